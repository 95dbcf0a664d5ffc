"""Flat, file-safe rows of the graph contract, shared by the GraphML, GEXF and CSV writers.

Graph files hold scalars only, so each node and edge of the contract in
:mod:`graph.network` becomes a :class:`FlatNode` / :class:`FlatEdge` whose
fields are ``str``, ``int``, ``float`` or ``bool``; the field list *is* the
attribute list each writer declares, in order.

* Text goes through :func:`clean_text`: characters XML 1.0 forbids (NUL and
  the other C0 controls, lone surrogates, U+FFFE/U+FFFF) and the C1 controls
  are dropped, and line breaks and tabs become one space, so no file format
  (XML, CSV, JSON) can be broken by article text.
* Lists become ``|``-joined text (:func:`join_list`), with ``\\`` written
  as ``\\\\`` and ``|`` as ``\\|`` inside an item, so :func:`split_list`
  gives the items back exactly. Evidence becomes a count plus the best
  sentence (highest confidence, first in document order, cut to
  ``MAX_EVIDENCE`` characters), its document and its trigger.
* Colours and sizes come from :mod:`graph.exporters.colours`. Empty strings
  stay empty here; writers leave them out.

The complete lists stay in relations.jsonl and entities.jsonl.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

import networkx as nx

from graph.exporters.colours import edge_colour, hex_colour, node_colour, node_size
from graph.records import Evidence

SEPARATOR = "|"
ESCAPE = "\\"
#: Longest evidence sentence a graph file carries (a run-on "sentence" from a
#: page without full stops would otherwise bloat every tool's data table).
MAX_EVIDENCE = 2000

#: Line breaks and tabs: kept as a single space.
_SPACES = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
#: Not allowed in XML 1.0 (or C1 controls, allowed but never meant in prose): dropped.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: What a missing date sometimes arrives as, once something has called str() on it.
_NO_DATE = frozenset({"", "none", "null", "nan", "nat"})


def clean_text(value: Any) -> str:
    """Return ``value`` as text that every XML, CSV and JSON reader accepts."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return _ILLEGAL.sub("", _SPACES.sub(" ", text))


def clean_date(value: Any) -> str:
    """Return an ISO date as clean text, or "" when it is missing or a stringified None."""
    text = clean_text(value).strip()
    return "" if text.lower() in _NO_DATE else text


def join_list(items: Iterable[Any]) -> str:
    """Return the items as one ``|``-separated text, escaping ``\\`` and ``|`` in each."""
    return SEPARATOR.join(
        clean_text(item).replace(ESCAPE, ESCAPE * 2).replace(SEPARATOR, ESCAPE + SEPARATOR)
        for item in items or ()
    )


def split_list(text: str) -> list[str]:
    """Return the items of a :func:`join_list` text ("" gives no items)."""
    if not text:
        return []
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == ESCAPE:
            current.append(next(chars, ""))
        elif char == SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def as_int(value: Any, default: int = 0) -> int:
    """Return ``value`` as an int, or ``default`` when it is missing or not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return int(number) if math.isfinite(number) else default


def as_float(value: Any, default: float = 0.0) -> float:
    """Return ``value`` as a finite float, or ``default``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


def best_evidence(evidence: Iterable[Evidence]) -> Evidence | None:
    """Return the most confident evidence, the first in document order on ties."""
    best = None
    for item in evidence or ():
        if best is None or as_float(item.confidence) > as_float(best.confidence):
            best = item
    return best


def node_names(graph: nx.MultiDiGraph) -> dict[Any, str]:
    """Return each node's clean, unique name (a clash gets " (2)", " (3)"...)."""
    names: dict[Any, str] = {}
    taken: set[str] = set()
    for node in sorted(graph.nodes, key=str):
        base = clean_text(node) or "?"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base} ({n})"
        taken.add(name)
        names[node] = name
    return names


def _attr(written: bool = True) -> Any:
    """Return a dataclass field marked as a written attribute (or not: ids and endpoints)."""
    return field(metadata={"attribute": written})


@dataclass(frozen=True)
class FlatNode:
    """One node as scalars: ``id`` is "n0", "n1"... in name order, the rest are attributes."""

    id: str = _attr(written=False)
    name: str = _attr(written=False)
    label: str = _attr()
    type: str = _attr()
    mentions: int = _attr()
    degree: int = _attr()
    aliases: str = _attr()
    docs: str = _attr()
    doc_count: int = _attr()
    first_seen: str = _attr()
    last_seen: str = _attr()
    size: float = _attr()
    r: int = _attr()
    g: int = _attr()
    b: int = _attr()
    color: str = _attr()


