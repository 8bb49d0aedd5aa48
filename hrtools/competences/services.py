"""The computations behind the kompetencespejl: the gaps of one employee and the aggregated gaps
of a unit. Views call these; the tests reach the arithmetic through `compute_gaps`."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hrtools.competences.models import Assessment, Competence, Profile
from obb.models import User

MIN_GROUP = 5  # aggregates over fewer people than this are shown as "færre end 5"


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
    suppressed: bool  # fewer than MIN_GROUP people: show "færre end 5"
    average_profile: float | None = None


def unit_gaps(unit, year):
    """Aggregated gaps of the current staff in `unit` and below it, per competence. Counting
    only; a competence assessed for fewer than MIN_GROUP people shows no numbers."""
    staff = list(User.objects.current().filter(unit__in=unit.subtree()).select_related("unit"))
    resolve = Profile.objects.all().resolver()
    profile_of = {person.pk: resolve(person) for person in staff}
    used = defaultdict(dict)  # competence id -> {employee id: level}
    for employee_id, competence_id, kind, level in (
        Assessment.objects.filter(employee__in=[p.pk for p in staff], year=year)
        .values_list("employee_id", "competence_id", "kind", "level")
    ):
        if kind == Assessment.Kind.MANAGER or employee_id not in used[competence_id]:
            used[competence_id][employee_id] = level
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
        suppressed = len(levels) < MIN_GROUP
        rows.append(UnitRow(
            competence=competence,
            assessed=len(levels),
            average=None if suppressed or not levels else round(sum(levels.values()) / len(levels), 1),
            below=None if suppressed else below,
            with_profile=len(targets),
            suppressed=suppressed,
            average_profile=round(sum(targets.values()) / len(targets), 1) if targets else None,
        ))
    return {"staff_count": len(staff), "rows": rows, "suppressed": len(staff) < MIN_GROUP}
