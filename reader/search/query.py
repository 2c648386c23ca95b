"""The query language, parsed by hand into plain data: no user text ever reaches an engine's
own query syntax.

    climate finance          both words (anywhere in the article)
    "central bank"           the exact phrase
    -bitcoin                 not this word (or -"phrase", -#tag, -person:x, -site:x)
    cocoa OR coffee          either (OR binds the two words around it)
    regulat*                 any word starting so
    #tag                     articles with a highlight carrying the tag
    person:Musk              a named entity of that kind (org:, place:, norp:, event:, law:,
                             product:, date:, time:, money:, percent:, quantity:, ...)
    site:bbc  author:smith   the article's source or web site, its author
    after:2024-01-01         published on or after the day; before: strictly before it
    is:annotated  is:unread  articles with highlights; articles not opened yet

Words are case- and accent-insensitive; curly and straight quotes are the same. Whatever cannot
be understood is said in :attr:`Query.warnings` (one line each) and the rest is still searched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from reader.search.analysis import terms

#: Characters of a query that are read; the rest is dropped with a warning.
MAX_CHARS = 2000
#: Terms of a query that are searched; the rest is dropped with a warning.
MAX_ATOMS = 32

#: ``kind:`` prefixes and the entity labels they find.
ENTITY_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("PERSON",),
    "org": ("ORG",),
    "place": ("GPE", "LOC", "FAC"),
    "gpe": ("GPE",),
    "loc": ("LOC",),
    "fac": ("FAC",),
    "norp": ("NORP",),
    "event": ("EVENT",),
    "law": ("LAW",),
    "product": ("PRODUCT",),
    "date": ("DATE",),
    "time": ("TIME",),
    "money": ("MONEY",),
    "percent": ("PERCENT",),
    "quantity": ("QUANTITY",),
    "cardinal": ("CARDINAL",),
    "ordinal": ("ORDINAL",),
}
FIELDS = frozenset({*ENTITY_KINDS, "site", "author", "before", "after", "is", "tag"})
STATES = ("annotated", "unread")

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class Atom:
    """One thing to look for.

    ``kind`` is ``text`` (words or a phrase in the article or a highlight), ``entity``
    (``labels`` say which), ``tag``, ``site``, ``author``, ``before``/``after`` (``day``) or
    ``state`` (``value``). ``terms`` are analysed words, ``prefix`` marks the last one as a
    prefix.
    """

    kind: str
    terms: tuple[str, ...] = ()
    prefix: bool = False
    negated: bool = False
    labels: tuple[str, ...] = ()
    value: str = ""
    day: date | None = None


@dataclass
class Query:
    """A parsed query: ``groups`` must all match, each by one of its atoms (an OR group);
    negated atoms stand alone in their group."""

    groups: list[tuple[Atom, ...]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def atoms(self) -> list[Atom]:
        return [atom for group in self.groups for atom in group]

    @property
    def empty(self) -> bool:
        return not self.groups

    def text_atoms(self) -> list[Atom]:
        """The words and phrases looked for (what a match in the text is)."""
        return [a for a in self.atoms() if a.kind == "text" and not a.negated]


def clean_query(raw: str) -> tuple[str, list[str]]:
    """``raw`` bounded in length, control and format characters as spaces, curly double quotes
    straight, plus the warnings that needed."""
    warnings: list[str] = []
    if len(raw) > MAX_CHARS:
        raw = raw[:MAX_CHARS]
        warnings.append(f"query too long: only its first {MAX_CHARS:,} characters were read")
    chars = [" " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c for c in raw]
    return "".join(chars).translate(_QUOTES), warnings


def split_words(text: str) -> tuple[list[tuple[str, bool]], bool]:
    """``text`` as ``(word, quoted)`` pieces; a quoted piece may carry a leading ``-`` or
    ``field:`` written just before its quote. Also whether a quote was left open."""
    pieces: list[tuple[str, bool]] = []
    unbalanced = False
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] != '"':
            i += 1
        head = text[start:i]
        if i < n and text[i] == '"':
            close = text.find('"', i + 1)
            if close < 0:
                unbalanced, close = True, n
            pieces.append((head + "\x00" + text[i + 1 : close], True))
            i = close + 1
            continue
        pieces.append((head, False))
    return pieces, unbalanced


def parse(raw: str) -> Query:
    """Parse ``raw`` (anything a person may type or paste); never raises."""
    text, warnings = clean_query(raw)
    pieces, unbalanced = split_words(text)
    query = Query(warnings=warnings)
    if unbalanced:
        query.warnings.append('a quote (") is not closed: the phrase runs to the end')
    pending_or = False
    for piece, quoted in pieces:
        if not quoted and piece in ("OR", "|"):
            pending_or = bool(query.groups)
            continue
        atom = _atom(piece, quoted, query.warnings)
        if atom is None:
            continue
        if len(query.atoms()) >= MAX_ATOMS:
            query.warnings.append(f"too many terms: only the first {MAX_ATOMS} were searched")
            break
        if pending_or and not atom.negated and not any(a.negated for a in query.groups[-1]):
            query.groups[-1] = (*query.groups[-1], atom)
        else:
            query.groups.append((atom,))
        pending_or = False
    return query


def _atom(piece: str, quoted: bool, warnings: list[str]) -> Atom | None:
    head, _, phrase = piece.partition("\x00") if quoted else (piece, "", "")
    negated = head.startswith("-")
    head = head.lstrip("-") if negated else head
    if quoted and head and not _FIELD.fullmatch(head):
        warnings.append(f"{_shown(head)} before a quote was read as words")
        return _words(head + " " + phrase, negated, phrase=True)
    if quoted:
        value = phrase
        name = head[:-1].lower() if head else ""
    else:
        matched = _FIELD.fullmatch(head)
        if head.startswith("#") and len(head) > 1:
            return _tag(head[1:], negated, warnings)
        if matched is None or matched.group(1).lower() not in FIELDS:
            if matched is not None and matched.group(2):
                warnings.append(f"unknown filter {_shown(matched.group(1))}: searched as words")
            return _words(head, negated, phrase=False)
        name, value = matched.group(1).lower(), matched.group(2)
    if not name:
        return _words(value, negated, phrase=True)
    if name not in FIELDS:
        warnings.append(f"unknown filter {_shown(name)}: searched as words")
        return _words(value, negated, phrase=True)
    return _field(name, value, negated, warnings)


def _words(text: str, negated: bool, *, phrase: bool) -> Atom | None:
    """Words or a phrase; ``word*`` (unquoted) looks for the prefix."""
    prefix = not phrase and text.endswith("*") and len(text.rstrip("*")) > 0
    found = tuple(terms(text))
    if not found:
        return None
    return Atom("text", found, prefix=prefix, negated=negated)


def _tag(raw: str, negated: bool, warnings: list[str]) -> Atom | None:
    from annotations.model import normalize_tag

    tag = normalize_tag(raw)
    if not tag:
        warnings.append(f"#{_shown(raw)} is not a tag anyone can write: ignored")
        return None
    return Atom("tag", value=tag, negated=negated)


def _field(name: str, value: str, negated: bool, warnings: list[str]) -> Atom | None:
    if not value.strip():
        warnings.append(f"{name}: needs a value, e.g. {name}:{_EXAMPLES.get(name, 'word')}")
        return None
    if name == "tag":
        return _tag(value, negated, warnings)
    if name in ("before", "after"):
        day = parse_day(value)
        if day is None:
            warnings.append(f"{name}:{_shown(value)} is not a date like 2024-06-01: ignored")
            return None
        return Atom(name, negated=negated, day=day)
    if name == "is":
        state = value.strip().lower()
        if state not in STATES:
            warnings.append(f"is:{_shown(value)} is unknown (try is:annotated or is:unread)")
            return None
        return Atom("state", value=state, negated=negated)
    prefix = value.endswith("*")
    found = tuple(terms(value))
    if not found:
        warnings.append(f"{name}:{_shown(value)} has no letters or digits to look for: ignored")
        return None
    if name in ENTITY_KINDS:
        return Atom("entity", found, prefix, negated, labels=ENTITY_KINDS[name], value=name)
    return Atom(name, found, prefix, negated)


_EXAMPLES = {"before": "2024-06-01", "after": "2024-06-01", "is": "annotated", "person": "Musk"}


def parse_day(value: str) -> date | None:
    """``2024-06-01``, ``2024-06`` (its first day) or ``2024`` (1 January)."""
    matched = _DATE.fullmatch(value.strip())
    if matched is None:
        return None
    year, month, day = (int(g) if g else 1 for g in matched.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shown(text: str, limit: int = 40) -> str:
    """User text quoted in a warning: one line, bounded, nothing a terminal would obey."""
    from reader.library.inert import make_inert

    text = make_inert(text, keep_newlines=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entity_kind_filter(text: str) -> tuple[tuple[str, ...] | None, str]:
    """``"person: musk"`` -> ``(("PERSON",), "musk")``: a list of named things filtered as the
    search filters entities (the same ``kind:`` words); text without a known kind is all name,
    ``(None, text)``."""
    found = _FIELD.fullmatch(text.strip())  # the query's own ``field:value``
    if found is None or found[1].lower() not in ENTITY_KINDS:
        return None, text.strip()
    return ENTITY_KINDS[found[1].lower()], found[2].strip()
