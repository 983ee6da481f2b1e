"""An in-memory copy of the claims near the news being ingested, kept per process.

For each claim of the news window it holds its vector, the vector centred by the language
centres of when it was last grouped, its language, cluster and day, and the pairs of claims
whose similarity reaches a floor (``link``): a batch's new claims are
compared once, when they arrive, with the claims already held within the date window, and
the pairs found are kept. Which clusters a batch could change is then a walk over those
pairs (``candidates``), not a matrix product of every linked cluster's members against the
window. Claims whose figures agree may join further below the threshold (their figures add to
their similarity), so the walk also follows each claim's agreement keys (``mark``) to the
claims sharing one, down to a lower floor. Claims loaded from DuckDB (after a restart or
another process's write) carry no pairs among themselves yet; the walk compares them with
vectors when it meets them.

Claims older than the window are forgotten, so memory follows the window, not the database.
The copy is checked against the database before each batch (the number of memberships and a
checksum of them): when another process has written, it is rebuilt from DuckDB.
"""
from __future__ import annotations

import duckdb
import numpy as np

from claims.matching import centred

UNDATED = np.iinfo(np.int32).min
NEW = -1  # the cluster of a claim added by ``link`` until its batch is grouped


MEMBERSHIP_SUM = "SELECT count(*), coalesce(sum(hash(claim_id, cluster_id) % 1000000007), 0) FROM {table}"


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Changes whenever any claim joins, leaves or changes cluster."""
    n, total = con.execute(MEMBERSHIP_SUM.format(table="claim_clusters")).fetchall()[0]
    return int(n), int(total)


def moved_fingerprint(con: duckdb.DuckDBPyConnection, before: tuple[int, int], removed: str,
                      added: str) -> tuple[int, int]:
    """The fingerprint after the (claim_id, cluster_id) rows of table ``removed`` left
    claim_clusters and those of ``added`` joined it, from the one before: the count and the sum
    of row hashes change by what moved, so the whole table is not read again."""
    (n_out, out, n_in, into), = con.execute(f"SELECT * FROM ({MEMBERSHIP_SUM.format(table=removed)}), "
                                            f"({MEMBERSHIP_SUM.format(table=added)})").fetchall()
    return before[0] + int(n_in) - int(n_out), before[1] + int(into) - int(out)


class ClusterIndex:
    """Vector, language, cluster and day of each claim near the news, as rows of growing
    arrays, and the near pairs among them."""

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.row: dict[str, int] = {}
        self.n = 0
        self.vectors = np.zeros((0, dim), dtype=np.float32)
        self.units = np.zeros((0, dim), dtype=np.float32)  # centred
        self.language = np.zeros(0, dtype=np.int16)  # position in ``languages``
        self.languages: list[str] = []
        self.cluster = np.zeros(0, dtype=np.int64)
        self.day = np.zeros(0, dtype=np.int32)
        self.live = np.zeros(0, dtype=bool)
        # a linked row's near pairs with every row held when it came, within the window, are in ``pairs``
        self.linked = np.zeros(0, dtype=bool)
        self.pairs = np.zeros((0, 2), dtype=np.int64)  # both (a, b) and (b, a)
        self.link_floor: float | None = None
        self.link_window: int | None = None
        self.since: int | None = None  # every claim on or after this day (and undated) is here
        self.everything = False  # every claim is here
        self.seen: tuple[int, int] | None = None  # fingerprint after our last write
        self.keys: dict[int, frozenset] = {}  # a row's agreement keys (matching.agreement_keys)
        self.by_key: dict[object, list[int]] = {}  # the rows that have each key

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

    def _rows(self, claim_ids: list[str]) -> np.ndarray:
        """Each claim's row, a new unlinked one for a claim not held yet."""
        rows = []
        for claim_id in claim_ids:
            row = self.row.get(claim_id)
            if row is None:
                row = self.row[claim_id] = self.n
                self.n += 1
            rows.append(row)
        if self.n > len(self.vectors):
            self._grow(max(4096, self.n + self.n // 2))
        return np.asarray(rows, dtype=np.int64)

    def _codes(self, languages: list[str]) -> np.ndarray:
        for lang in languages:
            if lang not in self.languages:
                self.languages.append(lang)
        code = {lang: i for i, lang in enumerate(self.languages)}
        return np.asarray([code[lang] for lang in languages], dtype=np.int16)

    def _centred(self, rows: np.ndarray, centres: dict[str, np.ndarray]) -> np.ndarray:
        """The vectors at ``rows`` less their language's centre, as unit vectors."""
        return centred(self.vectors[rows], [self.languages[c] for c in self.language[rows]], centres)

    def put(self, claim_ids: list[str], vectors: np.ndarray, units: np.ndarray, languages: list[str],
            clusters: list[int], days: list[int]) -> None:
        rows = self._rows(claim_ids)
        self.vectors[rows] = vectors
        self.units[rows] = units
        self.language[rows] = self._codes(languages)
        self.cluster[rows] = clusters
        self.day[rows] = days
        self.live[rows] = True

    def link(self, claim_ids: list[str], vectors: np.ndarray, languages: list[str], days: list[int],
             centres: dict[str, np.ndarray], *, floor: float, window: int | None, block: int = 8192) -> np.ndarray:
        """Add the claims not held yet (in cluster ``NEW``) and keep their pairs whose
        similarity (vectors centred by ``centres``) reaches ``floor`` with each other and with
        the claims held within ``window`` days (pairs further apart in time never count);
        returns every claim's row. A different floor or window than before forgets the pairs
        kept so far."""
        if floor != self.link_floor or window != self.link_window:
            self.linked[:] = False
            self.pairs = np.zeros((0, 2), dtype=np.int64)
            self.link_floor, self.link_window = floor, window
        days = np.asarray(days, dtype=np.int32)
        fresh = np.asarray([k not in self.row for k in claim_ids], dtype=bool)
        held = self._in_days(days[fresh], window)
        rows = self._rows(claim_ids)
        new = rows[fresh]
        self.vectors[new] = np.asarray(vectors, dtype=np.float32)[fresh]
        self.language[new] = self._codes([lang for lang, f in zip(languages, fresh) if f])
        self.day[new], self.cluster[new], self.live[new] = days[fresh], NEW, True
        units = self.units[new] = self._centred(new, centres)
        found = []
        for begin in range(0, len(held), block):
            part = held[begin:begin + block]
            # the rows held are mostly one run of consecutive rows: those are read in place, not copied
            run = part[-1] - part[0] + 1 == len(part)
            product = units @ (self.units[part[0]:part[-1] + 1] if run else self.units[part]).T
            near = np.flatnonzero(product.max(axis=0) >= floor)
            a, b = np.nonzero(product[:, near] >= floor)
            found.append(np.stack([new[a], part[near[b]]], axis=1))
        a, b = np.nonzero(np.triu(units @ units.T >= floor, 1))
        found.append(np.stack([new[a], new[b]], axis=1))
        found = np.concatenate(found)
        if window is not None:
            d_a, d_b = self.day[found[:, 0]].astype(np.int64), self.day[found[:, 1]].astype(np.int64)
            found = found[(d_a == UNDATED) | (d_b == UNDATED) | (np.abs(d_a - d_b) <= window)]
        self.pairs = np.concatenate([self.pairs, found, found[:, ::-1]])
        self.linked[new] = True
        return rows

    def mark(self, rows: np.ndarray, keys: list[frozenset]) -> None:
        """Remember each row's agreement keys, for the walk to follow."""
        for row, found in zip(np.asarray(rows).tolist(), keys):
            if found and row not in self.keys:
                self.keys[row] = found
                for key in found:
                    self.by_key.setdefault(key, []).append(row)

    def _sharing(self, rows: np.ndarray, inside: np.ndarray, floor: float) -> np.ndarray:
        """The rows inside that share an agreement key with one of ``rows`` and whose
        similarity with it reaches ``floor``."""
        a, b = [], []
        for row in rows.tolist():
            for key in self.keys.get(row, ()):
                for other in self.by_key[key]:
                    if other != row and inside[other]:
                        a.append(row)
                        b.append(other)
        if not a:
            return np.zeros(0, dtype=np.int64)
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        return b[np.einsum("ij,ij->i", self.units[a], self.units[b]) >= floor]

    def _in_days(self, days: np.ndarray, window: int | None) -> np.ndarray:
        """Live rows within ``window`` days of ``days`` (all live rows when some are undated or
        there is no window), undated rows included."""
        n = self.n
        live = self.live[:n].copy()
        if window is not None and len(days) and not (days == UNDATED).any():
            live &= (self.day[:n] == UNDATED) | ((self.day[:n] >= days.min() - window) &
                                                 (self.day[:n] <= days.max() + window))
        return np.flatnonzero(live)

    def _grow(self, capacity: int) -> None:
        def grown(a: np.ndarray) -> np.ndarray:
            out = np.zeros((capacity,) + a.shape[1:], dtype=a.dtype)
            out[:len(a)] = a
            return out
        self.vectors, self.units, self.language, self.cluster, self.day, self.live, self.linked = (
            grown(self.vectors), grown(self.units), grown(self.language), grown(self.cluster), grown(self.day),
            grown(self.live), grown(self.linked))

    def forget_before(self, day: int) -> None:
        """Forget claims published before ``day``; compacts when a third of the rows are forgotten."""
        n = self.n
        self.live[:n] &= (self.day[:n] >= day) | (self.day[:n] == UNDATED)
        if not self.everything and self.since is not None:
            self.since = max(self.since, day)
        if n > 4096 and self.live[:n].sum() < 2 * n // 3:
            keep = np.flatnonzero(self.live[:n])
            moved = np.full(n, -1, dtype=np.int64)
            moved[keep] = np.arange(len(keep))
            names = {row: claim_id for claim_id, row in self.row.items()}
            self.row = {names[int(r)]: i for i, r in enumerate(keep)}
            # the rows kept are mostly the newest, one run: moved as a slice, not gathered
            kept = slice(keep[0], keep[-1] + 1) if len(keep) and keep[-1] - keep[0] + 1 == len(keep) else keep
            for a in (self.vectors, self.units, self.language, self.cluster, self.day, self.linked):
                a[:len(keep)] = a[kept]
            self.live[:len(keep)] = True
            self.live[len(keep):n] = False
            self.linked[len(keep):n] = False
            pairs = moved[self.pairs]
            self.pairs = pairs[(pairs >= 0).all(axis=1)]
            self.keys = {int(moved[row]): found for row, found in self.keys.items() if moved[row] >= 0}
            self.by_key = {}
            for row, found in self.keys.items():
                for key in found:
                    self.by_key.setdefault(key, []).append(row)
            self.n = len(keep)

    def window(self, days: list[int | None], window: int | None) -> list[int]:
        """Every cluster with a claim in the window of ``days``."""
        span = np.asarray([UNDATED if d is None else d for d in days], dtype=np.int32)
        clusters = np.unique(self.cluster[self._in_days(span, window)])
        return clusters[clusters != NEW].tolist()

    def candidates(self, rows: np.ndarray, days: list[int | None], window: int | None,
                   block: int = 8192, key_floor: float | None = None) -> list[int]:
        """Clusters linked to the claims at ``rows`` (added by ``link``) by a chain of kept
        pairs among claims within twice ``window`` days of ``days`` (each cluster's members all
        count as linked), and of pairs that share an agreement key and reach ``key_floor``. The
        grouping link never merges groups without such a pair, so grouping these with the new
        claims gives what grouping the whole window would, and every other cluster stays as it
        is."""
        n = self.n
        span = np.asarray([UNDATED if d is None else d for d in days], dtype=np.int32)
        inside = np.zeros(n, dtype=bool)
        inside[self._in_days(span, None if window is None else 2 * window)] = True
        unlinked = np.flatnonzero(inside & ~self.linked[:n])
        frontier = np.zeros(n, dtype=bool)
        frontier[rows] = True
        chosen: set[int] = set()
        while frontier.any():
            near = np.zeros(n, dtype=bool)
            near[self.pairs[frontier[self.pairs[:, 0]], 1]] = True
            # pairs with a claim loaded from the database were never kept: compare those
            if len(unlinked):
                ahead = np.flatnonzero(frontier)
                cold = ahead[~self.linked[ahead]]
                near[self._near(self.units[cold], np.flatnonzero(inside), block)] = True
                near[self._near(self.units[ahead[self.linked[ahead]]], unlinked, block)] = True
            if key_floor is not None and self.keys:
                near[self._sharing(np.flatnonzero(frontier), inside, key_floor)] = True
            clusters = set(self.cluster[:n][near & inside].tolist()) - chosen - {NEW}
            if not clusters:
                break
            chosen |= clusters
            frontier = inside & np.isin(self.cluster[:n], np.fromiter(clusters, dtype=np.int64))
        return sorted(int(c) for c in chosen)

    def _near(self, units: np.ndarray, rows: np.ndarray, block: int) -> np.ndarray:
        """Those of ``rows`` whose similarity with some of ``units`` reaches the link floor."""
        if not len(units) or not len(rows):
            return rows[:0]
        hit = np.zeros(len(rows), dtype=bool)
        for begin in range(0, len(rows), block):
            part = rows[begin:begin + block]
            for f in range(0, len(units), block):
                hit[begin:begin + len(part)] |= (units[f:f + block] @ self.units[part].T).max(axis=0) >= self.link_floor
        return rows[hit]
