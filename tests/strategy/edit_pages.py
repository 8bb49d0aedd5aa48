"""Posting to leadership's edit pages as the page itself does."""


def post_as_page(client, url, data, **kwargs):
    """Open the edit page at `url`, then post `data` with the saved state the page was opened on
    (its hidden fields), as a person saving the page in a browser would."""
    state = client.get(url).context["state_form"]
    opened = {"saved_state": state["saved_state"].value(), "opened_at": state["opened_at"].value()}
    return client.post(url, {**opened, **data}, **kwargs)
