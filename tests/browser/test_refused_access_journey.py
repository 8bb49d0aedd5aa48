"""alice types the address of bob's MUS conversation, and of HR's round overview, into her
browser: she is refused with a Danish page, and finds her way back with the keyboard."""

from tests.browser.conftest import check_accessibility, expect_status, press_and_wait, tab_to


def test_alice_cannot_open_another_persons_mus(world, open_page):
    page = open_page(user=world.alice)
    url = f"/hr/mus/samtaler/{world.mus_bob.pk}/"
    expect_status(page, url)
    response = page.goto(url)
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Siden findes ikke"
    assert "Fortroligt" not in page.content() and "Bob" not in page.locator("main").inner_text()
    assert check_accessibility(page) == []

    # The page says where to go instead, and the keyboard gets there.
    tab_to(page, "Gå til forsiden", tag="a")
    press_and_wait(page, "Enter")
    assert page.get_by_role("heading", name="Goddag, Alice").is_visible()


def test_alice_cannot_open_hrs_round_overview(world, open_page):
    page = open_page(user=world.alice)
    url = f"/hr/mus/runder/{world.mus_round.pk}/"
    expect_status(page, url)
    response = page.goto(url)
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Du har ikke adgang til denne side"
    assert "Fremdrift pr. enhed" not in page.content()
    assert check_accessibility(page) == []
