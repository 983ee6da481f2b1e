"""Polite fetching of web pages and feeds: a timeout on the whole request, a clear user agent,
a pause between two requests to one host, a size limit, and a bounded number of redirects
(each one checked to stay on http or https).

``Fetcher.get`` returns a ``Page`` or raises ``FetchError`` whose message is the reason, ready
for one ``Error: URL: reason`` line.
"""
from __future__ import annotations

import codecs
import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Callable
from urllib.parse import urljoin, urlparse

from claims.reading import decode
from claims.settings import Settings

CHUNK = 64 * 1024
REDIRECTS = {301, 302, 303, 307, 308}
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "text/plain", "text/html")


class FetchError(Exception):
    """A page or feed that could not be fetched; the message says why."""


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes

    def text(self) -> tuple[str, str | None]:
        """The body as text, and a note when it needed a guess: the charset the server names,
        else the house decoding (byte-order marks, UTF-8, Windows-1252)."""
        if self.charset and _codec(self.charset) not in (None, "utf-8", "utf-8-sig"):
            return self.data.decode(self.charset, errors="replace"), None
        return decode(self.data)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # the 3xx comes back as an HTTPError; Fetcher.get follows it itself


def is_http(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.hostname)


class Fetcher:
    """One fetcher per run: it remembers when it last asked each host."""

    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.timeout = settings.fetch_timeout
        self.user_agent = settings.user_agent
        self.max_bytes = int(settings.max_page_mb * 1_000_000)
        self.max_redirects = settings.max_redirects
        self.host_delay = settings.host_delay
        self.clock, self.sleep = clock, sleep
        self.last_request: dict[str, float] = {}
        self.opener = urllib.request.build_opener(_NoRedirects())

    def get(self, url: str, accept: tuple[str, ...] = PAGE_TYPES) -> Page:
        """The page at ``url``, following at most ``max_redirects`` redirects."""
        if not is_http(url):
            raise FetchError("not an http(s) address")
        current, seen = url, {url}
        for _ in range(self.max_redirects + 1):
            self._pace(current)
            try:
                return self._one(url, current, accept)
            except urllib.error.HTTPError as exc:
                location = exc.headers.get("Location") if exc.code in REDIRECTS else None
                exc.close()
                if location is None:
                    raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
                target = urljoin(current, location)
                if not is_http(target):
                    raise FetchError(f"redirected to a non-http(s) address ({target[:80]})") from None
                if target in seen:
                    raise FetchError(f"redirect loop ({current} leads back to {target})") from None
                seen.add(target)
                current = target
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def _pace(self, url: str) -> None:
        host = urlparse(url).netloc.lower()
        last = self.last_request.get(host)
        if last is not None:
            wait = last + self.host_delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.last_request[host] = self.clock()

    def _one(self, asked: str, url: str, accept: tuple[str, ...]) -> Page:
        started = time.monotonic()
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                       "Accept": ", ".join(accept) + ", */*;q=0.1"})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                headers: Message = response.headers
                content_type = headers.get_content_type()
                if not any(content_type == kind for kind in accept):
                    raise FetchError(f"not a web page or feed ({content_type})")
                length = headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(self._too_big(int(length)))
                chunks, size = [], 0
                while True:
                    if time.monotonic() - started > self.timeout:
                        raise FetchError(f"timed out after {self.timeout:g}s")
                    chunk = response.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(self._too_big(None))
                    chunks.append(chunk)
                return Page(asked, url, content_type, headers.get_content_charset(), b"".join(chunks))
        except urllib.error.HTTPError:
            raise
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise FetchError(f"timed out after {self.timeout:g}s") from None
            raise FetchError(f"cannot connect: {getattr(reason, 'strerror', None) or reason}") from None
        except (socket.timeout, TimeoutError):
            raise FetchError(f"timed out after {self.timeout:g}s") from None
        except (OSError, ValueError, http.client.HTTPException) as exc:  # connection reset, malformed response
            raise FetchError(f"cannot read the response: {exc}") from None

    def _too_big(self, size: int | None) -> str:
        said = f"is {size / 1e6:.1f} MB, over" if size is not None else "is larger than"
        return f"page {said} the {self.max_bytes / 1e6:g} MB limit (CLAIMS_MAX_PAGE_MB); not read"
