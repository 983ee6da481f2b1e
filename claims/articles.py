"""Read article files into ``Article`` values.

Supported: ``.md``/``.markdown``/``.txt`` with optional YAML front matter (``title``,
``outlet``, ``url``, ``published``, ``language``) and ``.jsonl`` (one article per line,
the same keys plus ``text``). Each problem becomes a ``Problem`` naming the file (and
line); one bad file or line never stops the others.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

import yaml

from claims.models import LANGUAGES, Article, Problem
from claims.names import Registry

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024
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
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y",
                "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S",
                "%a, %d %b %Y %H:%M:%S %z")


class ArticleError(ValueError):
    """A file or line that cannot become an article; the message says why."""


@dataclass
class FileResult:
    path: str
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def find_files(paths: list[str]) -> tuple[list[str], list[Problem]]:
    """Article files under ``paths`` (folders recursively, symlink loops skipped), sorted."""
    found: list[str] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(Problem("error", raw, "no such file or folder"))
        elif path.is_dir():
            seen: set[str] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                real = os.path.realpath(root)
                if real in seen:
                    problems.append(Problem("warning", root, "folder visited before (symlink loop), skipped"))
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUPPORTED and not name.startswith("."):
                        found.append(os.path.join(root, name))
        elif path.suffix.lower() in SUPPORTED:
            found.append(raw)
        else:
            problems.append(Problem("error", raw, f"unsupported file type '{path.suffix or '(none)'}' "
                                                  f"(use {', '.join(sorted(SUPPORTED))})"))
    return found, problems


def read_file(path: str, registry: Registry) -> FileResult:
    """All articles in one file, with the problems found on the way."""
    result = FileResult(path)
    try:
        text, note = decode(Path(path).read_bytes() if _size_ok(path) else b"")
        if note:
            result.problems.append(Problem("warning", path, note))
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            _read_jsonl(path, text, registry, result)
        else:
            meta, body = split_front_matter(text)
            result.articles.append(make_article(path, meta, body, registry, result.problems))
    except ArticleError as exc:
        result.problems.append(Problem("error", path, str(exc)))
    except OSError as exc:
        result.problems.append(Problem("error", path, exc.strerror or str(exc)))
    return result


def _size_ok(path: str) -> bool:
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise ArticleError(f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    return True


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        raise ArticleError("file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return _clean(data[3:].decode("utf-8", errors="strict")), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _clean(data.decode("utf-16")), None
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 10:
        raise ArticleError("binary file, not text")
    try:
        return _clean(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
        return _clean(text), f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); read as Windows-1252"


def _clean(text: str) -> str:
    """NFC, Unix newlines, no NUL or control characters (tabs and newlines kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return unicodedata.normalize("NFC", text)


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
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise ArticleError(f"front matter is not valid YAML{where}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter must be a set of 'key: value' lines")
    body = rest[match.end():]
    return meta, body.lstrip("\n")


def _read_jsonl(path: str, text: str, registry: Registry, result: FileResult) -> None:
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
        if not isinstance(body, str) or not body.strip():
            result.problems.append(Problem("error", where, "missing 'text' (the article body)"))
            continue
        try:
            meta = {k: record.get(k) for k in META_KEYS if record.get(k) is not None}
            result.articles.append(make_article(where, meta, _clean(body), registry, result.problems))
        except ArticleError as exc:
            result.problems.append(Problem("error", where, str(exc)))


def make_article(path: str, meta: dict, body: str, registry: Registry, problems: list[Problem]) -> Article:
    """An ``Article`` from metadata and body, inferring what is missing."""
    if not body.strip():
        raise ArticleError("article has no text")
    fields: dict[str, str | None] = {}
    for key in ("title", "outlet", "url", "language"):
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            problems.append(Problem("warning", path, f"'{key}' should be text, got {type(value).__name__}; ignored"))
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
            raise ArticleError(f"language '{declared}' is not supported (supported: hi, en)")
        if detected and detected != code and detected in LANGUAGES:
            problems.append(Problem("warning", path, f"language says '{code}' but the text looks '{detected}'"))
        return code
    if detected not in LANGUAGES:
        name = detected or "no letters"
        raise ArticleError(f"language '{name}' is not supported (supported: hi, en)")
    return detected


def parse_date(value, path: str, problems: list[Problem]) -> date | None:
    """A date from YAML's own date, or one of several common text formats."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
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
