"""The ``postil`` command: no subcommand opens the TUI; subcommands serve scripts.

Errors are one line on stderr: exit 2 for usage, 1 for failures, never a traceback; the line is
made inert and bounded (a file name or argument in it cannot drive the terminal or flood it).
Heavy imports (Textual) happen only on the path that needs them, so ``postil list`` stays quick.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.interchange_commands import INTERCHANGE_COMMANDS
from reader.cli.library_args import LIBRARY_COMMANDS

if TYPE_CHECKING:
    import argparse

    from reader.cli.tui import TuiArgs

SUBCOMMANDS = (
    "list",
    "show",
    "annotate",
    "tags",
    "export",
    "entities",
    "search",
    "index",
    "mentions",
    *LIBRARY_COMMANDS,
    *INTERCHANGE_COMMANDS,
)
#: Options (of any parser) that take the next argument as their value.
_VALUED = frozenset({"--db", "-L", "--library", "--ner", "--open"})


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


def _first_positional(args: Sequence[str]) -> int | None:
    """Index of the first argument that is not an option or an option's value."""
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            return index + 1 if index + 1 < len(args) else None
        if not token.startswith("-") or token == "-":
            return index
        index += 2 if token in _VALUED else 1
    return None


def subcommand_first(args: list[str]) -> list[str]:
    """``postil --db X list`` as ``postil list --db X``: options may come before the command."""
    index = _first_positional(args)
    if index is None or args[index] not in SUBCOMMANDS or index == 0:
        return args
    return [args[index], *args[:index], *args[index + 1 :]]


def check_command_word(args: Sequence[str]) -> None:
    """UsageError for ``postil frobnicate``: a word that is neither a command nor a file.

    Without a subcommand the arguments are files or folders to read, so a misspelt command
    would otherwise be reported as a missing file.
    """
    index = _first_positional(args)
    if index is None:
        return
    word = args[index]
    if re.fullmatch(r"[a-z][a-z0-9-]*", word) and not Path(word).exists():
        raise UsageError(
            f"unknown command {word!r}; commands: {', '.join(SUBCOMMANDS)} "
            "(or give article files or folders to read)"
        )


def tui_args(args: Sequence[str]) -> TuiArgs:
    """The TUI's arguments. None given (the usual start) are the defaults, without importing
    argparse and building its parser: a hundredth of the work of the library's first frame."""
    from reader.cli.tui import TuiArgs

    if not args:
        return TuiArgs()
    from reader.cli.parsers import tui_parser

    return TuiArgs(**vars(tui_parser().parse_args(args)))


def _report(error: BaseException | str) -> None:
    from reader.library.inert import one_line

    print(f"postil: {one_line(str(error))}", file=sys.stderr)


def _missing_package(error: ImportError) -> str | None:
    """The package (not one of postil's) whose import failed: a broken or partial install,
    said in one line like any error a user can fix, not as a traceback."""
    top = (error.name or "").split(".")[0]
    return top if top and top not in ("reader", "annotations") else None


def _run(args: argparse.Namespace) -> int:
    """A subcommand; ``entities FILE`` without the store and library imports (fast start)."""
    from reader.cli.entities_cmd import cmd_entities_path, is_file

    if args.command == "entities" and is_file(Path(args.article)):
        return cmd_entities_path(args)
    from reader.cli import commands

    return commands.run(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``postil`` and ``python -m reader``; returns the exit code."""
    args_list = subcommand_first(list(sys.argv[1:] if argv is None else argv))
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            from reader.cli.parsers import build_parser

            return _run(build_parser(args_list[0]).parse_args(args_list))
        from reader import collector

        collector.pause()  # until the first frame (reader/collector.py)
        try:
            from reader.cli.tui import run_tui

            check_command_word(args_list)
            return run_tui(tui_args(args_list))
        finally:
            collector.resume()  # if the reader never drew a frame
    except UsageError as error:
        _report(error)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except ImportError as error:
        package = _missing_package(error)
        if package is None:
            raise  # postil's own code: a bug, shown whole
        _report(f"the package {package!r} cannot be imported ({error}); reinstall postil with pip")
        return 1
    except Exception as error:
        from reader.cli.errors import user_errors

        if not isinstance(error, user_errors()):
            raise
        _report(error)
        return 1
