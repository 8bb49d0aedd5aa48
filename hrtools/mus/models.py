"""MUS (medarbejderudviklingssamtaler): preparation templates, yearly rounds, the conversation
between an employee and their manager, the answers to the preparation questions and the agreed
development plan (goals).

Who may see what is decided here, once: `Conversation.objects.visible_to(user)`. A conversation's
content (answers, summary, goals, history) is for the employee and the manager who currently holds
it; HR reads it only when the employee has shared it. Every view, download and history page loads
conversations (and the answers and goals inside them) through that queryset, so anyone else gets
404. HR and leadership see counts per status, never content (see `services.completion`).
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords
from obb.lifecycle import holds_leder_role
from obb.validators import year_validators


class Audience(models.TextChoices):
    EMPLOYEE = "medarbejder", _("Medarbejderen")
    MANAGER = "leder", _("Lederen")


def can_run_rounds(user):
    """HR opens rounds and keeps the preparation templates."""
    return user.is_authenticated and user.is_hr


def can_see_aggregates(user):
    """HR and leadership see completion per unit (numbers, never content)."""
    return user.is_authenticated and (user.is_hr or user.is_leadership)


# --- Templates ---------------------------------------------------------------------------------

class PreparationTemplate(models.Model):
    """The questions both parties answer before the conversation. HR keeps the templates; a round
    copies the questions when it opens, so later edits never change a running round."""

    name = models.CharField(_("navn"), max_length=160, unique=True)
    description = models.TextField(_("beskrivelse"), blank=True, max_length=4000)
    is_active = models.BooleanField(_("i brug"), default=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("forberedelsesskabelon")
        verbose_name_plural = _("forberedelsesskabeloner")

    def __str__(self):
        return self.name


class TemplateQuestion(models.Model):
    template = models.ForeignKey(PreparationTemplate, verbose_name=_("skabelon"), on_delete=models.CASCADE,
                                 related_name="questions")
    audience = models.CharField(_("til"), max_length=20, choices=Audience.choices)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    text = models.TextField(_("spørgsmål"), max_length=1000)

    history = HistoricalRecords()

    class Meta:
        ordering = ["template", "audience", "order", "pk"]
        verbose_name = _("spørgsmål i skabelon")
        verbose_name_plural = _("spørgsmål i skabeloner")

    def __str__(self):
        return self.text[:80]

    def has_answers(self):
        """Whether anyone has answered a round's copy of this question."""
        return Answer.objects.filter(question__source=self).exists()


# --- Rounds ------------------------------------------------------------------------------------

class Round(models.Model):
    """A MUS round: one year, a period in which the conversations are held, and a frozen copy of
    the template's questions (`RoundQuestion`) taken when the round opens."""

    year = models.PositiveSmallIntegerField(
        _("år"), unique=True, validators=year_validators(),
        error_messages={"unique": _("Der findes allerede en MUS-runde for dette år.")},
    )
    name = models.CharField(_("navn"), max_length=160)
    period_start = models.DateField(_("perioden begynder"))
    period_end = models.DateField(_("perioden slutter"))
    template = models.ForeignKey(PreparationTemplate, verbose_name=_("skabelon"), on_delete=models.PROTECT,
                                 related_name="rounds")
    opened_at = models.DateTimeField(_("åbnet"), null=True, blank=True)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("åbnet af"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(condition=Q(period_end__gte=models.F("period_start")),
                                   name="mus_round_period_in_order",
                                   violation_error_message=_("Perioden skal slutte efter, den begynder.")),
        ]
        verbose_name = _("MUS-runde")
        verbose_name_plural = _("MUS-runder")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("mus:round", args=[self.pk])

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Perioden skal slutte efter, den begynder.")})

    @property
    def is_open(self):
        return self.opened_at is not None

    def overlapping_rounds(self):
        """Other opened rounds still running whose period overlaps this one's: opening this
        round then gives people two conversations at once."""
        today = timezone.localdate()
        return (Round.objects.filter(opened_at__isnull=False, period_start__lte=self.period_end,
                                     period_end__gte=max(self.period_start, today))
                .exclude(pk=self.pk).order_by("period_start", "pk"))


