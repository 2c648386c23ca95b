"""Stage 6, boundary repair: fixes that need the merged spans of every pass.

"9th U.S. Circuit Court of Appeals" (an ordinal joined to a numbered unit), "Name, 26," and
"She was 88." (an age is a DATE), "General Data Protection Regulation (GDPR)" (an acronym in
brackets takes its long form's label), "World Cup 2026" (an event's year is part of it),
"St Patrick's Athletic" (a possessive inside a club's or body's name), "+353 1 676 0144" (a
telephone number is no CARDINAL), "Regina Mundi church" and "Manchester Piccadilly station"
(a name before a facility noun is the facility's), "Windows 11" (a model's number is part of
its name: :mod:`numbered`), "won Wimbledon" (a town that names its event: :mod:`event_places`).
"""

from __future__ import annotations

from bisect import bisect_right

from reader.entities import lexicon
from reader.entities.aliases import aliases
from reader.entities.city_sides import city_sides
from reader.entities.column_heads import column_heads
from reader.entities.credit_lines import credit_outlets
from reader.entities.event_places import event_places
from reader.entities.film_ratings import film_ratings
from reader.entities.gazetteer import gazetteer
from reader.entities.hotels import hotels
from reader.entities.joined_names import joined_names
from reader.entities.league_lines import league_lines
from reader.entities.listed_facilities import listed_facilities
from reader.entities.listed_places import listed_places
from reader.entities.long_forms import long_forms
from reader.entities.maker_vehicles import maker_vehicles
from reader.entities.names.cues import word_after
from reader.entities.names.words import lookup
from reader.entities.numbered import numbered_names
from reader.entities.partner_firms import partner_firms
from reader.entities.plus_names import plus_names
from reader.entities.product_tails import product_tails
from reader.entities.rail_systems import rail_systems
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.route_ends import route_ends
from reader.entities.section_lines import section_lines
from reader.entities.special import AGENCY
from reader.entities.sprint_times import sprint_times
from reader.entities.titled_names import titled_names
from reader.entities.train_services import train_services
from reader.entities.train_stops import train_stops
from reader.entities.types import Entity
from reader.entities.venue_context import venues_at

