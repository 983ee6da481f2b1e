"""Cluster tables in DuckDB: which claims are grouped, read and written after each batch.

After a batch is saved, its claims are compared, in one matrix product, with the claims of
the news window kept in memory per process (``store.cluster_index``), and the pairs whose
similarity reaches ``MARGIN`` below the threshold are kept there. The clusters a new claim
could join are those linked to it by a chain of such pairs, found by walking the kept pairs.
The grouping link (``claims.matching``) never merges groups without a pair at the threshold,
so grouping those clusters' members and the new claims afresh by that rule gives what
grouping the whole window would; every other cluster stays as it is, so the work per
batch follows the batch and its neighbourhood, not the database. Below ``WHOLE_WINDOW``
clusters in a window, where the language centres still move with each batch, the whole
window is grouped again instead. The rule depends only on the set of claims, so the clusters
do not depend on the order articles arrive in.

Ids stay stable for users: each new group takes the id of the old cluster it shares most
claims with (each old id at most once); only groups with no old claims get new ids. Clusters
a person has flagged or corrected are frozen: they keep their members and id, may gain new
members, and never merge with another frozen cluster. Must-link and cannot-link decisions
(store/corrections.py) are honoured by the grouping itself.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from claims import matching
from store.cluster_index import UNDATED, ClusterIndex, fingerprint, moved_fingerprint
from store.corrections import decisions

PRIOR_WEIGHT = 20.0  # pseudo-claims at the reference centre that steady each language's centre
MARGIN = 0.02  # slack under the threshold for the chains that decide which clusters are regrouped
# up to this many clusters in a window, all of it is regrouped: the language centres still move
# with each batch there, and regrouping everything keeps the clusters exactly order-free (the
# cost grows with the square of the window, so this stays well under a day of busy news)
WHOLE_WINDOW = 1000


@dataclass(frozen=True)
class ClaimForClustering:
    claim_id: str
    vector: np.ndarray
    language: str
    speaker_id: str | None
    content: str
    day: int | None = None  # publication date as a day number, when known
    headline: str | None = None  # the article's title: the places a claim naming none is about
    referred: tuple[str, ...] = ()  # the states and cities it refers to without naming them


def _keys(content: str | None, speaker: str | None, headline: str | None,
          referred: list[str] | tuple[str, ...] | None = None) -> frozenset:
    return matching.agreement_keys(matching.facts_for(content or "", speaker, headline, tuple(referred or ())))


def claim_keys(claim: ClaimForClustering) -> frozenset:
    """The keys of a claim's facts (figures, places, dates) that its grouping compares. They are
    remembered, so reading them before the claim is grouped (while the model embeds it) spares
    the grouping that work."""
    return _keys(claim.content, claim.speaker_id, claim.headline, claim.referred)


def stored_centres(con: duckdb.DuckDBPyConnection) -> dict[str, np.ndarray]:
    return {lang: np.asarray(v, dtype=np.float32)
            for lang, v in con.execute("SELECT language, vector FROM language_centres").fetchall()}


def store_centres(con: duckdb.DuckDBPyConnection, centres: dict[str, np.ndarray]) -> None:
    con.executemany("INSERT OR IGNORE INTO language_centres VALUES (?, ?)",
                    [[lang, v.tolist()] for lang, v in sorted(centres.items())])


def frozen_clusters(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Clusters a person has acted on: flagged, merged, split or moved into or out of."""
    return {int(r[0]) for r in con.execute("""
        SELECT TRY_CAST(target_id AS BIGINT) FROM flag_events WHERE target_type = 'cluster'
        UNION SELECT from_cluster FROM cluster_moves UNION SELECT to_cluster FROM cluster_moves
        UNION SELECT cluster_id FROM cluster_merges UNION SELECT merged_into FROM cluster_merges""").fetchall()
        if r[0] is not None}


