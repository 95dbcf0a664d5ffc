"""Coreference a news reader does without thinking: tokens -> the entities they refer to.

Names map to their entity; "he"/"she"/"his"/"her" to the nearest compatible
person (gender from names, titles and earlier pronouns; a pronoun object never
refers to its own clause's subject); "the president" to the entity that holds
that title in the document; "the company" to the nearest organisation; "the
two" / "their" to the pair just named (personal pronouns' antecedents are scored in
graph/pronouns.py). Rule-based on purpose: it runs offline on
CPU in the time spaCy takes to parse, and every decision can be explained.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from graph.lexicon import Lexicon
from graph.mentions import Mention
from graph.pronouns import (
    SUBJECTS,
    asked_subject,
    clause_subject,
    conjoined_owner,
    fronted_subject,
    latest_of_type,
    organisation_antecedent,
    person_antecedent,
)
from graph.records import DocEntity
from graph.tokens import children, facts, lefts, opening, sentence_of, sentences, text_of, tokens, written_in

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
PAIR_WORDS = frozenset({"two", "both", "pair", "duo", "brothers", "sisters", "siblings", "couple", "twins"})
#: Dependencies of a word that stands as a noun phrase ("praised [the 61-year-old]").
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative"})
#: A clause's own participants (not a name in a phrase: "after the draw with Lecce").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


@dataclass
class Resolver:
    """Maps token indices of one parsed Doc to the indices of the entities they denote."""

    doc: object
    entities: list[DocEntity]
    refs: dict[int, tuple[int, ...]] = field(default_factory=dict)
    how: dict[int, str] = field(default_factory=dict)
    #: (entity, role noun) -> who holds that role for it ("his daughter" once the daughter is named)
    roles: dict[tuple[int, str], int] = field(default_factory=dict)
    #: entities named like news organisations ("Bloomberg News")
    news: frozenset[int] = frozenset()
    #: the organisation the story is about, found once on first need (principal_organisation); None:
    #: not yet looked
    principal: list[int] | None = None
    #: entity -> the organisation nouns the text puts right after its name ("the Skai broadcaster",
    #: "his X faction"): what it is, so "the party" is not the broadcaster
    described: dict[int, set[str]] = field(default_factory=dict)
    #: organisation nouns a name was introduced by ("the San Marino side X"): entity -> nouns
    introduced: dict[int, set[str]] = field(default_factory=dict)
    #: news organisations the text only ever speaks to ("told Reuters", "according to AFP"): the
    #: audience of the story, never "the company" it reports on
    audience: frozenset[int] = frozenset()
    #: entities named like a league or division ("Segunda División"): where a club plays, not the
    #: story's organisation when the lede names a club too
    leagues: frozenset[int] = frozenset()
    #: ... of which those named as a league or division, not a federation: never the story's organisation
    divisions: frozenset[int] = frozenset()
    #: person -> the organisations a role noun says they hold a post at (graph.extraction fills it)
    posts: dict[int, set[int]] = field(default_factory=dict)

    def resolve(self, token) -> tuple[int, ...]:
        """Return the entity indices a token refers to (empty when it names none)."""
        return self.refs.get(token.i, ())

    def method(self, token) -> str:
        """Return how the token was resolved: "name", "pronoun", "title", "pair" or ""."""
        return self.how.get(token.i, "")

    def person_named(self, token, kind: str = "PERSON") -> int | None:
        """Return the person (or entity of ``kind``) the token is part of the name of (not a pronoun
        or title of), or None."""
        found = self.refs.get(token.i, ())
        if self.how.get(token.i) == "name" and len(found) == 1 and self.entities[found[0]].type == kind:
            return found[0]
        return None


def name_after(token, resolver: Resolver, kind: str = "PERSON") -> tuple[int, ...]:
    """Return the person (or entity of ``kind``) named between commas right after a phrase, however
    the parser attached the name ("rang the chair of the regional council, Helen Hope, on Tuesday",
    "coaches at his daughter's club, SV Kaisertal, said")."""
    doc = tokens(token.doc)  # (the shared list: ``doc[i]`` builds a new Token each time)
    after = token.right_edge.i + 1
    person = resolver.person_named(doc[after + 1], kind) if after + 1 < len(doc) and doc[after].text == "," else None
    if person is None:
        return ()
    named = (person,)
    end = after + 1
    while end < len(doc) and resolver.resolve(doc[end]) == named:
        end += 1
    # (its own "of" phrase may follow: "praised the committee's chair, Thomas Kaiser of the Vaterländische Partei,")
    return named if end == len(doc) or doc[end].is_punct or doc[end].lower_ == "of" else ()


def principal_organisation(resolver: Resolver, skip: frozenset[int] = frozenset()) -> list[int]:
    """Return the organisation the story is about (found once per document), or [] (leaving out
    the ``skip`` ones, found anew)."""
    if skip:
        return _principal_organisation(resolver, skip)
    if resolver.principal is None:
        resolver.principal = _principal_organisation(resolver)
    return resolver.principal


def _principal_organisation(resolver: Resolver, skip: frozenset[int] = frozenset()) -> list[int]:
    """Return the organisation the story is about: the one organisation its lede names, or else
    one named (or called "the company", "it") at least twice, twice as often as any other, and in
    the story's opening (leaving out the ``skip`` ones).

    Not a news organisation quoted as a source, and not a person NER called an organisation (a name
    of the story's people's words only; "Conserverie Le Floc'h" is the family's company).
    """
    # (of a full name: a lone word NER called a person may be the organisation's own, "Guadalquivir's troubles")
    surnames = {w for e in resolver.entities if e.type == "PERSON" and " " in e.name for w in e.name.lower().split()}
    referred = Counter(refs[0] for i, refs in resolver.refs.items()
                       if len(refs) == 1 and resolver.how.get(i) in ("title", "pronoun")
                       and resolver.doc[i].lower_ != "it")  # "the company", "its" (not "learned of it")
    counts = sorted(((e.mentions + referred[i], i) for i, e in enumerate(resolver.entities) if e.type == "ORG"
                     and i not in resolver.news and i not in skip
                     and not set(e.name.lower().split()) <= surnames), reverse=True)
    lede = opening(resolver.doc)
    in_lede = {resolver.refs[t.i][0] for t in lede if len(resolver.refs.get(t.i, ())) == 1}
    named = [i for _, i in counts if i in in_lede]
    # (a club and its division or federation; and a division alone is no story's organisation: "... to
    # the fringes of the promotion places in Primera FEB" names where the club plays; a federation is)
    named = [i for i in named if i not in resolver.leagues] or [i for i in named if i not in resolver.divisions]
    if len(named) == 1:
        return named  # "A feud between the heirs of Hollerbach Werkzeuge ...": the one organisation the lede names
    # named at least twice, twice as often as any other, and the story opens with it (named or
    # referred to in its lede), or names it again and again
    if counts and counts[0][0] >= 2 and not (len(counts) > 1 and counts[1][0] * 2 > counts[0][0]) and (
            resolver.entities[counts[0][1]].mentions >= 3
            or any(resolver.refs.get(t.i) == (counts[0][1],) for t in lede)):
        return [counts[0][1]]
    # else the one whose person the lede's subject is: "Atlètic Túria president X threw his weight
    # behind coach Y, a day after ... defeat by Real Oviedo" (not the opponent; and not an
    # organisation the subject is, acting on another: "The federation warned club Y", "fund Z targets")
    in_subject = {resolver.refs[t.i][0] for t in lede if len(resolver.refs.get(t.i, ())) == 1
                  and _modifies_person_subject(t, resolver)}
    named = [i for i in named if i in in_subject]
    return named if len(named) == 1 else []


def _modifies_person_subject(token, resolver: Resolver) -> bool:
    """Return True when a name is a modifier of its sentence's subject and the subject is a person
    ("Atlètic Túria president Vicent Ferrer Soler threw ...")."""
    while token.dep_ in ("compound", "poss") and token.head.i != token.i:
        token = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            return any(resolver.entities[i].type == "PERSON" for i in resolver.resolve(token))
    return False


#: Verbs and nouns of talking to someone, besides the speech verbs ("speaking to Reuters", "in an
#: interview with Bloomberg"): who they take is the one spoken to.
_TALKS = frozenset({"speak", "talk", "interview"})


def _addressed(token, lexicon: Lexicon) -> bool:
    """Return True for a name one speaks to or cites: "told [Reuters]", "said in an interview with
    [Bloomberg]", "according to [AFP]", "speaking to [the AP]"."""
    if token.dep_ in ("dobj", "dative") and token.head.lemma_ == "tell":
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("to", "with") and (
        prep.head.lower_ == "according" or prep.head.lemma_ in lexicon.speech_verbs or prep.head.lemma_ in _TALKS)


def build_resolver(doc, mentions: list[Mention], assignment: list[int], entities: list[DocEntity],
                   lexicon: Lexicon) -> Resolver:
    """Return a Resolver for ``doc`` with names, pronouns, titles and pairs resolved."""
    last_words = [e.name.lower().split()[-1] if e.name.split() else "" for e in entities]
    division_words = lexicon.referent_names.get("league", frozenset()) | {"league"}  # (what _kinds reads, once)
    # (a sport's federation too: "The X Football Federation threatened to suspend club Y" is about Y)
    league_words = division_words | {"federation"} | lexicon.referent_names.get("federation", frozenset())
    resolver = Resolver(doc, entities, news=frozenset(i for i, w in enumerate(last_words) if w in lexicon.media_words),
                        leagues=frozenset(i for i, e in enumerate(entities) if league_words.intersection(e.name.lower().split())),
                        divisions=frozenset(i for i, e in enumerate(entities)
                                            if division_words.intersection(e.name.lower().split())))
    genders = [e.gender for e in entities]
    guessed = _guessed_genders(entities, lexicon)
    toks = tokens(doc)
    for mention, index in zip(mentions, assignment):
        if index < 0:
            continue
        for i in range(mention.start, mention.end):
            resolver.refs[i] = (index,)
            resolver.how[i] = "name"
        # (past a closing quote: 'the "All Okinawa" coalition')
        after = mention.end + (mention.end + 1 < len(toks) and toks[mention.end].is_quote)
        if after < len(toks) and toks[after].is_lower \
                and lexicon.generic_referents.get(toks[after].lower_) == "ORG" \
                and toks[after].lower_ not in lexicon.part_nouns \
                and not (toks[after].lower_ in lexicon.member_nouns and index in resolver.leagues):
            # (not "the Segunda División side": a club of the league, not the league)
            resolver.described.setdefault(index, set()).add(toks[after].lower_)
        if mention.start > 0 and toks[mention.start - 1].is_lower and toks[mention.start - 1].pos_ == "NOUN" \
                and (lexicon.generic_referents.get(toks[mention.start - 1].lower_) == "ORG"
                     or toks[mention.start - 1].lower_ in lexicon.trade_nouns) \
                and toks[mention.start - 1].lower_ not in lexicon.part_nouns:
            # "the Campionato Sammarinese side Virtus Ceccoli": the noun before says what it is too
            resolver.introduced.setdefault(index, set()).add(toks[mention.start - 1].lower_)
        elif mention.start > 0 and toks[mention.start - 1].lower_ in lexicon.media_referents:
            # "the sports daily Nikkan Kyushu reported": a news outlet, as one named "... Times" is
            resolver.news |= {index}
    spoken_to = Counter(index for mention, index in zip(mentions, assignment)
                        if index in resolver.news and _addressed(toks[mention.end - 1], lexicon))
    named = Counter(index for index in assignment if index in spoken_to)
    resolver.audience = frozenset(i for i, n in spoken_to.items() if n == named[i])
    _appositive_titles(doc, resolver, lexicon, entities)
    holders = _title_holders(entities, lexicon.title_canon, lexicon.player_positions)
    # (token index, entity index, is subject) of every resolved reference so far, in order.
    seen: list[tuple[int, int, bool]] = []
    sent_of = {}
    for number, sent in enumerate(sentences(doc)):
        for i in range(sent.start, sent.end):
            sent_of[i] = number
    f = facts(doc)
    for token in tokens(doc):
        found = resolver.refs.get(token.i)
        if found is None:
            pos = f.pos[token.i]
            if pos not in _REFERRING and f.lower[token.i] not in PRONOUNS and f.lower[token.i] != "old":
                continue  # (the cheap test first: _resolve_token finds nothing for a verb or a preposition)
            found = _resolve_token(token, resolver, seen, sent_of, genders, holders, lexicon, guessed)
        if found:
            if token.i not in resolver.refs:
                resolver.refs[token.i] = found
            if len(found) == 1 and (token.i == token.head.i or not _inside_same_name(token, resolver)) \
                    and resolver.entities[found[0]].name.lower() not in lexicon.channels:
                # (a messaging service is how a message went, no antecedent: "sent WhatsApp messages
                # to its community relations manager" is the company's)
                subject = (token.dep_ in SUBJECTS or _in_subject(token)) and not _relative_subject(token)
                seen.append((token.i, found[0], subject))
    return resolver


#: Plain words for people a group noun may use ("both men", "the two women"), and their gender.
_PEOPLE_WORDS = frozenset({"man", "woman", "men", "women"})
_GENDER_WORDS = {"man": "m", "men": "m", "woman": "f", "women": "f"}
#: The word classes _resolve_token can read as a reference (besides pronouns and "the N-year-old").
_REFERRING = frozenset({"PRON", "NOUN", "PROPN", "NUM"})


def settle_generations(resolver: Resolver, lexicon: Lexicon) -> None:
    """Point "the elder X" / "the younger X" at the one of two relatives named X whom the story's
    kin roles put a generation above or below the other ("Liam Ashworth, the son of owner Neil
    Ashworth ... The elder Ashworth insisted he had tried to ring Y": Neil, and so is "he")."""
    f = facts(resolver.doc)  # (every document passes here: the words as plain lists, no Tokens built)
    every = tokens(resolver.doc)
    for i, lower in enumerate(f.lower):
        if lower not in ("elder", "younger", "older") or f.dep[i] != "amod":
            continue
        token = every[i]
        name = token.head
        if resolver.method(name) != "name":
            continue
        found = resolver.resolve(name)
        if len(found) != 1:
            continue
        named = found[0]
        word = resolver.entities[named].name.split()[-1]
        for other, entity in enumerate(resolver.entities):
            if other == named or entity.type != "PERSON" or entity.name.split()[-1] != word:
                continue
            elder = _elder_of(named, other, resolver, lexicon)
            if elder is None:
                continue
            wanted = elder if token.lower_ != "younger" else (other if elder == named else named)
            if wanted != named:
                # (and the pronouns its sentence resolved to the name: "... insisted he had tried")
                for k in range(name.i, sentence_of(name).end):
                    if resolver.refs.get(k) == (named,) and (k == name.i or resolver.how.get(k) == "pronoun"):
                        resolver.refs[k] = (wanted,)
            break


def _elder_of(one: int, other: int, resolver: Resolver, lexicon: Lexicon) -> int | None:
    """Return which of two people the kin roles put a generation above the other, else None."""
    for (owner, noun), holder in resolver.roles.items():
        if {owner, holder} == {one, other}:
            if noun in lexicon.younger_kin:
                return owner  # (the holder is the owner's son)
            if noun in lexicon.elder_kin:
                return holder  # (the holder is the owner's father)
    return None


def _relative_subject(token) -> bool:
    """Return True for the subject of a relative clause ("X, whose late father Y founded the
    company, said ..."): a background mention, no subject a later pronoun goes back to first."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and any(c.lower_ in ("whose", "who", "which") for c in verb.subtree if c.i < token.i)


def _in_subject(token) -> bool:
    """Return True for a name that is what a subject phrase is of ("Members of X packed the room",
    "Workers at X learned that ...")."""
    noun = token.head.head
    # (a plain noun the parser tagged a proper one at a sentence's start: "Workers at X")
    return token.dep_ == "pobj" and token.head.lower_ in ("of", "at") and noun.dep_ in SUBJECTS \
        and (noun.tag_ in ("NNS", "NN") or noun.tag_ == "NNPS" and not noun.ent_type_)


def _inside_same_name(token, resolver: Resolver) -> bool:
    """Return True when the token's head is part of the same name (count a name once)."""
    head = token.head.i  # (once: each ``.head`` builds a new Token)
    return resolver.refs.get(head) == resolver.refs.get(token.i) and head != token.i


def _guessed_genders(entities: list[DocEntity], lexicon: Lexicon) -> frozenset[int]:
    """Return the people whose gender comes only from the broad given-name list, not from a
    title or a common first name: a hint, not a fact."""
    return frozenset(
        i for i, e in enumerate(entities)
        if e.gender and not any(t in lexicon.male_titles or t in lexicon.female_titles for t in e.titles)
        and e.name.split()[0].casefold() not in lexicon.first_names)


def _resolve_token(token, resolver, seen, sent_of, genders, holders, lexicon, guessed=frozenset()) -> tuple[int, ...]:
    """Return what a pronoun, title or generic noun refers to, recording the method."""
    f = facts(token.doc)  # (asked of every noun and pronoun: the words as plain lists)
    lower, pos, dep = f.lower[token.i], f.pos[token.i], f.dep[token.i]
    tag, lemma = f.tag[token.i], f.lemma[token.i]
    if lower == "both" and dep in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "us") for o in children(c))
            for c in children(token)):
        # "she had met both of them": the two people just named, together or in one sentence
        pair = _recent_pair(token, resolver, sent_of, kind="PERSON", size=2) \
            or _pair_in_a_sentence(token, seen, sent_of, resolver, "PERSON")
        if pair:
            resolver.how[token.i] = "pair"
        return pair
    if pos == "PRON" or lower in PRONOUNS:
        if lower in MALE or lower in FEMALE:
            gender = "m" if lower in MALE else "f"
            ahead = fronted_subject(token, resolver, genders, gender)
            if ahead is None:  # (not "or": entity 0 is a person too)
                ahead = conjoined_owner(token, resolver, genders, gender)
            if ahead is None:
                ahead = asked_subject(token, resolver, genders, gender)
            if ahead is not None:
                resolver.how[token.i] = "pronoun"
                return (ahead,)
            found, margin = person_antecedent(token, resolver, seen, sent_of, genders, gender, guessed)
            if found is not None and margin >= 1:
                if not genders[found] and margin >= 2:
                    genders[found] = gender  # clearly the person it means: later pronouns use it
                resolver.how[token.i] = "pronoun"
                return (found,)
        elif lower in PLURAL:
            # (its own sentence's subject first: "The Greens declined ..., and their spokeswoman")
            body = _plural_body_subject(token, resolver)
            if body is not None:
                resolver.how[token.i] = "pronoun"
                return (body,)
            pair = _recent_pair(token, resolver, sent_of) or _couple_before(token, resolver, lexicon)
            if pair:
                resolver.how[token.i] = "pair"
                return pair
        elif lower in ("its", "it"):
            if _unnamed_subject(token, resolver, lexicon):
                return ()
            found = organisation_antecedent(token, resolver, seen, sent_of)
            if found is not None:
                resolver.how[token.i] = "pronoun"
                return (found,)
        return ()
    if lower == "old" and pos == "ADJ" and (dep in _NOMINAL or dep == "poss") \
            and token.i >= 2 and token.nbor(-2).lower_ == "year" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
        # "praised the 61-year-old as ...", "the 27-year-old's attitude": the tagger read the age
        # as an adjective
        found = _aged_person(token, resolver, seen, sent_of)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
        return ()
    if pos not in ("NOUN", "PROPN", "NUM"):
        return ()
    definite = any(f.lower[c.i] in ("the", "this", "that", "these", "those")
                   for c in children(token) if f.dep[c.i] == "det")
    if lower in PAIR_WORDS and definite:
        pair = _recent_pair(token, resolver, sent_of)
        if not pair and lower in ("two", "pair", "duo", "both"):
            pair = _clause_pair(token, resolver) or _last_two(token, seen, sent_of, resolver)
        if pair:
            resolver.how[token.i] = "pair"
        return pair
    both = any(f.lower[c.i] == "both" and f.dep[c.i] in ("det", "predet", "preconj") for c in children(token))
    if (definite or both) and tag in ("NNS", "NNPS"):
        # "the three parties", "the two unions", "both companies", "both men": the entities of that
        # kind just listed together
        count = 2 if both else next((NUMBERS[c.lower_] for c in children(token) if c.dep_ == "nummod"
                                     and c.lower_ in NUMBERS), 0)
        kind = lexicon.generic_referents.get(lemma) or (
            "PERSON" if lemma in lexicon.person_descriptors or lemma in _PEOPLE_WORDS else "")
        if kind and lemma not in lexicon.unpaired_groups:  # ("both sides" of a dispute: whoever disputes)
            gender = _GENDER_WORDS.get(lemma, "")
            group = _recent_pair(token, resolver, sent_of, kind=kind, size=count) \
                or (_pair_in_a_sentence(token, seen, sent_of, resolver, kind, gender) if both else ()) \
                or (_pair_here(token, seen, sent_of, resolver, kind, lexicon) if count == 2 else ())
            if group:
                resolver.how[token.i] = "pair"
                return group
    kind = lexicon.generic_referents.get(lemma)
    if kind:
        # "the Teamsters union", "the Kirov ballet company": the name just before the noun
        # (or one word before it: "the Solidarity trade union")
        named = {i for c in children(token) if c.dep_ == "compound" and token.i - 2 <= c.i < token.i
                 and (c.i == token.i - 1 or definite and token.doc[token.i - 1].is_lower
                      and token.doc[token.i - 1].pos_ == "NOUN")  # (not "the Karachi regional association")
                 for i in resolver.resolve(c) if resolver.entities[i].type == kind}
        before = token.doc[token.i - 1] if token.i else token
        if not named and resolver.how.get(before.i) == "name" and before.head.i != before.i and (
                before.head.i == token.i or before.head.head.i == token.i):
            # "the Justice and Reform bloc": the parser hangs the name's last word on its first
            named = {i for i in resolver.resolve(before) if resolver.entities[i].type == kind}
        kinds = _kinds(resolver.entities[next(iter(named))].name, lexicon) if len(named) == 1 else set()
        if len(named) == 1 and (not kinds or lemma in kinds):
            # (not "the Championship club", "the Serie A side": a league's club is another one)
            resolver.how[token.i] = "title"
            return (named.pop(),)
    owned = any(f.dep[c.i] == "poss" for c in children(token))  # "Mutua's campaign" is Mutua's, not an ORG
    if kind == "ORG" and not definite and not owned and dep in ("compound", "poss") \
            and token.head.pos_ in ("NOUN", "PROPN") \
            and not (dep == "compound" and lexicon.generic_referents.get(token.head.lemma_.lower()) == "ORG"):
        # (not "school board member X": the noun says whose board, a school's, not which one the story named)
        # (not "state chairman", "city council": a bare place word qualifies, it does not refer)
        # "Union general secretary X", "Federation president X": the organisation just named.
        found = _salient_of_type(token, resolver, seen, sent_of, kind, lexicon)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
    if kind == "ORG" and dep in ("nsubj", "nsubjpass") and not definite \
            and next((t.lower_ for t in token.subtree if not t.is_space), "") in ("a", "an"):
        found = named_after_lede(token, resolver, kind)  # "A cocoa growers' cooperative threatened ..."
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
    if owned and not definite and tag == "NN" and not any(c.dep_ == "appos" for c in children(token)) \
            and not name_after(token, resolver):
        # "the prime minister praised his minister": the office's holder in the story, not the
        # owner ("her coach"; not "Meadows' spokesman, X" nor "the company's founder")
        title = _title_of(token, lexicon)
        owners = {i for c in children(token) if c.dep_ == "poss" and c.tag_ == "PRP$" for i in resolver.refs.get(c.i, ())}
        found = _holder(lexicon.title_canon.get(title, title), holders, seen, resolver.entities) \
            if title and owners else None
        if found is not None and found not in owners:
            resolver.how[token.i] = "title"
            return (found,)
        found = _lede_role(token, holders, lexicon) if not owners else None
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
        return ()
    if not definite and any(f.dep[c.i] == "det" and f.lower[c.i] in ("a", "an") for c in children(token)):
        found = _lede_role(token, holders, lexicon)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
    if lemma in lexicon.management_nouns and not owned and dep in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(f.dep[c.i] in ("amod", "compound") for c in children(token)):
        # "unless management withdraws the plan": the company's, as "the company" would be (not
        # "the union's management", "senior management", "club management")
        # (never the one whose warning or charge it is in: "IG Metall warned that workers would walk
        # out unless management ...")
        # (nor the speaker's own: "Its regional leader X warned ...", "Unite official Y warned ...")
        subjects = [c for verb in token.ancestors for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < token.i]
        speakers = {i for c in subjects for t in c.doc[c.left_edge.i : c.i + 1] for i in resolver.refs.get(t.i, ())}
        found = _salient_of_type(token, resolver, seen, sent_of, "ORG", lexicon, noun="company", skip=speakers)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
        return ()
    if not definite or owned:
        return ()
    if written_in(token.doc, "-year-old") and token.tag_ not in ("NNS", "NNPS") \
            and "-year-old" in text_of(token.doc, token.left_edge.i, token.i + 1).lower():
        # "the 34-year-old democratic socialist": the person the story is about just now (one person:
        # not "supporters" in "the 71-year-old told supporters", a phrase the parser made one)
        found = _aged_person(token, resolver, seen, sent_of)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
        return ()
    title = _title_of(token, lexicon)
    if title:
        # "praised the governor of the central bank, Dace Krumina,": the name after the phrase (not
        # "a spokesman for the governor, X,": there the name is the spokesman's)
        named = name_after(token, resolver) if not (dep == "pobj" and token.head.head.pos_ == "NOUN") else ()
        if not named and dep != "pobj":
            # "The liberal candidate, Warsaw deputy mayor Anna Sokołowska of ...,": the name its own
            # apposition ends in, whatever comes after it
            first = next((c for c in children(token) if c.dep_ == "appos" and c.i > token.i
                          and token.doc[c.left_edge.i - 1].text == ","), None)
            person = resolver.person_named(first) if first is not None else None
            named = (person,) if person is not None else ()
        if named:
            resolver.how[token.i] = "title"
            return named
        # (a plural role with no number is several people, never the one holder: "thanked the
        # independent directors")
        several = token.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in children(token))
        found = None if several else _holder(lexicon.title_canon.get(title, title), holders, seen, resolver.entities)
        if found is None and not several:
            found = named_after_lede(token, resolver)
            if found is not None:  # (so "the outgoing chairman" later in the story is the same one)
                holders.setdefault(lexicon.title_canon.get(title, title), []).append(found)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
        return ()
    kind = lexicon.generic_referents.get(lemma)
    if kind and token.is_title and token.i > sentence_of(token).start and pos == "PROPN":
        return ()  # "the Vietnam Professional League": a capitalised word inside a name is not "the league"
    # The name right after the noun ("The shareholder group Sentinel Investors, led by ...") or in
    # apposition to it ("The company, Gulfstar Refining Partners, said") is what it means, not the
    # organisation named before
    beside = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) and resolver.how.get(token.i + 1) == "name" else []
    for near in beside + [c for c in children(token) if c.dep_ == "appos" and c.i > token.i] if kind else ():
        named = {i for i in resolver.resolve(near) if resolver.entities[i].type == kind}
        if len(named) == 1:
            resolver.how[token.i] = "title"
            return (named.pop(),)
    if kind and tag != "NNS":  # ("the neighbourhood resistance committees": several, none named)
        found = _salient_of_type(token, resolver, seen, sent_of, kind, lexicon)
        if found is not None:
            resolver.how[token.i] = "title"
            return (found,)
    if not kind and tag == "NN" and dep == "poss" and lower not in lexicon.place_kinds:
        # "the terminal's managing director" of "Orwell Haven Terminals", "the distillery's owner" of
        # "Hollis Creek Distillery": the one organisation whose name ends in the noun
        named = [i for i, e in enumerate(resolver.entities) if e.type == "ORG" and " " in e.name
                 and e.name.split()[-1].lower() in (lower, lower + "s", lower + "es")]
        if len(named) == 1:
            resolver.how[token.i] = "title"
            return (named[0],)
    return ()


