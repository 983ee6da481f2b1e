"""Several processes writing one DuckDB file: an ingest and 1,000 flag changes from four
worker processes at once, and the CLI's answer when the file stays busy."""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import flags
from store.db import connect

from conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow

WORKERS = 4
CHANGES_PER_WORKER = 250

# One worker: CHANGES_PER_WORKER status changes, each on its own short-lived connection
# (as the CLI and the dashboard do), each with its own event id. Prints what it waited.
WORKER = """
import json, sys, time
from store.db import connect
from store.flags import Target, add_flag
from claims.models import STATUSES
db, worker, n, targets = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
waits, done = [], []
for i in range(n):
    kind, ident = targets[i % len(targets)]
    asked = time.time()
    with connect(db, timeout=600) as con:
        got = time.time()
        event = add_flag(con, Target(kind, ident), STATUSES[i % len(STATUSES)], note=f"change {i}",
                         by=f"worker {worker}", event_id=f"w{worker}-{i:04d}")
    waits.append([asked, got - asked])
    done.append(event)
print(json.dumps({"events": done, "waits": waits}))
"""

HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def copy_samples_as(dest: Path, outlet: str) -> Path:
    """The samples again under another outlet's name: new article ids, the same work to do."""
    dest.mkdir()
    for path in sorted(SAMPLES.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            lines = []
            for line in text.splitlines():
                if line.strip():
                    record = json.loads(line)
                    record["outlet"] = outlet
                    lines.append(json.dumps(record, ensure_ascii=False))
            text = "\n".join(lines) + "\n"
        else:
            assert text.startswith("---\n"), path
            head, body = text[4:].split("\n---\n", 1)
            head = "\n".join(l for l in head.splitlines() if not l.startswith("outlet:"))
            text = f"---\noutlet: {outlet}\n{head}\n---\n{body}"
        (dest / path.name).write_text(text, encoding="utf-8")
    return dest


def test_flag_changes_during_an_ingest_are_all_kept_once(db_copy, tmp_path):
    with connect(db_copy, read_only=True) as con:
        articles_before = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        clusters = [str(r[0]) for r in con.execute("SELECT cluster_id FROM clusters ORDER BY 1 LIMIT 5").fetchall()]
        claims = [r[0] for r in con.execute(
            "SELECT claim_id FROM sentences WHERE claim_id IS NOT NULL ORDER BY 1 LIMIT 5").fetchall()]
    targets = [["cluster", c] for c in clusters] + [["claim", c] for c in claims]
    copy = copy_samples_as(tmp_path / "copy", "Mirror Wire")
    env = {**os.environ, "CLAIMS_LOCK_TIMEOUT": "600"}

    started = time.time()
    ingest = subprocess.Popen([sys.executable, "-m", "claims", "--db", str(db_copy), "ingest", str(copy), "--quiet"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(db_copy), str(w), str(CHANGES_PER_WORKER),
                                 json.dumps(targets)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for w in range(WORKERS)]
    finished: dict[subprocess.Popen, float] = {}
    while len(finished) < WORKERS + 1:  # note when each one ends
        for proc in [ingest, *workers]:
            if proc not in finished and proc.poll() is not None:
                finished[proc] = time.time()
        time.sleep(0.01)
    results = []
    for w in workers:
        out, err = w.communicate()
        assert w.returncode == 0, err
        results.append(json.loads(out))
    workers_done = max(finished[w] for w in workers)
    out, err = ingest.communicate()
    ingest_done = finished[ingest]
    assert ingest.returncode == 0, err

    expected = {f"w{w}-{i:04d}" for w in range(WORKERS) for i in range(CHANGES_PER_WORKER)}
    returned = [e for r in results for e in r["events"]]
    assert len(returned) == len(set(returned)) == WORKERS * CHANGES_PER_WORKER
    assert set(returned) == expected
    with connect(db_copy, read_only=True) as con:
        stored = [e["event_id"] for e in flags.history(con)]
        articles_after = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        per_target = con.execute("SELECT count(DISTINCT target_type || target_id) FROM flag_events").fetchall()[0][0]
    lost, extra = sorted(expected - set(stored)), sorted(set(stored) - expected)
    assert not lost and not extra, f"{len(lost)} changes lost: {lost[:20]}; {len(extra)} unexpected: {extra[:20]}"
    assert len(stored) == len(set(stored)) == len(expected), "a change was stored twice"
    assert per_target == len(targets)
    assert articles_after == 2 * articles_before, "the ingest did not finish its work"

    waits = sorted(w for r in results for _, w in r["waits"])
    during = sorted(w for r in results for t, w in r["waits"] if t < ingest_done)
    got = sorted(t + w for r in results for t, w in r["waits"])
    gaps = [(b - a, a) for a, b in zip(got, got[1:])]
    gap, gap_at = max(gaps)
    summary = re.search(r"in ([\d.]+)s", err)
    print(f"\ningest {ingest_done - started:.1f}s wall ({summary.group(1) if summary else '?'}s its own count); "
          f"flag writers done after {workers_done - started:.1f}s; "
          f"lock wait per change: median {statistics.median(waits) * 1000:.0f} ms, "
          f"p99 {waits[int(len(waits) * 0.99)] * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms; "
          f"{len(during)} changes asked while the ingest ran, their max wait {max(during, default=0) * 1000:.0f} ms; "
          f"longest time no change got the lock: {gap:.1f}s, from {gap_at - started:.1f}s")


def test_flag_on_a_busy_database_is_one_error_line(db_copy):
    with connect(db_copy, read_only=True) as con:
        cluster = con.execute("SELECT min(cluster_id) FROM clusters").fetchall()[0][0]
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        cli = subprocess.run([sys.executable, "-m", "claims", "--db", str(db_copy), "flag", str(cluster),
                              "--status", "flagged", "--note", "while busy"],
                             cwd=ROOT, env={**os.environ, "CLAIMS_LOCK_TIMEOUT": "0.5"},
                             capture_output=True, text=True)
    finally:
        holder.kill()
        holder.wait()
    assert cli.returncode == 1
    assert cli.stdout == ""
    lines = cli.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), cli.stderr
    assert "another process" in lines[0] and "Traceback" not in cli.stderr
    with connect(db_copy, read_only=True) as con:
        assert flags.history(con) == []
