"""An in-memory copy of the claims near the news being ingested, kept per process.

For each claim of the news window it holds its centred vector (float16), its cluster and its
day, so one matrix product finds every stored claim a new claim is near, without reading the
window's vectors from DuckDB; only the clusters of those claims are then read and grouped
again. Claims older than the window are forgotten, so memory follows the window, not the
database.

The copy is checked against the database before each batch (the number of memberships and a
checksum of them): when another process has written, it is rebuilt from DuckDB.
"""
from __future__ import annotations

import duckdb
import numpy as np

UNDATED = np.iinfo(np.int32).min


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Changes whenever any claim joins, leaves or changes cluster."""
    n, total = con.execute(
        "SELECT count(*), coalesce(sum(hash(claim_id, cluster_id) % 1000000007), 0) FROM claim_clusters").fetchall()[0]
    return int(n), int(total)


class ClusterIndex:
    """Centred vector, cluster and day of each claim near the news, as rows of growing arrays."""

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.row: dict[str, int] = {}
        self.n = 0
        self.units = np.zeros((0, dim), dtype=np.float16)
        self.cluster = np.zeros(0, dtype=np.int64)
        self.day = np.zeros(0, dtype=np.int32)
        self.live = np.zeros(0, dtype=bool)
        self.since: int | None = None  # every claim on or after this day (and undated) is here
        self.everything = False  # every claim is here
        self.seen: tuple[int, int] | None = None  # fingerprint after our last write

    def valid(self, con: duckdb.DuckDBPyConnection, lo: int | None) -> bool:
        """Whether this copy holds every claim a batch reaching back to day ``lo`` (None: no
        window) may be compared with, as the database has them now."""
        if self.seen is None:
            return False
        if not self.everything and (lo is None or self.since is None or lo < self.since):
            return False
        return fingerprint(con) == self.seen

    def clear(self) -> None:
        self.__init__(self.dim)

    def put(self, claim_ids: list[str], units: np.ndarray, clusters: list[int], days: list[int]) -> None:
        rows = []
        for claim_id in claim_ids:
            row = self.row.get(claim_id)
            if row is None:
                row = self.row[claim_id] = self.n
                self.n += 1
            rows.append(row)
        if self.n > len(self.units):
            self._grow(max(4096, 2 * self.n))
        rows = np.asarray(rows, dtype=np.int64)
        self.units[rows] = units
        self.cluster[rows] = clusters
        self.day[rows] = days
        self.live[rows] = True

    def _grow(self, capacity: int) -> None:
        def grown(a: np.ndarray) -> np.ndarray:
            out = np.zeros((capacity,) + a.shape[1:], dtype=a.dtype)
            out[:len(a)] = a
            return out
        self.units, self.cluster, self.day, self.live = (grown(self.units), grown(self.cluster), grown(self.day),
                                                         grown(self.live))

    def forget_before(self, day: int) -> None:
        """Forget claims published before ``day``; compacts when half the rows are forgotten."""
        n = self.n
        self.live[:n] &= (self.day[:n] >= day) | (self.day[:n] == UNDATED)
        if not self.everything and self.since is not None:
            self.since = max(self.since, day)
        if n > 4096 and self.live[:n].sum() < n // 2:
            keep = np.flatnonzero(self.live[:n])
            names = {row: claim_id for claim_id, row in self.row.items()}
            self.row = {names[int(r)]: i for i, r in enumerate(keep)}
            self.units[:len(keep)] = self.units[keep]
            self.cluster[:len(keep)] = self.cluster[keep]
            self.day[:len(keep)] = self.day[keep]
            self.live[:len(keep)] = True
            self.live[len(keep):n] = False
            self.n = len(keep)

    def window(self, days: list[int | None], window: int | None) -> list[int]:
        """Every cluster with a claim in the window of ``days``."""
        n = self.n
        live = self.live[:n].copy()
        if window is not None and all(d is not None for d in days):
            live &= (self.day[:n] == UNDATED) | ((self.day[:n] >= min(days) - window) &
                                                 (self.day[:n] <= max(days) + window))
        return sorted({int(c) for c in self.cluster[:n][live]})

    def candidates(self, units: np.ndarray, days: list[int | None], window: int | None,
                   floor: float, block: int = 16384) -> list[int]:
        """Clusters linked to a new claim by a chain of pairs whose similarity reaches ``floor``
        (each cluster's members all count as linked). Average link only merges groups with at
        least one such pair, so grouping these with the new claims gives what grouping the
        whole window would, and every other cluster stays as it is."""
        n = self.n
        live = self.live[:n].copy()
        if window is not None and all(d is not None for d in days):
            live &= (self.day[:n] == UNDATED) | ((self.day[:n] >= min(days) - window - window) &
                                                 (self.day[:n] <= max(days) + window + window))
        rows = np.flatnonzero(live)
        frontier = np.asarray(units, dtype=np.float32)
        chosen: set[int] = set()
        while len(rows) and len(frontier):
            near = np.zeros(len(rows), dtype=bool)
            for begin in range(0, len(rows), block):
                part = rows[begin:begin + block]
                for f in range(0, len(frontier), block):
                    near[begin:begin + len(part)] |= (frontier[f:f + block] @ self.units[part].astype(np.float32).T
                                                      >= floor).any(axis=0)
            clusters = set(self.cluster[rows[near]].tolist()) - chosen
            if not clusters:
                break
            chosen |= clusters
            joined = np.isin(self.cluster[rows], np.fromiter(clusters, dtype=np.int64))
            frontier = self.units[rows[joined]].astype(np.float32)
            rows = rows[~joined]
        return sorted(int(c) for c in chosen)