def _unnamed_subject(token, resolver: Resolver, lexicon: Lexicon) -> bool:
    """Return True when "it" is the organisation its sentence's subject describes without naming
    ("The club's main supporters' federation ... taking a swipe at X, whom it accused": not the club)."""
    root = token
    while root.head.i != root.i:
        root = root.head
    # (and no organisation named in between: "The ministry said she had praised [the association's
    # leader]... its leader")
    return any(c.dep_ == "nsubj" and c.i < token.i and c.pos_ == "NOUN"
               and lexicon.generic_referents.get(c.lemma_.lower()) == "ORG" and not resolver.refs.get(c.i)
               and not any(resolver.entities[e].type == "ORG" for k in range(c.i + 1, token.i)
                           for e in resolver.refs.get(k, ()))
               for c in children(root))


def _lede_role(token, holders: dict[str, list[int]], lexicon: Lexicon) -> int | None:
    """Return whom the lede describes by a role only, when one person of the story holds it: "A St.
    Louis alderwoman on Wednesday accused the city's budget director ..." is the "Alderwoman Denise
    Okafor" and the "Budget Director Paul Hentges" the next sentences name."""
    lede = opening(token.doc)
    if not lede or not lede[0].i <= token.i <= lede[-1].i or any(c.lower_ == "former" for c in lefts(token)):
        return None  # (not "a former director": the past post is rarely the title the story gives)
    title = _title_of(token, lexicon)
    found = holders.get(lexicon.title_canon.get(title, title), []) if title else []
    return found[0] if len(found) == 1 else None


