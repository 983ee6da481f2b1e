"""Named, parameterised read queries: headline stats, the cluster table, one cluster's
members, the export, and the choices the dashboard's filters offer."""
from __future__ import annotations

from datetime import date

import duckdb


LATEST_FLAGS = """
    latest AS (
        SELECT target_type, target_id, status, note, actor, created_at FROM (
            SELECT *, row_number() OVER (PARTITION BY target_type, target_id
                                         ORDER BY created_at DESC, event_id DESC) AS rn
            FROM flag_events) WHERE rn = 1)"""
# the per-cluster figures are computed once, in store/cluster_stats.py, and kept up to date after
# every ingest batch and correction; "members" serves the text search
CLUSTER_STATS = """
    cstats AS (SELECT * FROM cluster_stats),
    members AS (SELECT cc.cluster_id, s.text FROM claim_clusters cc JOIN sentences s USING (claim_id))"""


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def named(ids, display: dict[str, str]) -> list[str] | None:
    """Display names for a list of ids (None stays None)."""
    return None if ids is None else [display.get(i, i) for i in ids]


def names(con: duckdb.DuckDBPyConnection, script: str = "en") -> dict[str, str]:
    """Display name of every known person, outlet and organisation, by id, in ``script``
    (``en`` or ``hi``) where the entity has a name in it."""
    rows = con.execute("SELECT id, name_en, name_hi FROM entities").fetchall()
    return {i: ((hi or en) if script == "hi" else (en or hi)) or i for i, en, hi in rows}


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    row = con.execute(f"""
        WITH {CLUSTER_STATS}
        SELECT (SELECT count(*) FROM articles),
               (SELECT count(DISTINCT outlet_id) FROM articles),
               (SELECT count(*) FROM sentences),
               (SELECT count(*) FROM sentences WHERE is_claim),
               (SELECT count(*) FROM cstats),
               (SELECT count(*) FROM cstats WHERE recurring),
               (SELECT count(*) FROM cstats WHERE single_sourced),
               (SELECT count(*) FROM cstats WHERE recurring AND single_sourced),
               (SELECT count(DISTINCT speaker_id) FROM sentences WHERE speaker_id IS NOT NULL),
               (SELECT count(*) FROM flag_events),
               (SELECT value FROM meta WHERE key = 'embedding_model')""").fetchall()[0]
    keys = ["articles", "outlets", "sentences", "claims", "clusters", "recurring", "single_sourced",
            "recurring_and_single_sourced", "speakers", "flag_changes", "model"]
    return dict(zip(keys, row))


