"""Firms whose name is a possessive: "Sainsbury's", "McDonald's", "Ben & Jerry's" (class 4:
names cut short). The names pass leaves the "'s" off every name, and a surname alone at a
sentence start is no name there ("McDonald's said sales rose" found nothing), so these are
special forms, found at each "'s" of the text.

A stem that is also a surname names a person in an article that writes it after another
capitalised word ("Helmut Kohl", "Chancellor Kohl's party", "Agatha Christie's novels"):
there no mention of it is taken for the firm.
"""

from __future__ import annotations

import re

from reader.entities import lexicon
from reader.entities.possessives import Marks, possessive_marks
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

# The names, longest first; ``str.endswith`` takes them all at once, in C, at each "'s".
_STEMS = tuple(sorted(lexicon.POSSESSIVE_FIRMS, key=len, reverse=True))
_LONGEST = len(_STEMS[0])


def possessive_firms(text: str, marks: Marks | None = None) -> list[Span]:
    """The possessive firm names of ``text``, each with its "'s", as ORG spans; ``marks``:
    the text's possessives, when the caller has them."""
    found: list[Span] = []
    for end, after in possessive_marks(text) if marks is None else marks:
        if after - end != 2 or not text.endswith(_STEMS, max(0, end - _LONGEST), end):
            continue  # a bare apostrophe, or nearly every "'s": one call in C
        stem = next(name for name in _STEMS if text.endswith(name, 0, end))
        start = end - len(stem)
        if start == 0 or not text[start - 1].isalnum():
            found.append((start, _name_end(text, after), "ORG"))
    if not found:
        return found
    stems = {span: _stem(text, span) for span in found}
    people = {stem for stem in stems.values() if _a_person(text, stem)}
    return [span for span in found if stems[span] not in people]


def _stem(text: str, span: Span) -> str:
    """The firm's name without its "'s" and what follows it."""
    start, end, _ = span
    return text[start:end].split("'s", 1)[0].split("’s", 1)[0]


# Capitalised words right after the "'s" that go on with the firm's name: "Lloyd's List",
# "Moody's Investors Service", "Sainsbury's Bank".
_NAME_GOES_ON = compiled(r"(?:[ \u00a0][A-Z][a-z]+){1,3}\b")


def _name_end(text: str, end: int) -> int:
    """Where the firm's name ends: after the words that go on with it, up to a title, a
    function word or a date ("McDonald's Chief Executive", "Sainsbury's On Monday")."""
    m = _NAME_GOES_ON.match(text, end)
    if m is None:
        return end
    for word in m.group().split():
        if word in lexicon.TITLES or word in lexicon.FUNCTION_WORDS or word in lexicon.NOT_NAMES:
            break
        end = text.index(word, end) + len(word)
    return end


def _a_person(text: str, stem: str) -> bool:
    """Does ``text`` write ``stem`` after a capitalised word that is no function word (a
    given name or a title: "Helmut Kohl", "Chancellor Kohl")?"""
    for m in re.finditer(rf"([A-Z][\w.]*)[ \u00a0]{re.escape(stem)}\b", text):
        word = m.group(1)
        if word.endswith(".") and word[:-1] not in lexicon.TITLES:
            continue  # "the Red Sea. Lloyd's List": a sentence's end, not "Mr." or "Dr."
        if word not in lexicon.FUNCTION_WORDS:
            return True
    return False
