"""Finding a query's words in a reading text fast: regular expressions that match every
spelling the analyzer folds to a term.

Tokenising a whole article through the analyzer to locate matches costs about 2 ms per
article; a regular expression built from the analyzer's own folding table scans it in tens of
microseconds. The table (which characters the analyzer folds to which) is stored with the
package (:mod:`reader.search.folding_table`); each candidate the expression finds is then
checked with the analyzer itself, so a match is reported only where the engine would have
matched.
"""

from __future__ import annotations

import re
from functools import cache

from reader.search.analysis import terms
from reader.search.folding_table import Table, table
from reader.search.query import Atom

#: Spellings with letters that fold to several (ß -> ss) tried per term, at most.
_MAX_MULTI = 3
_AFTER = r"(?![^\W_])"
_GAP = r"[\W_]+"


@cache
def _table() -> Table:
    """``(term char -> characters folding to it, folded string -> characters folding to it)``,
    stored with the package (:mod:`reader.search.folding_table`), made once per process."""
    return table()


def _chars(characters: str) -> str:
    return "[" + "".join(re.escape(c) for c in characters) + "]"


def term_pattern(term: str, prefix: bool = False) -> str:
    """A regular expression for every spelling of ``term`` (a term of the analyzer), or of a
    word starting with it if ``prefix``."""
    single, multi = _table()
    ambiguous = sum(term.count(folded) for folded in multi if folded in term)
    use_multi = ambiguous <= _MAX_MULTI

    def suffix(i: int) -> str:
        if i == len(term):
            return ""
        here = term[i]
        options = [_chars(single.get(here, "") + here) + suffix(i + 1)]
        if use_multi:
            rest = term[i:]
            for folded, originals in multi.items():
                if rest.startswith(folded):
                    options.append(_chars(originals) + suffix(i + len(folded)))
                elif prefix and folded.startswith(rest):  # "stras*" ends inside "ß"
                    options.append(_chars(originals))
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return suffix(0)


@cache
def atom_regex(atom: Atom) -> re.Pattern[str]:
    """Candidates for ``atom``'s words or phrase, whole tokens only."""
    last = len(atom.terms) - 1
    parts = [term_pattern(t, atom.prefix and i == last) for i, t in enumerate(atom.terms)]
    if atom.prefix:
        parts[-1] += r"[^\W_]*"
    # No look-behind for the start of a token: a pattern that starts with a character set is
    # scanned for by the regex engine's fast prefix search; the start is checked in Python.
    return re.compile(_GAP.join(parts) + _AFTER)


def _confirmed(candidate: str, atom: Atom) -> bool:
    found = terms(candidate)
    if len(found) != len(atom.terms):
        return False
    if not atom.prefix:
        return tuple(found) == atom.terms
    return tuple(found[:-1]) == atom.terms[:-1] and found[-1].startswith(atom.terms[-1])


def find_spans(text: str, atom: Atom) -> list[tuple[int, int]]:
    """Spans of ``text`` where ``atom``'s words or phrase are, as the engine matches them."""
    pattern = atom_regex(atom)
    spans = []
    found = pattern.search(text)
    while found is not None:
        start = found.start()
        if (start == 0 or not _inside_token(text[start - 1])) and _confirmed(found.group(), atom):
            spans.append(found.span())
        found = pattern.search(text, start + 1)  # overlapping: "a a" twice in "a a a"
    return spans


def _inside_token(char: str) -> bool:
    return char.isalnum()
