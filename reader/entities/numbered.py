"""Names with a number: "Windows 11", "PlayStation 5", "Boeing 737 MAX", "Channel 4".

Class 2 (products given a core label): the names pass sees capitalised words only, so the
number of a model was a CARDINAL beside a PRODUCT ("PlayStation", "5"), beside an ORG or a
place ("Boeing" ... "737" ... "MAX", "Falcon" as a town), or beside nothing ("Windows" is an
everyday word). A boundary repair over the merged spans, run at each bare CARDINAL: the model
is a known name (``data/well_known/``: mostly products, a few channels such as "Channel 4")
spelled with one or two capitalised words before the number and perhaps a model word after
it, or a PRODUCT span right before it, or a capitalised word before it and a noun of made
things after it ("its Petrel 2 drones").
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.hyphen_models import PRODUCT_AFTER, hyphen_models
from reader.entities.names.cues import noun_after
from reader.entities.names.sport import is_sport
from reader.entities.regex_code import compiled
from reader.entities.replacing import START, replaced
from reader.entities.types import Entity

# A model word after the number ("iPhone 16 Pro", "737 MAX").
_MODEL_WORD = compiled(r"[ \u00a0](?:Pro|Max|MAX|Ultra|Plus|mini|Mini|Air|Lite|SE|XL|GT|GTI|RS)\b")
# One or two capitalised words right before the number (searched in a short window); "&"
# and "/" inside a word ("S&P 500", "S&P/ASX 200").
_WORDS_BEFORE = compiled(r"(?:([A-Z][\w&/-]*)[ \u00a0])?([A-Z][\w&/-]*)[ \u00a0]$")
_WINDOW = 48


def numbered_names(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each numbered name as one entity, the spans it covers dropped, and the
    product lines those name relabelled (``vocab``: the text's lower-case words)."""
    models = not is_sport(vocab)  # "Arsenal Women 2" on a results line is no model
    found = [
        named
        for i, e in enumerate(ents)
        if e.label == "CARDINAL" and (named := _model(text, ents, i, models)) is not None
    ]
    ents = _product_lines(text, replaced(ents, found) if found else ents)
    # a noun of made things or vehicles is written (in lower case, or "SUV")
    made = not _MADE_WORDS.isdisjoint(vocab) or "SUV" in text
    return _with_model_words(text, _with_makers(text, hyphen_models(text, ents), made))


def _with_model_words(text: str, ents: list[Entity]) -> list[Entity]:
    """ "iPad Air", "MacBook Pro", "AirPods Max": a model word right after a PRODUCT is part
    of its name (class 4: the name was cut short), where no other name starts at that word
    (the word alone may be one: "Ford Mustang GT", "GT" an ORG). And "Boeing 787
    Dreamliner": a PRODUCT one space before another is one product's name."""
    found = []
    for i, e in enumerate(ents):
        if e.label != "PRODUCT":
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        word = _MODEL_WORD.match(text, e.end)
        if word is None:
            if nxt is not None and _product_after(text, e, nxt):
                found.append(Entity(e.start, nxt.end, "PRODUCT"))
            continue
        if nxt is not None and nxt.start <= word.end() and nxt.end != word.end():
            continue  # "the iPhone Max Verstappen uses": the word opens another name
        found.append(Entity(e.start, word.end(), "PRODUCT"))
    return replaced(ents, found) if found else ents


def _product_after(text: str, e: Entity, nxt: Entity) -> bool:
    """``nxt`` is a PRODUCT one space after ``e``."""
    return nxt.label == "PRODUCT" and nxt.start == e.end + 1 and text[e.end] == " "


