"""Rules added in round 7 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


def test_class4_and_parts_a_list_before_an_ampersand_does() -> None:
    got = ents("Shares in Marks & Spencer and Tesco rose.")
    assert ("Marks & Spencer", "ORG") in got and ("Tesco", "ORG") in got
    # Left alone: two single words joined by "&" are still one firm.
    assert ("Harvest & Hearth", "ORG") in ents("He runs Harvest & Hearth in Leeds.")


def test_class4_a_firm_named_by_a_possessive_keeps_its_s() -> None:
    got = ents("Rivals Tesco and Sainsbury's cut prices, and McDonald's raised them.")
    assert ("Sainsbury's", "ORG") in got and ("McDonald's", "ORG") in got
    assert ("McDonald's", "ORG") in ents("McDonald's said sales rose at its restaurants.")
    assert ("Ben & Jerry's", "ORG") in ents("Unilever said it would sell Ben & Jerry's.")
    # Left alone: a person of the article bears the name, or a title stands before it.
    got = ents("Helmut Kohl met Francois Mitterrand. Kohl's government fell.")
    assert ("Kohl's", "ORG") not in got and ("Kohl", "PERSON") in got
    assert ("Christie's", "ORG") not in ents("Agatha Christie's novels sold well.")
    assert ("Kohl's", "ORG") not in ents("Chancellor Kohl's party won.")


def test_class2_a_firm_named_by_its_product_makes_the_name_a_product() -> None:
    assert ("Marmite", "PRODUCT") in ents("The Marmite maker said sales rose.")
    assert ("Oreo", "PRODUCT") in ents("Shares in the Oreo maker fell 3%.")
    # Left alone: a known firm before "maker" stays the firm.
    assert ("TikTok", "ORG") in ents("The TikTok maker ByteDance denied it.")


def test_class4_an_event_keeps_its_edition_in_roman_numerals() -> None:
    got = ents("The Kansas City Chiefs won Super Bowl LVIII in Las Vegas.")
    assert ("Super Bowl LVIII", "EVENT") in got
    assert ("World War II", "EVENT") in ents("World War II began in 1939.")
    # Left alone: capitals that are no Roman numeral.
    assert ("Olympics", "EVENT") in ents("He watched the Olympics LIVE on TV.")


def test_class3_a_title_at_a_sentence_start_still_announces_a_person() -> None:
    for text, name in (
        ("Governor Hochul said the state would appeal.", "Hochul"),
        ("Chancellor Merz's party won the vote.", "Merz"),
    ):
        assert (name, "PERSON") in ents(text)
    # Left alone: a title word that starts a body's name.
    assert ("General Motors", "ORG") in ents("General Motors said sales rose.")


def test_class3_leaders_named_by_their_surname_alone() -> None:
    got = ents("Mandela met Thatcher in 1990, and Mitterrand met Gorbachev.")
    assert all((name, "PERSON") in got for name in ("Mandela", "Thatcher", "Mitterrand"))


def test_class4_names_of_firms_that_start_with_all_or_end_in_games() -> None:
    assert ("All India Radio", "ORG") in ents("All India Radio reported the result.")
    got = ents("Epic Games sued Apple, and Activision Blizzard settled.")
    assert ("Epic Games", "ORG") in got and ("Activision Blizzard", "ORG") in got
    # Left alone: an event named by its games.
    assert ("Commonwealth Games", "EVENT") in ents("She won gold at the Commonwealth Games.")


def test_class4_an_adjective_opening_a_body_at_a_sentence_start_stays_in_its_name() -> None:
    for name in ("Local Government Association", "Universal Music Group"):
        assert (name, "ORG") in ents(f"{name} said it would help.")
    # Left alone: an everyday noun glued to a name at a sentence start.
    assert ("Acme Group", "ORG") in ents("Rivals Acme Group said it would help.")


def test_class4_a_generic_word_that_starts_a_famous_name_does_not_cut_it() -> None:
    got = ents("Live Nation and Ticketmaster face an antitrust suit.")
    assert ("Live Nation", "ORG") in got and ("Ticketmaster", "ORG") in got
    assert ("Warner Bros. Discovery", "ORG") in ents("Warner Bros. Discovery cut jobs.")


def test_class3_a_role_noun_before_a_lone_word_makes_it_a_person() -> None:
    assert ("Nemo", "PERSON") in ents("Eurovision winner Nemo performed in Malmo.")
    assert ("Haaland", "PERSON") in ents("The goal by striker Haaland came late.")


def test_class2_a_title_after_a_studio_possessive_is_no_entity() -> None:
    got = ents("Netflix's Bridgerton returned for a third season.")
    assert ("Netflix", "ORG") in got and not any(name == "Bridgerton" for name, _ in got)
    got = ents("HBO's The Last of Us returned.")
    assert [name for name, _ in got] == ["HBO"]
    # Left alone: a person or a firm after the possessive.
    assert ("Ted Sarandos", "PERSON") in ents("Netflix's Ted Sarandos said so.")
    got = ents("Peacock's NBCUniversal sibling Universal Pictures is bigger.")
    assert ("NBCUniversal", "ORG") in got


def test_class6_an_editions_roman_numeral_alone_is_no_name() -> None:
    got = ents("Gladiator II led the box office.")
    assert not any(name == "II" for name, _ in got)
    # Left alone: a numeral inside a name.
    assert ("Charles III", "PERSON") in ents("King Charles III visited Kenya.")


def test_class8_a_firm_known_by_its_possessions_at_a_sentence_start() -> None:
    assert ("Universal", "ORG") in ents("Universal's horror film opened in second place.")
    assert ("Disney", "ORG") in ents("Disney's animated sequel fell to second place.")
    # Left alone: a name that can be a person's.
    assert ents("Nolan's film opened in July.") == [("July", "DATE")]


def test_class8_a_compass_word_after_the_is_a_region() -> None:
    got = ents("The film played well in the South and the Midwest.")
    assert ("South", "LOC") in got and ("Midwest", "LOC") in got
    assert ("West", "LOC") in ents("Relations between China and the West soured.")
    # Left alone: the compass word opens a longer name.
    assert ("South China Sea", "LOC") in ents("Ships sailed through the South China Sea.")


def test_class4_a_possessive_firm_goes_on_with_the_words_of_its_name() -> None:
    assert ("Lloyd's List", "ORG") in ents("Lloyd's List estimates the cost at $9bn.")
    got = ents("McDonald's Chief Executive Chris Kempczinski said so.")
    assert ("McDonald's", "ORG") in got and ("Chris Kempczinski", "PERSON") in got


def test_class4_a_body_a_place_heads_ends_at_the_title_after_it() -> None:
    got = ents('"We won," said Ohio Democratic Party Chair Dana Whitcomb.')
    assert ("Ohio Democratic Party", "ORG") in got and ("Dana Whitcomb", "PERSON") in got
    # Left alone: a place, then a title.
    got = ents("The plan was backed by Paris Mayor Anne Hidalgo.")
    assert ("Paris", "GPE") in got and ("Anne Hidalgo", "PERSON") in got


def test_class4_a_firm_before_a_spinoff_suffix_is_cut_off() -> None:
    got = ents("It is backed by Sequoia-spinoff Peak XV Partners.")
    assert ("Peak XV Partners", "ORG") in got


def test_class4_a_law_keeps_its_year_after_of_and_a_plural_possessive() -> None:
    got = ents("It amends the Civil Rights Act of 1964 and the Clean Air Act.")
    assert ("Civil Rights Act of 1964", "LAW") in got and ("Clean Air Act", "LAW") in got
    got = ents("The bill amends the Indigenous Peoples' Rights Act of 1997.")
    assert ("Indigenous Peoples' Rights Act of 1997", "LAW") in got
    # Left alone: a singular possessive names who made the law.
    got = ents("Britain's Online Safety Act applies.")
    assert ("Britain", "GPE") in got and ("Online Safety Act", "LAW") in got


def test_class3_the_name_before_family_is_a_person() -> None:
    assert ("MacLachlan", "PERSON") in ents("It is owned by the MacLachlan family.")


def test_class2_a_product_noun_after_modifiers_still_names_a_product() -> None:
    got = ents("Sales of its fast-growing Crunchwell snack bars rose.")
    assert ("Crunchwell", "PRODUCT") in got


def test_class4_a_body_headed_by_a_keyword_of_its_country_is_one_name() -> None:
    got = ents("The Chamber of Mines of the Philippines warned of job losses.")
    assert ("Chamber of Mines of the Philippines", "ORG") in got


def test_consistency_a_narrow_guess_is_outvoted_by_a_mention_its_context_decides() -> None:
    # "in Kilrush" is the town by its context; "The Kilrush plant" only a scored guess.
    got = ents("Fishermen in Kilrush are angry. The Kilrush plant employs 200.")
    assert [label for name, label in got if name == "Kilrush"] == ["GPE", "GPE"]


def test_class8_a_town_that_heads_a_firms_name_is_the_firm_when_alone() -> None:
    text = (
        "Modesto Brands Inc cut its forecast. Modesto said net income fell. "
        "Shares of the Modesto, California-based maker fell."
    )
    got = ents(text)
    assert [label for name, label in got if name == "Modesto"] == ["ORG", "GPE"]


def test_class4_a_government_named_by_its_people_or_place_is_one_org() -> None:
    assert ("Scottish Government", "ORG") in ents("MSPs backed the Scottish Government's bill.")
    got = ents("Talks with the Lagos State Government stalled.")
    assert ("Lagos State Government", "ORG") in got
    got = ents("The Federal Government of Nigeria said so.")
    assert ("Federal Government of Nigeria", "ORG") in got
    # Left alone: a lower-case government is no name.
    assert ("British", "NORP") in ents("The British government said so.")


def test_data_parliaments_and_seats_of_government() -> None:
    assert ("Senedd", "ORG") in ents("The Senedd approved the budget.")
    assert ("Aso Rock", "FAC") in ents("He met governors in Aso Rock on Friday.")


def test_class3_a_firm_noun_in_apposition_makes_a_name_a_firm() -> None:
    got = ents("Del Carpio runs Selva Viva, a 40-seat restaurant in the old town.")
    assert ("Selva Viva", "ORG") in got
    # Left alone: a person's job, or a firm's noun after a preposition.
    assert ("Jane Doe", "PERSON") in ents("It was said by Jane Doe, a lawyer at the firm.")
    got = ents("It was said by Tunde Bakare, the firm's head of research.")
    assert ("Tunde Bakare", "PERSON") in got


def test_class2_a_street_named_in_spanish_or_portuguese_is_a_facility() -> None:
    got = ents("She works in a tower on Paseo de la Reforma in Mexico City.")
    assert ("Paseo de la Reforma", "FAC") in got


def test_class4_an_event_keeps_its_year_but_not_its_ordinal() -> None:
    assert ("2027 All-Star Game", "EVENT") in ents("Toronto will host the 2027 All-Star Game.")
    got = ents("She won at the 30th South African Music Awards.")
    assert ("30th", "ORDINAL") in got and ("South African Music Awards", "EVENT") in got


def test_class1_a_wire_sport_slug_makes_a_page_of_results_a_sport_page() -> None:
    text = (
        "BASKETBALL - NBA RESULTS\n\nNEW YORK, Dec 2 (Reuters) - Results of NBA games on "
        "Monday:\n\nBoston 118 Miami 102\nGolden State 99 Phoenix 101\n"
    )
    got = ents(text)
    assert ("Golden State", "ORG") in got
    # The franchises' cities stay cities in a report of a North American league, as our sets
    # write it (round 15; this test wanted clubs here before).
    assert all((city, "GPE") in got for city in ("Boston", "Miami", "Phoenix"))
    # Left alone: the dateline's place.
    assert ("NEW YORK", "GPE") in got


def test_class1_a_line_of_scores_is_no_headline() -> None:
    got = ents("India 285-7 in 50 overs (Virat Kohli 103, Shubman Gill 55; Mitchell Starc 3-52)")
    assert ("Virat Kohli", "PERSON") in got and ("Shubman Gill", "PERSON") in got


def test_class1_a_seeding_before_a_players_name_is_cut_off() -> None:
    got = ents("Quarter-finals\n1-Jannik Sinner (Italy) beat Alex de Minaur (Australia) 6-4")
    assert ("Jannik Sinner", "PERSON") in got
    # Left alone: a number and a hyphen inside a sentence.
    assert ("Day Week", "EVENT") not in ents("Staff want a 3-Day Week.")


def test_class6_a_numbered_stage_after_in_is_no_place() -> None:
    got = ents("The Yankees won in Game 4 of the World Series.")
    assert ("World Series", "EVENT") in got and not any(n == "Game" for n, _ in got)


def test_class2_classics_are_events_and_circuits_are_facilities() -> None:
    got = ents("Kipyegon broke the record at the Prefontaine Classic in Eugene.")
    assert ("Prefontaine Classic", "EVENT") in got
    got = ents("Verstappen won at Interlagos.")
    assert ("Verstappen", "PERSON") in got and ("Interlagos", "FAC") in got


def test_class6_a_headline_verb_ends_a_name_even_an_organisations() -> None:
    got = ents("Obama Warns Congress\n\nHe warned lawmakers on Monday.")
    assert ("Obama", "PERSON") in got and ("Congress", "ORG") in got
    got = ents("Jordan Says Talks With Lagos Stalled\n\nThe talks stalled.")
    assert ("Lagos", "GPE") in got and not any("Says" in name for name, _ in got)


def test_class3_a_person_named_by_a_countrys_name_is_the_person_when_he_speaks() -> None:
    text = "Michael Jordan runs the firm. Jordan said it would stay. Jordan borders Syria."
    got = [label for name, label in ents(text) if name == "Jordan"]
    assert got == ["PERSON", "GPE"]


def test_class3_a_role_noun_before_an_unknown_full_name_makes_a_person() -> None:
    got = ents("The council's leader Baggy Shanker said the budget was fair.")
    assert ("Baggy Shanker", "PERSON") in got


def test_class7_the_new_years_holidays_are_dates() -> None:
    for text, date in (
        ("The films were held back until after New Year.", "New Year"),
        ("Crowds gathered on New Year's Eve.", "New Year's Eve"),
        ("Shops shut for the Lunar New Year holiday.", "Lunar New Year"),
    ):
        assert (date, "DATE") in ents(text)


def test_class2_a_paper_after_told_the_is_an_organisation() -> None:
    assert ("Sun", "ORG") in ents('But a pal told The Sun: "They have been talking."')
    assert ("Globe and Mail", "ORG") in ents("She told The Globe and Mail she hoped so.")


def test_class4_plural_roles_and_tv_stay_inside_a_bodys_or_events_name() -> None:
    got = ents("It launches at the Television Critics Association press tour.")
    assert ("Television Critics Association", "ORG") in got
    got = ents("He won at the Brit Asia TV Music Awards in Birmingham.")
    assert ("Brit Asia TV Music Awards", "EVENT") in got


def test_class2_an_acronym_of_an_events_initials_is_the_event() -> None:
    text = "The Metro Manila Film Festival opened. MMFF entries sold well."
    assert ("MMFF", "EVENT") in ents(text)


def test_class2_a_prize_inside_a_longer_run_and_the_work_it_was_won_for() -> None:
    text = (
        "Halifax novelist Maeve Dunphy wins Giller Prize for The Salt Archive\n\n"
        "Dunphy won the prize for The Salt Archive, a novel about a fish plant."
    )
    got = ents(text)
    assert ("Maeve Dunphy", "PERSON") in got
    assert not any("Prize" in name or "Archive" in name for name, _ in got)


def test_class7_a_speed_keeps_its_per_hour() -> None:
    assert ("90 kilometres per hour", "QUANTITY") in ents("They fly at 90 kilometres per hour.")
    # Left alone: "an hour" after money is a time.
    assert ("an hour", "TIME") in ents("It costs 5 pounds an hour.")


def test_class5_peoples_of_regions_are_norp() -> None:
    got = ents("It is a novel about three generations of Acadian women.")
    assert ("Acadian", "NORP") in got


def test_class4_a_model_at_a_sentence_start_leaves_the_determiner_out() -> None:
    got = ents("The Pixel 9 Pro runs Android 15.")
    assert ("Pixel 9 Pro", "PRODUCT") in got and ("Android 15", "PRODUCT") in got


def test_class2_software_names_a_product() -> None:
    got = ents("Tesla's Full Self-Driving software drew scrutiny from the NHTSA.")
    assert ("Full Self-Driving", "PRODUCT") in got and ("Tesla", "ORG") in got


def test_class6_a_portfolio_before_a_ministers_title_is_no_body() -> None:
    got = ents("It opened an inquiry, and Communications Minister Michelle Rowland said so.")
    assert got == [("Michelle Rowland", "PERSON")]
    # Left alone: a body before its officer's title.
    assert ("ECB", "ORG") in ents("ECB President Christine Lagarde said so.")


def test_class2_a_title_after_an_album_award_is_a_work() -> None:
    got = ents("Mokoena won best hip-hop album for Kasi Dreams on Sunday.")
    assert not any(name == "Kasi Dreams" for name, _ in got)


def test_class2_a_facility_named_of_a_place() -> None:
    got = ents("The ship docked at the Port of Mombasa on Friday.")
    assert ("Port of Mombasa", "FAC") in got
    assert ("Palace of Westminster", "FAC") in ents("Crowds gathered at the Palace of Westminster.")
    # Left alone: a body named of a place.
    assert ("Church of England", "ORG") in ents("The Church of England said so.")


def test_class8_regions_and_counties() -> None:
    assert ("North East", "LOC") in ents("Stations closed across the North East last year.")
    assert ("sub-Saharan Africa", "LOC") in ents("Most were children in sub-Saharan Africa.")
    got = ents("The MP said the Bedfordshire jail had become a revolving door.")
    assert ("Bedfordshire", "GPE") in got
    assert ("Loch Fyne", "LOC") in ents("The processor bought a Loch Fyne-area firm.")


def test_class3_shares_or_a_chains_outlets_after_a_name_make_it_a_company() -> None:
    got = ents("Kalbe Farma shares rose 3%. Kalbe said demand was strong.")
    assert ("Kalbe Farma", "ORG") in got and ("Kalbe", "ORG") in got
    got = ents("Ads for Olive Garden restaurants followed the talk.")
    assert ("Olive Garden", "ORG") in got


def test_class2_sport_events_by_year_and_by_their_trophy() -> None:
    got = ents("England won the Ashes, and Spain won Euro 2024 in Berlin.")
    assert ("Ashes", "EVENT") in got and ("Euro 2024", "EVENT") in got


def test_class2_laws_without_a_keyword_and_a_constitution_named_alone() -> None:
    got = ents("The deal respects the Good Friday Agreement and the Constitution.")
    assert ("Good Friday Agreement", "LAW") in got and ("Constitution", "LAW") in got
    assert ("Constitution of Kenya", "LAW") in ents("It breaches the Constitution of Kenya.")
    assert ("Companies Act, 2013", "LAW") in ents("Under the Companies Act, 2013, firms must.")
    # Left alone: a place named after it.
    assert ("Constitution", "LAW") not in ents("They met at Constitution Hill.")


def test_class3_dutch_particles_and_a_name_written_from_its_particle() -> None:
    text = (
        "Manchester United sack Ten Hag after poor start\n\nUnited sacked manager Erik ten "
        "Hag on Monday after a defeat by West Ham. Ten Hag won the FA Cup in May."
    )
    got = ents(text)
    assert ("Erik ten Hag", "PERSON") in got and ("West Ham", "ORG") in got
    assert [label for name, label in got if name == "Ten Hag"] == ["PERSON", "PERSON"]
    assert ("Marc-André ter Stegen", "PERSON") in ents("Marc-André ter Stegen saved it.")
    # Left alone: "ten" as a number.
    assert ("ten", "CARDINAL") in ents("He scored ten goals in ten games.")


def test_class3_the_agent_of_founded_by_is_a_person() -> None:
    assert ("Smade", "PERSON") in ents("The festival was founded by Smade in 2018.")
    # Left alone: a known firm, or a firm by its keyword.
    assert ("Microsoft", "ORG") in ents("The event was founded by Microsoft.")
    assert ("Acme Holdings", "ORG") in ents("It was founded by Acme Holdings.")


def test_class5_a_legislators_party_and_ap_state_abbreviation() -> None:
    got = ents("Speaker Mike Johnson, R-La., relied on Democratic votes.")
    assert ("R", "NORP") in got and ("La.", "GPE") in got
    got = ents("Sen. Alex Padilla (D-Calif.) said so.")
    assert ("D", "NORP") in got and ("Calif.", "GPE") in got


def test_class7_bare_hours_night_and_dawn_after_their_prepositions_are_times() -> None:
    assert ("hours", "TIME") in ents("He watched the videos for hours as a kid.")
    assert ("night", "TIME") in ents("It falls to minus 80 C at night.")
    assert ("dawn", "TIME") in ents("They marched from dawn, playing gongs.")
    # Left alone: the words in compounds and as nouns of a sentence.
    assert ents("It fell in after-hours trading on a bad night.") == []


def test_class7_periods_to_a_month_the_same_period_and_nine_months() -> None:
    for text, date in (
        ("Profit for the six months to the end of June rose.", "the six months to the end of June"),
        ("It lost money in the same period of 2023, as prices rose.", "the same period of 2023"),
        ("The brewer returned to profit in 9M 2024 as prices rose.", "9M 2024"),
    ):
        assert (date, "DATE") in ents(text)


def test_class6_a_number_that_ends_a_quoted_title_is_no_count() -> None:
    assert ents('The film "Paper Moons 2" fell to fourth place.') == [("fourth", "ORDINAL")]
    # Left alone: a number quoted in speech.
    assert ("2", "CARDINAL") in ents('He said "we need 2" and left.')


def test_class7_the_half_of_a_match_is_an_ordinal() -> None:
    got = ents("Doncaster had led through a first-half penalty from Joe Marriott.")
    assert ("first", "ORDINAL") in got
    assert ("second", "ORDINAL") in ents("He scored a second-half header.")
    # Left alone: a company's half-year.
    assert ("first-half", "DATE") in ents("Its first-half profit rose 5%.")


def test_class5_faiths_peoples_and_camps_are_norp() -> None:
    got = ents("Sunni and Shia leaders met, while Houthi rebels fired missiles.")
    assert all((w, "NORP") in got for w in ("Sunni", "Shia", "Houthi"))
    got = ents("Rohingya refugees and Kalenjin elders protested; Brexiteers cheered.")
    assert all((w, "NORP") in got for w in ("Rohingya", "Kalenjin", "Brexiteers"))
    got = ents("Native American tribes and First Nations leaders signed the deal.")
    assert ("Native American", "NORP") in got and ("First Nations", "NORP") in got


def test_class2_a_title_after_a_hit_is_a_work() -> None:
    got = ents("Her hit Flowers topped the charts, and his 2019 hit Old Town Road did too.")
    assert not any(name in ("Flowers", "Old Town Road") for name, _ in got)
    # Left alone: "hit" the verb, and a known name after the noun.
    assert ("Manila", "GPE") in ents("The storm hit Manila on Monday.")
    assert ("Netflix", "ORG") in ents("It became the hit Netflix show of the year.")


def test_consistency_a_firm_set_off_by_its_noun_is_the_firm_in_every_mention() -> None:
    text = (
        "Jollibee to buy Tim Ho Wan stake. It will buy 49% of Tim Ho Wan, the Hong Kong "
        "dim sum chain. Tim Ho Wan had 80 outlets."
    )
    assert [label for name, label in ents(text) if name == "Tim Ho Wan"] == ["ORG"] * 3


def test_class4_a_short_form_of_an_organisation_named_in_full_is_the_organisation() -> None:
    text = "Gautam Adani's Adani Green Energy fell 18%. Adani Green said it would cancel a bond."
    got = ents(text)
    assert ("Adani Green", "ORG") in got and ("Gautam Adani", "PERSON") in got
    assert ("Philippine", "NORP") in ents("The Philippine fast-food giant grew.")


def test_class7_an_abbreviated_month_after_on_is_no_model() -> None:
    text = (
        "Samsung unveiled its Galaxy S25 phones, with a faster chip and a new camera. "
        "The smartphones go on sale on Feb 7 in Korea."
    )
    assert ("Feb 7", "DATE") in ents(text)


def test_class3_a_role_of_something_set_off_after_a_name_makes_a_person() -> None:
    got = ents('"It works," said TM Roh, head of Samsung\'s mobile business.')
    assert ("TM Roh", "PERSON") in got


def test_class8_a_state_named_with_state_is_one_place() -> None:
    assert ("Kwara State", "GPE") in ents("Its brewery in the Kwara State capital employs 900.")
    # Left alone: a longer name, and a US university.
    assert ("Lagos State Government", "ORG") in ents("The Lagos State Government said so.")
    assert ("Ohio State", "GPE") not in ents("Ohio State beat Michigan on Saturday.")


def test_class5_the_philippines_indigenous_peoples_are_norp() -> None:
    got = ents("It was pushed by Igorot and Lumad groups, and Manobo leaders marched.")
    assert all((w, "NORP") in got for w in ("Igorot", "Lumad", "Manobo"))


def test_class8_a_members_seat_after_for_is_a_place() -> None:
    got = ents("Mr Furlong, a Fianna Fáil TD for Dublin Fingal, said so.")
    assert ("Dublin Fingal", "GPE") in got
    assert ("Stockton North", "GPE") in ents("The MP for Stockton North said so.")
    # Left alone: a body after "for", and a portfolio after a commissioner.
    assert ("Reform UK", "ORG") in ents("A candidate for Reform UK said so.")
    assert ("Human Rights", "GPE") not in ents("The commissioner for Human Rights said so.")


def test_class8_the_channel_and_the_highlands_are_regions() -> None:
    got = ents("Migrants crossed the Channel, and the Highlands saw snow.")
    assert ("Channel", "LOC") in got and ("Highlands", "LOC") in got
    # Left alone: longer names and a broadcaster.
    assert ("Channel Tunnel", "FAC") in ents("The trains ran through the Channel Tunnel.")
    assert ("Channel 4", "ORG") in ents("It aired on the Channel 4 news.")


def test_class4_a_regulator_is_a_body() -> None:
    got = ents("The National Energy Regulator of South Africa approved the increase.")
    assert ("National Energy Regulator of South Africa", "ORG") in got
    assert ("Pensions Regulator", "ORG") in ents("The Pensions Regulator fined the firm.")
