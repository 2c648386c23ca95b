"""The Markdown export, byte for byte: a small library and store whose export is pinned.

Every path of the export is exercised on real files (seed copies, a Markdown article with
front matter, one whose text changed after it was highlighted, one deleted): quotes with
markup and controls, notes that try to run on, tags, colours, moved and orphaned highlights,
paragraph numbers. The exported bytes must stay exactly those in ``tests/data/export_golden``:
a change of speed must not change a single byte. After an intended change of format,
regenerate them with ``POSTIL_REGOLD=1 python -m pytest tests/reader/test_export_golden.py``
and review the diff.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from annotations.model import COLORS, Annotation, Selector
from annotations.store import AnnotationStore
from reader.cli import main
from reader.library import Library, SummaryCache
from reader.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "export_golden"
STAMP = "2026-11-22T10:00:00Z"

NOTES = [
    "",
    "",
    "see the ruling",
    "**check** the figure",
    "a list:\n\n- one\n- two\n\n\n",
    "```python\nunclosed = fence",
    "<!-- an html comment that never ends",
    "<pre>\nkept as is",
    "$$ unpaired math",
    "%% an obsidian comment",
    "line with a block id ^fake-id",
    "tab\tindented\r\nand a CRLF\rand a CR",
    "escape \x1b[31mred\x1b[0m and bell \x07",
    "bidi \u202eevil\u202c text",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "~~~\ntilde fence",
    "    an indented code block",
]
TAGS = [(), ("gdpr",), ("china", "hong-kong"), ("a/b", "z"), ("tag-01",)]
ODD_TEXT = (
    "---\n"
    'title: "Odd *title* | with [marks] and # hash"\n'
    'author: [Ana Reader, "B. O\'Brien"]\n'
    "site: The Example Times\n"
    "published: 2026-11-01\n"
    "url: https://example.com/a_b?c=d&e=f\n"
    "---\n\n"
    "Stars *em* and **strong** and snake_case_words and _lead and trail_.\n\n"
    "# not a heading, > not a quote, [not](a link), `code`, <b>html</b> & AT&T &amp;.\n\n"
    "- a bullet-like start, + plus, 1. ordered, 2024) year and ==mark== and %%c%%.\n\n"
    "A tab\there and a control \x1b[2J and a bidi \u202e override in the text.\n\n"
    "ends with caret ^blockid\n\n"
    "logseq:: property, $x^2$ costs $5, a | table | row and back\\slash.\n"
)
CHANGED_BEFORE = [
    "Bridge Vote Headline For The Town",
    "The council met on Monday evening in the town hall to discuss the bridge.",
    "The council voted 7 to 2 to approve the bridge on Monday, after a long debate.",
    "Work is expected to start next spring, officials said at the meeting.",
    "Residents who opposed the plan said they would appeal the decision in court.",
]
CHANGED_AFTER = [
    CHANGED_BEFORE[0],
    "A new first paragraph was inserted here by the editors.",
    CHANGED_BEFORE[1],
    "The council voted 7 to 3 to approve the bridge on Tuesday, after a long debate.",
    "Residents who opposed the plan said they would appeal.",
]


def _make_library(folder: Path) -> list[Path]:
    """The article files: three seed copies, the odd Markdown one, the one that will change,
    and one that will be deleted."""
    folder.mkdir()
    paths = []
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:3]):
        path = folder / f"{n}_{seed.name}"
        path.write_bytes(seed.read_bytes())
        paths.append(path)
    (folder / "odd.md").write_text(ODD_TEXT, encoding="utf-8")
    (folder / "changed.txt").write_text("\n\n".join(CHANGED_BEFORE) + "\n", encoding="utf-8")
    (folder / "gone.txt").write_text("\n\n".join(CHANGED_BEFORE[:3]) + "\n", encoding="utf-8")
    return [*paths, folder / "odd.md", folder / "changed.txt", folder / "gone.txt"]


def _highlights(library: Library, rng: random.Random) -> list[Annotation]:
    """Highlights over every article, with fixed ids and times: random passages (some across
    paragraphs), notes, tags and colours from the pools above."""
    anns: list[Annotation] = []
    for entry in library.entries:
        article = library.load(entry)
        text = article.text
        for n in range(12):
            start = rng.randrange(0, len(text) - 30)
            end = min(len(text), start + rng.choice((8, 25, 60, 140, 400)))
            anns.append(
                Annotation(
                    id=f"g{len(anns):03d}{'ab'[n % 2]}",
                    article=article.id,
                    article_title=article.title,
                    selector=Selector.from_text(text, start, end),
                    color=COLORS[rng.randrange(len(COLORS))],
                    tags=TAGS[rng.randrange(len(TAGS))],
                    note=NOTES[rng.randrange(len(NOTES))],
                    created=f"2026-11-{1 + n:02d}T08:00:00Z",
                    updated="2026-11-20T08:00:00Z",
                )
            )
    return anns


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Workspace, list[Annotation], Path]:
    """A workspace whose store holds the highlights, after the changed article was edited and
    the gone one deleted; and the library folder."""
    folder = tmp_path / "articles"
    paths = _make_library(folder)
    library = Library.from_paths(paths, SummaryCache(None))
    anns = _highlights(library, random.Random(14))
    with AnnotationStore(tmp_path / "data" / "a.json") as store:
        store.add_many(anns)
    (folder / "changed.txt").write_text("\n\n".join(CHANGED_AFTER) + "\n", encoding="utf-8")
    (folder / "gone.txt").unlink()
    workspace = Workspace(
        library=Library.from_paths(paths[:-1], SummaryCache(None)),
        store=AnnotationStore(tmp_path / "data" / "a.json", read_only=True),
        export_dir=tmp_path / "exports",
    )
    return workspace, workspace.store.all(), folder


def _check(name: str, markdown: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("POSTIL_REGOLD"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(markdown.encode("utf-8"))
    assert markdown.encode("utf-8") == golden.read_bytes(), f"the export differs from {golden}"


def test_collection_export_is_byte_identical(
    exported: tuple[Workspace, list[Annotation], Path],
) -> None:
    workspace, anns, folder = exported
    markdown = workspace.export_markdown(anns, exported=STAMP)
    assert "moved: text changed" in markdown and "orphaned: not found" in markdown
    assert "¶" in markdown and "postil notes" in markdown
    _check("collection.md", markdown.replace(str(folder), "ARTICLES"))


def test_each_article_export_is_byte_identical(
    exported: tuple[Workspace, list[Annotation], Path],
) -> None:
    workspace, anns, folder = exported
    pages = []
    for article_id in sorted({ann.article for ann in anns}):
        mine = [ann for ann in anns if ann.article == article_id]
        pages.append(workspace.export_markdown(mine, exported=STAMP))
    _check("articles.md", "".join(pages).replace(str(folder), "ARTICLES"))


def test_cli_export_is_byte_identical(
    exported: tuple[Workspace, list[Annotation], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``postil export`` of everything and of one article, as a user runs them (the library
    given with -L, the exported time replaced)."""
    workspace, _, folder = exported
    common = ["--db", str(workspace.store.path), "-L", str(folder)]
    out = []
    for extra in ([], ["--article", "odd"], ["--tag", "gdpr"]):
        capsys.readouterr()
        assert main(["export", *extra, *common]) == 0
        out.append(capsys.readouterr().out)
    text = re.sub(r"(?m)^exported: .*$", f"exported: {STAMP}", "".join(out))
    _check("cli.md", text.replace(str(folder), "ARTICLES"))
