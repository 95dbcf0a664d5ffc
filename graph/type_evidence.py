"""What a name and the words around it say about its type.

NER on news from many countries mistypes names often: a club tagged a place, a party a
location, a woman's name an organisation. These tests read the evidence a reader uses
instead ("the ruling X party", "the mayor of X", "X fired coach Y", "striker X", "X, 29,",
a given name and a surname) and graph/mentions.py applies them to each NER span.
"""

from __future__ import annotations

from graph.lexicon import Lexicon
from graph.tokens import children, facts, opens_sentence, text_of, tokens


def is_person_name(words: list[str], lexicon: Lexicon, place: bool = False) -> bool:
    """Return True when a two- or three-word name reads as a person's: a given name, then a surname.

    Our curated given names are enough, and so is a broad-list name of one gender that is
    no dictionary word ("Paola"); a name that is also a word or a place ("Long", "Sierra")
    needs the other words to be no dictionary or organisation words ("Long Beach",
    "Sierra Leone" stay what NER said).
    """
    if not 2 <= len(words) <= 3:
        return False
    first = words[0].casefold().strip(".")
    if first in lexicon.first_names:
        return True
    gender = lexicon.given_name_gender(words[0])
    if not lexicon.common_words or gender is None:
        return False
    rest = [w.casefold().strip(".") for w in words[1:]]
    if any(w in lexicon.generic_org_words for w in rest):
        return False
    if gender and first not in lexicon.common_words:
        return True  # "Paola Greco": a given name of one gender that is no dictionary word itself
    if place:
        return False  # "Santa Barbara": a place NER named is not re-read on a word-like given name
    return all(w.isalpha() or "-" in w or "'" in w for w in rest) and not any(
        w in lexicon.common_words or w.rstrip("s") in lexicon.common_words or w in lexicon.generic_org_words
        for w in rest
    )


def lone_argument(token, lexicon: Lexicon) -> bool:
    """Return True for one capitalised proper noun that is a verb's subject or object."""
    lower = token.lower_
    if opens_sentence(token) and lower.endswith("s") and lower[:-1] in lexicon.common_words:
        return False  # ("Dockworkers at the port threatened ...": a plural noun a sentence opens with)
    return token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ == "VERB" and token.is_title \
        and token.is_alpha and len(token) > 2 and lower not in lexicon.titles and lower not in lexicon.portfolios \
        and lower not in lexicon.junk_names and not token.is_stop


def brand_like(words) -> bool:
    """Return True for one word written like a brand: a capital inside it ("TalaTV", "SkyDabba")."""
    return len(words) == 1 and words[0].text.isalpha() and any(c.isupper() for c in words[0].text[1:]) \
        and not words[0].text.isupper()


def acronym_after_descriptor(toks, k: int, lexicon: Lexicon) -> bool:
    """Return True for an acronym the tagger read as a common noun after a word that introduces an
    organisation ("the antitrust regulator CADE")."""
    text = toks[k].text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and k > 0 \
        and toks[k - 1].lower_ in lexicon.org_descriptors


def hyphen_inside(toks, i: int) -> bool:
    """Return True when token ``i`` is a hyphen written between two words with no space ("Lawal-Dike")."""
    return 0 < i < len(toks) - 1 and toks[i].text == "-" and not toks[i - 1].whitespace_ \
        and not toks[i].whitespace_ and toks[i + 1].text[:1].isupper()


def given_name_half(toks, i: int, lexicon: Lexicon) -> bool:
    """Return True when token ``i`` is a hyphen before the lower-case half of a given name written
    with no spaces ("Ji-hoon", "Seo-yeon"): a short word that is no dictionary word ("Castlebar-based")."""
    if not 0 < i < len(toks) - 1 or toks[i].text != "-" or toks[i - 1].whitespace_ or toks[i].whitespace_:
        return False
    half = toks[i + 1]
    return toks[i - 1].text[:1].isupper() and half.is_lower and half.is_alpha and len(half) <= 5 \
        and half.lower_ not in lexicon.common_words


def age_follows(doc, end: int) -> bool:
    """Return True when ", AGE," follows a name ("Solbakken, 29,")."""
    f = facts(doc)
    if end + 2 >= len(doc) or f.text[end] != "," or f.text[end + 2] != ",":
        return False
    age = f.text[end + 1]
    return age.isdigit() and 14 <= int(age) <= 110


def who_follows(doc, start: int, end: int) -> bool:
    """Return True when ", who" follows a name ("Arsène Ngoma-Mabiala, who founded the firm"):
    news writes "which" or "that" after an organisation or a place. Not a name in a preposition's
    phrase: "the member for Manhyia North, who declared", "X of the Social Democrats, who warned"
    are the person's before it."""
    f = facts(doc)
    before = start - 1 if start > 0 and f.lower[start - 1] != "the" else start - 2
    return end + 1 < len(doc) and f.text[end] == "," and f.lower[end + 1] == "who" \
        and not (before >= 0 and f.pos[before] == "ADP")


