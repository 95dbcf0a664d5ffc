"""Extraction engines: where documents are parsed and reduced to DocResults.

``local`` parses in this process or a pool of worker processes; ``dask`` on a
Dask distributed cluster. Every engine hands out the same unit of work,
:func:`extract_chunk`, and yields the results of a chunk together, so the
caller commits one chunk per store transaction. Results come back in any order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from graph.records import DocResult, Document

ENGINES = ("local", "dask")

#: Documents per unit of work sent to a worker process (and per store transaction).
CHUNK_SIZE = 16

#: Documents per store transaction when parsing in this process: small, as a commit costs little.
LOCAL_CHUNK_SIZE = 8

T = TypeVar("T")

Stored = tuple[DocResult, str]  # a result without its text, and the sha256 of that text


def chunks(items: Iterable[T], size: int = CHUNK_SIZE) -> Iterator[list[T]]:
    """Yield lists of up to ``size`` consecutive items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def warm(model: str | None, relations: str | None) -> None:
    """Load the model and cues in this process so the first chunk does not wait for them."""
    from graph.cues import load_cues
    from graph.nlp import load_pipeline

    load_pipeline(model)
    load_cues(relations)


def extract_chunk(documents: list[Document], model: str | None, relations: str | None) -> list[Stored]:
    """Return (result without text, text hash) for each document, loading the model once per process."""
    from graph.build import extract_documents
    from graph.cues import load_cues
    from graph.nlp import load_pipeline
    from graph.store import content_hash, without_text

    results = extract_documents(documents, load_pipeline(model), load_cues(relations))
    return [(without_text(r), content_hash(r.document.text)) for r in results]


def run_engine(name: str, documents: Iterable[Document], *, model: str | None, relations: str | None,
               jobs: int = 1, scheduler: str | None = None, pool=None) -> Iterator[list[Stored]]:
    """Yield the stored form of every document, a chunk at a time, from the engine ``name``
    (``pool``: local worker processes already started by :func:`graph.engines.local.start_pool`)."""
    if name == "dask":
        from graph.engines.dask import extract_dask

        return extract_dask(documents, model=model, relations=relations, scheduler=scheduler, workers=jobs)
    if name == "local":
        from graph.engines.local import extract_local

        return extract_local(documents, model=model, relations=relations, jobs=jobs, pool=pool)
    raise ValueError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
