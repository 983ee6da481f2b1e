"""app/export.py: every field, conflicts per claim, CSV cells a spreadsheet will not run."""
from __future__ import annotations

import csv
import io
import json

from app import export
from store.db import connect


def test_records_have_every_field_and_conflicts_only_for_claims(samples_db):
    with connect(samples_db, read_only=True) as con:
        rows = export.records(con)
    assert all(list(r) == export.FIELDS for r in rows)
    assert all((r["conflicts"] is None) == (r["claim_id"] is None) for r in rows)
    by_id = {r["claim_id"]: r for r in rows if r["claim_id"]}
    for r in by_id.values():
        for other in r["conflicts"]:
            assert by_id[other]["cluster_id"] == r["cluster_id"] and r["claim_id"] in by_id[other]["conflicts"]


def test_csv_cells_are_never_formulas():
    assert [export.safe_cell(v) for v in ["=1+1", "+x", "-2", "@a", "ok", None, ["a", "b"]]] == [
        "'=1+1", "'+x", "'-2", "'@a", "ok", "", '["a", "b"]']


def test_write_jsonl_and_csv():
    row = dict.fromkeys(export.FIELDS)
    row.update(claim_id="c1", text="=cmd()", sources=["TASS"])
    out = io.StringIO()
    export.write([row], out, "jsonl")
    assert json.loads(out.getvalue())["text"] == "=cmd()"
    out = io.StringIO()
    export.write([row], out, "csv")
    header, line = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == export.FIELDS
    assert line[export.FIELDS.index("text")] == "'=cmd()"
    assert line[export.FIELDS.index("sources")] == '["TASS"]'
