from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reporting.models import PublishedDocument


@admin.register(PublishedDocument)
class PublishedDocumentAdmin(SimpleHistoryAdmin):
    list_display = ["filename", "plan", "format", "size", "created_at", "created_by"]
    list_filter = ["format", "plan"]
    readonly_fields = ["plan", "format", "filename", "content_type", "size", "sha256", "created_at", "created_by"]
    exclude = ["content"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
