"""A small library of made-up articles in a temporary folder, and a search index over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.store import AnnotationStore
from reader.library import Library
from reader.search.index import SearchIndex

ARTICLES = {
    "cocoa.txt": (
        "Ghana secures cocoa loan\n\n"
        "ACCRA, May 2, 2024 — Ghana’s cocoa board signed a $1.3 billion loan with a group of "
        "banks on Thursday, the Central Bank of Ghana said. Elon Musk was not involved.\n\n"
        "Farmers in Kumasi welcomed the news. “We need the money,” said Kofi Mensah."
    ),
    "zurich.txt": (
        "Café owners in Zürich protest rents\n\n"
        "Published 3 June 2023\n\n"
        "Owners of cafés in Zürich marched on Saturday against rising rents. The city council "
        "said it would study regulation. Regulators in Bern declined to comment."
    ),
    "tesla.txt": (
        "Tesla profits fall\n\n"
        "Tesla reported lower profits on Wednesday. Elon Musk said demand would recover. "
        "Musk’s company cut prices in China and Europe."
    ),
}


def write_library(folder: Path, articles: dict[str, str] = ARTICLES) -> Library:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Library.from_paths([folder])


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return write_library(tmp_path / "articles")


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "notes" / "annotations.json")


@pytest.fixture
def index(tmp_path: Path, library: Library, store: AnnotationStore) -> SearchIndex:
    built = SearchIndex(tmp_path / "index")
    built.update(library, store)
    return built
