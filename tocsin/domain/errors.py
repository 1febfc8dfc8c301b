"""Domain errors: our own exception types, each with a message a person can act on.

The web layer maps them to HTTP statuses and the CLI prints them without a traceback.
"""

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class Tellable(Protocol):
    """A value that can be told in a reader's language itself (a level's name, a phrase)."""

    def told_in(self, translate: Callable[[str], str]) -> str: ...


@runtime_checkable
class Named(Protocol):
    """A value a reader's language names itself (a country: its name in the CLDR)."""

    def named_in(self, language: str) -> str: ...


class TocsinError(Exception):
    """Base of every error Tocsin raises on purpose.

    A message given as a template with named values (``InvalidInput("attachment {name}: the
    file is empty", name=name)``) reads the same in English, and a page can also tell it in
    its reader's language (`told_in`): the template is the catalog entry."""

    status_code = 400

    def __init__(self, message: str = "", /, **values: object) -> None:
        self.template = message
        self.values = values
        super().__init__(message.format(**values) if values else message)

    def told_in(self, translate: Callable[[str], str], language: str | None = None) -> str:
        """The message in the language ``translate`` looks it up in. A value that can be told
        itself (a level's name, composed as a `Reason`) is told in that language too, and one
        that is named in it (a country) by its name in ``language``, when given."""
        if not self.values:
            return translate(self.template) if self.template == str(self) else str(self)
        values = {name: _told(value, translate, language) for name, value in self.values.items()}
        return translate(self.template).format(**values)


def _told(value: object, translate: Callable[[str], str], language: str | None) -> object:
    if language is not None and isinstance(value, Named):
        return value.named_in(language)
    if isinstance(value, Tellable):
        return value.told_in(translate)
    return value


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
