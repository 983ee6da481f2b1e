"""Typed records that flow from article files to the database.

Everything here is a frozen dataclass: the pipeline builds new values rather than
mutating old ones, which keeps ingest repeatable and easy to test.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

LANGUAGES = ("hi", "en")
KINDS = ("direct_quote", "indirect_quote", "reported", "framing", "other")
STATUSES = ("flagged", "in_review", "verified_true", "verified_false", "misleading", "unverifiable")


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file. ``level`` is ``error`` (nothing from that
    file or line was stored) or ``warning`` (stored, with a caveat)."""

    level: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.level.capitalize()}: {self.path}: {self.message}"


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
