"""The recruitment guide (rekrutteringsguide), recruitment cases and their candidates.

Who may see what is answered here and only here: `RecruitmentCase.objects.visible_to(user)`
(HR, the hiring manager and the hiring committee; the same people see the candidates),
`RecruitmentCase.can_edit(user)` (HR and the hiring manager), `RecruitmentCase.hiring_managers_for`
(who may be named hiring manager) and `case.internal_applicants(user)` (whom a hire may move into
the case's unit and under its hiring manager).
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from obb.dates import add_months
from obb.history import HistoricalRecords

RETENTION_MONTHS = 6
ANONYMISED_NAME = "Anonymiseret ansøger"
ANONYMISED_TEXT = "[Anonymiseret]"


class GuideStep(models.Model):
    """One step of the recruitment guide, maintained by HR. New cases copy the active steps."""

    order = models.PositiveIntegerField(_("rækkefølge"), default=0)
    title = models.CharField(_("trin"), max_length=120)
    text = models.TextField(_("vejledning"), blank=True)
    offset_days = models.SmallIntegerField(
        _("standardfrist (dage i forhold til ansøgningsfristen)"), default=0,
        help_text=_("Negativt tal: dage før ansøgningsfristen; positivt: dage efter."),
    )
    is_active = models.BooleanField(_("i brug"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("trin i rekrutteringsguiden")
        verbose_name_plural = _("rekrutteringsguidens trin")

    def __str__(self):
        return self.title

    @property
    def offset_display(self):
        if self.offset_days == 0:
            return _("på ansøgningsfristen")
        if self.offset_days < 0:
            return ngettext("%(n)s dag før ansøgningsfristen", "%(n)s dage før ansøgningsfristen",
                            -self.offset_days) % {"n": -self.offset_days}
        return ngettext("%(n)s dag efter ansøgningsfristen", "%(n)s dage efter ansøgningsfristen",
                        self.offset_days) % {"n": self.offset_days}


class RecruitmentCaseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """HR: every case; otherwise the cases where `user` is hiring manager or on the committee."""
        if not user.is_authenticated:
            return self.none()
        if user.is_hr:
            return self
        return self.filter(models.Q(hiring_manager=user) | models.Q(committee=user)).distinct()

    def open(self):
        return self.filter(status=RecruitmentCase.Status.OPEN)

    def with_progress(self):
        return self.select_related("unit", "hiring_manager").annotate(
            step_count=models.Count("steps", distinct=True),
            steps_done=models.Count("steps", filter=models.Q(steps__done_at__isnull=False), distinct=True),
            candidate_count=models.Count("candidates", distinct=True),
        )


class RecruitmentCase(models.Model):
    class Status(models.TextChoices):
        OPEN = "aaben", _("Åben")
        CLOSED = "lukket", _("Lukket")

    unit = models.ForeignKey("obb.Unit", verbose_name=_("enhed"), on_delete=models.PROTECT,
                             related_name="recruitment_cases")
    title = models.CharField(_("stillingsbetegnelse"), max_length=150)
    hiring_manager = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ansættende leder"),
                                       on_delete=models.PROTECT, related_name="recruitment_cases")
    committee = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("ansættelsesudvalg"), blank=True,
                                       related_name="recruitment_committees")
    application_deadline = models.DateField(_("ansøgningsfrist"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN,
                              db_index=True)
    closed_at = models.DateTimeField(_("lukket"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)

    history = HistoricalRecords(m2m_fields=[committee])
    objects = RecruitmentCaseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("rekrutteringssag")
        verbose_name_plural = _("rekrutteringssager")

    def __str__(self):
        return f"{self.title}, {self.unit}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    def can_view(self, user):
        if not user.is_authenticated:
            return False
        return user.is_hr or user.pk == self.hiring_manager_id or self.committee.filter(pk=user.pk).exists()

    def can_edit(self, user):
        """Change the case, tick steps, register candidates, hire: HR and the hiring manager."""
        return user.is_authenticated and (user.is_hr or user.pk == self.hiring_manager_id)

    @staticmethod
    def hiring_managers_for(user, unit=None):
        """Who `user` may name hiring manager of a case in `unit`: current staff with the manager
        role. HR may name any of them; a manager only the leader of `unit` or of a unit above it
        (without `unit`: above any unit they lead), since the hiring manager becomes the new
        hire's manager and reads the candidates."""
        from obb.models import Unit, User
        from obb.roles import GROUP_NAMES, Role

        managers = User.objects.current().filter(groups__name=GROUP_NAMES[Role.MANAGER])
        if user.is_hr:
            return managers
        if unit is not None:
            units = [unit]
        elif user.is_manager:
            units = Unit.objects.filter(pk__in=user.authority_unit_ids).only("path")
        else:
            return managers.none()
        line = {int(part) for each in units for part in each.path.strip("/").split("/") if part}
        return managers.filter(pk__in=Unit.objects.filter(pk__in=line, manager__isnull=False).values("manager"))

    def internal_applicants(self, user):
        """The current staff `user` may hire into this case as an internal applicant. Hiring one
        moves them to the case's unit, job title and hiring manager, and with the manager their
        open MUS conversation, so moving someone from another manager is HR's decision: HR may
        choose anyone, the hiring manager only staff they already manage. Never the hiring
        manager themselves."""
        from obb.models import User

        if not self.can_edit(user):
            return User.objects.none()
        staff = User.objects.current().exclude(pk=self.hiring_manager_id)
        if user.is_hr:
            return staff
        return staff.filter(pk__in=user.managed_staff().values("pk"))

    @property
    def anonymise_on(self):
        """The day the candidates' personal data is anonymised: 6 months after closing."""
        if self.closed_at is None:
            return None
        return add_months(timezone.localdate(self.closed_at), RETENTION_MONTHS)

    def step_due_date(self, offset_days):
        return self.application_deadline + timedelta(days=offset_days)


