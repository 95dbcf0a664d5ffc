"""Relation cues: load, validate and index the cue file (graph/data/relations.toml).

The cue file is data; this module turns it into typed, indexed records once and
reports a malformed file with its name and what is wrong.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from hashlib import sha256
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from graph.errors import CueFileError
from graph.records import RELATION_TYPES

DEFAULT_CUES = Path(__file__).parent / "data" / "relations.toml"

#: The relations that are contacts: a fact that happened or not, which a party can deny.
CONTACTS = frozenset({"called", "texted", "met"})

TARGET = "{target}"
PEJORATIVE = "{pejorative}"
COMPLEMENT = "{complement}"
SANCTION = "{sanction}"
QUOTED = "{quoted}"
LAUDATORY = "{laudatory}"

#: Prepositions a cue may name as the place of its target.
PREPOSITIONS = frozenset(
    "about after against as at behind between by for from in into of off on onto over "
    "through to toward towards under with within".split()
)


@dataclass(frozen=True)
class VerbCue:
    """One verbal cue: a lemma, the words it needs and where its target sits."""

    relation: str
    lemma: str
    required: tuple[str, ...] = ()
    target_prep: str = ""  # "" = the direct object
    pejorative: bool = False
    symmetric: bool = False
    reversed: bool = False  # the object is the source ("employ")
    text: str = ""
    complement: bool = False  # any secondary predicate ("labeled Y a governor for hire")
    sanction: bool = False  # a sanction word follows ("warned Y that a second offence would bring a ban")
    quoted: bool = False  # a quoted predicate without praise ("called Y "a tourist in his own job"")
    laudatory: bool = False  # a predicate with a word of praise ("called Y "the best coach we have"")

    @property
    def specificity(self) -> int:
        """Return how many constraints the cue adds to its lemma (more wins)."""
        return (len(self.required) + bool(self.target_prep) + 2 * self.pejorative + self.complement
                + 2 * self.sanction + self.quoted + 2 * self.laudatory)


@dataclass(frozen=True)
class NounCue:
    """One nominal cue: a noun lemma, an optional compound modifier, its target prepositions."""

    relation: str
    lemma: str
    modifier: str = ""
    targets: tuple[str, ...] = ()
    symmetric: bool = False
    text: str = ""


@dataclass(frozen=True)
class RoleCue:
    """A role noun that links a holder to an employer or relative ("spokesperson", "wife")."""

    relation: str
    words: tuple[str, ...]
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cues:
    """Every cue and word list the relation extractor reads."""

    verbs: dict[str, tuple[VerbCue, ...]]
    nouns: dict[str, tuple[NounCue, ...]]
    roles: dict[str, RoleCue]
    directed: dict[str, bool]
    confidence: dict[str, float]
    agent_light_verbs: frozenset[str]
    recipient_light_verbs: frozenset[str]
    thank_for: frozenset[str]
    holder_verbs: frozenset[str]
    target_verbs: frozenset[str]
    proxies: frozenset[str]
    pejoratives: frozenset[str]
    laudatory: frozenset[str]
    sanctions: frozenset[str]
    negations: frozenset[str]
    modals: frozenset[str]
    refusal: frozenset[str]
    hypothetical: frozenset[str]
    conditional: frozenset[str]
    directive: frozenset[str]
    denial: frozenset[str]
    allegation: frozenset[str]
    false_claims: frozenset[str]
    claim_nouns: frozenset[str]
    dismissals: frozenset[str]
    contact_nouns: frozenset[str]
    message_nouns: frozenset[str]
    #: nouns that name texts, verbs of what a message says, verbs by which messages "show" it
    scene_nouns: frozenset[str] = frozenset()
    scene_speech: frozenset[str] = frozenset()
    scene_showing: frozenset[str] = frozenset()
    scene_public: frozenset[str] = frozenset()
    #: verbs of learning news, whose subject got the message it came by ("learned of it from a text")
    scene_learning: frozenset[str] = frozenset()
    #: laudatory words that also name a plain relation or role ("was a friend"): no verdict alone
    plain_praise: frozenset[str] = frozenset()
    #: words of praise only as adjectives ("the worst kind" is no praise)
    adjectival_praise: frozenset[str] = frozenset()
    #: sanctions at law, a threat when a speaker announces them even with no condition ("would sue Y")
    legal_sanctions: frozenset[str] = frozenset()
    #: verbs by which a speaker commits to an act of their own ("vowed to sue Y")
    vowing_verbs: frozenset[str] = frozenset()
    #: a client's lawyers, who threaten for them ("X's lawyer warned Y"), and the acts at law they
    #: announce with no object ("his lawyers would file unless ...")
    counsel: frozenset[str] = frozenset()
    counsel_acts: frozenset[str] = frozenset()
    #: a reported deadline's "or face" / "or risk" before its sanction
    exposure: frozenset[str] = frozenset()
    #: verbs that take someone to court with a phrase ("take Y to court", "see Y in court"), and the courts
    court_verbs: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    #: verbs of backing that, said of a lawyer or in court, are a legal defence ("defended Y at trial")
    legal_defence: frozenset[str] = frozenset()
    #: verbs that report a claim a later "but" clause may rebut ("claimed that Y met Z, but ..."), what
    #: that clause withholds ("would not confirm it") and the contact it denies ("had not spoken to anyone")
    claim_verbs: frozenset[str] = frozenset()
    withheld: frozenset[str] = frozenset()
    #: what a "but" clause after a call says did not happen ("but had not reached her")
    unanswered: frozenset[str] = frozenset()
    #: what one does not do with calls that did not get through ("had not taken his calls")
    unanswered_calls: frozenset[str] = frozenset()
    #: what a call went "without" when it got none ("without getting a response")
    replies: frozenset[str] = frozenset()
    no_contact: frozenset[str] = frozenset()
    #: verbs of a state that "until" a time says has ended ("sat on the board until 2022")
    ended_states: frozenset[str] = frozenset()
    #: verbs by which someone urges a group to act ("urged voters to back Y": the urger backs Y)
    urging_verbs: frozenset[str] = frozenset()
    #: verbs of a demand that someone go ("called on Y to resign"), the going, and its nouns
    ouster_demands: frozenset[str] = frozenset()
    ousters: frozenset[str] = frozenset()
    ouster_nouns: frozenset[str] = frozenset()
    #: units of an ultimatum's deadline ("gave Y 48 hours to ...")
    deadlines: frozenset[str] = frozenset()
    deadline_verbs: frozenset[str] = frozenset()
    #: proxies that name someone's people: no stand-in for them in a contact ("met her staff")
    staff_proxies: frozenset[str] = frozenset()
    #: who runs a company, named with no owner: the story's company ("accusing management of ...")
    managements: frozenset[str] = frozenset()
    #: staff nouns that, with no owner named before, are the story's organisation's ("the board")
    unowned_staff: frozenset[str] = frozenset()
    #: the places and bodies around someone a contact reaches instead of them ("rang X's stable")
    surroundings: frozenset[str] = frozenset()
    #: what someone said, named without its author: it stands for the last one who said something
    utterances: frozenset[str] = frozenset()
    #: what a bidder puts to a target ("rejected an approach from Y, calling the offer 'opportunistic'")
    bids: frozenset[str] = frozenset()
    #: what someone decided, named without its maker ("called the decision 'political theatre'")
    decisions: frozenset[str] = frozenset()
    deciding: frozenset[str] = frozenset()
    #: blame verbs that accuse even in plain reporting ("said Y had lied")
    judgement_charges: frozenset[str] = frozenset()
    judgement_speech: frozenset[str] = frozenset()
    #: verbs of hitting back: what the speaker then says of someone in quotes criticizes them
    retorts: frozenset[str] = frozenset()
    #: what a speaker reports lost ("the board had lost confidence in Y"): criticism of Y
    trust_words: frozenset[str] = frozenset()
    #: predicates that back their subject: "said Y was the right person to lead" (adjective, noun)
    backing_predicates: frozenset[str] = frozenset()
    judgement_verbs: frozenset[str] = frozenset()
    #: what someone said or did, named in apposition to its clause ('..., a remark Z called "humiliating"')
    judged_acts: frozenset[str] = frozenset()
    judgement_words: frozenset[str] = frozenset()
    rule_weights: dict[str, float] = field(default_factory=dict)
    through_infinitive: frozenset[str] = frozenset()
    mutual_light_verbs: frozenset[str] = frozenset()
    #: particles that make a verb a phrasal verb of its own ("called on Y to", "backed out of"):
    #: a cue of the bare verb does not hold
    sense_particles: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    addressed: frozenset[str] = frozenset()
    org_verbs: frozenset[str] = frozenset()
    present_only: frozenset[str] = frozenset()
    client_verbs: frozenset[str] = frozenset()
    employer_nouns: frozenset[str] = frozenset()
    #: words that make a name a party's ("her Social Democrats")
    party_words: frozenset[str] = frozenset()
    #: a person's own outfits ("an aide in Dombrowski's office")
    person_workplaces: frozenset[str] = frozenset()
    #: verbs by which an organisation hires or sacks someone named by role ("sacked coach Y")
    staffing_verbs: frozenset[str] = frozenset()
    #: verb-object phrases by which an organisation lets someone go ("parted ways with coach Y")
    partings: frozenset[str] = frozenset()
    #: roles that second a leader: a post in the leader's organisation ("his deputy, Y")
    deputy_roles: frozenset[str] = frozenset()
    #: roles that, owned by a person, name a team-mate or partner, not an employee ("his captain")
    peer_roles: frozenset[str] = frozenset()
    #: sanction verbs whose subject suffers them ("Y could lose his seat"), not imposes them
    suffered_sanctions: frozenset[str] = frozenset()
    #: words that make a warning's consequence conditional: a threat ("... would block it unless ...")
    threat_conditions: frozenset[str] = frozenset()
    #: speech verbs that announce the speaker's own conditional sanction ("said he would sue Y unless")
    threat_speech: frozenset[str] = frozenset()
    weighed_sanctions: frozenset[str] = frozenset()
    #: the people a body speaks for, whose act is its own ("workers will walk out unless ...")
    rank_and_file: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    #: kin word -> the words its holder may use for the other person ("sister" -> "brother", ...)
    kin_inverse: dict[str, frozenset[str]] = field(default_factory=dict)
    #: kin word -> "m"/"f" when it says the relative's gender ("brother" -> "m")
    kin_gender: dict[str, str] = field(default_factory=dict)
    #: roles inside one organisation: with no employer written, the story's own organisation
    implied_roles: frozenset[str] = frozenset()
    #: ... of which those that run a company: implied, the story's company, not a union it names
    company_roles: frozenset[str] = frozenset()
    #: name words of bodies that are no company ("union", "party"), unless a sport's ("Rugby Football Union")
    no_companies: frozenset[str] = frozenset()
    #: ... and referent nouns that say it of a body they refer to ("the union's branch secretary")
    no_company_referents: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    #: ... and those implied only when written in lower case ("president X", not "President X")
    lower_implied_roles: frozenset[str] = frozenset()
    #: lower-case levels of an organisation a bare role may name ("district president X")
    unit_levels: frozenset[str] = frozenset()
    #: what makes an employer noun a firm that represents its owner ("her management company, X")
    representing: frozenset[str] = frozenset()
    #: bodies a place's name may qualify before a role ("Nadroga provincial council chairman X")
    body_nouns: frozenset[str] = frozenset()
    #: words that say how a bare post is held ("named X as interim president director")
    post_qualifiers: frozenset[str] = frozenset()
    #: verbs whose "as" phrase gives their subject a role ("serves as chief executive of Y")
    role_verbs: frozenset[str] = frozenset()
    #: verbs of leaving a post, whose "as" phrase names it ("resigned as chief executive of Y")
    leaving_verbs: frozenset[str] = frozenset()
    #: verbs of taking a post, with their particle ("took over as chief executive")
    taking_verbs: frozenset[str] = frozenset()
    #: roles that count only through their "of" organisation ("a member of the X party")
    member_roles: frozenset[str] = frozenset()
    #: last words of bodies whose members are legislators, not staff ("City Council member X")
    member_bodies: frozenset[str] = frozenset()
    #: verbs of holding a seat ("sits on the council"): no post on a chamber or council
    seat_verbs: frozenset[str] = frozenset()
    #: roles one is put forward for, never stated through an "as" phrase ("backing X as their candidate")
    nominated_roles: frozenset[str] = frozenset()
    chambers: frozenset[str] = frozenset()
    #: chamber words that end parties' names too: a chamber only in a name of one or two words
    party_chambers: frozenset[str] = frozenset()
    chamber_trades: frozenset[str] = frozenset()
    chamber_roles: frozenset[str] = frozenset()
    #: relation -> the entity types both its ends may have (absent: any named entity)
    end_types: dict[str, frozenset[str]] = field(default_factory=dict)
    digest: str = field(default="")

    # (cached on the instance: the role loops ask for these per token, and a tuple of every role
    # hashed per call cost more than the loops themselves; a loaded Cues is never changed)
    @cached_property
    def role_heads(self) -> frozenset[str]:
        """Return the last words of the role nouns ("secretary", "law" of "son-in-law")."""
        return _role_heads(tuple(self.roles))

    @cached_property
    def max_role_words(self) -> int:
        """Return the length in words of the longest role noun."""
        return _max_words(tuple(self.roles))

    def chamber(self, name: str) -> bool:
        """Return True for a legislature's name ("the Senate", "National Assembly", "House of
        Representatives"); "Congress" and "Assembly" end parties' longer names too ("Basotho Renewal
        Congress")."""
        words = name.lower().split()
        head = _head_words(words)
        if set(words[len(head) + 1 : len(head) + 2]) & self.chamber_trades:
            return False  # "the Aleppo Chamber of Industry" is a trade body
        return bool(head) and head[-1] in self.chambers and (head[-1] not in self.party_chambers or len(head) <= 2)

    def member_body(self, name: str) -> bool:
        """Return True for a chamber or council, whose members are its legislators, not its staff."""
        head = _head_words(name.lower().split())
        return self.chamber(name) or bool(head) and head[-1] in self.member_bodies


