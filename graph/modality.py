"""Whether a relation cue is asserted: negation, refusal, hypotheticals, questions, denials.

RELATIONS.md: "did not endorse", "declined to endorse", "would back", "asked if
she would endorse" and denied or reported-as-false claims are not relations. The
check walks from the cue up through the clauses that embed it ("declined to
[endorse]", "said he would [meet]") and looks at each one's negation, auxiliaries,
governing verb and complementizer.
"""

from __future__ import annotations

from functools import lru_cache

from graph.arguments import is_infinitive
from graph.clauses import speakers_act
from graph.cues import CONTACTS, Cues
from graph.tokens import children, doc_memo, facts, sentence_tokens, sentence_words, sentences, tokens

#: Dependencies through which an embedding clause governs the cue's truth.
_CLIMB = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "attr", "oprd", "acl", "conj", "agent", "acomp"})
#: Dependencies of a noun cue whose head verb decides its truth ("the meeting never happened").
_NOUN_SUBJECT = frozenset({"nsubj", "nsubjpass"})


def _words_of(token) -> set[str]:
    """Return the token's lemma, and lemma + particle ("hold off"), lower-cased."""
    f = facts(token.doc)  # (asked of every verb in several passes: the words as plain lists)
    lemma = f.lemma[token.i]
    words = {lemma, f.lower[token.i]}
    for child in children(token):
        if f.dep[child.i] in ("prt", "prep", "advmod"):
            words.add(f"{lemma} {f.lower[child.i]}")
    return words


def _negated_here(token, cues: Cues) -> bool:
    """Return True when the token carries its own negation ("not", "never", "no meeting")."""
    f = facts(token.doc)
    for child in children(token):
        dep = f.dep[child.i]
        if dep == "neg" or (dep in ("advmod", "det", "preconj") and f.lower[child.i] in cues.negations):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ == "only":
                continue  # "not only X but Y" asserts both
            return True
        if child.dep_ == "advmod" and child.lower_ in ("once", "ever", "yet", "again") and any(
                g.dep_ == "neg" or g.lower_ in cues.negations for g in children(child)):
            return True  # 'had "never once" texted Y': the negation hangs on "once"
    return False


def _modal_here(token, cues: Cues) -> bool:
    """Return True when the token has a modal or future auxiliary ("would", "will")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.modals for c in children(token))


def _conditional_here(token, cues: Cues, own: bool = True) -> bool:
    """Return True when the token's clause opens with "if", "whether", ..."""
    # "once" opens a clause ("once they meet") but also counts ("met him only once"): only as a
    # marker; "until" as a preposition ends the cue's own state ("sat on the board until 2022"),
    # not an act ("gave Y until Friday", "talked until midnight") nor the clause it is reported in
    # ("X, until now the firm's finance chief, said she had met Y")
    return any(c.lower_ in cues.conditional and (c.dep_ == "mark" or c.dep_ in ("advmod", "prep") and c.lower_ != "once"
                                                and (c.lower_ != "until" or own and token.lemma_.lower() in cues.ended_states))
               for c in children(token))


#: What may close a question after its mark: quotes and brackets.
_CLOSERS_CHARS = "\"'”’»)] "
_CLOSERS = frozenset(_CLOSERS_CHARS.strip()) | {"''", "``"}


def _in_question(token) -> bool:
    """Return True when the token's sentence is a question.

    Found once per document: ``token.sent`` walks the parse on every call, and every cue asks.
    """
    memo = doc_memo(token.doc)
    if "questions" not in memo:
        # the sentence's last token before closing quotes and brackets (from the token list:
        # ``doc.text`` would join the whole document once more)
        toks = tokens(token.doc)
        questions = set()
        for sent in sentences(token.doc):
            k = sent.end - 1
            while k > sent.start and (toks[k].is_space or toks[k].text in _CLOSERS):
                k -= 1
            if toks[k].text.rstrip(_CLOSERS_CHARS).endswith("?"):
                questions.update(range(sent.start, sent.end))
        memo["questions"] = questions
    return token.i in memo["questions"]


def _false_claim(token, cues: Cues) -> bool:
    """Return True when the token is a claim noun said to be false ("reports ... were false")."""
    if token.lemma_.lower() not in cues.claim_nouns and token.lower_ not in cues.claim_nouns:
        return False
    head = token.head
    return any(c.lower_ in cues.false_claims for c in children(head) if c.dep_ in ("acomp", "attr", "oprd")) or any(
        c.lower_ in cues.false_claims for c in children(token) if c.dep_ == "amod"
    )


