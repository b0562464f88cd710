"""The HTML graph in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Set RELGRAPH_SCREENSHOT_DIR to also save the sample page's screenshot there as graph.png.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from relgraph.export.html import graph_data, render_page, write_html
from html_actors import CHN, EU, KYIV, NATO, NS, OCP, PUTIN, RUS, UKR, USA, WEST, XI, actor  # noqa: F401

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("RELGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
QUADS = {"supports": 1, "meetsWith": 1, "criticizes": 3, "sanctions": 4, "attacks": 4, "providesAidTo": 2,
         "signsAgreementWith": 1, "headOfStateOf": None, "locatedIn": None}


def claim(subject: dict, relation: str, obj: dict, evidence: str, date: str, article: str = "a1", *,
          polarity: str = "positive", modality: str = "asserted") -> dict:
    return {"article": article, "sentence": 0, "start": 0, "end": len(evidence), "evidence": evidence,
            "subject": subject, "relation": relation, "object": obj, "polarity": polarity,
            "modality": modality, "confidence": 0.8, "plover": None, "cameo": None,
            "quad": QUADS[relation], "goldstein": None, "date": date, "extractor": "test"}


CLAIMS = [
    claim(RUS, "supports", OCP, "Russia reaffirmed its support for the One-China policy.", "2025-11-04"),
    claim(RUS, "supports", OCP, "Moscow again backed the One-China policy.", "2025-11-05", "a2"),
    claim(RUS, "supports", OCP, "The Kremlin said it firmly supports the One-China policy.", "2025-11-06", "a2"),
    claim(PUTIN, "meetsWith", XI, "Putin met Xi Jinping in Beijing.", "2025-11-04"),
    claim(XI, "meetsWith", PUTIN, "Xi held talks with Putin on Tuesday.", "2025-11-05", "a2"),
    claim(USA, "criticizes", CHN, "Washington criticised Beijing over export controls.", "2025-10-01", "a3"),
    claim(EU, "sanctions", RUS, "The EU imposed a new package of sanctions on Russia.", "2025-09-15", "a3"),
    claim(RUS, "attacks", UKR, "Russian forces struck Ukrainian energy sites overnight.", "2025-09-20", "a3"),
    claim(USA, "providesAidTo", UKR, "The United States sent air-defence aid to Ukraine.", "2025-09-21", "a3"),
    claim(CHN, "criticizes", WEST, "China did not criticise the West by name.", "2025-11-04", polarity="negative"),
    claim(PUTIN, "headOfStateOf", RUS, "Russian President Vladimir Putin spoke first.", "2025-11-04"),
    claim(KYIV, "locatedIn", UKR, "Kyiv, the Ukrainian capital, lost power.", "2025-09-20", "a3"),
    claim(RUS, "signsAgreementWith", CHN, "Russia and China pledged to sign an energy deal.", "2025-11-04",
          modality="intended"),
    claim(NATO, "criticizes", RUS, "NATO condemned the strike on Ukraine's grid.", "2025-09-22", "a3"),
    claim(RUS, "criticizes", NATO, "Moscow accused NATO of escalating the war.", "2025-09-23", "a3"),
]
ARTICLES = {
    "a1": {"title": "Putin and Xi meet in Beijing", "url": "https://news.example.org/a1", "date": "2025-11-04",
           "source": "Example Wire"},
    "a2": {"title": "Follow-up talks", "url": "https://news.example.org/a2", "date": "2025-11-05",
           "source": "Example Wire"},
    "a3": {"title": "Autumn in Ukraine", "url": None, "date": "2025-09-20", "source": "Example Daily"},
}
ALL_LABELS = {"Russia", "China", "United States", "Ukraine", "European Union", "NATO", "Vladimir Putin",
              "Xi Jinping", "One-China policy", "the West", "Kyiv"}

PAYLOAD = "<script>window.__pwned=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
EVIL = actor("country/EVIL", IMG, "Country")
QUOTES = actor("group/quotes", "\"'><svg onload=alert(1)> '\"", "Group")
EVIL_CLAIMS = [
    claim(EVIL, "supports", RUS, f"</script>{PAYLOAD} said {IMG} \u2028 & 'x' \"y\"", "2025-11-04", "evil"),
    claim(QUOTES, "criticizes", EVIL, "javascript:alert(1) \"'`${alert(1)}`", "2025-11-05", "evil2"),
]
EVIL_ARTICLES = {
    "evil": {"title": f"</title>{PAYLOAD}", "url": "javascript:window.__pwned=1;alert(1)", "date": "2025-11-04",
             "source": IMG},
    "evil2": {"title": "\"><a href=javascript:alert(1)>x</a>", "url": " JaVaScRiPt:alert(1)",
              "date": "2025-11-05", "source": "'\"><svg/onload=alert(1)>"},
}


# ------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium not found at {CHROMIUM}; run sh scripts/ensure-chromium.sh (as root it installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> Path:
    return write_html(tmp_path_factory.mktemp("html") / "graph.html", CLAIMS, ARTICLES, title="Sample graph")


class Opened:
    """A loaded page with everything it logged, requested and tried to pop up."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("window.relgraph && window.relgraph.stabilized === true", timeout=120000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible_labels(self) -> set[str]:
        return set(self.js("relgraph.visibleNodeIds().map(id => relgraph.nodes.get(id).label)"))

    def visible_edge_count(self) -> int:
        return self.js("relgraph.visibleEdgeIds().length")

    def testid(self, name: str):
        return self.page.get_by_test_id(name)


