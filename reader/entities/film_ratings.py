"""A film's age rating is no entity: "UA 13+", "U/A 16+", "an 18 certificate", "a 15 rating"
(class 6: capitals and numbers that name nothing, read as an ORG and a CARDINAL).

India's censor board rates films "U", "UA 7+", "UA 13+", "UA 16+" and "A"; Nigeria's and
Britain's boards give "an 18 rating" or "a 15 certificate". The letters read as an acronym
(an ORG) and the age as a count. Any span inside such a rating is dropped. Left alone: a
number before another noun ("18 films"), and "UA" as a name ("UA said", United Airlines).
"""

from __future__ import annotations

from reader.entities.regex_code import compiled
from reader.entities.replacing import within
from reader.entities.types import Entity

# India's ratings, led by a literal "U" (one fast scan) ...
_UA = compiled(r"U/?A[ \u00a0]?\d{1,2}\+")
# ... and the noun of a rating, then the age before it ("an 18 rating", "a 15 certificate").
_RATING_NOUN = compiled(r"(?:rating|certificate)\b")
_AGE_BEFORE = compiled(r"\b(?:[Aa]n[ \u00a0](18)|[Aa][ \u00a0](12A?|15|16))[ \u00a0]$")
_MARKS = ("UA", "U/A", " rating", " certificate")


def film_ratings(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the spans inside a film's age rating."""
    if not any(mark in text for mark in _MARKS):
        return ents  # most articles: four substring tests
    spans = [m.span() for m in _UA.finditer(text) if not text[m.start() - 1 : m.start()].isalnum()]
    for m in _RATING_NOUN.finditer(text):
        age = _AGE_BEFORE.search(text, max(0, m.start() - 9), m.start())
        if age is not None:
            spans.append(age.span(age.lastindex or 0))
    if not spans:
        return ents
    inside = {id(e) for start, end in spans for e in within(ents, start, end)}
    return [e for e in ents if id(e) not in inside]
