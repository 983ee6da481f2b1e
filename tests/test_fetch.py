"""app/fetch.py and claims/reading/web.py against our own pages on a local server: timeouts,
size limits, redirects, pacing and the user agent; the article, title, date, outlet and
language of English and Hindi pages."""
from __future__ import annotations

import time

import pytest

from app.fetch import FEED_TYPES, FetchError, Fetcher
from claims.names import Registry
from claims.reading import outlet_from_domain, read_file, read_page
from claims.settings import Settings

from web_server import WEB, Server

SETTINGS = Settings(fetch_timeout=1.0, host_delay=0.0, max_page_mb=1.0, max_redirects=3, user_agent="test-agent/1")


@pytest.fixture(scope="module")
def server():
    with Server() as running:
        yield running


@pytest.fixture()
def fetcher():
    return Fetcher(SETTINGS)


def test_a_page_comes_with_our_user_agent(server, fetcher):
    page = fetcher.get(server.url("/city/ferry-fares"))
    assert page.final_url == page.url == server.url("/city/ferry-fares")
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert "River ferry fares" in page.text()[0]
    path, headers = server.requests[-1]
    assert path == "/city/ferry-fares" and headers["User-Agent"] == "test-agent/1"


@pytest.mark.parametrize("path, reason", [
    ("/gone", "HTTP 404 Not Found"),
    ("/loop-a", "redirect loop"),
    ("/far-1", "too many redirects (more than 3)"),
    ("/to-ftp", "redirected to a non-http(s) address"),
    ("/huge", "page is 2.0 MB, over the 1 MB limit (CLAIMS_MAX_PAGE_MB); not read"),
    ("/huge-streamed", "page is larger than the 1 MB limit"),
    ("/report.pdf", "not a web page or feed (application/pdf)"),
])
def test_each_failure_is_a_reason(server, fetcher, path, reason):
    with pytest.raises(FetchError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        fetcher.get(server.url(path))


def test_a_slow_page_times_out(server, fetcher):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1s"):
        fetcher.get(server.url("/slow"))
    assert time.monotonic() - started < 2.5


def test_nothing_but_http_is_fetched(fetcher):
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "http://"):
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get(url)


def test_a_closed_port_is_one_reason(fetcher):
    with pytest.raises(FetchError, match="cannot connect"):
        fetcher.get("http://127.0.0.1:9/")


def test_redirects_are_followed_within_the_limit(server, fetcher):
    page = fetcher.get(server.url("/hop-1"))
    assert page.url == server.url("/hop-1") and page.final_url == server.url("/city/ferry-fares")


def test_feeds_are_accepted_as_feeds_only(server, fetcher):
    assert fetcher.get(server.url("/rss.xml"), accept=FEED_TYPES).content_type == "application/rss+xml"
    with pytest.raises(FetchError, match="not a web page"):
        fetcher.get(server.url("/rss.xml"))


def test_requests_to_one_host_are_paced(server):
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(Settings(host_delay=2.0, fetch_timeout=2.0), clock=lambda: now[0], sleep=sleep)
    fetcher.get(server.url("/city/ferry-fares"))
    now[0] += 0.5
    fetcher.get(server.url("/hindi/pul"))
    assert slept == [pytest.approx(1.5)]
    fetcher.get(server.url("/city/ferry-fares").replace("127.0.0.1", "localhost"))  # another host
    assert len(slept) == 1


REGISTRY = Registry.default()


def test_an_english_page_gives_the_article_and_its_metadata(server):
    url = server.url("/city/ferry-fares")
    page = (WEB / "en_article.html").read_text(encoding="utf-8").replace("{base}", server.base)
    result = read_page(url, page, REGISTRY, url=url)
    assert result.problems == []
    (article,) = result.articles
    assert (article.title, article.outlet, str(article.published), article.language, article.source_file) == (
        "River ferry fares to rise in April", "Harbour Gazette", "2024-03-07", "en", url)
    assert article.url == url
    assert article.body.startswith("PORT NEWTON, March 7 (Harbour Gazette) - The river ferry authority")
    assert "the old price" in article.body and "\n\n" in article.body
    for furniture in ("cookies", "Subscribe", "Related stories", "Reader123", "All rights reserved", "analytics"):
        assert furniture not in article.body


def test_a_hindi_page_gives_the_article_and_its_metadata():
    page = (WEB / "hi_article.html").read_text(encoding="utf-8")
    url = "https://www.nagar-samachar.example/hindi/pul"
    (article,) = read_page(url, page, REGISTRY, url=url).articles
    assert (article.title, article.outlet, str(article.published), article.language) == (
        "नदी पर नया पुल जून तक खुलेगा", "Nagar Samachar", "2024-03-08", "hi")
    assert "180 करोड़ रुपये" in article.body
    assert "मुख्य पृष्ठ" not in article.body and "सबसे ज्यादा पढ़ी गई" not in article.body


def test_a_page_without_an_article_is_one_error():
    page = (WEB / "no_article.html").read_text(encoding="utf-8")
    result = read_page("https://harbourgazette.example/", page, REGISTRY)
    assert result.articles == []
    assert [str(p) for p in result.problems] == [
        "Error: https://harbourgazette.example/: no article found on the page (an index, a login or an error page?)"]


@pytest.mark.parametrize("url, outlet", [
    ("https://www.nagar-samachar.example/a", "Nagar Samachar"),
    ("https://news.harbourgazette.co.in/a", "Harbourgazette"),
    ("http://valleycourier.example", "Valleycourier"),
    ("http://127.0.0.1:8000/a", None),
    ("http://localhost/a", None),
])
def test_outlet_from_domain(url, outlet):
    assert outlet_from_domain(url) == outlet


def test_a_saved_html_file_is_read_as_a_web_page():
    result = read_file(str(WEB / "hi_article.html"), REGISTRY)
    (article,) = result.articles
    assert result.problems == []
    # from the dateline (a file has no domain), one outlet with the domain's "Nagar Samachar"
    assert article.outlet_id == "nagar-samachar"
    assert article.body.startswith("लखनपुर (नगर समाचार):")