def _unanswered(trigger, cues: Cues) -> bool:
    """Return True for a contact its sentence says did not get through: "called the principal
    secretary twice but had not reached her", "... but the coach had not taken his calls" (also
    joined to the verb of speech that reports it, or to the verb that report is joined to:
    "accused X and said he had rung Y, but Y had not taken his calls"), or a call "without getting
    a response"."""
    report = trigger.head if trigger.dep_ == "ccomp" else None
    after = [*children(trigger), *(children(report) if report is not None else ()),
             *(children(report.head) if report is not None and report.dep_ == "conj" else ())]
    return any(c.dep_ == "conj" and c.i > trigger.i and _negated_here(c, cues) and (
        _words_of(c) & cues.unanswered and all(o.pos_ in ("PRON", "PROPN") for o in children(c) if o.dep_ == "dobj")
        or c.lemma_.lower() in cues.unanswered_calls and any(
            o.dep_ == "dobj" and o.lemma_.lower() == "call" for o in children(c))) for c in after) \
        or _call_without_reply(trigger, cues)


def _call_without_reply(trigger, cues: Cues) -> bool:
    """Return True for a call its clause says got no answer: "rang the coach twice without getting a
    response", also when the phrase ends the contacts joined to the call ("called X three times and
    texted him twice without getting a response")."""
    from graph.relations import verb_cues

    verbs = [trigger, *(c for c in children(trigger) if c.dep_ == "conj" and c.i > trigger.i)]
    for verb in verbs:
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.lower_ != "without":
                continue
            asked = [o for o in children(prep) if o.dep_ == "pobj"] + [
                o for p in children(prep) if p.dep_ == "pcomp" and p.lemma_.lower() in ("get", "receive", "have")
                for o in children(p) if o.dep_ == "dobj"]
            # (not "without getting a straight answer": a call that got an evasive one took place)
            if any(o.lemma_.lower() in cues.replies and not any(a.dep_ == "amod" for a in children(o)) for o in asked):
                return any(c.relation == "called" for c in verb_cues(trigger, cues))
    return False


def assertion(trigger, cues: Cues) -> str:
    """Return "" when the cue is asserted, else why not ("negated", "refusal", ...)."""
    if _in_question(trigger):
        return "question"
    if _unanswered(trigger, cues):
        return "negated"  # "called the principal secretary twice but had not reached her": no call took place
    node, hops, via_conj = trigger, 0, False
    child = trigger  # the clause we came up from
    speaker = speakers_act(trigger)
    if speaker is not None:
        # "X denied that the coach had been threatened and praised Y": the praise is joined to the
        # denial, not inside what was denied
        node, hops, via_conj = speaker, 1, True
    while True:
        own = node.i == trigger.i
        if not via_conj:
            if _negated_here(node, cues) or own and any(
                    c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in children(c))
                    for c in children(node)):
                return "negated"  # (also "had no confidence in Y": the cue's own object denied)
            if _modal_here(node, cues):
                return "hypothetical"
        if via_conj:
            # a coordinated sibling ("dismissed X and accused Y") governs nothing, but a negation
            # before verbs joined by "or" covers them all: 'had "never texted, called or met" Y'
            if _negated_here(node, cues) and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                                 for t in (child, *children(child)) for c in (t, *children(t))):
                return "negated"
        elif _conditional_here(node, cues, own):
            return "hypothetical"
        elif not own and node.pos_ in ("VERB", "AUX", "ADJ"):
            if _speaking(node, child, cues, ("advcl", "acl")):
                return ""  # "rejected the suggestion ..., saying he had met Y twice": the speaker's own claim
            words = _words_of(node)
            if words & cues.refusal:
                return "refusal"
            if words & cues.denial:
                return "denial"
            if words & cues.allegation and child.dep_ == "prep" and child.lower_ == "of":
                return "alleged"  # "accused X of meeting Y": a charge, not a fact
            # A directive ("told X to meet Y") is hypothetical only through its infinitive:
            # "told the court that he had texted", "told Y in a phone call" report facts.
            if words & cues.hypothetical and not (words & cues.directive and child.dep_ != "xcomp") \
                    and not _answer_after_question(node, child, cues):
                return "hypothetical"
        if not own and not via_conj and _false_claim(node, cues):
            return "denial"
        if not own and node.dep_ == "nsubjpass" and (node.lemma_.lower() in cues.claim_nouns
                                                     or node.lower_ in cues.claim_nouns) \
                and _words_of(node.head) & cues.denial and not _negated_here(node.head, cues):
            return "denial"  # "Reports that X had telephoned Y were denied by Z"
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ in _NOUN_SUBJECT and own:
            verb = node.head
            if _negated_here(verb, cues):
                return "negated"
            if _modal_here(verb, cues):
                return "hypothetical"
            # "denied that any such meeting took place": the noun's own predicate governs
            # nothing, but the clause it sits in may be denied or asked about.
            node, hops, via_conj = verb, hops + 1, True
            continue
        # "denied a report that X had met Y": the parser may read the claim's content as a relative clause
        content = node.dep_ == "relcl" and (node.head.lemma_.lower() in cues.claim_nouns
                                            or node.head.lower_ in cues.claim_nouns)
        # "declined on Tuesday to endorse Y": also an infinitive the parser hung on as an adverbial clause
        if (node.dep_ not in _CLIMB and not content and not is_infinitive(node)) or node.head.i == node.i or hops > 8:
            return ""
        if node.head.i > node.i and any(t.is_quote for t in node.doc[node.i + 1 : node.head.i]):
            # 'X texted Y, "We'll get this done, don't worry"': the parser may hang the clause on
            # a verb of the quotation after it, which is what was said, and governs nothing
            return ""
        via_conj = node.dep_ == "conj"
        child, node, hops = node, node.head, hops + 1


