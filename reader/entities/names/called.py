"""A name the text introduces with the noun of what it names: "a startup called Brightloom",
"the tour, called Khat Live", "known to fans as Jojo" (classes 2 and 3: products, events and
stage names given the label an unknown capitalised word gets, mostly ORG).

The noun says the kind outright, so it decides the label of the run right after "called",
"named", "titled" or "dubbed"; a noun of works makes the run a title (no entity: WORK_OF_ART
is outside postil's labels). Read in a short window before the run.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.regex_code import compiled

# What each noun names (OntoNotes 5: a named storm or tour is an EVENT, an app a PRODUCT);
# "" for works. Nouns that also name people ("model", "assistant") are left out.
_KINDS = {
    **dict.fromkeys(
        lexicon.words(
            "tour festival concert conference summit storm hurricane typhoon cyclone operation"
        ),
        "EVENT",
    ),
    **dict.fromkeys(
        lexicon.words(
            "app chatbot device phone drone tool robot gadget browser feature satellite rocket"
            " spacecraft probe ship vessel yacht ferry"
        ),
        "PRODUCT",
    ),
    **dict.fromkeys(
        lexicon.words(
            "startup start-up company firm band group charity party label agency outfit venture"
        ),
        "ORG",
    ),
    **dict.fromkeys(lexicon.WORK_NOUNS - lexicon.words("debut hit"), ""),
}
# A determiner, up to two modifiers, the noun, perhaps a comma, the naming verb, a space.
_CALLED_BEFORE = compiled(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ew)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(" + "|".join(sorted(_KINDS, key=lambda w: (-len(w), w))) + r"),?[ \u00a0]+"
    r"(?:called|named|titled|dubbed)[ \u00a0]+$"
)
# A stage name: "known to fans as Jojo", "under the name Ghostlight" after music's verbs
# and nouns ("a solo artist under the name Ghostlight").
_STAGE_NAME_BEFORE = compiled(
    r"(?:\bknown[ \u00a0]+to[ \u00a0]+(?:fans|friends|viewers|listeners)[ \u00a0]+as|"
    r"\b(?:performs?|performed|performing|records?|recorded|recording|releases?|released|"
    r"releasing|raps?|rapped|sings?|sang|music|songs|artist|act|DJ|rapper|singer|musician)"
    r"[ \u00a0]+under[ \u00a0]+the[ \u00a0]+"
    r"name)[ \u00a0]+$"
)
_WINDOW = 64


def called_label(text: str, start: int) -> str | None:
    """The label a noun before ``start`` gives the name there ("" for a work's title), or
    ``None`` where no such noun introduces it."""
    if not text.endswith(VERBS_AND_AS, max(0, start - 8), start):
        return None  # most names: no naming word right before (one test in C)
    lo = max(0, start - _WINDOW)
    m = _CALLED_BEFORE.search(text, lo, start)
    if m is not None:
        return _KINDS[m.group(1).lower()]
    if _STAGE_NAME_BEFORE.search(text, lo, start):
        return "PERSON"
    return None


#: What ends the text right before a name a noun or a phrase introduces.
VERBS_AND_AS = ("called ", "named ", "titled ", "dubbed ", " as ", " name ")

#: What ends the text right before a name a craft noun introduces.
CRAFT_ENDINGS = tuple(
    f" {noun}{comma} " for noun in sorted(lexicon.CRAFT_NOUNS) for comma in ("", ",")
)
_CRAFT_BEFORE = compiled(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:"
    + "|".join(sorted(lexicon.CRAFT_NOUNS))
    + r"),?[ \u00a0]+$"
)


def craft_named(text: str, start: int) -> bool:
    """Whether a determiner and a noun of craft or medicines, perhaps with one modifier,
    introduce the name at ``start`` ("the Mars rover Perseverance", "its tanker, Ever
    Given,")."""
    return _CRAFT_BEFORE.search(text, max(0, start - 40), start) is not None
