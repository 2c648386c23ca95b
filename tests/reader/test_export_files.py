"""Exports write safely (unique temp file, never through a planted symlink, private mode), under
unique stable names, never over another article's notes, and with current paragraph numbers."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.cli import main
from reader.library import Library
from reader.workspace import Workspace, export_name

PARAGRAPHS = [
    "A Headline About The Bridge Vote",
    "The council met on Monday evening in the town hall.",
    "The council voted 7 to 2 to approve the bridge on Monday.",
    "Work is expected to start next spring, officials said.",
]
QUOTE = "voted 7 to 2 to approve the bridge"


def _article(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "bridge.txt", PARAGRAPHS)
    return folder


def _workspace(tmp_path: Path, folder: Path, **kw: object) -> Workspace:
    return Workspace(
        library=Library.from_paths([folder]),
        store=AnnotationStore(tmp_path / "data" / "a.json"),
        export_dir=tmp_path / "exports",
        **kw,  # type: ignore[arg-type]
    )


def _highlight(workspace: Workspace, quote: str = QUOTE, article: int = 0) -> Annotation:
    loaded = workspace.library.load(workspace.library.entries[article])
    start = loaded.text.index(quote)
    return workspace.store.add(
        Annotation.create(
            article=loaded.id,
            article_title=loaded.title,
            selector=Selector.from_text(loaded.text, start, start + len(quote)),
            note="my private note",
        )
    )


# --- item 7: paragraph numbers from the current text ------------------------------------------


def test_export_paragraph_follows_the_current_text(
    tmp_path: Path, articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "data" / "a.json"
    common = ["--db", str(db), "-L", str(articles)]
    assert main(["annotate", "1", "--quote", QUOTE, *common]) == 0
    capsys.readouterr()
    assert main(["export", *common]) == 0
    assert "¶2" in capsys.readouterr().out
    # Two paragraphs inserted before: the highlight is now in the fourth.
    inserted = [*PARAGRAPHS[:2], "A new paragraph.", "And another one.", *PARAGRAPHS[2:]]
    _article(articles, "bridge.txt", inserted)
    assert main(["export", *common]) == 0
    out = capsys.readouterr().out
    assert "¶4" in out and "¶2" not in out
    assert "orphaned: 0" in out


def test_export_orders_by_current_position(tmp_path: Path, articles: Path) -> None:
    workspace = _workspace(tmp_path, articles)
    first = _highlight(workspace, "met on Monday evening")
    second = _highlight(workspace, QUOTE)
    swapped = [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[3]]
    _article(articles, "bridge.txt", swapped)
    workspace = _workspace(tmp_path, articles)
    markdown = workspace.export_markdown(workspace.store.all())
    assert markdown.index(f"^{second.id}") < markdown.index(f"^{first.id}")


# --- item 3: safe writing ---------------------------------------------------------------------


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_export_file_is_private_under_umask_000(
    tmp_path: Path, articles: Path, umask_000: None
) -> None:
    workspace = _workspace(tmp_path, articles)
    workspace.export_dir = tmp_path / "new" / "exports"
    path = workspace.export_file([_highlight(workspace)], "The Bridge")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(workspace.export_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_export_mode_setting_is_used(tmp_path: Path, articles: Path, umask_000: None) -> None:
    workspace = _workspace(tmp_path, articles, export_mode=0o644)
    path = workspace.export_file([_highlight(workspace)], "The Bridge")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_symlink_at_the_old_temp_name_is_not_followed(tmp_path: Path, articles: Path) -> None:
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    name = export_name("The Bridge", ann.article)
    workspace.export_dir.mkdir(parents=True)
    (workspace.export_dir / f".{name}.tmp").symlink_to(victim)
    path = workspace.export_file([ann], "The Bridge")
    assert victim.read_text() == "keep me"
    assert path.name == name and "my private note" in path.read_text()


def test_a_symlink_planted_at_the_chosen_temp_name_is_skipped(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a symlink at the very name the temp file would get is never written through:
    the temp file is created with O_EXCL and another name is tried."""
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    name = export_name("The Bridge", ann.article)
    workspace.export_dir.mkdir(parents=True)
    (workspace.export_dir / f".{name}.planted.tmp").symlink_to(victim)
    names = iter(["planted", "fresh", "other"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    workspace.export_file([ann], "The Bridge")
    assert victim.read_text() == "keep me"
    assert (workspace.export_dir / f".{name}.planted.tmp").is_symlink()


def test_a_symlink_at_the_export_path_is_replaced_not_followed(
    tmp_path: Path, articles: Path
) -> None:
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out.md"
    out.symlink_to(victim)
    assert (
        main(["export", "-o", str(out), "--db", str(workspace.store.path), "-L", str(articles)])
        == 0
    )
    assert victim.read_text() == "keep me"
    assert not out.is_symlink() and f"^{ann.id}" in out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_cli_export_is_atomic_with_a_unique_temp_name(tmp_path: Path, articles: Path) -> None:
    workspace = _workspace(tmp_path, articles)
    _highlight(workspace)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / ".notes.md.tmp").symlink_to(victim)
    out = tmp_path / "notes.md"
    assert (
        main(["export", "-o", str(out), "--db", str(workspace.store.path), "-L", str(articles)])
        == 0
    )
    assert victim.read_text() == "keep me" and "my private note" in out.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".notes.md.tmp"]


