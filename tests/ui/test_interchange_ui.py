"""The palette's export and import, and where an imported highlight came from."""

from __future__ import annotations

import json
from pathlib import Path

from annotations.model import Annotation, Selector
from reader.ui.app import create_app
from reader.ui.interchange import W3C_FILE, _export, _import, interchange_commands
from reader.ui.widgets.highlight_rows import details_line, provenance
from reader.workspace import Workspace
from tests.annotations.w3c_schema import collection_failures
from tests.ui.pilot import SIZE, settle

QUOTE = "Major US internet companies including Facebook"


def hypothesis_file(tmp_path: Path) -> Path:
    row = {
        "id": "hyp0000000000000000001",
        "created": "2024-05-01T10:00:00+00:00",
        "user": "acct:alice@hypothes.is",
        "uri": "https://mirror.example/hk",
        "text": "seen on the mirror",
        "tags": ["hk"],
        "target": [{"source": "x", "selector": [{"type": "TextQuoteSelector", "exact": QUOTE}]}],
    }
    path = tmp_path / "h.json"
    path.write_text(json.dumps({"rows": [row]}))
    return path


def test_imported_highlights_say_where_they_came_from() -> None:
    base = Annotation.create(article="a", article_title="", selector=Selector("q", "", "", 0, 1))
    assert provenance(base) == ""
    hyp = Annotation(**{**_fields(base), "origin": "Hypothesis", "creator": "alice@hypothes.is"})
    assert provenance(hyp) == "from Hypothesis, user alice@hypothes.is"
    assert "from Hypothesis, user alice@hypothes.is" in str(details_line(hyp, 40, 200))
    assert provenance(Annotation(**{**_fields(base), "origin": "W3C"})) == "from W3C"


def _fields(ann: Annotation) -> dict:
    return {name: getattr(ann, name) for name in ann.__dataclass_fields__}


async def test_palette_offers_both_formats_and_import(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in interchange_commands(app)]
        assert titles == [
            "Export all highlights: W3C Web Annotation (JSON-LD)",
            "Export all highlights: note vault (Markdown)",
            "Import annotations…",
        ]
        all_titles = [c.title for c in app.get_system_commands(app.screen)]
        assert set(titles) <= set(all_titles)


async def test_import_then_export_both_formats(workspace: Workspace, tmp_path: Path) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _import(app, str(hypothesis_file(tmp_path)))
        await settle(pilot)
        (imported,) = workspace.store.all()
        assert (imported.origin, imported.creator) == ("Hypothesis", "alice@hypothes.is")
        assert any("1 anchored (1 by quote)" in n.message for n in app._notifications)
        _export(app, "w3c")
        await settle(pilot)
        document = json.loads((workspace.export_dir / W3C_FILE).read_text())
        assert collection_failures(document) == [] and document["total"] == 1
        _export(app, "vault")
        await settle(pilot)
        assert len(list(workspace.export_dir.glob("*.md"))) == 1


async def test_a_bad_import_file_is_one_notification(workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _import(app, str(bad))
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Nothing imported:") for m in messages)
        assert workspace.store.all() == []
