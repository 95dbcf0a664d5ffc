"""Graph file exports (GraphML, GEXF, node-link JSON, CSV) read back by independent readers.

The graph is built from hostile text: control characters (including NUL,
vertical tab and ESC), a lone surrogate, emoji, right-to-left text, XML
metacharacters, quotes, ``|`` and ``\\`` inside list items, a very long name
and a missing date, with parallel edges of different relations between one
pair and a symmetric relation. What each reader must see is written out by
hand in ``CLEAN`` and the tables below, not taken from the writers.
"""

from __future__ import annotations

import csv
import json
import os
import re
import xml.dom.minidom
from dataclasses import replace
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from graph.errors import GraphFileError
from graph.exporters import FORMATS, writer
from graph.exporters.csv import write_csv
from graph.exporters.flatten import MAX_EVIDENCE, clean_text, join_list, split_list
from graph.exporters.gexf import write_gexf
from graph.exporters.graphml import read_graphml, write_graphml
from graph.exporters.json import write_json
from graph.network import build_graph
from graph.records import Entity, RelationMention

SCHEMA = Path(__file__).parent / "data" / "schema" / "graphml.xsd"

VT_NAME = "Ann\x0bLee"
XML_NAME = 'Acme & <Sons> "Ltd" \'Co\''
EMOJI_NAME = "Zoë 😀 Nakamura"
RTL_NAME = "\u200fمحمد بن سلمان"
ESC_NAME = "\x1b[31mRed\x1b[0m Party"
LONG_NAME = "Very " * 400 + "Long Committee"
NUL_NAME = "Nul\x00 Person"

#: Raw name -> the name every reader must show (written by hand).
CLEAN = {
    VT_NAME: "Ann Lee",
    XML_NAME: XML_NAME,
    EMOJI_NAME: EMOJI_NAME,
    RTL_NAME: RTL_NAME,
    ESC_NAME: "[31mRed[0m Party",
    LONG_NAME: LONG_NAME,
    NUL_NAME: "Nul Person",
}

ALIASES = ("A|nn", "Back\\slash", "trailing\\", "both \\| here", "x\x00y")
CLEAN_ALIASES = ["A|nn", "Back\\slash", "trailing\\", "both \\| here", "xy"]
EVIL_SENTENCE = 'Ann\x0bLee "endorsed" <Acme> & co\x00 \x1b[1m😀 \ud800 \u200fمرحبا\r\nthen left.'
CLEAN_EVIL_SENTENCE = 'Ann Lee "endorsed" <Acme> & co [1m😀  \u200fمرحبا then left.'


def mention(source, relation, target, *, doc="d1", start=0, negated=False, sentence="S.", confidence=0.9,
            symmetric=False, date="", source_type="PERSON", target_type="ORG"):  # fmt: skip
    return RelationMention(
        doc=doc, source=source, source_type=source_type, relation=relation, target=target,
        target_type=target_type, negated=negated, sentence=sentence, start=start, end=start + 10,
        trigger=relation, confidence=confidence, symmetric=symmetric, date=date,
    )  # fmt: skip


ENTITIES = [
    Entity(VT_NAME, "PERSON", aliases=ALIASES, mentions=4, docs=("d1", "d|2"), first_seen="2024-01-02",
           last_seen=None),  # fmt: skip
    Entity(XML_NAME, "ORG", aliases=("Acme",), mentions=2, docs=("d1",), first_seen="", last_seen="None"),
    Entity(EMOJI_NAME, "PERSON", mentions=1, docs=("d2",), first_seen="2024-03-04", last_seen="2024-03-05"),
    Entity(RTL_NAME, "GPE", mentions=1, docs=("d2",)),
    Entity(ESC_NAME, "NORP", mentions=1, docs=("d3",)),
    Entity(LONG_NAME, "ORG", mentions=1, docs=("d3",)),
    Entity(NUL_NAME, "PERSON", mentions=1, docs=("d3",)),
]

