"""Relation extraction: relation cues in a parsed Doc -> candidate relations between entities.

A candidate is (source entity, relation, target entity, trigger token, rule). Verb
cues take their ends from subject and object; noun cues from possessors, "from"
and "of" phrases and light verbs ("gave her endorsement to"); role nouns
(roles.py) and headlines (headlines.py) add their own. Truth (negation, ...) is
decided afterwards by modality.py.
"""

from __future__ import annotations

from typing import NamedTuple

from graph.arguments import (
    all_refs,
    appositions,
    is_infinitive,
    misread_verb,
    object_tokens,
    prep_objects,
    refs,
    subject_tokens,
    trailing_objects,
    with_conjuncts,
)
from graph.clauses import is_passive
from graph.coref import Resolver
from graph.cues import CONTACTS, Cues, NounCue, VerbCue
from graph.spans import NAME_JOINERS, NAME_PARTICLES
from graph.tokens import children, doc_memo, earlier_alike, facts, ner_spans, sentence_of, text_of, tokens

#: Lower-case words inside names, of people and of organisations ("Caju do Geba", "des Travailleurs").
_NAME_WORDS = NAME_PARTICLES | NAME_JOINERS
#: Where an infinitive's target can sit: "to cut off [funding] to [Y]", "to strip [his sister, Y]".
_REACH = frozenset({"dobj", "pobj", "appos", "poss", "dative", "nsubj"})
#: Dependencies that mark an object's secondary predicate ("called him [a liar]").
_PREDICATE_DEPS = ("oprd", "xcomp", "ccomp")


class Candidate(NamedTuple):
    """A relation found in the syntax, before its truth is checked."""

    source: int
    relation: str
    target: int
    trigger: object  # the spaCy token that states it
    rule: str
    symmetric: bool
    resolved_by: str = ""  # "pronoun"/"title"/"pair" when an end needed coreference


def has_word(token, word: str) -> bool:
    """Return True when ``word`` is a dependent of the token or of its objects/prepositions."""
    f = facts(token.doc)  # (the words as plain lists: every cue's required words are asked for)
    lower, lemma, dep = f.lower, f.lemma, f.dep
    for child in children(token):
        if word == lower[child.i] or word == lemma[child.i]:
            return True
        if dep[child.i] in ("dobj", "prep", "prt", "advmod", "npadvmod", "pobj", "agent"):
            if any(word == lower[g.i] or word == lemma[g.i] for g in children(child)):
                return True
            for grand in children(child):
                if dep[grand.i] == "pobj" and any(word == lower[x.i] or word == lemma[x.i] for x in children(grand)):
                    return True
    return False


def _word_after(verb, target, words: frozenset[str]) -> bool:
    """Return True when one of ``words`` follows the target in the verb's phrase ("called Y a liar")."""
    return any(t.i > target.i and (t.lower_ in words or t.lemma_.lower() in words) for t in verb.subtree)


def _named_object(token) -> bool:
    """Return True for an object that names someone: a name, a pronoun, or a noun with a name in
    apposition ("would strip the promoter, Oinak Pelota, of its licence")."""
    return token.pos_ in ("PROPN", "PRON") or token.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in children(token))


def _praise_after(verb, target, cues: Cues) -> bool:
    """Return True when a word of praise follows the target in the verb's phrase ("called Y a
    visionary"; "kind" only as an adjective: not "politics of the worst kind")."""
    return any((t.lower_ in cues.laudatory or t.lemma_.lower() in cues.laudatory)
               and (t.pos_ == "ADJ" or t.lower_ not in cues.adjectival_praise) for t in _said_of(verb, target))


def _said_of(verb, target) -> list:
    """Return the words the verb's phrase says of its object after it, with the quotation right
    after the object however the parser hung it ('called Y "the most qualified person on the
    ballot."', the quotation made an apposition of the subject)."""
    words = {t.i: t for t in verb.subtree if t.i > target.i}
    doc = target.doc
    start = next((k for k in (target.i + 1, target.right_edge.i + 1) if k < len(doc) and doc[k].is_quote), None)
    if start is not None:
        k = start + 1
        while k < min(len(doc), start + 25) and not doc[k].is_quote:
            words.setdefault(k, doc[k])
            k += 1
    return [words[i] for i in sorted(words)]


def _has_predicate(verb, target) -> bool:
    """Return True when the object has a secondary predicate (so "call" is not a phone call)."""
    if target.head.i != verb.i and target.head.dep_ in _PREDICATE_DEPS and not _same_name(target, target.head) \
            and not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children(target.head)):
        return True  # (not the object named by "what she called his courage")
    return bool(_predicates(verb, target)) or any(c.dep_ == "oprd" and c.i != target.i
                                                  and verb.doc[c.left_edge.i - 1].text != "," for c in children(verb)) \
        or _quoted_noun_after(target)


def _same_name(token, other) -> bool:
    """Return True when both tokens fall in one named entity (a parse broken inside a name)."""
    return bool(token.ent_type_) and bool(other.ent_type_) and any(
        e.start <= token.i < e.end and e.start <= other.i < e.end for e in ner_spans(token.doc))


def _quoted_noun_after(target) -> bool:
    """Return True when a quoted noun phrase follows the object at once: 'calling Y "a bureaucrat"'
    (however the parser attached the quotation)."""
    doc = target.doc
    # right after the name, or after its whole phrase (the parser may hang the quotation on the name),
    # or after the comma that closes an age: 'called Kudo, 61, "the administrator ..."'
    ends = {target.i + 1, target.right_edge.i + 1}
    k = target.i + 1
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text == ",":
        ends.add(k + 3)
    return any(after + 1 < len(doc) and doc[after].is_quote and doc[after + 1].pos_ in ("DET", "ADJ", "NOUN")
               for after in ends)


def _predicates(verb, target) -> list:
    """Return the nouns and adjectives the verb predicates of its object ("called Y [a liar]"); the
    parser may read the predicate as a second object: 'calling Vik "a bureaucrat"'."""
    doc = verb.doc
    return [c for c in children(verb) if c.i > target.i and c.pos_ in ("NOUN", "ADJ", "PROPN")
            and not _same_name(c, target)  # (a name the parser split at a hyphen: "Kang Min | - | jun")
            # (nor a comment on the whole clause after its comma: "named X as head coach, a decision that ...")
            and not (c.dep_ == "oprd" and doc[c.left_edge.i - 1].text == ",")
            and (c.dep_ in _PREDICATE_DEPS or c.dep_ == "dobj" and target.dep_ == "dobj"
                 # not "met Y at a hotel, but the meeting ...": a second object follows the first at once
                 and all(t.is_punct and t.text != "," for t in doc[target.right_edge.i + 1 : c.left_edge.i]))
            # (not the second half of a compound the parser split: "praised the coach's work | ethic")
            and not (c.pos_ == "NOUN" and target.pos_ == "NOUN" and c.i == target.i + 1 and not any(children(c)))
            # (nor a name split from the noun before it: "heads the group of the opposition | Movimento X")
            and not (c.pos_ == "PROPN" and c.left_edge.i == target.right_edge.i + 1 and target.right_edge.pos_ == "NOUN"
                     and target.right_edge.dep_ == "pobj" and target.right_edge.head.lower_ == "of")]


