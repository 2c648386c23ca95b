"""Capitalised-name entities (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW).

Method, in three linear passes over one article:

1. one compiled regex finds runs of capitalised tokens (with "of", "and", "for" inside, e.g.
   "University of Hong Kong"); hyphenated words are cut to the name ("Chinese-owned");
2. each run is labelled: a keyword decides the type (last word "... Embassy" ORG, "... Act"
   LAW; an organisation head anywhere, "Board of Elections"; a first word, "Mount X" LOC),
   otherwise it is segmented left to right into gazetteer names (countries, cities,
   demonyms), titles (dropped, but they announce a PERSON) and unknown runs, which are PERSON
   when they look like a name (a given name first, then US Census surnames or unknown words
   but no plural common noun; a title or a byline before; two or three capitalised words
   that are no dictionary words; "spokesperson X", "X administration") and ORG otherwise
   (camel case, acronyms, ordinary words, lone capitalised words in mid-sentence). A place
   joined to unknown words is an organisation ("Milwaukee Bucks"), an unknown word after
   "in" or before "district" is a place, and "X of the Y Union" splits a person from a body;
3. the article is made consistent: a lone "Musk" after "Elon Musk" is PERSON, and every
   occurrence of a surface gets the label the majority of its occurrences got.

Capitals only count where they are informative: a word at the start of a sentence or in a
title-case headline is a name only if the gazetteer knows it or the article also writes it
capitalised in mid-sentence (or, sentence-initially, a speech verb follows: "Nvidia said",
or it is no English word at all: "Safaricom, Kenya's ..."). A frequent dictionary word that
starts a sentence is dropped from its run ("Rivals Nio"). Headlines and all-caps lines are
labelled last and reuse the labels the body gave the same words ("GHANA COCOA BOARD").

Runs that recur with the same words in the same kind of position reuse their labels (a
per-article cache), which keeps long articles fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reader.entities import lexicon
from reader.entities.gazetteer import Gazetteer, gazetteer

_UP = "A-ZÀ-ÖØ-Þ"
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft"
_PARTICLE_PREFIXES = "el|al|ul|ibn|bin|abu"  # "al-Assad": the only tokens not led by a capital
_WORD_REST = (  # a capitalised word after its first letter
    rf"[\w]*(?:&[{_UP}]\w*)*(?:['’](?!(?i:s|re|ll|d|ve|m|t)\b)\w+)?(?:-\w+)*"
    r"(?:\.(?:com|org|net|io|gov|edu)\b)?"
)
_TOKEN = (
    rf"(?:(?:{_ABBREVIATIONS})\.(?=[\s,;:)]|$)"
    rf"|(?:[{_UP}]\.){{2,}}"
    rf"|[{_UP}]\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|(?:{_PARTICLE_PREFIXES})-[{_UP}]\w*"
    rf"|[{_UP}]{_WORD_REST})"
)
# The same token at a run start led by a capital, written so that the pattern starts with
# the capital (a character class ``re`` scans for in C; a leading lookbehind made it try
# every offset): the capital, the lookbehind one character back, then each alternative of
# _TOKEN after its first letter, in the same order (the abbreviations check their letter).
_CAPITAL_TOKEN = (
    rf"[{_UP}](?<![\w'’.-].)"
    "(?:(?:"
    + "|".join(f"(?<={a[0]}){a[1:]}" for a in _ABBREVIATIONS.split("|"))
    + r")\.(?=[\s,;:)]|$)"
    rf"|\.(?:[{_UP}]\.)+"
    rf"|\.(?=[ \u00a0][{_UP}][a-z])"
    rf"|{_WORD_REST})"
)
_CONNECT = r"(?:of[ ]the|of|for[ ]the|for|and|&|de|du|da|del|della|la|le|von|van|der|den|bin|al)"
_SEP = rf"(?:[ \u00a0]|[ \u00a0](?:{_CONNECT}[ \u00a0]){{1,2}})"


@cache
def _run_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Runs of capitalised tokens; compiled on first use so importing stays cheap.

    Three patterns: any run; a run that starts with a capital (the same matches when no run
    starts with a particle, and much faster); a check for a run starting with a particle
    ("al-Assad", found from the hyphen, a literal).
    """
    particle_start = "|".join(rf"(?<=(?<![\w'’.-]){p}-)" for p in _PARTICLE_PREFIXES.split("|"))
    return (
        re.compile(rf"(?<![\w'’.-]){_TOKEN}(?:{_SEP}{_TOKEN})*"),
        re.compile(rf"{_CAPITAL_TOKEN}(?:{_SEP}{_TOKEN})*"),
        re.compile(rf"-(?:{particle_start})[{_UP}]"),
    )


