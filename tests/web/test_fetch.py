"""Fetching: every way a URL can fail is one line, and limits hold (local server only)."""

from __future__ import annotations

import socket
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.web.errors import FetchError
from reader.web.fetch import USER_AGENT, FetchOptions, fetch
from reader.web.kinds import sniff


def _error(url: str, options: FetchOptions | None = None) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, options)
    message = str(caught.value)
    assert "\n" not in message and message
    return message


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_page_is_fetched_with_postils_user_agent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a", headers={"User-Agent": USER_AGENT}).respond_with_data(
        "<html><p>hi</p></html>", content_type="text/html; charset=utf-8"
    )
    fetched = fetch(httpserver.url_for("/a"))
    assert fetched.data == b"<html><p>hi</p></html>"
    assert fetched.content_type.startswith("text/html")
    assert USER_AGENT.startswith("postil/")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
        ("data:text/html,<p>x</p>", "unsupported URL scheme 'data'"),
        ("ftp://example.com/a", "unsupported URL scheme 'ftp'"),
        ("file:///etc/passwd", "pass the file's path"),
        ("http:///nohost", "without a host"),
    ],
)
def test_only_http_and_https_are_fetched(url: str, words: str) -> None:
    assert words in _error(url)


def test_refused_connection() -> None:
    assert "connection refused" in _error(f"http://127.0.0.1:{_closed_port()}/")


def test_unknown_host() -> None:
    assert "DNS lookup failed" in _error("http://no-such-host.invalid/")


def test_timeout(httpserver: HTTPServer) -> None:
    def slow(_: Request) -> Response:
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    message = _error(httpserver.url_for("/slow"), FetchOptions(timeout=0.3))
    assert "within 0.3 s" in message and "timeout" in message


def test_redirect_loop(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    assert "too many redirects" in _error(httpserver.url_for("/loop"))


def test_redirect_to_another_scheme_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/away").respond_with_data(
        "", status=302, headers={"Location": "ftp://example.com/x"}
    )
    assert "unsupported URL scheme" in _error(httpserver.url_for("/away"))


def test_redirects_are_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("moved", content_type="text/plain")
    fetched = fetch(httpserver.url_for("/old"))
    assert fetched.url.endswith("/new") and fetched.data == b"moved"


@pytest.mark.parametrize(("status", "words"), [(404, "HTTP 404"), (500, "HTTP 500"), (403, "403")])
def test_http_errors(httpserver: HTTPServer, status: int, words: str) -> None:
    httpserver.expect_request("/x").respond_with_data("no", status=status)
    assert words in _error(httpserver.url_for("/x"))


def test_size_limit_stops_the_download(httpserver: HTTPServer) -> None:
    big = b"<p>" + b"x" * (25 * 1024 * 1024) + b"</p>"
    httpserver.expect_request("/big").respond_with_data(big, content_type="text/html")
    message = _error(httpserver.url_for("/big"), FetchOptions(max_bytes=5 * 1024 * 1024))
    assert "too large" in message and "limit is 5 MB" in message


def test_size_limit_without_content_length(httpserver: HTTPServer) -> None:
    def chunked(_: Request) -> Response:
        return Response((b"y" * 65536 for _ in range(40)), content_type="text/html")

    httpserver.expect_request("/chunked").respond_with_handler(chunked)
    message = _error(httpserver.url_for("/chunked"), FetchOptions(max_bytes=1024 * 1024))
    assert "too large (over" in message


def test_conditional_request_gets_not_modified(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'}
    )
    fetched = fetch(httpserver.url_for("/feed"), etag='"v1"')
    assert fetched.not_modified and fetched.data == b""


@pytest.mark.parametrize(
    ("data", "content_type", "kind", "what"),
    [
        (b"%PDF-1.7\n...", "application/pdf", "other", "a PDF document"),
        (b"%PDF-1.7\n...", "text/html", "other", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n....", "image/png", "other", "a PNG image"),
        (b"\xff\xd8\xff\xe0....", None, "other", "a JPEG image"),
        (b"<?xml version='1.0'?><rss version='2.0'>", "text/html", "feed", None),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", None, "feed", None),
        (b"<!DOCTYPE html><html><p>x</p>", "application/octet-stream", "html", None),
        (b"Just some words.\n", "text/plain", "text", None),
    ],
)
def test_sniffing(data: bytes, content_type: str | None, kind: str, what: str | None) -> None:
    assert sniff(data, content_type) == (kind, what)
