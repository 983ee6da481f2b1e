"""What a person sees: the real dashboard served by Streamlit, read by headless Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.browser

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI needs Chromium for the browser tests (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(db_copy):
    port = free_port()
    env = dict(os.environ, CLAIMS_DB=str(db_copy))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless=true",
         f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("streamlit did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_page_shows_counts_clusters_and_hindi_text(server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.goto(server)
        # Streamlit paints a page in pieces: wait for each thing a person should see
        for text in ["Claims by cluster", "Speaker:", "Single-sourced", "Recurring", "Verification", "In review"]:
            page.get_by_text(text).first.wait_for(timeout=60000)
        body = page.inner_text("body")
        assert any("\u0900" <= ch <= "\u097f" for ch in body)  # Devanagari reaches the page as text
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=False)
        # a person can flag: the button works in the real page
        button = page.get_by_role("button", name="In review")
        button.wait_for(state="visible", timeout=60000)
        for attempt in range(3):  # a click that lands while the page is re-running is dropped
            button.click()
            try:
                page.get_by_text("marked in_review").wait_for(timeout=20000)
                break
            except Exception:
                if attempt == 2:
                    raise
        browser.close()
    assert (tmp_path / "dashboard.png").stat().st_size > 10000
