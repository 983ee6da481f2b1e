"""Cluster: every member with outlet, date, link and its sentence marked in the article's text;
the attribution chain; origins against echoes; conflicts; the spread over time; similar
clusters; flags, corrections (previewed, then confirmed) and the cluster's whole history."""
from __future__ import annotations

import uuid

import altair as alt
import pandas as pd
import streamlit as st

from claims.conflicts import conflicts
from claims.models import STATUSES
from claims.reading import is_web_link
from store import browse, corrections, flags, queries
from views import common

CONTEXT_CHARS = 280


def origin_of(m: dict) -> str:
    return (m["source_ids"] or [None])[0] or m["copied_from"] or m["outlet_id"]


def detail(con, cluster_id: int) -> dict:
    members = queries.cluster_members(con, cluster_id)
    targets = [flags.Target("cluster", str(cluster_id))] + [flags.Target("claim", m["claim_id"]) for m in members]
    claim_ids = {m["claim_id"] for m in members}
    fixes = [c for c in corrections.history(con)]
    moves = con.execute("SELECT DISTINCT split_part(decision_id, ':', 1) FROM cluster_moves "
                        "WHERE from_cluster = ? OR to_cluster = ?", [cluster_id, cluster_id]).fetchall()
    mine = {r[0] for r in moves} | {r[0] for r in con.execute(
        "SELECT DISTINCT split_part(decision_id, ':', 1) FROM cluster_decisions "
        "WHERE claim_a IN (SELECT unnest(?::VARCHAR[])) OR claim_b IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(claim_ids), sorted(claim_ids)]).fetchall()}
    return {"row": browse.cluster_row(con, cluster_id), "members": members, "events": flags.history(con, *targets),
            "corrections": [c for c in fixes if c["correction"] in mine],
            "speaker_fixes": [s for s in corrections.speaker_history(con) if s["claim_id"] in claim_ids],
            "similar": browse.similar_clusters(con, cluster_id), "names": common.names(con),
            "merged_into": browse.merged_into(con, cluster_id)}


def chooser(con) -> None:
    st.info("Pick a cluster on the Claims page, or find one here by its words.")
    words = st.text_input("Words of the claim", key="cl_find")
    if words.strip():
        found = browse.claim_choices(con, words.strip())
        for r in found[:10]:
            common.open_cluster_link(r["cluster_id"], f"#{r['cluster_id']} \u00b7 {r['n_outlets']} outlets \u00b7 "
                                     + common.escape_md(r["example"][:120]))


def member_label(m: dict, display) -> str:
    return f"{m['text'][:90]} \u2014 {display.get(m['outlet_id'], (m['outlet'],))[0]}" \
           f" \u00b7 {common.shown([m['speaker_id']], display) if m['speaker_id'] else 'the outlet itself'}"


def render() -> None:
    raw = st.query_params.get("cluster", "")
    if not raw.isdigit():
        st.title("Cluster")
        common.read(chooser)
        return
    cluster_id = int(raw)
    d = common.read(detail, cluster_id)
    if d["row"] is None:
        st.title(f"Cluster #{cluster_id}")
        if d["merged_into"]:
            st.info(f"Cluster #{cluster_id} was merged into #{d['merged_into']}.")
            common.open_cluster_link(d["merged_into"])
        else:
            st.warning(f"There is no cluster #{cluster_id}.")
        return
    row, members, display = d["row"], d["members"], d["names"]
    st.title(f"Cluster #{cluster_id}")
    st.text(row["example"])
    verdict = [f"carried by {row['n_outlets']} outlet{'s' if row['n_outlets'] != 1 else ''}",
               f"{row['n_claims']} claim{'s' if row['n_claims'] != 1 else ''}"]
    verdict.append("all via " + common.shown(row["origin_ids"], display) if row["single_sourced"]
                   else f"{row['n_origins']} independent origins")
    verdict.append(f"status: {row['status'] or 'unflagged'}")
    st.text(" \u00b7 ".join(verdict))

    timeline = pd.DataFrame([{"published": m["published"], "outlet": display.get(m["outlet_id"], (m["outlet"],))[0],
                              "language": m["language"], "role": "origin" if origin_of(m) == m["outlet_id"] else "echo",
                              "claim": m["text"][:120]} for m in members if m["published"]])
    if len(timeline):
        st.altair_chart(alt.Chart(timeline).mark_circle(size=160).encode(
            x=alt.X("published:T", title="published"), y=alt.Y("outlet:N", title=None),
            color=alt.Color("language:N"), shape=alt.Shape("role:N"), tooltip=["published:T", "outlet", "role", "claim"]
        ).properties(height=max(120, 36 * timeline["outlet"].nunique()), title="Spread across outlets"))

    clashes = conflicts([(m["claim_id"], m["content"]) for m in members])
    st.subheader("Members")
    for m in members:
        with st.container(border=True):
            outlet = display.get(m["outlet_id"], (m["outlet"],))[0]
            origin = origin_of(m)
            role = "origin (speaks for itself)" if origin == m["outlet_id"] else \
                f"echo of {common.shown([origin], display)}"
            st.text(f"{outlet} \u00b7 {m['published'] or 'date unknown'} \u00b7 {m['language']} \u00b7 {role}")
            if m["title"]:
                st.text(m["title"])
            chain = " \u2192 ".join(common.shown([i], display) for i in (m["chain_ids"] or []))
            st.text(f"Speaker: {common.shown([m['speaker_id']], display, both=True) if m['speaker_id'] else '(the outlet itself)'}"
                    f" \u00b7 kind: {m['kind']} \u00b7 chain: {chain}")
            body, start, end = m["body"], m["start_offset"], m["end_offset"]
            before = ("\u2026" if start > CONTEXT_CHARS else "") + body[max(0, start - CONTEXT_CHARS):start]
            after = body[end:end + CONTEXT_CHARS] + ("\u2026" if end + CONTEXT_CHARS < len(body) else "")
            st.markdown(common.escape_md(before) + " :orange-background[**" + common.escape_md(body[start:end])
                        + "**] " + common.escape_md(after))
            if "\t" in m["text"] and m["content"] and m["content"] != m["text"]:
                st.text("Table row, read as: " + m["content"])  # its cells with their column names
            if m["copied_from"]:
                st.text(f"Near copy of an article first published by {common.shown([m['copied_from']], display)}"
                        " (counted as that origin)")
            if m["claim_id"] in clashes:
                st.warning("Figures or polarity differ from: " + ", ".join(clashes[m["claim_id"]]), icon="\u26a0")
            link = m["url"] if is_web_link(m["url"]) else None
            if link:
                st.link_button("Open article", link)
            st.caption(f"claim {m['claim_id']} \u00b7 status: {m['status'] or 'unflagged'}")

    if d["similar"]:
        st.subheader("Similar clusters")
        for s in d["similar"]:
            common.open_cluster_link(s["cluster_id"], f"#{s['cluster_id']} ({s['similarity']:.2f}, "
                                     f"{s['n_outlets']} outlets): " + common.escape_md(s["example"][:140]))

    name = common.reviewer()
    verification(cluster_id, members, display, name)
    correct(cluster_id, members, display, name)
    history(d)


def verification(cluster_id: int, members: list[dict], display, name: str) -> None:
    st.subheader("Verification")
    targets = [("cluster", str(cluster_id))] + [("claim", m["claim_id"]) for m in members]
    by_claim = {m["claim_id"]: m for m in members}
    st.session_state.setdefault("flag_event", uuid.uuid4().hex)
    if st.session_state.pop("_flag_saved", False):  # the saved note does not stay in the box
        st.session_state["flag_note"] = ""
    with st.form("flag_form", clear_on_submit=True):
        target = st.selectbox("What", targets, key="flag_target",
                              format_func=lambda t: f"the whole cluster #{t[1]}" if t[0] == "cluster"
                              else member_label(by_claim[t[1]], display))
        status = st.radio("Status", STATUSES, horizontal=True, key="flag_status",
                          format_func=lambda s: common.STATUS_LABELS[s])
        note = st.text_area("Note", key="flag_note", height=68)
        go = st.form_submit_button("Save status")
    if go:
        if not name:
            st.warning("Write your name above first: every change records who made it.")
            return
        event = st.session_state["flag_event"]  # one press is stored once, even if sent twice
        if common.write(flags.add_flag, flags.Target(*target), status, note=note, by=name, event_id=event):
            st.session_state["flag_event"] = uuid.uuid4().hex
            st.session_state["_flag_saved"] = True
            common.flash(f"{target[0]} {target[1]} marked {status}.")
            st.rerun()


def preview(rows: list[dict], display) -> None:
    st.dataframe(pd.DataFrame([{"claim": m["text"], "outlet": display.get(m["outlet_id"], (m["outlet"],))[0],
                                "speaker": common.shown([m["speaker_id"]], display) if m["speaker_id"] else "",
                                "published": m["published"]} for m in rows]), hide_index=True, width="stretch")


def correct(cluster_id: int, members: list[dict], display, name: str) -> None:
    st.subheader("Correct this cluster")
    st.caption("Each correction is previewed first, needs your name, and is kept as a decision every later "
               "ingest honours.")
    action = st.radio("Correction", ["merge another cluster in", "take a claim out", "move a claim",
                                     "fix a speaker"], key="fix_action", horizontal=True)
    by_claim = {m["claim_id"]: m for m in members}
    note = st.text_input("Why", key="fix_note")
    if action in ("merge another cluster in", "move a claim"):
        if action == "move a claim":
            claim = st.selectbox("Claim", list(by_claim), key="fix_claim",
                                 format_func=lambda c: member_label(by_claim[c], display))
        words = st.text_input("Find the other cluster by words of its claims", key="fix_find")
        found = common.read(browse.claim_choices, words.strip(), exclude_cluster=cluster_id) if words.strip() else []
        if not found:
            st.text("Type some words of the other cluster's claims to choose it.")
            return
        other = st.selectbox("Other cluster", [r["cluster_id"] for r in found], key="fix_other",
                             format_func=lambda c: next(f"#{c} \u00b7 {r['n_outlets']} outlets \u00b7 {r['example'][:100]}"
                                                        for r in found if r["cluster_id"] == c))
        other_members = common.read(queries.cluster_members, other)
        st.text(f"Cluster #{other} has these claims:")
        preview(other_members, display)
        if action == "merge another cluster in":
            st.text(f"Confirming moves all {len(other_members)} of them into #{cluster_id}.")
            if st.button(f"Confirm: merge #{other} into #{cluster_id}", key="fix_merge_go"):
                if not name:
                    st.warning("Write your name above first: every correction records who made it.")
                elif common.write(corrections.merge, cluster_id, other, actor=name, note=note) is not None:
                    common.flash(f"Cluster #{other} merged into #{cluster_id}.")
                    st.rerun()
        else:
            st.text(f"Confirming moves this claim to #{other}: " + by_claim[claim]["text"][:200])
            if st.button(f"Confirm: move it to #{other}", key="fix_move_go"):
                if not name:
                    st.warning("Write your name above first: every correction records who made it.")
                elif common.write(corrections.move, claim, other, actor=name, note=note) is not None:
                    common.flash(f"{claim} moved to cluster #{other}.")
                    st.rerun()
    elif action == "take a claim out":
        if len(members) < 2:
            st.text("A cluster of one claim has nothing to take out.")
            return
        claim = st.selectbox("Not the same claim as the rest", list(by_claim), key="fix_split",
                             format_func=lambda c: member_label(by_claim[c], display))
        st.text("Confirming puts this claim in a cluster of its own, kept apart from the others:")
        preview([by_claim[claim]], display)
        if st.button("Confirm: take it out", key="fix_split_go"):
            if not name:
                st.warning("Write your name above first: every correction records who made it.")
            else:
                new = common.write(corrections.split, cluster_id, [claim], actor=name, note=note)
                if new is not None:
                    common.flash(f"{claim} is now cluster #{new}.")
                    st.rerun()
    else:
        speakers_with_speaker = [m for m in members if m["claim_id"]]
        claim = st.selectbox("Claim", [m["claim_id"] for m in speakers_with_speaker], key="fix_speaker_claim",
                             format_func=lambda c: member_label(by_claim[c], display))
        ids = common.read(browse.speaker_ids)  # only when a speaker is being fixed
        who = st.selectbox("Who really says it", ids, key="fix_speaker_to",
                           format_func=lambda i: common.shown([i], display, both=True))
        found = by_claim[claim]["speaker_id"]
        scopes = ["this claim only"] + ([f"everything attributed to {common.shown([found], display)}"]
                                        if found and found != who else [])
        scope = st.radio("Apply to", scopes, key="fix_speaker_scope")
        st.text(f"Confirming sets the speaker to {common.shown([who], display, both=True)} for "
                f"{scope}; later ingests do the same.")
        if st.button("Confirm: fix the speaker", key="fix_speaker_go"):
            if not name:
                st.warning("Write your name above first: every correction records who made it.")
            else:
                kwargs = {"claim": claim} if scope == scopes[0] else {"found": found}
                changed = common.write(corrections.set_speaker, who, actor=name, note=note, **kwargs)
                if changed is not None:
                    common.flash(f"Speaker set to {common.shown([who], display)} on {changed} sentence(s).")
                    st.rerun()


def history(d: dict) -> None:
    st.subheader("History of this cluster")
    if d["events"]:
        st.dataframe(pd.DataFrame(d["events"])[["created_at", "target_type", "target_id", "status", "note", "actor"]],
                     hide_index=True, width="stretch")
    else:
        st.text("No status changes yet.")
    if d["corrections"]:
        st.dataframe(pd.DataFrame(d["corrections"])[["created_at", "action", "actor", "note"]], hide_index=True,
                     width="stretch")
    if d["speaker_fixes"]:
        st.dataframe(pd.DataFrame(d["speaker_fixes"])[["created_at", "claim_id", "speaker_id", "actor", "note"]],
                     hide_index=True, width="stretch")
