"""Word lists for the entity and coreference stages (graph/data/lexicon.toml, first_names.txt)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from graph.names import broad_given_names, country_names, given_name_gender

DATA = Path(__file__).parent / "data"


#: Referent noun -> the lexicon list of words that open the names it answers to ("the club" is
#: "Atlético X", "the company" is "Lanificio X").
OPENERS = {"club": "club_openers", "team": "club_openers", "side": "club_openers",
           "company": "company_openers", "firm": "company_openers"}


@dataclass(frozen=True)
class Lexicon:
    """Titles, gender hints, generic referents and entity labels."""

    titles: frozenset[str]
    max_title_words: int
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    generic_referents: dict[str, str]
    entity_labels: frozenset[str]
    junk_names: frozenset[str]
    first_names: dict[str, str]
    portfolios: frozenset[str] = frozenset()
    generic_org_words: frozenset[str] = frozenset()
    #: gender-guesser's international first names (graph/names.py): a weaker hint than first_names
    broad_names: dict[str, str] = field(default_factory=dict)
    #: nouns that describe a person ("banker", "striker") or an organisation ("startup", "carmaker")
    person_descriptors: frozenset[str] = frozenset()
    org_descriptors: frozenset[str] = frozenset()
    #: of those, nouns no person is ever called ("side", "club"): they outweigh a shared family name
    team_descriptors: frozenset[str] = frozenset()
    place_titles: frozenset[str] = frozenset()
    #: endings of nationality adjectives ("-ian", "-ese"), as a tuple for str.endswith
    demonym_endings: tuple[str, ...] = ()
    #: words that make another office of a title ("vice governor" is not "the governor")
    deputy_words: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    #: the model's dictionary words (its lemmatizer's index); empty until with_model_words
    common_words: frozenset[str] = frozenset()
    #: the last token of every title ("minister", "elect" of "mayor-elect"): a quick test before a lookup
    title_ends: frozenset[str] = frozenset()
    #: referent nouns that mean only an organisation with that word in its name ("the board")
    named_referents: frozenset[str] = frozenset()
    #: referent nouns for businesses ("the company" is no union, party or league)
    business_referents: frozenset[str] = frozenset()
    #: messaging services news names as channels ("texted him on WhatsApp"): never "the company"
    channels: frozenset[str] = frozenset()
    #: nouns of kinship: a capitalised word right after one someone owns names a person ("whose
    #: brother Even runs ...", "Konaté's younger brother, Seydou,")
    kin_nouns: frozenset[str] = frozenset()
    #: kin nouns for one of the generation below ("son") and above ("father"): of two relatives
    #: with one surname, "the elder X" is the one above
    younger_kin: frozenset[str] = frozenset()
    elder_kin: frozenset[str] = frozenset()
    institution_modifiers: frozenset[str] = frozenset()
    #: nouns only an organisation owns: "X's board", "X's shareholders" make X no person
    org_possessions: frozenset[str] = frozenset()
    #: leanings between "the" and a party's name ("the centre-right X"): X is a party
    party_leanings: frozenset[str] = frozenset()
    #: referent nouns that may mean any organisation of the article ("the company", "the government")
    general_referents: frozenset[str] = frozenset()
    #: last words of news organisations' names
    media_words: frozenset[str] = frozenset()
    #: referent nouns that may mean a news organisation ("the paper"); no other one does
    media_referents: frozenset[str] = frozenset()
    #: group nouns never read as the pair just named ("both sides" of a dispute)
    unpaired_groups: frozenset[str] = frozenset()
    #: business referent nouns other bodies go by too ("environmental group X"): no sign of a trade
    shared_business_nouns: frozenset[str] = frozenset()
    #: trades a name is introduced by ("auto supplier X"): a business
    trade_nouns: frozenset[str] = frozenset()
    #: levels of a body a sentence may open with before its name ("State Congress spokesperson X")
    level_words: frozenset[str] = frozenset()
    #: one's spouse: "his wife, Yukiko, and their son" is the couple's son
    spouse_nouns: frozenset[str] = frozenset()
    #: who runs a business, named bare: "unless management withdraws the plan" is the company's
    management_nouns: frozenset[str] = frozenset()
    #: nouns a league's or a place's name stands before ("the Championship club"): what the name holds
    member_nouns: frozenset[str] = frozenset()
    #: words that end a place's name by saying what kind of place it is ("Riau province")
    place_kinds: frozenset[str] = frozenset()
    #: referent noun -> name words that answer to it ("union" -> "sindicato")
    referent_names: dict[str, frozenset[str]] = field(default_factory=dict)
    #: modifiers that set a referent apart from the story's own organisation ("the national team")
    contrast_modifiers: frozenset[str] = frozenset()
    #: foreign kind words that open an organisation's name ("Partai", "Sindicato")
    kind_prefixes: frozenset[str] = frozenset()
    #: positions in a team: whoever plays one is "the player"
    player_positions: frozenset[str] = frozenset()
    #: capital initials that open a club's name, as written ("AS Koudougou Espoir")
    club_initials: frozenset[str] = frozenset()
    #: organisation nouns no person's name modifies ("the Tikva Hadasha party")
    party_kinds: frozenset[str] = frozenset()
    #: nouns for a part of the organisation before them ("the Rovers board"): no kind of its own
    part_nouns: frozenset[str] = frozenset()
    #: bodies named after what they belong to ("Senate ... Committee"): their first words are no short form
    sub_bodies: frozenset[str] = frozenset()
    #: words before a party's name that are no part of it ("Opposition Labour MP X")
    org_qualifiers: frozenset[str] = frozenset()
    #: parties whose one-word name is a dictionary word, and their members' titles ("Labour MP X")
    party_names: frozenset[str] = frozenset()
    party_titles: frozenset[str] = frozenset()
    #: title -> the first title of its group ("congresswoman" -> "rep."): one office, several words
    title_canon: dict[str, str] = field(default_factory=dict)
    #: members' names whose plural names their party ("the Social Democrats")
    party_members: frozenset[str] = frozenset()
    #: referent nouns that mean only a country ("the country", "the nation"), never a city or a region
    country_referents: frozenset[str] = frozenset()
    #: country names, case-folded (pycountry's, and the English forms news uses that it lacks)
    countries: frozenset[str] = frozenset()

    @cached_property
    def org_words(self) -> frozenset[str]:
        """Return the words that say a name is an organisation's ("Holdings", "Club", "AS")."""
        return self.org_suffixes | self.generic_org_words | self.kind_prefixes \
            | frozenset(w.casefold() for w in self.club_initials)

    @cached_property
    def trades(self) -> frozenset[str]:
        """Return the nouns that say an organisation is a business ("the firm", "auto supplier X"),
        but those other bodies go by too ("environmental group X")."""
        return self.business_referents - self.shared_business_nouns | self.trade_nouns

    def given_name_gender(self, word: str) -> str | None:
        """Return "m"/"f"/"" when ``word`` is a known given name, None when it is not one."""
        return given_name_gender(word, self.first_names, self.broad_names)


