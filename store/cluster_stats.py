"""Precomputed tables of per-cluster figures (outlets, origins, speakers, dates, headline),
so the dashboard reads one small row per cluster instead of aggregating every claim on each
page draw; one row per claim with its article's outlet, language and dates beside it (and
apart, the rows of the claims that have a status), so filters and lists of claims read one
table instead of joining three; each cluster's headline vector, so similar clusters are found
without reading every claim's vector; and a number per article. Refreshed after each ingest
batch and each correction for the clusters it changed; they only ever hold what the claim,
article, cluster and flag tables already say.
"""
from __future__ import annotations

from typing import Iterable

import duckdb
import numpy as np
import pandas as pd

from claims.datelines import SEPARATED

COLUMNS = """
    cluster_id BIGINT PRIMARY KEY, n_claims INTEGER, n_articles INTEGER, n_outlets INTEGER,
    n_origins INTEGER, outlet_ids VARCHAR[], origin_ids VARCHAR[], speaker_ids VARCHAR[],
    languages VARCHAR[], kinds VARCHAR[], first_seen DATE, last_seen DATE, example VARCHAR,
    example_claim VARCHAR, checkworthiness DOUBLE, recurring BOOLEAN, single_sourced BOOLEAN,
    last_arrived TIMESTAMP"""

SELECT_STATS = """
    WITH members AS (
        SELECT cc.cluster_id, s.claim_id, a.outlet_id, a.language, a.published, a.ingested_at, s.speaker_id, s.kind,
               CASE WHEN len(s.source_ids) > 0 THEN s.source_ids[1]
                    ELSE coalesce(orig.outlet_id, a.outlet_id) END AS origin_id,
               s.checkworthiness, s.text, a.article_id,
               -- a headline: a whole sentence of some length, most check-worthy, without its dateline
               (CASE WHEN regexp_matches(trim(s.text), '[.?!\u0964"\u201d\u2019'')]$') THEN 10 ELSE 0 END
                + CASE WHEN length(s.text) >= 40 THEN 5 ELSE 0 END
                + s.checkworthiness - length(s.text) / 100000.0) AS headline_score
        FROM claim_clusters cc JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)
        -- the outlet of a copy's original: syndicated articles are looked up, not every article
        LEFT JOIN (SELECT sy.article_id, o.outlet_id FROM syndication sy JOIN articles o ON o.article_id = sy.original_id)
            orig ON orig.article_id = a.article_id
        WHERE {where})
    SELECT cluster_id,
           count(*) AS n_claims,
           count(DISTINCT article_id) AS n_articles,
           count(DISTINCT outlet_id) AS n_outlets,
           count(DISTINCT origin_id) AS n_origins,
           list(DISTINCT outlet_id ORDER BY outlet_id) AS outlet_ids,
           list(DISTINCT origin_id ORDER BY origin_id) AS origin_ids,
           coalesce(list(DISTINCT speaker_id ORDER BY speaker_id) FILTER (WHERE speaker_id IS NOT NULL),
                    []) AS speaker_ids,
           list(DISTINCT language ORDER BY language) AS languages,
           list(DISTINCT kind ORDER BY kind) AS kinds,
           min(published) AS first_seen, max(published) AS last_seen,
           regexp_replace(arg_max(text, headline_score), ?, '') AS example,
           arg_max(claim_id, headline_score) AS example_claim,
           max(checkworthiness) AS checkworthiness,
           count(DISTINCT outlet_id) >= 2 AS recurring,
           count(DISTINCT origin_id) = 1 AS single_sourced,
           max(ingested_at) AS last_arrived   -- when its newest member's article was stored
    FROM members GROUP BY cluster_id"""


# which of 64 buckets the character trigrams of the text {t} fall in, as the bits of a number: a
# text holding a phrase holds its trigrams, so a row lacking any of the phrase's bits cannot match
GRAMS = ("list_reduce(list_transform(range(1, length({t}) - 1), lambda i: CAST(1 AS UBIGINT) << CAST("
         "(unicode({t}[i]) * 961 + unicode({t}[i + 1]) * 31 + unicode({t}[i + 2])) % 64 AS INTEGER)), "
         "lambda a, b: a | b, CAST(0 AS UBIGINT))")
