"""Grouping claims that state the same thing, incrementally and with stable ids.

A new claim joins the existing cluster it matches best, or starts a new one; clusters are
never renumbered, so flags on a cluster survive any later ingest. The vector maths is
numpy on the candidate claims; DuckDB keeps vectors, memberships and statistics.

Multilingual sentence vectors carry a strong direction per language, which hides the
meaning when a Hindi sentence is compared with an English one. Each vector has its
language's mean (over the database's claims and the new batch) removed and is re-normalised first; that
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


def language_centres(vectors: np.ndarray, languages: list[str]) -> dict[str, np.ndarray]:
    """The mean vector of each language (languages with fewer than two claims have none)."""
    centres = {}
    langs = np.asarray(languages)
    for language in sorted(set(languages)):
        rows = vectors[langs == language]
        if len(rows) >= 2:
            centres[language] = rows.mean(axis=0).astype(np.float32)
    return centres


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


class Matcher:
    """The matching rule on plain arrays: vectors already centred and unit length."""

    def __init__(self, vectors: np.ndarray, *, threshold: float) -> None:
        self.vectors = vectors
        self.threshold = threshold
        self.size = 0
        self.cluster_of = np.zeros(len(vectors), dtype=np.int64)
        self.speakers: dict[int, set[str | None]] = {}
        self.numbers: dict[int, list[frozenset[str]]] = {}

    def remember(self, cluster: int, speaker: str | None, numbers: frozenset[str]) -> None:
        """Record that the next vector (row ``size``) belongs to ``cluster``."""
        self.cluster_of[self.size] = cluster
        self.size += 1
        self.speakers.setdefault(cluster, set()).add(speaker)
        self.numbers.setdefault(cluster, []).append(numbers)

    def best(self, speaker: str | None, numbers: frozenset[str]) -> int | None:
        """The cluster that row ``size`` should join, or None for a new one."""
        if not self.size:
            return None
        sims = self.vectors[:self.size] @ self.vectors[self.size]
        clusters = self.cluster_of[:self.size]
        best, best_score = None, -1.0
        for cluster in np.unique(clusters[sims >= self.threshold]).tolist():
            score = float(sims[clusters == cluster].mean())
            if score < self.threshold or score <= best_score:
                continue
            speakers = self.speakers[cluster] - {None}
            if speaker and speakers and speaker not in speakers:
                continue
            if any(numbers_conflict(numbers, other) for other in self.numbers[cluster]):
                continue
            best, best_score = cluster, score
        return best


def prepare(rows_vectors: list, new_vectors: list, languages: list[str]) -> np.ndarray:
    """Old and new vectors in one array, each with its language's centre removed."""
    dim = len(rows_vectors[0]) if rows_vectors else (len(new_vectors[0]) if new_vectors else 0)
    raw = np.zeros((len(rows_vectors) + len(new_vectors), dim), dtype=np.float32)
    for i, v in enumerate(list(rows_vectors) + list(new_vectors)):
        raw[i] = v
    return centre(raw, languages, language_centres(raw, languages))


class Clusterer:
    """Assigns a batch of new claims against everything already clustered, in DuckDB."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, threshold: float) -> None:
        self.con = con
        self.threshold = threshold

    def assign_all(self, claims: list[ClaimForClustering]) -> list[int]:
        rows = self.con.execute("""
            SELECT cv.vector, cc.cluster_id, s.speaker_id, s.content, a.language
            FROM claim_vectors cv
            JOIN claim_clusters cc USING (claim_id)
            JOIN sentences s USING (claim_id)
            JOIN articles a USING (article_id)
            ORDER BY cc.cluster_id, cv.claim_id""").fetchall()
        vectors = prepare([r[0] for r in rows], [c.vector for c in claims],
                          [r[4] for r in rows] + [c.language for c in claims])
        matcher = Matcher(vectors, threshold=self.threshold)
        for _, cluster, speaker, content, _ in rows:
            matcher.remember(cluster, speaker, numbers_in(content or ""))
        assigned = []
        for claim in claims:
            cluster = matcher.best(claim.speaker_id, claim.numbers)
            if cluster is None:
                cluster = int(self.con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
                self.con.execute("INSERT INTO clusters VALUES (?, now())", [cluster])
            self.con.execute("INSERT INTO claim_clusters VALUES (?, ?)", [claim.claim_id, cluster])
            matcher.remember(cluster, claim.speaker_id, claim.numbers)
            assigned.append(cluster)
        return assigned
