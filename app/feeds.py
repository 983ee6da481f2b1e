"""Web pages and feeds into the database: ``ingest URL``, ``ingest --feed URL`` and one round
of ``watch``. Every page goes through the same ingest as files (``app.ingest.ingest_sources``),
so the same article twice is a no-op. A page or feed that fails is one ``Error: URL: reason``
line; the others go on, and the failure is tried again later with a growing wait."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import feedparser

from app.fetch import FEED_TYPES, FetchError, Fetcher
from app.ingest import IngestReport, ingest_sources
from claims.models import Problem
from claims.names import Registry
from claims.reading import ArticleError, FileResult, read_page
from claims.settings import Settings
from store import feeds as feed_store
from store.db import connect, transaction


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's id (guid), else its link
    url: str
    title: str | None


@dataclass
class FeedReport:
    feeds: int = 0
    feeds_waiting: int = 0
    items_new: int = 0
    items_stored: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.level == "error" for p in self.problems + self.ingest.problems)


def fetch_page(url: str, fetcher: Fetcher, registry: Registry) -> FileResult:
    """One web page as one article, its address kept as where it came from."""
    try:
        page = fetcher.get(url)
        text, note = page.text()
    except (FetchError, ArticleError) as exc:
        return FileResult(url, problems=[Problem("error", url, str(exc))])
    result = read_page(url, text, registry, url=page.final_url)
    if note:
        result.problems.insert(0, Problem("warning", url, note))
    return result


def parse_feed(data: bytes, limit: int) -> tuple[str | None, list[FeedItem]]:
    """A feed's title and its newest ``limit`` items with a web link (RSS or Atom)."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        raise ArticleError(f"not a valid RSS or Atom feed ({str(reason).splitlines()[0][:100]})" if reason
                           else "not an RSS or Atom feed")
    items = []
    for entry in entries[:limit]:
        link = entry.get("link")
        if link and link.startswith(("http://", "https://")):
            items.append(FeedItem(entry.get("id") or link, link, " ".join((entry.get("title") or "").split()) or None))
    return " ".join((parsed.get("feed", {}).get("title") or "").split()) or None, items


def ingest_urls(urls: list[str], db_path: str, settings: Settings, *, fetcher: Fetcher | None = None,
                **options) -> IngestReport:
    """Web pages fetched one after another and stored like files; ``options`` as for ingest."""
    fetcher = fetcher or Fetcher(settings)
    return ingest_sources([(url, lambda registry, url=url: fetch_page(url, fetcher, registry)) for url in urls],
                          db_path, settings=settings, **options)


def poll_feeds(feed_urls: list[str], db_path: str, settings: Settings, *, fetcher: Fetcher | None = None,
               now=datetime.now, force: bool = False, **options) -> FeedReport:
    """One round over ``feed_urls``: each feed that is due (all of them with ``force``) is fetched,
    its items not stored before are fetched and stored, and what happened is recorded."""
    fetcher = fetcher or Fetcher(settings)
    report = FeedReport(feeds=len(feed_urls))
    wait = {"first": settings.retry_after, "longest": settings.retry_max}
    pending: list[tuple[str, FeedItem]] = []
    for feed_url in feed_urls:
        with connect(db_path, timeout=settings.lock_timeout) as con:
            waiting = None if force else feed_store.due(con, feed_url, now())
        if waiting is not None:
            report.feeds_waiting += 1
            continue
        try:
            page = fetcher.get(feed_url, accept=FEED_TYPES)
            title, items = parse_feed(page.data, settings.feed_max_items)
            error = None
        except (FetchError, ArticleError) as exc:
            report.problems.append(Problem("error", feed_url, str(exc)))
            title, items, error = None, [], str(exc)
        with connect(db_path, timeout=settings.lock_timeout) as con, transaction(con):
            feed_store.record_feed(con, feed_url, now(), title=title, error=error, **wait)
            skip = feed_store.items_to_skip(con, feed_url, now(), attempts=settings.retry_attempts)
        pending.extend((feed_url, item) for item in items if item.key not in skip)
    report.items_new = len(pending)
    if not pending:
        return report
    results: dict[int, FileResult] = {}

    def reader(index: int, url: str):
        def read(registry: Registry) -> FileResult:
            results[index] = fetch_page(url, fetcher, registry)
            return results[index]
        return read

    report.ingest = ingest_sources([(item.url, reader(i, item.url)) for i, (_, item) in enumerate(pending)],
                                   db_path, settings=settings, **options)
    failed_sources = {p.path for p in report.ingest.problems if p.level == "error"}
    with connect(db_path, timeout=settings.lock_timeout) as con, transaction(con):
        for i, (feed_url, item) in enumerate(pending):
            result = results.get(i)
            errors = [p.message for p in result.problems if p.level == "error"] if result else ["not read"]
            if result and not errors and item.url in failed_sources:
                errors = ["could not be stored"]
            article_id = result.articles[0].article_id if result and result.articles else None
            feed_store.record_item(con, feed_url, item.key, now(), url=item.url, title=item.title,
                                   article_id=article_id, error=errors[0] if errors else None, **wait)
            report.items_stored += not errors
    return report
