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


class Clusterer:
    """Assigns a batch of new claims against everything already clustered."""

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
        old = len(rows)
        dim = len(rows[0][0]) if rows else (len(claims[0].vector) if claims else 0)
        raw = np.zeros((old + len(claims), dim), dtype=np.float32)
        for i, row in enumerate(rows):
            raw[i] = row[0]
        for i, claim in enumerate(claims):
            raw[old + i] = claim.vector
        languages = [r[4] for r in rows] + [c.language for c in claims]
        self.vectors = centre(raw, languages, language_centres(raw, languages))
        self.size = old
        self.cluster_of = np.zeros(old + len(claims), dtype=np.int64)
        self.cluster_of[:old] = [r[1] for r in rows]
        self.speakers: dict[int, set[str]] = {}
        self.numbers: dict[int, list[frozenset[str]]] = {}
        for _, cluster, speaker, content, _ in rows:
            self._remember(cluster, speaker, numbers_in(content or ""))
        return [self._assign(claim) for claim in claims]

    def _remember(self, cluster: int, speaker: str | None, numbers: frozenset[str]) -> None:
        if speaker:
            self.speakers.setdefault(cluster, set()).add(speaker)
        self.numbers.setdefault(cluster, []).append(numbers)

    def _assign(self, claim: ClaimForClustering) -> int:
        cluster = self._best_cluster(claim, self.vectors[self.size])
        if cluster is None:
            cluster = int(self.con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
            self.con.execute("INSERT INTO clusters VALUES (?, now())", [cluster])
        self.con.execute("INSERT INTO claim_clusters VALUES (?, ?)", [claim.claim_id, cluster])
        self.cluster_of[self.size] = cluster
        self.size += 1
        self._remember(cluster, claim.speaker_id, claim.numbers)
        return cluster

    def _best_cluster(self, claim: ClaimForClustering, vector: np.ndarray) -> int | None:
        if not self.size:
            return None
        sims = self.vectors[:self.size] @ vector
        clusters = self.cluster_of[:self.size]
        candidates = np.unique(clusters[sims >= self.threshold])
        best, best_score = None, -1.0
        for cluster in candidates.tolist():
            score = float(sims[clusters == cluster].mean())
            if score < self.threshold or score <= best_score:
                continue
            speakers = self.speakers.get(cluster, set())
            if claim.speaker_id and speakers and claim.speaker_id not in speakers:
                continue
            if any(numbers_conflict(claim.numbers, other) for other in self.numbers.get(cluster, [])):
                continue
            best, best_score = cluster, score
        return best
