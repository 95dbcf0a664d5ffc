"""Headlines: find a Title-Case first line, make it parseable, and read "X Texts Y" from it.

spaCy's small model reads "Okafor Texts Reyes" as one name. Lower-casing the
function words and cue verbs of a Title-Case headline (same length, so every
character offset still points into the original text) lets NER separate the
names; the headline's short "NAME VERB NAME" shape is then read by word order,
since the parser is unreliable on such fragments.
"""

from __future__ import annotations

import re

from graph.cues import Cues
from graph.relations import Candidate, verb_cues

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BYLINE = re.compile(r"^\s*(date\b|by\s|\d{4}-\d{2}-\d{2}|updated\b|published\b)", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "a an and as at but by for from in into is of on or over the to with without after before "
    "amid against about says said are was were be been has have had not his her its their behind "
    "toward towards across despite during through up down out off".split()
)


def headline_length(text: str) -> int:
    """Return the character length of the first line when it is a headline, else 0."""
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    words = _WORD.findall(first)
    if _BYLINE.match(first):
        return 0
    if not sep or not rest.strip() or not 2 <= len(words) <= 20 or first.rstrip().endswith((".", ":")):
        return 0
    capitals = sum(w[0].isupper() for w in words)
    if capitals / len(words) < 0.6:
        return 0
    return len(first)


def _forms(lemma: str) -> set[str]:
    """Return the inflected forms of a regular verb lemma ("text" -> texts, texted, texting)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "ed", lemma + "d"}


#: A wire dateline opening a paragraph: "LONDON (Reuters) -", "NAIROBI, Kenya —", "TOKYO (Kyodo) --",
#: "ALMATY, Kazakhstan, June 4 (Bloomberg) -" (a place, its country or state and the day).
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:,[ \t]*[A-ZÀ-Þ][\w. ]+){0,2}(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:--|[-—–])[ \t]"
)


def dateline_places(text: str) -> frozenset[str]:
    """Return the places datelines name, case-folded ("BANJUL, The Gambia —" -> banjul, the gambia,
    gambia): a wire story's dateline says where it was filed, so a name that is one is a place."""
    places = set()
    for match in _DATELINE.finditer(text):
        line = re.sub(r"\([^)]*\)|--|[-—–]\s*$", "", match.group(0)).strip(" \t-—–")
        for part in line.split(","):
            part = " ".join(part.split()).casefold().rstrip(".")
            if part and not any(c.isdigit() for c in part):  # (not the day: "june 4")
                places.add(part)
                if part.startswith("the "):
                    places.add(part[4:])
    return frozenset(places)


def blank_datelines(text: str) -> str:
    """Return the text with datelines replaced by spaces (same length), so the parser
    does not read "LONDON" as the subject of the first sentence."""
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


def parse_text(text: str, cues: Cues) -> tuple[str, int]:
    """Return the text to parse (datelines blanked, headline cue words lower-cased) and the headline's length."""
    text = blank_datelines(text)
    length = headline_length(text)
    if not length:
        return text, 0
    verbs = {form for lemma in cues.verbs for form in _forms(lemma)}

    def lower(match: re.Match) -> str:
        word = match.group(0)
        low = word.lower()
        return low if low in verbs or low in _FUNCTION_WORDS else word

    head = _WORD.sub(lower, text[:length])
    return head + text[length:], length


def headline_candidates(doc, headline_end: int, cues: Cues, resolver) -> list[Candidate]:
    """Return the candidates a headline states as "NAME CUE NAME" ("Okafor Throws Support Behind Reyes")."""
    out: list[Candidate] = []
    if not headline_end:
        return out
    tokens = [t for t in doc if t.idx < headline_end]
    named = [t for t in tokens if resolver.resolve(t) and resolver.method(t) == "name"]
    for left, right in zip(named, named[1:]):
        between = [t for t in tokens if left.i < t.i < right.i]
        if not 1 <= len(between) <= 4:
            continue
        source, target = resolver.resolve(left), resolver.resolve(right)
        if source == target or between[0].lower_ == between[0].lemma_.lower() and len(between) == 1:
            # (a headline's verb after one name is inflected, "Texts", "Backs": a bare noun form is a
            # title before the second name, "Derbyshire Captain Whitworth Asks to Leave")
            continue
        rest = {t.lower_ for t in between[1:]} - _FUNCTION_WORDS | {t.lower_ for t in between[1:]
                                                                      if t.lower_ in ("behind", "against", "with", "at", "to", "for")}
        rest -= {"her", "his", "their", "the", "a"}
        for cue in verb_cues(between[0], cues):
            wanted = set(cue.required) | ({cue.target_prep} if cue.target_prep else set())
            if not cue.pejorative and not cue.sanction and not cue.complement and wanted == rest:
                out.append(Candidate(source[0], cue.relation, target[0], between[0], "headline", cue.symmetric))
                break
    return out
