"""Clusters: stable across batches, human corrections honoured, conflicts marked, quality floors."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from app.cli import main
from claims.embed import get_embedder
from evaluation import clusters as evaluation_clusters
from evaluation import sets
from claims.figures import negated, numbers_conflict
from store import corrections, flags, queries
from store.db import connect
from store import cluster as cluster_store
from store.cluster import ClaimForClustering, Clusterer
from app.ingest import ingest
from claims.conflicts import conflicts

from conftest import SAMPLES


# development-part floors, a little under what the matching rule reaches there (precision 0.82: the four
# events labelled blind and added with it, landslide, recount, milkprice and examstay, scored 0.60-0.61 on
# arrival and bring the part from 0.847 to 0.842, one order; 0.80 since solarland, fakeseeds, ropeway,
# teacherstrike, fakenotes and mobiletower, 0.65-0.97 on arrival, brought it to 0.815 in this order;
# 0.78 since pharmacyraid, forestrights, mandifee, idolimmersion, housingscheme and tractorrally, 0.76-0.97
# on arrival, brought the part of 544 articles to 0.79-0.80, F1 0.83)
FLOORS = {"f1": 0.80, "hi_en_recall": 0.80, "precision": 0.78, "recurring_accuracy": 0.85}


def batches(tmp_path, parts=3):
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    size = -(-len(files) // parts)
    folders = []
    for k in range(parts):
        folder = tmp_path / f"batch{k}"
        folder.mkdir()
        for f in files[k * size:(k + 1) * size]:
            shutil.copy(f, folder / f.name)
        folders.append(folder)
    return folders


def partition(db) -> set[frozenset[str]]:
    with connect(db, read_only=True) as con:
        rows = con.execute("SELECT cluster_id, list(claim_id) FROM claim_clusters GROUP BY cluster_id").fetchall()
    return {frozenset(claims) for _, claims in rows}


def memberships(db) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        return dict(con.execute("SELECT claim_id, cluster_id FROM claim_clusters").fetchall())


def test_three_batches_equal_one_batch_up_to_ids(tmp_path):
    folders = batches(tmp_path)
    one, three = tmp_path / "one.duckdb", tmp_path / "three.duckdb"
    ingest([str(f) for f in folders], str(one))
    for folder in folders:
        ingest([str(folder)], str(three))
    assert partition(one) == partition(three)


def test_cluster_ids_flags_and_corrections_survive_later_batches(tmp_path):
    folders = batches(tmp_path)
    db = tmp_path / "claims.duckdb"
    ingest([str(folders[0])], str(db))
    with connect(db) as con:
        sizes = con.execute("SELECT cluster_id, list(claim_id ORDER BY claim_id) FROM claim_clusters "
                            "GROUP BY cluster_id ORDER BY count(*) DESC, cluster_id").fetchall()
        big_cluster, big_members = sizes[0]
        single_a, single_b = sizes[-1][0], sizes[-2][0]
        flags.add_flag(con, flags.Target("cluster", str(big_cluster)), "in_review", note="check", by="asha")
        corrections.not_same(con, big_members[0], big_members[1], actor="asha")
        corrections.merge(con, single_a, single_b, actor="ben")
        history_before = flags.history(con)
        decisions_before = corrections.decisions(con)
        held = cluster_store.frozen_clusters(con)
    before = memberships(db)
    for folder in folders[1:]:
        ingest([str(folder)], str(db))
    after = memberships(db)
    # clusters a person flagged or corrected keep every member and their id; the others may
    # be regrouped as later articles bring more evidence
    assert big_cluster in held and single_a in held
    assert {c: after[c] for c, k in before.items() if k in held} == {c: k for c, k in before.items() if k in held}
    with connect(db, read_only=True) as con:
        assert flags.history(con) == history_before
        assert corrections.decisions(con) == decisions_before
    assert after[big_members[0]] != after[big_members[1]]
    assert len(after) > len(before)


def test_later_claims_honour_cannot_link(tmp_path):
    """A claim that was split off never rejoins; a must-linked claim joins its partner."""
    folders = batches(tmp_path, 1)
    db = tmp_path / "claims.duckdb"
    ingest([str(folders[0])], str(db))
    with connect(db) as con:
        (cluster, members), = con.execute(
            "SELECT cluster_id, list(claim_id ORDER BY claim_id) FROM claim_clusters GROUP BY cluster_id "
            "ORDER BY count(*) DESC LIMIT 1").fetchall()
        corrections.split(con, cluster, members[:1], actor="asha")
    with connect(db) as con:
        # rebuild the memberships of these claims as a later clustering would see them
        con.execute("DELETE FROM claim_clusters WHERE claim_id = ?", [members[0]])
        vector, language, speaker, content = con.execute(
            "SELECT cv.vector, a.language, s.speaker_id, s.content FROM claim_vectors cv JOIN sentences s "
            "USING (claim_id) JOIN articles a USING (article_id) WHERE claim_id = ?", [members[0]]).fetchall()[0]
        (assigned,) = Clusterer(con, threshold=0.5).assign_all(
            [ClaimForClustering(members[0], np.asarray(vector, dtype=np.float32), language, speaker, content)])
    assert assigned != cluster


def test_cli_corrections_and_history(db_copy, capsys):
    db = str(db_copy)
    with connect(db_copy, read_only=True) as con:
        (cluster, members), = con.execute(
            "SELECT cluster_id, list(claim_id ORDER BY claim_id) FROM claim_clusters GROUP BY cluster_id "
            "ORDER BY count(*) DESC, cluster_id LIMIT 1").fetchall()
        (lonely,) = con.execute("SELECT cluster_id FROM claim_clusters GROUP BY cluster_id HAVING count(*) = 1 "
                                "ORDER BY cluster_id LIMIT 1").fetchall()[0]
    assert main(["--db", db, "split", str(cluster), members[0], "--by", "asha", "--note", "different event"]) == 0
    new_cluster = int(capsys.readouterr().out.split()[-1])
    assert main(["--db", db, "move", members[1], str(new_cluster)]) == 0
    assert main(["--db", db, "merge", str(new_cluster), str(lonely)]) == 0
    assert main(["--db", db, "not-same", members[2], members[3]]) == 0
    assert main(["--db", db, "merge", str(cluster), str(cluster)]) == 1
    assert "Error: cannot merge" in capsys.readouterr().err
    assert main(["--db", db, "corrections"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[2].rstrip(":") for line in out] == ["split", "move", "merge", "not_same"]
    assert "by asha" in out[0] and "different event" in out[0]
    after = memberships(db_copy)
    assert after[members[0]] == after[members[1]] == new_cluster
    assert after[members[2]] != after[members[3]]


def test_members_naming_different_days_are_marked_as_conflicts():
    got = conflicts([("a", "The summit took place on Wednesday."), ("b", "शिखर वार्ता गुरुवार को हुई।"),
                     ("c", "The summit took place on Wednesday, Peskov said on Thursday.")])
    assert got == {"a": ["b"], "b": ["a"]}
    assert not numbers_conflict(frozenset({"5.4", "2023"}), frozenset({"5.4"}))
    assert negated("Russia will not supply arms") and negated("रूस हथियार नहीं देगा")
    assert not negated("Russia will supply arms")


def test_conflicts_name_the_disagreeing_members():
    found = conflicts([("a", "inflation rose to 7.2%"), ("b", "inflation fell to 4.8%"),
                       ("c", "inflation rose to 7.2% in June"), ("d", "inflation did not rise to 7.2%")])
    assert found == {"a": ["b", "d"], "b": ["a", "c", "d"], "c": ["b", "d"], "d": ["a", "b", "c"]}


def test_export_lists_conflicts_after_a_merge(db_copy, tmp_path):
    with connect(db_copy) as con:
        keep = con.execute("SELECT cc.cluster_id FROM claim_clusters cc JOIN sentences s USING (claim_id) "
                           "WHERE s.text LIKE 'Putin last visited Pyongyang in 2000%'").fetchall()[0][0]
        other = con.execute("SELECT cc.cluster_id FROM claim_clusters cc JOIN sentences s USING (claim_id) "
                            "WHERE s.text LIKE 'It was the first meeting between the two leaders since 2019%'"
                            ).fetchall()[0][0]
        corrections.merge(con, keep, other, actor="test")
    out = tmp_path / "x.jsonl"
    assert main(["--db", str(db_copy), "export", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    merged = {r["claim_id"]: r for r in rows if r["cluster_id"] == keep}
    since_2019 = next(r for r in merged.values() if "since 2019" in r["text"])
    in_2000 = [cid for cid, r in merged.items() if "2000" in r["text"]]
    assert in_2000 and set(since_2019["conflicts"]) >= set(in_2000)  # 2019 against 2000
    assert all(r["conflicts"] is None for r in rows if not r["is_claim"])


@pytest.mark.slow
def test_gold_cluster_floors():
    """Floors on the development part of our gold set (the test part is only reported, by
    bench/clusters.py --test)."""
    statements = json.loads((sets.GOLD / "statements.json").read_text(encoding="utf-8"))
    scores = evaluation_clusters.run(sets.ours("dev"), get_embedder(), statements=statements)
    assert scores["f1"] >= FLOORS["f1"], scores
    assert scores["hi_en_recall"] >= FLOORS["hi_en_recall"], scores
    assert scores["precision"] >= FLOORS["precision"], scores
    assert scores["recurring_accuracy"] >= FLOORS["recurring_accuracy"], scores


def _article(folder, name, outlet, language, body):
    (folder / f"{name}.md").write_text(f"---\noutlet: {outlet}\nlanguage: {language}\npublished: 2024-05-02\n---\n"
                                       f"{body}\n", encoding="utf-8")


def _cluster_by_text(tmp_path, name, articles) -> dict[str, int]:
    """Ingest ``articles`` ((outlet, language, body) each) into a new file; each claim's text -> cluster."""
    folder = tmp_path / name
    folder.mkdir()
    for k, (outlet, language, body) in enumerate(articles):
        _article(folder, f"a{k}", outlet, language, body)
    ingest([str(folder)], str(tmp_path / f"{name}.duckdb"))
    with connect(tmp_path / f"{name}.duckdb", read_only=True) as con:
        return dict(con.execute("SELECT s.text, cc.cluster_id FROM claim_clusters cc JOIN sentences s "
                                "USING (claim_id)").fetchall())


