"""The kompetencespejl's charts, drawn with obb.charts; each page puts a table of the same
numbers beside them."""

from django.utils.translation import gettext as _

from obb.charts import Series, bar_chart


def mirror_chart(mirror):
    rows = mirror.rows
    if not any(row.self_level or row.manager_level or row.profile_level for row in rows):
        return None
    return bar_chart(
        _("Kompetencespejl %(year)s") % {"year": mirror.year},
        [row.competence.name for row in rows],
        [Series(_("Egen"), [row.self_level for row in rows]),
         Series(_("Leders"), [row.manager_level for row in rows]),
         Series(_("Profil"), [row.profile_level for row in rows])],
        description=_("Niveau 1–5 pr. kompetence: egen vurdering, leders vurdering og profilens ønskede niveau."),
        label_width=230,
    )


def development_chart(mirror):
    years = mirror.years[-4:]
    if len(years) < 2:
        return None
    offset = len(mirror.years) - len(years)
    rows = [(competence, levels[offset:]) for competence, levels in mirror.development if any(levels)]
    return bar_chart(
        _("Udvikling over årene"),
        [competence.name for competence, _levels in rows],
        [Series(str(year), [levels[index] for _c, levels in rows]) for index, year in enumerate(years)],
        description=_("Det vurderede niveau pr. kompetence og år (leders vurdering, ellers egen)."),
        label_width=230,
    )


def unit_chart(unit, data):
    rows = [row for row in data["rows"] if not row.suppressed]
    if not rows:
        return None
    return bar_chart(
        _("Gennemsnit mod profil, %(unit)s") % {"unit": unit.name},
        [row.competence.name for row in rows],
        [Series(_("Gennemsnit"), [row.average for row in rows]),
         Series(_("Profil"), [row.average_profile for row in rows])],
        description=_("Gennemsnitligt vurderet niveau pr. kompetence mod det ønskede niveau i profilerne."),
        label_width=230,
    )
