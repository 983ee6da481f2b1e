"""Attribution quality on our gold set (tests/gold): sentences, claims, speakers, sources, kind.

    python bench/attribution.py

Prints, per language and overall: sentence F1 (exact boundaries), claim precision/recall,
speaker accuracy (on gold claims), distinct predicted speaker ids per real person,
false-attribution rate (a speaker given where the outlet speaks for itself), sources F1 and
kind accuracy. Speaker ids per real person counts the distinct ids our speakers get for one
gold person (a different real person in their place is a speaker-accuracy error, not counted
here). ``score()`` returns the same figures for tests.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.reading import read_file  # noqa: E402
from claims.names import Registry  # noqa: E402
from claims.pipeline import analyse  # noqa: E402

GOLD = ROOT / "tests" / "gold"


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)


def _ident(registry: Registry, name: str | None, kind: str) -> str | None:
    if not name:
        return None
    return registry.resolve(name, kind).id


def score(gold_dir: Path = GOLD) -> dict[str, dict[str, float]]:
    labels = [json.loads(line) for line in (gold_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    by_article = defaultdict(list)
    for label in labels:
        by_article[label["article"]].append(label)
    counts = defaultdict(lambda: defaultdict(float))
    ids_per_person: dict[str, set] = defaultdict(set)
    for name, gold in by_article.items():
        registry = Registry.default()
        (article,) = read_file(str(gold_dir / "articles" / f"{name}.md"), registry).articles
        lang = article.language
        analysed = analyse(article, registry)
        body = article.body
        spans, pos = [], 0
        for g in gold:
            start = body.index(g["text"], pos)
            spans.append((start, start + len(g["text"])))
            pos = start + len(g["text"])
        predicted = {(s.sentence.start, s.sentence.end): s for s in analysed.sentences}
        for key in (lang, "all"):
            c = counts[key]
            matched = set(spans) & set(predicted)
            c["sent_tp"] += len(matched)
            c["sent_fp"] += len(predicted) - len(matched)
            c["sent_fn"] += len(spans) - len(matched)
            for g, span in zip(gold, spans):
                p = predicted.get(span)
                if p is None:
                    continue
                c["claim_tp"] += g["is_claim"] and p.is_claim
                c["claim_fp"] += (not g["is_claim"]) and p.is_claim
                c["claim_fn"] += g["is_claim"] and not p.is_claim
                if not g["is_claim"]:
                    continue
                gold_speaker = _ident(registry, g["speaker"], "person")
                pred_speaker = p.attribution.speaker.id if p.attribution.speaker else None
                c["speaker_n"] += 1
                c["speaker_ok"] += gold_speaker == pred_speaker
                if gold_speaker is None:
                    c["reporter_n"] += 1
                    c["false_attr"] += pred_speaker is not None
                elif key == "all":
                    ids_per_person[gold_speaker].add(pred_speaker)
                gold_sources = {_ident(registry, s, "outlet") for s in g["sources"]}
                pred_sources = {e.id for e in p.attribution.sources}
                c["src_tp"] += len(gold_sources & pred_sources)
                c["src_fp"] += len(pred_sources - gold_sources)
                c["src_fn"] += len(gold_sources - pred_sources)
                c["kind_ok"] += g["kind"] == p.attribution.kind
    result = {}
    for key, c in counts.items():
        result[key] = {
            "sentence_f1": _f1(c["sent_tp"], c["sent_fp"], c["sent_fn"]),
            "claim_precision": c["claim_tp"] / max(1, c["claim_tp"] + c["claim_fp"]),
            "claim_recall": c["claim_tp"] / max(1, c["claim_tp"] + c["claim_fn"]),
            "speaker_accuracy": c["speaker_ok"] / max(1, c["speaker_n"]),
            "false_attribution": c["false_attr"] / max(1, c["reporter_n"]),
            "sources_f1": _f1(c["src_tp"], c["src_fp"], c["src_fn"]),
            "kind_accuracy": c["kind_ok"] / max(1, c["speaker_n"]),
            "sentences": c["sent_tp"] + c["sent_fn"],
        }
    # fragmentation: ids given to one person, not counting a wrong person (that is a speaker
    # accuracy error) nor no speaker at all
    people = set(ids_per_person)
    ids = [len({i for i in v if i is not None and (i == person or i not in people)}) or 1
           for person, v in ids_per_person.items()]
    result["all"]["speaker_ids_per_person"] = sum(ids) / max(1, len(ids))
    return result


def main() -> None:
    result = score()
    keys = [k for k in result["all"] if k != "sentences"]
    print(f"{'metric':<24}" + "".join(f"{lang:>8}" for lang in ("en", "hi", "all")))
    for k in keys:
        print(f"{k:<24}" + "".join(f"{result[lang].get(k, float('nan')):>8.3f}" for lang in ("en", "hi", "all")))
    print(f"{'sentences':<24}" + "".join(f"{result[lang]['sentences']:>8.0f}" for lang in ("en", "hi", "all")))


if __name__ == "__main__":
    main()
