"""One function per kind of site: the page around the article, in that kind of site's markup."""

from __future__ import annotations

from collections.abc import Callable

from templates import Inline, Page, byline, esc, head, html_open, render_body, render_comments

COOKIE_BANNER = (
    '<div id="cookie-consent" class="cmp-banner" role="dialog"><p>We and our 843 partners store '
    "and access information on your device, such as cookies, and process personal data, such as "
    "unique identifiers and standard information sent by a device, for personalised "
    "advertising and content, advertising and content measurement, audience research and "
    "services development. You may click to consent to our processing as described above, or "
    "access more detailed information and change your preferences before consenting.</p>"
    '<button class="accept">Accept all</button><button>Manage preferences</button></div>'
)
NAV = (
    '<header class="site-header"><a class="skip" href="#main">Skip to content</a>'
    '<a class="logo" href="/">{site}</a><nav aria-label="Main"><ul><li><a href="/">Home</a></li>'
    '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">'
    'Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a>'
    '</li></ul></nav><a class="signin" href="/login">Sign in</a></header>'
)
FOOTER = (
    '<footer><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About us</a></li>'
    '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li>'
    '<li><a href="/contact">Contact</a></li></ul><p>Copyright © 2024 {site}. All rights '
    "reserved. We are not responsible for the content of external sites.</p></footer>"
)
MOST_READ = (
    '<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a1">Council approves budget '
    'after late-night session</a></li><li><a href="/a2">Storm warning issued for coastal '
    'areas as winds pick up</a></li><li><a href="/a3">Local bakery wins national award for '
    'sourdough loaf</a></li><li><a href="/a4">Train operator apologises for weekend '
    'cancellations</a></li><li><a href="/a5">Five things to do this weekend</a></li></ol></aside>'
)


def _page(page: Page, heads: str, body: str, attrs: str = "", extra: str = "") -> str:
    return (
        f"{html_open(page, attrs)}\n{head(page, heads, extra)}\n<body>\n{body}\n</body>\n</html>\n"
    )


def _nav(page: Page) -> str:
    return NAV.format(site=esc(page.get("site", "News")))


def _footer(page: Page) -> str:
    return FOOTER.format(site=esc(page.get("site", "News")))


def bbc(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "p": '<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper'
            ' ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-'
            '1q0x1qg-Paragraph e1jhz7w10">{}</p></div></div>',
            "h": '<div data-component="subheadline-block"><h2 class="ssrcss-y6bhl9-StyledHeading'
            ' e10rt3ze0">{}</h2></div>',
            "figure": '<div data-component="image-block"><figure><img src="/i.jpg" alt="">'
            '<span class="ssrcss-1lvbkjp-Copyright">{credit}</span><figcaption class="ssrcss-'
            '1bm9ws8-Caption"><span class="visually-hidden">Image caption, </span>{caption}'
            "</figcaption></figure></div>",
            "related": '<div data-component="links-block"><h3>Related Topics</h3><ul>{}</ul></div>',
        },
    )
    stamp = page.get("published")
    header = (
        f'<div data-component="headline-block"><h1 id="main-heading">{esc(page.get("title"))}'
        f'</h1></div><div data-component="byline-block"><span>{byline(page)}</span><span>'
        f"{esc(page.get('role', 'BBC-style correspondent'))}</span></div>"
        f'<div data-component="timestamp-block"><time datetime="{stamp}">{stamp[:10]}</time></div>'
    )
    share = '<div class="share-tools"><button>Share</button><button>Save</button></div>'
    main = (
        f'{_nav(page)}{COOKIE_BANNER}<div id="main-content"><article>{header}{share}\n{body}\n'
        f"</article>{MOST_READ}</div>{_footer(page)}"
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def guardian(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "p": '<p class="dcr-s23rjr">{}</p>',
            "h": '<h2 class="dcr-1fpl8k0">{}</h2>',
            "figure": '<figure class="dcr-1aul2ye" data-spacefinder-role="inline"><picture>'
            '<img src="/p.jpg" alt=""></picture><figcaption class="dcr-1nkfh5f"><span class="dcr'
            '-1inf02i"><svg></svg></span>{caption} Photograph: {credit}</figcaption></figure>',
            "newsletter": '<figure data-spacefinder-role="inline" id="EmailSignup-skip-link">'
            '<p class="dcr-1xjndtj">Sign up to <span>First Edition</span></p><p>Our morning '
            "email breaks down the key stories of the day, telling you what's happening and "
            "why it matters</p><p><strong>Privacy Notice: </strong>Newsletters may contain info"
            " about charities, online ads, and content funded by outside parties.</p><a href="
            '"#EmailSignup-skip-link-7">skip past newsletter promotion</a><p>after newsletter '
            "promotion</p></figure>",
        },
    )
    standfirst = f'<div data-gu-name="standfirst"><p>{esc(page.get("description"))}</p></div>'
    meta = (
        f'<div data-gu-name="meta"><a rel="author" href="/profile/x">{esc(page.authors[0])}</a>'
        f'<div class="dcr-u0h1qy"><details><summary>{esc(page.get("visible_date"))}</summary>'
        "</details></div></div>"
    )
    main = (
        f'{_nav(page)}<main><article><div data-gu-name="headline"><h1>{esc(page.get("title"))}'
        f'</h1></div>{standfirst}{meta}<div id="maincontent"><div class="article-body-'
        f'commercial-selector article-body-viewer-selector dcr-1r94quw">\n{body}\n</div></div>'
        '<div class="submeta"><span>Explore more on these topics</span><ul><li><a href="/t1">'
        'Environment</a></li><li><a href="/t2">Energy</a></li></ul><a>Share</a><a>Reuse this'
        ' content</a></div></article><div id="comments"><h2>Comments (412)</h2>'
        f"{render_comments(page)}</div>{MOST_READ}</main>{_footer(page)}"
    )
    return _page(page, "og,twitter,ldarray,meta,canonical", main)


