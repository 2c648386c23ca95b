"""postil's data layer: annotation model, TinyDB store, anchoring and export.

No terminal-UI code lives here (no Textual import anywhere in this package), so scripts can
read and write a reader's annotations with the same guarantees the TUI has.
"""
