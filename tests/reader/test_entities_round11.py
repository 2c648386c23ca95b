"""Rules added in round 11 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class7_a_model_letter_after_a_count_is_no_temperature() -> None:
    got = ents("Ford recalled 200,000 F-150 pickups and 300 C-130 parts.")
    assert ("200,000", "CARDINAL") in got and ("300", "CARDINAL") in got
    assert not any(label == "QUANTITY" for _, label in got)
    # Left alone: temperatures, with and without a space, and a range.
    assert ents("It was 104 F at noon.")[0] == ("104 F", "QUANTITY")
    assert ("41C", "QUANTITY") in ents("Highs of 41C-45C are forecast.")


def test_class4_a_model_word_after_a_product_is_part_of_its_name() -> None:
    got = ents("Sony cut the price of the PlayStation 5 Pro.")
    assert got[1] == ("PlayStation 5 Pro", "PRODUCT")
    assert ents("The new iPad Air starts at $599.")[0] == ("iPad Air", "PRODUCT")
    # Left alone: a word that opens another name.
    got = ents("The iPhone Max Verstappen uses is old.")
    assert got == [("iPhone", "PRODUCT"), ("Max Verstappen", "PERSON")]


def test_class6_suv_is_no_organisation() -> None:
    assert ents("Consumers want an SUV, and the SUV market grew.") == []
    # Left alone: a product named with it.
    assert ("Toyota RAV4", "PRODUCT") in ents("The Toyota RAV4 SUV sold well.")


def test_class2_a_known_makers_model_code_names_the_product() -> None:
    assert ents("He drove a Toyota RAV4 to work.") == [("Toyota RAV4", "PRODUCT")]
    assert ents("Both Hyundai i20 entries retired.") == [("Hyundai i20", "PRODUCT")]
    # Left alone: a quarter, a fiscal year or a network generation after the firm.
    assert ents("Toyota Q3 profit rose.")[0] == ("Toyota", "ORG")
    assert ents("Vodafone 5G coverage grew.") == [("Vodafone", "ORG")]


def test_class2_an_acronym_or_word_before_a_facility_noun_is_the_facility() -> None:
    got = ents("Heavy rain filled the KRS dam. Commuters at MRT stations and Apapa port waited.")
    assert got == [("KRS", "FAC"), ("MRT", "FAC"), ("Apapa", "FAC")]
    # Left alone: a body the gazetteer knows, and an acronym before another noun.
    assert ents("The BBC port of the show aired.") == [("BBC", "ORG")]
    assert ents("The KRS board met.") == [("KRS", "ORG")]


def test_class2_a_studio_where_something_is_shot_is_the_place() -> None:
    got = ents("Interiors will be shot at Ardmore Studios in Bray.")
    assert got == [("Ardmore Studios", "FAC"), ("Bray", "GPE")]
    assert ("Abbey Road Studios", "FAC") in ents("It was recorded in 2023 at Abbey Road Studios.")
    # Left alone: the studio as a company.
    assert ents("Ardmore Studios said it would hire staff.") == [("Ardmore Studios", "ORG")]


def test_class4_two_partners_named_as_one_firm_by_a_noun_or_a_verb_in_the_singular() -> None:
    assert ents("Law firm Mason and Hale represents the family.") == [("Mason and Hale", "ORG")]
    assert ents("Ernst and Young audits the bank.") == [("Ernst and Young", "ORG")]
    got = ents("Keller and Brandt, a Zurich law firm, filed the suit.")
    assert got[0] == ("Keller and Brandt", "ORG")
    # Left alone: two brands, and a plural noun after the pair.
    assert ents("Apple and Google sells phones.") == [("Apple", "ORG"), ("Google", "ORG")]
    assert ("Mason and Hale", "ORG") not in ents("Mason and Hale players were arrested.")
    assert ents("Rivals Nio and Xpeng fell.") == [("Nio", "ORG"), ("Xpeng", "ORG")]


def test_class3_a_country_and_a_utilitys_word_are_a_firm_not_a_person() -> None:
    assert ents("Kenya Power said the outage hit Nairobi.")[0] == ("Kenya Power", "ORG")
    assert ents("Georgia Power raised its rates.") == [("Georgia Power", "ORG")]
    # Left alone: people whose given name is a country's, or whose surname is the word.
    assert ents("Kenya Moore left the show.") == [("Kenya Moore", "PERSON")]
    assert ents("Samantha Power said so.") == [("Samantha Power", "PERSON")]


def test_class2_an_event_that_takes_money_is_no_works_title() -> None:
    got = ents("Taylor Swift’s Eras Tour grossed $2 billion.")
    assert got == [("Taylor Swift", "PERSON"), ("Eras Tour", "EVENT"), ("$2 billion", "MONEY")]
    # Left alone: a film's title before its takings is still no entity.
    assert ents("Jawan crossed Rs 1,000 crore.") == [("Rs 1,000 crore", "MONEY")]


def test_class2_a_show_renewed_for_a_season_is_a_title() -> None:
    assert ents("Netflix renewed Squid Game for a third season.") == [
        ("Netflix", "ORG"),
        ("third", "ORDINAL"),
    ]
    assert ents("Squid Game has been renewed for a third season.") == [("third", "ORDINAL")]
    # Left alone: a club a coach stays with "for a third season" (no renewal of a show).
    got = ents("Coach Kahiga will lead Gor Mahia FC for a third season.")
    assert ("Gor Mahia FC", "ORG") in got


def test_class2_a_broadcasters_programme_is_a_title_even_when_a_place_shares_its_name() -> None:
    assert ents("The BBC's Panorama programme investigated.") == [("BBC", "ORG")]
    assert ents("RTÉ's Prime Time programme revealed the figures.") == [("RTÉ", "ORG")]
    # Left alone: a known place after the possessive, and a presenter.
    assert ("London", "GPE") in ents("The BBC's London bureau closed.")
    assert ("Lester Holt", "PERSON") in ents("NBC's Lester Holt spoke.")


def test_class2_a_makers_racing_team_is_an_organisation_not_a_product() -> None:
    got = ents("Toyota Gazoo Racing and Hyundai Motorsport completed the podium.")
    assert got == [("Toyota Gazoo Racing", "ORG"), ("Hyundai Motorsport", "ORG")]
    # Left alone: a maker's model.
    assert ents("He drove a Volkswagen Golf.") == [("Volkswagen Golf", "PRODUCT")]


def test_class4_a_rally_is_named_with_its_country() -> None:
    got = ents("He won the Safari Rally Kenya; Rally Finland is next.")
    assert got == [("Safari Rally Kenya", "EVENT"), ("Rally Finland", "EVENT")]
    # Left alone: a party named "Rally", and a rally in a place.
    assert ("Rally for Democracy", "EVENT") not in ents("The Rally for Democracy met.")
    assert ents("The Safari Rally starts in Naivasha.") == [
        ("Safari Rally", "EVENT"),
        ("Naivasha", "GPE"),
    ]


def test_class3_a_name_after_a_noun_of_musical_groups_is_the_group() -> None:
    got = ents("The Kenyan band Sauti Sol announced a break.")
    assert got == [("Kenyan", "NORP"), ("Sauti Sol", "ORG")]
    got = ents("The band, Blur, reunited. The duo Jungle toured Asia.")
    assert ("Blur", "ORG") in got and ("Jungle", "ORG") in got
    # Left alone: a group's officer, and members of a group of people.
    assert ents("The group's chairman John Kamau spoke.") == [("John Kamau", "PERSON")]
    assert ("Mary Wanjiru", "PERSON") in ents("A group of nurses, led by Mary Wanjiru, met.")


def test_class2_titles_known_by_their_cast_charts_or_seasons_are_no_entities() -> None:
    got = ents("Gidi Blues, starring Banky Wellington, opens in cinemas on Friday.")
    assert ("Gidi Blues", "ORG") not in got and ("Friday", "DATE") in got
    assert ents("Kizazi Moto topped the Disney+ charts.") == [("Disney+", "ORG")]
    assert ents("Mazishi debuted at number one.") == [("one", "CARDINAL")]
    assert ents("The second season of Shogun arrives.") == [("second", "ORDINAL")]
    # Left alone: a club's season, and an event's takings.
    got = ents("It was the first season of Liverpool Football Club under Slot.")
    assert ("Liverpool Football Club", "ORG") in got


def test_class5_a_coalition_named_with_its_country_forms_a_government() -> None:
    got = ents("The Kenya Kwanza government has faced protests since June.")
    assert got == [("Kenya Kwanza", "ORG"), ("June", "DATE")]
    assert ("Seanad", "ORG") in ents("The Dáil and the Seanad will debate the bill.")
    # Left alone: a leader's government, and a person whose given name is a country's.
    assert ents("The Ruto administration fell.") == [("Ruto", "PERSON")]
    assert ents("Kenya Moore left.") == [("Kenya Moore", "PERSON")]


def test_class2_award_categories_and_titles_after_a_kind_of_show_are_no_entities() -> None:
    assert ents("Tems won a Grammy for Best African Music Performance.") == [("Tems", "PERSON")]
    assert ents("The reality show Love Island returns in June.") == [("June", "DATE")]
    assert ents("The Irish-language film An Cailín Ciúin won.") == []
    # Left alone: a retailer named "Best", a party after "show" the verb, a show's judge.
    assert ents("Best Buy shares fell.") == [("Best Buy", "ORG")]
    assert ents("Polls show Labour ahead.") == [("Labour", "ORG")]
    assert ents("The talent show judge Simon Cowell spoke.") == [("Simon Cowell", "PERSON")]


def test_class6_a_first_word_before_only_generic_words_of_a_firm_is_part_of_its_name() -> None:
    got = ents("Equity Group Holdings reported a profit.")
    assert got == [("Equity Group Holdings", "ORG")]
    # Left alone: an everyday word glued to a name at a sentence start.
    assert ents("Shares of Li Auto rose.") == [("Li Auto", "ORG")]


def test_class5_a_places_people_named_after_it_are_a_norp() -> None:
    got = ents("The MP said Teessiders pay more, and Dubliners and Lagosians agreed.")
    assert got == [("Teessiders", "NORP"), ("Dubliners", "NORP"), ("Lagosians", "NORP")]
    # Left alone: a surname that ends the same way.
    assert ("Bowers", "NORP") not in ents("The Bowers family said so.")


def test_class8_a_place_that_posts_a_profit_is_a_firm() -> None:
    got = ents("Santa Ana said its profit rose. Santa Ana will open a plant in Santa Ana.")
    assert [label for _, label in got if _ == "Santa Ana"] == ["ORG", "ORG", "GPE"]
    assert ents("Stellenbosch's shares fell on Tuesday.")[0] == ("Stellenbosch", "ORG")
    # Left alone: a government's revenue.
    assert ents("Kenya said its revenue collection rose.") == [("Kenya", "GPE")]


def test_class6_a_shouted_word_that_opens_a_body_named_below_is_that_body() -> None:
    text = (
        "SOCCER - KOWALSKI DOUBLE HANDS LECH WIN OVER LEGIA\n\n"
        "Striker Marek Kowalski scored twice as Lech Poznan beat Legia Warsaw 2-1.\n\n"
        "RAIN IN MANCHESTER\n\nManchester United fans cheered."
    )
    got = ents(text)
    assert ("LECH", "ORG") in got and ("LEGIA", "ORG") in got
    # Left alone: a place the gazetteer knows, though it opens a club's name here.
    assert ("MANCHESTER", "GPE") in got


def test_class3_hon_is_a_title_and_a_pronoun_after_the_speech_makes_a_person() -> None:
    assert ents("Hon. Wetangula ruled the motion out of order.") == [("Wetangula", "PERSON")]
    assert ents("Hon Moses Kuria spoke.") == [("Moses Kuria", "PERSON")]
    got = ents("Sources close to Mahama said he would travel to Accra.")
    assert got == [("Mahama", "PERSON"), ("Accra", "GPE")]
    # Left alone: Foxconn's parent, and a body that speaks of itself.
    assert ents("Foxconn parent Hon Hai said it would invest.")[1] == ("Hon Hai", "ORG")
    assert ents("Sources close to Zenora said it would sell.")[0][1] != "PERSON"


def test_class4_a_body_with_a_generic_opening_and_its_country_is_one() -> None:
    got = ents("The Securities and Exchange Board of India barred the promoters.")
    assert got == [("Securities and Exchange Board of India", "ORG")]
    # Left alone: two houses.
    assert ents("The House and Senate of Nigeria met.")[0] == ("House", "ORG")


def test_class4_filipino_ng_joins_a_bodys_name() -> None:
    got = ents("The Bangko Sentral ng Pilipinas kept its rate at 6.25 per cent.")
    assert got[0] == ("Bangko Sentral ng Pilipinas", "ORG")
    # Left alone: the surname Ng.
    assert ("Andrew Ng", "PERSON") in ents("Andrew Ng said so.")


def test_class4_a_ministrys_portfolios_listed_with_commas_are_its_name() -> None:
    got = ents("The Ministry of Lands, Public Works, Housing and Urban Development said so.")
    assert got == [("Ministry of Lands, Public Works, Housing and Urban Development", "ORG")]
    got = ents("The Department for Environment, Food and Rural Affairs issued guidance.")
    assert got == [("Department for Environment, Food and Rural Affairs", "ORG")]
    got = ents("The Department of Forestry, Fisheries and the Environment issued permits.")
    assert got == [("Department of Forestry, Fisheries and the Environment", "ORG")]
    # Left alone: a list of bodies after a ministry.
    got = ents("The Ministry of Health, Kenya Power and KenGen met.")
    assert got == [("Ministry of Health", "ORG"), ("Kenya Power", "ORG"), ("KenGen", "ORG")]


def test_class2_carmakers_models_and_weapons_are_products() -> None:
    got = ents("The new Mazda CX-5 and Kia Sportage compete.")
    assert got == [("Mazda CX-5", "PRODUCT"), ("Kia Sportage", "PRODUCT")]
    assert ("Abrams", "PRODUCT") in ents("The Abrams tanks arrived in Kyiv.")
    # Left alone: a singer named like a carmaker, and a think tank.
    assert ents("Mercedes Sosa sang.") == [("Mercedes Sosa", "PERSON")]
    assert ents("The Chatham House think tank said so.") == [("Chatham House", "ORG")]


def test_class2_grounds_superhighways_bypasses_and_markets_are_facilities() -> None:
    assert ents("Crowds gathered at Kamukunji Grounds.") == [("Kamukunji Grounds", "FAC")]
    got = ents("The convoy took the Thika Superhighway and the Eastern Bypass.")
    assert got == [("Thika Superhighway", "FAC"), ("Eastern Bypass", "FAC")]
    assert ents("A fire broke out at Gikomba market.") == [("Gikomba", "FAC")]
    # Left alone: a people's market.
    assert ents("The Kenyan market grew.") == [("Kenyan", "NORP")]


def test_class7_eid_with_its_name_is_a_date() -> None:
    got = ents("Crowds marked Eid al-Fitr, and Eid-ul-Adha falls on Friday.")
    assert got == [("Eid al-Fitr", "DATE"), ("Eid-ul-Adha", "DATE"), ("Friday", "DATE")]
    # Left alone: Eid alone.
    assert ents("Shops closed for Eid.") == [("Eid", "DATE")]


def test_class7_the_early_hours_are_a_time() -> None:
    got = ents("The talks lasted until the early hours of Monday; a fire began in the early hours.")
    assert got == [("the early hours of Monday", "TIME"), ("the early hours", "TIME")]
    # Left alone: hours of a kind.
    assert ents("Office hours are short.") == []


def test_class2_a_title_with_two_small_words_and_a_named_craft() -> None:
    got = ents("The novel, Half of a Yellow Sun, was adapted for the screen.")
    assert not any(label == "PERSON" for _, label in got)  # "Yellow Sun" was a person
    assert ents("A ship called Aurora docked.") == [("Aurora", "PRODUCT")]
    # Left alone: a body after "of" and an article is no title's word.
    got = ents("The novel won the Prize of the Year. Chinua Achebe wrote it.")
    assert ("Chinua Achebe", "PERSON") in got


def test_class2_state_house_after_a_place_preposition_is_the_building() -> None:
    got = ents("The President hosted delegates at State House. Protesters marched to State House.")
    assert got.count(("State House", "FAC")) == 2
    # Left alone: the seat that acts is the government.
    assert ents("State House said the talks went well.") == [("State House", "ORG")]
