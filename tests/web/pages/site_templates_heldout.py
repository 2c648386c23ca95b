"""Held-out site templates: written after postil's rules were frozen, never tuned against.

Pages built with these (``heldout: yes`` in their source) are scored separately by
tests/benchmarks/extract_eval.py, so the figure on them says how the rules generalise.
"""

from __future__ import annotations

from collections.abc import Callable

from templates import Inline, Page, byline, esc, head, html_open, render_body, render_comments


def _page(page: Page, heads: str, body: str) -> str:
    return f"{html_open(page)}\n{head(page, heads)}\n<body>\n{body}\n</body>\n</html>\n"


def cable(page: Page, inline: Inline) -> str:
    """Paragraphs as <div class="paragraph">, no <p> at all; editor's note; read-more boxes."""
    body = render_body(
        page,
        inline,
        {
            "p": '<div class="paragraph inline-placeholder vossi-paragraph" data-component-name'
            '="paragraph">{}</div>',
            "h": '<h2 class="subheader" data-editable="text">{}</h2>',
            "readmore": '<div class="related-content related-content--article"><a href="/r/{n}">'
            '<span class="related-content__headline-text">{text}</span></a></div>',
            "figure": '<div class="image__container"><picture><img src="/c.jpg"></picture><div '
            'class="image__caption attribution"><span>{caption}</span> <figcaption class="image__'
            'credit">{credit}</figcaption></div></div>',
        },
    )
    main = (
        '<header class="header"><nav class="header__nav"><a href="/">Home</a><a href="/world">'
        'World</a><a href="/us">US</a><a href="/business">Business</a></nav></header><main '
        f'class="article"><div class="headline"><h1 class="headline__text">{esc(page.get("title"))}'
        f'</h1></div><div class="byline"><span class="byline__names">{byline(page)}</span><div '
        f'class="timestamp">Updated {esc(page.get("visible_date"))}</div></div><div class="article'
        f'__content-container"><div class="article__content" data-editable="content">\n{body}\n'
        '</div></div><div class="zone zone--t-light"><h2 class="zone__title">More from this '
        'section</h2><div class="card"><a><span class="container__headline-text">Markets slip '
        'as investors weigh rate outlook</span></a></div></div></main><footer class="footer">'
        "<p>© 2024 Cable News Network-style site. All Rights Reserved.</p></footer>"
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def post(page: Page, inline: Inline) -> str:
    """data-el="text" paragraphs, "Story continues below advertisement", interstitial links."""
    body = render_body(
        page,
        inline,
        {
            "p": '<p class="wpds-c-cYdRxM" data-el="text" dir="null">{}</p>',
            "h": '<h3 class="font-md wpds-c-hpXAkQ" data-el="text">{}</h3>',
            "ad": '<div data-qa="article-body-ad" class="dn-ns"><span>Story continues below '
            'advertisement</span><div class="ad-{n}"></div></div>',
            "ad_every": "4",
            "readmore": '<div class="interstitial-link"><i><a href="/x/{n}">{text}</a></i></div>',
        },
    )
    main = (
        f'<div id="__next"><header>{esc(page.get("site"))} <a>Subscribe</a> <a>Sign in</a></header'
        f'><main><article><h1 data-qa="headline">{esc(page.get("title"))}</h1><div data-qa="'
        f'author-byline">{byline(page)}</div><div data-qa="timestamp">'
        f'{esc(page.get("visible_date"))}</div><div class="grid-body"><div class="article-body">'
        f"\n{body}\n</div></div>"
        '<div data-qa="gift-share"><button>Gift Article</button><button>Share</button></div>'
        f"</article></main></div>"
    )
    return _page(page, "og,meta,jsonld,canonical", main)


def clickhub(page: Page, inline: Inline) -> str:
    """Paragraphs wrapped one by one in content-list items; video stubs; an aggregator rail."""
    body = render_body(
        page,
        inline,
        {
            "p": '<div class="primary-cli cli cli-text"><p>{}</p></div>',
            "h": '<div class="cli cli-heading"><h3>{}</h3></div>',
            "embed": '<div class="cli cli-embed"><div class="connatix-player">Loading video...'
            "</div><p>{text}</p></div>",
        },
    )
    rail = "".join(
        f'<div class="card"><a href="/t{n}"><h3>{t}</h3></a><p class="card__desc">{d}</p></div>'
        for n, (t, d) in enumerate(
            [
                ("Mayor unveils plan for riverside park", "The proposal would turn a disused "
                 "freight yard into ten acres of public green space with a swimming pond."),
                ("Why your grocery bill is still rising", "Economists say food prices are "
                 "falling more slowly than other costs because of wages and energy."),
                ("The best budget phones of the year", "We tested twenty handsets under three "
                 "hundred dollars to find the ones worth your money this autumn."),
            ]
        )
    )  # fmt: skip
    main = (
        f'<div class="site"><header>{esc(page.get("site"))}</header><main><div class="entry">'
        f'<h1 class="headline">{esc(page.get("title"))}</h1><div class="entry__byline">'
        f'{byline(page)} · {esc(page.get("visible_date"))}</div><section class="entry__content-'
        f'list js-entry-content">\n{body}\n</section></div><div class="trending"><h2>Trending'
        f"</h2>{rail}</div></main></div>"
    )
    return _page(page, "og,twitter,meta,canonical", main)


def blogger(page: Page, inline: Inline) -> str:
    """Blogger: paragraphs as <div>s with styled <span>s and <div><br></div> spacers."""
    parts = []
    for block in page.blocks:
        if block.kind == "p":
            parts.append(
                f'<div style="text-align: justify;"><span style="font-family: georgia;">'
                f"{inline(block.text)}</span></div><div><br /></div>"
            )
        elif block.kind in ("h", "h3"):
            parts.append(
                f'<div><b><span style="font-size: large;">{inline(block.text)}</span>'
                "</b></div><div><br /></div>"
            )
        elif block.kind == "!figure":
            cap = esc(block.text.split("|")[0].strip())
            parts.append(
                '<table class="tr-caption-container"><tbody><tr><td><a><img src="/b.jpg"></a>'
                f'</td></tr><tr><td class="tr-caption">{cap}</td></tr></tbody></table>'
            )
    main = (
        f'<div class="outer-wrapper"><div class="header"><h1 class="title">{esc(page.get("site"))}'
        '</h1><p class="description">Stories from the valley</p></div><div class="main-inner">'
        f'<div class="date-outer"><h2 class="date-header"><span>{esc(page.get("visible_date"))}'
        '</span></h2><div class="post hentry"><h3 class="post-title entry-title">'
        f"{esc(page.get('title'))}"
        '</h3><div class="post-header"></div><div class="post-body entry-content">\n'
        + "\n".join(parts)
        + f'\n</div><div class="post-footer"><span class="post-author vcard">Posted by <span '
        f'class="fn">{esc(page.authors[0])}</span></span> <span class="post-comment-link"><a>No '
        'comments:</a></span><div class="post-share-buttons"><a>Email This</a><a>BlogThis!</a>'
        '<a>Share to X</a><a>Share to Facebook</a></div><div class="post-labels">Labels: <a>'
        'local</a></div></div></div></div><div class="blog-pager"><a>Newer Post</a> <a>Older '
        'Post</a> <a>Home</a></div><div class="comments"><h4>No comments:</h4><p>Post a Comment'
        "</p></div></div></div>"
    )
    return _page(page, "og", main)


def sections(page: Page, inline: Inline) -> str:
    """The body in several sibling sections, split by a video carousel with long titles."""
    cut = int(page.get("cut", "4"))
    first = render_body(Page(page.name, page.meta, page.blocks[:cut]), inline)
    rest = render_body(Page(page.name, page.meta, page.blocks[cut:]), inline)
    carousel = (
        '<div class="video-carousel"><h2>Recommended videos</h2><ul><li><a>Watch: drone footage'
        " shows the scale of flooding across the valley floor after a week of rain</a></li><li><a>"
        "Firefighters rescue a family of ducks from a storm drain in the town centre on Monday"
        "</a></li><li><a>Explained: how the new parking rules will affect residents and "
        "visitors this summer</a></li></ul></div>"
    )
    main = (
        f'<div class="page">{esc(page.get("site"))}<main><div role="article" class="story">'
        f'<h1>{esc(page.get("title"))}</h1><p class="meta">{byline(page)} | '
        f'{esc(page.get("visible_date"))}</p><div class="article-section">\n{first}\n</div>'
        f'{carousel}<div class="article-section">\n{rest}\n</div></div></main></div>'
    )
    return _page(page, "og,meta,jsonld", main)


def teasers(page: Page, inline: Inline) -> str:
    """A WordPress body with inline "Related Posts" excerpts and comments of full sentences."""
    body = render_body(
        page,
        inline,
        {
            "related": '<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>'
            "Related</em></h3>{}</div>",
            "related_item": '<div class="jp-relatedposts-post"><h4><a>{}</a></h4><p class="jp-'
            'relatedposts-post-excerpt">Residents packed the hall on Thursday to hear the '
            "proposals, which have divided opinion across the village for months…</p></div>",
        },
    )
    comments = render_comments(
        page,
        '<li class="comment"><div class="comment-author"><cite>{who}</cite></div><div class="'
        'comment-body"><p>{text}</p></div></li>',
    )
    main = (
        f'<div id="page"><header id="masthead"><p class="site-title">{esc(page.get("site"))}</p>'
        '</header><div id="content"><article class="post"><header class="entry-header"><h1 class'
        f'="entry-title">{esc(page.get("title"))}</h1><span class="byline">{byline(page)}</span>'
        f'</header><div class="entry-content">\n{body}\n</div></article><div id="comments"><h2>'
        f'Comments</h2><ol class="commentlist">{comments}</ol></div></div></div>'
    )
    return _page(page, "og,graph,canonical", main)


HELDOUT: dict[str, Callable[[Page, Inline], str]] = {
    "cable": cable,
    "post": post,
    "clickhub": clickhub,
    "blogger": blogger,
    "sections": sections,
    "teasers": teasers,
}
