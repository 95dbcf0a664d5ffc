"""Scoring as RELATIONS.md says, on hand-made gold and predictions."""

from __future__ import annotations

import json

import pytest

from graph.errors import GoldFileError
from graph.evaluation import format_score, load_gold, normalise, score
from graph.records import RelationMention

GOLD = {
    "doc": "a.txt",
    "entities": [
        {"name": "Ann Lee", "type": "PERSON", "aliases": ["Lee", "the mayor"]},
        {"name": "Bob Ray", "type": "PERSON", "aliases": ["Ray"]},
        {"name": "Acme", "type": "ORG", "aliases": []},
    ],
    "relations": [
        {"source": "Ann Lee", "relation": "endorsed", "target": "Bob Ray"},
        {"source": "Bob Ray", "relation": "texted", "target": "Ann Lee", "symmetric": True},
        {"source": "Ann Lee", "relation": "met", "target": "Bob Ray"},
    ],
    "optional": [{"source": "Bob Ray", "relation": "works_for", "target": "Acme"}],
    "not_relations": [{"source": "Bob Ray", "relation": "endorsed", "target": "Ann Lee", "why": "negated"}],
}


def mention(s, r, t, negated=False, doc="a.txt"):
    return RelationMention(doc, s, "PERSON", r, t, "PERSON", negated, "sentence", 0, 8, "w")


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n")
    return load_gold(path)


def test_aliases_symmetry_optional_and_traps(gold):
    result = score(gold, [
        mention("Lee", "endorsed", "Ray"),            # alias -> tp
        mention("the mayor's", "endorsed", "Bob Ray"),  # same triple again: counted once
        mention("Ann Lee", "texted", "Bob Ray"),      # symmetric gold: reverse matches
        mention("Bob Ray", "met", "Ann Lee"),         # met is symmetric
        mention("Bob Ray", "works_for", "Acme"),      # optional: not counted
        mention("Bob Ray", "endorsed", "Ann Lee"),    # trap -> fp
        mention("Bob Ray", "criticized", "Ann Lee", negated=True),  # negated: ignored
    ])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (3, 1, 0)
    assert result.false_positives[0][3] == "negated"
    assert result.by_relation["endorsed"].precision == 0.5


def test_directed_relation_does_not_match_reversed(gold):
    result = score(gold, [mention("Bob Ray", "endorsed", "Ann Lee")])
    assert result.overall.tp == 0 and result.overall.fn == 3


def test_format_lists_errors_when_verbose(gold):
    text = format_score(score(gold, [mention("Bob Ray", "endorsed", "Ann Lee")]), verbose=True)
    assert "FP a.txt: Bob Ray -endorsed-> Ann Lee" in text and "FN a.txt: Ann Lee -endorsed-> Bob Ray" in text
    assert text.splitlines()[-0].startswith("relation")


def test_normalise():
    assert normalise("The White House's") == "white house"


def test_bad_gold_names_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{not json\n")
    with pytest.raises(GoldFileError, match=r"g.jsonl:2"):
        load_gold(path)
