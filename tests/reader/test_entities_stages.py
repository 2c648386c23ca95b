"""Unit tests of the name pipeline's stages, one block per stage module.

Sentences are written for these tests; each names the error class of issue 12 it guards
(1 teams named after places, 2 products/works/events, 3 one-word persons and headline
labels, 4 boundaries, 5 peoples and parties, 6 capitalised non-entities and all-caps lines,
7 relative dates and money, 8 companies named after places).
"""

from __future__ import annotations

from reader.entities.gazetteer import gazetteer
from reader.entities.names.article import Article, is_headline, lower_vocab, sentence_initial
from reader.entities.names.consistency import harmonise, product_words
from reader.entities.names.keywords import keyword_label
from reader.entities.names.people import name_after_title, person_like
from reader.entities.names.pipeline import name_spans
from reader.entities.names.tokens import Tok, split_run
from reader.entities.names.words import is_given, looks_org, lookup


def _art(text: str) -> Article:
    return Article(text, gazetteer(), lower_vocab(text))


def _toks(text: str) -> list[Tok]:
    return split_run(text, 0, len(text), gazetteer().names, lower_vocab(text))


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in name_spans(text)]


# --- stage 1: tokens ---


def test_hyphenated_words_are_cut_to_the_name() -> None:  # class 4
    assert [t.word for t in _toks("Chinese-owned Acme")] == ["Chinese", "Acme"]
    assert [t.word for t in _toks("US-China")] == ["US", "China"]
    assert [t.word for t in _toks("BRIEF-Petronas")] == ["Petronas"]
    assert [t.word for t in _toks("Covid-19")] == []
    assert [t.word for t in _toks("Secretary-General")] == ["Secretary-General"]


def test_connectors_inside_a_run_are_marked() -> None:
    toks = _toks("University of Hong Kong")
    assert [(t.word, t.connector) for t in toks] == [
        ("University", False),
        ("of", True),
        ("Hong", False),
        ("Kong", False),
    ]


def test_headline_lines_are_title_case_or_all_caps_lines() -> None:  # class 6
    text = "Markets Slide As Investors Fear Slowdown\nShares fell in London on Monday."
    art = _art(text)
    assert is_headline(art, 0)
    assert not is_headline(art, text.index("London"))
    assert is_headline(_art("KENYA'S SAFARICOM PROFIT UP"), 0)
    assert not is_headline(_art("By Sarah Johnson and Ahmed Khan"), 3)


def test_sentence_initial_skips_quotes_and_brackets() -> None:
    text = 'He left. "Acme said so.'
    assert sentence_initial(text, text.index("Acme"))
    assert not sentence_initial("He met Acme.", 7)


# --- stage 3: span features ---


def test_word_shapes() -> None:
    assert looks_org("TikTok") and looks_org("NATO")
    assert not looks_org("McDonald") and not looks_org("O'Rourke") and not looks_org("Musk")
    assert is_given(gazetteer(), "DAVID") and is_given(gazetteer(), "Lucía")
    assert lookup(gazetteer().names, "HONG KONG") == "GPE"  # class 6: all-caps datelines


def test_keywords_fix_the_kind_of_name() -> None:
    assert keyword_label(_toks("Justice Department")) == "ORG"
    assert keyword_label(_toks("Board of Elections")) == "ORG"
    assert keyword_label(_toks("Mount Agung")) == "LOC"
    assert keyword_label(_toks("Inflation Reduction Act")) == "LAW"
    assert keyword_label(_toks("Heathrow Airport")) == "FAC"
    assert keyword_label(_toks("Elon Musk")) is None


def test_person_like_needs_a_given_name_and_no_plural_noun() -> None:  # class 3/4
    art = _art("x")
    assert person_like(art, _toks("Declan Moss"))
    assert not person_like(art, _toks("Charlotte Hornets"))
    assert not person_like(art, _toks("Musk Tesla Board"))


def test_name_after_title_stops_at_keywords() -> None:  # class 4: titles outside PERSON
    toks = _toks("Dr. Thandiwe Banda Hospital")
    assert name_after_title(_art("x"), toks, 1) == 3


# --- stages 2 and 4: candidates and the label decision ---


def test_place_then_unknown_words_is_an_organisation() -> None:  # class 1/8
    assert ("Denver Nuggets", "ORG") in _spans("Fans cheered as the Denver Nuggets won.")


def test_prefix_joins_the_place() -> None:  # class 4: names cut short
    assert ("Greater Manila", "GPE") in _spans("Officials in Greater Manila agreed.")


# --- stage 5: document consistency ---


def test_majority_label_and_person_parts_win() -> None:  # class 3
    text = "Musk Musk Musk"
    spans = [(0, 4, "ORG"), (5, 9, "GPE"), (10, 14, "ORG")]
    assert harmonise(text, spans, set(), set()) == [(0, 4, "ORG"), (5, 9, "ORG"), (10, 14, "ORG")]
    assert {label for _, _, label in harmonise(text, spans, {"Musk"}, set())} == {"PERSON"}


def test_names_before_a_product_noun_are_products() -> None:  # class 2
    assert product_words("BYD's Seal sedan and its Phoenix lander") == {"Seal", "Phoenix"}
