"""HTML export: one self-contained, offline page to explore the graph and the evidence of each edge.

We fill our own template (``graph/templates/graph.{html,css,js}``) instead of
post-processing pyvis's output: pyvis's page loads bootstrap from a CDN, sets
tooltips with innerHTML (a ``title`` containing ``href`` runs script) and does
not escape its select menu, so nearly every part of it would need rewriting.
From pyvis we take the vis-network 9.1.2 build it ships, inlined into the page.

Safety: every text from the input (names, aliases, sentences, document names,
title, command) is cleaned with :func:`~graph.exporters.flatten.clean_text`
and embedded once, as JSON inside ``<script type="application/json">`` with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped; the page script puts it in the
document only with ``textContent``. A Content-Security-Policy allows exactly
our two scripts and our style sheet (by hash) and no request of any kind, so
even a mistake there could neither run injected script nor reach the network.

Large graphs: above ``max_nodes`` entities the page keeps the most connected
ones (by number of relations, then mentions, then name) and says how many it
left out. Physics runs a bounded number of steps, then stops (the page has a
toggle to resume it). ``DEFAULT_MAX_NODES`` and the step counts come from
``benchmarks/html_settle.py``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import os
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import NewsgraphError
from graph.exporters.atomic import atomic_write
from graph.exporters.colours import NEGATED_COLOUR, TYPE_COLOURS, edge_colour, hex_colour, node_colour, node_size
from graph.exporters.flatten import MAX_EVIDENCE, as_float, as_int, clean_date, clean_text, node_names
from graph.records import RELATION_TYPES

#: Most entities drawn by default. benchmarks/html_settle.py, headless Chromium 156 without GPU on
#: 2 cores: 100 / 1,000 / 2,000 / 5,000 entities settle in 0.7 / 2.0 / 2.1 / 5.5 s, and each later
#: frame (pan, zoom, drag) takes 6 / 15 / 30 / 100 ms. Past 1,000 frames drop under 60 per second
#: and the step budget per entity gets thin, so the page keeps the 1,000 most connected.
DEFAULT_MAX_NODES = 1000
#: Evidence sentences per edge carried into the page (the count says how many there are).
MAX_EVIDENCE_PER_EDGE = 20
#: Document names per entity carried into the page.
MAX_DOCS_PER_NODE = 20
#: Longest node label drawn on the canvas (the panel shows the whole name).
MAX_LABEL = 40

#: vis-network node shape by entity type; other types are diamonds.
TYPE_SHAPES = {
    "PERSON": "dot",
    "ORG": "square",
    "GPE": "triangle",
    "NORP": "hexagon",
    "LOC": "triangleDown",
    "FAC": "diamond",
    "EVENT": "star",
    "PRODUCT": "diamond",
    "WORK_OF_ART": "star",
    "LAW": "hexagon",
}
_OTHER_SHAPE = "diamond"

#: The vis-network build shipped inside the pyvis package.
_VIS_NETWORK = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S*\s*$")
_MARKER = re.compile(r"@@([A-Z]+)@@")
#: Characters that must not appear raw inside a <script> block or a JS string.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, max_nodes: int = DEFAULT_MAX_NODES,
               title: str | None = None, command: str | None = None) -> Path:
    """Return the path of the interactive page of ``graph`` written to ``path`` (atomically)."""
    page = render_html(graph, max_nodes=max_nodes, title=title, command=command)
    target = Path(path)
    with atomic_write(target) as handle:
        handle.write(page)
    return target


def render_html(graph: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, title: str | None = None,
                command: str | None = None) -> str:
    """Return the page of ``graph`` as text (the same graph always gives the same text)."""
    data = page_data(graph, max_nodes=max_nodes, title=title, command=command)
    style, vis_js, app_js = _asset("graph.css"), _vis_network(), _asset("graph.js")
    parts = {
        "CSP": _content_security_policy(scripts=(vis_js, app_js), styles=(style,)),
        "TITLE": html.escape(data["title"]),
        "STYLE": style,
        "DATA": json_for_script(data),
        "VIS": vis_js,
        "APP": app_js,
    }
    # One pass, so a marker inside the data is never expanded.
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("graph.html"))


def json_for_script(value: Any) -> str:
    """Return ``value`` as JSON that can sit inside a <script> block and never end or break it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def page_data(graph: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, title: str | None = None,
              command: str | None = None) -> dict[str, Any]:
    """Return what the page shows: kept nodes and their edges, legend, counts, title and command."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    names = node_names(graph)
    kept = sorted(most_connected(graph, max_nodes, names), key=names.__getitem__)
    ids = {node: index for index, node in enumerate(kept)}
    edges = sorted(((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in ids and v in ids),
                   key=lambda e: (names[e[0]], names[e[1]], str(e[2])))
    edge_rows = _edge_rows(edges, ids)
    degree = Counter()
    for row in edge_rows:
        if not row["negated"]:
            degree[row["from"]] += 1
            degree[row["to"]] += 1
    node_rows = [_node_row(graph.nodes[node], ids[node], names[node], degree[ids[node]]) for node in kept]
    positive = sum(1 for *_, d in graph.edges(keys=True, data=True) if not d.get("negated", False))
    drawn = sum(1 for row in edge_rows if not row["negated"])
    return {
        "title": clean_text(title if title is not None else graph.graph.get("title")).strip() or "Newsgraph",
        "command": clean_text(command if command is not None else graph.graph.get("command")),
        "counts": {
            "nodes": graph.number_of_nodes(),
            "edges": positive,
            "negated": graph.number_of_edges() - positive,
            "documents": as_int(graph.graph.get("documents")),
        },
        "left_out": {"nodes": graph.number_of_nodes() - len(kept), "edges": positive - drawn},
        "layout": layout_settings(len(kept)),
        "negated_color": hex_colour(NEGATED_COLOUR),
        "types": _legend_types(node_rows),
        "relations": _legend_relations(edge_rows),
        "nodes": node_rows,
        "edges": edge_rows,
    }


def most_connected(graph: nx.MultiDiGraph, max_nodes: int, names: dict[Any, str]) -> list[Any]:
    """Return at most ``max_nodes`` nodes: most relations first, then most mentions, then by name."""
    if graph.number_of_nodes() <= max_nodes:
        return list(graph.nodes)
    relations = Counter()
    for u, v, data in graph.edges(data=True):
        if not data.get("negated", False):
            relations[u] += 1
            relations[v] += 1
    ranked = sorted(graph.nodes, key=lambda n: (-relations[n], -as_int(graph.nodes[n].get("mentions")), names[n]))
    return ranked[:max_nodes]


def layout_settings(nodes: int) -> dict[str, Any]:
    """Return the physics of a page of ``nodes`` entities: solver, step budget, Kamada-Kawai seeding.

    ForceAtlas2 with a coarse Barnes-Hut (theta 1) separated stories better and
    ran 2-3 times faster than vis's default solver (benchmarks/html_settle.py).
    The step budget shrinks as the graph grows, so settling stays within a
    few seconds; vis stops earlier when nothing moves any more.
    """
    return {
        "iterations": max(100, min(1000, round(300_000 / max(nodes, 1)))),
        "improved": nodes <= 100,
        "big": 500,
        "physics": {
            "solver": "forceAtlas2Based",
            "minVelocity": 1,
            "forceAtlas2Based": {"theta": 1.0, "gravitationalConstant": -60, "centralGravity": 0.01,
                                 "springLength": 100, "springConstant": 0.08, "damping": 0.4,
                                 "avoidOverlap": 0},
        },
    }


def _node_row(data: dict, index: int, name: str, degree: int) -> dict[str, Any]:
    mentions = as_int(data.get("mentions"))
    docs = [clean_text(doc) for doc in data.get("docs") or ()]
    return {
        "id": index,
        "name": name,
        "label": name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…",
        "type": clean_text(data.get("type")),
        "aliases": [clean_text(alias) for alias in data.get("aliases") or ()],
        "mentions": mentions,
        "degree": degree,
        "size": node_size(mentions + degree),
        "docs": docs[:MAX_DOCS_PER_NODE],
        "doc_count": len(docs),
        "first_seen": clean_date(data.get("first_seen")),
        "last_seen": clean_date(data.get("last_seen")),
    }


def _edge_rows(edges: list[tuple[Any, Any, Any, dict]], ids: dict[Any, int]) -> list[dict[str, Any]]:
    rows, parallel = [], Counter()
    for index, (u, v, key, data) in enumerate(edges):
        source, target = ids[u], ids[v]
        relation = clean_text(data.get("relation") or str(key).split(":")[0])
        evidence = list(data.get("evidence") or ())
        weight = as_int(data.get("weight"), default=max(len(evidence), 1))
        pair = (min(source, target), max(source, target))
        rows.append({
            "id": index,
            "from": source,
            "to": target,
            "relation": relation,
            "negated": bool(data.get("negated", False)),
            "symmetric": bool(data.get("symmetric", False)),
            "weight": weight,
            "width": round(min(1 + 2 * math.log2(max(weight, 1)), 12), 2),
            "confidence": round(as_float(data.get("confidence")), 3),
            "first_date": clean_date(data.get("first_date")),
            "last_date": clean_date(data.get("last_date")),
            "curve": _curve(parallel[pair], reversed_=source > target),
            "evidence": [_evidence_row(item) for item in evidence[:MAX_EVIDENCE_PER_EDGE]],
            "evidence_count": len(evidence),
        })
        parallel[pair] += 1
    return rows


def _curve(rank: int, reversed_: bool) -> float:
    """Return the bend of the ``rank``-th edge between a pair: 0 (straight), then ±0.2, ±0.4...

    Positive bends clockwise as seen from the pair's smaller id, so an edge
    running the other way gets the opposite sign and lands on its own curve.
    """
    if rank == 0:
        return 0.0
    bend = 0.2 * ((rank + 1) // 2) * (1 if rank % 2 else -1)
    return round(-bend if reversed_ else bend, 2)


def _evidence_row(item: Any) -> dict[str, str]:
    text = clean_text(item.sentence).strip()
    return {
        "doc": clean_text(item.doc),
        "date": clean_date(item.date),
        "text": text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…",
        "trigger": clean_text(item.trigger),
    }


def _legend_types(node_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(row["type"] for row in node_rows)
    order = {name: i for i, name in enumerate(TYPE_COLOURS)}
    legend = []
    for name in sorted(counts, key=lambda t: (order.get(t, len(order)), t)):
        colour = node_colour(name)
        legend.append({
            "name": name,
            "count": counts[name],
            "shape": TYPE_SHAPES.get(name, _OTHER_SHAPE),
            "color": hex_colour(colour),
            "border": hex_colour(tuple(int(c * 0.7) for c in colour)),
        })
    return legend


def _legend_relations(edge_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(row["relation"] for row in edge_rows if not row["negated"])
    directed = {row["relation"] for row in edge_rows if not row["symmetric"]}
    names = {row["relation"] for row in edge_rows}
    order = {name: i for i, name in enumerate(RELATION_TYPES)}
    return [
        {"name": name, "count": counts[name], "symmetric": name not in directed,
         "color": hex_colour(edge_colour(name, False))}
        for name in sorted(names, key=lambda r: (order.get(r, len(order)), r))
    ]


def _content_security_policy(scripts: tuple[str, ...], styles: tuple[str, ...]) -> str:
    """Return a policy that allows only the given inline scripts and styles, and no request."""
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    return (f"default-src 'none'; script-src {' '.join(map(digest, scripts))}; "
            f"style-src {' '.join(map(digest, styles))}; base-uri 'none'; form-action 'none'")


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """Return a template file, checked to hold nothing that could end its <script>/<style> block early."""
    text = (_TEMPLATES / name).read_text(encoding="utf-8")
    if not name.endswith(".html") and re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise NewsgraphError(f"{_TEMPLATES / name} contains '</script', '</style' or '<!--'; "
                             "inlined, that would break the page. Escape it (e.g. '<\\/').")
    return text


@lru_cache(maxsize=None)
def _vis_network() -> str:
    """Return the vis-network library shipped with pyvis, without its source-map comment."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    path = Path(folders[0]).joinpath(*_VIS_NETWORK) if folders else None
    if path is None or not path.is_file():
        raise NewsgraphError("graph.html needs the vis-network 9.1.2 build shipped with pyvis 0.3.2, "
                             f"and it was not found{f' at {path}' if path else ''}; "
                             "reinstall it with: pip install 'pyvis==0.3.2'")
    text = _SOURCE_MAP.sub("\n", path.read_text(encoding="utf-8"))
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise NewsgraphError(f"{path} contains '</script' or '<!--' and cannot be inlined; "
                             "reinstall it with: pip install --force-reinstall 'pyvis==0.3.2'")
    return text
