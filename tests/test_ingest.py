"""app/ingest.py: the settings handed to it decide thresholds and timeouts (nothing is read
from the environment below the command line); one article twice in a run is one warning."""
from __future__ import annotations

import json
import shutil
import threading

import pytest

import app.ingest
from app.ingest import _EmbeddingAhead, ingest
from claims.names import Registry
from claims.reading import find_files, read_file
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


def articles_in(db) -> int:
    with connect(db, read_only=True) as con:
        return con.execute("SELECT count(*) FROM articles").fetchall()[0][0]


def test_a_file_of_many_articles_is_written_in_batches_with_the_same_vectors(tmp_path, monkeypatch):
    # one file of JSON lines is cut into batches of articles, each written while the next is read
    files, _ = find_files([str(SAMPLES)])
    lines = [{"title": a.title, "outlet": a.outlet, "language": a.language, "text": a.body,
              "published": a.published.isoformat() if a.published else None}
             for path in files for a in read_file(path, Registry.default()).articles]
    (tmp_path / "all.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
                                        encoding="utf-8")
    monkeypatch.setattr(app.ingest, "BATCH_ARTICLES", 3)
    cut = ingest([str(tmp_path / "all.jsonl")], str(tmp_path / "cut.duckdb"))
    monkeypatch.setattr(app.ingest, "BATCH_ARTICLES", 10 ** 6)
    whole = ingest([str(tmp_path / "all.jsonl")], str(tmp_path / "whole.duckdb"))
    assert cut.articles_added == whole.articles_added == len(lines) > 6
    assert cut.claims == whole.claims
    a, b = vectors_in(tmp_path / "cut.duckdb"), vectors_in(tmp_path / "whole.duckdb")
    assert a.keys() == b.keys() and all(a[k] == b[k] for k in a)


def test_progress_is_reported_on_the_thread_that_ingests(tmp_path):
    # the reading runs on a thread of its own; a page that shows progress must hear of it on its own
    seen = []
    ingest([str(SAMPLES)], str(tmp_path / "p.duckdb"), settings=Settings(claim_threshold=1.01),
           progress=lambda done, total, name: seen.append((threading.get_ident(), done, total)))
    files, _ = find_files([str(SAMPLES)])
    assert {ident for ident, _, _ in seen} == {threading.get_ident()}
    assert [done for _, done, _ in seen] == [*range(len(files)), len(files)]


def test_a_failing_progress_display_stops_the_reading_and_loses_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(app.ingest, "BATCH_ARTICLES", 2)
    files, _ = find_files([str(SAMPLES)])
    db = tmp_path / "stopped.duckdb"

    def progress(done: int, total: int, name: str) -> None:
        if done == 5:
            raise RuntimeError("the page was closed")

    with pytest.raises(RuntimeError, match="page was closed"):
        ingest([str(SAMPLES)], str(db), progress=progress)
    assert not [t for t in threading.enumerate() if t.name == "analysis"]  # the reading stopped too
    stored = articles_in(db)
    assert 0 < stored < len(files)
    report = ingest([str(SAMPLES)], str(db))
    assert report.articles_unchanged == stored and report.articles_added == len(files) - stored
    clean = ingest([str(SAMPLES)], str(tmp_path / "clean.duckdb"))
    assert vectors_in(db).keys() == vectors_in(tmp_path / "clean.duckdb").keys()
    assert articles_in(db) == clean.articles_added
