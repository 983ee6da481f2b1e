"""PolNeAR figures alone (a thin wrapper over ``evaluation.polnear``); ``bench/attribution.py``
prints them with the other sets.

    python bench/polnear.py [--limit N]     development part; skips when the data is absent
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation import polnear  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles (0 = all)")
    args = parser.parse_args()
    items = polnear.articles("dev", limit=args.limit)
    if not items:
        print(f"skipped: {polnear.data_dir()} is absent")
        return
    for key, value in polnear.score(items).items():
        print(f"{key:<28}{value:.3f}" if isinstance(value, float) else f"{key:<28}{value}")


if __name__ == "__main__":
    main()
