"""Article files to ``Article`` values.

Supported: ``.md``/``.markdown``/``.txt`` with optional YAML front matter (``title``,
``outlet``, ``url``, ``published``, ``language``), ``.jsonl`` (one article per line, the
same keys plus ``text``) and saved web pages (``.html``/``.htm``; also pages fetched from the
web, through ``read_page``). Each problem becomes a ``Problem`` naming the file (and line); one
bad file or line never stops the others. What each kind of bad input gives is listed in the
README ("Bad input") and tested in ``tests/test_bad_input.py``.

  files.py         finding files under folders; refusing what is not a plain file
  decoding.py      bytes to clean text
  front_matter.py  YAML front matter
  html.py          an HTML page's visible text and head metadata
  jsonl.py         JSON lines
  metadata.py      Article from metadata and body: language, outlet, dates, links
  web.py           a web page's article text and metadata (trafilatura)
  reader.py        one file, end to end
"""
from claims.reading.decoding import decode
from claims.reading.errors import ArticleError, FileResult
from claims.reading.files import SUPPORTED, find_files
from claims.reading.front_matter import split_front_matter
from claims.reading.metadata import (MAX_ARTICLE_CHARS, detect_language, duplicate_problem, is_web_link,
                                     make_article, outlet_from_dateline, parse_date)
from claims.reading.reader import read_file
from claims.reading.web import outlet_from_domain, read_page

__all__ = ["ArticleError", "FileResult", "MAX_ARTICLE_CHARS", "SUPPORTED", "decode", "detect_language",
           "duplicate_problem", "find_files", "is_web_link", "make_article", "outlet_from_dateline",
           "parse_date", "read_file", "split_front_matter"]
