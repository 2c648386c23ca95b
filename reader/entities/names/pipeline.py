"""The capitalised-name pipeline over one article (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT).

1. tokens (``tokens``, ``article``): find the runs of capitalised tokens and note which
   capitals are informative (mid-sentence, not in a headline);
2. candidate spans (``candidates``, ``segment``): cut each run into known names, titles and
   unknown stretches;
3. span features (``words``, ``keywords``, ``cues``, ``people``): the evidence each later
   decision reads;
4. label decision (``decide``): the label of the unknown stretches;
5. document consistency (``consistency``): one label per surface per article, a narrow
   scored guess or a headline outvoted by a mention its context decides; then, per mention,
   an acronym of an event's initials ("MMFF"), a person's surname that is a country's name
   where a speech verb follows ("Jordan said"), the places that name a club on a sport page
   (``sport``) or a firm named after its town (``town_firms``).
Boundary repair across passes (ordinals before units, acronyms after their long form) is
in ``reader.entities.boundaries``, after the numeric and special passes are merged.

Longer runs are labelled before single words, so that "Elon Musk" is known before a lone
"Musk", and headlines last, so they reuse what the body taught. Runs that recur with the
same words in the same kind of position reuse the labels of the first (a per-article cache
that keeps long articles fast).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from reader.entities.gazetteer import gazetteer
from reader.entities.names.article import Article, is_headline, lower_vocab, sentence_initial
from reader.entities.names.called import VERBS_AND_AS
from reader.entities.names.candidates import label_run, label_team
from reader.entities.names.consistency import Span, harmonise, product_words
from reader.entities.names.cues import CONTEXT_WORDS, person_cue, speaks_after
from reader.entities.names.memory import Memory
from reader.entities.names.sport import (
    LINEUP_MARKS,
    clubs_by_their_tail,
    clubs_named_by_place,
    franchise_report,
    in_table,
    lineup_lines,
    sport_page,
    table_lines,
    teams_on_both_sides,
)
from reader.entities.names.tokens import Tok, runs, split_run
from reader.entities.names.town_firms import firms_named_by_town

# A run's shape: its words (connectors left out) and its tokens relative to the run start.
Shape = tuple[tuple[str, ...], list[tuple[int, int, str, bool, bool]]]


@dataclass(slots=True)
class Run:
    """One run of capitalised tokens and its position class."""

    start: int
    end: int
    surface: str
    headline: bool
    initial: bool
    role: str = ""  # "team" (results line, line-up head) or "player" (in a line-up)


def name_spans(text: str, vocab: set[str] | None = None) -> list[Span]:
    """Capitalised-name entities of ``text`` as ``(start, end, label)``, in text order;
    ``vocab``: the words ``text`` writes in lower case, if the caller has them."""
    art, spans = label_names(text, vocab)
    if art.sport:
        by_place = clubs_named_by_place(text, spans, art.gaz.names, art.teams)
        clubs = clubs_by_their_tail(text, by_place)
        return teams_on_both_sides(text, clubs)
    return firms_named_by_town(text, spans)


def label_names(text: str, vocab: set[str] | None = None) -> tuple[Article, list[Span]]:
    """Stages 1 to 5 without the club decision (``data/fit_weights.py`` fits it on these)."""
    art = Article(text, gazetteer(), lower_vocab(text) if vocab is None else vocab)
    art.sport, tables = sport_page(text, art.lower_vocab)
    if art.sport:
        art.tables = tables if tables is not None else table_lines(text)
        art.lineups = lineup_lines(text)
        art.franchises = franchise_report(text)
    shapes: dict[str, Shape] = {}
    found = _scan(art, shapes)
    mem = Memory(art)
    _RunLabeller(mem, shapes).label_all(found)
    products = product_words(text, art.lower_vocab)
    people = mem.person_parts | _tails_written_alone(text, mem.out, mem.person_tails)
    spans = harmonise(text, mem.out, people, products, mem.weak, art.lower_vocab, mem.firms)
    spans = rejoined_people(text, events_by_their_initials(text, spans))
    return art, speakers_named_like_places(text, spans, mem.person_places)


def rejoined_people(text: str, spans: list[Span]) -> list[Span]:
    """Two people one space apart whose words are one person the article names whole
    ("Mwansa Chibuye" at a caption's start, cut in two where the first word was read as a
    town): that person (class 4: a name split)."""
    people = [k for k, span in enumerate(spans) if span[2] == "PERSON"]
    if not any(b == a + 1 and spans[b][0] - spans[a][1] == 1 for a, b in pairwise(people)):
        return spans  # no two people side by side (most articles)
    whole = {text[s:e] for s, e, label in spans if label == "PERSON" and " " in text[s:e]}
    out: list[Span] = []
    for span in spans:
        if out and _two_of_one_person(text, out[-1], span, whole):
            out[-1] = (out[-1][0], span[1], "PERSON")
        else:
            out.append(span)
    return out


def _two_of_one_person(text: str, prev: Span, cur: Span, whole: set[str]) -> bool:
    return (
        prev[2] == cur[2] == "PERSON"
        and cur[0] - prev[1] == 1
        and text[prev[1]] == " "
        and text[prev[0] : cur[1]] in whole
    )


def _tails_written_alone(text: str, spans: list[Span], tails: set[str]) -> set[str]:
    """Surfaces that write a person's name from its particle on ("Ten Hag" after "Erik ten
    Hag"): the person, whatever a sentence start made of them (class 3)."""
    if not tails:
        return set()
    return {text[s:e] for s, e, _ in spans if text[s:e].casefold() in tails}


