"""Per-document extraction: a parsed Doc -> its entities and relation mentions (a DocResult).

This is the one place the entity, coreference and relation stages meet for one
document; everything it returns is small plain data, so results can be stored,
sent between processes and merged across the corpus.
"""

from __future__ import annotations

from dataclasses import replace

from graph.arguments import all_refs
from graph.clusters import cluster_mentions
from graph.coref import build_resolver, settle_generations
from graph.cues import CONTACTS, Cues
from graph.headlines import dateline_places, headline_candidates
from graph.lexicon import Lexicon
from graph.mentions import bracketed_short_forms, doc_mentions
from graph.modality import (assertion, back_denials, counter_claim, denied_relations, disputed, party_denials,
                             rebutted, reported)
from graph.records import DocResult, Document, RelationMention
from graph.judgements import answer_candidates, judgement_candidates
from graph.messages import message_candidates
from graph.relations import Candidate, sentence_candidates
from graph.roles import role_candidates
from graph.speakers import resolve_speakers
from graph.tokens import sentence_of, sentence_words, sentences

#: Words a rebuttal of a contact in its own sentence says ("no such call took place").
_NO_SUCH = frozenset({"no", "such"})
#: Rules whose relation a noun phrase states (a role, "NAME of ORG"), not the clause around it.
_PHRASE_RULES = ("role", "name-of")


def extract_document(document: Document, doc, cues: Cues, lexicon: Lexicon, headline_end: int = 0) -> DocResult:
    """Return the entities and relation mentions of one parsed document."""
    mentions = doc_mentions(doc, lexicon, headline_end)
    entities, assignment = cluster_mentions(mentions, lexicon, dateline_places(document.text),
                                            bracketed_short_forms(doc, mentions))
    resolver = build_resolver(doc, mentions, assignment, entities, lexicon)
    resolve_speakers(doc, resolver, lexicon)
    candidates: list[Candidate] = []
    denied: set[tuple[int, str]] = set()
    body = [sent for sent in sentences(doc) if sent.start_char >= headline_end]  # headlines: word order, below
    for sent in body:
        for role in role_candidates(sent, cues, resolver):
            candidates.append(role)
            # "Carlo's daughter, Giulia" lets a later "his daughter" mean Giulia.
            resolver.roles.setdefault((role.target, role.trigger.lemma_.lower()), role.source)
            if role.relation == "works_for" and resolver.entities[role.target].type == "ORG":
                resolver.posts.setdefault(role.source, set()).add(role.target)
            if role.trigger.lemma_.lower() in cues.counsel:
                # "The senator's lawyer, X, said her client ...": the lawyer's client is whom she works for
                resolver.roles.setdefault((role.source, "client"), role.target)
    settle_generations(resolver, lexicon)
    for sent in body:
        candidates.extend(sentence_candidates(sent, cues, resolver))
        candidates.extend(judgement_candidates(sent, cues, resolver))
        candidates.extend(message_candidates(sent, cues, resolver))
    candidates.extend(headline_candidates(doc, headline_end, cues, resolver))
    candidates.extend(answer_candidates(body, candidates, cues, resolver))
    stating = {sentence_of(candidate.trigger).start for candidate in candidates}
    for k, sent in enumerate(body):
        # "A said X had phoned Y. Y disputed that account" / "... no such call took place": the
        # rebuttal takes back what the sentences before reported
        for kind in back_denials(sent, cues) if k and body[k - 1].start in stating else ():
            if kind == "*":
                denied.add((body[k - 1].start, "reported"))
            else:
                denied.update((body[j].start, kind) for j in (k - 1, k - 2) if j >= 0)
    for sent in body:
        if sent.start in stating:  # a denial only matters where a sentence states a relation
            denied |= {(sent.start, relation) for relation in denied_relations(sent, cues)}
            # "Posts claim that X phoned Y; both men say no such call took place": a rebuttal in
            # the same sentence takes back that kind of contact too
            if sentence_words(sent) & _NO_SUCH:  # (the cheap test first: the rebuttal says "no" or "such")
                denied |= {(sent.start, kind) for kind in back_denials(sent, cues) if kind != "*"}
            if rebutted(sent, cues):
                denied.add((sent.start, "reported"))  # only what the rebutted report says
            elif disputed(sent, cues):
                denied.add((sent.start, "*"))
    members: dict[int, set[int]] = {}
    for candidate in candidates:
        if candidate.relation == "works_for":
            members.setdefault(candidate.target, set()).add(candidate.source)
    disowned = _disowned(body, cues, resolver, members)
    relations = _mentions(document, candidates, resolver.entities, cues, denied, disowned)
    return DocResult(document=document, entities=tuple(resolver.entities), relations=tuple(relations))


