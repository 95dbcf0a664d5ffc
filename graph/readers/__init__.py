"""Readers: the bytes of one input -> its Document records, one module per format.

``text`` reads .txt and .md, ``html`` reads web pages with trafilatura and
``jsonfile`` reads JSON and JSON Lines exports. :func:`read_bytes` picks the
reader from the file's extension, else from its first bytes, and raises
InputError with the reason when the input cannot become a document.
"""

from __future__ import annotations

from graph.errors import InputError
from graph.readers.decoding import check_binary, decode
from graph.readers.jsonfile import Fields
from graph.records import Document, Skipped

#: Extensions each reader takes; any other extension is skipped as unsupported.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

__all__ = ["SUFFIXES", "Fields", "read_bytes", "sniff"]


def sniff(text: str) -> str:
    """Return the format a text of unknown origin looks like: json, jsonl, html or text."""
    head = text.lstrip()[:512].lower()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0].rstrip()
        return "jsonl" if first.endswith("}") else "json"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<article" in head:
        return "html"
    return "text"


def read_bytes(raw: bytes, name: str, path: str = "", kind: str | None = None,
               fields: Fields | None = None) -> list[Document | Skipped]:
    """Return the Documents (and Skipped bad records) stored in ``raw`` (named ``name``); ``kind`` None means guess from content."""
    check_binary(raw)
    text = decode(raw)
    if not text.strip():
        raise InputError("empty document")
    kind = kind or sniff(text)
    if kind == "html":
        from graph.readers.html import read_html

        return [read_html(text, name, path)]
    if kind in ("json", "jsonl"):
        from graph.readers.jsonfile import read_json

        return read_json(text, name, path, fields or Fields(), lines=kind == "jsonl")
    from graph.readers.text import read_text

    document = read_text(text, name, path, markdown=kind == "markdown")
    if not document.text.strip():
        raise InputError("empty document")
    return [document]
