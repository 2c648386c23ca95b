"""Capitalised-name entities (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW).

Method, in three linear passes over one article:

1. one compiled regex finds runs of capitalised tokens (with "of", "and", "for" inside, e.g.
   "University of Hong Kong"); hyphenated words are cut to the name ("Chinese-owned");
2. each run is labelled: a keyword at its end decides the type ("... Embassy" ORG,
   "... Act" LAW), otherwise it is segmented left to right into gazetteer names (countries,
   cities, demonyms), titles (dropped, but they announce a PERSON) and unknown runs, which are
   PERSON when they look like a name (a given name, a title before, "X said" after) and
   ORG otherwise (camel case, acronyms, lone capitalised words in mid-sentence);
3. the article is made consistent: a lone "Musk" after "Elon Musk" is PERSON, and every
   occurrence of a surface gets the label the majority of its occurrences got.

Capitals only count where they are informative: a word at the start of a sentence or in a
title-case headline is a name only if the gazetteer knows it or the article also writes it
capitalised in mid-sentence (and never in lower case).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.entities import lexicon
from reader.entities.gazetteer import Gazetteer, gazetteer

_UP = "A-ZÀ-ÖØ-Þ"
_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft)\.(?=\s)"
    rf"|(?:[{_UP}]\.){{2,}}"
    rf"|[{_UP}]\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|[{_UP}][\w]*(?:['’](?!s\b)\w+)?(?:-\w+)*(?:\.(?:com|org|net|io|gov|edu)\b)?)"
)
_CONNECT = r"(?:of[ ]the|of|for[ ]the|for|and|&|de|du|da|del|della|la|le|von|van|der|den|bin|al)"
_SEP = rf"(?:[ \u00a0]|[ \u00a0]{_CONNECT}[ \u00a0])"
RUN_RE = re.compile(rf"(?<![\w'’.-]){_TOKEN}(?:{_SEP}{_TOKEN})*")
TOKEN_RE = re.compile(rf"{_TOKEN}|(?<=[ \u00a0]){_CONNECT}(?=[ \u00a0])")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z]+")
_CONNECTORS = frozenset(
    "of the for and & de du da del della la le von van der den bin al".split()
)
_HYPHEN_SUFFIXES = frozenset(
    """owned based backed led funded run made born style language speaking controlled linked
    related affiliated aligned friendly focused centric wide era level long sponsored
    registered listed headquartered born bound made oriented made leaning dominated
    built designed developed produced supported inspired allied managed operated produced
    american chinese""".split()
)
_PERSON_AFTER = re.compile(
    r"[ \u00a0,]+(?:said|says|told|added|wrote|argued|insisted|noted|explained|stated|"
    r"administration|campaign|himself|herself|who)\b"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:spokesperson|spokesman|spokeswoman|president|minister|senator|chairman|founder|"
    r"director|judge|officer|lawmaker|ambassador|secretary|chief|leader|executive|journalist|"
    r"reporter|professor|analyst|researcher|author|editor|coach|actor|singer|CEO|by)[ \u00a0]+$"
)
_SENTENCE_END = frozenset(".!?:;\n•|–—-")
_SKIP_BACK = frozenset(" \t\u00a0\"“‘'([«*")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    connector: bool = False
    reliable: bool = True  # its capital letter is informative (not sentence-initial/headline)
    cut: bool = False  # a hyphen suffix was cut off: the name ends here


@dataclass(slots=True)
class _Ctx:
    text: str
    gaz: Gazetteer
    lower_vocab: set[str]
    reliable_caps: set[str]
    headline_cache: dict[int, bool]


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _is_headline(ctx: _Ctx, pos: int) -> bool:
    """A line where (nearly) every long word is capitalised: capitals carry no information."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    cached = ctx.headline_cache.get(line_start)
    if cached is not None:
        return cached
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    caps = sum(1 for w in words if w[0].isupper())
    result = len(words) >= 2 and caps >= 0.8 * len(words) and len(line) < 250
    ctx.headline_cache[line_start] = result
    return result


