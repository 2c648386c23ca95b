"""An import file as a whole: bounded in size, one clear line for anything unusable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotations.interchange import reading
from annotations.interchange.reading import read_file
from annotations.interchange.records import ImportFormatError

ONE = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "https://a.example/1",
    "type": "Annotation",
    "target": {
        "source": "https://s.example",
        "selector": {"type": "TextQuoteSelector", "exact": "q"},
    },
}


def test_a_50_mb_file_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.json"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time

    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(reading, "open", no_reading, raising=False)
    with pytest.raises(ImportFormatError) as caught:
        read_file(big)
    message = str(caught.value)
    assert "52.4 MB" in message and "split it" in message and "\n" not in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"rows": [', "is not valid JSON (line 1, column 11"),
        ("[]".encode("utf-16"), "is not UTF-8"),
        (b"[" * 200_000 + b"]" * 200_000, "nests JSON too deeply"),
        (b'{"hello": "world"}', "holds no annotations postil can read"),
        (b"", "is not valid JSON"),
    ],
)
def test_unusable_files_are_one_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(ImportFormatError, match=re.escape(expected)) as caught:
        read_file(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_missing_file_and_folder_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"cannot read .*missing\.json"):
        read_file(tmp_path / "missing.json")
    with pytest.raises(ImportFormatError, match="cannot read"):
        read_file(tmp_path)


def test_a_utf8_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ONE).encode())
    kind, result = read_file(path)
    assert kind == "W3C" and len(result.notes) == 1


def test_too_many_annotations_in_one_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_ITEMS", 3)
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{**ONE, "id": f"https://a.example/{i}"} for i in range(4)]))
    with pytest.raises(ImportFormatError, match="holds 4 annotations; postil imports up to 3"):
        read_file(path)
