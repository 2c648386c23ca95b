"""The library's R: feeds are fetched in a worker, a progress bar counts them, the list grows."""

from __future__ import annotations

import threading

from pytest_httpserver import HTTPServer
from textual.widgets import OptionList, ProgressBar
from werkzeug import Response

from annotations.store import AnnotationStore
from reader.collection.adding import Adder
from reader.collection.kept import Collection
from reader.library import Library
from reader.ui.app import create_app
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, settle
from tests.web.conftest import rss
from tests.web.test_feeds import serve_items


def _kept_ids(app) -> list[str]:  # type: ignore[no-untyped-def]
    options = app.screen.query_one("#list", OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    return [i for i in ids if i and i.startswith("library/")]


async def test_r_refreshes_every_feed_with_a_progress_bar(
    httpserver: HTTPServer, library: Collection, tmp_path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    served = [rss(base, 1)]
    release = threading.Event()
    release.set()

    def feed(_: object) -> Response:
        release.wait(30)  # held while the test looks at the bar mid-refresh
        return Response(served[0], content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    serve_items(httpserver, 3)
    adder = Adder(library)
    list(adder.add(httpserver.url_for("/feed.xml")))
    adder.close()
    served[0] = rss(base, 3)
    release.clear()
    workspace = Workspace(
        library=Library.default(kept=library.root),
        store=AnnotationStore(tmp_path / "annotations.json"),
    )
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(_kept_ids(app)) == 1
        assert not app.screen.query("#refresh-progress")  # mounted by the first refresh
        await pilot.press("R")
        await pilot.pause()
        bar = app.screen.query_one("#refresh-progress", ProgressBar)
        assert bar.display and bar.total == 1 and bar.progress == 0
        assert "Refreshing 1 feed" in str(app.screen.query_one("#list-status").render())
        release.set()
        await settle(pilot)
        await pilot.pause()
        assert len(_kept_ids(app)) == 3
        assert not bar.display and bar.progress == 1
        said = [n.message for n in app._notifications]
        assert any("1 feed checked: 2 new articles" in m for m in said)


async def test_r_without_feeds_says_how_to_add_one(library: Collection, tmp_path) -> None:
    workspace = Workspace(
        library=Library.default(kept=library.root),
        store=AnnotationStore(tmp_path / "annotations.json"),
    )
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("R")
        await pilot.pause()
        assert any("No feeds yet" in n.message for n in app._notifications)
