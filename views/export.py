"""Export: every claim as CSV, the flagged claims with their status as CSV, and ClaimReview
JSON-LD for claims with a verdict. Files are made when the button is pressed."""
from __future__ import annotations

import csv
import io
import json

import streamlit as st

from app import export
from store import browse
from views import common
from views.claimreview import RATINGS, claim_reviews

FLAG_FIELDS = ["claim_id", "cluster_id", "status", "note", "reviewer", "reviewed_at", "text", "outlet", "title",
               "url", "published", "language", "speaker_id"]


def claims_csv() -> str:
    out = io.StringIO()
    export.write(common.read(export.records, script=common.settings().script), out, "csv")
    return out.getvalue()


def flags_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FLAG_FIELDS)
    for r in common.read(browse.flagged_claims):
        writer.writerow([export.safe_cell(r[f]) for f in FLAG_FIELDS])
    return out.getvalue()


def reviews_json() -> str:
    rows = common.read(browse.flagged_claims, list(RATINGS))
    display = common.read(common.names)
    return json.dumps(claim_reviews(rows, {i: n[0] for i, n in display.items()}), ensure_ascii=False, indent=2)


def render() -> None:
    st.title("Export")
    st.text("Every sentence that carries a claim, with its cluster, speaker, chain and status (README: Export fields).")
    st.download_button("Claims (CSV)", claims_csv, file_name="claims.csv", mime="text/csv", key="ex_claims")
    st.text("Claims with a status, their own or their cluster's: who set it, when, and the note.")
    st.download_button("Flagged claims (CSV)", flags_csv, file_name="flagged-claims.csv", mime="text/csv",
                       key="ex_flags")
    st.text("schema.org ClaimReview for claims rated true, false or misleading: the claim, where it appeared, "
            "the rating.")
    st.download_button("ClaimReview (JSON-LD)", reviews_json, file_name="claim-reviews.jsonld",
                       mime="application/ld+json", key="ex_reviews")