def named_after_lede(token, resolver, kind: str = "PERSON") -> int | None:
    """Return whom a lede's subject describes by an untitled role, when the next sentence opens by
    naming a person with no title of their own: "The president of X side Y has threatened to
    withdraw the club ... Ermanno Ceccoli, 59, ... said" (or an organisation the lede did not
    name: "A cocoa growers' cooperative threatened to halt deliveries to X ... Coopercabruca,
    which groups 900 producers, accuses X ...")."""
    lede = opening(token.doc)
    if not lede or not lede[0].i <= token.i <= lede[-1].i or token.dep_ not in ("nsubj", "nsubjpass") \
            or any(c.lower_ == "former" for c in lefts(token)):
        return None
    after = lede[-1].i + 1
    if after >= len(token.doc):
        return None
    sent = sentence_of(token.doc[after])
    subjects = [c for c in children(sent.root) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or resolver.method(subjects[0]) != "name" or subjects[0].left_edge.i != sent.start:
        return None
    found = resolver.resolve(subjects[0])
    if len(found) != 1 or resolver.entities[found[0]].type != kind or resolver.entities[found[0]].titles:
        return None
    if kind != "PERSON" and any(found[0] in resolver.refs.get(t.i, ()) for t in lede):
        return None  # (one the lede named is another party: "A union threatened to strike at X. X said ...")
    return found[0]


def _aged_person(token, resolver, seen, sent_of) -> int | None:
    """Return the person "the N-year-old" means: the one person the story gave that age ("Costigan,
    27,"), else the one named last within two sentences who is not the clause's own subject
    ("Harrower praised the 27-year-old's attitude" is not about Harrower)."""
    doc = tokens(token.doc)
    age = next((t.text for t in doc[token.left_edge.i : token.i] if t.like_num), None)
    aged = {i for t in (doc if age else ()) if t.text == age and t.i >= 2 and doc[t.i - 1].text == ","
            and t.i + 1 < len(doc) and doc[t.i + 1].text in (",", ".", ";")
            for i in resolver.refs.get(t.i - 2, ()) if resolver.entities[i].type == "PERSON"}
    if len(aged) == 1:
        return aged.pop()
    phrase = token.head if token.dep_ == "poss" else token
    exclude = set()
    if phrase.dep_ in ("dobj", "pobj", "dative"):
        exclude = {i for c in clause_subject(phrase) for i in resolver.refs.get(c.i, ())}
    elif phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.dep_ == "ccomp":
        # "X warned that the 23-year-old would be frozen out": the one a speaker reports on, not the speaker
        exclude = {i for c in clause_subject(phrase.head) for i in resolver.refs.get(c.i, ())}
    # (nor one a "whose" clause in its own sentence names in passing: "McKinnon, whose son-in-law
    # Brandt managed Lindqvist's campaign, said she had sat down with the 39-year-old")
    passing = {x[0] for x in seen if sent_of[x[0]] == sent_of[token.i] and x[0] < token.i
               and any(a.dep_ == "relcl" and a.i < token.i and any(w.lower_ == "whose" for w in a.subtree)
                       for a in doc[x[0]].ancestors)}
    seen = [x for x in seen if x[1] not in exclude and x[0] not in passing]
    # (one named earlier in its own sentence first: "Harrower, who had backed Costigan, praised the
    # 27-year-old's attitude")
    here = [x[1] for x in seen if sent_of[x[0]] == sent_of[token.i] and x[0] < token.i
            and resolver.entities[x[1]].type == "PERSON" and doc[x[0]].dep_ in _ARGUMENTS]
    if here and exclude:
        return here[-1]
    # (of the people named within two sentences, one the story names twice as often as each other is
    # whom it is about: "X threw his weight behind the 61-year-old" after a sentence whose subject
    # only accuses the minister the whole story is on)
    near = {x[1] for x in seen if x[0] < token.i and sent_of[token.i] - sent_of[x[0]] <= 2
            and resolver.entities[x[1]].type == "PERSON"}
    if len(near) > 1:
        said = {(x[0], x[1]) for x in seen}
        counts = Counter(x[1] for x in seen if x[0] < token.i and x[1] in near
                         and (x[0] - 1, x[1]) not in said)  # (a name's words once)
        (top, most), (_, next_most) = (counts.most_common(2) + [(None, 0)] * 2)[:2]
        if top is not None and most >= 2 * next_most:
            return top
    return latest_of_type(token, resolver, seen, sent_of, "PERSON", window=2)


def _clause_pair(token, resolver) -> tuple[int, ...]:
    """Return the subject and object of the clause before "and the two ..." in one sentence:
    "X had courted Y, and the two spoke by phone"."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return ()
    first = verb.head
    if verb.dep_ == "ccomp" and token.left_edge.i > 0 and resolver.doc[token.left_edge.i - 1].lower_ == "and":
        # (two clauses a report joins: "X sent a text to Y, and the two spoke by phone, Z said")
        first = next((c for c in reversed(list(children(verb.head))) if c.dep_ == "ccomp" and c.i < token.i), None)
        if first is None:
            return ()
    # (or a clause hung on it: "X endorsed Y after the two met in Wausau")
    elif verb.dep_ not in ("conj", "advcl") or verb.head.i >= token.i:
        return ()
    # (the one a message went to counts as its object: "X sent a text message to his partner, Y, and
    # the two spoke by phone")
    to = [o for p in children(first) if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with") for o in children(p)
          if o.dep_ == "pobj"]
    ends = []
    for dep in (("nsubj",), ("dobj", "dative")):
        # "The liberal candidate, NAME, had courted Y": a phrase stands for its apposition's name
        heads = [c for c in children(first) if c.dep_ in dep]
        found = {i for c in heads for a in (c, *(g for g in children(c) if g.dep_ == "appos"))
                 for i in resolver.resolve(a) if resolver.entities[i].type == "PERSON"}
        if not found and dep != ("nsubj",):
            found = {i for c in to for a in (c, *(g for g in children(c) if g.dep_ == "appos"))
                     for i in resolver.resolve(a) if resolver.entities[i].type == "PERSON"}
        if len(found) != 1:
            return ()
        ends.append(found.pop())
    return tuple(ends) if ends[0] != ends[1] else ()


def _pair_in_a_sentence(token, seen, sent_of, resolver, kind: str, gender: str = "") -> tuple[int, ...]:
    """Return the two entities of ``kind`` the nearest earlier sentence naming more than one of them
    names ("He met Dossou-Yovo for talks. The minister said she had telephoned both men"), within
    two sentences; () when that sentence names three or more."""
    here = sent_of[token.i]
    by_sentence: dict[int, list[int]] = {}
    for position, index, _ in seen:
        number = sent_of[position]
        if here - 2 <= number < here and resolver.entities[index].type == kind \
                and not (gender and resolver.entities[index].gender not in ("", gender)) \
                and not any(a.dep_ == "relcl" for a in resolver.doc[position].ancestors):
            # (the people the sentence is about: not "X, whose late father Y founded the company")
            found = by_sentence.setdefault(number, [])
            if index not in found:
                found.append(index)
    for number in sorted(by_sentence, reverse=True):
        if len(by_sentence[number]) > 1:
            return tuple(by_sentence[number]) if len(by_sentence[number]) == 2 else ()
    return ()


def _pair_here(token, seen, sent_of, resolver, kind: str, lexicon: Lexicon) -> tuple[int, ...]:
    """Return the two entities of ``kind`` its own sentence names before "the two men", when it names
    just two ("Y, who had counted on X's support since the two men sat down for lunch"), not counting
    who reports it ("X's spokesman, Y, said the two men had met": neither is one of them)."""
    speaking = [a.head if a.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in children(a)) else a
                for a in token.ancestors if a.lemma_.lower() in lexicon.speech_verbs]
    reporters = {t.i for a in speaking for c in children(a) if c.dep_ == "nsubj" for t in c.subtree}
    found = list(dict.fromkeys(index for position, index, _ in seen if position < token.i and position not in reporters
                               and sent_of[position] == sent_of[token.i] and resolver.entities[index].type == kind))
    return tuple(found) if len(found) == 2 else ()


def _last_two(token, seen, sent_of, resolver, kind: str = "PERSON") -> tuple[int, ...]:
    """Return the two people (or entities of ``kind``) named last, within two sentences: "the two"
    after "X thanked Y"."""
    here = sent_of[token.i]
    found: list[int] = []
    for position, index, _ in reversed(seen):
        if here - sent_of[position] > 2:
            break
        if sent_of[position] < here and index not in found and resolver.entities[index].type == kind:
            found.append(index)
        if len(found) == 2:
            return (found[1], found[0])
    return ()


def _title_of(token, lexicon: Lexicon) -> str:
    """Return the title a definite noun phrase names ("the former vice president" -> "vice president",
    "the guard" -> "guard" once "guard DeShawn Mitchell" was written)."""
    f, before = facts(token.doc), lefts(token)  # (asked of every definite noun: plain lists)
    first = min((c.i for c in before if f.dep[c.i] in ("compound", "amod", "punct")), default=token.i)
    written = text_of(token.doc, first, token.i + 1).lower()
    if "-" in written and written in lexicon.titles:
        return written  # "the mayor-elect", split by the tokenizer into "mayor - elect"
    words = [f.lower[c.i] for c in before if f.dep[c.i] in ("compound", "amod") and f.lower[c.i] != "former"]
    if any(w in lexicon.deputy_words for w in words):
        return _longest_title(words, token, lexicon)  # "the vice governor" is no governor, nor a "vice"
    title = _longest_title(words, token, lexicon)
    if title:
        return title
    lemma = token.lemma_.lower()
    return lemma if lemma in lexicon.person_descriptors else ""


def _longest_title(words: list[str], token, lexicon: Lexicon) -> str:
    """Return the longest title the noun and the words before it end with ("" when a word such as
    "vice" or "deputy" would be dropped from it: a vice governor holds another office)."""
    for size in range(len(words), -1, -1):
        phrase = " ".join(words[len(words) - size :] + [token.lower_])
        if phrase in lexicon.titles:
            return "" if size < len(words) and words[len(words) - size - 1] in lexicon.deputy_words else phrase
    return ""


def _title_holders(entities: list[DocEntity], canon: dict[str, str],
                   positions: frozenset[str] = frozenset()) -> dict[str, list[int]]:
    """Return, per title (one key for titles of one office), the entities that hold it in the document;
    whoever plays a position (``positions``) is also "the player"."""
    holders: dict[str, list[int]] = {}
    for index, entity in enumerate(entities):
        if entity.type != "PERSON":
            continue  # "the governor of Minas Gerais" gives the place no title: offices are people's
        if positions.intersection(entity.titles):
            holders.setdefault("player", []).append(index)  # "wicketkeeper X ... backed the player"
        for title in entity.titles:
            title = canon.get(title, title)
            holders.setdefault(title, []).append(index)
            stripped = title.removeprefix("former ")
            if stripped != title:
                holders.setdefault(stripped, []).append(index)
    return holders


def _holder(title: str, holders: dict[str, list[int]], seen, entities) -> int | None:
    """Return the holder of a title: the only one, else the most mentioned, else the latest named."""
    candidates = holders.get(title, [])
    # "the minister" for the one "former finance minister" of the story; and "the commissioner"
    # is as much the "county commissioner" named before it as a "Fellow Commissioner" named after
    wider = sorted({i for held, found in holders.items() if held.endswith(" " + title) for i in found})
    named = {index for _, index, _ in seen}
    if not candidates or len(candidates) == 1 and candidates[0] not in named \
            and any(i != candidates[0] and i in named for i in wider):
        candidates = sorted(set(candidates) | set(wider))
    if len(candidates) == 1:
        return candidates[0]
    recency = {}
    for order, (_, index, _) in enumerate(reversed(seen)):
        if index in candidates:
            recency.setdefault(index, order)
    if not recency:
        return None
    return max(recency, key=lambda i: (entities[i].mentions, -recency[i]))


def _appositive_titles(doc, resolver: Resolver, lexicon: Lexicon, entities: list[DocEntity]) -> None:
    """Add titles given in apposition ("X, the mayor of Y") to the entities' titles."""
    dep = facts(doc).dep
    for token in tokens(doc):
        if dep[token.i] == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
            _as_title(token, resolver, lexicon, entities)
            continue
        if dep[token.i] != "appos":
            continue  # (most words: this runs on every word of the story)
        if token.i in resolver.refs:
            # "The Minister for Housing, Fionnuala Brannigan,": the title comes first, the name after
            owner, title = resolver.refs[token.i], ""
            # "The Minister for Housing, X," and "a spokeswoman for the governor, X,": the parser hangs
            # the name on the last noun, but the title is the one the phrase begins with.
            noun = token.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
            if noun.i not in resolver.refs and resolver.how.get(token.i) == "name" \
                    and len(owner) == 1 and entities[owner[0]].type == "PERSON":
                title = _title_of_appos(noun, lexicon)
        else:
            owner = resolver.refs.get(token.head.i)
            title = _title_of_appos(token, lexicon) if owner else ""
        if not owner or len(owner) != 1:
            continue
        if title:
            entity = entities[owner[0]]
            if title not in entity.titles:
                entities[owner[0]] = DocEntity(**{**entity.__dict__, "titles": (*entity.titles, title)})


def _as_title(token, resolver: Resolver, lexicon: Lexicon, entities: list[DocEntity]) -> None:
    """Add the title an "as" phrase gives the one a verb or noun of appointing acts on ("named X as
    chief executive", "the removal of X as chief executive"): a later "the chief executive" is X."""
    holder = token.head.head
    if holder.pos_ == "VERB":
        people = [c for c in children(holder) if c.dep_ == "dobj"]
    elif holder.pos_ == "NOUN":
        people = [o for p in children(holder) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
                  if o.dep_ == "pobj"]
        people += [a for o in people for a in children(o) if a.dep_ == "appos"]
    else:
        return
    owners = {i for t in people for i in resolver.refs.get(t.i, ()) if entities[i].type == "PERSON"}
    title = _title_of_appos(token, lexicon)
    if len(owners) == 1 and title:
        index = owners.pop()
        if title not in entities[index].titles:
            entities[index] = DocEntity(**{**entities[index].__dict__, "titles": (*entities[index].titles, title)})


def _title_of_appos(token, lexicon: Lexicon) -> str:
    """Return the title an appositive noun names, if any."""
    return _longest_title([c.lower_ for c in lefts(token) if c.dep_ in ("compound", "amod")], token, lexicon)


def _salient_of_type(token, resolver, seen, sent_of, kind: str, lexicon: Lexicon,
                     noun: str = "", skip: frozenset[int] | set[int] = frozenset()) -> int | None:
    """Return the entity "the company" means: of that type, named recently, the most mentioned.

    A specific noun ("the union", "the bank") prefers an organisation with that word in its
    name, and with several candidates and none so named it resolves to nothing. ``noun`` is the
    referent noun the token stands for, when not its own ("management" is "the company"); the
    ``skip`` entities are never the answer.
    """
    here = sent_of[token.i]
    distance: dict[int, int] = {}
    for position, index, _ in reversed(seen):
        if position < token.i and resolver.entities[index].type == kind and index not in skip:
            distance.setdefault(index, here - sent_of[position])
    noun = noun or token.lemma_.lower()  # (or the noun it stands for: "management" is "the company")
    if not distance:
        return _named_next(token, resolver, sent_of, kind, noun, lexicon) if here <= 1 else None
    modifiers = list(children(token))
    if token.dep_ == "compound" and token.i > 0 and token.doc[token.i - 1].head.i == token.head.i:
        modifiers.append(token.doc[token.i - 1])  # ("National team coach X": the parser hung "National" on "coach")
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.is_title
                                               or c.lower_ in lexicon.contrast_modifiers) for c in modifiers):
        # "the Andalusian club", "the national team": another one than the story's, which a place
        # word may still pick out ("the Spanish group": the one group named besides the story's own)
        if not any(c.ent_type_ in ("NORP", "GPE") for c in modifiers):
            return None
        return _other_of_kind(token, resolver, seen, distance, noun, lexicon)
    def fits(i: int) -> bool:
        # no referent noun means the messaging service a message went by ("a WhatsApp message sent by
        # the club's general secretary"); a news organisation by its name is "the paper" or "the
        # company", never "the team" or "the party"; one the text introduced as an outlet is not "the
        # company" either ("the sports daily X reported that the club's sponsor ...; the company
        # continued to support the club")
        name = resolver.entities[i].name
        if name.lower() in lexicon.channels:
            return False
        if name.split()[-1].lower() in lexicon.media_words:
            return noun in lexicon.media_referents or i not in resolver.audience and (
                noun in lexicon.business_referents or noun in lexicon.general_referents)
        return i not in resolver.news or noun not in lexicon.business_referents

    distance = {i: d for i, d in distance.items() if fits(i)}
    if not distance:
        return None
    if noun in lexicon.business_referents:
        # "the company" is no union, party or league, whatever else the story names (by its name or
        # by the noun the text put beside it: "the IG Metall union")
        kinds = {i: _kinds(resolver.entities[i].name, lexicon) | resolver.described.get(i, set()) & lexicon.party_kinds
                 for i in distance}
        distance = {i: d for i, d in distance.items() if not kinds[i]
                    or (_head_kinds(resolver.entities[i].name, lexicon) or kinds[i]) & lexicon.business_referents}
        if not distance:
            return None
    if noun in lexicon.country_referents:
        # "the country" is one the story names, not a city or a district
        distance = {i: d for i, d in distance.items() if resolver.entities[i].name.casefold() in lexicon.countries}
        if not distance:
            return None
    answers = {noun} | lexicon.referent_names.get(noun, frozenset())
    if noun not in lexicon.general_referents:
        # "the coalition" is not "his X faction", "the party" not "the Skai broadcaster": what the
        # text said an organisation is must fit the noun
        family = lexicon.business_referents if noun in lexicon.business_referents else answers
        distance = {i: d for i, d in distance.items() if not resolver.described.get(i) or resolver.described[i] & family}
        if not distance:
            return None
    # (a business noun is answered by any trade the text introduced a name with: "the firm" is "auto
    # supplier X", not the union the story also names; not by "group", "company": "environmental group X")
    said = {noun} | lexicon.trades if noun in lexicon.business_referents \
        else {noun} if noun in lexicon.general_referents else answers
    named = {i: d for i, d in distance.items()
             if answers & _own_words(resolver.entities[i].name, lexicon)
             or said & (resolver.introduced.get(i, set()) | (resolver.described.get(i, set()) - lexicon.member_nouns))}
    if named:
        distance = named
    elif noun in lexicon.named_referents:
        return None
    elif noun not in lexicon.general_referents:
        # "the league" is not "Hanoi Lotus FC": a name that says its kind must say this one (a
        # movement, alliance or bloc is a party: "the party's executive committee"); of the rest,
        # a party may be the one name of no other kind ("the party" is the "National Renewal
        # Movement", not the "Highland Mayors Association"): parties are seldom named for what they are
        # (and "the union" is none the text called "the company" before)
        kindless = {i: d for i, d in distance.items() if not (
            _kinds(resolver.entities[i].name, lexicon) - (lexicon.party_kinds if noun == "party" else set()))}
        if len(kindless) > 1 and noun in lexicon.member_nouns:
            # "the club's chief executive" with the club and an agency named: the story's own club
            kindless = {i: d for i, d in kindless.items() if i in principal_organisation(resolver)}
            distance = kindless or distance
        if len(kindless) != 1 or len(distance) > 1 and noun != "party" \
                or noun in lexicon.party_kinds and _called(token, resolver, seen, next(iter(kindless))) & lexicon.trades:
            return None
        distance = kindless
    if token.dep_ in ("dobj", "pobj"):
        # "Seven Mile Trust's chief executive, X, criticised the company": not the subject's own
        verb = token.head if token.dep_ == "dobj" else token.head.head
        # (a post's organisation only: "X's largest investor, Y, threatened the company" may mean X)
        own = {i for c in children(verb) if c.dep_ == "nsubj" and _title_of(c, lexicon)
               for t in children(c) if t.dep_ == "poss" for i in resolver.resolve(t)}
        if own and set(distance) - own:
            distance = {i: d for i, d in distance.items() if i not in own}
    # Salience: mentions in the document, discounted by how long ago it was last named; on a tie,
    # the one that has been a subject ("Sportivo Paraná sacked X after a defeat to Deportivo Laguna").
    # (mentions so far: "Al-Rashidi Logistics said it held talks with Bahr Al-Khair Shipping. The
    # company's chief executive ... met Bahr Al-Khair chairman Y": a later name does not make it "the company")
    so_far: Counter = Counter()
    subjects: set[int] = set()
    here_subjects: set[int] = set()
    for position, index, subject in seen:
        if position < token.i:
            so_far[index] += 1
            if subject:
                if sent_of[position] == 0 and index not in subjects and _main_clause(resolver.doc[position]):
                    so_far[index] += 2  # the lede's subject is what the story is about
                subjects.add(index)
                if sent_of[position] == here and index in distance:
                    here_subjects.add(index)
    if len(here_subjects) == 1:
        return here_subjects.pop()  # "Kōyō Denki rejected the criticism, and company spokeswoman X said"
    return max(distance, key=lambda i: ((so_far[i] + (i in subjects)) / (1 + 0.3 * distance[i]), i in subjects,
                                        -distance[i]))


