from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.competences.models import (
    Assessment,
    CareerAim,
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    DevelopmentProposal,
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


@admin.register(Assessment)
class AssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["employee", "competence", "year", "kind", "level"]
    list_filter = ["year", "kind"]
    raw_id_fields = ["employee", "assessed_by"]
    list_select_related = ["employee", "competence"]


@admin.register(CareerTrack)
class CareerTrackAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "order"]
    inlines = [CareerStepInline]


@admin.register(CareerStep)
class CareerStepAdmin(SimpleHistoryAdmin):
    list_display = ["track", "order", "name"]
    list_filter = ["track"]
    filter_horizontal = ["competences"]


@admin.register(CareerAim)
class CareerAimAdmin(SimpleHistoryAdmin):
    list_display = ["employee", "step", "updated_at"]
    raw_id_fields = ["employee"]


@admin.register(DevelopmentActivity)
class DevelopmentActivityAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "duration", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["title", "description"]
    filter_horizontal = ["competences"]


@admin.register(DevelopmentProposal)
class DevelopmentProposalAdmin(SimpleHistoryAdmin):
    list_display = ["employee", "activity", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["employee", "proposed_by"]