def _runs(text: str) -> Iterator[re.Match[str]]:
    """Maximal runs of capitalised tokens (with connectors inside), in text order."""
    any_run, capital_run, particle = _run_res()
    return (any_run if particle.search(text) else capital_run).finditer(text)


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
        c = tok[0]
        if c.islower():  # no leading punctuation to strip (the common case)
            vocab.add(tok.rstrip(_STRIP))
        elif not c.isalnum():
            word = tok.strip(_STRIP)
            if word[:1].islower():
                vocab.add(word)
    return vocab


_CONNECTORS = lexicon.words("of the for and & de du da del della la le von van der den bin al")
_LOCATIVE = lexicon.words("in at from to near across outside inside around into via of")
_PARTICLES = lexicon.words("de du da del della la le von van der den bin al")
_CALENDAR = lexicon.words(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
# Words before or after a run that change its reading (part of the per-article cache key).
_CONTEXT_WORDS = frozenset(
    {"in", "near", "outside", "at", "from", "to", "across", "around", "into", "via", "of"}
)
# Nouns among the function words: inside an organisation's name they are part of it
# ("Local Government Association", "Metropolitan Police Service").
_SOFT_FUNCTION = lexicon.words("Government Police Military Staff Management People Home")
_PARTY_ADJ = lexicon.words("Liberal Social Christian Free Progressive Young New Green")

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


# "(Reporting by ...; Editing by ...)", "Additional reporting by ...": names, not a headline.
_CREDIT = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?)\s+by\s")


def _after_byline(text: str, pos: int) -> bool:
    """ "By " (or "By\u00a0") at the start of a line, right before ``pos``: a byline.

    Reads backwards from ``pos`` only (a regex searched up to ``pos`` rescanned the whole
    article for every run). As ``$`` did, a newline straight before ``pos`` is allowed.
    """
    if pos and text[pos - 1] == "\n":
        pos -= 1
    if pos < 3 or text[pos - 1] not in " \u00a0" or text[pos - 3 : pos - 1] != "By":
        return False
    i = pos - 3
    while i and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


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
    reliable_single: set[str]  # words capitalised alone in mid-sentence ("the Council said")
    midsentence_caps: set[str]  # words capitalised anywhere but first in a sentence
    line: tuple[int, int, bool]  # start, end (past the newline), is-headline of the last line


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
        if (
            (line.endswith(".") and not line.endswith(".."))
            or line.startswith("By ")
            or _CREDIT.search(line)
        ):
            result = False  # a sentence, a byline ("By Sarah Johnson and ..."), a credit line
        elif line.isupper() and len(line) < 120:
            result = True  # "UP NEXT", "TIP-INS", "BUSINESS BRIEFS": a label line
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
            if (
                len(parts) == 2
                and parts[0].isupper()
                and len(parts[0]) >= 3
                and parts[1][1:].islower()
                and parts[0] not in names
            ):
                # "BRIEF-Petronas", "UPDATE 1-Brazil": a wire slug glued to the name
                s += len(parts[0]) + 1
                word = parts[1]
                if not word[:1].isupper():
                    continue
                out.append(_Tok(s, e, word))
                continue
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
    """Type fixed by a keyword of a multi-word name: its last word ("Justice Department" ->
    ORG), an organisation head before "of"/"for" anywhere ("Franklin County Board of
    Elections", "Max Planck Institute for ..."), or a first word ("Mount Agung" -> LOC)."""
    last = toks[-1].word
    if len(toks) >= 2:
        if last in lexicon.ORG_TAIL or last.split("-")[0] in lexicon.ORG_TAIL:
            return "ORG"
        if last in lexicon.LAW_TAIL:
            return "LAW"
        for k in range(len(toks) - 1):
            if toks[k].word in lexicon.ORG_HEAD and toks[k + 1].connector:
                return "ORG"
        if last in lexicon.FAC_TAIL:
            return "FAC"
        if last in lexicon.EVENT_TAIL:
            return "EVENT"
        if last in lexicon.LOC_TAIL:
            return "LOC"
        first = toks[0].word
        if first in lexicon.EVENT_HEAD:
            return "EVENT"
        if first in lexicon.LOC_HEAD or first.title() in lexicon.LOC_HEAD:
            return "LOC"
    return None


def _lookup(names: dict[str, str], surface: str) -> str | None:
    """Gazetteer label of ``surface``; all-caps headlines ("HONG KONG") are tried title-cased."""
    label = names.get(surface)
    if label is None and surface.isupper() and len(surface) > 2:
        label = names.get(surface.title())
    return label


_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Le|La|Van|Von|Al-|El-)(?=[A-Z])")


def _looks_org(word: str) -> bool:
    """Acronyms (NATO, FBI) and camel case (TikTok, WeChat) are organisations or brands.

    A capital after a hyphen or apostrophe, or after a surname prefix, is not camel case
    ("Owusu-Ansah", "O'Rourke", "McDonald", "DeSantis").
    """
    if word[1:].islower():
        return False  # no capital after the first letter (most words): no camel case
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True
    m = _NAME_PREFIX.match(word)
    if m:
        word = word[m.end() :]
    return any(c.isupper() and word[i].islower() for i, c in enumerate(word[1:])) and any(
        c.islower() for c in word
    )


