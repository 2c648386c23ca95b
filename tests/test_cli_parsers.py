"""``postil COMMAND`` builds only that subcommand's parser, and parses and helps exactly as
the parser with every subcommand does."""

from __future__ import annotations

import contextlib
import io

import pytest

from reader.cli.entry import SUBCOMMANDS, UsageError
from reader.cli.parsers import build_parser

#: Arguments each subcommand accepts, beside the bare command (required positionals given).
ARGS = {
    "show": ["3", "--json"],
    "annotate": ["3", "--quote", "a b", "--tag", "x", "--note=--"],
    "entities": ["3", "--json", "--ner", "builtin"],
    "add": ["https://example.org/a", "-L", "lib"],
    "mark": ["3", "read"],
    "remove": ["3", "--yes"],
    "search": ["person:musk", "--limit", "3", "--no-update"],
    "import": ["notes.json", "-v"],
    "index": ["a", "b", "--workers", "2"],
    "export": ["--format", "w3c", "--tag", "t"],
    "feeds": ["remove", "1"],
}


def _help(args: list[str], command: str | None) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        build_parser(command).parse_args(args)
    return out.getvalue()


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_one_subcommand_parses_and_helps_as_all_of_them_do(command: str) -> None:
    args = [command, *ARGS.get(command, [])]
    assert build_parser(command).parse_args(args) == build_parser().parse_args(args)
    assert _help([command, "--help"], command) == _help([command, "--help"], None)


def test_the_other_subcommands_are_not_built() -> None:
    with pytest.raises(UsageError, match="invalid choice: 'list'"):
        build_parser("search").parse_args(["list"])
