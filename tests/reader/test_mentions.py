"""Grouping entity spans into named things, in an article and across the library."""

from __future__ import annotations

from reader.mentions.grouping import find_named, group_mentions, group_rows, mention_key
from reader.mentions.library import merge_mentions


def _spans(text: str, *pieces: tuple[str, str, int]) -> list[tuple[int, int, str]]:
    """Spans of each ``(surface, label, nth occurrence)`` in ``text``."""
    spans = []
    for surface, label, nth in pieces:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        spans.append((start, start + len(surface), label))
    return spans


def test_keys_fold_case_quotes_space_and_possessives() -> None:
    assert mention_key("Musk’s") == mention_key("musk's") == mention_key("MUSK") == "musk"
    assert mention_key("New\u00a0 York") == "new york"
    assert mention_key("Reuters'") == "reuters"


#: A full name, its surname twice and a company twice: (surface, label, occurrence).
_MUSK_AND_TESLA = (
    ("Elon Musk", "PERSON", 0),
    ("Musk", "PERSON", 1),
    ("Tesla", "ORG", 0),
    ("Musk", "PERSON", 2),
    ("Tesla", "ORG", 1),
)


def test_a_surname_joins_its_full_name_and_the_fullest_name_is_shown() -> None:
    text = "Elon Musk spoke. Musk’s firm, Tesla, grew. Later Musk left Tesla."
    spans = _spans(text, *_MUSK_AND_TESLA)
    named = group_mentions(text, spans)
    musk = find_named(named, "PERSON", "elon musk")
    assert musk is not None and musk.name == "Elon Musk" and musk.count == 3
    assert musk.spans == tuple(sorted(musk.spans))
    assert find_named(named, "PERSON", "musk") is musk
    tesla = find_named(named, "ORG", "tesla")
    assert tesla is not None and tesla.count == 2
    assert [n.count for n in named] == [3, 2]


def test_rows_are_the_things_flattened_in_rank_order_whatever_order_spans_come_in() -> None:
    """The index packs the flat rows the grouping makes in place: the same things, names and
    sorted spans as :func:`group_mentions` (a surname's mentions folded in among its full
    name's, spans given out of order sorted), most mentioned first, ties by name."""
    text = "Elon Musk spoke. Musk’s firm, Tesla, grew. Later Musk left Tesla for ACME and Acme."
    spans = _spans(text, *_MUSK_AND_TESLA, ("ACME", "ORG", 0), ("Acme", "ORG", 0))
    rows = group_rows(text, spans[::-1])
    assert rows == [
        ["PERSON", "Elon Musk", "elon musk", 0, 9, 17, 21, 49, 53],
        ["ORG", "Acme", "acme", 69, 73, 78, 82],  # of forms alike, the first met
        ["ORG", "Tesla", "tesla", 30, 35, 59, 64],
    ]
    flat = [
        [n.label, n.name, n.key, *(o for s in n.spans for o in s)]
        for n in group_mentions(text, spans[::-1])
    ]
    assert rows == flat
    first = "Musk said Elon Musk won."  # in order, but the surname's mention comes first
    spans = _spans(first, ("Musk", "PERSON", 0), ("Elon Musk", "PERSON", 0))
    assert group_rows(first, spans) == [["PERSON", "Elon Musk", "elon musk", 0, 4, 10, 19]]


def test_an_ambiguous_surname_stays_apart() -> None:
    text = "Joe Biden and Hunter Biden met. Biden spoke."
    spans = _spans(
        text, ("Joe Biden", "PERSON", 0), ("Hunter Biden", "PERSON", 0), ("Biden", "PERSON", 2)
    )
    keys = {n.key for n in group_mentions(text, spans)}
    assert keys == {"joe biden", "hunter biden", "biden"}


def test_same_words_with_different_labels_are_different_things() -> None:
    text = "Washington said Washington would act."
    spans = _spans(text, ("Washington", "PERSON", 0), ("Washington", "GPE", 1))
    assert {(n.label, n.count) for n in group_mentions(text, spans)} == {("PERSON", 1), ("GPE", 1)}


