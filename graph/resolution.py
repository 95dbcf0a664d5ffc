"""Entity resolution across the corpus: per-document entities -> one Entity per real-world entity.

"Silva", "Ana Silva" and "Ana M. Silva" from different articles become one
node; "Rui Silva" stays apart from "Ana Silva", and a bare "Silva" joins a
full name only when one person with that surname clearly dominates the corpus.
Each entity's type is decided by a vote of its mentions.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from graph.mentions import name_key
from graph.records import DocResult, Entity, RelationMention

#: A bare surname joins the dominant full name only with this share of its mentions.
DOMINANCE = 3.0
#: Similarity (0-100) above which two multi-word names of one type are one entity.
FUZZY = 94


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Return a name's comparison key with accents folded ("Macrón" -> "macron")."""
    key = unicodedata.normalize("NFKD", name_key(name))
    return "".join(c for c in key if not unicodedata.combining(c))


@dataclass
class _Group:
    """The per-document entities believed to be one entity."""

    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    docs: set = field(default_factory=set)
    dates: set = field(default_factory=set)
    mentions: int = 0

    @property
    def name(self) -> str:
        """Return the canonical name: the most used full (multi-word) name, the longest on a tie."""
        full = [n for n in self.names if len(n.split()) > 1] or list(self.names)
        return max(full, key=lambda n: (self.names[n], len(n), n))


@dataclass(frozen=True)
class Resolution:
    """The corpus's entities and where each per-document name went."""

    entities: tuple[Entity, ...]
    names: dict[tuple[str, str], str]  # (doc id, name in doc) -> canonical name

    def rename(self, mention: RelationMention) -> RelationMention:
        """Return the mention with both ends renamed to their canonical names."""
        source = self.names.get((mention.doc, mention.source), mention.source)
        target = self.names.get((mention.doc, mention.target), mention.target)
        if source == mention.source and target == mention.target:
            return mention  # frozen: the same mention serves
        return replace(mention, source=source, target=target)


def resolve_entities(results: Iterable[DocResult]) -> Resolution:
    """Return the corpus-wide entities of the given per-document results."""
    groups: dict[str, _Group] = {}
    placed: list[tuple[str, str, str]] = []  # (doc, name, group key)
    for result in results:
        doc = result.document
        for entity in result.entities:
            key = fold(entity.name)
            group = groups.setdefault(key, _Group())
            group.names[entity.name] += entity.mentions
            group.types[entity.type] += entity.mentions
            group.aliases.update(entity.aliases)
            group.docs.add(doc.id)
            if doc.date:
                group.dates.add(doc.date)
            group.mentions += entity.mentions
            placed.append((doc.id, entity.name, key))
            placed.extend((doc.id, alias, key) for alias in entity.aliases)
    merged = _merge_keys(groups)
    final: dict[str, _Group] = {}
    for key, group in groups.items():
        target = merged.get(key, key)
        into = final.setdefault(target, _Group())
        into.names.update(group.names)
        into.types.update(group.types)
        into.aliases |= group.aliases
        into.docs |= group.docs
        into.dates |= group.dates
        into.mentions += group.mentions
    names: dict[tuple[str, str], str] = {}
    for doc, name, key in placed:
        names.setdefault((doc, name), final[merged.get(key, key)].name)
    entities = tuple(sorted((_entity(g) for g in final.values()), key=lambda e: e.name))
    return Resolution(_unique(entities), names)


def _merge_keys(groups: dict[str, _Group]) -> dict[str, str]:
    """Return a map from a group key to the key of the group it joins."""
    kinds = {key: g.types.most_common(1)[0][0] for key, g in groups.items()}
    people = [k for k in groups if kinds[k] == "PERSON" and len(k.split()) > 1]
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_surname[key.split()[-1]].append(key)
        by_first[key.split()[0]].append(key)
    merged: dict[str, str] = {}
    for key, group in groups.items():
        words = key.split()
        if len(words) == 1:
            # A bare surname may stand for a full name of another article ("Trump"); a bare given
            # name only for one of its own ("his wife, Marisol" is no Marisol of another story).
            options = by_surname.get(key) or [k for k in by_first.get(key, []) if groups[k].docs & group.docs]
            choice = _dominant(options, groups)
            if choice:
                merged[key] = choice
    multi = sorted((k for k in groups if len(k.split()) > 1 and k not in merged), key=lambda k: -groups[k].mentions)
    # Only names with the same last word, initial and type can merge: compare within those buckets
    # (in the same order as before), not every pair of the corpus, so resolution stays near-linear.
    buckets: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for key in multi:
        buckets[(key.split()[-1], key[0], kinds[key])].append(key)
    for bucket in buckets.values():
        for i, key in enumerate(bucket):
            if key in merged:
                continue
            for other in bucket[i + 1 :]:
                if other not in merged and fuzz.ratio(key, other) >= FUZZY:
                    merged[other] = key
    return merged


def _dominant(options: list[str], groups: dict[str, _Group]) -> str | None:
    """Return the one full name a bare name stands for, if one clearly dominates."""
    if not options:
        return None
    ranked = sorted(options, key=lambda k: -groups[k].mentions)
    if len(ranked) == 1 or groups[ranked[0]].mentions >= DOMINANCE * groups[ranked[1]].mentions:
        return ranked[0]
    return None


def _entity(group: _Group) -> Entity:
    """Return the Entity a group describes (type by vote, every alias kept)."""
    name = group.name
    aliases = (set(group.names) | group.aliases) - {name}
    return Entity(
        name=name,
        type=group.types.most_common(1)[0][0],
        aliases=tuple(sorted(aliases)),
        mentions=group.mentions,
        docs=tuple(sorted(group.docs)),
        first_seen=min(group.dates) if group.dates else "",
        last_seen=max(group.dates) if group.dates else "",
    )


def _unique(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Return the entities with no two sharing a name (later ones get their type appended)."""
    seen: set[str] = set()
    out = []
    for entity in entities:
        if entity.name in seen:
            entity = Entity(**{**entity.__dict__, "name": f"{entity.name} ({entity.type})"})
        seen.add(entity.name)
        out.append(entity)
    return tuple(out)
