"""The exceptions Newsgraph raises on purpose, each with a message that says what to do.

The CLI turns these into one-line messages and a non-zero exit code; any other
exception is a bug and keeps its traceback.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: a problem with the user's input or setup, not a bug."""


class ModelNotFound(NewsgraphError):
    """No spaCy pipeline could be loaded."""


class InputError(NewsgraphError):
    """An input path or document cannot be read."""


class CueFileError(NewsgraphError):
    """A relation cue file is missing, unreadable or malformed."""


class GoldFileError(NewsgraphError):
    """A gold file is unreadable or malformed."""


class GraphFileError(NewsgraphError):
    """A graph file given to a command cannot be read."""


class StoreError(NewsgraphError):
    """The document store cannot be opened or lacks a result it should hold."""


class EntityNotFound(NewsgraphError):
    """No entity (or more than one) of a graph answers to the name asked for."""
