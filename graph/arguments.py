"""Arguments of a relation cue: which tokens are its source and target, and whom they name.

Syntax only (spaCy's dependency labels): subjects and objects, passive agents,
coordination, subjects inherited through "went on to endorse" or "X praised A and
criticized B", relative clauses ("Y, whom X endorsed"), small clauses ("labeling
Y a communist"), and nouns that stand for their owner ("backing his campaign").
"""

from __future__ import annotations

from graph.clauses import is_passive, reduced_passive, speakers_act
from graph.coref import Resolver, name_after, principal_organisation
from graph.cues import Cues
from graph.pronouns import LETTERS, clause_subject, received_from
from graph.tokens import children, earlier_alike, facts, ner_spans, sentence_of, tokens

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
#: Dependencies through which a verb without a subject inherits its head's.
INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acl", "ccomp"})
#: Verbs whose object is the means of their subject's act: "used the statement to back Y", "took the
#: opportunity to thank Z" (the subject, not the object, does what the infinitive says).
_INSTRUMENT_VERBS = frozenset({"use", "take", "seize", "grab"})


def with_conjuncts(token) -> list:
    """Return the token and the tokens coordinated with it ("Sanders and Warren")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


#: Verbs by which a message comes from its sender: "sent by X", "signed by X".
_SENDING = frozenset({"send", "sign", "write", "post", "deliver", "forward", "pen"})


def _sender(subject) -> list:
    """Return who sent a message that is a verb's subject: "The message, sent by chairman X, thanked
    Y" (X thanks), "a letter from X accused Y"; nothing for any other subject."""
    if subject.lemma_.lower() not in LETTERS:
        return []
    # (not "The messages, first reported by the Ledger, show ...": a reporter sent nothing)
    return [o for c in children(subject) if c.dep_ == "acl" and c.lemma_.lower() in _SENDING
            for a in children(c) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"] \
        + [o for p in children(subject) if p.dep_ == "prep" and p.lower_ == "from"
           for o in children(p) if o.dep_ == "pobj"]


def _whose_noun(verb, subjects):
    """Return the noun of a "whose" clause the parser cut short, when it is the verb's subject:
    "X, a farmer whose brother-in-law, Y, chairs the party, said ..." read as X chairs the party
    and said; no "and" joins the two verbs, so the first belongs to the "whose" clause."""
    second = any(c.dep_ == "conj" and c.i > verb.i and not any(g.dep_ in SUBJECT_DEPS for g in children(c))
                 for c in children(verb))
    if len(subjects) != 1 or not second or any(c.dep_ == "cc" for c in children(verb)):
        return None
    return next((a for a in children(subjects[0]) if a.dep_ == "appos" and a.i < verb.i and a.pos_ == "NOUN"
                 and any(p.dep_ == "poss" and p.lower_ == "whose" for p in children(a))), None)


