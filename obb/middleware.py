"""Tell a user whose session ran out why they are asked to log in again."""

from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext as _


class ExpiredSessionMiddleware:
    """A request that carries a session cookie the server no longer knows (the session
    expired after inactivity, or was ended elsewhere) gets a Danish explanation on the login
    page instead of a silent redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if cookie and not request.user.is_authenticated and not request.session.session_key:
            request.session_expired = True
            request.session["session_expired_notice"] = True
        return self.get_response(request)


def pop_expired_notice(request):
    """Return the expiry notice once, for the login page."""
    if request.session.pop("session_expired_notice", False):
        return _(
            "Du er blevet logget ud, fordi du ikke har brugt intranettet i %(minutes)s minutter. "
            "Log ind igen for at fortsætte. Intet af det, du var i gang med, er blevet gemt."
        ) % {"minutes": settings.SESSION_IDLE_MINUTES}
    return ""


__all__ = ["ExpiredSessionMiddleware", "pop_expired_notice", "messages"]
