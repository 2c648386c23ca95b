"""A name where something happens, between "at" and its town: a venue (class 2: venues read as
firms). "16 shows at Sphere in Las Vegas", "a set at Film City in Goregaon", "host Zalmi at
Gaddafi on Thursday": the recognizer knows nothing of the name, so it took the default of
unknown capitalised words, an organisation; "at" before it and a town or a day after it say
it is a place where people meet, a facility. A word no list knows needs only the "at" ("cranes
at Ngqura", "changing at Tikkurila", "stars at Aspendos").

Left alone, because there "at" names where someone works or what owns the place: a name
the gazetteer knows as an organisation ("talks at Google in Zurich"), a name with a word of
bodies ("at the University of Arizona in Tucson", "at the National Assembly in Seoul",
"Smokehouse Brewing"), an acronym ("at the WTO in Geneva"), a name after a noun of people
("an analyst at Yuanta in Taipei", "a job at Acme in Leeds"), an owner ("at Wanjiru's
shop") and a firm set off as one ("at Bellslea, the lender,").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.names.cues import firm_in_apposition
from reader.entities.regex_code import compiled
from reader.entities.types import Entity

# "at" or "at the" right before the name, and the word before "at".
_AT_BEFORE = compiled(r"(?:^|[\s(])(?:([A-Za-z]+)[ \u00a0])?[Aa]t[ \u00a0](?:the[ \u00a0])?$")
# A town or a day right after it: " in Las Vegas", " on Thursday", " on Nov. 4".
_PLACE_OR_DAY_AFTER = compiled(
    r"[ \u00a0](?:in[ \u00a0][A-Z]|on[ \u00a0](?:"
    + "|".join(sorted(lexicon.CALENDAR_WORDS | lexicon.MONTH_ABBREVIATIONS))
    + r")\b)"
)
# Nouns of people (and their work) before "at": there the name is an employer.
_PEOPLE_BEFORE = lexicon.words("""
analyst analysts economist economists researcher researchers scientist scientists professor
professors engineer engineers executive executives officer officers manager managers partner
partners strategist strategists lecturer lecturers fellow fellows student students staff
worker workers employee employees editor editors reporter reporters correspondent official
officials director directors head chief founder investor investors lawyer lawyers doctor
doctors intern interns job jobs work works worked working career stint spokesperson
spokesman spokeswoman colleague colleagues team trader traders
""")


_ATS = ("at ", "at the ", "At ", "At the ")
_SMALL_ATS = ("at ", "at the ")


def venues_at(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each unknown name between "at" and a town or a day, and each word no list
    knows after "at" in mid-sentence, a FAC, and its other mentions as an organisation too
    ("linked to Sphere": one name, one label; issue 12, item 4)."""
    venues = {text[e.start : e.end] for e in ents if e.label == "ORG" and _venue(text, e)}
    if not venues:
        return ents
    return [
        Entity(e.start, e.end, "FAC") if e.label == "ORG" and text[e.start : e.end] in venues else e
        for e in ents
    ]


def _venue(text: str, e: Entity) -> bool:
    if not text.endswith(_ATS, max(0, e.start - 8), e.start):
        return False  # most ORGs: one test
    if text.startswith(("'s", "’s"), e.end) or firm_in_apposition(text, e.end):
        return False  # "at Wanjiru's shop": the owner; "at Bellslea, the lender,": a firm
    town_after = _PLACE_OR_DAY_AFTER.match(text, e.end) is not None
    surface = text[e.start : e.end]
    known = gazetteer().names.get(surface)
    if not town_after and (" " in surface or known is not None):
        return False  # without a town or day after, only a word no list knows ...
    if not town_after and not text.endswith(_SMALL_ATS, max(0, e.start - 8), e.start):
        return False  # ... in mid-sentence ("At Holyrood, MSPs said": the parliament)
    before = _AT_BEFORE.search(text, max(0, e.start - 32), e.start)
    if before is None or (before.group(1) or "").lower() in _PEOPLE_BEFORE:
        return False
    words = surface.split()
    return (
        not surface.isupper()
        and known != "ORG"
        and words[-1] not in lexicon.ORG_TAIL
        and words[0] not in lexicon.ORG_HEAD
    )