def subject_tokens(verb, depth: int = 0) -> list:
    """Return the tokens that act as the verb's subject (the agent when passive)."""
    if is_passive(verb):
        # "backed by A and by B": the second "by" is a conjunct of the first
        bys = [b for c in children(verb) if c.dep_ == "agent" for b in (c, *c.conjuncts)]
        if not bys:
            # "was backed during that campaign by X": the parser hung the agent on the adverbial
            bys = [b for p in children(verb) if p.dep_ == "prep" and p.i > verb.i for o in children(p)
                   if o.dep_ == "pobj" for b in children(o) if b.dep_ == "prep" and b.lower_ == "by"]
        agents = [g for c in bys for g in children(c) if g.dep_ == "pobj"]
        return [t for a in agents for t in with_conjuncts(a)]
    subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if subjects:
        whose = _whose_noun(verb, subjects)
        if whose is not None:  # (the name beside it, if any: the noun itself stands for the one it describes)
            return [next((a for a in children(whose) if a.dep_ == "appos"), whose)]
        return [t for s in subjects if s not in _second_subject(verb) for t in _sender(s) or with_conjuncts(s)]
    if verb.dep_ == "conj" and _whose_noun(verb.head, [c for c in children(verb.head) if c.dep_ == "nsubj"]) is not None:
        return [c for c in children(verb.head) if c.dep_ == "nsubj"]  # (the second verb is the sentence's own)
    if verb.dep_ == "relcl" or _reported_participle(verb):
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN" \
            and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.doc[verb.i - 1].text == ",":
        return [verb.head]  # '"...," said X, accusing management of ...': the participle hangs on its subject
    if misread_verb(verb):
        return [_opening_name(verb) or sentence_of(verb).root]
    if _letter_of(verb) is not None and depth < 4:
        return subject_tokens(verb.head.head, depth + 1)  # "X sent a letter to Y warning that ..."
    senders = received_from(verb)
    if senders:
        return senders  # "she received messages from X urging her to resign": X urges
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return [fronted]
    if verb.dep_ == "acomp" and verb.head.i != verb.i and depth < 4:
        return subject_tokens(verb.head, depth + 1)  # "X is married to Y"
    # A gerund's agent written before it: "X labeling Y", "X's backing Y".
    agents = [c for c in children(verb) if c.dep_ in ("compound", "poss") and c.i < verb.i]
    if agents:
        return agents
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not any(
            c.dep_ == "cc" for c in children(verb.head) if c.i < verb.i):
        # "Ofori, a lawyer whose husband sits on the board, thanked X": no "and", so the verb is the
        # sentence's own, not a second verb of the relative clause; its subject is what the clause describes.
        described = verb.head.head
        return [described.head] if described.dep_ == "appos" else [described]
    if verb.dep_ in INHERIT and verb.head.i != verb.i and depth < 4:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
            # "accused the Whitaker campaign of threatening Y", "thanked X for calling": the one the
            # verb is done to is the gerund's agent (not "won praise for backing Y")
            objects = [c for c in children(head) if c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or any(
                g.dep_ in ("compound", "poss") and g.pos_ == "PROPN" for g in children(c)))]
            if objects and head.pos_ == "VERB":
                return objects
        if verb.dep_ == "xcomp":
            # "urged X to endorse Y": the object controls the infinitive (not "spent months attacking Y",
            # nor "used the statement to throw his weight behind Y": the one who uses it acts)
            objects = [c for c in children(head) if c.dep_ == "dobj"]
            if objects and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) \
                    and head.lemma_.lower() not in _INSTRUMENT_VERBS:
                return objects
            if head.pos_ == "ADJ" and head.dep_ == "acomp":
                head = head.head  # "I am proud to endorse Y", "she is happy to back Y"
        if verb.dep_ == "acl" and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sentence_of(verb)):
            # "Her main rival, X, hit back, accusing Y": the parser made the subject the root and
            # the sentence's verb its clause; "X, whose ... — a suggestion both men reject — paid
            # tribute to Y": or hung the verb on the aside between dashes after the root
            root = head if head.i < verb.i else None
            if verb.tag_ == "VBD" and head.dep_ == "appos" and head.head.i < head.i:
                root = head.head
            if root is not None and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN"):
                return [root]
        if head.pos_ in ("VERB", "AUX"):
            main = _clause_before_relative(head)
            if main is not None and verb.dep_ == "advcl":
                # "X set out the warning in a letter, a copy of which was seen by Reuters, giving the
                # company 30 days": the parser made the relative clause the root; the participle is X's
                return subject_tokens(main, depth + 1)
            speaker = speakers_act(verb)
            if speaker is not None:
                return subject_tokens(speaker, depth + 1)
            outer = _outside_quote(verb, head)
            if outer is not None:
                # 'X called Y "the administrator Aomori needs," and thanked Z': the parser joined the
                # verb to one inside the quotation; the verb outside it is the sentence's own
                return subject_tokens(outer, depth + 1)
            before = [c for c in children(head) if c.dep_ == "nsubj" and c.i < head.i] if verb.dep_ == "conj" else []
            if len(before) > 1 and any(c.dep_ == "relcl" for c in children(before[0])):
                # "X, who holds part of the company her grandfather started, had accused Y": the
                # parser hung the sentence's verb on a clause with no "that", whose subject is the second
                return with_conjuncts(before[0])
            if verb.dep_ == "conj" and is_passive(head):
                # "Y was endorsed by X and picked up the support of Z": a conjoined verb shares the
                # grammatical subject, not the passive's agent
                return [t for c in children(head) if c.dep_ == "nsubjpass" for t in with_conjuncts(c)]
            return subject_tokens(head, depth + 1)
    return []


def _outside_quote(verb, head):
    """Return the verb outside a quotation that a verb after it was joined to through a verb inside
    it, else None."""
    doc = verb.doc
    if verb.dep_ != "conj" or not sum(t.is_quote for t in doc[head.i + 1 : verb.i]) % 2:
        return None
    opened = max((t.i for t in doc[sentence_of(head).start : head.i] if t.is_quote), default=None)
    outer = head
    while opened is not None and outer.i > opened and outer.head.i != outer.i:
        outer = outer.head
    return outer if opened is not None and outer.i < opened and outer.pos_ in ("VERB", "AUX") else None


