"""Indicators (KPIs) of a pejlemærke: what is measured, its baseline, a target per year and the
values measured per period, each with its date and source.

A year's status compares the newest value measured that year with the year's target:
"på sporet" when it reaches the target, "tæt på" when it is within the indicator's tolerance
(a percentage of the target), else "ikke på sporet". For an indicator where lower is better the
comparison turns round. Each status has a word and a shape, so it never rests on colour alone.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords

YEARS = [MinValueValidator(2000), MaxValueValidator(2100)]


class TrackStatus(models.TextChoices):
    ON_TRACK = "paa_sporet", _("På sporet")
    CLOSE = "taet_paa", _("Tæt på")
    OFF_TRACK = "ikke_paa_sporet", _("Ikke på sporet")


# The shape shown beside each status word (also in print): circle, triangle, cross.
SHAPES = {TrackStatus.ON_TRACK: "●", TrackStatus.CLOSE: "▲", TrackStatus.OFF_TRACK: "✕"}


def track_status(value, target, *, tolerance_percent, higher_is_better=True):
    """The status of `value` against `target`, or None when either is missing."""
    if value is None or target is None:
        return None
    value, target = Decimal(value), Decimal(target)
    margin = abs(target) * Decimal(tolerance_percent) / 100
    if higher_is_better:
        if value >= target:
            return TrackStatus.ON_TRACK
        return TrackStatus.CLOSE if value >= target - margin else TrackStatus.OFF_TRACK
    if value <= target:
        return TrackStatus.ON_TRACK
    return TrackStatus.CLOSE if value <= target + margin else TrackStatus.OFF_TRACK


class IndicatorQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Whose values `user` may enter: leadership all, an owner their own."""
        if not user.is_authenticated:
            return self.none()
        if user.is_leadership:
            return self
        return self.filter(owner=user)


class Indicator(models.Model):
    pejlemaerke = models.ForeignKey("strategy.Pejlemaerke", verbose_name=_("pejlemærke"), on_delete=models.CASCADE,
                                    related_name="indicators")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    name = models.CharField(_("navn"), max_length=200)
    unit_of_measure = models.CharField(_("måleenhed"), max_length=60, help_text=_("Fx antal, procent, kr."))
    source = models.CharField(_("kilde"), max_length=300, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ansvarlig"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    baseline_year = models.PositiveSmallIntegerField(_("basisår"), null=True, blank=True, validators=YEARS)
    baseline = models.DecimalField(_("basisværdi"), max_digits=14, decimal_places=2, null=True, blank=True)
    higher_is_better = models.BooleanField(_("højere er bedre"), default=True)
    tolerance_percent = models.PositiveSmallIntegerField(
        _("tolerance, procent"), default=5, validators=[MaxValueValidator(100)],
        help_text=_("Hvor langt under målet (i procent af målet) en værdi stadig er »tæt på«."))
    key_figure_row = models.ForeignKey("strategy.KeyFigureRow", verbose_name=_("fra nøgletal"), null=True,
                                       blank=True, on_delete=models.SET_NULL, related_name="+")

    history = HistoricalRecords()
    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["pejlemaerke__number", "order", "pk"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")

    def __str__(self):
        return self.name

    def can_edit(self, user):
        return user.is_authenticated and (user.is_leadership or self.owner_id == user.pk)

    def targets_by_year(self):
        return {target.year: target.value for target in self.targets.all()}

    def values_by_year(self):
        """{year: the newest value of that year} (a whole-year value counts as its last)."""
        newest = {}
        for value in self.values.all():
            key = (value.year, value.quarter or 5)
            if value.year not in newest or key > (value.year, newest[value.year].quarter or 5):
                newest[value.year] = value
        return newest

    def status_for(self, year):
        latest = self.values_by_year().get(year)
        return track_status(latest.value if latest else None, self.targets_by_year().get(year),
                            tolerance_percent=self.tolerance_percent, higher_is_better=self.higher_is_better)

    def latest_status(self):
        """(year, status) for the newest year that has both a value and a target."""
        targets, values = self.targets_by_year(), self.values_by_year()
        for year in sorted(set(targets) & set(values), reverse=True):
            return year, track_status(values[year].value, targets[year], tolerance_percent=self.tolerance_percent,
                                      higher_is_better=self.higher_is_better)
        return None, None


class IndicatorTarget(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("år"), validators=YEARS)
    value = models.DecimalField(_("mål"), max_digits=14, decimal_places=2)

    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "year", "pk"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="indicator_target_unique_year")]
        verbose_name = _("mål for indikator")
        verbose_name_plural = _("mål for indikatorer")

    def __str__(self):
        return f"{self.indicator}: {self.year}"


class IndicatorValue(models.Model):
    """A measured value for a year, or for one of its quarters, with when and where from."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("år"), validators=YEARS)
    quarter = models.PositiveSmallIntegerField(_("kvartal"), null=True, blank=True,
                                               validators=[MinValueValidator(1), MaxValueValidator(4)])
    value = models.DecimalField(_("værdi"), max_digits=14, decimal_places=2)
    measured_on = models.DateField(_("målt"))
    source = models.CharField(_("kilde"), max_length=300)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("indtastet af"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "year", "quarter", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year", "quarter"], name="indicator_value_unique_period"),
            models.UniqueConstraint(fields=["indicator", "year"], condition=models.Q(quarter__isnull=True),
                                    name="indicator_value_unique_year"),
        ]
        verbose_name = _("måling")
        verbose_name_plural = _("målinger")

    def __str__(self):
        return f"{self.indicator}: {self.period}"

    @property
    def period(self):
        return f"{self.quarter}. kvt. {self.year}" if self.quarter else str(self.year)
