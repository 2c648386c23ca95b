"""Names the names pass cut in two, joined again over the merged spans (class 4).

The names pass builds a name from capitalised words and a few connectors ("of", "and",
"for"); thirteen kinds of name fall apart there, and are joined here, where every span is known:

* a body named by its subject: "Commission on Human Rights", "Council on Foreign Relations"
  ("on" is no connector: "the Commission on Monday" is a body and a date, so the words after
  "on" must not start with a calendar word or a name the gazetteer knows, "the Council on
  Ukraine");
* a body whose name starts with two common nouns: "the Police and Crime Panel" ("Police"
  alone is no name, so the pass kept "Crime Panel"); only after "the", and only when the word
  before "and" is covered by no span and is no known name ("the BBC and Channel 4 News" stays
  two);
* a body and the country or region it belongs to: "Motorcycle Assembly of Kenya", "Football
  Association of Ireland" (a body's word, "of" or "of the", a known country or region);
* an office named by its holder: "Information Commissioner's Office", "Attorney General's
  Office" (the names pass sees a title and a lone "Office");
* a compass word before a people's adjective: "South Australian", "West German" are one
  NORP, where the pass found "South" (an ORG or LOC) and "Australian";
* a government named by its people or place: "the Scottish Government", "the Lagos State
  Government", "the Federal Government of Nigeria", "the Seoul Metropolitan Government" (the
  pass never takes "Government" into a name);
* an event after its year: "the 2027 All-Star Game" (the numbers pass took the year);
* a state or county named with "State" or "County": "the Kwara State capital", "Elgeyo
  Marakwet County" (not "Ohio State", a university);
* a rally and its country: "the Safari Rally Kenya";
* an airport and its city: "London Gatwick";
* a national body and its people or country: "Greek National Opera";
* a ministry's remit listed with commas: "Ministry of Lands, Public Works, Housing and Urban
  Development";
* a firm named with "&" where the pass cut at it: "Gokhale & Sequeira Railtech".
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

# Bodies that are named by their subject after "on".
_SUBJECT_BODIES = lexicon.words(
    "Commission Committee Subcommittee Council Conference Panel Board Institute Forum Centre"
    " Center Office Taskforce"
)
# " on Human Rights", " on Foreign Relations", " on Indigenous Peoples": capitalised words,
# perhaps joined by "and" or "of" ("on Science and Technology").
_ON_SUBJECT = compiled(
    r" on ([A-Z][a-z][\w-]*(?: (?:(?:and|of|for) )?[A-Z][a-z][\w-]*){0,4})(?![\w'’-])"
)
_CALENDAR = lexicon.CALENDAR_WORDS | lexicon.words("Christmas Easter")
# "the Police and ", "the Health and " right before the span.
_COMMON_AND = compiled(r"\b[Tt]he ([A-Z][a-z]+) and $")
_COMPASS = lexicon.words("North South East West Northern Southern Eastern Western")
# What a party's members are called after a people's word ("Scottish Conservative", "Welsh
# Labour", "Texas Republican" is a place's: not joined).
_PARTY_MEMBERS = lexicon.PARTY_NAMES | lexicon.words(
    "Conservative Conservatives Democrat Democrats Republican Republicans Unionist Unionists"
    " Nationalist Nationalists Liberal Liberals"
)
_OF = (" of ", " of the ")
_POSSESSIVES = ("'s ", "’s ")
_GOVERNED = frozenset({"NORP", "GPE"})
# A space and a capital after "State": a longer name goes on ("Lagos State Government").
_CAPITAL_NEXT = frozenset(f" {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# "the Scottish Government", "the Lagos State Government", "Nairobi County Government".
_GOVERNMENTS = (" Government", " State Government", " County Government")
# The holder's title before "'s Office": capitalised words, the last one a title.
_HOLDER = compiled(r"((?:[A-Z][\w-]*[ \u00a0]){0,3}([A-Z][\w-]*))['’]s[ \u00a0]$")
_HOLDERS = lexicon.TITLES | lexicon.words("Commissioner Ombudsman Auditor Registrar Attorney")


def joined_names(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each of the thirteen kinds of cut name joined (see the module). Every entity
    of an article passes here, so each join is asked only where the text around the entity
    allows it (a few string comparisons; a call per join and entity cost 4% of recognition)."""
    found: list[Entity] = []
    for i, e in enumerate(ents):
        if _governed(text, e) and text.startswith(_GOVERNMENTS, e.end):
            joined = _government(text, ents, i)
        elif e.label == "ORG" and i and _people_national(text, ents[i - 1], e):
            joined = Entity(ents[i - 1].start, e.end, "ORG")
        elif e.label == "ORG":
            joined = _org_joined(text, ents, i)
        elif e.label == "NORP" and i and ents[i - 1].end + 1 == e.start:
            joined = _compass_people(text, ents[i - 1], e)
        elif e.label == "EVENT" and i and ents[i - 1].end + 1 == e.start:
            joined = _edition_year(text, ents[i - 1], e)
        elif e.label == "GPE" and text.startswith((" State", " County"), e.end):
            joined = _state(text, e)
        elif e.label == "FAC" and i and _city_airport(text, ents[i - 1], e):
            joined = Entity(ents[i - 1].start, e.end, "FAC")
        elif e.label == "GPE" and i and _rally_of(text, ents[i - 1], e):
            joined = Entity(ents[i - 1].start, e.end, "EVENT")
        else:
            continue
        if joined is not None:
            found.append(joined)
    return replaced(ents, found) if found else ents