def test_the_library_index_lists_articles_with_first_mention_and_counts() -> None:
    a = "TikTok grew. TikTok sued."
    b = "Critics said TikTok lied."
    per_article = [
        ("a", group_mentions(a, _spans(a, ("TikTok", "ORG", 0), ("TikTok", "ORG", 1)))),
        ("b", group_mentions(b, _spans(b, ("TikTok", "ORG", 0), ("Critics", "NORP", 0)))),
    ]
    index = merge_mentions(
        (article, n.label, n.key, n.name, n.spans[0][0], n.count)
        for article, named in per_article
        for n in named
    )
    assert index[0].name == "TikTok"
    assert index[0].articles == [("a", 0, 2), ("b", 13, 1)]
    assert index[0].mentions == 3


def test_across_the_library_names_come_before_dates_and_figures() -> None:
    # "two · number · 3 articles" stood among the organisations and places of the E list.
    rows = [(a, "CARDINAL", "two", "two", 0, 1) for a in "abc"]
    rows += [(a, "DATE", "friday", "Friday", 5, 1) for a in "ab"]
    rows += [("a", "PERSON", "elon musk", "Elon Musk", 9, 4), ("b", "ORG", "acme", "Acme", 1, 1)]
    rows += [("c", "ORG", "acme", "Acme", 1, 1)]
    order = [(n.label, n.name) for n in merge_mentions(rows)]
    assert order == [
        ("ORG", "Acme"),  # two articles
        ("PERSON", "Elon Musk"),  # one
        ("CARDINAL", "two"),  # three articles, but a figure
        ("DATE", "Friday"),
    ]


def test_across_the_library_a_lone_surname_joins_the_one_full_name_ending_with_it() -> None:
    # "the Biden administration" (seed 000) and "Joe Biden" (seed 001) were two people.
    rows = [
        ("a", "PERSON", "biden", "Biden", 40, 3),
        ("b", "PERSON", "joe biden", "Joe Biden", 7, 1),
        ("c", "PERSON", "joe biden", "Joe Biden", 2, 2),
        ("c", "PERSON", "biden", "Biden", 1, 1),  # both forms in one article: one row
        ("a", "ORG", "biden", "Biden", 90, 1),  # another kind is another thing
        ("a", "PERSON", "musk", "Musk", 0, 1),
        ("b", "PERSON", "elon musk", "Elon Musk", 0, 1),
        ("c", "PERSON", "kimbal musk", "Kimbal Musk", 0, 1),  # two Musks: which one?
    ]
    index = {(n.label, n.key): n for n in merge_mentions(rows)}
    biden = index["PERSON", "joe biden"]
    assert ("PERSON", "biden") not in index and biden.name == "Joe Biden"
    assert sorted(biden.articles) == [("a", 40, 3), ("b", 7, 1), ("c", 1, 3)]
    assert biden.has_key("PERSON", "biden") and not biden.has_key("ORG", "biden")
    assert ("ORG", "biden") in index and ("PERSON", "musk") in index


def test_a_full_name_chosen_across_the_library_finds_an_articles_lone_surname() -> None:
    text = "The Biden administration said Biden would act."
    named = group_mentions(text, _spans(text, ("Biden", "PERSON", 0), ("Biden", "PERSON", 1)))
    found = find_named(named, "PERSON", "joe biden")
    assert found is not None and found.key == "biden" and found.count == 2
    assert find_named(named, "PERSON", "joe smith") is None


