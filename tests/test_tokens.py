"""The per-document indexes of graph/tokens.py give exactly what spaCy's own Token and Doc answers give."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from graph.tokens import children, lefts, ner_spans, sentence_of, sentences, text_of, tokens, written_in

VOCAB = spacy.blank("en").vocab

# "Lee, 61-year-old mayor, praised Ray. They met in Paris."
WORDS = ["Lee", ",", "61", "-", "year", "-", "old", "mayor", ",", "praised", "Ray", ".", "They", "met", "in", "Paris",
         "."]
SPACES = [False, True, False, False, False, False, True, False, True, True, False, True, True, True, True, False,
          False]
HEADS = [9, 0, 4, 4, 6, 6, 7, 0, 0, 9, 9, 9, 13, 13, 13, 14, 13]
DEPS = ["nsubj", "punct", "nummod", "punct", "npadvmod", "punct", "amod", "appos", "punct", "ROOT", "dobj", "punct",
        "nsubj", "ROOT", "prep", "pobj", "punct"]
STARTS = [True] + [False] * 11 + [True] + [False] * 4


def _doc() -> Doc:
    doc = Doc(VOCAB, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, sent_starts=STARTS)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 10, 11, label="PERSON"), Span(doc, 15, 16, label="GPE")]
    return doc


def test_children_and_lefts_match_spacy():
    doc = _doc()
    for token in tokens(doc):
        assert [c.i for c in children(token)] == [c.i for c in token.children]
        assert [c.i for c in lefts(token)] == [c.i for c in token.lefts]


@pytest.mark.parametrize("start,end", [(0, 1), (0, 9), (2, 7), (7, 7), (9, 3), (-3, len(WORDS)), (15, 40), (-40, 2)])
def test_text_of_matches_a_span(start, end):
    doc = _doc()
    assert text_of(doc, start, end) == doc[start:end].text


def test_sentences_and_entities_match_spacy():
    doc = _doc()
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert [(e.start, e.end, e.label_) for e in ner_spans(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize("phrase,expected", [("-year-old", True), ("mayor,", True), ("parisx", False)])
def test_written_in_holds_every_phrase_a_span_holds(phrase, expected):
    doc = _doc()
    assert written_in(doc, phrase) == expected
    if not expected:
        assert phrase not in doc.text.lower()


def test_indexes_follow_the_document(nlp):
    # (one document after another: nothing of the first is answered for the second)
    first, second = nlp("Ada Okafor praised the union."), nlp("The union, led by Ray Dunn, met Ada.")
    for doc in (first, second, first):
        for token in tokens(doc):
            assert [c.i for c in children(token)] == [c.i for c in token.children]
            assert sentence_of(token).start == token.sent.start
