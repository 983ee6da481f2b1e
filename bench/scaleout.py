"""The embedding stage on a local Dask cluster: the same articles embedded by one worker and by
two, each worker a single-threaded process (``app/distributed.py``), and the speed-up.

The articles are those of ``bench/ingest.py`` (our samples, then real Hindi news when
``../shared/data`` is present), written as one JSONL file per article so the tasks can
be shared out. Each run starts its own cluster; the time counted runs from submitting the tasks
to the last Parquet file written (model loading in each worker included), and the cluster's
start-up is reported apart.

    python bench/scaleout.py [--sentences 300] [--workers 1 2] [--json]

Prints ``{"sentences", "files", "runs": {workers: {"seconds", "startup_seconds",
"sentences_per_s"}}, "speed_up"}`` with ``--json``; ``speed_up`` is the most workers' rate over
one worker's.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.distributed import embed_share  # noqa: E402
from claims.sentences import split  # noqa: E402
from ingest import articles, choose  # noqa: E402  (bench/ingest.py)

ARTICLES_PER_FILE = 1


def run(files: list[str], out_dir: Path, workers: int) -> tuple[float, float]:
    """Seconds to embed ``files`` on ``workers`` local single-threaded workers, and the
    seconds the cluster took to start."""
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415 - optional, heavy import

    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           env={"OMP_NUM_THREADS": "1"})
    client = Client(cluster)
    try:
        client.wait_for_workers(workers)
        ready = time.perf_counter()
        futures = client.map(embed_share, [[f] for f in files], out_dir=str(out_dir), pure=False)
        client.gather(futures)
        return time.perf_counter() - ready, ready - started
    finally:
        client.close()
        cluster.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=300, help="about this many sentences (default 300)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    records = choose(articles(), args.sentences)
    sentences = sum(len(split(r["text"])) for r in records)
    result: dict = {"sentences": sentences, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for k in range(0, len(records), ARTICLES_PER_FILE):
            path = folder / f"articles-{k:05d}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                    for r in records[k:k + ARTICLES_PER_FILE]), encoding="utf-8")
            files.append(str(path))
        result["files"] = len(files)
        for workers in args.workers:
            seconds, startup = run(files, folder / f"vectors-{workers}", workers)
            result["runs"][workers] = {"seconds": round(seconds, 2), "startup_seconds": round(startup, 2),
                                       "sentences_per_s": round(sentences / seconds, 1)}
    rates = {w: r["sentences_per_s"] for w, r in result["runs"].items()}
    if 1 in rates and len(rates) > 1:
        result["speed_up"] = round(rates[max(rates)] / rates[1], 2)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{sentences} sentences in {result['files']} files")
    for workers, r in result["runs"].items():
        print(f"{workers} worker(s): {r['seconds']} s ({r['sentences_per_s']} sentences/s), "
              f"cluster start {r['startup_seconds']} s")
    if "speed_up" in result:
        print(f"speed-up of {max(rates)} workers over 1: {result['speed_up']}")


if __name__ == "__main__":
    main()
