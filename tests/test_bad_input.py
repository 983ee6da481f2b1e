"""The bad input corpus (issue 5): every kind of broken, odd or hostile input a newsroom
folder can hold, run through the real command line into a real DuckDB file.

Small cases are files in ``tests/fixtures/bad/`` (written for this test). Large ones (10 MB on
one line, 50,000 sentences, over 20 MB), binary files, named pipes and symbolic links are made
here, in a temporary folder, next to a copy of those files. One ingest of that folder (the
real bundled model, so it embeds the claims of the files that go in) serves every kind; each
kind then checks its own lines of standard error and what the database holds for it. The
README's "Bad input" table lists the same outcomes.
"""
from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import unicodedata
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import pytest

from app.cli import main
from claims import sentences
from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import MAX_ARTICLE_CHARS, make_article
from evaluation.hostile import LANGUAGES, hostile_articles


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad"
SUMMARY = re.compile(r"^\d+ files: \d+ articles added, \d+ unchanged, \d+ sentences, \d+ claims in [\d.]+s "
                     r"\(\d+ sentences/s\)$")
ODD_NAME = "bad\nname\x1b[7m.md"  # a line break and a terminal escape code in a file name
LIMIT = f"over the {MAX_ARTICLE_CHARS:,} limit \\(is it several articles, or not an article\\?\\)"


@dataclass
class Kind:
    """One kind of bad input: the file (or ``file.jsonl:LINE``) it lives in, the lines it must
    print (level, message pattern) and what must be stored from it (``None``: nothing)."""

    name: str
    path: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    stored: dict | None = None
    shown_path: str | None = None  # how the path is printed, when it differs from the path


def E(message: str) -> tuple[str, str]:  # noqa: N802 - reads like the output line
    return ("Error", message)


def W(message: str) -> tuple[str, str]:  # noqa: N802
    return ("Warning", message)


