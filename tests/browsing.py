"""A real browser for site tests: Playwright driving Debian's Chromium (no browser download).

Journeys run on a phone and a desktop viewport; every page a test ends on is saved as a
screenshot under artifacts/screenshots/ (ignored by git).
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TIMEOUT_MS = 10_000
# Assertions wait as long as actions do (Playwright's own default for them is 5 s): on a
# machine busy with other work, a page reached by a click took longer than that once.
sync_api.expect.set_options(timeout=TIMEOUT_MS)
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    # CI must run these: `make test` installs Chromium (scripts/system-deps.d/chromium.sh).
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@contextmanager
def chromium():
    # launch() gives Chromium a fresh temporary --user-data-dir of its own (and refuses ours).
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def browsing(browser, base: str, request, viewport: str = "desktop"):
    """A page of a fresh browser context on the site at `base`; screenshot at the end.

    Requests to any other host are answered empty (no test reaches the internet) and listed in
    `page.foreign_requests`, so a test can assert that a page asked nothing of another host.
    """
    context = browser.new_context(base_url=base, locale="de-DE", viewport=VIEWPORTS[viewport],
                                  is_mobile=viewport == "phone")
    page = context.new_page()
    page.foreign_requests = []

    def elsewhere(route):
        page.foreign_requests.append(route.request.url)
        route.fulfill(status=204, body="")

    context.route(lambda url: not url.startswith(base), elsewhere)
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    screenshot(page, request.node.name)
    context.close()


def screenshot(page, name: str) -> None:
    """Save the whole page as artifacts/screenshots/<name>.png (a journey step's record)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    page.screenshot(path=SCREENSHOTS / f"{safe}.png", full_page=True)


def scrolls_sideways(page) -> bool:
    """Whether the page is wider than its viewport (a phone reader would scroll sideways)."""
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
