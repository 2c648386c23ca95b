"""The index's record of what its entities depend on: stale entities are analysed again."""

from __future__ import annotations

from pathlib import Path

from reader.search.index import recognizer_files


def _tree(root: Path) -> None:
    for name in (
        "recognizer.py",
        "spacy_backend.py",
        "names/pipeline.py",
        "data/weights.json",
        "data/gazetteer.pickle",
        "data/gazetteer/places.txt",
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")


def test_the_name_pipeline_and_the_compiled_gazetteer_count(tmp_path: Path) -> None:
    """They did not: a change to names/ or to the gazetteer left old entities in the index."""
    _tree(tmp_path)
    names = {str(p.relative_to(tmp_path)) for p in recognizer_files(tmp_path, "builtin")}
    assert {"names/pipeline.py", "data/gazetteer.pickle", "data/weights.json"} <= names
    assert "data/gazetteer/places.txt" not in names  # the build's sources, not what is loaded


def test_the_spacy_backend_counts_only_for_spacy(tmp_path: Path) -> None:
    _tree(tmp_path)
    builtin = {p.name for p in recognizer_files(tmp_path, "builtin")}
    spacy = {p.name for p in recognizer_files(tmp_path, "spacy:en_core_web_sm")}
    assert "spacy_backend.py" not in builtin and "spacy_backend.py" in spacy


def test_the_grouping_of_mentions_counts() -> None:
    """The catalogue stores named things as grouped: a change to the grouping (a new other
    name of a country) left the old groups in the index."""
    from reader.search.index import GROUPING_FILES, recognizer_stamp

    recognizer_stamp.cache_clear()
    stamp = recognizer_stamp("builtin")
    assert all(f in stamp for f in GROUPING_FILES)
    # a new module of the grouping (short_forms.py) is not forgotten
    mentions = Path(recognizer_stamp.__wrapped__.__code__.co_filename).parents[1] / "mentions"
    modules = {f"mentions/{p.name}" for p in mentions.glob("*.py")}
    # not stored: the session's index of recognitions, and the library-wide list read from
    # the stored things (a change there needs no article analysed again)
    read_only = {"mentions/__init__.py", "mentions/index.py", "mentions/library.py"}
    assert modules - read_only == set(GROUPING_FILES)
    assert "entities/names/pipeline.py" in stamp
