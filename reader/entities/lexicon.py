"""Hand-kept generic English word lists (no article-specific names): titles, name keywords,
function words, demonyms. Kept apart from the generated gazetteer so they are easy to review."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a frozen set."""
    return frozenset(text.split())


# Capitalised function words and sentence adverbs: never a name on their own.
FUNCTION_WORDS = words("""
A An The This That These Those There Here It Its It's I We You He She They Our Your His Her
Their My Me Us Them Who Whom Whose What Which When Where Why How Whether If Unless Until While
Although Though Because Since As At By For From In Into On Onto Of Off Out Over Under Up Down
To With Within Without About Above Across After Against Along Amid Amidst Among Around Before
Behind Below Beneath Beside Besides Between Beyond But Despite During Except Inside Like Near
Outside Per Regarding Through Throughout Toward Towards Upon Via And Or Nor So Yet Also Still
Even Just Only Not No Yes All Any Both Each Every Few Many Most Much More Less Some Such Other
Another Several One Two Three However Meanwhile Moreover Furthermore Nevertheless Nonetheless
Last
Therefore Thus Hence Instead Indeed Additionally Finally Further Then Now Today Yesterday
Tomorrow Tonight Recently Currently Earlier Later Already Again Once Perhaps Maybe Meanwhile
According Following Including Regarding Given Asked Speaking Writing Be Is Are Was Were Been Has
Have Had Do Does Did Will Would Can Could Should Shall May Might Must Let Read
Related Click Subscribe Share Watch Listen Sign Follow Advertisement
Photo Image Video Source Sources Editor Edited Updated Published Posted Reporting Additional
Copyright Contact Home Menu Search Next Previous Comments Comment Reply Email Print More
Many Why Once Whereas Overall Ultimately Notably Similarly Likewise Specifically Unlike
Officials Critics Experts Analysts Observers Supporters Users Lawmakers Residents People
Organisers Organizers Promoters Regulators Prosecutors
Police Staff Management Government Military Everyone Nobody Someone Anyone Nothing Everything
""")

# Words that open a title: the name after them is PERSON, the title itself is not part of it.
TITLES = words("""
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady President Hon Hon.
Superintendent Incumbent Newcomer Analyst Economist Critic Correspondent Editor Writer Adviser
Advisor Spokesperson Co-founder Cofounder Co-Founder Undersecretary Under-Secretary
Under-secretary Co-star Costar Co-Star Cinematographer Screenwriter Showrunner Choreographer Cr
Cllr Cllr.
President-elect Vice Premier Prime Minister Chancellor Secretary Senator Sen Sen. Rep Rep.
Representative Congressman Congresswoman Gov Gov. Governor Mayor Judge Justice General Gen
Gen. Lt Col Colonel Captain Capt Admiral Sergeant Officer Chief Executive Director Chairman
Chairwoman Chair CEO CFO COO CTO Founder Spokesman Spokeswoman Spokesperson Ambassador Envoy
Commissioner Minister Deputy Leader King Queen Prince Princess Pope Rev Reverend Father
Sheikh Emir Speaker Attorney Inspector Detective Superintendent Commander Pastor
Bishop Cardinal Rabbi Imam Coach Dean Councillor Councilman Chancellor Sen. Assemblyman
Assemblywoman Lawmaker Legislator Legislators Legislative Chief-Executive Acting Former
Interim Senior Junior Foreign Defence Defense Finance Trade Commerce Interior Home State
Health Justice Education Security Digital Economy Energy Labour Labor Transport
Det Det. Supt Supt. Insp Insp. Sgt Sgt. DI DCI DS DC PC CS MP TD MEP MSP MLA MCA Taoiseach Tánaiste
Tanaiste Wing Winger Striker Midfielder Defender Goalkeeper Keeper Forward Opener Bowler
Batsman Batter Skipper Wildcard Singer Actor Actress Rapper Producer Drummer Guitarist
Comedian Presenter Broadcaster Novelist Chef Designer Architect Artist Star Veteran Rookie Frontman
Frontwoman Bassist Vocalist Songwriter Musician Driver Co-driver Navigator Rider
Fly-half Scrum-half Full-back Fullback Centre-back Wing-back Left-back Right-back Flanker
Halfback Outfielder Pitcher Quarterback Playmaker Centre-forward
""")

# Last word makes the span an organisation ("Chinese Embassy", "Justice Department").
ORG_TAIL = (
    words("""
Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC LLP PLC Plc GmbH AG SA NV Group Holdings
Company Companies Electronics Bank Banks Fund Trust Partners Capital Ventures Technologies
Technology Tech
Systems Solutions Labs Networks Media Communications Telecom Airlines Airways Motor Motors Energy
Pharmaceuticals Studios Entertainment Records Publishing Press News Times Post Journal
Herald Tribune Gazette Telegraph Guardian Review Magazine Daily Weekly Network Broadcasting
Radio Television TV Channel Agency Administration Authority Authorities Bureau Board Commission
Committee Council Department Ministry Office Service Services Directorate Secretariat Cabinet
Parliament Assembly Congress Senate House Court Tribunal Police Army Navy Force Forces Guard
Corps Command Embassy Consulate Mission Delegation University College School Academy Institute
Institution Centre Center Laboratory Foundation Society Association Federation Union League
Alliance Coalition Organisation Organization Party Movement Front Caucus Club Team Church
Council Initiative Project Program Programme Forum Observatory Watch Federation Confederation
Exchange Reserve Industries Group Hospital Clinic Museum Library Consortium Cooperative
Survey Index Analytics Brewing Brewery Consulting Consultancy Logistics Shipping Insights
Regulator
Research Auto Automotive Pharma Biotech Therapeutics Semiconductor Semiconductors Software
Robotics Mining Resources Petroleum Steel Insurance Securities Investments Enterprises
Bancorp Airline Dispatch Chronicle Observer Inquirer Courier Examiner Bulletin Mail Mirror
Brands Productions Pictures Cinema Cinemas Management Panel Resorts Hotels Casinos Foods Stores
Bhd Berhad Tbk SpA Pty AB ASA Oyj Audio Music Gaming Data Cloud Online Newsroom
Aerospace Aviation Engineering Construction Films Automation
Water Rail Railways Ferries
""")
    | frozenset()
)  # CLUB_TAIL is added below

