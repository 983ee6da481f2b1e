"""``watch``: poll a list of feeds every so often, store new items, report claims that come
back. Stoppable: ``rounds`` bounds it, ``stop`` (an event) ends the wait between rounds, and
Ctrl-C ends it between two steps. One feed or page failing is logged and tried again later
(see ``app.feeds``); it never stops the others or the watch."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

import duckdb

from app.feeds import FeedReport, poll_feeds
from app.fetch import Fetcher, is_http
from claims.embed import get_embedder
from claims.models import Problem
from claims.settings import Settings
from store.alerts import alerts
from store.db import StoreError, connect

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class WatchError(StoreError):
    """The watch cannot start: no feeds list, or a wait that is not a duration."""


def parse_duration(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``2h``, ``1d`` or a plain number of seconds."""
    match = DURATION.match(text or "")
    if not match:
        raise WatchError(f"'{text}' is not a duration (use 30s, 15m, 2h or 1d)")
    return float(match.group(1)) * UNITS[match.group(2).lower()]


def read_feed_list(path: str) -> tuple[list[str], list[Problem]]:
    """Feed addresses, one a line; blank lines and lines starting with ``#`` skipped; a line that is not an
    http(s) address is one error and the rest still count."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchError(f"{path}: cannot read the feeds list: {getattr(exc, 'strerror', None) or exc}") from None
    urls, problems = [], []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_http(line):
            if line not in urls:
                urls.append(line)
        else:
            problems.append(Problem("error", f"{path}:{number}", f"'{line[:60]}' is not an http(s) address"))
    return urls, problems


@dataclass
class Round:
    number: int
    report: FeedReport
    problems: list[Problem]
    alerts: list[dict]


def watch(feeds_file: str, db_path: str, settings: Settings, *, every: float, rounds: int | None = None,
          stop: threading.Event | None = None, on_round: Callable[[Round], None] | None = None,
          fetcher: Fetcher | None = None, **options) -> bool:
    """Poll the feeds in ``feeds_file`` (read afresh each round) until ``rounds`` rounds are done
    or ``stop`` is set; returns whether anything failed. ``on_round`` gets each round's report,
    problems and the alerts it raised."""
    stop = stop or threading.Event()
    fetcher = fetcher or Fetcher(settings)
    if options.get("embedder") is None:  # one model for every round, loaded once
        options["embedder"] = get_embedder(options.pop("model", None) or settings.model, settings.e5_engine)
    failed, number = False, 0
    while not stop.is_set() and (rounds is None or number < rounds):
        number += 1
        started = datetime.now()
        urls, problems = read_feed_list(feeds_file)
        try:
            report = poll_feeds(urls, db_path, settings, fetcher=fetcher, **options)
        except (StoreError, duckdb.Error, OSError) as exc:  # the database busy for too long, say: next round
            report = FeedReport(feeds=len(urls))
            problems.append(Problem("error", db_path, f"round {number} not stored: {exc}"))
        problems += report.problems + report.ingest.problems
        try:
            with connect(db_path, read_only=True, timeout=settings.lock_timeout) as con:
                raised = alerts(con, since=started)
        except StoreError as exc:
            problems.append(Problem("warning", db_path, f"alerts not read: {exc}"))
            raised = []
        failed = failed or any(p.level == "error" for p in problems)
        if on_round:
            on_round(Round(number, report, problems, raised))
        if rounds is None or number < rounds:
            stop.wait(every)
    return failed
