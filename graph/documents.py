"""Reading documents: input paths -> Document records (text plus metadata), problems reported.

Folders are read recursively in sorted order so builds are deterministic. A file
that cannot be read yields a ``Skipped`` record naming the file and the reason;
it never stops the other files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from graph.records import Document

TEXT_SUFFIXES = (".txt",)

_DATE_LINE = re.compile(
    r"^\s*(?:date[:\s]+)?(?P<date>\d{4}-\d{2}-\d{2})(?:\s+by\s+(?P<author>[^,\n]+?)(?:,\s*(?P<source>[^\n]+?))?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Skipped:
    """An input that was not turned into a document, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Yield the files named by ``inputs`` (folders recursively, sorted) or why one is unusable."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in TEXT_SUFFIXES:
                    yield file
                else:
                    yield Skipped(str(file), f"unsupported file type {file.suffix or '(none)'!r}")
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def decode(raw: bytes) -> str:
    """Return the text of a file's bytes: UTF-8 (with or without BOM), else Windows-1252."""
    if b"\x00" in raw[:4096]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def metadata(text: str) -> dict[str, str]:
    """Return date/author/source from a leading "date 2025-09-24 By Name, Source" line."""
    first = text.lstrip().split("\n", 1)[0]
    match = _DATE_LINE.match(first)
    if not match:
        return {}
    return {k: v.strip() for k, v in match.groupdict().items() if v}


def read_document(path: str | os.PathLike[str], doc_id: str | None = None) -> Document:
    """Return the Document stored in a text file, or raise InputError saying why not."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror})") from None
    try:
        text = decode(raw)
    except InputError as exc:
        raise InputError(f"{file}: {exc}") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{file}: empty document")
    meta = metadata(text)
    return Document(id=doc_id or file.name, text=text, path=str(file), **meta)


def read_documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Document | Skipped]:
    """Yield a Document per readable input file and a Skipped record for every other input."""
    seen: set[str] = set()
    for item in expand_inputs(inputs):
        if isinstance(item, Skipped):
            yield item
            continue
        doc_id = item.name if item.name not in seen else str(item)
        seen.add(doc_id)
        try:
            yield read_document(item, doc_id)
        except InputError as exc:
            yield Skipped(str(item), str(exc).removeprefix(f"{item}: "))
