"""The command line: ``python -m claims ingest|export|stats|flag|history``.

Library errors become one ``Error: ...`` line and exit code 1, never a traceback.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from tqdm import tqdm

from claims import settings
from claims.embed import ModelError
from claims.models import STATUSES
from store import corrections, flags, queries
from store.backup import backup, restore
from store.db import StoreError, connect
from store.ingest import ingest

EXPORT_FIELDS = ["claim_id", "article_id", "source_file", "outlet", "outlet_id", "title", "url", "published",
                 "language", "sentence_index", "start", "end", "text", "is_claim", "checkworthiness",
                 "speaker_id", "speaker", "sources", "attribution_chain", "kind", "cluster_id",
                 "cluster_outlets", "cluster_origins", "recurring", "single_sourced", "flag_status", "conflicts"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m claims",
                                     description="Claim tracking for fact-checkers: ingest articles, "
                                                 "cluster their claims, export, flag.")
    parser.add_argument("--db", default=None, help="DuckDB file (default: $CLAIMS_DB or claims.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read article files and folders into the database")
    p.add_argument("paths", nargs="+", help="files (.md, .txt, .jsonl) or folders (read recursively)")
    p.add_argument("--model", default=None,
                   help="embedding model (default: bundled multilingual-e5-small; or a "
                        "sentence-transformers name or local path)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("export", help="one record per sentence, as JSON lines or CSV")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out", default="-", help="output file (default: standard output)")

    sub.add_parser("stats", help="counts of articles, claims, clusters and flags")

    p = sub.add_parser("flag", help="set the verification status of a claim or a cluster")
    p.add_argument("id", help="a claim id (c...) or a cluster number")
    p.add_argument("--status", required=True, choices=STATUSES)
    p.add_argument("--note", default=None)
    p.add_argument("--by", default=None, help="who made the change")

    p = sub.add_parser("merge", help="merge cluster OTHER into cluster KEEP")
    p.add_argument("keep", type=int)
    p.add_argument("other", type=int)
    _who(p)
    p = sub.add_parser("split", help="take some claims out of a cluster into a new one")
    p.add_argument("cluster", type=int)
    p.add_argument("claims", nargs="+", help="claim ids to take out")
    _who(p)
    p = sub.add_parser("move", help="move one claim to another cluster")
    p.add_argument("claim")
    p.add_argument("cluster", type=int)
    _who(p)
    p = sub.add_parser("not-same", help="record that two claims are not the same claim")
    p.add_argument("claim_a")
    p.add_argument("claim_b")
    _who(p)
    sub.add_parser("corrections", help="every cluster correction, oldest first")

    p = sub.add_parser("history", help="every status change, oldest first")
    p.add_argument("id", nargs="?", help="only this claim or cluster")

    p = sub.add_parser("backup", help="write the whole database to one file")
    p.add_argument("file", help="the backup file to write (a zip; replaced if it exists)")
    p.add_argument("--db", default=argparse.SUPPRESS, help="the database to back up")

    p = sub.add_parser("restore", help="load a backup into a database (a new file, or an empty one)")
    p.add_argument("file", help="a file written by the backup command")
    p.add_argument("--db", default=argparse.SUPPRESS, help="the database to restore into")
    p.add_argument("--force", action="store_true", help="replace a database that already holds data")
    return parser


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", default=None)
    parser.add_argument("--by", default=None, help="who made the correction")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = args.db or str(settings.get("db"))
    try:
        return COMMANDS[args.command](args, db)
    except (StoreError, ModelError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


def cmd_ingest(args, db: str) -> int:
    bar = None

    def progress(done: int, total: int, path: str) -> None:
        nonlocal bar
        if args.quiet or total < 2:
            return
        if bar is None:
            bar = tqdm(total=total, unit="file", file=sys.stderr, leave=False, disable=None)
        bar.n = done
        bar.set_postfix_str(Path(path).name[-40:] if path else "")
        bar.refresh()

    report = ingest(args.paths, db, model=args.model, progress=progress)
    if bar is not None:
        bar.close()
    for problem in report.problems:
        print(problem, file=sys.stderr)
    rate = report.sentences / report.seconds if report.seconds else 0.0
    print(f"{report.files} files: {report.articles_added} articles added, {report.articles_unchanged} unchanged, "
          f"{report.sentences} sentences, {report.claims} claims in {report.seconds:.1f}s "
          f"({rate:.0f} sentences/s)", file=sys.stderr)
    return 1 if report.failed else 0


def safe_cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = json.dumps(list(value), ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def cmd_export(args, db: str) -> int:
    with connect(db, read_only=True) as con:
        rows = queries.export_rows(con)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    try:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.writer(out)
            writer.writerow(EXPORT_FIELDS)
            for row in rows:
                writer.writerow([safe_cell(row[f]) for f in EXPORT_FIELDS])
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def cmd_stats(args, db: str) -> int:
    with connect(db, read_only=True) as con:
        counts = queries.stats(con)
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"{key.replace('_', ' '):<{width}}  {value if value is not None else '-'}")
    return 0


def cmd_backup(args, db: str) -> int:
    summary = backup(db, args.file)
    print(f"{args.file}: {summary.line()}")
    return 0


def cmd_restore(args, db: str) -> int:
    summary = restore(args.file, db, force=args.force)
    print(f"{db}: restored {summary.line()}")
    return 0


def cmd_flag(args, db: str) -> int:
    with connect(db) as con:
        target = flags.parse_target(con, args.id)
        event = flags.add_flag(con, target, args.status, note=args.note, by=args.by)
    print(f"{target.kind} {target.id}: {args.status} (change {event[:8]})")
    return 0


def cmd_history(args, db: str) -> int:
    with connect(db) as con:
        events = flags.history(con, flags.parse_target(con, args.id)) if args.id else flags.history(con)
    for e in events:
        note = f"  \u2014 {e['note']}" if e["note"] else ""
        by = f" by {e['actor']}" if e["actor"] else ""
        print(f"{e['created_at']:%Y-%m-%d %H:%M:%S}  {e['target_type']} {e['target_id']}: {e['status']}{by}{note}")
    return 0


def cmd_correct(args, db: str) -> int:
    with connect(db) as con:
        who = {"actor": args.by, "note": args.note}
        if args.command == "merge":
            result = f"cluster {args.other} merged into {corrections.merge(con, args.keep, args.other, **who)}"
        elif args.command == "split":
            result = f"new cluster {corrections.split(con, args.cluster, args.claims, **who)}"
        elif args.command == "move":
            result = f"{args.claim} moved to cluster {corrections.move(con, args.claim, args.cluster, **who)}"
        else:
            target = corrections.not_same(con, args.claim_a, args.claim_b, **who)
            result = "recorded" + (f"; {args.claim_b} moved to new cluster {target}" if target else "")
    print(result)
    return 0


def cmd_corrections(args, db: str) -> int:
    with connect(db, read_only=True) as con:
        rows = corrections.history(con)
    for r in rows:
        by = f" by {r['actor']}" if r["actor"] else ""
        note = f"  \u2014 {r['note']}" if r["note"] else ""
        print(f"{r['created_at']:%Y-%m-%d %H:%M:%S}  {r['action']}: {r['must_links']} must-link, "
              f"{r['cannot_links']} cannot-link{by}{note}")
    return 0


COMMANDS = {"ingest": cmd_ingest, "export": cmd_export, "stats": cmd_stats, "flag": cmd_flag,
            "backup": cmd_backup, "restore": cmd_restore,
            "history": cmd_history, "merge": cmd_correct, "split": cmd_correct, "move": cmd_correct,
            "not-same": cmd_correct, "corrections": cmd_corrections}

if __name__ == "__main__":
    sys.exit(main())
