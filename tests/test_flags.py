"""store/flags.py on a real copy of the samples database: targets, the append-only history."""
from __future__ import annotations

import pytest

from store import flags
from store.db import StoreError, connect


def a_claim(con) -> str:
    return con.execute("SELECT min(claim_id) FROM sentences WHERE claim_id IS NOT NULL").fetchall()[0][0]


def test_targets_are_claims_or_clusters_that_exist(db_copy):
    with connect(db_copy) as con:
        claim = a_claim(con)
        assert flags.parse_target(con, " 1 ") == flags.Target("cluster", "1")
        assert flags.parse_target(con, claim) == flags.Target("claim", claim)
        with pytest.raises(flags.UnknownTarget, match="no cluster 99999"):
            flags.parse_target(con, "99999")
        with pytest.raises(flags.UnknownTarget, match="no claim or cluster"):
            flags.parse_target(con, "c-nothing")


def test_changes_are_appended_oldest_first_and_a_retry_is_stored_once(db_copy):
    with connect(db_copy) as con:
        cluster, claim = flags.Target("cluster", "1"), flags.Target("claim", a_claim(con))
        flags.add_flag(con, cluster, "flagged", note="  check  ", by=" asha ", event_id="e1")
        flags.add_flag(con, cluster, "flagged", note="check", by="asha", event_id="e1")  # a retried request
        flags.add_flag(con, claim, "verified_false", by="ed", event_id="e2")
        events = flags.history(con)
        assert [(e["event_id"], e["status"], e["note"], e["actor"]) for e in events] == [
            ("e1", "flagged", "check", "asha"), ("e2", "verified_false", None, "ed")]
        assert [e["event_id"] for e in flags.history(con, claim)] == ["e2"]


def test_an_unknown_status_is_refused(db_copy):
    with connect(db_copy) as con:
        with pytest.raises(StoreError, match="unknown status 'done'"):
            flags.add_flag(con, flags.Target("cluster", "1"), "done", by="ed")
        assert flags.history(con) == []


@pytest.mark.parametrize("name", [None, "", "   "])
def test_a_change_without_a_name_is_refused(db_copy, name):
    with connect(db_copy) as con:
        with pytest.raises(StoreError, match="name of who made it"):
            flags.add_flag(con, flags.Target("cluster", "1"), "flagged", by=name)
        assert flags.history(con) == []
