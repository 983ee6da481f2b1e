"""Every tunable setting in one declared table, typed, with its default and help text.

``Settings`` is a frozen dataclass; each field is one setting, read from the environment
variable of the same name (upper case, with the ``CLAIMS_`` prefix) or falling back to its
default. The environment is read in one place, ``Settings.from_env()``, by the command line,
the dashboard and the benchmarks; everything below them takes the values as arguments.
The README documents each setting; a test fails when one is missing there.
"""
from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields
from typing import Mapping

PREFIX = "CLAIMS_"


class SettingError(ValueError):
    """An environment variable holds a value its setting cannot take."""


def _setting(default, help: str):  # noqa: A002 - "help" as argparse calls it
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("claims.duckdb", "DuckDB file used when --db is not given.")
    model: str = _setting("multilingual-e5-small",
                          "Embedding model: 'multilingual-e5-small' (bundled, offline) or a "
                          "sentence-transformers model name or local path.")
    e5_engine: str = _setting("auto", "Engine for the bundled model: 'auto' (built for this processor on first use "
                                      "when a C compiler is at hand and its vectors match, else the packaged one) "
                                      "or 'packaged'.")
    samples: str = _setting("samples", "Folder the dashboard builds its first database from.")
    script: str = _setting("en", "Preferred script for display names: 'en' (Latin) or 'hi' (Devanagari).")
    claim_threshold: float = _setting(0.5, "Check-worthiness at or above which a sentence counts as a claim.")
    match_threshold: float = _setting(0.5, "Similarity (after removing each language's average direction) "
                                           "at which two claims count as the same claim.")
    cross_language_offset: float = _setting(0.06, "Added to the similarity of two claims in different "
                                                   "languages, whose vectors sit further apart than two "
                                                   "wordings in one language (see bench/threshold.py).")
    match_window_days: int = _setting(30, "Claims published more than this many days apart are never "
                                          "compared (both dated).")
    lock_timeout: float = _setting(30.0, "Seconds to keep retrying when another process holds the database.")
    max_upload_mb: float = _setting(5.0, "Largest file, in MB, the dashboard accepts under 'Add articles'.")
    user_agent: str = _setting("claim-tracker/0.1 (verification desk; polite fetcher of articles and feeds)",
                               "User-Agent header sent with every web page and feed request.")
    fetch_timeout: float = _setting(20.0, "Seconds one web page or feed may take, from connecting to the "
                                          "last byte, before it counts as failed.")
    host_delay: float = _setting(2.0, "Seconds to wait between two requests to the same host.")
    max_page_mb: float = _setting(5.0, "Largest web page or feed, in MB, that is read; a bigger one fails.")
    max_redirects: int = _setting(5, "Redirects followed for one request before it counts as failed.")
    feed_max_items: int = _setting(50, "Newest items read from one feed in one round; older ones are left.")
    retry_after: float = _setting(300.0, "Seconds before a failed feed or page is tried again; doubled after "
                                         "each further failure.")
    retry_max: float = _setting(21600.0, "Longest wait, in seconds, between tries of a failing feed or page.")
    retry_attempts: int = _setting(5, "Tries of one feed item before it is given up (a feed is never given up).")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Each setting from its environment variable when set (and not empty), else its default."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(env_name(f.name), "")
            if raw != "":
                values[f.name] = _parse(f.name, f.type, raw)
        return cls(**values)


PARSERS = {"str": str, "float": float, "int": int}


def _parse(name: str, type_name: str, raw: str):
    try:
        return PARSERS[type_name](raw.strip() if type_name != "str" else raw)
    except ValueError:
        raise SettingError(f"{env_name(name)}={raw[:40]!r} is not {'an integer' if type_name == 'int' else 'a number'}"
                           ) from None


def env_name(name: str) -> str:
    return PREFIX + name.upper()


@dataclass(frozen=True)
class Described:
    """One row of the settings table, as the README shows it."""

    name: str
    env: str
    default: object
    help: str


SETTINGS: dict[str, Described] = {
    f.name: Described(f.name, env_name(f.name), f.default, f.metadata["help"])
    for f in fields(Settings) if f.default is not MISSING}