def events_by_their_initials(text: str, spans: list[Span]) -> list[Span]:
    """ "MMFF" in an article about the "Metro Manila Film Festival": an acronym made of an
    event's initials is that event (class 2: an event given a core label)."""
    events = [text[s:e] for s, e, label in spans if label == "EVENT"]
    initials = {"".join(w[0] for w in n.split() if w[0].isupper()) for n in events if " " in n}
    if not initials:
        return spans
    out = []
    for s, e, label in spans:
        if label == "ORG" and text[s:e] in initials:
            label = "EVENT"
        out.append((s, e, label))
    return out


def speakers_named_like_places(text: str, spans: list[Span], surnames: set[str]) -> list[Span]:
    """ "Michael Jordan ... Jordan said": a lone mention of a person's surname that is also
    a country's name is the person where a speech verb follows, whatever the other mentions
    are (class 3; the contexts clearly differ: "Jordan said" and "in Jordan")."""
    if not surnames:
        return spans
    out = []
    for s, e, label in spans:
        if label == "GPE" and text[s:e] in surnames and speaks_after(text, e):
            label = "PERSON"
        out.append((s, e, label))
    return out


def _shape(art: Article, start: int, end: int, surface: str) -> Shape:
    if " " not in surface and "-" not in surface and "\u00a0" not in surface:
        return (surface,), [(0, end - start, surface, False, False)]
    toks = split_run(art.text, start, end, art.gaz.names, art.lower_vocab)
    return (
        tuple(t.word for t in toks if not t.connector),
        [(t.start - start, t.end - start, t.word, t.connector, t.cut) for t in toks],
    )


def _scan(art: Article, shapes: dict[str, Shape]) -> list[Run]:
    """Pass 1: find runs, note which capitals are informative (article-wide memory). A
    sentence-initial single word proves nothing; a second capitalised word ("Aldo
    Matteucci explores") does."""
    text = art.text
    found: list[Run] = []
    line_start, line_end, line_headline = art.line
    caps, single, mid = art.reliable_caps, art.reliable_single, art.midsentence_caps
    sport = art.sport
    counts = art.cap_counts
    for m in runs(text):
        start = m.start()
        surface = m.group()
        if not line_start <= start < line_end:
            line_headline = is_headline(art, start)
            line_start, line_end, _ = art.line
        shape = shapes.get(surface)
        if shape is None:
            shape = shapes[surface] = _shape(art, start, start + len(surface), surface)
        words = shape[0]
        if not words:
            continue
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        initial = False
        if not line_headline:
            initial = sentence_initial(text, start)
            if len(words) > 1:
                caps.update(words)
                mid.update(words[1:] if initial else words)
            elif not initial:
                caps.add(surface)  # one word: the surface is the word
                mid.add(surface)
                single.add(surface)
        role = _sport_role(art, start) if sport else ""
        end = start + len(surface)
        found.append(Run(start, end, surface, line_headline and not role, initial, role))
    return found


