"""Decoding: a file's bytes -> its text, whatever the encoding; binary files refused.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are certain; next comes the
charset a web page declares. Anything else is tried as Windows-1252, by far the
most common legacy encoding of Western news text; text that decodes but reads
like another alphabet's bytes is handed to charset_normalizer to detect. Files that are binary (magic bytes of images,
PDFs, archives, NUL bytes) or that no encoding explains raise InputError.
"""

from __future__ import annotations

import codecs
import re

from graph.errors import InputError

#: Leading bytes of binary formats people drop into an article folder, and their names.
MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Control characters that never occur in text (tab, newlines and form feed are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: Line breaks other than "\n" (str.splitlines and the parser's sentence starts both see them).
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

#: charset=... of an HTML <meta> or encoding="..." of an XML declaration.
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)

#: Share of letters in À-ÿ above which a Windows-1252 reading is probably another alphabet's bytes.
_ACCENTED_SHARE = 0.3


def check_binary(raw: bytes) -> None:
    """Raise InputError when ``raw`` starts like a binary format or holds NUL bytes outside UTF-16/32."""
    for magic, name in MAGIC:
        if raw.startswith(magic):
            raise InputError(f"binary file ({name}), not text")
    if b"\x00" in raw[:65536] and not any(raw.startswith(bom) for bom, _ in _BOMS):
        raise InputError("binary file (NUL bytes), not text")


def decode(raw: bytes) -> str:
    """Return the text of ``raw`` with newlines normalised to "\\n", or raise InputError."""
    text = _decode(raw)
    if len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise InputError("binary file (control characters), not text")
    return clean_text(text)


def clean_text(text: str) -> str:
    """Return text with every line break as "\n" and stray control characters as spaces."""
    return _CONTROL.sub(" ", _BREAKS.sub("\n", text))


def _decode(raw: bytes) -> str:
    """Return ``raw`` decoded by its BOM, as UTF-8, as Windows-1252 or as detected."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable text: broken {encoding.upper()} at byte {exc.start}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw)
    if declared:
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            pass  # the page lies about its encoding; detect it as if it said nothing
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _other_alphabet(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError("undecodable text: not UTF-8, UTF-16 or any encoding charset-normalizer knows")
    return str(best)


def _declared_charset(raw: bytes) -> str | None:
    """Return the codec a web page or XML declaration names in its first bytes, if Python knows it."""
    match = _CHARSET.search(raw[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # Pages that say Latin-1 or ASCII are written in Windows-1252 (so browsers read them), tried next anyway.
    return None if name in ("iso8859-1", "ascii") else name


def _other_alphabet(text: str) -> bool:
    """Return whether a Windows-1252 reading looks like the bytes of a non-Latin alphabet."""
    letters = [c for c in text if c.isalpha()]
    accented = sum("\u00c0" <= c <= "\u00ff" for c in letters)
    return bool(letters) and accented / len(letters) > _ACCENTED_SHARE