def _answer_after_question(node, child, cues: Cues) -> bool:
    """Return True when ``child`` is the answer a reporter's question came before: "X, asked whether
    the players had pushed for it, said ... and paid tribute to Y", which the parser reads as X
    asking whether ... said: the speech verb after the asked clause is the sentence's own."""
    return child.dep_ == "ccomp" and child.lemma_.lower() in cues.judgement_speech and any(
        c.dep_ == "ccomp" and c.i < child.i and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in children(c))
        for c in children(node))


def _speaking(node, child, cues: Cues, deps: tuple[str, ...]) -> bool:
    """Return True when ``node`` is a participle of speech ("saying") whose clause ``child`` is."""
    return child.dep_ == "ccomp" and node.tag_ == "VBG" and node.dep_ in deps \
        and node.lemma_.lower() in cues.judgement_speech


def counter_claim(trigger, cues: Cues) -> bool:
    """Return True when the cue is what one who disputes a claim says instead ("X called that claim
    false, saying the minister had spoken by phone with Y"): the dispute does not take it back."""
    node, child = trigger, trigger
    for _ in range(6):
        if _speaking(node, child, cues, ("advcl",)):
            return True
        if node.head.i == node.i:
            return False
        child, node = node, node.head
    return False


def disputed(sentence, cues: Cues) -> bool:
    """Return True when a sentence calls a claim in it false ("a claim that X called 'flatly untrue'")."""
    words = sentence_words(sentence)
    return bool(words & cues.claim_nouns) and bool(words & cues.false_claims)


