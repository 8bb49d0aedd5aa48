"""Kompetencespejl, karrieremodel (OBIB Karriereveje) and the catalogue of development activities.

Who may see what is decided here, once per object type: `Assessment.objects.visible_to`,
`mirror_subjects` (whose mirror a user may open), `aggregate_units` (which units' aggregates a
user may see) and `can_maintain` (who keeps the shared content: HR and administrators).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords
from obb.models import Unit, User
from obb.validators import year_validators


class Level(models.IntegerChoices):
    """The five levels of the kompetencespejl, used for assessments and profiles alike."""

    BEGINNER = 1, _("1 – Begynder")
    BASIC = 2, _("2 – Let øvet")
    PRACTISED = 3, _("3 – Øvet")
    EXPERIENCED = 4, _("4 – Erfaren")
    EXPERT = 5, _("5 – Ekspert")


LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


def can_maintain(user):
    """HR and administrators keep the competences, profiles, career tracks and the catalogue."""
    return user.is_authenticated and (user.is_hr or user.is_administrator)


def mirror_subjects(user):
    """The people whose kompetencespejl `user` may open: themselves and the staff they manage
    (down the unit tree). HR and leadership get nothing extra here: they see aggregates."""
    if not user.is_authenticated:
        return User.objects.none()
    return User.objects.filter(Q(pk=user.pk) | Q(pk__in=user.managed_staff().values("pk")))


def aggregate_units(user):
    """The units whose aggregated competence gaps `user` may see: every unit for HR and
    leadership, the units they lead (and below) for managers, none for others."""
    units = Unit.objects.filter(is_active=True)
    if user.is_hr or user.is_leadership:
        return units
    if user.is_manager:
        return units.filter(pk__in=user.authority_unit_ids)
    return units.none()


class Competence(models.Model):
    """A competence the future library employee needs, serving one or more pejlemærker."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    slug = models.SlugField(_("kort navn"), max_length=80, unique=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    pejlemaerker = models.ManyToManyField(
        "strategy.Pejlemaerke", verbose_name=_("pejlemærker"), blank=True, related_name="competences",
        help_text=_("De pejlemærker i strategien, som kompetencen understøtter."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    is_active = models.BooleanField(_("i brug"), default=True)

    history = HistoricalRecords(m2m_fields=[pejlemaerker])

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("kompetence")
        verbose_name_plural = _("kompetencer")

    def __str__(self):
        return self.name


class JobFamily(models.Model):
    """A group of job titles that share a desired profile, e.g. *Bibliotekar*."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    job_titles = models.TextField(
        _("stillingsbetegnelser"), blank=True,
        help_text=_("Én stillingsbetegnelse pr. linje; medarbejdere med en af dem hører til jobfamilien."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("jobfamilie")
        verbose_name_plural = _("jobfamilier")

    def __str__(self):
        return self.name

    def title_set(self):
        return {line.strip().casefold() for line in self.job_titles.splitlines() if line.strip()}


class ProfileQuerySet(models.QuerySet):
    def resolver(self):
        """A function employee -> Profile (or None) that answers from one query for any number of
        employees: the profile of the nearest unit up the tree wins, else the job family's."""
        profiles = list(self.select_related("unit", "job_family").prefetch_related("levels"))
        by_unit = {p.unit_id: p for p in profiles if p.unit_id}
        by_title = {}
        for profile in profiles:
            if profile.job_family_id:
                for title in profile.job_family.title_set():
                    by_title.setdefault(title, profile)
        unit_paths = dict(Unit.objects.filter(pk__in=by_unit).values_list("pk", "path")) if by_unit else {}
        by_path = {path: by_unit[pk] for pk, path in unit_paths.items()}

        def resolve(employee):
            unit = getattr(employee, "unit", None)
            if unit is not None and by_path:
                ids = [part for part in unit.path.strip("/").split("/") if part]
                for depth in range(len(ids), 0, -1):
                    profile = by_path.get("/" + "/".join(ids[:depth]) + "/")
                    if profile is not None:
                        return profile
            return by_title.get((employee.job_title or "").strip().casefold())

        return resolve


class Profile(models.Model):
    """The desired level per competence for a unit or for a job family."""

    name = models.CharField(_("navn"), max_length=160)
    unit = models.OneToOneField(
        "obb.Unit", verbose_name=_("enhed"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="competence_profile",
    )
    job_family = models.OneToOneField(
        JobFamily, verbose_name=_("jobfamilie"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="profile",
    )
    description = models.TextField(_("beskrivelse"), blank=True)

    history = HistoricalRecords()
    objects = ProfileQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit__isnull=False, job_family__isnull=True)
                           | Q(unit__isnull=True, job_family__isnull=False)),
                name="competences_profile_unit_xor_family",
                violation_error_message=_("En profil gælder enten en enhed eller en jobfamilie."),
            ),
        ]
        verbose_name = _("kompetenceprofil")
        verbose_name_plural = _("kompetenceprofiler")

    def __str__(self):
        return self.name

    @classmethod
    def for_employee(cls, employee):
        return cls.objects.all().resolver()(employee)

    def level_map(self):
        return {level.competence_id: level.level for level in self.levels.all()}


