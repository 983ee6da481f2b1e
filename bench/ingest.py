"""Ingest throughput against the embedding model, the physical limit on a CPU.

The same N sentences go through the raw encoder (one call per 64 sentences, no cache) and
through the whole pipeline (read, split, attribute, embed, store, cluster) into a fresh
database, in one process, so the ratio is fair on a shared, noisy machine: the raw encoder
runs before and after the pipeline and its mean is used. Articles are our samples plus,
when ``../shared/data`` is present, real Hindi news (March 2020), each article distinct.
What a process pays once (the model's first call, the word lists, the first database) is paid
before either is timed, on other articles, so that the pipeline meets the measured articles'
names and words for the first time, as it does news it has not read.

    python bench/ingest.py [--sentences 500] [--repeats 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ingest import ingest  # noqa: E402
from claims.embed import get_embedder  # noqa: E402
from claims.names import Registry  # noqa: E402
from claims.reading import find_files, read_file  # noqa: E402
from claims.sentences import split  # noqa: E402

HINDI_NEWS = ROOT.parent / "shared" / "data" / "hindi_news_covid2020_march"
LINES_PER_ARTICLE = 12
WARM_UP_SENTENCES = 100  # on articles other than the measured ones


def articles() -> list[dict]:
    """Our samples, then real Hindi news cut into articles of a dozen lines."""
    registry = Registry.default()
    records = []
    files, _ = find_files([str(ROOT / "samples")])
    for path in files:
        for a in read_file(path, registry).articles:
            records.append({"title": a.title, "outlet": a.outlet, "url": a.url, "language": a.language,
                            "published": a.published.isoformat() if a.published else None, "text": a.body})
    if HINDI_NEWS.is_dir():
        for path in sorted(HINDI_NEWS.glob("*-2020-MAR-*.txt")):
            code, _, _, day = path.stem.split("-")
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for k in range(0, len(lines), LINES_PER_ARTICLE):
                records.append({"title": lines[k], "outlet": code, "url": None, "language": "hi",
                                "published": f"2020-03-{day}", "text": "\n".join(lines[k:k + LINES_PER_ARTICLE])})
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def choose(records: list[dict], sentences: int) -> list[dict]:
    chosen, total = [], 0
    for record in records:
        if total >= sentences:
            break
        chosen.append(record)
        total += len(split(record["text"]))
    return chosen


class Timed:
    """Counts the seconds spent inside the embedder during the pipeline run."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim, self.seconds, self.texts = inner, inner.name, inner.dim, 0.0, 0
        self.embedded: list[str] = []

    def embed(self, texts):
        start = time.perf_counter()
        out = self.inner.embed(texts)
        self.seconds += time.perf_counter() - start
        self.texts += len(texts)
        self.embedded.extend(texts)
        return out


def tokens(embedder, texts: list[str]) -> int | None:
    """Tokens the model reads for ``texts``, when the embedder can count them."""
    count = getattr(embedder, "token_count", None)
    return sum(count(t) for t in texts) if count else None


def raw_rate(embedder, texts: list[str], batch: int = 64) -> float:
    start = time.perf_counter()
    for begin in range(0, len(texts), batch):
        embedder.embed(texts[begin:begin + batch])
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500, help="about this many sentences (default 500)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs, each on articles of its own; the median ratio is reported (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    embedder = get_embedder()
    embedder.embed(["warm up"])
    everything = articles()
    sets, used = [], 0
    for _ in range(args.repeats):
        chosen = choose(everything[used:], args.sentences)
        sets.append(chosen)
        used += len(chosen)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_jsonl(folder / "warm_up.jsonl", choose(everything[used:], WARM_UP_SENTENCES))
        ingest([str(folder / "warm_up.jsonl")], str(folder / "warm_up.duckdb"), embedder=_Zero(embedder))
        for k, records in enumerate(sets):
            runs.append(_run(embedder, records, folder / f"run{k}"))
    runs.sort(key=lambda r: r["ratio"])
    result = dict(runs[len(runs) // 2])  # the median run
    result["ratios"] = [r["ratio"] for r in runs]
    result["repeats"] = len(runs)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>28}: {value}")
    print("ratio: pipeline over raw encoder, same sentences, same process (1.0 = the model is the only cost); "
          "the median of the runs, each on articles it alone reads")


def _run(embedder, records: list[dict], folder: Path) -> dict:
    """One run: the raw encoder, the whole pipeline into a fresh database, the raw encoder again."""
    folder.mkdir()
    write_jsonl(folder / "articles.jsonl", records)
    # the sentences the pipeline will store, read and split as it reads and splits them
    registry = Registry.default()
    texts = [s.text for a in read_file(str(folder / "articles.jsonl"), registry).articles for s in split(a.body)]
    before = raw_rate(embedder, texts)
    timed = Timed(embedder)
    start = time.perf_counter()
    report = ingest([str(folder / "articles.jsonl")], str(folder / "bench.duckdb"), embedder=timed)
    seconds = time.perf_counter() - start
    after = raw_rate(embedder, texts)
    encoder = (before + after) / 2
    pipeline = report.sentences / seconds
    assert report.sentences == len(texts), "the raw encoder must read the sentences the pipeline stored"
    return {"sentences": report.sentences, "claims": report.claims, "articles": len(records),
            "encoder_sentences_per_s": round(encoder, 1), "pipeline_sentences_per_s": round(pipeline, 1),
            "ratio": round(pipeline / encoder, 3),
            "pipeline_seconds": round(seconds, 2), "pipeline_embedding_seconds": round(timed.seconds, 2),
            "model_share_of_pipeline": round(timed.seconds / seconds, 3),
            "texts_embedded_by_pipeline": timed.texts,
            # a claim is embedded as its sentence and, where they differ, as what it claims:
            # model work beside the raw encoder's one pass over every sentence
            "tokens_embedded_by_pipeline": tokens(embedder, timed.embedded),
            "tokens_in_sentences": tokens(embedder, texts)}


class _Zero:
    """Stands in for the model in the warm-up run, which is there to pay what a process pays once."""

    def __init__(self, inner) -> None:
        self.name, self.dim = inner.name, inner.dim

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        out[:, 0] = 1.0
        return out


if __name__ == "__main__":
    main()