def rebutted(sentence, cues: Cues) -> bool:
    """Return True when a sentence ends its report with the report's rebuttal ("X reported that
    Y met Z, a report the club denied"; "..., an account that W dismissed as fiction"; "X accused
    Y of threatening Z, an allegation Y's office called 'flatly untrue'"; "... claimed that Y met
    Z, but the club would not confirm it", "..., but Z said he had not spoken to anyone")."""
    words = sentence_tokens(sentence)
    but = next((t.i for t in words if t.lower_ == "but"), None) if "but" in sentence_words(sentence) else None
    if but is not None and any(t.lemma_.lower() in cues.claim_verbs for t in words if t.i < but):
        for token in words:
            if token.i > but and _negated_here(token, cues) and (
                    token.lemma_.lower() in cues.withheld or token.lemma_.lower() in cues.no_contact
                    and any(t.lower_ in _ANYONE for t in token.subtree)):
                return True
            if token.i > but and token.lemma_.lower() in cues.denial and not _negated_here(token, cues) \
                    and _denies_the_report(token, cues) and not any(
                        t.lemma_.lower() in cues.withheld and not _negated_here(t, cues) for t in words if t.i < token.i):
                # "... had rung X about the job, but the club's sporting director denied it" (not "the
                # club confirmed the call but disputed his account of it")
                return True
    if sentence_words(sentence).isdisjoint(cues.claim_nouns):
        return False  # (the cheap test first: no claim noun, no rebuttal of one)
    semi = next((t.i for t in words if t.text == ";"), None)
    if semi is not None and any(t.lemma_.lower() in cues.claim_verbs for t in words if t.i < semi) \
            and "*" in back_denials(sentence.doc[semi + 1 : sentence.end], cues):
        return True  # "A site reported that X had messaged Y; X called the report 'pure invention'"
    for token in words:
        if (token.lemma_.lower() in cues.claim_nouns or token.lower_ in cues.claim_nouns) \
                and token.left_edge.i > sentence.start and words[token.left_edge.i - sentence.start - 1].text == ",":
            # (its clause, or the verb the parser made it the subject of: ", an account the manager,
            # X, said was 'simply not true'")
            clauses = [c for c in children(token) if c.dep_ in ("relcl", "acl")]
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
                clauses.append(token.head)
            for clause in clauses:
                if _negated_here(clause, cues):
                    continue
                if _words_of(clause) & (cues.denial | cues.refusal) or any(
                        t.lower_ in cues.false_claims or t.lower_ in _TRUE and _not_so(t, cues) for t in clause.subtree):
                    return True
    return False


def _denies_the_report(verb, cues: Cues) -> bool:
    """Return True for a denial of the whole report ("denied it", "disputed the report", "denied
    that"), not of some detail of it ("denied discussing the fee")."""
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "ccomp", "xcomp", "pcomp")]
    return all(c.lower_ in _THE_REPORT or c.lemma_.lower() in cues.claim_nouns for c in objects)


#: Objects of a denial that are the report itself ("denied it").
_THE_REPORT = frozenset({"it", "this", "that", "them", "so"})
#: Words whose negation calls a claim false ("an account X said was 'simply not true'").
_TRUE = frozenset({"true", "accurate", "correct"})


def _not_so(word, cues: Cues) -> bool:
    """Return True for "not true" however the parser hung the "not" (on the word or its copula)."""
    return _negated_here(word, cues) or word.dep_ == "acomp" and _negated_here(word.head, cues)


#: Words by which a denied contact was with no one at all ("had not spoken to anyone").
_ANYONE = frozenset({"any", "anyone", "anybody"})


def reported(trigger) -> bool:
    """Return True when a cue is what a sentence reports, not the reporting act itself: not the
    main verb ("[accused] Y of threatening Z": the accusation stands, the threat is reported)."""
    if trigger.dep_ == "ROOT" or trigger.dep_ == "conj" and trigger.head.dep_ == "ROOT":
        return False
    # not a description hung on a name ("the Farm Bureau, which endorsed her in 2022"): background
    return not any(t.dep_ in ("relcl", "acl", "appos") for t in (trigger, *trigger.ancestors))


#: Verbs after which "no X" says no such event happened ("no call had taken place").
_HAPPEN = frozenset({"take", "happen", "occur", "exist", "be"})
#: Determiners that point a rebutted claim back at the last sentence ("disputed that account").
_BACK = frozenset({"that", "this", "those", "these", "such"})


