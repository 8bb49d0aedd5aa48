"""Exports of the kompetencespejl. Included from reporting/urls.py:

    path("kompetencer/", include("reporting.urls_competences")),
"""

from django.urls import path

from reporting import views_competences

urlpatterns = [
    path("enheder/<int:unit_id>/excel/", views_competences.unit_xlsx, name="competences_unit_xlsx"),
]
