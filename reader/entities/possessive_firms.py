"""Firms whose name is a possessive: "Sainsbury's", "McDonald's", "Ben & Jerry's" (class 4:
names cut short). The names pass leaves the "'s" off every name, and a surname alone at a
sentence start is no name there ("McDonald's said sales rose" found nothing), so these are
special forms, found from each "'s" of the text.

A stem that is also a surname names a person in an article that writes it after another
capitalised word ("Helmut Kohl", "Chancellor Kohl's party", "Agatha Christie's novels"):
there no mention of it is taken for the firm.
"""

from __future__ import annotations

import re

from reader.entities import lexicon
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

_POSSESSIVE_S = compiled(r"['’]s(?!\w)")
# The stems by their last word: "Jerry" -> ("Ben & Jerry",).
_BY_LAST: dict[str, tuple[str, ...]] = {}
for _stem in sorted(lexicon.POSSESSIVE_FIRMS):
    _last = _stem.rsplit(" ", 1)[-1]
    _BY_LAST[_last] = (*_BY_LAST.get(_last, ()), _stem)


def possessive_firms(text: str) -> list[Span]:
    """The possessive firm names of ``text``, each with its "'s", as ORG spans."""
    found: list[Span] = []
    for m in _POSSESSIVE_S.finditer(text):
        end = m.start()
        begin = end
        while begin and (text[begin - 1].isalpha()):
            begin -= 1
        for stem in _BY_LAST.get(text[begin:end], ()):
            start = end - len(stem)
            if start >= 0 and text.startswith(stem, start):
                found.append((start, m.end(), "ORG"))
                break
    if not found:
        return found
    people = {stem for stem in {text[s : e - 2] for s, e, _ in found} if _a_person(text, stem)}
    return [span for span in found if text[span[0] : span[1] - 2] not in people]


def _a_person(text: str, stem: str) -> bool:
    """Does ``text`` write ``stem`` after a capitalised word that is no function word (a
    given name or a title: "Helmut Kohl", "Chancellor Kohl")?"""
    for m in re.finditer(rf"([A-Z][\w.]*)[ \u00a0]{re.escape(stem)}\b", text):
        if m.group(1) not in lexicon.FUNCTION_WORDS:
            return True
    return False
