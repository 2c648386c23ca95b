"""The built-in recogniser: numeric patterns, special forms, law titles and capitalised-name
rules, merged into one list, then repaired at the boundaries."""

from __future__ import annotations

from reader.entities.boundaries import context_fixes, event_end, law_end, merge_units
from reader.entities.laws import law_spans
from reader.entities.names import name_spans
from reader.entities.names.article import lower_vocab
from reader.entities.numeric import numeric_spans
from reader.entities.special import special_spans
from reader.entities.types import Entity
from reader.entities.wire_slugs import unglued_slugs

# A candidate span and the priority of the pass that found it.
Candidate = tuple[int, int, str, int]
SPECIAL, NUMERIC, NAME = 2, 1, 0


def recognize(text: str) -> list[Entity]:
    """Entities of ``text``, sorted by start, non-overlapping, offsets into ``text`` exactly.

    Overlaps between the passes are settled by priority, then length: special forms beat
    names, a longer span beats a shorter one ("First Amendment" LAW over "First" ORDINAL),
    and numbers win ties.
    """
    text = unglued_slugs(text)  # same length: offsets are the given text's
    vocab = lower_vocab(text)  # shared by the passes that read the article's vocabulary
    special = special_candidates(text, vocab)
    names = name_candidates(text, vocab)
    return merge(text, special, pattern_candidates(text), names, vocab)


def special_candidates(text: str, vocab: set[str]) -> list[Candidate]:
    """The special forms' pass (it reads the article's vocabulary)."""
    return [(s, e, label, SPECIAL) for s, e, label in special_spans(text, vocab)]


def pattern_candidates(text: str) -> list[Candidate]:
    """The passes that read nothing but the text (law titles, numbers and dates): what
    :mod:`reader.entities.parallel` runs on another core."""
    candidates = [(s, law_end(text, e), label, SPECIAL) for s, e, label in law_spans(text)]
    candidates.extend((s, e, label, NUMERIC) for s, e, label in numeric_spans(text))
    return candidates


def name_candidates(text: str, vocab: set[str]) -> list[Candidate]:
    """The capitalised names' pass, an event's name with its edition ("Games 2024") and a
    law's with its year or number ("Data Protection Act 2018", "Senate Bill No. 2218")."""
    return [(s, _end(text, e, label), label, NAME) for s, e, label in name_spans(text, vocab)]


def _end(text: str, end: int, label: str) -> int:
    """Where a name ends with what is written after it: an event's year, a law's year or
    number."""
    if label == "EVENT":
        return event_end(text, end)
    if label == "LAW":
        return law_end(text, end)
    return end


def merge(
    text: str,
    special: list[Candidate],
    patterns: list[Candidate],
    names: list[Candidate],
    vocab: set[str],
) -> list[Entity]:
    """Every pass's candidates, overlaps settled, repaired at the boundaries (``vocab``: the
    words the text writes in lower case)."""
    candidates = special + patterns + names  # this order settles ties between equal spans
    candidates.sort(key=lambda c: (c[0], -c[1]))
    chosen: list[Candidate] = []
    for cand in candidates:
        if chosen and cand[0] < chosen[-1][1]:
            if _better(cand, chosen[-1]):
                kept = _before_and(text, chosen[-1], cand)
                chosen[-1:] = [kept, cand] if kept else [cand]
            continue
        chosen.append(cand)
    return context_fixes(text, merge_units(text, [c[:3] for c in chosen]), vocab)


def _before_and(text: str, name: Candidate, cand: Candidate) -> Candidate | None:
    """The part of a name before " and " that the winning ``cand`` starts right after: "the
    Gardiner Expressway and Highway 427" read as one name keeps "Gardiner Expressway" when
    "Highway 427" wins (class 4: a name lost to its neighbour)."""
    if name[3] != NAME or name[0] >= cand[0] or not text.endswith(" and ", name[0], cand[0]):
        return None
    end = cand[0] - 5
    return (name[0], end, name[2], NAME) if end > name[0] else None


def _better(cand: Candidate, last: Candidate) -> bool:
    """Does ``cand`` replace the overlapping ``last``? Same pass: the longer one; else the
    special forms first, then the longer one, then the higher priority."""
    if cand[3] == last[3]:
        return cand[1] - cand[0] > last[1] - last[0]
    return _key(cand) > _key(last)


def _key(c: Candidate) -> tuple[int, int, int]:
    prio = 2 if c[3] == SPECIAL else 1
    return (prio, c[1] - c[0], c[3])
