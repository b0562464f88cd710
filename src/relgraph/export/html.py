"""The interactive HTML graph: one offline page around vis-network.

``generate_html`` turns claims (dicts in the claims-JSONL shape of DESIGN.md §6) and an article table
into a self-contained page: vis-network's JS/CSS (bundled with pyvis) and the page's own template,
CSS and JS (``html_assets/``) are inlined, and all data travels as one escaped JSON blob inside
``<script type="application/json" id="graph-data">``. ``write_html`` writes it atomically.

Parallel claims between one pair for one relation and polarity become one edge whose label shows
the count; symmetric relations ignore direction. Positions are computed here (``export.layout``, on
the folded graph when the page opens folded), so the browser runs no physics when it opens the page.
The page folds a state's agents and office holders into the state, hides claims below a confidence
threshold and draws timelines from the data ``export.html_data`` adds (fold map, month axis).

>>> claims = [_example_claim("Russia", "supports", "China"), _example_claim("Russia", "supports", "China")]
>>> data = graph_data(claims, {})
>>> [(e["label"], e["count"]) for e in data["edges"]]
[('supports ×2', 2)]
>>> "<" in escape_json({"x": "</script>"})
False
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import importlib.util
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from relgraph.daterange import DateRange
from relgraph.errors import InputError, RelgraphError, UsageError, unknown_name
from relgraph.export.atomic import atomic_open
from relgraph.export.html_data import check_min_confidence, default_min_confidence, fold_map, folded_positions, \
    month_axis, month_of
from relgraph.export.layout import layout_positions
from relgraph.lookup import closest, qid_of, seat_names

__all__ = ["generate_html", "write_html", "graph_data", "escape_json", "SYMMETRIC_RELATIONS"]

SYMMETRIC_RELATIONS = frozenset({"meetsWith", "signsAgreementWith", "cooperatesWith", "tradesWith"})

#: entity type -> (fill colour, vis-network shape, dashed border)
TYPE_STYLES: dict[str, tuple[str, str, bool]] = {
    "Country": ("#4e79a7", "dot", False),
    "Person": ("#f28e2b", "triangle", False),
    "Organization": ("#76b7b2", "square", False),
    "Group": ("#b07aa1", "hexagon", False),
    "Place": ("#9c755f", "triangleDown", False),
    "Policy": ("#edc948", "diamond", False),
    "Agreement": ("#59a14f", "star", False),
    "Event": ("#ff9da7", "dot", True),
}
OTHER_STYLE = ("#bab0ac", "dot", False)

#: quad class (0 = structural relation, no quad) -> (label, edge colour)
QUAD_STYLES: dict[int, tuple[str, str]] = {
    1: ("verbal cooperation", "#66bb6a"),
    2: ("material cooperation", "#1b7a34"),
    3: ("verbal conflict", "#fb8c00"),
    4: ("material conflict", "#d32f2f"),
    0: ("structural", "#9e9e9e"),
}

_ASSETS = Path(__file__).with_name("html_assets")
_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_PLACEHOLDER_RE = re.compile(r"@@([A-Z_]+)@@")


def generate_html(
    claims: Iterable[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    *,
    title: str = "relgraph",
    max_nodes: int | None = None,
    focus: str | Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    relations: Collection[str] | None = None,
    fold: bool = True,
    min_confidence: float | None = None,
) -> str:
    """Return the interactive graph page for ``claims`` as one offline HTML string.

    ``focus`` (an actor's label in any case, IRI, ISO3 code of a country, Wikidata QID, or a capital
    or seat for its state such as "Moscow"; or several such names) keeps the actors it names, their
    neighbours and the claims among them;
    ``since``/``until`` (YYYY-MM-DD, inclusive) filter claims by date; ``relations`` keeps only those
    relations; ``max_nodes`` keeps the actors with most claims (ties broken by label).
    ``fold`` opens the page with a state's own agents and office holders folded into the state (a
    toggle on the page unfolds them); ``min_confidence`` (0–1, default: the shipped verifier's
    threshold) sets where the page's confidence slider starts: claims below it are hidden, not dropped.
    """
    data = graph_data(
        claims, articles, title=title, max_nodes=max_nodes, focus=focus,
        since=since, until=until, relations=relations, fold=fold, min_confidence=min_confidence,
    )
    return render_page(data)


def write_html(path: str | os.PathLike[str], claims: Iterable[Mapping[str, Any]],
               articles: Mapping[str, Mapping[str, Any]], **options: Any) -> Path:
    """Write ``generate_html(claims, articles, **options)`` to ``path`` atomically; return the path."""
    page = generate_html(claims, articles, **options)
    with atomic_open(path) as handle:
        handle.write(page)
    return Path(path)


# --------------------------------------------------------------------------------------- data


def graph_data(
    claims: Iterable[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    *,
    title: str = "relgraph",
    max_nodes: int | None = None,
    focus: str | Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    relations: Collection[str] | None = None,
    fold: bool = True,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """The JSON-ready graph the page renders: nodes (with the state each folds into), aggregated
    edges, claims (with their month on the timeline axis), articles, styles and the view's defaults."""
    threshold = default_min_confidence() if min_confidence is None else check_min_confidence(min_confidence)
    rows, entities, focus_iri = _select(
        [_check_claim(i, claim) for i, claim in enumerate(claims)], articles,
        max_nodes=max_nodes, focus=focus, since=since, until=until, relations=relations,
    )
    counts = _claim_counts(rows)
    order = sorted(entities, key=lambda iri: (-counts[iri], entities[iri]["label"].casefold(), iri))
    index = {iri: i for i, iri in enumerate(order)}
    months = month_axis(_claim_date(row, articles) for row in rows)
    month_index = {month: i for i, month in enumerate(months)}
    claim_list = [_claim_json(row, index, articles, month_index) for row in rows]
    edges = _aggregate(rows, claim_list)
    folds = fold_map(entities, rows)
    pairs = [(index[e["from"]], index[e["to"]]) for e in edges]
    if fold:
        rep = [index[folds.get(iri, iri)] for iri in order]
        positions = folded_positions(layout_positions, len(order), pairs, rep)
    else:
        positions = layout_positions(len(order), pairs)
    nodes = [
        {
            "id": iri,
            "label": entities[iri]["label"],
            "type": entities[iri]["type"],
            "country": entities[iri].get("country"),
            "wikidata": entities[iri].get("wikidata"),
            "names": entities[iri]["names"],
            "count": counts[iri],
            "fold": folds.get(iri),
            "x": round(positions[i][0], 1),
            "y": round(positions[i][1], 1),
        }
        for i, iri in enumerate(order)
    ]
    used_articles = sorted({row["article"] for row in rows})
    dates = sorted(c["date"] for c in claim_list if c["date"])
    types_present = sorted({n["type"] for n in nodes}, key=_type_rank)
    return {
        "title": str(title),
        "focus": focus_iri,
        "nodes": nodes,
        "edges": edges,
        "claims": claim_list,
        "articles": {aid: _article_json(aid, articles.get(aid)) for aid in used_articles},
        "relations": sorted({e["relation"] for e in edges}),
        "types": [_type_json(t) for t in types_present],
        "quads": [{"id": q, "label": label, "color": colour} for q, (label, colour) in QUAD_STYLES.items()],
        "dateRange": [dates[0], dates[-1]] if dates else [None, None],
        "months": months,
        "fold": bool(fold),
        "minConfidence": threshold,
        "symmetric": sorted(SYMMETRIC_RELATIONS),
    }


