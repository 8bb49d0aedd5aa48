import json

SCIM = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def post(client, path, body):
    return client.post(f"/scim/v2/{path}", json.dumps(body), content_type=SCIM)


def patch(client, path, *operations):
    return client.patch(f"/scim/v2/{path}", json.dumps({"schemas": [PATCH], "Operations": list(operations)}),
                        content_type=SCIM)


def put(client, path, body):
    return client.put(f"/scim/v2/{path}", json.dumps(body), content_type=SCIM)


def entra_user(username, **extra):
    """A User as Entra ID's default attribute mappings send it."""
    body = {
        "schemas": [USER, ENTERPRISE],
        "externalId": extra.pop("external_id", "4711"),
        "userName": username,
        "active": True,
        "displayName": "Sofie Hansen",
        "emails": [{"primary": True, "type": "work", "value": username}],
        "name": {"formatted": "Sofie Hansen", "familyName": "Hansen", "givenName": "Sofie"},
        "title": "Bibliotekar",
        ENTERPRISE: extra.pop("enterprise", {"department": "Nordhuset"}),
    }
    body.update(extra)
    return body


def history_reasons(user):
    return list(user.history.order_by("history_date", "history_id").values_list("history_change_reason", flat=True))
