"""app/uploads.py: safe names, one folder beside the database, the size limit, no overwrite."""
from __future__ import annotations

import pytest

from app.uploads import UploadRefused, folder_for, safe_name, save_upload


@pytest.mark.parametrize("name, safe", [("../../etc/x.md", "x.md"), ("C:\\\\temp\\\\a b.TXT", "a_b.txt"),
                                        (".hidden.md", "hidden.md"), ("--rm.md", "rm.md"),
                                        ("समाचार.md", "समाचार.md"), (".md", "upload.md")])
def test_safe_names(name, safe):
    assert safe_name(name) == safe


def test_other_file_types_are_refused():
    with pytest.raises(UploadRefused, match="only .md, .txt, .jsonl"):
        safe_name("report.pdf")


def test_saved_beside_the_database_never_overwritten(tmp_path):
    folder = folder_for(tmp_path / "claims.duckdb")
    assert folder == tmp_path / "uploads"
    first = save_upload("a.md", b"one", folder, limit_mb=1)
    again = save_upload("a.md", b"one", folder, limit_mb=1)
    other = save_upload("a.md", b"two", folder, limit_mb=1)
    assert first == again == folder / "a.md"
    assert other == folder / "a-1.md" and other.read_bytes() == b"two"


def test_too_big_or_empty_saves_nothing(tmp_path):
    with pytest.raises(UploadRefused, match="over the 1 MB limit"):
        save_upload("a.md", b"x" * (1024 * 1024 + 1), tmp_path / "u", limit_mb=1)
    with pytest.raises(UploadRefused, match="empty"):
        save_upload("a.md", b"  \n", tmp_path / "u", limit_mb=1)
    assert not (tmp_path / "u").exists()
