"""mia, a manager, logs in, finds her action in the action list, changes its status in place,
adds a progress note and sees both in the action's history: with the mouse, and with the
keyboard alone."""

from playwright.sync_api import expect

from strategy.models import Action
from tests.browser.conftest import check_accessibility, log_in, press_and_wait, tab_to
from tests.conftest import PASSWORD

NOTE = "Tilmeldingen til kurset er åbnet for alle huse."


def _history_shows_status_change(page):
    newest = page.locator(".obb-history-entry").first
    assert "Ændret" in newest.inner_text()
    assert "Mia Testesen" in newest.inner_text()
    row = newest.get_by_role("row", name="Status")
    assert row.get_by_role("cell").nth(0).inner_text() == "Planlagt"
    assert row.get_by_role("cell").nth(1).inner_text() == "I gang"


def test_mia_changes_the_status_of_her_action_and_adds_a_note(world, open_page):
    action = world.action_a
    page = open_page()
    log_in(page, "mia", PASSWORD)
    page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Handlinger").click()
    page.get_by_role("link", name="Mine handlinger").click()
    row = page.locator(f"#handling-{action.pk}")
    assert action.text in row.inner_text()
    assert row.locator(".obb-status").inner_text() == "Planlagt"

    # The quick status change swaps the row in place: no new page.
    url_before = page.url
    row.get_by_label("Ny status for").select_option(label="I gang")
    row.get_by_role("button", name="Gem status").click()
    expect(page.locator("#obb-live-region")).to_have_text("Status for handlingen er nu I gang.")
    assert page.url == url_before
    assert page.locator(f"#handling-{action.pk} .obb-status").inner_text() == "I gang"
    action.refresh_from_db()
    assert action.status == Action.Status.IN_PROGRESS

    page.locator(f"#handling-{action.pk}").get_by_role("link", name=action.text).click()
    page.get_by_label("Ny statusnote").fill(NOTE)
    page.get_by_role("button", name="Gem note").click()
    assert page.get_by_role("status").filter(has_text="Statusnoten er gemt.").is_visible()
    assert NOTE in page.locator(".obb-notes").inner_text()
    _history_shows_status_change(page)
    assert check_accessibility(page) == []


def test_mia_does_the_same_with_the_keyboard_alone(world, open_page):
    action = world.action_a
    page = open_page()
    page.goto("/konto/log-ind/")
    page.keyboard.type("mia")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Goddag, Mia").is_visible()

    tab_to(page, "Handlinger", tag="a", exact=True)
    press_and_wait(page, "Enter", "/strategi/handlinger/")
    tab_to(page, "Mine handlinger", tag="a")
    press_and_wait(page, "Enter", "vis=mine")

    # The status select of her action: arrow down from "Planlagt" is "I gang".
    assert tab_to(page, "Ny status for", tag="select")["id"] == f"status-{action.pk}"
    page.keyboard.press("ArrowDown")
    tab_to(page, "Gem status", tag="button")
    page.keyboard.press("Enter")
    expect(page.locator("#obb-live-region")).to_have_text("Status for handlingen er nu I gang.")
    assert page.locator(f"#handling-{action.pk} .obb-status").inner_text() == "I gang"

    # After the swap, focus is no longer in the row; Tab from the top of the page to its link.
    tab_to(page, action.text, tag="a")
    press_and_wait(page, "Enter", f"/handlinger/{action.pk}/")
    assert tab_to(page, "Ny statusnote", tag="textarea")
    page.keyboard.type(NOTE)
    tab_to(page, "Gem note", tag="button")
    press_and_wait(page, "Enter")
    assert NOTE in page.locator(".obb-notes").inner_text()
    _history_shows_status_change(page)
