"""How long graph.html takes to settle in headless Chromium, by number of entities.

Generates synthetic graphs shaped like news (stories of 5-30 entities joined
through a few hubs, about 1.5 relations per entity, 1-3 evidence sentences
each), writes each page with every entity drawn, opens it in
Debian's Chromium (software rendering, like a laptop without GPU acceleration
is worst case) with every network request blocked, and prints:

* settle: from navigation start until physics stopped (the page's own
  ``performance.now()`` when the bounded layout finished; it includes parsing
  the page and the library);
* drawn: until the first frame after that was painted;
* redraw: one full redraw afterwards, median of 5 (what every pan, zoom or
  drag frame costs).

    python benchmarks/html_settle.py            # 100, 1000 and 5000 entities
    python benchmarks/html_settle.py 300 3000   # other sizes

``DEFAULT_MAX_NODES`` in graph/exporters/html.py is chosen from these numbers.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.exporters.html import write_html  # noqa: E402
from graph.network import build_graph  # noqa: E402
from graph.records import RELATION_TYPES, SYMMETRIC_RELATIONS, Entity, RelationMention  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TYPES = ("PERSON", "PERSON", "PERSON", "ORG", "ORG", "GPE", "NORP")


def synthetic_graph(entities: int, seed: int = 1):
    """Return a graph of ``entities`` entities shaped like news: stories of 5-30 entities linked through hubs.

    Each new entity gets one or two relations (1-3 mentions each, 5% negated),
    mostly inside its own story and otherwise to an entity anywhere, chosen in
    proportion to how connected it already is (so a few hubs emerge).
    """
    rng = random.Random(seed)
    people = [Entity(f"Entity {i:05d} {rng.choice('ABCDEFGH')}son", rng.choice(TYPES), (f"E{i}",),
                     rng.randint(1, 20), (f"doc{i % 97}.txt",)) for i in range(entities)]
    everywhere: list[int] = [0]
    story: list[int] = [0]
    story_left = rng.randint(5, 30)
    mentions = []
    for i in range(1, entities):
        if story_left == 0:
            story, story_left = [], rng.randint(5, 30)
        story_left -= 1
        for _ in range(1 + (rng.random() < 0.5)):
            j = rng.choice(story if story and rng.random() < 0.8 else everywhere)
            if j == i:
                continue
            relation = rng.choice(RELATION_TYPES)
            a, b = people[i], people[j]
            for k in range(rng.randint(1, 3)):
                mentions.append(RelationMention(
                    doc=f"doc{(i + k) % 97}.txt", source=a.name, source_type=a.type, relation=relation,
                    target=b.name, target_type=b.type, negated=rng.random() < 0.05,
                    sentence=f"{a.name} {relation} {b.name}, the report said ({k}).", start=100 * k,
                    end=100 * k + 60, trigger=relation, symmetric=relation in SYMMETRIC_RELATIONS,
                    date=f"2024-{1 + k:02d}-{1 + i % 28:02d}"))
            everywhere.extend((i, j))
            story.extend((i, j))
    return build_graph(people, mentions, documents=97, title=f"{entities} entities", command="benchmark")


def measure(page, path: Path) -> dict:
    """Return the settle, first-draw and redraw times of the page at ``path``."""
    page.goto(path.as_uri())
    page.wait_for_function("() => window.newsgraph && window.newsgraph.drawnMs !== null", timeout=900_000,
                           polling=100)
    return page.evaluate("""() => {
        const s = window.newsgraph, times = [];
        for (let i = 0; i < 5; i++) {
            const t0 = performance.now();
            s.network.redraw();
            times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return {settle: s.settleMs, drawn: s.drawnMs, redraw: times[2],
                iterations: s.iterations, nodes: s.nodes.length,
                edges: s.edges.get({filter: (e) => !e.hidden}).length};
    }""")


def main(argv: list[str] | None = None) -> None:
    """Print the settle times of pages of the given sizes."""
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 5000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        print(f"{'entities':>8} {'edges':>6} {'MB':>5} {'steps':>5} {'settle s':>8} {'drawn s':>7} {'redraw ms':>9}")
        for size in args.sizes:
            graph = synthetic_graph(size)
            path = write_html(graph, Path(folder) / f"graph-{size}.html", max_nodes=size)
            started = time.perf_counter()
            result = measure(page, path)
            wall = time.perf_counter() - started
            print(f"{result['nodes']:>8} {result['edges']:>6} {path.stat().st_size / 1e6:>5.1f} "
                  f"{result['iterations']:>5} {result['settle'] / 1000:>8.1f} {result['drawn'] / 1000:>7.1f} "
                  f"{result['redraw']:>9.0f}   (wall {wall:.1f} s)", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
