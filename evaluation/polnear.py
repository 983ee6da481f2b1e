"""PolNeAR (political news attribution relations, English) as a measuring set.

PolNeAR has no licence: it may guide and measure, but nothing shipped may be learnt from it,
and no sentence of it may be copied into the repository.

- Articles: ``<shared data>/polnear_train/data/train``; one annotator per article (the first
  ``.ann`` file in name order, as ``bench/polnear.py`` always did).
- Split, fixed by article: TEST when ``int(sha1(stem), 16) % 5 == 0``, else DEV.
- Measured: attributions whose Source is **named** and whose Cue is a **speech verb**.

  * named: the Source span has a proper name: a word written with a capital that is not a
    pronoun, determiner or relative word (``He``, ``The`` ...) and not the head of a generic
    group (``Officials``, ``Analysts``: ``generic_heads`` in the lexicon). So "Hillary Clinton",
    "Trump", "the FBI", "Sen. Jane Roe" count; "a campaign spokesman", "officials", "he", "his
    campaign" do not (our conventions give those no speaker, or a pronoun's person).
  * described: the wider set the figures ``described_*`` report, where any word that is not a
    pronoun, determiner or relative word counts ("a campaign spokesman", "officials").
  * speech verb: a word or phrase of the Cue span, folded, is in ``measure_cues`` of
    ``claims/lexicon/en.yaml`` (said, says, told, according to, added ...).

  For each such attribution, the sentences of our analysis that overlap its Content are
  found; it is **right** when every one of them gets the gold speaker, **none** when none of
  them gets any speaker. Our speaker is the gold one when its id equals the registry lookup
  of the Source text, or when one of its names (or their last word) appears in the Source
  span.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from claims.reading import make_article
from claims.lexicon import lexicon
from claims.models import Article
from claims.names import Registry, fold
from claims.pipeline import analyse
from evaluation.sets import shared_data

NOT_NAMING = {"he", "she", "they", "i", "we", "it", "you", "his", "her", "their", "its", "our", "my", "your",
              "him", "them", "us", "me", "who", "which", "that", "whom", "whose", "the", "a", "an", "this",
              "these", "those", "one", "himself", "herself", "themselves", "itself", "s"}


def data_dir() -> Path:
    return shared_data() / "polnear_train" / "data" / "train"


@dataclass(frozen=True)
class Relation:
    content: tuple[int, int]
    cue: str
    source: str


@dataclass
class PolnearArticle:
    stem: str
    split: str
    article: Article
    relations: list[Relation]


def split_of(stem: str) -> str:
    return "test" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def read_ann(path: Path) -> list[Relation]:
    spans: dict[str, tuple[int, int, str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, where = parts[1].partition(" ")
            offsets = [int(x) for x in re.findall(r"\d+", where)]
            if offsets:
                spans[parts[0]] = (min(offsets), max(offsets), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(item.split(":", 1) for item in parts[1].split() if ":" in item))
    out = []
    for roles in events:
        if all(roles.get(r) in spans for r in ("Content", "Cue", "Source")):
            content, cue, source = (spans[roles[r]] for r in ("Content", "Cue", "Source"))
            out.append(Relation((content[0], content[1]), cue[2], source[2]))
    return out


def articles(split: str | None = None, limit: int = 0) -> list[PolnearArticle]:
    """The articles of one part (``dev`` or ``test``), or both; [] when the data is absent."""
    root = data_dir()
    if not root.is_dir():
        return []
    out, seen = [], set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        text = root / "text" / f"{stem}.txt"
        if stem in seen or not text.exists():
            continue
        seen.add(stem)
        part = split_of(stem)
        if split is not None and part != split:
            continue
        registry = Registry.default()
        article = make_article(str(text), {"outlet": stem.split("_")[0], "language": "en"},
                               text.read_text(encoding="utf-8"), registry, [])
        out.append(PolnearArticle(stem, part, article, read_ann(ann)))
        if limit and len(out) >= limit:
            break
    return out


GENERIC = frozenset(fold(w) for w in lexicon("en").words("generic_heads"))


def is_described(source: str) -> bool:
    return any(w not in NOT_NAMING for w in fold(source).split())


def is_named(source: str) -> bool:
    """A proper name in the span: a capitalised word that is neither a function word nor a group."""
    for word in re.findall(r"[^\W\d_][\w.'-]*", source):
        folded = fold(word).strip(".'-")
        if word[0].isupper() and folded and folded not in NOT_NAMING and folded not in GENERIC:
            return True
    return False


SPEECH_CUES = tuple(fold(c) for c in lexicon("en").words("measure_cues"))


def is_speech_cue(cue: str) -> bool:
    folded = f" {fold(cue)} "
    return any(f" {c} " in folded for c in SPEECH_CUES)


def speaker_matches(speaker, source: str, registry: Registry) -> bool:
    gold = registry.lookup(source)
    if gold is not None and gold.id == speaker.id:
        return True
    words = set(fold(source).split())
    text = f" {fold(source)} "
    for _, name in (*speaker.names, ("", speaker.name)):
        folded = fold(name)
        if folded and (f" {folded} " in text or folded.split()[-1] in words):
            return True
    return False


def score(items: list[PolnearArticle]) -> dict[str, float]:
    """Named speech-verb attributions: how many, and the shares right and with no speaker."""
    counts = {"named": [0, 0, 0], "described": [0, 0, 0]}  # attributions, right, none
    for item in items:
        registry = Registry.default()
        analysed = analyse(item.article, registry).sentences
        for rel in item.relations:
            if not (is_described(rel.source) and is_speech_cue(rel.cue)):
                continue
            start, end = rel.content
            holders = [s for s in analysed if s.sentence.start < end and start < s.sentence.end]
            if not holders:
                continue
            speakers = [s.attribution.speaker for s in holders]
            got = (1, all(sp is not None and speaker_matches(sp, rel.source, registry) for sp in speakers),
                   all(sp is None for sp in speakers))
            for kind in ("named", "described") if is_named(rel.source) else ("described",):
                counts[kind] = [a + b for a, b in zip(counts[kind], got)]
    (n, right, none), (dn, dright, dnone) = counts["named"], counts["described"]
    return {"articles": len(items), "named_speech_attributions": n,
            "right": right / max(1, n), "none": none / max(1, n),
            "described_speech_attributions": dn, "described_right": dright / max(1, dn),
            "described_none": dnone / max(1, dn)}
