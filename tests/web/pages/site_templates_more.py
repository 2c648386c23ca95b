"""More kinds of site: AMP, live blogs, paywalls, table layouts, app shells, press releases."""

from __future__ import annotations

from collections.abc import Callable

from templates import Inline, Page, byline, esc, head, html_open, render_body, render_comments


def _page(page: Page, heads: str, body: str, attrs: str = "", extra: str = "") -> str:
    return (
        f"{html_open(page, attrs)}\n{head(page, heads, extra)}\n<body>\n{body}\n</body>\n</html>\n"
    )


def amp(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "ad": '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_'
            '{n}"><div placeholder>Advertisement</div></amp-ad>',
            "ad_every": "3",
            "figure": '<figure class="amp-fig"><amp-img src="/a.jpg" width="640" height="360" '
            'layout="responsive"></amp-img><figcaption>{caption} | {credit}</figcaption></figure>',
            "share": '<amp-social-share type="twitter"></amp-social-share><amp-social-share type'
            '="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share>',
        },
    )
    extra = (
        '<script async src="https://cdn.ampproject.example/v0.js"></script><style amp-boilerpl'
        "ate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><style "
        "amp-custom>.amp-fig{margin:0}</style>"
    )
    main = (
        '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a>'
        '</li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li></ul>'
        f'</amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a '
        f'href="/">{esc(page.get("site"))}</a></header><amp-consent id="consent" layout="no'
        'display"><div class="consent-ui">We use cookies to improve your experience. <button '
        'on="tap:consent.accept">OK</button></div></amp-consent><main><div class="amp-article">'
        f'<h1 class="amp-title">{esc(page.get("title"))}</h1><div class="amp-byline">'
        f'{byline(page)} · <span>{esc(page.get("visible_date"))}</span></div><div class="amp-'
        f'body">\n{body}\n</div></div><div class="amp-related"><h3>More from '
        f"{esc(page.get('site'))}"
        '</h3><a href="/x1">Senate passes stopgap bill</a><a href="/x2">Governor signs water '
        f"deal</a></div></main><footer>© {esc(page.get('site'))}</footer>"
    )
    return _page(page, "og,jsonld,canonical", main, attrs=" amp", extra=extra)


def liveblog(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "entry_open": '<div class="block" id="block-{n}"><div class="block-time published-'
            'time"><time datetime="2024-03-04">{}</time></div><div class="block-elements">'.replace(
                "{n}", "x"
            ),
            "entry_close": '<div class="block-share"><a>Share</a><a>Copy link</a></div>'
            "</div></div>",
            "h3": '<h3 class="block-title">{}</h3>',
        },
    )
    key_events = (
        '<div class="key-events"><h2>Key events</h2><ul><li><a href="#b1">Polls close across '
        'the region</a></li><li><a href="#b2">First results declared</a></li><li><a href="#b3">'
        "Turnout figures released</a></li></ul><button>Show key events only</button></div>"
    )
    main = (
        f'<div class="page">{_nav_min(page)}<main><div class="live-header"><span class="badge">'
        f'LIVE</span><h1>{esc(page.get("title"))}</h1><p class="standfirst">'
        f'{esc(page.get("description"))}</p><p class="live-byline">{byline(page)}</p></div>'
        f'{key_events}<div class="live-blog-body" id="liveblog-body">\n{body}\n</div><div '
        'class="pagination"><a>Newest</a><a>Previous</a><a>1</a><a>2</a><a>Next</a><a>Oldest'
        "</a></div></main></div>"
    )
    return _page(page, "og,jsonld,canonical", main)


def _nav_min(page: Page) -> str:
    return (
        f'<header><a href="/">{esc(page.get("site"))}</a><nav><a href="/news">News</a> <a href='
        '"/live">Live</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a>'
        "</nav></header>"
    )


def paywall(page: Page, inline: Inline) -> str:
    body = render_body(page, inline)
    wall = (
        '<div class="paywall-prompt" id="regwall"><h2>Subscribe to keep reading</h2><p>You have '
        "reached your limit of free articles this month. Subscribe now for unlimited access to "
        "award-winning local journalism, the e-edition and our puzzles, from just $1 a week for "
        'the first year. Cancel anytime.</p><a class="btn">See subscription options</a><p>'
        "Already a subscriber? <a>Log in</a></p></div>"
    )
    main = (
        f'{_nav_min(page)}<div class="story-wrap"><h1 class="story-headline">'
        f"{esc(page.get('title'))}"
        f'</h1><div class="story-byline">{byline(page)} | <span>{esc(page.get("visible_date"))}'
        f'</span></div><div class="story-body" data-paywall="metered">\n{body}\n'
        f'<div class="fade-out"></div></div>{wall}</div>'
    )
    return _page(page, "og,jsonld,meta,canonical", main)


