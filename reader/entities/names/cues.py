"""Stage 3, span features (context): words around a span that change its reading.

Each cue is a small pattern or word list read in a short window next to the span; the
lists are data in ``lexicon`` or here, each with the error class it serves.
"""

from __future__ import annotations

import re

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled

LOCATIVE = lexicon.words("in at from to near across outside inside around into via of")
# Words before or after a run that change its reading (part of the per-article cache key).
CONTEXT_WORDS = frozenset(
    {"in", "near", "outside", "at", "from", "to", "across", "around", "into", "via", "of"}
)
# "Nvidia said ...": a speech/announcement verb after a sentence-initial word makes it a name.
_SAYS_AFTER = compiled(
    r"[ \u00a0]+(?:said|says|announced|reported|confirmed|denied|declined|unveiled|launched|"
    r"warned|posted|agreed|added|told|wrote|tweeted)\b"
)
# ("Sources close to Mahama said he would travel": a pronoun of a person after the speech.)
_PERSON_AFTER = compiled(
    r"[ \u00a0]+(?:administration|campaign|family|said[ \u00a0]+(?:he|she)"
    r"|says[ \u00a0]+(?:he|she))\b"
)
# Lower-case role words right before a lone capitalised word make it a person (class 3).
_PERSON_BEFORE = lexicon.words(
    """spokesperson spokesman spokeswoman president minister senator chairman founder director
    judge officer lawmaker ambassador secretary chief leader executive journalist reporter
    professor analyst researcher author editor coach actor singer ceo actress star rapper
    drummer guitarist bassist frontman frontwoman vocalist comedian songwriter musician
    winner champion presenter host artist designer chef model dancer poet novelist producer
    filmmaker photographer influencer activist campaigner lawyer striker midfielder defender
    goalkeeper winger boxer golfer sprinter swimmer cyclist jockey driver co-driver navigator
    rider boss captain skipper footballer cricketer batter batsman bowler pitcher quarterback
    teammate economist strategist billionaire businessman businesswoman entrepreneur
    chairwoman chairperson aide adviser advisor deejay dj selector forward fullback full-back
    centre-back playmaker flanker fly-half scrum-half wicketkeeper keeper spinner seamer
    paceman all-rounder opener leg-spinner off-spinner"""
)
# "manager" before a name is a person's role, but not after a firm's kind: "City manager
# Pep Guardiola", not "asset manager Vanguard" (class 3).
_FIRM_MANAGERS = lexicon.words(
    "asset fund wealth investment money portfolio property hedge pension"
)


# "Rovers boss Sean Meeks", "Mercedes driver Felix Brandt", "Southcom chief executive Renata
# Kowalczyk", "AAP convener Arvind Kejriwal": a role and a person's name after a word make it
# the person's employer (class 1/3).
_ROLE_THEN_NAME = compiled(
    r"[ \u00a0]+(?:boss|manager|coach|captain|driver|rider|striker|chief(?:[ \u00a0]+executive)?|"
    r"executive|spokesperson|spokesman|spokeswoman|chairman|chairwoman|founder|CEO|leader|"
    r"president|convener|convenor|chairperson)"
    r"[ \u00a0]+[A-Z][a-z]"
)


def employer_before_role(text: str, end: int) -> bool:
    """A role then a capitalised name follow ("Rovers boss Sean Meeks"): the word names who
    the person works for, an organisation, even at a sentence start."""
    return _ROLE_THEN_NAME.match(text, end) is not None


# "Paramount's science-fiction epic", "Cupertino's shares": a possessive, up to two modifiers
# and a noun only a company has make a small town's name the company (class 8).
_COMPANY_POSSESSIVE = compiled(
    r"['’]s[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}?(?:shares|stock|profit|profits|revenue|"
    r"sales|earnings|chief|CEO|board|shareholders|studio|film|films|movie|sequel|epic|release|"
    r"app|platform|brand|subsidiary|stake|acquisition|takeover|costs|employees|customers|"
    r"results|losses)\b"
)


