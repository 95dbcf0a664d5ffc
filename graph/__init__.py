"""Newsgraph: turn news articles into a knowledge graph of who did what to whom.

The package is organised by pipeline stage; nothing heavy happens at import.
"""

__version__ = "0.1.0"
