"""A strategy period and what it holds: vision, mission, values and the pejlemærker."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class StrategyPeriod(models.Model):
    """A strategy such as *hovedstrategi 2022-23* or the *delstrategi 2017-2020*."""

    class Kind(models.TextChoices):
        MAIN = "hovedstrategi", _("Hovedstrategi")
        PARTIAL = "delstrategi", _("Delstrategi")

    slug = models.SlugField(_("kort navn"), max_length=80, unique=True)
    name = models.CharField(_("navn"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.MAIN)
    organisation_name = models.CharField(
        _("organisation"), max_length=120, default="Odense Biblioteker og Borgerservice"
    )
    start_year = models.PositiveSmallIntegerField(_("fra år"))
    end_year = models.PositiveSmallIntegerField(_("til år"))
    intro = models.TextField(_("indledning"), blank=True)
    vision = models.TextField(_("vision"), blank=True)
    mission = models.TextField(_("mission"), blank=True)
    kerneopgave = models.TextField(_("kerneopgave"), blank=True)
    # Further sections of a strategy that have no fields of their own (the delstrategi's
    # ambitions and strategic tools), as the printed text has them.
    extra = models.JSONField(_("øvrigt indhold"), default=dict, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_year", "kind", "-pk"]
        verbose_name = _("strategi")
        verbose_name_plural = _("strategier")

    def __str__(self):
        return self.name

    def covers(self, year):
        return self.start_year <= year <= self.end_year


class Value(models.Model):
    """One of the strategy's values, e.g. *Vi er serviceorienterede*."""

    strategy = models.ForeignKey(StrategyPeriod, on_delete=models.CASCADE, related_name="values")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beskrivelse"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["strategy", "order", "pk"]
        verbose_name = _("værdi")
        verbose_name_plural = _("værdier")

    def __str__(self):
        return self.title


class Pejlemaerke(models.Model):
    """A strategic pejlemærke (Service, Partnerskaber, …) with its ambition."""

    strategy = models.ForeignKey(StrategyPeriod, on_delete=models.CASCADE, related_name="pejlemaerker")
    number = models.PositiveSmallIntegerField(_("nummer"))
    slug = models.SlugField(_("kort navn"), max_length=80)
    name = models.CharField(_("navn"), max_length=120)
    ambition = models.TextField(_("ambition"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["strategy", "number"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "slug"], name="pejlemaerke_unique_slug"),
            models.UniqueConstraint(fields=["strategy", "number"], name="pejlemaerke_unique_number"),
        ]
        verbose_name = _("pejlemærke")
        verbose_name_plural = _("pejlemærker")

    def __str__(self):
        return self.name


class Priority(models.Model):
    """"Vi indfrier ambitionen ved bl.a. at prioritere at: …" — one line of that list."""

    pejlemaerke = models.ForeignKey(Pejlemaerke, on_delete=models.CASCADE, related_name="priorities")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    text = models.TextField(_("tekst"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["pejlemaerke", "order", "pk"]
        verbose_name = _("prioritering")
        verbose_name_plural = _("prioriteringer")

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"
