"""Cleaning rules on pages from other outlets and formats: they must generalise past the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import headlines, load_article
from reader.library.article import Article


def _load(tmp_path: Path, text: str, name: str = "page.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_wire_story_with_byline_reading_time_and_dateline(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Brazil central bank holds rate at 10.5% as inflation expectations rise\n"
        "By Jane Doe\n"
        "3 minute read\n"
        "June 19, 2024 9:05 PM UTC Updated\n"
        "BRASILIA, June 19 (Reuters) - Brazil's central bank held its benchmark interest rate "
        "at 10.5% on Wednesday, halting an easing cycle as inflation expectations rose.\n"
        "The decision was unanimous, the bank said in a statement.\n"
        "Share\n"
        "Facebook Twitter LinkedIn Email\n",
    )
    assert article.title == "Brazil central bank holds rate at 10.5% as inflation expectations rise"
    assert article.source == "Reuters"
    assert article.date == "June 19, 2024 9:05 PM UTC"
    assert article.text.split("\n") == [
        "By Jane Doe",
        "BRASILIA, June 19 (Reuters) - Brazil's central bank held its benchmark interest rate "
        "at 10.5% on Wednesday, halting an easing cycle as inflation expectations rose.",
        "The decision was unanimous, the bank said in a statement.",
    ]
    assert article.hidden_lines == 4


def test_broadcaster_page_with_image_captions_and_topic_links(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Home > World > Africa\n\n"
        "Kenya drought: Millions face hunger as rains fail again\n\n"
        "12 March 2023\n\nShare\n\n"
        "Image source, Getty Images\n\n"
        "BBC News, Nairobi\n\n"
        "Millions of people in northern Kenya face severe hunger after a fifth failed rainy "
        "season, aid agencies have warned.\n\n"
        "Herders say they have lost most of their cattle.\n\n"
        "Related Topics\n\nKenya\n\nDrought\n",
    )
    assert article.title == "Kenya drought: Millions face hunger as rains fail again"
    assert article.date == "12 March 2023"
    assert article.source == "BBC News"
    assert article.text.split("\n") == [
        "Millions of people in northern Kenya face severe hunger after a fifth failed rainy "
        "season, aid agencies have warned.",
        "Herders say they have lost most of their cattle.",
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "World / Asia",
        "Home | News | World",
        "(Photo by Ann Lee/Getty Images)",
        "Image: AFP",
        "FILE PHOTO: Lanterns are seen over the old town in this picture taken March 3, 2019. "
        "REUTERS/Ann Lee",
    ],
)
def test_navigation_and_photo_credits_above_the_headline(tmp_path: Path, furniture: str) -> None:
    para = "The festival drew record crowds over the weekend, organisers said on Monday."
    article = _load(tmp_path, f"{furniture}\nRecord crowds at the lantern festival\n{para}\n")
    assert (article.title, article.text, article.hidden_lines) == (
        "Record crowds at the lantern festival",
        para,
        1,
    )


def test_title_with_site_suffix_and_copyright_footer(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Bushfire threatens towns in Victoria | Australia news | The Guardian\n"
        "Residents of several towns were told to leave on Saturday as a bushfire spread.\n"
        "Firefighters expect conditions to worsen overnight.\n"
        "© 2025 Guardian News & Media Limited. All rights reserved.\n",
    )
    assert article.title == "Bushfire threatens towns in Victoria"
    assert article.source == "Guardian News & Media Limited"
    assert "All rights reserved" not in article.text


def test_no_headline_gives_a_short_title_from_the_first_sentence(tmp_path: Path) -> None:
    body = (
        "The minister said on Monday that the reform would be delayed. Critics disagreed "
        "strongly with the decision and its timing, which they called political."
    )
    article = _load(tmp_path, body + "\n" + body + "\n")
    assert article.title == "The minister said on Monday that the reform would be delayed"
    long = "Officials from the ministry of agriculture and several regional governments " * 3
    assert _load(tmp_path, long + ".\n" + body).title.endswith("…")
    assert len(_load(tmp_path, long + ".\n" + body).title) <= 80


def test_subheading_between_paragraphs_is_not_the_title(tmp_path: Path) -> None:
    para = "Prices rose again in March, the statistics office said in its monthly report. " * 2
    article = _load(tmp_path, f"{para}\n{para}\nA turning point\n{para}\n")
    assert article.title.startswith("Prices rose again in March")
    assert "A turning point" in article.text.split("\n")


def test_hard_wrapped_text_is_rejoined(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Rail strike called off after late-night talks\n\n"
        "Unions called off a national rail strike late on Tuesday after the\n"
        "operator improved its pay offer, ending weeks of disruption for\n"
        "commuters across the country.\n\n"
        "The deal must still be approved by members in a ballot next month,\n"
        "union leaders said.\n",
    )
    assert article.title == "Rail strike called off after late-night talks"
    assert article.text.split("\n") == [
        "Unions called off a national rail strike late on Tuesday after the operator improved "
        "its pay offer, ending weeks of disruption for commuters across the country.",
        "The deal must still be approved by members in a ballot next month, union leaders said.",
    ]


def test_results_and_standings_rows_stay_rows_and_are_no_headline(tmp_path: Path) -> None:
    """A block whose lines end in numbers is a table, not a wrapped paragraph, even in a
    hard-wrapped file; a results row below the top of the text is not its headline."""
    results = [
        "Nkana Red Devils 2 Zesco United Stars 1",
        "Power Dynamos Athletic 0 Kabwe Warriors FC 0",
        "Green Buffaloes Army FC 3 Red Arrows Airforce 1",
    ]
    article = _load(
        tmp_path,
        "FOOTBALL - ZAMBIAN SUPER LEAGUE RESULTS AND STANDINGS.\n\n"
        "Results of the super league matches played over the weekend in the\n"
        "country, as the title race between the leading clubs tightens again:\n\n"
        + "\n".join(results)
        + "\n\nThe leaders meet again in a fortnight, when the last round of the season\n"
        "is played in Kitwe before a crowd that the league expects to be the\n"
        "largest of the year.\n",
    )
    assert article.title == "FOOTBALL - ZAMBIAN SUPER LEAGUE RESULTS AND STANDINGS"
    lines = article.text.split("\n")
    assert all(row in lines for row in results)
    # Left alone: prose that breaks after a number now and then is still joined.
    assert lines[-1] == (
        "The leaders meet again in a fortnight, when the last round of the season is played "
        "in Kitwe before a crowd that the league expects to be the largest of the year."
    )


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Derry City 0 Cork City 0", True),
        ("Shelbourne 9 6 2 1 17 8 20", True),
        ("Dmitri Sorokin (Russia) beat Paul Whitely (Britain) 4-6 6-3 6-3", True),
        ("Arsenal beat Chelsea 2-1", False),
        ("Apple sells 10 million iPhone 16", False),
        ("Top 10 films of 2024", False),
    ],
)
def test_a_results_or_table_row_is_told_from_a_headline(line: str, row: bool) -> None:
    assert headlines.is_score_row(line) is row


def test_short_header_lines_are_not_joined(tmp_path: Path) -> None:
    article = _load(tmp_path, "Weather\nNew York\nA real headline about the harbour\n" + "x " * 40)
    assert article.title == "A real headline about the harbour"


def test_markdown_front_matter_and_headings(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        '---\ntitle: "Chip maker\'s profit triples"\ndate: 2024-07-25\nsource: Korea Herald\n'
        "---\n\n# Chip maker's profit triples\n\n"
        "Second-quarter profit tripled on demand for memory used in AI servers.\n\n"
        "## Outlook\n\nThe company expects demand to stay strong.\n",
        name="chips.md",
    )
    assert article.title == "Chip maker's profit triples"
    assert (article.date, article.source) == ("2024-07-25", "Korea Herald")
    assert article.text.split("\n") == [
        "Second-quarter profit tripled on demand for memory used in AI servers.",
        "Outlook",
        "The company expects demand to stay strong.",
    ]


def test_markdown_links_keep_their_text_and_images_go(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "# Port reopens after storm\n\n![A crane](img/crane.jpg)\n\n"
        "The [port authority](https://example.org/pa) said ships can dock again.\n",
        "port.md",
    )
    assert article.text == "The port authority said ships can dock again."


def test_a_markdown_link_may_hold_parentheses(tmp_path: Path) -> None:
    """A Wikipedia-style address, ``Rome_(disambiguation)``: the link is whole and no stray
    ``)`` shows; an image with one goes whole too."""
    article = _load(
        tmp_path,
        "# Rome\n\n![Map](https://img.example/Rome_(map).png)\n\n"
        "See [Rome](https://en.wikipedia.org/wiki/Rome_(disambiguation)) for more, "
        "and [a script](javascript:alert(1)) here.\n",
        "rome.md",
    )
    assert article.text == "See Rome for more, and a script here."
    assert [(link.start, link.end, link.url) for link in article.links] == [
        (4, 8, "https://en.wikipedia.org/wiki/Rome_(disambiguation)")
    ]


def test_markdown_setext_heading_emphasis_quotes_and_rules(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "Why the central bank paused\n===========================\n\n"
        "*By Maria Lopez*\n\nThe bank held rates **steady** on Wednesday.\n\n---\n\n"
        '> "We are not done yet," the governor said.\n\nNext steps\n----------\n\n'
        "- Next meeting: September\n",
        "bank.md",
    )
    assert article.title == "Why the central bank paused"
    assert article.text.split("\n") == [
        "By Maria Lopez",
        "The bank held rates steady on Wednesday.",
        '"We are not done yet," the governor said.',
        "Next steps",
        "- Next meeting: September",
    ]


def test_markdown_lines_of_one_paragraph_are_joined(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "# Storm closes the port\n"
        "The port closed on Monday.\nShips waited offshore.\n"
        "- first item\n- second item\n\n```\ncode line one\ncode line two\n```\n",
        "semantic.md",
    )
    assert article.title == "Storm closes the port"
    assert article.text.split("\n") == [
        "The port closed on Monday. Ships waited offshore.",
        "- first item",
        "- second item",
        "code line one",
        "code line two",
    ]


def test_site_footer_links_are_furniture(tmp_path: Path) -> None:
    para = "The opposition won a surprise majority in Sunday's regional election, results showed."
    footer = "About Us\nContact\nPrivacy Policy\nTerms of Use\n© 2023 Daily Planet News."
    article = _load(tmp_path, f"Opposition wins surprise majority\n{para}\n{footer}\n")
    assert (article.text, article.hidden_lines, article.source) == (para, 5, "Daily Planet News")


def test_markdown_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    article = _load(tmp_path, "# Court blocks the merger\n\nA court blocked it.\n", "c.md")
    assert (article.title, article.text) == ("Court blocks the merger", "A court blocked it.")


def test_body_sentences_that_start_like_furniture_are_kept(tmp_path: Path) -> None:
    lines = [
        "Share prices fell sharply on Monday after the announcement.",
        "Comment from the company was not immediately available.",
        "Related companies in the sector also lost ground in early trading.",
        "Advertisement revenue at the group rose 4% in the quarter.",
        "Copyright law reform was debated in parliament on Tuesday.",
        "The final kicks off at Wembley (20:45)",
    ]
    article = _load(tmp_path, "Markets slide on rate fears\n" + "\n".join(lines) + "\n")
    assert article.text.split("\n") == lines
    assert article.hidden_lines == 0


def test_spaces_folded_and_paragraphs_trimmed(tmp_path: Path) -> None:
    article = _load(tmp_path, "A headline about many things\n  Some   spaced\ttext here.  \n")
    assert article.text == "Some spaced text here."


def test_outlet_like_subheading_between_paragraphs_is_kept(tmp_path: Path) -> None:
    para = "The vaccine trial met its main goal, researchers said on Thursday in a statement."
    article = _load(tmp_path, f"Trial results lift hopes\n{para}\nGood News\n{para}\nDaily Star\n")
    assert article.text.split("\n") == [para, "Good News", para]
    assert article.source == "Daily Star"


def test_a_line_starting_with_a_date_is_not_a_date_line(tmp_path: Path) -> None:
    para = "Voters queued from early morning at polling stations across the state."
    article = _load(tmp_path, f"May 2, 2024 Election results announced today\n{para}\n")
    assert article.title == "May 2, 2024 Election results announced today"
    assert article.date is None
    dated = _load(
        tmp_path, f"Polls close across the state\nMay 2, 2024 10:15 AM EDT Updated\n{para}"
    )
    assert dated.date == "May 2, 2024 10:15 AM EDT"


@pytest.mark.parametrize(
    ("head", "source", "date"),
    [
        ("KARLSRUHE, Germany, April 29, 2021 (dpa) - The court", "dpa", "April 29, 2021"),
        ("New Delhi, June 4, 2024 (PTI) The alliance", "PTI", "June 4, 2024"),
        ("SEOUL, July 25 (Yonhap) -- The chipmaker", "Yonhap", None),
        ("Apple, the maker (AAPL) said on Friday", None, None),  # not a dateline
    ],
)
def test_wire_datelines(tmp_path: Path, head: str, source: str | None, date: str | None) -> None:
    text = f"A headline on top of the story\n{head} reported results for the quarter today.\n"
    article = _load(tmp_path, text)
    assert (article.source, article.date) == (source, date)


def test_agency_credit_lines_and_end_marks(tmp_path: Path) -> None:
    para = "Firefighters battled the blaze through the night as winds picked up again."
    article = _load(
        tmp_path,
        f"(LEAD) Fire jumps containment lines\n\nAAP\nSydney, Saturday 4 January 2020, 6:45pm AEDT"
        f"\n\n{para}\n\n(END)\n",
    )
    assert article.title == "(LEAD) Fire jumps containment lines"
    assert (article.source, article.date) == ("AAP", "Saturday 4 January 2020, 6:45pm AEDT")
    assert (article.text, article.hidden_lines) == (para, 3)
    capitals = _load(tmp_path, f"A headline for the north\nTHE CANADIAN PRESS\n{para}\n")
    assert capitals.source == "THE CANADIAN PRESS"
    byline = _load(tmp_path, f"A headline for the east\nBy Ann Lee | Associated Press\n{para}\n")
    assert byline.source == "Associated Press"
    assert byline.text.startswith("By Ann Lee | Associated Press\n")
