"""graph.html in a real browser: Debian's headless Chromium driven by Playwright, with no network at all.

Every request except the page itself is blocked and recorded. The counts come
from the vis-network objects the page drew; filters, search, the side panel and
the edge tooltip are driven with the mouse and keyboard; and the hostile graph
(tests/html_graphs.py) must not run a single payload, with or without the
page's Content-Security-Policy.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graph.exporters.flatten import clean_text
from graph.exporters.html import write_html
from html_graphs import (
    ACME,
    ALICE,
    BOB,
    COMMAND,
    CTRL,
    ENDORSE_DOC,
    ENDORSE_SENTENCE,
    LONER,
    PAYLOADS,
    PLAIN,
    SHALOM,
    TITLE,
    hostile_graph,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

#: Records CSP violations (an injected script or handler would raise one) before any page script runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sample));
"""
VISIBLE = """() => {
  const body = window.newsgraph.network.body;
  const shown = (items) => Object.keys(items).filter((id) => !items[id].options.hidden).map(Number).sort((a, b) => a - b);
  return {nodes: shown(body.nodes), edges: shown(body.edges)};
}"""
NODE_POINT = """(id) => {
  const net = window.newsgraph.network, canvas = document.querySelector("#graph canvas");
  const box = canvas.getBoundingClientRect(), p = net.canvasToDOM(net.getPosition(id));
  return {x: box.left + p.x, y: box.top + p.y};
}"""
# A point on the edge that picks that edge (not a node, not another edge) and is not under the panel.
EDGE_POINT = """(id) => {
  const net = window.newsgraph.network, canvas = document.querySelector("#graph canvas");
  const box = canvas.getBoundingClientRect(), edge = net.body.edges[id];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
    const p = net.canvasToDOM(edge.edgeType.getPoint(t));
    if (net.getNodeAt(p) !== undefined || net.getEdgeAt(p) !== id) continue;
    if (document.elementFromPoint(box.left + p.x, box.top + p.y) !== canvas) continue;
    return {x: box.left + p.x, y: box.top + p.y};
  }
  return null;
}"""
PAINTED = """() => {
  const canvas = document.querySelector("#graph canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
}"""


@pytest.fixture(scope="module")
def browser():
    """Yield Debian's Chromium, launched headless by Playwright (never a downloaded browser)."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> Path:
    return write_html(hostile_graph(), tmp_path_factory.mktemp("html") / "graph.html")


@dataclass
class Opened:
    """A page open in the browser, with everything it tried to do that it should not."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    @property
    def data(self) -> dict:
        return self.js("() => window.newsgraph.data")

    def node(self, name: str) -> int:
        (found,) = [n["id"] for n in self.data["nodes"] if n["name"] == clean_text(name)]
        return found

    def edge(self, source: str, relation: str, target: str, negated: bool = False) -> int:
        ids = {n["name"]: n["id"] for n in self.data["nodes"]}
        (found,) = [e["id"] for e in self.data["edges"]
                    if (e["from"], e["relation"], e["to"], e["negated"])
                    == (ids[clean_text(source)], relation, ids[clean_text(target)], negated)]
        return found

    def visible(self) -> dict:
        return self.js(VISIBLE)

    def text(self, selector: str) -> str:
        return self.page.text_content(selector)

    def shown(self, selector: str) -> bool:
        return self.page.is_visible(selector)

    def close_panel(self) -> None:
        if self.shown("#panel"):
            self.page.click("#panel-close")

    def click_node(self, node: int) -> None:
        self.close_panel()
        point = self.js(NODE_POINT, node)
        self.page.mouse.click(point["x"], point["y"])

    def hover_edge(self, edge: int) -> None:
        self.close_panel()
        self.page.mouse.move(0, 0)
        point = self.js(EDGE_POINT, edge)
        assert point, f"no point on edge {edge} picks it"
        self.page.mouse.move(point["x"], point["y"], steps=4)
        self.page.wait_for_selector("#tooltip", state="visible", timeout=5000)

    def pwned(self) -> dict:
        """Return every sign that something from the input ran or reached for the network."""
        return {
            "pwned": self.js("() => window.__pwned === undefined ? null : window.__pwned"),
            "dialogs": self.dialogs,
            "violations": self.js("() => window.__violations"),
            "errors": self.errors,
            "other requests": [url for url in self.requests if url != self.url],
            "resources": self.js("() => performance.getEntriesByType('resource').map((r) => r.name)"),
            "foreign elements": self.js("""() => [...document.querySelectorAll(
                "img, svg, a, iframe, object, embed, form, link, base, audio, video, source")].map((e) => e.outerHTML)"""),
            "handlers": self.js("""() => [...document.querySelectorAll("*")].flatMap(
                (e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name))"""),
        }


