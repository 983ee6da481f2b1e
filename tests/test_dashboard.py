"""Each page's logic, driven through Streamlit's AppTest against a real DuckDB file."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from streamlit.testing.v1 import AppTest

from app.ingest import ingest
from store import browse, corrections, feeds, flags, queries
from store.db import connect
from views.claimreview import claim_reviews

from conftest import ROOT, open_link, open_page

PUTIN = "Vladimir Putin \u00b7 \u0935\u094d\u0932\u093e\u0926\u093f\u092e\u0940\u0930 \u092a\u0941\u0924\u093f\u0928"


@pytest.fixture()
def app(db_copy, monkeypatch):
    return open_page(db_copy, monkeypatch)


def go(at, page: str, **params) -> AppTest:
    """A fresh session opening the link /page?params (as a copied link would)."""
    return open_link(page, **params)


def param(at, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def metrics(at) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.metric}


def a_recurring_cluster(db) -> tuple[int, list[str]]:
    with connect(db, read_only=True) as con:
        cluster = con.execute("SELECT cluster_id FROM cluster_stats WHERE n_outlets >= 3 "
                              "ORDER BY n_outlets DESC, cluster_id LIMIT 1").fetchall()[0][0]
        claims = [r[0] for r in con.execute("SELECT claim_id FROM claim_clusters WHERE cluster_id = ? "
                                            "ORDER BY claim_id", [cluster]).fetchall()]
    return cluster, claims


def test_overview_counts_follow_the_filters(app, db_copy):
    counts = metrics(app)
    with connect(db_copy, read_only=True) as con:
        assert counts["Claims"] == con.execute("SELECT count(*) FROM claim_clusters").fetchall()[0][0]
    assert counts["Recurring"] == counts["Single-sourced"] + (counts["Clusters"] - counts["One outlet"]
                                                              - counts["Single-sourced"])
    assert counts["Clusters"] == counts["Recurring"] + counts["One outlet"]
    app.multiselect(key="f_speakers").select("dmitry-peskov").run()
    narrowed = metrics(app)
    assert 0 < narrowed["Clusters"] < counts["Clusters"]
    assert param(app, "speaker") == ["dmitry-peskov"]
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")  # the charts are drawn


def test_speakers_are_offered_in_both_scripts_and_without_places(app):
    options = app.multiselect(key="f_speakers").options
    assert options.count(PUTIN) == 1
    assert not any(o.startswith(("Russia", "United States")) for o in options)


def test_claims_filter_by_speaker_and_recurring_and_single_sourced_together(app):
    app = go(app, "claims")
    everything = len(app.dataframe[0].value)
    app.multiselect(key="f_speakers").select("dmitry-peskov").run()
    table = app.dataframe[0].value
    assert 0 < len(table) < everything
    assert all("Dmitry Peskov" in s for s in table["speakers"])
    app.multiselect(key="f_speakers").unselect("dmitry-peskov").run()
    app.selectbox(key="f_recurring").set_value("yes").run()
    app.selectbox(key="f_single").set_value("yes").run()
    table = app.dataframe[0].value
    assert len(table) >= 1 and (table["outlets"] >= 2).all()
    assert all(o == "TASS" for o in table["origins"])
    assert param(app, "recurring") == ["yes"] and param(app, "single") == ["yes"]


def test_a_claim_level_status_is_found_by_the_status_filter(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    with connect(db_copy) as con:
        flags.add_flag(con, flags.Target("claim", claims[0]), "in_review", by="asha")
    app = go(app, "claims", status="in_review")
    table = app.dataframe[0].value
    assert list(table["cluster"]) == [cluster]
    assert "claim: in_review" in table["status"].iloc[0]


def test_a_link_with_filters_reopens_the_same_view(app):
    app = go(app, "claims", speaker="vladimir-putin", lang="hi", sort="newest")
    assert app.multiselect(key="f_speakers").value == ["vladimir-putin"]
    assert app.multiselect(key="f_languages").value == ["hi"]
    assert app.selectbox(key="c_sort").value == "newest"
    table = app.dataframe[0].value
    assert len(table) and all("hi" in langs for langs in table["languages"])


def test_words_search_and_pagination(app):
    app = go(app, "claims", q="Peskov")
    assert len(app.dataframe[0].value) >= 1
    app = go(app, "claims", q="%' OR 1=1 --")
    assert any("No cluster matches" in i.value for i in app.info)


def test_search_by_meaning_crosses_languages(app):
    """An English query finds the Hindi members of the same claim (this one loads the model)."""
    app = go(app, "claims")
    app.text_input(key="c_search").input("Kim invited Putin to visit North Korea")
    app.radio(key="c_mode").set_value("meaning").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) >= 1 and "hi" in table["languages"].iloc[0]


def test_cluster_page_shows_members_timeline_and_similar(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    app = go(app, "cluster", cluster=cluster)
    texts = [t.value for t in app.text]
    assert any(t.startswith("Speaker:") and "chain:" in t for t in texts)
    assert any(" \u00b7 origin" in t or " \u00b7 echo of" in t for t in texts)
    assert len({t.split(" \u00b7 ")[0] for t in texts if " \u00b7 20" in t}) >= 3  # several outlets
    assert any(":orange-background[**" in m.value for m in app.markdown)  # the sentence marked in its text
    assert any(t.value == "Similar clusters" for t in app.subheader)
    assert any("No status changes yet." == t for t in texts)


def test_a_flag_shows_in_the_history_and_the_members_at_once(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    app = go(app, "cluster", cluster=cluster)
    app.text_input(key="reviewer").input("asha")
    with connect(db_copy, read_only=True) as con:
        first = queries.cluster_members(con, cluster)[0]["claim_id"]
    app.selectbox(key="flag_target").select_index(1)
    app.radio(key="flag_status").set_value("in_review")
    app.text_area(key="flag_note").input("two agencies disagree")
    app.button[[b.label for b in app.button].index("Save status")].click().run()
    assert not app.exception
    history = app.dataframe[0].value
    assert list(history["status"]) == ["in_review"] and list(history["actor"]) == ["asha"]
    assert any(c.value == f"claim {first} \u00b7 status: in_review" for c in app.caption)
    assert app.text_area(key="flag_note").value == ""  # a second press cannot log the same note again
    assert any("marked in_review" in s.value for s in app.success)
    with connect(db_copy, read_only=True) as con:
        assert len(flags.history(con)) == 1


def test_a_flag_needs_a_name(app, db_copy):
    cluster, _ = a_recurring_cluster(db_copy)
    app = go(app, "cluster", cluster=cluster)
    app.button[[b.label for b in app.button].index("Save status")].click().run()
    assert any("Write your name" in w.value for w in app.warning)
    with connect(db_copy, read_only=True) as con:
        assert flags.history(con) == []


def test_merge_is_previewed_then_confirmed_and_recorded(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    with connect(db_copy, read_only=True) as con:
        other, text = con.execute("SELECT cluster_id, example FROM cluster_stats WHERE n_outlets = 1 "
                                  "ORDER BY cluster_id LIMIT 1").fetchall()[0]
    app = go(app, "cluster", cluster=cluster)
    app.radio(key="fix_action").set_value("merge another cluster in").run()
    app.text_input(key="fix_find").input(" ".join(text.split()[:4])).run()
    app.selectbox(key="fix_other").select_index(
        next(i for i, o in enumerate(app.selectbox(key="fix_other").options) if o.startswith(f"#{other} "))).run()
    assert any(f"Cluster #{other} has these claims:" == t.value for t in app.text)
    app.button(key="fix_merge_go").click().run()
    assert any("Write your name" in w.value for w in app.warning)  # nothing without a name
    app.text_input(key="reviewer").input("asha")
    app.button(key="fix_merge_go").click().run()
    assert not app.exception
    assert any(f"Cluster #{other} merged into #{cluster}" in s.value for s in app.success)
    with connect(db_copy, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claim_clusters WHERE cluster_id = ?", [other]).fetchall()[0][0] == 0
        assert [h["actor"] for h in corrections.history(con)] == ["asha"]
    assert any("merge" in list(df.value.get("action", [])) for df in app.dataframe)


def test_take_a_claim_out_and_fix_a_speaker(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    app = go(app, "cluster", cluster=cluster)
    app.text_input(key="reviewer").input("ravi")
    app.radio(key="fix_action").set_value("take a claim out").run()
    app.selectbox(key="fix_split").select_index(len(claims) - 1).run()
    app.button(key="fix_split_go").click().run()
    assert any("is now cluster" in s.value for s in app.success)
    with connect(db_copy, read_only=True) as con:
        members = [m["claim_id"] for m in queries.cluster_members(con, cluster)]
    assert len(members) == len(claims) - 1
    app.radio(key="fix_action").set_value("fix a speaker").run()
    app.selectbox(key="fix_speaker_claim").select_index(0).run()
    options = app.selectbox(key="fix_speaker_to").options
    app.selectbox(key="fix_speaker_to").select_index(
        next(i for i, o in enumerate(options) if o.startswith("Dmitry Peskov"))).run()
    app.button(key="fix_speaker_go").click().run()
    assert not app.exception
    with connect(db_copy, read_only=True) as con:
        assert con.execute("SELECT speaker_id FROM sentences WHERE claim_id = ?", [members[0]]).fetchall() == [
            ("dmitry-peskov",)]
        assert [s["actor"] for s in corrections.speaker_history(con)] == ["ravi"]


def test_an_unknown_or_merged_cluster_in_the_link_is_explained(app):
    app = go(app, "cluster", cluster=99999)
    assert any("no cluster #99999" in w.value for w in app.warning)
    app = go(app, "cluster")
    assert any("find one here" in i.value for i in app.info)


def test_speakers_page_lists_claims_and_merges_two_identities(app, db_copy):
    app = go(app, "speakers", speaker="dmitry-peskov")
    assert app.selectbox(key="sp_person").value == "dmitry-peskov"
    assert len(app.dataframe[1].value) >= 1
    app.selectbox(key="sp_other").select_index(
        next(i for i, o in enumerate(app.selectbox(key="sp_other").options) if o.startswith("the Kremlin"))).run()
    app.text_input(key="reviewer").input("asha")
    app.button(key="sp_merge_go").click().run()
    assert not app.exception
    with connect(db_copy, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sentences WHERE speaker_id = 'kremlin'").fetchall()[0][0] == 0


def test_review_queue_by_status_and_reviewer_with_full_history(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    with connect(db_copy) as con:
        flags.add_flag(con, flags.Target("claim", claims[0]), "verified_false", note="wrong figure", by="asha")
        flags.add_flag(con, flags.Target("cluster", str(cluster)), "in_review", by="ravi")
    app = go(app, "review", by="asha")
    queue = app.dataframe[0].value
    assert list(queue["id"]) == [claims[0]] and list(queue["note"]) == ["wrong figure"]
    app = go(app, "review")
    assert len(app.dataframe[0].value) == 2
    assert len(app.dataframe[1].value) == 2  # every status change


def test_export_page_and_claim_review_records(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    with connect(db_copy) as con:
        flags.add_flag(con, flags.Target("cluster", str(cluster)), "verified_false", note="no", by="asha")
        flags.add_flag(con, flags.Target("cluster", "1" if cluster != 1 else "2"), "flagged", by="asha")
        rows = browse.flagged_claims(con, ["verified_false", "verified_true", "misleading"])
    app = go(app, "export")
    assert {b.label for b in app.get("download_button")} >= {"Claims (CSV)", "ClaimReview (JSON-LD)"} \
        or len(app.get("download_button")) == 3
    (review,) = claim_reviews(rows, {"vladimir-putin": "Vladimir Putin"})
    json.dumps(review)
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["ratingValue"] == 1
    assert len(review["itemReviewed"]["appearance"]) == len(claims)
    assert review["claimReviewed"] and review["reviewBody"] == "no"


def test_import_page_offers_an_uploader(app):
    app = go(app, "import")
    assert app.get("file_uploader")


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
    assert metrics(at)["Articles"] == 2


def test_pages_that_do_not_search_by_meaning_never_load_a_model(app, monkeypatch):
    import views.claims_page

    def refuse(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(views.claims_page, "get_embedder", refuse)
    views.claims_page.embedder.clear()
    for page in ["overview", "claims", "cluster", "speakers", "review", "export"]:
        at = go(app, page, q="Putin", cluster=1)
        assert not at.exception


def test_review_lists_checked_claims_that_came_back_first(app, db_copy):
    cluster, claims = a_recurring_cluster(db_copy)
    with connect(db_copy) as con:
        # judged before any of its articles was stored: every member came back after the check
        con.execute("INSERT INTO flag_events VALUES ('e-early', 'cluster', ?, 'verified_false', 'no', 'asha', "
                    "TIMESTAMP '2000-01-01 00:00:00')", [str(cluster)])
    app = go(app, "review")
    came_back = app.dataframe[0].value
    assert set(came_back["cluster"]) == {cluster} and len(came_back) == len(claims)
    assert set(came_back["status"]) == {"verified_false"}
    assert any("came back (" + str(len(claims)) + ")" in h.value for h in app.subheader)


def test_import_page_shows_the_feeds_followed(app, db_copy):
    now = datetime.now()
    with connect(db_copy) as con:
        feeds.record_feed(con, "http://127.0.0.1:9/hindi.xml", now - timedelta(hours=2), title="हिंदी फ़ीड")
        feeds.record_item(con, "http://127.0.0.1:9/hindi.xml", "a1", now - timedelta(hours=2), url="http://127.0.0.1:9/a1")
        feeds.record_feed(con, "http://127.0.0.1:9/broken.xml", now, error="not a feed")
    app = go(app, "import")
    table = app.dataframe[0].value
    assert list(table["feed"]) == ["http://127.0.0.1:9/hindi.xml", "http://127.0.0.1:9/broken.xml"]
    assert list(table["new in 24 h"]) == [1, 0] and table["last error"][1] == "not a feed"
    app.button(key="feeds_seen").click().run()
    assert not app.exception
    table = app.dataframe[0].value
    (new,) = [c for c in table.columns if c.startswith("new since")]
    assert list(table[new]) == [0, 0]  # what was new is now seen, for every visit after this one


def test_a_table_row_member_is_shown_read_with_its_column_names(db_copy, tmp_path, monkeypatch):
    article = tmp_path / "2023-09-14_civic-ledger_summit-table.md"
    article.write_text("---\ntitle: \"Summit delegations by country\"\noutlet: Civic Ledger\n"
                       "published: 2023-09-14\nlanguage: en\n---\n"
                       "The delegations at the summit, as the host listed them.\n\n"
                       "No.\tCountry\tDelegates\tMinisters\n1\tRussia\t120\t9\n2\tNorth Korea\t48\t4\n",
                       encoding="utf-8")
    report = ingest([str(article)], str(db_copy))
    assert not report.failed, report.problems
    with connect(db_copy, read_only=True) as con:
        cluster = con.execute("SELECT cc.cluster_id FROM claim_clusters cc JOIN sentences s USING (claim_id) "
                              "WHERE s.text = ?", ["2\tNorth Korea\t48\t4"]).fetchall()[0][0]
    open_page(db_copy, monkeypatch)
    at = go(None, "cluster", cluster=cluster)
    assert "Table row, read as: North Korea: Delegates 48, Ministers 4" in [t.value for t in at.text]
