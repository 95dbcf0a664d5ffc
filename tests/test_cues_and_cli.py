"""The cue file (syntax, extension, errors) and the command line's one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from graph.cues import load_cues, parse_verb_cue
from graph.errors import CueFileError


@pytest.mark.parametrize("text,lemma,required,prep,pejorative", [
    ("endorse", "endorse", (), "", False),
    ("take aim at {target}", "take", ("aim",), "at", False),
    ("come out against {target}", "come", ("out",), "against", False),
    ("call {target} {pejorative}", "call", (), "", True),
    ("refer to {target} as {pejorative}", "refer", (), "to", True),
])
def test_verb_cue_syntax(text, lemma, required, prep, pejorative):
    cue = parse_verb_cue("criticized", text)
    assert (cue.lemma, cue.required, cue.target_prep, cue.pejorative) == (lemma, required, prep, pejorative)


def test_every_relation_type_has_cues():
    cues = load_cues()
    relations = {c.relation for cs in cues.verbs.values() for c in cs} | {r.relation for r in cues.roles.values()}
    assert relations == {"endorsed", "criticized", "praised", "threatened", "texted", "called", "met",
                         "works_for", "family"}


def test_user_cue_file_extends(tmp_path, extract):
    extra = tmp_path / "more.toml"
    extra.write_text('[relation.praised]\nverbs = ["fete"]\n')
    cues = load_cues(extra)
    assert "fete" in cues.verbs and "praise" in cues.verbs
    assert cues.digest != load_cues().digest


@pytest.mark.parametrize("content,message", [
    ("[relation.praised\nverbs = 1", "line 1"),
    ('[relation.adored]\nverbs = ["love"]\n', "unknown relation type"),
    ('[relation.praised]\nverbs = "fete"\n', "must be a list"),
])
def test_bad_cue_file_is_one_clear_error(tmp_path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content)
    with pytest.raises(CueFileError, match=message) as info:
        load_cues(bad)
    assert str(bad) in str(info.value)


def run(*args):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("args,status,fragment", [
    (["build", "--out", "x"], 2, "INPUT"),
    (["build", "data/articles", "--out", "x", "--format", "pdf"], 2, "unknown format"),
    (["build", "data/articles", "--out", "x", "--min-confidence", "7"], 2, "not between 0 and 1"),
    (["evaluate", "--gold", "nope.jsonl", "--graph", "x.graphml"], 1, "nope.jsonl"),
    (["build", "data/articles", "--out", "x", "--relations", "missing.toml"], 1, "missing.toml"),
])
def test_bad_command_lines_are_one_line(args, status, fragment):
    proc = run(*args)
    assert proc.returncode == status
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_model_says_how_to_install():
    proc = run("evaluate", "--gold", "data/gold/dev.jsonl", "--articles", "data/articles", "--model", "xx_no_such_model")
    assert proc.returncode == 1
    assert "pip install" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_max_html_nodes_must_be_positive(value):
    proc = run("build", "data/articles", "--out", "x", "--max-html-nodes", value)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


def test_kinship_inverse_groups():
    from graph.cues import _kin_inverse, load_cues

    cues = load_cues()
    assert "brother" in cues.kin_inverse["sister"] and "father" in cues.kin_inverse["daughter"]
    assert "mother" not in cues.kin_inverse["sister"]
    assert cues.kin_gender["brother"] == "m" and cues.kin_gender["wife"] == "f"
    with pytest.raises(ValueError, match="unknown group"):
        _kin_inverse({"parent": ["mother"], "inverse": {"parent": "child"}})
