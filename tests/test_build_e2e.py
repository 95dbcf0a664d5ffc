"""End to end: build the two sample articles with the CLI and check what users read back."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

from conftest import DATA, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build data/articles once with `python -m graph build` and return the output folder."""
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "graph", "build", str(DATA / "articles"), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stdout


def _edges(path):
    graph = nx.read_graphml(path)
    names = {n: d["label"] for n, d in graph.nodes(data=True)}
    return {(names[u], d["relation"], names[v], d["negated"]) for u, v, d in graph.edges(data=True)}, graph


def test_writes_the_four_files_and_a_summary(built):
    out, stdout = built
    for name in ("graph.html", "graph.graphml", "relations.jsonl", "entities.jsonl"):
        assert (out / name).stat().st_size > 0, name
    assert "documents: 2" in stdout
    assert "endorsed" in stdout and "graph.graphml" in stdout


@pytest.mark.parametrize("source,relation,target", [
    ("Zohran Mamdani", "called", "Kamala Harris"),
    ("Kamala Harris", "endorsed", "Zohran Mamdani"),
    ("Jeffrey Lerner", "works_for", "Zohran Mamdani"),
    ("Karoline Leavitt", "works_for", "White House"),
    ("Donald Trump", "threatened", "New York City"),
    ("Karoline Leavitt", "criticized", "Zohran Mamdani"),
])
def test_gold_edges_in_graphml(built, source, relation, target):
    edges, _ = _edges(built[0] / "graph.graphml")
    assert (source, relation, target, False) in edges


def test_symmetric_met_edge_in_graphml(built):
    edges, _ = _edges(built[0] / "graph.graphml")
    assert ("Donald Trump", "met", "Zohran Mamdani", False) in edges or \
        ("Zohran Mamdani", "met", "Donald Trump", False) in edges


def test_negated_endorsement_is_not_positive(built):
    edges, _ = _edges(built[0] / "graph.graphml")
    assert ("Zohran Mamdani", "endorsed", "Kamala Harris", False) not in edges
    lines = [json.loads(l) for l in (built[0] / "relations.jsonl").read_text().splitlines()]
    negated = [l for l in lines if l["source"] == "Zohran Mamdani" and l["relation"] == "endorsed"
               and l["target"] == "Kamala Harris"]
    assert negated and all(l["negated"] for l in negated)
    assert "did not endorse" in negated[0]["sentence"]


def test_relations_jsonl_fields_and_offsets(built):
    lines = [json.loads(l) for l in (built[0] / "relations.jsonl").read_text().splitlines()]
    assert lines
    required = {"doc", "source", "source_type", "relation", "target", "target_type", "negated",
                "sentence", "start", "end", "trigger", "confidence", "rule"}
    for line in lines:
        assert required <= set(line)
        text = (DATA / "articles" / line["doc"]).read_text(encoding="utf-8")
        assert text[line["start"] : line["end"]] == line["sentence"]
        assert line["trigger"] in line["sentence"]
    gold = {("Ella Emhoff", "family", "Kamala Harris"), ("Kamala Harris", "family", "Ella Emhoff")}
    assert gold & {(l["source"], l["relation"], l["target"]) for l in lines if not l["negated"]}


def test_entities_jsonl_merges_mentions(built):
    entities = {e["name"]: e for e in map(json.loads, (built[0] / "entities.jsonl").read_text().splitlines())}
    mamdani = entities["Zohran Mamdani"]
    assert mamdani["type"] == "PERSON"
    assert "Mamdani" in mamdani["aliases"]
    assert sorted(mamdani["docs"]) == sorted(p.name for p in (DATA / "articles").iterdir())
    assert mamdani["mentions"] > 5
    assert "Donald Trump" in entities and "Trump" not in entities
    assert not any("Stays" in name for name in entities)  # headline fragment dropped


def test_evaluate_meets_the_bar(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "graph", "evaluate", "--gold", str(DATA / "gold" / "dev.jsonl"),
                           "--articles", str(DATA / "articles")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    overall = [l for l in proc.stdout.splitlines() if l.startswith("overall")][0].split()
    tp, fp, fn = map(int, overall[1:4])
    assert tp >= 11 and fp == 0
    assert float(overall[-1]) >= 0.85


def test_evaluate_reads_back_graphml(built):
    proc = subprocess.run([sys.executable, "-m", "graph", "evaluate", "--gold", str(DATA / "gold" / "dev.jsonl"),
                           "--graph", str(built[0] / "graph.graphml")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    overall = [l for l in proc.stdout.splitlines() if l.startswith("overall")][0].split()
    assert int(overall[1]) >= 11 and int(overall[2]) == 0
