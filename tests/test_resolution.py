"""Entity resolution across documents, on hand-made per-document results (no model needed)."""

from __future__ import annotations

from graph.build import assemble
from graph.records import DocEntity, DocResult, Document, RelationMention
from graph.resolution import resolve_entities


def result(doc, *entities, relations=(), date=""):
    return DocResult(Document(doc, "text", date=date), tuple(entities), tuple(relations))


def person(name, mentions=1, kind="PERSON", aliases=()):
    return DocEntity(name, kind, tuple(aliases), mentions)


def test_forms_of_one_name_become_one_entity():
    resolution = resolve_entities([
        result("a.txt", person("Donald Trump", 3, aliases=("Trump",)), date="2025-01-02"),
        result("b.txt", person("Donald J. Trump", 1), date="2025-03-01"),
        result("c.txt", person("Trump", 2, kind="ORG")),
    ])
    [trump] = [e for e in resolution.entities if "Trump" in e.name]
    assert trump.name == "Donald Trump"
    assert trump.type == "PERSON"  # by vote: 4 PERSON mentions against 2 ORG
    assert {"Donald J. Trump", "Trump"} <= set(trump.aliases)
    assert trump.docs == ("a.txt", "b.txt", "c.txt")
    assert (trump.first_seen, trump.last_seen) == ("2025-01-02", "2025-03-01")
    assert resolution.names[("c.txt", "Trump")] == "Donald Trump"


def test_people_sharing_a_surname_stay_apart():
    resolution = resolve_entities([
        result("a.txt", person("Donald Trump", 2), person("Ivanka Trump", 2)),
        result("b.txt", person("Trump", 1)),
    ])
    names = {e.name for e in resolution.entities}
    assert {"Donald Trump", "Ivanka Trump"} <= names
    # Neither dominates, so the bare surname is not forced onto one of them.
    assert resolution.names[("b.txt", "Trump")] == "Trump"


def test_a_bare_given_name_joins_only_a_full_name_of_its_own_article():
    resolution = resolve_entities([
        result("a.txt", person("Tomás Ibarguren", 4)),
        result("b.txt", person("Tomás", 1), person("Marisol Quintero", 2)),  # "Quintero's husband, Tomás"
        result("c.txt", person("Ibarguren", 1)),
    ])
    assert resolution.names[("b.txt", "Tomás")] == "Tomás"
    assert resolution.names[("c.txt", "Ibarguren")] == "Tomás Ibarguren"  # a surname still does


def test_accents_fold_and_relations_are_renamed():
    mention = RelationMention("b.txt", "Macron", "PERSON", "met", "Olaf Scholz", "PERSON", False, "s", 0, 1, "met",
                              symmetric=True)
    graph, entities, mentions = assemble([
        result("a.txt", person("Emmanuel Macrón", 4)),
        result("b.txt", person("Emmanuel Macron", 1, aliases=("Macron",)), person("Olaf Scholz"),
               relations=[mention]),
    ])
    assert len([e for e in entities if "Macr" in e.name]) == 1
    assert mentions[0].source.startswith("Emmanuel Macr")
    assert graph.number_of_edges() == 1


def test_min_confidence_filters_mentions():
    low = RelationMention("a.txt", "Ann Lee", "PERSON", "praised", "Bob Ray", "PERSON", False, "s", 0, 1, "w",
                          confidence=0.4)
    high = RelationMention("a.txt", "Ann Lee", "PERSON", "met", "Bob Ray", "PERSON", False, "s", 0, 1, "w",
                           confidence=0.9, symmetric=True)
    docs = [result("a.txt", person("Ann Lee"), person("Bob Ray"), relations=[low, high])]
    _, _, kept = assemble(docs, min_confidence=0.5)
    assert [m.relation for m in kept] == ["met"]


def test_open_and_directed_mentions_of_one_relation_make_one_edge():
    def texted(s, t, symmetric, start):
        return RelationMention("a.txt", s, "PERSON", "texted", t, "PERSON", False, f"s{start}", start, start + 2,
                               "w", symmetric=symmetric)
    for order in ([texted("Bob Ray", "Ann Lee", True, 0), texted("Bob Ray", "Ann Lee", False, 5)],
                  [texted("Bob Ray", "Ann Lee", False, 0), texted("Ann Lee", "Bob Ray", True, 5)]):
        graph, _, _ = assemble([result("a.txt", person("Ann Lee"), person("Bob Ray"), relations=order)])
        [(u, v, data)] = list(graph.edges(data=True))
        assert (u, v) == ("Bob Ray", "Ann Lee") and data["weight"] == 2 and not data["symmetric"]
