"""Named train services, "the Madaraka Express", "the Rajdhani Express" (class 2: products read
as firms or people; our sets label train services PRODUCT).

Only in an article about trains (one of ``lexicon.TRAIN_WORDS``), only a name of two words or
more ending in "Express" with "the" right before it, and not a firm every list knows or one
opened by a firm's name or an acronym ("the DHL Express depot", "the American Express card"):
"Express" also ends firms' and papers' names.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.types import Entity

_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC"})


def train_services(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each named train service a PRODUCT."""
    if " Express" not in text or lexicon.TRAIN_WORDS.isdisjoint(vocab):
        return ents
    return [Entity(e.start, e.end, "PRODUCT") if _service(text, e) else e for e in ents]


def _service(text: str, e: Entity) -> bool:
    name = text[e.start : e.end]
    return (
        e.label in _NAME_LABELS
        and name.endswith(" Express")
        and text.endswith(("the ", "The "), 0, e.start)
        and gazetteer().names.get(name) != "ORG"
        and not _firm_word(name.split()[0])
    )


def _firm_word(word: str) -> bool:
    """A firm's name or an acronym opens the name: the firm's express service ("DHL Express")."""
    return word.isupper() or gazetteer().names.get(word) == "ORG"
