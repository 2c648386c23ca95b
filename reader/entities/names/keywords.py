"""Stage 3, span features (structure): the kind of name a keyword inside it announces.

"Justice Department" is an ORG by its last word, "Board of Elections" by an organisation
head before "of", "Mount Agung" a LOC by its first word. The keyword lists live in
``lexicon``; the order below is the order of precedence, data rather than branches.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.tokens import Tok
from reader.entities.names.words import lookup

# Last word -> label, tried in this order (after ORG and LAW tails and organisation heads).
_LATE_TAILS: tuple[tuple[frozenset[str], str], ...] = (
    (lexicon.FAC_TAIL, "FAC"),
    (lexicon.EVENT_TAIL, "EVENT"),
    (lexicon.LOC_TAIL, "LOC"),
    # "Mountain Province", "Kandahar Governorate" (class 8: a region as a person or ORG);
    # not "County", a club's last word on a sport page ("Notts County")
    (lexicon.PLACE_TAILS - {"County"}, "GPE"),
)


def keyword_label(toks: list[Tok]) -> str | None:
    """Type fixed by a keyword of a multi-word name: its last word ("Justice Department" ->
    ORG), an organisation head before "of"/"for" anywhere ("Franklin County Board of
    Elections", "Max Planck Institute for ..."), or a first word ("Mount Agung" -> LOC)."""
    if len(toks) < 2:
        return None
    last = toks[-1].word
    by_head = _by_head_of(toks)
    if by_head is not None:
        return by_head
    by_last_two = _by_last_two(toks[-2].word, last)
    if by_last_two is not None:
        return by_last_two
    if last.split("-")[0] in lexicon.ORG_TAIL:
        return "ORG"  # "Justice Department", "Acme Co-op"
    if any(t.word in _SITE_INSIDE for t in toks[1:-1]):
        return "FAC"  # "RAAF Base Edinburgh", "Air Force Station Hindan", "Fleet Base East"
    if last in lexicon.LAW_TAIL:
        return "LAW"
    if has_org_head(toks):
        return "ORG"
    for words, label in _LATE_TAILS:
        if last in words:
            return label
    if len(last) > 5 and last.lower().endswith("fest"):
        return "EVENT"  # "Reggae Sumfest", "Kisumu Filmfest": a festival (class 2)
    first = toks[0].word
    if _event_head(toks):
        return "EVENT"  # "Hurricane Katrina", "Super Typhoon Odette", "Rally Finland"
    return _by_first_word(first, len(toks))


def _by_first_word(first: str, count: int) -> str | None:
    """The label a name's first word gives it: land's, a county's, a venue's, or a body's in
    another language."""
    if first in lexicon.LOC_HEAD or first.title() in lexicon.LOC_HEAD:
        return "LOC"
    if first in lexicon.GPE_HEAD and count == 2:
        return "GPE"  # "County Clare", "Co Donegal"
    if first in lexicon.FAC_HEAD:
        return "FAC"  # "Stade de France", "HMP Northfield" (class 2: venues)
    if first in lexicon.ROMANCE_ORG_HEADS:
        return "ORG"  # "Liga Profesional", "Movimiento Ciudadano", "Trenes Argentinos"
    return None


# Words of a military site inside its name, its place after them ("RAAF Base Tindal").
_SITE_INSIDE = lexicon.words("Base Station Barracks Airbase")


def _event_head(toks: list[Tok]) -> bool:
    """The run opens with an event's word ("Super" perhaps before it); not "Rally for
    Democracy", a party's name."""
    first = toks[0].word
    if first == "Super":
        return toks[1].word in lexicon.EVENT_HEAD
    if first == "Rally":
        return not any(t.connector for t in toks)
    return first in lexicon.EVENT_HEAD


_HEADS_OF = (
    (lexicon.LAW_HEAD, "LAW"),  # "Treaty of Versailles", "Treaty of the European Union"
    (lexicon.FAC_OF_HEAD, "FAC"),  # "Port of Mombasa", "Palace of Westminster"
    (lexicon.LOC_OF_HEAD, "LOC"),  # "Firth of Clyde", "Gulf of Aden"
)


def _by_head_of(toks: list[Tok]) -> str | None:
    """The label a first word before "of" gives the run, if any; for a venue, also a later
    word right before the first "of" ("the Ancient Theater of Epidaurus")."""
    if toks[1].connector and toks[1].word[:2] == "of":
        return next((label for heads, label in _HEADS_OF if toks[0].word in heads), None)
    if len(toks) < 4:
        return None  # a word, the venue's, "of" and a name at least
    k = next((k for k, t in enumerate(toks) if t.connector), 0)
    if k > 1 and toks[k].word == "of" and toks[k - 1].word in lexicon.FAC_OF_HEAD:
        return "FAC"
    return None


def _by_last_two(before: str, last: str) -> str | None:
    """A label the last two words fix over the last one's: "Durban International Convention
    Centre" is a venue, not a body; "Gros Morne National Park" land, not a venue; the
    "Republican National Convention" an event, not a law (class 2)."""
    if last in ("Centre", "Center") and before in lexicon.FAC_CENTRE_KINDS:
        return "FAC"
    if (before, last) in lexicon.FAC_LAST_TWO:
        return "FAC"  # "Beitbridge Border Post", "Lekki Free Zone"
    if last == "Park" and before == "National":
        return "LOC"
    if last == "Convention" and before in ("National", "State"):
        return "EVENT"  # "the Democratic National Convention": a party's gathering, no treaty
    return None


def has_org_head(toks: list[Tok]) -> bool:
    """An organisation head right before a connector ("Board of", "Institute for")."""
    return any(
        t.word in lexicon.ORG_HEAD and toks[k + 1].connector and toks[k + 1].word[0] in "fod"
        for k, t in enumerate(toks[:-1])
    )  # "of", "for", "de", "del": not "and" ("Greater London Authority and ...")


def has_org_keyword(toks: list[Tok]) -> bool:
    """The run is an organisation's name by a keyword (the last word or a head + "of")."""
    return len(toks) >= 2 and (toks[-1].word in lexicon.ORG_TAIL or has_org_head(toks))


def complete(toks: list[Tok], names: dict[str, str]) -> bool:
    """A name on its own: an organisation keyword, a gazetteer entry, or keyword-ended."""
    if not toks:
        return False
    if len(toks) == 1:
        word = toks[0].word
        return word in lexicon.ORG_TAIL or lookup(names, word) is not None
    if lookup(names, " ".join(t.word for t in toks)) is not None:
        return True  # "Standard Chartered and Deutsche Bank": a known name of its own
    label = keyword_label(toks)
    if label is None:
        return False
    if toks[0].word in lexicon.EVENT_HEAD and toks[-1].word not in lexicon.EVENT_TAIL:
        return len(toks) == 2 and not toks[1].connector  # "Storm Bert", not "Storm and ..."
    return True