# Last word of a football club's name (class 1: "Doncaster Rovers", "Crewe Alexandra"); the
# town alone then names the club in the same article ("Doncaster had led").
CLUB_TAIL = words("""
United Rovers Wanderers Athletic Albion Rangers Celtic Hotspur Argyle Alexandra Harriers
Orient Academicals Thistle Rovers FC AFC CF SC Racing Motorsport
""")
# In a sport article these end a club's name, elsewhere a place's ("Cork City", "Notts County").
SPORT_PLACE_TAIL = words("City Town County")
ORG_TAIL = ORG_TAIL | CLUB_TAIL

# What a country's or state's utility or service is named with, words that are surnames too
# (so no ORG_TAIL: "Samantha Power"): "Kenya Power", "Georgia Power", "Kenya Pipeline".
PLACE_FIRM_WORDS = words("Power Pipeline Railways Railway Rail Ports Gas Water Electricity Lotto")

# Words that make an article a sport report (class 1): three or more of them.
SPORT_WORDS = words("""
goal goals striker midfielder defender goalkeeper halftime half-time league fixture fixtures
referee innings wicket wickets overs batting bowling tries rugby cricket football soccer
tennis lap laps podium medal medals sprint semi-final quarter-final playoff playoffs
standings unbeaten squad tournament goalless hat-trick penalty scored equaliser equalizer
kick-off kickoff touchdown quarterback stumps winger derby substitute substitutes
stoppage-time stoppage championship relegation
overtime rebounds assists three-pointer three-pointers dunk layup buzzer-beater tip-off pitcher
inning homer puck finals bowled bowler bowlers batsman batter spinner semifinal semifinals
hockey shootout goaltender goalie netminder
""")

# Role titles proper, as opposed to the department words in TITLES ("Foreign", "State") that
# also start organisation names ("State Bank of Pakistan").
DEPARTMENT_WORDS = words("""
Foreign Defence Defense Finance Trade Commerce Interior Home State Health Justice Education
Security Digital Economy Energy Labour Labor Transport Senior Junior Acting Former Interim
Vice Deputy
""")

# First word of a geographic feature name ("Mount Agung", "Lake Victoria", "Cape Horn").
LOC_HEAD = words("Mount Mt Mt. Lake Cape Isle Loch River Pulau Gunung")
# First word of an Irish county ("County Clare", "Co Donegal"; class 8, "Co Clare" as a person),
# and of Malay places: hill, village, river, cape, estate ("Bukit Chagar", "Kampung Baru").
GPE_HEAD = words("County Co Co. Port Bukit Kampung Kampong Sungai Tanjung Taman")

# Prefixes that make a bigger or smaller version of a place ("Greater Manchester").
PLACE_PREFIXES = words("""
Upper Lower Greater Metro Metropolitan Inner Outer North South East West Northern Southern
Eastern Western Central New Old
""")

# Capitalised last words of administrative areas: "Delaware County", "Nakuru County".
PLACE_TAILS = words("County Province Prefecture Governorate Oblast Municipality Parish Borough")

# Lower-case nouns after an unknown capitalised word that make it a place ("Karangasem
# regency", "Iztapalapa district").
PLACE_NOUNS = words("""
district province county state region regency municipality village town city prefecture
governorate township borough suburb neighbourhood neighborhood oblast canton emirate
""")

# Lower-case nouns after a capitalised name that make it a product ("Phoenix lander"); a
# firm named by its product ("the Marmite maker", "the Oreo maker") makes it one too.
PRODUCT_NOUNS = words("""
maker phone phones software
sedan hatchback SUV pickup coupe minivan lander rover probe spacecraft orbiter telescope
rocket satellite airliner smartphone smartphones handset handsets laptop laptops tablet
tablets console consoles headset headsets chip chips processor processors skin drone drones
e-reader e-readers lager lagers beer beers stout cider whisky whiskey vodka snack snacks
tractor tractors robot robots engine engines microsatellite SUVs sedans hatchbacks
chatbot chatbots glasses earbuds headphones smartwatch smartwatches terminal terminals module
modules missile missiles tank tanks rifle rifles launcher launchers howitzer howitzers warship
warships submarine submarines helicopter helicopters camera cameras shoe shoes sneakers spikes
pill pills injection injections jab jabs GPU GPUs van vans rockets trainset trainsets
locomotive locomotives
""")

# Nouns of craft and medicines that name what follows them, without a naming verb: "the rover
# Perseverance", "the tanker, Ever Given," "the drug Lecanemab", "the satellite, Taifa-2,"
# (class 2: products given a core label or missed).
CRAFT_NOUNS = words("""
rover probe lander orbiter spacecraft satellite telescope ship vessel tanker yacht ferry
frigate warship submarine drug vaccine catamaran trawler dredger hovercraft tugboat icebreaker
schooner freighter injection jab pill
""")

# Capitalised articles that start names of outlets, shows and firms, never of people.
NAME_ARTICLES = words("El La Los Las Le Les Il Die Das")

# Words before "in" that make "in X" a stake or market, not a place ("shares in Sasol").
# Words before "from" that make "from X" a place: people and their origin, and motion
# ("a Kankanaey elder from Sagada", "a congressman from Benguet", "travelling from Yantian").
FROM_PLACE_BEFORE = words("""
man woman boy girl teenager student farmer farmers fisherman fishermen elder elders resident
residents villager villagers native natives family families migrant migrants refugee refugees
congressman congresswoman lawmaker legislator senator MP councillor mayor priest nurse doctor
travelling traveling travelled traveled flew fled moved returned drove sailed arrived came
commuters passengers trains flights buses ferries
""")
# Words of an article about trains, in its lower-case vocabulary: where a line written with a
# small "l" is a line (``transit_lines``) and a station named by a word is a station
# (``train_stops``).
TRAIN_WORDS = words("""
train trains rail railway railways station stations metro tube underground tram trams
commuters passengers platform platforms
""")  # not "line" nor "services": "the Prairie Hawk line" is a product line
# Nouns of transport before "to" that make "to X" a place ("flights to Jeju", "trains to
# Dongtan"; class 8: a town no list knows read as a firm).
TO_PLACE_BEFORE = words("flights flight trains train buses bus ferries ferry route routes")
NOT_PLACE_BEFORE_IN = words("""
stake stakes share shares investment investments invest invested investing interest
holding holdings position positions role job jobs career trust confidence
""")

