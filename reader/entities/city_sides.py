"""A team named by its city and a nickname, in a result: "beat the Seattle Torrent 4-1", "The
Boston Fleet won 2-1" (class 1: teams named after places tagged as places, or cut in pieces).

New clubs' nicknames are in no list, and are often words that are towns somewhere
("Torrent" in Spain, "Fleet" in England) or a word of another language, so the passes read
the city and the nickname as two places, or drop the nickname. In a sport report
(``names.sport.is_sport``), a city every list knows, found as a place, and one capitalised
word after it, as a side of a result written out (``names.sport.side_of_a_result``: a score
or a verb of results after, or one before; or "won", "lost" or "drew" and a score after), is
one team: an ORG. Left alone: a name every list knows ("Boston Bruins"), a nickname that is a
day or a month ("Boston Monday 2-1"), a word of places ("Gandaki Province"), and anything
outside sport.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.names.sport import is_sport, side_of_a_result
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

# The nickname right after the city: one capitalised word, ending the name.
_WORD_AFTER = compiled(r"[ \u00a0]([A-Z][a-zà-ÿ]+)\b(?![ \u00a0]?[A-Z&])")
#: Words after a place that name a bigger or smaller place ("Gandaki Province", a side named
#: by its province, is the province).
_PLACE_WORDS = lexicon.words("Province State County City District Region Island Islands Territory")
# A score after the side, with "won", "lost" or "drew" between: "The Boston Fleet won 2-1".
_SCORE_AFTER = compiled(r"[ \u00a0]+(?:won|lost|drew)[ \u00a0]+\d{1,3}[-–]\d{1,3}\b")


def city_sides(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each "City Nickname" side of a result one ORG."""
    if not is_sport(vocab):
        return ents
    names = gazetteer().names
    found = []
    for e in ents:  # the city is a place the passes found; the nickname follows it
        if e.label != "GPE":
            continue
        m = _WORD_AFTER.match(text, e.end)
        if m is None:
            continue
        city, word = text[e.start : e.end], m.group(1)
        if names.get(city) != "GPE" or word in lexicon.CALENDAR_WORDS or word in _PLACE_WORDS:
            continue
        if names.get(f"{city} {word}") is not None:
            continue  # a name every list knows ("Boston Bruins", "Kansas City")
        if side_of_a_result(text, e.start, m.end()) or _SCORE_AFTER.match(text, m.end()):
            found.append(Entity(e.start, m.end(), "ORG"))
    return replaced(ents, found) if found else ents
