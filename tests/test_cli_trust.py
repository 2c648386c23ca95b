"""The CLI with hostile input: nothing it prints can drive a terminal, and it never tracebacks.

Escape sequences planted in notes, tags, titles, file names and article ids never reach stdout
or stderr raw; odd arguments (``--note=--``, empty strings, 1 MB values, unknown commands,
options before the command) get a result or one line and a non-zero exit.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.cli import main

#: What must never reach a terminal: C0 (but tab and newline), DEL, C1, bidi overrides/isolates.
DANGER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ESCAPES = "\x1b]0;pwned\x07 \x1b[2J \x9b31m \x1bP1$r\x1b\\ \x1b_apc\x1b\\ \u202egnp.exe\u202c"
QUOTE = "Major US internet companies including Facebook"
SEED = "seeds/004_d4847e1b1b2a2bef.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_inert(*texts: str) -> None:
    for text in texts:
        found = DANGER.search(text)
        assert found is None, f"{found.group()!r} reached the terminal in {text[:200]!r}"


@pytest.fixture
def hostile_db(db_path: Path) -> Path:
    """A store whose note, tags, title and article id all carry escape sequences."""
    text = f"{QUOTE} have all announced."
    with AnnotationStore(db_path) as store:
        store.add(
            Annotation.create(
                article=SEED,
                article_title=f"Title {ESCAPES}",
                selector=Selector.from_text(text, 0, len(QUOTE)),
                tags=["ok", f"tag{ESCAPES}"],
                note=f"note {ESCAPES}\nsecond line",
            )
        )
        store.add(
            Annotation.create(
                article=f"gone/{ESCAPES}.txt",
                article_title=f"Lost {ESCAPES}",
                selector=Selector.from_text(f"x{ESCAPES}y", 0, 5),
                note=ESCAPES,
            )
        )
    return db_path


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "--json"],
        ["tags"],
        ["tags", "--json"],
        ["export"],
        ["export", "--tag", "ok"],
        ["show", f"no such {ESCAPES}"],
        ["export", "--article", f"nothing {ESCAPES}"],
        ["annotate", "1", "--quote", f"missing {ESCAPES}"],
    ],
)
def test_nothing_from_the_store_or_arguments_reaches_the_terminal_raw(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, args: list[str]
) -> None:
    code, out, err = run(capsys, *args, "--db", str(hostile_db))
    assert code in (0, 1)
    _assert_inert(out, err)
    assert len(err.strip().splitlines()) <= 1


def test_exported_note_keeps_its_text_with_controls_shown(
    capsys: pytest.CaptureFixture[str], hostile_db: Path
) -> None:
    code, out, _ = run(capsys, "export", "--db", str(hostile_db))
    assert code == 0
    assert "note ␛]0;pwned␇ ␛[2J" in out and "second line" in out  # visible, not obeyed
    assert "\ufffdgnp.exe" in out


def test_json_output_is_exact_for_a_reader_and_inert_for_the_terminal(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("A fine headline for a story\n\nBody \x9b2J text.\n")
    code, out, _ = run(capsys, "list", "--json", "--db", str(hostile_db), "-L", str(folder))
    assert code == 0
    _assert_inert(out)
    json.loads(out)


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "evil\x1b]0;title\x07\u202e.txt").write_text(
        "Headline \x1b[31mred\x1b[0m \u202eeulav\u202c here\n\n"
        "Body with \x9b2J and \x1b]8;;x\x07.\n",
        encoding="utf-8",
    )
    (folder / "empty\x1b[2J.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize(
    "args",
    [["list"], ["list", "--json"], ["show", "1"], ["show", "2"], ["entities", "1"]],
)
def test_file_names_and_article_text_are_inert(
    capsys: pytest.CaptureFixture[str], db_path: Path, hostile_library: Path, args: list[str]
) -> None:
    code, out, err = run(capsys, *args, "--db", str(db_path), "-L", str(hostile_library))
    assert code in (0, 1)
    _assert_inert(out, err)


def test_entities_of_a_raw_file_are_inert(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sample = tmp_path / "x.txt"
    sample.write_text("Elon\x1b]0;x\x07 Musk met officials in Beijing on Friday.\n")
    for extra in ([], ["--json"]):
        code, out, err = run(capsys, "entities", str(sample), *extra)
        assert code == 0
        _assert_inert(out, err)


# --- item 6: odd arguments --------------------------------------------------------------------


def test_note_given_as_double_dash_is_the_text_double_dash(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(
        capsys, "annotate", "hong kong", "--quote", QUOTE, "--note=--", "--db", str(db_path)
    )
    assert code == 0, err
    stored = AnnotationStore(db_path).get(out.strip())
    assert stored is not None and stored.note == "--"


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (["annotate", "hong kong", "--quote=--"], {1}),
        (["annotate", "hong kong", "--quote", QUOTE, "--tag=--"], {0}),
        (["annotate", "hong kong", "--quote", "Hong Kong", "--occurrence=--"], {2}),
        (["annotate", "hong kong", "--quote", QUOTE, "--color=--"], {1}),
        (["export", "--tag=--"], {1}),
        (["export", "--article=--"], {1}),
        (["annotate", "hong kong", "--quote", ""], {1}),
        (["annotate", "", "--quote", QUOTE], {1}),
        (["annotate", "hong kong", "--quote", QUOTE, "--tag", "", "--note", ""], {0}),
        (["annotate", "hong kong", "--quote", QUOTE, "--color", ""], {1}),
        (["show", ""], {1}),
        (["export", "--article", ""], {1}),
        (["export", "-o", ""], {1}),
        (["entities", ""], {1}),
        (["tags", "-L", ""], {0, 1}),
        (["frobnicate"], {2}),
        (["annotate", "hong kong", "--quote", QUOTE, "--note", "caf\udce9"], {1}),
    ],
)
def test_odd_arguments_never_traceback(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str], codes: set[int]
) -> None:
    code, out, err = run(capsys, *args, "--db", str(db_path))
    assert code in codes, err
    assert code == 0 or (len(err.strip().splitlines()) == 1 and err.startswith("postil: "))
    _assert_inert(out, err)


def test_empty_db_path_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "--db", "")
    assert code == 1 and err.startswith("postil: ") and len(err.splitlines()) == 1


MEGABYTE = "word " * 200_000


@pytest.mark.parametrize(
    "args",
    [
        ["annotate", "hong kong", "--quote", MEGABYTE],
        ["annotate", "hong kong", "--quote", QUOTE, "--note", MEGABYTE],
        ["annotate", "hong kong", "--quote", QUOTE, "--tag", MEGABYTE.replace(" ", "")],
        ["show", MEGABYTE],
        ["show", "x" * 1_000_000],
        ["export", "--article", MEGABYTE],
        ["list", "-L", "y" * 1_000_000],
        ["frobnicate" + "z" * 1_000_000],
    ],
)
def test_megabyte_arguments_never_traceback(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str]
) -> None:
    code, _out, err = run(capsys, *args, "--db", str(db_path))
    assert code in (0, 1, 2)
    assert len(err) < 2000 and len(err.strip().splitlines()) <= 1  # bounded, one line


def test_megabyte_db_path_is_one_bounded_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "--db", "d" * 1_000_000)
    assert code == 1 and len(err) < 2000 and len(err.splitlines()) == 1


def test_unknown_command_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "unknown command 'frobnicate'" in err and "no such file" not in err


def test_options_before_the_command(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "list", "--json")
    assert code == 0, err
    assert len(json.loads(out)) == 5
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("A headline worth reading today\n\nThe body text.\n")
    code, out, err = run(capsys, "-L", str(folder), "--db", str(db_path), "list", "--json")
    assert code == 0, err
    assert [Path(row["path"]) for row in json.loads(out)] == [folder / "a.txt"]
    code, out, err = run(capsys, "--db", str(db_path), "annotate", "hong kong", "--quote", QUOTE)
    assert code == 0, err
    assert len(AnnotationStore(db_path)) == 1
