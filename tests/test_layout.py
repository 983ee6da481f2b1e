"""Which folder may import which (README: How it works), read from the source with ``ast``.

claims/ (text to typed claims, the pure matching rule) imports neither store/ nor app/ nor
streamlit; store/ (DuckDB) imports neither app/ nor streamlit; app/ imports no streamlit;
only dashboard.py draws pages. ``claims/__main__.py`` is the one exception: it exists so
that ``python -m claims`` works, and only hands over to ``app.cli``.
"""
from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

FORBIDDEN = {
    "claims": {"store", "app", "streamlit", "duckdb", "dashboard"},
    "store": {"app", "streamlit", "dashboard"},
    "app": {"streamlit", "dashboard"},
    "evaluation": {"streamlit", "dashboard"},
}
ENTRY_POINT = Path("claims/__main__.py")


def imported(path: Path) -> set[str]:
    """Top-level package of every import in a file, wherever in the file it stands."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_folder_imports_only_what_it_may(folder):
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, folder
    wrong = {f"{path.relative_to(ROOT)} imports {name}"
             for path in files if path.relative_to(ROOT) != ENTRY_POINT
             for name in imported(path) & FORBIDDEN[folder]}
    assert not wrong, sorted(wrong)


def test_the_check_sees_a_forbidden_import(tmp_path):
    sneaky = tmp_path / "x.py"
    sneaky.write_text("def f():\n    from store.db import connect\n    import streamlit as st\n", encoding="utf-8")
    assert {"store", "streamlit"} <= imported(sneaky)


def test_python_m_claims_only_hands_over_to_the_command_line():
    source = (ROOT / "claims" / "__main__.py").read_text(encoding="utf-8")
    assert source.strip().splitlines() == ["from app.cli import run", "run()"]


def test_uploads_and_local_databases_are_ignored_by_git():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["uploads/a.md", "claims.duckdb", "claims.duckdb.wal", "claims.duckdb.lock", "x/my.duckdb"]
    done = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.split() == paths, done.stderr
