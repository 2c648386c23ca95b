"""Titles of works known by what is said of them next: "The Bear season four", "Jawan
crossed Rs 1,000 crore", "Barbie grossed $1.4bn", "The Crown will stream on Netflix" (class 2:
a film's or a show's title given a core label; a WORK_OF_ART is outside postil's labels, so
such a title is no entity).

The cue follows the title straight away, and is said of works only: a season's number, box
office takings, streaming, premieres and renewals ("renewed Squid Game for a third season").
A name the gazetteer knows is left alone ("Disney grossed", "Netflix streams on ..."); so is
an event's ("the Eras Tour grossed"), and a title the names pass found nothing in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled

# The cues, found with ``str.find`` (an alternation made ``re`` try every offset of a text).
_CUES = (
    " grossed ",
    " crossed Rs",
    " crossed ₹",
    " topped the box office",
    " is streaming on",
    " is now streaming",
    ", directed by",
    " will stream on",
    " streams on",
    " premiered on",
    " premieres on",
    " will premiere on",
    " has been renewed for",
    " was renewed for",
)
# A season's number, in figures or words ("season 2", "season four").
_SEASON_NUMBER = compiled(r" season (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b")
# A word of a title: capitalised, with an apostrophe inside but no possessive's "'s"
# ("Shah Rukh Khan's Jawan": the title is "Jawan").
_WORD = r"[A-Z](?:[\w-]|['’](?!s\b))*"
# The title right before a cue: capitalised words, short small words between them ("A Tribe
# Called Judah", "Letters From Mokpo"), perhaps a colon's subtitle ("Wicked: For Good").
_TITLE_BEFORE = compiled(
    rf"(?<![\w'’-])((?:The[ \u00a0]|A[ \u00a0])?{_WORD}"
    rf"(?:(?::[ \u00a0]|[ \u00a0])(?:{_WORD}|[a-z]{{1,3}}(?=[ \u00a0][A-Z])|\d{{1,2}})){{0,5}})$"
)


# "Netflix renewed Squid Game for a third season": the title between the verb and "for".
_RENEWED = compiled(
    rf"\brenew(?:ed|s)[ \u00a0]+(?:{_WORD}[ \u00a0]){{0,5}}?{_WORD}"
    r"(?=[ \u00a0]for[ \u00a0](?:a|another)[ \u00a0][a-z]+[ \u00a0]season\b)"
)

# The cues' words: an article whose vocabulary has none of them is not searched.
_CUE_WORDS = frozenset(
    {"season", "grossed", "crossed", "topped", "streaming", "stream", "streams", "directed"}
    | {"premiered", "premieres", "premiere", "renewed", "renews"}
)


def titles_before_cues(text: str, vocab: set[str]) -> Iterator[re.Match[str]]:
    """Each title before a cue (its group 1 is the title); ``vocab``: the article's
    lower-case words."""
    if not _CUE_WORDS & vocab:
        return
    names = gazetteer().names
    for at in sorted(_cue_starts(text)):
        m = _TITLE_BEFORE.search(text, max(0, at - 80), at)
        if m is None or names.get(m.group(1)) is not None:
            continue
        if m.group(1).rsplit(None, 1)[-1] not in lexicon.EVENT_TAIL:
            yield m  # not "Taylor Swift's Eras Tour grossed $2bn": an event takes money too


def _cue_starts(text: str) -> set[int]:
    """Where a cue starts (at its space)."""
    starts = set()
    for cue in _CUES:
        i = text.find(cue)
        while i >= 0:
            starts.add(i)
            i = text.find(cue, i + 1)
    if " season " in text:
        starts.update(m.start() for m in _SEASON_NUMBER.finditer(text))
    if "renew" in text:
        starts.update(m.end() for m in _RENEWED.finditer(text))
    return starts
