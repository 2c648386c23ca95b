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

from reader.entities.lexicon import words

_NUM = r"\d+(?:[.,]\d+)*"
_SMALL = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+hundred|a\s+thousand|a\s+dozen|dozens|a\s+few|several|a|an"
)
_WORDNUM = (
    r"(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_MOD = (
    r"(?:(?i:over|under|about|around|nearly|almost|approximately|roughly|some|only|just|"
    r"more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|as\s+many\s+as|"
    r"as\s+much\s+as|just\s+over|just\s+under|well\s+over|close\s+to|an\s+estimated)\s+)?"
)
_AMOUNT = (
    rf"(?:{_NUM}(?:\s*[–-]\s*{_NUM})?(?:\s+{_SCALE})*|{_WORDNUM}(?:\s+{_SCALE})*"
    rf"|(?:a|an)\s+{_SCALE})"
)
_MONTH = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH_OR_MAY = rf"(?:{_MONTH}|May)"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
)
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = (
    r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|centuries)"
)
_DATE_UNIT = r"(?:day|week|weekend|fortnight|month|quarter|year|decade|century|centuries)"
_REL = (
    r"(?i:last|next|this|past|coming|previous|recent|earlier\s+this|later\s+this|the\s+past|"
    r"the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+first|the\s+same)"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?:s\b|(?!\d))"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b))?"
_TZ = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|CET|CEST|BST|HKT|JST|KST|IST)\b)?"
_CURRENCY = r"(?:(?:US|HK|NZ|A|C|S|NT)\$|\$|£|€|¥|₹|RMB\s?|USD\s?|EUR\s?|GBP\s?)"
_MONEY_WORD = (
    r"(?:dollars|euros|pounds(?!\s+of)|yuan|yen|rupees|cents|pence|francs|won|roubles|rubles)"
)
_QTY_UNIT = (
    r"(?:km|kilometres|kilometers|miles|metres|meters|feet|ft|inches|mm|cm|kg|kilograms|grams|"
    r"tonnes|tons|lbs|acres|hectares|litres|liters|gallons|barrels|megawatts|gigawatts|MW|GW|"
    r"kWh|GB|TB|MB|degrees(?:\s+(?:Celsius|Fahrenheit))?|°[CF]?|[FC](?![\w.'’]))"
)
_ORD_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"twentieth|hundredth"
)

_PATTERN = rf"""
(?P<MONEY>{_MOD}{_CURRENCY}\s?{_NUM}(?:\s*[–-]\s*{_NUM})?(?:\s*(?:{_SCALE}\b|bn\b|mn\b|m\b|k\b))?
  |{_MOD}{_AMOUNT}\s+{_MONEY_WORD}\b)
|(?P<PERCENT>{_MOD}{_NUM}(?:\s*[–-]\s*{_NUM})?\s?(?:%|percent\b|per\s+cent\b|percentage\s+points\b))
|(?P<TIME>{_CLOCK}(?:\s*(?:to|-|–)\s*{_CLOCK})?{_TZ}
  |\b\d{{1,2}}\s?(?:a\.m\.|p\.m\.|am\b|pm\b){_TZ}
  |\b{_WEEKDAY_FULL}\s+(?:morning|afternoon|evening|night)\b
  |\b(?i:this|that|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening)\b
  |\b(?i:tonight|midnight|noon)\b
  |\b{_MOD}(?:\d+(?:\.\d+)?|{_WORDNUM}|(?i:a|an|a\s+few|several))[\s-]+(?:hours?|minutes?)\b
   (?:\s+(?:ago|later|earlier|long))?)
|(?P<DATE>\b{_WEEKDAY}\b(?:,?\s+{_MONTH_OR_MAY}\s+{_DAYNUM}\b(?:\s*,\s*{_YEAR})?
    |,?\s+{_DAYNUM}\s+{_MONTH_OR_MAY}\b(?:,?\s+{_YEAR})?)?
  |\b(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|last|next|this)\s+|mid-)?{_MONTH_OR_MAY}\s+{_DAYNUM}\b(?:\s*,?\s*{_YEAR})?
  |\b{_DAYNUM}\s+{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?
  |\b(?i:early|mid|late|the\s+end\s+of|last|next|this)[\s-]+{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?
  |\b{_MONTH}\b(?:\s+{_YEAR})?
  |(?:(?<=\b[iI]n\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s))May\b(?:\s+{_YEAR})?
  |\b(?i:the\s+)?(?:{_SMALL}|\d+)\s+months?\s+to\s+{_MONTH_OR_MAY}\b(?:\s+{_YEAR})?
  |(?<![$£€¥\d.,])\b(?:(?i:mid-|early\s+|late\s+|fiscal\s+|FY\s?))?{_YEAR}
  |\b{_REL}\s+(?:(?:{_SMALL}|\d+)\s+)?{_DATE_UNIT}s?\b
  |\b(?:{_MOD}(?:{_SMALL}|\d+)\s+{_DATE_UNIT}s?|(?i:a|one)\s+{_DATE_UNIT})\s+(?:ago|earlier|later|old)\b
  |\b{_MOD}(?:\d+|{_WORDNUM})[\s-]+{_DATE_UNIT}s?(?:[\s-]+(?:ago|earlier|later|old))?\b
  |\b(?i:today|yesterday|tomorrow)\b
  |\b(?i:the\s+)?(?i:first|second|third|fourth|fifth|final|last)\s+quarter\b(?:\s+of\s+{_YEAR})?
  |\b(?:days|weeks|months|years|decades|centuries)\b
  |\bQ[1-4]\s+{_YEAR})
|(?P<QUANTITY>{_MOD}{_AMOUNT}\s?{_QTY_UNIT})
|(?P<ORDINAL>\b(?i:{_ORD_WORDS})\b|\b\d+(?:st|nd|rd|th)\b)
|(?P<CARDINAL>{_MOD}\b{_NUM}(?:\s*[–-]\s*{_NUM})?(?:\s+{_SCALE}s?)*\b
  |{_MOD}\b(?:(?i:hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(?:thousands|millions|billions))?)\b
  |{_MOD}\b(?:(?i:half\s+)?a|an)\s+(?:hundred|thousand|million|billion|trillion)\b
  |{_MOD}\b{_WORDNUM}\b(?:\s+{_SCALE}s?)*)
"""


