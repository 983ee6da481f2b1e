"""JSON lines: one article object per line, the metadata keys plus ``text``. A bad line is
one problem naming ``FILE:LINE``; the other lines still go in."""
from __future__ import annotations

import json

from claims.models import Problem
from claims.names import Registry
from claims.reading.decoding import clean
from claims.reading.errors import ArticleError, FileResult, type_name
from claims.reading.metadata import META_KEYS, make_article


def read_jsonl(path: str, text: str, registry: Registry, result: FileResult) -> None:
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
            result.problems.append(Problem("error", where, f"'text' should be text, got {type_name(body)}"))
            continue
        if not isinstance(body, str) or not body.strip():
            result.problems.append(Problem("error", where, "missing 'text' (the article body)"))
            continue
        try:
            meta = {k: record.get(k) for k in META_KEYS if record.get(k) is not None}
            body, removed = clean(body)
            if removed:
                result.problems.append(Problem("warning", where, "; ".join(removed)))
            result.articles.append(make_article(where, meta, body, registry, result.problems))
        except ArticleError as exc:
            result.problems.append(Problem("error", where, str(exc)))
