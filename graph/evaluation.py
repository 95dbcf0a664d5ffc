"""Evaluation against gold files, scored exactly as RELATIONS.md says.

Precision, recall and F1 over the distinct (source, relation, target) triples of
each document, micro-averaged over documents, overall and per relation type.
Symmetric relations (met, family, and gold texted/called marked symmetric) match
either direction; ``optional`` gold triples are neither required nor penalised.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import GoldFileError
from graph.mentions import clean_name
from graph.records import RELATION_TYPES, SYMMETRIC_RELATIONS, RelationMention

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class GoldDoc:
    """The gold annotation of one document."""

    doc: str
    aliases: dict[str, str]  # normalised surface form -> canonical name
    relations: tuple[Triple, ...]
    symmetric: frozenset[Triple]
    optional: tuple[Triple, ...]
    traps: tuple[tuple[Triple, str], ...]


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """The outcome of an evaluation: counts per relation type and the errors behind them."""

    overall: Counts = field(default_factory=Counts)
    by_relation: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[tuple[str, Triple, str, str]] = field(default_factory=list)  # doc, triple, sentence, trap
    false_negatives: list[tuple[str, Triple]] = field(default_factory=list)
    true_positives: list[tuple[str, Triple]] = field(default_factory=list)

    def add(self, relation: str, kind: str) -> None:
        """Count one tp/fp/fn for a relation type and overall."""
        counts = self.by_relation.setdefault(relation, Counts())
        setattr(counts, kind, getattr(counts, kind) + 1)
        setattr(self.overall, kind, getattr(self.overall, kind) + 1)


def normalise(name: str) -> str:
    """Return a name as RELATIONS.md compares it: case-folded, no leading "the", no trailing "'s"."""
    return clean_name(name).casefold()


def load_gold(path: str | os.PathLike[str]) -> list[GoldDoc]:
    """Return the gold documents of a gold JSONL file, or raise GoldFileError naming the line."""
    docs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read gold file ({exc.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(_gold_doc(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldFileError(f"{path}:{number}: not a valid gold line ({exc})") from None
    return docs


def _triple(item: dict) -> Triple:
    """Return the (source, relation, target) of a gold relation object."""
    relation = item["relation"]
    if relation not in RELATION_TYPES:
        raise ValueError(f"unknown relation {relation!r}")
    return (item["source"], relation, item["target"])


def _gold_doc(data: dict) -> GoldDoc:
    """Return a GoldDoc from one parsed gold line."""
    aliases: dict[str, str] = {}
    for entity in data.get("entities", []):
        for form in [entity["name"], *entity.get("aliases", [])]:
            aliases.setdefault(normalise(form), entity["name"])
    relations = tuple(_triple(r) for r in data.get("relations", []))
    symmetric = frozenset(_triple(r) for r in data.get("relations", []) + data.get("optional", []) if r.get("symmetric"))
    return GoldDoc(
        doc=data["doc"],
        aliases=aliases,
        relations=relations,
        symmetric=symmetric,
        optional=tuple(_triple(r) for r in data.get("optional", [])),
        traps=tuple((_triple(r), r.get("why", "")) for r in data.get("not_relations", [])),
    )


def _matches(predicted: Triple, gold: Triple, symmetric: frozenset[Triple]) -> bool:
    """Return True when a predicted triple states the gold one (either way if symmetric)."""
    if predicted == gold:
        return True
    s, r, t = predicted
    either = r in SYMMETRIC_RELATIONS or gold in symmetric
    return either and (t, r, s) == gold


def score(gold: Iterable[GoldDoc], mentions: Iterable[RelationMention]) -> Score:
    """Return the score of the positive relation mentions against the gold documents."""
    by_doc: dict[str, dict[Triple, str]] = {}
    for mention in mentions:
        if not mention.negated:
            by_doc.setdefault(mention.doc, {}).setdefault(
                (mention.source, mention.relation, mention.target), mention.sentence
            )
    result = Score()
    for doc in gold:
        predicted: dict[Triple, str] = {}
        for (s, r, t), sentence in by_doc.get(doc.doc, {}).items():
            mapped = (doc.aliases.get(normalise(s), s), r, doc.aliases.get(normalise(t), t))
            predicted.setdefault(mapped, sentence)
        matched_gold: set[Triple] = set()
        for triple, sentence in predicted.items():
            hit = next((g for g in doc.relations if _matches(triple, g, doc.symmetric)), None)
            if hit is not None:
                if hit not in matched_gold:
                    matched_gold.add(hit)
                    result.add(triple[1], "tp")
                    result.true_positives.append((doc.doc, hit))
                continue
            if any(_matches(triple, g, doc.symmetric) for g in doc.optional):
                continue
            trap = next((why for g, why in doc.traps if _matches(triple, g, frozenset())), "")
            result.add(triple[1], "fp")
            result.false_positives.append((doc.doc, triple, sentence, trap))
        for g in doc.relations:
            if g not in matched_gold:
                result.add(g[1], "fn")
                result.false_negatives.append((doc.doc, g))
    return result


def format_score(result: Score, verbose: bool = False, texts: dict[str, str] | None = None) -> str:
    """Return the score as a table (and, when verbose, the errors with their sentences)."""
    lines = [f"{'relation':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8} {'f1':>6}"]
    for relation in RELATION_TYPES:
        c = result.by_relation.get(relation)
        if c:
            lines.append(f"{relation:<12} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>10.3f} {c.recall:>8.3f} {c.f1:>6.3f}")
    c = result.overall
    lines.append(f"{'overall':<12} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>10.3f} {c.recall:>8.3f} {c.f1:>6.3f}")
    if verbose:
        lines.append("")
        for doc, (s, r, t), sentence, trap in result.false_positives:
            lines.append(f"FP {doc}: {s} -{r}-> {t}" + (f"  [trap: {trap}]" if trap else ""))
            lines.append(f"   \"{sentence}\"")
        for doc, (s, r, t) in result.false_negatives:
            lines.append(f"FN {doc}: {s} -{r}-> {t}")
            for sentence in _sentences_naming(texts.get(doc, "") if texts else "", s, t):
                lines.append(f"   \"{sentence}\"")
    return "\n".join(lines)


def _sentences_naming(text: str, source: str, target: str) -> list[str]:
    """Return the lines of a text that name both ends by their last word (to explain a miss)."""
    first, second = source.split()[-1].casefold(), target.split()[-1].casefold()
    out = []
    for line in text.split("\n"):
        for sentence in line.replace(". ", ".\n").split("\n"):
            low = sentence.casefold()
            if first in low and second in low:
                out.append(sentence.strip())
    return out[:3]
