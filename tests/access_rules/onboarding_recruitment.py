"""Access rules for recruitment (/hr/rekruttering/) and onboarding (/hr/onboarding/).

Recruitment cases and their candidates: HR, the hiring manager and the committee (mia in the
test world); anyone else gets 404 for the case's ids. Onboarding: HR, the new hire (nina),
the mentor (alice) and the hire's managers (mia, and lea above her) see nina's checklist;
only the person responsible for a task may tick it (others who see it: 403).
"""

from tests.access_rules.base import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Rule, only, staff_only

HR_AND_MANAGERS = ["manager", "other_manager", "hr", "leadership"]


def case_people(outcome=OK):
    """HR and the hiring manager (mia) get `outcome`; everyone else 404."""
    return {"anonymous": LOGIN, "employee": NOT_FOUND, "manager": outcome, "other_manager": NOT_FOUND,
            "hr": outcome, "leadership": NOT_FOUND, "administrator": NOT_FOUND}


def case(w):
    return {"pk": w.recruitment_case.pk}


def candidate(w):
    return {"pk": w.candidate.pk}


def onboarding(w):
    return {"pk": w.nina_onboarding.pk}


RULES: dict[str, Rule] = {
    # --- Recruitment -------------------------------------------------------------------------
    "recruitment:case_list": Rule(only(HR_AND_MANAGERS),
                                  notes="and anyone on a committee; alice and adam are on none"),
    "recruitment:case_create": Rule(only(HR_AND_MANAGERS)),
    "recruitment:case_detail": Rule(case_people(), kwargs=case),
    "recruitment:case_edit": Rule(case_people(), kwargs=case),
    "recruitment:case_close": Rule(case_people(REDIRECT), kwargs=case, method="post"),
    "recruitment:candidate_add": Rule(case_people(), kwargs=case),
    "recruitment:step_toggle": Rule(case_people(REDIRECT), kwargs=lambda w: {"pk": w.case_step.pk}, method="post"),
    "recruitment:candidate_detail": Rule(case_people(), kwargs=candidate),
    "recruitment:candidate_edit": Rule(case_people(), kwargs=candidate),
    "recruitment:candidate_hire": Rule(case_people(), kwargs=candidate,
                                       notes="whom the hire may move: tests/hrtools/recruitment/test_internal_hire.py"),
    "recruitment:guide": Rule(staff_only(), notes="everyone may read the guide"),
    "recruitment:guide_step_add": Rule(only(["hr"])),
    "recruitment:guide_step_edit": Rule(only(["hr"]), kwargs=lambda w: {"pk": w.guide_step.pk}),
    # --- Onboarding --------------------------------------------------------------------------
    "onboarding:overview": Rule(only(HR_AND_MANAGERS)),
    "onboarding:mine": Rule(staff_only()),
    "onboarding:onboarding_start": Rule(only(HR_AND_MANAGERS)),
    "onboarding:onboarding_detail": Rule(
        {"anonymous": LOGIN, "employee": OK, "manager": OK, "other_manager": NOT_FOUND, "hr": OK,
         "leadership": OK, "administrator": NOT_FOUND},
        kwargs=onboarding, notes="alice is nina's mentor; lea leads the whole organisation"),
    "onboarding:mentor_assign": Rule(
        {"anonymous": LOGIN, "employee": FORBIDDEN, "manager": OK, "other_manager": NOT_FOUND, "hr": OK,
         "leadership": OK, "administrator": NOT_FOUND}, kwargs=onboarding),
    "onboarding:evaluation": Rule(
        {"anonymous": LOGIN, "employee": FORBIDDEN, "manager": OK, "other_manager": NOT_FOUND, "hr": FORBIDDEN,
         "leadership": FORBIDDEN, "administrator": NOT_FOUND},
        kwargs=onboarding, notes="only the new hire and their manager evaluate"),
    "onboarding:onboarding_close": Rule(
        {"anonymous": LOGIN, "employee": FORBIDDEN, "manager": REDIRECT, "other_manager": NOT_FOUND,
         "hr": REDIRECT, "leadership": REDIRECT, "administrator": NOT_FOUND}, kwargs=onboarding, method="post"),
    "onboarding:task_toggle": Rule(
        {"anonymous": LOGIN, "employee": FORBIDDEN, "manager": REDIRECT, "other_manager": NOT_FOUND,
         "hr": FORBIDDEN, "leadership": FORBIDDEN, "administrator": NOT_FOUND},
        kwargs=lambda w: {"pk": w.nina_manager_task.pk}, method="post",
        notes="a task of the manager (mia): those who only see it get 403"),
    "onboarding:template_list": Rule(only(["hr"])),
    "onboarding:template_create": Rule(only(["hr"])),
    "onboarding:template_detail": Rule(only(["hr"]), kwargs=lambda w: {"pk": w.onboarding_template.pk}),
    "onboarding:template_task_add": Rule(only(["hr"]), kwargs=lambda w: {"pk": w.onboarding_template.pk}),
    "onboarding:template_task_edit": Rule(only(["hr"]), kwargs=lambda w: {"pk": w.template_task.pk}),
    "onboarding:template_task_delete": Rule(only(["hr"], REDIRECT), kwargs=lambda w: {"pk": w.template_task.pk},
                                            method="post"),
}
