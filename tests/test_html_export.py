"""graph.html without a browser: read the page's data back, and check it is safe, offline and deterministic.

The browser tests (test_html_browser.py) check what the page does with it.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import html
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from graph.exporters import FORMATS, writer
from graph.exporters.colours import edge_colour, hex_colour, node_colour
from graph.exporters.flatten import clean_text
from graph.exporters.html import MAX_EVIDENCE_PER_EDGE, page_data, render_html, write_html
from graph.network import build_graph
from graph.records import Entity
from html_graphs import (
    ACME,
    ALICE,
    BOB,
    COMMAND,
    CRITICIZE_SENTENCE,
    CTRL,
    ENDORSE_DOC,
    ENDORSE_SENTENCE,
    LONER,
    PAYLOADS,
    PLAIN,
    SHALOM,
    TITLE,
    hostile_graph,
    mention,
)


class Page(HTMLParser):
    """The parts of a page these tests look at: tags with their attributes, and script blocks."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.title = ""
        self._open: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "title"):
            self._open = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        self._open = None

    def handle_data(self, data):
        if self._open == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == "title":
            self.title += data

    def data(self) -> dict:
        """Return the JSON the page carries, read back with a JSON parser."""
        (text,) = [text for attrs, text in self.scripts if attrs.get("type") == "application/json"]
        return json.loads(text)


def render(graph: nx.MultiDiGraph, **options) -> tuple[str, Page]:
    text = render_html(graph, **options)
    return text, Page(text)


def test_page_data_reads_back_as_the_graph():
    graph = hostile_graph()
    data = Page(render_html(graph)).data()

    nodes = {n["name"]: n for n in data["nodes"]}
    assert set(nodes) == {clean_text(name) for name in graph.nodes}
    alice = nodes[ALICE]
    assert (alice["type"], alice["aliases"], alice["mentions"]) == ("PERSON", ["Al", PAYLOADS[1]], 5)
    assert alice["docs"] == [ENDORSE_DOC, "b.txt"]
    assert (alice["first_seen"], alice["last_seen"]) == ("2024-03-01", "2024-03-05")
    assert alice["degree"] == 3 and nodes[LONER]["degree"] == 0
    assert nodes[clean_text(CTRL)]["name"] == "Ctrl Name\u202e"

    by_id = {n["id"]: n["name"] for n in data["nodes"]}
    edges = {(by_id[e["from"]], e["relation"], by_id[e["to"]], e["negated"]): e for e in data["edges"]}
    assert set(edges) == {
        (ALICE, "endorsed", BOB, False),
        (ALICE, "met", SHALOM, False),
        (BOB, "criticized", ACME, False),
        (BOB, "endorsed", ACME, True),
        ("Ctrl Name\u202e", "works_for", ACME, False),
        (PLAIN, "praised", ALICE, False),
    }
    endorsed = edges[ALICE, "endorsed", BOB, False]
    assert endorsed["weight"] == 2 and endorsed["evidence_count"] == 2
    assert endorsed["evidence"] == [
        {"doc": ENDORSE_DOC, "date": "2024-03-01", "text": ENDORSE_SENTENCE, "trigger": "endorsed"},
        {"doc": "b.txt", "date": "2024-03-05", "text": "In an interview, she endorsed him again.",
         "trigger": "endorsed"},
    ]
    assert (endorsed["first_date"], endorsed["last_date"]) == ("2024-03-01", "2024-03-05")
    assert edges[BOB, "criticized", ACME, False]["evidence"][0]["text"] == clean_text(CRITICIZE_SENTENCE)
    assert edges[ALICE, "met", SHALOM, False]["symmetric"] is True
    assert edges[ALICE, "endorsed", BOB, False]["symmetric"] is False

    assert data["title"] == TITLE and data["command"] == COMMAND
    assert data["counts"] == {"nodes": 7, "edges": 5, "negated": 1, "documents": 5}
    assert data["left_out"] == {"nodes": 0, "edges": 0}