# one row per claim: what the claim-level filters, the Speakers page, the review queue and the
# alerts read of a claim, its cluster and its article (``search_text``: the text in lower case,
# which a search by words reads, as ILIKE would compare it); the tables below are built from it
# (the text is put in lower case once, below, as the trigrams read it at every position)
SELECT_CLAIMS = """
    SELECT *, {grams} AS grams FROM (
        SELECT cc.cluster_id, s.claim_id, s.article_id, s.speaker_id, s.kind, s.checkworthiness, a.outlet_id,
               a.language, a.published, a.ingested_at, s.text, lower(s.text) AS search_text
        FROM sentences s JOIN articles a USING (article_id) LEFT JOIN claim_clusters cc USING (claim_id)
        WHERE s.is_claim AND {where})
    ORDER BY cluster_id, claim_id""".replace("{grams}", GRAMS.format(t="search_text"))
# the claim_facts rows of the claims that have a status: the review queue, the alerts and the
# status filter find their few flagged claims here, not among every claim (flags.add_flag adds one)
SELECT_FLAGGED = """
    SELECT * FROM claim_facts f
    WHERE {where} AND f.claim_id IN (SELECT target_id FROM flag_events WHERE target_type = 'claim')"""
# a small number for each article, given once and kept, so distinct articles are counted on
# integers rather than on their text ids
NEW_ARTICLE_KEYS = """
    INSERT INTO article_keys
    SELECT article_id, (SELECT coalesce(max(article_key), 0) FROM article_keys)
                       + row_number() OVER (ORDER BY article_id)
    FROM (SELECT DISTINCT article_id FROM claim_facts f WHERE {where}) n
    -- the keys already given are looked up for these articles alone (a semi-join), not read whole
    WHERE article_id NOT IN (SELECT article_id FROM article_keys
                             WHERE article_id IN (SELECT article_id FROM claim_facts f WHERE {where}))"""
# claims per cluster and article, with the article's outlet, day (and the first day of its week and
# month) and language: the activity chart, article counts under any filter, and the filters on
# articles alone
SELECT_DAYS = """
    SELECT f.cluster_id, f.article_id, any_value(k.article_key) AS article_key, any_value(f.outlet_id) AS outlet_id,
           any_value(f.published) AS published, any_value(f.language) AS language, count(*) AS claims,
           CAST(date_trunc('week', any_value(f.published)) AS DATE) AS week,
           CAST(date_trunc('month', any_value(f.published)) AS DATE) AS month
    FROM claim_facts f JOIN article_keys k USING (article_id)
    WHERE f.cluster_id IS NOT NULL AND {where}
    GROUP BY f.cluster_id, f.article_id"""
# claims and articles per publication day and outlet over every cluster: the unfiltered activity
# chart and article count, without reading a row per cluster and article
SELECT_ACTIVITY = """
    SELECT published, outlet_id, sum(claims) AS claims, count(DISTINCT article_id) AS articles,
           any_value(week) AS week, any_value(month) AS month
    FROM cluster_days cd WHERE {where} GROUP BY published, outlet_id"""
# one row per speaker of a claim: the Speakers page and the speaker filter
SELECT_SPEAKERS = """
    SELECT speaker_id, count(*) AS claims, count(DISTINCT cluster_id) AS clusters,
           list(DISTINCT outlet_id ORDER BY outlet_id) AS outlet_ids,
           list(DISTINCT language ORDER BY language) AS languages
    FROM claim_facts WHERE speaker_id IS NOT NULL AND {where} GROUP BY speaker_id"""
# each cluster's headline claim and its vector; a row is replaced only when the headline changed
# ({where} picks the clusters, as cs.* and v.* columns, inside the subqueries too)
STALE_VECTORS = """
    DELETE FROM cluster_vectors v WHERE {where_v} AND NOT EXISTS (
        SELECT 1 FROM cluster_stats cs WHERE {where_cs} AND cs.cluster_id = v.cluster_id
                                         AND cs.example_claim = v.example_claim)"""
LACKING_VECTORS = """
    SELECT DISTINCT cs.example_claim FROM cluster_stats cs
    WHERE {where_cs} AND NOT EXISTS (SELECT 1 FROM cluster_vectors v WHERE {where_v} AND v.cluster_id = cs.cluster_id)"""