def _plural_body_subject(token, resolver) -> int | None:
    """Return the organisation a possessive "their" means when its own sentence's subject is one
    named in the plural: "The Greens ... have declined to back either candidate, and their local
    spokeswoman, X, said" (a party or side named for its members)."""
    if token.dep_ != "poss":
        return None
    sent = sentence_of(token)
    found = {i for t in resolver.doc[sent.start : token.i] if t.dep_ in ("nsubj", "nsubjpass")
             for i in resolver.refs.get(t.i, ()) if resolver.entities[i].type == "ORG"
             and resolver.entities[i].name.endswith("s") and resolver.how.get(t.i) == "name"}
    return found.pop() if len(found) == 1 else None


def _main_clause(token) -> bool:
    """Return True for a subject of the sentence's main verb (or a verb joined to it), not of a
    clause inside it ("X threatened to close the plant unless [the union] accepts")."""
    verb = token.head.head.head if _in_subject(token) else token.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _other_of_kind(token, resolver, seen, distance: dict[int, int], noun: str, lexicon: Lexicon) -> int | None:
    """Return the one organisation the text introduced with a referent's noun that is not the
    story's most mentioned one ("Conserverie X agreed to sell a stake to seafood group Y ... the
    Spanish group": Y; a name's own words will not do: "the French club" is no "SC X")."""
    mentioned = Counter(index for position, index, _ in seen if position < token.i and index in distance)
    own = max(mentioned, key=lambda i: (mentioned[i], -distance[i]))
    found = [i for i in distance if i != own and noun in resolver.introduced.get(i, set())]
    return found[0] if len(found) == 1 else None


