from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from obb import forms
from obb.sso import views as sso_views
from obb.views import accounts, health, home, lifecycle, organisation, staffsync

account_patterns = [
    path("log-ind/", accounts.LoginView.as_view(authentication_form=forms.LoginForm), name="login"),
    path("log-ud/", sso_views.LogoutView.as_view(), name="logout"),
    path(
        "adgangskode/",
        auth_views.PasswordChangeView.as_view(
            template_name="accounts/password_change.html", form_class=forms.PasswordChangeForm
        ),
        name="password_change",
    ),
    path(
        "adgangskode/skiftet/",
        auth_views.PasswordChangeDoneView.as_view(template_name="accounts/password_change_done.html"),
        name="password_change_done",
    ),
    path(
        "glemt-adgangskode/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            form_class=forms.PasswordResetForm,
        ),
        name="password_reset",
    ),
    path(
        "glemt-adgangskode/sendt/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "nulstil/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html", form_class=forms.SetPasswordForm
        ),
        name="password_reset_confirm",
    ),
    path(
        "nulstil/faerdig/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html"),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("", home.home, name="home"),
    path("konto/", include(account_patterns)),
    path("oidc/", include("obb.sso.urls")),
    path("organisation/", organisation.unit_tree, name="unit_tree"),
    # Before the unit pages: these words are not unit slugs.
    path("organisation/personaleregister/", staffsync.upload, name="staff_sync"),
    path("organisation/personaleregister/bekraeft/", staffsync.confirm, name="staff_sync_confirm"),
    path("organisation/personaleregister/skabelon.xlsx", staffsync.template, name="staff_sync_template"),
    path("organisation/venter-paa-leder/", lifecycle.waiting, name="register_waiting"),
    path("organisation/overdragelse/", lifecycle.handover_list, name="handover_list"),
    path("organisation/overdragelse/<int:pk>/", lifecycle.handover, name="handover"),
    path("organisation/<slug:slug>/", organisation.unit_detail, name="unit_detail"),
    path("healthz", health.healthz, name="healthz"),
    path("strategi/opfoelgning/", include("strategy.followup.urls")),
    path("strategi/", include("strategy.urls")),
    path("hr/", include("hrtools.urls")),
    path("rapporter/", include("reporting.urls")),
    path("plan/", include("reporting.public_urls")),
    path("scim/v2/", include("obb.scim.urls")),
    path("admin/", admin.site.urls),
]

# A database that does not answer gets a Danish 503 page, an explained failure its own message.
handler400 = "obb.views.errors.bad_request"
handler500 = "obb.views.errors.server_error"

admin.site.site_header = "OBB intranet – administration"
admin.site.site_title = "OBB intranet"
admin.site.index_title = "Administration"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
