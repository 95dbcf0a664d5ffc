"""Validate every gold file in data/gold/ against the RELATIONS.md format.

Checks, per gold file: each line parses with keys doc, entities, relations,
optional, not_relations (in that order); relation types are the nine of
RELATIONS.md; every endpoint is a listed entity; the article exists in the
folder that belongs to the gold file; every entity name and alias occurs in the
article text (case-insensitive). For the devset pair (devset-dev.jsonl +
devset-test.jsonl) it also checks the relation-type and trap-kind coverage.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
SHARED = Path("/work/shared/data")

RELATION_TYPES = frozenset(
    {"endorsed", "criticized", "praised", "threatened", "texted", "called", "met", "works_for", "family"}
)
SYMMETRIC_TYPES = frozenset({"met", "family"})
OPTIONALLY_SYMMETRIC = frozenset({"texted", "called"})
TRAP_KINDS = ("negated", "refusal", "hypothetical", "question", "denial", "reported speech")
#: Other reasons a trap may give (counted toward no kind): "met separately", "brothers in arms".
OTHER_TRAP_REASONS = ("not stated", "figurative")
KEY_ORDER = ["doc", "entities", "relations", "optional", "not_relations"]

# Gold file name -> folder holding its articles.
ARTICLE_DIRS = {
    "dev.jsonl": ROOT / "data" / "articles",
    "devset-dev.jsonl": ROOT / "data" / "devset" / "dev",
    "devset-test.jsonl": ROOT / "data" / "devset" / "test",
    "devset-dev2.jsonl": ROOT / "data" / "devset" / "dev2",
    "devset-dev3.jsonl": ROOT / "data" / "devset" / "dev3",
    "devset-dev4.jsonl": ROOT / "data" / "devset" / "dev4",
    "devset-dev5.jsonl": ROOT / "data" / "devset" / "dev5",
    "devset-dev6.jsonl": ROOT / "data" / "devset" / "dev6",
    "devset-dev7.jsonl": ROOT / "data" / "devset" / "dev7",
    "devset-dev8.jsonl": ROOT / "data" / "devset" / "dev8",
    "devset-dev9.jsonl": ROOT / "data" / "devset" / "dev9",
    "devset-dev10.jsonl": ROOT / "data" / "devset" / "dev10",
    "devset-dev11.jsonl": ROOT / "data" / "devset" / "dev11",
    "devset-dev12.jsonl": ROOT / "data" / "devset" / "dev12",
    "devset-dev13.jsonl": ROOT / "data" / "devset" / "dev13",
    "devset-dev14.jsonl": ROOT / "data" / "devset" / "dev14",
    "devset-dev15.jsonl": ROOT / "data" / "devset" / "dev15",
    "devset-dev16.jsonl": ROOT / "data" / "devset" / "dev16",
    "devset-dev17.jsonl": ROOT / "data" / "devset" / "dev17",
    "devset-dev18.jsonl": ROOT / "data" / "devset" / "dev18",
    "devset-dev19.jsonl": ROOT / "data" / "devset" / "dev19",
    "devset-dev20.jsonl": ROOT / "data" / "devset" / "dev20",
    "devset-dev21.jsonl": ROOT / "data" / "devset" / "dev21",
    "devset-dev22.jsonl": ROOT / "data" / "devset" / "dev22",
    "devset-dev23.jsonl": ROOT / "data" / "devset" / "dev23",
    "devset-dev24.jsonl": ROOT / "data" / "devset" / "dev24",
    "devset-dev25.jsonl": ROOT / "data" / "devset" / "dev25",
}
DEVSET_FILES = ("devset-dev.jsonl", "devset-test.jsonl", "devset-dev2.jsonl", "devset-dev3.jsonl",
                "devset-dev4.jsonl", "devset-dev5.jsonl", "devset-dev6.jsonl", "devset-dev7.jsonl", "devset-dev8.jsonl",
                "devset-dev9.jsonl", "devset-dev10.jsonl", "devset-dev11.jsonl", "devset-dev12.jsonl",
                "devset-dev13.jsonl", "devset-dev14.jsonl", "devset-dev15.jsonl", "devset-dev16.jsonl",
                "devset-dev17.jsonl", "devset-dev18.jsonl", "devset-dev19.jsonl", "devset-dev20.jsonl",
                "devset-dev21.jsonl", "devset-dev22.jsonl", "devset-dev23.jsonl",
                "devset-dev24.jsonl", "devset-dev25.jsonl")
MIN_PER_TYPE = 8  # over devset-dev + devset-test
MIN_PER_TRAP = 3  # over devset-dev + devset-test

# Known gaps in gold files this test does not own (the shared dev set is read-only
# here): (gold file, doc, alias) listed as an alias but absent from the article.
# test_known_alias_gaps_are_still_gaps fails once one is fixed, so the list stays honest.
KNOWN_ALIAS_GAPS = {
    ("dev.jsonl", "cnn-harris-mamdani-call.txt", "NYC"),
    # dev11's annotators wrote the state a dateline abbreviates ("ST. PAUL, Minn.", "EUGENE, Ore.")
    # and a pronoun form the text puts otherwise; their labels are kept as written
    ("devset-dev11.jsonl", "i-minnesota-legislature-stadium-tax.txt", "Minnesota"),
    ("devset-dev11.jsonl", "j-oregon-lane-county-commissioner-texts.txt", "Oregon"),
    ("devset-dev11.jsonl", "j-panama-tugboat-operator-ceo-vote.txt", "his sister Lucía"),
    # dev13: the text puts the Greek name in brackets inside the committee's name
    ("devset-dev13.jsonl", "n-cyprus-mayor-water-contract-row.txt", "House of Representatives audit committee"),
    # dev19: the canonical names leave out the nicknames the text puts inside them
    # ('Maria Lourdes "Malou" Sabal'); every alias the annotator listed is in the text
    ("devset-dev19.jsonl", "z-mindanao-cagayan-de-oro-mayor-race.txt", "Maria Lourdes Sabal"),
    ("devset-dev19.jsonl", "z-mindanao-cagayan-de-oro-mayor-race.txt", "Ernesto Dacanay"),
    # dev20: the same convention ('Wellington "Tetê" Souza')
    ("devset-dev20.jsonl", "y-minas-gerais-sete-lagoas-wages.txt", "Wellington Souza"),
    # dev22: the same convention ('Ernesto "Neto" Sandoval')
    ("devset-dev22.jsonl", "x-new-mexico-albuquerque-boxing-card-bond.txt", "Ernesto Sandoval"),
    # dev25: the state a dateline abbreviates ("ST. PAUL, Minn.", "BILLINGS, Mont."), as dev11 did
    ("devset-dev25.jsonl", "y-minnesota-junior-hockey-coach-suspended.txt", "Minnesota"),
    ("devset-dev25.jsonl", "y-minnesota-nurses-tentative-deal.txt", "Minnesota"),
    ("devset-dev25.jsonl", "z-montana-junior-hockey-coach-fired.txt", "Montana"),
    ("devset-dev25.jsonl", "z-montana-senate-primary-family-split.txt", "Montana"),
}


def _restore_shared_dev_set() -> None:
    """Copy the shared dev gold and articles into the repo if they are missing (never overwrite)."""
    if not (GOLD / "dev.jsonl").exists() and (SHARED / "gold" / "dev.jsonl").exists():
        GOLD.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHARED / "gold" / "dev.jsonl", GOLD / "dev.jsonl")
    articles = ROOT / "data" / "articles"
    if (SHARED / "articles").is_dir():
        articles.mkdir(parents=True, exist_ok=True)
        for src in (SHARED / "articles").glob("*.txt"):
            if not (articles / src.name).exists():
                shutil.copyfile(src, articles / src.name)


_restore_shared_dev_set()
GOLD_FILES = sorted(GOLD.glob("*.jsonl"))


def _load(path: Path) -> list[dict]:
    """Return the parsed lines of a gold file, failing with the line number on bad JSON."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path.name}:{number}: not valid JSON ({exc})")
    return records


