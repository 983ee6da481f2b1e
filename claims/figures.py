"""What must agree for two sentences to state the same claim: their figures and polarity.

Sentence embeddings score "rose to 7.2%" and "fell to 4.8%", or "will help" and "will not
help", as near neighbours; these small checks keep them apart and mark conflicts.
"""
from __future__ import annotations

import re

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|deny|rejected|refused)\b|n't\b"
    r"|नहीं|कभी नहीं|इनकार|खंडन|बिना|न तो|(?<!\S)न(?!\S)|मत(?!\S)", re.IGNORECASE)


def numbers_in(text: str) -> frozenset[str]:
    """The figures a claim states, normalised ("1,500" -> "1500", Devanagari digits too)."""
    text = text.translate(DEVANAGARI_DIGITS)
    return frozenset(n.replace(",", "") for n in NUMBER.findall(text))


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both state figures and neither's figures include the other's: "5.4%" vs "5.1%"."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


def negated(text: str) -> bool:
    """Whether the claim is stated in the negative ("did not", "नहीं", "denied")."""
    return bool(NEGATION.search(text))