KINDS = [
    # -- bytes and encodings ------------------------------------------------------------------
    Kind("empty file", "empty.md", [E("file is empty")]),
    Kind("only spaces and blank lines", "blank.md", [E("file is empty")]),
    Kind("binary file (random bytes)", "binary.md", [E("binary file, not text")]),
    Kind("PNG image named .md", "photo.md", [E(r"binary file \(a PNG image\), not text")]),
    Kind("PDF named .md", "scan.md", [E(r"binary file \(a PDF document\), not text")]),
    Kind("UTF-8 with BOM", "utf8_bom.md", [], {"body": "The clock tower was cleaned.\n"}),
    Kind("UTF-16 LE with BOM (Hindi)", "utf16_le_bom.md", [], {"body": "घंटाघर की सफाई हुई।\n", "language": "hi"}),
    Kind("UTF-16 BE with BOM", "utf16_be_bom.md", [], {"body": "The old mill became a school.\n"}),
    Kind("UTF-16 without BOM", "utf16_no_bom.md", [W(r"no byte-order mark; read as UTF-16")],
         {"body": "The night market moved to the pier.\n"}),
    Kind("Windows-1252", "cp1252.md", [W(r"not valid UTF-8 \(byte 0x93 at offset 35\); read as Windows-1252")],
         {"body": "The \u201criverside\u201d caf\u00e9 reopened \u2013 briefly.\n"}),
    Kind("UTF-8 with one broken byte (Hindi)", "utf8_damaged_hi.md",
         [W(r"1 invalid UTF-8 byte sequence \(first: byte 0xff at offset 67\) replaced with U\+FFFD")],
         {"body": "पुराने पुल की \ufffdमरम्मत शुरू हुई।\n", "language": "hi"}),
    Kind("bytes valid in neither UTF-8 nor Windows-1252", "invalid_bytes.txt",
         [E(r"not valid UTF-8 \(byte 0x81 at offset 60\), nor Windows-1252; save it as UTF-8")]),
    Kind("NUL and control characters", "control_chars.md", [W(r"removed 4 control characters \(such as NUL\)")],
         {"body": "The tram depot was rebuilt.\n"}),
    Kind("zero-width and right-to-left marks", "invisible_marks.md",
         [W(r"removed 7 invisible characters \(zero-width spaces, direction marks\)")],
         {"body": "पुल पर यातायात फिर से शुरू हुआ। राष्ट्रीय समाचार।\nक्\u200dष मार्ग पर काम जारी है।\n"}),
    Kind("decomposed accents (NFD)", "decomposed.md", [], {"body": "The caf\u00e9 owner Jos\u00e9 Zo\u00eb retired.\n"}),
    Kind("Windows line endings", "crlf.md", [], {"body": "The ferry pier was rebuilt.\n\nIt opened today.\n"}),
    # -- front matter -----------------------------------------------------------------------
    Kind("front matter not closed", "front_matter_unclosed.md",
         [E(r"front matter is not closed \(no second '---' line\)")]),
    Kind("front matter not YAML", "front_matter_not_yaml.md", [E(r"front matter is not valid YAML \(line 4\)")]),
    Kind("front matter a YAML list", "front_matter_list.md", [E(r"front matter must be a set of 'key: value' lines")]),
    Kind("front matter with a Python object tag", "front_matter_python_tag.md",
         [E(r"front matter is not valid YAML \(line 2\)")]),
    Kind("front matter with wrong types", "wrong_types.md",
         [W(r"'title' should be text, got a list; ignored"),
          W(r"'language' should be a code such as 'hi' or 'en', got a number; detected from the text"),
          W(r"published date '12345' not understood; stored as unknown")],
         {"title": None, "published": None, "language": "en", "body": "Inspectors found cracks.\n"}),
    Kind("front matter alias bomb", "yaml_aliases.md",
         [W(r"'title' should be text, got a list; ignored"),
          W(r"'published' should be a date, got a list; stored as unknown")],
         {"title": None, "published": None}),
    Kind("front matter and no text", "no_body.md", [E("article has no text")]),
    # -- dates ------------------------------------------------------------------------------
    Kind("date as YAML writes it", "date_yaml.md", [], {"published": date(2024, 3, 7)}),
    Kind("impossible date 2024-02-30", "date_feb30.md",
         [W(r"published date '2024-02-30' not understood; stored as unknown")], {"published": None}),
    Kind("date in words", "date_words.md", [W(r"published date 'last Tuesday' not understood; stored as unknown")],
         {"published": None}),
    Kind("date out of range (1066)", "date_ancient.md",
         [W(r"published date '1066-10-14' not understood; stored as unknown")], {"published": None}),
    # -- JSON lines -------------------------------------------------------------------------
    Kind("JSON lines: good line among bad ones", "mixed.jsonl:1", [],
         {"title": "Ferry service resumes", "published": date(2024, 3, 6)}),
    Kind("JSON lines: one broken line", "mixed.jsonl:2", [E(r"not valid JSON \(Unterminated string starting at\)")]),
    Kind("JSON lines: a line that is not an object", "mixed.jsonl:3", [E("each line must be a JSON object")]),
    Kind("JSON lines: missing text", "mixed.jsonl:4", [E(r"missing 'text' \(the article body\)")]),
    Kind("JSON lines: text is a number", "mixed.jsonl:5", [E("'text' should be text, got a number")]),
    Kind("JSON lines: wrong metadata types", "mixed.jsonl:6",
         [W(r"'title' should be text, got a mapping; ignored"),
          W(r"'language' should be a code such as 'hi' or 'en', got a number; detected from the text")],
         {"title": None, "language": "en", "published": date(2024, 3, 6)}),
    Kind("JSON lines: invisible characters inside the JSON", "mixed.jsonl:7",
         [W(r"removed 3 invisible characters \(zero-width spaces, direction marks\)")],
         {"body": "Dock workers returned."}),
    Kind("one JSON document named .jsonl", "pretty.jsonl",
         [E("one JSON document, not JSON lines; write one article object per line")]),
    # -- size -------------------------------------------------------------------------------
    Kind("10 MB on a single line", "huge_line.md", [E(f"article text is 10,000,000 characters, {LIMIT}")]),
    Kind("article of 50,000 sentences", "fifty_thousand_sentences.md",
         [E(f"article text is [0-9,]+ characters, {LIMIT}")]),
    Kind("file over 20 MB", "over_20mb.md", [E(r"file is 21\.0 MB, over the 20 MB limit")]),
    # -- content ----------------------------------------------------------------------------
    Kind("HTML page saved as .md", "page.md",
         [W(r"an HTML page, not Markdown; kept only its visible text \(no menus, scripts or tags\)")],
         {"title": "Library hours extended", "outlet_id": "valley-courier", "published": date(2024, 3, 8),
          "url": "https://valleycourier.example/local/library-hours",
          "body": "Library hours extended\n\nThe central library will stay open until 10 pm & on Sundays from "
                  "April, the city librarian said.\n\nReaders had asked for longer evening hours.\n"}),
    Kind("Bengali", "bengali.md", [E(r"the text is Bengali \('bn'\), a language that is not supported "
                                     r"\(supported: hi, en\)")]),
    Kind("Urdu", "urdu.md", [E(r"the text is Urdu \('ur'\), a language that is not supported \(supported: hi, en\)")]),
    Kind("declared language we do not support", "declared_tamil.md",
         [E(r"language 'ta' is not supported \(supported: hi, en\)")]),
    Kind("numbers and symbols only", "numbers_only.md",
         [E(r"no letters in the text \(only numbers or symbols\), so no language to read it in")]),
    Kind("declared language contradicts the text", "language_mismatch.md",
         [W("language says 'hi' but the text looks 'en'")], {"language": "hi"}),
    Kind("url that is not http(s)", "bad_url.md",
         [W(r"url 'javascript:alert\(1\)' is not http\(s\); not kept as a link")], {"url": None}),
    Kind("no outlet anywhere", "no_outlet.md", [W(r"outlet unknown \(no 'outlet', dateline or url\)")],
         {"outlet_id": "unknown"}),
    Kind("duplicate article, same metadata", "duplicate_c.md", [W("same article as {folder}/duplicate_a.md; skipped")]),
    Kind("duplicate article, different metadata", "duplicate_b.md",
         [W(r"same article as {folder}/duplicate_a.md \(same outlet and text\) but its title, published differ; "
            r"kept the first, this one skipped")]),
    # -- the file system --------------------------------------------------------------------
    Kind("symbolic link to an article in the same folder", "link_to_good_en.md"),
    Kind("folder with a symlink loop", "loop/back", [W(r"folder visited before \(symlink loop\), skipped")]),
    Kind("named pipe (FIFO) named .md", "pipe.md", [E(r"not a regular file \(a named pipe\)")]),
    Kind("broken symbolic link", "dangling.md",
         [E(r"broken symbolic link \(points to 'gone\.md', which does not exist\)")]),
    Kind("symbolic link to itself", "self_link.md", [E(r"symbolic link loop \(the link leads back to itself\)")]),
    Kind("line break and escape code in the file name", ODD_NAME, [E("file is empty")],
         shown_path="bad\\nname\\x1b[7m.md"),
    Kind("macOS ._ companion file", "._good_en.md"),
    Kind("other file types in the folder", "notes.docx"),
]
GOOD = {"good_en.md": {"language": "en", "outlet_id": "valley-courier", "published": date(2024, 3, 5)},
        "good_hi.md": {"language": "hi", "outlet_id": "nagar-samachar", "published": date(2024, 3, 5)},
        "duplicate_a.md": {"title": "Night bus reaches the airport", "published": date(2024, 3, 9)}}
