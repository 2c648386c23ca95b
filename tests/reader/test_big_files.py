"""Big files: read a section at a time they give the article read whole; a preview of the
start is the start of it. Sizes are shrunk (monkeypatched) so the tests stay small."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import article as article_module
from reader.library import packed, sections
from reader.library.article import article_from_bytes, article_preview, load_article
from reader.library.errors import ArticleError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_bytes(size: int) -> bytes:
    seeds = b"".join(path.read_bytes() for path in sorted(SEEDS.glob("*.txt")))
    return (seeds * (size // len(seeds) + 1))[:size]


@pytest.fixture
def small_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any file is "big", a section is 20,000 characters, and its paragraphs are packed in
    chunks of 5,000 bytes joined 3,000 bytes at a time."""
    monkeypatch.setattr(article_module, "SECTION_FROM", 0)
    monkeypatch.setattr(sections, "SECTION_CHARS", 20_000)
    monkeypatch.setattr(sections, "_READ_BYTES", 7_001)  # blocks cut characters in two
    monkeypatch.setattr(packed, "CHUNK_BYTES", 5_000)
    monkeypatch.setattr(packed, "PIECE_BYTES", 3_000)


def _same(path: Path) -> None:
    whole = article_from_bytes(path.read_bytes(), path, "x")
    sectioned = load_article(path, "x")
    assert sectioned.text == whole.text
    assert (sectioned.title, sectioned.words, sectioned.hidden_lines) == (
        whole.title,
        whole.words,
        whole.hidden_lines,
    )
    assert sectioned.links == whole.links
    assert sectioned.encoding == whole.encoding


@pytest.mark.usefixtures("small_sections")
def test_seed_text_read_by_sections_is_the_text_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(seed_bytes(300_000))
    _same(path)


@pytest.mark.usefixtures("small_sections")
def test_markdown_front_matter_headings_and_links_survive_sections(tmp_path: Path) -> None:
    block = (
        "Some [link](https://example.org/a) text *em* here and more words\n"
        "that wrap onto a second line.\n\nA Heading Line\n==============\n\n---\n\n"
        "--- \nnot: front matter\n\n"
    )
    path = tmp_path / "big.md"
    path.write_text("---\ntitle: The Big One\n---\n\n# Heading\n\n" + block * 2000)
    _same(path)
    assert load_article(path, "x").title == "The Big One"


@pytest.mark.usefixtures("small_sections")
@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-8", b"")],
)
def test_encodings_read_by_sections(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = seed_bytes(200_000).decode("utf-8", errors="ignore")
    if encoding == "cp1252":
        text = text.encode("cp1252", errors="ignore").decode("cp1252")
    data = prefix + text.encode(encoding)
    if encoding == "utf-8" and not prefix:
        data = data[:150_000] + b"\xff" + data[150_000:]  # one damaged byte in the middle
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    _same(path)


@pytest.mark.usefixtures("small_sections")
def test_a_file_without_blank_lines_is_cut_at_newlines(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(b"".join(f"Paragraph {n} is a sentence.\n".encode() for n in range(20_000)))
    _same(path)


def test_preview_is_the_start_of_the_article(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(seed_bytes(1_000_000))
    preview = article_preview(path, "x", budget=64 * 1024)
    full = load_article(path, "x")
    assert preview is not None
    assert 30_000 < len(preview.text) <= 64 * 1024
    assert full.text.startswith(preview.text)
    assert preview.title == full.title


def test_no_preview_for_a_file_that_fits_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(seed_bytes(10_000))
    assert article_preview(path, "x", budget=64 * 1024) is None


def test_preview_of_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(bytes(range(256)) * 1000)
    with pytest.raises(ArticleError, match="binary"):
        article_preview(path, "x", budget=64 * 1024)


def test_fingerprint_in_pieces_is_the_fingerprint_of_the_whole() -> None:
    """A big text is fingerprinted a piece at a time; the pieces must not change the key."""
    import hashlib
    import random

    from reader.collection.keys import FINGERPRINT_CHARS, fingerprint

    def whole(text: str) -> str:
        folded = " ".join(text.casefold().split()).encode("utf-8")
        return hashlib.sha256(folded).hexdigest()[:FINGERPRINT_CHARS]

    chars = "ab ßΣ\n\u00a0\u3000x  \t"
    rng = random.Random(14)
    for _ in range(500):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 60)))
        for step in (1, 2, 3, 7, 100):
            assert fingerprint(text, step) == whole(text), (text, step)


def test_an_articles_repr_leaves_its_text_out(tmp_path: Path) -> None:
    """Textual describes a worker by the repr of its arguments: an article passed to one
    must not be turned into a string as long as its text."""
    path = tmp_path / "big.txt"
    path.write_bytes(seed_bytes(200_000))
    article = load_article(path, "x")
    assert len(repr(article)) < 1000
