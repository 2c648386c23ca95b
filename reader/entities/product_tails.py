"""A product's name with the trim, version or variant written after it: "Tata Nexon EV",
"PlayStation VR2", "Toyota Hilux Revo".

Class 4 (names cut short): the passes find the model ("Tata Nexon", a known product) and
leave what follows alone, or read it as a name of its own (an ORG "Revo"). This boundary
repair extends a PRODUCT over one word right after it (a space between) when that word is a
code in capitals and digits that no list knows ("EV", "VR2", "NVL72"), or a capitalised word
the other passes read as an unknown ORG or a small town ("Revo", "Prado").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

# A code right after the product: two to six capitals and digits, at most a small letter
# after ("EV", "VR2", "NVL72", "OLED"), ending a word.
_CODE = compiled(r" ([A-Z][A-Z0-9]{1,5}[a-z]?)(?![\w'’-])")
# Capitals after a product that are no part of it ("the iPhone TV ad", "its Pixel AI tools").
_NOT_TRIMS = lexicon.words("TV AI CEO CFO PM AM PC PCs IT UK US EU UN PR HR VIP")
# Labels of a one-word name after the product that may be its trim.
_TRIM_LABELS = frozenset({"ORG", "GPE"})


def product_tails(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each PRODUCT extended over the trim or code written right after it."""
    found = []
    for i, e in enumerate(ents):
        if e.label != "PRODUCT" or text[e.end : e.end + 1] != " ":
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        end = _tail_end(text, e, nxt)
        if end is not None:
            found.append(Entity(e.start, end, "PRODUCT"))
    return replaced(ents, found) if found else ents


def _tail_end(text: str, e: Entity, nxt: Entity | None) -> int | None:
    """Where the product ends with its trim, or ``None``."""
    names = gazetteer().names
    if nxt is not None and nxt.start == e.end + 1:
        word = text[nxt.start : nxt.end]
        if nxt.label in _TRIM_LABELS and " " not in word and _trim(word, names):
            return nxt.end
        return None
    m = _CODE.match(text, e.end)
    if m is None:
        return None
    code = m.group(1)
    if code in _NOT_TRIMS or code in lexicon.PRODUCT_NOUNS or code in names:
        return None
    return m.end()


def _trim(word: str, names: dict[str, str]) -> bool:
    """A trim's word: a capitalised word no list knows as an organisation or a big place
    ("Revo"; "Prado", a small town). A known product's plural ("Dreamliners") is a PRODUCT
    already (``candidates.label_word``), joined as a second product."""
    if not word[:1].isupper() or word.isupper():
        return False
    known = names.get(word)
    return known is None or (known == "GPE" and word not in gazetteer().big_places)