def _tokens(ctx: _Ctx, start: int, end: int) -> list[_Tok]:
    """Tokens of one run; hyphenated words cut to the name part where the suffix is generic."""
    text, names = ctx.text, ctx.gaz.names
    out: list[_Tok] = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word.split()[0] in _CONNECTORS:
            out.append(_Tok(s, e, word, connector=True))
            continue
        if "-" in word and word not in names and word not in lexicon.TITLES:
            parts = word.split("-")
            if all(p[:1].isupper() for p in parts) and all(p in names for p in parts):
                pos = s
                for p in parts:  # "US-China": two adjacent names
                    out.append(_Tok(pos, pos + len(p), p, cut=True))
                    pos += len(p) + 1
                continue
            tail = parts[-1]
            if tail.islower() and (
                tail in _HYPHEN_SUFFIXES or parts[0] in names or tail in ctx.lower_vocab
            ):
                head = parts[0]
                out.append(_Tok(s, s + len(head), head, cut=True))
                continue
        out.append(_Tok(s, e, word))
    return out


def _tail_label(toks: list[_Tok]) -> str | None:
    """Type fixed by the last word of a multi-word name ("Justice Department" -> ORG)."""
    last = toks[-1].word
    if len(toks) >= 2:
        if last in lexicon.ORG_TAIL:
            return "ORG"
        if last in lexicon.LAW_TAIL:
            return "LAW"
        if last in lexicon.FAC_TAIL:
            return "FAC"
        if last in lexicon.EVENT_TAIL:
            return "EVENT"
        if last in lexicon.LOC_TAIL:
            return "LOC"
        first = toks[0].word
        if first in lexicon.ORG_HEAD and toks[1].connector:
            return "ORG"
    return None


def _looks_org(word: str) -> bool:
    """Acronyms (NATO, FBI) and camel case (TikTok, WeChat) are organisations or brands."""
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


