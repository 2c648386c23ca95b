"""The shortcuts that make reading back a 2 MB article fast give what the plain code gives.

Each shortcut (counting words by their separators, joining them without a list, skipping the
parked-escape pass, one-line Markdown blocks, looking for the body span from both ends) is
checked against the straightforward definition it replaces, on generated text that holds the
cases it must step aside for.
"""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.collection.keys import fingerprint
from reader.library import boilerplate, headlines
from reader.library import markdown as md
from reader.library.cleaning import _body_span
from reader.library.paragraphs import normalize, split_paragraphs
from reader.library.words import _NOT_SIMPLE, CJK, count_words, joined_words

_CJK = re.compile(f"[{CJK}]")
#: Words, every kind of white space str.split knows, CJK, and runs of them.
_PIECES = st.sampled_from(
    ["word", "Wörd", "x", "東京", "。", " ", "\n", "  ", "\n\n", " \n", "\t", "\u00a0", "\u2003",
     "\u3000", "\x1c", "\x85", "\u2028", "\r\n", "end.", "soft\u00adhyphen", "zero\u200bwidth"]
)  # fmt: skip


def _big(pieces: list[str], words: int = 1200) -> str:
    """Past the length the shortcuts start at: simple words, then the pieces drawn."""
    return " ".join(["plain"] * words) + "".join(pieces) + " tail"


def test_the_listed_white_space_is_exactly_what_str_split_splits_at() -> None:
    listed = {c for c in map(chr, range(0x110000)) if _NOT_SIMPLE.match(c) and not _CJK.match(c)}
    expected = {c for c in map(chr, range(0x110000)) if c.isspace()} - {" ", "\n"}
    assert listed == expected


def test_every_white_space_but_the_space_is_unprintable() -> None:
    """What joined_words' shortcut rests on: a printable text has no white space but " "."""
    printable = {c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()}
    assert printable == {" "}


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.booleans())
def test_counting_and_joining_words_match_split(pieces: list[str], lead: bool) -> None:
    text = ("\n" if lead else "") + _big(pieces)
    assert joined_words(text) == " ".join(text.split())
    if not _CJK.search(text):
        assert count_words(text) == len(text.split())


def test_a_big_cjk_text_counts_each_character() -> None:
    text = _big(["東京で会議"])
    assert count_words(text) == 1200 + 5 + 1


def test_the_fingerprint_is_the_digest_of_the_folded_words() -> None:
    text = _big([" Mixed\u00a0CASE\tText ", "\n\nTwo"], words=3000)
    words = " ".join(text.casefold().split()).encode()
    assert fingerprint(text) == hashlib.sha256(words).hexdigest()[:20]
    assert fingerprint(text, step=4096) == fingerprint(text)


_MD_LINES = st.lists(
    st.sampled_from(
        ["Plain line.", "# Heading", "## Two #", "- item", "1. one", "1000. big", "> quote",
         "| a | b |", "|---|---|", "```", "~~~", "***", "___", "---", "===", "--", "=", "",
         "A short title", "text \\*esc\\* [link](https://e.org/x) *em* __strong__", "* star"]
    ),
    max_size=14,
)  # fmt: skip


def _reference_block_lines(lines: list[str]) -> list[str]:
    """markdown.block_lines as it was written before its first-character shortcut."""
    result: list[str] = []
    for line in lines:
        if md._UNDERLINE.fullmatch(line) and result and result[-1] and len(line) >= 2:
            result[-1] = f"{'#' if line[0] == '=' else '##'} {result[-1]}"
            continue
        result.append("" if md._RULE.fullmatch(line) else line)
    return result


@given(_MD_LINES)
def test_block_lines_match_the_unshortened_rules(lines: list[str]) -> None:
    assert md.block_lines(lines) == _reference_block_lines(lines)


@given(st.sampled_from(["Plain.", "# H", "- i", "| r |", "```", "~~~x", "> q", "1. a", "*"]))
def test_a_one_line_block_is_that_line_unless_it_opens_a_fence(line: str) -> None:
    joined = md.join_lines([line])
    assert joined == ([] if line.startswith(("```", "~~~")) else [line])
    assert md.join_lines([line], first=True) == joined


@given(st.text(alphabet=st.sampled_from("ab #*_\\[]()>!é東\u00a0"), max_size=60))
def test_inline_without_parked_characters_is_inline(paragraph: str) -> None:
    assert not md.holds_parked(paragraph)
    assert md.inline(paragraph, parked=False) == md.inline(paragraph)


def test_a_literal_private_use_character_is_replaced_not_unparked() -> None:
    """A literal character of the range escapes are parked in came back as the character it
    parks (U+F0041 as "A", U+F0000 as a NUL in a title: found by the property test of
    test_library_props); it is now U+FFFD, one character for one, on both paths."""
    text = "---\ntitle: T\n---\n\nOne \U000f0041 here and a plain line.\n\nAnother line.\n"
    assert md.holds_parked(text) and not md.holds_parked("東京 only é")
    source = split_paragraphs(normalize(text), markdown=True)
    assert source.paragraphs[0] == md.inline("One \U000f0041 here and a plain line.").text
    assert source.paragraphs[0] == "One \ufffd here and a plain line."
    assert md.inline("\U000f0000 and \\* an escape").text == "\ufffd and * an escape"


_PARAGRAPHS = st.sampled_from(
    ["Menu", "By Jane Doe", "Short line", "A sentence that ends with a full stop, as body does.",
     " ".join(["word"] * 30), "Related", "Home | News"]
)  # fmt: skip


@given(st.lists(st.tuples(_PARAGRAPHS, st.booleans()), max_size=25))
def test_the_body_span_is_the_first_and_last_visible_body_paragraph(
    rows: list[tuple[str, bool]],
) -> None:
    paragraphs = [text for text, _ in rows]
    hidden = [gone for _, gone in rows]
    bodies = [i for i, p in enumerate(paragraphs) if not hidden[i] and headlines.is_body(p)]
    expected = (bodies[0], bodies[-1]) if bodies else (len(paragraphs), -1)
    assert _body_span(paragraphs, hidden) == expected


@given(st.text(alphabet=st.sampled_from("ab (:)1 \n\u00a0|"), max_size=70))
def test_the_duration_promo_prefilter_lets_every_promo_through(text: str) -> None:
    if boilerplate._DURATION_PROMO.fullmatch(text) and len(text.split()) <= 20:
        assert boilerplate._may_be_duration_promo(text)
    words = len(text.split()) <= 20
    assert boilerplate._may_be_duration_promo(text) == ("(" in text and ":" in text and words)


def test_duration_promos_are_still_furniture() -> None:
    assert boilerplate.is_boilerplate("Watch | The week in review (10:50)")
    assert boilerplate.is_boilerplate("Podcast: the long read (1:02:03)")
    assert not boilerplate.is_boilerplate("He said (and meant it) that he would stay.")
