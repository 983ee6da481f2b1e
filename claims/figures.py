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
# a clock time, written "6:04", "6.04 pm", "18:04 IST" or "6 बजकर 4 मिनट"
CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:\s*(?:[ap]\.?\s?m\b\.?|बजे|IST|GMT|UTC|hrs|hours))|"
                   r"\b(\d{1,2}):(\d{2})\b|"
                   r"\b(\d{1,2})\s*बजकर\s*(\d{1,2})\s*मिनट", re.IGNORECASE)
# basis points are hundredths of a percentage point: "250 basis points" = "2.5 प्रतिशत अंक"
BASIS_POINTS = re.compile(r"\b(\d+)\s*(?:basis points?|bps|आधार अंक)", re.IGNORECASE)


def _plain(number: str) -> str:
    """"04" -> "4", "5.40" -> "5.4", "1,500" -> "1500"."""
    whole, _, part = number.replace(",", "").partition(".")
    whole, part = whole.lstrip("0") or "0", part.rstrip("0")
    return f"{whole}.{part}" if part else whole


def numbers_in(text: str) -> frozenset[str]:
    """The figures a claim states, in one form whatever the script or style: "1,500" ->
    "1500", Devanagari digits, clock times ("6:04 p.m." and "6 बजकर 4 मिनट" -> "6:04"),
    basis points as percentage points."""
    text = text.translate(DEVANAGARI_DIGITS)
    found: set[str] = set()

    def clock(match: re.Match) -> str:
        hour, minute = [g for g in match.groups() if g is not None]
        found.add(f"{int(hour) % 12 or 12}:{int(minute):02d}")
        return " "

    def points(match: re.Match) -> str:
        found.add(_plain(f"{int(match.group(1)) / 100:.2f}"))
        return " "

    text = BASIS_POINTS.sub(points, CLOCK.sub(clock, text))
    return frozenset(found | {_plain(n) for n in NUMBER.findall(text)})


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both state figures and neither's figures include the other's: "5.4%" vs "5.1%"."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


def negated(text: str) -> bool:
    """Whether the claim is stated in the negative ("did not", "नहीं", "denied")."""
    return bool(NEGATION.search(text))
