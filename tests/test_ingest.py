"""app/ingest.py: the settings handed to it decide thresholds and timeouts (nothing is read
from the environment below the command line); one article twice in a run is one warning."""
from __future__ import annotations

import shutil

from app.ingest import _EmbeddingAhead, ingest
from claims.settings import Settings
from store.db import connect

from conftest import SAMPLES

ONE = SAMPLES / "2023-09-13_northern-wire_kim-putin-summit.md"


def claims_in(db) -> int:
    with connect(db, read_only=True) as con:
        return con.execute("SELECT count(*) FROM sentences WHERE is_claim").fetchall()[0][0]


def test_the_claim_threshold_comes_from_the_settings_passed_in(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMS_CLAIM_THRESHOLD", "0")  # ignored: ingest takes its settings as an argument
    report = ingest([str(ONE)], str(tmp_path / "a.duckdb"), settings=Settings(claim_threshold=1.01))
    assert report.articles_added == 1 and report.claims == 0
    assert claims_in(tmp_path / "a.duckdb") == 0
    report = ingest([str(ONE)], str(tmp_path / "b.duckdb"))
    assert report.claims == claims_in(tmp_path / "b.duckdb") > 0


def test_the_same_article_twice_in_one_run(tmp_path):
    shutil.copy(ONE, tmp_path / "copy.md")
    report = ingest([str(ONE), str(tmp_path / "copy.md")], str(tmp_path / "c.duckdb"),
                    settings=Settings(claim_threshold=1.01))
    assert (report.articles_added, report.articles_unchanged) == (1, 1)
    (problem,) = report.problems
    assert problem.level == "warning" and "same article as" in problem.message


def vectors_in(db) -> dict[str, list[float]]:
    with connect(db, read_only=True) as con:
        return dict(con.execute("SELECT claim_id, vector FROM claim_vectors").fetchall())


def test_claims_embedded_while_later_articles_are_read_get_the_vectors_of_one_call(tmp_path, monkeypatch):
    # the claims are handed to the model a few at a time as articles are analysed, on a thread
    # of their own; each claim must still get its own vector, in its own place
    monkeypatch.setattr(_EmbeddingAhead, "CHUNK", 5)
    chunked = ingest([str(SAMPLES)], str(tmp_path / "chunked.duckdb"))
    monkeypatch.setattr(_EmbeddingAhead, "CHUNK", 10 ** 9)
    whole = ingest([str(SAMPLES)], str(tmp_path / "whole.duckdb"))
    assert chunked.claims == whole.claims > 50
    a, b = vectors_in(tmp_path / "chunked.duckdb"), vectors_in(tmp_path / "whole.duckdb")
    assert a.keys() == b.keys() and len(a) == whole.claims
    assert all(a[k] == b[k] for k in a)
