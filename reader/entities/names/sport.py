"""Sport pages (class 1: teams and clubs named after places tagged as places).

Three kinds of evidence: the article is a sport report (``is_sport``: several sport words);
a line is a results or standings line ("Grimsby 2 Hallam 1", "Dundalk 9 3 3 3 9 10 12"),
whose names are teams (``table_lines``); and a place that heads a club's name in the article
("Doncaster Rovers") names the club when it stands alone ("Doncaster had led"), which the
weighted features of ``club_score`` decide (weights fitted by ``data/fit_weights.py``).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "weights.json"

# A results line: name, score, name, score, each score perhaps with its scorers and minutes
# ("Ulsan HD 2 (Seo 23, Tavora 81) Pohang Steelers 1 (Baek 55)") and the line perhaps ending
# in a sentence ("... 1 (Tolhoek 88). Halftime 1-0."), or in the agencies' style with a
# comma ("Kashima 2, Kawasaki 0"); a standings line: a name and three or
# more numbers; or standings in a row ("Standings: Ulsan 68, Gangwon 65, Gimcheon 63", or
# with semicolons).
_SCORERS = r"(?:[ \t]*\([^()\n]{1,80}\))?"
# A name's capital, in any script ("Ħamrun Spartans", "Łódź"): a letter, not a small ASCII one.
_CAP = r"[^\W\d_a-z]"
_TABLE_LINE = compiled(
    rf"[ \t]*{_CAP}[^\d\n(]{{1,40}}?[ \t]\d{{1,3}}{_SCORERS}[ \t]+"
    rf"{_CAP}[^\d\n(]{{1,40}}?[ \t]\d{{1,3}}{_SCORERS}[ \t]*(?:[.;][^\n]*)?$"
    rf"|[ \t]*{_CAP}[^\d\n]{{1,40}}?(?:[ \t]+-?\d{{1,3}}){{3,}}[ \t]*$"
    rf"|[ \t]*{_CAP}[^\d\n(,]{{1,40}}?[ \t]\d{{1,3}},"
    rf"[ \t]+{_CAP}[^\d\n(,]{{1,40}}?[ \t]\d{{1,3}}[ \t]*$"
    rf"|(?:[A-Z][a-z]+:[ \t]*)?(?:{_CAP}[^\d\n,;:]{{1,30}}?[ \t]\d{{1,3}}[,;][ \t]*){{2,}}"
    rf"{_CAP}[^\d\n,;:]{{1,30}}?[ \t]\d{{1,3}}\b[^\n]*$"
)
_AFTER_VERB = compiled(
    r"[ \u00a0]+(?:beat|beats|drew|draw|lost|won|win|levelled|led|lead|leads|scored|are|were|"
    r"have|had|host|hosts|face|faces|travel|visit|visits|went|trail|trailed)\b"
)
_ROLE_AFTER = compiled(
    r"(?:['’]s)?[ \u00a0]+(?:manager|boss|coach|captain|goalkeeper|keeper|striker|defender|"
    r"midfielder|fans|supporters|side|team|squad|player|players|chairman|owner)\b"
)
_VERSUS_BEFORE = compiled(r"(?:\bbeat|\bagainst|\bover|\bv\.?|\bvs\.?|\bwith|\bto face)[ \u00a0]+$")
_LOCATIVE_BEFORE = compiled(r"\b(?:in|near|from|of|at|across|around|outside)[ \u00a0]+$")


_NAME = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?"
# A line-up: "Crewe: Lacey, Ridge, Demetriou, Offord, ..." (four or more names after a colon).
_LINEUP_LINE = compiled(
    rf"[ \t]*[A-Z][^:\n]{{1,40}}:[ \t]*"
    rf"(?:{_NAME}(?:[ \t]\([^)\n]*\))?,[ \t]*){{3,}}{_NAME}\.?[ \t]*$"
)


# A box score: a team, its points, a dash and its players with theirs ("SAN MIGUEL 118 -
# Dela Paz 31, Ocampo 22, Hughes-Lim 14"); the players were ORGs (class 1 and 3).
_BOX_SCORE_LINE = compiled(
    rf"[ \t]*[A-Z][^\d\n:]{{1,40}}?[ \t]\d{{1,3}}[ \t]*[–—-][ \t]*"
    rf"(?:{_NAME}[ \t]\d{{1,3}},[ \t]*){{2,}}{_NAME}[ \t]\d{{1,3}}\.?[ \t]*$"
)
#: What parts a line-up's team from its players: a colon, or a box score's dash.
LINEUP_MARKS = (":", "–", "—", " - ")


def is_sport(vocab: set[str]) -> bool:
    """Three or more distinct sport words among the article's lower-case words (a
    possessive counts: "the referee's decision")."""
    found = lexicon.SPORT_WORDS & vocab
    if len(found) == 2:  # one more may hide behind a possessive
        found |= lexicon.SPORT_WORDS & {w[:-2] for w in vocab if w.endswith(("'s", "’s"))}
    return len(found) >= 3


def sport_page(text: str, vocab: set[str]) -> tuple[bool, list[tuple[int, int]] | None]:
    """Is the article a sport report, and its results lines if they were looked for. A page
    of results and standings names little in lower case ("Standings (games played, won...)",
    "Striker Marek Kowalski scored"): one sport word, or the wire's sport slug on one of the
    first lines ("BASKETBALL - NBA RESULTS"), and two results or standings lines are enough
    there (class 1)."""
    if is_sport(vocab):
        return True, None
    if not lexicon.SPORT_WORDS & vocab and not _slugged(text):
        return False, None
    tables = table_lines(text)
    return len(tables) >= 2, tables


#: A word of the wire's sport slug, as a pattern ("ICE HOCKEY" is two of them).
SLUG_WORD = "(?:" + "|".join(sorted(lexicon.SPORT_SLUG_WORDS)) + ")"
# "BASKETBALL - ", "ICE HOCKEY - ", "MOTOR RACING-": the wire's sport slug opening a line.
_SLUG_LINE = compiled(rf"[ \t]*(?:{SLUG_WORD}[ \t]){{0,2}}{SLUG_WORD}[ \t]?-[ \t]?[A-Z]")


def _slugged(text: str) -> bool:
    """One of the first lines opens with the wire's sport slug."""
    return any(_SLUG_LINE.match(line) for line in text.split("\n", 6)[:6])