def _people_national(text: str, prev: Entity, org: Entity) -> bool:
    """ "Greek National Opera", "Kenya National Theatre": a people or a country right before a
    national body is part of its name (class 4: the people was cut off as a NORP)."""
    return (
        prev.label in ("NORP", "GPE")
        and prev.end + 1 == org.start
        and text[prev.end] == " "
        and text.startswith("National ", org.start)
    )


def _city_airport(text: str, prev: Entity, fac: Entity) -> bool:
    """ "London Gatwick", "London Stansted": a city before a one-word venue every list knows
    is the venue's full name (class 4: the city was cut off as a GPE)."""
    return (
        prev.label == "GPE"
        and prev.end + 1 == fac.start
        and text[prev.end] == " "
        and gazetteer().names.get(text[fac.start : fac.end]) == "FAC"
    )


def _rally_of(text: str, prev: Entity, place: Entity) -> bool:
    """ "the Safari Rally Kenya", "the Acropolis Rally Greece": a rally's name ends with its
    country (class 4: the country was cut off as a GPE)."""
    return (
        prev.label == "EVENT"
        and prev.end + 1 == place.start
        and text.startswith(" ", prev.end)
        and text.endswith("Rally", prev.start, prev.end)
    )


def _edition_year(text: str, prev: Entity, event: Entity) -> Entity | None:
    """ "the 2027 All-Star Game": a year right before an event is its edition, part of its
    name (not an ordinal: "the 30th South African Music Awards" keeps it apart)."""
    year = text[prev.start : prev.end]
    if prev.label != "DATE" or len(year) != 4 or not year.isdigit() or text[prev.end] != " ":
        return None
    return Entity(prev.start, event.end, "EVENT")


def _state(text: str, e: Entity) -> Entity | None:
    """ "the Kwara State capital", "in Lagos State", "Elgeyo Marakwet County": a place and
    "State" or "County" are one state or county (Nigerian states and Kenyan counties are
    named so); not a longer name ("Lagos State Government", left to :func:`_government`).
    A US state and "State" are its university, an ORG ("Ohio State", "Michigan State"; class
    4: the state was cut off as a GPE), but for "New York State"."""
    end = e.end + (len(" State") if text.startswith(" State", e.end) else len(" County"))
    if text[end : end + 1].isalnum() or text[end : end + 2] in _CAPITAL_NEXT:
        return None
    name = text[e.start : e.end]
    if name in lexicon.US_STATES and name not in _STATES_CALLED_STATE:
        return Entity(e.start, end, "ORG")  # "a former Ohio State forward": the university
    return Entity(e.start, end, "GPE")


# US states whose "State" names the state itself ("New York State passed a law").
_STATES_CALLED_STATE = frozenset({"New York"})


def _governed(text: str, e: Entity) -> bool:
    """A people, a place, or a city's "Metropolitan" (which the pass read as an ORG: "the
    Seoul Metropolitan Government"), that a "Government" after it may govern."""
    return e.label in _GOVERNED or (
        e.label == "ORG" and text.endswith(" Metropolitan", e.start, e.end)
    )