def oldschool(page: Page, inline: Inline) -> str:
    """A 2000s local paper: table layout, <font> tags, paragraphs as <br><br>-separated text."""
    parts = []
    for block in page.blocks:
        if block.kind == "p":
            parts.append(inline(block.text) + "<br><br>")
        elif block.kind in ("h", "h3"):
            parts.append(f'<font size="3"><b>{inline(block.text)}</b></font><br><br>')
        elif block.kind == "table":
            rows = "".join(
                "<tr>"
                + "".join(f"<td>{inline(c.strip())}</td>" for c in r.strip("|").split("|"))
                + "</tr>"
                for r in block.items
            )
            parts.append(f'<table border="1" cellpadding="2">{rows}</table><br>')
        elif block.kind == "!ad":
            parts.append(
                '<center><font size="1">ADVERTISEMENT</font><br><img src="/banner.gif"'
                ' width="468" height="60"></center><br>'
            )
    body = "\n".join(parts)
    main = (
        '<table width="100%" border="0" cellspacing="0"><tr><td colspan="2"><img src="/masthead.'
        f'gif" alt="{esc(page.get("site"))}"></td></tr><tr><td width="160" valign="top" bgcolor="#'
        'eeeeee"><font face="Verdana" size="1"><a href="/">Front Page</a><br><a href="/local">'
        'Local</a><br><a href="/sports">Sports</a><br><a href="/obits">Obituaries</a><br><a href='
        '"/classifieds">Classifieds</a><br><a href="/contact">Contact Us</a><br><br>Weather:<br>'
        '54°F Partly Cloudy</font></td><td valign="top"><font face="Georgia" size="2"><font size='
        f'"5"><b>{esc(page.get("title"))}</b></font><br><i>{byline(page)}, Staff Writer</i><br>'
        f'{esc(page.get("visible_date"))}<br><br>\n{body}\n</font><hr><font size="1">Copyright '
        f"2024 {esc(page.get('site'))}. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed.</font></td></tr></table>"
    )
    return _page(page, page.get("head", "meta"), main)


