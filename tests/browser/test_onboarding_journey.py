"""hanne (HR) starts the onboarding of Ole, who begins in alice's team next week, without a
mentor; she then assigns alice as mentor, and Ole ticks his own task on his checklist. With the
mouse, and with the keyboard alone."""

from datetime import timedelta

from django.utils import timezone

from hrtools.onboarding.models import Onboarding
from obb.roles import Role
from tests.browser.conftest import announced, press_and_wait, tab_to
from tests.conftest import make_person

OWN_TASK = "Læs strategien"


def _ole(world):
    start = timezone.localdate() + timedelta(days=7)
    return make_person("ole", world.team_a, [Role.EMPLOYEE], manager=world.mia, start_date=start), start


def _ole_sees_his_task_done(ole_page, onboarding):
    row = ole_page.get_by_role("row", name=OWN_TASK)
    assert "Udført" in row.inner_text()
    assert onboarding.tasks.get(title=OWN_TASK).done_at is not None
    # Only his own task was his to tick: the manager's and the mentor's are not.
    assert ole_page.get_by_role("button", name="Markér som udført").count() == 0


def test_hr_starts_an_onboarding_assigns_a_mentor_and_the_new_hire_ticks_a_task(world, open_page):
    ole, start = _ole(world)
    hanne = open_page(user=world.hanne)
    hanne.goto("/")
    hanne.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Onboarding").click()
    hanne.get_by_role("link", name="Start et onboardingforløb").click()
    hanne.get_by_label("Nyansat").select_option(label="Ole Testesen (Team Nord)")
    hanne.get_by_label("Første arbejdsdag").fill(start.isoformat())
    hanne.get_by_role("button", name="Opret forløb").click()
    announced(hanne, "Onboardingforløbet er oprettet.")
    assert hanne.get_by_role("alert").filter(has_text="Der er ikke tildelt en mentor endnu").is_visible()

    hanne.get_by_role("link", name="Tildel en mentor").click()
    hanne.get_by_label("Mentor").select_option(label="Alice Testesen (Team Nord)")
    hanne.get_by_role("button", name="Gem mentor").click()
    announced(hanne, "Alice Testesen er nu mentor.")
    onboarding = Onboarding.objects.get(new_hire=ole)
    assert onboarding.mentor == world.alice

    ole_page = open_page(user=ole)
    ole_page.goto("/")
    panel = ole_page.get_by_role("region", name="Min onboarding")
    assert "Din mentor: Alice Testesen" in panel.inner_text()
    panel.get_by_role("link", name="Se mit introduktionsprogram").click()
    ole_page.get_by_role("row", name=OWN_TASK).get_by_role("button", name="Markér som udført").click()
    announced(ole_page, f"»{OWN_TASK}« er markeret som udført.")
    _ole_sees_his_task_done(ole_page, onboarding)


def test_the_same_with_the_keyboard_alone(world, open_page):
    ole, start = _ole(world)
    hanne = open_page(user=world.hanne)
    hanne.goto("/")
    tab_to(hanne, "Onboarding", tag="a", exact=True)
    press_and_wait(hanne, "Enter", "/hr/onboarding/")
    tab_to(hanne, "Start et onboardingforløb", tag="a")
    press_and_wait(hanne, "Enter", "/ny/")
    tab_to(hanne, "Nyansat", tag="select")
    hanne.keyboard.type("Ole")  # typing selects the matching option
    assert hanne.get_by_label("Nyansat").input_value() == str(ole.pk)
    tab_to(hanne, "Første arbejdsdag", tag="input")
    hanne.keyboard.type(start.strftime("%m%d%Y"))
    if hanne.get_by_label("Første arbejdsdag").input_value() != start.isoformat():  # day first
        hanne.keyboard.press("Shift+Tab")
        hanne.keyboard.press("Shift+Tab")
        hanne.keyboard.type(start.strftime("%d%m%Y"))
    assert hanne.get_by_label("Første arbejdsdag").input_value() == start.isoformat()
    tab_to(hanne, "Opret forløb", tag="button")
    press_and_wait(hanne, "Enter")
    announced(hanne, "Onboardingforløbet er oprettet.")

    tab_to(hanne, "Tildel en mentor", tag="a")
    press_and_wait(hanne, "Enter", "/mentor/")
    tab_to(hanne, "Mentor", tag="select")
    hanne.keyboard.type("Alice")
    tab_to(hanne, "Gem mentor", tag="button")
    press_and_wait(hanne, "Enter")
    announced(hanne, "Alice Testesen er nu mentor.")
    onboarding = Onboarding.objects.get(new_hire=ole)
    assert onboarding.mentor == world.alice

    ole_page = open_page(user=ole)
    ole_page.goto("/")
    tab_to(ole_page, "Se mit introduktionsprogram", tag="a")
    press_and_wait(ole_page, "Enter", f"/hr/onboarding/{onboarding.pk}/")
    assert "Markér som udført" in tab_to(ole_page, OWN_TASK, tag="button")["text"]
    ole_page.keyboard.press("Space")
    ole_page.wait_for_load_state()
    announced(ole_page, f"»{OWN_TASK}« er markeret som udført.")
    _ole_sees_his_task_done(ole_page, onboarding)
