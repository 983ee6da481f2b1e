"""How analysis time grows on hostile article text, as ratios against the smallest size.

    python bench/hostile.py [--sizes 25000 50000 100000 200000]

Each kind of text once made a pattern take quadratic time: a run of capitalised words with no
speech verb, a single 'word' of one letter (in either script), a long run of spaces or of
commas inside a sentence, Devanagari words with no sentence end. For each kind and size it
prints the seconds ``analyse`` takes (splitting, attribution, content) and the ratio to the
smallest size: linear growth doubles the time when the size doubles, quadratic growth
quadruples it. The texts come from ``evaluation.hostile``, which the tests use too.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.reading import make_article  # noqa: E402
from claims.names import Registry  # noqa: E402
from claims.pipeline import analyse  # noqa: E402
from evaluation.hostile import KINDS, LANGUAGES, hostile_articles  # noqa: E402

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    args = parser.parse_args()
    registry = Registry.default()
    print(f"{'kind':<20}" + "".join(f"{size:>12,}" for size in args.sizes) + "   ratios to the first size")
    for k, kind in enumerate(KINDS):
        seconds = []
        for size in args.sizes:
            text = hostile_articles(size)[k]
            article = make_article("x.md", {"outlet": "Valley Courier", "language": LANGUAGES[k]}, text, registry, [])
            start = time.perf_counter()
            analyse(article, registry)
            seconds.append(time.perf_counter() - start)
        ratios = " ".join(f"{s / max(seconds[0], 1e-9):.1f}" for s in seconds)
        print(f"{kind:<20}" + "".join(f"{s:>11.2f}s" for s in seconds) + f"   {ratios}")


if __name__ == "__main__":
    main()
