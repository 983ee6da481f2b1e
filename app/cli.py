"""The command line: ``claims`` (or ``python -m claims``) and its subcommands.

Global options (``--db``) go before or after the subcommand. Settings are read from the
environment once, here, and handed down. Library errors become one ``Error: ...`` line and
exit code 1, never a traceback; output cut short by a closed pipe (``claims export | head``)
ends quietly with exit code 0.
"""
from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from claims.models import STATUSES
from claims.settings import SettingError, Settings

# Each command imports the libraries it needs when it runs, so ``--help`` and a mistyped
# command answer at once, and a missing package is one clear error (see ``main``).


def global_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after its name. ``SUPPRESS`` keeps a value
    given before the command from being reset by the command's own parser."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                         help="DuckDB file (default: $CLAIMS_DB, else claims.duckdb)")
    return options


class _OneLineEach(argparse.HelpFormatter):
    """Help with each command's name and summary on one line, however long the name."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=100)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        # argparse measures the commands at the options' indent, not their own deeper one
        for sub in getattr(action, "_get_subactions", list)():
            width = len(self._format_action_invocation(sub)) + self._current_indent + 2 * self._indent_increment
            self._action_max_length = max(self._action_max_length, width)


def build_parser(prog: str = "claims") -> argparse.ArgumentParser:
    common = global_options()
    parser = argparse.ArgumentParser(prog=prog, parents=[common], formatter_class=_OneLineEach,
                                     description="Claim tracking for fact-checkers: ingest articles, "
                                                 "cluster their claims, export, flag and correct.",
                                     epilog="Global options go before or after the command. "
                                            f"'{prog} COMMAND --help' describes one command.")
    sub = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002 - argparse's word
        return sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".", parents=[common])

    p = command("ingest", "read article files and folders into the database")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files (.md, .txt, .jsonl, .html), folders (read recursively) or http(s) addresses "
                        "of web pages")
    p.add_argument("--feed", action="append", default=[], metavar="URL",
                   help="an RSS or Atom feed: store the pages of its items not stored before (repeatable)")
    p.add_argument("--model", default=None,
                   help="embedding model (default: $CLAIMS_MODEL, else the bundled multilingual-e5-small; "
                        "or a sentence-transformers model name or local path)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = command("export", "write one record per sentence, as JSON lines or CSV")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--out", default="-", help="output file (default: standard output)")

    command("stats", "print counts of articles, claims, clusters and flags")

    p = command("flag", "set the verification status of a claim or a cluster")
    p.add_argument("id", help="a claim id (c...) or a cluster number")
    p.add_argument("--status", required=True, choices=STATUSES)
    _who(p)

    p = command("history", "list every status change, oldest first")
    p.add_argument("id", nargs="?", help="only this claim or cluster")

    p = command("backup", "write the whole database to one file")
    p.add_argument("file", help="the backup file to write (a zip; replaced if it exists)")

    p = command("restore", "load a backup into a database (a new file, or an empty one)")
    p.add_argument("file", help="a file written by the backup command")
    p.add_argument("--force", action="store_true", help="replace a database that already holds data")

    p = command("merge", "merge cluster OTHER into cluster KEEP")
    p.add_argument("keep", type=int)
    p.add_argument("other", type=int)
    _who(p)
    p = command("split", "take some claims out of a cluster into a new one")
    p.add_argument("cluster", type=int)
    p.add_argument("claims", nargs="+", help="claim ids to take out")
    _who(p)
    p = command("move", "move one claim to another cluster")
    p.add_argument("claim")
    p.add_argument("cluster", type=int)
    _who(p)
    p = command("not-same", "record that two claims are not the same claim")
    p.add_argument("claim_a")
    p.add_argument("claim_b")
    _who(p)
    command("corrections", "list every cluster correction, oldest first")

    p = command("watch", "poll a list of feeds every so often and store their new items")
    p.add_argument("feeds_file", metavar="FEEDS", help="a text file: one feed address a line; '#' starts a comment")
    p.add_argument("--every", default="15m", help="wait between rounds: 30s, 15m, 2h (default: 15m)")
    p.add_argument("--rounds", type=int, default=None, metavar="N", help="stop after N rounds (default: never)")
    p.add_argument("--once", action="store_true", help="one round, then stop (as --rounds 1)")
    p.add_argument("--model", default=None, help="embedding model, as for ingest")

    p = command("alerts", "list new articles that carry a claim already flagged or verified, newest first")
    p.add_argument("--since", default=None, metavar="DATE", help="only articles stored on or after DATE "
                                                                 "(2024-03-07, or 2024-03-07T09:30)")

    command("feeds", "list the feeds polled, when each last succeeded and what failed")
    return parser


def reviewer(given: str | None) -> str | None:
    """Who makes a change from the command line: --by, else $CLAIMS_REVIEWER, else the login name."""
    if given and given.strip():
        return given
    if os.environ.get("CLAIMS_REVIEWER", "").strip():
        return os.environ["CLAIMS_REVIEWER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id: the store then asks for --by
        return None


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", default=None, help="why")
    parser.add_argument("--by", default=None,
                        help="who made the change (default: CLAIMS_REVIEWER, else your login name)")


def main(argv: list[str] | None = None, prog: str = "claims") -> int:
    args = build_parser(prog).parse_args(argv)
    try:
        from claims.embed import ModelError  # noqa: PLC0415 - loaded once a command runs
        from store.db import StoreError  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        return _missing(exc)
    try:
        settings = Settings.from_env()
        if getattr(args, "db", None):
            settings = dataclasses.replace(settings, db=args.db)
        code = COMMANDS[args.command](args, settings)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except (StoreError, ModelError, SettingError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        return _missing(exc)
    except BrokenPipeError:
        _discard_stdout()
        return 0
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


def _missing(exc: ModuleNotFoundError) -> int:
    print(f"Error: the Python package '{exc.name}' is not installed; install what the tool needs with "
          "'pip install -r requirements.txt' (or 'pip install .')", file=sys.stderr)
    return 1


def _discard_stdout() -> None:
    """The reader went away (``| head``): send what is still buffered nowhere, so the
    interpreter does not report the pipe again on exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests capture it)
        pass


