"""Hostile text in articles, metadata, filters and uploads, through a real DuckDB file, the real
page (Streamlit AppTest) and the real command line.

What the page shows from an article (title, outlet, text, names) must reach the browser only
as plain text (``st.text``, table cells, select options), never as Markdown or HTML where
``<script>``, ``**bold**``, ``[link](javascript:...)`` or ``$x^2$`` would be interpreted; only
http(s) URLs become links; CSV cells never start a spreadsheet formula; SQL typed into the
page is a value, never code; uploads stay inside uploads/ and under the size limit.
"""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys

import pytest
from streamlit.testing.v1.element_tree import Widget

from app.uploads import UploadRefused, safe_name
from store import flags
from store.db import connect
from app.ingest import ingest

from conftest import ROOT, open_link, open_page

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img_onerror": "<img src=x onerror=alert(1)>",
    "markdown_bold": "**bold**",
    "markdown_link": "[link](javascript:alert(1))",
    "latex": "$x^2$",
}
ALL = " ".join(HOSTILE.values())
# One claim per class, each with its own speaker and figures so they stay in clusters of their own.
MARKUP_SENTENCES = {
    "script": f"Finance minister Ravi Rao said on Monday that exports rose 7.2 percent in 2023 {HOSTILE['script']} after the reform.",
    "img_onerror": f"Trade secretary Meena Iyer said on Tuesday that imports fell 3.1 percent in August {HOSTILE['img_onerror']} across ports.",
    "markdown_bold": f"Central bank governor Arun Pillai said on Wednesday that inflation reached 5.5 percent in July, a {HOSTILE['markdown_bold']} rise.",
    "markdown_link": f"Port chief Lata Menon said on Thursday that 41 ships docked in June {HOSTILE['markdown_link']} at Kandla.",
    "latex": f"Budget officer Vikram Das said on Friday that the new tariff {HOSTILE['latex']} will raise 40 billion rupees next year.",
}
# Each URL on an article of its own, found by the word in its claim. The first four must not link.
LINKS = {
    "Zorblatt": "javascript:alert(1)",
    "Quuxton": "data:text/html,<script>alert(1)</script>",
    "Blorvik": " JaVaScRiPt:alert(document.cookie)",
    "Snerdly": "//evil.example/steal",
    "Frobnitz": "https://ok.example/frobnitz",
    "Gleeble": "http://ok.example/gleeble",
}
FORMULA_TITLE = '=HYPERLINK("http://evil.example/steal","Click for details")'
FORMULA_SENTENCES = [
    "=1+1 Finance minister Kiran Bose said on Monday that exports rose 9 percent in 2023.",
    "+91 officials said on Tuesday that the port handled 12 million tonnes in August.",
    "-5 percent was the fall in imports that Trade secretary Anil Kapoor announced on Friday.",
    "@Reuters reported on Sunday that the central bank raised rates to 6.25 percent.",
]
SQL_OUTLET = "O'Brien Daily'); DROP TABLE articles; --"
SQL_SENTENCE = "Councillor Dara Shah said on Monday that '; DROP TABLE sentences; -- was found in 3 forms."
SQL_INPUTS = ["'; DROP TABLE articles; --", "%' OR '1'='1", '"); DELETE FROM flag_events; --',
              "x' UNION SELECT key, value FROM meta --", "'; DROP TABLE sentences; --"]


def article(title, outlet, url, text, published="2023-09-21"):
    return {"title": title, "outlet": outlet, "url": url, "published": published, "language": "en", "text": text}


