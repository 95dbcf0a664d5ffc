"""Inputs: every format, encoding and broken-file kind, through the CLI with the real model.

Each test asserts what reached the graph (entity names, relations, dates) and
what was reported (stderr, errors.jsonl, exit status).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from conftest import DATA, ROOT
from graph.cli import main
from graph.documents import MAX_CHARS, read_documents, split_long
from graph.errors import InputError
from graph.readers.dates import iso_date
from graph.readers.decoding import decode
from graph.records import Document, Skipped

ENDORSE = "Mayor Ann Lee endorsed Governor Bob Stone on Tuesday.\n"
ACCENTED = "Senator José Nuñez criticized Governor Zoë Müller on Tuesday.\n"


def build(capsys, *args):
    """Run `newsgraph build ARGS --out OUT` (graphml and jsonl) and return (status, stdout, stderr)."""
    status = main(["build", *map(str, args), "--no-store", "-f", "graphml,jsonl"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def relations(out):
    return [json.loads(line) for line in (out / "relations.jsonl").read_text("utf-8").splitlines()]


def triples(out):
    return {(m["source"], m["relation"], m["target"]) for m in relations(out) if not m["negated"]}


def errors(out):
    return [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]


# --- formats and encodings: the file's article reaches the graph ------------------------------

FORMATS = [
    ("plain.txt", ENDORSE.encode("utf-8"), ("Ann Lee", "endorsed", "Bob Stone")),
    ("notes.md", f"# Election notes\n\nMayor **Ann Lee** endorsed [Governor Bob Stone](http://x.example).\n".encode(),
     ("Ann Lee", "endorsed", "Bob Stone")),
    ("utf8.txt", ACCENTED.encode("utf-8"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("bom.txt", b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("utf16le.txt", ACCENTED.encode("utf-16"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("utf16be.txt", b"\xfe\xff" + ACCENTED.encode("utf-16-be"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("cp1252.txt", ("“Quote,” " + ACCENTED).encode("cp1252"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("latin1.txt", ACCENTED.encode("latin-1"), ("José Nuñez", "criticized", "Zoë Müller")),
    ("crlf.txt", ENDORSE.replace("\n", "\r\n").encode(), ("Ann Lee", "endorsed", "Bob Stone")),
    ("page.html", (
        "<html><head><title>Lee backs Stone</title></head><body><nav>Home | Sport | Weather</nav>"
        f"<article><p>{ACCENTED}</p><p>Supporters cheered.</p></article></body></html>").encode(),
     ("José Nuñez", "criticized", "Zoë Müller")),
    ("one.json", json.dumps({"text": ENDORSE}).encode(), ("Ann Lee", "endorsed", "Bob Stone")),
    ("list.json", json.dumps([{"content": ENDORSE}, {"content": ACCENTED}]).encode(),
     ("José Nuñez", "criticized", "Zoë Müller")),
    ("lines.jsonl", (json.dumps({"body": ACCENTED}, ensure_ascii=False) + "\n").encode(),
     ("José Nuñez", "criticized", "Zoë Müller")),
]


@pytest.mark.parametrize("name,raw,triple", FORMATS, ids=[row[0] for row in FORMATS])
def test_each_format_and_encoding_reaches_the_graph(tmp_path, capsys, name, raw, triple):
    (tmp_path / name).write_bytes(raw)
    status, stdout, stderr = build(capsys, tmp_path / name, "--out", tmp_path / "out")
    assert status == 0, stderr
    assert stderr == ""
    assert triple in triples(tmp_path / "out")
    assert errors(tmp_path / "out") == []


@pytest.mark.parametrize("raw,text", [
    ("Zoë “quoted” — naïve".encode("utf-8"), "Zoë “quoted” — naïve"),
    (b"\xef\xbb\xbfZo\xc3\xab", "Zoë"),
    ("Zoë".encode("utf-16"), "Zoë"),
    ("Zoë".encode("utf-32"), "Zoë"),
    ("Zoë “quoted” — naïve".encode("cp1252"), "Zoë “quoted” — naïve"),
    ("Zoë Müller à Paris".encode("latin-1"), "Zoë Müller à Paris"),
    ("line one\r\nline two\rthree".encode(), "line one\nline two\nthree"),
    ('<meta charset="shift_jis"><p>東京都知事</p>'.encode("shift_jis"), '<meta charset="shift_jis"><p>東京都知事</p>'),
    ('<meta charset="utf-8"><p>Zoë</p>'.encode("cp1252"), '<meta charset="utf-8"><p>Zoë</p>'),  # a false claim
    ('<meta charset="iso-8859-1"><p>“Zoë”</p>'.encode("cp1252"), '<meta charset="iso-8859-1"><p>“Zoë”</p>'),
    ("one\u2028two\u2029three\x85four\x0cfive".encode(), "one\ntwo\nthree\nfour\nfive"),  # str.splitlines breaks
    ("Президент встретился с министром финансов в Москве во вторник.".encode("cp1251"),
     "Президент встретился с министром финансов в Москве во вторник."),
])
def test_decode(raw, text):
    assert decode(raw) == text


@pytest.mark.parametrize("value,iso", [
    ("2025-09-24", "2025-09-24"),
    ("2025-09-24T10:00:00Z", "2025-09-24"),
    ("Sep 24, 2025", "2025-09-24"),
    ("24 September 2025", "2025-09-24"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
    (1704153600, "2024-01-02"),
    (1704153600000, "2024-01-02"),
    ("yesterday", ""),
    ("2025-13-45", ""),
    (None, ""),
])
def test_dates_become_iso(value, iso):
    assert iso_date(value) == iso


# --- metadata reaches the graph ----------------------------------------------------------------

def test_byline_date_reaches_edges(tmp_path, capsys):
    status, _, stderr = build(capsys, DATA / "articles" / "cnn-harris-mamdani-call.txt", "--out", tmp_path)
    assert status == 0, stderr
    mentions = relations(tmp_path)
    assert mentions and {m["date"] for m in mentions} == {"2025-09-24"}
    (document,) = [d for d in read_documents([DATA / "articles" / "cnn-harris-mamdani-call.txt"])]
    assert (document.date, document.author, document.source) == ("2025-09-24", "Edward-Isaac Dovere", "CNN")


def test_html_metadata_and_boilerplate(tmp_path, capsys):
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><title>Lee backs Stone | The Daily</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<meta name="author" content="Jane Roe"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>Lee backs Stone</h1>"
        f"<p>{ENDORSE}</p><p>The two met in Springfield later that week to plan the campaign.</p></article>"
        "<footer>Copyright The Daily</footer></body></html>", "utf-8")
    (document,) = read_documents([page])
    assert document.date == "2024-03-05" and document.author == "Jane Roe"
    assert "Lee backs Stone" in document.title
    assert "Copyright" not in document.text and "Sport" not in document.text
    status, _, _ = build(capsys, page, "--out", tmp_path / "out")
    assert status == 0
    assert ("Ann Lee", "endorsed", "Bob Stone") in triples(tmp_path / "out")
    assert {m["date"] for m in relations(tmp_path / "out")} == {"2024-03-05"}
    entities = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text("utf-8").splitlines()]
    lee = next(e for e in entities if e["name"] == "Ann Lee")
    assert (lee["first_seen"], lee["last_seen"], lee["docs"]) == ("2024-03-05", "2024-03-05", ["page.htm"])


def test_markdown_front_matter_and_heading(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: \"Lee backs Stone\"\ndate: March 5, 2024\nauthor: Jane Roe\n---\n"
                    "# Election *notes*\n\n> Mayor **Ann Lee** endorsed [Governor Bob Stone](http://x.example).\n",
                    "utf-8")
    (document,) = read_documents([note])
    assert (document.title, document.date, document.author) == ("Lee backs Stone", "2024-03-05", "Jane Roe")
    assert document.text == "Election notes\n\nMayor Ann Lee endorsed Governor Bob Stone.\n"


def test_json_field_options(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"uid": "story-1", "meta": {"when": "March 5, 2024", "link": "https://news.example/1"},
         "fields": {"bodyText": ENDORSE, "headline": "Lee backs Stone"}},
        {"uid": "story-2", "meta": {"when": 1704153600}, "fields": {"bodyText": ACCENTED}},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    status, _, stderr = build(capsys, feed, "--out", tmp_path / "out", "--text-field", "fields.bodyText",
                              "--title-field", "fields.headline", "--date-field", "meta.when",
                              "--url-field", "meta.link", "--id-field", "uid")
    assert status == 0, stderr
    by_doc = {(m["doc"], m["date"], m["relation"]) for m in relations(tmp_path / "out")}
    assert ("story-1", "2024-03-05", "endorsed") in by_doc
    assert ("story-2", "2024-01-02", "criticized") in by_doc
    docs = [d for d in read_documents([feed], text="fields.bodyText", title="fields.headline", url="meta.link",
                                      id="uid")]
    assert (docs[0].id, docs[0].title, docs[0].url) == ("story-1", "Lee backs Stone", "https://news.example/1")


def test_json_without_the_named_field_says_which(tmp_path, capsys):
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"articles": [{"text": ENDORSE}, {"story": ACCENTED}]}), "utf-8")
    status, _, stderr = build(capsys, feed, "--out", tmp_path / "out")
    assert status == 0
    assert f"{feed}: item 2: no article text" in stderr and "--text-field" in stderr
    assert triples(tmp_path / "out") == {("Ann Lee", "endorsed", "Bob Stone")}


# --- inputs: folders, globs, standard input ----------------------------------------------------

def test_folders_recursive_and_globs(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(ENDORSE, "utf-8")
    (tmp_path / "a" / "b" / "two.md").write_text(ACCENTED, "utf-8")
    (tmp_path / "a" / "b" / "one.txt").write_text(ACCENTED, "utf-8")  # same name, other folder
    (tmp_path / "a" / ".hidden.txt").write_text(ENDORSE, "utf-8")
    ids = [d.id for d in read_documents([tmp_path / "a"])]
    assert ids == ["one.txt", "two.md", str(tmp_path / "a" / "one.txt")]  # sorted paths: a/b/ before a/one.txt
    status, _, stderr = build(capsys, f"{tmp_path}/a/**/*.md", f"{tmp_path}/nothing-*.txt", "--out", tmp_path / "out")
    assert status == 0
    assert triples(tmp_path / "out") == {("José Nuñez", "criticized", "Zoë Müller")}
    assert f"{tmp_path}/nothing-*.txt: no file matches this pattern" in stderr


def test_file_names_that_are_not_utf8(tmp_path, capsys):
    folder = bytes(tmp_path / "in")
    (tmp_path / "in").mkdir()
    with open(folder + b"/caf\xe9.txt", "w") as handle:
        handle.write(ENDORSE)
    with open(folder + b"/scan\xff.p\xffdf", "w") as handle:
        handle.write("x")
    status, _, stderr = build(capsys, tmp_path / "in", "--out", tmp_path / "out")
    assert status == 0
    assert {m["doc"] for m in relations(tmp_path / "out")} == {"caf\ufffd.txt"}
    (error,) = errors(tmp_path / "out")
    assert error["path"] == f"{tmp_path}/in/scan\ufffd.p\ufffddf" and "'.p\ufffddf'" in error["reason"]


def test_standard_input(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ACCENTED.encode("cp1252"))))
    status, _, stderr = build(capsys, "-", "--out", tmp_path)
    assert status == 0, stderr
    assert ("José Nuñez", "criticized", "Zoë Müller") in triples(tmp_path)
    assert {m["doc"] for m in relations(tmp_path)} == {"stdin"}


def test_standard_input_json_lines(tmp_path, capsys, monkeypatch):
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": t}) for i, t in enumerate((ENDORSE, ACCENTED)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    status, _, _ = build(capsys, "-", "--out", tmp_path)
    assert status == 0
    assert {m["doc"] for m in relations(tmp_path)} == {"n0", "n1"}


# --- broken inputs: skipped with a reason, the rest still built --------------------------------

BAD = [
    ("empty.txt", b"", "empty document"),
    ("blank.txt", b" \n\t\r\n  \n", "empty document"),
    ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "unsupported file type '.pdf'"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    ("photo2.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"),
    ("report.txt", b"%PDF-1.4 pretending to be text", "binary file (PDF document)"),
    ("nul.txt", b"some text\x00\x00with NUL bytes", "binary file (NUL bytes)"),
    ("noise.txt", bytes(range(1, 32)) * 40, "binary file (control characters)"),
    ("broken.json", b'{"text": "unterminated', "not valid JSON"),
    ("number.json", b"42", "JSON holds a int"),
    ("nothing.json", b"[]", "no article: the JSON holds an empty list"),
    ("none.json", b'{"articles": []}', "no article: the JSON holds an empty list"),
    ("bad.jsonl", b'{"text": 1\n', "line 1: not valid JSON"),
    ("page.html", b"<html><body><script>var x = 1;</script></body></html>", "no article text"),
    ("broken16.txt", b"\xff\xfeA\x00\x00\xd8", "undecodable text"),
]


@pytest.mark.parametrize("name,raw,reason", BAD, ids=[row[0] for row in BAD])
def test_bad_file_is_skipped_with_a_reason_and_the_rest_built(tmp_path, capsys, name, raw, reason):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ENDORSE, "utf-8")
    (corpus / name).write_bytes(raw)
    status, stdout, stderr = build(capsys, corpus, "--out", tmp_path / "out")
    assert status == 0
    assert triples(tmp_path / "out") == {("Ann Lee", "endorsed", "Bob Stone")}
    (error,) = errors(tmp_path / "out")
    assert error["path"] == str(corpus / name) and reason in error["reason"] and error["stage"] == "read"
    assert stderr.splitlines() == [f"{corpus / name}: {error['reason']}"]
    assert "documents: 1 (1 skipped)" in stdout
    status, _, stderr = build(capsys, corpus, "--out", tmp_path / "strict", "--strict")
    assert status == 1 and "--strict" in stderr


def test_nothing_built_exits_1_with_the_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    proc = subprocess.run([sys.executable, "-m", "graph", "build", str(tmp_path / "empty.txt"), "--out",
                           str(tmp_path / "out"), "-f", "jsonl", "--no-store"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"{tmp_path / 'empty.txt'}: empty document"]
    assert errors(tmp_path / "out") == [{"path": str(tmp_path / "empty.txt"), "reason": "empty document",
                                         "stage": "read"}]


def test_an_empty_folder_says_so(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    status, _, stderr = build(capsys, tmp_path / "in", "--out", tmp_path / "out")
    assert status == 1 and stderr == "newsgraph: error: no article found in the inputs\n"


def test_errors_jsonl_is_emptied_by_a_clean_build(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(ENDORSE)
    (tmp_path / "empty.txt").write_text("")
    build(capsys, tmp_path / "good.txt", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert len(errors(tmp_path / "out")) == 1
    build(capsys, tmp_path / "good.txt", "--out", tmp_path / "out")
    assert errors(tmp_path / "out") == []


# --- a crash inside extraction: reported with the document and the rule; the build goes on ---

def test_extraction_crash_is_reported_and_the_build_goes_on(tmp_path, capsys, monkeypatch):
    import graph.roles

    real = graph.roles._kin_group  # called for every sentence

    def explode(sent, cues, resolver):
        if "Stone" in sent.text:
            raise RuntimeError("rule exploded")
        return real(sent, cues, resolver)

    monkeypatch.setattr(graph.roles, "_kin_group", explode)
    (tmp_path / "bad.txt").write_text(ENDORSE)
    (tmp_path / "good.txt").write_text(ACCENTED)
    status, stdout, stderr = build(capsys, tmp_path / "bad.txt", tmp_path / "good.txt", "--out", tmp_path / "out")
    assert status == 0
    assert triples(tmp_path / "out") == {("José Nuñez", "criticized", "Zoë Müller")}
    (error,) = errors(tmp_path / "out")
    assert error["path"] == str(tmp_path / "bad.txt") and error["stage"] == "extract"
    assert "extraction failed in roles.role_candidates" in error["reason"]
    assert "RuntimeError: rule exploded" in error["reason"]
    assert stderr.strip() == f"{tmp_path / 'bad.txt'}: {error['reason']}"
    assert "documents: 1 (1 skipped)" in stdout


# --- long documents: cut at paragraphs before parsing ------------------------------------------

def test_split_long_cuts_at_paragraphs():
    paragraph = ("Mayor Ann Lee spoke to reporters about the budget at length. " * 30).strip()
    text = "\n\n".join([paragraph] * 3000)  # about 5.5 MB
    pieces = split_long(Document(id="long.txt", text=text, date="2024-03-05"))
    assert len(pieces) > 50
    assert all(len(p.text) <= MAX_CHARS for p in pieces)
    assert "".join(p.text for p in pieces) == text
    assert all(p.text.endswith("\n\n") for p in pieces[:-1])
    assert [p.id for p in pieces[:2]] == ["long.txt#1", "long.txt#2"] and {p.date for p in pieces} == {"2024-03-05"}
    assert split_long(Document(id="short.txt", text=paragraph)) == [Document(id="short.txt", text=paragraph)]


def test_split_long_without_breaks():
    text = "x" * (MAX_CHARS * 2 + 5)
    pieces = split_long(Document(id="blob.txt", text=text))
    assert [len(p.text) for p in pieces] == [MAX_CHARS, MAX_CHARS, 5]


def test_long_document_builds_in_pieces(tmp_path, capsys):
    filler = "The council discussed the budget, the roads and the schools for many hours. " * 40
    paragraphs = [filler] * 60 + [ENDORSE] + [filler] * 60 + [ACCENTED]
    (tmp_path / "long.txt").write_text("\n\n".join(paragraphs), "utf-8")
    assert (tmp_path / "long.txt").stat().st_size > 3 * MAX_CHARS
    status, stdout, stderr = build(capsys, tmp_path / "long.txt", "--out", tmp_path / "out")
    assert status == 0, stderr
    found = {(m["doc"].split("#")[0], m["source"], m["relation"], m["target"]) for m in relations(tmp_path / "out")}
    assert ("long.txt", "Ann Lee", "endorsed", "Bob Stone") in found
    assert ("long.txt", "José Nuñez", "criticized", "Zoë Müller") in found
    assert {m["doc"] for m in relations(tmp_path / "out")} <= {f"long.txt#{n}" for n in range(1, 10)}


# --- bad command lines: one clear line, no traceback -------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


BAD_COMMAND_LINES = [  # {tmp}: the test's folder, {data}: the repository's data folder
    ("build {tmp}/missing.txt --out {tmp}/o", 1, "{tmp}/missing.txt: no such file or folder"),
    ("build {data}/articles --out {tmp}/file", 1, "{tmp}/file: the output path is a file"),
    ("build {data}/articles --out {tmp}/o --format graphml,docx", 2, "unknown format 'docx'"),
    ("build {data}/articles --out {tmp}/o --relations {tmp}/cues.toml", 1, "line 4"),
    ("build {data}/articles --out {tmp}/o --relations {tmp}/nope.toml", 1, "nope.toml: cannot read"),
    ("build --out {tmp}/o", 2, "INPUT"),
]


@pytest.mark.parametrize("command,status,fragment", BAD_COMMAND_LINES)
def test_bad_command_lines_are_one_clear_line(tmp_path, command, status, fragment):
    (tmp_path / "file").write_text("not a folder")
    (tmp_path / "cues.toml").write_text('[relation.praised]\nverbs = ["hail"]\n\n[relation.met\nverbs = ["see"]\n')
    proc = run(*command.format(tmp=tmp_path, data=DATA).split())
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == status, proc.stderr
    assert len(lines) == 1 and fragment.format(tmp=tmp_path) in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_read_document_errors_name_the_file(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00\x01")
    with pytest.raises(InputError, match="x.txt: binary file"):
        from graph.documents import read_document

        read_document(tmp_path / "x.txt")
    assert isinstance(next(read_documents([tmp_path / "x.txt"])), Skipped)


def test_standard_input_of_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "graph", "build", "-", "--out", str(tmp_path), "-f", "jsonl",
                           "--no-store"], input=ACCENTED.encode("utf-16"), capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert ("José Nuñez", "criticized", "Zoë Müller") in triples(tmp_path)


def test_news_api_export(tmp_path, capsys):
    export = {"status": "ok", "articles": [{
        "source": {"id": None, "name": "The Daily"}, "author": "Jane Roe", "title": "Lee backs Stone",
        "url": "https://news.example/lee", "publishedAt": "2024-03-05T10:00:00Z", "content": ENDORSE}]}
    (tmp_path / "export.json").write_text(json.dumps(export), "utf-8")
    (document,) = read_documents([tmp_path / "export.json"])
    assert (document.id, document.source, document.author, document.date, document.url) == (
        "export.json#1", "The Daily", "Jane Roe", "2024-03-05", "https://news.example/lee")
