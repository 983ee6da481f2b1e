"""Grouping claims that state the same thing, incrementally and with stable ids.

A new claim joins the existing cluster it matches best, or starts a new one; clusters are
never renumbered, so flags on a cluster survive any later ingest. The vector maths is
numpy on the candidate claims; DuckDB keeps vectors, memberships and statistics.

Multilingual sentence vectors carry a strong direction per language, which hides the
meaning when a Hindi sentence is compared with an English one. Each vector has its
language's mean (over the database's claims) removed and is re-normalised first; that
alone lifts same-claim Hindi-English pairs well above unrelated pairs on the same event.

Matching (average link, so one loose pair cannot chain two topics together):
  - the mean cosine similarity of the claim to the cluster's members, and the best single
    one, must both reach ``match_threshold``;
  - the same words from two different speakers are two claims;
  - claims whose numbers disagree ("7.2%" vs "4.8%") are not the same claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb
import numpy as np

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


@dataclass(frozen=True)
class ClaimForClustering:
    claim_id: str
    vector: np.ndarray
    language: str
    speaker_id: str | None
    numbers: frozenset[str]


def language_centres(con: duckdb.DuckDBPyConnection, extra: list[ClaimForClustering]) -> dict[str, np.ndarray]:
    """The mean claim vector of each language over the database plus ``extra``."""
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    rows = con.execute("""
        SELECT a.language, cv.vector FROM claim_vectors cv
        JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)""").fetchall()
    for language, vector in rows:
        v = np.asarray(vector, dtype=np.float32)
        sums[language] = sums.get(language, 0) + v
        counts[language] = counts.get(language, 0) + 1
    for claim in extra:
        sums[claim.language] = sums.get(claim.language, 0) + claim.vector
        counts[claim.language] = counts.get(claim.language, 0) + 1
    return {lang: (sums[lang] / counts[lang]).astype(np.float32) for lang in sums if counts[lang] >= 2}


def centre(vectors: np.ndarray, languages: list[str], centres: dict[str, np.ndarray]) -> np.ndarray:
    """Vectors with their language's centre removed, back to unit length."""
    out = np.array(vectors, dtype=np.float32, copy=True).reshape(len(languages), -1)
    for i, language in enumerate(languages):
        if language in centres:
            out[i] -= centres[language]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def numbers_in(text: str) -> frozenset[str]:
    """The figures a claim states, normalised ("1,500" -> "1500", Devanagari digits too)."""
    text = text.translate(DEVANAGARI_DIGITS)
    return frozenset(n.replace(",", "") for n in NUMBER.findall(text))


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not (a & b)


class Clusterer:
    def __init__(self, con: duckdb.DuckDBPyConnection, *, threshold: float,
                 centres: dict[str, np.ndarray] | None = None) -> None:
        self.con = con
        self.threshold = threshold
        self.centres = centres or {}
        rows = con.execute("""
            SELECT cv.claim_id, cv.vector, cc.cluster_id, s.speaker_id, s.content, a.language
            FROM claim_vectors cv
            JOIN claim_clusters cc USING (claim_id)
            JOIN sentences s USING (claim_id)
            JOIN articles a USING (article_id)
            ORDER BY cc.cluster_id, cv.claim_id""").fetchall()
        dim = len(rows[0][1]) if rows else 0
        self.vectors = (centre(np.array([r[1] for r in rows], dtype=np.float32).reshape(len(rows), dim),
                               [r[5] for r in rows], self.centres) if rows else None)
        self.cluster_of = [r[2] for r in rows]
        self.speakers: dict[int, set[str]] = {}
        self.numbers: dict[int, list[frozenset[str]]] = {}
        for _, _, cluster, speaker, content, _ in rows:
            if speaker:
                self.speakers.setdefault(cluster, set()).add(speaker)
            self.numbers.setdefault(cluster, []).append(numbers_in(content or ""))

    def assign(self, claim: ClaimForClustering) -> int:
        vector = centre(claim.vector.reshape(1, -1), [claim.language], self.centres)[0]
        cluster = self._best_cluster(claim, vector)
        if cluster is None:
            cluster = int(self.con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
            self.con.execute("INSERT INTO clusters VALUES (?, now())", [cluster])
        self.con.execute("INSERT INTO claim_clusters VALUES (?, ?)", [claim.claim_id, cluster])
        vector = vector.reshape(1, -1)
        self.vectors = vector if self.vectors is None else np.vstack([self.vectors, vector])
        self.cluster_of.append(cluster)
        if claim.speaker_id:
            self.speakers.setdefault(cluster, set()).add(claim.speaker_id)
        self.numbers.setdefault(cluster, []).append(claim.numbers)
        return cluster

    def _best_cluster(self, claim: ClaimForClustering, vector: np.ndarray) -> int | None:
        if self.vectors is None or not len(self.vectors):
            return None
        sims = self.vectors @ vector
        close = np.nonzero(sims >= self.threshold)[0]
        if not len(close):
            return None
        clusters = np.asarray(self.cluster_of)
        best, best_score = None, -1.0
        for cluster in sorted({int(clusters[i]) for i in close}):
            members = sims[clusters == cluster]
            score = float(members.mean())
            if score < self.threshold or score <= best_score:
                continue
            speakers = self.speakers.get(cluster, set())
            if claim.speaker_id and speakers and claim.speaker_id not in speakers:
                continue
            if any(numbers_conflict(claim.numbers, other) for other in self.numbers.get(cluster, [])):
                continue
            best, best_score = cluster, score
        return best
