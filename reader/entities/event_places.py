"""Places that name their event: "won Wimbledon", "the Glastonbury line-up", "at Cheltenham".

Class 2 (events given a core label): a few towns give their name to the tournament or
festival held there, and the news uses the town's name for the event far more often than
for the town. The gazetteer knows them as places; this boundary repair relabels a mention
as an EVENT when a cue word says it is the event (a word of contests or festivals after
it, or "won", "played", "headlined" or "at" right before it). "She lives in Wimbledon"
keeps its place. The towns and cues are data in ``lexicon``.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.types import Entity


def event_places(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each event-naming place used for its event relabelled EVENT."""
    if not any(place in text for place in lexicon.EVENT_PLACES):
        return ents  # most articles: three scans in C, no walk over the spans
    return [
        Entity(e.start, e.end, "EVENT")
        if e.label == "GPE" and text[e.start : e.end] in lexicon.EVENT_PLACES and _cued(text, e)
        else e
        for e in ents
    ]


def _cued(text: str, e: Entity) -> bool:
    """A cue word right after the mention, or right before it."""
    after = text[e.end : e.end + 24].split()
    if after and after[0].strip(".,;:").lower() in lexicon.EVENT_PLACE_CUES_AFTER:
        return True
    before = text[max(0, e.start - 24) : e.start].split()
    return bool(before) and before[-1].lower() in lexicon.EVENT_PLACE_CUES_BEFORE
