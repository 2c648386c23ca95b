"""Fetching one URL with httpx: bounded in time, in redirects and in size, errors in one line.

Nothing here runs JavaScript or follows anything but HTTP redirects. The body is streamed and
the download stops as soon as it passes the size limit (counted after decompression, so a small
gzip bomb is stopped too). Conditional requests (ETag, Last-Modified) let ``postil refresh``
ask a feed "anything new?" for the price of a 304.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader import __version__
from reader.web.errors import FetchError
from reader.web.urls import check_url, shown

if TYPE_CHECKING:
    import ssl

    import httpx

USER_AGENT = f"postil/{__version__}"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetch; the settings file can change the first two."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class Fetched:
    """A response postil may read (2xx, or 304 when ``not_modified``)."""

    url: str  # after redirects
    content_type: str | None
    data: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


@cache
def _tls_context() -> ssl.SSLContext:
    """The TLS settings every client uses: httpx's defaults, built once per process.

    Building them loads the CA bundle, about 60 ms of CPU, which every ``postil add`` from the
    TUI and every fetch without a client paid again; a context is safe to share between
    clients and threads.
    """
    import httpx

    return httpx.create_ssl_context()


def make_client(options: FetchOptions) -> httpx.Client:
    """A client for many fetches (connections reused; safe to share between threads)."""
    import httpx

    return httpx.Client(
        verify=_tls_context(),
        follow_redirects=True,
        max_redirects=options.max_redirects,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
    )


def fetch(
    url: str,
    options: FetchOptions | None = None,
    *,
    client: httpx.Client | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url``; raises :class:`FetchError` (one line) for anything but a usable answer."""
    import httpx

    options = options or FetchOptions()
    url = check_url(url)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    client = client or make_client(options)
    try:
        with client.stream("GET", url, headers=headers) as response:
            return _read(response, url, options)
    except httpx.HTTPError as error:
        raise FetchError(_explain(error, url, options)) from None
    finally:
        if own:
            client.close()


def _read(response: httpx.Response, url: str, options: FetchOptions) -> Fetched:
    final = str(response.url)
    found = (response.headers.get("etag"), response.headers.get("last-modified"))
    if response.status_code == 304:
        return Fetched(final, None, b"", *found, not_modified=True)
    if response.status_code >= 400:
        reason = response.reason_phrase or "error"
        raise FetchError(f"HTTP {response.status_code} {reason}: {shown(final)}")
    if response.status_code >= 300:  # a redirect without a Location
        raise FetchError(f"HTTP {response.status_code} without a usable redirect: {shown(final)}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise FetchError(_too_big(int(declared), final, options))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(_too_big(size, final, options, at_least=True))
        chunks.append(chunk)
    return Fetched(final, response.headers.get("content-type"), b"".join(chunks), *found)


def _too_big(size: int, url: str, options: FetchOptions, at_least: bool = False) -> str:
    limit = options.max_bytes / 1024 / 1024
    over = "over " if at_least else ""
    return (
        f"page too large ({over}{size / 1024 / 1024:.1f} MB; the limit is {limit:g} MB, "
        f"max_page_mb in config.toml): {shown(url)}"
    )


def _explain(error: Exception, url: str, options: FetchOptions) -> str:
    """One line for an httpx error: DNS, refused, timeout, redirects, TLS, protocol."""
    import httpx

    host = urlsplit(url).hostname or url
    text = str(error)
    if isinstance(error, httpx.TooManyRedirects):
        return f"too many redirects (over {options.max_redirects}) from {shown(url)}"
    if isinstance(error, httpx.TimeoutException):
        return (
            f"no answer from {host} within {options.timeout:g} s (timeout; "
            f"fetch_timeout in config.toml)"
        )
    if isinstance(error, httpx.UnsupportedProtocol):
        return f"redirected to an unsupported URL scheme (http and https only) from {shown(url)}"
    if isinstance(error, httpx.ConnectError):
        return _connect_error(error, host, text)
    if isinstance(error, httpx.DecodingError):
        return f"the server sent a body that cannot be decompressed: {shown(url)}"
    reason = text.splitlines()[0] if text else type(error).__name__
    return f"cannot fetch {shown(url)}: {shown(reason, 160)}"


def _connect_error(error: Exception, host: str, text: str) -> str:
    cause = error.__cause__ or error.__context__
    number = getattr(cause, "errno", None)
    lowered = text.lower()
    dns = ("name or service not known", "nodename nor servname", "getaddrinfo", "name resolution")
    if any(word in lowered for word in dns) or number in (-2, -3, -5, 8):
        return f"cannot find the host {host} (DNS lookup failed; offline?)"
    if number == errno.ECONNREFUSED or "refused" in lowered:
        return f"connection refused by {host} (nothing listening there?)"
    if "certificate" in lowered or "ssl" in lowered:
        return f"TLS/certificate problem with {host}: {shown(text.splitlines()[0], 120)}"
    return f"cannot connect to {host}: {shown(text.splitlines()[0] if text else 'error', 120)}"