def open_page(browser, path: Path, bypass_csp: bool = False):
    """Return the page at ``path`` opened with every other request blocked, once its layout settled."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp)
    page = context.new_page()
    page.set_default_timeout(10_000)
    opened = Opened(page=page, url=path.as_uri())

    def route(request_route):
        opened.requests.append(request_route.request.url)
        if request_route.request.url == opened.url:
            request_route.continue_()
        else:
            request_route.abort()

    page.route("**/*", route)
    page.on("websocket", lambda ws: opened.requests.append(ws.url))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(opened.url)
    page.wait_for_function("() => window.newsgraph && window.newsgraph.drawnMs !== null", timeout=30_000)
    return opened, context


@pytest.fixture
def opened(browser, hostile_page):
    page, context = open_page(browser, hostile_page)
    yield page
    context.close()


CLEAN = {"pwned": None, "dialogs": [], "violations": [], "errors": [], "other requests": [], "resources": [],
         "foreign elements": [], "handlers": []}


def test_the_browser_is_the_system_chromium(browser):
    version = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True, check=True).stdout
    assert browser.version and browser.version in version


def test_draws_every_entity_and_positive_relation_and_no_request_leaves(opened):
    graph = hostile_graph()
    visible = opened.visible()
    assert len(visible["nodes"]) == graph.number_of_nodes() == 7
    assert len(opened.js("() => Object.keys(window.newsgraph.network.body.edges)")) == 6
    negated = opened.edge(BOB, "endorsed", ACME, negated=True)
    assert negated not in visible["edges"] and len(visible["edges"]) == 5
    assert opened.js(PAINTED) > 2000  # the canvas really has a drawing on it
    assert opened.requests == [opened.url]
    assert opened.pwned() == CLEAN


def test_header_shows_title_counts_and_command(opened):
    assert opened.text("#title") == TITLE
    assert opened.page.title() == TITLE
    assert opened.text("#counts") == "7 entities · 5 relations · 5 documents (and 1 negated statement)"
    assert opened.text("#command") == COMMAND
    assert not opened.shown("#left-out")


def test_relation_filter_hides_its_edges(opened):
    endorsed = opened.edge(ALICE, "endorsed", BOB)
    others = set(opened.visible()["edges"]) - {endorsed}
    opened.page.uncheck('#relation-filter input[value="endorsed"]')
    assert set(opened.visible()["edges"]) == others
    assert len(opened.visible()["nodes"]) == 7
    opened.page.check('#relation-filter input[value="endorsed"]')
    assert endorsed in opened.visible()["edges"]


def test_entity_type_filter_hides_nodes_and_their_edges(opened):
    acme = opened.node(ACME)
    opened.page.uncheck('#type-filter input[value="ORG"]')
    visible = opened.visible()
    assert acme not in visible["nodes"] and len(visible["nodes"]) == 6
    assert opened.edge(BOB, "criticized", ACME) not in visible["edges"]
    assert opened.edge(CTRL, "works_for", ACME) not in visible["edges"]
    assert len(visible["edges"]) == 3
    for name in ("PERSON", "GPE", "NORP"):
        opened.page.uncheck(f'#type-filter input[value="{name}"]')
    assert opened.visible() == {"nodes": [], "edges": []}
    opened.page.wait_for_timeout(100)
    assert opened.js(PAINTED) == 0


def test_negated_statements_are_hidden_until_asked_then_dashed_and_grey(opened):
    negated = opened.edge(BOB, "endorsed", ACME, negated=True)
    opened.page.check("#show-negated")
    assert negated in opened.visible()["edges"]
    options = opened.js("(id) => window.newsgraph.network.body.edges[id].options", negated)
    assert options["dashes"] is True and options["label"] == "not endorsed"
    assert options["color"]["color"] == opened.data["negated_color"]


def test_search_finds_an_entity_by_name_and_by_alias(opened):
    opened.page.fill("#search", "ALICE")
    assert clean_text(ALICE) in opened.text("#search-results")
    opened.page.press("#search", "Enter")
    alice = opened.node(ALICE)
    assert opened.js("() => window.newsgraph.network.getSelectedNodes()") == [alice]
    assert opened.shown("#panel") and opened.text("#panel h2") == clean_text(ALICE)

    opened.page.fill("#search", "acm")  # an alias ("Acme") and the start of the name
    opened.page.click("#search-results button")
    assert opened.js("() => window.newsgraph.network.getSelectedNodes()") == [opened.node(ACME)]
    opened.page.fill("#search", "nobody by that name")
    assert opened.text("#search-results") == "No entity matches."


def test_search_reveals_an_entity_its_type_filter_hid(opened):
    opened.page.uncheck('#type-filter input[value="GPE"]')
    opened.page.fill("#search", "שלום")
    opened.page.press("#search", "Enter")
    assert opened.node(SHALOM) in opened.visible()["nodes"]
    assert opened.page.is_checked('#type-filter input[value="GPE"]')


def test_click_on_a_node_shows_its_relations_and_evidence(opened):
    opened.click_node(opened.node(ALICE))
    opened.page.wait_for_selector("#panel", state="visible", timeout=5000)
    panel = opened.text("#panel")
    assert opened.text("#panel h2") == clean_text(ALICE)
    assert "Relations (3)" in panel
    for text in ("endorsed", "met", "praised", BOB, SHALOM, PLAIN, ENDORSE_SENTENCE, ENDORSE_DOC,
                 "In an interview, she endorsed him again.", "b.txt · 2024-03-05", "Also called: Al; " + PAYLOADS[1]):
        assert text in panel, text
    # A neighbour's name is a button that moves the panel to that neighbour.
    opened.page.click(f'#panel .triple button:text-is("{PLAIN}")')
    assert opened.text("#panel h2") == PLAIN


def test_hovering_an_edge_shows_its_evidence_with_document_and_date(opened):
    opened.hover_edge(opened.edge(ALICE, "endorsed", BOB))
    tooltip = opened.text("#tooltip")
    assert ENDORSE_SENTENCE in tooltip
    assert f"{ENDORSE_DOC} · 2024-03-01" in tooltip and "b.txt · 2024-03-05" in tooltip
    assert "2 mentions" in tooltip
    assert opened.js("() => document.querySelector('#tooltip mark').textContent") == "endorsed"
    opened.page.mouse.move(1, 1)
    opened.page.wait_for_selector("#tooltip", state="hidden", timeout=5000)


def test_layout_is_frozen_after_settling_and_can_be_unfrozen(opened):
    physics = "() => window.newsgraph.network.physics.physicsEnabled"
    assert opened.js("() => window.newsgraph.settled") is True
    assert opened.js(physics) is False and opened.page.is_checked("#freeze")
    before = opened.js("() => window.newsgraph.network.getPositions()")
    opened.page.wait_for_timeout(300)
    assert opened.js("() => window.newsgraph.network.getPositions()") == before
    opened.page.uncheck("#freeze")
    assert opened.js(physics) is True
    opened.page.check("#freeze")
    assert opened.js(physics) is False


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_no_payload_runs_however_the_page_is_used(browser, hostile_page, bypass_csp):
    """Hover and click every entity and relation, show negated ones, and type payloads into the search."""
    opened, context = open_page(browser, hostile_page, bypass_csp=bypass_csp)
    try:
        opened.page.check("#show-negated")
        for node in opened.visible()["nodes"]:
            opened.click_node(node)
            opened.page.wait_for_selector("#panel", state="visible", timeout=5000)
        for edge in opened.visible()["edges"]:
            opened.hover_edge(edge)
            point = opened.js(EDGE_POINT, edge)
            opened.page.mouse.click(point["x"], point["y"])
            opened.page.wait_for_selector("#panel", state="visible", timeout=5000)
        for payload in PAYLOADS:
            opened.page.fill("#search", payload)
            opened.page.press("#search", "Enter")
        opened.page.fill("#search", "a")
        for index in range(opened.page.locator("#search-results button").count()):
            opened.page.locator("#search-results button").nth(index).click()
        opened.page.wait_for_timeout(200)
        assert opened.pwned() == CLEAN
    finally:
        context.close()


def test_hostile_text_is_shown_as_text(opened):
    opened.click_node(opened.node(ALICE))
    panel = opened.text("#panel")
    assert ALICE in panel and PAYLOADS[1] in panel and ENDORSE_DOC in panel
    opened.click_node(opened.node(ACME))
    assert ACME in opened.text("#panel h2")
    labels = opened.js("() => window.newsgraph.nodes.get().map((n) => n.label)")
    assert clean_text(BOB)[:39] + "…" in labels and LONER in labels


def test_page_over_the_budget_says_what_it_left_out(browser, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "graph.html", max_nodes=3)
    opened, context = open_page(browser, path)
    try:
        assert len(opened.visible()["nodes"]) == 3
        assert opened.text("#left-out") == ("Showing the 3 most connected of 7 entities: 4 entities and "
                                             "3 relations are left out of this page to keep it responsive.")
        assert opened.pwned() == CLEAN
    finally:
        context.close()


def test_empty_graph_opens_cleanly(browser, tmp_path):
    import networkx as nx

    path = write_html(nx.MultiDiGraph(title="Empty"), tmp_path / "graph.html")
    opened, context = open_page(browser, path)
    try:
        assert opened.visible() == {"nodes": [], "edges": []}
        assert opened.text("#counts") == "0 entities · 0 relations · 0 documents"
        assert opened.pwned() == CLEAN
    finally:
        context.close()
