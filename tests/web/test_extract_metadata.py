"""Metadata from the page's own declarations: JSON-LD, OpenGraph, <meta>, <time>, <link>."""

from __future__ import annotations

import json

import pytest

from reader.web.extract import extract_html
from reader.web.isodate import normalise_date
from reader.web.page import ExtractedPage
from tests.web.pagekit import page

URL = "https://news.example.org/2024/03/library-late"


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _extract(head: str = "", lang: str | None = "en") -> ExtractedPage:
    return extract_html(page(head=head, lang=lang).encode(), URL)


def test_jsonld_news_article() -> None:
    head = _ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Library to open late on weekdays",
            "author": [
                {"@type": "Person", "name": "Ana Ruiz"},
                {"@type": "Person", "name": "Li Wei"},
            ],
            "datePublished": "2024-03-04T06:12:45.000Z",
            "publisher": {"@type": "NewsMediaOrganization", "name": "The Example Post"},
            "inLanguage": "en-GB",
        }
    )
    found = extract_html(page(head=head, lang=None).encode(), URL)
    assert found.title == "Library to open late on weekdays"
    assert found.authors == ("Ana Ruiz", "Li Wei")
    assert found.published == "2024-03-04T06:12:45Z"
    assert found.site == "The Example Post"
    assert found.language == "en-GB"


def test_jsonld_graph_with_id_references() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Graph Gazette"},
            {"@type": "Person", "@id": "#jo", "name": "Jo March"},
            {"@type": "Organization", "@id": "#org", "name": "Graph Gazette Ltd"},
            {
                "@type": ["Article", "NewsArticle"],
                "headline": "Graph headline",
                "author": {"@id": "#jo"},
                "publisher": {"@id": "#org"},
                "dateCreated": "2023-11-02",
            },
        ],
    }
    found = _extract(_ld(graph))
    assert found.title == "Graph headline"
    assert found.authors == ("Jo March",)
    assert found.site == "Graph Gazette Ltd"
    assert found.published == "2023-11-02"


def test_jsonld_top_level_array_and_broken_script() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
        + _ld([{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", "headline": "From array",
                                               "author": "Sam Field"}])
    )  # fmt: skip
    found = _extract(head)
    assert found.title == "From array"
    assert found.authors == ("Sam Field",)


def test_opengraph_and_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="OG title here">'
        '<meta property="og:site_name" content="OG Site">'
        '<meta property="og:url" content="https://news.example.org/og-canonical">'
        '<meta property="og:locale" content="fr_FR">'
        '<meta name="author" content="By Claire Dubois and Marc Petit">'
        '<meta property="article:published_time" content="2024-05-02T08:15:00-0400">'
        '<meta name="description" content="A short summary.">'
    )
    found = _extract(head, lang=None)
    assert found.title == "OG title here"
    assert found.site == "OG Site"
    assert found.canonical_url == "https://news.example.org/og-canonical"
    assert found.language == "fr-FR"
    assert found.authors == ("Claire Dubois", "Marc Petit")
    assert found.published == "2024-05-02T08:15:00-04:00"
    assert found.description == "A short summary."


def test_profile_url_in_article_author_is_not_a_name() -> None:
    head = '<meta property="article:author" content="https://facebook.example/someone">'
    assert _extract(head).authors == ()


def test_time_element_canonical_link_and_html_lang() -> None:
    body = '<p><time datetime="2022-12-24T18:30">24 Dec</time></p>' + page().split("<article>")[1]
    head = '<link rel="canonical" href="/2024/03/library-late-canonical">'
    found = extract_html(page(body=body, head=head, lang="de-AT").encode(), URL)
    assert found.published == "2022-12-24T18:30"
    assert found.canonical_url == "https://news.example.org/2024/03/library-late-canonical"
    assert found.language == "de-AT"


def test_title_tag_without_site_suffix_and_site_from_it() -> None:
    raw = page(title="Council backs late opening at the library | Northgate Herald")
    raw = raw.replace("<h1>Council backs late opening at the library | Northgate Herald</h1>", "")
    found = extract_html(raw.encode(), URL)
    assert found.title == "Council backs late opening at the library"
    assert found.site == "Northgate Herald"


def test_no_canonical_falls_back_to_the_given_url() -> None:
    assert _extract().canonical_url == URL
    assert extract_html(page().encode()).canonical_url is None


def test_visible_byline_when_nothing_is_declared() -> None:
    body = '<p class="byline">By Dana Whitfield | Staff reporter</p>' + page().split("<h1>")[1]
    found = extract_html(page(body=body).encode(), URL)
    assert found.authors == ("Dana Whitfield",)
    assert "Dana Whitfield" not in found.text


def test_photo_credit_is_not_a_byline() -> None:
    body = "<p>Photo by Martin Keane</p>" + page().split("</h1>")[1]
    assert extract_html(page(body=body).encode(), URL).authors == ()


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-03-04T06:12:45.000Z", "2024-03-04T06:12:45Z"),
        ("2024-05-02T08:15:00-0400", "2024-05-02T08:15:00-04:00"),
        ("2024-01-22T09:30:00+00:00", "2024-01-22T09:30:00Z"),
        ("2024-03-04 06:12", "2024-03-04T06:12"),
        ("2024-05-11", "2024-05-11"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z"),
        ("March 6, 2024", "2024-03-06"),
        ("Saturday, 11 May 2024", "2024-05-11"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates_are_normalised(raw: str, iso: str | None) -> None:
    assert normalise_date(raw) == iso