def which_follows(doc, end: int) -> bool:
    """Return True when ", which" follows a name ("Autopartes del Bravo, which makes wiring
    harnesses"): news writes "who" after a person."""
    f = facts(doc)
    return end + 1 < len(doc) and f.text[end] == "," and f.lower[end + 1] == "which"


def role_follows(doc, end: int, lexicon: Lexicon) -> bool:
    """Return True when a person's role stands in apposition after a name ("X, president of Y,")."""
    toks, f = tokens(doc), facts(doc)
    if end + 1 >= len(doc) or f.text[end] != ",":
        return False
    k = end + 1
    while k < min(len(doc), end + 6) and (
            toks[k].is_lower and f.pos[k] in ("DET", "ADJ", "NOUN", "NUM", "PART")
            and f.lower[k] not in lexicon.titles and f.lower[k] not in lexicon.person_descriptors
            and f.lower[k] != "whose"  # ("the X Party, whose president, Y,": the role is someone else's)
            or f.pos[k] == "PROPN" and k + 1 < len(doc) and f.lower[k + 1] in ("'s", "’s")):
        k += 1  # "a former", "the party's", "CADE's general": skip the role's modifiers
    if k >= len(doc) or not toks[k].is_lower or k + 1 >= len(doc):
        return False
    role = f.lower[k]
    after = toks[k + 1]
    return (role in lexicon.titles or role in lexicon.person_descriptors) and (
        after.is_punct or after.lower_ in ("of", "for", "at", "to", "with"))


#: Organisation nouns that follow a place's name only when it names the organisation:
#: "the Morena party" is a party, but "the Manchester club" is a club in Manchester.
_PLACE_KINDS = frozenset({"party", "movement"})


