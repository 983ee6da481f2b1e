"""Cluster tables in DuckDB: which claims are grouped, read and written after each batch.

After a batch is saved, every claim in the batch's news window (published within the window
of the batch's dates, or undated), together with all members of the clusters those claims are
in, is grouped afresh by the matching rule in ``claims.matching``. The rule depends only on
the set of claims, so the clusters do not depend on the order articles arrive in.

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
from store.corrections import decisions

PRIOR_WEIGHT = 20.0  # pseudo-claims at the reference centre that steady each language's centre


@dataclass(frozen=True)
class ClaimForClustering:
    claim_id: str
    vector: np.ndarray
    language: str
    speaker_id: str | None
    content: str
    day: int | None = None  # publication date as a day number, when known


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
                 cross_offset: float = 0.0, floor: float = 0.2) -> None:
        self.con = con
        self.threshold = threshold
        self.window = window
        self.cross_offset = cross_offset
        self.floor = floor

    def _scope(self, claims: list[ClaimForClustering]) -> list[tuple]:
        """Every stored claim to group again: the batch's window, closed over clusters."""
        dated = [c.day for c in claims if c.day is not None]
        where, params = "TRUE", []
        if self.window is not None and dated and len(dated) == len(claims):
            where = "(a.published IS NULL OR (a.published - DATE '1970-01-01') BETWEEN ? AND ?)"
            params = [min(dated) - self.window, max(dated) + self.window]
        return self.con.execute(f"""
            WITH near AS (
                SELECT s.claim_id FROM sentences s JOIN articles a USING (article_id)
                WHERE s.is_claim AND s.claim_id IS NOT NULL AND {where}),
            touched AS (SELECT DISTINCT cluster_id FROM claim_clusters JOIN near USING (claim_id)),
            chosen AS (
                SELECT claim_id FROM near
                UNION SELECT claim_id FROM claim_clusters WHERE cluster_id IN (SELECT cluster_id FROM touched))
            SELECT cv.claim_id, cv.vector, a.language, s.speaker_id, coalesce(s.content, s.text),
                   a.published - DATE '1970-01-01', cc.cluster_id
            FROM chosen JOIN claim_vectors cv USING (claim_id) JOIN sentences s USING (claim_id)
            JOIN articles a USING (article_id) LEFT JOIN claim_clusters cc USING (claim_id)
            ORDER BY cv.claim_id""", params).fetchall()

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
        rows = self._scope(claims)
        stored = {r[0] for r in rows}
        rows += [(c.claim_id, c.vector, c.language, c.speaker_id, c.content, c.day, None)
                 for c in claims if c.claim_id not in stored]  # not saved by the caller
        rows.sort(key=lambda r: r[0])
        keys = [r[0] for r in rows]
        old = {r[0]: r[6] for r in rows if r[6] is not None}
        frozen_ids = frozen_clusters(self.con) & set(old.values())
        frozen = [[k for k, c in old.items() if c == cluster] for cluster in sorted(frozen_ids)]
        must, cannot = decisions(self.con)
        languages = [r[2] for r in rows]
        units = matching.centred(np.asarray([r[1] for r in rows], dtype=np.float32).reshape(len(rows), -1),
                                 languages, self._centres())
        groups = matching.group(
            keys, units, languages, [matching.facts_of(r[4] or "", r[3]) for r in rows],
            threshold=self.threshold, cross_offset=self.cross_offset, floor=self.floor,
            days=[r[5] for r in rows], window=self.window,
            must=[(a, b) for a, bs in must.items() for b in bs if a < b],
            cannot=[(a, b) for a, bs in cannot.items() for b in bs if a < b], frozen=frozen)
        ids = self._carry_ids(keys, groups, old, frozen_ids)
        changed = pd.DataFrame({"claim_id": [k for k in keys if old.get(k) != ids[k]],
                                "cluster_id": [ids[k] for k in keys if old.get(k) != ids[k]]})
        if len(changed):
            self.con.register("changed_memberships", changed)
            self.con.execute("DELETE FROM claim_clusters WHERE claim_id IN (SELECT claim_id FROM changed_memberships)")
            self.con.execute("INSERT INTO claim_clusters SELECT claim_id, cluster_id FROM changed_memberships")
            self.con.unregister("changed_memberships")
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
        for g in sorted(members, key=lambda g: min(members[g])):
            if g not in chosen:
                chosen[g] = int(self.con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
                self.con.execute("INSERT INTO clusters VALUES (?, now())", [chosen[g]])
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