# First word makes the span an organisation when followed by "of" ("University of Hong Kong").
ORG_HEAD = words("""
University College Institute Bank Ministry Department Office Bureau Board Commission Committee
Council Court Academy School Federation Association Union League Society Church Party House
Chamber Embassy Consulate Centre Center Organisation Organization Agency Administration
Corporation Industry Authority Federation Confederation Foundation Institution Regulator
Centres Centers Institutes Councils Directorate Secretariat Inspectorate Tribunal
""")

LAW_TAIL = words("""
Act Law Laws Bill Regulation Regulations Directive Amendment Treaty Accord Accords Convention
Conventions Charter Constitution Code Protocol Statute Ordinance Decree Agreement Resolution
""")
# First words of a law named by what it is of: "Treaty of Versailles", "Statute of Rome".
LAW_HEAD = words("Treaty Treaties Statute Constitution")

FAC_TAIL = words("""
Airport Station Bridge Tower Towers Building Stadium Arena Hall Palace Castle Square Street
Avenue Road Highway Tunnel Port Harbour Harbor Dam Prison Mall Plaza Cathedral Temple Mosque
Memorial Monument Park Terminal Pier Hotel Junction Circuit Racecourse Raceway Velodrome
Place Stage Line Theatre Theater Docks Dock Ballroom Buildings Checkpoint Expressway Freeway
Motorway Coliseum Barracks Base Lighthouse Dome Terrace Grounds Superhighway Bypass
Boulevard Mortuary Courts Wharf Jetty Interchange Enclosure Stand Reservoir Viaduct Marina
Terminus Straight Plant Sentral Complex Quay
Bhavan Bhawan Soudha Niwas Mandir Masjid Gurdwara Bhaban Setu
Bazaar Shipyard Dockyard Pavilion Causeway Galleria Megamall Barrier Campus Ground Souk
Hauptbahnhof Resort
""")  # and South Asian buildings and bridges: "Rashtrapati Bhavan", "Atal Setu"
# Kinds of centre that are buildings, not bodies ("Eko Convention Centre"; class 2: a venue
# as an ORG): before "Centre" or "Center" they make the name a FAC.
FAC_CENTRE_KINDS = words(
    "Convention Conference Exhibition Shopping Leisure Sports Aquatics Aquatic Space Trade Civic "
    "Entertainment"
)
# Last two words of a site that are a body's or a place's one by one: "Beitbridge Border Post"
# (not "the Washington Post"), "Lekki Free Zone", "Dawa Industrial Zone" (class 2: venues).
FAC_LAST_TWO = frozenset(
    {
        ("Border", "Post"),
        ("Free", "Zone"),
        ("Industrial", "Zone"),
        ("Economic", "Zone"),
        ("Export", "Zone"),
        ("Processing", "Zone"),
        ("Trade", "Zone"),
        ("Naval", "Base"),
        ("Opera", "House"),
    }
)

LOC_TAIL = words("""
Sea Ocean River Lake Mountains Mountain Mount Valley Desert Island Islands Peninsula Gulf
Bay Strait Coast Basin Region Plateau Delta Canal Straits Forest Strip Falls Reef Glacier
Volcano Range Highlands Archipelago Atoll Estuary Firth Lagoon Hills Sanctuary Gorge Canyon
Wetlands Fjord Plain Beach Shoal Creek
""")

EVENT_TAIL = words("""
War Wars Summit Olympics Games Cup Championship Championships Election Elections Conference
Festival Revolution Crisis Expo Fair Marathon Pandemic Massacre Uprising Protests Meeting Day
Week Awards Open Prix GP Tournament Congress Talks Dialogue Olympiad Classic Invitational
Tour Fleadh Eisteddfod Carnival Clash Derby
""")

# First word that makes a multi-word name an event ("Hurricane Katrina").
EVENT_HEAD = words("Hurricane Typhoon Cyclone Storm Tropical Operation Rally")

# Regions and other geographic names that are not states (LOC).
LOCATIONS = words("""
Europe Asia Africa Antarctica Oceania Arctic Antarctic Americas Eurasia Scandinavia Balkans
Caucasus Sahara Sahel Himalayas Alps Andes Mediterranean Caribbean Pacific Atlantic
Siberia Patagonia Levant Maghreb Gulf Indo-Pacific West East
Earth Mars Venus Jupiter Saturn Uranus Neptune Pluto Midwest Midlands Outback Riviera
""") | {
    "Home Counties",
    "Deep South",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Middle East",
    "Near East",
    "Far East",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "Central Asia",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Sub-Saharan Africa",
    "Western Europe",
    "Eastern Europe",
    "Central Europe",
    "Northern Europe",
    "Southern Europe",
    "Asia-Pacific",
    "Asia Pacific",
    "Silicon Valley",
    "South China Sea",
    "East China Sea",
    "Persian Gulf",
    "Red Sea",
    "Black Sea",
    "Baltic Sea",
    "Horn of Africa",
    "Global South",
}

# Nations the country list spells otherwise or holds as parts of one: national sides in sport.
NATIONS_EXTRA = words("""
England Scotland Wales Britain UK US USA Russia Iran Syria Vietnam Taiwan Laos Bolivia
Venezuela Tanzania Moldova Brunei Korea Kosovo Palestine Turkey Czechia Holland Burma Congo DRC
UAE
""")
# Extra GPE spellings newspapers use that ISO names do not cover: those nations, and these.
GPE_EXTRA = (
    NATIONS_EXTRA
    | words("""
U.S. U.S.A. U.K. Macau Macao HK PRC ROC Gaza Washington Beijing Moscow Brussels Kyiv Kiev
Tehran Ankara Seoul Pyongyang Taipei Tokyo Delhi London Paris Berlin Geneva Zurich Shenzhen
Hangzhou Shanghai Guangzhou Wuhan Xinjiang Tibet Hong-Kong NYC D.C. DC
""")
    | {
        "United States",
        "United States of America",
        "United Kingdom",
        "Hong Kong",
        "South Korea",
        "North Korea",
        "New York",
        "New York City",
        "Washington D.C.",
        "Los Angeles",
        "San Francisco",
        "European Union",
        "Great Britain",
        "Northern Ireland",
        "Soviet Union",
        "Czech Republic",
        "Ivory Coast",
        "New Delhi",
        "West Bank",
        "Inner Mongolia",
        "Mainland China",
        "East Timor",
        "Kansas City",
    }
)

