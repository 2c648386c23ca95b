"""Property tests: a passage the edits did not touch is always re-found exactly."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotations.anchoring import locate
from annotations.model import Selector
from tests.scale import examples

WORDS = st.sampled_from(
    "the a of data privacy court ruled China TikTok users said on Friday “law” café 数据 ok".split()  # noqa: SIM905
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", ", ", ". "])


def _count(text: str, part: str) -> int:
    """Occurrences of ``part`` in ``text``, overlapping ones included (unlike str.count)."""
    return sum(text.startswith(part, i) for i in range(len(text)))


@st.composite
def texts(draw: st.DrawFn, min_words: int = 4, max_words: int = 60) -> str:
    words = draw(st.lists(WORDS, min_size=min_words, max_size=max_words))
    if not words:
        return ""
    out = [words[0]]
    for word in words[1:]:
        out.append(draw(SEPARATORS))
        out.append(word)
    return "".join(out)


@st.composite
def edited_around_passage(draw: st.DrawFn) -> tuple[str, Selector, str, int]:
    """``(old text, selector, new text, expected start)`` with edits only outside the passage.

    The passage and its context are kept; before and after it words are inserted, deleted
    or the whole rest replaced (a paragraph removed, boilerplate changed).
    """
    before = draw(texts(min_words=0, max_words=40)) if draw(st.booleans()) else ""
    passage = draw(texts(min_words=1, max_words=12))
    after = draw(texts(min_words=0, max_words=40)) if draw(st.booleans()) else ""
    old = f"{before}\n{passage}\n{after}"
    start = len(before) + 1
    selector = Selector.from_text(old, start, start + len(passage))
    new_before = draw(st.one_of(st.just(before), texts(min_words=0, max_words=40), st.just("")))
    new_after = draw(st.one_of(st.just(after), texts(min_words=0, max_words=40), st.just("")))
    new = f"{new_before}\n{passage}\n{new_after}"
    return old, selector, new, len(new_before) + 1


@settings(max_examples=examples(300), deadline=None)
@given(edited_around_passage())
def test_untouched_passage_is_found_verbatim(case: tuple[str, Selector, str, int]) -> None:
    _old, selector, new, expected = case
    anchor = locate(new, selector)
    assert anchor is not None
    assert anchor.method in ("exact", "context")
    assert new[anchor.start : anchor.end] == selector.exact
    if _count(new, selector.exact) == 1:
        assert anchor.start == expected


@settings(max_examples=examples(200), deadline=None)
@given(edited_around_passage())
def test_untouched_passage_with_its_context_is_found_at_its_place(
    case: tuple[str, Selector, str, int],
) -> None:
    old, selector, new, expected = case
    start = selector.start
    old_context = old[start - len(selector.prefix) : selector.end + len(selector.suffix)]
    new_context = new[
        expected - len(selector.prefix) : expected + len(selector.exact) + len(selector.suffix)
    ]
    assume(old_context == new_context and _count(new, old_context) == 1)
    assume(expected - len(selector.prefix) >= 0)
    anchor = locate(new, selector)
    assert anchor is not None and (anchor.start, anchor.end) == (
        expected,
        expected + len(selector.exact),
    )


@settings(max_examples=examples(200), deadline=None)
@given(texts(min_words=3), st.data())
def test_rewrapping_never_loses_a_passage(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    selector = Selector.from_text(text, start, end)
    flips = data.draw(st.sets(st.integers(0, len(text) - 1), max_size=5))
    swap = {" ": "\n", "\n": " "}
    rewrapped = "".join(swap.get(c, c) if i in flips else c for i, c in enumerate(text))
    anchor = locate(rewrapped, selector)
    assert anchor is not None
    found = rewrapped[anchor.start : anchor.end]
    assert found.split() == selector.exact.split()


@settings(max_examples=examples(200), deadline=None)
@given(texts(min_words=3), st.data())
def test_unchanged_text_is_always_exact(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    selector = Selector.from_text(text, start, end)
    assert locate(text, selector) is not None
    assert locate(text, selector).method == "exact"


@st.composite
def small_edits(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random insertions, deletions and re-wraps."""
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "rewrap"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(texts(min_words=1, max_words=6)) + " " + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif text:
            spaces = [i for i, c in enumerate(text) if c in " \n"]
            if spaces:
                i = draw(st.sampled_from(spaces))
                text = text[:i] + ("\n" if text[i] == " " else " ") + text[i + 1 :]
    return text


@settings(max_examples=examples(300), deadline=None)
@given(st.data())
def test_passage_survives_random_edits_elsewhere(data: st.DataObject) -> None:
    before = data.draw(texts(min_words=0, max_words=40))
    passage = data.draw(texts(min_words=2, max_words=12))
    after = data.draw(texts(min_words=0, max_words=40))
    old = f"{before}\n{passage}\n{after}"
    selector = Selector.from_text(old, len(before) + 1, len(before) + 1 + len(passage))
    new_before = data.draw(small_edits(before))
    new = f"{new_before}\n{passage}\n{data.draw(small_edits(after))}"
    anchor = locate(new, selector)
    assert anchor is not None and anchor.method in ("exact", "context")
    assert new[anchor.start : anchor.end] == passage
    if _count(new, passage) == 1:
        assert anchor.start == len(new_before) + 1


@settings(max_examples=examples(200), deadline=None)
@given(st.data())
def test_one_edit_inside_a_long_passage_is_found_fuzzily(data: st.DataObject) -> None:
    before = data.draw(texts(min_words=0, max_words=30))
    passage = data.draw(texts(min_words=8, max_words=16).filter(lambda p: len(p) >= 40))
    after = data.draw(texts(min_words=0, max_words=30))
    old = f"{before}\n{passage}\n{after}"
    start = len(before) + 1
    selector = Selector.from_text(old, start, start + len(passage))
    at = data.draw(st.integers(0, len(passage) - 1))
    edited = passage[:at] + "#" + passage[at + 1 :]
    new = f"{before}\n{edited}\n{after}"
    # No verbatim (white space folded) copy elsewhere: that would rightly win.
    assume(" ".join(passage.split()) not in " ".join(new.split()))
    anchor = locate(new, selector)
    assert anchor is not None and anchor.method == "fuzzy"
    overlap = min(anchor.end, start + len(edited)) - max(anchor.start, start)
    assert overlap >= 0.75 * len(passage)
