import json

import pytest

from claims.names import Registry
from claims.reading import (ArticleError, decode, detect_language, find_files, is_web_link, outlet_from_dateline,
                            parse_date, read_file, split_front_matter)


def write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return str(path)


def test_front_matter_and_body(tmp_path):
    f = write(tmp_path / "a.md", "---\ntitle: 'T: x'\noutlet: CNN\npublished: 2023-09-13\nlanguage: en\n"
                                 "url: https://cnn.example/x\n---\nBody text here.\n")
    result = read_file(f, Registry.default())
    assert result.problems == []
    (article,) = result.articles
    assert (article.title, article.outlet_id, article.language, str(article.published)) == (
        "T: x", "cnn", "en", "2023-09-13")
    assert article.body == "Body text here.\n"


def test_outlet_from_dateline_then_url(tmp_path):
    reg = Registry.default()
    a = read_file(write(tmp_path / "a.md", "MOSCOW, Sept 13 (Reuters) - The talks ended.\n"), reg).articles[0]
    assert a.outlet_id == "reuters"
    b = read_file(write(tmp_path / "b.txt", "मॉस्को (एएनआई): बातचीत खत्म हुई।\n"), reg).articles[0]
    assert (b.outlet_id, b.language) == ("ani", "hi")
    c = read_file(write(tmp_path / "c.md", "---\nurl: https://www.dailybeacon.example/x\n---\nText here.\n"),
                  reg).articles[0]
    assert c.outlet == "dailybeacon"


def test_unknown_outlet_is_reported_not_fatal(tmp_path):
    result = read_file(write(tmp_path / "a.md", "Plain text with no hints at all.\n"), Registry.default())
    assert result.articles[0].outlet_id == "unknown"
    assert any("outlet unknown" in p.message for p in result.problems)


def test_same_content_same_id(tmp_path):
    reg = Registry.default()
    text = "---\noutlet: CNN\n---\nSame words.\n"
    a = read_file(write(tmp_path / "a.md", text), reg).articles[0]
    b = read_file(write(tmp_path / "b.md", text), reg).articles[0]
    assert a.article_id == b.article_id


def test_bad_yaml_names_the_line(tmp_path):
    result = read_file(write(tmp_path / "a.md", "---\ntitle: ok\noutlet: [unclosed\n---\nBody.\n"), Registry.default())
    assert result.articles == []
    assert "front matter is not valid YAML (line" in str(result.problems[0])


def test_jsonl_bad_line_keeps_the_good_ones(tmp_path):
    good = json.dumps({"title": "t", "outlet": "CNN", "language": "en", "text": "Talks lasted five hours."})
    f = write(tmp_path / "a.jsonl", good + "\n{broken\n" + json.dumps({"title": "no text"}) + "\n")
    result = read_file(f, Registry.default())
    assert len(result.articles) == 1
    assert [p.path.rsplit(":", 1)[1] for p in result.problems] == ["2", "3"]


def test_unsupported_language_is_an_error(tmp_path):
    result = read_file(write(tmp_path / "bn.md", "আলোচনা পাঁচ ঘণ্টা চলেছে।\n"), Registry.default())
    assert result.articles == [] and "not supported" in result.problems[0].message


def test_decode_handles_boms_and_windows_1252():
    assert decode("\ufeffhello".encode("utf-8"))[0] == "hello"
    assert decode("नमस्ते".encode("utf-16"))[0] == "नमस्ते"
    text, note = decode("caf\u00e9 \u2014 ok".encode("cp1252"))
    assert text == "caf\u00e9 \u2014 ok" and "Windows-1252" in note
    with pytest.raises(ArticleError):
        decode(b"")
    with pytest.raises(ArticleError):
        decode(bytes(range(256)) * 4)


def test_unclosed_front_matter():
    with pytest.raises(ArticleError, match="not closed"):
        split_front_matter("---\ntitle: x\nBody\n")


def test_find_files_reports_missing_paths(tmp_path):
    files, problems = find_files([str(tmp_path / "nope"), str(tmp_path)])
    assert files == [] and "no such file" in problems[0].message


def test_one_url_check():
    assert is_web_link("https://x.example/a") and is_web_link("http://x.example")
    assert not any(is_web_link(u) for u in [None, "", "javascript:alert(1)", "file:///etc/passwd", "x.example"])


def test_one_dateline_reader():
    assert outlet_from_dateline("MOSCOW, Sept 13 (Reuters) - Talks ended.") == "Reuters"
    assert outlet_from_dateline("मॉस्को (एएनआई): बातचीत खत्म हुई।") == "एएनआई"
    assert outlet_from_dateline("The Reserve Bank of India (RBI) raised rates.") is None


def test_dates_and_languages():
    problems = []
    assert str(parse_date("13 सितंबर 2023", "a.md", problems)) == "2023-09-13"
    assert str(parse_date("Sept 13, 2023", "a.md", problems)) == "2023-09-13"
    assert parse_date("last Tuesday", "a.md", problems) is None and len(problems) == 1
    assert (detect_language("Talks ended."), detect_language("बातचीत खत्म हुई।"), detect_language("123")) == (
        "en", "hi", None)
