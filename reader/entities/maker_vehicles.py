"""A maker's name standing for one of its vehicles or phones: "drives a Tesla", "two Toyotas",
"an Airbus operated by Kenya Airways", "the Samsung over-brightened them".

Class 2 (products given a core label): the names pass reads a carmaker's or an aircraft
maker's name as the company, which it mostly is ("Toyota said", "a Toyota spokesman"). After
an article or a possessive, with no noun after it, the name is the vehicle; a maker's
name in the plural ("Toyotas", "Boeings") always is. This boundary repair relabels such ORG
spans PRODUCT.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.cues import noun_after
from reader.entities.regex_code import compiled
from reader.entities.types import Entity

#: Makers whose name is used for what they make (aircraft makers only here: "Boeing Commercial
#: Airplanes" must stay a company in the names pass, which reads VEHICLE_MAKERS).
_MAKERS = lexicon.VEHICLE_MAKERS | lexicon.words("Airbus Boeing")
#: Makers of phones, and Google's line, whose name stands for a phone in a review ("the
#: Samsung over-brightened them", "on the Pixel").
_PHONE_MAKERS = lexicon.words("Samsung Xiaomi Oppo Vivo OnePlus Huawei Tecno Infinix Pixel")
# One vehicle: an article, a possessive or "one" right before the name (not a number: "In
# 2019, Tesla unveiled" is the company; a count takes the plural, "two Toyotas").
_ONE_BEFORE = compiled(r"(?:^|[^\w'’])(?:a|an|[Tt]he|his|her|their|my|our|your|its|one)[ \u00a0]$")


#: A hyphen joining the name to what follows: a compound adjective ("Tata-owned").
_COMPOUND = ("-", "\u2010", "\u2011")


def maker_vehicles(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each maker's name that stands for a vehicle as a PRODUCT."""
    return [
        Entity(e.start, e.end, "PRODUCT") if e.label == "ORG" and _vehicle(text, e) else e
        for e in ents
    ]


def _vehicle(text: str, e: Entity) -> bool:
    name = text[e.start : e.end]
    if name in _MAKERS or name in _PHONE_MAKERS:
        return (
            _ONE_BEFORE.search(text, max(0, e.start - 8), e.start) is not None
            and not noun_after(text, e.end)  # "a Toyota spokesman" names the company
            and not text.startswith(_COMPOUND, e.end)  # "the Tata-owned airline" too
        )
    return name[-1:] == "s" and name[:-1] in _MAKERS  # "two Toyotas" (not "Samsungs")
