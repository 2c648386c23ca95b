"""Special written forms with a fixed reading, found by patterns of their own: a legislator's
"(R-NC)", the agency of a dateline "(AP) —", AP-style state abbreviations "Calif.", and
product models "Galaxy S24 Ultra" (class 2: products given a core label)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.member_bodies import member_bodies
from reader.entities.names.sport import is_sport
from reader.entities.possessive_firms import possessive_firms
from reader.entities.possessive_names import possessive_names
from reader.entities.possessives import possessive_marks
from reader.entities.regex_code import compiled
from reader.entities.remit_bodies import remit_bodies
from reader.entities.set_phrases import at_word_starts, find_all, set_phrases
from reader.entities.transit_lines import transit_lines

Span = tuple[int, int, str]

# "(R-NC)": party letter and state code after a US legislator's name.
_PARTY_STATE = compiled(r"\(([RDI])-([A-Z]{2})\)")
# ", R-Ohio,": party letter and state name (class 5).
# (The letter comes first so that ``re`` scans for it in C; what precedes is a lookbehind.)
_PARTY_STATE_NAME = compiled(r"([RDI])(?<=[,(] [RDI])-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,;)])")
# "SAN FRANCISCO (AP) —", "(Bloomberg) --": the agency of a dateline.
AGENCY = compiled(r"\(([A-Z][A-Za-z]{1,14})\)[ \u00a0]*(?:-|—|–|--)[ \u00a0]")
# A dateline's credit that names no agency: "SUVA, April 13 (Staff) -" (class 6).
_BY_STAFF = lexicon.words("Staff Updated Photo Photos Video Reporter Correspondent Editorial")
# A wire agency in capitals in brackets that ends a dateline's line: "Jaipur, April 12, 2024
# (PTI)" (class 6: it was nothing).
_AGENCY_AT_LINE_END = compiled(r"\(([A-Z]{2,6})\)[ \t]*(?=\n)")
# "Princeton, N.J.", "Pasadena, Calif.", "Wolfville, N.S.": AP- and Canadian Press-style
# state and province abbreviations after a place.
# (The literal ", " comes first so that ``re`` scans for it in C; the letter is a lookbehind.)
_AP_ABBREVIATIONS = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|"
    r"Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
    r"Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C"
)
AP_STATE = compiled(
    rf", (?<=[A-Za-z], )((?:{_AP_ABBREVIATIONS}|"
    r"N\.S|N\.B|P\.E\.I|Ont|Que|Man|Sask|Alta|B\.C|Nfld|N\.L)\.)(?=[\s,;:)]|$)"
)
# What a party letter before a state is written after: " R-Ohio", "(D-Calif.)".
_PARTY_MARKS = (" R-", " D-", " I-", "(R-", "(D-", "(I-")
# ", R-La.,", "(D-Calif.)": party letter and AP state abbreviation (class 5).
_PARTY_AP_STATE = compiled(
    rf"([RDI])(?:(?<=[,(] [RDI])|(?<=\([RDI]))-((?:{_AP_ABBREVIATIONS})\.)(?=[,;)])"
)
_VARIANTS = "Pro|Max|Plus|Ultra|Mini|Lite|Elite|Air|Edge|Fold|Flip|Neo|SE|XL|Turbo"
# "Lumen 3 Pro", "Galaxy S24 Ultra", "iPhone 15 Pro Max": a model name, number and variant.
_MODEL = compiled(
    r"\b(?:[A-Z][a-z]+|[a-z]+[A-Z]\w*)(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0][A-Z]?\d{1,3}[a-z]?"
    rf"(?:[ \u00a0](?:{_VARIANTS}))+\b"
)
# A variant word after a space; each word checks the space behind it, so the pattern starts
# with literal capitals ``re`` can scan for (a leading "[ \u00a0]" stopped at every space).
VARIANT = compiled(
    "(?:" + "|".join(rf"{w}(?<=[ \u00a0]{w})" for w in _VARIANTS.split("|")) + r")\b"
)
_VARIANT_TAIL = compiled(r"(?:[ \u00a0][A-Z][a-z]*|[ \u00a0]SE|[ \u00a0]XL)+$")


# In a technology report, a model after a possessive, "the" or "runs": "Google's Pixel 10",
# "The Arc 2", "runs Android 16", "Meta's Llama 3.1 70B", "Nvidia's H100", "the TL-1"; or
# after a verb of launching, "new", "into", "with" or "using": "released Gemini 2.0",
# "built into Microsoft 365".
_AFTER_MODEL_CAPITAL = (
    r"(?:(?:[a-z]+|[a-z]*[A-Z][A-Za-z]*)[ \u00a0]\d{1,3}(?:\.\d)?"
    r"(?:[ \u00a0](?:Gen[ \u00a0]\d|\d{1,3}B|Pro|Max|Ultra|Plus|Mini|Lite))*"
    r"|(?!(?<=F)Y|(?<=G)\d|(?<=C)OP)[A-Z]{0,2}(?:-\d{1,4}|\d{2,4})[A-Za-z]?)"
)
# The model comes first (a capital ``re`` scans for in C; the word before it is checked
# after). Both kinds of model start with that capital, so each follows it, the second with
# its exclusions ("FY", "G7", "COP28") checked behind the capital: a leading lookahead made
# ``re`` try every offset of the text.
_TECH_MODEL = compiled(rf"[A-Z]{_AFTER_MODEL_CAPITAL}\b(?![.,]\d|-)")
_MODEL_BEFORE = compiled(
    r"(?:['’]s|\b[Tt]he|\b[Ii]ts|\bruns|\bon|\bnew|\binto|\bwith|\busing|\b(?:released|launched"
    r"|unveiled|introduced|announced|releases|launches|unveils))[ \u00a0]+$"
)
# A sentence's first word glued to a model by the pattern (class 4: names over-extended).
_DETERMINERS = ("The ", "Its ", "Our ", "Its\u00a0", "The\u00a0")


# Products whose name starts with a small letter, which the capitalised-name pass never sees
# (class 2: "Apple's iPhone event", "on Android and iOS"). The literal first letter lets
# ``re`` skip through the text; the character before is checked in Python.
_SMALL_LETTER_PRODUCT = compiled(
    r"(?:i(?:OS|PadOS|Phone|Pad|Pod|Mac|Cloud|Tunes)|(?:mac|watch|tv)OS)(?![\w-])"
)


_SMALL_LETTER_KEYS = ("iOS", "iP", "iMac", "iCloud", "iTunes", "macOS", "watchOS", "tvOS")


# Firms and channels whose name starts with a small letter (class 6: a firm's name missed, the
# names pass sees capitalised words only): "easyJet", "eBay", "tvN" (not "itel", whose phones
# are named with it: "an itel A90").
_SMALL_LETTER_ORGS = ("easyJet", "eBay", "tvN", "iHeartMedia", "iHeartRadio")


def small_letter_orgs(text: str) -> list[Span]:
    """Each of ``_SMALL_LETTER_ORGS`` that stands as a word, as an ORG."""
    out: list[Span] = []
    for name in _SMALL_LETTER_ORGS:
        for start in find_all(text, name):
            end = start + len(name)
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before in "-_") and not text[end : end + 1].isalnum():
                out.append((start, end, "ORG"))
    return out


def small_letter_products(text: str) -> list[Span]:
    """ "iPhone", "iOS", "macOS" as PRODUCT where they start a word.

    Every match starts with one of ``_SMALL_LETTER_KEYS``: the pattern is tried only where
    ``str.find`` finds one, in text order and after the last match (what ``finditer`` does,
    without stopping at every "i", "m", "w" and "t" of the text)."""
    starts = sorted(i for key in _SMALL_LETTER_KEYS for i in find_all(text, key))
    out: list[Span] = []
    end = 0
    for start in starts:
        m = _SMALL_LETTER_PRODUCT.match(text, start) if start >= end else None
        if m is None:
            continue
        end = m.end()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_"):
            out.append((start, end, "PRODUCT"))
    return out


# A government named by its seat acts: "Downing Street said", "No 10 rejects calls", "a No 10
# spokesman", "Aso Rock has described", "State House said" are the government (ORG,
# OntoNotes; issue 12 class 5); "outside Downing Street" stays the place. The seat comes
# first, a literal ``re`` scans for.
_ACTS = (
    r"(?=[ \u00a0]+(?:said|says|"
    r"has|have|had|is|was|will|would|rejects?|rejected|denies|denied|confirms?|confirmed|"
    r"insists?|insisted|refuses|refused|declined|announced|wants|plans|spokes(?:man|woman|person)|"
    r"sources?|officials?|aides?)\b)"
)
_SEAT_ACTS = compiled(
    r"(?:Downing[ \u00a0]Street|No\.?[ \u00a0]10|Number[ \u00a0]10|Holyrood|Stormont|"
    r"Aso[ \u00a0]Rock|Malaca(?:ñ|n)ang|State[ \u00a0]House)" + _ACTS
)
# A palace that acts is the office in it: "the Presidential Palace said", "Government Palace
# says", "Buckingham Palace declined" (ORG; the names pass read "Palace" as a venue's word).
_PALACE_ACTS = compiled(r"Palace" + _ACTS)
_PALACE_NAME = compiled(r"(?<![\w'’-])[A-Z][\w'’-]*[ \u00a0]$")


# Numbered roads (FAC, OntoNotes; class 2: venues missed): "the M25", "the A1(M)" (British
# motorways and A roads, after "the"), "the N2" (Irish and South African national roads;
# not "the N95 mask"), "Interstate 95", "I-95", "Highway 1", "Freeway 1" with the words of a
# road's network before them ("U.S. Highway 550", "National Freeway 1"). Not Apple's
# chips ("the M4 chip", "the M2 MacBook Air"). Each pattern opens with a literal ``re`` scans
# for in C ("he " before a British road; one pattern per American word: their alternation
# made ``re`` stop at every capital), and an American one is tried only where its word is.
_NOT_A_ROAD_AFTER = (
    r"(?![.,]?\d|-)(?![ \u00a0]+(?:chips?|processors?|Pro|Max|Ultra|MacBook|iPad|Mac|rebels?|"
    r"militia|fighters|group|movement)\b)"
)
_UK_ROAD = compiled(
    r"he[ \u00a0]([MAN]\d{1,4}(?:\(M\)|\b))(?![ \u00a0]+masks?\b)" + _NOT_A_ROAD_AFTER
)
_US_ROADS = tuple(
    (word, compiled(word + r"[ \u00a0]?\d{1,3}\b" + _NOT_A_ROAD_AFTER))
    for word in ("Interstate", "I-", "Highway", "Freeway")
)
# The network a numbered road belongs to, written before its word (looked at before each
# match, not in the pattern, which must open with its literal).
_ROAD_NETWORK = compiled(r"(?:U\.S\.|US|State|National|Federal|Provincial)[ \u00a0]$")
_CHIP_WORDS = lexicon.words("chip chips chipset processor processors silicon")
_AIRCRAFT_WORDS = lexicon.words("jet jets aircraft airliner airliners plane planes airline")


# A wire dateline before its agency: "WARSAW, Nov 24 (Reuters) -", "KORLOVO, Calif., Dec. 6,
# 2024 (AP) —": the place in capitals at the line's start, then the day.
_DATELINE = compiled(
    r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][a-z]+\.?)*, "
    r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? $"
)


def datelines(text: str, agencies: list[re.Match[str]]) -> list[Span]:
    """The place of each wire dateline (class 6: an unknown town in capitals was an ORG;
    "KORLOVO, Dec 6 (Reuters)" is a place, GPE, wherever the gazetteer has no entry)."""
    out: list[Span] = []
    for a in agencies:
        line = text.rfind("\n", 0, a.start()) + 1
        m = _DATELINE.match(text, line, a.start())
        if m is not None:
            out.append((m.start(1), m.end(1), "GPE"))
    return out


# A dateline on a line of its own, as the wires write it before a story: "AUGUSTA, Georgia
# 2025-04-11", "KORLOVO 1996-12-06": the place in capitals, perhaps its region, an ISO date.
_ISO_DATELINE = compiled(
    r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)? "
    r"(?:19|20)\d\d-[01]\d-[0-3]\d[ \t]*"
)


def iso_datelines(text: str) -> list[Span]:
    """The place of each dateline on a line of its own before an ISO date (class 6: a town in
    capitals that is also a given name, "AUGUSTA", or that no list knows, was nothing).
    Tried line by line, on short lines that start with a capital and end with a digit (a
    pattern over the whole text stopped at every "1" and "2")."""
    out: list[Span] = []
    start = 0
    for line in text.split("\n"):
        if len(line) < 60 and line[:1].isupper() and line.rstrip()[-1:].isdigit():
            m = _ISO_DATELINE.fullmatch(line)
            if m is not None:
                out.append((start + m.start(1), start + m.end(1), "GPE"))
        start += len(line) + 1
    return out


def _dated_line(text: str, end: int) -> bool:
    """The line before ``end`` holds a year: a dateline ("Jaipur, April 12, 2024 (PTI)")."""
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return len(line) < 80 and _A_YEAR.search(line) is not None


_A_YEAR = compiled(r"\b(?:19|20)\d\d\b")


# Airliners by their maker and model, or an Airbus code alone in an article about aircraft:
# "Boeing 737-800s", "Airbus A350-900", "A320neo", "Boeing 777s" (PRODUCT; class 2: the
# maker was an ORG and the variant a CARDINAL).
# The model comes first (its first letters ``re`` scans for in C; an optional maker first
# made it try every offset), the maker before it is checked after.
_AIRLINER = compiled(
    r"(?:A3[0-9]{2}|7[0-9]7|E1[79][05]|C919)"
    r"(?:-[0-9A-Z]{1,5})?(?:neo|XLR|LR)?"
    r"(?:[ \u00a0](?:Max|MAX)(?:[ \u00a0][0-9]{1,2})?)?s?\b"
)
_AIRLINER_MAKERS = ("Airbus", "Boeing", "Embraer", "Comac")
_MAKER_BEFORE = compiled(r"(?:Airbus|Boeing|Embraer|Comac)[ \u00a0]$")


def airliners(text: str, vocab: set[str]) -> list[Span]:
    """Airliners named by maker and model, or by a bare code, in an article that names an
    airliner maker or a word of flying."""
    if not any(m in text for m in _AIRLINER_MAKERS) and not _AIRCRAFT_WORDS & vocab:
        return []  # elsewhere "the A350" may be a road, "the 747" a bus route
    out: list[Span] = []
    for m in _AIRLINER.finditer(text):  # "Boeing has offered 737 MAX 8s": bare codes too
        maker = _MAKER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        start = maker.start() if maker else m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        out.append((start, m.end(), "PRODUCT"))
    return out


# Airports by their codes on a route: "a flight from JFK to SFO" (class 2: venues read as
# bodies, a code as an ORG). Only in an article about flying ("He moved from JFK to LBJ"
# names two presidents); "from" opens the pattern, a literal ``re`` scans for.
_CODE_ROUTE = compiled(r"from[ \u00a0]([A-Z]{3})[ \u00a0]to[ \u00a0]([A-Z]{3})\b")
_FLYING_WORDS = lexicon.words("flight flights flew fly flying flown plane airline airport")


def airport_codes(text: str, vocab: set[str]) -> list[Span]:
    """The two airports of each route written in codes, in an article about flying."""
    if not _FLYING_WORDS & vocab or "from " not in text:
        return []
    out: list[Span] = []
    for m in _CODE_ROUTE.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            out.extend([(m.start(1), m.end(1), "FAC"), (m.start(2), m.end(2), "FAC")])
    return out


# A class of warship or vessel by its first ship: "Mogami-class frigates", "the Virginia-class
# boats" (class 2: the class's name was an ORG, or nothing at a sentence start). The name is
# the PRODUCT, "-class" stays out of it; "-class" opens the pattern (a literal ``re`` scans
# for), the name before it is read after.
_CLASS_OF_CRAFT = compiled(
    r"-class[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:frigates?|submarines?|ships?|destroyers?|"
    r"carriers?|boats?|vessels?|cruisers?|corvettes?|warships?|icebreakers?|patrol)\b"
)
_CLASS_NAME = compiled(r"(?<![\w'’-])[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?$")


def craft_classes(text: str) -> list[Span]:
    """The name of each class of vessel ("Mogami" in "Mogami-class frigates")."""
    if "-class" not in text:
        return []
    out: list[Span] = []
    for m in _CLASS_OF_CRAFT.finditer(text):
        name = _CLASS_NAME.search(text, max(0, m.start() - 30), m.start())
        if name is not None:
            out.append((name.start(), name.end(), "PRODUCT"))
    return out


# A country's Olympic code in brackets after an athlete's name: "Mercy Sang (KEN) 3:58.41".
# The bracket opens the pattern (a literal ``re`` scans for); the name before is checked after.
_COUNTRY_CODE = compiled(r"\(([A-Z]{3})\)")


def country_codes(text: str) -> list[Span]:
    """Olympic country codes after a name (a letter and a space before the bracket), GPE."""
    if "(" not in text:
        return []
    return [
        (m.start(1), m.end(1), "GPE")
        for m in _COUNTRY_CODE.finditer(text)
        if m.group(1) in lexicon.IOC_CODES
        and m.start() >= 2
        and text[m.start() - 1] == " "
        and text[m.start() - 2].isalpha()
    ]


def roads(text: str, vocab: set[str]) -> list[Span]:
    """Numbered roads as facilities ("the M25", "I-95"); in an article about chips "the M2"
    is Apple's, and about aircraft "the A350" is Airbus's: those are not looked for there."""
    found = [(m.start(1), m.end(1), "FAC") for m in _UK_ROAD.finditer(text) if _the(text, m)]
    if found:
        skip = ("M" if _CHIP_WORDS & vocab else "") + ("A" if _AIRCRAFT_WORDS & vocab else "")
        found = [f for f in found if text[f[0]] not in skip]
    for word, pattern in _US_ROADS:
        if word in text:
            found += [(_network(text, m.start()), m.end(), "FAC") for m in pattern.finditer(text)]
    if not _ROAD_NOUNS.isdisjoint(vocab):  # "he" is everywhere: look only where it may pay
        hyphened = _HYPHEN_ROAD.finditer(text)
        found += [(m.start(1), m.end(1), "FAC") for m in hyphened if _the(text, m)]
    return sorted(found)


# Pakistan's and Kenya's numbered roads with a hyphen, before the noun of roads: "the M-9
# motorway", "the N-5 highway" (not "the A-10 Warthog", an aircraft).
_ROAD_NOUNS = lexicon.words("motorway highway road")
_HYPHEN_ROAD = compiled(r"he[ \u00a0]([MANE]-\d{1,3})(?=[ \u00a0]+(?:motorway|highway|road)\b)")


def _network(text: str, start: int) -> int:
    """Where a numbered road's name starts: before its network's word ("U.S. Highway 550")."""
    m = _ROAD_NETWORK.search(text, max(0, start - 9), start)
    return start if m is None else m.start()


def _the(text: str, m: re.Match[str]) -> bool:
    """The match's "he" ends the word "the" (checked here: a lookbehind before the literal
    made ``re`` try every offset)."""
    t = m.start() - 1
    return t >= 0 and text[t] in "Tt" and (t == 0 or not text[t - 1].isalnum())


# "the Amazon" is the river or the forest (LOC), not the company, unless a word of the
# company follows ("the Amazon app", "the Amazon founder"; class 8: a place as a company).
_THE_AMAZON = compiled(
    r"Amazon(?<=\b[Tt]he[ \u00a0]Amazon)\b(?![-'’]|[ \u00a0]+(?:[A-Z]|(?:app|apps|deal|deals|"
    r"warehouse|warehouses|founder|boss|chief|store|stores|website|site|account|union|workers|"
    r"employees|shares?|stock|purchase|acquisition|takeover|bid|delivery|deliveries|drivers?|"
    r"packages?|orders?|devices?|platform|marketplace|service|services|subscription|"
    r"executive|executives|spokesperson|spokesman|spokeswoman|logo|brand|business|"
    r"investment|case|lawsuit|ruling)\b))"
)


def the_amazon(text: str) -> list[Span]:
    """ "the Amazon" as a LOC (only looked for where the text has "he Amazon")."""
    if "he Amazon" not in text:
        return []
    return [(m.start(), m.end(), "LOC") for m in _THE_AMAZON.finditer(text)]


_SEATS = (
    "Downing",
    " 10 ",
    "Holyrood",
    "Stormont",
    "Aso Rock",
    "Malaca",
    "State House",
    " Palace ",
)


def government_seats(text: str) -> list[Span]:
    """ "Downing Street said", "No 10 rejects", "Aso Rock has described", "Malacañang
    said": the seat stands for the government. And "at State House", "outside State House":
    a seat named like a body ("House") is the building where a place's preposition comes
    before it (FAC; the names pass read "House" as a body's word)."""
    if not any(seat in text for seat in _SEATS):
        return []
    out = at_word_starts(text, _SEAT_ACTS, 0, "ORG") + _palaces(text)
    out += [
        (i, i + len(_STATE_HOUSE), "FAC")
        for i in find_all(text, _STATE_HOUSE)
        if _PLACE_BEFORE.search(text, max(0, i - 8), i) and not _SEAT_ACTS.match(text, i)
    ]
    return out


def _palaces(text: str) -> list[Span]:
    """Each "<Name> Palace" that acts, as an ORG."""
    out: list[Span] = []
    for i in find_all(text, " Palace "):
        name = _PALACE_NAME.search(text, max(0, i - 30), i + 1)
        if name is not None and _PALACE_ACTS.match(text, i + 1):
            out.append((name.start(), i + 7, "ORG"))
    return out


_STATE_HOUSE = "State House"
_PLACE_BEFORE = compiled(r"\b(?:at|to|outside|inside|near|from|in)[ \u00a0]$")


def is_tech(vocab: set[str]) -> bool:
    """Three or more distinct technology words among the article's lower-case words."""
    return len(lexicon.TECH_WORDS & vocab) >= 3


def tech_models(text: str, vocab: set[str]) -> list[Span]:
    """Models named in a technology report, and every later mention of the same model
    (class 2: products given a core label, "Pixel 10" as ORG)."""
    if not is_tech(vocab):
        return []
    models = {
        m.group()
        for m in _TECH_MODEL.finditer(text)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"))
        and m.group().split()[0] not in lexicon.NOT_MODEL_WORDS
        and m.group().split()[0] not in lexicon.NOT_NAMES
        and _MODEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
    }
    if not models:
        return []
    return [(m.start(), m.end(), "PRODUCT") for m in mentions_of(models).finditer(text)]


def mentions_of(names: Iterable[str]) -> re.Pattern[str]:
    """Whole-word mentions of ``names`` (not inside a word or after a hyphen), the longest
    tried first: "Pixel 10 Pro" is one mention, not "Pixel 10" and a stray word, whatever
    order a set gave the names in (it changed with ``PYTHONHASHSEED``). Each name's first
    letter comes before the check behind it: the pattern starts with literals ``re`` scans
    for in C (a leading lookbehind was tried at every offset of the text)."""
    ordered = sorted(names, key=lambda name: (-len(name), name))
    first_then_check = (re.escape(n[0]) + r"(?<![\w-].)" + re.escape(n[1:]) for n in ordered)
    return re.compile("(?:" + "|".join(first_then_check) + r")(?![\w-])")


# A broadcaster and its channel or service: "BBC One", "BBC iPlayer", "SABC 1" (class 4:
# names cut short).
_BROADCASTERS = (
    *("BBC", "ITV", "SABC", "RTE", "RTÉ", "CBC", "ABC", "NBC", "CBS", "TVNZ", "SBS"),
    *("NHK", "KBS", "PBS", "DW", "NDTV"),
)
# Each broadcaster's first letter comes before the word-boundary check (as "(?<!\w.)"), so
# that the pattern starts with literals ``re`` scans for in C: a leading "\b" was tried at
# every offset.
_CHANNEL = compiled(
    "(?:" + "|".join(rf"{b[0]}(?<!\w.){b[1:]}" for b in _BROADCASTERS) + ")"
    r"[ \u00a0](?:One|Two|Three|Four|\d{1,2}|iPlayer|Sounds|News|Sport|World|America|"
    r"Radio(?:[ \u00a0][A-Z][a-z]+)?)\b"
)


def special_spans(text: str, vocab: set[str]) -> list[Span]:
    """Every special form of ``text`` (unsorted); ``vocab``: its lower-case words."""
    codes = gazetteer().state_codes
    out: list[Span] = []
    for m in _PARTY_STATE.finditer(text):
        if m.group(2) in codes:
            out.append((m.start(1), m.end(1), "NORP"))
            out.append((m.start(2), m.end(2), "GPE"))
    names = gazetteer().names
    party = any(mark in text for mark in _PARTY_MARKS)
    for m in _PARTY_STATE_NAME.finditer(text) if party else ():
        if names.get(m.group(2)) == "GPE":
            out.append((m.start(1), m.end(1), "NORP"))
            out.append((m.start(2), m.end(2), "GPE"))
    for m in _PARTY_AP_STATE.finditer(text) if party else ():
        out.append((m.start(1), m.end(1), "NORP"))
        out.append((m.start(2), m.end(2), "GPE"))
    agencies = list(AGENCY.finditer(text))  # a dateline's place, whoever filed it
    out.extend((m.start(1), m.end(1), "ORG") for m in agencies if m.group(1) not in _BY_STAFF)
    out.extend(
        (m.start(1), m.end(1), "ORG")
        for m in _AGENCY_AT_LINE_END.finditer(text)
        if m.group(1) not in lexicon.NOT_NAMES and _dated_line(text, m.start())
    )
    out.extend(datelines(text, agencies))
    out.extend(iso_datelines(text))
    if any(b in text for b in _BROADCASTERS):
        out.extend((m.start(), m.end(), "ORG") for m in _CHANNEL.finditer(text))
    out.extend((m.start(1), m.end(1), "GPE") for m in AP_STATE.finditer(text))
    out.extend(_products(text))
    out.extend(tech_models(text, vocab))
    out.extend(small_letter_products(text))
    out.extend(small_letter_orgs(text))
    out.extend(government_seats(text))
    out.extend(remit_bodies(text))
    out.extend(roads(text, vocab))
    out.extend(transit_lines(text, vocab))
    out.extend(airliners(text, vocab))
    out.extend(airport_codes(text, vocab))
    out.extend(craft_classes(text))
    out.extend(country_codes(text))
    out.extend(the_amazon(text))
    out.extend(periods_of_play(text, vocab))
    out.extend(set_phrases(text))
    marks = possessive_marks(text)  # one scan for the three passes that read possessives
    out.extend(possessive_firms(text, marks))
    out.extend(possessive_names(text, marks))
    out.extend(member_bodies(text, marks))
    return out


# "in the second half", "late in the fourth quarter (of the game)": a period of a game, not
# of a year ("the first half of 2025").
# (It opens with "[Tt]he", which ``re`` scans for in C; the word start is checked after.)
_PERIOD_OF_PLAY = compiled(
    r"[Tt]he[ \u00a0]+(first|second|third|fourth)[ \u00a0]+(?:half|quarter|period|innings)\b"
    r"(?![ \u00a0]+of[ \u00a0]+\d)"
)


def periods_of_play(text: str, vocab: set[str]) -> list[Span]:
    """On a sport page, the ordinal of a game's period is an ORDINAL ("the fourth quarter":
    "fourth"), where the numbers pass reads a firm's half or quarter, a DATE (class 7)."""
    if not is_sport(vocab):
        return []
    return at_word_starts(text, _PERIOD_OF_PLAY, 1, "ORDINAL")


def _products(text: str) -> list[Span]:
    """Product models before a variant word, and the same model without it later ("A
    cheaper Lumen 3"). Variant words are rare: a model is looked for only before them."""
    out: list[Span] = []
    bases = set()
    last = 0
    for v in VARIANT.finditer(text):
        space = v.start() - 1
        if space < last:
            continue
        for m in _MODEL.finditer(text, max(last, space - 40), v.end() + 40):
            if m.start() <= space < m.end():
                start = m.start() + (4 if m.group().startswith(_DETERMINERS) else 0)
                out.append((start, m.end(), "PRODUCT"))  # "The Pixel 9 Pro" -> "Pixel 9 Pro"
                base = _VARIANT_TAIL.sub("", text[start : m.end()])
                if base != text[start : m.end()]:
                    bases.add(base)
                last = m.end()
                break
    for base in bases:
        out.extend((m.start(), m.end(), "PRODUCT") for m in base_mentions(base).finditer(text))
    return out


def base_mentions(base: str) -> re.Pattern[str]:
    r"""A model's mentions without a variant after it: ``\b`` base ``\b``, no capitalised word
    next. A base starts with a letter (``_MODEL``), so the leading ``\b`` is checked behind
    that letter, as "(?<!\w.)": the pattern then starts with a literal ``re`` scans for in C,
    where a leading ``\b`` was tried at every offset of the text."""
    first, rest = re.escape(base[0]), re.escape(base[1:])
    return re.compile(rf"{first}(?<!\w.){rest}\b(?![ \u00a0][A-Z])")
