"""Automatic provisioning with SCIM 2.0 (RFC 7643/7644): the identity provider pushes staff and groups.

The protocol (routing, validation, PATCH and PUT semantics, filters, discovery, errors) is
scim2-server's; this app keeps the bearer tokens, the SCIM groups, the mapping between SCIM
resources and the staff register (`storage.py`), and the Django view that serves it (`views.py`).
See docs/identity.md, part 3.
"""