class RoundQuestion(models.Model):
    """A question as it stood in the template when the round opened."""

    round = models.ForeignKey(Round, verbose_name=_("runde"), on_delete=models.CASCADE, related_name="questions")
    source = models.ForeignKey(TemplateQuestion, verbose_name=_("fra skabelonens spørgsmål"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="copies")
    audience = models.CharField(_("til"), max_length=20, choices=Audience.choices)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    text = models.TextField(_("spørgsmål"), max_length=1000)

    history = HistoricalRecords()

    class Meta:
        ordering = ["round", "audience", "order", "pk"]
        verbose_name = _("spørgsmål i runde")
        verbose_name_plural = _("spørgsmål i runder")

    def __str__(self):
        return self.text[:80]


# --- Conversations -----------------------------------------------------------------------------

class Status(models.TextChoices):
    NOT_SCHEDULED = "ikke_planlagt", _("Ikke planlagt")
    SCHEDULED = "planlagt", _("Planlagt")
    PREPARED = "forberedt", _("Forberedt")
    HELD = "afholdt", _("Afholdt")
    FOLLOW_UP = "opfoelgning", _("Opfølgning")
    CLOSED = "afsluttet", _("Afsluttet")


STATUS_ORDER = list(Status)
BEFORE_MEETING = (Status.NOT_SCHEDULED, Status.SCHEDULED, Status.PREPARED)
OPEN_STATUSES = tuple(status for status in Status if status != Status.CLOSED)


class ConversationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The conversations whose content `user` may read: their own; the ones they hold as the
        employee's current manager, when they hold the Leder role (`obb.lifecycle.holds_leder_role`:
        not an administrator); and, for HR, the ones the employee has shared with HR. Nothing
        else: leadership, other managers and administrators get aggregates only.

        A conversation that waits (the employee's manager was changed to someone without the
        Leder role, so it did not move) stays readable by the Leder who holds it, until it moves:
        a change in the admin neither hands it to the administrator nor locks its manager out."""
        if not user.is_authenticated:
            return self.none()
        condition = Q(employee=user)
        if holds_leder_role(user):
            from obb.models import User

            condition |= Q(manager=user) & (Q(employee__manager=user)
                                            | ~Q(employee__manager__in=User.objects.leders()))
        if user.is_hr:
            condition |= Q(shared_with_hr=True)
        return self.filter(condition)

    def open(self):
        return self.exclude(status=Status.CLOSED)


class Conversation(models.Model):
    """One employee's MUS in one round, held with `manager`: the employee's current manager, who
    alone (with the employee) may read it. When the employee gets a new manager, the open
    conversation moves to them (`services.reassign_open_conversations`)."""

    class Response(models.TextChoices):
        NONE = "", _("Ikke besvaret")
        CONFIRMED = "bekraeftet", _("Bekræftet")
        COMMENTED = "kommenteret", _("Bekræftet med kommentar")

    round = models.ForeignKey(Round, verbose_name=_("runde"), on_delete=models.PROTECT,
                              related_name="conversations")
    employee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"), on_delete=models.PROTECT,
                                 related_name="mus_conversations")
    manager = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("leder"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="mus_conversations_held")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NOT_SCHEDULED)
    scheduled_at = models.DateTimeField(_("tidspunkt"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("varighed (minutter)"), default=60, validators=[MinValueValidator(15), MaxValueValidator(480)])
    place = models.CharField(_("sted"), max_length=200, blank=True)
    invitation_sequence = models.PositiveSmallIntegerField(default=0, editable=False)
    employee_prepared_at = models.DateTimeField(_("medarbejderen forberedt"), null=True, blank=True)
    manager_prepared_at = models.DateTimeField(_("lederen forberedt"), null=True, blank=True)
    summary = models.TextField(_("referat"), blank=True, max_length=20000)
    summary_version = models.PositiveIntegerField(default=0, editable=False)
    held_at = models.DateTimeField(_("markeret som afholdt"), null=True, blank=True)
    employee_response = models.CharField(_("medarbejderens svar"), max_length=20, choices=Response.choices,
                                         default=Response.NONE, blank=True)
    employee_comment = models.TextField(_("medarbejderens kommentar"), blank=True, max_length=4000)
    responded_at = models.DateTimeField(_("besvaret"), null=True, blank=True)
    shared_with_hr = models.BooleanField(_("delt med HR"), default=False)
    closed_at = models.DateTimeField(_("afsluttet"), null=True, blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()
    objects = ConversationQuerySet.as_manager()

    class Meta:
        ordering = ["round", "employee__first_name", "employee__last_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "employee"], name="mus_conversation_once_per_round"),
        ]
        verbose_name = _("MUS-samtale")
        verbose_name_plural = _("MUS-samtaler")

    def __str__(self):
        # No content here: this text appears in the admin and in logs.
        return f"MUS {self.round.year}: {self.employee}"

    def get_absolute_url(self):
        return reverse("mus:conversation", args=[self.pk])

    # --- Who does what (the caller has loaded the conversation through visible_to) -------------

    def is_employee(self, user):
        return user.pk == self.employee_id

    def is_manager(self, user):
        return self.manager_id is not None and user.pk == self.manager_id

    def is_party(self, user):
        return self.is_employee(user) or self.is_manager(user)

    def audience_of(self, user):
        if self.is_employee(user):
            return Audience.EMPLOYEE
        if self.is_manager(user):
            return Audience.MANAGER
        return None

    @property
    def is_open(self):
        return self.status != Status.CLOSED

    @property
    def before_meeting(self):
        return self.status in BEFORE_MEETING

    @property
    def summary_editable(self):
        """The summary is written after the meeting and stays open until the employee answers."""
        return self.status in (*BEFORE_MEETING, Status.HELD) and not self.employee_response

    @property
    def plan_editable(self):
        return self.status != Status.CLOSED

    # --- Status transitions: each checks its rule and says no in Danish ------------------------

    def check_schedulable(self, when):
        if not self.before_meeting:
            raise ValidationError(_("Samtalen er allerede afholdt og kan ikke flyttes."))
        employee = self.employee
        if not employee.is_active or (employee.end_date and employee.end_date < timezone.localdate()):
            raise ValidationError(_("%(name)s er fratrådt; samtalen kan ikke planlægges.") % {"name": employee})
        if when is None:
            raise ValidationError({"date": _("Angiv dato og klokkeslæt.")})
        if when <= timezone.now():
            raise ValidationError({"date": _("Tidspunktet ligger i fortiden. Vælg et tidspunkt efter nu.")})

    def schedule(self, when, place, duration_minutes=None):
        self.check_schedulable(when)
        self.scheduled_at = when
        self.place = place
        if duration_minutes:
            self.duration_minutes = duration_minutes
        self.invitation_sequence = self.invitation_sequence + 1 if self.status != Status.NOT_SCHEDULED else 0
        if self.status == Status.NOT_SCHEDULED:
            self.status = Status.SCHEDULED

    def mark_prepared(self, user):
        if not self.before_meeting:
            raise ValidationError(_("Samtalen er allerede afholdt."))
        now = timezone.now()
        if self.is_employee(user):
            self.employee_prepared_at = now
        elif self.is_manager(user):
            self.manager_prepared_at = now
        if self.status == Status.SCHEDULED and self.employee_prepared_at and self.manager_prepared_at:
            self.status = Status.PREPARED

    def hold(self):
        """The manager marks the conversation held; the summary must be written."""
        if self.status == Status.NOT_SCHEDULED or self.scheduled_at is None:
            raise ValidationError(_("Samtalen er ikke planlagt endnu; planlæg den, før den markeres som afholdt."))
        if not self.before_meeting:
            raise ValidationError(_("Samtalen er allerede markeret som afholdt."))
        if not self.summary.strip():
            raise ValidationError({"summary": _("Skriv et referat, før samtalen markeres som afholdt.")})
        self.status = Status.HELD
        self.held_at = timezone.now()

    def respond(self, response, comment=""):
        """The employee confirms the summary, or confirms it with a comment."""
        if self.status != Status.HELD or self.employee_response:
            raise ValidationError(_("Referatet kan kun bekræftes én gang, efter samtalen er afholdt."))
        if response == self.Response.COMMENTED and not comment.strip():
            raise ValidationError({"comment": _("Skriv din kommentar til referatet.")})
        if response not in (self.Response.CONFIRMED, self.Response.COMMENTED):
            raise ValidationError(_("Vælg, om du bekræfter referatet."))
        self.employee_response = response
        self.employee_comment = comment.strip() if response == self.Response.COMMENTED else ""
        self.responded_at = timezone.now()
        self.status = Status.FOLLOW_UP

    def close(self, goals):
        if self.status != Status.FOLLOW_UP:
            raise ValidationError(_("Samtalen kan først afsluttes, når referatet er bekræftet."))
        if any(goal.status in (Goal.Status.AGREED, Goal.Status.IN_PROGRESS)
               or (goal.status == Goal.Status.DONE and not goal.outcome.strip()) for goal in goals):
            raise ValidationError(_("Følg op på alle mål i udviklingsplanen, før samtalen afsluttes."))
        self.status = Status.CLOSED
        self.closed_at = timezone.now()

    @property
    def ends_at(self):
        if self.scheduled_at is None:
            return None
        return self.scheduled_at + timedelta(minutes=self.duration_minutes)


class AnswerQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(conversation__in=Conversation.objects.visible_to(user).values("pk"))


class Answer(models.Model):
    """One party's answer to one preparation question."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(RoundQuestion, verbose_name=_("spørgsmål"), on_delete=models.PROTECT,
                                 related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("skrevet af"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("svar"), blank=True, max_length=8000)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()
    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["question__audience", "question__order", "question__pk", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["conversation", "question"], name="mus_answer_once_per_question"),
        ]
        verbose_name = _("svar")
        verbose_name_plural = _("svar")

    def __str__(self):
        return f"Svar {self.pk}"


class GoalQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(conversation__in=Conversation.objects.visible_to(user).values("pk"))


class Goal(models.Model):
    """A goal of the development plan agreed in the conversation, and its follow-up: what the
    employee got out of it and how it is used in daily work."""

    class Status(models.TextChoices):
        AGREED = "aftalt", _("Aftalt")
        IN_PROGRESS = "i_gang", _("I gang")
        DONE = "gennemfoert", _("Gennemført")
        DROPPED = "droppet", _("Droppet")

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="goals")
    competence = models.ForeignKey("competences.Competence", verbose_name=_("kompetence"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="mus_goals")
    activity = models.ForeignKey("competences.DevelopmentActivity", verbose_name=_("aktivitet fra kataloget"),
                                 null=True, blank=True, on_delete=models.PROTECT, related_name="mus_goals")
    free_text = models.TextField(_("mål og aktivitet med egne ord"), blank=True, max_length=2000)
    due_date = models.DateField(_("gennemføres senest"))
    follow_up_date = models.DateField(_("opfølgning"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.AGREED)
    outcome = models.TextField(_("hvad fik medarbejderen ud af det"), blank=True, max_length=4000)
    use_in_daily_work = models.TextField(_("hvordan bruges det i det daglige arbejde"), blank=True,
                                         max_length=4000)
    followed_up_at = models.DateTimeField(_("fulgt op"), null=True, blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()
    objects = GoalQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("mål i udviklingsplan")
        verbose_name_plural = _("mål i udviklingsplaner")

    def __str__(self):
        return f"Mål {self.pk}"

    @property
    def title(self):
        if self.activity_id:
            return self.activity.title
        return self.free_text.splitlines()[0][:120] if self.free_text.strip() else "–"

    @property
    def is_overdue(self):
        return (self.status in (Goal.Status.AGREED, Goal.Status.IN_PROGRESS)
                and self.follow_up_date < timezone.localdate())
