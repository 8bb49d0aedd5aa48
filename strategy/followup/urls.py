"""URLs of follow-up rounds, under /strategi/opfoelgning/."""

from django.urls import path

from strategy.followup import views

app_name = "followup"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("punkt/<int:pk>/", views.answer, name="answer"),
    path("runde/<int:pk>/faerdig/", views.done, name="done"),
    path("runder/", views.round_list, name="round_list"),
    path("runder/ny/", views.round_open, name="round_open"),
    path("runde/<int:pk>/", views.round_detail, name="round_detail"),
    path("runde/<int:pk>/luk/", views.round_close, name="round_close"),
]