def back_denials(sentence, cues: Cues) -> set[str]:
    """Return what a sentence denies of the sentences before it: "*" for the account they
    reported ("Y disputed that account"), or relation types ("no such call took place")."""
    from graph.coref import PAIR_WORDS
    from graph.relations import noun_cue, verb_cues

    found: set[str] = set()
    words = sentence_tokens(sentence)
    lowers = facts(sentence.doc).lower[sentence.start : sentence.end]

    def claim(t) -> bool:
        return t.lemma_.lower() in cues.claim_nouns or t.lower_ in cues.claim_nouns

    # (a claim the sentence brings in itself is the one its "the claim" means: "Y denied a report
    # that X had dangled a post, calling the claim 'flat wrong'" takes back nothing before it)
    own = next((t.i for t in words if claim(t)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(t))), len(sentence.doc))
    if not (cues.dismissals | cues.false_claims).isdisjoint(lowers) and any(
            claim(t) and t.dep_ not in ("nsubj", "nsubjpass") and t.i < own
            and any(c.dep_ == "det" and c.lower_ in _BACK | {"the"} for c in children(t))
            # (the verb that dismisses it not negated: "did not call the report false"; another
            # clause may be: "Kanku did not respond, and the office called the account 'pure invention'")
            and not _negated_here(t.head, cues) for t in words):
        found.add("*")  # 'called the report "fiction"', 'described the report as "pure speculation"'
    pos = facts(sentence.doc).pos
    for token in words:
        if pos[token.i] in ("VERB", "AUX") and _words_of(token) & cues.denial and not _negated_here(token, cues):
            for obj in children(token):
                if obj.dep_ == "dobj" and (obj.lemma_.lower() in cues.claim_nouns or obj.lower_ in cues.claim_nouns) \
                        and any(c.dep_ == "det" and (c.lower_ in _BACK or c.lower_ == "the" and obj.tag_ == "NN")
                                for c in children(obj)):
                    # "X denied the report", "both men dismissed the claim" (not "dismissed the
                    # allegations as the tantrums of a loser": the charges, not the story's last report)
                    found.add("*")
                elif obj.dep_ == "dobj" and obj.lower_ in ("it", "this", "that") and obj.pos_ == "PRON" \
                        and obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].text in (".", ":", ";"):
                    # 'Andrade disputed that. "She called my agent, not me"' (not "X denied that, saying
                    # he had phoned Y first and only followed up with a text": a correction that keeps a contact)
                    found.add("*")
            for clause in children(token):
                # "The club denied that the two men had met": the pair's contact the sentences before
                # reported (not "denied that Y had met Z": a new claim, denied where it is made)
                subject = next((c for c in children(clause) if c.dep_ == "nsubj"), None) \
                    if clause.dep_ == "ccomp" and not _negated_here(clause, cues) else None
                if subject is not None and (subject.lower_ == "they" or any(
                        w.lower_ in PAIR_WORDS for w in subject.subtree)):
                    found.update(c.relation for c in verb_cues(clause, cues) if c.relation in CONTACTS)
        if pos[token.i] == "NOUN":
            cue = noun_cue(token, cues)
            such = any(c.lower_ == "such" for c in children(token) if c.dep_ in ("amod", "predet", "det"))
            # (the parser may read "that" as the clause's marker: 'said that conversation "never happened"')
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in _HAPPEN and _negated_here(token.head, cues) \
                    and token.i > 0 and token.doc[token.i - 1].lower_ in _BACK | {"the"} \
                    and (cue is not None and cue.relation in CONTACTS
                         or token.lemma_.lower() in cues.contact_nouns):
                # 'her spokesman said that conversation "never happened"', "the dinner never took
                # place": the contact the sentences before reported
                found.update((cue.relation,) if cue is not None else CONTACTS)
                continue
            # ("denied having sent any such messages": the texts the sentence before reported)
            relation = cue.relation if cue is not None else "texted" if such and token.lower_ in cues.message_nouns \
                else ""
            if not relation:
                continue
            none = any(c.lower_ == "no" for c in children(token) if c.dep_ == "det") and (
                token.head.lemma_.lower() in _HAPPEN or token.dep_ == "dobj" and _words_of(token.head) & cues.denial)
            if such and (none or any(c.lower_ in ("no", "any") for c in children(token))) or none and not any(
                    t.i < token.i and t.lemma_.lower() in cues.claim_verbs
                    and any(c.dep_ == "ccomp" for c in children(t)) for t in words):
                # "no such call took place", "denied that any such meeting" (a plain "there had been no
                # talks" after the sentence's own report answers that report: "X reported that a
                # group had approached the owners; a spokesman said there had been no talks")
                found.add(relation)
            elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _HAPPEN \
                    and token.head.dep_ == "ccomp" and _words_of(token.head.head) & cues.denial \
                    and not _negated_here(token.head.head, cues) \
                    and any(c.dep_ == "det" and c.lower_ in _BACK | {"the"} for c in children(token)):
                found.add(relation)  # "A spokesman denied the meeting had taken place"
    return found