def run() -> None:
    """Entry point of the ``claims`` command and of ``python -m claims``."""
    prog = "claims" if Path(sys.argv[0]).name == "claims" else "python -m claims"
    sys.exit(main(prog=prog))


def cmd_ingest(args, settings: Settings) -> int:
    from tqdm import tqdm  # noqa: PLC0415
    from app.feeds import ingest_urls, poll_feeds  # noqa: PLC0415
    from app.fetch import Fetcher  # noqa: PLC0415
    from app.ingest import IngestReport, ingest  # noqa: PLC0415
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

    if not args.paths and not args.feed:
        print("Error: give files, folders, web addresses or --feed URL", file=sys.stderr)
        return 2
    urls = [p for p in args.paths if p.startswith(("http://", "https://"))]
    files = [p for p in args.paths if p not in urls]
    fetcher = Fetcher(settings)
    options = {"settings": settings, "model": args.model, "progress": progress}
    report = ingest(files, settings.db, **options) if files else IngestReport()
    problems = list(report.problems)
    if urls:
        pages = ingest_urls(urls, settings.db, fetcher=fetcher, **options)
        problems += pages.problems
        report = _add(report, pages)
    if args.feed:
        polled = poll_feeds(args.feed, settings.db, fetcher=fetcher, force=True, **options)
        problems += polled.problems + polled.ingest.problems
        report = _add(report, polled.ingest)
    report.problems = problems
    if bar is not None:
        bar.close()
    for problem in report.problems:
        print(problem, file=sys.stderr)
    rate = report.sentences / report.seconds if report.seconds else 0.0
    print(f"{report.files} files: {report.articles_added} articles added, {report.articles_unchanged} unchanged, "
          f"{report.sentences} sentences, {report.claims} claims in {report.seconds:.1f}s "
          f"({rate:.0f} sentences/s)", file=sys.stderr)
    return 1 if report.failed else 0


def _add(total: IngestReport, more: IngestReport) -> IngestReport:
    from app.ingest import IngestReport  # noqa: PLC0415
    return IngestReport(total.files + more.files, total.articles_added + more.articles_added,
                        total.articles_unchanged + more.articles_unchanged, total.sentences + more.sentences,
                        total.claims + more.claims, total.seconds + more.seconds)


def cmd_watch(args, settings: Settings) -> int:
    from app.watch import Round, WatchError, parse_duration, read_feed_list, watch  # noqa: PLC0415
    every = parse_duration(args.every)
    rounds = 1 if args.once else args.rounds
    if rounds is not None and rounds < 1:
        raise WatchError("--rounds must be 1 or more")
    read_feed_list(args.feeds_file)  # a missing list stops here, before anything runs

    def report(done: Round) -> None:
        for problem in done.problems:
            print(problem, file=sys.stderr)
        r = done.report
        waiting = f" ({r.feeds_waiting} waiting to retry)" if r.feeds_waiting else ""
        print(f"{datetime.now():%Y-%m-%d %H:%M:%S} round {done.number}: {r.feeds} feeds{waiting}, "
              f"{r.items_new} new items, {r.items_stored} stored, {r.ingest.articles_added} articles added, "
              f"{r.ingest.claims} claims", flush=True)
        for alert in done.alerts:
            print(_alert_line(alert), flush=True)

    failed = watch(args.feeds_file, settings.db, settings, every=every, rounds=rounds, on_round=report,
                   model=args.model)
    return 1 if failed else 0


