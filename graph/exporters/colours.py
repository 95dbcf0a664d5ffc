"""Display colours and sizes: node colour by entity type, edge colour by relation, size by mentions.

One palette for every graph file, so a type or relation has the same colour
in GraphML, GEXF and CSV. Types and relations not listed get a colour from a
stable hash of their name (the same on every run, unlike ``hash()``).
"""

from __future__ import annotations

import math
import zlib

RGB = tuple[int, int, int]

#: Node colour by entity type (spaCy labels), as (r, g, b).
TYPE_COLOURS: dict[str, RGB] = {
    "PERSON": (31, 119, 180),
    "ORG": (255, 127, 14),
    "GPE": (44, 160, 44),
    "NORP": (148, 103, 189),
    "LOC": (23, 190, 207),
    "FAC": (140, 86, 75),
    "EVENT": (227, 119, 194),
    "PRODUCT": (188, 189, 34),
    "WORK_OF_ART": (219, 219, 141),
    "LAW": (158, 218, 229),
}

#: Edge colour by relation type (RELATIONS.md), as (r, g, b).
RELATION_COLOURS: dict[str, RGB] = {
    "endorsed": (44, 160, 44),
    "praised": (152, 223, 138),
    "criticized": (214, 39, 40),
    "threatened": (140, 20, 20),
    "texted": (31, 119, 180),
    "called": (174, 199, 232),
    "met": (148, 103, 189),
    "works_for": (255, 127, 14),
    "family": (140, 86, 75),
}

NEGATED_COLOUR = (170, 170, 170)
#: For types and relations not listed above; chosen by a stable hash of the name.
_FALLBACK_COLOURS = ((127, 127, 127), (23, 190, 207), (188, 189, 34), (227, 119, 194), (196, 156, 148))


def hex_colour(rgb: RGB) -> str:
    """Return ``#RRGGBB`` for an (r, g, b) triple."""
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _colour(name: str, table: dict[str, RGB]) -> RGB:
    if name in table:
        return table[name]
    return _FALLBACK_COLOURS[zlib.crc32(name.encode("utf-8")) % len(_FALLBACK_COLOURS)]


def node_colour(entity_type: str) -> RGB:
    """Return the (r, g, b) colour of a node of ``entity_type``."""
    return _colour(entity_type, TYPE_COLOURS)


def edge_colour(relation: str, negated: bool) -> RGB:
    """Return the (r, g, b) colour of an edge: by relation, grey when negated."""
    return NEGATED_COLOUR if negated else _colour(relation, RELATION_COLOURS)


def node_size(mentions: int) -> float:
    """Return the display size of a node mentioned ``mentions`` times (10 for none)."""
    return round(10.0 + 5.0 * math.log2(1 + max(mentions, 0)), 2)
