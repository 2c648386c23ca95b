"""The passage a target points at, from its selectors: a quote with context, and positions.

postil finds a passage by a ``TextQuoteSelector`` (and a ``TextPositionSelector`` as a hint),
as the Hypothesis client and most text annotators do. The other selectors of the model
(``RangeSelector``, ``XPathSelector``, ``CssSelector``, ``FragmentSelector``…) address markup
postil does not keep, and a ``refinedBy`` narrows a passage the outer selector already
gives: they are ignored, each kind noted once per file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from annotations.interchange import jsonld
from annotations.interchange.records import ParseResult

QUOTE = "TextQuoteSelector"
POSITION = "TextPositionSelector"


@dataclass(frozen=True, slots=True)
class Passage:
    """What the selectors say: the quote and its context, and code-point positions if given."""

    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def usable(self) -> bool:
        """Whether there is anything to find the passage by."""
        return bool(self.exact) or self.start is not None


def read_selectors(selectors: list[Any], result: ParseResult) -> Passage:
    """The passage described by ``selectors`` (the first quote and first position win)."""
    quote: Mapping[str, Any] | None = None
    position: tuple[int, int] | None = None
    for raw in selectors:
        if not isinstance(raw, dict):
            result.remark("selectors given as links (IRIs) ignored: a file cannot follow them")
            continue
        selector = jsonld.normalized(raw)
        kinds = jsonld.types_of(selector)
        if "refinedBy" in selector:
            result.remark("refinedBy ignored: the selector it refines is used as is")
        if QUOTE in kinds or (not kinds and "exact" in selector):
            quote = quote or selector
        elif POSITION in kinds:
            position = position or _positions(selector, result)
        else:
            name = ", ".join(sorted(kinds)) or "untyped selector"
            result.remark(f"{name} ignored: postil reads TextQuote and TextPosition selectors")
    start, end = position if position else (None, None)
    if quote is None:
        return Passage(start=start, end=end)
    return Passage(
        exact=jsonld.text(quote.get("exact")) or "",
        prefix=jsonld.text(quote.get("prefix")) or "",
        suffix=jsonld.text(quote.get("suffix")) or "",
        start=start,
        end=end,
    )


def _positions(selector: Mapping[str, Any], result: ParseResult) -> tuple[int, int] | None:
    start, end = jsonld.integer(selector.get("start")), jsonld.integer(selector.get("end"))
    if start is None or end is None or start >= end:
        result.remark("TextPositionSelectors without a valid start < end ignored")
        return None
    return start, end
