"""What a sentence claims, without the words around the claim.

The matcher compares claims, so the wrapper comes off: a leading dateline ("MOSCOW, Sept 14
(Eastern Chronicle) -"), the attribution cues the attributor found ("Peskov told reporters
that", "सीएनएन ने बताया"), and what such a cue leaves behind ("पत्रकारों से बातचीत में कहा कि").
When a speaker's quotation carries most of the sentence, the quotation is the claim.
"""
from __future__ import annotations

import re

# "MOSCOW, Sept 14 (Eastern Chronicle) -", "सियोल, 14 सितंबर (प्रभात दर्पण) –"
DATELINE = re.compile(r"^(?:[A-Z][A-Z .'’/-]{1,40}|[\u0900-\u097F][\u0900-\u097F /]{0,40})"
                      r"(?:,[^()\n,]{0,40}){0,2}\s*\([^()\n]{2,40}\)\s*[-–—:।]?\s*")
# what is left of a wrapper whose speaker was removed: "पत्रकारों से बातचीत में कहा कि ...",
# "fellow leaders at the summit that ..."
REPORTED_PREFIX = re.compile(r"^(?:[^,।.\"]{0,60}?\s)?(?:कहा|बताया|जानकारी दी|दावा किया|घोषणा की)\s*(?:कि\s+|,\s*)|"
                             r"^(?:reporters|journalists|fellow [a-z]+|the [a-z]+ (?:in|at) [^,.]{0,50})[^,.;:]{0,50}?\s+that\s+")
LEADING_MARKERS = re.compile(r"^(?:इस बीच|दूसरी ओर|वहीं|हालांकि|meanwhile|however|on the other hand|"
                             r"separately|in addition|also)\s*,?\s*", re.IGNORECASE)
# fewer words than this is a fragment, not a claim: keep the longer form instead
MIN_WORDS = 3
# a quotation this share of the sentence (after the wrapper is gone) is the claim
QUOTE_SHARE = 0.45


def claim_content(text: str, cue_spans: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> str:
    """What the sentence claims: without its dateline and attribution wrapper; a speaker's
    own words when the quotation carries most of the sentence."""
    start = DATELINE.match(text)
    offset = start.end() if start and len(text) - start.end() > 20 else 0
    if offset:
        text = text[offset:]
        cue_spans = [(max(0, a - offset), b - offset) for a, b in cue_spans if b > offset]
        quotes = [(max(0, a - offset), b - offset) for a, b in quotes if b > offset]
    content = _strip(text, cue_spans)
    quoted = _tidy(" ".join(text[a:b] for a, b in quotes))
    if len(quoted.split()) >= max(MIN_WORDS, QUOTE_SHARE * len(content.split())):
        return quoted
    rest = REPORTED_PREFIX.sub("", content, count=1)
    return rest if len(rest.split()) >= MIN_WORDS else content


def _strip(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return _tidy(text)
    keep = []
    pos = 0
    for start, end in sorted(spans):
        if start > pos:
            keep.append(text[pos:start])
        pos = max(pos, end)
    keep.append(text[pos:])
    content = _tidy(" ".join(keep))
    return content if len(content.split()) >= MIN_WORDS else _tidy(text)


def _tidy(text: str) -> str:
    text = re.sub(r"[\"“”‘’]|''", "", text)
    text = re.sub(r"\s+([,.।?!])", r"\1", text)
    text = re.sub(r"[,;:]+\s*([.।?!])", r"\1", text)
    text = LEADING_MARKERS.sub("", text.strip(" ,;:-"))
    text = re.sub(r"^[\s,;:-]+|[\s,;:-]+$", "", text)
    return " ".join(text.split())
