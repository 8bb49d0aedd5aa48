"""The computations behind the kompetencespejl: the gaps of one employee and the aggregated gaps
of a unit. Views call these; the tests reach the arithmetic through `compute_gaps`."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hrtools.competences.models import Assessment, Competence, Profile
from obb.models import Unit, User
from obb.privacy import HIDDEN_LABEL, SMALL_GROUP, SMALL_LABEL

MIN_GROUP = SMALL_GROUP  # aggregates over fewer people than this are shown as "færre end 5"


def current_year():
    return timezone.localdate().year


@dataclass
class GapRow:
    competence: Competence
    profile_level: int | None
    self_level: int | None
    manager_level: int | None
    self_comment: str = ""
    manager_comment: str = ""
    self_id: int | None = None
    manager_id: int | None = None

    @property
    def used_level(self):
        """The manager's assessment when there is one, else the employee's own."""
        return self.manager_level if self.manager_level is not None else self.self_level

    @property
    def gap(self):
        """Profile level minus assessed level; None without a profile level or an assessment."""
        if self.profile_level is None or self.used_level is None:
            return None
        return self.profile_level - self.used_level

    @property
    def status(self):
        if self.used_level is None:
            return "missing"
        if self.gap is None:
            return "no-profile"
        return "below" if self.gap > 0 else "met"

    @property
    def status_label(self):
        return {
            "missing": _("Ingen vurdering endnu"),
            "no-profile": _("Ikke i profilen"),
            "below": _("Under profilen"),
            "met": _("Profilen er nået"),
        }[self.status]


def compute_gaps(competences, profile_levels, self_levels, manager_levels, comments=None):
    """One GapRow per competence. `profile_levels`, `self_levels` and `manager_levels` map a
    competence id to a level (missing = not set). `comments` maps (competence id, kind) to
    (assessment id, comment)."""
    comments = comments or {}
    rows = []
    for competence in competences:
        self_id, self_comment = comments.get((competence.pk, Assessment.Kind.SELF), (None, ""))
        manager_id, manager_comment = comments.get((competence.pk, Assessment.Kind.MANAGER), (None, ""))
        rows.append(GapRow(
            competence=competence,
            profile_level=profile_levels.get(competence.pk),
            self_level=self_levels.get(competence.pk),
            manager_level=manager_levels.get(competence.pk),
            self_comment=self_comment, manager_comment=manager_comment,
            self_id=self_id, manager_id=manager_id,
        ))
    return rows


@dataclass
class Mirror:
    employee: User
    year: int
    profile: Profile | None
    rows: list
    years: list = field(default_factory=list)  # the years with any assessment, oldest first
    development: list = field(default_factory=list)  # (competence, [level per year])


def mirror_for(employee, year):
    """The employee's kompetencespejl for `year` and how the used level developed over the years."""
    profile = Profile.for_employee(employee)
    profile_levels = profile.level_map() if profile else {}
    assessments = list(Assessment.objects.filter(employee=employee).select_related("competence"))
    competences = list(Competence.objects.filter(
        Q(is_active=True) | Q(pk__in=[a.competence_id for a in assessments]) | Q(pk__in=list(profile_levels))
    ).distinct())
    self_levels, manager_levels, comments = {}, {}, {}
    by_year = defaultdict(dict)  # year -> {(competence, kind): level}
    for assessment in assessments:
        by_year[assessment.year][(assessment.competence_id, assessment.kind)] = assessment.level
        if assessment.year != year:
            continue
        target = self_levels if assessment.kind == Assessment.Kind.SELF else manager_levels
        target[assessment.competence_id] = assessment.level
        comments[(assessment.competence_id, assessment.kind)] = (assessment.pk, assessment.comment)
    rows = compute_gaps(competences, profile_levels, self_levels, manager_levels, comments)
    years = sorted(by_year)
    development = []
    for competence in competences:
        levels = []
        for each in years:
            levels.append(by_year[each].get((competence.pk, Assessment.Kind.MANAGER),
                                            by_year[each].get((competence.pk, Assessment.Kind.SELF))))
        development.append((competence, levels))
    return Mirror(employee, year, profile, rows, years, development)


@dataclass
class UnitRow:
    competence: Competence
    assessed: int  # people with an assessment (manager's or own) this year
    average: float | None
    below: int | None  # people below their profile's level
    with_profile: int  # people whose profile names this competence
    suppressed: bool  # no numbers shown: too few assessed, or the difference to another unit is
    average_profile: float | None = None
    small: bool = True  # fewer than MIN_GROUP assessed ("færre end 5"), rather than "skjult"

    @property
    def suppressed_text(self):
        return str(SMALL_LABEL if self.small else HIDDEN_LABEL)


