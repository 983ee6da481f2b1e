"""Where the merge threshold should sit, read from public paraphrase data, not from our samples.

    python bench/threshold.py [--pairs 1000]

Uses the similarity the matcher uses (cosine after removing each language's reference
centre) on three public sets in ../shared/data (each skipped when absent):
  - STS-B dev+test (English): pairs scored 4 or more of 5 ("mostly equivalent") are the same
    statement, pairs under 3 are not; the ones between are left out as ambiguous;
  - DPIL 2016 task 1 (Hindi news): P pairs are paraphrases, NP pairs are not;
  - Tatoeba Hindi-English: a translation pair is the same statement; each Hindi sentence's
    most similar English sentence that is not its translation is the hardest negative. It also
    prints how much lower unrelated Hindi-English pairs score than unrelated pairs in one
    language: the gap ``cross_language_offset`` makes up for.
For each it prints the threshold with the best F1, and precision and recall at the
configured ``match_threshold`` (pairs in different languages get ``cross_language_offset``).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import centres  # noqa: E402
from claims.settings import Settings  # noqa: E402
from claims.embed import get_embedder  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def centred(embedder, texts: list[str], language: str, reference: dict[str, np.ndarray]) -> np.ndarray:
    vectors = embedder.embed(texts) - reference[language]
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def sts_pairs(limit: int) -> list[tuple[str, str, bool]]:
    pairs = []
    for name in ("sts-dev.csv", "sts-test.csv"):
        path = DATA / "stsbenchmark_en" / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 7:
                continue
            score = float(fields[4])
            if score >= 4.0 or score < 3.0:
                pairs.append((fields[5], fields[6], score >= 4.0))
    return _sample(pairs, limit)


def _sample(pairs: list, limit: int) -> list:
    """``limit`` pairs spread over the whole file (the files are sorted by genre or label)."""
    if len(pairs) <= limit:
        return pairs
    keep = np.random.default_rng(0).choice(len(pairs), size=limit, replace=False)
    return [pairs[i] for i in sorted(keep)]


def dpil_pairs(limit: int) -> list[tuple[str, str, bool]]:
    path = DATA / "dpil2016_hindi_paraphrase" / "dpil_hindi_train_task1.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    pairs = [(r["sentence1"], r["sentence2"], r["label"] == "P") for r in rows
            if r.get("sentence1") and r.get("sentence2") and r.get("label") in {"P", "NP"}]
    return _sample(pairs, limit)


def best_threshold(sims: np.ndarray, same: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.arange(0.2, 0.9, 0.01):
        predicted = sims >= t
        tp = int((predicted & same).sum())
        f1 = 2 * tp / max(1, predicted.sum() + same.sum())
        best = max(best, (f1, round(float(t), 2)))
    return best[1], best[0]


def report(name: str, sims: np.ndarray, same: np.ndarray, threshold: float) -> None:
    t, f1 = best_threshold(sims, same)
    predicted = sims >= threshold
    tp = int((predicted & same).sum())
    print(f"{name:<30}{len(sims):>7}{t:>8.2f}{f1:>8.3f}{tp / max(1, predicted.sum()):>12.3f}"
          f"{tp / max(1, same.sum()):>10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000, help="pairs read from each set")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return
    embedder = get_embedder()
    reference = centres.for_embedder(embedder)
    threshold = Settings.from_env().match_threshold
    print(f"{'set':<30}{'pairs':>7}{'best t':>8}{'F1':>8}{'P at ' + str(threshold):>12}{'R':>10}")
    for name, pairs, language in [("STS-B (en)", sts_pairs(args.pairs), "en"),
                                  ("DPIL task 1 (hi)", dpil_pairs(args.pairs), "hi")]:
        if not pairs:
            print(f"{name:<30} skipped (absent)")
            continue
        a = centred(embedder, [p[0] for p in pairs], language, reference)
        b = centred(embedder, [p[1] for p in pairs], language, reference)
        report(name, np.sum(a * b, axis=1), np.array([p[2] for p in pairs]), threshold)
    tatoeba = DATA / "tatoeba_hin_eng"
    if tatoeba.exists():
        hindi = (tatoeba / "tatoeba.hin-eng.hin").read_text(encoding="utf-8").splitlines()[:args.pairs]
        english = (tatoeba / "tatoeba.hin-eng.eng").read_text(encoding="utf-8").splitlines()[:len(hindi)]
        sims = centred(embedder, hindi, "hi", reference) @ centred(embedder, english, "en", reference).T
        same_language = [centred(embedder, texts, lang, reference) for texts, lang in ((hindi, "hi"), (english, "en"))]
        unrelated = ~np.eye(len(hindi), dtype=bool)
        within = np.concatenate([(v @ v.T)[unrelated] for v in same_language])
        gap = np.percentile(within, 99) - np.percentile(sims[unrelated], 99)
        print(f"Tatoeba unrelated pairs, 99th percentile: one language {np.percentile(within, 99):.3f}, "
              f"Hindi-English {np.percentile(sims[unrelated], 99):.3f} (gap {gap:.3f}; "
              f"cross_language_offset is {Settings.from_env().cross_language_offset:.2f})")
        positive = np.diag(sims).copy()
        np.fill_diagonal(sims, -1.0)
        hardest = sims.max(axis=1)
        offset = Settings.from_env().cross_language_offset
        report("Tatoeba hi-en (hardest neg.)", offset + np.concatenate([positive, hardest]),
               np.concatenate([np.ones_like(positive, bool), np.zeros_like(hardest, bool)]), threshold)


if __name__ == "__main__":
    main()
