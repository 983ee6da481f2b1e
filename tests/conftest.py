"""Shared fixtures: a real DuckDB file built from samples/ with the real bundled model."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed"


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    """The samples ingested once per test run; copy it before writing to it."""
    path = tmp_path_factory.mktemp("db") / "samples.duckdb"
    report = ingest([str(SAMPLES)], str(path))
    assert not report.failed, report.problems
    return path


@pytest.fixture()
def db_copy(samples_db, tmp_path) -> Path:
    """A private, writable copy of the samples database."""
    path = tmp_path / "claims.duckdb"
    shutil.copy(samples_db, path)
    return path


def open_page(db: Path, monkeypatch) -> AppTest:
    """The dashboard drawn once by Streamlit's AppTest against the database ``db``."""
    monkeypatch.setenv("CLAIMS_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def open_link(page: str, **params) -> AppTest:
    """A fresh session opening the link /page?params, as a copied link would (the database is
    the one ``CLAIMS_DB`` names)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.query_params.clear()
    at.query_params.update({k: str(v) for k, v in params.items()})
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at
