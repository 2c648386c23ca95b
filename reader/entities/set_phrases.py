"""Set phrases with one reading, each found by a pattern of its own (part of the special
forms' pass, which beats the names pass): the errors they fix are named by class.

* regions named by a compass word after "the": "the South and the Midwest", "China and the
  West", "The Mid-West has the skills" (LOC; class 8), not before a name ("the South China
  Sea"), a hyphen or a possessive ("the North's leader", a state);
* the new year's holidays: "after New Year", "New Year's Eve", "the Lunar New Year" (DATE;
  class 7), not a longer name ("New Year Honours");
* a paper after "told The" or, by its last word, after "told the": "a pal told The Sun:",
  "told The Globe and Mail", "told the Irish Independent" (ORG; class 2:
  "Sun" was a weekday); people are not told "The";
* the football championships by their year: "Euro 2024" (EVENT; class 2), where "Euro"
  alone is the currency;
* "sub-Saharan Africa", one region (LOC; class 4: the small "sub-" opens no name);
* "the Constitution" named alone, or by its year, "the 1999 Constitution" (LAW; class 2:
  the year was a DATE), not "the Constitution of Kenya" (a law the names pass reads whole)
  nor "Constitution Hill";
* "the Channel" between England and France (LOC; class 8: it was an ORG), not "the Channel
  Tunnel", "the Channel Islands" or a broadcaster's "Channel 4";
* a market index by its exchange's acronym and number before "index": "KSE-100 index",
  "the NSE 20 share index" (ORG; class 4);
* a provision named on its own: "Article 37 guarantees", "Section 230" (LAW; class 2), not
  one "of" a law;
* a ship by its prefix: "MV Glen Rosa", "HMS Queen Elizabeth" (PRODUCT; class 2);
* the film industry by its town: "Hollywood releases" (ORG; class 8), not "to Hollywood";
* decades in words: "the Eighties", "the Roaring Twenties", "Noughties indie" (DATE; class
  7), "the" included as in "the 80s";
* a party's acronym with its faction in brackets: "JD(S)", "CPI(M)" (ORG; class 4);
* a range of months: "the April-June quarter", "January-March" (DATE; class 7).

Each phrase is looked for only where the text holds its key words, and each match must
start a word. Each pattern opens with a literal ``re`` scans for in C; the character before
a match is checked in Python (a leading lookbehind or "\\b" made ``re`` try every offset).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.entities import lexicon
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

_REGION = (
    r"[ \u00a0](North|South|East|West|Midwest|Mid-West|Northeast|Northwest|Southeast|Southwest)"
    r"\b(?![ \u00a0]*[A-Z]|-|['’])"
)
# "the" and "The" apart: each pattern opens with its literal (a "[Tt]" class tried every T).
_THE_REGION = compiled("the" + _REGION)
_THE_REGION_AT_START = compiled("The" + _REGION)
# (Three alternatives that open with capitals ``re`` scans for in C; an optional "Lunar "
# first made it try every offset.)
_NEW_YEAR = compiled(
    r"(?:Lunar[ \u00a0]New|Chinese[ \u00a0]New|New)[ \u00a0]Year(?:['’]s[ \u00a0](?:Day|Eve))?"
    r"(?![ \u00a0]+[A-Z]|['’]s[ \u00a0]+[A-Z]|\w)"
)
_TOLD_THE = compiled(
    r"told[ \u00a0]The[ \u00a0]([A-Z][a-z]+(?:[ \u00a0](?:and[ \u00a0])?[A-Z][a-z]+){0,3})\b"
)
# ... and a paper after "told the", known by its last word: "told the Irish Independent",
# "told the Press and Journal" (ORG; class 2: "Irish" was a NORP); not "the Prime Minister".
_TOLD_THE_PAPER = compiled(
    r"told[ \u00a0]the[ \u00a0]((?:[A-Z][a-z]+[ \u00a0](?:and[ \u00a0])?){0,3}(?:Times|Post|"
    r"Journal|Independent|Herald|Telegraph|Guardian|Standard|Mail|Mirror|Express|Star|Tribune|"
    r"Chronicle|Gazette|Observer|Examiner|Inquirer|Nation|Argus|Courier|Echo|Record))\b"
)
_EURO_YEAR = compiled(r"Euro[ \u00a0](?:19|20)\d\d\b")
_SUB_SAHARAN = compiled(r"[Ss]ub-Saharan[ \u00a0]Africa\b")
_THE_CHANNEL = compiled(r"the[ \u00a0](Channel)\b(?![ \u00a0]*(?:[A-Z0-9]|Islands?\b)|-)")
# Decades in words: "the Eighties", "the Roaring Twenties", "Noughties indie heroes" (DATE,
# with "the" as "the 80s" has it; class 7: relative dates missed, "Noughties" was an ORG).
_DECADE_WORD = compiled(
    r"(?:[Tt]he[ \u00a0](?:(?:[Rr]oaring|[Ee]arly|[Ll]ate|[Mm]id)[ \u00a0-])?)?"
    r"(?:Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties|Noughties)\b"
    r"(?![ \u00a0]+[A-Z]|['’]s[ \u00a0]+[A-Z])"  # not a longer name ("the Forties Pipeline")
)
# A market index named by its exchange's acronym and a number, before "index": "KSE-100
# index", "the NSE 20 share index" (ORG, as OntoNotes tags indices; class 4: the number
# stood apart, or the hyphenated name was nothing).
_NUMBERED_INDEX = compiled(
    r"[A-Z]{2,6}[- \u00a0]\d{2,4}(?=[ \u00a0]+(?:(?:all-)?share[ \u00a0]+|stock[ \u00a0]+|"
    r"benchmark[ \u00a0]+)?[Ii]ndex\b)"
)
# A provision named on its own: "Article 37 guarantees", "Section 230", "Article 19(1)(a)"
# (LAW; class 2: the number was a CARDINAL). Not one "of" a law: in "Section 52 of the ...
# Act" the Act is the LAW, and the number nothing (``boundaries``).
_PROVISION = compiled(
    r"(?:Article|Section)[ \u00a0]\d{1,4}[A-Z]?(?:\(\w{1,4}\))*(?![\w(]|[ \u00a0]+of\b)"
)
# The film industry named by its town before a noun of its trade: "Hollywood releases",
# "Hollywood studios" (ORG, as "Nollywood"; class 8); "moved to Hollywood" stays the place.
_HOLLYWOOD = compiled(
    r"Hollywood(?=[ \u00a0]+(?:releases?|studios?|stars?|films?|movies?|executives?|actors?|"
    r"actresses|blockbusters?|producers?|writers?|strikes?|insiders?|industry|heavyweights?)\b)"
)
# A ship by its prefix: "MV Glen Rosa", "HMS Queen Elizabeth" (PRODUCT, as OntoNotes tags
# vessels; class 2), navies' prefixes too ("KNS Shupavu", "NNS Aradu", "LÉ Eithne"). Not
# "SS" nor "MS" ("SS Lazio", "MS Dhoni").
_SHIP = compiled(
    r"(?:MV|HMS|RMS|USS|USNS|HMAS|HMCS|HMNZS|INS|BRP|RV|KNS|NNS|ROKS|LÉ)[ \u00a0][A-Z][\w'’-]*"
    r"(?:[ \u00a0][A-Z][\w'’-]*){0,2}"
)
# A party's acronym with its faction in brackets: "JD(S)", "JD(U)", "CPI(M)", "SS(UBT)"
# (ORG; class 4: the acronym and the letter were two ORGs). The brackets are found first
# (a "(" ``re`` scans for in C), the acronym glued before them is checked after.
_FACTION = compiled(r"\([A-Z]{1,3}\)(?![\w(])")
_ACRONYM_BEFORE = compiled(r"(?<![\w.])[A-Z]{2,5}$")
_THE_CONSTITUTION = compiled(
    r"[Tt]he[ \u00a0]((?:(?:1[7-9]|20)\d\d[ \u00a0])?Constitution)\b(?![ \u00a0]*(?:[A-Z]|of\b)|-)"
)

# A range of months: "the April-June quarter", "January-March", "the Jan-Mar period" (DATE;
# class 7: the first month alone was the DATE, or the range an ORG).
_MONTH = "(?:" + "|".join(sorted(lexicon.MONTHS | lexicon.MONTH_ABBREVIATIONS)) + ")"
# The range is found from its dash (a character ``re`` scans for in C), the first month
# then matched in a short window before it, and "the" before that.
_DASH_MONTH = compiled(rf"[-–]{_MONTH}\b(?![-–])(?:[ \u00a0](?:quarter|period|season|window))?")
_MONTH_BEFORE = compiled(rf"(?<![\w'’-]){_MONTH}$")

# Gates for the phrases whose keys are many: one search with a leading character class (a
# prefix ``re`` scans for in C) costs a fifth of ten substring scans.
_DECADES = compiled(r"[TFSEN][a-z]{2,4}ties\b")
_SHIP_PREFIX = compiled(r"(?:[BHIKMNRU][MNORSV]|LÉ)[A-Z]{0,3}[ \u00a0][A-Z]")

#: What a text must hold for a phrase to be looked for: a string, one of several, or a gate
#: pattern that must match.
_Key = str | tuple[str, ...] | re.Pattern[str]
#: Each phrase: its key, its pattern, the group that is the entity, its label.
_PHRASES: tuple[tuple[_Key, re.Pattern[str], int, str], ...] = (
    ("the ", _THE_REGION, 1, "LOC"),
    ("The ", _THE_REGION_AT_START, 1, "LOC"),
    ("New Year", _NEW_YEAR, 0, "DATE"),
    ("told The", _TOLD_THE, 1, "ORG"),
    ("told the", _TOLD_THE_PAPER, 1, "ORG"),
    ("Euro", _EURO_YEAR, 0, "EVENT"),
    ("ub-Saharan", _SUB_SAHARAN, 0, "LOC"),
    (" Constitution", _THE_CONSTITUTION, 1, "LAW"),
    ("the Channel", _THE_CHANNEL, 1, "LOC"),
    (_DECADES, _DECADE_WORD, 0, "DATE"),
    ("ndex", _NUMBERED_INDEX, 0, "ORG"),
    (("Article ", "Section "), _PROVISION, 0, "LAW"),
    (_SHIP_PREFIX, _SHIP, 0, "PRODUCT"),
    ("Hollywood", _HOLLYWOOD, 0, "ORG"),
)


def set_phrases(text: str) -> list[Span]:
    """Every set phrase of ``text``, as ``(start, end, label)``."""
    found: list[Span] = []
    for key, pattern, group, label in _PHRASES:
        if _holds(text, key):
            found.extend(at_word_starts(text, pattern, group, label))
    found.extend(_factions(text))
    found.extend(_month_ranges(text))
    return found


def _month_ranges(text: str) -> list[Span]:
    """ "the April-June quarter", "January-March": each dash before a month with a month
    right before it, as one DATE ("the" in front included, as in "the 80s")."""
    found: list[Span] = []
    for m in _DASH_MONTH.finditer(text):
        first = _MONTH_BEFORE.search(text, max(0, m.start() - 9), m.start())
        if first is None:
            continue
        start = first.start()
        if text[max(0, start - 4) : start] in ("the ", "The ", "the\u00a0", "The\u00a0"):
            start -= 4
        found.append((start, m.end(), "DATE"))
    return found


def _factions(text: str) -> list[Span]:
    """ "JD(S)": each bracketed faction glued to an acronym, as one ORG."""
    found: list[Span] = []
    for m in _FACTION.finditer(text):
        acronym = _ACRONYM_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if acronym is not None:
            found.append((acronym.start(), m.end(), "ORG"))
    return found


def _holds(text: str, key: _Key) -> bool:
    """Does ``text`` hold the phrase's key (the cheap test before its pattern)?"""
    if isinstance(key, str):
        return key in text
    if isinstance(key, tuple):
        return any(k in text for k in key)
    return key.search(text) is not None


def find_all(text: str, key: str) -> Iterator[int]:
    """Every offset of ``key`` in ``text`` (overlapping ones too), found with ``str.find``:
    the way the special forms and the work cues look for a literal without a pattern."""
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def at_word_starts(text: str, pattern: re.Pattern[str], group: int, label: str) -> list[Span]:
    """The matches of ``pattern`` that start a word, as spans of ``group``."""
    return [
        (m.start(group), m.end(group), label)
        for m in pattern.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
