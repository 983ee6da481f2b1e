"""Incremental clustering at newsroom scale, on synthetic claims with planted clusters.

Claims are drawn around planted centres (within a cluster cosine about 0.6-0.9, between
clusters about 0-0.3 before centring), ``--per-day`` claims a day, half Hindi half English,
and go through the real ``store.cluster.Clusterer`` into a DuckDB file in batches of
``--batch``, in date order, each batch followed by the statistics update an ingest makes.
Vectors are made a batch at a time, so the bench itself stays small at a million claims.
Prints total time (of the batches: saving, clustering, statistics), time per batch at the
end, peak memory and pairwise F1 against the planted clusters; and the 100k set clustered by sentence-transformers'
``util.community_detection`` on the same centred vectors, side by side.

    python bench/cluster.py [--sizes 10000 100000] [--batch 1000] [--json]
    python bench/cluster.py --sizes 1000000 --no-community
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import matching  # noqa: E402
from claims.settings import Settings  # noqa: E402
from store import cluster_stats  # noqa: E402
from store.cluster import ClaimForClustering, Clusterer  # noqa: E402
from store.cluster_index import ClusterIndex  # noqa: E402
from store.db import connect, transaction  # noqa: E402

DIM = 384
DAY0 = 19000
CHUNK = 4096  # planted centres are made this many at a time


def synthetic(n: int, per_day: int, seed: int = 7):
    """Planted labels, languages and days of ``n`` claims, in date order, and a function giving
    the vectors of any run of them (made on demand, so a million claims fit in memory)."""
    rng = np.random.default_rng(seed)
    sizes = 1 + rng.geometric(0.3, size=n)  # 1 + geometric: mean about 4 claims a statement
    labels = np.repeat(np.arange(len(sizes)), sizes)[:n]
    k = labels.max() + 1
    shared = rng.normal(size=DIM)
    shared /= np.linalg.norm(shared)
    spread = rng.uniform(0.35, 0.8, size=k)  # within ~1/(1+s^2): 0.6-0.9
    start = np.searchsorted(labels, np.arange(k))
    days = DAY0 + (start[labels] + rng.integers(0, 3 * per_day, size=n)) // per_day
    order = np.argsort(days, kind="stable")
    languages = np.where(rng.random(n) < 0.5, "en", "hi")
    labels, languages, days = labels[order], languages[order], days[order]

    @lru_cache(maxsize=16)
    def centres(chunk: int) -> np.ndarray:
        """The planted centres of labels ``chunk * CHUNK`` to ``(chunk + 1) * CHUNK``."""
        c = np.random.default_rng([seed, 1, chunk]).normal(size=(CHUNK, DIM)) / np.sqrt(DIM) + 0.35 * shared
        return c / np.linalg.norm(c, axis=1, keepdims=True)  # between ~0.1 raw

    def vectors(begin: int, end: int) -> np.ndarray:
        """Vectors of claims ``begin`` to ``end`` (in date order)."""
        own = labels[begin:end]
        centre = np.zeros((len(own), DIM))
        for chunk in np.unique(own // CHUNK):
            mine = own // CHUNK == chunk
            centre[mine] = centres(int(chunk))[own[mine] % CHUNK]
        noise = np.random.default_rng([seed, 2, begin]).normal(size=(len(own), DIM))
        out = centre + noise * (spread[own] / np.sqrt(DIM))[:, None]
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)

    return vectors, labels, languages, days


def save(con, ids, vectors, languages, days) -> None:
    """Articles, sentences and vectors of one batch, in three bulk inserts."""
    published = pd.to_datetime(pd.Series(days, dtype="int64"), unit="D").dt.date
    frame = pd.DataFrame({"article_id": ids, "published": published, "language": languages})
    con.register("batch_articles", frame)
    con.execute("""INSERT INTO articles SELECT article_id, 'synthetic', 'x', 'x', NULL, NULL, published, language,
                   'x', now() FROM batch_articles""")
    con.execute("""INSERT INTO sentences (article_id, sentence_index, start_offset, end_offset, text, is_claim,
                   checkworthiness, claim_id, source_ids, chain_ids, kind, content)
                   SELECT article_id, 0, 0, 1, 'x', TRUE, 0.5, article_id, [], [], 'reported', 'synthetic claim'
                   FROM batch_articles""")
    con.unregister("batch_articles")
    table = pa.table({"claim_id": ids, "vector": pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), DIM)})
    con.register("batch_vectors", table)
    con.execute("INSERT INTO claim_vectors SELECT claim_id, vector FROM batch_vectors")
    con.unregister("batch_vectors")


def pairwise_f1(labels: np.ndarray, found: np.ndarray) -> float:
    def pairs(keys: np.ndarray) -> float:
        counts = np.unique(keys, return_counts=True)[1].astype(np.float64)
        return float((counts * (counts - 1) / 2).sum())
    found = np.unique(found, return_inverse=True)[1].astype(np.int64)
    both = pairs(np.asarray(labels, dtype=np.int64) * (int(found.max(initial=0)) + 1) + found)
    got, true = pairs(found), pairs(labels)
    precision, recall = both / max(got, 1), both / max(true, 1)
    return 2 * precision * recall / max(precision + recall, 1e-12)


def run(n: int, batch: int, per_day: int, settings: Settings, folder: Path) -> dict:
    make, labels, languages, days = synthetic(n, per_day)
    ids = [f"c{i:08d}" for i in range(n)]
    path = folder / f"clusters{n}.duckdb"
    index = ClusterIndex(DIM)
    times, cpu = [], []  # wall and processor seconds of each batch (cpu counts every thread)
    with connect(path) as con:
        con.execute("SET memory_limit = '1GB'")
        for begin in range(0, n, batch):
            end = min(n, begin + batch)
            vectors = make(begin, end)  # not timed: the claims a batch brings
            t, c = time.perf_counter(), time.process_time()
            with transaction(con):
                save(con, ids[begin:end], vectors, languages[begin:end], days[begin:end])
                claims = [ClaimForClustering(ids[i], vectors[i - begin], str(languages[i]), None, "synthetic claim",
                                             int(days[i])) for i in range(begin, end)]
                clusterer = Clusterer(con, threshold=settings.match_threshold, window=settings.match_window_days,
                                      cross_offset=0.0, index=index)
                clusterer.assign_all(claims)
                cluster_stats.refresh(con, clusters=clusterer.touched)  # as an ingest batch does
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            if len(times) % 100 == 0:  # progress on stderr: the per-batch time as the database grows
                print(f"{end} claims: {np.mean(times[-100:]) * 1000 / batch:.3f} s per 1k "
                      f"({np.mean(cpu[-100:]) * 1000 / batch:.3f} s processor), {np.sum(times):.0f} s",
                      file=sys.stderr, flush=True)
        total = float(np.sum(times))
        found = con.execute("SELECT CAST(substr(claim_id, 2) AS BIGINT) AS i, cluster_id FROM claim_clusters").fetchnumpy()
    clusters = np.full(n, -1, dtype=np.int64)
    clusters[found["i"]] = found["cluster_id"]
    tenth = max(1, len(times) // 10)
    return {"claims": n, "seconds_total": round(total, 1),
            "seconds_per_1k_batch_last": round(float(np.mean(times[-tenth:])) * 1000 / batch, 3),
            "seconds_per_1k_batch_first": round(float(np.mean(times[:tenth])) * 1000 / batch, 3),
            # processor time: steadier than wall time on a shared machine
            "cpu_seconds_total": round(float(np.sum(cpu)), 1),
            "cpu_seconds_per_1k_batch_last": round(float(np.mean(cpu[-tenth:])) * 1000 / batch, 3),
            "cpu_seconds_per_1k_batch_first": round(float(np.mean(cpu[:tenth])) * 1000 / batch, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "pairwise_f1": round(pairwise_f1(labels, clusters), 4)}


def community(n: int, per_day: int, threshold: float) -> dict:
    from sentence_transformers import util  # noqa: PLC0415 - torch is slow to import
    import torch  # noqa: PLC0415

    make, labels, languages, _ = synthetic(n, per_day)
    vectors = make(0, n)
    centres = {lang: vectors[languages == lang].mean(axis=0) for lang in ("en", "hi")}
    units = matching.centred(vectors, list(languages), centres)
    start = time.perf_counter()
    groups = util.community_detection(torch.from_numpy(units), threshold=threshold, min_community_size=1)
    seconds = time.perf_counter() - start
    found = np.full(n, -1)
    for g, members in enumerate(groups):
        found[members] = g
    return {"seconds": round(seconds, 1), "pairwise_f1": round(pairwise_f1(labels, found), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--per-day", type=int, default=1000, help="claims a day (default 1000)")
    parser.add_argument("--community-size", type=int, default=100000)
    parser.add_argument("--no-community", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = Settings()
    result = {"batch": args.batch, "per_day": args.per_day, "window_days": settings.match_window_days, "sizes": []}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            result["sizes"].append(run(n, args.batch, args.per_day, settings, Path(tmp)))
            if not args.json:
                print(result["sizes"][-1], flush=True)
    if not args.no_community:
        result[f"community_detection_{args.community_size // 1000}k"] = community(
            args.community_size, args.per_day, settings.match_threshold)
    print(json.dumps(result) if args.json else json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
