"""An HTML page saved as an article: its visible text and the metadata in its head."""
from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def is_html_page(text: str) -> bool:
    return HTML_PAGE.match(text[:4096]) is not None


class _VisibleText(HTMLParser):
    """The text a browser would show of a saved news page, without menus and scripts, plus
    the title, site name, canonical link and publication time from its head."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "aside", "footer", "form",
            "button", "select", "iframe", "object"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
             "article", "header", "main", "blockquote", "figure", "figcaption", "pre", "hr", "dd", "dt"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        values = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {"og:site_name", "og:url", "og:title", "article:published_time"}:
                self.meta.setdefault(key, values.get("content", ""))
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", values.get("href", ""))
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP and tag not in self.VOID:
            self.skipping.append(tag)
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        blocks = ("".join(self.parts)).split("\n\n")
        return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip()) + "\n"


def from_html(page: str, meta: dict) -> tuple[dict, str]:
    """Metadata and visible text of an HTML page; front matter, when present, wins."""
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    site = " ".join(parser.meta.get("og:site_name", "").split())
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    if site:  # "Library hours extended | Valley Courier"
        title = re.sub(rf"\s+[|\-–—:]\s+{re.escape(site)}$", "", title)
    found = {"title": title, "outlet": site,
             "url": parser.meta.get("canonical") or parser.meta.get("og:url"),
             "published": parser.meta.get("article:published_time")}
    merged = {k: v for k, v in found.items() if v}
    merged.update(meta)
    return merged, parser.text()
