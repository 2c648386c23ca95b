"""Notes that travel: postil's annotations in the formats other annotation tools speak.

- :mod:`~annotations.interchange.w3c_export`: a W3C Web Annotation JSON-LD collection.
- :mod:`~annotations.interchange.w3c_import` and :mod:`~annotations.interchange.hypothesis_import`
  read W3C Web Annotations and Hypothesis API JSON into :class:`ForeignNote` records;
  :mod:`~annotations.interchange.reading` picks the reader for a file and bounds its size.

Records are plain values: matching them to library articles and saving them is the caller's
job, so this package needs neither the library nor the store.
"""

from __future__ import annotations

from annotations.interchange.records import ForeignNote, ImportFormatError, ParseResult, Skip
from annotations.interchange.sources import SourceDoc

__all__ = ["ForeignNote", "ImportFormatError", "ParseResult", "Skip", "SourceDoc"]
