"""Article extraction on our own web pages (tests/fixtures/web/): how much of each article's
text each extractor keeps, and how much page furniture (menus, related links, comments,
footers, cookie banners) it lets in. Prints figures; run ``python bench/extraction.py``.

Compared: trafilatura (what ``claims/reading/web.py`` uses), readability-lxml, and our
own visible-text reader (``claims/reading/html.py``, for HTML saved as Markdown)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import trafilatura
from lxml import html as lxml_html
from readability import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.reading.html import from_html  # noqa: E402

WEB = ROOT / "tests" / "fixtures" / "web"
# each page: sentences of the article that must be kept, and furniture that must not
PAGES = {
    "en_article.html": (
        ["The river ferry authority will raise the single fare", "two new electric boats",
         "41,000 passengers a day", "asked for a monthly pass at the old price", "gave no date"],
        ["We use cookies", "Subscribe now", "Related stories", "Bridge repairs delayed again",
         "Reader123", "All rights reserved", "Advertise with us", "tracking code"]),
    "hi_article.html": (
        ["जून के अंत तक यातायात", "180 करोड़ रुपये", "समय आधा हो जाएगा", "दो साल पीछे"],
        ["मुख्य पृष्ठ", "सबसे ज्यादा पढ़ी गई", "बारिश का अलर्ट", "हमसे संपर्क करें"]),
}


def with_trafilatura(page: str) -> str:
    return trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True) or ""


def with_readability(page: str) -> str:
    summary = Document(page).summary(html_partial=True)
    return lxml_html.fromstring(summary).text_content() if summary.strip() else ""


def with_visible_text(page: str) -> str:
    return from_html(page, {})[1]


EXTRACTORS = {"trafilatura": with_trafilatura, "readability-lxml": with_readability,
              "visible text (ours)": with_visible_text}


def main() -> None:
    print(f"{'extractor':<22}{'page':<18}{'kept':>8}{'furniture':>11}{'ms':>8}")
    for name, extract in EXTRACTORS.items():
        for page_name, (wanted, unwanted) in PAGES.items():
            page = (WEB / page_name).read_text(encoding="utf-8")
            started = time.perf_counter()
            text = extract(page)
            ms = (time.perf_counter() - started) * 1000
            kept = sum(w in text for w in wanted)
            furniture = sum(u in text for u in unwanted)
            print(f"{name:<22}{page_name:<18}{kept:>4}/{len(wanted):<3}{furniture:>7}/{len(unwanted):<3}{ms:>8.1f}")
        no_article = extract((WEB / "no_article.html").read_text(encoding="utf-8"))
        print(f"{'':<22}{'no_article.html':<18}{len(no_article):>5} characters returned")


if __name__ == "__main__":
    main()
