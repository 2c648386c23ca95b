"""Optional backend: any installed spaCy pipeline with an ``ner`` (or entity ruler) component.

Labels are mapped onto the postil set (OntoNotes names); spans are kept exactly as spaCy
gives them (an OntoNotes-trained model already follows the OntoNotes boundaries: "the 1990s"
with its "the", "the Senate" without). A loaded pipeline is not safe to call from two threads
at once, so each recogniser serialises its calls with a lock.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from reader.entities.backends import BackendError, Recognizer
from reader.entities.types import LABELS, Entity

# Labels from other schemes (e.g. WikiNER's PER/LOC/MISC) mapped to ours; others dropped.
_MAP: dict[str, str] = {label: label for label in LABELS} | {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "LOC": "LOC",
    "WORK_OF_ART": "",
    "LANGUAGE": "",
    "MISC": "",
}


def entities_from_doc(doc: Any, text: str) -> list[Entity]:
    """Convert a spaCy ``Doc`` of ``text`` into sorted, mapped entities (spans untouched)."""
    del text  # the offsets are spaCy's own, into the same string
    out = [
        Entity(ent.start_char, ent.end_char, _MAP[ent.label_])
        for ent in doc.ents
        if _MAP.get(ent.label_) and ent.start_char < ent.end_char
    ]
    out.sort(key=lambda e: e.start)
    return out


def load_spacy(pipeline: str) -> Recognizer:
    """Load ``pipeline`` with spaCy; raise ``BackendError`` (one line) if that is impossible."""
    if importlib.util.find_spec("spacy") is None:
        raise BackendError("spaCy is not installed (pip install 'postil[spacy]')")
    if not pipeline:
        raise BackendError(
            "no spaCy pipeline given (use spacy:<pipeline>, e.g. spacy:en_core_web_sm)"
        )
    if _not_installed(pipeline):
        raise BackendError(
            f"cannot load spaCy pipeline {pipeline!r}: no installed package or folder of that name"
        )
    import spacy

    try:
        nlp = spacy.load(pipeline)
    except Exception as exc:  # any failure of a third-party pipeline is "cannot load"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BackendError(f"cannot load spaCy pipeline {pipeline!r}: {first}") from None
    return recognizer_from_nlp(nlp, pipeline)


def _not_installed(pipeline: str) -> bool:
    """Whether ``pipeline`` names a package that is not installed (and no folder): said at
    once, without importing spaCy (a second of start-up for a setting that cannot work)."""
    if not pipeline.isidentifier() or Path(pipeline).expanduser().exists():
        return False  # a path, or a form such as "blank:en": spaCy decides
    return importlib.util.find_spec(pipeline) is None


def recognizer_from_nlp(nlp: Any, name: str = "spacy") -> Recognizer:
    """Wrap a loaded ``Language`` object; it must be able to set entities."""
    if not ({"ner", "entity_ruler", "span_ruler"} & set(nlp.pipe_names)) and not any(
        "ner" in n or "entity" in n for n in nlp.pipe_names
    ):
        raise BackendError(f"spaCy pipeline {name!r} has no named-entity component")

    lock = threading.Lock()

    def recognize_spacy(text: str) -> list[Entity]:
        """Run the pipeline on ``text`` (one call at a time: the pipeline is shared)."""
        with lock:
            if len(text) >= nlp.max_length:
                nlp.max_length = len(text) + 1
            doc = nlp(text)
        return entities_from_doc(doc, text)

    return recognize_spacy
