"""store/corrections.py on a real copy of the samples database: each correction moves what
it says, records its decisions, and refuses what makes no sense."""
from __future__ import annotations

import pytest

from store import corrections
from store.corrections import CorrectionError
from store.db import StoreError, connect


def members(con, cluster: int) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT claim_id FROM claim_clusters WHERE cluster_id = ? ORDER BY claim_id", [cluster]).fetchall()]


def test_split_moves_claims_to_a_new_cluster_and_keeps_them_apart(db_copy):
    with connect(db_copy) as con:
        before = members(con, 1)
        new = corrections.split(con, 1, before[:2], actor="ed", note="two claims")
        assert members(con, new) == before[:2]
        assert members(con, 1) == before[2:]
        must, cannot = corrections.decisions(con)
        assert before[1] in must[before[0]]
        assert set(before[2:]) <= cannot[before[0]]
        (row,) = corrections.history(con)
        assert (row["action"], row["actor"], row["note"], row["must_links"]) == ("split", "ed", "two claims", 1)


def test_merge_and_move(db_copy):
    with connect(db_copy) as con:
        one, two = members(con, 1), members(con, 2)
        assert corrections.merge(con, 1, 2, actor="ed") == 1
        assert members(con, 2) == [] and members(con, 1) == sorted(one + two)
        assert con.execute("SELECT merged_into FROM cluster_merges WHERE cluster_id = 2").fetchall() == [(1,)]
        assert corrections.move(con, one[0], 5, actor="ed") == 5
        assert one[0] in members(con, 5)
        assert [r["action"] for r in corrections.history(con)] == ["merge", "move"]


def test_not_same_in_one_cluster_gives_the_second_claim_its_own(db_copy):
    with connect(db_copy) as con:
        a, b = members(con, 1)[:2]
        new = corrections.not_same(con, a, b, actor="ed")
        assert members(con, new) == [b]
        assert corrections.not_same(con, a, b, actor="ed") is None  # already apart: only recorded


@pytest.mark.parametrize("change", [
    lambda con: corrections.merge(con, 1, 1, actor="ed"),
    lambda con: corrections.merge(con, 1, 99999, actor="ed"),
    lambda con: corrections.split(con, 1, ["c00000000000"], actor="ed"),
    lambda con: corrections.split(con, 1, members(con, 1), actor="ed"),
    lambda con: corrections.move(con, "c00000000000", 2, actor="ed"),
    lambda con: corrections.not_same(con, members(con, 1)[0], members(con, 1)[0], actor="ed"),
], ids=["merge-itself", "merge-missing", "split-unknown", "split-all", "move-unknown", "not-same-itself"])
def test_nonsense_is_refused_and_nothing_changes(db_copy, change):
    with connect(db_copy) as con:
        before = con.execute("SELECT * FROM claim_clusters ORDER BY claim_id").fetchall()
        with pytest.raises(CorrectionError):
            change(con)
        assert con.execute("SELECT * FROM claim_clusters ORDER BY claim_id").fetchall() == before
        assert corrections.history(con) == []


def test_a_speaker_decision_applies_now_and_to_later_ingests(db_copy, tmp_path):
    from app.ingest import ingest

    with connect(db_copy) as con:
        before = con.execute("SELECT count(*) FROM sentences WHERE speaker_id = 'dmitry-peskov'").fetchall()[0][0]
        with pytest.raises(CorrectionError, match="name"):
            corrections.set_speaker(con, "kremlin", found="dmitry-peskov")
        assert corrections.set_speaker(con, "kremlin", found="dmitry-peskov", actor="asha") == before > 0
        assert con.execute("SELECT count(*) FROM sentences WHERE speaker_id = 'dmitry-peskov'").fetchall()[0][0] == 0
        chains = con.execute("SELECT chain_ids FROM sentences WHERE speaker_id = 'kremlin' AND is_claim").fetchall()
        assert all(c[0][0] == "kremlin" for c in chains)
        (decision,) = corrections.speaker_history(con)
        assert (decision["found_speaker_id"], decision["speaker_id"], decision["actor"]) == (
            "dmitry-peskov", "kremlin", "asha")
    article = tmp_path / "new.md"
    article.write_text("---\noutlet: Northern Wire\npublished: 2023-09-20\nlanguage: en\n---\n"
                       "Kremlin spokesman Dmitry Peskov said on Wednesday that the talks with North Korea "
                       "had been very useful for both countries.\n", encoding="utf-8")
    ingest([str(article)], str(db_copy))
    with connect(db_copy, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sentences WHERE speaker_id = 'dmitry-peskov'").fetchall()[0][0] == 0
        assert con.execute("SELECT count(*) FROM sentences s JOIN articles a USING (article_id) "
                           "WHERE a.source_file LIKE '%new.md' AND s.speaker_id = 'kremlin'").fetchall()[0][0] >= 1


def test_cluster_stats_follow_a_merge(db_copy):
    with connect(db_copy) as con:
        n1, n2 = (con.execute("SELECT n_claims FROM cluster_stats WHERE cluster_id = ?", [c]).fetchall()[0][0]
                  for c in (1, 2))
        corrections.merge(con, 1, 2, actor="ed")
        assert con.execute("SELECT n_claims FROM cluster_stats WHERE cluster_id = 1").fetchall() == [(n1 + n2,)]
        assert con.execute("SELECT count(*) FROM cluster_stats WHERE cluster_id = 2").fetchall() == [(0,)]


@pytest.mark.parametrize("name", [None, "", "  "])
def test_a_correction_without_a_name_is_refused(db_copy, name):
    with connect(db_copy) as con:
        before = con.execute("SELECT * FROM claim_clusters ORDER BY claim_id").fetchall()
        with pytest.raises(StoreError, match="name of who made it"):
            corrections.merge(con, 1, 2, actor=name)
        assert con.execute("SELECT * FROM claim_clusters ORDER BY claim_id").fetchall() == before
        assert corrections.history(con) == []