def test_a_nationality_and_its_plural_are_one_group_where_both_are_written() -> None:
    # "American ×3" and "Americans ×2" were two rows of the panel, and of the library's list.
    text = "Americans said American firms and an American judge. Americans agreed. The Swiss too."
    spans = _spans(text, ("Americans", "NORP", 0), ("American", "NORP", 1))
    spans += _spans(text, ("American", "NORP", 2), ("Americans", "NORP", 1))
    spans += _spans(text, ("Swiss", "NORP", 0))
    named = group_mentions(text, sorted(spans))
    assert [(n.name, n.count) for n in named] == [("American", 4), ("Swiss", 1)]
    american = find_named(named, "NORP", "american")
    assert (
        american is not None and [s for s, _ in american.spans] == sorted(s for s, *_ in spans)[:4]
    )
    only_plural = group_mentions("Americans.", [(0, 9, "NORP")])
    found = find_named(only_plural, "NORP", "american")  # the library's singular
    assert found is not None and found.key == "americans"
    rows = [
        ("a", "NORP", "american", "American", 5, 3),
        ("b", "NORP", "americans", "Americans", 0, 2),
    ]
    [library] = merge_mentions(rows)
    assert library.key == "american" and sorted(library.articles) == [("a", 5, 3), ("b", 0, 2)]
    assert library.has_key("NORP", "americans")


def test_across_the_library_a_datelines_capitals_are_not_the_name_shown() -> None:
    # Wire stories opening "NAIROBI (Reuters) -" came first: the list showed "NAIROBI".
    # An article's name is already its most mentioned form; across the library too.
    rows = [("a", "GPE", "nairobi", "NAIROBI", 0, 1), ("b", "GPE", "nairobi", "Nairobi", 9, 2)]
    rows += [("c", "GPE", "nairobi", "NAIROBI", 0, 1)]
    rows += [("c", "ORG", "nasa", "NASA", 0, 3), ("d", "ORG", "nasa", "Nasa", 0, 2)]
    rows += [("e", "PERSON", "musk", "MUSK", 0, 1), ("f", "PERSON", "musk", "Musk", 0, 1)]
    rows += [("g", "PERSON", "elon musk", "Elon Musk", 0, 1)]
    rows += [("h", "PERSON", "elon musk", "ELON MUSK", 0, 1)]
    names = {n.key: n.name for n in merge_mentions(rows)}
    assert names == {"nairobi": "Nairobi", "nasa": "NASA", "elon musk": "Elon Musk"}


def test_a_datelines_capitals_are_not_the_name_shown_when_the_body_writes_it() -> None:
    text = "LAGOS, March 3 - Talks in Lagos stalled. NASA and NASA, said Nasa."
    spans = _spans(
        text, ("LAGOS", "GPE", 0), ("Lagos", "GPE", 0), ("NASA", "ORG", 0), ("NASA", "ORG", 1)
    )
    spans += _spans(text, ("Nasa", "ORG", 0))
    named = group_mentions(text, spans)
    lagos = find_named(named, "GPE", "lagos")
    nasa = find_named(named, "ORG", "nasa")
    assert lagos is not None and lagos.name == "Lagos" and lagos.count == 2
    assert nasa is not None and nasa.name == "NASA"  # the most frequent form still wins


def test_a_country_or_body_written_short_is_one_thing_with_its_full_name() -> None:
    # "US", "U.S." and "United States" were three places in the panel, each with part of the
    # mentions; "the EU" and "the European Union" two bodies.
    text = (
        "The United States and the U.S.’s allies met; US officials and the EU, the European Union."
    )
    spans = _spans(
        text,
        ("United States", "GPE", 0),
        ("U.S.’s", "GPE", 0),
        ("US", "GPE", 0),
        ("EU", "ORG", 0),
        ("European Union", "ORG", 0),
    )
    named = group_mentions(text, spans)
    assert [(n.label, n.name, n.count) for n in named] == [
        ("GPE", "United States", 3),
        ("ORG", "European Union", 2),
    ]
    assert mention_key("U.K.") == mention_key("UK") == "united kingdom"
    assert mention_key("J.K.") == "jk"  # dots go, but only a listed short form is renamed
    assert mention_key("USA Today") == "usa today"  # a name that starts with one is its own
