"""Browser tests: Playwright drives Debian's Chromium against the app on a live server.

Every test here is marked `browser`. Each page a test opens is watched for console errors,
which is where a Content-Security-Policy violation shows; `check_accessibility(page)` runs
axe-core for the WCAG 2.1 A and AA rules.
"""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is missing at {CHROMIUM}")
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module", autouse=True)
def _sync_role_groups_once():
    """Each browser test runs on a live server, so its database is flushed afterwards, and the
    flush replays post_migrate for every app. obb's role-group sync listens to all of them;
    here it runs once per replay (after the last app), which gives the same groups and
    permissions and saves seconds per test."""
    from django.apps import apps
    from django.db.models.signals import post_migrate

    from obb.roles import sync_role_groups

    def once(sender=None, **kwargs):
        if sender is list(apps.get_app_configs())[-1]:
            sync_role_groups(sender=sender, **kwargs)

    post_migrate.disconnect(dispatch_uid="obb.sync_role_groups")
    post_migrate.connect(once, dispatch_uid="tests.browser.sync_role_groups_once", weak=False)
    yield
    post_migrate.disconnect(dispatch_uid="tests.browser.sync_role_groups_once")
    post_migrate.connect(sync_role_groups, dispatch_uid="obb.sync_role_groups")


def _is_expected_failure(page, message):
    """Chromium logs 'Failed to load resource' for every 4xx document. A test that means to
    get one says so with `expect_status(page, path)`."""
    url = (message.location or {}).get("url", "")
    return message.text.startswith("Failed to load resource") and urlsplit(url).path in page.expected_paths


@pytest.fixture
def open_page(browser, live_server):
    """open_page(width=1280, user=None) -> a fresh page in its own browser context on the live
    server, signed in as `user` if one is given. The test fails afterwards if the page logged a
    console error (such as a CSP violation)."""
    contexts, errors = [], []

    def _open(width=1280, height=900, user=None):
        context = browser.new_context(base_url=live_server.url, locale="da-DK", timezone_id="Europe/Copenhagen",
                                      viewport={"width": width, "height": height}, accept_downloads=True)
        contexts.append(context)
        if user is not None:
            sign_in(context, user, live_server.url)
        page = context.new_page()
        page.expected_paths = set()
        page.on("console", lambda message: errors.append(f"{page.url}: {message.text}")
                if message.type == "error" and not _is_expected_failure(page, message) else None)
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        return page

    yield _open
    for context in contexts:
        context.close()
    assert not errors, f"the browser reported errors: {errors}"


def expect_status(page, path):
    """The test expects an error status (403, 404, 409, …) for `path`: not a console failure."""
    page.expected_paths.add(path)


def sign_in(context, user, base_url):
    """Give a browser context the session of `user`, without the login form (which has its own
    journey in test_login_journey.py)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


def log_in(page, username, password):
    page.goto("/konto/log-ind/")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(password)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(lambda url: "/konto/" not in url)


def check_accessibility(page):
    """Run axe-core on the page; return the WCAG 2.1 A/AA violations as readable lines."""
    # Evaluated through the browser's debugging protocol, so the page's own CSP (which would
    # refuse an injected <script>) stays in force for everything the app does.
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text() + "\n;void 0")
    # axe preloads media only: its CSS preload copies every stylesheet that uses @import (such as
    # the Django admin's forms.css) into an inline <style>, which the CSP rightly refuses and the
    # console reports. The one rule that reads that copy (css-orientation-lock) is experimental
    # and not among the WCAG tags run here.
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " preload: {assets: ['media']}})",
        WCAG_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} – "
        + json.dumps([node["target"] for node in violation["nodes"]][:5])
        for violation in result["violations"]
    ]


def screenshot(page, name, full_page=True):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


# --- The keyboard alone -------------------------------------------------------------------------

def focused(page):
    """What has keyboard focus: its tag, accessible text and a few attributes."""
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el) return {};
        const labels = el.labels ? Array.from(el.labels).map(l => l.innerText).join(" ") : "";
        return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute("name") || "",
                type: el.getAttribute("type") || "", href: el.getAttribute("href") || "",
                text: ((el.getAttribute("aria-label") || "") + " " + labels + " " + (el.innerText || "")
                       + " " + (el.value && el.tagName === "BUTTON" ? el.value : "")).replace(/\\s+/g, " ").trim()};
    }""")


def tab_to(page, text, *, tag=None, exact=False, limit=150, backwards=False):
    """Press Tab (Shift+Tab with backwards=True) until the focused element's text (or label)
    contains `text`; fail if it is not reached within `limit` presses. Returns what has focus."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        now = focused(page)
        seen.append(now.get("text", ""))
        matches = (now.get("text") == text) if exact else (text in now.get("text", ""))
        if matches and (tag is None or now.get("tag") == tag):
            return now
    raise AssertionError(f"Tab never reached {text!r}; focus went through {seen[:40]}")


def press_and_wait(page, key, url_part=None):
    """Press `key` on the focused element and wait for the navigation it causes."""
    with page.expect_navigation(url=(lambda url: url_part in url) if url_part else None):
        page.keyboard.press(key)


def announced(page, text):
    """A status message (role=status) with `text` is shown on the page."""
    from playwright.sync_api import expect

    expect(page.get_by_role("status").filter(has_text=text)).to_be_visible()
