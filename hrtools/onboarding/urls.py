from django.urls import path

from hrtools.onboarding import views

app_name = "onboarding"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("mine/", views.mine, name="mine"),
    path("ny/", views.onboarding_start, name="onboarding_start"),
    path("<int:pk>/", views.onboarding_detail, name="onboarding_detail"),
    path("<int:pk>/mentor/", views.mentor_assign, name="mentor_assign"),
    path("<int:pk>/evaluering/", views.evaluation, name="evaluation"),
    path("<int:pk>/afslut/", views.onboarding_close, name="onboarding_close"),
    path("opgaver/<int:pk>/afkryds/", views.task_toggle, name="task_toggle"),
    path("skabeloner/", views.template_list, name="template_list"),
    path("skabeloner/ny/", views.template_create, name="template_create"),
    path("skabeloner/<int:pk>/", views.template_detail, name="template_detail"),
    path("skabeloner/<int:pk>/opgaver/ny/", views.template_task_add, name="template_task_add"),
    path("skabeloner/opgaver/<int:pk>/", views.template_task_edit, name="template_task_edit"),
    path("skabeloner/opgaver/<int:pk>/slet/", views.template_task_delete, name="template_task_delete"),
]
