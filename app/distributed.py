"""Embedding on many machines with Dask; storing and clustering by the one DuckDB writer.

The embedding model is the cost of ingest, and it parallelises by article: each Dask task
reads a share of the files, analyses them and embeds every distinct text a claim needs
(content and whole sentence), writing ``text -> vector`` rows to its own Parquet file. The
single writer then ingests the same files with ``Precomputed``, which looks every text up in
those Parquet files, so its vectors are exactly the ones a one-process ingest makes; it only
analyses, stores and clusters, which cost a tenth of the embedding.

    from app.distributed import embed_files
    embed_files(paths, "vectors/", workers=2)           # or scheduler="tcp://host:8786"
    ingest(paths, "claims.duckdb", embedder=Precomputed("vectors/"))
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from claims.embed import DEFAULT_MODEL, Embedder, canonical_model_name, get_embedder
from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import find_files, read_file
from claims.settings import Settings


def embed_share(paths: list[str], out_dir: str, model: str | None = None) -> str:
    """One task: the distinct claim texts of ``paths`` and their vectors, as one Parquet file."""
    settings = Settings()
    registry = Registry.default(settings.script)
    texts: dict[str, None] = {}
    for path in paths:
        for article in read_file(path, registry).articles:
            for s in analyse(article, registry, claim_threshold=settings.claim_threshold).sentences:
                if s.is_claim:
                    texts[s.content or s.text] = None
                    texts[s.plain or s.sentence.text] = None
    embedder = _worker_embedder(model)
    distinct = list(texts)
    vectors = embedder.embed(distinct) if distinct else np.zeros((0, embedder.dim), np.float32)
    name = hashlib.sha1("\n".join(paths).encode()).hexdigest()[:16]
    out = Path(out_dir) / f"vectors-{name}.parquet"
    pq.write_table(pa.table({"text": distinct, "vector": pa.FixedSizeListArray.from_arrays(
        pa.array(vectors.ravel(), pa.float32()), embedder.dim)}), out)
    return str(out)


_WORKER_EMBEDDERS: dict[str, Embedder] = {}


def _worker_embedder(model: str | None) -> Embedder:
    """The model, loaded once per worker process and kept for its later tasks."""
    key = canonical_model_name(model)
    if key not in _WORKER_EMBEDDERS:
        _WORKER_EMBEDDERS[key] = get_embedder(model)
    return _WORKER_EMBEDDERS[key]


def embed_files(paths: list[str], out_dir: str, *, workers: int = 2, scheduler: str | None = None,
                model: str | None = None, files_per_task: int = 8) -> list[str]:
    """Embed the claims of ``paths`` on a Dask cluster: ``scheduler`` (an address), or a local
    one with ``workers`` single-threaded processes. Returns the Parquet files written."""
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415 - optional, heavy import

    files, _ = find_files(paths)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    shares = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, env={"OMP_NUM_THREADS": "1"})
        client = Client(cluster)
    try:
        futures = client.map(embed_share, shares, out_dir=out_dir, model=model, pure=False)
        return client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class Precomputed:
    """An embedder answering from the Parquet files of ``embed_files``; a text not there is
    embedded by the model itself (loaded only then)."""

    def __init__(self, out_dir: str, model: str | None = None) -> None:
        self.model = model
        self.name = canonical_model_name(model or DEFAULT_MODEL)
        self.table: dict[str, np.ndarray] = {}
        self.dim = 384
        for path in sorted(Path(out_dir).glob("vectors-*.parquet")):
            table = pq.read_table(path)
            self.dim = table.schema.field("vector").type.list_size
            vectors = np.asarray(table.column("vector").combine_chunks().flatten(), dtype=np.float32)
            self.table.update(zip(table.column("text").to_pylist(), vectors.reshape(-1, self.dim)))
        self.missing = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        absent = [t for t in dict.fromkeys(texts) if t not in self.table]
        if absent:
            self.missing += len(absent)
            self.table.update(zip(absent, get_embedder(self.model).embed(absent)))
        return np.asarray([self.table[t] for t in texts], dtype=np.float32).reshape(len(texts), self.dim)