def _owner_named_before(token, resolver: Resolver, cues: Cues, depth: int) -> tuple[int, ...]:
    """Return whom the nearest earlier mention of the same people noun with an owner named by name
    ("The board of X", "X's board", "a delegation from X") or by the "its" of a board that acts ("X
    said its board had rejected the offer"), or ()."""
    for earlier in earlier_alike(token):
        named = [c for c in children(earlier) if c.dep_ in ("poss", "compound")] + prep_objects(earlier, ("of", "from"))
        if named:
            # (its own board acting: "X said its board had rejected the offer"; not "Y has two seats
            # on its board", where "its" may be either)
            return next((owner for child in named if child.pos_ == "PROPN"
                         or child.lower_ == "its" and earlier.dep_ in ("nsubj", "nsubjpass")
                         for owner in [refs(child, resolver, cues, depth + 1)] if owner), ())
    return ()


def _clause_before_relative(verb):
    """Return the clause before a relative clause the parser made the sentence's root or a second
    verb of that clause ("X set out the warning in a letter, a copy of which was seen by Reuters"),
    else None."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and any(t.tag_ in ("WDT", "WP") for t in c.subtree)
               for c in children(verb)):
        return None
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        return verb.head  # (or a second verb of the clause before: "X set out ... and [seen]")
    if verb.dep_ == "ROOT":
        return next((c for c in children(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
    return None


def _letter_of(verb):
    """Return the letter a participle hangs on when the letter is a verb's object ("sent [a letter]
    to Y warning that ..."), else None: the letter's sender says what it says, to its addressee."""
    letter = verb.head
    gerund = verb.tag_ == "VBG" or verb.lower_.endswith("ing")
    if verb.dep_ == "acl" and gerund and letter.lemma_.lower() in LETTERS and letter.dep_ == "dobj" \
            and letter.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "dobj") for c in children(verb)):
        return letter
    return None