@pytest.fixture(scope="module")
def hostile_db(samples_db, tmp_path_factory):
    """The samples plus the hostile articles; URLs that ingest itself refuses to keep are
    written straight into the table, as an older version or another tool might have."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.duckdb"
    shutil.copy(samples_db, path)
    records = [article(f"Markup title {ALL}", f"Markup Wire {ALL}", "javascript:alert(1)",
                       " ".join(MARKUP_SENTENCES.values()))]
    for i, word in enumerate(LINKS):
        records.append(article(f"{word} report", f"Link Desk {word}", "https://placeholder.example/",
                               f"Mayor {word} Kessel said on Monday that the city will build {11 + i} new bridges "
                               f"by {2030 + i}."))
    records.append(article(FORMULA_TITLE, "@Formula Times", "https://formula.example/a", " ".join(FORMULA_SENTENCES)))
    records.append(article("Council notes", SQL_OUTLET, "https://obrien.example/a", SQL_SENTENCE))
    source = folder / "hostile.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = ingest([str(source)], str(path))
    assert not report.failed, report.problems
    assert report.articles_added == len(records)
    with connect(path) as con:
        assert con.execute("SELECT url FROM articles WHERE title LIKE 'Markup title%'").fetchall() == [(None,)]
        for word, url in LINKS.items():
            con.execute("UPDATE articles SET url = ? WHERE title = ?", [url, f"{word} report"])
    return path


@pytest.fixture()
def hostile_copy(hostile_db, tmp_path):
    path = tmp_path / "hostile.duckdb"
    shutil.copy(hostile_db, path)
    return path


def walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def proto_strings(message):
    """Every string anywhere in a protobuf message."""
    for _, value in message.ListFields():
        items = value if hasattr(value, "__len__") and not isinstance(value, (str, bytes)) and \
            not hasattr(value, "ListFields") else [value]
        for item in items:
            if isinstance(item, str):
                yield item
            elif hasattr(item, "ListFields"):
                yield from proto_strings(item)


PLAIN = {"text", "dataframe"}


def interpreted(at) -> list[tuple[str, str]]:
    """(element type, string) for every string the browser would read as Markdown, HTML or a
    URL: everything but plain text, table cells and the values and options of widgets (a
    widget's label and help are Markdown)."""
    out = []
    for node in walk(at._tree):
        proto = getattr(node, "proto", None)
        if proto is None or getattr(node, "type", None) in PLAIN:
            continue
        if isinstance(node, Widget):
            out += [(node.type, getattr(proto, f)) for f in ("label", "help", "placeholder") if hasattr(proto, f)]
        else:
            out += [(node.type, s) for s in proto_strings(proto)]
    return out


def open_each_cluster(at):
    """Yield each listed cluster's page (its members drawn), opened by its link."""
    for cluster in list(at.dataframe[0].value["cluster"]):
        yield open_link("cluster", cluster=int(cluster))


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_markup_in_text_and_metadata_is_shown_only_as_plain_text(hostile_db, monkeypatch, kind):
    hostile = HOSTILE[kind]
    open_page(hostile_db, monkeypatch)
    at = open_link("claims", q=hostile)  # the search box gets it too
    assert at.dataframe[0].value["claim"].str.contains(hostile, regex=False).any()
    for page in open_each_cluster(at):
        texts = [t.value for t in page.text]
        assert any(MARKUP_SENTENCES[kind] in t for t in texts), "the claim is not shown"
        assert any(t.startswith("Markup title") and hostile in t for t in texts), "the title is not shown"
        assert any(t.startswith("Markup Wire") and hostile in t for t in texts), "the outlet is not shown"
        offenders = [(kind_, s) for kind_, s in interpreted(page) if hostile in s]
        assert offenders == [], "hostile text reached an element that renders Markdown/HTML"
        assert not page.get("link_button"), "javascript: URL became a link"
    options = at.multiselect(key="f_outlets").options
    assert any(hostile in o for o in options)  # a select option: shown as typed
    assert not any(hostile in s for _, s in interpreted(at))


@pytest.mark.parametrize("word", list(LINKS))
def test_only_http_and_https_urls_become_links(hostile_db, monkeypatch, word):
    url = LINKS[word]
    open_page(hostile_db, monkeypatch)
    at = open_link("claims", q=word)
    (page,) = list(open_each_cluster(at))
    assert any(f"{word} report" == t.value for t in page.text)
    links = [b.proto.url for b in page.get("link_button")]
    if url.startswith(("http://", "https://")):
        assert links == [url]
    else:
        assert links == []
        assert not any(url.strip() in s for _, s in interpreted(page))


def test_csv_export_neutralises_spreadsheet_formulas(hostile_db, tmp_path):
    out = tmp_path / "export.csv"
    done = subprocess.run([sys.executable, "-m", "claims", "--db", str(hostile_db), "export", "--format", "csv",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + FORMULA_TITLE in cells
    assert "'@Formula Times" in cells
    for sentence in FORMULA_SENTENCES:
        assert "'" + sentence in cells, sentence
    jsonl = subprocess.run([sys.executable, "-m", "claims", "--db", str(hostile_db), "export"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert any(json.loads(line)["title"] == FORMULA_TITLE for line in jsonl.splitlines())  # JSON keeps it as is


def table_counts(db) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables}


def test_sql_in_the_search_box_and_filters_changes_nothing(hostile_copy, monkeypatch):
    before = table_counts(hostile_copy)
    at = open_page(hostile_copy, monkeypatch)
    at.switch_page("pages/claims.py").run()
    for text in SQL_INPUTS:
        at.text_input(key="c_search").input(text).run()
        assert not at.exception, at.exception
        assert not at.error and not at.warning
        matched = len(at.dataframe[0].value) if at.dataframe else 0
        assert matched == (1 if text in SQL_SENTENCE else 0), text  # a literal match, nothing more
    at.text_input(key="c_search").input("").run()
    outlets = at.multiselect(key="f_outlets")
    (hostile_outlet,) = [o for o in outlets.options if "DROP TABLE" in o]
    outlets.select(hostile_outlet).run()
    assert not at.exception and not at.error
    table = at.dataframe[0].value
    assert len(table) == 1 and SQL_OUTLET in table["carried by"][0]
    assert table_counts(hostile_copy) == before

    note, by = "'); DROP TABLE flag_events; --", "Robert'); DROP TABLE students;--"
    at = open_link("cluster", cluster=int(table["cluster"][0]))
    at.text_input(key="reviewer").input(by)
    at.radio(key="flag_status").set_value("flagged")
    at.text_area(key="flag_note").input(note)
    at.button[[b.label for b in at.button].index("Save status")].click().run()
    assert not at.exception and not at.error
    after = table_counts(hostile_copy)
    assert after == {**before, "flag_events": before["flag_events"] + 1}
    with connect(hostile_copy, read_only=True) as con:
        (event,) = flags.history(con)
    assert (event["note"], event["actor"]) == (note, by)


# -- uploads ------------------------------------------------------------------------------

def upload_text(title: str, sentence: str) -> bytes:
    return (f"---\ntitle: {title}\noutlet: Upload Wire\nurl: https://upload.example/{title.replace(' ', '-')}\n"
            f"published: 2023-09-22\nlanguage: en\n---\n{sentence}\n").encode("utf-8")


@pytest.mark.parametrize("name, expected", [
    ("../../escape.md", "escape.md"), ("..\\..\\win.TXT", "win.txt"), (".hidden.md", "hidden.md"),
    ("/etc/cron.d/x.jsonl", "x.jsonl"), ("-rf.md", "rf.md"), ("....md", "upload.md"),
    ("**bold** [l](javascript:x).md", "bold_l_javascript_x_.md"), ("समाचार रिपोर्ट.md", "समाचार_रिपोर्ट.md"),
])
def test_upload_names_are_made_safe(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize("name", ["run.sh", "x.md.exe", "noext", "../.."])
def test_upload_names_of_other_kinds_are_refused(name):
    with pytest.raises(UploadRefused):
        safe_name(name)


def test_an_upload_named_with_dotdot_lands_inside_uploads(db_copy, monkeypatch, tmp_path):
    before = table_counts(db_copy)
    open_page(db_copy, monkeypatch)
    at = open_link("import")
    at.get("file_uploader")[0].set_value([
        ("../../escape.md", upload_text("Escape", "Mayor Ivo Brandt said on Monday that the tram will carry "
                                                  "52,000 riders a day by 2027."), "text/markdown"),
        ("..\\..\\win.txt", upload_text("Windows", "Engineer Olu Adeyemi said on Tuesday that the dam will "
                                                   "store 3.4 billion litres by 2026."), "text/plain"),
        (".hidden.md", upload_text("Hidden", "Doctor Sana Mirza said on Friday that the clinic treated "
                                             "8,200 patients in 2023."), "text/markdown"),
    ]).run()
    assert not at.exception, at.exception
    uploads = tmp_path / "uploads"
    assert sorted(p.name for p in uploads.iterdir()) == ["escape.md", "hidden.md", "win.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.duckdb", "claims.duckdb.lock", "uploads"]
    assert not (tmp_path.parent / "escape.md").exists() and not (tmp_path.parent.parent / "escape.md").exists()
    texts = [t.value for t in at.text]
    assert sum(t.startswith("1 files: 1 articles added") for t in texts) == 3, texts  # one file at a time
    assert table_counts(db_copy)["articles"] == before["articles"] + 3
    with connect(db_copy, read_only=True) as con:
        files = {r[0] for r in con.execute("SELECT source_file FROM articles WHERE outlet = 'Upload Wire'").fetchall()}
    assert files == {str(uploads / n) for n in ["escape.md", "hidden.md", "win.txt"]}
    assert not at.get("file_uploader")[0].value, "the uploader should be empty again"


def test_an_upload_over_the_limit_is_refused_and_nothing_is_written(db_copy, monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_MAX_UPLOAD_MB", "0.01")  # about 10 KB
    before = table_counts(db_copy)
    open_page(db_copy, monkeypatch)
    at = open_link("import")
    big = upload_text("Big", "Mayor Ivo Brandt said on Monday that the tram will carry 52,000 riders a day. " * 300)
    assert len(big) > 0.01 * 1024 * 1024
    at.get("file_uploader")[0].set_value(("big.md", big, "text/markdown")).run()
    assert not at.exception, at.exception
    messages = [t.value for t in at.text if "big.md" in t.value]
    assert len(messages) == 1 and "over the 0.01 MB limit" in messages[0] and "nothing was saved" in messages[0]
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())
    assert table_counts(db_copy) == before
