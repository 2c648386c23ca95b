"""The argument parsers of ``postil``: the subcommands' (:func:`build_parser`) and the TUI's.

Apart from :mod:`reader.cli.entry` so that ``postil`` with no arguments, the usual start of the
TUI, does not import argparse or build a parser (see :func:`reader.cli.entry.tui_args`).
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from reader import __version__
from reader.cli.entry import SUBCOMMANDS, UsageError
from reader.cli.interchange_commands import FORMATS, add_interchange_commands
from reader.cli.library_args import add_library_commands, add_list_filters


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: ``postil: <problem> (see postil --help)``."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        """``--note=--`` means the value ``--``: argparse drops every ``--`` it is given as an
        end-of-options marker, which left an empty *list* as the note (or tag, quote...)."""
        if arg_strings == ["--"] and action.nargs is None and action.option_strings:
            return self._get_value(action, "--")
        return super()._get_values(action, arg_strings)


class _Unused(_Parser):
    """Where the subcommands not run this time put their arguments: it keeps none."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return argparse.Action([], argparse.SUPPRESS)


class _OneCommand(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The subcommands, of which only ``only`` gets a parser of its own: building all fifteen
    cost about 6 ms of every command (argparse looks up translations and the terminal size for
    each argument), a tenth of ``postil search``."""

    def __init__(self, *args: Any, only: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._only = only
        self._unused = _Unused(add_help=False)

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return super().add_parser(name, **kwargs) if name == self._only else self._unused


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="annotation file (default: $POSTIL_DB, else annotations.json in the user data dir)",
    )
    parser.add_argument(
        "-L",
        "--library",
        metavar="PATH",
        action="append",
        type=Path,
        help="article file or folder (repeatable; default: the bundled seed articles)",
    )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The subcommand parser (the TUI has its own, see :func:`tui_parser`); given the
    ``command`` to run, with that subcommand's parser only."""
    from reader.cli.search_commands import add_ner, add_parsers

    parser = _Parser(prog="postil", description="Read, highlight and annotate news articles.")
    if command is not None:
        parser.register("action", "parsers", partial(_OneCommand, only=command))
    parser.add_argument("--version", action="version", version=f"postil {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("list", help="list the articles with title, source, date and counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_list_filters(p)
    _common(p)

    p = sub.add_parser("show", help="print an article's cleaned text (entity-coloured on a tty)")
    p.add_argument("article", help="article id, number, file name, title words or a path")
    p.add_argument("--plain", action="store_true", help="no colours even on a terminal")
    p.add_argument("--json", action="store_true", help="metadata and the exact reading text")
    _common(p)

    p = sub.add_parser("annotate", help="highlight a quote in an article; prints the new id")
    p.add_argument("article", help="article id, number, file name, title words or a path")
    p.add_argument("--quote", required=True, help="the exact passage (white space may differ)")
    p.add_argument(
        "--occurrence", type=int, help="which occurrence when the quote repeats (1-based)"
    )
    p.add_argument(
        "--tag", action="append", default=[], help="a tag (repeatable, or comma separated)"
    )
    p.add_argument("--note", default="", help="the note")
    p.add_argument("--color", default="yellow", help="yellow, green, blue, pink or purple")
    _common(p)

    p = sub.add_parser("tags", help="all tags with counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _common(p)

    p = sub.add_parser("export", help="write highlights as Markdown or W3C JSON-LD (stdout)")
    p.add_argument("--article", help="only this article (id, number, file name or title words)")
    p.add_argument("--tag", help="only highlights with this tag")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write to FILE; a folder (a note vault) gets a page per article, updated in place",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="markdown",
        help="markdown (default) or w3c (Web Annotation JSON-LD)",
    )
    _common(p)

    p = sub.add_parser("entities", help="named entities of an article or of any text file")
    p.add_argument("article", help="article id, number, title words, or a file path")
    p.add_argument("--json", action="store_true", help="JSON list of {start, end, label, text}")
    add_ner(p)
    _common(p)
    add_library_commands(sub, _common)

    from reader.cli.mentions_command import add_parser as add_mentions

    add_parsers(sub, _common)
    add_mentions(sub, _common)
    add_interchange_commands(sub, _common)
    return parser


def tui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="postil",
        description=(
            "Read, highlight and annotate news articles. With no PATH, opens the bundled seed "
            "articles. Subcommands for scripts: "
            + ", ".join(SUBCOMMANDS)
            + " (postil COMMAND --help)."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help=".txt/.md/.html files or folders"
    )
    parser.add_argument("--version", action="version", version=f"postil {__version__}")
    parser.add_argument("--db", metavar="PATH", type=Path, help="annotation file")
    parser.add_argument("--open", metavar="ARTICLE", help="open this article straight away")
    parser.add_argument(
        "--ner",
        metavar="SPEC",
        help="entity recognizer: builtin (default) or spacy:<pipeline> (or 'ner' in config.toml)",
    )
    return parser
