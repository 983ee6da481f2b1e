"""Typed records that flow from article files to the database.

Everything here is a frozen dataclass: the pipeline builds new values rather than
mutating old ones, which keeps ingest repeatable and easy to test.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

LANGUAGES = ("hi", "en")
STATUSES = ("flagged", "in_review", "verified_true", "verified_false", "misleading", "unverifiable")


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file. ``level`` is ``error`` (nothing from that
    file or line was stored) or ``warning`` (stored, with a caveat)."""

    level: str
    path: str
    message: str

    def __str__(self) -> str:
        """One line, whatever the file name holds (a line break, a terminal escape code)."""
        return f"{self.level.capitalize()}: {_one_line(self.path)}: {_one_line(self.message)}"


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _one_line(text: str) -> str:
    """Control, line-separator and direction characters shown as escapes (``\\n``, ``\\x1b``)."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Article:
    article_id: str
    source_file: str
    body: str
    language: str
    outlet_id: str
    outlet: str
    title: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A person, outlet or organisation with one id across scripts and spellings."""

    id: str
    kind: str  # person | outlet | org
    name: str  # display name in the preferred script
    names: tuple[tuple[str, str], ...] = ()  # (script, display name) pairs

    @property
    def spellings(self) -> tuple[str, ...]:
        """Its display name and its name in every script, each once."""
        return tuple(dict.fromkeys((self.name, *(name for _, name in self.names))))


@dataclass(frozen=True)
class Attribution:
    speaker: Entity | None = None
    speaker_ref: str | None = None  # named | role | pronoun
    sources: tuple[Entity, ...] = ()  # credited media, innermost first
    kind: str = "other"

    def chain(self, publisher: Entity) -> tuple[Entity, ...]:
        """Speaker first, then each credited source, the publishing outlet last."""
        links: list[Entity] = []
        if self.speaker is not None:
            links.append(self.speaker)
        for source in self.sources:
            if source.id not in {link.id for link in links}:
                links.append(source)
        if publisher.id not in {link.id for link in links}:
            links.append(publisher)
        return tuple(links)


@dataclass(frozen=True)
class AnalysedSentence:
    sentence: Sentence
    is_claim: bool
    checkworthiness: float
    attribution: Attribution
    content: str  # the claim with its attribution wrapper removed, for matching
    plain: str = ""  # the sentence without its dateline, tidied: what the claim's vector mixes in
    referred: tuple[str, ...] = ()  # states and cities it refers to without naming ("राज्य में")


@dataclass(frozen=True)
class AnalysedArticle:
    article: Article
    publisher: Entity
    sentences: tuple[AnalysedSentence, ...] = field(default_factory=tuple)

    def claim_id(self, item: AnalysedSentence) -> str | None:
        if not item.is_claim:
            return None
        return claim_id_for(self.article.article_id, item.sentence.start, item.sentence.end)


def claim_id_for(article_id: str, start: int, end: int) -> str:
    """Claim ids are derived from the article's content hash and the sentence offsets,
    so the same claim gets the same id on every ingest."""
    digest = hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()
    return "c" + digest[:11]
