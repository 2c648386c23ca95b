"""Reading state, removal, and highlights that outlive their article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.collection.kept import Collection
from tests.web.conftest import PARAGRAPHS

TITLE = "Council budget passes after a long debate"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def added(capsys, tmp_path: Path, library: Collection) -> str:
    source = tmp_path / "budget.txt"
    source.write_text(f"{TITLE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert run(capsys, "add", str(source))[0] == 0
    return f"library/{library.stems()[0]}"


def test_mark_changes_the_state_list_shows_and_filters(capsys, added: str, library) -> None:
    assert run(capsys, "mark", added, "read") == (0, f"read: {TITLE}\n", "")
    rows = json.loads(run(capsys, "list", "--json", "--state", "read")[1])
    assert [row["id"] for row in rows] == [added]
    assert json.loads(run(capsys, "list", "--json", "--state", "unread")[1]) == []
    run(capsys, "mark", "council budget", "archived")
    assert library.state(added.split("/", 1)[1]).state == "archived"
    code, _, err = run(capsys, "mark", added, "finished")
    assert code == 2 and "invalid choice" in err


def test_a_seed_cannot_be_marked_or_removed(capsys, added: str) -> None:
    code, _, err = run(capsys, "mark", "1", "read")
    assert code == 1 and "not in the kept library" in err
    code, _, err = run(capsys, "remove", "1", "--yes")
    assert code == 1 and "not in the kept library" in err


def test_remove_keeps_highlights_as_orphans(capsys, added: str, library) -> None:
    code, out, err = run(capsys, "annotate", added, "--quote", "first list would appear in May")
    assert code == 0, err
    code, _, err = run(capsys, "remove", added)  # not a terminal: asks for --yes
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "remove", added, "--yes")
    assert code == 0 and out == f"removed: {TITLE} (highlights kept)\n"
    assert library.stems() == []
    rows = json.loads(run(capsys, "list", "--json")[1])
    assert rows[-1] == {"id": added, "title": TITLE, "removed": True, "annotations": 1}
    code, out, _ = run(capsys, "export")
    assert code == 0 and "first list would appear in May" in out and "Council budget" in out


def test_the_reading_position_is_kept_beside_the_article(added: str, library) -> None:
    stem = added.split("/", 1)[1]
    library.set_state(stem, position=120)
    library.set_state(stem, "read")
    state = library.state(stem)
    assert (state.state, state.position) == ("read", 120)
    data = json.loads((library.state_dir / f"{stem}.json").read_text())
    assert data["state"] == "read" and data["position"] == 120


def test_archived_articles_are_hidden_from_the_default_list(capsys, added: str, library) -> None:
    run(capsys, "mark", added, "archived")
    ids = [row["id"] for row in json.loads(run(capsys, "list", "--json")[1])]
    assert added not in ids and ids  # the seeds are still listed
    archived = json.loads(run(capsys, "list", "--json", "--state", "archived")[1])
    assert [row["id"] for row in archived] == [added]
    every = [row["id"] for row in json.loads(run(capsys, "list", "--json", "--state", "all")[1])]
    assert every[-1] == added and len(every) == len(ids) + 1
    # still found by title, and brought back
    assert run(capsys, "mark", "council budget", "unread")[0] == 0
    assert added in [row["id"] for row in json.loads(run(capsys, "list", "--json")[1])]


def test_the_archived_list_is_rebuilt_from_the_state_files(capsys, added: str, library) -> None:
    run(capsys, "mark", added, "archived")
    (library.root / "archived.json").write_text("{damaged")
    ids = [row["id"] for row in json.loads(run(capsys, "list", "--json")[1])]
    assert added not in ids
    assert json.loads((library.root / "archived.json").read_text()) == [added.split("/", 1)[1]]