def _with_makers(text: str, ents: list[Entity], made: bool) -> list[Entity]:
    """ "Airbus A321neo", "Nvidia Jetson Orin": a maker the gazetteer knows, one word right
    before a PRODUCT (or a name before a noun of made things: "an Nvidia Jetson Orin
    module"), is part of the product's name (class 4: the maker stood apart as an
    ORG). A maker no list holds ("Tesla", also a name) is joined in the names pass
    (``segment``: "the Tesla Model Y"). And a known maker's model code ("Toyota RAV4",
    "Hyundai i20"), which names the product, not the firm (class 2). ``made``: the text
    writes a noun of made things or vehicles (else no name before one is looked for)."""
    names = gazetteer().names
    found = [
        Entity(e.start, nxt.end, "PRODUCT")
        for e, nxt in pairwise(ents)
        if e.label == "ORG"
        and nxt.start == e.end + 1
        and (nxt.label == "PRODUCT" or (made and _made_thing(text, nxt)))
        and text[e.end] == " "
        and " " not in text[e.start : e.end]
        and _maker(names, text[e.start : e.end])
    ]
    if made:
        found += [
            Entity(e.start, e.end, "PRODUCT")
            for e in ents
            if e.label == "ORG" and _maker_and_model(text, names, e)
        ]
    ents = replaced(ents, sorted(found, key=START)) if found else ents
    codes = _model_codes(text, ents, names)
    return replaced(ents, codes) if codes else ents


def _maker_and_model(text: str, names: dict[str, str], e: Entity) -> bool:
    """ "its new Siemens Venture trains": one ORG span, a known maker and a name, before a
    noun of made things or vehicles, is the maker's product."""
    maker, space, _ = text[e.start : e.end].partition(" ")
    return bool(space) and _maker(names, maker) and _made_thing(text, e)


def _made_thing(text: str, e: Entity) -> bool:
    """ "an Nvidia Jetson Orin module", "its Siemens Venture trains": a name read as a
    person's or a firm's, with a noun of made things or of vehicles after it (so, after a
    known maker, the maker's product; class 2)."""
    if e.label not in _PERSON_OR_ORG:
        return False
    return (
        PRODUCT_AFTER.match(text, e.end) is not None
        or _VEHICLE_AFTER.match(text, e.end) is not None
    )


_PERSON_OR_ORG = frozenset({"PERSON", "ORG"})
_VEHICLE_NOUNS = lexicon.words(
    "train trains trainset trainsets locomotive locomotives coaches bus buses ferry ferries jet"
    " jets aircraft plane planes car cars truck trucks lorries van vans ship ships vessel vessels"
)
_MADE_WORDS = lexicon.PRODUCT_NOUNS | _VEHICLE_NOUNS
# Vehicles after a known maker's name and a model's ("Siemens Venture trains"); not among the
# product nouns, which any name before them makes a product ("the Nairobi buses" are not).
_VEHICLE_AFTER = compiled(r" (?:" + "|".join(sorted(_VEHICLE_NOUNS, reverse=True)) + r")\b")


# A model's code: letters and digits in one word ("RAV4", "i20", "XC90", "F-150"), not a
# quarter, a half-year, a fiscal year, a network generation or a disease ("Q3", "H1",
# "FY25", "5G", "COVID-19").
_CODE = (
    r"(?!(?:Q[1-4]|H[12]|FY\d*|[2-6]G|COVID-?19|Covid-?19)(?![\w-]))[A-Za-z][A-Za-z-]{0,5}\d[\w-]*"
)
# A code, then perhaps more codes or single capitals ("Hyundai i20 N Rally1"; not "I", "A").
_MODEL_CODE = compiled(_CODE + r"(?:[ \u00a0](?:[B-HJ-Z]|" + _CODE + r"))*(?![\w'’-])")


def _model_codes(text: str, ents: list[Entity], names: dict[str, str]) -> list[Entity]:
    """Known makers' names with a model code: the ORG span "Toyota RAV4", or the ORG
    "Hyundai" right before a code no entity holds ("Hyundai i20"). (Every entity of a text
    passes here: the code, matched in C, is looked for before the maker.)"""
    found = []
    match, code_in = _MODEL_CODE.match, _CODE_IN.search
    for i, e in enumerate(ents):
        if e.label != "ORG":
            continue
        if code_in(text, e.start, e.end):  # "Toyota RAV4": a space, then a code
            maker, _, code = text[e.start : e.end].partition(" ")
            if (_maker(names, maker) and _MODEL_CODE.fullmatch(code)) or (
                _named_code(text[e.start : e.end], names) and text[e.start - 2 : e.start] != "& "
            ):  # not the second half of "Pratt & Whitney PW1100G", which is joined later
                found.append(Entity(e.start, e.end, "PRODUCT"))
            continue
        m = match(text, e.end + 1) if text.startswith(" ", e.end) else None
        if m is None or not _maker(names, text[e.start : e.end]):
            continue
        if i + 1 == len(ents) or ents[i + 1].start >= m.end():
            found.append(Entity(e.start, m.end(), "PRODUCT"))
    return found


