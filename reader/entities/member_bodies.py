"""Bodies, events and days named for their members with a plural possessive, or for an
office: "the Teachers' Service Commission", "the Workers' Party", "Listowel Writers' Week
2025", "the Women's Equality Party", "the PBA Commissioner's Cup" (class 4: names cut
short). The names pass ends a name at an apostrophe and drops a plural word of people
before it, leaving "Service Commission", "Party" or nothing.

A name is made only when the word before the apostrophe is one of
:data:`~reader.entities.lexicon.MEMBER_NOUNS` (not any plural: "the Gunners' Champions
League run") or :data:`~reader.entities.lexicon.OFFICE_HOLDERS` (not a person: "Trump's
Republican Party"), and the capitalised words after it end in a body's, an event's or a
law's last word; the capitalised words straight before the possessor belong to the name
("Africa Magic Viewers' Choice Awards").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.possessives import Marks, possessive_marks
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

_SPACES = (" ", "\u00a0")
# The word before the apostrophe (searched in a short window that ends there).
_POSSESSOR = compiled(r"(?<![\w'’.-])[A-Z][a-z]+$")
# A capitalised word straight before a name's first word, with its space.
_WORD_BEFORE = compiled(r"(?<![\w'’.-])[A-Z][\w-]*[ \u00a0]$")
# Capitalised words after the possessive, joined by "of", "for", "and", "&" (and "the").
_WORDS_AFTER = compiled(
    r"[A-Z][\w-]*(?:[ \u00a0](?:(?:of|for|and|&)[ \u00a0](?:the[ \u00a0])?)?[A-Z][\w-]*)*"
)
_IRREGULAR = frozenset({"Women", "Men", "People", "Children"})
_CONNECTORS = frozenset({"of", "for", "and", "&", "the"})


def member_bodies(text: str, marks: Marks | None = None) -> list[Span]:
    """The names of ``text`` that hold a possessive of their members or of an office,
    whole; ``marks``: the text's possessives, when the caller has them."""
    found: list[Span] = []
    for mark, after in possessive_marks(text) if marks is None else marks:
        if text[after : after + 1] not in _SPACES or not "A" <= text[after + 1 : after + 2] <= "Z":
            continue  # a capital must follow, after one space
        word = _POSSESSOR.search(text, max(0, mark - 20), mark)
        if word is None or not _possessor(word.group(), after - mark == 2):
            continue
        tail = _WORDS_AFTER.match(text, after + 1)
        named = _named_end(text, after + 1, tail.end()) if tail else None
        if named is not None:
            found.append((_start(text, word.start()), *named))
    return found


def _possessor(word: str, with_s: bool) -> bool:
    """``word`` names members or an office, with the right apostrophe: "Teachers'",
    "Women's", "Commissioner's" (``with_s``: the mark is an "'s")."""
    if with_s:
        return word in _IRREGULAR or word in lexicon.OFFICE_HOLDERS
    return word in lexicon.MEMBER_NOUNS and word not in _IRREGULAR


def _named_end(text: str, start: int, stop: int) -> tuple[int, str] | None:
    """Where the name after the possessive ends, and its label: at the last word of
    ``text[start:stop]`` that ends a body's, an event's or a law's name, with a place or a
    name after "of" ("the Farmers' Union of Wales"), and an event's or law's year."""
    from reader.entities.boundaries import event_end, law_end  # it imports this module

    words = text[start:stop].replace("\u00a0", " ").split(" ")
    ends = [start + len(" ".join(words[: i + 1])) for i in range(len(words))]
    for i in range(len(words) - 1, -1, -1):
        label = _label(words[i])
        if label is None:
            continue
        end = ends[i]
        if i + 2 < len(words) and words[i + 1] == "of" and words[i + 2] not in _CONNECTORS:
            end = ends[-1]  # "Union of Wales": what the body is of is its name
        if label == "EVENT":
            end = event_end(text, end)
        elif label == "LAW":
            end = law_end(text, end)
        return end, label
    return None


def _label(word: str) -> str | None:
    """The label a name ending in ``word`` takes ("Day": a day, DATE, as holidays are)."""
    if word == "Day":
        return "DATE"
    if word in lexicon.ORG_TAIL:
        return "ORG"
    if word in lexicon.EVENT_TAIL:
        return "EVENT"
    if word in lexicon.LAW_TAIL:
        return "LAW"
    return None


def _start(text: str, start: int) -> int:
    """The name's start: the possessor, with up to three capitalised words before it that
    are not function words ("The", "In", "Meanwhile"): "Information Commissioner's Office"
    opens a headline."""
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if m is None or m.group()[:-1] in lexicon.FUNCTION_WORDS:
            break
        start = m.start()
    return start
