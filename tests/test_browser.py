"""End to end in a real browser: Debian's Chromium driven by Playwright against ``dateline serve``'s
app, run by uvicorn on a free port over the demo corpus (plus one hostile article sent through
``POST /api/ingest``).

Set ``DATELINE_SCREENSHOT=1`` to save the timeline as ``docs/timeline.png`` (the README's picture).
"""

from __future__ import annotations

import os
import socket
import threading
import time

import httpx
import pytest

from dateline.serve.api import create_app
from dateline.settings import Settings

from .conftest import API_TOKEN, REPO, SCRIPT

pytest.importorskip("playwright")
from playwright.sync_api import Page, expect  # noqa: E402 - only once playwright is known to be there


@pytest.fixture(scope="session")
def live_server(demo_db):
    """The web app served by uvicorn in a thread; yields its base URL and the hostile article's id."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=demo_db, api_token=API_TOKEN)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    hostile = {"id": "hostile", "source": "Evil <b>Outlet</b>", "title": f"{SCRIPT}<img src=x onerror=alert(1)>",
               "published": "2023-06-01",
               "text": f"North Korea fired a ballistic missile on Thursday, officials said. {SCRIPT} "
                       "<img src=x onerror=\"window.__pwned = 2\"> <iframe src=\"javascript:alert(3)\"></iframe>"}
    response = httpx.post(f"{base}/api/ingest", json=[hostile], headers={"Authorization": f"Bearer {API_TOKEN}"},
                          timeout=120)
    assert response.status_code == 200, response.text
    yield base, response.json()["article_ids"][0]
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def watched(page: Page, live_server):
    """The page, recording every dialog that opens and every request that leaves the server."""
    base, _ = live_server
    seen = {"dialogs": [], "elsewhere": []}

    def on_dialog(dialog):
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda request: None if request.url.startswith(base) or request.url.startswith("data:")
            else seen["elsewhere"].append(request.url))
    return page, seen


def test_timeline_to_world_event_to_highlighted_evidence(watched, live_server):
    page, seen = watched
    base, _ = live_server
    page.goto(base + "/")
    expect(page.locator("h1")).to_have_text("Timeline")
    expect(page.locator("figure.chart svg rect.bar").first).to_be_visible()
    if os.environ.get("DATELINE_SCREENSHOT"):
        page.set_viewport_size({"width": 1280, "height": 900})
        page.screenshot(path=str(REPO / "docs" / "timeline.png"), full_page=False)

    # Filter with the form: launches reported by at least three outlets.
    page.select_option("select[name=type]", "MOBILIZE")
    page.fill("input[name=min_sources]", "3")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: "min_sources=3" in url and "type=MOBILIZE" in url)
    rows = page.locator("table.world-events tbody tr")
    assert rows.count() >= 1
    for cell in page.locator("table.world-events tbody td.num").all_inner_texts():
        assert int(cell) >= 3

    # A world event: every report behind it, each linking to its evidence.
    page.locator("a.world-event").first.click()
    page.wait_for_url(lambda url: "/world-events/" in url)
    reports = page.locator("table.reports tbody tr")
    assert reports.count() >= 3
    sentence = reports.first.locator("a.evidence").inner_text()

    # The article, scrolled to the evidence, the evidence picked out and linking back.
    reports.first.locator("a.evidence").click()
    page.wait_for_url(lambda url: "/articles/" in url and "?event=" in url and "#event-" in url)
    focus = page.locator("article.text .hl.event.focus")
    expect(focus.first).to_be_visible()
    picked = " ".join(focus.all_inner_texts())
    assert picked and picked.split()[0] in sentence
    assert "/world-events/" in focus.first.get_attribute("href")
    event_id = page.url.split("#event-")[1]
    expect(page.locator(f"#event-{event_id}")).to_have_count(1)
    expect(page.locator("article.text .hl.entity").first).to_be_visible()

    # The raw input, one click away, as plain text.
    page.click("a.raw")
    page.wait_for_url(lambda url: url.endswith("/raw"))
    assert page.evaluate("document.contentType") == "text/plain"
    assert not seen["dialogs"] and not seen["elsewhere"]


def test_hostile_article_stays_inert(watched, live_server):
    page, seen = watched
    base, article_id = live_server
    for path in (f"/articles/{article_id}", f"/articles/{article_id}/raw", "/search?q=pwned", "/articles",
                 "/?since=2023-05-01&until=2023-07-01"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    page.goto(f"{base}/articles/{article_id}")
    expect(page.locator("h1")).to_contain_text("<script>window.__pwned = 1")
    expect(page.locator("article.text")).to_contain_text('<img src=x onerror="window.__pwned = 2">')
    assert page.locator("article.text img, article.text iframe, article.text script").count() == 0
    page.wait_for_timeout(200)  # an onerror or a timer would have fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not seen["dialogs"] and not seen["elsewhere"]


def test_chart_bar_filters_the_timeline(watched, live_server):
    page, seen = watched
    base, _ = live_server
    page.goto(base + "/")
    page.locator("figure.chart svg a").first.click()
    page.wait_for_url(lambda url: "since=" in url and "until=" in url and "type=" in url)
    assert page.locator("table.world-events tbody tr").count() >= 1
    assert not seen["elsewhere"]
