"""The breakpoint classes a screen is made with are those Textual gives it at that size."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.geometry import Size
from textual.screen import Screen

from reader.ui.breakpoints import breakpoint_classes
from reader.ui.dialogs.annotate import AnnotateDialog
from reader.ui.screens.article import WIDE, ArticleScreen


class _App(App[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-app-small"), (100, "-app-big")]  # noqa: RUF012


@pytest.mark.parametrize(
    ("screen", "size", "classes"),
    [
        (ArticleScreen, (WIDE - 1, 40), {"-narrow"}),
        (ArticleScreen, (WIDE, 40), {"-wide"}),  # a breakpoint is reached at its own size
        (AnnotateDialog, (69, 29), {"-narrow", "-short"}),
        (AnnotateDialog, (70, 30), {"-wide", "-tall"}),
        (AnnotateDialog, (200, 60), {"-wide", "-tall"}),
        (Screen, (99, 20), {"-app-small"}),  # no breakpoints of its own: the app's
        (Screen, (100, 20), {"-app-big"}),
    ],
)
def test_classes_follow_textuals_rule(
    screen: type, size: tuple[int, int], classes: set[str]
) -> None:
    assert breakpoint_classes(screen, _App, Size(*size)) == classes  # type: ignore[arg-type]


def test_no_breakpoints_no_classes() -> None:
    assert breakpoint_classes(Screen, App, Size(80, 24)) == set()  # type: ignore[arg-type]
