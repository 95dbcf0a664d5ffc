"""The README cannot fall behind: every command and option is in it, and its test line is the one CI runs."""

from __future__ import annotations

import re
import subprocess

import pytest

from conftest import ROOT
from graph.cli import make_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_LINE = 'pip install -e ".[test]" && python -m pytest -q'


def _commands() -> dict:
    parser = make_parser()
    return next(a for a in parser._actions if a.dest == "command").choices


def _options() -> list[tuple[str, str]]:
    return [(name, option) for name, sub in _commands().items() for action in sub._actions
            for option in action.option_strings if option not in ("-h", "--help")]


@pytest.mark.parametrize("command", list(_commands()))
def test_every_command_is_in_the_readme(command):
    assert re.search(rf"`newsgraph {command}[` ]", README), f"`newsgraph {command}` is not documented in README.md"


@pytest.mark.parametrize("command,option", _options())
def test_every_option_is_in_the_readme(command, option):
    # Each option appears in backticks: `--out DIR`, `--quiet`, `-q`.
    assert re.search(rf"`{re.escape(option)}[` ]", README) or re.search(rf", `{re.escape(option)}`", README), \
        f"`newsgraph {command} {option}` is not documented in README.md"


def test_readme_test_line_is_what_ci_runs():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    grep = re.search(r"TEST_LINE=\$\((grep [^|]+?)\s*\|\|", script)
    assert grep, ".ci/run no longer extracts the README's test line with grep"
    extracted = subprocess.run(["bash", "-c", grep.group(1)], cwd=ROOT, capture_output=True, text=True).stdout
    assert extracted.strip() == TEST_LINE
    assert f"```\n{TEST_LINE}\n```" in README  # shown as its own block, ready to copy


def test_quick_start_install_line_is_unchanged():
    assert "```\npip install -e . && newsgraph build data/articles --out out\n```" in README


def test_python_api_example_names_only_real_functions():
    import graph

    block = README.split("## Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    for name in re.findall(r"graph\.(\w+)\(", block):
        assert callable(getattr(graph, name)), name
