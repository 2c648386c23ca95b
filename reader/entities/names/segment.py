"""Stage 2, candidate spans (segmentation): a name-less stretch cut into known names,
titles and unknown runs, left to right.

Known names are the longest gazetteer entries (or, in a headline, labels the body taught);
a title drops out and announces a PERSON ("Dr. Thandiwe Banda"); the unknown runs between
go to the label decision (``decide``). A few joins keep multi-word names whole (class 4):
"Gaza City", "Greater Manchester", "Social Democrat", "Virgin Australia", "Chinese
Embassy", and a place followed by unknown words is an organisation ("Milwaukee Bucks",
class 1: teams and companies named after places).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.cues import (
    after_locative,
    age_after,
    language_compound,
    language_use,
    party_label,
    person_cue,
    seat_before,
)
from reader.entities.names.decide import label_unknown
from reader.entities.names.keywords import keyword_label
from reader.entities.names.memory import Memory
from reader.entities.names.people import name_after_title, person_like
from reader.entities.names.tokens import PARTICLES, Tok
from reader.entities.names.words import (
    is_given,
    is_letter,
    is_role,
    is_stop,
    is_title,
    keyword_or_stop,
    looks_org,
    lookup,
)
from reader.entities.regex_code import compiled

_HONORIFICS = lexicon.words("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Supt Sgt Insp Det")
_PARTY_ADJ = lexicon.words("Liberal Social Christian Free Progressive Young New Green")
_LONGEST = 4  # tokens in the longest gazetteer entry tried


def _joined_label(toks: list[Tok], sport: bool) -> str:
    """A known place joined to the words after it: a keyword decides, else an ORG."""
    last = toks[-1].word
    if sport and last in lexicon.SPORT_PLACE_TAIL:
        return "ORG"  # "Notts County", "Cork City" on a sport page (class 1)
    if last in lexicon.PLACE_TAILS:
        return "GPE"  # "Delaware County" (class 4: a name cut short to the place)
    return keyword_label(toks) or "ORG"


def _aged_surname(mem: Memory, name: list[Tok]) -> bool:
    """A town and one word no list knows ("Mwansa Chibuye", read as a club named after the
    town), whose second word the article writes alone with an age ("Chibuye, 23,") or a
    verb only a player does ("Chibuye headed the equaliser"): a person, whose given name is
    also a town (class 3: one-word people read as ORG)."""
    if len(name) != 2 or name[1].connector:
        return False
    text, word = mem.art.text, name[1].word
    if lookup(mem.art.gaz.names, word) is not None or mem.art.plain_word(word):
        return False
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            age_after(text, end) or _PLAYER_VERB.match(text, end) is not None
        ):
            return True
        at = text.find(word, end)
    return False


# Verbs of what a player does with the ball, which a club does not ("Chibuye headed").
_PLAYER_VERB = compiled(
    r"[ \u00a0](?:headed(?![ \u00a0](?:for|to|into|back|home|out|off)\b)|curled|volleyed|nodded"
    r"|slotted|chipped|dribbled|tapped[ \u00a0]in)\b"
)


def _team_name(word: str) -> bool:
    """A team's plural nickname ("Celtics", "Cowboys"), not a firm ("US TikTok operations")."""
    return word.endswith("s") and word[1:].islower()


def _acronym(t: Tok) -> bool:
    """A reliable word in capitals ("PKO")."""
    return t.reliable and not t.connector and len(t.word) >= 2 and t.word.isupper()


def segment(mem: Memory, toks: list[Tok], caps_only: bool = False) -> None:
    """Label ``toks`` left to right; ``caps_only``: an all-caps line, where only known names
    and titles count ("FILE PHOTO" is furniture)."""
    _Segmenter(mem, toks, caps_only).run()


def _body_surname(mem: Memory, word: str) -> bool:
    """A word in capitals that is a part of a person's name the body wrote ("GAUFF",
    "MCILROY" after "Coco Gauff", "Rory McIlroy")."""
    folded = word.casefold()
    return len(word) > 2 and any(part.casefold() == folded for part in mem.person_parts)


