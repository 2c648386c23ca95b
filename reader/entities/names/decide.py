"""Stage 4, label decision: the label of a run of capitalised words no list knows.

Segmentation (``segment``) hands over the stretches between gazetteer names and titles;
here they are labelled from their keyword, their words and their context, or dropped when
their capitals carry no information (a headline or sentence start the article does not
confirm: class 6, capitalised words that are not entities).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import towns
from reader.entities.names.article import Article
from reader.entities.names.called import CRAFT_ENDINGS, craft_named
from reader.entities.names.cues import (
    across_the,
    employer_before_role,
    facility_context,
    facility_noun_after,
    firm_in_apposition,
    language_compound,
    language_use,
    noun_after,
    people_context,
    person_cue,
    place_context,
    role_in_apposition,
    says_after,
    site_noun_after,
    town_before_region,
    town_in_region,
    units_after,
    word_after,
)
from reader.entities.names.keywords import has_org_keyword, keyword_label
from reader.entities.names.lone_word import ORG_NOUNS, before_lower_noun, lone_word_score
from reader.entities.names.memory import Memory
from reader.entities.names.people import group_before, person_like
from reader.entities.names.tokens import Tok
from reader.entities.names.words import demonym, fold, is_given, looks_org
from reader.entities.regex_code import compiled


def _craft(mem: Memory, run: list[Tok]) -> bool:
    """ "the rover Perseverance": a name no list knows after a noun of craft or medicines is
    a PRODUCT (not "the drug Maria took": a given name; class 2)."""
    text, start = mem.art.text, run[0].start
    if not text.endswith(CRAFT_ENDINGS, max(0, start - 12), start):
        return False  # most runs: one test in C
    if is_given(mem.art.gaz, run[0].word) or not craft_named(text, start):
        return False
    mem.emit(run, "PRODUCT")
    return True


# "staying at the Cinnamon Grand", "checked into the Sarova Stanley": where people stay,
# with "the", is a hotel (class 2: a venue read as a person).
_STAYED_AT = compiled(
    r"\b(?:stay|stays|stayed|staying|checked[ \u00a0]+in(?:to)?|checking[ \u00a0]+in(?:to)?|"
    r"booked[ \u00a0]+into|lodged)[ \u00a0]+(?:at|in|into)?[ \u00a0]*the[ \u00a0]+$"
)


def _hotel(mem: Memory, run: list[Tok]) -> bool:
    """A name no list knows where people stay, after "the": a hotel, a FAC."""
    text, start = mem.art.text, run[0].start
    if not text.endswith(("the ", "the\u00a0"), max(0, start - 4), start):
        return False  # most runs: one test in C
    if _STAYED_AT.search(text, max(0, start - 40), start) is None:
        return False
    if noun_after(text, run[-1].end) and word_after(text, run[-1].end) != "hotel":
        return False  # "stayed at the Kibera home of ...": the name modifies a noun
    mem.emit(run, "FAC")
    return True


def label_unknown(mem: Memory, run: list[Tok], person_hint: bool) -> None:
    """Label (or drop) a run of words the gazetteer does not know; ``person_hint``: a title
    came right before it ("Dr. ...")."""
    if not run:
        return
    if _craft(mem, run) or _hotel(mem, run):
        return
    if len(run) == 1 and run[0].word in lexicon.LANGUAGE_NAMES:
        # A language no list labels ("Yoruba"): none where it is the language ("in Yoruba"),
        # else the people or culture ("a Yoruba singer", NORP) (class 2 and 5).
        text, t = mem.art.text, run[0]
        if not language_use(text, t.start, t.end) and not language_compound(text, t.end):
            mem.emit(run, "NORP")  # not "The Tagalog-language film" either
        return
    units = units_after(mem.art.text, run[0].end) if len(run) == 1 else None
    if units is not None:
        mem.emit(run, units)  # "across Stanislaus and Merced counties", "the Kgomo shafts"
        return
    label = keyword_label(run)
    if label is None and not all(t.reliable for t in run):
        if len(run) > 1:
            if person_like(mem.art, run):
                mem.emit(run, "PERSON")  # a name in a headline or a bare byline line
                return
            subruns = _confirmed_subruns(mem.art, run)
            if subruns is not None:
                for sub in subruns:
                    label_unknown(mem, sub, person_hint)
                return
        elif not _informative(mem, run[0]):
            return  # a headline or sentence-initial word we know nothing about
    if label is None:
        label = _single_label(mem, run[0], person_hint) if len(run) == 1 else None
        if len(run) > 1:
            label = _multi_label(mem, run, person_hint)
    if label is not None:
        mem.emit(run, label)


def _confirmed_subruns(art: Article, run: list[Tok]) -> list[list[Tok]] | None:
    """Headline or sentence start: the sub-runs the article confirms (words it also
    capitalises in mid-sentence); None when every word is confirmed."""
    confirmed = [t.reliable or t.word in art.reliable_caps for t in run]
    if all(confirmed):
        return None
    subruns: list[list[Tok]] = []
    sub: list[Tok] = []
    for t, ok in zip(run, confirmed, strict=True):
        if ok:
            sub.append(t)
        elif sub:
            subruns.append(sub)
            sub = []
    if sub:
        subruns.append(sub)
    return subruns


def _informative(mem: Memory, t: Tok) -> bool:
    """A lone word whose capital is not informative by position, kept on other evidence:
    the article capitalises it in mid-sentence, it is a known name part, a speech verb
    follows ("Nvidia said"), a role and a name follow ("Mercedes driver Felix Brandt"), or
    it is no English word at all ("Safaricom, Kenya's ...")."""
    art = mem.art
    word = t.word
    if word in art.reliable_single or (word in art.reliable_caps and not art.common(word)):
        return True
    if word in mem.loc_parts or word in mem.person_parts:
        return True
    if not t.initial:
        return False
    if not word.endswith("s") and not art.ordinary(word) and says_after(art.text, t.end):
        return True
    if _employer(art, word) and employer_before_role(art.text, t.end):
        return True  # "Rovers boss Sean Meeks": the employer, even at a sentence start
    return _foreign_word(art, word) and not before_lower_noun(art.text, t.end)


def _employer(art: Article, word: str) -> bool:
    """A word that can name an employer on its own: no everyday word, and no generic body
    noun ("Agency spokesman Wahyu Hidayat": the agency named earlier) but a club's tail
    ("Rovers boss")."""
    generic = word in lexicon.ORG_TAIL and word not in lexicon.CLUB_TAIL
    return not generic and not art.ordinary(word)


def _foreign_word(art: Article, word: str) -> bool:
    """No English word, no title, no given name or surname: a sentence-initial name."""
    gaz = art.gaz
    return not (
        art.common(word)
        or fold(word).lower() in gaz.common_words
        or word in lexicon.TITLES
        or is_given(gaz, word)
        or word.lower() in gaz.surnames
        or word in lexicon.ORG_TAIL
        or word.endswith(("ing", "ed", "ly", "ion", "s"))
        or len(word) <= 2
    )


def _single_label(mem: Memory, t: Tok, person_hint: bool) -> str | None:
    """One unknown word: a known name part, a title or cue before it, its shape, a place
    context; a word at a sentence start that is ordinary English is no name."""
    art, word = mem.art, t.word
    if _ROMAN.fullmatch(word):
        return None  # "Gladiator II": an edition's number alone names nothing (class 6)
    if word in mem.loc_parts:
        return "LOC"
    by_cue = _person_by_cue(mem, t, person_hint)
    if by_cue is not None:
        return by_cue
    if t.reliable and group_before(art, t.start):
        return "ORG"  # "the band, Blur,", "the duo Jungle": a group, even of everyday words
    if word == "Union" and _TITLE_AFTER.match(art.text, t.end):
        return None  # "Union Home Minister Amit Shah": India's central government's title
    if word.isupper() and facility_noun_after(art.text, t.end):
        return "FAC"  # "the KRS dam", "four MRT stations": not the acronym of a body (class 2)
    if word in lexicon.ORG_TAIL or (looks_org(word) and not _shouted_word(art, word)):
        # "JioPhone", "HelmetCam": camel case naming a device or a feature (class 2)
        return "PRODUCT" if _camel_product(word) else "ORG"
    if not t.reliable and art.ordinary(word):
        return None
    if t.initial and word.lower() in ORG_NOUNS:
        return None  # "Carmaker Toyota said": the noun of the firm before its name (class 6)
    by_context = _place_by_context(art, t)
    if by_context is not None:
        return by_context
    if not art.sport and demonym(art.gaz, word):
        return "NORP"  # "Teessiders pay more", "Lagosians": a place's people (class 5)
    if _owner(art, t):
        return "ORG"  # "Paystack, owned by Stripe": an owner that is an everyday word (class 6)
    score = lone_word_score(mem, t)
    if score <= 0:
        return None
    if score < _SURE_SCORE:
        mem.weak.add(t.start)  # a narrow guess: outvoted by a mention the context decides
    return "ORG"


def _place_by_context(art: Article, t: Tok) -> str | None:
    """A lone word's label from its place-like shape or context: a county's "-shire", a
    facility noun or "at the", a preposition of place, a people's noun after it, a town
    after a preposition of place, a sport page's ground, a noun of a firm's works after it;
    None without such a sign."""
    text, word = art.text, t.word
    if word.endswith("shire") and len(word) > 7:
        return "GPE"  # "a Bedfordshire jail": a county the gazetteer lacks (class 8)
    if facility_context(text, t.start, t.end):
        return "FAC"
    if place_context(text, t.start, t.end):
        return "LOC" if across_the(text, t.start) else "GPE"
    if people_context(text, t.end) and not art.plain_word(word):
        return "NORP"  # "the Maasai community"; not "the Discord community" (an everyday word)
    if _town(text, t):
        return "GPE"  # "a new store at Chadstone", "between Albury and Gundagai" (class 8)
    if art.sport and _ground(text, t):
        return "FAC"  # "Fraserburgh stumble at Bellslea": the ground (class 2: venues)
    if site_noun_after(text, t.end):
        return "GPE"  # "its Kilrush freezing plant", "the Kaasi brewery": the town (class 8)
    return None


# A firm's owner or backer: the word after is a firm even when it is an everyday word.
_OWNER_BEFORE = compiled(r"\b(?:owned|backed|acquired|bought|funded)[ \u00a0]+by[ \u00a0]+$")


def _owner(art: Article, t: Tok) -> bool:
    """ "owned by Stripe", "backed by Tiger": a word after "owned by" or "backed by" in
    mid-sentence that is no given name or surname is the owning firm."""
    if not t.reliable or is_given(art.gaz, t.word) or t.word.lower() in art.gaz.surnames:
        return False
    return _OWNER_BEFORE.search(art.text, max(0, t.start - 16), t.start) is not None


def _ground(text: str, t: Tok) -> bool:
    """On a sport page, a word no list knows (not a town either: ``_town`` came first)
    right after "at" is where the game was played, the ground; not before "'s"."""
    return text.endswith(("at ", "at\u00a0"), 0, t.start) and not text.startswith(
        ("'s", "’s"), t.end
    )


def _person_by_cue(mem: Memory, t: Tok, person_hint: bool) -> str | None:
    """A lone word's label from what marks a person: a known part of a person's name, a
    title or role before it, a noun of a person set off after it; None without such a cue.
    A cue is strong evidence: the word's other mentions ("Sifar's show", "Sifar, who
    played") are this person (issue 12, item 4)."""
    art, word = mem.art, t.word
    if word in mem.person_parts or _sibling(mem, t):
        return "PERSON"
    if t.reliable and role_in_apposition(art.text, t.end) and not looks_org(word):
        mem.person_parts.add(word)
        return "PERSON"  # "Dangote, Africa's richest man," (class 3)
    if person_hint or person_cue(art.text, t.start, t.end):
        if not person_hint and looks_org(word):
            return "ORG"
        mem.person_parts.add(word)  # "singer Sifar"
        return "PERSON"
    return None


