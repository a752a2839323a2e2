"""The per-article map on a Dask cluster (`dask.distributed`), reduced on the client.

`extract(corpus, client=…)` and `analysis extract … --scheduler local:N | tcp://HOST:PORT` send
the articles to the cluster's workers in chunks. Each worker loads the spaCy pipeline and the
mention finder on its first chunk and keeps them (a module global keyed by the model and the
registry's digest); the registry itself travels once, scattered from the client, so a worker
needs the package and the model installed but not the user's registry file. Results come back
as chunks finish and are put back in corpus order, so the reduce on the client receives exactly
what one process would hand it.

The cache: the client writes a probe file into its cache folder and each worker looks for it
at the same path. A worker that finds it shares the folder (same machine, or a network file
system mounted at the same path) and reads and writes parsed documents and per-article results
there itself; otherwise the worker writes nothing and the client stores the results it receives
(parsed documents then stay uncached, since they never leave the worker). Detection rather than
a flag: a wrong flag would silently scatter entries over the workers' own disks, where no later
run looks for them.

Nothing here imports Dask at module level: a run without a cluster never imports it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.extract.actors import MentionFinder
from analysis.extract.actors.registry import Registry
from analysis.extract.parse import (
    BATCH_SIZE,
    DocCache,
    load_model,
    model_signature,
    parse_texts,
    write_atomic,
)
from analysis.extract.pipeline import ResultCache, analyse_or_fail, map_code_digest
from analysis.extract.results import ArticleResult

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

log = logging.getLogger(__name__)

# `--scheduler local:N` starts a LocalCluster of N single-threaded worker processes.
LOCAL_PREFIX = "local:"
# Addresses a Dask scheduler listens on (`dask scheduler` prints `tcp://HOST:8786`).
ADDRESS_PREFIXES = ("tcp://", "tls://", "ucx://", "inproc://")
# Seconds to wait for a scheduler to answer, and for a first worker to join it: long enough
# for workers started at the same time as the run, short enough that a wrong address fails.
CONNECT_TIMEOUT_S = 30
WORKER_WAIT_S = 120
# Chunks per worker thread sent ahead of the one being yielded: enough that no worker waits
# for the client, few enough that the texts and results in flight stay a small part of the
# corpus (at most this many chunks of `BATCH_SIZE` articles per thread).
CHUNKS_IN_FLIGHT_PER_THREAD = 4
# Where the client leaves the probe that tells a worker it shares the cache folder.
PROBE_FOLDER = "cluster-probes"

Task = tuple[str, date | None, str]  # text, anchor, anchor precision


class ClusterError(RuntimeError):
    """The cluster cannot be reached, has no worker, or its workers run other code or model."""


def parse_scheduler(scheduler: str) -> int | str:
    """Read a `--scheduler` value.

    Args:
        scheduler: `local:N` (a LocalCluster of N workers) or a scheduler address such as
            `tcp://10.0.0.5:8786`.

    Returns:
        N for `local:N`, else the address unchanged.

    Raises:
        ValueError: neither form, or N below 1.
    """
    if scheduler.startswith(LOCAL_PREFIX):
        count = scheduler.removeprefix(LOCAL_PREFIX)
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--scheduler {scheduler!r}: expected local:N with N >= 1 workers")
        return int(count)
    if scheduler.startswith(ADDRESS_PREFIXES):
        return scheduler
    raise ValueError(f"--scheduler {scheduler!r}: expected local:N or a scheduler address "
                     f"such as tcp://HOST:8786")


@contextlib.contextmanager
def cluster_client(scheduler: str | None) -> Iterator[Client | None]:
    """A Dask client for a `--scheduler` value, closed (with its LocalCluster) on exit.

    Args:
        scheduler: see `parse_scheduler`; None gives None and imports nothing of Dask.

    Yields:
        The connected `distributed.Client`, or None.

    Raises:
        ValueError: `scheduler` is malformed.
        ClusterError: no scheduler answers at the address.
    """
    if scheduler is None:
        yield None
        return
    target = parse_scheduler(scheduler)
    from distributed import Client, LocalCluster

    if isinstance(target, int):
        with LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(target, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"no Dask scheduler answers at {target} ({error})") from error
    with client:
        yield client


@dataclass(frozen=True)
class CachePlan:
    """What a worker needs to use the client's cache folder, if it shares it.

    Attributes:
        folder: the client's cache folder (absolute).
        probe: the name of the probe file the client wrote under `PROBE_FOLDER`.
        signature: the model signature the per-article results are filed under.
        salt: what else their keys depend on (registry and map code digests).
    """

    folder: str
    probe: str
    signature: str
    salt: str


@dataclass
class _WorkerPipeline:
    """What a worker loads once: the pipeline, the finder, and the versions it runs."""

    key: tuple[str, str]
    nlp: Language
    finder: MentionFinder
    versions: tuple[str, str]


# This worker process's pipeline: loaded on its first chunk, replaced when a run asks for
# another model or registry. The lock keeps two threads of one worker from loading it twice.
_pipeline: _WorkerPipeline | None = None
_loading = threading.Lock()


def _worker_pipeline(model: str, registry: Registry) -> _WorkerPipeline:
    """This process's pipeline for (model, registry), loaded on first use and then kept."""
    global _pipeline
    key = (model, registry.digest)
    with _loading:
        if _pipeline is None or _pipeline.key != key:
            nlp = load_model(model)
            _pipeline = _WorkerPipeline(key, nlp, MentionFinder(nlp.vocab, registry),
                                        (model_signature(model), map_code_digest()))
        return _pipeline


