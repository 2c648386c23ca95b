"""Stage 1, tokens (article side): what the whole article says about its capital letters.

Capitals only count where they are informative: a word at the start of a sentence or in a
title-case headline is a name only if the gazetteer knows it or the article also writes it
capitalised in mid-sentence. This module holds that article-wide memory (``Article``), the
headline test, and the position tests (sentence start, byline) used by later stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.entities.gazetteer import Gazetteer
from reader.entities.regex_code import compiled

_STRIP = ".,;:!?\"'()[]{}“”‘’—–-…*/"
_SENTENCE_END = frozenset(".!?:;\n\r•|–—-")
_SKIP_BACK = frozenset(" \t\u00a0\"“‘'([«*")
# "(Reporting by ...; Editing by ...)", "Additional reporting by ...": names, not a headline.
_CREDIT = compiled(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?)\s+by\s")


@dataclass(slots=True)
class Article:
    """One article's text, the gazetteer, and what pass 1 learnt about its capitals."""

    text: str
    gaz: Gazetteer
    lower_vocab: set[str]
    reliable_caps: set[str] = field(default_factory=set)
    reliable_single: set[str] = field(default_factory=set)  # capitalised alone mid-sentence
    midsentence_caps: set[str] = field(default_factory=set)  # capitalised, not sentence-first
    cap_counts: dict[str, int] = field(default_factory=dict)  # capitalised words: how often
    line: tuple[int, int, bool] = (0, 0, False)  # start, end, is-headline of the last line
    sport: bool = False  # a sport report (class 1)
    tables: list[tuple[int, int]] = field(default_factory=list)  # results, standings lines
    lineups: list[tuple[int, int]] = field(default_factory=list)  # "Team: Name, Name, ..."
    teams: set[str] = field(default_factory=set)  # towns that are sides on results lines
    franchises: bool = False  # a sport report of a North American league (class 1)

    def common(self, word: str) -> bool:
        """An everyday word, whatever the article does with it ("Council", "Shares")."""
        low = word.lower()
        return low in self.lower_vocab or low in self.gaz.common_words

    def ordinary(self, word: str) -> bool:
        """An everyday English word (the article writes it in lower case, or it is common
        and the article never capitalises it in mid-sentence)."""
        low = word.lower()
        return low in self.lower_vocab or (
            low in self.gaz.common_words and word not in self.midsentence_caps
        )

    def plain_word(self, word: str) -> bool:
        """An ordinary word that is not also a surname ("Audio", "Analytics", "Hornets")."""
        low = word.lower()
        if low in self.lower_vocab:
            return True
        return low in self.gaz.common_words and low not in self.gaz.surnames


def lower_vocab(text: str) -> set[str]:
    """Words the article writes in lower case ("despite", "police"): such a word capitalised
    at a sentence start is an ordinary word. Built from the unique whitespace tokens."""
    vocab: set[str] = set()
    add = vocab.add
    for tok in set(text.split()):  # one pass over the unique tokens
        first = tok[0]
        if first.islower():
            add(tok.rstrip(_STRIP))  # the common case
        elif not first.isalnum():  # leading punctuation: "(despite"
            word = tok.strip(_STRIP)
            if word[:1].islower():
                add(word)
    return vocab


def sentence_initial(text: str, start: int) -> bool:
    """Only quotes, brackets and spaces between ``start`` and a sentence end (or the start)."""
    i = start - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def is_headline(art: Article, pos: int) -> bool:
    """A line where (nearly) every long word is capitalised: capitals carry no information.

    Called with increasing ``pos``; the current line is remembered, so each newline search
    covers new text only (linear even for a 1 MB text on one line).
    """
    text = art.text
    start, end, result = art.line
    if start <= pos < end:
        return result
    if pos >= end:
        newline = text.rfind("\n", end, pos)
        start = newline + 1 if newline >= 0 else end
    else:
        start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    result = end - start < 250 and _headline_line(text[start:end].rstrip())
    art.line = (start, end + 1, result)
    return result


def _headline_line(line: str) -> bool:
    """Class 6: a title-case or all-caps line (not a sentence, byline or credit line)."""
    if line.startswith(("By ", "BY ")):
        return False  # a byline ("By Sarah Johnson and ...", "BY KEVIN OMONDI")
    if line.isupper() and len(line) < 120 and not _CREDIT.search(line):
        # "UP NEXT", "TIP-INS": a label line; "SOCCER - KEIZER DOUBLE LIFTS UTRECHT TO THE
        # TOP.": a wire's headline, full stop and all (class 6: all-caps headlines)
        return True
    if (line.endswith(".") and not line.endswith("..")) or _CREDIT.search(line):
        return False  # a sentence, a credit line
    tokens = line.split()
    words = [w for w in tokens if len(w) > 3 and w[0].isalpha()]
    caps = sum(1 for w in words if w[0].isupper())
    if len(words) < 2 or caps < 0.8 * len(words):
        return False
    # a line of scores is no headline: its names keep their capitals' worth (class 1)
    return sum(1 for w in tokens if w[0].isdigit()) < 3


def after_byline(text: str, pos: int) -> bool:
    """ "By " (or "By\u00a0", "Written by ") at the start of a line, right before ``pos``: a
    byline.

    Reads backwards from ``pos`` only (a regex searched up to ``pos`` rescanned the whole
    article for every run). As ``$`` did, a newline straight before ``pos`` is allowed.
    """
    if pos and text[pos - 1] == "\n":
        pos -= 1
    if pos < 3 or text[pos - 1] not in " \u00a0" or text[pos - 3 : pos - 1] not in _BY:
        return False
    line = text.rfind("\n", 0, pos) + 1
    return text[line : pos - 1].strip() in _BYLINE_OPENINGS


# What opens a byline line before the writer's name ("By ", "Written by ", "Reported by ",
# "BY ", "Photography by "; class 3: "BY KEVIN OMONDI" was no person).
_BYLINE_OPENINGS = frozenset(
    {"By", "BY", "Written by", "Reported by", "Words by", "Story by", "Photography by"}
    | {"Photos by", "Pictures by", "Reporting by", "Additional reporting by"}
)
_BY = frozenset({"By", "by", "BY"})


# A date line under a writer's name: "Published 11:48 PM, March 5, 2025", "24 Feb 2025",
# "| Thursday, 14 August 2025" (the same line, after a bar).
_DATE_LINE = compiled(
    r"[ \t]*(?:\|[ \t]*)?(?:(?:Published|Updated|Posted|Last updated)\b[^\n]{0,40}"
    r"|(?:[A-Z][a-z]+,?[ \t]+)?\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d)"
)


def name_line(text: str, start: int, end: int) -> bool:
    """The run is a line of its own (or the line's start before " | ") with a date line
    under it or after the bar: the writer's name in a byline with no "By" ("Migs
    Tolentino\nPublished 11:48 PM, March 5, 2025"; class 3)."""
    if start and text[start - 1] != "\n":
        return False
    if text.startswith(" | ", end):
        return _DATE_LINE.match(text, end) is not None
    if not text.startswith("\n", end):
        return False
    return _DATE_LINE.match(text, end + 1) is not None
