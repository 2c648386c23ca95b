"""Rail and metro lines named with a small "line": "the Elizabeth line", "the Tuen Ma line".

Class 2 (venues given a core label, or missed): London's lines are officially written with a
small "l", and so are many metro lines in English copy. The name before it is a given name
("Elizabeth"), an everyday word ("Central", "Jubilee") or words no list knows ("Tuen Ma"),
so the names pass drops it or calls it a PERSON. In an article about trains, "the" + one to
three capitalised words + "line" is one FAC, "line" included (the convention of the
development sets, after OntoNotes: lines and routes are facilities). A line named after a
place the gazetteer knows keeps the place ("stranding commuters on the [Frankston] line", as
any place before a generic noun), and a mode's acronym ends the name ("the [Ikorodu BRT]
line"). Elsewhere "the party line" and "the Labour line" are what a politician toes, and are
left alone: an article with no word of trains is not looked at, except for London's lines,
known by name ("the strike will close the Piccadilly line").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

# "the" (its "he" scanned for in C, the word start checked after), one to three capitalised
# words and the lower-case "line" (not "lines": "the Victoria and Jubilee lines" is left).
_LINE = compiled(
    r"he[ \u00a0]+([A-Z][A-Za-z’'-]*(?:[ \u00a0]+[A-Z][A-Za-z’'-]*){0,2}[ \u00a0]+line)\b"
    r"(?![-–])"
)
_PLACES = frozenset({"GPE", "LOC"})
#: London's lines whose names are no place: "line" after them is the line in any article.
_LONDON_LINES = lexicon.words(
    "Bakerloo Central Circle District Elizabeth Jubilee Metropolitan Northern Piccadilly"
)
#: Capitalised words that open no line's name ("the Government line", "the Tory line").
_NOT_LINE = lexicon.words("Government Party Tory Labour Kremlin Company Official Front Bottom")


def transit_lines(text: str, vocab: set[str]) -> list[Span]:
    """Each "the X line" of an article about trains, and each of London's lines, as a FAC
    (``vocab``: the article's lower-case words)."""
    if " line" not in text:
        return []
    trains = not lexicon.TRAIN_WORDS.isdisjoint(vocab)
    if not trains and not any(f"{name} line" in text for name in _LONDON_LINES):
        return []
    names = gazetteer().names
    found = []
    for m in _LINE.finditer(text):
        before = m.start() - 1
        if before < 0 or text[before] not in "Tt" or (before and text[before - 1].isalnum()):
            continue
        words = m.group(1).split()[:-1]
        if not trains and (len(words) > 1 or words[0] not in _LONDON_LINES):
            continue
        if words[0] in _NOT_LINE or names.get(" ".join(words)) in _PLACES:
            continue
        end = m.end(1) if not words[-1].isupper() else m.end(1) - len(" line")
        found.append((m.start(1), end, "FAC"))
    return found