def nyt(page: Page, inline: Inline) -> str:
    paragraphs = render_body(
        page,
        inline,
        {
            "p": '<p class="css-at9mc1 evys1bk0">{}</p>',
            "h": '</div></div><div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-'
            '53u6y8"><h2 class="css-ykl9ju eoo0vm40">{}</h2>',
            "ad": '</div></div><div id="story-ad-{n}-wrapper" class="css-1j1wrnb"><div class="'
            'ad story-ad-{n}"><p class="css-1jnm4g5">Advertisement</p></div><a href="#after-'
            'story-ad-{n}" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div><div class="css-'
            '1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">',
            "ad_every": "3",
        },
    )
    body = (
        f'<section name="articleBody" itemprop="articleBody"><div class="css-1fanzo5 '
        f'StoryBodyCompanionColumn"><div class="css-53u6y8">\n{paragraphs}\n</div></div></section>'
    )
    header = (
        f'<header class="css-d92687"><h1 data-testid="headline" itemprop="headline">'
        f'{esc(page.get("title"))}</h1><p id="article-summary">{esc(page.get("description"))}</p>'
        f'<p class="css-aknsld e1jsehar1" itemprop="author">{byline(page)}</p>'
        f'<time datetime="{page.get("published")}">{esc(page.get("visible_date"))}</time></header>'
    )
    tail = (
        '<div class="bottom-of-article"><div><h2>Site Index</h2></div><div><p>A version of this '
        "article appears in print on Section A, Page 1 of the New York edition with the headline:"
        f' {esc(page.get("title"))}. <a href="/reprints">Order Reprints</a> | '
        '<a href="/paper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></div>'
    )
    main = (
        f'<div id="app"><header class="css-1tnssol">{_nav(page)}</header><main id="site-content">'
        f'<article id="story">{header}{body}{tail}</article></main>{_footer(page)}</div>'
    )
    return _page(page, "og,twitter,graph,meta,canonical", main)


