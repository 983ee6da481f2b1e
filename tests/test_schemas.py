"""Databases made by earlier schemas open, migrate and lose nothing (fixtures in
tests/fixtures/schemas, made by the code of their time)."""
from __future__ import annotations

import json

import duckdb
import pytest

from app.cli import main
from store import corrections, flags
from store import cluster as cluster_store
from store.db import SCHEMA_VERSION, connect, schema_version

from conftest import ROOT, SAMPLES

FIXTURES = ROOT / "tests" / "fixtures" / "schemas"


def restore_fixture(name: str, path) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute(f"IMPORT DATABASE '{FIXTURES / name}'")
    finally:
        con.close()


def snapshot(path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "version": schema_version(con),
            "articles": con.execute("SELECT article_id, body FROM articles ORDER BY 1").fetchall(),
            "sentences": con.execute("SELECT article_id, sentence_index, text, claim_id, speaker_id FROM sentences "
                                     "ORDER BY 1, 2").fetchall(),
            "flags": con.execute("SELECT * FROM flag_events ORDER BY event_id").fetchall(),
            "clusters": con.execute("SELECT claim_id, cluster_id FROM claim_clusters ORDER BY 1").fetchall(),
        }
    finally:
        con.close()


@pytest.mark.parametrize("name", ["schema1", "schema3"])
def test_an_older_database_migrates_without_loss(name, tmp_path):
    db = tmp_path / "old.duckdb"
    restore_fixture(name, db)
    before = snapshot(db)
    assert before["version"] < SCHEMA_VERSION or name == f"schema{SCHEMA_VERSION}"
    assert before["flags"]
    with connect(db) as con:  # opening for writing migrates
        assert schema_version(con) == SCHEMA_VERSION
        decisions = con.execute("SELECT count(*) FROM cluster_decisions").fetchall()[0][0]
    after = snapshot(db)
    for key in ("articles", "sentences", "flags", "clusters"):
        assert after[key] == before[key], key
    if name == "schema3":
        assert decisions > 0


@pytest.mark.parametrize("name", ["schema1", "schema3"])
def test_a_migrated_database_keeps_working(name, tmp_path):
    db = tmp_path / "old.duckdb"
    restore_fixture(name, db)
    with connect(db) as con:  # a read-only open would refuse the old schema; this one migrates
        old_clusters = dict(con.execute("SELECT claim_id, cluster_id FROM claim_clusters").fetchall())
        must, cannot = corrections.decisions(con)
        held = cluster_store.frozen_clusters(con)
    assert main(["--db", str(db), "ingest", "--quiet", str(SAMPLES / "2023-09-14_civic-ledger_kim-invites-putin.md")]) == 0
    with connect(db, read_only=True) as con:
        now = dict(con.execute("SELECT claim_id, cluster_id FROM claim_clusters").fetchall())
        history = flags.history(con)
        assert corrections.decisions(con) == (must, cannot)
    # flagged and corrected clusters keep their members; the others may be regrouped
    kept = {c: k for c, k in old_clusters.items() if k in held}
    assert kept and {c: now[c] for c in kept} == kept
    assert set(old_clusters) <= set(now)
    assert len(now) > len(old_clusters)
    assert [e["note"] for e in history if e["note"]] == ["old note"]
    out = tmp_path / "x.jsonl"
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["flag_status"] == "flagged" for r in rows)
