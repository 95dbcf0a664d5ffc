"""GraphML export and read-back: a file Gephi, Cytoscape, igraph and NetworkX open as it is.

We write the XML ourselves rather than through ``networkx.write_graphml``:
without lxml that writer passes control characters through (the file then
fails to parse), with lxml it raises halfway, and its ``d0, d1...`` key ids
collide with ids Gephi reads as special (``d3`` = node label, ``d7`` = edge
label). Here:

* every ``<key>`` has a distinct id naming its owner and attribute
  (``n_label``, ``e_weight``), ``for="node"`` or ``for="edge"`` (never
  ``graph``, which Gephi rejects), and an ``attr.type`` of string, int,
  double or boolean; attributes are the fields of
  :class:`~graph.exporters.flatten.FlatNode` and ``FlatEdge``;
* a ``<data>`` element is left out when its text would be empty, so no
  number is ever empty and no string attribute is ``None``;
* node ids are ``n0, n1...`` (GraphML ids are XML name tokens and entity
  names have spaces); the name is the ``label``;
* the graph is directed; each relation between a pair is its own ``<edge>``
  with its own id, so parallel edges of different relations stay distinct;
  a symmetric edge is written once, marked ``symmetric=true`` (not
  ``directed="false"``: NetworkX refuses that in a directed graph);
* the title, document count and command go in the graph's ``<desc>`` as
  ``name: value`` lines, since a graph-level key would make Gephi refuse
  the file (readers that do not know ``<desc>`` skip it).

Gephi's importer maps ``label``, ``size``, ``r``/``g``/``b`` (integers) and
``color`` (``#RRGGBB``) on nodes, and ``label``, ``weight``, ``r``/``g``/``b``
and ``color`` on edges, by key id or ``attr.name``.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import networkx as nx

from graph.errors import GraphFileError
from graph.exporters.atomic import atomic_write
from graph.exporters.flatten import (
    FlatEdge,
    FlatNode,
    attribute_fields,
    as_float,
    as_int,
    clean_text,
    flat_edges,
    flat_nodes,
    split_list,
)
from graph.network import edge_key
from graph.records import Evidence

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA_LOCATION = f"{NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_TYPES = {str: "string", int: "int", float: "double", bool: "boolean"}
#: Graph attributes kept in the graph's <desc>, with their types.
_GRAPH_FIELDS = {"title": str, "documents": int, "command": str}
_DESC_LINE = re.compile(r"^(\w+): ?(.*)$")


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` as GraphML to ``path`` (atomically) and return the path."""
    with atomic_write(path) as handle:
        _write(graph, handle)
    return Path(path)


def _write(graph: nx.MultiDiGraph, out: IO[str]) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<graphml xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n')
    out.write(f'         xsi:schemaLocation="{SCHEMA_LOCATION}">\n')
    for owner, record in (("node", FlatNode), ("edge", FlatEdge)):
        for name, kind in attribute_fields(record):
            out.write(
                f'  <key id="{owner[0]}_{name}" for="{owner}" attr.name="{name}" attr.type="{_TYPES[kind]}"/>\n'
            )
    out.write(f'  <graph id="G" edgedefault="directed">\n    <desc>{_escape(_description(graph))}</desc>\n')
    nodes = flat_nodes(graph)
    for node in nodes.values():
        out.write(f'    <node id="{node.id}">\n{_data("n", node)}    </node>\n')
    for edge in flat_edges(graph, nodes):
        out.write(
            f'    <edge id="{edge.id}" source="{edge.source.id}" target="{edge.target.id}">\n'
            f'{_data("e", edge)}    </edge>\n'
        )
    out.write("  </graph>\n</graphml>\n")


def _description(graph: nx.MultiDiGraph) -> str:
    """Return the graph attributes as the ``<desc>`` text, one ``name: value`` a line."""
    lines = ["Newsgraph"] + [f"{name}: {clean_text(graph.graph.get(name, ''))}" for name in _GRAPH_FIELDS]
    return "\n".join(lines)


def _data(prefix: str, record: FlatNode | FlatEdge) -> str:
    lines = []
    for name, opening in _openings(prefix, type(record)):
        value = getattr(record, name)
        if isinstance(value, str):
            if value:
                lines.append(f"{opening}{_escape(value)}</data>\n")
        else:
            text = _format(value)  # numbers and booleans: nothing to escape
            if text:
                lines.append(f"{opening}{text}</data>\n")
    return "".join(lines)