def _named_next(token, resolver, sent_of, kind: str, noun: str, lexicon: Lexicon) -> int | None:
    """Return the one organisation a story's opening "the union ..." names in the next two sentences.

    News ledes describe before they name: "The union representing 6,200 engineers threatened to
    strike ... Martine Gagnon-Leclerc, president of the Canadian Rail Operators Union, said".
    Only a specific noun that the name itself contains, and only one such name, will do.
    """
    if noun in lexicon.general_referents:
        return None
    answers = {noun} | lexicon.referent_names.get(noun, frozenset())
    limit = sent_of[token.i] + 2
    found = {index for i, refs in resolver.refs.items() if i > token.i and sent_of.get(i, limit + 1) <= limit
             and resolver.how.get(i) == "name" for index in refs
             if resolver.entities[index].type == kind and answers & set(resolver.entities[index].name.lower().split())}
    return found.pop() if len(found) == 1 else None


def _own_words(name: str, lexicon: Lexicon) -> set[str]:
    """Return the words of a name but those of a country named in it: the "United States Hockey
    League" is no club for its "United"."""
    return set(_words_past_countries(name.lower(), lexicon.countries))


@lru_cache(maxsize=4096)
def _words_past_countries(lower: str, countries: frozenset[str]) -> tuple[str, ...]:
    """Return the words of a lower-cased name that are no part of a multi-word country in it (cached:
    asked for every organisation a referent noun may mean)."""
    words = lower.split()
    inside = {w for country in countries if " " in country and country in lower for w in country.split()} \
        if len(words) > 2 else set()
    return tuple(w for w in words if w not in inside)


