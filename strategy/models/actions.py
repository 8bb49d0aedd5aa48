"""Actions of the yearly plan ("Eksempler på konkrete handlinger"), their progress notes and
the goals they support."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class Goal(models.Model):
    """A goal an action supports: one of Odensemålene or of FN's Verdensmål."""

    class Kind(models.TextChoices):
        ODENSE = "odensemaal", _("Odensemål")
        SDG = "verdensmaal", _("FN's Verdensmål")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(_("nummer"))
    name = models.CharField(_("navn"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "number"]
        constraints = [models.UniqueConstraint(fields=["kind", "number"], name="goal_unique_number")]
        verbose_name = _("mål")
        verbose_name_plural = _("mål")

    def __str__(self):
        prefix = _("Verdensmål") if self.kind == self.Kind.SDG else _("Odensemål")
        return f"{prefix} {self.number}: {self.name}"


class ActionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_archived=False)

    def editable_by(self, user):
        """The actions `user` may edit: leadership all; a manager those of the units they
        lead (down the unit tree) and those they own; nobody else any."""
        if not user.is_authenticated:
            return self.none()
        if user.is_leadership:
            return self
        if user.is_manager:
            return self.filter(models.Q(unit__in=user.authority_unit_ids) | models.Q(owner=user))
        return self.none()

    def with_related(self):
        """What an action list shows, fetched in a fixed number of queries."""
        return self.select_related("plan", "pejlemaerke", "priority", "unit", "owner")


class Action(models.Model):
    """A concrete action of a year's plan, under one pejlemærke."""

    class Status(models.TextChoices):
        PLANNED = "planlagt", _("Planlagt")
        IN_PROGRESS = "i_gang", _("I gang")
        DONE = "gennemfoert", _("Gennemført")
        POSTPONED = "udskudt", _("Udskudt")
        DROPPED = "opgivet", _("Opgivet")

    QUARTER_VALIDATORS = [MinValueValidator(1), MaxValueValidator(4)]
    # What fits one line of the printed plan's action table: the 2023 plan's longest action
    # has 281 characters; this leaves room without letting a line become a page.
    TEXT_MAX_LENGTH = 400

    plan = models.ForeignKey("strategy.Plan", verbose_name=_("plan"), on_delete=models.CASCADE,
                             related_name="actions")
    pejlemaerke = models.ForeignKey("strategy.Pejlemaerke", verbose_name=_("pejlemærke"),
                                    on_delete=models.PROTECT, related_name="actions")
    priority = models.ForeignKey("strategy.Priority", verbose_name=_("prioritering"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="actions")
    order = models.PositiveIntegerField(_("rækkefølge"), default=0)
    text = models.TextField(_("handling"))
    unit = models.ForeignKey("obb.Unit", verbose_name=_("ansvarlig enhed"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="actions")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ansvarlig"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="owned_actions")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED,
                              db_index=True)
    start_year = models.PositiveSmallIntegerField(_("start, år"), null=True, blank=True)
    start_quarter = models.PositiveSmallIntegerField(_("start, kvartal"), null=True, blank=True,
                                                     validators=QUARTER_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("slut, år"), null=True, blank=True)
    end_quarter = models.PositiveSmallIntegerField(_("slut, kvartal"), null=True, blank=True,
                                                   validators=QUARTER_VALIDATORS)
    projects = models.ManyToManyField("strategy.Project", verbose_name=_("projekter"), blank=True,
                                      related_name="actions")
    partners = models.ManyToManyField("strategy.Partner", verbose_name=_("partnere"), blank=True,
                                      related_name="actions")
    goals = models.ManyToManyField(Goal, verbose_name=_("mål"), blank=True, related_name="actions")
    is_archived = models.BooleanField(_("arkiveret"), default=False)
    carried_over_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="+", verbose_name=_("videreført fra"))
    # Optimistic locking: every save through `save_edit` bumps it; a save based on an older
    # version is refused (see strategy.services.actions).
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    history = HistoricalRecords(m2m_fields=[projects, partners, goals])
    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "pejlemaerke__number", "order", "pk"]
        indexes = [models.Index(fields=["plan", "pejlemaerke", "order"], name="action_plan_order")]
        verbose_name = _("handling")
        verbose_name_plural = _("handlinger")

    def __str__(self):
        return self.short_text

    @property
    def short_text(self):
        return self.text if len(self.text) <= 90 else self.text[:89].rstrip() + "…"

    def can_edit(self, user):
        """The single answer to "may this person edit this action?" for one object, consistent
        with `Action.objects.editable_by(user)`."""
        if not user.is_authenticated:
            return False
        if user.is_leadership:
            return True
        return user.is_manager and (self.owner_id == user.pk or self.unit_id in user.authority_unit_ids)

    @property
    def timing(self):
        def part(year, quarter):
            if not year:
                return ""
            return f"{quarter}. kvt. {year}" if quarter else str(year)

        start, end = part(self.start_year, self.start_quarter), part(self.end_year, self.end_quarter)
        if start and end and start != end:
            return f"{start} – {end}"
        return start or end

    def clean(self):
        errors = {}
        if self.start_quarter and not self.start_year:
            errors["start_year"] = _("Angiv året for startkvartalet.")
        if self.end_quarter and not self.end_year:
            errors["end_year"] = _("Angiv året for slutkvartalet.")
        if self.start_year and self.end_year and (self.end_year, self.end_quarter or 4) < (
            self.start_year, self.start_quarter or 1
        ):
            errors["end_year"] = _("Handlingen kan ikke slutte, før den starter.")
        if self.priority_id and self.pejlemaerke_id and self.priority.pejlemaerke_id != self.pejlemaerke_id:
            errors["priority"] = _("Prioriteringen hører til et andet pejlemærke.")
        if self.plan_id and self.pejlemaerke_id and self.pejlemaerke.strategy_id != self.plan.strategy_id:
            errors["pejlemaerke"] = _("Pejlemærket hører ikke til planens strategi.")
        if errors:
            raise ValidationError(errors)


class ProgressNote(models.Model):
    """A dated note on how an action is going, with its author."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                               related_name="+", verbose_name=_("skrevet af"))
    date = models.DateField(_("dato"))
    text = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-created_at", "-pk"]
        verbose_name = _("statusnote")
        verbose_name_plural = _("statusnoter")

    def __str__(self):
        return f"{self.date}: {self.text[:60]}"
