"""A web server on 127.0.0.1 (a free port) serving pages and feeds we wrote, for the fetch,
feed, watch and alert tests. Nothing else is ever contacted. ``{base}`` in a page becomes the
server's address. Tests change ``pages`` while it runs and read ``requests``."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
HUGE = 2_000_000  # bytes; tests set the limit to 1 MB


@dataclass
class Reply:
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    body: str | bytes = ""
    location: str | None = None
    delay: float = 0.0
    length: bool = True  # send Content-Length (else the body is streamed until the connection closes)


def default_pages() -> dict[str, Reply]:
    def page(name, kind="text/html; charset=utf-8"):
        return Reply(content_type=kind, body=(WEB / name).read_text(encoding="utf-8"))
    return {
        "/city/ferry-fares": page("en_article.html"),
        "/hindi/pul": page("hi_article.html"),
        "/index": page("no_article.html"),
        "/rss.xml": page("rss.xml", "application/rss+xml"),
        "/atom.xml": page("atom.xml", "application/atom+xml"),
        "/broken.xml": page("broken.xml", "application/rss+xml"),
        "/slow": Reply(body="<html><body><p>too late</p></body></html>", delay=3.0),
        "/loop-a": Reply(status=302, location="/loop-b"),
        "/loop-b": Reply(status=302, location="/loop-a"),
        "/hop-1": Reply(status=301, location="/hop-2"),
        "/hop-2": Reply(status=302, location="/city/ferry-fares"),
        "/far-1": Reply(status=302, location="/far-2"), "/far-2": Reply(status=302, location="/far-3"),
        "/far-3": Reply(status=302, location="/far-4"), "/far-4": Reply(status=302, location="/far-5"),
        "/far-5": Reply(status=302, location="/city/ferry-fares"),
        "/to-ftp": Reply(status=302, location="ftp://127.0.0.1/file"),
        "/huge": Reply(body="<html><body>" + "<p>word </p>" * (HUGE // 12) + "</body></html>"),
        "/huge-streamed": Reply(body="<html><body>" + "<p>word </p>" * (HUGE // 12) + "</body></html>",
                                length=False),
        "/report.pdf": Reply(content_type="application/pdf", body=b"%PDF-1.4 not an article"),
    }


class Server:
    def __init__(self) -> None:
        self.pages = default_pages()
        self.requests: list[tuple[str, dict]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):  # noqa: N802 - http.server's name
                owner.requests.append((self.path, dict(self.headers)))
                reply = owner.pages.get(self.path, Reply(status=404, body="<html><body>not here</body></html>"))
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body.replace("{base}", owner.base) if isinstance(reply.body, str) else reply.body
                data = body.encode("utf-8") if isinstance(body, str) else body
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    if reply.location:
                        self.send_header("Location", reply.location)
                    if reply.length:
                        self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a size limit)
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def fetched(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