@pytest.fixture()
def opened(browser, sample_html):
    """A freshly loaded sample page."""
    page = Opened(browser, sample_html)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def shared_page(browser, sample_html):
    page = Opened(browser, sample_html)
    yield page
    page.context.close()


@pytest.fixture()
def reused(shared_page):
    """The module's one sample page, put back to its initial state with the page's own Reset button."""
    shared_page.testid("reset-button").click()
    assert shared_page.visible_edge_count() == 12
    return shared_page


def canvas_point(opened: Opened, x: float, y: float) -> tuple[float, float]:
    """Page coordinates of a network (canvas-space) point."""
    dom = opened.js("([x, y]) => relgraph.network.canvasToDOM({x, y})", [x, y])
    box = opened.page.locator("#graph canvas").bounding_box()
    return box["x"] + dom["x"], box["y"] + dom["y"]


# ---------------------------------------------------------------------------------- tests


def test_html_browser_loads_offline_without_errors(opened):
    assert opened.errors == []
    assert opened.requests == [opened.url]
    assert opened.js("typeof vis") == "object"


def test_html_browser_renders_every_node_and_aggregated_edge(opened):
    data = graph_data(CLAIMS, ARTICLES)
    assert len(data["edges"]) == 12  # 15 claims: supports ×3 and meetsWith ×2 aggregate
    assert opened.js("relgraph.nodes.length") == len(data["nodes"]) == 11
    assert opened.js("relgraph.edges.length") == len(data["edges"])
    assert opened.visible_labels() == ALL_LABELS
    assert opened.visible_edge_count() == 12
    labels = set(opened.js("relgraph.edges.get().map(e => e.label)"))
    assert {"supports ×3", "meetsWith ×2", "not criticizes"} <= labels
    assert opened.js("relgraph.edges.get().filter(e => e.label === 'meetsWith ×2')[0].arrows.to.enabled") is False
    assert opened.testid("counts").inner_text().startswith("11 of 11 actors · 12 of 12 links")


def test_html_browser_search_selects_and_focuses_actor(reused):
    opened = reused
    opened.testid("search-input").fill("putin")
    opened.testid("search-input").press("Enter")
    assert opened.js("relgraph.network.getSelectedNodes()") == [PUTIN["iri"]]
    assert opened.testid("panel-title").inner_text() == "Vladimir Putin"
    assert opened.page.get_by_test_id("claim").count() == 3
    opened.testid("search-input").fill("Atlantis")
    opened.testid("search-button").click()
    assert opened.testid("status").inner_text() == "No actor matches \u201cAtlantis\u201d."


@pytest.mark.parametrize(("query", "actor"), [
    ("Moscow", RUS), ("the kremlin", RUS), ("RUS", RUS), ("q148", CHN), ("Beijing", CHN),
    ("Kyiv", KYIV),  # a node of that name comes before the state it is the capital of
])
def test_html_browser_search_finds_codes_and_capitals(reused, query, actor):
    opened = reused
    opened.testid("search-input").fill(query)
    opened.testid("search-button").click()
    assert opened.js("relgraph.network.getSelectedNodes()") == [actor["iri"]]
    assert opened.testid("status").inner_text() == f"Found {actor['label']}."


