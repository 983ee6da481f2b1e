"""Crash safety: ``python -m claims ingest samples/`` killed with SIGKILL at 20 moments.

After every kill the database opens and holds only whole articles (all their sentences,
every claim with its vector and its cluster); re-running finishes the job, and the end
state equals one uninterrupted run (same articles, sentence rows, claim ids, and the same
partition of claims into clusters, whatever the cluster numbers).

Kill moments come from a seeded RNG: 14 spread evenly (one random moment in each of 14
equal slices) over a full run's duration, measured first in this test; and 6 a random
0-25 ms after the batch's commit becomes visible from outside (the ``.wal`` file appears),
which interrupts the commit or the checkpoint that follows it: the moments where a crash
could leave a file that does not open. Timed kills alone rarely land there, as the write
is a few per cent of a run.
"""
from __future__ import annotations

import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from store.db import connect

from conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow

SEED = 5
SPREAD_KILLS = 14
COMMIT_KILLS = 6
EARLIEST = 0.5


def start_ingest(db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claims", "--db", str(db), "ingest", str(SAMPLES), "--quiet"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def timed_clean_run(db: Path) -> float:
    started = time.monotonic()
    proc = start_ingest(db)
    assert proc.wait() == 0, proc.stderr.read()
    return time.monotonic() - started


def run_and_kill(db: Path, delay: float | None, after_wal: float | None, not_before: float) -> bool:
    """Run an ingest and SIGKILL it ``delay`` seconds in, or ``after_wal`` seconds after its
    batch's WAL appears (a WAL seen before ``not_before`` is the migrations'). True if it
    finished first."""
    wal = Path(str(db) + ".wal")
    started = time.monotonic()
    proc = start_ingest(db)
    deadline = None if delay is None else started + delay
    while proc.poll() is None:
        now = time.monotonic()
        if deadline is None and wal.exists() and now - started >= not_before:
            deadline = now + after_wal
        if deadline is not None and now >= deadline:
            proc.kill()  # SIGKILL: no cleanup, no atexit, no rollback
            proc.wait()
            return False
        time.sleep(0.001)
    assert proc.returncode == 0, proc.stderr.read()
    return True


def state(db: Path) -> dict:
    """Everything the invariants and the final comparison need, read on one connection."""
    with connect(db) as con:  # a writable open, as the next command would do: replays the WAL
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        sentences = q("SELECT * FROM sentences ORDER BY article_id, sentence_index")
        members = q("SELECT claim_id, cluster_id FROM claim_clusters")
        return {
            "articles": {r[0]: r[1:-1] for r in q("SELECT * FROM articles")},  # all but ingested_at
            "sentences": sentences,
            "claims": {r[0] for r in q("SELECT claim_id FROM sentences WHERE claim_id IS NOT NULL")},
            "vectors": {r[0] for r in q("SELECT claim_id FROM claim_vectors")},
            "members": dict(members),
            "clusters": {r[0] for r in q("SELECT cluster_id FROM clusters")},
            "facts": dict(q("SELECT claim_id, cluster_id FROM claim_facts")),
            "headlines": {r[0] for r in q("SELECT cluster_id FROM cluster_vectors")},
        }


def partition(s: dict) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for claim, cluster in s["members"].items():
        groups.setdefault(cluster, set()).add(claim)
    return {frozenset(g) for g in groups.values()}


def by_article(sentences) -> dict[str, list]:
    out: dict[str, list] = {}
    for row in sentences:
        out.setdefault(row[0], []).append(row)
    return out


def check_whole(s: dict, clean: dict) -> None:
    """Only whole articles, exactly as a clean run stores them; no claim without vector or cluster."""
    assert set(s["articles"]) <= set(clean["articles"])
    stored, expected = by_article(s["sentences"]), by_article(clean["sentences"])
    assert set(stored) <= set(s["articles"]), "sentences without their article"
    for article_id, values in s["articles"].items():
        assert values == clean["articles"][article_id]
        assert len(stored.get(article_id, [])) == len(expected[article_id]), f"article {article_id} half-stored"
        assert stored.get(article_id, []) == expected[article_id]
    assert s["vectors"] == s["claims"], "claims without vectors, or vectors without claims"
    assert set(s["members"]) == s["claims"], "claims without a cluster, or memberships without claims"
    assert set(s["members"].values()) <= s["clusters"], "membership in a cluster that does not exist"
    assert s["facts"] == s["members"], "the claim table differs from the memberships"
    assert s["headlines"] == set(s["members"].values()), "a cluster without its headline vector"


def check_equal(s: dict, clean: dict) -> None:
    assert set(s["articles"]) == set(clean["articles"])
    assert s["sentences"] == clean["sentences"]
    assert s["claims"] == clean["claims"]
    assert partition(s) == partition(clean)


def test_ingest_survives_sigkill_at_any_moment(tmp_path):
    clean_db = tmp_path / "clean.duckdb"
    duration = timed_clean_run(clean_db)
    clean = state(clean_db)
    assert clean["claims"] and len(clean["articles"]) >= 10

    rng = random.Random(SEED)
    slice_ = (duration - EARLIEST) / SPREAD_KILLS
    kills = [(EARLIEST + slice_ * (i + rng.random()), None) for i in range(SPREAD_KILLS)]
    kills += [(None, rng.uniform(0.0, 0.025)) for _ in range(COMMIT_KILLS)]
    rng.shuffle(kills)

    outcomes: Counter = Counter()
    generation = 0
    db = tmp_path / f"crash{generation}.duckdb"
    for delay, after_wal in kills:
        finished = run_and_kill(db, delay, after_wal, not_before=duration / 2)
        wal_left = Path(str(db) + ".wal").exists()
        if not db.exists():
            outcomes["killed before the file existed"] += 1
            continue
        s = state(db)
        check_whole(s, clean)
        if len(s["articles"]) == len(clean["articles"]):
            check_equal(s, clean)
            outcomes["finished" if finished else
                     "killed after its commit" + (" (WAL replayed)" if wal_left else "")] += 1
            generation += 1  # start again from nothing, so later kills still interrupt real work
            db = tmp_path / f"crash{generation}.duckdb"
        else:
            outcomes[f"killed with {len(s['articles'])} articles stored"
                     + (" (WAL replayed)" if wal_left else "")] += 1

    proc = start_ingest(db)  # the last re-run, to completion
    assert proc.wait() == 0, proc.stderr.read()
    final = state(db)
    check_whole(final, clean)
    check_equal(final, clean)
    timed = sorted(d for d, _ in kills if d is not None)
    print(f"\nclean run {duration:.1f}s; kills at {', '.join(f'{d:.2f}' for d in timed)}s and "
          f"{COMMIT_KILLS} after the commit's WAL appeared; outcomes: {dict(outcomes)}")
