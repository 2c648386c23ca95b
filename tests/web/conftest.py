"""Fixtures for the web side: a private kept library, local pages and feeds, the extractor.

No test here touches the internet: pages and feeds are served by pytest-httpserver on
127.0.0.1.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from reader.collection.kept import Collection


def _has_extractor() -> bool:
    try:
        importlib.import_module("reader.web.extract")
    except ImportError:
        return False
    return True


@pytest.fixture(autouse=True)
def _extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extractor when this branch has it, else the small stand-in."""
    if not _has_extractor():
        from tests.web import fake_extract

        monkeypatch.setitem(sys.modules, "reader.web.extract", fake_extract)


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Collection:
    folder = tmp_path / "library"
    monkeypatch.setenv("POSTIL_LIBRARY", str(folder))
    return Collection(folder)


def page(title: str, *paragraphs: str, head: str = "") -> bytes:
    """A small news page: navigation, the article, a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>© News Co</footer></body></html>"
    ).encode()


PARAGRAPHS = (
    "The city council voted on Tuesday to publish every contract worth more than £500, "
    "a change campaigners had sought for a decade.",
    "Officials said the first list would appear in May, and that older contracts would follow "
    "once the records had been checked by the auditors.",
    "Opposition members welcomed the move but warned that the threshold left many small "
    "payments out of sight, and asked for quarterly reports.",
)


def rss(base: str, count: int, prefix: str = "item") -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/{prefix}/{n}</link>"
        f"<guid>{base}/{prefix}/{n}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>"
        f"<description>Short {n}</description></item>"
        for n in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>'
        f"<link>{base}</link><description>d</description>{items}</channel></rss>"
    ).encode()
