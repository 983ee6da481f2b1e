"""store/cluster_stats.py: the tables an ingest keeps up batch by batch, touching only the
clusters a batch changed, hold exactly what a full rebuild from the claim tables gives."""
from __future__ import annotations

from app.ingest import ingest
from claims.embed import Cached, get_embedder
from store import cluster_stats, corrections
from store.db import connect, transaction

from conftest import SAMPLES

TABLES = {"cluster_stats": "cluster_id", "cluster_days": "cluster_id, article_id",
          "activity_days": "published, outlet_id", "speaker_stats": "speaker_id"}


def snapshot(con) -> dict[str, list]:
    return {table: con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            for table, order in TABLES.items()}


def test_batch_by_batch_equals_a_full_rebuild(tmp_path):
    db = str(tmp_path / "batches.duckdb")
    embedder = Cached(get_embedder())
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".md", ".jsonl"})
    for path in files:  # one batch per file: clusters grow, merge and move between batches
        report = ingest([str(path)], db, embedder=embedder)
        assert not report.failed, report.problems
        with connect(db) as con:
            kept = snapshot(con)
            with transaction(con):
                cluster_stats.refresh(con)
            assert snapshot(con) == kept, path.name
    with connect(db) as con:
        assert all(kept[table] for table in TABLES)
        big, other = [r[0] for r in con.execute(
            "SELECT cluster_id FROM cluster_stats ORDER BY n_claims DESC, cluster_id LIMIT 2").fetchall()]
        corrections.merge(con, big, other, actor="ed")  # a correction rebuilds everything, as before
        kept = snapshot(con)
        with transaction(con):
            cluster_stats.refresh(con, clusters=[big, other])
        assert snapshot(con) == kept


def test_nothing_touched_changes_nothing(db_copy):
    with connect(db_copy) as con:
        kept = snapshot(con)
        with transaction(con):
            cluster_stats.refresh(con, clusters=[])
        assert snapshot(con) == kept
