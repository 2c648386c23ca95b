"""Pure text functions the reader is built on: wrapping into lines, caret motions, loose matching,
match cursors and wording. No Textual here, so each is tested (and property-tested) on its own."""
