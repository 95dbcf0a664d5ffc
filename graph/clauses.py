"""Clause structure that subjects and pronouns both need: passives, and the speaker's own second act."""

from __future__ import annotations

from graph.tokens import children


def is_passive(verb) -> bool:
    """Return True for a passive verb ("was endorsed by", "X, backed by Y,")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in children(verb)) or reduced_passive(verb)


def reduced_passive(verb) -> bool:
    """Return True for a participle with an agent that describes a noun ("X, backed by Y,")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children(verb))


def speakers_act(verb):
    """Return the verb of speech a past tense joined to its reported clause really goes with, else
    None: "X said the union would fight the deal and accused Y", "X denied that the coach had been
    threatened and praised Y", "X said Y had held talks with a rival and warned that ..." (a simple
    past after a "would", passive or past perfect clause is the speaker's own second act, not part
    of what was said or denied)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos_ != "VERB" \
            or is_passive(verb):
        return None
    if any(c.tag_ == "MD" for c in children(head)) or is_passive(head):
        return head.head
    doc = verb.doc
    comma = verb.i >= 2 and doc[verb.i - 1].dep_ == "cc" and doc[verb.i - 2].text == ","
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in children(head)) and (comma or any(
            c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "of" for c in children(verb))):
        # (after a past perfect, only a verb that says or charges something, or one the comma sets
        # apart: "said Y had messaged the striker and phoned his father" is one report of two
        # contacts; "denied that anyone had contacted his client, and called X's claim ..." is not)
        return head.head
    if head.lemma_ in ("be", "have") and not any(c.dep_ in ("aux", "auxpass") for c in children(head)) and any(
            c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in children(verb)):
        # (after a reported state, an act on a pronoun is the speaker's: "said Y had the board's
        # backing and credited him with ...", where "him" is Y, so Y is not the one who credited)
        return head.head
    return None
