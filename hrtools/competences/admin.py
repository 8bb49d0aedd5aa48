"""The admin of the kompetencespejl: competences, profiles, job families, career tracks and the
catalogue, with their history.

A person's assessments, career aim and development proposals are between the employee and their
manager (the mirror's pages refuse everyone else, the administrator included), so `Assessment`,
`CareerAim` and `DevelopmentProposal` are not registered: neither their rows nor their
field-by-field history open in the admin.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.competences.models import (
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    JobFamily,
    Profile,
    ProfileLevel,
)


class ProfileLevelInline(admin.TabularInline):
    model = ProfileLevel
    extra = 0


class CareerStepInline(admin.StackedInline):
    model = CareerStep
    extra = 0
    filter_horizontal = ["competences"]


@admin.register(Competence)
class CompetenceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["pejlemaerker"]


@admin.register(JobFamily)
class JobFamilyAdmin(SimpleHistoryAdmin):
    list_display = ["name"]


@admin.register(Profile)
class ProfileAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "job_family"]
    inlines = [ProfileLevelInline]


@admin.register(ProfileLevel)
class ProfileLevelAdmin(SimpleHistoryAdmin):
    list_display = ["profile", "competence", "level"]
    list_filter = ["profile"]


@admin.register(CareerTrack)
class CareerTrackAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "order"]
    inlines = [CareerStepInline]


@admin.register(CareerStep)
class CareerStepAdmin(SimpleHistoryAdmin):
    list_display = ["track", "order", "name"]
    list_filter = ["track"]
    filter_horizontal = ["competences"]


@admin.register(DevelopmentActivity)
class DevelopmentActivityAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "duration", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["title", "description"]
    filter_horizontal = ["competences"]

