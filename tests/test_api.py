"""The Python API: build_graph from texts and paths, write, evaluate, relations_table, show, cheap import."""

from __future__ import annotations

import html
import json
import subprocess
import sys
import warnings

import networkx as nx
import pytest

from conftest import DATA, ROOT

import graph
from graph.errors import InputError, NewsgraphError

ARTICLES = DATA / "articles"
GOLD = DATA / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def built():
    """Return (the API's graph of data/articles, the BuildResult of graph.build.build on the same folder)."""
    from graph.build import build

    return graph.build_graph([ARTICLES]), build([ARTICLES], None, store=False, progress=False)


def _edges(g: nx.MultiDiGraph) -> set[tuple]:
    return {(u, k, v, d["weight"]) for u, v, k, d in g.edges(keys=True, data=True)}


def test_import_loads_no_model_and_help_lists_the_api():
    code = "import sys, graph; print(sorted(m for m in ('spacy', 'networkx', 'graph.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
    assert all(name in graph.__doc__ for name in ("build_graph", "write", "evaluate", "show", "relations_table"))
    assert {"build_graph", "show"} <= set(dir(graph))
    with pytest.raises(AttributeError):
        graph.no_such_function  # noqa: B018


def test_build_graph_from_a_folder_matches_the_build_command(built):
    api, result = built
    assert api.graph["documents"] == 2
    assert dict(api.nodes(data="type")) == dict(result.graph.nodes(data="type"))
    assert _edges(api) == _edges(result.graph)
    assert api.has_edge("Zohran Mamdani", "Kamala Harris", "called")


def test_build_graph_from_texts_names_them_by_position():
    g = graph.build_graph(["Zohran Mamdani praised Kamala Harris on Tuesday.",
                           "Kamala Harris criticized Donald Trump on Friday."])
    assert g.graph["documents"] == 2
    assert g.edges["Zohran Mamdani", "Kamala Harris", "praised"]["docs"] == ["text-1"]
    assert g.edges["Kamala Harris", "Donald Trump", "criticized"]["docs"] == ["text-2"]
    assert g.nodes["Kamala Harris"]["type"] == "PERSON"


