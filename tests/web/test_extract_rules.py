"""postil's own rules on top of trafilatura: furniture dropped, text that looks like it kept."""

from __future__ import annotations

from reader.web.extract import extract_html
from tests.web.pagekit import PROSE, page, paragraphs

URL = "https://news.example.org/local/story"


def _text(body: str, head: str = "") -> str:
    return extract_html(page(body, head=head).encode(), URL).text


def test_read_more_lines_credits_and_newsletter_pitches_are_dropped() -> None:
    body = (
        f"<p>{PROSE[0]}</p><p><strong>READ MORE: <a href='/x'>Seaside town bans holiday lets</a>"
        f"</strong></p><p>{PROSE[1]}</p><p><em>(Image: Saltby Pier Trust)</em></p>"
        f"<p><strong>Get the biggest stories straight to your inbox.</strong> <a href='/n'>Sign "
        f"up here</a>.</p><p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    )
    text = _text(body)
    assert "READ MORE" not in text and "Saltby" not in text and "inbox" not in text
    assert all(sentence in text for sentence in PROSE)


def test_pull_quote_repeating_the_body_is_dropped() -> None:
    quote = "the change would cost about forty thousand pounds a year"
    pull = "<p>The change would cost about forty thousand pounds a year.</p>"
    body = paragraphs(f'<blockquote class="pq">{pull}</blockquote>')
    text = _text(body)
    assert text.lower().count(quote) == 1


def test_similar_paragraphs_of_equal_length_are_not_pull_quotes() -> None:
    steps = [
        f"Step {n}: fill the tray with compost and water it well before sowing seeds."
        for n in range(6)
    ]
    text = _text("".join(f"<p>{step}</p>" for step in steps) + paragraphs())
    assert all(step in text for step in steps)


def test_table_rows_are_kept_though_they_look_like_breadcrumbs() -> None:
    rows = "".join(
        f"<tr><td>{pos}</td><td>{team}</td><td>{pts}</td></tr>"
        for pos, team, pts in [("1", "Harton Rovers", "67"), ("2", "Wexley Town", "66")]
    )
    table = f"<table><tr><th>Pos</th><th>Team</th><th>Pts</th></tr>{rows}</table>"
    text = _text(paragraphs(table))
    assert "1 | Harton Rovers | 67" in text and "2 | Wexley Town | 66" in text


def test_live_blog_times_are_kept() -> None:
    times = "".join(
        f'<div class="entry"><time datetime="2024-05-02">{clock}</time><p>{prose}</p></div>'
        for clock, prose in zip(["22:01", "23:15", "00:42"], PROSE, strict=False)
    )
    text = _text(times + f"<p>{PROSE[3]}</p>")
    for clock in ("22:01", "23:15", "00:42"):
        assert f"\n\n{clock}\n\n" in text or text.startswith(f"{clock}\n\n")


def test_author_bio_byline_and_date_line_are_dropped() -> None:
    head = '<meta name="author" content="Femi Adebayo">'
    body = "<p>By Femi Adebayo</p><p>15. Januar 2024</p>" + paragraphs(
        "<p><em>Femi Adebayo is an urban planner who writes about towns.</em></p>"
    )
    text = _text(body, head)
    assert "Femi" not in text and "Januar" not in text
    assert PROSE[3] in text


def test_text_split_by_double_breaks_becomes_paragraphs() -> None:
    body = "<div class='text'>" + "<br><br>\n".join(PROSE) + "</div>"
    found = extract_html(page(body).encode(), URL)
    assert found.text.split("\n\n") == list(PROSE)


def test_layout_table_story_is_read_as_paragraphs() -> None:
    story = "<br><br>".join(PROSE)
    body = (
        "<table><tr><td><a href='/'>Front Page</a><br><a href='/obits'>Obituaries</a></td>"
        f"<td><font size='2'>{story}</font></td></tr></table>"
    )
    found = extract_html(page(body).encode(), URL)
    assert found.text.split("\n\n") == list(PROSE)
    assert "|" not in found.text


def test_furniture_widgets_in_the_article_column_are_removed() -> None:
    widget = (
        '<div class="newsletter-signup"><p>Our morning email breaks down the key stories of the '
        "day, telling you what is happening and why it matters, every weekday.</p></div>"
    )
    body = f"<p>{PROSE[0]}</p>{widget}<p>{PROSE[1]}</p><p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    assert "morning email" not in _text(body)