def _called(token, resolver: Resolver, seen, index: int) -> set[str]:
    """Return the referent nouns (lemmas) the text called an entity by before ``token``."""
    toks = tokens(resolver.doc)
    return {toks[position].lemma_ for position, i, _ in seen
            if i == index and position < token.i and resolver.how.get(position) == "title"}


def _head_kinds(name: str, lexicon: Lexicon) -> set[str]:
    """Return the referent nouns the last word of a name answers to: the kind it ends with rules
    (the "National Company Law Tribunal" is a court, not a company)."""
    return _kinds(name.split()[-1], lexicon) if name.split() else set()


def _kinds(name: str, lexicon: Lexicon) -> set[str]:
    """Return the referent nouns a name answers to ("Hanoi Lotus FC" -> club, team, side)."""
    words = set(name.lower().split())
    return {noun for noun, answers in lexicon.referent_names.items() if (answers | {noun}) & words}


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _couple_before(token, resolver, lexicon: Lexicon) -> tuple[int, ...]:
    """Return the couple a "their" right after "his wife, Yukiko," means in its own sentence: the
    one "his" is and the spouse the text names ("spend more time with his wife, Yukiko, and their
    son Daiki")."""
    sentence = sentence_of(token)
    for noun in reversed(tokens(token.doc)[sentence.start : token.i]):
        if noun.lower_ not in lexicon.spouse_nouns:
            continue
        owner = [i for c in children(noun) if c.dep_ == "poss" for i in resolver.refs.get(c.i, ())]
        named = {i for c in children(noun) if c.dep_ in ("appos", "compound")
                 for i in resolver.refs.get(c.i, ()) if resolver.entities[i].type == "PERSON"}
        if len(owner) == 1 and len(named) == 1 and owner[0] not in named \
                and resolver.entities[owner[0]].type == "PERSON":
            return (owner[0], named.pop())
        return ()
    return ()


