"""Building a graph: run the stages in order over a corpus and write the outputs.

read (documents) -> parse (nlp) -> entities + relations (extraction, per document)
-> resolution (across documents) -> graph (network) -> exports. Documents stream
through ``nlp.pipe`` and are reduced to small DocResults at once, so memory does
not grow with the corpus' text.
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graph.cues import Cues, load_cues
from graph.documents import Fields, Skipped, Source
from graph.errors import InputError
from graph.exporters.atomic import atomic_write
from graph.exporters import DEFAULT_FORMATS, FORMATS, writer
from graph.exporters.jsonl import write_jsonl
from graph.extraction import extract_document
from graph.headlines import parse_text
from graph.lexicon import load_lexicon, with_model_words
from graph.network import build_graph
from graph.records import DocResult, Document, Entity, RelationMention
from graph.resolution import resolve_entities


@dataclass
class BuildResult:
    """What a build produced: the graph, its records, the files and the skipped inputs."""

    graph: nx.MultiDiGraph
    entities: tuple[Entity, ...]
    mentions: tuple[RelationMention, ...]
    documents: int
    skipped: list[Skipped] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    processed: int = 0  # documents parsed by this build; the others came from the store


def extract_documents(documents: Iterable[Document], nlp, cues: Cues, *, batch_size: int = 16,
                      n_process: int = 1) -> Iterator[DocResult]:
    """Yield the DocResult of each document, parsing them in batches with ``nlp.pipe``."""
    lexicon = with_model_words(load_lexicon(), nlp)

    failed: list[DocResult] = []  # one document's failure is its result's errors; the others go on

    def prepared() -> Iterator[tuple[str, tuple[Document, int]]]:
        for document in documents:
            try:
                text, headline_end = parse_text(document.text, cues)
            except Exception as exc:  # one bad document must not stop the corpus: its result says why
                failed.append(DocResult(document, errors=(failure("preparing the text", exc),)))
                continue
            yield text, (document, headline_end)

    for doc, (document, headline_end) in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size,
                                                 n_process=n_process):
        while failed:
            yield failed.pop(0)
        try:
            yield extract_document(document, doc, cues, lexicon, headline_end)
        except Exception as exc:  # one bad document must not stop the corpus: its result says why
            yield DocResult(document, errors=(failure("extraction", exc),))
    yield from failed


def failure(stage: str, exc: Exception) -> str:
    """Return "STAGE failed in module.function (line N): Type: message", naming the rule that raised."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f"{os.sep}graph{os.sep}" in f.filename]
    where = f" in {Path(frames[-1].filename).stem}.{frames[-1].name} (line {frames[-1].lineno})" if frames else ""
    return f"{stage} failed{where}: {type(exc).__name__}: {exc}"


def write_errors(skipped: Iterable[Skipped], out: str | os.PathLike[str]) -> Path:
    """Write ``out``/errors.jsonl, one {path, reason, stage} line per skipped input, and return its path."""
    path = Path(out) / "errors.jsonl"
    with atomic_write(path) as handle:
        for item in skipped:
            handle.write(json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return path


def assemble(results: Iterable[DocResult], *, min_confidence: float = 0.0, title: str = "Newsgraph",
             command: str = "", end_types: dict[str, frozenset[str]] | None = None,
             ) -> tuple[nx.MultiDiGraph, tuple[Entity, ...], tuple[RelationMention, ...]]:
    """Return the graph, entities and (renamed, filtered) mentions of per-document results.

    ``end_types`` (relation -> allowed entity types, the cue file's ``ends``) drops a mention
    whose end has another type by the corpus-wide vote ("visited France" is no meeting); the
    vote, not one document's NER, since a bare "Pujades" may be a place in one sentence.
    """
    results = list(results)
    resolution = resolve_entities(results)
    kinds = {entity.name: entity.type for entity in resolution.entities}
    ends = end_types or {}

    def fits(mention: RelationMention) -> bool:
        allowed = ends.get(mention.relation)
        return not allowed or kinds.get(mention.source) in allowed and kinds.get(mention.target) in allowed

    mentions = tuple(
        renamed
        for r in results
        for m in r.relations
        if m.confidence >= min_confidence and fits(renamed := resolution.rename(m))
    )
    graph = build_graph(resolution.entities, mentions, documents=len(results), title=title, command=command)
    return graph, resolution.entities, mentions


def write_outputs(graph: nx.MultiDiGraph, entities, mentions, out: str | os.PathLike[str],
                  formats: Iterable[str] = DEFAULT_FORMATS, **options) -> list[Path]:
    """Write the chosen formats into ``out`` and return the files written."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for name in formats:
        if name == "jsonl":
            files.extend(write_jsonl(entities, mentions, folder))
        elif name == "html":
            files.append(writer(name)(graph, folder / FORMATS[name].files[0], **options))
        elif name == "csv":
            files.extend(writer(name)(graph, folder))
        else:
            files.append(writer(name)(graph, folder / FORMATS[name].files[0]))
    return files


def build(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str] | None = None, *,
          formats: Iterable[str] = DEFAULT_FORMATS, model: str | None = None,
          relations: str | os.PathLike[str] | None = None, min_confidence: float = 0.0,
          command: str = "", n_process: int | None = None, html_options: dict | None = None,
          on_skip: Callable[[Skipped], None] | None = None, store: str | os.PathLike[str] | bool | None = None,
          engine: str = "local", scheduler: str | None = None, progress: bool | None = None,
          fields: dict[str, str | None] | None = None) -> BuildResult:
    """Build the graph of the articles in ``inputs`` and, when ``out`` is given, write its files.

    Results are kept in a store (``out``/newsgraph.sqlite unless ``store`` names another file or is
    False), so only new or changed documents are parsed. ``n_process`` defaults to all cores for
    large batches; ``engine="dask"`` parses on the cluster at ``scheduler`` (or a local one).
    ``fields`` names the keys of JSON article objects (text, title, date, url, id). Every skipped
    input or failed document is passed to ``on_skip`` and listed in ``out``/errors.jsonl.
    """
    from graph.incremental import extract_corpus, store_path

    if out is not None and Path(out).exists() and not Path(out).is_dir():
        raise InputError(f"{out}: the output path is a file, not a folder; choose a folder for --out")
    cues = load_cues(relations)
    if fields and any(fields.values()):
        inputs = [Source(os.fspath(i), Fields(**fields)) for i in inputs]
    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        if on_skip:
            on_skip(item)

    run = extract_corpus(inputs, cues, store=store_path(out, store), model=model, relations=relations,
                         jobs=n_process, engine=engine, scheduler=scheduler, progress=progress, on_skip=skip)
    for result in run.results:
        if result.errors:
            document = result.document
            named = "" if Path(document.path).name == document.id else f"{document.id}: "
            skip(Skipped(document.path or document.id, named + "; ".join(result.errors), "extract"))
    results = [r for r in run.results if not r.errors]
    graph, entities, mentions = assemble(results, min_confidence=min_confidence, command=command,
                                         end_types=cues.end_types)
    files = write_outputs(graph, entities, mentions, out, formats, **(html_options or {})) if out else []
    if out:
        errors = write_errors(skipped, out)
        files += [errors] if skipped else []
    return BuildResult(graph, entities, mentions, len(results), skipped, files, run.processed)
