"""Which URLs postil will fetch, and the one form of a URL used to tell articles apart.

Only ``http`` and ``https`` go to the network. A local file is added by its path, never as
``file:``, and ``javascript:``, ``data:``, ``ftp:`` and the rest are refused: a link in a page
or a feed is untrusted and must not make postil read the disk or run anything.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.library.inert import display_name
from reader.web.errors import FetchError

#: URLs longer than this are not URLs a person or a feed means (and would flood a message).
MAX_URL = 4096
#: Query parameters that only track where a reader came from: the same article without them.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def looks_like_url(text: str) -> bool:
    """True when ``text`` starts with a scheme (``https:``, ``javascript:``), not a path."""
    head, sep, _ = text.partition(":")
    return bool(sep) and len(head) > 1 and head.replace("+", "").replace("-", "").isalnum()


def shown(url: str, limit: int = 120) -> str:
    """``url`` safe and short enough for a one-line message."""
    url = display_name(url)
    return url if len(url) <= limit else url[: limit - 1] + "…"


def check_url(url: str) -> str:
    """``url`` stripped, if postil may fetch it; else a :class:`FetchError` saying why."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise FetchError(f"URL too long ({len(url):,} characters): {shown(url)}")
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise FetchError(f"not a valid URL ({error}): {shown(url)}") from None
    scheme = parts.scheme.lower()
    if scheme == "file":
        raise FetchError(f"file: URLs are not fetched; pass the file's path instead: {shown(url)}")
    if scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {scheme or '(none)'!r} (http and https only)")
    if not parts.hostname:
        raise FetchError(f"URL without a host: {shown(url)}")
    return url


def normalized(url: str) -> str:
    """The form two URLs of one article share: no fragment, no tracking parameters, the
    scheme and host lowercased, no default port and no trailing slash on the path."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING)
    ]
    path = parts.path.rstrip("/") or ""
    return urlunsplit((scheme, host, path, urlencode(query), ""))
