"""Browser check of the built documentation site, run by .ci/run after ``sphinx-build``.

Headless Chromium (Debian's package, driven by Playwright without a browser download) opens the
site served on localhost, follows a citation link from a case page to the highlighted passage in
its article, uses the search box to find "67B", asks the lookup page which law reached
"circulating" on two dates (and an unknown word, and a date before any law), picks dates on the
penalties page, goes from the home page's form to the lookup, and saves a screenshot of every kind
of page at desktop (1200 by 900) and phone (390 by 844) widths; the lookup's matcher is compared
with lawref's on every word of the lexicon. No request may leave localhost, and no page may raise
a script error. Exits non-zero on failure.

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
from typing import Any

from playwright.sync_api import Page, Route, sync_playwright

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


PAGES = {
    "home": "index.html",
    "lookup": "reference/lookup.html?conduct=circulating&date=2018-06-01",
    "penalties": "reference/penalties.html",
    "act": "reference/acts/it-act-2000.html",
    "provision": "reference/provisions/it-act-2000-s67B.html",
    "conduct": "reference/conduct/sharing.html",
    "case": "reference/cases/p-hunt-2020-12.html",
    "cases": "reference/cases/index.html",
    "cli": "reference/cli.html",
    "article": "reference/articles/002_95b4b98758b0ca5c.html",
    "judgments": "reference/judgments.html",
    "terms": "reference/terms.html",
    "search": "search.html?q=67B",
    "handouts": "reference/handouts.html",
    "statistics": "reference/statistics/ncrb-cyber-pornography-children.html",
    "standards": "reference/standards.html",
}
"""Every kind of page, by the name its screenshots get."""

SIZES = {"desktop": (1200, 900), "phone": (390, 844)}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A page left while it loads closes its connection: not an error of the site."""
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def _answer(page: Page, selector: str) -> str:
    return page.locator(selector).inner_text()


def _provisions(page: Page) -> list[str]:
    """The provisions the lookup's answer shows, by their titles."""
    titles = page.locator("#lawref-lookup-answer .lawref-provision-title a")
    return [titles.nth(i).inner_text() for i in range(titles.count())]


def check_lookup(page: Page, base: str) -> None:
    """The lookup answers from the data embedded in the page, for any word and date."""
    page.goto(f"{base}/reference/lookup.html")
    box, date = page.locator("#lawref-conduct"), page.locator("#lawref-date")
    assert date.input_value(), "the date does not default to the review date"
    box.fill("circulating")
    date.fill("2018-06-01")
    text = _answer(page, "#lawref-lookup-answer")
    for wanted in ("Sharing or circulating", "first conviction", "classification"):
        assert wanted in text, (wanted, text[:800])
    shown = _provisions(page)
    assert "IPC s.292" in shown, shown
    assert any(p.startswith("IT Act s.67B") for p in shown), shown
    assert not any(p.startswith("BNS") for p in shown), shown
    page.locator(".lawref-provision-title a", has_text="IPC s.292").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/reference/provisions/ipc-1860-s292.html"), page.url
    page.go_back()
    page.wait_for_selector("#lawref-lookup-answer .lawref-provision")
    page.locator("#lawref-date").fill("2025-01-01")
    shown = _provisions(page)
    assert any(p.startswith("BNS s.294") for p in shown), shown
    assert not any(p.startswith("IPC") for p in shown), shown
    page.locator("#lawref-conduct").fill("zzzq unknown words")
    text = _answer(page, "#lawref-lookup-answer")
    assert "No conduct in lawref's lexicon matches" in text, text[:500]
    assert "Storing or possessing" in text, text[:800]
    page.locator("#lawref-conduct").fill("kept on his phone")
    page.locator("#lawref-date").fill("1800-01-01")
    text = _answer(page, "#lawref-lookup-answer")
    assert "before the earliest law" in text, text[:500]
    page.locator("#lawref-pick").select_option("Grooming a child online")
    assert page.locator("#lawref-conduct").input_value() == "Grooming a child online"
    page.locator("#lawref-date").fill("2024-07-01")
    assert "Grooming a child online" in _answer(page, "#lawref-lookup-answer")


SENTENCES = [
    "he ran a group to share clips",
    "Group-Admin",
    "group  admin.",
    "kept on his phone",
    "KEPT ON HIS PHONE and shared it",
    "nothing of the kind",
    "storing",
    "x" * 201,
    "",
]
"""Words beside the lexicon's own, to compare the page's matcher with lawref's."""


def _library_match(text: str) -> list[str]:
    """The conducts lawref finds in *text*: one, several (ambiguous), or none."""
    import lawref
    from lawref.conduct.lookup import resolve_conduct
    from lawref.errors import AmbiguousConductError, UnknownConductError

    lexicon = lawref.default_catalog().lexicon
    try:
        return [resolve_conduct(lexicon, text)[0]]
    except AmbiguousConductError as error:
        return [conduct for conduct, _ in error.matches]
    except UnknownConductError:
        return []


