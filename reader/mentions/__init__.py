"""Named things from entity spans: grouping one article's mentions (``grouping``) and which
articles mention what across the library (``index``)."""
