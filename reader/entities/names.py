"""Capitalised-name entities (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW).

Method, in three linear passes over one article:

1. one compiled regex finds runs of capitalised tokens (with "of", "and", "for" inside, e.g.
   "University of Hong Kong"); hyphenated words are cut to the name ("Chinese-owned");
2. each run is labelled: a keyword at its end decides the type ("... Embassy" ORG,
   "... Act" LAW), otherwise it is segmented left to right into gazetteer names (countries,
   cities, demonyms), titles (dropped, but they announce a PERSON) and unknown runs, which are
   PERSON when they look like a name (a given name first, a title before, two or three
   plain capitalised words, "spokesperson X", "X administration") and ORG otherwise (camel
   case, acronyms, lone capitalised words in mid-sentence);
3. the article is made consistent: a lone "Musk" after "Elon Musk" is PERSON, and every
   occurrence of a surface gets the label the majority of its occurrences got.

Capitals only count where they are informative: a word at the start of a sentence or in a
title-case headline is a name only if the gazetteer knows it or the article also writes it
capitalised in mid-sentence (or, sentence-initially, a speech verb follows: "Nvidia said").

Runs that recur with the same words in the same kind of position reuse their labels (a
per-article cache), which keeps long articles fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.entities import lexicon
from reader.entities.gazetteer import Gazetteer, gazetteer

_UP = "A-ZÀ-ÖØ-Þ"
_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft)\.(?=\s)"
    rf"|(?:[{_UP}]\.){{2,}}"
    rf"|[{_UP}]\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|[{_UP}][\w]*(?:&[{_UP}]\w*)*(?:['’](?!(?:s|re|ll|d|ve|m|t)\b)\w+)?(?:-\w+)*"
    r"(?:\.(?:com|org|net|io|gov|edu)\b)?)"
)
_CONNECT = r"(?:of[ ]the|of|for[ ]the|for|and|&|de|du|da|del|della|la|le|von|van|der|den|bin|al)"
_SEP = rf"(?:[ \u00a0]|[ \u00a0](?:{_CONNECT}[ \u00a0]){{1,2}})"


@cache
def _run_re() -> re.Pattern[str]:
    """Runs of capitalised tokens; compiled on first use so importing stays cheap."""
    return re.compile(rf"(?<![\w'’.-]){_TOKEN}(?:{_SEP}{_TOKEN})*")


@cache
def _token_re() -> re.Pattern[str]:
    """One token or connector inside a run."""
    return re.compile(rf"{_TOKEN}|(?<=[ \u00a0]){_CONNECT}(?=[ \u00a0])")


# Long capitalised titles with small lower-case words, ended by a law keyword
# ("Protecting Americans from Foreign Adversary Controlled Applications Act").
_LONG_LAW = (
    rf"(?<![\w'’.-])(?:[{_UP}][\w'’-]*[ ](?:(?:from|of|the|and|for|to|on|in|against|with)[ ])*)"
    r"{1,12}(?:Act|Law|Bill|Regulation|Treaty|Amendment|Convention|Directive)\b"
)
_STRIP = ".,;:!?\"'()[]{}“”‘’—–-…*/"


def _lower_vocab(text: str) -> set[str]:
    """Words the article writes in lower case ("despite", "police"): such a word capitalised
    at a sentence start is an ordinary word. Built from the unique whitespace tokens."""
    vocab: set[str] = set()
    for tok in set(text.split()):
        word = tok.strip(_STRIP)
        if word[:1].islower():
            vocab.add(word)
    return vocab


_CONNECTORS = lexicon.words("of the for and & de du da del della la le von van der den bin al")
_LOCATIVE = lexicon.words("in at from to near across outside inside around into via of")
_PARTICLES = lexicon.words("de du da del della la le von van der den bin al")
_HYPHEN_SUFFIXES = lexicon.words(
    """owned based backed led funded run made born style language speaking controlled linked
    related affiliated aligned friendly focused centric wide era level long sponsored bound
    registered listed headquartered oriented leaning dominated built designed developed
    produced supported inspired allied managed operated"""
)
# "Nvidia said ...": a speech/announcement verb after a sentence-initial word makes it a name.
_SAYS_AFTER = re.compile(
    r"[ \u00a0]+(?:said|says|announced|reported|confirmed|denied|declined|unveiled|launched|"
    r"warned|posted|agreed|added|told|wrote|tweeted)\b"
)
_PERSON_AFTER = re.compile(r"[ \u00a0]+(?:administration|campaign)\b")
# Lower-case role words right before a lone capitalised word make it a person.
_PERSON_BEFORE = lexicon.words(
    """spokesperson spokesman spokeswoman president minister senator chairman founder director
    judge officer lawmaker ambassador secretary chief leader executive journalist reporter
    professor analyst researcher author editor coach actor singer ceo"""
)


def _person_cue(text: str, start: int, end: int) -> bool:
    """ "spokesperson Liu", "Trump administration": context that makes a lone word a PERSON."""
    if _PERSON_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _PERSON_BEFORE


_SENTENCE_END = frozenset(".!?:;\n\r•|–—-")
_SKIP_BACK = frozenset(" \t\u00a0\"“‘'([«*")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    connector: bool = False
    reliable: bool = True  # its capital letter is informative (not sentence-initial/headline)
    initial: bool = False  # first word of a sentence
    cut: bool = False  # a hyphen suffix was cut off: the name ends here


@dataclass(slots=True)
class _Ctx:
    text: str
    gaz: Gazetteer
    lower_vocab: set[str]
    reliable_caps: set[str]
    line: tuple[int, int, bool]  # start, end (past the newline), is-headline of the last line


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _is_headline(ctx: _Ctx, pos: int) -> bool:
    """A line where (nearly) every long word is capitalised: capitals carry no information.

    Called with increasing ``pos``; the current line is remembered, so each newline search
    covers new text only (linear even for a 1 MB text on one line).
    """
    text = ctx.text
    start, end, result = ctx.line
    if start <= pos < end:
        return result
    if pos >= end:
        newline = text.rfind("\n", end, pos)
        start = newline + 1 if newline >= 0 else end
    else:
        start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    if end - start >= 250:
        result = False  # a paragraph, not a headline
    else:
        line = text[start:end].rstrip()
        if (line.endswith(".") and not line.endswith("..")) or line.startswith("By "):
            result = False  # a sentence, or a byline ("By Sarah Johnson and ...")
        else:
            words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
            caps = sum(1 for w in words if w[0].isupper())
            result = len(words) >= 2 and caps >= 0.8 * len(words)
    ctx.line = (start, end + 1, result)
    return result


def _tokens(ctx: _Ctx, start: int, end: int) -> list[_Tok]:
    """Tokens of one run; hyphenated words cut to the name part where the suffix is generic."""
    text, names = ctx.text, ctx.gaz.names
    out: list[_Tok] = []
    word = text[start:end]
    if " " not in word and "-" not in word and "\u00a0" not in word:
        return [_Tok(start, end, word)]  # the common case: one plain word
    for m in _token_re().finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word.split()[0] in _CONNECTORS:
            out.append(_Tok(s, e, word, connector=True))
            continue
        if "-" in word and word not in names and word not in lexicon.TITLES:
            parts = word.split("-")
            if all(p in lexicon.TITLES for p in parts):
                out.append(_Tok(s, e, word))  # "Secretary-General": a title
                continue
            if parts[-1].isdigit():
                continue  # "Covid-19", "F-35": model or disease numbers, not names
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
        if first in lexicon.EVENT_HEAD:
            return "EVENT"
    return None


def _lookup(names: dict[str, str], surface: str) -> str | None:
    """Gazetteer label of ``surface``; all-caps headlines ("HONG KONG") are tried title-cased."""
    label = names.get(surface)
    if label is None and surface.isupper() and len(surface) > 2:
        label = names.get(surface.title())
    return label


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
        if label == "PERSON" and len(toks) >= 2 and not toks[-1].connector:
            # A later lone "Musk" (or "Zhao", surname first) is this person; a part that is
            # also a place is left out ("Paris Hilton" must not make every "Paris" a person).
            names = self.ctx.gaz.names
            for t in (toks[0], toks[-1]):
                if not t.connector and _lookup(names, t.word) is None:
                    self.person_parts.add(t.word)

    def label_run(self, toks: list[_Tok]) -> None:
        """Label one maximal run of capitalised tokens (split at function words inside)."""
        part: list[_Tok] = []
        for t in toks:
            if not t.connector and (
                t.word in lexicon.FUNCTION_WORDS or t.word in lexicon.NOT_NAMES
            ):
                if part:
                    self.label_part(part)
                part = []
                continue
            part.append(t)
        if part:
            self.label_part(part)

    def label_part(self, toks: list[_Tok]) -> None:
        """Label a run without function words: whole-name lookups, then segmentation."""
        ctx = self.ctx
        names = ctx.gaz.names
        while toks and toks[0].connector:
            toks = toks[1:]
        while toks and toks[-1].connector:
            toks = toks[:-1]
        if not toks:
            return
        first = toks[0]
        surface = ctx.text[first.start : toks[-1].end]
        label = _lookup(names, surface)
        if (
            label is None
            and first.initial
            and len(toks) > 1
            and first.word.lower() in ctx.lower_vocab
            and _lookup(names, first.word) is None
            and _lookup(names, ctx.text[first.start : toks[1].end]) is None
        ):
            toks = toks[1:]  # "Meanwhile Google ...": a common word capitalised by position
            toks[0].initial = False
            first = toks[0]
            surface = ctx.text[first.start : toks[-1].end]
            label = _lookup(names, surface)
        if label is None and len(toks) > 1:
            if all(t.word.isupper() for t in toks if not t.connector):
                self.segment(toks, caps_only=True)  # "FILE PHOTO", "NEW YORK"
                return
            label = _tail_label(toks)
            if label is not None:
                # "House and Senate": both sides are names of their own.
                for k, t in enumerate(toks):
                    if t.word in ("and", "&") and self._complete(toks[:k]):
                        self.label_part(toks[:k])
                        self.label_part(toks[k + 1 :])
                        return
        if label is not None:
            if not (label == "NORP" and toks[-1].cut and self._language(toks[-1])):
                self.emit(toks, label)
            return
        for k, t in enumerate(toks):
            if t.word in ("and", "&") and 0 < k < len(toks) - 1:
                # No keyword joins the two sides ("Jordan Peterson and Paris Hilton").
                self.label_part(toks[:k])
                self.label_part(toks[k + 1 :])
                return
        if self._given_plus_surname(toks):
            self.emit(toks, "PERSON")  # "Jordan Peterson", "Paris Hilton": not a place + ORG
            return
        # "U.S. Department of Commerce": an agency head word after a place name.
        for k in range(1, min(len(toks) - 2, 3)):
            if toks[k].word in lexicon.ORG_HEAD and toks[k + 1].connector:
                prefix = ctx.text[first.start : toks[k - 1].end]
                if _lookup(names, prefix) in ("GPE", "NORP"):
                    self.emit(toks, "ORG")
                else:
                    self.segment(toks[:k])
                    self.emit(toks[k:], "ORG")
                return
        self.segment(toks)

    def segment(self, toks: list[_Tok], caps_only: bool = False) -> None:
        """Left to right: gazetteer names, titles, and runs of unknown words between them."""
        names, text = self.ctx.gaz.names, self.ctx.text
        person_hint = False
        run: list[_Tok] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if t.connector:
                j = i
                while j < n and toks[j].connector and toks[j].word in _PARTICLES:
                    j += 1
                if run and j > i and j < n and not toks[j].connector:
                    run.append(t)  # "Ursula von der Leyen", "Mohammed bin Salman"
                    i += 1
                    continue
                self.flush(run, person_hint)
                run, person_hint = [], False
                i += 1
                continue
            hit = 0
            for j in range(min(n, i + 4), i, -1):
                if toks[j - 1].connector:
                    continue
                label = _lookup(names, text[t.start : toks[j - 1].end])
                if label is not None:
                    hit = j
                    break
            if hit:
                self.flush(run, person_hint)
                run = []
                if label == "GPE" and hit < n and toks[hit].word == "City":
                    self.emit(toks[i : hit + 1], "GPE")  # "Gaza City", "Mexico City"
                    i = hit + 1
                    continue
                if (
                    label in ("GPE", "NORP")
                    and hit < n
                    and toks[hit].word in lexicon.ORG_TAIL
                    and not toks[hit - 1].cut
                ):
                    self.emit(toks[i : hit + 1], "ORG")  # "Chinese Embassy", "US Congress"
                    i = hit + 1
                    continue
                if not (label == "NORP" and toks[hit - 1].cut and self._language(toks[hit - 1])):
                    self.emit(toks[i:hit], label)
                i = hit
                continue
            if caps_only:
                i += 1
                continue
            if t.word in lexicon.TITLES or (
                "-" in t.word and all(p in lexicon.TITLES for p in t.word.split("-"))
            ):
                if (
                    run
                    and i + 1 < n
                    and not toks[i + 1].connector
                    and not (
                        len(run) == 1
                        and (run[0].word in lexicon.ORG_TAIL or _looks_org(run[0].word))
                    )
                ):
                    run = []  # "Majority Leader Chuck Schumer": the run was part of the title
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

    def _given_plus_surname(self, toks: list[_Tok]) -> bool:
        """A given name followed by one or two words that are not places, titles or keywords."""
        if not 2 <= len(toks) <= 3 or any(t.connector for t in toks):
            return False
        first = toks[0].word
        if first not in self.ctx.gaz.given_names or first in lexicon.TITLES:
            return False  # "Prince Harry": a title, though also a given name
        if not toks[0].reliable:
            return False
        names = self.ctx.gaz.names
        text = self.ctx.text
        if _lookup(names, text[toks[0].start : toks[1].end]) is not None:
            return False
        if _lookup(names, toks[0].word) is not None:
            before = text[max(0, toks[0].start - 12) : toks[0].start].split()
            if before and before[-1].lower() in _LOCATIVE:
                return False  # "staff in Geneva Diplo will ...": a place, then a name
        return all(
            _lookup(names, t.word) is None
            and t.word not in lexicon.TITLES
            and t.word not in lexicon.ORG_TAIL
            and not _looks_org(t.word)
            for t in toks[1:]
        )

    def _complete(self, toks: list[_Tok]) -> bool:
        """A name on its own: an organisation keyword, a gazetteer entry, or keyword-ended."""
        if len(toks) == 1:
            word = toks[0].word
            return word in lexicon.ORG_TAIL or _lookup(self.ctx.gaz.names, word) is not None
        return _tail_label(toks) is not None

    def _language(self, tok: _Tok) -> bool:
        """ "English-language", "Mandarin-speaking": the word names a language, not a group."""
        return self.ctx.text.startswith(("-language", "-speaking"), tok.end)

    def flush(self, run: list[_Tok], person_hint: bool) -> None:
        """Label a run of words the gazetteer does not know."""
        if not run:
            return
        ctx = self.ctx
        label = _tail_label(run) if len(run) > 1 else None
        if label is not None:
            self.emit(run, label)
            return
        if not all(t.reliable for t in run):
            if len(run) > 1:
                # Headline or sentence start: keep the sub-runs the article confirms (words
                # it also capitalises in mid-sentence).
                confirmed = [t.reliable or t.word in ctx.reliable_caps for t in run]
                if not all(confirmed):
                    sub: list[_Tok] = []
                    for t, ok in zip(run, confirmed, strict=True):
                        if ok:
                            sub.append(t)
                        elif sub:
                            self.flush(sub, person_hint)
                            sub = []
                    if sub:
                        self.flush(sub, person_hint)
                    return
            else:
                t = run[0]
                known = t.word in ctx.reliable_caps or (
                    t.initial
                    and not t.word.endswith("s")
                    and t.word.lower() not in ctx.lower_vocab
                    and _SAYS_AFTER.match(ctx.text, t.end) is not None
                )
                if not known:
                    return  # a headline or sentence-initial word we know nothing about
        text = ctx.text
        first = run[0].word
        if len(run) == 1:
            word = first
            if person_hint or word in self.person_parts:
                self.emit(run, "PERSON")
            elif _person_cue(text, run[0].start, run[-1].end):
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
        elif len(run) <= 3 and not any(t.word.lower() in ctx.lower_vocab for t in run):
            self.emit(run, "PERSON")  # "Zhao Lijian": plain capitalised words, not vocabulary
        else:
            self.emit(run, "ORG")  # "Trinity Audio": built from ordinary words


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised-name entities of ``text`` as ``(start, end, label)``, in text order."""
    gaz = gazetteer()
    ctx = _Ctx(text, gaz, _lower_vocab(text), set(), (0, 0, False))
    # Pass 1: find runs, note which capitals are informative (article-wide memory).
    runs: list[tuple[int, int, str, bool, bool]] = []  # start, end, surface, headline, initial
    words_of: dict[str, tuple[str, ...]] = {}
    shapes: dict[str, list[tuple[int, int, str, bool, bool]]] = {}  # surface -> relative tokens
    for m in _run_re().finditer(text):
        start, end = m.span()
        surface = m.group()
        headline = _is_headline(ctx, start)
        initial = not headline and _is_sentence_start(text, start)
        words = words_of.get(surface)
        if words is None:
            toks = _tokens(ctx, start, end)
            shapes[surface] = [
                (t.start - start, t.end - start, t.word, t.connector, t.cut) for t in toks
            ]
            words = tuple(t.word for t in toks if not t.connector)
            words_of[surface] = words
        if not words:
            continue
        if not headline:
            # A sentence-initial single word proves nothing; a second capitalised word
            # ("Aldo Matteucci explores") does.
            ctx.reliable_caps.update(words[1:] if initial and len(words) == 1 else words)
        runs.append((start, end, surface, headline, initial))
    # Pass 2: label; longer runs first, so that "Elon Musk" is known before a lone "Musk".
    labeller = _Labeller(ctx)
    cache: dict[tuple[str, bool, bool, bool], list[tuple[int, int, str]]] = {}
    multi = [r for r in runs if len(words_of[r[2]]) > 1]
    single = [r for r in runs if len(words_of[r[2]]) == 1]
    for start, end, surface, headline, initial in multi + single:
        cue = (
            len(words_of[surface]) == 1
            and surface not in gaz.names
            and _person_cue(text, start, end)
        )
        key = (surface, headline, initial, cue)
        done = cache.get(key)
        if done is not None:  # same words in the same position class: same labels
            labeller.out.extend((start + s, start + e, label) for s, e, label in done)
            continue
        mark = len(labeller.out)
        toks = [_Tok(start + a, start + b, w, c, cut=k) for a, b, w, c, k in shapes[surface]]
        labeller.label_run(_flag(toks, headline, initial))
        cache[key] = [(s - start, e - start, label) for s, e, label in labeller.out[mark:]]
    return _harmonise(text, labeller.out, labeller.person_parts)


