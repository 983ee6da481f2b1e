"""The verification workflow: status changes on claims and clusters, appended to a
history and never overwritten."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

import duckdb

from claims.models import STATUSES
from store import cluster_stats
from store.db import StoreError, required_name, transaction


class UnknownTarget(StoreError):
    """No claim or cluster has that id."""


@dataclass(frozen=True)
class Target:
    kind: str  # claim | cluster
    id: str


def parse_target(con: duckdb.DuckDBPyConnection, raw: str) -> Target:
    """A claim id (``c`` + 11 hex digits) or a cluster number, checked to exist."""
    raw = raw.strip()
    if raw.isdigit():
        found = con.execute("SELECT count(*) FROM clusters WHERE cluster_id = ?", [int(raw)]).fetchall()[0][0]
        if found:
            return Target("cluster", str(int(raw)))
        raise UnknownTarget(f"no cluster {raw}")
    found = con.execute("SELECT count(*) FROM sentences WHERE claim_id = ?", [raw]).fetchall()[0][0]
    if found:
        return Target("claim", raw)
    raise UnknownTarget(f"no claim or cluster with id '{raw}'")


def add_flag(con: duckdb.DuckDBPyConnection, target: Target, status: str, *, note: str | None = None,
             by: str | None = None, event_id: str | None = None) -> str:
    """Append one status change; returns its event id. The same ``event_id`` twice is
    stored once, so a retried request cannot duplicate a change."""
    if status not in STATUSES:
        raise StoreError(f"unknown status '{status}' (use one of: {', '.join(STATUSES)})")
    by = required_name(by)
    event_id = event_id or uuid.uuid4().hex
    with transaction(con):
        con.execute("INSERT OR IGNORE INTO flag_events VALUES (?, ?, ?, ?, ?, ?, now())",
                    [event_id, target.kind, target.id, status, (note or "").strip() or None,
                     by])
        if target.kind == "claim":
            cluster_stats.flagged(con, target.id)
    return event_id


def history(con: duckdb.DuckDBPyConnection, *targets: Target) -> list[dict]:
    """Status changes, oldest first; all of them, or those of the given targets."""
    sql = "SELECT event_id, target_type, target_id, status, note, actor, created_at FROM flag_events"
    params: list = []
    if targets:
        sql += " WHERE (target_type || ':' || target_id) IN (SELECT unnest(?::VARCHAR[]))"
        params = [[f"{t.kind}:{t.id}" for t in targets]]
    cursor = con.execute(sql + " ORDER BY created_at, event_id", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
