"""Opening the DuckDB file: short-lived connections, retry while another process holds
it, and numbered schema migrations recorded in ``schema_migrations``.

DuckDB lets one process write a file at a time (any other open fails with "Could not set
lock"). Every caller here opens, does its work in one transaction, and closes; a caller
that finds the file busy waits with backoff up to ``lock_timeout`` seconds, then raises
``DatabaseBusy`` so the dashboard can say "updating" instead of failing.
"""
from __future__ import annotations

import os
import random
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import duckdb

from store import cluster_stats

try:
    import fcntl
except ImportError:  # not on Windows; DuckDB's own file lock is then all there is
    fcntl = None

VECTOR_DIM = 384
LOCK_TIMEOUT = 30.0  # seconds; callers pass the user's setting


class StoreError(RuntimeError):
    """A problem with the database that the user can act on."""


def required_name(who: str | None, error: type[StoreError] = StoreError) -> str:
    """The name of whoever makes a change (a flag, a correction): every change says who made it."""
    name = (who or "").strip()
    if not name:
        raise error("a change needs the name of who made it")
    return name


class DatabaseBusy(StoreError):
    """Another process kept the database locked for longer than we waited."""


class SchemaTooNew(StoreError):
    """The file was written by a newer version of this program."""


def _m1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("""
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, source_file VARCHAR, outlet_id VARCHAR, outlet VARCHAR,
            title VARCHAR, url VARCHAR, published DATE, language VARCHAR, body VARCHAR,
            ingested_at TIMESTAMP)""")
    con.execute("""
        CREATE TABLE sentences (
            article_id VARCHAR, sentence_index INTEGER, start_offset INTEGER, end_offset INTEGER,
            text VARCHAR, is_claim BOOLEAN, checkworthiness DOUBLE, claim_id VARCHAR,
            speaker_id VARCHAR, speaker_ref VARCHAR, source_ids VARCHAR[], chain_ids VARCHAR[],
            origin_id VARCHAR, kind VARCHAR, content VARCHAR,
            PRIMARY KEY (article_id, sentence_index))""")
    con.execute("CREATE TABLE entities (id VARCHAR PRIMARY KEY, kind VARCHAR, name_en VARCHAR, name_hi VARCHAR)")
    con.execute(f"CREATE TABLE claim_vectors (claim_id VARCHAR PRIMARY KEY, vector FLOAT[{VECTOR_DIM}])")
    con.execute("CREATE SEQUENCE cluster_ids START 1")
    con.execute("CREATE TABLE clusters (cluster_id BIGINT PRIMARY KEY, created_at TIMESTAMP)")
    con.execute("CREATE TABLE claim_clusters (claim_id VARCHAR PRIMARY KEY, cluster_id BIGINT)")
    con.execute("""
        CREATE TABLE flag_events (
            event_id VARCHAR PRIMARY KEY, target_type VARCHAR, target_id VARCHAR, status VARCHAR,
            note VARCHAR, actor VARCHAR, created_at TIMESTAMP)""")


def _m2(con: duckdb.DuckDBPyConnection) -> None:
    """Human corrections, syndicated copies, merged clusters."""
    con.execute("""
        CREATE TABLE cluster_decisions (
            decision_id VARCHAR PRIMARY KEY, action VARCHAR, kind VARCHAR, claim_a VARCHAR, claim_b VARCHAR,
            actor VARCHAR, note VARCHAR, created_at TIMESTAMP)""")
    con.execute("""
        CREATE TABLE cluster_moves (
            decision_id VARCHAR, claim_id VARCHAR, from_cluster BIGINT, to_cluster BIGINT, created_at TIMESTAMP)""")
    con.execute("CREATE TABLE cluster_merges (cluster_id BIGINT PRIMARY KEY, merged_into BIGINT)")
    con.execute("CREATE TABLE article_shingles (article_id VARCHAR, shingle BIGINT)")
    con.execute("CREATE TABLE syndication (article_id VARCHAR PRIMARY KEY, original_id VARCHAR, overlap DOUBLE)")
    con.execute("CREATE TABLE language_centres (language VARCHAR PRIMARY KEY, vector FLOAT[])")
    # a sentence's origin depends on syndication, so it is computed by the queries, not stored
    con.execute("ALTER TABLE sentences DROP COLUMN origin_id")


def _m3(con: duckdb.DuckDBPyConnection) -> None:
    """Running sums of claim vectors per language, so clustering need not read them all."""
    con.execute("CREATE TABLE language_sums (language VARCHAR PRIMARY KEY, n BIGINT, total DOUBLE[])")
    sums: dict[str, list] = {}
    for language, vector in con.execute(
            "SELECT a.language, cv.vector FROM claim_vectors cv JOIN sentences s USING (claim_id) "
            "JOIN articles a USING (article_id)").fetchall():
        n, total = sums.get(language, (0, [0.0] * len(vector)))
        sums[language] = (n + 1, [t + v for t, v in zip(total, vector)])
    if sums:
        con.executemany("INSERT INTO language_sums VALUES (?, ?, ?)", [[k, n, t] for k, (n, t) in sums.items()])


def _m4(con: duckdb.DuckDBPyConnection) -> None:
    """Followed feeds and the items fetched from them (store/feeds.py)."""
    con.execute("""
        CREATE TABLE feeds (
            feed_url VARCHAR PRIMARY KEY, title VARCHAR, first_polled TIMESTAMP, last_attempt TIMESTAMP,
            last_success TIMESTAMP, last_error VARCHAR, failures INTEGER, next_attempt TIMESTAMP)""")
    con.execute("""
        CREATE TABLE feed_items (
            feed_url VARCHAR, item_key VARCHAR, url VARCHAR, title VARCHAR, first_seen TIMESTAMP,
            last_attempt TIMESTAMP, status VARCHAR, article_id VARCHAR, error VARCHAR, attempts INTEGER,
            next_attempt TIMESTAMP, PRIMARY KEY (feed_url, item_key))""")


