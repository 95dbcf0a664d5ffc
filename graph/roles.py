"""Role relations: "X spokesperson Y", "Y, an aide to X", "her stepdaughter Y", "Y is X's wife".

A role noun (cue file: ``roles`` of works_for and family) links its holder (the
name it introduces or stands in apposition to) to an employer or relative (the
name or pronoun before it, its possessor, or its "for/to/of" object).
"""

from __future__ import annotations

from graph.arguments import (all_refs, appositions, misread_verb, name_after, prep_objects, refs,
                             relative, subject_tokens, trailing_objects, trailing_preps, with_conjuncts)
from graph.clauses import is_passive
from graph.coref import Resolver, named_after_lede, principal_organisation
from graph.cues import Cues, RoleCue
from graph.modality import assertion
from graph.relations import FORMERLY, Candidate
from graph.tokens import children, facts, sentence_of, sentence_tokens, tokens

#: Local governments that employ staff, as a text names them with "the": "the county's deputy manager".
_CIVIC = frozenset({"county", "city", "town", "municipality", "borough", "township", "parish", "village"})
#: Words that put a role in the past.
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "late", "retired", "previously", "formerly"})
#: Employer types a works_for role may point to (a nationality is not an employer). A place
#: employs only through a non-political role: NER often tags a club ("Chelsea") as a place,
#: while "US President X" does not make X an employee of the US.
EMPLOYERS = frozenset({"ORG", "PERSON", "FAC"})
POLITICAL = frozenset({"president", "vice president", "secretary", "ambassador", "envoy", "official",
                       "representative", "deputy", "chief", "leader", "co-leader", "director",
                       "director general", "head", "minister", "spokesperson", "spokesman",
                       "spokeswoman", "press secretary", "general secretary", "secretary-general"})


def _role_at(sent, index: int, cues: Cues) -> tuple[RoleCue, int] | None:
    """Return the role cue whose last word is token ``index`` and its first token index."""
    toks = tokens(sent.doc)  # the cached tokens: no Span is built per candidate length
    # Hyphenated roles ("daughter-in-law") are several tokens: allow for the hyphens.
    last = toks[index]
    singular = last.lemma_.lower() if last.tag_ in ("NNS", "NNPS") else ""
    first = max(sent.start, index - cues.max_role_words - 3)
    before = [t.text_with_ws.lower() for t in toks[first:index]]  # the words before, as written
    last_text = last.text.lower()
    for begin in range(first, index + 1):  # longest first
        prefix = "".join(before[begin - first :])
        words = prefix + last_text
        if words in cues.roles:
            return cues.roles[words], begin
        if "-" in words and words.replace("-", " ") in cues.roles:
            return cues.roles[words.replace("-", " ")], begin  # "director-general" as "director general"
        if singular:  # "the club's sporting directors, A and B"
            words = (prefix.rstrip() + " " + singular).strip() if begin < index else singular
            if words in cues.roles:
                return cues.roles[words], begin
    return None


def _phrase_start(doc, begin: int) -> int:
    """Return where the noun phrase a role word opens starts: its modifiers before it, up to six
    words ("[Former West Indies fast] bowler X"), or two words back at least."""
    k = begin
    while k > max(begin - 6, 0) and not doc[k - 1].is_punct and (
            doc[k - 1].dep_ in ("amod", "compound", "nmod", "det", "poss", "case", "nummod")
            or doc[k - 1].pos_ in ("PROPN", "ADJ")):
        k -= 1
    return min(k, begin - 2)


