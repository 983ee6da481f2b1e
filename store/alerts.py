"""Alerts: a checked claim comes back. A cluster that someone has flagged or already judged
(``verified_true``, ``verified_false``, ``misleading``) gains a member from an article stored
after that status was first set; each such member is one alert.

The status counted is the latest set on the cluster or on any of its claims (a cluster merged
into another counts as the one it was merged into); alerts stop when it moves to another
status (``in_review``, ``unverifiable``)."""
from __future__ import annotations

from datetime import datetime

import duckdb

ALERT_STATUSES = ("flagged", "verified_true", "verified_false", "misleading")


def alerts(con: duckdb.DuckDBPyConnection, since: datetime | None = None, *, limit: int | None = None) -> list[dict]:
    """Members that joined a checked cluster after it was checked, newest first: ``cluster_id``,
    ``status``, ``checked_at`` (when that status was first set), ``claim_id``, ``text``,
    ``outlet_id``, ``outlet``, ``title``, ``url``, ``published``, ``language``, ``arrived`` (when
    its article was stored). ``since``: only those stored at or after it; ``limit``: only the
    newest so many (each row's ``total`` tells how many there are in all)."""
    cursor = con.execute("""
        WITH events AS (   -- status changes on a cluster or on one of its claims, by cluster
            SELECT coalesce(m.merged_into, CAST(f.target_id AS BIGINT)) AS cluster_id, f.status, f.created_at,
                   f.event_id
            FROM flag_events f LEFT JOIN cluster_merges m ON m.cluster_id = TRY_CAST(f.target_id AS BIGINT)
            WHERE f.target_type = 'cluster'
            UNION ALL
            SELECT c.cluster_id, f.status, f.created_at, f.event_id
            FROM flag_events f JOIN flagged_claims c ON c.claim_id = f.target_id   -- claim_facts rows of flagged claims
            WHERE f.target_type = 'claim' AND c.cluster_id IS NOT NULL),
        current AS (
            SELECT cluster_id, arg_max(status, (created_at, event_id)) AS status FROM events GROUP BY cluster_id),
        checked AS (   -- when the cluster first took an alerting status
            SELECT c.cluster_id, c.status, min(e.created_at) AS checked_at
            FROM current c JOIN events e USING (cluster_id)
            WHERE c.status IN (SELECT unnest(?::VARCHAR[])) AND e.status IN (SELECT unnest(?::VARCHAR[]))
            GROUP BY c.cluster_id, c.status),
        hits AS MATERIALIZED (   -- members stored after the check, in clusters that had an arrival
            -- since, newest first (claim_facts: each claim with its article's dates); narrow
            -- columns, so the claims' text is read for the page alone
            SELECT k.cluster_id, k.status, k.checked_at, f.claim_id, f.rowid AS fact_row, f.article_id,
                   f.ingested_at, f.published, count(*) OVER () AS total
            FROM checked k JOIN cluster_stats cs ON cs.cluster_id = k.cluster_id AND cs.last_arrived > k.checked_at
            JOIN claim_facts f ON f.cluster_id = k.cluster_id
            WHERE f.ingested_at > k.checked_at AND (?::TIMESTAMP IS NULL OR f.ingested_at >= ?::TIMESTAMP)
            ORDER BY f.ingested_at DESC, f.published DESC NULLS LAST, f.claim_id LIMIT ?),
        texts AS (SELECT rowid AS fact_row, text FROM claim_facts WHERE rowid IN (SELECT fact_row FROM hits))
        SELECT h.cluster_id, h.status, h.checked_at, h.claim_id, t.text, a.outlet_id,
               coalesce(en.name_en, a.outlet) AS outlet, a.title, a.url, a.published, a.language,
               a.ingested_at AS arrived, h.total
        FROM hits h JOIN texts t USING (fact_row) JOIN articles a ON a.article_id = h.article_id
        LEFT JOIN entities en ON en.id = a.outlet_id
        ORDER BY h.ingested_at DESC, h.published DESC NULLS LAST, h.claim_id""",
        [list(ALERT_STATUSES), list(ALERT_STATUSES), since, since, limit])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
