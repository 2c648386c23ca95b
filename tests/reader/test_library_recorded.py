"""The summary a kept article records in its front matter is the one a full clean gives, is
used only while the file is as written, and a forged one shows only bounded, inert text."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from reader.collection.kept import Collection, NewArticle, kept_document
from reader.collection.prepare import Origin, prepare
from reader.library import Library, recorded
from reader.library.article import article_from_bytes
from reader.library.bulk_summaries import listed_summary
from reader.library.recorded import KEY, MAX_LINE, MAX_RECORDED, recorded_summary
from reader.library.sections import SECTION_FROM
from reader.library.summaries import Summary, SummaryCache
from tests.reader import list_fixture


def _cleaned(data: bytes, path: Path) -> Summary:
    """What a list made of ``data`` before it had recorded summaries: a full clean."""
    return Summary.of(article_from_bytes(data, path, "library/" + path.stem))


def _listed(path: Path) -> Summary:
    """What a list with no summary cache shows of the file at ``path``."""
    return listed_summary("library/" + path.stem, str(path), path.name, os.stat(path))


def _kept(data: bytes, kind: str, name: str, url: str | None = None) -> tuple[bytes, Path]:
    path = Path("/library/articles") / f"20240101-000000-{name}.md"  # not written
    new = prepare(data, kind, Origin(url=url, feed=url and f"{url}/feed"), name)
    return kept_document(new, path), path


def _corpus() -> list[tuple[bytes, str, str]]:
    texts = [(p.read_bytes(), "text", p.stem) for p in list_fixture.corpus()]
    return [*texts, (list_fixture.MARKDOWN.encode(), "md", "council")]


def test_the_recorded_summary_is_the_full_clean_of_every_seed_and_test_article() -> None:
    for n, (data, kind, name) in enumerate(_corpus()):
        document, path = _kept(data, kind, name, f"https://example.com/{n}" if n % 2 else None)
        assert document.count(f"\n{KEY}: ".encode()) == 1, name
        assert recorded_summary(document, path.name) == _cleaned(document, path), name


def test_a_list_reads_the_recorded_summary_and_cleans_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, kind, name = _corpus()[0]
    outcome = Collection(tmp_path).commit(prepare(data, kind, Origin(), name))
    path = Collection(tmp_path).path_of(outcome.article_id.removeprefix("library/"))
    expected = _cleaned(path.read_bytes(), path)
    monkeypatch.setattr("reader.library.article.article_from_bytes", _no_cleaning)
    assert _listed(path) == expected


def _no_cleaning(*_: object) -> None:
    raise AssertionError("the article was cleaned")


def _edited(document: bytes, old: bytes, new: bytes) -> bytes:
    assert old in document
    return document.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b" the ", b" the the "),  # a word more in the body
        (b" the ", b" thx "),  # the same size and word count, but another fingerprint
        (b'\ntitle: "', b'\ntitle: "Edited '),  # the header
        (b"\n---\n\n", b"\n---\n\nA new first paragraph.\n\n"),
    ],
)
def test_an_edited_file_gets_a_fresh_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: bytes, new: bytes
) -> None:
    data, kind, name = _corpus()[1]
    document, kept = _kept(data, kind, name)
    edited = _edited(document, old, new)
    path = _written(tmp_path / kept.name, edited)
    assert recorded_summary(edited, path.name) is None
    fresh = _cleaned(edited, path)
    assert fresh != _cleaned(document, path)  # a summary from the size alone would be stale
    cleanings: list[object] = []
    clean = article_from_bytes

    def counted(*args: object) -> object:
        cleanings.append(args)
        return clean(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("reader.library.article.article_from_bytes", counted)
    assert _listed(path) == fresh
    assert cleanings


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_renamed_file_gets_a_fresh_summary(tmp_path: Path) -> None:
    """Its name is checked too: a title may come from it, and its suffix says how it is read."""
    document, path = _kept(*_corpus()[0][:2], "named")
    assert recorded_summary(document, path.name) is not None
    assert recorded_summary(document, "20240101-000000-renamed.md") is None
    assert recorded_summary(document, path.stem + ".txt") is None


def test_a_summary_made_by_other_cleaning_code_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    document, path = _kept(*_corpus()[2][:2], "x")
    assert recorded_summary(document, path.name) is not None
    monkeypatch.setattr(recorded, "code_digest", lambda: "another postil")
    assert recorded_summary(document, path.name) is None


def _forged(document: bytes, name: str, **changes: object) -> bytes:
    """``document`` with its line changed as a forger would, check recomputed."""
    start = document.index(f"\n{KEY}: ".encode()) + 1
    end = document.index(b"\n", start)
    fields = json.loads(document[start + len(KEY) + 2 : end])
    fields.update(changes)
    head, tail = document[:start], document[end + 1 :]
    fields["check"] = recorded._check(name, head, tail)
    line = f"{KEY}: {json.dumps(fields)}\n".encode()
    return head + line + tail


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "\x1b]0;owned\x07Title"},  # an escape sequence
        {"authors": ["Ana\x1b[2J"]},
        {"title": "x" * MAX_LINE},  # a line longer than postil writes
        {"authors": ["a" * 100] * 200},
        {"words": "many"},
        {"words": -1},
        {"error": "planted"},
        {"key": "text:../../etc"},
        {"key": "anything"},
        {"extra": 1},
    ],
)
def test_a_forged_summary_that_is_not_bounded_and_inert_is_not_used(
    tmp_path: Path, changes: dict[str, object]
) -> None:
    document, kept = _kept(*_corpus()[3][:2], "forged")
    assert recorded_summary(_forged(document, kept.name), kept.name) is not None  # sound forging
    forged = _forged(document, kept.name, **changes)
    assert recorded_summary(forged, kept.name) is None
    path = _written(tmp_path / kept.name, forged)
    assert _listed(path) == _cleaned(forged, path)


def test_a_forged_but_bounded_summary_only_shows_what_it_says() -> None:
    """The check is no secret: a well-formed forgery is shown, as a forged title would be."""
    document, path = _kept(*_corpus()[3][:2], "forged")
    summary = recorded_summary(_forged(document, path.name, title="Forged", words=3), path.name)
    assert summary is not None
    assert (summary.title, summary.words) == ("Forged", 3)


def test_what_gets_no_line_is_cleaned_as_before(tmp_path: Path) -> None:
    path = tmp_path / "20240101-000000-plain.md"
    document, _ = _kept(*_corpus()[0][:2], "plain")
    plain = re.sub(rb"\npostil_listing: [^\n]*", b"", document)
    assert plain != document
    assert recorded_summary(plain, path.name) is None
    big = b"---\nid: x\n---\n\n" + b"word " * (MAX_RECORDED // 5)
    assert recorded.with_recorded_summary(big, path) == big
    assert recorded.with_recorded_summary(b"no front matter\n", path) == b"no front matter\n"


def test_recorded_files_are_no_bigger_than_those_read_whole() -> None:
    """A file past SECTION_FROM is read a section at a time: its clean may differ."""
    assert MAX_RECORDED <= SECTION_FROM


def test_a_cold_list_cleans_only_the_articles_that_record_no_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main
    from reader.library import article

    for name, value in list_fixture.build(tmp_path).items():
        monkeypatch.setenv(name, value)
    cleaned: list[str] = []
    clean = article.article_from_bytes

    def counted(data: bytes, path: Path, article_id: str) -> article.Article:
        cleaned.append(path.name)
        return clean(data, path, article_id)

    monkeypatch.setattr(article, "article_from_bytes", counted)
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sum(row["id"].startswith("library/") for row in rows) == len(_corpus()[:40]) + 1
    assert cleaned  # the seeds, plain .txt files
    assert not [name for name in cleaned if name.endswith(".md")]


def test_an_article_named_under_the_lock_records_the_summary_of_its_own_file(
    tmp_path: Path,
) -> None:
    """Two adds of one title in one second: the second's name (``-2``) is only known under
    the lock, and its document, made before it for the first name, is made again."""
    data, kind, name = _corpus()[2]
    first = prepare(data, kind, Origin(), name)
    second = prepare(data + b"\n\nOne more paragraph.", kind, Origin(), name)
    second = NewArticle(first.title, second.document, b"", "txt", ("other",), first.added)
    collection = Collection(tmp_path)
    outcomes = collection.commit_many([first, second])
    stems = [outcome.article_id.removeprefix("library/") for outcome in outcomes]  # type: ignore[union-attr]
    assert stems[1] == stems[0] + "-2"
    for stem in stems:
        path = collection.path_of(stem)
        data = path.read_bytes()
        assert f'\nid: "library/{stem}"\n'.encode() in data
        assert recorded_summary(data, path.name) == _cleaned(data, path)


def _kept_library(tmp_path: Path) -> tuple[Library, Path]:
    """A library of one kept article (the first seed), with an empty summary cache."""
    data, kind, name = _corpus()[0]
    outcome = Collection(tmp_path / "kept").commit(prepare(data, kind, Origin(), name))
    path = Collection(tmp_path / "kept").path_of(outcome.article_id.removeprefix("library/"))
    library = Library.default(SummaryCache(tmp_path / "summaries"), kept=tmp_path / "kept")
    return library, path


def test_the_reader_lists_a_kept_article_by_its_recorded_summary_and_cleans_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, path = _kept_library(tmp_path)
    expected = _cleaned(path.read_bytes(), path)
    entry = next(e for e in library.entries if e.path == path)
    monkeypatch.setattr("reader.library.article.article_from_bytes", _no_cleaning)
    assert library.summary(entry) == expected
    # cached as a read one is: asked again, the file is not even read
    monkeypatch.setattr("reader.library.recorded.recorded_in_file", _no_cleaning)
    assert library.summary(entry) == expected


def test_the_reader_cleans_a_kept_article_edited_by_hand(tmp_path: Path) -> None:
    library, path = _kept_library(tmp_path)
    path.write_bytes(_edited(path.read_bytes(), b" the ", b" the the "))
    entry = next(e for e in library.entries if e.path == path)
    assert recorded.recorded_in_file(str(path), os.stat(path)) is None
    assert library.summary(entry) == _cleaned(path.read_bytes(), path)
