"""Entities of one document: the mentions of one name, its short forms, acronym and headline
forms merged into one ``DocEntity`` with the fullest name, a type by vote and every alias.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from graph.lexicon import Lexicon
from graph.mentions import ACRONYM_SKIPS, INITIAL, QUOTES, Mention, is_person_name, name_key
from graph.records import DocEntity
from graph.spans import NAME_PARTICLES


#: Suffixes that tell a father from his son ("Joao Plata" is not "Joao Plata Jr.").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior", "filho", "neto"})
#: A nickname quoted inside a person's name ('Maria Lourdes "Malou" Sabal').
_NICKNAME = re.compile(r"\s+[\"“][^\"“”]+[\"”]\s+")


@dataclass
class _Cluster:
    """A growing group of mentions that name one entity."""

    names: Counter
    labels: Counter
    titles: list
    key_words: tuple[str, ...]
    body: bool = False
    body_names: set = field(default_factory=set)
    first: int = 1 << 30  # token index of its first mention

    @property
    def name(self) -> str:
        """Return the fullest body name: most words, then most frequent, then first seen."""
        names = [n for n in self.names if n in self.body_names] or list(self.names)
        seen = {n: k for k, n in enumerate(self.names)}  # (first seen: one lookup, not a list per name)
        return max(names, key=lambda n: (len(n.split()), self.names[n], -seen[n]))


def cluster_mentions(mentions: list[Mention], lexicon: Lexicon, places: frozenset[str] = frozenset(),
                     short_forms: dict[int, int] | None = None) -> tuple[list[DocEntity], list[int]]:
    """Return the document's entities and, per mention, the index of its entity (``places``: the
    case-folded names the story's datelines give, which are places whatever NER said;
    ``short_forms``: mention -> the mention of the name it abbreviates in brackets after it)."""
    short_forms = short_forms or {}
    clusters: list[_Cluster] = []
    by_key: dict[str, int] = {}
    assignment: list[int] = [-1] * len(mentions)
    short_orgs: set[str] = set()  # short forms NER called people, found to name an organisation
    org_words = lexicon.org_words
    # Multi-word names first, so a bare "Okafor" in a headline finds "Ada Okafor".
    # Body mentions before headline ones: a Title-Case headline ("Rheinhafen Captain Comes Out")
    # must not give a body name its shape.
    # (a bracketed short form before the other mentions of its letters, so they find the name it stands for)
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].in_headline, -len(mentions[i].name.split()),
                                                        i not in short_forms, i))
    for i in order:
        mention = mentions[i]
        key = name_key(mention.name)
        index = by_key.get(key)
        label = "ORG" if key in short_orgs else mention.label
        if index is None and short_forms.get(i, -1) >= 0 and assignment[short_forms[i]] >= 0:
            index = assignment[short_forms[i]]  # "the National Awakening Party (PKB)": its own short form
            label = mentions[short_forms[i]].label
        if index is None:
            # an abbreviation names the organisation whose initials it spells before a longer name
            # it opens ("GFA" is the Guam Football Association, not the "GFA National Training Center")
            index = _acronym_of(mention.name, clusters)
        if index is None:
            index = _titled_surname(key, mention.titles, clusters, lexicon)
        if index is None and not mention.kind_named:
            index = _family_plural(key, clusters)
            label = "PERSON" if index is not None else label
        if index is None:
            index = None if mention.label == "GPE" and (key in lexicon.countries or mention.kind_named) else \
                _match_partial(key, mention.label, clusters, lexicon.sub_bodies, org_words)
            if index is not None and label in ("GPE", "LOC") and not _person_cluster(clusters[index]) and (
                    " " not in key and mention.start < clusters[index].first
                    or clusters[index].key_words[: len(key.split())] == tuple(key.split())
                    and clusters[index].key_words[-1] in lexicon.named_referents):
                # (a place named before the body named after it: "Extremadura's president" is no
                # short form of "Canal Extremadura", the broadcaster the story names later; nor is a
                # place that opens a public body's name: "New Mexico boxers" and the "New Mexico
                # Athletic Commission")
                index = None
            # (a country NER calls one is no short form: "Gibraltar" is not the "Gibraltar
            # Socialist Labour Party", "Pakistan" not the "Pakistan Cricket Board"; nor a place the
            # text says is one: "the mayor of Sete Lagoas" is not "Sete Lagoas Esporte Clube")
            if index is not None and label == "PERSON" and not _person_cluster(clusters[index]) \
                    and not _surname_of(tuple(key.split()), clusters[index], org_words):
                short_orgs.add(key)  # "Calder Ridge" short for "Calder Ridge Capital": it votes as its organisation
                label = "ORG"
        if index is None and mention.in_headline:
            index = _headline_extension(key, clusters)
        if index is None:
            clusters.append(_Cluster(Counter(), Counter(), [], tuple(key.split())))
            index = len(clusters) - 1
        by_key.setdefault(key, index)
        if label in ("GPE", "LOC") and " " in key and key.rsplit(" ", 1)[1] in lexicon.place_kinds:
            by_key.setdefault(key.rsplit(" ", 1)[0], index)  # "Riau" alone is "Riau province", not "Walhi Riau"
        if label == "PERSON":
            for nickname in _NICKNAME.findall(mention.name):
                by_key.setdefault(name_key(nickname.strip(QUOTES + " ")), index)  # "Tetê" alone is him too
        cluster = clusters[index]
        # a person's surname, standing for a full name NER called something else ("Ceesay" for "Isatou Ceesay")
        surname = label == "PERSON" and _surname_of(tuple(key.split()), cluster, org_words)
        cluster.names[mention.name] += 1
        if not mention.in_headline:
            cluster.body_names.add(mention.name)
        # A full name or a titled name says more about the type than a bare surname NER
        # calls an organisation three times ("Bell's campaign", "accused Bell").
        weight = 1
        if label == "PERSON":
            weight += 2 * (len(mention.name.split()) > 1 or surname) + bool(mention.titles)
            if is_person_name(mention.name.split(), lexicon):
                weight += 100  # a given name and a surname: a person, however NER tags the surname
            elif any(t.split()[-1] in lexicon.person_descriptors or t in lexicon.male_titles
                     or t in lexicon.female_titles for t in mention.titles):
                # "Deputy Prime Minister Chatchai Wongsuwan", then five bare "Chatchai" NER called a
                # place: a person's title outweighs them
                weight += 50
        if mention.kind_named:
            weight += 200  # "the Morena party", "the mayor of Belo Horizonte": the text says what it is
        cluster.labels[label] += weight
        cluster.titles.extend(mention.titles)
        cluster.body = cluster.body or not mention.in_headline
        cluster.first = min(cluster.first, mention.start)
        assignment[i] = index
    for cluster in clusters:
        if cluster.name.casefold() in places and cluster.labels.most_common(1)[0][0] == "PERSON" \
                and not is_person_name(cluster.name.split(), lexicon):
            # "CIUDAD JUÁREZ, Mexico —" then "a Ciudad Juárez plant", "another Juárez plant": the
            # dateline's place is no person, however NER read a surname in it
            cluster.labels["GPE"] = cluster.labels["PERSON"] + 1
        elif cluster.name.casefold() in places and sum(cluster.names.values()) == 1:
            # "BANJUL, The Gambia —" then once "a Banjul lawyer": the dateline makes a name the story
            # uses once a place (not a club that shares its city's name and that the story is
            # about: "GENOA, Italy - Genoa president X ... coached Genoa")
            cluster.labels["GPE"] += 1.5
    entities = []
    remap: dict[int, int] = {}
    for index, cluster in enumerate(clusters):
        if not cluster.body:
            continue  # only in the headline and matching nothing in the body: a fragment
        remap[index] = len(entities)
        name = cluster.name
        kind = cluster.labels.most_common(1)[0][0]
        entities.append(
            DocEntity(
                name=name,
                type=kind,
                aliases=tuple(sorted(n for n in cluster.names if n != name)),
                mentions=sum(cluster.names.values()),
                gender=_gender(name, cluster.titles, kind, lexicon),
                titles=tuple(sorted(set(cluster.titles))),
            )
        )
    return entities, [remap.get(a, -1) for a in assignment]


def _match_partial(key: str, label: str, clusters: list[_Cluster], sub_bodies: frozenset[str] = frozenset(),
                   org_words: frozenset[str] = frozenset()) -> int | None:
    """Return the cluster a shorter form of a name belongs to, if exactly one fits best.

    Not the first words of a body that is part of the named one ("Senate" is not the "Senate
    Natural Resources Committee", "Hurricanes" not the "Hurricanes Supporters' Trust").
    """
    words = tuple(key.split())
    best = None
    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        full = cluster.key_words
        if len(full) <= len(words) or words and words[0] not in " ".join(full):
            continue  # (the cheap tests first: every reading below has the first word inside the longer name)
        person = _person_cluster(cluster)
        if person and len(words) > 1 and (full[-len(words):] == words
                                          or len(full) >= len(words) + 1 and full[: len(words)] == words
                                          and full[len(words):][-1].strip(".") not in GENERATIONS):
            if best is not None:
                return None  # two people share this surname: leave it unresolved
            # "dela Cruz" -> "Ramon dela Cruz", "Diallo Faye" -> "Aminata Diallo Faye"; and a long
            # name's first words: "Abang Zulkifli" -> "Abang Zulkifli Abang Ahmad"
            best = index
        elif len(words) == 1 and person and label in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            # "Quispe" for "Hugo Quispe Mamani": Spanish and Portuguese names put the family name
            # in the middle, so any word of a person's name after the given name may stand alone.
            # ("Hadidi" for "Salem al-Hadidi": a family name keeps its particle only in full)
            if (words[0] in full or any(w.partition("-")[0] in NAME_PARTICLES and w.partition("-")[2] == words[0]
                                        for w in full)) \
                    and not INITIAL.match(words[0]) and words[0] not in NAME_PARTICLES:
                # Two people share this name ("Lin Cheng-hao" and his son "Lin Wei-jie"): news
                # copy gives the one it introduced first the bare name and the other the full one.
                if best is None or cluster.first < clusters[best].first:
                    best = index
        elif not person and label == "PERSON" and _surname_of(words, cluster, org_words):
            if best is None or cluster.first < clusters[best].first:
                best = index
        elif not person and (label != "PERSON" or len(words) > 1 and not _in_person_name(words, clusters)) and (
                full[: len(words)] == words and full[-1] not in sub_bodies
                # ("Sawit Andalas" for "PT Sawit Andalas Lestari": past the word saying what it is)
                or len(words) > 1 and full[0] in org_words and full[1 : len(words) + 1] == words or (
                len(words) == 1 and full[-1] == words[0] and full[-2] != "of")):
            # ("Madrid" is short for "Real Madrid"; "India" not for "the Election Commission of India")
            # "Delta Nile" for "Delta Nile Spinning and Weaving" rather than the "Delta Nile Workers'
            # Committee" named later: the organisation introduced first owns the short name.
            if best is None or cluster.first < clusters[best].first:
                best = index
    if len(words) == 1 and best is not None and clusters[best].labels.get("ORG", 0) >= 200 \
            and clusters[best].key_words[0] != words[0]:
        # "Ceccoli" for Ermanno Ceccoli, not for "the San Marino side Virtus Ceccoli" (a name the
        # text calls a club): a family name alone is the person's whose name ends with it
        people = [i for i, c in enumerate(clusters) if _person_cluster(c) and len(c.key_words) > 1
                  and c.key_words[-1] == words[0]]
        if len(people) == 1:
            return people[0]
    return best


def _surname_of(words: tuple[str, ...], cluster: _Cluster, org_words: frozenset[str]) -> bool:
    """Return True when a one-word name NER called a person is the last word of a cluster's name
    with no word of an organisation's: "Isatou Ceesay", tagged an organisation in the lede, then
    "Ceesay" a person, is one person (not when the text said what it is: "the Tikva party")."""
    full = cluster.key_words
    return len(words) == 1 and 2 <= len(full) <= 4 and full[-1] == words[0] \
        and not org_words.intersection(full) and max(cluster.labels.values(), default=0) < 100


def _titled_surname(key: str, titles: tuple[str, ...], clusters: list[_Cluster], lexicon: Lexicon) -> int | None:
    """Return the one person of the title's sex a surname with "Mrs", "Mr", ... stands for: "Mrs
    Beeharry" is Anjali Beeharry, not the late Rajesh Beeharry named before her."""
    gender = "f" if set(titles) & lexicon.female_titles else "m" if set(titles) & lexicon.male_titles else ""
    if not gender or " " in key:
        return None
    found = [index for index, cluster in enumerate(clusters)
             if _person_cluster(cluster) and len(cluster.key_words) > 1 and cluster.key_words[-1] == key
             and lexicon.given_name_gender(cluster.key_words[0]) == gender]
    return found[0] if len(found) == 1 else None


def _family_plural(key: str, clusters: list[_Cluster]) -> int | None:
    """Return the one person whose surname a plural names ("met the Harjos" after "Lyle Harjo"): the
    family, as the story's one named member of it."""
    if " " in key or len(key) < 4 or not key.endswith("s"):
        return None
    found = [index for index, cluster in enumerate(clusters)
             if _person_cluster(cluster) and len(cluster.key_words) > 1
             and cluster.key_words[-1] in (key[:-1], key[:-2] if key.endswith("es") else "")]
    return found[0] if len(found) == 1 else None


def _person_cluster(cluster: _Cluster) -> bool:
    """Return True when a cluster's votes so far make it a person."""
    return cluster.labels.get("PERSON", 0) >= max(cluster.labels.values(), default=0)


def _in_person_name(words: tuple[str, ...], clusters: list[_Cluster]) -> bool:
    """Return True when a person's name in the document has these words ("Ford" of "Henry Ford"):
    then a short form NER called a person is not the organisation's ("Calder Ridge" is short for
    "Calder Ridge Capital" when nobody is called Calder Ridge)."""
    return any(set(words) <= set(c.key_words) for c in clusters if _person_cluster(c))


def _acronym_of(name: str, clusters: list[_Cluster]) -> int | None:
    """Return the one multi-word organisation an all-capitals name abbreviates ("BJP", "NUTW")."""
    letters = name.replace(".", "").replace("-", "")  # ("PML-N" for the "Pakistan Muslim League-Nawaz")
    if not (2 <= len(letters) <= 10 and letters.isalpha() and sum(c.isupper() for c in letters) >= len(letters) - 1):
        return None
    letters = letters.casefold()
    # (the words of a hyphenated name count one by one: "Tehreek-e-Insaf" gives T and I)
    found = [index for index, cluster in enumerate(clusters)
             if len(cluster.key_words) >= 2 and cluster.labels.most_common(1)[0][0] != "PERSON"
             and "".join(w[0] for word in cluster.key_words for w in word.split("-")
                         if w and w not in ACRONYM_SKIPS and len(w) > 1) == letters]
    if not found and len(letters) >= 4:
        # "SYNATRAP" for the "Syndicat National des Travailleurs du Port": syllables, not initials
        found = [index for index, cluster in enumerate(clusters)
                 if len(cluster.key_words) >= 3 and cluster.labels.most_common(1)[0][0] != "PERSON"
                 and _syllabic(letters, tuple(_plain(w) for w in cluster.key_words if w not in ACRONYM_SKIPS))]
    return found[0] if len(found) == 1 else None


def _plain(word: str) -> str:
    """Return a word without its accents ("fédération" -> "federation"), as acronyms write it."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _syllabic(letters: str, words: tuple[str, ...]) -> bool:
    """Return True when ``letters`` are the starts of the words in order, from the first word,
    some words left out ("syntraco": SYNdicat [National] TRAvailleurs COton)."""
    # (a short search written here: no library abbreviates this way; cached, so it stays polynomial)
    if not letters:
        return True
    if not words:
        return False
    first = words[0]
    return any(letters[:size] == first[:size] and (
        size == len(letters) or any(_syllabic(letters[size:], words[k:]) for k in range(1, len(words))))
        for size in range(min(len(first), len(letters)), 0, -1))


def _headline_extension(key: str, clusters: list[_Cluster]) -> int | None:
    """Return the body name a Title-Case headline glued words onto ("Mbalax Star Babacar Seck")."""
    words = tuple(key.split())
    found = [index for index, cluster in enumerate(clusters)
             if cluster.body and 2 <= len(cluster.key_words) < len(words) and words[-len(cluster.key_words):] == cluster.key_words]
    return found[0] if len(found) == 1 else None


def _gender(name: str, titles: list[str], kind: str, lexicon: Lexicon) -> str:
    """Return "m"/"f" when titles or a common first name make the gender clear."""
    if kind != "PERSON":
        return ""
    if any(t in lexicon.male_titles for t in titles):
        return "m"
    if any(t in lexicon.female_titles for t in titles):
        return "f"
    words = name.split()
    if len(words) > 1:
        return lexicon.given_name_gender(words[0]) or ""
    return ""