def company_possessive(text: str, end: int) -> bool:
    """A company's possessions follow: "Paramount's science-fiction epic"."""
    return _COMPANY_POSSESSIVE.match(text, end) is not None


def says_after(text: str, end: int) -> bool:
    """A speech or announcement verb follows ("Nvidia said")."""
    return _SAYS_AFTER.match(text, end) is not None


_SPEAKS_IN_HEADLINE = (" Says ", " Said ", " Tells ", " Warns ", " Urges ")


def speaks_after(text: str, end: int) -> bool:
    """A speech verb follows, in a sentence or a headline ("Jordan said", "Jordan Says")."""
    return says_after(text, end) or text.startswith(_SPEAKS_IN_HEADLINE, end)


def person_cue(text: str, start: int, end: int) -> bool:
    """ "spokesperson Liu", "Trump administration", "the Murdoch family", "founded by
    Smade": context that makes a lone word a PERSON (class 3, one-word person names)."""
    if _PERSON_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    if len(words) >= 2 and words[-1] == "by" and words[-2] in _MAKERS_BY:
        return True  # "founded by Obi Asika", "directed by Chloé Marchand"
    if words and _role(words[-1].lower()):
        return True  # "singer Sifar", "singer-turned-actress Rouwayda"
    if len(words) >= 2 and words[-1] == "manager" and words[-2].lower() not in _FIRM_MANAGERS:
        return True
    return before.endswith(", ") and _KIN_BEFORE.search(text, max(0, start - 48), start) is not None


def _role(word: str) -> bool:
    """A person's role, also the last of an "X-turned-Y" ("singer-turned-actress")."""
    return word in _PERSON_BEFORE or (
        "-turned-" in word and word.rsplit("-", 1)[1] in _PERSON_BEFORE
    )


# "her husband, Tom,", "their children, Aoife and Cian", "his son, Vinnie,": a relative's
# noun set off before the name (perhaps after other names of the list).
_KIN_BEFORE = compiled(
    r"\b(?:husband|wife|son|daughter|brother|sister|mother|father|partner|children|sons|"
    r"daughters|brothers|sisters|grandson|granddaughter|grandchildren|nephew|niece|boyfriend|"
    r"girlfriend|fiancé|fiancée|widow|widower|mum|dad),[ \u00a0]"
    r"(?:[A-Z][\w'’-]+(?:,|[ \u00a0]and)?[ \u00a0])*$"
)


# Verbs whose agent, after "by", is a person (not "owned by", "produced by": firms too).
_MAKERS_BY = lexicon.words("founded co-founded directed written hosted presented")