def _alert_line(a: dict) -> str:
    published = f"{a['published']:%Y-%m-%d}" if a["published"] else "undated"
    return (f"{a['arrived']:%Y-%m-%d %H:%M}  cluster {a['cluster_id']} ({a['status']})  {a['outlet']}  "
            f"{published}  {a['claim_id']}: {' '.join(a['text'].split())}")


def cmd_alerts(args, settings: Settings) -> int:
    from app.watch import WatchError  # noqa: PLC0415
    from store.alerts import alerts  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            raise WatchError(f"--since '{args.since}' is not a date (use 2024-03-07 or 2024-03-07T09:30)") from None
    with connect(settings.db, read_only=True, timeout=settings.lock_timeout) as con:
        rows = alerts(con, since=since)
    for alert in rows:
        print(_alert_line(alert))
    return 0


def cmd_feeds(args, settings: Settings) -> int:
    from store.db import connect  # noqa: PLC0415
    from store.feeds import feed_status  # noqa: PLC0415
    with connect(settings.db, read_only=True, timeout=settings.lock_timeout) as con:
        rows = feed_status(con)
    for f in rows:
        ok = f"{f['last_success']:%Y-%m-%d %H:%M}" if f["last_success"] else "never"
        failing = (f"; failing ({f['failures']} in a row, next try {f['next_attempt']:%Y-%m-%d %H:%M}): "
                   f"{f['last_error']}") if f["failures"] else ""
        print(f"{f['feed_url']}  {f['title'] or '-'}  last success {ok}, {f['items']} items stored, "
              f"{f['failed_items']} failed{failing}")
    return 0


def cmd_export(args, settings: Settings) -> int:
    from app import export  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, read_only=True, timeout=settings.lock_timeout) as con:
        rows = export.records(con, script=settings.script)
    if args.out == "-":
        export.write(rows, sys.stdout, args.format)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            export.write(rows, out, args.format)
    return 0


def cmd_stats(args, settings: Settings) -> int:
    from store import queries  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, read_only=True, timeout=settings.lock_timeout) as con:
        counts = queries.stats(con)
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"{key.replace('_', ' '):<{width}}  {value if value is not None else '-'}")
    return 0


def cmd_backup(args, settings: Settings) -> int:
    from store.backup import backup  # noqa: PLC0415
    summary = backup(settings.db, args.file, timeout=settings.lock_timeout)
    print(f"{args.file}: {summary.line()}")
    return 0


def cmd_restore(args, settings: Settings) -> int:
    from store.backup import restore  # noqa: PLC0415
    summary = restore(args.file, settings.db, force=args.force, timeout=settings.lock_timeout)
    print(f"{settings.db}: restored {summary.line()}")
    return 0


def cmd_flag(args, settings: Settings) -> int:
    from store import flags  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, timeout=settings.lock_timeout) as con:
        target = flags.parse_target(con, args.id)
        event = flags.add_flag(con, target, args.status, note=args.note, by=reviewer(args.by))
    print(f"{target.kind} {target.id}: {args.status} (change {event[:8]})")
    return 0


def cmd_history(args, settings: Settings) -> int:
    from store import flags  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, timeout=settings.lock_timeout) as con:
        events = flags.history(con, flags.parse_target(con, args.id)) if args.id else flags.history(con)
    for e in events:
        note = f"  \u2014 {e['note']}" if e["note"] else ""
        by = f" by {e['actor']}" if e["actor"] else ""
        print(f"{e['created_at']:%Y-%m-%d %H:%M:%S}  {e['target_type']} {e['target_id']}: {e['status']}{by}{note}")
    return 0


def cmd_correct(args, settings: Settings) -> int:
    from store import corrections  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, timeout=settings.lock_timeout) as con:
        who = {"actor": reviewer(args.by), "note": args.note}
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


def cmd_corrections(args, settings: Settings) -> int:
    from store import corrections  # noqa: PLC0415
    from store.db import connect  # noqa: PLC0415
    with connect(settings.db, read_only=True, timeout=settings.lock_timeout) as con:
        rows = corrections.history(con)
    for r in rows:
        by = f" by {r['actor']}" if r["actor"] else ""
        note = f"  \u2014 {r['note']}" if r["note"] else ""
        print(f"{r['created_at']:%Y-%m-%d %H:%M:%S}  {r['action']}: {r['must_links']} must-link, "
              f"{r['cannot_links']} cannot-link{by}{note}")
    return 0


COMMANDS = {"ingest": cmd_ingest, "export": cmd_export, "stats": cmd_stats, "flag": cmd_flag,
            "history": cmd_history, "backup": cmd_backup, "restore": cmd_restore,
            "merge": cmd_correct, "split": cmd_correct, "move": cmd_correct, "not-same": cmd_correct,
            "corrections": cmd_corrections, "watch": cmd_watch, "alerts": cmd_alerts, "feeds": cmd_feeds}

if __name__ == "__main__":
    run()