def _select(rows: list[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]], *,
            max_nodes: int | None, focus: str | Collection[str] | None, since: str | None,
            until: str | None, relations: Collection[str] | None
            ) -> tuple[list, dict[str, dict[str, Any]], str | None]:
    """Apply the options in order: relations, dates, focus (ego graph), top ``max_nodes`` actors."""
    dates = DateRange.parse(since, until)
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int)
                                  or max_nodes < 1):
        raise UsageError(f"invalid --max-nodes {max_nodes!r}; use a whole number of at least 1")
    focus_iris = _resolve_focus(rows, focus) if focus is not None else []
    focus_iri = focus_iris[0] if focus_iris else None
    if relations is not None:
        wanted = {relations} if isinstance(relations, str) else set(relations)
        present = sorted({row["relation"] for row in rows})
        for name in sorted(wanted):
            if name not in present:
                raise unknown_name("relation", name, present)
        rows = [row for row in rows if row["relation"] in wanted]
    if dates:  # a claim dated to the month or year only counts when all of it lies in the range
        rows = [row for row in rows if dates.contains(_claim_date(row, articles))]
    if focus_iris:
        rows = _ego_rows(rows, set(focus_iris))
    entities = _entities(rows)
    if max_nodes is not None:
        chosen = _top_entities(rows, entities, max_nodes, keep=set(focus_iris))
        rows = [row for row in rows if row["subject"]["iri"] in chosen and row["object"]["iri"] in chosen]
        entities = {iri: entities[iri] for iri in chosen}
    return rows, entities, focus_iri


