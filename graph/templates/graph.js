// Newsgraph page script. Every string from the graph arrives as JSON data and
// reaches the page only through textContent and createElement: nothing here
// parses text as HTML, and the labels vis-network draws are canvas text.
(function () {
  "use strict";

  const started = performance.now();
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const SHAPE_GLYPHS = {
    dot: "\u25CF", square: "\u25A0", triangle: "\u25B2", triangleDown: "\u25BC",
    hexagon: "\u2B22", diamond: "\u25C6", star: "\u2605",
  };
  const MAX_TOOLTIP_EVIDENCE = 3;
  const MAX_SEARCH_RESULTS = 20;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  const number = (n) => Number(n).toLocaleString("en-US");
  const plural = (n, one, many) => number(n) + " " + (n === 1 ? one : many);
  const typeName = (type) => type || "(no type)";

  // ---- header -------------------------------------------------------------
  document.title = data.title;
  $("title").textContent = data.title;
  $("counts").textContent = [
    plural(data.counts.nodes, "entity", "entities"),
    plural(data.counts.edges, "relation", "relations"),
    plural(data.counts.documents, "document", "documents"),
  ].join(" \u00B7 ") + (data.counts.negated ? " (and " + plural(data.counts.negated,
    "negated statement", "negated statements") + ")" : "");
  if (data.left_out.nodes) {
    $("left-out").textContent = "Showing the " + number(data.nodes.length) + " most connected of " +
      number(data.counts.nodes) + " entities: " + plural(data.left_out.nodes, "entity", "entities") +
      " and " + plural(data.left_out.edges, "relation", "relations") +
      " are left out of this page to keep it responsive.";
    $("left-out").hidden = false;
  }
  if (data.command) {
    $("command").textContent = data.command;
    $("command-line").hidden = false;
  }

  // ---- data sets ----------------------------------------------------------
  const typeInfo = new Map(data.types.map((t) => [t.name, t]));
  const relationInfo = new Map(data.relations.map((r) => [r.name, r]));
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    edgesOf.get(e.from).push(e);
    edgesOf.get(e.to).push(e);
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => {
    const t = typeInfo.get(n.type);
    return {
      id: n.id, label: n.label, shape: t.shape, size: n.size,
      color: { background: t.color, border: t.border,
               highlight: { background: t.color, border: "#000000" },
               hover: { background: t.color, border: "#000000" } },
    };
  }));
  const edges = new vis.DataSet(data.edges.map((e) => {
    const colour = e.negated ? data.negated_color : relationInfo.get(e.relation).color;
    return {
      id: e.id, from: e.from, to: e.to, width: e.width, hidden: e.negated,
      label: e.negated ? "not " + e.relation : e.relation,
      dashes: e.negated,
      arrows: { to: { enabled: !e.symmetric, scaleFactor: 0.6 } },
      color: { color: colour, highlight: colour, hover: colour, inherit: false },
      smooth: e.curve ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) }
        : { enabled: false },
    };
  }));

  // ---- the network ---------------------------------------------------------
  const big = data.nodes.length > data.layout.big;
  const options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: data.layout.improved },
    physics: Object.assign({ enabled: true, stabilization: {
      enabled: true, iterations: data.layout.iterations, updateInterval: 20, fit: true } }, data.layout.physics),
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false,
                   multiselect: false },
    nodes: { borderWidth: 1, borderWidthSelected: 3,
             font: { size: 14, color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { selectionWidth: 2, hoverWidth: 1.5,
             font: { size: 10, align: "middle", color: "#444444", strokeWidth: 3, strokeColor: "#ffffff" } },
  };
  const network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, options);
  const state = { network, nodes, edges, data, settled: false, settleMs: null, drawnMs: null, iterations: 0,
                  scriptMs: started, layoutMs: performance.now() };
  window.newsgraph = state;

  const status = (text) => { $("status").textContent = text; };
  function settle(iterations) {
    network.setOptions({ physics: { enabled: false } });
    state.iterations = iterations;
    state.settleMs = performance.now();
    state.settled = true;
    network.once("afterDrawing", () => { state.drawnMs = performance.now(); });
    network.redraw();
    status("Layout settled after " + plural(iterations, "step", "steps") + " in " +
      (state.settleMs / 1000).toFixed(1) + " s and frozen.");
  }
  let progress = 0;
  network.on("stabilizationProgress", (p) => {
    progress = p.iterations;
    status("Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%");
  });
  network.once("stabilizationIterationsDone", () => settle(Math.max(progress, 1)));
  if (data.nodes.length === 0) settle(0);

  $("freeze").addEventListener("change", (event) => {
    network.setOptions({ physics: { enabled: !event.target.checked } });
    status(event.target.checked ? "Layout frozen." : "Physics on: nodes move until they settle.");
  });

  // ---- filters and legend --------------------------------------------------
  const typeOn = new Map(data.types.map((t) => [t.name, true]));
  const relationOn = new Map(data.relations.map((r) => [r.name, true]));
  const nodeHidden = new Map(data.nodes.map((n) => [n.id, false]));
  const edgeHidden = new Map(data.edges.map((e) => [e.id, e.negated]));

  function applyFilters() {
    const showNegated = $("show-negated").checked;
    const nodeUpdates = [];
    for (const n of data.nodes) {
      const hidden = !typeOn.get(n.type);
      if (nodeHidden.get(n.id) !== hidden) nodeUpdates.push({ id: n.id, hidden: hidden });
      nodeHidden.set(n.id, hidden);
    }
    const edgeUpdates = [];
    for (const e of data.edges) {
      const hidden = !relationOn.get(e.relation) || (e.negated && !showNegated) ||
        nodeHidden.get(e.from) || nodeHidden.get(e.to);
      if (edgeHidden.get(e.id) !== hidden) edgeUpdates.push({ id: e.id, hidden: hidden });
      edgeHidden.set(e.id, hidden);
    }
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
  }
  state.applyFilters = applyFilters;

  function filterRow(fieldset, swatch, name, text, count, change) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", () => { change(box.checked); applyFilters(); });
    label.append(box, swatch, el("span", "name", text), el("span", "count", number(count)));
    fieldset.append(label);
    return box;
  }
  const typeBoxes = new Map();
  for (const t of data.types) {
    const glyph = el("span", "glyph", SHAPE_GLYPHS[t.shape] || SHAPE_GLYPHS.dot);
    glyph.style.color = t.color;
    typeBoxes.set(t.name, filterRow($("type-filter"), glyph, t.name, typeName(t.name), t.count,
      (on) => typeOn.set(t.name, on)));
  }
  for (const r of data.relations) {
    const line = el("span", "line");
    line.style.borderTopColor = r.color;
    line.title = r.symmetric ? "no direction" : "directed";
    filterRow($("relation-filter"), line, r.name, r.name + (r.symmetric ? " \u2014" : " \u2192"), r.count,
      (on) => relationOn.set(r.name, on));
  }
  $("show-negated").addEventListener("change", applyFilters);

  // ---- evidence, shared by the panel and the tooltip ----------------------
  function sentence(item) {
    const quote = el("span", "sentence");
    // Lower-casing can change a string's length ("\u0130"); then offsets would not match.
    const text = item.text.toLowerCase(), trigger = item.trigger.toLowerCase();
    const at = trigger && text.length === item.text.length ? text.indexOf(trigger) : -1;
    if (at < 0 || trigger.length !== item.trigger.length) {
      quote.textContent = item.text;
    } else {
      quote.append(document.createTextNode(item.text.slice(0, at)),
        el("mark", null, item.text.slice(at, at + item.trigger.length)),
        document.createTextNode(item.text.slice(at + item.trigger.length)));
    }
    return quote;
  }
  function evidenceList(edge, limit) {
    const list = el("ul", "evidence");
    for (const item of edge.evidence.slice(0, limit)) {
      const li = el("li");
      li.append(sentence(item), el("span", "source", item.date ? item.doc + " \u00B7 " + item.date : item.doc));
      list.append(li);
    }
    const more = edge.evidence_count - Math.min(limit, edge.evidence.length);
    if (more > 0) list.append(el("li", "more", "\u2026 and " + plural(more, "more sentence", "more sentences")));
    return list;
  }
  function triple(edge, link) {
    const line = el("div", "triple");
    const name = (id) => {
      const node = nodeById.get(id);
      if (!link || id === link.self) return el("span", null, node.name);
      const button = el("button", null, node.name);
      button.type = "button";
      button.addEventListener("click", () => link.go(id));
      return button;
    };
    const rel = el("span", "rel", (edge.negated ? "not " : "") + edge.relation + (edge.symmetric ? "" : " \u2192"));
    rel.style.background = edge.negated ? data.negated_color : relationInfo.get(edge.relation).color;
    line.append(name(edge.from), " ", rel, " ", name(edge.to));
    return line;
  }

  // ---- side panel ----------------------------------------------------------
  const panel = $("panel"), panelBody = $("panel-body");
  function openPanel(children) {
    panelBody.replaceChildren(...children);
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showNode(id) {
    const n = nodeById.get(id);
    const parts = [el("h2", null, n.name),
      el("p", "meta", typeName(n.type) + " \u00B7 " + plural(n.mentions, "mention", "mentions") +
        " \u00B7 " + plural(n.doc_count, "document", "documents"))];
    if (n.aliases.length) parts.push(el("p", "meta", "Also called: " + n.aliases.join("; ")));
    if (n.first_seen) parts.push(el("p", "meta", "Seen " + n.first_seen +
      (n.last_seen && n.last_seen !== n.first_seen ? " to " + n.last_seen : "")));
    if (n.docs.length) parts.push(el("p", "meta", "In: " + n.docs.join("; ") +
      (n.doc_count > n.docs.length ? "; \u2026" : "")));
    const showNegated = $("show-negated").checked;
    const related = edgesOf.get(id).filter((e) => showNegated || !e.negated);
    parts.push(el("h3", null, related.length ? "Relations (" + number(related.length) + ")" : "No relations"));
    for (const e of related) {
      const block = el("div", "relation");
      block.append(triple(e, { self: id, go: focusNode }), evidenceList(e, e.evidence.length));
      parts.push(block);
    }
    openPanel(parts);
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    const block = el("div", "relation");
    block.append(triple(e, { self: null, go: focusNode }), evidenceList(e, e.evidence.length));
    openPanel([el("h2", null, "Evidence"), el("p", "meta", dateRange(e)), block]);
  }
  function dateRange(e) {
    const when = e.first_date && e.last_date !== e.first_date ? e.first_date + " to " + e.last_date : e.first_date;
    return plural(e.weight, "mention", "mentions") + (when ? " \u00B7 " + when : "") +
      " \u00B7 confidence " + e.confidence.toFixed(2);
  }
  $("panel-close").addEventListener("click", () => { panel.hidden = true; network.unselectAll(); });
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else panel.hidden = true;
  });

  // ---- hover tooltip -------------------------------------------------------
  const tooltip = $("tooltip");
  function showTooltip(children, pointer) {
    tooltip.replaceChildren(...children);
    tooltip.hidden = false;
    const box = $("graph").getBoundingClientRect(), main = tooltip.parentElement.getBoundingClientRect();
    const x = Math.min(box.left - main.left + pointer.x + 14, main.width - tooltip.offsetWidth - 4);
    const y = Math.min(box.top - main.top + pointer.y + 14, main.height - tooltip.offsetHeight - 4);
    tooltip.style.left = Math.max(0, x) + "px";
    tooltip.style.top = Math.max(0, y) + "px";
  }
  const hideTooltip = () => { tooltip.hidden = true; };
  network.on("hoverEdge", (params) => {
    const e = edgeById.get(params.edge);
    showTooltip([triple(e, null), el("div", "meta", dateRange(e)), evidenceList(e, MAX_TOOLTIP_EVIDENCE)],
      params.pointer.DOM);
  });
  network.on("hoverNode", (params) => {
    const n = nodeById.get(params.node);
    const children = [el("strong", null, n.name), el("div", "meta", typeName(n.type) + " \u00B7 " +
      plural(n.degree, "relation", "relations"))];
    if (n.aliases.length) children.push(el("div", "meta", "Also called: " + n.aliases.join("; ")));
    showTooltip(children, params.pointer.DOM);
  });
  network.on("blurEdge", hideTooltip);
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  $("graph").addEventListener("mouseleave", hideTooltip);  // vis sends no blur when the pointer leaves fast

  // ---- search --------------------------------------------------------------
  const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const searchIndex = data.nodes.map((n) => ({ id: n.id, names: [n.name, ...n.aliases].map(fold) }));
  function rank(names, query) {
    let best = 9;
    names.forEach((name, i) => {
      const alias = i ? 1 : 0;
      if (name === query) best = Math.min(best, alias);
      else if (name.startsWith(query)) best = Math.min(best, 2 + alias);
      else if (name.includes(" " + query)) best = Math.min(best, 4 + alias);
      else if (name.includes(query)) best = Math.min(best, 6 + alias);
    });
    return best;
  }
  function search(text) {
    const query = fold(text.trim());
    if (!query) return [];
    return searchIndex.map((entry) => ({ id: entry.id, rank: rank(entry.names, query) }))
      .filter((hit) => hit.rank < 9)
      .sort((a, b) => a.rank - b.rank || nodeById.get(b.id).degree - nodeById.get(a.id).degree || a.id - b.id)
      .slice(0, MAX_SEARCH_RESULTS)
      .map((hit) => hit.id);
  }
  state.search = search;
  function focusNode(id) {
    const n = nodeById.get(id);
    if (!typeOn.get(n.type)) {
      typeOn.set(n.type, true);
      typeBoxes.get(n.type).checked = true;
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showNode(id);
  }
  state.focusNode = focusNode;
  const results = $("search-results");
  $("search").addEventListener("input", (event) => {
    const text = event.target.value;
    const hits = search(text);
    const items = hits.map((id) => {
      const n = nodeById.get(id);
      const li = el("li"), button = el("button", null, n.name + " (" + typeName(n.type) + ")");
      button.type = "button";
      button.addEventListener("click", () => focusNode(id));
      li.append(button);
      return li;
    });
    if (text.trim() && !hits.length) items.push(el("li", "none", "No entity matches."));
    results.replaceChildren(...items);
  });
  $("search").addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const hits = search(event.target.value);
    if (hits.length) focusNode(hits[0]);
  });
})();