def nextjs(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "p": '<p class="Paragraph_p__x9F2a" data-block="paragraph">{}</p>',
            "h": '<h2 class="Heading_h2__k2P1w">{}</h2>',
            "ad": '<div class="AdSlot_wrapper__3n1Qd"><div class="AdSlot_label__f3kP1">'
            'Advertisement · Scroll to continue</div><div id="ad-{n}"></div></div>',
            "related": '<div class="InlineRelated_box__p0Q1z"><span>Read more:</span><ul>{}</ul>'
            "</div>",
        },
    )
    data = '{"props":{"pageProps":{"slug":"x","ads":true}},"page":"/[section]/[slug]"}'
    main = (
        '<div id="__next"><div class="Layout_root__aa1"><div class="TopBar_bar__Q2">'
        f"{_nav_min(page)}"
        '</div><main><article class="Article_article__Zx1"><div class="ArticleHeader_header__b2">'
        '<a class="Kicker_k__1" href="/tech">Technology</a><h1 class="Headline_h1__p">'
        f'{esc(page.get("title"))}</h1><div class="Byline_byline__a">{byline(page)}</div><div '
        f'class="Timestamp_ts__c">{esc(page.get("visible_date"))}</div></div><div class="Article'
        f'Body_body__L0"><div class="ArticleBody_inner__1">\n{body}\n</div></div></article>'
        '<section class="Newsletter_box__9"><h2>The Download</h2><p>Your daily dose of what is '
        "up in emerging technology.</p><input><button>Sign up</button></section></main></div>"
        f'</div><script id="__NEXT_DATA__" type="application/json">{data}</script>'
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def gov(page: Page, inline: Inline) -> str:
    body = render_body(page, inline)
    main = (
        '<div class="govuk-width-container"><a href="#main-content" class="govuk-skip-link">Skip '
        f'to main content</a>{_nav_min(page)}<div class="govuk-breadcrumbs"><ol><li>Home</li><li>'
        'Environment</li><li>Water</li></ol></div><main id="main-content" class="govuk-main-'
        f'wrapper"><span class="govuk-caption-xl">Press release</span><h1 class="govuk-heading-'
        f'xl">{esc(page.get("title"))}</h1><p class="gem-c-lead-paragraph">'
        f'{esc(page.get("description"))}</p><div class="gem-c-metadata"><dl><dt>From:</dt><dd><a>'
        f"{esc(page.get('site'))}</a></dd><dt>Published</dt><dd>{esc(page.get('visible_date'))}"
        '</dd></dl></div><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">\n'
        f'{body}\n</div><div class="gem-c-print-link"><button>Print this page</button></div>'
        '<div class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a>Bathing water '
        "quality: 2023 results</a></li><li><a>River basin management plans</a></li></ul></div>"
        '<div class="gem-c-feedback"><p>Is this page useful?</p><button>Yes</button><button>No'
        "</button><button>Report a problem with this page</button></div></main></div>"
    )
    return _page(page, "meta,canonical", main)


def readmore(page: Page, inline: Inline) -> str:
    """The article's second half collapsed behind a "Read more" button (still in the HTML)."""
    cut = int(page.get("cut", "4"))
    first = Page(page.name, page.meta, page.blocks[:cut])
    rest = Page(page.name, page.meta, page.blocks[cut:])
    main = (
        f'{_nav_min(page)}<div class="container"><div class="article-head"><h1>'
        f"{esc(page.get('title'))}"
        f'</h1><div class="meta">{byline(page)} — {esc(page.get("visible_date"))}</div></div><div '
        f'class="article-text">\n{render_body(first, inline)}\n<div class="collapsed" '
        f'style="display:none" id="more-text">\n{render_body(rest, inline)}\n</div><button class="'
        "read-more-btn\" onclick=\"document.getElementById('more-text').style.display='block'\">"
        'Read more</button></div><div class="also"><h3>You may also like</h3><ul><li><a>Ten '
        "years of the bypass: was it worth it?</a></li><li><a>Market traders fear rent rise</a>"
        "</li></ul></div></div>"
    )
    return _page(page, "og,meta,jsonld", main)


def forum_comments(page: Page, inline: Inline) -> str:
    """A regional paper whose comment section is long and wordy (comments are not the article)."""
    body = render_body(page, inline, {"p": '<p class="body-text">{}</p>'})
    comment = (
        '<div class="comment-item"><div class="comment-author">{who}</div><div class="comment-'
        'text"><p>{text}</p></div><div class="comment-actions"><a>Reply</a> <a>Report</a> '
        "<span>12 likes</span></div></div>"
    )
    main = (
        f'{_nav_min(page)}<div id="article"><h1>{esc(page.get("title"))}</h1><p class="byline">'
        f'{byline(page)}</p><p class="date">{esc(page.get("visible_date"))}</p><div class="article'
        f'-body">\n{body}\n</div></div><section id="comments" class="comments"><h2>Have your say ('
        f"{len([b for b in page.blocks if b.kind == '!comment'])} comments)</h2>"
        f'{render_comments(page, comment)}<div class="comment-form"><p>Log in to comment</p>'
        "</div></section>"
    )
    return _page(page, page.get("head", "og,meta"), main)


def jp(page: Page, inline: Inline) -> str:
    """A Japanese news site (encoded as the page's ``encoding``, e.g. Shift_JIS)."""
    body = render_body(page, inline, {"p": '<p class="txt">{}</p>', "h": '<h2 class="mid">{}</h2>'})
    main = (
        '<div id="container"><div id="header"><a href="/">ニュース</a><ul class="gnav"><li>'
        '<a href="/">トップ</a></li><li><a href="/national">国内</a></li><li><a href="/world">国'
        '際</a></li><li><a href="/sports">スポーツ</a></li></ul></div><div id="main"><div '
        f'class="article"><h1>{esc(page.get("title"))}</h1><p class="date">'
        f'{esc(page.get("visible_date"))}</p><div class="article-body">\n{body}\n</div><div '
        'class="sns"><a>ツイート</a><a>シェア</a><a>はてブ</a></div></div><div class="ranking">'
        "<h2>アクセスランキング</h2><ol><li><a>大雪で交通に乱れ</a></li><li><a>新駅の開業日が決定"
        '</a></li></ol></div></div><div id="footer">Copyright 2024 All rights reserved.</div>'
        "</div>"
    )
    return _page(page, page.get("head", "og,meta"), main)


MORE: dict[str, Callable[[Page, Inline], str]] = {
    "amp": amp,
    "liveblog": liveblog,
    "paywall": paywall,
    "oldschool": oldschool,
    "nextjs": nextjs,
    "gov": gov,
    "readmore": readmore,
    "forum_comments": forum_comments,
    "jp": jp,
}
