"""The yearly plan, "Det gør vi <år>", and what it holds besides actions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class Plan(models.Model):
    """One year's action plan. It moves kladde → godkendt → offentliggjort."""

    class Status(models.TextChoices):
        DRAFT = "kladde", _("Kladde")
        APPROVED = "godkendt", _("Godkendt")
        PUBLISHED = "offentliggjort", _("Offentliggjort")

    # Allowed moves; only leadership makes them (checked where the move is offered).
    TRANSITIONS = {
        Status.DRAFT: [Status.APPROVED],
        Status.APPROVED: [Status.PUBLISHED, Status.DRAFT],
        Status.PUBLISHED: [],
    }

    year = models.PositiveSmallIntegerField(_("år"), unique=True)
    title = models.CharField(_("titel"), max_length=200)
    organisation_name = models.CharField(
        _("organisation"), max_length=120, default="Odense Biblioteker og Borgerservice"
    )
    strategy = models.ForeignKey(
        "strategy.StrategyPeriod", verbose_name=_("strategi"), on_delete=models.PROTECT, related_name="plans"
    )
    partners_intro = models.TextField(_("indledning til partnere"), blank=True,
                                      help_text=_("Afsnit adskilles af en tom linje."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    approved_at = models.DateTimeField(_("godkendt"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("godkendt af"),
    )
    published_at = models.DateTimeField(_("offentliggjort"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("offentliggjort af"),
    )
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("kopieret fra"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("handlingsplan")
        verbose_name_plural = _("handlingsplaner")

    def __str__(self):
        return self.title

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    @property
    def content_is_locked(self):
        """A published plan's printed content (texts, forewords, projects, key figures) is
        read-only. Actions still record their status and progress notes through the year."""
        return self.is_published

    def can_move_to(self, status):
        return status in self.TRANSITIONS[self.Status(self.status)]

    def move_to(self, status, user):
        """Change the plan's status, recording who and when. Raises ValidationError for a
        move the workflow does not allow."""
        status = self.Status(status)
        if not self.can_move_to(status):
            raise ValidationError(
                _("En plan med status %(current)s kan ikke få status %(new)s.")
                % {"current": self.get_status_display(), "new": status.label}
            )
        now = timezone.now()
        self.status = status
        if status == self.Status.APPROVED:
            self.approved_at, self.approved_by = now, user
        elif status == self.Status.PUBLISHED:
            self.published_at, self.published_by = now, user
        elif status == self.Status.DRAFT:
            self.approved_at = self.approved_by = None
        self.save()


class Foreword(models.Model):
    """The plan's forewords: "Forord" (by the rådmand) and "Fokus" (by the chief)."""

    class Kind(models.TextChoices):
        FORORD = "forord", _("Forord")
        FOKUS = "fokus", _("Fokus")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="forewords")
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    heading = models.CharField(_("overskrift"), max_length=120)
    byline = models.CharField(_("afsender"), max_length=200, blank=True)
    body = models.TextField(_("tekst"), help_text=_("Afsnit adskilles af en tom linje."))
    closing = models.CharField(_("hilsen"), max_length=120, blank=True)
    signature_name = models.CharField(_("underskrift, navn"), max_length=120, blank=True)
    signature_title = models.CharField(_("underskrift, titel"), max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["plan", "kind"], name="foreword_unique_kind")]
        verbose_name = _("forord")
        verbose_name_plural = _("forord")

    def __str__(self):
        return f"{self.heading} ({self.plan.year})"

    @property
    def paragraphs(self):
        return [part.strip() for part in self.body.split("\n\n") if part.strip()]


class PhotoCaption(models.Model):
    """A photo in the plan and its caption. The image is optional: the caption alone is kept
    where no photo has been uploaded."""

    class Placement(models.TextChoices):
        AFTER_FOREWORDS = "after_forewords", _("Efter forord og fokus")
        HANDLINGER_INTRO = "handlinger_intro", _("Før handlingerne")
        END = "", _("Sidst i planen")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="photos")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    placement = models.CharField(_("placering"), max_length=80, blank=True, choices=Placement.choices,
                                 default=Placement.END)
    caption = models.CharField(_("billedtekst"), max_length=300)
    image = models.ImageField(_("billede"), upload_to="plan-photos/", blank=True)
    alt_text = models.CharField(_("alternativ tekst"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = _("billede")
        verbose_name_plural = _("billeder")

    def __str__(self):
        return self.caption


class Partner(models.Model):
    """A partner the plan names under "Partnerskaber og samarbejder"."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="partners")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    name = models.CharField(_("navn"), max_length=200)
    country = models.CharField(_("land"), max_length=80, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "name", "pk"]
        verbose_name = _("partner")
        verbose_name_plural = _("partnere")

    def __str__(self):
        return f"{self.name}, {self.country}" if self.country else self.name


class Project(models.Model):
    """A funded project in the plan's projects table."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="projects")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    pejlemaerke = models.ForeignKey(
        "strategy.Pejlemaerke", verbose_name=_("pejlemærke"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="projects",
    )
    title = models.CharField(_("titel"), max_length=300)
    funder = models.CharField(_("finansiering"), max_length=200, blank=True)
    period = models.CharField(_("periode"), max_length=40, blank=True, help_text=_("Som trykt, fx 2022-23."))
    start_year = models.PositiveSmallIntegerField(_("fra år"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("til år"), null=True, blank=True)
    international = models.BooleanField(_("internationalt projekt"), default=False)
    note = models.CharField(_("note"), max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = _("projekt")
        verbose_name_plural = _("projekter")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Slutåret kan ikke ligge før startåret.")})
