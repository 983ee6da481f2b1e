"""Server-side time of each dashboard page's queries on a synthetic database.

    python bench/dashboard.py [--claims 100000] [--repeat 20] [--json] [--keep FILE]

Builds a DuckDB file of N synthetic claims (bulk inserts: ~3 claims per article, 40 outlets,
500 speakers with names in both scripts, clusters of 1-8 claims published within days of each
other, vectors, a few thousand flags, each set hours to days after its claim arrived),
refreshes the precomputed tables as an ingest does, then times the queries each page runs
(the same functions the pages call), several filter sets for the list pages. Prints a table, or
with --json: {"claims": N, "pages": {page: {"p50_ms", "p95_ms"}}}. Target: p95 <= 100 ms at 1M.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import browse, cluster_stats, queries  # noqa: E402
from store.db import connect, transaction  # noqa: E402

DIM = 384
OUTLETS, SPEAKERS = 40, 500


def build(path: Path, n: int, rng: np.random.Generator) -> None:
    articles = max(1, n // 3)
    start = date(2023, 1, 1)
    days = max(30, n // 200)
    # articles in order of publication, so the consecutive claims of one cluster appear within days
    # of each other, as news does; each stored a few hours after it was published
    published = [start + timedelta(days=int(d)) for d in np.sort(rng.integers(0, days, articles))]
    art = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(articles)], "source_file": "synthetic",
        "outlet_id": [f"outlet-{i % OUTLETS}" for i in range(articles)],
        "outlet": [f"Outlet {i % OUTLETS}" for i in range(articles)], "title": "A synthetic article",
        "url": "https://example.org/a", "published": published,
        "language": ["hi" if i % 2 else "en" for i in range(articles)], "body": "x" * 400,
        "ingested_at": [pd.Timestamp(d) + pd.Timedelta(hours=6) for d in published]})
    words = np.array(["talks", "summit", "weapons", "rocket", "sanctions", "train", "visit", "deal", "leader",
                      "satellite", "border", "treaty", "minister", "election", "budget", "inflation"])
    picks = rng.integers(0, len(words), (n, 8))
    sizes = rng.integers(1, 9, n)  # cluster sizes
    cluster_of = np.repeat(np.arange(1, n + 1), sizes)[:n]
    sent = pd.DataFrame({
        "article_id": [f"a{i % articles}" for i in range(n)], "sentence_index": [i // articles for i in range(n)],
        "start_offset": 0, "end_offset": 100,
        "text": [f"Claim {i}: the " + " ".join(words[p]) + "." for i, p in enumerate(picks)],
        "is_claim": True, "checkworthiness": rng.random(n).round(3), "claim_id": [f"c{i:011d}" for i in range(n)],
        "speaker_id": [f"speaker-{s}" if s < SPEAKERS else None for s in rng.integers(0, SPEAKERS * 2, n)],
        "speaker_ref": None,
        "source_ids": [[f"outlet-{s}"] if s < 10 else [] for s in rng.integers(0, 40, n)],
        "chain_ids": [[] for _ in range(n)],
        "kind": rng.choice(["direct_quote", "indirect_quote", "reported", "framing"], n), "content": "x"})
    vectors = rng.normal(size=(n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    entities = pd.DataFrame({
        "id": [f"speaker-{i}" for i in range(SPEAKERS)] + [f"outlet-{i}" for i in range(OUTLETS)],
        "kind": ["person"] * SPEAKERS + ["outlet"] * OUTLETS,
        "name_en": [f"Person {i}" for i in range(SPEAKERS)] + [f"Outlet {i}" for i in range(OUTLETS)],
        "name_hi": [f"\u0935\u094d\u092f\u0915\u094d\u0924\u093f {i}" for i in range(SPEAKERS)] + [None] * OUTLETS})
    flagged = rng.choice(n, min(n, 3000), replace=False)
    flag_df = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(len(flagged))],
        "target_type": ["claim" if i % 2 else "cluster" for i in range(len(flagged))],
        "target_id": [f"c{c:011d}" if i % 2 else str(int(cluster_of[c])) for i, c in enumerate(flagged)],
        "status": rng.choice(["flagged", "in_review", "verified_true", "verified_false", "misleading"], len(flagged)),
        "note": "checked", "actor": rng.choice(["asha", "ravi", "ed"], len(flagged)),
        # a flag comes after its claim arrived: hours to a few days later
        "created_at": [art["ingested_at"].iloc[c % articles] + pd.Timedelta(seconds=int(d) + i)
                       for i, (c, d) in enumerate(zip(flagged, rng.exponential(86400, len(flagged))))]})
    with connect(path) as con, transaction(con):
        for name, frame in (("articles", art), ("sentences", sent), ("entities", entities), ("flag_events", flag_df)):
            con.register("frame", frame)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM frame")  # columns not given: NULL
            con.unregister("frame")
        con.register("vec", pd.DataFrame({"claim_id": sent["claim_id"], "vector": list(vectors)}))
        con.execute(f"INSERT INTO claim_vectors SELECT claim_id, vector::FLOAT[{DIM}] FROM vec")
        con.register("cc", pd.DataFrame({"claim_id": sent["claim_id"], "cluster_id": cluster_of}))
        con.execute("INSERT INTO claim_clusters SELECT * FROM cc")
        con.execute("INSERT INTO clusters SELECT DISTINCT cluster_id, now() FROM cc")
        cluster_stats.refresh(con)


def page_queries(con, rng) -> dict:
    """Each page's queries, as the page runs them (filters vary per call)."""
    from views import cluster as cluster_view, overview, review, speakers as speakers_view
    from views.common import names

    clusters = [r[0] for r in con.execute("SELECT cluster_id FROM cluster_stats USING SAMPLE 50 ROWS").fetchall()]
    filter_sets = [browse.Filters(), browse.Filters(speakers=["speaker-7"]), browse.Filters(outlets=["outlet-3"]),
                   browse.Filters(recurring=True, single_sourced=True), browse.Filters(statuses=["in_review"]),
                   browse.Filters(search="rocket treaty"), browse.Filters(languages=["hi"], kinds=["reported"])]

    def filters_bar():
        browse.speaker_ids(con)
        names(con)
        browse.choices(con)

    def overview_page():
        filters_bar()
        overview.data(con, filter_sets[rng.integers(len(filter_sets))])

    def claims_page():
        filters_bar()
        browse.cluster_page(con, filter_sets[rng.integers(len(filter_sets))], sort="most outlets",
                            page=int(rng.integers(0, 20)))

    def cluster_page():
        cluster_view.detail(con, int(clusters[rng.integers(len(clusters))]))

    def speakers_page():
        speakers_view.data(con)
        browse.speaker_claims(con, f"speaker-{rng.integers(SPEAKERS)}")

    def review_page():
        review.data(con, ["in_review"] if rng.random() < 0.5 else [], [])

    return {"overview": overview_page, "claims": claims_page, "cluster": cluster_page,
            "speakers": speakers_page, "review": review_page}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the database at this path, or reuse the one there, upgraded to this schema "
                             "(its size, not --claims, counts)")
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    result = {"claims": args.claims, "pages": {}}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        if not path.exists():
            build(path, args.claims, rng)
        else:
            with connect(path):  # a kept file of an older schema is upgraded first
                pass
        built = time.perf_counter() - started
        with connect(path, read_only=True) as con:
            result["claims"] = con.execute("SELECT count(*) FROM claim_clusters").fetchall()[0][0]
            for page, run in page_queries(con, rng).items():
                run()  # warm
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    run()
                    times.append((time.perf_counter() - t) * 1000)
                result["pages"][page] = {"p50_ms": round(float(np.percentile(times, 50)), 1),
                                         "p95_ms": round(float(np.percentile(times, 95)), 1)}
            result["clusters"] = queries.stats(con)["clusters"] if args.claims <= 20000 else \
                con.execute("SELECT count(*) FROM cluster_stats").fetchall()[0][0]
    if args.json:
        print(json.dumps(result))
        return
    print(f"{args.claims} claims, {result['clusters']} clusters (built in {built:.1f} s)")
    print(f"{'page':<10} {'p50 ms':>8} {'p95 ms':>8}")
    for page, t in result["pages"].items():
        print(f"{page:<10} {t['p50_ms']:>8} {t['p95_ms']:>8}")


if __name__ == "__main__":
    main()
