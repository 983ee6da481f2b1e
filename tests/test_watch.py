"""app/watch.py: bounded rounds over a feeds list, only new items fetched, failures logged and
retried later, never fatal; stoppable between rounds."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import duckdb
import pytest

from app.cli import main
from app.watch import WatchError, parse_duration, read_feed_list, watch
from claims.settings import Settings
from store.db import connect
from store.feeds import backoff, feed_status

from web_server import Reply, Server

SETTINGS = Settings(fetch_timeout=1.0, host_delay=0.0, max_page_mb=1.0, retry_after=3600.0)


@pytest.fixture()
def server():
    with Server() as running:
        yield running


@pytest.mark.parametrize("text, seconds", [("15m", 900), ("30s", 30), ("2h", 7200), ("1d", 86400), ("0", 0),
                                           (" 1.5m ", 90)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "-5m", "15 minutes"])
def test_what_is_not_a_duration(text):
    with pytest.raises(WatchError, match="not a duration"):
        parse_duration(text)


def test_the_feeds_list_skips_comments_and_names_bad_lines(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# city desk\nhttp://a.example/rss\n\nnot a feed\nhttp://a.example/rss\nftp://b.example/x\n")
    urls, problems = read_feed_list(str(path))
    assert urls == ["http://a.example/rss"]
    assert [str(p) for p in problems] == [f"Error: {path}:4: 'not a feed' is not an http(s) address",
                                          f"Error: {path}:6: 'ftp://b.example/x' is not an http(s) address"]
    with pytest.raises(WatchError, match="cannot read the feeds list"):
        read_feed_list(str(tmp_path / "missing.txt"))


def test_backoff_doubles_up_to_its_limit():
    assert [backoff(n, first=60, longest=300).total_seconds() for n in (1, 2, 3, 4, 9)] == [60, 120, 240, 300, 300]


def test_rounds_fetch_only_new_items_and_failures_are_never_fatal(server, tmp_path):
    db = tmp_path / "watch.duckdb"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("\n".join([server.url("/rss.xml"), server.url("/atom.xml"), server.url("/broken.xml"),
                                server.url("/slow"), "http://127.0.0.1:9/closed.xml"]) + "\n")
    seen = []

    def on_round(done):
        seen.append(done)
        if done.number == 1:  # a new item appears in the Hindi feed before the second round
            server.pages["/atom.xml"].body = server.pages["/atom.xml"].body.replace(
                "</feed>", "<entry><title>दूसरी खबर</title><id>tag:second</id>"
                           "<link href=\"{base}/city/ferry-fares\"/></entry></feed>")

    failed = watch(str(feeds), str(db), SETTINGS, every=0, rounds=2, on_round=on_round)
    assert failed
    assert [d.number for d in seen] == [1, 2]
    first, second = seen
    errors = {str(p) for p in first.problems}
    broken = {e for e in errors if e.startswith(f"Error: {server.url('/broken.xml')}: not a valid RSS or Atom feed (")}
    assert len(broken) == 1
    assert errors - broken == {f"Error: {server.url('/slow')}: timed out after 1s",
                               f"Error: {server.url('/gone')}: HTTP 404 Not Found",
                               "Error: http://127.0.0.1:9/closed.xml: cannot connect: Connection refused"}
    assert (first.report.items_new, first.report.items_stored, first.report.ingest.articles_added) == (3, 2, 2)
    # round two: the three failed feeds wait for their retry, only the new item is fetched; it is
    # an article stored before under another feed, so nothing is added
    assert (second.report.feeds_waiting, second.report.items_new, second.report.items_stored) == (3, 1, 1)
    assert second.report.ingest.articles_added == 0 and second.problems == []
    assert server.fetched("/city/ferry-fares") == 2 and server.fetched("/hindi/pul") == 1
    assert server.fetched("/broken.xml") == 1 and server.fetched("/gone") == 1

    with connect(str(db), read_only=True) as con:
        status = {f["feed_url"]: f for f in feed_status(con)}
        later = {f["feed_url"]: f for f in feed_status(con, since=datetime.now() + timedelta(minutes=1))}
    rss, atom, broken = (status[server.url(p)] for p in ("/rss.xml", "/atom.xml", "/broken.xml"))
    assert (rss["title"], rss["items"], rss["failed_items"], rss["failures"]) == ("Harbour Gazette: City", 1, 1, 0)
    assert (atom["items"], atom["new_items"]) == (2, 2) and later[server.url("/atom.xml")]["new_items"] == 0
    assert broken["last_success"] is None and broken["failures"] == 1
    assert broken["next_attempt"] > datetime.now() + timedelta(minutes=50)
    assert "not a valid RSS or Atom feed" in broken["last_error"]


def test_a_feed_that_recovers_is_read_again(server, tmp_path):
    db = tmp_path / "recover.duckdb"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.url("/flaky.xml") + "\n")
    server.pages["/flaky.xml"] = Reply(status=503, body="down")
    settings = Settings(fetch_timeout=1.0, host_delay=0.0, retry_after=0.0)
    rounds = []

    def on_round(done):
        rounds.append(done)
        server.pages["/flaky.xml"] = Reply(content_type="application/atom+xml",
                                           body=server.pages["/atom.xml"].body)

    assert watch(str(feeds), str(db), settings, every=0, rounds=2, on_round=on_round)  # round one failed
    assert [str(p) for p in rounds[0].problems] == [f"Error: {server.url('/flaky.xml')}: HTTP 503 Service Unavailable"]
    assert rounds[1].problems == [] and rounds[1].report.ingest.articles_added == 1
    with connect(str(db), read_only=True) as con:
        (row,) = feed_status(con)
    assert row["failures"] == 0 and row["last_error"] is None and row["last_success"] is not None


def test_a_watch_without_rounds_stops_when_asked(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# nothing followed yet\n")
    stop, waiting = threading.Event(), threading.Event()
    rounds = []

    def on_round(done):
        rounds.append(done.number)
        waiting.set()

    worker = threading.Thread(target=watch, args=(str(feeds), str(tmp_path / "w.duckdb"), SETTINGS),
                              kwargs={"every": 3600, "stop": stop, "on_round": on_round}, daemon=True)
    worker.start()
    assert waiting.wait(timeout=30)
    stop.set()  # during the hour's wait before round two
    worker.join(timeout=5)
    assert not worker.is_alive() and rounds == [1]


def test_watch_once_on_the_command_line(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMS_HOST_DELAY", "0")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.url("/atom.xml") + "\n")
    db = tmp_path / "cli.duckdb"
    assert main(["watch", str(feeds), "--once", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "round 1: 1 feeds, 1 new items, 1 stored, 1 articles added" in out
    assert main(["watch", str(feeds), "--rounds", "2", "--every", "0s", "--db", str(db)]) == 0
    out, _ = capsys.readouterr()
    assert "round 2: 1 feeds, 0 new items" in out
    assert main(["watch", str(feeds), "--rounds", "0", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "Error: --rounds must be 1 or more\n"
    assert main(["watch", str(tmp_path / "none.txt"), "--once", "--db", str(db)]) == 1
    assert "cannot read the feeds list" in capsys.readouterr().err
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]
    finally:
        con.close()


def test_a_round_the_database_refuses_is_logged_and_the_watch_goes_on(server, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.url("/atom.xml") + "\n")
    db = tmp_path / "not-a-database.duckdb"
    db.write_bytes(b"this is not a DuckDB file, but some other file " * 100)
    rounds = []
    assert watch(str(feeds), str(db), SETTINGS, every=0, rounds=2, on_round=rounds.append)
    assert [r.number for r in rounds] == [1, 2]
    assert all(any(f"round {r.number} not stored" in str(p) for p in r.problems) for r in rounds)
