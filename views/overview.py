"""Overview: counts that follow the filters, recurring against single-sourced, the most
widely carried and the newest single-sourced claims, and activity over time."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from store import browse
from views import common


def data(con, flt: browse.Filters) -> dict:
    flt = browse.resolve(con, flt)  # the claim-level filters once, for every figure below
    return {"summary": browse.summary(con, flt), "activity": browse.activity(con, flt),
            **browse.leaders(con, flt, n=8), "names": common.names(con)}


def table(rows: list[dict], display) -> pd.DataFrame:
    return pd.DataFrame([{"cluster": r["cluster_id"], "claim": r["example"], "outlets": r["n_outlets"],
                          "origins": common.shown(r["origin_ids"], display), "last seen": r["last_seen"]}
                         for r in rows], columns=["cluster", "claim", "outlets", "origins", "last seen"])


def render() -> None:
    st.title("Claim tracker")
    st.caption("Statements from news articles, grouped across outlets and languages. Recurring: carried by "
               "two or more outlets. Single-sourced: recurring, yet all of it rests on one origin.")
    flt = common.read(common.filter_bar)
    common.set_url({})
    d = common.read(data, flt)
    counts = d["summary"]
    if not counts["clusters"] and not flt.claim_level() and flt.recurring is None and flt.single_sourced is None:
        st.info("No articles yet. Add some on the Import page, or with: python -m claims ingest FOLDER")
        return
    cols = st.columns(7)
    for col, (label, key) in zip(cols, [("Clusters", "clusters"), ("Claims", "claims"), ("Articles", "articles"),
                                        ("Outlets", "outlets"), ("Recurring", "recurring"),
                                        ("Single-sourced", "single_sourced"), ("One outlet", "one_outlet")]):
        col.metric(label, counts[key])
    split = pd.DataFrame({"spread": ["independent origins", "single-sourced", "one outlet"],
                          "clusters": [counts["independent"], counts["single_sourced"], counts["one_outlet"]]})
    left, right = st.columns([1, 2])
    left.altair_chart(alt.Chart(split).mark_bar().encode(
        x=alt.X("clusters:Q", title="clusters"), y=alt.Y("spread:N", title=None, sort=None, axis=alt.Axis(labelLimit=200, labelOverlap=False)),
        tooltip=["spread", "clusters"]).properties(height=200, title="How far claims travel"))
    activity = d["activity"]
    if len(activity):
        activity["outlet"] = [d["names"].get(o, (o,))[0] for o in activity["outlet_id"]]
        right.altair_chart(alt.Chart(activity).mark_bar().encode(
            x=alt.X("yearmonthdate(day):T", title="published"), y=alt.Y("sum(claims):Q", title="claims"),
            color=alt.Color("outlet:N", title="outlet"), tooltip=["day:T", "outlet", "claims"]
        ).properties(height=220, title="Claims over time, by outlet"))
    st.subheader("Most widely carried")
    st.dataframe(table(d["top"], d["names"]), hide_index=True, width="stretch",
                 column_config={"claim": st.column_config.TextColumn(width="large")})
    st.subheader("Newest single-sourced")
    if d["newest_single"]:
        st.dataframe(table(d["newest_single"], d["names"]), hide_index=True, width="stretch",
                     column_config={"claim": st.column_config.TextColumn(width="large")})
    else:
        st.text("None under these filters.")
    st.page_link(common.page_file("claims"), label="All matching claims \u2192",
                 query_params=st.session_state.get("_filter_url", {}))
