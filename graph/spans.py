"""Entity spans of a parsed Doc with the small English model's usual cuts mended.

The recogniser often stops short of a name ("striker [Davi] Moreira"), splits one
organisation in two ("[Sindicato] dos [Enfermeiros Unidos]", "[Saigon] Stars FC") or
tags its first word a place. These rules put the pieces back from the parse and the
capitalisation, before the spans become mentions (graph/mentions.py).
"""

from __future__ import annotations

import re

from graph.lexicon import Lexicon
from graph.tokens import facts, ner_spans, sentence_of, tokens
from graph.type_evidence import is_person_name

#: Lower-case particles inside names ("Ramon dela Cruz", "Pieter van Dijk").
NAME_PARTICLES = frozenset(
    "de da del dela della di do dos das du van von der den ter bin bint binti ibn al el le la við".split())


def name_cased(token) -> bool:
    """Return True for a word written as a name is, capitalised with lower case after: also
    "Floc'h" and "McDonald", which str.istitle (spaCy's is_title) rejects."""
    text = token.text
    return text[:1].isupper() and any(c.islower() for c in text)


def _nicknamed(doc, ents: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return the spans with a nickname quoted inside a name made one person's name: 'Winston
    "Bonny" Mathurin', which NER cuts into two places and nothing."""
    found = []
    toks, pos = tokens(doc), facts(doc).pos
    for i in range(len(toks) - 4):
        if pos[i] != "PROPN" or not toks[i + 1].is_quote:
            continue  # (the cheap test first: this runs on every word of the story)
        given, left, nick, closing, surname = toks[i : i + 5]
        if given.pos_ == "PROPN" and given.is_title and given.lower_ not in lexicon.titles and given.whitespace_ \
                and left.is_quote and not left.whitespace_ and nick.is_title and not nick.whitespace_ \
                and closing.is_quote and closing.whitespace_ and surname.is_title and surname.pos_ == "PROPN":
            end = i + 5
            while end < len(toks) and toks[end].pos_ == "PROPN" and toks[end].is_title and end - i < 7:
                end += 1  # ('Lennox "Bunny" St. Antoine')
            found.append((i, end))
    if not found:
        return ents
    kept = [e for e in ents if not any(e[0] < end and start < e[1] for start, end in found)]
    return sorted(kept + [(start, end, "PERSON") for start, end in found])


def _joined_possessives(toks, ents: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return the spans with "the [Vincentian Teachers'] and [Civil Servants' Association]" made one
    organisation: a plural possessive and "and" go on into the organisation word that ends the name."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in ents:
        if out and out[-1][2] == "ORG" and label == "ORG" and start == out[-1][1] + 1 \
                and toks[start - 1].lower_ in ("and", "&") and toks[out[-1][1] - 1].text in ("'", "’") \
                and toks[end - 1].lower_ in lexicon.generic_org_words:
            out[-1] = (out[-1][0], end, "ORG")
            continue
        out.append((start, end, label))
    return out


def repaired_spans(doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return NER spans with the small model's usual cuts mended.

    A person's name keeps a given name NER left out ("striker [Davi] Moreira") and its
    particles ("Paolo [dela Cruz]"); an organisation keeps a place that ends its name
    ("Union Deportiva [Costa Brava]") and a "The X and" that begins it ("The [Mine and]
    Metal Workers Union").
    """
    toks = tokens(doc)  # one Token per index: spaCy builds a new one on every doc[i]
    f = facts(doc)  # (and each word's strings as plain lists: spaCy looks them up anew on each read)
    ents = _nicknamed(doc, _merged_place_prefixes(doc, _split_at_commas(doc, lexicon), lexicon), lexicon)
    ents = _joined_possessives(toks, ents, lexicon)
    covered = {i for s, e, _ in ents for i in range(s, e)}
    out: list[tuple[int, int, str]] = []
    skip = set()
    for n, (start, end, label) in enumerate(ents):
        if n in skip:
            continue
        if label in ("PERSON", "ORG") and end - start > 1 and f.lower[end - 1] in lexicon.titles \
                and toks[end - 1].is_title and n + 1 < len(ents) and ents[n + 1][2] == "PERSON" \
                and (ents[n + 1][0] == end or ents[n + 1][0] == end + 1 and toks[end].is_title):
            # "[Bangka Belitung Governor] [Rusdi Maulana]": a place or body and the title of the name
            # after it, NER's one person
            end -= 1
            label = "GPE" if f.lower[end] in lexicon.place_titles else "ORG"
        if start > 0 and ((toks[start - 1].is_title or toks[start - 1].is_upper)
                          and f.lower[start - 1] in lexicon.kind_prefixes
                          or f.text[start - 1] in lexicon.club_initials):
            # "Partai Amanah Bangsa", NER's "[Partai] [Amanah Bangsa]", "HK [Orava Dolný Kubín]": the
            # kind word opens the name
            start, label = start - 1, "ORG"
            if out and out[-1][1] == start + 1:
                start = out.pop()[0]  # ("[Unión Deportiva] [Costa Brava]": the words before it too)
        start, label = _joined_start(toks, start, label, covered, lexicon)
        if label == "ORG" and start > 0 and toks[start - 1].is_title and toks[start - 1].is_alpha \
                and toks[start - 1].ent_type_ == "CARDINAL" and end - start >= 2:
            # "[Seven] [Mile Trust Bank]": a number word written capitalised opens the name
            if out and out[-1][:2] == (start - 1, start):
                out.pop()
            start -= 1
        if label == "PERSON" and n + 1 < len(ents) and ents[n + 1][0] == end and ents[n + 1][1] == end + 1 \
                and f.pos[end] == "PROPN" and toks[end].is_title and f.lower[end] not in lexicon.titles and (
                    toks[end - 1].head.i == end
                    or toks[end].head.i == end - 1 and f.dep[end] in ("appos", "compound", "flat")
                    and ents[n + 1][2] in ("GPE", "ORG", "NORP", "LOC", "FAC")):
            # "[Hyun-woo] [Pak]" tagged PERSON then ORG, "[Anil Kumar] [Dhasmana]" then a place hung on
            # "Kumar": a name's last word NER split off
            end += 1
            skip.add(n + 1)
        elif label == "PERSON" and n + 1 < len(ents) and (
                end - start == 1
                # (or a Malay name's hereditary title said again before the father's name: "[Abang
                # Zulkifli] [Abang Ahmad]", "Wan Aziz Wan Ismail")
                or end - start == 2 and f.text[start] == f.text[end]) \
                and ents[n + 1][0] == end and ents[n + 1][2] == "PERSON" \
                and ents[n + 1][1] - end <= 2 and f.dep[end - 1] == "compound" \
                and end <= toks[end - 1].head.i < ents[n + 1][1] and all(
                    toks[k].is_title and f.lower[k] not in lexicon.titles for k in range(end, ents[n + 1][1])):
            # "[Montserrat] [Vidal Roig]", "[Bambang] [Hartono Wibisono]", two people to NER: a first
            # name (in the given-name lists or not) and the names it compounds into
            # (not "[Madison Alder] [Priya Raman]": a place and a title before a name)
            end = ents[n + 1][1]
            skip.add(n + 1)
        if label == "NORP" and n + 1 < len(ents) and ents[n + 1][0] == end and ents[n + 1][2] == "NORP" \
                and f.lower[ents[n + 1][1] - 1].endswith("s") and f.lower[ents[n + 1][1] - 1][:-1] in lexicon.party_members:
            # "the [Christian] [Democrats]": a party's members' name NER cut in two
            end = ents[n + 1][1]
            skip.add(n + 1)
        if label == "ORG" and end + 1 < len(toks) and f.lower[end] == "and" \
                and "the" in (f.lower[start], f.lower[start - 1] if start else "") \
                and any(f.lower[k] in ("for", "of") for k in range(start + 1, end - 1)):
            # "the [Federal Centre for Conciliation] and [Labour Registration]", "the Ministry of Trade
            # and Industry": one body whose "for" phrase runs on through "and" into dictionary words
            # (not "the Bank of England and Barclays", "the University of Lagos and Shell Nigeria")
            last = end + 1
            while last < len(toks) and toks[last].is_title and f.lower[last] in lexicon.common_words \
                    and f.lower[last] not in lexicon.countries:
                last += 1
            if last > end + 1 and not (last < len(toks) and toks[last].is_title) \
                    and all(e[0] > last or e[1] <= end or e[2] == "ORG" and e[1] <= last for e in ents[n + 1 :]):
                end = last
                skip.update(k for k in range(n + 1, len(ents)) if ents[k][1] <= last)
        link = end
        # (and "and" in the name's own language, after a kind word: "[Gewerkschaft Hafen] und [Logistik]")
        links = _ORG_LINKS | FOREIGN_ANDS if f.lower[start] in lexicon.kind_prefixes else _ORG_LINKS
        while link < min(len(toks) - 1, end + 2) and f.lower[link] in links:
            link += 1  # ("[Union] pour le [Renouveau du Kasaï]": two linking words)
        if label == "ORG" and link > end and toks[link].is_title and f.lower[link - 1] in links \
                and all(e[0] > link or e[1] <= end or e[2] in ("ORG", "GPE", "LOC", "PERSON") for e in ents[n + 1 :]):
            # "the [Cooperativa Agroindustrial] do [Sudoeste Goiano]": a body's "of" phrase in its own
            # language goes on its name (capitalised words after the particle, and their spans)
            last = link
            while last < len(toks) and toks[last].is_title and f.pos[last] == "PROPN":
                last += 1
                if last + 1 < len(toks) and f.lower[last] in _ORG_PARTICLES and toks[last + 1].is_title:
                    last += 1  # (and on through a joiner inside it: "Renouveau [du] Kasaï")
            if last > link:
                end = last
                # (and the spans NER made inside it, or running on past it: "[Renouveau du Kasaï]")
                for k in range(n + 1, len(ents)):
                    if ents[k][0] < last:
                        end = max(end, ents[k][1])
                        skip.add(k)
        conj = end - 1 if f.lower[end - 1] == "and" else end  # (NER may take the "and" in)
        if label == "ORG" and n + 1 < len(ents) and ents[n + 1][2] == "ORG" and ents[n + 1][0] == conj + 1 \
                and conj < len(toks) and f.lower[conj] == "and" and "the" in (f.lower[start], f.lower[start - 1] if start else "") \
                and f.lower[ents[n + 1][1] - 1] in lexicon.part_nouns and f.lower[conj - 1] not in lexicon.generic_org_words:
            # "the [Senate Finance] and [Taxation Committee]": one committee of two portfolios (not "the
            # Bank of X and the Y Committee", two bodies each with its own head word)
            end = ents[n + 1][1]
            skip.add(n + 1)
        if label != "PERSON" and end - start == 1 and n + 1 < len(ents) and ents[n + 1][0] == end \
                and ents[n + 1][2] == "PERSON" and f.pos[start] == "PROPN" and toks[start].is_title \
                and toks[start].head.i in range(end, ents[n + 1][1]) \
                and lexicon.given_name_gender(f.text[start]) is not None:
            # "[Esteban] [Lucero]" tagged ORG then PERSON: a given name NER split off the surname
            end, label = ents[n + 1][1], "PERSON"
            skip.add(n + 1)
        elif label != "PERSON" and end - start == 1 and f.pos[start] == "PROPN" and toks[start].is_title \
                and f.dep[start] == "compound" and lexicon.given_name_gender(f.text[start]) is not None:
            # "[Nuria] Fidalgo Cima" (NER: a place, then nothing): a given name and the surnames it
            # compounds into, names NER left untagged
            last = toks[start].head.i
            if end < last <= end + 2 and all(k not in covered and f.pos[k] == "PROPN" and toks[k].is_title
                                             and f.lower[k] not in lexicon.titles for k in range(end, last + 1)):
                end, label = last + 1, "PERSON"
        if end + 1 < len(doc) and f.lower[end] in PATRONYMICS and n + 1 < len(ents) \
                and ents[n + 1][0] == end + 1 and toks[end + 1].is_title:
            # "[Shaikha Noor] bint [Khalid Al-Khalifa]": "son/daughter of" joins one person's name
            end, label = ents[n + 1][1], "PERSON"
            skip.add(n + 1)
        if n + 1 < len(ents) and ents[n + 1][0] == end and ents[n + 1][1] == end + 1 \
                and f.lower[end] in lexicon.referent_names.get("company", ()) and f.text[end][:1].isupper():
            end, label = end + 1, "ORG"  # "[PT Sinar Abadi] [Tbk]": a company form NER split off
            skip.add(n + 1)
        if label == "NORP" and end - start == 1 and start > 0 and start - 1 not in covered \
                and f.pos[start - 1] == "PROPN" and toks[start - 1].is_title \
                and f.dep[start - 1] == "compound" and toks[start - 1].head.i == start \
                and f.lower[start - 1] not in lexicon.titles \
                and not {f.lower[start - 1], f.lower[start]} & lexicon.common_words:
            # "[Slamet] Wahyudi": a name the tagger took for a people's, with its given name (not
            # "Social Democrat", dictionary words)
            label = "PERSON"
        if label == "PERSON":
            if start > 1 and f.lower[start - 1] in NAME_PARTICLES and toks[start - 1].is_lower \
                    and start - 2 not in covered and f.pos[start - 2] in ("PROPN", "NOUN") \
                    and toks[start - 2].is_title \
                    and f.lower[start - 2] not in lexicon.titles and start - 1 > sentence_of(toks[start]).start:
                start -= 2  # "[Hanus] við [Stein]": the given name before a particle NER left out
            while start > 0 and start - 1 not in covered and f.pos[start - 1] == "PROPN" \
                    and toks[start - 1].is_title and f.lower[start - 1] not in lexicon.titles \
                    and start - sentence_of(toks[start]).start > 0 and end - start < 4:
                start -= 1
            if start > 1 and toks[start - 1].text == "-" and not toks[start - 1].whitespace_ \
                    and not toks[start - 2].whitespace_ and start - 2 not in covered and f.pos[start - 2] == "PROPN" \
                    and toks[start - 2].is_title and lexicon.given_name_gender(f.text[start - 2]) is not None \
                    and f.lower[start - 2] not in lexicon.titles and f.lower[start] not in lexicon.titles:
                start -= 2  # "Jan-[Willem ter Horst]": a hyphenated given name's first half
            while end + 1 < len(doc) and (f.lower[end] in NAME_PARTICLES or f.text[end] in SURNAME_JOINERS) \
                    and toks[end + 1].is_title:
                end += 2
                while end < len(doc) and toks[end].is_title and f.pos[end] == "PROPN" and end not in covered:
                    end += 1
        if label == "PERSON" and end < len(doc) and f.lower[end - 1] in _SAINTS and toks[end].is_title \
                and f.pos[end] == "PROPN":
            end += 1  # "[Claudette St.] Rose-Frederick": "St." opens a surname, it does not end a name
        # "Kang Min[-seok]": a name does not end inside a hyphenated word
        end = _through_hyphens(toks, end, covered, lexicon)
        if label == "ORG" and end < len(doc) and f.lower[end - 1] in _NUMBERED and toks[end].is_digit:
            end += 1  # "Culinary Workers Union Local [226]", "Teamsters Local [727]"
        if label in ("ORG", "GPE"):
            # "[Real] Madrid coach Carlo Ancelotti": a proper noun compounding the name is part of it.
            while start > 0 and start - 1 not in covered and f.pos[start - 1] == "PROPN" \
                    and (toks[start - 1].is_title or _GLOTTAL.match(f.text[start - 1])) \
                    and f.dep[start - 1] == "compound" \
                    and toks[start - 1].head.i in range(start, end + 2) \
                    and f.lower[start - 1] not in lexicon.titles and end - start < 5:
                start -= 1
        # "[Norhayati] Rashid": the span's last word is a compound of the proper noun after it.
        while end < len(doc) and end not in covered and f.dep[end - 1] == "compound" \
                and toks[end - 1].head.i == end and f.pos[end] == "PROPN" and name_cased(toks[end]) \
                and f.lower[end] not in lexicon.titles:
            end += 1
            end = _through_hyphens(toks, end, covered, lexicon)  # ("[Pakistan] Tehreek-e-Insaf")
        if label == "PERSON" and end < len(doc) and f.dep[end - 1] == "compound" \
                and end < toks[end - 1].head.i <= end + 2 and end - start < 4 and all(
                    f.pos[k] == "PROPN" and toks[k].is_title and k not in covered
                    and f.lower[k] not in lexicon.titles for k in range(end, toks[end - 1].head.i + 1)):
            end = toks[end - 1].head.i + 1  # "[Datuk Clarence] Kong Siew Loong": a Chinese name's given names after
        if label == "ORG" and toks[start].is_upper and f.lower[start] in lexicon.org_words:
            # "1. FC Lahn Gießen", "1. FSV Mainz": a German club's number opens its name (the
            # tokenizer cuts it into "1" and "." or reads "1." alone); not a score that ends a
            # sentence: "won 2-1. FC Köln ..."
            cut = 2 if start >= 2 and f.text[start - 1] == "." and f.text[start - 2].isdigit() \
                and len(f.text[start - 2]) <= 2 else 1 if start >= 1 and f.text[start - 1][:-1].isdigit() \
                and f.text[start - 1].endswith(".") and len(f.text[start - 1]) <= 3 else 0
            if cut and not (start - cut > 0 and f.text[start - cut - 1] in ("-", "–", "—") and start - cut > 1
                            and f.text[start - cut - 2].isdigit()):
                start -= cut
        club = f.lower[start] in lexicon.kind_prefixes or f.text[start] in lexicon.club_initials
        if label == "ORG" and club and end - start == 1:
            # "[TSV] Remstal coach X" (the tagger took the place for an adjective): a club's opening
            # letters alone name nothing; the capitalised words after them are the name
            while end < len(doc) and end not in covered and toks[end].is_title and toks[end].is_alpha \
                    and f.lower[end] not in lexicon.titles and end - start < 4:
                end += 1
        last = toks[end - 1]
        if label == "ORG" and club and last.dep_ == "compound" and end < last.head.i <= end + 2 and all(
                f.pos[k] == "PROPN" and toks[k].is_title and f.lower[k] not in lexicon.titles
                and k not in covered for k in range(end, last.head.i + 1)):
            end = last.head.i + 1  # "[Club Deportivo Fuerte] San Miguel": a club's name goes on with a place
        if label == "ORG":
            if n + 1 < len(ents) and ents[n + 1][0] == end and ents[n + 1][2] in ("GPE", "LOC") \
                    and f.lower[end - 1] not in ("'s", "’s"):  # (not "Meridian's [Africa] director")
                end = ents[n + 1][1]
                skip.add(n + 1)
            if start >= 3 and f.lower[start - 1] == "and" and toks[start - 2].is_title \
                    and f.lower[start - 3] == "the":
                start -= 2
            nxt = n + 1 + (n + 1 in skip)
            if nxt < len(ents) and end + 1 == ents[nxt][0] and f.lower[end] == "of" and ents[nxt][2] == "GPE" \
                    and f.lower[end - 1] not in lexicon.referent_names.get("company", ()):
                end = ents[nxt][1]  # "Union of South Africa" (not "Cordillera Copper Corp. of Vancouver": a
                skip.add(nxt)  # company's legal form ends its name, and the place says where it is)
        out.append((start, end, label))
    return _split_at_lines(toks, out)


def _through_hyphens(toks, end: int, covered: set[int], lexicon: Lexicon) -> int:
    """Return where a name ending at ``end`` ends once it runs on through the hyphens written inside
    it: "Kang Min[-seok]", "Pakistan Tehreek[-e-Insaf]" (not "Curitiba-based", "Kremlin-backed": an
    English word after the hyphen makes an adjective)."""
    while end + 1 < len(toks) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
            and not toks[end].whitespace_ and toks[end + 1].is_alpha and end + 1 not in covered:
        if end + 3 < len(toks) and toks[end + 1].is_lower and len(toks[end + 1].text) <= 3 \
                and not toks[end + 1].whitespace_ and toks[end + 2].text == "-" and not toks[end + 2].whitespace_ \
                and toks[end + 3].is_title:
            end += 4  # "Jamaat-e-Islami", "Tehreek-e-Insaf": a linking particle between two capitalised words
            continue
        if toks[end + 1].is_lower and toks[end + 1].lower_ in lexicon.common_words:
            break
        end += 2
    return end


def _split_at_lines(toks, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the spans cut at line breaks: no name runs from a headline into the story ("Contract
    Standoff | Front Range FC", one NER span with the blank dateline between)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        breaks = [k for k in range(start, end) if "\n" in toks[k].text]
        if not breaks:
            out.append((start, end, label))
            continue
        for begin, stop in zip([start] + [k + 1 for k in breaks], breaks + [end]):
            if stop > begin:
                out.append((begin, stop, label))
    return out


#: The "and" that joins a Catalan, Spanish or Portuguese person's two family names ("Jordi Ferrer i
#: Puig", "José Ortega y Gasset", "Ana Sousa e Silva"), as written: lower case only.
SURNAME_JOINERS = frozenset({"i", "y", "e"})
#: A capitalised word with a glottal stop written as an apostrophe ("Galea'i", "Fa'amausili"):
#: Python's ``istitle`` (and spaCy's ``is_title``) read the letter after it as a new, lower-case word.
_GLOTTAL = re.compile(r"^[A-Z][a-z]+['’ʻ][a-z]+$")
#: Abbreviations that open surnames ("St. John", "Ste. Marie").
_SAINTS = frozenset({"st.", "st", "ste.", "ste"})
#: Words of Arabic and Malay names that mean "son/daughter of": they join two parts of one name.
PATRONYMICS = frozenset({"bin", "bint", "binti", "ibn", "binte"})
#: Last words of organisation names that go on with a number ("Local 226", "District 9").
_NUMBERED = frozenset({"local", "lodge", "chapter", "district", "branch", "division"})
#: Words inside Romance and Germanic organisation names ("Sindicato dos Enfermeiros", "Banco de España").
NAME_JOINERS = frozenset({"de", "dos", "das", "do", "da", "del", "della", "di", "du", "des", "der", "van", "von"})
#: ... of which those of a body's "of" phrase in Romance languages ("Cooperativa Agroindustrial do
#: Sudoeste Goiano"), which a name NER ended before goes on through
_ORG_PARTICLES = NAME_JOINERS - {"der", "van", "von"}
#: The Romance words for "for" inside a body's name ("Union pour le Renouveau", "Frente para la Victoria").
FOR_WORDS = frozenset({"pour", "para", "per"})
#: "And" in the languages whose kind words open a body's name ("Gewerkschaft Hafen und Logistik",
#: "Sindicato de Pescadores y Estibadores"): a name its kind word opens runs on through it.
FOREIGN_ANDS = frozenset({"und", "y", "e", "et", "en"})
#: ... with which, and the words for "the", such a phrase may open ("Union pour le Renouveau du Kasaï")
_ORG_LINKS = _ORG_PARTICLES | FOR_WORDS | {"le", "la", "les", "el", "los", "las"}


def _joined_start(toks, start: int, label: str, covered: set[int], lexicon: Lexicon) -> tuple[int, str]:
    """Return where a name NER cut after its joiner really starts, and its label: "Tigres do
    [Vale]", "Independiente [del Valle]", "Dar es [Salaam]". A place after a joiner names an
    organisation ("Conservas do Norte"); only "es" joins a place's own name."""
    if label not in ("ORG", "GPE", "LOC", "FAC") or start < 2:
        return start, label
    joiner = start - 1 if toks[start - 1].is_lower else start if toks[start].is_lower and start + 1 < len(toks) else -1
    if joiner < 1 or toks[joiner].lower_ not in NAME_JOINERS | {"es"} or joiner - 1 in covered:
        return start, label
    first = joiner - 1
    if not (toks[first].is_title and toks[first].is_alpha and toks[first].lower_ not in lexicon.titles):
        return start, label
    # (further capitalised words before it belong to the name too: "Club Atlético Tigres do Vale")
    while first > 0 and first - 1 not in covered and toks[first - 1].is_title and toks[first - 1].pos_ == "PROPN" \
            and toks[first - 1].lower_ not in lexicon.titles and joiner - first < 3 and not toks[first].is_sent_start:
        first -= 1
    # (and a second joiner: "[Sindikato di] Trahadónan di Refineria")
    while first >= 2 and toks[first - 1].lower_ in NAME_JOINERS and first - 2 not in covered \
            and toks[first - 2].is_title and toks[first - 2].is_alpha and toks[first - 2].lower_ not in lexicon.titles:
        first -= 2
    if toks[joiner].lower_ == "es":
        return first, label
    return first, "ORG" if label in ("GPE", "LOC") else label


def _split_at_commas(doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return the NER spans with a span that runs over a comma split there ("[Osh, Bakyt
    Toktorov]" tagged one organisation): the part after the comma is a person when it reads as
    a person's name."""
    out: list[tuple[int, int, str]] = []
    for ent in ner_spans(doc):
        start, end, label = ent.start, ent.end, ent.label_
        while end - start > 1 and doc[end - 1].text == ",":
            end -= 1  # "[Dedi Syahputra,] Siregar's brother-in-law": no name ends in a comma
        commas = [k for k in range(start + 1, end - 1) if doc[k].text == ","]
        if not commas or label not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
            out.append((start, end, label))
            continue
        cut = commas[-1]
        words = [t.text for t in doc[cut + 1 : end]]
        out.append((start, cut, label))
        out.append((cut + 1, end, "PERSON" if is_person_name(words, lexicon) else label))
    return out


def _team_after(doc, end: int, lexicon: Lexicon) -> bool:
    """Return True when a place is the first word of a team's name: capitalised words ending in a
    plural nickname, then a player's position or a coach ("Guyana Harpy Eagles wicketkeeper X")."""
    f = facts(doc)  # (each word's strings as plain lists)
    head = doc[end - 1].head.i
    return end <= head < end + 3 and f.tag[head] == "NNPS" and head + 1 < len(doc) \
        and all(t.is_title for t in doc[end : head + 1]) \
        and (f.lower[head + 1] in lexicon.player_positions or f.lower[head + 1] in TEAM_STAFF)


#: Staff a team's name comes before, as players' positions do ("Harpy Eagles coach X").
TEAM_STAFF = frozenset({"coach", "captain", "skipper", "manager"})


def _merged_place_prefixes(doc, ents: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return the spans with a place that begins an organisation's name made that organisation
    ("[Saigon] Stars FC" -> "Saigon Stars FC"): the place compounds into capitalised words that
    end in an organisation word ("FC", "United", "Council")."""
    f = facts(doc)  # (each word's strings as plain lists)
    out: list[tuple[int, int, str]] = []
    starts = {s for s, _, _ in ents}
    swallowed = -1  # the last token of a team's name a place began ("[Guyana] [Harpy] Eagles wicketkeeper X")
    for start, end, label in ents:
        if start <= swallowed:
            continue
        if label in ("GPE", "LOC") and f.dep[end - 1] == "compound" and _team_after(doc, end, lexicon):
            swallowed = doc[end - 1].head.i
            out.append((start, swallowed + 1, "ORG"))
            continue
        if out and out[-1][1] + 1 == start and label == "ORG" and f.lower[start - 1] in NAME_JOINERS \
                and out[-1][2] in ("GPE", "LOC", "ORG", "FAC"):
            out[-1] = (out[-1][0], end, "ORG")  # "[Sindicato] dos [Enfermeiros Unidos]"
            continue
        if out and out[-1][1] + 1 == start and out[-1][2] == "ORG" and f.lower[start - 1] in ("and", "&") \
                and end - start == 1 and f.lower[start] in lexicon.common_words and doc[start].is_title \
                and label not in ("PERSON", "ORG"):
            out[-1] = (out[-1][0], end, "ORG")  # "[Delta Nile Spinning] and [Weaving]": a trade, not a name
            continue
        if out and out[-1][1] == start and label == "ORG" and out[-1][2] in ("GPE", "LOC", "NORP") \
                and all(f.dep[k] == "compound" and start <= doc[k].head.i < end for k in range(out[-1][0], start)):
            out[-1] = (out[-1][0], end, "ORG")
            continue
        if out and out[-1][1] == start and label == "ORG" and out[-1][2] == "GPE" and end < len(doc) \
                and f.lower[end] in lexicon.titles and all(
                    f.dep[k] == "compound" and k < doc[k].head.i <= end for k in range(out[-1][0], end)):
            out[-1] = (out[-1][0], end, "ORG")  # "[Grundy County] [GOP] Chairman X": one body before the title
            continue
        if label in ("GPE", "LOC", "NORP") and f.dep[end - 1] == "compound" and doc[end - 1].head.i >= end:
            head = doc[end - 1].head.i
            words = doc[end : head + 1]
            if head - end < 4 and head + 1 not in starts and all(t.is_title or t.is_upper for t in words) \
                    and not any(end <= s <= head for s in starts) \
                    and (f.lower[head] in lexicon.org_suffixes or lexicon.generic_referents.get(f.lower[head]) == "ORG"):
                out.append((start, head + 1, "ORG"))
                continue
        out.append((start, end, label))
    return out