def test_a_statement_in_a_speakers_voice_and_the_outlets_is_one_cluster(tmp_path):
    folder = tmp_path / "voices"
    folder.mkdir()
    _article(folder, "a", "Harbour Gazette", "en",
             "The Ganga bridge at Sultanpur will reopen to traffic on Friday after six months of repairs.")
    _article(folder, "b", "Plains Courier", "en",
             "District magistrate Asha Verma said the Ganga bridge at Sultanpur will reopen to traffic on "
             "Friday after six months of repairs.")
    db = tmp_path / "voices.duckdb"
    ingest([str(folder)], str(db))
    with connect(db, read_only=True) as con:
        rows = con.execute("SELECT cc.cluster_id, s.speaker_id FROM claim_clusters cc JOIN sentences s "
                           "USING (claim_id)").fetchall()
        (cluster,) = [r for r in queries.clusters(con) if r["n_claims"] == 2]
    assert len({c for c, _ in rows}) == 1
    assert sorted(s is None for _, s in rows) == [False, True]  # one member has a speaker, one has none
    assert cluster["recurring"] and len(cluster["speaker_ids"]) == 1


def test_fifty_never_joins_fifty_thousand(tmp_path):
    rows = _cluster_by_text(tmp_path, "figures", [
        ("Harbour Gazette", "en", "Fifty people died in the floods in Assam this week."),
        ("लोक दर्पण", "hi", "इस सप्ताह असम में बाढ़ से 50 हजार लोगों की मौत हुई।"),
        ("Plains Courier", "en", "50 people died in the floods in Assam this week.")])
    hindi = next(c for t, c in rows.items() if "हजार" in t)
    english = {c for t, c in rows.items() if "हजार" not in t}
    assert len(english) == 1 and hindi not in english


