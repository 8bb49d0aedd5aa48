"""Key-figure tables of the plan ("Nøgletal"): rows × columns of numbers with notes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class KeyFigureTable(models.Model):
    """A table such as *Foreløbigt budget 2022*. `columns` is a list of
    `{"key", "label", "group"?}`; `column_groups` optionally spans them
    (`[{"label": "2019", "span": 2}]`); `chart` says how to draw it, if at all."""

    plan = models.ForeignKey("strategy.Plan", on_delete=models.CASCADE, related_name="key_figure_tables")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    slug = models.SlugField(_("kort navn"), max_length=80)
    title = models.CharField(_("titel"), max_length=200)
    unit = models.CharField(_("enhed"), max_length=60, blank=True)
    unit_note = models.CharField(_("enhed, som trykt"), max_length=120, blank=True)
    columns = models.JSONField(_("kolonner"), default=list)
    column_groups = models.JSONField(_("kolonnegrupper"), null=True, blank=True)
    notes = models.TextField(_("noter"), blank=True, help_text=_("Én note pr. linje."))
    source = models.CharField(_("kilde"), max_length=300, blank=True)
    chart = models.JSONField(_("diagram"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["plan", "slug"], name="keyfigure_unique_slug")]
        verbose_name = _("nøgletalstabel")
        verbose_name_plural = _("nøgletalstabeller")

    def __str__(self):
        return self.title

    @property
    def note_lines(self):
        return [line for line in self.notes.splitlines() if line.strip()]

    @property
    def column_labels(self):
        return [column["label"] for column in self.columns]


class KeyFigureRow(models.Model):
    table = models.ForeignKey(KeyFigureTable, on_delete=models.CASCADE, related_name="rows")
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    label = models.CharField(_("tekst"), max_length=200)
    level = models.PositiveSmallIntegerField(_("niveau"), default=0, help_text=_("1 for en underrække."))
    is_total = models.BooleanField(_("totalrække"), default=False)
    values = models.JSONField(_("værdier"), default=list, help_text=_("Ét tal pr. kolonne; tom for intet tal."))

    history = HistoricalRecords()

    class Meta:
        ordering = ["table", "order", "pk"]
        verbose_name = _("nøgletalsrække")
        verbose_name_plural = _("nøgletalsrækker")

    def __str__(self):
        return self.label
