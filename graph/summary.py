"""Summaries of a built graph: find an entity, list its relations, count what the graph holds.

These read the graph contract of :mod:`graph.network` only, so they work the same
on a graph just built, one read back from GraphML and one rebuilt from
relations.jsonl. ``newsgraph show`` and ``newsgraph stats`` print them.
"""

from __future__ import annotations

import difflib
import json
import os
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from graph.errors import EntityNotFound, GraphFileError
from graph.records import RELATION_TYPES, Entity, Evidence


class RelationRow(NamedTuple):
    """One edge of the graph: who, what, whom, how often and the sentences that say so."""

    source: str
    relation: str
    target: str
    negated: bool
    symmetric: bool
    weight: int
    confidence: float
    docs: tuple[str, ...]
    evidence: tuple[Evidence, ...]


class Stats(NamedTuple):
    """What a graph holds: documents, entities by type, relations by type, best-connected entities."""

    documents: int
    entities: int
    entity_types: dict[str, int]
    edges: int
    relation_edges: dict[str, int]  # positive edges per relation type
    relation_mentions: dict[str, int]  # positive mentions (edge weights) per relation type
    negated_edges: int
    top_entities: list[tuple[str, str, int]]  # (name, type, number of relations)


def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Return the graph of a graph.graphml, or of a relations.jsonl (with entities.jsonl beside it, if any)."""
    from graph.network import build_graph
    from graph.readback import read_graph, read_mentions

    file = Path(path)
    if file.suffix.lower() != ".jsonl":
        return read_graph(file)
    if not file.is_file():
        raise GraphFileError(f"{file}: no such file; give the relations.jsonl or graph.graphml a build wrote")
    mentions = read_mentions(file)
    entities = _read_entities(file.with_name("entities.jsonl"))
    docs = {m.doc for m in mentions} | {d for e in entities for d in e.docs}
    return build_graph(entities, mentions, documents=len(docs))


def _read_entities(path: Path) -> list[Entity]:
    """Return the entities of an entities.jsonl file, or none when there is no such file."""
    if not path.is_file():
        return []
    fields = set(Entity.__dataclass_fields__)
    try:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        return [Entity(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in fields})
                for row in rows]
    except (OSError, ValueError, TypeError) as exc:
        raise GraphFileError(f"{path}: cannot read entities ({exc})") from None


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """Return the node whose label or alias is ``name`` (any case), else the one whose name contains it.

    Raises EntityNotFound, naming the closest entities, when none or several match.
    """
    wanted = name.strip().casefold()
    forms = {node: [str(data.get("label", node)), *data.get("aliases", [])] for node, data in graph.nodes(data=True)}
    exact = [node for node, names in forms.items() if any(n.casefold() == wanted for n in names)]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [node for node, names in forms.items() if any(wanted in n.casefold() for n in names)]
    if len(partial) == 1:
        return partial[0]
    labels = {str(graph.nodes[n].get("label", n)): n for n in graph}
    if partial:
        several = ", ".join(sorted(str(graph.nodes[n].get("label", n)) for n in partial)[:10])
        raise EntityNotFound(f"{name!r} matches several entities: {several}; give the full name")
    close = difflib.get_close_matches(name, list(labels), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `newsgraph stats` lists the main ones"
    raise EntityNotFound(f"no entity named {name!r} in the graph{hint}")


def relation_rows(graph: nx.MultiDiGraph, node: str | None = None, relation: str | None = None,
                  negated: bool | None = False) -> list[RelationRow]:
    """Return the edges (of ``node``, of type ``relation``; positive only unless ``negated`` is None/True)."""
    if node is None:
        edges = graph.edges(keys=True, data=True)
    else:
        edges = [*graph.out_edges(node, keys=True, data=True),
                 *(e for e in graph.in_edges(node, keys=True, data=True) if e[0] != e[1])]
    rows = []
    for source, target, _key, data in edges:
        if relation is not None and data.get("relation") != relation:
            continue
        if negated is not None and bool(data.get("negated")) != negated:
            continue
        rows.append(RelationRow(
            source=str(graph.nodes[source].get("label", source)), relation=str(data.get("relation", "")),
            target=str(graph.nodes[target].get("label", target)), negated=bool(data.get("negated")),
            symmetric=bool(data.get("symmetric")), weight=int(data.get("weight", 1)),
            confidence=float(data.get("confidence", 1.0)), docs=tuple(data.get("docs", [])),
            evidence=tuple(data.get("evidence", [])),
        ))
    order = {r: i for i, r in enumerate(RELATION_TYPES)}
    return sorted(rows, key=lambda r: (r.negated, order.get(r.relation, len(order)), -r.weight, r.source, r.target))


def graph_stats(graph: nx.MultiDiGraph, top: int = 10) -> Stats:
    """Return the Stats of a graph: counts by entity and relation type and the ``top`` entities by degree."""
    types = Counter(str(d.get("type", "")) or "?" for _, d in graph.nodes(data=True))
    edges = Counter()
    mentions = Counter()
    degree = Counter({n: 0 for n in graph})
    negated = 0
    for source, target, data in graph.edges(data=True):
        if data.get("negated"):
            negated += 1
            continue
        edges[data["relation"]] += 1
        mentions[data["relation"]] += int(data.get("weight", 1))
        degree[source] += 1
        degree[target] += 1
    ranked = sorted(graph, key=lambda n: (-degree[n], -int(graph.nodes[n].get("mentions", 0)), str(n)))
    return Stats(
        documents=int(graph.graph.get("documents", 0)),
        entities=graph.number_of_nodes(),
        entity_types=dict(types.most_common()),
        edges=graph.number_of_edges(),
        relation_edges={r: edges[r] for r in RELATION_TYPES if edges[r]},
        relation_mentions={r: mentions[r] for r in RELATION_TYPES if mentions[r]},
        negated_edges=negated,
        top_entities=[(str(graph.nodes[n].get("label", n)), str(graph.nodes[n].get("type", "")), degree[n])
                      for n in ranked[:top]],
    )


def format_stats(stats: Stats) -> str:
    """Return the Stats as the text `newsgraph stats` prints."""
    lines = [f"documents: {stats.documents}", f"entities:  {stats.entities}"]
    lines += [f"  {kind:<11} {count}" for kind, count in stats.entity_types.items()]
    positive = sum(stats.relation_edges.values())
    lines.append(f"relations: {positive} edges, {sum(stats.relation_mentions.values())} mentions"
                 + (f" ({_count(stats.negated_edges, 'negated edge')} kept apart)" if stats.negated_edges else ""))
    lines += [f"  {r:<11} {_count(n, 'edge')}, {_count(stats.relation_mentions[r], 'mention')}"
              for r, n in stats.relation_edges.items()]
    if stats.top_entities:
        lines.append("top entities by number of relations:")
        lines += [f"  {count:>4}  {name} ({kind})" for name, kind, count in stats.top_entities]
    return "\n".join(lines)


def format_relations(graph: nx.MultiDiGraph, node: str, max_evidence: int = 3) -> str:
    """Return an entity's relations, each with up to ``max_evidence`` evidence sentences, as text."""
    data = graph.nodes[node]
    aliases = [a for a in data.get("aliases", []) if a != data.get("label", node)]
    lines = [f"{data.get('label', node)} ({data.get('type', '') or '?'})"
             + (f", also {', '.join(aliases)}" if aliases else "")
             + f": {_count(data.get('mentions', 0), 'mention')} in {_count(len(data.get('docs', [])), 'document')}"]
    rows = relation_rows(graph, node, negated=None)
    if not rows:
        lines.append("  no relations")
    for row in rows:
        arrow = "<-{}->" if row.symmetric else "-{}->"
        verb = ("NOT " if row.negated else "") + row.relation
        lines.append(f"  {row.source} {arrow.format(verb)} {row.target}  "
                     f"[{_count(row.weight, 'mention')}, confidence {row.confidence:.2f}]")
        for item in row.evidence[:max_evidence]:
            lines.append(f"      {item.doc}: \"{' '.join(item.sentence.split())}\"")
        if len(row.evidence) > max_evidence:
            lines.append(f"      ... {len(row.evidence) - max_evidence} more")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    """Return "1 edge", "2 edges"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