# ORG acronyms of international bodies everybody writes (not tied to any article).
ORG_WELL_KNOWN = (
    words("""
EU UN NATO WHO WTO IMF OPEC ASEAN OECD G7 G20 BRICS UNESCO UNICEF FBI CIA NSA FCC FTC SEC
NASA Interpol Europol Congress Senate Pentagon Kremlin Parliament Hamas Hezbollah Taliban
U.N. E.U.
""")
    | {"European Union", "United Nations", "World Bank", "White House", "Supreme Court"}
    | {
        # Sport divisions named by a number or a compass point (class 1: league names missed).
        "League One",
        "League Two",
        "Eastern Conference",
        "Western Conference",
        # National sides known by a nickname that starts with an ordinary word (class 1).
        "All Blacks",
        "All Whites",
        "Black Caps",
        "Black Ferns",
        "Black Stars",
        "Super Eagles",
        "Super Falcons",
        "Bafana Bafana",
        "Three Lions",
    }
)

# Nouns of people that make the unknown word before them a people ("Kankanaey elder",
# "Maasai herders"; class 5). Not "workers" or "leaders": "Foxconn workers", "Hamas leaders".
PEOPLE_NOUNS = words("""
elder elders tribe tribes tribesmen tribespeople tribal villagers herders herdsmen fishermen
clan clans chiefs communities farmers community diaspora people pastoralists
""")

# Nationalities, religions, political groups (NORP).
NORP_WORDS = words("""
American Americans British Briton Britons English Scottish Welsh Irish French German Germans
Italian Italians Spanish Portuguese Dutch Belgian Swiss Austrian Swedish Norwegian Danish
Finnish Icelandic Polish Czech Slovak Hungarian Romanian Bulgarian Greek Greeks Turkish Turks
Russian Russians Ukrainian Ukrainians Belarusian Georgian Armenian Azerbaijani Kazakh Uzbek
Chinese Japanese Korean Koreans Taiwanese Vietnamese Thai Cambodian Laotian Burmese Malaysian
Singaporean Indonesian Indonesians Filipino Filipinos Philippine Indian Indians Pakistani Pakistanis
Bangladeshi Afghan Afghans Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese Israeli
Israelis Palestinian Palestinians Jordanian Saudi Saudis Emirati Qatari Kuwaiti Yemeni Omani
Egyptian Egyptians Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian
Nigerians Ghanaian African Africans South-African Canadian Canadians Mexican Mexicans
Brazilian Brazilians Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban
Australian Australians New-Zealander European Europeans Asian Asians Western Westerners
Eastern Arab Arabs Latino Latinos Hispanic Kurdish Kurds Uyghur Uyghurs Uighur Tibetan
Cantonese Mandarin Hongkonger Hongkongers Muslim Muslims Christian Christians Catholic
Catholics Protestant Jewish Jews Hindu Hindus Buddhist Buddhists Sikh Islamic Republican
Republicans Democrat Democrats Democratic Communist Communists Socialist Socialists
Conservative Conservatives Liberal Liberals Labour Tory Tories Soviet Nordic Baltic Slavic
Martian
Persian Scandinavian Mongolian Nepali Tamil
Acadian Acadians Cajun Cajuns Quebecer Quebecers Québécois
Rohingya Rohingyas Sunni Sunnis Shia Shias Shiite Shiites Houthi Houthis Evangelical
Evangelicals Alawite Alawites Druze Yazidi Yazidis Copts Coptic Hutu Hutus Tutsi Tutsis
Kalenjin Kikuyu Luo Luhya Fulani Hazara Baloch Kashmiri Kashmiris Zionist Zionists
Brexiteer Brexiteers Remainer Remainers Igorot Igorots Lumad Lumads Manobo Ifugao Kankanaey
Serbian Croatian Bosnian Slovenian Albanian Lithuanian Latvian Estonian Maltese Cypriot
Frenchman Frenchwoman Frenchmen Englishman Englishwoman Englishmen Irishman Irishwoman
Irishmen Scotsman Scotswoman Scotsmen Welshman Welshwoman Dutchman Dutchwoman Cornishman
Cornishwoman Swede Swedes Dane Danes Pole Poles Scot Scots Brit Brits Kiwi Kiwis Aussie
Aussies Anglo Cornish Basque Catalan Flemish Sydneysider Sydneysiders Dubliner Dubliners
Glaswegian Glaswegians Mancunian Mancunians Liverpudlian Liverpudlians Geordie Geordies
Capetonian Capetonians Aucklander Aucklanders Melburnian Melburnians
""") | {
    "North American",
    "North Americans",
    "South American",
    "Latin American",
    "Latin Americans",
    "South African",
    "South Africans",
    "South Korean",
    "South Koreans",
    "North Korean",
    "New Zealander",
    "Sri Lankan",
    "Saudi Arabian",
    "Hong Konger",
    "Hong Kongers",
    "Liberal Democrat",
    "Liberal Democrats",
}

# Months and days: no name on their own, and no part of a name's subject ("the Committee on
# Tuesday").
MONTHS = words("""
January February March April May June July August September October November December
""")
MONTH_ABBREVIATIONS = words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
CALENDAR_WORDS = MONTHS | WEEKDAYS

# The verbs of headlines: they end a name there, even an organisation's ("Ruto Names New
# Cabinet", "Obama Warns Congress"; class 6).
HEADLINE_VERBS = words("""
Says Say Warns Urges Names Approves Rejects Vows Slams Seeks Plans Unveils Launches
Announces Denies Confirms Agrees Signs Quits Resigns Sues Buys Sells Wins Beats Backs Blames
Hails Defends Condemns Criticises Criticizes Accuses Threatens Orders Bans Cuts Raises Lifts
Extends Delays Scraps Halts Probes Expects Sees Eyes Tells Asks Calls Admits Insists Pledges
Promises
""")

# Capitalised words that look like names but (when alone) are generic news vocabulary.
NOT_NAMES = (
    HEADLINE_VERBS
    | CALENDAR_WORDS
    | words("""
AI CEO CFO CTO COO PM AM TV PR OK DIY FAQ PDF URL VPN GDP GPS ID IT
Internet Web Government Advertisement
Breaking Exclusive Opinion Analysis Editorial Explainer Live Update Updates Video Photos
Test Tests X-ray OLED LCD LED MRI DNA USB HDMI NGO NGOs MPs MEPs MSPs TDs MCAs MLAs
Halftime Half-time Fulltime Full-time Choice Grade Section Clause Referee Standings Line-ups
Lineups Results Notes Scores Coalition Independent Independents Attendance Postponed Scorers
HD CCTV PIN OST K-pop OT AET Wi-Fi WiFi LTE CBD
EV EVs SUV SUVs IPO IPOs ETF ETFs LNG GPU GPUs CPU CPUs API APIs SDK VAT GST FDI SME SMEs AGM CEOs
CNG LPG BRT VAR SSD SSDs HDD RAM
HIV AIDS Ebola MRSA SARS MERS Mpox mpox Covid COVID Covid-19 COVID-19 H5N1
READ MORE ALSO
Grammy Grammys Bafta Baftas BAFTA BAFTAs Emmys Oscars
Hindi Urdu Malayalam Telugu Kannada Marathi Gujarati Bengali Afrikaans Swahili Kiswahili
""")
)

