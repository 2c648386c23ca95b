"""Stage 2, candidate spans: one run of capitalised tokens cut into the names it holds.

A run is split at function words and grade letters ("Band D"); each part is then a whole
known name (gazetteer, or a keyword-ended name: "Board of Elections"), or it is split
further where two names meet: at a hyphen cut ("Accra-based Databank"), at "and" between
two complete names ("House and Senate"), at "of" between a person and a body ("Ruth
Abernathy of the National Consumers League"), after a role ("Chief Executive Officer Jane
Doe"). What is left goes to the gazetteer segmentation (``segment``).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.article import Article, after_byline, name_line
from reader.entities.names.cues import (
    age_after,
    company_possessive,
    filmed_at,
    firm_in_apposition,
    language_compound,
    language_use,
    party_label,
    place_context,
    seat_before,
    town_in_region,
    venue_context,
    word_after,
)
from reader.entities.names.decide import label_unknown
from reader.entities.names.introduced import (
    AWARD_AFTER,
    GLUED_THOUSANDS,
    INTRODUCED,
    IS_AMOUNT,
    LAW_WORDS,
    bare_law_word,
    introduced,
)
from reader.entities.names.keywords import complete, has_org_head, has_org_keyword, keyword_label
from reader.entities.names.lone_word import ORG_NOUNS
from reader.entities.names.memory import Memory
from reader.entities.names.people import person_like, plain_person
from reader.entities.names.segment import segment
from reader.entities.names.tokens import PARTICLES, Tok
from reader.entities.names.words import (
    is_given,
    is_letter,
    is_role,
    is_stop,
    is_title,
    looks_org,
    lookup,
)
from reader.entities.regex_code import compiled

# Nouns among the function words: inside an organisation's name they are part of it
# ("Local Government Association", "Metropolitan Police Service").
_SOFT_FUNCTION = lexicon.words(
    "Government Police Military Staff Management People Home Critics Experts Users Residents"
    " Supporters Officials Video"
)  # "Television Critics Association", "National Film and Video Censors Board"
_VERBS = lexicon.HEADLINE_VERBS
_PRIZES = ("Prize", "Prizes")


def label_run(mem: Memory, toks: list[Tok]) -> None:
    """Label one maximal run of capitalised tokens (split at function words inside)."""
    if len(toks) > 1 and not toks[-1].word.isalpha() and _sum(mem.art.text, toks[-1]):
        toks = toks[:-1]  # "Kariega Fruit R340m", "Safaricom Ksh3bn": the sum is no name
    if toks[-1].word in LAW_WORDS and bare_law_word(mem.art.text, toks):
        return  # "The Bill, which seeks ...", "a people's Bill": the bill, no name (class 6)
    start = toks[0].start
    if mem.art.text.endswith(INTRODUCED, max(0, start - 9), start) and introduced(mem, toks):
        return  # one test in C for most runs: no "told", "called", "as" right before
    if len(toks) == 1:
        label_word(mem, toks[0])
        return
    if _languages(mem, toks) or toks[-1].word in _PRIZES:
        return  # a prize ("Mercury Prize") is a WORK_OF_ART, outside postil's labels (class 2)
    text = mem.art.text
    whole = lookup(mem.art.gaz.names, text[toks[0].start : toks[-1].end])
    if whole is not None and all(t.reliable for t in toks):
        _emit_known(mem, toks, whole)  # "Home Counties": a known name with a function word
        return
    if toks[0].word == "The" and len(toks) > 2:
        rest = lookup(mem.art.gaz.names, text[toks[1].start : toks[-1].end])
        if rest is not None:
            _emit_known(mem, toks[1:], rest)  # "The All Blacks": "The" is no part of it
            return
    last = toks[-1].word  # "AI Act", "Brit Asia TV Music Awards": one name
    org = has_org_keyword(toks) or last in lexicon.LAW_TAIL or last in lexicon.EVENT_TAIL
    # A letter with a firm's word after it in the run opens the firm's name: "X Corp",
    # "B Riley Financial" (class 4: the bare "Corp" was the ORG).
    firm_after = [False] * len(toks)
    if any(len(t.word) == 1 for t in toks):  # most runs hold no letter: nothing to work out
        for k in range(len(toks) - 2, -1, -1):
            firm_after[k] = firm_after[k + 1] or toks[k + 1].word in lexicon.ORG_TAIL
    part: list[Tok] = []
    for i, t in enumerate(toks):
        split = not t.connector and _splits(t.word, org) and not _known_to(mem, part, toks, i)
        letter = not split and not t.connector and is_letter(t.word) and not firm_after[i]
        if letter and not (i and _known_to(mem, [toks[i - 1]], toks, i)):  # "Model Y" is a name
            if i == len(toks) - 1 and len(t.word) == 1:
                return  # "Band D", "Plan B": a grade, the run is no name
            split = True  # "G Jordan Hale": a position letter
        if split:
            label_part(mem, part)
            part = []
        else:
            part.append(t)
    label_part(mem, part)


def _sum(text: str, t: Tok) -> bool:
    """A sum glued to its currency's letters ("R340m"), or the start of one whose thousands
    follow a comma ("RM20" of "RM20,000")."""
    if IS_AMOUNT(t.word):
        return True
    after = text[t.end : t.end + 4]
    return GLUED_THOUSANDS(t.word) is not None and after[:1] == "," and after[1:].isdigit()


def _category(toks: list[Tok]) -> bool:
    """An award's category after "Best": its second word or its last is a category's
    ("Best Actress", "Best African Music Performance"; not "Best Buy", a retailer)."""
    return toks[1].word in _CATEGORY or toks[-1].word in _CATEGORY


# Words of an award's category after "Best" (not "Best Buy", a retailer).
_CATEGORY = lexicon.words("""
Picture Film Actor Actress Director Album Song Single Record Supporting New Original Adapted
Documentary Animated International Foreign Cinematography Editing Score Screenplay Male Female
Newcomer Music Performance Video Rap Pop Rock Country Dance Comedy Drama Series Short Visual
Sound Production Costume Makeup Feature Play Musical Book Novel Collaboration Group Duo Artist
Breakthrough Young Live Gospel Jazz Reggae Children's Youth
""")


def _emit_known(mem: Memory, toks: list[Tok], label: str) -> None:
    """A known name, a party's as a member's label before a member noun ("The Lib Dem
    leader": NORP; class 5)."""
    text, end = mem.art.text, toks[-1].end
    mem.emit(toks, party_label(text, end, text[toks[0].start : end], label))


def _known_to(mem: Memory, part: list[Tok], toks: list[Tok], i: int) -> bool:
    """Does a known name run from the part's start (or ``toks[i]``) through ``toks[i]`` (or
    a word or two after)? A generic word ends or starts no famous name ("Human Rights Watch
    and Oxfam", "Amazon Web Services and Microsoft" lost the first, "Live Nation and
    Ticketmaster" its "Live"; class 4: names cut short)."""
    names, text = mem.art.gaz.names, mem.art.text
    if not part:  # a generic word that starts a famous name ("Live Nation and Ticketmaster")
        start = toks[i].start
        return any(lookup(names, text[start : t.end]) is not None for t in toks[i + 1 : i + 3])
    start = part[0].start
    return any(lookup(names, text[start : t.end]) is not None for t in toks[i : i + 3])


def _languages(mem: Memory, toks: list[Tok]) -> bool:
    """ "in Punjabi and Hindi", "English and Cebuano subtitles": languages joined by "and"
    or "or" where they are the languages (no entity; LANGUAGE is outside postil's labels),
    else each the people or culture it names (NORP) (class 2). False: not such a run."""
    words = [t for t in toks if not t.connector]
    joined = all(t.word in ("and", "or") for t in toks if t.connector)
    if len(words) < 2 or not joined or any(t.word not in lexicon.LANGUAGE_NAMES for t in words):
        return False
    text = mem.art.text
    if not language_use(text, words[0].start, words[0].end):
        for t in words:
            mem.emit([t], "NORP")
    return True


def label_team(mem: Memory, toks: list[Tok], label: str) -> None:
    """A run on a results or standings line is a team, whatever its words (class 1:
    "Dundalk 1 Bray Wanderers 1"); one in a line-up a player (class 3: "Crewe: Lacey,
    Ridge, Demetriou"); a layout word alone ("Results") is neither."""
    toks = _trim_connectors(toks)
    if len(toks) == 1 and (is_stop(toks[0].word) or is_title(toks[0].word)):
        return
    if len(toks) == 1 and label == "ORG" and _town_side(mem, toks[0].word):
        # The line's layout decided it, not the capital of a line's first word: a full
        # vote in document consistency ("Lautoka 0 Nadroga 0" outweighs "Lautoka dropped"),
        # and a club's name for the per-mention decision after it ("Rewa had gone ahead").
        toks[0].reliable = True
        mem.art.teams.add(toks[0].word)
    if toks and label == "ORG" and mem.art.franchises and _known_place(mem, toks):
        label = "GPE"  # "Minnesota 5, New York 2" in a report of the PWHL: the cities
    elif len(toks) > 1 and label == "ORG" and not _known_place(mem, toks):
        # A side of several words is the club wherever the article names it ("after Power
        # Dynamos were held" is no person; class 1, and issue 12 item 4: strong evidence);
        # not a place's name ("South Africa 24 New Zealand 17": national sides stay places).
        mem.firms.add(mem.art.text[toks[0].start : toks[-1].end])
    if toks:
        mem.emit(toks, label)


def _town_side(mem: Memory, word: str) -> bool:
    """A town (or a word no list knows) as a side on a results line, named for its club:
    no nation (national sides keep their GPE) and no franchise's city (our sets keep a city
    a GPE in reports of a North American league: "the Hornets outscored Milwaukee 35-19")."""
    art = mem.art
    if lookup(art.gaz.names, word) not in (None, "GPE") or word in art.gaz.nations:
        return False
    return not art.franchises


def _splits(word: str, org: bool) -> bool:
    """A function word or generic word ends a name, except inside an organisation's name
    ("Local Government Association", "Bank of England Monday ...": the date still splits)."""
    if word in lexicon.FUNCTION_WORDS:
        return not (org and word in _SOFT_FUNCTION)
    if word in lexicon.NOT_NAMES:
        return not (org and word not in lexicon.CALENDAR_WORDS and word not in _VERBS)
    return False


def label_word(mem: Memory, t: Tok) -> None:
    """A run of one word (most runs): the gazetteer, what the body taught (in a headline),
    or the label decision for an unknown word."""
    word = t.word
    if t.connector or is_stop(word):
        return
    art = mem.art
    if art.text.startswith(AWARD_AFTER, t.end):
        return  # "her first Juno nomination", "a Booker-longlisted novel": an award, no entity
    if word in _LEVELS and _NUMBER_AFTER.match(art.text, t.end):
        return  # "Stage 2 load-shedding", "Level 4 restrictions": a step of a scale (class 6)
    label = lookup(art.gaz.names, word)
    if label == "GPE" and _ambiguous_place(mem, t):
        return  # "Cocoa for December delivery": a word, not the town of Cocoa
    if t.initial and word in lexicon.EVERYDAY_PARTY_NAMES and art.ordinary(word):
        return  # "Reform of the NHS": the word, where the article never names the party
    if label == "GPE" and word not in art.gaz.big_places and company_possessive(art.text, t.end):
        label = "ORG"  # "Paramount's science-fiction epic": the studio, not the town (class 8)
    if label is None and not t.reliable:
        label = mem.known.get(word.casefold())  # a headline reuses the body ("SASOL")
    if label is None and _firm_by_its_possessions(art, t):
        label = "ORG"
    if label is None and word[-1] == "s" and art.gaz.names.get(word[:-1]) == "PRODUCT":
        label = "PRODUCT"  # "more Dreamliners", "two Prados": a known model's plural (class 2)
    if label is None and "-" in word and word.rsplit("-", 1)[1] in lexicon.FAC_TAIL:
        label = "FAC"  # "played AsiaWorld-Arena": a venue's word after the hyphen (class 2)
    if label is None:
        if not is_title(word):  # a title alone names nobody
            label_unknown(mem, [t], False)
        return
    if label == "NORP" and (
        (t.cut and language_compound(art.text, t.end)) or language_use(art.text, t.start, t.end)
    ):
        return  # "English-language", "sings in isiZulu and English" (class 2: languages)
    mem.emit([t], party_label(art.text, t.end, word, label))


def _firm_by_its_possessions(art: Article, t: Tok) -> bool:
    """ "Universal's horror film", "Stellantis's shares" at a sentence start: a possessive
    and what only a company has make a word no list knows a firm (class 8), unless it can
    be a person's name ("Nolan's film")."""
    word = t.word
    if t.reliable or not company_possessive(art.text, t.end):
        return False
    return not (is_given(art.gaz, word) or word.lower() in art.gaz.surnames)


def _ambiguous_place(mem: Memory, t: Tok) -> bool:
    """A town spelled like a frequent word, where its capital is not informative (class 6)."""
    art = mem.art
    gaz = art.gaz
    return (
        not t.reliable
        and t.word.lower() in gaz.common_words
        and t.word not in gaz.big_places
        and t.word not in art.reliable_single
    )


# Steps of a scale, written before their number: no name ("Stage 2", "Tier 3", "Phase 1").
_LEVELS = lexicon.words("Stage Level Phase Tier Category Step Alert")
_NUMBER_AFTER = compiled(r"[ \u00a0]\d{1,2}\b(?![.,:]\d)")

_STUDIO_WORDS = frozenset({"Studios", "Studio"})
_CENTRE_WORDS = frozenset({"Centre", "Center"})


def _keyword_label(mem: Memory, toks: list[Tok]) -> str | None:
    """:func:`keyword_label`, but a studio where something is shot or recorded is the place
    ("shot at Ardmore Studios", FAC; class 2: venues), not the company; so are a centre, a
    house, a museum or a gallery where something happens ("at the Rideau Centre", "in
    Parliament House", "at the Grand Egyptian Museum"), a market
    named by a word no dictionary has and a link ("the Sea Link")."""
    label = keyword_label(toks)
    if label is None and (_market_place(mem, toks) or _link(mem, toks)):
        return "FAC"
    if label != "ORG":
        return label
    last, text = toks[-1].word, mem.art.text
    if last in _STUDIO_WORDS and filmed_at(text, toks[0].start):
        return "FAC"
    if last in _CENTRE_WORDS and _venue_centre(mem, toks):
        return "FAC"
    if last == "House" and _house_visited(mem, toks):
        return "FAC"
    if last in _VISITED_WORDS and _visited(mem, toks):
        return "FAC"
    return label


#: Last words of buildings that people visit, read as the institution in them.
_VISITED_WORDS = frozenset({"Museum", "Gallery"})


def _visited(mem: Memory, toks: list[Tok]) -> bool:
    """ "a screening at the Grand Egyptian Museum", "opens at the Hong Kong Heritage Museum":
    a museum or gallery where something happens, right after "at" or "in", is the building
    (class 2: a venue read as a body); "the Museum said" stays the institution."""
    text, start = mem.art.text, toks[0].start
    return _IN_HOUSE.search(text, max(0, start - 12), start) is not None


def _house_visited(mem: Memory, toks: list[Tok]) -> bool:
    """ "at Senate estimates in Parliament House", "outside Leinster House": a two-word house
    where something happens is the building (class 2: a venue read as a body); not a state's
    or a people's chamber ("the Ohio House"), nor one known as a body."""
    if len(toks) != 2 or lookup(mem.art.gaz.names, toks[0].word) in _PLACE_OR_PEOPLE:
        return False
    text, start = mem.art.text, toks[0].start
    if lookup(mem.art.gaz.names, text[start : toks[-1].end]) is not None:
        return False
    return _IN_HOUSE.search(text, max(0, start - 12), start) is not None


_PLACE_OR_PEOPLE = frozenset({"GPE", "NORP", "LOC"})
_IN_HOUSE = compiled(r"\b(?:in|at|outside|inside)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _market_place(mem: Memory, toks: list[Tok]) -> bool:
    """ "Kejetia Market", "Gikomba Market": a market named by a word no dictionary has is a
    place (class 2: a venue read as a body); "the Single Market", "the Stock Market" are
    not."""
    if len(toks) != 2 or toks[1].word != "Market":
        return False
    first = toks[0].word
    return first not in _MARKET_KINDS and first.lower() not in mem.art.gaz.common_words


def _link(mem: Memory, toks: list[Tok]) -> bool:
    """ "the Sea Link", "the RTS Link", "the Second Link": a bridge, a tunnel or a rail link
    (class 2: read as a person or a body); not a known firm's ("Vodafone Link") nor a scheme
    ("the Pioneer Link scheme")."""
    if toks[-1].word != "Link" or mem.art.gaz.names.get(toks[0].word) == "ORG":
        return False
    return word_after(mem.art.text, toks[-1].end) not in _SCHEMES


_SCHEMES = lexicon.words(
    "scheme schemes programme program service services app card initiative project fund"
    " platform network account"
)


# Kinds of market, not places: "the Stock Market", "the Single Market", "a Flea Market".
_MARKET_KINDS = lexicon.words(
    "Stock Single Common Internal Digital Capital Money Bond Bull Bear Free Open Flea Farmers"
    " Black Grey Gray Labour Labor Housing Property Energy Carbon Emerging Frontier"
)


def _venue_centre(mem: Memory, toks: list[Tok]) -> bool:
    """ "at the Metro Centre", "Chinook Centre in Calgary": a short centre's name with no
    word of a field of work ("Belfer Center for Science", "Pew Research Center"), none
    known as an organisation's, where something happens or in a named place (class 2: a
    venue read as a body)."""
    words = toks[:-1]
    if not 1 <= len(words) <= 2 or any(t.connector for t in words):
        return False
    if any(t.word in lexicon.FIELD_WORDS for t in words):
        return False
    names = mem.art.gaz.names
    if lookup(names, mem.art.text[toks[0].start : toks[-1].end]) is not None:
        return False
    return venue_context(mem.art.text, toks[0].start, toks[-1].end)


def label_part(mem: Memory, toks: list[Tok]) -> None:
    """Label a run without function words: whole-name lookups, splits, then segmentation."""
    toks = _name_part(toks)
    if not toks:
        return
    for k, t in enumerate(toks[:-1]):
        if t.cut and not _joined_facility(toks):  # "Accra-based Databank Group": two names
            label_part(mem, toks[: k + 1])
            label_part(mem, toks[k + 1 :])
            return
    toks, label = _drop_ordinary_first(mem, toks)
    if len(toks) > 1 and toks[-1].word in _PRIZES:
        return  # "Giller Prize for The Salt Archive": a prize is a WORK_OF_ART (class 2)
    if label is None and seat_before(mem.art.text, toks[0].start) and not has_org_keyword(toks):
        mem.emit(toks, "GPE")  # "the MP for Stockton North" (class 8)
        return
    if label is None and toks[0].word == "Best" and len(toks) > 1 and _category(toks):
        return  # "Best Picture", "Best Actress": an award's category, no entity (class 6)
    if label is None and _byline_person(mem, toks):
        k = next((k for k, t in enumerate(toks) if t.connector and t.word == "for"), len(toks))
        mem.emit(toks[:k], "PERSON")  # "By Lena Park": a byline names people
        label_part(mem, toks[k + 1 :])  # "Photography by Devika Hart for Engadget"
        return
    if label == "GPE" and len(toks) == 1 and _ambiguous_place(mem, toks[0]):
        return
    if label is None and len(toks) > 1:
        if _shouting(toks):
            _label_caps(mem, toks)
            return
        if _split_person_of_body(mem, toks):
            return
        label = "ORG" if _body_for_place(mem, toks) else _keyword_label(mem, toks)
        if label is not None and _split_keyword_name(mem, toks, label):
            return
    if label is not None:
        if not (label == "NORP" and _language(mem.art.text, toks)):
            last, text = toks[-1], mem.art.text
            surface = text[toks[0].start : last.end]
            mem.emit(toks, party_label(text, last.end, surface, label))
        return
    _label_unknown_part(mem, toks)


# Words that lay out a results page, before "of" and the competition: no part of its name
# (class 6: "Results of English Premier League" was one ORG).
_LAYOUT_WORDS = lexicon.words("Results Standings Scorers Fixtures Lineups Line-ups Table")


def _joined_facility(toks: list[Tok]) -> bool:
    """ "the Lekki-Epe Expressway", "the Thomson-East Coast Line": places joined by a hyphen
    before a facility's word name one road or line, not two places (class 2)."""
    return toks[-1].word in lexicon.FAC_TAIL and not toks[-1].cut


def _language(text: str, toks: list[Tok]) -> bool:
    """ "English-language", "in Hindi, Tamil and Bengali": a language, not a people (class 2)."""
    last = toks[-1]
    if last.cut and language_compound(text, last.end):
        return True
    return len(toks) == 1 and language_use(text, last.start, last.end)


def _name_part(toks: list[Tok]) -> list[Tok]:
    """The part without connectors at its ends, nor a layout word and "of" before it
    ("Results of English Premier League matches")."""
    toks = _trim_connectors(toks)
    if len(toks) > 2 and toks[0].word in _LAYOUT_WORDS and toks[1].connector:
        return _trim_connectors(toks[1:])
    return toks


def _trim_connectors(toks: list[Tok]) -> list[Tok]:
    start, end = 0, len(toks)
    while start < end and toks[start].connector:
        start += 1
    while end > start and toks[end - 1].connector:
        end -= 1
    return toks[start:end]


def _drop_ordinary_first(mem: Memory, toks: list[Tok]) -> tuple[list[Tok], str | None]:
    """The part and its gazetteer label, without a sentence-initial ordinary word glued to
    the name ("Meanwhile Google ...", "Rivals Nio", "Shares of Li Auto"; class 6)."""
    art = mem.art
    names = art.gaz.names
    first = toks[0]
    label = lookup(names, art.text[first.start : toks[-1].end])
    if label is not None or not _ordinary_first(mem, toks):
        return toks, label
    toks = toks[1:]
    while len(toks) > 1 and toks[0].connector:
        toks = toks[1:]  # "Shares of Li Auto"
    toks[0].initial = False
    return toks, lookup(names, art.text[toks[0].start : toks[-1].end])


def _ordinary_first(mem: Memory, toks: list[Tok]) -> bool:
    """The first word is an everyday word capitalised only by its sentence position, and
    not the start of a known or keyword name ("Associated Press", "Greater Manchester")."""
    art = mem.art
    names, first = art.gaz.names, toks[0]
    return (
        first.initial
        and first.word.lower() not in PARTICLES
        and len(toks) > 1
        and not (first.word in _BODY_FOR_HEADS and toks[1].word == "for")
        and art.ordinary(first.word)
        and (lookup(names, first.word) is None or first.word in lexicon.EVERYDAY_PARTY_NAMES)
        and not _known_to(mem, toks[:1], toks, 1)  # "Human Rights Watch and Oxfam"
        and not (len(toks) == 2 and first.word in lexicon.PERSON_TITLES)  # "Governor Hochul"
        and not (
            (len(head := _up_to_connector(toks)) == 2 or first.word in lexicon.NAME_ADJECTIVES)
            and keyword_label(head) is not None
        )
        # "Equity Group Holdings": without its first word the name is only generic words
        and not (len(head) > 2 and all(t.word in lexicon.ORG_TAIL for t in head[1:]))
        and not (
            (first.word in lexicon.PLACE_PREFIXES or first.word in lexicon.ORG_BEFORE_PLACE)
            and lookup(names, toks[1].word) in ("GPE", "LOC")
        )
    )


def _up_to_connector(toks: list[Tok]) -> list[Tok]:
    """The words before the first connector ("Reliance Industries" of "Reliance Industries
    and Adani Group")."""
    for k, t in enumerate(toks):
        if t.connector:
            return toks[:k]
    return toks


# What a byline names instead of a person: "By STANDARD REPORTER", "By Our Correspondent".
_DESK_WORDS = lexicon.words("Reporter Reporters Correspondent Correspondents Writer Staff Desk")


def _byline_person(mem: Memory, toks: list[Tok]) -> bool:
    """Two to four words right after "By " at a line start, or two or three names alone on
    a line with a date under them, no organisation keyword."""
    text, start = mem.art.text, toks[0].start
    byline = after_byline(text, start)
    if not (byline or start == 0 or text[start - 1] == "\n") or not 2 <= len(toks) <= 4:
        return False  # most parts: neither after "By" nor alone at a line's start
    if any(t.word in lexicon.ORG_TAIL or t.word.title() in _DESK_WORDS for t in toks):
        return False  # "By STANDARD REPORTER", "By Staff Writer": a desk, no person
    if byline:
        return True
    art = mem.art
    return (
        len(toks) <= 3
        and name_line(text, toks[0].start, toks[-1].end)
        and all(
            lookup(art.gaz.names, t.word) in (None, "PERSON") and not art.plain_word(t.word)
            for t in toks
        )
    )


def _shouting(toks: list[Tok]) -> bool:
    """All capitals, and not a short acronym pair inside a sentence ("PKO BP" is a name)."""
    return all(t.word.isupper() for t in toks if not t.connector) and not (
        all(t.reliable for t in toks) and all(len(t.word) <= 4 for t in toks)
    )


def _label_caps(mem: Memory, toks: list[Tok]) -> None:
    """An all-caps part (class 6): a person ("By DAVID LOWENTHAL"), a feature ("MOUNT
    AGUNG"), else only the known names in it ("FILE PHOTO", "NEW YORK")."""
    if _sport_slug(mem.art.text, toks):
        return  # "ICE HOCKEY - NHL RESULTS": the wire's sport slug, no name
    if person_like(mem.art, toks):
        mem.emit(toks, "PERSON")
    elif keyword_label(toks) == "LOC":
        mem.emit(toks, "LOC")
    else:
        segment(mem, toks, caps_only=True)


def _sport_slug(text: str, toks: list[Tok]) -> bool:
    """The sport's name that opens a wire headline ("SOCCER - ", "MOTOR RACING - "): capitals
    at a line's start, then " - "."""
    start = toks[0].start
    return (
        (start == 0 or text[start - 1] == "\n")
        and text.startswith(" - ", toks[-1].end)
        and all(t.word in lexicon.SPORT_SLUG_WORDS for t in toks if not t.connector)
    )


def _split_person_of_body(mem: Memory, toks: list[Tok]) -> bool:
    """ "Ruth Abernathy of the National Consumers League": a person, then the body."""
    for k, t in enumerate(toks):
        if not (t.connector and t.word.startswith("of") and 0 < k < len(toks) - 1):
            continue
        left, right = toks[:k], toks[k + 1 :]
        names = mem.art.gaz.names
        known = complete(right, names)
        if left[-1].word in lexicon.ORG_HEAD or not (known or _unknown_words(mem.art, right)):
            continue
        has_role = any(is_role(x.word) for x in left) or _titled_person(mem, left)
        if has_role or person_like(mem.art, left) or plain_person(mem.art, left):
            label_part(mem, left)
            if known:
                label_part(mem, right)
            else:  # "Hannah Osterberg of Whitcombe Kerr": the employer, no second person
                mem.emit(right, "ORG")
            return True
    return False


def _titled_person(mem: Memory, toks: list[Tok]) -> bool:
    """ "Justice Inyang Ekwo", "Justice Ekwo": a title that is also a department's word
    ("Justice"), then a person's name (class 4: "Justice Inyang Ekwo of the Federal High
    Court" was one ORG)."""
    rest = toks[1:]
    if not rest or toks[0].word not in lexicon.TITLES:
        return False
    if len(rest) == 1:  # "Justice Ekwo": a word no list knows, and no title
        word = rest[0].word
        return lookup(mem.art.gaz.names, word) is None and not is_title(word)
    return person_like(mem.art, rest) or plain_person(mem.art, rest)


def _unknown_words(art: Article, toks: list[Tok]) -> bool:
    """Two or three words, none a connector, a title or a name the gazetteer knows, and no
    given name before the last ("Secretary of State Mike Pompeo" holds a person; "Whitcombe
    Kerr" ends in one)."""
    return 2 <= len(toks) <= 3 and all(
        not t.connector
        and lookup(art.gaz.names, t.word) is None
        and not is_title(t.word)
        and not (k < len(toks) - 1 and is_given(art.gaz, t.word))
        for k, t in enumerate(toks)
    )


def _split_keyword_name(mem: Memory, toks: list[Tok], label: str) -> bool:
    """A keyword name that is two names: "House and Senate", "Telstra and TPG Telecom",
    "Redwood Arc and Halvorsen Capital" (class 4); not "Association of Mineworkers and
    Construction Union" or "Australian Communications and Media Authority" (one body). Or
    a role inside an organisation's run ("Acme Bank Chief Executive ...")."""
    for k, t in enumerate(toks):
        if (t.word == "and" and _and_parts(mem, toks[:k], toks[k + 1 :])) or (
            t.connector and t.word.split()[0] == "for" and _place_or_site(mem, toks[:k])
        ):
            label_part(mem, toks[:k])
            label_part(mem, toks[k + 1 :])
            return True
    if label != "ORG":
        return False
    roles = [k for k, t in enumerate(toks) if is_role(t.word)]
    if not roles or roles[-1] == len(toks) - 1:
        return False
    if roles[-1] == len(toks) - 2 and toks[-1].word in lexicon.ORG_TAIL:
        return False  # "Indian Premier League": the role word is part of the name
    cut = roles[-1] + 1
    body = toks[:cut]
    while body and is_role(body[-1].word):
        body = body[:-1]
    if len(body) > 1 and keyword_label(body) == "ORG":
        mem.emit(body, "ORG")  # "Ohio Democratic Party" before "Chair" (class 4)
    else:
        segment(mem, toks[:cut])
    label_part(mem, toks[cut:])
    return True


def _body_for_place(mem: Memory, toks: list[Tok]) -> bool:
    """ "Transport for London", "Transport for Greater Manchester", "Teach for America": a
    capitalised word mid-sentence, "for", and a place is a body named for the place (class
    4: the name reduced to the place). At a sentence start "Plans for London" is no name, but
    "Transport for Wales" is."""
    if len(toks) < 3:
        return False  # most names: no room for "for"
    k = next((k for k, t in enumerate(toks) if t.connector), 0)
    if not 1 <= k <= 2 or toks[k].word != "for" or k + 1 >= len(toks):
        return False
    left = mem.art.text[toks[0].start : toks[k - 1].end]
    if left not in _BODY_FOR_HEADS and any(t.initial or not t.reliable for t in toks[:k]):
        return False
    place = toks[k + 1 :]
    if len(place) > 1 and place[0].word in lexicon.PLACE_PREFIXES:
        place = place[1:]  # "Greater Manchester"
    return lookup(mem.art.gaz.names, left) is None and _known_place(mem, place)


# Words that open a body named for a place even at a sentence start or in a headline:
# "Transport for Wales cancelled trains" (class 4).
_BODY_FOR_HEADS = frozenset({"Transport", "TRANSPORT"})


def _place_or_site(mem: Memory, toks: list[Tok]) -> bool:
    """A known place, or a name ending in a facility's or land's word, before "for": the
    name ends there ("to Addis Ababa for the African Union summit", "Kasarani Stadium for
    the Mashemeji Derby"; class 4: a name over-extended)."""
    return bool(toks) and (toks[-1].word in _SITE_TAILS or _known_place(mem, toks))


def _known_place(mem: Memory, toks: list[Tok]) -> bool:
    """``toks`` are one known place (GPE or LOC). Before "for" it ends the name there ("to
    Addis Ababa for the African Union summit"; class 4: a name over-extended); after "for"
    it is the place a body is named for ("Transport for London")."""
    names = mem.art.gaz.names
    return bool(toks) and lookup(names, mem.art.text[toks[0].start : toks[-1].end]) in (
        "GPE",
        "LOC",
    )


def _and_parts(mem: Memory, left: list[Tok], right: list[Tok]) -> bool:
    """Does "and" part two names here: not one firm ("Hanlon and Furlong Aviation"), and
    two names of their own?"""
    return not _one_firm(mem, left, right, "and") and _two_names(mem, left, right)


def _two_names(mem: Memory, left: list[Tok], right: list[Tok]) -> bool:
    """Both sides of "and" are names of their own: the right one complete, the left one
    complete by its own last word, or a short name that opens no body ("Telstra")."""
    names = mem.art.gaz.names
    if not left or not complete(right, names):
        return False
    if _joint_service(mem, left, right):
        return False  # "Avon and Somerset Police": one body of two places
    if left[-1].word in _SITE_TAILS and right[-1].word in _SITE_TAILS:
        return True  # "Nairobi Terminus and Mombasa Terminus": two sites
    if _same_tail(left, right):
        return True  # "Pinewood Studios and Ardmore Studios": two of one kind
    if left[0].word in lexicon.EVENT_HEAD:
        return complete(left, names)  # "Hurricane Milton and Storm Bert" ("Hurricane", Utah)
    if has_org_head(left) or lookup(names, left[0].word) in ("NORP", "GPE"):
        # "University of Oxford and AstraZeneca": a known name after "and" is a name of its
        # own; "Association of Mineworkers and Construction Union" is one body.
        return _known_whole(mem, left) or _known_whole(mem, right) or _body_of_a_place(mem, left)
    words = [t for t in left if not t.connector]
    if _generic_opening(names, words, right):
        return False  # "Securities and Exchange Commission": one body
    if complete(left, names):
        return True  # "House and Senate"
    # "Telstra and TPG Telecom"; not "Journalism and Media Studies Centre" (one body)
    if len(words) <= 2 and not any(mem.art.plain_word(t.word) for t in words):
        return True
    # "investors Redwood Arc and Halvorsen Capital": after a plural noun of bodies, a list
    return len(words) >= 2 and _BODIES_BEFORE.search(mem.art.text, 0, left[0].start) is not None


# Last words of facilities and of land and water: two names each ending in one are two sites
# (class 4: "Nairobi Terminus and Mombasa Terminus" was one FAC).
_SITE_TAILS = lexicon.FAC_TAIL | lexicon.LOC_TAIL


def _same_tail(left: list[Tok], right: list[Tok]) -> bool:
    """Both sides end with one organisation's word and the left is a name of its own before
    it ("Pinewood Studios and Ardmore Studios", "Acme Holdings and Zenith Holdings"; class 4:
    two names joined): no "of" in it, where "Ministry of Energy and Energy ..." could be one."""
    tail = left[-1].word
    return (
        len(left) > 1
        and tail == right[-1].word
        and tail in lexicon.ORG_TAIL
        and not any(t.connector for t in left)
    )


# Public bodies that two places share: "Avon and Somerset Police", "Dumfries and Galloway
# Council", "Brighton and Hove City Council" (class 4: split into a place and a body).
_SHARED_SERVICES = frozenset({"Police", "Constabulary", "Council"})
_PLACE_KINDS = frozenset({"City", "County", "Borough"})


def _joint_service(mem: Memory, left: list[Tok], right: list[Tok]) -> bool:
    """A place or a word no list knows, "and", then a known place and a police force or a
    council: one body named for both places."""
    if len(left) > 2 or len(right) < 2 or right[-1].word not in _SHARED_SERVICES:
        return False
    place = right[:-1]
    if len(place) > 1 and place[-1].word in _PLACE_KINDS:
        place = place[:-1]
    label = lookup(mem.art.gaz.names, mem.art.text[left[0].start : left[-1].end])
    return _known_place(mem, place) and label in (None, "GPE", "LOC")


# Plural nouns of bodies: the names after one are a list ("lenders X and Y Capital").
_BODIES_BEFORE = compiled(
    r"\b(?:investors|backers|firms|companies|banks|lenders|funds|partners|rivals|insurers|"
    r"retailers|sponsors|shareholders|suppliers|studios|labels|publishers|broadcasters)"
    r"(?:,| including| such as| like)?[ \u00a0]$"
)


def _generic_opening(names: dict[str, str], words: list[Tok], right: list[Tok]) -> bool:
    """One generic body word before "and", and a body's name of two words or more after it,
    perhaps with its place after "of" ("Securities and Exchange Commission", "Police and Fire
    Department", "Securities and Exchange Board of India"): one body, where "House and
    Senate" are two."""
    head = _up_to_connector(right)
    return (
        len(words) == 1
        and words[0].word in lexicon.ORG_TAIL
        and lookup(names, words[0].word) is None
        and len(head) >= 2
        and head[-1].word in lexicon.ORG_TAIL
    )


def _body_of_a_place(mem: Memory, toks: list[Tok]) -> bool:
    """ "University of Nairobi", "Bank of Ghana": a body's head, "of" and a known place, a
    complete name (not "Association of Mineworkers", whose "of" names its members)."""
    return (
        len(toks) >= 3
        and toks[0].word in lexicon.ORG_HEAD
        and toks[1].connector
        and toks[1].word == "of"
        and _known_place(mem, toks[2:])
    )


def _known_whole(mem: Memory, toks: list[Tok]) -> bool:
    """``toks`` are one name the gazetteer knows."""
    return lookup(mem.art.gaz.names, mem.art.text[toks[0].start : toks[-1].end]) is not None


def _one_firm(mem: Memory, left: list[Tok], right: list[Tok], joiner: str) -> bool:
    """ "Harvest & Hearth", "Pryce and Whitlow": two single words joined by "&", or two
    surnames joined by "and", are one firm (class 4: "Smith and Jones" split in two),
    unless they are people or places ("Colin and Derek Marsh", "in Didsbury and
    Withington") or brands of their own ("Apple and Google")."""
    tailed = 1 < len(right) <= 3 and all(t.word in lexicon.ORG_TAIL for t in right[1:])
    if tailed:
        right = right[:1]  # "Tan & Kwek Aerospace", "Hanlon and Furlong Aviation"
    if len(left) != 1 or len(right) != 1:
        return False
    if joiner == "&" or (tailed and not _known_either(mem, left[0], right[0])):
        return True  # a firm's noun after the pair outweighs founders of the same names
    art = mem.art
    if _one_by_cue(mem, left[0], right[0]):
        return True
    folded = _folded(art, left[0], right[0])
    if folded in mem.org_prefixes or (not left[0].reliable and mem.known.get(folded) == "ORG"):
        # a headline's "Penrose and Vale", after the body's; "Hanlon and Furlong", after
        # "Hanlon and Furlong Aviation": the firm (class 4)
        return True
    surnames = art.gaz.surnames
    if left[0].word.lower() not in surnames or right[0].word.lower() not in surnames:
        return False
    if art.sport:
        return False  # "Quigley and Farrell scored": two players named by their surnames
    if _named_apart(art, left[0], right[0]):
        return False  # "from Uber and Bolt ... Uber said": names of their own elsewhere
    # A given name that is also a surname counts as a surname beside a plain surname
    # ("Quigley and Farrell", "Baxter and Wood"); two given names are two people.
    if all(is_given(art.gaz, t.word) for t in (left[0], right[0])):
        return False
    return not any(
        (t.initial and art.ordinary(t.word))  # "Young and Farrell were ...": a word
        or not t.reliable
        or lookup(art.gaz.names, t.word) is not None
        or t.word in mem.person_parts
        or is_stop(t.word)
        or looks_org(t.word)  # "WeChat and PayPal": two brands
        for t in (left[0], right[0])
    ) and not place_context(art.text, left[0].start, left[0].end)


# A verb in the singular right after "X and Y": they are one (a firm), not two.
_SINGULAR_VERB_AFTER = compiled(
    r"[ \u00a0]+(?:is|was|has|says|plans|expects|owns|runs|operates|employs|represents|sells|"
    r"makes|provides|offers|orders|opens|audits|advises|builds|designs|manages|supplies)\b"
)


def _one_by_cue(mem: Memory, left: Tok, right: Tok) -> bool:
    """ "Law firm Mason and Hale", "Mason and Hale represents", "Keller and Brandt, a Zurich
    law firm,": a noun of firms before the pair, a verb in the singular after it, or a firm
    set off after it make two words no brand list holds one firm (class 4)."""
    text, names = mem.art.text, mem.art.gaz.names
    if any(lookup(names, t.word) == "ORG" or looks_org(t.word) for t in (left, right)):
        return False  # "Apple and Google", "WeChat and PayPal": two brands
    before = text[max(0, left.start - 16) : left.start].split()
    return (
        (bool(before) and before[-1].lower() in _PAIRED_FIRM_NOUNS)
        or _SINGULAR_VERB_AFTER.match(text, right.end) is not None
        or firm_in_apposition(text, right.end)
    )


#: Nouns of one firm named for two partners: ``ORG_NOUNS`` in the singular, and a few more
#: ("law firm Mason and Hale"; "rivals Nio and Xpeng" are two).
_PAIRED_FIRM_NOUNS = frozenset(
    noun
    for noun in ORG_NOUNS | lexicon.words("lessor partnership practice consultancy agency")
    if not noun.endswith("s")
)


def _known_either(mem: Memory, left: Tok, right: Tok) -> bool:
    """Is either word a name the gazetteer knows, or no surname ("Ranbaxy and Sun Pharma",
    "Xpeng and Li Auto", "PLDT and Globe Telecom": two firms each)?"""
    gaz = mem.art.gaz
    return any(
        lookup(gaz.names, t.word) is not None or t.word.lower() not in gaz.surnames
        for t in (left, right)
    )


def _folded(art: Article, first: Tok, last: Tok) -> str:
    """The casefolded surface from ``first`` to ``last``, as ``Memory.known`` files it."""
    return art.text[first.start : last.end].casefold()


def _places_listed(mem: Memory, left: list[Tok], right: list[Tok]) -> bool:
    """ "structures in Okun Ajah and Lekki": after "in", "near" or "outside", unknown words
    listed with a known place are a place too, not a person (class 8). Labels both sides
    and says True; else False, nothing labelled."""
    names, text = mem.art.gaz.names, mem.art.text
    if len(right) != 1 or lookup(names, right[0].word) != "GPE" or not 2 <= len(left) <= 3:
        return False
    if any(t.connector or lookup(names, t.word) is not None for t in left):
        return False
    if not place_context(text, left[0].start, left[-1].end):
        return False
    mem.emit(left, "GPE")
    label_part(mem, right)
    return True


def _firm_after_of(mem: Memory, toks: list[Tok], k: int) -> bool:
    """ "Rosanna Mulready of Quigley and Farrell": a name, "of", then two surnames joined by
    "and" that are one firm; the "and" must not split "Mulready of Quigley" from "Farrell"
    (class 4). Labels both and says True; else False, nothing labelled."""
    left, right = toks[:k], toks[k + 1 :]
    if len(left) < 3 or len(right) != 1 or left[-2].word != "of":
        return False
    if not _one_firm(mem, left[-1:], right, "and"):
        return False
    label_part(mem, left[:-2])
    mem.emit(toks[k - 1 :], "ORG")
    return True


def _named_apart(art: Article, left: Tok, right: Tok) -> bool:
    """Does either word of "left and right" stand as a name more often than the pair does?
    (Counted from pass 1's capitalised-word counts; the text is searched for the pair only
    when a word recurs, so a long text is not scanned for every pair.)"""
    counts = art.cap_counts
    if counts.get(left.word, 0) <= 1 and counts.get(right.word, 0) <= 1:
        return False
    together = art.text.count(art.text[left.start : right.end])
    return counts.get(left.word, 0) > together or counts.get(right.word, 0) > together


def _label_unknown_part(mem: Memory, toks: list[Tok]) -> None:
    """A part no list names as a whole: two names joined by "and", a person, an outlet
    ("El Comercio"), else the gazetteer segmentation. "and" parts a list before "&" does,
    which joins inside a firm's name ("Marks & Spencer and Tesco": class 4)."""
    k = _joiner(toks)
    if k:
        if _one_firm(mem, toks[:k], toks[k + 1 :], toks[k].word):
            mem.emit(toks, "ORG")
            return
        if _firm_after_of(mem, toks, k):
            return
        if _places_listed(mem, toks[:k], toks[k + 1 :]):
            return
        # No keyword joins the two sides ("Jordan Peterson and Paris Hilton").
        label_part(mem, toks[:k])
        label_part(mem, toks[k + 1 :])
        return
    first = toks[0]
    if len(toks) == 2 and first.word.lower() in PARTICLES and toks[1].word in mem.person_parts:
        mem.emit(toks, "PERSON")  # "Del Carpio" after "Rosa María del Carpio"
    elif _employer_of_person(mem, toks):
        mem.emit(toks, "ORG")  # "Hannah Osterberg of Whitcombe Kerr" (class 3 the other way)
    elif _aged_person(mem, toks):
        mem.emit(toks, "PERSON")  # "said Marites Ognayon, 52,": an age follows (class 3)
    elif (
        first.reliable
        and person_like(mem.art, toks, check_place=True)
        and not town_in_region(mem.art.text, first.start, toks[-1].end)
    ):
        mem.emit(toks, "PERSON")  # "Jordan Peterson", "Declan Moss": not place + ORG
    elif first.word in lexicon.NAME_ARTICLES and len(toks) > 1 and not _opens_with_place(mem, toks):
        mem.emit(toks, "ORG")  # "El Comercio", "La Liga": never a person
    else:
        segment(mem, toks)


def _opens_with_place(mem: Memory, toks: list[Tok]) -> bool:
    """ "Los Angeles County", "Las Vegas Strip": a known place of two words opens the run, so
    the article is no body's ("El Comercio"); segmenting finds the place and what follows
    (class 8: the county was an ORG)."""
    return _known_place(mem, toks[:2])


def _employer_of_person(mem: Memory, toks: list[Tok]) -> bool:
    """Two or three unknown words right after a person's name and "of" or "at", set off by
    a comma or in a run of their own ("Hannah Osterberg, of Whitcombe Kerr,", "Tom Baines at
    Quilter Cheviot") name where the person works, not a second person. Unknown words only:
    a known place stays one ("Ruth Abernathy of Nairobi")."""
    out = mem.out
    if not out or out[-1][2] != "PERSON":
        return False
    gap = mem.art.text[out[-1][1] : toks[0].start]
    return gap in _EMPLOYER_GAPS and _unknown_words(mem.art, toks)


_EMPLOYER_GAPS = frozenset({" of ", " at ", ", of ", ", at "})


def _aged_person(mem: Memory, toks: list[Tok]) -> bool:
    """ "Marites Ognayon, 52,": a given name the gazetteer reads as a people's name, then
    unknown words and an age set off after them, is a person (class 3). Only where no word
    is a known place or body ("Boston Celtics, 21,") and the first is no title."""
    if len(toks) > 4 or not age_after(mem.art.text, toks[-1].end) or is_title(toks[0].word):
        return False
    labels = [lookup(mem.art.gaz.names, t.word) for t in toks]
    return "NORP" in labels and all(x in (None, "NORP", "PERSON") for x in labels)


def _joiner(toks: list[Tok]) -> int:
    """Index of the "and" (else the "&") that parts ``toks`` in two; 0 if none does."""
    if len(toks) < 3:
        return 0  # most parts: a word or two
    ampersand = 0
    for k in range(1, len(toks) - 1):
        word = toks[k].word
        if word == "and":
            return k
        if word == "&" and not ampersand:
            ampersand = k
    return ampersand
