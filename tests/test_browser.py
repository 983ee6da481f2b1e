"""What a person sees: the real dashboard served by ``streamlit run``, used in headless Chromium.

Screenshots go to tests/output/ (ignored by git)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from store import browse
from store.db import connect

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
OUTPUT = ROOT / "tests" / "output"
WAIT = 60000
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI needs Chromium for the browser tests (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def database(samples_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "claims.duckdb"
    shutil.copy(samples_db, path)
    return path


@pytest.fixture(scope="module")
def server(database):
    port = free_port()
    env = dict(os.environ, CLAIMS_DB=str(database))
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


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    page = browser.new_page(viewport={"width": 1440, "height": 1100})
    yield page
    page.close()


def shot(page, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=False)
    assert (OUTPUT / f"{name}.png").stat().st_size > 10000


def wait_text(page, text: str) -> None:
    page.get_by_text(text).first.wait_for(timeout=WAIT)


def settled(page) -> None:
    """Streamlit paints in pieces and re-runs after each action: wait until it stops."""
    page.wait_for_timeout(300)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=WAIT)
    page.wait_for_timeout(300)


def recurring_clusters(db: Path) -> list[int]:
    with connect(db, read_only=True) as con:
        return [r[0] for r in con.execute(
            f"SELECT cluster_id FROM cluster_stats WHERE n_outlets >= 3 ORDER BY {browse.SORTS['most outlets']}"
        ).fetchall()]  # in the Claims table's own order


def test_overview_shows_counts_and_charts(server, page):
    page.goto(server)
    for text in ["Claim tracker", "Clusters", "Single-sourced", "Most widely carried", "Newest single-sourced"]:
        wait_text(page, text)
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=WAIT)
    settled(page)
    shot(page, "overview")
    page.set_viewport_size({"width": 800, "height": 1000})  # a narrow window: no sidebar eats the page
    settled(page)
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.count() == 0 or not sidebar.is_visible() or sidebar.bounding_box()["width"] < 80
    assert page.locator("[data-testid='stMetric']").first.bounding_box()["x"] < 120
    shot(page, "overview-800")


def test_filter_by_a_speaker_typed_in_devanagari(server, page):
    page.goto(server + "/claims")
    wait_text(page, "clusters")
    box = page.locator("[data-testid='stMultiSelect']").filter(has_text="Speaker").first
    box.click()
    page.keyboard.type("\u092a\u0941\u0924\u093f\u0928")  # पुतिन
    page.get_by_role("option", name=re.compile("Vladimir Putin")).first.click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"speaker=vladimir-putin"), timeout=WAIT)
    settled(page)
    assert "Vladimir Putin" in box.inner_text()
    shot(page, "claims-by-speaker")


def test_open_a_cluster_from_its_row_then_the_copied_link(server, page, browser, database):
    page.goto(server + "/claims")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=WAIT)
    settled(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 30)  # the first row's selector
    page.wait_for_url(re.compile(r"/cluster\?cluster=\d+"), timeout=WAIT)
    wait_text(page, "Members")
    wait_text(page, "Spread across outlets")
    settled(page)
    cluster = int(re.search(r"cluster=(\d+)", page.url).group(1))
    assert cluster == recurring_clusters(database)[0]  # the most widely carried, first in the table
    outlets = {t.split(" \u00b7 ")[0] for t in page.locator("[data-testid='stText']").all_inner_texts()
               if re.search(r" \u00b7 \d{4}-\d\d-\d\d \u00b7 ", t)}
    assert len(outlets) >= 3, outlets
    shot(page, "cluster")
    other = browser.new_page(viewport={"width": 1440, "height": 1100})
    other.goto(page.url)  # a copied link: a new session, the same view
    wait_text(other, f"Cluster #{cluster}")
    wait_text(other, "Members")
    other.close()


def test_flag_a_claim_with_a_note_and_see_it_after_a_reload(server, page, database):
    cluster = recurring_clusters(database)[1]
    page.goto(f"{server}/cluster?cluster={cluster}")
    wait_text(page, "Verification")
    settled(page)
    page.get_by_label("Your name (recorded with every change)").fill("asha")
    page.get_by_label("Your name (recorded with every change)").press("Enter")
    settled(page)
    form = page.locator("[data-testid='stForm']")
    form.locator("[data-testid='stSelectbox'] input").first.click()
    page.keyboard.press("ArrowDown")  # from the whole cluster to its first member claim
    page.keyboard.press("Enter")
    assert "the whole cluster" not in form.locator("[data-testid='stSelectbox']").first.inner_text()
    form.get_by_text("In review").click()
    form.get_by_label("Note").fill("two agencies disagree on the date")
    form.get_by_role("button", name="Save status").click()
    wait_text(page, "marked in_review")
    settled(page)
    page.reload()
    wait_text(page, "History of this cluster")
    settled(page)
    wait_text(page, "status: in_review")
    history = page.locator("[data-testid='stDataFrame']").last
    history.wait_for(timeout=WAIT)
    with connect(database, read_only=True) as con:
        assert con.execute("SELECT note, actor FROM flag_events").fetchall() == [
            ("two agencies disagree on the date", "asha")]
    shot(page, "flagged")


def test_merge_two_clusters_after_the_preview_and_a_fresh_ingest_keeps_it(server, page, database, tmp_path):
    keep = recurring_clusters(database)[2]
    with connect(database, read_only=True) as con:
        other, text = con.execute("SELECT cluster_id, example FROM cluster_stats WHERE n_outlets = 1 "
                                  "ORDER BY cluster_id LIMIT 1").fetchall()[0]
        moving = [r[0] for r in con.execute("SELECT claim_id FROM claim_clusters WHERE cluster_id = ?",
                                            [other]).fetchall()]
    page.goto(f"{server}/cluster?cluster={keep}")
    wait_text(page, "Correct this cluster")
    settled(page)
    page.get_by_label("Your name (recorded with every change)").fill("ravi")
    page.get_by_label("Your name (recorded with every change)").press("Enter")
    settled(page)
    page.get_by_label("Find the other cluster by words of its claims").fill(" ".join(text.split()[:4]))
    page.get_by_label("Find the other cluster by words of its claims").press("Enter")
    wait_text(page, f"Cluster #{other} has these claims:")  # the preview is of the cluster we meant
    settled(page)
    page.get_by_role("button", name=f"Confirm: merge #{other} into #{keep}").click()
    wait_text(page, f"Cluster #{other} merged into #{keep}")
    settled(page)
    shot(page, "merged")
    article = tmp_path / "later.md"
    article.write_text("---\noutlet: Northern Wire\npublished: 2023-09-14\nlanguage: en\n---\n"
                       + text + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "claims", "ingest", "--db", str(database), "--quiet", str(article)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with connect(database, read_only=True) as con:
        clusters = {r[0] for r in con.execute("SELECT cluster_id FROM claim_clusters WHERE claim_id IN "
                                              "(SELECT unnest(?::VARCHAR[]))", [moving]).fetchall()}
    assert clusters == {keep}
    page.reload()
    wait_text(page, "History of this cluster")
    settled(page)
    assert page.get_by_text(text[:40]).count() >= 1  # the merged claim is still a member
