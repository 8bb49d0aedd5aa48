"""The personaleregnskab: HR's sensitive staff profiles, yearly anonymous snapshots and Odense's
reference figures.

Who may see or change what has one answer here: `can_view_staffstats(user)` (HR and
leadership see the published figures) and `can_manage_staffstats(user)` (only HR makes
snapshots, imports and edits). The querysets' `visible_to`/`editable_by` use them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from hrtools.staffstats.dimensions import (
    AGE_GROUPS,
    HOURS_GROUPS,
    SENIORITY_GROUPS,
    UNKNOWN,
    UNKNOWN_LABEL,
    Education,
    EmploymentType,
    Gender,
    Origin,
)
from obb.history import HistoricalRecords


def can_view_staffstats(user):
    return user.is_authenticated and (user.is_hr or user.is_leadership)


def can_manage_staffstats(user):
    return user.is_authenticated and user.is_hr


def _with_unknown(choices):
    return [*choices, (UNKNOWN, UNKNOWN_LABEL)]


class StaffProfileQuerySet(models.QuerySet):
    def editable_by(self, user):
        return self if can_manage_staffstats(user) else self.none()


class StaffProfile(models.Model):
    """The personal dimensions of one member of staff, kept by HR. Never shown one by one
    outside HR's own profile pages; everyone else sees aggregates only."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"), on_delete=models.CASCADE,
                                related_name="staff_profile")
    birth_year = models.PositiveSmallIntegerField(
        _("fødselsår"), validators=[MinValueValidator(1900), MaxValueValidator(2100)])
    gender = models.CharField(_("køn"), max_length=20, choices=Gender.CHOICES)
    education = models.CharField(_("uddannelse (faggruppe)"), max_length=20, choices=Education.CHOICES)
    origin = models.CharField(_("oprindelse"), max_length=20, choices=Origin.CHOICES)
    weekly_hours = models.DecimalField(_("ugentlig arbejdstid (timer)"), max_digits=4, decimal_places=2,
                                       validators=[MinValueValidator(0), MaxValueValidator(60)])
    employment_type = models.CharField(_("ansættelsesform"), max_length=20, choices=EmploymentType.CHOICES)

    history = HistoricalRecords()
    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("personaleprofil")
        verbose_name_plural = _("personaleprofiler")

    def __str__(self):
        return str(_("Personaleprofil for %(user)s") % {"user": self.user})


class SnapshotQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self if can_view_staffstats(user) else self.none()

    def editable_by(self, user):
        return self if can_manage_staffstats(user) else self.none()


class Snapshot(models.Model):
    """The staff of one year, as anonymous per-person rows (see SnapshotPerson)."""

    class Source(models.TextChoices):
        REGISTER = "register", _("Medarbejderregisteret")
        IMPORT = "import", _("Import fra lønsystemet")
        DEMO = "demo", _("Demodata")

    year = models.PositiveSmallIntegerField(_("år"), unique=True)
    counted_on = models.DateField(_("opgørelsesdato"))
    source = models.CharField(_("kilde"), max_length=20, choices=Source.choices)
    file_name = models.CharField(_("importeret fil"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()
    objects = SnapshotQuerySet.as_manager()

    class Meta:
        ordering = ["year"]
        verbose_name = _("årsopgørelse")
        verbose_name_plural = _("årsopgørelser")

    def __str__(self):
        return str(_("Personaleregnskab %(year)s") % {"year": self.year})


class SnapshotPerson(models.Model):
    """One person in a year's snapshot: dimension values and unit only, never a name or a user
    id, so that a past year's figures stay put when people leave or change units. Individual-level
    data all the same: only published through staffstats.publication, and in the admin only to
    administrators, read-only (also its history)."""

    snapshot = models.ForeignKey(Snapshot, verbose_name=_("årsopgørelse"), on_delete=models.CASCADE,
                                 related_name="people")
    unit = models.ForeignKey("obb.Unit", verbose_name=_("enhed"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    age_group = models.CharField(_("aldersgruppe"), max_length=20, choices=_with_unknown(AGE_GROUPS))
    gender = models.CharField(_("køn"), max_length=20, choices=_with_unknown(Gender.CHOICES))
    education = models.CharField(_("uddannelse (faggruppe)"), max_length=20,
                                 choices=_with_unknown(Education.CHOICES))
    origin = models.CharField(_("oprindelse"), max_length=20, choices=_with_unknown(Origin.CHOICES))
    seniority = models.CharField(_("anciennitet"), max_length=20, choices=_with_unknown(SENIORITY_GROUPS))
    hours = models.CharField(_("ugentlig arbejdstid"), max_length=20, choices=_with_unknown(HOURS_GROUPS))
    employment_type = models.CharField(_("ansættelsesform"), max_length=20,
                                       choices=_with_unknown(EmploymentType.CHOICES))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person i årsopgørelse")
        verbose_name_plural = _("personer i årsopgørelser")

    def __str__(self):
        return str(_("Person i %(snapshot)s") % {"snapshot": self.snapshot})


class ReferenceFigureQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self if can_view_staffstats(user) else self.none()


class ReferenceFigure(models.Model):
    """Odense's population: the share (percent) of one category of one dimension, so each
    dimension can be shown beside the city the staff should mirror."""

    dimension = models.CharField(_("dimension"), max_length=30)
    category = models.CharField(_("kategori"), max_length=20)
    share = models.DecimalField(_("andel (%)"), max_digits=5, decimal_places=1,
                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    source = models.CharField(_("kilde"), max_length=200, blank=True)
    is_demo = models.BooleanField(_("demotal"), default=False)

    history = HistoricalRecords()
    objects = ReferenceFigureQuerySet.as_manager()

    class Meta:
        ordering = ["dimension", "category"]
        constraints = [models.UniqueConstraint(fields=["dimension", "category"], name="staffstats_reference_unique")]
        verbose_name = _("referencetal for Odense")
        verbose_name_plural = _("referencetal for Odense")

    def __str__(self):
        return f"{self.dimension}: {self.category} {self.share}\u00a0%"
