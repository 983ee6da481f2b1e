"""Hindi and English sentence splitting with character offsets.

Hindi ends sentences with ``।``, ``?``, ``!`` and often ``.``; English with ``.``, ``?`` and
``!``. A full stop after an abbreviation (``Dr.``, ``U.S.``, ``Sept.``, ``डॉ.``), an initial
(``S. Somanath``, ``एस. सोमनाथ``) or inside a number (``3.5``) does not end a sentence;
one after a figure (``fell to 3.8. Roe said``) does, and one after a time of day (``11 a.m.``)
unless a day, a month or a time zone follows (``6 a.m. Sunday``, ``7 p.m. IST``).
Closing quotes stay with the sentence they close, and short attribution fragments that
follow a quote (``सीएनएन ने बताया.``, ``he said.``, ``(ANI)``) are joined to it.
"""
from __future__ import annotations

import re
import unicodedata

from claims.datelines import read_dateline
from claims.figures import MONTHS, WEEKDAYS
from claims.lexicon import LANGUAGES, lexicon
from claims.models import Sentence

TERMINATORS = "।॥?!.…"
CLOSERS = "\"'”’»)]"
# titles, months and short forms in English; titles and spelt-out Latin initials in Hindi
ABBREVIATIONS = frozenset(w.casefold() for language in LANGUAGES for w in lexicon(language).words("abbreviations"))
NUMBER_ABBREVIATIONS = {"no", "nos", "pp", "p", "art", "sec"}
TIMES_OF_DAY = frozenset(str(w).casefold() for w in lexicon("en").words("times_of_day"))
# what may follow a time of day within its sentence: a day, a month, a time zone
TIME_FOLLOWERS = frozenset({*(day for day, _ in WEEKDAYS), *(month for month, _ in MONTHS),
                            *(month[:3] for month, _ in MONTHS), *(str(w) for w in lexicon("en").words("time_zones"))})
ATTRIBUTION_FRAGMENT = re.compile(
    r"""^(?:
        \((?:[^()\s]+(?:\s[^()\s]+){0,3})\)                                       # (ANI) (एएनआई)
      | (?:[^\s"“”]+\s){1,5}ने\s(?:[^\s"“”]+\s){0,2}(?:बताया|कहा|जोड़ा|लिखा|रिपोर्ट\s(?:दी|किया))(?:\sहै)?\s*[.।]?
      | (?:[^\s"“”]+\s){1,4}(?:के\sअनुसार|के\sमुताबिक|के\sहवाले\sसे)\s*[.।]?
      | (?:he|she|they|it|[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}|the\s[\w\s-]{2,40}?)
        \s(?:said|added|told\s(?:(?:the\s)?[A-Z][\w.'-]*(?:\s(?:of\s)?[A-Z][\w.'-]*){0,4}
                                   |reporters|journalists|(?:the\s|a\s)?(?:agency|newspaper|channel|media|paper))
            |reported|wrote|noted|stated|explained)\.?
      | (?:said|added|reported)\s[\w\s.'-]{1,40}\.
    )$""",
    re.VERBOSE | re.UNICODE,
)


def split(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are Python string indices into ``text``."""
    spans = _merge_fragments(text, list(_raw_spans(text)))
    return [Sentence(i, start, end, text[start:end]) for i, (start, end) in enumerate(spans)]


def _raw_spans(text: str):
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            yield from _emit(text, start, i)
            start = i + 1
        elif ch in TERMINATORS:
            end = _boundary_end(text, i)
            if end is not None:
                yield from _emit(text, start, end)
                start = end
                i = end
                continue
            # then no mark of this run ends a sentence either ("?!x", "....x"): skip the run,
            # which keeps a long run of marks linear
            while i + 1 < n and text[i + 1] in TERMINATORS:
                i += 1
        i += 1
    yield from _emit(text, start, n)


def _emit(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _boundary_end(text: str, i: int) -> int | None:
    """Where a sentence ending at the terminator ``text[i]`` stops, or None if it does not."""
    n = len(text)
    j = i + 1
    while j < n and text[j] in TERMINATORS:  # "?!", "..."
        j += 1
    while j < n and (text[j] in CLOSERS or text[j] == "'"):
        j += 1
    if j < n and not text[j].isspace():
        # a danda ends its sentence even when web text glues the next word or figure to it
        # ("है।इसके", "हैं ।27 मार्च तक")
        if text[i] in "।॥" and (text[j].isalpha() or text[j].isdigit()):
            return j
        # a full stop that stands for a danda, glued between two Hindi words ("है.स्वास्थ्य"), but
        # not after an abbreviation or initial ("डॉ.प्रभात", "आर.के.सिंह")
        if text[i] == "." and j == i + 1 and _devanagari_letter(text[i - 1:i]) and _devanagari_letter(text[j]) and \
                _full_stop_ends(text, i, _next_word(text, j)):
            return j
        return None
    nxt = _next_word(text, j)
    if text[i] == "." and (j == i + 1 or text[i + 1:j] == ")") and not _full_stop_ends(text, i, nxt):
        return None  # "Dr. Roe", and "Justice (retd.) Roe": an abbreviation closing a bracket
    if nxt and nxt[0].isalpha() and nxt[0].islower() and nxt[0].isascii():
        return None  # '"Why now?" he asked.' continues
    return j


def _devanagari_letter(char: str) -> bool:
    return bool(char) and "\u0900" <= char <= "\u097f" and unicodedata.category(char)[0] in "LM"


def _next_word(text: str, j: int) -> str:
    match = re.match(r"\s*(\S+)", text[j:j + 80])
    return match.group(1).lstrip("\"'“‘(") if match else ""


def _full_stop_ends(text: str, i: int, nxt: str) -> bool:
    if i > 0 and text[i - 1] == "." :
        return True
    match = re.search(r"([\w\u0900-\u097F.'-]+)$", text[max(0, i - 40):i])
    word = match.group(1) if match else ""
    bare = word.strip("'").casefold()
    if not bare:
        return True
    if bare in ABBREVIATIONS:
        return False
    if bare in NUMBER_ABBREVIATIONS and nxt[:1].isdigit():
        return False
    if bare in TIMES_OF_DAY:  # "at 9 a.m. Roe said": ends; "at 9 a.m. Monday", "5 p.m. IST": does not
        return re.sub(r"\W", "", nxt).casefold() not in TIME_FOLLOWERS
    if "." in bare and re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", bare):
        return False  # U.S. / e.g., but not a figure's decimals ("rose to 3.8. Roe said")
    if "." in bare and all(part in ABBREVIATIONS for part in bare.split(".")):
        return False  # "आर.के.": initials spelt in Devanagari letter names
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: S. Somanath
    return True


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        fragment = text[start:end]
        same_paragraph = merged and "\n" not in text[merged[-1][1]:start]
        if merged and "\n\n" not in text[merged[-1][1]:start] and _is_fragment(fragment) or \
                same_paragraph and _dateline_only(text[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)  # a fragment joins the sentence before it, a dateline the one after
        else:
            merged.append((start, end))
    return merged


def _dateline_only(fragment: str) -> bool:
    """"बिजनौर, 6 जनवरी (जन सरोकार)।": a dateline ended by a danda opens the sentence after it."""
    line = read_dateline(fragment) if len(fragment) <= 80 else None
    return line is not None and line.is_dateline() and not fragment[line.end:].strip(" ।.:-–—")


def _is_fragment(fragment: str) -> bool:
    return len(fragment) <= 80 and bool(ATTRIBUTION_FRAGMENT.match(fragment.strip()))