def check_matching(page: Page, base: str) -> None:
    """The page maps words to a conduct as lawref does: every term and label of the lexicon,
    and sentences that hold several, none, or too many characters."""
    import lawref

    catalog = lawref.default_catalog()
    texts = [*SENTENCES]
    for conduct in catalog.conducts:
        texts += [conduct.id, conduct.label, *conduct.terms]
    page.goto(f"{base}/reference/lookup.html")
    found = page.evaluate(
        "texts => texts.map(t => window.lawrefLookupMatch(t).map(m => m[0]))", texts
    )
    wrong = [
        (text, shown, _library_match(text))
        for text, shown in zip(texts, found, strict=True)
        if shown != _library_match(text)
    ]
    assert not wrong, wrong[:10]


def check_penalties(page: Page, base: str) -> None:
    """The penalties page shows the punishments in force on the date picked."""
    page.goto(f"{base}/reference/penalties.html")
    assert not page.locator(".lawref-static").first.is_visible(), "the static table still shows"
    table = "#lawref-penalties-answer"
    assert "IT Act s.67B" in _answer(page, table)
    page.locator("#lawref-penalties-date").fill("2018-06-01")
    text = _answer(page, table)
    assert "IPC s.292" in text, text[:800]
    assert "BNS s.294" not in text, text[:800]
    page.locator("#lawref-penalties-date").fill("2025-01-01")
    text = _answer(page, table)
    assert "BNS s.294" in text, text[:800]
    assert "IPC s.292" not in text, text[:800]


def check_home(page: Page, base: str) -> None:
    """The home page's form opens the lookup with the reader's words and date."""
    page.goto(f"{base}/index.html")
    form = page.locator("form.lawref-home-form")
    form.locator('input[name="conduct"]').fill("circulating")
    form.locator('input[name="date"]').fill("2018-06-01")
    form.locator("button").click()
    page.wait_for_selector("#lawref-lookup-answer .lawref-provision")
    assert "/reference/lookup.html" in page.url, page.url
    text = _answer(page, "#lawref-lookup-answer")
    assert "IPC s.292" in text, text[:800]
    assert "IT Act s.67B" in text, text[:800]


def check_handouts(page: Page, base: str) -> None:
    """Every handout the downloads page links is served: a PDF and a Word document per conduct,
    and the booklet."""
    page.goto(f"{base}/reference/handouts.html")
    links = page.locator("a.download, a.reference.download")
    hrefs = sorted({links.nth(i).get_attribute("href") or "" for i in range(links.count())})
    assert len(hrefs) >= 2 * 17, hrefs[:5]
    for href in hrefs:
        response = page.request.get(f"{base}/reference/{href}")
        assert response.status == 200, href
        body = response.body()
        if href.endswith(".pdf"):
            assert body.startswith(b"%PDF"), href
        else:
            assert href.endswith(".docx"), href
            assert body.startswith(b"PK"), href


def check_numbers(page: Page, base: str) -> None:
    """A statistical head's page shows its chart (drawn at build time) and its table; the
    benchmark page labels verdicts as lawref's reading."""
    page.goto(f"{base}/reference/statistics/ncrb-cyber-pornography-children.html")
    chart = page.locator('img[src$="ncrb-cyber-pornography-children.svg"]')
    assert chart.count() == 1
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
    assert "1,171" in page.inner_text("article") or "1171" in page.inner_text("article")
    page.goto(f"{base}/reference/standards.html")
    text = page.inner_text("article")
    assert "not a rating by the benchmark" in text
    assert "From 16 August 2019: met" in text


def screenshots(page: Page, base: str, shots: Path) -> None:
    """Every kind of page at both widths; the long answers in full."""
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for name, path in PAGES.items():
            page.goto(f"{base}/{path}")
            if name == "search":
                page.wait_for_selector("#search-results li, .search li", timeout=15000)
            full = name in ("home", "lookup", "penalties")
            page.screenshot(path=str(shots / f"{name}-{size}.png"), full_page=full)


def main() -> int:
    """Serve the site, drive the browser, check what a reader would see."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/_build/html").resolve()
    shots = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/_build/screenshots").resolve()
    shots.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
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
            outside: list[str] = []
            errors: list[str] = []

            def local_only(route: Route) -> None:
                if route.request.url.startswith(base):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", local_only)
            page.on("pageerror", lambda error: errors.append(str(error)))
            check_lookup(page, base)
            check_matching(page, base)
            check_penalties(page, base)
            check_home(page, base)
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
            check_handouts(page, base)
            check_numbers(page, base)
            screenshots(page, base, shots)
            assert not outside, f"requests left localhost: {outside[:5]}"
            assert not errors, f"script errors: {errors[:5]}"
            browser.close()
    finally:
        with contextlib.suppress(Exception):
            server.shutdown()
    print(f"site check passed; screenshots in {shots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