# Single words a place list contains but that are mostly ordinary words in news text.
AMBIGUOUS_PLACES = words("""
North South East West Central Capital Western Eastern Northern Southern Centre Center
Island Islands Coast Lakes Mountain Valley Border Union Victory Independence Liberty
Progress Unity Enterprise Commerce Industry Mobile Reading Split Nice Bath Sale Mount
Deal Normal Hope Friendship Freedom Paradise Providence Marine Orange Temple March
Police Police Justice Mission Garden Gardens Home Market Bridge Green Lake Rock Mills Bay
Spring Springs Ocean Harbour Harbor Ferry Port Station Junction Villa Plaza Pride Airport Best
Metro Antique Rizal Kalinga Ifugao Samburu Nandi
""")


# Party names that are the party (ORG) unless they modify a member ("a Labour MP" is NORP;
# class 5: peoples and parties, OntoNotes: a party acts as ORG, modifies as NORP).
# Party names that are everyday words too: at a sentence start they are the word, unless
# the article capitalises them in mid-sentence ("A Reform councillor").
EVERYDAY_PARTY_NAMES = words("Reform")
PARTY_NAMES = (
    words("Labour SNP DUP UKIP ODM ANC EFF ZANU-PF")
    | EVERYDAY_PARTY_NAMES
    | {
        "Sinn Féin",
        "Fianna Fáil",
        "Fine Gael",
        "Plaid Cymru",
        "Lib Dem",
        "Lib Dems",
        "Liberal Democrats",
        "Social Democrats",
        # parties among the well-known organisations (their members: NORP, "a Podemos MP")
        "People Before Profit",
        "Parti Québécois",
        "Economic Freedom Fighters",
        "Freedom Front Plus",
        "Parti Keadilan Rakyat",
        "Barisan Nasional",
        "Perikatan Nasional",
        "Yisrael Beytenu",
        "National Rally",
        "Sweden Democrats",
        "Brothers of Italy",
        "United Russia",
        "Servant of the People",
        "Podemos",
        "Shas",
        "SDLP",
        "UUP",
        "Ukip",
        "PTI",
        "MQM",
    }
)
# Elected members in the plural: a party's or a bloc's name before them is their label
# ("Labour MPs", and a name no list knows: "Kenya Kwanza MPs", ``boundaries._blocs``).
ELECTED_PLURALS = words("MPs TDs MEPs MSPs MLAs MCAs councillors senators lawmakers legislators")
# Lower-case or title words after a party name that make it a member's label (NORP).
PARTY_MEMBER_NOUNS = (
    words("""
MP TD MEP MSP MLA MCA AM councillor candidate candidates leader government minister ministers
peer peers voter voters member members senator lawmaker activist activists supporter
supporters backbencher backbenchers politician politicians mayor deputy deputies figure
figures source sources co-leader co-leaders
""")
    | ELECTED_PLURALS
)

# Languages: a language used as one (class 2, "in Hindi", "a Malayalam drama") is no NORP,
# ORG or person; those that are never a people's adjective are never an entity here.
LANGUAGE_ONLY = words("""
Hindi Urdu Malayalam Telugu Kannada Marathi Gujarati Bengali Afrikaans Swahili Kiswahili
Zulu Xhosa Sesotho Setswana Yoruba Igbo Hausa Amharic Tagalog Esperanto Latin Sanskrit
""")
# Languages whose name is also a people's adjective ("English"): a language only in context.
LANGUAGE_NAMES = words("""
English French Spanish German Italian Portuguese Dutch Russian Arabic Mandarin Cantonese
Japanese Korean Chinese Turkish Greek Polish Swedish Hebrew Persian Farsi Tamil Punjabi
Welsh Irish Gaelic Catalan Basque Hindi Urdu Malayalam Telugu Afrikaans Swahili
Yoruba Igbo Hausa Pidgin Cebuano Tagalog Filipino Ilocano Bengali Marathi Gujarati Kannada
Odia Assamese Sinhala Nepali Burmese Thai Vietnamese Khmer Lao Malay Indonesian Javanese
Bahasa Zulu isiZulu Xhosa isiXhosa Sesotho Setswana Shona Amharic Somali Tigrinya Oromo
Kinyarwanda Luganda Wolof Lingala Twi Akan Ewe Ukrainian Czech Slovak Hungarian Romanian
Bulgarian Serbian Croatian Bosnian Slovenian Albanian Macedonian Lithuanian Latvian Estonian
Finnish Norwegian Danish Icelandic Scots Breton Cornish Manx Yiddish Kurdish Pashto Dari
Uzbek Kazakh Kyrgyz Tajik Turkmen Azerbaijani Armenian Georgian Mongolian Tibetan Uyghur
Hokkien Hakka Teochew Shanghainese Latin Sanskrit Maori Samoan Tongan Fijian Hawaiian
Esperanto Quechua Guarani Aymara Nahuatl Patois Hinglish Taglish Konkani Kashmiri Sindhi
Bhojpuri Maithili Tulu Ladakhi Dogri Manipuri Mizo Santali
""")
LANGUAGE_NOUNS = words("""
film films movie movies drama dramas album albums song songs version versions dub subtitles
translation translations speaker speakers novel novels series show music poetry lessons
""")

# Nouns of works: the capitalised name right after one is a title, not an ORG or PERSON
# (class 2: a film title as PERSON). WORK_OF_ART is outside postil's labels.
WORK_NOUNS = words("""
film movie drama series sitcom documentary album single song track novel book play musical
opera epic thriller comedy biopic show podcast anthem debut soap ballad sequel remake revival hit
finale episode premiere screening trailer memoir novella anthology mixtape poem
""")
# Nouns of works that are verbs too: a title after one needs a determiner before it.
WORK_VERBS = words("play show track book film debut single remake hit premiere screening")

