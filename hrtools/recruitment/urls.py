from django.urls import path

from hrtools.recruitment import views

app_name = "recruitment"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("ny/", views.case_create, name="case_create"),
    path("<int:pk>/", views.case_detail, name="case_detail"),
    path("<int:pk>/rediger/", views.case_edit, name="case_edit"),
    path("<int:pk>/luk/", views.case_close, name="case_close"),
    path("<int:pk>/kandidater/ny/", views.candidate_add, name="candidate_add"),
    path("trin/<int:pk>/afkryds/", views.step_toggle, name="step_toggle"),
    path("kandidater/<int:pk>/", views.candidate_detail, name="candidate_detail"),
    path("kandidater/<int:pk>/rediger/", views.candidate_edit, name="candidate_edit"),
    path("kandidater/<int:pk>/ansaet/", views.candidate_hire, name="candidate_hire"),
    path("guide/", views.guide, name="guide"),
    path("guide/ny/", views.guide_step_add, name="guide_step_add"),
    path("guide/<int:pk>/", views.guide_step_edit, name="guide_step_edit"),
]
