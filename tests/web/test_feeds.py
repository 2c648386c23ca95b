"""Feeds: subscribing adds the items' pages; refresh asks conditionally and adds only news."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.cli import main
from reader.collection.feeds import load_feeds
from reader.collection.kept import Collection
from tests.web.conftest import PARAGRAPHS, page, rss


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def serve_items(httpserver: HTTPServer, count: int, prefix: str = "item") -> None:
    for n in range(count):
        httpserver.expect_request(f"/{prefix}/{n}").respond_with_data(
            page(f"Story {n}", f"Story {n} begins here. " + PARAGRAPHS[0], *PARAGRAPHS[1:]),
            content_type="text/html",
        )


def test_adding_a_feed_subscribes_and_adds_its_items(capsys, httpserver, library) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(base, 3), content_type="application/rss+xml"
    )
    serve_items(httpserver, 3)
    code, out, err = run(capsys, "add", httpserver.url_for("/feed.xml"))
    assert code == 0, err
    assert out.splitlines()[0] == "subscribed: Local News"
    assert out.count("added: Story") == 3
    assert len(library.stems()) == 3
    [feed] = load_feeds(library)
    assert feed.title == "Local News" and len(feed.seen) == 3
    code, out, _ = run(capsys, "list", "--json", "--feed", "feed.xml")
    assert len(json.loads(out)) == 3
    # the pages give no date: the feed's own date of each item is kept instead
    assert {row["date"] for row in json.loads(out)} == {"2026-12-01"}


def test_refresh_sends_the_etag_and_adds_nothing_on_304(capsys, httpserver, library) -> None:
    base = httpserver.url_for("").rstrip("/")
    seen_headers: list[str | None] = []

    def feed(request: Request) -> Response:
        seen_headers.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(rss(base, 2), headers={"ETag": '"v1"'}, content_type="application/xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    serve_items(httpserver, 2)
    assert run(capsys, "add", httpserver.url_for("/feed.xml"))[0] == 0
    code, out, _ = run(capsys, "refresh")
    assert code == 0
    assert seen_headers == [None, '"v1"']
    assert "0 new articles, 1 unchanged, 0 failed" in out
    assert len(library.stems()) == 2


def test_refresh_adds_only_new_items(capsys, httpserver, library) -> None:
    base = httpserver.url_for("").rstrip("/")
    served = [rss(base, 2)]
    httpserver.expect_request("/feed.xml").respond_with_handler(
        lambda _: Response(served[0], content_type="application/rss+xml")
    )
    serve_items(httpserver, 4)
    run(capsys, "add", httpserver.url_for("/feed.xml"))
    served[0] = rss(base, 4)
    code, out, _ = run(capsys, "refresh")
    assert code == 0 and "2 new articles" in out
    assert len(library.stems()) == 4


def test_an_item_whose_page_fails_keeps_the_feeds_own_text(capsys, httpserver, library) -> None:
    base = httpserver.url_for("").rstrip("/")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) * 2
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
        f'<entry><title>Full text item</title><id>urn:1</id><link href="{base}/gone"/>'
        f'<updated>2026-12-01T10:00:00Z</updated><content type="html"><![CDATA[{body}]]>'
        f"</content></entry><entry><title>Thin item</title><id>urn:2</id>"
        f'<link href="{base}/gone2"/><updated>2026-12-01T10:00:00Z</updated>'
        "<summary>Too short.</summary></entry></feed>"
    )
    httpserver.expect_request("/atom").respond_with_data(feed, content_type="application/atom+xml")
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    httpserver.expect_request("/gone2").respond_with_data("no", status=500)
    code, out, err = run(capsys, "add", httpserver.url_for("/atom"))
    assert code == 1
    assert "added: Full text item" in out
    assert "Thin item" in err and "HTTP 500" in err and len(err.strip().splitlines()) == 1
    [stem] = library.stems()
    assert PARAGRAPHS[1] in library.path_of(stem).read_text()


def test_a_feed_that_is_not_xml_is_one_line(capsys, httpserver, library) -> None:
    httpserver.expect_request("/bad").respond_with_data(
        "this is { not xml", content_type="application/rss+xml"
    )
    code, _, err = run(capsys, "add", httpserver.url_for("/bad"))
    assert code == 1 and "not a feed" in err and len(err.strip().splitlines()) == 1
    assert load_feeds(library) == []


def test_one_failing_feed_is_one_line_and_the_others_refresh(capsys, httpserver, library) -> None:
    base = httpserver.url_for("").rstrip("/")
    state = {"ok": True}

    def flaky(_: Request) -> Response:
        if state["ok"]:
            return Response(rss(base, 1, "b"), content_type="application/rss+xml")
        return Response("down", status=503)

    httpserver.expect_request("/a.xml").respond_with_data(
        rss(base, 1), content_type="application/rss+xml"
    )
    httpserver.expect_request("/b.xml").respond_with_handler(flaky)
    serve_items(httpserver, 1)
    serve_items(httpserver, 1, "b")
    run(capsys, "add", httpserver.url_for("/a.xml"), httpserver.url_for("/b.xml"))
    state["ok"] = False
    code, out, err = run(capsys, "refresh")
    assert code == 1
    assert err.count("\n") == 1 and "HTTP 503" in err
    assert "2 feeds checked" in out
    code, out, _ = run(capsys, "feeds", "--json")
    rows = json.loads(out)
    assert [bool(row["error"]) for row in rows] == [False, True]


def test_removing_a_feed_keeps_its_articles(capsys, httpserver, library: Collection) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(base, 2), content_type="application/rss+xml"
    )
    serve_items(httpserver, 2)
    run(capsys, "add", httpserver.url_for("/feed.xml"))
    code, out, _ = run(capsys, "feeds")
    assert code == 0 and "Local News" in out
    code, out, _ = run(capsys, "feeds", "remove", "local news")
    assert code == 0 and out.startswith("unsubscribed: Local News")
    assert load_feeds(library) == [] and len(library.stems()) == 2
    code, _, err = run(capsys, "feeds", "remove", "nothing like it")
    assert code == 1 and "no subscription matches" in err


def test_every_new_item_is_added_already_in_or_failed(capsys, httpserver, library) -> None:
    """Two items whose pages carry the same text: one is added, the other is said to be in
    already (it was counted as lost before), and a third that fails is a line on stderr."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(base, 3), content_type="application/rss+xml"
    )
    same = page("Same story", "Same story begins here. " + PARAGRAPHS[0], *PARAGRAPHS[1:])
    for n in (0, 1):
        httpserver.expect_request(f"/item/{n}").respond_with_data(same, content_type="text/html")
    httpserver.expect_request("/item/2").respond_with_data("gone", status=404)
    code, out, err = run(capsys, "add", httpserver.url_for("/feed.xml"))
    assert code == 1
    assert out.count("added: ") == 1 and out.count("already in the library") == 1
    assert err.count("postil: ") == 1
    assert len(library.stems()) == 1
