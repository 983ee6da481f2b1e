"""Ingest the samples into a real DuckDB file with the real bundled model, export, check."""
from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from app.cli import main
from store import flags
from store.db import connect
from app.ingest import ModelMismatch, ingest

from conftest import SAMPLES

# Hand-checked: sentence start -> (speaker, credited sources, kind)
EXPECTED = {
    "Putin also told state broadcaster Russia 1": ("Vladimir Putin", ["Russia 1"], "indirect_quote"),
    "Kremlin spokesman Dmitry Peskov described": ("Dmitry Peskov", ["RIA Novosti"], "direct_quote"),
    "He said North Korea would always stand": ("Kim Jong Un", [], "indirect_quote"),
    "आरआईए ने पेसकोव के हवाले से बताया कि": ("Dmitry Peskov", ["RIA Novosti"], "direct_quote"),
    "टीएएसएस के अनुसार, दोनों नेताओं": (None, ["TASS"], "reported"),
    'उन्होंने कहा, "उत्तर कोरिया हमेशा': ("Kim Jong Un", [], "direct_quote"),
    "The talks lasted about five hours, according to TASS": (None, ["TASS"], "reported"),
    "Kim was accompanied by a delegation": (None, [], "reported"),
}


def export(db, tmp_path, fmt="jsonl"):
    out = tmp_path / f"export.{fmt}"
    assert main(["--db", str(db), "export", "--format", fmt, "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def rows(samples_db, tmp_path_factory):
    out = export(samples_db, tmp_path_factory.mktemp("export"))
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def find(rows, start):
    (row,) = [r for r in rows if r["text"].startswith(start)]
    return row


def test_every_sentence_is_exported_with_offsets_into_its_body(rows, samples_db):
    with connect(samples_db, read_only=True) as con:
        bodies = dict(con.execute("SELECT article_id, body FROM articles").fetchall())
        n_sentences = con.execute("SELECT count(*) FROM sentences").fetchall()[0][0]
    assert len(rows) == n_sentences > 100
    for r in rows:
        assert bodies[r["article_id"]][r["start"]:r["end"]] == r["text"]
        assert (r["claim_id"] is None) == (not r["is_claim"])
        assert 0.0 <= r["checkworthiness"] <= 1.0


@pytest.mark.parametrize("start", sorted(EXPECTED))
def test_hand_checked_speakers_and_sources(rows, start):
    row = find(rows, start)
    assert (row["speaker"], row["sources"], row["kind"]) == EXPECTED[start]
    chain = row["attribution_chain"]
    assert chain[-1] == row["outlet"]
    if row["speaker"]:
        assert chain[0] == row["speaker"]


def test_echo_is_recurring_and_single_sourced(rows):
    echo = find(rows, "The talks lasted about five hours, according to TASS")
    members = [r for r in rows if r["cluster_id"] == echo["cluster_id"]]
    assert echo["recurring"] is True and echo["single_sourced"] is True
    assert echo["cluster_origins"] == ["TASS"]
    assert len(set(echo["cluster_outlets"])) >= 4
    assert {r["language"] for r in members} == {"en", "hi"}


def test_independently_reported_claim_is_recurring_not_single_sourced(rows):
    row = find(rows, "The trip is Kim's first foreign journey since the pandemic")
    assert row["recurring"] is True and row["single_sourced"] is False
    members = [r for r in rows if r["cluster_id"] == row["cluster_id"]]
    assert {r["language"] for r in members} == {"en", "hi"}
    assert len(row["cluster_origins"]) >= 3


def test_single_outlet_claims(rows):
    for start in ["Kim was accompanied by a delegation", "The plant builds fighter jets"]:
        row = find(rows, start)
        assert row["recurring"] is False and row["single_sourced"] is True


def test_one_speaker_id_per_person(rows):
    ids_by_name = {}
    for r in rows:
        if r["speaker"]:
            ids_by_name.setdefault(r["speaker"], set()).add(r["speaker_id"])
    assert all(len(ids) == 1 for ids in ids_by_name.values())
    assert {"Vladimir Putin", "Kim Jong Un", "Dmitry Peskov"} <= set(ids_by_name)


def test_reingest_is_a_no_op(db_copy):
    with connect(db_copy, read_only=True) as con:
        before = con.execute("SELECT count(*), (SELECT count(*) FROM claim_clusters) FROM sentences").fetchall()
    report = ingest([str(SAMPLES)], str(db_copy))
    assert report.articles_added == 0 and report.articles_unchanged == 12
    with connect(db_copy, read_only=True) as con:
        after = con.execute("SELECT count(*), (SELECT count(*) FROM claim_clusters) FROM sentences").fetchall()
    assert before == after


def test_a_broken_file_among_good_ones(tmp_path, capsys):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    (folder / "broken.md").write_text("---\ntitle: a: b\n---\nText.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    code = main(["--db", str(db), "ingest", "--quiet", str(folder)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"Error: {folder / 'broken.md'}: front matter is not valid YAML (line 2)" in err
    assert f"Error: {folder / 'empty.txt'}: file is empty" in err
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 12


def test_flag_history_is_appended_never_overwritten(db_copy, capsys):
    with connect(db_copy, read_only=True) as con:
        claim_id, cluster_id = con.execute(
            "SELECT claim_id, cluster_id FROM claim_clusters ORDER BY claim_id LIMIT 1").fetchall()[0]
    db = str(db_copy)
    assert main(["--db", db, "flag", claim_id, "--status", "flagged", "--note", "check the date", "--by", "asha"]) == 0
    assert main(["--db", db, "flag", claim_id, "--status", "verified_false", "--by", "ben"]) == 0
    assert main(["--db", db, "flag", str(cluster_id), "--status", "in_review"]) == 0
    assert main(["--db", db, "flag", "c000000000", "--status", "flagged"]) == 1
    assert "Error: no claim or cluster with id 'c000000000'" in capsys.readouterr().err
    with connect(db_copy, read_only=True) as con:
        events = flags.history(con, flags.Target("claim", claim_id))
    assert [(e["status"], e["note"], e["actor"]) for e in events] == [
        ("flagged", "check the date", "asha"), ("verified_false", None, "ben")]
    out = export(db_copy, db_copy.parent)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_claim = {r["claim_id"]: r for r in rows}
    assert by_claim[claim_id]["flag_status"] == "verified_false"
    sibling = [r for r in rows if r["cluster_id"] == cluster_id and r["claim_id"] != claim_id]
    assert all(r["flag_status"] == "in_review" for r in sibling)


def test_csv_export_has_every_field(samples_db, tmp_path):
    text = export(samples_db, tmp_path, "csv").read_text(encoding="utf-8")
    header = text.splitlines()[0].split(",")
    for field in ["claim_id", "source_file", "start", "end", "speaker", "sources", "cluster_origins",
                  "recurring", "single_sourced", "flag_status"]:
        assert field in header


def test_stats_prints_counts(samples_db, capsys):
    assert main(["--db", str(samples_db), "stats"]) == 0
    out = capsys.readouterr().out
    assert "articles" in out and "single sourced" in out and "multilingual-e5-small" in out


@pytest.mark.slow
def test_mixing_models_is_refused_and_nothing_is_written(db_copy, tmp_path):
    with connect(db_copy, read_only=True) as con:
        before = con.execute("SELECT count(*) FROM claim_vectors").fetchall()[0][0]
    extra = tmp_path / "extra.md"
    extra.write_text("---\noutlet: Test Wire\nlanguage: en\n---\nThe minister said exports rose 5% in May.\n",
                     encoding="utf-8")
    with pytest.raises(ModelMismatch, match="multilingual-e5-small"):
        ingest([str(extra)], str(db_copy), model="sentence-transformers/all-MiniLM-L6-v2")
    with connect(db_copy, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claim_vectors").fetchall()[0][0] == before


@pytest.mark.slow
def test_sentence_transformers_model_from_an_installed_package(tmp_path):
    from claims.embed import get_embedder

    embedder = get_embedder("all-MiniLM-L6-v2")
    vectors = embedder.embed(["The talks lasted five hours.", "The meeting went on for five hours.",
                              "Inflation fell in May."])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    db = tmp_path / "m.duckdb"
    ingest([str(SAMPLES / "2023-09-13_northern-wire_kim-putin-summit.md")], str(db), embedder=embedder)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchall() == [
            ("sentence-transformers/all-MiniLM-L6-v2",)]
    finally:
        con.close()