def _quoted_predicate(verb, target) -> bool:
    """Return True when the verb gives its object a predicate that opens with a quotation mark."""
    for child in _predicates(verb, target):
        if any(t.is_quote for t in verb.doc[target.i + 1 : child.left_edge.i + 1]):
            return True
    return _quoted_noun_after(target)


_FUTURE = frozenset({"will", "would", "could", "might", "may", "'ll", "shall"})
#: Prepositions of a unit's organisation: "heads the chartering desk at X", "runs the Lagos office of X".
_PART_OF = ("at", "of", "within")
#: Adverbs that make a post a past one ("once worked for Y", "had once served as").
FORMERLY = frozenset({"once", "formerly", "previously"})


def _conditional_clauses(verb, cues: Cues):
    """Yield (clause, its "if"/"unless" markers) for each clause the verb reports as a consequence
    that hangs on a condition: "warned Y that it would block the merger unless ...", "said he
    would sue Y unless ..."."""
    misread = _misread_complements(verb)
    for clause in [*children(verb), *misread]:
        if clause.dep_ not in ("ccomp", "relcl", "acl") or not any(
                c.dep_ == "aux" and c.lower_ in _FUTURE for c in children(clause)):
            continue  # (the cheap test first: most reported clauses have no future)
        conditions = [t for t in clause.subtree if t.dep_ == "mark" and t.lower_ in cues.threat_conditions]
        if not conditions and clause in misread:
            # (the parser hung the condition on the warning verb too: "... that Z would ... if W")
            conditions = [t for a in children(verb) if a.dep_ == "advcl" and a.i > clause.i for t in children(a)
                          if t.dep_ == "mark" and t.lower_ in cues.threat_conditions]
        if conditions:
            yield clause, conditions


def _misread_complements(verb) -> list:
    """Return the clauses "warned Y in a letter [that X would ...]" says, which the parser hung on
    the letter as a relative clause: one whose "that" is no part of it (it has its own subject)."""
    found = []
    for prep in (c for c in children(verb) if c.dep_ == "prep"):
        for noun in (o for o in children(prep) if o.dep_ == "pobj"):
            # (or as the letter's clause: "warned in a letter to employees [that X would ... unless]")
            for clause in (r for r in children(noun) if r.dep_ in ("relcl", "acl")):
                that = [t for t in clause.subtree
                        if t.lower_ == "that" and t.i < clause.i and t.dep_ not in ("nsubj", "nsubjpass")]
                if that and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in children(clause)):
                    found.append(clause)
    return found


def _conditional_consequence(verb, cues: Cues) -> bool:
    """Return True when the verb reports a consequence that hangs on a condition."""
    return next(_conditional_clauses(verb, cues), None) is not None


def _condition_subjects(tokens, cues: Cues) -> list:
    """Return the subjects of the conditions the tokens' "if"/"unless" open: the ones whose act a
    consequence hangs on ("... unless the company withdraws the plan")."""
    return [s for t in tokens if t.dep_ == "mark" and t.lower_ in cues.threat_conditions
            for s in children(t.head) if s.dep_ in ("nsubj", "nsubjpass")]


def _said_backing(verb, cues: Cues) -> bool:
    """Return True when a characterisation is given while endorsing or praising: "endorsed X,
    calling her ...", "announced the endorsement at a rally, calling her 'a builder'" (what the
    head gives; not "criticised the endorsement, calling the council 'a club'")."""
    head = verb.head
    if verb.dep_ == "relcl":
        # "praised the three women selected, among them Y, whom he called 'the future of ...'"
        head = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb)
    elif verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    head_cues = list(verb_cues(head, cues))
    if head.lemma_.lower() in cues.agent_light_verbs:
        head_cues += [noun_cue(c, cues) for c in children(head) if c.dep_ == "dobj"]
    return any(c is not None and c.relation in ("endorsed", "praised") for c in head_cues)


#: Prepositions of where and how long a contact took place, which the parser may hang its "with" on.
_SETTINGS = frozenset({"at", "in", "for", "over", "during"})


