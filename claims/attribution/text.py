"""Text helpers for attribution: quotation spans, masking, tokens, and a matching form of
the text that ignores invisible characters while keeping offsets into the stored body."""
from __future__ import annotations

import re
from functools import lru_cache

from claims.lexicon import alternation, lexicon

# zero-width joiners and non-joiners, soft hyphens and byte-order marks: web Hindi puts them
# after a virama ("उन्‍होंने"), where they change nothing a reader sees
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")
# words in either script; a danda is punctuation, not part of the word before it
TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F][\w\u0900-\u0963\u0966-\u097F.'’-]*")
GLUED_DANDA = re.compile(r"(?<=\S)।")
# a sign typed twice ("संंबंध", "कार्यक्रमों"): a slip of the keyboard a reader does not see
DOUBLED_SIGN = re.compile(r"([\u0901-\u0903\u093C\u094D])\1+")
# a colon standing for a visarga ("पुन: निर्णय"), read as the visarga it is
VISARGA_COLON = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(lexicon('hi').words('visarga_words'))}):(?=\s|$)")


def quoted_spans(text: str, continuing: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Character spans inside quotation marks, and whether the last one is left open
    (it then runs to the end). When ``continuing``, the text starts inside a quotation.

    Straight quotes are read by where they stand: one before a word opens, one after a
    word closes, so a stray mark in messy wire copy does not flip the rest. A closing mark
    after a sentence's punctuation with none open before it means the sentence began inside
    a quotation."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = 0 if continuing else None
    i = 0
    n = len(text)
    while i < n:
        mark = 2 if text.startswith(("''", "‘‘", "’’"), i) else 1
        ch = text[i]
        if mark == 1 and ch not in '"“”«»':
            i += 1
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + mark] if i + mark < n else " "
        if ch == "“" and open_at is not None and before in ",.!?" and after.isspace():
            opening = False  # a closing mark typed the wrong way round: 'here,“ said Roe'
        elif ch in "“«" or text.startswith("‘‘", i):
            opening = True
        elif ch in "”»" or text.startswith("’’", i):
            opening = False
        else:
            opening = (before.isspace() or before in "([{:—-") and not after.isspace()
        if opening and open_at is None:
            open_at = i
        elif not opening and open_at is not None:
            spans.append((open_at, i + mark))
            open_at = None
        elif not opening and not spans and before in ",.!?…":
            spans.append((0, i + mark))  # the sentence opened inside a quotation: 'Thanks!” wrote Roe'
        i += mark
    if open_at is not None:
        spans.append((open_at, n))
        return spans, True
    return spans, False


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``spans`` blanked (same length), but for a comma
    just before a closing mark: in 'Roe, who called it "a trap," said' it closes the aside."""
    chars = list(text)
    for start, end in spans:
        inner = text[start:end].rstrip('"”»’\'')
        keep = start + len(inner) - 1 if inner.endswith(",") and len(inner) < end - start else -1
        for k in range(start, end):
            chars[k] = " " if not chars[k].isspace() and k != keep else chars[k]
    return "".join(chars)


@lru_cache(maxsize=1024)  # a sentence is read for names and for cues
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text))


def for_matching(text: str) -> tuple[str, list[int]]:
    """``text`` without invisible characters or a sign typed twice, with a space before a danda
    and a visarga typed as a colon read as a visarga, and for each character of the result its
    offset in ``text`` (one more entry for the end)."""
    if INVISIBLE.search(text) is None and DOUBLED_SIGN.search(text) is None:  # most text: only a danda glued to its word gets a space
        parts: list[str] = []
        where = []
        last = 0
        for match in GLUED_DANDA.finditer(text):
            parts += [text[last:match.start()], " "]
            where += [*range(last, match.start()), match.start()]
            last = match.start()
        parts.append(text[last:])
        where += [*range(last, len(text) + 1)]
        return VISARGA_COLON.sub(lambda m: m.group(0)[:-1] + "ः", "".join(parts)), where
    out: list[str] = []
    where = []
    for i, ch in enumerate(text):
        if INVISIBLE.match(ch) or i and ch == text[i - 1] and DOUBLED_SIGN.match(text, i - 1):
            continue
        if ch == "।" and out and not out[-1].isspace():
            out.append(" ")
            where.append(i)
        out.append(ch)
        where.append(i)
    where.append(len(text))
    return VISARGA_COLON.sub(lambda m: m.group(0)[:-1] + "ः", "".join(out)), where


def back(where: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A span of the matching form as a span of the original text."""
    start, end = span
    start = where[min(max(0, start), len(where) - 1)]
    end = where[min(max(0, end), len(where) - 1)] if end < len(where) - 1 else where[-1]
    return start, max(start, end)


# a line that signs what stands above it, as a quotation box does: "- डॉ. एके पांडेय, सीएमओ",
# "डॉ पीके दास, निदेशक, आरएमआरआइ": a name of up to four words, then up to three fields of office,
# body or place, and nothing else on the line
# a word of a name or an office in either script, its stops kept ("डॉ.", "P.K."); a danda ends it
NAME_WORD = r"[\u0900-\u0963\u0966-\u097FA-Za-z][\u0900-\u0963\u0966-\u097FA-Za-z.]*"
SIGNATURE = re.compile(rf"^\s*(?:[-–—]\s*)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})((?:\s*,\s*[^,:।.\d\"“”]{{2,60}}){{1,3}})\s*$")

