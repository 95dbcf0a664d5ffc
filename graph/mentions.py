"""Entity mentions of one document: clean named-entity spans into names with their titles.

"President Ana Silva" is the name "Ana Silva" with the title "president"; names NER
missed or cut are found from runs of proper nouns and from names already known.
``graph.clusters`` merges the mentions into entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from graph.lexicon import Lexicon
from graph.spans import FOR_WORDS, FOREIGN_ANDS, NAME_JOINERS, NAME_PARTICLES, PATRONYMICS, SURNAME_JOINERS, TEAM_STAFF, repaired_spans
from graph.tokens import children, facts, ner_spans, opens_sentence, text_of, tokens
from graph.type_evidence import (
    acronym_after_descriptor,
    age_follows,
    brand_like,
    demonym,
    descriptor,
    employs,
    given_name_half,
    hyphen_inside,
    is_person_name,
    kind_apposed,
    kind_follows,
    leaning_before,
    lone_argument,
    nationality,
    org_head,
    org_kind,
    portfolio_party,
    role_follows,
    run_by_someone,
    town_of_named,
    which_follows,
    who_follows,
)

#: Words that own what follows them: "the federation's [Sportdirektor], X".
_OWNERS = frozenset({"'s", "’s", "its", "his", "her", "their", "whose"})
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,.;:!?*|/\\-–—_#@"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_POSSESSIVE = re.compile(r"^['’]s\s+")
_EDGE_CHARS = _EDGE_PUNCT + " "
#: A middle initial ("J." of "Donald J. Trump").
INITIAL = re.compile(r"^[A-Z]\.?$")


@dataclass(frozen=True)
class Mention:
    """One cleaned named-entity span: token range, name and label."""

    start: int  # first token index (after stripping titles)
    end: int  # one past the last token
    name: str
    label: str
    titles: tuple[str, ...] = ()
    in_headline: bool = False
    kind_named: bool = False  # the text names its kind: "the ruling Morena party", "the mayor of X"

#: "and" in the languages whose organisation names news quotes untranslated
#: ("Lager- och Logistikfacket", "Ministerio de Ciencia y Tecnología").
FOREIGN_AND = frozenset({"y", "e", "i", "och", "og", "und", "et", "en", "ve"})
#: Articles and prepositions inside those names that no person's name has ("Syndicat National
#: des Travailleurs du Coton", "Confederación de Trabajadores de los Puertos").
FOREIGN_LINKS = frozenset({"des", "les", "los", "las", "dei", "degli", "delle", "die", "für", "voor", "för"}) | FOR_WORDS


# (memoised: a pure function of the text, and a story names the same few people many times over)
@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Return a span's text without a leading "the", possessive or stray punctuation."""
    text = " ".join(text.split())
    text = _LEADING_POSSESSIVE.sub("", text)  # "[Governor]'s Residence" with the title cut off
    text = _POSSESSIVE.sub("", text).strip(_EDGE_CHARS)
    if text.lower().startswith("the "):
        text = text[4:]
    return _POSSESSIVE.sub("", text).strip(_EDGE_CHARS)


QUOTES = "\"'“”‘’"


@lru_cache(maxsize=8192)  # (memoised as clean_name is: every mention of a name asks again)
def name_key(name: str) -> str:
    """Return the comparison key of a name: case-folded, middle initials and a quoted nickname
    dropped ('Pimchanok "Ploy" Srisuk' is Pimchanok Srisuk)."""
    words = [w for w in clean_name(name).replace(".", ". ").split()
             if not (len(w) > 2 and w[0] in QUOTES and w[-1] in QUOTES)]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not INITIAL.match(w)] + [words[-1]]
    return " ".join(w.strip(".").casefold() for w in words if w.strip("."))


def _title_before(doc, start: int, lexicon: Lexicon) -> tuple[str, int]:
    """Return the title written just before token ``start`` and where it begins."""
    f = facts(doc)  # (each word's strings as plain lists)
    toks = tokens(doc)  # (asked for nearly every word of a name: ``doc[i]`` would build Tokens anew)
    if start <= 0 or f.lower[start - 1] not in lexicon.title_ends:
        return "", start  # every title ends with one of these words: most names have none before them
    for size in range(lexicon.max_title_words, 0, -1):
        begin = start - size
        if begin < 0:
            continue
        words = " ".join(f.lower[begin:start])
        if words in lexicon.titles and words.endswith(" of") and begin > 0 \
                and f.lower[begin - 1] in ("the", "a", "an"):
            return "", start  # "the president of Campionato Sammarinese side X": the office's body, no name
        if words in lexicon.titles:
            return words, begin
        written = text_of(doc, begin, start).lower()
        if "-" in written and written in lexicon.titles:
            return written, begin  # "Mayor-elect", three tokens
    # "Mineral Resources Minister", "Northern Ireland First Minister": a title word after
    # capitalised qualifiers is a title too; the qualifiers are kept out of the name.
    if start > 0 and f.lower[start - 1] in lexicon.titles and toks[start - 1].is_title:
        begin = start - 1
        while begin > 0 and toks[begin - 1].is_title and f.pos[begin - 1] in ("PROPN", "ADJ", "NOUN") \
                and start - begin < 5:
            begin -= 1
        return f.lower[start - 1], begin
    return "", start


#: "District 3", "Ward 2", "Senate District 38", "the 4th District" (NER: "4th" and "District"): a
#: numbered district names no place on its own (every
#: county has a District 3), so across documents it would merge unrelated places into one node.
_DISTRICTS = "district|ward|precinct|zone|sector|division|constituency"
_NUMBERED_DISTRICT = re.compile(rf"^(?:(?:[\w.'-]+ )*(?:{_DISTRICTS}) (?:\d+|[ivxlc]+)"
                                rf"|(?:the )?\d+(?:st|nd|rd|th) (?:[\w.'-]+ )?(?:{_DISTRICTS})"
                                r"|district|ward|precinct|constituency)$", re.IGNORECASE)
#: An American paper's party and home town after a lawmaker's name ("Sen. Dale Haugen, R-Watford
#: City,"): a label, no entity.
_PARTY_HOME = re.compile(r"^[RDI]-[A-Z]")


#: An abbreviation in capitals with a plural "s" ("MPs", "MEPs").
_ABBREVIATED_PLURAL = re.compile(r"^[A-Z]{2,}s$")


