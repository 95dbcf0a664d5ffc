"""CSV export: nodes.csv and edges.csv for Gephi's spreadsheet import, pandas and graph databases.

Headers use the column names Gephi's spreadsheet importer recognises
(``Id``, ``Label`` for nodes; ``Source``, ``Target``, ``Type``, ``Id``,
``Label``, ``Weight`` for edges); the other columns are the scalar
attributes of :mod:`graph.exporters.flatten`, lower case, as in the GraphML
file. ``Id`` is the clean entity name and ``Source``/``Target`` refer to it;
``Type`` is ``Undirected`` for symmetric relations (written once) and
``Directed`` otherwise; ``Label`` is the relation. Booleans are
``true``/``false``, unknown dates are empty, lists are ``|``-joined with
``\\`` and ``|`` escaped. Files are UTF-8 without BOM, comma-separated, quoted
when needed, ``\\n`` line ends; text has no line breaks or control characters.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import networkx as nx

from graph.exporters.atomic import atomic_write
from graph.exporters.flatten import FlatEdge, FlatNode, flat_edges, flat_nodes

NODE_COLUMNS = (
    "Id", "Label", "type", "mentions", "degree", "aliases", "docs", "doc_count",
    "first_seen", "last_seen", "size", "color",
)  # fmt: skip
EDGE_COLUMNS = (
    "Source", "Target", "Type", "Id", "Label", "relation", "Weight", "negated", "symmetric",
    "confidence", "evidence", "evidence_doc", "trigger", "evidence_count", "docs", "doc_count",
    "first_date", "last_date", "color",
)  # fmt: skip


def write_csv(graph: nx.MultiDiGraph, directory: str | os.PathLike[str]) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory`` and return their paths."""
    nodes = flat_nodes(graph)
    # Both files are rendered before either is opened, so a bad value fails before any write.
    node_text = _render(NODE_COLUMNS, [_node_row(n) for n in nodes.values()])
    edge_text = _render(EDGE_COLUMNS, [_edge_row(e) for e in flat_edges(graph, nodes)])
    paths = []
    for name, text in (("nodes.csv", node_text), ("edges.csv", edge_text)):
        path = Path(directory) / name
        with atomic_write(path) as handle:
            handle.write(text)
        paths.append(path)
    return paths


def _node_row(node: FlatNode) -> list[Any]:
    return [
        node.name, node.label, node.type, node.mentions, node.degree, node.aliases, node.docs,
        node.doc_count, node.first_seen, node.last_seen, node.size, node.color,
    ]  # fmt: skip


def _edge_row(edge: FlatEdge) -> list[Any]:
    return [
        edge.source.name, edge.target.name, "Undirected" if edge.symmetric else "Directed", edge.id,
        edge.label, edge.relation, edge.weight, edge.negated, edge.symmetric, edge.confidence,
        edge.evidence, edge.evidence_doc, edge.trigger, edge.evidence_count, edge.docs,
        edge.doc_count, edge.first_date, edge.last_date, edge.color,
    ]  # fmt: skip


def _render(header: tuple[str, ...], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)