def _body_org_head(mem: Memory, word: str) -> bool:
    """A word in capitals that opens an organisation's name the body wrote ("LECH", "LEGIA"
    after "Lech Poznan", "Legia Warsaw"), and no name the gazetteer knows alone
    ("MANCHESTER" stays the city)."""
    return (
        len(word) > 2
        and word.casefold() in mem.org_prefixes
        and lookup(mem.art.gaz.names, word.title()) is None
    )


def _everyday_town(mem: Memory, word: str) -> bool:
    """A small town spelled like an everyday word, in a headline or at a sentence start,
    that the article's body never capitalises alone: the word."""
    art = mem.art
    name = word.title()
    return (
        word.lower() in art.gaz.common_words
        and name not in art.gaz.big_places
        and name not in art.reliable_single
    )


class _Segmenter:
    """One left-to-right pass; ``pending`` is the unknown run being collected."""

    def __init__(self, mem: Memory, toks: list[Tok], caps_only: bool) -> None:
        self.mem = mem
        self.toks = toks
        self.caps_only = caps_only
        self.pending: list[Tok] = []
        self.person_hint = False

    def flush(self, person_hint: bool = False) -> None:
        """Hand the pending run to the label decision; the title hint starts over."""
        label_unknown(self.mem, self.pending, self.person_hint)
        self.pending, self.person_hint = [], person_hint

    def run(self) -> None:
        i, n, toks = 0, len(self.toks), self.toks
        while i < n:
            t = toks[i]
            if t.connector:
                i = self.connector(i)
                continue
            hit, label = self.known_name(i)
            if hit:
                i = self.known(i, hit, label)
            elif is_title(t.word):
                i = self.title(i)
            elif self.caps_only:
                i += 1
            elif is_stop(t.word):
                self.flush()
                i += 1
            else:
                self.pending.append(t)
                if t.cut:
                    self.flush()
                i += 1
        label_unknown(self.mem, self.pending, self.person_hint)

    def connector(self, i: int) -> int:
        """A particle between name words stays in the run ("Ursula von der Leyen",
        "Mohammed bin Salman"); any other connector ends it. After a role and "for"/"of",
        one unknown word is a portfolio ("Minister for Housing"; class 6)."""
        toks, n = self.toks, len(self.toks)
        if self._portfolio(i):
            self.flush()
            return i + 2
        j = i
        while j < n and toks[j].connector and toks[j].word in PARTICLES:
            j += 1
        if self.pending and j > i and j < n and not toks[j].connector:
            self.pending.append(toks[i])
        else:
            self.flush()
        return i + 1

    def _portfolio(self, i: int) -> bool:
        toks = self.toks
        return (
            i > 0
            and i + 2 == len(toks)
            and toks[i].word in ("for", "of")
            and is_role(toks[i - 1].word)
            and self.known_name(i + 1)[0] == 0
        )

    def known_name(self, i: int) -> tuple[int, str]:
        """The longest known name starting at ``i``: its end and label, or (0, "")."""
        mem, toks = self.mem, self.toks
        t = toks[i]
        text, names = mem.art.text, mem.art.gaz.names
        for j in range(min(len(toks), i + _LONGEST), i, -1):
            if toks[j - 1].connector:
                continue
            span = text[t.start : toks[j - 1].end]
            label = None
            if not t.reliable:
                # A headline reuses what the body taught: "Ghana Cocoa Board", "SASOL".
                label = mem.known.get(span.casefold())
            if label is None and not (j == i + 1 and is_role(t.word)):
                label = lookup(names, span)  # a title beats a town ("Officer")
            if label == "GPE" and j == i + 1 and not t.reliable and _everyday_town(mem, t.word):
                continue  # "HIGHER ON BANK GAINS": the word, not the town of Bank (class 6)
            if label is not None:
                return j, label
        if self.caps_only and t.word.isupper() and _body_surname(mem, t.word):
            return i + 1, "PERSON"  # "SABALENKA BEATS GAUFF" after "Coco Gauff" (class 6)
        if self.caps_only and t.word.isupper() and _body_org_head(mem, t.word):
            return i + 1, "ORG"  # "LECH WIN OVER LEGIA" after "Lech Poznan" (class 6)
        return 0, ""

    def known(self, i: int, hit: int, label: str) -> int:
        """A known name at ``toks[i:hit]``, perhaps joined to its neighbours."""
        toks, n = self.toks, len(self.toks)
        if label == "GPE" and hit < n and toks[hit].word == "City":
            label_unknown(self.mem, self.pending, self.person_hint)
            self.pending = []
            city = "ORG" if self.mem.art.sport else "GPE"  # "Cork City" the club (class 1)
            self.mem.emit(toks[i : hit + 1], city)  # "Gaza City", "Mexico City"
            return hit + 1
        part = self.compass_part(i, hit, label)
        if part:
            label_unknown(self.mem, self.pending, self.person_hint)
            self.pending = []
            self.mem.emit(toks[i:part], self.known_name(hit)[1])
            return part
        joined = self.join_pending(i, hit, label)
        if joined:
            self.mem.emit(self.pending + toks[i:hit], joined)
            self.pending = []
            return hit
        label_unknown(self.mem, self.pending, self.person_hint)
        self.pending = []  # the title hint stays: "Dr. Paris ..." (kept as it was)
        end = self.organisation_after(i, hit, label)
        if end:
            # "Milwaukee Bucks" ORG; "Singapore Grand Prix" EVENT; "Delaware County" GPE;
            # "Volkswagen Golf" PRODUCT
            name = toks[i:end]
            kind = "PRODUCT" if self.model_of_maker(name) else None
            if kind is None and label == "GPE" and seat_before(self.mem.art.text, toks[i].start):
                kind = "GPE"  # "a TD for Dublin Fingal": a seat, no firm (class 8)
            if kind is None and label == "GPE" and _aged_surname(self.mem, name):
                kind = "PERSON"  # "Mwansa Chibuye ... Chibuye, 23,": a player (class 3)
            self.mem.emit(name, kind or _joined_label(name, self.mem.art.sport))
            return end
        last = toks[hit - 1]
        text = self.mem.art.text
        if label == "NORP" and (
            (last.cut and language_compound(text, last.end))
            or (hit - i == 1 and language_use(text, last.start, last.end))
        ):
            return hit  # "Tagalog-language", "made in Irish for TG4": the language (class 2)
        surface = text[toks[i].start : last.end]
        self.mem.emit(toks[i:hit], party_label(text, last.end, surface, label))
        return hit

    def compass_part(self, i: int, hit: int, label: str) -> int:
        """End of a place named by a compass adjective and a known place that ends the run
        ("Western Sydney", "Southern Kenya"; class 8: "Western" was a NORP beside the city),
        or 0."""
        toks, n = self.toks, len(self.toks)
        if label != "NORP" or hit != i + 1 or toks[i].word not in _COMPASS_ADJECTIVES:
            return 0
        end, place = self.known_name(hit) if hit < n else (0, "")
        if place not in ("GPE", "LOC") or not (end == n or toks[end].connector):
            return 0
        return end

    def join_pending(self, i: int, hit: int, label: str) -> str | None:
        """Label of the pending unknown words joined to the known name after them, if they
        belong together: "Greater Manchester" (GPE), "Social Democrat" (NORP), "Virgin
        Australia" (ORG: a name that is not a person's, then a place)."""
        run = self.pending
        if run and label in ("GPE", "LOC") and _place_prefixes(run):
            return "GPE"  # "Greater Manchester" even at a sentence start or in a headline
        if run and label == "ORG" and not self.caps_only and all(_acronym(x) for x in run):
            return "ORG"  # "PKO BP": an acronym before a known organisation (class 4)
        if run and label == "PERSON" and len(run) <= 2 and not any(x.cut for x in run):
            return "PERSON"  # "Joe Biden": given names before a surname known alone
        if label == "PRODUCT" and len(run) == 1 and run[0].word in lexicon.VEHICLE_MAKERS:
            return "PRODUCT"  # "the Tesla Model Y": the maker's name is the product's (class 2)
        if (
            not run
            or self.caps_only
            or self.person_hint
            or label not in ("GPE", "LOC", "NORP")
            or not all(x.reliable and not x.cut for x in run)
            or (run[0].initial and run[0].word not in lexicon.ORG_BEFORE_PLACE)
            or any(x.initial for x in run[1:])
        ):
            return None
        words = [x.word for x in run]
        if label == "NORP":
            return "NORP" if all(w in _PARTY_ADJ for w in words) else None
        if all(w in lexicon.PLACE_PREFIXES for w in words):
            return "GPE"
        if words[0] in lexicon.ORG_BEFORE_PLACE:
            return "ORG"  # "Tennis Australia" (class 8), "Borussia Dortmund" (class 1)
        if person_like(self.mem.art, run + self.toks[i:hit]):
            return "PERSON"  # "Dana Holloway": a surname spelled like a town (class 3)
        if person_cue(self.mem.art.text, run[0].start, self.toks[hit - 1].end):
            return "PERSON"  # "LSK president Wambui Karanja": a role before (class 3)
        return None if person_like(self.mem.art, run) else "ORG"

    def organisation_after(self, i: int, hit: int, label: str) -> int:
        """End of an organisation that starts with the known name at ``toks[i:hit]``, or 0:
        "Chinese Embassy", "US Congress" (a keyword next); "Milwaukee Bucks", "China
        Evergrande" (a place, then unknown words to the end of the run; class 1/8), "Boston
        Celtics" (a place, then a known organisation ending the run)."""
        toks, n = self.toks, len(self.toks)
        if toks[hit - 1].cut:
            return 0
        if label in ("GPE", "NORP") and hit < n and toks[hit].word in lexicon.ORG_TAIL:
            return hit + 1
        if label in ("GPE", "NORP") and hit + 1 < n:
            pair = f"{toks[hit].word} {toks[hit + 1].word}"
            if pair in lexicon.NATIONAL_SERVICES:
                return hit + 2  # "Philippine Air Force", "Kenyan Coast Guard" (class 4)
        if label == "ORG" and not self.caps_only:
            return self.organisation_named_on(hit)
        if label != "GPE" or self.caps_only or after_locative(self.mem.art.text, toks[i].start):
            return 0
        j = hit
        while j < n and self.unknown(toks[j]):
            j += 1
        ends = j < n and (j + 1 == n or toks[j + 1].connector or toks[j].cut)
        if j == hit and ends and _team_name(toks[j].word) and self.known_name(j)[1] == "ORG":
            return j + 1  # "Boston Celtics", "Dallas Cowboys": a town, then its team (class 1)
        if j > hit and (j == n or toks[j].connector or toks[j].cut):
            return j
        return self.body_before_title(hit)

    def body_before_title(self, hit: int) -> int:
        """End of a body a place heads whose name ends in a keyword right before a title,
        or 0: "Ohio Democratic Party Chair Dana Whitcomb" (class 4: the place was cut off)."""
        toks, n = self.toks, len(self.toks)
        names = self.mem.art.gaz.names
        k = hit
        while k < n and not toks[k].connector and not is_title(toks[k].word):
            word = toks[k].word
            body_word = word in lexicon.ORG_TAIL or word in lexicon.PLACE_TAILS
            if not (body_word or self.unknown(toks[k]) or lookup(names, word) == "NORP"):
                return 0  # "Democratic", "Republican": a party's adjective
            k += 1
        if k > hit and k < n and is_title(toks[k].word) and toks[k - 1].word in lexicon.ORG_TAIL:
            return k
        return 0

    def organisation_named_on(self, hit: int) -> int:
        """End of a longer name a known organisation heads, or 0: unknown words, a place or
        an acronym after it, to the end of the run ("Google Docs", "Spotify India", "Toyota
        Motor"; class 4: a name cut short to the famous part). A title or a given name after
        it stops it ("Nvidia Chief Executive Jensen Huang"), so does a member noun ("a
        Fianna Fáil TD": the party is named, then its member)."""
        toks, n = self.toks, len(self.toks)
        names = self.mem.art.gaz.names
        j = hit
        while (
            j < n
            and toks[j].word not in lexicon.PARTY_MEMBER_NOUNS
            and (
                self.unknown(toks[j])
                or (toks[j].reliable and not toks[j].connector and looks_org(toks[j].word))
                or lookup(names, toks[j].word) in ("GPE", "LOC")
            )
        ):
            j += 1
        if j > hit and (j == n or toks[j].connector or toks[j].cut):
            return j
        return 0

    def model_of_maker(self, toks: list[Tok]) -> bool:
        """A car maker, then a model's name: "Volkswagen Golf", "Kia Sportage", "BYD Seal"
        (class 2: a product as its maker's ORG); not "Toyota Motor", "Ford Foundation",
        "Toyota Europe" (a keyword or a place after the maker)."""
        if toks[0].word not in lexicon.VEHICLE_MAKERS or len(toks) > 3:
            return False
        names = self.mem.art.gaz.names
        return keyword_label(toks) is None and all(
            lookup(names, t.word) is None and not t.word.isupper() for t in toks[1:]
        )

    def unknown(self, t: Tok) -> bool:
        """A reliable capitalised word with no other reading (not a title, keyword, place)."""
        w = t.word
        gaz = self.mem.art.gaz
        return (
            not t.connector
            and t.reliable
            and not looks_org(w)
            and w not in lexicon.TITLES
            and not is_stop(w)
            and w not in self.mem.person_parts
            and lookup(gaz.names, w) is None
            and not is_given(gaz, w)
            and not is_letter(w)
        )

    def title(self, i: int) -> int:
        """A title: the pending words before it were part of it ("Majority Leader", "Health
        Correspondent") unless they name an organisation ("ECB President"); the name after
        it is a PERSON ("Dr. Thandiwe Banda"; class 4: titles stay outside PERSON)."""
        toks, n = self.toks, len(self.toks)
        run = self.pending
        if run and i == n - 1 and self.firm_of_a_field(run, toks[i]):
            self.mem.emit([*run, toks[i]], "ORG")  # "Larkmoor Health", "Kelong Digital"
            self.pending = []
            return i + 1
        if run and (i == n - 1 or not toks[i + 1].connector):
            org = [x.word in lexicon.ORG_TAIL or looks_org(x.word) for x in run]
            # one word before a title and a name is the body it names ("ECB President",
            # "Army Chief"), not a portfolio ("Communications Minister Michelle Rowland")
            body = len(run) == 1 and org[0] and run[0].word not in lexicon.PORTFOLIOS
            if (i == n - 1 and not any(org)) or (i + 1 < n and not body):
                self.pending = []
        self.flush(person_hint=True)
        j = name_after_title(self.mem.art, toks, i + 1)
        if j == i + 1 and self.surname_after_honorific(i):
            j = i + 2  # "Mr Salerno": the honorific beats the town (class 3)
        if j > i + 1:
            self.mem.emit(toks[i + 1 : j], "PERSON")  # "Dr. Thandiwe Banda"
            self.person_hint = False
            return j
        return i + 1

    def firm_of_a_field(self, run: list[Tok], last: Tok) -> bool:
        """Words no dictionary has before a department's word that ends the run: a firm named
        by its field ("Larkmoor Health", "Kelong Digital"), not a title ("Public Health",
        "Mental Health" are words; class 6 the other way: the firm was dropped as a title)."""
        art = self.mem.art
        return (
            last.word in lexicon.DEPARTMENT_WORDS
            and len(run) <= 2
            and all(t.reliable and not t.connector and not t.cut for t in run)
            and all(t.word.isupper() == last.word.isupper() for t in run)  # not "LISTED Kelong"
            and not any(art.plain_word(t.word) or is_title(t.word) for t in run)
            and all(lookup(art.gaz.names, t.word) is None for t in run)
        )

    def surname_after_honorific(self, i: int) -> bool:
        """ "Mr Salerno", "Supt Hargreaves": one name word ends the run after a personal
        honorific, whatever the gazetteer says about it."""
        toks = self.toks
        if toks[i].word.rstrip(".") not in _HONORIFICS or i + 2 != len(toks):
            return False
        nxt = toks[i + 1]
        return not nxt.connector and not keyword_or_stop(nxt.word)


# Compass adjectives that the gazetteer knows as peoples ("Western governments": NORP).
_COMPASS_ADJECTIVES = frozenset({"Western", "Eastern", "Northern", "Southern"})


def _place_prefixes(run: list[Tok]) -> bool:
    """Words that only ever open a place's name ("Greater", "North"...), none cut off."""
    return all(x.word in lexicon.PLACE_PREFIXES and not x.cut for x in run)
