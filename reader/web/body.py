"""The article body of a parsed page, found by trafilatura.

trafilatura leads the public article-extraction benchmarks and, on postil's own evaluation
pages, beat readability-lxml and jusText (see tests/benchmarks/extract_eval.py). It is called on
the tree postil already parsed, with its metadata search off (postil reads metadata itself,
:mod:`reader.web.metadata`), comments off, tables and links on. It never touches the network:
given a tree, it only reads it. It copies the tree before pruning it, so the caller's tree stays
whole.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from functools import cache
from typing import TYPE_CHECKING

from lxml import etree, html

if TYPE_CHECKING:
    from configparser import ConfigParser

#: trafilatura gives up on a body shorter than this (its default, 250, drops short briefs).
_MIN_EXTRACTED_SIZE = 120


@cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = deepcopy(use_config())
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED_SIZE))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timer inside a library
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def find_body(tree: html.HtmlElement, *, recall: bool = False) -> etree._Element | None:
    """trafilatura's body tree for ``tree``, or None when it finds no text.

    The first try is trafilatura's fast mode (its own algorithm only: the readability and
    jusText fallbacks it would otherwise run cost several times more on a large page);
    ``recall`` is the second try when that found little: fallbacks on, doubtful blocks kept.
    trafilatura's own warnings ("discarding data") are silenced: an empty result is reported
    by the caller, in one line.
    """
    from trafilatura import bare_extraction

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    # no URL: trafilatura would resolve links against the host alone ("a.html" on /news/x.html
    # becoming /a.html); postil resolves them itself, against the page's own address
    document = bare_extraction(
        tree,
        url=None,
        include_comments=False,
        include_tables=True,
        include_links=True,
        include_images=False,
        include_formatting=False,
        with_metadata=False,
        favor_recall=recall,
        fast=not recall,
        deduplicate=False,
        config=_config(),
    )
    if document is None:
        return None
    body = document.body if not isinstance(document, dict) else document.get("body")
    return body if body is not None and len(body) else None