_EVENT_YEAR = compiled(r"[ \u00a0](?:19|20)\d\d\b")
# An event's edition in Roman numerals: "Super Bowl LVIII", "WrestleMania XL" (class 4).
_EVENT_EDITION = compiled(
    r"[ \u00a0](?=[IVXL]{2,7}\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<![ \u00a0])\b(?!['’-])"
)
# "Civil Rights Act of 1964", "the Companies Act, 2013" (class 4: a law's name cut short
# before its year).
_LAW_YEAR = compiled(r"(?:[ \u00a0]of|,)[ \u00a0](?:1[6-9]|20)\d\d\b(?![,.]\d|[-–]\d)")
# A law's number, perhaps with its year after a slash ("EU Regulation 598/2014").
_LAW_NUMBER = compiled(r"[ \u00a0](?:No\.?[ \u00a0])?\d{1,5}(?:/\d{1,4})?\b(?![.,/]\d)")
# "Convention on Human Rights", "Treaty on the Non-Proliferation of Nuclear Weapons": what a
# convention or treaty is on, in capitals, is part of its name (class 4: names cut short);
# not "and the" another name ("... on Human Rights and the Democratic National Convention").
_LAW_ON = compiled(
    r"[ \u00a0]on[ \u00a0](?!(?:" + "|".join(sorted(lexicon.CALENDAR_WORDS)) + r")\b)"
    r"(?:the[ \u00a0])?[A-Z][\w'’-]*"
    r"(?:(?:[ \u00a0](?:of|for|in)(?:[ \u00a0]the)?|[ \u00a0]and|,)?[ \u00a0][A-Z][\w'’-]*)*"
)
_ON_HEADS = ("Convention", "Treaty", "Agreement", "Protocol", "Charter", "Declaration")
# "9th U.S. Circuit Court of Appeals", "82nd Airborne Division": a numbered unit's ordinal.
_UNIT_WORDS = compiled(r"\b(?:Circuit|District|Division|Airborne|Army|Fleet|Brigade|Corps)\b")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})
# Class 7 (ages as DATE, OntoNotes): what stands before a bare age at a clause's end, "She was
# 88.", "Dies at 88", "aged 41,", "the man, 34,". A person is the subject, so "Attendance was
# 17,844." is not.
_AGE_BEFORE = compiled(
    r"(?:\b(?:I|[Hh]e|[Ss]he|who) (?:was|is|turned|turns)|\b[Aa]ged|\bDie[sd] at"
    r"|\b(?:man|woman|boy|girl|teenager|mother|father|victim|driver|suspect|pensioner|"
    r"resident|student|worker|farmer),) $"
)
_AGE_ENDS = frozenset({",", ".", ";"})  # "Lee Carver, 41." as "Lee Carver, 41, said"
# The last three characters of each cue in _AGE_BEFORE: a cheap test before the pattern.
_AGE_CUE_ENDS = frozenset(
    {"as ", "is ", "ed ", "ns ", "at ", "n, ", "y, ", "l, ", "r, ", "t, ", "m, "}
)
_AGE_AFTER = compiled(r"[.,;!?\n]|$")
_AGE_WORDS = lexicon.words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen"""
)
# Class 4 and 6: "+44 20 7946 0000", "+353 1 676 0144": digit groups after a country code.
_PHONE = compiled(r"\+\d{1,3}(?:[ \u00a0-]\(?\d{1,5}\)?){1,5}")
# Class 4 (names cut short): "St Patrick's Athletic", "Prison Officers' Association": a
# possessive between an organisation and the one word that ends a club's or a body's name.
_POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})
# A wire story's version in its slug: "UPDATE 2-Tractor maker ..." (class 6: no count).
_WIRE_UPDATE = ("UPDATE ", "UPDATE\u00a0")
# Quotes around a title (class 6: a title's number is no CARDINAL).
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
_AFTER_POSSESSIVE = compiled(r"['’]s? (?=[A-Z])")
# "Indigenous Peoples' Rights Act": a plural possessive inside a law's name joins it (not
# "Britain's Online Safety Act", whose possessive names the lawmaker).
_PLURAL_POSSESSIVE = frozenset({"' ", "’ "})
# A facility noun after a space (the match starts where the name before it ends).
_FAC_NOUN_AFTER = compiled(r" (?:" + "|".join(sorted(lexicon.FAC_NOUNS)) + r")\b")
# A noun of two words would put a space inside a match, where a scan of the text could not
# start another: then only the scan finds the same ends (see _facilities).
_FAC_NOUN_SPACES = any(" " in noun for noun in lexicon.FAC_NOUNS)


def event_end(text: str, end: int) -> int:
    """End of an EVENT with the year or edition written after it ("Olympics 2024", "Super
    Bowl LVIII")."""
    m = _EVENT_YEAR.match(text, end) or _EVENT_EDITION.match(text, end)
    return m.end() if m else end


def law_end(text: str, end: int) -> int:
    """End of a LAW with its year or its number after it ("Data Protection Act 2018",
    "Civil Rights Act of 1964", "Senate Bill No. 2218", "House Bill 5"), and a convention's
    or treaty's subject ("European Convention on Human Rights"; class 4: a name cut short)."""
    if text.endswith(_ON_HEADS, 0, end) and text.startswith((" on ", "\u00a0on "), end):
        on = _LAW_ON.match(text, end)
        end = on.end() if on else end
    m = _EVENT_YEAR.match(text, end) or _LAW_YEAR.match(text, end) or _LAW_NUMBER.match(text, end)
    return m.end() if m else end


def merge_units(text: str, spans: list[tuple[int, int, str]]) -> list[Entity]:
    """ "9th U.S. Circuit Court of Appeals": an ordinal straight before a numbered unit's ORG
    name is part of it."""
    out: list[Entity] = []
    for s, e, label in spans:
        if (
            label == "ORG"
            and out
            and out[-1].label == "ORDINAL"
            and out[-1].end + 1 == s
            and text[out[-1].start].isdigit()
            and _UNIT_WORDS.search(text, s, e)
        ):
            out[-1] = Entity(out[-1].start, e, "ORG")
        else:
            out.append(Entity(s, e, label))
    return out


def context_fixes(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """Labels decided by the neighbour: "Name, 26," is an age (DATE); an acronym in brackets
    right after a name is that name's short form ("General Data Protection Regulation (GDPR)").
    """
    joins = []  # two neighbours one character apart that are one name
    for i in range(1, len(ents)):
        prev, cur = ents[i - 1], ents[i]
        if cur.start - prev.end == 1:
            if _institution_town(text, prev, cur):
                joins.append(Entity(prev.start, cur.end, "ORG"))  # "Imperial College London"
            elif prev.label == cur.label == "DATE" and _year_of(text, prev, cur):
                joins.append(Entity(prev.start, cur.end, "DATE"))  # "a Christmas 2026 release"
            elif prev.label == "CARDINAL" and _number_word_opens(text, prev, cur):
                joins.append(Entity(prev.start, cur.end, cur.label))  # "Two Rivers Mall"
        if cur.start - prev.end != 2:
            continue  # both need a two-character gap: ", " or " ("
        gap = text[prev.end : cur.start]
        if gap == ", " and _age(text, prev, cur):
            ents[i] = Entity(cur.start, cur.end, "DATE")
        elif gap == " (" and _short_form(text, prev, cur):
            ents[i] = Entity(cur.start, cur.end, prev.label)
    if joins:  # found in text order
        ents = replaced(ents, joins)
    ents = [
        _spoken_age(text, e)
        if e.label == "CARDINAL" and text[e.start - 3 : e.start] in _AGE_CUE_ENDS
        else _early_or_late(text, e)
        if e.label == "DATE" and text[e.start - 2 : e.start] in _EARLY_LATE_ENDS
        else e
        for e in ents
        if not (e.label == "CARDINAL" and _no_count(text, e))
    ]
    if "+" in text:
        ents = plus_names(text, _without_phone_numbers(text, ents))
    if " A/S" in text:
        ents = _with_a_s(text, ents)
    ents = _blocs(text, _facilities(text, _possessive_names(text, maker_vehicles(text, ents))))
    ents = event_places(text, joined_names(text, numbered_names(text, ents, vocab)))
    ents = route_ends(text, listed_facilities(text, listed_places(text, ents), vocab), vocab)
    ents = train_services(text, train_stops(text, ents, vocab), vocab)
    ents = hotels(text, rail_systems(text, ents, vocab))
    ents = league_lines(text, city_sides(text, ents, vocab))
    ents = titled_names(text, venues_at(text, aliases(text, ents)))
    ents = credit_outlets(text, sprint_times(text, partner_firms(text, ents)))
    ents = column_heads(text, section_lines(text, long_forms(text, ents)))
    ents = film_ratings(text, ents)
    return product_tails(text, ents) if "PRODUCT" in {e.label for e in ents} else ents


# Institutions named with their town after them: "Imperial College London", "University
# College Cork", "University Hospital Limerick" (class 4: the town was cut off).
_INSTITUTIONS = ("College", "University", "Hospital", "Institute", "School")


# "early next year", "late last month": the relative date's part of the period (class 7:
# cut short). The last two letters of the word are looked at first.
_EARLY_LATE = ("early ", "Early ", "late ", "Late ")
_EARLY_LATE_ENDS = frozenset({"y ", "e "})
_RELATIVE = ("next ", "last ", "this ")


def _early_or_late(text: str, e: Entity) -> Entity:
    """The DATE with "early" or "late" before it, where it starts "next", "last" or "this"."""
    if not text.startswith(_RELATIVE, e.start):
        return e
    for word in _EARLY_LATE:
        if text.startswith(word, e.start - len(word)):
            start = e.start - len(word)
            if start == 0 or not text[start - 1].isalnum():
                return Entity(start, e.end, "DATE")
    return e


# A capitalised number word that opens a venue's or a firm's name: "the Two Rivers Mall",
# "the Three Crowns Hotel" (class 4: the number stood apart as a CARDINAL).
_NUMBER_WORDS = lexicon.words(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Thousand"
)
_NUMBERED_SITES = frozenset({"FAC", "ORG"})
_STOPS = frozenset('.!?:\n"“')


def _number_word_opens(text: str, number: Entity, name: Entity) -> bool:
    """A capitalised number word, not at a sentence's or a line's start, before a venue or a
    firm that no plural noun follows ("Two Kenya Power workers" counts the workers)."""
    if name.label not in _NUMBERED_SITES or text[number.start : number.end] not in _NUMBER_WORDS:
        return False
    if number.start < 2 or text[number.start - 1] != " " or text[number.start - 2] in _STOPS:
        return False
    after = word_after(text, name.end)
    return after is None or not after.endswith("s")


def _year_of(text: str, prev: Entity, cur: Entity) -> bool:
    """A one-word date (a holiday, a season, a quarter), a space, and a year or a fiscal
    year: one date (class 7: "Christmas 2026" was two)."""
    return (
        text[prev.end] == " "
        and " " not in text[prev.start : prev.end]
        and _A_YEAR.fullmatch(text, cur.start, cur.end) is not None
    )


_A_YEAR = compiled(r"(?:19|20)\d\d|FY\d\d(?:\d\d)?")


def _institution_town(text: str, prev: Entity, cur: Entity) -> bool:
    """An ORG ending in an institution's word, a space, and a one-word place that ends the
    name (no capitalised word after it)."""
    return (
        prev.label == "ORG"
        and cur.label == "GPE"
        and text.endswith(_INSTITUTIONS, prev.start, prev.end)
        and text[prev.end] == " "
        and " " not in text[cur.start : cur.end]
        and not (
            "A" <= text[cur.end + 1 : cur.end + 2] <= "Z" and text[cur.end : cur.end + 1] == " "
        )
    )


def _no_count(text: str, ent: Entity) -> bool:
    """A number that counts nothing: a title's ("Paper Moons 2"), a provision's of a law,
    a wire story's version ("UPDATE 2-")."""
    return (
        _titles_number(text, ent)
        or _provision_of(text, ent)
        or text.endswith(_WIRE_UPDATE, 0, ent.start)
    )


def _titles_number(text: str, ent: Entity) -> bool:
    """ "Paper Moons 2"", "'Inside Out 2'": a number that ends a quoted title after a
    capitalised word is part of the title, no count (class 6)."""
    if text[ent.end : ent.end + 1] not in _CLOSING_QUOTES or text[ent.start - 1 : ent.start] != " ":
        return False
    before = text[max(0, ent.start - 40) : ent.start - 1].rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and not _OPENING_QUOTES.isdisjoint(before[0])


def _provision_of(text: str, ent: Entity) -> bool:
    """ "Section 52 of the ... Act", "Article 201 of the Constitution": the provision's
    number is no count, and the law after "of" is the entity (class 2)."""
    head = text[max(0, ent.start - 8) : ent.start]
    return head in ("Article ", "Section ") and text.startswith(" of ", ent.end)


def _spoken_age(text: str, ent: Entity) -> Entity:
    """ "She was 88.", "when I was nine.", "Dies at 88": an age said of a person is a DATE
    (class 7); a count ("Attendance was 17,844.") has no person before it."""
    word = text[ent.start : ent.end]
    if not (word.isdigit() and len(word) <= 3) and word.lower() not in _AGE_WORDS:
        return ent
    if not _AGE_AFTER.match(text, ent.end):
        return ent
    if not _AGE_BEFORE.search(text, max(0, ent.start - 12), ent.start):
        return ent
    return Entity(ent.start, ent.end, "DATE")


def _without_phone_numbers(text: str, ents: list[Entity]) -> list[Entity]:
    """Numbers inside a telephone number ("+353 1 676 0144") are no CARDINALs."""
    # a telephone number has seven digits or more: "+17 45" in a table is a goal difference
    # and the points (class 7: a table's numbers dropped)
    phones = [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m[0]) >= 7]
    if not phones:
        return ents
    starts = [s for s, _ in phones]  # in text order, disjoint: the one that can hold a
    return [  # number is the last that starts at or before it
        e for e in ents if e.label != "CARDINAL" or not _inside(phones, starts, e.start, e.end)
    ]


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Is ``[start, end)`` inside one of ``spans`` (sorted, disjoint; ``starts`` theirs)?"""
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= spans[k][1]


def _possessive_names(text: str, ents: list[Entity]) -> list[Entity]:
    """ "St Patrick's Athletic", "Prison Officers' Association": an ORG, a possessive, and an
    ORG that is one word ending a club's or body's name are one ORG (class 4); a name, a
    plural possessive and a law are one LAW ("Indigenous Peoples' Rights Act"). Only the
    entities right after a possessive are looked at (found by one scan of the text). Then a
    bare word of people left before a possessive is dropped ("the Women's Prize")."""
    follow = {m.end() for m in _AFTER_POSSESSIVE.finditer(text)}
    hits = [i for i, e in enumerate(ents) if i and e.start in follow] if follow else []
    out = list(ents) if hits else ents
    for i in reversed(hits):
        prev, cur = out[i - 1], out[i]
        gap = text[prev.end : cur.start]
        if (
            prev.label == "ORG"
            and cur.label == "ORG"
            and gap in _POSSESSIVE_GAPS
            and text[cur.start : cur.end] in lexicon.ORG_TAIL
        ):
            out[i - 1 : i + 1] = [Entity(prev.start, cur.end, "ORG")]
        elif cur.label == "LAW" and gap in _PLURAL_POSSESSIVE and text[prev.end - 1] == "s":
            out[i - 1 : i + 1] = [Entity(prev.start, cur.end, "LAW")]  # "Peoples' Rights Act"
    # What is left of "the Women's Prize for Fiction" is no name: "Women" alone (class 6).
    if not any(word in text for word in _POSSESSORS):
        return out  # most texts: no such word at all (four scans in C)
    return [e for e in out if text[e.end : e.end + 1] not in _APOSTROPHES or not _bare(text, e)]


_POSSESSORS = frozenset({"Women", "Men", "Children", "People"})
_APOSTROPHES = frozenset({"'", "’"})


def _bare(text: str, ent: Entity) -> bool:
    """ "Women" of "the Women's Prize", "Women's rights": a word of people before a
    possessive that no longer name joined it to (class 6: capitalised words that are not
    entities)."""
    return text[ent.start : ent.end] in _POSSESSORS


def _age(text: str, prev: Entity, cur: Entity) -> bool:
    return (
        cur.label == "CARDINAL"
        and prev.label == "PERSON"
        and text[cur.start : cur.end].isdigit()
        and text[cur.end : cur.end + 1] in _AGE_ENDS
    )


def _short_form(text: str, prev: Entity, cur: Entity) -> bool:
    return (
        not AGENCY.match(text, cur.start - 1)  # "SAN FRANCISCO (AP) -": a dateline
        and prev.label in _NAME_LABELS
        and cur.label in _NAME_LABELS
        and text.startswith(")", cur.end)
        and text[cur.start : cur.end].isupper()
        # "Mercy Sang (KEN)": an athlete's country, no short form of her name
        and not (prev.label == "PERSON" and text[cur.start : cur.end] in lexicon.IOC_CODES)
    )


def _station_of(text: str, end: int) -> bool:
    """ "Voi station": a town's name right before a lower-case "station" names the station
    (the sets' convention; not "the Nairobi stations", the stations in a town)."""
    return text.startswith(" station", end) and not text[end + 8 : end + 9].isalpha()


def _facilities(text: str, ents: list[Entity]) -> list[Entity]:
    """Class 2 (venues): a person's name right before a facility noun names the facility
    ("Regina Mundi church", "the John Hale bridge"), and a city right before a facility is
    part of its name ("Manchester Piccadilly station", "London Heathrow airport"). Only
    the entities that end right before a facility noun are looked at: the noun pattern is
    tried at each entity's end (~60 an article), where a scan of the text stopped at every
    space (~300); the same ends while no noun holds a space (merge phase over bench_ner's
    614 articles: 0.122 s -> 0.110 s)."""
    if _FAC_NOUN_SPACES:
        nouns = {m.start() for m in _FAC_NOUN_AFTER.finditer(text)}
        hits = [i for i, e in enumerate(ents) if e.end in nouns]
    else:
        match = _FAC_NOUN_AFTER.match
        hits = [i for i, e in enumerate(ents) if match(text, e.end)]
    if not hits:
        return ents
    out = list(ents)
    for i in reversed(hits):
        cur = out[i]
        if cur.label == "PERSON" or (cur.label == "GPE" and _station_of(text, cur.end)):
            cur = out[i] = Entity(cur.start, cur.end, "FAC")
        prev = out[i - 1] if i else None
        if (
            prev is not None
            and prev.label == "GPE"
            and cur.label == "FAC"
            and cur.start == prev.end + 1
            and text[prev.end] == " "
        ):
            out[i - 1 : i + 1] = [Entity(prev.start, cur.end, "FAC")]
    return out


def _with_a_s(text: str, ents: list[Entity]) -> list[Entity]:
    """ "Novo Nordisk A/S", "Maersk A/S": a Danish or Norwegian firm's "A/S" is part of its
    name (class 4: the firm stopped before it, and "S" was an ORG of its own)."""
    out: list[Entity] = []
    for e in ents:
        if out and e.start < out[-1].end:
            continue  # the "S" of an "A/S" the firm took
        if e.label == "ORG" and text.startswith(" A/S", e.end):
            e = Entity(e.start, e.end + 4, "ORG")
        out.append(e)
    return out


# Elected members in the plural: the name before them is their party or bloc.
_REPRESENTATIVE_WORDS = sorted(lexicon.ELECTED_PLURALS)
_REPRESENTATIVES = compiled("(?:" + "|".join(_REPRESENTATIVE_WORDS) + r")\b")
# A space and the first letter of one of them.
_REPRESENTATIVES_START = frozenset(
    f"{space}{w[0]}" for space in " \u00a0" for w in _REPRESENTATIVE_WORDS
)
_BLOC_LABELS = frozenset({"ORG", "PERSON"})


def _blocs(text: str, ents: list[Entity]) -> list[Entity]:
    """Class 5 (parties as modifiers): a name no list knows, right before elected members
    in the plural, is their party or bloc, a NORP ("Kenya Kwanza MPs", "Azimio MPs"; they
    were a PERSON and an ORG), as a known party is ("Labour MPs"). Not an acronym ("ODM
    MCAs", which the development sets keep as the party), nor a known name ("Senate
    members", "Nakuru MCAs"); the singular is left ("Jane Smith MP": her title)."""
    hits = [
        i
        for i, e in enumerate(ents)
        if e.label in _BLOC_LABELS
        and text[e.end : e.end + 2] in _REPRESENTATIVES_START
        and _REPRESENTATIVES.match(text, e.end + 1) is not None
    ]  # a look after each name (the pattern run over the text tried every offset)
    if not hits:
        return ents
    names = gazetteer().names
    out = list(ents)
    for i in hits:
        e = out[i]
        surface = text[e.start : e.end]
        if not surface.isupper() and lookup(names, surface) is None:
            out[i] = Entity(e.start, e.end, "NORP")
    return out
