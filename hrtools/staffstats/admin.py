"""Admin for the personaleregnskab. Profiles and snapshot rows are individual-level data: their
change lists, forms and history pages open to administrators (superusers) only, and the
snapshot rows are read-only (they change only by replacing a whole year's snapshot)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.staffstats.models import ReferenceFigure, Snapshot, SnapshotPerson, StaffProfile


class SuperuserOnlyAdmin(SimpleHistoryAdmin):
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser


class ReadOnlyAdmin(SuperuserOnlyAdmin):
    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(StaffProfile)
class StaffProfileAdmin(SuperuserOnlyAdmin):
    list_display = ["user", "employment_type"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]


@admin.register(Snapshot)
class SnapshotAdmin(SuperuserOnlyAdmin):
    list_display = ["year", "counted_on", "source", "created_by", "created_at"]
    list_select_related = ["created_by"]
    readonly_fields = ["created_at"]


@admin.register(SnapshotPerson)
class SnapshotPersonAdmin(ReadOnlyAdmin):
    list_display = ["snapshot", "unit", "age_group", "gender", "education", "origin", "seniority", "hours",
                    "employment_type"]
    list_filter = ["snapshot"]
    list_select_related = ["snapshot", "unit"]


@admin.register(ReferenceFigure)
class ReferenceFigureAdmin(SuperuserOnlyAdmin):
    list_display = ["dimension", "category", "share", "source", "is_demo"]
    list_filter = ["dimension", "is_demo"]
