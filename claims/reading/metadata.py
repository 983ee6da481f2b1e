"""An ``Article`` from metadata and body, inferring what is missing: language from the
script, outlet from a dateline or the URL's domain; dates in many forms; links only http(s).

``outlet_from_dateline`` is the one dateline reader and ``is_web_link`` the one URL check;
the rest of the program uses these.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from urllib.parse import urlparse

from claims.datelines import read_dateline
from claims.figures import MONTHS
from claims.models import LANGUAGES, Article, Problem
from claims.names import Registry
from claims.reading.errors import ArticleError, type_name

# one article's text, after decoding: about 30,000 words, several times the longest news feature.
# Every claim is embedded (tens per second on a laptop), so a bigger "article" would take hours.
MAX_ARTICLE_CHARS = 200_000
WEB_SCHEMES = frozenset({"http", "https"})
META_KEYS = ("title", "outlet", "url", "published", "language")
SCRIPTS = [
    ("hi", re.compile(r"[\u0900-\u097F]")), ("en", re.compile(r"[A-Za-z]")),
    ("bn", re.compile(r"[\u0980-\u09FF]")), ("ur", re.compile(r"[\u0600-\u06FF]")),
    ("ta", re.compile(r"[\u0B80-\u0BFF]")), ("te", re.compile(r"[\u0C00-\u0C7F]")),
    ("gu", re.compile(r"[\u0A80-\u0AFF]")), ("pa", re.compile(r"[\u0A00-\u0A7F]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")), ("zh", re.compile(r"[\u4E00-\u9FFF]")),
]
LANGUAGE_NAMES = {"hi": "Hindi", "en": "English", "bn": "Bengali", "ur": "Urdu", "ta": "Tamil", "te": "Telugu",
                  "gu": "Gujarati", "pa": "Punjabi", "ru": "Russian", "zh": "Chinese"}
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y",
                "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S",
                "%a, %d %b %Y %H:%M:%S %z", "%d %B, %Y", "%B %d %Y", "%m/%d/%Y")
HINDI_MONTHS = {hindi: english.capitalize() for english, spellings in MONTHS for hindi in spellings}


def is_web_link(url: str | None) -> bool:
    """Whether ``url`` is an http(s) link, the only kind kept and shown as a link."""
    return bool(url) and urlparse(url).scheme in WEB_SCHEMES


def make_article(path: str, meta: dict, body: str, registry: Registry, problems: list[Problem]) -> Article:
    """An ``Article`` from metadata and body, inferring what is missing."""
    if not body.strip():
        raise ArticleError("article has no text")
    if len(body) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"article text is {len(body):,} characters, over the {MAX_ARTICLE_CHARS:,} limit "
                           f"(is it several articles, or not an article?)")
    fields: dict[str, str | None] = {}
    for key in ("title", "outlet", "url", "language"):
        value = meta.get(key)
        if key == "language" and value is not None and not isinstance(value, str):
            problems.append(Problem("warning", path, f"'language' should be a code such as 'hi' or 'en', "
                                                     f"got {type_name(value)}; detected from the text"))
            value = None
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            problems.append(Problem("warning", path, f"'{key}' should be text, got {type_name(value)}; ignored"))
            value = None
        fields[key] = " ".join(str(value).split()) if value is not None and str(value).strip() else None
    language = _language(path, fields["language"], body, problems)
    published = parse_date(meta.get("published"), path, problems)
    url = fields["url"]
    if url and not is_web_link(url):
        problems.append(Problem("warning", path, f"url '{url[:60]}' is not http(s); not kept as a link"))
        url = None
    outlet = fields["outlet"] or outlet_from_dateline(body) or outlet_from_url(url)
    if not outlet:
        problems.append(Problem("warning", path, "outlet unknown (no 'outlet', dateline or url)"))
        outlet = "unknown"
    entity = registry.resolve(outlet, "outlet")
    digest = hashlib.sha256(f"{entity.id}\n{body.strip()}".encode()).hexdigest()[:16]
    return Article(article_id=digest, source_file=path, body=body, language=language, outlet_id=entity.id,
                   outlet=entity.name, title=fields["title"], url=url, published=published)


def duplicate_problem(article: Article, first: Article) -> Problem:
    """The warning for an article already read in this run from another file (same outlet and
    text, hence the same id): which metadata differ, and that the first one is kept."""
    differ = [k for k in ("title", "url", "published", "language") if getattr(article, k) != getattr(first, k)]
    if differ:
        return Problem("warning", article.source_file,
                       f"same article as {first.source_file} (same outlet and text) but its "
                       f"{', '.join(differ)} differ; kept the first, this one skipped")
    return Problem("warning", article.source_file, f"same article as {first.source_file}; skipped")


def detect_language(text: str) -> str | None:
    """The language a text's script points to: counts letters of each script."""
    counts = {code: len(rx.findall(text[:20000])) for code, rx in SCRIPTS}
    best = max(counts, key=counts.get)
    if counts[best] == 0:
        return None
    if best == "en" and counts["hi"] > 0.2 * counts["en"]:
        return "hi"
    return best


def _language(path: str, declared: str | None, body: str, problems: list[Problem]) -> str:
    detected = detect_language(body)
    if declared:
        code = declared.lower()[:2]
        if code not in LANGUAGES:
            raise ArticleError(f"language '{declared[:40]}' is not supported (supported: hi, en)")
        if detected and detected != code and detected in LANGUAGES:
            problems.append(Problem("warning", path, f"language says '{code}' but the text looks '{detected}'"))
        return code
    if detected is None:
        raise ArticleError("no letters in the text (only numbers or symbols), so no language to read it in")
    if detected not in LANGUAGES:
        raise ArticleError(f"the text is {LANGUAGE_NAMES.get(detected, detected)} ('{detected}'), a language "
                           f"that is not supported (supported: hi, en)")
    return detected


def parse_date(value, path: str, problems: list[Problem]) -> date | None:
    """A date from YAML's own date, or one of several common text formats."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.append(Problem("warning", path, f"'published' should be a date, got {type_name(value)}; "
                                                 f"stored as unknown"))
        return None
    text = " ".join(str(value).split())
    for hindi, english in HINDI_MONTHS.items():
        text = text.replace(hindi, english)
    text = re.sub(r"\bSept\b", "Sep", text)
    candidates = []
    for fmt in DATE_FORMATS:
        try:
            candidates.append(datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    try:
        candidates.append(datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    for parsed in candidates:
        if 1900 <= parsed.year <= 2100:
            return parsed
    problems.append(Problem("warning", path, f"published date '{text[:40]}' not understood; stored as unknown"))
    return None


def outlet_from_dateline(body: str) -> str | None:
    for line in body.lstrip().split("\n")[:3]:
        found = read_dateline(line)
        if found is not None and (found.separated or found.dated):
            return found.name
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").removeprefix("www.")
    parts = host.split(".")
    return parts[0] if parts and parts[0] else None
