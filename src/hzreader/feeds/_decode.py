"""Bytes to text for every source the importer reads (pages, feeds, OPML, JSON, Markdown).

One rule, as browsers apply it: a declared character set wins (a byte order mark, then the
HTTP `Content-Type` charset, then the document's own `<meta charset>` / `<meta http-equiv>`
or XML declaration); otherwise bytes that are valid UTF-8 are UTF-8; otherwise, when the
bytes read cleanly as Chinese in GBK or Big5 and nearly every Chinese character they make
is a common one (`undeclared_chinese`: old Chinese pages often declare nothing), that;
otherwise windows-1252, the HTML default for Western pages (also when UTF-8 is declared but
the bytes are not UTF-8: a legacy template's mistake). One exception the other way: a
single-byte Western charset declared (`iso-8859-1`, `windows-1252`, `us-ascii`: a server's
or template's default) for bytes that are valid UTF-8 with non-ASCII characters in them is
a mistake too, and they are read as UTF-8 (`misdeclared_utf8`; the importer says so); so
are such bytes declared in another legacy charset (windows-1251, KOI8-R, GBK, Big5,
Shift_JIS, `LEGACY`) when that charset reads them as mojibake (`_garbled`). No
wider statistical guess: a short Western page guessed as a Baltic code page reads worse
than windows-1252 at its rare worst, while Western text is never read as Chinese by the
test above (its accented letters make rare characters, or no valid pairs at all). Labels
are read as the WHATWG Encoding Standard reads them (`iso-8859-1` and `ascii` mean
windows-1252, `gb2312` means GBK, ...).
"""

from __future__ import annotations

import codecs
import re

from hzreader.feeds._garbled import common_chars, garbled

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: How far into a document its own declaration is looked for.
DECLARATION_BYTES = 8192
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([\w.:+-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:+-]+)""",
                           re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""\A\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:+-]+)["']""",
                              re.IGNORECASE)
_XML_DECLARATION_TEXT = re.compile(r"\A\s*<\?xml\b[^>]*?\?>")
#: WHATWG labels that Python's codecs read differently (or not at all).
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "windows-1252": "cp1252",
    "x-cp1252": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874",
    "iso-8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "big5": "big5hkscs", "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
}
#: windows-1252 as the WHATWG standard defines it: its five unassigned bytes are read as
#: the C1 controls of the same number (which `clean_line` then removes), never an error.
_WINDOWS_1252 = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256))
_LATIN1_TO_1252 = {byte: char for byte, char in enumerate(_WINDOWS_1252) if chr(byte) != char}


def codec_name(label: str) -> str:
    """The Python codec for a declared charset label; "" when there is none."""
    label = label.strip().strip("\"'").lower()
    name = _ALIASES.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def declared_charset(data: bytes, content_type: str = "", *, markup: str = "") -> str:
    """The codec the bytes declare (BOM, HTTP charset, then `markup`'s own declaration:
    "html" for `<meta>`, "xml" for the XML declaration); "" when they declare none."""
    return _declaration(data, content_type, markup)[0]