@pytest.mark.parametrize(
    ("action", "labels", "edges"),
    [
        (("uncheck", "relation-criticizes"), ALL_LABELS - {"the West", "NATO"}, 8),
        (("uncheck", "quad-4"), ALL_LABELS - {"European Union"}, 10),
        (("uncheck", "quad-0"), ALL_LABELS - {"Kyiv"}, 10),
        (("uncheck", "type-Person"), ALL_LABELS - {"Vladimir Putin", "Xi Jinping"}, 10),
        (("fill", "date-from", "2025-11-01"),
         {"Russia", "One-China policy", "Vladimir Putin", "Xi Jinping", "China", "the West"}, 5),
        (("fill", "date-to", "2025-09-30"),
         {"European Union", "Russia", "Ukraine", "United States", "Kyiv", "NATO"}, 6),
        (("fill", "min-count", "3"), {"Russia", "China", "Ukraine", "Vladimir Putin", "One-China policy"}, 4),
        (("ego", "China"), {"China", "United States", "the West", "Russia"}, 3),
        (("ego", "Ukraine"), {"Ukraine", "Russia", "United States", "Kyiv"}, 3),
    ],
    ids=["relation", "quad", "structural", "type", "date-from", "date-to", "min-count", "ego-china", "ego-ukraine"],
)
def test_html_browser_filters_change_visible_sets(reused, action, labels, edges):
    opened = reused
    if action[0] == "uncheck":
        opened.testid(action[1]).uncheck()
    elif action[0] == "fill":
        opened.testid(action[1]).fill(action[2])
    else:
        opened.testid("search-input").fill(action[1])
        opened.testid("search-button").click()
        opened.testid("ego-button").click()
    assert opened.visible_labels() == labels
    assert opened.visible_edge_count() == edges
    opened.testid("reset-button").click()
    assert opened.visible_labels() == ALL_LABELS
    assert opened.visible_edge_count() == 12


def test_html_browser_filters_combine(reused):
    opened = reused
    opened.testid("type-Organization").uncheck()
    opened.testid("date-to").fill("2025-09-30")
    assert opened.visible_labels() == {"Russia", "Ukraine", "United States", "Kyiv"}
    opened.testid("relations-none").click()
    assert opened.visible_labels() == set() and opened.visible_edge_count() == 0
    opened.testid("relations-all").click()
    assert opened.visible_edge_count() == 3


def test_html_browser_clicking_an_edge_shows_its_evidence(opened):
    edge = opened.js("relgraph.edges.get().find(e => e.label === 'supports ×3')")
    ends = opened.js("([a, b]) => relgraph.network.getPositions([a, b])", [edge["from"], edge["to"]])
    a, b = ends[edge["from"]], ends[edge["to"]]
    for t in (0.5, 0.4, 0.6, 0.3, 0.7):
        x, y = a["x"] + t * (b["x"] - a["x"]), a["y"] + t * (b["y"] - a["y"])
        dom = opened.js("([x, y]) => relgraph.network.canvasToDOM({x, y})", [x, y])
        hit = opened.js("(p) => [relgraph.network.getNodeAt(p), relgraph.network.getEdgeAt(p)]", dom)
        if hit[0] is None and hit[1] == edge["id"]:
            break
    else:
        pytest.fail("no clickable point found on the edge")
    opened.page.mouse.click(*canvas_point(opened, x, y))
    assert opened.js("relgraph.network.getSelectedEdges()") == [edge["id"]]
    assert opened.testid("panel").is_visible()
    evidence = opened.page.get_by_test_id("claim-evidence").all_inner_texts()
    assert sorted(evidence) == sorted(c["evidence"] for c in CLAIMS[:3])
    assert "Russia — supports — One-China policy" == opened.testid("panel-title").inner_text()
    links = opened.page.locator("#panel a[data-testid=claim-article]")
    assert sorted(links.evaluate_all("els => els.map(a => a.href)")) == [
        "https://news.example.org/a1", "https://news.example.org/a2", "https://news.example.org/a2"]
    meta = opened.page.locator("#panel .meta").first.inner_text()
    assert "positive" in meta and "asserted" in meta and "confidence 0.80" in meta


def test_html_browser_clicking_a_node_lists_its_claims(opened):
    pos = opened.js("(id) => relgraph.network.getPositions([id])[id]", UKR["iri"])
    opened.page.mouse.click(*canvas_point(opened, pos["x"], pos["y"]))
    assert opened.testid("panel-title").inner_text() == "Ukraine"
    texts = opened.page.get_by_test_id("claim-evidence").all_inner_texts()
    assert set(texts) == {c["evidence"] for c in CLAIMS if UKR in (c["subject"], c["object"])}
    assert opened.page.locator("#panel span[data-testid=claim-article]").count() == 3  # a3 has no URL


def test_html_browser_physics_toggle_and_png_export(opened, tmp_path):
    opened.testid("physics-toggle").click()
    assert opened.js("relgraph.physics") is True
    assert opened.testid("physics-toggle").inner_text() == "Physics: on"
    opened.testid("physics-toggle").click()
    assert opened.js("relgraph.physics") is False
    with opened.page.expect_download() as info:
        opened.testid("export-png").click()
    target = tmp_path / "export.png"
    info.value.save_as(target)
    assert info.value.suggested_filename == "Sample_graph.png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 5000
    assert opened.errors == []


