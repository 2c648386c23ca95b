"""Anchoring: each annotation is found again after the article changes, or is an orphan."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from annotations.anchoring import Anchor, anchor_all, locate, reanchor_all, reanchored
from annotations.model import Annotation, Selector

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXT = (
    "The Chinese government has never required companies to transfer data unlawfully, "
    "the ministry said on Friday.\n"
    "Noyb, an organisation focused on data protection, alleges that the companies breached "
    "the GDPR by transferring user data to China.\n"
    "TikTok said it would appeal. The companies have until March to respond."
)


def _ann(text: str, quote: str, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    selector = Selector.from_text(text, start, start + len(quote))
    return Annotation.create(article="a.txt", article_title="A", selector=selector)


def _found(text: str, anchor: Anchor | None) -> str:
    assert anchor is not None
    return text[anchor.start : anchor.end]


def test_unchanged_text_is_exact_at_offsets() -> None:
    ann = _ann(TEXT, "focused on data protection")
    assert locate(TEXT, ann.selector) == Anchor(ann.start, ann.end, "exact", 1.0)


def test_words_inserted_before_moves_offsets_by_context() -> None:
    ann = _ann(TEXT, "alleges that the companies breached")
    changed = "BREAKING: " + TEXT.replace("said on Friday", "said late on Friday evening")
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.method == "context"
    assert _found(changed, anchor) == ann.quote
    assert anchor.start == changed.index(ann.quote)


def test_paragraph_removed() -> None:
    ann = _ann(TEXT, "TikTok said it would appeal.")
    changed = TEXT.split("\n", 1)[1]
    assert _found(changed, locate(changed, ann.selector)) == ann.quote


def test_rewrapped_lines_still_anchor_with_whitespace_folded() -> None:
    ann = _ann(TEXT, "alleges that the companies breached the GDPR")
    changed = TEXT.replace("that the companies", "that the\ncompanies").replace(
        "the GDPR", "the  GDPR"
    )
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.method == "context" and anchor.score == 1.0
    assert _found(changed, anchor) == "alleges that the\ncompanies breached the  GDPR"


def test_quote_spanning_paragraphs_rewrapped_to_one() -> None:
    ann = _ann(TEXT, "on Friday.\nNoyb, an organisation")
    changed = TEXT.replace("Friday.\nNoyb", "Friday. Noyb")
    assert _found(changed, locate(changed, ann.selector)) == "on Friday. Noyb, an organisation"


def test_small_edit_inside_quote_is_fuzzy_with_score() -> None:
    ann = _ann(TEXT, "alleges that the companies breached the GDPR by transferring")
    changed = TEXT.replace("companies breached", "firms breached")
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.method == "fuzzy"
    assert _found(changed, anchor) == "alleges that the firms breached the GDPR by transferring"
    assert 0.75 <= anchor.score < 1.0


def test_quote_rewritten_beyond_error_bound_is_orphan() -> None:
    ann = _ann(TEXT, "alleges that the companies breached the GDPR")
    changed = TEXT.replace(
        "alleges that the companies breached the GDPR", "says firms broke EU law"
    )
    assert locate(changed, ann.selector) is None


def test_short_quote_without_its_context_is_not_fuzzily_guessed() -> None:
    ann = _ann(TEXT, "Friday")
    changed = TEXT.replace("on Friday", "on Monday")
    assert locate(changed, ann.selector) is None


def test_repeated_quote_chooses_best_context() -> None:
    text = "Alpha says the companies agree.\nBeta says the companies refuse.\n"
    ann = _ann(text, "the companies", occurrence=1)
    changed = "Intro line.\n" + text.replace("Alpha says", "Alpha now says")
    anchor = locate(changed, ann.selector)
    assert anchor is not None
    assert changed[anchor.start - 10 : anchor.end] == "Beta says the companies"


def test_repeated_quote_identical_context_chooses_nearest_old_offset() -> None:
    block = "x the same words here y\n"
    text = block * 5
    ann = _ann(text, "the same words", occurrence=3)
    changed = "zz" + text
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.start == ann.start + 2


def test_offsets_past_the_end_of_a_shrunken_text() -> None:
    ann = _ann(TEXT, "The companies have until March")
    changed = "The companies have until March to respond."
    assert _found(changed, locate(changed, ann.selector)) == ann.quote


def test_empty_text_orphans() -> None:
    assert locate("", _ann(TEXT, "Friday").selector) is None


def test_alphabet_larger_than_edlib_supports() -> None:
    cjk = "".join(chr(0x4E00 + i) for i in range(600))
    ann = _ann(TEXT, "alleges that the companies breached the GDPR")
    changed = cjk + "\n" + TEXT.replace("companies breached", "companiez breached")
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.method == "fuzzy"
    assert _found(changed, anchor) == "alleges that the companiez breached the GDPR"


def test_long_cjk_quote_fuzzy() -> None:
    cjk = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(3000))
    ann = _ann(cjk, cjk[1000:1400])
    changed = cjk[:1200] + "新" + cjk[1201:]
    anchor = locate("前言" + changed, ann.selector)
    assert anchor is not None and anchor.method == "fuzzy"
    assert (anchor.start, anchor.end) == (1002, 1402)


def test_reanchored_updates_selector_but_not_updated_time() -> None:
    ann = _ann(TEXT, "focused on data protection")
    changed = "New first paragraph.\n" + TEXT
    anchor = locate(changed, ann.selector)
    assert anchor is not None
    moved = reanchored(changed, ann, anchor)
    assert moved.selector == Selector.from_text(changed, anchor.start, anchor.end)
    assert (moved.id, moved.updated, moved.note) == (ann.id, ann.updated, ann.note)
    assert reanchored(TEXT, ann, Anchor(ann.start, ann.end, "exact")) is ann


def test_anchor_all_and_reanchor_all_keep_orphans() -> None:
    kept = _ann(TEXT, "TikTok said it would appeal.")
    lost = _ann(TEXT, "the ministry said on Friday")
    changed = TEXT.replace("the ministry said on Friday", "officials told reporters")
    results = anchor_all(changed, [kept, lost])
    assert [a for a, _ in results] == [kept, lost]
    assert results[0][1] is not None and results[1][1] is None
    anchored, orphaned = reanchor_all(changed, [kept, lost])
    assert [a.id for a in anchored] == [kept.id] and orphaned == [lost]


def test_seed_article_edits() -> None:
    text = (SEEDS / "000_e6b8ac3b665c0f17.txt").read_text(encoding="utf-8")
    paragraphs = text.split("\n")
    anns = [_ann(text, p[10:80]) for p in paragraphs if len(p) > 100]
    assert len(anns) >= 3
    changed = "\n".join(reversed(paragraphs))
    results = anchor_all(changed, anns)
    assert all(a is not None and _found(changed, a) == ann.quote for ann, a in results)


@cache
def _big_article() -> tuple[str, tuple[Annotation, ...]]:
    """A 1 MB article (the seeds repeated) with 200 highlights spread evenly; built once."""
    base = "\n".join(
        p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n")
    )
    text = ""
    i = 0
    while len(text) < 1_000_000:
        text += f"[Part {i}]\n" + base + "\n"
        i += 1
    step = len(text) // 200
    anns = []
    for k in range(200):
        start = k * step + 17
        anns.append(
            Annotation(
                id=f"a{k}",
                article="big",
                article_title="Big",
                selector=Selector.from_text(text, start, start + 60),
            )
        )
    return text, tuple(anns)


def test_one_megabyte_two_hundred_unmoved_annotations_is_fast() -> None:
    text, anns = _big_article()
    results = anchor_all(text, anns)
    assert all(a is not None and a.method == "exact" for _, a in results)


@pytest.mark.parametrize("edit", ["insert", "fuzzy"])
def test_one_megabyte_moved_annotations_stay_reasonable(edit: str) -> None:
    text, anns = _big_article()
    changed = "A new opening line.\n" + text
    if edit == "fuzzy":
        quote = anns[100].quote
        changed = changed.replace(quote, quote[:20] + "#" + quote[21:])
    results = anchor_all(changed, anns)
    assert all(a is not None for _, a in results)


def test_quote_edited_in_place_beats_a_closer_copy_elsewhere() -> None:
    text = (
        "Opening words of the article go here. The minister said beta gamma delta epsilon "
        "at the press conference on Monday.\nUnrelated: beta gamma delt epsilon."
    )
    ann = _ann(text, "beta gamma delta epsilon")
    changed = text.replace("said beta gamma delta epsilon", "said beta gamma DELTA epsilon")
    anchor = locate(changed, ann.selector)
    assert anchor is not None and anchor.method == "fuzzy"
    assert _found(changed, anchor) == "beta gamma DELTA epsilon"


def test_shift_hint_and_anchor_all_order() -> None:
    text = "one two three.\nfour five six.\nseven eight nine."
    anns = [_ann(text, "seven eight"), _ann(text, "four five"), _ann(text, "one two")]
    changed = "Inserted paragraph.\n" + text
    results = anchor_all(changed, anns)
    assert [a for a, _ in results] == anns
    for ann, anchor in results:
        assert anchor is not None and anchor.method == "context"
        assert anchor.start == ann.start + len("Inserted paragraph.\n")
    wrong_hint = locate(changed, anns[0].selector, shift=3)
    assert wrong_hint is not None and _found(changed, wrong_hint) == "seven eight"


def test_one_megabyte_insertion_uses_the_shift() -> None:
    text, anns = _big_article()
    changed = "A new opening line.\n" + text
    results = anchor_all(changed, anns)
    assert all(a is not None and a.start == n.start + 20 for n, a in results)
