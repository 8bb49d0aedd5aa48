"""The organisation's units: the houses, Borgerservice and the teams inside them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class UnitQuerySet(models.QuerySet):
    def subtree_of(self, units):
        """The given units and every unit below them in the tree."""
        paths = [unit.path for unit in units]
        if not paths:
            return self.none()
        condition = models.Q()
        for path in paths:
            condition |= models.Q(path__startswith=path)
        return self.filter(condition)


class Unit(models.Model):
    """A unit of OBB. Units form a tree; `path` holds the ids from the root down
    (`/1/4/9/`) so that a whole subtree is one indexed prefix query."""

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("Organisation")
        AREA = "omraade", _("Område")
        HOUSE = "hus", _("Hus")
        LIBRARY = "bibliotek", _("Bibliotek")
        CITIZEN_SERVICE = "borgerservice", _("Borgerservice")
        STAFF = "stab", _("Stab")
        TEAM = "team", _("Team")

    name = models.CharField(_("navn"), max_length=120)
    slug = models.SlugField(_("kort navn"), max_length=80, unique=True)
    code = models.CharField(
        _("enhedskode"), max_length=64, unique=True, null=True, blank=True,
        help_text=_("Enhedens kode i HR- og lønsystemet, som personaleregisterets fil bruger."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.TEAM)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("overordnet enhed"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    manager = models.ForeignKey(
        "obb.User",
        verbose_name=_("leder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_units",
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    is_active = models.BooleanField(_("aktiv"), default=True)

    history = HistoricalRecords()
    objects = UnitQuerySet.as_manager()

    class Meta:
        ordering = ["path", "pk"]
        verbose_name = _("enhed")
        verbose_name_plural = _("enheder")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.parent_id and self.parent_id == self.pk:
            raise ValueError("A unit cannot be its own parent.")
        old_path = self.path
        super().save(*args, **kwargs)
        new_path = (self.parent.path if self.parent_id else "/") + f"{self.pk}/"
        if new_path != old_path:
            if self.parent_id and new_path.startswith(old_path or "\0"):
                raise ValueError("A unit cannot be moved below itself.")
            Unit.objects.filter(pk=self.pk).update(path=new_path)
            self.path = new_path
            for child in self.children.all():
                child.save()

    def subtree(self):
        """This unit and all units below it."""
        return Unit.objects.filter(path__startswith=self.path)

    def ancestors(self):
        ids = [int(part) for part in self.path.strip("/").split("/") if part]
        return Unit.objects.filter(pk__in=ids).order_by("path")

    @property
    def depth(self):
        return self.path.count("/") - 2