def _government(text: str, ents: list[Entity], i: int) -> Entity | None:
    """ "the Scottish Government", "the Federal Government of Nigeria": a people or a place,
    then "Government" with its capital, perhaps "of" a country, are one ORG (the pass never
    takes "Government" into a name)."""
    e = ents[i]
    end = e.end + next(len(g) for g in _GOVERNMENTS if text.startswith(g, e.end))
    if text[end : end + 1].isalpha():
        return None  # "Governments", "Governmental"
    nxt = ents[i + 1] if i + 1 < len(ents) else None
    if nxt is not None and nxt.label == "GPE" and text[end : nxt.start] in _OF:
        end = nxt.end  # "Federal Government of Nigeria"
    return Entity(e.start, end, "ORG")


def _org_joined(text: str, ents: list[Entity], i: int) -> Entity | None:
    """The longer name an ORG is part of, if its neighbourhood makes one."""
    start, end = ents[i].start, ents[i].end
    joined = None
    if text.startswith(" on ", end):
        joined = _body_on_subject(text, ents, i)
    if joined is None and start >= 5 and text.startswith(" and ", start - 5):
        joined = _common_nouns_and(text, ents, i)
    if joined is None and text.startswith(" of ", end):
        joined = _body_of_country(text, ents, i)
    if joined is None and start >= 3 and text[start - 3 : start] in _POSSESSIVES:
        joined = _holders_office(text, ents, i)
    if joined is None and text.startswith(", ", end):
        joined = _remit_list(text, ents[i])
    if joined is None and i and text[start - 3 : start] == " & ":
        joined = _ampersand_firm(ents[i - 1], ents[i])
    return joined


def _ampersand_firm(prev: Entity, firm: Entity) -> Entity | None:
    """ "Gokhale & Sequeira Railtech", "Hale & Sons Logistics": a name, "&" and a firm are
    one firm (the names pass cut at the "&": "Gokhale" a PERSON)."""
    if prev.end + 3 == firm.start and prev.label in _BEFORE_AMPERSAND:
        return Entity(prev.start, firm.end, "ORG")
    return None


_BEFORE_AMPERSAND = frozenset({"PERSON", "ORG", "GPE"})


# A ministry's remit listed with commas after its first portfolio: ", Public Works, Housing
# and Urban Development", ", Fisheries and the Environment" (one to three capitalised words
# each).
_REMIT_LIST = compiled(
    r"(?:,[ \u00a0][A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,2})+,?[ \u00a0]and[ \u00a0]"
    r"(?:the[ \u00a0])?[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,2}(?![\w'’-])"
)
_MINISTRIES = (
    *("Ministry of ", "Department of ", "Department for ", "Office of "),
    *("State Department of ", "State Department for "),
)


def _remit_list(text: str, body: Entity) -> Entity | None:
    """ "Ministry of Lands, Public Works, Housing and Urban Development", "Department for
    Culture, Media and Sport": a ministry's name goes on over a list of portfolios, every
    word of which is a portfolio's (not "the Ministry of Health, Kenya Power and KenGen")."""
    if not text.startswith(_MINISTRIES, body.start):
        return None
    m = _REMIT_LIST.match(text, body.end)
    if m is None:
        return None
    words = m.group().replace(",", " ").split()
    if not all(w in ("and", "the") or w in lexicon.PORTFOLIO_WORDS for w in words):
        return None
    return Entity(body.start, m.end(), "ORG")


def _body_on_subject(text: str, ents: list[Entity], i: int) -> Entity | None:
    """ "Commission on Human Rights": an ORG ending in a body noun, then "on" and its
    subject."""
    body = ents[i]
    if not text.startswith(" on ", body.end):
        return None
    if text[body.start : body.end].rsplit(" ", 1)[-1] not in _SUBJECT_BODIES:
        return None
    m = _ON_SUBJECT.match(text, body.end)
    if m is None:
        return None
    first = m.group(1).split(" ", 1)[0]
    if first in _CALENDAR or first in gazetteer().names:
        return None  # "the Committee on Tuesday", "the Council on Ukraine"
    if text.startswith(("'s", "’s"), m.end()):
        return None  # "the Commission on Brussels's plan": a name of its own
    return Entity(body.start, m.end(), "ORG")


