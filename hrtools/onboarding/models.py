"""Onboarding: templates of tasks, and the checklist each new hire gets from one.

Who may see and tick what is answered here and only here: `Onboarding.objects.visible_to`,
`Onboarding.can_view/can_manage`, `OnboardingTask.objects.visible_to/responsible_for` and
`OnboardingTask.can_tick`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from hrtools.onboarding.dates import add_offset, off_weekend
from obb.dates import add_months
from obb.history import HistoricalRecords

# The unit whose members, besides HR, may tick the IT tasks (a unit slug; see docs/onboarding.md).
DEFAULT_IT_UNIT_SLUG = "digital-udvikling"


def it_unit_ids():
    from obb.models import Unit

    slug = getattr(settings, "ONBOARDING_IT_UNIT_SLUG", DEFAULT_IT_UNIT_SLUG)
    unit = Unit.objects.filter(slug=slug).first() if slug else None
    return set(unit.subtree().values_list("pk", flat=True)) if unit else set()


def is_it_member(user):
    if not user.is_authenticated:
        return False
    cache = user.__dict__
    if "_onboarding_is_it" not in cache:
        cache["_onboarding_is_it"] = user.unit_id is not None and user.unit_id in it_unit_ids()
    return cache["_onboarding_is_it"]


class Phase(models.TextChoices):
    BEFORE = "foer", _("Før første dag")
    DAY_ONE = "dag1", _("Første dag")
    WEEK_ONE = "uge1", _("Første uge")
    MONTH_ONE = "maaned1", _("Første måned")
    MONTHS_2_3 = "maaned2_3", _("2.–3. måned")


PHASE_ORDER = {phase: index for index, phase in enumerate(Phase.values)}

# The offsets (in days from the first day) each phase allows; months count as 30 days here.
PHASE_RANGES = {
    Phase.BEFORE: (None, -1),
    Phase.DAY_ONE: (0, 0),
    Phase.WEEK_ONE: (0, 7),
    Phase.MONTH_ONE: (0, 31),
    Phase.MONTHS_2_3: (28, 92),
}


class Dimension(models.TextChoices):
    PROFESSIONAL = "faglig", _("Faglig")
    ORGANISATIONAL = "organisatorisk", _("Organisatorisk")
    CULTURAL = "kulturel", _("Kulturel")


class Responsible(models.TextChoices):
    MANAGER = "leder", _("Leder")
    MENTOR = "mentor", _("Mentor")
    HR = "hr", _("HR")
    IT = "it", _("IT")
    NEW_HIRE = "nyansat", _("Den nyansatte")


class OffsetUnit(models.TextChoices):
    DAYS = "dage", _("dage")
    WEEKS = "uger", _("uger")
    MONTHS = "maaneder", _("måneder")


SINGULAR_UNITS = {OffsetUnit.DAYS: _("dag"), OffsetUnit.WEEKS: _("uge"), OffsetUnit.MONTHS: _("måned")}


def validate_phase_offset(phase, amount, unit):
    """Raise a Danish ValidationError (on `offset_amount`) when the offset does not fit the phase."""
    if phase not in PHASE_RANGES or amount is None or unit is None:
        return
    days = amount * {OffsetUnit.DAYS: 1, OffsetUnit.WEEKS: 7, OffsetUnit.MONTHS: 30}.get(unit, 1)
    low, high = PHASE_RANGES[phase]
    label = Phase(phase).label
    if phase == Phase.BEFORE:
        if days >= 0:
            raise ValidationError({"offset_amount": _(
                "En opgave i fasen »Før første dag« skal have frist før første arbejdsdag: "
                "angiv et negativt antal (fx -5 dage)."
            )})
        return
    if days < 0:
        raise ValidationError({"offset_amount": _(
            "En opgave i fasen »%(phase)s« kan ikke have frist før første arbejdsdag. "
            "Vælg fasen »Før første dag«, eller angiv et positivt antal."
        ) % {"phase": label}})
    if not low <= days <= high:
        raise ValidationError({"offset_amount": _(
            "En opgave i fasen »%(phase)s« skal have frist mellem %(low)s og %(high)s dage efter "
            "første arbejdsdag."
        ) % {"phase": label, "low": low, "high": high}})


def compute_due_date(start_date, phase, amount, unit):
    """The due date of a task: start date + offset, moved off the weekend (see dates.py)."""
    return off_weekend(add_offset(start_date, amount, unit), backwards=phase == Phase.BEFORE)


# --- Templates ---------------------------------------------------------------------------


class OnboardingTemplateQuerySet(models.QuerySet):
    def for_unit(self, unit):
        """The template for a new hire in `unit`: the nearest one up the unit tree, else the
        default template (one without a unit). None when there is neither."""
        templates = list(self.filter(is_active=True).select_related("unit"))
        if unit is not None:
            ancestor_ids = [int(part) for part in unit.path.strip("/").split("/") if part]
            depth = {unit_id: index for index, unit_id in enumerate(ancestor_ids)}
            candidates = [t for t in templates if t.unit_id in depth]
            if candidates:
                return max(candidates, key=lambda t: (depth[t.unit_id], -t.pk))
        defaults = [t for t in templates if t.unit_id is None]
        return min(defaults, key=lambda t: t.pk) if defaults else None


class OnboardingTemplate(models.Model):
    name = models.CharField(_("navn"), max_length=150)
    unit = models.ForeignKey("obb.Unit", verbose_name=_("enhed"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="onboarding_templates",
                             help_text=_("Skabelonen bruges for nyansatte i enheden og enhederne under den. "
                                         "Uden enhed er det standardskabelonen."))
    description = models.TextField(_("beskrivelse"), blank=True)
    is_active = models.BooleanField(_("i brug"), default=True)

    history = HistoricalRecords()
    objects = OnboardingTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("onboardingskabelon")
        verbose_name_plural = _("onboardingskabeloner")

    def __str__(self):
        return self.name


class TemplateTask(models.Model):
    template = models.ForeignKey(OnboardingTemplate, verbose_name=_("skabelon"), on_delete=models.CASCADE,
                                 related_name="tasks")
    title = models.CharField(_("opgave"), max_length=200)
    description = models.TextField(_("beskrivelse"), blank=True)
    phase = models.CharField(_("fase"), max_length=12, choices=Phase.choices)
    dimension = models.CharField(_("dimension"), max_length=20, choices=Dimension.choices)
    responsible = models.CharField(_("ansvarlig"), max_length=10, choices=Responsible.choices)
    offset_amount = models.SmallIntegerField(
        _("frist i forhold til første arbejdsdag"),
        help_text=_("Antal dage, uger eller måneder efter første arbejdsdag (negativt tal: før)."),
    )
    offset_unit = models.CharField(_("enhed for frist"), max_length=10, choices=OffsetUnit.choices,
                                   default=OffsetUnit.DAYS)
    order = models.PositiveIntegerField(_("rækkefølge"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["template", "order", "pk"]
        verbose_name = _("skabelonopgave")
        verbose_name_plural = _("skabelonopgaver")

    def __str__(self):
        return self.title

    @property
    def phase_rank(self):
        return PHASE_ORDER.get(self.phase, 0)

    @property
    def offset_display(self):
        if self.offset_amount == 0:
            return _("første arbejdsdag")
        n = abs(self.offset_amount)
        unit = OffsetUnit(self.offset_unit).label if n != 1 else SINGULAR_UNITS[self.offset_unit]
        if self.offset_amount < 0:
            return _("%(n)s %(unit)s før") % {"n": n, "unit": unit}
        return _("%(n)s %(unit)s efter") % {"n": n, "unit": unit}

    def clean(self):
        validate_phase_offset(self.phase, self.offset_amount, self.offset_unit)

    def due_date_for(self, start_date):
        return compute_due_date(start_date, self.phase, self.offset_amount, self.offset_unit)


# --- A new hire's onboarding ---------------------------------------------------------------


class OnboardingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """HR: every onboarding; the new hire: their own; the mentor: the one they mentor;
        a manager: those of the staff they manage (and those where they are the manager)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_hr:
            return self
        condition = models.Q(new_hire=user) | models.Q(mentor=user) | models.Q(manager=user)
        if user.is_manager:
            condition |= models.Q(new_hire__manager=user) | models.Q(unit__in=user.authority_unit_ids)
        return self.filter(condition)

    def managed_by(self, user):
        """The onboardings `user` sees in the overview: HR all, a manager their own staff's."""
        if not user.is_authenticated:
            return self.none()
        if user.is_hr:
            return self
        if user.is_manager:
            return self.filter(models.Q(manager=user) | models.Q(new_hire__manager=user)
                               | models.Q(unit__in=user.authority_unit_ids))
        return self.none()

    def open(self):
        return self.filter(closed_at__isnull=True)

    def with_progress(self):
        today = timezone.localdate()
        return self.select_related("new_hire", "manager", "mentor", "unit").annotate(
            task_count=models.Count("tasks", distinct=True),
            done_count=models.Count("tasks", filter=models.Q(tasks__done_at__isnull=False), distinct=True),
            overdue_count=models.Count(
                "tasks", filter=models.Q(tasks__done_at__isnull=True, tasks__due_date__lt=today), distinct=True
            ),
        )


