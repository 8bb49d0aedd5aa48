from django.urls import path

from hrtools.staffstats import views

app_name = "staffstats"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("opgoerelser/", views.snapshots, name="snapshots"),
    path("opgoerelser/fra-registeret/", views.snapshot_create, name="snapshot_create"),
    path("import/", views.import_upload, name="import"),
    path("import/bekraeft/", views.import_confirm, name="import_confirm"),
    path("import/skabelon.xlsx", views.import_template, name="import_template"),
    path("referencetal/", views.references, name="references"),
    path("profiler/", views.profiles, name="profiles"),
    path("profiler/<int:user_id>/", views.profile_edit, name="profile_edit"),
]
