"""An annotation file made by postil before article identities is migrated once, with a
backup, and nothing in it is lost (fixture: tests/data/store_v1, see its README)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from annotations.identity import fill_article_keys
from annotations.storage import SCHEMA_VERSION
from annotations.store import AnnotationStore

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "store_v1"
SEED = "seeds/004_d4847e1b1b2a2bef.txt"


def _old_docs() -> list[dict[str, object]]:
    """Every annotation the fixture holds, base file and journal lines alike."""
    docs = list(json.loads((FIXTURE / "annotations.json").read_text())["annotations"].values())
    for line in (FIXTURE / "annotations.json.journal").read_text().splitlines()[1:]:
        docs += [op["doc"] for op in json.loads(line)["tx"]]
    return docs


def test_every_highlight_survives_and_a_backup_is_kept(tmp_path: Path) -> None:
    for name in ("annotations.json", "annotations.json.journal"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    asked: list[str] = []

    def identify(article_id: str) -> str | None:
        asked.append(article_id)
        return "text:seed-004" if article_id == SEED else None

    store = AnnotationStore(tmp_path / "annotations.json", identify=identify)
    old = _old_docs()
    assert len(old) == 4
    by_id = {a.id: a for a in store.all()}
    assert set(by_id) == {doc["id"] for doc in old}
    for doc in old:
        kept = by_id[str(doc["id"])]
        assert {k: v for k, v in kept.to_dict().items() if k != "article_key"} == doc
    assert sorted(asked) == sorted({str(doc["article"]) for doc in old})  # once per article
    assert {a.article_key for a in store.all() if a.article == SEED} == {"text:seed-004"}
    assert [a.article_key for a in store.all() if a.article.startswith("/home")] == [""]
    assert len(store.for_key("text:seed-004")) == 2
    backup = tmp_path / "annotations.json.schema1.bak"
    assert backup.read_bytes() == (FIXTURE / "annotations.json").read_bytes()
    journal = tmp_path / "annotations.json.schema1.bak.journal"
    assert journal.read_bytes() == (FIXTURE / "annotations.json.journal").read_bytes()
    store.close()
    data = json.loads((tmp_path / "annotations.json").read_text())
    assert data["_postil"]["1"]["schema"] == SCHEMA_VERSION
    again = AnnotationStore(tmp_path / "annotations.json", identify=lambda _: "changed")
    assert {a.article_key for a in again.all() if a.article == SEED} == {"text:seed-004"}
    assert not (tmp_path / "annotations.json.schema2.bak").exists()  # migrated once


def test_keys_are_filled_only_where_missing() -> None:
    docs = {
        "1": {"article": "a", "article_key": "url:x"},
        "2": {"article": "a"},
        "3": {"article": "b"},
        "4": {"no article": True},
    }
    assert fill_article_keys(docs, lambda article: "text:a" if article == "a" else None) == 1
    assert docs["1"]["article_key"] == "url:x" and docs["2"]["article_key"] == "text:a"
    assert "article_key" not in docs["3"] and fill_article_keys(docs, None) == 0
