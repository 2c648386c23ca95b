"""The export's shortcuts give exactly what the general code gives: a plain quote's blockquote,
and re-anchoring that keeps an annotation found in place with all its context as it is."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from annotations.anchoring import (
    Anchor,
    _in_place,
    anchor_all,
    locate_annotation,
    reanchor_all,
    reanchored,
)
from annotations.export import _note_block, _quote_block, blockquote, contained_note, yaml_string
from annotations.inert import make_inert
from annotations.model import Annotation, Selector

# Prose, list-like line starts (ASCII and other digits), markup and a control or two.
_QUOTES = st.text(alphabet=st.sampled_from("ab -+1٣²._\n\t |#*%:\x1b "), max_size=40)


@given(_QUOTES)
def test_a_quote_block_is_the_blockquote_of_the_inert_quote(quote: str) -> None:
    assert _quote_block(quote) == blockquote(make_inert(quote, keep_tabs=True))


def test_list_like_line_starts_are_escaped_on_the_quick_path() -> None:
    assert _quote_block("2024. It was") == "> 2024\\. It was"
    assert _quote_block(" - a\n\n+ b\nplain") == "> \\- a\n>\n> \\+ b\n>\n> plain"
    assert _quote_block("٣. item") == "> ٣\\. item"  # any digit the escape's \d matches


def _reference(text: str, anns: list[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
    """Re-anchoring as it was before the shortcut: every annotation located, then placed."""
    anchors: dict[int, Anchor | None] = {}
    shift = 0
    for index in sorted(range(len(anns)), key=lambda i: anns[i].start):
        ann = anns[index]
        anchor = _in_place(text, ann) or locate_annotation(text, ann, shift=shift)
        anchors[index] = anchor
        if anchor is not None and anchor.method != "fuzzy":
            shift = anchor.start - ann.start
    anchored = [reanchored(text, a, anchors[i]) for i, a in enumerate(anns) if anchors[i]]  # type: ignore[arg-type]
    return anchored, [a for i, a in enumerate(anns) if anchors[i] is None]


@given(st.integers(min_value=0, max_value=10_000))
def test_reanchoring_matches_the_general_code_after_any_edit(seed: int) -> None:
    rng = random.Random(seed)
    words = ["court", "ruled", "the", "law", "stands", "Monday", "appeal", "\n", "2024."]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 80)))
    anns = []
    for _ in range(rng.randint(1, 8)):
        start = rng.randrange(0, max(1, len(text) - 5))
        end = min(len(text), start + rng.randint(1, 30))
        selector = Selector.from_text(text, start, end)
        anns.append(Annotation.create(article="a", article_title="A", selector=selector))
    cut = rng.randrange(0, len(text))
    edits = [
        text,
        text[:cut] + "inserted words " + text[cut:],
        text[:cut] + text[cut + rng.randint(1, 20) :],
        text.replace("court", "tribunal", 1),
        text[: len(text) // 2],
    ]
    edited = rng.choice(edits)
    assert reanchor_all(edited, anns) == _reference(edited, anns)
    placed = [anchor for _, anchor in anchor_all(edited, anns)]
    assert [a is None for a in placed] == [
        a.id in {o.id for o in _reference(edited, anns)[1]} for a in anns
    ]
    unchanged = [a for a, b in zip(anns, reanchor_all(text, anns)[0], strict=True) if a is b]
    assert len(unchanged) == len(anns)  # nothing moved: every annotation comes back as is


# Plain words, what opens a block or a fence, line ends of every kind, a control.
_NOTES = st.text(alphabet=st.sampled_from("ab -*`~<$%^#\n\r\t\x1b\u202e"), max_size=30)


@given(_NOTES)
def test_a_note_block_is_the_contained_inert_note(note: str) -> None:
    unified = note.replace("\r\n", "\n").replace("\r", "\n")
    assert _note_block(note) == contained_note(make_inert(unified, keep_tabs=True))


def _yaml_reference(value: str) -> str:
    """yaml_string as it was written before its one-scan shortcut."""
    printable = re.compile(
        "[\x20-\x7e\xa0-\u2027\u202f-\u2065\u206a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    )
    escapes = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    out = []
    for char in value:
        if char in escapes:
            out.append(escapes[char])
        elif printable.fullmatch(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


@given(st.text(alphabet=st.one_of(st.sampled_from('"\\\t\x85\u2028\u202a\ufffe'), st.characters())))
def test_a_yaml_string_is_what_the_character_by_character_escape_gives(value: str) -> None:
    assert yaml_string(value) == _yaml_reference(value)