# Lower-case nouns after an unknown name that make it a facility (class 2: venues).
FAC_NOUNS = words("""
prison jail church cathedral mosque temple stadium ground arena airport station shaft shafts
mine rank bridge tower towers hotel mall theatre theater hall circuit racecourse dam dams
stations depot port market
""")
# Plural nouns of facilities after a list of names ("the Kgomo and Lesedi shafts", "the Hume,
# Princes and Pacific highways"; class 2): each name is a facility (names.cues.units_after
# for one-word names, listed_facilities for any).
PLURAL_FAC_NOUNS = words("""
shafts mines stations highways motorways expressways bridges airports stadiums stadia prisons
roads streets avenues terminals tunnels dams malls towers
""")
# First words of bodies' names in Spanish, Portuguese, Italian and French, which English copy
# keeps ("Liga Profesional de Fútbol", "Movimiento Ciudadano", "Trenes Argentinos", "Partido
# Revolucionario Institucional"; class 3: two unknown words were a person).
ROMANCE_ORG_HEADS = words("""
Liga Movimiento Movimento Partido Partito Parti Banco Banque Grupo Groupe Gruppo Ministerio
Ministério Ministère Secretaría Instituto Istituto Universidad Universidade Università
Fundación Fundação Fondazione Asociación Associação Associazione Federación Federação
Federazione Confederación Sindicato Trenes Ferrocarriles Compañía Companhia Empresa Comisión
Comissão Consejo Conselho Conseil Corporación Cámara Câmara Agencia Agência Servicio Sociedad
Sociedade Società Société Organización Frente Unión Coalición Alianza Aliança Caja Caixa
""")
# First words of venue names ("Stade de France", "HMP Northfield").
FAC_HEAD = words("""
Stade Stadio Estadio HMP Camp Paseo Avenida Calle Rua Piazza Praça Fort Jalan Lorong Persiaran
Lebuhraya
""")  # Malay roads: "Jalan Sultan Azlan Shah", "Lorong Kuda"
# Words of facilities named "... of" a place or a person, right before "of" ("Port of
# Mombasa", "Palace of Westminster", "the Theatre of Dreams", "the Odeon of Herodes Atticus";
# class 2), not "Church of England", a body.
FAC_OF_HEAD = words("Port Palace Tower Bridge Castle Theatre Theater Odeon Temple Basilica")
# First words of land and water named "... of ...": "Firth of Clyde", "Gulf of Aden", "Sea of
# Galilee", "Isle of Arran" (LOC; class 2: the part after "of" stood as a town or an ORG).
LOC_OF_HEAD = words("""
Firth Gulf Bay Sea Strait Straits Isle Isles Lake Cape Vale Valley Plain Plains Coast Mouth
Islands Peninsula Lakes Mountains Hills Forest
""")

# Towns that name the event held there, and the words that say the event is meant ("won
# Wimbledon", "the Glastonbury line-up", "at Cheltenham"; class 2: events as places).
EVENT_PLACES = words("Wimbledon Glastonbury Cheltenham")
EVENT_PLACE_CUES_AFTER = words("""
title titles champion champions championship championships final finals semi-final semifinal
quarter-final quarterfinal crown festival line-up lineup headliner headliners headline stage
winner winners singles doubles debut fortnight
""")
EVENT_PLACE_CUES_BEFORE = words("won win wins winning played play playing headlined headlining at")

# Event adjectives and short event names (class 2: "Olympic" silver is no place), and the
# UN climate summits by number ("COP28" as a place).
EVENT_WORDS = words("Olympic Olympics Paralympic Paralympics") | {f"COP{n}" for n in range(1, 41)}

# Operating systems and platforms written like names: products (class 2).
PRODUCT_WORDS = words("Android iOS iPadOS macOS watchOS ChromeOS HarmonyOS Linux")

# Words that make an article a technology report (class 2): three or more of them.
TECH_WORDS = words("""
phone phones smartphone smartphones chip chips processor processors software app apps
startup device devices screen battery camera laptop laptops gadget console server servers
gpu cpu cloud users feature features update updates launch launched model models data
""")

# A sport before a country names its governing body ("Tennis Australia", "Athletics Kenya",
# "Cricket Ireland"; class 8: organisations named after places tagged as places).
SPORT_BODY_HEADS = words("""
Tennis Athletics Cricket Rugby Football Hockey Netball Cycling Swimming Rowing Sailing Golf
Basketball Volleyball Boxing Gymnastics Triathlon Badminton Squash Bowls Equestrian Visit
""")
# First words of clubs named after their town ("Real Madrid", "Borussia Dortmund"; class 1:
# "Real Toledo" cut to "Toledo" at a sentence start).
CLUB_HEADS = words("""
Real Atletico Atlético Sporting Racing Olympique Dynamo Dinamo Inter Borussia Lokomotiv Spartak
Partizan Hertha Fortuna Eintracht Athletic Deportivo Celta Rapid Slavia Sparta Legia Hapoel
Maccabi Beitar Standard
""")
# A word before a place that makes the two one organisation: a sport's body or a club.
# A public body named by its remit and its country ("Screen Ireland", "Statistics Canada";
# class 8, as the sport bodies). Portfolios that are titles ("Transport", "Health") and
# "Police", a generic word, are not here: the names pass reads them first as a title
# ("Health Minister") or drops them; ``remit_bodies`` finds those bodies ("Police Scotland",
# "Health Canada") with REMIT_PORTFOLIOS.
REMIT_BODY_HEADS = words("""
Screen Tourism Enterprise Creative Historic Sport Skills Invest Statistics Environment
Infrastructure Heritage Forestry
""")
REMIT_PORTFOLIOS = words("Police Transport Education Health Revenue Housing")
# Words of a ministry's or department's portfolios, as its name lists them after commas
# ("Department for Environment, Food and Rural Affairs"; joined_names).
PORTFOLIO_WORDS = words("""
Health Labour Welfare Family Food Rural Urban Affairs Environment Culture Media Sport Sports
Digital Agriculture Livestock Fisheries Cooperatives Co-operatives Lands Land Public Works
Housing Development Information Communications Communication Economy Blue Trade Industry
Industries Industrialisation Industrialization Investment Investments Energy Petroleum Mining
Mines Minerals Education Science Technology Innovation Tourism Wildlife Heritage Arts Youth
Gender Women Children Social Security Services Protection Employment Skills Transport
Infrastructure Roads Water Sanitation Irrigation Finance Planning Justice Defence Defense
Interior Immigration Citizenship Foreign Commerce Enterprise Enterprises Micro Small
Medium Devolution Regional Cohesion Climate Change Forestry Forests Natural Resources Power
Oil Gas Maritime Shipping Aviation Telecommunications Broadband Research Training Vocational
Higher Basic Tertiary Care Population Local Government Communities Levelling Up Net Zero
National Diaspora Senior Citizens Special Programmes Constitutional Reform Administration
Statistics Transportation Public Safety Security Veterans Labor Economic Policy
""")
ORG_BEFORE_PLACE = SPORT_BODY_HEADS | CLUB_HEADS | REMIT_BODY_HEADS