def _fronted_subject(verb):
    """Return the name the parser hung on a fronted phrase when it is the verb's subject ("In an
    interview on Monday, [Mwale], 47, accused Y": "Mwale" read as in apposition to "Monday"), or on a
    relative "whose" ("X Ltd, whose managing director, [Costas Georgiou], is married to Y")."""
    f = facts(verb.doc)  # (each word's strings as plain lists)
    if verb.tag_ in ("VBD", "VBZ") and verb.i >= 2 and f.text[verb.i - 1] == ",":
        name = verb.doc[verb.i - 2]
        if name.pos_ == "PROPN" and name.dep_ == "appos" and any(
                c.dep_ == "poss" and c.lower_ == "whose" for c in children(name.head)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            return name
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    i = verb.i - 1
    if i >= 2 and f.text[i] == "," and verb.doc[i - 1].like_num and f.text[i - 2] == ",":
        i -= 3  # ", 47,"
    name = verb.doc[i] if i >= sentence_of(verb).start else None
    return name if name is not None and name.pos_ == "PROPN" and name.dep_ == "appos" else None


#: Verbs that report what someone did: "sources said X, ..., called Y" is a report, not a name.
_REPORTING = frozenset({"say", "claim", "allege", "report"})


def _reported_participle(verb) -> bool:
    """Return True for the reported clause's verb read as a participle on the reporting verb's
    object: "said [the foundation's chairman], Ole Bach Nielsen, [called] Lauritsen"."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not reduced_passive(verb) \
        and head.dep_ == "dobj" and head.head.lemma_.lower() in _REPORTING and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "appos" and c.i < verb.i for c in children(head))


def _opening_name(token):
    """Return the name a misread past-tense verb directly follows when the name opens its sentence
    ("[Carbonell] accused [Compromís spokesman] Y of ...", the name hung on the noun), else None."""
    start = sentence_of(token).start
    if token.i - start < 1 or not all(t.pos_ == "PROPN" and t.is_title for t in token.doc[start : token.i]):
        return None
    return token.doc[token.i - 1]


def misread_verb(token) -> bool:
    """Return True for a past-tense verb with a subject that the parser hung on a noun as its
    adjective ("X accused [board chairman Y] of ...", read as "the accused board chairman")."""
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN"):
        return False
    has = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(token))
    if any(c.dep_ == "nsubj" for c in children(token)):
        # ("X have sacked [manager Y]"; "Carbonell accused [Compromís spokesman Y]", tagged a participle
        # with a capitalised subject)
        return token.tag_ == "VBD" or has or any(c.dep_ == "nsubj" and c.is_title and c.i == token.i - 1
                                                 for c in children(token))
    if has:
        return True  # "X, the former champion, had earlier accused [head coach Y]": no adjective takes "had"
    if _opening_name(token) is not None:
        return True
    # "Jawad, 49, accused board chairman Y of ...": read as "the accused board chairman" in apposition,
    # the sentence is left with no verb; its root, the name, is the subject
    root = sentence_of(token).root
    return root.pos_ == "PROPN" and root.i < token.i and token.i > 0 and token.doc[token.i - 1].text == ","


def object_tokens(verb) -> list:
    """Return the verb's direct objects (the passive subject when passive)."""
    if misread_verb(verb):
        # the noun phrase it was hung on is its object: its last word, the name ("board chairman Y")
        head = verb.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        # (or the name in apposition to it: "accused [Compromís spokesman], [Xavier Peris], of ...")
        named = next((c for c in children(head) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
        return with_conjuncts(named if named is not None and head.pos_ == "NOUN" else head)
    if is_passive(verb):
        found = [c for c in children(verb) if c.dep_ == "nsubjpass"] or ([verb.head] if reduced_passive(verb) else [])
    else:
        found = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
        if len(found) > 1 and found[0].lower_ in RELATIVE and found[0].i < verb.i:
            found = found[1:]  # "told a station that Louw had called him": "that" misread as the object
        elif len(found) > 1 and found[0].lower_ == "her" and found[1].left_edge.i == found[0].i + 1:
            found = found[1:]  # "credited [her] [Great Plains counterpart]": "her" is the possessive
        elif len(found) > 1 and found[0].i < verb.i < found[1].i and found[0].lower_ not in RELATIVE:
            found = found[1:]  # "whose [uncle] Yusuf chairs the board": the noun before is the subject's
        # A verb has one direct object: a second "dobj" is a misparsed predicate ("calling Y
        # [a liar]") or an apposition hung on the verb ("suspended his captain, [NAME]").
        first = next((c for c in found if c.dep_ == "dobj"), None)
        found = [c for c in found if c.dep_ == "dative" or c is first]
        if not found:
            # Small clause: "labeling [Y a communist]" parsed as ccomp with a subject.
            for clause in children(verb):
                if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.pos_ in ("NOUN", "PROPN", "ADJ"):
                    found = [c for c in children(clause) if c.dep_ == "nsubj"]
                    if found:
                        break
    if not found and not is_passive(verb):
        # 'called X's intervention "reckless political theater"': the parser hung the object on the
        # quoted predicate as its modifier
        for clause in children(verb):
            if clause.dep_ == "oprd" and clause.i > verb.i:
                found = [c for c in children(clause) if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and any(
                    t.is_quote for t in verb.doc[c.right_edge.i + 1 : clause.i])]
                if found:
                    break
    if not found and not is_passive(verb):
        # "called Rakesh Mandal on Friday" parsed as naming ("called [him] Rakesh Mandal"): with no
        # object, a name as the predicate is the object
        found = [c for c in children(verb) if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")]
    letter = None if found else _letter_of(verb)
    if letter is not None:
        found = prep_objects(letter, ("to",)) or prep_objects(letter.head, ("to",))  # "a letter to Y warning"
    if not found:
        found = _second_subject(verb)  # "The singer X, ..., on Saturday endorsed [nsubj] Y"
    if not found:
        # "warned the fund manager Agnieszka Sroka that ...": a name the parser left as an
        # adverbial noun right after the verb is its object.
        # (or as an adverb, the tagger misled by the one after it: "had met [Tully] twice")
        found = [c for c in children(verb) if c.i > verb.i and (
                    c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
                    or c.dep_ == "advmod" and c.is_title and c.ent_type_ in ("PERSON", "ORG"))
                 and not any(t.is_punct for t in verb.doc[verb.i + 1 : c.left_edge.i])]
    if not found and not is_passive(verb):
        found = _broken_name_after(verb)  # "who has chaired Portos [do] Índico": "do" read as a verb
    if not found and not is_passive(verb):
        # "praised what she called his 'courage'": the free relative's naming clause says what
        for clause in children(verb):
            if clause.dep_ == "ccomp" and clause.lemma_.lower() in _NAMING and clause.i > verb.i \
                    and any(c.dep_ == "dobj" and c.lower_ == "what" for c in children(clause)):
                found = [c for c in children(clause) if c.dep_ in ("oprd", "attr", "dobj") and c.lower_ != "what"]
                break
    if not found and verb.dep_ == "relcl" and not is_passive(verb):
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        adverb = any(c.dep_ == "advmod" and c.lower_ in ("when", "where", "why") for c in children(verb))
        if subjects and subjects[0].lower_ not in RELATIVE and not adverb:
            found = [verb.head]  # "Y, whom X endorsed" with "whom" left out (not "on Wednesday when X ...")
    if len(found) == 1 and found[0].dep_ == "dobj":
        # "met Thomsen and works council chairman Dirk Lorenzen": the parser joined the second name
        # to the verb; a name after "and" and no verb of its own is a second object
        found += [c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > found[0].i
                  and verb.doc[c.left_edge.i - 1].lower_ == "and"]
    return [t for f in found for t in with_conjuncts(f)]


def _broken_name_after(verb) -> list:
    """Return the name right after a verb with no object when the parser split that name into a
    clause of its own: a word of it read as a verb or a subject ("chaired Portos [do] Índico")."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].ent_iob_ != "B" or doc[after].ent_type_ not in ("PERSON", "ORG"):
        return []  # (the cheap test first: most verbs have no name right after them)
    name = next((e for e in ner_spans(doc) if e.start == after), None)
    if name is None or not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "ccomp") for t in name):
        return []
    return [name[-1]]


#: Verbs by which a speaker names a thing ("what she called his courage").
_NAMING = frozenset({"call", "describe", "term", "dub", "label"})


def is_infinitive(clause) -> bool:
    """Return True for a "to" infinitive, whether parsed as xcomp or hung on as an adverbial clause
    ("declined on Tuesday to endorse Y", "threatened on Sunday to force a vote")."""
    return clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in children(clause))


def _second_subject(verb) -> list:
    """Return a second "subject" after an active verb that has one before it: the parser's
    misreading of the object, which a long subject phrase makes likely."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if len(subjects) < 2 or not any(c.i < verb.i for c in subjects):
        return []
    return [c for c in subjects if c.i > verb.i]


def trailing_preps(token) -> list:
    """Return the prepositions the parser hung on the verb right after its object ("met his
    counterpart [at Saba Mobile]"): they qualify the object as much as the verb."""
    if token.dep_ != "dobj" or any(c.dep_ == "appos" for c in children(token)):
        return []  # (not "met the Secretary, Gareth Lowe, [at Caxton House]": the verb's own place)
    return [c for c in children(token.head) if c.dep_ == "prep" and c.i == token.right_edge.i + 1]


def trailing_objects(token, preps) -> list:
    """Return the objects of the token's trailing prepositions named in ``preps`` ("met his counterpart
    [at Saba Mobile]")."""
    return [o for p in trailing_preps(token) if p.lower_ in preps for o in children(p) if o.dep_ == "pobj"]


def prep_objects(token, preps, *, also=()) -> list:
    """Return the objects of the token's prepositions named in ``preps`` (and of ``also`` tokens')."""
    found = []
    for owner in (token, *also):
        for prep in children(owner):
            if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
                objects = [obj for obj in children(prep) if obj.dep_ in ("pobj", "pcomp")]
                found.extend(t for obj in objects or _stray_object(prep) for t in with_conjuncts(obj))
    return found


def _stray_object(prep) -> list:
    """Return the name that ends a preposition's phrase when the parser hung it elsewhere ("the
    daughter-in-law of the late lower house member [Shigeru Mikami], who ..." read as a subject)."""
    doc = prep.doc
    k = prep.i + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        k += 1
    last = doc[k - 1]
    return [last] if k - 1 > prep.i and last.pos_ == "PROPN" and last.ent_type_ in ("PERSON", "ORG") else []


def refs(token, resolver: Resolver, cues: Cues, depth: int = 0, owned: bool = True) -> tuple[int, ...]:
    """Return the entities an argument token names, through pronouns, titles and proxies.

    ``owned`` lets any thing of someone's stand for them ("praised her courage"); it is
    for targets only: "Chile's union confederations endorsed X" is not Chile endorsing.
    """
    found = resolver.resolve(token)
    doc = token.doc
    if len(found) == 1 and resolver.entities[found[0]].type != "PERSON" and token.dep_ == "pobj" \
            and resolver.method(token) == "name" and token.i + 2 < len(doc) \
            and doc[token.i + 1].is_title and not resolver.resolve(doc[token.i + 1]):
        # "a call from Kisumu Senator X": the parser took the place before the title for the phrase's head
        person = resolver.person_named(doc[token.i + 2])
        if person is not None:
            return (person,)
    if found:
        return found
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.i < token.i:
        found = resolver.resolve(token.head)  # "Ofori, a lawyer whose husband ...": the lawyer is Ofori
        if len(found) == 1:
            return found
    if token.lower_ in RELATIVE:
        # "who/whom" hang from the relative clause's verb, "whose" from its noun: climb to the clause.
        node = token
        kin = token.lower_ == "whose" and cues.roles.get(token.head.lower_) is not None \
            and cues.roles[token.head.lower_].relation == "family"
        for _ in range(3):
            if node.dep_ == "relcl" or (node.dep_ == "appos" and token.lower_ == "whose"):
                # "X, whose president, Y, ...": the parser may hang the noun off X as an apposition
                found = resolver.resolve(node.head) or refs(node.head, resolver, cues, depth + 1)
                if token.lower_ in ("who", "whom") and node.head.dep_ == "pobj" and not any(
                        resolver.entities[i].type == "PERSON" for i in found):
                    # "X, the member for Manhyia North, who declared": "who" is the member, not the
                    # constituency the phrase ends with
                    holder = refs(node.head.head.head, resolver, cues, depth + 1)
                    if holder and all(resolver.entities[i].type == "PERSON" for i in holder):
                        return holder
                place = token.lower_ in ("who", "whom") and found and all(
                    resolver.entities[i].type in ("GPE", "LOC", "FAC") for i in found)
                if not place and (not kin or any(resolver.entities[i].type == "PERSON" for i in found)):
                    return found
                # "X, a teacher from Caylloma whose son", "X, the member for Manhyia North, who
                # declared": kin and "who" are a person's, not the place's the clause hangs on
                kin = kin or place
                break
            node = node.head
        if token.lower_ == "whose" or kin:
            # the parser lost the relative clause ("Pop, 38, who owns ... and whose wife, X, heads"):
            # "whose" follows the person or organisation it belongs to
            for before in reversed(token.doc[sentence_of(token).start : token.i]):
                named = resolver.resolve(before)
                if named and resolver.method(before) == "name" and len(named) == 1 \
                        and resolver.entities[named[0]].type in (("PERSON",) if kin else ("PERSON", "ORG")):
                    return named
        return ()
    if depth > 2:
        return ()
    nxt = token.i + 1
    if token.pos_ == "NOUN" and nxt < len(doc) and resolver.method(doc[nxt]) == "name" \
            and any(c.dep_ == "det" or c.dep_ == "amod" and c.i < token.i for c in children(token)) and not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in doc[nxt : nxt + 4] if resolver.resolve(t)):
        # "accused the streaming service ReelNaija of ...": a descriptor right before a name is that
        # name, however the parser attached it (not "told the court [Kaplansky had lied]")
        named = resolver.resolve(doc[nxt])
        if len(named) == 1:
            return named
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in cues.roles or token.lower_ in cues.roles):
        # "the chairman of the utility, Rauta Energia, Juhani Koski": a role is held by a person,
        # however far down the apposition chain the parser put the name.
        for appos in appositions(token):
            person = resolver.person_named(appos)
            if person is not None:
                return (person,)
        named = name_after(token, resolver)
        if named:
            return named
    for child in children(token):
        # "the company's officer, Arjun Pillai", "the banker X", "eyewear maker Ferraretti Occhiali"
        if child.dep_ == "appos" or (child.dep_ in ("compound", "nmod") and child.i > token.i
                                     and token.pos_ == "NOUN"):
            if child.left_edge.i > 0 and token.doc[child.left_edge.i - 1].lower_ in ("not", "never"):
                continue  # "thanked voters, not Paul Grant"
            owner = resolver.resolve(child)
            if owner:
                return owner
    if token.pos_ == "NOUN" and lemma in cues.employer_nouns:
        named = name_after(token, resolver, "ORG")  # "coaches at his daughter's club, SV Kaisertal, said"
        if named:
            return named
    if token.pos_ == "NOUN" and (lemma in cues.roles or token.lower_ in cues.roles):
        # "met the president of the union, Sandra Kowalchuk": the name after the role's organisation
        # (or after the verb's phrase right behind the role: "met his counterpart [at Saba Mobile, X]")
        for prep in [*children(token), *trailing_preps(token)]:
            for obj in (c for c in children(prep) if prep.dep_ == "prep" and c.dep_ == "pobj"):
                for appos in appositions(obj):
                    person = resolver.person_named(appos)
                    if person is not None and (person,) != resolver.resolve(obj):
                        return (person,)
    if token.pos_ == "NOUN" and resolver.roles:
        for child in children(token):
            if child.dep_ == "poss":
                owner = refs(child, resolver, cues, depth + 1)
                if len(owner) == 1 and (owner[0], lemma) in resolver.roles:
                    return (resolver.roles[(owner[0], lemma)],)  # "praised his daughter"
                if len(owner) == 1:
                    kin = relative(owner[0], lemma, resolver, cues)
                    if kin is not None:
                        return (kin,)
    owned_thing = owned and token.pos_ == "NOUN" and lemma not in cues.people and token.lower_ not in cues.people
    proxy = lemma in cues.proxies or token.lower_ in cues.proxies  # ("officials", lemma "official")
    if proxy and lemma in cues.member_roles and any(
            c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an", "one", "some", "several")
            for c in children(token)):
        # "A member of the National Council accused Y", "two members of the board": some of its
        # people, not it (unlike "an IMF mission", which acts for the fund)
        return ()
    if lemma in cues.managements and depth < 2 and not prep_objects(token, ("of", "at")) \
            and not any(c.dep_ in ("poss", "det", "compound", "amod") and c.lower_ != "the" for c in children(token)):
        # "accusing management of treating the works council like a doormat": with no owner named,
        # the company the story is about
        return tuple(principal_organisation(resolver))  # (only ever an organisation)
    if proxy or owned_thing:
        # "backing his campaign", "praised her courage": a thing of someone's stands for them.
        # The possessor first, then an "of" object, then a name before the noun: "the Hyundai
        # branch of the metalworkers' union" is the union's.
        owners = [c for c in children(token) if c.dep_ == "poss" and c.i < token.i]
        # ('praised her "decade of leadership"': the parser made "her" a second object of the verb)
        owners += [c for c in children(token.head) if c.dep_ == "dobj" and c.lower_ in ("her", "his", "their")
                   and token.dep_ == "dobj" and c.i < token.i and token.left_edge.i - c.i <= 2
                   and all(t.is_quote for t in token.doc[c.i + 1 : token.left_edge.i + 1])]
        owners += prep_objects(token, ("of", "to", "for") if proxy else ())
        if lemma in cues.staff_proxies or token.lower_ in cues.staff_proxies:
            # someone's people are "at" or "from" it too: "analysts at Phra Nakhon Securities" (not
            # "officials from a KHL club": one of the league's, not the league)
            owners += [o for o in prep_objects(token, ("at", "from"))
                       if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(o))]
        # (not a league's: "the state's Ranji Trophy side" is a team in it)
        owners += [c for c in children(token) if c.dep_ == "compound" and proxy and c.i < token.i
                   and not set(resolver.resolve(c)) & resolver.leagues]
        for child in owners:
            owner = refs(child, resolver, cues, depth + 1)
            if owner:
                return owner
        if not owners and depth < 2 and (lemma in cues.staff_proxies or token.lower_ in cues.staff_proxies) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
            # "The board of X removed Y ... Y accused the board": the one whose board the story named
            owner = _owner_named_before(token, resolver, cues, depth)
            if owner:
                return owner
            if lemma in cues.unowned_staff and token.dep_ in ("dobj", "pobj") \
                    and not any(c.dep_ == "amod" for c in children(token)):
                # "He accused the board of failing to pay players": a board no one's named before is
                # the board of the organisation the story is about (not "the previous board", and not
                # "the board had lost confidence in him", which its gold leaves to the speaker)
                return tuple(principal_organisation(resolver))  # (only ever an organisation)
        if not owners and lemma in cues.bids and any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
            bidder = _bidder(token, resolver, cues)
            if bidder:
                return bidder
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such", "this", "that")
                       for c in children(token))
        if not owners and definite and (lemma in cues.utterances or token.lower_ in cues.utterances):
            # "called the remarks 'irresponsible'"
            return _author(token, resolver, cues, cues.judgement_speech | cues.allegation, resolver.resolve)
        if not owners and definite and owned and (lemma in cues.decisions or token.lower_ in cues.decisions):
            # "called the decision 'political theatre'" (of "Andorra's cap de Govern, X, refused": X)
            return _author(token, resolver, cues, cues.deciding, lambda s: _named_subject(s, resolver))
    return ()