@lru_cache(maxsize=16)
def _shares_folder(folder: str, probe: str) -> bool:
    """True when this process sees the client's probe, i.e. shares its cache folder."""
    try:
        return (Path(folder) / PROBE_FOLDER / probe).read_text("utf-8") == probe
    except OSError:
        return False


def map_chunk(tasks: list[Task], model: str, registry: Registry, versions: tuple[str, str],
              plan: CachePlan | None) -> tuple[list[ArticleResult], bool]:
    """On a worker: the per-article map of one chunk, as `extract` runs it in one process.

    Args:
        tasks: (text, anchor, anchor precision) per article.
        model: the spaCy pipeline's name.
        registry: the client's registry.
        versions: the client's (model signature, map code digest).
        plan: the client's cache, or None when the run uses no cache.

    Returns:
        The articles' results in order, and True when they were stored in the shared cache.

    Raises:
        ClusterError: this worker has another model or other extraction code than the client.
    """
    pipeline = _worker_pipeline(model, registry)
    if pipeline.versions != versions:
        raise ClusterError(f"a worker runs model/code {pipeline.versions}, the client "
                           f"{versions}: install the same package and model on every machine")
    shared = plan is not None and _shares_folder(plan.folder, plan.probe)
    doc_cache = DocCache(plan.folder, pipeline.nlp) if shared else None
    docs = parse_texts([text for text, _, _ in tasks], pipeline.nlp, cache=doc_cache)
    results = [analyse_or_fail(doc, pipeline.finder, anchor, precision, text)
               for doc, (text, anchor, precision) in zip(docs, tasks)]
    if not shared:
        return results, False
    store = ResultCache(Path(plan.folder), plan.signature, plan.salt)
    for (text, anchor, precision), result in zip(tasks, results):
        store.put(text, (anchor, precision), result)
    return results, store.writable


def _write_probe(folder: Path) -> str | None:
    """Leave a probe file in the cache folder; its name, or None when it cannot be written."""
    probe = uuid.uuid4().hex
    try:
        (folder / PROBE_FOLDER).mkdir(parents=True, exist_ok=True)
        write_atomic(folder / PROBE_FOLDER / probe, probe.encode("utf-8"))
    except OSError:
        return None
    return probe


def _threads(client: Client) -> int:
    """Worker threads of the cluster, after waiting for a first worker to join."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_S)
    except TimeoutError as error:
        raise ClusterError(f"no Dask worker joined the scheduler within {WORKER_WAIT_S} s"
                           ) from error
    return max(1, sum(client.nthreads().values()))


def partition(tasks: list[Task], threads: int) -> list[list[Task]]:
    """Chunks of `tasks`, in order: one `nlp.pipe` batch each, or smaller so that every worker
    thread gets at least two chunks of a small corpus.

    Args:
        tasks: the articles to map.
        threads: worker threads of the cluster.

    Returns:
        Consecutive chunks covering `tasks`.
    """
    size = max(1, min(BATCH_SIZE, len(tasks) // (2 * threads)))
    return [tasks[i:i + size] for i in range(0, len(tasks), size)]


def _in_order(client: Client, chunks: list[list[Task]], arguments: tuple, window: int
              ) -> Iterator[tuple[list[ArticleResult], bool]]:
    """Run `map_chunk` on every chunk, at most `window` chunks ahead of the next one yielded,
    and yield their outputs in chunk order as they complete."""
    from distributed import as_completed

    running, index_of, finished = as_completed(), {}, {}
    submitted = following = 0
    run = uuid.uuid4().hex[:8]

    def submit_while_room() -> None:
        nonlocal submitted
        while submitted < len(chunks) and submitted - following < window:
            future = client.submit(map_chunk, chunks[submitted], *arguments, pure=False,
                                   key=f"analysis-map-{run}-{submitted}")
            index_of[future.key] = submitted
            running.add(future)
            submitted += 1

    submit_while_room()
    for future in running:
        finished[index_of.pop(future.key)] = future.result()
        future.release()
        while following in finished:
            yield finished.pop(following)
            following += 1
        submit_while_room()


def map_on_cluster(client: Client, tasks: list[Task], *, model: str, registry: Registry,
                   results_cache: ResultCache | None) -> Iterator[ArticleResult]:
    """The per-article map of `tasks` on a Dask cluster, yielded in task order.

    Args:
        client: a connected `distributed.Client`.
        tasks: (text, anchor, anchor precision) per article, as `extract` builds them.
        model: the spaCy pipeline's name (installed on every worker).
        registry: the actor registry (sent once to every worker).
        results_cache: the client's per-article result cache, or None for a run without cache.
            Workers that share its folder write to it; otherwise the client writes here.

    Returns:
        An iterator of `ArticleResult`, one per task, in order.

    Raises:
        ClusterError: no worker joined, or a worker runs another model or other code.
    """
    threads = _threads(client)
    folder = results_cache.root.resolve() if results_cache and results_cache.writable else None
    probe = _write_probe(folder) if folder else None
    plan = CachePlan(str(folder), probe, results_cache.signature, results_cache.salt
                     ) if probe else None
    versions = (model_signature(model), map_code_digest())
    shared_registry = client.scatter(registry, broadcast=True, hash=False)
    chunks = partition(tasks, threads)
    arguments = (model, shared_registry, versions, plan)
    try:
        for (results, stored), chunk in zip(_in_order(
                client, chunks, arguments, CHUNKS_IN_FLIGHT_PER_THREAD * threads), chunks):
            if results_cache and not stored:
                for (text, anchor, precision), result in zip(chunk, results):
                    results_cache.put(text, (anchor, precision), result)
            yield from results
    finally:
        if probe:
            (folder / PROBE_FOLDER / probe).unlink(missing_ok=True)