# Words of a field of work: a centre named with one is a body ("Pew Research Center",
# "Harvard Kennedy School's Belfer Center for Science"), not a venue.
FIELD_WORDS = PORTFOLIO_WORDS | words("""
Studies Policy Medical Cancer Data Rights Legal Law Learning Career Counselling Crisis Poison
Operations Command Coordination Monitoring Cyber Intelligence Leadership Strategic Computing
Peace Democracy Hurricane Prevention Excellence Resource Resources Disease Diseases Study
""")

# Words of the sport slug that opens a wire headline ("ICE HOCKEY - NHL RESULTS"; class 6:
# all-caps lines; "RUGBY" is also a town, "ICE HOCKEY" looked like a person's name).
SPORT_SLUG_WORDS = words("""
SOCCER FOOTBALL ICE HOCKEY MOTOR RACING MOTORCYCLING RUGBY UNION LEAGUE TENNIS GOLF CRICKET
BASKETBALL BASEBALL ATHLETICS CYCLING BOXING ALPINE NORDIC SKIING HORSE SWIMMING SAILING
ROWING SNOOKER SQUASH BADMINTON VOLLEYBALL HANDBALL GYMNASTICS JUDO WRESTLING FORMULA ONE
""")

# Last parts of camel-case names of devices and features ("JioPhone", "HelmetCam"; class 2).
PRODUCT_CAMEL_TAILS = words("Phone Pad Watch Cam Buds Pods Band Pen Lens Glass Tab Share")

# Makers of cars, buses and aircraft: the name or number of a model follows them ("Volkswagen
# Golf", "Kia Sportage", "a Dornier 228"; class 2).
VEHICLE_MAKERS = words("""
Toyota Honda Nissan Mazda Subaru Suzuki Mitsubishi Hyundai Kia Ford Chevrolet Chevy Dodge
Jeep Chrysler Cadillac Buick Tesla Volkswagen VW Audi BMW Mercedes Mercedes-Benz Porsche
Opel Vauxhall Renault Peugeot Citroen Citroën Fiat Skoda Škoda Volvo Jaguar Lexus Infiniti
Acura BYD Geely Nio Xpeng Rivian Lucid Polestar Ferrari Lamborghini Maserati Bentley
Dacia Cupra Lancia Mahindra Maruti Holden Isuzu Proton Perodua Tata Chery Haval Datsun Yutong
Scania Innoson Dornier Embraer Cessna Sukhoi Antonov
""")

# A country's armed or border services, two words after its name or people's word: one ORG
# ("Philippine Air Force"; class 4: the people's word stood apart as a NORP).
NATIONAL_SERVICES = frozenset(
    {
        "Air Force",
        "Coast Guard",
        "Armed Forces",
        "Defence Forces",
        "Defense Forces",
        "Border Guard",
        "National Guard",
        "Marine Corps",
        "Special Forces",
        "Police Service",
    }
)

# Holidays named by a possessive: DATE, as "Christmas" and "New Year's Day" are (class 7;
# the names pass cut them in two ORGs, "Valentine" and "Day"). Found by
# ``possessive_names``; "Saint" and "St." spellings are made there.
POSSESSIVE_HOLIDAYS = (
    "Valentine's Day",
    "Mother's Day",
    "Mothers' Day",
    "Father's Day",
    "Fathers' Day",
    "Presidents' Day",
    "Workers' Day",
    "Heroes' Day",
    "Veterans' Day",
    "All Saints' Day",
    "All Souls' Day",
    "St Patrick's Day",
    "St Andrew's Day",
    "St David's Day",
    "St George's Day",
    "St Stephen's Day",
    "St Valentine's Day",
)

# People a body, an event or a prize is named for, before a plural possessive (class 4:
# "the Teachers' Service Commission", "the Workers' Party", "Listowel Writers' Week" were cut
# at the apostrophe, the possessor dropped). A list, not any plural: "the Gunners' Champions
# League run" and "the Democrats' Senate majority" name a team's or a party's own thing.
# "Women", "Men", "People", "Children" take "'s".
MEMBER_NOUNS = words("""
Teachers Workers Farmers Writers Viewers Readers Listeners Nurses Doctors Physicians Journalists
Employers Employees Consumers Pensioners Students Parents Lawyers Miners Mineworkers Veterans
Traders Manufacturers Growers Producers Owners Officers Engineers Architects Accountants
Bankers Drivers Pilots Artists Musicians Actors Critics Players Cricketers Footballers
Athletes Peoples Citizens Taxpayers Ratepayers Residents Tenants Landlords Retailers Exporters
Importers Investors Shareholders Depositors Directors Editors Publishers Broadcasters
Fishermen Firefighters Seafarers Dockers Scientists Survivors Widows Soldiers Servicemen
Women Men People Children
""")

# Offices whose holder's possessive names a body, a prize or a contest: "the Information
# Commissioner's Office", "the PBA Commissioner's Cup", "the Prince's Trust" (class 4:
# names cut short). Found with MEMBER_NOUNS (``member_bodies``); a person's name before
# "'s" is left alone ("Trump's Republican Party").
OFFICE_HOLDERS = words("""
Commissioner President Governor Mayor Speaker Chancellor Premier Minister Chairman
Auditor Ombudsman King Queen Prince Princess
""")

# Firms whose name is a possessive (class 4: "Sainsbury's" cut to "Sainsbury"), written
# without the "'s" the names pass leaves off: the name with it is one ORG.
# Given names ("Wendy's") are left out: "Wendy's mother" is no firm.
POSSESSIVE_FIRMS = words("""
McDonald Sainsbury Domino Macy Kellogg Moody Lloyd Sotheby Christie Applebee Dillard Kohl
Lowe Nando Hardee Arby Smucker Kiehl Culver Harrah Hamley
""") | {"Ben & Jerry", "Trader Joe", "Papa John", "Raising Cane"}

