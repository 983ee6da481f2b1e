"""Claim tracker: which statements recur across outlets, which rest on one source.

Run with ``streamlit run dashboard.py``. Reads the DuckDB file named by $CLAIMS_DB
(default claims.duckdb); on first start without one it builds it from samples/.
Drawing a page never loads an embedding model; only that one-time build does. Files added
under "Add articles" are saved to uploads/ next to the database and ingested by a separate
``python -m claims ingest`` process.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import streamlit as st

from app.ingest import ingest
from app.uploads import ALLOWED, UploadRefused, folder_for, ingest_in_subprocess, save_upload
from claims.conflicts import conflicts
from claims.models import STATUSES
from claims.reading import is_web_link
from claims.settings import SettingError, Settings
from store import corrections, flags, queries
from store.db import DatabaseBusy, StoreError, connect

HERE = Path(__file__).resolve().parent
STATUS_LABELS = {"flagged": "Flag", "in_review": "In review", "verified_true": "True",
                 "verified_false": "False", "misleading": "Misleading", "unverifiable": "Unverifiable"}
CONTEXT_CHARS = 280

st.set_page_config(page_title="Claim tracker", layout="wide")


try:
    SETTINGS = Settings.from_env()
except SettingError as exc:
    st.warning(str(exc))
    st.stop()


def db_path() -> Path:
    return Path(SETTINGS.db)


def build_first_database(path: Path) -> None:
    """One-time build from the bundled samples, behind a progress bar (the only place the
    page loads an embedding model)."""
    samples = Path(SETTINGS.samples)
    samples = samples if samples.is_absolute() else HERE / samples
    bar = st.progress(0.0, text="Building the claim database from the sample articles...")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / total if total else 1.0, text=f"Reading {Path(name).name}" if name else "Clustering...")

    report = ingest([str(samples)], str(path), settings=SETTINGS, progress=progress)
    bar.empty()
    st.success(f"Built {path.name}: {report.articles_added} articles, {report.claims} claims.")


def add_articles() -> None:
    """Upload article files: saved under uploads/ next to the database, then ingested; the
    messages are shown after the page re-runs with the new data."""
    state = st.session_state
    state.setdefault("upload_round", 0)
    messages = state.pop("upload_messages", None)
    limit = SETTINGS.max_upload_mb
    with st.expander("Add articles", expanded=messages is not None):
        for line in messages or []:
            st.text(line)  # names and texts from the files: never Markdown
        files = st.file_uploader(f"Article files ({', '.join(ALLOWED)}), at most {limit:g} MB each",
                                 type=[e.lstrip(".") for e in ALLOWED], accept_multiple_files=True,
                                 key=f"upload_{state.upload_round}", max_upload_size=max(1, math.ceil(limit)))
        if not files:
            return
        folder = folder_for(db_path())
        lines, saved = [], []
        for f in files:
            try:
                saved.append(save_upload(f.name, f.getvalue(), folder, limit_mb=limit))
            except UploadRefused as exc:
                lines.append(f"Refused: {exc}")
        if saved:
            with st.spinner(f"Adding {len(saved)} file{'s' if len(saved) != 1 else ''}..."):
                lines += ingest_in_subprocess(saved, db_path())
    state.upload_messages = lines
    state.upload_round += 1  # a fresh, empty uploader: the same files are not added twice
    st.rerun()


def read(fn, *args, **kwargs):
    """Run one query on a short-lived read-only connection; a busy database is not an error."""
    try:
        with connect(db_path(), read_only=True, timeout=min(3.0, SETTINGS.lock_timeout)) as con:
            return fn(con, *args, **kwargs)
    except DatabaseBusy:
        st.info("The database is updating (an ingest or another user's change is being saved). "
                "This page will show the new data in a moment; reload if it does not.")
        st.stop()
    except StoreError as exc:
        st.warning(str(exc))
        st.stop()


def write(fn, *args, **kwargs):
    """Run one change on a short-lived connection; returns its result, or None when the
    database stayed busy or the change made no sense (the page says which)."""
    try:
        with connect(db_path(), timeout=min(10.0, SETTINGS.lock_timeout)) as con:
            return fn(con, *args, **kwargs)
    except DatabaseBusy:
        st.info("The database is busy saving an ingest; your change was not saved yet. Press the button again.")
    except StoreError as exc:
        st.warning(str(exc))
    return None


def write_flag(target: flags.Target, status: str, note: str, by: str) -> bool:
    return write(flags.add_flag, target, status, note=note, by=by) is not None


def safe_link(url: str | None) -> str | None:
    return url if is_web_link(url) else None


def names_of(ids, display: dict[str, str]) -> str:
    return ", ".join(queries.named(ids or [], display))


def overview(con) -> dict:
    """Everything the top of the page needs, on one connection."""
    return {"counts": queries.stats(con), "display": queries.names(con, SETTINGS.script), "choices": queries.filter_choices(con)}


def cluster_detail(con, cluster_id: int) -> tuple[list[dict], list[dict]]:
    """The members of one cluster and the status history of it and its claims, on one connection."""
    members = queries.cluster_members(con, cluster_id)
    targets = [flags.Target("cluster", str(cluster_id))] + [flags.Target("claim", m["claim_id"]) for m in members]
    return members, flags.history(con, *targets)


# -- page ------------------------------------------------------------------------------------
st.title("Claim tracker")
st.caption("Statements from news articles, grouped across outlets and languages. "
           "Recurring = carried by two or more outlets; single-sourced = all of them rest on one origin.")

if not db_path().exists():
    build_first_database(db_path())
add_articles()

page = read(overview)
counts, display, choices = page["counts"], page["display"], page["choices"]
if not counts["articles"]:
    st.info("No articles yet. Add some with: python -m claims ingest FOLDER")
    st.stop()

cols = st.columns(6)
for col, (label, key) in zip(cols, [("Articles", "articles"), ("Outlets", "outlets"), ("Claims", "claims"),
                                     ("Clusters", "clusters"), ("Recurring", "recurring"),
                                     ("Single-sourced", "single_sourced")]):
    col.metric(label, counts[key])

with st.sidebar:
    st.header("Filters")
    speakers = st.multiselect("Speaker", choices["speakers"], format_func=lambda i: display.get(i, i),
                              key="speakers")
    outlets = st.multiselect("Outlet", choices["outlets"], format_func=lambda i: display.get(i, i), key="outlets")
    languages = st.multiselect("Language", choices["languages"], key="languages")
    spread = st.radio("Show", ["All clusters", "Recurring", "Single-sourced", "Recurring and single-sourced",
                               "Carried by one outlet"], key="spread")
    statuses = st.multiselect("Status", ["unflagged", *STATUSES], key="statuses")
    search = st.text_input("Text contains", key="search")
    low, high = choices["dates"]
    dates = st.date_input("Published between", value=(low, high), key="dates") if low and high else ()

recurring = {"Recurring": True, "Recurring and single-sourced": True, "Carried by one outlet": False}.get(spread)
single = {"Single-sourced": True, "Recurring and single-sourced": True}.get(spread)
date_from, date_to = (dates[0], dates[1]) if isinstance(dates, (tuple, list)) and len(dates) == 2 else (None, None)
rows = read(queries.clusters, speakers=speakers, outlets=outlets, languages=languages, recurring=recurring,
            single_sourced=single, statuses=statuses, date_from=date_from, date_to=date_to, search=search or None)

st.subheader(f"Claims by cluster ({len(rows)})")
if not rows:
    st.info("No cluster matches these filters.")
    st.stop()

table = pd.DataFrame([{
    "cluster": r["cluster_id"],
    "claim": r["example"],
    "outlets": r["n_outlets"],
    "origins": names_of(r["origin_ids"], display),
    "carried by": names_of(r["outlet_ids"], display),
    "speakers": names_of(r["speaker_ids"], display),
    "languages": ", ".join(r["languages"]),
    "recurring": r["recurring"],
    "single-sourced": r["single_sourced"],
    "first seen": r["first_seen"],
    "last seen": r["last_seen"],
    "status": r["status"] or "",
} for r in rows])
st.dataframe(table, hide_index=True, width="stretch", key="table",
             column_config={"claim": st.column_config.TextColumn(width="large")})

picked = st.selectbox("Open cluster", [r["cluster_id"] for r in rows], key="cluster",
                      format_func=lambda c: f"#{c}: " + next(r["example"] for r in rows if r["cluster_id"] == c)[:90])
row = next(r for r in rows if r["cluster_id"] == picked)
members, events = read(cluster_detail, picked)

st.subheader(f"Cluster #{picked}")
verdict = []
verdict.append(f"carried by {row['n_outlets']} outlet{'s' if row['n_outlets'] != 1 else ''}")
verdict.append("all via " + names_of(row["origin_ids"], display) if row["single_sourced"]
               else f"{row['n_origins']} independent origins")
st.text(" \u00b7 ".join(verdict) + (f" \u00b7 status: {row['status']}" if row["status"] else ""))

clashes = conflicts([(m["claim_id"], m["content"]) for m in members])
for m in members:
    with st.container(border=True):
        head = f"{display.get(m['outlet_id'], m['outlet'])} \u00b7 {m['published'] or 'date unknown'} \u00b7 {m['language']}"
        st.text(head)
        if m["title"]:
            st.text(m["title"])
        chain = " \u2192 ".join(display.get(i, i) for i in (m["chain_ids"] or []))
        st.text(f"Speaker: {display.get(m['speaker_id'], '-') if m['speaker_id'] else '(the outlet itself)'}"
                f" \u00b7 kind: {m['kind']} \u00b7 chain: {chain}")
        body, start, end = m["body"], m["start_offset"], m["end_offset"]
        before = body[max(0, start - CONTEXT_CHARS):start]
        after = body[end:end + CONTEXT_CHARS]
        st.text(("\u2026" if start > CONTEXT_CHARS else "") + before + "\u00bb " + body[start:end] + " \u00ab"
                + after + ("\u2026" if end + CONTEXT_CHARS < len(body) else ""))
        if m["copied_from"]:
            st.text(f"Near copy of an article first published by {display.get(m['copied_from'], m['copied_from'])}"
                    " (counted as that origin)")
        if m["claim_id"] in clashes:
            st.warning("Figures or polarity differ from: " + ", ".join(clashes[m["claim_id"]]), icon="\u26a0")
        link = safe_link(m["url"])
        if link:
            st.link_button("Open article", link)
        st.caption(f"claim {m['claim_id']} \u00b7 status: {m['status'] or 'unflagged'}")

st.subheader("Verification")
targets = [("cluster", str(picked))] + [("claim", m["claim_id"]) for m in members]
target = st.selectbox("Flag", targets, key="flag_target",
                      format_func=lambda t: f"the whole cluster #{t[1]}" if t[0] == "cluster" else
                      f"claim {t[1]} ({next(display.get(m['outlet_id'], m['outlet']) for m in members if m['claim_id'] == t[1])})")
note = st.text_input("Note", key="flag_note")
by = st.text_input("Your name", key="flag_by")
buttons = st.columns(len(STATUSES))
for col, status in zip(buttons, STATUSES):
    if col.button(STATUS_LABELS[status], key=f"flag_{status}"):
        if write_flag(flags.Target(*target), status, note, by):
            st.success(f"{target[0]} {target[1]} marked {status}.")

with st.expander("Correct this cluster"):
    st.caption("Corrections are kept as decisions that every later ingest honours.")
    claim_ids = [m["claim_id"] for m in members]
    fix_by = st.text_input("Your name", key="fix_by")
    fix_note = st.text_input("Why", key="fix_note")
    who = {"actor": fix_by, "note": fix_note}
    if len(claim_ids) > 1:
        out = st.selectbox("Not the same claim as the rest", claim_ids, key="fix_split")
        if st.button("Take it out into its own cluster", key="fix_split_go"):
            new = write(corrections.split, picked, [out], **who)
            if new is not None:
                st.success(f"{out} is now cluster #{new}.")
    other = st.number_input("Cluster number", min_value=1, step=1, key="fix_other")
    if st.button(f"Merge that cluster into #{picked}", key="fix_merge_go"):
        if write(corrections.merge, picked, int(other), **who) is not None:
            st.success(f"Cluster #{int(other)} merged into #{picked}.")
    moving = st.selectbox("Claim to move", claim_ids, key="fix_move")
    if st.button("Move it to that cluster", key="fix_move_go"):
        if write(corrections.move, moving, int(other), **who) is not None:
            st.success(f"{moving} moved to cluster #{int(other)}.")

with st.expander("History of this cluster"):
    if events:
        st.dataframe(pd.DataFrame(events)[["created_at", "target_type", "target_id", "status", "note", "actor"]],
                     hide_index=True, width="stretch")
    else:
        st.text("No status changes yet.")
