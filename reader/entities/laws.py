"""Long law titles with lower-case words inside ("Protecting Americans from Foreign
Adversary Controlled Applications Act"): a pass of its own, since a run of capitalised
words stops at "from"."""

from __future__ import annotations

import re
from functools import cache

from reader.entities import lexicon
from reader.entities.regex_code import compiled

_UP = "A-ZÀ-ÖØ-Þ"
# A title's word: a capitalised one, or capitalised words in brackets ("the Islands
# (Scotland) Act", "the Cinematograph (Amendment) Act", "the Data (Use and Access) Act").
_TITLE_WORD = (
    rf"(?:[{_UP}][\w'’-]*"
    rf"|\([{_UP}][\w'’-]*(?:[ ](?:(?:and|of|the|for)[ ])*[{_UP}][\w'’-]*)*\))"
)
_LONG_LAW = (
    rf"(?<![\w'’.(-])(?:{_TITLE_WORD}[ ](?:(?:from|of|the|and|for|to|on|in|against|with)[ ])*)"
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
        if _NAME_GOES_ON.match(text, end):
            continue  # "Convention Centre": the keyword is inside another name
        for m in title_re.finditer(text, max(last_end, end - 300), end):
            if m.end() != end:
                continue
            start = m.start()
            words = m.group().split(" ")
            while words and (words[0] in lexicon.FUNCTION_WORDS or words[0].islower()):
                start += len(words.pop(0)) + 1
            start, words = _after_other_laws(start, words)
            if _long_title(words):
                out.append((start, end, "LAW"))
                last_end = end
            break
    return out


def _long_title(words: list[str]) -> bool:
    """A title the names pass cannot find whole: four words or more with a small word
    inside, or any with words in brackets (class 4: "Islands (Scotland) Act 2018" was the
    place alone)."""
    if any(w.startswith("(") for w in words):
        return len(words) >= 3
    return len(words) >= 4 and any(w.islower() for w in words)


# A capitalised word right after a law keyword, or "of (the)" and one: the keyword does not
# end a title there ("Convention Centre", "the Convention on the Law of the Sea").
_NAME_GOES_ON = compiled(r"[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?)?[A-Z]")


def _after_other_laws(start: int, words: list[str]) -> tuple[int, list[str]]:
    """The last title of "Geneva Convention and the Paris Convention" or "the Treaty of
    Versailles and the EU's AI Act": "and" or "or" after a keyword (right before it or
    earlier: "Convention on Human Rights and ..."), or after a title that opens with a law's
    head ("Treaty of"), ends one title and the next starts after the small words (class 4:
    two names as one)."""
    opens_law = len(words) > 1 and words[0] in lexicon.LAW_HEAD and words[1] == "of"
    for i in range(len(words) - 2, -1, -1):
        # a keyword anywhere before "and" ends a title there (the whole ends in one too):
        # "European Convention on Human Rights and the Democratic National Convention"
        ends_law = any(w in _LAW_KEYWORDS for w in words[: i + 1]) or (opens_law and i > 1)
        if ends_law and words[i + 1] in ("and", "or"):
            cut = i + 1
            while cut < len(words) and words[cut].islower():
                cut += 1
            return start + sum(len(w) + 1 for w in words[:cut]), words[cut:]
    return start, words
