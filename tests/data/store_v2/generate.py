"""Generator of tests/data/store_v2 (run once with the code of the commit named in its README)."""

import sys
from pathlib import Path

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore

path = Path(sys.argv[1])
store = AnnotationStore(path)
text = "Councils will publish every contract over £500.\nThe rule starts in May."
gone = Annotation.create(
    article="/home/reader/news/councils.txt",
    article_title="Councils publish contracts",
    selector=Selector.from_text(text, 22, 46),
    tags="local",
    article_key="text:0123456789abcdef",
)
store.add(gone)
store.close()  # folded into annotations.json
store = AnnotationStore(path)
first = next(a for a in store.all() if a.article.startswith("seeds/004"))
# the article changed under it: where it is now is kept beside the quote
store.move(
    first.id, Selector.from_text("Major US web companies including Facebook, Microsoft", 0, 41)
)
china = next(a for a in store.all() if a.article.startswith("seeds/000"))
store.update(china.edited(note="edited after the fold", tags="china, policy"))
extra = store.add(
    Annotation.create(
        article="seeds/002_4cda9677032faaa9.txt",
        article_title="China Denounces US",
        selector=Selector.from_text(text, 0, 8),
        color="blue",
    )
)
store.delete(extra.id)
store.add(
    Annotation.create(
        article="seeds/002_4cda9677032faaa9.txt",
        article_title="China Denounces US “Harassment”, Warns Against TikTok, WeChat",
        selector=Selector.from_text(text, 9, 21),
        tags=["us"],
        note="left in the journal",
    )
)
# no close(): these saves stay in annotations.json.journal
