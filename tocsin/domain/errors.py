"""Domain errors: our own exception types, each with a message a person can act on.

The web layer maps them to HTTP statuses and the CLI prints them without a traceback.
"""


class TocsinError(Exception):
    """Base of every error Tocsin raises on purpose."""

    status_code = 400


class InvalidInput(TocsinError):
    """Input failed validation at the edge; the message names the field."""

    status_code = 422


class NotFound(TocsinError):
    status_code = 404


class PermissionDenied(TocsinError):
    status_code = 403


class NotAuthenticated(TocsinError):
    status_code = 401


class InvalidTransition(TocsinError):
    """A state change the rules do not allow (a report verified twice, a level set backwards)."""

    status_code = 409


class Conflict(TocsinError):
    status_code = 409


class RateLimited(TocsinError):
    status_code = 429
