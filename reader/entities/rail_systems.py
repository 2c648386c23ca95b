"""Named railways and metros: "the Standard Gauge Railway", "the Dubai Metro", "the Jakarta
MRT", "the China–Laos Railway" (class 2: venues given a core label, or cut in pieces).

A railway or a metro system is a facility in the development sets (after OntoNotes: built
structures and their networks are FAC), but "Metro" and "Railway" also end the names of the
firms that run them, so the names pass reads "Dubai Metro" as an ORG, "Doha Metro" as a
PERSON, and cuts "China–Laos Railway" at the dash. In an article about trains (one of
``lexicon.TRAIN_WORDS``), one to three capitalised words (joined by spaces or dashes) and a
singular system noun make one FAC when "the" comes before them or a noun of trains after
("extra Doha Metro trains"). Left alone: the plural "Railways" and "Rail" (firms: "Kenya
Railways", "Irish Rail"), a name that goes on ("the Delhi Metro Rail Corporation"), one that
speaks ("the Delhi Metro said"), a firm every list knows, and a system noun alone ("use the
Metro": the sets disagree on it).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

_SYSTEMS = ("Railway", "Metro", "MRT", "LRT", "Shinkansen", "Monorail", "Tramway")
_WORD = r"[A-Z][A-Za-z’'.]*"
# A system noun, not followed by another capitalised word or a dash (a longer name): scanned
# for first, then the name before it (one to three capitalised words, joined by spaces or
# dashes: "China–Laos"), so the text is not tried for a name at every capital.
_NOUN = compiled(rf"[ \u00a0](?:{'|'.join(_SYSTEMS)})\b(?![ \u00a0]+[A-Z]|[\-–])")
_NAME_BEFORE = compiled(rf"(?<![\w’'.\-–]){_WORD}(?:[ \u00a0\-–]{_WORD}){{0,2}}$")
#: Nouns of trains after a name that make it the system's ("extra Doha Metro trains").
_TRAIN_NOUNS = (" train", " trains", " line", " lines", " station", " stations", " service")
#: Verbs after the name that make it the firm that runs the system.
_SPEAKS = (" said", " says", " announced", " told", " reported", " posted", " confirmed")


def rail_systems(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each named railway or metro of an article about trains one FAC."""
    if lexicon.TRAIN_WORDS.isdisjoint(vocab) or not any(s in text for s in _SYSTEMS):
        return ents
    found = []
    for m in _NOUN.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is not None and _system(text, name.start(), m.end()):
            found.append(Entity(name.start(), m.end(), "FAC"))
    return replaced(ents, found) if found else ents


def _system(text: str, start: int, end: int) -> bool:
    after = text[end : end + 12]
    if after.startswith(_SPEAKS) or gazetteer().names.get(text[start:end]) == "ORG":
        return False
    first = text[start : text.find(" ", start, end)]
    if first in ("The", "A", "An") or gazetteer().names.get(first) == "ORG":
        return False  # "The Metro" opening a sentence; a firm's own line
    return text.endswith(("the ", "The "), 0, start) or after.startswith(_TRAIN_NOUNS)
