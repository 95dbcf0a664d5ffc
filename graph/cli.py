"""The ``newsgraph`` command line: parse arguments, call the library, print.

Every command is a thin layer over a function ``import graph`` offers. Problems
with input or setup (NewsgraphError) print one line and exit 1 (bad arguments:
2); any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections import Counter
from collections.abc import Sequence

from graph.errors import NewsgraphError
from graph.exporters import DEFAULT_FORMATS, FORMATS
from graph.records import RELATION_TYPES

EPILOG_BUILD = "example: newsgraph build data/articles --out out"
EPILOG_EVALUATE = "example: newsgraph evaluate --gold data/gold/dev.jsonl --articles data/articles --verbose"
EPILOG_SHOW = "example: newsgraph show \"Ana Silva\" --graph out/graph.graphml"
EPILOG_STATS = "example: newsgraph stats --graph out/graph.graphml --top 5"


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        sys.stderr.write(f"newsgraph: error: {message} (see `{self.prog} --help`)\n")
        raise SystemExit(2)


def _formats(value: str) -> list[str]:
    """Return the formats named in a comma-separated --format value, checked."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}"
        )
    return names


def _positive(value: str) -> int:
    """Return a whole number of at least 1, or fail with a one-line argument error."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return number


def _confidence(value: str) -> float:
    """Return a --min-confidence value checked to lie in [0, 1]."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every newsgraph command."""
    parser = _Parser(prog="newsgraph", description="Turn news articles into a knowledge graph.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help="build the graph of articles", epilog=EPILOG_BUILD,
                                description="Build the graph of articles and write it to a folder.")
    build.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="article files (.txt .md .html .json .jsonl), folders, glob patterns, or - for stdin")
    build.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder")
    build.add_argument("--format", "-f", dest="formats", type=_formats, action="append", metavar="LIST",
                       help=f"outputs, comma-separated: {', '.join(FORMATS)} (default: {','.join(DEFAULT_FORMATS)})")
    _add_model_options(build)
    build.add_argument("--max-html-nodes", type=_positive, default=None, metavar="N",
                       help="most connected entities drawn in graph.html (the other files keep all)")
    build.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    _add_scale_options(build)
    _add_input_options(build)

    evaluate = commands.add_parser("evaluate", help="score extraction against gold relations",
                                   epilog=EPILOG_EVALUATE,
                                   description="Print precision, recall and F1 per relation type.")
    evaluate.add_argument("--gold", required=True, metavar="FILE", help="gold JSONL file (RELATIONS.md format)")
    source = evaluate.add_mutually_exclusive_group(required=True)
    source.add_argument("--articles", metavar="DIR", help="extract from these articles and score")
    source.add_argument("--graph", metavar="FILE", help="score a built graph.graphml or relations.jsonl")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    _add_model_options(evaluate)

    show = commands.add_parser("show", help="print an entity's relations with evidence", epilog=EPILOG_SHOW,
                               description="Print the relations of one entity of a built graph, each with the "
                                           "sentences that state it. NAME matches a name or alias, any case.")
    show.add_argument("name", metavar="NAME", help="entity name or alias (a unique part of one will do)")
    _add_graph_option(show)
    show.add_argument("--evidence", type=_positive, default=3, metavar="N",
                      help="evidence sentences printed per relation (default: 3)")

    stats = commands.add_parser("stats", help="summarise a built graph", epilog=EPILOG_STATS,
                                description="Print the documents, entities by type, relations by type and "
                                            "the entities with the most relations of a built graph.")
    _add_graph_option(stats)
    stats.add_argument("--top", type=_positive, default=10, metavar="N",
                       help="entities listed by number of relations (default: 10)")
    return parser


def _add_graph_option(parser: argparse.ArgumentParser) -> None:
    """Add --graph, the built graph a command reads."""
    parser.add_argument("--graph", "-g", default="out/graph.graphml", metavar="FILE",
                        help="graph.graphml or relations.jsonl a build wrote (default: out/graph.graphml)")


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that choose the NLP model, the cue file and the confidence floor."""
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm if installed)")
    parser.add_argument("--relations", metavar="FILE", help="extra relation cues (TOML, see graph/data/relations.toml)")
    parser.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
                        help="drop relation mentions less confident than X (0-1)")


def _add_scale_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that choose the store, the engine and the number of processes."""
    store = parser.add_mutually_exclusive_group()
    store.add_argument("--store", metavar="PATH",
                       help="SQLite store of parsed documents, reused by later builds (default: DIR/newsgraph.sqlite)")
    store.add_argument("--no-store", action="store_true", help="parse every document and keep no store")
    parser.add_argument("--jobs", "-j", type=_positive, metavar="N",
                        help="processes (local) or workers (dask local cluster) "
                             "(default: all cores for 200+ documents to parse, else 1)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="where documents are parsed: this machine or a Dask cluster (default: local)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster)")


