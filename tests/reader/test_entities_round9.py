"""Rules added in round 9 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class8_where_a_firm_is_based_is_a_place() -> None:
    got = ents("Kelleher Leasing, the Shannon-based aircraft lessor, and a Kildare-based firm.")
    assert ("Shannon", "GPE") in got and ("Kildare", "GPE") in got
    # Left alone: a known firm before "-based" stays the firm; lower case names nothing.
    assert ("Google", "ORG") in ents("The Google-based team met in an evidence-based way.")
