"""load_recognizer, the optional spaCy backend (skipped without spaCy), and the lexer/style."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
from pygments import highlight
from pygments.formatters import Terminal256Formatter
from pygments.lexers import get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.token import Token

from reader.entities import BackendError, Entity, EntityLexer, EntityStyle, load_recognizer

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The Chinese Embassy in Washington said on Friday that TikTok has 170 million users."


def test_builtin_backend_is_recognize() -> None:
    rec = load_recognizer("builtin")
    assert Entity(4, 19, "ORG") in rec(TEXT)
    assert load_recognizer() is rec


def test_unknown_backend_is_a_one_line_error() -> None:
    with pytest.raises(BackendError) as info:
        load_recognizer("stanza:en")
    assert "\n" not in str(info.value)


def test_missing_spacy_pipeline_is_a_one_line_error() -> None:
    with pytest.raises(BackendError) as info:
        load_recognizer("spacy:no_such_pipeline_xyz")
    assert "\n" not in str(info.value)
    assert "no_such_pipeline_xyz" in str(info.value) or "not installed" in str(info.value)


def test_spacy_pipeline_with_entity_ruler_follows_the_contract() -> None:
    spacy = pytest.importorskip("spacy")
    from reader.entities.spacy_backend import recognizer_from_nlp

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "the Chinese Embassy"},
            {"label": "GPE", "pattern": "Washington"},
            {"label": "ORG", "pattern": [{"LOWER": "tiktok"}, {"ORTH": "'s"}]},
            {"label": "WORK_OF_ART", "pattern": "users"},
        ]
    )
    rec = recognizer_from_nlp(nlp)
    text = "Staff at the Chinese Embassy in Washington met TikTok's users."
    got = [(text[e.start : e.end], e.label) for e in rec(text)]
    # spaCy's spans are kept as they are (issue 12); labels outside postil's set are dropped.
    assert got == [("the Chinese Embassy", "ORG"), ("Washington", "GPE"), ("TikTok's", "ORG")]


class _SlowPipeline:
    """Stands in for a spaCy ``Language``: notes whether two calls ever overlap."""

    pipe_names = ("ner",)
    max_length = 1_000_000

    def __init__(self) -> None:
        self.inside = 0
        self.overlapped = False

    def __call__(self, text: str) -> object:
        self.inside += 1
        self.overlapped |= self.inside > 1
        time.sleep(0.01)
        self.inside -= 1
        return SimpleNamespace(ents=[SimpleNamespace(start_char=0, end_char=4, label_="DATE")])


def test_spacy_calls_from_two_threads_are_serialised() -> None:
    from reader.entities.spacy_backend import recognizer_from_nlp

    nlp = _SlowPipeline()
    rec = recognizer_from_nlp(nlp)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(rec, ["the 1990s"] * 12))
    assert not nlp.overlapped
    assert results[0] == [Entity(0, 4, "DATE")]  # the span as given, "the" kept


def test_spacy_pipeline_without_ner_is_rejected() -> None:
    spacy = pytest.importorskip("spacy")
    from reader.entities.spacy_backend import recognizer_from_nlp

    with pytest.raises(BackendError):
        recognizer_from_nlp(spacy.blank("en"), "blank")


def test_lexer_tokens_cover_the_text_exactly() -> None:
    tokens = list(EntityLexer().get_tokens_unprocessed(TEXT))
    assert "".join(v for _, _, v in tokens) == TEXT
    for offset, _, value in tokens:
        assert TEXT[offset : offset + len(value)] == value
    kinds = {(v, t) for _, t, v in tokens}
    assert ("Chinese Embassy", Token.Entity.ORG) in kinds
    assert ("Friday", Token.Entity.DATE) in kinds


def test_lexer_and_style_are_registered_with_pygments() -> None:
    lexer = get_lexer_by_name("postil")
    assert isinstance(lexer, EntityLexer)
    assert get_style_by_name("postil") is EntityStyle
    out = highlight(TEXT, lexer, Terminal256Formatter(style=EntityStyle))
    assert "\x1b[" in out and "Chinese Embassy" in out


def test_style_colours_every_label() -> None:
    from reader.entities import LABELS

    for label in LABELS:
        assert EntityStyle.style_for_token(getattr(Token.Entity, label))["color"]


def test_style_uses_the_tui_colours_without_bold() -> None:
    from reader.colors import ENTITY_COLORS
    from reader.entities import LABELS

    for label in LABELS:
        style = EntityStyle.style_for_token(getattr(Token.Entity, label))
        assert "#" + style["color"] == ENTITY_COLORS[label].lower(), label
        assert not style["bold"], label
    assert EntityStyle.style_for_token(Token.Text)["color"] is None


def test_a_pipeline_that_is_not_installed_is_refused_without_importing_spacy() -> None:
    """A setting naming a missing pipeline cost a second at every start (spaCy's import)."""
    pytest.importorskip("spacy")
    code = (
        "import sys\n"
        "from reader.entities.backends import BackendError, load_recognizer\n"
        "try:\n    load_recognizer('spacy:no_such_pipeline_xyz')\n"
        "except BackendError as error:\n    print(error)\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    said, imported = done.stdout.strip().splitlines()
    assert "no installed package or folder" in said and imported == "False"