def _lines_matching(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Start and end of each short line ``pattern`` matches whole (tried line by line: a
    MULTILINE "^" made ``re`` try every offset of the text)."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) < 200 and line[:1].isupper() and pattern.match(line):
            out.append((start, end))
        start = end + 1
    return out


def table_lines(text: str) -> list[tuple[int, int]]:
    """Start and end of each results or standings line, in text order."""
    return _lines_matching(_TABLE_LINE, text)


def lineup_lines(text: str) -> list[tuple[int, int]]:
    """Start and end of each line-up or box-score line; its names after the colon or dash
    are players (class 3: one-word person names), the name before it a team."""
    lines = _lines_matching(_LINEUP_LINE, text)
    if "–" in text or "—" in text or " - " in text:
        lines = sorted(lines + _lines_matching(_BOX_SCORE_LINE, text))
    return lines


def in_table(lines: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``lines``?"""
    k = bisect.bisect_right(lines, (pos, 1 << 62)) - 1
    return k >= 0 and lines[k][0] <= pos < lines[k][1]


def club_features(text: str, start: int, end: int, club_head: bool) -> dict[str, float]:
    """Evidence that a lone place name at ``text[start:end]`` names a club."""
    before = text[max(0, start - 20) : start]
    return {
        "bias": 1.0,
        "club_head_in_article": float(club_head),
        "verb_after": float(_AFTER_VERB.match(text, end) is not None),
        "role_after": float(_ROLE_AFTER.match(text, end) is not None),
        "versus_before": float(_VERSUS_BEFORE.search(before) is not None),
        "locative_before": float(_LOCATIVE_BEFORE.search(before) is not None),
        "line_start": float(start == 0 or text[start - 1] == "\n"),
    }


@cache
def fitted_weights(decision: str) -> dict[str, float]:
    """The fitted weights of one scored decision (``data/weights.json``, written by
    ``data/fit_weights.py``)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return dict(data.get(decision, {}).get("weights", {}))  # unfitted: all zero


def club_score(features: dict[str, float]) -> float:
    """Positive: the mention is the club (ORG); negative: the place (GPE)."""
    weights = fitted_weights("club")
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


Span = tuple[int, int, str]


def clubs_named_by_place(
    text: str, spans: list[Span], names: dict[str, str], teams: Collection[str] = ()
) -> list[Span]:
    """A lone place name in a sport report that names a club is an ORG (class 1): decided
    per mention by ``club_score`` ("Doncaster had led" yes, "a hotel in Doncaster" no), or
    by a result it is a side of (``side_of_a_result``) when it is no country or continent
    (national sides keep their GPE, as OntoNotes and our sets do) and no franchise's city."""
    heads = _club_heads(text, spans, names) | set(teams)  # teams: sides on results lines
    cities = _franchise_cities(text, spans, names)
    out: list[Span] = []
    for s, e, label in spans:
        if label == "GPE" and " " not in text[s:e]:
            feats = club_features(text, s, e, text[s:e] in heads)
            if club_score(feats) > 0 or (
                side_of_a_result(text, s, e)
                and text[s:e] not in gazetteer().nations
                and text[s:e] not in cities
            ):
                label = "ORG"
        out.append((s, e, label))
    return out


#: Leagues whose teams are franchises named by their cities (the city alone stays a GPE).
_FRANCHISE_LEAGUES = ("NBA", "NFL", "NHL", "MLB", "WNBA", "MLS", "PWHL")


def franchise_report(text: str) -> bool:
    """A sport report that names a North American league: our sets keep a franchise's city
    a GPE there ("the Hornets outscored [Milwaukee] 35-19"), even on a results line."""
    return any(league in text for league in _FRANCHISE_LEAGUES)


def _franchise_cities(text: str, spans: list[Span], names: dict[str, str]) -> set[str]:
    """Cities that start a franchise's name in the article, before its nickname ("Milwaukee
    Bucks", not "Doncaster Rovers"): the city alone stays a GPE, as our sets write it ("the
    Hornets outscored [Milwaukee] 35-19")."""
    cities: set[str] = set()
    for s, e, label in spans:
        words = text[s:e].split()
        if label != "ORG" or len(words) != 2 or names.get(words[0]) != "GPE":
            continue
        if words[1] not in lexicon.CLUB_TAIL and words[1] not in lexicon.SPORT_PLACE_TAIL:
            cities.add(words[0])
    return cities


# The verbs of a result between its two sides ("Utrecht beat Groningen"), one list for every
# rule that reads a result written out.
_RESULT_VERBS = (
    r"beat|beats|edged|thrashed|defeated|stunned|hammered|routed|drew[ \u00a0]with"
    r"|lost[ \u00a0]to"
)
# The words of a result before its second side: "beat Groningen", "a 3-0 win over Daegu".
_RESULT_BEFORE = compiled(
    rf"(?:\b(?:{_RESULT_VERBS}|win[ \u00a0]over|victory[ \u00a0]over|defeat[ \u00a0]to"
    r"|defeat[ \u00a0]by|loss[ \u00a0]to|draw[ \u00a0]with)"
    r"|\d[-–]\d[ \u00a0]+(?:win|victory|defeat|loss|draw)[ \u00a0]+(?:over|to|against|with))"
    r"[ \u00a0]+$"
)
# The first side's: "Utrecht beat ...", "Utrecht 2-0 ...".
_RESULT_AFTER = compiled(rf"[ \u00a0]+(?:{_RESULT_VERBS}|\d{{1,3}}[-–]\d{{1,3}}\b)")


def side_of_a_result(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a side of a result written out: "Utrecht beat Groningen 2-0",
    "a 3-0 win over Daegu" (class 1: clubs named after their towns)."""
    if _RESULT_AFTER.match(text, end):
        return True
    return _RESULT_BEFORE.search(text, max(0, start - 28), start) is not None


def _club_heads(text: str, spans: list[Span], names: dict[str, str]) -> set[str]:
    """Places that start a club's name in the article ("Doncaster Rovers", "Cork City"),
    or stand as a team in a results line."""
    heads: set[str] = set()
    for s, e, label in spans:
        if label != "ORG":
            continue
        words = text[s:e].split()
        tail_ok = words[-1] in lexicon.CLUB_TAIL or words[-1] in lexicon.SPORT_PLACE_TAIL
        if len(words) >= 2 and tail_ok and names.get(words[0]) == "GPE":
            heads.add(words[0])
        elif len(words) == 1 and names.get(words[0]) == "GPE":
            heads.add(words[0])  # a team in a results line
    return heads


def clubs_by_their_tail(text: str, spans: list[Span]) -> list[Span]:
    """ "Harps pulled one back" after "Finn Harps", "the Royals travel" after "Rajasthan
    Royals": in a sport report a club's last word alone is the club (class 1). Only words
    that end a club's name in this article are changed, and only mentions already found."""
    tails = {
        words[-1]
        for s, e, label in spans
        if label == "ORG" and len(words := text[s:e].split()) >= 2 and _own_tail(words[-1])
    }
    if not tails:
        return spans
    return [(s, e, "ORG" if text[s:e] in tails else label) for s, e, label in spans]


# A result between two sides: "beat", "drew with", "lost to"... (the sides on either side).
# Between two spans, also a headline's present tense ("Kings edge Lions"): both are sides.
_RESULT_VERB = compiled(rf"[ \u00a0](?:{_RESULT_VERBS}|edge|edges|outlasted)[ \u00a0]")


def teams_on_both_sides(text: str, spans: list[Span]) -> list[Span]:
    """ "Gor Mahia beat AFC Leopards 2-1": a name read as a PERSON on one side of a result
    whose other side is a team (an ORG) is a team too (class 1: clubs no list knows, shaped
    like people's names). Not two people ("Sinner beat Alcaraz")."""
    out = list(spans)
    for k in range(len(out) - 1):
        (s1, e1, l1), (s2, e2, l2) = out[k], out[k + 1]
        if {l1, l2} != {"PERSON", "ORG"}:
            continue
        m = _RESULT_VERB.match(text, e1)
        if m is None or m.end() != s2:
            continue
        if l1 == "PERSON":
            out[k] = (s1, e1, "ORG")
        else:
            out[k + 1] = (s2, e2, "ORG")
    return out


def _own_tail(word: str) -> bool:
    """A word that names one club: capitalised, not a generic body word ("City", "Council"),
    not a nation that ends a body's name ("Cricket Association of Nepal": "Nepal" stays the
    country, whose side is a GPE)."""
    generic = word in lexicon.ORG_TAIL and word not in lexicon.CLUB_TAIL
    return (
        word[:1].isupper()
        and not generic
        and word not in lexicon.SPORT_PLACE_TAIL
        and word not in gazetteer().nations
    )
