"""Small HTML pages for the extraction tests: a real-looking article around what a test needs."""

from __future__ import annotations

PROSE = (
    "The council voted on Tuesday to extend the opening hours of the central library after a "
    "public consultation drew more than two thousand responses from residents across the city.",
    "Officials said the change would cost about forty thousand pounds a year and would be paid "
    "for by savings in the energy budget, after solar panels were fitted to the roof last spring.",
    "Residents who took part in the consultation said evening opening mattered most to working "
    "parents and to students preparing for examinations in the summer term.",
    "The new hours will begin next month and will be reviewed after a year, the council said in "
    "a statement published on its website on Tuesday evening.",
)


def paragraphs(*extra: str) -> str:
    """The standard article paragraphs as <p> elements, with ``extra`` HTML after them."""
    return "".join(f"<p>{text}</p>" for text in PROSE) + "".join(extra)


def page(
    body: str | None = None,
    head: str = "",
    lang: str | None = "en",
    title: str = "Library to open late",
    charset: str | None = "utf-8",
) -> str:
    """A page with navigation, an <article> holding ``body`` and a footer."""
    lang_attr = f' lang="{lang}"' if lang else ""
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html{lang_attr}><head>{meta}<title>{title}</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f"<main><article><h1>{title}</h1>{body if body is not None else paragraphs()}"
        "</article></main><footer><p>Copyright 2024 The Example Post. All rights reserved.</p>"
        "</footer></body></html>"
    )
