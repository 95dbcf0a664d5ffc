"""Antecedents of personal pronouns: which person "he"/"her" means, which organisation "it" means.

A pronoun goes to the nearest compatible person, scored by sentence distance, known gender,
subjecthood and whether its clause is reported by that person; a pronoun object is never its
own clause's subject, and a possessive beside a named relative ("His son, Aditya Kulkarni")
prefers the person who shares that relative's family name. Split from graph/coref.py, which
resolves names, titles, generic nouns and pairs and calls these for pronouns.
"""

from __future__ import annotations

from graph.clauses import speakers_act
from graph.tokens import children, sentence_of

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
OBJECTS = frozenset({"dobj", "pobj", "iobj", "dative", "obj"})
WINDOW = 3  # sentences a pronoun may look back


#: Written messages a participle may say something in: "sent a letter to Y warning that ...".
LETTERS = frozenset({"letter", "email", "e-mail", "memo", "note", "message"})


def received_from(verb) -> list:
    """Return the sender of what a participle's receiver got: "received messages from X urging her to
    resign", "a letter from X warning that ..." (the participle is the message's, not the receiver's)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return []
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in LETTERS:
        return _from(head)
    if head.lemma_.lower() not in ("receive", "get") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return []
    got = [c for c in children(head) if c.dep_ == "dobj"]
    if not any(t.lemma_.lower() in LETTERS for o in got for t in o.subtree):
        return []
    return _from(head) or [f for o in got for t in o.subtree for f in _from(t)]


def _from(token) -> list:
    """Return the objects of the token's "from" phrases (graph.arguments.prep_objects imports this
    module, so it cannot be called here)."""
    return [o for p in children(token) if p.dep_ == "prep" and p.lower_ == "from"
            for o in children(p) if o.dep_ == "pobj"]


def clause_subject(token):
    """Return the subject of the verb a token depends on directly, if any."""
    head = token.head
    if token.dep_ == "pobj":
        head = head.head
    subjects = [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")]
    hops = 0
    # "X accused Romano and threatened her", "X threatened to file a complaint against him", "X
    # suspended Y, accusing him of lying": the pronoun is not X. Climb through conjoined verbs,
    # infinitives, participles and the object's phrase.
    senders = received_from(head)
    if senders:
        return senders  # "received messages from X urging her to resign": "her" is not X
    speaker = speakers_act(head) if token.dep_ == "dobj" else None
    if speaker is not None:
        head = speaker  # "X said Y had the board's backing and credited him": the crediting is X's
        subjects = [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and head.dep_ in ("conj", "xcomp", "dobj", "prep", "pobj", "advcl") \
            and head.head.i != head.i and hops < 6:
        head, hops = head.head, hops + 1
        subjects = [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def person_antecedent(token, resolver, seen, sent_of, genders, gender: str,
                      guessed: frozenset[int] = frozenset()) -> tuple[int | None, int]:
    """Return the person a he/she pronoun refers to (nearest compatible, subjects preferred)
    and by how much it beat the next candidate (large when it was the only one)."""
    # A gender read only off a given name that other countries give the other sex ("Chanda")
    # is a guess (``guessed``): it never rules out the only person the pronoun can mean.
    fallback = None
    here = sent_of[token.i]
    blocked = set()
    if token.dep_ in OBJECTS and not token.lower_.endswith("self"):
        for subject in clause_subject(token):
            blocked.update(resolver.refs.get(subject.i, ()))
    if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in children(token.head)):
        blocked.update(resolver.refs.get(token.head.head.i, ()))  # "Sorensen, whom he credited": he is not Sorensen
    speaker = _reporting_subject(token, resolver)
    if speaker and _speaker_quoted(token):
        # 'X wrote that he was "the best manager I have ever played for"': the speaker is the "I"
        blocked.update(speaker)
        speaker = set()
    kin = _named_relative(token, resolver)
    best, best_score, scores = None, None, {}
    for position, index, is_subject in reversed(seen):
        distance = here - sent_of[position]
        if distance > WINDOW:
            break
        if position >= token.i or index in blocked or index == kin:
            continue
        entity = resolver.entities[index]
        if entity.type != "PERSON":
            continue
        known = genders[index]
        if known and known != gender and index in guessed and index in speaker:
            known = ""  # "X said she had called Y": the reporting subject, whatever her name suggests
        if known and known != gender:
            if index in guessed and fallback in (None, index):
                fallback = index
            else:
                fallback = -1
            continue
        score = -3 * distance + (2 if known == gender else 0) + (1 if is_subject else 0) \
            + (0.5 if is_subject and resolver.doc[position].head.dep_ == "ROOT" else 0) \
            + (2.5 if index in speaker else 0) \
            + (4 if kin is not None and _surname(entity.name) == _surname(resolver.entities[kin].name) else 0)
        scores[index] = max(scores.get(index, score), score)
        if best_score is None or score > best_score:
            best, best_score = index, score
    if best is None and fallback is not None and fallback >= 0:
        return fallback, 1
    others = [v for k, v in scores.items() if k != best]
    return best, (best_score - max(others)) if others else 99


def _surname(name: str) -> str:
    """Return a name's last word, folded."""
    words = name.casefold().split()
    return words[-1] if words else ""


