"""GEXF export (Gephi's own format) through NetworkX, with viz colours and sizes.

NetworkX's GEXF writer rejects lists and ``None`` and passes control
characters into the XML, so it is given a flat copy of the graph: the same
scalar attributes as the GraphML file (:mod:`graph.exporters.flatten`), a
``viz`` colour and size per node and a ``viz`` colour and thickness per edge.
Node ids are the clean entity names; edge ids are ``e0, e1...`` and the
relation key is kept as ``networkx_key`` so NetworkX reads the same keys back.
Symmetric edges are written once as directed edges marked ``symmetric``:
NetworkX refuses an ``undirected`` edge inside a directed GEXF graph.

The writer's ``lastmodifieddate`` (today) is removed so that the same graph
always gives the same bytes; the graph title goes in ``<meta><description>``.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree.ElementTree import SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from graph.exporters.atomic import atomic_write
from graph.exporters.flatten import attributes, clean_text, flat_edges, flat_nodes
from graph.network import edge_key

_NODE_VIZ_ONLY = frozenset({"r", "g", "b", "color", "size"})
_EDGE_VIZ_ONLY = frozenset({"r", "g", "b", "color"})


def flat_gexf_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of ``graph`` with only the scalar attributes and viz data GEXF can hold."""
    flat = nx.MultiDiGraph()
    nodes = flat_nodes(graph)
    for node in nodes.values():
        data = {k: v for k, v in attributes(node) if k not in _NODE_VIZ_ONLY and v != ""}
        data["viz"] = {"color": {"r": node.r, "g": node.g, "b": node.b, "a": 1.0}, "size": node.size}
        flat.add_node(node.name, **data)
    for edge in flat_edges(graph, nodes):
        data = {k: v for k, v in attributes(edge) if k not in _EDGE_VIZ_ONLY and v != ""}
        data["id"] = edge.id
        data["viz"] = {"color": {"r": edge.r, "g": edge.g, "b": edge.b, "a": 1.0}, "thickness": float(edge.weight)}
        flat.add_edge(edge.source.name, edge.target.name, key=edge_key(edge.relation, edge.negated), **data)
    return flat


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` as GEXF 1.2 to ``path`` (atomically) and return the path."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    meta.attrib.pop("lastmodifieddate", None)
    SubElement(meta, "description").text = clean_text(graph.graph.get("title", ""))
    writer.add_graph(flat_gexf_graph(graph))
    with atomic_write(path, "wb", encoding=None) as handle:
        writer.write(handle)
    return Path(path)
