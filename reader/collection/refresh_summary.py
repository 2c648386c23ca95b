"""What a refresh did, in words: one summary line and one line per failure.

Shared by ``postil refresh`` (summary on stdout, failures on stderr) and the library's ``R``
(a toast each), so both say the same thing. Feed titles and item sources come from outside and
are made inert and cut short here.
"""

from __future__ import annotations

from reader.collection.adding import Failure
from reader.collection.kept import Outcome
from reader.collection.refresh import RefreshReport
from reader.library.inert import display_name
from reader.text.wording import plural


def refresh_summary(report: RefreshReport, feeds: int) -> tuple[str, list[str]]:
    """(summary line, failure lines) of ``report`` over ``feeds`` subscriptions."""
    errors = [
        f"feed {display_name(sub.title or sub.url)[:60]}: {display_name(error)[:200]}"
        for sub, error in report.feed_errors
    ]
    added = sum(1 for r in report.results if isinstance(r, Outcome) and r.status == "added")
    failed = [r for r in report.results if isinstance(r, Failure)]
    errors += [f"item {display_name(failure.message)[:200]}" for failure in failed]
    # every new item is counted: added, already in (same URL or same text), or failed above
    known = len(report.results) - added - len(failed)
    line = (
        f"{plural(feeds, 'feed')} checked: {plural(added, 'new article')}"
        + (f", {known} already in the library" if known else "")
        + f", {report.unchanged} unchanged, {len(report.feed_errors)} failed"
    )
    return line, errors
