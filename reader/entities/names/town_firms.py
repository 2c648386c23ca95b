"""Firms named after their town (class 8: "Santa Ana said its profit" tagged as a place).

An article about "Modesto Brands Inc" calls the firm "Modesto" after the first mention:
"Modesto said net income fell", "forcing Modesto to buy fruit". The gazetteer knows the
town, and document consistency then gave every mention the town's label. Here, in an
article that names such a firm in full (a place of the article, then words ending in a
company's keyword), or says of the place what only a firm has ("Santa Ana said its profit
rose"), a lone mention of the place is the firm, unless its context makes it the town ("in
Modesto", "Modesto, California-based", "a hotel near Modesto").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.names.cues import after_locative, company_possessive, place_context
from reader.entities.regex_code import compiled

Span = tuple[int, int, str]

# Last words of a company's name (not of a body's: "Modesto City Council" is the town's).
_COMPANY_TAILS = lexicon.words("""
Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC PLC Plc Group Holdings Brands Foods
Brewing Brewery Breweries Industries Resources Mining Energy Airlines Airways Motors Bank
Insurance Pharmaceuticals Technologies Systems Enterprises Partners Capital Steel Cement
""")


def firms_named_by_town(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each lone mention of a town that heads a firm's name in the article
    relabelled ORG, where no context makes it the town."""
    heads = _firm_heads(text, spans)
    if not heads:
        return spans
    out = []
    for s, e, label in spans:
        if label == "GPE" and text[s:e] in heads and not _the_town(text, s, e):
            label = "ORG"
        out.append((s, e, label))
    return out


def _firm_heads(text: str, spans: list[Span]) -> set[str]:
    """Places of the article that open a firm's name in it ("Modesto Brands Inc"), or that
    something only a firm has follows ("Santa Ana said its profit rose")."""
    # first words of firms' names (few articles have any)
    names = [text[s:e].split() for s, e, label in spans if label == "ORG"]
    firsts = {words[0] for words in names if len(words) >= 2 and words[-1] in _COMPANY_TAILS}
    if " its " in text or "s shares " in text:
        big = gazetteer().big_places  # "China's shares fell": a country's market
        firsts |= {
            text[s:e]
            for s, e, label in spans
            if label == "GPE" and _firms(text, e) and text[s:e] not in big
        }
    if not firsts:
        return firsts
    return {text[s:e] for s, e, label in spans if label == "GPE" and text[s:e] in firsts}


# What only a firm has right after its name: its profit or earnings, its shares ("Santa Ana
# said its profit rose", "Stellenbosch's shares fell"; not "its revenue", which a government
# collects too).
_SAID_ITS_PROFIT = compiled(
    r"[ \u00a0]said(?:[ \u00a0]on[ \u00a0]\w+)?(?:[ \u00a0]that)?[ \u00a0]its[ \u00a0]"
    r"(?:(?:net|quarterly|annual|half-year|first-half|full-year|pre-tax|operating|core)"
    r"[ \u00a0])?(?:profit|profits|earnings|net[ \u00a0]income)\b"
)
_SHARES = ("'s shares ", "’s shares ")


def _firms(text: str, end: int) -> bool:
    return text.startswith(_SHARES, end) or _SAID_ITS_PROFIT.match(text, end) is not None


def _the_town(text: str, start: int, end: int) -> bool:
    """Context that makes the mention the town: a locative before it, a place noun or a
    region after it; not what only a firm has after it ("to Modesto's annual costs")."""
    if company_possessive(text, end):
        return False
    return after_locative(text, start) or place_context(text, start, end)
