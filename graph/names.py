"""Given names: is a word a person's first name, and which gender does it usually carry?

Our curated list (graph/data/first_names.txt) comes first; behind it stands
gender-guesser's dictionary of about 60,000 first names from some 50 countries, so
"Nathaniel Ashby" or "Henrique Sardinha" is known as a person even when the small
NER model calls them an organisation. A broad list also holds words that are names
and places or things ("Victoria", "Long"), so callers that change an entity's type
on its evidence check the rest of the name too (see graph/mentions.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def strip_accents(word: str) -> str:
    """Return a word without diacritics ("Ciarán" -> "Ciaran")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def broad_given_names() -> dict[str, str]:
    """Return gender-guesser's first names (case-folded) -> "m", "f" or "" when mixed."""
    from gender_guesser.detector import Detector  # imported here: "import graph" stays light
    names: dict[str, str] = {}
    for name, genders in Detector(case_sensitive=False).names.items():
        kinds = set(genders)
        names[name] = "m" if kinds == {"male"} else "f" if kinds == {"female"} else ""
    return names


def given_name_gender(word: str, curated: dict[str, str], broad: dict[str, str]) -> str | None:
    """Return "m"/"f"/"" when ``word`` is a known given name, None when it is not one."""
    key = word.casefold().strip(".")
    bare = key if key.isascii() else strip_accents(key)  # (once: most names have no accent to strip)
    for lookup in (key, bare):
        if lookup in curated:
            return curated[lookup]
    for lookup in (key, bare):
        if lookup in broad:
            return broad[lookup]
    return None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Return pycountry's country names, case-folded: ISO's short, common and official forms, and
    the part before a comma of inverted ones ("Moldova, Republic of" -> "moldova")."""
    import pycountry  # imported here: "import graph" stays light
    names: set[str] = set()
    for country in pycountry.countries:
        for form in (getattr(country, key, None) for key in ("name", "common_name", "official_name")):
            if form:
                names.update({form.casefold(), form.split(",")[0].casefold()})
    return frozenset(names)
