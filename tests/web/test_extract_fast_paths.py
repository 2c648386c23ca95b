"""The shortcuts that make extracting a 2 MB page fast give what the plain code gives.

Childless paragraphs skip the per-element walks (elide, splice, body blocks); the page rules'
XPath were rewritten to visit fewer nodes; the page top searched for a byline and a date is
bounded by its text as well; the minimum-words test stops counting at the minimum. Each is
checked here against the definition it replaces, on the evaluation pages and generated ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree, html

from reader.web import blocks, byline, elide, extract, prepare
from reader.web.blocks import Block
from reader.web.fetch import FetchOptions, make_client
from reader.web.metadata import read_metadata
from tests.web.pagekit import PROSE, page

PAGES = Path(__file__).with_name("pages")
#: The XPath of reader.web.prepare as first written: the definitions the rewrites must equal.
_OLD_HIDDEN = (
    "//*[@hidden or contains(translate(@style,' ',''),'display:none') or "
    "contains(translate(@style,' ',''),'visibility:hidden')]"
)
_OLD_DOUBLE_BREAKS = "//*[br/following-sibling::*[1][self::br]]"
_OLD_LINK_FARMS = "//nav|//ul[count(li)>=15]|//ol[count(li)>=15]"
_ODD = (
    "<div style='display : none'><p>hidden</p></div><div hidden><p>h</p></div>"
    "<div style='color:red'>styled</div><p>a<br><br>b</p><div>x<br> <br>y<br>z</div>"
    "<span>s<br><!-- c --><br>t</span><ol>" + "<li>i</li>" * 15 + "</ol>"
    "<ul>" + "<li>j</li>" * 14 + "</ul><nav>n</nav><ul><li><ul>" + "<li>k</li>" * 16 + "</ul></ul>"
)


def _trees() -> list[html.HtmlElement]:
    pages = [path.read_bytes() for path in sorted(PAGES.glob("*.html"))]
    pages.append(page(PROSE[0] + _ODD).encode())
    return [extract._parse(extract.decode_html(data, None)[0]) for data in pages]


@pytest.mark.parametrize("tree", _trees())
def test_the_rules_xpath_find_what_they_found_before(tree: html.HtmlElement) -> None:
    assert tree.xpath(prepare._HIDDEN) == tree.xpath(_OLD_HIDDEN)
    assert tree.xpath(prepare._DOUBLE_BREAK_PARENTS) == tree.xpath(_OLD_DOUBLE_BREAKS)
    assert prepare.farm_candidates(tree) == tree.xpath(_OLD_LINK_FARMS)


def test_the_odd_page_exercises_each_rewritten_xpath() -> None:
    tree = _trees()[-1]
    assert len(tree.xpath(_OLD_HIDDEN)) == 2
    assert len(tree.xpath(_OLD_DOUBLE_BREAKS)) == 3
    assert len(tree.xpath(_OLD_LINK_FARMS)) == 4  # and the page's own <nav>


def _paragraphs(markup: str) -> list[etree._Element]:
    return list(html.fragment_fromstring(markup, create_parent="div"))


_SAMPLES = (
    "<p>plain text</p><p>  spaced   out\t\n text  </p><p></p><p>   </p><p>nbsp\u00a0here</p>"
    "<p>soft\u00adhyphen and \u200bzero width</p><p>with <a href='/x'>a link</a> inside</p>"
    "<p><a href='/only'>all link text here</a></p><p>line<br>break</p><p><b>bold</b></p>"
    "<p>bell\x07 and tab\tend</p>"
)


@pytest.mark.parametrize("paragraph", _paragraphs(_SAMPLES))
def test_a_paragraph_reads_the_same_with_or_without_children(paragraph: etree._Element) -> None:
    assert elide._raw_text(paragraph) == "".join(paragraph.itertext())
    text = len(paragraph.text_content().strip())
    links = sum(len(a.text_content()) for a in paragraph.iter("a"))
    assert elide._is_plain(paragraph) == (text > 0 and links <= elide._MAX_LINK_SHARE * text)
    out: list[Block] = []
    blocks._paragraph(paragraph, "https://e.org/", out, "p")
    inline = blocks._Inline("https://e.org/")
    breaks: list[int] = []
    inline.walk(paragraph, breaks)
    text_, links_ = inline.result()
    if not breaks:
        assert out == [Block("p", text_, links_)]


_SPACED = st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u3000"), max_size=7)


@given(_SPACED, _SPACED)
def test_two_paragraphs_are_the_same_when_their_folded_texts_are(one: str, two: str) -> None:
    assert elide._same_words(one, two) == (" ".join(one.split()) == " ".join(two.split()))


@given(
    st.lists(st.text(alphabet=st.sampled_from("ab \n\t\u00a0"), max_size=12), max_size=12),
    st.integers(1, 40),
)
def test_the_minimum_words_test_counts_words(texts: list[str], wanted: int) -> None:
    found = [Block("p", text) for text in texts]
    assert extract._has_words(found, wanted) == (extract._words(found) >= wanted)


def _top_text(top: html.HtmlElement) -> int:
    return sum(
        len(e.text or "") + len(e.tail or "") for e in top.iter() if e.tag not in byline._CODE
    )


def test_the_page_top_is_bounded_by_text_as_well_as_elements() -> None:
    script = "<script>var x = '" + "s" * 200_000 + "';</script>"
    huge = "".join(f"<p>{PROSE[n % 4]} ({n})</p>" for n in range(3000))
    tree = html.document_fromstring(page(huge, head=script))
    top = byline.page_top(tree)
    assert _top_text(top) <= byline._DATE_CHARS
    assert top.find(".//script").text == "var x = '" + "s" * 200_000 + "';"
    assert len(list(top.iter())) < 3000
    many = html.document_fromstring(page("".join("<p>a</p>" for _ in range(5000))))
    assert len(list(byline.page_top(many).iter())) == byline._DATE_ELEMENTS
    one = html.document_fromstring(page(f"<pre>{'word ' * 100_000}</pre>"))
    assert _top_text(byline.page_top(one)) == byline._DATE_CHARS


def test_a_byline_and_date_near_the_top_of_a_huge_page_are_still_found() -> None:
    body = "<p class='byline'>By Jane Doe</p><p class='date'>3 May 2024</p>" + "".join(
        f"<p>{PROSE[n % 4]} ({n})</p>" for n in range(6000)
    )
    meta = read_metadata(html.document_fromstring(page(body)))
    assert meta.authors == ["Jane Doe"]
    assert meta.published and meta.published.startswith("2024-05-03")


def test_clients_share_one_tls_context() -> None:
    first, second = make_client(FetchOptions()), make_client(FetchOptions(timeout=3))
    try:
        contexts = [c._transport._pool._ssl_context for c in (first, second)]  # type: ignore[attr-defined]
        assert contexts[0] is contexts[1]
    finally:
        first.close()
        second.close()


@given(st.text(alphabet=st.sampled_from("#-+*09.)>|`~= a\u00a0"), max_size=6))
def test_a_block_start_is_escaped_whatever_character_opens_it(text: str) -> None:
    escaped = "\\" + text if blocks._MD_BLOCK_START.match(text) else text
    assert blocks._md_escape_start(text) == escaped
