"""The document store: an embedded SQLite database of each document's extraction result.

One row per document id holds the sha256 of its text, its metadata, the pipeline
version that produced the result and the DocResult itself as JSON. A build asks
the store which documents it already knows (same id, text, metadata and
version), parses only the others, and rebuilds the graph from stored results.

Results are committed batch by batch in WAL mode, so a build killed at any point
keeps everything committed before the kill and the next build picks up there.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from hashlib import sha256
from pathlib import Path

from graph.errors import StoreError
from graph.records import DocEntity, DocResult, Document, RelationMention

#: Default file name of the store inside the output folder.
STORE_NAME = "newsgraph.sqlite"

#: Layout of the tables; a store with another layout is rebuilt from scratch.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id      TEXT PRIMARY KEY,
    hash    TEXT NOT NULL,
    meta    TEXT NOT NULL,
    version TEXT NOT NULL,
    result  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of a document's text."""
    return sha256(text.encode("utf-8")).hexdigest()


def document_meta(document: Document) -> str:
    """Return a document's metadata (every field but its text) as canonical JSON."""
    data = dict(vars(document))  # every field is a string: no deep copy needed
    del data["text"]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def without_text(result: DocResult) -> DocResult:
    """Return the result with its document's text dropped (the graph never reads it)."""
    return replace(result, document=replace(result.document, text=""))


def result_to_json(result: DocResult) -> str:
    """Return a DocResult as a JSON string (see :func:`result_from_json`)."""
    # Shallow dicts, not asdict(): every field below is a scalar or a tuple of strings, which
    # json writes as asdict would, and asdict's deep copies were most of the parent's CPU time.
    data = {
        "document": vars(result.document),
        "entities": [vars(e) for e in result.entities],
        "relations": [vars(m) for m in result.relations],
        "errors": result.errors,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def result_from_json(text: str) -> DocResult:
    """Return the DocResult a :func:`result_to_json` string describes."""
    data = json.loads(text)
    return DocResult(
        document=Document(**data["document"]),
        entities=tuple(
            DocEntity(**{**e, "aliases": tuple(e["aliases"]), "titles": tuple(e["titles"])})
            for e in data["entities"]
        ),
        relations=tuple(RelationMention(**m) for m in data["relations"]),
        errors=tuple(data["errors"]),
    )


class Store:
    """An open document store; use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(str(path))
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable Newsgraph store ({exc}); delete it or pass --store "
                             "with another path") from None

    def _check_schema(self) -> None:
        """Start over when the file was written with another table layout."""
        row = self._db.execute("SELECT value FROM settings WHERE key = 'schema'").fetchone()
        if row and row[0] != str(SCHEMA_VERSION):
            self._db.execute("DELETE FROM documents")
        self._db.execute("INSERT OR REPLACE INTO settings VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        self._db.commit()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (everything written is already committed)."""
        self._db.close()

    def empty(self) -> bool:
        """Return True when the store holds no document at all (a first build)."""
        return self._db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def known(self, version: str) -> dict[str, tuple[str, str]]:
        """Return ``{id: (hash, meta)}`` of the documents stored for ``version``."""
        rows = self._db.execute("SELECT id, hash, meta FROM documents WHERE version = ?", (version,))
        return {doc_id: (digest, meta) for doc_id, digest, meta in rows}

    def put(self, results: Iterable[tuple[DocResult, str]], version: str) -> int:
        """Store ``(result, text hash)`` pairs in one transaction and return how many."""
        rows = [
            (r.document.id, digest, document_meta(r.document), version, result_to_json(without_text(r)))
            for r, digest in results
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    def results(self, ids: Iterable[str], version: str) -> Iterator[DocResult]:
        """Yield the stored results of ``ids`` in that order (a missing one raises StoreError)."""
        wanted = list(ids)
        positions = set(wanted)
        found: dict[str, DocResult] = {}
        rows = self._db.execute("SELECT id, result FROM documents WHERE version = ?", (version,))
        for doc_id, text in rows:  # one scan, decoding as we go: never all the JSON at once
            if doc_id in positions:
                found[doc_id] = result_from_json(text)
        for doc_id in wanted:
            if doc_id not in found:
                raise StoreError(f"{self.path}: no result stored for {doc_id!r}; run the build again")
            yield found.pop(doc_id)