# A code of capitals and digits, both, ending a name ("RD6", "FT7", "920CT", "SEPv3").
_MIXED_CODE = compiled(r"(?=[A-Za-z]*\d)(?=\d*[A-Z])[A-Z\d][A-Za-z\d]{1,7}")


def _named_code(name: str, names: dict[str, str]) -> bool:
    """ "Riddara RD6", "CCM Jetspeed FT7": a name no list knows (or a firm's) and a code of
    capitals and digits, one ORG span, is a model (class 2: a product read as a body); not
    a numbered part ("Section 5A") nor a body's unit ("Acme Group G7")."""
    words = name.split()
    if len(words) < 2 or not _MIXED_CODE.fullmatch(words[-1]):
        return False
    head = words[-2]
    if head in lexicon.NOT_MODEL_WORDS or head in lexicon.ORG_TAIL:
        return False
    return names.get(" ".join(words[:-1])) in _FIRM_OR_NONE


def _maker(names: dict[str, str], name: str) -> bool:
    """A firm the gazetteer knows, or a carmaker (some are given names too: "Kia", "Mazda")."""
    return names.get(name) == "ORG" or name in lexicon.VEHICLE_MAKERS


# A word with a digit after a space: an ORG span that may end in a model's code.
_CODE_IN = compiled(r" [A-Za-z][A-Za-z-]{0,5}\d")


def _product_lines(text: str, ents: list[Entity]) -> list[Entity]:
    """ "the Folio 2 ... the first Folio sold out": a product's name without its number is
    the product line, a PRODUCT too, where the names pass gave it a core label (class 2).
    Not a name the gazetteer knows ("Boeing 737": "Boeing" stays the firm). And "a Ford
    Mustang ... the Mustang": a vehicle maker's model without the maker."""
    names = gazetteer().names
    lines = set()
    for e in ents:
        if e.label != "PRODUCT":
            continue
        words = text[e.start : e.end].rsplit(None, 1)
        if len(words) == 2 and words[1][-1].isdigit() and names.get(words[0]) is None:
            lines.add(words[0])
        maker, _, model = text[e.start : e.end].partition(" ")
        if maker in lexicon.VEHICLE_MAKERS and model and " " not in model:
            lines.add(model)
    if not lines:
        return ents
    return [
        Entity(e.start, e.end, "PRODUCT")
        if e.label in _CORE and text[e.start : e.end] in lines
        else e
        for e in ents
    ]


_CORE = frozenset({"ORG", "PERSON", "GPE"})