def _article_dir(path: Path) -> Path:
    if path.name not in ARTICLE_DIRS:
        pytest.fail(f"{path.name}: no article folder known for this gold file; add it to ARTICLE_DIRS")
    return ARTICLE_DIRS[path.name]


def _trap_kind(why: str) -> str | None:
    return next((kind for kind in TRAP_KINDS if why.startswith(kind)), None)


def test_gold_files_exist():
    names = {p.name for p in GOLD_FILES}
    assert "dev.jsonl" in names
    assert set(DEVSET_FILES) <= names


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path):
    records = _load(path)
    assert records, f"{path.name} is empty"
    folder = _article_dir(path)
    docs = [r.get("doc") for r in records]
    assert len(docs) == len(set(docs)), f"{path.name}: a doc appears twice"
    problems: list[str] = []
    for record in records:
        doc = record.get("doc")
        where = f"{path.name} [{doc}]"
        if list(record) != KEY_ORDER:
            problems.append(f"{where}: keys {list(record)} != {KEY_ORDER}")
            continue
        article = folder / doc
        if not article.is_file():
            problems.append(f"{where}: article {article} missing")
            continue
        text = article.read_text(encoding="utf-8").lower()

        names = [e["name"] for e in record["entities"]]
        if len(names) != len(set(names)):
            problems.append(f"{where}: duplicate entity names")
        for entity in record["entities"]:
            if not entity.get("type") or not entity["type"].isupper():
                problems.append(f"{where}: entity {entity['name']!r} has no OntoNotes type")
            for form in [entity["name"], *entity.get("aliases", [])]:
                if (path.name, doc, form) in KNOWN_ALIAS_GAPS:
                    continue
                if form.lower() not in text:
                    problems.append(f"{where}: {form!r} (entity {entity['name']!r}) not in the article")

        known = set(names)
        for section in ("relations", "optional", "not_relations"):
            for rel in record[section]:
                label = f"{where} {section} {rel.get('source')} -{rel.get('relation')}-> {rel.get('target')}"
                if rel.get("relation") not in RELATION_TYPES:
                    problems.append(f"{label}: unknown relation type")
                for end in (rel.get("source"), rel.get("target")):
                    if end not in known:
                        problems.append(f"{label}: {end!r} is not a listed entity")
                if rel.get("source") == rel.get("target"):
                    problems.append(f"{label}: source equals target")
                if rel.get("symmetric") and rel["relation"] not in OPTIONALLY_SYMMETRIC | SYMMETRIC_TYPES:
                    problems.append(f"{label}: only texted/called may carry 'symmetric'")
                if section == "not_relations" and not isinstance(rel.get("why"), str):
                    problems.append(f"{label}: not_relation without a 'why'")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gap", sorted(KNOWN_ALIAS_GAPS), ids=lambda g: f"{g[0]}:{g[1]}:{g[2]}")
