"""store/queries.py against the samples database: counts, the cluster table and its
filters, one cluster's members, names in either script, the export rows."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from store import browse, cluster_stats, flags, queries
from store.db import connect


@pytest.fixture()
def con(samples_db):
    with connect(samples_db, read_only=True) as c:
        yield c


def test_stats_agree_with_the_tables(con):
    counts = queries.stats(con)
    assert counts["articles"] == con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert counts["claims"] == con.execute("SELECT count(*) FROM sentences WHERE is_claim").fetchall()[0][0]
    assert 0 < counts["recurring"] <= counts["clusters"] <= counts["claims"]
    assert counts["model"] == "multilingual-e5-small" and counts["flag_changes"] == 0


def test_clusters_most_outlets_first_and_filtered(con):
    rows = queries.clusters(con)
    assert len(rows) == queries.stats(con)["clusters"]
    assert [r["n_outlets"] for r in rows] == sorted((r["n_outlets"] for r in rows), reverse=True)
    hindi = queries.clusters(con, languages=["hi"])
    assert hindi and all("hi" in r["languages"] for r in hindi) and len(hindi) < len(rows)
    recurring = queries.clusters(con, recurring=True)
    assert recurring and all(r["n_outlets"] >= 2 for r in recurring)
    assert queries.clusters(con, date_to=date(2000, 1, 1)) == []
    assert queries.clusters(con, search="%' OR 1=1 --") == []  # the text is a value, never SQL
    assert len(queries.clusters(con, limit=3)) == 3


def test_members_of_one_cluster_with_their_article(con):
    members = queries.cluster_members(con, 1)
    assert len(members) >= 2
    for m in members:
        assert m["body"][m["start_offset"]:m["end_offset"]] == m["text"]


def test_names_in_either_script(con):
    en, hi = queries.names(con, "en"), queries.names(con, "hi")
    assert en.keys() == hi.keys()
    assert any(en[k] != hi[k] and any("\u0900" <= ch <= "\u097f" for ch in hi[k]) for k in en)
    assert queries.named(None, en) is None and queries.named(["nobody"], en) == ["nobody"]


def test_filter_choices(con):
    choices = queries.filter_choices(con)
    assert set(choices["languages"]) == {"en", "hi"}
    assert choices["outlets"] and choices["speakers"]
    low, high = choices["dates"]
    assert low <= high


def test_export_rows_one_per_sentence(con):
    rows = queries.export_rows(con)
    assert len(rows) == queries.stats(con)["sentences"]
    claims = [r for r in rows if r["is_claim"]]
    assert all(r["cluster_id"] is not None and r["claim_id"] for r in claims)
    assert all(r["attribution_chain"][-1] for r in claims)


def test_cluster_status_shows_in_the_table(db_copy):
    with connect(db_copy) as con:
        flags.add_flag(con, flags.Target("cluster", "1"), "misleading", by="ed")
        (row,) = [r for r in queries.clusters(con, statuses=["misleading"])]
        assert row["cluster_id"] == 1 and row["status"] == "misleading"
        assert all(r["cluster_id"] != 1 for r in queries.clusters(con, statuses=["unflagged"]))


def test_cluster_stats_agree_with_the_live_query(con):
    live = {r["cluster_id"]: r for r in queries.clusters(con, limit=10**6)}
    stored = {r[0]: r[1:] for r in con.execute(
        "SELECT cluster_id, n_outlets, n_origins, recurring, single_sourced FROM cluster_stats").fetchall()}
    assert stored.keys() == live.keys()
    assert all(stored[c] == (r["n_outlets"], r["n_origins"], r["recurring"], r["single_sourced"])
               for c, r in live.items())
    # headlines are whole sentences without their dateline
    assert not any(e.startswith(("MOSCOW", "VOSTOCHNY")) for (e,) in con.execute(
        "SELECT example FROM cluster_stats").fetchall())


def test_browse_pages_counts_and_filters(con):
    everything = browse.Filters()
    first, total = browse.cluster_page(con, everything, page_size=10)
    second, _ = browse.cluster_page(con, everything, page=1, page_size=10)
    assert len(first) == 10 and total == queries.stats(con)["clusters"]
    assert not {r["cluster_id"] for r in first} & {r["cluster_id"] for r in second}
    counts = browse.summary(con, everything)
    assert counts["clusters"] == total and counts["recurring"] == counts["single_sourced"] + counts["independent"]
    peskov = browse.Filters(speakers=["dmitry-peskov"])
    assert 0 < browse.summary(con, peskov)["clusters"] < total
    both = browse.Filters(recurring=True, single_sourced=True)
    rows, n = browse.cluster_page(con, both)
    assert n >= 1 and all(r["recurring"] and r["single_sourced"] for r in rows)
    assert browse.cluster_page(con, browse.Filters(search="%' OR 1=1 --"))[1] == 0
    assert {p["id"] for p in browse.speakers(con)} >= {"vladimir-putin", "dmitry-peskov"}
    assert not any(p["place"] for p in browse.speakers(con))


def test_every_sort_pages_through_all_clusters_once_in_order(con):
    everything = browse.Filters()
    expected = con.execute(f"SELECT cluster_id FROM cluster_stats cs ORDER BY {browse.SORTS['newest']}").fetchall()
    seen, page = [], 0
    while True:
        rows, total = browse.cluster_page(con, everything, sort="newest", page=page, page_size=7)
        if not rows:
            break
        assert total == len(expected)
        seen += [(r["cluster_id"],) for r in rows]
        page += 1
    assert seen == expected
    assert browse.cluster_page(con, everything, page=page, page_size=7) == ([], len(expected))
    assert browse.cluster_page(con, everything, page_size=7, count=False)[1] == -1


def test_leaders_are_the_widest_carried_and_the_newest_single_sourced(con):
    lists = browse.leaders(con, browse.Filters(), n=5)
    everything = con.execute("SELECT * FROM cluster_stats").df().to_dict("records")
    widest = sorted(everything, key=lambda r: (-r["n_outlets"], -r["n_claims"], r["cluster_id"]))[:5]
    assert [r["cluster_id"] for r in lists["top"]] == [r["cluster_id"] for r in widest]
    single = [r for r in everything if r["recurring"] and r["single_sourced"]]
    newest = sorted(single, key=lambda r: (-r["last_seen"].toordinal(), -r["n_outlets"], r["cluster_id"]))[:5]
    assert len(single) >= 1 and len(lists["newest_single"]) == min(5, len(single))
    assert [r["cluster_id"] for r in lists["newest_single"]] == [r["cluster_id"] for r in newest]
    assert lists["top"][0]["example"] and "speaker_ids" in lists["top"][0]  # whole rows


@pytest.mark.parametrize("flt", [
    browse.Filters(outlets=["northern-wire"]), browse.Filters(languages=["hi"]),
    browse.Filters(languages=["en"], date_from=date(2023, 9, 14)),
    browse.Filters(outlets=["bharat-varta", "metro-herald"], languages=["en", "hi"], date_to=date(2023, 9, 13))])
def test_filters_on_articles_alone_pick_what_the_claims_say(con, flt):
    fast, fast_params = browse._article_level_sql(flt)
    slow, slow_params = browse._claim_level_sql(con, flt)
    picked = {r[0] for r in con.execute(fast, fast_params).fetchall()}
    assert picked == {r[0] for r in con.execute(slow, slow_params).fetchall()}
    assert picked and set(browse.resolve(con, flt).cluster_ids) == picked


def test_a_claim_status_is_found_by_the_status_filter(db_copy):
    with connect(db_copy) as con:
        claim, cluster = con.execute("SELECT claim_id, cluster_id FROM claim_clusters ORDER BY claim_id "
                                     "LIMIT 1").fetchall()[0]
        flags.add_flag(con, flags.Target("claim", claim), "in_review", by="asha")
        rows, n = browse.cluster_page(con, browse.Filters(statuses=["in_review"]))
        assert n == 1 and rows[0]["cluster_id"] == cluster and rows[0]["claim_statuses"] == ["in_review"]
        assert [q["target_id"] for q in browse.review_queue(con, statuses=["in_review"])] == [claim]


def test_activity_follows_the_filters_and_keeps_long_spans_readable(db_copy):
    with connect(db_copy) as con:
        everything = browse.activity(con, browse.Filters())
        assert list(everything.columns) == ["day", "outlet_id", "claims"]
        claims_with_dates = con.execute(
            "SELECT count(*) FROM claim_clusters JOIN sentences USING (claim_id) JOIN articles USING (article_id) "
            "WHERE published IS NOT NULL").fetchall()[0][0]
        assert everything["claims"].sum() == claims_with_dates
        peskov = browse.activity(con, browse.Filters(speakers=["dmitry-peskov"]))
        assert 0 < peskov["claims"].sum() < claims_with_dates
        # one article published a year later: the chart counts by week, and loses no claim
        article = con.execute("SELECT article_id FROM articles ORDER BY article_id LIMIT 1").fetchall()[0][0]
        con.execute("UPDATE articles SET published = published + INTERVAL 365 DAY WHERE article_id = ?", [article])
        cluster_stats.refresh(con)
        weekly = browse.activity(con, browse.Filters())
        assert weekly["claims"].sum() == claims_with_dates
        assert all(day.weekday() == 0 for day in weekly["day"])  # weeks start on Monday


def test_similar_clusters_are_other_clusters_best_first(con):
    cluster = con.execute("SELECT cluster_id FROM cluster_stats ORDER BY n_claims DESC LIMIT 1").fetchall()[0][0]
    similar = browse.similar_clusters(con, cluster, limit=3)
    assert 0 < len(similar) <= 3 and cluster not in [s["cluster_id"] for s in similar]
    assert [s["similarity"] for s in similar] == sorted((s["similarity"] for s in similar), reverse=True)


@pytest.mark.parametrize("words", ["putin", "PUTIN", "Kim Jong", "पुतिन", "ने कहा", "ा कह", "%", "_", "o_t", "e%s",
                                   "\\", "100%", "zzz", "a", "an", "İstanbul", "ΣΑΣ", "Putin's"])
def test_a_search_by_words_finds_what_ilike_finds_in_the_claims(con, words):
    live = {r[0] for r in con.execute(
        "SELECT DISTINCT cc.cluster_id FROM claim_clusters cc JOIN sentences s USING (claim_id) "
        "WHERE s.text ILIKE '%' || ? || '%'", [words]).fetchall()}
    assert set(browse.resolve(con, browse.Filters(search=words)).cluster_ids) == live
    assert {r["cluster_id"] for r in browse.claim_choices(con, words, limit=10**6)} == live


def test_speaker_claims_are_what_the_sentences_say(con):
    for speaker in [p["id"] for p in browse.speakers(con, include_places=True)]:
        for limit in (3, 500):
            live = con.execute("""
                SELECT s.claim_id, s.text, a.outlet_id, a.language, a.published, cc.cluster_id, s.kind
                FROM sentences s JOIN articles a USING (article_id) LEFT JOIN claim_clusters cc USING (claim_id)
                WHERE s.is_claim AND s.speaker_id = ?
                ORDER BY a.published DESC NULLS LAST, s.claim_id LIMIT ?""", [speaker, limit]).fetchall()
            assert [tuple(r.values()) for r in browse.speaker_claims(con, speaker, limit=limit)] == live


@pytest.mark.parametrize("flt", [
    browse.Filters(kinds=["reported"], languages=["hi"]), browse.Filters(speakers=["vladimir-putin"], outlets=["northern-wire"]),
    browse.Filters(min_checkworthiness=0.8, date_to=date(2023, 9, 13)), browse.Filters(search="the", kinds=["direct_quote"])])
def test_claim_level_filters_pick_what_the_claim_tables_say(con, flt):
    where, params = ["TRUE"], []
    for column, wanted in (("s.speaker_id", flt.speakers), ("s.kind", flt.kinds), ("a.outlet_id", flt.outlets),
                           ("a.language", flt.languages)):
        if wanted:
            where.append(f"{column} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(wanted)
    for condition, value in (("s.checkworthiness >= ?", flt.min_checkworthiness), ("a.published <= ?", flt.date_to),
                             ("s.text ILIKE '%' || ? || '%'", flt.search)):
        if value is not None:
            where.append(condition)
            params.append(value)
    live = {r[0] for r in con.execute(
        "SELECT DISTINCT cc.cluster_id FROM claim_clusters cc JOIN sentences s USING (claim_id) "
        f"JOIN articles a USING (article_id) WHERE {' AND '.join(where)}", params).fetchall()}
    assert live and set(browse.resolve(con, flt).cluster_ids) == live


LIVE_ACTIVITY = """
    WITH rows AS (SELECT a.published, a.outlet_id, 1 AS claims
                  FROM claim_clusters cc JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)
                  WHERE cc.cluster_id IN (SELECT unnest(?::BIGINT[]))),
    span AS (SELECT max(published) - min(published) AS days FROM rows)
    SELECT CAST(CASE WHEN span.days > 3 * 366 THEN date_trunc('month', published)
                     WHEN span.days > 122 THEN date_trunc('week', published)
                     ELSE published END AS DATE) AS day,
           outlet_id, CAST(sum(claims) AS BIGINT) AS claims
    FROM rows, span WHERE published IS NOT NULL
    GROUP BY ALL ORDER BY day, outlet_id"""


@pytest.mark.parametrize("years", [0, 1, 4])
def test_activity_is_what_the_claims_of_the_picked_clusters_say(db_copy, years):
    with connect(db_copy) as con:
        if years:  # one article much later: weeks, then months
            article = con.execute("SELECT article_id FROM articles ORDER BY article_id LIMIT 1").fetchall()[0][0]
            con.execute(f"UPDATE articles SET published = published + INTERVAL {365 * years} DAY WHERE article_id = ?",
                        [article])
            cluster_stats.refresh(con)
        for flt in (browse.Filters(), browse.Filters(recurring=True), browse.Filters(languages=["hi"]),
                    browse.Filters(speakers=["vladimir-putin"])):
            where, params = browse._where(con, browse.resolve(con, flt))
            picked = [r[0] for r in con.execute(f"SELECT cluster_id FROM cluster_stats cs WHERE {where}",
                                                params).fetchall()]
            live = con.execute(LIVE_ACTIVITY, [picked]).df()
            assert len(live) and browse.activity(con, flt).equals(live), flt


def test_speaker_ids_are_the_speakers_listed_in_their_order(con):
    for places in (False, True):
        assert browse.speaker_ids(con, include_places=places) == [
            p["id"] for p in browse.speakers(con, include_places=places)]
    assert len(browse.speaker_ids(con, include_places=True)) > len(browse.speaker_ids(con))


@pytest.mark.parametrize("flt", [browse.Filters(languages=["hi"]), browse.Filters(search="the", recurring=True),
                                 browse.Filters(speakers=["vladimir-putin"])])
def test_many_picked_clusters_are_found_by_bits_as_by_a_join(con, monkeypatch, flt):
    def pages():
        return (browse.summary(con, flt), browse.activity(con, flt), browse.leaders(con, flt),
                browse.cluster_page(con, flt, page_size=5), browse.cluster_page(con, flt, sort="newest", page=1))
    joined = pages()
    monkeypatch.setattr(browse, "BITS_FROM", 1)
    assert "get_bit" in browse._where(con, browse.resolve(con, flt))[0]
    by_bits = pages()
    assert joined[0] == by_bits[0] and joined[0]["articles"] > 0
    assert joined[1].equals(by_bits[1]) and len(joined[1])
    assert joined[2:] == by_bits[2:] and joined[3][1] > 0


def test_members_are_what_the_claim_tables_say_with_their_near_copies(db_copy):
    live = """
        WITH latest AS (
            SELECT target_type, target_id, arg_max(status, (created_at, event_id)) AS status
            FROM flag_events GROUP BY ALL)
        SELECT s.claim_id, s.article_id, s.sentence_index, s.start_offset, s.end_offset, s.text,
               s.speaker_id, s.speaker_ref, s.source_ids, s.chain_ids, s.kind,
               s.checkworthiness, s.content, a.outlet_id, a.outlet, a.title, a.url, a.published, a.language,
               a.body, a.source_file, l.status, orig.outlet_id AS copied_from
        FROM claim_clusters cc JOIN sentences s USING (claim_id) JOIN articles a USING (article_id)
        LEFT JOIN latest l ON l.target_type = 'claim' AND l.target_id = s.claim_id
        LEFT JOIN syndication sy ON sy.article_id = a.article_id
        LEFT JOIN articles orig ON orig.article_id = sy.original_id
        WHERE cc.cluster_id = ?
        ORDER BY a.published NULLS LAST, a.outlet, s.sentence_index"""
    with connect(db_copy) as con:
        # two articles taken for near copies of others, one of them flagged
        pairs = con.execute("SELECT a.article_id, o.article_id FROM articles a JOIN articles o ON o.outlet_id <> a.outlet_id "
                            "ORDER BY a.article_id, o.article_id LIMIT 2").fetchall()
        con.executemany("INSERT OR REPLACE INTO syndication VALUES (?, ?, 0.9)", pairs)
        claim = con.execute("SELECT claim_id FROM sentences WHERE article_id = ? AND claim_id IS NOT NULL LIMIT 1",
                            [pairs[0][0]]).fetchall()[0][0]
        flags.add_flag(con, flags.Target("claim", claim), "flagged", by="ed")
        copies = 0
        for (cluster,) in con.execute("SELECT cluster_id FROM cluster_stats").fetchall():
            members = queries.cluster_members(con, cluster)
            assert [tuple(m.values()) for m in members] == con.execute(live, [cluster]).fetchall()
            copies += sum(1 for m in members if m["copied_from"])
        assert copies


LIVE_SIMILAR = """
    WITH span AS (SELECT first_seen - 14 AS lo, last_seen + 14 AS hi, first_seen FROM cluster_stats WHERE cluster_id = ?),
    nearby AS (
        SELECT cs.cluster_id, cs.example, cs.n_outlets, cs.example_claim FROM cluster_stats cs, span
        WHERE cs.cluster_id <> ? AND (span.lo IS NULL OR cs.first_seen IS NULL
                                      OR (cs.last_seen >= span.lo AND cs.first_seen <= span.hi))
        ORDER BY abs(cs.first_seen - span.first_seen) NULLS LAST, cs.cluster_id DESC LIMIT 5000)
    SELECT n.cluster_id, array_cosine_similarity(cv.vector, ?::FLOAT[384]) AS similarity, n.example, n.n_outlets
    FROM nearby n JOIN claim_vectors cv ON cv.claim_id = n.example_claim
    ORDER BY similarity DESC, n.cluster_id LIMIT 5"""


def test_similar_clusters_are_what_the_claim_vectors_say(db_copy):
    with connect(db_copy) as con:
        # one article without a date: its clusters are compared with every other, and others with them
        con.execute("UPDATE articles SET published = NULL WHERE article_id = "
                    "(SELECT article_id FROM articles ORDER BY article_id LIMIT 1)")
        cluster_stats.refresh(con)
        undated = 0
        for cluster, first in con.execute("SELECT cluster_id, first_seen FROM cluster_stats").fetchall():
            vectors = [r[0] for r in con.execute("SELECT vector FROM claim_clusters JOIN claim_vectors USING (claim_id) "
                                                 "WHERE cluster_id = ?", [cluster]).fetchall()]
            centre = np.asarray(vectors, dtype=np.float32).mean(axis=0).tolist()
            live = con.execute(LIVE_SIMILAR, [cluster, cluster, centre]).fetchall()
            assert [tuple(r.values()) for r in browse.similar_clusters(con, cluster)] == live
            undated += first is None
        assert undated
