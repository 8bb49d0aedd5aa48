from django.urls import path

from hrtools.competences import views

app_name = "competences"

urlpatterns = [
    path("", views.index, name="index"),
    path("mit-spejl/", views.my_mirror, name="my_mirror"),
    path("spejl/<int:user_id>/", views.mirror, name="mirror"),
    path("spejl/<int:user_id>/vurder/", views.assessment_add, name="assessment_add"),
    path("vurderinger/<int:pk>/ret/", views.assessment_edit, name="assessment_edit"),
    path("mine-medarbejdere/", views.team, name="team"),
    path("enheder/", views.units, name="units"),
    path("enheder/<int:unit_id>/", views.unit, name="unit"),
    path("karriereveje/", views.career, name="career"),
    path("karriereveje/mit-oenske/", views.career_aim, name="career_aim"),
    path("jobudvikling/", views.catalogue, name="catalogue"),
    path("jobudvikling/<int:pk>/", views.activity, name="activity"),
    path("jobudvikling/<int:pk>/foreslaa/", views.propose, name="propose"),
    path("forslag/<int:pk>/status/", views.proposal_decide, name="proposal_decide"),
    path("vedligehold/", views.maintain, name="maintain"),
    path("vedligehold/kompetencer/ny/", views.competence_add, name="competence_add"),
    path("vedligehold/kompetencer/<int:pk>/", views.competence_edit, name="competence_edit"),
    path("vedligehold/aktiviteter/ny/", views.activity_add, name="activity_add"),
    path("vedligehold/aktiviteter/<int:pk>/", views.activity_edit, name="activity_edit"),
    path("vedligehold/profiler/ny/", views.profile_add, name="profile_add"),
    path("vedligehold/profiler/<int:pk>/", views.profile_edit, name="profile_edit"),
    path("vedligehold/jobfamilier/ny/", views.jobfamily_add, name="jobfamily_add"),
    path("vedligehold/jobfamilier/<int:pk>/", views.jobfamily_edit, name="jobfamily_edit"),
    path("vedligehold/karrierespor/<int:pk>/", views.track_edit, name="track_edit"),
    path("vedligehold/karrieretrin/ny/", views.step_add, name="step_add"),
    path("vedligehold/karrieretrin/<int:pk>/", views.step_edit, name="step_edit"),
]
