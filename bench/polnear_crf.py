"""Where the rules stall: a sequence model for sources and cues, learnt from PolNeAR's
development part and measured beside the rules on its test part.

PolNeAR has no licence, so what is learnt here guides and measures only: the model lives for
the length of the run and nothing of it is written to disk or shipped.

A linear-chain CRF (python-crfsuite) tags each word of a sentence as the beginning or inside
of a Source, of a Cue, or outside both. Its features are the word and its shape, affixes,
whether the lexicon lists it as a speech verb, title or pronoun, and the same for two words on
each side. Three figures on the test part:

- source spans: precision / recall / F1 of predicted Source spans against the gold ones,
  exactly and by head (the spans share their last word);
- named speech-verb attributions (the measure ``bench/attribution.py`` prints for the rules):
  an attribution is right when the sentence holding its cue has a predicted Source whose last
  word is in the gold Source, and none when no Source is predicted there. The rules' figures
  on the same attributions are printed beside it. The CRF is given the easier task (its
  source need only share a word with the gold one, and no sentence of a quotation but the
  cue's is asked of it), so where it does worse the rules hold.

    python bench/polnear_crf.py [--limit N] [--json]

Skips cleanly when the data or python-crfsuite is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.lexicon import lexicon  # noqa: E402
from claims.names import fold  # noqa: E402
from claims.sentences import split  # noqa: E402
from evaluation import polnear  # noqa: E402

TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?|[^\w\s]")


def spans_of(ann: Path) -> dict[str, list[tuple[int, int]]]:
    """Source and Cue spans of an annotation file (a discontinuous span by its outer ends)."""
    out: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": []}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, where = parts[1].partition(" ")
            if label in out:
                offsets = [int(x) for x in re.findall(r"\d+", where)]
                out[label].append((min(offsets), max(offsets)))
    return out


def _word_sets() -> dict[str, frozenset[str]]:
    en = lexicon("en")
    pronoun_words = {fold(str(w)) for w in en.mapping("pronouns")}
    return {"speech": frozenset(fold(w) for w in (*en.words("speech_verbs"), *en.words("measure_cues"),
                                                     *en.words("speech_participles"))),
            "title": frozenset(fold(w) for w in en.words("titles")),
            "role": frozenset(fold(w) for w in en.words("roles")),
            "generic": frozenset(fold(w) for w in en.words("generic_heads")),
            "pronoun": frozenset(pronoun_words | {fold(w) for w in en.words("possessive_pronouns")})}


def word_features(word: str, sets: dict[str, frozenset[str]]) -> dict[str, object]:
    low = word.lower()
    shape = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "0", word)))
    out: dict[str, object] = {"w": low, "shape": shape, "p3": low[:3], "s3": low[-3:], "s2": low[-2:],
                              "cap": word[:1].isupper(), "punct": not word[:1].isalnum()}
    for name, words in sets.items():
        if low in words:
            out[name] = True
    return out


def sentence_features(words: list[str], sets: dict[str, frozenset[str]]) -> list[dict[str, object]]:
    own = [word_features(w, sets) for w in words]
    out = []
    for i, feats in enumerate(own):
        row = {"bias": 1.0, **feats, "first": i == 0}
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(own):
                for key in ("w", "shape", "cap", "speech", "title", "role", "pronoun", "generic", "punct"):
                    if key in own[j]:
                        row[f"{offset}:{key}"] = own[j][key]
            else:
                row[f"{offset}:edge"] = True
        if i + 1 < len(words):
            row["+bigram"] = f"{words[i].lower()} {words[i + 1].lower()}"
        out.append(row)
    return out


def tag(tokens: list[tuple[int, int]], spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    tags = ["O"] * len(tokens)
    for label in ("Cue", "Source"):  # a Source overlapping a Cue keeps the Source
        for start, end in spans[label]:
            inside = [i for i, (a, b) in enumerate(tokens) if a >= start and b <= end]
            for k, i in enumerate(inside):
                tags[i] = ("B-" if k == 0 else "I-") + label
    return tags


def chunks(tags: list[str], label: str) -> list[tuple[int, int]]:
    """(first, last) token of each predicted span of ``label``."""
    out, start = [], None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != "I-" + label:
            out.append((start, i - 1))
            start = None
        if t == "B-" + label or (t == "I-" + label and start is None):
            start = i
    return out


def sequences(item: polnear.PolnearArticle, sets) -> list[tuple[list[tuple[int, int]], list[dict], list[str]]]:
    text = item.article.body
    ann = next(iter(sorted((polnear.data_dir() / "attributions").glob(f"{item.stem}_*.ann"))), None)
    spans = spans_of(ann) if ann else {"Source": [], "Cue": []}
    out = []
    for sentence in split(text):
        tokens = [(m.start() + sentence.start, m.end() + sentence.start)
                  for m in TOKEN.finditer(text[sentence.start:sentence.end])]
        if not tokens:
            continue
        words = [text[a:b] for a, b in tokens]
        out.append((tokens, sentence_features(words, sets), tag(tokens, spans)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles per part (0 = all)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    try:
        import pycrfsuite
    except ImportError:
        print("skipped: python-crfsuite is not installed (pip install python-crfsuite)")
        return
    dev, test = polnear.articles("dev", limit=args.limit), polnear.articles("test", limit=args.limit)
    if not dev or not test:
        print(f"skipped: {polnear.data_dir()} is absent")
        return
    sets = _word_sets()
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in dev:
        for _, feats, tags in sequences(item, sets):
            trainer.append(feats, tags)
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True})
    tagger = pycrfsuite.Tagger()
    with tempfile.TemporaryDirectory() as folder:  # the model lives for this run only
        model = str(Path(folder) / "polnear.crfsuite")
        trainer.train(model)
        learnt = Path(model).read_bytes()  # kept until the tagger closes: it reads from this memory
    tagger.open_inmemory(learnt)
    trained = time.perf_counter() - began

    exact = {"tp": 0, "fp": 0, "fn": 0}
    head = {"tp": 0, "fp": 0, "fn": 0}
    attributions = right = none = 0
    for item in test:
        text = item.article.body
        predicted_by_sentence: list[tuple[int, int, list[tuple[int, int]]]] = []
        for tokens, feats, tags in sequences(item, sets):
            guess = tagger.tag(feats)
            gold_spans = {(tokens[a][0], tokens[b][1]) for a, b in chunks(tags, "Source")}
            pred_spans = {(tokens[a][0], tokens[b][1]) for a, b in chunks(guess, "Source")}
            exact["tp"] += len(gold_spans & pred_spans)
            exact["fp"] += len(pred_spans - gold_spans)
            exact["fn"] += len(gold_spans - pred_spans)
            gold_heads, pred_heads = {b for _, b in gold_spans}, {b for _, b in pred_spans}
            head["tp"] += len(gold_heads & pred_heads)
            head["fp"] += len(pred_heads - gold_heads)
            head["fn"] += len(gold_heads - pred_heads)
            predicted_by_sentence.append((tokens[0][0], tokens[-1][1], sorted(pred_spans)))
        for rel in item.relations:
            if not (polnear.is_named(rel.source, text, rel.source_start) and polnear.is_speech_cue(rel.cue)):
                continue
            attributions += 1
            # the sentence that holds the source (where the cue is, for the CRF's one-sentence view)
            where = rel.source_start if rel.source_start >= 0 else rel.content[0]
            found = [spans for start, end, spans in predicted_by_sentence if start <= where < end]
            spans = found[0] if found else []
            gold_words = set(fold(rel.source).split())
            if any(fold(text[a:b]).split()[-1:] and fold(text[a:b]).split()[-1] in gold_words for a, b in spans):
                right += 1
            elif not spans:
                none += 1
    tagger.close()
    rules = polnear.score(test)

    def prf(c: dict[str, int]) -> dict[str, float]:
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3)}

    result = {"dev_articles": len(dev), "test_articles": len(test), "train_seconds": round(trained, 1),
              "crf_source_spans_exact": prf(exact), "crf_source_spans_head": prf(head),
              "named_speech_attributions": attributions,
              "crf_right": round(right / max(1, attributions), 3), "crf_none": round(none / max(1, attributions), 3),
              "rules_right": round(rules["right"], 3), "rules_none": round(rules["none"], 3),
              "rules_named_speech_attributions": rules["named_speech_attributions"]}
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:<34}{value}")


if __name__ == "__main__":
    main()