def _model(text: str, ents: list[Entity], i: int, models: bool) -> Entity | None:
    """The name whose number is ``ents[i]``, if it is one (``models``: a known maker's name
    and a model's may take a number, off sport pages)."""
    number = ents[i]
    if text[number.start - 1 : number.start] not in " \u00a0":
        return None
    prev = ents[i - 1] if i else None
    if not text[number.start : number.end].isdigit():
        return _version(text, prev, number)
    if prev is not None and _numbered_part(text, prev, number):
        return Entity(prev.start, number.end, "FAC")  # "Changi Airport Terminal 4"
    if (part := _bare_part(text, prev, number)) is not None:
        return part  # "the charger on Pier 4", "at Gate 12"
    if prev is not None and prev.label == "PRODUCT" and text[prev.end : number.start] in _SERIES:
        return Entity(prev.start, number.end, "PRODUCT")  # "Apple Watch Series 10"
    if (
        prev is not None
        and prev.end + 1 == number.start
        and (_vehicle_maker(text, prev) or (models and _maker_and_name(text, prev)))
    ):  # "a Toyota 86", "a Dornier 228", "a DJI Mavic 3"
        return Entity(prev.start, number.end, "PRODUCT")
    after_product = (
        prev is not None
        and prev.end + 1 == number.start
        and (prev.label == "PRODUCT" or _ends_in_model_word(text, prev))
    )  # "PlayStation 5"; "the Porchlight Pro 3", where the names pass saw an ORG
    space = text.rfind(" ", max(0, number.start - _WINDOW), number.start - 1)
    if not (after_product or text[space + 1 : space + 2].isupper()):
        return None  # "about 300", "the 12": no capitalised word before (most numbers)
    word = _MODEL_WORD.match(text, number.end)
    ends = (word.end(), number.end) if word else (number.end,)
    before = _WORDS_BEFORE.search(text, max(0, number.start - _WINDOW), number.start)
    if before is not None:
        names = gazetteer().names
        for start in _starts(before):
            for end in ends:
                label = names.get(text[start:end])
                if label == "PRODUCT":  # "PlayStation 5 Pro": the known model and its word
                    first = prev.start if after_product and prev is not None else start
                    return Entity(min(first, start), ends[0], label)  # "a Tesla Model 3"
                if label is not None:
                    return Entity(start, end, label)
    if after_product and prev is not None:
        return Entity(prev.start, ends[0], "PRODUCT")  # "PlayStation 5", "iPhone 16 Pro"
    if before is not None and PRODUCT_AFTER.match(text, ends[0]):
        named = prev is not None and prev.end + 1 == number.start and prev.label in _CORE
        start = prev.start if named and prev is not None else before.start(2)
        return Entity(start, ends[0], "PRODUCT")  # "its Petrel 2 drones", "Prairie Hawk 640"
    return _model_by_article(text, prev, number) if models else None


def _model_by_article(text: str, prev: Entity | None, number: Entity) -> Entity | None:
    """ "the Khanya Box 5", "The OnePlus 13": an article before a firm's name (or one no list
    knows) and its number, and no noun after the number, name a model (class 2: an ORG and
    a CARDINAL), where a firm takes no number. Not a numbered part ("the Goal 3 target") nor a count
    ("the Acme 5 stores")."""
    if prev is None or prev.label not in _FIRM_OR_PERSON or prev.end + 1 != number.start:
        return None
    if len(text[number.start : number.end]) > 3 or not _ARTICLE_BEFORE.search(
        text, max(0, prev.start - 6), prev.start
    ):
        return None
    name = text[prev.start : prev.end]
    words = name.split()
    if len(words) > 3 or words[-1] in lexicon.ORG_TAIL or words[-1] in lexicon.NOT_MODEL_WORDS:
        return None
    if gazetteer().names.get(name) not in _FIRM_OR_NONE or noun_after(text, number.end):
        return None  # a known place or people: "the Mombasa 3" were three people
    return Entity(prev.start, number.end, "PRODUCT")


_FIRM_OR_PERSON = frozenset({"ORG", "PERSON"})
_FIRM_OR_NONE = frozenset({"ORG", None})


_ARTICLE_BEFORE = compiled(r"(?:^|[^\w'’])(?:[Tt]he|an?|An?|[Ii]ts|[Tt]heir)[ \u00a0]$")


def _vehicle_maker(text: str, e: Entity) -> bool:
    """The ORG span is a maker of cars, buses or aircraft alone."""
    return e.label == "ORG" and text[e.start : e.end] in lexicon.VEHICLE_MAKERS


def _maker_and_name(text: str, e: Entity) -> bool:
    """The ORG span is a firm the gazetteer knows and one word no list knows ("DJI Mavic",
    "Infinix Hot"): with a number after it, the firm's model (class 2), unless the word is
    an organisation's or a club's ("Safaricom Foundation", "Arsenal Women")."""
    maker, _, name = text[e.start : e.end].partition(" ")
    if e.label != "ORG" or not name or " " in name:
        return False
    names = gazetteer().names
    return (
        names.get(maker) == "ORG"
        and names.get(name) is None
        and name not in lexicon.ORG_TAIL
        and name not in lexicon.CLUB_TAIL
        and name not in _SIDES
    )


