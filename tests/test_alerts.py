"""store/alerts.py: a checked claim comes back. Hand-made rows with known times for the rule,
and one run through the real ingest and the command line against pages on a local server."""
from __future__ import annotations

from datetime import datetime, timedelta

import duckdb
import pytest

from app.cli import main
from store import cluster_stats
from store.alerts import alerts
from store.db import connect

from web_server import Reply, Server

T0 = datetime(2024, 3, 1, 12, 0)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture()
def con(tmp_path):
    with connect(str(tmp_path / "alerts.duckdb")) as connection:
        yield connection


def article(con, article_id, outlet, arrived, claims, cluster):
    con.execute("INSERT INTO articles (article_id, outlet_id, outlet, title, published, language, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, 'en', ?)", [article_id, outlet, outlet.title(), f"{outlet} story",
                                                     arrived.date(), arrived])
    for i, claim in enumerate(claims):
        con.execute("INSERT INTO sentences (article_id, sentence_index, text, is_claim, claim_id) "
                    "VALUES (?, ?, ?, true, ?)", [article_id, i, f"text of {claim}", claim])
        con.execute("INSERT INTO claim_clusters VALUES (?, ?)", [claim, cluster])
    cluster_stats.refresh(con, clusters=[cluster])  # as every ingest does


def flag(con, kind, target, status, when):
    con.execute("INSERT INTO flag_events VALUES (?, ?, ?, ?, NULL, NULL, ?)",
                [f"e{when.timestamp()}{target}", kind, str(target), status, when])


def found(con, since=None):
    return [(a["cluster_id"], a["status"], a["claim_id"], a["outlet_id"]) for a in alerts(con, since=since)]


def test_members_after_a_check_are_alerts_newest_first(con):
    article(con, "a1", "first", at(0), ["c1"], 1)
    flag(con, "cluster", 1, "verified_false", at(1))
    article(con, "a2", "second", at(2), ["c2"], 1)
    article(con, "a3", "third", at(3), ["c3"], 1)
    article(con, "a4", "other", at(4), ["c4"], 2)  # a cluster nobody checked
    assert found(con) == [(1, "verified_false", "c3", "third"), (1, "verified_false", "c2", "second")]
    assert found(con, since=at(2.5)) == [(1, "verified_false", "c3", "third")]
    (newest, _) = alerts(con)
    assert (newest["outlet"], newest["text"], newest["arrived"], newest["checked_at"]) == (
        "Third", "text of c3", at(3), at(1))
    (only,) = alerts(con, limit=1)  # the newest, and how many there are in all
    assert (only["claim_id"], only["total"]) == ("c3", 2)


@pytest.mark.parametrize("status, alerted", [("flagged", True), ("verified_true", True), ("misleading", True),
                                             ("in_review", False), ("unverifiable", False)])
def test_which_statuses_raise_alerts(con, status, alerted):
    article(con, "a1", "first", at(0), ["c1"], 1)
    flag(con, "cluster", 1, status, at(1))
    article(con, "a2", "second", at(2), ["c2"], 1)
    assert bool(found(con)) is alerted


def test_the_latest_status_counts_from_when_the_claim_was_first_checked(con):
    article(con, "a1", "first", at(0), ["c1"], 1)
    flag(con, "claim", "c1", "flagged", at(1))  # a claim's status is its cluster's for alerts
    article(con, "a2", "second", at(2), ["c2"], 1)
    flag(con, "cluster", 1, "verified_true", at(3))
    article(con, "a3", "third", at(4), ["c3"], 1)
    assert found(con) == [(1, "verified_true", "c3", "third"), (1, "verified_true", "c2", "second")]
    flag(con, "cluster", 1, "in_review", at(5))
    assert found(con) == []


def test_a_merged_cluster_keeps_its_check(con):
    article(con, "a1", "first", at(0), ["c1"], 7)
    flag(con, "cluster", 3, "misleading", at(1))  # cluster 3 was later merged into 7
    con.execute("INSERT INTO cluster_merges VALUES (3, 7)")
    article(con, "a2", "second", at(2), ["c2"], 7)
    assert found(con) == [(7, "misleading", "c2", "second")]


ORIGINAL = """<html lang="en"><head><meta property="og:site_name" content="Harbour Gazette">
<title>Ferry fares</title></head><body><article><h1>Ferry fares</h1>
<p>The river ferry authority will raise the single fare from 20 rupees to 25 rupees on April 1, its chairman said.</p>
<p>Commuter groups asked for a monthly pass at the old price of 20 rupees.</p></article></body></html>"""
REPEAT = """<html lang="en"><head><meta property="og:site_name" content="Dockside Times">
<title>Fare rise</title></head><body><article><h1>Fare rise</h1>
<p>Passengers crowded the jetty on Friday morning as the season's first festival boats left.</p>
<p>The river ferry authority will raise the single fare from 20 rupees to 25 rupees on April 1, its chairman said.</p>
</article></body></html>"""


def test_a_checked_claim_coming_back_through_a_feed_is_printed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMS_HOST_DELAY", "0")
    db = str(tmp_path / "e2e.duckdb")
    with Server() as server:
        server.pages["/original"] = Reply(body=ORIGINAL)
        server.pages["/repeat"] = Reply(body=REPEAT)
        server.pages["/feed.xml"] = Reply(content_type="application/rss+xml", body=(
            "<rss version='2.0'><channel><title>Dockside</title><item><title>Fare rise</title>"
            "<link>{base}/repeat</link></item></channel></rss>"))
        assert main(["ingest", server.url("/original"), "--db", db, "--quiet"]) == 0
        con = duckdb.connect(db, read_only=True)
        try:
            (cluster,), = con.execute("SELECT cc.cluster_id FROM sentences s JOIN claim_clusters cc USING (claim_id) "
                                      "WHERE s.text LIKE 'The river ferry authority%'").fetchall()
        finally:
            con.close()
        assert main(["flag", str(cluster), "--status", "verified_false", "--db", db]) == 0
        assert main(["alerts", "--db", db]) == 0
        capsys.readouterr()
        assert main(["ingest", "--feed", server.url("/feed.xml"), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["alerts", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert f"cluster {cluster} (verified_false)  Dockside Times  " in lines[0]
    assert lines[0].endswith("The river ferry authority will raise the single fare from 20 rupees to 25 rupees on "
                             "April 1, its chairman said.")
    assert main(["alerts", "--since", "2999-01-01", "--db", db]) == 0
    assert capsys.readouterr().out == ""
    assert main(["alerts", "--since", "soon", "--db", db]) == 1
    assert "is not a date" in capsys.readouterr().err


def test_a_file_from_before_arrival_times_upgrades_and_keeps_its_alerts(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with connect(path) as con:
        article(con, "a1", "first", at(0), ["c1"], 1)
        flag(con, "cluster", 1, "flagged", at(1))
        article(con, "a2", "second", at(2), ["c2"], 1)
        # the file as the schema before stored it: no arrival time per cluster
        con.execute("ALTER TABLE cluster_stats DROP COLUMN last_arrived")
        con.execute("DELETE FROM schema_migrations WHERE version >= 7")
    with connect(path) as con:
        assert con.execute("SELECT last_arrived FROM cluster_stats WHERE cluster_id = 1").fetchall() == [(at(2),)]
        assert found(con) == [(1, "flagged", "c2", "second")]
