"""The byte-level checks of JSON text agree with the string-level ones they stand in for."""

from __future__ import annotations

import json

import orjson
from hypothesis import given
from hypothesis import strategies as st

from annotations.inert import (
    inert_json,
    inert_json_text,
    is_inert,
    make_inert,
    utf8_is_inert,
    utf8_json_is_inert,
    utf8_json_strings_are_inert,
)

#: Mostly the characters that matter (controls, C1, bidi, separators, quotes, backslashes).
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            '\x00\x1b\t\n\x7f\x85\x9f\xa0«é“\u2028\u2029\u202a\u202e\u2066\u2069\u2070"\\/a'
        ),
        st.characters(),
    ),
    max_size=12,
)


@given(st.lists(_TEXT, max_size=4))
def test_json_bytes_are_inert_exactly_when_the_text_is(strings: list[str]) -> None:
    text = json.dumps(strings, ensure_ascii=False)
    data = text.encode("utf-8", "surrogatepass")
    assert utf8_json_is_inert(data) == (inert_json_text(text) == text)


@given(st.lists(_TEXT, max_size=4))
def test_strings_said_inert_in_bytes_are_inert(strings: list[str]) -> None:
    try:
        data = orjson.dumps(strings)
    except TypeError:  # a lone surrogate: orjson writes no such cache
        return
    if utf8_json_strings_are_inert(data):
        assert all(is_inert(s) for s in strings)
    else:  # a false alarm only for a backslash or a line separator (escaped in the output)
        assert not all(is_inert(s) and not set(s) & set("\\\u2028\u2029") for s in strings)


def test_escaped_controls_in_a_cache_are_caught() -> None:
    assert not utf8_json_strings_are_inert(b'{"t": "a\\u001b[2J"}')
    assert not utf8_json_strings_are_inert(b'{"t": "a\\u202eb"}')
    assert not utf8_json_strings_are_inert(b'{"t": "a\\nb"}')
    assert utf8_json_strings_are_inert('{"t": "a \\"quoted\\" “title” é"}'.encode())
    assert utf8_json_is_inert(inert_json(["\x1b\x85\u202e"]).encode())


#: Text a file can hold (no lone surrogate: strict UTF-8 never decodes to one).
_FILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("\x00\x1b\t\n\r\x0b\x7f\x80\x85\x9f\xa0é“\u2028\u2029\u202a\u202e\u202f")
        | st.sampled_from("\u2065\u2066\u2069\u206a\u200b\xad東a "),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=12,
)


@given(_FILE_TEXT)
def test_utf8_is_inert_is_what_make_inert_says_of_the_decoded_text(text: str) -> None:
    """Articles read from strict UTF-8 skip the text scan when their bytes pass."""
    assert utf8_is_inert(text.encode("utf-8")) == (make_inert(text) == text)


def test_each_kind_of_danger_is_found_in_the_bytes() -> None:
    for danger in ("\x00", "\t", "\r", "\x1b", "\x7f", "\x85", "\u202a", "\u202e", "\u2066"):
        assert not utf8_is_inert(f"plain “quoted” {danger} text".encode())
    assert utf8_is_inert("plain “quoted” text\nand more\u2028é\u00a0東".encode())