def _sport_role(art: Article, start: int) -> str:
    """ "team" on a results line or before a line-up's colon, "player" after it or among a
    result's scorers ("Sparta Rotterdam 1 (Verbruggen 15)")."""
    table = bool(art.tables) and in_table(art.tables, start)
    if not table and not (art.lineups and in_table(art.lineups, start)):
        return ""
    before = art.text[art.text.rfind("\n", 0, start) + 1 : start]
    if table:
        if before.count("(") <= before.count(")"):
            return "team"
        # a result's scorers have their minutes; "(Sky Stadium, Wellington)" is where it was
        close = art.text.find(")", start)
        scorers = any(c.isdigit() for c in art.text[start : max(close, start)])
        return "player" if scorers else ""
    return "player" if any(mark in before for mark in LINEUP_MARKS) else "team"


# The words before a run that its labels may depend on: locatives, and the words that
# introduce a name by its kind ("an app called Kelu", "known to fans as Jojo").
_KEY_WORDS_BEFORE = CONTEXT_WORDS | {word.strip() for word in VERBS_AND_AS}


class _RunLabeller:
    """Pass 2: label every run, multi-word runs first, then single words, headlines last.

    Runs that recur with the same words in the same position class reuse the labels of
    the first (``cache``); the key of a run's position is only worked out once its surface
    recurs (``first``: the first labelled run of each surface and its labels).
    """

    def __init__(self, mem: Memory, shapes: dict[str, Shape]) -> None:
        self.mem = mem
        self.shapes = shapes
        self.cache: dict[tuple, list[Span]] = {}
        self.first: dict[str, tuple[Run, int, int] | None] = {}

    def key(self, r: Run) -> tuple:
        """What decides a run's labels besides its words: headline, sentence start, a
        person cue, a locative word before, the word after a single word."""
        text = self.mem.art.text
        single = len(self.shapes[r.surface][0]) == 1
        cue = (
            single and r.surface not in self.mem.art.gaz.names and person_cue(text, r.start, r.end)
        )
        before = text[max(0, r.start - 12) : r.start].rsplit(None, 1)
        prev = before[-1] if before and before[-1] in _KEY_WORDS_BEFORE else ""
        nxt = ""
        if single:
            after = text[r.end : r.end + 16].split(None, 1)
            nxt = after[0].rstrip(".,;:") if after else ""
        return (r.surface, r.headline, r.initial, r.role, cue, prev, nxt)

    def label_all(self, found: list[Run]) -> None:
        multi, single, heads = [], [], []
        for r in found:
            if r.headline:
                heads.append(r)  # headlines last: they reuse what the body taught
            elif len(self.shapes[r.surface][0]) > 1:
                multi.append(r)
            else:
                single.append(r)
        for r in multi + single + heads:
            self.label(r)

    def label(self, r: Run) -> None:
        out = self.mem.out
        key = None
        if r.surface in self.first:
            self._file_first(r.surface)
            key = self.key(r)
            done = self.cache.get(key)
            if done is not None:  # same words in the same position class: same labels
                out.extend([(r.start + s, r.start + e, label) for s, e, label in done])
                return
        mark = len(out)
        if r.role:
            label_team(self.mem, self._tokens(r), "ORG" if r.role == "team" else "PERSON")
        else:
            label_run(self.mem, self._tokens(r))
        if key is None:
            self.first[r.surface] = (r, mark, len(out))
        else:
            self.cache[key] = [(s - r.start, e - r.start, label) for s, e, label in out[mark:]]

    def _file_first(self, surface: str) -> None:
        """The surface recurs: file its first run's labels under that run's key."""
        seen = self.first[surface]
        if seen is None:
            return
        r0, m0, m1 = seen
        self.cache[self.key(r0)] = [
            (s - r0.start, e - r0.start, label) for s, e, label in self.mem.out[m0:m1]
        ]
        self.first[surface] = None

    def _tokens(self, r: Run) -> list[Tok]:
        start, reliable = r.start, not r.headline
        toks = [
            Tok(start + a, start + b, w, c, reliable, False, k)
            for a, b, w, c, k in self.shapes[r.surface][1]
        ]
        if r.initial:
            toks[0].initial = True
            if len(self.shapes[r.surface][0]) == 1:
                toks[0].reliable = False  # a sentence-initial single word proves nothing
        return toks
