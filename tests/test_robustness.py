"""Odd shapes of real articles: every rule must cope with a text cut anywhere, or written in
capitals, without losing the document (a rule that looked one token past a name at the very end
of a text once failed its whole document)."""

from __future__ import annotations

import pytest

from conftest import DATA

ARTICLES = sorted((DATA / "devset" / "dev21").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_an_article_cut_after_a_name_or_in_capitals_is_read(extract, nlp, path):
    text = path.read_text(encoding="utf-8")
    ends = [ent.end_char for ent in nlp(text).ents if ent.label_ in ("PERSON", "ORG", "GPE")][:3]
    assert ends, f"{path.name}: no name to cut after"
    for variant in [text[:end] for end in ends] + [text.upper()]:
        result = extract(variant)
        assert not result.errors, (path.name, variant[-60:], result.errors)
