"""The speed rewrites of the recogniser's patterns match exactly what their plain forms match.

Each rewrite (a literal first so that ``re`` scans in C, a lookahead guard, a check that reads
backwards) is compared with the straightforward pattern it replaced, on the news texts we have
and on strings built to hit its edge cases.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.entities import numeric, replacing, special
from reader.entities.gazetteer import gazetteer
from reader.entities.lexicon import PRODUCT_NOUNS
from reader.entities.names import article, consistency, tokens
from reader.entities.types import Entity

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    p.read_text(encoding="utf-8")
    for d in ("seeds", "tests/data/dev", "tests/data/heldout")
    for p in sorted((ROOT / d).glob("*.txt"))
]


def _random_strings(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seps = [" ", " ", "", "\u00a0", "\n", "-", ".", ", "]
    return [
        "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        for _ in range(n)
    ]


def test_guarded_numeric_pattern_matches_the_plain_one_at_every_offset() -> None:
    plain = re.compile(rf"(?<![\w.])(?:{numeric._PATTERN})", re.VERBOSE)
    guarded = numeric.numeric_re()
    assert guarded.pattern != plain.pattern
    pieces = [
        "about", "ABOUT", "5", "5.5", "$", "US$", "over", "more than", "a few", "several",
        "days", "year ago", "Monday", "May", "2024", "2016-17", "the past week", "percent",
        "million", "bn", "km", "first", "hundreds", "minus", "a.m.", "3:30", "noon", "ſome",
    ]  # fmt: skip
    texts = TEXTS[:8] + [t.upper() for t in TEXTS[:4]] + _random_strings(pieces, 1500, 1)
    for text in texts:
        for pos in range(len(text)):
            a, b = plain.match(text, pos), guarded.match(text, pos)
            found = (a and (a.span(), a.lastgroup)), (b and (b.span(), b.lastgroup))
            assert found[0] == found[1], text[pos : pos + 40]


def test_guard_covers_every_case_insensitive_first_letter() -> None:
    # The guard "(?i:[x])" must accept whatever "(?i:x)" accepts, including the Unicode
    # case folds of ASCII letters ("ſ" for s, the Kelvin sign for k).
    for x in "abcdefghijklmnopqrstuvwxyz":
        literal, guard = re.compile(f"(?i:{x})"), re.compile(f"(?i:[{x}])")
        for c in (x, x.upper(), "ſ", "\u212a", "ı", "İ", "é"):
            assert not literal.match(c) or guard.match(c), (x, c)


def test_guard_only_wraps_word_lists() -> None:
    assert numeric._guard_ignorecase(r"(?i:over|under|about)\s+") == (
        r"(?=(?i:[aou]))(?i:over|under|about)\s+"
    )
    assert numeric._guard_ignorecase(r"(?i:a?b|c|d)") == r"(?i:a?b|c|d)"  # optional first
    assert numeric._guard_ignorecase(r"(?i:the\s+)") == r"(?i:the\s+)"  # one word
    assert numeric._guard_ignorecase(r"(?i:(?:x)|y|z)[(|]") == r"(?i:(?:x)|y|z)[(|]"


def test_run_pattern_is_the_plain_one() -> None:
    plain = re.compile(rf"(?<![\w'’.-]){tokens.TOKEN}(?:{tokens.SEP}{tokens.TOKEN})*")
    pieces = [
        "Mr.", "Mrs.", "Co.", "U.S.", "A.", "J. K.", "al-Assad", "el-Sisi", "bin-Salman",
        "abu-X", "ibn-Y", "ul-Haq", "Al-Qaeda", "O'Neil", "AT&T", "Tesla's", "X.com",
        "e-mail", "Bank", "of", "the", "and", "de", "van", "McDonald", "Jean-Pierre",
        "COVID-19", "État", "'", "’", "(", "a", "l", "el", "Dr.", "Mt",
    ]  # fmt: skip
    any_run = tokens.run_patterns()[0]
    for text in TEXTS + [t.upper() for t in TEXTS] + _random_strings(pieces, 5000, 2):
        runs = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in tokens.runs(text)] == runs, text
        assert [m.span() for m in any_run.finditer(text)] == runs, text


@pytest.mark.parametrize(
    "text",
    ["By Jane", "x\nBy Jane", "x\n \tBy\u00a0Jane", "xBy Jane", "By \nJane", "By  Jane", "\nBy"],
)
def test_byline_check_is_the_regex(text: str) -> None:
    byline = re.compile(r"(?:^|\n)[ \t]*By[ \u00a0]$")
    for pos in range(len(text) + 1):
        assert article.after_byline(text, pos) == bool(byline.search(text, 0, pos)), pos


def test_literal_first_patterns_are_the_plain_ones() -> None:
    variant = re.compile(
        r"[ \u00a0](?:Pro|Max|Plus|Ultra|Mini|Lite|Elite|Air|Edge|Fold|Flip|Neo|SE|XL|Turbo)\b"
    )
    ap_state = re.compile(r"[A-Za-z], " + special.AP_STATE.pattern[len(", (?<=[A-Za-z], )") :])
    noun = re.compile(r"[ \u00a0](?:" + "|".join(sorted(PRODUCT_NOUNS)) + r")\b")
    pieces = [
        "Pro", "Max", "Product", "SE", "SEA", "Calif.", "N.J.", "Pa.", "Pa", "sedan", "SUV",
        "Lumen 3", "Ultra", "rocket", "x", ",",
    ]  # fmt: skip
    for text in TEXTS + _random_strings(pieces, 5000, 3):
        assert [m.start() - 1 for m in special.VARIANT.finditer(text)] == [
            m.start() for m in variant.finditer(text)
        ]
        assert [m.span(1) for m in special.AP_STATE.finditer(text)] == [
            m.span(1) for m in ap_state.finditer(text)
        ]
        assert sorted(
            m.start() for r in consistency.PRODUCT_NOUN_RES for m in r.finditer(text)
        ) == [m.start() for m in noun.finditer(text)]


def test_trigger_pattern_stays_small() -> None:
    # The gated words once each carried their own copy of the long "a number word follows"
    # lookahead: a pattern of megabytes that took ~1.2 s to compile on the first call.
    assert len(numeric._trigger_re().pattern) < 60_000
    assert numeric._trigger_starts("5 people") == [0]
    # not after a letter and a hyphen; after "(" and "$" (the digit after "$" too)
    assert numeric._trigger_starts("x-5 a-5 (5 $5") == [9, 11, 12]


def test_feature_names_by_line_are_those_of_the_whole_text() -> None:
    def whole_text(text: str) -> set[str]:
        return {m.group(1) for r in consistency._FEATURE_RES for m in r.finditer(text)}

    pieces = [
        "feature", "features", "Pocket Mode", "FlashReply", "X-Ray", "Mode,", "a feature",
        ", a new feature", "a", "an", "new", "the", ",", ".", ";", " ", "\u00a0", "\n",
    ]  # fmt: skip
    _same_by_line(consistency.feature_names, whole_text, pieces, 300)


def test_names_before_feature_by_line_are_those_of_the_whole_text() -> None:
    names = gazetteer().names

    def whole_text(text: str) -> set[str]:
        found = {m.group(1) for m in consistency._NAME_BEFORE_FEATURE.finditer(text)}
        return {n for n in found if names.get(n) is None and not consistency._not_a_feature(n)}

    pieces = [
        " feature", " mode", "its Night Sight", "the FlashReply", " Netflix", " films",
        "its", " the", "'s", " new", " a", ",", ".", " ", "\u00a0", "\n", "its new FlashReply",
    ]  # fmt: skip
    _same_by_line(consistency.names_before_feature, whole_text, pieces, 200)


def _same_by_line(
    by_line: Callable[[str], set[str]],
    whole_text: Callable[[str], set[str]],
    pieces: list[str],
    least: int,
) -> None:
    """``by_line`` (run over the lines holding its word) finds what ``whole_text`` finds, on
    the test texts and on 5,000 random strings of ``pieces``, at least ``least`` of which hold
    something to find."""
    strings = _random_strings(pieces, 5000, 4)
    assert sum(bool(whole_text(t)) for t in strings) > least
    for text in [*TEXTS, "\n\n".join(TEXTS), *strings]:
        assert by_line(text) == whole_text(text), text


def test_model_and_channel_patterns_are_the_plain_ones() -> None:
    model_name = (
        r"(?:[A-Z][a-z]+|[A-Z][a-z]*[A-Z][A-Za-z]*)[ \u00a0]\d{1,3}(?:\.\d)?"
        r"(?:[ \u00a0](?:Gen[ \u00a0]\d|\d{1,3}B|Pro|Max|Ultra|Plus|Mini|Lite))*"
        r"|(?!FY|G\d|COP)[A-Z]{1,3}(?:-\d{1,4}|\d{2,4})[A-Za-z]?"
    )
    tech_model = re.compile(rf"(?:{model_name})\b(?![.,]\d|-)")
    channel = re.compile(
        r"\b(?:" + "|".join(special._BROADCASTERS) + ")"
        r"[ \u00a0](?:One|Two|Three|Four|\d{1,2}|iPlayer|Sounds|News|Sport|World|America|"
        r"Radio(?:[ \u00a0][A-Z][a-z]+)?)\b"
    )
    models = ["Pixel 10", "Pixel 10 Pro", "TL-1", "H100", "Llama 3.1 70B", "iPhone 15"]
    longest_first = sorted(models, key=lambda name: (-len(name), name))
    plain_models = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, longest_first)) + r")(?![\w-])"
    )
    pieces = [
        "Pixel", "10", "Pro", "Gen 2", "70B", "3.1", "TL", "-1", "H100", "FY24", "G7", "COP28",
        "COPA", "GPT", "iPhone 15", "xPixel", "BBC", "One", "BBC One", "ABC", "News", "xBBC",
        "RTÉ", "NDTV", "Radio", "Ulster", "_", "-", "1", "Llama",
    ]  # fmt: skip
    strings = _random_strings(pieces, 5000, 5)
    assert sum(bool(tech_model.search(t)) for t in strings) > 1000
    assert sum(bool(channel.search(t)) for t in strings) > 100
    assert sum(bool(plain_models.search(t)) for t in strings) > 100
    for text in [*TEXTS, *strings]:
        assert [m.span() for m in special._TECH_MODEL.finditer(text)] == [
            m.span() for m in tech_model.finditer(text)
        ], text
        assert [m.span() for m in special._CHANNEL.finditer(text)] == [
            m.span() for m in channel.finditer(text)
        ], text
        assert [m.span() for m in special.mentions_of(models).finditer(text)] == [
            m.span() for m in plain_models.finditer(text)
        ], text


def test_base_mentions_are_the_plain_pattern() -> None:
    bases = ["Lumen 3", "Snapdragon 8", "iPhone 15", "Galaxy S24"]
    pieces = [*bases, "x", "_", "-", "Pro", "pro", "3", "Lumen", "S24", "é", "\n"]
    strings = _random_strings(pieces, 3000, 6)
    for base in bases:
        plain = re.compile(rf"\b{re.escape(base)}\b(?![ \u00a0][A-Z])")
        assert sum(bool(plain.search(t)) for t in strings) > 100
        for text in [*TEXTS, *strings]:
            assert [m.span() for m in special.base_mentions(base).finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], text


def test_small_letter_products_are_those_of_finditer() -> None:
    def plain(text: str) -> list[tuple[int, int, str]]:
        return [
            (m.start(), m.end(), "PRODUCT")
            for m in special._SMALL_LETTER_PRODUCT.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
        ]

    pieces = [
        "iOS", "iPadOS", "iPhone", "iPad", "iPod", "iMac", "iCloud", "iTunes", "macOS",
        "watchOS", "tvOS", "i", "mac", "OS", "x", "-", "_", "é",
    ]  # fmt: skip
    strings = _random_strings(pieces, 5000, 7)
    assert sum(bool(plain(t)) for t in strings) > 1000
    for text in [*TEXTS, *strings]:
        assert special.small_letter_products(text) == plain(text), text


def test_lower_vocab_in_one_pass_is_the_two_pass_one() -> None:
    strip = article._STRIP

    def two_passes(text: str) -> set[str]:
        toks = set(text.split())
        vocab = {tok.rstrip(strip) for tok in toks if tok[0].islower()}
        for tok in toks:
            if not tok[0].isalnum() and not tok[0].islower():
                word = tok.strip(strip)
                if word[:1].islower():
                    vocab.add(word)
        return vocab

    pieces = ["despite", "(despite", "“police”", "Police", "x", "'", "(", "É", "é", "1a", "-", "."]
    strings = _random_strings(pieces, 3000, 8)
    for text in [*TEXTS, *strings]:
        assert article.lower_vocab(text) == two_passes(text), text


def test_a_model_and_its_longer_variant_are_each_one_mention_whatever_the_order() -> None:
    """The names come from a set, whose order changed with PYTHONHASHSEED: "Pixel 10" tried
    before "Pixel 10 Pro" cut every mention of the Pro to "Pixel 10"."""
    text = "The Pixel 10 costs less than the Pixel 10 Pro; the Pixel 10 Pro Max is dearer."
    for names in (["Pixel 10", "Pixel 10 Pro"], ["Pixel 10 Pro", "Pixel 10"]):
        found = [m.group() for m in special.mentions_of(names).finditer(text)]
        assert found == ["Pixel 10", "Pixel 10 Pro", "Pixel 10 Pro"]


def _disjoint_spans(rng: random.Random) -> list[Entity]:
    """Sorted, disjoint spans with gaps of 0 to 3 characters, as the repairs receive them."""
    spans, pos = [], 0
    for _ in range(rng.randint(0, 30)):
        pos += rng.randint(0, 3)
        end = pos + rng.randint(1, 6)
        spans.append(Entity(pos, end, "ORG"))
        pos = end
    return spans


def test_overlap_and_containment_by_bisection_are_the_plain_scans() -> None:
    # The repairs' tests against every span (quadratic on a long text) were replaced by
    # bisection over the sorted, disjoint spans: the same answers for any span.
    rng = random.Random(7)
    for _ in range(3000):
        ents = _disjoint_spans(rng)
        start = rng.randint(0, 130)
        end = start + rng.randint(0, 12)
        probe = Entity(start, end, "ORG")
        plain_overlap = any(e.start < probe.end and probe.start < e.end for e in ents)
        assert replacing.overlaps(ents, probe) == plain_overlap, (ents, probe)
        plain_within = [e for e in ents if start <= e.start and e.end <= end]
        assert replacing.within(ents, start, end) == plain_within, (ents, start, end)
        i = rng.randint(0, len(ents))
        plain_inside = [x for x in ents[:i] if x.end > start]
        assert ents[bisect_right(ents, start, hi=i, key=replacing.END) : i] == plain_inside