def _declaration(data: bytes, content_type: str, markup: str) -> tuple[str, str, str]:
    """(codec, the label as written, where: "bom", "server" or "document"), or empties."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, name, "bom"
    header = _CHARSET_PARAM.search(content_type)
    if header and codec_name(header.group(1)):
        return codec_name(header.group(1)), header.group(1).lower(), "server"
    label = _own_label(data, markup)
    name = codec_name(label)
    if name.startswith(("utf-16", "utf-32")):
        name = "utf-8"  # bytes that could be read to find it are not UTF-16 (WHATWG)
    return (name, label.lower(), "document") if name else ("", "", "")


def _own_label(data: bytes, markup: str) -> str:
    """The charset a document names itself: XML declaration, else (HTML) `<meta>`."""
    head = data[:DECLARATION_BYTES]
    found = None
    if markup in ("xml", "html"):
        found = _XML_DECLARATION.match(head)
    if found is None and markup == "html":
        found = _META_CHARSET.search(head)
    return found.group(1).decode("ascii", "ignore") if found else ""


#: The single-byte Western charsets (as codecs) that servers and templates declare by
#: default; bytes declared so that are valid UTF-8 beyond ASCII are read as UTF-8.
WESTERN_SINGLE_BYTE = frozenset({"cp1252", "iso8859-15"})
#: Other charsets whose real text is practically never valid UTF-8 beyond ASCII: Cyrillic,
#: Central European, Greek and Turkish single-byte sets, and the East Asian double-byte
#: ones. Bytes declared so that are valid UTF-8 are read as UTF-8 when the declared reading
#: is also plain mojibake (`_garbled`).
LEGACY = frozenset({"cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "cp1250",
                    "iso8859-2", "cp1253", "iso8859-7", "cp1254", "gb18030", "big5hkscs",
                    "cp932", "euc_jp", "cp949"})


def misdeclared_utf8(data: bytes, content_type: str = "", *, markup: str = "") -> str:
    """How a charset was declared ("served as iso-8859-1", "declares windows-1251") for
    bytes that are valid UTF-8 with non-ASCII characters all the same: a Western
    single-byte set (a Latin-1 text is practically never valid UTF-8 beyond ASCII: its
    accented letters are followed by plain ones, not by the symbols of 0x80-0xBF), or a
    `LEGACY` one whose reading is mojibake; "" otherwise."""
    name, label, where = _declaration(data, content_type, markup)
    if name not in WESTERN_SINGLE_BYTE and name not in LEGACY or data.isascii():
        return ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    if name in LEGACY and not garbled(data, name, text):
        return ""
    if where == "server":
        own = codec_name(_own_label(data, markup))
        also = " (it declares UTF-8 itself)" if own == "utf-8" else ""
        return f"served as {label}{also}"
    return f"declares {label}"


def charset_of(data: bytes, content_type: str = "", *, markup: str = "") -> str:
    """The codec the bytes are read with: declared, else UTF-8 if valid, else GBK or Big5
    if they are plainly Chinese in it, else windows-1252 (also when they declare UTF-8 but
    are not: feeds and pages that say so by mistake); UTF-8 when they declare another
    charset but are plainly UTF-8 (`misdeclared_utf8`)."""
    declared = declared_charset(data, content_type, markup=markup)
    if (declared in WESTERN_SINGLE_BYTE or declared in LEGACY) and misdeclared_utf8(
            data, content_type, markup=markup):
        return "utf-8"
    if declared and declared != "utf-8":  # (a BOM is never a mistake)
        return declared
    try:
        data.decode(declared or "utf-8")
    except UnicodeDecodeError:  # (UTF-8 declared by mistake: a legacy page's template)
        return undeclared_chinese(data) or "windows-1252"
    return declared or "utf-8"


#: The share of the Chinese characters that must be common ones in the codec's reading, and
#: how many Chinese characters it must make at least, for bytes to be read as Chinese.
COMMON_SHARE = 0.9
MIN_HAN = 10
_HAN = re.compile("[\u4e00-\u9fff]")


def undeclared_chinese(data: bytes) -> str:
    """"gb18030" or "big5hkscs" when undeclared bytes read in it without an error and at
    least `COMMON_SHARE` of the Chinese characters it makes are common ones; "" otherwise."""
    best, best_share = "", COMMON_SHARE
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        han = _HAN.findall(text)
        if len(han) < MIN_HAN:
            continue
        common = common_chars(codec)
        share = sum(char in common for char in han) / len(han)
        if share >= best_share:
            best, best_share = codec, share
    return best


def decode(data: bytes, content_type: str = "", *, markup: str = "") -> str:
    """The text of `data` by the rule above; a byte its charset cannot read becomes U+FFFD,
    and a byte order mark is dropped."""
    name = charset_of(data, content_type, markup=markup)
    if codec_name(name) == "cp1252":
        return data.decode("latin-1").translate(_LATIN1_TO_1252)
    text = data.decode(name, errors="replace")
    return text.removeprefix("\ufeff")


def without_xml_declaration(text: str) -> str:
    """Decoded markup without its `<?xml ... ?>` (its encoding no longer applies; lxml
    refuses a str that has one)."""
    return _XML_DECLARATION_TEXT.sub("", text, count=1)


def as_utf8_xml(data: bytes, content_type: str = "") -> tuple[bytes, str]:
    """An XML document re-encoded as UTF-8 by the rule above, with a media type that says
    so (for a parser that does its own decoding, such as feedparser)."""
    text = decode(data, content_type, markup="xml")
    declaration = _XML_DECLARATION_TEXT.match(text)
    if declaration:
        fixed = re.sub(r"""encoding\s*=\s*["'][^"']*["']""", 'encoding="utf-8"',
                       declaration.group(0))
        text = fixed + text[declaration.end():]
    kind = content_type.split(";")[0].strip() or "application/xml"
    return text.encode("utf-8"), f"{kind}; charset=utf-8"
