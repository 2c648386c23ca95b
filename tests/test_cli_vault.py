"""``postil export -o FOLDER``: a vault page per article, updated in place, the user's text kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from annotations.vault import BEGIN, section_ids
from reader.cli import main

QUOTE = "Major US internet companies including Facebook"
SECOND = "Hong Kong authorities"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def annotate(capsys, db: Path, quote: str, tag: str, occurrence: str = "1") -> str:
    args = ["annotate", "hong kong", "--quote", quote, "--tag", tag, "--db", str(db)]
    code, out, _ = run(capsys, *args, "--occurrence", occurrence)
    assert code == 0
    return out.strip()


def front(page: str) -> dict:
    return yaml.safe_load(page.split("---\n")[1])


def test_re_export_updates_the_page_in_place_and_keeps_the_users_text(
    capsys, tmp_path: Path
) -> None:
    db, vault = tmp_path / "a.json", tmp_path / "vault"
    vault.mkdir()
    first = annotate(capsys, db, QUOTE, "platforms")
    code, _, err = run(capsys, "export", "-o", str(vault), "--db", str(db))
    assert code == 0 and "1 page" in err
    (page,) = vault.glob("*.md")
    text = page.read_text()
    meta = front(text)
    assert meta["title"] and meta["tags"] == ["platforms"] and meta["created"]
    assert meta["postil_id"] == "seeds/004_d4847e1b1b2a2bef.txt"
    # the user renames the page, adds a property, writes around postil's section
    mine = page.with_name("My HK notes.md")
    page.rename(mine)
    text = text.replace("---\n" + BEGIN, "---\nWhat I think first.\n\n" + BEGIN)
    text = text.replace("title:", "status: reading\ntitle:", 1) + "\n## Later\n\nMore of mine.\n"
    mine.write_text(text)
    second = annotate(capsys, db, SECOND, "law")
    run(capsys, "export", "-o", str(vault), "--db", str(db))
    run(capsys, "export", "-o", str(vault), "--db", str(db), "--tag", "law")  # narrower
    assert [p.name for p in vault.glob("*.md")] == ["My HK notes.md"]
    again = mine.read_text()
    assert "What I think first." in again and "## Later\n\nMore of mine." in again
    assert front(again)["status"] == "reading" and front(again)["tags"] == ["law", "platforms"]
    assert section_ids(again) == [first, second]  # once each, the narrower export dropped none


def test_a_deleted_highlight_leaves_the_page(capsys, tmp_path: Path) -> None:
    from annotations.store import AnnotationStore

    db, vault = tmp_path / "a.json", tmp_path / "vault"
    vault.mkdir()
    first = annotate(capsys, db, QUOTE, "platforms")
    second = annotate(capsys, db, SECOND, "law")
    run(capsys, "export", "-o", str(vault), "--db", str(db))
    with AnnotationStore(db) as store:
        store.delete(second)
    run(capsys, "export", "-o", str(vault), "--db", str(db))
    (page,) = vault.glob("*.md")
    assert section_ids(page.read_text()) == [first]


def test_two_articles_get_two_pages(capsys, tmp_path: Path) -> None:
    db, vault = tmp_path / "a.json", tmp_path / "vault"
    vault.mkdir()
    annotate(capsys, db, QUOTE, "platforms")
    code, _, _ = run(
        capsys, "annotate", "1", "--quote", "TikTok", "--occurrence", "1", "--db", str(db)
    )
    assert code == 0
    run(capsys, "export", "-o", str(vault), "--db", str(db))
    pages = sorted(vault.glob("*.md"))
    assert len(pages) == 2
    assert all(len(section_ids(p.read_text())) == 1 for p in pages)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in pages)


def test_text_written_inside_postils_section_is_copied_before_it_is_replaced(
    capsys, tmp_path: Path
) -> None:
    db, vault = tmp_path / "a.json", tmp_path / "vault"
    vault.mkdir()
    annotate(capsys, db, QUOTE, "platforms")
    run(capsys, "export", "-o", str(vault), "--db", str(db))
    (page,) = vault.glob("*.md")
    # untouched, or only trailing spaces trimmed by an editor: replaced, nothing copied
    page.write_text(page.read_text().replace("\n", "  \n"))
    code, _, err = run(capsys, "export", "-o", str(vault), "--db", str(db))
    assert code == 0 and "kept in" not in err and not (vault / ".postil").exists()
    # a thought typed under a highlight, inside the section
    edited = page.read_text().replace(f"> {QUOTE}", f"> {QUOTE}\n\nMy thought, typed here.", 1)
    assert "My thought" in edited
    page.write_text(edited)
    code, _, err = run(capsys, "export", "-o", str(vault), "--db", str(db))
    (copy,) = (vault / ".postil" / "edited").glob("*.md")
    assert code == 0 and f"kept in {copy}" in err
    assert copy.read_text() == edited  # the page as the user left it
    assert "My thought" not in page.read_text()  # the section is postil's again
    code, _, err = run(capsys, "export", "-o", str(vault), "--db", str(db))
    assert "kept in" not in err  # once copied, the next export is a plain one