@lru_cache(maxsize=4)
def _openings(prefix: str, record: type) -> tuple[tuple[str, str], ...]:
    """Return (field, '<data key=...>') for each attribute field, built once per record type."""
    return tuple((name, f'      <data key="{prefix}_{name}">') for name, _ in attribute_fields(record))


def _format(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Return the graph stored in a GraphML file, shaped like :func:`graph.network.build_graph`'s.

    Nodes are named by their ``label``; ``|``-joined lists are split back; an
    edge's evidence is the one best sentence the file keeps. Attributes only
    needed for display (size, colours, degree, counts) are dropped.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise GraphFileError(f"{path}: cannot read GraphML ({err}); give a graph.graphml Newsgraph wrote.") from err
    element = root.find("{*}graph")  # {*}: with or without the GraphML namespace
    if element is None:
        raise GraphFileError(f"{path}: no <graph> element; is this a GraphML file?")
    keys = {
        key.get("id"): (key.get("attr.name") or key.get("id"), key.get("attr.type", "string"))
        for key in root.iterfind(".//{*}key")
    }
    result = nx.MultiDiGraph(**_graph_attributes(element.find("{*}desc")))
    names: dict[str, str] = {}
    for node in element.iterfind(".//{*}node"):
        data = _decode(path, node, keys)
        node_id = node.get("id", "")
        name = data.get("label") or node_id
        if name in result:
            name = f"{name} ({node_id})"
        names[node_id] = name
        result.add_node(
            name,
            label=name,
            type=data.get("type", ""),
            aliases=split_list(data.get("aliases", "")),
            mentions=as_int(data.get("mentions")),
            docs=split_list(data.get("docs", "")),
            first_seen=data.get("first_seen", ""),
            last_seen=data.get("last_seen", ""),
        )
    for edge in element.iterfind(".//{*}edge"):
        _add_edge(path, result, names, edge, _decode(path, edge, keys))
    return result


def _add_edge(path: Any, graph: nx.MultiDiGraph, names: dict[str, str], edge: ET.Element, data: dict) -> None:
    try:
        source, target = names[edge.get("source")], names[edge.get("target")]
    except KeyError as err:
        raise GraphFileError(f"{path}: edge {edge.get('id')} names an unknown node {err}.") from None
    relation = data.get("relation") or data.get("label") or "related"
    negated = bool(data.get("negated", False))
    confidence = as_float(data.get("confidence"), default=1.0)
    evidence = []
    if data.get("evidence"):
        evidence.append(
            Evidence(
                doc=data.get("evidence_doc", ""),
                sentence=data["evidence"],
                start=0,
                end=0,
                trigger=data.get("trigger", ""),
                confidence=confidence,
            )
        )
    graph.add_edge(
        source,
        target,
        key=edge_key(relation, negated),
        relation=relation,
        label=data.get("label", relation),
        negated=negated,
        symmetric=bool(data.get("symmetric", False)),
        weight=as_int(data.get("weight"), default=1),
        confidence=confidence,
        docs=split_list(data.get("docs", "")),
        first_date=data.get("first_date", ""),
        last_date=data.get("last_date", ""),
        evidence=evidence,
    )


def _decode(path: Any, element: ET.Element, keys: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """Return the typed ``<data>`` values of a node or edge, by attribute name."""
    values: dict[str, Any] = {}
    for data in element.findall("{*}data"):
        name, kind = keys.get(data.get("key"), (data.get("key"), "string"))
        text = data.text or ""
        try:
            if kind == "boolean":
                values[name] = text.strip().lower() in ("true", "1")
            elif kind in ("int", "long"):
                values[name] = int(text.strip())
            elif kind in ("float", "double"):
                values[name] = float(text.strip())
            else:
                values[name] = text
        except ValueError:
            raise GraphFileError(
                f"{path}: {element.get('id')} has {name}={text!r}, not a valid {kind}; fix or remove that <data>."
            ) from None
    return values


def _graph_attributes(desc: ET.Element | None) -> dict[str, Any]:
    """Return the title, documents and command kept in the graph's ``<desc>`` (defaults if absent)."""
    found: dict[str, Any] = {"documents": 0, "title": "Newsgraph", "command": ""}
    for line in (desc.text or "").splitlines() if desc is not None else ():
        match = _DESC_LINE.match(line)
        if match and match.group(1) in _GRAPH_FIELDS:
            value = match.group(2)
            found[match.group(1)] = as_int(value) if _GRAPH_FIELDS[match.group(1)] is int else value
    return found