def after_locative(text: str, start: int) -> bool:
    """ "in Geneva Acme ...": right after "in", "at", "from"..., a place name ends where the
    place does (class 1/8: a place is not glued to the next words)."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in LOCATIVE


def language_compound(text: str, end: int) -> bool:
    """ "English-language", "Mandarin-speaking": the word names a language, not a group
    (class 2: languages given a core label)."""
    return text.startswith(("-language", "-speaking"), end)


_LANGUAGE_BEFORE = compiled(
    r"(?:\b(?:in|into|from|between|speaks|speaking|sings|sung|dubbed|add|adds|added|adding"
    r"|learn|learns|learned|learnt|learning|speak|spoke|teach|teaches|taught|dialect[ \u00a0]+of)"
    r"[ \u00a0]+"
    r"(?:[\w-]+(?:,|[ \u00a0]+and)[ \u00a0]+){0,3})$"
)
# Words that end the phrase "in Irish": what follows names no noun the language qualifies
# ("made in Irish for TG4", "sung in Ladakhi by the singer"; "in Irish waters" is not one).
_PHRASE_ENDS = frozenset(
    {"and", "or", "for", "by", "with", "to", "at", "on", "as", "but", "before", "after", "in"}
)
_LANGUAGE_AFTER = compiled(r"[ \u00a0]+(\w+)")
# "English and Cebuano subtitles": the first of two languages before a noun of them.
_LANGUAGE_PAIR_AFTER = compiled(r"[ \u00a0]+(?:and|or)[ \u00a0]+(\w+)[ \u00a0]+(\w+)")


def language_use(text: str, start: int, end: int) -> bool:
    """ "in English", "in isiZulu and English", "in Hindi, Tamil and Bengali", "a Tamil film":
    the word names a language
    (LANGUAGE, outside postil's labels), not a people (class 2). "in Western countries"
    is an adjective: after "in", the word must end the phrase."""
    if text[start:end] not in lexicon.LANGUAGE_NAMES:
        return False
    after = _LANGUAGE_AFTER.match(text, end)
    if after is not None and after.group(1) in lexicon.LANGUAGE_NOUNS:
        return True
    pair = _LANGUAGE_PAIR_AFTER.match(text, end)
    if pair and pair.group(1) in lexicon.LANGUAGE_NAMES and pair.group(2) in lexicon.LANGUAGE_NOUNS:
        return True
    ends_phrase = after is None or after.group(1) in _PHRASE_ENDS
    return ends_phrase and _LANGUAGE_BEFORE.search(text[max(0, start - 60) : start]) is not None


_MEMBER_AFTER = compiled(r"[ \u00a0]+([\w-]+)")


def party_label(text: str, end: int, surface: str, label: str) -> str:
    """A party's name is the party (ORG) unless a member noun follows ("a Labour MP" NORP;
    class 5: parties as modifiers). A party written as its acronym stays the party there
    ("an SNP MSP", "the ODM MCA"), as the development sets label it."""
    if surface in lexicon.PARTY_NAMES:
        if surface.isupper():
            return label
    elif not _named_party(surface):
        return label
    after = _MEMBER_AFTER.match(text, end)
    return "NORP" if after and after.group(1) in lexicon.PARTY_MEMBER_NOUNS else "ORG"


def _named_party(surface: str) -> bool:
    """ "Labour Party", "Democratic Party", "Scottish Labour": a party's name in more than
    one word (it ends in "Party", or in a party's one-word name)."""
    last = surface.rpartition(" ")[2]
    if last == surface or surface.isupper():
        return False
    return last == "Party" or last in lexicon.PARTY_NAMES


_AT_THE = compiled(r"\bat[ \u00a0]+the[ \u00a0]+$")


def facility_context(text: str, start: int, end: int) -> bool:
    """ "Bara taxi rank", "Northfield prison", "at the Brandywell": a venue (class 2)."""
    return (
        facility_noun_after(text, end)
        or _AT_THE.search(text[max(0, start - 8) : start]) is not None
    )


# A verb of filming or recording, a few words, then "at" or "in" (perhaps "the").
_FILMED_AT = compiled(
    r"\b(?:shot|filmed|recorded|made|built|staged|produced|mixed|based|set)\b[\w ,]{0,30}?"
    r"[ \u00a0](?:at|in)[ \u00a0]+(?:the[ \u00a0]+)?"
    # the second of a list: "shot at Tembo Studios and Kiprop Studios"
    r"(?:[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3}(?:,|[ \u00a0]and)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?)?$"
)


def filmed_at(text: str, start: int) -> bool:
    """ "Interiors will be shot at", "recorded in 2023 at the": the name that follows is
    where it happened, a place (a studio's site, not its company)."""
    return _FILMED_AT.search(text, max(0, start - 60), start) is not None


def facility_noun_after(text: str, end: int) -> bool:
    """A noun of a facility right after ``end``, perhaps after one lower-case word ("Bara
    taxi rank", "the KRS dam", "four MRT stations")."""
    return _noun_after(text, end, lexicon.FAC_NOUNS, 24)


def _noun_after(text: str, end: int, nouns: frozenset[str], width: int) -> bool:
    """One of ``nouns`` right after ``end``, perhaps after one lower-case word (looked for
    within ``width`` characters)."""
    for word in text[end : end + width].split()[:2]:
        if word.rstrip(".,;:") in nouns:
            return True
        if not word[:1].islower():
            break
    return False


# Nouns of works and sites a firm has in a town: the one word no list knows before them is the
# town ("its Kilrush freezing plant", "the Foynes technical base", "Kasenyi landing site").
_SITE_NOUNS = lexicon.words("""
plant plants brewery factory factories base depot site junction refinery warehouse yard quarry
smelter mill works facility hub campus
""")


def site_noun_after(text: str, end: int) -> bool:
    """A noun of a firm's works or site right after ``end``, perhaps after one lower-case
    word."""
    return _noun_after(text, end, _SITE_NOUNS, 30)


def place_context(text: str, start: int, end: int) -> bool:
    """ "in Didsbury", "near Mitundu", "Karangasem regency", "Modesto, California": an
    unknown word as a place."""
    if text.startswith(("-based", "–based"), end):
        return True  # "a Kildare-based firm": where a firm is based is a place (class 8)
    after = text[end : end + 16].split()
    if after and after[0].rstrip(".,;:") in lexicon.PLACE_NOUNS:
        return True
    if text.startswith(", ", end) and _region_after(text, end + 2):
        return True
    if after and after[0][:1].isdigit():
        return False  # "in Game 4", "in Round 2": a numbered stage, no place (class 6)
    before = text[max(0, start - 60) : start].split()
    k = len(before) - 1
    if k > 0 and before[k] in ("and", "or") and before[k - 1][:1].isupper():
        k -= 1  # "in Didsbury and Withington": from "and" to the name before it,
        while k > 0 and before[k - 1].endswith(",") and before[k - 1][:1].isupper():
            k -= 1  # "in Lagos, Abuja and Kano": back over the names listed with commas,
        k -= 1  # and to the word before the list
    if k < 0:
        return False
    if before[k] == "from":  # "an elder from Sagada", "travelling from Yantian"
        return k > 0 and before[k - 1].rstrip(",") in lexicon.FROM_PLACE_BEFORE
    if before[k] == "to":  # "late-night flights to Jeju"
        return k > 0 and before[k - 1] in lexicon.TO_PLACE_BEFORE
    if before[k] == "the" and k and before[k - 1] == "across":
        return True  # "across the Grampians", "across the Cauvery": a range, a river
    if before[k] not in ("in", "near", "outside", "across"):
        return False
    return k < 1 or before[k - 1].lower() not in lexicon.NOT_PLACE_BEFORE_IN


def across_the(text: str, start: int) -> bool:
    """ "across the " right before ``start``: land or water crossed (a LOC, not a GPE)."""
    return text.endswith("across the ", max(0, start - 11), start)


# One or two capitalised words, then the end of a place's name ("California-based" too).
_REGION = compiled(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[-,.;:)\s]|$)")