DATE_FORMATS = ["7 March 2024", "March 7, 2024", "Mar. 7, 2024", "07/03/2024", "03/27/2024", "2024/03/07",
                "07.03.2024", "2024-03-07T09:30:00+05:30", "2024-03-07T09:30:00.250Z",
                "Thu, 07 Mar 2024 09:30:00 +0530", "7 मार्च 2024", "Sept 7, 2024"]


def make_generated(folder: Path) -> None:
    """The inputs that are too big, binary or special to keep in the repository."""
    rng = random.Random(5)
    (folder / "binary.md").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (folder / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2048)))
    (folder / "scan.md").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    sentence = "The minister said the bridge would cost 5 crore. "
    line = (sentence * (10_000_000 // len(sentence) + 1))[:10_000_000]
    (folder / "huge_line.md").write_text(line, encoding="utf-8")  # no newline anywhere
    (folder / "fifty_thousand_sentences.md").write_text(fifty_thousand_sentences(), encoding="utf-8")
    with open(folder / "over_20mb.md", "wb") as big:
        big.truncate(21_000_000)  # sparse: refused by its size before a byte is read
    (folder / "crlf.md").write_bytes(b"---\r\noutlet: Valley Courier\r\n---\r\nThe ferry pier was rebuilt.\r\n\r\n"
                                     b"It opened today.\r\n")
    os.mkfifo(folder / "pipe.md")
    os.symlink("gone.md", folder / "dangling.md")
    os.symlink("self_link.md", folder / "self_link.md")
    os.symlink("good_en.md", folder / "link_to_good_en.md")
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "back")
    (folder / ODD_NAME).write_bytes(b"")
    (folder / "._good_en.md").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + bytes(64))