# {vectors}: claim_vectors, or those of the claims LACKING_VECTORS names, found through its key
NEW_VECTORS = """
    INSERT INTO cluster_vectors
    SELECT cs.cluster_id, cs.example_claim, cv.vector
    FROM cluster_stats cs JOIN {vectors} cv ON cv.claim_id = cs.example_claim
    WHERE {where_cs} AND NOT EXISTS (SELECT 1 FROM cluster_vectors v WHERE {where_v} AND v.cluster_id = cs.cluster_id)
    ORDER BY cs.cluster_id"""


def create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TABLE IF NOT EXISTS cluster_stats ({COLUMNS})")
    con.execute("""CREATE TABLE IF NOT EXISTS cluster_days (
        cluster_id BIGINT, article_id VARCHAR, outlet_id VARCHAR, published DATE, claims INTEGER,
        language VARCHAR)""")
    con.execute("""CREATE TABLE IF NOT EXISTS activity_days (
        published DATE, outlet_id VARCHAR, claims INTEGER, articles INTEGER)""")
    con.execute("""CREATE TABLE IF NOT EXISTS speaker_stats (
        speaker_id VARCHAR PRIMARY KEY, claims INTEGER, clusters INTEGER, outlet_ids VARCHAR[],
        languages VARCHAR[])""")


