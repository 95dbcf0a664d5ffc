"""Word lists for the entity and coreference stages (graph/data/lexicon.toml, first_names.txt)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Lexicon:
    """Titles, gender hints, generic referents and entity labels."""

    titles: frozenset[str]
    max_title_words: int
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    generic_referents: dict[str, str]
    entity_labels: frozenset[str]
    junk_names: frozenset[str]
    first_names: dict[str, str]
    portfolios: frozenset[str] = frozenset()
    generic_org_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the lexicon shipped with the package (read once)."""
    data = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for line in (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            names[name] = gender
    titles = frozenset(t.lower() for t in data["titles"])
    return Lexicon(
        titles=titles,
        max_title_words=max(len(t.split()) for t in titles),
        male_titles=frozenset(data["male_titles"]),
        female_titles=frozenset(data["female_titles"]),
        generic_referents=dict(data["generic_referents"]),
        entity_labels=frozenset(data["entity_labels"]),
        junk_names=frozenset(data["junk_names"]),
        first_names=names,
        portfolios=frozenset(data.get("portfolios", [])),
        generic_org_words=frozenset(data.get("generic_org_words", [])),
    )