def _head_words(words: list[str]) -> list[str]:
    """Return a name's words up to its head: "house of representatives" -> ["house"], "cortes de
    aragón" -> ["cortes"] (the head comes before its "of" phrase)."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "de", "del", "des", "du", "der") and k), len(words))
    return words[:cut]


@lru_cache(maxsize=8)
def _max_words(phrases: tuple[str, ...]) -> int:
    """Return the length in words of the longest phrase (computed once per cue set)."""
    return max((len(k.split()) for k in phrases), default=1)


@lru_cache(maxsize=8)
def _role_heads(roles: tuple[str, ...]) -> frozenset[str]:
    """Return the last word of each role phrase, split on spaces and hyphens."""
    # both "founder" (the tokenizer split "co-founder") and "co-founder" (kept whole, graph/nlp.py)
    return frozenset(w for role in roles for w in (role.replace("-", " ").split()[-1], role.split()[-1]))


def parse_verb_cue(relation: str, text: str, symmetric: bool = False, reversed_: bool = False) -> VerbCue:
    """Return the VerbCue written as ``text`` in the cue syntax (see relations.toml)."""
    words = text.split()
    if not words or words[0].startswith("{"):
        raise ValueError(f"verb cue {text!r} must start with a verb lemma")
    lemma, rest = words[0].lower(), words[1:]
    if TARGET not in rest:
        rest = [TARGET, *rest]
    at = rest.index(TARGET)
    before = rest[:at]
    target_prep = ""
    if before and before[-1] in PREPOSITIONS:
        target_prep = before.pop()
    after = rest[at + 1 :]
    pejorative = PEJORATIVE in after
    complement = COMPLEMENT in after
    sanction = SANCTION in after
    required = tuple(w.lower() for w in before + after if w != "as" and not w.startswith("{"))
    for word in rest:
        if word.startswith("{") and word not in (TARGET, PEJORATIVE, COMPLEMENT, SANCTION, QUOTED, LAUDATORY):
            raise ValueError(f"verb cue {text!r}: unknown placeholder {word}")
    return VerbCue(relation, lemma, required, target_prep, pejorative, symmetric, reversed_, text, complement,
                   sanction, QUOTED in after, LAUDATORY in after)


def _words(table: dict, key: str, where: str) -> list[str]:
    """Return a list of strings from ``table[key]`` or raise a ValueError naming it."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}.{key} must be a list of strings")
    return value