def _disowned(body, cues: Cues, resolver, members: dict[int, set[int]]) -> set[tuple[int, str, int]]:
    """Return (entity, relation, other end or -1 for anyone) for each act one of its parties denies
    anywhere in the story: "Y said X had texted him. X denied sending the text"; an organisation
    denied ("had not met anyone from Ulúa") stands for the people the story says work for it."""
    found = set()
    for sent in body:
        for denier, relation, act, anyone in party_denials(sent, cues):
            # (only names: a pronoun's guess must not take back another's call)
            others = {e for t in act.subtree if resolver.method(t) == "name" for e in resolver.resolve(t)}
            if anyone:
                others |= {p for o in others if resolver.entities[o].type == "ORG" for p in members.get(o, ())}
            for entity, _ in all_refs([denier], resolver, cues, owned=False) or all_refs([denier], resolver, cues):
                # ("Mai's office denied sending any such message": the office speaks for its owner)
                named = others - {entity}
                found.update((entity, relation, other) for other in named or ({-1} if anyone else ()))
    return found


def _confidence(candidate: Candidate, cues: Cues) -> float:
    """Return a candidate's confidence: its relation's base times its rule's weight."""
    value = cues.confidence.get(candidate.relation, 0.85) * cues.rule_weights.get(candidate.rule, 0.9)
    if candidate.resolved_by:
        value *= cues.rule_weights.get(candidate.resolved_by, 0.9)
    return round(value, 3)


def _mentions(document: Document, candidates: list[Candidate], entities, cues: Cues,
              denied: set[tuple[int, str]], disowned: set[tuple[int, str, int]]) -> list[RelationMention]:
    """Return one RelationMention per distinct statement, keeping the most confident reading."""
    best: dict[tuple, RelationMention] = {}
    text = document.text
    for candidate in candidates:
        trigger = candidate.trigger
        sent = sentence_of(trigger)
        # (a role or "NAME of ORG" is stated by its noun phrase, whatever the clause around it says:
        # "could not support Marco Bollini of the Unione Popolare" leaves him in his party)
        reason = "" if candidate.rule.startswith((*_PHRASE_RULES, "headline")) else assertion(trigger, cues)
        disputed_here = not candidate.rule.startswith(_PHRASE_RULES) and (
            (sent.start, "*") in denied and not counter_claim(trigger, cues)
            # (an attack stands when what it charged is called false: "X lashed out at Y, accusing
            # him of Z — a claim Y's office called false")
            and not (candidate.relation == "criticized" and not reported(trigger))
            or (sent.start, "reported") in denied and reported(trigger))
        if not reason and ((sent.start, candidate.relation) in denied or disputed_here or any(
                (end, candidate.relation, other) in disowned
                for end, far in ((candidate.source, candidate.target), (candidate.target, candidate.source))
                for other in (far, -1))):
            reason = "denial"  # "X said they met, but Y denied that any such meeting took place"
        source, target = entities[candidate.source], entities[candidate.target]
        if source.name == target.name:
            continue
        symmetric = candidate.symmetric or not cues.directed.get(candidate.relation, True)
        written = text[sent.start_char : sent.end_char]  # (the sentence as written, sliced once)
        mention = RelationMention(
            doc=document.id,
            source=source.name,
            source_type=source.type,
            relation=candidate.relation,
            target=target.name,
            target_type=target.type,
            negated=bool(reason),
            sentence=written.strip(),
            start=sent.start_char + (len(written) - len(written.lstrip())),
            end=sent.start_char + len(written.rstrip()),
            trigger=text[trigger.idx : trigger.idx + len(trigger)],
            confidence=_confidence(candidate, cues),
            rule=candidate.rule + (f"+{reason}" if reason else ""),
            symmetric=symmetric,
            date=document.date,
        )
        ends = tuple(sorted((source.name, target.name))) if symmetric else (source.name, target.name)
        key = (ends, candidate.relation, mention.start, mention.negated)
        if key not in best or best[key].confidence < mention.confidence:
            best[key] = mention
    # "Investigators are examining messages X allegedly exchanged with Y. X's lawyer said her client
    # 'never sent a single message' to Y": a contact the story states did not happen takes back the
    # one it reports elsewhere
    gainsaid = {(frozenset((m.source, m.target)), m.relation) for m in best.values()
                if m.relation in CONTACTS and m.rule.endswith("+negated")}
    for key, m in list(best.items()):
        if not m.negated and (frozenset((m.source, m.target)), m.relation) in gainsaid:
            best[key] = replace(m, negated=True, rule=m.rule + "+denial")
    return sorted(best.values(), key=lambda m: (m.start, m.relation, m.source, m.target))
