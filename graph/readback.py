"""Reading back what a build wrote: a graph.graphml or relations.jsonl -> graph and mentions.

Commands that take a built graph (evaluate, stats, show) accept either file.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from graph.errors import GraphFileError
from graph.records import RelationMention


def read_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Return the graph stored in a GraphML file Newsgraph wrote."""
    from graph.exporters.graphml import read_graphml

    if not Path(path).is_file():
        raise GraphFileError(f"{path}: no such graph file; give the graph.graphml a build wrote")
    return read_graphml(path)


def mentions_from_graph(graph: nx.MultiDiGraph) -> list[RelationMention]:
    """Return one relation mention per (edge, document) of a graph (evidence kept where known)."""
    out = []
    for source, target, data in graph.edges(data=True):
        evidence = {e.doc: e for e in data.get("evidence", [])}
        for doc in data.get("docs", []) or [""]:
            best = evidence.get(doc)
            out.append(RelationMention(
                doc=doc, source=source, source_type=graph.nodes[source].get("type", ""),
                relation=data["relation"], target=target, target_type=graph.nodes[target].get("type", ""),
                negated=bool(data.get("negated")), sentence=best.sentence if best else "",
                start=best.start if best else 0, end=best.end if best else 0,
                trigger=best.trigger if best else "", confidence=float(data.get("confidence", 1.0)),
                rule=best.rule if best else "", symmetric=bool(data.get("symmetric")),
            ))
    return out


def read_mentions(path: str | os.PathLike[str]) -> list[RelationMention]:
    """Return the relation mentions of a relations.jsonl or graph.graphml file."""
    file = Path(path)
    if file.suffix.lower() == ".jsonl":
        from graph.exporters.jsonl import read_relations_jsonl

        try:
            return read_relations_jsonl(file)
        except (OSError, ValueError, TypeError) as exc:
            raise GraphFileError(f"{file}: cannot read relations ({exc})") from None
    return mentions_from_graph(read_graph(file))
