"""Graph assembly: resolved entities and relation mentions -> a NetworkX MultiDiGraph.

The graph is the contract every exporter reads:

* node id = the entity's canonical name; attributes ``label`` (str), ``type``
  (str), ``aliases`` (list[str]), ``mentions`` (int), ``docs`` (list[str]),
  ``first_seen`` / ``last_seen`` (ISO date str, "" when unknown).
* edge key = the relation (``"endorsed"``) or, for negated mentions,
  ``"endorsed:negated"``; attributes ``relation``, ``label`` (= relation),
  ``negated`` (bool), ``symmetric`` (bool), ``weight`` (int, number of
  mentions), ``confidence`` (float, best mention), ``docs`` (list[str]),
  ``first_date`` / ``last_date`` (str, "" when unknown), ``evidence``
  (list[Evidence], in document order).
* symmetric edges (``met``, ``family``, and texted/called without a direction)
  are stored once, from the smaller node id to the larger.
* graph attributes: ``documents`` (int), ``title`` (str), ``command`` (str).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.records import Entity, Evidence, RelationMention


def edge_key(relation: str, negated: bool) -> str:
    """Return the MultiDiGraph key used for a relation and its polarity."""
    return f"{relation}:negated" if negated else relation


def build_graph(
    entities: Iterable[Entity],
    mentions: Iterable[RelationMention],
    documents: int = 0,
    title: str = "Newsgraph",
    command: str = "",
) -> nx.MultiDiGraph:
    """Return the knowledge graph of the given entities and relation mentions."""
    graph = nx.MultiDiGraph(documents=documents, title=title, command=command)
    for entity in sorted(entities, key=lambda e: e.name):
        graph.add_node(
            entity.name,
            label=entity.name,
            type=entity.type,
            aliases=list(entity.aliases),
            mentions=entity.mentions,
            docs=list(entity.docs),
            first_seen=entity.first_seen,
            last_seen=entity.last_seen,
        )
    ordered = sorted(mentions, key=lambda m: (m.doc, m.start, m.relation, m.source, m.target))
    for mention in ordered:
        _add_mention(graph, mention)
    return graph


def _add_mention(graph: nx.MultiDiGraph, mention: RelationMention) -> None:
    """Merge one mention into the edge it states (creating nodes it names)."""
    source, target = mention.source, mention.target
    if source == target:
        return
    for name, kind in ((source, mention.source_type), (target, mention.target_type)):
        if name not in graph:
            graph.add_node(name, label=name, type=kind, aliases=[], mentions=0, docs=[],
                           first_seen="", last_seen="")
    key = edge_key(mention.relation, mention.negated)
    source, target = _direction(graph, source, target, key, mention.symmetric)
    evidence = Evidence(
        doc=mention.doc,
        sentence=mention.sentence,
        start=mention.start,
        end=mention.end,
        trigger=mention.trigger,
        rule=mention.rule,
        confidence=mention.confidence,
        date=mention.date,
    )
    if graph.has_edge(source, target, key):
        data = graph.edges[source, target, key]
        if evidence not in data["evidence"]:
            data["evidence"].append(evidence)
            data["weight"] += 1
        data["confidence"] = max(data["confidence"], mention.confidence)
        if mention.doc not in data["docs"]:
            data["docs"].append(mention.doc)
        if mention.date:
            data["first_date"] = min(filter(None, (data["first_date"], mention.date)))
            data["last_date"] = max(data["last_date"], mention.date)
        return
    graph.add_edge(
        source,
        target,
        key=key,
        relation=mention.relation,
        label=mention.relation,
        negated=mention.negated,
        symmetric=mention.symmetric,
        weight=1,
        confidence=mention.confidence,
        docs=[mention.doc],
        first_date=mention.date,
        last_date=mention.date,
        evidence=[evidence],
    )


def _direction(graph: nx.MultiDiGraph, source: str, target: str, key: str, symmetric: bool) -> tuple[str, str]:
    """Return the (source, target) a mention's edge is stored under.

    One edge per pair and relation: a mention that leaves the direction open ("in text
    contact with") joins a directed edge of the same relation ("X texts Y") when there is
    one, and a directed mention turns an open edge into a directed one.
    """
    if symmetric:
        for u, v in ((source, target), (target, source)):
            if graph.has_edge(u, v, key) and not graph.edges[u, v, key]["symmetric"]:
                return u, v
        return (target, source) if source > target else (source, target)
    ordered = (target, source) if source > target else (source, target)
    if graph.has_edge(*ordered, key) and graph.edges[(*ordered, key)]["symmetric"]:
        data = dict(graph.edges[(*ordered, key)])
        graph.remove_edge(*ordered, key)
        data["symmetric"] = False
        graph.add_edge(source, target, key=key, **data)
    return source, target


def positive_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """Return the (source, target, key, data) edges that state a relation (not negated)."""
    return [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if not d["negated"]]
