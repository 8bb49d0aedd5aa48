"""Exports of MUS. Included from reporting/urls.py:

    path("mus/", include("reporting.urls_mus")),
"""

from django.urls import path

from reporting import views_mus

urlpatterns = [
    path("samtaler/<int:pk>/udviklingsplan.pdf", views_mus.plan_pdf, name="mus_plan_pdf"),
]
