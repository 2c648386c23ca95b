"""Short forms of named things, without a terminal: which thing each is short for, if any."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.mentions.grouping import find_named, group_mentions
from reader.mentions.short_forms import owners, without_firm_forms


def test_a_firm_without_its_company_form_is_the_firm() -> None:
    # The first seed's panel had "Baicells ×7" and "Baicells Technologies" as two bodies.
    things = {
        ("ORG", "baicells"),
        ("ORG", "baicells technologies"),
        ("ORG", "tencent"),
        ("ORG", "tencent holdings ltd."),
        ("ORG", "commerce"),
        ("ORG", "commerce department"),  # a department is not a company form
        ("GPE", "acme"),
        ("ORG", "acme group"),  # a place "Acme" is not the firm
    }
    assert owners(things) == {
        ("ORG", "baicells"): ("ORG", "baicells technologies"),
        ("ORG", "tencent"): ("ORG", "tencent holdings ltd."),
    }


def test_two_candidates_leave_a_short_form_alone() -> None:
    things = {
        ("ORG", "acme"),
        ("ORG", "acme group"),
        ("ORG", "acme inc"),
        ("PERSON", "biden"),
        ("PERSON", "joe biden"),
        ("PERSON", "hunter biden"),
        ("PERSON", "musk"),
        ("PERSON", "elon musk"),
    }
    assert owners(things) == {("PERSON", "musk"): ("PERSON", "elon musk")}


def test_a_plural_nationality_joins_only_a_singular_that_is_written() -> None:
    things = {("NORP", "americans"), ("NORP", "american"), ("NORP", "swiss")}
    assert owners(things) == {("NORP", "americans"): ("NORP", "american")}


def test_a_plural_of_a_plural_lands_on_the_thing_shown() -> None:
    things = {("NORP", "xss"), ("NORP", "xs"), ("NORP", "x")}
    assert owners(things) == {("NORP", "xss"): ("NORP", "x"), ("NORP", "xs"): ("NORP", "x")}


def test_a_company_form_is_never_the_whole_name() -> None:
    assert without_firm_forms("acme holdings ltd.") == "acme"
    assert without_firm_forms("group") == "group"
    assert without_firm_forms("international group") == "international"


def test_an_article_groups_a_firms_mentions_under_its_full_name() -> None:
    text = "Baicells Technologies grew. Baicells said Baicells would hire."
    spans = [(0, 21, "ORG"), (28, 36, "ORG"), (42, 50, "ORG")]
    [firm] = group_mentions(text, spans)
    assert firm.name == "Baicells Technologies" and firm.count == 3
    assert find_named([firm], "ORG", "baicells") is firm
    only_short = group_mentions("Baicells said.", [(0, 8, "ORG")])
    assert find_named(only_short, "ORG", "baicells technologies") is only_short[0]


_WORDS = st.sampled_from(
    ["acme", "biden", "joe", "group", "inc", "americans", "american", "x", "xs", "xss"]
)
_THINGS = st.sets(
    st.tuples(
        st.sampled_from(["PERSON", "ORG", "NORP", "GPE"]),
        st.lists(_WORDS, min_size=1, max_size=3).map(" ".join),
    ),
    max_size=12,
)


@given(_THINGS)
def test_a_short_form_points_at_another_thing_present_that_is_no_short_form(
    things: set[tuple[str, str]],
) -> None:
    found = owners(things)
    for short, owner in found.items():
        assert short in things and owner in things and short != owner
        assert short[0] == owner[0]  # a thing is never joined to another kind
        assert owner not in found  # no chains: every mention lands on a shown thing
