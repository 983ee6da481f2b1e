"""Web addresses and feeds through the command line, against our own pages and feeds on a
local server: each problem one line, the exit code, provenance, and the same article twice a
no-op."""
from __future__ import annotations

import duckdb
import pytest

from app.cli import main
from app.feeds import parse_feed
from claims.reading import ArticleError

from web_server import WEB, Server

FAST = {"CLAIMS_FETCH_TIMEOUT": "1", "CLAIMS_HOST_DELAY": "0", "CLAIMS_MAX_PAGE_MB": "1", "CLAIMS_RETRY_AFTER": "3600"}


@pytest.fixture()
def server(monkeypatch):
    for name, value in FAST.items():
        monkeypatch.setenv(name, value)
    with Server() as running:
        yield running


def rows(db, sql, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def run(capsys, *argv):
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rss_and_atom_items_are_read():
    title, items = parse_feed((WEB / "rss.xml").read_text().replace("{base}", "http://h.example").encode(), 50)
    assert title == "Harbour Gazette: City"
    assert [(i.key, i.url) for i in items] == [("http://h.example/city/ferry-fares", "http://h.example/city/ferry-fares"),
                                               ("gazette-2024-0302", "http://h.example/gone")]
    title, items = parse_feed((WEB / "atom.xml").read_text().replace("{base}", "http://h.example").encode(), 1)
    assert title == "नगर समाचार" and [i.key for i in items] == ["tag:nagarsamachar.example,2024:pul"]


@pytest.mark.parametrize("data", [(WEB / "broken.xml").read_bytes(), b"", b"<html><body>a page</body></html>",
                                  b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_what_is_not_a_feed_is_one_reason(data):
    with pytest.raises(ArticleError, match="RSS or Atom feed"):
        parse_feed(data, 50)


def test_pages_by_address_each_problem_one_line_and_again_a_no_op(server, tmp_path, capsys):
    db = tmp_path / "web.duckdb"
    en, hi = server.url("/city/ferry-fares"), server.url("/hindi/pul")
    code, _, err = run(capsys, "ingest", en, hi, server.url("/gone"), server.url("/index"), server.url("/slow"),
                       "--db", str(db), "--quiet")
    assert code == 1
    problems = [line for line in err.splitlines() if line.startswith(("Error", "Warning"))]
    assert problems == [f"Error: {server.url('/gone')}: HTTP 404 Not Found",
                        f"Error: {server.url('/index')}: no article found on the page (an index, a login or an "
                        f"error page?)",
                        f"Error: {server.url('/slow')}: timed out after 1s"]
    assert "2 articles added" in err
    stored = rows(db, "SELECT source_file, url, outlet_id, title, published, language FROM articles "
                      "ORDER BY language")
    assert [(r[0], r[1], r[2], r[5]) for r in stored] == [(en, en, "harbour-gazette", "en"),
                                                          (hi, hi, "nagar-samachar", "hi")]
    assert str(stored[0][4]) == "2024-03-07" and stored[1][3] == "नदी पर नया पुल जून तक खुलेगा"

    code, _, err = run(capsys, "ingest", en, str(WEB / "en_article.html"), "--db", str(db), "--quiet")
    assert code == 0, err
    assert "0 articles added, 2 unchanged" in err  # the page again, and the same article saved as a file


def test_a_feed_stores_its_items_once(server, tmp_path, capsys):
    db = tmp_path / "feed.duckdb"
    rss = server.url("/rss.xml")
    code, _, err = run(capsys, "ingest", "--feed", rss, "--feed", server.url("/broken.xml"), "--db", str(db),
                       "--quiet")
    assert code == 1
    assert f"Error: {server.url('/gone')}: HTTP 404 Not Found" in err.splitlines()
    assert any(line.startswith(f"Error: {server.url('/broken.xml')}: not a valid RSS or Atom feed")
               for line in err.splitlines())
    assert "1 articles added" in err
    assert rows(db, "SELECT item_key, status, attempts FROM feed_items ORDER BY item_key") == [
        ("gazette-2024-0302", "failed", 1), (server.url("/city/ferry-fares"), "stored", 1)]

    code, _, err = run(capsys, "ingest", "--feed", rss, "--db", str(db), "--quiet")
    assert code == 0, err  # the stored item is not fetched again; the failed one waits for its retry
    assert server.fetched("/city/ferry-fares") == 1 and server.fetched("/gone") == 1
    code, out, _ = run(capsys, "feeds", "--db", str(db))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{rss}  Harbour Gazette: City  last success ") and "1 items stored, 1 failed" in lines[0]
    assert lines[1].startswith(f"{server.url('/broken.xml')}  -  last success never") and "failing (1 in a row" in lines[1]


def test_ingest_without_anything_to_read_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "ingest", "--db", str(tmp_path / "x.duckdb"))
    assert code == 2 and err.startswith("Error: give files")
