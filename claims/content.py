"""What a sentence claims, without the words around the claim.

The matcher compares claims, so the wrapper comes off: a leading dateline ("MOSCOW, Sept 14
(Eastern Chronicle) -"), the attribution cues the attributor found ("Peskov told reporters
that", "सीएनएन ने बताया"), and what such a cue leaves behind ("पत्रकारों से बातचीत में कहा कि").
When a speaker's quotation carries most of the sentence, the quotation is the claim.
"""
from __future__ import annotations

import re

from claims.datelines import read_dateline
from claims.figures import NEGATION
from claims.lexicon import alternation, lexicon

# what is left of a wrapper at the start of a sentence once its speaker is gone:
# "पत्रकारों से बातचीत में कहा कि ...", "reporters after the meeting that ..."
REPORTED_PREFIX = re.compile(r"^(?:[^,।.\"]{0,60}?\s)?(?:कहा|बताया|जानकारी दी|दावा किया|घोषणा की)\s*(?:कि\s+|,\s*)|"
                             r"^(?:reporters|journalists|fellow [a-z]+)\b[^,.;:]{0,50}?\s+that\s+")
LEADING_MARKERS = re.compile(
    rf"^(?:{alternation(w for language in ('en', 'hi') for w in lexicon(language).words('leading_markers'))})"
    r"(?![\w\u0900-\u097F])\s*,?\s*", re.IGNORECASE)
# a wrapper leaves words behind only when it opens the sentence: a cue starting this near the
# front ("इसरो के अध्यक्ष सोमनाथ ने ... कहा, ...")
WRAPPER_START = 40
# the rest of a Hindi subject before its cue: "कछुआ टोला के [किसान बीरेंद्र मंडल ने कहा कि]",
# "दूसरी ओर, यात्री संघ के [संयोजक ... ने]": a genitive phrase that owns the speaker
OWNER_BEFORE = re.compile(r"(?:^|(?<=[,।]))\s*((?:[\u0900-\u097F]+\s+){1,4}(?:के|की|का)\s*)$")
# fewer words than this is a fragment, not a claim: keep the longer form instead
MIN_WORDS = 3
# a quotation this share of the sentence (after the wrapper is gone) is the claim
QUOTE_SHARE = 0.45


def claim_content(text: str, cue_spans: list[tuple[int, int]], quotes: list[tuple[int, int]], *,
                  outlet_names: tuple[str, ...] = ()) -> str:
    """What the sentence claims: without its dateline and attribution wrapper; a speaker's
    own words when the quotation carries most of the sentence and nothing outside it denies
    or negates them."""
    offset = _dateline_end(text, outlet_names)
    if offset:
        text = text[offset:]
        cue_spans = [(max(0, a - offset), b - offset) for a, b in cue_spans if b > offset]
        quotes = [(max(0, a - offset), b - offset) for a, b in quotes if b > offset]
    cue_spans = [(_owner_start(text, a), b) if a <= WRAPPER_START else (a, b) for a, b in cue_spans]
    content = _strip(text, cue_spans)
    quoted = _tidy(" ".join(text[a:b] for a, b in quotes))
    outside = _strip(text, cue_spans + quotes, keep_short=True)
    if len(quoted.split()) >= max(MIN_WORDS, QUOTE_SHARE * len(content.split())) and not NEGATION.search(outside):
        return quoted
    if any(a <= WRAPPER_START for a, _ in cue_spans):
        match = REPORTED_PREFIX.match(content)
        rest = content[match.end():] if match else content
        if match and len(rest.split()) >= MIN_WORDS and not NEGATION.search(match.group(0)):
            return rest
    return content


def _owner_start(text: str, start: int) -> int:
    """Where a cue near the front really starts: before the genitive phrase that owns its speaker."""
    match = OWNER_BEFORE.search(text[:start])
    return match.start(1) if match else start


def plain_sentence(text: str, *, outlet_names: tuple[str, ...] = ()) -> str:
    """The whole sentence as a reader takes it in: without a leading dateline, quotation marks
    and stray spacing, attribution kept."""
    return claim_content(text, [], [], outlet_names=outlet_names)


def _dateline_end(text: str, outlet_names: tuple[str, ...]) -> int:
    """Where a leading dateline ends, or 0. It needs a separator after the brackets, a date
    before them, or the publishing outlet inside them: "NATO (the alliance) will ..." and
    "भारतीय रिज़र्व बैंक (आरबीआई) ने ..." are not datelines."""
    found = read_dateline(text)
    if found is None or len(text) - found.end <= 20:
        return 0
    return found.end if found.is_dateline(outlet_names) else 0


def _strip(text: str, spans: list[tuple[int, int]], keep_short: bool = False) -> str:
    """The text without ``spans``; the whole text when that leaves a fragment, unless
    ``keep_short``."""
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
    return content if keep_short or len(content.split()) >= MIN_WORDS else _tidy(text)


QUOTE_MARKS = re.compile(r"[\"“”‘’]|''")
# each run is matched from its start only, so a long run of spaces or commas stays linear
SPACE_BEFORE_STOP = re.compile(r"(?<!\s)\s+([,.।?!])")
PAUSE_BEFORE_STOP = re.compile(r"(?<![,;:])[,;:]+\s*([.।?!])")
LOOSE = ",;:-"  # with spaces, what a sentence's content neither opens nor ends with


def _without_loose_ends(text: str) -> str:
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in LOOSE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in LOOSE):
        end -= 1
    return text[start:end]


def _tidy(text: str) -> str:
    text = QUOTE_MARKS.sub("", text)
    text = SPACE_BEFORE_STOP.sub(r"\1", text)
    text = PAUSE_BEFORE_STOP.sub(r"\1", text)
    text = LEADING_MARKERS.sub("", text.strip(" ,;:-"))
    text = _without_loose_ends(text)
    return " ".join(text.split())
