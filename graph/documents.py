"""Reading documents: inputs (files, folders, globs, "-") -> Document records, problems reported.

Folders are read recursively and globs expanded in sorted order, so builds are
deterministic. Each file goes to the reader of its format (graph.readers); an
input that cannot be read yields a ``Skipped`` record naming it and the reason,
and never stops the other inputs. A document longer than ``MAX_CHARS`` is cut at
paragraph boundaries into pieces ``id#1``, ``id#2``, ... that are parsed as
separate documents (sharing path and metadata), so spaCy's max_length and
memory stay bounded whatever the file's size.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from graph.errors import InputError
from graph.readers import SUFFIXES, Fields, read_bytes
from graph.readers.decoding import clean_text
from graph.readers.text import metadata
from graph.records import Document, Skipped

__all__ = ["STDIN", "MAX_CHARS", "Fields", "Skipped", "Source", "expand_inputs", "metadata", "read_document",
           "read_documents", "split_long"]

#: The input name that means standard input.
STDIN = "-"

#: Longest text parsed as one document; longer ones are cut into pieces at paragraph breaks. Peak memory
#: follows the characters parsed at once (a chunk of pieces): a 1 MB article in 8-piece chunks peaked at
#: 2.4 GB with 100,000-character pieces, 1.3 GB with 50,000 and 0.7 GB with 25,000, with the same relations
#: but for a few that cross a cut. 50,000 characters (about 8,000 words) keeps any usual article whole.
MAX_CHARS = 50_000

_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Source:
    """An input with its own JSON field names (``build(fields=...)`` wraps each input in one)."""

    path: str
    fields: Fields

    def __fspath__(self) -> str:
        return self.path


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str | Path, Fields | None] | Skipped]:
    """Yield (file or STDIN, its field names) for each input file, or why an input is unusable."""
    for item in inputs:
        fields = item.fields if isinstance(item, Source) else None
        name = os.fspath(item)
        if name == STDIN:
            yield STDIN, fields
            continue
        path = Path(name)
        if path.exists():
            matches = [path]
        elif _GLOB.search(name):
            matches = [Path(p) for p in sorted(glob.glob(name, recursive=True))]
            if not matches:
                yield Skipped(name, "no file matches this pattern")
        else:
            yield Skipped(name, "no such file or folder")
            continue
        for match in matches:
            if match.is_dir():
                yield from _folder(match, fields)
            elif match.is_file():
                yield match, fields
            else:
                yield Skipped(str(match), "not a regular file")


def _folder(folder: Path, fields: Fields | None) -> Iterator[tuple[Path, Fields | None] | Skipped]:
    """Yield the files of a folder and its subfolders (hidden ones left out), sorted."""
    files = sorted(p for p in folder.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    for file in files:
        if file.suffix.lower() in SUFFIXES:
            yield file, fields
        else:
            kinds = ", ".join(sorted(SUFFIXES))
            yield Skipped(str(file), f"unsupported file type {_shown(file.suffix) or '(none)'!r}; Newsgraph reads {kinds}")


def read_file(file: str | Path, fields: Fields) -> list[Document | Skipped]:
    """Return the documents (and skipped records) of one file, or raise InputError saying why none."""
    if file == STDIN:
        return read_bytes(_stdin_bytes(), "stdin", STDIN, None, fields)
    file = Path(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})") from None
    return read_bytes(raw, file.name, str(file), SUFFIXES.get(file.suffix.lower()), fields)


def read_document(path: str | os.PathLike[str], doc_id: str | None = None) -> Document:
    """Return the (first) Document stored in a file, or raise InputError saying why there is none."""
    try:
        found = [d for d in read_file(Path(path), Fields()) if isinstance(d, Document)]
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    if not found:
        raise InputError(f"{path}: no article in the file")
    return replace(found[0], id=doc_id) if doc_id else found[0]


def read_documents(inputs: Iterable[str | os.PathLike[str]], **field_options: str | None) -> Iterator[Document | Skipped]:
    """Yield a Document per article in the inputs (long ones in pieces) and a Skipped record per problem.

    ``field_options`` (text, title, date, url, id) name the keys of JSON article objects.
    """
    default = Fields(**field_options)
    seen: set[str] = set()
    for item in expand_inputs(inputs):
        if isinstance(item, Skipped):
            yield Skipped(_shown(item.path), _shown(item.reason), item.stage)
            continue
        file, fields = item
        try:
            found = read_file(file, fields or default)
        except InputError as exc:
            yield Skipped(_shown(str(file)), _shown(str(exc)))
            continue
        for document in found:
            if isinstance(document, Skipped):
                yield Skipped(_shown(document.path), _shown(document.reason), document.stage)
                continue
            document = _cleaned(document)
            document = replace(document, id=_unique(document, seen))
            yield from split_long(document)


def split_long(document: Document, limit: int | None = None) -> list[Document]:
    """Return the document, or its pieces ``id#1``, ``id#2``... of at most ``limit`` (MAX_CHARS) characters."""
    limit = limit or MAX_CHARS
    if len(document.text) <= limit:
        return [document]
    pieces = _cut(document.text, limit)
    return [replace(document, id=f"{document.id}#{n}", text=piece) for n, piece in enumerate(pieces, 1)]


def _cut(text: str, limit: int) -> list[str]:
    """Return ``text`` cut into pieces of at most ``limit`` characters at the strongest breaks available."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        end = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark)
            if at > limit // 4:
                end = start + at + len(mark)
                break
        if end < 0:
            end = start + limit
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _cleaned(document: Document) -> Document:
    """Return the document with "\n" as its only line break and single-line metadata."""
    meta = {k: " ".join(clean_text(getattr(document, k)).split()) for k in ("id", "title", "author", "source", "url")}
    meta["id"] = _shown(meta["id"]) or Path(document.path).name or "document"  # control characters only
    return replace(document, text=clean_text(document.text), path=_shown(document.path), **meta)


def _shown(path: str) -> str:
    """Return a file name (or a message quoting one) as valid text: bytes that are not UTF-8 become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _unique(document: Document, seen: set[str]) -> str:
    """Return an id for ``document`` no earlier one has: its own, its path, or either with "~N"."""
    doc_id = document.id
    if doc_id in seen and document.path and Path(document.path).name == doc_id:
        doc_id = document.path  # two folders each with a "story.txt"
    base, n = doc_id, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{base}~{n}"
    seen.add(doc_id)
    return doc_id


_stdin: tuple[object, bytes] | None = None


def _stdin_bytes() -> bytes:
    """Return everything on standard input; read once, as a build reads its inputs twice."""
    global _stdin
    stream = sys.stdin
    if _stdin is None or _stdin[0] is not stream:
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
        _stdin = (stream, raw)
    return _stdin[1]
