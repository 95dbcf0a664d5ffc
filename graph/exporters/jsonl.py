"""JSON Lines export: every relation mention and every entity, complete.

These two files keep what the graph formats must flatten (all aliases, all
documents, every evidence sentence), so they are the lossless record of a build.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from graph.exporters.atomic import atomic_write
from graph.records import Entity, RelationMention


def write_relations_jsonl(mentions: Iterable[RelationMention], path: str | os.PathLike[str]) -> Path:
    """Write one relation mention a line to ``path`` and return it."""
    with atomic_write(path) as handle:
        for mention in mentions:
            handle.write(json.dumps(mention.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return Path(path)


def write_entities_jsonl(entities: Iterable[Entity], path: str | os.PathLike[str]) -> Path:
    """Write one entity a line to ``path`` and return it."""
    with atomic_write(path) as handle:
        for entity in sorted(entities, key=lambda e: e.name):
            handle.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return Path(path)


def write_jsonl(
    entities: Iterable[Entity], mentions: Iterable[RelationMention], directory: str | os.PathLike[str]
) -> list[Path]:
    """Write ``relations.jsonl`` and ``entities.jsonl`` into ``directory``."""
    folder = Path(directory)
    return [
        write_relations_jsonl(mentions, folder / "relations.jsonl"),
        write_entities_jsonl(entities, folder / "entities.jsonl"),
    ]


def read_relations_jsonl(path: str | os.PathLike[str]) -> list[RelationMention]:
    """Return the relation mentions stored in a relations.jsonl file."""
    fields = set(RelationMention.__dataclass_fields__)
    with open(path, encoding="utf-8") as handle:
        return [
            RelationMention(**{k: v for k, v in json.loads(line).items() if k in fields})
            for line in handle
            if line.strip()
        ]