def test_two_orders_of_the_same_articles_give_the_same_clusters(tmp_path):
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    forward, backward = tmp_path / "forward.duckdb", tmp_path / "backward.duckdb"
    for f in files:
        ingest([str(f)], str(forward))
    for f in reversed(files):
        ingest([str(f)], str(backward))
    assert partition(forward) == partition(backward)


def test_syndicated_copies_count_as_one_origin(tmp_path):
    original = (SAMPLES / "2023-09-12_northern-wire_kim-arrives-russia.md").read_text(encoding="utf-8")
    head, body = original.split("---\n", 2)[1:]
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a_original.md").write_text(original, encoding="utf-8")
    for k, outlet in enumerate(["Hill Times Example", "Valley Post Example"]):
        paragraphs = body.strip().split("\n\n")
        copy = "\n\n".join(paragraphs[:-1])  # republished with the last paragraph cut
        (folder / f"b_copy{k}.md").write_text(f"---\noutlet: {outlet}\nlanguage: en\n---\n{copy}\n", encoding="utf-8")
    db = tmp_path / "wire.duckdb"
    ingest([str(folder)], str(db))
    out = tmp_path / "x.jsonl"
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    train = [r for r in rows if r["text"].startswith("North Korean leader Kim Jong Un arrived in Russia")]
    assert len(train) == 3 and len({r["cluster_id"] for r in train}) == 1
    assert train[0]["recurring"] is True and train[0]["single_sourced"] is True
    assert train[0]["cluster_origins"] == ["Northern Wire"]