def test_build_graph_takes_one_string_paths_and_texts_together(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Kamala Harris criticized Donald Trump on Friday.\n", encoding="utf-8")
    alone = graph.build_graph(str(article))
    assert alone.edges["Kamala Harris", "Donald Trump", "criticized"]["docs"] == ["story.txt"]
    mixed = graph.build_graph([article, "Zohran Mamdani praised Kamala Harris on Tuesday."])
    assert mixed.graph["documents"] == 2
    assert mixed.edges["Zohran Mamdani", "Kamala Harris", "praised"]["docs"] == ["text-2"]


def test_build_graph_keeps_documents_with_the_same_name_apart(tmp_path):
    for folder, text in (("a", "Kamala Harris criticized Donald Trump."), ("b", "Donald Trump criticized Kamala Harris.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    g = graph.build_graph([tmp_path / "a", tmp_path / "b"])
    assert g.graph["documents"] == 2
    assert g.edges["Kamala Harris", "Donald Trump", "criticized"]["docs"] == ["story.txt"]
    assert g.edges["Donald Trump", "Kamala Harris", "criticized"]["docs"] == [str(tmp_path / "b" / "story.txt")]


def test_build_graph_warns_about_what_it_leaves_out_and_refuses_other_types(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match="empty"):
        g = graph.build_graph([tmp_path, "   ", "Kamala Harris criticized Donald Trump on Friday."])
    assert g.graph["documents"] == 1
    with pytest.raises(InputError, match="item 1 is a int"):
        graph.build_graph([42])


def test_min_confidence_drops_weak_mentions(built):
    api, _ = built
    floor = sorted(d["confidence"] for _, _, d in api.edges(data=True))[len(api.edges) // 2]
    strict = graph.build_graph([ARTICLES], min_confidence=floor)
    assert 0 < strict.number_of_edges() < api.number_of_edges()
    assert all(d["confidence"] >= floor for _, _, d in strict.edges(data=True))


def _undirected(line: dict) -> tuple:
    """Return a relations.jsonl line up to direction: the graph keeps one edge per pair and relation,
    so a mention that left the direction open takes its edge's direction and ``symmetric`` flag."""
    ends = frozenset(((line.pop("source"), line.pop("source_type")), (line.pop("target"), line.pop("target_type"))))
    line.pop("symmetric", None)
    return (sorted(ends), *sorted(line.items()))


def test_write_round_trips_and_jsonl_matches_the_build_command(built, tmp_path):
    api, result = built
    files = graph.write(api, tmp_path, formats=("graphml", "jsonl", "json"))
    assert [f.name for f in files] == ["graph.graphml", "relations.jsonl", "entities.jsonl", "graph.json"]
    back = graph.load_graph(tmp_path / "graph.graphml")
    assert _edges(back) == _edges(api)
    from graph.build import write_outputs

    write_outputs(result.graph, result.entities, result.mentions, tmp_path / "cli", ["jsonl"])
    for name in ("relations.jsonl", "entities.jsonl"):
        ours = [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
        theirs = [json.loads(line) for line in (tmp_path / "cli" / name).read_text(encoding="utf-8").splitlines()]
        same = _undirected if name == "relations.jsonl" else lambda line: sorted(line.items())
        assert sorted(map(same, ours)) == sorted(map(same, theirs)), name
    from_jsonl = graph.load_graph(tmp_path / "relations.jsonl")
    assert _edges(from_jsonl) == _edges(api)
    assert dict(from_jsonl.nodes(data="aliases")) == dict(api.nodes(data="aliases"))


def test_write_refuses_unknown_formats_and_files_for_folders(built, tmp_path):
    api, _ = built
    with pytest.raises(NewsgraphError, match="unknown format pdf"):
        graph.write(api, tmp_path, formats=["pdf"])
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        graph.write(api, tmp_path / "file")


def test_evaluate_scores_graphs_files_and_mentions_alike(built, tmp_path):
    from graph.evaluation import load_gold, score

    api, result = built
    expected = score(load_gold(GOLD), result.mentions)
    graph.write(api, tmp_path, formats=["graphml", "jsonl"])
    for given in (api, result.mentions, tmp_path / "relations.jsonl", str(tmp_path / "graph.graphml")):
        got = graph.evaluate(GOLD, given)
        assert got.overall == expected.overall, given
        assert got.by_relation == expected.by_relation
    assert expected.overall.tp > 0
    assert graph.format_score(expected).splitlines()[-1].split()[:2] == ["overall", str(expected.overall.tp)]


def test_relations_table_rows_filters_and_frame(built):
    api, _ = built
    rows = graph.relations_table(api)
    assert len(rows) == sum(1 for *_, d in api.edges(data=True) if not d["negated"])
    call = next(r for r in rows if r["relation"] == "called")
    assert (call["source"], call["target"]) == ("Zohran Mamdani", "Kamala Harris")
    assert "fielding a call" in call["evidence"]
    criticized = graph.relations_table(api, relation="criticized")
    assert criticized and {r["relation"] for r in criticized} == {"criticized"}
    negated = graph.relations_table(api, negated=True)
    assert negated and all(r["negated"] for r in negated)
    frame = graph.relations_table(api, frame=True)
    assert list(frame.columns)[:3] == ["source", "relation", "target"] and len(frame) == len(rows)


def test_show_embeds_the_self_contained_page(built):
    api, _ = built
    page = graph.show(api, notebook=False, title="Sample <news>")
    assert page.lstrip().lower().startswith("<!doctype html") and "Zohran Mamdani" in page
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        inline = graph.show(api)
    assert inline.data.startswith('<iframe srcdoc="') and "<script" not in inline.data
    srcdoc = inline.data[len('<iframe srcdoc="'):inline.data.index('" style=')]
    assert html.unescape(srcdoc) == graph.show(api, notebook=False)


def test_relation_ends_have_the_types_the_cue_file_allows():
    # "visited France" is no meeting: met, called, texted and family join people and organisations
    # only, by the corpus-wide type vote; a bare surname NER called a place in one sentence is
    # still the person it names ("met Pujades").
    g = graph.build_graph([
        "Prime Minister Narendra Modi visited France on Monday and met President Emmanuel Macron.",
        "The union's spokesman, Xavier Pujades, accused Montserrat Rovira of lying. "
        "Rovira, who met Pujades and other union leaders on Monday, said she would not govern under blockade.",
    ])
    met = {frozenset((s, t)) for s, t, d in g.edges(data=True) if d["relation"] == "met" and not d["negated"]}
    assert met == {frozenset(("Narendra Modi", "Emmanuel Macron")), frozenset(("Montserrat Rovira", "Xavier Pujades"))}