class _Labeller:
    """Labels the runs of one article; keeps the article-level memory (person name parts)."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.person_parts: set[str] = set()
        self.out: list[tuple[int, int, str]] = []

    def emit(self, toks: list[_Tok], label: str) -> None:
        start, end = toks[0].start, toks[-1].end
        self.out.append((start, end, label))
        if label == "PERSON" and len(toks) >= 2:
            for t in toks:
                if not t.connector:
                    self.person_parts.add(t.word)

    def label_run(self, toks: list[_Tok]) -> None:
        """Label one maximal run of capitalised tokens."""
        ctx = self.ctx
        names = ctx.gaz.names
        # Drop leading function words and uninformative sentence-initial common words.
        while toks:
            t = toks[0]
            if t.connector or t.word in lexicon.FUNCTION_WORDS or t.word in lexicon.NOT_NAMES:
                toks = toks[1:]
                continue
            if not t.reliable and t.word not in names and (
                t.word.lower() in ctx.lower_vocab or t.word not in ctx.reliable_caps
            ):
                if len(toks) == 1 or t.word.lower() in ctx.lower_vocab:
                    toks = toks[1:]
                    continue
            break
        while toks and toks[-1].connector:
            toks = toks[:-1]
        if not toks:
            return
        surface = ctx.text[toks[0].start : toks[-1].end]
        label = names.get(surface)
        if label is None and len(toks) > 1:
            label = _tail_label(toks)
        if label is not None:
            self.emit(toks, label)
            return
        self.segment(toks)

    def segment(self, toks: list[_Tok]) -> None:
        """Left to right: gazetteer names, titles, and runs of unknown words between them."""
        ctx, names, text = self.ctx, self.ctx.gaz.names, self.ctx.text
        person_hint = False
        run: list[_Tok] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if t.connector:
                self.flush(run, person_hint)
                run, person_hint = [], False
                i += 1
                continue
            hit = 0
            for j in range(min(n, i + 4), i, -1):
                if toks[j - 1].connector:
                    continue
                if text[t.start : toks[j - 1].end] in names:
                    hit = j
                    break
            if hit:
                self.flush(run, person_hint)
                run = []
                self.emit(toks[i:hit], names[text[t.start : toks[hit - 1].end]])
                i = hit
                continue
            if t.word in lexicon.TITLES and (run == [] or run[-1].word in lexicon.TITLES):
                self.flush(run, person_hint)
                run, person_hint = [], True
                i += 1
                continue
            if t.word in lexicon.FUNCTION_WORDS or t.word in lexicon.NOT_NAMES:
                self.flush(run, person_hint)
                run, person_hint = [], False
                i += 1
                continue
            run.append(t)
            if t.cut:
                self.flush(run, person_hint)
                run, person_hint = [], False
            i += 1
        self.flush(run, person_hint)

    def flush(self, run: list[_Tok], person_hint: bool) -> None:
        """Label a run of words the gazetteer does not know."""
        if not run:
            return
        ctx = self.ctx
        label = _tail_label(run) if len(run) > 1 else None
        if label is not None:
            self.emit(run, label)
            return
        if not any(t.reliable or t.word in ctx.reliable_caps for t in run):
            return  # a headline or sentence-initial word we know nothing about
        text = ctx.text
        first = run[0].word
        if len(run) == 1:
            word = first
            if person_hint or word in self.person_parts:
                self.emit(run, "PERSON")
            elif _PERSON_AFTER.match(text, run[-1].end) or _PERSON_BEFORE.search(
                text, max(0, run[0].start - 40), run[0].start
            ):
                self.emit(run, "ORG" if _looks_org(word) else "PERSON")
            elif word in lexicon.ORG_TAIL or _looks_org(word):
                self.emit(run, "ORG")
            elif not run[0].reliable and word.lower() in ctx.lower_vocab:
                return
            else:
                self.emit(run, "ORG")
            return
        if person_hint or first in ctx.gaz.given_names or first in self.person_parts:
            self.emit(run, "PERSON")
        elif any(_looks_org(t.word) for t in run) or any(c.isdigit() for t in run for c in t.word):
            self.emit(run, "ORG")
        elif len(run) <= 3:
            self.emit(run, "PERSON")
        else:
            self.emit(run, "ORG")


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised-name entities of ``text`` as ``(start, end, label)``, in text order."""
    gaz = gazetteer()
    ctx = _Ctx(text, gaz, set(_LOWER_WORD_RE.findall(text)), set(), {})
    runs: list[list[_Tok]] = []
    for m in RUN_RE.finditer(text):
        toks = _tokens(ctx, m.start(), m.end())
        if not toks:
            continue
        headline = _is_headline(ctx, m.start())
        first = toks[0]
        if headline:
            for t in toks:
                t.reliable = False
        elif _is_sentence_start(text, first.start):
            first.reliable = False
        for t in toks:
            if t.reliable and not t.connector:
                ctx.reliable_caps.add(t.word)
        runs.append(toks)
    labeller = _Labeller(ctx)
    # Longer runs first, so that "Elon Musk" is known before a lone "Musk" is labelled.
    multi = [r for r in runs if len(r) > 1]
    single = [r for r in runs if len(r) == 1]
    for toks in multi:
        labeller.label_run(toks)
    for toks in single:
        labeller.label_run(toks)
    return _harmonise(text, labeller.out, labeller.person_parts)


def _harmonise(
    text: str, spans: list[tuple[int, int, str]], person_parts: set[str]
) -> list[tuple[int, int, str]]:
    """One label per surface per article: person name parts, then the majority label."""
    votes: dict[str, Counter[str]] = {}
    for s, e, label in spans:
        votes.setdefault(text[s:e], Counter())[label] += 1
    best = {surface: c.most_common(1)[0][0] for surface, c in votes.items()}
    out = []
    for s, e, _label in spans:
        surface = text[s:e]
        label = "PERSON" if surface in person_parts else best[surface]
        out.append((s, e, label))
    out.sort()
    return out
