"""The terminal UI: the Textual app, its screens, widgets and dialogs, over one Workspace."""
