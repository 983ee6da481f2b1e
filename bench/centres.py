"""Rebuild the shipped language centres of the bundled model from claims/reference/.

    python bench/centres.py

Writes claims/reference/<model>.npz and prints how far it moved from the file it replaces.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import centres  # noqa: E402
from claims.embed import get_embedder  # noqa: E402


def main() -> None:
    embedder = get_embedder()
    fresh = centres.compute(embedder)
    old = centres.load(embedder.name)
    path = centres.centres_file(embedder.name)
    np.savez(path, **fresh)
    for lang, vector in fresh.items():
        moved = float(np.linalg.norm(vector - old[lang])) if old and lang in old else float("nan")
        print(f"{lang}: {len(centres.reference_sentences(lang))} sentences, norm {np.linalg.norm(vector):.3f}, "
              f"moved {moved:.4f}")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
