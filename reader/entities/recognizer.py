"""The built-in recogniser: numeric patterns plus capitalised-name rules, merged."""

from __future__ import annotations

import re

from reader.entities.gazetteer import gazetteer
from reader.entities.names import law_spans, name_spans
from reader.entities.numeric import numeric_spans
from reader.entities.types import Entity

# "(R-NC)": party letter and state code after a US legislator's name.
_PARTY_STATE = re.compile(r"\(([RDI])-([A-Z]{2})\)")
_EVENT_YEAR = re.compile(r"[ \u00a0](?:19|20)\d\d\b")


def _special(text: str) -> list[tuple[int, int, str]]:
    codes = gazetteer().state_codes
    out = []
    for m in _PARTY_STATE.finditer(text):
        if m.group(2) in codes:
            out.append((m.start(1), m.end(1), "NORP"))
            out.append((m.start(2), m.end(2), "GPE"))
    return out


def recognize(text: str) -> list[Entity]:
    """Entities of ``text``, sorted by start, non-overlapping, offsets into ``text`` exactly.

    Overlaps between the passes are settled by priority, then length: special forms beat
    names, a longer span beats a shorter one ("First Amendment" LAW over "First" ORDINAL),
    and numbers win ties.
    """
    candidates: list[tuple[int, int, str, int]] = []
    candidates.extend((s, e, label, 2) for s, e, label in _special(text))
    candidates.extend((s, e, label, 2) for s, e, label in law_spans(text))
    candidates.extend((s, e, label, 1) for s, e, label in numeric_spans(text))
    for s, e, label in name_spans(text):
        if label == "EVENT":
            m = _EVENT_YEAR.match(text, e)
            if m:
                e = m.end()
        candidates.append((s, e, label, 0))
    candidates.sort(key=lambda c: (c[0], -c[1]))
    chosen: list[tuple[int, int, str, int]] = []
    for cand in candidates:
        if chosen and cand[0] < chosen[-1][1]:
            last = chosen[-1]
            if (cand[3] >= 1) == (last[3] >= 1) and cand[3] == last[3]:
                better = cand[1] - cand[0] > last[1] - last[0]
            else:
                better = _key(cand) > _key(last)
            if better:
                chosen[-1] = cand
            continue
        chosen.append(cand)
    return _context_fixes(text, [Entity(s, e, label) for s, e, label, _ in chosen])


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})


def _context_fixes(text: str, ents: list[Entity]) -> list[Entity]:
    """Labels decided by the neighbour: "Name, 26," is an age (DATE); an acronym in brackets
    right after a name is that name's short form ("General Data Protection Regulation (GDPR)").
    """
    for i in range(1, len(ents)):
        prev, cur = ents[i - 1], ents[i]
        gap = text[prev.end : cur.start]
        if (
            cur.label == "CARDINAL"
            and prev.label == "PERSON"
            and gap == ", "
            and text[cur.start : cur.end].isdigit()
            and text.startswith(",", cur.end)
        ):
            ents[i] = Entity(cur.start, cur.end, "DATE")
        elif (
            gap == " ("
            and prev.label in _NAME_LABELS
            and cur.label in _NAME_LABELS
            and text.startswith(")", cur.end)
            and text[cur.start : cur.end].isupper()
        ):
            ents[i] = Entity(cur.start, cur.end, prev.label)
    return ents


def _key(c: tuple[int, int, str, int]) -> tuple[int, int, int]:
    prio = 2 if c[3] == 2 else 1
    return (prio, c[1] - c[0], c[3])
