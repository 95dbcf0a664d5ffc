"""Exporters: one module per output format, each with a ``write_<format>`` function.

``FORMATS`` maps a ``--format`` name to the module and function that writes it
and the file name(s) it produces in the output folder. Modules are imported on
first use so ``import graph`` stays cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple


class Format(NamedTuple):
    """Where one output format's writer lives and what it writes."""

    module: str
    function: str
    files: tuple[str, ...]


FORMATS: dict[str, Format] = {
    "html": Format("graph.exporters.html", "write_html", ("graph.html",)),
    "graphml": Format("graph.exporters.graphml", "write_graphml", ("graph.graphml",)),
    "jsonl": Format("graph.exporters.jsonl", "write_jsonl", ("relations.jsonl", "entities.jsonl")),
    "gexf": Format("graph.exporters.gexf", "write_gexf", ("graph.gexf",)),
    "json": Format("graph.exporters.json", "write_json", ("graph.json",)),
    "csv": Format("graph.exporters.csv", "write_csv", ("nodes.csv", "edges.csv")),
}

DEFAULT_FORMATS = ("html", "graphml", "jsonl")


def writer(name: str) -> Callable:
    """Return the ``write_<format>`` function for a format name."""
    spec = FORMATS[name]
    return getattr(importlib.import_module(spec.module), spec.function)
