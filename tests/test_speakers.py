"""Quotations: "I" and "we" inside quotation marks are the speaker the attribution names."""

from __future__ import annotations

from conftest import triples

from graph.speakers import quotation_spans


def test_quotation_spans(nlp):
    doc = nlp('“I back her,” Ana Silva said. Then: "We will see."\n"An unclosed quote\nNext paragraph.')
    quoted = [doc[a:b].text for a, b in quotation_spans(doc)]
    assert quoted[0] == "I back her,"
    assert quoted[1] == "We will see."
    assert quoted[2].startswith("An unclosed quote")  # a paragraph break closes it
    assert len(quoted) == 3


def test_first_person_in_a_quotation_is_the_speaker(extract):
    result = extract('"I am proud to endorse Zohran Mamdani," Kamala Harris said on Monday.')
    assert ("Kamala Harris", "endorsed", "Zohran Mamdani") in triples(result)


def test_speaker_before_the_quotation(extract):
    result = extract('Kamala Harris said: "I thanked Zohran Mamdani for his courage."')
    assert ("Kamala Harris", "praised", "Zohran Mamdani") in triples(result)


def test_quotation_running_on_keeps_its_speaker(extract):
    result = extract('"It was a long day," Zohran Mamdani told reporters. "I thanked Donald Trump for his time."')
    assert ("Zohran Mamdani", "praised", "Donald Trump") in triples(result)


def test_we_is_an_organisation_speaker_only(extract):
    org = extract('"We fully support Maria Lopez," the Dockworkers Union said in a statement.')
    assert ("Dockworkers Union", "endorsed", "Maria Lopez") in triples(org)
    person = extract('"We fully support Maria Lopez," Tom Becker said.')
    assert ("Tom Becker", "endorsed", "Maria Lopez") not in triples(person)


def test_unattributed_quotation_has_no_speaker(extract):
    result = extract('Tom Becker arrived late. "I endorse Maria Lopez," read a sign in the crowd.')
    assert ("Tom Becker", "endorsed", "Maria Lopez") not in triples(result)


def test_party_word_describing_a_person_is_no_entity(extract):
    result = extract('"I support the Democrat in the race, sure," Kamala Harris said.')
    assert not any(m.relation == "endorsed" for m in result.relations)