def _is_junk(name: str, lexicon: Lexicon) -> bool:
    """Return True for spans that are never entity names (lower case, digits, known junk)."""
    if _NUMBERED_DISTRICT.match(name) or _PARTY_HOME.match(name):
        return True
    # (the characters counted with str methods mapped in C: this runs on every span of every story)
    letters = sum(map(str.isalpha, name))
    if not letters or not any(map(str.isupper, name)):
        return True
    folded = name.casefold()
    if folded in lexicon.junk_names or len(name) > 80:
        return True
    words = folded.split()
    if all(w in lexicon.portfolios or w in lexicon.titles for w in words) or folded in lexicon.titles:
        return True  # "Transport", "Cabinet Secretary", "Tan Sri": an office or honorific, not an entity
    if _ABBREVIATED_PLURAL.match(name) and name[:-1].casefold() in lexicon.titles:
        return True  # "Opposition MPs", "two MEPs": holders of an office, no one entity
    return sum(map(str.isdigit, name)) > letters / 2


def doc_mentions(doc, lexicon: Lexicon, headline_end: int = 0) -> list[Mention]:
    """Return the cleaned mentions of the kept entity labels in a parsed Doc."""
    mentions = []
    toks = tokens(doc)  # one Token per index: spaCy builds a new one on every doc[i]
    f = facts(doc)  # (and each word's strings as plain lists: spaCy looks them up anew on each read)
    spans = repaired_spans(doc, lexicon)
    # (a family name of the story is the last word of two different full names, "Hope" of "Jane Hope"
    # and "Grant Hope"; not one name said five times, "Kanmon Seiko")
    family_names = Counter(name[-1] for name in {tuple(f.lower[s:e]) for s, e, label in spans
                                                 if label == "PERSON" and e - s > 1})
    surnames = set(family_names)
    for start, end, label in spans:
        if label not in lexicon.entity_labels:
            # "striker Davi Moreira" tagged WORK_OF_ART: a short proper name that shares a
            # surname with a person in the article, or starts with a given name, is a person.
            while end - start > 2 and f.lower[start] in lexicon.titles:
                start += 1  # "[Bürgermeister] Ewald Brandstätter" tagged WORK_OF_ART: the title is no name
            words = toks[start:end]
            described = descriptor(doc, start, end, lexicon)  # "the banker Obinna Nwankwo"
            if (described in lexicon.org_descriptors or brand_like(words) or org_head(words, lexicon)) and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in words if not t.is_stop):
                label = "ORG"  # "the note-taking startup Quillfeather Labs", "TalaTV", "the X League" (EVENT)
            elif len(words) > 1 and org_kind(words[-1], lexicon) and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[:-1] if not t.is_stop):
                label = "ORG"  # "the reformist Civic Renewal bloc" tagged PRODUCT
            elif 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words) and (
                    words[-1].lower_ in surnames or is_person_name([t.text for t in words], lexicon) or described):
                label = "PERSON"
            elif words[-1].tag_ == "NNPS" and all(t.is_title for t in words) and (
                    words[0].lower_ == "the" or start > 0 and f.lower[start - 1] == "the"):
                label = "ORG"  # "The Juba Falcons have suspended ..." (tagged WORK_OF_ART): a team's plural name
            else:
                continue
        if label in ("ORG", "GPE") and 2 <= end - start <= 3 and f.lower[end - 1] in surnames and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.generic_org_words
                and t.lower_ not in lexicon.org_suffixes for t in toks[start:end]) \
                and not (end < len(doc) and _title_before(doc, end + 1, lexicon)[1] == end):
            # (not a team before its coach's title: "Virtus Ceccoli coach Paolo Berardi")
            label = "PERSON"  # "Abena Ofori" tagged ORG beside "Kofi Ofori": a family name is a person's
        span_start = start
        if label == "PERSON" and end - start == 1 and start > 0 and f.lower[start - 1] == "the" \
                and f.tag[start] == "NNPS":
            label = "ORG"  # "plays fullback for the Kingfishers": a plural name is a team or a group
        if label == "NORP" and start > 0 and f.lower[start - 1] in ("the", "his", "her", "their", "its") \
                and f.lower[end - 1].endswith("s") and f.lower[end - 1][:-1] in lexicon.party_members:
            label = "ORG"  # "of the Social Democrats", "her Greens": members' plural names their party
        elif label == "NORP" and end - start == 1 and start > 0 and f.lower[start - 1] in ("the", "a", "an") \
                and f.tag[start] in ("NNP", "NN", "JJ"):
            continue  # "the Democrat in the race": a person described by party, not the party
        if end - start == 1 and start > 0 and end + 1 < len(doc) and f.lower[start - 1] in _OWNERS \
                and f.text[end] == "," and toks[end + 1].ent_type_ == "PERSON" and toks[end + 1].ent_iob_ == "B":
            continue  # "the federation's Sportdirektor, Reto Walser,": a post in any language, not a name
        if label == "PERSON" and f.lower[start] in ("a", "an") and end - start > 1:
            continue  # "Curtis Joseph, a St Lucian,": NER's person with an article is a description
        while start < end and f.lower[start] in ("the", "a", "an") or (start < end and toks[start].is_punct):
            start += 1
        start = _past_qualifiers(toks, start, end, lexicon)  # "Opposition Labour MP X": the party is "Labour"
        if label == "PERSON" and end - start >= 3 and start > 1 and f.lower[start - 1] == "and" \
                and toks[start - 2].is_title and f.lower[start] in lexicon.common_words \
                and lexicon.given_name_gender(f.text[start]) is None:
            start += 1  # "Director General of Minerals and [Coal] Ridwan Hasibuan": the portfolio's last word
        if end < len(doc) and " ".join(t.lower_ for t in toks[start : end + 1]) in lexicon.titles \
                and f.lower[end] not in ("'s", "’s"):
            continue  # "[Paramount] chief X": the span is the first word of a title
        if end - start == 1 and _party_before_member(toks, start, lexicon):
            label = "ORG"  # "Labour backbencher X" tagged a person
        end = next((k for k in range(start + 1, end) if f.text[k] == "("), end)  # "the Bürgerunion (BU), the ..."
        while end > start and (toks[end - 1].is_punct or f.lower[end - 1] in ("'s", "’s", "'", "’")):
            end -= 1
        while label == "ORG" and end - start > 1 and toks[end - 1].is_lower and toks[end - 1].is_alpha \
                and f.text[end - 2][:1].isupper():
            end -= 1  # "the Teamsters union": the trailing common noun describes the name
        # "Andalusian club Real Almendral": a lower-case word inside a span ends a descriptor.
        for k in range(end - 2, start - 1, -1):
            word = toks[k]
            if word.is_lower and word.is_alpha and word.lower_ not in NAME_PARTICLES \
                    and word.lower_ not in ("of", "and", "for", "the", "on", "in", "at") \
                    and not (label == "ORG" and (word.lower_ in FOREIGN_AND or word.lower_ in FOREIGN_LINKS)) \
                    and not (label == "PERSON" and word.text in SURNAME_JOINERS) \
                    and not (k > start and f.text[k - 1] == "-" and not toks[k - 1].whitespace_):
                start = k + 1  # (not the second half of "Hyun-woo", joined by a hyphen)
                break
        if label != "PERSON" and end < len(doc) and f.pos[end] == "PROPN":
            title, begin = _title_before(doc, end, lexicon)
            if title and start < begin:
                end = begin  # "[Kisumu Senator] Grace Omondi" tagged ORG: the title is the next name's
                if title in lexicon.place_titles and end - start == 1 and label == "ORG":
                    label = "GPE"  # "Kakamega Governor Wilson Barasa": the office is over a place
        if label == "ORG" and end < len(doc) and toks[end].is_title and f.lower[end] in lexicon.titles:
            cut = end
            while cut - 1 > start and f.lower[cut - 1] in lexicon.portfolios \
                    and f.lower[cut - 1] not in lexicon.generic_org_words:  # (not "[Ondo State] Governor")
                cut -= 1
            if cut < end and not _org_shaped(toks[start:cut], lexicon):
                # "[Maryland Transportation] Secretary X": the portfolio is the title's, the office over a place
                end, label = cut, "GPE"
        if label == "PERSON" and end - start >= 3 and nationality(toks[start], lexicon) and toks[start + 1].is_title \
                and f.lower[start] not in lexicon.first_names and lexicon.given_name_gender(f.text[start]) is None:
            start += 1  # "named Uruguayan Diego Sosa as coach": the nationality is no part of the name
        if label == "PERSON" and start == span_start and start > 0 and foreign_word(toks[start - 1], lexicon) \
                and not toks[start - 1].ent_type_ and (start == 1 or not toks[start - 2].is_title):
            # "Nguyễn Thị Mai" tagged from "Thị": the tagger took the family name for a verb; a
            # capitalised word that is no English word, right before a person's name, is its first
            start -= 1
            span_start = start
        titles = []
        if start >= 2 and f.lower[start - 1] in ("for", "of") and f.lower[start - 2] in lexicon.titles:
            # "Minister for Transport Eamon Fitzmaurice": the portfolio is the title's, the rest a name
            cut, office = start, f.lower[start - 2]
            while cut < end - 2 and (f.lower[cut] in lexicon.portfolios or f.lower[cut] == "and"):
                cut += 1
            # (not an organisation's name: "president of International Longshoremen's Association Local 1429")
            if cut > start and f.lower[cut - 1] != "and" and not _org_shaped(toks[cut:end], lexicon):
                start, label = cut, "PERSON"
                titles.append(office)
        # Titles inside a person's span ("President Ana Silva", "Alberta Premier Jo Reyes");
        # an organisation's span keeps a leading title word ("Premier Football League").
        for k in range(end - 1, start, -1):
            title, begin = _title_before(doc, k, lexicon)
            # (a title may begin before the span: "Adams [County Executive] Laura Pike" tagged from "Executive")
            # ("Councillor Rosa Elvira Tzul" tagged ORG: a title before what reads as a person's name)
            if title and f.lower[k] in ("'s", "’s"):
                break  # "the Cascade County Sheriff's Office": a title's office, no person's title
            if title and begin > 0 and f.lower[begin - 1] in PATRONYMICS:
                continue  # "Rosli bin [Haji] Omar": a father's title inside the name, not the name's start
            if title and (begin >= start or label == "PERSON") and (
                    label != "ORG" or begin > start
                    or begin == start and is_person_name([t.text for t in toks[k:end]], lexicon)):
                titles.append(title)
                start = k
                if label == "ORG":
                    label = "PERSON"
                break
        if end - start >= 3 and toks[start].is_title and toks[start + 1].is_title \
                and f.lower[start] in lexicon.person_descriptors and f.lower[start] not in lexicon.first_names \
                and (label == "PERSON" or is_person_name([t.text for t in toks[start + 1 : end]], lexicon)):
            # "Challenger Teresa Baca said ...": a noun capitalised at a sentence's start describes her
            # (NER's organisation too when the rest is a person's name)
            titles.append(f.lower[start])
            start, label = start + 1, "PERSON"
        if start >= end:
            continue
        before, begin = _title_before(doc, start, lexicon)
        if before and before not in titles:
            titles.append(before)
        if before:
            # "Labour Minister Cllr. Augustine T. Wesseh": an office before the honorific is a title too
            office, _ = _title_before(doc, begin, lexicon)
            if office and office not in titles:
                titles.append(office)
        if label in ("ORG", "PERSON") and not titles:
            # "Voar Linhas [Aéreas SA]": NER stopped short of a company's legal ending
            for k in range(end, min(end + 3, len(doc))):
                if not (f.pos[k] == "PROPN" and f.text[k][:1].isupper() and not toks[k].ent_type_):
                    break
                if f.lower[k].strip(".") in lexicon.org_suffixes or f.lower[k] in lexicon.org_suffixes:
                    end = k + 1
                    break
        # "paid tribute to [Cocco on Instagram]": a name ends before the service it was said on
        end = next((k for k in range(start + 1, end - 1) if f.lower[k] in ("on", "via")
                    and f.lower[k + 1] in lexicon.channels), end)
        name = clean_name(text_of(doc, start, end))
        if end - start == 1 and opens_sentence(toks[start]) and lexicon.common_words and f.lower[start].endswith("s") \
                and f.lower[start][:-1] in lexicon.common_words and label in ("PERSON", "ORG") \
                and not (end < len(doc) and (f.lower[end] in lexicon.titles or f.pos[end] == "PROPN")):
            # "Pilots at X threatened ...", "Farmers' cooperative leader Y": a plural noun a sentence
            # opens with (not a team's name before its coach: "Marlins coach Z")
            continue
        # (an honorific that ends a person's full name in the story is their surname: "Mwanaisha
        # Juma Haji ... Haji, whose husband ...")
        if _is_junk(name, lexicon) and not portfolio_party(doc, start, end, label, lexicon) and not (
                label == "PERSON" and end - start == 1 and f.lower[start] in surnames and toks[start].is_title):
            continue
        if end - start == 1 and lexicon.generic_referents.get(f.lower[start]) == "ORG" and end < len(doc) \
                and _title_before(doc, end + 1, lexicon)[0]:
            continue  # "Party Secretary-General X", "Council President Y": the party, not one named "Party"
        words = name.split()
        described = descriptor(doc, start, end, lexicon)
        if described == "title" or start > 0 and f.lower[start - 1] in ("styled", "titled"):
            continue  # "holds the title Naalakkersuisoq for Mineral Resources": an office's name, no body
        members = words[-1].lower().endswith("s") and words[-1].lower()[:-1] in lexicon.party_members
        if label in ("ORG", "NORP", "GPE", "FAC", "LOC") and not members and (len(words) > 1 and (
            titles and not _org_shaped(toks[start:end], lexicon) or is_person_name(words, lexicon, place=label == "GPE")
            or described in lexicon.person_descriptors
        ) or described in lexicon.person_descriptors and f.text[start - 1] == "," and words[0][:1].isupper()
                or described in lexicon.kin_nouns and words[0][:1].isupper()):
            # (one word too after a person's noun and a comma: "Okafor's wife, Chiamaka,"; or right
            # after a kin noun: "whose cousin Ruby serves as his chief of staff")
            label = "PERSON"  # "Chancellor Olaf Scholz", "Olaf Scholz", "the coach, Henrique Sardinha"
        elif label == "PERSON" and (described in lexicon.org_descriptors and described not in lexicon.person_descriptors
                                    and not (len(words) > 1 and family_names[words[-1].lower()] > 1
                                             and described not in lexicon.team_descriptors)
                                    and not is_person_name(words, lexicon)
                                    or len(words) > 1 and words[-1].casefold() in lexicon.org_suffixes):
            # (not "Hope's husband, the property developer Grant Hope": a family name of the story)
            label = "ORG"  # "the payments start-up Kudiwise", "Kingsmead United"
        elif label in ("GPE", "LOC", "NORP", "FAC") and described in lexicon.org_descriptors \
                and described not in lexicon.person_descriptors:
            label = "ORG"  # "the Polish utility Wisła Energia": a place name the text calls a company
        cut = next((k for k in range(start + 1, end) if f.lower[k] == "of"), end) if label == "PERSON" else end
        if cut < end and is_person_name([t.text for t in toks[start:cut]], lexicon):
            # "Pádraig Ó Fearraigh of Comhar Nua": a person's name ends before "of"
            end, name = cut, clean_name(text_of(doc, start, cut))
            words = name.split()
        office_place = start >= 2 and f.lower[start - 1] == "of" and f.lower[start - 2] in lexicon.place_titles \
            and len(words) <= 3
        if office_place:
            label = "GPE"  # "the governor of Minas Gerais", "the mayor of Belo Horizonte": an office's place
        elif label == "PERSON" and len(words) == 1 and end + 1 < len(doc) and toks[end].is_title \
                and f.lower[end] in lexicon.titles and f.pos[end + 1] == "PROPN":
            label = "GPE"  # "Medellín Mayor Jairo Cardona": a place before a title and a name
        elif label != "PERSON" and len(words) <= 4 and (
                age_follows(doc, end) or role_follows(doc, end, lexicon) or who_follows(doc, start, end)) \
                and not (len(words) > 1 and words[-1].casefold() in lexicon.org_suffixes):
            # ("Betio Marine Services, the company's local agent": a company can be an agent)
            label = "PERSON"  # "Solbakken, 29,", "Awadhesh Mandal, president of the BVM,": only people
        elif label == "PERSON" and not titles and f.dep[end - 1] == "pobj" and toks[end - 1].head.lower_ in _WHERE \
                and toks[end - 1].head.head.pos_ in ("VERB", "NOUN") and not is_person_name(words, lexicon) \
                and words[-1].lower() not in surnames and (end == len(doc) or f.lower[end] not in ("'s", "’s")):
            label = "GPE"  # "a gathering in Kenema", "a plant outside Dedza": one is in a place, not a person
        noun_at = start - 2 if start >= 2 and f.text[start - 1] == "," else start - 1
        deputy = noun_at > 0 and f.lower[noun_at - 1] in lexicon.deputy_words  # "his vice governor, X"
        institution = False
        if label == "PERSON" and described in lexicon.org_descriptors and start >= 2 \
                and f.lower[start - 2] in lexicon.institution_modifiers:
            label, institution = "ORG", True  # "the public broadcaster Canal Extremadura": an institution
        elif label == "PERSON" and described in lexicon.person_descriptors and described not in titles and not deputy:
            titles.append(described)  # "guard DeShawn Mitchell": a later "the guard" is Mitchell
        if label in ("ORG", "GPE") and end - start == 1 and end < len(doc) and demonym(toks[start], toks[end], lexicon):
            label = "NORP"  # "Uruguayan coach X": a nationality, not a club or a country
        if label in ("ORG", "PERSON") and town_of_named(doc, start, end, lexicon) and (
                label == "ORG" and not org_head(toks[start:end], lexicon) or label == "PERSON" and not is_person_name(words, lexicon)):
            label = "GPE"  # "Campos Gerais, the Ponta Grossa club": the club's town
        if end + 1 < len(doc) and f.text[end] == "-" and f.lower[end + 1] == "based" and len(words) <= 3:
            label, office_place = "GPE", True  # "the Rio de Janeiro-based fund": a place things are based in
        # the text says what the name is; that outweighs NER in the type vote ("the San Marino side X")
        # (a whole name: in "the company Dvořáková chairs" the one word is whose company it is)
        kind_named = institution or office_place or label == "ORG" and len(words) > 1 and (
            described in lexicon.team_descriptors
            # ("steel parts maker Kanmon Seiko": the one place the text says what NER later calls a person)
            or described in lexicon.org_descriptors and described not in lexicon.person_descriptors
            and not is_person_name(words, lexicon))
        if label in ("GPE", "LOC", "FAC") and described in lexicon.member_nouns:
            # "Championship side Severn Vale", "the Spanish side Valencia": a club, not the place
            label, kind_named = "ORG", True
        if len(words) > 2 and "&" in words[1:-1]:
            label, kind_named = "ORG", True  # "Maumee Axle & Forge", "Aldrich & Voss": a firm's name, no person's
        elif not office_place and label in ("GPE", "LOC", "FAC") and (
                label != "FAC" and employs(toks[end - 1], lexicon) or kind_follows(doc, start, end, label, lexicon)):
            # "Atlético Paulistano fired coach X" (a place fires nobody), "Mexico's ruling Morena party"
            label, kind_named = "ORG", True
        elif label == "PERSON" and not titles and len(words) > 1 and employs(toks[end - 1], lexicon) \
                and not is_person_name(words, lexicon):
            label, kind_named = "ORG", True  # "Anadolu Kartalları sacked head coach X": a club, no given name
        elif label == "PERSON" and not titles and end + 1 < len(doc) and toks[end].is_lower \
                and (f.lower[end] in lexicon.player_positions or f.lower[end] in TEAM_STAFF) \
                and f.pos[end + 1] == "PROPN" and toks[end + 1].is_title and not is_person_name(words, lexicon):
            label = "ORG"  # "Harbour Kings striker X", "Sibirsky Medved forward Y": a team before its player
        elif label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(words) > 1 and run_by_someone(doc, start, end):
            label, kind_named = "ORG", True  # "who has run Caju do Geba since 2016": one runs an organisation
        elif label in ("GPE", "LOC", "FAC", "NORP", "PERSON") and leaning_before(doc, start, end, lexicon):
            label, kind_named = "ORG", True  # "of the centre-right Fólkaflokkurin": a party
        elif label in ("GPE", "LOC", "FAC", "NORP", "PERSON") and kind_apposed(doc, start, end, lexicon, label == "PERSON"):
            label, kind_named = "ORG", True  # "Common Ground Milwaukee, the tenant group that ..."
        elif label == "PERSON" and end < len(doc) and (f.lower[end] in lexicon.party_kinds or f.lower[end] in lexicon.member_nouns) \
                and kind_follows(doc, start, end, "ORG", lexicon) and any(
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in children(toks[end])):
            # "of the centre-right Tikva Hadasha party", "his X faction", "the Segunda División side's": no person's
            label, kind_named = "ORG", True
        elif label in ("GPE", "LOC", "FAC", "NORP", "PERSON") and len(words) > 1 and (
                words[-1].casefold() in lexicon.org_suffixes and label != "PERSON"
                or words[0].casefold() in lexicon.kind_prefixes or words[0] in lexicon.club_initials):
            # "the Franklin County Republican Party", "Atlético Potosino", "Liga MX": a word of the
            # name says what it is
            label, kind_named = "ORG", True
        elif label in ("GPE", "LOC", "FAC", "NORP", "PERSON") and _initials_follow(toks, end, words):
            label, kind_named = "ORG", True  # "Śląska Grupa Węglowa (ŚGW)": people go by no initials
        if label != "PERSON" and _kin_follows(toks, end, lexicon):
            label = "PERSON"  # "Jean-Baptiste's nephew": only people have kin
        elif label == "PERSON" and not titles and _owned_follows(toks, end, lexicon.org_possessions) \
                and not is_person_name(words, lexicon):
            label = "ORG"  # "Saba Mobile's board": only organisations have boards and shareholders
        if label != "GPE" and not kind_named and name.casefold() in lexicon.countries \
                and words[0].casefold() not in lexicon.first_names:
            # (not a given name that names a country: "Jordan, 24, who plays for Enyimba FC")
            label = "GPE"  # "Guinea-Bissau's largest cashew exporter": a country, whatever NER said
        if label == "PERSON" and len(words) >= 3 and toks[start].is_title and f.lower[start] in lexicon.titles:
            # "Coach Jailson Dantas, who took charge ...": NER's organisation, a person by what follows;
            # the title it opens with is no part of the name
            titles.append(f.lower[start])
            start += 1
            name = clean_name(text_of(doc, start, end))
        mentions.append(Mention(start, end, name, label, tuple(titles),
                                in_headline=toks[span_start].idx < headline_end, kind_named=kind_named))
    mentions = _past_sentence_levels(toks, mentions, lexicon)
    mentions = _quoted_names(toks, mentions, lexicon, headline_end)
    mentions = _extend_to_known_names(doc, mentions)
    mentions += _proper_noun_runs(doc, lexicon, headline_end, {i for m in mentions for i in range(m.start, m.end)})
    mentions += _missed_mentions(doc, mentions, lexicon, headline_end)
    # "the 47-year-old Pole": a nationality describing the story's person, no name of its own
    mentions = [m for m in mentions if not (m.end - m.start == 1 and m.start >= 2 and f.lower[m.start - 1] == "old"
                                            and f.text[m.start - 2] == "-")]
    return _relatives_named(doc, mentions, lexicon)


