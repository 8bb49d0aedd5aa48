"""URLs of the strategy app: actions."""

from django.urls import path

from strategy.views import actions

urlpatterns = [
    path("handlinger/", actions.action_list, name="action_list"),
    path("handlinger/ny/", actions.action_create, name="action_create"),
    path("handlinger/<int:pk>/", actions.action_detail, name="action_detail"),
    path("handlinger/<int:pk>/rediger/", actions.action_edit, name="action_edit"),
    path("handlinger/<int:pk>/status/", actions.action_status, name="action_status"),
    path("handlinger/<int:pk>/noter/", actions.action_note_add, name="action_note_add"),
    path("handlinger/<int:pk>/arkiv/", actions.action_archive, name="action_archive"),
    path("handlinger/<int:pk>/flyt/", actions.action_move, name="action_move"),
    path("handlinger/<int:pk>/historik/<int:history_id>/gendan/", actions.action_restore, name="action_restore"),
]
