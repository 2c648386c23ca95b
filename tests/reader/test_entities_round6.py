"""Rules added in round 6 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class4_a_body_named_by_its_subject_after_on_is_one_name() -> None:
    got = ents("The Council on Foreign Relations published a report on Monday.")
    assert ("Council on Foreign Relations", "ORG") in got
    got = ents("The Senate Committee on Foreign Affairs met in Washington.")
    assert ("Senate Committee on Foreign Affairs", "ORG") in got
    # Left alone: a date or a known name after "on" is not the body's subject.
    got = ents("The European Commission on Tuesday fined Google. The Council on Ukraine met.")
    assert ("European Commission", "ORG") in got and ("Tuesday", "DATE") in got
    assert ("Ukraine", "GPE") in got


def test_class4_a_body_whose_name_starts_with_two_common_nouns_is_one_name() -> None:
    got = ents("The plans go to the Police and Crime Panel on 18 March.")
    assert ("Police and Crime Panel", "ORG") in got
    # Left alone: a name of its own before "and" stays apart.
    got = ents("The BBC and Channel 4 News Service said so.")
    assert ("BBC", "ORG") in got


def test_class5_a_compass_word_before_a_people_is_one_norp() -> None:
    got = ents("Its South Australian secretary spoke. A West German court ruled.")
    assert ("South Australian", "NORP") in got and ("West German", "NORP") in got
    # Left alone: a compass word that is a region keeps its own span.
    assert ("South", "NORP") not in ents("Australians in the South voted.")


def test_class2_a_name_before_a_drink_or_snack_noun_is_a_product() -> None:
    got = ents("The brewer, whose Harmattan Gold lager sells well, reported profit.")
    assert ("Harmattan Gold", "PRODUCT") in got
    got = ents("Sales of its Crunchwell snack bars rose.")
    assert ("Crunchwell", "PRODUCT") in got


def test_class6_a_plural_role_at_a_sentence_start_is_no_part_of_a_name() -> None:
    got = ents("Organisers BookMyShow said tickets sold out.")
    assert ("BookMyShow", "ORG") in got


def test_class4_a_generic_word_inside_a_famous_name_does_not_cut_it() -> None:
    # "Watch" is generic news vocabulary ("Watch the video"), and "Human" an everyday word
    # at a sentence start: neither may cut a known name.
    for text in (
        "Human Rights Watch and Oxfam condemned the ruling.",
        "A report by Human Rights Watch and Amnesty International said so.",
    ):
        assert ("Human Rights Watch", "ORG") in ents(text)
    got = ents("Amazon Web Services and Microsoft Azure lead the market.")
    assert ("Amazon Web Services", "ORG") in got  # a longer known name through "Web"
    assert ents("Watch the video and Oxfam's reply.") == [("Oxfam", "ORG")]


def test_class8_port_heads_a_town_and_party_branches_are_organisations() -> None:
    got = ents("Tata Steel will keep the Port Talbot works open. Scottish Labour lost a seat.")
    assert ("Port Talbot", "GPE") in got and ("Scottish Labour", "ORG") in got
    # Left alone: clubs named by a port are on the list of organisations.
    assert ("Port Vale", "ORG") in ents("Port Vale beat Walsall 2-1 on Saturday.")


def test_class6_an_award_category_is_no_entity() -> None:
    assert ents("The film won Best Picture and Best Actress.") == []
    assert ents("It won seven Oscars.") == [("seven", "CARDINAL")]
    # Left alone: a known name that starts with "Best", and a person called Best.
    assert ("Best Buy", "ORG") in ents("Preorders open at Best Buy on Friday.")
    assert ("Best Western", "ORG") in ents("He stayed at a Best Western near the airport.")
    assert ("George Best", "PERSON") in ents("George Best scored twice.")


def test_class8_small_towns_spelled_like_everyday_words_are_no_places() -> None:
    # "Best" (a Dutch town) and "Metro" (an Indonesian city) are ambiguous places:
    # "Metro Manila" is one region, not a city beside a city.
    assert ents("Cinemas in Metro Manila show only local films.") == [("Metro Manila", "GPE")]


def test_class2_a_known_maker_before_a_product_noun_stays_the_maker() -> None:
    got = ents("It runs on the tablet's MediaTek chip. Nokia handsets and Alphabet's Wing.")
    assert ("MediaTek", "ORG") in got and ("Nokia", "ORG") in got
    assert ("Alphabet", "ORG") in got
    # Left alone: an unknown name before a product noun is the product.
    assert ("Kestrel", "PRODUCT") in ents("The firm showed its Kestrel drone.")


def test_class4_a_body_of_a_country_and_a_holders_office_are_one_name() -> None:
    got = ents("It cited the Motorcycle Assembly of Kenya and the Football Association of Ireland.")
    assert ("Motorcycle Assembly of Kenya", "ORG") in got
    assert ("Football Association of Ireland", "ORG") in got
    got = ents("The Information Commissioner's Office fined it. The Attorney General's Office met.")
    assert ("Information Commissioner's Office", "ORG") in got
    assert ("Attorney General's Office", "ORG") in got
    # Left alone: a person's possessive before a name with "Office" in it.
    assert ("Office Depot", "ORG") in ents("Smith's Office Depot store closed.")


def test_class3_leaders_named_by_surname_alone_are_people() -> None:
    got = ents("Putin met Macron and Modi. Zelensky and Netanyahu spoke. Musk said so.")
    assert {label for _, label in got} == {"PERSON"} and len(got) == 6
    assert ("Obama", "PERSON") in ents("Obama spoke in Chicago.")  # not the Japanese city
    # Left alone: the full name stays whole, and a name the surname heads keeps its kind.
    assert ents("President Joe Biden met Elon Musk.") == [
        ("Joe Biden", "PERSON"),
        ("Elon Musk", "PERSON"),
    ]
    assert ("Trump Tower", "FAC") in ents("They met at Trump Tower.")


def test_class5_a_party_acts_as_an_org_and_modifies_as_a_norp() -> None:
    assert ents("The Lib Dem leader, Ed Davey, spoke.")[0] == ("Lib Dem", "NORP")
    assert ents("The Liberal Democrats called for a review.") == [("Liberal Democrats", "ORG")]
    # Left alone: a party's name before a member noun stays the member's label.
    assert ents("A Liberal Democrats councillor spoke.") == [("Liberal Democrats", "NORP")]


def test_class2_technology_names_a_reader_meets_daily() -> None:
    got = ents("Meta released new Ray-Ban glasses. The Steam Deck and the Pixel Watch 3 sold.")
    assert ("Meta", "ORG") in got and ("Ray-Ban", "ORG") in got
    assert ("Steam Deck", "PRODUCT") in got and ("Pixel Watch 3", "PRODUCT") in got


def test_class4_known_firms_joined_by_and_are_two_and_a_firm_named_with_and_is_one() -> None:
    got = ents("The regulator fined Standard Chartered and Deutsche Bank on Monday.")
    assert ("Standard Chartered", "ORG") in got and ("Deutsche Bank", "ORG") in got
    assert ("Marks and Spencer", "ORG") in ents("Shares of Marks and Spencer jumped.")
    got = ents("Reliance Industries and Adani Group shares fell.")
    assert ("Reliance Industries", "ORG") in got and ("Adani Group", "ORG") in got
    # Left alone: one body with "and" inside its name.
    got = ents("The Australian Communications and Media Authority said so.")
    assert ("Australian Communications and Media Authority", "ORG") in got


def test_class2_roads_theatres_docks_and_famous_buildings_are_facilities() -> None:
    got = ents("Traffic left the M25 for I-95. The A1(M) and Interstate 80 were shut.")
    assert [name for name, label in got if label == "FAC"] == [
        "M25",
        "I-95",
        "A1(M)",
        "Interstate 80",
    ]
    got = ents("She joined the Abbey Theatre. The ship reached Tilbury Docks.")
    assert ("Abbey Theatre", "FAC") in got and ("Tilbury Docks", "FAC") in got
    got = ents("Protesters met outside Leinster House and the Old Bailey.")
    assert ("Leinster House", "FAC") in got and ("Old Bailey", "FAC") in got
    # Left alone: Apple's chips and a grade are no roads.
    assert not any(label == "FAC" for _, label in ents("The M4 chip beat the M2. An A1 grade."))
    assert ("A350", "FAC") not in ents("Airbus delivered more jets, and the A350 sold.")


def test_class2_a_car_makers_model_and_named_drugs_and_drinks_are_products() -> None:
    got = ents("The Toyota Corolla and the Volkswagen Golf sold well, as did the BYD Seal.")
    assert [label for _, label in got] == ["PRODUCT"] * 3
    assert ("Tesla Model Y", "PRODUCT") in ents("The Tesla Model Y sold well.")
    got = ents("Eli Lilly's Mounjaro gained. Pepsi Max sales rose.")
    assert ("Eli Lilly", "ORG") in got and ("Pepsi Max", "PRODUCT") in got
    # Left alone: the maker's own bodies, and a grade after a word.
    got = ents("Toyota Motor, the Ford Foundation and Toyota Europe said so.")
    assert [label for _, label in got] == ["ORG"] * 3
    assert ents("The house is in council tax Band D.") == []


def test_class4_two_storms_joined_by_and_are_two_events() -> None:
    got = ents("Hurricane Milton and Storm Bert caused floods; the Euros followed.")
    assert got == [("Hurricane Milton", "EVENT"), ("Storm Bert", "EVENT"), ("Euros", "EVENT")]


def test_class2_agreements_treaties_of_places_and_acronym_acts_are_laws() -> None:
    got = ents("The Paris Agreement, the Treaty of Versailles and the EU's AI Act were cited.")
    assert ("Paris Agreement", "LAW") in got and ("Treaty of Versailles", "LAW") in got
    assert ("AI Act", "LAW") in got
    # Left alone: "AI" alone is generic, and a body's name stays a body.
    assert ents("AI is everywhere, the Convention of Scottish Local Authorities said.") == [
        ("Convention of Scottish Local Authorities", "ORG")
    ]


def test_class2_stage_names_bands_and_titles_after_acting_verbs() -> None:
    got = ents(
        "Lady Gaga joined the Rolling Stones on stage. She stars in Beetlejuice Beetlejuice."
    )
    assert got == [("Lady Gaga", "PERSON"), ("Rolling Stones", "ORG")]
    got = ents("It reached the Billboard Hot 100 and the Billboard Global 200.")
    assert got == [("Billboard Hot 100", "ORG"), ("Billboard Global 200", "ORG")]
    # Left alone: a known place after "starred in" is the place.
    assert ents("She starred in London last year.")[0] == ("London", "GPE")


def test_class5_reform_is_a_party_where_the_article_names_it_and_a_word_elsewhere() -> None:
    got = ents("A Reform councillor, Gail Hepple, spoke. Reform won the seat.")
    assert got[0] == ("Reform", "NORP") and got[-1] == ("Reform", "ORG")
    assert ents("Reform of the NHS is needed, Labour said.") == [("NHS", "ORG"), ("Labour", "ORG")]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("It expects $3.55 to $3.65 a share.", "$3.55 to $3.65", "MONEY"),
        ("The naira traded at about ₦1,650 to the dollar.", "about ₦1,650", "MONEY"),
        ("The film passed P800 million on Sunday.", "P800 million", "MONEY"),
        ("It will pay a dividend of 4.1 cent a share.", "4.1 cent", "MONEY"),
        ("It cut its full-year forecast.", "full-year", "DATE"),
        ("Six stores close by June next year.", "June next year", "DATE"),
        ("It led the chart for six straight weeks.", "six straight weeks", "DATE"),
        ("The film opened on Christmas Day.", "Christmas Day", "DATE"),
    ],
)
def test_class7_money_ranges_pesos_cents_and_dates_a_reader_expects(
    text: str, span: str, label: str
) -> None:
    assert (span, label) in ents(text)


def test_class7_the_new_money_and_date_forms_leave_their_neighbours_alone() -> None:
    assert ents("Profit rose from $2 billion to $3 billion.") == [
        ("$2 billion", "MONEY"),
        ("$3 billion", "MONEY"),
    ]
    assert ents("She filled in a P45 form. Profit rose 4.1 per cent.") == [
        ("4.1 per cent", "PERCENT")
    ]


def test_class8_the_amazon_is_the_forest_unless_a_word_of_the_company_follows() -> None:
    got = ents("The Amazon taught me everything. Fires in the Amazon rainforest spread.")
    assert got == [("Amazon", "LOC"), ("Amazon", "LOC")]
    got = ents("The Amazon founder spoke, and Amazon said it would appeal.")
    assert got == [("Amazon", "ORG"), ("Amazon", "ORG")]
    assert ("Mumbai Indians", "ORG") in ents("Rajasthan travel to face Mumbai Indians.")


def test_class7_one_as_a_pronoun_and_won_as_a_verb_are_no_numbers_or_money() -> None:
    got = ents("They shut stations, including the last one in Redcar.")
    assert ("one", "CARDINAL") not in got
    assert ents("He said that one wing had been hit.") == [("one", "CARDINAL")]
    assert ents("The two won gold medals.") == [("two", "CARDINAL")]
    got = ents("It cost 5,000 won, or 3 trillion Korean won.")
    assert got == [("5,000 won", "MONEY"), ("3 trillion Korean won", "MONEY")]


def test_class7_a_cricket_total_formula_one_and_highways() -> None:
    got = ents("Brief scores: Rajasthan Royals 196/5 in 20 overs. Hamilton left Formula 1.")
    assert ("196/5", "CARDINAL") in got and ("Formula 1", "ORG") in got
    assert ("Highway 1", "FAC") in ents("Highway 1 was closed by a landslide.")
    # Left alone: a date written with a slash.
    assert ("12/5", "CARDINAL") not in ents("The deadline is 12/5 this year.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A novel about three generations.", [("three", "CARDINAL")]),
        ("About 300 people came.", [("About 300", "CARDINAL")]),
        ("It got about nine out of 10 right.", [("about nine out of 10", "CARDINAL")]),
        ("It has sold more than 1.5m doorbells.", [("more than 1.5m", "CARDINAL")]),
        ("It uses a third less power.", [("a third", "CARDINAL")]),
        ("She beat him 52% to 48%.", [("52%", "PERCENT"), ("48%", "PERCENT")]),
        ("Fees will rise 12% to 15%.", [("12% to 15%", "PERCENT")]),
        ("It was the goal of the season.", [("the season", "DATE")]),
        ("Demand rose over the holidays.", [("the holidays", "DATE")]),
        ("It won album of the year.", []),
    ],
)
def test_class7_counts_shares_and_periods_as_the_gold_reads_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert ents(text) == expected


def test_class8_an_unknown_town_after_a_person_or_a_journey_and_from_is_a_place() -> None:
    got = ents("A congressman from Benguet spoke. The ship was travelling from Yantian.")
    assert ("Benguet", "GPE") in got and ("Yantian", "GPE") in got
    # Left alone: "from" after anything else names no place.
    assert ("Qorvex", "GPE") not in ents("A statement from Qorvex said so.")


def test_class5_peoples_before_farmers_are_norp() -> None:
    got = ents("Ifugao and Kalinga farmers in the Cordillera watched.")
    assert got[:2] == [("Ifugao", "NORP"), ("Kalinga", "NORP")]


RESULTS_PAGE = (
    "ICE HOCKEY - NHL RESULTS.\n\nNEW YORK 1996-12-06\n\n"
    "Results of National Hockey League games on Thursday (home team in CAPS):\n\n"
    "NY RANGERS 4 Boston 2\nToronto 3 MONTREAL 3 (OT)\n\n"
    "Standings (games played, won, lost, goals for, against, points):\n\n"
    "Legia Warsaw 14 8 3 3 20 14 27\n"
)


def test_class1_a_page_of_results_is_a_sport_page_though_it_says_little_in_lower_case() -> None:
    got = ents(RESULTS_PAGE)
    for team in ("NY RANGERS", "Legia Warsaw"):
        assert (team, "ORG") in got, team
    # A franchise called by its city stays the city in a report of a North American league,
    # as our sets write it (round 15; this test wanted clubs here before).
    for city in ("Boston", "Toronto", "MONTREAL"):
        assert (city, "GPE") in got, city
    assert not any(name in ("ICE HOCKEY", "OT") for name, _ in got)  # a slug, overtime
    # Left alone: one results-like line in a business story is no sport page.
    got = ents("Shares of Acme rose. Boston 2 London 1 was the tally of offices it opened.")
    assert ("Boston", "GPE") in got


def test_class2_a_camel_case_device_or_feature_is_a_product() -> None:
    got = ents("It works on Jio's JioPhone. A helmet check, HelmetCam, uses the camera.")
    assert ("JioPhone", "PRODUCT") in got and ("HelmetCam", "PRODUCT") in got
    # Left alone: other camel case is a firm or a brand.
    got = ents("Data from PitchBook and BookMyShow showed it.")
    assert ("PitchBook", "ORG") in got and ("BookMyShow", "ORG") in got


def test_class6_the_place_of_a_wire_dateline_is_a_place_though_the_gazetteer_lacks_it() -> None:
    got = ents("KORLOVO, Dec 6 (Reuters) - Prices rose.")
    assert got[0] == ("KORLOVO", "GPE") and ("Reuters", "ORG") in got
    got = ents("MODESTO, Calif., Dec. 6, 2024 (AP) — Shares fell.")
    assert got[0] == ("MODESTO", "GPE")
    # Left alone: capitals before an agency that are no dateline.
    assert ("ACME", "GPE") not in ents("ACME SAYS PROFIT ROSE (Reuters) - Acme said.")