def _verb_targets(verb, cue: VerbCue, cues: Cues, resolver: Resolver) -> list:
    """Return the target tokens the cue finds around ``verb`` (empty when it does not match)."""
    if any(not has_word(verb, word) for word in cue.required):
        return []
    if any(c.dep_ == "prt" and c.lower_ in cues.sense_particles and c.lower_ not in cue.required
           for c in children(verb)):
        return []  # "called on Y to recuse himself" is an appeal, not a phone call
    if cue.target_prep:
        holders = [c for c in children(verb) if c.dep_ in ("dobj", "prt", "advmod")]
        # (or on the cue's own phrase: "had spoken by telephone [with X]", hung on "telephone")
        holders += [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in cue.required
                    for o in children(p) if o.dep_ == "pobj" and o.lower_ in cue.required]
        if cue.target_prep == "with":
            # (or on the place or time of it: "sat down for 11 hours at a downtown hotel [with X]")
            holders += [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in _SETTINGS
                        for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return prep_objects(verb, (cue.target_prep,), also=holders)
    targets = object_tokens(verb)
    if not targets and cue.sanction:
        # "warned that Hanoi Lotus would be fined", "warned that Khan could lose his accreditation":
        # the one the sanction clause falls on.
        for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
            # ("warned that Y could face suspension": a sanction named by what Y would face)
            faced = clause.lemma_.lower() == "face" and any(
                c.dep_ == "dobj" and cues.sanctions.intersection(word_forms(c)) for c in children(clause))
            if faced or any(cues.sanctions.intersection(word_forms(t)) for t in (clause, *clause.conjuncts)):
                # the one it falls on: a passive's subject ("Y would be fined"), or whoever would
                # "lose" something; an active sanction's subject is the one imposing it, and its
                # object the one it falls on ("warned that the Titans would fine Y").
                suffered = clause.lemma_.lower() in cues.suffered_sanctions or faced
                deps = ("nsubj", "nsubjpass") if suffered else ("nsubjpass",)
                found = [t for c in children(clause) if c.dep_ in deps for t in with_conjuncts(c)]
                # (a named or pronoun object only: not "would withhold its share", "resume strike action")
                # (or whom it costs something: "warned that any further violation would cost him his job")
                found += [t for c in children(clause) if c.dep_ in ("dobj", "dative") and not suffered
                          and _named_object(c) for t in with_conjuncts(c)]
                if found:
                    return found
        for clause, conditions in _conditional_clauses(verb, cues):
            # "warned that the union would report Y to the panel unless he withdrew": the one the
            # consequence is done to, when named; else ("warned that the office would 'remember
            # who was with us' if Y voted against the plan") the one whose act it hangs on
            named = [t for c in children(clause) if c.dep_ == "dobj" and _named_object(c) and c.pos_ != "PRON"
                     for t in with_conjuncts(c)]
            return named or _condition_subjects(conditions, cues)
        return []
    if not targets and cue.relation in cues.through_infinitive:
        # "threatened to block the franchise renewal of broadcaster Y": what the infinitive acts on.
        for clause in children(verb):
            if is_infinitive(clause):
                # (not into a clause describing the object: "to sue a blogger who had published Y's claims")
                described = {t.i for r in clause.subtree if r.dep_ == "relcl" for t in r.subtree}
                # (nor one's own: "to pull his faction out of the coalition")
                reached = [t for t in clause.subtree if t.i > clause.i and t.dep_ in _REACH
                           and t.ent_type_ not in ("DATE", "TIME") and t.i not in described
                           and not any(c.dep_ == "poss" and c.lower_ in _OWN for c in children(t))]
                # "threatened to strike as early as Monday unless the company withdraws the plan":
                # nothing in the act itself, so the one whose act it hangs on (wherever the parser
                # hung the condition)
                # (not the owner of an office holder reached: "to sue the county's own mayor" is the mayor)
                held = {t.i for t in reached if resolver.method(t) == "title"}
                # (nor the court one is taken to: "to take the national government to the High Court")
                reached = [t for t in reached if not (t.dep_ == "poss" and t.head.i in held)
                           and not (t.dep_ == "pobj" and t.lower_ in cues.courts)]
                conditions = _condition_subjects([t for t in sentence_of(verb) if t.i > clause.i], cues)
                conditional = {t.i for c in conditions for t in c.head.subtree}
                acted = [t for t in reached if t.i not in conditional]
                if conditions and acted and all(resolver.method(t) in ("title", "") and not any(
                        resolver.entities[i].type == "PERSON" for i in resolver.resolve(t)) for t in acted) \
                        and any(resolver.resolve(c) for c in conditions):
                    # "threatened to withdraw the club from the league unless the federation overturns
                    # the deduction": the one named in the condition, not the club the act is done with
                    return conditions
                return reached or conditions
        return []
    if not targets:
        return []
    if cue.pejorative:
        return targets if _word_after(verb, targets[0], cues.pejoratives) else []
    if cue.laudatory:
        # (the predicate may be an "as" phrase: 'describing him as "the best man-manager"')
        described = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > targets[0].i for c in children(verb))
        # (or a quoted superlative with no word of blame: 'called her "the most prepared candidate
        # this district has seen"', 'called Portillo "the only candidate who has walked our streets"')
        singled = _quoted_predicate(verb, targets[0]) and _singles_out(_said_of(verb, targets[0])) \
            and not _word_after(verb, targets[0], cues.pejoratives) \
            and not any(c.relation == "criticized" and all(has_word(verb.head, w) for w in c.required)
                        for c in verb_cues(verb.head, cues))  # (not "took aim at ..., calling")
        return targets if (_has_predicate(verb, targets[0]) or described) \
            and (_praise_after(verb, targets[0], cues) or singled) else []
    if cue.quoted:
        # A quoted characterisation with no word of praise and no superlative ("the most prepared
        # candidate"), not said while endorsing or praising: news quotes a name-calling.
        if _said_backing(verb, cues):
            return []
        # (nor "the only candidate who has walked our streets": "only" singles out as a superlative does)
        if _singles_out(_said_of(verb, targets[0])):
            return []
        return targets if _quoted_predicate(verb, targets[0]) and not _praise_after(verb, targets[0], cues) else []
    if cue.sanction:
        return targets if _word_after(verb, targets[0], cues.sanctions) or _conditional_consequence(verb, cues) else []
    if _has_predicate(verb, targets[0]):
        return targets if cue.complement else []
    return [] if cue.complement else targets


def _singles_out(tokens) -> bool:
    """Return True when words single someone out: a superlative ("the most prepared") or "only"
    ("the only candidate who ...")."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "only" and t.dep_ == "amod" for t in tokens)


def candidate_pairs(sources, targets, relation, trigger, rule, symmetric, resolver) -> list[Candidate]:
    """Return one candidate per (source entity, target entity) pair of ``all_refs`` results, with how
    an end was resolved when it was not by name."""
    out = []
    for s, s_tok in sources:
        for t, t_tok in targets:
            if s != t:
                how = resolver.method(s_tok) if resolver.method(s_tok) != "name" else ""
                how = how or (resolver.method(t_tok) if resolver.method(t_tok) != "name" else "")
                out.append(Candidate(s, relation, t, trigger, rule, symmetric, how))
    return out


def verb_cues(token, cues: Cues) -> tuple[VerbCue, ...]:
    """Return the verb cues of a token, by its lemma or, when the lemmatizer slips ("texted" ->
    "texte"), by its inflected form with the regular ending removed."""
    form = next((f for f in word_forms(token) if f in cues.verbs), None)
    return cues.verbs[form] if form else ()


#: Regular English endings and what replaces them in the base form ("texted" -> "text", "texte").
_ENDINGS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""))


def word_forms(token) -> tuple[str, ...]:
    """Return the token's lemma, its form, and its form with a regular ending removed, in that
    order: the small model's lemmatizer slips on names of acts ("texted" -> "texte", "fined" -> "fin")."""
    f = facts(token.doc)
    word = f.lower[token.i]
    return (f.lemma[token.i], word,
            *(word[: -len(ending)] + repl for ending, repl in _ENDINGS if word.endswith(ending)))


def _present_progressive(verb) -> bool:
    """Return True for "is managing", "are running": a present post written in the progressive."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re")
                                      for c in children(verb))


def _continuing(verb) -> bool:
    """Return True for a present perfect that runs to now: "who has led the party since 2021"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children(verb)) \
        and (any(c.dep_ == "prep" and c.lower_ == "since" for c in children(verb)) or _since_after_name(verb))


def _since_after_name(verb) -> bool:
    """Return True when "since" follows the name right after the verb, wherever the parser hung it
    ("has led the Syndicat National des Travailleurs du Coton since 2019", "has run Caju do Geba since")."""
    f = facts(verb.doc)  # (each word's strings as plain lists)
    doc = verb.doc
    k = verb.i + 1 + (verb.i + 1 < len(doc) and f.lower[verb.i + 1] == "the")
    start = k
    while k < len(doc) and (doc[k].is_title or f.lower[k] in _NAME_WORDS and k + 1 < len(doc) and doc[k + 1].is_title):
        k += 1
    if start < k and k + 3 < len(doc) and f.text[k] == "(" and f.text[k + 2] == ")":
        k += 3  # "has led the Syndicat National des Travailleurs du Coton (SYNTRACO) since 2019"
    return start < k < len(doc) and f.lower[k] == "since"


def _role_with_employer(verb, resolver: Resolver) -> bool:
    """Return True when the verb's "as" phrase names its own employer ("as the club's coach",
    "as head of the ministry"; not "as head coach of the state's side", whose owner is a place)."""
    roles = [obj for p in children(verb) if p.dep_ == "prep" and p.lower_ == "as"
             for obj in children(p) if obj.dep_ == "pobj"]
    owners = [c for role in roles for c in children(role) if c.dep_ == "poss"] + [
        o for role in roles for p in children(role) if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
        for o in children(p) if o.dep_ == "pobj"]
    for owner in owners:
        found = resolver.resolve(owner)
        # (a named owner counts unless a place; an unnamed one unless it is itself someone's: "the state's side")
        if any(resolver.entities[i].type != "GPE" for i in found) if found \
                else not any(c.dep_ == "poss" for c in children(owner)):
            return True
    return False


