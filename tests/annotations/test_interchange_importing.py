"""Import plans: matched by source then quote, anchored, orphaned, idempotent, newer edits taken."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from annotations.interchange.importing import Candidate, ImportPlan, plan_import
from annotations.interchange.records import ForeignNote
from annotations.model import Annotation

STORY = Candidate(
    id="library/story",
    key="url:https://news.example/rates",
    text="Intro.\nThe central bank held rates at 5% on Tuesday, citing sticky inflation.\nEnd.",
    title="Rates",
)
OTHER = Candidate(id="library/other", text="Nothing to see here, just weather.", title="Weather")
URL = "https://news.example/rates"


class Finder:
    """A two-article library; counts how often the whole library is read."""

    def __init__(self, articles: dict[str, Candidate]) -> None:
        self.articles = articles
        self.scans = 0

    def by_source(self, source: str) -> Candidate | None:
        return self.articles.get(source)

    def candidates(self) -> Iterable[Candidate]:
        self.scans += 1
        return list({a.id: a for a in self.articles.values()}.values())

    def key_for(self, source: str) -> str:
        return f"url:{source}"


def note(**fields: object) -> ForeignNote:
    base = {
        "id": "01hzzzzzzzzzzzzzzzzzzzzzzz",
        "origin": "Hypothesis",
        "remote_id": "abc",
        "source": URL,
        "title": "Rates",
        "exact": "held rates at 5%",
        "prefix": "The central bank ",
        "suffix": " on Tuesday",
        "start": 900,  # another tool's offsets: only a hint
        "end": 916,
        "note": "why?",
        "tags": ("rates",),
        "created": "2024-01-01T00:00:00Z",
        "updated": "2024-01-01T00:00:00Z",
    }
    base.update(fields)
    return ForeignNote(**base)  # type: ignore[arg-type]


def plan(notes: list[ForeignNote], stored: dict[str, Annotation] | None = None) -> ImportPlan:
    library = Finder({URL: STORY, "https://other.example": OTHER})
    return plan_import(notes, library, (stored or {}).get)


def test_matched_by_url_and_anchored_in_the_text() -> None:
    result = plan([note()])
    (ann,) = result.added
    assert ann.article == STORY.id and ann.quote == "held rates at 5%"
    assert ann.article_key == STORY.key and (ann.origin, ann.note) == ("Hypothesis", "why?")
    assert STORY.text[ann.start : ann.end] == "held rates at 5%"
    assert ann.selector.prefix.endswith("The central bank ")  # context from the real text
    assert (result.anchored, result.by_quote, result.orphaned) == (1, 0, [])


def test_matched_by_quote_when_the_url_is_unknown() -> None:
    result = plan([note(source="https://mirror.example/copy")])
    assert result.added[0].article == STORY.id and result.by_quote == 1


def test_whitespace_differences_still_match_by_quote() -> None:
    result = plan([note(source="https://mirror.example/copy", exact="held  rates\nat 5%")])
    assert result.added[0].article == STORY.id


def test_short_or_ambiguous_quotes_do_not_pick_an_article() -> None:
    library = Finder({"a": STORY, "b": replace(STORY, id="library/copy")})
    ambiguous = plan_import([note(source="https://x.example")], library, {}.get)
    assert ambiguous.orphan_reasons[ambiguous.orphaned[0].id] == "its quote is in 2 articles"
    short = plan([note(source="https://x.example", exact="5%", prefix="", suffix="")])
    assert short.orphaned and short.anchored == 0


def test_unknown_pages_become_orphans_under_their_source_with_their_quote() -> None:
    result = plan(
        [note(source="https://elsewhere.example/a", exact="a sentence nobody wrote here")]
    )
    (orphan,) = result.orphaned
    assert orphan.article == "https://elsewhere.example/a"
    assert orphan.article_key == "url:https://elsewhere.example/a"  # attaches once added
    assert orphan.quote == "a sentence nobody wrote here" and orphan.note == "why?"
    assert result.orphans_by_source() == {"https://elsewhere.example/a": [orphan]}
    assert result.added == [orphan]  # orphans are saved too: nothing is lost


def test_a_quote_not_in_the_matched_article_is_an_orphan_there() -> None:
    result = plan([note(exact="completely different words entirely")])
    (orphan,) = result.orphaned
    assert orphan.article == STORY.id
    assert result.orphan_reasons[orphan.id] == "its quote is not in the article's text"


def test_positions_only_records_take_the_quote_from_the_text() -> None:
    start = STORY.text.index("citing")
    result = plan([note(exact="", prefix="", suffix="", start=start, end=start + 6)])
    assert result.added[0].quote == "citing"
    past = plan([note(exact="", start=5, end=len(STORY.text) + 3)])
    assert past.added == [] and past.skipped[0].reason == "no quote, and positions past the text"
    nowhere = plan([note(exact="", source="https://nowhere.example", start=0, end=3)])
    assert nowhere.skipped[0].reason == "no quote, and its page is not in the library"


def test_importing_what_is_stored_changes_nothing() -> None:
    first = plan([note()])
    stored = {ann.id: ann for ann in first.writes}
    again = plan([note()], stored)
    assert again.writes == [] and again.unchanged == 1


def test_a_newer_edit_updates_words_but_not_the_place() -> None:
    stored_ann = plan([note()]).added[0]
    moved = replace(stored_ann, selector=replace(stored_ann.selector, start=1, end=17))
    newer = note(note="revised", tags=("rates", "fed"), updated="2024-02-01T00:00:00Z")
    result = plan([newer], {moved.id: moved})
    (updated,) = result.updated
    assert (updated.note, updated.tags, updated.updated) == (
        "revised",
        ("rates", "fed"),
        "2024-02-01T00:00:00Z",
    )
    assert updated.selector == moved.selector
    older = note(note="stale", updated="2023-01-01T00:00:00Z")
    assert plan([older], {moved.id: moved}).writes == []


def test_the_library_is_read_at_most_once_and_only_when_needed() -> None:
    library = Finder({URL: STORY})
    plan_import([note()], library, {}.get)
    assert library.scans == 0
    unknown = [note(id=f"01h{i:023d}", source=f"https://x.example/{i}") for i in range(5)]
    plan_import(unknown, library, {}.get)
    assert library.scans == 1