def _holder(head, begin: int, resolver: Resolver, cues: Cues):
    """Return (entity index, how) of the person a role noun describes, or None."""
    f = facts(head.doc)  # (each word's strings as plain lists)
    doc = tokens(head.doc)  # (the shared list: ``doc[i]`` builds a new Token each time)
    nxt = head.i + 1
    while nxt < min(len(doc) - 1, head.i + 3) and doc[nxt].is_title and f.pos[nxt] == "PROPN" \
            and not resolver.resolve(doc[nxt]) and resolver.method(doc[nxt + 1]) in ("", "name"):
        nxt += 1  # "president Tan Sri Mokhtar Ismail": an honorific before the name
    if nxt < len(doc) and resolver.method(doc[nxt]) == "name":
        return resolver.resolve(doc[nxt])[0], "role-compound"  # "spokesperson Jeffrey Lerner"
    # "her daughter, Sofia Lopez," or "his manager, the Dutch agent Pieter van Dijk,": the first
    # apposition only; a later one is the parser gluing on the rest of the sentence.
    first = next((c for c in children(head) if c.dep_ == "appos" and c.i > head.i), None)
    if first is not None:
        person = next((p for p in map(resolver.person_named, first.subtree) if p is not None), None)
        if person is not None:
            return person, "role-apposition"
    for prep in [*children(head), *trailing_preps(head)]:
        # "a spokeswoman for the governor, Jenna Cole,": the name is not the governor's own.
        # (nor "met his counterpart [at Saba Mobile], X": a phrase the parser hung on the verb)
        if prep.dep_ == "prep":
            # (the object of a phrase inside it too: "The party's candidate for mayor of Hagen, X,")
            objects = [o for obj in children(prep) if obj.dep_ == "pobj"
                       for o in [obj] + [g for p in children(obj) if p.dep_ == "prep" for g in children(p)
                                         if g.dep_ == "pobj"]]
            for obj in objects:
                chain = appositions(obj)
                # the organisation may be named in apposition too: "of the utility, Wisła Energia, NAME"
                named = [resolver.resolve(a) for a in chain]
                own = resolver.resolve(obj) or next(
                    (n for n in named if n and resolver.entities[n[0]].type != "PERSON"), ())
                for appos in chain:
                    person = resolver.person_named(appos)
                    if own and person is not None and (person,) != own:
                        return person, "role-apposition"
    named = name_after(head, resolver)
    if named and any(resolver.resolve(a) == named for a in head.ancestors):
        return named[0], "role-apposition"  # "the UNR secretary-general, X,": the parser hung the role on X
    # (the role's inner role matters only after a copula: walk the phrase only then)
    inner = named and head.dep_ == "attr" and any(
        t.i > head.i and t.pos_ == "NOUN" and t.lemma_.lower() in cues.role_heads for t in head.subtree)
    if named and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and not (head.dep_ == "attr" and inner):
        # "rang the chair of the council, Helen Hope, on Tuesday" (not "X is the brother of Rocha's
        # deputy at the union, Inês": the name after a copula's role of a role is the inner role's)
        return named[0], "role-apposition"
    owned = any(c.dep_ == "poss" for c in children(head)) or any(
        c.dep_ == "poss" for t in children(head) if t.dep_ == "compound" for c in children(t))
    # (past a hyphenated noun's rest: "Mwansa's brother[-in-law], X")
    comma = head.right_edge.i + 1 if head.i + 1 < len(doc) and f.text[head.i + 1] == "-" else head.i + 1
    after = comma + 1
    # "their mother, the stage actress Imogen Ashcombe": skip a descriptor before the name.
    # (not a verb the parser read as one: "X, the union's branch secretary, accused managing director Y")
    # (a place before the descriptor too: "the Liberals' candidate, Happy Valley physiotherapist X")
    while after < min(len(doc), comma + 6) and f.dep[after] in ("det", "amod", "compound") \
            and not f.tag[after].startswith("VB") and (doc[after].is_lower or resolver.person_named(doc[after]) is None
                                                        or doc[after].head.i > after and doc[after].head.is_lower):
        after += 1  # (a name that qualifies the descriptor is none: "Kitwe businessman X", NER's person)
    if owned and after < len(doc) and comma < len(doc) and f.text[comma] == "," and resolver.method(doc[after]) == "name":
        # "X, whose secretary-treasurer, Amrit Gill, said": the name after the comma
        person = resolver.person_named(doc[after])
        if person is not None:
            return person, "role-apposition"
    if head.dep_ == "appos":
        # "between Dolan and Brendan Foley, managing director of X,": the parser hangs a singular
        # apposition on the first of two joined names; it describes the one just before its comma.
        after = head.right_edge.i + 1
        later = next((c for c in children(head.head) if c.dep_ == "appos" and c.left_edge.i == after + 1), None)
        if after < len(doc) and f.text[after] == "," and later is not None \
                and resolver.person_named(later) is not None and not f.tag[after + 1].startswith("VB"):
            # (not a verb the parser read as the next name's adjective: "X, the union's branch
            # secretary, accused managing director Y of ...")
            # "... abandon Ramokhele, the prime minister's chief of staff, Khotso Mafereka, laughed": a
            # role with a name of its own right after it is that name's, though both hang on the first
            return resolver.person_named(later), "role-apposition"
        left = head.i
        while left > head.left_edge.i and f.text[left - 1] != ",":
            left -= 1  # (the name may hang inside the role's phrase: "coach [X], Y's nephew")
        if head.head.pos_ == "NOUN" and left >= 2 and f.text[left - 1] == "," \
                and resolver.method(doc[left - 2]) == "name" and resolver.person_named(doc[left - 2]) is not None:
            # "Assistant coach Junior Pierre-Louis, Jean-Baptiste's nephew,": the parser hung the
            # apposition on the role before the name; it describes the name just before its comma
            return resolver.person_named(doc[left - 2]), "role-apposition"
        joined = [c for c in children(head.head) if c.dep_ == "conj" and c.i < head.i]
        found = resolver.resolve(joined[-1]) if joined and head.tag_ == "NN" else ()
        found = found or resolver.resolve(head.head)
        if found:
            return found[0], "role-apposition"
        for sibling in children(head.head):
            # "her late father, Adel Shafik, Medhat's elder brother,": the name beside it in apposition
            person = resolver.person_named(sibling) if sibling.dep_ == "appos" and sibling.i < head.i else None
            if person is not None:
                return person, "role-apposition"

    if head.dep_ == "compound" and head.head.dep_ == "appos" and any(
            t.tag_ == "VBG" and t.dep_ == "amod" for t in doc[head.i + 1 : head.head.i]):
        # "X, the IG Metall negotiator leading talks with ...": the parser made the role a modifier
        # of the participle's object; it still describes the name the apposition is on
        person = resolver.person_named(head.head.head)
        if person is not None:
            return person, "role-apposition"
    if head.dep_ == "conj":
        # "X, a member of parliament for Bungoma and Wekesa's cousin,": both nouns describe X (the
        # parser may join the second to the first one's place)
        node = head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and resolver.resolve(node) \
                and any(c.dep_ == "poss" for c in children(head)):
            node = node.head.head
        if node.dep_ == "appos" and node.pos_ == "NOUN":
            found = resolver.resolve(node.head)
            if len(found) == 1 and resolver.entities[found[0]].type == "PERSON":
                return found[0], "role-apposition"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_.lower() in cues.role_verbs \
            and not _past_post(head.head.head):
        # "X serves as chief executive of Y", "Rita, who serves as the company's COO" ("served as"
        # is a past post)
        # ("Lusine is employed as a legal adviser at Y": the passive's subject)
        found = _clause_holder(head.head.head, ("nsubj", "nsubjpass"), resolver)
        if found:
            return found[0], "role-copula"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and (
            _post_verb(head.head.head, cues.leaving_verbs | cues.taking_verbs)):
        # "X resigned as chief executive of Y", "stepped down as chairman": a post that ends in the
        # story; "X, who took over as chief executive last year": one held since
        found = _clause_holder(head.head.head, ("nsubj",), resolver)
        if found:
            return found[0], "role-copula"
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_.lower() in cues.staffing_verbs:
        # "named Diego Sosa as the club's new head coach": the verb's object holds the role
        objects = [c for c in children(head.head.head) if c.dep_ in ("dobj", "nsubjpass")]
        person = next((p for p in map(resolver.person_named, objects) if p is not None), None)
        if person is not None:
            return person, "role-apposition"
    left, right = head.left_edge.i, head.right_edge.i
    if head.dep_ in ("nsubj", "nsubjpass") and left >= 2 and f.text[left - 1] == "," and right + 1 < len(doc) \
            and "," in (f.text[right], f.text[right + 1]) and resolver.method(doc[left - 2]) == "name":
        # "Park Ji-hoon, the eldest son of X, was voted off": a name, then the role between commas,
        # that the parser took for the subject
        person = resolver.person_named(doc[left - 2])
        if person is not None:
            return person, "role-apposition"
    if head.dep_ in ("oprd", "attr") and (head.head.lemma_.lower() in cues.staffing_verbs
                                          or head.head.lemma_.lower() in _BECOMING):
        # "X was named chief executive of Y", "X became chairman of Y", "Y named X its coach",
        # "X, who was elected president of Y,": the one the role is given to
        verb = head.head
        deps = ("nsubj", "nsubjpass") if verb.lemma_.lower() in _BECOMING or is_passive(verb) else ("dobj",)
        # (a post given, not one only hoped for: "only if Kessler were named chairman")
        found = _clause_holder(verb, deps, resolver) if not assertion(verb, cues) else ()
        if found:
            return found[0], "role-copula"
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be" and not any(
            c.dep_ == "neg" for c in children(head.head)):
        # "the company's chief executive is X", "whose chief executive is X": the copula's predicate
        person = next((p for c in children(head.head) if c.dep_ == "attr" and c.i > head.i
                       for p in [resolver.person_named(c)] if p is not None), None)
        if person is not None:
            return person, "role-copula"
    if head.dep_ == "attr" and head.head.lemma_ in _COPULAS:
        # "X is a spokeswoman for Y", "X, who has been a member of Y since 2009," ("X, who was ..."
        # is a past post)
        found = _clause_holder(head.head, ("nsubj",), resolver, relative=head.head.tag_ != "VBD")
        if found:
            return found[0], "role-copula"
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and head.i > head.head.i:
        # "the party's deputy, Ibrahim Waheed, is Zareer's cousin": the predicate read as a second
        # subject after the copula; the one before it holds the role
        first = next((c for c in children(head.head) if c.dep_ == "nsubj" and c.i < head.head.i), None)
        person = None if first is None else next(
            (p for p in map(resolver.person_named, [first, *appositions(first)]) if p is not None), None)
        if person is not None:
            return person, "role-copula"
    if head.dep_ in ("nsubj", "nsubjpass") and not owned:
        # "The chairman of X resigned on Tuesday ... Geoffrey Ashworth, 68, said": the lede's
        # unnamed role is the one the next sentence opens by naming
        person = named_after_lede(head, resolver)
        if person is not None:
            return person, "role-lede"
    return None