class CaseStep(models.Model):
    """A step of one case's checklist, copied from the guide when the case was created."""

    case = models.ForeignKey(RecruitmentCase, verbose_name=_("rekrutteringssag"), on_delete=models.CASCADE,
                             related_name="steps")
    guide_step = models.ForeignKey(GuideStep, verbose_name=_("trin i guiden"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="case_steps")
    order = models.PositiveIntegerField(_("rækkefølge"), default=0)
    title = models.CharField(_("trin"), max_length=120)
    text = models.TextField(_("vejledning"), blank=True)
    offset_days = models.SmallIntegerField(_("frist (dage i forhold til ansøgningsfristen)"), default=0)
    due_date = models.DateField(_("frist"))
    done_at = models.DateTimeField(_("udført"), null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("udført af"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()

    class Meta:
        ordering = ["case", "order", "pk"]
        verbose_name = _("trin i en rekrutteringssag")
        verbose_name_plural = _("trin i rekrutteringssager")

    def __str__(self):
        return self.title

    @property
    def is_overdue(self):
        return self.done_at is None and self.due_date < timezone.localdate()


class Candidate(models.Model):
    class Status(models.TextChoices):
        APPLIED = "ansoegt", _("Ansøgt")
        INTERVIEW = "samtale", _("Inviteret til samtale")
        SECOND_INTERVIEW = "samtale2", _("Inviteret til 2. samtale")
        OFFERED = "tilbudt", _("Tilbudt stillingen")
        HIRED = "ansat", _("Ansat")
        REJECTED = "afslag", _("Afslag")
        WITHDRAWN = "trukket", _("Trukket tilbage")

    case = models.ForeignKey(RecruitmentCase, verbose_name=_("rekrutteringssag"), on_delete=models.CASCADE,
                             related_name="candidates")
    name = models.CharField(_("navn"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.APPLIED,
                              db_index=True)
    offer_date = models.DateField(_("dato for tilbud"), null=True, blank=True)
    hired_user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ansat som"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    onboarding = models.ForeignKey("onboarding.Onboarding", verbose_name=_("onboardingforløb"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+")
    hired_at = models.DateTimeField(_("ansat den"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymiseret"), null=True, blank=True)
    created_at = models.DateTimeField(_("registreret"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["case", "name", "pk"]
        verbose_name = _("kandidat")
        verbose_name_plural = _("kandidater")

    def __str__(self):
        return self.name


class CandidateNote(models.Model):
    """A note by a member of the hiring committee about a candidate."""

    candidate = models.ForeignKey(Candidate, verbose_name=_("kandidat"), on_delete=models.CASCADE,
                                  related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("forfatter"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("skrevet"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["candidate", "created_at", "pk"]
        verbose_name = _("note om kandidat")
        verbose_name_plural = _("noter om kandidater")

    def __str__(self):
        return f"{self.candidate} – {self.created_at:%d.%m.%Y}"
