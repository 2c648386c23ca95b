"""Counting words in any script, for the word count and for telling headlines from sentences."""

from __future__ import annotations

import re

#: Chinese, Japanese and Korean are written without spaces: each ideograph or kana counts as a
#: word, so a CJK article does not report "12 words".
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{CJK}]|[^\s{CJK}\u3000-\u303f]+")  # CJK punctuation is not a word
_HAS_CJK = re.compile(rf"[{CJK}]")


def count_words(text: str) -> int:
    """Words in ``text``: runs of non-space characters, and each CJK character on its own."""
    if _HAS_CJK.search(text) is None:
        return len(text.split())
    return sum(1 for _ in _WORD.finditer(text))
