"""Telling headlines from sentences, and making a short title when a text has no headline."""

from __future__ import annotations

import re

from reader.library.words import count_words


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])")
#: Small words that neither count as capitalised nor end a cut title well.
_LOWER_TAIL = _wordset(
    "a an and as at by for from in into of on or the to with than that which who"
)
TITLE_LIMIT = 80
_BYLINE = re.compile(r"(?:by|edited by|written by|reported by|words by)\s*:?\s+\S", re.IGNORECASE)


def split_site(line: str) -> tuple[str, str | None]:
    """``("Title", "Site")`` for "Title | Site" (or "Site | Title"); ``(line, None)`` otherwise."""
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) < 2 or not all(parts):
        return line, None
    longest = max(parts, key=len)
    if len(parts[0].split()) >= 3:
        return parts[0], parts[-1] if parts[-1] != parts[0] else None
    return longest, parts[0]


def is_byline(paragraph: str) -> bool:
    """True for a credit line such as "By Jane Doe" or "Edited by: TJVNews.com"."""
    return len(paragraph) <= 120 and _BYLINE.match(paragraph) is not None


def is_body(paragraph: str) -> bool:
    """True for a paragraph of running text (several words, or a full sentence)."""
    head = paragraph[:400]
    if head.count(" ") >= 24:  # the common case, decided without a regex
        return True
    words = count_words(head)
    ends = paragraph.rstrip("”\"’')」』").endswith((".", "!", "?", "。", "！", "？"))
    return words >= 25 or (words >= 6 and ends)


#: A row of results or standings: capitalised names and numbers, a number last
#: ("Derry City 0 Cork City 0", "Shelbourne 9 6 2 1 17 8 20").
_SCORE_ROW = re.compile(r"(?:[A-Z][\w'’.&-]*\s+)+\d{1,3}(?:\s+(?:[A-Z][\w'’.&-]*\s+)*\d{1,3})+")


#: A line that ends in two scores or more: a match's sets or a table's columns ("... beat
#: Paul Whitely (Britain) 4-6 6-3 6-3").
_SCORES_AT_END = re.compile(r"(?:\s\d{1,3}(?:-\d{1,3})?(?:\s\(\d{1,2}-\d{1,2}\))?){2,}$")


def is_score_row(line: str) -> bool:
    """True for a line of a results block or a league table: below the top, no headline (a
    first line "Arsenal 2 Chelsea 1" may be one)."""
    return _SCORE_ROW.fullmatch(line) is not None or _SCORES_AT_END.search(line) is not None


def looks_like_headline(paragraph: str, first: bool) -> bool:
    """True when ``paragraph`` can be a headline.

    At the top of the text (``first``) any short line that is not a sentence will do (headlines
    are often in sentence case); further down it must also be mostly capitalised, so a pull
    quote or subheading between paragraphs is not taken for the title.
    """
    text = paragraph.strip()
    if len(text) > 220:
        return False
    words = text.split()
    if not (3 <= count_words(text) <= 30 and len(text) >= 6):
        return False
    if text.endswith((".", ",", ";", "…", "。", "，")) and not text.endswith(".."):
        return False
    if text.endswith("..") or text[0].islower() or not (text[0].isalnum() or text[0] in "“\"‘'(["):
        return False
    if is_byline(text):
        return False
    if first:
        return True
    if is_score_row(text):
        return False  # a results line below the text's first lines ("Derry City 0 Cork City 0")
    if len(words) < 3:  # unspaced script: no capitals to go by
        return False
    significant = [word for word in words if word.lower() not in _LOWER_TAIL]
    capitals = sum(1 for word in significant if word.lstrip("“\"‘'(")[:1].isupper())
    return capitals >= 0.6 * max(1, len(significant))


def short_title(paragraph: str) -> str:
    """A title made from the first sentence of ``paragraph``: whole if short, else cut at a word."""
    head = paragraph[:400]
    sentence = _SENTENCE.split(head, maxsplit=1)[0].strip()
    if len(sentence) <= TITLE_LIMIT:
        return sentence.rstrip(".") if not sentence.endswith("..") else sentence
    cut = sentence[: TITLE_LIMIT - 1]
    if " " in cut:
        words = cut.rsplit(" ", 1)[0].split(" ")
        while len(words) > 3 and words[-1].lower().strip(",;:") in _LOWER_TAIL:
            words.pop()
        cut = " ".join(words)
    return cut.rstrip(" ,;:-–—") + "…"
