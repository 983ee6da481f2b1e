"""Speakers: each person's claims with outlets and languages, by name in either script; two
ids for one person can be merged (kept as a decision later ingests honour)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from store import browse, corrections
from views import common


def data(con) -> dict:
    return {"people": browse.speakers(con), "names": common.names(con)}


def render() -> None:
    st.title("Speakers")
    d = common.read(data)
    people, display = d["people"], d["names"]
    if not people:
        st.info("No speakers yet.")
        return
    ids = [p["id"] for p in people]
    common._from_url("sp_person", "speaker", lambda p: p["speaker"] if p["speaker"] in ids else ids[0])
    st.dataframe(pd.DataFrame([{
        "speaker": p["name_en"] or p["id"], "हिन्दी": p["name_hi"] or "", "claims": p["claims"],
        "clusters": p["clusters"], "outlets": common.shown(p["outlet_ids"], display),
        "languages": ", ".join(p["languages"])} for p in people]), hide_index=True, width="stretch")
    person = st.selectbox("Speaker (type a name in either script)", ids, key="sp_person",
                          format_func=lambda i: common.shown([i], display, both=True))
    common.set_url({"speaker": person})
    claims = common.read(browse.speaker_claims, person)
    st.subheader(common.shown([person], display, both=True))
    st.dataframe(pd.DataFrame([{"claim": c["text"], "outlet": common.shown([c["outlet_id"]], display),
                                "language": c["language"], "published": c["published"], "kind": c["kind"],
                                "cluster": c["cluster_id"]} for c in claims]),
                 hide_index=True, width="stretch", column_config={"claim": st.column_config.TextColumn(width="large")})
    with st.expander("The same person under another name"):
        others = [i for i in ids if i != person]
        if not others:
            return
        other = st.selectbox("Also this person", others, key="sp_other",
                             format_func=lambda i: common.shown([i], display, both=True))
        name = common.reviewer()
        note = st.text_input("Why", key="sp_note")
        st.text(f"Confirming attributes every claim of {common.shown([other], display, both=True)} to "
                f"{common.shown([person], display, both=True)}, now and in later ingests.")
        if st.button("Confirm: merge the two", key="sp_merge_go"):
            if not name:
                st.warning("Write your name first: every correction records who made it.")
            else:
                changed = common.write(corrections.set_speaker, person, found=other, actor=name, note=note)
                if changed is not None:
                    common.flash(f"{changed} claim(s) now attributed to {common.shown([person], display)}.")
                    st.rerun()
