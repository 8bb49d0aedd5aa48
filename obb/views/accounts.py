from django.contrib.auth import views as auth_views

from obb.middleware import pop_expired_notice


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["expired_notice"] = pop_expired_notice(self.request)
        return context