def _named_relative(token, resolver) -> int | None:
    """Return the person named beside a possessive's noun ("His son, Aditya Kulkarni"): the
    possessor is not that person, and a family name shared with them marks the possessor."""
    if token.dep_ != "poss":
        return None
    for child in children(token.head):
        if child.dep_ == "appos":
            person = resolver.person_named(child)
            if person is not None and len(resolver.entities[person].name.split()) > 1:
                return person
    return None


def fronted_subject(token, resolver, genders, gender: str) -> int | None:
    """Return the named subject a possessive in a fronted phrase points ahead to ("Through her
    lawyer, X, Zielińska declined ...": her is Zielińska, not a woman named earlier)."""
    if token.dep_ != "poss":
        return None
    phrase = token.head
    while phrase.dep_ in ("pobj", "prep", "appos", "poss", "compound") and phrase.head.i != phrase.i:
        if phrase.dep_ == "prep" and phrase.head.pos_ in ("VERB", "AUX"):
            if phrase.head.dep_ == "acl" and phrase.head.tag_ in ("VBN", "VBG"):
                phrase = phrase.head.head  # "In a statement released through his attorney, X, Yoder said"
                continue
            break
        phrase = phrase.head
    verb = phrase.head
    if phrase.dep_ != "prep" or phrase.i > verb.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > phrase.i for c in children(verb)):
        return None
    # The subject is the last person named before the verb; the parser may have hung the phrase's
    # apposition ("her lawyer, Michał Sadowski,") on the verb as its subject instead.
    named = [resolver.person_named(t) for t in resolver.doc[phrase.i:verb.i]]
    people = list(dict.fromkeys(p for p in named if p is not None))
    if not people or (token.head.pos_ == "NOUN" and any(c.dep_ == "appos" for c in children(token.head))
                      or resolver.doc[phrase.right_edge.i + 1].text == ",") and len(people) < 2:
        return None  # "Through her lawyer, Sadowski said ...": the lawyer is the subject
    person = people[-1]
    if genders[person] and genders[person] != gender:
        return None
    return person