def denied_relations(sentence, cues: Cues) -> set[str]:
    """Return the relation types whose cue a sentence denies ("denied that any meeting took place")."""
    from graph.relations import has_word, noun_cue, verb_cues

    found = set()
    words = sentence_tokens(sentence)
    heads = _first_words(cues.denial)
    if sentence_words(sentence).isdisjoint(heads):
        return found  # no denial verb in the sentence: nothing in it is denied
    for token in words:
        # (a cue whose words are all there: "denied that the company was in default" denies no "be employed by")
        # ("denied playing any role" denies no "play for {target}")
        options = [c.relation for c in verb_cues(token, cues) if all(has_word(token, w) for w in c.required)
                   and (not c.target_prep or any(p.dep_ == "prep" and p.lower_ == c.target_prep for p in children(token)))] \
            if token.pos_ in ("VERB", "AUX") else []
        noun = noun_cue(token, cues) if token.pos_ in ("NOUN", "PROPN") else None
        if noun is not None:
            options.append(noun.relation)
        if options and assertion(token, cues) == "denial":
            found.update(options)
        if token.pos_ in ("VERB", "AUX") and _words_of(token) & cues.denial and not _negated_here(token, cues) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.contact_nouns for c in children(token)):
            found.update(CONTACTS)  # "the club denied any contact with him"
    return found


#: Objects that stand for anyone at all: "had not met any party to the bid", "spoke to nobody".
_ANYONE = frozenset({"anyone", "anybody", "nobody", "none"})


def _any_object(verb) -> bool:
    """Return True when the verb's object is anyone at all ("any party", "anyone", "no one")."""
    for child in children(verb):
        objects = [g for g in children(child) if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for obj in objects:
            if obj.dep_ in ("dobj", "pobj") and (obj.lower_ in _ANYONE or any(
                    c.dep_ == "det" and c.lower_ in ("any", "no") for c in children(obj))):
                return True
    return False


def party_denials(sentence, cues: Cues) -> list[tuple[object, str, object, bool]]:
    """Return (the one who denies, relation, the act denied, whether it is denied with anyone) for
    each act a party of it denies anywhere in the story: "Zambrano denied receiving any message",
    "Whitcombe denied sending the text", "the minister had not met any party to the bid", "I never
    texted Melissa"."""
    from graph.relations import noun_cue, verb_cues

    found: list = []
    heads = _first_words(cues.denial)
    f = facts(sentence.doc)
    words_here = sentence_words(sentence)  # (tested one set at a time: no union built per sentence)
    if words_here.isdisjoint(cues.negations) and words_here.isdisjoint(heads) \
            and "neg" not in f.dep[sentence.start : sentence.end]:
        return found  # (the cheap test first: most sentences deny nothing)
    for token in sentence_tokens(sentence):
        if f.pos[token.i] not in ("VERB", "AUX"):
            continue
        subjects = [c for c in children(token) if f.dep[c.i] == "nsubj"]
        if not subjects:
            continue
        if _words_of(token) & cues.denial and not _negated_here(token, cues):
            # (the object too: "denied meeting Banda", the gerund tagged a noun before its object)
            for act in (c for c in children(token) if c.dep_ in ("xcomp", "ccomp", "dobj")):
                for word in act.subtree:
                    cue = noun_cue(word, cues) if word.pos_ == "NOUN" else None
                    relations = {cue.relation} if cue is not None else {
                        c.relation for c in verb_cues(word, cues) if not c.required} if word.pos_ == "VERB" else set()
                    if word.pos_ == "NOUN" and word.lower_ in cues.message_nouns:
                        relations.add("texted")  # "denied receiving any message"
                    found += [(subject, relation, act, True) for subject in subjects for relation in relations & CONTACTS]
        elif token.lemma_.lower() == "have" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in cues.contact_nouns
                and (_negated_here(c, cues) or _negated_here(token, cues)) for c in children(token)):
            # 'said he "has had no contact with Mr Al Marzouqi, by message or otherwise"': no contact
            # of any kind with the one it names
            found += [(subject, relation, token, False) for subject in subjects for relation in CONTACTS]
        elif _negated_here(token, cues):
            # "the minister had not met anyone", "I never texted Melissa": a party's own word (with
            # no one, or with the one it names)
            anyone = _any_object(token)
            found += [(subject, cue.relation, token, anyone) for subject in subjects for cue in verb_cues(token, cues)
                      if not cue.required and cue.relation in CONTACTS]
            if anyone and any(c.dep_ == "dobj" and c.lower_ in cues.message_nouns for c in children(token)):
                # "said he had not received any messages from her"
                found += [(subject, "texted", token, True) for subject in subjects]
    return found


@lru_cache(maxsize=8)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """Return the first word of each phrase ("hold off" -> "hold")."""
    return frozenset(p.split()[0] for p in phrases)
