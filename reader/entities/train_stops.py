"""Where trains stop: "trains to stop at Old Oak Common", "services will terminate at Euston".

Class 2 (venues read as people or bodies): a station named by words no list knows, or by a
word read as a firm, is a PERSON or an ORG to the passes. Right after "stop at", "terminate
at" or "call at", in an article about trains, it is the station. This boundary repair
relabels it FAC (a name followed by a possessive is left alone: "stopped at Wanjiru's").
London's termini are stations by name in such an article, wherever they stand ("the tunnels
to Euston", "trains from Paddington"), where the passes read a firm, a place or a person.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.regex_code import compiled
from reader.entities.types import Entity

_STOP_AT = compiled(
    r"\b(?:stop|stops|stopped|stopping|terminate|terminates|terminated|terminating|call|calls|"
    r"calling)[ \u00a0]+at[ \u00a0]+$"
)
_READ_AS = frozenset({"ORG", "PERSON"})
_AT = ("at ", "at\u00a0")


def train_stops(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each station trains stop at, and each London terminus, as a FAC
    (``vocab``: the text's lower-case words; an article without a word of trains is left as
    it is)."""
    if lexicon.TRAIN_WORDS.isdisjoint(vocab):
        return ents
    return [Entity(e.start, e.end, "FAC") if _station(text, e) else e for e in ents]


def _station(text: str, e: Entity) -> bool:
    if e.label == "FAC" or text.startswith(("'s", "’s"), e.end):
        return False
    if text[e.start : e.end] in _TERMINI:
        return True  # "the tunnels to Euston"
    return (
        e.label in _READ_AS
        and text.endswith(_AT, max(0, e.start - 3), e.start)  # most names: one test in C
        and _STOP_AT.search(text, max(0, e.start - 20), e.start) is not None
    )


#: London's termini known by a name that is also a place's, a firm's or a person's.
_TERMINI = frozenset(
    {"Euston", "Paddington", "Marylebone", "St Pancras", "King's Cross", "King’s Cross"}
    | {"Charing Cross"}
)
