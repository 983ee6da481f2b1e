"""One article file in, its articles and problems out: decoding, then the file's format
(JSON lines; a saved web page, ``.html``; Markdown or text with optional front matter, which
may also turn out to be an HTML page)."""
from __future__ import annotations

from pathlib import Path

from claims.models import Problem
from claims.names import Registry
from claims.reading.decoding import decode
from claims.reading.errors import ArticleError, FileResult
from claims.reading.files import HTML_SUFFIXES, JSONL_SUFFIXES, check_regular
from claims.reading.front_matter import split_front_matter
from claims.reading.html import from_html, is_html_page
from claims.reading.jsonl import read_jsonl
from claims.reading.metadata import make_article
from claims.reading.web import extract


def read_file(path: str, registry: Registry) -> FileResult:
    """All articles in one file, with the problems found on the way."""
    result = FileResult(path)
    try:
        check_regular(path)
        text, note = decode(Path(path).read_bytes())
        if note:
            result.problems.append(Problem("warning", path, note))
        suffix = Path(path).suffix.lower()
        if suffix in JSONL_SUFFIXES:
            read_jsonl(path, text, registry, result)
        elif suffix in HTML_SUFFIXES:  # a saved web page: the article without the page around it
            meta, body = extract(text)
            result.articles.append(make_article(path, meta, body, registry, result.problems))
        else:
            meta, body = split_front_matter(text)
            if is_html_page(body):
                meta, body = from_html(body, meta)
                result.problems.append(Problem("warning", path, "an HTML page, not Markdown; kept only its visible "
                                                                "text (no menus, scripts or tags)"))
            result.articles.append(make_article(path, meta, body, registry, result.problems))
    except ArticleError as exc:
        result.problems.append(Problem("error", path, str(exc)))
    except OSError as exc:
        result.problems.append(Problem("error", path, exc.strerror or str(exc)))
    return result
