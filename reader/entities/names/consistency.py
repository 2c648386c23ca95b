"""Stage 5, document consistency: one label per surface per article.

A lone surname takes the label of the full name it belongs to ("Musk" after "Elon Musk");
a name the article uses before a product noun is a PRODUCT ("its Phoenix lander"); every
other surface gets the label most of its occurrences got (class 3: a wrong label from one
mention must not win over the rest).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from itertools import accumulate

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.names.article import lower_vocab
from reader.entities.names.words import is_given
from reader.entities.names.work_cues import titles_before_cues
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

# One pattern per separator: a single leading character is a literal prefix ``re`` scans for
# in C, where the class "[ \u00a0]" made it try the alternation after every space.
PRODUCT_NOUN_RES = tuple(
    compiled(sep + "(?:" + "|".join(sorted(lexicon.PRODUCT_NOUNS)) + r")\b")
    for sep in (" ", "\u00a0")
)
_PRODUCT_NAME_RE = compiled(
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\b[Ww]hose|\b[Tt]he|\bnew|\bown|\b\d[\d,]*)"
    r"(?:[ \u00a0]+[a-z][\w-]*){0,2}"
    r"[ \u00a0]+([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)$"
)
# "Another new feature, Pocket Mode,", "The new feature is MarginMind,", "FlashReply, a
# feature that": a named feature.
_FEATURE_RES = (
    compiled(
        r"\bfeatures?,?[ \u00a0]+(?:called[ \u00a0]+|is[ \u00a0]+|was[ \u00a0]+)?"
        r"([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)(?=[,.;])"
    ),
    compiled(
        r"(?<![\w-])([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?),"
        r"[ \u00a0]+an?[ \u00a0]+(?:new[ \u00a0]+)?feature\b"
    ),
)
# "its new FraudLock feature", "the app's Quiet Hours mode": a name between a determiner (or
# a possessive) and the noun (not "the Hindi feature film": a film's kind).
_NAME_BEFORE_FEATURE = compiled(
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\b[Tt]he|\bnew)(?:[ \u00a0]+[a-z][\w-]*){0,2}"
    r"[ \u00a0]+([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)[ \u00a0]+(?:feature|mode)\b"
    r"(?![ \u00a0]+films?\b)"
)
# A title in quotation marks ("Starfall,") or right after a noun of works ("the song Kuch
# Pal", "family drama Dhoop Chhaon"): a WORK_OF_ART, outside postil's labels (class 2).
_QUOTED_TITLE = compiled(
    r"[\"“]((?:The[ \u00a0])?[A-Z][\w'’-]*(?:[ \u00a0](?:[A-Z][\w'’-]*|\d{1,2})){0,5})"
    r"[,.!?]?[\"”]"
)
# Headlines quote titles in single quotes ("Zilo's 'Oruko Rere' breaks", "'Bahay ni Lola'
# leads"): capitalised words, with short small words between them, none of them a sentence.
# (The quote mark opens the pattern, so ``re`` scans for it fast; what comes before it is
# checked in Python: "Zilo's" must not open a title.)
_SINGLE_QUOTED_TITLE = compiled(
    r"['‘]((?:The[ \u00a0])?[A-Z][\w-]*"
    r"(?:[ \u00a0](?:[A-Z][\w'’-]*|[a-z]{1,3}(?=[ \u00a0][A-Z])|\d{1,2})){0,5})['’](?![\w])"
)
# The title after a noun of works, perhaps after a comma ("Its lead single, Chitthi,"); the
# nouns themselves are found with ``str.find``.
_TITLE_AFTER_NOUN = compiled(
    r"(?:[ \u00a0]+of)?,?[ \u00a0]+((?:The[ \u00a0])?[A-Z][\w'’-]*"
    r"(?:[ \u00a0](?:[A-Z][\w'’-]*|[a-z]{1,3}(?=[ \u00a0](?:[a-z]{1,3}[ \u00a0])?[A-Z])"
    r"|\d{1,2}(?![\d,.]))){0,5})"
)

# A title after an actor's verb and "in": "She also stars in Beetlejuice Beetlejuice",
# "appeared in Top Boy" (class 2: a film title as PERSON); not a known name ("starred in
# London"). The verbs are found with ``str.find`` (an alternation of them made ``re`` try
# every offset), the title matched right after as after a noun of works.
_ACTING_VERBS = ("stars in", "star in", "starred in", "starring in", "appears in", "appeared in")
_ACTING_WORDS = frozenset(verb.split()[0] for verb in _ACTING_VERBS)

# After a name set off by a comma from a noun of works, a speech verb: the name is who
# speaks, not the title ("the series, Warner Bros said"; class 2).
_SPEAKER_AFTER = compiled(r"[ \u00a0]+(?:said|says|told|added|announced|confirmed)\b")
# Before a noun of works that is also a verb ("play", "show", "track"), what makes it the
# noun: a determiner, a possessive or a year, perhaps with up to two modifiers between ("her
# single Ngiyabonga", "their 2005 debut Streetlight", "Walia's coming film Dhool", "the
# Malayalam film Empuraan"); "will play Wembley Stadium", "the band will play Wembley" and
# "polls show Labour" name no work (class 2: a venue or a party dropped as a title). Not
# "a": "a single Nvidia chip".
_WORK_MODIFIERS = (
    r"new|latest|lead|hit|debut|coming|upcoming|forthcoming|next|first|second|third|last|final"
    r"|own|breakout|acclaimed|award-winning|solo|comeback|\d{4}|[\w-]+-language|"
    # a show's kind: "the reality show Love Island", "the talk show ..."
    r"reality|talk|game|chat|cookery|cooking|dating|talent|quiz|breakfast|sketch|variety|"
    # a language or a people: "the Malayalam film Empuraan", "the Korean drama ..."
    + "|".join(sorted(w for w in lexicon.LANGUAGE_NAMES | lexicon.NORP_WORDS if w.isalpha()))
)
_WORK_DETERMINER = compiled(
    r"(?:\b(?:the|his|her|its|their|our|my|your|this|that|" + _WORK_MODIFIERS + r")|['’]s)"
    r"(?:[ \u00a0]+(?:" + _WORK_MODIFIERS + r")){0,2}[ \u00a0]+$",
    re.IGNORECASE,
)


# A title set off before the noun of its work: "Blue Hour, an original song by ...", "The
# Salt Archive, a novel about ..." (class 2). Up to three modifiers between the determiner
# and the noun, none a preposition ("Tom Hanks, the star of the film" names no film); the
# noun heads its phrase ("the film director" is a person's role): a stop or a clause follows.
_TITLE_BEFORE_NOUN = compiled(
    r"(?<![\w'’-])((?:The[ \u00a0])?[A-Z][\w'’-]*"
    r"(?:[ \u00a0](?:[A-Z][\w'’-]*|[a-z]{1,3}(?=[ \u00a0][A-Z])|\d{1,2})){0,5}),[ \u00a0]+"
    r"(?:an?|the|his|her|their|its)[ \u00a0]+"
    r"(?:(?!(?:of|in|for|from|with|by|on|at|to|and|or|who|which|that)[ \u00a0])"
    r"[\w'’-]+[ \u00a0]+){0,3}$"
)
_AFTER_WORK_NOUN = compiled(
    r"s?(?=[,.;:)]|[ \u00a0]+(?:by|about|from|that|which|with|in|on|for|of|starring|"
    r"written|directed|released|produced|set|is|was|has|had|will)\b)"
)
# Nouns of works a title is set off before: not those that are more often something else
# after a determiner ("the best debut", "a big hit", "the show's host").
_APPOSED_WORKS = lexicon.WORK_NOUNS - lexicon.words("debut hit show play track")


_NOT_PRODUCT_NAMES = frozenset({"ORG", "LOC", "NORP"})
#: Product nouns with a capital ("GPUs", "SUV"): the vocabulary holds lower-case words only.
_CAPITAL_PRODUCT_NOUNS = tuple(sorted(n for n in lexicon.PRODUCT_NOUNS if not n.islower()))


def product_words(text: str, vocab: set[str] | None = None) -> set[str]:
    """Names the article uses before a product noun: "BYD's Seal sedan", "its Phoenix lander"
    (class 2: products given a core label).

    The (rare) nouns are found first; the name is then matched in a short window before."""
    found = feature_names(text, vocab) | names_before_feature(text, vocab)
    found |= named_products(text, vocab)
    if (
        vocab is not None
        and lexicon.PRODUCT_NOUNS.isdisjoint(vocab)
        and not any(noun in text for noun in _CAPITAL_PRODUCT_NOUNS)
    ):
        return found  # no product noun in the article (most articles)
    for m in (m for noun_re in PRODUCT_NOUN_RES for m in noun_re.finditer(text)):
        named = _PRODUCT_NAME_RE.search(text, max(0, m.start() - 60), m.start())
        if named:
            name = named.group(1)
            if (
                not name.isupper()
                and name not in lexicon.FUNCTION_WORDS
                # "the tablet's MediaTek chip": a known maker before its product noun is the
                # maker; "the Mars rover": a known planet, sea or region, where the product goes
                # (not a town: "its Phoenix lander"); "the Kenyan tanks": whose they are
                and gazetteer().names.get(name) not in _NOT_PRODUCT_NAMES
            ):
                found.add(name)
    return found


def work_titles(
    text: str, vocab: set[str], studios: Collection[str] = ()
) -> tuple[set[str], list[tuple[int, int]]]:
    """Titles of works the article names (with and without a leading "The"), and where;
    ``studios``: the studios and streamers it names (their possessives open titles)."""
    found: set[str] = set()
    where: list[tuple[int, int]] = []
    matches = [
        m
        for i, m in after_nouns(text, lexicon.WORK_NOUNS & vocab, _TITLE_AFTER_NOUN)
        if (
            text[i : m.start()] not in lexicon.WORK_VERBS
            or _WORK_DETERMINER.search(text, max(0, i - 40), i)
        )
        and not (text.startswith(",", m.start()) and _SPEAKER_AFTER.match(text, m.end(1)))
        and not (text.startswith("hit", i) and gazetteer().names.get(m.group(1)) is not None)
    ]  # "her hit Flowers" is a title, "the hit Netflix show" names the streamer
    if studios:
        matches += _studio_titles(text, studios)
    if "Prize for " in text or "album for " in text or "of the year for " in text:
        # "wins Giller Prize for The Salt Archive", "best hip-hop album for Kasi Dreams"
        matches += (m for _, m in after_nouns(text, _AWARDED_FOR, _TITLE_AFTER_NOUN))
    if ", " in text:
        matches += _titles_set_off(text, _APPOSED_WORKS & vocab)
    if _ACTING_WORDS & vocab:
        names = gazetteer().names
        acted = after_nouns(text, _ACTING_VERBS, _TITLE_AFTER_NOUN)
        matches += (m for _, m in acted if m.group(1) not in names)
    matches += titles_before_cues(text, vocab)  # "The Bear season four", "Jawan crossed Rs"
    if '"' in text or "“" in text:
        matches += _QUOTED_TITLE.finditer(text)
    if "'" in text or "‘" in text:
        matches += (
            m
            for m in _SINGLE_QUOTED_TITLE.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’")
        )
    for m in matches:
        title = m.group(1)
        found.add(title)
        found.add(title.removeprefix("The").lstrip())
        where.append(m.span(1))
    return found, where


# What a work is awarded after ("Prize for", "album of the year for"; class 2).
_AWARDED_FOR = ("Prize for", "album for", "of the year for")


def _titles_set_off(text: str, nouns: Collection[str]) -> Iterator[re.Match[str]]:
    """Titles set off by a comma before a determiner and the noun of their work ("Blue
    Hour, an original song by NOVA9"); not a name the gazetteer knows ("North America, the
    best-selling album") nor one after "by", a maker's ("directed by Nitin Bhatnagar, the
    film was shot"). The nouns are found with ``str.find``, the title in a short window
    before each."""
    names = gazetteer().names
    for noun in sorted(nouns):
        i = text.find(noun)
        while i >= 0:
            j = i + len(noun)
            if i and text[i - 1] in " \u00a0" and _AFTER_WORK_NOUN.match(text, j):
                m = _TITLE_BEFORE_NOUN.search(text, max(0, i - 120), i)
                if m and names.get(m.group(1)) is None and not _after_by(text, m.start(1)):
                    yield m
            i = text.find(noun, j)


def _after_by(text: str, start: int) -> bool:
    return text.endswith((" by ", "\u00a0by "), max(0, start - 4), start)


# A noun of works right after a title ("the BBC's Panorama programme").
_WORK_NOUN_AFTER = compiled(
    r"[ \u00a0](?:programme|program|show|series|documentary|drama|podcast|film|sitcom)\b"
)


def _studio_titles(text: str, studios: Collection[str]) -> Iterator[re.Match[str]]:
    """Titles after a studio's or streamer's possessive: "Netflix's Bridgerton", "HBO's The
    Last of Us" (class 2: a show or film as an ORG or a place); not a person ("Netflix's Ted
    Sarandos", "Disney's Iger said"), a firm ("Peacock's NBCUniversal sibling") nor a known
    name ("Disney's Florida parks"), unless a noun of works follows ("the BBC's Panorama
    programme")."""
    gaz = gazetteer()
    for studio in sorted(studios):
        for _, m in after_nouns(text, (studio + "'s", studio + "’s"), _TITLE_AFTER_NOUN):
            title = m.group(1).removeprefix("The ")
            first = title.split(" ", 1)[0]
            firm = any(c.isupper() for c in first[1:])  # "NBCUniversal", "ESPN"
            if firm or is_given(gaz, first):
                continue
            if gaz.names.get(title) is not None and not _WORK_NOUN_AFTER.match(text, m.end(1)):
                continue  # "Disney's Florida parks"; not "the BBC's Panorama programme"
            if not _SPEAKER_AFTER.match(text, m.end(1)):
                yield m


def after_nouns(
    text: str, nouns: Collection[str], pattern: re.Pattern[str]
) -> Iterator[tuple[int, re.Match[str]]]:
    """Where each of ``nouns`` starts a word of ``text``, and ``pattern`` matched right
    after it ("the song Kuch Pal", "its assistant, Kelu,"). The nouns are found with
    ``str.find``: an alternation of words made ``re`` try every offset of a long text."""
    for noun in sorted(nouns):
        i = text.find(noun)
        while i >= 0:
            j = i + len(noun)
            if i == 0 or not text[i - 1].isalnum():
                m = pattern.match(text, j)
                if m:
                    yield i, m
            i = text.find(noun, j)


def _inside_test(where: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``inside(s, e)``: is ``[s, e)`` within one of the spans ``where``? Binary search over
    the spans sorted by start, with the furthest end reached so far: linear in the spans
    per article, where a scan per entity made long texts quadratic."""
    where = sorted(where)
    starts = [a for a, _ in where]
    reach = list(accumulate((b for _, b in where), max))

    def inside(s: int, e: int) -> bool:
        i = bisect_right(starts, s) - 1
        return i >= 0 and reach[i] >= e

    return inside


# "its assistant, Kelu,", "the company's software, SkyLane,", "The feature, called BimaRide,":
# a product noun after a determiner, then the product's name set off by commas (apps and
# services stay ORG). The noun opens the pattern (fast to scan for); the determiner before it
# is checked on the few matches.
_PRODUCT_APPOSITION_NOUNS = lexicon.words(
    "assistant software chatbot model device drone robot e-reader handset camera doorbell "
    "tablet smartphone headset wearable gadget drink beverage beer lager snack cereal drug "
    "vaccine phone laptop pickup scooter console"
)
# What follows the noun: the name, perhaps after "called", then a comma or a full stop.
_AFTER_PRODUCT_NOUN = compiled(
    r",?[ \u00a0]+(?:called[ \u00a0]+|named[ \u00a0]+)?"
    r"([A-Z][\w-]*(?:[ \u00a0](?:[A-Z][\w-]*|\d{1,2}))?)(?=[,.;])"
)
_PRODUCT_DETERMINER = compiled(
    r"\b(?:its|the|their|our|a|new|company['’]s)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}$"
)


def named_products(text: str, vocab: set[str] | None = None) -> set[str]:
    """Products named right after a noun of products, between commas (class 2: a product
    given a core label): "its assistant, Kelu, works through"."""
    nouns = _PRODUCT_APPOSITION_NOUNS if vocab is None else _PRODUCT_APPOSITION_NOUNS & vocab
    found = {
        m.group(1)
        for i, m in after_nouns(text, nouns, _AFTER_PRODUCT_NOUN)
        if _PRODUCT_DETERMINER.search(text, max(0, i - 40), i)
    }
    return found - lexicon.FUNCTION_WORDS


def feature_names(text: str, vocab: set[str] | None = None) -> set[str]:
    """Named product features ("Pocket Mode", "FlashReply"; class 2).

    Both patterns need "feature" and never cross a line, so they are run over the lines that
    hold the word only: the same matches as over the whole text (``finditer`` restarts at a
    line's start whenever the previous line had no match left), where a whole-text scan tried
    the name pattern at every capital of a long text."""
    if "feature" not in text or (vocab is not None and not {"feature", "features"} & vocab):
        return set()
    found: set[str] = set()
    for start, end in _lines_with(text, "feature"):
        for pattern in _FEATURE_RES:
            found.update(m.group(1) for m in pattern.finditer(text, start, end))
    return found


def names_before_feature(text: str, vocab: set[str] | None = None) -> set[str]:
    """Unknown names right before "feature" or "mode" ("its new FraudLock feature"; class 2:
    a named feature given ORG). A known name there is its maker ("the Netflix feature"), a
    calendar word a column's day ("the Sunday feature"). Run over the lines that hold the
    noun only, as :func:`feature_names`."""
    if vocab is not None and not {"feature", "mode"} & vocab:
        return set()
    names = gazetteer().names
    found = set()
    for word in ("feature", "mode"):
        for start, end in _lines_with(text, word):
            for m in _NAME_BEFORE_FEATURE.finditer(text, start, end):
                name = m.group(1)
                if names.get(name) is None and not _not_a_feature(name):
                    found.add(name)
    return found


def _not_a_feature(name: str) -> bool:
    """A calendar word, capitals or an organisation's word ("the Guardian feature")."""
    words = name.split()
    return (
        name.isupper()
        or words[-1] in lexicon.ORG_TAIL
        or any(w in lexicon.CALENDAR_WORDS for w in words)
    )


def _lines_with(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding ``word``, newline excluded, in text order."""
    i = text.find(word)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        if end < 0:
            end = len(text)
        yield start, end
        i = text.find(word, end)


# A label decided where capitals carry no information (headline, sentence start) counts for
# this much of a vote; one from the body, with its context, counts 1 (issue 12, item 4).
WEAK_VOTE = 0.25


def harmonise(
    text: str,
    spans: list[Span],
    person_parts: set[str],
    products: set[str],
    weak: frozenset[int] | set[int] = frozenset(),
    vocab: set[str] | None = None,
    firms: Collection[str] = (),
) -> list[Span]:
    """One label per surface per article: products, person name parts, names a firm's noun
    was set off after ("Tim Ho Wan, the Hong Kong dim sum chain": every "Tim Ho Wan" is the
    firm), then the label with most votes, a body mention outweighing headline ones (class
    3: a wrong label from the headline must not spread)."""
    votes: dict[str, dict[str, float]] = {}
    for s, e, label in spans:
        vote = WEAK_VOTE if s in weak else 1.0
        counts = votes.setdefault(text[s:e], {})
        counts[label] = counts.get(label, 0.0) + vote
    best = {surface: max(c, key=c.__getitem__) for surface, c in votes.items()}
    for surface in products:
        best[surface] = "PRODUCT"
    for surface in [s for s in best if s in lexicon.PARTY_NAMES or s.endswith(" Party")]:
        del best[surface]  # "a Labour MP" (NORP) and "Labour said" (ORG) both stand
    for surface in person_parts:
        if surface in best and surface not in products:
            best[surface] = "PERSON"
    for surface in firms:
        best[surface] = "ORG"
    studios = votes.keys() & lexicon.STUDIOS  # a set, typed as one (not frozenset)
    works, where = work_titles(text, lower_vocab(text) if vocab is None else vocab, studios)
    works -= products
    inside = _inside_test(where)
    out = [
        (s, e, best.get(text[s:e], label))
        for s, e, label in spans
        if text[s:e] not in works and not (where and inside(s, e))
    ]
    out.sort()
    return out
