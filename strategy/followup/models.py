"""Follow-up rounds ("Opfølgning pr. <dato>"): leadership asks every action owner of a plan how
their actions are going, by a deadline.

A round holds one item per action of the plan when it was opened. While the round is open the
owner (a manager also for the actions of their units) answers each item: the status confirmed or
changed, whether the action is late ("forsinket"), and a note. Closing the round freezes the
items: each keeps a copy of the action's text, pejlemærke, unit and owner as they were, so a
closed round reads the same when the actions change or disappear later.

"Forsinket" is a flag of the answer, not a sixth action status: an action can be late while it
is planned or in progress, and the plan's own statuses (what the printed plan and its charts
show) stay as they are.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords
from strategy.followup.indicators import Indicator, IndicatorTarget, IndicatorValue  # noqa: F401 - the app's models
from strategy.models import Action

MAX_REMINDER_DAYS = 5
REMINDER_DAY_RANGE = 60


def parse_reminder_days(text):
    """The reminder days of a round, as offsets in days from the deadline ("-7,-1,0,3"):
    negative before, 0 on the day, positive after. Raises ValidationError in Danish."""
    parts = [part.strip() for part in str(text).split(",") if part.strip()]
    offsets = []
    for part in parts:
        try:
            offset = int(part)
        except ValueError:
            raise ValidationError(_("Påmindelsesdagene skal være hele antal dage adskilt af komma, fx -7,-1,0,3.")) \
                from None
        if abs(offset) > REMINDER_DAY_RANGE:
            raise ValidationError(_("En påmindelsesdag skal ligge højst %(days)s dage fra fristen.")
                                  % {"days": REMINDER_DAY_RANGE})
        offsets.append(offset)
    if len(set(offsets)) > MAX_REMINDER_DAYS:
        raise ValidationError(_("Vælg højst %(count)s påmindelsesdage; der sendes ikke påmindelser hver dag.")
                              % {"count": MAX_REMINDER_DAYS})
    return sorted(set(offsets))


def validate_reminder_days(text):
    parse_reminder_days(text)


class RoundQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def closed(self):
        return self.filter(closed_at__isnull=False)


class FollowUpRound(models.Model):
    """One follow-up round of a plan, with its deadline. Leadership opens and closes it."""

    plan = models.ForeignKey("strategy.Plan", verbose_name=_("plan"), on_delete=models.CASCADE,
                             related_name="followup_rounds")
    number = models.PositiveSmallIntegerField(_("nummer"))
    deadline = models.DateField(_("frist"))
    reminder_days = models.CharField(
        _("påmindelsesdage"), max_length=60, default="-7,-1,0,3", validators=[validate_reminder_days],
        help_text=_("Dage i forhold til fristen, adskilt af komma: -7 er en uge før, 0 på dagen, 3 tre dage efter."),
    )
    opened_at = models.DateTimeField(_("åbnet"), auto_now_add=True)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                  verbose_name=_("åbnet af"))
    closed_at = models.DateTimeField(_("lukket"), null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name=_("lukket af"))

    history = HistoricalRecords()
    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["-deadline", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="followup_round_unique_number"),
            models.UniqueConstraint(fields=["plan"], condition=models.Q(closed_at__isnull=True),
                                    name="followup_one_open_round_per_plan"),
        ]
        verbose_name = _("opfølgningsrunde")
        verbose_name_plural = _("opfølgningsrunder")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return _("Opfølgning pr. %(date)s") % {"date": date_format(self.deadline, "DATE_FORMAT")}

    @property
    def is_open(self):
        return self.closed_at is None

    @property
    def reminder_offsets(self):
        return parse_reminder_days(self.reminder_days)


class ItemQuerySet(models.QuerySet):
    def answerable_by(self, user):
        """The items of open rounds that `user` answers: those of the actions they own, and
        those of the actions they may edit (a manager's units down the tree; leadership all)."""
        if not user.is_authenticated:
            return self.none()
        actions = Action.objects.editable_by(user) | Action.objects.filter(owner=user)
        return self.filter(round__closed_at__isnull=True, action__in=actions.values("pk"))

    def with_related(self):
        return self.select_related("round__plan", "action__unit__manager", "action__owner", "action__pejlemaerke",
                                   "answered_by", "unit", "owner")


class FollowUpItem(models.Model):
    """One action in one round: a frozen copy of the action and the owner's answer."""

    LATE_OR_STOPPED = (Action.Status.POSTPONED, Action.Status.DROPPED)

    round = models.ForeignKey(FollowUpRound, verbose_name=_("runde"), on_delete=models.CASCADE, related_name="items")
    action = models.ForeignKey("strategy.Action", verbose_name=_("handling"), null=True, on_delete=models.SET_NULL,
                               related_name="followup_items")
    # The action as it was when the round opened, refreshed when it closed.
    action_text = models.TextField(_("handling"))
    action_order = models.PositiveIntegerField(_("rækkefølge"), default=0)
    pejlemaerke = models.ForeignKey("strategy.Pejlemaerke", verbose_name=_("pejlemærke"), null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    pejlemaerke_number = models.PositiveSmallIntegerField(_("pejlemærkets nummer"), default=0)
    pejlemaerke_name = models.CharField(_("pejlemærke"), max_length=200, blank=True)
    unit = models.ForeignKey("obb.Unit", verbose_name=_("ansvarlig enhed"), null=True, on_delete=models.SET_NULL,
                             related_name="+")
    unit_name = models.CharField(_("ansvarlig enhed"), max_length=200, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ansvarlig"), null=True,
                              on_delete=models.SET_NULL, related_name="+")
    owner_name = models.CharField(_("ansvarlig"), max_length=200, blank=True)
    status_before = models.CharField(_("status ved rundens start"), max_length=20, choices=Action.Status.choices)
    status_at_close = models.CharField(_("status ved rundens slutning"), max_length=20, blank=True,
                                       choices=Action.Status.choices)
    # The answer.
    status = models.CharField(_("status"), max_length=20, blank=True, choices=Action.Status.choices)
    is_delayed = models.BooleanField(_("forsinket"), default=False)
    note = models.TextField(_("note"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("besvaret"), null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("besvaret af"))
    answered_by_name = models.CharField(_("besvaret af"), max_length=200, blank=True)
    # Optimistic locking: 0 until answered; every answer claims the next version.
    version = models.PositiveIntegerField(default=0, editable=False)

    history = HistoricalRecords()
    objects = ItemQuerySet.as_manager()

    class Meta:
        ordering = ["round", "pejlemaerke_number", "action_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["round", "action"], name="followup_item_unique_action")]
        verbose_name = _("opfølgningspunkt")
        verbose_name_plural = _("opfølgningspunkter")

    def __str__(self):
        return self.short_text

    @property
    def short_text(self):
        return self.action_text if len(self.action_text) <= 90 else self.action_text[:89].rstrip() + "…"

    @property
    def is_answered(self):
        return self.answered_at is not None

    def copy_action(self, action):
        """Take the action's text, place, unit and owner as they are now."""
        self.action = action
        self.action_text = action.text
        self.action_order = action.order
        self.pejlemaerke = action.pejlemaerke
        self.pejlemaerke_number = action.pejlemaerke.number
        self.pejlemaerke_name = action.pejlemaerke.name
        self.unit = action.unit
        self.unit_name = action.unit.name if action.unit else ""
        self.owner = action.owner
        self.owner_name = action.owner.get_full_name() if action.owner else ""

    # What the pages show: the live action while the round is open, the frozen copy after.
    def _live(self):
        return self.round.is_open and self.action is not None

    @property
    def shown_unit(self):
        if self._live():
            return self.action.unit.name if self.action.unit else ""
        return self.unit_name

    @property
    def shown_owner(self):
        if self._live():
            return self.action.owner.get_full_name() if self.action.owner else ""
        return self.owner_name

    @property
    def current_status(self):
        """The status the round ends up with: the answer, else the action's status now (open)
        or at closing (closed)."""
        if self.status:
            return self.status
        if self._live():
            return self.action.status
        return self.status_at_close or self.status_before

    def get_current_status_display(self):
        return Action.Status(self.current_status).label

    @classmethod
    def note_required(cls, new_status, is_delayed, old_status):
        """A note is required when the action becomes udskudt or opgivet, and whenever it is
        (or stays) forsinket."""
        return is_delayed or (new_status in cls.LATE_OR_STOPPED and new_status != old_status)


class Completion(models.Model):
    """A person has marked their part of a round done."""

    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="completions")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    done_at = models.DateTimeField(_("færdig"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["round", "person", "pk"]
        constraints = [models.UniqueConstraint(fields=["round", "person"], name="followup_completion_unique")]
        verbose_name = _("færdigmelding")
        verbose_name_plural = _("færdigmeldinger")

    def __str__(self):
        return f"{self.person}: {self.round}"


class ReminderSent(models.Model):
    """A reminder e-mail sent to a person for a round on a day, so a second run the same day
    sends nothing again."""

    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="reminders_sent")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("dag"))
    sent_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["round", "day", "person", "pk"]
        constraints = [models.UniqueConstraint(fields=["round", "person", "day"], name="followup_reminder_once")]
        verbose_name = _("sendt påmindelse")
        verbose_name_plural = _("sendte påmindelser")

    def __str__(self):
        return f"{self.person}: {self.round} ({self.day})"

