"""The store and the engines: reuse, reprocessing, resume after SIGKILL, atomic outputs, Dask = local."""

from __future__ import annotations

import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import networkx as nx
import pytest

from conftest import DATA, ROOT
from graph.build import build
from graph.records import DocEntity, DocResult, Document, RelationMention
from graph.store import STORE_NAME, Store, result_from_json, result_to_json

FORMATS = ["graphml", "jsonl"]
OUTPUTS = ("graph.graphml", "relations.jsonl", "entities.jsonl")


def _corpus_module():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(folder: Path, docs: int, seed: int = 7) -> Path:
    _corpus_module().write_corpus(folder, docs, seed)
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture()
def corpus(tmp_path):
    return _corpus(tmp_path / "articles", 10)


def test_result_json_round_trip():
    result = DocResult(
        document=Document(id="a.txt", text="Ann met Bob.\n", path="/x/a.txt", date="2025-01-02", author="Él"),
        entities=(DocEntity("Ann Lee", "PERSON", aliases=("Ann",), mentions=2, gender="f", titles=("mayor",)),
                  DocEntity("Bob", "PERSON")),
        relations=(RelationMention("a.txt", "Ann Lee", "PERSON", "met", "Bob", "PERSON", False, "Ann met Bob.",
                                   0, 12, "met", confidence=0.7225, rule="verb", symmetric=True, date="2025-01-02"),),
        errors=("a warning",),
    )
    assert result_from_json(result_to_json(result)) == result


def test_real_results_round_trip(extract):
    text = (DATA / "articles" / "cnn-harris-mamdani-call.txt").read_text(encoding="utf-8")
    result = extract(text)
    assert result.relations
    assert result_from_json(result_to_json(result)) == result


def test_model_version_read_without_loading_matches_loaded_model(nlp):
    from graph.nlp import model_id
    from graph.version import model_meta_id

    assert model_meta_id(None) == model_id(nlp)


def test_second_build_parses_nothing_and_loads_no_model(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build([corpus], out, formats=FORMATS)
    assert (first.documents, first.processed) == (10, 10)
    assert (out / STORE_NAME).exists()
    before = _outputs(out)

    import graph.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded although nothing needed parsing")

    monkeypatch.setattr(graph.nlp, "load_pipeline", refuse)
    second = build([corpus], out, formats=FORMATS)
    assert (second.documents, second.processed) == (10, 0)
    assert _outputs(out) == before


def test_store_build_equals_storeless_build(corpus, tmp_path):
    build([corpus], tmp_path / "a", formats=FORMATS)
    build([corpus], tmp_path / "a", formats=FORMATS)  # rebuilt entirely from the store
    build([corpus], tmp_path / "b", formats=FORMATS, store=False)
    assert not (tmp_path / "b" / STORE_NAME).exists()
    assert _outputs(tmp_path / "a") == _outputs(tmp_path / "b")


def test_changed_new_and_removed_documents(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, formats=FORMATS)
    files = sorted(corpus.glob("*.txt"))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nZebulon Quarrington praised Ottoline Vask.\n",
                        encoding="utf-8")
    removed_text = files[1].read_text(encoding="utf-8")
    files[1].unlink()
    _corpus_module().write_corpus(corpus, 1, seed=7, start=100)
    result = build([corpus], out, formats=FORMATS)
    assert (result.documents, result.processed) == (10, 2)  # one changed, one new, one gone
    assert ("Zebulon Quarrington", "praised", "Ottoline Vask") in {(m.source, m.relation, m.target)
                                                                  for m in result.mentions}
    assert files[1].name not in {m.doc for m in result.mentions}
    # the fresh build of the same folder agrees with the incremental one
    build([corpus], tmp_path / "fresh", formats=FORMATS)
    assert _outputs(out) == _outputs(tmp_path / "fresh")
    # the removed document stays in the store: putting it back costs no parsing
    files[1].write_text(removed_text, encoding="utf-8")
    assert build([corpus], out, formats=FORMATS).processed == 0


def test_changed_cue_file_reprocesses(corpus, tmp_path):
    out = tmp_path / "out"
    cues = tmp_path / "extra.toml"
    cues.write_text('[relation.praised]\nverbs = ["fete"]\n', encoding="utf-8")
    assert build([corpus], out, formats=FORMATS, relations=cues).processed == 10
    assert build([corpus], out, formats=FORMATS, relations=cues).processed == 0
    cues.write_text('[relation.praised]\nverbs = ["fete", "toast"]\n', encoding="utf-8")
    assert build([corpus], out, formats=FORMATS, relations=cues).processed == 10
    assert build([corpus], out, formats=FORMATS).processed == 10  # back to the built-in cues only


BUILD_SCRIPT = textwrap.dedent("""
    import sys
    from graph.build import build
    build([sys.argv[1]], sys.argv[2], formats=["graphml", "jsonl"], n_process=1)
""")


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def test_resume_after_sigkill_gives_the_uninterrupted_graph(tmp_path):
    articles = _corpus(tmp_path / "articles", 40, seed=11)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-c", BUILD_SCRIPT, str(articles), str(out)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while _stored(out / STORE_NAME) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    done = _stored(out / STORE_NAME)
    assert proc.returncode == -signal.SIGKILL
    assert 0 < done < 40, "the build should have been killed part way"
    assert not (out / "graph.graphml").exists()

    resumed = build([articles], out, formats=FORMATS)
    assert resumed.processed == 40 - done
    build([articles], tmp_path / "whole", formats=FORMATS)
    assert _outputs(out) == _outputs(tmp_path / "whole")