def fifty_thousand_sentences() -> str:
    return " ".join(f"The council approved plan number {i} on Monday, officials said." for i in range(50_000)) + "\n"


@dataclass
class Run:
    folder: Path
    db: Path
    code: int
    lines: list[str]
    stdout: str
    articles: dict[str, dict]  # source_file -> row


def ingest_cli(db: Path, *paths: str) -> tuple[int, list[str], str]:
    """The real command line; its standard error as lines."""
    err, out = io.StringIO(), io.StringIO()
    with redirect_stderr(err), redirect_stdout(out):
        code = main(["--db", str(db), "ingest", "--quiet", *paths])
    return code, err.getvalue().splitlines(), out.getvalue()


def stored_articles(db: Path) -> dict[str, dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("SELECT * FROM articles")
        names = [d[0] for d in cursor.description]
        return {row[names.index("source_file")]: dict(zip(names, row)) for row in cursor.fetchall()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Run:
    """Good articles and every bad kind in one folder, one ingest."""
    root = tmp_path_factory.mktemp("bad_input")
    folder = root / "in"
    shutil.copytree(FIXTURES, folder)
    make_generated(folder)
    db = root / "claims.duckdb"
    code, lines, stdout = ingest_cli(db, str(folder))
    return Run(folder, db, code, lines, stdout, stored_articles(db))


def assert_consistent(db_path: Path) -> None:
    """Whatever went wrong on the way in, the database holds whole articles only: every sentence
    belongs to a stored article and indexes its body, every article has sentences, every claim
    has a vector and a cluster, and nothing points at what is not there."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        def count(sql: str) -> int:
            return con.execute(sql).fetchall()[0][0]

        assert count("SELECT count(*) FROM sentences s ANTI JOIN articles a USING (article_id)") == 0
        assert count("SELECT count(*) FROM articles a ANTI JOIN sentences s USING (article_id)") == 0
        assert count("""SELECT count(*) FROM (SELECT article_id, count(*) AS n, min(sentence_index) AS lo,
                         max(sentence_index) AS hi FROM sentences GROUP BY article_id)
                         WHERE lo <> 0 OR hi <> n - 1""") == 0
        assert count("SELECT count(*) FROM sentences WHERE is_claim AND claim_id IS NULL") == 0
        assert count("SELECT count(*) FROM sentences WHERE NOT is_claim AND claim_id IS NOT NULL") == 0
        assert count("""SELECT count(*) FROM sentences s WHERE is_claim
                         AND claim_id NOT IN (SELECT claim_id FROM claim_vectors)""") == 0
        assert count("""SELECT count(*) FROM sentences s WHERE is_claim
                         AND claim_id NOT IN (SELECT claim_id FROM claim_clusters)""") == 0
        assert count("SELECT count(*) FROM claim_clusters WHERE cluster_id NOT IN (SELECT cluster_id FROM clusters)") == 0
        assert count("""SELECT count(*) FROM claim_vectors
                         WHERE claim_id NOT IN (SELECT claim_id FROM sentences WHERE is_claim)""") == 0
        assert count("""SELECT count(*) FROM claim_clusters
                         WHERE claim_id NOT IN (SELECT claim_id FROM sentences WHERE is_claim)""") == 0
        assert count("SELECT count(*) FROM claim_vectors WHERE vector IS NULL") == 0
        bodies = dict(con.execute("SELECT article_id, body FROM articles").fetchall())
        for article_id, start, end, text in con.execute(
                "SELECT article_id, start_offset, end_offset, text FROM sentences").fetchall():
            assert bodies[article_id][start:end] == text
        for body in bodies.values():
            assert unicodedata.is_normalized("NFC", body)
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\r]", body)
    finally:
        con.close()


def shown(run: Run, kind: Kind) -> str:
    return f"{run.folder}/{kind.shown_path or kind.path}"


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_each_kind_gives_its_lines_and_stores_what_it_should(run, kind):
    prefix = shown(run, kind)
    mine = [line for line in run.lines if line.startswith((f"Error: {prefix}: ", f"Warning: {prefix}: "))]
    expected = [f"{level}: {re.escape(prefix)}: {message.format(folder=run.folder)}" for level, message in kind.lines]
    assert len(mine) == len(expected), mine
    for line, pattern in zip(mine, expected):
        assert re.fullmatch(pattern, line), (line, pattern)
    path = f"{run.folder}/{kind.path}"
    if kind.stored is None:
        assert not [f for f in run.articles if f == path or f.startswith(f"{path}:")]
    else:
        row = run.articles[path]
        for key, value in kind.stored.items():
            assert row[key] == value, key


def test_the_good_articles_go_in(run):
    for name, fields in GOOD.items():
        row = run.articles[f"{run.folder}/{name}"]
        for key, value in fields.items():
            assert row[key] == value
    con = duckdb.connect(str(run.db), read_only=True)
    try:
        claims = con.execute("""SELECT a.source_file, count(*) FROM sentences s JOIN articles a USING (article_id)
                                WHERE s.is_claim GROUP BY 1""").fetchall()
    finally:
        con.close()
    assert {Path(f).name for f, n in claims if n > 0} >= {"good_en.md", "good_hi.md"}


def test_dates_in_many_formats_are_read(run):
    for number, text in enumerate(DATE_FORMATS, start=1):
        row = run.articles[f"{run.folder}/dates.jsonl:{number}"]
        want = {"03/27/2024": date(2024, 3, 27), "Sept 7, 2024": date(2024, 9, 7)}.get(text, date(2024, 3, 7))
        assert row["published"] == want, text
    assert not [line for line in run.lines if "dates.jsonl" in line]


def test_one_line_each_no_traceback_and_exit_code_1(run):
    assert run.code == 1
    text = "\n".join(run.lines)
    assert "Traceback" not in text and "Exception" not in text
    *problems, summary = run.lines
    assert SUMMARY.fullmatch(summary), summary
    for line in problems:
        assert re.fullmatch(r"(Error|Warning): \S.*: \S.*", line), line
    assert len(problems) == sum(len(k.lines) for k in KINDS)
    stored = len(run.articles)
    assert f" {stored} articles added, " in summary
    assert stored == len([k for k in KINDS if k.stored is not None]) + len(GOOD) + len(DATE_FORMATS)
    assert run.stdout == ""


def test_database_is_consistent(run):
    assert_consistent(run.db)


def test_a_second_run_adds_nothing(run, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copy(run.db, db)
    code, lines, _ = ingest_cli(db, str(run.folder))
    assert code == 1
    assert re.search(r" 0 articles added, \d+ unchanged, 0 sentences, 0 claims ", lines[-1]), lines[-1]
    assert lines[:-1] == run.lines[:-1]
    assert stored_articles(db).keys() == run.articles.keys()
    assert_consistent(db)


def test_paths_that_cannot_be_read(tmp_path):
    """Named on the command line: a missing path, an empty folder, a file type we do not read, a
    named pipe, a broken link. Nothing is embedded; the database stays valid and empty."""
    empty = tmp_path / "empty_folder"
    empty.mkdir()
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    os.mkfifo(tmp_path / "pipe.md")
    os.symlink("missing.md", tmp_path / "broken.md")
    db = tmp_path / "claims.duckdb"
    paths = [tmp_path / "no_such_folder", empty, tmp_path / "report.pdf", tmp_path / "pipe.md", tmp_path / "broken.md"]
    code, lines, _ = ingest_cli(db, *map(str, paths))  # the pipe is never opened, so nothing waits
    assert code == 1
    assert lines[:-1] == [
        f"Error: {paths[0]}: no such file or folder",
        f"Warning: {paths[1]}: no article files in this folder (looked for .htm, .html, .jsonl, .markdown, .md, .ndjson, .txt)",
        f"Error: {paths[2]}: unsupported file type '.pdf' (use .htm, .html, .jsonl, .markdown, .md, .ndjson, .txt)",
        f"Error: {paths[4]}: broken symbolic link (points to 'missing.md', which does not exist)",
        f"Error: {paths[3]}: not a regular file (a named pipe)",
    ]
    assert SUMMARY.fullmatch(lines[-1]) and lines[-1].startswith("1 files: 0 articles added")
    assert_consistent(db)


def test_an_empty_folder_alone_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "empty").mkdir()
    code, lines, _ = ingest_cli(tmp_path / "claims.duckdb", str(tmp_path / "empty"))
    assert code == 0 and lines[0].startswith(f"Warning: {tmp_path / 'empty'}: no article files")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root, which reads a chmod 000 file anyway; the named pipe and broken link "
                           "cases above cover files that cannot be read")
def test_file_and_folder_without_permission(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "good_en.md", folder / "good_en.md")
    (folder / "secret.md").write_text("The vault was locked.\n", encoding="utf-8")
    (folder / "secret.md").chmod(0)
    (folder / "locked").mkdir()
    (folder / "locked").chmod(0)
    try:
        code, lines, _ = ingest_cli(tmp_path / "claims.duckdb", str(folder))
    finally:
        (folder / "secret.md").chmod(0o644)
        (folder / "locked").chmod(0o755)
    assert code == 1
    assert f"Error: {folder / 'locked'}: cannot read folder: Permission denied" in lines
    assert f"Error: {folder / 'secret.md'}: Permission denied" in lines
    assert f"{folder / 'good_en.md'}" in stored_articles(tmp_path / "claims.duckdb")
    assert_consistent(tmp_path / "claims.duckdb")


@pytest.mark.parametrize("name", ["huge_line.md", "fifty_thousand_sentences.md"])
def test_large_files_are_refused(tmp_path, name):
    """Refused by size, before any splitting or embedding."""
    make = {"huge_line.md": lambda: "The minister said the bridge would cost 5 crore. " * 204_082,
            "fifty_thousand_sentences.md": fifty_thousand_sentences}[name]
    (tmp_path / name).write_text(make(), encoding="utf-8")
    code, lines, _ = ingest_cli(tmp_path / "claims.duckdb", str(tmp_path / name))
    assert code == 1 and len(lines) == 2 and "characters, over the 200,000 limit" in lines[0]


def test_splitting_hostile_text():
    """Runs of marks and huge counts of sentences split correctly; these took minutes to hours
    before splitting skipped a whole run of marks at once."""
    assert len(sentences.split("The minister said the bridge would cost 5 crore. " * 204_082)) == 204_082
    assert len(sentences.split("." * 1_000_000 + "x")) == 1
    assert len(sentences.split("?!" * 500_000 + "x")) == 1
    assert len(sentences.split(fifty_thousand_sentences())) == 50_000


def test_attribution_of_hostile_articles_at_the_size_limit():
    """Runs that once made a pattern quadratic (capitalised words with no speech verb, long
    runs of spaces or commas) are analysed to the end; bench/hostile.py times them."""
    registry = Registry.default()
    for text, language in zip(hostile_articles(MAX_ARTICLE_CHARS), LANGUAGES):
        article = make_article("x.md", {"outlet": "Valley Courier", "language": language}, text, registry, [])
        analysed = analyse(article, registry)
        assert analysed.sentences and all(s.content for s in analysed.sentences)


def test_fixtures_are_small_and_ours():
    files = list(FIXTURES.iterdir())
    assert len(files) >= 30
    assert all(f.is_file() and not f.is_symlink() and f.stat().st_size < 50_000 for f in files)
    json.loads((FIXTURES / "pretty.jsonl").read_text(encoding="utf-8"))  # it is one JSON document
