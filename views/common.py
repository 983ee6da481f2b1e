"""What every page shares: settings, short-lived database access, names, the filter bar
whose values live in the URL, and safe text."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Callable

import streamlit as st

from claims.models import STATUSES
from claims.settings import Settings
from store import browse
from store.db import SCHEMA_VERSION, DatabaseBusy, StoreError, connect, schema_version

FILES = {"overview": "overview", "claims": "claims", "cluster": "cluster", "speakers": "speakers",
         "review": "review", "import": "import", "export": "export"}
STATUS_LABELS = {"flagged": "Flag", "in_review": "In review", "verified_true": "True",
                 "verified_false": "False", "misleading": "Misleading", "unverifiable": "Unverifiable"}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=&])")


def settings() -> Settings:
    if "_settings" not in st.session_state:  # a page drawn on its own (a test) reads them here
        st.session_state["_settings"] = Settings.from_env()
    return st.session_state["_settings"]


def db_path() -> Path:
    return Path(settings().db)


def read(fn: Callable, *args, _any_schema: bool = False, **kwargs):
    """Run one query on a short-lived read-only connection; a busy database is not an error."""
    try:
        with connect(db_path(), read_only=True, timeout=min(3.0, settings().lock_timeout),
                     any_schema=_any_schema) as con:
            return fn(con, *args, **kwargs)
    except DatabaseBusy:
        st.info("The database is updating (an ingest or another user's change is being saved). "
                "This page will show the new data in a moment; reload if it does not.")
        st.stop()
    except StoreError as exc:
        st.warning(str(exc))
        st.stop()


def ensure_schema() -> None:
    """A database from an older version is upgraded once, on a short write connection."""
    if read(schema_version, _any_schema=True) < SCHEMA_VERSION:
        write(lambda con: None)


def write(fn: Callable, *args, **kwargs):
    """Run one change on a short-lived connection; its result, or None when the database
    stayed busy or the change made no sense (the page says which)."""
    try:
        with connect(db_path(), timeout=min(10.0, settings().lock_timeout)) as con:
            return fn(con, *args, **kwargs)
    except DatabaseBusy:
        st.info("The database is busy saving an ingest; your change was not saved yet. Press the button again.")
    except StoreError as exc:
        st.warning(str(exc))
    return None


def escape_md(text: str) -> str:
    """User text made safe to place inside Markdown: every Markdown character escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text or "").replace("\n", " ")


def names(con) -> dict[str, tuple[str, str | None]]:
    """Every entity's (English, Hindi) names by id."""
    return {i: (en or hi or i, hi) for i, en, hi in con.execute("SELECT id, name_en, name_hi FROM entities").fetchall()}


def shown(ids, display: dict[str, tuple[str, str | None]], *, both: bool = False) -> str:
    """Names for ids, in the preferred script (``both``: the two scripts side by side)."""
    out = []
    for i in ids or []:
        en, hi = display.get(i, (i, None))
        if both:
            out.append(f"{en} \u00b7 {hi}" if hi and hi != en else en)
        else:
            out.append((hi or en) if settings().script == "hi" else en)
    return ", ".join(out)


def flash(message: str) -> None:
    """A success message shown once, after the page re-runs with fresh data."""
    st.session_state.setdefault("_flash", []).append(message)


def show_flash() -> None:
    for message in st.session_state.pop("_flash", []):
        st.success(message)


def reviewer() -> str:
    """Who is working: one name for every change on every page, kept for the session."""
    if "reviewer" not in st.session_state and st.session_state.get("_reviewer"):
        st.session_state["reviewer"] = st.session_state["_reviewer"]
    name = st.text_input("Your name (recorded with every change)", key="reviewer")
    st.session_state["_reviewer"] = name
    return name.strip()


def page_file(name: str) -> str:
    """A page by its file, as st.navigation knows it (dashboard.py lists pages/NAME.py)."""
    return f"pages/{FILES[name]}.py"


def open_cluster_link(cluster_id: int, label: str | None = None) -> None:
    st.page_link(page_file("cluster"), label=label or f"Open cluster #{cluster_id}",
                 query_params={"cluster": str(cluster_id)})


def open_picked_cluster(event, cluster_ids: list[int | None]) -> None:
    """After a single-row table: open the cluster of the row the user picked, if it has one
    (``cluster_ids`` holds each row's cluster, in the table's order)."""
    picked = event.selection.rows if event is not None and hasattr(event, "selection") else []
    if picked and cluster_ids[picked[0]] is not None:
        st.switch_page(page_file("cluster"), query_params={"cluster": str(cluster_ids[picked[0]])})


# -- filters, kept in the URL -----------------------------------------------------------------

