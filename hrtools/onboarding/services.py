"""Operations on onboardings that touch several records."""

from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hrtools.onboarding.dates import off_weekend, week_of
from hrtools.onboarding.models import (
    Onboarding,
    OnboardingTask,
    OnboardingTemplate,
    Responsible,
    it_unit_ids,
)


def template_for(unit):
    """The template a new hire in `unit` starts from, or a Danish ValidationError."""
    template = OnboardingTemplate.objects.for_unit(unit)
    if template is None:
        raise ValidationError(_("Der findes ingen onboardingskabelon for enheden og ingen standardskabelon. "
                                "Bed HR om at oprette en."))
    return template


@transaction.atomic
def start_onboarding(new_hire, start_date, user, template=None, manager=None, mentor=None):
    """Create the onboarding of `new_hire` from `template` (default: the unit's nearest
    template), with each task's due date computed from `start_date`. Raises a Danish
    ValidationError and creates nothing when the input does not hold."""
    if template is None:
        template = template_for(new_hire.unit)
    tasks = list(template.tasks.all())
    if not tasks:
        raise ValidationError(
            _("Skabelonen »%(name)s« har ingen opgaver. Tilføj opgaver til skabelonen, før den tages i brug.")
            % {"name": template.name}
        )
    if Onboarding.objects.filter(new_hire=new_hire, closed_at__isnull=True).exists():
        raise ValidationError(_("%(name)s har allerede et igangværende onboardingforløb.") % {"name": new_hire})
    manager = manager or new_hire.manager or (new_hire.unit.manager if new_hire.unit_id else None)
    if mentor is not None and mentor.pk == new_hire.pk:
        raise ValidationError(_("Den nyansatte kan ikke være sin egen mentor."))
    onboarding = Onboarding.objects.create(
        new_hire=new_hire, unit=new_hire.unit, manager=manager, mentor=mentor, start_date=start_date,
        template=template, created_by=user,
    )
    # Every task of the first three months is due by the 3-month evaluation, never after it (a
    # due date moved off a weekend could otherwise land past it).
    last_day = off_weekend(onboarding.evaluation_date, backwards=True)
    for task in tasks:
        OnboardingTask.objects.create(
            onboarding=onboarding, title=task.title, description=task.description, phase=task.phase,
            dimension=task.dimension, responsible=task.responsible,
            due_date=min(task.due_date_for(start_date), last_day), order=task.order,
        )
    return onboarding


def toggle_task(task, user):
    if task.done_at is None:
        task.done_at, task.done_by = timezone.now(), user
    else:
        task.done_at, task.done_by = None, None
    task.save(update_fields=["done_at", "done_by"])
    return task


# --- Reminders ---------------------------------------------------------------------------


def tasks_due_this_week(today=None):
    """Open tasks of open onboardings due in the week (Monday–Sunday) of `today`."""
    monday, sunday = week_of(today or timezone.localdate())
    return (
        OnboardingTask.objects.open()
        .filter(onboarding__closed_at__isnull=True, due_date__range=(monday, sunday))
        .select_related("onboarding__new_hire", "onboarding__manager", "onboarding__mentor")
        .order_by("due_date", "pk")
    )


def reminder_recipients(tasks):
    """{user: [task, …]}: everyone responsible for (and allowed to tick) each task."""
    from obb.models import User
    from obb.roles import GROUP_NAMES, Role

    current = User.objects.current()
    hr_users = list(current.filter(groups__name=GROUP_NAMES[Role.HR]).distinct())
    it_users = list(current.filter(unit__in=it_unit_ids()))
    by_person = defaultdict(list)
    for task in tasks:
        onboarding = task.onboarding
        people = {
            Responsible.MANAGER: [onboarding.manager],
            Responsible.MENTOR: [onboarding.mentor],
            Responsible.NEW_HIRE: [onboarding.new_hire],
            Responsible.HR: hr_users,
            Responsible.IT: hr_users + it_users,
        }[task.responsible]
        for person in people:
            if person is not None and person.is_active and task not in by_person[person]:
                by_person[person].append(task)
    return by_person


def send_reminders(today=None):
    """One plain-text e-mail per person with their open tasks due this week. Returns the
    number of e-mails sent."""
    today = today or timezone.localdate()
    monday, sunday = week_of(today)
    sent = 0
    for person, tasks in sorted(reminder_recipients(tasks_due_this_week(today)).items(),
                                key=lambda item: item[0].pk):
        if not person.email:
            continue
        body = render_to_string("hrtools/onboarding/email/reminder.txt", {
            "person": person, "tasks": tasks, "monday": monday, "sunday": sunday,
            "url": getattr(settings, "SITE_URL", "").rstrip("/") + reverse("onboarding:mine"),
        })
        send_mail(_("Dine onboardingopgaver i denne uge"), body, None, [person.email])
        sent += 1
    return sent