def town_before_region(text: str, end: int) -> bool:
    """ "near Siesta Key, Florida", "in Port Hood, Nova Scotia": a name right before a comma
    and a state, province or country is a town (class 8)."""
    return text.startswith(", ", end) and _region_after(text, end + 2)


# "in", "at", "near" right before a name: with a state after it, a place, not a person.
_IN_OR_AT = compiled(r"\b(?:in|at|near|outside)[ \u00a0]$")


def town_in_region(text: str, start: int, end: int) -> bool:
    """ "spoke in Jackson Hole, Wyoming": "in", "at", "near" or "outside" before the name and
    its state or country after it make a town even of a name shaped like a person's (class 8:
    it was a PERSON)."""
    return town_before_region(text, end) and (
        _IN_OR_AT.search(text, max(0, start - 8), start) is not None
    )


def _region_after(text: str, start: int) -> bool:
    """A state, province or country at ``start`` ("Modesto, California-based", "Zlin,
    Czech Republic"; class 8, the other way round: a town before its region is a place,
    not an ORG). Countries, states and provinces only: a town there names a person's
    home ("Smith, Leeds") as often as a place."""
    m = _REGION.match(text, start)
    if m is None:
        return False
    return m.group(1) in gazetteer().regions


# A noun of people after a name, perhaps after "and" and another name: "Kankanaey elder",
# "Igorot and Lumad tribes", "Maasai herders" (class 5: peoples tagged ORG).
_PEOPLE_AFTER = compiled(
    r"(?: (?:and|or) [A-Z][\w'’-]+)? (?:" + "|".join(sorted(lexicon.PEOPLE_NOUNS)) + r")\b"
)