#: Fields that are plain word sets, read as they are from lexicon.toml under their own names.
_WORD_SETS = ("portfolios", "generic_org_words", "person_descriptors", "org_descriptors", "team_descriptors",
              "place_titles", "deputy_words", "speech_verbs", "named_referents", "business_referents",
              "general_referents", "media_words", "party_kinds", "part_nouns", "sub_bodies", "org_qualifiers",
              "party_leanings", "party_names", "party_titles", "contrast_modifiers", "org_suffixes", "channels",
              "kin_nouns", "org_possessions", "player_positions", "country_referents", "party_members",
              "media_referents", "unpaired_groups", "member_nouns", "place_kinds", "younger_kin", "elder_kin",
              "institution_modifiers", "shared_business_nouns", "trade_nouns", "level_words", "spouse_nouns",
              "management_nouns")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the lexicon shipped with the package (read once)."""
    data = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for line in (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            names[name] = gender
    titles = frozenset(t.lower() for t in data["titles"])
    return Lexicon(
        titles=titles,
        max_title_words=max(len(t.split()) for t in titles),
        male_titles=frozenset(data["male_titles"]),
        female_titles=frozenset(data["female_titles"]),
        generic_referents=dict(data["generic_referents"]),
        entity_labels=frozenset(data["entity_labels"]),
        junk_names=frozenset(data["junk_names"]),
        first_names=names,
        **{name: frozenset(data.get(name, [])) for name in _WORD_SETS},
        broad_names=broad_given_names(),
        demonym_endings=tuple(data.get("demonym_endings", [])),
        referent_names={k: frozenset(v) | frozenset(data.get(OPENERS.get(k, ""), []))
                        for k, v in data.get("referent_names", {}).items()},
        kind_prefixes=frozenset(w for k in data.get("prefix_kinds", []) for w in data["referent_names"].get(k, []))
        | frozenset(w for name in set(OPENERS.values()) for w in data.get(name, [])),
        club_initials=frozenset(data.get("club_initials", [])),
        title_canon={t: group[0] for group in data.get("title_groups", []) for t in group},
        title_ends=frozenset(w for t in titles for w in (t.split()[-1], t.split()[-1].rsplit("-", 1)[-1])),
        countries=country_names() | frozenset(c.casefold() for c in data.get("country_names", [])),
    )


def with_model_words(lexicon: Lexicon, nlp) -> Lexicon:
    """Return the lexicon with the pipeline's dictionary words (its lemmatizer's index) added.

    A name whose last word is a dictionary word ("Long Beach", "Orlando Magic") is not
    made a person on a broad given-name match alone.
    """
    return replace(lexicon, common_words=_model_words(nlp))


@lru_cache(maxsize=4)
def _model_words(nlp) -> frozenset[str]:
    """Return the words of the pipeline's lemmatizer index (read once per pipeline)."""
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for entries in lookups.get_table("lemma_index").values():
                words.update(entries)
    return frozenset(words)
