"""Ingest: files -> articles -> analysed claims -> vectors -> DuckDB, in small batches.

Reading, analysis and embedding happen outside the database lock; each batch of articles
is then written in one transaction (articles, sentences, vectors and cluster memberships
together), so a crash leaves either the whole batch or none of it, and other processes
(flag changes from the dashboard) get the lock between batches.
"""
from __future__ import annotations

import functools
import gc
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from claims import centres
from claims.embed import Embedder, cached, canonical_model_name, claim_vectors, get_embedder
from claims.models import AnalysedArticle, Article, Problem
from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import FileResult, duplicate_problem, find_files, read_file
from claims.settings import Settings
from claims.shingles import shingles
from store import cluster_stats
from store.cluster import ClaimForClustering, Clusterer, claim_keys, store_centres, stored_centres
from store.cluster_index import ClusterIndex
from store.corrections import apply_speaker_decisions
from store.db import StoreError, connect, transaction
from store.save import known_article_ids, record_model, recorded_model, save_articles

BATCH_FILES = 16
EPOCH = date(1970, 1, 1)
# one summary of the clusters near the news per database file, kept while this process runs;
# checked against the file before each batch and rebuilt when another process has written
_INDEXES: dict[str, ClusterIndex] = {}


class ModelMismatch(StoreError):
    """The database holds vectors from another embedding model."""


@dataclass
class IngestReport:
    files: int = 0
    articles_added: int = 0
    articles_unchanged: int = 0
    sentences: int = 0
    claims: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.level == "error" for p in self.problems)


Progress = Callable[[int, int, str], None]
Reader = Callable[[Registry], FileResult]


def check_model(con, db_path: str, model_name: str) -> None:
    """Refuse to mix vectors of two models in one database."""
    stored = recorded_model(con)
    if stored is not None and stored != model_name:
        raise ModelMismatch(f"{db_path}: its vectors were made by '{stored}', not '{model_name}'; "
                            f"use --model '{stored}' or another --db (nothing was written)")