def _levels_used(year, employee_ids=None):
    """{competence id: {employee id: level}} of `year`: the manager's assessment, else the own."""
    used = defaultdict(dict)
    assessments = Assessment.objects.filter(year=year)
    if employee_ids is not None:
        assessments = assessments.filter(employee__in=employee_ids)
    for employee_id, competence_id, kind, level in assessments.values_list(
            "employee_id", "competence_id", "kind", "level"):
        if kind == Assessment.Kind.MANAGER or employee_id not in used[competence_id]:
            used[competence_id][employee_id] = level
    return used


def hidden_unit_aggregates(year):
    """{(unit id, competence id)} whose aggregate is not shown although 5 or more are assessed.

    Every unit's aggregate (count, sum of levels, people below profile) is the sum of those of
    its sub-units and of the people placed directly in it, so opening a unit and its sub-units
    lets anyone subtract. The rule of the personaleregnskab applies
    (`staffstats.publication.suppress_lines`): a group of 1–4 assessed people, be it a unit's
    direct staff or the difference between a unit and one below it, is never alone in such a
    sum; where it would be, one more unit is hidden, the highest first, so that managers keep
    the figures of the units they lead. Worked out for all units at once, so every chooser, page
    and export shows the same."""
    from hrtools.staffstats.publication import suppress_lines

    units = list(Unit.objects.only("pk", "parent_id", "path"))
    unit_of = dict(User.objects.current().filter(unit__isnull=False).values_list("pk", "unit_id"))
    parents = {unit.pk: unit.parent_id for unit in units}
    counts = defaultdict(int)
    for competence_id, levels in _levels_used(year, list(unit_of)).items():
        for employee_id in levels:
            unit_id = unit_of[employee_id]
            counts[(("own", unit_id), competence_id)] += 1
            while unit_id is not None:
                counts[(("sub", unit_id), competence_id)] += 1
                unit_id = parents.get(unit_id)
    children = defaultdict(list)
    for unit in units:
        children[unit.parent_id].append(unit.pk)
    competences = {competence_id for _group, competence_id in counts}
    lines = [[(("sub", unit.pk), c), (("own", unit.pk), c)] + [(("sub", child), c) for child in children[unit.pk]]
             for unit in units for c in competences]
    for unit in units:
        ancestor = parents.get(unit.pk)
        while ancestor is not None:
            for c in competences:
                difference = (("diff", ancestor, unit.pk), c)
                counts[difference] = counts[(("sub", ancestor), c)] - counts[(("sub", unit.pk), c)]
                lines.append([(("sub", ancestor), c), (("sub", unit.pk), c), difference])
            ancestor = parents.get(ancestor)
    values = {key: counts.get(key, 0) for line in lines for key in line}
    depth = {unit.pk: unit.depth for unit in units}

    def order(key):
        group, competence_id = key
        return (group[0] == "sub", depth[group[1]] if group[0] == "sub" else 0, values[key], str(key))

    hidden = suppress_lines(values, lines, order=order)
    return {(group[1], competence_id) for group, competence_id in hidden if group[0] == "sub"}


def unit_gaps(unit, year):
    """Aggregated gaps of the current staff in `unit` and below it, per competence. Counting
    only; a competence assessed for fewer than MIN_GROUP people shows no numbers, nor one whose
    numbers, set against another unit's, would give away fewer than MIN_GROUP people
    (`hidden_unit_aggregates`)."""
    staff = list(User.objects.current().filter(unit__in=unit.subtree()).select_related("unit"))
    resolve = Profile.objects.all().resolver()
    profile_of = {person.pk: resolve(person) for person in staff}
    used = _levels_used(year, [p.pk for p in staff])
    hidden = hidden_unit_aggregates(year)
    level_maps = {}
    for profile in profile_of.values():
        if profile is not None and profile.pk not in level_maps:
            level_maps[profile.pk] = profile.level_map()
    rows = []
    for competence in Competence.objects.filter(is_active=True):
        levels = used.get(competence.pk, {})
        targets = {}
        for person in staff:
            profile = profile_of[person.pk]
            if profile is not None:
                target = level_maps[profile.pk].get(competence.pk)
                if target is not None:
                    targets[person.pk] = target
        below = sum(1 for pk, level in levels.items() if pk in targets and level < targets[pk])
        small = len(levels) < MIN_GROUP
        suppressed = small or (unit.pk, competence.pk) in hidden
        rows.append(UnitRow(
            competence=competence,
            assessed=len(levels),
            average=None if suppressed or not levels else round(sum(levels.values()) / len(levels), 1),
            below=None if suppressed else below,
            with_profile=len(targets),
            suppressed=suppressed,
            average_profile=round(sum(targets.values()) / len(targets), 1) if targets else None,
            small=small,
        ))
    return {"staff_count": len(staff), "rows": rows, "suppressed": len(staff) < MIN_GROUP}
