"""Incremental extraction: inputs -> the DocResult of every document, parsing only what the store lacks.

Two passes over the inputs keep memory flat: the first hashes every document
and keeps only ids (and the texts of new documents up to KEEP_CHARS), the
second reads again just the documents to parse, unless the first kept them
all, and streams them through an engine. Each chunk of results is committed
as it arrives, so a killed build loses at most the chunks in flight.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass

from graph.cues import Cues
from graph.documents import Skipped, expand_inputs, read_documents
from graph.engines import run_engine
from graph.records import DocResult, Document
from graph.store import STORE_NAME, Store, content_hash, document_meta
from graph.version import pipeline_version

#: Below this many documents to parse, extra processes cost more (model loads) than they save.
PARALLEL_THRESHOLD = 200

#: Characters of new documents kept in memory from the first pass (about 2,000 articles); more are
#: read again from disk in the second.
KEEP_CHARS = 10_000_000


@dataclass
class Extraction:
    """The results of a corpus in input order (texts dropped) and how many were parsed now."""

    results: list[DocResult]
    processed: int


def store_path(out: str | os.PathLike[str] | None, store: str | os.PathLike[str] | bool | None) -> str:
    """Return the store file a build uses: ``store`` if a path, else ``out``'s, else an in-memory one."""
    if store is False or (store in (None, True) and out is None):
        return ":memory:"
    if store in (None, True):
        return os.path.join(out, STORE_NAME)
    return os.fspath(store)


def default_jobs(pending: int) -> int:
    """Return the processes worth starting for ``pending`` documents: all cores for a large batch."""
    return (os.cpu_count() or 1) if pending >= PARALLEL_THRESHOLD else 1


def extract_corpus(inputs: Iterable[str | os.PathLike[str]], cues: Cues, *, store: str,
                   model: str | None = None, relations: str | os.PathLike[str] | None = None,
                   jobs: int | None = None, engine: str = "local", scheduler: str | None = None,
                   progress: bool | None = None, on_skip: Callable[[Skipped], None] | None = None) -> Extraction:
    """Return every input document's result, parsing the ones ``store`` has no current result for."""
    inputs = list(inputs)
    relations = os.fspath(relations) if relations else None
    with Store(store) as db, ExitStack() as cleanup:
        pool, pool_jobs = None, 0
        if engine == "local" and db.empty():
            # A first build of many files: start the workers now, so they load the model while
            # this process reads and hashes the inputs.
            files = sum(1 for item in expand_inputs(inputs) if not isinstance(item, Skipped))
            pool_jobs = jobs or default_jobs(files)
            if pool_jobs > 1 and files >= PARALLEL_THRESHOLD:
                from graph.engines.local import start_pool

                pool = cleanup.enter_context(start_pool(pool_jobs, model, relations))
        version = pipeline_version(model, cues)
        known = db.known(version)
        order: list[str] = []
        pending: set[str] = set()
        # The few documents an update adds are kept from this first pass; past KEEP_CHARS of text
        # they are read again instead, so memory stays flat however many are new.
        kept: list[Document] | None = []
        kept_chars = 0
        for item in read_documents(inputs):
            if isinstance(item, Skipped):
                if on_skip:
                    on_skip(item)
                continue
            order.append(item.id)
            if known.get(item.id) != (content_hash(item.text), document_meta(item)):
                pending.add(item.id)
                if kept is not None:
                    kept.append(item)
                    kept_chars += len(item.text)
                    if kept_chars > KEEP_CHARS:
                        kept = None
        del known
        if pending:
            todo = iter(kept) if kept is not None else _documents(inputs, pending)
            stream = run_engine(engine, todo, model=model, relations=relations,
                                jobs=pool_jobs if pool else jobs or default_jobs(len(pending)),
                                scheduler=scheduler, pool=pool)
            with _progress_bar(len(pending), progress) as bar:
                for chunk in stream:
                    db.put(chunk, version)
                    bar.update(len(chunk))
        return Extraction(list(db.results(order, version)), len(pending))


def _documents(inputs: list, wanted: set[str]) -> Iterator[Document]:
    """Yield the documents of ``inputs`` whose id is in ``wanted``, read again from disk."""
    for item in read_documents(inputs):
        if isinstance(item, Document) and item.id in wanted:
            yield item


def _progress_bar(total: int, enabled: bool | None):
    """Return a tqdm bar on stderr: docs done/total, docs/s, ETA; ``None`` means on when stderr is a terminal."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total, unit="doc", desc="parsing", file=sys.stderr, disable=not show, dynamic_ncols=True,
                smoothing=0.1)
