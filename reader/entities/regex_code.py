"""The recogniser's big regexes without their compile cost: ``re``'s compiled code, stored.

Why: ``re`` parses and compiles a pattern in pure Python. The numeric alternation, its trigger
pattern and the name-run patterns cost ~100 ms of CPU in every ``postil entities`` process
(more on a loaded machine), more than loading the gazetteer. What ``re`` finally hands its C
engine (``_sre.compile``) is a list of integers; ``gazetteer_compile`` stores that list for
each pattern of :func:`stored_patterns` in ``data/regex_code.pickle``, and :func:`compiled`
gives it to the engine directly.

An entry is keyed by the pattern text and flags, and the file by the engine's version (the
Python version and ``_sre.MAGIC``): an edited pattern, another Python or a missing file falls
back to ``re.compile``, so the stored code can make a pattern cheaper, never different (and
the engine validates the code it is given). A test compares each stored pattern with
``re.compile``'s: compiled patterns compare equal only when their code is the same.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine, no stubs
import pickle
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

CODE_FILE = Path(__file__).with_name("data") / "regex_code.pickle"
# Stored entries: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern.
Entries = dict[tuple[str, int], tuple[Any, ...]]


def engine() -> tuple[int, int, int, int]:
    """What the stored code depends on: Python's version and the regex engine's."""
    return (*sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored code when there is an entry for it."""
    args = _stored().get((pattern, int(flags)))
    if args is None:
        return re.compile(pattern, flags)
    return _sre.compile(pattern, *args)  # type: ignore[no-any-return]


@cache
def _stored() -> Entries:
    """The stored entries, if the file was written by this engine (else none). The file is
    part of this package, written by ``gazetteer_compile``: unpickling it is as safe as
    importing a module."""
    try:
        saved_engine, entries = pickle.loads(CODE_FILE.read_bytes())
    except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError):
        return {}
    return entries if saved_engine == engine() else {}


def stored_patterns() -> list[tuple[str, int]]:
    """The (pattern, flags) of every regex worth storing: those the builders make on first
    use, and every pattern a module of the recogniser holds (made with :func:`compiled`)."""
    from reader.entities import laws, numeric  # imported here: they import this module
    from reader.entities.names import tokens

    made_on_first_use = [
        numeric.numeric_source(),
        numeric.trigger_source(),
        laws.long_law_source(),
        *tokens.run_sources(),
        tokens.token_source(),
    ]
    return list(dict.fromkeys([*made_on_first_use, *_module_patterns()]))


def _module_patterns() -> list[tuple[str, int]]:
    """Patterns held by the recogniser's modules (alone or in a tuple), with the flags they
    were given (``re`` adds UNICODE to every str pattern)."""
    import importlib
    import pkgutil

    import reader.entities

    found: list[tuple[str, int]] = []
    for info in pkgutil.walk_packages(reader.entities.__path__, "reader.entities."):
        if info.name.rsplit(".", 1)[-1] in _NOT_THE_RECOGNISER:
            continue
        for value in vars(importlib.import_module(info.name)).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.append((item.pattern, item.flags & ~re.UNICODE))
    return found


# Modules with no patterns of the recogniser, or heavy or optional imports.
_NOT_THE_RECOGNISER = frozenset({"lexer", "style", "spacy_backend", "gazetteer_compile"})


def code_of(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re.compile`` passes to ``_sre.compile`` after the pattern (the same steps as
    ``re._compiler.compile`` of this Python)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: named opcodes
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def dumps() -> bytes:
    """The file's bytes for this engine (deterministic: lists and insertion-ordered dicts)."""
    entries = {(p, int(f)): code_of(p, int(f)) for p, f in sorted(stored_patterns())}
    return pickle.dumps((engine(), entries), protocol=5)
