"""Stage 4, scored decision: is a lone capitalised word that no rule explains an ORG?

Class 6 (capitalised words that are not entities) and the ORG precision of issue 12. The
word reaches this decision after the gazetteer, keywords, shapes and context cues had
nothing to say; what is left is weighed as features, with weights fitted on gold, dev and
dev2 by ``data/fit_weights.py`` (``lone_word``). Each feature is evidence a reader uses:

- for an ORG: a speech verb or possessive after it, an organisation noun before it
  ("phone maker Nokora", "advocacy group Noyb"), "told" before it (a news outlet), a list
  with an organisation already named ("Apple and Meta"), the word recurring;
- against: an everyday word or a person's name part, a digit or calendar abbreviation
  ("N500", "Sept": the numeric pass owns them).

``fit_weights.py --cv`` scores each feature set with one development set left out; the
features above raised that score from 0.43 to 0.69 accuracy (ORG F1 0.57 to 0.76).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.cues import says_after
from reader.entities.names.memory import Memory
from reader.entities.names.sport import fitted_weights
from reader.entities.names.tokens import Tok
from reader.entities.names.words import is_given
from reader.entities.regex_code import compiled

_QUOTE_BEFORE = frozenset("\"“‘'")
_PREP_BEFORE = lexicon.words("in at from by with for of on to into via")
# Lower-case nouns right before a name that say it is an organisation.
ORG_NOUNS = lexicon.words("""
company companies firm firms group maker makers giant giants rival rivals startup start-up
app platform network networks carrier operator supplier suppliers manufacturer developer
publisher retailer lender insurer bank brand chain broadcaster newspaper magazine outlet
agency regulator watchdog charity club label studio airline automaker provider conglomerate
carmaker carmakers chipmaker chipmakers drugmaker drugmakers miner miners refiner broker
brokerage investor manager
""")
_CALENDAR_ABBREVIATIONS = lexicon.words(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
)
# "Apple and [Meta]", "Google, [Facebook], and YouTube": a list joins names of one kind.
_LIST_BEFORE = compiled(r"([A-Z][\w'’&.-]*)(?:,|,? and| or) $")
_LIST_AFTER = compiled(r"(?:,|,? and| or) ([A-Z][\w&.-]*)")
RECORD: list[tuple[int, int, dict[str, float]]] | None = None  # set by fit_weights.py


def lone_word_features(mem: Memory, t: Tok) -> dict[str, float]:
    """Evidence for and against a lone unknown capitalised word being an organisation."""
    art = mem.art
    text, word = art.text, t.word
    before = text[max(0, t.start - 16) : t.start].split()
    spaced = text[t.start - 1 : t.start] == " "
    prev = before[-1].lower() if before and spaced else ""
    after = text[t.end : t.end + 3]
    return {
        "bias": 1.0,
        "sentence_start": float(t.initial),
        "says_after": float(says_after(text, t.end)),
        "possessive_after": float(after.startswith(("'s", "’s"))),
        "the_before": float(prev == "the"),
        "preposition_before": float(prev in _PREP_BEFORE),
        "quote_before": float(t.start > 0 and text[t.start - 1] in _QUOTE_BEFORE),
        "dictionary_word": float(art.plain_word(word)),
        "surname": float(word.lower() in art.gaz.surnames),
        "given_name": float(is_given(art.gaz, word)),
        "plural": float(word.endswith("s") and not word.endswith("ss")),
        "recurs": float(word in art.midsentence_caps and art.cap_counts.get(word, 0) > 1),
        "lower_after": float(before_lower_noun(text, t.end)),
        "org_noun_before": float(prev in ORG_NOUNS),
        "told_before": float(prev == "told" or (prev == "to" and _according(before))),
        "listed_with_org": float(_listed_with_org(mem, t)),
        "digit_or_calendar": float(
            any(c.isdigit() for c in word) or word in _CALENDAR_ABBREVIATIONS
        ),
    }


def lone_word_score(mem: Memory, t: Tok) -> float:
    """Positive: an ORG; the weights come from ``data/weights.json``."""
    features = lone_word_features(mem, t)
    if RECORD is not None:
        RECORD.append((t.start, t.end, features))
    weights = fitted_weights("lone_word")
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def _according(before: list[str]) -> bool:
    return len(before) >= 2 and before[-2].lower() == "according"


def _listed_with_org(mem: Memory, t: Tok) -> bool:
    """A neighbour in a list ("X and Y", "X, Y") is an organisation the article or the
    gazetteer already knows."""
    text = mem.art.text
    found = _LIST_BEFORE.search(text, max(0, t.start - 32), t.start)
    neighbours = [found.group(1)] if found else []
    found = _LIST_AFTER.match(text, t.end)
    if found:
        neighbours.append(found.group(1))
    return any(_known_org(mem, w) for w in neighbours)


def _known_org(mem: Memory, word: str) -> bool:
    word = word.removesuffix("'s").removesuffix("’s")
    return (
        mem.known.get(word.casefold()) == "ORG"
        or mem.art.gaz.names.get(word) == "ORG"
        or word in lexicon.ORG_WELL_KNOWN
    )


# Words after a sentence's subject: the capitalised word before them is the subject.
_VERBS_AFTER_SUBJECT = lexicon.words("""
has have had is was are were will would can could may might should must did does do also
then now still just already never first later recently plans wants aims hopes expects
""")


def before_lower_noun(text: str, end: int) -> bool:
    """ "Multiplex chains came", "Fintech company PaySetu": a sentence-initial word right
    before a lower-case noun modifies it (class 6); "Google has been hit" and "Safaricom,
    Kenya's ..." do not."""
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].islower():
        return False
    nxt = text[end + 1 : end + 16].split(None, 1)[0].rstrip(".,;:")
    return nxt not in _VERBS_AFTER_SUBJECT and not nxt.endswith(("ed", "s"))
