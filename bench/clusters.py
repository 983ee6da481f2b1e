"""Cluster quality on labelled sets, development and test parts, over shuffled arrival orders.

    python bench/clusters.py [--orders 10] [--threshold T] [--test] [--json]

Each set is ingested through the real pipeline into a fresh DuckDB file, one article at a
time, in ``--orders`` shuffled orders; printed per part are the mean and the lowest of
pairwise precision, recall and F1 (same cluster vs same statement), Hindi-English pair
recall, and the share of claims whose ``recurring`` and ``single_sourced`` flags are right.
Sets: our gold (tests/gold, statements from statements.json) and real Hindi news (needs
../shared/data; skipped when absent). Development parts only, unless ``--test``.

Tatoeba Hindi-English (../shared/data/tatoeba_hin_eng, skipped when absent): all 2,000
sentences grouped together by the same matching rule; prints the share of the 1,000
translation pairs that share a cluster and how many clusters mix unrelated sentences.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import centres, matching  # noqa: E402
from claims.settings import Settings  # noqa: E402
from claims.embed import get_embedder  # noqa: E402
from evaluation import clusters, sets  # noqa: E402

SHOWN = ("f1", "precision", "recall", "hi_en_recall", "recurring_accuracy", "single_sourced_accuracy")


def tatoeba(embedder, threshold: float, cross_offset: float) -> dict[str, float] | None:
    folder = sets.shared_data() / "tatoeba_hin_eng"
    if not folder.exists():
        return None
    hindi = (folder / "tatoeba.hin-eng.hin").read_text(encoding="utf-8").splitlines()
    english = (folder / "tatoeba.hin-eng.eng").read_text(encoding="utf-8").splitlines()
    texts = english + hindi
    languages = ["en"] * len(english) + ["hi"] * len(hindi)
    units = matching.centred(embedder.embed(texts), languages, centres.for_embedder(embedder))
    labels = matching.group([f"{i:05d}" for i in range(len(texts))], units, languages,
                            [matching.facts_of(t, None) for t in texts], threshold=threshold,
                            cross_offset=cross_offset)
    n = len(english)
    members: dict[int, set] = {}
    for index, label in enumerate(labels):
        members.setdefault(label, set()).add(index % n)
    return {"pairs_together": sum(labels[i] == labels[n + i] for i in range(n)) / n,
            "mixed_clusters": sum(1 for pairs in members.values() if len(pairs) > 1), "clusters": len(members)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=10, help="shuffled arrival orders per part")
    parser.add_argument("--threshold", type=float, default=None, help="match threshold (default: the setting)")
    parser.add_argument("--test", action="store_true", help="also score the test parts")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    settings = Settings.from_env()
    embedder = clusters.Remembering(get_embedder(settings.model))
    statements = json.loads((sets.GOLD / "statements.json").read_text(encoding="utf-8"))
    parts = ("dev", "test") if args.test else ("dev",)
    result: dict[str, dict] = {}
    # the real Hindi news labels group a claim only across papers: a paper's own repeats are unlabelled
    for name, load, mapping, within in (("ours", sets.ours, statements, "article"),
                                        ("hindi_news", sets.hindi_news, None, "outlet")):
        for part in parts:
            items = load(part)
            if not items:
                result[f"{name}/{part}"] = {"skipped": "no data"}
                continue
            result[f"{name}/{part}"] = clusters.over_orders(items, embedder, orders=args.orders, settings=settings,
                                                            threshold=args.threshold, statements=mapping,
                                                            within=within)
    threshold = args.threshold if args.threshold is not None else settings.match_threshold
    result["tatoeba"] = tatoeba(embedder.inner, threshold, settings.cross_language_offset) or {"skipped": "no data"}
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{'set/part':<18}{'claims':>7}" + "".join(f"{k[:14]:>16}" for k in SHOWN))
    for key, value in result.items():
        if "skipped" in value or key == "tatoeba":
            continue
        cells = "".join(f"{value['mean'][k]:>9.3f} ({value['lowest'][k]:.2f})" for k in SHOWN)
        print(f"{key:<18}{value['size']['claims']:>7}{cells}")
    print(f"(mean over {args.orders} orders, lowest in brackets)")
    print(f"tatoeba: {result['tatoeba']}")


if __name__ == "__main__":
    main()