def _present_passive(verb) -> bool:
    """Return True for a passive of the present ("is led by Y", "the union, led by Y,")."""
    if not is_passive(verb):
        return False
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    return all(a.tag_ in ("VBZ", "VBP") for a in auxes) and (auxes or verb.dep_ == "acl")


def _reporter(verb) -> list:
    """Return the speaker of "X said [A had been hurt] and accused Y": the parser hangs the
    second verb off the reported clause, whose subject (no entity) cannot be its source."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)) or is_passive(verb):
        return []
    clause = verb.head
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return subject_tokens(clause.head)
    return []


def _sanction_noun(token, words: frozenset[str]) -> bool:
    """Return True for a noun that names one of ``words``, alone or with its modifier ("lawsuit",
    "legal action")."""
    phrase = " ".join([c.lower_ for c in children(token) if c.dep_ in ("amod", "compound")] + [token.lemma_.lower()])
    return token.pos_ == "NOUN" and (token.lemma_.lower() in words or phrase in words)


def _own_sanction(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the threat a speaker makes by announcing their own sanction on a condition: "X said
    he would sue Y unless it corrected the story" (not "said the regulator would fine Y if ...")."""
    for clause, conditions in _conditional_clauses(verb, cues):
        acts = [clause, *[c for c in children(clause) if c.dep_ == "xcomp"]]  # "would seek to remove Y"
        act = next((a for a in acts if cues.sanctions.intersection(word_forms(a))
                    or cues.sanctions.intersection(_with_particle(a))), None)  # ("would walk out unless")
        filing = act is None and clause.lemma_.lower() in cues.counsel_acts and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cues.counsel for c in children(clause))
        if filing:
            act = clause  # "his lawyers would file [a complaint against Y] unless ...": an act at law
        # "would take legal action against Y", "would file a lawsuit against Y": a sanction named by
        # the verb's object; it falls on the object of "against"
        named = next((d for a in acts for d in children(a) if d.dep_ == "dobj" and _sanction_noun(d, cues.sanctions)), None)
        if act is None and named is not None:
            act = named.head
        if act is None or any(c.dep_ == "neg" for a in {clause, act} for c in children(a)) \
                or act is not clause and clause.lemma_.lower() in cues.weighed_sanctions:
            continue  # ("said she would not sue Y unless ...", "would consider withdrawing if ...": no threat)
        speakers = _own_speaker(verb, clause, cues, resolver)
        if not speakers:
            continue  # (no one speaker, or someone else's sanction, reported)
        objects = [] if filing else [t for c in children(act) if c.dep_ == "dobj"
                                     for t in (*with_conjuncts(c), *appositions(c))]
        if named is not None or filing:
            sanction = [named] if named is not None else [c for c in children(act) if c.dep_ == "dobj"]
            objects += prep_objects(act, ("against",), also=sanction)
        targets = all_refs(objects, resolver, cues)
        if not targets and not (filing and objects):  # (whom a filing is against, when said, is its target)
            targets = all_refs(_condition_subjects(conditions, cues), resolver, cues)
        return candidate_pairs(speakers, targets, "threatened", verb, "own-sanction", False, resolver)
    return []


def _with_particle(verb) -> tuple[str, ...]:
    """Return the verb's lemma with each particle it takes ("walk out", "pull out")."""
    # (the parser may read the particle as an adverb: "will walk [out] on March 1")
    return tuple(f"{verb.lemma_.lower()} {c.lower_}" for c in children(verb)
                 if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1)


def _clients(tokens, resolver: Resolver, cues: Cues) -> list:
    """Return whom lawyers among ``tokens`` act for ("X's lawyer", "lawyers for X"): in a threat,
    the lawyer's warning is the client's."""
    owners = [o for t in tokens if t.lemma_.lower() in cues.counsel or t.lower_ in cues.counsel
              for o in [*(c for c in children(t) if c.dep_ == "poss"), *prep_objects(t, ("for",))]]
    return all_refs(owners, resolver, cues, owned=False)


def _own_speaker(verb, clause, cues: Cues, resolver: Resolver) -> list:
    """Return the speech verb's one speaker when the reported clause is their own act: its
    subject is them (or their lawyers), or it is an infinitive with none ("vowed to sue Y"); else []."""
    subjects = subject_tokens(verb)
    speakers = all_refs(subjects, resolver, cues, owned=False)
    counsel = not speakers and _clients(subjects, resolver, cues)
    speakers = speakers or counsel
    if len(speakers) != 1:
        return []
    doers = [c for c in children(clause) if c.dep_ == "nsubj"]
    if counsel and [d.lower_ for d in doers] in (["they"], ["we"]):
        return speakers  # "lawyers for X said they would sue Y": the lawyers' act, for X
    doer = max(doers, key=lambda d: d.i) if doers else None  # (not a dateline the parser made one too)
    if doer is not None and (doer.lower_ == "we" or any(
            c.dep_ == "poss" and (c.lower_ == "our" or resolver.resolve(c) == (speakers[0][0],))
            for c in children(doer)) or resolver.entities[speakers[0][0]].type == "ORG"
            and doer.lower_ in cues.rank_and_file and not any(c.dep_ in ("poss", "det") for c in children(doer))):
        # the speaker's own people act for them: '"... we will stop the night shift," X said',
        # "our lawyers will file", "its members would strike"; a union's workers: "workers will
        # walk out unless the company ..., the union said" (not "the company's workers")
        return speakers
    doers = all_refs(doers, resolver, cues, owned=False) or _clients(doers, resolver, cues)
    return speakers if clause.dep_ != "ccomp" or [i for i, _ in doers] == [speakers[0][0]] else []


