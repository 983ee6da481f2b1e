"""The page logic, driven through Streamlit's AppTest against a real DuckDB file."""
from __future__ import annotations

import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from store import flags
from store.db import connect

from conftest import ROOT, open_page


@pytest.fixture()
def app(db_copy, monkeypatch):
    return open_page(db_copy, monkeypatch)


def cluster_rows(at):
    return at.dataframe[0].value


def test_headline_counts(app, db_copy):
    metrics = {m.label: m.value for m in app.metric}
    with connect(db_copy, read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert metrics["Articles"] == str(articles)
    assert set(metrics) == {"Articles", "Outlets", "Claims", "Clusters", "Recurring", "Single-sourced"}


def test_speaker_filter_lists_each_person_once_and_filters(app):
    box = app.multiselect(key="speakers")
    assert box.options.count("Vladimir Putin") == 1
    assert "पुतिन" not in box.options
    all_rows = len(cluster_rows(app))
    box.select("Dmitry Peskov").run()
    table = cluster_rows(app)
    assert 0 < len(table) < all_rows
    assert all("Dmitry Peskov" in s for s in table["speakers"])


def test_recurring_and_single_sourced_filter(app):
    app.radio(key="spread").set_value("Recurring and single-sourced").run()
    table = cluster_rows(app)
    assert len(table) >= 1
    assert table["recurring"].all() and table["single-sourced"].all()
    assert any("TASS" == origins for origins in table["origins"])


def test_outlet_and_language_filters(app):
    app.multiselect(key="languages").select("hi").run()
    assert all("hi" in langs for langs in cluster_rows(app)["languages"])
    app.multiselect(key="outlets").select("The Civic Ledger").run()
    assert all("The Civic Ledger" in c for c in cluster_rows(app)["carried by"])


def test_flag_buttons_append_to_history(app, db_copy):
    cluster = app.selectbox(key="cluster").value
    app.text_input(key="flag_note").input("two agencies disagree")
    app.text_input(key="flag_by").input("asha")
    app.button(key="flag_flagged").click().run()
    assert not app.exception
    app.button(key="flag_verified_true").click().run()
    with connect(db_copy, read_only=True) as con:
        events = flags.history(con, flags.Target("cluster", str(cluster)))
    assert [e["status"] for e in events] == ["flagged", "verified_true"]
    assert events[0]["note"] == "two agencies disagree" and events[0]["actor"] == "asha"
    app.run()
    assert any("status: verified_true" in t.value for t in app.text)


def test_cluster_view_shows_members_with_provenance(app):
    app.radio(key="spread").set_value("Recurring and single-sourced").run()
    texts = [t.value for t in app.text]
    assert any("all via TASS" in t for t in texts)
    assert any("\u00bb " in t and " \u00ab" in t for t in texts)  # the claim marked inside its article
    assert any(t.startswith("Speaker:") and "chain:" in t for t in texts)


def test_a_busy_database_shows_a_gentle_message(db_copy, monkeypatch):
    """Another process holds the write lock: the page says 'updating', no traceback."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setenv("CLAIMS_DB", str(db_copy))
        monkeypatch.setenv("CLAIMS_LOCK_TIMEOUT", "0.3")
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.run()
    finally:
        holder.kill()
        holder.wait()
    assert not at.exception
    assert any("updating" in i.value for i in at.info)


HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_first_start_builds_the_database_from_samples(tmp_path, monkeypatch):
    samples = tmp_path / "samples"
    samples.mkdir()
    for name in ["2023-09-13_northern-wire_kim-putin-summit.md", "2023-09-13_samachar-darpan_putin-kim-shikhar-varta.md"]:
        (samples / name).write_text((ROOT / "samples" / name).read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "new.duckdb"
    monkeypatch.setenv("CLAIMS_DB", str(db))
    monkeypatch.setenv("CLAIMS_SAMPLES", str(samples))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert db.exists()
    assert any("Built new.duckdb: 2 articles" in s.value for s in at.success)
    assert {m.label: m.value for m in at.metric}["Articles"] == "2"


def test_correct_a_cluster_from_the_page(app, db_copy):
    cluster = app.selectbox(key="cluster").value
    out = app.selectbox(key="fix_split").value
    app.text_input(key="fix_by").input("asha")
    app.button(key="fix_split_go").click().run()
    assert not app.exception
    assert any("is now cluster" in s.value for s in app.success)
    with connect(db_copy, read_only=True) as con:
        moved = con.execute("SELECT cluster_id FROM claim_clusters WHERE claim_id = ?", [out]).fetchall()[0][0]
        actor = con.execute("SELECT DISTINCT actor FROM cluster_decisions").fetchall()
    assert moved != cluster and actor == [("asha",)]
    # merging it back, by number
    app.selectbox(key="cluster").set_value(cluster).run()
    app.number_input(key="fix_other").set_value(moved).run()
    app.button(key="fix_merge_go").click().run()
    with connect(db_copy, read_only=True) as con:
        back = con.execute("SELECT cluster_id FROM claim_clusters WHERE claim_id = ?", [out]).fetchall()[0][0]
    assert back == cluster


def test_a_nonsense_correction_is_a_warning_not_a_traceback(app):
    cluster = app.selectbox(key="cluster").value
    app.number_input(key="fix_other").set_value(cluster).run()
    app.button(key="fix_merge_go").click().run()
    assert not app.exception
    assert any("cannot merge" in w.value for w in app.warning)
