"""``postil add``: pages, files, folders and stdin land in the kept library, once each."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import yaml
from pytest_httpserver import HTTPServer

from reader.cli import main
from reader.collection.adding import Adder, Failure
from reader.collection.kept import Collection, Outcome
from tests.web.conftest import PARAGRAPHS, page


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _front(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def serve_article(httpserver: HTTPServer, path: str = "/news/council", **head: str) -> str:
    extra = "".join(f'<meta name="{k}" content="{v}">' for k, v in head.items())
    canonical = f'<link rel="canonical" href="{httpserver.url_for("/canonical/council")}">'
    httpserver.expect_request(path).respond_with_data(
        page("Council to publish contracts", *PARAGRAPHS, head=extra + canonical),
        content_type="text/html; charset=utf-8",
    )
    return httpserver.url_for(path)


def test_add_a_page_keeps_markdown_with_front_matter_and_the_original(
    capsys, httpserver: HTTPServer, library: Collection
) -> None:
    url = serve_article(httpserver, author="Ann Reporter")
    code, out, err = run(capsys, "add", url)
    assert code == 0, err
    assert out.startswith("added: Council to publish contracts (library/")
    [stem] = library.stems()
    front = _front(library.path_of(stem))
    assert front["title"] == "Council to publish contracts"
    assert front["url"] == url
    assert front["canonical_url"] == httpserver.url_for("/canonical/council")
    assert front["id"] == f"library/{stem}"
    assert len(str(front["fingerprint"])) == 20 and front["added"]
    original = library.original_of(stem)
    assert original is not None and original.name.endswith(".html.gz")
    assert b"Council to publish contracts" in gzip.decompress(original.read_bytes())
    body = library.path_of(stem).read_text(encoding="utf-8")
    assert PARAGRAPHS[1] in body


def test_the_same_url_or_canonical_url_twice_is_not_duplicated(
    capsys, httpserver: HTTPServer, library: Collection
) -> None:
    url = serve_article(httpserver)
    assert run(capsys, "add", url)[0] == 0
    code, out, _ = run(capsys, "add", url + "#comments")
    assert code == 0 and out == "already in the library: Council to publish contracts\n"
    other = serve_article(httpserver, "/amp/council")  # same canonical URL, other address
    assert run(capsys, "add", other)[1].startswith("already in the library")
    assert len(library.stems()) == 1


def test_the_same_text_from_two_files_is_not_duplicated(
    capsys, tmp_path: Path, library: Collection
) -> None:
    text = "Council to publish contracts\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("\n\n", "\r\n\r\n"), encoding="utf-8")
    assert run(capsys, "add", str(first))[0] == 0
    code, out, _ = run(capsys, "add", str(second))
    assert code == 0 and "already in the library" in out
    assert len(library.stems()) == 1


def test_a_markdown_file_without_a_title_is_named_by_its_title_when_added_again(
    capsys, tmp_path: Path, library: Collection
) -> None:
    """It keeps no title in its front matter (the one found in its text is found again)."""
    source = tmp_path / "note.md"
    source.write_text("Local note\n\nSome text about Paris and Berlin in 2024. It goes on.\n")
    assert run(capsys, "add", str(source))[0] == 0
    [stem] = library.stems()
    assert "title" not in _front(library.articles / f"{stem}.md")
    code, out, _ = run(capsys, "add", str(source))
    assert code == 0
    assert out.strip() == "already in the library: Some text about Paris and Berlin in 2024"


def test_a_text_file_titled_by_its_first_sentence_keeps_that_sentence(
    capsys, tmp_path: Path, library
) -> None:
    """No headline: the title is the first sentence, and the kept copy (which carries that
    title) still shows the sentence; it used to be hidden as a repeat of the title."""
    source = tmp_path / "local.txt"
    source.write_text("Local note\n\nSome text about Paris and Berlin in 2024.\n")
    _, out, _ = run(capsys, "show", str(source), "--json")
    direct = json.loads(out)
    assert direct["title"] == "Some text about Paris and Berlin in 2024"
    assert run(capsys, "add", str(source))[0] == 0
    [stem] = library.stems()
    _, out, _ = run(capsys, "show", f"library/{stem}", "--json")
    kept = json.loads(out)
    assert kept["text"] == direct["text"] == "Local note\nSome text about Paris and Berlin in 2024."
    assert kept["title"] == direct["title"]


def test_a_text_file_reads_back_as_the_same_text(capsys, tmp_path: Path, library) -> None:
    source = tmp_path / "notes.txt"
    tricky = "Prices rose 5% * 2 in [brackets] with_under_scores and #hash, `ticks` > arrows."
    source.write_text(f"Markets today\n\n{PARAGRAPHS[0]}\n\n{tricky}\n\n- not a list\n")
    _, out, _ = run(capsys, "show", str(source), "--json")
    direct = json.loads(out)
    assert run(capsys, "add", str(source))[0] == 0
    [stem] = library.stems()
    _, out, _ = run(capsys, "show", f"library/{stem}", "--json")
    kept = json.loads(out)
    assert kept["text"] == direct["text"]
    assert tricky in kept["text"] and "- not a list" in kept["text"]
    assert (library.articles / f"{stem}.txt.gz").exists()


def test_markdown_links_are_kept_as_offsets(capsys, tmp_path: Path, library) -> None:
    source = tmp_path / "linked.md"
    source.write_text(
        "---\ntitle: Links\n---\n\nRead [the report](https://example.org/r?a=1) "
        "and **[the annex](https://example.org/annex)** now.\n"
    )
    assert run(capsys, "add", str(source))[0] == 0
    [stem] = library.stems()
    _, out, _ = run(capsys, "show", f"library/{stem}", "--json")
    shown = json.loads(out)
    assert shown["text"] == "Read the report and the annex now."
    spans = [(shown["text"][k["start"] : k["end"]], k["url"]) for k in shown["links"]]
    assert spans == [
        ("the report", "https://example.org/r?a=1"),
        ("the annex", "https://example.org/annex"),
    ]
    assert "[the report](https://example.org/r?a=1)" in library.path_of(stem).read_text()


def test_a_folder_adds_every_article_and_says_which_failed(capsys, tmp_path: Path, library) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "one.html").write_bytes(page("First story", *PARAGRAPHS))
    (folder / "two.md").write_text("# Second story\n\n" + PARAGRAPHS[2] + "\n")
    (folder / "empty.txt").write_text("   \n")
    (folder / "skip.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "add", str(folder))
    assert code == 1
    assert out.count("added: ") == 2
    assert err.count("\n") == 1 and "empty.txt" in err and "empty file" in err
    assert len(library.stems()) == 2


def test_stdin_page(library: Collection) -> None:
    adder = Adder(library)
    stdin = io.BytesIO(page("From a pipe", *PARAGRAPHS))
    [result] = adder.add("-", stdin)
    assert isinstance(result, Outcome) and result.status == "added"
    assert result.title == "From a pipe"
    [again] = Adder(library).add("-", io.BytesIO(page("From a pipe", *PARAGRAPHS)))
    assert isinstance(again, Outcome) and again.status == "exists"


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"", "empty"), (b"%PDF-1.4 ...", "a PDF document"), (b"<rss version='2.0'>", "feed")],
)
def test_stdin_that_is_not_an_article(library: Collection, data: bytes, words: str) -> None:
    [result] = Adder(library).add("-", io.BytesIO(data))
    assert isinstance(result, Failure) and words in result.message


def test_a_pdf_url_is_named(capsys, httpserver: HTTPServer, library) -> None:
    httpserver.expect_request("/doc").respond_with_data(b"%PDF-1.7 x", content_type="text/html")
    code, _, err = run(capsys, "add", httpserver.url_for("/doc"))
    assert code == 1 and "is a PDF document, not a web page" in err
    assert len(err.strip().splitlines()) == 1 and not library.stems()


def test_a_page_with_no_text_is_refused(capsys, httpserver: HTTPServer, library) -> None:
    httpserver.expect_request("/nav").respond_with_data(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", content_type="text/html"
    )
    code, _, err = run(capsys, "add", httpserver.url_for("/nav"))
    assert code == 1 and err.startswith("postil: ") and "Traceback" not in err
    assert not library.stems()


def test_javascript_url_is_refused(capsys, library) -> None:
    code, _, err = run(capsys, "add", "javascript:alert(1)")
    assert code == 1 and "unsupported URL scheme" in err


def test_no_path_opens_the_seeds_and_the_kept_articles(capsys, httpserver, library) -> None:
    run(capsys, "add", serve_article(httpserver))
    _, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 6 and rows[0]["id"].startswith("seeds/")
    kept = rows[5]
    assert kept["id"].startswith("library/") and kept["state"] == "unread"
    assert kept["title"] == "Council to publish contracts" and kept["words"] > 40


def test_an_html_path_is_read_without_being_added(capsys, tmp_path: Path, library) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(page("Saved page", *PARAGRAPHS))
    code, out, _ = run(capsys, "show", str(saved), "--plain")
    assert code == 0 and out.startswith("Saved page\n")
    assert "<p>" not in out and PARAGRAPHS[0] in out
    code, out, _ = run(capsys, "list", "-L", str(tmp_path), "--json")
    assert [row["title"] for row in json.loads(out)] == ["Saved page"]
    assert not library.stems()


def test_list_show_and_search_give_the_byline_and_the_day_as_the_reader_does(
    capsys, httpserver: HTTPServer, library: Collection
) -> None:
    """People read the day of a page's timestamp and its author in ``list``, ``show`` and
    ``search`` as in the reader's screens; ``--json`` keeps the timestamp as the page gave it."""
    url = serve_article(httpserver, author="Ann Reporter", date="2026-11-30T09:00:00Z")
    assert run(capsys, "add", url)[0] == 0
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert " · Ann Reporter · 2026-11-30 · " in out and "T09:00" not in out
    code, out, _ = run(capsys, "show", "Council to publish contracts")
    assert code == 0
    assert out.splitlines()[1].startswith("Ann Reporter · 2026-11-30 · ")
    code, out, _ = run(capsys, "list", "--json")
    [row] = [r for r in json.loads(out) if r["id"].startswith("library/")]
    assert row["date"] == "2026-11-30T09:00:00Z" and row["authors"] == ["Ann Reporter"]
    code, out, _ = run(capsys, "search", "contracts")
    assert code == 0 and " · Ann Reporter · 2026-11-30" in out
    code, out, _ = run(capsys, "search", "contracts", "--json")
    [found] = json.loads(out)["results"]
    assert found["authors"] == ["Ann Reporter"] and found["date"] == "2026-11-30T09:00:00Z"
