"""The HR tools' URLs: each tool is its own Django app below hrtools/."""

from django.urls import include, path

urlpatterns = [
    path("kompetencer/", include("hrtools.competences.urls")),
    path("personaleregnskab/", include("hrtools.staffstats.urls")),
    path("rekruttering/", include("hrtools.recruitment.urls")),
    path("onboarding/", include("hrtools.onboarding.urls")),
    path("mus/", include("hrtools.mus.urls")),
]
