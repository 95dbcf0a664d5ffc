"""Newsgraph against the textacy subject-verb-object baseline, on the same gold sets.

The baseline is textacy's ``subject_verb_object_triples`` plus a verb lexicon: a
triple becomes a relation when its verb's lemma is a plain verb cue of
graph/data/relations.toml (the same cue words Newsgraph uses), with the subject
and object text as the two ends. Both systems are scored by graph.evaluation,
exactly as RELATIONS.md says.

    python benchmarks/compare_baseline.py data/gold/dev.jsonl:data/articles \
        data/gold/devset-dev.jsonl:data/devset/dev data/gold/devset-test.jsonl:data/devset/test
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.build import build
from graph.cues import load_cues
from graph.documents import Skipped, read_documents
from graph.evaluation import format_score, load_gold, score
from graph.nlp import load_pipeline
from graph.records import RelationMention


def baseline_mentions(articles: str) -> list[RelationMention]:
    """Return the relations the textacy SVO baseline finds in a folder of articles."""
    from textacy import extract

    nlp = load_pipeline()
    cues = load_cues()
    lexicon = {lemma: cs[-1].relation for lemma, cs in cues.verbs.items()
               if any(not c.required and not c.target_prep and not c.pejorative for c in cs)}
    out = []
    for document in read_documents([articles]):
        if isinstance(document, Skipped):
            continue
        doc = nlp(document.text)
        for triple in extract.subject_verb_object_triples(doc):
            lemma = triple.verb[-1].lemma_.lower()
            relation = lexicon.get(lemma)
            if not relation:
                continue
            source = " ".join(t.text for t in triple.subject)
            target = " ".join(t.text for t in triple.object)
            sent = triple.verb[-1].sent
            out.append(RelationMention(document.id, source, "", relation, target, "", False, sent.text,
                                       sent.start_char, sent.end_char, triple.verb[-1].text, rule="textacy-svo"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print both systems' scores for each GOLD:ARTICLES pair."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", metavar="GOLD:ARTICLES")
    parser.add_argument("--verbose", action="store_true", help="list Newsgraph's errors")
    args = parser.parse_args(argv)
    for pair in args.pairs:
        gold_path, articles = pair.split(":", 1)
        if not Path(gold_path).exists():
            print(f"{gold_path}: missing, skipped", file=sys.stderr)
            continue
        gold = load_gold(gold_path)
        ours = score(gold, build([articles], None).mentions)
        theirs = score(gold, baseline_mentions(articles))
        print(f"## {gold_path} ({len(gold)} documents)\n")
        print("Newsgraph:")
        print(format_score(ours, verbose=args.verbose))
        print("\ntextacy SVO baseline:")
        print(format_score(theirs))
        print(f"\nF1 {ours.overall.f1:.3f} (Newsgraph) vs {theirs.overall.f1:.3f} (baseline)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
