"""Models named with a hyphen and a number: "FA-50", "MiG-21", "Su-30MKI", "AIM-9", "Taifa-2".

Class 2 (products missed): the names pass reads capitalised words, and a word glued to a
number by a hyphen is none, so such models were missed, or left a part of their name alone
("AIM-9 Sidewinder": "Sidewinder" an ORG). Two shapes:

* a code: one to four capitals, or "MiG", "Su", a hyphen and a number, perhaps letters after
  ("FA-50PH", "S-70i"): a model wherever it stands, bar the codes of other things
  (``_NOT_MODELS``: "COVID-19", "G-20", "U-17", "T-20", "H-1B", "FY-25", "NH-44"...); a
  one-letter code needs two digits ("F-16", not "A-1"). A name right after it is the
  model's ("AIM-9 Sidewinder", "S-70i Black Hawk");
* a word and a number ("Taifa-2", "Diwata-2"): a model where a noun of made things follows
  ("its Diwata-2 microsatellite") or a noun of craft comes right before ("the satellite,
  Taifa-2,"), and then every model of that series in the text ("Taifa-2 will photograph
  farms", "Taifa-1 taught us").

Where another entity reaches outside the model, the model is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.entities import lexicon
from reader.entities.regex_code import compiled
from reader.entities.replacing import END, START, replaced
from reader.entities.types import Entity

# A noun of a made thing right after a name: "its Petrel 2 drones", "Windows 11 laptops"
# (not "maker" nor "software": "the Galaxy 5 maker" names the firm, and a number before
# "software" is a version as often as a count).
PRODUCT_AFTER = compiled(
    r"[ \u00a0](?:"
    + "|".join(sorted(lexicon.PRODUCT_NOUNS - lexicon.words("maker software skin")))
    + r")\b"
)
_CODE = compiled(r"(?<![\w'’.-])([A-Z]{1,4}|[A-Z][a-z][A-Z]?)-(\d{1,4})[A-Za-z]{0,4}(?![\w-])")
_WORD_MODEL = compiled(r"(?<![\w'’.-])([A-Z][a-z]{2,14})-\d{1,4}[A-Za-z]?(?![\w-])")
# Codes of diseases, groups, age and cricket classes, visas, fiscal years, roads, flights,
# blocs, transit lines and stock indices (not products: "KSE-100" is the exchange's index).
_NOT_MODELS = lexicon.words("""
COVID Covid SARS MERS G U T H W L I FY NH SH MH PM CO COP EU UN US UK MRT LRT ID DR KSE BSE
NSE PSX JSE
""")
_NOT_MODEL_CODES = frozenset({"K-12"})  # school years
_DASH_DIGIT = compiled(r"-\d")
_LETTERS_BEFORE = compiled(r"[A-Za-z]+$")
_CRAFT_BEFORE = compiled(r"\b(?:" + "|".join(sorted(lexicon.CRAFT_NOUNS)) + r"),?[ \u00a0]$")
_JOINED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"})


def hyphen_models(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each hyphened model as a PRODUCT span (and the name after a code)."""
    starts = _hyphen_word_starts(text)
    if not starts:
        return ents
    codes = [m.span() for m in _matches(_CODE, text, starts) if _model_code(m[1], m[2])]
    found = codes + _word_models(text, starts)
    free = [Entity(s, e, "PRODUCT") for s, e in sorted(found) if _free(ents, s, e)]
    if not free:
        return ents
    ents = replaced(ents, free)
    return _names_after(text, ents, sorted(s for s, _ in codes))


def _model_code(prefix: str, number: str) -> bool:
    """Not a code of another thing, and not one letter with one digit ("A-1")."""
    if prefix in _NOT_MODELS or f"{prefix}-{number}" in _NOT_MODEL_CODES:
        return False
    return len(prefix) > 1 or len(number) > 1


def _hyphen_word_starts(text: str) -> list[int]:
    """Where each word glued to a number by a hyphen starts ("FA-50", "Taifa-2"): the
    hyphens before a digit are found in C (a pattern opening with a look-behind was tried at
    every position), the word before each in a short window."""
    starts = []
    for m in _DASH_DIGIT.finditer(text):
        at = m.start()
        if at and text[at - 1].isalpha():
            word = _LETTERS_BEFORE.search(text, max(0, at - 15), at)
            if word is not None:
                starts.append(word.start())
    return starts


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` at ``starts``."""
    return [m for at in starts if (m := pattern.match(text, at)) is not None]


def _word_models(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The word-and-number models of ``text``: each mention of a series ("Taifa-1",
    "Taifa-2") that a noun says is a made thing somewhere in the text."""
    words = [m for m in _matches(_WORD_MODEL, text, starts) if m.group(1) not in _NOT_MODELS]
    if not words:
        return []
    named = {m.group(1) for m in words if _named_as_made(text, m.start(), m.end())}
    return [m.span() for m in words if m.group(1) in named]


def _named_as_made(text: str, start: int, end: int) -> bool:
    """A noun of made things after the model, or a noun of craft right before it."""
    if PRODUCT_AFTER.match(text, end):
        return True
    return _CRAFT_BEFORE.search(text, max(0, start - 16), start) is not None


def _free(ents: list[Entity], start: int, end: int) -> bool:
    """No entity reaches outside ``[start, end)`` (one inside it is replaced)."""
    i = bisect_right(ents, start, key=END)  # the first entity ending past start
    return i == len(ents) or ents[i].start >= end or (ents[i].start >= start and ents[i].end <= end)


def _names_after(text: str, ents: list[Entity], codes: list[int]) -> list[Entity]:
    """ "AIM-9 Sidewinder": a name one space after a code's model (``codes``: where each
    starts, in text order) is part of it. Each code's span is found by bisection."""
    found = []
    for start in codes:
        i = bisect_left(ents, start, key=START)
        if i + 1 >= len(ents) or ents[i].start != start or ents[i].label != "PRODUCT":
            continue
        e, nxt = ents[i], ents[i + 1]
        if nxt.label in _JOINED_LABELS and nxt.start == e.end + 1 and text[e.end] == " ":
            found.append(Entity(e.start, nxt.end, "PRODUCT"))
    return replaced(ents, found) if found else ents