def _m5(con: duckdb.DuckDBPyConnection) -> None:
    """Speakers corrected by people (every later ingest honours them), and the per-cluster
    figures the dashboard reads (store/cluster_stats.py; filled by the last migration below)."""
    con.execute("""
        CREATE TABLE speaker_decisions (
            decision_id VARCHAR PRIMARY KEY, found_speaker_id VARCHAR, claim_id VARCHAR, speaker_id VARCHAR,
            actor VARCHAR, note VARCHAR, created_at TIMESTAMP)""")
    cluster_stats.create(con)


def _m6(con: duckdb.DuckDBPyConnection) -> None:
    """Claims and articles per day and outlet (store/cluster_stats.py)."""
    cluster_stats.create(con)


def _m7(con: duckdb.DuckDBPyConnection) -> None:
    """When each cluster's newest member arrived, so the claims that came back after a check are
    looked for in the clusters that had any arrival since."""
    con.execute("ALTER TABLE cluster_stats ADD COLUMN IF NOT EXISTS last_arrived TIMESTAMP")


def _m8(con: duckdb.DuckDBPyConnection) -> None:
    """Each cluster's articles with their language, so filters on outlets, languages and dates
    read that table alone."""
    con.execute("ALTER TABLE cluster_days ADD COLUMN IF NOT EXISTS language VARCHAR")


def _m9(con: duckdb.DuckDBPyConnection) -> None:
    """One row per claim with its cluster and its article's outlet, language and dates, each
    cluster's headline vector, and a number per article (store/cluster_stats.py); then every
    precomputed table is filled from what is there. The earlier migrations that add such tables
    or columns leave the filling to this one, which runs the refresh of this program."""
    cluster_stats.create_claim_tables(con)
    if con.execute("SELECT EXISTS (FROM articles) OR EXISTS (FROM flag_events)").fetchall()[0][0]:
        cluster_stats.refresh(con)  # (a new database has nothing to fill them from)


def _m10(con: duckdb.DuckDBPyConnection) -> None:
    """The states and cities a claim refers to without naming them ("राज्य में", "here"), which
    its place is compared by; claims stored before have none."""
    con.execute("ALTER TABLE sentences ADD COLUMN IF NOT EXISTS referred_places VARCHAR[]")


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [_m1, _m2, _m3, _m4, _m5, _m6, _m7, _m8, _m9, _m10]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'").fetchall()
    if not exists[0][0]:
        return 0
    return int(con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0])


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the file has not had yet, each in its own transaction."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(f"database schema {current} is newer than this program's ({SCHEMA_VERSION}); upgrade")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        con.begin()
        try:
            MIGRATIONS[version - 1](con)
            con.execute("INSERT INTO schema_migrations VALUES (?, now())", [version])
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise StoreError(f"upgrading the database to schema {version} failed, nothing changed: "
                             f"{str(exc).splitlines()[0]}") from exc
    return SCHEMA_VERSION


@contextmanager
def file_lock(path: str, *, shared: bool, wait: float) -> Iterator[None]:
    """An OS lock on ``path + ".lock"``, held from before the database is opened until after it
    is closed: exclusive for writers, shared for readers.

    DuckDB's own lock on the database file leaves a window around opening and around the
    checkpoint on close in which a second process can read a file that is being rewritten;
    under load that showed as short reads and, worse, committed rows missing afterwards.
    Holding this lock across the whole open-use-close closes that window."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if shared:  # a read-only place: nobody can write there through us either
            yield
            return
        raise StoreError(f"{path}: cannot create the lock file beside it: {exc.strerror}") from None
    try:
        deadline = time.monotonic() + wait
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(f"{path}: another process is writing to the database; "
                                       "try again shortly") from None
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.05)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def connect(path: str | Path, *, read_only: bool = False, timeout: float = LOCK_TIMEOUT,
            any_schema: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that is closed on exit. Writers get the schema migrated first; readers
    need the current schema unless ``any_schema`` (a backup reads whatever is there)."""
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no database here yet (run 'python -m claims ingest')")
    wait = float(timeout)
    with file_lock(path, shared=read_only, wait=wait):
        con = _open(path, read_only, wait)
        try:
            if read_only:
                if schema_version(con) < SCHEMA_VERSION and not any_schema:
                    raise StoreError(f"{path}: database needs an upgrade; open it once for writing "
                                     "(any 'python -m claims' command does)")
            else:
                migrate(con)
            yield con
        finally:
            con.close()


# how much the write-ahead log holds before DuckDB folds it into the file: at DuckDB's 16 MB an
# ingest of 1,000 claims a batch rewrote the file every four batches or so; at 64 MB a quarter as
# often (bench/cluster.py at 1M claims, one quiet machine: 620 s at 16 MB, 578 s and 626 s at 64 MB;
# peak memory the same within 1%)
CHECKPOINT_THRESHOLD = "64MB"


def _open(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            if not read_only:
                con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            return con
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise StoreError(f"{path}: cannot open database: {message.splitlines()[0]}") from None
            if time.monotonic() >= deadline:
                raise DatabaseBusy(f"{path}: another process is writing to the database; try again shortly") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open database: {str(exc).splitlines()[0]}") from None
        time.sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, 0.05)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: commit on success, roll back on any exception."""
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()
