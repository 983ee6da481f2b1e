"""Finding article files: folders walked recursively, symlink loops and duplicates skipped,
and anything that is not a plain file refused before it is opened."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from claims.models import Problem
from claims.reading.errors import ArticleError

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
MAX_BYTES = 20_000_000  # a file (a JSON lines file may hold many articles)


def find_files(paths: list[str]) -> tuple[list[str], list[Problem]]:
    """Article files under ``paths`` (folders recursively, symlink loops skipped), sorted.
    A file reached twice (named twice, or through a symbolic link) is listed once."""
    found: list[str] = []
    problems: list[Problem] = []
    listed: set[str] = set()

    def add(file: str) -> None:
        real = os.path.realpath(file)
        if real not in listed:
            listed.add(real)
            found.append(file)

    for raw in paths:
        path = Path(raw)
        if not path.exists():
            reason = link_problem(raw) if path.is_symlink() else "no such file or folder"
            problems.append(Problem("error", raw, reason))
        elif path.is_dir():
            before, errors = len(found), len(problems)
            seen: set[str] = set()
            links: list[str] = []  # read after the real files, so a file is named by its own path

            def unreadable(exc: OSError) -> None:
                problems.append(Problem("error", exc.filename or raw, f"cannot read folder: {exc.strerror or exc}"))

            for root, dirs, files in os.walk(path, followlinks=True, onerror=unreadable):
                real = os.path.realpath(root)
                if real in seen:
                    problems.append(Problem("warning", root, "folder visited before (symlink loop), skipped"))
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUPPORTED and not name.startswith("."):
                        file = os.path.join(root, name)
                        if os.path.islink(file):
                            links.append(file)
                        else:
                            add(file)
            for file in links:
                add(file)
            if len(found) == before and len(problems) == errors:
                problems.append(Problem("warning", raw, f"no article files in this folder "
                                                        f"(looked for {', '.join(sorted(SUPPORTED))})"))
        elif path.suffix.lower() in SUPPORTED:
            add(raw)
        else:
            problems.append(Problem("error", raw, f"unsupported file type '{path.suffix or '(none)'}' "
                                                  f"(use {', '.join(sorted(SUPPORTED))})"))
    return found, problems


def link_problem(path: str) -> str:
    """Why a symbolic link cannot be followed."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"broken symbolic link (points to '{target}', which does not exist)"


def check_regular(path: str) -> None:
    """Refuse what is not a plain file before opening it: reading a named pipe or a device
    would wait for ever."""
    try:
        info = os.stat(path)
    except OSError:
        if os.path.islink(path):
            raise ArticleError(link_problem(path)) from None
        raise
    if not stat.S_ISREG(info.st_mode):
        kind = ("a folder" if stat.S_ISDIR(info.st_mode) else "a named pipe" if stat.S_ISFIFO(info.st_mode)
                else "a socket" if stat.S_ISSOCK(info.st_mode) else "a device")
        raise ArticleError(f"not a regular file ({kind})")
    if info.st_size > MAX_BYTES:
        raise ArticleError(f"file is {info.st_size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")