def reuters(page: Page, inline: Inline) -> str:
    count = iter(range(1000))
    parts = render_body(
        page,
        inline,
        {
            "p": '<div data-testid="paragraph-{{n}}" class="article-body__paragraph__2-BtD text__'
            'text__1FZLe">{}</div>',
            "h": '<h2 data-testid="Heading" class="heading__base__2T28j">{}</h2>',
            "figure": '<figure class="primary-image__container"><img src="/r.jpg" alt=""><fig'
            'caption data-testid="primary-image-caption">{caption} REUTERS/{credit} <a href="/'
            'licensing">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>',
        },
    )
    while "{n}" in parts:
        parts = parts.replace("{n}", str(next(count)), 1)
    header = (
        f'<h1 data-testid="Heading">{esc(page.get("title"))}</h1><div class="article-header__'
        f'author-date"><div data-testid="AuthorByline">{byline(page)}</div><time data-testid='
        f'"Text">{esc(page.get("visible_date"))}</time><span>3 min read</span></div>'
    )
    trust = (
        '<div class="trust-badge"><p>Our Standards: <a href="/trust">The Thomson Reuters Trust '
        "Principles.</a>, opens new tab</p></div>"
    )
    main = (
        f'{_nav(page)}<main><article><header>{header}</header><div class="article-body__'
        f'content__17Yit">\n{parts}\n</div>{trust}</article>'
        '<div class="read-next"><h2>Read Next</h2><ul><li><a href="/b1">Markets rally as bond '
        'yields ease</a></li><li><a href="/b2">Oil steady ahead of supply talks</a></li></ul>'
        f"</div></main>{_footer(page)}"
    )
    return _page(page, "og,meta,jsonld", main)


def ap(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "p": "<p>{}</p>",
            "ad": '<div class="Advertisement"><div class="Page-ad" data-ad-slot="{n}"><span>'
            "ADVERTISEMENT</span></div></div>",
            "ad_every": "2",
            "figure": '<div class="Carousel"><figure class="Figure"><img src="/ap.jpg" alt=""><'
            'div class="Figure-caption"><p>{caption}</p><p>({credit})</p></div><span>Read More'
            "</span></figure></div>",
        },
    )
    header = (
        f'<div class="Page-headline"><h1>{esc(page.get("title"))}</h1></div><div class="Page-by'
        f'line"><span>{byline(page, "BY {}")}</span><bsp-timestamp data-timestamp="1709000000"><'
        f"span>Updated {esc(page.get('visible_date'))}</span></bsp-timestamp></div>"
        '<div class="Page-actions"><a>Share</a><a>Copy</a><a>Link copied</a><a>Email</a>'
        "<a>Facebook</a><a>X</a><a>LinkedIn</a></div>"
    )
    main = (
        f'{_nav(page)}<main class="Page-main"><div class="Page-content">{header}'
        f'<div class="RichTextStoryBody RichTextBody">\n{body}\n</div><div class="Page-'
        'below"><h2>More stories</h2><ul><li><a href="/c1">Lawmakers debate new rules</a></li>'
        '<li><a href="/c2">Wildfire smoke drifts east</a></li></ul></div></div></main>'
        f"{_footer(page)}"
    )
    return _page(page, "og,twitter,meta,canonical", main)