class Onboarding(models.Model):
    new_hire = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("nyansat"), on_delete=models.PROTECT,
                                 related_name="onboardings")
    unit = models.ForeignKey("obb.Unit", verbose_name=_("enhed"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="onboardings")
    manager = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("leder"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="onboardings_as_manager")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("mentor"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="mentees")
    start_date = models.DateField(_("første arbejdsdag"))
    template = models.ForeignKey(OnboardingTemplate, verbose_name=_("skabelon"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="onboardings")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    closed_at = models.DateTimeField(_("afsluttet"), null=True, blank=True)

    history = HistoricalRecords()
    objects = OnboardingQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("onboardingforløb")
        verbose_name_plural = _("onboardingforløb")

    def __str__(self):
        return _("Onboarding af %(name)s") % {"name": self.new_hire}

    def clean(self):
        if self.mentor_id and self.mentor_id == self.new_hire_id:
            raise ValidationError({"mentor": _("Den nyansatte kan ikke være sin egen mentor.")})

    def can_view(self, user):
        if not user.is_authenticated:
            return False
        if user.is_hr or user.pk in (self.new_hire_id, self.mentor_id, self.manager_id):
            return True
        return user.is_manager and (self.new_hire.manager_id == user.pk or self.unit_id in user.authority_unit_ids)

    def can_manage(self, user):
        """Assign the mentor, close the programme: HR and the hire's manager(s)."""
        if not user.is_authenticated:
            return False
        if user.is_hr:
            return True
        return user.is_manager and user.pk != self.new_hire_id and (
            self.manager_id == user.pk or self.new_hire.manager_id == user.pk
            or self.unit_id in user.authority_unit_ids
        )

    @property
    def evaluation_date(self):
        """Three months after the first day: when the new hire and the manager evaluate."""
        return add_months(self.start_date, 3)

    @property
    def evaluation_open(self):
        from datetime import timedelta

        return timezone.localdate() >= self.evaluation_date - timedelta(days=14)

    def evaluation_role_of(self, user):
        if user.pk == self.new_hire_id:
            return OnboardingEvaluation.Author.NEW_HIRE
        if user.pk == self.manager_id:
            return OnboardingEvaluation.Author.MANAGER
        return None

    def can_see_evaluations(self, user):
        return user.is_hr or user.pk in (self.new_hire_id, self.manager_id)


class OnboardingTaskQuerySet(models.QuerySet):
    def _responsible_condition(self, user):
        condition = (
            models.Q(responsible=Responsible.MANAGER, onboarding__manager=user)
            | models.Q(responsible=Responsible.MENTOR, onboarding__mentor=user)
            | models.Q(responsible=Responsible.NEW_HIRE, onboarding__new_hire=user)
        )
        if user.is_hr:
            condition |= models.Q(responsible__in=[Responsible.HR, Responsible.IT])
        elif is_it_member(user):
            condition |= models.Q(responsible=Responsible.IT)
        return condition

    def responsible_for(self, user):
        """The tasks `user` is to do (and may tick), in open onboardings."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(self._responsible_condition(user), onboarding__closed_at__isnull=True)

    def visible_to(self, user):
        """Tasks of the onboardings `user` may see, and the tasks `user` is responsible for."""
        if not user.is_authenticated:
            return self.none()
        visible = Onboarding.objects.visible_to(user).values("pk")
        return self.filter(models.Q(onboarding__in=visible) | self._responsible_condition(user))

    def open(self):
        return self.filter(done_at__isnull=True)

    def overdue(self, today=None):
        return self.open().filter(due_date__lt=today or timezone.localdate())


class OnboardingTask(models.Model):
    onboarding = models.ForeignKey(Onboarding, verbose_name=_("onboardingforløb"), on_delete=models.CASCADE,
                                   related_name="tasks")
    title = models.CharField(_("opgave"), max_length=200)
    description = models.TextField(_("beskrivelse"), blank=True)
    phase = models.CharField(_("fase"), max_length=12, choices=Phase.choices)
    dimension = models.CharField(_("dimension"), max_length=20, choices=Dimension.choices)
    responsible = models.CharField(_("ansvarlig"), max_length=10, choices=Responsible.choices)
    due_date = models.DateField(_("frist"))
    order = models.PositiveIntegerField(_("rækkefølge"), default=0)
    done_at = models.DateTimeField(_("udført"), null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("udført af"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()
    objects = OnboardingTaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "order", "pk"]
        indexes = [models.Index(fields=["due_date", "done_at"], name="onboarding_task_due")]
        verbose_name = _("onboardingopgave")
        verbose_name_plural = _("onboardingopgaver")

    def __str__(self):
        return self.title

    def clean(self):
        if self.due_date and self.onboarding_id and self.phase and self.phase != Phase.BEFORE:
            if self.due_date < self.onboarding.start_date:
                raise ValidationError({"due_date": _(
                    "En opgave i fasen »%(phase)s« kan ikke have frist før første arbejdsdag (%(start)s)."
                ) % {"phase": Phase(self.phase).label, "start": date_format(self.onboarding.start_date)}})

    @property
    def is_done(self):
        return self.done_at is not None

    @property
    def is_overdue(self):
        return self.done_at is None and self.due_date < timezone.localdate()

    def can_tick(self, user):
        """Only the person (or role) responsible for the task may tick it."""
        if not user.is_authenticated or self.onboarding.closed_at is not None:
            return False
        match self.responsible:
            case Responsible.MANAGER:
                return user.pk == self.onboarding.manager_id
            case Responsible.MENTOR:
                return user.pk == self.onboarding.mentor_id
            case Responsible.NEW_HIRE:
                return user.pk == self.onboarding.new_hire_id
            case Responsible.HR:
                return user.is_hr
            case Responsible.IT:
                return user.is_hr or is_it_member(user)
        return False


class OnboardingEvaluation(models.Model):
    """The short evaluation at three months, one by the new hire and one by the manager."""

    class Author(models.TextChoices):
        NEW_HIRE = "nyansat", _("Den nyansatte")
        MANAGER = "leder", _("Lederen")

    class Rating(models.IntegerChoices):
        POOR = 1, _("1 – Dårligt")
        FAIR = 2, _("2 – Mindre godt")
        GOOD = 3, _("3 – Godt")
        VERY_GOOD = 4, _("4 – Rigtig godt")
        EXCELLENT = 5, _("5 – Fremragende")

    onboarding = models.ForeignKey(Onboarding, verbose_name=_("onboardingforløb"), on_delete=models.CASCADE,
                                   related_name="evaluations")
    author_role = models.CharField(_("evalueret af"), max_length=10, choices=Author.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("forfatter"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    rating = models.PositiveSmallIntegerField(_("samlet vurdering af introduktionen"), choices=Rating.choices)
    went_well = models.TextField(_("hvad fungerede godt?"), blank=True)
    to_improve = models.TextField(_("hvad kunne have været bedre?"), blank=True)
    submitted_at = models.DateTimeField(_("afgivet"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["onboarding", "author_role"]
        constraints = [models.UniqueConstraint(fields=["onboarding", "author_role"],
                                               name="onboarding_one_evaluation_per_role")]
        verbose_name = _("evaluering")
        verbose_name_plural = _("evalueringer")

    def __str__(self):
        return f"{self.onboarding} – {self.get_author_role_display()}"
