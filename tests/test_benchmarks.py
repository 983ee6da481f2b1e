"""The benchmarks run, at small sizes, against the current schema and print the JSON keys their
results are compared by (their figures are read from full runs, never asserted here)."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args, "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_dashboard_bench_builds_its_database_and_times_every_page():
    got = run("dashboard.py", "--claims", "2000", "--repeat", "2")
    assert got["claims"] == 2000
    assert set(got["pages"]) == {"overview", "claims", "cluster", "speakers", "review"}
    assert all({"p50_ms", "p95_ms"} <= set(page) for page in got["pages"].values())


def test_cluster_bench_finds_the_planted_clusters():
    got = run("cluster.py", "--sizes", "2000", "--batch", "500", "--no-community")
    size, = got["sizes"]
    assert size["claims"] == 2000 and size["pairwise_f1"] >= 0.99
    assert {"seconds_total", "seconds_per_1k_batch_last", "peak_rss_mb"} <= set(size)


def test_ingest_bench_compares_the_pipeline_with_the_encoder():
    got = run("ingest.py", "--sentences", "30", "--repeats", "2")
    assert got["sentences"] >= 30 and 0 < got["claims"] <= got["sentences"]
    assert {"encoder_sentences_per_s", "pipeline_sentences_per_s", "ratio"} <= set(got)
    assert got["repeats"] == len(got["ratios"]) == 2 and got["ratio"] in got["ratios"]
