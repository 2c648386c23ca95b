"""Site templates for the evaluation pages: each dresses an article as one kind of news site.

The furniture is the point: navigation, cookie banners, share bars, ad slots between paragraphs,
newsletter boxes, related rails, comments, captions and pull quotes, in the markup styles of the
sites they imitate (class names, nesting, data attributes). Metadata is written in the ways the
page's ``head`` key asks for (JSON-LD, @graph, arrays, OpenGraph, <meta>, microdata, none).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field

Inline = Callable[[str], str]


@dataclass
class Block:
    kind: str
    text: str
    items: list[str] = field(default_factory=list)


@dataclass
class Page:
    name: str
    meta: dict[str, str]
    blocks: list[Block]

    def get(self, key: str, default: str = "") -> str:
        return self.meta.get(key, default)

    @property
    def authors(self) -> list[str]:
        return [a.strip() for a in self.get("authors").split(";") if a.strip()]

    def heads(self, default: str) -> set[str]:
        return {h.strip() for h in self.get("head", default).split(",") if h.strip()}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------------------- metadata (head)


def _jsonld_article(page: Page) -> dict[str, object]:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": page.get("ld_type", "NewsArticle"),
        "headline": page.get("ld_headline", page.get("title")),
        "mainEntityOfPage": {"@type": "WebPage", "@id": page.get("canonical", page.get("url"))},
    }
    if page.get("published"):
        data["datePublished"] = page.get("published")
        data["dateModified"] = page.get("modified", page.get("published"))
    authors = [{"@type": "Person", "name": name} for name in page.authors]
    if authors:
        data["author"] = authors[0] if len(authors) == 1 else authors
    if page.get("site"):
        data["publisher"] = {"@type": "NewsMediaOrganization", "name": page.get("site")}
    if page.get("description"):
        data["description"] = page.get("description")
    data["image"] = ["https://cdn.example.net/img/lead-1200.jpg"]
    return data


def _jsonld(page: Page, heads: set[str]) -> list[str]:
    article = _jsonld_article(page)
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "News", "item": "https://x.test/news"}
        ],
    }
    out: list[object] = []
    if "jsonld" in heads:
        out.append(article)
    if "graph" in heads:
        del article["@context"]
        site = {"@type": "WebSite", "@id": "#website", "name": page.get("site") or "Home"}
        out.append({"@context": "https://schema.org", "@graph": [site, crumbs, article]})
    if "ldarray" in heads:
        out.append([crumbs, article])
    return [
        f'<script type="application/ld+json">{json.dumps(item, ensure_ascii=False)}</script>'
        for item in out
    ]


def _meta_tags(page: Page, heads: set[str]) -> list[str]:
    tags: list[str] = []
    title, site, url = page.get("title"), page.get("site"), page.get("canonical", page.get("url"))
    if "og" in heads:
        tags += [
            f'<meta property="og:title" content="{esc(page.get("og_title", title))}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{esc(url)}">',
            '<meta property="og:image" content="https://cdn.example.net/img/og.jpg">',
        ]
        if site:
            tags.append(f'<meta property="og:site_name" content="{esc(site)}">')
        if page.get("description"):
            tags.append(
                f'<meta property="og:description" content="{esc(page.get("description"))}">'
            )
    if "twitter" in heads:
        tags += [
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:title" content="{esc(title)}">',
        ]
    if "meta" in heads:
        tags += [f'<meta name="author" content="{esc(a)}">' for a in page.authors[:1]]
        if page.get("published"):
            stamp = esc(page.get("published"))
            tags.append(f'<meta property="article:published_time" content="{stamp}">')
        if page.get("description"):
            tags.append(f'<meta name="description" content="{esc(page.get("description"))}">')
    if "dc" in heads:
        tags += [f'<meta name="dc.creator" content="{esc(a)}">' for a in page.authors]
        tags.append(f'<meta name="dc.date" content="{esc(page.get("published"))}">')
        tags.append(f'<meta name="dc.title" content="{esc(title)}">')
    if "canonical" in heads:
        tags.append(f'<link rel="canonical" href="{esc(url)}">')
    return tags


def head(page: Page, default: str, extra: str = "") -> str:
    """The <head>: charset declaration, title tag, metadata, styles and scripts."""
    heads = page.heads(default)
    declared = page.get("declared", page.get("encoding", "utf-8"))
    if declared == "none" or declared.startswith("header"):
        charset = ""
    elif page.get("charset_style") == "http-equiv":
        charset = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    else:
        charset = f'<meta charset="{declared}">'
    sep = page.get("title_sep", " | ")
    title_tag = page.get("title_tag") or (
        page.get("title") + (sep + page.get("site") if page.get("site") else "")
    )
    parts = [
        charset,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title_tag)}</title>",
        *_meta_tags(page, heads),
        *_jsonld(page, heads),
        '<link rel="stylesheet" href="/static/css/main.4f9a1c.css">',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','G-XXXX');</script>",
        '<script async src="https://securepubads.example.net/tag/js/gpt.js"></script>',
        extra,
    ]
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def html_open(page: Page, attrs: str = "") -> str:
    lang = page.get("language")
    lang_attr = f' lang="{lang}"' if lang and page.get("lang_in_html", "yes") == "yes" else ""
    return f"<!DOCTYPE html>\n<html{lang_attr}{attrs}>"


# ---------------------------------------------------------------------------- article body

BASE_STYLE: dict[str, str] = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "h3": "<h3>{}</h3>",
    "ul": "<ul>{}</ul>",
    "ol": "<ol>{}</ol>",
    "li": "<li>{}</li>",
    "quote": "<blockquote><p>{}</p></blockquote>",
    "table": "<table><tbody>{}</tbody></table>",
    "entry_open": '<div class="entry"><p class="time">{}</p>',
    "entry_close": "</div>",
    "figure": '<figure><img src="https://cdn.example.net/img/p.jpg" alt="">'
    '<figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>',
    "pull": '<aside class="pullquote"><p>{text}</p></aside>',
    "ad": '<div class="ad-slot"><span class="ad-label">Advertisement</span>'
    '<div id="gpt-ad-{n}" class="gpt-ad"></div></div>',
    "newsletter": '<div class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our '
    'free daily newsletter.</p><form><input type="email" placeholder="Email address">'
    "<button>Sign up</button></form></div>",
    "related": '<div class="related"><h3>Related</h3><ul>{}</ul></div>',
    "related_item": '<li><a href="/news/related-{n}">{}</a></li>',
    "share": '<div class="share"><a href="#">Share</a> <a href="#">Facebook</a> '
    '<a href="#">Twitter</a> <a href="#">Email</a></div>',
    "embed": '<blockquote class="twitter-tweet"><p>{text}</p>&mdash; Someone (@someone) '
    '<a href="https://twitter.example/x/status/1">March 3, 2024</a></blockquote>',
    "comment": '<div class="comment"><p class="who">{who}</p><p>{text}</p></div>',
    "paywall": "",
    # furniture that sits in the body as ordinary paragraphs, as on many real sites
    "readmore": '<p><strong>READ MORE: <a href="/news/more-{n}">{text}</a></strong></p>',
    "credit": "<p><em>({text})</em></p>",
    "bio": "<p><em>{text}</em></p>",
    "signup": '<p><strong>{text}</strong> <a href="/newsletters">Sign up here</a>.</p>',
    "caption": '<p class="caption">{text}</p>',
    "note": '<p class="editors-note"><i>{text}</i></p>',
}


def _table(block: Block, inline: Inline) -> str:
    rows = []
    for number, row in enumerate(block.items):
        cell = "th" if number == 0 else "td"
        cells = "".join(f"<{cell}>{inline(c.strip())}</{cell}>" for c in row.strip("|").split("|"))
        rows.append(f"<tr>{cells}</tr>")
    return "".join(rows)


def _noise(block: Block, style: dict[str, str], n: int) -> str:
    kind = block.kind[1:]
    if kind == "figure":
        caption, _, credit = block.text.partition("|")
        return style["figure"].format(caption=esc(caption.strip()), credit=esc(credit.strip()))
    if kind == "related":
        items = "".join(
            style["related_item"].format(esc(t.strip()), n=i)
            for i, t in enumerate(block.text.split(";"))
        )
        return style["related"].format(items)
    if kind == "comment":
        return ""  # placed after the article by render_comments
    return style[kind].replace("{n}", str(n)).replace("{text}", esc(block.text))


def render_body(page: Page, inline: Inline, overrides: dict[str, str] | None = None) -> str:
    """The article's blocks in a site's markup, with its noise blocks where the source put them."""
    style = {**BASE_STYLE, **(overrides or {})}
    every = int(style.get("ad_every", "0"))
    out: list[str] = []
    in_entry = False
    paragraphs = 0
    for number, block in enumerate(page.blocks):
        if block.kind.startswith("!"):
            out.append(_noise(block, style, number))
        elif block.kind == "time":
            if in_entry:
                out.append(style["entry_close"])
            out.append(style["entry_open"].format(esc(block.text)))
            in_entry = True
        elif block.kind in ("ul", "ol"):
            items = "".join(style["li"].format(inline(item)) for item in block.items)
            out.append(style[block.kind].format(items))
        elif block.kind == "table":
            out.append(style["table"].format(_table(block, inline)))
        else:
            out.append(style[block.kind].format(inline(block.text)))
            paragraphs += block.kind == "p"
            if every and block.kind == "p" and paragraphs % every == 0:
                out.append(style["ad"].format(n=number))
    if in_entry:
        out.append(style["entry_close"])
    return "\n".join(out)


def render_comments(page: Page, fmt: str = BASE_STYLE["comment"]) -> str:
    comments = [b for b in page.blocks if b.kind == "!comment"]
    parts = []
    for block in comments:
        who, _, text = block.text.partition("|")
        parts.append(fmt.format(who=esc(who.strip()), text=esc(text.strip())))
    return "\n".join(parts)


def byline(page: Page, fmt: str = "By {}") -> str:
    names = page.authors
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return fmt.format(esc(joined))
