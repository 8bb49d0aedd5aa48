"""The admin of the rekrutteringsguide: the guide's steps, and cases with their steps.

Candidates and the committee's notes about them are for the hiring committee and HR only (the
case pages refuse the administrator), so `Candidate` and `CandidateNote` are not registered and
no case shows them inline: neither the rows nor their field-by-field history open in the admin.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.recruitment.models import CaseStep, GuideStep, RecruitmentCase


class CaseStepInline(admin.TabularInline):
    model = CaseStep
    extra = 0
    raw_id_fields = ["guide_step", "done_by"]


@admin.register(GuideStep)
class GuideStepAdmin(SimpleHistoryAdmin):
    list_display = ["order", "title", "offset_days", "is_active"]
    list_display_links = ["title"]


@admin.register(RecruitmentCase)
class RecruitmentCaseAdmin(SimpleHistoryAdmin):
    list_display = ["title", "unit", "hiring_manager", "application_deadline", "status", "closed_at"]
    list_filter = ["status"]
    list_select_related = ["unit", "hiring_manager"]
    raw_id_fields = ["hiring_manager", "created_by"]
    filter_horizontal = ["committee"]
    inlines = [CaseStepInline]


@admin.register(CaseStep)
class CaseStepAdmin(SimpleHistoryAdmin):
    list_display = ["title", "case", "due_date", "done_at"]
    list_select_related = ["case__unit"]
    raw_id_fields = ["case", "guide_step", "done_by"]