def _claim_counts(rows: list[Mapping[str, Any]]) -> Counter[str]:
    """Claims per actor (a claim about oneself counts once)."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts[row["subject"]["iri"]] += 1
        if row["object"]["iri"] != row["subject"]["iri"]:
            counts[row["object"]["iri"]] += 1
    return counts


def _check_claim(i: int, claim: Mapping[str, Any]) -> Mapping[str, Any]:
    for key in ("article", "relation", "subject", "object"):
        if key not in claim or claim[key] is None:
            raise InputError(
                f"claim {i} has no {key!r}; give claims in the claims-JSONL shape of DESIGN.md §6"
            )
    for side in ("subject", "object"):
        actor = claim[side]
        if not isinstance(actor, Mapping) or not actor.get("iri"):
            raise InputError(f"claim {i} has no {side} IRI; give {side} as {{'iri': ..., 'label': ...}}")
    return claim


def _claim_date(row: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str | None:
    date = row.get("date") or (articles.get(row["article"]) or {}).get("date")
    return str(date)[:10] if date else None


def _label(actor: Mapping[str, Any]) -> str:
    return str(actor.get("label") or actor["iri"])


def _entities(rows: list[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        for side in ("subject", "object"):
            actor = row[side]
            if actor["iri"] not in found:
                found[actor["iri"]] = {
                    "label": _label(actor),
                    "type": str(actor.get("type") or "Other"),
                    "country": actor.get("country"),
                    "wikidata": actor.get("wikidata"),
                    "sector": actor.get("sector"),
                    "names": _search_names(actor),
                }
    return found


def _search_names(actor: Mapping[str, Any]) -> list[str]:
    """The other names the page's search and ``focus`` find an actor by, lowercased: a country's
    ISO3 code, the Wikidata QID, and the capitals and seats that stand for it ("moscow" for Russia)."""
    names = [str(actor["country"])] if actor.get("type") == "Country" and actor.get("country") else []
    names += [str(actor["wikidata"])] if actor.get("wikidata") else []
    names += seat_names(str(actor["iri"]))
    return list(dict.fromkeys(name.lower() for name in names))


def _resolve_focus(rows: list[Mapping[str, Any]], focus: str | Collection[str]) -> list[str]:
    """The actors ``focus`` names (a name, or several: every actor any of them names), most claims
    first; none is a usage error suggesting the closest labels, else the actors with most claims."""
    names = [focus] if isinstance(focus, str) else [str(name) for name in focus]
    entities = _entities(rows)
    found = {iri for name in names for iri in _named(entities, name)}
    counts = _claim_counts(rows)
    ranked = sorted(entities, key=lambda iri: (-counts[iri], entities[iri]["label"].casefold(), iri))
    if not found:
        given = names[0] if names else ""
        suggested = closest(given, [entities[iri]["label"] for iri in ranked]) or \
            [entities[iri]["label"] for iri in ranked[:10]]
        raise UsageError(f"unknown actor {given!r} for --focus; try one of: {', '.join(suggested)}")
    return [iri for iri in ranked if iri in found]


def _named(entities: Mapping[str, Mapping[str, Any]], name: str) -> list[str]:
    """The actors ``name`` is: the IRI, the label in any case, or one of its search names."""
    wanted = name.strip()
    folded, qid = wanted.casefold(), qid_of(wanted)
    return [iri for iri, entity in entities.items()
            if iri == wanted or entity["label"].casefold() == folded
            or wanted.lower() in entity["names"] or (qid is not None and qid.lower() in entity["names"])]


def _ego_rows(rows: list[Mapping[str, Any]], iris: set[str]) -> list[Mapping[str, Any]]:
    keep = set(iris)
    for row in rows:
        s, o = row["subject"]["iri"], row["object"]["iri"]
        if s in iris or o in iris:
            keep.update((s, o))
    return [row for row in rows if row["subject"]["iri"] in keep and row["object"]["iri"] in keep]


def _top_entities(rows: list[Mapping[str, Any]], entities: Mapping[str, Mapping[str, Any]], n: int,
                  keep: set[str]) -> set[str]:
    """The ``n`` actors with most claims (ties broken by label); ``keep`` first whatever its count."""
    counts = _claim_counts(rows)
    ranked = sorted(entities, key=lambda iri: (iri not in keep, -counts[iri], entities[iri]["label"].casefold(), iri))
    return set(ranked[:n])


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (no javascript:, data:, relative links)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


def _article_json(aid: str, article: Mapping[str, Any] | None) -> dict[str, Any]:
    article = article or {}
    return {
        "title": str(article.get("title") or aid),
        "url": safe_url(article.get("url")),
        "date": str(article["date"])[:10] if article.get("date") else None,
        "source": str(article["source"]) if article.get("source") else None,
    }


def _claim_json(row: Mapping[str, Any], index: Mapping[str, int],
                articles: Mapping[str, Mapping[str, Any]], months: Mapping[str, int]) -> dict[str, Any]:
    """One claim as the page needs it: actors as node indexes, ``month`` as an index into the axis."""
    speaker = row.get("speaker")
    confidence = row.get("confidence")
    goldstein = row.get("goldstein")
    date = _claim_date(row, articles)
    return {
        "article": str(row["article"]),
        "evidence": str(row.get("evidence") or ""),
        "date": date,
        "month": months.get(month_of(date)),
        "subject": index[row["subject"]["iri"]],
        "object": index[row["object"]["iri"]],
        "relation": str(row["relation"]),
        "polarity": str(row.get("polarity") or "positive"),
        "modality": str(row.get("modality") or "asserted"),
        "confidence": float(confidence) if isinstance(confidence, (int, float)) else None,
        "quad": row.get("quad") if row.get("quad") in (1, 2, 3, 4) else None,
        "cameo": row.get("cameo"),
        "goldstein": float(goldstein) if isinstance(goldstein, (int, float)) else None,
        "speaker": _label(speaker) if isinstance(speaker, Mapping) and speaker.get("iri") else None,
    }


def _aggregate(rows: list[Mapping[str, Any]], claim_list: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (pair, relation, polarity); symmetric relations ignore direction."""
    groups: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        s, o, rel = row["subject"]["iri"], row["object"]["iri"], str(row["relation"])
        if rel in SYMMETRIC_RELATIONS and o < s:
            s, o = o, s
        groups[(s, o, rel, claim_list[i]["polarity"])].append(i)
    edges = []
    for n, ((s, o, rel, polarity), members) in enumerate(sorted(groups.items())):
        claims = [claim_list[i] for i in members]
        quads = Counter(c["quad"] or 0 for c in claims)
        quad = max(quads, key=lambda q: (quads[q], q))
        label = ("not " if polarity == "negative" else "") + rel
        if len(members) > 1:
            label += f" ×{len(members)}"
        edges.append({
            "id": f"e{n}",
            "from": s,
            "to": o,
            "relation": rel,
            "polarity": polarity,
            "quad": quad,
            "count": len(members),
            "label": label,
            "arrows": rel not in SYMMETRIC_RELATIONS,
            "dashed": polarity == "negative"
            or all(c["modality"] in ("intended", "possible") for c in claims),
            "claims": members,
        })
    return edges