#: Verbs that join a subject to a role as "be" does ("X remains a director at Y").
_COPULAS = frozenset({"be", "remain"})


def _post_verb(verb, verbs: frozenset[str]) -> bool:
    """Return True for a verb of the list with its particle ("resigned", "stepped down", "took over")."""
    particles = [c.lower_ for c in children(verb) if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1]
    return " ".join([verb.lemma_.lower(), *particles[:1]]) in verbs


def _past_post(verb) -> bool:
    """Return True for a post held once: "served as", "had once served as", "formerly acted as"."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") or c.dep_ == "advmod"
                                     and c.lower_ in FORMERLY for c in children(verb))


def _clause_holder(verb, deps, resolver: Resolver, relative: bool = True) -> tuple[int, ...]:
    """Return what the verb's subject (or object, per ``deps``) names; a relative pronoun stands
    for the name its clause hangs on ("Rita, who serves as the company's COO"); a second verb
    shares the first one's subject ("X, who married into the family and took over as ...")."""
    while verb.dep_ == "conj" and not any(c.dep_ in deps for c in children(verb)) and verb.head.i != verb.i:
        verb = verb.head
    for subject in (c for c in children(verb) if c.dep_ in deps):
        found = resolver.resolve(subject)
        if not found and relative and subject.tag_ == "WP" and verb.dep_ == "relcl":
            found = resolver.resolve(verb.head)
            if not found and verb.head.dep_ == "appos":
                found = resolver.resolve(verb.head.head)  # "X, a former manager who took over as ..."
            if not found:  # "X's wife, Tammy, who is also his assistant": the clause hangs on "wife"
                found = next((resolver.resolve(a) for a in children(verb.head)
                              if a.dep_ == "appos" and resolver.method(a) == "name"), ())
        if not found:
            # "Usher's son, Jamal, is a reserve midfielder at the club": the name beside the subject
            found = next((resolver.resolve(a) for a in children(subject)
                          if a.dep_ == "appos" and resolver.method(a) == "name"), ())
        if found:
            return found
    return ()