# Titles that stand before one person's name, even at a sentence start ("Governor Hochul
# said": the title is no ordinary word glued to a name; class 3). Not the titles that also
# start bodies' names ("General Motors", "Justice Department", "Health Canada").
PERSON_TITLES = words("""
President Chancellor Governor Senator Premier Mayor Judge Secretary Ambassador Commissioner
Councillor Congressman Congresswoman Representative Pope King Queen Prince Princess Sheikh
Emir Rabbi Imam Bishop Cardinal Pastor Coach Captain Colonel Sergeant Inspector Detective
Superintendent Professor Speaker Minister
""")

# Adjectives that open many organisations' names: at a sentence start, before words that
# end in an organisation's keyword, they are part of the name ("Local Government
# Association", "Universal Music Group"; class 4: names cut short), where an everyday word
# glued to a name is not ("Rivals Acme Group").
NAME_ADJECTIVES = words("""
Local Universal General National Global Standard Royal Digital Continental International
Federal Central Public Private Social Independent Civil Modern United American British
Western Eastern Northern Southern Green Liberal Democratic Free Natural Regional Metropolitan
Municipal Provincial Supreme Grand Great Premier Prime Allied Associated Consolidated
Integrated Applied Advanced Human Medical Financial Environmental Electoral Constitutional
Commercial Industrial Agricultural Scientific Mutual Cooperative Catholic Christian Islamic
Jewish Anglican Methodist Baptist Evangelical Orthodox Popular Progressive Conservative
Socialist Communist Republican Labour Interstate Overseas Imperial Colonial
Electric Electrical Electronic Nuclear Chemical Mental Economic Legal Criminal Military
Maritime Rural Urban Professional Educational Judicial Parliamentary Legislative Presidential
Technical Statistical Pharmaceutical Renewable Clean Solar
""")

# Studios and streamers whose possessive mostly stands before a show or a film ("Netflix's
# Bridgerton": a title, no entity; class 2). Not firms that own much else (Amazon, Apple,
# Sony), whose possessive as often names a product or a unit.
STUDIOS = words("""
Netflix Disney HBO Hulu Peacock Pixar Marvel Lionsgate DreamWorks Miramax A24 BBC ITV
Showtime Starz Crunchyroll RTÉ RTE TG4 CBS NBC SABC Showmax Hotstar JioCinema
""")

# Nouns of firms that, set off after an unknown name ("Selva Viva, a 40-seat restaurant"),
# make it an organisation, not a person (class 3, the other way round).
# Not the nouns of jobs a person holds too ("operator", "developer", "publisher", "broker").
FIRM_NOUNS = words("""
company firm startup start-up restaurant bakery cafe café shop store brewery distillery
winery boutique consultancy lender insurer retailer manufacturer supplier chain bank charity
agency label studio
""")

# A minister's or secretary's portfolio, which names no body before the title ("Communications
# Minister Michelle Rowland"; class 6), where "Army Chief", "ECB President" name one.
PORTFOLIOS = words("""
Communications Energy Transport Education Health Finance Trade Defence Defense Justice
Environment Agriculture Housing Tourism Culture Science Technology Industry Infrastructure
Telecommunications Media Broadcasting Digital Welfare Immigration Security Development
""")

# The states of the United States: "Ohio State", "Michigan State" name universities and their
# teams, where "Kwara State", "Lagos State" name states (class 8).
US_STATES = words("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Penn Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""") | {
    *("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina"),
    *("North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"),
}

# Words numbered in the text without being products ("Section 52", "Lap 59", "Game 7").
NOT_MODEL_WORDS = (
    words("""
Section Article Chapter Route Flight Room Level Stage Phase Round Game Week Day Lap Year
Series Season Grade Category Group Division League Formula Channel Platform Gate Row Pier
Terminal Berth Hangar Goal Unit Ward Zone Block Sector Plot Line
""")
    | MONTH_ABBREVIATIONS
)  # and abbreviated months: "on Feb 7" is a date, no model

# Olympic (IOC) country codes, as results lines write them after an athlete's name: "Mercy
# Sang (KEN)" (class 1: they were PERSONs or ORGs).
IOC_CODES = words("""
KEN ETH UGA TAN RWA BDI ERI NGR GHA CMR CIV SEN RSA ZIM ZAM BOT NAM MAR ALG TUN EGY JAM TTO BAH
BAR CUB BRA ARG CHI COL MEX USA CAN AUS NZL JPN CHN KOR PRK IND PAK SRI BAN NED BEL GBR IRL
FRA GER ITA ESP POR SUI AUT SWE NOR DEN FIN POL CZE SVK HUN ROU BUL GRE SRB CRO SLO UKR BLR
RUS TUR ISR IRI KSA QAT UAE BRN KAZ UZB THA MAS SGP INA PHI VIE HKG TPE EST LAT LTU ISL
""")
# Hotel chains whose name, with a place or a house's name, is a hotel: "the Hilton Nairobi",
# "the Marriott Mena House", "the Nile Ritz-Carlton" (``hotels``; class 2: read as a firm).
# Not the chains named by a word of places or a given name (Peninsula, Serena, Langham).
HOTEL_BRANDS = words("""
Hilton Marriott Sheraton Hyatt Radisson Kempinski InterContinental Intercontinental Novotel
Sofitel Westin Ritz-Carlton Rosewood Fairmont Mövenpick Movenpick Pullman Shangri-La Oberoi
Raffles Ibis Swissôtel Swissotel Crowne Taj
""")
# Last words of a hotel chain's name as the firm: "Marriott International", "Hilton Worldwide".
HOTEL_FIRM_TAILS = words("International Worldwide Group Hotels Holdings Inc Corp Corporation")
# Names of a newspaper's sections, two of which make a kicker line ("Arts & Culture",
# "Science & Tech": ``section_lines``; class 6: no entity, read as a firm).
SECTION_WORDS = words("""
Arts Culture Science Tech Technology Business Economy Politics News Sport Sports Lifestyle
Life Style Health Travel Food Entertainment Opinion World Money Markets Finance Books Film
Music Media Education Environment Society Motoring Property Fashion Beauty Games Gaming
Weather Features Analysis Comment Living Leisure Crime Justice Religion Faith Nation Region
Wellness Wellbeing Home Homes Garden Gardens Cars Careers Jobs Theatre Television TV
Radio Design Photography Innovation Startups Energy Climate Agriculture Retail Drink Drinks
""")
