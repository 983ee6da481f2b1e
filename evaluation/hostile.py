"""Hostile article text: each kind once made a pattern take quadratic time. Used by
``bench/hostile.py`` (timings) and ``tests/test_bad_input.py`` (what the output must be)."""
from __future__ import annotations

KINDS = ("capitalised words", "one long word", "run of spaces", "run of commas", "one Devanagari word",
         "Devanagari words")
LANGUAGES = ("en", "en", "en", "en", "hi", "hi")  # the language each kind is read in


def hostile_articles(size: int) -> list[str]:
    """One article of each kind in ``KINDS``, ``size`` characters long."""
    tail = " x the deal."
    return [("Alpha Beta Gamma " * (size // 17 + 1))[:size],
            "A" * size,
            ("Putin said" + " " * size)[:size - len(tail)] + tail,
            ("Putin said" + "," * size)[:size - len(tail)] + tail,
            "क" * size,
            ("राम श्याम मोहन के " * (size // 18 + 1))[:size]]
