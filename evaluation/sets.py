"""The labelled sets, each split into a development part and a test part.

- ``ours``: ``tests/gold`` (articles we wrote). Split by event in ``tests/gold/splits.json``.
- ``hindi_news``: real Hindi news from ``../shared/data/hindi_news_covid2020_march``. Its
  development part is the set shipped with the data (``labelled/``, 21–25 March),
  ``tests/gold/hindi_news_dev`` (26–28 March), ``tests/gold/hindi_news_dev2`` (29–31 March),
  ``tests/gold/hindi_news_dev3`` (15–17 March), ``tests/gold/hindi_news_dev4`` (12–14 March),
  ``tests/gold/hindi_news_dev5`` (9–11 March), ``tests/gold/hindi_news_dev6`` (6–8 March),
  ``tests/gold/hindi_news_dev7`` (1–5 March), ``tests/gold/hindi_news_dev8`` (3–5 and 12 March),
  ``tests/gold/hindi_news_dev9`` (9–10, 14 and 21–22 March) and ``tests/gold/hindi_news_dev10`` (5–8, 23
  and 25–26 March);
  its test part is ``tests/gold/hindi_news`` (18–20 March). Ours are stored as offsets into
  the day files, never the text.
- PolNeAR is read by ``evaluation.polnear``.

Shared data is optional: a loader returns ``[]`` when its folder is absent, and the benches
say so.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claims.reading import make_article, read_file
from claims.reading.decoding import clean
from claims.models import Article
from claims.names import Registry

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SPLITS = ("dev", "test")


def shared_data() -> Path:
    """Where the public data sets live: ``$CLAIMS_SHARED_DATA`` or ``../shared/data``."""
    return Path(os.environ.get("CLAIMS_SHARED_DATA") or ROOT.parent / "shared" / "data")


@dataclass
class Labelled:
    """One labelled article: the article as the pipeline reads it and its sentence labels,
    each with ``text``, ``start`` and ``end`` (offsets into ``article.body``), and the set of
    labels it belongs to (groups never span two sets)."""

    name: str
    event: str
    split: str
    article: Article
    labels: list[dict] = field(default_factory=list)
    labelled_set: str = ""


def _read_labels(path: Path) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_article.setdefault(row["article"], []).append(row)
    return by_article


def _locate(body: str, labels: list[dict]) -> list[dict]:
    """Labels with ``start``/``end`` filled in by finding each text in order."""
    pos, out = 0, []
    for label in labels:
        text = clean(label["text"])[0].strip()  # as the reader stores the body
        start = body.index(text, pos)
        pos = start + len(text)
        out.append({**label, "text": text, "start": start, "end": pos})
    return out


def ours(split: str | None = None, gold: Path = GOLD) -> list[Labelled]:
    """Our gold articles, optionally only one part (``dev`` or ``test``)."""
    parts = json.loads((gold / "splits.json").read_text(encoding="utf-8"))
    event_split = {event: part for part in SPLITS for event in parts[part]}
    out = []
    for name, labels in sorted(_read_labels(gold / "labels.jsonl").items()):
        event = name.split("_")[2]
        part = event_split.get(event)
        if part is None:
            raise ValueError(f"{gold / 'splits.json'}: event {event!r} is in neither part")
        if split is not None and part != split:
            continue
        (article,) = read_file(str(gold / "articles" / f"{name}.md"), Registry.default()).articles
        out.append(Labelled(name, event, part, article, _locate(article.body, labels)))
    return out


def hindi_news(split: str | None = None) -> list[Labelled]:
    """Real Hindi news: development part (the shipped labels and ours of later days) and test part."""
    root = shared_data() / "hindi_news_covid2020_march"
    if not root.is_dir():
        return []
    out: list[Labelled] = []
    if split in (None, "dev") and (root / "labelled").is_dir():
        for name, labels in sorted(_read_labels(root / "labelled" / "labels.jsonl").items()):
            (article,) = read_file(str(root / "labelled" / "articles" / f"{name}.md"), Registry.default()).articles
            out.append(Labelled(name, _day(article), "dev", article, _locate(article.body, labels), "labelled"))
    if split in (None, "dev"):
        out += _offset_labelled(root, GOLD / "hindi_news_dev", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev2", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev3", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev4", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev5", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev6", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev7", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev8", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev9", "dev")
        out += _offset_labelled(root, GOLD / "hindi_news_dev10", "dev")
    if split in (None, "test"):
        out += _offset_labelled(root, GOLD / "hindi_news", "test")
    return out


def _offset_labelled(root: Path, folder: Path, part: str) -> list[Labelled]:
    """Articles labelled by us and stored as line numbers and offsets into the day files, never
    their text (``tests/gold/hindi_news`` and the development folders ``tests/gold/hindi_news_dev*``)."""
    if not (folder / "articles.jsonl").exists():
        return []
    by_article = _read_labels(folder / "labels.jsonl")
    out = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        meta = json.loads(line)
        lines = (root / meta["file"]).read_text(encoding="utf-8").split("\n")
        body = "\n".join(lines[meta["first_line"] - 1:meta["last_line"]]).strip("\n")
        title = lines[meta["headline_line"] - 1].strip()
        labels = []
        for row in by_article.get(meta["id"], []):
            text = body[row["start"]:row["end"]]
            if hashlib.sha1(text.encode()).hexdigest()[:10] != row["sha1"]:
                raise ValueError(f"{meta['id']}#{row['index']}: the day file no longer holds the labelled text")
            labels.append({**row, "text": text})
        # the body as the reader stores it (NFC: "ढ़" written as one code point becomes two), and the
        # labels' offsets into that body, so that an article read back from a file keeps them
        stored, _ = clean(body)
        article = make_article(str(root / meta["file"]), {"title": title, "outlet": meta["outlet"],
                               "published": date.fromisoformat(meta["published"]), "language": "hi"},
                               stored, Registry.default(), [])
        out.append(Labelled(meta["id"], _day(article), part, article, _locate(article.body, labels), folder.name))
    return out


def _day(article: Article) -> str:
    return article.published.isoformat() if article.published else "undated"


