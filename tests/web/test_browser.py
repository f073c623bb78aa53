"""The web interface in Debian's chromium, driven by Playwright, against a real server on loopback."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(served_db: Path) -> Iterator[str]:
    import uvicorn

    from strikewatch.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(served_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str):  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def test_search_to_highlighted_evidence(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url)
    page.fill("input[name=q]", "Tengizchevroil")
    page.click("button[type=submit]")
    page.wait_for_selector("ol.hits li")
    assert "Kazakhstan" in page.inner_text("ol.hits")
    page.click("ol.hits a.title")
    page.wait_for_selector("mark.evidence")
    marked = page.inner_text("#document-text mark.evidence >> nth=0")
    assert marked and page.locator(".coded .event").count() >= 10
    assert "Tengizchevroil" in " ".join(page.locator("mark.evidence").all_inner_texts())
    page.click("text=every event in KZ")  # and on to the map of the spread
    page.wait_for_selector("path.event-marker")
    assert page.locator("path.event-marker").count() >= 5


def test_every_page_renders(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for path, selector in (("/events", "table.events tbody tr"), ("/timeline", "canvas#timeline"),
                           ("/upload", "form.upload")):
        page.goto(base_url + path)
        page.wait_for_selector(selector)
    assert errors == []


def test_map_shows_markers_and_the_day_slider_filters_them(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/map")
    page.wait_for_selector("path.event-marker")
    everything = page.locator("path.event-marker").count()
    assert everything >= 20
    assert page.locator("path.leaflet-interactive").count() > everything  # the country outlines are drawn too
    page.fill("#day-slider", "0")
    page.dispatch_event("#day-slider", "input")
    first_day = page.locator("path.event-marker").count()
    assert 0 < first_day < everything
    assert page.inner_text("#day-label") != "all"


def test_upload_a_file(page, base_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "brest.txt"
    article.write_text("Grève au port de Brest\n\nLes dockers de Brest ont cessé le travail le 2 mars 2023.",
                       encoding="utf-8")
    page.goto(base_url + "/upload")
    page.set_input_files("input[type=file]", str(article))
    page.click("button[type=submit]")
    page.wait_for_selector("#document-text")
    assert "Grève au port de Brest" in page.inner_text("h1")
    assert page.locator("mark.evidence").count() >= 1


def test_no_page_breaks_its_content_security_policy(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    for path, selector in (("/", "form.filters"), ("/events", "table.events tbody tr"), ("/map", "path.event-marker"),
                           ("/timeline", "canvas#timeline"),
                           ("/chronology", "ul.chronology li"), ("/docs", ".swagger-ui .opblock")):
        page.goto(base_url + path)
        page.wait_for_selector(selector)
    assert violations == []


def test_chronology_page_and_the_map_playing_the_spread(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base_url + "/chronology")
    page.wait_for_selector("ul.chronology li")
    assert page.locator("table.events tbody tr").count() >= 3  # the spread table
    page.goto(base_url + "/map")
    page.wait_for_selector("path.event-marker")
    everything = page.locator("path.event-marker").count()
    page.click("#play")
    # expect() rather than wait_for_function: a string predicate is an eval, which the CSP forbids
    expect(page.locator("#day-label")).not_to_have_text("all")
    assert page.locator("path.event-marker").count() < everything  # it starts from the first day
    expect(page.locator("#day-label")).to_have_text("all", timeout=60000)
    assert page.locator("path.event-marker").count() == everything and errors == []
