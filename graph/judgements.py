"""Criticism carried by a speaker's quoted judgement of someone's conduct.

News often states criticism without a criticism verb: 'Quintanilla said the council
president had "betrayed the trust of the people"', 'Kim said his sister had "shut
the family out of the company"'. The speaker (the subject of a speech verb) criticizes
the subject of the reported clause when the clause quotes the speaker's own words
(a quotation mark inside it) and describes conduct with a word of blame from the cue
data ([judgements] in relations.toml). Requiring the quotation keeps plain reporting
("said Y had left the party") out; negation and hedges are checked by the caller
like any other cue ("said Y had never betrayed anyone" is not criticism).
"""

from __future__ import annotations

from graph.arguments import prep_objects, refs, subject_tokens
from graph.coref import Resolver
from graph.cues import Cues
from graph.modality import assertion
from graph.relations import Candidate
from graph.tokens import children, facts, tokens

#: How an end found through coreference is recorded on the candidate.
_RESOLVED = ("pronoun", "title", "pair")


def judgement_candidates(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return criticism stated by a speaker's quoted judgement in one sentence."""
    out: list[Candidate] = []
    f = facts(sent.doc)
    every = tokens(sent.doc)
    for i in range(sent.start, sent.end):
        if f.pos[i] not in ("VERB", "AUX") or f.lemma[i] not in cues.judgement_speech:
            continue
        verb = every[i]
        # (or the one a participle of speech hangs on: "X hit back, telling reporters that ...")
        speakers = [i for s in (subject_tokens(verb) if verb.tag_ == "VBG" else
                                [c for c in children(verb) if c.dep_ == "nsubj"])
                    for i in refs(s, resolver, cues, owned=False)]
        if len(speakers) != 1:
            continue
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and _retort(verb.head, cues):
            out.extend(_retorted(speakers[0], verb, cues, resolver))
        for clause in children(verb):
            if clause.dep_ != "ccomp":
                continue
            # "said Y was a liar", 'said Y was "the best coach I have had"': a predicate of blame or
            # (quoted) praise the speaker gives the clause's subject; else a quoted word of blame
            lost = _lost_confidence(clause, cues)
            if lost and not any(resolver.resolve(c) for c in children(clause) if c.dep_ == "nsubj"):
                # 'X said the board had "lost confidence" in Y', 'said she had "no confidence left" in
                # Y': the speaker reports a loss of trust in Y (one named subject's own loss is a cue)
                out.extend(_said_of(speakers[0], "criticized", clause, lost, cues, resolver))
                continue
            verdict = _verdict(clause, cues)
            if verdict:
                out.extend(_said_of(speakers[0], verdict, clause, _subjects(clause, ("nsubj",)), cues, resolver))
            elif _blames(clause, cues):
                subjects = _subjects(clause, ("nsubj", "nsubjpass"))
                out.extend(_said_of(speakers[0], "criticized", clause, subjects, cues, resolver))
    return out + _characterised_acts(sent, cues, resolver)


def _characterised_acts(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return verdicts on an act named in apposition to the clause that tells it: 'Y told the club
    website that X "arrived ten kilos heavy," a remark X's agent, Z, called "humiliating and untrue"'
    (Z criticizes Y, the subject of the sentence's main clause)."""
    out: list[Candidate] = []
    f = facts(sent.doc)
    calls = [i for i in range(sent.start, sent.end) if f.lemma[i] == "call" and f.dep[i] in ("acl", "relcl")]
    if not calls:
        return out  # (the cheap test first: most sentences call nothing anything)
    root, doc = sent.root, sent.doc

    def is_act(token) -> bool:
        return token.lemma_.lower() in cues.judged_acts or token.lower_ in cues.judged_acts

    for verb in (tokens(doc)[i] for i in calls):
        if any(c.dep_ == "dobj" for c in children(verb)):
            continue
        quoted = [c for c in children(verb) if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i
                  and any(t.is_quote for t in doc[verb.i + 1 : c.left_edge.i + 1])]
        if not quoted:
            continue
        # the act: the noun the clause hangs on, or the one the speaker's phrase is in apposition to
        # ("a remark [the agent, Z,] called": the parser hangs "called" on "agent")
        act = verb.head
        for _ in range(3):
            if is_act(act) or act.dep_ != "appos":
                break
            act = act.head
        before = act.left_edge.i - 1
        while before > sent.start and doc[before].is_quote:
            before -= 1  # ('... ten kilos heavy," a remark')
        if not is_act(act) or before < sent.start or doc[before].text != "," or root.i > act.i:
            continue
        speaker_phrase = [c for c in children(verb) if c.dep_ == "nsubj"] if verb.dep_ == "relcl" else [verb.head]
        speakers = {i for s in speaker_phrase if s.i != act.i for i in refs(s, resolver, cues, owned=False)}
        owners = {i for s in children(root) if s.dep_ == "nsubj" for i in refs(s, resolver, cues, owned=False)}
        if len(speakers) != 1 or len(owners) != 1 or speakers == owners:
            continue
        words = [t for c in quoted for t in c.subtree]
        if any(t.tag_ in ("JJS", "RBS") for t in words):
            continue  # ("the best decision he has made": a superlative may go either way)
        relation = "praised" if any(t.lower_ in cues.laudatory or t.lemma_.lower() in cues.laudatory
                                    for t in words) else "criticized"
        out.append(Candidate(next(iter(speakers)), relation, next(iter(owners)), verb, "quoted-act", False))
    return out


def answer_candidates(body, candidates: list[Candidate], cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return criticism of one's critic by one who hits back with no target said: "Y accused X of
    ... X hit back within hours" (X criticizes Y, the last one the story says attacked X)."""
    out: list[Candidate] = []
    attacks = sorted((c for c in candidates if c.relation == "criticized"), key=lambda c: c.trigger.i)
    f, every = facts(resolver.doc), tokens(resolver.doc)
    heads = {retort.split()[0] for retort in cues.retorts}  # (the cheap test first: "hit", "fire", ...)
    for sent in body:
        for i in range(sent.start, sent.end):
            if f.pos[i] != "VERB" or f.lemma[i] not in heads or not _retort(every[i], cues):
                continue
            verb = every[i]
            if any(c.dep_ == "prep" for c in children(verb) if c.lower_ == "at"):
                continue  # ("hit back at Y" is a cue of its own)
            speakers = {e for s in subject_tokens(verb) for e in refs(s, resolver, cues, owned=False)}
            if len(speakers) != 1:
                continue
            speaker = next(iter(speakers))
            if any(c.source == speaker and c.relation == "criticized" and sent.start <= c.trigger.i < sent.end
                   for c in candidates):
                continue  # ("X hit back, accusing Y of ...": the sentence says whom)
            critics = [c.source for c in attacks if c.target == speaker and c.source != speaker
                       and c.trigger.i < sent.start and not assertion(c.trigger, cues)]
            if critics:
                out.append(Candidate(speaker, "criticized", critics[-1], verb, "retort", False))
    return out


def _retort(verb, cues: Cues) -> bool:
    """Return True for a verb of hitting back ("hit back", "fired back", "retorted")."""
    lemma = verb.lemma_.lower()
    return lemma in cues.retorts or any(f"{lemma} {c.lower_}" in cues.retorts for c in children(verb)
                                        if c.dep_ in ("prt", "advmod"))


def _retorted(speaker: int, verb, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the criticism in what one who hit back says of someone in quotes: 'X hit back,
    saying the votes were public and that Y "has lived here fewer winters than my nephew"'."""
    doc = verb.doc
    out: list[Candidate] = []
    for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
        for part in (clause, *clause.conjuncts):
            span = doc[part.left_edge.i : part.right_edge.i + 1]
            if any(t.is_quote for t in span):
                # (people only: "the Ohio Republican" is a lawmaker, not the party)
                out.extend(c for c in _said_of(speaker, "criticized", part, _subjects(part, ("nsubj", "nsubjpass")),
                                               cues, resolver)
                           if resolver.entities[c.target].type == "PERSON")
    return out


def _subjects(clause, deps) -> list:
    """Return the clause's subjects of the given dependencies."""
    return [c for c in children(clause) if c.dep_ in deps]


def _said_of(speaker: int, relation: str, clause, targets, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return the speaker's judgement of whom each target token names (the reported clause's
    subjects, or what trust was lost in), but themselves."""
    out = []
    for subject in targets:
        how = resolver.method(subject)
        out.extend(Candidate(speaker, relation, target, clause, "quoted-judgement", False,
                             how if how in _RESOLVED else "")
                   for target in refs(subject, resolver, cues) if target != speaker)
    return out


def _lost_confidence(clause, cues: Cues) -> list:
    """Return what a clause says trust was lost in: "had lost confidence in Y", "had no confidence
    left in Y" (the objects of "in"); [] otherwise."""
    for trust in (c for c in children(clause) if c.dep_ == "dobj" and c.lemma_.lower() in cues.trust_words):
        lost = clause.lemma_.lower() == "lose" or clause.lemma_ == "have" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in children(trust))
        if lost:
            return prep_objects(trust, ("in",), also=[clause]) or prep_objects(clause, ("in",))
    return []


def _verdict(clause, cues: Cues) -> str:
    """Return "criticized" or "praised" for a copular clause whose predicate is a pejorative
    ("Y was a liar", "Y is reckless") or, in quotation marks, a word of praise; "" otherwise."""
    if clause.lemma_ != "be":
        return ""
    doc = clause.doc
    for predicate in (c for c in children(clause) if c.dep_ in ("attr", "acomp")):
        # the predicate's own words: its head and modifiers, not a relative clause about it
        # ("at best careless": a superlative after "at" hedges, it praises nothing)
        words = [predicate] + [c for c in children(predicate) if c.dep_ in ("amod", "compound", "advmod")
                               and not (c.i > 0 and doc[c.i - 1].lower_ == "at")]
        lemmas = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
        if any(f"{c.lower_} {predicate.lemma_.lower()}" in cues.backing_predicates
               for c in children(predicate) if c.dep_ == "amod"):
            return "endorsed"  # 'said Y was "the right person to lead Nordvind"'
        if lemmas & cues.pejoratives:
            return "criticized"
        quoted = any(t.is_quote for t in doc[clause.left_edge.i : clause.right_edge.i + 1])
        # (a comparison praises nothing: 'the party was "stronger standing alone"')
        compared = {w.lemma_.lower() for w in words if w.tag_ in ("JJR", "RBR")}
        if quoted and (lemmas - compared) & cues.laudatory - cues.plain_praise:
            return "praised"
    return ""


def _blames(clause, cues: Cues) -> bool:
    """Return True when a reported clause quotes words of blame: a quotation mark inside it and
    a blame verb as its head, or a blame word anywhere in the quotation."""
    doc = clause.doc
    span = doc[clause.left_edge.i : clause.right_edge.i + 1]
    quotes = [t.i for t in span if t.is_quote]
    head = clause.lemma_.lower()
    if not quotes:
        # plain reporting, not the speaker's own words, unless its verb is itself an accusation
        # ("said Y had lied to voters", "said Y had rigged the count")
        return head in cues.judgement_charges
    # "shut the family out": the parser may read the particle as a preposition
    particles = {c.lower_ for c in children(clause) if c.dep_ in ("prt", "prep", "advmod")}
    if head in cues.judgement_verbs or any(f"{head} {p}" in cues.judgement_verbs for p in particles):
        return True
    # a word of blame the clause says of its subject: the head's own words and theirs ("were
    # 'beneath the dignity'", "spent three weeks 'throwing a tantrum'"), not one deeper in a
    # phrase about something else ("the experience to steer Japan through a dangerous neighborhood")
    near = [c for c in children(clause)] + [g for c in children(clause) for g in children(c)]
    return any(t.i > quotes[0] and (t.lemma_.lower() in cues.judgement_words or t.lower_ in cues.judgement_words)
               for t in near)