def test_html_browser_injection_runs_no_code(browser, tmp_path):
    path = write_html(tmp_path / "evil.html", EVIL_CLAIMS + CLAIMS[:2], EVIL_ARTICLES,
                      title=f"</title>{PAYLOAD}")
    opened = Opened(browser, path)
    try:
        opened.testid("search-input").fill("<img")
        opened.testid("search-button").click()
        assert opened.testid("panel-title").inner_text() == IMG
        opened.js("(id) => relgraph.selectNode(id)", QUOTES["iri"])
        opened.js("() => relgraph.selectEdge(relgraph.edges.getIds()[0])")
        opened.js("(id) => relgraph.showNodePanel(id)", EVIL["iri"])
        panel = opened.testid("panel").inner_text()
        assert PAYLOAD in panel and "javascript:alert(1)" in panel
        for link in opened.page.locator("#panel a, #legend a").evaluate_all("els => els.map(a => a.href)"):
            assert link.startswith(("http://", "https://"))
        assert opened.page.locator("img, svg[onload], a[href^='javascript' i], iframe").count() == 0
        assert opened.js("document.title") == f"</title>{PAYLOAD}"
        assert opened.js("typeof window.__pwned") == "undefined"
        assert opened.dialogs == []
        assert opened.errors == []
        assert opened.requests == [opened.url]
    finally:
        opened.context.close()


def test_html_browser_focus_option_preselects_actor(browser, tmp_path):
    opened = Opened(browser, write_html(tmp_path / "focus.html", CLAIMS, ARTICLES, focus="Ukraine"))
    try:
        assert opened.visible_labels() == {"Ukraine", "Russia", "United States", "Kyiv"}
        assert opened.js("relgraph.network.getSelectedNodes()") == [UKR["iri"]]
        assert opened.testid("panel-title").inner_text() == "Ukraine"
    finally:
        opened.context.close()


def test_html_browser_screenshot(opened, tmp_path):
    target = tmp_path / "graph.png"
    opened.page.screenshot(path=str(target))
    assert target.read_bytes()[:4] == b"\x89PNG"
    folder = os.environ.get("RELGRAPH_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, Path(folder) / "graph.png")


def big_claims(entities: int, claims: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    actors = [actor(f"bench/{i}", f"Actor {i}", ["Country", "Person", "Organization"][i % 3]) for i in range(entities)]
    relations = ["supports", "criticizes", "sanctions", "meetsWith", "providesAidTo"]
    out = []
    for n in range(claims):
        s = n % entities if n < entities else rng.randrange(entities)
        o = (s + 1 + rng.randrange(entities - 1)) % entities
        out.append(claim(actors[s], rng.choice(relations), actors[o], f"Report {n}.", f"2025-{1 + n % 12:02d}-01"))
    return out


def test_html_browser_large_graph_stabilises(browser, tmp_path):
    # How fast is measured in bench/bench_html.py; here: it settles, complete, with physics off.
    data = graph_data(big_claims(5000, 20000), {})
    path = tmp_path / "big.html"
    path.write_text(render_page(data), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        assert opened.js("relgraph.stabilized") is True
        assert opened.js("relgraph.nodes.length") == len(data["nodes"]) == 5000
        assert opened.js("relgraph.edges.length") == len(data["edges"])
        assert opened.js("relgraph.network.physics.physicsEnabled") is False
        # edge labels of big graphs arrive with the first zoom-in, search or ego view
        assert opened.js("relgraph.edges.get().filter(e => e.label).length") == 0
        opened.testid("search-input").fill("Actor 7")
        opened.testid("search-input").press("Enter")
        assert opened.js("relgraph.network.getSelectedNodes()") == [NS + "bench/7"]
        assert opened.js("relgraph.edges.get().filter(e => e.label).length") == len(data["edges"])
        assert opened.errors == []
    finally:
        opened.context.close()


def test_html_browser_corpus_graph_loads_and_is_screenshot(browser, built):
    """The graph `relgraph build` wrote for the sample corpus: complete, offline, error-free; its
    screenshot goes to output/graph.png (output/ holds generated files, never committed)."""
    page_path = built.out / "graph.html"
    opened = Opened(browser, page_path)
    try:
        data = opened.js("relgraph.data")
        assert opened.js("relgraph.nodes.length") == len(data["nodes"]) > 100
        assert opened.js("relgraph.edges.length") == len(data["edges"])
        assert not opened.errors, opened.errors
        assert set(opened.requests) == {opened.url}
        target = Path(__file__).resolve().parents[1] / "output" / "graph.png"
        target.parent.mkdir(exist_ok=True)
        opened.page.screenshot(path=str(target))
        assert target.read_bytes()[:4] == b"\x89PNG"
    finally:
        opened.context.close()
