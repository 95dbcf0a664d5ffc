"""`newsgraph show` and `newsgraph stats` on a hand-built graph (no model), and --help examples."""

from __future__ import annotations

import pytest

import graph
from graph.cli import main, make_parser
from graph.errors import EntityNotFound
from graph.network import build_graph
from graph.records import Entity, RelationMention


def _mention(source, relation, target, doc="a.txt", sentence="", negated=False, symmetric=False, start=0):
    return RelationMention(doc=doc, source=source, source_type="PERSON", relation=relation, target=target,
                           target_type="ORG" if target == "Acme Corp" else "PERSON", negated=negated,
                           sentence=sentence or f"{source} {relation} {target}.", start=start, end=start + 10,
                           trigger=relation, confidence=0.8, symmetric=symmetric)


ENTITIES = [
    Entity("Ana Lopez", "PERSON", ("Lopez", "Ana Lopez"), 4, ("a.txt", "b.txt")),
    Entity("Ben Ode", "PERSON", ("Ode",), 2, ("a.txt",)),
    Entity("Bea Ode", "PERSON", (), 1, ("b.txt",)),
    Entity("Acme Corp", "ORG", ("Acme",), 3, ("a.txt", "b.txt")),
]
MENTIONS = [
    _mention("Ana Lopez", "criticized", "Ben Ode", sentence="Lopez attacked Ode on Monday."),
    _mention("Ana Lopez", "criticized", "Ben Ode", doc="b.txt", sentence="Lopez slammed Ode again."),
    _mention("Ben Ode", "works_for", "Acme Corp", start=20),
    _mention("Ana Lopez", "met", "Bea Ode", doc="b.txt", symmetric=True, start=30),
    _mention("Bea Ode", "endorsed", "Ana Lopez", doc="b.txt", negated=True, sentence="Ode did not endorse Lopez.",
             start=40),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Return (graph.graphml, relations.jsonl) written from the hand-built graph."""
    folder = tmp_path_factory.mktemp("built")
    graph.write(build_graph(ENTITIES, MENTIONS, documents=2), folder, formats=["graphml", "jsonl"])
    return folder / "graph.graphml", folder / "relations.jsonl"


@pytest.mark.parametrize("asked,found", [
    ("Ana Lopez", "Ana Lopez"),
    ("ana lopez", "Ana Lopez"),
    ("LOPEZ", "Ana Lopez"),  # alias
    ("acme", "Acme Corp"),  # alias, any case
    ("Acme C", "Acme Corp"),  # unique part of a name
    ("Ode", "Ben Ode"),  # an exact alias wins over names that contain it
])
def test_find_entity(asked, found):
    assert graph.find_entity(build_graph(ENTITIES, MENTIONS), asked) == found


@pytest.mark.parametrize("asked,message", [
    ("Zed", "no entity named 'Zed'"),
    ("Ana Lopes", "did you mean Ana Lopez"),
    ("b", "matches several entities: Bea Ode, Ben Ode"),
])
def test_find_entity_says_what_is_wrong(asked, message):
    with pytest.raises(EntityNotFound, match=message):
        graph.find_entity(build_graph(ENTITIES, MENTIONS), asked)


@pytest.mark.parametrize("which", [0, 1])
def test_show_prints_relations_with_evidence(files, which, capsys):
    assert main(["show", "lopez", "--graph", str(files[which])]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Ana Lopez (PERSON), also Lopez: ")
    assert "  Ana Lopez -criticized-> Ben Ode  [2 mentions, confidence 0.80]" in lines
    assert "  Ana Lopez <-met-> Bea Ode  [1 mention, confidence 0.80]" in lines
    assert "  Bea Ode -NOT endorsed-> Ana Lopez  [1 mention, confidence 0.80]" in lines
    assert '      b.txt: "Ode did not endorse Lopez."' in lines
    assert "works_for" not in out  # another entity's relation
    if which == 1:  # relations.jsonl keeps every sentence; the GraphML keeps the best one per edge
        assert '      a.txt: "Lopez attacked Ode on Monday."' in lines
        assert '      b.txt: "Lopez slammed Ode again."' in lines


def test_show_limits_the_evidence(files, capsys):
    assert main(["show", "Ana Lopez", "-g", str(files[1]), "--evidence", "1"]) == 0
    out = capsys.readouterr().out
    assert "Lopez slammed Ode again." not in out and "... 1 more" in out


def test_show_and_stats_errors_are_one_line(files, tmp_path, capsys):
    assert main(["show", "Zed", "--graph", str(files[0])]) == 1
    assert capsys.readouterr().err == ("newsgraph: error: no entity named 'Zed' in the graph; "
                                       "`newsgraph stats` lists the main ones\n")
    assert main(["stats", "--graph", str(tmp_path / "missing.graphml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: error: ") and "missing.graphml" in err and err.count("\n") == 1


@pytest.mark.parametrize("which", [0, 1])
def test_stats_summarises(files, which, capsys):
    assert main(["stats", "--graph", str(files[which]), "--top", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "documents: 2",
        "entities:  4",
        "  PERSON      3",
        "  ORG         1",
        "relations: 3 edges, 4 mentions (1 negated edge kept apart)",
        "  criticized  1 edge, 2 mentions",
        "  met         1 edge, 1 mention",
        "  works_for   1 edge, 1 mention",
        "top entities by number of relations:",
        "     2  Ana Lopez (PERSON)",
        "     2  Ben Ode (PERSON)",
    ]


def test_a_relations_jsonl_alone_still_gives_entities_and_types(files, tmp_path, capsys):
    alone = tmp_path / "relations.jsonl"
    alone.write_bytes(files[1].read_bytes())
    loaded = graph.load_graph(alone)
    assert loaded.graph["documents"] == 2
    assert dict(loaded.nodes(data="type")) == {"Ana Lopez": "PERSON", "Ben Ode": "PERSON", "Bea Ode": "PERSON",
                                               "Acme Corp": "ORG"}
    assert main(["show", "Ana Lopez", "--graph", str(alone)]) == 0
    assert "Ana Lopez -criticized-> Ben Ode  [2 mentions" in capsys.readouterr().out


def _commands():
    parser = make_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


@pytest.mark.parametrize("name", ["build", "evaluate", "show", "stats"])
def test_every_command_has_an_example_in_its_help(name):
    text = _commands()[name].format_help()
    assert f"example: newsgraph {name} " in text


def test_the_commands_listed_are_the_ones_tested():
    assert set(_commands()) == {"build", "evaluate", "show", "stats"}