def wordpress(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "figure": '<div class="wp-block-image"><figure class="aligncenter size-large"><img '
            'src="/wp-content/uploads/2024/03/a.jpg" class="wp-image-4412"><figcaption class="wp'
            '-element-caption">{caption} ({credit})</figcaption></figure></div>',
            "ad": '<div class="td-a-rec td-a-rec-id-content_inline"><div class="adsbygoogle" '
            'data-ad-slot="{n}"></div></div>',
            "share": '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this'
            ':</h3><ul><li><a class="share-twitter">Click to share on X (Opens in new window)</a>'
            '</li><li><a class="share-facebook">Click to share on Facebook (Opens in new window)'
            "</a></li></ul></div>",
        },
    )
    post = (
        f'<article id="post-4411" class="post-4411 post type-post status-publish"><header class='
        f'"entry-header"><h1 class="entry-title">{esc(page.get("title"))}</h1><div class="entry-'
        f'meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="'
        f'{page.get("published")}">{esc(page.get("visible_date"))}</time></span> <span class='
        f'"byline">by <span class="author vcard"><a class="url fn n" href="/author/x">'
        f"{esc(page.authors[0] if page.authors else '')}</a></span></span></div></header>"
        f'<div class="entry-content td-post-content">\n{body}\n</div><footer class="entry-footer">'
        '<span class="cat-links">Posted in <a href="/cat/local">Local News</a></span><span class'
        '="tags-links">Tagged <a>council</a>, <a>roads</a></span></footer></article>'
    )
    nav = (
        '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation'
        '</h2><div class="nav-previous"><a href="/p1"><span>Previous Post</span> Harvest fair '
        'returns to the square</a></div><div class="nav-next"><a href="/p2"><span>Next Post</span>'
        " School board names new superintendent</a></div></nav>"
    )
    comments = (
        '<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on '
        f'“{esc(page.get("title"))}”</h2><ol class="comment-list">'
        + render_comments(
            page,
            '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b '
            'class="fn">{who}</b> says:</footer><div class="comment-content"><p>{text}</p></div>'
            '<div class="reply"><a class="comment-reply-link">Reply</a></div></article></li>',
        )
        + '</ol><div id="respond" class="comment-respond"><h3>Leave a Reply <a>Cancel reply</a>'
        "</h3><form><p>Your email address will not be published. Required fields are marked *</p>"
        '<textarea></textarea><p><input type="checkbox"> Save my name, email, and website in '
        'this browser for the next time I comment.</p><input type="submit" value="Post '
        'Comment"></form></div></div>'
    )
    sidebar = (
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        '<h2 class="widget-title">Recent Posts</h2><ul><li><a href="/r1">Library extends opening '
        'hours</a></li><li><a href="/r2">Police appeal for witnesses after crash</a></li></ul>'
        '</section><section class="widget"><h2>Archives</h2><ul><li><a>March 2024</a></li>'
        "<li><a>February 2024</a></li></ul></section></aside>"
    )
    main = (
        f'<div id="page" class="site">{_nav(page)}<div id="content" class="site-content"><div '
        f'id="primary" class="content-area"><main id="main" class="site-main">{post}{nav}'
        f"{comments}</main></div>{sidebar}</div>{_footer(page)}</div>"
    )
    return _page(page, "og,meta,graph,canonical", main)


def blog(page: Page, inline: Inline) -> str:
    """A hand-made blog: no <article>, paragraphs as text separated by <br><br> in one div."""
    parts = []
    for block in page.blocks:
        if block.kind == "p":
            parts.append(inline(block.text) + "\n<br><br>")
        elif block.kind in ("h", "h3"):
            parts.append(f"<b>{inline(block.text)}</b><br><br>")
        elif block.kind in ("ul", "ol"):
            parts.append("".join(f"&bull; {inline(i)}<br>" for i in block.items) + "<br>")
        elif block.kind == "quote":
            parts.append(f"<i>{inline(block.text)}</i><br><br>")
        elif block.kind == "!figure":
            cap = block.text.split("|")[0].strip()
            parts.append(f'<img src="pic.jpg"><br><font size="1">{esc(cap)}</font><br><br>')
    body = "\n".join(parts)
    main = (
        f'<div id="wrap"><div id="header"><a href="/">{esc(page.get("site"))}</a> - notes from a '
        'small town</div><div id="menu"><a href="/">home</a> | <a href="/archive">archive'
        '</a> | <a href="/about">about</a></div><div id="content"><div class="post"><div class='
        f'"title">{esc(page.get("title"))}</div><div class="date">{esc(page.get("visible_date"))}'
        f'</div><div class="text">\n{body}\n</div><div class="postfoot">posted by '
        f'{esc(page.authors[0])} | <a href="#c">7 comments</a> | <a>permalink</a></div></div>'
        '</div><div id="sidebar"><b>links</b><br><a href="https://a.test">a friend\'s blog</a>'
        '<br><a href="https://b.test">the weather station</a><br><b>archive</b><br>2024 (12)<br>'
        '2023 (31)<br></div><div id="footer">powered by a text editor and stubbornness</div>'
        "</div>"
    )
    return _page(page, "meta", main)


