"""URLs of follow-up rounds, under /strategi/opfoelgning/."""

from django.urls import path

from strategy.followup import indicator_views, views

app_name = "followup"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("punkt/<int:pk>/", views.answer, name="answer"),
    path("runde/<int:pk>/faerdig/", views.done, name="done"),
    path("runder/", views.round_list, name="round_list"),
    path("runder/ny/", views.round_open, name="round_open"),
    path("runde/<int:pk>/", views.round_detail, name="round_detail"),
    path("runde/<int:pk>/luk/", views.round_close, name="round_close"),
    path("indikatorer/", indicator_views.indicator_list, name="indicators"),
    path("indikator/<int:pk>/", indicator_views.indicator_detail, name="indicator"),
    path("indikator/<int:pk>/maaling/", indicator_views.indicator_value_add, name="indicator_value_add"),
]
