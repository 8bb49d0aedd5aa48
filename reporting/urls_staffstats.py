"""Exports of the personaleregnskab. Included from reporting/urls.py:

    path("personaleregnskab/", include("reporting.urls_staffstats")),
"""

from django.urls import path

from reporting import views_staffstats

urlpatterns = [
    path("pdf/", views_staffstats.staffstats_pdf, name="staffstats_pdf"),
    path("excel/", views_staffstats.staffstats_xlsx, name="staffstats_xlsx"),
]
