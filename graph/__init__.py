"""Newsgraph: turn news articles into a knowledge graph of who did what to whom.

The package is organised by pipeline stage; nothing heavy happens at import.
The Python API is available from the package itself, loaded on first use:

    build_graph(texts_or_paths)       -> networkx.MultiDiGraph of entities and relations
    write(graph, out_dir, formats)    -> the files written (html, graphml, jsonl, gexf, json, csv)
    evaluate(gold_path, graph)        -> Score (precision, recall, F1 per relation type)
    format_score(score)               -> the Score as the table `newsgraph evaluate` prints
    show(graph)                       -> the interactive graph inline in Jupyter
    relations_table(graph)            -> one row per edge (list of dicts, or a DataFrame)
    entities(graph), mentions(graph)  -> the records entities.jsonl / relations.jsonl hold
    load_graph(path)                  -> the graph of a graph.graphml or relations.jsonl
    find_entity(graph, name)          -> the node answering to a name or alias
    graph_stats(graph)                -> Stats: counts by type and the best-connected entities
    format_relations(graph, node)     -> an entity's relations with evidence, as text

See help(graph.api) and help(graph.summary) for the details.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> the module that defines it (imported on first access, so `import graph` loads no model).
_API = {
    "build_graph": "graph.api",
    "write": "graph.api",
    "evaluate": "graph.api",
    "show": "graph.api",
    "relations_table": "graph.api",
    "entities": "graph.api",
    "mentions": "graph.api",
    "load_graph": "graph.summary",
    "find_entity": "graph.summary",
    "graph_stats": "graph.summary",
    "format_relations": "graph.summary",
    "format_score": "graph.evaluation",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    """Return an API function, importing its module on first use."""
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    """Return the module's names, the lazily loaded API included."""
    return sorted([*globals(), *_API])
