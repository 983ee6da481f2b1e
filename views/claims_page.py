"""Claims: every cluster passing the filters, one row each, sortable and paginated; a search by
words or by meaning (across Hindi and English); click a row to open its cluster."""
from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from claims.embed import claim_vectors, get_embedder
from claims.names import has_devanagari
from store import browse
from store.cluster import stored_centres
from views import common

PAGE_SIZE = 50
MODES = ["words", "meaning"]


@st.cache_resource(show_spinner="Loading the language model (once per server)...")
def embedder(name: str):
    """The embedding model, loaded once per server process and only for a search by meaning."""
    return get_embedder(name)


@st.cache_data(show_spinner=False, max_entries=2)
def vectors(path: str, stamp: float):
    """Claim vectors and language centres of the database at ``path`` as of ``stamp``."""
    def load(con):
        return browse.claim_vectors(con), stored_centres(con)
    return common.read(load)


def by_meaning(query: str) -> list[int]:
    """Clusters whose claims are closest in meaning to ``query``, best first."""
    path = common.db_path()
    (ids, languages, clusters, matrix), centres = vectors(str(path), path.stat().st_mtime)
    q = claim_vectors(embedder(common.settings().model), [query], [query])[0]
    found = browse.nearest(q, "hi" if has_devanagari(query) else "en", languages, matrix, centres, k=30, floor=0.5)
    return list(dict.fromkeys(clusters[i] for i, _ in found))


def status_of(row: dict) -> str:
    parts = [row["status"]] if row["status"] else []
    parts += [f"claim: {s}" for s in row["claim_statuses"] or []]
    return ", ".join(parts)


def render() -> None:
    st.title("Claims")
    flt = common.read(common.filter_bar)
    common._from_url("c_search", "q", lambda p: p["q"])
    common._from_url("c_mode", "mode", lambda p: p["mode"] if p["mode"] in MODES else "words")
    common._from_url("c_sort", "sort", lambda p: p["sort"] if p["sort"] in browse.SORTS else "most outlets")
    common._from_url("c_page", "p", lambda p: max(1, int(p["p"])))
    search_cols = st.columns([4, 1, 1])
    query = search_cols[0].text_input("Search", key="c_search", placeholder="words, or a claim in English or Hindi")
    mode = search_cols[1].radio("Search by", MODES, key="c_mode", horizontal=True,
                                help="meaning: finds the same claim in either language (loads a model once)")
    sort = search_cols[2].selectbox("Sort", list(browse.SORTS), key="c_sort")
    query = query.strip()
    if query and mode == "meaning":
        flt.cluster_ids = by_meaning(query)
        if not flt.cluster_ids:
            st.info("Nothing close in meaning; try other words.")
    elif query:
        flt.search = query
    page_no = st.session_state.get("c_page", 1)
    rows, total = common.read(browse.cluster_page, flt, sort="relevance" if flt.cluster_ids else sort,
                              page=page_no - 1, page_size=PAGE_SIZE)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    if page_no > pages:
        page_no = 1
        rows, total = common.read(browse.cluster_page, flt, sort=sort, page=0, page_size=PAGE_SIZE)
    if flt.cluster_ids:  # best match first
        rank = {c: i for i, c in enumerate(flt.cluster_ids)}
        rows.sort(key=lambda r: rank.get(r["cluster_id"], 0))
    common.set_url({"q": query, "mode": mode if query and mode != "words" else None,
                    "sort": sort if sort != "most outlets" else None, "p": page_no if page_no > 1 else None})
    st.subheader(f"{total} cluster{'s' if total != 1 else ''}")
    if not rows:
        st.info("No cluster matches these filters.")
        return
    display = common.read(common.names)
    table = pd.DataFrame([{
        "cluster": r["cluster_id"], "claim": r["example"], "outlets": r["n_outlets"],
        "speakers": common.shown(r["speaker_ids"], display), "languages": ", ".join(r["languages"]),
        "first seen": r["first_seen"], "last seen": r["last_seen"], "status": status_of(r),
        "origins": common.shown(r["origin_ids"], display), "carried by": common.shown(r["outlet_ids"], display),
        "claims": r["n_claims"],
    } for r in rows])
    event = st.dataframe(
        table, hide_index=True, width="stretch", key="c_table", on_select="rerun", selection_mode="single-row",
        row_height=60, column_config={
            "cluster": st.column_config.NumberColumn(width=60, format="%d"),
            "claim": st.column_config.TextColumn(width=520, help="the clearest sentence of the cluster"),
            "outlets": st.column_config.NumberColumn(width=60), "claims": st.column_config.NumberColumn(width=60),
            "speakers": st.column_config.TextColumn(width=140), "languages": st.column_config.TextColumn(width=80),
            "first seen": st.column_config.DateColumn(width=95), "last seen": st.column_config.DateColumn(width=95),
            "status": st.column_config.TextColumn(width=110)})
    common.open_picked_cluster(event, [r["cluster_id"] for r in rows])
    nav = st.columns([1, 1, 4])
    nav[0].number_input(f"Page (of {pages})", 1, pages, key="c_page")
    choice = nav[1].selectbox("Open cluster", [r["cluster_id"] for r in rows], key="c_open",
                              format_func=lambda c: f"#{c}")
    with nav[2]:
        common.open_cluster_link(choice)
