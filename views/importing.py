"""Import: the feeds followed (``claims watch``) with when each last succeeded and what is new,
and article files uploaded, saved under uploads/ beside the database and ingested one by one by
a separate process (the page never loads a model), behind a progress bar."""
from __future__ import annotations

import math
from datetime import datetime, timedelta

import pandas as pd
import streamlit as st

from app.uploads import ALLOWED, UploadRefused, folder_for, ingest_in_subprocess, save_upload
from store import feeds as feed_store
from views import common

NEW_WITHIN = timedelta(hours=24)


def status(con) -> tuple[datetime | None, list[dict]]:
    """When the feeds were last marked seen, and each feed with its items new since then (in the
    last ``NEW_WITHIN`` when never marked)."""
    seen = feed_store.seen_at(con)
    return seen, feed_store.feed_status(con, seen or datetime.now() - NEW_WITHIN)


def followed_feeds() -> None:
    """Each feed ``claims watch`` follows: last success, last error, items stored, what is new."""
    seen, rows = common.read(status)
    st.subheader(f"Feeds followed ({len(rows)})")
    if not rows:
        st.text("No feeds yet. The command claims watch FEEDS.txt follows a list of RSS or Atom feeds.")
        return
    new = f"new since {seen:%Y-%m-%d %H:%M}" if seen else "new in 24 h"
    st.dataframe(pd.DataFrame([{"feed": r["feed_url"], "title": r["title"], "last success": r["last_success"],
                                "last error": r["last_error"], "failures in a row": r["failures"],
                                "items stored": r["items"], new: r["new_items"],
                                "next try": r["next_attempt"]} for r in rows]),
                 hide_index=True, width="stretch")
    if st.button("Mark what is new as seen", key="feeds_seen"):
        common.write(feed_store.mark_seen, datetime.now())
        st.rerun()


def render() -> None:
    st.title("Import")
    followed_feeds()
    st.subheader("Add article files")
    state = st.session_state
    state.setdefault("upload_round", 0)
    for line in state.pop("upload_messages", None) or []:
        st.text(line)  # names and texts from the files: never Markdown
    limit = common.settings().max_upload_mb
    files = st.file_uploader(f"Article files ({', '.join(ALLOWED)}), at most {limit:g} MB each",
                             type=[e.lstrip(".") for e in ALLOWED], accept_multiple_files=True,
                             key=f"upload_{state.upload_round}", max_upload_size=max(1, math.ceil(limit)))
    if not files:
        return
    folder = folder_for(common.db_path())
    lines, saved = [], []
    for f in files:
        try:
            saved.append(save_upload(f.name, f.getvalue(), folder, limit_mb=limit))
        except UploadRefused as exc:
            lines.append(f"Refused: {exc}")
    bar = st.progress(0.0, text="Adding articles...")
    for n, path in enumerate(saved):
        bar.progress(n / len(saved), text=f"Adding {path.name} ({n + 1} of {len(saved)})")
        lines += ingest_in_subprocess([path], common.db_path())
    bar.progress(1.0, text="Done")
    state.upload_messages = lines or [f"Added {len(saved)} file(s)."]
    state.upload_round += 1  # a fresh, empty uploader: the same files are not added twice
    st.rerun()