def asked_subject(token, resolver, genders, gender: str) -> int | None:
    """Return whom an object or possessive pronoun in a fronted "Asked whether ..." clause means:
    the one asked, the sentence's subject ("Asked whether Kitazawa, who is married to his sister,
    had called him, Miyairi said ...": his and him are Miyairi)."""
    if token.dep_ != "poss" and token.dep_ not in OBJECTS:
        return None
    first = next((t for t in sentence_of(token) if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "asked" or first.dep_ != "advcl" or not first.i < token.i <= first.right_edge.i:
        return None
    subject = next((c for c in children(first.head) if c.dep_ == "nsubj" and c.i > first.right_edge.i), None)
    person = resolver.person_named(subject) if subject is not None else None
    if person is None or genders[person] and genders[person] != gender:
        return None
    return person


def conjoined_owner(token, resolver, genders, gender: str) -> int | None:
    """Return the person a possessive's noun is listed with ("met X and his coach, Y": his is X,
    whoever the sentence's subject is)."""
    if token.dep_ != "poss" or token.head.dep_ != "conj":
        return None
    first = token.head.head
    person = resolver.person_named(first)
    found = resolver.resolve(first) if person is None else ()
    if len(found) == 1 and resolver.how.get(first.i) == "title" and resolver.entities[found[0]].type == "PERSON":
        person = found[0]  # "met the 29-year-old and his agent": the one the description means
    if person is None or first.i > token.i or genders[person] and genders[person] != gender:
        return None
    return person


def _speaker_quoted(token) -> bool:
    """Return True when the reported clause a subject pronoun stands in says what it is in a quote
    where the speaker is "I" ('said he was "the best manager I have played for"'; not 'said he had
    met Y and "was told I was in the plans"', where both are the speaker)."""
    clause = token.head
    if clause.lemma_ != "be":
        return False
    opened = next((t.i for t in clause.subtree if t.is_quote), None)
    return opened is not None and any(
        t.i > opened and t.lower_ in ("i", "me", "my") and t.pos_ == "PRON"
        for c in children(clause) if c.dep_ == "attr" for t in c.subtree)


def _reporting_subject(token, resolver) -> set[int]:
    """Return who reports the clause a pronoun stands in ("X's father, Y, said [he had phoned Z]":
    he is Y, the one saying it, not X named nearer; "X praised Y, revealing [the striker had
    texted him]": him is X)."""
    if token.dep_ not in SUBJECTS and token.dep_ not in OBJECTS or token.head.dep_ != "ccomp":
        return set()
    verb = token.head.head
    found: set[int] = set()
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") \
        and not any(c.dep_ == "nsubj" for c in children(verb))
    if token.dep_ in OBJECTS and not participle:
        return set()  # (only through a participle: not "told the court his brother had texted him")
    if participle:
        # the participle's subject is its main clause's ("X, the agent of Y, accused Z, saying he had rung ...")
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):
            return set(resolver.refs.get(verb.i, ()))  # (the parser made that subject the root)
    for subject in (c for c in children(verb) if c.dep_ == "nsubj"):
        found.update(resolver.refs.get(subject.i, ()))
        for appos in (c for c in children(subject) if c.dep_ == "appos"):
            # "X's father, the former goalkeeper Y, said": the name the apposition is (not one in its
            # phrase: "X, the agent of Y,")
            for t in appos.subtree:
                if resolver.how.get(t.i) == "name" and not any(
                        a.dep_ in ("prep", "pobj", "poss") for a in _path_up(t, appos)):
                    found.update(resolver.refs.get(t.i, ()))
    return found


def _path_up(token, top) -> list:
    """Return the tokens from ``token`` up to (not including) its ancestor ``top``."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def organisation_antecedent(token, resolver, seen, sent_of) -> int | None:
    """Return the organisation "it"/"its" means: this sentence's subject first, else the latest named.

    Not when a participle's "it" is a thing the verb before it was just done to: "Faris denied the
    claim, calling it 'a fantasy'" (it is the claim).
    """
    if token.lower_ == "it" and token.dep_ == "dobj" and token.head.dep_ == "advcl" and token.head.tag_ == "VBG":
        # "denied the claim, calling it ...": a participle's "it" is the thing its verb was just done to
        # (or the object of its preposition: "lashed out at the nomination, calling it ...")
        done_to = [*children(token.head.head), *(o for p in children(token.head.head) if p.dep_ == "prep"
                                                 for o in children(p) if o.dep_ == "pobj")]
        thing = [t for t in done_to if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN" and t.tag_ == "NN"]
        if thing and not resolver.resolve(thing[0]):
            return None
    return latest_of_type(token, resolver, seen, sent_of, "ORG", window=1, subject_here=True)


def latest_of_type(token, resolver, seen, sent_of, kind: str, window: int, subject_here: bool = False) -> int | None:
    """Return the entity of ``kind`` named as a subject most recently within ``window`` sentences
    (in the token's own sentence when ``subject_here``), else the latest one named."""
    here = sent_of[token.i]
    latest = earlier_subject = None
    latest_here = False  # whether ``latest`` is named in the token's own sentence
    for position, index, is_subject in reversed(seen):
        if here - sent_of[position] > window:
            break
        if position < token.i and resolver.entities[index].type == kind:
            if is_subject and (not subject_here or sent_of[position] == here):
                return index
            if is_subject and earlier_subject is None:
                earlier_subject = index
            if latest is None:
                latest, latest_here = index, sent_of[position] == here
    # (with a subject wanted in the token's own sentence and none there, one named in it, else the
    # last sentence's subject: "Members of X, the group that backed her for the council, packed
    # the room. Its director ...")
    return earlier_subject if subject_here and earlier_subject is not None and not latest_here else latest
