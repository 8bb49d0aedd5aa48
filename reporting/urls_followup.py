"""Exports of follow-up rounds. Included from reporting/urls.py:

    path("opfoelgning/", include("reporting.urls_followup")),
"""

from django.urls import path

from reporting import views_followup

urlpatterns = [
    path("runde/<int:pk>/statusrapport.<str:fmt>", views_followup.status_report, name="status_report"),
]
