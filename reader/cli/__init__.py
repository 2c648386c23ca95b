"""The ``postil`` command line: argument parsing (``main``) and what each subcommand does."""

from reader.cli.entry import main

__all__ = ["main"]
