"""Danish error pages. Django renders 403.html, 404.html and 500.html itself; a failed CSRF
check gets its own explanation, because the usual cause is a form left open too long. Two kinds
of server error get their own page too: a database that does not answer (503, try again in a
moment, also when it shows as a session that could not be saved) and a failure the app can
explain (`obb.errors.ExplainedFailure`)."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views import defaults

from obb.errors import ExplainedFailure

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait before trying again while the database is unavailable.
DATABASE_RETRY_AFTER = 10


def csrf_failure(request, reason=""):
    return render(request, "errors/403_csrf.html", status=403)


def _database_failure(error):
    """Whether `error`, or an error it was raised while handling, is the database not answering."""
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__ or error.__context__
    return False


def bad_request(request, exception):
    """handler400. Saving the session at the end of a request that fails because the database
    went away raises SessionInterrupted (400); that is the database page's case, too."""
    if _database_failure(exception):
        return database_unavailable()
    return defaults.bad_request(request, exception)


def server_error(request):
    """handler500: called by Django while it handles the uncaught exception, so
    `sys.exc_info()` names it."""
    error = sys.exc_info()[1]
    if _database_failure(error):
        return database_unavailable()
    if isinstance(error, ExplainedFailure):
        try:
            return render(request, "errors/explained_failure.html", {"message": error.message},
                          status=error.status)
        except Exception:  # noqa: BLE001 - the plain 500 page is the fallback for a failing error page
            logger.exception("The page for an explained failure could not be rendered")
    return defaults.server_error(request)


def database_unavailable():
    """The 503 page for a database that does not answer. It is rendered without the request, so
    nothing on it (navigation, the user) needs the database."""
    response = HttpResponse(render_to_string("errors/503_database.html"), status=503)
    response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response
