"""Stage 1, tokens: runs of capitalised words in the text, cut into name tokens.

A *run* is a maximal stretch of capitalised tokens, with connectors ("of", "and", "de",
"von der") inside ("University of Hong Kong", "Ursula von der Leyen"). One compiled regex
finds every run; each run is then cut into ``Tok`` tokens, and a hyphenated word is cut to
its name where the suffix is generic ("Chinese-owned" -> "Chinese").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reader.entities import lexicon
from reader.entities.regex_code import compiled

# Capitals: ASCII, Latin-1, and Latin Extended-A and -B ("Ħamrun", "Łódź", "Şahin", "Žilina").
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Hon|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft|Bros"
_PARTICLE_PREFIXES = "el|al|ul|ibn|bin|abu"  # "al-Assad": the only tokens not led by a capital
_WORD_REST = (  # a capitalised word after its first letter
    rf"[\w]*(?:&[{_UP}]\w*)*(?:['’](?!(?i:s|re|ll|d|ve|m|t)\b)\w+)?(?:-\w+)*"
    r"(?:\.(?:com|org|net|io|gov|edu)\b)?"
)
TOKEN = (
    rf"(?:(?:{_ABBREVIATIONS})\.(?=[\s,;:)]|$)"
    rf"|(?:[{_UP}]\.){{2,}}"
    rf"|[{_UP}]\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|(?:{_PARTICLE_PREFIXES})-[{_UP}]\w*"
    rf"|[{_UP}]{_WORD_REST})"
)
# The same token at a run start led by a capital, written so that the pattern starts with
# the capital (a character class ``re`` scans for in C; a leading lookbehind made it try
# every offset): the capital, the lookbehind one character back, then each alternative of
# TOKEN after its first letter, in the same order (the abbreviations check their letter).
_AFTER_CAPITAL = (
    "(?:(?:"
    + "|".join(f"(?<={a[0]}){a[1:]}" for a in _ABBREVIATIONS.split("|"))
    + r")\.(?=[\s,;:)]|$)"
    rf"|\.(?:[{_UP}]\.)+"
    rf"|\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|{_WORD_REST})"
)
# A capital after a line's first number and a hyphen starts a name: a seeding in a list of
# results ("1-Jannik Sinner (Italy) beat ..."), not "a 3-Day Week".
_NOT_AFTER = r"(?:(?<![\w'’.-].)|(?<=\n\d-.)|(?<=\n\d\d-.))"
_CAPITAL_TOKEN = rf"[{_UP}]{_NOT_AFTER}{_AFTER_CAPITAL}"
# Any token at a run start, in the same form: a capital or a particle's first letter, then
# the capital's alternatives (only after a capital) or the particle's rest. A capital and a
# particle's small letter never start the same token, so the order between them is free.
_PARTICLE_FIRSTS = "".join(sorted({p[0] for p in _PARTICLE_PREFIXES.split("|")}))
_AFTER_PARTICLE_LETTER = (
    "(?:"
    + "|".join(f"(?<={p[0]}){p[1:]}" for p in _PARTICLE_PREFIXES.split("|"))
    + rf")-[{_UP}]\w*"
)
_ANY_TOKEN = (
    rf"[{_UP}{_PARTICLE_FIRSTS}]{_NOT_AFTER}"
    rf"(?:(?<=[{_UP}]){_AFTER_CAPITAL}|{_AFTER_PARTICLE_LETTER})"
)
_CONNECT = (
    r"(?:of[ ]the|of|for[ ]the|for|and|&|de|du|da|dela|delos|del|della|dos|das|di|los|la|le|von"
    r"|van|der|den|ten|ter|bin|al|ng|es|y)"
)
SEP = rf"(?:[ \u00a0]|[ \u00a0](?:{_CONNECT}[ \u00a0]){{1,2}})"

# Particles of names: "Ursula von der Leyen", "Erik ten Hag", "Marc-André ter Stegen",
# "Rodel dela Paz", "Juan delos Santos", "Maria de los Reyes", "José dos Santos".
PARTICLES = lexicon.words(
    "de du da dela delos del della dos das di los la le von van der den ten ter bin al"
)
# Words that join a run's tokens: the particles, and those of bodies' names ("Bank of
# England", "Marks & Spencer", Filipino "ng": "Bangko Sentral ng Pilipinas"), and of places'
# and clubs' ("Dar es Salaam", "Gimnasia y Esgrima": class 4, a name split at the particle).
CONNECTORS = PARTICLES | lexicon.words("of the for and & ng es y")
# Generic suffixes of hyphenated words: "Chinese-owned" is the name "Chinese" (gold convention).
_HYPHEN_SUFFIXES = lexicon.words(
    """owned based backed led funded run made born style language speaking controlled linked
    related affiliated aligned friendly focused centric wide era level long sponsored bound
    registered listed headquartered oriented leaning dominated built designed developed spinoff
    area produced supported inspired allied managed operated winning nominated longlisted
    shortlisted"""
)


@dataclass(slots=True)
class Tok:
    """One token of a run, with what the article says about its capital letter."""

    start: int
    end: int
    word: str
    connector: bool = False
    reliable: bool = True  # its capital letter is informative (not sentence-initial/headline)
    initial: bool = False  # first word of a sentence
    cut: bool = False  # a hyphen suffix was cut off: the name ends here


@cache
def run_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Runs of capitalised tokens; made on first use so importing stays cheap (their
    compiled code is stored by ``regex_code``).

    Three patterns: any run; a run that starts with a capital (the same matches when no run
    starts with a particle, and faster: the particles' small letters are frequent); a check
    for a run starting with a particle ("al-Assad", found from the hyphen, a literal).
    """
    any_run, capital_run, particle = (compiled(*source) for source in run_sources())
    return any_run, capital_run, particle


