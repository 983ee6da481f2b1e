"""Review: checked claims that came back (first), the queue of claims and clusters by status and
reviewer, with notes, and the full history of flags and corrections."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from claims.models import STATUSES
from store import alerts, browse, corrections, flags
from views import common

ALERTS_SHOWN = 300


def data(con, statuses, actors) -> dict:
    return {"alerts": alerts.alerts(con, limit=ALERTS_SHOWN),
            "queue": browse.review_queue(con, statuses=statuses, actors=actors), "reviewers": browse.reviewers(con),
            "flags": flags.history(con), "corrections": corrections.history(con),
            "speakers": corrections.speaker_history(con), "names": common.names(con)}


def render() -> None:
    st.title("Review")
    common._from_url("rv_status", "status", lambda p: [s for s in p.get_all("status") if s in STATUSES])
    common._from_url("rv_by", "by", lambda p: p.get_all("by"))
    cols = st.columns(2)
    statuses = cols[0].multiselect("Status", STATUSES, key="rv_status")
    known = common.read(browse.reviewers)
    if "rv_by" in st.session_state:
        st.session_state["rv_by"] = [a for a in st.session_state["rv_by"] if a in known]
    actors = cols[1].multiselect("Reviewer", known, key="rv_by")
    common.set_url({"status": statuses, "by": actors})
    d = common.read(data, statuses, actors)
    came = d["alerts"][0]["total"] if d["alerts"] else 0
    st.subheader(f"Checked claims that came back ({came})")
    if came > len(d["alerts"]):
        st.caption(f"The newest {len(d['alerts'])} are listed.")
    if not d["alerts"]:
        st.text("No flagged or judged claim has been carried again since it was checked.")
    else:
        came_back = pd.DataFrame([{"cluster": a["cluster_id"], "status": a["status"], "new outlet": a["outlet"],
                                   "published": a["published"], "stored": a["arrived"], "claim": a["text"],
                                   "checked": a["checked_at"]} for a in d["alerts"]])
        event = st.dataframe(came_back, hide_index=True, width="stretch", key="rv_alerts", on_select="rerun",
                             selection_mode="single-row",
                             column_config={"claim": st.column_config.TextColumn(width="large")})
        common.open_picked_cluster(event, [a["cluster_id"] for a in d["alerts"]])
    st.subheader(f"Queue ({len(d['queue'])})")
    if not d["queue"]:
        st.text("Nothing has a status yet." if not statuses and not actors else "Nothing matches.")
    else:
        queue = pd.DataFrame([{"what": q["target_type"], "id": q["target_id"], "status": q["status"],
                               "claim": q["text"], "outlet": common.shown([q["outlet_id"]], d["names"]) if q["outlet_id"] else "",
                               "note": q["note"], "reviewer": q["actor"], "when": q["created_at"],
                               "cluster": q["cluster_id"]} for q in d["queue"]])
        event = st.dataframe(queue, hide_index=True, width="stretch", key="rv_table", on_select="rerun",
                             selection_mode="single-row",
                             column_config={"claim": st.column_config.TextColumn(width="large")})
        common.open_picked_cluster(event, [q["cluster_id"] for q in d["queue"]])
    st.subheader("History")
    st.text("Status changes, oldest first")
    if d["flags"]:
        st.dataframe(pd.DataFrame(d["flags"])[["created_at", "target_type", "target_id", "status", "note", "actor"]],
                     hide_index=True, width="stretch")
    else:
        st.text("No status changes yet.")
    st.text("Corrections to clusters, oldest first")
    if d["corrections"]:
        st.dataframe(pd.DataFrame(d["corrections"]), hide_index=True, width="stretch")
    else:
        st.text("No corrections yet.")
    st.text("Corrections to speakers, oldest first")
    if d["speakers"]:
        st.dataframe(pd.DataFrame(d["speakers"]), hide_index=True, width="stretch")
    else:
        st.text("No speaker corrections yet.")
