"""The export: one record per sentence, as JSON lines or CSV, with each claim's conflicts."""
from __future__ import annotations

import csv
import json
from typing import TextIO

import duckdb

from claims.conflicts import by_cluster
from store import queries

FIELDS = ["claim_id", "article_id", "source_file", "outlet", "outlet_id", "title", "url", "published",
          "language", "sentence_index", "start", "end", "text", "is_claim", "checkworthiness",
          "speaker_id", "speaker", "sources", "attribution_chain", "kind", "cluster_id",
          "cluster_outlets", "cluster_origins", "recurring", "single_sourced", "flag_status", "conflicts"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def records(con: duckdb.DuckDBPyConnection, *, script: str = "en") -> list[dict]:
    """Every sentence with the fields in ``FIELDS`` (see README: Export fields)."""
    clashes = by_cluster(queries.cluster_contents(con))
    rows = queries.export_rows(con, script=script)
    for row in rows:
        row["conflicts"] = clashes.get(row["claim_id"], []) if row["claim_id"] else None
    return rows


def safe_cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = json.dumps(list(value), ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write(rows: list[dict], out: TextIO, fmt: str) -> None:
    """``rows`` as JSON lines (``fmt="jsonl"``) or CSV with a header (``fmt="csv"``)."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({f: row[f] for f in FIELDS}, ensure_ascii=False) + "\n")
    else:
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for row in rows:
            writer.writerow([safe_cell(row[f]) for f in FIELDS])
