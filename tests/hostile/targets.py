"""Every form and upload of the project, as the corpus posts it.

A `Target` names the URL the form posts to, the person who may use it, the page that shows the
form (its context keys name the forms and formsets), and the fields to attack with their kind
(see corpus.BY_KIND). `test_coverage.py` fails for a URL that takes POST and has neither a
target here nor a reason in NO_INPUT, and for a target whose fields differ from those the page
really renders; so a new form, or a new field, cannot ship without joining the corpus.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

REDIRECT = 302


@dataclass
class Target:
    url: str
    person: str  # a name in the test world: "mia", "hanne", … (None: anonymous)
    fields: dict  # posted field name -> kind
    kwargs: Callable = lambda w: {}
    page: tuple | None = None  # (url name, kwargs) of the page with the form; default: `url`
    keys: tuple = ("form",)  # context keys of the forms and formsets the page renders
    data: Callable = lambda w: {}  # overrides of (or, without a page, all of) the baseline data
    files: Callable | None = None  # (world) -> {field: (filename, bytes)} of a valid upload
    ok: int = REDIRECT  # status of a valid submission
    shown_at: tuple = ()  # (url name, kwargs) pages that display what was saved
    setup: Callable | None = None  # (world) -> None: brings the world into the state the form needs
    names: Callable = lambda w: {}  # (world) -> values for {placeholders} in field names (ids)
    notes: str = ""

    def field_name(self, world, name):
        return name.format(**self.names(world))

    def field_names(self, world):
        return {self.field_name(world, name): kind for name, kind in self.fields.items()}


def _pk(name):
    return lambda w: {"pk": getattr(w, name).pk}


def _year(w):
    return {"year": w.plan.year}


# --- Valid uploads for the baselines ------------------------------------------------------------

def action_sheet(w):
    from openpyxl import load_workbook

    from strategy.services.importing import template_workbook

    workbook = load_workbook(io.BytesIO(template_workbook(w.plan, w.mia)))
    workbook["Handlinger"].append(["service", "OBB holder et åbent hus", None, "team-nord", "mia", "planlagt",
                                   2023, 1, 2023, 4])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return {"file": ("handlinger.xlsx", buffer.getvalue())}


def staff_sheet(w):
    from openpyxl import load_workbook

    from hrtools.staffstats.services import template_workbook

    workbook = load_workbook(io.BytesIO(template_workbook()))
    sheet = workbook.worksheets[0]
    for _index in range(5):
        sheet.append(["nordhuset", 1980, "kvinde", "bibliotekar", "dansk", date(2015, 1, 1), 37, "fuldtid"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return {"file": ("personale.xlsx", buffer.getvalue())}


def staff_register_file(w):
    """One new member of staff in an existing unit, as the HR system's CSV export writes it."""
    header = "Medarbejdernummer;Fornavn;Efternavn;E-mail;Enhed;Stillingsbetegnelse"
    return {"file": ("medarbejdere.csv", f"{header}\r\n9001;Ny;Kollega;ny.kollega@odense.dk;Team Nord;Formidler\r\n"
                     .encode())}


def png_file():
    from tests.hostile.corpus import png

    return png(64, 48)


def _after_meeting(w):
    from hrtools.mus.models import Conversation, Status

    Conversation.objects.filter(pk=w.mus_alice.pk).update(
        status=Status.HELD, scheduled_at=timezone.now() - timedelta(days=1), summary="Vi talte om læsekredse.")


def _employee_questions(w):
    first, second = w.mus_round.questions.filter(audience="medarbejder").order_by("order")
    return {"first": first.pk, "second": second.pk}


def _close_followup_round(w):
    from strategy.followup.services import close_round

    close_round(w.followup_round, user=w.lea)


