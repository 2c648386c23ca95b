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
# "SAN FRANCISCO (AP) —", "(Bloomberg) --": the agency of a dateline.
_AGENCY = re.compile(r"\(([A-Z][A-Za-z]{1,14})\)[ \u00a0]*(?:-|—|–|--)[ \u00a0]")
# "Princeton, N.J.", "Pasadena, Calif.": AP-style state abbreviations after a place.
# (The literal ", " comes first so that ``re`` scans for it in C; the letter is a lookbehind.)
_AP_STATE = re.compile(
    r", (?<=[A-Za-z], )((?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|"
    r"Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
    r"Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.)(?=[\s,;:)]|$)"
)
_VARIANTS = "Pro|Max|Plus|Ultra|Mini|Lite|Elite|Air|Edge|Fold|Flip|Neo|SE|XL|Turbo"
# "Lumen 3 Pro", "Galaxy S24 Ultra", "iPhone 15 Pro Max": a model name, number and variant.
_MODEL = re.compile(
    r"\b(?:[A-Z][a-z]+|[a-z]+[A-Z]\w*)(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0][A-Z]?\d{1,3}[a-z]?"
    rf"(?:[ \u00a0](?:{_VARIANTS}))+\b"
)
# A variant word after a space; each word checks the space behind it, so the pattern starts
# with literal capitals ``re`` can scan for (a leading "[ \u00a0]" stopped at every space).
_VARIANT = re.compile(
    "(?:" + "|".join(rf"{w}(?<=[ \u00a0]{w})" for w in _VARIANTS.split("|")) + r")\b"
)
_VARIANT_TAIL = re.compile(r"(?:[ \u00a0][A-Z][a-z]*|[ \u00a0]SE|[ \u00a0]XL)+$")
# "9th U.S. Circuit Court of Appeals", "82nd Airborne Division": a numbered unit's ordinal.
_UNIT_WORDS = re.compile(r"\b(?:Circuit|District|Division|Airborne|Army|Fleet|Brigade|Corps)\b")


def _special(text: str) -> list[tuple[int, int, str]]:
    codes = gazetteer().state_codes
    out = []
    for m in _PARTY_STATE.finditer(text):
        if m.group(2) in codes:
            out.append((m.start(1), m.end(1), "NORP"))
            out.append((m.start(2), m.end(2), "GPE"))
    for m in _AGENCY.finditer(text):
        out.append((m.start(1), m.end(1), "ORG"))
    for m in _AP_STATE.finditer(text):
        out.append((m.start(1), m.end(1), "GPE"))
    bases = set()
    last = 0
    for v in _VARIANT.finditer(text):  # variant words are rare: look for a model before them
        space = v.start() - 1
        if space < last:
            continue
        for m in _MODEL.finditer(text, max(last, space - 40), v.end() + 40):
            if m.start() <= space < m.end():
                out.append((m.start(), m.end(), "PRODUCT"))
                base = _VARIANT_TAIL.sub("", m.group())
                if base != m.group():
                    bases.add(base)
                last = m.end()
                break
    for base in bases:  # "A cheaper Lumen 3": the model without its variant, same article
        for m in re.finditer(rf"\b{re.escape(base)}\b(?![ \u00a0][A-Z])", text):
            out.append((m.start(), m.end(), "PRODUCT"))
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
    return _context_fixes(text, _merge_units(text, chosen))


def _merge_units(text: str, chosen: list[tuple[int, int, str, int]]) -> list[Entity]:
    """ "9th U.S. Circuit Court of Appeals": an ordinal straight before a numbered unit's
    ORG name is part of it."""
    out: list[Entity] = []
    for i, (s, e, label, _) in enumerate(chosen):
        if (
            label == "ORG"
            and out
            and out[-1].label == "ORDINAL"
            and out[-1].end + 1 == s
            and text[out[-1].start].isdigit()
            and _UNIT_WORDS.search(text, s, e)
        ):
            out[-1] = Entity(out[-1].start, e, "ORG")
            continue
        out.append(Entity(s, e, label))
        del i
    return out


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})


def _context_fixes(text: str, ents: list[Entity]) -> list[Entity]:
    """Labels decided by the neighbour: "Name, 26," is an age (DATE); an acronym in brackets
    right after a name is that name's short form ("General Data Protection Regulation (GDPR)").
    """
    for i in range(1, len(ents)):
        prev, cur = ents[i - 1], ents[i]
        if cur.start - prev.end != 2:
            continue  # both need a two-character gap: ", " or " ("
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
            and not _AGENCY.match(text, cur.start - 1)  # "SAN FRANCISCO (AP) -": a dateline
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