def create_claim_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The tables and columns added after ``create``'s (schema 9): one row per claim, each
    cluster's headline vector, the article numbers ``cluster_days.article_key`` holds, and the
    week and month of each day."""
    con.execute("ALTER TABLE cluster_days ADD COLUMN IF NOT EXISTS article_key INTEGER")
    for table in ("cluster_days", "activity_days"):
        for column in ("week", "month"):
            con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} DATE")  # names are ours
    for table in ("claim_facts", "flagged_claims"):
        con.execute(f"""CREATE TABLE IF NOT EXISTS {table} (
            cluster_id BIGINT, claim_id VARCHAR, article_id VARCHAR, speaker_id VARCHAR, kind VARCHAR,
            checkworthiness DOUBLE, outlet_id VARCHAR, language VARCHAR, published DATE, ingested_at TIMESTAMP,
            text VARCHAR, search_text VARCHAR USING COMPRESSION uncompressed, grams UBIGINT)""")
    # search_text is scanned whole by a search, so it is kept as it is
    con.execute("CREATE TABLE IF NOT EXISTS article_keys (article_id VARCHAR PRIMARY KEY, article_key INTEGER)")
    vector = con.execute("SELECT data_type FROM duckdb_columns() WHERE database_name = current_database() "
                         "AND table_name = 'claim_vectors' AND column_name = 'vector'").fetchall()[0][0]
    con.execute(f"""CREATE TABLE IF NOT EXISTS cluster_vectors (
        cluster_id BIGINT PRIMARY KEY, example_claim VARCHAR, vector {vector})""")  # as the claims' vectors


TOUCHED = "cluster_id IN (SELECT cluster_id FROM touched_clusters)"
TOUCHED_DAYS = ("EXISTS (SELECT 1 FROM touched_days t WHERE t.published IS NOT DISTINCT FROM {t}.published "
                "AND t.outlet_id IS NOT DISTINCT FROM {t}.outlet_id)")


def refresh(con: duckdb.DuckDBPyConnection, clusters: Iterable[int] | None = None) -> None:
    """Rebuild the rows from the claim tables (the caller holds the transaction): every row, or
    with ``clusters`` only what those clusters reach (their rows, the days and outlets of their
    articles, the speakers of their claims), so an ingest batch costs what it touches, not what
    the database holds. ``clusters`` must name every cluster that gained or lost a claim."""
    if clusters is None:
        for table, select in (("claim_facts", SELECT_CLAIMS), ("flagged_claims", SELECT_FLAGGED),
                              ("cluster_stats", SELECT_STATS),
                              ("cluster_days", SELECT_DAYS), ("activity_days", SELECT_ACTIVITY),
                              ("speaker_stats", SELECT_SPEAKERS)):
            if table == "cluster_days":
                con.execute(NEW_ARTICLE_KEYS.format(where="TRUE"))
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} BY NAME {select.format(where='TRUE')}",
                        [SEPARATED] if table == "cluster_stats" else [])
        con.execute(STALE_VECTORS.format(where_v="TRUE", where_cs="TRUE"))
        con.execute(NEW_VECTORS.format(where_v="TRUE", where_cs="TRUE", vectors="claim_vectors"))
        return
    ids = sorted({int(c) for c in clusters})
    if not ids:
        return
    con.register("touched_clusters", pd.DataFrame({"cluster_id": np.asarray(ids, dtype=np.int64)}))
    # the speakers, days and outlets the rows reach before and after come back from the
    # statements that delete and insert them, rather than from reading the tables again
    speakers = [con.execute(f"DELETE FROM claim_facts WHERE {TOUCHED} RETURNING speaker_id").df(),
                con.execute(f"INSERT INTO claim_facts BY NAME {SELECT_CLAIMS.format(where='cc.' + TOUCHED)} "
                            "RETURNING speaker_id").df()]
    if con.execute("SELECT EXISTS (FROM flagged_claims) OR EXISTS (FROM flag_events WHERE target_type = 'claim')"
                   ).fetchall()[0][0]:  # else there is nothing to take out or put in
        con.execute(f"DELETE FROM flagged_claims WHERE {TOUCHED}")
        con.execute(f"INSERT INTO flagged_claims BY NAME {SELECT_FLAGGED.format(where='f.' + TOUCHED)}")
    con.execute(f"DELETE FROM cluster_stats WHERE {TOUCHED}")
    con.execute(f"INSERT INTO cluster_stats BY NAME {SELECT_STATS.format(where='cc.' + TOUCHED)}", [SEPARATED])
    where = {"where_v": "v." + TOUCHED, "where_cs": "cs." + TOUCHED}
    con.execute(STALE_VECTORS.format(**where))
    # the few headline vectors wanted are fetched by key (a list parameter: an index scan), as a
    # join would read the whole, wide vector table
    lacking = [r[0] for r in con.execute(LACKING_VECTORS.format(**where)).fetchall() if r[0] is not None]
    if lacking:
        con.execute(NEW_VECTORS.format(vectors="(SELECT claim_id, vector FROM claim_vectors WHERE claim_id IN ?)",
                                       **where), [lacking])
    con.execute(NEW_ARTICLE_KEYS.format(where="f." + TOUCHED))
    days = pd.concat([
        con.execute(f"DELETE FROM cluster_days WHERE {TOUCHED} RETURNING published, outlet_id").df(),
        con.execute(f"INSERT INTO cluster_days BY NAME {SELECT_DAYS.format(where='f.' + TOUCHED)} "
                    "RETURNING published, outlet_id").df()]).drop_duplicates()
    con.register("touched_days", days)
    con.execute(f"DELETE FROM activity_days a WHERE {TOUCHED_DAYS.format(t='a')}")
    # the days' span as a plain range too, so the scan of cluster_days skips row groups of other days
    dated = days["published"].dropna()
    span, params = [], []
    if len(dated):
        span.append("cd.published BETWEEN ?::DATE AND ?::DATE")
        params = [pd.Timestamp(dated.min()).date(), pd.Timestamp(dated.max()).date()]
    if days["published"].isna().any():
        span.append("cd.published IS NULL")
    where = f"{TOUCHED_DAYS.format(t='cd')} AND ({' OR '.join(span) or 'FALSE'})"
    con.execute(f"INSERT INTO activity_days BY NAME {SELECT_ACTIVITY.format(where=where)}", params)
    speakers = pd.concat(speakers).dropna().drop_duplicates()
    if len(speakers):
        con.register("touched_speakers", speakers)
        where = "speaker_id IN (SELECT speaker_id FROM touched_speakers)"
        con.execute(f"DELETE FROM speaker_stats WHERE {where}")
        con.execute(f"INSERT INTO speaker_stats BY NAME {SELECT_SPEAKERS.format(where=where)}")
        con.unregister("touched_speakers")
    for name in ("touched_clusters", "touched_days"):
        con.unregister(name)


def flagged(con: duckdb.DuckDBPyConnection, claim_id: str) -> None:
    """A claim was given a status: its row of claim_facts joins flagged_claims (the caller holds
    the transaction)."""
    con.execute("""INSERT INTO flagged_claims SELECT * FROM claim_facts WHERE claim_id = ?
                   AND NOT EXISTS (SELECT 1 FROM flagged_claims WHERE claim_id = ?)""", [claim_id, claim_id])
