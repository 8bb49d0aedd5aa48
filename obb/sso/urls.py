from django.urls import path

from obb.sso import views

urlpatterns = [
    path("log-ind/", views.SSOLoginView.as_view(), name="oidc_authentication_init"),
    path("callback/", views.SSOCallbackView.as_view(), name="oidc_authentication_callback"),
    path("afvist/", views.refused, name="sso_refused"),
]
