"""The administrator makes and revokes SCIM tokens here, and can read the SCIM groups."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from obb.scim.models import DeletedUser, ScimGroup, ScimToken


@admin.register(ScimToken)
class ScimTokenAdmin(SimpleHistoryAdmin):
    list_display = ["name", "hint", "created_by", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "hint"]
    list_select_related = ["created_by"]
    readonly_fields = ["hint", "created_by", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        return ["name"] if obj is None else ["name", *self.readonly_fields]

    def has_delete_permission(self, request, obj=None):
        # A token is revoked, not deleted: its history says who made it and when it was used.
        return False

    def save_model(self, request, obj, form, change):
        if change:
            obj._history_user = request.user
            obj.save()
            return
        token, raw = ScimToken.issue(obj.name, by=request.user)
        obj.pk, obj.digest, obj.hint = token.pk, token.digest, token.hint
        obj._raw_token = raw

    def response_add(self, request, obj, post_url_continue=None):
        # The token is shown on this one page and never again; only its digest is kept.
        context = {**self.admin_site.each_context(request), "token": obj, "raw_token": obj._raw_token,
                   "opts": self.opts, "title": _("Ny SCIM-nøgle")}
        return TemplateResponse(request, "admin/scim/token_created.html", context)

    @admin.action(description=_("Tilbagekald de valgte nøgler"), permissions=["change"])
    def revoke(self, request, queryset):
        tokens = list(queryset.usable())
        for token in tokens:
            token.revoke(by=request.user)
        self.message_user(request, ngettext("%(count)d nøgle er tilbagekaldt.", "%(count)d nøgler er tilbagekaldt.",
                                            len(tokens)) % {"count": len(tokens)}, messages.SUCCESS)


@admin.register(ScimGroup)
class ScimGroupAdmin(SimpleHistoryAdmin):
    """Read only: the identity provider owns the groups."""

    list_display = ["display_name", "external_id", "role_label"]
    search_fields = ["display_name", "external_id"]
    fields = ["display_name", "external_id", "scim_id", "role_label", "members", "created_at", "modified_at"]
    readonly_fields = fields

    @admin.display(description=_("giver rollen"))
    def role_label(self, obj):
        role = obj.role
        return role.label if role else "–"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(DeletedUser)
class DeletedUserAdmin(SimpleHistoryAdmin):
    """Staff the identity provider deleted. Deleting the row here lets SCIM see the person again."""

    list_display = ["user", "deleted_at"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    fields = ["user", "deleted_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
