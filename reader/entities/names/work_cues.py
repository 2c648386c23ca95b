"""Titles of works known by what is said of them next: "The Bear season four", "Jawan
crossed Rs 1,000 crore", "Barbie grossed $1.4bn", "The Crown will stream on Netflix" (class 2:
a film's or a show's title given a core label; a WORK_OF_ART is outside postil's labels, so
such a title is no entity).

The cue follows the title straight away, and is said of works only: a season's number, box
office takings, charts topped, streaming, premieres, renewals ("renewed Squid Game for a
third season"), a cast ("Gidi Blues, starring ..."), or a season of it ("the second season
of Shogun"). A name the gazetteer knows is left alone ("Disney grossed", "Netflix streams on
..."); so is an event's ("the Eras Tour grossed"), and a title the names pass found nothing
in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.set_phrases import find_all

# The cues, found with ``str.find`` (an alternation made ``re`` try every offset of a text),
# each after the word of it the article's vocabulary must hold (a set lookup spares a scan of
# the text for each cue most articles lack).
_CUES = (
    ("grossed", " grossed "),
    ("crossed", " crossed Rs"),
    ("crossed", " crossed ₹"),
    ("topped", " topped the box office"),
    ("streaming", " is streaming on"),
    ("streaming", " is now streaming"),
    ("directed", ", directed by"),
    ("stream", " will stream on"),
    ("streams", " streams on"),
    ("premiered", " premiered on"),
    ("premieres", " premieres on"),
    ("premiere", " will premiere on"),
    ("renewed", " has been renewed for"),
    ("renewed", " was renewed for"),
)
# Cues found by a word and checked after it: "Gidi Blues, starring", "Mazishi debuted at
# number one", "debuts at No 1".
_STARRING = " starring "
_DEBUT = " debut"
_DEBUT_AT = compiled(r" debut(?:ed|s) at (?:number|No)\b")
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


# "Netflix renewed Squid Game for a third season": the title between the verb and "for" (no
# "\b" first: a literal opening lets ``re`` scan for it fast).
_RENEWED = compiled(
    rf"renew(?:ed|s)[ \u00a0]+(?:{_WORD}[ \u00a0]){{0,5}}?{_WORD}"
    r"(?=[ \u00a0]for[ \u00a0](?:a|another)[ \u00a0][a-z]+[ \u00a0]season\b)"
)

# "Kizazi Moto topped the Disney+ charts": a chart topped right after the title.
# (The music and streaming charts: a plural, or a chart of singles or streams; not "Apple
# tops the chart", a firm's sales.)
_TOPPED_CHART = compiled(
    r" tops?(?:ped)? the (?:[\w+-]+ ){0,3}?(?:charts|(?:singles|albums?|streaming|Billboard|"
    r"Netflix|Spotify|iTunes|Disney\+)(?: [\w+-]+){0,2} chart)\b"
)
# "The second season of Shogun": the title after a season or an episode of it. The nouns are
# found with ``str.find``; the word before and the title are matched around them.
_SEASONS_OF = (" season of ", " series of ", " episode of ")
_ORDINAL_BEFORE = compiled(r"\b(?:first|second|third|fourth|fifth|new|final|latest|next|last)$")
_TITLE_AFTER = compiled(rf"(?:{_WORD}[ \u00a0]){{0,5}}{_WORD}(?![\w'’-])")

# Last words of the names of events and bodies, which take money and have seasons too.
_NO_TITLE_TAIL = lexicon.EVENT_TAIL | lexicon.CLUB_TAIL | lexicon.words("Club League Party")

# The cues' words: an article whose vocabulary has none of them is not searched.
_CUE_WORDS = frozenset(word for word, _ in _CUES) | frozenset(
    {"season", "series", "episode", "starring", "debuted", "debuts", "renews"} | {"chart", "charts"}
)


def titles_before_cues(text: str, vocab: set[str]) -> Iterator[re.Match[str]]:
    """Each title before a cue (its group 1 is the title); ``vocab``: the article's
    lower-case words."""
    if not _CUE_WORDS & vocab:
        return
    names = gazetteer().names
    for at in sorted(_cue_starts(text, vocab)):
        m = _TITLE_BEFORE.search(text, max(0, at - 80), at)
        if m is None or names.get(m.group(1)) is not None:
            continue
        if m.group(1).rsplit(None, 1)[-1] not in _NO_TITLE_TAIL:
            yield m  # not "the Eras Tour grossed $2bn", "the first season of Liverpool FC"


def _cue_starts(text: str, vocab: set[str]) -> set[int]:
    """Where a cue starts (at its space), or where a title ends before which none does."""
    starts: set[int] = set()
    for word, cue in _CUES:
        if word in vocab:
            starts.update(find_all(text, cue))
    if "starring" in vocab:  # "Gidi Blues, starring": the cue starts at the comma
        starts.update(i - 1 if text.endswith(",", 0, i) else i for i in find_all(text, _STARRING))
    if "debuted" in vocab or "debuts" in vocab:
        starts.update(i for i in find_all(text, _DEBUT) if _DEBUT_AT.match(text, i))
    if "season" in vocab:
        starts.update(m.start() for m in _SEASON_NUMBER.finditer(text))
    if "renewed" in vocab or "renews" in vocab:
        starts.update(m.end() for m in _RENEWED.finditer(text))
    if "chart" in vocab or "charts" in vocab:
        starts.update(m.start() for m in _TOPPED_CHART.finditer(text))
    for noun in _SEASONS_OF:
        if noun.split()[0] in vocab:
            for i in find_all(text, noun):
                title = _TITLE_AFTER.match(text, i + len(noun))
                if title and _ORDINAL_BEFORE.search(text, max(0, i - 8), i):
                    starts.add(title.end())
    return starts
