"""Capitalised-name entities (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW, PRODUCT): a
pipeline of small stages, described in ``pipeline``."""

from reader.entities.names.pipeline import name_spans

__all__ = ["name_spans"]
