from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from obb.navigation import panels_for


@login_required
def home(request):
    """The front page: the panels the user's roles call for."""
    return render(request, "obb/home.html", {"panels": panels_for(request.user)})
