"""What reading a file can go wrong with, and what it gives."""
from __future__ import annotations

from dataclasses import dataclass, field

from claims.models import Article, Problem


class ArticleError(ValueError):
    """A file or line that cannot become an article; the message says why."""


@dataclass
class FileResult:
    path: str
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def type_name(value) -> str:
    """A value's type in words, for a message about metadata of the wrong type."""
    return {"list": "a list", "dict": "a mapping", "int": "a number", "float": "a number", "bool": "true/false",
            "date": "a date", "datetime": "a date"}.get(type(value).__name__, type(value).__name__)
