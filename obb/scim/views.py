"""The SCIM endpoint: a Django view around scim2-server.

Only a bearer token opens it. The view never reads the session: a logged-in administrator's
browser gets the same 401 as anyone without a token. It is exempt from CSRF checks because a
browser cannot add the Authorization header to a cross-site request; the token is the proof.
"""

import json

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from scim2_server.requests import ScimRequest

from obb.scim.service import application

PREFIX = "/scim/v2"


@csrf_exempt
def endpoint(request, scim_path=""):
    # Whatever the session says, a SCIM request acts as nobody (the history records no user).
    request.user = AnonymousUser()
    app = application()
    try:
        body = request.body
    except RequestDataTooBig:
        body = None
    scim_request = ScimRequest(
        method=request.method,
        base_url=request.build_absolute_uri(PREFIX),
        path=app.split_path("/" + scim_path),
        query=request.GET.dict(),
        headers=list(request.headers.items()),
        body=body or b"",
    )
    if body is None:
        response = _payload_too_large(app, scim_request)
    else:
        response = app.serve(scim_request)
    content = b"" if response.body is None else json.dumps(response.body).encode()
    http_response = HttpResponse(content, status=response.status.value,
                                 content_type=response.headers.pop("Content-Type", "application/scim+json"))
    for name, value in response.headers.items():
        http_response[name] = value
    return http_response


def _payload_too_large(app, scim_request):
    error = app.service.payload_too_large(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return app.finalize_response(scim_request, app.service.error_response(error))