def clusters(con: duckdb.DuckDBPyConnection, *, speakers: list[str] | None = None,
             outlets: list[str] | None = None, languages: list[str] | None = None,
             recurring: bool | None = None, single_sourced: bool | None = None,
             statuses: list[str] | None = None, date_from: date | None = None,
             date_to: date | None = None, search: str | None = None, limit: int = 1000) -> list[dict]:
    """One row per cluster, most outlets first, filtered as asked (all filters optional)."""
    where, params = ["TRUE"], []
    for column, wanted in (("speaker_ids", speakers), ("outlet_ids", outlets), ("languages", languages)):
        if wanted:
            where.append(f"list_has_any({column}, ?::VARCHAR[])")  # column names are ours, never input
            params.append(list(wanted))
    for column, flag in (("recurring", recurring), ("single_sourced", single_sourced)):
        if flag is not None:
            where.append(f"{column} = ?")
            params.append(flag)
    if statuses:
        where.append("coalesce(l.status, 'unflagged') IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(statuses))
    if date_from is not None:
        where.append("last_seen >= ?")
        params.append(date_from)
    if date_to is not None:
        where.append("first_seen <= ?")
        params.append(date_to)
    if search:
        where.append("cluster_id IN (SELECT cluster_id FROM members WHERE text ILIKE '%' || ? || '%')")
        params.append(search)
    params.append(int(limit))
    sql = f"""
        WITH {LATEST_FLAGS}, {CLUSTER_STATS}
        SELECT cs.*, l.status AS status, l.note AS status_note
        FROM cstats cs
        LEFT JOIN latest l ON l.target_type = 'cluster' AND l.target_id = CAST(cs.cluster_id AS VARCHAR)
        WHERE {' AND '.join(where)}
        ORDER BY n_outlets DESC, n_claims DESC, cluster_id
        LIMIT ?"""
    return _rows(con.execute(sql, params))


def cluster_members(con: duckdb.DuckDBPyConnection, cluster_id: int) -> list[dict]:
    """Every sentence of one cluster with its article's metadata and body."""
    return _rows(con.execute(f"""
        WITH {LATEST_FLAGS}, members AS MATERIALIZED (
            SELECT s.claim_id, s.article_id, s.sentence_index, s.start_offset, s.end_offset, s.text,
                   s.speaker_id, s.speaker_ref, s.source_ids, s.chain_ids, s.kind,
                   s.checkworthiness, s.content, a.outlet_id, a.outlet, a.title, a.url, a.published, a.language,
                   a.body, a.source_file
            FROM claim_clusters cc JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)
            WHERE cc.cluster_id = ?),
        copies AS (   -- the outlet of the original of each member's article that is a near copy
            SELECT sy.article_id, orig.outlet_id FROM syndication sy JOIN articles orig ON orig.article_id = sy.original_id
            WHERE sy.article_id IN (SELECT article_id FROM members))
        SELECT m.*, l.status, c.outlet_id AS copied_from
        FROM members m
        LEFT JOIN latest l ON l.target_type = 'claim' AND l.target_id = m.claim_id
        LEFT JOIN copies c ON c.article_id = m.article_id
        ORDER BY m.published NULLS LAST, m.outlet, m.sentence_index""", [int(cluster_id)]))


def filter_choices(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Speakers (one entry per person), outlets and languages present in the database."""
    speakers = [r[0] for r in con.execute(
        "SELECT speaker_id FROM sentences WHERE speaker_id IS NOT NULL AND is_claim "
        "GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id").fetchall()]
    outlets = [r[0] for r in con.execute(
        "SELECT outlet_id FROM articles GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id").fetchall()]
    languages = [r[0] for r in con.execute(
        "SELECT DISTINCT language FROM articles ORDER BY language").fetchall()]
    dates = con.execute("SELECT min(published), max(published) FROM articles").fetchall()[0]
    return {"speakers": speakers, "outlets": outlets, "languages": languages, "dates": list(dates)}


def cluster_contents(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str, str]]:
    """(cluster, claim id, content) of every clustered claim, by cluster."""
    return [tuple(r) for r in con.execute(
        "SELECT cc.cluster_id, cc.claim_id, s.content FROM claim_clusters cc JOIN sentences s USING (claim_id) "
        "ORDER BY cc.cluster_id, cc.claim_id").fetchall()]


def export_rows(con: duckdb.DuckDBPyConnection, *, script: str = "en") -> list[dict]:
    """One record per sentence, claim or not, with names resolved in ``script`` (see README:
    Export); every field but ``conflicts``, which ``app.export`` adds."""
    raw = _rows(con.execute(f"""
        WITH {LATEST_FLAGS}, {CLUSTER_STATS}
        SELECT s.claim_id, s.article_id, a.source_file, a.outlet_id, a.outlet, a.title, a.url, a.published,
               a.language, s.sentence_index, s.start_offset AS start, s.end_offset AS "end", s.text,
               s.is_claim, s.checkworthiness, s.speaker_id, s.source_ids, s.chain_ids, s.kind,
               cc.cluster_id, cs.outlet_ids, cs.origin_ids, cs.recurring, cs.single_sourced,
               coalesce(lc.status, lk.status) AS flag_status
        FROM sentences s JOIN articles a USING (article_id)
        LEFT JOIN claim_clusters cc USING (claim_id)
        LEFT JOIN cstats cs USING (cluster_id)
        LEFT JOIN latest lc ON lc.target_type = 'claim' AND lc.target_id = s.claim_id
        LEFT JOIN latest lk ON lk.target_type = 'cluster' AND lk.target_id = CAST(cc.cluster_id AS VARCHAR)
        ORDER BY a.source_file, a.article_id, s.sentence_index"""))
    display = names(con, script)
    out = []
    for r in raw:
        out.append({
            "claim_id": r["claim_id"], "article_id": r["article_id"], "source_file": r["source_file"],
            "outlet": r["outlet"], "outlet_id": r["outlet_id"], "title": r["title"], "url": r["url"],
            "published": r["published"].isoformat() if r["published"] else None,
            "language": r["language"], "sentence_index": r["sentence_index"], "start": r["start"],
            "end": r["end"], "text": r["text"], "is_claim": r["is_claim"],
            "checkworthiness": r["checkworthiness"], "speaker_id": r["speaker_id"],
            "speaker": display.get(r["speaker_id"], r["speaker_id"]) if r["speaker_id"] else None,
            "sources": named(r["source_ids"], display) if r["is_claim"] else None,
            "attribution_chain": named(r["chain_ids"], display) if r["is_claim"] else None,
            "kind": r["kind"], "cluster_id": r["cluster_id"],
            "cluster_outlets": named(r["outlet_ids"], display), "cluster_origins": named(r["origin_ids"], display),
            "recurring": r["recurring"], "single_sourced": r["single_sourced"],
            "flag_status": r["flag_status"],
        })
    return out
