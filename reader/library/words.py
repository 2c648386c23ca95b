"""Counting words in any script, for the word count and for telling headlines from sentences.

A kept article's reading text is megabytes of words separated by one space or one newline;
listing every word to count them (or to join them again, :func:`joined_words`) allocated a
string per word. For such text the separators are counted instead, after one C scan has shown
that no other white space (and no CJK, where characters are words) is there.
"""

from __future__ import annotations

import re

#: Chinese, Japanese and Korean are written without spaces: each ideograph or kana counts as a
#: word, so a CJK article does not report "12 words".
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{CJK}]|[^\s{CJK}\u3000-\u303f]+")  # CJK punctuation is not a word
_HAS_CJK = re.compile(rf"[{CJK}]")
#: Every character str.split splits at (str.isspace) but " " and "\n", listed: a class of
#: ranges is a fast C scan, where ``[^\S \n]`` tested Unicode categories at five times the cost.
OTHER_SPACE = "\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NOT_SIMPLE = re.compile(f"[{CJK}{OTHER_SPACE}]")
_OTHER = re.compile(f"[{OTHER_SPACE}]")
#: Shorter texts are split as they are: the checks would cost more than they save (measured:
#: even at 200 characters they save a little; a summarised article of 2,000 saves 13 µs of the
#: 350 µs its listing costs when its word count and fingerprint are made).
_SIMPLE_FROM = 256


def _spaced(text: str) -> str | None:
    """``text`` with its newlines as spaces, when its words are separated by single spaces or
    newlines and nothing else (one may lead or trail) and none is CJK; else ``None``."""
    if _NOT_SIMPLE.search(text) is not None:
        return None
    spaced = text.replace("\n", " ")
    return None if "  " in spaced else spaced


def count_words(text: str) -> int:
    """Words in ``text``: runs of non-space characters, and each CJK character on its own."""
    spaced = _spaced(text) if len(text) >= _SIMPLE_FROM else None
    if spaced is not None:  # its words are its separators plus one
        inner = spaced.strip(" ")
        return inner.count(" ") + 1 if inner else 0
    if _HAS_CJK.search(text) is None:
        return len(text.split())
    return sum(1 for _ in _WORD.finditer(text))


def joined_words(text: str) -> str:
    """``" ".join(text.split())``: the words of ``text`` separated by single spaces.

    CJK does not matter here (only white space does), and every white space character but
    the space is unprintable (a control or a separator), so a text whose newlines made spaces
    :meth:`str.isprintable` holds no other: a C pass several times quicker than the class
    scan of :func:`_spaced`, tried first (a soft hyphen or a zero-width space makes it fail)."""
    if len(text) >= _SIMPLE_FROM:
        spaced = text.replace("\n", " ")
        if "  " not in spaced and (spaced.isprintable() or _OTHER.search(spaced) is None):
            return spaced.strip(" ")
    return " ".join(text.split())