def run_sources() -> list[tuple[str, int]]:
    """The patterns (and flags) of ``run_patterns``."""
    particle_start = "|".join(rf"(?<=(?<![\w'’.-]){p}-)" for p in _PARTICLE_PREFIXES.split("|"))
    return [
        (rf"{_ANY_TOKEN}(?:{SEP}{TOKEN})*", 0),
        (rf"{_CAPITAL_TOKEN}(?:{SEP}{TOKEN})*", 0),
        (rf"-(?:{particle_start})[{_UP}]", 0),
    ]


def runs(text: str) -> Iterator[re.Match[str]]:
    """Maximal runs of capitalised tokens (with connectors inside), in text order."""
    any_run, capital_run, particle = run_patterns()
    return (any_run if particle.search(text) else capital_run).finditer(text)


@cache
def _token_re() -> re.Pattern[str]:
    """One token or connector inside a run (its compiled code stored by ``regex_code``)."""
    return compiled(*token_source())


def token_source() -> tuple[str, int]:
    """The pattern and flags of ``_token_re``."""
    return rf"{TOKEN}|(?<=[ \u00a0]){_CONNECT}(?=[ \u00a0])", 0


def split_run(text: str, start: int, end: int, names: dict[str, str], lower: set[str]) -> list[Tok]:
    """The tokens of the run ``text[start:end]``; ``names`` is the gazetteer, ``lower`` the
    words the article writes in lower case (a suffix it uses as a word is generic)."""
    out: list[Tok] = []
    for m in _token_re().finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word.split()[0] in CONNECTORS:
            out.append(Tok(s, e, word, connector=True))
        elif "-" in word and word not in names and word not in lexicon.TITLES:
            out.extend(_hyphenated(s, e, word, names, lower))
        else:
            out.append(Tok(s, e, word))
    return out


def _hyphenated(s: int, e: int, word: str, names: dict[str, str], lower: set[str]) -> list[Tok]:
    """A hyphenated word as name tokens (class 4, boundaries): "BRIEF-Petronas" -> the name
    after a wire slug; "Secretary-General" a title; "Covid-19" nothing; "US-China" two
    names; "Chinese-owned" the name before a generic suffix; else the word whole."""
    parts = word.split("-")
    head, tail = parts[0], parts[-1]
    slug = len(parts) == 2 and head.isupper() and len(head) >= 3 and head not in names
    if slug and tail[:1].isupper() and tail[1:].islower():  # "BRIEF-Petronas": a wire slug
        return [Tok(s + len(head) + 1, e, tail)]
    if all(p in lexicon.TITLES for p in parts):
        return [Tok(s, e, word)]  # "Secretary-General": a title
    if tail.isdigit():
        return []  # "Covid-19", "F-35": model or disease numbers, not names
    if all(p[:1].isupper() and p in names for p in parts):
        toks, pos = [], s
        for p in parts:  # "US-China": two adjacent names
            toks.append(Tok(pos, pos + len(p), p, cut=True))
            pos += len(p) + 1
        return toks
    if tail.islower() and (tail in _HYPHEN_SUFFIXES or head in names or tail in lower):
        return [Tok(s, s + len(head), head, cut=True)]
    return [Tok(s, e, word)]