def _bidder(token, resolver: Resolver, cues: Cues) -> tuple[int, ...]:
    """Return who made "the offer": the one an earlier bid of its sentence came from ("rejected a
    takeover approach from Y, calling the offer 'opportunistic'")."""
    sent = sentence_of(token)
    for noun in tokens(token.doc)[sent.start : token.i]:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.bids:
            found = [i for o in prep_objects(noun, ("from", "by")) for i in resolver.resolve(o)]
            if len(set(found)) == 1:
                return (found[0],)
    return ()


def _author(token, resolver: Resolver, cues: Cues, verbs: frozenset[str], named) -> tuple[int, ...]:
    """Return who said or decided what "the remarks" or "the decision" are: the subject of the last
    of the verbs before them, in their sentence or the two before it."""
    toks = tokens(token.doc)
    clause_subjects = {i for c in clause_subject(token) for i in resolver.resolve(c)}
    # (nor what the speaker's own organisation did: "Club president X called the decision 'painful'")
    clause_subjects |= {owner for (owner, _), holder in resolver.roles.items() if holder in clause_subjects}
    sent = sentence_of(token)
    for _ in range(3):  # (its sentence, then the two before it)
        for verb in reversed([t for t in toks[sent.start : min(sent.end, token.i)] if t.pos_ == "VERB"
                              and t.lemma_.lower() in verbs]):
            said = {i for s in children(verb) if s.dep_ == "nsubj" for i in named(s)}
            if len(said) == 1 and not said & clause_subjects:
                return tuple(said)
        if sent.start == 0:
            break
        sent = sentence_of(toks[sent.start - 1])
    return ()


