"""Single sign-on with the municipality's identity provider (OpenID Connect).

mozilla-django-oidc runs the protocol (authorization code flow with state, nonce and PKCE, the
token request, the signature check against the provider's keys); this package adds what is
ours: the provider's endpoints found through its discovery document (`config`), who may come
in and which roles the provider's groups give (`admission`), the backends (`backends`), and the
views for the login button, the callback, the refusal page and logout (`views`).
With no provider configured, single sign-on is off and nothing here is reachable.
"""
