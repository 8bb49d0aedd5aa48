"""The admin of onboarding: templates, onboardings and their tasks, with their history.

What the new hire and the manager write in the evaluation is refused by the pages to everyone
but its readers, so `OnboardingEvaluation` is not registered: neither its rows nor its
field-by-field history open in the admin.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.onboarding.models import (
    Onboarding,
    OnboardingTask,
    OnboardingTemplate,
    TemplateTask,
)


class TemplateTaskInline(admin.TabularInline):
    model = TemplateTask
    extra = 0


class OnboardingTaskInline(admin.TabularInline):
    model = OnboardingTask
    extra = 0
    raw_id_fields = ["done_by"]


@admin.register(OnboardingTemplate)
class OnboardingTemplateAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "is_active"]
    list_select_related = ["unit"]
    inlines = [TemplateTaskInline]


@admin.register(TemplateTask)
class TemplateTaskAdmin(SimpleHistoryAdmin):
    list_display = ["title", "template", "phase", "dimension", "responsible", "offset_amount", "offset_unit"]
    list_filter = ["template", "phase", "dimension", "responsible"]
    list_select_related = ["template"]


@admin.register(Onboarding)
class OnboardingAdmin(SimpleHistoryAdmin):
    list_display = ["new_hire", "unit", "start_date", "manager", "mentor", "closed_at"]
    list_select_related = ["new_hire", "unit", "manager", "mentor"]
    raw_id_fields = ["new_hire", "manager", "mentor", "created_by"]
    inlines = [OnboardingTaskInline]


@admin.register(OnboardingTask)
class OnboardingTaskAdmin(SimpleHistoryAdmin):
    list_display = ["title", "onboarding", "phase", "responsible", "due_date", "done_at"]
    list_filter = ["phase", "responsible"]
    list_select_related = ["onboarding__new_hire"]
    raw_id_fields = ["onboarding", "done_by"]