def test_killed_pool_build_leaves_no_workers_and_resumes(tmp_path):
    psutil = pytest.importorskip("psutil")
    articles = _corpus(tmp_path / "articles", 40, seed=13)
    out = tmp_path / "killed"
    script = BUILD_SCRIPT.replace("n_process=1", "n_process=2")
    proc = subprocess.Popen([sys.executable, "-c", script, str(articles), str(out)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while _stored(out / STORE_NAME) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert workers, "the build should have started worker processes"
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "worker processes outlived the killed build"
    assert 0 < _stored(out / STORE_NAME) < 40
    resumed = build([articles], out, formats=FORMATS, n_process=2)
    assert 0 < resumed.processed < 40
    build([articles], tmp_path / "whole", formats=FORMATS, n_process=1)
    assert _outputs(out) == _outputs(tmp_path / "whole")


WRITE_LOOP = textwrap.dedent("""
    import sys
    import networkx as nx
    from graph.build import build
    from graph.exporters.graphml import write_graphml
    small = build([sys.argv[1]], None, formats=[], store=False).graph
    big = nx.MultiDiGraph(**small.graph)
    for i in range(300):  # a file that takes a while to write
        big.update(nx.relabel_nodes(small, {n: f"{n}#{i}" for n in small}))
    print(big.number_of_nodes(), flush=True)
    while True:
        write_graphml(big, sys.argv[2])
""")


def test_sigkill_during_export_leaves_no_truncated_graphml(tmp_path):
    target = tmp_path / "graph.graphml"
    proc = subprocess.Popen([sys.executable, "-c", WRITE_LOOP, str(DATA / "articles"), str(target)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        nodes = int(proc.stdout.readline())
        deadline = time.monotonic() + 60
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        # Kill inside a later write: when its temporary file is there. (A fixed sleep could land
        # between one write's rename and the next one's temporary file on a loaded machine.)
        while not list(tmp_path.glob(".graph.graphml.*.tmp")) and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, proc.returncode
    assert nx.read_graphml(target).number_of_nodes() == nodes  # the whole file, not a truncated one
    stale = list(tmp_path.glob(".graph.graphml.*.tmp"))
    assert stale, "the kill should have left the half-written temporary file"
    build([DATA / "articles"], tmp_path, formats=["graphml"], store=False)
    assert not list(tmp_path.glob(".graph.graphml.*.tmp")), "the next build must remove the killed write's leftovers"


def test_dask_engine_on_local_cluster_equals_local_engine(corpus, tmp_path):
    pytest.importorskip("distributed")
    local = build([corpus], tmp_path / "local", formats=FORMATS)
    dask = build([corpus], tmp_path / "dask", formats=FORMATS, engine="dask", n_process=2)
    assert dask.processed == 10
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    a, b = local.graph, dask.graph
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


def test_new_documents_kept_or_read_again_give_the_same_graph(corpus, tmp_path, monkeypatch):
    import graph.incremental

    reread = []
    original = graph.incremental._documents
    monkeypatch.setattr(graph.incremental, "_documents", lambda *a: reread.append(1) or original(*a))
    build([corpus], tmp_path / "kept", formats=FORMATS)  # few new documents: kept from the first pass
    assert not reread, "a few new documents need not be read twice"
    monkeypatch.setattr(graph.incremental, "KEEP_CHARS", 100)  # more text than this: read again
    build([corpus], tmp_path / "reread", formats=FORMATS)
    assert reread, "past KEEP_CHARS the documents to parse must be read again"
    assert _outputs(tmp_path / "kept") == _outputs(tmp_path / "reread")


def test_process_pool_equals_single_process(corpus, tmp_path):
    build([corpus], tmp_path / "one", formats=FORMATS, n_process=1)
    build([corpus], tmp_path / "two", formats=FORMATS, n_process=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")


def test_store_file_that_is_not_a_database_is_one_clear_error(tmp_path, corpus):
    from graph.errors import StoreError

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="bad.sqlite"):
        build([corpus], tmp_path / "out", formats=FORMATS, store=bad)


def test_store_keeps_one_row_per_document(corpus, tmp_path):
    build([corpus], tmp_path / "out", formats=FORMATS)
    with Store(tmp_path / "out" / STORE_NAME) as store:
        (version,) = {v for (v,) in store._db.execute("SELECT DISTINCT version FROM documents")}
        assert len(store.known(version)) == 10


def test_cli_store_options(corpus, tmp_path, capsys):
    from graph.cli import main

    store = tmp_path / "elsewhere.sqlite"
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "-f", "jsonl", "--store", str(store)]
    assert main(args) == 0
    assert "10 parsed now" in capsys.readouterr().out
    assert main(args + ["--jobs", "2"]) == 0
    assert "0 parsed now" in capsys.readouterr().out
    assert store.exists() and not (tmp_path / "out" / STORE_NAME).exists()
    assert main(["build", str(corpus), "--out", str(tmp_path / "bare"), "-f", "jsonl", "--no-store", "-q"]) == 0
    assert capsys.readouterr().out == "" and not (tmp_path / "bare" / STORE_NAME).exists()
    with pytest.raises(SystemExit) as exit_:
        main(args + ["--jobs", "0"])
    assert exit_.value.code == 2 and "--jobs" in capsys.readouterr().err
