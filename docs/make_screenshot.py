"""Make the README's screenshots from the current samples: docs/dashboard.png (Overview),
docs/claims.png (Claims, filtered by a speaker) and docs/cluster.png (one cluster).

    python docs/make_screenshot.py [--out docs] [--chromium /usr/bin/chromium]

Ingests samples/ into a fresh database in a temporary folder, starts ``streamlit run
dashboard.py`` on 127.0.0.1 against it, opens each page by its link, waits for the page's
content (not for time: the first paint is often a placeholder) and saves a screenshot with
headless Chromium. Needs playwright
(requirements-dev.txt), Chromium and a Devanagari font (``apt-get install chromium
fonts-noto-core``).
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [  # file, link, what must be on the page first
    ("dashboard.png", "", ["Claim tracker", "Most widely carried", "Claims over time, by outlet"]),
    ("claims.png", "/claims?speaker=vladimir-putin", ["clusters", "Vladimir Putin"]),
    ("cluster.png", "/cluster?cluster={cluster}", ["Members", "Spread across outlets", "Speaker:"]),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "claims", "ingest", str(ROOT / "samples"), "--db", str(db),
                           "--quiet"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"ingest failed:\n{done.stderr}")
    print(done.stderr.strip().splitlines()[-1])


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless=true",
         f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false",
         "--client.toolbarMode=minimal"],
        env=dict(os.environ, CLAIMS_DB=str(db)), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("streamlit did not start")


def widest_cluster(db: Path) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT cluster_id FROM cluster_stats ORDER BY n_outlets DESC, cluster_id LIMIT 1"
                           ).fetchall()[0][0]
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the pictures")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claims-screenshot-") as tmp:
        db = Path(tmp) / "claims.duckdb"
        build(db)
        cluster = widest_cluster(db)
        proc, url = serve(db)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"])
                for name, link, texts in SHOTS:
                    page = browser.new_page(viewport={"width": args.width, "height": args.height})
                    page.goto(url + link.format(cluster=cluster))
                    for text in texts:
                        page.get_by_text(text).first.wait_for(timeout=60000)
                    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=60000)
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(2000)  # let tables and charts finish painting
                    page.screenshot(path=str(args.out / name), full_page=False)
                    page.close()
                    print(f"wrote {args.out / name}")
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
