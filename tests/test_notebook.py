"""notebooks/explore.ipynb runs top to bottom, as shipped, and shows what it promises."""

from __future__ import annotations

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def executed(tmp_path_factory, monkeypatch_module):
    """Return the notebook after running every cell in its own folder, writing into a temporary folder."""
    import nbclient
    import nbformat

    out = tmp_path_factory.mktemp("notebook-out")
    monkeypatch_module.setenv("NEWSGRAPH_OUT", str(out))
    monkeypatch_module.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return notebook, out


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _outputs(notebook, source_start: str) -> list[dict]:
    """Return the outputs of the code cell whose source starts with ``source_start``."""
    cell = next(c for c in notebook.cells if c.cell_type == "code" and c.source.startswith(source_start))
    return cell.outputs


def _text(outputs) -> str:
    return "".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in outputs)


def test_the_shipped_notebook_has_no_outputs():
    import nbformat

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in notebook.cells if c.cell_type == "code")


def test_every_cell_runs(executed):
    notebook, _ = executed
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors


def test_it_builds_the_sample_articles_and_shows_them_inline(executed):
    notebook, _ = executed
    assert _text(_outputs(notebook, "g = graph.build_graph")).startswith("2 documents, ")
    shown = _outputs(notebook, "graph.show(g)")[0]["data"]["text/html"]
    assert shown.startswith("<iframe srcdoc=") and "Zohran Mamdani" in shown


def test_it_answers_the_questions_with_evidence(executed):
    notebook, _ = executed
    assert "Zohran Mamdani" in _text(_outputs(notebook, "import pandas"))
    assert "criticized" in _text(_outputs(notebook, 'relations.groupby("relation")'))
    entity = _text(_outputs(notebook, "node = graph.find_entity"))
    assert entity.startswith("Zohran Mamdani (PERSON)") and "fielding a call" in entity
    criticized = _text(_outputs(notebook, "criticized = graph.relations_table"))
    assert "Donald Trump" in criticized and "Zohran Mamdani" in criticized
    assert any("image/png" in o.get("data", {}) for o in _outputs(notebook, "import matplotlib"))


def test_it_writes_graphml(executed):
    notebook, out = executed
    assert (out / "graph.graphml").stat().st_size > 0
    assert "entities read back" in _text(_outputs(notebook, "files = graph.write"))