LISTS = {"f_speakers": "speaker", "f_outlets": "outlet", "f_languages": "lang", "f_kinds": "kind",
         "f_statuses": "status"}
CHOICES3 = ["any", "yes", "no"]


def _from_url(key: str, param: str, parse: Callable) -> None:
    """A widget takes its value from the URL when the URL has one this session did not write
    (a link was opened, or the address edited)."""
    params = st.query_params
    written = st.session_state.get("_url_written", {})
    if param in params and (key not in st.session_state or params.get_all(param) != written.get(param)):
        try:
            st.session_state[key] = parse(params)
        except (ValueError, TypeError):
            pass


def filter_bar(con) -> browse.Filters:
    """The filters shared by Overview and Claims, drawn in the page (not a sidebar) and kept in
    the URL so a copied link reopens the same view."""
    display = names(con)
    options = browse.choices(con)
    known = {"f_speakers": browse.speaker_ids(con), "f_outlets": options["outlets"],
             "f_languages": options["languages"], "f_kinds": options["kinds"],
             "f_statuses": ["unflagged", *STATUSES]}
    for key, param in LISTS.items():
        _from_url(key, param, lambda p, k=key, n=param: [v for v in p.get_all(n) if v in known[k]])
    _from_url("f_recurring", "recurring", lambda p: p["recurring"] if p["recurring"] in CHOICES3 else "any")
    _from_url("f_single", "single", lambda p: p["single"] if p["single"] in CHOICES3 else "any")
    _from_url("f_search", "q", lambda p: p["q"])
    _from_url("f_from", "from", lambda p: date.fromisoformat(p["from"]))
    _from_url("f_to", "to", lambda p: date.fromisoformat(p["to"]))
    _from_url("f_min_cw", "cw", lambda p: min(1.0, max(0.0, float(p["cw"]))))

    def person(i: str) -> str:
        en, hi = display.get(i, (i, None))
        return f"{en} \u00b7 {hi}" if hi and hi != en else en  # typing either script finds the person

    with st.container(border=True):
        top = st.columns([3, 2, 1, 1])
        speakers = top[0].multiselect("Speaker (type a name in either script)", known["f_speakers"],
                                      format_func=person, key="f_speakers")
        outlets = top[1].multiselect("Outlet", known["f_outlets"], format_func=lambda i: display.get(i, (i,))[0],
                                     key="f_outlets")
        recurring = top[2].selectbox("Recurring", CHOICES3, key="f_recurring",
                                     help="Carried by two or more outlets")
        single = top[3].selectbox("Single-sourced", CHOICES3, key="f_single",
                                  help="Carried by two or more outlets, all resting on one origin")
        with st.expander("More filters"):
            more = st.columns(3)
            languages = more[0].multiselect("Language", known["f_languages"], key="f_languages")
            kinds = more[1].multiselect("Kind", known["f_kinds"], key="f_kinds")
            statuses = more[2].multiselect("Status (of a claim or its cluster)", known["f_statuses"],
                                           key="f_statuses")
            dates = st.columns(3)
            low, high = options["dates"]
            date_from = dates[0].date_input("Published from", value=None, min_value=low, max_value=high,
                                            key="f_from")
            date_to = dates[1].date_input("Published until", value=None, min_value=low, max_value=high,
                                          key="f_to")
            min_cw = dates[2].slider("Check-worthiness at least", 0.0, 1.0, step=0.05, key="f_min_cw")
    flt = browse.Filters(
        speakers=speakers, outlets=outlets, languages=languages, kinds=kinds, statuses=statuses,
        date_from=date_from, date_to=date_to, min_checkworthiness=min_cw or None,
        recurring={"yes": True, "no": False}.get(recurring), single_sourced={"yes": True, "no": False}.get(single))
    url = {param: st.session_state[key] for key, param in LISTS.items() if st.session_state.get(key)}
    for key, param, value in (("f_recurring", "recurring", recurring), ("f_single", "single", single)):
        if value != "any":
            url[param] = value
    if date_from:
        url["from"] = date_from.isoformat()
    if date_to:
        url["to"] = date_to.isoformat()
    if min_cw:
        url["cw"] = f"{min_cw:g}"
    st.session_state["_filter_url"] = url
    return flt


def set_url(extra: dict[str, object]) -> None:
    """The URL shows the current filters plus ``extra`` (page-specific), nothing else."""
    wanted = dict(st.session_state.get("_filter_url", {}))
    wanted.update({k: v for k, v in extra.items() if v not in (None, "", [])})
    current = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    normal = {k: [str(x) for x in v] if isinstance(v, list) else [str(v)] for k, v in wanted.items()}
    st.session_state["_url_written"] = normal
    if current != normal:
        st.query_params.from_dict(normal)
