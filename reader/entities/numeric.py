"""Numeric and calendar entities (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL).

One compiled alternation, one ``finditer`` pass: each named group is a label, and the first
alternative that matches at a position wins, so the more specific forms come first (money
before cardinal, "May 2, 2024" before "2024"). Quantity modifiers ("over", "up to") and ranges
are inside the span, as OntoNotes annotates them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reader.entities import lexicon
from reader.entities.lexicon import words
from reader.entities.regex_code import compiled

# A number; thousands may be grouped by spaces, as South African and Zimbabwean papers write
# them ("3 000 inmates", "R1 500"), but not where a number list goes on ("30 215 160" in a
# standings table) nor across a year ("in 2019 300 people").
_NUM = r"(?:(?<!\d[ \u00a0])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d|[ \u00a0]\d)|\d+(?:[.,]\d+)*)"
_SMALL = (
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+hundred|a\s+thousand|a\s+dozen|dozens|a\s+few|several|a|an)"
)
_WORDNUM = (
    r"(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_SCALE = r"(?i:hundred|thousand|million|billion|trillion|lakh\s+crore|lakh|crore)"
# Wire abbreviations of scales ("7.9 bln ringgit", "US$300 mln").
_SCALE_ABBR = r"(?i:bn|bln|bil|mn|mln|mil|tn|trn|trln)"  # "RM10.5bil": Malaysian copy
_MOD = (
    r"(?:(?i:over|under|above|below|about|around|nearly|almost|approximately|roughly|some|only|"
    r"just|barely|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|as\s+many\s+as|"
    r"as\s+much\s+as|just\s+over|just\s+under|well\s+over|close\s+to|an\s+estimated)\s+)?"
)
# A range's dash: an en dash however spaced, a hyphen tight or spaced on both sides ("2 -0.11"
# on a standings line is two numbers, the second negative; class 7).
_DASH = r"(?:\s*–\s*|-|\s+-\s+)"
_AMOUNT = (
    rf"(?:{_NUM}(?:{_DASH}{_NUM})?(?:\s*{_SCALE_ABBR}\b|(?:\s+{_SCALE})*)|{_WORDNUM}(?:\s+{_SCALE})*"
    rf"|(?:a|an)\s+{_SCALE})"
)
_MONTH = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
    # in capitals, as datelines and headlines write them ("NAIROBI, NOVEMBER 4"; class 6)
    r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
_MONTH_OR_MAY = rf"(?:{_MONTH}|May)"  # not "MAY": "PRICES MAY 10 TIMES" is no date
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
)
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = (
    r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|centuries)"
)
_DATE_UNIT = (
    r"(?i:(?:day|night|week|weekend|fortnight|month|quarter|season|year|decade)(?=s?\b)"
    r"|century|centuries)"
)
_REL = (
    r"(?i:last|next|this|past|coming|previous|recent|earlier\s+this|later\s+this|the\s+past|"
    r"the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+first|the\s+same|"
    r"the\s+following|the\s+current)(?:\s+(?i:fiscal|financial|calendar|academic|school))?"
)
# Fiscal and season years written as a range: "2016-17", "2019/20", "2023-2024".
_FY = r"(?:19|20)\d\d[-–/](?:(?:19|20)\d\d|\d\d)(?![\d%])"
# A number that starts a duration is not a CARDINAL ("over three decades": "three decades").
_NOT_DURATION = (
    r"(?![\s-]+(?:(?i:day|week|weekend|fortnight|month|quarter|season|year|decade|century|"
    r"centuries|hour|minute|second)s?)\b)"
)
# "nine out of 10": a count out of a whole is one CARDINAL.
_OUT_OF = r"(?:\s+out\s+of\s+(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\b)?"
_SEASON = r"(?i:season|fiscal\s+year|financial\s+year|school\s+year|academic\s+year)\b"
# Durations that are DATE: "over" is left out ("over 39 months" is "during").
_MOD_DUR = (
    r"(?:(?i:under|about|around|nearly|almost|approximately|roughly|some|only|just|barely|"
    r"more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|"
    r"just\s+over|just\s+under|well\s+over|close\s+to|an\s+estimated)\s+)?"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?:s\b|(?!\d))"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_AMPM = r"(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|a\.m\b|p\.m\b)"
_CLOCK = (
    rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}}(?!\d))?(?:\.\d{{1,3}}(?!\d))?(?:\s*{_AMPM})?"
    rf"|\d{{1,2}}\.\d{{2}}\s*{_AMPM})"
)
_ZONES = (
    r"(?:[ECMP][SD]?T|GMT|UTC|CET|CEST|EET|EEST|WET|BST|HKT|SGT|JST|KST|IST|PKT|WIB|WAT|EAT|"
    r"CAT|SAST|MSK|AEST|AEDT|ACST|AWST|NZST|NZDT|AST|ADT|NST|NT|HST|AKST|AKDT|MYT|PHT|ICT)"
    r"(?:[+−-]\d{1,2}(?::?\d\d)?\b|\b)"  # an offset: "GMT+7", "UTC-05:00"
)
_TZ = rf"(?:\s+(?:{_ZONES}|(?i:local\s+time)\b))?"
_ABOUT = r"(?:(?i:about|around|approximately|roughly)\s+)?"
_CURRENCY = (
    r"(?:(?:[A-Z]{1,3}|Mex)\$|E£|\$A(?=\d)|\$|£|€|¥|₹|₦|₩|₱|₺|₽|₫|₪|৳|"
    r"(?:RMB|USD|EUR|GBP|CHF|SGD|AUD|CAD|JPY|INR|CNY|KES|NGN|ZAR|AED|Ksh|KSh|TSh|USh|Rp|VND)\s?|"
    r"QR(?=\d)|"
    r"Dhs?\s?(?=\d)|GH(?:¢|₵|S)\s?(?=\d)|Gh¢\s?(?=\d)|₵|Tk\.?\s?(?=\d)|RM\s?(?=\d)|"
    r"Rs\.?\s?|Shs?\s?(?=\d)|R(?=\d)|N(?=\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion|bn|m)\b|\d+\.\d\d\b)|"
    # pesos with a scale or thousands ("P1,200 to P4,500"), baht with a scale ("B1.8bn")
    r"P(?=\d[\d,]*(?:\.\d+)?[\s-]?(?:billion|million|trillion|bn|m)\b|\d{1,3}(?:,\d{3})+\b)|"
    r"B(?=\d[\d,]*(?:\.\d+)?[\s-]?(?:billion|million|trillion|bn)\b)|"
    # kina with thousands ("K250,000"; Papua New Guinea's papers)
    r"K(?=\d{1,3}(?:,\d{3})+\b))"
)
_MONEY_WORD = (
    r"(?i:dollars|euros|pounds(?!\s+of)|yuan|renminbi|yen|rupees|rupiah|cents|pence|francs|"
    r"roubles|rubles|cedis|naira|rand|shillings|zlotys|zloty|ringgit|soles|pesos|reais|baht|"
    r"lira|liras|kronor|kroner|krona|forint|dinars|dirhams|riyals|rials|taka|kwacha|birr|cent|"
    r"hryvnias|tenge|leones|pula|rupee|dollar|euro"
    # the Korean won after a number of three digits or more, a scale or "Korean" ("The two
    # won", "the Pixel 9 won" are the verb; "\s", not a space: the pattern is VERBOSE)
    r"|won(?:(?<=\d\d\d\swon)|(?<=lion\swon)|(?<=\dbn\swon)|(?<=Korean\swon)))"
)
# Capitalised words between an amount and its currency: "1,100 CFA francs", "U.S. dollars".
_CURRENCY_ADJ = r"(?:[A-Z][\w.]*\s+){0,2}"
_QTY_UNIT = (
    r"(?:(?:square|cubic)\s+(?:metre|meter|foot|mile|kilometre|kilometer)\b(?!-)|"
    r"(?:(?:square|cubic)\s+)?(?:sq\s+(?:m|ft|km)\b|km/h|km|kilometres|kilometers|miles|metres|meters|feet|ft|"
    r"inches|mm|cm|centimetres|centimeters|millimetres|millimeters|kg|kilograms|grams|"
    r"ml|millilitres|milliliters|(?<=\d\d)g(?![\w'’-]|\.\w)|"  # "a 350ml bottle", "250g" (not "4g")
    r"(?:metric\s+)?(?:tonnes|tons)|lbs|pounds\s+of|acres|hectares|litres|liters|gallons|"
    r"barrels|megawatts|gigawatts|kilowatts|MW|GW|kW|kWh|MWh|GWh|mAh|GB|TB|MB|megapixels|knots|"
    r"mph|kph|nits|tmcft|cusecs|Hz|GHz|MHz|kHz|"
    r"nautical\s+miles|basis\s+points|degrees(?:\s+(?:Celsius|Fahrenheit))?|°[CF]?|"
    # "41C", "104 F"; not a model's letter and number: "200,000 F-150 pickups" (class 7)
    r"(?<=\d)[FC](?![\w.'’])|[FC](?![\w.'’-])))"
    # a speed: "90 kilometres per hour", "30 miles an hour", "10 metres per second"
    r"(?:(?<=s)\s+(?:per\s+(?:hour|second)|an\s+hour)\b)?"
)
# A unit in a hyphenated compound is singular: "400-metre", "6.3-inch", "25-basis-point".
_QTY_UNIT_SING = (
    r"(?:km|kilometre|kilometer|mile|metre|meter|foot|inch|mm|cm|centimetre|kg|kilogram|gram|"
    r"kilogramme|gramme|tonne|ton|acre|hectare|litre|liter|gallon|barrel|megawatt|gigawatt|"
    r"kilowatt|MW|GW|kW|megapixel|basis-point|square-metre|square-meter|square-foot|"
    r"square-mile|square-kilometre|square-kilometer|nanometer|nanometre|nm)"
    r"(?![\w]|-(?!(?:tall|long|high|wide|deep)\b))"
)
_ORD_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"twentieth|hundredth"
)

_PATTERN = rf"""
(?P<MONEY>{_MOD}{_CURRENCY}\s?{_NUM}(?:(?:{_DASH}|\s+to\s+)(?:{_CURRENCY})?{_NUM})?(?:\s*(?:{_SCALE}\b|{_SCALE_ABBR}\b|m\b|k\b)(?:\s+to\s+{_CURRENCY}\s?{_NUM}\s*(?:{_SCALE}\b|{_SCALE_ABBR}\b|m\b|k\b))?|-{_SCALE}\b|[MBK]\b)?
  |{_MOD}(?:{_NUM}m|{_AMOUNT})\s+{_CURRENCY_ADJ}{_MONEY_WORD}\b
  |\b(?i:several|a\s+few)\s+(?:hundred\s+|thousand\s+)?(?:thousand|million|billion)\s+{_CURRENCY_ADJ}{_MONEY_WORD}\b
  |{_MOD}\d[\d,]*(?:\.\d+)?[pc](?![\w.'’-])
  |\b(?i:multi-?(?:million|billion))[\s-](?:pound|dollar|euro|rand|rupee|naira|shilling|pula|kwacha|cedi)\b
  |{_NUM}(?=\s+(?:per|to\s+the|against\s+the)\s+(?:U\.S\.\s+|US\s+)?(?:dollar|euro|pound|yen)\b))
|(?P<PERCENT>{_MOD}{_NUM}(?:\s?%?\s*(?:[–-]|to)\s*{_NUM})?\s?(?:%|(?i:percent|per\s?cent|pct|pc)\b|percentage\s+points?\b))
|(?P<TIME>{_ABOUT}(?:{_CLOCK}(?:\s*(?:to|-|–)\s*{_CLOCK})?|\b\d{{1,2}}\s?{_AMPM}(?:\s*(?:to|-|–)\s*\d{{1,2}}\s?{_AMPM})?){_TZ}(?:\s+{_WEEKDAY_FULL}\b|\s+in\s+the\s+(?:morning|afternoon|evening))?
  |\b\d{{4}}\s+(?:GMT|UTC)\b
  |\b\d{{1,2}}\.\d{{2}}\s+{_ZONES}
  |\b(?i:noon|midnight)\s+{_WEEKDAY_FULL}\b
  |\b(?i:the)\s+early\s+hours(?:\s+of\s+(?:{_WEEKDAY_FULL}|the\s+morning))?\b
  |\b(?i:the\s+(?:next|following|previous)\s+(?:morning|afternoon|evening|night))\b
  |(?:(?<=\b[iI]n\s)|(?<=\b[dD]uring\s))the\s+(?:morning|afternoon|evening)\b
  |\b(?i:the\s+(?:(?:final|last|first|next|past|opening|closing)\s+)?)(?:\d+|{_WORDNUM})\s+(?:minutes|hours|seconds)\b
  |\b(?i:the\s+)\d{{1,3}}(?:st|nd|rd|th)\s+minute\b
  |\b\d{{1,3}}\s+minutes?\s+\d{{1,2}}(?:\.\d+)?\s+seconds\b
  |\b\d{{1,2}}hrs?\s\d{{1,2}}mins?\s\d{{1,2}}(?:\.\d+)?secs?\b|\b\d{{1,3}}\.\d{{1,4}}(?:s|secs?)\b
  |\b{_WEEKDAY_FULL}\s+(?:morning|afternoon|evening|night)\b
  |\b(?i:this|that|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b
  |\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}}(?:[.:]\d\d)?)\s+in\s+the\s+(?:morning|afternoon|evening)\b
  |\b(?i:tonight|midnight|noon|midday)\b
  |(?:(?<=for\s)|(?<=not\s))hours\b(?!-)|(?:(?<=within\s)|(?<=\bin\s))(?:hours|minutes)\b(?=[\s.,;:”"’]|$)(?!\s+(?:of|and|or)\b)|(?<=at\s)night\b(?!-)|(?:(?<=from\s)|(?<=at\s))dawn\b(?!-)
  |\b{_MOD_DUR}(?:\d+(?:\.\d+)?|{_WORDNUM}|(?i:a|an|a\s+few|several))[\s-]+(?:hours?|minutes?|seconds?)\b
   (?!(?<=\ba\ssecond)\s+(?!(?:later|ago|earlier|long|or|and|to|before|after|left|of|in|on|at|for|with)\b)[A-Za-z])
   (?:(?:(?<=hours)|(?<=hour))\s+(?:and\s+)?\d{{1,2}}\s+minutes?\b)?
   (?:\s+(?:ago|later|earlier|long))?)
|(?P<DATE>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b
  |\b(?i:the\s+)?(?i:first|second|third|fourth|final|last)\s+quarter\s+of\s+{_YEAR}
  |(?:(?i:the\s+))?{_FY}\s+{_SEASON}|{_FY}
  |\b(?i:the\s+)(?:off-season|close\s+season|pre-season|festive\s+season|holiday\s+season|long\s+weekend)\b
  |\b(?i:the\s+)(?:(?i:early|late)\s+)?(?:summer|winter|autumn|spring)(?:\s+(?:school\s+)?holidays?)?(?:\s+of\s+{_YEAR})?\b
  |\b(?i:last|this|next|early|late)\s+(?:summer|winter|autumn|spring|monsoon)\b
  |(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s))(?:summer|winter|autumn|spring)\b(?![\w-])
  |(?<=\bto\s)(?:summer|winter|autumn|spring)\b(?=\s*(?:[.,;:\n]|$))
  |\b(?i:the\s+)(?:noughties|nineties|eighties|seventies|sixties|fifties|forties|thirties)\b
  |\b(?i:that)\s+weekend\b
  |\b(?i:the\s+)(?:(?i:early|mid|late)[\s-]+)?['’]?[2-9]0s\b
  |\b(?i:the\s+)?(?:(?i:half|full|financial|fiscal)[\s-]+)?(?i:year)\s+(?:to|ended|ending)\s+{_MONTH_OR_MAY}(?:\s+{_DAYNUM}\b)?(?:,?\s+{_YEAR})?
  |\b(?i:the\s+(?:(?:fiscal|financial)\s+)?(?:(?:first|second|third|fourth|final)\s+)?(?:week|month|quarter|half))\s+(?:to|ended|ending)\s+(?:{_DAYNUM}\s+{_MONTH_OR_MAY}\b|{_MONTH_OR_MAY}(?:\s+{_DAYNUM}\b)?)(?:,?\s+{_YEAR})?
  |\b(?i:the\s+(?:first|second|third|fourth|final|last))\s+(?i:week|weekend|month)\b(?:\s+of\s+(?:{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?|{_YEAR}))?
  |\b(?i:the\s+(?:first|last|past))\s+(?:{_WORDNUM}|\d{{1,2}})\s+(?i:weeks|months)\s+of\s+(?:{_YEAR}\b|the\s+(?:(?:fiscal|financial)\s+)?year\b)
  |\b(?i:the\s+)(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))\s+(?i:century)\b|\b(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))[\s-](?i:century)\b
  |\bFY\d\d(?!\d)
  |\b(?i:a)\s+(?:week|month|year|decade|fortnight)(?=\s+of\b)
  |\b(?i:all)\s+(?:day|week|month|year|season)(?:\s+long)?\b
  |\b(?i:early|late)\s+{_WEEKDAY_FULL}\b
  |\b(?i:the\s+)?(?:Diwali|Deepavali|Christmas|Easter|Thanksgiving|Hanukkah|Ramadan|Eid(?:[\s-](?:al|ul|el)[\s-](?:Fitr|Adha))?|Holi|Passover|Halloween|Hogmanay|Kwanzaa|Navratri|Onam|Pongal|Vesak|Noche\s+Buena|Yom\s+Kippur|Rosh\s+Hashanah|Hari\s+Raya)(?:\s+(?:weekend|holidays?|period|week|season|break|Day|Eve)\b|(?![\w-]))
  |\b(?i:the\s+)[A-Z][a-z]+\s+Day\s+(?:weekend|holidays?|break)\b
  |(?<!\bof\s)\b(?i:the\s+)(?:[A-Z][a-z]+|midsummer|{_MONTH_OR_MAY}\s+{_DAYNUM})\s+holiday\b(?!-)
  |\b(?i:the\s+)midsummer\s+holidays\b
  |(?<=\bbetween\s)(?:{_MONTH_OR_MAY}\s+)?{_YEAR}\s+and\s+(?:{_MONTH_OR_MAY}\s+)?{_YEAR}
  |(?<=\bbetween\s){_MONTH}\s+and\s+{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?
  |(?<=\bfrom\s){_YEAR}\s+(?:to|until|through)\s+{_YEAR}
  |\b(?i:the\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:1[6-9]|20)\d0s\b
  |\b(?i:the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+)(?:{_MONTH_OR_MAY}(?:\s+{_YEAR})?|{_YEAR}|the\s+(?:year|month|decade))
  |\b(?i:the\s+(?:first|second|third|fourth|fifth|final|last|opening)\s+day)\b
  |\b(?i:the\s+weekend)\b
  |(?:(?<=\bof\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?:year|season|holidays)\b(?!\s+(?:of|to|that|which|ended|ending)\b)
  |\b(?i:half|full)-year\b|\b(?i:first|second|third|fourth)-(?:quarter|half)\b
  |\b(?:(?i:a|one)\s+)?(?i:year)\s+(?i:ago|earlier)\b
  |(?:(?<=\bfor\s)|(?<=\bspent\s)|(?<=\btook\s)|(?<=\blasted\s)|(?<=\b[Ww]ithin\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bthrough\s)|(?<=\bfrom\s)|(?<=\blose\s)|(?<=\bmiss\s))
   (?:(?i:at\s+least|about|nearly|almost|more\s+than|less\s+than|up\s+to)\s+)?(?:half\s+)?(?i:a)\s+(?:day|week|month|year|decade|fortnight)(?:\s+and\s+a\s+half)?
   (?![\w’'-]|\s+(?:ago|earlier|later|before|after|old)\b)
  |\b(?i:half\s+a\s+(?:decade|century|year))\b
  |\b(?i:a)\s+(?:week|month|year|decade)(?=\s+(?:before|after)\b)
  |\b(?:(?i:last|next|this)\s+)?{_WEEKDAY}\b(?:,?\s+{_MONTH_OR_MAY}\s+{_DAYNUM}\b(?:\s*,?\s*{_YEAR})?
    |,?\s+{_DAYNUM}\s+{_MONTH_OR_MAY}\b(?:,?\s+{_YEAR})?)?
  |\b(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|last|next|this)\s+|mid-)?{_MONTH_OR_MAY}\s+{_DAYNUM}\b(?:\s*(?:–|-|to)\s*(?:{_MONTH_OR_MAY}\s+)?{_DAYNUM}\b(?![\d%]|[.,]\d|\s*(?:%|per|percent)))?(?:\s*,?\s*{_YEAR})?
  |\b{_DAYNUM}\s+{_MONTH_OR_MAY}\b(?:,?\s+{_YEAR})?
  |\b(?i:early|mid|late|the\s+end\s+of|last|next|this)[\s-]+{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?
  |\b{_MONTH}\b(?:\s+{_YEAR}|\s+(?:next|last|this)\s+year\b)?
  |(?:(?<=\b[iI]n\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s))May\b(?:\s+{_YEAR})?
  |\b(?i:the\s+)?(?:{_SMALL}|\d+)\s+months?\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?{_MONTH_OR_MAY}\b(?:\s+{_DAYNUM}\b)?(?:,?\s+{_YEAR})?
  |\b(?i:the\s+)(?:{_SMALL}|\d+)\s+weeks\s+(?:to|ended|ending)\s+{_MONTH_OR_MAY}\b(?:\s+{_DAYNUM}\b)?(?:,?\s+{_YEAR})?
  |\b(?i:the\s+same\s+(?:period|quarter|month|time))\s+(?:(?:of|in)\s+{_YEAR}|last\s+year|a\s+year\s+(?:ago|earlier))\b
  |(?<![$£€¥\d.,])\b(?:(?i:mid-|early\s+|late\s+|fiscal\s+|FY\s?))?{_YEAR}
  |\b{_REL}\s+(?:(?:{_SMALL}|\d+)\s+)?{_DATE_UNIT}(?i:s)?\b
  |\b(?:{_MOD_DUR}(?:{_SMALL}|\d+)\s+{_DATE_UNIT}(?i:s)?|(?i:a|one)\s+{_DATE_UNIT})\s+(?:ago|earlier|later|old|before)\b
  |\b{_MOD_DUR}(?:\d+|{_WORDNUM})[\s-]+(?:(?:straight|consecutive|successive|full|whole)\s+)?{_DATE_UNIT}(?i:s)?(?:[\s-]+(?:ago|earlier|later|old))?\b
  |\b(?i:today|yesterday|tomorrow)\b
  |\b(?i:the\s+)?(?i:first|second|third|fourth|fifth|final|last)\s+quarter\b(?:\s+of\s+{_YEAR})?
  |\b(?i:the\s+)(?i:first|second)\s+half\b(?!\s+of\b)
  |\b(?:days|weeks|months|years|decades|centuries)\b
  |\b[QH][1-4]\b(?:\s+{_YEAR})?
  |\b[369]M\s+{_YEAR})
|(?P<QUANTITY>\d{{1,3}}\.\d{{1,2}}m(?=-(?:tall|long|high|wide|deep)\b)|(?<=\bstands\s)\d\.\d\dm\b
  |(?:(?i:the\s+(?:last|final|first)\s+))?{_MOD}(?:(?i:minus)\s+)?{_AMOUNT}\s?{_QTY_UNIT}|{_NUM}-{_QTY_UNIT_SING}
  |\b(?:100|200|400|800|1,?500|3,?000|5,?000|10,?000)m\b)
|(?P<ORDINAL>\b(?i:{_ORD_WORDS})\b|\b\d+(?:st|nd|rd|th)\b)
|(?P<CARDINAL>\b\d{{1,3}}-\d{{1,3}}-\d{{1,3}}\b(?!-)

  |\b\d{{1,3}}/\d{{1,2}}(?=\s*(?:in\s+|\()\d{{1,2}}(?:\.\d)?\s*overs\b)
  |{_MOD}\b(?:(?i:a|one)\s+(?:third|quarter)|(?i:half))\b(?=\s+(?:of|their|its|his|her|the|our|since|in|less|more|fewer|lower|higher)\b)
  |{_MOD}\b{_NUM}(?![.,]\d)(?:(?:m|bn)\b(?=\s+[a-z]+s\b)|(?:{_DASH}{_NUM})?(?:\s+{_SCALE}s?)*\b{_OUT_OF}{_NOT_DURATION})
  |{_MOD}\b(?:(?i:hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(?:thousands|millions|billions))?)\b
  |{_MOD}\b(?:(?i:half\s+)?a|an)\s+(?:hundred|thousand|million|billion|trillion)\b
  |{_MOD}\b{_WORDNUM}\b(?:\s+{_SCALE}s?)*{_OUT_OF}{_NOT_DURATION})
"""


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class that opens at ``pattern[i]``."""
    i += 2 if pattern.startswith("[^", i) else 1
    i += 1 if pattern[i] == "]" else 0
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str, i: int) -> int:
    """Index of the ")" closing the group that opens at ``pattern[i]``."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: brackets inside do not count
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced group")


def _top_alternatives(body: str) -> list[str]:
    """``body`` split at its top-level "|"."""
    alts, start, i = [], 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            i = _group_end(body, i)
        elif c == "[":
            i = _class_end(body, i)
        elif c == "|":
            alts.append(body[start:i])
            start = i + 1
        i += 1
    alts.append(body[start:])
    return alts


def _guard_ignorecase(pattern: str) -> str:
    """``pattern`` with a one-character lookahead before each case-insensitive word list:
    ``(?i:over|under|about)`` becomes ``(?=(?i:[oua]))(?i:over|under|about)``.

    Speed only, the matches are the same: the lookahead accepts every first character the
    list can match (the same letters, under the same ``(?i:)``). ``re`` skips an alternative
    that starts with a plain literal at the cost of a comparison, but enters every one of
    a case-insensitive list; the big alternation holds dozens of such lists (modifiers,
    number words, units), tried at every trigger, mostly at digits they cannot match.
    """
    out: list[str] = []
    i = 0
    while True:
        j = pattern.find("(?i:", i)
        if j < 0:
            out.append(pattern[i:])
            return "".join(out)
        k = _group_end(pattern, j)
        body = _guard_ignorecase(pattern[j + 4 : k])
        alts = _top_alternatives(body)
        out.append(pattern[i:j])
        if len(alts) >= 3 and all(
            a[:1].isascii() and a[:1].isalpha() and a[1:2] not in ("?", "*", "{") for a in alts
        ):
            firsts = "".join(sorted({a[0].lower() for a in alts}))
            out.append(f"(?=(?i:[{firsts}]))")
        out.append(f"(?i:{body})")
        i = k + 1


@cache
def numeric_re() -> re.Pattern[str]:
    """The big alternation, made on first use so importing stays cheap (compiling it costs
    ~25 ms: ``regex_code`` stores its compiled code)."""
    return compiled(*numeric_source())


def numeric_source() -> tuple[str, int]:
    """The big alternation's pattern and flags."""
    return rf"(?<![\w.])(?:{_guard_ignorecase(_PATTERN)})", re.VERBOSE


_LIST_ITEM = compiled(r"\d+\.\s")

# Speed: trying the big alternation at every word start costs ~7 µs a word. Instead one cheap
# pass (a prefix-factored regex) finds the word starts where a numeric expression can begin:
# a digit, a currency sign, or one of these (lower-cased) words.
_TRIGGERS = words(
    """over under above below barely about around nearly almost approximately roughly some only
    just more less fewer
    up at as well close an a one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion trillion hundreds thousands
    millions billions dozens dozen few several january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun last next this past coming previous recent earlier later the early mid
    late end beginning today yesterday tomorrow tonight midnight noon midday that days weeks months
    years decades centuries first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth twentieth hundredth us hk nz c s nt rmb usd eur gbp q h fiscal fy half
    minus between following current final opening closing weekend year noon midnight multi
    summer winter autumn spring diwali christmas easter thanksgiving hanukkah ramadan eid holi
    passover all full hours minutes night dawn deepavali halloween hogmanay kwanzaa navratri onam
    pongal vesak noche yom rosh hari"""
)
# Frequent words that start an expression only before one of _SECOND ("the past week",
# "a few days", "up to 4%", "at least 20"); checking the next word is cheaper than a match.
_GATED = words(
    "the a an that this as at over about under some up more less only just well close end all"
)
_SECOND = words(
    """past last next coming previous first second third fourth fifth final same end beginning
    few several dozen hundred thousand million
    billion trillion hundreds thousands millions billions dozens day week weekend fortnight
    month quarter year decade century days weeks months years decades centuries morning late
    early mid start middle weekend following current opening closing fiscal financial calendar
    academic school monday tuesday wednesday thursday friday saturday sunday
    afternoon evening night least most many much than to estimated of one two three four five six
    season seasons off-season pre-season festive holiday holidays close summer winter autumn spring
    monsoon long midsummer noughties nineties eighties seventies sixties fifties forties
    thirties
    diwali christmas easter thanksgiving hanukkah ramadan eid holi passover deepavali halloween
    hogmanay
    seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty
    ninety half hour hours minute minutes sixth seventh eighth ninth tenth eleventh twelfth
    twentieth january february march april may june july august september october november
    december"""
)
_CURRENCY_PREFIX = words("us hk nz c s nt a au ca r n z mex p b k qr")
# Currency codes glued to or spaced from their number ("Rs700", "Ksh 1.2bn", "R1.4 billion").
_CURRENCY_CODES = words(
    "rs rp ksh sh shs rmb usd eur gbp chf sgd aud cad jpy inr cny kes ngn zar aed dh dhs gh¢ ghs"
    " tk rm vnd tsh ush"
)
#: Currency signs a number may follow; each is a trigger, as each digit is.
_SIGNS = "$£€¥₹₦₩₱₺₽₫₪৳₵"


def _trie_pattern(words: dict[str, str]) -> str:
    """An alternation of ``words`` factored by common prefixes (fast in ``re``); each word is
    followed by its own suffix pattern (a lookahead)."""
    trie: dict = {}
    for w, suffix in words.items():
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = suffix

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""] or "(?:)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


@cache
def _trigger_re() -> re.Pattern[str]:
    """The pattern of ``trigger_source``, made on first use (its code stored by ``regex_code``)."""
    return compiled(*trigger_source())


def trigger_source() -> tuple[str, int]:
    """Word starts where a numeric expression can begin: a digit, a currency sign, a trigger
    word; a frequent word (the, a, up...) only when a _SECOND word or a number follows.

    The pattern consumes the character before the word start (a leading character class
    lets ``re`` skip through the text in C instead of trying a match at every offset); the
    start is that match's end. Offset 0 is tried on the text behind a space, so that one
    pattern serves (each compile of this ~14,000-character pattern costs ~10 ms a process).
    """

    def variants(ws: frozenset[str]) -> list[str]:
        # Case variants spelled out: IGNORECASE would make ``re`` lower-case every character.
        return [v for w in ws for v in (w, w.capitalize(), w.upper())]

    second = _trie_pattern(dict.fromkeys(variants(_SECOND), ""))
    follow = (
        rf"(?:(?=\$)|(?![A-Za-z])(?=\s+(?:(?:{second})(?![A-Za-z])"
        rf"|[\d{_SIGNS}]|[A-Z][A-Za-z]{{0,2}}¢?[$\d]|[A-Z][a-z]+\s+Day\s+(?:weekend|holiday|break)"
        rf"|[A-Z][a-z]+\s+(?:\d{{1,2}}\s+)?holiday)))"
    )
    words: dict[str, list[str]] = {c: [""] for c in "0123456789" + _SIGNS}
    plain = _TRIGGERS - _GATED - _CURRENCY_PREFIX - _CURRENCY_CODES
    for w in variants(plain):
        words[w] = [r"(?![A-Za-z])"]
    gated = variants(_GATED | _CURRENCY_PREFIX)  # valid when followed as ``follow`` says
    for code in [*variants(_CURRENCY_CODES), "KSh", "TSh", "USh"]:
        words.setdefault(code, []).append(r"(?=\.?\s?\d)")  # "Rs700", "Ksh 1.2bn"
    for prefix in variants(_CURRENCY_PREFIX):
        words.setdefault(prefix, []).append(r"(?=\d)")  # "US$", "A$", "R1.4 billion"
    # A start is valid if any word matches there with one of its suffixes; ``follow`` (a long
    # alternation) is written once, after a trie of its own, not once per gated word.
    suffixed = {
        w: sfx[0] if len(sfx) == 1 else "(?:" + "|".join(sfx) + ")" for w, sfx in words.items()
    }
    # any code of up to three capitals glued to a dollar sign: "FJ$20,000", "J$11,500", "TT$500";
    # the Egyptian pound ("E£42 million")
    glued = r"(?:[A-Z]{1,3}\$|E£)(?=\d)"
    core = (
        f"(?:{_trie_pattern(suffixed)}|{_trie_pattern(dict.fromkeys(gated, ''))}{follow}|{glued})"
    )
    return rf"[^\w.](?<![A-Za-z]-)(?={core})", 0


def _trigger_starts(text: str) -> list[int]:
    """Offsets of the word starts where a numeric expression can begin, in text order."""
    after = _trigger_re()
    starts = [0] if text and after.match(" " + text) else []
    starts += [m.end() for m in after.finditer(text)]
    return starts


def numeric_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, label)`` for numeric/calendar expressions, in text order."""
    match = numeric_re().match
    limit = 0
    for start in _trigger_starts(text):
        if start < limit:
            continue
        m = match(text, start)
        if m is None:
            continue
        label = m.lastgroup
        end = m.end()
        if label is None or end == start:
            continue
        if (
            label == "CARDINAL"
            and (start == 0 or text[start - 1] == "\n")
            and _LIST_ITEM.match(text, start)
        ):
            continue  # "1. " at the start of a line is list numbering, not a count.
        if text[end - 1].isspace():
            end = len(text[start:end].rstrip()) + start
        if label == "PERCENT":
            end = _first_of_a_split(text, start, end)
        elif label == "MONEY" and text.endswith(_FROM, max(0, start - 5), start):
            split = _TWO_SUMS.fullmatch(text, start, end)
            if split is not None:  # "rose from $2 billion to $3 billion": two values
                yield start, split.end(1), label
                start = split.start(2)
        limit = end
        if text[start] not in _READ_AS_FIRST:
            yield start, end, label  # most matches: none of _read_as's readings can apply
            continue
        span = _read_as(text, start, end, label)
        if span is not None:
            yield span


# "from $2 billion to $3 billion": a change between two sums, each with its scale, is two
# values (a range is "revenue of $310 million to $325 million"; class 7).
_FROM = ("from ", "From ")
_TWO_SUMS = compiled(
    rf"({_CURRENCY}\s?{_NUM}\s*(?:{_SCALE}|{_SCALE_ABBR}|m|k)\b)\s+to\s+"
    rf"({_CURRENCY}\s?{_NUM}\s*(?:{_SCALE}|{_SCALE_ABBR}|m|k)\b)"
)


# "52% to 48%": two shares, not a range (a range rises: "12% to 15%").
_PERCENT_PAIR = compiled(r"(\d+(?:\.\d+)?)\s?% to (\d+(?:\.\d+)?)%")


def _first_of_a_split(text: str, start: int, end: int) -> int:
    """End of a PERCENT match: the first share of a split ("beat him 52% to 48%"), else the
    match's own end."""
    m = _PERCENT_PAIR.search(text, start, end)
    if m is None or m.end() != end or float(m.group(1)) <= float(m.group(2)):
        return end
    return m.start() + len(m.group(1)) + text[m.end(1) : m.end(1) + 2].index("%") + 1


# First letters of the matches _read_as may read otherwise: "a second", "one", "the year",
# "about", "first-half".
_READ_AS_FIRST = frozenset("aAotfFsSMTW")
# "a first-half penalty", "a second-half header": the half of a match, whose ordinal alone is
# an entity (class 7; "first-half profit" stays a DATE).
_HALVES = frozenset({"first-half", "second-half"})
_MATCH_HALF = compiled(
    r"[ \u00a0]+(?:penalty|goal|goals|header|strike|equaliser|equalizer|try|tries|red|yellow|"
    r"substitute|substitution|brace|double|lead|display|performance|stoppage|injury)\b"
)


def _read_as(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """A match as the reader means it: "a second" before a noun is an ORDINAL, "one" as a
    pronoun and "of the year" in an award's name are nothing, and "about" after a story's
    noun is the preposition ("a novel about three generations": CARDINAL "three")."""
    if label == "TIME" and _ordinal_second(text, start, end):
        return start + 2, end, "ORDINAL"
    if label == "DATE" and text[start:end].lower() in _HALVES and _MATCH_HALF.match(text, end):
        return start, text.index("-", start), "ORDINAL"  # "a first-half penalty": a game's
    if label == "CARDINAL" and _pronoun_one(text, start, end):
        return None
    if label == "ORDINAL" and text[start].isupper() and _ordinal_in_a_name(text, start, end):
        return None  # "First Minister of Scotland", "the First Lady" (class 6)
    if (
        label == "DATE"
        and text[start:end] in lexicon.WEEKDAYS
        and _weekday_in_a_name(text, start, end)
    ):
        return None  # "who created Tuesday Club", "its single, Sunday Rice" (class 6)
    if (
        label == "DATE"
        and text.startswith("the ", start)
        and _AWARD_BEFORE.search(text, max(0, start - 12), start)
    ):
        return None  # "album of the year", "record of the year": a category's name
    if text.startswith(("about ", "About "), start) and _TOPIC_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return start + 6, end, label
    return start, end, label


# "album of the year": what comes before "of the year" in an award's category.
_AWARD_BEFORE = compiled(r"\b(?:album|record|song|single|artist|newcomer) of $")
# A story's noun or a verb of talk before "about": "about" is the preposition there.
_TOPIC_BEFORE = compiled(
    r"\b(?:novel|film|book|story|documentary|series|drama|play|song|article|report|memoir|"
    r"talk|talks|talked|spoke|speaks|worried|concerned|learn|learned|knew|know|care|cares|"
    r"questions?|thinking|think|thought) $"
)
# Words after "a second" that keep it a moment ("a second later", "a second or two").
_MOMENT_AFTER = words("later earlier ago before after or and longer too more")
_PRONOUN_ONE = compiled(r"(?:\b[Tt]he|\b[Aa]n? [a-z]+) $")
# "the last one in Redcar", "the first one that made me laugh": after "the" and a word, "one"
# before a function word or a stop is a pronoun; before a noun it counts ("that one wing").
_THE_WORD_ONE = compiled(r"\b[Tt]he [a-z]+ $")
_AFTER_PRONOUN_ONE = compiled(
    r"(?:[.,;:!?\"”’)]|[ \u00a0]+(?:in|on|at|that|who|which|to|for|is|was|of|with|from|and|or)\b)"
)


_CAPITAL_WORD_AFTER = compiled(r"[ \u00a0]([A-Z][a-z]+)\b")
_MONTH_WORDS = lexicon.MONTHS | lexicon.MONTH_ABBREVIATIONS
# Words after which a weekday is the day, whatever follows: "said on Monday Washington was".
_DAY_BEFORE = words(
    """on by until till since from last next this every early late before after of to and or
    through between that each"""
)
# A part of the day, or a word of a title-case headline ("Markets Fall On Monday As ...").
_NOT_A_NAME_AFTER = words(
    """Morning Afternoon Evening Night Lunchtime As And But Or The A An In On At To For With
    After Before When While Amid Over From"""
)


def _ordinal_in_a_name(text: str, start: int, end: int) -> bool:
    """ "became First Minister", "First Lady Jill Biden": a capitalised ordinal before a
    title, or in mid-sentence before any capitalised word, opens a title or a name (whose
    longer span, if any, the names pass finds: "Second World War"), no ORDINAL."""
    after = _CAPITAL_WORD_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1) in lexicon.TITLES:
        return True  # "First Lady Jill Biden", even at a sentence start
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def _weekday_in_a_name(text: str, start: int, end: int) -> bool:
    """ "Tuesday Club", "Sunday Rice": a weekday before a capitalised word (no month) is the
    first word of a name, unless a word of time is before it ("on Monday Washington")."""
    m = _CAPITAL_WORD_AFTER.match(text, end)
    if m is None or m.group(1) in _MONTH_WORDS or m.group(1) in _NOT_A_NAME_AFTER:
        return False
    before = text[max(0, start - 12) : start].split()
    return not before or before[-1].lower() not in _DAY_BEFORE


def _ordinal_second(text: str, start: int, end: int) -> bool:
    """ "added a second from the spot", "a second series", "a second-half header": an
    ORDINAL, not a moment (the moment is "for a second", "a second later"); only "a second"
    before a lower-case word or "-half"."""
    if text[start:end] not in ("a second", "A second"):
        return False
    if text.startswith("-half", end):
        return True  # "a second-half header": the half of a match
    if not text.startswith(" ", end):
        return False
    nxt = text[end + 1 : end + 12].split(None, 1)
    return bool(nxt) and nxt[0][:1].islower() and nxt[0].rstrip(".,;:") not in _MOMENT_AFTER


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """ "the one you stop thinking about", "a cheap one", "the last one in Redcar": "one" as
    a pronoun is no number."""
    if text[start:end] != "one":
        return False
    if _PRONOUN_ONE.search(text, max(0, start - 14), start) is not None:
        return True
    return (
        _THE_WORD_ONE.search(text, max(0, start - 20), start) is not None
        and _AFTER_PRONOUN_ONE.match(text, end) is not None
    )