MENTIONS = [
    # Three edges between one pair: endorsed (two mentions), criticized, and a negated endorsed.
    mention(VT_NAME, "endorsed", XML_NAME, sentence=EVIL_SENTENCE, confidence=0.95, date="2024-01-02"),
    mention(VT_NAME, "endorsed", XML_NAME, doc="d|2", start=50, sentence="Second.", confidence=0.5,
            date="2024-02-01"),  # fmt: skip
    mention(VT_NAME, "criticized", XML_NAME, start=100, sentence="Crit & <b>.", confidence=0.7),
    mention(VT_NAME, "endorsed", XML_NAME, start=200, negated=True, sentence="Did not endorse."),
    # Symmetric, stated from the larger name: stored once, from the smaller.
    mention(RTL_NAME, "met", EMOJI_NAME, doc="d2", sentence="They met.", symmetric=True,
            source_type="GPE", target_type="PERSON"),  # fmt: skip
    mention(ESC_NAME, "praised", LONG_NAME, doc="d3", sentence="x" * (MAX_EVIDENCE + 500)),
    mention(NUL_NAME, "works_for", LONG_NAME, doc="d3", sentence="Works.", confidence=float("nan")),
    mention(NUL_NAME, "mentored", ESC_NAME, doc="d3", sentence="Unknown relation type.", target_type="NORP"),
]

#: (source, target, key) -> (weight, negated, symmetric, evidence sentence every reader must see).
EDGES = {
    ("Ann Lee", XML_NAME, "endorsed"): (2, False, False, CLEAN_EVIL_SENTENCE),
    ("Ann Lee", XML_NAME, "criticized"): (1, False, False, "Crit & <b>."),
    ("Ann Lee", XML_NAME, "endorsed:negated"): (1, True, False, "Did not endorse."),
    (EMOJI_NAME, RTL_NAME, "met"): (1, False, True, "They met."),
    ("[31mRed[0m Party", LONG_NAME, "praised"): (1, False, False, "x" * (MAX_EVIDENCE - 1) + "\u2026"),
    ("Nul Person", LONG_NAME, "works_for"): (1, False, False, "Works."),
    ("Nul Person", "[31mRed[0m Party", "mentored"): (1, False, False, "Unknown relation type."),
}

#: Ids Gephi's GraphML importer maps to a node or edge property (ImporterGraphML).
GEPHI_NODE_PROPERTIES = {"label", "d3", "x", "y", "xpos", "ypos", "z", "size", "r", "g", "b", "color"}
GEPHI_EDGE_PROPERTIES = {"label", "edgelabel", "d7", "weight", "id", "edgeid", "r", "g", "b", "color"}
XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def hostile_graph(order: int = 1) -> nx.MultiDiGraph:
    return build_graph(ENTITIES[::order], MENTIONS[::order], documents=3, title="Hostile <news> & co",
                       command="newsgraph build in/ --format graphml")  # fmt: skip


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return hostile_graph()


@pytest.fixture(scope="module")
def graphml(graph, tmp_path_factory) -> Path:
    return write_graphml(graph, tmp_path_factory.mktemp("graphml") / "graph.graphml")


def edge_table(edges) -> dict[tuple[str, str, str], tuple]:
    """Return EDGES-shaped facts from (source, target, key, data) tuples of a contract graph."""
    return {
        (u, v, k): (d["weight"], d["negated"], d["symmetric"], d["evidence"][0].sentence)
        for u, v, k, d in edges
    }


# -- flattening rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("plain", "plain"),
        ("a\x00b", "ab"),
        ("a\x0bb", "a b"),
        ("a\x0cb", "a b"),
        ("a\r\nb\tc", "a b c"),
        ("\x1b[0m", "[0m"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("\ufffe\uffff", ""),
        ("\x85\x9f", " "),
        ("emoji 😀 and ‏RTL", "emoji 😀 and ‏RTL"),
        ("<&\"'>", "<&\"'>"),
        (None, ""),
        (3, "3"),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "items, text",
    [
        ([], ""),
        (["a"], "a"),
        (["a", "b"], "a|b"),
        (["a|b", "c"], "a\\|b|c"),
        (["back\\slash"], "back\\\\slash"),
        (["end\\", "x"], "end\\\\|x"),
        (["\\|"], "\\\\\\|"),
        (["", "x", ""], "|x|"),
    ],
)
def test_join_and_split_list(items, text):
    assert join_list(items) == text
    assert split_list(text) == items


# -- GraphML ---------------------------------------------------------------------------------------


def test_graphml_validates_against_the_xsd(graphml):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(graphml))
    assert schema.validate(document), schema.error_log