def town_of_named(doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Return True for a name that modifies an organisation noun in apposition to a name before it
    ("Campos Gerais, the Ponta Grossa club"): the named organisation's town, not another one."""
    if end >= len(doc):
        return False
    noun = tokens(doc)[end]
    return noun.is_lower and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < start \
        and lexicon.generic_referents.get(noun.lower_) == "ORG" and tokens(doc)[end - 1].head.i == end


def kind_follows(doc, start: int, end: int, label: str, lexicon: Lexicon) -> bool:
    """Return True when a place-tagged name is the modifier of an organisation noun ("the Golkar party")."""
    if end >= len(doc) or town_of_named(doc, start, end, lexicon):
        return False
    noun = tokens(doc)[end]
    if not (noun.is_lower and noun.pos_ == "NOUN" and noun.tag_ == "NN") or tokens(doc)[end - 1].head.i != end:
        return False
    kinds = _PLACE_KINDS if label == "GPE" else {w for w, kind in lexicon.generic_referents.items() if kind == "ORG"}
    return noun.lower_ in kinds


def leaning_before(doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Return True for a name after "the" and a political leaning, heading its own phrase ("of
    the centre-right Fólkaflokkurin", "the opposition Sambandsflokkurin"): a party's name."""
    f = facts(doc)
    if end < len(doc) and f.pos[end] in ("NOUN", "PROPN"):
        return False  # ("the conservative Texas senator": the name qualifies a noun)
    for det in range(start - 1, max(start - 5, -1), -1):
        if f.lower[det] in ("the", "his", "her", "their", "its"):
            return det < start - 1 and text_of(doc, det + 1, start).lower() in lexicon.party_leanings
    return False


def kind_apposed(doc, start: int, end: int, lexicon: Lexicon, person: bool = False) -> bool:
    """Return True when an organisation noun stands in apposition after the name ("Common Ground
    Milwaukee, the tenant group that backed her,"): the text says what it is.

    A name NER called a person needs the noun to be followed by "that"/"which" ("X, a property
    developer whose company ..." is a person who develops property).
    """
    toks, f = tokens(doc), facts(doc)
    if end + 2 >= len(doc) or f.text[end] != ",":
        return False
    if f.lower[end + 1] not in ("the", "a", "an"):
        return False
    # the apposition's noun, however the parser attached it ("Members of [X], the tenant group")
    for k in range(end + 2, min(len(doc), end + 6)):
        word = toks[k]
        if not word.is_lower:
            return False
        if word.dep_ == "appos":
            return word.pos_ == "NOUN" and word.lower_ in lexicon.org_descriptors \
                and word.lower_ not in lexicon.person_descriptors \
                and (not person or k + 1 < len(doc) and f.lower[k + 1] in ("that", "which"))
    return False


#: Verbs only an employer does to a person in a role: "X fired coach Y", "X signed striker Y".
_EMPLOYER_VERBS = frozenset({"fire", "sack", "dismiss", "axe", "sign", "hire"})


def employs(token, lexicon: Lexicon) -> bool:
    """Return True when a name's head word is the subject of firing or hiring someone in a role."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in _EMPLOYER_VERBS:
        return False
    def role(word) -> bool:
        return word.is_lower and word.lower_ in lexicon.person_descriptors

    # "fired [coach]" or "fired coach [Renato Lemos]" (the role a compound of the name)
    return any(c.dep_ == "dobj" and (role(c) or any(g.dep_ == "compound" and role(g) for g in children(c)))
               for c in children(verb))


def run_by_someone(doc, start: int, end: int) -> bool:
    """Return True for a name right after a verb of running something ("who has run Caju do Geba
    since 2016", "chairs X"): what one runs, chairs or heads is an organisation, however the
    parser read its name."""
    toks, f = tokens(doc), facts(doc)
    verb = toks[start - 1] if start > 0 else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _RUN_VERBS \
        and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not (end < len(doc) and f.lower[end] in ("'s", "’s"))


#: Verbs whose object is an organisation: one runs, chairs or heads only those.
_RUN_VERBS = frozenset({"run", "chair", "head", "helm"})


#: Words after a portfolio that make it an office or a department ("Labour Minister", "Health Committee").
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "ministry", "department", "commissioner", "committee",
                              "czar", "tsar", "portfolio", "brief", "undersecretary", "ministers",
                              "director", "officer", "coordinator"})  # "Budget Director X": a city's post


def portfolio_party(doc, start: int, end: int, label: str, lexicon: Lexicon) -> bool:
    """Return True for a one-word organisation named like a portfolio that no title follows:
    "a Labour MP", "Labour said" (a party), not "Labour Minister X" (an office)."""
    toks, f = tokens(doc), facts(doc)
    if label != "ORG" or end - start != 1 or not toks[start].is_title or f.lower[start] not in lexicon.portfolios:
        return False
    if start >= 2 and f.lower[start - 1] in ("for", "of") and f.lower[start - 2] in lexicon.titles:
        return False  # "the Secretary for Housing, X": the title's portfolio
    after = toks[end] if end < len(doc) else None
    return after is None or after.lower_ not in _PORTFOLIO_HEADS


def org_kind(token, lexicon: Lexicon) -> bool:
    """Return True for a lower-case organisation noun ("bloc", "party", "union")."""
    return token.is_lower and token.pos_ == "NOUN" and lexicon.generic_referents.get(token.lower_) == "ORG"


def org_head(words, lexicon: Lexicon) -> bool:
    """Return True for a multi-word name ending in an organisation noun ("Vietnam Professional League")."""
    last = words[-1].lower_
    return len(words) > 1 and words[-1].is_title and (
        lexicon.generic_referents.get(last) == "ORG" or last in lexicon.org_suffixes)


#: Words that name a newspaper by how often it appears, tagged adjectives: "the daily Vojvodinski Glas".
_MEDIA_ADJECTIVES = frozenset({"daily", "weekly"})


def descriptor(doc, start: int, end: int, lexicon: Lexicon) -> str:
    """Return the common noun a name is introduced by: "banker [X]", "the coach, [X]"."""
    if start <= 0:
        return ""
    toks, f = tokens(doc), facts(doc)
    before = toks[start - 1]
    if start >= 3 and f.text[start - 2] == "-" and before.is_lower and toks[start - 3].is_lower:
        return f"{f.lower[start - 3]}-{before.lower_}"  # "the payments start-up Kudiwise"
    if start >= 2 and f"{f.lower[start - 2]} {before.lower_}" in lexicon.org_descriptors:
        return f"{f.lower[start - 2]} {before.lower_}"  # "the junior coalition partner X": no person
    if before.pos_ == "NOUN" and before.is_lower:
        return before.lemma_.lower()
    if before.is_lower and (before.lower_ in lexicon.person_descriptors or before.lower_ in _MEDIA_ADJECTIVES):
        return before.lower_  # "Kings guard DeShawn Mitchell", "guard" tagged a verb; "the daily X" an adjective
    if before.text != ",":
        return ""  # (both readings below follow a comma: no Span is built for the rest)
    root = doc[start:end].root
    # Not "a spokeswoman for the governor, Jenna Cole": the name there is not the governor.
    # ("Speaking through his lawyer, X," is: the preposition hangs on a verb, not on a role)
    if before.text == "," and start >= 2 and root.dep_ == "appos" and root.head.i == start - 2 \
            and f.pos[start - 2] == "NOUN" and (f.dep[start - 2] != "pobj"
                                                or toks[start - 2].head.head.pos_ == "VERB"):
        return toks[start - 2].lemma_.lower()
    head = root.head
    if before.text == "," and root.dep_ == "appos" and head.i < start and head.dep_ == "pobj" \
            and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and head.pos_ == "PROPN":
        # "the chairman of the Fiji Sevens Council, Peniasi Tuilau": the parser hangs the name on
        # the organisation, but a name after "ROLE of ORG," is the role's holder.
        role = head.head.head.lemma_.lower()
        if role in lexicon.person_descriptors:
            return role
    return ""




def nationality(word, lexicon: Lexicon) -> bool:
    """Return True for a nationality adjective ("Uruguayan", "Kenyan", "Chinese")."""
    lower = word.lower_
    return lower.endswith(lexicon.demonym_endings) and lower in lexicon.common_words


def demonym(word, after, lexicon: Lexicon) -> bool:
    """Return True for a nationality adjective before a person's role ("Uruguayan coach X")."""
    return nationality(word, lexicon) and after.is_lower and after.lower_ in lexicon.person_descriptors
