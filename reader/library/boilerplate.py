"""What web-page furniture looks like once a page has been flattened to text.

Each rule describes a kind of line that news pages of any outlet leave behind (advertising
labels, audio/video player stubs, comment forms, share and menu remnants, "related" navigation,
weather widgets), not a line of one particular seed. Rules only ever look at short paragraphs:
a long paragraph is article text however it starts.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Longer paragraphs are never boilerplate (and never get a regex run over them).
MAX_BOILERPLATE_CHARS = 160

_FLAGS = re.IGNORECASE

_AD = re.compile(
    r"[-–—_*\s]*(?:advertisement|advertising|sponsored(?: content)?|paid (?:post|content)|"
    r"promoted(?: content)?|ad|ads|story continues (?:below|after) (?:this )?(?:ad|advertisement))"
    r"[-–—_*\s]*",
    _FLAGS,
)
_PLAYER = re.compile(
    r"(?:getting your .{0,60}player ready.*|listen to (?:this|the) (?:article|story).*|"
    r"play(?:ing)? (?:video|audio)|watch(?: the)? video|your browser does not support .*|"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?)",
    _FLAGS,
)
#: A short promo line for a video or podcast, ending in its running time: "Show | Title (10:50)".
_DURATION_PROMO = re.compile(
    r"(?:(?:watch|video|listen|podcast)\b.{0,120}|.{0,120}[|?:].{0,120})\(\d{1,2}:\d{2}(?::\d{2})?\)",
    _FLAGS,
)
_COMMENTS = re.compile(
    r"(?:please enter your (?:comment|name|email|e-mail).*|leave a (?:reply|comment).*|"
    r"your (?:email|e-mail)(?: address)? will not be published.*|required fields are marked.*|"
    r"save my name,? e-?mail.*|post (?:a )?comment|add (?:a )?comment|cancel reply|"
    r"notify me of .*|(?:log|sign) in to (?:comment|reply).*|comments?(?: \(\d+\))?|"
    r"\d+ comments?|(?:view|show|load|read) (?:all )?(?:\d+ )?comments|join the (?:conversation|"
    r"discussion)|you must be logged in .*|comments are closed.*)",
    _FLAGS,
)
_SHARE_WORD = (
    r"(?:share(?: (?:this|on|via|article|story))?|tweet|email|e-mail|print|whatsapp|facebook|"
    r"twitter|x|linkedin|pinterest|reddit|telegram|messenger|flipboard|copy link|copy url|"
    r"save|bookmark|comment)"
)
_SHARE = re.compile(rf"(?:{_SHARE_WORD}[\s,|:·•/]*)+", _FLAGS)
_MENU = re.compile(
    r"(?:menu|main menu|home|search|subscribe(?: now)?|sign in|sign up|log ?in|log ?out|register|"
    r"newsletter|skip to (?:main )?content|toggle navigation|close|back to top|"
    r"social menu is not set.*|you need to create menu.*|"
    r"follow us(?: on .{0,60})?|subscribe to (?:our|the) .{0,40}|sign up for .{0,60}newsletter.*|"
    r"click here to .{0,80}|accept(?: all)? cookies|we use cookies.*|"
    r"about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|cookie (?:policy|settings)|"
    r"terms (?:of (?:use|service)|and conditions)|advertise(?: with us)?|careers|sitemap|rss|"
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,120}|"
    r"donate(?: now)?|\(end\)|-+\s*end\s*-+|#{3}|\*{3}|"
    r"support (?:us|our journalism)|tags?:.{0,100}|topics?:.{0,100}|"
    r"filed under:?.{0,100}|(?:file )?photo: .{0,200}|image: .{0,80}|credit: .{0,80}|"
    r"image (?:source|caption|credit)[,:].{0,120}|"
    r"\(?(?:photo|image|picture|video)s? (?:by|credit|courtesy of)\b[^)]{1,80}\)?|"
    r"(?:photo|picture|video) (?:source|credit)[,:].*|"
    r"\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)(?: read| reading time)?|"
    r"(?:updated|published|posted)?\s*\d+\s+(?:sec|second|min|minute|hour|day|week)s? ago)",
    _FLAGS,
)
#: Menu lines recognised by words anywhere in them: tried only when those words are there (a
#: pattern starting with ``.*`` costs a scan per position on every long paragraph).
_MENU_ANYWHERE = re.compile(r".*assign it to .{0,30}menu.*|.*all rights reserved\.?", _FLAGS)
_MENU_ANYWHERE_WORDS = ("assign it to", "all rights reserved")
#: A menu word glued to the previous widget's text, as in "balance of natureDonate".
_GLUED_MENU = re.compile(r".{0,60}[a-z](?:Donate|Subscribe|Menu|Search|Login|Share|Home)")
_GLUED_MAX = 60 + 1 + len("Subscribe")
#: Breadcrumbs: "Home > World > Asia".
_BREADCRUMB = re.compile(
    r"(?:[\w&' .-]{1,30}\s*[>›»]\s*){1,6}[\w&' .-]{1,30}"
    r"|(?:[\w&' .-]{1,30}\s+/\s+){1,6}[\w&' .-]{1,30}"  # "World / Asia"
    r"|(?:[\w&' .-]{1,20}\s*\|\s*){2,}[\w&' .-]{1,20}"  # "Home | News | World"
)
#: One of these is in every breadcrumb the pattern above matches.
_BREADCRUMB_MARKS = frozenset(">›»/|")
_WEATHER = re.compile(r"-?\d{1,3}(?:[.,]\d)?\s*°?\s*[FC](?:\s+\w+){0,2}", _FLAGS)

#: Section labels that introduce links to *other* pages: the label and the headline-like lines
#: and excerpts right after it are not part of this article.
_NAV = re.compile(
    r"(?:related(?: articles?| posts?| stories| news| content| coverage| topics| links| reading)?|"
    r"must read|more on this story|"
    r"latest(?: articles?| news| posts?| stories| updates)?|read (?:more|next|also)|also read|"
    r"more (?:stories|news|articles|from .{1,40})|you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|"
    r"popular(?: posts| stories| now)?|(?:next|previous|prev)(?: post| article| story)?|"
    r"see also|top stories|editor'?s picks?|don'?t miss|what to read next|"
    r"(?:in )?other news|more on this (?:story|topic))",
    _FLAGS,
)
#: Labels whose following lines are still real content (a digest of other news), so only the
#: label itself is hidden.
_LABEL_ONLY = re.compile(r"(?:in )?other news", _FLAGS)
_TRAILER = r"[\s:.…»›>|-]*"


_NAV_LINE = re.compile(_NAV.pattern + _TRAILER, _FLAGS)
_LABEL_ONLY_LINE = re.compile(_LABEL_ONLY.pattern + _TRAILER, _FLAGS)
#: Every always-furniture rule in one pattern, so a paragraph costs one regex call.
_FURNITURE = re.compile(
    "|".join(
        f"(?:{pattern.pattern})" for pattern in (_AD, _PLAYER, _COMMENTS, _SHARE, _MENU, _WEATHER)
    ),
    _FLAGS,
)


@lru_cache(maxsize=32_768)
def is_boilerplate(paragraph: str) -> bool:
    """True for a paragraph that is page furniture wherever it appears.

    Remembered: adding a page asks it of the same paragraphs twice (the extractor's rules, then
    the reading of the kept Markdown). The patterns that need a character or a length to match
    are tried only when it is there.
    """
    if len(paragraph) > MAX_BOILERPLATE_CHARS:
        return False
    text = paragraph.strip(" .…:|•·")
    if not text:
        return True
    return (
        _FURNITURE.fullmatch(text) is not None
        or (not _BREADCRUMB_MARKS.isdisjoint(text) and _BREADCRUMB.fullmatch(text) is not None)
        or (_has_words(text, _MENU_ANYWHERE_WORDS) and _MENU_ANYWHERE.fullmatch(text) is not None)
        or (len(text) <= _GLUED_MAX and _GLUED_MENU.fullmatch(text) is not None)
        or (_may_be_duration_promo(text) and _DURATION_PROMO.fullmatch(text) is not None)
        or is_nav_label(paragraph)
    )


def _has_words(text: str, words: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(map(folded.__contains__, words))  # (map: no generator frame per word)


def _may_be_duration_promo(text: str) -> bool:
    """What a _DURATION_PROMO line must have: a "(" with a ":" (its running time), few words.
    Counting words is the dear part, and most lines with a "(" have no ":"."""
    return "(" in text and ":" in text and len(text.split(None, 20)) <= 20


def is_nav_label(paragraph: str) -> bool:
    """True for a "Related articles" / "Next post" style section label."""
    return len(paragraph) <= 60 and _NAV_LINE.fullmatch(paragraph.strip()) is not None


def starts_link_list(paragraph: str) -> bool:
    """True for a navigation label whose following headline-like lines link elsewhere."""
    return is_nav_label(paragraph) and _LABEL_ONLY_LINE.fullmatch(paragraph.strip()) is None


def is_teaser(paragraph: str) -> bool:
    """True for a truncated excerpt of another page: it ends in an ellipsis."""
    return paragraph.rstrip().endswith(("…", "...", "[…]", "[...]"))
