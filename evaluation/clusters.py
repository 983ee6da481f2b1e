"""Cluster scores on a labelled set, through the real ingest into a real DuckDB file.

Each article of the set is ingested on its own, in a given order, exactly as a user's ingest
would do it; only the embedding is remembered between runs (``Remembering``), so scoring many
orders costs one embedding pass. Scores count the labelled claims:

- pairwise precision, recall and F1 of "same cluster" against "same statement";
- Hindi-English recall: the share of same-statement pairs across the two languages that
  share a cluster;
- ``recurring`` and ``single_sourced`` accuracy: the share of labelled claims whose cluster
  has the flag its statement has (recurring: carried by two or more outlets; single-sourced:
  every member goes back to one origin, the first credited source or else the outlet).

A statement is the label's ``group`` mapped through ``statements`` (groups that differ only
by who says them are one statement); a claim with no group is a statement of its own. The
labels give a group only to a claim found in two or more articles (the real Hindi news labels:
two or more papers), so two ungrouped claims of one article (paper) may repeat each other:
such pairs are left out of the pairwise scores (``within``).
"""
from __future__ import annotations

import random
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml

from claims.settings import Settings
from evaluation.sets import Labelled
from store import queries
from store.db import connect
from app.ingest import ingest


UNGROUPED = "ungrouped:"


class Remembering:
    """An embedder that embeds each distinct text once."""

    def __init__(self, embedder) -> None:
        self.inner, self.name, self.dim = embedder, embedder.name, embedder.dim
        self.seen: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        new = list(dict.fromkeys(t for t in texts if t not in self.seen))
        if new:
            for text, vector in zip(new, self.inner.embed(new)):
                self.seen[text] = vector
        return np.asarray([self.seen[t] for t in texts], dtype=np.float32).reshape(len(texts), self.dim)


def _write(items: list[Labelled], folder: Path) -> dict[str, Labelled]:
    """Each article as a Markdown file; returns file path -> labelled article."""
    by_path = {}
    for item in items:
        a = item.article
        meta = {"title": a.title, "outlet": a.outlet, "language": a.language, "url": a.url,
                "published": a.published}
        path = folder / f"{item.name}.md"
        path.write_text("---\n" + yaml.safe_dump({k: v for k, v in meta.items() if v is not None},
                                                  allow_unicode=True) + "---\n" + a.body, encoding="utf-8")
        by_path[str(path)] = item
    return by_path


def run(items: list[Labelled], embedder, *, seed: int | None = None, threshold: float | None = None,
        statements: dict[str, str] | None = None, settings: Settings | None = None,
        within: str = "article") -> dict[str, float]:
    """Ingest ``items`` one article at a time (in a shuffled order when ``seed`` is given) and score;
    ``within``: "article" or "outlet", the unit inside which the labels leave repeats ungrouped."""
    statements = statements or {}
    order = list(items)
    if seed is not None:
        random.Random(seed).shuffle(order)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        by_path = _write(order, folder)
        db = str(folder / "eval.duckdb")
        for path in by_path:
            report = ingest([path], db, embedder=embedder, threshold=threshold, settings=settings)
            if report.failed:
                raise RuntimeError(f"{path}: {[str(p) for p in report.problems]}")
        with connect(db) as con:
            rows = con.execute("""
                SELECT a.source_file, s.start_offset, s.end_offset, cc.cluster_id
                FROM claim_clusters cc JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)""").fetchall()
            flags = {r["cluster_id"]: (r["recurring"], r["single_sourced"])
                     for r in queries.clusters(con, limit=10**9)}
    cluster_of = {(path, start, end): cluster for path, start, end, cluster in rows}
    claims = []
    for path, item in by_path.items():
        for label in item.labels:
            if not label["is_claim"]:
                continue
            group = label.get("group")
            statement = statements.get(group, group) if group else f"{UNGROUPED}{item.name}#{label['index']}"
            cluster = cluster_of.get((path, label["start"], label["end"]))
            origin = label["sources"][0] if label["sources"] else item.article.outlet_id
            claims.append({"statement": statement, "cluster": cluster, "language": item.article.language,
                           "article": item.name, "labelled_set": item.labelled_set,
                           "outlet": item.article.outlet_id, "origin": origin})
    return scores(claims, flags, within=within)


def scores(claims: list[dict], flags: dict[int, tuple[bool, bool]], *, within: str = "article") -> dict[str, float]:
    """Pairwise and per-claim scores; a claim with no cluster (not taken for a claim) is alone."""
    tp = fp = fn = cross = cross_hit = 0
    for a, b in combinations(claims, 2):
        if a["statement"].startswith(UNGROUPED) and b["statement"].startswith(UNGROUPED) and \
                a.get(within) == b.get(within):
            continue  # one article's (paper's) ungrouped claims: the labels do not say whether they differ
        if a.get("labelled_set") != b.get("labelled_set"):
            continue  # each set's labels group its own articles only: they say nothing of a pair across two
        same_gold = a["statement"] == b["statement"]
        same_pred = a["cluster"] is not None and a["cluster"] == b["cluster"]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold and a["language"] != b["language"]:
            cross += 1
            cross_hit += same_pred
    outlets: dict[str, set] = {}
    origins: dict[str, set] = {}
    for c in claims:
        outlets.setdefault(c["statement"], set()).add(c["outlet"])
        origins.setdefault(c["statement"], set()).add(c["origin"])
    recurring_ok = single_ok = 0
    for c in claims:
        predicted = flags.get(c["cluster"], (False, True))
        recurring_ok += predicted[0] == (len(outlets[c["statement"]]) >= 2)
        single_ok += predicted[1] == (len(origins[c["statement"]]) == 1)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(1e-9, precision + recall),
            "hi_en_recall": cross_hit / max(1, cross) if cross else float("nan"),
            "recurring_accuracy": recurring_ok / max(1, len(claims)),
            "single_sourced_accuracy": single_ok / max(1, len(claims)),
            "claims": len(claims), "pairs": tp + fn, "hi_en_pairs": cross}


def over_orders(items: list[Labelled], embedder, *, orders: int = 10, threshold: float | None = None,
                statements: dict[str, str] | None = None,
                settings: Settings | None = None, within: str = "article") -> dict[str, dict[str, float]]:
    """Mean and lowest of each score over ``orders`` shuffled arrival orders."""
    runs = [run(items, embedder, seed=seed, threshold=threshold, statements=statements, settings=settings,
                within=within) for seed in range(orders)]
    keys = [k for k in runs[0] if k not in {"claims", "pairs", "hi_en_pairs"}]
    return {"mean": {k: float(np.mean([r[k] for r in runs])) for k in keys},
            "lowest": {k: float(np.min([r[k] for r in runs])) for k in keys},
            "size": {k: runs[0][k] for k in ("claims", "pairs", "hi_en_pairs")}}
