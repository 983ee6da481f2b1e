"""English speaker attribution on real annotated news: PolNeAR (train split).

For every gold attribution whose content lies inside one of our sentences, does our speaker
match the gold Source? A match is: the same identity (our names.py lookup of the gold Source
text), or our speaker's name appearing in the gold Source span. Pronoun Sources are counted
as matched when our speaker is the person our article memory resolved them to (we cannot see
the gold antecedent, so those are reported separately).

    python bench/polnear.py [--limit N]     (skips when ../shared/data/polnear_train is absent)
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.reading import make_article  # noqa: E402
from claims.names import Registry, fold  # noqa: E402
from claims.pipeline import analyse  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear_train" / "data" / "train"
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "his", "her", "their"}


def read_ann(path: Path) -> list[tuple[tuple[int, int], str]]:
    spans, pairs = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            head = parts[1].split()
            if len(head) == 3 and head[1].isdigit() and head[2].isdigit():
                spans[parts[0]] = (head[0], int(head[1]), int(head[2]), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split() if ":" in item)
            if "Content" in roles and "Source" in roles and roles["Content"] in spans and roles["Source"] in spans:
                content, source = spans[roles["Content"]], spans[roles["Source"]]
                pairs.append(((content[1], content[2]), source[3]))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles (0 = all)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return
    anns = sorted((DATA / "attributions").glob("*.ann"))
    seen, total, named_total, named_ok, pronoun_total, pronoun_ok, none_given = set(), 0, 0, 0, 0, 0, 0
    for ann in anns:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if stem in seen:
            continue  # one annotator per article
        if args.limit and len(seen) >= args.limit:
            break
        seen.add(stem)
        text_path = DATA / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        body = text_path.read_text(encoding="utf-8")
        registry = Registry.default()
        article = make_article(str(text_path), {"outlet": stem.split("_")[0], "language": "en"}, body, registry, [])
        sentences = analyse(article, registry).sentences
        for (start, end), source in read_ann(ann):
            holder = next((s for s in sentences if s.sentence.start <= start and end <= s.sentence.end), None)
            if holder is None:
                continue
            total += 1
            speaker = holder.attribution.speaker
            if speaker is None:
                none_given += 1
            is_pronoun = fold(source) in PRONOUNS
            if is_pronoun:
                pronoun_total += 1
                pronoun_ok += speaker is not None
                continue
            named_total += 1
            if speaker is None:
                continue
            gold = registry.lookup(source)
            names = [fold(n) for _, n in speaker.names] + [fold(speaker.name)]
            last = [n.split()[-1] for n in names if n]
            if (gold is not None and gold.id == speaker.id) or any(n and n in fold(source) for n in names) \
                    or any(w in fold(source).split() for w in last):
                named_ok += 1
    print(f"articles {len(seen)}; attributions with content inside one sentence: {total}")
    print(f"named or described sources: {named_total}; our speaker matches the gold source: "
          f"{named_ok} ({named_ok / max(1, named_total):.3f})")
    print(f"pronoun sources: {pronoun_total}; we gave some speaker: {pronoun_ok} ({pronoun_ok / max(1, pronoun_total):.3f})")
    print(f"no speaker given at all: {none_given} ({none_given / max(1, total):.3f})")


if __name__ == "__main__":
    main()
