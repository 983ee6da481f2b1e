"""YAML front matter between two ``---`` lines, read with a safe loader that keeps dates as text."""
from __future__ import annotations

import re

import yaml

from claims.reading.errors import ArticleError


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
