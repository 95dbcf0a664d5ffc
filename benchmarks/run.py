"""Time Newsgraph against bare spaCy on one synthetic corpus and print throughput, memory and ratios.

Every step runs in a fresh Python process (model loading included, as a user
would run it); its peak memory is the highest total RSS of that process and all
its children (worker processes), sampled every 50 ms.

    python benchmarks/run.py --docs 2000 --jobs 2 [--scale 10]

Steps: bare spaCy ``nlp.pipe`` (same model, same process count); ``newsgraph
build`` from scratch; a re-build after adding 1% new documents; the Dask engine
on a LocalCluster with 1 and with 2 workers; with ``--scale N``, a build of a corpus
N times as large, to compare peak memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

BARE_SPACY = """
import sys
from pathlib import Path
import spacy
import spacy.util
from graph.nlp import DEFAULT_MODELS
name = sys.argv[2] or next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
nlp = spacy.load(name)
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
count = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])))
print(count)
"""


@dataclass
class Step:
    """One timed step: documents handled, wall and CPU time, peak RSS of its process tree, machine load."""

    name: str
    docs: int
    words: int
    seconds: float
    peak_rss: int
    cpu: float = 0.0  # user + system seconds of the step's processes (those that were waited for)
    load: float = 0.0  # 1-minute load average when the step started

    def row(self) -> str:
        rate = self.docs / self.seconds if self.seconds else 0.0
        words = self.words / self.seconds if self.seconds else 0.0
        return (f"{self.name:<34} {self.docs:>7} {self.seconds:>9.1f} {rate:>9.1f} {words:>10.0f} "
                f"{self.peak_rss / 2**20:>9.0f} {self.cpu:>8.1f} {self.load:>5.1f}")


def run(command: list[str], name: str, docs: int, words: int) -> Step:
    """Run ``command``, sampling the RSS of it and its children, and return its Step."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{name} failed:\n{proc.stderr.read()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Step(name, docs, words, seconds, peak, cpu, load)


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0


def corpus_words(folder: Path, names: set[str] | None = None) -> tuple[int, int]:
    """Return (documents, words) of the .txt files in ``folder`` (only ``names`` if given)."""
    docs = words = 0
    for path in folder.glob("*.txt"):
        if names is None or path.name in names:
            docs += 1
            words += len(path.read_text(encoding="utf-8").split())
    return docs, words


def newsgraph(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph", "build", *args, "--quiet"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--model", default="", help="spaCy model (default: Newsgraph's default)")
    parser.add_argument("--formats", default="graphml,jsonl", help="outputs the builds write")
    parser.add_argument("--work", help="working folder (default: a temporary one)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask steps")
    parser.add_argument("--scale", type=int, default=0, metavar="N",
                        help="also build a corpus N times as large and compare peak memory (e.g. 10)")
    args = parser.parse_args()

    work = Path(args.work or tempfile.mkdtemp(prefix="newsgraph-bench-"))
    corpus = work / f"corpus-{args.seed}-{args.docs}"
    if len(list(corpus.glob("*.txt"))) != args.docs:
        write_corpus(corpus, args.docs, args.seed)
    docs, words = corpus_words(corpus)
    model = ["--model", args.model] if args.model else []
    common = [str(corpus), "-f", args.formats, *model]

    print(f"machine: {platform.machine()}, {psutil.cpu_count()} cores ({psutil.cpu_count(logical=False)} physical), "
          f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"corpus: {docs} documents, {words} words ({words / docs:.0f} words/document), seed {args.seed}, "
          f"jobs {args.jobs}")
    print(f"{'step':<34} {'docs':>7} {'seconds':>9} {'docs/s':>9} {'words/s':>10} {'peak MiB':>9} {'CPU s':>8} {'load':>5}")
    steps: dict[str, Step] = {}

    def record(step: Step) -> Step:
        steps[step.name] = step
        print(step.row(), flush=True)
        return step

    bare = record(run([sys.executable, "-c", BARE_SPACY, str(corpus), args.model, str(args.jobs)],
                      "bare spaCy nlp.pipe", docs, words))
    out = work / "out-local"
    full = record(run(newsgraph(*common, "--out", str(out), "--jobs", str(args.jobs)), "newsgraph build (scratch)",
                      docs, words))
    new = max(1, args.docs // 100)
    # Three nightly updates in a row, each adding 1% new documents; the median is reported, as a
    # single run of a few seconds swings with whatever else the machine does.
    rebuilds, added = [], []
    for attempt in range(3):
        batch = write_corpus(corpus, new, args.seed, start=args.docs + attempt * new)
        added += batch
        new_docs, new_words = corpus_words(corpus, {p.name for p in batch})
        # --jobs left to the default, as a user would run the nightly update (1 process for a small batch)
        rebuilds.append(run(newsgraph(*common, "--out", str(out)), f"re-build after +{new} docs (1%)",
                            new_docs, new_words))
    rebuild = record(sorted(rebuilds, key=lambda step: step.seconds)[1])
    for path in added:
        path.unlink()
    if not args.no_dask:
        for workers in (1, 2):
            record(run(newsgraph(*common, "--out", str(work / f"out-dask-{workers}"), "--engine", "dask",
                                 "--jobs", str(workers), "--no-store"), f"dask LocalCluster, {workers} worker(s)",
                       docs, words))

    large = None
    if args.scale > 1:
        # Memory must stay flat as the corpus grows: the same build on N x the documents.
        big = work / f"corpus-{args.seed}-{args.docs * args.scale}"
        if len(list(big.glob("*.txt"))) != args.docs * args.scale:
            write_corpus(big, args.docs * args.scale, args.seed)
        big_docs, big_words = corpus_words(big)
        large = record(run(newsgraph(str(big), "-f", args.formats, *model, "--out", str(work / "out-large"),
                                     "--jobs", str(args.jobs)), f"newsgraph build, {args.scale}x corpus",
                           big_docs, big_words))

    print()
    print(f"build / bare spaCy throughput:    {bare.seconds / full.seconds:.2f}  (target >= 0.9)")
    print(f"re-build (+1%) / full build time: {rebuild.seconds / full.seconds:.2%}  (target <= 10%; median of 3: "
          f"{', '.join(f'{step.seconds:.1f}' for step in rebuilds)} s)")
    if not args.no_dask:
        one, two = steps["dask LocalCluster, 1 worker(s)"], steps["dask LocalCluster, 2 worker(s)"]
        print(f"dask 2 workers / 1 worker:        {one.seconds / two.seconds:.2f}  (target >= 1.6)")
        print(f"dask 2 workers / local build:     {full.seconds / two.seconds:.2f}")
    if large is not None:
        print(f"peak RSS, {args.scale}x corpus / corpus:  {large.peak_rss / full.peak_rss:.2f}  (target <= 1.5)")
        print(f"throughput, {args.scale}x corpus / corpus: {full.seconds * large.docs / (large.seconds * full.docs):.2f}")
    print(f"peak RSS, build / bare spaCy:     {full.peak_rss / bare.peak_rss:.2f}")
    print(f"CPU seconds, bare spaCy / build:  {bare.cpu / full.cpu:.2f}  (throughput per CPU second; "
          "less sensitive to other load on the machine)")
    print("load = 1-minute load average when the step started; above the core count, other processes "
          "competed for the CPUs and wall-clock ratios understate parallel speed-ups")


if __name__ == "__main__":
    main()
