from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from obb.models import Unit, User


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "parent", "manager", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "slug", "code"]
    list_select_related = ["parent", "manager"]
    autocomplete_fields = ["parent", "manager"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "unit", "job_title", "manager", "is_active"]
    list_filter = ["groups", "unit", "is_active", "is_staff"]
    list_select_related = ["unit", "manager"]
    search_fields = ["username", "first_name", "last_name", "email", "job_title", "employee_number"]
    autocomplete_fields = ["unit", "manager"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (_("Ansættelse"), {"fields": ["employee_number", "unit", "job_title", "manager", "start_date", "end_date"]}),
        (_("Log ind"), {"fields": ["sso_subject", "is_break_glass"]}),
    ]
    add_fieldsets = [
        *BaseUserAdmin.add_fieldsets,
        (_("Ansættelse"), {"fields": ["first_name", "last_name", "email", "unit", "job_title", "manager",
                                      "start_date"]}),
    ]
