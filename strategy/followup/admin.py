"""The admin of follow-up rounds (read-only: rounds are opened, answered and closed on the pages)
and of indicators with their targets and values, each with its history."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from strategy.followup.indicators import Indicator, IndicatorTarget, IndicatorValue
from strategy.followup.models import Completion, FollowUpItem, FollowUpRound, ReminderSent


class ReadOnlyAdmin(SimpleHistoryAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(FollowUpRound)
class FollowUpRoundAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "plan", "number", "deadline", "opened_at", "closed_at"]
    list_filter = ["plan"]


@admin.register(FollowUpItem)
class FollowUpItemAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "round", "status_before", "status", "is_delayed", "answered_at"]
    list_filter = ["round", "is_delayed"]
    search_fields = ["action_text", "note"]


@admin.register(Completion)
class CompletionAdmin(ReadOnlyAdmin):
    list_display = ["round", "person", "done_at"]


@admin.register(ReminderSent)
class ReminderSentAdmin(ReadOnlyAdmin):
    list_display = ["round", "person", "day", "sent_at"]
    list_filter = ["day"]


class IndicatorTargetInline(admin.TabularInline):
    model = IndicatorTarget
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "pejlemaerke", "unit_of_measure", "owner"]
    list_filter = ["pejlemaerke"]
    search_fields = ["name"]
    raw_id_fields = ["owner", "key_figure_row"]
    inlines = [IndicatorTargetInline]


@admin.register(IndicatorTarget)
class IndicatorTargetAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "year", "value"]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "year", "quarter", "value", "measured_on", "source"]
    list_filter = ["year"]
    raw_id_fields = ["entered_by"]
