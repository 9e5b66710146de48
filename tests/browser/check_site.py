"""Browser check of the built documentation site, run by .ci/run after ``sphinx-build``.

Headless Chromium (Debian's package, driven by Playwright without a browser download) opens the
site served on localhost, follows a citation link from a case page to the highlighted passage in
its article, uses the search box to find "67B", and saves screenshots. Exits non-zero on failure.

Run: ``uv run python tests/browser/check_site.py docs/_build/html [screenshots-folder]``.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


def main() -> int:
    """Serve the site, drive the browser, check what a reader would see."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/_build/html").resolve()
    shots = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/_build/screenshots").resolve()
    shots.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
            browser = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                args=FLAGS,
                headless=True,
                viewport={"width": 1200, "height": 900},
            )
            page = browser.new_page()
            page.goto(f"{base}/reference/cases/p-hunt-2020-12.html")
            page.screenshot(path=str(shots / "case.png"))
            link = page.locator('a.citation[href*="596"], a.citation').filter(has_text="[")
            target = None
            for index in range(link.count()):
                href = link.nth(index).get_attribute("href") or ""
                if "002_95b4b98758b0ca5c" in href:
                    target = link.nth(index)
                    break
            assert target is not None, "no citation into article 002 on the case page"
            anchor = (target.get_attribute("href") or "").split("#", 1)[1]
            target.click()
            page.wait_for_load_state()
            assert "/reference/articles/002_95b4b98758b0ca5c.html" in page.url, page.url
            mark = page.locator(f"mark#{anchor}")
            assert mark.count() == 1, f"no highlighted passage #{anchor}"
            assert mark.is_visible()
            page.screenshot(path=str(shots / "article-passage.png"))
            page.goto(f"{base}/search.html?q=67B")
            page.wait_for_selector("#search-results li, .search li", timeout=15000)
            results = page.locator("#search-results li, .search li")
            texts = " ".join(results.nth(i).inner_text() for i in range(min(results.count(), 20)))
            assert "67B" in texts, texts[:500]
            page.screenshot(path=str(shots / "search-67B.png"))
            page.goto(f"{base}/index.html")
            box = page.locator('input[name="q"]').first
            box.fill("67B")
            box.press("Enter")
            page.wait_for_selector("#search-results li, .search li", timeout=15000)
            browser.close()
    finally:
        with contextlib.suppress(Exception):
            server.shutdown()
    print(f"site check passed; screenshots in {shots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
