"""Notes that travel, on the reader side: the library as the importer sees it, and the
workspace-level export and import that the CLI and the TUI share (the formats themselves
are in :mod:`annotations.interchange`)."""
