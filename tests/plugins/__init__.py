"""pytest plugins loaded with ``-p`` (pyproject.toml), before the installed plugins and conftest."""
