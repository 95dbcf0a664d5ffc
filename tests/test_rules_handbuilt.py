"""Rule tests on hand-built Docs: the syntax logic, independent of the statistical model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
import spacy

from graph.arguments import object_tokens, subject_tokens
from graph.cues import load_cues
from graph.modality import assertion


def make(words, heads, deps, pos, lemmas=None):
    """Return a Doc with the given parse (heads are absolute indices)."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
               sent_starts=[True] + [False] * (len(words) - 1))


CUES = load_cues()
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case forms)

# "Lee did not endorse Ray ."
NEGATED = (["Lee", "did", "not", "endorse", "Ray", "."], [3, 3, 3, 3, 3, 3],
           ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"], ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"])
# "Lee declined to endorse Ray ."
REFUSED = (["Lee", "declined", "to", "endorse", "Ray", "."], [1, 1, 3, 1, 3, 1],
           ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"], ["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
           ["Lee", "decline", "to", "endorse", "Ray", "."])
# "Lee would endorse Ray ."
MODAL = (["Lee", "would", "endorse", "Ray", "."], [2, 2, 2, 2, 2],
         ["nsubj", "aux", "ROOT", "dobj", "punct"], ["PROPN", "AUX", "VERB", "PROPN", "PUNCT"])
# "Lee endorsed Ray ."
PLAIN = (["Lee", "endorsed", "Ray", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
         ["PROPN", "VERB", "PROPN", "PUNCT"], ["Lee", "endorse", "Ray", "."])
# "Did Lee meet Ray ?"
QUESTION = (["Did", "Lee", "meet", "Ray", "?"], [2, 2, 2, 2, 2], ["aux", "nsubj", "ROOT", "dobj", "punct"],
            ["AUX", "PROPN", "VERB", "PROPN", "PUNCT"])
# "Lee denied meeting Ray ."
DENIED = (["Lee", "denied", "meeting", "Ray", "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", "xcomp", "dobj", "punct"],
          ["PROPN", "VERB", "VERB", "PROPN", "PUNCT"], ["Lee", "deny", "meet", "Ray", "."])


@pytest.mark.parametrize("parse,trigger,expected", [
    (PLAIN, 1, ""),
    (NEGATED, 3, "negated"),
    (REFUSED, 3, "refusal"),
    (MODAL, 2, "hypothetical"),
    (QUESTION, 2, "question"),
    (DENIED, 2, "denial"),
])
def test_assertion(parse, trigger, expected):
    doc = make(*parse)
    assert assertion(doc[trigger], CUES) == expected


def test_passive_agent_is_the_subject():
    # "Ray was endorsed by Lee ."
    doc = make(["Ray", "was", "endorsed", "by", "Lee", "."], [2, 2, 2, 2, 3, 2],
               ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
               ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
    assert [t.text for t in subject_tokens(doc[2])] == ["Lee"]
    assert [t.text for t in object_tokens(doc[2])] == ["Ray"]


def test_infinitive_inherits_subject_and_conjuncts_expand():
    # "Lee went on to endorse Ray and Kim ."
    doc = make(["Lee", "went", "on", "to", "endorse", "Ray", "and", "Kim", "."], [1, 1, 1, 4, 1, 4, 5, 5, 1],
               ["nsubj", "ROOT", "prt", "aux", "xcomp", "dobj", "cc", "conj", "punct"],
               ["PROPN", "VERB", "ADP", "PART", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"])
    assert [t.text for t in subject_tokens(doc[4])] == ["Lee"]
    assert [t.text for t in object_tokens(doc[4])] == ["Ray", "Kim"]


def test_a_second_subject_after_the_verb_is_its_object():
    # "The singer Lee on Sunday endorsed Ray ." misparsed with "Ray" as a second nsubj
    doc = make(["Lee", "on", "Sunday", "endorsed", "Ray", "."], [3, 3, 1, 3, 3, 3],
               ["nsubj", "prep", "pobj", "ROOT", "nsubj", "punct"],
               ["PROPN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"])
    assert [t.text for t in subject_tokens(doc[3])] == ["Lee"]
    assert [t.text for t in object_tokens(doc[3])] == ["Ray"]
    # a lone subject after the verb ('"...," said Ray') stays the subject
    doc = make(["Hi", ",", "said", "Ray", "."], [2, 2, 2, 2, 2], ["ccomp", "punct", "ROOT", "nsubj", "punct"],
               ["INTJ", "PUNCT", "VERB", "PROPN", "PUNCT"])
    assert [t.text for t in subject_tokens(doc[2])] == ["Ray"] and object_tokens(doc[2]) == []


def test_a_descriptor_right_before_a_name_is_that_name():
    # "Ada accused the service StreamKing of lying ." with StreamKing hung on the verb, not the noun
    from graph.arguments import refs
    from graph.coref import Resolver
    from graph.records import DocEntity

    doc = make(["Ada", "accused", "the", "service", "StreamKing", "of", "lying", "."], [1, 1, 3, 1, 1, 4, 5, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "prep", "pcomp", "punct"],
               ["PROPN", "VERB", "DET", "NOUN", "PROPN", "ADP", "VERB", "PUNCT"])
    entities = [DocEntity("Ada", "PERSON"), DocEntity("StreamKing", "ORG")]
    resolver = Resolver(doc, entities, refs={0: (0,), 4: (1,)}, how={0: "name", 4: "name"})
    assert refs(doc[3], resolver, CUES) == (1,)
    # "told the court Lee had lied": the name is the next clause's subject, not the court
    doc = make(["Ada", "told", "the", "court", "Lee", "had", "lied", "."], [1, 1, 3, 1, 6, 6, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "nsubj", "aux", "ccomp", "punct"],
               ["PROPN", "VERB", "DET", "NOUN", "PROPN", "AUX", "VERB", "PUNCT"])
    resolver = Resolver(doc, [DocEntity("Ada", "PERSON"), DocEntity("Lee", "PERSON")],
                        refs={0: (0,), 4: (1,)}, how={0: "name", 4: "name"})
    assert refs(doc[3], resolver, CUES) == ()


def test_a_place_before_a_role_yields_to_its_organisation():
    # "the party 's Kumasi regional chairman , Kwadwo Mensah , spoke ."
    from graph.coref import Resolver
    from graph.records import DocEntity
    from graph.roles import role_candidates

    doc = make(["the", "party", "'s", "Kumasi", "regional", "chairman", ",", "Kwadwo", "Mensah", ",", "spoke", "."],
               [1, 5, 1, 5, 5, 10, 5, 8, 5, 5, 10, 10],
               ["det", "poss", "case", "compound", "amod", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
               ["DET", "NOUN", "PART", "PROPN", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
               ["the", "party", "'s", "Kumasi", "regional", "chairman", ",", "Kwadwo", "Mensah", ",", "speak", "."])
    entities = [DocEntity("New Patriotic Party", "ORG"), DocEntity("Kumasi", "GPE"), DocEntity("Kwadwo Mensah", "PERSON")]
    resolver = Resolver(doc, entities, refs={1: (0,), 3: (1,), 7: (2,), 8: (2,)},
                        how={1: "title", 3: "name", 7: "name", 8: "name"})
    found = {(c.source, c.relation, c.target) for c in role_candidates(doc[:], CUES, resolver)}
    assert found == {(2, "works_for", 0)}, found


def test_what_a_speaker_says_while_rejecting_a_claim_is_asserted():
    # "Lee rejected the claim , saying he had met Ray ." with "saying" hung on the claim: the
    # meeting is the speaker's own account, not part of what was rejected
    words = ["Lee", "rejected", "the", "claim", ",", "saying", "he", "had", "met", "Ray", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 3, 3, 8, 8, 5, 8, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "acl", "nsubj", "aux", "ccomp", "dobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PROPN", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", ",", "VBG", "PRP", "VBD", "VBN", "NNP", "."],
              lemmas=["Lee", "reject", "the", "claim", ",", "say", "he", "have", "meet", "Ray", "."],
              sent_starts=[True] + [False] * 10)
    assert assertion(doc[8], CUES) == ""
    # (while the rejected claim itself stays rejected: "Lee rejected the claim that he had met Ray")
    words = ["Lee", "rejected", "the", "claim", "that", "he", "had", "met", "Ray", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 7, 7, 7, 3, 7, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "aux", "acl", "dobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "PROPN", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "IN", "PRP", "VBD", "VBN", "NNP", "."],
              lemmas=["Lee", "reject", "the", "claim", "that", "he", "have", "meet", "Ray", "."],
              sent_starts=[True] + [False] * 9)
    assert assertion(doc[7], CUES) != ""


def test_the_kind_a_name_ends_with_rules():
    # "the company" may be an organisation whose name holds "Company" only if it ends as a company:
    # the "National Company Law Tribunal" is a court, so a story's "the company" is never it
    from graph.coref import _head_kinds
    from graph.lexicon import load_lexicon

    lexicon = load_lexicon()
    business = lexicon.business_referents
    assert not _head_kinds("National Company Law Tribunal", lexicon) & business
    assert _head_kinds("National Company Law Tribunal", lexicon)
    assert _head_kinds("Utkal Minerals & Metals Ltd", lexicon) & business
    assert not _head_kinds("Kōyō Denki", lexicon)  # (no kind at its end: the whole name's kinds decide)
