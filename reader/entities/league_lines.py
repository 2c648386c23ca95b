"""A league named in capitals on a line of results or standings: "MTN SUPER LEAGUE – WEEK 22",
"MTN/FAZ SUPER LEAGUE", "J1 LEAGUE STANDINGS" (class 1: league names missed or cut in pieces).

The names pass knows "MTN" as a firm and cuts it off the league the firm sponsors, and an
all-caps line's unknown words ("SUPER LEAGUE") are dropped. A line that opens with one to
four words in capitals (a sponsor's acronym, a slash, a digit: "J1", "J.") and "LEAGUE", and
goes on with nothing, a dash, a colon, a bar, or a word of fixtures ("WEEK", "ROUND",
"RESULTS", "STANDINGS", "TABLE"), names the league: one ORG. Left alone: a headline in
capitals where "LEAGUE" is a word of the sentence ("FA CHIEFS SAY LEAGUE WILL GO ON").
"""

from __future__ import annotations

from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

_LEAGUE_LINE = compiled(
    r"(?m)^[ \t]*((?:[A-Z0-9][A-Z0-9.’'&-]*[ /]){1,4}LEAGUE)"
    r"(?=[ \t]*(?:$|[–—:|-]|(?:WEEK|ROUND|RESULTS?|STANDINGS|TABLE|FIXTURES)\b))"
)


def league_lines(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each league named in capitals at the head of its line one ORG."""
    if "LEAGUE" not in text:
        return ents
    found = [Entity(m.start(1), m.end(1), "ORG") for m in _LEAGUE_LINE.finditer(text)]
    return replaced(ents, found) if found else ents
