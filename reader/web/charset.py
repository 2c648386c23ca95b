"""A page's bytes to text: BOM, HTTP charset, <meta> charset, then sniffing; lies survive.

Declarations are trusted only as far as the bytes agree with them. A declared charset is tried
strictly; when it fails (a Latin-1 page declared UTF-8, a very common server misconfiguration)
the bytes are sniffed instead. A single-byte declaration (windows-1252, ISO-8859-1) on bytes that
are valid multi-byte UTF-8 is the other common lie, and UTF-8 wins there: valid UTF-8 almost
never happens by accident. Labels map as browsers map them (WHATWG): ISO-8859-1 and ASCII mean
windows-1252, GB2312 means GB18030, Shift_JIS means Windows-31J, so the curly quotes and extra
characters those pages really contain decode.

Sniffing reuses :func:`reader.library.decoding.decode_bytes` (UTF-8, damaged UTF-8, then
cp1252), and asks charset-normalizer only when the bytes are neither UTF-8 nor obviously Western,
so an undeclared Shift_JIS or Big5 page is not read as cp1252 mojibake.
"""

from __future__ import annotations

import codecs
import re

from reader.library.decoding import decode_bytes
from reader.library.errors import ArticleError
from reader.web.errors import ExtractionError

#: WHATWG's label mapping for the labels whose browser meaning differs from Python's codec.
_SUPERSETS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    # a page that says UTF-16 in ASCII-compatible bytes is wrong; browsers read it as UTF-8
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
#: Encodings charset-normalizer may pick for a page that is neither UTF-8 nor declared.
_CANDIDATES = [
    "cp1252", "cp932", "euc_jp", "gb18030", "big5hkscs", "cp949", "cp1251", "koi8_r",
    "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp874",
]  # fmt: skip
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman"}
_PRESCAN = 4096
_SNIFF_SAMPLE = 65536


def codec_for(label: str) -> str | None:
    """The Python codec a browser would use for a charset ``label``; None when unknown."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the HTTP header or, failing that, the page itself declares (as a label)."""
    if content_type:
        header = _HEADER_CHARSET.search(content_type)
        if header:
            return header.group(1)
    head = data[:_PRESCAN]
    found = _META_CHARSET.search(head) or _XML_ENCODING.match(head.lstrip())
    return found.group(1).decode("ascii") if found else None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: the page as text and the codec that decoded it.

    Raises :class:`ExtractionError` for bytes that are not text at all.
    """
    if data.startswith(_BOMS):  # a BOM outranks every declaration, as in browsers
        return _sniff(data)
    label = declared_charset(data, content_type)
    codec = codec_for(label) if label else None
    if codec is not None:
        decoded = _try_declared(data, codec)
        if decoded is not None:
            return decoded
    return _sniff(data)


def _try_declared(data: bytes, codec: str) -> tuple[str, str] | None:
    """The bytes decoded as declared, or None when they disagree with the declaration."""
    if codec != "utf-8" and _is_single_byte(codec) and _is_real_utf8(data):
        return data.decode("utf-8"), "utf-8"
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None


def _is_single_byte(codec: str) -> bool:
    return codec.startswith(("cp125", "iso8859", "latin", "koi8", "mac", "cp874", "cp437"))


def _is_real_utf8(data: bytes) -> bool:
    """Valid UTF-8 that uses multi-byte sequences (pure ASCII proves nothing)."""
    if _MULTIBYTE_UTF8.search(data) is None:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff(data: bytes) -> tuple[str, str]:
    try:
        text, encoding = decode_bytes(data, "page")
    except ArticleError as error:
        raise ExtractionError(f"not HTML ({error})") from None
    if encoding.startswith("utf"):
        # "utf-8-sig", "utf-8 (2 bad bytes replaced)": the codec's name is what is reported
        return text, encoding.split(" ")[0].replace("utf-8-sig", "utf-8")
    return _guess_legacy(data) or (text, encoding)


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """A non-Western legacy encoding (Shift_JIS, GBK, Big5, cp1251...) that fits the bytes."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    sample = data[:_SNIFF_SAMPLE]
    if len(data) > _SNIFF_SAMPLE:
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    best = from_bytes(sample, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding in _WESTERN:
        return None
    codec = codec_for(best.encoding) or best.encoding
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None