def _urged_backing(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the endorsement in "X urged voters to back Y", "X called on members to vote for Y":
    the one who urges a group to back someone backs them (the urging verb is the trigger, so a
    negated or hoped-for urging states nothing)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in cues.urging_verbs:
        return []
    lemma = verb.lemma_.lower()
    if not any(c.relation == "endorsed" for c in verb_cues(verb, cues)) \
            and not (lemma == "vote" and prep_objects(verb, ("for",))):
        return []
    groups = [c for c in children(head) if c.dep_ == "dobj" and c.lower_ in cues.people]
    groups += [o for o in prep_objects(head, ("on",)) if o.lower_ in cues.people]  # "called on members to"
    if not groups:
        return []
    targets = all_refs(object_tokens(verb) + prep_objects(verb, ("for",)), resolver, cues)
    sources = all_refs(subject_tokens(head), resolver, cues, owned=False)
    return candidate_pairs(sources, targets, "endorsed", head, "verb-urged", False, resolver)


def _going(clause, cues: Cues) -> bool:
    """Return True for a clause of someone's going: "resign", "step down", "stepped aside" (the
    parser may read the particle as an adverb)."""
    lemma = clause.lemma_.lower()
    return lemma in cues.ousters or any(f"{lemma} {c.lower_}" in cues.ousters for c in children(clause)
                                        if c.dep_ in ("prt", "advmod"))


def _ouster_demand(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the criticism in a demand that someone go: "X called on Y to resign", "X urged Y to
    step down", "X called for Y to quit", "X demanded Y's resignation" (or "the resignation of Y")."""
    if verb.lemma_.lower() not in cues.ouster_demands:
        return []
    targets = []
    for clause in children(verb):
        if not _going(clause, cues) or clause.dep_ not in ("xcomp", "advcl", "ccomp"):
            continue
        if clause.dep_ == "xcomp":
            targets += [c for c in children(verb) if c.dep_ == "dobj"] + prep_objects(verb, ("on",))
        elif any(c.dep_ == "mark" and c.lower_ == "for" for c in children(clause)):
            targets += [c for c in children(clause) if c.dep_ == "nsubj"]  # "called for Y to resign"
    for noun in [c for c in children(verb) if c.dep_ == "dobj"] + prep_objects(verb, ("for",)):
        if noun.lemma_.lower() in cues.ouster_nouns:
            targets += [c for c in children(noun) if c.dep_ == "poss"] + prep_objects(noun, ("of",))
    if not targets:
        return []
    sources = all_refs(subject_tokens(verb), resolver, cues, owned=False)
    targets = all_refs(targets, resolver, cues)
    if not sources:
        # "told X the deal stinks and demanded Y's resignation": the parser hung the demand on the report
        sources = all_refs(_reporter(verb), resolver, cues, owned=False)
    return candidate_pairs(sources, targets, "criticized", verb, "verb-ouster", False, resolver)


#: Verbs of a warning whose condition may be someone's going ("warned it would ... unless Y stepped aside").
_WARNING = frozenset({"warn", "threaten"})


def _ouster_condition(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the criticism in a warning whose condition is someone's going: "X warned that it would
    call an extraordinary meeting unless Zhou stepped aside" demands that Zhou go."""
    targets = []
    for clause in verb.subtree:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("unless", "until")
                                             for c in children(clause)):
            continue
        if _going(clause, cues):
            targets += [c for c in children(clause) if c.dep_ == "nsubj"]
    if not targets:
        return []
    sources = all_refs(subject_tokens(verb), resolver, cues, owned=False)
    targets = all_refs(targets, resolver, cues)
    return candidate_pairs(sources, targets, "criticized", verb, "verb-ouster", False, resolver)


def _ultimatum(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the threat in an ultimatum with a deadline: "X gave Y 48 hours to publish the
    contracts", "X has given Y 30 days to settle its invoices" (a number of hours, days, ... and
    what to do in them)."""
    deadline = next((c for c in children(verb) if c.lemma_.lower() in cues.deadlines
                     and any(g.dep_ == "nummod" or g.like_num for g in children(c))), None)
    if deadline is None:
        return []
    act = [c for c in (*children(verb), *children(deadline)) if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
           and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    if not act:
        return []
    targets = [c for c in children(verb) if c.dep_ in ("dobj", "dative") and c is not deadline]
    sources = all_refs(subject_tokens(verb), resolver, cues, owned=False)
    targets = all_refs(targets, resolver, cues)
    return candidate_pairs(sources, targets, "threatened", verb, "verb-ultimatum", False, resolver)


def _court_act(clause, cues: Cues) -> bool:
    """Return True for taking someone to court: "take Y to court", "drag Y into court", "see Y in court"."""
    if clause.lemma_.lower() not in cues.court_verbs:
        return False
    # ("take Y to court" parsed as an infinitive, "to" and the verb "court")
    misread = [c for c in children(clause) if c.dep_ in ("xcomp", "advcl") and c.i > 0
               and clause.doc[c.i - 1].lower_ in ("to", "into", "in")]
    return any(o.lemma_.lower() in cues.courts or o.lower_ in cues.courts
               for o in (*prep_objects(clause, ("to", "into", "in", "before")), *misread))


def _reported_ultimatum(have, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the threat in an ultimatum a speaker reports: "X said in the letter that Y had until the
    end of the month to return the money or face proceedings" (X threatens Y)."""
    if not any(c.dep_ == "prep" and c.lower_ == "until" for c in children(have)):
        return []
    sent = sentence_of(have)
    after = [t for t in sent if t.i > have.i]
    if not any(t.lower_ == "or" and t.i + 1 < sent.end and t.nbor(1).lemma_.lower() in cues.exposure
               for t in after) and not any(cues.sanctions.intersection(word_forms(t)) for t in after):
        return []  # (a deadline with no sanction is a schedule: "had until Friday to file")
    node = have
    for _ in range(4):  # up to the verb that reports it ("said in the letter that Y had until ...")
        node = node.head
        if node.lemma_.lower() in cues.threat_speech and node.pos_ == "VERB":
            break
    else:
        return []
    targets = all_refs([c for c in children(have) if c.dep_ == "nsubj"], resolver, cues)
    sources = all_refs(subject_tokens(node), resolver, cues, owned=False)
    return candidate_pairs(sources, targets, "threatened", node, "verb-ultimatum", False, resolver)


def _legal_threat(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the threat a speaker makes by announcing their own sanction at law, with or without
    a condition: "X said it would sue Y", "X vowed to take legal action against Y"."""
    for clause in children(verb):
        future = clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in children(clause))
        if not (future or clause.dep_ == "xcomp" and verb.lemma_.lower() in cues.vowing_verbs):
            continue
        named = next((d for d in children(clause) if d.dep_ == "dobj" and _sanction_noun(d, cues.legal_sanctions)), None)
        if clause.lemma_.lower() not in cues.legal_sanctions and named is None and not _court_act(clause, cues):
            continue
        if any(c.dep_ == "neg" for c in children(clause)) or clause.lemma_.lower() in cues.weighed_sanctions:
            continue
        speakers = _own_speaker(verb, clause, cues, resolver)
        if not speakers:
            continue  # (no one speaker, or someone else's lawsuit, reported)
        objects = [] if named is not None else [t for c in children(clause) if c.dep_ == "dobj" for t in with_conjuncts(c)]
        objects += prep_objects(clause, ("against",), also=[named] if named is not None else [])
        return candidate_pairs(speakers, all_refs(objects, resolver, cues), "threatened", verb, "own-sanction", False, resolver)
    return []


def _someones_people(index: int, token, cues: Cues, resolver: Resolver) -> bool:
    """Return True when a contact's target is only someone's people: "met with Y's staff", "rang
    Hayatekaze's stable" are no contact with Y, while an organisation's board or officials are it
    ("met Lindholm Timber's board"), unless only a common noun says whose ("met transport union
    leaders")."""
    lemma = token.lemma_.lower()
    if lemma not in cues.staff_proxies and token.lower_ not in cues.staff_proxies and lemma not in cues.surroundings:
        return False
    if resolver.resolve(token):
        return False
    return resolver.entities[index].type == "PERSON" or any(
        c.dep_ == "compound" and resolver.method(c) != "name" for c in children(token))


def _misread_role_holder(verb, cues: Cues) -> list:
    """Return the name a role noun the parser read as the sentence's verb has as its object, when the
    verb's clause hangs on it: "Harpy Eagles [wicketkeeper] Shimron Baksh on Tuesday accused Y"."""
    role = verb.head
    if verb.dep_ != "ccomp" or not role.tag_.startswith("VB") or role.lower_ not in cues.roles \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return []
    return [c for c in children(role) if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > role.i]


def _in_court(verb, sources, cues: Cues) -> bool:
    """Return True when a defence is a lawyer's or made in court ("defence lawyer X defended Y",
    "defended Y at trial")."""
    counsel = any(t.lemma_.lower() in cues.counsel for s in sources for t in s.subtree if t.i <= s.i)
    return counsel or any(o.lemma_.lower() in cues.courts for o in prep_objects(verb, ("in", "at", "before")))


def verb_candidates(verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the candidates stated by a verb cue."""
    urged = _urged_backing(verb, cues, resolver)
    if urged:
        return urged
    lemma = verb.lemma_.lower()
    if lemma in cues.threat_speech:
        found = _own_sanction(verb, cues, resolver)
        if found:
            return found
    if lemma in cues.threat_speech or lemma in cues.vowing_verbs:
        found = _legal_threat(verb, cues, resolver)
        if found:
            return found
    options = verb_cues(verb, cues)
    if not options or verb.dep_ == "amod" and not misread_verb(verb):
        return []
    for cue in options:  # most specific first
        targets = _verb_targets(verb, cue, cues, resolver)
        if not targets:
            continue
        sources = _misread_role_holder(verb, cues) or subject_tokens(verb)
        if cue.lemma in cues.legal_defence and _in_court(verb, sources, cues):
            continue  # "defence lawyer X defended Y in court": counsel, not backing
        if cue.reversed and cue.relation == "works_for" and _role_with_employer(verb, resolver):
            continue  # "named X as the club's head coach": the role says whose; not the namer's
        if cue.relation == "works_for" and any(c.dep_ == "advmod" and c.lower_ in FORMERLY for c in children(verb)):
            continue  # "a former schoolteacher who once worked for Y": a past post
        if cue.reversed:
            sources, targets = targets, sources
        rule = "verb-pejorative" if cue.pejorative else "verb-quoted" if cue.quoted or cue.laudatory else (
            "verb-phrase" if cue.required or cue.target_prep else "verb")
        if cue.lemma in cues.org_verbs:
            # "heads the company's branch of the tobacco workers' union": the union's branch
            targets = [o for t in targets for o in (prep_objects(t, ("of",)) if t.pos_ == "NOUN" and any(
                c.dep_ == "poss" for c in children(t)) and prep_objects(t, ("of",)) else [t])]
        source_refs, target_refs = all_refs(sources, resolver, cues, owned=False), all_refs(targets, resolver, cues)
        if cue.reversed and cue.relation == "works_for":
            # "Club president X, who appointed his son Y as football director": X hires for the club
            target_refs = [(next(iter(resolver.posts[i])), t) if len(resolver.posts.get(i, ())) == 1 else (i, t)
                           for i, t in target_refs]
        if cue.lemma in cues.org_verbs:
            if cue.lemma in cues.present_only and verb.tag_ not in ("VBZ", "VBP") and not _present_progressive(verb) \
                    and not _present_passive(verb) and not _continuing(verb):
                continue  # "ran the company for six years": a past post
            if not target_refs:
                # "heads the chartering desk at Straits Meridian": the organisation the unit is part of
                units = [t for t in targets if t.pos_ == "NOUN"]
                target_refs = all_refs([o for t in units
                                        for o in prep_objects(t, _PART_OF) + trailing_objects(t, _PART_OF)],
                                       resolver, cues)
            # (not a chamber's part by its owner: "who chairs the Senate's county government committee")
            target_refs = [(i, t) for i, t in target_refs
                           if (resolver.entities[i].type == "ORG" or t.lemma_.lower() in cues.proxies)
                           and not (t.pos_ == "NOUN" and cues.chamber(resolver.entities[i].name))]
        if cue.relation == "works_for" and cue.lemma in cues.seat_verbs:
            # "sits on the Lexington County Council": a legislator's seat, not a post
            target_refs = [(i, t) for i, t in target_refs if not cues.member_body(resolver.entities[i].name)]
        if cue.relation == "texted":
            # ("sent WhatsApp messages to officials": the service a message went by is no one it went to)
            target_refs = [(i, t) for i, t in target_refs if resolver.entities[i].name.lower() not in cues.scene_nouns]
        if cue.relation in CONTACTS:
            # "met with Y's staff": a contact with a person's people is none with them (an
            # organisation's board or officials are the organisation: "met Lindholm Timber's board")
            target_refs = [(i, t) for i, t in target_refs if not _someones_people(i, t, cues, resolver)]
        if cue.lemma in cues.client_verbs:
            source_refs = [(i, t) for i, t in source_refs if resolver.entities[i].type != "ORG"]
            # (a place one represents is a constituency, no client: "who represents Trashigang in the upper house")
            target_refs = [(i, t) for i, t in target_refs if resolver.entities[i].type not in ("GPE", "LOC")]
        if not source_refs and target_refs:
            source_refs = all_refs(_reporter(verb), resolver, cues, owned=False)
        if not source_refs and cue.relation == "threatened":
            source_refs = _clients(sources, resolver, cues)  # "X's lawyer warned Y that ..."
        if not source_refs and cue.target_prep and is_passive(verb):
            # "X is married to Y": a stative passive whose subject is the source
            source_refs = all_refs([c for c in children(verb) if c.dep_ == "nsubjpass"], resolver, cues, owned=False)
        if cue.relation in cues.through_infinitive and not object_tokens(verb):
            own = {i for i, _ in source_refs}
            target_refs = [r for r in target_refs if r[0] not in own][:1]
            rule = "verb-infinitive"
        if cue.relation == "family" and cue.target_prep:
            # "X is married to Y's sister" (named or not): X is Y's in-law, family too
            target_refs += all_refs([c for t in targets if cues.roles.get(t.lower_) is not None
                                     and cues.roles[t.lower_].relation == "family"
                                     for c in children(t) if c.dep_ == "poss"], resolver, cues, owned=False)
        found = candidate_pairs(source_refs, target_refs, cue.relation, verb, rule, cue.symmetric, resolver)
        if found and cue.relation == "met" and len({i for i, _ in source_refs}) == 2:
            # "X and Y sat down with Z": all three in one room, so X met Y too
            found += candidate_pairs(source_refs[:1], source_refs[1:2], "met", verb, "verb-pair", True, resolver)
        if found:
            return found
    # Symmetric verbs with a coordinated subject: "X and Y met".
    for cue in options:  # "X and Y met", "X and Y spoke by phone"
        if cue.symmetric and not cue.pejorative and all(has_word(verb, w) for w in cue.required):
            subjects = all_refs(subject_tokens(verb), resolver, cues, owned=False)
            if len(subjects) == 1:
                subjects = _names_joined(subjects[0][1], resolver) or subjects
            if len(subjects) >= 2 and not object_tokens(verb):
                return candidate_pairs(subjects[:1], subjects[1:2], cue.relation, verb, "verb-pair", True, resolver)
    return []


def _names_joined(subject, resolver: Resolver) -> list[tuple[int, object]]:
    """Return the names "and" joins inside one subject the parser built as a single phrase
    ("Governor A and Mayor B spoke": B the subject, A hung on it as a modifier)."""
    if not any(t.lower_ == "and" and t.dep_ == "cc" for t in subject.subtree):
        return []
    found: list[tuple[int, object]] = []
    for token in subject.subtree:
        person = resolver.person_named(token)
        if person is not None and person not in [i for i, _ in found]:
            found.append((person, token))
    return found if len(found) == 2 else []


def noun_cue(noun, cues: Cues) -> NounCue | None:
    """Return the noun cue a token states, honouring compound modifiers ("text contact")."""
    options = cues.nouns.get(noun.lemma_.lower()) or cues.nouns.get(noun.lower_)
    if not options:
        return None
    mods = {c.lemma_.lower() for c in children(noun) if c.dep_ in ("compound", "amod", "nmod")}
    # (and a hyphenated modifier as written: "a cease-and-desist letter")
    mods |= {text_of(noun.doc, c.left_edge.i, c.right_edge.i + 1).lower() for c in children(noun)
             if c.dep_ in ("compound", "amod", "nmod") and (c.left_edge.i < c.i or c.right_edge.i > c.i)}
    for cue in options:
        if not cue.modifier or cue.modifier in mods:
            return cue
    if not mods and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children(noun)):
        # "text messages ... the messages, which X had sent to Y": the ones the story named before
        earlier = _earlier_modified(noun)
        if earlier is not None:
            return noun_cue(earlier, cues)
    return None


def _earlier_modified(noun):
    """Return the nearest earlier token of the noun's lemma with a modifier, or None (found once
    per token and document)."""
    memo = doc_memo(noun.doc).setdefault("earlier_modified", {})
    if noun.i not in memo:
        memo[noun.i] = next((t for t in earlier_alike(noun)
                             if any(c.dep_ in ("compound", "amod", "nmod") for c in children(t))), None)
    return memo[noun.i]


def noun_candidates(noun, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the candidates stated by a noun cue ("X's endorsement of Y", "a call from X")."""
    cue = noun_cue(noun, cues)
    if cue is None or noun.pos_ not in ("NOUN", "PROPN", "VERB"):
        return []
    if cue.relation == "called" and prep_objects(noun, ("for",)):
        return []  # "calls for his resignation" is an appeal, not a phone call
    slot = _slot(noun, cues)
    verb = slot.head if slot.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") else None
    if verb is not None and slot.dep_ == "dobj" and verb.dep_ == "dative":
        verb = verb.head  # "sent Rhonda Keeling a cease-and-desist letter": the object hung on the dative
    if verb is not None and slot.dep_ == "pobj":
        verb = verb.head if verb.dep_ == "prep" else None
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB" and (
                slot.head.lower_ in _EVENT_PLACES and cue.relation in CONTACTS
                or slot.head.lower_ in ("from", *_MEANS) and cue.relation in ("called", "texted")
                and verb.head.head.lemma_.lower() in cues.scene_learning):
            # "told Y of the decision in a meeting", "Y was told of it in a phone call from X", "Y
            # learned of the dismissals from a WhatsApp message sent by X", "she had been told of the
            # decision by a text message from X": the parser hung the event (or the message) on the noun
            verb = verb.head.head
    light = verb.lemma_.lower() if verb is not None else ""
    if verb is not None and verb.dep_ == "prt":
        light = ""
    for particle in (c for c in children(verb) if c.dep_ == "prt") if verb is not None else ():
        phrase = f"{light} {particle.lower_}"  # "shrugged off criticism", "picked up the endorsement"
        if phrase in cues.recipient_light_verbs or phrase in cues.agent_light_verbs:
            light = phrase
    sources, targets, rule, stated_by = [], [], "noun", noun
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    persons = [c for c in children(noun) if c.dep_ == "compound" and c.i < noun.i and
               any(resolver.entities[i].type == "PERSON" for i in resolver.resolve(c))]
    senders = prep_objects(noun, ("from", "by"), also=[verb] if light in cues.recipient_light_verbs else [])
    means = verb is not None and slot.dep_ == "pobj" and slot.head.lower_ in _MEANS and cue.relation in ("called", "texted")
    if means and not senders:
        senders = prep_objects(verb, ("from",))  # "learned of it by text message from X": "from" hung on the verb
    targets = prep_objects(noun, cue.targets)
    if not targets and "to" in cue.targets:
        # "an ultimatum to coach Marco Bellucci": the parser read "to coach" as an infinitive
        targets = [o for c in children(noun) if c.dep_ == "acl" and c.lower_ in cues.role_heads
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                   for o in children(c) if o.dep_ == "dobj" and o.pos_ == "PROPN"]
    if slot.dep_ == "dobj" and light in cues.mutual_light_verbs:
        # "X exchanged texts with Y", "X and Y traded barbs": each did it to the other.
        ends = all_refs(subject_tokens(verb), resolver, cues, owned=False) + all_refs(
            prep_objects(verb, ("with",), also=[noun, slot]), resolver, cues)
        return _mutual(ends, cue, noun, resolver)
    # "X, who has the backing of Y", "X is running with the support of Y": X holds what Y gave
    held = cue.relation == "endorsed" and verb is not None and not prep_objects(noun, ("for", "behind", "to")) \
        and bool(prep_objects(noun, ("of", "from")) or owners and light in cues.holder_verbs) and (
            slot.dep_ == "dobj" and light in cues.holder_verbs or slot.dep_ == "pobj" and slot.head.lower_ == "with")
    if held or slot.dep_ == "dobj" and light in cues.recipient_light_verbs:
        # "fielded a call from X", "won the backing of X": the subject is the target.
        # "whose endorsement X won"; "received the backing on Tuesday of X" (hung on the verb)
        sources = senders or prep_objects(noun, ("of",)) or owners or prep_objects(verb, ("of",))
        if sources and not senders and prep_objects(noun, ("of",)):
            # "the backing of X and its coalition partner Y": the parser joined Y to the noun
            sources = sources + [c for c in children(noun) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                 and noun_cue(c, cues) is None]
        # ("was elected with the backing of Y": the passive's own subject holds it, not its agent)
        targets = object_tokens(verb) if held and is_passive(verb) else subject_tokens(verb)
        rule = "noun-recipient"
    else:
        sources = owners + persons + senders
        if not sources and verb is not None and slot.dep_ == "dobj" and light in cues.agent_light_verbs:
            sources, rule = subject_tokens(verb), "noun-light"
        if not targets and verb is not None and light in cues.agent_light_verbs:
            # "gave her endorsement to Y", "sent Y a text message", "offered Y her support"
            targets = prep_objects(verb, cue.targets) or [c for c in children(verb) if c.dep_ == "dative"]
        if not sources and verb is not None and slot.dep_ == "pobj" and (
                slot.head.lower_ in _EVENT_PLACES or means and _light_clause(noun, cues) is None):
            # "X has been in text contact with Y", "During a call with Y, X said ...", "X told Y in
            # a phone call that ...", "X sacked Y by text message": the clause's subject took part
            # (not "attacked Y over a text message she sent to Z": the message's own clause says whose)
            sources, rule = subject_tokens(verb), "noun-light"
            if not targets and cue.relation in ("called", "texted", "met") and (light in cues.addressed or means):
                targets = object_tokens(verb) + prep_objects(verb, ("to",))  # whom the verb addresses
        if senders and not targets and verb is not None and slot.dep_ == "pobj" and (
                slot.head.lower_ in _EVENT_PLACES or means) and cue.relation in ("called", "texted"):
            # "Y learned of it in a phone call from X": Y took the call ("Y was told in a call from X": Y)
            targets = [c for c in children(verb) if c.dep_ == "nsubjpass"] if is_passive(verb) else subject_tokens(verb)
            if not all_refs(targets, resolver, cues) and verb.dep_ == "ccomp":
                targets = subject_tokens(verb.head)  # "Y said the warning had come in a call from X"
        if not targets and verb is not None and slot.dep_ == "pobj" and slot.head.lower_ == "for" \
                and light in cues.thank_for:
            targets, rule = subject_tokens(verb), "noun-thank"  # "X thanked Y for her support"
            if not sources:
                sources = object_tokens(verb)  # "X thanked Y for the endorsement"
        if not targets and verb is not None and slot.dep_ == "pobj" and slot.head.lower_ == "against" \
                and light in _SHIELD_VERBS:
            targets = object_tokens(verb)  # "defended Y against criticism from X"
        if not targets:
            targets = _aimed_at(noun, cues)
        if not sources:
            clause = _light_clause(noun, cues)
            if clause is not None:
                # "a text message she sent him", "the call, placed by X to Y": the clause's agent
                # is the source, its indirect object or "to" phrase the target.
                sources = [t for t in subject_tokens(clause) if t.i != noun.i]
                targets = targets or prep_objects(clause, cue.targets) or [
                    c for c in children(clause) if c.dep_ in ("dative", "dobj")]  # "sent [him]", "sent [Y]"
                if not targets and cue.relation in ("called", "texted") and verb is not None \
                        and slot.dep_ == "pobj" and slot.head.lower_ in ("from", "in", "by", "via"):
                    # "Y learned of his dismissal from a text message sent by X": Y got the message
                    targets = subject_tokens(verb)
                rule = "noun-light"
                if clause.dep_ == "relcl":
                    # ('"cannot tolerate" the messages, which X had sent to Y': the relative clause states
                    # the sending, whatever the sentence says of the messages)
                    stated_by = clause
    # "messages exchanged between X and Y" (the parser made "exchanged" the main verb, or a clause of the noun)
    exchanged = [verb] if light in cues.mutual_light_verbs else []
    holders = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]  # "dozens of texts"
    exchanged += [c for h in holders for c in children(h) if c.dep_ == "acl" and c.lemma_.lower() in cues.mutual_light_verbs]
    between = prep_objects(noun, ("between", "among"), also=exchanged)
    if between:
        return _pair_candidates(all_refs(between, resolver, cues), cue, noun, resolver)
    source_refs = all_refs(sources, resolver, cues, owned=False)
    if not targets and len(source_refs) >= 2 and (cue.symmetric or cue.relation in ("called", "texted", "met")):
        return _pair_candidates(source_refs, cue, noun, resolver)  # "their meeting", "X and Y held a call"
    return candidate_pairs(source_refs, all_refs(targets, resolver, cues), cue.relation, stated_by, rule, cue.symmetric,
                           resolver)


def _light_clause(noun, cues: Cues):
    """Return the relative clause or participle that does the noun cue to someone ("a message
    [she sent him]"), or None."""
    for clause in children(noun):
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in cues.agent_light_verbs:
            return clause
    return None


#: Verbs that shield their object from what the "against" phrase names.
_SHIELD_VERBS = frozenset({"defend", "protect", "shield", "guard"})

#: Prepositions that place a clause inside an event ("during a call with Y, X said").
_EVENT_PLACES = frozenset({"in", "into", "during"})
#: Possessives that make a thing the speaker's own.
_OWN = frozenset({"his", "her", "their", "its", "my", "our"})
#: Prepositions of the means a message came by ("learned of it by text message from X").
_MEANS = frozenset({"by", "via", "over"})


def _slot(noun, cues: Cues):
    """Return the token whose place in the clause the noun takes: "dozens of [texts]" -> "dozens"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in cues.partitives:
        return noun.head.head
    return noun


def _mutual(ends, cue: NounCue, noun, resolver) -> list[Candidate]:
    """Return candidates for a mutual act between the first two entities: both ways when directed."""
    if len(ends) < 2:
        return []
    first, second = ends[0], ends[1]
    if cue.symmetric or cue.relation in ("texted", "called", "met", "family"):
        return candidate_pairs([first], [second], cue.relation, noun, "noun-mutual", True, resolver)
    return (candidate_pairs([first], [second], cue.relation, noun, "noun-mutual", False, resolver)
            + candidate_pairs([second], [first], cue.relation, noun, "noun-mutual", False, resolver))


def _pair_candidates(named, cue: NounCue, noun, resolver) -> list[Candidate]:
    """Return the symmetric candidate between the first two entities named together."""
    if len(named) < 2:
        return []
    return candidate_pairs(named[:1], named[1:2], cue.relation, noun, "noun-pair", True, resolver)


def _aimed_at(noun, cues: Cues) -> list:
    """Return what a verb aims the noun at: "criticism ... targeting Y", "criticism aimed at Y"."""
    places = [c for c in children(noun) if c.dep_ in ("acl", "relcl")]
    for prep in children(noun):  # "criticism from X targeting Y" with the participle on X
        if prep.dep_ == "prep":
            places += [c for obj in children(prep) for c in children(obj) if c.dep_ in ("acl", "relcl")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        places += [c for c in children(noun.head) if c.dep_ in ("advcl", "xcomp", "conj")]
    for verb in places:
        if verb.lemma_.lower() in cues.target_verbs:
            found = object_tokens(verb) or prep_objects(verb, ("at", "on", "against", "toward", "towards"))
            if found:
                return found
    return []


def sentence_candidates(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return every verb and noun candidate in one sentence."""
    out: list[Candidate] = []
    every = tokens(sent.doc)
    f = facts(sent.doc)
    for i in range(sent.start, sent.end):
        pos, tag = f.pos[i], f.tag[i]
        # (and a gerund the parser tagged a noun: "a letter to Y [warning] that ...")
        if pos in ("VERB", "AUX") or tag.startswith("VB") or (pos == "ADJ" and f.dep[i] == "acomp") \
                or (f.dep[i] == "acl" and tag == "NN" and f.lower[i].endswith("ing")):
            out.extend(verb_candidates(every[i], cues, resolver))  # also "is married to Y"
            if f.lemma[i] in cues.ouster_demands:
                out.extend(_ouster_demand(every[i], cues, resolver))
            elif f.lemma[i] in cues.deadline_verbs:
                out.extend(_ultimatum(every[i], cues, resolver))
            elif f.lemma[i] == "have":
                out.extend(_reported_ultimatum(every[i], cues, resolver))
            if f.lemma[i] in _WARNING:
                out.extend(_ouster_condition(every[i], cues, resolver))
        if (pos in ("NOUN", "PROPN") or tag == "VBG") and (f.lemma[i] in cues.nouns or f.lower[i] in cues.nouns):
            out.extend(noun_candidates(every[i], cues, resolver))  # (no noun cue, no candidate: the cheap test first)
    return out


__all__ = ["Candidate", "candidate_pairs", "noun_candidates", "refs", "sentence_candidates", "verb_candidates", "with_conjuncts"]