def test_graphml_has_no_illegal_characters_none_or_list_reprs(graphml):
    raw = graphml.read_bytes()
    assert not XML_ILLEGAL.search(raw)
    root = etree.parse(str(graphml)).getroot()
    types = {k.get("id"): k.get("attr.type") for k in root.iterfind("g:key", NS)}
    for data in root.iterfind(".//g:data", NS):
        text = data.text or ""
        assert text, f"empty <data key={data.get('key')}>"
        assert text not in ("None", "nan", "NaN", "null")
        assert not re.match(r"^[\[\{]['\"(]", text), text
        kind = types[data.get("key")]
        if kind == "int":
            int(text)
        elif kind == "double":
            float(text)
        elif kind == "boolean":
            assert text in ("true", "false")


def test_graphml_keys_are_distinct_typed_and_do_not_hijack_gephi_properties(graphml):
    keys = etree.parse(str(graphml)).getroot().findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    for key in keys:
        assert key.get("for") in ("node", "edge")
        assert key.get("attr.type") in ("string", "int", "long", "double", "boolean")
        assert not re.fullmatch(r"d\d+", key.get("id"))
        special = GEPHI_NODE_PROPERTIES if key.get("for") == "node" else GEPHI_EDGE_PROPERTIES
        assert key.get("id") not in special
    declared = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    for name, kind in [("label", "string"), ("type", "string"), ("mentions", "int"), ("degree", "int"),
                       ("size", "double"), ("r", "int"), ("g", "int"), ("b", "int"), ("color", "string")]:  # fmt: skip
        assert declared[("node", name)] == kind
    for name, kind in [("label", "string"), ("relation", "string"), ("weight", "int"), ("negated", "boolean"),
                       ("evidence", "string"), ("docs", "string"), ("color", "string"), ("r", "int")]:  # fmt: skip
        assert declared[("edge", name)] == kind


def test_graphml_loads_in_networkx_with_the_same_graph(graph, graphml):
    loaded = nx.read_graphml(graphml)
    assert loaded.is_directed() and loaded.is_multigraph()
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (7, len(EDGES))
    labels = {n: d["label"] for n, d in loaded.nodes(data=True)}
    assert sorted(labels.values()) == sorted(CLEAN.values())
    seen = {}
    for u, v, d in loaded.edges(data=True):
        key = d["relation"] + (":negated" if d["negated"] else "")
        seen[(labels[u], labels[v], key)] = (d["weight"], d["negated"], d["symmetric"], d["evidence"])
    assert seen == EDGES
    ann = next(d for d in loaded.nodes.values() if d["label"] == "Ann Lee")
    assert split_list(ann["aliases"]) == CLEAN_ALIASES
    assert split_list(ann["docs"]) == ["d1", "d|2"]
    assert ann["first_seen"] == "2024-01-02" and "last_seen" not in ann
    assert re.fullmatch(r"#[0-9A-F]{6}", ann["color"]) and 0 <= ann["r"] <= 255


def test_graphml_loads_in_igraph_with_the_same_values_as_networkx(graphml):
    loaded = igraph.Graph.Read_GraphML(str(graphml))
    reference = nx.read_graphml(graphml)
    assert loaded.is_directed()
    assert (loaded.vcount(), loaded.ecount()) == (reference.number_of_nodes(), reference.number_of_edges())
    for vertex in loaded.vs:
        # igraph fills a string attribute another element has with "" where NetworkX has no key.
        got = {k: v for k, v in vertex.attributes().items() if k != "id" and v != ""}
        assert got == reference.nodes[vertex["id"]]
    # igraph 1.0 fills the edge "id" attribute with vertex ids, so edges are matched by what they say.
    labels = reference.nodes.data("label")
    expected = {(labels[u], labels[v], d["relation"], d["negated"]): d for u, v, d in reference.edges(data=True)}
    got = {
        (loaded.vs[e.source]["label"], loaded.vs[e.target]["label"], e["relation"], e["negated"]): {
            k: v for k, v in e.attributes().items() if k != "id" and v != ""
        }
        for e in loaded.es
    }
    assert got == expected
    pair = sorted((r, n) for s, t, r, n in got if (s, t) == ("Ann Lee", XML_NAME))
    assert pair == [("criticized", False), ("endorsed", False), ("endorsed", True)]


def test_graphml_dom_parser_sees_every_edge(graph, graphml):
    document = xml.dom.minidom.parse(str(graphml))
    assert len(document.getElementsByTagName("node")) == graph.number_of_nodes()
    assert len(document.getElementsByTagName("edge")) == graph.number_of_edges() == len(EDGES)
    ids = [e.getAttribute("id") for e in document.getElementsByTagName("edge")]
    assert len(set(ids)) == len(ids)


