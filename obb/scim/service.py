"""The SCIM service: scim2-server's protocol with the intranet's resources and bearer tokens."""

import json
from dataclasses import replace
from functools import lru_cache

from django.utils.translation import gettext as _
from scim2_models import (
    URI,
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    ETag,
    Filter,
    Patch,
    Reference,
    ResourceType,
    ScimPolicy,
    ScimProvider,
    ServiceProviderConfig,
    Sort,
    UnauthorizedException,
)
from scim2_server.applications.base import BaseApplication
from scim2_server.handler import ScimHandler
from scim2_server.requests import ScimRequest
from scim2_server.service import ScimService

from obb.scim.models import ScimToken
from obb.scim.resources import ENTERPRISE_SCHEMA, EnterpriseUser, Group, ScimUser, User
from obb.scim.storage import RegisterStorage, unit_names

MAX_RESULTS = 200

CONFIG = ServiceProviderConfig(
    documentation_uri=None,
    patch=Patch(supported=True),
    bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
    filter=Filter(supported=True, max_results=MAX_RESULTS),
    change_password=ChangePassword(supported=False),
    sort=Sort(supported=False),
    etag=ETag(supported=False),
    authentication_schemes=[AuthenticationScheme(
        type=AuthenticationScheme.Type.oauthbearertoken,
        name="Bearer token",
        description="A token made by the intranet's administrator, sent as 'Authorization: Bearer <token>'.",
        primary=True,
    )],
)


def _resource_type(model, name, endpoint, description):
    resource_type = ResourceType.from_resource(model)
    resource_type.description = description
    resource_type.endpoint = Reference[URI](endpoint)
    return resource_type


PROVIDER = ScimProvider(
    models=[User, EnterpriseUser, Group],
    resource_types=[
        _resource_type(ScimUser, "User", "/Users", "Staff of the intranet's register"),
        _resource_type(Group, "Group", "/Groups", "Groups; some give a role of the intranet"),
    ],
    config=CONFIG,
    # What Entra ID sends beyond the RFC: attributes of its default mappings that the intranet
    # does not keep (name.formatted, phoneNumbers, addresses, …) are ignored rather than refused;
    # a remove with a value removes that value; a filtered path with no match adds the entry.
    policy=ScimPolicy(
        unknown=ScimPolicy.Unknown.ignore,
        remove_value_as_filter=ScimPolicy.RemoveValue.apply,
        unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
    ),
)


class IntranetService(ScimService):
    """Publishes the units the department attribute accepts as its canonical values."""

    def schemas(self, location, query):
        response = super().schemas(location, query)
        for schema in response.body.get("Resources", []):
            _list_units(schema)
        return response

    def schema(self, location, schema_id, query):
        response = super().schema(location, schema_id, query)
        _list_units(response.body)
        return response


def _list_units(schema):
    if schema.get("id") != ENTERPRISE_SCHEMA:
        return
    for attribute in schema.get("attributes", []):
        if attribute.get("name") == "department":
            attribute["canonicalValues"] = unit_names()


class IntranetApplication(BaseApplication):
    """Every endpoint needs a token, the ServiceProviderConfig too: the intranet tells nothing
    about itself to whoever asks."""

    def needs_auth(self, request):
        return True

    def check_auth(self, request: ScimRequest):
        scheme, _space, raw = (request.header("Authorization") or "").partition(" ")
        token = ScimToken.authenticate(raw.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            raise UnauthorizedException(detail=_("Kræver en gyldig SCIM-nøgle (Authorization: Bearer …)."))
        request.subject = token

    def get_subject(self, request):
        return request.subject

    def serve(self, request: ScimRequest):
        try:
            self.check_auth(request)
            response = self.handler.handle(_entra_compatible(request))
        except Exception as exception:
            response = self.handle_exception(request, exception)
        return self.finalize_response(request, response)


@lru_cache(maxsize=1)
def application() -> IntranetApplication:
    app = IntranetApplication(PROVIDER, IntranetService(PROVIDER))
    app.handler = ScimHandler(app.service, RegisterStorage())
    return app


def _entra_compatible(request: ScimRequest) -> ScimRequest:
    """Two habits of Entra ID's PATCH requests that RFC 7644 does not allow, made standard:
    a manager given as a bare id ("value": "42" instead of {"value": "42"}), and displayName
    on a User, which the intranet derives from the names (it is read-only; Entra still sends it)."""
    if request.method.upper() != "PATCH" or not request.path.strip("/").lower().startswith("users/"):
        return request
    try:
        body = json.loads(request.body)
        operations = body["Operations"]
    except (ValueError, KeyError, TypeError):
        return request
    if not isinstance(operations, list):
        return request
    kept = []
    for operation in operations:
        if not isinstance(operation, dict):
            kept.append(operation)
            continue
        path = str(operation.get("path") or "")
        value = operation.get("value")
        if path.lower() == "displayname":
            continue
        if path.lower().endswith("manager") and isinstance(value, str):
            operation = {**operation, "value": {"value": value}}
        if not path and isinstance(value, dict):
            value = {key: item for key, item in value.items() if key.lower() != "displayname"}
            operation = {**operation, "value": value}
        kept.append(operation)
    if not kept:  # only displayName: nothing to change, answer with the resource as it is
        return replace(request, method="GET", body=b"")
    body["Operations"] = kept
    return replace(request, body=json.dumps(body).encode())
