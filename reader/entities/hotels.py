"""Hotels named by their chain: "at the Hilton Nairobi", "housed at the Marriott Mena House",
"held at the Nile Ritz-Carlton" (class 2: a venue read as a firm, or cut in pieces).

A chain's name alone is a firm ("Marriott said bookings rose"), but "the" and a run of
capitalised words holding a chain's name, after a preposition of place ("at", "in", "near",
"outside", "inside", "from", "including"), is one hotel: a FAC, the whole run ("the
Kempinski Hotel Gold Coast City", not a hotel and a town). Left alone: a run that ends in a
firm's word ("at the Marriott International conference"), and a chain's name alone ("at the
Serena": the sets call it a FAC, but "at the Ritz" may be the firm as often).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

_WORD = r"[A-Z][A-Za-zÀ-ÿ’'.\-]*"
# A preposition of place, "the", then up to six capitalised words (with "and" or "&" inside).
_RUN = compiled(
    rf"\b(?:at|in|near|outside|inside|from|including)[ \u00a0]+the[ \u00a0]+"
    rf"({_WORD}(?:[ \u00a0](?:{_WORD}|and|&)){{1,5}})"
)
_JOINERS = ("and", "&")
#: Any chain's name (one scan of the text, before the runs are looked at).
_BRAND = compiled("|".join(sorted(lexicon.HOTEL_BRANDS, reverse=True)))


def hotels(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each hotel named by its chain one FAC."""
    if _BRAND.search(text) is None:
        return ents  # most articles: one scan
    found = []
    for m in _RUN.finditer(text):
        words = m.group(1).split()
        while words[-1] in _JOINERS:
            words.pop()
        if len(words) < 2 or lexicon.HOTEL_BRANDS.isdisjoint(w.rstrip(".") for w in words):
            continue
        if words[-1] in lexicon.HOTEL_FIRM_TAILS:
            continue
        start = m.start(1)
        found.append(Entity(start, start + len(" ".join(words)), "FAC"))
    return replaced(ents, found) if found else ents
