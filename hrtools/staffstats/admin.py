"""Admin for the personaleregnskab: the years' snapshots (as facts) and Odense's reference
figures, for administrators (superusers) only.

Profiles and snapshot rows are individual-level data that the pages publish only as suppressed
aggregates; the administrator has no HR role, so `StaffProfile` and `SnapshotPerson` are not
registered: neither their rows nor their field-by-field history open in the admin."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.staffstats.models import ReferenceFigure, Snapshot


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


@admin.register(Snapshot)
class SnapshotAdmin(SuperuserOnlyAdmin):
    list_display = ["year", "counted_on", "source", "created_by", "created_at"]
    list_select_related = ["created_by"]
    readonly_fields = ["created_at"]


@admin.register(ReferenceFigure)
class ReferenceFigureAdmin(SuperuserOnlyAdmin):
    list_display = ["dimension", "category", "share", "source", "is_demo"]
    list_filter = ["dimension", "is_demo"]
