"""Charsets: declared (header, <meta>, BOM), sniffed, and declared wrongly."""

from __future__ import annotations

import pytest

from reader.web.charset import codec_for, declared_charset, decode_html
from reader.web.extract import extract_html
from tests.web.pagekit import page

SPANISH = "La ampliación de la veda afecta a más de doscientos barcos, según la cofradía."
CURLY = "“It turns out the fines were keeping people away,” the director said — twice."


def _article(sentence: str, charset: str | None) -> str:
    body = "".join(
        f"<p>{sentence} Paragraph {n} of the story goes on a little.</p>" for n in range(6)
    )
    return page(body, charset=charset)


def test_latin1_bytes_declared_utf8_decode_as_latin1() -> None:
    data = _article(SPANISH, "utf-8").encode("latin-1")
    extracted = extract_html(data)
    assert SPANISH in extracted.text
    assert extracted.encoding == "cp1252"


def test_windows_1252_declared_in_meta_keeps_curly_quotes() -> None:
    data = _article(CURLY, "windows-1252").encode("cp1252")
    extracted = extract_html(data)
    assert CURLY in extracted.text
    assert extracted.encoding == "cp1252"


def test_iso_8859_1_label_reads_as_windows_1252_like_browsers() -> None:
    data = _article(CURLY, "iso-8859-1").encode("cp1252")  # 0x93/0x94 quotes, as in the wild
    assert CURLY in extract_html(data).text


def test_http_header_charset_outranks_the_page() -> None:
    data = _article(CURLY, None).encode("cp1252")
    extracted = extract_html(data, content_type="text/html; charset=windows-1252")
    assert CURLY in extracted.text


def test_single_byte_declaration_on_utf8_bytes_reads_utf8() -> None:
    data = _article(CURLY, "iso-8859-1").encode("utf-8")
    extracted = extract_html(data)
    assert CURLY in extracted.text
    assert extracted.encoding == "utf-8"


def test_undeclared_cp1252_is_sniffed() -> None:
    german = "„Für uns ist das eine große Erleichterung“, sagt Ingrid Müller aus Oberbach."
    data = _article(german, None).encode("cp1252")
    assert german in extract_html(data).text


def test_undeclared_shift_jis_is_not_read_as_cp1252() -> None:
    japanese = "強い冬型の気圧配置の影響で、日本海側を中心に記録的な大雪となった。" * 3
    body = "".join(f"<p>{japanese}</p>" for _ in range(4))
    data = page(body, charset=None, lang="ja").encode("shift_jis")
    extracted = extract_html(data)
    assert japanese in extracted.text
    assert extracted.encoding == "cp932"


def test_bom_outranks_a_wrong_declaration() -> None:
    data = b"\xef\xbb\xbf" + _article(CURLY, "windows-1252").encode("utf-8")
    extracted = extract_html(data)
    assert CURLY in extracted.text
    assert extracted.encoding == "utf-8"


def test_utf16_page_with_bom() -> None:
    data = _article(CURLY, None).encode("utf-16")
    assert CURLY in extract_html(data).text


@pytest.mark.parametrize(
    ("label", "codec"),
    [("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("GB2312", "gb18030"),
     ("Shift_JIS", "cp932"), ("UTF8", "utf-8"), ("koi8-r", "koi8-r"), ("bogus-enc", None)],
)  # fmt: skip
def test_labels_map_as_browsers_map_them(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_declared_charset_sources() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">')
    assert declared_charset(b"<meta charset='utf-8'>") == "utf-8"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-15"?><html>') == "ISO-8859-15"
    assert declared_charset(b"<meta charset=utf-8>", "text/html; charset=koi8-r") == "koi8-r"
    assert declared_charset(b"<html><p>nothing</p>") is None


def test_decode_html_reports_damaged_utf8_as_utf8() -> None:
    text = ("Café crème brûlée à la carte. " * 20).encode("utf-8") + b"\xff" + b" end"
    decoded, encoding = decode_html(b"<html><body><p>" + text + b"</p></body></html>")
    assert "brûlée" in decoded
    assert encoding.startswith("utf-8")