def _type_rank(name: str) -> tuple[int, str]:
    order = list(TYPE_STYLES)
    return (order.index(name) if name in order else len(order), name)


def _type_json(name: str) -> dict[str, Any]:
    colour, shape, dashed = TYPE_STYLES.get(name, OTHER_STYLE)
    return {"name": name, "color": colour, "shape": shape, "dashed": dashed}


# --------------------------------------------------------------------------------------- page


def escape_json(data: Any) -> str:
    """JSON safe inside a <script> element: <, >, &, U+2028 and U+2029 become \\uXXXX escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text)


def _vis_assets() -> tuple[str, str]:
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RelgraphError("pyvis is not installed (its vis-network files are inlined into the page); "
                            "run: pip install pyvis==0.3.2")
    folder = Path(list(spec.submodule_search_locations)[0]).joinpath(*_VIS_DIR)
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError:
        raise RelgraphError(f"vis-network files missing under {folder}; reinstall: pip install pyvis==0.3.2") from None
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(data: Mapping[str, Any]) -> str:
    """Fill the page template with the inlined assets and the escaped data blob."""
    vis_js, vis_css = _vis_assets()
    page_js = (_ASSETS / "page.js").read_text(encoding="utf-8")
    for script in (vis_js, page_js):
        if "</script" in script.lower():
            raise RelgraphError("an inlined script contains '</script'; the page would break")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    parts = {
        "TITLE": _html.escape(str(data["title"])),
        "CSP": _html.escape(csp),
        "VIS_CSS": vis_css,
        "PAGE_CSS": (_ASSETS / "page.css").read_text(encoding="utf-8"),
        "DATA": escape_json(data),
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
    }
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    return _PLACEHOLDER_RE.sub(lambda m: parts[m.group(1)], template)


def _example_claim(subject: str, relation: str, obj: str) -> dict[str, Any]:
    """A minimal claim dict for doctests."""
    def actor(label: str) -> dict[str, Any]:
        return {"iri": "https://w3id.org/relgraph/id/country/" + label, "label": label, "type": "Country",
                "country": None, "wikidata": None}

    return {"article": "a1", "sentence": 0, "start": 0, "end": 1, "evidence": "…",
            "subject": actor(subject), "relation": relation, "object": actor(obj),
            "polarity": "positive", "modality": "asserted", "confidence": 0.9, "quad": 1,
            "goldstein": 3.5, "date": "2025-11-04", "extractor": "relgraph"}
