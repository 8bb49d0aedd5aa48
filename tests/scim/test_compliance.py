"""The scim2-tester compliance checks (RFC 7643/7644), run against the intranet's SCIM endpoint.

The checks discover the server from /ServiceProviderConfig, /ResourceTypes and /Schemas, then
create, read, search, replace, patch (add, replace, remove every attribute) and delete Users and
Groups. They call the Django application in-process through its WSGI handler, with a real token.
"""

import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from scim2_client.engines.wsgi import WSGISCIMClient
from scim2_tester import Status, check_server

# The checks that cannot apply to a staff register, with why. Each must still run and fail the
# way stated here, so that the list does not hide anything else.
NOT_APPLICABLE = {
    ("User", "check_remove_attribute", "Attribute 'active' was not removed"):
        "Every account is either active or a leaver; there is no third state. A PATCH that removes "
        "`active` (or a PUT without it) leaves the account as it was; only active=false closes it.",
}


@pytest.fixture
def checks(world, token):
    client = WSGISCIMClient(WSGIHandler(), base_url="http://testserver/scim/v2",
                            headers={"Authorization": f"Bearer {token}"})
    # As Django's test client does: a request must not close the connection that holds the
    # test's transaction (with CONN_MAX_AGE=0 it would, on PostgreSQL).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        return check_server(client)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _key(result):
    return next((key for key in NOT_APPLICABLE
                 if key[:2] == (result.resource_type, result.title) and key[2] in (result.reason or "")), None)


def test_every_compliance_check_passes_but_those_that_cannot_apply(checks):
    report = "\n".join(f"{r.status.name:8} {r.resource_type or '-':6} {r.title}: {r.reason}" for r in checks)
    failed = [r for r in checks if r.status != Status.SUCCESS and _key(r) is None]
    assert not failed, report
    not_applicable = {_key(r): r for r in checks if _key(r) is not None}
    assert set(not_applicable) == set(NOT_APPLICABLE), report
    assert all(r.status == Status.ERROR for r in not_applicable.values()), report
    # The run covered both resource types and every kind of check.
    titles = {(r.resource_type, r.title) for r in checks if r.status == Status.SUCCESS}
    for resource_type in ("User", "Group"):
        for title in ("object_creation", "object_query", "object_query_without_id", "object_replacement",
                      "object_deletion", "check_add_attribute", "check_replace_attribute",
                      "check_remove_attribute", "search_with_attributes"):
            assert (resource_type, title) in titles, (resource_type, title, report)
    # Each attribute of both resource types is added, replaced and removed: some eighty checks.
    assert len([r for r in checks if r.status == Status.SUCCESS]) >= 80, report