def medium(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "p": '<p class="pw-post-body-paragraph lm ln fq lo b lp lq lr ls lt lu lv '
            'lw lx ly lz ma mb mc md me mf mg mh mi mj fj bk" data-selectable-paragraph="">{}</p>',
            "h": '<h2 class="mk ml fq bf mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne'
            ' nf ng nh ni bk" data-selectable-paragraph="">{}</h2>',
            "quote": '<blockquote class="nr ns nt"><p class="lm ln nu lo b lp">{}</p></blockquote>',
            "pull": '<blockquote class="pq"><p class="pr ps pt">{text}</p></blockquote>',
        },
    )
    clap = (
        '<div class="speechify-ignore ab cp"><div class="bm"><button>Listen</button><button>Share'
        "</button></div><div><span>--</span></div><div><span>12</span></div></div>"
    )
    header = (
        f'<h1 class="pw-post-title">{esc(page.get("title"))}</h1><div class="pw-author"><a href='
        f'"/@x">{esc(page.authors[0])}</a> <button>Follow</button></div><p class="pw-published-'
        f'date"><span>{esc(page.get("visible_date"))}</span></p><span>7 min read</span>{clap}'
    )
    after = (
        '<div class="ab ca"><button>Sign up to discover human stories that deepen your '
        "understanding of the world.</button><p>Free</p><p>Distraction-free reading. No ads.</p>"
        '<p>Organize your knowledge with lists and highlights.</p></div><div class="more-from">'
        f'<h2>More from {esc(page.authors[0])}</h2><div><a href="/m1"><h2>Why I stopped '
        "using to-do apps</h2><p>And what I use instead, after ten years of trying…</p></a></div>"
        '<h2>Recommended from Medium</h2><div><a href="/m2"><h2>The quiet power of walking '
        "meetings</h2></a></div></div>"
    )
    main = (
        '<div id="root"><div class="a b c"><nav class="metabar"><a href="/">Medium</a><a href="/'
        'new-story">Write</a><a href="/m/signin">Sign in</a></nav><article><div class="l"><section>'
        f'<div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg">{header}\n{body}\n'
        f"</div></div></div></section></div></article>{clap}{after}</div></div>"
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def substack(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "newsletter": '<div class="subscription-widget-wrap-editor" data-attrs="{}"><div '
            'class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-'
            f'caption">{esc(page.get("site"))} is a reader-supported publication. To receive new '
            "posts and support my work, consider becoming a free or paid subscriber.</p></div>"
            '<form class="subscription-widget-subscribe"><input type="email" placeholder="Type '
            'your email…"><input type="submit" value="Subscribe"></form></div></div>',
            "share": '<p class="button-wrapper" data-attrs="{}"><a class="button primary" href='
            '"/share"><span>Share</span></a></p>',
            "figure": '<div class="captioned-image-container"><figure><a class="image-link '
            'image2" href="/img"><img src="/s.jpg"></a><figcaption class="image-caption">'
            "{caption} {credit}</figcaption></figure></div>",
        },
    )
    header = (
        f'<div class="post-header"><h1 class="post-title published">{esc(page.get("title"))}</h1>'
        f'<h3 class="subtitle">{esc(page.get("description"))}</h3><div class="post-meta"><div '
        f'class="profile-hover-card-target"><a href="/profile">{esc(page.authors[0])}</a></div>'
        f'<div class="pencraft">{esc(page.get("visible_date"))}</div></div><div class="post-ufi">'
        '<a class="like-button">42</a><a class="comment-button">9</a><a>Share</a></div></div>'
    )
    main = (
        f'<div id="entry"><div class="main-menu"><a href="/">{esc(page.get("site"))}</a><a>'
        'Subscribe</a><a>Sign in</a></div><div class="container"><article class="typography '
        f'newsletter-post post">{header}<div class="available-content"><div dir="auto" class="'
        f'body markup">\n{body}\n</div></div></article><div class="post-footer"><a>Share</a>'
        '<div class="comments-section"><h4>Discussion about this post</h4><div class="comment">'
        "<p>Great piece, thank you for writing it. I have been following this story for a while"
        " and this is the clearest explanation I have read anywhere.</p></div></div></div>"
        '</div><div class="footer">© 2024 · Privacy ∙ Terms ∙ Collection notice · Start '
        "Writing · Get the app · Substack is the home for great culture</div></div>"
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def ghost(page: Page, inline: Inline) -> str:
    body = render_body(
        page,
        inline,
        {
            "figure": '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/g.jpg'
            '" class="kg-image" loading="lazy"><figcaption><span style="white-space: pre-wrap;">'
            "{caption} {credit}</span></figcaption></figure>",
            "newsletter": '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading'
            '">Sign up for more like this.</h2><form class="kg-signup-card-form"><input type="'
            'email" placeholder="Your email"><button>Subscribe</button></form></div>',
            "quote": '<blockquote class="kg-blockquote-alt">{}</blockquote>',
        },
    )
    main = (
        f'<div class="viewport"><header id="gh-head" class="gh-head"><a class="gh-head-logo" '
        f'href="/">{esc(page.get("site"))}</a><nav class="gh-head-menu"><ul class="nav"><li><a>'
        'Home</a></li><li><a>About</a></li></ul></nav><a class="gh-head-button">Subscribe</a>'
        '</header><main id="site-main" class="site-main"><article class="article post">'
        '<header class="article-header gh-canvas"><h1 class="article-title">'
        f"{esc(page.get('title'))}"
        f'</h1><p class="article-excerpt">{esc(page.get("description"))}</p><div class="article-'
        f'byline"><a href="/author/x/">{esc(page.authors[0])}</a><time class="byline-meta-date" '
        f'datetime="{page.get("published")[:10]}">{esc(page.get("visible_date"))}</time></div>'
        f'</header><section class="gh-content gh-canvas">\n{body}\n</section></article>'
        '<section class="footer-cta"><h2 class="footer-cta-title">Sign up for '
        f'{esc(page.get("site"))}</h2><a>Subscribe</a></section><aside class="read-more-wrap">'
        '<h3>Read more</h3><article class="post-card"><h2 class="post-card-title">The long tail '
        'of a short winter</h2><div class="post-card-excerpt">A look back at the season that '
        'almost was not…</div></article></aside></main><footer class="site-footer">'
        f"{esc(page.get('site'))} © 2024 · Powered by Ghost</footer></div>"
    )
    return _page(page, "og,twitter,jsonld,canonical", main)


def drupal(page: Page, inline: Inline) -> str:
    body = render_body(
        page, inline, {"ad": '<div class="block-dfp"><div id="dfp-ad-{n}"></div></div>'}
    )
    main = (
        f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container">{_nav(page)}'
        '<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home'
        '</a></li><li><a href="/news">News</a></li><li><a href="/news/health">Health</a></li>'
        '</ol></nav></div><main role="main"><div class="region region-content"><article role='
        f'"article" class="node node--type-article node--view-mode-full"><h1 class="page-title">'
        f'<span class="field field--name-title">{esc(page.get("title"))}</span></h1><div class='
        f'"node__meta"><span class="field--name-uid">{byline(page, "Written by {}")}</span> <span '
        f'class="field--name-created">{esc(page.get("visible_date"))}</span></div><div class="node'
        '__content"><div class="clearfix text-formatted field field--name-body field--type-text-'
        f'with-summary field--label-hidden field__item">\n{body}\n</div><div class="field field--'
        'name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div '
        'class="field__item"><a>Health</a></div><div class="field__item"><a>NHS</a></div></div>'
        '</div></div></article></div></main><aside class="layout-sidebar-second"><div class="view'
        '-latest"><h2>Latest news</h2><div class="views-row"><a>Hospital car park charges to be '
        'reviewed</a></div><div class="views-row"><a>New clinic opens in town centre</a></div>'
        f"</div></aside>{_footer(page)}</div></div>"
    )
    return _page(page, "og,meta,dc,canonical", main)


TEMPLATES: dict[str, Callable[[Page, Inline], str]] = {
    "bbc": bbc,
    "guardian": guardian,
    "nyt": nyt,
    "reuters": reuters,
    "ap": ap,
    "wordpress": wordpress,
    "blog": blog,
    "medium": medium,
    "substack": substack,
    "ghost": ghost,
    "drupal": drupal,
}

from site_templates_heldout import HELDOUT  # noqa: E402
from site_templates_more import MORE  # noqa: E402

TEMPLATES.update(MORE)
TEMPLATES.update(HELDOUT)
