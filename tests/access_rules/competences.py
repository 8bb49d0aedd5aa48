"""Access rules for the kompetencespejl, OBIB Karriereveje and the catalogue (hrtools/competences).

Individual assessments: the employee and the people who manage them (down the unit tree). lea
leads the root unit and so manages everyone: she sees individual mirrors as their top manager,
not because of the leadership role. HR and the administrator see no one's mirror (404).
Aggregates per unit: managers for their own units, HR and leadership for all.
"""


from tests.access_rules.base import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Rule, only, staff_only

BAD_REQUEST = 400

# alice's mirror: herself, mia (her manager) and lea (leads the root unit) — 404 for the rest.
ALICES_MIRROR = {"anonymous": LOGIN, "employee": OK, "manager": OK, "other_manager": NOT_FOUND,
                 "hr": NOT_FOUND, "leadership": OK, "administrator": NOT_FOUND}
MANAGERS = ["manager", "other_manager", "leadership"]
MAINTAINERS = ["hr", "administrator"]
# Aggregates for Nordhuset: mia leads it, lea leads the root, HR sees all units; otto gets 404.
NORDHUSET = {**only(["manager", "hr", "leadership"]), "other_manager": NOT_FOUND}

RULES: dict[str, Rule] = {
    "competences:index": Rule(staff_only()),
    "competences:my_mirror": Rule(staff_only()),
    "competences:mirror": Rule(ALICES_MIRROR, kwargs=lambda w: {"user_id": w.alice.pk}),
    "competences:assessment_add": Rule(ALICES_MIRROR, kwargs=lambda w: {"user_id": w.alice.pk},
                                       notes="alice assesses herself, mia and lea as her managers"),
    "competences:assessment_edit": Rule(
        {**ALICES_MIRROR, "manager": FORBIDDEN, "leadership": FORBIDDEN},
        kwargs=lambda w: {"pk": w.alice_self.pk},
        notes="only alice edits her own assessment; her managers see it but may not change it"),
    "competences:team": Rule(only(MANAGERS)),
    "competences:units": Rule(only(["manager", "other_manager", "hr", "leadership"], REDIRECT)),
    "competences:unit": Rule(NORDHUSET, kwargs=lambda w: {"unit_id": w.house_a.pk}),
    "competences:career": Rule(staff_only()),
    "competences:career_aim": Rule(staff_only()),
    "competences:catalogue": Rule(staff_only()),
    "competences:activity": Rule(staff_only(), kwargs=lambda w: {"pk": w.activity.pk}),
    "competences:propose": Rule(
        {"anonymous": LOGIN, "employee": REDIRECT, "manager": REDIRECT, "other_manager": BAD_REQUEST,
         "hr": BAD_REQUEST, "leadership": REDIRECT, "administrator": BAD_REQUEST},
        method="post", kwargs=lambda w: {"pk": w.activity.pk}, data=lambda w: {"employee": w.alice.pk},
        notes="a proposal for alice: herself and her managers; others get the form back with an error"),
    "competences:proposal_decide": Rule(
        {**ALICES_MIRROR, "employee": FORBIDDEN, "manager": REDIRECT, "leadership": REDIRECT},
        method="post", kwargs=lambda w: {"pk": w.proposal.pk}, data=lambda w: {"status": "accepteret"},
        notes="alice's manager decides; alice sees the proposal but may not decide it"),
    "competences:maintain": Rule(only(MAINTAINERS)),
    "competences:competence_add": Rule(only(MAINTAINERS)),
    "competences:competence_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.competence.pk}),
    "competences:activity_add": Rule(only(MAINTAINERS)),
    "competences:activity_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.activity.pk}),
    "competences:profile_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.competence_profile.pk}),
    "competences:profile_add": Rule(only(MAINTAINERS)),
    "competences:jobfamily_add": Rule(only(MAINTAINERS)),
    "competences:jobfamily_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.job_family.pk}),
    "competences:track_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.career_track.pk}),
    "competences:step_add": Rule(only(MAINTAINERS)),
    "competences:step_edit": Rule(only(MAINTAINERS), kwargs=lambda w: {"pk": w.career_step.pk}),
}

# The Excel download lives in reporting (reporting/urls_competences.py).
RULES["reporting:competences_unit_xlsx"] = Rule(NORDHUSET, kwargs=lambda w: {"unit_id": w.house_a.pk})
