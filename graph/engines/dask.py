"""The Dask engine: chunks of documents parsed on a Dask distributed cluster.

Each worker process keeps the model it loaded (``load_pipeline`` caches it), so
a model loads once per worker, not once per chunk. Without a scheduler address a
LocalCluster of worker processes is started for the build and closed after it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from graph.engines import CHUNK_SIZE, Stored, chunks, extract_chunk, warm
from graph.errors import NewsgraphError
from graph.records import Document


def extract_dask(documents: Iterable[Document], *, model: str | None, relations: str | None,
                 scheduler: str | None = None, workers: int | None = None,
                 chunk_size: int = CHUNK_SIZE) -> Iterator[list[Stored]]:
    """Yield chunks of (result, text hash) pairs as the cluster's workers finish them."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise NewsgraphError(f"cannot reach the Dask scheduler {scheduler!r} ({exc}); check the address "
                             "or leave out --scheduler to start a local cluster") from None
    try:
        client.run(warm, model, relations)  # every worker loads the model now, in parallel
        slots = 2 * max(1, sum(client.nthreads().values()))
        finished = as_completed()
        running = 0
        for chunk in chunks(documents, chunk_size):
            finished.add(client.submit(extract_chunk, chunk, model, relations, pure=False))
            running += 1
            if running >= slots:
                yield _take(next(finished))
                running -= 1
        for future in finished:
            yield _take(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _take(future) -> list[Stored]:
    """Return a finished future's result and let the cluster forget it."""
    result = future.result()
    future.release()
    return result