def _employer(head, begin: int, role: RoleCue, cues: Cues, resolver: Resolver) -> list[int]:
    """Return the entities the role is held for: possessor, preceding name, or "for/of" object."""
    f = facts(head.doc)  # (each word's strings as plain lists)
    doc = tokens(head.doc)  # (the shared list: ``doc[i]`` builds a new Token each time)
    sent_start = sentence_of(head).start
    found: list[int] = []
    for child in children(head):
        if child.dep_ in ("poss", "compound", "nmod", "amod") and child.i < begin \
                and (child.pos_ != "ADJ" or _misread_name(child, resolver)) \
                and not (child.i + 1 < len(doc) and misread_verb(doc[child.i + 1])
                         and doc[child.i + 1].lemma_.lower() not in cues.staffing_verbs):
            # (not the subject of a verb the parser hung on the role: "[Carbonell] accused Compromís
            # spokesman Y"; one who sacks or hires employs: "[Sportivo Parana] sacked coach Y")
            found.extend(refs(child, resolver, cues))
        if child.dep_ == "compound":  # "whose secretary-treasurer": the possessor hangs off the first word
            found.extend(i for g in children(child) if g.dep_ == "poss" for i in refs(g, resolver, cues))
    before = begin - 1
    # "the club's teenage striker X", "Kings general manager X": skip the role's own modifiers.
    while before > sent_start and doc[before].is_lower and f.dep[before] in ("amod", "compound", "nummod") \
            and not misread_verb(doc[before]) \
            and doc[before].head.i >= begin and not resolver.resolve(doc[before]):
        before -= 1
    if before >= 0 and f.lower[before] in ("'s", "’s", "'", "’"):
        before -= 1
    if not found and before >= 0 and misread_verb(doc[before]) and doc[before].lemma_.lower() in cues.staffing_verbs:
        # "X sacked coach Y" read as "the sacked coach": the one who sacks employs
        found = [i for c in children(doc[before]) if c.dep_ == "nsubj" for i in refs(c, resolver, cues)
                 if resolver.entities[i].type == "ORG"]
    if not found and before >= 0 and doc[before].i >= sent_start and f.pos[before] != "ADJ":
        found.extend(refs(doc[before], resolver, cues))
    if not found and before > sent_start and f.lower[before] == "and" and f.pos[before - 1] == "NOUN":
        # "PayLantern co-founder and Chief Executive X": the organisation of the first role holds for both
        first = doc[before - 1]
        found.extend(i for c in children(first) if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < first.i
                     for i in refs(c, resolver, cues) if resolver.entities[i].type == "ORG")
    peer = " ".join(role.words) in cues.peer_roles
    if not found or all(resolver.entities[i].type == "GPE" for i in found) \
            or peer and all(resolver.entities[i].type == "PERSON" for i in found):
        # "the Istanbul chairwoman of the Halkın Sesi Party": the party, not the city, employs her
        # (not "an analyst at a Kuala Lumpur brokerage": a place qualifying a common noun)
        # ("his counterpart at Saba Mobile, X": a peer's own organisation, however the parser hung "at")
        objects = prep_objects(head, role.targets) or trailing_objects(head, role.targets)
        named = [i for obj in objects for i in refs(obj, resolver, cues)
                 if not (obj.pos_ == "NOUN" and not resolver.resolve(obj) and resolver.entities[i].type == "GPE")]
        if not named:
            named = _named_after_prep(head, role.targets, resolver)
        if all(resolver.entities[i].type == "GPE" for i in named):
            # "head of IG Metall's Bavaria district": the organisation a unit (or its region) is part of
            named = [i for obj in objects for c in children(obj) if c.dep_ == "poss"
                     for i in refs(c, resolver, cues) if resolver.entities[i].type == "ORG"] or named
        if named and (not found or any(resolver.entities[i].type in ("ORG", "PERSON") for i in named)):
            found = named
    if not found:
        # "a state secretary in the Economy Ministry" (an organisation; not "a lawyer in Chicago")
        # (and "a lawmaker from the Y Movement", "an aide in Dombrowski's office": a person's people)
        found = [i for obj in prep_objects(head, ("in", "within", "from")) for i in refs(obj, resolver, cues)
                 if resolver.entities[i].type == "ORG" or resolver.entities[i].type == "PERSON"
                 and obj.lemma_.lower() in cues.person_workplaces and any(c.dep_ == "poss" for c in children(obj))]
    if not found and head.dep_ == "attr":
        # "X is a vice-president at Y": the parser may hang the role's "at" phrase on the copula
        found = [i for obj in prep_objects(head.head, role.targets) for i in refs(obj, resolver, cues)
                 if resolver.entities[i].type == "ORG"]
    if not found:
        # "the founder of the payments start-up Kudiwise", parsed with the name as the role's apposition
        found = [i for c in children(head) if c.dep_ == "appos" and c.i > head.i
                 for i in resolver.resolve(c) if resolver.entities[i].type == "ORG"]
    if not found:
        found = _staffing_organisation(head, cues, resolver)
    return found


def _misread_name(token, resolver: Resolver) -> bool:
    """Return True for an organisation's name the tagger read as an adjective because it opens the
    sentence ("[Neumünster] coach X", "[Unite] regional officer Y"): a short form of a longer name,
    or one the text introduced by its kind ("the Unite union"); not a party's adjective ("Green
    candidate X", "Socialist leader Y"), which names no organisation by itself."""
    if not (token.is_sent_start and token.is_title):
        return False
    return any(resolver.entities[i].type == "ORG" and (resolver.entities[i].name.casefold() != token.lower_
                                                       or resolver.described.get(i) or resolver.introduced.get(i))
               for i in resolver.resolve(token))


def _member_of(head, cues: Cues, resolver: Resolver) -> list[int]:
    """Return the organisation a member role is of: its "of" phrase's named organisation (or the
    party a "party member" means), not a chamber or council (members of a legislature are not its staff)."""
    named = [i for obj in prep_objects(head, ("of",)) for i in refs(obj, resolver, cues)] \
        or _named_after_prep(head, ("of",), resolver) \
        or [i for c in children(head) if c.dep_ == "compound" and c.lower_ in cues.party_words
            for i in resolver.resolve(c)] \
        or [i for c in children(head) if c.dep_ == "compound" and resolver.method(c) == "name"
            for i in resolver.resolve(c)]
    # ("X, a party member for two decades": the party the story names; "a three-time Likud member";
    # not "City Council member X" nor "a member of the National Council", a legislator of the body)
    return [i for i in named if resolver.entities[i].type == "ORG"
            and not cues.member_body(resolver.entities[i].name)]


