"""adam (administrator) works in the Django admin under the production Content-Security-Policy:
he gives alice the manager role, a new manager and a start date with the admin's own widgets (the
two-box group picker, the searching manager field, the calendar), and adds a progress note
to an action in a new inline row, whose fields have names like the rows the page came with.
With the mouse, and with the keyboard alone."""

import re

from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import check_accessibility, press_and_wait

GROUP_SEARCH = "Skriv i dette felt for at filtrere listen af tilgængelige grupper."
NOTE = "Visionspapiret er sendt i høring."


def _tab_until(page, predicate, limit=200):
    """Press Tab until the focused element satisfies the JavaScript `predicate` (el => bool)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {predicate}")


def _search_results_are(page, name):
    """The open autocomplete shows only `name`, highlighted: the search has answered (the list
    shown on opening, before the search, has everyone in it)."""
    expect(page.locator(".select2-results__option")).to_have_text([name])
    expect(page.locator(".select2-results__option--highlighted")).to_have_text(name)


def _alice_has_a_new_role_manager_and_start(world):
    alice = world.alice
    alice.refresh_from_db()
    assert sorted(alice.groups.values_list("name", flat=True)) == ["Leder", "Medarbejder"]
    assert alice.manager == world.otto
    assert alice.start_date == timezone.localdate()
    assert alice.history.latest().history_user == world.adam


def _the_note_is_saved(page, world):
    expect(page.locator(".messagelist")).to_contain_text("blev ændret")
    note = world.action_a.notes.get(text=NOTE)
    assert (note.author, note.date.isoformat()) == (world.lea, "2023-06-01")


def test_the_administrator_changes_a_persons_groups_manager_and_start_date(world, open_page):
    page = open_page(user=world.adam)
    page.goto(reverse("admin:obb_user_change", args=[world.alice.pk]))

    page.get_by_role("textbox", name=GROUP_SEARCH).press_sequentially("Le")
    available = page.locator("#id_groups_from")
    expect(available.locator("option")).to_have_text(["Ledelse", "Leder"])
    available.select_option(label="Leder")
    page.get_by_role("button", name="Udvælg valgte grupper").click()
    expect(page.locator("#id_groups_to option")).to_have_text(["Medarbejder", "Leder"])

    page.get_by_role("combobox", name=re.compile("^Nærmeste leder")).click()
    page.locator(".select2-container--open .select2-search__field").fill("Otto")
    _search_results_are(page, "Otto Testesen")
    page.get_by_role("option", name="Otto Testesen").click()
    # The calendar (the keyboard test below uses the shortcut beside it).
    page.locator(".field-start_date").get_by_role("link", name="Vælg en dato").click()
    page.locator(".calendarbox:visible").get_by_role("link", name="I dag").click()
    expect(page.locator(".calendarbox:visible")).to_have_count(0)
    page.get_by_role("button", name="Gem", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("blev ændret")
    _alice_has_a_new_role_manager_and_start(world)


def test_the_administrator_does_the_same_with_the_keyboard_alone(world, open_page):
    page = open_page(user=world.adam)
    page.goto(reverse("admin:obb_user_change", args=[world.alice.pk]))

    _tab_until(page, "el => el.id === 'id_groups_input'")
    page.keyboard.type("Le")
    page.keyboard.press("Tab")  # into the list of available groups: Ledelse, Leder
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    _tab_until(page, "el => el.id === 'id_groups_add'")
    page.keyboard.press("Enter")
    expect(page.locator("#id_groups_to option")).to_have_text(["Medarbejder", "Leder"])

    _tab_until(page, "el => el.matches('.field-manager .select2-selection')")
    page.keyboard.press("Enter")
    expect(page.locator(".select2-container--open .select2-search__field")).to_be_focused()
    page.keyboard.type("Otto")
    _search_results_are(page, "Otto Testesen")
    page.keyboard.press("Enter")
    expect(page.locator("#select2-id_manager-container")).to_have_text(re.compile("Otto Testesen"))

    _tab_until(page, "el => el.closest('.field-start_date') && el.textContent.trim() === 'I dag'")
    page.keyboard.press("Enter")
    _tab_until(page, "el => el.name === '_save'")
    press_and_wait(page, "Enter")

    expect(page.locator(".messagelist")).to_contain_text("blev ændret")
    _alice_has_a_new_role_manager_and_start(world)


def test_the_administrator_adds_a_progress_note_in_a_new_inline_row(world, open_page):
    page = open_page(user=world.adam)
    page.goto(reverse("admin:strategy_action_change", args=[world.action_a.pk]))
    page.get_by_role("button", name="Tilføj endnu en Statusnote").click()

    row = page.locator("#notes-1")
    row.get_by_role("combobox", name=re.compile("^Skrevet af")).click()
    page.locator(".select2-container--open .select2-search__field").fill("Lea")
    _search_results_are(page, "Lea Testesen")
    page.get_by_role("option", name="Lea Testesen").click()
    row.get_by_label("Dato", exact=True).fill("01.06.2023")
    row.get_by_label("Note", exact=True).fill(NOTE)
    # The added row's labels were renumbered with its fields: axe finds no field without a name.
    assert check_accessibility(page) == []
    page.get_by_role("button", name="Gem", exact=True).click()

    _the_note_is_saved(page, world)


def test_the_administrator_adds_the_note_with_the_keyboard_alone(world, open_page):
    page = open_page(user=world.adam)
    page.goto(reverse("admin:strategy_action_change", args=[world.action_a.pk]))

    _tab_until(page, "el => el.textContent.trim() === 'Tilføj endnu en Statusnote'")
    page.keyboard.press("Enter")
    _tab_until(page, "el => el.matches('#notes-1 .select2-selection')")
    page.keyboard.press("Enter")
    expect(page.locator(".select2-container--open .select2-search__field")).to_be_focused()
    page.keyboard.type("Lea")
    _search_results_are(page, "Lea Testesen")
    page.keyboard.press("Enter")
    _tab_until(page, "el => el.id === 'id_notes-1-date'")
    page.keyboard.type("01.06.2023")
    _tab_until(page, "el => el.id === 'id_notes-1-text'")
    page.keyboard.type(NOTE)
    _tab_until(page, "el => el.name === '_save'")
    press_and_wait(page, "Enter")

    _the_note_is_saved(page, world)