def _recent_pair(token, resolver, sent_of, kind: str = "", size: int = 0) -> tuple[int, ...]:
    """Return the entities most recently named together ("X and Y", "between X and Y", "A, B and C"),
    of one ``kind`` and ``size`` when given."""
    here = sent_of[token.i]
    toks, dep = tokens(resolver.doc), facts(resolver.doc).dep  # (a walk back over up to two sentences)
    places: tuple[int, ...] = ()
    for i in range(token.i - 1, -1, -1):
        if here - sent_of[i] > 1:
            break
        if dep[i] != "conj":
            continue
        head = toks[i].head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # the list's first member
        members = [head, *[c for c in head.conjuncts if c.i > head.i]]
        named = [_named(m, resolver) for m in members]
        if any(len(n) != 1 for n in named) or len({n[0] for n in named}) != len(named):
            if not kind and any(not n and m.tag_ == "NNS" for m, n in zip(members, named)):
                break  # "met X and three other captains and praised them": that later list
            continue
        group = tuple(n[0] for n in named)
        kinds = {resolver.entities[g].type for g in group}
        if size and len(group) != size or kind and kinds != {kind}:
            continue
        if kinds <= {"PERSON", "ORG", "NORP"}:
            return group
        if kinds == {"GPE"} and not places:
            places = group  # "the mayors of A, B and C, [names], said they ...": people before places
    return places


def _named(token, resolver: Resolver) -> tuple[int, ...]:
    """Return what a token names, or what its apposition names ("his brother, Felix Ashcombe")."""
    found = resolver.refs.get(token.i, ())
    if not found:
        for child in children(token):
            if child.dep_ == "appos":
                found = resolver.refs.get(child.i, ())
                if found:
                    break
    return found
