from django.urls import include, path

from reporting import views

app_name = "reporting"

urlpatterns = [
    path("plan/<int:year>/", views.plan_detail, name="plan_detail"),
    path("plan/<int:year>/hent/<str:fmt>/", views.plan_download, name="plan_download"),
    path("plan/<int:year>/status/<str:status>/", views.plan_move, name="plan_move"),
    path("personaleregnskab/", include("reporting.urls_staffstats")),
    path("kompetencer/", include("reporting.urls_competences")),
    path("mus/", include("reporting.urls_mus")),
    path("opfoelgning/", include("reporting.urls_followup")),
]
