"""The real-news gold set (tests/gold/news_*.json, issue 11) is well-formed, big enough, split in
two disjoint halves (plus a disjoint train set), refers to the pools of ../shared/data by id and copies none of their text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gold_format import RELATIONS
from relgraph.evaluate import load_gold
from relgraph.evaluate.gold import MODALITIES

GOLD = Path(__file__).resolve().parent / "gold"
POOLS = {"wire": ("ag_world_dev.jsonl", 400), "guardian": ("guardian_dev.jsonl", 30)}
HALVES = ("tune", "check", "train", "calib")  # train: more items for the verifier; calib: never read, to calibrate it
FILES = {(pool, half): GOLD / f"news_{pool}_{half}.json" for pool in POOLS for half in HALVES}
SECOND = GOLD / "news_second_annotation.json"
DATA = GOLD.parents[2] / "shared" / "data"
COPIED_RUN = 8  # a "why" sharing this many words in a row with its article copies it (names make shorter runs)


def _raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _pool(name: str) -> dict[str, dict]:
    path = DATA / name
    if not path.is_file():
        pytest.skip(f"the real-news pool {path} is missing (../shared/data); the news gold cannot be checked")
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize("pool", POOLS)
def test_news_gold_sizes_and_disjoint_halves(pool):
    tune, check = (_raw(FILES[pool, h])["articles"] for h in ("tune", "check"))
    train, calib = (_raw(FILES[pool, h])["articles"] for h in ("train", "calib"))
    ids = [a["id"] for a in tune + check + train + calib]  # no item in two sets
    assert len(ids) == len(set(ids)) >= POOLS[pool][1] + len(train) + len(calib)
    assert abs(len(tune) - len(check)) <= 1
    assert all("text" not in a and "file" not in a for a in tune + check + train + calib)  # by id only
    if pool == "wire":  # items without a claim stay in: they measure precision
        assert any(not a["claims"] for a in tune) and any(not a["claims"] for a in check)


@pytest.mark.parametrize("key", list(FILES), ids=lambda k: "-".join(k))
def test_news_gold_loads_from_its_pool(key):
    _pool(POOLS[key[0]][0])
    articles = load_gold(FILES[key])
    assert len(articles) == len(_raw(FILES[key])["articles"]) and all(a.text for a in articles)


@pytest.mark.parametrize("path", [*FILES.values(), SECOND], ids=lambda p: p.stem)
def test_news_gold_entries_use_the_vocabulary(path):
    for article in _raw(path)["articles"]:
        for entry in article["claims"] + article["must_not"]:
            assert entry["subject"] and entry["object"], (article["id"], entry)
            assert set(entry["relation"]) <= set(RELATIONS), (article["id"], entry["relation"])
            assert entry.get("modality", "asserted") in MODALITIES
            assert entry.get("polarity", "positive") in ("positive", "negative")


@pytest.mark.parametrize("key", list(FILES), ids=lambda k: "-".join(k))
def test_news_gold_copies_no_article_text(key):
    pool = _pool(POOLS[key[0]][0])
    for article in _raw(FILES[key])["articles"]:
        source = pool[article["id"]]
        words = re.findall(r"\w+", f"{source.get('title') or ''} {source['text']}".lower())
        runs = {tuple(words[i:i + COPIED_RUN]) for i in range(len(words) - COPIED_RUN + 1)}
        for entry in article["claims"] + article["must_not"]:
            why = re.findall(r"\w+", entry.get("why", "").lower())
            assert not any(tuple(why[i:i + COPIED_RUN]) in runs for i in range(len(why) - COPIED_RUN + 1)), \
                (article["id"], entry["why"])


def test_news_gold_second_annotation_covers_fifty_items():
    second = {a["id"] for a in _raw(SECOND)["articles"]}
    first = {a["id"] for (_, half), path in FILES.items() if half != "train" for a in _raw(path)["articles"]}
    assert len(second) == 50 and second <= first
