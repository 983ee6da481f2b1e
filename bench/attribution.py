"""Attribution quality on the three labelled sets: our gold, real Hindi news, PolNeAR.

    python bench/attribution.py            development parts only
    python bench/attribution.py --test     development and test parts (test parts are only reported, never tuned on)
    python bench/attribution.py --json     the same figures as JSON

Figures per set and part: speaker accuracy (on labelled claims), speaker right / none when a
speaker is labelled, false attribution (a speaker where the outlet speaks for itself),
sources F1, kind accuracy and speaker ids per real person (``*_one_run``: the same, with an
event's articles, a day's for real news, read one after another in one run, as an ingest reads
them); for PolNeAR the share of named speech-verb attributions whose sentences all get the gold
source (as speaker, or a medium as credited source), and the share that get no speaker (sources
headed by a proper name;
``described_*``: any source but a pronoun; ``*_first_definition``: any capitalised word counted
and only the speaker compared, as first measured). Scoring lives
in ``evaluation/``; a set whose shared data is absent is reported as skipped. Tune only on development parts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation import attribution, polnear, sets  # noqa: E402

FIGURES = ("speaker_accuracy", "speaker_right_when_labelled", "speaker_none_when_labelled", "false_attribution",
           "sources_f1", "kind_accuracy", "speaker_ids_per_person", "claim_precision", "claim_recall",
           "sentence_recall")


ONE_RUN = ("speaker_accuracy", "false_attribution", "sources_f1", "speaker_ids_per_person")


def measure(parts: tuple[str, ...], limit: int = 0) -> dict[str, dict[str, dict | str]]:
    out: dict[str, dict[str, dict | str]] = {"ours": {}, "hindi_news": {}, "polnear": {}}
    for part in parts:
        for name, items, match in (("ours", sets.ours(part), "names"),
                                   ("hindi_news", sets.hindi_news(part), "majority")):
            if not items:
                out[name][part] = ("skipped: no articles in this part" if name == "ours"
                                   else "skipped: shared data or labels absent")
                continue
            figures = attribution.score(items, match=match)["all"]
            # the same articles read as an ingest run reads them: an event's (a day's) in one run, one registry
            run = attribution.score(items, match=match, one_run=True)["all"]
            figures.update({f"{k}_one_run": run[k] for k in ONE_RUN})
            out[name][part] = figures
        items = polnear.articles(part, limit=limit)
        out["polnear"][part] = polnear.score(items) if items else f"skipped: {polnear.data_dir()} is absent"
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", action="store_true", help="also the test parts")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--limit", type=int, default=0, help="at most this many PolNeAR articles per part")
    args = parser.parse_args(argv)
    result = measure(("dev", "test") if args.test else ("dev",), args.limit)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for name, parts in result.items():
        for part, figures in parts.items():
            print(f"{name} [{part}]")
            if isinstance(figures, str):
                print(f"  {figures}")
                continue
            for key in (k for k in (*FIGURES, *(f"{k}_one_run" for k in ONE_RUN), "named_speech_attributions", "right", "none",
                                    "described_speech_attributions", "described_right", "described_none",
                                    "named_first_definition", "right_first_definition", "none_first_definition",
                                    "articles", "sentences") if k in figures):
                print(f"  {key:<30}{figures[key]:>8.3f}" if isinstance(figures[key], float)
                      else f"  {key:<30}{figures[key]:>8}")


if __name__ == "__main__":
    main()