class ProfileLevel(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="levels")
    competence = models.ForeignKey(Competence, verbose_name=_("kompetence"), on_delete=models.CASCADE,
                                   related_name="profile_levels")
    level = models.PositiveSmallIntegerField(_("ønsket niveau"), choices=Level.choices, validators=LEVEL_VALIDATORS)

    history = HistoricalRecords()

    class Meta:
        ordering = ["profile", "competence__order", "competence__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "competence"], name="competences_profilelevel_unique"),
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=5), name="competences_profilelevel_1_5"),
        ]
        verbose_name = _("niveau i profil")
        verbose_name_plural = _("niveauer i profil")

    def __str__(self):
        return f"{self.profile}: {self.competence} {self.level}"


class AssessmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Assessments of the people whose mirror `user` may open (see `mirror_subjects`)."""
        return self.filter(employee__in=mirror_subjects(user).values("pk"))


class Assessment(models.Model):
    """One person's assessment of one employee's level in one competence for one year: the
    employee's own (self) or their manager's. One of each kind per competence per year."""

    class Kind(models.TextChoices):
        SELF = "selv", _("Egen vurdering")
        MANAGER = "leder", _("Leders vurdering")

    employee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"), on_delete=models.CASCADE,
                                 related_name="competence_assessments")
    competence = models.ForeignKey(Competence, verbose_name=_("kompetence"), on_delete=models.PROTECT,
                                   related_name="assessments")
    year = models.PositiveSmallIntegerField(_("år"), validators=year_validators())
    kind = models.CharField(_("vurdering"), max_length=10, choices=Kind.choices)
    level = models.PositiveSmallIntegerField(_("niveau"), choices=Level.choices, validators=LEVEL_VALIDATORS)
    comment = models.TextField(_("kommentar"), blank=True, max_length=2000)
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vurderet af"), null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()
    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["employee", "-year", "competence__order", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["employee", "competence", "year", "kind"],
                                    name="competences_assessment_once_per_year"),
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=5), name="competences_assessment_1_5"),
        ]
        verbose_name = _("vurdering")
        verbose_name_plural = _("vurderinger")

    def __str__(self):
        return f"{self.employee} – {self.competence} {self.year} ({self.get_kind_display()})"

    @staticmethod
    def kind_for(user, employee):
        """The kind of assessment `user` makes of `employee`, or None if they may make none."""
        if user.pk == employee.pk:
            return Assessment.Kind.SELF
        if user.manages(employee):
            return Assessment.Kind.MANAGER
        return None

    def can_edit(self, user):
        return Assessment.kind_for(user, self.employee) == self.kind


class CareerTrack(models.Model):
    """A track of OBIB Karriereveje: specialist, projektleder, leder or the professional track."""

    class Kind(models.TextChoices):
        PROFESSIONAL = "faglig", _("Fagligt spor")
        SPECIALIST = "specialist", _("Specialistspor")
        PROJECT = "projektleder", _("Projektlederspor")
        MANAGER = "leder", _("Lederspor")

    name = models.CharField(_("navn"), max_length=120, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, unique=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("karrierespor")
        verbose_name_plural = _("karrierespor")

    def __str__(self):
        return self.name


class CareerStep(models.Model):
    track = models.ForeignKey(CareerTrack, verbose_name=_("karrierespor"), on_delete=models.CASCADE,
                              related_name="steps")
    order = models.PositiveSmallIntegerField(_("trin"), default=1)
    name = models.CharField(_("navn"), max_length=120)
    description = models.TextField(_("beskrivelse"), blank=True)
    competences = models.ManyToManyField(Competence, verbose_name=_("kompetencer"), blank=True,
                                         related_name="career_steps")

    history = HistoricalRecords(m2m_fields=[competences])

    class Meta:
        ordering = ["track__order", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["track", "order"], name="competences_step_unique_order")]
        verbose_name = _("karrieretrin")
        verbose_name_plural = _("karrieretrin")

    def __str__(self):
        return f"{self.track.name}: {self.name}"


class CareerAim(models.Model):
    """The track and step an employee aims for. Their manager sees it; MUS shows it."""

    employee = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"),
                                    on_delete=models.CASCADE, related_name="career_aim")
    step = models.ForeignKey(CareerStep, verbose_name=_("trin"), on_delete=models.PROTECT, related_name="aims")
    note = models.TextField(_("bemærkning"), blank=True, max_length=2000)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("karriereønske")
        verbose_name_plural = _("karriereønsker")

    def __str__(self):
        return f"{self.employee}: {self.step}"


class DevelopmentActivity(models.Model):
    """An entry in the catalogue *Inspiration til jobudvikling*."""

    class Kind(models.TextChoices):
        EDUCATION = "uddannelse", _("Uddannelse")
        COURSE = "kursus", _("Kursus")
        SIDE_BY_SIDE = "sidemandsoplaering", _("Sidemandsoplæring")
        ROTATION = "jobrotation", _("Jobrotation")
        PROJECT = "projekt", _("Projekt")
        NETWORK = "netvaerk", _("Netværk")
        MENTOR = "mentor", _("Mentorordning")
        CONFERENCE = "konference", _("Konference og studietur")
        ELEARNING = "e-laering", _("E-læring")

    title = models.CharField(_("titel"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("beskrivelse"))
    competences = models.ManyToManyField(Competence, verbose_name=_("kompetencer, der udvikles"), blank=True,
                                         related_name="activities")
    duration = models.CharField(_("varighed"), max_length=120, blank=True,
                                help_text=_("Fx »2 dage« eller »3 måneder, 4 timer om ugen«."))
    provider = models.CharField(_("udbyder"), max_length=200, blank=True)
    is_active = models.BooleanField(_("i kataloget"), default=True)

    history = HistoricalRecords(m2m_fields=[competences])

    class Meta:
        ordering = ["title"]
        verbose_name = _("udviklingsaktivitet")
        verbose_name_plural = _("udviklingsaktiviteter")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("competences:activity", args=[self.pk])


class ProposalQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(employee__in=mirror_subjects(user).values("pk"))


class DevelopmentProposal(models.Model):
    """An activity proposed for an employee's development plan; MUS turns it into a goal."""

    class Status(models.TextChoices):
        PROPOSED = "foreslaaet", _("Foreslået")
        ACCEPTED = "accepteret", _("Accepteret")
        REJECTED = "afvist", _("Afvist")

    employee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"), on_delete=models.CASCADE,
                                 related_name="development_proposals")
    activity = models.ForeignKey(DevelopmentActivity, verbose_name=_("aktivitet"), on_delete=models.PROTECT,
                                 related_name="proposals")
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("foreslået af"), null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("bemærkning"), blank=True, max_length=2000)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)

    history = HistoricalRecords()
    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("forslag til udviklingsplan")
        verbose_name_plural = _("forslag til udviklingsplan")

    def __str__(self):
        return f"{self.employee}: {self.activity}"

    def can_decide(self, user):
        """The employee's manager accepts or rejects a proposal (MUS will do so later too)."""
        return user.manages(self.employee)