def _merge(base: dict, extra: dict) -> dict:
    """Return ``base`` with ``extra`` merged in: lists extend, tables merge, scalars replace."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + [v for v in value if v not in merged[key]]
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> tuple[dict, bytes]:
    """Return the parsed TOML and raw bytes of a cue file, or raise CueFileError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CueFileError(f"{path}: cannot read relation cue file ({exc.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8")), raw
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CueFileError(f"{path}: not a valid TOML cue file: {exc}") from None


def load_cues(extra: str | os.PathLike[str] | None = None) -> Cues:
    """Return the built-in cues, extended with the cue file ``extra`` when given."""
    extra = str(extra) if extra else ""
    return _load_cues(extra, _stamp(DEFAULT_CUES), _stamp(Path(extra)) if extra else None)


def _stamp(path: Path) -> tuple[int, int] | None:
    """Return (mtime, size) of a file, so an edited cue file is read again; None if unreadable."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=8)
def _load_cues(extra: str, *stamps) -> Cues:
    """Load and validate the cue files once per distinct ``extra`` path and file versions."""
    data, raw = _read_toml(DEFAULT_CUES)
    digest = sha256(raw)
    where = DEFAULT_CUES
    if extra:
        where = Path(extra)
        more, more_raw = _read_toml(where)
        data = _merge(data, more)
        digest.update(more_raw)
    try:
        return _build(data, digest.hexdigest()[:16])
    except (ValueError, TypeError, KeyError) as exc:
        raise CueFileError(f"{where}: {exc}") from None


def _build(data: dict, digest: str) -> Cues:
    """Return the Cues described by the merged TOML ``data``."""
    verbs: dict[str, list[VerbCue]] = {}
    nouns: dict[str, list[NounCue]] = {}
    roles: dict[str, RoleCue] = {}
    directed: dict[str, bool] = {}
    confidence: dict[str, float] = {}
    for relation, table in data.get("relation", {}).items():
        if relation not in RELATION_TYPES:
            raise ValueError(f"unknown relation type [relation.{relation}]; use one of {', '.join(RELATION_TYPES)}")
        where = f"relation.{relation}"
        directed[relation] = bool(table.get("directed", True))
        confidence[relation] = float(table.get("confidence", 0.85))
        if not 0 <= confidence[relation] <= 1:
            raise ValueError(f"{where}.confidence must be between 0 and 1")
        symmetric_verbs = set(_words(table, "symmetric_verbs", where))
        reversed_verbs = set(_words(table, "reversed_verbs", where))
        for text in _words(table, "verbs", where):
            cue = parse_verb_cue(relation, text, text in symmetric_verbs or not directed[relation], text in reversed_verbs)
            verbs.setdefault(cue.lemma, []).append(cue)
        symmetric_nouns = set(_words(table, "symmetric_nouns", where))
        targets = tuple(_words(table, "noun_targets", where))
        for text in _words(table, "nouns", where):
            words = text.lower().split()
            if len(words) > 2:
                raise ValueError(f"{where}: noun cue {text!r} has more than two words")
            cue = NounCue(relation, words[-1], words[0] if len(words) == 2 else "", targets,
                          text in symmetric_nouns or not directed[relation], text)
            nouns.setdefault(cue.lemma, []).append(cue)
        role_targets = tuple(_words(table, "role_targets", where))
        for text in _words(table, "roles", where):
            words = tuple(text.lower().split())
            roles[" ".join(words)] = RoleCue(relation, words, role_targets)
    light = data.get("light_verbs", {})
    modality = data.get("modality", {})
    # the tables most fields are read from
    works_for = data.get("relation", {}).get("works_for", {})
    sanctions, judgements, messages = (data.get(name, {}) for name in ("sanctions", "judgements", "messages"))

    def words(table: dict, key: str, where: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(table, key, where))

    return Cues(
        verbs={k: tuple(sorted(v, key=lambda c: -c.specificity)) for k, v in verbs.items()},
        nouns={k: tuple(sorted(v, key=lambda c: -bool(c.modifier))) for k, v in nouns.items()},
        roles=roles,
        directed=directed,
        confidence=confidence,
        agent_light_verbs=words(light, "agent", "light_verbs"),
        recipient_light_verbs=words(light, "recipient", "light_verbs"),
        thank_for=words(light, "thank_for", "light_verbs"),
        holder_verbs=words(light, "holder", "light_verbs"),
        target_verbs=words(light, "target_verbs", "light_verbs"),
        proxies=words(data.get("proxies", {}), "nouns", "proxies"),
        staff_proxies=words(data.get("proxies", {}), "staff", "proxies"),
        managements=words(data.get("proxies", {}), "management", "proxies"),
        unowned_staff=words(data.get("proxies", {}), "unowned", "proxies"),
        surroundings=words(data.get("proxies", {}), "surroundings", "proxies"),
        utterances=words(data.get("proxies", {}), "utterances", "proxies"),
        bids=words(data.get("proxies", {}), "bids", "proxies"),
        decisions=words(data.get("proxies", {}), "decisions", "proxies"),
        deciding=words(data.get("proxies", {}), "deciding", "proxies"),
        pejoratives=words(data.get("pejoratives", {}), "words", "pejoratives"),
        scene_nouns=words(messages, "nouns", "messages"),
        scene_speech=words(messages, "speech", "messages"),
        scene_showing=words(messages, "showing", "messages"),
        scene_public=words(messages, "public", "messages"),
        scene_learning=words(messages, "learning", "messages"),
        urging_verbs=words(data.get("relation", {}).get("endorsed", {}), "urging", "relation.endorsed"),
        ouster_demands=words(data.get("relation", {}).get("criticized", {}), "ouster_demands", "relation.criticized"),
        ousters=words(data.get("relation", {}).get("criticized", {}), "ousters", "relation.criticized"),
        ouster_nouns=words(data.get("relation", {}).get("criticized", {}), "ouster_nouns", "relation.criticized"),
        deadlines=words(data.get("relation", {}).get("threatened", {}), "deadlines", "relation.threatened"),
        deadline_verbs=words(data.get("relation", {}).get("threatened", {}), "deadline_verbs", "relation.threatened"),
        judgement_speech=words(judgements, "speech", "judgements"),
        retorts=words(judgements, "retorts", "judgements"),
        trust_words=words(judgements, "trust", "judgements"),
        backing_predicates=words(judgements, "backing", "judgements"),
        judgement_charges=words(judgements, "charges", "judgements"),
        judgement_verbs=words(judgements, "verbs", "judgements"),
        judged_acts=words(judgements, "acts", "judgements"),
        judgement_words=words(judgements, "words", "judgements"),
        laudatory=words(data.get("laudatory", {}), "words", "laudatory"),
        plain_praise=words(data.get("laudatory", {}), "plain", "laudatory"),
        adjectival_praise=words(data.get("laudatory", {}), "adjectival", "laudatory"),
        sanctions=words(sanctions, "words", "sanctions"),
        suffered_sanctions=words(sanctions, "suffered", "sanctions"),
        threat_conditions=words(sanctions, "conditions", "sanctions"),
        threat_speech=words(sanctions, "speech", "sanctions"),
        weighed_sanctions=words(sanctions, "weighed", "sanctions"),
        rank_and_file=words(sanctions, "rank_and_file", "sanctions"),
        legal_sanctions=words(sanctions, "legal", "sanctions"),
        vowing_verbs=words(sanctions, "vowing", "sanctions"),
        counsel=words(sanctions, "counsel", "sanctions"),
        counsel_acts=words(sanctions, "counsel_acts", "sanctions"),
        exposure=words(sanctions, "exposure", "sanctions"),
        court_verbs=words(sanctions, "court_verbs", "sanctions"),
        courts=words(sanctions, "courts", "sanctions"),
        legal_defence=words(data.get("relation", {}).get("endorsed", {}), "legal_defence", "relation.endorsed"),
        claim_verbs=words(modality, "claim_verbs", "modality"),
        withheld=words(modality, "withheld", "modality"),
        unanswered=words(modality, "unanswered", "modality"),
        unanswered_calls=words(modality, "unanswered_calls", "modality"),
        replies=words(modality, "replies", "modality"),
        no_contact=words(modality, "no_contact", "modality"),
        negations=words(modality, "negations", "modality"),
        modals=words(modality, "modals", "modality"),
        refusal=words(modality, "refusal", "modality"),
        hypothetical=words(modality, "hypothetical", "modality"),
        conditional=words(modality, "conditional", "modality"),
        ended_states=words(modality, "ended_states", "modality"),
        directive=words(modality, "directive", "modality"),
        denial=words(modality, "denial", "modality"),
        allegation=words(modality, "allegation", "modality"),
        false_claims=words(modality, "false_claims", "modality"),
        claim_nouns=words(modality, "claim_nouns", "modality"),
        dismissals=words(modality, "dismissals", "modality"),
        contact_nouns=words(modality, "contact_nouns", "modality"),
        message_nouns=words(modality, "message_nouns", "modality"),
        rule_weights=_rule_weights(data.get("rules", {})),
        mutual_light_verbs=words(light, "mutual", "light_verbs"),
        sense_particles=words(data.get("phrasal", {}), "particles", "phrasal"),
        partitives=words(light, "partitives", "light_verbs"),
        addressed=words(light, "addressed", "light_verbs"),
        org_verbs=words(works_for, "org_verbs", "relation.works_for"),
        present_only=words(works_for, "present_only", "relation.works_for"),
        client_verbs=words(works_for, "client_verbs", "relation.works_for"),
        people=words(data.get("people", {}), "words", "people") | frozenset(roles)
        | frozenset(k.split()[-1] for k in roles),
        employer_nouns=words(works_for, "employer_nouns", "relation.works_for"),
        person_workplaces=words(works_for, "person_workplaces", "relation.works_for"),
        party_words=words(works_for, "party_words", "relation.works_for"),
        staffing_verbs=words(works_for, "staffing_verbs", "relation.works_for"),
        partings=words(works_for, "partings", "relation.works_for"),
        deputy_roles=words(works_for, "deputy_roles", "relation.works_for"),
        peer_roles=words(works_for, "peer_roles", "relation.works_for"),
        implied_roles=words(works_for, "implied_roles", "relation.works_for"),
        company_roles=words(works_for, "company_roles", "relation.works_for"),
        no_companies=words(works_for, "no_companies", "relation.works_for"),
        no_company_referents=words(works_for, "no_company_referents", "relation.works_for"),
        sport_words=words(works_for, "sport_words", "relation.works_for"),
        lower_implied_roles=words(works_for, "lower_implied_roles", "relation.works_for"),
        unit_levels=words(works_for, "unit_levels", "relation.works_for"),
        representing=words(works_for, "representing", "relation.works_for"),
        body_nouns=words(works_for, "body_nouns", "relation.works_for"),
        post_qualifiers=words(works_for, "post_qualifiers", "relation.works_for"),
        role_verbs=words(works_for, "role_verbs", "relation.works_for"),
        leaving_verbs=words(works_for, "leaving_verbs", "relation.works_for"),
        taking_verbs=words(works_for, "taking_verbs", "relation.works_for"),
        member_roles=words(works_for, "member_roles", "relation.works_for"),
        member_bodies=words(works_for, "member_bodies", "relation.works_for"),
        seat_verbs=words(works_for, "seat_verbs", "relation.works_for"),
        nominated_roles=words(works_for, "nominated_roles", "relation.works_for"),
        chambers=words(works_for, "chambers", "relation.works_for"),
        party_chambers=words(works_for, "party_chambers", "relation.works_for"),
        chamber_trades=words(works_for, "chamber_trades", "relation.works_for"),
        chamber_roles=words(works_for, "chamber_roles", "relation.works_for"),
        through_infinitive=frozenset(r for r, t in data.get("relation", {}).items() if t.get("through_infinitive")),
        kin_inverse=_kin_inverse(data.get("kinship", {})),
        kin_gender={**{w: "m" for w in data.get("kinship", {}).get("male", [])},
                    **{w: "f" for w in data.get("kinship", {}).get("female", [])}},
        end_types={r: frozenset(t.upper() for t in _words(table, "ends", f"relation.{r}"))
                   for r, table in data.get("relation", {}).items() if table.get("ends")},
        digest=digest,
    )


def _kin_inverse(table: dict) -> dict[str, frozenset[str]]:
    """Return, per kin word, the kin words of the group seen from the other side."""
    groups = {k: v for k, v in table.items() if k not in ("inverse", "male", "female")}
    out: dict[str, frozenset[str]] = {}
    for group, other in table.get("inverse", {}).items():
        if group not in groups or other not in groups:
            raise ValueError(f"kinship: inverse names an unknown group ({group!r} -> {other!r})")
        for word in groups[group]:
            out[word.lower()] = frozenset(w.lower() for w in groups[other])
    return out


def _rule_weights(table: dict) -> dict[str, float]:
    """Return the [rules] weights, each checked to lie in [0, 1]."""
    weights = {}
    for name, value in table.items():
        if not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ValueError(f"rules.{name} must be a number between 0 and 1")
        weights[name] = float(value)
    return weights
