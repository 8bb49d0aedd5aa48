"""axe-core (WCAG 2.0/2.1 A and AA) on every main page of every role, in a real browser.

PAGES lists, per role, the pages that role works with: (name, URL name, arguments, expected
status). Each page must answer with its status, have one <h1>, and have no axe violation; each
is photographed at desktop (1280) and phone (390) width into artifacts/screenshots/
(`<role>-<name>-desktop.png`, `…-phone.png`). docs/accessibility.md describes the result.
"""

from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from strategy.models import Plan
from tests.browser.conftest import check_accessibility, expect_status, screenshot


@dataclass(frozen=True)
class P:
    name: str
    url_name: str
    kwargs: object = None  # world -> kwargs (a tuple for positional arguments)
    status: int = 200
    query: str = ""

    def url(self, world):
        arguments = self.kwargs(world) if self.kwargs else None
        if isinstance(arguments, tuple):
            return reverse(self.url_name, args=arguments) + self.query
        return reverse(self.url_name, kwargs=arguments) + self.query


YEAR = {"year": 2023}


def _id(obj):
    """The arguments of an admin page of `obj`."""
    return {"object_id": obj.pk}


ERRORS = [
    P("404", "mus:conversation", lambda w: {"pk": 99999}, 404),
]

PAGES = {
    "anonymous": [
        P("login", "login"),
        P("password-reset", "password_reset"),
        P("password-reset-sent", "password_reset_done"),
        P("password-reset-complete", "password_reset_complete"),
        P("public-plan", "public_plan:plan", lambda w: YEAR),
        P("404", "public_plan:plan", lambda w: {"year": 1999}, 404),
    ],
    "employee": [
        P("home", "home"),
        P("plan", "strategy:plan_current"),
        P("plan-2023", "strategy:plan_detail", lambda w: YEAR),
        P("pejlemaerke", "strategy:pejlemaerke_detail", lambda w: {"year": 2023, "slug": "service"}),
        P("strategies", "strategy:strategy_list"),
        P("strategy", "strategy:strategy_detail", lambda w: {"slug": w.strategy.slug}),
        P("actions", "strategy:action_list"),
        P("action", "strategy:action_detail", lambda w: {"pk": w.action_a.pk}),
        P("dashboard", "strategy:dashboard"),
        P("organisation", "unit_tree"),
        P("unit", "unit_detail", lambda w: {"slug": w.team_a.slug}),
        P("competences", "competences:index"),
        P("kompetencespejl", "competences:my_mirror"),
        P("karrieremodel", "competences:career"),
        P("career-aim", "competences:career_aim"),
        P("jobudvikling", "competences:catalogue"),
        P("jobudvikling-activity", "competences:activity", lambda w: {"pk": w.activity.pk}),
        P("mus", "mus:index"),
        P("mus-conversation", "mus:conversation", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-prepare", "mus:prepare", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-history", "mus:history", lambda w: {"pk": w.mus_alice.pk}),
        P("onboarding-mine", "onboarding:mine"),
        P("followup-mine", "followup:mine"),
        P("indicators", "followup:indicators"),
        P("indicator", "followup:indicator", lambda w: {"pk": w.indicator.pk}),
        P("report-plan", "reporting:plan_detail", lambda w: YEAR),
        P("password-change", "password_change"),
        P("403", "mus:rounds", None, 403),
        *ERRORS,
    ],
    "manager": [
        P("home", "home"),
        P("actions-mine", "strategy:action_list", query="?vis=mine"),
        P("action", "strategy:action_detail", lambda w: {"pk": w.action_a.pk}),
        P("action-edit", "strategy:action_edit", lambda w: {"pk": w.action_a.pk}),
        P("action-create", "strategy:action_create"),
        P("action-import", "strategy:action_import", lambda w: YEAR),
        P("dashboard", "strategy:dashboard"),
        P("kompetencespejl-team", "competences:team"),
        P("kompetencespejl-alice", "competences:mirror", lambda w: {"user_id": w.alice.pk}),
        P("assessment-add", "competences:assessment_add", lambda w: {"user_id": w.alice.pk}),
        P("competences-unit", "competences:unit", lambda w: {"unit_id": w.house_a.pk}),
        P("followup-mine", "followup:mine"),
        P("indicator-value-add", "followup:indicator_value_add", lambda w: {"pk": w.indicator.pk}),
        P("followup-answer", "followup:answer", lambda w: {"pk": w.item_a.pk}),
        P("mus-team", "mus:team"),
        P("mus-conversation", "mus:conversation", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-schedule", "mus:schedule", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-prepare", "mus:prepare", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-summary", "mus:summary", lambda w: {"pk": w.mus_alice.pk}),
        P("mus-goal-add", "mus:goal_add", lambda w: {"pk": w.mus_alice.pk}),
        P("recruitment", "recruitment:case_list"),
        P("recruitment-case", "recruitment:case_detail", lambda w: {"pk": w.recruitment_case.pk}),
        P("recruitment-candidate", "recruitment:candidate_detail", lambda w: {"pk": w.candidate.pk}),
        P("onboarding", "onboarding:overview"),
        P("onboarding-nina", "onboarding:onboarding_detail", lambda w: {"pk": w.nina_onboarding.pk}),
        P("403", "staffstats:overview", None, 403),
    ],
    "hr": [
        P("home", "home"),
        P("mus-rounds", "mus:rounds"),
        P("mus-round", "mus:round", lambda w: {"pk": w.mus_round.pk}),
        P("mus-round-add", "mus:round_add"),
        P("mus-templates", "mus:templates"),
        P("mus-template", "mus:template", lambda w: {"pk": w.mus_template.pk}),
        P("mus-question-edit", "mus:question_edit", lambda w: {"pk": w.mus_question_unanswered.pk}),
        P("competences-maintain", "competences:maintain"),
        P("competence-edit", "competences:competence_edit", lambda w: {"pk": w.competence.pk}),
        P("jobudvikling-activity-edit", "competences:activity_edit", lambda w: {"pk": w.activity.pk}),
        P("competence-profile-edit", "competences:profile_edit", lambda w: {"pk": w.competence_profile.pk}),
        P("karrierespor-edit", "competences:track_edit", lambda w: {"pk": w.career_track.pk}),
        P("competences-units", "competences:unit", lambda w: {"unit_id": w.house_a.pk}),
        P("recruitment", "recruitment:case_list"),
        P("recruitment-new", "recruitment:case_create"),
        P("recruitment-case", "recruitment:case_detail", lambda w: {"pk": w.recruitment_case.pk}),
        P("recruitment-guide", "recruitment:guide"),
        P("onboarding", "onboarding:overview"),
        P("onboarding-start", "onboarding:onboarding_start"),
        P("onboarding-nina", "onboarding:onboarding_detail", lambda w: {"pk": w.nina_onboarding.pk}),
        P("onboarding-templates", "onboarding:template_list"),
        P("onboarding-template", "onboarding:template_detail", lambda w: {"pk": w.onboarding_template.pk}),
        P("personaleregnskab", "staffstats:overview"),
        P("personaleregnskab-snapshots", "staffstats:snapshots"),
        P("personaleregnskab-import", "staffstats:import"),
        P("personaleregnskab-references", "staffstats:references"),
        P("personaleregnskab-profiles", "staffstats:profiles"),
        P("personaleregnskab-profile", "staffstats:profile_edit", lambda w: {"user_id": w.alice.pk}),
        P("404", "mus:conversation", lambda w: {"pk": w.mus_alice.pk}, 404),
    ],
    "leadership": [
        P("home", "home"),
        P("plan-2023", "strategy:plan_detail", lambda w: YEAR),
        P("plan-edit", "strategy:plan_edit", lambda w: YEAR),
        P("pejlemaerke-edit", "strategy:pejlemaerke_edit", lambda w: {"year": 2023, "slug": "service"}),
        P("foreword-edit", "strategy:foreword_edit", lambda w: {"year": 2023, "kind": "forord"}),
        P("partners-edit", "strategy:partners_edit", lambda w: YEAR),
        P("projects-edit", "strategy:projects_edit", lambda w: YEAR),
        P("photos-edit", "strategy:photos_edit", lambda w: YEAR),
        P("keyfigures-edit", "strategy:keyfigure_edit", lambda w: {"year": 2023, "slug": w.key_figures.slug}),
        P("plan-copy", "strategy:plan_copy", lambda w: YEAR),
        P("report-plan", "reporting:plan_detail", lambda w: YEAR),
        P("report-plan-approve", "reporting:plan_move", lambda w: {"year": 2023, "status": "godkendt"}),
        P("dashboard", "strategy:plan_dashboard", lambda w: YEAR),
        P("mus-rounds", "mus:rounds"),
        P("mus-round", "mus:round", lambda w: {"pk": w.mus_round.pk}),
        P("personaleregnskab", "staffstats:overview"),
        P("followup-rounds", "followup:round_list"),
        P("followup-round-open", "followup:round_open"),
        P("followup-round", "followup:round_detail", lambda w: {"pk": w.followup_round.pk}),
    ],
    "administrator": [
        P("home", "home"),
        P("competences-maintain", "competences:maintain"),
        P("organisation", "unit_tree"),
        # The Django admin: its index, the people and units, and a change form of every model
        # whose form has inlines, a filter_horizontal widget, autocomplete or raw-id fields, or
        # date and time widgets; the history pages of django-simple-history.
        P("admin", "admin:index"),
        P("admin-users", "admin:obb_user_changelist"),
        P("admin-users-filtered", "admin:obb_user_changelist", query="?is_active__exact=1&q=a"),
        P("admin-user", "admin:obb_user_change", lambda w: _id(w.alice)),
        P("admin-user-add", "admin:obb_user_add"),
        P("admin-user-password", "admin:auth_user_password_change", lambda w: {"id": w.alice.pk}),
        P("admin-user-history", "admin:obb_user_history", lambda w: _id(w.alice)),
        P("admin-user-version", "admin:obb_user_simple_history",
          lambda w: (w.alice.pk, w.alice.history.earliest().history_id)),
        P("admin-units", "admin:obb_unit_changelist"),
        P("admin-unit", "admin:obb_unit_change", lambda w: _id(w.team_a)),
        P("admin-unit-add", "admin:obb_unit_add"),
        P("admin-unit-history", "admin:obb_unit_history", lambda w: _id(w.team_a)),
        P("admin-unit-delete", "admin:obb_unit_delete", lambda w: _id(w.team_a)),
        # The window the "+" beside a unit field opens.
        P("admin-unit-add-popup", "admin:obb_unit_add", query="?_to_field=id&_popup=1"),
        P("admin-group", "admin:auth_group_change", lambda w: _id(w.adam.groups.order_by("name").first())),
        P("admin-strategyperiod", "admin:strategy_strategyperiod_change", lambda w: _id(w.strategy)),
        P("admin-pejlemaerke", "admin:strategy_pejlemaerke_change", lambda w: _id(w.service)),
        P("admin-plan", "admin:strategy_plan_change", lambda w: _id(w.plan)),
        P("admin-actions", "admin:strategy_action_changelist"),
        P("admin-action", "admin:strategy_action_change", lambda w: _id(w.action_a)),
        P("admin-action-add", "admin:strategy_action_add"),
        P("admin-action-history", "admin:strategy_action_history", lambda w: _id(w.action_a)),
        P("admin-keyfiguretable", "admin:strategy_keyfiguretable_change", lambda w: _id(w.key_figures)),
        P("admin-competence", "admin:competences_competence_change", lambda w: _id(w.competence)),
        P("admin-profile", "admin:competences_profile_change", lambda w: _id(w.competence_profile)),
        P("admin-careertrack", "admin:competences_careertrack_change", lambda w: _id(w.career_track)),
        P("admin-careerstep", "admin:competences_careerstep_change", lambda w: _id(w.career_step_2)),
        P("admin-activity", "admin:competences_developmentactivity_change", lambda w: _id(w.activity)),
        P("admin-recruitmentcase", "admin:recruitment_recruitmentcase_change", lambda w: _id(w.recruitment_case)),
        P("admin-onboardingtemplate", "admin:onboarding_onboardingtemplate_change",
          lambda w: _id(w.onboarding_template)),
        P("admin-onboarding", "admin:onboarding_onboarding_change", lambda w: _id(w.nina_onboarding)),
        P("admin-mus-template", "admin:mus_preparationtemplate_change", lambda w: _id(w.mus_template)),
        P("admin-mus-round", "admin:mus_round_change", lambda w: _id(w.mus_round)),
        P("admin-mus-conversation", "admin:mus_conversation_change", lambda w: _id(w.mus_alice)),
    ],
}

ROLES = {"employee": "alice", "manager": "mia", "hr": "hanne", "leadership": "lea", "administrator": "adam"}


BREADCRUMBS = """() => {
  const list = document.querySelector(".breadcrumbs__list");
  if (!list) { return null; }
  const items = Array.from(list.querySelectorAll(".breadcrumbs__list-item"));
  return {
    lines: Math.round(list.getBoundingClientRect().height / items[0].getBoundingClientRect().height),
    separators: items.slice(1).filter(li => getComputedStyle(li, "::before").content.includes("›")).length,
    steps: items.length,
  };
}"""


def _breadcrumb_problems(page):
    """The breadcrumbs keep to one line on a phone and show a separator between the steps."""
    crumbs = page.evaluate(BREADCRUMBS)
    if crumbs is None:
        return []
    found = []
    if crumbs["lines"] > 1:
        found.append(f"breadcrumbs wrap onto {crumbs['lines']} lines at 390px")
    if crumbs["separators"] != crumbs["steps"] - 1:
        found.append(f"breadcrumbs: {crumbs['separators']} separators between {crumbs['steps']} steps")
    return found


def _check_pages(page, world, role):
    """Open each page of `role`; return {page name: [problems]} for the pages with problems."""
    problems = {}
    for entry in PAGES[role]:
        url = entry.url(world)
        if entry.status != 200:
            expect_status(page, url.split("?")[0])
        page.set_viewport_size({"width": 1280, "height": 900})
        response = page.goto(url)
        found = []
        if response.status != entry.status:
            found.append(f"status {response.status}, expected {entry.status}")
        if page.locator("h1").count() != 1:
            found.append(f"{page.locator('h1').count()} <h1> elements")
        found += check_accessibility(page)
        screenshot(page, f"{role}-{entry.name}-desktop")
        page.set_viewport_size({"width": 390, "height": 844})
        # WCAG 1.4.10 (reflow), which axe does not check: nothing makes the page scroll sideways.
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            found.append(f"{width}px wide on a 390px phone")
        found += _breadcrumb_problems(page)
        screenshot(page, f"{role}-{entry.name}-phone")
        if found:
            problems[f"{entry.name} ({url})"] = found
    return problems


@pytest.mark.parametrize("role", ["anonymous", *ROLES])
def test_every_main_page_of_every_role_passes_axe(world, open_page, role):
    if role == "anonymous":
        # A published plan has a public page; the world's plan is a draft.
        Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.PUBLISHED, published_at=timezone.now())
        page = open_page()
    else:
        page = open_page(user=getattr(world, ROLES[role]))
    assert _check_pages(page, world, role) == {}


