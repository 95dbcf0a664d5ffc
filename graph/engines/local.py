"""The local engine: parse in this process, or in a pool of worker processes.

With several processes each worker loads the model once and returns finished
DocResults, so the parent only reads files and writes the store; parsed Docs
never cross a process boundary. At most two chunks per worker are in flight,
which keeps memory flat however long the corpus.
"""

from __future__ import annotations

import gc
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from graph.engines import CHUNK_SIZE, LOCAL_CHUNK_SIZE, Stored, chunks, extract_chunk, warm
from graph.records import Document


def start_pool(jobs: int, model: str | None, relations: str | None) -> ProcessPoolExecutor:
    """Return a pool of ``jobs`` worker processes, already starting and loading the model.

    A build from scratch starts it before reading its inputs, so the workers load the model
    while the parent hashes the documents instead of after.
    """
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(model, relations))
    for _ in range(jobs):
        pool.submit(_ready)  # spawns the workers now
    return pool


def _ready() -> None:
    """Do nothing: a first task that makes the pool start its workers."""


def extract_local(documents: Iterable[Document], *, model: str | None, relations: str | None,
                  jobs: int = 1, chunk_size: int = CHUNK_SIZE,
                  pool: ProcessPoolExecutor | None = None) -> Iterator[list[Stored]]:
    """Yield chunks of (result, text hash) pairs, parsed by ``jobs`` processes (or by ``pool``'s)."""
    if jobs <= 1 and pool is None:
        for chunk in chunks(documents, min(chunk_size, LOCAL_CHUNK_SIZE)):
            yield extract_chunk(chunk, model, relations)
        return
    with pool or ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(model, relations)) as pool:
        running = set()
        for chunk in chunks(documents, chunk_size):
            running.add(pool.submit(extract_chunk, chunk, model, relations))
            if len(running) >= 2 * jobs:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


def _start_worker(model: str | None, relations: str | None) -> None:
    """Load the model in a new worker, which ends when the build's process is killed."""
    if sys.platform.startswith("linux"):
        # A SIGKILLed parent cannot stop its workers; without this they would wait for work forever.
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    warm(model, relations)
    # The model's many long-lived objects would otherwise be walked by every garbage collection the
    # extraction triggers; frozen, they are skipped (about 3% less CPU per document, measured). Only
    # in a worker process, which does nothing else: a library call must not freeze its caller's heap.
    gc.freeze()
