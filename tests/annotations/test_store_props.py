"""Property: any sequence of saves through two stores on one file matches a plain dict.

Two store objects stand in for two processes (each keeps its own cache and catches up from
the files); a tiny compaction threshold makes base rewrites happen mid-sequence.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from tests.scale import examples

TEXT = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
TAGS = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=3)
OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "update", "delete", "restore", "rename", "drop", "reopen"]),
        st.integers(0, 1),  # which store
        st.integers(0, 9),  # which annotation (by creation order)
        TAGS,
        st.sampled_from(["a", "b", "c", "d", "e"]),
    ),
    max_size=40,
)


@settings(max_examples=examples(40), deadline=None)
@given(OPS)
def test_two_stores_agree_with_a_dict(ops: list[tuple[str, int, int, list[str], str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "annotations.json"
        stores = [AnnotationStore(path, compact_bytes=1500) for _ in range(2)]
        model: dict[str, Annotation] = {}
        made: list[Annotation] = []
        deleted: dict[str, Annotation] = {}
        for kind, which, index, tags, tag in ops:
            store = stores[which]
            store.refresh()
            target = made[index % len(made)] if made else None
            if kind == "add" or target is None:
                ann = Annotation.create(
                    article=f"{index % 3}.txt",
                    article_title="T",
                    selector=Selector.from_text(TEXT, index, index + 5),
                    tags=tags,
                )
                model[store.add(ann).id] = ann
                made.append(ann)
            elif kind == "update" and target.id in model:
                model[target.id] = store.update(model[target.id].edited(tags=tags, note=tag))
            elif kind == "delete" and target.id in model:
                deleted[target.id] = store.delete(target.id)
                del model[target.id]
            elif kind == "restore" and target.id in deleted:
                model[target.id] = store.restore(deleted.pop(target.id))
            elif kind == "rename":
                store.rename_tag(tags[0] if tags else "a", tag)
                model = {k: _renamed(v, tags[0] if tags else "a", tag) for k, v in model.items()}
            elif kind == "drop":
                store.delete_tag(tag)
                model = {k: _renamed(v, tag, None) for k, v in model.items()}
            elif kind == "reopen":
                store.close()
                stores[which] = AnnotationStore(path, compact_bytes=1500)
        expected = {k: (v.tags, v.note) for k, v in model.items()}
        for store in [*stores, AnnotationStore(path)]:
            store.refresh()
            assert {a.id: (a.tags, a.note) for a in store.all()} == expected
            counts: dict[str, int] = {}
            for ann in model.values():
                for t in ann.tags:
                    counts[t] = counts.get(t, 0) + 1
            assert store.tags() == dict(sorted(counts.items()))


def _renamed(ann: Annotation, old: str, new: str | None) -> Annotation:
    if old not in ann.tags or old == new:
        return ann
    tags = (
        [t for t in ann.tags if t != old]
        if new is None
        else [new if t == old else t for t in ann.tags]
    )
    return ann.edited(tags=tags)
