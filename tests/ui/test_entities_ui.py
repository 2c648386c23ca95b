"""Entities in the TUI: the panel, stepping through a person's mentions, other articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import OptionList

from annotations.store import AnnotationStore
from reader.library import Library
from reader.mentions.grouping import mention_key
from reader.ui.app import create_app
from reader.ui.screens import mentions as mentions_screen
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.mentions import MentionsScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entities_panel import EntitiesPanel, option_id
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, open_highlighted_article, screen_after, settle, type_text


async def _library_entities(pilot: Pilot[None]) -> MentionsScreen:
    """From the library, the entities across the library (``E``), once listed."""
    return await screen_after(pilot, "E", MentionsScreen)


async def _m_from_the_panel(
    pilot: Pilot[None], label: str, key: str
) -> tuple[ArticleScreen, MentionsScreen]:
    """Open the highlighted article and its panel, and ``m`` on one of its things."""
    panel = await _entities_panel(pilot)
    article = pilot.app.screen
    assert isinstance(article, ArticleScreen)
    entities = panel.query_one(OptionList)
    entities.highlighted = entities.get_option_index(option_id(label, key))
    return article, await screen_after(pilot, "m", MentionsScreen)


async def test_panel_lists_entities_and_n_steps_through_mentions(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_highlighted_article(pilot)
        await pilot.press("E")
        await pilot.pause()
        panel = screen.query_one(EntitiesPanel)
        assert panel.has_class("visible")
        entities = panel.query_one("OptionList")
        musk = option_id("PERSON", mention_key("Elon Musk"))
        entities.highlighted = entities.get_option_index(musk)
        await pilot.press("enter")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        thing = next(n for n in screen.named if n.key == "elon musk")
        assert thing.count >= 3  # "Elon Musk" and the later "Musk"s
        starts = [start for start, _ in thing.spans]
        assert view.caret in starts
        first = view.caret
        await pilot.press("n")
        assert view.caret == starts[(starts.index(first) + 1) % len(starts)]
        assert "Elon Musk" in screen.status.text
        await pilot.press("N")
        assert view.caret == first


async def test_other_articles_mentioning_an_entity_open_at_the_first_mention(
    workspace: Workspace,
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen, mentions = await _m_from_the_panel(pilot, "ORG", "tiktok")
        articles = mentions.query_one("#mention-articles")
        assert articles.option_count == 5  # every seed talks about TikTok
        articles.focus()
        articles.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, ArticleScreen) and opened is not screen
        view = opened.query_one(ArticleView)
        assert view.text[view.caret : view.caret + 6] == "TikTok"
        assert opened._cursor.what == "TikTok"


async def test_m_on_a_lone_surname_shows_the_person_of_the_whole_library(
    workspace: Workspace,
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # seed 000 writes only "the Biden administration"
        _, mentions = await _m_from_the_panel(pilot, "PERSON", "biden")
        named = mentions.query_one("#list", OptionList).highlighted_option
        assert named is not None and named.id == option_id("PERSON", "joe biden")
        assert mentions.query_one("#mention-articles", OptionList).option_count == 2


async def test_library_e_opens_the_library_wide_entities(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        await pilot.press("slash")
        await type_text(pilot, "xiaomi")
        await pilot.pause()
        named = app.screen.query_one("#list")
        assert named.option_count >= 1
        assert "Xiaomi" in str(named.get_option_at_index(0).prompt)


def _rows(screen: MentionsScreen) -> list[tuple[str, bool]]:
    """The library-wide list's rows: each one's columns joined by " · " (``"TikTok · org ·
    7 articles"``), and whether it is a heading."""
    named = screen.query_one("#list", OptionList)
    return [(_joined(str(o.prompt)), o.disabled) for o in named.options]


def _joined(row: str) -> str:
    return " · ".join(re.split(r" {2,}", row.strip()))


async def test_library_entities_list_names_first_and_filter_by_kind(workspace: Workspace) -> None:
    # "two · number · 3 articles" was the thirteenth row, among the bodies and places.
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        rows = _rows(app.screen)
        heading = rows.index(("dates and figures", True))
        kinds = ("number", "date", "ordinal", "time", "money", "percent", "quantity")
        assert 100 < heading < len(rows) - 40  # the seeds: 118 names, 53 dates and figures
        assert not any(text.split(" · ")[1].startswith(kinds) for text, _ in rows[:heading])
        assert all(text.split(" · ")[1].startswith(kinds) for text, _ in rows[heading + 1 :])
        status = str(app.screen.query_one("#list-status").render())
        assert f"{heading} names and {len(rows) - heading - 1} dates and figures" in status
        await pilot.press("slash")
        await type_text(pilot, "person:")
        people = _rows(app.screen)
        assert len(people) > 10 and all(" person · " in text for text, _ in people)
        await type_text(pilot, " mus")
        assert _rows(app.screen)[0][0].startswith("Elon Musk · person")
        app.screen.filter_box.value = "date: jan"
        await pilot.pause()
        dates = _rows(app.screen)
        assert dates[0][0].startswith("January 19 · date") and not any(d for _, d in dates)


async def test_each_thing_is_one_line_of_aligned_columns_at_any_width(workspace: Workspace) -> None:
    # At 80 columns "United States  country, city or state · 5 articles" took two lines, the
    # kind split across them; the lists now stand one above the other there, and each row
    # is name, kind and articles in columns fitted again when the terminal is resized.
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _library_entities(pilot)
        named = screen.query_one("#list", OptionList)
        sizes = (((80, 24), "country, city or state", True), (SIZE, "place", False))
        for size, kind, stacked in sizes:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            articles = screen.query_one("#mention-articles", OptionList)
            assert (articles.region.y > named.region.y) is stacked
            prompts = [str(o.prompt) for o in named.options if not o.disabled]
            width = named.content_region.width - named.styles.scrollbar_size_vertical
            assert all("\n" not in p and len(p) <= width for p in prompts)
            assert len({len(p) for p in prompts}) == 1  # the counts' column ends in one place
            row = next(p for p in prompts if p.startswith("United States "))
            assert _joined(row) == f"United States · {kind} · 5 articles"
            assert len(row) == width
        app.screen.filter_box.value = "org:"
        await pilot.pause()
        assert all(_joined(text).split(" · ")[1] == "org" for text, _ in _rows(screen))


async def test_a_long_list_says_how_many_of_each_there_are_not_how_many_are_shown(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With 3,212 things and 400 shown, the status said "400 names (first 400)".
    monkeypatch.setattr(mentions_screen, "SHOWN", 10)
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        assert len(_rows(app.screen)) == 10
        status = str(app.screen.query_one("#list-status").render())
        assert "114 names and 53 dates and figures (first 10 shown) in 5 articles" in status


async def test_a_thing_in_very_many_articles_shows_the_first_and_says_how_many_more(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 50,000 articles the pane laid out 47,451 rows for "United States": 3.5 s a move.
    monkeypatch.setattr(mentions_screen, "SHOWN", 2)
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        articles = app.screen.query_one("#mention-articles", OptionList)
        rows = [(str(o.prompt), o.disabled) for o in articles.options]
        assert len(rows) == 3 and not rows[0][1] and not rows[1][1]  # TikTok: 5 articles
        assert rows[2] == ("… 3 more articles (postil mentions --json lists all)", True)


async def test_a_person_written_by_surname_only_is_listed_under_the_full_name(
    workspace: Workspace,
) -> None:
    # Seed 000 writes only "the Biden administration"; seed 001 "Joe Biden". The library list
    # had "Biden" and "Joe Biden", each in one article.
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        await pilot.press("slash")
        await type_text(pilot, "person:biden")
        assert [text for text, _ in _rows(app.screen)] == ["Joe Biden · person · 2 articles"]
        await pilot.press("enter")  # to the articles
        articles = app.screen.query_one("#mention-articles", OptionList)
        lone = next(i for i, o in enumerate(articles.options) if o.id and "000_e6b8" in o.id)
        articles.highlighted = lone
        await pilot.press("enter")
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, ArticleScreen)
        view = opened.query_one(ArticleView)
        assert view.text[view.caret : view.caret + 5] == "Biden"
        await pilot.press("n")  # the next of the article's Bidens
        await pilot.pause()
        assert view.text[view.caret : view.caret + 5] == "Biden" and opened._cursor.what == "Biden"


async def test_a_burst_into_the_filter_ends_when_focus_moves(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        for key, char in (("slash", "/"), *((c, c) for c in "musk"), ("enter", None)):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        filter_box = app.screen.query_one("#filter")
        assert filter_box.value == "musk"
        # Enter chose the first name, as Enter on its row does: focus is on its articles
        assert app.focused is app.screen.query_one("#mention-articles")
        await pilot.press("x")  # not typed into the filter any more
        assert filter_box.value == "musk"


def _one_article(db_path: Path, tmp_path: Path, text: str) -> Workspace:
    """A workspace whose library is one article of ``text``."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "one.txt").write_text(text, encoding="utf-8")
    return Workspace(
        library=Library.from_paths([str(folder)]),
        store=AnnotationStore(db_path),
        export_dir=tmp_path / "exports",
    )


async def test_library_entities_of_one_article_say_article_not_articles(
    db_path: Path, tmp_path: Path
) -> None:
    text = "Acme Group hired Jane Doe in Nairobi.\n"
    app = create_app(_one_article(db_path, tmp_path, text))
    async with app.run_test(size=SIZE) as pilot:
        await _library_entities(pilot)
        status = str(app.screen.query_one("#list-status").render())
        assert "in 1 article ·" in status and "1 articles" not in status


async def _entities_panel(pilot: Pilot[None]) -> EntitiesPanel:
    """Open the highlighted article and its entity panel (``E``)."""
    screen = await open_highlighted_article(pilot)
    await pilot.press("E")
    await settle(pilot)
    return screen.query_one(EntitiesPanel)


def _headings(panel: EntitiesPanel) -> list[str]:
    """The panel's group headings, as text."""
    return [str(o.prompt) for o in panel.query_one(OptionList).options if o.disabled]


async def test_the_panel_counts_one_mention_in_the_singular(db_path: Path, tmp_path: Path) -> None:
    text = "Acme Group hired Jane Doe.\n\nJane Doe said the firm would grow in Nairobi.\n"
    app = create_app(_one_article(db_path, tmp_path, text))
    async with app.run_test(size=SIZE) as pilot:
        panel = await _entities_panel(pilot)
        headings = _headings(panel)
        assert any(heading.endswith("· 2 mentions") for heading in headings)  # Jane Doe
        assert any(heading.endswith("· 1 mention") for heading in headings)  # Acme Group
        title = str(panel.query_one("#entities-title").render())
        assert title == "Entities (3 · 4 mentions)"


async def test_products_are_listed_with_the_bodies_whose_colour_they_share(
    db_path: Path, tmp_path: Path
) -> None:
    text = "Toyota Kenya sold the Toyota RAV4.\n\nThe Toyota RAV4 costs more in Nairobi.\n"
    app = create_app(_one_article(db_path, tmp_path, text))
    async with app.run_test(size=SIZE) as pilot:
        panel = await _entities_panel(pilot)
        group = ""
        groups = {}
        for option in panel.query_one(OptionList).options:
            if option.disabled:
                group = str(option.prompt).split("  ")[0]
            else:
                groups[str(option.prompt).split(" ×")[0].strip()] = group
        assert groups["Toyota RAV4"] == "organisations & products"
        assert groups["Toyota Kenya"] == "organisations & products"


async def test_a_long_group_heading_fits_the_panels_width(db_path: Path, tmp_path: Path) -> None:
    text = "Toyota Kenya sold the Toyota RAV4.\n\nThe Toyota RAV4 costs more, Jane Doe said.\n"
    app = create_app(_one_article(db_path, tmp_path, text))
    async with app.run_test(size=SIZE) as pilot:
        panel = await _entities_panel(pilot)
        width = panel.query_one(OptionList).scrollable_content_region.width - 2
        headings = _headings(panel)
        # The long group drops the word "mentions" to stay on one line; a short one keeps it.
        assert headings == ["people  1 · 1 mention", "organisations & products  2 · 3"]
        assert all(len(heading) <= width for heading in headings)
