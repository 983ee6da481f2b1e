"""Cluster quality: our gold groups (tests/gold) and Tatoeba Hindi-English pairs.

    python bench/clusters.py [--thresholds 0.4 0.45 0.5 ...]

Gold: every claim sentence of the gold articles is analysed and clustered exactly as ingest
does (same content stripping, speakers, numbers, matcher); prints pairwise precision, recall
and F1 against the gold groups, and the share of Hindi-English same-claim pairs that land in
one cluster. Tatoeba (../shared/data/tatoeba_hin_eng, skipped when absent): all 2,000
sentences clustered together; prints the share of the 1,000 translation pairs that share a
cluster and how many clusters mix unrelated sentences. It also scores the default threshold
with the gold articles ingested in shuffled orders, since incremental clustering depends on
the order claims arrive in. ``gold_scores()`` serves the tests.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import centres, settings  # noqa: E402
from claims.reading import read_file  # noqa: E402
from claims.embed import claim_vectors, get_embedder  # noqa: E402
from claims.names import Registry  # noqa: E402
from claims.pipeline import analyse  # noqa: E402
from store.cluster import Matcher, stack  # noqa: E402

GOLD = ROOT / "tests" / "gold"
CENTRES: dict = {}
TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba_hin_eng"
TATOEBA_VECTORS: dict[str, np.ndarray] = {}  # embedded once per model, clustered at each threshold


def cluster(vectors: list, languages: list[str], speakers: list, contents: list[str], threshold: float) -> list[int]:
    matcher = Matcher(stack([], vectors), languages, threshold, priors=CENTRES,
                      cross_offset=float(settings.get("cross_language_offset")))
    labels, next_id = [], 1
    for index, (speaker, content) in enumerate(zip(speakers, contents)):
        found = matcher.best(str(index), speaker, content)
        if found is None:
            found, next_id = next_id, next_id + 1
        matcher.remember(found, str(index), speaker, content)
        labels.append(found)
    return labels


def use_centres(embedder) -> None:
    CENTRES.update(centres.for_embedder(embedder))


def gold_claims(embedder) -> list[dict]:
    use_centres(embedder)
    labels = [json.loads(line) for line in (GOLD / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    by_article = defaultdict(list)
    for label in labels:
        by_article[label["article"]].append(label)
    items = []
    for name in sorted(by_article):
        registry = Registry.default()
        (article,) = read_file(str(GOLD / "articles" / f"{name}.md"), registry).articles
        predicted = {s.sentence.text: s for s in analyse(article, registry).sentences}
        for g in by_article[name]:
            p = predicted.get(g["text"])
            if p is None or not p.is_claim or not g["group"]:
                continue
            items.append({"group": g["group"], "article": name, "language": article.language, "content": p.content,
                          "text": p.sentence.text,
                          "speaker": p.attribution.speaker.id if p.attribution.speaker else None})
    vectors = claim_vectors(embedder, [i["content"] for i in items], [i["text"] for i in items])
    for item, vector in zip(items, vectors):
        item["vector"] = vector
    return items


def pair_scores(groups: list[str], predicted: list[int], languages: list[str]) -> dict[str, float]:
    tp = fp = fn = cross = cross_hit = 0
    for i, j in combinations(range(len(groups)), 2):
        same_gold, same_pred = groups[i] == groups[j], predicted[i] == predicted[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold and languages[i] != languages[j]:
            cross += 1
            cross_hit += same_pred
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(1e-9, precision + recall),
            "hi_en_recall": cross_hit / max(1, cross), "pairs": tp + fn, "hi_en_pairs": cross}


def gold_scores(threshold: float | None = None, embedder=None, items=None) -> dict[str, float]:
    embedder = embedder or get_embedder()
    use_centres(embedder)
    items = items if items is not None else gold_claims(embedder)
    threshold = float(settings.get("match_threshold")) if threshold is None else threshold
    predicted = cluster([i["vector"] for i in items], [i["language"] for i in items],
                        [i["speaker"] for i in items], [i["content"] for i in items], threshold)
    return pair_scores([i["group"] for i in items], predicted, [i["language"] for i in items])


def tatoeba(embedder, threshold: float) -> dict[str, float] | None:
    if not TATOEBA.exists():
        return None
    use_centres(embedder)
    hindi = (TATOEBA / "tatoeba.hin-eng.hin").read_text(encoding="utf-8").splitlines()
    english = (TATOEBA / "tatoeba.hin-eng.eng").read_text(encoding="utf-8").splitlines()
    texts = english + hindi
    if embedder.name not in TATOEBA_VECTORS:
        TATOEBA_VECTORS[embedder.name] = embedder.embed(texts)
    vectors = TATOEBA_VECTORS[embedder.name]
    languages = ["en"] * len(english) + ["hi"] * len(hindi)
    labels = cluster(list(vectors), languages, [None] * len(texts), texts, threshold)
    n = len(english)
    together = sum(labels[i] == labels[n + i] for i in range(n))
    members = defaultdict(set)
    for index, label in enumerate(labels):
        members[label].add(index % n)  # the pair a sentence belongs to
    mixed = sum(1 for pairs in members.values() if len(pairs) > 1)
    return {"pairs_together": together / n, "mixed_clusters": mixed, "clusters": len(members)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--thresholds", type=float, nargs="+",
                        default=[0.4, 0.45, 0.5, 0.55, 0.6])
    parser.add_argument("--orders", type=int, default=10,
                        help="also score the default threshold with the articles in this many shuffled orders")
    args = parser.parse_args()
    embedder = get_embedder()
    items = gold_claims(embedder)
    print(f"gold: {len(items)} claims, {len({i['group'] for i in items})} groups")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>6} {'hi-en recall':>12}")
    for t in args.thresholds:
        s = gold_scores(t, items=items)
        print(f"{t:>9.2f} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['hi_en_recall']:>12.3f}")
    shuffled = []
    articles = sorted({i["article"] for i in items})
    for seed in range(args.orders):
        rank = {a: k for k, a in enumerate(np.random.default_rng(seed).permutation(articles))}
        shuffled.append(gold_scores(items=sorted(items, key=lambda i: rank[i["article"]])))
    if shuffled:
        f1 = [s["f1"] for s in shuffled]
        cross = [s["hi_en_recall"] for s in shuffled]
        print(f"articles ingested in {args.orders} other orders, threshold {settings.get('match_threshold')}: "
              f"F1 mean {np.mean(f1):.3f} (lowest {min(f1):.3f}), hi-en recall mean {np.mean(cross):.3f} "
              f"(lowest {min(cross):.3f})")
    if TATOEBA.exists():
        print("tatoeba hin-eng: 2,000 sentences clustered together")
        print(f"{'threshold':>9} {'pairs together':>14} {'mixed clusters':>14} {'clusters':>8}")
        for t in args.thresholds:
            s = tatoeba(embedder, t)
            print(f"{t:>9.2f} {s['pairs_together']:>14.3f} {s['mixed_clusters']:>14} {s['clusters']:>8}")
    else:
        print(f"tatoeba: skipped, {TATOEBA} is absent")


if __name__ == "__main__":
    main()
