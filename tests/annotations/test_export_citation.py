"""Exports cite their article: author, site, published date, URL and postil id."""

from __future__ import annotations

import yaml

from annotations.export import ArticleRef, to_markdown
from annotations.model import Annotation, Selector

TEXT = "First paragraph.\nSecond one."
STAMP = "2026-12-01T10:00:00Z"


def _export(ref: ArticleRef) -> str:
    ann = Annotation.create(
        article=ref.id, article_title=ref.title, selector=Selector.from_text(TEXT, 0, 5)
    )
    return to_markdown([(ref, [ann])], exported=STAMP)


def test_front_matter_and_byline_carry_the_metadata() -> None:
    ref = ArticleRef(
        id="library/20261201-council",
        title="Council: budget",
        source="library/20261201-council",
        text=TEXT,
        authors=("Ann Reporter", "Bo *Smith*"),
        site="Local News",
        published="2026-12-01",
        url="https://news.example/council?id=1",
    )
    markdown = _export(ref)
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front["author"] == ["Ann Reporter", "Bo *Smith*"]  # a list property, one per author
    assert front["site"] == "Local News" and str(front["published"]) == "2026-12-01"
    assert front["url"] == "https://news.example/council?id=1"
    assert front["postil_id"] == "library/20261201-council"
    byline = (
        "By Ann Reporter, Bo \\*Smith\\* · Local News · 2026-12-01 · "
        "<https://news.example/council?id=1>"
    )
    assert f"\n{byline}\n" in markdown


def test_an_article_without_metadata_still_has_its_id_and_no_byline() -> None:
    markdown = _export(ArticleRef("seeds/a.txt", "A", "seeds/a.txt", TEXT))
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front["postil_id"] == "seeds/a.txt" and "author" not in front
    assert "\nSource: seeds/a.txt\n\n> First\n" in markdown


def test_a_url_with_markup_is_escaped_not_linked() -> None:
    ref = ArticleRef("x", "X", "x", TEXT, url="javascript:alert(1)<b>")
    markdown = _export(ref)
    assert "<javascript" not in markdown and "javascript:alert(1)\\<b\\>" in markdown


def test_the_byline_gives_a_timestamp_as_its_day_and_the_front_matter_keeps_it_whole() -> None:
    ref = ArticleRef(
        id="library/20261201-council",
        title="Council: budget",
        source="library/20261201-council",
        text=TEXT,
        site="Local News",
        published="2026-11-30T09:00:00Z",
    )
    markdown = _export(ref)
    assert yaml.safe_load(markdown.split("---\n")[1])["published"] == "2026-11-30T09:00:00Z"
    assert "\nLocal News · 2026-11-30\n" in markdown
