"""Public bodies named by their remit and their country: "Police Scotland", "Transport
Scotland", "Education Scotland", "Health Canada" (class 8: the country alone was the GPE,
and the remit word a title or a generic word).

The names pass reads "Transport" and "Health" as portfolios ("Transport Secretary") and
"Police" as a generic word ("Police said"), and drops them before a place; the sport and
remit bodies it does join ("Tennis Australia", "Screen Ireland") start with words that are
neither. Here the remit word and a country, state or province right after it are one ORG,
unless another name or a minister follows ("the Health Canada minister" is the portfolio;
"Police Scotland Chief Constable" keeps the body). A special form, found with
``str.find`` at each remit word.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.set_phrases import find_all

Span = tuple[int, int, str]

# The place after the remit word: one or two capitalised words ("Northern Ireland").
_PLACE_AFTER = compiled(r"[ \u00a0]([A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)\b(?!['’-])")
# A capitalised word after the place: the name goes on ("the Health Kenya Fund") unless it
# is a title ("Police Scotland Chief Constable Jo Farrell").
_WORD_AFTER = compiled(r"[ \u00a0]([A-Z][\w'’-]*)")
# A minister after them: the remit word was the portfolio ("the Health Canada minister").
_MINISTER_AFTER = compiled(r"[ \u00a0](?:minister|ministers|secretary)\b")


def _name_goes_on(text: str, end: int) -> bool:
    """The words go on as another name, or as a portfolio's title."""
    if _MINISTER_AFTER.match(text, end):
        return True
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1) not in lexicon.TITLES


def remit_bodies(text: str) -> list[Span]:
    """Each remit word and the country or region right after it, as an ORG."""
    regions = gazetteer().regions
    found: list[Span] = []
    for remit in sorted(lexicon.REMIT_PORTFOLIOS):
        for i in find_all(text, remit):
            if i and text[i - 1].isalnum():
                continue
            end = i + len(remit)
            m = _PLACE_AFTER.match(text, end)
            place = m.group(1) if m else ""
            if place not in regions and " " in place:
                place = place.split(" ")[0]  # "Police Scotland Chief ...": the place alone
            stop = end + 1 + len(place)
            if place in regions and not _name_goes_on(text, stop):
                found.append((i, stop, "ORG"))
    return found
