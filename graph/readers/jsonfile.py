"""JSON and JSON Lines exports: decoded text -> one Document per article object.

A ``.jsonl`` file holds one object per line; a ``.json`` file one object, a
list of objects, or an object whose list field holds them ("articles",
"data", ...). Which keys hold the text, title, date, url and id is set by
:class:`Fields`; unset ones are looked up among common names. A broken line or
an object without text is reported and the rest of the file is still read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from graph.errors import InputError
from graph.readers.dates import iso_date
from graph.records import Document, Skipped

#: Keys tried, in order, for a field the user did not name.
DEFAULT_KEYS = {
    "text": ("text", "content", "body", "article", "maintext", "full_text", "description"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "date_publish", "datetime"),
    "url": ("url", "link", "uri"),
    "id": ("id", "_id", "uuid", "guid"),
    "author": ("author", "authors", "byline", "creator"),
    "source": ("source", "site", "sitename", "publisher", "source_name"),
}

#: Keys of a top-level object that may hold the list of articles.
_LIST_KEYS = ("articles", "data", "items", "results", "documents", "docs", "records")


@dataclass(frozen=True)
class Fields:
    """Keys of an article object holding each field; None means try the common names.

    A dotted key ("fields.bodyText") reaches into nested objects.
    """

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None


def read_json(text: str, name: str, path: str, fields: Fields, lines: bool) -> list[Document | Skipped]:
    """Return a Document per article object in ``text`` and a Skipped record per bad one."""
    where = path or name
    out: list[Document | Skipped] = []
    if lines:
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                out.append(Skipped(where, f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})"))
                continue
            out.append(_document(record, f"{name}#{number}", f"line {number}", path, fields))
        if not out:
            raise InputError("no article: the JSON lines hold no record")
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    if isinstance(data, dict):
        listed = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        if listed is None:
            return [_document(data, name, "object", path, fields)]
        data = listed
    if not isinstance(data, list):
        raise InputError(f"JSON holds a {type(data).__name__}, not an article object or a list of them")
    if not data:
        raise InputError("no article: the JSON holds an empty list")  # reported, not silently nothing
    return [_document(record, f"{name}#{i}", f"item {i}", path, fields) for i, record in enumerate(data, 1)]


def _document(record: object, fallback_id: str, label: str, path: str, fields: Fields) -> Document | Skipped:
    """Return the Document of one article object, or a Skipped record saying what it lacks."""
    where = path or fallback_id.split("#")[0]
    if not isinstance(record, dict):
        return Skipped(where, f"{label}: a JSON {type(record).__name__}, not an article object")
    text = _text(_get(record, "text", fields.text))
    if not text.strip():
        wanted = fields.text or " or ".join(repr(k) for k in DEFAULT_KEYS["text"][:4])
        return Skipped(where, f"{label}: no article text (field {wanted}); name it with --text-field")
    doc_id = _text(_get(record, "id", fields.id)).strip() or fallback_id
    return Document(
        id=doc_id,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        path=path,
        title=_text(_get(record, "title", fields.title)).strip(),
        date=iso_date(_get(record, "date", fields.date)),
        author=_text(_get(record, "author", None)).strip(),
        source=_text(_get(record, "source", None)).strip(),
        url=_text(_get(record, "url", fields.url)).strip(),
    )


def _get(record: dict, field: str, key: str | None) -> object:
    """Return the value of ``key`` (dotted for nested objects) or of the first common key present."""
    if key:
        value: object = record
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value
    return next((record[k] for k in DEFAULT_KEYS[field] if record.get(k) not in (None, "", [])), None)


def _text(value: object) -> str:
    """Return a JSON value as text: strings as is, lists joined, {"name": ...} objects by name."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [_text(v) for v in value]
        return ", ".join(p for p in parts if p)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("text") or value.get("value"))
    return str(value)