def test_symmetric_edge_is_written_once(graphml):
    loaded = nx.read_graphml(graphml)
    met = [d for _, _, d in loaded.edges(data=True) if d["relation"] == "met"]
    assert len(met) == 1 and met[0]["symmetric"] is True


def test_read_graphml_gives_back_the_contract(graph, graphml):
    loaded = read_graphml(graphml)
    assert loaded.graph == {"documents": 3, "title": "Hostile <news> & co",
                            "command": "newsgraph build in/ --format graphml"}  # fmt: skip
    assert sorted(loaded.nodes) == sorted(CLEAN.values())
    for entity in ENTITIES:
        data = loaded.nodes[CLEAN[entity.name]]
        assert data["type"] == entity.type
        assert data["mentions"] == entity.mentions
        assert data["docs"] == list(entity.docs)
    assert loaded.nodes["Ann Lee"]["aliases"] == CLEAN_ALIASES
    assert loaded.nodes["Ann Lee"]["first_seen"] == "2024-01-02"
    assert loaded.nodes["Ann Lee"]["last_seen"] == "" == loaded.nodes[XML_NAME]["last_seen"]
    assert edge_table(loaded.edges(keys=True, data=True)) == EDGES
    endorsed = loaded.edges["Ann Lee", XML_NAME, "endorsed"]
    original = graph.edges[VT_NAME, XML_NAME, "endorsed"]
    for name in ("relation", "label", "negated", "symmetric", "weight", "confidence", "docs",
                 "first_date", "last_date"):  # fmt: skip
        assert endorsed[name] == original[name], name
    assert endorsed["docs"] == ["d1", "d|2"]
    assert (endorsed["first_date"], endorsed["last_date"]) == ("2024-01-02", "2024-02-01")
    assert loaded.edges["Nul Person", LONG_NAME, "works_for"]["confidence"] == 0.0


def test_read_graphml_of_a_networkx_written_file(tmp_path):
    plain = nx.MultiDiGraph()
    plain.add_node("A", label="A", type="PERSON")
    plain.add_node("B", label="B", type="ORG")
    plain.add_edge("A", "B", relation="endorsed", negated=False, weight=2)
    plain.add_edge("A", "B", relation="endorsed", negated=True, weight=1)
    nx.write_graphml(plain, tmp_path / "nx.graphml")
    loaded = read_graphml(tmp_path / "nx.graphml")
    assert sorted(loaded.edges(keys=True)) == [("A", "B", "endorsed"), ("A", "B", "endorsed:negated")]
    assert loaded.edges["A", "B", "endorsed"]["weight"] == 2


@pytest.mark.parametrize("content", ["not xml at all", "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'/>"])
def test_read_graphml_rejects_what_is_not_a_graph(tmp_path, content):
    path = tmp_path / "bad.graphml"
    path.write_text(content)
    with pytest.raises(GraphFileError, match="bad.graphml"):
        read_graphml(path)


# -- GEXF, JSON, CSV ---------------------------------------------------------------------------------


def test_gexf_loads_in_networkx_with_viz_colours(graph, tmp_path):
    path = write_gexf(graph, tmp_path / "graph.gexf")
    assert not XML_ILLEGAL.search(path.read_bytes())
    etree.parse(str(path))  # well-formed for a strict parser too
    loaded = nx.read_gexf(path)
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (7, len(EDGES))
    assert sorted(loaded.nodes) == sorted(CLEAN.values())
    seen = {
        (u, v, k): (int(d["weight"]), d["negated"], d["symmetric"], d["evidence"])
        for u, v, k, d in loaded.edges(keys=True, data=True)
    }
    assert seen == EDGES
    colours = {d["type"]: tuple(d["viz"]["color"][c] for c in "rgb") for _, d in loaded.nodes(data=True)}
    assert len(set(colours.values())) == len(colours) == 4
    assert all(d["viz"]["size"] >= 10 for _, d in loaded.nodes(data=True))
    assert split_list(loaded.nodes["Ann Lee"]["aliases"]) == CLEAN_ALIASES