_SIDES = lexicon.words("Women Ladies Men Reserves Youth Academy")


_VERSION = compiled(r"\d{1,3}(?:\.\d{1,3}){1,2}")


def _version(text: str, prev: Entity | None, number: Entity) -> Entity | None:
    """ "iOS 18.2", "Android 14.1": a dotted version right after a PRODUCT is part of its name
    (class 2: the version stood apart as a CARDINAL). So is one after a single word read as
    a firm or a person that no list knows as a firm, with its edition's word: "Gemini 2.5
    Pro", "Claude 3.5 Sonnet" (a firm takes no version: "Apple 2.5" is no model)."""
    if prev is None or prev.end + 1 != number.start:
        return None
    if _VERSION.fullmatch(text, number.start, number.end) is None:
        return None
    if prev.label == "PRODUCT":
        return Entity(prev.start, number.end, "PRODUCT")
    name = text[prev.start : prev.end]
    edition = _EDITION_WORD.match(text, number.end)
    if prev.label not in _FIRM_OR_PERSON or " " in name or edition is None:
        return None
    if gazetteer().names.get(name) is not None:
        return None
    return Entity(prev.start, edition.end(), "PRODUCT")


# The word of a model's edition after its version: "Gemini 2.5 Pro", "Claude 3.5 Sonnet".
_EDITION_WORD = compiled(
    r"[ \u00a0](?:Pro|Max|Ultra|Plus|Mini|mini|Lite|Flash|Turbo|Nano|Sonnet|Opus|Haiku)\b"
)


# A product's series before its number: "the Apple Watch Series 10" (class 4: the number
# stood apart as a CARDINAL).
_SERIES = frozenset({" Series ", " Series\u00a0"})


# The last word of a facility that numbers its parts: "Terminal 4", "Pier 39", "Gate 12".
_NUMBERED_PARTS = frozenset({"Terminal", "Pier", "Gate", "Platform", "Berth", "Hangar", "Line"})


def _numbered_part(text: str, prev: Entity, number: Entity) -> bool:
    """A facility ending in a word that numbers its parts, right before the number: the
    number is part of its name ("Heathrow Terminal 5"; class 4: it stood apart)."""
    return (
        prev.label == "FAC"
        and prev.end + 1 == number.start
        and text[prev.start : prev.end].rsplit(None, 1)[-1] in _NUMBERED_PARTS
    )


def _bare_part(text: str, prev: Entity | None, number: Entity) -> Entity | None:
    """A word that numbers a facility's parts alone right before the number ("on Pier 4",
    "at Gate 12"): the part, a FAC (class 2: a CARDINAL, or an ORG "Gate" and a CARDINAL),
    where no other name reaches it."""
    space = number.start - 1
    start = text.rfind(" ", max(0, space - 10), space) + 1
    if not start or text[start:space] not in _NUMBERED_PARTS:
        return None
    if prev is not None and prev.end > start and (prev.start, prev.end) != (start, space):
        return None  # "Changi Airport Terminal": the facility's own name (above)
    return Entity(start, number.end, "FAC")


def _ends_in_model_word(text: str, ent: Entity) -> bool:
    """A name of two words or more whose last is a model word ("Porchlight Pro")."""
    if ent.label not in _CORE:
        return False
    words = text[ent.start : ent.end].rsplit(None, 1)
    return len(words) == 2 and words[1] in _MODEL_WORDS


_MODEL_WORDS = frozenset({"Pro", "Max", "MAX", "Ultra", "Plus", "Mini", "Air", "Lite", "SE", "XL"})


def _starts(before: re.Match[str]) -> list[int]:
    """Where the model name may start: two words back, then one."""
    return [before.start(g) for g in (1, 2) if before.group(g)]
