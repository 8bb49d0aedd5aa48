"""Danish error pages. Django renders 403.html, 404.html and 500.html itself; a failed CSRF
check gets its own explanation, because the usual cause is a form left open too long."""

from django.shortcuts import render


def csrf_failure(request, reason=""):
    return render(request, "errors/403_csrf.html", status=403)
