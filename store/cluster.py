"""Grouping claims that state the same thing, incrementally and with stable ids.

A new claim joins the existing cluster it matches best, or starts a new one; clusters are
never renumbered, so flags on a cluster survive any later ingest. The vector maths is
numpy on the candidate claims; DuckDB keeps vectors, memberships and statistics.

Multilingual sentence vectors carry a strong direction per language, which hides the
meaning when a Hindi sentence is compared with an English one. Similarities are taken
after removing each language's centre (see ``Matcher``), which lifts same-claim
Hindi-English pairs well above unrelated pairs about the same event.

Matching (average link, so one loose pair cannot chain two topics together):
  - the mean cosine similarity of the claim to the cluster's members, and the best single
    one, must both reach ``match_threshold``;
  - the same words from two different speakers are two claims, and a claim the outlet
    states in its own voice is not the same claim as one a named speaker makes ("the RBI
    raised its forecast to 5.4%" and "Das said the RBI expects 5.4%");
  - claims whose numbers disagree ("7.2%" vs "4.8%") are not the same claim (a negation
    is not a reason to split: it is marked as a conflict inside the cluster instead, since
    the negative form is often the same claim reported as a denial);
  - human corrections win: a claim never joins a cluster holding a claim it cannot link
    to, and joins the cluster of a claim it must link to (see store/corrections.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import numpy as np

from claims.figures import numbers_conflict, numbers_in
from store.corrections import decisions



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


@dataclass
class Matcher:
    """The matching rule on plain arrays.

    ``vectors`` holds every claim's unit vector in ingest order (those already clustered
    first), ``languages`` their languages. Similarities are taken after removing each
    language's running centre: the mean of that language's claims so far (up to and
    including the claim being placed), pulled towards the reference centre by
    ``prior_weight`` pseudo-claims. Only the set of earlier claims matters, so ingesting in
    batches gives the same clusters as ingesting at once, while the centres still adapt to
    what the database holds.
    """

    vectors: np.ndarray
    languages: list[str]
    threshold: float
    priors: dict[str, np.ndarray] = field(default_factory=dict)
    prior_weight: float = 20.0
    must: dict[str, set[str]] = field(default_factory=dict)
    cannot: dict[str, set[str]] = field(default_factory=dict)
    days: list[int | None] | None = None  # publication day of each row, None when unknown
    window: int | None = None  # compare only claims published within this many days
    cross_offset: float = 0.0  # added to the similarity of two claims in different languages

    def __post_init__(self) -> None:
        self.size = 0
        self.cluster_of = np.zeros(len(self.vectors), dtype=np.int64)
        self.where: dict[str, int] = {}
        self.speakers: dict[int, set[str | None]] = {}
        self.numbers: dict[int, list[frozenset[str]]] = {}
        self.lang = np.asarray(self.languages)
        dim = self.vectors.shape[1] if self.vectors.ndim == 2 else 0
        self.sums = {lang: np.zeros(dim, dtype=np.float64) for lang in set(self.languages) | set(self.priors)}
        self.counts = dict.fromkeys(self.sums, 0)
        self.day = np.asarray([-1 if d is None else d for d in (self.days or [None] * len(self.vectors))])

    def add_to_centres(self, language: str, total: np.ndarray, count: int) -> None:
        """Count claims that are not rows here (outside the date window) in the centres."""
        self.sums.setdefault(language, np.zeros_like(total, dtype=np.float64))
        self.sums[language] = self.sums[language] + total
        self.counts[language] = self.counts.get(language, 0) + count

    def remember(self, cluster: int, claim_id: str, speaker: str | None, content: str,
                 counted: bool = False) -> None:
        """Record that the next row (``size``) is ``claim_id`` and belongs to ``cluster``;
        ``counted`` when its vector is already in the centres."""
        row = self.size
        self.cluster_of[row] = cluster
        if not counted:
            self.sums[self.languages[row]] += self.vectors[row]
            self.counts[self.languages[row]] += 1
        self.size += 1
        self.where[claim_id] = cluster
        self.speakers.setdefault(cluster, set()).add(speaker)
        self.numbers.setdefault(cluster, []).append(numbers_in(content))

    def _centre(self, language: str, extra: np.ndarray | None) -> np.ndarray:
        total = self.sums[language] + (extra if extra is not None else 0)
        count = self.counts[language] + (1 if extra is not None else 0)
        prior = self.priors.get(language)
        if prior is not None:
            total = total + self.prior_weight * prior
            count = count + self.prior_weight
        return (total / max(count, 1)).astype(np.float32)

    def similarities(self) -> np.ndarray:
        """Centred cosine similarity of row ``size`` to every earlier row."""
        x, lang_x = self.vectors[self.size], self.languages[self.size]
        centres = {lang: self._centre(lang, x if lang == lang_x else None) for lang in self.sums}
        earlier = self.vectors[:self.size]
        m_x = centres[lang_x]
        x_c = x - m_x
        sims = earlier @ x_c
        norms = np.ones(self.size, dtype=np.float32)
        for lang, m in centres.items():
            rows = self.lang[:self.size] == lang
            if not rows.any():
                continue
            ym = earlier[rows] @ m
            sims[rows] -= float(m @ x_c)
            norms[rows] = np.sqrt(np.maximum(1.0 - 2.0 * ym + float(m @ m), 1e-12))
        sims = sims / (norms * max(float(np.linalg.norm(x_c)), 1e-6))
        if self.cross_offset:
            sims = sims + self.cross_offset * (self.lang[:self.size] != lang_x)
        return sims

    def best(self, claim_id: str, speaker: str | None, content: str) -> int | None:
        """The cluster that row ``size`` should join, or None for a new one."""
        for partner in sorted(self.must.get(claim_id, ())):
            if partner in self.where:
                return self.where[partner]
        if not self.size:
            return None
        banned = {self.where[p] for p in self.cannot.get(claim_id, ()) if p in self.where}
        numbers = numbers_in(content)
        sims = self.similarities()
        if self.window is not None and self.day[self.size] >= 0:
            earlier = self.day[:self.size]
            far = (earlier >= 0) & (np.abs(earlier - self.day[self.size]) > self.window)
            sims = np.where(far, -1.0, sims)
        clusters = self.cluster_of[:self.size]
        best, best_score = None, -1.0
        for cluster in np.unique(clusters[sims >= self.threshold]).tolist():
            if cluster in banned:
                continue
            score = float(sims[clusters == cluster].mean())
            if score < self.threshold or score <= best_score:
                continue
            if speaker not in self.speakers[cluster]:
                continue
            if any(numbers_conflict(numbers, other) for other in self.numbers[cluster]):
                continue
            best, best_score = cluster, score
        return best


def stack(rows_vectors: list, new_vectors: list) -> np.ndarray:
    """Old and new vectors in one float32 array, in that order."""
    dim = len(rows_vectors[0]) if rows_vectors else (len(new_vectors[0]) if new_vectors else 0)
    out = np.zeros((len(rows_vectors) + len(new_vectors), dim), dtype=np.float32)
    for i, v in enumerate(list(rows_vectors) + list(new_vectors)):
        out[i] = v
    return out


class Clusterer:
    """Assigns a batch of new claims against the clustered claims near them in time, in DuckDB.

    Only claims published within ``window`` days of the batch (or with no date) are read and
    compared, so the work per batch grows with one news cycle, not with the whole database;
    the language centres come from running sums kept in ``language_sums``.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, *, threshold: float, window: int | None = None,
                 cross_offset: float = 0.0) -> None:
        self.con = con
        self.threshold = threshold
        self.window = window
        self.cross_offset = cross_offset

    def assign_all(self, claims: list[ClaimForClustering]) -> list[int]:
        dated = [c.day for c in claims if c.day is not None]
        where, params = "TRUE", []
        if self.window is not None and dated and len(dated) == len(claims):
            where = "(a.published IS NULL OR (a.published - DATE '1970-01-01') BETWEEN ? AND ?)"
            params = [min(dated) - self.window, max(dated) + self.window]
        rows = self.con.execute(f"""
            SELECT cv.vector, cc.cluster_id, cv.claim_id, s.speaker_id, s.content, a.language,
                   a.published - DATE '1970-01-01' AS day
            FROM claim_vectors cv
            JOIN claim_clusters cc USING (claim_id)
            JOIN sentences s USING (claim_id)
            JOIN articles a USING (article_id)
            WHERE {where}
            ORDER BY cc.cluster_id, cv.claim_id""", params).fetchall()
        must, cannot = decisions(self.con)
        matcher = Matcher(stack([r[0] for r in rows], [c.vector for c in claims]),
                          [r[5] for r in rows] + [c.language for c in claims], self.threshold,
                          priors=stored_centres(self.con), must=must, cannot=cannot,
                          days=[r[6] for r in rows] + [c.day for c in claims], window=self.window,
                          cross_offset=self.cross_offset)
        for language, n, total in self.con.execute("SELECT language, n, total FROM language_sums").fetchall():
            matcher.add_to_centres(language, np.asarray(total, dtype=np.float64), int(n))
        for _, cluster, claim_id, speaker, content, _, _ in rows:
            matcher.remember(cluster, claim_id, speaker, content or "", counted=True)
        assigned = []
        for claim in claims:
            cluster = matcher.best(claim.claim_id, claim.speaker_id, claim.content)
            if cluster is None:
                cluster = int(self.con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
                self.con.execute("INSERT INTO clusters VALUES (?, now())", [cluster])
            self.con.execute("INSERT INTO claim_clusters VALUES (?, ?)", [claim.claim_id, cluster])
            matcher.remember(cluster, claim.claim_id, claim.speaker_id, claim.content)
            assigned.append(cluster)
        self._save_sums(claims)
        return assigned

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
