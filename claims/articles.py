"""Read article files into ``Article`` values.

Supported: ``.md``/``.markdown``/``.txt`` with optional YAML front matter (``title``,
``outlet``, ``url``, ``published``, ``language``) and ``.jsonl`` (one article per line,
the same keys plus ``text``). Each problem becomes a ``Problem`` naming the file (and
line); one bad file or line never stops the others. What each kind of bad input gives is
listed in the README ("Bad input") and tested in ``tests/test_bad_input.py``.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import yaml

from claims.figures import MONTHS
from claims.models import LANGUAGES, Article, Problem
from claims.names import Registry

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20_000_000  # a file (a JSON lines file may hold many articles)
# one article's text, after decoding: about 30,000 words, several times the longest news feature.
# Every claim is embedded (tens per second on a laptop), so a bigger "article" would take hours.
MAX_ARTICLE_CHARS = 200_000
META_KEYS = ("title", "outlet", "url", "published", "language")
DATELINE_EN = re.compile(r"^[A-Z][A-Za-z0-9 .,'’-]{1,80}?\(([^()\n]{2,40})\)\s*[-–—:]")
DATELINE_HI = re.compile(r"^[\u0900-\u097F][^()\n]{0,60}?\(([^()\n]{2,40})\)\s*[:：\-–—]")
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
# what a file that is not text starts with, and what to call it
SIGNATURES = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
              (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
              (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
              (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"RIFF", "an audio or video file"))
CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
# invisible format characters that only hide or reorder text: zero-width space, word joiner,
# direction marks, embeddings, overrides and isolates, a BOM in mid-text, soft hyphen. The
# zero-width (non-)joiners (U+200C, U+200D) are kept: Devanagari spelling needs them.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
HTML_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


class ArticleError(ValueError):
    """A file or line that cannot become an article; the message says why."""


@dataclass
class FileResult:
    path: str
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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
            reason = _link_problem(raw) if path.is_symlink() else "no such file or folder"
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


def _link_problem(path: str) -> str:
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


def _check_regular(path: str) -> None:
    """Refuse what is not a plain file before opening it: reading a named pipe or a device
    would wait for ever."""
    try:
        info = os.stat(path)
    except OSError:
        if os.path.islink(path):
            raise ArticleError(_link_problem(path)) from None
        raise
    if not stat.S_ISREG(info.st_mode):
        kind = ("a folder" if stat.S_ISDIR(info.st_mode) else "a named pipe" if stat.S_ISFIFO(info.st_mode)
                else "a socket" if stat.S_ISSOCK(info.st_mode) else "a device")
        raise ArticleError(f"not a regular file ({kind})")
    if info.st_size > MAX_BYTES:
        raise ArticleError(f"file is {info.st_size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")


def read_file(path: str, registry: Registry) -> FileResult:
    """All articles in one file, with the problems found on the way."""
    result = FileResult(path)
    try:
        _check_regular(path)
        text, note = decode(Path(path).read_bytes())
        if note:
            result.problems.append(Problem("warning", path, note))
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            _read_jsonl(path, text, registry, result)
        else:
            meta, body = split_front_matter(text)
            if HTML_PAGE.match(body[:4096]):
                meta, body = _from_html(body, meta)
                result.problems.append(Problem("warning", path, "an HTML page, not Markdown; kept only its visible "
                                                                "text (no menus, scripts or tags)"))
            result.articles.append(make_article(path, meta, body, registry, result.problems))
    except ArticleError as exc:
        result.problems.append(Problem("error", path, str(exc)))
    except OSError as exc:
        result.problems.append(Problem("error", path, exc.strerror or str(exc)))
    return result


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (a missing BOM is noted), UTF-8 with a
    few broken bytes (replaced, noted), else Windows-1252 (noted). Control and invisible
    characters are removed (noted). The note is ``None`` when there is nothing to say."""
    if not data.strip():
        raise ArticleError("file is empty")
    notes: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        for magic, what in SIGNATURES:
            if data.startswith(magic):
                raise ArticleError(f"binary file ({what}), not text")
        text = _utf16_without_bom(data)
        if text is not None:
            notes.append("no byte-order mark; read as UTF-16")
        else:
            text = _guess_8bit(data, notes)
    if not text.strip():
        raise ArticleError("file is empty")
    text, removed = _clean_counted(text)
    notes += removed
    return text, "; ".join(notes) or None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid {encoding.upper()} after its byte-order mark "
                           f"(at byte offset {exc.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: the zero bytes of its ASCII letters all fall on odd (little-endian)
    or all on even (big-endian) offsets."""
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd + even < max(8, len(sample) // 20) or min(odd, even) > (odd + even) // 20:
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return text if not CONTROL.search(text[:2000]) else None


def _guess_8bit(data: bytes, notes: list[str]) -> str:
    sample = data[:4096]
    controls = sum(1 for b in sample if b in CONTROL_BYTES)
    if controls > len(sample) // 10:
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for ch in text if ord(ch) > 0x7F) - bad > bad:
        # mostly well-formed multi-byte UTF-8 (Hindi, curly quotes) with a few broken bytes
        notes.append(f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} (first: {first}) "
                     f"replaced with U+FFFD")
        return text
    if controls > len(sample) // 100:
        raise ArticleError("binary file, not text")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(f"not valid UTF-8 ({first}), nor Windows-1252; save it as UTF-8") from None
    notes.append(f"not valid UTF-8 ({first}); read as Windows-1252")
    return text


def _clean(text: str) -> str:
    """NFC, Unix newlines, no NUL, control or invisible characters (tabs and newlines kept)."""
    return _clean_counted(text)[0]


def _clean_counted(text: str) -> tuple[str, list[str]]:
    """``_clean``, and what it removed, in words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text, controls = CONTROL.subn("", text)
    text, invisible = INVISIBLE.subn("", text)
    notes = []
    if controls:
        notes.append(f"removed {controls} control character{'s' if controls > 1 else ''} (such as NUL)")
    if invisible:
        notes.append(f"removed {invisible} invisible character{'s' if invisible > 1 else ''} "
                     f"(zero-width spaces, direction marks)")
    return unicodedata.normalize("NFC", text), notes


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (between two ``---`` lines) and the body after it."""
    if not text.startswith("---"):
        return {}, text
    first = text.split("\n", 1)
    if first[0].strip() != "---":
        return {}, text
    rest = first[1] if len(first) > 1 else ""
    match = re.search(r"^(?:---|\.\.\.)\s*$", rest, re.MULTILINE)
    if match is None:
        raise ArticleError("front matter is not closed (no second '---' line)")
    raw = rest[:match.start()]
    try:
        meta = yaml.load(raw, Loader=_MetaLoader) if raw.strip() else {}  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise ArticleError(f"front matter is not valid YAML{where}") from None
    except (ValueError, TypeError, RecursionError):  # e.g. an explicit !!timestamp that is no date
        raise ArticleError("front matter is not valid YAML") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter must be a set of 'key: value' lines")
    body = rest[match.end():]
    return meta, body.lstrip("\n")


class _MetaLoader(yaml.SafeLoader):
    """YAML's safe loader, but dates stay text: ``published: 2023-02-30`` is then a date we
    cannot read (a warning), not an exception."""


_MetaLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class _VisibleText(HTMLParser):
    """The text a browser would show of a saved news page, without menus and scripts, plus
    the title, site name, canonical link and publication time from its head."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "aside", "footer", "form",
            "button", "select", "iframe", "object"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
             "article", "header", "main", "blockquote", "figure", "figcaption", "pre", "hr", "dd", "dt"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        values = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {"og:site_name", "og:url", "og:title", "article:published_time"}:
                self.meta.setdefault(key, values.get("content", ""))
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", values.get("href", ""))
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP and tag not in self.VOID:
            self.skipping.append(tag)
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        blocks = ("".join(self.parts)).split("\n\n")
        return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip()) + "\n"


