"""``postil export --format w3c`` and ``postil import``: notes out and back, others' notes in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.store import AnnotationStore
from reader.cli import main
from tests.annotations.w3c_schema import collection_failures

QUOTE = "Major US internet companies including Facebook"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def annotate(capsys, db: Path, note: str = "why **now**?") -> str:
    code, out, _ = run(
        capsys, "annotate", "hong kong", "--quote", QUOTE, "--tag", "platforms", "--note", note,
        "--color", "green", "--db", str(db),
    )  # fmt: skip
    assert code == 0
    return out.strip()


def hypothesis_file(tmp_path: Path, uri: str, exact: str, **extra: object) -> Path:
    row = {
        "id": "hyp0000000000000000001",
        "created": "2024-05-01T10:00:00.000000+00:00",
        "updated": "2024-05-01T10:00:00.000000+00:00",
        "user": "acct:alice@hypothes.is",
        "uri": uri,
        "text": "from *Hypothesis* <b>bold</b> \x1b[31m",
        "tags": ["Hong Kong"],
        "target": [{"source": uri, "selector": [{"type": "TextQuoteSelector", "exact": exact}]}],
        "document": {"title": ["A page"]},
        **extra,
    }
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps({"total": 1, "rows": [row]}))
    return path


def test_export_w3c_is_valid_and_imports_back_identically(capsys, tmp_path: Path) -> None:
    db, fresh = tmp_path / "a.json", tmp_path / "b.json"
    annotate(capsys, db)
    code, out, _ = run(capsys, "export", "--format", "w3c", "--db", str(db))
    assert code == 0 and collection_failures(json.loads(out)) == []
    exported = tmp_path / "notes.jsonld"
    assert run(capsys, "export", "--format", "w3c", "-o", str(exported), "--db", str(db))[0] == 0
    assert exported.read_text() == out and (exported.stat().st_mode & 0o777) == 0o600
    code, out, _ = run(capsys, "import", str(exported), "--db", str(fresh))
    assert code == 0
    assert out.startswith("notes.jsonld (W3C, 1 annotation): 1 anchored, 0 orphaned")
    with AnnotationStore(db) as original, AnnotationStore(fresh) as copy:
        assert original.all() == copy.all()


def test_importing_twice_changes_nothing(capsys, tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    annotate(capsys, db)
    exported = tmp_path / "notes.json"
    run(capsys, "export", "--format", "w3c", "-o", str(exported), "--db", str(db))
    fresh = tmp_path / "b.json"
    run(capsys, "import", str(exported), "--db", str(fresh))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("b.json")}
    code, out, _ = run(capsys, "import", str(exported), "--db", str(fresh))
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("b.json")}
    assert code == 0 and "0 anchored, 0 orphaned, 1 already there" in out
    assert before == after


def test_hypothesis_notes_on_an_unknown_page_wait_as_orphans_then_attach(
    capsys, tmp_path: Path
) -> None:
    db = tmp_path / "a.json"
    url = "https://news.example/hong-kong?utm_source=feed"
    quote = "a xylophone band played in Reykjavik harbour"
    path = hypothesis_file(tmp_path, url, quote)
    code, out, _ = run(capsys, "import", str(path), "-v", "--db", str(db))
    assert code == 0 and "0 anchored, 1 orphaned" in out
    assert f"orphaned, waiting for {url}: 1 highlight (add it with: postil add URL)" in out
    assert "\x1b" not in out
    with AnnotationStore(db) as store:
        (orphan,) = store.all()
    assert orphan.article_key == "url:https://news.example/hong-kong"
    assert (orphan.origin, orphan.creator) == ("Hypothesis", "alice@hypothes.is")
    assert orphan.note == "from *Hypothesis* <b>bold</b> [31m"
    # the page arrives: a file whose front matter names the same URL (without tracking)
    text = f"Harbour news for everyone to read today.\n\nYesterday {quote} until late."
    page = tmp_path / "lib" / "hk.md"
    page.parent.mkdir()
    page.write_text(f"---\ntitle: HK\nurl: https://news.example/hong-kong\n---\n\n{text}\n")
    from reader.library import Library
    from reader.workspace import Workspace

    with AnnotationStore(db) as store:
        workspace = Workspace(library=Library.from_paths([page.parent]), store=store)
        article = workspace.library.load(workspace.library.entries[0])
        located = workspace.locate(article)
    assert [a.id for a, _ in located.anchored] == [orphan.id]


def test_hypothesis_quote_matches_a_library_article_when_the_url_is_unknown(
    capsys, tmp_path: Path
) -> None:
    path = hypothesis_file(tmp_path, "https://mirror.example/x", QUOTE)
    code, out, _ = run(capsys, "import", str(path), "--db", str(tmp_path / "a.json"))
    assert code == 0 and "1 anchored (1 by quote), 0 orphaned" in out


def test_skips_are_counted_with_their_reasons(capsys, tmp_path: Path) -> None:
    path = hypothesis_file(tmp_path, "https://x.example", QUOTE, references=["parent"])
    code, out, _ = run(capsys, "import", str(path), "--db", str(tmp_path / "a.json"))
    assert code == 0
    assert "1 skipped (1: a reply in a discussion, not a highlight)" in out
    assert "--verbose" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"name": "package"}', "holds no annotations postil can read"),
    ],
)
def test_bad_files_are_one_line_and_change_nothing(
    capsys, tmp_path: Path, content: str, message: str
) -> None:
    db = tmp_path / "a.json"
    annotate(capsys, db)
    before = db.read_bytes(), (tmp_path / "a.json.journal").read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    code, out, err = run(capsys, "import", str(bad), "--db", str(db))
    assert code == 1 and out == "" and message in err and err.count("\n") == 1
    assert (db.read_bytes(), (tmp_path / "a.json.journal").read_bytes()) == before


def test_import_of_a_missing_file_is_one_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "none.json"), "--db", str(tmp_path / "d"))
    assert code == 1 and err.startswith("postil: cannot read") and err.count("\n") == 1


def test_creator_and_base_iri_come_from_the_settings(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('creator = "Ana Reader"\nbase_iri = "https://notes.example/anno/"\n')
    monkeypatch.setenv("POSTIL_CONFIG", str(config))
    db = tmp_path / "a.json"
    ident = annotate(capsys, db)
    _, out, _ = run(capsys, "export", "--format", "w3c", "--db", str(db))
    (item,) = json.loads(out)["first"]["items"]
    assert item["id"] == f"https://notes.example/anno/{ident}"
    assert item["creator"] == {"type": "Person", "name": "Ana Reader"}
    config.write_text('base_iri = "not an iri"\n')
    code, _, err = run(capsys, "export", "--format", "w3c", "--db", str(db))
    assert code == 1 and "base_iri must be an absolute IRI" in err


def test_a_quote_missing_from_its_matched_page_is_an_orphan_there(capsys, tmp_path: Path) -> None:
    page = tmp_path / "lib" / "p.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: P\nurl: https://news.example/p\n---\n\nSome words of a page.\n")
    path = hypothesis_file(tmp_path, "https://news.example/p/", "words that were edited away")
    args = ["import", str(path), "-v", "-L", str(page.parent), "--db", str(tmp_path / "a.json")]
    code, out, _ = run(capsys, *args)
    assert code == 0 and "0 anchored, 1 orphaned" in out
    assert "orphaned in " in out and "(its quote is not in the article's text)" in out


def test_list_shows_pages_imported_highlights_wait_for(capsys, tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    url = "https://news.example/elsewhere"
    path = hypothesis_file(tmp_path, url, "a sentence that is in no seed article at all")
    run(capsys, "import", str(path), "--db", str(db))
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert code == 0
    assert f"{url} · not in the library · 1 imported highlight waiting: postil add {url}" in out
    _, out, _ = run(capsys, "list", "--json", "--db", str(db))
    (row,) = [r for r in json.loads(out) if r.get("waiting")]
    assert (row["id"], row["annotations"]) == (url, 1)
