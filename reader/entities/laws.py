"""Long law titles with lower-case words inside ("Protecting Americans from Foreign
Adversary Controlled Applications Act"): a pass of its own, since a run of capitalised
words stops at "from"."""

from __future__ import annotations

import re
from functools import cache

from reader.entities import lexicon
from reader.entities.regex_code import compiled

_UP = "A-ZÀ-ÖØ-Þ"
_LONG_LAW = (
    rf"(?<![\w'’.-])(?:[{_UP}][\w'’-]*[ ](?:(?:from|of|the|and|for|to|on|in|against|with)[ ])*)"
    r"{1,12}(?:Act|Law|Bill|Regulation|Treaty|Amendment|Convention|Directive)\b"
)
_LAW_KEYWORDS = (
    "Act",
    "Law",
    "Bill",
    "Regulation",
    "Treaty",
    "Amendment",
    "Convention",
    "Directive",
)


@cache
def _long_law_re() -> re.Pattern[str]:
    """Long law titles; made on first use (its code stored by ``regex_code``)."""
    return compiled(*long_law_source())


def long_law_source() -> tuple[str, int]:
    """The long-law-title pattern and flags."""
    return _LONG_LAW, 0


def _law_keyword_ends(text: str) -> list[int]:
    """End offsets of whole-word law keywords, found with ``str.find`` (fast on long texts)."""
    ends: list[int] = []
    for kw in _LAW_KEYWORDS:
        i = text.find(kw)
        while i >= 0:
            j = i + len(kw)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                ends.append(j)
            i = text.find(kw, j)
    ends.sort()
    return ends


def law_spans(text: str) -> list[tuple[int, int, str]]:
    """Law titles long enough to contain lower-case words; leading function words trimmed.

    The title regex is only tried in a window before each law keyword (fast on long texts).
    """
    out: list[tuple[int, int, str]] = []
    title_re = _long_law_re()
    last_end = 0
    for end in _law_keyword_ends(text):
        for m in title_re.finditer(text, max(last_end, end - 300), end):
            if m.end() != end:
                continue
            start = m.start()
            words = m.group().split(" ")
            while words and words[0] in lexicon.FUNCTION_WORDS:
                start += len(words.pop(0)) + 1
            if len(words) >= 4 and any(w.islower() for w in words):
                out.append((start, end, "LAW"))
                last_end = end
            break
    return out
