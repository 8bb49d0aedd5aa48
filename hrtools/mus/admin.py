"""The admin of MUS: templates and rounds with their history; conversations only as facts.

A conversation's content (answers, summary, the employee's comment, goals) is between the
employee and their manager. The admin is for administrators, who are neither, so:
- `Answer` and `Goal` are not registered at all;
- `Conversation` shows round, people, status and dates, read-only, without the summary or the
  comment, and its history page is Django's own log of admin actions, not the field-by-field
  history (which would copy the summary).
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from hrtools.mus.models import Conversation, PreparationTemplate, Round, RoundQuestion, TemplateQuestion

CONVERSATION_FACTS = ["round", "employee", "manager", "status", "scheduled_at", "shared_with_hr", "created_at",
                      "updated_at"]


class TemplateQuestionInline(admin.TabularInline):
    model = TemplateQuestion
    extra = 0


@admin.register(PreparationTemplate)
class PreparationTemplateAdmin(SimpleHistoryAdmin):
    list_display = ["name", "is_active", "updated_at"]
    list_filter = ["is_active"]
    inlines = [TemplateQuestionInline]


@admin.register(TemplateQuestion)
class TemplateQuestionAdmin(SimpleHistoryAdmin):
    list_display = ["template", "audience", "order", "text"]
    list_filter = ["template", "audience"]


class RoundQuestionInline(admin.TabularInline):
    model = RoundQuestion
    extra = 0
    readonly_fields = ["audience", "order", "text", "source"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Round)
class RoundAdmin(SimpleHistoryAdmin):
    list_display = ["name", "year", "period_start", "period_end", "opened_at"]
    readonly_fields = ["opened_at", "opened_by"]
    inlines = [RoundQuestionInline]


@admin.register(RoundQuestion)
class RoundQuestionAdmin(SimpleHistoryAdmin):
    list_display = ["round", "audience", "order", "text"]
    list_filter = ["round", "audience"]
    readonly_fields = ["round", "source", "audience", "order", "text"]

    def has_add_permission(self, request):
        return False


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    """Facts only, read-only; no content fields, no field history (see the module docstring)."""

    list_display = ["employee", "round", "manager", "status", "shared_with_hr"]
    list_filter = ["round", "status"]
    list_select_related = ["employee", "round", "manager"]
    search_fields = ["employee__first_name", "employee__last_name", "employee__username"]
    fields = CONVERSATION_FACTS
    readonly_fields = CONVERSATION_FACTS

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
