"""Operations on recruitment cases that touch several records: opening a case from the guide,
hiring a candidate (which creates the employee and starts the onboarding) and retention."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from hrtools.onboarding.services import start_onboarding
from hrtools.recruitment.models import (
    ANONYMISED_NAME,
    ANONYMISED_TEXT,
    Candidate,
    CandidateNote,
    CaseStep,
    GuideStep,
    RecruitmentCase,
)


@transaction.atomic
def open_case(*, unit, title, hiring_manager, application_deadline, committee, user):
    """Create a case with the guide's active steps as its checklist."""
    case = RecruitmentCase.objects.create(unit=unit, title=title, hiring_manager=hiring_manager,
                                          application_deadline=application_deadline, created_by=user)
    case.committee.set(committee)
    for step in GuideStep.objects.filter(is_active=True):
        CaseStep.objects.create(case=case, guide_step=step, order=step.order, title=step.title, text=step.text,
                                offset_days=step.offset_days, due_date=case.step_due_date(step.offset_days))
    return case


def update_deadline(case, new_deadline):
    """Move the due dates of the open steps along with the application deadline."""
    for step in case.steps.filter(done_at__isnull=True):
        step.due_date = case.step_due_date(step.offset_days)
        step.save(update_fields=["due_date"])


def toggle_step(step, user):
    if step.done_at is None:
        step.done_at, step.done_by = timezone.now(), user
    else:
        step.done_at, step.done_by = None, None
    step.save(update_fields=["done_at", "done_by"])


def close_case(case):
    if case.is_open:
        case.status, case.closed_at = RecruitmentCase.Status.CLOSED, timezone.now()
        case.save(update_fields=["status", "closed_at"])


# --- Hiring ------------------------------------------------------------------------------


def _username_for(name):
    from obb.models import User

    ascii_name = unicodedata.normalize(
        "NFKD", name.lower().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    ).encode("ascii", "ignore").decode()
    base = ".".join(re.findall(r"[a-z0-9]+", ascii_name))[:140] or "nyansat"
    username, counter = base, 1
    while User.objects.filter(username=username).exists():
        counter += 1
        username = f"{base}{counter}"
    return username


def _split_name(name):
    parts = name.split()
    if len(parts) < 2:
        return name.strip(), ""
    return " ".join(parts[:-1]), parts[-1]


@transaction.atomic
def hire_candidate(candidate, start_date, user, *, offer_date=None, existing_user=None, mentor=None):
    """Mark `candidate` as hired: create the employee (or link `existing_user`, e.g. an internal
    applicant, and move them to the case's unit, job title and hiring manager), and start their
    onboarding from the unit's template with `start_date`.

    Raises a Danish ValidationError and changes nothing when the candidate is already hired,
    the start date lies before the offer, `existing_user` is not one `user` may move (see
    `RecruitmentCase.internal_applicants`), or the onboarding cannot be started (e.g. the
    template has no tasks)."""
    from obb.models import User
    from obb.roles import GROUP_NAMES, Role

    candidate = Candidate.objects.select_for_update().select_related("case__unit", "case__hiring_manager").get(
        pk=candidate.pk)
    case = candidate.case
    if candidate.status == Candidate.Status.HIRED or candidate.hired_user_id:
        raise ValidationError(_("%(name)s er allerede markeret som ansat.") % {"name": candidate.name})
    if candidate.anonymised_at:
        raise ValidationError(_("Kandidatens oplysninger er anonymiseret; kandidaten kan ikke ansættes."))
    offer_date = offer_date or candidate.offer_date
    if offer_date is None:
        raise ValidationError({"offer_date": _("Angiv datoen for tilbuddet.")})
    if start_date < offer_date:
        raise ValidationError({"start_date": _(
            "Første arbejdsdag (%(start)s) kan ikke ligge før tilbuddet blev givet (%(offer)s)."
        ) % {"start": date_format(start_date), "offer": date_format(offer_date)}})

    if existing_user is not None and not case.internal_applicants(user).filter(pk=existing_user.pk).exists():
        raise ValidationError({"existing_user": _(
            "Du kan ikke flytte %(name)s til sagens enhed og leder. En medarbejder med en anden leder "
            "flyttes af HR.") % {"name": existing_user}})

    if existing_user is not None:
        employee = existing_user
        employee.unit, employee.job_title, employee.manager = case.unit, case.title, case.hiring_manager
        if employee.start_date is None:
            employee.start_date = start_date
        employee.save()
    else:
        first, last = _split_name(candidate.name)
        employee = User(username=_username_for(candidate.name), first_name=first, last_name=last,
                        email=candidate.email, unit=case.unit, job_title=case.title,
                        manager=case.hiring_manager, start_date=start_date)
        employee.set_unusable_password()
        employee.save()
        from django.contrib.auth.models import Group

        employee.groups.add(Group.objects.get_or_create(name=GROUP_NAMES[Role.EMPLOYEE])[0])

    onboarding = start_onboarding(employee, start_date, user, manager=case.hiring_manager, mentor=mentor)
    candidate.status, candidate.offer_date = Candidate.Status.HIRED, offer_date
    candidate.hired_user, candidate.onboarding, candidate.hired_at = employee, onboarding, timezone.now()
    candidate.save()
    return onboarding


# --- Retention ---------------------------------------------------------------------------


def candidates_due_for_anonymisation(today=None):
    """Candidates not yet anonymised whose case closed at least 6 months ago."""
    today = today or timezone.localdate()
    due_cases = [
        case.pk
        for case in RecruitmentCase.objects.filter(status=RecruitmentCase.Status.CLOSED, closed_at__isnull=False,
                                                   candidates__anonymised_at__isnull=True).distinct()
        if case.anonymise_on <= today
    ]
    return Candidate.objects.filter(case__in=due_cases, anonymised_at__isnull=True)


@transaction.atomic
def apply_retention(today=None):
    """Anonymise the personal data (name, e-mail, phone, committee notes) of the candidates whose
    case closed 6 months ago or more, in the records and in their history. Status and counts
    stay, so the statistics per case do not change. Safe to run any number of times. Returns
    the number of candidates anonymised."""
    candidates = candidates_due_for_anonymisation(today)
    ids = list(candidates.values_list("pk", flat=True))
    if not ids:
        return 0
    now = timezone.now()
    Candidate.objects.filter(pk__in=ids).update(name=ANONYMISED_NAME, email="", phone="", anonymised_at=now)
    CandidateNote.objects.filter(candidate__in=ids).update(text=ANONYMISED_TEXT)
    # History tables are as confidential as the data they copy.
    Candidate.history.model.objects.filter(id__in=ids).update(name=ANONYMISED_NAME, email="", phone="")
    CandidateNote.history.model.objects.filter(candidate_id__in=ids).update(text=ANONYMISED_TEXT)
    return len(ids)
