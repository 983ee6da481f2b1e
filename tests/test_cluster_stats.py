"""store/cluster_stats.py: the tables an ingest keeps up batch by batch, touching only the
clusters a batch changed, hold exactly what a full rebuild from the claim tables gives; so do
they after corrections, speaker fixes, and the upgrade of a file or a backup from before they
existed. Article numbers may differ between two builds; each names one article."""
from __future__ import annotations

from app.ingest import ingest
from claims.embed import Cached, get_embedder
from store import backup, cluster_stats, corrections, flags
from store.db import SCHEMA_VERSION, connect, schema_version, transaction

from conftest import SAMPLES

TABLES = {"cluster_stats": "cluster_id", "cluster_days": "cluster_id, article_id",
          "activity_days": "published, outlet_id", "speaker_stats": "speaker_id",
          "claim_facts": "cluster_id, claim_id", "cluster_vectors": "cluster_id",
          "flagged_claims": "cluster_id, claim_id"}


def snapshot(con) -> dict[str, list]:
    """Every row of the tables, but the article numbers, which are checked to name one article each."""
    missing, ids, keys, pairs = con.execute("""
        SELECT count(*) FILTER (WHERE article_key IS NULL), count(DISTINCT article_id), count(DISTINCT article_key),
               count(DISTINCT (article_id, article_key)) FROM cluster_days""").fetchall()[0]
    assert missing == 0 and ids == keys == pairs
    columns = {"cluster_days": "* EXCLUDE (article_key)"}
    return {table: con.execute(f"SELECT {columns.get(table, '*')} FROM {table} ORDER BY {order}").fetchall()
            for table, order in TABLES.items()}


def rebuilt(con) -> dict[str, list]:
    """The tables as a rebuild into empty tables makes them."""
    with transaction(con):
        for table in TABLES:
            con.execute(f"DELETE FROM {table}")
        cluster_stats.refresh(con)
    return snapshot(con)


def test_batch_by_batch_equals_a_full_rebuild(tmp_path):
    db = str(tmp_path / "batches.duckdb")
    embedder = Cached(get_embedder())
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".md", ".jsonl"})
    for path in files:  # one batch per file: clusters grow, merge and move between batches
        report = ingest([str(path)], db, embedder=embedder)
        assert not report.failed, report.problems
        with connect(db) as con:
            for (claim,) in con.execute("SELECT claim_id FROM claim_clusters ORDER BY claim_id LIMIT 2").fetchall():
                flags.add_flag(con, flags.Target("claim", claim), "flagged", by="ed")  # flagged claims move on too
            kept = snapshot(con)
            with transaction(con):
                cluster_stats.refresh(con)
            assert snapshot(con) == kept, path.name
    with connect(db) as con:
        assert all(kept[table] for table in TABLES)
        big, other = [r[0] for r in con.execute(
            "SELECT cluster_id FROM cluster_stats ORDER BY n_claims DESC, cluster_id LIMIT 2").fetchall()]
        corrections.merge(con, big, other, actor="ed")  # a correction refreshes the clusters it changed
        kept = snapshot(con)
        assert rebuilt(con) == kept


def test_nothing_touched_changes_nothing(db_copy):
    with connect(db_copy) as con:
        kept = snapshot(con)
        with transaction(con):
            cluster_stats.refresh(con, clusters=[])
        assert snapshot(con) == kept


def test_corrections_and_speaker_fixes_leave_what_a_rebuild_gives(db_copy):
    with connect(db_copy) as con:
        big, other, third = [r[0] for r in con.execute(
            "SELECT cluster_id FROM cluster_stats ORDER BY n_claims DESC, cluster_id LIMIT 3").fetchall()]
        speaker, other_speaker = [r[0] for r in con.execute(
            "SELECT speaker_id FROM speaker_stats ORDER BY claims DESC, speaker_id LIMIT 2").fetchall()]
        steps = [lambda: flags.add_flag(con, flags.Target("claim", members(con, other)[0]), "flagged", by="ed"),
                 lambda: flags.add_flag(con, flags.Target("claim", members(con, third)[0]), "misleading", by="ed"),
                 lambda: flags.add_flag(con, flags.Target("cluster", str(big)), "in_review", by="ed"),
                 lambda: corrections.merge(con, big, other, actor="ed"),
                 lambda: corrections.split(con, big, [members(con, big)[0]], actor="ed"),
                 lambda: corrections.move(con, members(con, big)[-1], third, actor="ed"),
                 lambda: corrections.not_same(con, *members(con, third)[:2], actor="ed"),
                 lambda: corrections.set_speaker(con, other_speaker, claim=members(con, third)[0], actor="ed"),
                 lambda: corrections.set_speaker(con, speaker, found=other_speaker, actor="ed")]
        for step in steps:
            step()
            kept = snapshot(con)
            assert rebuilt(con) == kept
        assert con.execute("SELECT claim_id, speaker_id FROM claim_facts ORDER BY 1").fetchall() == con.execute(
            "SELECT claim_id, speaker_id FROM sentences WHERE is_claim ORDER BY 1").fetchall()
        assert len(snapshot(con)["flagged_claims"]) == 2


def members(con, cluster: int) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT claim_id FROM claim_clusters WHERE cluster_id = ? ORDER BY claim_id", [cluster]).fetchall()]


def test_each_cluster_keeps_the_vector_of_its_headline_claim(db_copy):
    with connect(db_copy) as con:
        expected = con.execute("""SELECT cs.cluster_id, cs.example_claim, cv.vector FROM cluster_stats cs
                                  JOIN claim_vectors cv ON cv.claim_id = cs.example_claim ORDER BY 1""").fetchall()
        assert expected and snapshot(con)["cluster_vectors"] == expected
        facts = con.execute("SELECT claim_id, cluster_id FROM claim_facts ORDER BY 1").fetchall()
        assert facts == con.execute("SELECT claim_id, cluster_id FROM claim_clusters ORDER BY 1").fetchall()


def as_schema_8(con) -> None:
    """The file as schema 8 stored it: no claim table, headline vectors, article numbers, weeks or
    months, nor the places claims refer to (schema 10)."""
    for table in ("claim_facts", "cluster_vectors", "article_keys", "flagged_claims"):
        con.execute(f"DROP TABLE {table}")
    for table, column in (("cluster_days", "article_key"), ("cluster_days", "week"), ("cluster_days", "month"),
                          ("activity_days", "week"), ("activity_days", "month"),
                          ("sentences", "referred_places")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations WHERE version >= 9")


def test_a_file_from_before_the_claim_table_gets_it_filled(db_copy):
    with connect(db_copy) as con:
        kept = snapshot(con)
        as_schema_8(con)
    with connect(db_copy) as con:
        assert schema_version(con) == SCHEMA_VERSION
        assert snapshot(con) == kept


def test_a_backup_from_before_the_claim_table_restores_and_gets_it_filled(db_copy, tmp_path):
    with connect(db_copy) as con:
        kept = snapshot(con)
        as_schema_8(con)
    archive, restored = tmp_path / "old.zip", tmp_path / "restored.duckdb"
    assert backup.backup(db_copy, archive).schema_version == 8
    backup.restore(archive, restored)
    with connect(restored, read_only=True) as con:
        assert snapshot(con) == kept
