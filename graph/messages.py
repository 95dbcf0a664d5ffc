"""Texts stated by what a message says: "In the messages, X told Y ...", "WhatsApp messages in
which X told Y ...", "The messages show X writing to Y".

Leak stories rarely say "X texted Y". They name the messages once and then report what the
sender said inside them; the one who speaks there sent the text and the one spoken to received
it. A clause counts when it hangs on a message noun from the cue data ([messages] in
relations.toml) by "in" ("In the messages, ...", "messages in which ...") or is what the
messages "show"; its speech verb (tell, warn, write to, ...) gives both ends. Negation and
hedges are checked by the caller like any other cue.
"""

from __future__ import annotations

from graph.arguments import all_refs, object_tokens, prep_objects, subject_tokens
from graph.coref import Resolver
from graph.cues import Cues
from graph.relations import Candidate, candidate_pairs
from graph.tokens import children, facts, tokens


def message_candidates(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return texts stated by what a message in one sentence says its sender told someone."""
    out: list[Candidate] = []
    f = facts(sent.doc)
    every = tokens(sent.doc)
    for i in range(sent.start, sent.end):
        if f.pos[i] != "VERB" or f.lemma[i] not in cues.scene_speech or not _in_message(every[i], cues):
            continue
        verb = every[i]
        senders = all_refs(subject_tokens(verb), resolver, cues, owned=False)
        if verb.tag_ == "VBG" and not senders and verb.dep_ == "acl":
            senders = all_refs([verb.head], resolver, cues, owned=False)  # "show X writing to Y"
        receivers = all_refs(object_tokens(verb) + prep_objects(verb, ("to",)), resolver, cues)
        if len(senders) == 1:
            out.extend(candidate_pairs(senders, receivers, "texted", verb, "message-speech", False, resolver))
    return out


def _in_message(verb, cues: Cues) -> bool:
    """Return True when the verb's clause is what a message says: it hangs on a message noun by
    "in" ("In the messages, X told Y", "messages in which X told Y"), or the messages "show" it."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                o.dep_ == "pobj" and _message_noun(o, cues) for o in children(prep)):
            return True
    if verb.dep_ == "relcl" and _message_noun(verb.head, cues) and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "which" for o in children(p))
            for p in children(verb)):
        return True
    # "The messages show X writing to Y": the participle on the object of a showing verb
    shown = verb.head.head if verb.dep_ == "acl" else verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    return shown is not None and shown.lemma_.lower() in cues.scene_showing and any(
        s.dep_ == "nsubj" and _message_noun(s, cues) for s in children(shown))


def _message_noun(token, cues: Cues) -> bool:
    """Return True for a noun that names texts ("messages", "the WhatsApp exchange", "texts"), not
    a public post ("a message on social media")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in cues.scene_nouns and not any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in cues.scene_public for o in children(p))
        for p in children(token))
