"""The admin of follow-up rounds: rounds and their items, read-only, with their history. Rounds
are opened and closed on the pages, by leadership."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from strategy.followup.models import FollowUpItem, FollowUpRound


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
