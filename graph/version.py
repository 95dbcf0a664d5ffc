"""The pipeline version: what must match for a stored result to be reused.

A result depends on the spaCy model, the relation cues, the word lists and the
extraction code. Their identities are combined into one string, computed without
loading the model, so a build with nothing new to parse never loads spaCy.
"""

from __future__ import annotations

import json
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from graph import __version__
from graph.cues import Cues

#: Bump when extraction changes its output without any source file changing (a new dependency's behaviour).
EXTRACTOR_VERSION = 1

_PACKAGE = Path(__file__).parent

#: Modules downstream of per-document extraction: editing them never changes a stored result.
_DOWNSTREAM = frozenset({
    "__init__.py", "__main__.py", "api.py", "build.py", "cli.py", "evaluation.py", "incremental.py", "network.py",
    "readback.py", "resolution.py", "store.py", "version.py",
})


def pipeline_version(model: str | None, cues: Cues) -> str:
    """Return the version key of results extracted with ``model`` and ``cues``."""
    return f"{model_meta_id(model)}|cues-{cues.digest}|code-{code_digest()}"


@lru_cache(maxsize=4)
def model_meta_id(name: str | None = None) -> str:
    """Return what :func:`graph.nlp.model_id` gives for the model, read from its meta.json."""
    import spacy.util

    from graph.nlp import DEFAULT_MODELS

    for candidate in (name,) if name else DEFAULT_MODELS:
        path = Path(candidate)
        if not path.is_dir():
            if not spacy.util.is_package(candidate):
                continue
            path = spacy.util.get_package_path(candidate)
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    from graph.nlp import load_pipeline, model_id

    # Not an installed package or model folder: let spaCy resolve it, or raise ModelNotFound saying why not.
    return model_id(load_pipeline(name))


def code_digest() -> str:  # not cached: a long-lived process must see the code on disk change
    """Return a digest of the package version, the extraction code and the word lists."""
    digest = sha256(f"{__version__}/{EXTRACTOR_VERSION}".encode())
    files = [p for p in sorted(_PACKAGE.glob("*.py")) if p.name not in _DOWNSTREAM]
    files += sorted((_PACKAGE / "data").glob("*"))
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
