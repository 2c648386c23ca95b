"""Web pages: extracting an article's text and metadata from HTML bytes (no network here)."""
