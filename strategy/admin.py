from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.forms import ModelForm
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from strategy.forms.photos import PhotoCaptionForm
from strategy.models import (
    Action,
    Foreword,
    Goal,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Priority,
    ProgressNote,
    Project,
    StrategyPeriod,
    Value,
)


def _strategy_is_locked(strategy_id):
    return Plan.objects.filter(strategy=strategy_id, status=Plan.Status.PUBLISHED).exists()


def is_locked(obj):
    """Whether `obj` is printed content of a published plan, which the admin may not change
    any more than leadership may on the intranet. The strategy's pejlemærker and priorities
    read as printed once one of its plans is published."""
    if obj is None or obj.pk is None:
        return False
    if isinstance(obj, Plan):
        return Plan.objects.filter(pk=obj.pk, status=Plan.Status.PUBLISHED).exists()
    if isinstance(obj, Pejlemaerke):
        return _strategy_is_locked(obj.strategy_id)
    if isinstance(obj, Priority):
        return _strategy_is_locked(obj.pejlemaerke.strategy_id)
    if isinstance(obj, KeyFigureRow):
        return obj.table.plan.content_is_locked
    if isinstance(obj, Foreword | PhotoCaption | Partner | Project | KeyFigureTable):
        return obj.plan.content_is_locked
    return False


class PublishedPlanLockMixin:
    """Refuses adding, changing and deleting the content of a published plan in the admin."""

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not is_locked(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not is_locked(obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # New content goes only into plans that are not yet published.
        if db_field.related_model is Plan and db_field.name == "plan":
            kwargs["queryset"] = Plan.objects.exclude(status=Plan.Status.PUBLISHED)
        elif db_field.related_model is KeyFigureTable:
            kwargs["queryset"] = KeyFigureTable.objects.exclude(plan__status=Plan.Status.PUBLISHED)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting to an earlier version is a change of the object as it is now.
        if request.method == "POST" and not self.has_change_permission(request, self.get_object(request, object_id)):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class LockedParentInlineMixin:
    """An inline whose rows are part of their parent's content: locked with it."""

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not is_locked(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not is_locked(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not is_locked(obj)


class LockedHistoryAdmin(PublishedPlanLockMixin, SimpleHistoryAdmin):
    pass


class ValueInline(admin.TabularInline):
    model = Value
    extra = 0


class PriorityInline(LockedParentInlineMixin, admin.TabularInline):
    model = Priority
    extra = 0


class KeyFigureRowInline(LockedParentInlineMixin, admin.TabularInline):
    model = KeyFigureRow
    extra = 0


class ProgressNoteInline(admin.TabularInline):
    model = ProgressNote
    extra = 0
    autocomplete_fields = ["author"]


@admin.register(StrategyPeriod)
class StrategyPeriodAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "start_year", "end_year"]
    inlines = [ValueInline]


@admin.register(Pejlemaerke)
class PejlemaerkeAdmin(LockedHistoryAdmin):
    list_display = ["number", "name", "strategy"]
    list_filter = ["strategy"]
    inlines = [PriorityInline]


@admin.register(Plan)
class PlanAdmin(LockedHistoryAdmin):
    """The workflow (kladde → godkendt → offentliggjort) is leadership's, on the plan's page:
    here its fields are read-only, and a published plan cannot be changed or deleted."""

    WORKFLOW_FIELDS = ["status", "approved_at", "approved_by", "published_at", "published_by"]

    list_display = ["year", "title", "status", "approved_at", "published_at"]
    list_filter = ["status"]
    readonly_fields = WORKFLOW_FIELDS

    def save_model(self, request, obj, form, change):
        # A reverted history version carries the workflow fields of its day; keep today's.
        if change:
            current = Plan.objects.get(pk=obj.pk)
            for name in self.WORKFLOW_FIELDS:
                setattr(obj, name, getattr(current, name))
        else:
            obj.status, obj.approved_at, obj.approved_by = Plan.Status.DRAFT, None, None
            obj.published_at = obj.published_by = None
        super().save_model(request, obj, form, change)


@admin.register(Action)
class ActionAdmin(LockedHistoryAdmin):
    """As on the intranet, an action of a published plan keeps its text and details; its status
    and progress notes still change through the year. It cannot be deleted."""

    list_display = ["action_text", "plan", "pejlemaerke", "status", "unit", "owner", "is_archived"]
    list_filter = ["plan", "pejlemaerke", "status", "is_archived"]
    list_select_related = ["plan", "pejlemaerke", "unit", "owner"]
    search_fields = ["text"]
    autocomplete_fields = ["unit", "owner"]
    filter_horizontal = ["projects", "partners", "goals"]
    inlines = [ProgressNoteInline]

    @admin.display(description=_("handling"), ordering="text")
    def action_text(self, action):
        return action.short_text

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.pk is not None and obj.plan.content_is_locked:
            return [field.name for field in Action._meta.get_fields()
                    if field.name != "status" and (field.concrete or field.many_to_many) and field.editable
                    and not field.auto_created]
        return super().get_readonly_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        locked = obj is not None and obj.pk is not None and obj.plan.content_is_locked
        return super().has_delete_permission(request, obj) and not locked

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A reverted version would bring back the old text; the action's own pages restore versions.
        current = self.get_object(request, object_id)
        if request.method == "POST" and current is not None and current.plan.content_is_locked:
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


@admin.register(KeyFigureTable)
class KeyFigureTableAdmin(LockedHistoryAdmin):
    list_display = ["title", "plan", "order"]
    list_filter = ["plan"]
    inlines = [KeyFigureRowInline]


# Uploads in the admin are checked by content and size like any other (obb/uploads.py).
ADMIN_FORMS = {PhotoCaption: PhotoCaptionForm}

for model, fields in [
    (Value, ["title", "strategy", "order"]),
    (Priority, ["__str__", "pejlemaerke", "order"]),
    (Foreword, ["heading", "plan", "kind"]),
    (PhotoCaption, ["caption", "plan", "placement"]),
    (Partner, ["name", "country", "plan"]),
    (Project, ["title", "plan", "pejlemaerke", "funder", "period"]),
    (KeyFigureRow, ["label", "table", "order"]),
    (ProgressNote, ["action", "date", "author"]),
    (Goal, ["kind", "number", "name"]),
]:
    admin.site.register(model, type(f"{model.__name__}Admin", (LockedHistoryAdmin,),
                                    {"list_display": fields, "form": ADMIN_FORMS.get(model, ModelForm)}))
