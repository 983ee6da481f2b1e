"""Files uploaded through the dashboard: a safe name, inside one folder, under a size limit,
then ingested by a separate ``python -m claims ingest`` process (the page never loads a model).

No Streamlit: the page hands over a name and bytes. The name comes from
the browser and is not trusted: only its last path component is kept, with anything but
letters, marks, digits, ``.``, ``_`` and ``-`` replaced, and no leading dots or dashes (no
hidden files, nothing a command line would read as an option). A file is never overwritten.
"""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ALLOWED = (".md", ".txt", ".jsonl")
MAX_STEM = 100
FOLDER = "uploads"  # beside the database
ROOT = Path(__file__).resolve().parent.parent


class UploadRefused(ValueError):
    """The file was not saved; the message says why."""


def shown(name: str) -> str:
    """The browser's name for a file, fit to print on one line."""
    return "".join(c if c.isprintable() else "?" for c in name)[:200]


def size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def safe_name(name: str) -> str:
    """A harmless file name for an uploaded ``name`` (which may hold ``../``, ``\\`` or worse)."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    stem, dot, ext = base.rpartition(".")
    if not dot or "." + ext.lower() not in ALLOWED:
        raise UploadRefused(f"{shown(name)}: only {', '.join(ALLOWED)} files can be added")
    stem = "".join(c if unicodedata.category(c)[0] in "LMN" or c in "._-" else "_" for c in stem)
    stem = re.sub(r"_{2,}", "_", stem).lstrip("._-")[:MAX_STEM].rstrip(".") or "upload"
    return f"{stem}.{ext.lower()}"


def save_upload(name: str, data: bytes, folder: Path, *, limit_mb: float) -> Path:
    """Write ``data`` under ``folder`` with a safe, new name; nothing is written if it is refused.
    The same bytes uploaded again return the file already there."""
    if len(data) > limit_mb * 1024 * 1024:
        raise UploadRefused(f"{shown(name)}: {size(len(data))} is over the {limit_mb:g} MB limit "
                            "(CLAIMS_MAX_UPLOAD_MB); nothing was saved")
    if not data.strip():
        raise UploadRefused(f"{shown(name)}: the file is empty; nothing was saved")
    safe = safe_name(name)
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    stem, _, ext = safe.rpartition(".")
    for n in range(1000):
        path = folder / (safe if n == 0 else f"{stem}-{n}.{ext}")
        if path.parent != folder:  # safe_name leaves no separator; this would be a bug
            raise UploadRefused(f"{shown(name)}: not a plain file name; nothing was saved")
        try:
            with open(path, "xb") as out:
                out.write(data)
            return path
        except FileExistsError:
            if path.is_file() and path.read_bytes() == data:
                return path
    raise UploadRefused(f"{shown(name)}: too many files of that name in {folder}; nothing was saved")


def folder_for(db: str | Path) -> Path:
    """Where uploads for the database ``db`` are kept: ``uploads/`` beside it."""
    return Path(db).resolve().parent / FOLDER


def ingest_in_subprocess(paths: list[Path], db: str | Path) -> list[str]:
    """``python -m claims ingest`` on saved files, in its own process (the model is loaded
    there, never in the page); its one-line messages."""
    done = subprocess.run([sys.executable, "-m", "claims", "ingest", "--db", str(db), "--quiet",
                           *(str(p) for p in paths)], cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in (done.stdout + "\n" + done.stderr).splitlines() if line.strip()]
    if done.returncode and not any(line.startswith("Error") for line in lines):
        lines.append(f"Error: the ingest stopped (exit code {done.returncode})")
    return lines
