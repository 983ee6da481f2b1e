"""Claim tracker: which statements recur across outlets, which rest on one source.

Run with ``streamlit run dashboard.py``. Reads the DuckDB file named by $CLAIMS_DB
(default claims.duckdb); on first start without one it builds it from samples/.
Drawing a page never loads an embedding model; only that one-time build does, and a search
by meaning (loaded once per server process). The pages live in views/; the page, its
filters and the open cluster are kept in the URL, so a link reopens the same view.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from app.ingest import ingest
from claims.settings import SettingError, Settings
from views import common

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="Claim tracker", layout="wide", initial_sidebar_state="collapsed")

try:
    st.session_state["_settings"] = Settings.from_env()
except SettingError as exc:
    st.warning(str(exc))
    st.stop()


def build_first_database(path: Path) -> None:
    """One-time build from the bundled samples, behind a progress bar."""
    samples = Path(common.settings().samples)
    samples = samples if samples.is_absolute() else HERE / samples
    bar = st.progress(0.0, text="Building the claim database from the sample articles...")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / total if total else 1.0, text=f"Reading {Path(name).name}" if name else "Clustering...")

    report = ingest([str(samples)], str(path), settings=common.settings(), progress=progress)
    bar.empty()
    common.flash(f"Built {path.name}: {report.articles_added} articles, {report.claims} claims.")


if not common.db_path().exists():
    build_first_database(common.db_path())
common.ensure_schema()

PAGES = {
    "overview": st.Page("pages/overview.py", title="Overview", url_path="overview", default=True),
    "claims": st.Page("pages/claims.py", title="Claims", url_path="claims"),
    "cluster": st.Page("pages/cluster.py", title="Cluster", url_path="cluster"),
    "speakers": st.Page("pages/speakers.py", title="Speakers", url_path="speakers"),
    "review": st.Page("pages/review.py", title="Review", url_path="review"),
    "import": st.Page("pages/import.py", title="Import", url_path="import"),
    "export": st.Page("pages/export.py", title="Export", url_path="export"),
}
page = st.navigation(list(PAGES.values()), position="top")
page.run()
