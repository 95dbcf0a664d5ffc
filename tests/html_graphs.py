"""Hand-built graphs for the graph.html tests, full of hostile text.

Every payload either sets ``window.__pwned`` or calls ``alert`` when it runs,
so a test can tell whether any of them did.
"""

from __future__ import annotations

import networkx as nx

from graph.network import build_graph
from graph.records import Entity, RelationMention

ALICE = 'Alice <img src=x onerror="window.__pwned=1;alert(1)">'
BOB = "Bob \"Bobby\" O'Hara & href=javascript:alert(2)"
ACME = "ACME </script><script>window.__pwned=3</script> Corp"
SHALOM = "שלום עולם 🎉"
CTRL = "Ctrl\x00\x07\x1b\u2028Name\u202e\ud800"
PLAIN = "Plain Person"
LONER = "Zed Union"

#: Texts a page must show as text and never run.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=10;alert(10)">',
    "</script><script>window.__pwned=11;alert(11)</script>",
    "javascript:window.__pwned=12",
    '<a href="javascript:window.__pwned=13">click</a>',
    "\" onmouseover=\"window.__pwned=14\" x=\"",
    "<svg onload=window.__pwned=15>",
    "{{constructor.constructor('window.__pwned=16')()}}",
    "${alert(17)}",
    "<!--<script>window.__pwned=18</script>-->",
    "<style>body{display:none}</style>",
)

TITLE = "Hostile <b>graph</b> </title><script>window.__pwned=20</script>"
COMMAND = "newsgraph build '<img src=x onerror=alert(21)>' --out out"

ENDORSE_SENTENCE = f'Alice said <a href="javascript:alert(30)">click</a> and endorsed Bob. {PAYLOADS[0]}'
ENDORSE_DOC = "<svg onload=window.__pwned=31>.txt"
CRITICIZE_SENTENCE = f"Bob criticized ACME: {PAYLOADS[1]} \u2028 and more."
PRAISE_SENTENCE = "Plain Person praised Alice 🎉 " + PAYLOADS[6] + " " + PAYLOADS[7]
MET_DOC = "rtl \u202efdp.txt"


def mention(source: str, source_type: str, relation: str, target: str, target_type: str, *,
            doc: str = "a.txt", sentence: str = "", trigger: str = "", negated: bool = False,
            symmetric: bool = False, date: str = "2024-03-01", start: int = 0) -> RelationMention:
    """Return a relation mention with the fields a test does not care about filled in."""
    return RelationMention(doc=doc, source=source, source_type=source_type, relation=relation, target=target,
                           target_type=target_type, negated=negated, sentence=sentence or f"{source} {relation} {target}.",
                           start=start, end=start + 40, trigger=trigger or relation, confidence=0.9, rule="test",
                           symmetric=symmetric, date=date)


def hostile_graph() -> nx.MultiDiGraph:
    """Return 7 entities (one without relations), 5 relations and 1 negated statement, all with hostile text.

    Positive relations: ALICE endorsed BOB (twice), BOB criticized ACME, ALICE met SHALOM (symmetric),
    CTRL works_for ACME, PLAIN praised ALICE. Negated: BOB did not endorse ACME.
    """
    entities = [
        Entity(ALICE, "PERSON", ("Al", PAYLOADS[1]), 5, (ENDORSE_DOC, "b.txt"), "2024-03-01", "2024-03-05"),
        Entity(BOB, "PERSON", (PAYLOADS[2],), 3, ("b.txt",)),
        Entity(ACME, "ORG", (PAYLOADS[3], "Acme"), 4, ("c.txt",)),
        Entity(SHALOM, "GPE", (), 1, (MET_DOC,)),
        Entity(CTRL, "PERSON", (PAYLOADS[4],), 1, ()),
        Entity(PLAIN, "PERSON", (), 1, ()),
        Entity(LONER, "NORP", (PAYLOADS[5],), 1, ()),
    ]
    mentions = [
        mention(ALICE, "PERSON", "endorsed", BOB, "PERSON", doc=ENDORSE_DOC, sentence=ENDORSE_SENTENCE,
                trigger="endorsed", date="2024-03-01"),
        mention(ALICE, "PERSON", "endorsed", BOB, "PERSON", doc="b.txt", start=100,
                sentence="In an interview, she endorsed him again.", trigger="endorsed", date="2024-03-05"),
        mention(BOB, "PERSON", "criticized", ACME, "ORG", doc="c.txt", sentence=CRITICIZE_SENTENCE,
                trigger="criticized", date="2024-03-02"),
        mention(BOB, "PERSON", "endorsed", ACME, "ORG", doc="c.txt", negated=True, start=200,
                sentence="Bob did not endorse ACME.", trigger="endorse", date="2024-03-02"),
        mention(ALICE, "PERSON", "met", SHALOM, "GPE", doc=MET_DOC, symmetric=True, date="",
                sentence=f"Alice met {SHALOM} in {PAYLOADS[8]}.", trigger="met"),
        mention(CTRL, "PERSON", "works_for", ACME, "ORG", doc="d.txt", sentence=f"{CTRL} works for ACME.",
                trigger="works for"),
        mention(PLAIN, "PERSON", "praised", ALICE, "PERSON", doc="e.txt", sentence=PRAISE_SENTENCE,
                trigger="praised", date="2024-03-04"),
    ]
    return build_graph(entities, mentions, documents=5, title=TITLE, command=COMMAND)
