"""Every tunable setting in one declared table, with its default and help text.

A setting is read from the environment variable of the same name (upper case, with the
``CLAIMS_`` prefix) or falls back to its default. The README documents each one; a test
fails when a setting here is missing from the README.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str
    parse: Callable[[str], object] = str

    @property
    def env(self) -> str:
        return "CLAIMS_" + self.name.upper()


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("db", "claims.duckdb", "DuckDB file used when --db is not given."),
        Setting("model", "multilingual-e5-small",
                "Embedding model: 'multilingual-e5-small' (bundled, offline) or a "
                "sentence-transformers model name or local path."),
        Setting("samples", "samples", "Folder the dashboard builds its first database from."),
        Setting("script", "en", "Preferred script for display names: 'en' (Latin) or 'hi' (Devanagari)."),
        Setting("claim_threshold", 0.5, "Check-worthiness at or above which a sentence counts as a claim.",
                float),
        Setting("match_threshold", 0.5,
                "Similarity (after removing each language's average direction) at which two claims "
                "count as the same claim.", float),
        Setting("cross_language_offset", 0.06,
                "Added to the similarity of two claims in different languages, whose vectors sit "
                "further apart than two wordings in one language (see bench/threshold.py).", float),
        Setting("match_window_days", 30,
                "Claims published more than this many days apart are never compared (both dated).", int),
        Setting("lock_timeout", 30.0,
                "Seconds to keep retrying when another process holds the database.", float),
        Setting("max_upload_mb", 5.0, "Largest file, in MB, the dashboard accepts under 'Add articles'.",
                float),
    ]
}


def get(name: str) -> object:
    """The value of a setting: its environment variable if set, else its default."""
    setting = SETTINGS[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    return setting.parse(raw)