@cache
def numeric_re() -> re.Pattern[str]:
    """The big alternation, compiled on first use (~25 ms) so importing stays cheap."""
    return re.compile(rf"(?<![\w.])(?:{_PATTERN})", re.VERBOSE)


_LIST_ITEM = re.compile(r"\d+\.\s")

# Speed: trying the big alternation at every word start costs ~7 µs a word. Instead one cheap
# pass (a prefix-factored regex) finds the word starts where a numeric expression can begin:
# a digit, a currency sign, or one of these (lower-cased) words.
_TRIGGERS = words(
    """over under about around nearly almost approximately roughly some only just more less fewer
    up at as well close an a one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion trillion hundreds thousands
    millions billions dozens dozen few several january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun last next this past coming previous recent earlier later the early mid
    late end beginning today yesterday tomorrow tonight midnight noon that days weeks months
    years decades centuries first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth twentieth hundredth us hk nz c s nt rmb usd eur gbp q fiscal fy half"""
)
# Frequent words that start an expression only before one of _SECOND ("the past week",
# "a few days", "up to 4%", "at least 20"); checking the next word is cheaper than a match.
_GATED = words(
    "the a an that this as at over about under some up more less only just well close end"
)
_SECOND = words(
    """past last next coming previous first second third fourth fifth final same end beginning
    few several dozen hundred thousand million
    billion trillion hundreds thousands millions billions dozens day week weekend fortnight
    month quarter year decade century days weeks months years decades centuries morning
    afternoon evening least most many much than to estimated of one two three four five six
    seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty
    ninety half hour hours minute minutes"""
)
_CURRENCY_PREFIX = words("us hk nz c s nt a")
_DIGIT_OR_CURRENCY = frozenset("0123456789$£€¥₹")


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
    """Word starts where a numeric expression can begin: a digit, a currency sign, a trigger
    word; a frequent word (the, a, up...) only when a _SECOND word or a number follows."""

    def variants(ws: frozenset[str]) -> list[str]:
        # Case variants spelled out: IGNORECASE would make ``re`` lower-case every character.
        return [v for w in ws for v in (w, w.capitalize(), w.upper())]

    second = _trie_pattern(dict.fromkeys(variants(_SECOND), "(?![A-Za-z])"))
    follow = rf"(?:(?=\$)|(?![A-Za-z])(?=\s+(?:{second}|[\d$£€¥₹])))"
    words = dict.fromkeys("0123456789$£€¥₹", "")
    words.update(dict.fromkeys(variants(_TRIGGERS - _GATED - _CURRENCY_PREFIX), "(?![A-Za-z])"))
    words.update(dict.fromkeys(variants(_GATED | _CURRENCY_PREFIX), follow))
    return re.compile(rf"(?<![\w.])(?<![A-Za-z]-)(?:{_trie_pattern(words)})")


def numeric_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, label)`` for numeric/calendar expressions, in text order."""
    match = numeric_re().match
    limit = 0
    for w in _trigger_re().finditer(text):
        start = w.start()
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
        limit = end
        yield start, end, label
