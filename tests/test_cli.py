"""The command line: same data as the TUI, one-line errors, exit codes 2 (usage) and 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

QUOTE = "Major US internet companies including Facebook"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_has_titles_and_counts(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "list", "--json", "--db", str(db_path))
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    assert {"id", "title", "words", "annotations"} <= set(rows[0])
    assert rows[4]["id"] == "seeds/004_d4847e1b1b2a2bef.txt"


def test_annotate_then_tags_and_export(capsys, db_path: Path, tmp_path: Path) -> None:
    db = ["--db", str(db_path)]
    code, out, err = run(
        capsys,
        "annotate",
        "hong kong",
        "--quote",
        QUOTE,
        "--tag",
        "platforms, Hong Kong",
        "--note",
        "All *four* giants.",
        *db,
    )
    assert code == 0, err
    annotation_id = out.strip()
    assert len(annotation_id) == 26
    code, out, _ = run(capsys, "tags", "--json", *db)
    assert json.loads(out) == {"hong-kong": 1, "platforms": 1}
    target = tmp_path / "notes.md"
    code, _, _ = run(capsys, "export", "--tag", "platforms", "-o", str(target), *db)
    assert code == 0
    markdown = target.read_text(encoding="utf-8")
    assert QUOTE in markdown and "All *four* giants." in markdown
    assert "#hong-kong" in markdown and f"^{annotation_id}" in markdown
    code, out, _ = run(capsys, "export", "--article", "004", *db)
    assert code == 0 and QUOTE in out


def test_annotate_tolerates_whitespace_and_straight_quotes(capsys, db_path: Path) -> None:
    code, _out, err = run(
        capsys, "annotate", "1", "--quote", 'has never and   will never"', "--db", str(db_path)
    )
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["annotate", "hong kong", "--quote", "no such words here at all"], 1, "not found"),
        (["annotate", "hong kong", "--quote", "Hong Kong"], 1, "--occurrence"),
        (
            ["annotate", "hong kong", "--quote", "Hong Kong", "--occurrence", "999"],
            1,
            "--occurrence",
        ),
        (["show", "no-such-article-anywhere"], 1, ""),
        (["list", "--bogus"], 2, "--help"),
        (["annotate", "1"], 2, "--quote"),
        (["export", "--tag", "nothing-tagged-so"], 1, "nothing to export"),
    ],
)
def test_errors_are_one_line(capsys, db_path: Path, args, code, message) -> None:
    result, _out, err = run(capsys, *args, "--db", str(db_path))
    assert result == code
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("postil: ")
    assert message in err
    assert "Traceback" not in err


def test_show_is_plain_when_piped(db_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "show", "hong kong", "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("TikTok quits Hong Kong")
    assert "\x1b" not in done.stdout


def test_entities_of_a_path_index_the_decoded_file(capsys, tmp_path: Path) -> None:
    sample = tmp_path / "x.txt"
    sample.write_text("Boilerplate line\r\nElon Musk met officials in Beijing on Friday.\n")
    code, out, _ = run(capsys, "entities", str(sample), "--json")
    assert code == 0
    text = sample.read_bytes().decode()
    for row in json.loads(out):
        assert text[row["start"] : row["end"]] == row["text"]


def test_no_arguments_are_the_tui_parsers_defaults() -> None:
    """``postil`` alone skips argparse (start-up): its arguments must be what the parser gives."""
    from reader.cli.entry import tui_args
    from reader.cli.parsers import tui_parser
    from reader.cli.tui import TuiArgs

    assert tui_args([]) == TuiArgs(**vars(tui_parser().parse_args([])))
    given = tui_args(["--db", "x.json", "--ner", "builtin", "--open", "5", "a.txt"])
    assert given == TuiArgs(paths=[Path("a.txt")], db=Path("x.json"), open="5", ner="builtin")


@pytest.mark.parametrize("package", ["tinydb", "platformdirs"])
def test_a_package_missing_from_the_install_is_one_line(tmp_path: Path, package: str) -> None:
    # A partial install (a dependency removed, a venv half-copied) printed two tracebacks:
    # the one of the missing import, then the one of the error handler importing it again.
    code = (
        f"import sys; sys.modules[{package!r}] = None; from reader.cli import main; "
        "raise SystemExit(main(['list']))"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "POSTIL_DB": str(tmp_path / "a.json")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"postil: the package '{package}' cannot be imported")