def _flag(toks: list[_Tok], headline: bool, initial: bool) -> list[_Tok]:
    """Set how informative the capitals of a run's tokens are."""
    if headline:
        for t in toks:
            t.reliable = False
    elif initial:
        first = toks[0]
        first.initial = True
        if sum(1 for t in toks if not t.connector) == 1:
            first.reliable = False
    return toks


@cache
def _long_law_re() -> re.Pattern[str]:
    """Long law titles; compiled on first use."""
    return re.compile(_LONG_LAW)


_LAW_KEYWORDS = (
    "Act",
    "Law",
    "Bill",
    "Regulation",
    "Treaty",
    "Amendment",
    "Convention",
    "Directive",
)


def _law_keyword_ends(text: str) -> list[int]:
    """End offsets of whole-word law keywords, found with ``str.find`` (fast on long texts)."""
    ends: list[int] = []
    for kw in _LAW_KEYWORDS:
        i = text.find(kw)
        while i >= 0:
            j = i + len(kw)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                ends.append(j)
            i = text.find(kw, j)
    ends.sort()
    return ends


def law_spans(text: str) -> list[tuple[int, int, str]]:
    """Law titles long enough to contain lower-case words; leading function words trimmed.

    The title regex is only tried in a window before each law keyword (fast on long texts).
    """
    out: list[tuple[int, int, str]] = []
    title_re = _long_law_re()
    last_end = 0
    for end in _law_keyword_ends(text):
        for m in title_re.finditer(text, max(last_end, end - 300), end):
            if m.end() != end:
                continue
            start = m.start()
            words = m.group().split(" ")
            while words and words[0] in lexicon.FUNCTION_WORDS:
                start += len(words.pop(0)) + 1
            if len(words) >= 4 and any(w.islower() for w in words):
                out.append((start, end, "LAW"))
                last_end = end
            break
    return out


def _harmonise(
    text: str, spans: list[tuple[int, int, str]], person_parts: set[str]
) -> list[tuple[int, int, str]]:
    """One label per surface per article: person name parts, then the majority label."""
    votes: dict[str, dict[str, int]] = {}
    for s, e, label in spans:
        counts = votes.get(text[s:e])
        if counts is None:
            votes[text[s:e]] = {label: 1}
        else:
            counts[label] = counts.get(label, 0) + 1
    best = {surface: max(c, key=c.__getitem__) for surface, c in votes.items()}
    out = []
    for s, e, _label in spans:
        surface = text[s:e]
        label = "PERSON" if surface in person_parts else best[surface]
        out.append((s, e, label))
    out.sort()
    return out
