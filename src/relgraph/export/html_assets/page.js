/* relgraph interactive graph. Data comes from the JSON blob #graph-data; every piece of it reaches the
   DOM through textContent / property assignment, never as markup; links are http(s) only.

   The graph drawn is a view of the data: claims pass the filters (relations, quad classes, dates,
   confidence), their actors are folded into their state when folding is on, and claims of one
   (pair, relation, polarity) make one edge. Every change of a filter recomputes the view and re-fits. */
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
  var TOP_LABELS = 20;     /* actors whose labels stay readable at any zoom */
  var LABEL_PX = 14;       /* their on-screen font size */
  var FONT_SIZE = 13;      /* the others' font size in graph units (drawn once zoomed in enough) */
  var MAX_FIT_ZOOM = 1.5;  /* a fit never zooms in further than this */
  var NS_SVG = "http://www.w3.org/2000/svg";
  var MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  var typeStyle = new Map();
  data.types.forEach(function (t) { typeStyle.set(t.name, t); });
  var quadStyle = new Map();
  data.quads.forEach(function (q) { quadStyle.set(q.id, q); });
  var symmetric = new Set(data.symmetric);
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var incident = new Map();
  var members = new Map();  /* state id -> the ids folded into it */
  data.nodes.forEach(function (n) { incident.set(n.id, []); });
  data.nodes.forEach(function (n) {
    if (n.fold) {
      if (!members.has(n.fold)) { members.set(n.fold, []); }
      members.get(n.fold).push(n.id);
    }
  });
  data.edges.forEach(function (e) {
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(NS_SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function safeUrl(url) {
    if (typeof url !== "string") { return null; }
    try {
      var parsed = new URL(url);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
    } catch (err) { return null; }
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ------------------------------------------------------------------------ state */

  function defaultState() {
    return {
      relations: new Set(data.relations),
      quads: new Set(data.quads.map(function (q) { return q.id; })),
      types: new Set(data.types.map(function (t) { return t.name; })),
      from: "", to: "", minCount: 1, ego: null, fold: data.fold, minConfidence: data.minConfidence
    };
  }
  var state = defaultState();
  var selection = null;  /* {kind: "node" | "edge", id} shown in the panel */

  /* ------------------------------------------------------------------------ the view */

  /* The node an actor is drawn as: its state when folding is on, else itself. */
  function shownAs(id) {
    var n = nodeById.get(id);
    return state.fold && n && n.fold ? n.fold : id;
  }

  function inDates(c) {
    if (!state.from && !state.to) { return true; }
    return !!c.date && (!state.from || c.date >= state.from) && (!state.to || c.date <= state.to);
  }

  function passesBesidesDates(c) {
    return state.quads.has(c.quad || 0) && (c.confidence === null || c.confidence >= state.minConfidence);
  }

  /* Claims grouped into the edges of the view: one group per (shown pair, relation, polarity), with
     `all` the claims passing every filter but the dates (the timelines' claims) and `claims` those
     passing every filter. A claim that folding turns into a loop ("Putin heads Russia") is left out. */
  function claimGroups() {
    var groups = new Map();
    data.edges.forEach(function (e) {
      if (!state.relations.has(e.relation)) { return; }
      var from = shownAs(e.from), to = shownAs(e.to);
      if (from === to && e.from !== e.to) { return; }
      if (symmetric.has(e.relation) && to < from) { var t = from; from = to; to = t; }
      var key = from + "\u0001" + to + "\u0001" + e.relation + "\u0001" + e.polarity;
      var g = groups.get(key);
      if (!g) {
        g = { id: e.id, from: from, to: to, relation: e.relation, polarity: e.polarity, all: [], claims: [] };
        groups.set(key, g);
      }
      e.claims.forEach(function (i) {
        var c = data.claims[i];
        if (!passesBesidesDates(c)) { return; }
        g.all.push(i);
        if (inDates(c)) { g.claims.push(i); }
      });
    });
    var byId = new Map();
    groups.forEach(function (g) { if (g.all.length) { byId.set(g.id, g); } });
    return byId;
  }

  function computeView() {
    var groups = claimGroups();
    var live = [];
    var counts = new Map();
    groups.forEach(function (g) {
      if (!g.claims.length) { return; }
      live.push(g);
      counts.set(g.from, (counts.get(g.from) || 0) + g.claims.length);
      if (g.to !== g.from) { counts.set(g.to, (counts.get(g.to) || 0) + g.claims.length); }
    });
    var okNodes = new Set();
    data.nodes.forEach(function (n) {
      if (shownAs(n.id) !== n.id || !state.types.has(n.type)) { return; }
      var isolated = incident.get(n.id).length === 0 && !members.has(n.id);
      if (isolated || (counts.get(n.id) || 0) >= state.minCount) { okNodes.add(n.id); }
    });
    var okEdges = live.filter(function (g) { return okNodes.has(g.from) && okNodes.has(g.to); });
    var visNodes = new Set();
    okEdges.forEach(function (g) { visNodes.add(g.from); visNodes.add(g.to); });
    okNodes.forEach(function (id) {
      if (incident.get(id).length === 0 && !members.has(id)) { visNodes.add(id); }
    });
    if (state.ego !== null) {
      var ego = shownAs(state.ego);
      var near = new Set([ego]);
      okEdges.forEach(function (g) {
        if (g.from === ego) { near.add(g.to); }
        if (g.to === ego) { near.add(g.from); }
      });
      visNodes = new Set(Array.from(near).filter(function (id) { return id === ego || visNodes.has(id); }));
      okEdges = okEdges.filter(function (g) { return visNodes.has(g.from) && visNodes.has(g.to); });
    }
    return { groups: groups, edges: okEdges, nodes: visNodes, counts: counts };
  }

  /* ------------------------------------------------------------------------ vis data sets */

  function nodeSize(count) { return Math.min(10 + 5 * Math.sqrt(count), 60); }

  function nodeTitle(n, count) {
    var text = n.label + " (" + n.type + ") — " + plural(count, "claim");
    var folded = state.fold ? (members.get(n.id) || []) : [];
    if (folded.length) {
      text += "; folds in " + folded.slice(0, 8).map(function (id) { return nodeById.get(id).label; }).join(", ") +
        (folded.length > 8 ? " and " + (folded.length - 8) + " more" : "");
    }
    return text;
  }

  function visNode(n, view) {
    var t = typeStyle.get(n.type);
    var count = view.counts.get(n.id) || 0;
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: t.shape, size: nodeSize(count),
      color: { background: t.color, border: "#37474f",
               highlight: { background: t.color, border: "#000" } },
      borderWidth: t.dashed ? 2.5 : 1,
      shapeProperties: { borderDashes: t.dashed ? [4, 3] : false },
      title: nodeTitle(n, count),
      font: { size: FONT_SIZE },
      hidden: !view.nodes.has(n.id)
    };
  }

  function edgeLabel(g) {
    return (g.polarity === "negative" ? "not " : "") + g.relation + (g.claims.length > 1 ? " ×" + g.claims.length : "");
  }

  function edgeQuad(g) {
    var tally = new Map();
    g.claims.forEach(function (i) { var q = data.claims[i].quad || 0; tally.set(q, (tally.get(q) || 0) + 1); });
    var best = 0, most = -1;
    tally.forEach(function (n, q) { if (n > most || (n === most && q > best)) { best = q; most = n; } });
    return best;
  }

  /* Roundness for the rank-th edge between one pair: straight, then ±0.2, ±0.4, … */
  function curve(rank) {
    if (rank === 0) { return false; }
    var step = 0.2 * Math.floor((rank + 1) / 2);
    return { enabled: true, type: rank % 2 ? "curvedCW" : "curvedCCW", roundness: step };
  }

  function visEdges(view) {
    var rank = new Map();
    return view.edges.map(function (g) {
      var pair = g.from < g.to ? g.from + "\u0001" + g.to : g.to + "\u0001" + g.from;
      var r = rank.get(pair) || 0;
      rank.set(pair, r + 1);
      var q = quadStyle.get(edgeQuad(g));
      var label = edgeLabel(g);
      var dashed = g.polarity === "negative" || g.claims.every(function (i) {
        var m = data.claims[i].modality;
        return m === "intended" || m === "possible";
      });
      return {
        id: g.id, from: g.from, to: g.to, label: labelsShown ? label : undefined, fullLabel: label,
        count: g.claims.length,
        arrows: { to: { enabled: !symmetric.has(g.relation), scaleFactor: 0.6 } },
        dashes: dashed,
        color: { color: q.color, highlight: "#263238", hover: q.color, opacity: 0.85 },
        width: Math.min(1 + 1.5 * Math.log2(g.claims.length), 9),
        smooth: curve(r),
        title: label + " (" + q.label + ")"
      };
    });
  }

  var view = computeView();
  var nodes = new vis.DataSet(data.nodes.map(function (n) { return visNode(n, view); }));
  var edges = new vis.DataSet(visEdges(view));
  var shownEdges = new Map();  /* edge id -> the signature of what is drawn */

  function edgeSignature(e) {
    return [e.from, e.to, e.label, e.fullLabel, e.width, e.dashes, e.color.color, JSON.stringify(e.smooth)].join("|");
  }
  edges.forEach(function (e) { shownEdges.set(e.id, edgeSignature(e)); });

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { font: { size: FONT_SIZE, color: "#222", strokeWidth: 3, strokeColor: "#fff" },
             scaling: { label: { drawThreshold: 6 } } },
    edges: { font: { size: 10, color: "#444", strokeWidth: 3, strokeColor: "#fff", align: "middle" },
             selectionWidth: 2, smooth: false },
    interaction: { hover: !BIG, tooltipDelay: 250, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
                   multiselect: false, navigationButtons: false, keyboard: false },
    physics: { enabled: false }
  };
  timings.datasets = performance.now();
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, options);
  timings.network = performance.now();

  var api = {
    data: data, nodes: nodes, edges: edges, network: network, stabilized: false, physics: false, timings: timings,
    state: state
  };
  window.relgraph = api;

  /* ------------------------------------------------------------------------ labels and fit */

  function showEdgeLabels() {
    if (labelsShown) { return false; }
    labelsShown = true;
    edges.update(edges.map(function (e) { return { id: e.id, label: e.fullLabel }; }));
    return true;
  }

  /* The TOP_LABELS visible actors with most claims keep LABEL_PX on screen at any zoom; the others are
     drawn at FONT_SIZE once zoomed in far enough for it to be legible. */
  var labelSize = new Map();
  function updateLabels() {
    var scale = network.getScale();
    var top = Array.from(view.nodes).sort(function (a, b) {
      return (view.counts.get(b) || 0) - (view.counts.get(a) || 0);
    }).slice(0, TOP_LABELS);
    var wanted = new Map();
    top.forEach(function (id) { wanted.set(id, Math.max(FONT_SIZE, Math.ceil(LABEL_PX / scale))); });
    var changes = [];
    labelSize.forEach(function (size, id) {
      if (!wanted.has(id)) { changes.push({ id: id, font: { size: FONT_SIZE } }); labelSize.delete(id); }
    });
    wanted.forEach(function (size, id) {
      if (labelSize.get(id) !== size) { changes.push({ id: id, font: { size: size } }); labelSize.set(id, size); }
    });
    if (changes.length) { nodes.update(changes); }
  }

  function fitView() {
    var ids = visibleNodeIds();
    if (ids.length) { network.fit({ nodes: ids, maxZoomLevel: MAX_FIT_ZOOM, animation: false }); }
    updateLabels();
  }

  network.on("zoom", function (params) {
    if (params.scale >= LABEL_SCALE) { showEdgeLabels(); }
    updateLabels();
  });
  /* a resize (the panel opening) rescales the view once it is drawn: size the labels after it */
  network.on("resize", function () { requestAnimationFrame(updateLabels); });

  function markStabilized() {
    if (api.stabilized) { return; }
    network.once("afterDrawing", function () {
      timings.stabilized = performance.now();
      api.stabilized = true;
      document.body.setAttribute("data-stabilized", "true");
    });
    network.redraw();
  }

  /* ------------------------------------------------------------------------ applying the view */

  function syncNodes() {
    var changes = [];
    nodes.forEach(function (drawn) {
      var n = nodeById.get(drawn.id);
      var hidden = !view.nodes.has(n.id);
      var count = view.counts.get(n.id) || 0;
      var size = nodeSize(count);
      var title = nodeTitle(n, count);
      if (hidden !== drawn.hidden || (!hidden && (size !== drawn.size || title !== drawn.title))) {
        changes.push({ id: n.id, hidden: hidden, size: size, title: title });
      }
    });
    if (changes.length) { nodes.update(changes); }
  }

  function syncEdges() {
    var wanted = visEdges(view);
    var keep = new Set();
    var changed = [];
    wanted.forEach(function (e) {
      keep.add(e.id);
      var sig = edgeSignature(e);
      if (shownEdges.get(e.id) !== sig) { changed.push(e); shownEdges.set(e.id, sig); }
    });
    var gone = [];
    shownEdges.forEach(function (sig, id) { if (!keep.has(id)) { gone.push(id); } });
    gone.forEach(function (id) { shownEdges.delete(id); });
    if (gone.length) { edges.remove(gone); }
    if (changed.length) { edges.update(changed); }
  }

  function visibleClaimIds() {
    var ids = [];
    view.edges.forEach(function (g) { Array.prototype.push.apply(ids, g.claims); });
    return ids.sort(function (a, b) { return a - b; });
  }

  function showCounts() {
    $("counts").textContent = view.nodes.size + " of " + data.nodes.length + " actors · " + view.edges.length +
      " of " + data.edges.length + " links · " + visibleClaimIds().length + " of " + data.claims.length + " claims";
  }

  function showEmpty() {
    var empty = view.nodes.size === 0;
    $("empty").hidden = !empty;
    $("empty").textContent = !empty ? "" : data.claims.length === 0 ? "This graph has no claims." :
      "No claim matches: loosen the date range, lower the minimum confidence or claims per actor, " +
      "tick more relations, quad classes or entity types, or press Reset.";
  }

  /* Recompute the view from the state, redraw it, re-fit, and refresh the panel. */
  function applyFilters() {
    view = computeView();
    syncNodes();
    syncEdges();
    showCounts();
    showEmpty();
    fitView();
    refreshPanel();
    return view;
  }

  function visibleNodeIds() { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); }
  function visibleEdgeIds() { return edges.getIds(); }

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

  function byDateDesc(a, b) {
    var da = data.claims[a].date || "", db = data.claims[b].date || "";
    return da < db ? 1 : da > db ? -1 : a - b;
  }

  /* The panel: title, summary, the timeline of `timelineIds` and the claims `claimIds` as evidence. */
  function showPanel(title, summary, claimIds, timelineIds) {
    claimIds.sort(byDateDesc);
    $("panel-title").textContent = title;
    $("panel-summary").textContent = summary;
    drawTimeline(timelineIds);
    var list = $("panel-claims");
    list.replaceChildren();
    if (!claimIds.length) { list.appendChild(el("li", "No claim of this selection is in the current view.", "more")); }
    claimIds.slice(0, PANEL_LIMIT).forEach(function (i) { list.appendChild(claimItem(i)); });
    if (claimIds.length > PANEL_LIMIT) {
      list.appendChild(el("li", "… and " + (claimIds.length - PANEL_LIMIT) + " more claims", "more"));
    }
    $("panel").hidden = false;
  }

  function nodeClaims(id) {
    var all = [], shown = [];
    view.groups.forEach(function (g) {
      if (g.from === id || g.to === id) {
        Array.prototype.push.apply(all, g.all);
        Array.prototype.push.apply(shown, g.claims);
      }
    });
    return { all: all, shown: shown };
  }

  function showNodePanel(id) {
    if (!nodeById.has(id)) { return; }
    id = shownAs(id);
    var n = nodeById.get(id);
    var claims = nodeClaims(id);
    var facts = [n.type];
    if (n.country) { facts.push(n.country); }
    if (n.wikidata) { facts.push(n.wikidata); }
    facts.push(plural(claims.shown.length, "claim") + " in view");
    var folded = state.fold ? (members.get(id) || []) : [];
    if (folded.length) { facts.push("folds in " + plural(folded.length, "agent or office holder")); }
    selection = { kind: "node", id: id };
    showPanel(n.label, facts.join(" · "), claims.shown, claims.all);
  }

  function showEdgePanel(id) {
    var g = view.groups.get(id);
    if (!g) { return; }
    var q = quadStyle.get(edgeQuad(g.claims.length ? g : { claims: g.all }));
    var title = nodeById.get(g.from).label + " — " + (g.polarity === "negative" ? "not " : "") + g.relation +
      " — " + nodeById.get(g.to).label;
    selection = { kind: "edge", id: id };
    showPanel(title, q.label + " · " + plural(g.claims.length, "claim") + " in view", g.claims.slice(), g.all);
  }

  function refreshPanel() {
    if ($("panel").hidden || !selection) { return; }
    if (selection.kind === "node") { showNodePanel(selection.id); }
    else if (view.groups.has(selection.id)) { showEdgePanel(selection.id); }
    else { closePanel(); }
  }

  function closePanel() {
    $("panel").hidden = true;
    selection = null;
  }

  function selectNode(id, focus) {
    id = shownAs(id);
    if (focus) { showEdgeLabels(); }
    network.selectNodes([id]);
    if (focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
      updateLabels();
    }
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
  $("panel-close").addEventListener("click", closePanel);

  /* ------------------------------------------------------------------------ timeline */

  /* Claims per month by quad class, and the month's net weight (sum of Goldstein scores). */
  function timelineSeries(claimIds) {
    var rows = data.months.map(function (m) { return { month: m, quads: [0, 0, 0, 0], net: 0 }; });
    claimIds.forEach(function (i) {
      var c = data.claims[i];
      if (c.month === null) { return; }
      if (c.quad) { rows[c.month].quads[c.quad - 1] += 1; }
      if (c.goldstein !== null) { rows[c.month].net += c.goldstein; }
    });
    rows.forEach(function (r) { r.net = Math.round(r.net * 10) / 10; });
    return rows;
  }

  function monthLabel(month) {
    return MONTH_NAMES[parseInt(month.slice(5, 7), 10) - 1] + " " + month.slice(2, 4);
  }

  function lastDay(month) {
    var y = parseInt(month.slice(0, 4), 10), m = parseInt(month.slice(5, 7), 10);
    return month + "-" + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0");
  }

  var CHART = { width: 340, left: 28, right: 6, top: 16, bars: 96, gap: 22, net: 44 };

  /* The month slots [first, last] the page's date range covers, or null for all dates. */
  function brushedSlots() {
    if (!state.from && !state.to) { return null; }
    var first = 0, last = data.months.length - 1;
    data.months.forEach(function (m, k) {
      if (state.from && lastDay(m) < state.from) { first = k + 1; }
      if (state.to && m + "-01" > state.to) { last = Math.min(last, k - 1); }
    });
    return [first, last];
  }

  function drawTimeline(claimIds) {
    var box = $("timeline-chart");
    box.replaceChildren();
    $("timeline").hidden = data.months.length === 0;
    if (!data.months.length) { return; }
    var rows = timelineSeries(claimIds);
    var c = CHART, n = rows.length;
    var plotW = c.width - c.left - c.right;
    var slot = plotW / n;
    var barW = Math.max(1, slot * 0.75);
    var netTop = c.top + c.bars + c.gap;
    var height = netTop + c.net + 16;
    var maxCount = Math.max(1, Math.max.apply(null, rows.map(function (r) { return r.quads[0] + r.quads[1] + r.quads[2] + r.quads[3]; })));
    var maxNet = Math.max(1, Math.max.apply(null, rows.map(function (r) { return Math.abs(r.net); })));
    var svg = svgEl("svg", { width: c.width, height: height, viewBox: "0 0 " + c.width + " " + height,
                             role: "img", "data-testid": "timeline-svg" });
    svg.appendChild(svgEl("title")).textContent = "Claims per month by quad class and net weight";
    var base = c.top + c.bars;
    svg.appendChild(svgEl("line", { x1: c.left, x2: c.width - c.right, y1: base, y2: base, stroke: "#90a4ae" }));
    svg.appendChild(svgEl("text", { x: c.left - 4, y: c.top + 8, "text-anchor": "end" })).textContent = String(maxCount);
    svg.appendChild(svgEl("text", { x: c.left - 4, y: base, "text-anchor": "end" })).textContent = "0";
    var zero = netTop + c.net / 2;
    svg.appendChild(svgEl("line", { x1: c.left, x2: c.width - c.right, y1: zero, y2: zero, stroke: "#90a4ae" }));
    svg.appendChild(svgEl("text", { x: c.left - 4, y: zero + 3, "text-anchor": "end" })).textContent = "net";
    var band = brushedSlots();
    if (band && band[1] >= band[0]) {
      svg.appendChild(svgEl("rect", { x: c.left + band[0] * slot, y: c.top - 4, width: (band[1] - band[0] + 1) * slot,
                                      height: height - c.top - 12, fill: "#fff3c4", "data-testid": "timeline-band" }));
    }
    var labelEvery = Math.ceil(n / Math.floor(plotW / 40));
    rows.forEach(function (r, k) {
      var x = c.left + k * slot + (slot - barW) / 2;
      var y = base;
      r.quads.forEach(function (count, q) {
        if (!count) { return; }
        var h = c.bars * count / maxCount;
        y -= h;
        var rect = svgEl("rect", { x: x, y: y, width: barW, height: h, fill: quadStyle.get(q + 1).color,
                                   "data-testid": "timeline-bar", "data-month": r.month, "data-quad": q + 1,
                                   "data-count": count });
        rect.appendChild(svgEl("title")).textContent = monthLabel(r.month) + ": " + plural(count, "claim") + " of " +
          quadStyle.get(q + 1).label;
        svg.appendChild(rect);
      });
      var total = r.quads[0] + r.quads[1] + r.quads[2] + r.quads[3];
      if (total && slot >= 14) {
        svg.appendChild(svgEl("text", { x: x + barW / 2, y: y - 2, "text-anchor": "middle" })).textContent = String(total);
      }
      if (r.net) {
        var nh = (c.net / 2) * Math.abs(r.net) / maxNet;
        var net = svgEl("rect", { x: x, y: r.net > 0 ? zero - nh : zero, width: barW, height: nh,
                                  fill: r.net > 0 ? "#1b7a34" : "#d32f2f", "data-testid": "timeline-net",
                                  "data-month": r.month, "data-net": r.net });
        net.appendChild(svgEl("title")).textContent = monthLabel(r.month) + ": net weight " + r.net;
        svg.appendChild(net);
      }
      if (k % labelEvery === 0) {
        svg.appendChild(svgEl("text", { x: c.left + (k + 0.5) * slot, y: height - 3, "text-anchor": "middle" }))
          .textContent = monthLabel(r.month);
      }
    });
    var area = svgEl("rect", { x: c.left, y: 0, width: plotW, height: height, fill: "transparent",
                               "class": "brush-area", "data-testid": "timeline-brush" });
    svg.appendChild(area);
    attachBrush(svg, area, slot, height);
    box.appendChild(svg);
  }

  /* Dragging across the chart sets the page's date range to the months covered (a click: one month). */
  function attachBrush(svg, area, slot, height) {
    var start = null, shade = null;
    function slotAt(ev) {
      var rect = svg.getBoundingClientRect();
      var x = (ev.clientX - rect.left) * CHART.width / rect.width - CHART.left;
      return Math.min(data.months.length - 1, Math.max(0, Math.floor(x / slot)));
    }
    function drawShade(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      shade.setAttribute("x", String(CHART.left + lo * slot));
      shade.setAttribute("width", String((hi - lo + 1) * slot));
    }
    area.addEventListener("pointerdown", function (ev) {
      start = slotAt(ev);
      area.setPointerCapture(ev.pointerId);
      shade = svgEl("rect", { y: 0, height: height, fill: "rgba(38,50,56,0.15)", "pointer-events": "none" });
      svg.appendChild(shade);
      drawShade(start, start);
    });
    area.addEventListener("pointermove", function (ev) { if (start !== null) { drawShade(start, slotAt(ev)); } });
    area.addEventListener("pointerup", function (ev) {
      if (start === null) { return; }
      var end = slotAt(ev);
      var lo = Math.min(start, end), hi = Math.max(start, end);
      start = null;
      setDateRange(data.months[lo] + "-01", lastDay(data.months[hi]));
    });
  }

  function setDateRange(from, to) {
    state.from = from;
    state.to = to;
    $("date-from").value = from;
    $("date-to").value = to;
    applyFilters();
  }

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
    var id = shownAs(hit.id);
    if (nodes.get(id).hidden) {
      setStatus(hit.label + " is hidden by the current filters; press Reset to show it.", false);
      return id;
    }
    setStatus(id === hit.id ? "Found " + hit.label + "." :
      "Found " + hit.label + ", folded into " + nodeById.get(id).label + " (untick Fold to see it alone).", true);
    selectNode(id, true);
    return id;
  }

  function showEgo(id) {
    if (id === undefined || id === null) { id = network.getSelectedNodes()[0]; }
    if (!id || !nodeById.has(id)) {
      setStatus("Select an actor first (click it or search for it).", false);
      return null;
    }
    id = shownAs(id);
    state.ego = id;
    showEdgeLabels();
    applyFilters();
    network.selectNodes([id]);
    setStatus("Ego view of " + nodeById.get(id).label + ".", true);
    return id;
  }

  /* ------------------------------------------------------------------------ fold, confidence */

  /* Unfolded actors reappear around their state where it is now, as the layout placed them. */
  function placeMembers() {
    members.forEach(function (ids, stateId) {
      var at = network.getPosition(stateId), home = nodeById.get(stateId);
      ids.forEach(function (id) {
        var n = nodeById.get(id);
        network.moveNode(id, at.x + n.x - home.x, at.y + n.y - home.y);
      });
    });
  }

  function setFold(on) {
    if (state.fold === !!on) { return; }
    state.fold = !!on;
    $("fold-toggle").checked = state.fold;
    if (!state.fold) { placeMembers(); }
    if (state.ego !== null) { state.ego = shownAs(state.ego); }
    if (selection && selection.kind === "node") { selection.id = shownAs(selection.id); }
    network.unselectAll();
    applyFilters();
  }

  function showMinConfidence() { $("min-confidence-value").textContent = state.minConfidence.toFixed(2); }

  function setMinConfidence(value) {
    state.minConfidence = Math.min(1, Math.max(0, value));
    $("min-confidence").value = String(state.minConfidence);
    showMinConfidence();
    applyFilters();
  }

  /* ------------------------------------------------------------------------ export */

  function fileBase() { return data.title.replace(/[^\w.-]+/g, "_") || "relgraph"; }

  function download(text, type, name) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* The claims of the current view as records: who really acted (not the state they fold into). */
  function claimRecords() {
    return visibleClaimIds().map(function (i) {
      var c = data.claims[i], a = data.articles[c.article] || {};
      return {
        date: c.date, subject: actorName(c.subject), relation: c.relation, object: actorName(c.object),
        polarity: c.polarity, modality: c.modality, confidence: c.confidence, quad: c.quad, cameo: c.cameo,
        goldstein: c.goldstein, evidence: c.evidence, speaker: c.speaker, article: c.article,
        article_title: a.title || null, url: safeUrl(a.url), source: a.source || null,
        subject_iri: data.nodes[c.subject].id, object_iri: data.nodes[c.object].id
      };
    });
  }

  /* One CSV cell: quoted, quotes doubled; text starting like a formula gets a leading apostrophe. */
  function csvCell(value) {
    if (value === null || value === undefined) { return ""; }
    var text = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) || text !== String(value) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  function claimsCsv() {
    var records = claimRecords();
    var columns = ["date", "subject", "relation", "object", "polarity", "modality", "confidence", "quad", "cameo",
                   "goldstein", "evidence", "speaker", "article", "article_title", "url", "source",
                   "subject_iri", "object_iri"];
    var lines = [columns.join(",")];
    records.forEach(function (r) { lines.push(columns.map(function (k) { return csvCell(r[k]); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  }

  function exportCsv() {
    var text = claimsCsv();
    download(text, "text/csv;charset=utf-8", fileBase() + "-claims.csv");
    return text;
  }

  function exportJson() {
    var text = JSON.stringify(claimRecords(), null, 1) + "\n";
    download(text, "application/json", fileBase() + "-claims.json");
    return text;
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
    a.download = fileBase() + ".png";
    document.body.appendChild(a);
    a.click();
    a.remove();
    return url.length;
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
    $("fold-toggle").checked = state.fold;
    $("min-confidence").value = String(state.minConfidence);
    showMinConfidence();
  }

  function setAllRelations(on) {
    state.relations = new Set(on ? data.relations : []);
    buildControls();
    applyFilters();
  }

  function reset() {
    var fold = data.fold;
    state = defaultState();
    state.fold = !fold;  /* setFold below puts folding back, moving unfolded actors if need be */
    api.state = state;
    buildControls();
    $("search").value = "";
    setStatus("", true);
    network.unselectAll();
    closePanel();
    setFold(fold);
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

  function dateInput(id, key) {
    $(id).addEventListener("input", function () {
      var v = $(id).value;
      state[key] = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : "";
      applyFilters();
    });
  }

  function buildLegend() {
    var legend = $("legend");
    var shapes = {
      dot: "M8,2 a6,6 0 1,0 0.01,0", square: "M2,2 h12 v12 h-12 z", triangle: "M8,1 L15,14 L1,14 z",
      triangleDown: "M1,2 L15,2 L8,15 z", diamond: "M8,1 L15,8 L8,15 L1,8 z",
      hexagon: "M4,2 L12,2 L15,8 L12,14 L4,14 L1,8 z",
      star: "M8,1 L10,6 L15,6 L11,9.5 L12.5,15 L8,11.5 L3.5,15 L5,9.5 L1,6 L6,6 z"
    };
    legend.appendChild(el("h3", "Actors (size = claims)"));
    data.types.forEach(function (t) {
      var item = el("div", null, "item");
      var svg = svgEl("svg", { width: 16, height: 16 });
      var path = svgEl("path", { d: shapes[t.shape] || shapes.dot, fill: t.color, stroke: "#37474f" });
      if (t.dashed) { path.setAttribute("stroke-dasharray", "2,1.5"); path.setAttribute("stroke-width", "1.5"); }
      svg.appendChild(path);
      item.appendChild(svg);
      item.appendChild(document.createTextNode(t.name));
      legend.appendChild(item);
    });
    legend.appendChild(el("h3", "Links (colour = quad class, width = claims)"));
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
    var timelineLegend = $("timeline-legend");
    [1, 2, 3, 4].forEach(function (q) {
      var item = el("span");
      var swatch = el("i");
      swatch.style.background = quadStyle.get(q).color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(q + " " + quadStyle.get(q).label));
      timelineLegend.appendChild(item);
    });
  }

  $("title").textContent = data.title;
  var actorList = $("actor-list");
  data.nodes.slice(0, 5000).forEach(function (n) { var o = el("option"); o.value = n.label; actorList.appendChild(o); });
  if (data.dateRange[0]) {
    ["date-from", "date-to"].forEach(function (id) { $(id).min = data.dateRange[0]; $(id).max = data.dateRange[1]; });
  }
  if (!members.size) { $("fold-toggle").disabled = true; }
  buildControls();
  buildLegend();
  dateInput("date-from", "from");
  dateInput("date-to", "to");
  $("min-count").addEventListener("input", function () {
    var v = parseInt($("min-count").value, 10);
    state.minCount = isFinite(v) && v > 1 ? v : 1;
    applyFilters();
  });
  $("fold-toggle").addEventListener("change", function () { setFold($("fold-toggle").checked); });
  $("min-confidence").addEventListener("input", function () {
    state.minConfidence = parseFloat($("min-confidence").value);
    showMinConfidence();
  });
  $("min-confidence").addEventListener("change", function () { setMinConfidence(parseFloat($("min-confidence").value)); });
  $("search-button").addEventListener("click", function () { search($("search").value); });
  $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search($("search").value); } });
  $("ego-button").addEventListener("click", function () { showEgo(null); });
  $("reset-button").addEventListener("click", reset);
  $("physics-button").addEventListener("click", function () { setPhysics(!api.physics); });
  $("export-button").addEventListener("click", exportPng);
  $("export-csv").addEventListener("click", exportCsv);
  $("export-json").addEventListener("click", exportJson);
  $("timeline-clear").addEventListener("click", function () { setDateRange("", ""); });
  $("relations-all").addEventListener("click", function () { setAllRelations(true); });
  $("relations-none").addEventListener("click", function () { setAllRelations(false); });
  showCounts();
  showEmpty();
  fitView();
  if (data.focus && nodeById.has(data.focus)) { selectNode(data.focus, true); }
  markStabilized();

  api.visibleNodeIds = visibleNodeIds;
  api.visibleEdgeIds = visibleEdgeIds;
  api.visibleClaimIds = visibleClaimIds;
  api.applyFilters = applyFilters;
  api.search = search;
  api.showEgo = showEgo;
  api.reset = reset;
  api.selectNode = selectNode;
  api.selectEdge = selectEdge;
  api.showNodePanel = showNodePanel;
  api.showEdgePanel = showEdgePanel;
  api.setPhysics = setPhysics;
  api.setFold = setFold;
  api.setMinConfidence = setMinConfidence;
  api.setDateRange = setDateRange;
  api.timelineSeries = timelineSeries;
  api.claimsCsv = claimsCsv;
  api.exportCsv = exportCsv;
  api.exportJson = exportJson;
  api.exportPng = exportPng;
  api.showEdgeLabels = showEdgeLabels;
  api.view = function () { return view; };
})();
