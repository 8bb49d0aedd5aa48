"""Public pages of published plans, outside the login: mounted by obb/urls.py as
`path("plan/", include("reporting.public_urls"))`."""

from django.urls import path

from reporting import views

app_name = "public_plan"

urlpatterns = [
    path("<int:year>/", views.public_plan, name="plan"),
    path("<int:year>/pdf/", views.public_plan_pdf, name="plan_pdf"),
]
