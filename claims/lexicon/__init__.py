"""Language rules as data: one lexicon per language (``en.yaml``, ``hi.yaml``).

Sentence splitting, attribution and claim content all read their words from here, so a new
Hindi speech verb or English title is added in one place. ``lexicon("hi")`` returns the
parsed file as a read-only :class:`Lexicon`; ``alternation`` turns a word list into a regex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "hi")


class LexiconError(ValueError):
    """A lexicon file is missing a section or has one of the wrong shape."""


@dataclass(frozen=True)
class Lexicon:
    language: str
    data: dict
    _made: dict = field(default_factory=dict, compare=False, repr=False)  # word lists and sets, made once

    def words(self, key: str) -> tuple[str, ...]:
        """A word list, in file order."""
        made = self._made.get(("words", key))
        if made is None:
            made = self._made[("words", key)] = self._words(key)
        return made

    def _words(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key) or []
        if isinstance(value, dict):
            return tuple(str(k) for k in value)
        if not isinstance(value, list):
            raise LexiconError(f"{self.language}.yaml: {key} is not a list")
        words = tuple(str(v) for v in value)
        if key == "roles":  # "उपमंत्री", "उपसचिव": a deputy holds an office as its holder does
            words += tuple(p + w for p in self.data.get("role_prefixes") or [] for w in words
                           if not w.isascii() and p + w not in words)
        return words

    def set(self, key: str, *, folded: bool = False) -> frozenset[str]:
        made = self._made.get(("set", key, folded))
        if made is None:
            made = self._made[("set", key, folded)] = frozenset(w.casefold() if folded else w for w in self.words(key))
        return made

    def institution_words(self) -> frozenset[str]:
        """Words that make a noun phrase a body: ``institution_words`` and every head of
        ``body_heads`` (a name ending in "Airways" or "गैसेज" is a body, as one ending in "ministry")."""
        made = self._made.get("institutions")
        if made is None:
            made = self._made["institutions"] = self.set("institution_words") | frozenset(self.words("body_heads"))
        return made

    def mapping(self, key: str) -> dict:
        value = self.data.get(key) or {}
        if not isinstance(value, dict):
            raise LexiconError(f"{self.language}.yaml: {key} is not a mapping")
        return dict(value)

    def text(self, key: str) -> str:
        return str(self.data.get(key) or "")


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (``en`` or ``hi``)."""
    if language not in LANGUAGES:
        raise LexiconError(f"no lexicon for language {language!r}")
    data = yaml.safe_load((HERE / f"{language}.yaml").read_text(encoding="utf-8")) or {}
    return Lexicon(language, data)


# a Latin letter, or one of the four others Python's case-blind matching reads as i, s or k: a
# look-ahead on it lets a case-blind English pattern pass over Devanagari text at once without
# changing what it matches
LATIN_LETTER = "[A-Za-z\u0130\u0131\u017f\u212a]"


def alternation(words, *, escape: bool = True) -> str:
    """A regex alternation of ``words``, longest first (so "says" is tried before "say")."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in items)