class Clusterer:
    """Re-groups the claims of a batch's news window after the batch is saved."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, threshold: float, window: int | None = None,
                 cross_offset: float = 0.0, floor: float = 0.2, index: ClusterIndex | None = None) -> None:
        self.con = con
        self.threshold = threshold
        self.window = window
        self.cross_offset = cross_offset
        self.floor = floor
        self.index = index if index is not None else ClusterIndex()
        self.touched: set[int] = set()  # every cluster that gained or lost a claim here

    def _load(self, lo: int | None, centres: dict[str, np.ndarray]) -> None:
        """Copy every clustered claim published on or after ``lo`` (or undated) into the index."""
        index = self.index
        index.clear()
        where, params = "TRUE", []
        if lo is not None:
            where = "(a.published IS NULL OR (a.published - DATE '1970-01-01') >= ?)"
            params = [lo]
        table = self.con.sql(f"""
            SELECT cc.claim_id, cc.cluster_id, cv.vector, a.language, a.published - DATE '1970-01-01' AS day,
                   s.speaker_id, coalesce(s.content, s.text) AS content, a.title, s.referred_places
            FROM claim_clusters cc JOIN claim_vectors cv USING (claim_id) JOIN sentences s USING (claim_id)
            JOIN articles a USING (article_id) WHERE {where}""", params=params).to_arrow_table()
        if table.num_rows:
            vectors, languages = _matrix(table.column("vector")), table.column("language").to_pylist()
            index.put(table.column("claim_id").to_pylist(), vectors, matching.centred(vectors, languages, centres),
                      languages, table.column("cluster_id").to_pylist(),
                      [UNDATED if d is None else d for d in table.column("day").to_pylist()])
            index.mark(np.asarray([index.row[k] for k in table.column("claim_id").to_pylist()]), [_keys(*r) for r in zip(
                *(table.column(name).to_pylist() for name in ("content", "speaker_id", "title", "referred_places")))])
        index.since, index.everything = lo, lo is None
        index.seen = fingerprint(self.con)

    def _members(self, cluster_ids: list[int], claim_ids: list[str]) -> list[tuple]:
        """The stored members of ``cluster_ids`` and the stored claims among ``claim_ids``.
        Vectors come from the index where it holds them, so only the claims it lacks are read
        from the (wide) vector table."""
        # each membership is read on its own from claim_clusters (semi-joins on the chosen ids),
        # not by joining the members back onto the whole membership table
        table = self.con.sql("""
            WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS claim_id),
            chosen AS (
                SELECT claim_id, max(cluster_id) AS cluster_id FROM (
                    SELECT claim_id, cluster_id FROM claim_clusters WHERE cluster_id IN (SELECT unnest(?::BIGINT[]))
                    UNION ALL SELECT claim_id, cluster_id FROM claim_clusters
                              WHERE claim_id IN (SELECT claim_id FROM wanted)
                    UNION ALL SELECT claim_id, NULL FROM wanted)
                GROUP BY claim_id)
            SELECT s.claim_id, a.language, s.speaker_id, coalesce(s.content, s.text) AS content,
                   a.published - DATE '1970-01-01' AS day, chosen.cluster_id, a.title, s.article_id,
                   s.referred_places
            FROM chosen JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)""",
                            params=[claim_ids, cluster_ids]).to_arrow_table()
        if not table.num_rows:
            return []
        columns = [table.column(name).to_pylist() for name in ("claim_id", "language", "speaker_id", "content",
                                                                 "day", "cluster_id", "title", "article_id",
                                                                 "referred_places")]
        rows = np.asarray([self.index.row.get(k, -1) for k in columns[0]], dtype=np.int64)
        vectors = np.zeros((len(rows), self.index.dim), dtype=np.float32)
        found = rows >= 0
        vectors[found] = self.index.vectors[rows[found]]
        lacking = [k for k, r in zip(columns[0], rows) if r < 0]
        if lacking:
            read = self.con.sql("SELECT claim_id, vector FROM claim_vectors WHERE claim_id IN (SELECT unnest(?::VARCHAR[]))",
                                params=[lacking]).to_arrow_table()
            position = {k: i for i, k in enumerate(columns[0])}
            read_rows = [position[k] for k in read.column("claim_id").to_pylist()]
            if read_rows:
                vectors[read_rows] = _matrix(read.column("vector"))
            found[read_rows] = True
        return [(k, vectors[i], lang, speaker, content, day, cluster, title, article, tuple(referred or ()))
                for i, (k, lang, speaker, content, day, cluster, title, article, referred) in enumerate(zip(*columns))
                if found[i]]

    def _centres(self) -> dict[str, np.ndarray]:
        priors = stored_centres(self.con)
        sums = {lang: (np.asarray(total, dtype=np.float64), int(n)) for lang, n, total in
                self.con.execute("SELECT language, n, total FROM language_sums").fetchall()}
        return {lang: matching.centre(*sums.get(lang, (np.zeros_like(priors.get(lang, 0.0)), 0)),
                                      priors.get(lang), PRIOR_WEIGHT)
                for lang in set(priors) | set(sums)}

    def assign_all(self, claims: list[ClaimForClustering]) -> list[int]:
        """Group the batch with its window; returns each new claim's cluster id."""
        if not claims:
            return []
        self._save_sums(claims)
        centres = self._centres()
        days = [c.day for c in claims]
        dated = self.window is not None and all(d is not None for d in days)
        lo = min(days) - self.window if dated else None
        if not self.index.valid(self.con, lo):
            self._load(lo, centres)
        elif lo is not None:
            self.index.forget_before(lo - self.window)
        before = self.index.seen  # what claim_clusters holds now (checked or read just above)
        self.index.seen = None  # the copy changes from here: rebuilt if this batch fails
        new_rows = self.index.link(
            [c.claim_id for c in claims], np.asarray([c.vector for c in claims], dtype=np.float32).reshape(len(claims), -1),
            [c.language for c in claims], [UNDATED if d is None else d for d in days], centres,
            floor=self.threshold - MARGIN - abs(self.cross_offset), window=self.window)
        self.index.mark(new_rows, [claim_keys(c) for c in claims])
        near = self.index.window(days, self.window if dated else None)
        if len(near) > WHOLE_WINDOW:
            near = self.index.candidates(
                new_rows, days, self.window if dated else None,
                key_floor=self.threshold - MARGIN - abs(self.cross_offset) - matching.MOST_AGREEMENT)
        rows = self._members(near, [c.claim_id for c in claims])
        stored = {r[0] for r in rows}
        rows += [(c.claim_id, c.vector, c.language, c.speaker_id, c.content, c.day, None, c.headline, None,
                  tuple(c.referred))
                 for c in claims if c.claim_id not in stored]  # not saved by the caller
        rows.sort(key=lambda r: r[0])
        keys = [r[0] for r in rows]
        old = {r[0]: r[6] for r in rows if r[6] is not None}
        frozen_ids = frozen_clusters(self.con) & set(old.values())
        frozen = [[k for k, c in old.items() if c == cluster] for cluster in sorted(frozen_ids)]
        must, cannot = decisions(self.con)
        languages = [r[2] for r in rows]
        vectors = np.asarray([r[1] for r in rows], dtype=np.float32).reshape(len(rows), -1)
        units = matching.centred(vectors, languages, centres)
        groups = matching.group(
            keys, units, languages, [matching.facts_for(r[4] or "", r[3], r[7], r[9]) for r in rows],
            articles=[r[8] for r in rows],
            threshold=self.threshold, cross_offset=self.cross_offset, floor=self.floor,
            days=[r[5] for r in rows], window=self.window,
            must=[(a, b) for a, bs in must.items() for b in bs if a < b],
            cannot=[(a, b) for a, bs in cannot.items() for b in bs if a < b], frozen=frozen)
        ids = self._carry_ids(keys, groups, old, frozen_ids)
        changed = pd.DataFrame({"claim_id": [k for k in keys if old.get(k) != ids[k]],
                                "cluster_id": [ids[k] for k in keys if old.get(k) != ids[k]]})
        self.touched |= {old[k] for k in changed["claim_id"] if k in old} | set(changed["cluster_id"].tolist())
        seen = before
        if len(changed):
            left = pd.DataFrame({"claim_id": [k for k in changed["claim_id"] if k in old],
                                 "cluster_id": np.asarray([old[k] for k in changed["claim_id"] if k in old],
                                                          dtype=np.int64)})
            self.con.register("changed_memberships", changed)
            self.con.register("left_memberships", left)
            self.con.execute("DELETE FROM claim_clusters WHERE claim_id IN (SELECT claim_id FROM changed_memberships)")
            self.con.execute("INSERT INTO claim_clusters SELECT claim_id, cluster_id FROM changed_memberships")
            seen = moved_fingerprint(self.con, before, "left_memberships", "changed_memberships")
            self.con.unregister("left_memberships")
            self.con.unregister("changed_memberships")
        self.index.put(keys, vectors, units, languages, [ids[k] for k in keys],
                       [UNDATED if r[5] is None else r[5] for r in rows])
        self.index.seen = seen
        return [ids[c.claim_id] for c in claims]

    def _carry_ids(self, keys: list[str], groups: list[int], old: dict[str, int],
                   frozen_ids: set[int]) -> dict[str, int]:
        """Each group's cluster id: a frozen cluster's own, else the old id it overlaps most."""
        members: dict[int, list[str]] = {}
        for key, g in zip(keys, groups):
            members.setdefault(g, []).append(key)
        overlaps = []
        chosen: dict[int, int] = {}
        for g, claim_ids in members.items():
            counts: dict[int, int] = {}
            for k in claim_ids:
                if k in old:
                    counts[old[k]] = counts.get(old[k], 0) + 1
            held = sorted(c for c in counts if c in frozen_ids)
            if held:
                chosen[g] = held[0]
                continue
            overlaps += [(-n, cluster, g) for cluster, n in counts.items()]
        taken = set(chosen.values())
        for _, cluster, g in sorted(overlaps):
            if g not in chosen and cluster not in taken:
                chosen[g] = cluster
                taken.add(cluster)
        fresh = [g for g in sorted(members, key=lambda g: min(members[g])) if g not in chosen]
        if fresh:  # new ids in one statement, in the groups' canonical order
            ids = [int(r[0]) for r in self.con.execute(
                "SELECT nextval('cluster_ids') FROM range(?) ORDER BY range", [len(fresh)]).fetchall()]
            chosen.update(zip(fresh, sorted(ids)))
            self.con.execute("INSERT INTO clusters SELECT unnest(?::BIGINT[]), now()", [ids])
        return {k: chosen[g] for g, claim_ids in members.items() for k in claim_ids}

    def _save_sums(self, claims: list[ClaimForClustering]) -> None:
        for language in sorted({c.language for c in claims}):
            vectors = [c.vector for c in claims if c.language == language]
            total = np.sum(np.asarray(vectors, dtype=np.float64), axis=0)
            row = self.con.execute("SELECT n, total FROM language_sums WHERE language = ?", [language]).fetchall()
            if row:
                self.con.execute("UPDATE language_sums SET n = ?, total = ? WHERE language = ?",
                                 [row[0][0] + len(vectors), (np.asarray(row[0][1]) + total).tolist(), language])
            else:
                self.con.execute("INSERT INTO language_sums VALUES (?, ?, ?)", [language, len(vectors), total.tolist()])


def _matrix(column) -> np.ndarray:
    """A DuckDB ``FLOAT[n]`` column (Arrow fixed-size lists) as an (rows, n) float32 array."""
    flat = column.combine_chunks()
    width = flat.type.list_size
    return np.asarray(flat.flatten().to_numpy(zero_copy_only=False), dtype=np.float32).reshape(-1, width)
