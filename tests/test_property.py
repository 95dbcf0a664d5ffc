"""Property tests: arbitrary text, unicode, markup and bytes through the whole build.

Whatever the input, a build must not raise, must account for every input (built
or skipped with a reason) and must leave every output file valid: graph.graphml
validates against the GraphML schema and every JSON Lines line parses. Builds
use the real model, so examples are few.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from graph.build import build
from graph.documents import split_long
from graph.errors import InputError
from graph.readers.decoding import check_binary, decode
from graph.records import Document

SCHEMA = Path(__file__).parent / "data" / "schema" / "graphml.xsd"
#: graph.html joins the property builds once its exporter exists (it has its own browser tests too).
FORMATS = ["graphml", "jsonl"] + (["html"] if importlib.util.find_spec("graph.exporters.html") else [])

#: Builds per property; NEWSGRAPH_PROPERTY_EXAMPLES=500 for a long hunt.
BUILDS = settings(max_examples=int(os.environ.get("NEWSGRAPH_PROPERTY_EXAMPLES", 25)), deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])

#: Pieces of news text and markup that arbitrary text is stitched together with.
FRAGMENTS = [
    "Mayor Ann Lee endorsed Governor Bob Stone.", " Stone thanked Lee. ", "Senator Zoë Müller criticized him.",
    "\n\n", "\n", "date 2024-03-05 By Jane Roe, The Daily\n", "LONDON (Reuters) - ", "# Heading\n", "**bold**",
    "[link](http://x.example)", "<p>", "</p>", "<script>alert(1)</script>", "<![CDATA[", "]]>", "&amp;", "&#0;",
    '"', "'", "\u200b", "\ufeff", "\u202e", "🙂", "\x0b", "\x1b[31m", "{", "}", "[", "]", "\\", "«»", "‘’“”",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60)), max_size=25).map("".join)
suffixes = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".dat"])


def _visible(text: str) -> str:
    return re.sub(r"\s", "", text)


def _check_outputs(out: Path) -> None:
    """Assert graph.graphml validates and every .jsonl file holds one JSON object per line."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(out / "graph.graphml"))
    assert schema.validate(document), schema.error_log
    if "html" in FORMATS:
        assert "</html>" in (out / "graph.html").read_text("utf-8")
    for name in ("relations.jsonl", "entities.jsonl", "errors.jsonl"):
        for line in (out / name).read_text("utf-8").splitlines():
            assert isinstance(json.loads(line), dict)


def _build(files: dict[str, bytes]):
    """Write ``files`` into a fresh folder, build it and return (result, output folder) after checking outputs."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-property-") as tmp:
        folder = Path(tmp)
        for name, raw in files.items():
            (folder / name).write_bytes(raw)
        result = build([folder / name for name in files], folder / "out", formats=FORMATS, store=False,
                       progress=False)
        _check_outputs(folder / "out")
    return result, folder


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig"])
@BUILDS
@given(text=texts, suffix=suffixes)
def test_any_text_builds_and_outputs_stay_valid(encoding, text, suffix):
    result, folder = _build({f"article{suffix}": text.encode(encoding, errors="surrogatepass")})
    assert result.documents + len(result.skipped) >= 1  # built or reported, never lost
    for item in result.skipped:
        assert item.path.startswith(str(folder)) and item.reason


@BUILDS
@given(text=texts)
def test_text_inside_json_and_html(text):
    result, _ = _build({
        "feed.jsonl": (json.dumps({"text": text, "title": text[:20], "date": text[:10]}) + "\n").encode(),
        "list.json": json.dumps([{"content": text}, {"body": 3}, text]).encode(),
        "page.html": f"<html><head><title>{text[:30]}</title></head><body><p>{text}</p></body></html>".encode(),
    })
    assert result.documents + len(result.skipped) >= 3


@BUILDS
@given(raw=st.binary(max_size=3000))
def test_any_bytes(raw):
    result, _ = _build({"blob.txt": raw, "good.txt": b"Mayor Ann Lee endorsed Governor Bob Stone.\n"})
    assert result.documents >= 1  # the good file is never lost to the bad one


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=2000))
def test_decoding_raises_only_input_errors(raw):
    try:
        check_binary(raw)
        text = decode(raw)
    except InputError as exc:
        assert str(exc)
    else:
        assert "\r" not in text and "\x00" not in text


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=3000), limit=st.integers(min_value=20, max_value=400))
def test_split_long_keeps_every_character(text, limit):
    pieces = split_long(Document(id="d.txt", text=text), limit)
    assert all(len(p.text) <= limit for p in pieces)
    assert _visible("".join(p.text for p in pieces)) == _visible(text)  # only whitespace-only pieces are dropped
    assert len({p.id for p in pieces}) == len(pieces)
