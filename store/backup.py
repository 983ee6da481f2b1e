"""Backup and restore: the whole database in one file, and back.

A backup is a zip holding ``manifest.json`` (format, schema version, every table's columns
and row count, every sequence's next value) and one Parquet file per table: articles,
sentences, entities, vectors, clusters, memberships, flag history, meta, the migrations
table and whatever later migrations add. Parquet keeps every type exactly (vectors as
32-bit floats, timestamps to the microsecond), so a restore gives identical tables.

The backup is read on one read-only connection under the shared lock every reader takes
(see store/db.py), so no writer can change the file half-way through. A restore builds a new file next to the target, creates the schema the backup was
made with (by running the migrations up to its version), loads the rows, sets the sequences,
runs any newer migrations, and only then moves the new file into place: an interrupted
restore leaves the old database as it was.
"""
from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from store import db as dbmod
from store.db import SchemaTooNew, StoreError, connect, schema_version, transaction

FORMAT = "claims-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class NotEmpty(StoreError):
    """The restore target already holds data."""


@dataclass
class Summary:
    schema_version: int
    rows: dict[str, int]

    def line(self) -> str:
        r = self.rows
        return (f"{r.get('articles', 0)} articles, {r.get('sentences', 0)} sentences, "
                f"{r.get('clusters', 0)} clusters, {r.get('flag_events', 0)} flag changes, "
                f"{len(r)} tables (schema {self.schema_version})")


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT temporary ORDER BY table_name").fetchall()]


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[list[str]]:
    return [[r[0], r[1]] for r in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ? ORDER BY column_index", [table]).fetchall()]


def _next_values(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """The value each sequence's next ``nextval`` will return."""
    out = {}
    for name, start, last, step in con.execute(
            "SELECT sequence_name, start_value, last_value, increment_by FROM duckdb_sequences() "
            "WHERE database_name = current_database() AND schema_name = 'main'").fetchall():
        out[name] = int(start) if last is None else max(int(start), int(last) + int(step))
    return out


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def is_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """No rows anywhere but in the migrations table."""
    for table in _tables(con):
        if table != "schema_migrations" and con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchall()[0][0]:
            return False
    return True


def backup(db_path: str | Path, out: str | Path, *, timeout: float = dbmod.LOCK_TIMEOUT) -> Summary:
    """Write the whole database to ``out`` (replaced atomically); the database is not changed,
    not even migrated, so a backup taken before an upgrade restores to the old schema's data."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.exists():
        raise StoreError(f"{db_path}: no database here")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="claims-backup-") as tmp:
        with connect(db_path, read_only=True, any_schema=True, timeout=timeout) as con:
            version = schema_version(con)
            if version > dbmod.SCHEMA_VERSION:
                raise SchemaTooNew(f"{db_path}: database schema {version} is newer than this program's "
                                   f"({dbmod.SCHEMA_VERSION}); upgrade")
            manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": version,
                        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        "duckdb": duckdb.__version__, "tables": {}, "sequences": _next_values(con)}
            for table in _tables(con):
                con.execute(f"COPY {_quote(table)} TO '{Path(tmp, table + '.parquet')}' "
                            "(FORMAT parquet, COMPRESSION zstd)")
                rows = con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchall()[0][0]
                manifest["tables"][table] = {"rows": rows, "columns": _columns(con, table)}
        partial = out.with_name(f".{out.name}.partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
            for table in manifest["tables"]:
                zf.write(Path(tmp, table + ".parquet"), f"tables/{table}.parquet")
        os.replace(partial, out)
    return Summary(version, {t: v["rows"] for t, v in manifest["tables"].items()})


def read_manifest(zf: zipfile.ZipFile, path: Path) -> dict:
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except (KeyError, ValueError) as exc:
        raise StoreError(f"{path}: not a claims backup ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise StoreError(f"{path}: not a claims backup")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise StoreError(f"{path}: backup format {manifest['format_version']} is newer than this program's; upgrade")
    if manifest["schema_version"] > dbmod.SCHEMA_VERSION:
        raise SchemaTooNew(f"{path}: backup schema {manifest['schema_version']} is newer than this program's "
                           f"({dbmod.SCHEMA_VERSION}); upgrade")
    return manifest


def _create_schema(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """The schema as it was at ``version``: the migrations up to it, as ``migrate`` runs them."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    for v in range(1, version + 1):
        with transaction(con):
            dbmod.MIGRATIONS[v - 1](con)
            con.execute("INSERT INTO schema_migrations VALUES (?, now())", [v])


def restore(backup_path: str | Path, db_path: str | Path, *, force: bool = False,
            timeout: float = dbmod.LOCK_TIMEOUT) -> Summary:
    """Load a backup into ``db_path``. A database that holds anything is refused unless
    ``force``; then it is replaced whole. An older backup is migrated to this program's schema."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    try:
        zf = zipfile.ZipFile(backup_path)
    except FileNotFoundError:
        raise StoreError(f"{backup_path}: no such file") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise StoreError(f"{backup_path}: not a claims backup ({exc})") from None
    with zf, tempfile.TemporaryDirectory(prefix="claims-restore-") as tmp:
        manifest = read_manifest(zf, backup_path)
        if db_path.exists():
            with connect(db_path, timeout=timeout) as con:  # waits for a writer to finish; replays its WAL
                if not is_empty(con) and not force:
                    raise NotEmpty(f"{db_path}: the database already holds data; restore into a new file, "
                                   "or add --force to replace it")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restoring", dir=db_path.parent)
        os.close(fd)
        os.unlink(name)  # DuckDB creates the file itself
        partial = Path(name)
        try:
            con = duckdb.connect(str(partial))
            try:
                _create_schema(con, manifest["schema_version"])
                _load(con, zf, manifest, Path(tmp), backup_path)
                dbmod.migrate(con)
                rows = {t: con.execute(f"SELECT count(*) FROM {_quote(t)}").fetchall()[0][0] for t in _tables(con)}
                con.execute("CHECKPOINT")
            finally:
                con.close()
            Path(str(db_path) + ".wal").unlink(missing_ok=True)
            os.replace(partial, db_path)
        finally:
            partial.unlink(missing_ok=True)
            Path(str(partial) + ".wal").unlink(missing_ok=True)
    return Summary(dbmod.SCHEMA_VERSION, rows)


def _load(con: duckdb.DuckDBPyConnection, zf: zipfile.ZipFile, manifest: dict, tmp: Path, path: Path) -> None:
    created = set(_tables(con))
    with transaction(con):
        con.execute("DELETE FROM schema_migrations")  # the backup's own record replaces the one just made
        for table, info in manifest["tables"].items():
            if table not in created:
                raise StoreError(f"{path}: table '{table}' is not part of schema {manifest['schema_version']}")
            columns = [c for c, _ in info["columns"]]
            if columns != [c for c, _ in _columns(con, table)]:
                raise StoreError(f"{path}: table '{table}' has columns {columns}, "
                                 f"not those of schema {manifest['schema_version']}")
            try:
                parquet = zf.extract(f"tables/{table}.parquet", tmp)
            except KeyError:
                raise StoreError(f"{path}: table '{table}' is missing from the backup") from None
            names = ", ".join(_quote(c) for c in columns)
            con.execute(f"INSERT INTO {_quote(table)} ({names}) SELECT {names} FROM read_parquet(?)", [parquet])
            loaded = con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchall()[0][0]
            if loaded != info["rows"]:
                raise StoreError(f"{path}: table '{table}' has {loaded} rows, the manifest says {info['rows']}")
        current = _next_values(con)
        for name, wanted in manifest["sequences"].items():
            if name not in current:
                raise StoreError(f"{path}: sequence '{name}' is not part of schema {manifest['schema_version']}")
            steps = wanted - current[name]
            if steps > 0:
                con.execute(f"SELECT max(nextval('{name}')) FROM range(?)", [steps])