def _pairs(clusters: set[frozenset[str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for members in clusters for a in members for b in members if a < b}


def test_regrouping_only_the_neighbourhood_stays_close_to_regrouping_the_window(tmp_path, monkeypatch):
    """Past ``WHOLE_WINDOW`` clusters only those near the new claims are regrouped. Forced onto
    that path on the samples, where each batch still moves the language centres, the clusters
    stay close to those of regrouping everything (same-cluster pairs agree on F1 >= 0.9)."""
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    whole, near = tmp_path / "whole.duckdb", tmp_path / "near.duckdb"
    for f in files:
        ingest([str(f)], str(whole))
    monkeypatch.setattr(cluster_store, "WHOLE_WINDOW", 0)
    for f in files:
        ingest([str(f)], str(near))
    a, b = _pairs(partition(whole)), _pairs(partition(near))
    assert a and b and 2 * len(a & b) / (len(a) + len(b)) >= 0.9, (len(a), len(b), len(a & b))


def test_a_dateline_place_is_not_what_a_claim_is_about():
    from claims import matching
    filed = matching.facts_of("नयी दिल्ली : देश में कोविड-19 के मामले बढ़कर 415 हो गए हैं.", None)
    assert filed.places == frozenset() and filed.numbers == {"415"}
    assert matching.compatible(filed, matching.facts_of("भारत में कोरोना के कुल 415 मामले", None))
    assert matching.facts_of("MUMBAI — Cases in Kerala rose to 9", None).places == {"kerala"}
    # a place heading a headline-style claim ("Kerala: ...") is its subject, and so is a place
    # that opens a sentence without a colon
    assert matching.facts_of("Kerala: cases rose to 9", None).places == {"kerala"}
    assert matching.facts_of("पटना में 9 नए मामले", None).places == {"patna"}


def test_headline_places_split_claims_that_name_none_only_from_each_other():
    from claims import matching
    delhi = matching.facts_for("सभी दुकानें और बाजार बंद रहेंगे।", None, "दिल्ली में 31 मार्च तक लॉकडाउन")
    lucknow = matching.facts_for("All shops and markets stay shut.", None, "Lockdown in Lucknow till March 25")
    unplaced = matching.facts_for("All shops and markets stay shut.", None, "What stays open in the lockdown")
    assert delhi.places == frozenset() and delhi.headline_places == {"delhi"}
    assert not matching.compatible(delhi, lucknow)
    assert matching.compatible(delhi, unplaced) and matching.compatible(lucknow, unplaced)
    # a headline's place never overrules a place a claim names itself: only two headlines disagree
    named = matching.facts_for("Shops in Russia stay shut.", None, "Delhi lockdown")
    assert named.places == {"russia"} and named.headline_places == frozenset()
    assert matching.compatible(named, delhi)
    # a country in a headline is as often where someone travels as where the story happens
    assert matching.compatible(
        matching.facts_for("the talks lasted about five hours.", None, "Kim invites Putin to North Korea"),
        matching.facts_for("यह वार्ता लगभग पांच घंटे चली।", None, "रूस दौरे में किम को दिखाए गए युद्धपोत"))
    # a claim that names its own place keeps it, whatever its headline says
    assert matching.facts_for("मुंबई में दुकानें बंद", None, "Delhi lockdown").headline_places == frozenset()
    # a place a headline gives as where someone or something came from is not where its story happens
    came = matching.facts_for("दोनों अस्पताल में भर्ती हैं।", None, "नासिक से आई रिपोर्ट में पिता पॉजिटिव")
    assert came.headline_places == frozenset() and matching.compatible(came, matching.facts_for(
        "Both are in hospital.", None, "Father tests positive in Goa"))
    assert matching.story_places("Man back from Nashik tests positive in Goa") == {"goa"}
    assert matching.story_places("उत्तर प्रदेश से लौटे मजदूर बिहार में क्वारंटाइन") == {"bihar"}


def test_a_claim_that_refers_to_a_place_it_does_not_name_takes_the_one_named_before_it():
    from claims import matching
    texts = ["बिहार में कोरोना के दो नए मामले मिले।", "प्रदेश सरकार ने सभी स्कूल 31 मार्च तक बंद कर दिए।",
             "देश में अब तक 75 मामले हैं।", "राज्य में सभी सिनेमाघर भी बंद रहेंगे।",
             "In Goa, casinos were shut.", "The state also closed its schools until March 31."]
    referred = matching.referred_places(texts, "स्कूल बंद")
    assert referred == [(), ("bihar",), (), ("bihar",), (), ("goa",)]
    # with no earlier place, the headline's; with none at all, nothing
    assert matching.referred_places(["राज्य में स्कूल बंद रहेंगे।"], "केरल में स्कूल बंद") == [("kerala",)]
    assert matching.referred_places(["राज्य में स्कूल बंद रहेंगे।"], "स्कूल बंद") == [()]
    bihar, goa = (matching.facts_for(texts[1], None, None, r) for r in (referred[1], referred[5]))
    assert not matching.compatible(bihar, goa)
    assert matching.compatible(bihar, matching.facts_for("बिहार में 31 मार्च तक सभी स्कूल बंद।", None, None))


def test_a_place_someone_came_from_is_not_the_place_a_later_claim_refers_to():
    from claims import matching
    texts = ["ओडिशा के कटक में एक बुनकर की बुखार से मौत हो गई।", "वह पिछले हफ्ते ही जयपुर से घर लौटा था।",
             "राज्य में इस महीने बुखार से यह चौथी मौत है।",
             "A woman in Pune tested positive.", "She had come back home from Dubai on Monday.",
             "The state now has 12 cases.",
             "इंदौर से नौ नए मरीज सामने आए हैं।", "शहर में स्कूल बंद हैं।"]
    referred = matching.referred_places(texts, None)
    assert referred[2] == ("cuttack", "odisha") and referred[5] == ("pune",)
    # "X से" with cases coming to light ("सामने आए") is news of X, not a journey from it
    assert referred[7] == ("indore",)


def test_a_claim_referring_to_one_place_is_not_one_naming_another():
    from claims import matching
    texts = ["केरल में बुखार के दो नए मरीज मिले।", "यहां अब तक 23 लोगों में संक्रमण मिला है।",
             "नागर विमानन राज्य मंत्री ने कहा कि जांच होगी।"]
    referred = matching.referred_places(texts, None)
    assert referred == [(), ("kerala",), ()]  # "राज्य मंत्री" is a minister of state, no reference to a state
    kerala = matching.facts_for(texts[1], None, None, referred[1])
    assert not matching.compatible(kerala, matching.facts_for("असम में 23 लोग संक्रमित हैं।", None, None))
    assert matching.compatible(kerala, matching.facts_for("केरल में अब तक 23 लोग संक्रमित हैं।", None, None))
    # a headline's place is weaker: a claim that only sits under a Kerala headline may match one naming India
    under = matching.facts_for("23 लोगों में संक्रमण मिला है।", None, "केरल में 23 मरीज")
    assert matching.compatible(under, matching.facts_for("भारत में 23 लोगों में संक्रमण मिला है।", None, None))


def test_schools_shut_in_two_states_named_only_earlier_in_their_articles_are_two_clusters(tmp_path):
    rows = _cluster_by_text(tmp_path, "states", [
        ("लोक दर्पण", "hi", "बिहार में कोरोना के दो नए मामले मिले हैं।\n\nप्रदेश सरकार ने 31 मार्च तक सभी स्कूल बंद कर दिए हैं।"),
        ("Plains Courier", "hi", "गोवा में कोरोना के दो नए मामले मिले हैं।\n\nराज्य सरकार ने 31 मार्च तक सभी स्कूल बंद कर दिए हैं।"),
        ("Harbour Gazette", "hi", "बिहार में 31 मार्च तक सभी स्कूल बंद कर दिए गए हैं।")])
    rows = {t: c for t, c in rows.items() if "स्कूल" in t}
    with connect(tmp_path / "states.duckdb", read_only=True) as con:
        stored = con.execute("SELECT referred_places FROM sentences WHERE text LIKE 'प्रदेश%'").fetchall()
    assert stored == [(["bihar"],)]
    bihar = {c for t, c in rows.items() if "प्रदेश" in t or "बिहार" in t}
    goa = {c for t, c in rows.items() if "राज्य" in t}
    assert len(bihar) == 1 and bihar.isdisjoint(goa)


def test_names_with_numbers_must_agree():
    from claims import matching
    three = matching.facts_of("Chandrayaan-3 touched down near the south pole", None)
    two = matching.facts_of("चंद्रयान-2 touched down near the south pole", None)
    assert not matching.compatible(three, two)
    assert matching.compatible(three, matching.facts_of("चंद्रयान-3 दक्षिणी ध्रुव के पास उतरा", None))
    assert matching.compatible(three, matching.facts_of("The lander touched down near the south pole", None))


def test_the_clusters_a_batch_could_change_are_those_a_chain_of_near_pairs_reaches():
    """q is near x1 alone; x1's cluster also holds x2, which is near y: clusters 1 and 2 are
    reached, z's is not, nor y's copy dated past twice the window. The same holds whether the
    index kept the pairs as the claims came or loaded the claims without pairs."""
    from store.cluster_index import ClusterIndex

    def unit(*v):
        v = np.asarray(v, dtype=np.float32)
        return v / np.linalg.norm(v)

    stored = [("x1", unit(1, 0, 0, 0), 1, 100), ("x2", unit(0, 1, 0, 0), 1, 101), ("y", unit(0, 1, 0.5, 0), 2, 110),
              ("z", unit(0, 0, 0, 1), 3, 100), ("late", unit(0, 1, 0.5, 0), 4, 170)]
    for kept_pairs in (True, False):
        index = ClusterIndex(4)
        for key, vector, cluster, day in stored:
            if kept_pairs:
                index.link([key], vector[None], ["en"], [day], {}, floor=0.48, window=30)
            index.put([key], vector[None], vector[None], ["en"], [cluster], [day])
        rows = index.link(["q"], unit(1, 0, 0, 0.1)[None], ["en"], [100], {}, floor=0.48, window=30)
        assert index.candidates(rows, [100], 30) == [1, 2], kept_pairs
        assert index.window([100], 30) == [1, 2, 3]


def test_the_walk_follows_shared_agreement_keys_down_to_their_own_floor():
    """Claims whose figures agree may join below the threshold, so a new claim reaches a
    cluster far from it in meaning when they share an agreement key and their similarity
    reaches the key floor; without a key in common, or under that floor, it does not."""
    from store.cluster_index import ClusterIndex

    deaths = frozenset({("tally", "17", "deaths")})
    index = ClusterIndex(2)
    old = np.tile(np.asarray([[0, 1]], np.float32), (5000, 1))  # forgotten below, so the rows move
    index.put([f"old{i}" for i in range(5000)], old, old, ["hi"] * 5000, [9] * 5000, [10] * 5000)
    index.mark(np.arange(5000), [deaths] * 5000)
    x, y, far = np.asarray([1, 0], np.float32), np.asarray([0.3, np.sqrt(0.91)], np.float32), np.asarray([-1, 0], np.float32)
    for key, vector, cluster in (("x", x, 1), ("y", y, 2), ("far", far, 3)):
        index.put([key], vector[None], vector[None], ["hi"], [cluster], [100])
    index.mark(np.asarray([index.row["y"], index.row["far"]]), [deaths, deaths])
    rows = index.link(["q"], x[None], ["hi"], [100], {}, floor=0.48, window=30)
    index.mark(rows, [deaths])
    assert index.candidates(rows, [100], 30) == [1]
    assert index.candidates(rows, [100], 30, key_floor=0.08) == [1, 2]  # y at 0.3; far, opposite, stays out
    assert index.candidates(rows, [100], 30, key_floor=0.4) == [1]
    index.forget_before(90)  # compacting keeps each row's keys with it
    assert index.n == 4 and index.row["q"] == 3
    assert index.candidates(np.asarray([3]), [100], 30, key_floor=0.08) == [1, 2]


def test_the_fingerprint_kept_after_a_batch_is_the_one_the_table_gives(tmp_path):
    """After each batch the in-memory copy keeps the fingerprint of claim_clusters worked out
    from the memberships it changed, not read again: it must be what reading the whole table
    gives, or the next batch would take the copy for stale (or, worse, another writer's change
    for ours). One file a batch: claims join, clusters merge and members move between them."""
    from app import ingest as ingest_module
    from pathlib import Path
    from store.cluster_index import fingerprint

    db = tmp_path / "batches.duckdb"
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".md", ".jsonl"})
    moved = 0
    for path in files:
        before = memberships(db) if db.exists() else {}
        ingest([str(path)], str(db))
        after = memberships(db)
        moved += sum(1 for k, c in before.items() if after.get(k) != c)
        index = ingest_module._INDEXES[str(Path(db).resolve())]
        with connect(db) as con:
            assert index.seen == fingerprint(con), path.name
    assert moved, "no batch moved a claim between clusters"


def test_a_moved_fingerprint_equals_the_fingerprint_after_the_move(tmp_path):
    import pandas as pd
    from store.cluster_index import fingerprint, moved_fingerprint

    with connect(tmp_path / "f.duckdb") as con:
        con.execute("INSERT INTO claim_clusters VALUES ('a', 1), ('b', 1), ('c', 2)")
        before = fingerprint(con)
        left = pd.DataFrame({"claim_id": ["b", "c"], "cluster_id": np.asarray([1, 2], dtype=np.int64)})
        joined = pd.DataFrame({"claim_id": ["b", "c", "d"], "cluster_id": np.asarray([2, 3, 3], dtype=np.int64)})
        con.register("left_rows", left)
        con.register("joined_rows", joined)
        con.execute("DELETE FROM claim_clusters WHERE claim_id IN (SELECT claim_id FROM joined_rows)")
        con.execute("INSERT INTO claim_clusters SELECT * FROM joined_rows")
        assert moved_fingerprint(con, before, "left_rows", "joined_rows") == fingerprint(con) != before
