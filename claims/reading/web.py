"""A web page to an article: the article's own text (without menus, related links, comments
or footers), its title, date, outlet and language, with trafilatura.

trafilatura was chosen over readability-lxml and our own visible-text reader on our pages
(``python bench/extraction.py``): it and readability keep every article sentence and no page
furniture, but only trafilatura also reads the metadata (title, date from the page's markup,
site name) and returns nothing for a page that holds no article, which we report as such.
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

import trafilatura

from claims.models import LANGUAGES, Problem
from claims.names import Registry
from claims.reading.errors import ArticleError, FileResult
from claims.reading.metadata import is_web_link, make_article

HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z-]{2,12})", re.IGNORECASE)
# second-level labels under which the registered name is one label further left
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "nic", "res", "gen", "firm", "ind"})
MIN_ARTICLE_CHARS = 80


def outlet_from_domain(url: str | None) -> str | None:
    """An outlet name from a link's host: ``https://www.nagar-samachar.example/x`` -> "Nagar Samachar",
    ``https://news.harbourgazette.co.in/y`` -> "Harbourgazette"."""
    host = (urlparse(url).hostname or "") if url else ""
    labels = [label for label in host.lower().removeprefix("www.").split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None  # no domain (an address such as 127.0.0.1 names no outlet)
    name = labels[-3] if len(labels) >= 3 and labels[-2] in SECOND_LEVEL else labels[-2]
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", name) if part) or None


def _site_name(found: str | None, url: str | None) -> str | None:
    """The page's own site name, unless it is only a host name; else one from the domain."""
    found = " ".join((found or "").split())
    if found and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?", found):  # a name, not a host
        return found
    return outlet_from_domain(found and f"http://{found}/") or outlet_from_domain(url)


def extract(page: str, url: str | None = None) -> tuple[dict, str]:
    """Metadata (``title``, ``outlet``, ``url``, ``published``, ``language`` where found) and the
    article text of an HTML page, paragraphs separated by blank lines. ``url`` is where the page
    came from; the page's own canonical link, when it is http(s), is kept instead."""
    document = trafilatura.bare_extraction(page, url=url, favor_precision=True, include_comments=False,
                                           include_tables=False, with_metadata=True)
    if document is None or not (document.text or "").strip():
        raise ArticleError("no article found on the page (an index, a login or an error page?)")
    lines = [" ".join(line.split()) for line in document.text.split("\n")]
    lines = [line for line in lines if line]
    title = " ".join((document.title or "").split()) or None
    if lines and title and lines[0] == title:  # the headline repeated at the top of the text
        lines = lines[1:]
    body = "\n\n".join(lines) + "\n"
    if len(body.strip()) < MIN_ARTICLE_CHARS:
        raise ArticleError(f"no article found on the page (only {len(body.strip())} characters of text)")
    link = document.url if is_web_link(document.url) else url
    meta = {"title": title, "outlet": _site_name(document.sitename, link or url), "url": link,
            "published": document.date}
    lang = HTML_LANG.search(page[:4096])
    if lang and lang.group(1)[:2].lower() in LANGUAGES:
        meta["language"] = lang.group(1)[:2].lower()
    return {k: v for k, v in meta.items() if v}, body


def read_page(source: str, page: str, registry: Registry, *, url: str | None = None) -> FileResult:
    """One HTML page as one article. ``source`` names it in problems and as its provenance
    (the address fetched, or the file)."""
    result = FileResult(source)
    try:
        meta, body = extract(page, url)
        result.articles.append(make_article(source, meta, body, registry, result.problems))
    except ArticleError as exc:
        result.problems.append(Problem("error", source, str(exc)))
    return result