def test_known_alias_gaps_are_still_gaps(gap):
    name, doc, alias = gap
    text = (_article_dir(GOLD / name) / doc).read_text(encoding="utf-8").lower()
    assert alias.lower() not in text, f"{alias!r} now occurs in {doc}: remove it from KNOWN_ALIAS_GAPS"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_no_triple_is_both_gold_and_trap(path: Path):
    problems = []
    for record in _load(path):
        positive = set()
        for rel in record["relations"] + record["optional"]:
            key = (rel["source"], rel["relation"], rel["target"])
            positive.add(key)
            if rel["relation"] in SYMMETRIC_TYPES or rel.get("symmetric"):
                positive.add((rel["target"], rel["relation"], rel["source"]))
        for trap in record["not_relations"]:
            if (trap["source"], trap["relation"], trap["target"]) in positive:
                problems.append(f"{path.name} [{record['doc']}]: {trap} is also a (optional) relation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DEVSET_FILES)
def test_devset_articles_all_annotated(name: str):
    docs = {r["doc"] for r in _load(GOLD / name)}
    files = {p.name for p in ARTICLE_DIRS[name].glob("*.txt")}
    assert files == docs, f"{name}: unannotated {sorted(files - docs)}, missing {sorted(docs - files)}"


def test_devset_splits_are_disjoint():
    splits = {name: {r["doc"] for r in _load(GOLD / name)} for name in DEVSET_FILES}
    shared = [(a, b, sorted(splits[a] & splits[b])) for a in splits for b in splits if a < b and splits[a] & splits[b]]
    assert not shared, shared


@pytest.mark.parametrize("name", DEVSET_FILES)
def test_devset_trap_reasons_name_a_kind(name: str):
    bad = [
        (r["doc"], t["why"])
        for r in _load(GOLD / name)
        for t in r["not_relations"]
        if _trap_kind(t["why"]) is None and not t["why"].startswith(OTHER_TRAP_REASONS)
    ]
    assert not bad, f"'why' must start with one of {TRAP_KINDS + OTHER_TRAP_REASONS}: {bad}"


def _coverage(names) -> tuple[Counter, Counter]:
    types, traps = Counter(), Counter()
    for name in names:
        for record in _load(GOLD / name):
            types.update(r["relation"] for r in record["relations"])
            traps.update(_trap_kind(t["why"]) for t in record["not_relations"])
    return types, traps


def test_devset_coverage_combined():
    types, traps = _coverage(DEVSET_FILES)
    short = {t: types[t] for t in RELATION_TYPES if types[t] < MIN_PER_TYPE}
    short.update({k: traps[k] for k in TRAP_KINDS if traps[k] < MIN_PER_TRAP})
    assert not short, f"below the minimum coverage: {short}"


#: Trap kinds a blind split's annotators did not use, as they wrote it (labels are never edited):
#: dev10's and dev12's annotators called every disputed report a "denial".
UNUSED_TRAP_KINDS = {"devset-dev10.jsonl": {"reported speech"}, "devset-dev12.jsonl": {"reported speech"},
                     "devset-dev19.jsonl": {"reported speech"}}


@pytest.mark.parametrize("name", DEVSET_FILES)
def test_each_devset_split_covers_every_kind(name: str):
    types, traps = _coverage([name])
    unused = UNUSED_TRAP_KINDS.get(name, set())
    missing = sorted(t for t in RELATION_TYPES if not types[t]) + [
        k for k in TRAP_KINDS if not traps[k] and k not in unused]
    assert not missing, f"{name} has no example of {missing}"
    assert not any(traps[k] for k in unused), f"{name} uses {unused} now: drop it from UNUSED_TRAP_KINDS"
