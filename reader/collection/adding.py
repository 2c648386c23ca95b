"""``postil add``: what each kind of source becomes (page, feed, file, folder, stdin).

Every source ends in an :class:`Outcome` (added, or already there) or a :class:`Failure` with
one line; one bad source never stops the others. The network and the extraction run outside
the library lock; only the final commit holds it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reader.collection.kept import Collection, CollectionError, Outcome
from reader.collection.prepare import Origin, prepare
from reader.library.errors import ArticleError
from reader.library.inert import display_name
from reader.web import kinds
from reader.web.errors import FetchError
from reader.web.fetch import Fetched, FetchOptions, fetch, make_client
from reader.web.urls import looks_like_url, shown

if TYPE_CHECKING:
    import httpx

#: Files a folder is searched for (a file named explicitly is always tried).
ADDABLE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt", ".md", ".markdown"})
_MARKDOWN = frozenset({".md", ".markdown"})
_HTML = frozenset({".html", ".htm", ".xhtml"})

#: Errors that make one source fail with its message.
SOURCE_ERRORS = (FetchError, ArticleError, CollectionError)


@dataclass(frozen=True)
class Failure:
    source: str
    message: str


Result = Outcome | Failure


@dataclass
class Adder:
    """Adds sources to one collection, sharing one HTTP client between them."""

    collection: Collection
    options: FetchOptions = field(default_factory=FetchOptions)
    #: Told a line of progress ("fetching …") as work starts on each source.
    progress: Callable[[str], None] = lambda _: None
    _client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client(self.options)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str, **conditions: str | None) -> Fetched:
        return fetch(url, self.options, client=self.client, **conditions)

    def add(self, source: str, stdin: BinaryIO | None = None) -> Iterator[Result]:
        """Add one source; yields a result per article (a folder or a feed gives several)."""
        try:
            if source == "-":
                yield self._stdin(stdin or sys.stdin.buffer)
            elif looks_like_url(source) and not Path(source).exists():
                yield from self._url(source)
            else:
                yield from self._path(Path(source).expanduser(), source)
        except SOURCE_ERRORS as error:
            yield Failure(source, str(error))

    # ------------------------------------------------------------------ sources

    def _stdin(self, stream: BinaryIO) -> Result:
        data = stream.read(self.options.max_bytes + 1)
        if len(data) > self.options.max_bytes:
            raise ArticleError(f"standard input is over the {self.options.max_bytes:,}-byte limit")
        if not data.strip():
            raise ArticleError("standard input is empty")
        kind, what = kinds.sniff(data)
        if kind == "other":
            raise ArticleError(f"standard input is {what}, not a page or text")
        if kind == kinds.FEED:
            raise ArticleError("a feed is subscribed to by its URL: postil add FEED_URL")
        return self.collection.commit(prepare(data, kind, Origin(), "stdin"))

    def _url(self, url: str) -> Iterator[Result]:
        self.progress(f"fetching {shown(url)}")
        fetched = self.fetch(url)
        kind, what = kinds.sniff(fetched.data, fetched.content_type)
        if kind == "other":
            raise FetchError(f"{shown(fetched.url)} is {what}, not a web page or a feed")
        if kind == kinds.FEED:
            from reader.collection.refresh import subscribe_to

            yield from subscribe_to(self, url, fetched)
            return
        if kind == kinds.TEXT and fetched.url.lower().endswith((".md", ".markdown")):
            kind = "md"
        origin = Origin(url, fetched.url, content_type=fetched.content_type)
        yield self.collection.commit(prepare(fetched.data, kind, origin, "page"))

    def _path(self, path: Path, given: str) -> Iterator[Result]:
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                raise ArticleError(f"no .html, .txt or .md files in folder: {display_name(given)}")
            for file in files:
                try:
                    yield self._file(file)
                except SOURCE_ERRORS as error:
                    yield Failure(str(file), str(error))
        elif path.exists():
            yield self._file(path)
        else:
            raise ArticleError(f"no such file or folder: {display_name(given)}")

    def _file(self, path: Path) -> Result:
        from reader.library.decoding import read_bytes

        self.progress(f"reading {display_name(path.name)}")
        data = read_bytes(path)
        if not data.strip():
            raise ArticleError(f"empty file: {display_name(path.name)}")
        suffix = path.suffix.lower()
        if suffix in _HTML:
            kind = kinds.HTML
        elif suffix in _MARKDOWN:
            kind = "md"
        else:
            kind, what = kinds.sniff(data)
            if kind == "other":
                raise ArticleError(f"{display_name(path.name)} is {what}, not a page or text")
            kind = kinds.TEXT if kind == kinds.FEED else kind
        origin = Origin(path=path.resolve())
        return self.collection.commit(prepare(data, kind, origin, path.stem))


def _walk(folder: Path) -> Iterator[Path]:
    """Addable files under ``folder``, recursively, in name order, hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ADDABLE_SUFFIXES:
                yield Path(root) / name