def test_the_checker_finds_what_it_should(world, open_page):
    """The sweep above means something only if axe reports real faults: add two to a page."""
    page = open_page()
    page.goto(reverse("login"))
    page.evaluate("""() => {
        const main = document.getElementById("main-content");
        main.append(document.createElement("img"));
        main.append(document.createElement("button"));
    }""")
    found = " ".join(check_accessibility(page))
    assert "image-alt" in found and "button-name" in found


def test_an_invalid_form_names_its_errors_and_links_them_to_the_fields(world, open_page):
    """hanne submits an empty new MUS round: the errors are announced and tied to their fields."""
    page = open_page(user=world.hanne)
    page.goto(reverse("mus:round_add"))
    page.locator("#id_year").fill("")
    page.get_by_role("button", name="Opret runde").click()
    name = page.get_by_label("Navn")
    expect(name).to_have_attribute("aria-invalid", "true")
    described_by = name.get_attribute("aria-describedby").split()
    assert "id_name_error" in described_by
    assert " ".join(page.locator("#id_name_error").inner_text().split()) == "Fejl: Dette felt er påkrævet."
    assert page.locator("#id_year").get_attribute("aria-invalid") == "true"
    assert check_accessibility(page) == []
    screenshot(page, "hr-mus-round-add-errors-desktop")


def test_a_refused_action_names_its_errors_in_an_alert(world, open_page):
    """mia saves an action without text: an alert sums up the errors with links to the fields."""
    page = open_page(user=world.mia)
    page.goto(reverse("strategy:action_edit", kwargs={"pk": world.action_a.pk}))
    page.locator("#id_text").fill("")
    page.get_by_role("button", name="Gem ændringer").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Handlingen blev ikke gemt")
    link = alert.get_by_role("link", name="Handling: Dette felt er påkrævet.")
    assert link.get_attribute("href") == "#id_text"
    assert "id_text_error" in page.locator("#id_text").get_attribute("aria-describedby")
    link.click()
    assert page.evaluate("document.activeElement.id") == "id_text"
    assert check_accessibility(page) == []