_TITLE_AFTER = compiled(r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?(?:Minister|Cabinet|Secretary)\b")


#: A lone word's score from which its ORG counts as a full vote in document consistency.
_SURE_SCORE = 1.0

_ROMAN = compiled(r"(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})")


def _camel_product(word: str) -> bool:
    """A camel-case word whose last part names a device or a feature ("JioPhone", "HelmetCam",
    "NeighbourShare", "SteamOS"): a product, where other camel case is a firm or a brand
    ("TikTok")."""
    if word.endswith("OS") and len(word) > 3 and word[-3].islower():
        return True  # "SteamOS", "HarmonyOS": an operating system
    k = len(word) - 1
    while k > 1 and not word[k].isupper():
        k -= 1
    return k > 1 and word[k - 1].islower() and word[k:] in lexicon.PRODUCT_CAMEL_TAILS


def _shouted_word(art: Article, word: str) -> bool:
    """An everyday word in capitals ("HISTORY", "GAMES"), not an acronym (class 6): its
    capitals are no sign of an organisation. Short ones stay acronyms ("ARM", "ICE")."""
    return len(word) >= 4 and word.isupper() and word.lower() in art.gaz.common_words


_AND_PERSON = compiled(r" and ([A-Z][\w'’-]+) [A-Z][\w'’-]+")


def _sibling(mem: Memory, t: Tok) -> bool:
    """ "the brothers Colin and Derek Marsh": a given name before "and" and a full name is
    a person too (class 3: one-word person names)."""
    if not is_given(mem.art.gaz, t.word) or t.word.lower() in mem.art.gaz.common_words:
        return False
    m = _AND_PERSON.match(mem.art.text, t.end)
    return m is not None and is_given(mem.art.gaz, m.group(1))


def _multi_label(mem: Memory, run: list[Tok], person_hint: bool) -> str:
    """Several unknown words: a person by a title, a known name part or a given name; an
    organisation by camel case or digits, or by a first word that recurs alone (class 3:
    "Southcom Edge" made every "Southcom" a person); plain capitalised words that are no vocabulary
    ("Zhao Lijian") a person; ordinary words ("Nordhavn Analytics") an organisation."""
    art = mem.art
    words = [t.word for t in run if not t.connector]
    first = run[0].word
    if person_hint or role_in_apposition(art.text, run[-1].end):
        return "PERSON"  # a title before, or ", head of ..." after ("TM Roh, head of ...")
    if firm_in_apposition(art.text, run[-1].end) or group_before(art, run[0].start):
        mem.firms.add(art.text[run[0].start : run[-1].end])  # all its mentions: the firm
        return "ORG"  # "Selva Viva, a 40-seat restaurant", "the band Sauti Sol"
    if _short_for_an_org(mem, art.text[run[0].start : run[-1].end]):
        return "ORG"  # "Adani Green said", after "Adani Green Energy" (class 4)
    if _place_before_region(art.text, run[-1].end) and (
        town_in_region(art.text, run[0].start, run[-1].end) or not person_like(art, run)
    ):
        return "GPE"  # "near Siesta Key, Florida", "in Jackson Hole, Wyoming" (class 8)
    if first in mem.person_parts:
        return "PERSON"
    if person_cue(art.text, run[0].start, run[-1].end) and not has_org_keyword(run):
        return "PERSON"  # "council leader Baggy Shanker" (class 3)
    if person_like(art, run):
        return "PERSON"
    if first in lexicon.VEHICLE_MAKERS and len(words) <= 3 and not has_org_keyword(run):
        return "PRODUCT"  # "a Ford Fiesta", "the Ford Fiesta Rally3": a model (class 2)
    if any(looks_org(w) or any(c.isdigit() for c in w) for w in words):
        return "ORG"
    if _first_word_recurs(art, first):
        return "ORG"  # "Google Pay", "Southcom Edge": a company's unit or service, no person
    if len(words) == 2 and not is_given(art.gaz, first) and place_context(art.text, *_ends(run)):
        return "GPE"  # "lives in Ebute Metta": two words no list knows, as a place (class 8)
    if (
        len(words) <= 3
        and not is_given(art.gaz, first)
        and first not in lexicon.NAME_ARTICLES
        and not any(art.plain_word(w) for w in words)
        and not any(w in lexicon.ORG_TAIL for w in words)  # "Super League Shield" (class 3)
    ):
        return "PERSON"
    return "ORG"


def _ends(run: list[Tok]) -> tuple[int, int]:
    return run[0].start, run[-1].end


def _place_before_region(text: str, end: int) -> bool:
    """A state or country after a comma, or a noun of governed places ("province",
    "county", "district"...) right after the run: the run is a place."""
    if town_before_region(text, end):
        return True
    return word_after(text, end) in lexicon.PLACE_NOUNS


def _short_for_an_org(mem: Memory, surface: str) -> bool:
    """The article named an organisation whose name starts with ``surface`` and goes on
    ("Adani Green Energy" ... "Adani Green said"): its short form, not a person."""
    return surface.casefold() in mem.org_prefixes


def _first_word_recurs(art: Article, first: str) -> bool:
    """The first word of an unknown name also stands alone in mid-sentence, and is no given
    name or surname: people are named again by their last name, companies by their first
    word ("Southcom ... Southcom Edge", "Lockheed ... Lockheed Martin"). Surname-first names
    ("Zhao Lijian ... Zhao said") keep their surname first, so a surname is left out."""
    return (
        first in art.reliable_single
        and not is_given(art.gaz, first)
        and first.lower() not in art.gaz.surnames
    )


# "at", "near", "between"... and perhaps names listed before ("between Albury and ").
# Not "from": "funded by $49 million from Gavi", "a 38-point eruption from Ginebra".
_TOWN_BEFORE = compiled(
    r"\b(?:in|at|to|near|between|outside|around|towards|via)"
    r"(?: [A-Z][\w'’-]+(?:,| and| or))*[ \u00a0]$"
)


def _town(text: str, t: Tok) -> bool:
    """An unknown word that is a town's name, after a preposition of place: a place, where
    it was an ORG for want of evidence. Not before "'s": "in Mama's kitchen"."""
    return (
        _TOWN_BEFORE.search(text, max(0, t.start - 40), t.start) is not None
        and not text.startswith(("'s", "’s"), t.end)
        and t.word in towns()
    )
