"""Rules added in round 8 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class4_a_firm_of_two_surnames_after_a_person_and_of() -> None:
    got = ents("Rosanna Mulready of Quigley and Farrell said shares would rise.")
    assert ("Rosanna Mulready", "PERSON") in got and ("Quigley and Farrell", "ORG") in got
    # Left alone: a place and a place after "of" stay two.
    got = ents("The Duke of York and Albany visited the town.")
    assert ("York and Albany", "ORG") not in got


def test_class4_a_firm_of_two_surnames_at_a_line_start_is_one_firm() -> None:
    text = (
        "Penrose and Vale to shut six stores, bets on city refits\n\n"
        "Melbourne chain Penrose and Vale will close six stores. Shares in Penrose and"
        " Vale fell 14 per cent.\n"
    )
    assert ents(text)[0] == ("Penrose and Vale", "ORG")
    # Left alone: an everyday word at a sentence start is no surname of a firm.
    assert ("Young and Farrell", "ORG") not in ents("Young and Farrell were in Leeds.")


def test_class2_a_title_set_off_before_the_noun_of_its_work_is_a_work() -> None:
    got = ents("Blue Hour, an original song by the band, entered the chart.")
    assert not any(s.startswith("Blue") for s, _ in got)
    assert ents("The Salt Archive, a novel about a family, won.") == []
    # Left alone: a person before a role that holds a work noun, or a known name.
    assert ("Tom Hanks", "PERSON") in ents("Tom Hanks, the star of the film, said so.")
    got = ents("Christopher Nolan, the British film director, said so.")
    assert ("Christopher Nolan", "PERSON") in got
    assert ("North America", "LOC") in ents("North America, the best-selling album of 2024.")


def test_class2_a_name_and_number_before_a_noun_of_made_things_is_a_product() -> None:
    got = ents("The firm will use its Petrel 2 drones, which carry 2.5 kg.")
    assert ("Petrel 2", "PRODUCT") in got
    # Left alone: a number before a firm's noun, or with no noun of made things after it.
    assert ("Galaxy 5", "PRODUCT") not in ents("Shares in the Galaxy 5 maker rose.")
    assert ("Group 2", "PRODUCT") not in ents("Kenya topped Group 2 on Sunday.")
