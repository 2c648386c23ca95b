"""Stage 3, span features: what the words right around a run say it is, before any other
reading is asked (classes 2, 4 and 6).

- the outlet someone "told" ("he told Business Day."; a paper after "told the" is a set
  phrase of its own);
- the kind the noun before "called" gives ("a startup called Brightloom": ``called.py``);
- a law's keyword alone after "the" ("The Bill, which seeks ..."): no name;
- a sum glued to its currency ("Kariega Fruit R340m"): no part of the name;
- an award used as a modifier ("her first Juno nomination"): no entity.
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.called import VERBS_AND_AS, called_label
from reader.entities.names.memory import Memory
from reader.entities.names.tokens import Tok
from reader.entities.names.words import is_given, lookup
from reader.entities.regex_code import compiled


def introduced(mem: Memory, toks: list[Tok]) -> bool:
    """Label a run its introduction decides and say True: the outlet told ("he told
    Business Day.", "told Mint:"), the kind a noun before "called" gives ("a startup called
    Brightloom", "the tour, called Khat Live"; a work's title: no entity)."""
    if _told_outlet(mem, toks):
        mem.emit(toks, "ORG")
        return True
    called = called_label(mem.art.text, toks[0].start)
    if called is None:
        return False
    if called:
        mem.emit(toks, called)
    return True


def bare_law_word(text: str, toks: list[Tok]) -> bool:
    """A law's keyword alone after "the" or a possessive: "The Bill", "a people's Bill"."""
    last = toks[-1]
    if last.word not in LAW_WORDS:
        return False
    if len(toks) == 2:
        return toks[0].word == "The"
    return len(toks) == 1 and text.endswith(_THE_OR_POSSESSIVE, max(0, last.start - 4), last.start)


def _told_outlet(mem: Memory, toks: list[Tok]) -> bool:
    """ "he told Business Day.", "she told Mint:", "told Deadline in an interview": a name
    of up to three words after "told" and before a stop is the outlet told (class 2: it was
    an EVENT, a date's word, or nothing). Not a person: no word a given name, a surname,
    a part of a person of the article, or a place or people the gazetteer knows."""
    text, start, end = mem.art.text, toks[0].start, toks[-1].end
    if len(toks) > 3 or not text.endswith("told ", max(0, start - 5), start):
        return False
    if not (text[end : end + 1] in _STOPS or text.startswith(_TOLD_NEXT, end)):
        return False
    gaz = mem.art.gaz
    if len(toks) == 1 and (toks[0].word.lower() in gaz.surnames or _PLURAL_ACRONYM(toks[0].word)):
        return False  # "told Harris,", "told MPs that"
    return not any(
        t.connector
        or is_given(gaz, t.word)
        or t.word in mem.person_parts
        or lookup(gaz.names, t.word) in _NOT_OUTLETS
        for t in toks
    )


_STOPS = frozenset(".,:;")
# A sum glued to its currency's letters ("R340m", "Ksh3bn", "P4.2bn"): MONEY, never part of a
# name (class 4: it made "Kariega Fruit R340m" one ORG); "R2", "S24" (models) are no sums.
IS_AMOUNT = compiled(
    r"(?:R|RM|Rs|Ksh|KSh|N|P|S\$|US\$|A\$|HK\$|NZ\$|C\$)[0-9][0-9,]*"
    r"(?:\.[0-9]+|(?:\.[0-9]+)?(?:m|bn|k|tn|trn|million|billion))"
).fullmatch
# The same letters and up to three digits, where a thousands' comma follows in the text
# ("fined Terengganu RM20,000": the run stops at the comma).
GLUED_THOUSANDS = compiled(
    r"(?:R|RM|Rs|Ksh|KSh|N|P|S\$|US\$|A\$|HK\$|NZ\$|C\$)[0-9]{1,3}"
).fullmatch
# What follows an award's name used as a modifier (WORK_OF_ART, outside postil's labels).
AWARD_AFTER = (
    "-winning",
    "-nominated",
    "-longlisted",
    "-shortlisted",
    " nomination",
    " nominations",
    " nod",
)
# What may introduce a run: "told", "called", "named", "known ... as", "under the name"
# ("told the Irish Independent" is a set phrase: ``set_phrases``).
INTRODUCED = ("told ", *VERBS_AND_AS)
# A law's keyword alone after "the" or a possessive names no law ("the Constitution" is
# a set phrase of its own).
LAW_WORDS = lexicon.words("Bill Act Treaty Directive Regulation Accord")
_THE_OR_POSSESSIVE = ("the ", "The ", "'s ", "’s ")
_PLURAL_ACRONYM = compiled(r"[A-Z]{2,}s").fullmatch
_TOLD_NEXT = (" on ", " in ", " that ", " last ", " this ", " earlier", " after ", " before ")
_NOT_OUTLETS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
