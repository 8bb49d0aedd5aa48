from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

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


class ValueInline(admin.TabularInline):
    model = Value
    extra = 0


class PriorityInline(admin.TabularInline):
    model = Priority
    extra = 0


class KeyFigureRowInline(admin.TabularInline):
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
class PejlemaerkeAdmin(SimpleHistoryAdmin):
    list_display = ["number", "name", "strategy"]
    list_filter = ["strategy"]
    inlines = [PriorityInline]


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["year", "title", "status", "approved_at", "published_at"]
    list_filter = ["status"]


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "plan", "pejlemaerke", "status", "unit", "owner", "is_archived"]
    list_filter = ["plan", "pejlemaerke", "status", "is_archived"]
    list_select_related = ["plan", "pejlemaerke", "unit", "owner"]
    search_fields = ["text"]
    autocomplete_fields = ["unit", "owner"]
    filter_horizontal = ["projects", "partners", "goals"]
    inlines = [ProgressNoteInline]


@admin.register(KeyFigureTable)
class KeyFigureTableAdmin(SimpleHistoryAdmin):
    list_display = ["title", "plan", "order"]
    list_filter = ["plan"]
    inlines = [KeyFigureRowInline]


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
    admin.site.register(model, type(f"{model.__name__}Admin", (SimpleHistoryAdmin,), {"list_display": fields}))
