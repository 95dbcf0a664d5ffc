"""JSON export: NetworkX node-link data, complete (lists stay lists, evidence stays records).

The file is what ``networkx.node_link_data(graph)`` gives (``"nodes"`` and
``"edges"``, NetworkX 3.4+ naming), built here so that it is deterministic
(nodes by name, edges by source, target and key, keys sorted) and clean:
every string goes through :func:`~graph.exporters.flatten.clean_text`, so no
control character or lone surrogate reaches the file, and non-finite numbers
become 0; a missing date is "". Read it back with
``networkx.node_link_graph(json.load(f), edges="edges")``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graph.exporters.atomic import atomic_write
from graph.exporters.flatten import as_float, clean_date, clean_text, node_names

#: Date fields of the graph contract: a missing date is written "" (never null).
_DATES = frozenset({"first_seen", "last_seen", "first_date", "last_date", "date"})


def node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Return the node-link dict of ``graph`` with every value made JSON- and text-safe."""
    names = node_names(graph)
    nodes = [{**_clean(graph.nodes[n]), "id": names[n]} for n in sorted(names, key=names.__getitem__)]
    edges = [
        {**_clean(data), "source": names[u], "target": names[v], "key": clean_text(k)}
        for u, v, k, data in sorted(
            graph.edges(keys=True, data=True), key=lambda e: (names[e[0]], names[e[1]], str(e[2]))
        )
    ]
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": _clean(graph.graph),
        "nodes": nodes,
        "edges": edges,
    }


def write_json(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` as node-link JSON to ``path`` (atomically) and return the path."""
    text = json.dumps(node_link(graph), ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    with atomic_write(path) as handle:
        handle.write(text + "\n")
    return Path(path)


def _clean(value: Any) -> Any:
    """Return ``value`` with strings cleaned, records as dicts and containers as lists/dicts."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {clean_text(k): clean_date(v) if k in _DATES else _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_clean(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return as_float(value)
    return clean_text(value)