def _past_sentence_levels(toks, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Return the mentions with a level word a sentence opens with cut from an organisation's name the
    story also gives without it: "State Congress spokesperson X" beside "the Congress" is the party's
    state unit, written capitalised only because it starts the sentence (not "State Bank of India")."""
    bare = {m.name for m in mentions if m.label == "ORG"}
    out = []
    for m in mentions:
        if m.label == "ORG" and m.end - m.start > 1 and toks[m.start].lower_ in lexicon.level_words \
                and opens_sentence(toks[m.start]) and m.name.split(" ", 1)[1] in bare:
            m = replace(m, start=m.start + 1, name=m.name.split(" ", 1)[1])
        out.append(m)
    return out


def bracketed_short_forms(doc, mentions: list[Mention]) -> dict[int, int]:
    """Return {mention index: index of the name it stands for} for a capitals-only short form in
    brackets right after an organisation's name: "the National Awakening Party (PKB)", "the
    Paraíba Football Federation (FPF)", initials of the name in its own language."""
    toks = tokens(doc)
    at = {m.start: k for k, m in enumerate(mentions)}
    out = {}
    for k, m in enumerate(mentions):
        short = at.get(m.end + 1)
        if short is None or m.label == "PERSON" or len(m.name.split()) < 2 or m.end + 2 >= len(toks):
            continue
        word = mentions[short].name
        if toks[m.end].text == "(" and toks[mentions[short].end].text == ")" and mentions[short].end == m.end + 2 \
                and 2 <= len(word) <= 8 and word.replace("-", "").isalpha() and word.isupper():
            out[short] = k
    return out


def _initials_follow(toks, end: int, words: list[str]) -> bool:
    """Return True when the name is followed by its initials in brackets ("... Węglowa (ŚGW)")."""
    if len(words) < 2 or end + 2 >= len(toks) or toks[end].text != "(" or toks[end + 2].text != ")":
        return False
    short = toks[end + 1].text
    return short.isupper() and short.isalpha() and short == "".join(
        w[0] for w in words if w.lower() not in ACRONYM_SKIPS).upper()


def _quoted_names(toks, mentions: list[Mention], lexicon: Lexicon, headline_end: int) -> list[Mention]:
    """Return the mentions with an organisation's name the text quotes before its kind noun made
    one ('the "All Okinawa" coalition', 'the "Save Our Coast" campaign'): NER reads no name there,
    or only a place inside it."""
    found = []
    for i, token in enumerate(toks[:-3]):
        if not token.is_quote or token.whitespace_:
            continue
        close = next((k for k in range(i + 2, min(i + 7, len(toks))) if toks[k].is_quote), None)
        if close is None or close + 1 >= len(toks) or toks[close - 1].whitespace_:
            continue
        words = toks[i + 1 : close]
        noun = toks[close + 1].lower_
        if all(w.is_title or w.is_upper or w.lower_ in NAME_JOINERS for w in words) and words[0].is_title \
                and (noun in lexicon.org_descriptors or lexicon.generic_referents.get(noun) == "ORG"):
            found.append(Mention(i + 1, close, " ".join(w.text for w in words), "ORG", (),
                                 in_headline=token.idx < headline_end, kind_named=True))
    if not found:
        return mentions
    taken = {k for m in found for k in range(m.start, m.end)}
    return [m for m in mentions if not taken & set(range(m.start, m.end))] + found


def _relatives_named(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Return the mentions with the given names after an owned kin noun made people: "whose father
    Dai played" (NER: ORG), "Konaté's younger brother, Seydou, sits on the board" (NER: none)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    toks = tokens(doc)
    f = facts(doc)
    found = []
    for k, lower in enumerate(f.lower):
        if lower not in lexicon.kin_nouns or not any(c.dep_ == "poss" for c in children(toks[k])):
            continue
        start = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "," else k + 1
        after = toks[start + 1] if start + 1 < len(toks) else None
        described = after is not None and (after.pos_ == "PROPN" or after.lower_ in lexicon.titles
                                           or after.lower_ in lexicon.person_descriptors)
        # (not "Their father, [Daehan] founder Park Chul-woo": a name that qualifies a role)
        tagged = next((n for n, m in enumerate(mentions) if m.start == start and m.label != "PERSON"
                       and m.end - start == 1 and not m.kind_named), None) if not described else None
        if tagged is not None:
            mentions[tagged] = replace(mentions[tagged], label="PERSON")  # "whose father [Dai] played"
            continue
        end = start
        # (a title word with no name after it is the name: "Lomidze's older brother, Dato, who ...")
        while end < len(toks) and end not in covered and toks[end].is_title and toks[end].is_alpha \
                and not toks[end].is_sent_start and (f.lower[end] not in lexicon.titles
                                                     or end + 1 < len(toks) and toks[end + 1].is_punct):
            end += 1
        if end == start or end - start > 3:
            continue
        first = toks[start]
        if first.pos_ != "PROPN" and lexicon.given_name_gender(first.text) is None:
            continue  # ("his son, However, ..." is no name)
        name = clean_name(text_of(doc, start, end))
        if not _is_junk(name, lexicon) or name.casefold() in lexicon.titles and end < len(toks) and toks[end].is_punct:
            found.append(Mention(start, end, name, "PERSON", ()))
            covered.update(range(start, end))
    return mentions + found


def _extend_to_known_names(doc, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with cut names mended from the document's own full names.

    NER may tag "Norhayati" alone in "phoned Norhayati Rashid" after tagging the whole
    name elsewhere: a span that, with its neighbouring capitalised words, spells a full
    person name the document uses is that name.
    """
    texts = facts(doc).text
    full = {tuple(texts[m.start : m.end]): m for m in mentions if m.label == "PERSON" and 2 <= m.end - m.start <= 4}
    if not full:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for mention in mentions:
        best = mention
        first = texts[mention.start]
        for words, known in full.items():
            size = len(words)
            if size <= mention.end - mention.start or first not in words:
                continue  # (cheap tests first: most names share no word)
            for start in range(max(mention.end - size, 0), mention.start + 1):
                end = start + size
                if end > len(texts) or end < mention.end or tuple(texts[start:end]) != words:
                    continue
                if any(i in covered for i in range(start, end) if not mention.start <= i < mention.end):
                    continue
                best = Mention(start, end, known.name, "PERSON", mention.titles, mention.in_headline)
        out.append(best)
    return out


#: Dependencies of a word standing where a name stands ("[Trump], for his part, had called ...").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos"})

#: Lower-case words inside organisation names ("Federation of Labour", "Mine and Metal Workers Union").
_JOINERS = frozenset({"of", "for", "and", "&", "de", "del", "des", "du"})


def _org_shaped(tokens, lexicon: Lexicon) -> bool:
    """Return True for a name with an organisation's word or an inner possessive ("Longshoremen's
    Association Local 1429"): no title before it makes it a person."""
    return any(t.lower_ in ("'s", "’s") or lexicon.generic_referents.get(t.lower_) == "ORG"
               or t.lower_ in lexicon.org_suffixes for t in tokens)


def _past_qualifiers(toks, start: int, end: int, lexicon: Lexicon) -> int:
    """Return where a name starts after the qualifiers news puts before a party's name
    ("Opposition", "Ruling"), keeping at least one word."""
    while end - start > 1 and toks[start].lower_ in lexicon.org_qualifiers:
        start += 1
    return start


def foreign_word(token, lexicon: Lexicon) -> bool:
    """Return True for a capitalised word that is no English word nor a title ("Nguyễn", "Inverness"):
    next to a name the tagger cut, it is part of the name whatever tag it got."""
    return token.is_title and token.is_alpha and bool(lexicon.common_words) \
        and token.lower_ not in lexicon.common_words and token.lower_ not in lexicon.titles


#: Prepositions of where: a name after one is a place ("in Kenema", "outside Dedza").
_WHERE = frozenset({"in", "near", "outside", "across", "around"})
#: Lower-case words inside a name NER missed: particles ("Joaquim da Costa Soares") and the French
#: "des" of organisations ("Conseil des Entreprises du Sénégal").
_RUN_PARTICLES = NAME_PARTICLES | {"des"}


def _proper_noun_runs(doc, lexicon: Lexicon, headline_end: int, taken: set[int] = frozenset()) -> list[Mention]:
    """Return names NER missed entirely: runs of capitalised proper nouns ("Redrock Minerals").

    Only runs of two or more words, or one word written like a brand ("TalaTV"), that
    overlap no entity of any label; a given name or a title in front makes it a person.
    """
    covered = {i for ent in ner_spans(doc) for i in range(ent.start, ent.end)} | set(taken)
    toks = tokens(doc)
    length = len(toks)  # (read once: the loops below test it at every word)
    f = facts(doc)  # (each word's strings as plain lists: name_word is asked of every word, several times over)
    text, pos = f.text, f.pos

    def name_word(k: int) -> bool:
        return text[k][:1].isupper() and k not in covered and toks[k].idx >= headline_end \
            and (pos[k] == "PROPN" or brand_like(toks[k : k + 1]) or acronym_after_descriptor(toks, k, lexicon))

    found, i = [], 0
    while i < length:
        start = i
        while i < length and (name_word(i) or i > start and hyphen_inside(toks, i) and name_word(i + 1)):
            i += 1  # "Villafuerte-Lim": a hyphen between two capitalised words joins one name
            if i > start and given_name_half(toks, i, lexicon) and i + 1 not in covered:
                i += 2  # "Park Ji-hoon": the lower-case half of a hyphenated given name
            if i > start and i + 1 < length and f.lower[i] in _RUN_PARTICLES and toks[i].is_lower \
                    and i not in covered and name_word(i + 1):
                i += 1  # "Joaquim da Costa Soares": a particle inside a name
        if i == start:
            i += 1
            continue
        scanned = start  # (the words before were read by the loop already: it must go on past this run)
        while start > 0 and foreign_word(toks[start - 1], lexicon) and start - 1 not in covered \
                and toks[start - 1].idx >= headline_end:
            start -= 1  # "Inverness Caledonian Rovers": the tagger read the first word as an adjective
        start = _past_qualifiers(toks, start, i, lexicon)  # "Opposition Labour MP X"
        if start > 0 and i - start >= 2 and toks[start - 1].is_title and toks[start - 1].is_alpha \
                and toks[start - 1].ent_type_ == "CARDINAL" and toks[start - 1].idx >= headline_end:
            start -= 1  # "[Seven] Mile Trust's chief executive": a number word written capitalised opens the name
        # "Mine and Metal Workers Union of South Africa": an organisation's name runs on through
        # "of"/"for" after an organisation word, and through "and" into one that ends with one
        # (through "&" always: "Maumee Axle & Forge", a firm's name).
        while i + 1 < length and (f.lower[i] in _JOINERS or f.lower[i] in FOREIGN_ANDS
                                  and f.lower[start] in lexicon.kind_prefixes) and name_word(i + 1):
            j = i + 1
            while j < length and name_word(j):
                j += 1
            org_end = toks[i - 1] if f.lower[i] != "and" and f.lower[i] != "&" else toks[j - 1]
            if org_end.lower_ not in lexicon.generic_org_words and org_end.lower_ not in lexicon.org_descriptors \
                    and not (j < length and org_kind(toks[j], lexicon)) and f.text[i] != "&" \
                    and f.lower[i] not in FOREIGN_ANDS:
                break  # (but "the Justice and Reform bloc": the name a kind noun follows)
            i = j
        if i < length and org_kind(toks[i], lexicon) and any(t.head.i == i for t in toks[start:i]) \
                and not (i - start == 1 and _is_junk(f.text[start], lexicon)):
            # "the Justice and Reform bloc", "the Nordwind party": a name before an organisation
            # noun (its words may be portfolios or titles too)
            listed = start
            while listed >= 3 and f.text[listed - 1] == "," and f.pos[listed - 2] == "PROPN" \
                    and toks[listed - 2].is_title and listed - 2 not in covered and start - listed < 8:
                listed -= 2
            if listed < start and f.lower[listed - 1] == "the":
                # "the Bakery, Confectionery, Tobacco Workers and Grain Millers union": the trades a
                # union's name lists before its last ones are part of it
                start = listed
            name = clean_name(text_of(doc, start, i))
            if name.casefold() not in lexicon.junk_names:
                found.append(Mention(start, i, name, "ORG", kind_named=True))
            continue
        while start < i:
            # "President Lai", "Mayor Pro Tem Grant Ellery": the title is not part of the name
            size = next((n for n in range(min(lexicon.max_title_words, i - start), 0, -1)
                         if " ".join(t.lower_ for t in toks[start : start + n]) in lexicon.titles), 0)
            if not size:
                break
            start += size
        if start < i and f.lower[start] in _JOINERS:
            continue  # "Director General of Minerals": what follows the title is its portfolio, no name
        inner = [k for k in range(start + 1, i - 1) if f.lower[k] in lexicon.titles and toks[k].is_title]
        if inner and i - inner[-1] - 1 >= 2:
            start = inner[-1] + 1  # "Antioquia Governor Luz Marina Restrepo": the name follows the title
        title, begin = _title_before(doc, i, lexicon)
        # (not "Opposition Leader X", "Interim Coach X": a dictionary word is no organisation's name)
        titled = bool(title) and scanned < begin and i < length and f.pos[i] == "PROPN" and (
            begin - start > 1 or f.lower[start] not in lexicon.common_words)
        if titled:
            i = begin  # "Orbitel Chief Executive Chinedu Okafor": the title belongs to the name after it
        words = [t.text for t in toks[start:i]]
        brand = len(words) == 1 and (titled or brand_like(toks[start:i]) or descriptor(doc, start, i, lexicon) in lexicon.org_descriptors)
        if len(words) == 1 and not brand and lone_argument(toks[start], lexicon) and not _is_junk(words[0], lexicon):
            # "Starmer praised Zelensky", "Modi called Sharif": a bare surname NER missed, as a
            # verb's subject or object, is a name (people far more often than organisations).
            # (with "the" before it, no person: "has chaired the Sakrebulo since 2021")
            # (nor before ", which": "[Autopartes del] Bravo, which makes wiring harnesses")
            found.append(Mention(start, i, words[0], "ORG" if words[0].lower() in lexicon.generic_org_words
                                 or start > 0 and f.lower[start - 1] == "the" or which_follows(doc, i) else "PERSON"))
            continue
        if len(words) >= 2 or brand:
            name = clean_name(text_of(doc, start, i))  # as written: "Villafuerte-Lim" keeps its hyphen
            if not _is_junk(name, lexicon) and all(w.lower() not in lexicon.titles for w in words) \
                    and name.lower() not in lexicon.titles:  # "Milwaukee [County Executive] X": a title
                title, _ = _title_before(doc, start, lexicon)
                described = descriptor(doc, start, i, lexicon)
                person = bool(title) or is_person_name(words, lexicon) or described in lexicon.person_descriptors \
                    or len(words) <= 4 and (age_follows(doc, i) or role_follows(doc, i, lexicon))
                # "who has run Caju do Geba since 2016"; "Maumee Axle & Forge": a firm's name
                run = run_by_someone(doc, start, i) or "&" in words[1:-1]
                # ("The Sherbrooke Harfangs fired head coach X": no person's name opens with "The")
                person = person and words[0].lower() != "the" and not which_follows(doc, i)
                # ("Championship side Severn Vale": the text says it is a club, whatever NER says elsewhere)
                found.append(Mention(start, i, name, "ORG" if run or not person else "PERSON", (title,) if title else (),
                                     kind_named=run or not person and described in lexicon.team_descriptors))
    taken = covered | {k for m in found for k in range(m.start, m.end)}
    for k in range(length - 2):
        # A party whose one-word name is a dictionary word, before a member's title and a name:
        # "Labour backbencher X", "Opposition Labour MP Y" (not "Labour Minister Z", a portfolio)
        if f.lower[k] in lexicon.party_names and k not in taken and toks[k].idx >= headline_end \
                and _party_before_member(toks, k, lexicon):  # (the cheap test first: most words name no party)
            found.append(Mention(k, k + 1, f.text[k], "ORG", kind_named=True))
    return found


def _kin_follows(toks, end: int, lexicon: Lexicon) -> bool:
    """Return True when a kin noun someone owns follows the name ("X's nephew", "X's younger brother")."""
    return _owned_follows(toks, end, lexicon.kin_nouns)


def _owned_follows(toks, end: int, nouns: frozenset[str]) -> bool:
    """Return True when one of the nouns, owned by the name, follows it ("X's younger brother", "X's board")."""
    if end + 1 >= len(toks) or toks[end].lower_ not in ("'s", "’s"):
        return False
    k = end + 1
    while k < len(toks) - 1 and toks[k].pos_ == "ADJ":
        k += 1  # "X's younger brother", "X's late father"
    two = f"{toks[k].lower_} {toks[k + 1].lower_}" if k + 1 < len(toks) else ""
    return toks[k].lower_ in nouns or two in nouns


def _party_before_member(toks, k: int, lexicon: Lexicon) -> bool:
    """Return True for a party's one-word name before a member's title and a name ("Labour MP X")."""
    return k + 2 < len(toks) and toks[k].is_title and toks[k].lower_ in lexicon.party_names \
        and toks[k + 1].lower_ in lexicon.party_titles and toks[k + 2].text[:1].isupper()


#: Words an acronym skips: "Bharatiya Janata Party" is BJP, "Ministry of Finance" MoF or MF, "Union
#: Régionale des Producteurs du Borgou" URPB.
ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "&", "in", "on", "at", "des"}) | NAME_PARTICLES


def _missed_mentions(doc, mentions: list[Mention], lexicon: Lexicon, headline_end: int) -> list[Mention]:
    """Return mentions NER missed: later uses of a name (or a person's surname) it found once.

    The small model often tags "Olaf Scholz" but not a bare "Scholz" two sentences on;
    a reader knows both name the same person, so the exact capitalised form counts too.
    """
    forms: dict[tuple[str, ...], str] = {}
    toks = tokens(doc)
    for mention in mentions:
        words = tuple(t.text for t in toks[mention.start : mention.end])
        forms.setdefault(words, mention.label)
        if mention.label == "PERSON" and len(words) > 1:
            # the surname: the last word as written, with its hyphenated parts ("Asante-Boadu")
            last = mention.end - 1
            while last - 2 >= mention.start and hyphen_inside(toks, last - 1):
                last -= 2
            if last > mention.start:
                forms.setdefault(words[last - mention.start :], "PERSON")
            for k, word in enumerate(words[1:-1], 1):
                if word.lower() in NAME_PARTICLES:
                    forms.setdefault(words[k:], "PERSON")  # "dela Cruz", "van Dijk"
                    break
        elif mention.label == "ORG" and len(words) > 1:
            # "Union Régionale des Producteurs du Borgou" -> "URPB": its acronym, however NER read it
            letters = "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS).upper()
            # (two words give two letters: "PC" for the "Progressive Conservatives"; no country's)
            if (len(words) >= 3 and 3 <= len(letters) <= 7 or len(words) == 2 == len(letters)
                    and letters.lower() not in lexicon.countries) and letters.isalpha():
                forms.setdefault((letters,), "ORG")
            # "Redrock Minerals" -> "Redrock", "Hudson Kings" -> "Kings": distinctive halves only.
            for part in (words[:1], words[-1:]):
                word = part[0]
                if len(word) > 2 and word.lower() not in lexicon.generic_org_words \
                        and word.lower() not in lexicon.titles and word.lower() not in lexicon.portfolios:
                    forms.setdefault(part, "ORG")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, label in forms.items():
        by_first.setdefault(words[0], []).append((words, label))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    i = 0
    f = facts(doc)
    while i < len(toks):
        lower = f.lower[i]
        if i in covered or (lower if lower in NAME_PARTICLES else f.text[i]) not in by_first:
            i += 1
            continue  # (the cheap test first: most words begin no known name)
        token = toks[i]
        match = None
        starts_name = token.is_title or token.is_upper or (
            token.lower_ in NAME_PARTICLES and i + 1 < len(toks) and toks[i + 1].is_title)
        form_of = (lambda t, k: t.lower_ if k == 0 and t.lower_ in NAME_PARTICLES else t.text)
        # An organisation's distinctive half may be tagged a common noun when it modifies
        # a role: "Kings general manager Owen Pratt" (the Hudson Kings).
        # (or an adjective or verb, to the tagger, when it opens a sentence: "Unite regional officer X")
        org_part = token.text[:1].isupper() and token.dep_ in ("compound", "amod", "poss") and (
            token.pos_ == "NOUN" or token.pos_ in ("ADJ", "VERB") and token.is_sent_start and token.head.pos_ == "NOUN")
        # A known name the tagger read as another word class ("Trump, for his part, ..." as an
        # interjection) still names its entity when it fills a noun's place in the clause.
        misread = token.pos_ in ("INTJ", "NOUN", "ADJ", "X", "VERB") and token.dep_ in _ARGUMENT_DEPS
        if starts_name and (token.pos_ == "PROPN" or token.idx < headline_end or token.lower_ in NAME_PARTICLES
                            or org_part or misread) and i not in covered:
            for words, label in by_first.get(form_of(token, 0), ()):
                if org_part and not misread and (label != "ORG" or len(words) > 1):
                    continue  # (a possessive "Tavares's own party" may be anyone's name)
                end = i + len(words)
                if end <= len(toks) and tuple(form_of(t, k) for k, t in enumerate(toks[i:end])) == words \
                        and not covered & set(range(i, end)):
                    if end < len(toks) and toks[end].pos_ == "PROPN" and toks[end].is_title:
                        continue  # part of a longer name we do not know ("Kapoor Industries")
                    if match is None or len(words) > len(match[0]):
                        match = (words, label)
        if match:
            end = i + len(match[0])
            name = clean_name(text_of(doc, i, end))
            if not _is_junk(name, lexicon):
                before, _ = _title_before(doc, i, lexicon)
                found.append(Mention(i, end, name, match[1], (before,) if before else (),
                                     in_headline=token.idx < headline_end))
            i = end
            continue
        i += 1
    return found