#: JSON article fields a build option can rename: --text-field, --title-field, ...
JSON_FIELDS = ("text", "title", "date", "url", "id")


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that name JSON article fields and make skipped inputs an error."""
    for name in JSON_FIELDS:
        parser.add_argument(f"--{name}-field", metavar="KEY",
                            help=f"key of the article {name} in .json/.jsonl objects (dotted for nested keys)")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when any input or document was skipped")


def _cmd_build(args: argparse.Namespace) -> int:
    """Run `newsgraph build` and print its summary."""
    from graph.build import build

    formats = [f for group in (args.formats or [list(DEFAULT_FORMATS)]) for f in group]
    html_options = {"max_nodes": args.max_html_nodes} if args.max_html_nodes else {}
    command = "newsgraph " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    result = build(args.inputs, args.out, formats=list(dict.fromkeys(formats)), model=args.model,
                   relations=args.relations, min_confidence=args.min_confidence, command=command,
                   html_options=html_options,
                   on_skip=lambda s: sys.stderr.write(f"{s}\n"),
                   store=False if args.no_store else args.store, n_process=args.jobs,
                   engine="dask" if args.scheduler else args.engine,
                   scheduler=args.scheduler, progress=False if args.quiet else None,
                   fields={name: getattr(args, f"{name}_field") for name in JSON_FIELDS})
    if not args.quiet:
        positive = Counter(m.relation for m in result.mentions if not m.negated)
        negated = sum(m.negated for m in result.mentions)
        print(f"documents: {result.documents}" + (f" ({len(result.skipped)} skipped)" if result.skipped else "")
              + f", {result.processed} parsed now")
        print(f"entities:  {len(result.entities)}")
        print(f"relations: {sum(positive.values())} mentions, {result.graph.number_of_edges()} edges"
              + (f" ({negated} negated mentions kept apart)" if negated else ""))
        for relation in RELATION_TYPES:
            if positive[relation]:
                print(f"  {relation:<11} {positive[relation]}")
        print("wrote:     " + ", ".join(str(f) for f in result.files))
    if not result.documents:  # the skipped inputs' reasons, if any, are on stderr already
        if not result.skipped:
            sys.stderr.write("newsgraph: error: no article found in the inputs\n")
        return 1
    if args.strict and result.skipped:
        sys.stderr.write(f"newsgraph: error: {len(result.skipped)} input(s) skipped and --strict is set\n")
        return 1
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Run `newsgraph evaluate` and print the score table."""
    from graph.evaluation import format_score, load_gold, score

    gold = load_gold(args.gold)
    texts: dict[str, str] = {}
    if args.articles:
        from graph.build import build

        result = build([args.articles], None, model=args.model, relations=args.relations,
                       min_confidence=args.min_confidence)
        mentions = result.mentions
        from graph.documents import read_documents

        texts = {d.id: d.text for d in read_documents([args.articles]) if hasattr(d, "text")}
    else:
        from graph.readback import read_mentions

        mentions = [m for m in read_mentions(args.graph) if m.confidence >= args.min_confidence]
    print(format_score(score(gold, mentions), verbose=args.verbose, texts=texts))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    """Run `newsgraph show` and print the entity's relations."""
    from graph.summary import find_entity, format_relations, load_graph

    graph = load_graph(args.graph)
    print(format_relations(graph, find_entity(graph, args.name), max_evidence=args.evidence))
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    """Run `newsgraph stats` and print the summary."""
    from graph.summary import format_stats, graph_stats, load_graph

    print(format_stats(graph_stats(load_graph(args.graph), top=args.top)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the newsgraph command line and return its exit status."""
    args = make_parser().parse_args(argv)
    try:
        if args.command == "build":
            return _cmd_build(args)
        if args.command == "show":
            return _cmd_show(args)
        if args.command == "stats":
            return _cmd_stats(args)
        return _cmd_evaluate(args)
    except NewsgraphError as exc:
        sys.stderr.write(f"newsgraph: error: {exc}\n")
        return 1
    except BrokenPipeError:  # `newsgraph show NAME | head` closed our output early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
