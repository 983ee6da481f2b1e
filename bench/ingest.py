"""Ingest throughput and scaling on the bundled samples.

Prints seconds, sentences per second and peak memory for 1x, 2x and 4x copies of samples/
(each copy under another outlet name, so nothing is deduplicated), as ratios against the 1x
run in the same process. The embedding model is loaded once, before timing.

    python bench/ingest.py [--copies 1 2 4]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.reading import find_files, read_file  # noqa: E402
from claims.embed import get_embedder  # noqa: E402
from claims.names import Registry  # noqa: E402
from app.ingest import ingest  # noqa: E402


def make_copies(folder: Path, copies: int) -> None:
    registry = Registry.default()
    files, _ = find_files([str(ROOT / "samples")])
    n = 0
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as out:
        for copy in range(copies):
            for path in files:
                for article in read_file(path, registry).articles:
                    record = {"title": article.title, "outlet": f"{article.outlet} {copy}", "url": article.url,
                              "published": article.published.isoformat() if article.published else None,
                              "language": article.language, "text": article.body}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    embedder = get_embedder()
    embedder.embed(["warm up"])
    base = None
    print(f"{'copies':>6} {'articles':>8} {'sentences':>9} {'seconds':>8} {'sent/s':>7} {'time ratio':>10} {'peak MB':>8}")
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            articles = make_copies(folder, copies)
            start = time.perf_counter()
            report = ingest([str(folder / "articles.jsonl")], str(folder / "bench.duckdb"), embedder=embedder)
            seconds = time.perf_counter() - start
        base = base or seconds / copies
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{copies:>6} {articles:>8} {report.sentences:>9} {seconds:>8.2f} {report.sentences / seconds:>7.1f} "
              f"{seconds / base:>10.2f} {peak:>8.0f}")
    print("time ratio: seconds against the 1x run; linear scaling gives a ratio equal to the copies.")


if __name__ == "__main__":
    main()
