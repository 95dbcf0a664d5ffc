"""The Python API: build a graph from texts or files, write it, score it, look at it.

    import graph
    g = graph.build_graph(["data/articles"])            # or a list of article texts
    graph.write(g, "out")                               # graph.html, graph.graphml, *.jsonl
    graph.relations_table(g, frame=True)                # a pandas DataFrame of the edges
    graph.show(g)                                       # the interactive graph, inline in Jupyter
    graph.evaluate("data/gold/dev.jsonl", g).overall.f1

The graph is the NetworkX MultiDiGraph the exporters read (see :mod:`graph.network`).
``write`` derives relations.jsonl and entities.jsonl from the graph itself (nodes
-> entities, each evidence sentence of an edge -> one relation mention), so a
graph you filtered or edited writes what you see. A mention takes its edge's
direction and ``symmetric`` flag: where one mention of a pair gave a direction and
another left it open, both are written with the direction.
"""

from __future__ import annotations

import html
import os
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import networkx as nx

from graph.errors import InputError, NewsgraphError
from graph.records import Document, Entity, RelationMention

if TYPE_CHECKING:
    from graph.evaluation import Score

__all__ = ["build_graph", "write", "evaluate", "show", "relations_table", "entities", "mentions"]

TextOrPath = Union[str, "os.PathLike[str]"]

#: Longest string still taken for a file name when it names an existing file or folder.
_MAX_PATH = 4096


def build_graph(texts_or_paths: TextOrPath | Iterable[TextOrPath], *, model: str | None = None,
                relations: str | os.PathLike[str] | None = None, min_confidence: float = 0.0,
                title: str = "Newsgraph") -> nx.MultiDiGraph:
    """Return the knowledge graph of article texts and/or files and folders.

    Each item is a path (a ``Path``, or a one-line string naming an existing file,
    folder or matching glob pattern) or else the text of one article, whose
    document id is ``text-1``, ``text-2``... by position. Inputs that cannot be
    read and documents whose extraction failed are left out with a warning.
    ``model`` names a spaCy pipeline, ``relations`` an extra cue file (TOML),
    ``min_confidence`` drops less confident relation mentions. Documents are parsed
    in this process with no store; for large corpora ``graph.build.build`` keeps a
    store and uses several processes (as `newsgraph build` does).
    """
    from graph.build import assemble, extract_documents
    from graph.cues import load_cues
    from graph.documents import read_documents, split_long
    from graph.nlp import load_pipeline
    from graph.readers.text import read_text

    items = [texts_or_paths] if isinstance(texts_or_paths, (str, os.PathLike)) else list(texts_or_paths)
    documents: list[Document] = []
    for number, item in enumerate(items, 1):
        if _is_path(item):
            for found in read_documents([item]):
                if isinstance(found, Document):
                    documents.append(found)
                else:
                    warnings.warn(f"skipped {found}", stacklevel=2)
        elif isinstance(item, str):
            name = f"text-{number}"
            document = read_text(item, name, "", markdown=False)
            if not document.text.strip():
                warnings.warn(f"skipped {name}: empty document", stacklevel=2)
                continue
            documents.extend(split_long(document))
        else:
            raise InputError(f"item {number} is a {type(item).__name__}; give article texts or paths")
    documents = _unique_ids(documents)
    results = []
    cues = load_cues(relations)
    for result in extract_documents(documents, load_pipeline(model), cues):
        if result.errors:
            warnings.warn(f"skipped {result.document.id}: {'; '.join(result.errors)}", stacklevel=2)
        else:
            results.append(result)
    graph, _, _ = assemble(results, min_confidence=min_confidence, title=title, end_types=cues.end_types)
    return graph


def _unique_ids(documents: list[Document]) -> list[Document]:
    """Return the documents with ids made unique: a repeated id becomes the file's path, then gets "~2", "~3"."""
    from dataclasses import replace

    from graph.documents import _unique

    seen: set[str] = set()
    out = []
    for document in documents:
        doc_id = _unique(document, seen)
        out.append(replace(document, id=doc_id) if doc_id != document.id else document)
    return out


