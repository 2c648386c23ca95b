"""Passages: matches close together share one snippet, each of them marked in it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.search.matches import CONTEXT, make_match
from reader.search.passages import passages
from tests.scale import examples

BODY = (
    "Amid tensions between the U.S. and China over cybersecurity and data privacy, Chinese "
    "Embassy officials have been lobbying. "
    + "Nothing to see in this filler sentence. " * 6
    + "Later the data of users came up again, far from the first mention."
)


def _matches(body: str, words: list[str], kind: str = "text"):  # type: ignore[no-untyped-def]
    found = []
    for word in words:
        at = body.find(word)
        while at >= 0:
            found.append(make_match(body, at, at + len(word), kind))
            at = body.find(word, at + 1)
    return sorted(found, key=lambda m: (m.start, m.end, m.kind))


def test_two_words_of_one_sentence_are_one_passage_with_both_marked() -> None:
    matches = _matches(BODY, ["data", "privacy"])
    shown = passages(BODY, matches, 5)
    assert [p.count for p in shown] == [2, 1]  # "data privacy", then the far "data"
    first = shown[0]
    assert [first.snippet[s:e] for s, e in first.marks] == ["data", "privacy"]
    assert (first.start, first.end) == (matches[0].start, matches[1].end)
    assert shown[1].first == 2 and shown[1].snippet.count("data") == 1


def test_matches_far_apart_or_a_highlight_stay_apart() -> None:
    far = _matches(BODY, ["U.S.", "again"])
    assert [p.count for p in passages(BODY, far, 5)] == [1, 1]
    body_match = make_match(BODY, BODY.find("China"), BODY.find("China") + 5, "text")
    at = BODY.find("cybersecurity")
    highlight = make_match(BODY, at, at + 13, "highlight", highlight="h1", note="mine")
    shown = passages(BODY, [body_match, highlight], 5)
    assert [(p.kind, p.count, p.note) for p in shown] == [("text", 1, ""), ("highlight", 1, "mine")]


def test_a_word_matched_twice_is_marked_once_and_the_limit_holds() -> None:
    at = BODY.find("China")
    both = [make_match(BODY, at, at + 5, "entity"), make_match(BODY, at, at + 5, "text")]
    (shown,) = passages(BODY, both, 5)
    assert shown.count == 2 and [shown.snippet[s:e] for s, e in shown.marks] == ["China"]
    assert len(passages(BODY, _matches(BODY, ["the", "data", "e"]), 3)) == 3


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(BODY) - 1), st.integers(1, 30)), min_size=1, max_size=30)
)
def test_every_match_is_in_one_passage_marked_where_it_is(spans: list[tuple[int, int]]) -> None:
    matches = sorted(
        (make_match(BODY, s, min(len(BODY), s + n), "text") for s, n in spans),
        key=lambda m: (m.start, m.end, m.kind),
    )
    shown = passages(BODY, matches, len(matches))
    assert sum(p.count for p in shown) == len(matches)
    assert [p.first for p in shown] == [sum(p.count for p in shown[:k]) for k in range(len(shown))]
    for p in shown:
        group = matches[p.first : p.first + p.count]
        assert p.end - p.start <= 2 * CONTEXT or p.count == 1
        marked = "".join(p.snippet[s:e] for s, e in p.marks)
        covered = {i for m in group for i in range(m.start, m.end)}
        assert len(marked) == len(covered)  # each matched character marked once
        for m in group:  # each match's text is inside a mark, as written
            assert any(
                p.snippet[s:e].find(BODY[m.start : m.end].replace("\n", " ")) >= 0
                for s, e in p.marks
            )
