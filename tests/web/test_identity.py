"""Highlights follow the article, not its path: copy, move, rename, edit; and old files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.workspace_open import open_workspace
from reader.collection.keys import article_key
from reader.library import load_article
from tests.web.conftest import PARAGRAPHS

QUOTE = "first list would appear in May"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "store_v1"


@pytest.fixture
def annotated(tmp_path: Path, db_path: Path, capsys) -> Path:
    source = tmp_path / "docs" / "council.txt"
    source.parent.mkdir()
    source.write_text("Council to publish its contracts\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert main(["annotate", str(source), "--quote", QUOTE, "--db", str(db_path)]) == 0
    capsys.readouterr()
    return source


def _quotes_in(db_path: Path, path: Path) -> list[str]:
    workspace = open_workspace(db_path, [path.parent])
    located = workspace.locate(workspace.library.load(str(path.resolve())))
    workspace.store.close()
    return [a.quote for a, _ in located.anchored] + [a.quote for a in located.orphaned]


def test_a_copy_has_the_highlights_too(annotated: Path, db_path: Path) -> None:
    copy = annotated.with_name("copy of council.txt")
    shutil.copy(annotated, copy)
    assert _quotes_in(db_path, copy) == [QUOTE]
    assert _quotes_in(db_path, annotated) == [QUOTE]


def test_a_moved_file_keeps_them_and_they_follow_it(annotated: Path, db_path: Path) -> None:
    moved = annotated.parent / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    annotated.rename(moved)
    assert _quotes_in(db_path, moved) == [QUOTE]
    workspace = open_workspace(db_path, [moved.parent])
    [annotation] = workspace.store.all()
    assert annotation.article == str(moved.resolve())  # the hint now points to where it is
    workspace.store.close()


def test_a_changed_file_is_found_by_its_path_and_reanchored(annotated: Path, db_path) -> None:
    text = annotated.read_text()
    annotated.write_text(text.replace(PARAGRAPHS[0], "A new first paragraph.\n\n" + PARAGRAPHS[0]))
    assert _quotes_in(db_path, annotated) == [QUOTE]
    workspace = open_workspace(db_path, [annotated.parent])
    [annotation] = workspace.store.all()
    assert annotation.article_key == article_key(load_article(annotated))
    workspace.store.close()


def test_a_page_is_known_by_its_canonical_url(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('---\ncanonical_url: "https://news.example/a#top"\n---\n\nSome text here.\n')
    assert article_key(load_article(page)) == "url:https://news.example/a"


def test_an_old_annotation_file_is_migrated_with_the_seeds_identified(tmp_path: Path) -> None:
    for name in ("annotations.json", "annotations.json.journal"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    workspace = open_workspace(tmp_path / "annotations.json", None)
    keys = {a.article: a.article_key for a in workspace.store.all()}
    assert len(workspace.store) == 4
    seed = workspace.library.load("seeds/004_d4847e1b1b2a2bef.txt")
    assert keys["seeds/004_d4847e1b1b2a2bef.txt"] == article_key(seed)
    assert keys["/home/reader/news/councils.txt"] == ""
    assert (tmp_path / "annotations.json.schema1.bak").exists()
    workspace.store.close()