@dataclass(frozen=True)
class FlatEdge:
    """One edge as scalars: ``id`` is "e0", "e1"... in (source, target, key) order."""

    id: str = _attr(written=False)
    source: FlatNode = _attr(written=False)
    target: FlatNode = _attr(written=False)
    label: str = _attr()
    relation: str = _attr()
    negated: bool = _attr()
    symmetric: bool = _attr()
    weight: int = _attr()
    confidence: float = _attr()
    evidence: str = _attr()
    evidence_doc: str = _attr()
    trigger: str = _attr()
    evidence_count: int = _attr()
    docs: str = _attr()
    doc_count: int = _attr()
    first_date: str = _attr()
    last_date: str = _attr()
    r: int = _attr()
    g: int = _attr()
    b: int = _attr()
    color: str = _attr()


@lru_cache(maxsize=4)
def attribute_fields(record: type) -> tuple[tuple[str, type], ...]:
    """Return the (name, Python type) of each attribute field of FlatNode or FlatEdge, in order."""
    kinds = {"str": str, "int": int, "float": float, "bool": bool}
    return tuple((f.name, kinds[f.type]) for f in fields(record) if f.metadata["attribute"])


def attributes(record: FlatNode | FlatEdge) -> list[tuple[str, Any]]:
    """Return the (name, value) attribute pairs of a flat node or edge, in field order."""
    return [(name, getattr(record, name)) for name, _ in attribute_fields(type(record))]


def flat_nodes(graph: nx.MultiDiGraph) -> dict[Any, FlatNode]:
    """Return every node of ``graph`` flattened, keyed by the original node, in name order."""
    names = node_names(graph)
    nodes = {}
    for index, node in enumerate(sorted(names, key=names.__getitem__)):
        data = graph.nodes[node]
        colour = node_colour(clean_text(data.get("type")))
        mentions = as_int(data.get("mentions"))
        docs = list(data.get("docs") or ())
        nodes[node] = FlatNode(
            id=f"n{index}",
            name=names[node],
            label=names[node],
            type=clean_text(data.get("type")),
            mentions=mentions,
            degree=graph.degree(node),
            aliases=join_list(data.get("aliases") or ()),
            docs=join_list(docs),
            doc_count=len(docs),
            first_seen=clean_date(data.get("first_seen")),
            last_seen=clean_date(data.get("last_seen")),
            size=node_size(mentions),
            r=colour[0],
            g=colour[1],
            b=colour[2],
            color=hex_colour(colour),
        )
    return nodes


def flat_edges(graph: nx.MultiDiGraph, nodes: dict[Any, FlatNode]) -> Iterator[FlatEdge]:
    """Yield every edge of ``graph`` flattened, in (source name, target name, key) order."""
    ordered = sorted(
        graph.edges(keys=True, data=True), key=lambda e: (nodes[e[0]].name, nodes[e[1]].name, str(e[2]))
    )
    for index, (u, v, key, data) in enumerate(ordered):
        relation = clean_text(data.get("relation") or str(key).split(":")[0])
        negated = bool(data.get("negated", False))
        evidence = list(data.get("evidence") or ())
        best = best_evidence(evidence)
        docs = list(data.get("docs") or ())
        colour = edge_colour(relation, negated)
        yield FlatEdge(
            id=f"e{index}",
            source=nodes[u],
            target=nodes[v],
            label=clean_text(data.get("label") or relation),
            relation=relation,
            negated=negated,
            symmetric=bool(data.get("symmetric", False)),
            weight=as_int(data.get("weight"), default=max(len(evidence), 1)),
            confidence=as_float(data.get("confidence")),
            evidence=_shorten(clean_text(best.sentence)) if best else "",
            evidence_doc=clean_text(best.doc) if best else "",
            trigger=clean_text(best.trigger) if best else "",
            evidence_count=len(evidence),
            docs=join_list(docs),
            doc_count=len(docs),
            first_date=clean_date(data.get("first_date")),
            last_date=clean_date(data.get("last_date")),
            r=colour[0],
            g=colour[1],
            b=colour[2],
            color=hex_colour(colour),
        )