def _is_path(item: Any) -> bool:
    """Return True when an input item names a file, folder or glob pattern rather than holding text."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) > _MAX_PATH or not item.strip():
        return False
    import glob

    try:
        return Path(item).exists() or (any(c in item for c in "*?[") and bool(glob.glob(item, recursive=True)))
    except OSError:  # a long sentence can be an invalid file name
        return False


def entities(graph: nx.MultiDiGraph) -> list[Entity]:
    """Return the entities of a graph (one per node), as entities.jsonl lists them."""
    return [
        Entity(name=str(data.get("label", node)), type=str(data.get("type", "")),
               aliases=tuple(data.get("aliases", [])), mentions=int(data.get("mentions", 0)),
               docs=tuple(data.get("docs", [])), first_seen=str(data.get("first_seen", "")),
               last_seen=str(data.get("last_seen", "")))
        for node, data in graph.nodes(data=True)
    ]


def mentions(graph: nx.MultiDiGraph) -> list[RelationMention]:
    """Return the relation mentions of a graph: one per evidence sentence, one per document without any."""
    from graph.readback import mentions_from_graph

    out: list[RelationMention] = []
    bare = nx.MultiDiGraph()
    bare.add_nodes_from(graph.nodes(data=True))
    for source, target, key, data in graph.edges(keys=True, data=True):
        evidence = list(data.get("evidence", []))
        ends = dict(source=str(graph.nodes[source].get("label", source)),
                    source_type=str(graph.nodes[source].get("type", "")),
                    target=str(graph.nodes[target].get("label", target)),
                    target_type=str(graph.nodes[target].get("type", "")),
                    relation=data["relation"], negated=bool(data.get("negated")),
                    symmetric=bool(data.get("symmetric")))
        for item in evidence:
            out.append(RelationMention(doc=item.doc, sentence=item.sentence, start=item.start, end=item.end,
                                       trigger=item.trigger, rule=item.rule, confidence=item.confidence,
                                       date=item.date, **ends))
        missing = [d for d in data.get("docs", []) if d not in {e.doc for e in evidence}]
        if missing or not evidence:
            bare.add_edge(source, target, key, **{**data, "docs": missing, "evidence": []})
    out.extend(mentions_from_graph(bare))
    return sorted(out, key=lambda m: (m.doc, m.start, m.relation, m.source, m.target))


def write(graph: nx.MultiDiGraph, out_dir: str | os.PathLike[str],
          formats: Iterable[str] = ("html", "graphml", "jsonl"), **html_options: Any) -> list[Path]:
    """Return the files written for ``graph`` into ``out_dir`` in ``formats`` (html graphml jsonl gexf json csv).

    ``html_options`` (``max_nodes``, ``title``, ``command``) go to the HTML writer.
    """
    from graph.build import write_outputs
    from graph.exporters import FORMATS

    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise NewsgraphError(f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise InputError(f"{out_dir}: the output path is a file, not a folder; choose a folder")
    wants_jsonl = "jsonl" in formats
    return write_outputs(graph, entities(graph) if wants_jsonl else (), mentions(graph) if wants_jsonl else (),
                         out_dir, formats, **html_options)


def evaluate(gold_path: str | os.PathLike[str],
             graph_or_mentions: nx.MultiDiGraph | Iterable[RelationMention] | str | os.PathLike[str]) -> Score:
    """Return the Score (precision, recall, F1 overall and per relation) of a graph against a gold JSONL file.

    The second argument is a graph, relation mentions, or the path of a graph.graphml or
    relations.jsonl. ``graph.format_score(score)`` returns the table `newsgraph evaluate` prints.
    """
    from graph.evaluation import load_gold, score

    if isinstance(graph_or_mentions, nx.Graph):
        found = mentions(graph_or_mentions)
    elif isinstance(graph_or_mentions, (str, os.PathLike)):
        from graph.readback import read_mentions

        found = read_mentions(graph_or_mentions)
    else:
        found = list(graph_or_mentions)
    return score(load_gold(gold_path), found)


def relations_table(graph: nx.MultiDiGraph, *, relation: str | None = None, negated: bool | None = False,
                    frame: bool = False) -> Any:
    """Return one row per edge (source, relation, target, weight, confidence, docs, evidence sentence).

    ``relation`` keeps one type; ``negated`` False (default) keeps positive edges, True
    negated ones, None both. ``frame=True`` returns a pandas DataFrame (needs pandas).
    """
    from graph.summary import relation_rows

    rows = [
        {"source": r.source, "relation": r.relation, "target": r.target, "negated": r.negated,
         "weight": r.weight, "confidence": r.confidence, "docs": ", ".join(r.docs),
         "evidence": r.evidence[0].sentence if r.evidence else ""}
        for r in relation_rows(graph, relation=relation, negated=negated)
    ]
    if not frame:
        return rows
    try:
        import pandas
    except ImportError:
        raise NewsgraphError("relations_table(frame=True) needs pandas: run `pip install pandas`") from None
    return pandas.DataFrame(rows, columns=["source", "relation", "target", "negated", "weight", "confidence",
                                           "docs", "evidence"])


def show(graph: nx.MultiDiGraph, notebook: bool = True, *, height: int = 650, **html_options: Any) -> Any:
    """Return the interactive graph: an inline IPython HTML object (``notebook``) or the page as text.

    The page is the self-contained graph.html (no network access), put in an
    iframe's ``srcdoc``; ``html_options`` (``max_nodes``, ``title``) go to the HTML writer.
    """
    from graph.exporters.html import write_html

    with tempfile.TemporaryDirectory(prefix="newsgraph-") as folder:
        path = write_html(graph, Path(folder) / "graph.html", **html_options)
        page = Path(path).read_text(encoding="utf-8")
    if not notebook:
        return page
    from IPython.display import HTML

    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL; srcdoc keeps it self-contained
        warnings.simplefilter("ignore", UserWarning)
        return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;'
                    f'border:1px solid #ddd" sandbox="allow-scripts"></iframe>')
