"""Followed feeds and the items fetched from them: which are new, which failed and when to try
again (the wait doubles after each failure, up to a limit), and each feed's status.

Times are given by the caller (``now``), so a test can step through days of retries."""
from __future__ import annotations

from datetime import datetime, timedelta

import duckdb


def backoff(failures: int, *, first: float, longest: float) -> timedelta:
    """The wait after ``failures`` failures in a row: ``first`` seconds, doubled after each
    further failure, at most ``longest``."""
    return timedelta(seconds=min(first * 2 ** max(failures - 1, 0), longest))


def due(con: duckdb.DuckDBPyConnection, feed_url: str, now: datetime) -> datetime | None:
    """``None`` when the feed may be polled now; else when it may be tried again."""
    rows = con.execute("SELECT next_attempt FROM feeds WHERE feed_url = ?", [feed_url]).fetchall()
    if rows and rows[0][0] is not None and rows[0][0] > now:
        return rows[0][0]
    return None


def record_feed(con: duckdb.DuckDBPyConnection, feed_url: str, now: datetime, *, title: str | None = None,
                error: str | None = None, first: float = 300.0, longest: float = 21600.0) -> None:
    """One poll of a feed: a success (its title) or a failure (the reason; the next try waits)."""
    con.execute("INSERT OR IGNORE INTO feeds (feed_url, first_polled, failures) VALUES (?, ?, 0)", [feed_url, now])
    if error is None:
        con.execute("""UPDATE feeds SET title = coalesce(?, title), last_attempt = ?, last_success = ?,
                       last_error = NULL, failures = 0, next_attempt = NULL WHERE feed_url = ?""",
                    [title, now, now, feed_url])
        return
    failures = con.execute("SELECT failures FROM feeds WHERE feed_url = ?", [feed_url]).fetchall()[0][0] + 1
    con.execute("""UPDATE feeds SET last_attempt = ?, last_error = ?, failures = ?, next_attempt = ?
                   WHERE feed_url = ?""",
                [now, error, failures, now + backoff(failures, first=first, longest=longest), feed_url])


def items_to_skip(con: duckdb.DuckDBPyConnection, feed_url: str, now: datetime, *, attempts: int) -> set[str]:
    """Keys of the feed's items not to fetch now: stored, given up after ``attempts`` tries, or
    failed and still waiting for their next try."""
    rows = con.execute("""SELECT item_key FROM feed_items WHERE feed_url = ?
                          AND (status = 'stored' OR attempts >= ? OR next_attempt > ?)""",
                       [feed_url, attempts, now]).fetchall()
    return {r[0] for r in rows}


def record_item(con: duckdb.DuckDBPyConnection, feed_url: str, item_key: str, now: datetime, *, url: str | None,
                title: str | None = None, article_id: str | None = None, error: str | None = None,
                first: float = 300.0, longest: float = 21600.0) -> None:
    """One try at a feed item: stored (as ``article_id``; also when the article was already
    there) or failed (the reason; the next try waits)."""
    con.execute("""INSERT OR IGNORE INTO feed_items (feed_url, item_key, url, title, first_seen, attempts)
                   VALUES (?, ?, ?, ?, ?, 0)""", [feed_url, item_key, url, title, now])
    attempts = con.execute("SELECT attempts FROM feed_items WHERE feed_url = ? AND item_key = ?",
                           [feed_url, item_key]).fetchall()[0][0] + 1
    if error is None:
        con.execute("""UPDATE feed_items SET status = 'stored', article_id = ?, error = NULL, attempts = ?,
                       last_attempt = ?, next_attempt = NULL WHERE feed_url = ? AND item_key = ?""",
                    [article_id, attempts, now, feed_url, item_key])
    else:
        con.execute("""UPDATE feed_items SET status = 'failed', error = ?, attempts = ?, last_attempt = ?,
                       next_attempt = ? WHERE feed_url = ? AND item_key = ?""",
                    [error, attempts, now, now + backoff(attempts, first=first, longest=longest), feed_url,
                     item_key])


def feed_status(con: duckdb.DuckDBPyConnection, since: datetime | None = None) -> list[dict]:
    """One row per feed polled, in the order first polled: its title, when it last succeeded,
    the last error and failures in a row, when it is next tried, items stored, items failed,
    and items stored first seen at or after ``since`` (all of them when ``since`` is None)."""
    cursor = con.execute("""
        SELECT f.feed_url, f.title, f.first_polled, f.last_attempt, f.last_success, f.last_error, f.failures,
               f.next_attempt,
               count(i.item_key) FILTER (WHERE i.status = 'stored') AS items,
               count(i.item_key) FILTER (WHERE i.status = 'failed') AS failed_items,
               count(i.item_key) FILTER (WHERE i.status = 'stored'
                                         AND (?::TIMESTAMP IS NULL OR i.first_seen >= ?::TIMESTAMP)) AS new_items
        FROM feeds f LEFT JOIN feed_items i USING (feed_url)
        GROUP BY ALL ORDER BY f.first_polled, f.feed_url""", [since, since])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


SEEN_KEY = "feeds_seen_at"


def seen_at(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """When a person last marked the feeds' new items as seen, or None."""
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [SEEN_KEY]).fetchall()
    return datetime.fromisoformat(rows[0][0]) if rows else None


def mark_seen(con: duckdb.DuckDBPyConnection, when: datetime) -> None:
    """Items first seen before ``when`` are no longer new."""
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [SEEN_KEY, when.isoformat()])
