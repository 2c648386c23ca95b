"""Rules added in round 15 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class4_a_numbered_road_keeps_its_network_and_number() -> None:
    got = ents("Trucks take the servers out on National Freeway 1.")
    assert got == [("National Freeway 1", "FAC")]
    got = ents("Scenes were filmed on U.S. Highway 550 and State Highway 1.")
    assert got == [("U.S. Highway 550", "FAC"), ("State Highway 1", "FAC")]
    # Left alone: a road's number alone, and a network's word that is no part of the name.
    assert ents("Traffic on Highway 61 was slow.") == [("Highway 61", "FAC")]
    assert ents("He drove the coast route; Highway 7 was shut.") == [("Highway 7", "FAC")]


def test_class2_an_entertainment_centre_and_a_resort_are_venues() -> None:
    got = ents("The final is at the Catherine Hall Entertainment Center in Montego Bay.")
    assert got == [("Catherine Hall Entertainment Center", "FAC"), ("Montego Bay", "GPE")]
    assert ents("Fans get rooms at the Venetian Resort.") == [("Venetian Resort", "FAC")]
    # Left alone: a firm in entertainment, and a resort with a small "r".
    assert ents("Sony Pictures Entertainment said sales rose.") == [
        ("Sony Pictures Entertainment", "ORG")
    ]
    assert ents("Rooms at the resort near Montego Bay sold out.") == [("Montego Bay", "GPE")]
