"""store/db.py on real files: a new file gets every migration, readers need a file and the
current schema, a busy file waits only as long as asked, a transaction is all or nothing.
(Older schemas: test_schemas.py; many processes: test_concurrency.py; kills: test_crash.py.)"""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from store.db import SCHEMA_VERSION, DatabaseBusy, StoreError, connect, schema_version, transaction

HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_a_new_file_gets_every_migration(tmp_path):
    with connect(tmp_path / "new.duckdb") as con:
        assert schema_version(con) == SCHEMA_VERSION
        versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
        assert versions == list(range(1, SCHEMA_VERSION + 1))
    with connect(tmp_path / "new.duckdb", read_only=True) as con:  # and a reader may open it
        assert schema_version(con) == SCHEMA_VERSION


def test_a_reader_needs_a_database(tmp_path):
    with pytest.raises(StoreError, match="no database here yet"):
        with connect(tmp_path / "none.duckdb", read_only=True):
            pass
    assert not (tmp_path / "none.duckdb").exists()


def test_not_a_database_is_one_clear_error(tmp_path):
    (tmp_path / "text.duckdb").write_text("hello\n" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        with connect(tmp_path / "text.duckdb"):
            pass


def test_a_busy_file_waits_only_as_long_as_asked(tmp_path):
    db = tmp_path / "busy.duckdb"
    with connect(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(DatabaseBusy, match="another process"):
            with connect(db, timeout=0.3):
                pass
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()


def test_a_transaction_is_all_or_nothing(tmp_path):
    with connect(tmp_path / "t.duckdb") as con:
        with pytest.raises(RuntimeError):
            with transaction(con):
                con.execute("INSERT INTO meta VALUES ('a', '1')")
                raise RuntimeError("stop")
        assert con.execute("SELECT count(*) FROM meta").fetchall()[0][0] == 0
        with transaction(con):
            con.execute("INSERT INTO meta VALUES ('a', '1')")
        assert con.execute("SELECT count(*) FROM meta").fetchall()[0][0] == 1