def _fold(word: str) -> str:
    """``word`` without accents ("Lucía" -> "Lucia"): the given-name list is mostly ASCII."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _is_given(gaz: Gazetteer, word: str) -> bool:
    """A given name, also when written in capitals ("DAVID") or with accents ("Lucía")."""
    if word.isupper() and len(word) > 1:
        word = word.title()
    if word in gaz.given_names:
        return True
    head = word.split("-")[0]
    if head != word and head in gaz.given_names:
        return True  # "Jean-Pierre"
    folded = _fold(word)
    return folded != word and folded in gaz.given_names


def _is_letter(word: str) -> bool:
    """A bare capital letter ("Band D", "G Jordan Hale"): a grade or a position, not a name."""
    return len(word) == 1 or (len(word) == 2 and word[0] in "QH" and word[1] in "1234")


def _is_role(word: str) -> bool:
    """A title that names a role ("Mayor", "Secretary-General"), not a department word."""
    if word in lexicon.TITLES and word not in lexicon.DEPARTMENT_WORDS:
        return True
    return "-" in word and all(p in lexicon.TITLES for p in word.split("-"))


class _Labeller:
    """Labels the runs of one article; keeps the article-level memory (person name parts)."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.person_parts: set[str] = set()
        self.loc_parts: set[str] = set()
        self.known: dict[str, str] = {}  # surface -> label, from runs outside headlines
        self.out: list[tuple[int, int, str]] = []

    def emit(self, toks: list[_Tok], label: str) -> None:
        if len(toks) == 1:
            t = toks[0]
            self.out.append((t.start, t.end, label))
            if t.reliable:
                self.known.setdefault(self.ctx.text[t.start : t.end].casefold(), label)
            return
        start, end = toks[0].start, toks[-1].end
        self.out.append((start, end, label))
        if all(t.reliable for t in toks):
            self.known.setdefault(self.ctx.text[start:end].casefold(), label)
        if toks[-1].connector:
            return
        names = self.ctx.gaz.names
        if label == "PERSON":
            # A later lone "Musk" (or "Zhao", surname first) is this person; a part that is
            # also a place is left out ("Paris Hilton" must not make every "Paris" a person).
            for t in (toks[0], toks[-1]):
                if not t.connector and _lookup(names, t.word) is None:
                    self.person_parts.add(t.word)
        elif label == "LOC" and toks[0].word.title() in lexicon.LOC_HEAD:
            last = toks[-1].word  # "Mount Agung" ... "Agung erupted"
            if _lookup(names, last) is None:
                self.loc_parts.add(last)

    def label_run(self, toks: list[_Tok]) -> None:
        """Label one maximal run of capitalised tokens (split at function words inside)."""
        if len(toks) == 1:
            self.label_word(toks)
            return
        org_tail = len(toks) >= 2 and (
            toks[-1].word in lexicon.ORG_TAIL
            or any(
                t.word in lexicon.ORG_HEAD and toks[k + 1].connector
                for k, t in enumerate(toks[:-1])
            )
        )
        part: list[_Tok] = []
        for i, t in enumerate(toks):
            word = t.word
            split = not t.connector and (
                (word in lexicon.FUNCTION_WORDS and not (org_tail and word in _SOFT_FUNCTION))
                or (word in lexicon.NOT_NAMES and not (org_tail and word not in _CALENDAR))
            )
            if not split and not t.connector and len(toks) > 1 and _is_letter(word):
                if i == len(toks) - 1 and len(word) == 1:
                    return  # "Band D", "Plan B": a grade, the run is no name
                split = True  # "G Jordan Hale": a position letter
            if split:
                if part:
                    self.label_part(part)
                part = []
                continue
            part.append(t)
        if part:
            self.label_part(part)

    def label_word(self, toks: list[_Tok]) -> None:
        """``label_run`` of a run of one word (most runs), without the multi-word machinery:
        the same steps ``label_run``, ``label_part`` and ``segment`` take for one word."""
        t = toks[0]
        word = t.word
        if t.connector or word in lexicon.FUNCTION_WORDS or word in lexicon.NOT_NAMES:
            return
        ctx = self.ctx
        gaz = ctx.gaz
        surface = ctx.text[t.start : t.end]
        label = gaz.names.get(surface)
        if label is None and surface.isupper() and len(surface) > 2:
            label = gaz.names.get(surface.title())
        if label is None:
            if t.reliable:
                if word in lexicon.TITLES or (
                    "-" in word and all(p in lexicon.TITLES for p in word.split("-"))
                ):
                    return  # a title alone names nobody
                self.flush(toks, False)
                return
            # A headline or sentence start reuses what the body taught ("SASOL").
            label = self.known.get(surface.casefold())
            if label is None:
                if word in lexicon.TITLES or (
                    "-" in word and all(p in lexicon.TITLES for p in word.split("-"))
                ):
                    return
                self.flush(toks, False)
                return
        elif (
            label == "GPE"
            and not t.reliable
            and word.lower() in gaz.common_words
            and word not in gaz.big_places
            and word not in ctx.reliable_single
        ):
            return  # "Cocoa for December delivery": a word, not the town of Cocoa
        if not (label == "NORP" and t.cut and self._language(t)):
            self.emit(toks, label)

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
        for k, t in enumerate(toks[:-1]):
            if t.cut:  # "Accra-based Databank Group": two names
                self.label_part(toks[: k + 1])
                self.label_part(toks[k + 1 :])
                return
        first = toks[0]
        surface = ctx.text[first.start : toks[-1].end]
        label = _lookup(names, surface)
        if (
            label is None
            and first.initial
            and first.word.lower() not in _PARTICLES
            and len(toks) > 1
            and self._ordinary(first.word)
            and _lookup(names, first.word) is None
            and _lookup(names, ctx.text[first.start : toks[1].end]) is None
            and not (len(toks) == 2 and _tail_label(toks) is not None)  # "Associated Press"
            and not (
                first.word in lexicon.PLACE_PREFIXES
                and _lookup(names, toks[1].word) in ("GPE", "LOC")  # "Greater Manchester"
            )
        ):
            toks = toks[1:]  # "Meanwhile Google ...": a common word capitalised by position
            while len(toks) > 1 and toks[0].connector:
                toks = toks[1:]  # "Shares of Li Auto"
            toks[0].initial = False
            first = toks[0]
            surface = ctx.text[first.start : toks[-1].end]
            label = _lookup(names, surface)
        if (
            label is None
            and 2 <= len(toks) <= 4
            and _after_byline(ctx.text, first.start)
            and not any(t.word in lexicon.ORG_TAIL for t in toks)
        ):
            self.emit(toks, "PERSON")  # "By Lena Park": a byline names people
            return
        if (
            label == "GPE"
            and len(toks) == 1
            and not first.reliable
            and first.word.lower() in ctx.gaz.common_words
            and first.word not in ctx.gaz.big_places
            and first.word not in ctx.reliable_single
        ):
            return  # "Cocoa for December delivery": a word, not the town of Cocoa
        if label is None and len(toks) > 1:
            if all(t.word.isupper() for t in toks if not t.connector) and not (
                all(t.reliable for t in toks) and all(len(t.word) <= 4 for t in toks)
            ):  # "PKO BP" in a sentence is a name; "FILE PHOTO" is furniture
                if self._person_like(toks):
                    self.emit(toks, "PERSON")  # "By DAVID LOWENTHAL"
                    return
                tail = _tail_label(toks)
                if tail == "LOC":
                    self.emit(toks, "LOC")  # "MOUNT AGUNG"
                    return
                self.segment(toks, caps_only=True)  # "FILE PHOTO", "NEW YORK"
                return
            for k, t in enumerate(toks):
                # "Ruth Abernathy of the National Consumers League": a person, then the body.
                if t.connector and t.word.startswith("of") and 0 < k < len(toks) - 1:
                    left, right = toks[:k], toks[k + 1 :]
                    if left[-1].word not in lexicon.ORG_HEAD and self._complete(right):
                        people = [x for x in left if not _is_role(x.word)]
                        if (
                            len(people) < len(left)
                            or self._person_like(left)
                            or self._plain_person(left)
                        ):
                            self.label_part(left)
                            self.label_part(right)
                            return
            label = _tail_label(toks)
            if label is not None:
                # "House and Senate": both sides are names of their own.
                for k, t in enumerate(toks):
                    if (
                        t.word in ("and", "&")
                        and self._complete(toks[:k])
                        and self._complete(toks[k + 1 :])
                    ):
                        self.label_part(toks[:k])
                        self.label_part(toks[k + 1 :])
                        return
                if label == "ORG":
                    roles = [k for k, t in enumerate(toks) if _is_role(t.word)]
                    if roles and roles[-1] < len(toks) - 1:
                        # "Chief Executive Officer Jane Doe of Acme Bank" was split above;
                        # here a role inside: label the part up to it on its own.
                        cut = roles[-1] + 1
                        self.segment(toks[:cut])
                        self.label_part(toks[cut:])
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
        if (
            len(toks) == 2
            and first.word.lower() in _PARTICLES
            and toks[-1].word in self.person_parts
        ):
            self.emit(toks, "PERSON")  # "Del Carpio" after "Rosa María del Carpio"
            return
        if toks[0].reliable and self._person_like(toks, check_place=True):
            self.emit(toks, "PERSON")  # "Jordan Peterson", "Declan Moss": not place + ORG
            return
        if first.word in lexicon.NAME_ARTICLES and len(toks) > 1:
            self.emit(toks, "ORG")  # "El Comercio", "La Liga": never a person
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
                span = text[t.start : toks[j - 1].end]
                label = None
                if not t.reliable:
                    # A headline reuses what the body taught: "Ghana Cocoa Board", "SASOL".
                    label = self.known.get(span.casefold())
                if label is None and not (j == i + 1 and t.word in lexicon.TITLES):
                    label = _lookup(names, span)  # a title beats a town ("Officer")
                if label is not None:
                    hit = j
                    break
            if hit:
                if label == "GPE" and hit < n and toks[hit].word == "City":
                    self.flush(run, person_hint)
                    self.emit(toks[i : hit + 1], "GPE")  # "Gaza City", "Mexico City"
                    run = []
                    i = hit + 1
                    continue
                if (
                    run
                    and not caps_only
                    and not person_hint
                    and label in ("GPE", "LOC", "NORP")
                    and all(x.reliable and not x.cut and not x.initial for x in run)
                ):
                    words = [x.word for x in run]
                    if label != "NORP" and all(w in lexicon.PLACE_PREFIXES for w in words):
                        self.emit(run + toks[i:hit], "GPE")  # "Greater Manchester"
                        run = []
                        i = hit
                        continue
                    if label == "NORP" and all(w in _PARTY_ADJ for w in words):
                        self.emit(run + toks[i:hit], "NORP")  # "Social Democrat"
                        run = []
                        i = hit
                        continue
                    if label != "NORP" and not self._person_like(run):
                        self.emit(run + toks[i:hit], "ORG")  # "Virgin Australia"
                        run = []
                        i = hit
                        continue
                self.flush(run, person_hint)
                run = []
                if (
                    label in ("GPE", "NORP")
                    and hit < n
                    and toks[hit].word in lexicon.ORG_TAIL
                    and not toks[hit - 1].cut
                ):
                    self.emit(toks[i : hit + 1], "ORG")  # "Chinese Embassy", "US Congress"
                    i = hit + 1
                    continue
                if (
                    label == "GPE"
                    and not caps_only
                    and not toks[hit - 1].cut
                    and not self._after_locative(t)
                ):
                    # "Milwaukee Bucks", "China Evergrande": a place, then unknown words.
                    j = hit
                    while j < n and self._unknown(toks[j]):
                        j += 1
                    if j > hit and (j == n or toks[j].connector or toks[j].cut):
                        self.emit(toks[i:j], "ORG")
                        i = j
                        continue
                if not (label == "NORP" and toks[hit - 1].cut and self._language(toks[hit - 1])):
                    self.emit(toks[i:hit], label)
                i = hit
                continue
            if t.word in lexicon.TITLES or (
                "-" in t.word and all(p in lexicon.TITLES for p in t.word.split("-"))
            ):
                if run and (i == n - 1 or (i + 1 < n and toks[i + 1].connector is False)):
                    if i == n - 1 and not any(
                        x.word in lexicon.ORG_TAIL or _looks_org(x.word) for x in run
                    ):
                        run = []  # "Science Writer", "Health Correspondent": a job title
                    elif i + 1 < n and not (
                        len(run) == 1
                        and (run[0].word in lexicon.ORG_TAIL or _looks_org(run[0].word))
                    ):
                        run = []  # "Majority Leader Chuck Schumer": the run was the title
                self.flush(run, person_hint)
                run, person_hint = [], True
                j = self._name_after_title(toks, i + 1)
                if j > i + 1:
                    self.emit(toks[i + 1 : j], "PERSON")  # "Dr. Thandiwe Banda"
                    run, person_hint = [], False
                    i = j
                    continue
                i += 1
                continue
            if caps_only:
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

    def _name_after_title(self, toks: list[_Tok], i: int) -> int:
        """End of a person's name right after a title: a given name (or an unknown word),
        then surnames, unknown words or small places ("Dr. Thandiwe Banda"); ``i`` if none."""
        gaz = self.ctx.gaz
        j, n = i, len(toks)
        while j < n and j - i < 5:
            t = toks[j]
            w = t.word.title() if t.word.isupper() else t.word
            if t.connector:
                if t.word in _PARTICLES and j > i and j + 1 < n and not toks[j + 1].connector:
                    j += 1
                    continue
                break
            if w in lexicon.TITLES or w in lexicon.FUNCTION_WORDS or w in lexicon.NOT_NAMES:
                break
            if w in lexicon.ORG_TAIL or (_looks_org(w) and not t.word.isupper()) or _is_letter(w):
                break
            low = w.lower()
            if low in gaz.common_words and low not in gaz.surnames and not _is_given(gaz, w):
                break
            label = _lookup(gaz.names, w)
            if (
                label is not None
                and (label != "GPE" or w in gaz.big_places)
                and not (_is_given(gaz, w) or w.lower() in gaz.surnames)
            ):
                break
            j += 1
        if j - i >= 2 and not toks[j - 1].connector:
            return j
        return i

    def _unknown(self, t: _Tok) -> bool:
        """A reliable capitalised word with no other reading (not a title, keyword, place)."""
        w = t.word
        return (
            not t.connector
            and t.reliable
            and not _looks_org(w)
            and w not in lexicon.TITLES
            and w not in lexicon.FUNCTION_WORDS
            and w not in lexicon.NOT_NAMES
            and w not in self.person_parts
            and _lookup(self.ctx.gaz.names, w) is None
            and not _is_given(self.ctx.gaz, w)
            and not _is_letter(w)
        )

    def _after_locative(self, t: _Tok) -> bool:
        """ "in Geneva Acme ...": after "in", a place name ends where the place does."""
        before = self.ctx.text[max(0, t.start - 12) : t.start].split()
        return bool(before) and before[-1].lower() in _LOCATIVE

    def _common(self, word: str) -> bool:
        """An everyday word, whatever the article does with it ("Council", "Shares")."""
        low = word.lower()
        return low in self.ctx.lower_vocab or low in self.ctx.gaz.common_words

    def _ordinary(self, word: str) -> bool:
        """An everyday English word (the article writes it in lower case, or it is common)."""
        low = word.lower()
        return low in self.ctx.lower_vocab or (
            low in self.ctx.gaz.common_words and word not in self.ctx.midsentence_caps
        )

    def _person_like(self, toks: list[_Tok], check_place: bool = False) -> bool:
        """A given name, then one to three name words (particles between): "Declan Moss",
        "Lucía Hernández del Valle", "AHMAD FAUZI RAHMAN". A later word may be a small place
        ("Moss", "Banda") or a surname, but not an ordinary word ("Charlotte Hornets"), a
        keyword, a title or a country."""
        gaz = self.ctx.gaz
        words = [t for t in toks if not t.connector]
        if not 2 <= len(words) <= 4 or any(t.connector and t.word not in _PARTICLES for t in toks):
            return False
        first = words[0].word
        if not _is_given(gaz, first) or first in lexicon.TITLES or _is_letter(first):
            return False
        names, text = gaz.names, self.ctx.text
        if check_place:
            if _lookup(names, text[toks[0].start : toks[1].end]) is not None:
                return False
            if _lookup(names, first) is not None:
                before = text[max(0, toks[0].start - 12) : toks[0].start].split()
                if before and before[-1].lower() in _LOCATIVE:
                    return False  # "staff in Geneva Diplo will ...": a place, then a name
        for t in words[1:]:
            w = t.word.title() if t.word.isupper() else t.word
            if (
                w in lexicon.TITLES
                or w in lexicon.ORG_TAIL
                or w in lexicon.LAW_TAIL
                or w in lexicon.FAC_TAIL
                or w in lexicon.EVENT_TAIL
                or w in lexicon.LOC_TAIL
                or w in lexicon.FUNCTION_WORDS
                or w in lexicon.NOT_NAMES
                or _looks_org(w)
                or _is_letter(w)
            ):
                return False
            low = w.lower()
            if low in gaz.surnames or _is_given(gaz, w) or low.split("-")[0] in gaz.surnames:
                continue
            if low in self.ctx.lower_vocab or (
                low in gaz.common_words and low.endswith("s") and not low.endswith("ss")
            ):
                return False  # "Charlotte Hornets": a plural noun is no surname
            label = _lookup(names, w)
            if label is not None and (label != "GPE" or w in gaz.big_places):
                return False
        return True

    def _complete(self, toks: list[_Tok]) -> bool:
        """A name on its own: an organisation keyword, a gazetteer entry, or keyword-ended."""
        if not toks:
            return False
        if len(toks) == 1:
            word = toks[0].word
            return word in lexicon.ORG_TAIL or _lookup(self.ctx.gaz.names, word) is not None
        label = _tail_label(toks)
        return label is not None and not (
            toks[0].word in lexicon.EVENT_HEAD and toks[-1].word not in lexicon.EVENT_TAIL
        )

    def _language(self, tok: _Tok) -> bool:
        """ "English-language", "Mandarin-speaking": the word names a language, not a group."""
        return self.ctx.text.startswith(("-language", "-speaking"), tok.end)

    def _place_context(self, t: _Tok) -> bool:
        """ "in Didsbury", "near Mitundu", "Karangasem regency": an unknown word as a place."""
        text = self.ctx.text
        after = text[t.end : t.end + 16].split()
        if after and after[0].rstrip(".,;:") in lexicon.PLACE_NOUNS:
            return True
        before = text[max(0, t.start - 60) : t.start].split()
        k = len(before) - 1
        while k > 0 and before[k] in ("and", "or") and before[k - 1][:1].isupper():
            k -= 2  # "in Didsbury and Withington", "in Lagos, Abuja and Kano"
            while k > 0 and before[k].endswith(",") and before[k - 1][:1].isupper():
                k -= 1
        if k < 0 or before[k] not in ("in", "near", "outside"):
            return False
        return k < 1 or before[k - 1].lower() not in lexicon.NOT_PLACE_BEFORE_IN

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
                if self._person_like(run):
                    self.emit(run, "PERSON")  # a name in a headline or a bare byline line
                    return
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
                known = (
                    (
                        t.word in ctx.reliable_single
                        or (t.word in ctx.reliable_caps and not self._common(t.word))
                    )
                    or t.word in self.loc_parts
                    or t.word in self.person_parts
                    or (
                        t.initial
                        and not t.word.endswith("s")
                        and not self._ordinary(t.word)
                        and _SAYS_AFTER.match(ctx.text, t.end) is not None
                    )
                    or (
                        # "Safaricom, Kenya's biggest ...": no English word at all
                        t.initial
                        and not self._common(t.word)
                        and _fold(t.word).lower() not in ctx.gaz.common_words
                        and t.word not in lexicon.TITLES
                        and not _is_given(ctx.gaz, t.word)
                        and t.word.lower() not in ctx.gaz.surnames
                        and t.word not in lexicon.ORG_TAIL
                        and not t.word.endswith(("ing", "ed", "ly", "ion", "s"))
                        and len(t.word) > 2
                    )
                )
                if not known:
                    return  # a headline or sentence-initial word we know nothing about
        text = ctx.text
        first = run[0].word
        if len(run) == 1:
            word = first
            if word in self.loc_parts:
                self.emit(run, "LOC")
            elif person_hint or word in self.person_parts:
                self.emit(run, "PERSON")
            elif _person_cue(text, run[0].start, run[-1].end):
                self.emit(run, "ORG" if _looks_org(word) else "PERSON")
            elif word in lexicon.ORG_TAIL or _looks_org(word):
                self.emit(run, "ORG")
            elif not run[0].reliable and self._ordinary(word):
                return
            elif self._place_context(run[0]):
                self.emit(run, "GPE")
            else:
                self.emit(run, "ORG")
            return
        words = [t.word for t in run if not t.connector]
        if person_hint or first in self.person_parts or self._person_like(run):
            self.emit(run, "PERSON")
        elif any(_looks_org(w) for w in words) or any(c.isdigit() for w in words for c in w):
            self.emit(run, "ORG")
        elif (
            len(words) <= 3
            and not _is_given(ctx.gaz, first)
            and first not in lexicon.NAME_ARTICLES
            and not any(self._plain_word(w) for w in words)
        ):
            self.emit(run, "PERSON")  # "Zhao Lijian": plain capitalised words, not vocabulary
        else:
            self.emit(run, "ORG")  # "Trinity Audio", "Nordhavn Analytics": ordinary words

    def _plain_person(self, toks: list[_Tok]) -> bool:
        """Two or three capitalised words that are none of them vocabulary, keyword or place:
        "Raza Hussain Bukhari", "Zhao Lijian"."""
        words = [t.word for t in toks if not t.connector]
        names = self.ctx.gaz.names
        return 2 <= len(words) <= 3 and not any(
            self._plain_word(w)
            or _looks_org(w)
            or _is_letter(w)
            or w in lexicon.TITLES
            or w in lexicon.ORG_TAIL
            or _lookup(names, w) is not None
            or any(c.isdigit() for c in w)
            for w in words
        )

    def _plain_word(self, word: str) -> bool:
        """An ordinary word that is not also a surname ("Audio", "Analytics", "Hornets")."""
        low = word.lower()
        if low in self.ctx.lower_vocab:
            return True
        return low in self.ctx.gaz.common_words and low not in self.ctx.gaz.surnames


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised-name entities of ``text`` as ``(start, end, label)``, in text order."""
    gaz = gazetteer()
    names = gaz.names
    ctx = _Ctx(text, gaz, _lower_vocab(text), set(), set(), set(), (0, 0, False))
    reliable_caps, midsentence_caps = ctx.reliable_caps, ctx.midsentence_caps
    reliable_single = ctx.reliable_single
    # Pass 1: find runs, note which capitals are informative (article-wide memory).
    runs: list[tuple[int, int, str, bool, bool]] = []  # start, end, surface, headline, initial
    # surface -> its words (connectors left out) and its tokens relative to the run start
    shapes: dict[str, tuple[tuple[str, ...], list[tuple[int, int, str, bool, bool]]]] = {}
    line_start, line_end, line_headline = ctx.line
    for m in _runs(text):
        start, end = m.span()
        surface = m.group()
        if line_start <= start < line_end:
            headline = line_headline
        else:
            headline = _is_headline(ctx, start)
            line_start, line_end, line_headline = ctx.line
        shape = shapes.get(surface)
        if shape is None and " " not in surface and "-" not in surface and "\u00a0" not in surface:
            shape = shapes[surface] = ((surface,), [(0, end - start, surface, False, False)])
        elif shape is None:
            toks = _tokens(ctx, start, end)
            shape = shapes[surface] = (
                tuple(t.word for t in toks if not t.connector),
                [(t.start - start, t.end - start, t.word, t.connector, t.cut) for t in toks],
            )
        words = shape[0]
        if not words:
            continue
        if headline:
            initial = False
        else:
            i = start - 1  # sentence-initial: only quotes, brackets... since a sentence end
            while i >= 0 and text[i] in _SKIP_BACK:
                i -= 1
            initial = i < 0 or text[i] in _SENTENCE_END
            # A sentence-initial single word proves nothing; a second capitalised word
            # ("Aldo Matteucci explores") does.
            if len(words) == 1:
                if not initial:
                    reliable_caps.add(words[0])
                    midsentence_caps.add(words[0])
                    reliable_single.add(words[0])
            else:
                reliable_caps.update(words)
                midsentence_caps.update(words[1:] if initial else words)
        runs.append((start, end, surface, headline, initial))
    # Pass 2: label; longer runs first, so that "Elon Musk" is known before a lone "Musk".
    # Runs that recur with the same words in the same kind of position reuse the labels of
    # the first (``cache``); the key of a run's position is only worked out once its surface
    # recurs (``first``: the first labelled run of each surface and its labels).
    labeller = _Labeller(ctx)
    out = labeller.out
    cache: dict[tuple[str, bool, bool, bool, str, str], list[tuple[int, int, str]]] = {}
    # surface -> start, end, headline, initial of its first run and its labels out[m0:m1]
    first: dict[str, tuple[int, int, bool, bool, int, int] | None] = {}

    def key_of(start: int, end: int, surface: str, headline: bool, initial: bool) -> tuple:
        single = len(shapes[surface][0]) == 1
        cue = single and surface not in names and _person_cue(text, start, end)
        before = text[max(0, start - 12) : start].rsplit(None, 1)
        prev = before[-1] if before and before[-1] in _CONTEXT_WORDS else ""
        nxt = ""
        if single:
            after = text[end : end + 16].split(None, 1)
            nxt = after[0].rstrip(".,;:") if after else ""
        return (surface, headline, initial, cue, prev, nxt)

    multi, single, heads = [], [], []
    for r in runs:
        if r[3]:
            heads.append(r)  # headlines last: they reuse what the body taught
        elif len(shapes[r[2]][0]) > 1:
            multi.append(r)
        else:
            single.append(r)
    for start, end, surface, headline, initial in multi + single + heads:
        key = None
        if surface in first:
            seen = first[surface]
            if seen is not None:  # the surface recurs: file its first run under its key
                s0, e0, h0, i0, m0, m1 = seen
                cache[key_of(s0, e0, surface, h0, i0)] = [
                    (s - s0, e - s0, label) for s, e, label in out[m0:m1]
                ]
                first[surface] = None
            key = key_of(start, end, surface, headline, initial)
            done = cache.get(key)
            if done is not None:  # same words in the same position class: same labels
                out.extend([(start + s, start + e, label) for s, e, label in done])
                continue
        mark = len(out)
        words, shape = shapes[surface]
        if headline:
            toks = [_Tok(start + a, start + b, w, c, False, False, k) for a, b, w, c, k in shape]
        else:
            toks = [_Tok(start + a, start + b, w, c, True, False, k) for a, b, w, c, k in shape]
            if initial:
                toks[0].initial = True
                if len(words) == 1:
                    toks[0].reliable = False
        labeller.label_run(toks)
        if key is None:
            first[surface] = (start, end, headline, initial, mark, len(out))
        else:
            cache[key] = [(s - start, e - start, label) for s, e, label in out[mark:]]
    products = _product_words(text)
    return _harmonise(text, out, labeller.person_parts, products)


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


# One pattern per separator: a single leading character is a literal prefix ``re`` scans for
# in C, where the class "[ \u00a0]" made it try the alternation after every space.
_PRODUCT_NOUN_RES = tuple(
    re.compile(sep + "(?:" + "|".join(sorted(lexicon.PRODUCT_NOUNS)) + r")\b")
    for sep in (" ", "\u00a0")
)
_PRODUCT_NAME_RE = re.compile(
    r"(?:['’]s|\bits|\btheir|\bthe|\bnew)[ \u00a0]+([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)$"
)


def _product_words(text: str) -> set[str]:
    """Names the article uses before a product noun: "BYD's Seal sedan", "its Phoenix lander".

    The (rare) nouns are found first; the name is then matched in a short window before."""
    found = set()
    for m in (m for noun_re in _PRODUCT_NOUN_RES for m in noun_re.finditer(text)):
        named = _PRODUCT_NAME_RE.search(text, max(0, m.start() - 60), m.start())
        if named:
            name = named.group(1)
            if not name.isupper() and name not in lexicon.FUNCTION_WORDS:
                found.add(name)
    return found


def _harmonise(
    text: str,
    spans: list[tuple[int, int, str]],
    person_parts: set[str],
    products: set[str] = frozenset(),  # type: ignore[assignment]
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
        if surface in products:
            label = "PRODUCT"
        else:
            label = "PERSON" if surface in person_parts else best[surface]
        out.append((s, e, label))
    out.sort()
    return out
