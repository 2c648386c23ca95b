"""postil's reader: finding and cleaning articles, entity recognition, CLI and terminal UI."""

__version__ = "0.1.0"
