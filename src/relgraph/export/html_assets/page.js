/* relgraph interactive graph. Data comes from the JSON blob #graph-data; every piece of it reaches the
   DOM through textContent / property assignment, never as markup; links are http(s) only. */
(function () {
  "use strict";

  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  timings.parsed = performance.now();
  var $ = function (id) { return document.getElementById(id); };
  var BIG = data.edges.length > 3000 || data.nodes.length > 1500;
  /* Measuring 20,000 edge labels doubles a big graph's load time and they are unreadable when the whole
     graph is in view: big graphs get their edge labels on the first zoom-in (or search, ego view). */
  var LABEL_SCALE = 0.5;
  var labelsShown = !BIG;

  var typeStyle = new Map();
  data.types.forEach(function (t) { typeStyle.set(t.name, t); });
  var quadStyle = new Map();
  data.quads.forEach(function (q) { quadStyle.set(q.id, q); });
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  var incident = new Map();
  data.nodes.forEach(function (n) { incident.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function safeUrl(url) {
    if (typeof url !== "string") { return null; }
    try {
      var parsed = new URL(url);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
    } catch (err) { return null; }
  }

  /* ------------------------------------------------------------------ vis data sets */

  function nodeSize(count) { return Math.min(10 + 5 * Math.sqrt(count), 60); }

  function visNode(n) {
    var t = typeStyle.get(n.type);
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: t.shape, size: nodeSize(n.count),
      color: { background: t.color, border: "#37474f",
               highlight: { background: t.color, border: "#000" } },
      borderWidth: t.dashed ? 2.5 : 1,
      shapeProperties: { borderDashes: t.dashed ? [4, 3] : false },
      title: n.label + " (" + n.type + ") — " + n.count + (n.count === 1 ? " claim" : " claims"),
      hidden: false
    };
  }

  function visEdge(e) {
    var q = quadStyle.get(e.quad);
    var edge = {
      id: e.id, from: e.from, to: e.to, label: labelsShown ? e.label : undefined,
      arrows: { to: { enabled: e.arrows, scaleFactor: 0.6 } },
      dashes: e.dashed,
      color: { color: q.color, highlight: "#263238", hover: q.color, opacity: 0.85 },
      width: 1 + Math.log2(e.count),
      smooth: e.curve ? { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) }
                      : false,
      title: e.label + " (" + q.label + ")",
      hidden: false
    };
    return edge;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));

  var stabilizing = data.stabilize > 0;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { font: { size: 13, color: "#222", strokeWidth: 3, strokeColor: "#fff" },
             scaling: { label: { drawThreshold: 6 } } },
    edges: { font: { size: 10, color: "#444", strokeWidth: 3, strokeColor: "#fff", align: "middle" },
             selectionWidth: 2, smooth: false },
    interaction: { hover: !BIG, tooltipDelay: 250, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
                   multiselect: false, navigationButtons: false, keyboard: false },
    physics: stabilizing ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -4000, springLength: 140, springConstant: 0.03, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: data.stabilize, updateInterval: 50, fit: true }
    } : { enabled: false }
  };
  timings.datasets = performance.now();
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, options);
  timings.network = performance.now();

  var api = {
    data: data, nodes: nodes, edges: edges, network: network, stabilized: false, physics: false, timings: timings,
    state: null
  };
  window.relgraph = api;

  function showEdgeLabels() {
    if (labelsShown) { return false; }
    labelsShown = true;
    edges.update(data.edges.map(function (e) { return { id: e.id, label: e.label }; }));
    return true;
  }
  network.on("zoom", function (params) { if (params.scale >= LABEL_SCALE) { showEdgeLabels(); } });

  function markStabilized() {
    if (api.stabilized) { return; }
    network.once("afterDrawing", function () {
      timings.stabilized = performance.now();
      api.stabilized = true;
      document.body.setAttribute("data-stabilized", "true");
    });
    network.redraw();
  }

  if (stabilizing) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      afterLoad();
    });
  } else {
    network.fit({ animation: false });
    afterLoad();
  }

  function afterLoad() {
    if (data.focus && nodeById.has(data.focus)) { selectNode(data.focus, true); }
    markStabilized();
  }

  /* ------------------------------------------------------------------------ filters */

  function defaultState() {
    return {
      relations: new Set(data.relations),
      quads: new Set(data.quads.map(function (q) { return q.id; })),
      types: new Set(data.types.map(function (t) { return t.name; })),
      from: "", to: "", minCount: 1, ego: null
    };
  }
  var state = defaultState();
  api.state = state;

  function nodePasses(n) { return state.types.has(n.type) && n.count >= state.minCount; }

  function edgePasses(e) {
    if (!state.relations.has(e.relation) || !state.quads.has(e.quad)) { return false; }
    if (!state.from && !state.to) { return true; }
    return e.claims.some(function (i) {
      var d = data.claims[i].date;
      return !!d && (!state.from || d >= state.from) && (!state.to || d <= state.to);
    });
  }

  function computeVisible() {
    var okNodes = new Set();
    data.nodes.forEach(function (n) { if (nodePasses(n)) { okNodes.add(n.id); } });
    var okEdges = data.edges.filter(function (e) {
      return okNodes.has(e.from) && okNodes.has(e.to) && edgePasses(e);
    });
    var linked = new Set();
    okEdges.forEach(function (e) { linked.add(e.from); linked.add(e.to); });
    var visNodes = new Set();
    okNodes.forEach(function (id) {
      if (linked.has(id) || incident.get(id).length === 0) { visNodes.add(id); }
    });
    if (state.ego !== null) {
      var ego = new Set([state.ego]);
      okEdges.forEach(function (e) {
        if (e.from === state.ego) { ego.add(e.to); }
        if (e.to === state.ego) { ego.add(e.from); }
      });
      visNodes = new Set(Array.from(ego).filter(function (id) { return id === state.ego || visNodes.has(id); }));
      okEdges = okEdges.filter(function (e) { return visNodes.has(e.from) && visNodes.has(e.to); });
    }
    return { nodes: visNodes, edges: new Set(okEdges.map(function (e) { return e.id; })) };
  }

  function applyFilters() {
    var visible = computeVisible();
    var nodeChanges = [];
    nodes.forEach(function (n) {
      var hidden = !visible.nodes.has(n.id);
      if (hidden !== n.hidden) { nodeChanges.push({ id: n.id, hidden: hidden }); }
    });
    var edgeChanges = [];
    edges.forEach(function (e) {
      var hidden = !visible.edges.has(e.id);
      if (hidden !== e.hidden) { edgeChanges.push({ id: e.id, hidden: hidden }); }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    showCounts(visible.nodes.size, visible.edges.size);
    return visible;
  }

  function visibleNodeIds() { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); }
  function visibleEdgeIds() { return edges.getIds({ filter: function (e) { return !e.hidden; } }); }

  function showCounts(n, e) {
    $("counts").textContent = n + " of " + data.nodes.length + " actors · " + e + " of " + data.edges.length +
      " links · " + data.claims.length + " claims";
  }

  /* ------------------------------------------------------------------------ panel */

  function actorName(index) { return data.nodes[index].label; }

  function claimItem(i) {
    var c = data.claims[i];
    var li = el("li", null, "claim");
    li.setAttribute("data-testid", "claim");
    var head = el("div", null, "head");
    head.appendChild(document.createTextNode(actorName(c.subject) + " "));
    if (c.polarity === "negative") { head.appendChild(el("span", "not ", "neg")); }
    head.appendChild(document.createTextNode(c.relation + " " + actorName(c.object)));
    li.appendChild(head);
    var quote = el("blockquote", c.evidence);
    quote.setAttribute("data-testid", "claim-evidence");
    li.appendChild(quote);
    var meta = el("div", null, "meta");
    var article = data.articles[c.article] || { title: c.article };
    var href = safeUrl(article.url);
    var link = el(href ? "a" : "span", article.title);
    if (href) {
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    link.setAttribute("data-testid", "claim-article");
    var titleSpan = el("span");
    titleSpan.appendChild(link);
    meta.appendChild(titleSpan);
    if (c.date) { meta.appendChild(el("span", c.date)); }
    if (article.source) { meta.appendChild(el("span", article.source)); }
    meta.appendChild(el("span", c.polarity));
    meta.appendChild(el("span", c.modality));
    if (c.confidence !== null) { meta.appendChild(el("span", "confidence " + c.confidence.toFixed(2))); }
    if (c.speaker) { meta.appendChild(el("span", "according to " + c.speaker)); }
    li.appendChild(meta);
    return li;
  }

  var PANEL_LIMIT = 200;

  function showPanel(title, summary, claimIds) {
    claimIds.sort(function (a, b) {
      var da = data.claims[a].date || "", db = data.claims[b].date || "";
      return da < db ? 1 : da > db ? -1 : a - b;
    });
    $("panel-title").textContent = title;
    $("panel-summary").textContent = summary;
    var list = $("panel-claims");
    list.replaceChildren();
    claimIds.slice(0, PANEL_LIMIT).forEach(function (i) { list.appendChild(claimItem(i)); });
    if (claimIds.length > PANEL_LIMIT) {
      list.appendChild(el("li", "… and " + (claimIds.length - PANEL_LIMIT) + " more claims", "more"));
    }
    $("panel").hidden = false;
  }

  function showNodePanel(id) {
    var n = nodeById.get(id);
    if (!n) { return; }
    var ids = new Set();
    incident.get(id).forEach(function (e) { e.claims.forEach(function (i) { ids.add(i); }); });
    var facts = [n.type];
    if (n.country) { facts.push(n.country); }
    if (n.wikidata) { facts.push(n.wikidata); }
    facts.push(n.count + (n.count === 1 ? " claim" : " claims"));
    showPanel(n.label, facts.join(" · "), Array.from(ids));
  }

  function showEdgePanel(id) {
    var e = edgeById.get(id);
    if (!e) { return; }
    var q = quadStyle.get(e.quad);
    var title = nodeById.get(e.from).label + " — " + e.label.replace(/ ×\d+$/, "") + " — " + nodeById.get(e.to).label;
    showPanel(title, q.label + " · " + e.count + (e.count === 1 ? " claim" : " claims"), e.claims.slice());
  }

  function selectNode(id, focus) {
    if (focus) { showEdgeLabels(); }
    network.selectNodes([id]);
    if (focus) { network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false }); }
    showNodePanel(id);
  }

  function selectEdge(id) {
    network.selectEdges([id]);
    showEdgePanel(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNodePanel(params.nodes[0]); }
    else if (params.edges.length) { showEdgePanel(params.edges[0]); }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { showEgo(params.nodes[0]); }
  });
  $("panel-close").addEventListener("click", function () { $("panel").hidden = true; });

  /* ------------------------------------------------------------------------ search, ego */

  function setStatus(text, ok) {
    $("status").textContent = text;
    $("status").className = ok ? "ok" : "";
  }

  function findActor(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (n) { return n.label.toLowerCase() === q || n.id.toLowerCase() === q; },
      /* a country's ISO3 code, a Wikidata QID, a capital or seat for its state ("moscow": Russia) */
      function (n) { return (n.names || []).indexOf(q) >= 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var k = 0; k < tests.length; k++) {
      var hit = data.nodes.find(tests[k]);  /* nodes are ordered by claim count */
      if (hit) { return hit; }
    }
    return null;
  }

  function search(query) {
    var hit = findActor(query);
    if (!hit) {
      setStatus("No actor matches \u201c" + query + "\u201d.", false);
      return null;
    }
    if (nodes.get(hit.id).hidden) {
      setStatus(hit.label + " is hidden by the current filters; press Reset to show it.", false);
      return hit.id;
    }
    setStatus("Found " + hit.label + ".", true);
    selectNode(hit.id, true);
    return hit.id;
  }

  function showEgo(id) {
    if (id === undefined || id === null) { id = network.getSelectedNodes()[0]; }
    if (!id || !nodeById.has(id)) {
      setStatus("Select an actor first (click it or search for it).", false);
      return null;
    }
    state.ego = id;
    showEdgeLabels();
    applyFilters();
    network.selectNodes([id]);
    network.fit({ nodes: visibleNodeIds(), animation: false });
    setStatus("Ego view of " + nodeById.get(id).label + ".", true);
    return id;
  }

  /* ------------------------------------------------------------------------ controls */

  function checkbox(container, value, text, checked, testid, swatch, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.setAttribute("data-testid", testid);
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    label.appendChild(box);
    if (swatch) {
      var sw = el("span", null, "swatch");
      sw.style.background = swatch;
      label.appendChild(sw);
    }
    label.appendChild(document.createTextNode(text));
    container.appendChild(label);
    return box;
  }

  function toggle(set, value) { return function (on) { if (on) { set.add(value); } else { set.delete(value); } }; }

  var relationCounts = new Map();
  data.edges.forEach(function (e) { relationCounts.set(e.relation, (relationCounts.get(e.relation) || 0) + e.count); });

  function buildControls() {
    var rel = $("relation-filter"), quad = $("quad-filter"), type = $("type-filter");
    rel.replaceChildren(); quad.replaceChildren(); type.replaceChildren();
    data.relations.forEach(function (r) {
      checkbox(rel, r, r + " (" + relationCounts.get(r) + ")", state.relations.has(r), "relation-" + r, null,
               toggle(state.relations, r));
    });
    data.quads.forEach(function (q) {
      checkbox(quad, q.id, q.id ? q.id + " " + q.label : q.label, state.quads.has(q.id), "quad-" + q.id, q.color,
               toggle(state.quads, q.id));
    });
    data.types.forEach(function (t) {
      checkbox(type, t.name, t.name, state.types.has(t.name), "type-" + t.name, t.color, toggle(state.types, t.name));
    });
    $("date-from").value = state.from;
    $("date-to").value = state.to;
    $("min-count").value = String(state.minCount);
  }

  function setAllRelations(on) {
    state.relations = new Set(on ? data.relations : []);
    buildControls();
    applyFilters();
  }

  function reset() {
    state = defaultState();
    api.state = state;
    buildControls();
    $("search").value = "";
    setStatus("", true);
    network.unselectAll();
    $("panel").hidden = true;
    applyFilters();
    network.fit({ animation: false });
  }

  function setPhysics(on) {
    api.physics = !!on;
    network.setOptions({ physics: on ? {
      enabled: true, solver: "barnesHut", stabilization: { enabled: false },
      barnesHut: { gravitationalConstant: -4000, springLength: 140, springConstant: 0.03, avoidOverlap: 0.3 }
    } : { enabled: false } });
    $("physics-button").textContent = on ? "Physics: on" : "Physics: off";
    $("physics-button").setAttribute("aria-pressed", on ? "true" : "false");
  }

  function exportPng() {
    var source = document.querySelector("#graph canvas");
    var out = document.createElement("canvas");
    out.width = source.width;
    out.height = source.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    var url = out.toDataURL("image/png");
    var a = el("a");
    a.href = url;
    a.download = (data.title.replace(/[^\w.-]+/g, "_") || "relgraph") + ".png";
    document.body.appendChild(a);
    a.click();
    a.remove();
    return url.length;
  }

  function dateInput(id, key) {
    $(id).addEventListener("input", function () {
      var v = $(id).value;
      state[key] = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : "";
      applyFilters();
    });
  }

  function buildLegend() {
    var legend = $("legend");
    var svgNs = "http://www.w3.org/2000/svg";
    var shapes = {
      dot: "M8,2 a6,6 0 1,0 0.01,0", square: "M2,2 h12 v12 h-12 z", triangle: "M8,1 L15,14 L1,14 z",
      triangleDown: "M1,2 L15,2 L8,15 z", diamond: "M8,1 L15,8 L8,15 L1,8 z",
      hexagon: "M4,2 L12,2 L15,8 L12,14 L4,14 L1,8 z",
      star: "M8,1 L10,6 L15,6 L11,9.5 L12.5,15 L8,11.5 L3.5,15 L5,9.5 L1,6 L6,6 z"
    };
    legend.appendChild(el("h3", "Actors (size = claims)"));
    data.types.forEach(function (t) {
      var item = el("div", null, "item");
      var svg = document.createElementNS(svgNs, "svg");
      svg.setAttribute("width", "16"); svg.setAttribute("height", "16");
      var path = document.createElementNS(svgNs, "path");
      path.setAttribute("d", shapes[t.shape] || shapes.dot);
      path.setAttribute("fill", t.color);
      path.setAttribute("stroke", "#37474f");
      if (t.dashed) { path.setAttribute("stroke-dasharray", "2,1.5"); path.setAttribute("stroke-width", "1.5"); }
      svg.appendChild(path);
      item.appendChild(svg);
      item.appendChild(document.createTextNode(t.name));
      legend.appendChild(item);
    });
    legend.appendChild(el("h3", "Links (colour = quad class)"));
    data.quads.forEach(function (q) {
      var item = el("div", null, "item");
      var sw = el("span", null, "swatch");
      sw.style.background = q.color;
      item.appendChild(sw);
      item.appendChild(document.createTextNode(q.label));
      legend.appendChild(item);
    });
    legend.appendChild(el("div", "dashed: negative, or only intended / possible", "item"));
    legend.appendChild(el("div", "no arrow: symmetric relation", "item"));
    legend.appendChild(el("div", "×n: n claims in one link", "item"));
  }

  $("title").textContent = data.title;
  var actorList = $("actor-list");
  data.nodes.slice(0, 5000).forEach(function (n) { var o = el("option"); o.value = n.label; actorList.appendChild(o); });
  if (data.dateRange[0]) {
    ["date-from", "date-to"].forEach(function (id) { $(id).min = data.dateRange[0]; $(id).max = data.dateRange[1]; });
  }
  buildControls();
  buildLegend();
  dateInput("date-from", "from");
  dateInput("date-to", "to");
  $("min-count").addEventListener("input", function () {
    var v = parseInt($("min-count").value, 10);
    state.minCount = isFinite(v) && v > 1 ? v : 1;
    applyFilters();
  });
  $("search-button").addEventListener("click", function () { search($("search").value); });
  $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search($("search").value); } });
  $("ego-button").addEventListener("click", function () { showEgo(null); });
  $("reset-button").addEventListener("click", reset);
  $("physics-button").addEventListener("click", function () { setPhysics(!api.physics); });
  $("export-button").addEventListener("click", exportPng);
  $("relations-all").addEventListener("click", function () { setAllRelations(true); });
  $("relations-none").addEventListener("click", function () { setAllRelations(false); });
  showCounts(data.nodes.length, data.edges.length);

  api.visibleNodeIds = visibleNodeIds;
  api.visibleEdgeIds = visibleEdgeIds;
  api.applyFilters = applyFilters;
  api.search = search;
  api.showEgo = showEgo;
  api.reset = reset;
  api.selectNode = selectNode;
  api.selectEdge = selectEdge;
  api.showNodePanel = showNodePanel;
  api.showEdgePanel = showEdgePanel;
  api.setPhysics = setPhysics;
  api.exportPng = exportPng;
  api.showEdgeLabels = showEdgeLabels;
})();