def _from_html(page: str, meta: dict) -> tuple[dict, str]:
    """Metadata and visible text of an HTML page; front matter, when present, wins."""
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    site = " ".join(parser.meta.get("og:site_name", "").split())
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    if site:  # "Library hours extended | Valley Courier"
        title = re.sub(rf"\s+[|\-–—:]\s+{re.escape(site)}$", "", title)
    found = {"title": title, "outlet": site,
             "url": parser.meta.get("canonical") or parser.meta.get("og:url"),
             "published": parser.meta.get("article:published_time")}
    merged = {k: v for k, v in found.items() if v}
    merged.update(meta)
    return merged, parser.text()


def _read_jsonl(path: str, text: str, registry: Registry, result: FileResult) -> None:
    if not text.lstrip().startswith("{"):
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            raise ArticleError("one JSON document, not JSON lines; write one article object per line")
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(Problem("error", where, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict):
            result.problems.append(Problem("error", where, "each line must be a JSON object"))
            continue
        body = record.get("text")
        if body is not None and not isinstance(body, str):
            result.problems.append(Problem("error", where, f"'text' should be text, got {_type_name(body)}"))
            continue
        if not isinstance(body, str) or not body.strip():
            result.problems.append(Problem("error", where, "missing 'text' (the article body)"))
            continue
        try:
            meta = {k: record.get(k) for k in META_KEYS if record.get(k) is not None}
            body, removed = _clean_counted(body)
            if removed:
                result.problems.append(Problem("warning", where, "; ".join(removed)))
            result.articles.append(make_article(where, meta, body, registry, result.problems))
        except ArticleError as exc:
            result.problems.append(Problem("error", where, str(exc)))


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
                                                     f"got {_type_name(value)}; detected from the text"))
            value = None
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            problems.append(Problem("warning", path, f"'{key}' should be text, got {_type_name(value)}; ignored"))
            value = None
        fields[key] = " ".join(str(value).split()) if value is not None and str(value).strip() else None
    language = _language(path, fields["language"], body, problems)
    published = parse_date(meta.get("published"), path, problems)
    url = fields["url"]
    if url and urlparse(url).scheme not in {"http", "https"}:
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


def _type_name(value) -> str:
    return {"list": "a list", "dict": "a mapping", "int": "a number", "float": "a number", "bool": "true/false",
            "date": "a date", "datetime": "a date"}.get(type(value).__name__, type(value).__name__)


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
        problems.append(Problem("warning", path, f"'published' should be a date, got {_type_name(value)}; "
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
        for rx in (DATELINE_EN, DATELINE_HI):
            match = rx.match(line[:160])
            if match:
                return match.group(1).strip()
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").removeprefix("www.")
    parts = host.split(".")
    return parts[0] if parts and parts[0] else None
