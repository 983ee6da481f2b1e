"""A check-worthiness score in [0, 1] for one sentence.

A transparent additive score: checkable content (numbers, dates, named people and
organisations, attributed statements, events) raises it; questions, fragments and
bylines lower it. ``bench/checkworthiness.py`` measures it on public labelled data.
"""
from __future__ import annotations

import re

from claims.figures import MONTHS, WEEKDAYS
from claims.lexicon import LATIN_LETTER
from claims.models import Attribution

# each cue in two patterns, the English one case-blind and the Hindi one plain (Devanagari has no case):
# one pattern of both, case-blind, tries the English words at every Hindi word and costs three times as much
LATIN_WORD = rf"\b(?={LATIN_LETTER})"
NUMBER = (re.compile(r"\d|" + LATIN_WORD + r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|"
                     r"million|billion|percent|per cent|dozen|half|twice|first|second|third|last)\b", re.IGNORECASE),
          re.compile("एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|सौ|हजार|हज़ार|लाख|करोड़|अरब|प्रतिशत|फीसदी|पहली|पहला|दूसरी"))
DATE = (re.compile(LATIN_WORD + r"(?:today|yesterday|" + "|".join(english for english, _ in WEEKDAYS + MONTHS)
                   + r"|jan|feb|aug|sept?|oct|nov|dec)\b", re.IGNORECASE),
        re.compile("|".join(h for _, hindi in WEEKDAYS + MONTHS for h in hindi)))
EVENT = (re.compile(LATIN_WORD + r"(?:will|would|won't|has|have|had|was|were|is|are|signed|met|arrived|launched|killed|"
                    r"rose|fell|increased|decreased|approved|agreed|visited|held|announced|invited|accepted|violate|"
                    r"reached|[a-z]{3,}ed)\b", re.IGNORECASE),
         re.compile("होगा|होगी|होंगे|है|हैं|था|थी|थे|किया|की|पहुंचे|पहुँचे|मिले|गया|गई"))
NAMED = re.compile(r"(?<!^)(?<![.!?।]\s)\b[A-Z][a-z]+|[\u0900-\u097F]{3,}")
BYLINE = re.compile(r"^(?:by |written by |edited by |photo:|image:|read more|also read|इसे भी पढ़ें|यह भी पढ़ें)",
                    re.IGNORECASE)


def _found(patterns: tuple[re.Pattern, ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def score(text: str, attribution: Attribution) -> float:
    words = text.split()
    value = 0.4
    if _found(NUMBER, text):
        value += 0.15
    if _found(DATE, text):
        value += 0.1
    if attribution.speaker is not None or attribution.sources:
        value += 0.2
    if _found(EVENT, text):
        value += 0.1
    if NAMED.search(text):
        value += 0.1
    if text.rstrip("\"'”’ ").endswith("?"):
        value -= 0.35
    if len(words) < 5:
        value -= 0.35
    elif len(words) < 8:
        value -= 0.1
    if BYLINE.search(text.strip()):
        value -= 0.5
    return round(min(1.0, max(0.0, value)), 3)
