"""Rows of a table in an article, read as the claims they are.

A news table arrives as lines of tab-separated cells ("3	बिहार	11	0	1"), with its column
names either on a line of their own before the rows or one per line just above them
("क्रमांक", "राज्य", "मरीजों की कुल संख्या", ...). On its own a row says little and its
serial number reads as a figure; read with its column names it says what a sentence would:
"बिहार: मरीजों की कुल संख्या 11, ठीक हुए 0, मौत 1".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DIGIT = re.compile(r"[0-9०-९]")
# a column name is a few words with no figure in them
HEADER_WORDS = 8


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    cells: tuple[str, ...]


def _lines(body: str) -> list[_Line]:
    out, start = [], 0
    for raw in body.split("\n"):
        cells = tuple(c.strip() for c in raw.split("\t"))
        while len(cells) > 1 and not cells[-1]:
            cells = cells[:-1]
        out.append(_Line(start, start + len(raw), cells))
        start += len(raw) + 1
    return out


def _is_name(cell: str) -> bool:
    return bool(cell) and not _DIGIT.search(cell) and len(cell.split()) <= HEADER_WORDS


def _serial(rows: list[tuple[str, ...]], column: int) -> bool:
    """A column that only numbers the rows: 1, 2, 3, ... down the table."""
    values = [row[column].rstrip(".") for row in rows if row[column]]  # not a total's empty cell
    return len(values) >= 2 and all(v.isdigit() for v in values) and \
        [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))


def row_at(body: str, rows: dict[int, tuple[int, str]], start: int, end: int) -> str | None:
    """The row read with its column names when ``body[start:end]`` is a whole table row, else None."""
    line = body.rfind("\n", 0, start) + 1
    found = rows.get(line)
    if found is None or body[line:start].strip() or body[end:found[0]].strip():
        return None
    return found[1]


def rows(body: str) -> dict[int, tuple[int, str]]:
    """Where each table row's line starts in ``body`` -> where it ends, and the row read with
    its column names."""
    lines = _lines(body)
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(lines):
        width = len(lines[i].cells)
        if sum(map(bool, lines[i].cells)) < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and len(lines[j].cells) == width and sum(map(bool, lines[j].cells)) >= 2:
            j += 1
        block = [line.cells for line in lines[i:j]]
        names: tuple[str, ...] | None = None
        if all(_is_name(c) or not c for c in block[0]) and len(block) > 1:
            names, block = block[0], block[1:]
            first = i + 1
        else:
            first = i
            above = lines[max(0, i - width):i]
            if len(above) == width and all(len(line.cells) == 1 and _is_name(line.cells[0]) for line in above):
                names = tuple(line.cells[0] for line in above)
        keep = [c for c in range(width) if not _serial(block, c)]
        for k, cells in enumerate(block):
            line = lines[first + k]
            out[line.start] = (line.end, _read(cells, names, keep))
        i = j
    return out


def _read(cells: tuple[str, ...], names: tuple[str, ...] | None, keep: list[int]) -> str:
    """One row: its first cell without a figure, then each other kept cell after its column's name."""
    label = next((c for c in keep if cells[c] and not _DIGIT.search(cells[c])), None)
    parts = []
    for c in keep:
        if c == label or not cells[c]:
            continue
        parts.append(f"{names[c]} {cells[c]}" if names and names[c] else cells[c])
    head = cells[label] if label is not None else ""
    return f"{head}: {', '.join(parts)}" if head and parts else head or ", ".join(parts)
