from django.urls import path, re_path

from obb.scim import views

urlpatterns = [
    path("", views.endpoint, name="scim_root"),
    re_path(r"^(?P<scim_path>.+)$", views.endpoint, name="scim"),
]
