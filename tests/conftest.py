"""Shared fixtures: the spaCy pipeline (loaded once) and the repository's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def nlp():
    """Return the real English pipeline, loaded once per test session."""
    from graph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Return a function: text -> the DocResult of extracting it."""
    from graph.build import extract_documents
    from graph.cues import load_cues
    from graph.records import Document

    cues = load_cues()

    def run(text: str, doc_id: str = "t.txt"):
        return next(extract_documents([Document(id=doc_id, text=text)], nlp, cues))

    return run


def triples(result, negated: bool = False) -> set[tuple[str, str, str]]:
    """Return the (source, relation, target) triples of a DocResult, symmetric ones sorted."""
    out = set()
    for m in result.relations:
        if m.negated != negated:
            continue
        s, t = (m.source, m.target)
        if m.symmetric:
            s, t = sorted((s, t))
        out.add((s, m.relation, t))
    return out


def undirected(result) -> set[tuple[str, frozenset]]:
    """Return (relation, {end, end}) for the positive mentions the text left undirected."""
    return {(m.relation, frozenset((m.source, m.target))) for m in result.relations if m.symmetric and not m.negated}
