#!/usr/bin/env python3
"""Consistency check for our real Hindi news labels (articles.jsonl + labels.jsonl): this
folder's held-out test set, or the development sets of later days named on the command line
(``python3 check.py ../hindi_news_dev ../hindi_news_dev2 ../hindi_news_dev3 ../hindi_news_dev4
../hindi_news_dev5``).

The article text is not stored here. Each body is rebuilt from the shared day files:
    lines = open(day_file, encoding="utf-8").read().split("\n")
    body  = "\n".join(lines[first_line-1:last_line]).strip("\n")
and every label row is checked against it: sha1 prefix of body[start:end], trimmed spans,
order, no overlap, full coverage of non-whitespace characters, field values, and groups
that span at least two articles (and, for the development set, two papers). Counts are printed
at the end.

Data folder: $CLAIMS_SHARED_DATA if set, else <repo>/../shared/data/hindi_news_covid2020_march.
If the folder is absent the check prints "skipped" and exits 0.
Standard library only.
"""
import collections
import hashlib
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

OUTLETS = {
    "AU": "अमर उजाला",
    "DH": "दैनिक हिन्दुस्तान",
    "DJ": "दैनिक जागरण",
    "NT": "नवभारत टाइम्स",
    "PK": "प्रभात खबर",
}
REFS = {"named", "role", "pronoun", "context", "none"}
KINDS = {"direct_quote", "indirect_quote", "reported", "framing", "other"}
FILE_RE = re.compile(r"^(AU|DH|DJ|NT|PK)-2020-MAR-(\d\d)\.txt$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ARTICLE_KEYS = {"id", "file", "outlet", "published", "headline_line", "first_line", "last_line"}
LABEL_KEYS = {"article", "index", "start", "end", "sha1", "is_claim", "speaker", "speaker_ref",
              "sources", "kind", "group"}
# each labelled folder: the letter its article and group ids start with, what it is, and how many
# papers a group must span
SETS = {"hindi_news": ("t", "held-out test set", 1),
        "hindi_news_dev": ("d", "development set (26–28 March)", 2),
        "hindi_news_dev2": ("e", "development set (29–31 March)", 2),
        "hindi_news_dev3": ("f", "development set (15–17 March)", 2),
        "hindi_news_dev4": ("g", "development set (12–14 March)", 2),
        "hindi_news_dev5": ("k", "development set (9–11 March)", 2),
        "hindi_news_dev6": ("m", "development set (6–8 March)", 2),
        "hindi_news_dev7": ("n", "development set (1–5 March)", 2),
        "hindi_news_dev8": ("p", "development set (3–5 and 12 March)", 2),
        "hindi_news_dev9": ("q", "development set (9–10, 14 and 21–22 March)", 2),
        "hindi_news_dev10": ("r", "development set (5–8, 23 and 25–26 March)", 2)}


def data_dir():
    env = os.environ.get("CLAIMS_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "shared" / "data" / "hindi_news_covid2020_march"


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main(folder: Path = HERE, prefix: str = "t", what: str = "held-out test set", papers: int = 1):
    """Check ``folder``'s labels, whose article ids start with ``prefix`` and two digits, whose
    group ids start with ``prefix`` and an underscore, and whose groups span ``papers`` papers."""
    id_re = re.compile(rf"^{prefix}\d\d_hi_[a-z0-9_]+_(au|dh|dj|nt|pk)$")
    group_re = re.compile(rf"^{prefix}_[a-z0-9_]+$")
    data = data_dir()
    if not data.is_dir():
        print(f"skipped: data folder not found ({data}); set CLAIMS_SHARED_DATA to check")
        return 0

    errors = []
    arts = read_jsonl(folder / "articles.jsonl")
    rows = read_jsonl(folder / "labels.jsonl")

    # ---- articles: rebuild bodies
    bodies, meta = {}, {}
    for a in arts:
        aid = a.get("id")
        if set(a) != ARTICLE_KEYS:
            errors.append(f"{aid}: article keys {sorted(a)}")
            continue
        if aid in bodies:
            errors.append(f"{aid}: duplicate article id")
        if not id_re.match(aid):
            errors.append(f"{aid}: bad id")
        m = FILE_RE.match(a["file"])
        if not m:
            errors.append(f"{aid}: bad file name {a['file']}")
            continue
        code, day = m.group(1), m.group(2)
        if not aid.endswith("_" + code.lower()):
            errors.append(f"{aid}: id suffix does not match paper {code}")
        if a["outlet"] != OUTLETS[code]:
            errors.append(f"{aid}: outlet {a['outlet']} does not match {code}")
        if a["published"] != f"2020-03-{day}":
            errors.append(f"{aid}: published {a['published']} does not match file day {day}")
        path = data / a["file"]
        if not path.is_file():
            errors.append(f"{aid}: day file missing: {path}")
            continue
        lines = open(path, encoding="utf-8").read().split("\n")
        h, first, last = a["headline_line"], a["first_line"], a["last_line"]
        if not (1 <= h < first <= last <= len(lines)):
            errors.append(f"{aid}: bad line numbers {h}/{first}-{last} (file has {len(lines)})")
            continue
        if not lines[h - 1].strip():
            errors.append(f"{aid}: headline line {h} is empty")
        body = "\n".join(lines[first - 1:last]).strip("\n")
        if not body.strip():
            errors.append(f"{aid}: empty body")
        bodies[aid] = body
        meta[aid] = (code, day, lines[h - 1].strip())

    # ---- labels
    by_art = collections.defaultdict(list)
    for r in rows:
        key = (r.get("article"), r.get("index"))
        if set(r) != LABEL_KEYS:
            errors.append(f"{key}: label keys {sorted(r)}")
            continue
        if r["article"] not in bodies:
            errors.append(f"{key}: unknown article")
            continue
        if not isinstance(r["is_claim"], bool):
            errors.append(f"{key}: is_claim not bool")
        if r["speaker_ref"] not in REFS:
            errors.append(f"{key}: speaker_ref {r['speaker_ref']}")
        if (r["speaker"] is None) != (r["speaker_ref"] == "none"):
            errors.append(f"{key}: speaker/speaker_ref mismatch")
        if r["speaker"] is not None and not SNAKE_RE.match(r["speaker"]):
            errors.append(f"{key}: speaker id not snake_case: {r['speaker']}")
        if not isinstance(r["sources"], list) or any(not isinstance(s, str) or not SNAKE_RE.match(s) for s in r["sources"]):
            errors.append(f"{key}: bad sources {r['sources']}")
        elif len(set(r["sources"])) != len(r["sources"]):
            errors.append(f"{key}: duplicate source")
        if r["kind"] not in KINDS:
            errors.append(f"{key}: kind {r['kind']}")
        if r["group"] is not None and not group_re.match(r["group"]):
            errors.append(f"{key}: group id must match {prefix}_<snake_case>: {r['group']}")
        if not (isinstance(r["sha1"], str) and re.fullmatch(r"[0-9a-f]{10}", r["sha1"])):
            errors.append(f"{key}: sha1 must be 10 lowercase hex chars")
        by_art[r["article"]].append(r)

    for aid, body in bodies.items():
        rs = by_art.get(aid, [])
        if not rs:
            errors.append(f"{aid}: no label rows")
            continue
        idx = [r["index"] for r in rs]
        if idx != list(range(len(rs))):
            errors.append(f"{aid}: indices are not 0..n-1 in file order")
        covered = [False] * len(body)
        prev_end = 0
        for r in rs:
            key = (aid, r["index"])
            s, e = r["start"], r["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(body)):
                errors.append(f"{key}: bad span {s}-{e}")
                continue
            if s < prev_end:
                errors.append(f"{key}: span {s}-{e} overlaps or is out of order (previous end {prev_end})")
            prev_end = max(prev_end, e)
            text = body[s:e]
            if text != text.strip():
                errors.append(f"{key}: span not trimmed")
            if hashlib.sha1(text.encode("utf-8")).hexdigest()[:10] != r["sha1"]:
                errors.append(f"{key}: sha1 mismatch (text changed or offsets wrong)")
            for i in range(s, e):
                covered[i] = True
        missing = [i for i, c in enumerate(body) if not c.isspace() and not covered[i]]
        if missing:
            i = missing[0]
            errors.append(f"{aid}: {len(missing)} non-whitespace characters not covered (first at {i})")

    # ---- groups
    groups = collections.defaultdict(list)
    for r in rows:
        if r.get("group") and r.get("article") in bodies:
            groups[r["group"]].append(r)
    for g, rs in groups.items():
        if len({r["article"] for r in rs}) < 2:
            errors.append(f"group {g} occurs in only one article")
        elif len({meta[r["article"]][0] for r in rs}) < papers:
            errors.append(f"group {g} occurs in fewer than {papers} papers")

    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  -", e)
        return 1

    # ---- counts
    c = collections.Counter
    by_paper = c(meta[a][0] for a in bodies)
    by_day = c(meta[a][1] for a in bodies)
    refs = c(r["speaker_ref"] for r in rows)
    kinds = c(r["kind"] for r in rows)
    srcs = c(s for r in rows for s in r["sources"])
    speakers = {r["speaker"] for r in rows if r["speaker"]}
    cross_paper = [g for g, rs in groups.items() if len({meta[r["article"]][0] for r in rs}) >= 2]
    print(f"OK: hindi_news {what} is consistent with the shared day files")
    print(f"Articles: {len(bodies)}. By paper: " + ", ".join(f"{k} {v}" for k, v in sorted(by_paper.items()))
          + ". By day: " + ", ".join(f"{k} Mar {v}" for k, v in sorted(by_day.items())) + ".")
    print(f"Sentences: {len(rows)}. Claims: {sum(r['is_claim'] for r in rows)}.")
    print(f"With speaker: {sum(1 for r in rows if r['speaker'])} (" + ", ".join(
        f"{k} {refs[k]}" for k in ("named", "context", "role", "pronoun")) + f"); none {refs['none']}. "
          f"Distinct speaker ids: {len(speakers)}. Claims with speaker: "
          f"{sum(1 for r in rows if r['speaker'] and r['is_claim'])}.")
    print("Kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ".")
    print(f"Sentences with sources: {sum(1 for r in rows if r['sources'])} ("
          + ", ".join(f"{k} {v}" for k, v in srcs.most_common()) + ").")
    print(f"Groups: {len(groups)}, covering {sum(len(v) for v in groups.values())} sentences; "
          f"{len(cross_paper)} span two or more papers.")
    for aid in bodies:
        rs = by_art[aid]
        print(f"  {aid}: {len(rs)} sentences, {sum(r['is_claim'] for r in rs)} claims, "
              f"{sum(1 for r in rs if r['speaker'])} with speaker, {sum(1 for r in rs if r['group'])} grouped")
    return 0


def check(folder: Path) -> int:
    prefix, what, papers = SETS[folder.name]
    return main(folder, prefix, what, papers)


if __name__ == "__main__":
    sys.exit(max(check(Path(f).resolve()) for f in sys.argv[1:] or [HERE]))