def test_json_loads_as_node_link_with_evidence_records(graph, tmp_path):
    path = write_json(graph, tmp_path / "graph.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    loaded = nx.node_link_graph(data, edges="edges")
    assert loaded.is_directed() and loaded.is_multigraph()
    assert sorted(loaded.nodes) == sorted(CLEAN.values())
    assert loaded.nodes["Ann Lee"]["aliases"] == CLEAN_ALIASES
    assert loaded.nodes["Ann Lee"]["last_seen"] == ""
    endorsed = loaded.edges["Ann Lee", XML_NAME, "endorsed"]
    assert [e["sentence"] for e in endorsed["evidence"]] == [CLEAN_EVIL_SENTENCE, "Second."]
    assert [e["doc"] for e in endorsed["evidence"]] == ["d1", "d|2"]
    assert loaded.edges["Nul Person", LONG_NAME, "works_for"]["confidence"] == 0.0
    assert sorted(loaded.edges(keys=True)) == sorted(EDGES)
    assert loaded.graph == {"documents": 3, "title": "Hostile <news> & co",
                            "command": "newsgraph build in/ --format graphml"}  # fmt: skip


def test_csv_loads_in_pandas_and_the_csv_module(graph, tmp_path):
    nodes_path, edges_path = write_csv(graph, tmp_path)
    assert (nodes_path.name, edges_path.name) == ("nodes.csv", "edges.csv")
    nodes = pd.read_csv(nodes_path, keep_default_na=False)
    edges = pd.read_csv(edges_path, keep_default_na=False)
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    assert list(edges.columns[:5]) == ["Source", "Target", "Type", "Id", "Label"]
    assert "Weight" in edges.columns
    assert (len(nodes), len(edges)) == (7, len(EDGES))
    assert sorted(nodes["Id"]) == sorted(CLEAN.values())
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])
    seen = {}
    for row in edges.to_dict("records"):
        key = row["relation"] + (":negated" if row["negated"] else "")
        seen[(row["Source"], row["Target"], key)] = (row["Weight"], row["negated"], row["symmetric"],
                                                     row["evidence"])  # fmt: skip
        assert row["Type"] == ("Undirected" if row["symmetric"] else "Directed")
    assert seen == EDGES
    with nodes_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    ann = next(r for r in rows if r["Id"] == "Ann Lee")
    assert split_list(ann["aliases"]) == CLEAN_ALIASES and ann["last_seen"] == ""
    with edges_path.open(newline="", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == len(EDGES)
    for path in (nodes_path, edges_path):
        assert not XML_ILLEGAL.search(path.read_bytes()) and b"\r" not in path.read_bytes()


# -- every format ------------------------------------------------------------------------------------


FILE_FORMATS = ["graphml", "gexf", "json", "csv"]


def write(name: str, graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Write one format into ``folder`` the way the CLI does, returning the files it names."""
    target = folder if name == "csv" else folder / FORMATS[name].files[0]
    writer(name)(graph, target)
    return [folder / f for f in FORMATS[name].files]


@pytest.mark.parametrize("name", FILE_FORMATS)
def test_output_is_byte_identical_for_the_same_graph(name, tmp_path):
    first = write(name, hostile_graph(), tmp_path / "a")
    second = write(name, hostile_graph(), tmp_path / "b")
    reordered = write(name, hostile_graph(order=-1), tmp_path / "c")
    for a, b, c in zip(first, second, reordered):
        assert a.read_bytes() == b.read_bytes() == c.read_bytes()


class Boom:
    """A value whose text cannot be produced: stands for any failure halfway through a write."""

    def __str__(self) -> str:
        raise RuntimeError("boom")


def broken_graph() -> nx.MultiDiGraph:
    broken = hostile_graph()
    u, v, k = max(broken.edges(keys=True))  # written last
    evidence = broken.edges[u, v, k]["evidence"]
    evidence[0] = replace(evidence[0], sentence=Boom())
    return broken


@pytest.mark.parametrize("name", FILE_FORMATS)
def test_failed_write_leaves_old_files_and_no_partial_file(name, tmp_path):
    old = write(name, hostile_graph(), tmp_path)
    before = {p: p.read_bytes() for p in old}
    with pytest.raises(RuntimeError, match="boom"):
        write(name, broken_graph(), tmp_path)
    assert {p: p.read_bytes() for p in old} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in old)


@pytest.mark.parametrize("name", FILE_FORMATS)
def test_write_that_fails_on_disk_leaves_no_file(name, tmp_path, monkeypatch):
    def fail(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="disk full"):
        write(name, hostile_graph(), tmp_path)
    assert list(tmp_path.iterdir()) == []