def people_context(text: str, end: int) -> bool:
    """An unknown word right before a noun of people is a people (NORP), not an ORG."""
    return _PEOPLE_AFTER.match(text, end) is not None


# ", a 40-seat restaurant", ", the Hong Kong dim sum chain", ", an Oslo-based startup": a noun
# of firms set off after a name, with up to four modifiers before it, ending the phrase (not
# "the firm's head of research" nor "a lawyer at the firm", who are people).
_FIRM_APPOSITION = compiled(
    r",[ \u00a0]+(?:a|an|the)"
    r"(?:[ \u00a0]+(?!(?:at|of|in|for|with|the|and|on|from|by|to|who|which|that)\b)[\w'’-]+)"
    r"{0,4}?[ \u00a0]+(?:" + "|".join(sorted(lexicon.FIRM_NOUNS)) + r")(?![\w'’-])"
)


def firm_in_apposition(text: str, end: int) -> bool:
    """A noun of firms set off by a comma right after the name, or what only a listed
    company or a chain has right after it, or a noun of political bodies: the name is a
    body's, not a person's ("Selva Viva, a 40-seat restaurant", "Kalbe Farma shares rose",
    "Olive Garden restaurants", "the Kenya Kwanza coalition"; class 3 the other way round)."""
    if text.startswith(_FIRMS_AFTER, end):
        return True
    return text.startswith(",", end) and _FIRM_APPOSITION.match(text, end) is not None


_FIRMS_AFTER = (
    *(" shares ", " stock ", "'s shares", "’s shares"),
    *(" restaurants", " stores", " shops", " outlets", " branches"),
    *(" coalition", " alliance", " consortium", " bloc "),  # "the Kenya Kwanza coalition"
)


# ", head of Samsung's mobile business", ", the chief executive of Acme": a role set off after
# a name makes it a person's (class 3: "TM Roh" read as an acronym's ORG).
_ROLE_APPOSITION = compiled(
    r",[ \u00a0]+(?:the[ \u00a0]+)?(?:head|chief|director|founder|co-founder|president|"
    r"chairman|chairwoman|chief[ \u00a0]+executive|editor|minister|secretary|governor|mayor)"
    r"[ \u00a0]+of\b"
)


# A plural noun of governed units, or of facilities, after the name, or after "and" and
# another name: "across Stanislaus and Merced counties" (class 8: a place no list knows read
# as an ORG), "the Kgomo and Lesedi shafts", "the Hume, Princes and Pacific highways" (class
# 2: venues). The noun's group says which.
_UNITS_AFTER = compiled(
    r"(?:,?[ \u00a0]+(?:and|or)[ \u00a0]+[A-Z][\w'’-]*|,[ \u00a0]+[A-Z][\w'’-]*){0,3}[ \u00a0]+"
    r"(?:(counties|provinces|states|districts|regions|municipalities|parishes|boroughs|"
    r"prefectures|cantons|oblasts)|(" + "|".join(sorted(lexicon.PLURAL_FAC_NOUNS)) + r"))\b"
)


def units_after(text: str, end: int) -> str | None:
    """The label a plural noun of governed units (GPE) or of facilities (FAC) after the name
    at ``end`` gives it (perhaps after "and" and a second name), or ``None``."""
    m = _UNITS_AFTER.match(text, end)
    if m is None:
        return None
    return "GPE" if m.group(1) else "FAC"


# ", 52,": an age set off right after a name (class 3: "Marites Ognayon, 52," was a NORP and
# an ORG, "Marites" being read as a people's name).
_AGE_AFTER = compiled(r",[ \u00a0]+\d{1,2},[ \u00a0]")


def age_after(text: str, end: int) -> bool:
    """An age set off by commas right after ``end``."""
    return text.startswith(",", end) and _AGE_AFTER.match(text, end) is not None