def _staffing_organisation(head, cues: Cues, resolver: Resolver) -> list[int]:
    """Return the organisation that sacks or hires the role's holder: "X sacked head coach Y"."""
    phrase = head.head if head.dep_ == "compound" else head  # "coach" hangs on the name "Y"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "with" and any(
            c.dep_ == "dobj" and f"{phrase.head.head.lemma_.lower()} {c.lower_}" in cues.partings
            for c in children(phrase.head.head)):
        verb = phrase.head.head  # "X parted ways with national team head coach Y": X let its coach go
    elif phrase.dep_ not in ("dobj", "nsubjpass") or phrase.head.lemma_.lower() not in cues.staffing_verbs:
        return []
    else:
        verb = phrase.head
    if assertion(verb, cues):
        return []  # "would seek to remove President X": no post ended, nor who holds it stated
    return [i for i, _ in all_refs(subject_tokens(verb), resolver, cues, owned=False)
            if resolver.entities[i].type == "ORG"]


def _named_after_prep(head, preps, resolver: Resolver) -> list[int]:
    """Return the name a role's "of" phrase runs on to when the parser cut the phrase at a common
    noun ("the brother-in-law of [state] Senator Renée Olszewski": "state" as the object)."""
    doc = head.doc
    for prep in children(head):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        k = prep.i + 1
        while k < min(prep.i + 5, len(doc)) and not resolver.resolve(doc[k]) \
                and (doc[k].is_lower and doc[k].pos_ in ("DET", "ADJ", "NOUN") or doc[k].is_title and doc[k].pos_ == "PROPN"):
            k += 1
        if k < len(doc) and k > prep.i + 1 and resolver.how.get(k) == "name":
            named = resolver.resolve(doc[k])
            end = k
            while end + 1 < len(doc) and resolver.resolve(doc[end + 1]) == named:
                end += 1
            if doc[end].head.pos_ == "NOUN" and doc[end].head.i > end:
                return []  # "an analyst at a Kuala Lumpur brokerage": the name qualifies the noun
            return list(named)
    return []


#: Verbs by which someone takes a post named by their predicate ("became chief executive of Y").
_BECOMING = frozenset({"become"})


#: Titles whose portfolio may name the story's ministry ("Economy Minister X").
_PORTFOLIO_TITLES = frozenset({"minister", "secretary"})
#: Words that make an organisation a government department ("Economy Ministry", "Ministry of Finance").
_MINISTRY = frozenset({"ministry", "department", "dept.", "ministerium", "ministère", "ministerio", "ministério"})
_MINISTRY_FILLER = _MINISTRY | {"of", "the", "and", "for", "federal", "state", "national"}


def _portfolio_ministry(title, resolver: Resolver) -> list[int]:
    """Return the ministry a portfolio title names ("Economy Minister X" and the story's "Economy
    Ministry", "Finance Secretary X" and "the Department of Finance")."""
    doc = tokens(title.doc)
    qualifiers = set()
    k = title.i - 1
    sent_start = sentence_of(title).start
    while k >= sent_start and doc[k].is_title and not resolver.resolve(doc[k]) and title.i - k <= 3:
        qualifiers.add(doc[k].lower_)
        k -= 1
    if not qualifiers:
        return []
    found = []
    for index, entity in enumerate(resolver.entities):
        words = entity.name.lower().split()
        subject = set(words) - _MINISTRY_FILLER
        if entity.type == "ORG" and _MINISTRY & set(words) and subject and subject <= qualifiers:
            found.append(index)
    return found if len(found) == 1 else []


