"""Plain text and Markdown: decoded text -> a Document with the metadata its first lines give.

A plain article may open with "date 2025-09-24 By Name, Source". A Markdown
file may open with front matter (``---`` / ``key: value`` / ``---``) and a
``# Title``; its markup is reduced to plain text so the parser reads sentences,
not syntax.
"""

from __future__ import annotations

import re

from graph.readers.dates import iso_date
from graph.records import Document

_DATE_LINE = re.compile(
    r"^\s*(?:date[:\s]+)?(?P<date>\d{4}-\d{2}-\d{2})(?:\s+by\s+(?P<author>[^,\n]+?)(?:,\s*(?P<source>[^\n]+?))?)?\s*$",
    re.IGNORECASE,
)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEYS = {"title": "title", "date": "date", "published": "date", "author": "author", "by": "author",
               "source": "source", "publisher": "source", "url": "url", "link": "url"}

#: Markdown syntax -> what a reader sees, applied in order.
_MARKDOWN = (
    (re.compile(r"(?m)^[ \t]*(```|~~~).*$"), ""),  # code fences
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links
    (re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$"), r"\1"),  # headings
    (re.compile(r"(?m)^[ \t]{0,3}(?:[-*_][ \t]*){3,}$"), ""),  # rules
    (re.compile(r"(?m)^[ \t]*>[ \t]?"), ""),  # quotes
    (re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]+"), ""),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`\n]*)`"), r"\1"),  # inline code
    (re.compile(r"<[A-Za-z/!][^>\n]*>"), ""),  # inline HTML tags
)
_HEADING = re.compile(r"(?m)^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$")


def metadata(text: str) -> dict[str, str]:
    """Return date/author/source from a leading "date 2025-09-24 By Name, Source" line."""
    first = text.lstrip().split("\n", 1)[0]
    match = _DATE_LINE.match(first)
    if not match:
        return {}
    found = {k: v.strip() for k, v in match.groupdict().items() if v}
    if "date" in found:
        found["date"] = iso_date(found["date"])
    return {k: v for k, v in found.items() if v}


def read_text(text: str, name: str, path: str = "", markdown: bool = False) -> Document:
    """Return the Document of a plain-text (or, with ``markdown``, Markdown) article."""
    meta: dict[str, str] = {}
    if markdown:
        text, meta = _front_matter(text)
        heading = _HEADING.search(text)
        if heading and "title" not in meta:
            meta["title"] = _plain(heading.group(1)).strip()
        text = _plain(text)
    meta = {**metadata(text), **meta}
    return Document(id=name, text=text, path=path, **meta)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Return the text without its front matter and the metadata the front matter gave."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    meta: dict[str, str] = {}
    for line in match.group("body").split("\n"):
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        if sep and field and field not in meta:
            value = value.strip().strip("\"'")
            meta[field] = iso_date(value) if field == "date" else value
    return text[match.end():], {k: v for k, v in meta.items() if v}


def _plain(text: str) -> str:
    """Return Markdown text with its markup removed."""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text
