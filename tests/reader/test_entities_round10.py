"""Rules added in round 10 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class4_a_body_named_for_its_members_with_a_plural_possessive_is_whole() -> None:
    got = ents("The Teachers’ Service Commission and the Farmers’ Union of Wales met.")
    assert got == [("Teachers’ Service Commission", "ORG"), ("Farmers’ Union of Wales", "ORG")]
    assert ents("The Women’s Equality Party said so.") == [("Women’s Equality Party", "ORG")]
    got = ents(
        "He won at the Delta Magic Viewers’ Choice Awards, then at Tralee Writers’ Week 2025."
    )
    assert got == [
        ("Delta Magic Viewers’ Choice Awards", "EVENT"),
        ("Tralee Writers’ Week 2025", "EVENT"),
    ]
    # Left alone: a team's or a party's own thing, and a singular possessive.
    got = ents("The Gunners’ Champions League run and the Democrats’ Senate majority ended.")
    assert ("Champions League", "ORG") in got and ("Senate", "ORG") in got
    assert not any("’" in name for name, _ in got)
    got = ents("Donald Trump met voters. Trump’s Republican Party won.")
    assert ("Republican Party", "ORG") in got and not any("’" in name for name, _ in got)


def test_class4_a_law_title_with_words_in_brackets_is_whole_with_its_year() -> None:
    got = ents("Under the Islands (Scotland) Act 2018 and the Cinematograph (Amendment) Act, 2023.")
    assert got == [
        ("Islands (Scotland) Act 2018", "LAW"),
        ("Cinematograph (Amendment) Act, 2023", "LAW"),
    ]
    assert ents("The Data (Use and Access) Act passed.") == [("Data (Use and Access) Act", "LAW")]
    # A long title with small words takes its year too (it was a DATE beside the law).
    got = ents("The Right of Children to Free and Compulsory Education Act, 2009 applies.")
    assert got == [("Right of Children to Free and Compulsory Education Act, 2009", "LAW")]
    # Left alone: a party in brackets after a name, and a bare "the Act".
    got = ents("Ms Smith (Labour) said the Act was bad.")
    assert got == [("Smith", "PERSON"), ("Labour", "ORG")]


def test_class2_a_constitution_named_by_its_year_is_a_law() -> None:
    got = ents("It breaches the Land Use Act and the 1999 Constitution.")
    assert got == [("Land Use Act", "LAW"), ("1999 Constitution", "LAW")]
    # Left alone: a year before a constitution named by its country stays a date.
    got = ents("Under the 2010 Constitution of Kenya, counties rule.")
    assert got == [("2010", "DATE"), ("Constitution of Kenya", "LAW")]


def test_class4_an_adjective_opening_a_bodys_name_at_a_sentence_start_is_kept() -> None:
    assert ents("Electric Vehicle Council figures show it.") == [
        ("Electric Vehicle Council", "ORG")
    ]
    assert ents("Criminal Assets Bureau officers came.") == [("Criminal Assets Bureau", "ORG")]
    # Left alone: the adjective before a lower-case word, and an everyday word glued to a name.
    assert ents("Legal experts at Acme Group said so.") == [("Acme Group", "ORG")]
    assert ents("Rivals Acme Group said so.") == [("Acme Group", "ORG")]


def test_class4_video_inside_a_bodys_name_does_not_split_it() -> None:
    got = ents("The National Film and Video Censors Board gave it a rating.")
    assert got == [("National Film and Video Censors Board", "ORG")]
    # Left alone: "Video" before a colon, opening a caption, is no part of a name.
    assert ents("Video: Acme Group chief speaks.") == [("Acme Group", "ORG")]


def test_class5_an_unknown_name_before_elected_members_is_their_bloc() -> None:
    got = ents("Kenya Kwanza MPs and Azimio senators walked out.")
    assert got == [("Kenya Kwanza", "NORP"), ("Azimio", "NORP")]
    # Left alone: an acronym (the party), a known place, and the singular (a title).
    assert ents("ODM MCAs and Nairobi MCAs voted.") == [("ODM", "ORG"), ("Nairobi", "GPE")]
    assert ("Kenya Kwanza", "NORP") not in ents("Kenya Kwanza MP Jane Wairimu spoke.")


def test_class2_a_dome_and_a_terrace_are_venues() -> None:
    got = ents("The Big Dome is full, and the Lagoon Terrace was shut.")
    assert got == [("Big Dome", "FAC"), ("Lagoon Terrace", "FAC")]
    # Left alone: the words in lower case name nothing.
    assert ents("The dome and the terrace of Acme Group.") == [("Acme Group", "ORG")]


def test_class2_a_language_added_learned_or_spoken_is_no_people() -> None:
    assert ents("The app will add Marathi and Bengali before Diwali.") == [("Diwali", "DATE")]
    assert not any(n == "Korean" for n, _ in ents("She learned a dialect of Korean."))
    # Left alone: the people, before a place.
    assert ("Irish", "NORP") in ents("Many Irish in Boston voted.")


def test_class4_a_contest_or_body_named_for_an_office_is_whole() -> None:
    got = ents("San Miguel won Game 3 of the PBA Commissioner’s Cup finals.")
    assert ("PBA Commissioner’s Cup", "EVENT") in got
    got = ents("Information Commissioner's Office says it fined the firm.")
    assert got == [("Information Commissioner's Office", "ORG")]
    # Left alone: a person's possessive before a body.
    got = ents("Donald Trump spoke. Trump's Republican Party won.")
    assert ("Republican Party", "ORG") in got


def test_class3_a_managers_or_bosss_name_is_a_person() -> None:
    got = ents("Manchester City manager Pep Guardiola said Erling Haaland would miss it.")
    assert ("Pep Guardiola", "PERSON") in got
    assert ("Reece James", "PERSON") in ents("Chelsea captain Reece James was injured.")
    # Left alone: a firm after a firm's kind of manager.
    got = ents("The world's biggest asset manager BlackRock said so.")
    assert got == [("BlackRock", "ORG")]


_TECH = "The app, the chatbot and the smartphone software were updated. "


def test_class2_in_a_technology_report_a_model_after_a_launch_verb_is_a_product() -> None:
    got = ents(_TECH + "Google released Gemini 2.0, built into Microsoft 365 next month.")
    assert ("Gemini 2.0", "PRODUCT") in got and ("Microsoft 365", "PRODUCT") in got
    # Left alone: a plan's year after such a verb, and the same words outside technology.
    got = ents(_TECH + "The kingdom unveiled Vision 2030 on Monday.")
    assert ("2030", "DATE") in got
    assert ("Microsoft", "ORG") in ents("Staff moved into Microsoft 365 offices.")


def test_class4_a_products_series_and_number_are_part_of_it() -> None:
    got = ents("Apple unveiled the Apple Watch Series 10 on Monday.")
    assert ("Apple Watch Series 10", "PRODUCT") in got
    # Left alone: an event called a series, before a count.
    assert ("World Series", "EVENT") in ents("He won the World Series 4 times.")


_SPORT = "The striker scored twice in the league and the goalkeeper saved a penalty. "


def test_class2_on_a_sport_page_an_unknown_word_after_at_is_the_ground() -> None:
    assert ("Bellslea", "FAC") in ents(_SPORT + "Fraserburgh stumbled at Bellslea on Saturday.")
    # Left alone: a town (a place), a possessive, and the same words off a sport page.
    assert ("Huntly", "GPE") in ents(_SPORT + "The team lost at Huntly on Saturday.")
    assert ("Bellslea", "FAC") not in ents(_SPORT + "They ate at Bellslea's cafe.")
    assert ("Bellslea", "FAC") not in ents("Shares fell at Bellslea, the lender, on Monday.")


def test_class2_a_title_before_a_season_takings_or_streaming_is_no_entity() -> None:
    assert ents("Kaali Raat crossed Rs 500 crore at the box office.") == [("Rs 500 crore", "MONEY")]
    got = ents("The Long Harbour season two opens in June; Salt Lines will stream on Netflix.")
    assert [name for name, _ in got] == ["two", "June", "Netflix"]
    # Left alone: a name the gazetteer knows before such a cue.
    assert ("Disney", "ORG") in ents("Disney grossed $2bn at the box office.")


def test_class4_the_west_indies_are_one_name() -> None:
    got = ents("The West Indies beat England by five wickets.")
    assert ("West Indies", "LOC") in got
    # Left alone: "the West" alone, a region.
    assert ("West", "LOC") in ents("Relations between China and the West soured.")


def test_class8_a_county_named_with_a_spanish_article_is_a_place() -> None:
    got = ents("A state of emergency was declared in Los Angeles County on Tuesday.")
    assert ("Los Angeles County", "GPE") in got
    # Left alone: a body or a league whose name opens with an article.
    assert ents("La Liga and El Comercio said so.") == [("La Liga", "ORG"), ("El Comercio", "ORG")]


def test_class4_a_police_force_or_council_of_two_places_is_one_body() -> None:
    got = ents("Officers from Avon and Somerset Police came.")
    assert got == [("Avon and Somerset Police", "ORG")]
    got = ents("Brighton and Hove City Council said.")
    assert got == [("Brighton and Hove City Council", "ORG")]
    # Left alone: a country's own body after another country, and a firm before a council.
    got = ents("Trade between Kenya and Uganda Revenue Authority staff grew.")
    assert ("Uganda Revenue Authority", "ORG") in got
    assert ("Google", "ORG") in ents("Google and Somerset Council signed a deal.")


def test_class8_a_name_after_in_and_before_its_state_is_a_town() -> None:
    got = ents("The Fed chair spoke in Jackson Hole, Wyoming, on Friday.")
    assert ("Jackson Hole", "GPE") in got
    # Left alone: a person named before a state after "to" (her home, not a town).
    assert ("Mary Smith", "PERSON") in ents("It was given to Mary Smith, Texas.")


def test_class7_a_range_of_months_is_one_date() -> None:
    got = ents("Output rose in the April-June quarter and fell in January-March.")
    assert got == [("the April-June quarter", "DATE"), ("January-March", "DATE")]
    # Left alone: a month's name inside a longer word before a hyphen.
    assert ("May", "DATE") not in ents("The Mayo-Galway road was shut.")


def test_class4_a_justice_of_a_court_is_a_person_then_the_court() -> None:
    got = ents("He appeared before Justice Inyang Ekwo of the Federal High Court, Abuja.")
    assert got[:2] == [("Inyang Ekwo", "PERSON"), ("Federal High Court", "ORG")]
    got = ents("Justice Ekwo of the Federal High Court adjourned.")
    assert got == [("Ekwo", "PERSON"), ("Federal High Court", "ORG")]
    # Left alone: a department of justice "of" a country is one body.
    got = ents("The Department of Justice of the United States sued.")
    assert got == [("Department of Justice of the United States", "ORG")]


def test_class6_a_central_business_district_is_no_organisation() -> None:
    assert ents("Protests spread to Nairobi's CBD on Tuesday.") == [
        ("Nairobi", "GPE"),
        ("Tuesday", "DATE"),
    ]
    # Left alone: other acronyms are still bodies.
    assert ("CBN", "ORG") in ents("The CBN raised rates in Abuja.")


def test_class2_a_resolution_of_a_chamber_is_a_law() -> None:
    got = ents("Senator Risa Hontiveros filed Senate Resolution No. 1234 on Monday.")
    assert ("Senate Resolution No. 1234", "LAW") in got
    # Left alone: a body whose name holds the word.
    assert ents("The Resolution Foundation said so.") == [("Resolution Foundation", "ORG")]


def test_class4_a_danish_firms_a_s_is_part_of_its_name() -> None:
    assert ents("Shares of Novo Nordisk A/S jumped.") == [("Novo Nordisk A/S", "ORG")]
    assert ents("Carlsberg A/S, the brewer, said.") == [("Carlsberg A/S", "ORG")]
    # Left alone: a firm before another suffix keeps its own.
    assert ents("Equinor ASA said.") == [("Equinor ASA", "ORG")]


def test_class3_a_models_code_or_a_desk_byline_is_no_person() -> None:
    got = ents("It will overhaul Pratt & Whitney PW1100G engines.")
    assert not any(label == "PERSON" for _, label in got)
    assert ents("By STANDARD REPORTER\n\nThe National Assembly met.") == [
        ("STANDARD", "ORG"),  # the newspaper (round 15; dev4's gold labels it so)
        ("National Assembly", "ORG"),
    ]
    # Left alone: a person's byline, and a given name before a surname.
    assert ents("By Jane Doe\n\nIt rained.") == [("Jane Doe", "PERSON")]
    assert ents("Whitney Houston sang.") == [("Whitney Houston", "PERSON")]


def test_class6_a_firms_noun_opening_a_sentence_is_no_name_and_marks_the_firm() -> None:
    assert ents("Carmaker Toyota said sales rose.") == [("Toyota", "ORG")]
    assert ents("Chipmaker Nvidia rose.") == [("Nvidia", "ORG")]
    assert ents("Fund manager Fidelity cut its stake.") == [("Fidelity", "ORG")]
    # Left alone: a person after a manager of a club.
    assert ents("City manager Pep Guardiola said so.") == [("Pep Guardiola", "PERSON")]


def test_class6_the_tanaiste_is_a_title_and_aer_lingus_an_airline() -> None:
    assert ents("The Taoiseach met the Tánaiste on Monday.") == [("Monday", "DATE")]
    assert ents("Tánaiste Micheál Martin said so.") == [("Micheál Martin", "PERSON")]
    assert ents("Aer Lingus pilots voted to strike.") == [("Aer Lingus", "ORG")]
    # Left alone: a person of the same shape.
    assert ents("Aer Lingus hired Mary Lingus.") == [
        ("Aer Lingus", "ORG"),
        ("Mary Lingus", "PERSON"),
    ]


def test_class8_a_public_body_named_by_its_remit_and_country_is_one_org() -> None:
    got = ents("Police Scotland said a Transport Scotland spokesperson and Health Canada agreed.")
    assert got == [
        ("Police Scotland", "ORG"),
        ("Transport Scotland", "ORG"),
        ("Health Canada", "ORG"),
    ]
    # Left alone: a title after the remit word, a place after "in", a longer name.
    assert ents("Transport Secretary Louise Haigh spoke.") == [("Louise Haigh", "PERSON")]
    assert ents("Police in Scotland said so.") == [("Scotland", "GPE")]
    assert ents("The Health Kenya Fund paid.") == [("Health Kenya Fund", "ORG")]


def test_class4_an_institution_named_with_its_town_after_it_is_whole() -> None:
    got = ents("She studied at Imperial College London and worked at University Hospital Limerick.")
    assert got == [("Imperial College London", "ORG"), ("University Hospital Limerick", "ORG")]
    assert ents("He joined University College Cork.") == [("University College Cork", "ORG")]
    # Left alone: a town that opens another name after the institution.
    got = ents("Harvard University Boston Celtics fans cheered.")
    assert ("Boston Celtics", "ORG") in got


def test_class6_a_wire_slug_glued_to_a_headline_leaves_its_names_whole() -> None:
    text = "SOCCER-ARSENAL BEAT REAL MADRID\n\nLONDON (Reuters) - Arsenal won in Madrid."
    got = ents(text)
    assert got[:2] == [("ARSENAL", "ORG"), ("REAL MADRID", "ORG")]
    # The offsets are the text's own: the hyphen is no part of any entity.
    assert all("-" not in name for name, _ in got)
    # Left alone: a hyphenated word that is no slug, and a slug further down the text.
    assert ("ARSENAL", "ORG") not in ents("Line one\nAnd two\n\nThree\n\n\nSix\n\nSOCCER-ARSENAL")


def test_class5_a_people_before_community_people_or_diaspora_is_a_norp() -> None:
    got = ents("The Maasai community and the Ogoni people met the Somali diaspora.")
    assert got == [("Maasai", "NORP"), ("Ogoni", "NORP"), ("Somali", "NORP")]
    # Left alone: an everyday word before "community" is no people.
    assert ents("The Discord community grew.") == []


def test_class6_an_owner_named_by_an_everyday_word_is_a_firm() -> None:
    got = ents("Paystack, owned by Stripe, launched in Kenya.")
    assert got == [("Paystack", "ORG"), ("Stripe", "ORG"), ("Kenya", "GPE")]
    # Left alone: an everyday word after "by" with no owning verb.
    assert ents("The road was lined by Stripe markings.") == []


def test_class8_a_compass_adjective_and_a_place_are_one_place() -> None:
    got = ents("The premier announced a package for Western Sydney.")
    assert ("Western Sydney", "GPE") in got
    # Left alone: the adjective of the West before a noun, and a longer name.
    assert ents("Western governments imposed sanctions.") == [("Western", "NORP")]
    assert ents("Western Sydney University said so.") == [("Western Sydney University", "ORG")]


def test_class1_a_side_shaped_like_a_persons_name_against_a_team_is_a_team() -> None:
    got = ents(_SPORT + "Gor Mahia beat AFC Leopards 2-1, and Arsenal lost to Gor Mahia.")
    assert ("Gor Mahia", "ORG") in got and ("Gor Mahia", "PERSON") not in got
    # Left alone: two players.
    got = ents(_SPORT + "Jannik Sinner beat Carlos Alcaraz in the final.")
    assert ("Jannik Sinner", "PERSON") in got and ("Carlos Alcaraz", "PERSON") in got


def test_class3_a_name_holding_a_bodys_word_is_no_person() -> None:
    assert ents("They won the Super League Shield.") == [("Super League Shield", "ORG")]
    # Left alone: names of no English word stay people.
    assert ents("Raza Hussain Bukhari said so.") == [("Raza Hussain Bukhari", "PERSON")]


def test_class2_the_hajj_is_an_event() -> None:
    assert ("Hajj", "EVENT") in ents("The Hajj drew 1.8 million pilgrims to Mecca.")
    # Left alone: the lower-case word is no name.
    assert ents("He made the hajj in 2019.") == [("2019", "DATE")]


def test_class2_a_film_after_its_language_or_before_its_director_is_a_work() -> None:
    got = ents("The court stayed the release of the Malayalam film Empuraan.")
    assert not any(name == "Empuraan" for name, _ in got)
    got = ents("Shah Rukh Khan's Jawan, directed by Atlee, is now streaming on Netflix.")
    assert got == [("Shah Rukh Khan", "PERSON"), ("Atlee", "PERSON"), ("Netflix", "ORG")]
    # Left alone: "film" as a verb before a venue.
    got = ents("The crew will film Wembley Stadium next week.")
    assert ("Wembley Stadium", "FAC") in got


def test_class5_a_party_before_its_co_leader_is_a_norp() -> None:
    got = ents("Green Party co-leader Carla Denyer said the result was historic.")
    assert got == [("Green Party", "NORP"), ("Carla Denyer", "PERSON")]
    # Left alone: the party acting.
    assert ents("The Green Party said so.") == [("Green Party", "ORG")]


def test_class4_a_us_state_and_state_are_its_university() -> None:
    got = ents("Hughes, a former Ohio State forward, joined Michigan State.")
    assert ("Ohio State", "ORG") in got and ("Michigan State", "ORG") in got
    # Left alone: New York State is the state.
    assert ents("New York State passed a law.") == [("New York State", "GPE")]


def test_class8_the_mid_west_at_a_sentence_start_is_a_region_and_agoa_a_law() -> None:
    assert ents("“The Mid-West has the skills,” he said.") == [("Mid-West", "LOC")]
    assert ("Agoa", "LAW") in ents("Exports are in limbo as Agoa renewal stalls.")
    # Left alone: a compass word opening a longer name.
    assert ents("The South China Sea is contested.") == [("South China Sea", "LOC")]