# --- item 3: unique, stable names -------------------------------------------------------------


@pytest.mark.parametrize(
    "titles",
    [
        ["A" * 60 + " first story", "A" * 60 + " second story"],
        ["---", "|", "..", "", "   "],
        ["Same title", "Same title"],
    ],
)
def test_titles_never_share_an_export_file(tmp_path: Path, titles: list[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, _title in enumerate(titles):
        _article(folder, f"{number}.txt", [f"Headline number {number} here", PARAGRAPHS[2]])
    workspace = _workspace(tmp_path, folder)
    written = set()
    for number, title in enumerate(titles):
        ann = _highlight(workspace, article=number)
        path = workspace.export_file([ann], title)
        assert path.parent == workspace.export_dir and path.suffix == ".md"
        written.add(path)
        assert f"^{ann.id}" in path.read_text()
    assert len(written) == len(titles)
    for path in written:  # each file still holds its own article's notes
        assert path.read_text().count("^") == 1


def test_names_are_stable_and_a_reexport_updates_its_own_file(
    tmp_path: Path, articles: Path
) -> None:
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    first = workspace.export_file([ann], "The Bridge")
    workspace.store.update(ann.edited(note="second thoughts"))
    again = workspace.export_file(workspace.store.all(), "The Bridge")
    assert again == first and "second thoughts" in again.read_text()
    assert export_name("The Bridge", ann.article) == first.name


def test_an_export_never_overwrites_a_file_that_is_not_its_own(
    tmp_path: Path, articles: Path
) -> None:
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    path = workspace.export_dir / export_name("The Bridge", ann.article)
    workspace.export_dir.mkdir(parents=True)
    path.write_text('---\ntitle: "Other"\nsource: "other.txt"\n---\nsomeone\'s notes\n')
    with pytest.raises(FileExistsError):
        workspace.export_file([ann], "The Bridge")
    assert "someone's notes" in path.read_text()


def test_a_fifo_at_the_export_path_is_refused_not_waited_on(tmp_path: Path, articles: Path) -> None:
    workspace = _workspace(tmp_path, articles)
    ann = _highlight(workspace)
    workspace.export_dir.mkdir(parents=True)
    fifo = workspace.export_dir / export_name("The Bridge", ann.article)
    os.mkfifo(fifo)
    with pytest.raises(FileExistsError):
        workspace.export_file([ann], "The Bridge")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
