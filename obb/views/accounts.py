from django.conf import settings
from django.contrib.auth import views as auth_views

from obb.middleware import pop_expired_notice
from obb.sso import config as sso_config


class LoginView(auth_views.LoginView):
    """The login page: the identity provider's button when single sign-on is configured, and
    the password form while local passwords are on (LOCAL_LOGIN), or for break-glass accounts
    at ?lokal=1. Whether a password may be used at all is the backend's decision
    (obb.sso.backends.LocalPasswordBackend), so a POST without the form is refused too."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["expired_notice"] = pop_expired_notice(self.request)
        sso_enabled = sso_config.is_enabled()
        break_glass = self.request.GET.get("lokal") == "1"
        context.update(
            sso_enabled=sso_enabled,
            sso_label=settings.SSO_LOGIN_LABEL,
            break_glass=break_glass and not settings.LOCAL_LOGIN,
            # A refused POST shows the form again, with its error.
            show_password_form=(settings.LOCAL_LOGIN or break_glass or not sso_enabled
                                or context["form"].is_bound),
        )
        return context
