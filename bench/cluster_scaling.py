"""How clustering a batch scales with the size of the database.

    python bench/cluster_scaling.py [--sizes 2000 8000 32000] [--batch 100]

Builds DuckDB files holding N synthetic clustered claims (random unit vectors, spread over
N/20 days, half Hindi half English), then times the clustering of one batch of new claims
dated on the last day: with the default date window, and with no window (every claim
compared). Prints seconds per batch and the ratio against the smallest database, so
'flat' means the work follows the news cycle, not the database.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.settings import Settings  # noqa: E402
from store.cluster import ClaimForClustering, Clusterer  # noqa: E402
from store.db import connect, transaction  # noqa: E402

DIM = 384


def build(path: Path, n: int, rng: np.random.Generator) -> None:
    days = max(1, n // 20)
    vectors = rng.normal(size=(n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    start = date(2023, 1, 1)
    articles = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(n)], "source_file": "synthetic", "outlet_id": "x", "outlet": "x",
        "title": None, "url": None, "published": [start + timedelta(days=int(i * days / n)) for i in range(n)],
        "language": ["hi" if i % 2 else "en" for i in range(n)], "body": "x", "ingested_at": pd.Timestamp.now()})
    with connect(path) as con, transaction(con):
        con.register("articles_df", articles)
        con.execute("INSERT INTO articles SELECT * FROM articles_df")
        con.execute("""INSERT INTO sentences SELECT article_id, 0, 0, 1, 'x', TRUE, 0.5, 'c' || substr(article_id, 2),
                       NULL, NULL, [], [], 'reported', 'synthetic claim' FROM articles_df""")
        con.register("vec_df", pd.DataFrame({"claim_id": [f"c{i}" for i in range(n)], "vector": list(vectors)}))
        con.execute("INSERT INTO claim_vectors SELECT claim_id, vector::FLOAT[384] FROM vec_df")
        con.execute("INSERT INTO clusters SELECT nextval('cluster_ids'), now() FROM range(?)", [n])
        con.execute("INSERT INTO claim_clusters SELECT claim_id, CAST(substr(claim_id, 2) AS BIGINT) + 1 FROM vec_df")
        for lang, rows in (("en", vectors[0::2]), ("hi", vectors[1::2])):
            con.execute("INSERT INTO language_sums VALUES (?, ?, ?)", [lang, len(rows), rows.sum(0).tolist()])
    return start + timedelta(days=days)


def time_batch(path: Path, last_day: date, batch: int, window: int | None, rng) -> float:
    vectors = rng.normal(size=(batch, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    day = (last_day - date(1970, 1, 1)).days
    claims = [ClaimForClustering(f"new{i}", vectors[i], "en" if i % 2 else "hi", None, "new claim", day)
              for i in range(batch)]
    with connect(path) as con:
        con.begin()
        start = time.perf_counter()
        Clusterer(con, threshold=0.5, window=window).assign_all(claims)
        seconds = time.perf_counter() - start
        con.rollback()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    window = Settings.from_env().match_window_days
    print(f"{'claims':>8} {'window s':>9} {'ratio':>6} {'no window s':>11} {'ratio':>6}")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"s{n}.duckdb"
            last = build(path, n, rng)
            with_window = time_batch(path, last, args.batch, window, rng)
            without = time_batch(path, last, args.batch, None, rng)
            base = base or (with_window, without)
            print(f"{n:>8} {with_window:>9.2f} {with_window / base[0]:>6.2f} {without:>11.2f} {without / base[1]:>6.2f}")
    print(f"batch of {args.batch} new claims; window = {window} days; sizes grow 4x per row")


if __name__ == "__main__":
    main()