def _common_nouns_and(text: str, ents: list[Entity], i: int) -> Entity | None:
    """ "the Police and Crime Panel": a common noun and "and" before an ORG that ends in a
    body's noun."""
    org = ents[i]
    if text[org.start - 5 : org.start] != " and ":
        return None  # most ORGs: a cheap test before the pattern
    m = _COMMON_AND.search(text, max(0, org.start - 24), org.start)
    if i and (m is None or ents[i - 1].end > m.start(1)):
        return _unfinished_and(text, ents[i - 1], org)  # the word before "and" is a span's
    if m is None:
        return None
    if m.group(1) in gazetteer().names:
        return None  # "the Reuters and ...": a name of its own
    words = text[org.start : org.end].split(" ")
    if len(words) < 2 or words[-1] not in lexicon.ORG_TAIL:
        return None
    return Entity(m.start(1), org.end, "ORG")


def _unfinished_and(text: str, prev: Entity, org: Entity) -> Entity | None:
    """ "the Cyprus Scientific and Technical Chamber": after "the", an ORG that ends in no
    body's word, "and", and an ORG of two words or more that does, are one body (class 4:
    the pass cut it at "and"); not two bodies ("the Revenue Authority and Treasury Board"),
    nor a name every list knows before "and"."""
    if prev.label != "ORG" or prev.end + 5 != org.start or not text.endswith("the ", 0, prev.start):
        return None
    first = text[prev.start : prev.end]
    last = text[org.start : org.end].split(" ")
    if first.split(" ")[-1] in lexicon.ORG_TAIL or first in gazetteer().names:
        return None
    if len(last) < 2 or (last[-1] not in lexicon.ORG_TAIL and last[-1] not in lexicon.ORG_HEAD):
        return None  # "Chamber" ends bodies too
    return Entity(prev.start, org.end, "ORG")


def _compass_people(text: str, prev: Entity, norp: Entity) -> Entity | None:
    """ "South Australian": a compass word, as its own span, right before a NORP; "Scottish
    Conservative MSP": a people's word right before a party's members (class 5)."""
    if prev.end + 1 != norp.start or text[prev.end] != " ":
        return None
    word = text[prev.start : prev.end]
    if word not in _COMPASS and not (
        prev.label == "NORP" and text[norp.start : norp.end] in _PARTY_MEMBERS
    ):
        return None
    return Entity(prev.start, norp.end, "NORP")


def _body_of_country(text: str, ents: list[Entity], i: int) -> Entity | None:
    """ "Motorcycle Assembly of Kenya", "Chamber of Mines of the Philippines": an ORG ending
    in a body's word or headed by one, "of" (or "of the") and a known country or region
    right after."""
    body = ents[i]
    if i + 1 == len(ents) or ents[i + 1].label != "GPE":
        return None
    place = ents[i + 1]
    if text[body.end : place.start] not in _OF:
        return None
    words = text[body.start : body.end].split(" ")
    gaz = gazetteer()
    headed = len(words) > 2 and words[0] in lexicon.ORG_HEAD and words[1] == "of"
    if headed and gaz.names.get(words[-1]) in ("GPE", "LOC"):
        return None  # "Chamber of Mines of the ..." joins, "Bank of England of ..." not
    if words[-1] not in lexicon.ORG_TAIL and not headed:
        return None
    if text[place.start : place.end] not in gaz.regions:
        return None  # "the Bank of Toronto" is a city's name, left to the names pass
    return Entity(body.start, place.end, "ORG")


def _holders_office(text: str, ents: list[Entity], i: int) -> Entity | None:
    """ "Information Commissioner's Office": a lone "Office" after a holder's title and
    "'s" is that holder's office."""
    office = ents[i]
    if text[office.start : office.end] != "Office":
        return None
    if text[office.start - 3 : office.start] not in _POSSESSIVES:
        return None
    m = _HOLDER.search(text, max(0, office.start - 60), office.start)
    if m is None or m.group(2) not in _HOLDERS:
        return None
    start = m.start(1)
    if text.startswith(("The ", "the "), start):
        start += 4
    if i and ents[i - 1].end > start and ents[i - 1].label not in ("ORG", "PERSON"):
        return None  # a place or a date inside: leave the spans as they are
    return Entity(start, office.end, "ORG")
