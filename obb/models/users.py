"""Users of the intranet. Every member of staff is a user: the employee register is this table."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords
from obb.roles import GROUP_NAMES, Role


class StaffQuerySet(models.QuerySet):
    def current(self):
        """Staff employed today: active accounts that have not left."""
        today = timezone.localdate()
        return self.filter(is_active=True).filter(
            models.Q(end_date__isnull=True) | models.Q(end_date__gte=today)
        )

    def leavers_for(self, user):
        """The leavers whose handover ``user`` sees: staff who have left or have an end date, and
        who report to ``user`` or work in a unit ``user`` leads (HR: every leaver)."""
        leavers = self.filter(models.Q(is_active=False) | models.Q(end_date__isnull=False)).exclude(
            pk=user.pk)
        if user.is_hr:
            return leavers
        if user.is_manager:
            return leavers.filter(models.Q(manager=user) | models.Q(unit__in=user.authority_unit_ids))
        return self.none()

    def leders(self):
        """Who may be handed a manager's confidential work (MUS, onboarding): active staff with the
        Leder role who are not administrators (see `obb.lifecycle.holds_leder_role`). For use in
        ``__in`` lookups; rows may repeat."""
        return self.filter(is_active=True, is_superuser=False, groups__name=GROUP_NAMES[Role.MANAGER]).exclude(
            groups__name=GROUP_NAMES[Role.ADMINISTRATOR])


class StaffManager(UserManager.from_queryset(StaffQuerySet)):
    pass


class User(AbstractUser):
    """A member of staff with a unit, a job title, a manager and a start date."""

    unit = models.ForeignKey(
        "obb.Unit",
        verbose_name=_("enhed"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    job_title = models.CharField(_("stillingsbetegnelse"), max_length=120, blank=True)
    manager = models.ForeignKey(
        "self",
        verbose_name=_("nærmeste leder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    start_date = models.DateField(_("ansat fra"), null=True, blank=True)
    end_date = models.DateField(_("fratrådt"), null=True, blank=True)
    employee_number = models.CharField(
        _("medarbejdernummer"), max_length=64, unique=True, null=True, blank=True,
        help_text=_("Nummeret i HR- og lønsystemet; det binder medarbejderen til personaleregisteret."),
    )
    sso_subject = models.CharField(
        _("id hos identitetsudbyderen"), max_length=255, unique=True, null=True, blank=True,
        help_text=_("Personens faste id hos kommunens identitetsudbyder (Entra ID: objekt-id). "
                    "Gemmes ved første log ind med single sign-on."),
    )
    is_break_glass = models.BooleanField(
        _("nødadgang med lokal adgangskode"), default=False,
        help_text=_("Må logge ind med lokal adgangskode, også når lokal log ind er slået fra i drift."),
    )

    history = HistoricalRecords(excluded_fields=["password", "last_login"])
    objects = StaffManager()

    class Meta:
        ordering = ["first_name", "last_name", "pk"]
        verbose_name = _("medarbejder")
        verbose_name_plural = _("medarbejdere")

    def __str__(self):
        return self.get_full_name() or self.username

    # --- Roles ---------------------------------------------------------------------------

    @cached_property
    def roles(self) -> frozenset[str]:
        """The roles this user has, from their groups (one query, cached per request)."""
        if not self.is_authenticated or not self.is_active:
            return frozenset()
        by_name = {name: role for role, name in GROUP_NAMES.items()}
        names = self.groups.values_list("name", flat=True)
        roles = {by_name[name] for name in names if name in by_name}
        if self.is_superuser:
            roles.add(Role.ADMINISTRATOR)
        return frozenset(roles)

    def has_role(self, *roles) -> bool:
        return any(role in self.roles for role in roles)

    @property
    def is_manager(self):
        return self.has_role(Role.MANAGER)

    @property
    def is_hr(self):
        return self.has_role(Role.HR)

    @property
    def is_leadership(self):
        return self.has_role(Role.LEADERSHIP)

    @property
    def is_administrator(self):
        return self.has_role(Role.ADMINISTRATOR)

    # --- Authority of managers -----------------------------------------------------------

    @cached_property
    def authority_unit_ids(self) -> frozenset[int]:
        """Ids of the units this user leads and every unit below them."""
        from obb.models.units import Unit

        if not self.is_manager:
            return frozenset()
        led = list(Unit.objects.filter(manager=self))
        return frozenset(Unit.objects.subtree_of(led).values_list("pk", flat=True))

    def manages(self, other) -> bool:
        """Whether this user is a manager of `other`: their direct manager, or the leader of
        a unit above or at `other`'s unit."""
        if not self.is_manager or other.pk == self.pk:
            return False
        return other.manager_id == self.pk or other.unit_id in self.authority_unit_ids

    def managed_staff(self):
        """The staff this user manages (see `manages`), as a queryset."""
        if not self.is_manager:
            return User.objects.none()
        return User.objects.filter(
            models.Q(manager=self) | models.Q(unit__in=self.authority_unit_ids)
        ).exclude(pk=self.pk)
