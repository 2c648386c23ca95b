"""The kept library: articles a reader added (pages, files, feed items), as plain files.

One folder (``library/`` beside ``annotations.json``; ``POSTIL_LIBRARY`` or the ``library``
setting moves it)::

    articles/20261202-101500-council-votes-on-budget.md       the text, Markdown + front matter
    articles/20261202-101500-council-votes-on-budget.html.gz  the bytes it came from, gzipped
    state/20261202-101500-council-votes-on-budget.json        unread/read/archived + position
    feeds.json                                                subscriptions
    index.jsonl                                               URLs and text fingerprints seen
    .lock                                                     held while adding or removing

* :mod:`paths` - where the folder is; :mod:`keys` - what makes two articles the same;
* :mod:`kept` - :class:`Collection`: listing, the atomic add, removal, the duplicate index;
* :mod:`state` - reading state; :mod:`feeds` - subscriptions;
* :mod:`prepare` - bytes to a kept article; :mod:`adding` - ``postil add``'s sources;
* :mod:`refresh` - fetching every feed at once.
"""