def _employer_noun(token, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return works_for from an employer noun ("X's company, Y", "his United Torah Front faction"):
    the possessor works for the named organisation."""
    owners = [i for c in children(token) if c.dep_ == "poss" for i in resolver.resolve(c) or _whose(c, resolver)]
    # (the name it stands before first: "whose Edmonton firm Halvorsen Capital Partners" is the
    # firm, and the place before it says where it is)
    after = [token.head] if token.dep_ == "compound" and token.head.i > token.i \
        and resolver.method(token.head) == "name" else []
    named = [i for c in after or [c for c in children(token) if c.dep_ == "appos"
                                   or c.dep_ == "compound" and resolver.method(c) == "name"]
             for i in resolver.resolve(c)]
    # ("her management company, X": it works for her, as an agent does)
    representing = any(c.dep_ in ("compound", "amod") and c.lower_ in cues.representing for c in children(token))
    return [Candidate(o, "works_for", p, token, "role-apposition", False) if representing
            else Candidate(p, "works_for", o, token, "role-apposition", False)
            for p in owners for o in named
            if resolver.entities[p].type == "PERSON" and resolver.entities[o].type == "ORG"]


def _own_party(token, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return works_for from a party's name a person owns: "her Social Democrats would not endorse",
    "Nthongoa, whose Alliance for Progress holds the most seats"."""
    party = resolver.resolve(token)
    if len(party) != 1 or resolver.entities[party[0]].type != "ORG" \
            or not cues.party_words & set(resolver.entities[party[0]].name.lower().split()):
        return []
    owners = [i for c in children(token) if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")
              for i in resolver.resolve(c) or _whose(c, resolver)]
    return [Candidate(p, "works_for", party[0], token, "role-apposition", False)
            for p in owners if resolver.entities[p].type == "PERSON"]


def _whose(token, resolver: Resolver) -> tuple[int, ...]:
    """Return what "whose" stands for: the name its relative clause hangs on ("Mthembu, whose
    company, Ubuntu Pipeworks, won ...")."""
    if token.lower_ != "whose":
        return ()
    if token.head.dep_ == "appos":
        return resolver.resolve(token.head.head)  # the parser may hang the phrase on the name
    node, hops = token, 0
    while node.dep_ != "relcl" and node.head.i != node.i and hops < 4:
        node, hops = node.head, hops + 1
    return resolver.resolve(node.head) if node.dep_ == "relcl" else ()


def _flanked(token, resolver: Resolver) -> bool:
    """Return True for a word between a named entity and a name ("Hudson Kings guard DeShawn
    Mitchell"): a role noun however the tagger read it (it tagged "guard" a verb there)."""
    i = token.i
    return 0 < i < len(token.doc) - 1 and resolver.how.get(i + 1) == "name" and bool(resolver.refs.get(i - 1)) \
        and token.is_lower


def _comma_of(doc, i: int) -> int | None:
    """Return where "of" is in "NAME, of the Y party" or "NAME, 61, of the Y party" (the name
    ending at token ``i``), else None."""
    f = facts(doc)  # (each word's strings as plain lists)
    toks = tokens(doc)
    k = i + 1
    if k + 2 < len(toks) and f.text[k] == "," and toks[k + 1].like_num and f.text[k + 2] == ",":
        k += 2  # (the age between: "Varney, 61, of the Unity for Progress Party")
    return k + 1 if k + 1 < len(toks) and f.text[k] == "," and f.lower[k + 1] == "of" else None


def _name_of(token, resolver: Resolver) -> list[Candidate]:
    """Return works_for from "NAME of ORG": "Renata Farias of the leftist Workers' Party", "Ana
    Ruiz of Banco Sur" (a person's name with an organisation in its "of" phrase)."""
    person = resolver.person_named(token)
    if person is None or resolver.person_named(token.head) == person:
        return []  # the name's head word only
    if len(resolver.entities[person].name.split()) < 2 and all(
            t.is_space or t.is_punct for t in tokens(token.doc)[sentence_of(token).start : token.i]):
        return []  # "Employees of X said": a capitalised first word is no name
    out = []
    doc = token.doc
    preps = list(children(token))
    after = _comma_of(doc, token.i)
    if after is not None and doc[after].dep_ == "prep":
        preps.append(doc[after])  # "X, of the governing Y party,": the parser may hang it elsewhere
    for prep in dict.fromkeys(preps):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in children(prep):
                # (or "of the centre-right Tikva Hadasha party": the kind noun after the name)
                if obj.dep_ == "pobj" and (resolver.method(obj) == "name" or any(
                        c.dep_ == "compound" and resolver.method(c) == "name" and resolver.resolve(c) == resolver.resolve(obj)
                        for c in children(obj))):
                    out.extend(Candidate(person, "works_for", o, token, "name-of", False)
                               for o in resolver.resolve(obj) if resolver.entities[o].type == "ORG")
    return out


def role_candidates(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return works_for and family candidates stated by role nouns in one sentence."""
    out: list[Candidate] = []
    heads = cues.role_heads
    every = tokens(sent.doc)
    f = facts(sent.doc)
    for i in range(sent.start, sent.end):
        lower = f.lower[i]
        pos = f.pos[i]
        # (a name's last word the tagger took for another part of speech counts: "Seo Eun-[ha] of")
        named = pos == "PROPN" or resolver.how.get(i) == "name"
        if pos not in ("NOUN", "PROPN") and not (lower in heads and i > 0 and f.text[i - 1] == "-") \
                and not (resolver.how.get(i + 1) == "name" and _flanked(every[i], resolver)) \
                and not (named and i + 1 < sent.end and f.lower[i + 1] == "of"):  # (cheap tests first)
            continue  # (not a noun, nor half of "secretary-general", nor a role between two names, nor a name)
        token = every[i]
        if f.lemma[i] in cues.employer_nouns or lower in cues.employer_nouns:
            out.extend(_employer_noun(token, cues, resolver))
        if pos == "PROPN":
            out.extend(_own_party(token, cues, resolver))
        if named and i + 1 < sent.end and (f.lower[i + 1] == "of" or f.lower[i + 1] == ","
                                           and _comma_of(sent.doc, i) is not None):
            out.extend(_name_of(token, resolver))  # (its "of" phrase follows the name, or its comma: "X, of the Y party,")
        if lower in _PORTFOLIO_TITLES:
            # "Economy Minister X" and the story's "Economy Ministry" (not a role of its own: "First
            # Minister X", "Sports Minister X" name offices, whose employer is rarely written)
            holder = _holder(token, token.i, resolver, cues)
            if holder is not None and resolver.entities[holder[0]].type == "PERSON":
                out.extend(Candidate(holder[0], "works_for", m, token, "role-compound", False)
                           for m in _portfolio_ministry(token, resolver))
        if lower not in heads and (f.tag[i] not in ("NNS", "NNPS") or f.lemma[i] not in heads):
            continue  # cheap test first: most nouns end no role phrase
        match = _role_at(sent, token.i, cues)
        if match is None:
            continue
        role, begin = match
        if token.dep_ == "ROOT" and not any(f.pos[k] in ("VERB", "AUX") for k in range(sent.start, sent.end)):
            continue  # "The Ironmen host Green Bay on Friday": a verb the parser read as the noun
        before = every[max(_phrase_start(token.doc, begin), sentence_of(token).start) : begin]
        if role.relation == "works_for" and (any(t.lower_ in FORMER for t in before) or any(
                c.lower_ in FORMER for c in children(token) if c.dep_ in ("amod", "advmod"))):
            continue  # "former India captain X": a past job is not a works_for relation ("her late father" is kin)
        phrase = " ".join(role.words)
        if phrase in cues.nominated_roles and token.head.lower_ == "as":
            continue  # "backing Esther Nalumango as their joint presidential candidate": no membership stated
        holder = _holder(token, begin, resolver, cues)
        anchor, anchor_begin = token, begin
        first = _role_at(sent, token.head.i, cues) if holder is None and token.dep_ == "conj" \
            and token.head.pos_ == "NOUN" else None
        if first is not None:
            # "Alemu's coach and husband, Dawit Haile", "her brother and agent, X": the second role
            # shares the first's holder and owner
            anchor, anchor_begin = token.head, first[1]
            holder = _holder(anchor, anchor_begin, resolver, cues)
        if holder is None:
            out.extend(_kin_named_elsewhere(token, role, cues, resolver))
            continue
        person, rule = holder
        if resolver.entities[person].type != "PERSON":
            continue
        people = [person]
        if token.tag_ in ("NNS", "NNPS"):
            people = _listed(person, token, resolver)  # "sporting directors, A and B": each of them
        employers = _employer(anchor, anchor_begin, role, cues, resolver)
        if phrase in cues.member_roles:
            # (one named member: "Members of X, the group that backed Y's run" names none)
            employers = _member_of(token, cues, resolver) if token.tag_ not in ("NNS", "NNPS") else []
        if any(resolver.entities[e].type in ("ORG", "PERSON") for e in employers):
            # "the party's Ashanti regional chairman": the party employs him, the region qualifies
            employers = [e for e in employers if resolver.entities[e].type != "GPE"]
        # a place right before a unit's level is the unit's, whatever else NER made it: "the ruling
        # party's Copperbelt provincial chairman" is no province's employee
        doc = anchor.doc
        units = {e for t in doc[anchor.left_edge.i : anchor_begin] if t.i + 1 < len(doc)
                 and doc[t.i + 1].lower_ in cues.unit_levels and resolver.method(t) == "name" and not t.is_upper
                 for e in resolver.resolve(t) if resolver.entities[e].type != "ORG"}
        # (a party's own level is its post, by name or letters: "RJD state spokesperson", "Congress
        # district president")
        employers = [e for e in employers if e not in units]
        implied = False
        earlier = False
        if not employers and role.relation == "works_for" and anchor is token and _definite(token, begin) \
                and token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "," \
                and resolver.person_named(token.doc[token.i + 2]) == person:
            # "the group's chairman told the union ... The chairman, X, also owns a stake": the
            # organisation an earlier mention of the same role gave
            employers = _earlier_owner(token, cues, resolver)
            earlier = bool(employers)
        if not employers and anchor is not token:
            continue  # ("the founder's daughter and chief executive, X": the kin owner says whose daughter only)
        if not employers and role.relation == "works_for" and (
                phrase in cues.implied_roles
                or phrase in cues.lower_implied_roles and token.is_lower and any(
                    resolver.person_named(t) == person for t in token.doc[token.i + 1 : token.i + 3])) \
                and all(t.pos_ == "DET" and t.dep_ != "poss"
                        or t.i == token.left_edge.i and t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")
                        or t.dep_ == "compound" and t.lower_ in cues.staff_proxies and not resolver.resolve(t)
                        or t.dep_ in ("compound", "amod") and t.lower_ in cues.unit_levels | cues.post_qualifiers
                        for t in token.doc[token.left_edge.i : begin]) \
                and not any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "to") for c in children(token)):
            # (nor "a spokesman for the presidency": its phrase says whose, if it names no one; nor a
            # post after "whose": it is the noun's the clause hangs on, named or not)
            # only a bare role: not "Swedish coach X", "national captain X", "the former goalkeeper
            # X" or "Seck's manager" (a possessor or qualifier says whose it is; "Board chair X" is the
            # organisation's board's); the verb before it
            # may be read as its adjective ("X on Saturday [sacked] head coach Y")
            # (the subject of the clause the role is in: "X has left captain Y out of its squad, the
            # club's president said")
            clause = token
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            employers = []
            for verb in dict.fromkeys((clause, sent.root)):  # (else the sentence's own subject)
                subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
                # (or the organisation a subject holds its post at: "The chairman of the Nadi Warriors
                # club lashed out at selectors for leaving flyhalf X out")
                subjects += [o for c in subjects if c.lemma_.lower() in cues.role_heads and not resolver.resolve(c)
                             for o in prep_objects(c, ("of",)) + [g for g in children(c) if g.dep_ == "poss"]]
                employers = employers or [i for i, _ in all_refs(subjects, resolver, cues, owned=False)
                                          if resolver.entities[i].type == "ORG"]
            if len(employers) != 1:
                # (the sentence's own organisation first: "The Federation declined ..., with chairman
                # X saying ...", else the one the story is about)
                employers = principal_organisation(resolver)
            if phrase in cues.company_roles and any(_no_company(e, cues, resolver) for e in employers):
                # "Chief executive X" in a story about a union's threat to a shipyard, or beside the
                # union's official who accuses him: the company
                unions = frozenset(i for i, e in enumerate(resolver.entities)
                                   if e.type == "ORG" and _no_company(i, cues, resolver))
                employers = principal_organisation(resolver, skip=unions)
            implied = True
        # a local government's staff ("the county's deputy manager, X", "the county law director"):
        # the referent noun, not a place's name ("Scranton attorney Y" is no city's)
        # (not a party's: "the county's Republican chairman")
        referred = {i for c in children(anchor) if c.dep_ in ("poss", "compound") and c.is_lower and c.lower_ in _CIVIC
                    for i in refs(c, resolver, cues)}
        civic = set() if any(t.is_title for t in anchor.doc[anchor.left_edge.i + 1 : anchor_begin]) else referred
        for other in employers:
            kind = resolver.entities[other].type
            if other == person:
                continue
            if role.relation == "family" and kind != "PERSON":
                continue
            if role.relation == "works_for" and kind not in EMPLOYERS and not (
                kind == "GPE" and phrase not in POLITICAL
                and (phrase in cues.peer_roles | cues.implied_roles and other not in referred
                     or other in civic)
            ) or kind == "GPE" and _place_qualifies_noun(anchor, anchor_begin, other, cues, resolver) \
                    or kind == "ORG" and _place_qualifies_noun(anchor, anchor_begin, other, cues, resolver,
                                                               cues.body_nouns):
                continue  # "Kenya striker X" plays for the country's team; "Scranton attorney Y" is no city's
            if role.relation == "works_for" and kind == "PERSON" and phrase in cues.peer_roles:
                continue  # "his captain", "Pop's co-founder": a team-mate or partner, not an employee
            if role.relation == "works_for" and cues.chamber(resolver.entities[other].name) \
                    and not set(role.words) & cues.chamber_roles:
                continue  # "Senate Majority Leader X" leads members; the chamber does not employ them
            out.extend(Candidate(p, role.relation, other, token,
                                 "role-implied" if implied else "role-earlier" if earlier else rule,
                                 role.relation == "family") for p in people if p != other)
    out.extend(_kin_group(sent, cues, resolver))
    # "BPA leader X said his deputy, Y, ...": a leader's deputy holds a post in the leader's organisation
    posts = {c.source: c.target for c in out if c.relation == "works_for"
             and resolver.entities[c.target].type == "ORG"}
    out = [c._replace(target=posts[c.target]) if c.relation == "works_for" and c.target in posts
           and c.trigger.lemma_.lower() in cues.deputy_roles else c for c in out]
    # "Captain X, president of the Pilots Association": a post the sentence names with its employer
    # says where X works; a bare title beside it implies no other employer
    placed = {c.source for c in out if c.relation == "works_for" and c.rule != "role-implied"}
    return [c for c in out if not (c.rule == "role-implied" and c.source in placed)]


def _place_qualifies_noun(head, begin: int, place: int, cues: Cues, resolver: Resolver,
                          nouns: frozenset[str] | None = None) -> bool:
    """Return True when a common noun stands between a place's name and the role ("Aurora school
    board member X", "Menen plant manager Y"): the place says where the school or plant is, not
    whose team the role is in ("Kenya striker X"). With ``nouns``, only those do: a body named
    after a place NER called an organisation ("Nadroga provincial council chairman X")."""
    doc = head.doc
    named = [t.i for t in doc[head.left_edge.i : begin] if t.pos_ == "PROPN" and place in resolver.resolve(t)]
    if named and nouns is not None and doc[named[-1] + 1].tag_ == "POS":
        return False  # "Brightwater's board chairman": the organisation's own board
    return bool(named) and any(t.is_lower and (t.pos_ == "NOUN" if nouns is None else t.lower_ in nouns)
                               and t.lower_ not in cues.role_heads
                               for t in doc[named[-1] + 1 : begin])  # (not "Kenya deputy coach")


def _definite(token, begin: int) -> bool:
    """Return True for a role with only "the" before it ("The chairman, X,")."""
    before = token.doc[token.left_edge.i : begin]
    return len(before) == 1 and before[0].lower_ == "the"


def _earlier_owner(token, cues: Cues, resolver: Resolver) -> list[int]:
    """Return the organisation an earlier sentence gave the same role, unnamed there ("the group's
    chairman", "the chairman of X"), when the story gave it one organisation only."""
    doc = token.doc
    sent = sentence_of(token)
    found: set[int] = set()
    for earlier in tokens(doc)[max(0, sent.start - 80) : sent.start]:
        if earlier.lemma_.lower() != token.lemma_.lower() or earlier.pos_ != "NOUN" or resolver.resolve(earlier):
            continue
        owners = [c for c in children(earlier) if c.dep_ == "poss"] + prep_objects(earlier, ("of",))
        found.update(i for c in owners for i in refs(c, resolver, cues) if resolver.entities[i].type == "ORG")
    return list(found) if len(found) == 1 else []


def _kin_named_elsewhere(token, role: RoleCue, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return family stated by a possessed kin noun whose holder the story names elsewhere: "X
    threatened legal action against her younger brother" when X's brother is known (graph/arguments.py)."""
    if role.relation != "family" or token.tag_ not in ("NN", "NNP"):
        return []
    owners = [i for c in children(token) if c.dep_ == "poss" for i in resolver.resolve(c)]
    if len(owners) != 1 or resolver.entities[owners[0]].type != "PERSON":
        return []
    kin = relative(owners[0], token.lemma_.lower(), resolver, cues)
    if kin is None or kin == owners[0]:
        return []
    return [Candidate(kin, "family", owners[0], token, "role-kin", True)]


def _kin_group(sent, cues: Cues, resolver: Resolver) -> list[Candidate]:
    """Return family stated of a group: "X and Y are brothers", "X and Y, who are siblings,"."""
    out: list[Candidate] = []
    f = facts(sent.doc)  # (each word's strings as plain lists: this reads every word)
    for token in sentence_tokens(sent):
        i = token.i
        role = cues.roles.get(f.lemma[i]) if f.tag[i] == "NNS" and f.dep[i] == "attr" else None
        if role is None or role.relation != "family" or token.head.lemma_ != "be" or assertion(token.head, cues):
            continue
        verb = token.head
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ == "WP" and verb.dep_ == "relcl":
            # "X and Y, who are siblings,": the clause hangs on the last of the joined names
            subjects = [verb.head.head if verb.head.dep_ == "conj" else verb.head]
        people = [i for s in subjects for t in with_conjuncts(s) for i in resolver.resolve(t)
                  if resolver.entities[i].type == "PERSON"]
        people = list(dict.fromkeys(people))
        if len(people) == 2:
            out.append(Candidate(people[0], "family", people[1], token, "role-copula", True))
    return out


def _listed(person: int, head, resolver: Resolver) -> list[int]:
    """Return the person and those coordinated with them in the role's apposition ("A and B")."""
    for token in tokens(head.doc)[head.i : sentence_of(head).end]:
        if resolver.resolve(token) == (person,) and resolver.method(token) == "name":
            name = token
            while name.head.i != name.i and resolver.resolve(name.head) == (person,):
                name = name.head
            found = [person]
            for other in name.conjuncts:
                refs_ = resolver.resolve(other)
                if len(refs_) == 1 and resolver.entities[refs_[0]].type == "PERSON" and refs_[0] not in found:
                    found.append(refs_[0])
            return found
    return [person]


def _no_company(index: int, cues: Cues, resolver: Resolver) -> bool:
    """Return True for an organisation its name or the text calls a union, party or other body that
    no chief executive runs ("the IG Metall union")."""
    words = set(resolver.entities[index].name.lower().split()) | resolver.described.get(index, set())
    # (or the noun the text refers to it by: "the union's branch secretary")
    words |= {resolver.doc[i].lemma_.lower() for i, refs in resolver.refs.items()
              if refs == (index,) and resolver.how.get(i) == "title"} & cues.no_company_referents
    return bool(words & cues.no_companies) and not words & cues.sport_words