def test_legend_colours_come_from_the_shared_palette():
    data = page_data(hostile_graph())
    assert [(t["name"], t["count"], t["shape"], t["color"]) for t in data["types"]] == [
        ("PERSON", 4, "dot", hex_colour(node_colour("PERSON"))),
        ("ORG", 1, "square", hex_colour(node_colour("ORG"))),
        ("GPE", 1, "triangle", hex_colour(node_colour("GPE"))),
        ("NORP", 1, "hexagon", hex_colour(node_colour("NORP"))),
    ]
    relations = {r["name"]: r for r in data["relations"]}
    assert list(relations) == ["endorsed", "criticized", "praised", "met", "works_for"]
    assert relations["endorsed"]["count"] == 1  # the negated "endorsed" is not counted
    assert relations["met"]["symmetric"] and not relations["endorsed"]["symmetric"]
    assert all(r["color"] == hex_colour(edge_colour(name, False)) for name, r in relations.items())


def test_the_graph_given_is_not_changed():
    graph = hostile_graph()
    before = copy.deepcopy((graph.graph, list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))))
    render_html(graph, max_nodes=2)
    assert (graph.graph, list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))) == before


@pytest.mark.parametrize("field", ["name", "alias", "sentence", "doc", "trigger", "title", "command"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_input_text_becomes_markup(field, payload):
    """Each payload in each field: the page keeps its three scripts, and the text is only in the JSON."""
    name = payload if field == "name" else "Someone"
    other = "Other"
    graph = build_graph(
        [Entity(name, "PERSON", (payload,) if field == "alias" else ()), Entity(other, "ORG")],
        [mention(name, "PERSON", "endorsed", other, "ORG",
                 sentence=payload if field == "sentence" else "Someone endorsed Other.",
                 doc=payload if field == "doc" else "a.txt",
                 trigger=payload if field == "trigger" else "endorsed")],
        title=payload if field == "title" else "T", command=payload if field == "command" else "c")
    text, page = render(graph)

    assert [tag for tag, _ in page.tags].count("script") == 3
    assert len(re.findall(r"</script", text, re.IGNORECASE)) == 3
    (_, block) = page.scripts[0]
    if set(payload) & set('<>&"'):
        assert payload not in text  # not even inside the data block
    # Outside the data block and the <title> (where it is escaped text), it is nowhere.
    rest = text.replace(block, "").replace(f"<title>{html.escape(page.title)}</title>", "")
    assert payload not in rest
    assert not set(block) & {"<", ">", "&", "\u2028", "\u2029"}
    assert not any(attr.startswith("on") for _, attrs in page.tags for attr in attrs)
    data = page.data()
    found = {
        "name": data["nodes"][1]["name"] if data["nodes"][0]["name"] == other else data["nodes"][0]["name"],
        "alias": sum((n["aliases"] for n in data["nodes"]), [""])[-1],
        "sentence": data["edges"][0]["evidence"][0]["text"],
        "doc": data["edges"][0]["evidence"][0]["doc"],
        "trigger": data["edges"][0]["evidence"][0]["trigger"],
        "title": data["title"],
        "command": data["command"],
    }[field]
    assert found == payload  # kept as data, character for character
    if field == "title":
        assert page.title == payload  # <title> holds it as escaped text


def test_page_is_self_contained():
    text, page = render(hostile_graph())
    assert {tag for tag, _ in page.tags} <= {"html", "head", "meta", "title", "style", "body", "header", "h1",
                                              "p", "code", "main", "aside", "label", "input", "ul", "fieldset",
                                              "legend", "span", "div", "button", "noscript", "script"}
    assert not any(name in ("src", "href", "srcset", "action", "data") for _, attrs in page.tags for name in attrs)
    assert "sourceMappingURL" not in text
    assert "vis-network" in text and "@version 9.1.2" in text


def test_content_security_policy_allows_exactly_the_page_own_scripts_and_style():
    text, page = render(hostile_graph())
    (policy,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'"

    def digest(code: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"

    executable = [code for attrs, code in page.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    assert rules["script-src"].split() == [digest(code) for code in executable]
    (style,) = re.findall(r"<style>(.*?)</style>", text, re.DOTALL)
    assert rules["style-src"].split() == [digest(style)]


def test_same_graph_gives_the_same_bytes(tmp_path):
    first = write_html(hostile_graph(), tmp_path / "one.html")
    second = write_html(hostile_graph(), tmp_path / "two.html")
    assert first.read_bytes() == second.read_bytes()
    reordered = nx.MultiDiGraph()
    graph = hostile_graph()
    reordered.graph.update(graph.graph)
    reordered.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reordered.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert render_html(reordered) == first.read_text(encoding="utf-8")


def test_writes_one_file_and_nothing_beside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    path = writer("html")(hostile_graph(), out / FORMATS["html"].files[0])
    assert path == out / "graph.html"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["graph.html", "out"]


def test_most_connected_entities_are_kept_above_the_budget():
    data = page_data(hostile_graph(), max_nodes=3)
    # Alice has 3 relations, Bob and ACME 2 each (the negated one does not count), the rest 1 or 0.
    assert sorted(n["name"] for n in data["nodes"]) == sorted([ACME, ALICE, BOB])
    by_id = {n["id"]: n["name"] for n in data["nodes"]}
    assert sorted((by_id[e["from"]], e["relation"], e["negated"]) for e in data["edges"]) == [
        (ALICE, "endorsed", False), (BOB, "criticized", False), (BOB, "endorsed", True)]
    assert data["counts"]["nodes"] == 7
    assert data["left_out"] == {"nodes": 4, "edges": 3}
    assert page_data(hostile_graph(), max_nodes=7)["left_out"] == {"nodes": 0, "edges": 0}


def test_ties_at_the_budget_are_broken_by_mentions_then_name():
    graph = build_graph([Entity("B", "PERSON", mentions=2), Entity("A", "PERSON", mentions=2),
                         Entity("C", "PERSON", mentions=9), Entity("D", "PERSON", mentions=1)], [])
    assert [n["name"] for n in page_data(graph, max_nodes=2)["nodes"]] == ["A", "C"]


def test_a_budget_below_one_is_refused():
    with pytest.raises(ValueError, match="max_nodes"):
        render_html(hostile_graph(), max_nodes=0)


def test_evidence_is_capped_per_edge_but_counted():
    count = MAX_EVIDENCE_PER_EDGE + 5
    graph = build_graph([Entity("A", "PERSON"), Entity("B", "PERSON")],
                        [mention("A", "PERSON", "met", "B", "PERSON", start=i, sentence=f"They met ({i}).",
                                 symmetric=True) for i in range(count)])
    (edge,) = page_data(graph)["edges"]
    assert edge["evidence_count"] == edge["weight"] == count
    assert len(edge["evidence"]) == MAX_EVIDENCE_PER_EDGE
    assert edge["evidence"][0]["text"] == "They met (0)."


def test_parallel_edges_get_their_own_curves():
    graph = build_graph([Entity("A", "PERSON"), Entity("B", "PERSON")],
                        [mention("A", "PERSON", "endorsed", "B", "PERSON"),
                         mention("A", "PERSON", "praised", "B", "PERSON"),
                         mention("B", "PERSON", "criticized", "A", "PERSON")])
    # A curve bends clockwise along its own direction; seen from the pair's first node, an edge
    # running the other way bends the other way, so compare the bends in that one frame.
    bends = {e["relation"]: e["curve"] * (-1 if e["from"] > e["to"] else 1) for e in page_data(graph)["edges"]}
    assert bends == {"endorsed": 0, "praised": 0.2, "criticized": -0.2}


def test_empty_graph_and_missing_attributes_still_render():
    graph = nx.MultiDiGraph()
    graph.add_node("only")  # no attributes at all
    data = page_data(graph)
    assert data["title"] == "Newsgraph" and data["command"] == ""
    assert data["nodes"][0]["name"] == "only" and data["nodes"][0]["type"] == ""
    assert Page(render_html(nx.MultiDiGraph())).data()["nodes"] == []


def test_title_and_command_arguments_override_the_graph():
    data = page_data(hostile_graph(), title="Mine", command="newsgraph build x")
    assert (data["title"], data["command"]) == ("Mine", "newsgraph build x")
