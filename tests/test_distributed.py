"""Extraction in worker processes and on a Dask cluster gives the same graph as one process."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from relgraph.build import BuildOptions, build
from relgraph.distributed import batches, connect, dask_extract, pool_extract
from relgraph.errors import UsageError
from relgraph.pipeline import extract_articles
from relgraph.records import Article
from relgraph.store import GraphStore

TEXTS = [
    "Russia praised China for its support.",
    "France condemned Iran after the talks.",
    "Germany signed an agreement with India.",
    "Japan criticised North Korea over the launch.",
    "Brazil welcomed Argentina and rejected the sanctions on Venezuela.",
]
ARTICLES = [Article(id=f"art{n}", text=text, date="2025-11-04") for n, text in enumerate(TEXTS)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def local() -> list:
    return list(extract_articles(ARTICLES))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for article in ARTICLES:
        (folder / f"{article.id}.md").write_text(f"---\nid: {article.id}\n---\n{article.text}\n", encoding="utf-8")
    return folder


def quads(out: Path) -> set[str]:
    with GraphStore(out / "store", read_only=True) as store:
        return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def local_quads(corpus, tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("local")
    build([corpus], BuildOptions(out_dir=out, formats=("nq",)))
    return quads(out)


@pytest.mark.parametrize("size, expected", [(2, [[0, 1], [2, 3], [4]]), (5, [[0, 1, 2, 3, 4]]), (9, [[0, 1, 2, 3, 4]])])
def test_distributed_batches_keep_order(size, expected):
    assert list(batches(iter(range(5)), size)) == expected


def test_distributed_spacy_processes_keep_the_article_context(local):
    # spaCy's own n_process: the article rides along as the pipe's context and survives the transfer
    assert list(extract_articles(ARTICLES, n_process=2, batch_size=2)) == local
    assert sum(len(claims) for _, claims in local) >= len(TEXTS)


def test_distributed_process_pool_equals_one_process(local):
    assert list(pool_extract(ARTICLES, 2, batch_size=2)) == local


def test_distributed_empty_stream_starts_nothing():
    assert list(pool_extract(iter([]), 2)) == []
    assert list(dask_extract(iter([]), "tcp://127.0.0.1:1")) == []  # no scheduler is contacted


def test_distributed_build_with_workers_equals_local_build(corpus, local_quads, tmp_path):
    build([corpus], BuildOptions(out_dir=tmp_path, formats=("nq",), workers=2))
    assert quads(tmp_path) == local_quads


@pytest.mark.parametrize("processes", [False, True])
def test_distributed_dask_build_equals_local_build(corpus, local_quads, tmp_path, processes):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=processes, host="127.0.0.1", protocol="tcp",
                      dashboard_address=None) as cluster:
        summary = build([corpus], BuildOptions(out_dir=tmp_path, formats=("nq",), dask=cluster.scheduler_address))
        with Client(cluster) as client:  # the model plugin stays registered on the worker
            plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    assert summary.articles == len(TEXTS)
    assert quads(tmp_path) == local_quads
    assert [[n for n in names if n.startswith("relgraph")] for names in plugins.values()] == [["relgraph-model-default"]]


def test_distributed_unreachable_scheduler_is_one_clear_error():
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(UsageError, match=rf"^cannot reach the Dask scheduler at '{address}' \(.*\); start one "
                                         r"with 'dask scheduler' and give its tcp://HOST:PORT address$"):
        connect(address, timeout="1s")
