"""PolNeAR (political news attribution relations, English) as a measuring set.

PolNeAR has no licence: it may guide and measure, but nothing shipped may be learnt from it,
and no sentence of it may be copied into the repository.

- Articles: ``<shared data>/polnear_train/data/train``; one annotator per article (the first
  ``.ann`` file in name order, as ``bench/polnear.py`` always did).
- Split, fixed by article: TEST when ``int(sha1(stem), 16) % 5 == 0``, else DEV.
- Measured: attributions whose Source is **named** and whose Cue is a **speech verb**.

  * named: the head of the Source (its last word before a comma, a bracket, a dash or a word
    such as "of", "for", "who") is a proper name: written with a capital, not a pronoun,
    determiner or relative word (``He``, ``The`` ...) and not the head of a generic group
    (``Officials``, ``Analysts``: ``generic_heads`` in the lexicon). A word that has its capital
    only because it opens the sentence counts when the article also writes it with a capital
    inside a sentence. So "Hillary Clinton", "Trump", "the FBI", "Sen. Jane Roe, D-Ohio", "the
    Ministry of Ports" count; "a campaign spokesman", "officials", "he", "his campaign", "Roe's
    fans", "a State Department spokesman", "the Russian leader", "Many in the hall" do not (our
    conventions give those no speaker, a pronoun's person, or the holder of a role).
    ``*_first_definition``: the figures when any capitalised word of the span counted, sentence
    openers and modifiers included, and only the speaker was compared.
  * described: the wider set the figures ``described_*`` report, where any word that is not a
    pronoun, determiner or relative word counts ("a campaign spokesman", "officials").
  * speech verb: a word or phrase of the Cue span, folded, is in ``measure_cues`` of
    ``claims/lexicon/en.yaml`` (said, says, told, according to, added ...).

  For each such attribution, the sentences of our analysis that overlap its Content are
  found; it is **right** when every one of them gets the gold Source, as its speaker or among
  the sources it credits (our conventions keep media out of the speaker, "according to The
  Times", and give a body credited as a source, "according to the Labor Department"); **none**
  when it is not right and none of them gets a speaker. Our speaker is the gold one when its id equals the registry lookup
  of the Source text, or when one of its names (or their first or last word) appears in the
  Source span ("Mr. Lou" is Lou Jiwei, "Donald" Donald Trump).
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
    source_start: int = -1


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
            out.append(Relation((content[0], content[1]), cue[2], source[2], source[0]))
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


WORD = re.compile(r"[^\W\d_][\w.'’-]*")
HEAD_ENDS = re.compile(r"[,(\[—–]| - | (?:of|for|from|at|in|on|with|by|across|among|who|whom|which|that|whose|"
                       r"familiar|obtained|published|released|reported|close)\b")
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*|[\"“‘]\s*)$")


def _capital(word: str) -> bool:
    folded = fold(word).strip(".'’-")
    return word[0].isupper() and bool(folded) and folded not in NOT_NAMING and folded not in GENERIC


def _written_as_name(word: str, text: str) -> bool:
    """The article writes the word with its capital inside a sentence, not only at a sentence's start."""
    return re.search(rf"(?:[\w,;:’']|\b[A-Z][a-z]{{0,3}}\.) {re.escape(word)}\b", text) is not None


def _all_capitalised(phrase: str) -> bool:
    words = WORD.findall(re.sub(r"\([^)]*\)", "", phrase))
    return 1 < len(words) <= 5 and all(w[0].isupper() for w in words) and _capital(words[-1])


def is_named(source: str, text: str | None = None, start: int = -1) -> bool:
    """The Source's head is a proper name (see the module's notes); ``text`` and ``start`` place it in
    the article, to tell a name from a common word capitalised only because it opens a sentence."""
    head = HEAD_ENDS.split(source, maxsplit=1)[0]
    words = WORD.findall(head)
    if not (words and _capital(words[-1])):
        # "the council spokesman, Jane Roe," names the holder in an apposition
        apposition = source[len(head):].lstrip(" ,(—–-").split(",")[0]
        return source[len(head):len(head) + 2].strip() in {",", "—", "–"} and _all_capitalised(apposition)
    opens = text is not None and start >= 0 and SENTENCE_START.search(text[max(0, start - 3):start]) is not None
    if opens and len(words) == 1 and not _written_as_name(words[0], text):
        return False
    return True


def is_named_first_definition(source: str) -> bool:
    """The first, looser measure: any capitalised word of the span that is not a function word or group."""
    return any(_capital(word) for word in re.findall(r"[^\W\d_][\w.'-]*", source))


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
        if folded and (f" {folded} " in text or folded.split()[-1] in words or folded.split()[0] in words):
            return True
    return False


def score(items: list[PolnearArticle]) -> dict[str, float]:
    """Named speech-verb attributions: how many, and the shares right and with no speaker."""
    counts = {"named": [0, 0, 0], "described": [0, 0, 0], "first": [0, 0, 0]}  # attributions, right, none
    for item in items:
        registry = Registry.default()
        analysed = analyse(item.article, registry).sentences
        text = item.article.body
        for rel in item.relations:
            if not (is_described(rel.source) and is_speech_cue(rel.cue)):
                continue
            start, end = rel.content
            holders = [s for s in analysed if s.sentence.start < end and start < s.sentence.end]
            if not holders:
                continue
            speakers = [s.attribution.speaker for s in holders]
            no_speaker = all(sp is None for sp in speakers)
            said = all(sp is not None and speaker_matches(sp, rel.source, registry) for sp in speakers)
            credited = all((sp is not None and speaker_matches(sp, rel.source, registry))
                           or any(speaker_matches(src, rel.source, registry) for src in s.attribution.sources)
                           for s, sp in zip(holders, speakers))
            kinds = ["described"]
            if is_named(rel.source, text, rel.source_start):
                kinds.append("named")
            for kind in kinds:
                counts[kind] = [a + b for a, b in zip(counts[kind], (1, credited, no_speaker and not credited))]
            if is_named_first_definition(rel.source):
                counts["first"] = [a + b for a, b in zip(counts["first"], (1, said, no_speaker))]
    (n, right, none), (dn, dright, dnone), (fn, fright, fnone) = counts["named"], counts["described"], counts["first"]
    return {"articles": len(items), "named_speech_attributions": n,
            "right": right / max(1, n), "none": none / max(1, n),
            "described_speech_attributions": dn, "described_right": dright / max(1, dn),
            "described_none": dnone / max(1, dn),
            "named_first_definition": fn, "right_first_definition": fright / max(1, fn),
            "none_first_definition": fnone / max(1, fn)}
