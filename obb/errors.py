"""Failures the app can explain to the person who met them.

A view or service raises `ExplainedFailure` (or a subclass) with a Danish message when a request
cannot be completed for a reason the person should hear about, such as a document that could not
be rendered. The 500 handler (`obb.views.errors.server_error`) shows that message on a Danish page
instead of the generic one; the exception is still logged with its traceback.
"""


class ExplainedFailure(Exception):
    """`message` is Danish and meant for the person; `status` is the response's status code."""

    status = 500

    def __init__(self, message, *, status=None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
