"""Table tests through the real model: sentence -> expected triples and expected non-triples.

One row per case; symmetric relations are written with their ends sorted.
"""

from __future__ import annotations

import pytest

from conftest import triples

POSITIVE = [
    # each relation type, plain verbs
    ("Senator Maria Lopez endorsed Governor Tom Becker on Tuesday.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Prime Minister Rajiv Menon criticized Sunil Kapoor over the budget.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Coach Elena Park praised Diego Alvarez after the match.", ("Elena Park", "praised", "Diego Alvarez")),
    ("Mayor Paul Grant threatened Acme Corp with fines.", ("Paul Grant", "threatened", "Acme Corp")),
    ("Laura Chen texted Mark Hollis late on Sunday.", ("Laura Chen", "texted", "Mark Hollis")),
    ("Governor Ana Silva called President Luis Moreno on Friday.", ("Ana Silva", "called", "Luis Moreno")),
    ("Chancellor Hans Weber met Prime Minister Kenji Sato in Berlin.", ("Hans Weber", "met", "Kenji Sato")),
    ("Acme Corp spokesperson Julia Ross declined to comment.", ("Julia Ross", "works_for", "Acme Corp")),
    ("Peter Novak and his wife Anna Novak attended the gala.", ("Anna Novak", "family", "Peter Novak")),
    # passive voice
    ("Tom Becker was endorsed by Senator Maria Lopez.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Sunil Kapoor was sharply criticized by Rajiv Menon.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    # coordination
    ("Bernard Sims and Elizabeth Warren endorsed Ada Okafor.", ("Bernard Sims", "endorsed", "Ada Okafor")),
    ("Bernard Sims and Elizabeth Warren endorsed Ada Okafor.", ("Elizabeth Warren", "endorsed", "Ada Okafor")),
    ("Ada Okafor praised Bernard Sims and Elizabeth Warren.", ("Ada Okafor", "praised", "Elizabeth Warren")),
    # nominal cues
    ("Maria Lopez's endorsement of Tom Becker surprised many.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Luis Moreno received a call from Ana Silva on Friday.", ("Ana Silva", "called", "Luis Moreno")),
    ("A meeting between Hans Weber and Kenji Sato was held in Berlin.", ("Hans Weber", "met", "Kenji Sato")),
    ("Julia Ross, a spokeswoman for Acme Corp, said the deal was off.", ("Julia Ross", "works_for", "Acme Corp")),
    # multi-word and light-verb cues
    ("Maria Lopez threw her support behind Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Rajiv Menon took aim at Sunil Kapoor during the debate.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Rajiv Menon labeled Sunil Kapoor a liar.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    # pronouns
    ("Ana Silva spoke to reporters. She said she had thanked Luis Moreno.", ("Ana Silva", "praised", "Luis Moreno")),
]

NEGATIVE = [
    ("Maria Lopez did not endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "negated"),
    ("Maria Lopez declined to endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "refusal"),
    ("Maria Lopez would endorse Tom Becker if he ran.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Reporters asked Maria Lopez if she would endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Did Hans Weber meet Kenji Sato in Berlin?", ("Hans Weber", "met", "Kenji Sato"), "question"),
    ("Hans Weber denied meeting Kenji Sato.", ("Hans Weber", "met", "Kenji Sato"), "denial"),
    ("Ana Silva called for new elections, and Luis Moreno agreed.", ("Ana Silva", "called", "Luis Moreno"), "appeal"),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_relation_found(extract, text, expected):
    found = triples(extract(text))
    s, r, t = expected
    assert expected in found or (r in ("met", "family") and (t, r, s) in found), found


@pytest.mark.parametrize("text,unexpected,why", NEGATIVE)
def test_trap_not_positive(extract, text, unexpected, why):
    s, r, t = unexpected
    found = triples(extract(text))
    assert unexpected not in found and (t, r, s) not in found, (why, found)


def test_negated_mention_is_kept_marked(extract):
    result = extract("Maria Lopez did not endorse Tom Becker.")
    assert ("Maria Lopez", "endorsed", "Tom Becker") in triples(result, negated=True)
    negated = [m for m in result.relations if m.negated]
    assert negated and all(m.rule.endswith("+negated") for m in negated)


def test_mention_fields(extract):
    text = "Intro line here.\nSenator Maria Lopez endorsed Tom Becker on Tuesday."
    result = extract(text)
    [mention] = [m for m in result.relations if m.relation == "endorsed"]
    assert text[mention.start : mention.end] == mention.sentence
    assert mention.trigger == "endorsed"
    assert mention.source_type == "PERSON" and mention.target_type == "PERSON"
    assert 0 < mention.confidence <= 1
