"""The dashboard's read queries: one filter set shared by every page, the paginated cluster
table, counts and activity that follow the filters, speakers, and the review queue.

Per-cluster figures come from ``cluster_stats`` (store/cluster_stats.py); filters that look at
single claims (speaker, outlet, language, dates, kind, check-worthiness, text, status) pick the
clusters holding at least one claim that passes all of them. Every value is a parameter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from claims.matching import centred, places_in
from store.cluster_stats import GRAMS
from store.db import VECTOR_DIM

LATEST = """
    latest AS (
        SELECT target_type, target_id, arg_max(status, (created_at, event_id)) AS status,
               arg_max(note, (created_at, event_id)) AS note, arg_max(actor, (created_at, event_id)) AS actor,
               max(created_at) AS created_at
        FROM flag_events GROUP BY target_type, target_id)"""
SORTS = {
    "most outlets": "n_outlets DESC, n_claims DESC, cluster_id",
    "newest": "last_seen DESC NULLS LAST, n_outlets DESC, cluster_id",
    "oldest": "first_seen NULLS LAST, cluster_id",
    "most claims": "n_claims DESC, n_outlets DESC, cluster_id",
    "most check-worthy": "checkworthiness DESC, cluster_id",
}
# every column a sort or the recurring filter reads: enough to choose a page before whole rows are read
SORT_COLUMNS = "cs.cluster_id, cs.n_outlets, cs.n_claims, cs.last_seen, cs.first_seen, cs.checkworthiness, cs.recurring"


@dataclass
class Filters:
    speakers: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)  # a claim's own status, else its cluster's
    date_from: date | None = None
    date_to: date | None = None
    recurring: bool | None = None
    single_sourced: bool | None = None  # two or more outlets, all resting on one origin
    min_checkworthiness: float | None = None
    search: str | None = None  # words in the text
    cluster_ids: list[int] | np.ndarray | None = None  # e.g. the clusters a search by meaning found

    def claim_level(self) -> bool:
        return bool(self.speakers or self.outlets or self.languages or self.kinds or self.statuses
                    or self.date_from or self.date_to or self.min_checkworthiness or self.search)


def _article_conditions(f: Filters, table: str) -> tuple[list[str], list]:
    """Conditions on the outlet, language and date of an article, whose columns are read from
    ``table`` (an alias of ``articles``, or ``cluster_days``, which holds the same columns)."""
    where, params = [], []
    for column, wanted in (("outlet_id", f.outlets), ("language", f.languages)):
        if wanted:
            where.append(f"{table}.{column} IN (SELECT unnest(?::VARCHAR[]))")  # column names are ours
            params.append(list(wanted))
    for condition, value in (("published >= ?", f.date_from), ("published <= ?", f.date_to)):
        if value is not None:
            where.append(f"{table}.{condition}")
            params.append(value)
    return where, params


def _words_condition(con: duckdb.DuckDBPyConnection, table: str, search: str) -> tuple[str, list]:
    """``search_text`` of ``claim_facts`` (aliased ``table``) holding ``search`` as
    ``text ILIKE '%' || search || '%'`` would find it, and its parameters: the same lower case on
    both sides, and a plain substring test (several times faster than ILIKE) unless the words
    hold a LIKE wildcard or a backslash, made only where the row holds every trigram bucket of
    the words."""
    if any(c in search for c in "%_\\"):
        return f"{table}.search_text LIKE '%' || lower(?) || '%'", [search]
    grams = int(con.execute(f"SELECT {GRAMS.format(t='w')} FROM (SELECT lower(?) AS w)", [search]).fetchall()[0][0])
    return (f"({table}.grams & {grams}::UBIGINT) = {grams}::UBIGINT AND contains({table}.search_text, lower(?))",
            [search])  # the buckets are a number we computed


def _claim_level_sql(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list]:
    """Clusters holding a claim that passes every claim-level filter, read from ``claim_facts``
    (one row per claim with its article's outlet, language and date); flags joined only if asked."""
    inner, params = _article_conditions(f, "c")
    inner = ["c.cluster_id IS NOT NULL"] + inner
    joins = []
    for column, wanted in (("c.speaker_id", f.speakers), ("c.kind", f.kinds)):
        if wanted:
            inner.append(f"{column} IN (SELECT unnest(?::VARCHAR[]))")  # column names are ours
            params.append(list(wanted))
    if f.min_checkworthiness is not None:
        inner.append("c.checkworthiness >= ?")
        params.append(float(f.min_checkworthiness))
    if f.search:
        condition, words = _words_condition(con, "c", f.search)
        inner.append(condition)
        params += words
    if f.statuses:
        # a claim's own latest status, else its cluster's, else unflagged
        joins.append("LEFT JOIN latest lc ON lc.target_type = 'claim' AND lc.target_id = c.claim_id "
                     "LEFT JOIN latest_cluster lk2 ON lk2.cluster_id = c.cluster_id")
        inner.append("coalesce(lc.status, lk2.status, 'unflagged') IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(f.statuses))
    sql = f"""
        WITH {LATEST}, latest_cluster AS (
            SELECT TRY_CAST(target_id AS BIGINT) AS cluster_id, status FROM latest WHERE target_type = 'cluster')
        SELECT DISTINCT c.cluster_id FROM claim_facts c {' '.join(joins)}
        WHERE {' AND '.join(inner)}"""
    return sql, params


def _article_level_sql(f: Filters) -> tuple[str, list]:
    """Clusters with an article passing filters on articles alone (outlet, language, dates):
    read from ``cluster_days``, one row per cluster and article, without touching the claims."""
    where, params = _article_conditions(f, "cd")
    return f"SELECT DISTINCT cd.cluster_id FROM cluster_days cd WHERE {' AND '.join(['TRUE'] + where)}", params


def resolve(con: duckdb.DuckDBPyConnection, f: Filters) -> Filters:
    """``f`` with its claim-level filters turned into the list of clusters they pick, once, so
    the counts, the chart and the table of one page need not repeat the work."""
    if not f.claim_level():
        return f
    only_status = f.statuses and not Filters(**{**f.__dict__, "statuses": []}).claim_level()
    if only_status and "unflagged" not in f.statuses:
        # only flagged things can match: start from the (few) flag events, not from every claim
        sql, params = f"""
            WITH {LATEST}, hit AS (SELECT * FROM latest WHERE status IN (SELECT unnest(?::VARCHAR[])))
            SELECT f.cluster_id FROM hit JOIN flagged_claims f ON hit.target_type = 'claim'
                                                                 AND f.claim_id = hit.target_id
            WHERE f.cluster_id IS NOT NULL
            UNION
            SELECT cc.cluster_id FROM hit JOIN claim_clusters cc ON hit.target_type = 'cluster'
                                                                  AND cc.cluster_id = TRY_CAST(hit.target_id AS BIGINT)
            LEFT JOIN latest own ON own.target_type = 'claim' AND own.target_id = cc.claim_id
            WHERE own.status IS NULL""", [list(f.statuses)]
    elif not (f.speakers or f.kinds or f.statuses or f.min_checkworthiness is not None or f.search):
        sql, params = _article_level_sql(f)
    else:
        sql, params = _claim_level_sql(con, f)
    ids = np.asarray(con.execute(sql, params).fetchnumpy()["cluster_id"], dtype=np.int64)
    if f.cluster_ids is not None:
        ids = ids[np.isin(ids, np.asarray(f.cluster_ids, dtype=np.int64))]
    return Filters(recurring=f.recurring, single_sourced=f.single_sourced, cluster_ids=ids)


BITS_FROM = 20000  # picked clusters from which they are handed over as bits rather than a list
PICKED_BIT = "get_bit((SELECT CAST(bits AS BIT) FROM picked_bits), CAST({column} AS INTEGER)) = 1"


def _where(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list]:
    """A condition on ``cluster_stats cs``; claim-level filters must be resolved first. A list
    of clusters is handed to DuckDB as a registered Arrow table (``picked_clusters``), which joins
    several times faster than a long list parameter; from ``BITS_FROM`` clusters, as a bitstring
    with a bit for every cluster id (``picked_bits``), tested row by row faster than a join."""
    where, params = ["TRUE"], []
    if f.recurring is not None:
        where.append("cs.recurring = ?")
        params.append(f.recurring)
    if f.single_sourced is not None:
        where.append("(cs.recurring AND cs.single_sourced) = ?")
        params.append(f.single_sourced)
    if f.cluster_ids is not None and len(f.cluster_ids) >= BITS_FROM:
        top = con.execute("SELECT greatest((SELECT max(cluster_id) FROM cluster_days), "
                          "(SELECT max(cluster_id) FROM cluster_stats))").fetchall()[0][0] or 0
        ids = np.asarray(f.cluster_ids, dtype=np.int64)
        bits = np.zeros(int(top) + 1, dtype=np.uint8)
        bits[ids[(ids >= 0) & (ids <= top)]] = 1
        con.register("picked_bits", pa.table({"bits": [(bits + ord("0")).tobytes().decode("ascii")]}))
        where.append(PICKED_BIT.format(column="cs.cluster_id"))
    elif f.cluster_ids is not None:
        con.register("picked_clusters", pa.table({"cluster_id": np.asarray(f.cluster_ids, dtype=np.int64)}))
        where.append("cs.cluster_id IN (SELECT cluster_id FROM picked_clusters)")
    return " AND ".join(where), params


def _picked_days(f: Filters, where: str) -> str:
    """``cluster_days`` restricted to the clusters ``where`` (from ``_where(con, f)``) picks, as a
    FROM clause with its WHERE: by their bits alone when they are handed over as bits and no
    other condition applies, else by a join with the clusters picked."""
    if f.cluster_ids is not None and len(f.cluster_ids) >= BITS_FROM and f.recurring is None \
            and f.single_sourced is None:
        return f"cluster_days WHERE {PICKED_BIT.format(column='cluster_id')}"
    return f"cluster_days WHERE cluster_id IN (SELECT cs.cluster_id FROM cluster_stats cs WHERE {where})"


def _rows(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def cluster_page(con: duckdb.DuckDBPyConnection, f: Filters, *, sort: str = "most outlets", page: int = 0,
                 page_size: int = 50, count: bool = True) -> tuple[list[dict], int]:
    """One page of clusters passing ``f`` and how many pass in all (``count=False``: -1, and
    faster). Each row carries the cluster's own status and the statuses set on its claims."""
    where, params = _where(con, resolve(con, f))
    order = SORTS.get(sort, SORTS["most outlets"])
    # the page is chosen on the sort columns alone; whole rows are read for its clusters only
    rows = _rows(con.execute(f"""
        WITH {LATEST}, keys AS (
            SELECT {SORT_COLUMNS} FROM cluster_stats cs WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?),
        page AS (SELECT cs.* FROM cluster_stats cs WHERE cs.cluster_id IN (SELECT cluster_id FROM keys))
        SELECT p.*, lk.status AS status, cs2.claim_statuses
        FROM page p
        LEFT JOIN latest lk ON lk.target_type = 'cluster' AND lk.target_id = CAST(p.cluster_id AS VARCHAR)
        LEFT JOIN (SELECT f.cluster_id, list(DISTINCT lc.status ORDER BY lc.status) AS claim_statuses
                   FROM claim_facts f JOIN latest lc ON lc.target_type = 'claim' AND lc.target_id = f.claim_id
                   WHERE f.cluster_id IN (SELECT cluster_id FROM keys) GROUP BY f.cluster_id) cs2
               ON cs2.cluster_id = p.cluster_id
        ORDER BY {order}""", params + [int(page_size), int(page) * int(page_size)]))
    if not count:
        return rows, -1
    if page == 0 and len(rows) < page_size:
        return rows, len(rows)
    return rows, int(con.execute(f"SELECT count(*) FROM cluster_stats cs WHERE {where}", params).fetchall()[0][0])


def leaders(con: duckdb.DuckDBPyConnection, f: Filters, *, n: int = 8) -> dict[str, list[dict]]:
    """For the Overview, in one query: the ``n`` most widely carried clusters passing ``f``
    (``top``) and the ``n`` newest of them that are single-sourced (``newest_single``)."""
    where, params = _where(con, resolve(con, f))
    rows = _rows(con.execute(f"""
        WITH picked AS MATERIALIZED (SELECT {SORT_COLUMNS}, cs.single_sourced FROM cluster_stats cs WHERE {where}),
        chosen AS (
            (SELECT 'top' AS list, cluster_id FROM picked ORDER BY {SORTS["most outlets"]} LIMIT ?)
            UNION ALL
            (SELECT 'newest_single' AS list, cluster_id FROM picked WHERE recurring AND single_sourced
             ORDER BY {SORTS["newest"]} LIMIT ?))
        SELECT c.list, cs.* FROM chosen c JOIN cluster_stats cs USING (cluster_id)""", params + [int(n), int(n)]))
    return {name: _sorted([r for r in rows if r["list"] == name], "most outlets" if name == "top" else "newest")
            for name in ("top", "newest_single")}


def _sorted(rows: list[dict], sort: str) -> list[dict]:
    """Rows of ``cluster_stats`` in the order ``SORTS[sort]`` gives them in SQL."""
    keys = {"most outlets": lambda r: (-r["n_outlets"], -r["n_claims"], r["cluster_id"]),
            "newest": lambda r: (r["last_seen"] is None, -(r["last_seen"].toordinal() if r["last_seen"] else 0),
                                 -r["n_outlets"], r["cluster_id"])}
    return sorted(rows, key=keys[sort])


def summary(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    """Headline counts over the clusters passing ``f``."""
    f = resolve(con, f)
    where, params = _where(con, f)
    if where == "TRUE":  # every cluster: the sums kept per day and outlet
        spread = "SELECT coalesce(sum(articles), 0) AS articles, count(DISTINCT outlet_id) AS outlets FROM activity_days"
    else:  # the picked clusters' articles, counted by their numbers: the bits set, one per number
        top = con.execute("SELECT coalesce(max(article_key), 1) FROM article_keys").fetchall()[0][0]
        spread = (f"SELECT coalesce(bit_count(bitstring_agg(article_key, 1, {int(top)})), 0) AS articles, "
                  f"count(DISTINCT outlet_id) AS outlets FROM {_picked_days(f, where)}")
    row = con.execute(f"""
        WITH spread AS MATERIALIZED ({spread}),
        picked AS (SELECT cs.n_claims, cs.recurring, cs.single_sourced FROM cluster_stats cs WHERE {where})
        SELECT count(*), coalesce(sum(n_claims), 0), (SELECT articles FROM spread), (SELECT outlets FROM spread),
               count(*) FILTER (WHERE recurring),
               count(*) FILTER (WHERE recurring AND single_sourced),
               count(*) FILTER (WHERE recurring AND NOT single_sourced),
               count(*) FILTER (WHERE NOT recurring)
        FROM picked""", params + params).fetchall()[0]  # the condition is in both
    keys = ["clusters", "claims", "articles", "outlets", "recurring", "single_sourced", "independent",
            "one_outlet"]
    return dict(zip(keys, (int(v) for v in row)))


def activity(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Claims per outlet over time, over the clusters passing ``f``: columns ``day``,
    ``outlet_id``, ``claims``, with ``day`` the first day of its week when the dates span more
    than four months, and of its month beyond three years, so a chart stays readable."""
    f = resolve(con, f)
    where, params = _where(con, f)
    if where == "TRUE":  # every cluster: the sums kept per day and outlet
        span = "SELECT max(published) - min(published) FROM activity_days"
        source = "activity_days WHERE TRUE"
    else:  # the picked clusters' articles, whose dates run from the first seen to the last seen
        span = f"SELECT max(cs.last_seen) - min(cs.first_seen) FROM cluster_stats cs WHERE {where}"
        source = _picked_days(f, where)
    days = con.execute(span, params).fetchall()[0][0]
    # the day, or the first day of its week or month, kept beside each day
    day = "published" if days is None or days <= 122 else "week" if days <= 3 * 366 else "month"
    return con.execute(f"""
        SELECT {day} AS day, outlet_id, CAST(sum(claims) AS BIGINT) AS claims
        FROM {source} AND published IS NOT NULL
        GROUP BY ALL ORDER BY day, outlet_id""", params).df()


def speakers(con: duckdb.DuckDBPyConnection, *, include_places: bool = False) -> list[dict]:
    """Every speaker of a claim with both names, claim count, outlets and languages, most
    claims first. Places ("Russia", "अमेरिका") are left out unless asked for."""
    rows = _rows(con.execute("""
        SELECT ss.speaker_id AS id, e.kind, e.name_en, e.name_hi, ss.claims, ss.outlet_ids, ss.languages,
               ss.clusters
        FROM speaker_stats ss LEFT JOIN entities e ON e.id = ss.speaker_id
        ORDER BY ss.claims DESC, ss.speaker_id"""))
    for r in rows:
        r["place"] = _is_place(r["name_en"], r["name_hi"])
    return [r for r in rows if include_places or not r["place"]]


def speaker_ids(con: duckdb.DuckDBPyConnection, *, include_places: bool = False) -> list[str]:
    """The ids ``speakers`` lists, in its order, without reading their figures (the filter bar)."""
    rows = con.execute("""
        SELECT ss.speaker_id, e.name_en, e.name_hi FROM speaker_stats ss LEFT JOIN entities e ON e.id = ss.speaker_id
        ORDER BY ss.claims DESC, ss.speaker_id""").fetchall()
    return [i for i, en, hi in rows if include_places or not _is_place(en, hi)]


@lru_cache(maxsize=20000)
def _is_place(name_en: str | None, name_hi: str | None) -> bool:
    return bool(places_in(name_en or "") or places_in(name_hi or ""))


def speaker_claims(con: duckdb.DuckDBPyConnection, speaker: str, *, limit: int = 500) -> list[dict]:
    # the newest claims are chosen on narrow columns; the text is read for them alone
    return _rows(con.execute("""
        WITH hit AS (SELECT rowid AS fact_row FROM claim_facts WHERE speaker_id = ?
                     ORDER BY published DESC NULLS LAST, claim_id LIMIT ?)
        SELECT claim_id, text, outlet_id, language, published, cluster_id, kind
        FROM claim_facts WHERE rowid IN (SELECT fact_row FROM hit)
        ORDER BY published DESC NULLS LAST, claim_id""", [speaker, int(limit)]))


def choices(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Outlets, languages, kinds and the date range present."""
    outlets = [r[0] for r in con.execute(
        "SELECT outlet_id FROM articles GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id").fetchall()]
    languages = [r[0] for r in con.execute("SELECT DISTINCT language FROM articles ORDER BY 1").fetchall()]
    kinds = [r[0] for r in con.execute(
        "SELECT DISTINCT kind FROM sentences WHERE is_claim AND kind IS NOT NULL ORDER BY 1").fetchall()]
    low, high = con.execute("SELECT min(published), max(published) FROM articles").fetchall()[0]
    return {"outlets": outlets, "languages": languages, "kinds": kinds, "dates": [low, high]}


def cluster_row(con: duckdb.DuckDBPyConnection, cluster_id: int) -> dict | None:
    rows = _rows(con.execute(f"""
        WITH {LATEST}
        SELECT cs.*, lk.status AS status FROM cluster_stats cs
        LEFT JOIN latest lk ON lk.target_type = 'cluster' AND lk.target_id = CAST(cs.cluster_id AS VARCHAR)
        WHERE cs.cluster_id = ?""", [int(cluster_id)]))
    return rows[0] if rows else None


def merged_into(con: duckdb.DuckDBPyConnection, cluster_id: int) -> int | None:
    rows = con.execute("SELECT merged_into FROM cluster_merges WHERE cluster_id = ?", [int(cluster_id)]).fetchall()
    return int(rows[0][0]) if rows else None


SIMILAR_CANDIDATES = 5000  # clusters of the window compared, nearest in time first


def similar_clusters(con: duckdb.DuckDBPyConnection, cluster_id: int, *, days: int = 14,
                     limit: int = 5) -> list[dict]:
    """Other clusters of the same news window whose headline claim is closest to this
    cluster's mean vector (cosine similarity), best first."""
    vectors = [r[0] for r in con.execute(
        "SELECT cv.vector FROM claim_clusters cc JOIN claim_vectors cv USING (claim_id) WHERE cc.cluster_id = ?",
        [int(cluster_id)]).fetchall()]
    if not vectors:
        return []
    centre = np.asarray(vectors, dtype=np.float32).mean(axis=0)
    span = con.execute("SELECT first_seen, last_seen FROM cluster_stats WHERE cluster_id = ?", [int(cluster_id)]).fetchall()
    if not span:
        return []
    first, last = span[0]
    window, bounds = "TRUE", []  # an undated cluster is compared with every other
    if first is not None:
        window = "(cs.first_seen IS NULL OR (cs.last_seen >= ? AND cs.first_seen <= ?))"
        bounds = [first - timedelta(days=days), last + timedelta(days=days) if last is not None else None]
    # the window first (at most CANDIDATES clusters, those nearest in time), then their headline
    # vectors, then the text of the best alone
    return _rows(con.execute(f"""
        WITH nearby AS MATERIALIZED (
            SELECT cs.cluster_id FROM cluster_stats cs WHERE cs.cluster_id <> ? AND {window}
            ORDER BY abs(cs.first_seen - ?::DATE) NULLS LAST, cs.cluster_id DESC LIMIT ?),
        best AS (
            SELECT n.cluster_id, array_cosine_similarity(cv.vector, ?::FLOAT[{VECTOR_DIM}]) AS similarity
            FROM nearby n JOIN cluster_vectors cv USING (cluster_id) ORDER BY similarity DESC, n.cluster_id LIMIT ?)
        SELECT b.cluster_id, b.similarity, cs.example, cs.n_outlets
        FROM best b JOIN cluster_stats cs USING (cluster_id) ORDER BY b.similarity DESC, b.cluster_id""",
        [int(cluster_id), *bounds, first, SIMILAR_CANDIDATES, centre.tolist(), int(limit)]))


def review_queue(con: duckdb.DuckDBPyConnection, *, statuses: list[str] | None = None,
                 actors: list[str] | None = None, limit: int = 500) -> list[dict]:
    """Claims and clusters by their latest status, newest change first, with what they say."""
    where, params = ["TRUE"], []
    if statuses:
        where.append("l.status IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(statuses))
    if actors:
        where.append("l.actor IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(actors))
    params.append(int(limit))
    return _rows(con.execute(f"""
        WITH {LATEST}, page AS (   -- the newest changes first, then what they say
            SELECT * FROM latest l WHERE {' AND '.join(where)} ORDER BY l.created_at DESC LIMIT ?)
        SELECT l.target_type, l.target_id, l.status, l.note, l.actor, l.created_at,
               coalesce(f.text, cs.example) AS text, f.outlet_id,
               coalesce(f.cluster_id, TRY_CAST(CASE WHEN l.target_type = 'cluster' THEN l.target_id END
                                                AS BIGINT)) AS cluster_id
        FROM page l
        LEFT JOIN flagged_claims f ON l.target_type = 'claim' AND f.claim_id = l.target_id
        LEFT JOIN cluster_stats cs ON l.target_type = 'cluster' AND cs.cluster_id = TRY_CAST(l.target_id AS BIGINT)
        ORDER BY l.created_at DESC""", params))


def reviewers(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT DISTINCT actor FROM flag_events WHERE actor IS NOT NULL ORDER BY 1").fetchall()]


def claim_choices(con: duckdb.DuckDBPyConnection, search: str, *, exclude_cluster: int | None = None,
                  limit: int = 30) -> list[dict]:
    """Clusters to pick as a correction's target, found by words of their claims' text."""
    condition, words = _words_condition(con, "f", search or "")
    return _rows(con.execute(f"""
        SELECT f.cluster_id, any_value(cs.example) AS example, any_value(cs.n_outlets) AS n_outlets,
               any_value(cs.n_claims) AS n_claims
        FROM claim_facts f JOIN cluster_stats cs USING (cluster_id)
        WHERE {condition} AND f.cluster_id IS DISTINCT FROM ?
        GROUP BY f.cluster_id ORDER BY any_value(cs.n_outlets) DESC, f.cluster_id LIMIT ?""",
        words + [exclude_cluster, int(limit)]))


def flagged_claims(con: duckdb.DuckDBPyConnection, statuses: list[str] | None = None) -> list[dict]:
    """Claims whose own or cluster's latest status is set (or one of ``statuses``), with the
    article they appear in: the export of flagged claims and the ClaimReview records."""
    where, params = "coalesce(lc.status, lk.status) IS NOT NULL", []
    if statuses:
        where = "coalesce(lc.status, lk.status) IN (SELECT unnest(?::VARCHAR[]))"
        params = [list(statuses)]
    return _rows(con.execute(f"""
        WITH {LATEST}
        SELECT s.claim_id, cc.cluster_id, s.text, s.speaker_id, a.outlet_id, a.outlet, a.title, a.url,
               a.published, a.language, coalesce(lc.status, lk.status) AS status,
               coalesce(lc.note, lk.note) AS note, coalesce(lc.actor, lk.actor) AS reviewer,
               coalesce(lc.created_at, lk.created_at) AS reviewed_at
        FROM sentences s JOIN articles a USING (article_id) JOIN claim_clusters cc USING (claim_id)
        LEFT JOIN latest lc ON lc.target_type = 'claim' AND lc.target_id = s.claim_id
        LEFT JOIN latest lk ON lk.target_type = 'cluster' AND lk.target_id = CAST(cc.cluster_id AS VARCHAR)
        WHERE {where}
        ORDER BY cc.cluster_id, a.published NULLS LAST, s.claim_id""", params))


def claim_vectors(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], list[int], np.ndarray]:
    """Every clustered claim's id, language, cluster and vector, for a search by meaning."""
    rows = con.execute("""
        SELECT cv.claim_id, a.language, cc.cluster_id, cv.vector FROM claim_vectors cv
        JOIN sentences s USING (claim_id) JOIN articles a USING (article_id) JOIN claim_clusters cc USING (claim_id)
        ORDER BY cv.claim_id""").fetchall()
    matrix = np.asarray([r[3] for r in rows], dtype=np.float32).reshape(len(rows), -1)
    return [r[0] for r in rows], [r[1] for r in rows], [int(r[2]) for r in rows], matrix


def nearest(query: np.ndarray, query_language: str, languages: list[str], matrix: np.ndarray,
            centres: dict[str, np.ndarray], *, k: int = 20, floor: float = 0.3) -> list[tuple[int, float]]:
    """Rows of ``matrix`` most similar to ``query`` after removing each side's language centre
    (so a Hindi claim and its English paraphrase score alike), best first: (row, score)."""
    if not len(matrix):
        return []
    units = centred(matrix, languages, centres)
    q = centred(np.asarray(query, dtype=np.float32).reshape(1, -1), [query_language], centres)[0]
    scores = units @ q
    best = np.argsort(-scores)[:k]
    return [(int(i), float(scores[i])) for i in best if scores[i] >= floor]
