"""A member of staff logs in, finds the front page and logs out, in a real browser."""

from tests.browser.conftest import check_accessibility, log_in, screenshot
from tests.conftest import PASSWORD


def test_alice_logs_in_sees_her_front_page_and_logs_out(world, open_page):
    page = open_page()
    page.goto("/")
    assert "/konto/log-ind/" in page.url
    assert check_accessibility(page) == []
    screenshot(page, "login-desktop")

    log_in(page, "alice", PASSWORD)
    assert page.get_by_role("heading", name="Goddag, Alice").is_visible()
    assert check_accessibility(page) == []
    screenshot(page, "home-employee-desktop")

    page.get_by_role("button", name="Log ud").click()
    page.wait_for_url("**/konto/log-ind/")


def test_wrong_password_is_announced_in_danish(world, open_page):
    page = open_page()
    page.goto("/konto/log-ind/")
    page.get_by_label("Brugernavn").fill("alice")
    page.get_by_label("Adgangskode").fill("forkert")
    page.get_by_role("button", name="Log ind").click()
    alert = page.get_by_role("alert")
    assert "Indtast venligst korrekt brugernavn og adgangskode" in alert.inner_text()
    assert check_accessibility(page) == []


def test_login_page_on_a_phone(world, open_page):
    page = open_page(width=390, height=844)
    page.goto("/konto/log-ind/")
    assert check_accessibility(page) == []
    screenshot(page, "login-phone")


def test_the_whole_journey_works_with_the_keyboard_alone(world, open_page):
    page = open_page()
    page.goto("/konto/log-ind/")
    # The user name field has focus when the page opens.
    assert page.evaluate("document.activeElement.name") == "username"
    page.keyboard.type("alice")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/konto/" not in url)
    assert page.get_by_role("heading", name="Goddag, Alice").is_visible()
    # The first Tab reaches the skip link, which moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Gå til sidens indhold"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