def _future(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


ACTION_A_PAGES = (("strategy:action_detail", _pk("action_a")), ("strategy:action_list", lambda w: {}),
                  ("strategy:plan_detail", _year), ("reporting:plan_detail", _year))
PLAN_PAGES = (("strategy:plan_detail", _year), ("reporting:plan_detail", _year))

TEXT = "text"
# The hidden fields of a leadership edit page: the saved state it was opened on, and when.
SAVED_STATE = {"saved_state": "saved-state", "opened_at": "saved-state"}

TARGETS = [
    # --- Strategy: actions --------------------------------------------------------------------
    Target("strategy:action_create", "mia", {
        "pejlemaerke": "id", "priority": "id", "text": TEXT, "unit": "id", "owner": "id", "status": "choice",
        "start_year": "number", "start_quarter": "choice", "end_year": "number", "end_quarter": "choice",
        "projects": "ids", "partners": "ids", "goals": "ids", "version": "number"},
        data=lambda w: {"text": "OBB prøver noget nyt", "pejlemaerke": str(w.service.pk),
                        "unit": str(w.team_a.pk), "owner": str(w.mia.pk)},
        shown_at=(("strategy:action_list", lambda w: {}), *PLAN_PAGES)),
    Target("strategy:action_edit", "mia", {
        "pejlemaerke": "id", "priority": "id", "text": TEXT, "unit": "id", "owner": "id", "status": "choice",
        "start_year": "number", "start_quarter": "choice", "end_year": "number", "end_quarter": "choice",
        "projects": "ids", "partners": "ids", "goals": "ids", "version": "number"},
        kwargs=_pk("action_a"), shown_at=ACTION_A_PAGES),
    Target("strategy:action_status", "mia", {"status": "choice", "version": "number"}, kwargs=_pk("action_a"),
           data=lambda w: {"status": "i_gang", "version": str(w.action_a.version)}),
    Target("strategy:action_note_add", "mia", {"text": TEXT, "date": "date"}, kwargs=_pk("action_a"),
           page=("strategy:action_detail", _pk("action_a")), keys=("note_form",),
           data=lambda w: {"text": "Første møde er holdt.", "date": "2023-04-01"}, shown_at=ACTION_A_PAGES),
    Target("strategy:action_archive", "mia", {"arkiveret": "choice"}, kwargs=_pk("action_a"),
           data=lambda w: {"arkiveret": "1"}),
    Target("strategy:action_move", "mia", {"retning": "choice"}, kwargs=_pk("action_a"),
           data=lambda w: {"retning": "ned"}),
    # --- Strategy: leadership's edits of the plan ---------------------------------------------
    Target("strategy:pejlemaerke_edit", "lea", {**SAVED_STATE,
        "pejlemaerke-name": TEXT, "pejlemaerke-ambition": TEXT, "priorities-TOTAL_FORMS": "management",
        "priorities-INITIAL_FORMS": "management", "priorities-MIN_NUM_FORMS": "management",
        "priorities-MAX_NUM_FORMS": "management", "priorities-0-text": TEXT, "priorities-0-id": "id",
        "priorities-0-ORDER": "number"},
        kwargs=lambda w: {"year": w.plan.year, "slug": w.service.slug}, keys=("state_form", "form", "formset"),
        shown_at=(("strategy:pejlemaerke_detail", lambda w: {"year": w.plan.year, "slug": w.service.slug}),
                  ("strategy:strategy_detail", lambda w: {"slug": w.strategy.slug}), *PLAN_PAGES)),
    Target("strategy:foreword_edit", "lea", {**SAVED_STATE,
        "heading": TEXT, "byline": TEXT, "body": TEXT, "closing": TEXT, "signature_name": TEXT,
        "signature_title": TEXT},
        keys=("state_form", "form"), kwargs=lambda w: {"year": w.plan.year, "kind": "forord"},
        data=lambda w: {"heading": "Forord", "body": "Kære læser.", "signature_name": "Rådmanden"},
        shown_at=PLAN_PAGES),
    Target("strategy:partners_edit", "lea", {**SAVED_STATE,
        "plan-partners_intro": TEXT, "partners-TOTAL_FORMS": "management", "partners-INITIAL_FORMS": "management",
        "partners-MIN_NUM_FORMS": "management", "partners-MAX_NUM_FORMS": "management", "partners-0-name": TEXT,
        "partners-0-country": TEXT, "partners-0-id": "id", "partners-0-ORDER": "number"},
        kwargs=_year, keys=("state_form", "form", "formset"), shown_at=PLAN_PAGES),
    Target("strategy:projects_edit", "lea", {**SAVED_STATE,
        "projects-TOTAL_FORMS": "management", "projects-INITIAL_FORMS": "management",
        "projects-MIN_NUM_FORMS": "management", "projects-MAX_NUM_FORMS": "management", "projects-0-title": TEXT,
        "projects-0-pejlemaerke": "id", "projects-0-funder": TEXT, "projects-0-period": TEXT,
        "projects-0-start_year": "number", "projects-0-end_year": "number", "projects-0-note": TEXT,
        "projects-0-id": "id", "projects-0-ORDER": "number"},
        kwargs=_year, keys=("state_form", "formset"), shown_at=PLAN_PAGES),
    Target("strategy:photos_edit", "lea", {**SAVED_STATE,
        "photos-TOTAL_FORMS": "management", "photos-INITIAL_FORMS": "management",
        "photos-MIN_NUM_FORMS": "management", "photos-MAX_NUM_FORMS": "management", "photos-0-caption": TEXT,
        "photos-0-alt_text": TEXT, "photos-0-placement": "choice", "photos-0-image": "image", "photos-0-id": "id",
        "photos-0-ORDER": "number"},
        kwargs=_year, keys=("state_form", "formset"), files=lambda w: {"photos-0-image": ("foto.png", png_file())},
        data=lambda w: {"photos-0-caption": "Borgernes Hus", "photos-0-alt_text": "Borgernes Hus set udefra"},
        shown_at=PLAN_PAGES),
    Target("strategy:keyfigure_edit", "lea", {**SAVED_STATE,
        "table-title": TEXT, "table-unit": TEXT, "table-unit_note": TEXT, "table-notes": TEXT,
        "table-source": TEXT, "rows-TOTAL_FORMS": "management", "rows-INITIAL_FORMS": "management",
        "rows-MIN_NUM_FORMS": "management", "rows-MAX_NUM_FORMS": "management", "rows-0-label": TEXT,
        "rows-0-level": "choice", "rows-0-values": "danish-numbers", "rows-0-id": "id", "rows-0-ORDER": "number"},
        kwargs=lambda w: {"year": w.plan.year, "slug": w.key_figures.slug}, keys=("state_form", "form", "formset"),
        shown_at=PLAN_PAGES),
    # --- Strategy: import -----------------------------------------------------------------------
    Target("strategy:action_import", "mia", {"file": "xlsx"}, kwargs=_year, files=action_sheet, ok=200,
           notes="a valid sheet is shown as a preview (200) and saves nothing until confirmed"),
    Target("strategy:action_import_confirm", "mia", {"token": TEXT}, kwargs=_year,
           data=lambda w: {"token": "x"}, ok=REDIRECT,
           notes="without a previewed sheet every token is refused with a Danish message"),
    # --- The staff register -----------------------------------------------------------------------
    Target("staff_sync", "hanne", {"file": "xlsx", "create_units_under": "id"}, files=staff_register_file, ok=200,
           notes="a valid file is shown as a preview (200) and saves nothing until confirmed"),
    Target("staff_sync_confirm", "hanne", {"token": TEXT}, data=lambda w: {"token": "x"}, ok=REDIRECT,
           notes="without a previewed file every token is refused with a Danish message"),
    # --- Kompetencespejl, karriereveje and the catalogue ---------------------------------------
    Target("competences:assessment_add", "mia", {"competence": "id", "year": "number", "level": "choice",
                                                 "comment": TEXT},
           kwargs=lambda w: {"user_id": w.alice.pk},
           data=lambda w: {"competence": str(w.competence_digital.pk), "level": "3"},
           shown_at=(("competences:mirror", lambda w: {"user_id": w.alice.pk}),)),
    Target("competences:assessment_edit", "alice", {"level": "choice", "comment": TEXT}, kwargs=_pk("alice_self"),
           shown_at=(("competences:my_mirror", lambda w: {}),)),
    Target("competences:career_aim", "alice", {"step": "id", "note": TEXT},
           data=lambda w: {"step": str(w.career_step_2.pk)}, shown_at=(("competences:career", lambda w: {}),)),
    Target("competences:propose", "mia", {"employee": "id", "note": TEXT}, kwargs=_pk("activity"),
           page=("competences:activity", _pk("activity")), data=lambda w: {"employee": str(w.alice.pk)},
           shown_at=(("competences:mirror", lambda w: {"user_id": w.alice.pk}),)),
    Target("competences:proposal_decide", "mia", {"status": "choice"}, kwargs=_pk("proposal"),
           data=lambda w: {"status": "accepteret"}),
    Target("competences:competence_add", "hanne", {"name": TEXT, "slug": TEXT, "description": TEXT,
                                                   "pejlemaerker": "ids", "order": "number"},
           data=lambda w: {"name": "Formidling", "slug": "formidling", "is_active": "True"},
           shown_at=(("competences:maintain", lambda w: {}),)),
    Target("competences:competence_edit", "hanne", {"name": TEXT, "slug": TEXT, "description": TEXT,
                                                    "pejlemaerker": "ids", "order": "number"},
           kwargs=_pk("competence"), shown_at=(("competences:maintain", lambda w: {}),
                                               ("competences:my_mirror", lambda w: {}))),
    Target("competences:activity_add", "hanne", {"title": TEXT, "kind": "choice", "description": TEXT,
                                                 "competences": "ids", "duration": TEXT, "provider": TEXT},
           data=lambda w: {"title": "Sidemandsoplæring", "kind": "kursus", "description": "Lær af en kollega.",
                           "is_active": "True"},
           shown_at=(("competences:catalogue", lambda w: {}),)),
    Target("competences:activity_edit", "hanne", {"title": TEXT, "kind": "choice", "description": TEXT,
                                                  "competences": "ids", "duration": TEXT, "provider": TEXT},
           kwargs=_pk("activity"), shown_at=(("competences:catalogue", lambda w: {}),
                                             ("competences:activity", _pk("activity")))),
    Target("competences:profile_add", "hanne", {"name": TEXT, "unit": "id", "job_family": "id",
                                                "description": TEXT},
           data=lambda w: {"name": "Profil for Sydhuset", "unit": str(w.house_b.pk)},
           shown_at=(("competences:maintain", lambda w: {}),)),
    Target("competences:profile_edit", "hanne", {"c{a}": "choice", "c{b}": "choice", "c{c}": "choice"},
           kwargs=_pk("competence_profile"), notes="one level per active competence (c<id>)",
           names=lambda w: {"a": w.competence.pk, "b": w.competence_digital.pk, "c": w.competence_unprofiled.pk}),
    Target("competences:jobfamily_add", "hanne", {"name": TEXT, "job_titles": TEXT},
           data=lambda w: {"name": "Formidler", "job_titles": "Formidler"},
           shown_at=(("competences:maintain", lambda w: {}),)),
    Target("competences:jobfamily_edit", "hanne", {"name": TEXT, "job_titles": TEXT}, kwargs=_pk("job_family"),
           shown_at=(("competences:maintain", lambda w: {}),)),
    Target("competences:track_edit", "hanne", {"name": TEXT, "kind": "choice", "description": TEXT,
                                               "order": "number"},
           kwargs=_pk("career_track"), shown_at=(("competences:career", lambda w: {}),)),
    Target("competences:step_add", "hanne", {"track": "id", "order": "number", "name": TEXT,
                                             "description": TEXT, "competences": "ids"},
           data=lambda w: {"track": str(w.career_track.pk), "order": "3", "name": "Programleder"},
           shown_at=(("competences:career", lambda w: {}),)),
    Target("competences:step_edit", "hanne", {"track": "id", "order": "number", "name": TEXT,
                                              "description": TEXT, "competences": "ids"},
           kwargs=_pk("career_step"), shown_at=(("competences:career", lambda w: {}),)),
    # --- Personaleregnskab ---------------------------------------------------------------------
    Target("staffstats:snapshot_create", "hanne", {"year": "number"}, page=("staffstats:snapshots", lambda w: {}),
           data=lambda w: {"year": "2022"}),
    Target("staffstats:import", "hanne", {"year": "number", "file": "xlsx"}, data=lambda w: {"year": "2022"},
           files=staff_sheet),
    Target("staffstats:references", "hanne", {
        "source": TEXT, "age_group__under-30": "decimal", "age_group__30-39": "decimal",
        "age_group__40-49": "decimal", "age_group__50-59": "decimal", "age_group__60+": "decimal",
        "gender__mand": "decimal", "gender__kvinde": "decimal", "gender__andet": "decimal",
        "education__bibliotekar": "decimal", "education__kontor": "decimal", "education__paedagogisk": "decimal",
        "education__akademisk": "decimal", "education__it": "decimal", "education__andet": "decimal",
        "origin__dansk": "decimal", "origin__indvandrer": "decimal", "origin__efterkommer": "decimal"},
        data=lambda w: {"source": "Danmarks Statistik"}, shown_at=(("staffstats:overview", lambda w: {}),)),
    Target("staffstats:profile_edit", "hanne", {"birth_year": "number", "gender": "choice", "education": "choice",
                                                "origin": "choice", "weekly_hours": "decimal",
                                                "employment_type": "choice"},
           kwargs=lambda w: {"user_id": w.alice.pk}),
    # --- Recruitment ---------------------------------------------------------------------------
    Target("recruitment:case_create", "mia", {"title": TEXT, "unit": "id", "hiring_manager": "id",
                                              "committee": "ids", "application_deadline": "date"},
           data=lambda w: {"title": "Bibliotekar til Nordhuset", "unit": str(w.team_a.pk),
                           "application_deadline": _future(30)},
           shown_at=(("recruitment:case_list", lambda w: {}),)),
    Target("recruitment:case_edit", "mia", {"title": TEXT, "unit": "id", "hiring_manager": "id",
                                            "committee": "ids", "application_deadline": "date"},
           kwargs=_pk("recruitment_case"), shown_at=(("recruitment:case_list", lambda w: {}),
                                                     ("recruitment:case_detail", _pk("recruitment_case")))),
    Target("recruitment:candidate_add", "mia", {"name": TEXT, "email": TEXT, "phone": TEXT, "status": "choice",
                                                "offer_date": "date"},
           kwargs=_pk("recruitment_case"), data=lambda w: {"name": "Carla Cand", "email": "carla@example.org"},
           shown_at=(("recruitment:case_detail", _pk("recruitment_case")),)),
    Target("recruitment:candidate_detail", "mia", {"text": TEXT}, kwargs=_pk("candidate"),
           data=lambda w: {"text": "God samtale."}, shown_at=(("recruitment:candidate_detail", _pk("candidate")),),
           notes="the committee's note form"),
    Target("recruitment:candidate_edit", "mia", {"name": TEXT, "email": TEXT, "phone": TEXT, "status": "choice",
                                                 "offer_date": "date"},
           kwargs=_pk("candidate"), shown_at=(("recruitment:candidate_detail", _pk("candidate")),
                                              ("recruitment:case_detail", _pk("recruitment_case")))),
    Target("recruitment:candidate_hire", "mia", {"offer_date": "date", "start_date": "date",
                                                 "existing_user": "id", "mentor": "id"},
           kwargs=_pk("candidate"), data=lambda w: {"start_date": _future(30)}),
    Target("recruitment:guide_step_add", "hanne", {"title": TEXT, "text": TEXT, "offset_days": "number",
                                                   "order": "number"},
           data=lambda w: {"title": "Jobsamtale", "offset_days": "7", "order": "4", "is_active": "True"},
           shown_at=(("recruitment:guide", lambda w: {}),)),
    Target("recruitment:guide_step_edit", "hanne", {"title": TEXT, "text": TEXT, "offset_days": "number",
                                                    "order": "number"},
           kwargs=_pk("guide_step"), shown_at=(("recruitment:guide", lambda w: {}),)),
    # --- Onboarding ----------------------------------------------------------------------------
    Target("onboarding:onboarding_start", "mia", {"new_hire": "id", "start_date": "date", "template": "id",
                                                  "mentor": "id"},
           data=lambda w: {"new_hire": str(w.alice.pk), "start_date": _future(14)}),
    Target("onboarding:mentor_assign", "mia", {"mentor": "id"}, kwargs=_pk("nina_onboarding"),
           data=lambda w: {"mentor": str(w.mia.pk)}),
    Target("onboarding:evaluation", "mia", {"rating": "choice", "went_well": TEXT, "to_improve": TEXT},
           kwargs=_pk("nina_onboarding"), data=lambda w: {"rating": "4"},
           shown_at=(("onboarding:onboarding_detail", _pk("nina_onboarding")),)),
    Target("onboarding:template_create", "hanne", {"name": TEXT, "unit": "id", "description": TEXT},
           data=lambda w: {"name": "Sydhusets skabelon", "is_active": "True"},
           shown_at=(("onboarding:template_list", lambda w: {}),)),
    Target("onboarding:template_detail", "hanne", {"name": TEXT, "unit": "id", "description": TEXT},
           kwargs=_pk("onboarding_template"), shown_at=(("onboarding:template_list", lambda w: {}),)),
    Target("onboarding:template_task_add", "hanne", {
        "title": TEXT, "description": TEXT, "phase": "choice", "dimension": "choice", "responsible": "choice",
        "offset_amount": "number", "offset_unit": "choice", "order": "number"},
        kwargs=_pk("onboarding_template"), data=lambda w: {"title": "Rundvisning", "phase": "dag1",
                                                          "dimension": "organisatorisk", "responsible": "leder",
                                                          "offset_amount": "0", "offset_unit": "dage", "order": "5"},
        shown_at=(("onboarding:template_detail", _pk("onboarding_template")),)),
    Target("onboarding:template_task_edit", "hanne", {
        "title": TEXT, "description": TEXT, "phase": "choice", "dimension": "choice", "responsible": "choice",
        "offset_amount": "number", "offset_unit": "choice", "order": "number"},
        kwargs=_pk("template_task"), shown_at=(("onboarding:template_detail", _pk("onboarding_template")),)),
    # --- MUS -----------------------------------------------------------------------------------
    Target("mus:round_add", "hanne", {"year": "number", "name": TEXT, "period_start": "date", "period_end": "date",
                                      "template": "id"},
           data=lambda w: {"year": str(timezone.localdate().year + 1), "name": "MUS efterår",
                           "period_start": _future(1), "period_end": _future(60),
                           "template": str(w.mus_template.pk)},
           shown_at=(("mus:rounds", lambda w: {}),)),
    Target("mus:template_add", "hanne", {"name": TEXT, "description": TEXT},
           data=lambda w: {"name": "Ny skabelon"}, shown_at=(("mus:templates", lambda w: {}),)),
    Target("mus:template", "hanne", {"name": TEXT, "description": TEXT}, kwargs=_pk("mus_template"),
           shown_at=(("mus:templates", lambda w: {}),)),
    Target("mus:question_add", "hanne", {"audience": "choice", "text": TEXT, "order": "number"},
           kwargs=_pk("mus_template"), data=lambda w: {"audience": "medarbejder", "text": "Hvad drømmer du om?",
                                                      "order": "5"},
           shown_at=(("mus:template", _pk("mus_template")),)),
    Target("mus:question_edit", "hanne", {"audience": "choice", "text": TEXT, "order": "number"},
           kwargs=_pk("mus_question_unanswered"), shown_at=(("mus:template", _pk("mus_template")),)),
    Target("mus:schedule", "mia", {"date": "date", "time": "time", "duration_minutes": "number", "place": TEXT},
           kwargs=_pk("mus_alice"), data=lambda w: {"date": _future(8)},
           shown_at=(("mus:conversation", _pk("mus_alice")),)),
    Target("mus:prepare", "alice", {"q_{first}": TEXT, "q_{second}": TEXT}, kwargs=_pk("mus_alice"),
           names=_employee_questions,
           shown_at=(("mus:prepare", _pk("mus_alice")), ("mus:conversation", _pk("mus_alice"))),
           notes="one field per question of the employee's (q_<id>)"),
    Target("mus:summary", "mia", {"summary": TEXT, "version": "number"}, kwargs=_pk("mus_alice"),
           data=lambda w: {"summary": "Vi talte om læsekredse."}, setup=_after_meeting,
           shown_at=(("mus:conversation", _pk("mus_alice")),)),
    Target("mus:respond", "alice", {"response": "choice", "comment": TEXT}, kwargs=_pk("mus_alice"),
           page=("mus:conversation", _pk("mus_alice")), keys=("response_form",),
           data=lambda w: {"response": "kommenteret", "comment": "Enig."}, setup=_after_meeting,
           shown_at=(("mus:conversation", _pk("mus_alice")),)),
    Target("mus:goal_add", "mia", {"competence": "id", "activity": "id", "free_text": TEXT, "due_date": "date",
                                   "follow_up_date": "date"},
           kwargs=_pk("mus_alice"), data=lambda w: {"free_text": "Lære at holde oplæg", "due_date": _future(60),
                           "follow_up_date": _future(90)},
           shown_at=(("mus:conversation", _pk("mus_alice")),)),
    Target("mus:goal_edit", "mia", {"competence": "id", "activity": "id", "free_text": TEXT, "due_date": "date",
                                    "follow_up_date": "date"},
           kwargs=_pk("mus_goal"), shown_at=(("mus:conversation", _pk("mus_alice")),)),
    Target("mus:goal_follow_up", "mia", {"status": "choice", "outcome": TEXT, "use_in_daily_work": TEXT},
           kwargs=_pk("mus_goal"), data=lambda w: {"status": "aftalt"},
           shown_at=(("mus:conversation", _pk("mus_alice")),)),
    # --- Follow-up rounds ------------------------------------------------------------------------
    Target("followup:answer", "mia", {"status": "choice", "note": TEXT, "version": "number",
                                      "action_version": "number"},
           kwargs=_pk("item_a"), data=lambda w: {"status": "i_gang", "note": "Godt i gang."},
           shown_at=(("followup:mine", lambda w: {}), ("strategy:action_detail", _pk("action_a")))),
    Target("followup:round_open", "lea", {"plan": "id", "deadline": "date", "reminder_days": TEXT},
           data=lambda w: {"plan": str(w.plan.pk), "deadline": _future(30), "reminder_days": "-7,0,3"},
           setup=_close_followup_round, shown_at=(("followup:round_list", lambda w: {}),)),
    Target("followup:indicator_value_add", "mia", {"year": "number", "quarter": "number", "value": "decimal",
                                                   "measured_on": "date", "source": TEXT},
           kwargs=_pk("indicator"), data=lambda w: {"year": "2023", "quarter": "3", "value": "118",
                                                    "measured_on": _future(-1), "source": "Tællere"},
           shown_at=(("followup:indicator", _pk("indicator")), ("followup:indicators", lambda w: {}))),
    # --- Accounts ------------------------------------------------------------------------------
    Target("login", None, {"username": TEXT, "password": TEXT},
           data=lambda w: {"username": "alice", "password": "korrekt-hest-batteri-9"}),
    Target("password_change", "alice", {"old_password": TEXT, "new_password1": TEXT, "new_password2": TEXT},
           data=lambda w: {"old_password": "korrekt-hest-batteri-9", "new_password1": "ny-blaa-hest-lampe-7",
                           "new_password2": "ny-blaa-hest-lampe-7"}),
    Target("password_reset", None, {"email": TEXT}, data=lambda w: {"email": "alice@example.org"}),
    # --- The admin's one upload: a photo of the plan ---------------------------------------------
    Target("admin:strategy_photocaption_add", "adam", {"plan": "id", "order": "number", "placement": "choice",
                                                      "caption": TEXT, "image": "image", "alt_text": TEXT},
           keys=("adminform.form",), files=lambda w: {"image": ("foto.png", png_file())},
           data=lambda w: {"plan": str(w.plan.pk), "order": "0", "caption": "Borgernes Hus",
                           "alt_text": "Borgernes Hus set udefra"},
           notes="the admin is for administrators, but its upload is checked like any other"),
]

# URLs that take POST but carry no input beyond ids in the URL (unknown ids there are 404, see
# test_unknown_ids.py), with the reason.
NO_INPUT = {
    "logout": "no input",
    "password_reset_confirm": "Django's own set-password form, shown only behind a valid reset link",
    "strategy:action_restore": "ids in the URL only",
    "strategy:plan_copy": "a confirmation button only",
    "reporting:plan_move": "a confirmation button only; the status is part of the URL",
    "staffstats:import_confirm": "a confirmation check box only",
    "recruitment:case_close": "a button only",
    "recruitment:step_toggle": "a button only",
    "onboarding:onboarding_close": "a button only",
    "onboarding:task_toggle": "a button only",
    "onboarding:template_task_delete": "a button only",
    "mus:round_open": "a button only",
    "mus:question_delete": "a button only",
    "mus:prepared": "a button only",
    "mus:share": "a yes/no only: anything but \"1\" means no",
    "mus:close": "a button only",
    "followup:done": "a button only",
    "followup:round_close": "a button only",
}

# Every page that reads the query string (GET): search and filter forms, page numbers, the year,
# unit or round to show, a value to start a form with. Each parameter is tried with hostile
# values (test_ids_and_filters.py): (URL name, person or None for anonymous, parameters, URL
# arguments). test_coverage.py fails for a parameter a page reads that is missing here.
FILTERS = [
    ("strategy:action_list", "mia",
     ["aar", "vis", "pejlemaerke", "status", "enhed", "ansvarlig", "q", "arkiverede", "side"], None),
    ("strategy:action_create", "mia", ["aar", "pejlemaerke"], None),
    ("competences:my_mirror", "alice", ["aar"], None),
    ("competences:mirror", "mia", ["aar"], lambda w: {"user_id": w.alice.pk}),
    ("competences:assessment_add", "mia", ["aar", "kompetence"], lambda w: {"user_id": w.alice.pk}),
    ("competences:team", "mia", ["aar"], None),
    ("competences:units", "mia", ["enhed", "aar"], None),
    ("competences:unit", "mia", ["aar"], lambda w: {"unit_id": w.house_a.pk}),
    ("competences:catalogue", "alice", ["q", "kompetence", "type"], None),
    ("staffstats:overview", "hanne", ["enhed", "dimension"], None),
    ("staffstats:profiles", "hanne", ["side"], None),
    ("mus:team", "mia", ["runde"], None),
    ("mus:goal_add", "mia", ["kompetence"], _pk("mus_alice")),
    ("recruitment:case_list", "hanne", ["vis"], None),
    ("reporting:competences_unit_xlsx", "mia", ["aar"], lambda w: {"unit_id": w.house_a.pk}),
    ("reporting:staffstats_pdf", "hanne", ["enhed"], None),
    ("reporting:staffstats_xlsx", "hanne", ["enhed"], None),
    ("login", None, ["next"], None),
]

BY_URL = {target.url: target for target in TARGETS}
assert len(BY_URL) == len(TARGETS), "a URL has two targets"
