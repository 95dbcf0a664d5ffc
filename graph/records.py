"""Typed records that flow between the pipeline stages.

read -> ``Document``; entities -> ``DocEntity`` (per document) and ``Entity``
(resolved across the corpus); relations -> ``RelationMention``; the per-document
result of extraction is a ``DocResult``. Records are frozen so a stage cannot
change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

#: Relation types whose direction never matters (RELATIONS.md).
SYMMETRIC_RELATIONS = frozenset({"met", "family"})

#: The nine relation types of RELATIONS.md, in display order.
RELATION_TYPES = (
    "endorsed",
    "criticized",
    "praised",
    "threatened",
    "texted",
    "called",
    "met",
    "works_for",
    "family",
)


@dataclass(frozen=True)
class Document:
    """One input article: its text and whatever metadata the file gave."""

    id: str
    text: str
    path: str = ""
    title: str = ""
    date: str = ""
    author: str = ""
    source: str = ""
    url: str = ""


@dataclass(frozen=True)
class Skipped:
    """An input (or one document of it) that did not reach the graph, why, and at which stage."""

    path: str
    reason: str
    stage: str = "read"  # "read" (the file or record) or "extract" (parsing and extraction)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def to_dict(self) -> dict[str, str]:
        """Return the record as a JSON-ready dict (the errors.jsonl line)."""
        return asdict(self)


@dataclass(frozen=True)
class DocEntity:
    """One entity as one document mentions it (mentions already merged)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    gender: str = ""  # "m", "f" or "" when the document does not make it clear
    titles: tuple[str, ...] = ()  # lower-cased role nouns seen with it ("president")


@dataclass(frozen=True)
class RelationMention:
    """One statement of a relation in one sentence of one document."""

    doc: str
    source: str
    source_type: str
    relation: str
    target: str
    target_type: str
    negated: bool
    sentence: str
    start: int
    end: int
    trigger: str
    confidence: float = 1.0
    rule: str = ""
    symmetric: bool = False
    date: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a JSON-ready dict (the relations.jsonl line)."""
        # Every field is a plain scalar, so a shallow copy equals asdict() at a fraction of
        # its cost (asdict deep-copies; this runs once per mention of the corpus).
        return dict(vars(self))

    def renamed(self, names: dict[str, str]) -> RelationMention:
        """Return a copy whose endpoints are mapped through ``names``."""
        return replace(self, source=names.get(self.source, self.source), target=names.get(self.target, self.target))


@dataclass(frozen=True)
class DocResult:
    """Everything extraction keeps of one document (small, picklable)."""

    document: Document
    entities: tuple[DocEntity, ...] = ()
    relations: tuple[RelationMention, ...] = ()
    errors: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Entity:
    """One real-world entity resolved across the corpus (one graph node)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    docs: tuple[str, ...] = ()
    first_seen: str = ""
    last_seen: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the entity as a JSON-ready dict (the entities.jsonl line)."""
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        data["docs"] = list(self.docs)
        return data


@dataclass(frozen=True)
class Evidence:
    """The sentence behind one mention of an edge."""

    doc: str
    sentence: str
    start: int
    end: int
    trigger: str
    rule: str = ""
    confidence: float = 1.0
    date: str = ""