@contextmanager
def _collector_spares_what_is_loaded():
    """The objects made before an ingest (modules, lexicons, the model, the name lists) are left
    out of the garbage collector's rounds while it runs: an ingest makes many small objects, and
    each full round would walk all of those again (about 5% of the time beside the model, on
    2,000 sentences). They are collected as before once it ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def ingest(paths: list[str], db_path: str, **options) -> IngestReport:
    """Read ``paths`` into the database at ``db_path``. ``settings`` (default: every default)
    gives the model, thresholds, date window and lock timeout; ``model`` and ``threshold``
    override two of them."""
    files, problems = find_files(paths)
    return ingest_sources([(path, functools.partial(read_file, path)) for path in files], db_path,
                          problems=problems, **options)


@_collector_spares_what_is_loaded()
def ingest_sources(sources: list[tuple[str, Reader]], db_path: str, *, problems: list[Problem] = (),
                   settings: Settings | None = None, model: str | None = None, embedder: Embedder | None = None,
                   registry: Registry | None = None, progress: Progress | None = None,
                   threshold: float | None = None) -> IngestReport:
    """Store the articles of ``sources``, each a name (a file, an address) and a function that
    reads it with the registry, called in turn; the same path as for files, so the same
    article twice is a no-op whatever it came from."""
    started = time.perf_counter()
    settings = settings or Settings()
    model = model or settings.model
    model_name = embedder.name if embedder is not None else canonical_model_name(model)
    with connect(db_path, timeout=settings.lock_timeout) as con:
        check_model(con, db_path, model_name)
        known = known_article_ids(con)
    registry = registry or Registry.default(settings.script)
    threshold = settings.match_threshold if threshold is None else threshold
    report = IngestReport()
    report.problems.extend(problems)
    report.files = len(sources)
    first_seen: dict[str, Article] = {}

    def loaded() -> Embedder:  # the model is loaded when a new article first needs it
        nonlocal embedder
        embedder = cached(embedder if embedder is not None else get_embedder(model, settings.e5_engine))
        return embedder

    for begin in range(0, len(sources), BATCH_FILES):
        batch: list[AnalysedArticle] = []
        ahead = _EmbeddingAhead(loaded)
        try:
            _read_batch(sources[begin:begin + BATCH_FILES], begin, len(sources), batch, ahead, registry, known,
                        first_seen, settings, report, progress)
            if batch:
                _write_batch(db_path, batch, ahead.vectors(), loaded(), threshold, settings, report)
        finally:
            ahead.close()
    if progress:
        progress(len(sources), len(sources), "")
    report.seconds = time.perf_counter() - started
    return report


def _read_batch(sources: list[tuple[str, Reader]], begin: int, total: int, batch: list[AnalysedArticle],
                ahead: "_EmbeddingAhead", registry: Registry, known: set[str], first_seen: dict[str, Article],
                settings: Settings, report: IngestReport, progress: Progress | None) -> None:
    """Read and analyse one batch of sources into ``batch``, handing each article's claims to
    ``ahead`` to embed while the next are read."""
    for path, read in sources:
        if progress:
            progress(begin + len(batch), total, path)
        result = read(registry)
        report.problems.extend(result.problems)
        for article in result.articles:
            if article.article_id in first_seen:  # the same article twice in this run
                report.problems.append(duplicate_problem(article, first_seen[article.article_id]))
                report.articles_unchanged += 1
                continue
            first_seen[article.article_id] = article
            if article.article_id in known:
                report.articles_unchanged += 1
                continue
            try:
                analysed = analyse(article, registry, claim_threshold=settings.claim_threshold)
                claims = _claims([analysed])
                for _, sentence, cid in claims:
                    claim_keys(_for_clustering(analysed, sentence, cid, None))  # read now, beside the model
            except Exception as exc:  # one article's bug must not stop the others
                report.problems.append(Problem("error", article.source_file, f"could not analyse: {exc!r}"))
                continue
            batch.append(analysed)
            ahead.add(claims)
            known.add(article.article_id)


def _claims(batch: list[AnalysedArticle]) -> list[tuple[AnalysedArticle, object, str]]:
    """(article, sentence, claim id) for every claim of ``batch``, in order."""
    return [(a, s, a.claim_id(s)) for a in batch for s in a.sentences if s.is_claim]


def _for_clustering(article: AnalysedArticle, sentence, cid: str, vector: np.ndarray | None) -> ClaimForClustering:
    return ClaimForClustering(cid, vector, article.article.language,
                              sentence.attribution.speaker.id if sentence.attribution.speaker else None,
                              sentence.content or sentence.text,
                              (article.article.published - EPOCH).days if article.article.published else None,
                              article.article.title, sentence.referred)


class _EmbeddingAhead:
    """Embeds the claims of the articles analysed so far on one background thread while the
    next articles are read and analysed. The model computes outside Python's interpreter lock,
    so the two share the processor's cores, and its vectors are the same however the texts are
    grouped into calls; ``vectors`` gives them in the order the articles came."""

    CHUNK = 64  # claims handed over at a time: the model's own call size

    def __init__(self, model: Callable[[], Embedder]) -> None:
        self._model = model
        self._pool: ThreadPoolExecutor | None = None
        self._parts: list[Future] = []
        self._waiting: list[tuple[AnalysedArticle, object, str]] = []

    def add(self, claims: list[tuple[AnalysedArticle, object, str]]) -> None:
        """An article's claims, as ``_claims`` lists them."""
        self._waiting += claims
        if len(self._waiting) >= self.CHUNK:
            self._hand_over()

    def _hand_over(self) -> None:
        items, self._waiting = self._waiting, []
        if not items:
            return
        embedder = self._model()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedding")
        self._parts.append(self._pool.submit(claim_vectors, embedder, [s.content or s.text for _, s, _ in items],
                                             [s.plain or s.sentence.text for _, s, _ in items]))

    def vectors(self) -> np.ndarray:
        self._hand_over()
        parts = [part.result() for part in self._parts]  # an error of the model's is raised here
        return np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _write_batch(db_path: str, batch: list[AnalysedArticle], vectors: np.ndarray, embedder: Embedder,
                 threshold: float, settings: Settings, report: IngestReport) -> None:
    items = _claims(batch)
    by_id = {cid: vectors[i] for i, (_, _, cid) in enumerate(items)}
    for_clustering = [_for_clustering(a, s, cid, by_id[cid]) for a, s, cid in items]
    with connect(db_path, timeout=settings.lock_timeout) as con, transaction(con):
        check_model(con, db_path, embedder.name)
        record_model(con, embedder.name)
        if not stored_centres(con):
            store_centres(con, centres.for_embedder(embedder))
        save_articles(con, batch, by_id, [shingles(a.article.body) for a in batch])
        report.articles_added += len(batch)
        report.sentences += sum(len(a.sentences) for a in batch)
        apply_speaker_decisions(con, [a.article.article_id for a in batch])  # speakers people corrected
        index = _INDEXES.setdefault(str(Path(db_path).resolve()), ClusterIndex(embedder.dim))
        clusterer = Clusterer(con, threshold=threshold, window=settings.match_window_days,
                              cross_offset=settings.cross_language_offset, index=index)
        try:
            report.claims += len(clusterer.assign_all(for_clustering))
        except BaseException:
            index.clear()  # the transaction is rolled back: the summary must not outlive it
            raise
        cluster_stats.refresh(con, clusters=clusterer.touched)
