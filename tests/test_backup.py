"""Backup and restore on real DuckDB files, through the command line."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import duckdb
import pytest

from app.cli import main
from store import backup as backups
from store import db as dbmod
from store import flags
from store.db import connect

from conftest import ROOT


def contents(path) -> dict[str, list]:
    """Every table's rows (sorted), every sequence's next value, and the schema version."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = backups._tables(con)
        out = {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
        out["(sequences)"] = backups._next_values(con)
        out["(columns)"] = {t: backups._columns(con, t) for t in tables}
        return out
    finally:
        con.close()


@pytest.fixture()
def flagged_db(db_copy):
    """The samples with a flag history: notes, actors, a claim and a cluster, unicode."""
    with connect(db_copy) as con:
        cluster = flags.parse_target(con, str(con.execute("SELECT min(cluster_id) FROM clusters").fetchall()[0][0]))
        claim = flags.parse_target(con, con.execute(
            "SELECT min(claim_id) FROM sentences WHERE claim_id IS NOT NULL").fetchall()[0][0])
        flags.add_flag(con, cluster, "flagged", note="दो एजेंसियां असहमत", by="asha")
        flags.add_flag(con, claim, "in_review", note=None, by="ed")
        flags.add_flag(con, cluster, "verified_false", note="'; DROP TABLE articles; --", by="ravi")
    return db_copy


def test_backup_then_restore_gives_identical_tables(flagged_db, tmp_path):
    archive = tmp_path / "backup.zip"
    done = subprocess.run([sys.executable, "-m", "claims", "--db", str(flagged_db), "backup", str(archive)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 flag changes" in done.stdout
    restored = tmp_path / "restored.duckdb"
    done = subprocess.run([sys.executable, "-m", "claims", "restore", str(archive), "--db", str(restored)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    before, after = contents(flagged_db), contents(restored)
    assert set(before) == set(after)
    for table in before:
        assert before[table] == after[table], table
    for table in ["articles", "sentences", "entities", "claim_vectors", "clusters", "claim_clusters",
                  "flag_events", "meta", "schema_migrations"]:
        assert before[table], f"{table} is empty: the test proves nothing about it"
    with connect(restored, read_only=True) as con:
        assert [e["note"] for e in flags.history(con)][0] == "दो एजेंसियां असहमत"
        assert dbmod.schema_version(con) == dbmod.SCHEMA_VERSION


def test_the_restored_database_goes_on_where_the_old_one_stopped(flagged_db, tmp_path):
    """New clusters after a restore get the numbers the original would have given them."""
    archive = tmp_path / "b.zip"
    assert main(["--db", str(flagged_db), "backup", str(archive)]) == 0
    restored = tmp_path / "r.duckdb"
    assert main(["--db", str(restored), "restore", str(archive)]) == 0
    for path in (flagged_db, restored):
        with connect(path) as con:
            assert con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0] == \
                con.execute("SELECT max(cluster_id) + 2 FROM clusters").fetchall()[0][0] - 1


def test_restore_refuses_a_database_with_data_unless_forced(flagged_db, samples_db, tmp_path, capsys):
    archive = tmp_path / "b.zip"
    assert main(["--db", str(flagged_db), "backup", str(archive)]) == 0
    target = tmp_path / "other.duckdb"
    target.write_bytes(samples_db.read_bytes())  # holds data, but not the flag history
    before = contents(target)
    capsys.readouterr()
    assert main(["--db", str(target), "restore", str(archive)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: ") and "--force" in err[0]
    assert contents(target) == before
    assert main(["--db", str(target), "restore", str(archive), "--force"]) == 0
    assert contents(target) == contents(flagged_db)
    assert not list(tmp_path.glob(".*restoring*")), "a partial file was left behind"


def test_restore_into_an_empty_database_needs_no_force(flagged_db, tmp_path):
    archive = tmp_path / "b.zip"
    assert main(["--db", str(flagged_db), "backup", str(archive)]) == 0
    empty = tmp_path / "empty.duckdb"
    with connect(empty):
        pass  # schema only, no rows
    assert main(["--db", str(empty), "restore", str(archive)]) == 0
    assert contents(empty) == contents(flagged_db)


def _add_column(con):
    con.execute("ALTER TABLE flag_events ADD COLUMN reviewed BOOLEAN DEFAULT false")


def test_a_backup_from_an_older_schema_is_migrated(flagged_db, tmp_path, monkeypatch):
    archive = tmp_path / "old.zip"
    assert main(["--db", str(flagged_db), "backup", str(archive)]) == 0
    old = dbmod.SCHEMA_VERSION
    # This program is now one migration newer than the one that wrote the backup.
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, _add_column])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", old + 1)
    restored = tmp_path / "new.duckdb"
    assert main(["--db", str(restored), "restore", str(archive)]) == 0
    before, after = contents(flagged_db), contents(restored)
    with connect(restored, read_only=True) as con:
        assert dbmod.schema_version(con) == old + 1
        assert con.execute("SELECT count(*) FROM flag_events WHERE NOT reviewed").fetchall()[0][0] == 3
    applied = dict(after["schema_migrations"])  # by version (rows are sorted as text: 10 before 2)
    assert sorted(applied) == list(range(1, old + 2))
    assert {v: applied[v] for v in range(1, old + 1)} == dict(before["schema_migrations"])  # the backup's own record
    for table in before:
        if table not in ("flag_events", "schema_migrations", "(columns)"):
            assert before[table] == after[table], table
    assert [r[:-1] for r in after["flag_events"]] == before["flag_events"]


def test_a_backup_from_a_newer_program_is_refused(flagged_db, tmp_path, monkeypatch, capsys):
    archive = tmp_path / "b.zip"
    assert main(["--db", str(flagged_db), "backup", str(archive)]) == 0
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", dbmod.SCHEMA_VERSION - 1)
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "x.duckdb"), "restore", str(archive)]) == 1
    assert "newer than this program" in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()


def test_a_backup_does_not_upgrade_the_database_it_reads(flagged_db, tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, _add_column])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", dbmod.SCHEMA_VERSION + 1)
    before = contents(flagged_db)
    assert main(["--db", str(flagged_db), "backup", str(tmp_path / "b.zip")]) == 0
    assert contents(flagged_db) == before
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert json.loads(zf.read("manifest.json"))["schema_version"] == dbmod.SCHEMA_VERSION - 1


@pytest.mark.parametrize("damage", ["not a zip", "no manifest", "missing table", "wrong row count"])
def test_a_damaged_backup_is_one_error_line_and_writes_nothing(flagged_db, tmp_path, damage, capsys):
    good = tmp_path / "good.zip"
    assert main(["--db", str(flagged_db), "backup", str(good)]) == 0
    bad = tmp_path / "bad.zip"
    if damage == "not a zip":
        bad.write_text("hello")
    else:
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            manifest = json.loads(src.read("manifest.json"))
            for item in src.namelist():
                if item == "manifest.json" or (damage == "missing table" and item == "tables/sentences.parquet"):
                    continue
                dst.writestr(item, src.read(item))
            if damage == "wrong row count":
                manifest["tables"]["articles"]["rows"] += 1
            if damage != "no manifest":
                dst.writestr("manifest.json", json.dumps(manifest))
    capsys.readouterr()
    target = tmp_path / "target.duckdb"
    assert main(["--db", str(target), "restore", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: "), err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []
