"""lea (leadership) approves this year's plan and downloads it as PDF; the test opens the file
and reads it. With the mouse, and with the keyboard alone."""

from strategy.models import Plan
from tests.browser.conftest import announced, press_and_wait, tab_to
from tests.reporting.pdftext import read_pdf


def _the_pdf_is_the_approved_plan(download, world):
    assert download.suggested_filename.endswith(".pdf")
    data = open(download.path(), "rb").read()
    assert data.startswith(b"%PDF-")
    text = " ".join(read_pdf(data).full_text().split())
    assert "DET GØR VI 2023" in text  # the cover sets the title in capitals
    assert "Strategi- og handlingsplan 2023" in text
    assert world.action_a.text in text
    assert "KLADDE" not in text  # the draft mark is gone once the plan is approved


def test_lea_approves_the_plan_and_downloads_the_pdf(world, open_page):
    page = open_page(user=world.lea)
    page.goto("/")
    page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Handlingsplan").click()
    page.get_by_role("link", name="Det gør vi – PDF, HTML og Excel").click()
    assert page.get_by_role("alert").filter(has_text="Planen er ikke godkendt").is_visible()

    page.get_by_role("link", name="Godkend planen").click()
    page.get_by_role("button", name="Godkend planen").click()
    announced(page, "Planen har nu status: Godkendt.")
    world.plan.refresh_from_db()
    assert world.plan.status == Plan.Status.APPROVED

    with page.expect_download() as download:
        page.get_by_role("link", name="Hent som PDF").click()
    _the_pdf_is_the_approved_plan(download.value, world)


def test_the_same_with_the_keyboard_alone(world, open_page):
    page = open_page(user=world.lea)
    page.goto("/")
    tab_to(page, "Handlingsplan", tag="a", exact=True)
    press_and_wait(page, "Enter", "/strategi/")
    tab_to(page, "Det gør vi – PDF, HTML og Excel", tag="a")
    press_and_wait(page, "Enter", "/rapporter/plan/2023/")
    tab_to(page, "Godkend planen", tag="a")
    press_and_wait(page, "Enter", "/status/godkendt/")
    tab_to(page, "Godkend planen", tag="button")
    press_and_wait(page, "Enter")
    announced(page, "Planen har nu status: Godkendt.")

    tab_to(page, "Hent som PDF", tag="a")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    _the_pdf_is_the_approved_plan(download.value, world)
