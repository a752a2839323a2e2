"""The per-article map on a Dask cluster: same tables as one process, the cache shared or not,
and nothing of Dask imported by a run that does not ask for it."""

import dataclasses
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import cluster, pipeline
from analysis.extract.actors import load_registry
from analysis.extract.corpus import load_corpus
from analysis.extract.parse import BATCH_SIZE, model_signature
from analysis.extract.pipeline import extract

from .conftest import SEEDS

SYNTHETIC = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"
# Enough unique articles that every worker maps several full `nlp.pipe` batches (five chunks of
# `BATCH_SIZE` = 32 articles over two single-threaded workers).
SYNTHETIC_ARTICLES = 160


def assert_same_tables(left, right):
    for table in dataclasses.fields(left):
        pd.testing.assert_frame_equal(getattr(left, table.name), getattr(right, table.name),
                                      obj=table.name)


def cached_entries(cache: Path, kind: str) -> int:
    """Entries of one kind (`docs` or `results`) in a cache folder."""
    return sum(1 for path in (cache / kind).rglob("*") if path.is_file())


def no_parsing(model):
    pytest.fail(f"loaded {model} although every article was cached")


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of two single-threaded worker processes, as `--scheduler local:2`."""
    with cluster.cluster_client("local:2") as connected:
        yield connected


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seeds_in_one_process(seeds):
    return extract(seeds, use_cache=False)


@pytest.mark.parametrize("value, expected", [
    ("local:2", 2), ("local:16", 16), ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ("tls://scheduler.example.org:8786", "tls://scheduler.example.org:8786"),
])
def test_scheduler_values(value, expected):
    assert cluster.parse_scheduler(value) == expected


@pytest.mark.parametrize("value", ["local:0", "local:", "local:two", "10.0.0.5:8786", "local"])
def test_malformed_scheduler_values_name_the_value(value):
    with pytest.raises(ValueError, match=value):
        cluster.parse_scheduler(value)


@pytest.mark.parametrize("n_tasks, threads", [(1, 2), (5, 2), (64, 2), (1000, 2), (77, 8)])
def test_partition_keeps_order_and_feeds_every_thread(n_tasks, threads):
    tasks = [(f"text {i}", None, "year") for i in range(n_tasks)]
    chunks = cluster.partition(tasks, threads)
    assert [task for chunk in chunks for task in chunk] == tasks
    assert all(0 < len(chunk) <= BATCH_SIZE for chunk in chunks)
    assert len(chunks) >= min(n_tasks, 2 * threads)


def test_a_plain_extract_imports_nothing_of_dask(tmp_path):
    script = (
        "import sys, analysis, analysis.cli\n"
        "from analysis import extract, load_corpus\n"
        f"extract(load_corpus({str(SEEDS)!r}), use_cache=False)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_a_worker_with_other_code_or_model_refuses_the_chunk(seeds):
    registry = load_registry()
    tasks = [(seeds.articles["text"][0], None, "year")]
    with pytest.raises(cluster.ClusterError, match="same package and model"):
        cluster.map_chunk(tasks, pipeline.DEFAULT_MODEL, registry,
                          (model_signature(pipeline.DEFAULT_MODEL), "other code"), None)


def test_a_client_is_not_combined_with_processes(seeds):
    with pytest.raises(ValueError, match="n_process=2"):
        extract(seeds, use_cache=False, n_process=2, client=object())


def test_seeds_on_a_local_cluster_give_the_same_tables(client, seeds, seeds_in_one_process):
    assert_same_tables(extract(seeds, use_cache=False, client=client), seeds_in_one_process)


def test_each_worker_loads_the_pipeline_once(client, seeds):
    def pipeline_id():
        return id(cluster._pipeline) if cluster._pipeline else None

    extract(seeds, use_cache=False, client=client)
    first = client.run(pipeline_id)
    extract(seeds, use_cache=False, client=client)
    assert client.run(pipeline_id) == first
    assert None not in first.values() and len(first) == 2


def test_workers_sharing_the_cache_folder_write_it(client, seeds, seeds_in_one_process, tmp_path,
                                                    monkeypatch):
    extract(seeds, cache_dir=tmp_path, client=client)
    n_articles = len(seeds.articles)
    assert cached_entries(tmp_path, "docs") == n_articles  # only workers parse: they wrote them
    assert cached_entries(tmp_path, "results") == n_articles
    assert cached_entries(tmp_path, cluster.PROBE_FOLDER) == 0
    monkeypatch.setattr(pipeline, "load_model", no_parsing)  # a warm run must not parse
    assert_same_tables(extract(seeds, cache_dir=tmp_path), seeds_in_one_process)


def test_the_client_writes_the_cache_when_workers_do_not_share_it(client, seeds,
                                                                   seeds_in_one_process, tmp_path,
                                                                   monkeypatch):
    # A probe the workers cannot find: as when the folder is on the client's disk only.
    monkeypatch.setattr(cluster, "_write_probe", lambda folder: "not-on-any-worker")
    extract(seeds, cache_dir=tmp_path, client=client)
    assert cached_entries(tmp_path, "docs") == 0
    assert cached_entries(tmp_path, "results") == len(seeds.articles)
    monkeypatch.setattr(pipeline, "load_model", no_parsing)
    assert_same_tables(extract(seeds, cache_dir=tmp_path), seeds_in_one_process)


def test_an_unreachable_scheduler_is_a_cluster_error(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)
    with pytest.raises(cluster.ClusterError, match="tcp://127.0.0.1:9"), \
            cluster.cluster_client("tcp://127.0.0.1:9"):
        pass


def test_cli_runs_the_map_on_a_local_cluster(tmp_path, seeds_in_one_process):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(SEEDS), "--out",
                             str(out), "--scheduler", "local:2", "--no-cache"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    meetings = pd.read_csv(out / "meetings.csv", keep_default_na=False, dtype=str)
    expected = seeds_in_one_process.meetings.astype(str)
    assert list(meetings["participants"]) == list(expected["participants"])
    assert list(meetings["date"]) == list(expected["date"])


def test_cli_names_a_malformed_scheduler_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(SEEDS), "--out",
                             str(tmp_path / "out"), "--scheduler", "localhost:8786"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "localhost:8786" in result.stderr


def synthetic_corpus(folder: Path, n_articles: int):
    """A corpus of `n_articles` unique articles from `benchmarks/synthetic.py`."""
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    lines = [json.dumps(record) for record in synthetic.synthetic_articles(n_articles)]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return load_corpus(folder)


@pytest.mark.slow  # 60 s on an idle two-core machine, 100 s on a busy one
def test_a_generated_corpus_gives_the_same_tables_everywhere(client, tmp_path):
    corpus = synthetic_corpus(tmp_path, SYNTHETIC_ARTICLES)
    assert len(corpus.articles) == SYNTHETIC_ARTICLES
    one = extract(corpus, use_cache=False)
    assert not one.meetings.empty and not one.merges.empty
    assert_same_tables(extract(corpus, use_cache=False, n_process=2), one)
    assert_same_tables(extract(corpus, use_cache=False, client=client), one)
