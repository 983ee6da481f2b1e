"""Attribution scores on a labelled set: sentences, claims, speakers, sources, kinds.

Two ways to decide whether a predicted speaker is the labelled one:

- ``names`` (our gold set, whose labels are canonical names): the label is resolved by the
  same registry the pipeline uses, and the ids must be equal. A new name must therefore get
  the same id in both scripts.
- ``majority`` (sets whose labels are ids of their own, such as ``lav_agarwal``): each
  predicted id stands for the labelled speaker it is most often given to across the set, and
  a prediction is right when it stands for the labelled one. Several predicted ids for one
  person all count as right here; ``speaker_ids_per_person`` shows that split.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from claims.names import Registry
from claims.pipeline import analyse
from evaluation.sets import Labelled


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)


def predictions(items: list[Labelled], *, one_run: bool = False) -> list[tuple[Labelled, dict, object]]:
    """(article, label, predicted sentence or None) for every labelled sentence. Each article is
    read with a registry of its own, or (``one_run``) the articles of an event (a day, for real
    news) one after another with one registry, as an ingest run reads them: names one article
    taught the registry are known in the next."""
    out = []
    registries: dict[str, Registry] = {}
    for item in items:
        registry = registries.setdefault(item.event, Registry.default()) if one_run else Registry.default()
        analysed = analyse(item.article, registry)
        by_span = {(s.sentence.start, s.sentence.end): s for s in analysed.sentences}
        for label in item.labels:
            out.append((item, label, by_span.get((label["start"], label["end"]))))
    return out


def score(items: list[Labelled], *, match: str = "names", one_run: bool = False) -> dict[str, dict[str, float]]:
    """Figures per language and for ``all``; empty when ``items`` is. ``one_run``: see ``predictions``."""
    rows = predictions(items, one_run=one_run)
    registry = Registry.default()

    def gold_id(name: str | None, kind: str) -> str | None:
        if not name:
            return None
        return registry.resolve(name, kind).id if match == "names" else name

    def pred_speaker(p) -> str | None:
        return p.attribution.speaker.id if p is not None and p.attribution.speaker else None

    stands_for: dict[str, str] = {}
    if match == "majority":
        seen: dict[str, Counter] = defaultdict(Counter)
        for _, g, p in rows:
            for pred, gold in [(pred_speaker(p), g["speaker"])] + [
                    (e.id, s) for e in (p.attribution.sources if p else ()) for s in g["sources"]]:
                if pred is not None and gold is not None:
                    seen[pred][gold] += 1
        stands_for = {pred: counts.most_common(1)[0][0] for pred, counts in seen.items()}

    def as_gold(pred: str | None) -> str | None:
        if pred is None or match == "names":
            return pred
        return stands_for.get(pred, "?" + pred)

    counts: dict[str, Counter] = defaultdict(Counter)
    ids_per_person: dict[str, set] = defaultdict(set)
    for item, g, p in rows:
        for key in (item.article.language, "all"):
            c = counts[key]
            c["sentences"] += 1
            if p is None:
                c["sent_fn"] += 1
                continue
            c["sent_tp"] += 1
            c["claim_tp"] += g["is_claim"] and p.is_claim
            c["claim_fp"] += (not g["is_claim"]) and p.is_claim
            c["claim_fn"] += g["is_claim"] and not p.is_claim
            gold_speaker = gold_id(g["speaker"], "person")
            predicted = pred_speaker(p)
            # the labels name a speaker without saying whether it is a person or a body, and a
            # body's id is spelt from its name, a person's from its sound: either id is right
            right = as_gold(predicted) in {gold_speaker, gold_id(g["speaker"], "org")}
            if gold_speaker is not None:
                c["with_speaker_n"] += 1
                c["with_speaker_ok"] += right
                c["with_speaker_none"] += predicted is None
                if key == "all":
                    ids_per_person[gold_speaker].add(predicted)
            if not g["is_claim"]:
                continue
            c["speaker_n"] += 1
            c["speaker_ok"] += right
            if gold_speaker is None:
                c["reporter_n"] += 1
                c["false_attr"] += predicted is not None
            # a credited source is an outlet or a body ("according to police"): either id is right
            gold_sources = [{gold_id(s, "outlet"), gold_id(s, "org")} for s in g["sources"]]
            pred_sources = {as_gold(e.id) for e in p.attribution.sources}
            found = sum(bool(ids & pred_sources) for ids in gold_sources)
            c["src_tp"] += found
            c["src_fp"] += len(pred_sources - set().union(*gold_sources))
            c["src_fn"] += len(gold_sources) - found
            c["kind_ok"] += g["kind"] == p.attribution.kind
    result: dict[str, dict[str, float]] = {}
    for key, c in counts.items():
        c["sent_fp"] = 0  # predicted sentences are only looked up by labelled spans
        result[key] = {
            "sentence_recall": c["sent_tp"] / max(1, c["sentences"]),
            "claim_precision": c["claim_tp"] / max(1, c["claim_tp"] + c["claim_fp"]),
            "claim_recall": c["claim_tp"] / max(1, c["claim_tp"] + c["claim_fn"]),
            "speaker_accuracy": c["speaker_ok"] / max(1, c["speaker_n"]),
            "speaker_right_when_labelled": c["with_speaker_ok"] / max(1, c["with_speaker_n"]),
            "speaker_none_when_labelled": c["with_speaker_none"] / max(1, c["with_speaker_n"]),
            "false_attribution": c["false_attr"] / max(1, c["reporter_n"]),
            "sources_f1": f1(c["src_tp"], c["src_fp"], c["src_fn"]),
            "kind_accuracy": c["kind_ok"] / max(1, c["speaker_n"]),
            "sentences": c["sentences"],
        }
    if result:
        # ids our speakers give one labelled person, not counting a wrong person (a speaker
        # accuracy error) nor no speaker at all
        ids = []
        for person, predicted in ids_per_person.items():
            own = {i for i in predicted if i is not None and as_gold(i) == person}
            ids.append(len(own) or 1)
        result["all"]["speaker_ids_per_person"] = sum(ids) / max(1, len(ids))
    return result