def _named_subject(subject, resolver: Resolver) -> tuple[int, ...]:
    """Return whom a subject names, the person in its apposition first ("Andorra's cap de Govern,
    Jaume Riba Casals, refused": Riba, not the Govern the parser made the head)."""
    person = next((p for p in map(resolver.person_named, appositions(subject)) if p is not None), None)
    return (person,) if person is not None else resolver.resolve(subject)


def appositions(token) -> list:
    """Return the token's appositions and theirs ("the utility, Wisła Energia, Zbigniew Kowal" as a chain)."""
    found, todo = [], [token]
    while todo and len(found) < 6:
        for child in children(todo.pop()):
            # (a name set off by a comma that the parser made an adverbial noun is one too: "the leader
            # of the Basotho Renewal Congress, [Mpho Letsie], on Monday")
            if child.dep_ == "appos" or child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.ent_type_ \
                    and child.left_edge.i > 0 and token.doc[child.left_edge.i - 1].text == ",":
                found.append(child)
                todo.append(child)
    return sorted(found, key=lambda t: t.i)  # nearest first, however deep the parser nested them


def all_refs(tokens, resolver: Resolver, cues: Cues, owned: bool = True) -> list[tuple[int, object]]:
    """Return (entity index, token) for every entity the tokens name, without repeats."""
    out: list[tuple[int, object]] = []
    for token in tokens:
        if token.dep_ in ("appos", "conj") and (any(c.lower_ in ("not", "never") and c.i < token.i for c in children(token))
                                                 or token.left_edge.i > 0
                                                 and token.doc[token.left_edge.i - 1].lower_ in ("not", "never")):
            continue  # "praised Tom Becker, not Paul Grant": the name is excluded
        for index in refs(token, resolver, cues, owned=owned):
            if index not in [i for i, _ in out]:
                out.append((index, token))
    return out


def relative(person: int, word: str, resolver: Resolver, cues: Cues) -> int | None:
    """Return whom "her brother" means when the document named the kinship from the other side.

    "Ashby's sister, Caroline" makes Ashby Caroline's brother or sister, so Caroline's
    "her brother" is Ashby when no one else fits (and Ashby is not known to be a woman).
    """
    gender = cues.kin_gender.get(word, "")
    found = {owner for (owner, kin), holder in resolver.roles.items()
             if holder == person and owner != person and word in cues.kin_inverse.get(kin, ())
             and not (gender and resolver.entities[owner].gender not in ("", gender))}
    names = resolver.entities[person].name.split()
    if not found and word in cues.kin_gender and len(names) > 1:
        # "Ratana Sirivadhana threatened her younger brother ... Prasert Sirivadhana": a relative the
        # story names elsewhere is the one other person who bears the family name
        found = {i for i, e in enumerate(resolver.entities) if i != person and e.type == "PERSON"
                 and len(e.name.split()) > 1 and e.name.split()[-1] == names[-1]
                 and not (gender and e.gender not in ("", gender))}
    return found.pop() if len(found) == 1 else None