def role_in_apposition(text: str, end: int) -> bool:
    """A person's role and "of" set off by a comma right after the name, or a noun of a
    person ("Dangote, Africa's richest man,", "Okafor, the 24-year-old striker,")."""
    if not text.startswith(",", end):
        return False
    return (
        _ROLE_APPOSITION.match(text, end) is not None
        or _PERSON_APPOSITION.match(text, end) is not None
    )


# ", Africa's richest man,", ", the billionaire", ", a 24-year-old striker.": a noun of a
# person (after a determiner or a possessive and up to three modifiers) closing the phrase.
_PERSON_APPOSITION = compiled(
    r",[ \u00a0]+(?:the|a|an|[A-Z][\w.-]*['’]s?)(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+"
    r"(?:man|woman|billionaire|tycoon|magnate|businessman|businesswoman|entrepreneur|singer|"
    r"rapper|actor|actress|novelist|footballer|striker|midfielder|defender|goalkeeper|"
    r"politician|lawmaker|activist|economist|philanthropist|star)(?=[ \u00a0]*[,.;:)])"
)


# "the MP for Stockton North", "a TD for Dublin Fingal": what follows a member's noun and "for"
# is the seat, a place (class 8: constituencies read as ORGs). Not "commissioner for": "for
# Human Rights" is a portfolio as often as "for Cleveland" a seat.
_SEAT_BEFORE = compiled(
    r"\b(?:MP|MPs|TD|TDs|MSP|MLA|MEP|MHA|councillor|senator|congressman|congresswoman|"
    r"representative|candidate|member)[ \u00a0]+for[ \u00a0]+$"
)


def seat_before(text: str, start: int) -> bool:
    """A member's noun and "for" right before ``start``: the name is a seat."""
    return _SEAT_BEFORE.search(text, max(0, start - 24), start) is not None


# Where something happens: "held at the", "moves to the", "outside the" before a name, with
# no person's noun before ("researchers at the Belfer Center" name their employer).
_AT_VENUE = compiled(r"\b(?:at|to|outside|inside|into|near|from)[ \u00a0]+the[ \u00a0]+$")
_PEOPLE_AT = compiled(
    r"\b(?:researchers?|scientists?|experts?|analysts?|fellows?|staff|professor|director|"
    r"head|officials?|economists?|students?)[ \u00a0]+(?:at|from)[ \u00a0]+the[ \u00a0]+$",
    re.IGNORECASE,
)
# In a named place after it: "Chinook Centre in Calgary".
_IN_PLACE = compiled(r"[ \u00a0]+in[ \u00a0]+[A-Z]")


def venue_context(text: str, start: int, end: int) -> bool:
    """A name read as a venue: "at the" before it (not after a person's noun), or "in" and a
    capitalised place after it."""
    if _IN_PLACE.match(text, end):
        return True
    window = max(0, start - 40)
    return (
        _AT_VENUE.search(text, window, start) is not None
        and _PEOPLE_AT.search(text, window, start) is None
    )


# The word in lower case right after a name, and the rest of it after hyphens ("over-").
_LOWER_WORD_AFTER = compiled(r"[ \u00a0]+([a-z]+)((?:-[a-z]+)*)")
# Words that open no noun phrase after a name: prepositions, conjunctions, auxiliaries and
# verbs a name is the subject of ("a Tesla and", "the Khanya Box 5 ran", "the Sarova Stanley
# in the city centre"). A verb in the past ("crashed", "over-brightened") is one too.
_NOT_NOUN_AFTER = lexicon.words("""
and or but as with from to in into at on for by near until during while when where which that
since before after is was were are has had have will would can could ran runs costs sells
lasted lasts carrying hit held kept won took made beat
""")


def word_after(text: str, end: int) -> str | None:
    """The word in lower case right after ``end`` (up to a hyphen), if one is."""
    m = _LOWER_WORD_AFTER.match(text, end)
    return m.group(1) if m else None


def noun_after(text: str, end: int) -> bool:
    """A word in lower case follows that a name before it would qualify ("a Toyota
    spokesman", "the Kibera home", "the Acme 5 stores"): no preposition, conjunction or verb."""
    m = _LOWER_WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1) + m.group(2)
    return word not in _NOT_NOUN_AFTER and not word.endswith("ed")
