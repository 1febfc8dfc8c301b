"""What the OpenAPI document promises partner tools and mobile apps, where FastAPI cannot see
it for itself: every error is one ``detail`` line naming the bad fields, the bodies that carry
files are multipart forms with named parts, and which operations the public may call without
a token."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ApiError(BaseModel):
    detail: str = Field(
        description="What was wrong, field by field ('title: String should have at least 3 "
        "characters; country: unknown country')",
        examples=["country: unknown country 'Atlantis'"],
    )


_MEANINGS = {
    400: "A multipart form that cannot be parsed (no boundary, a broken part)",
    401: "The bearer token is unknown, expired or revoked",
    403: "Your role may not do this",
    404: "No such record (or not visible to you)",
    409: "The record is not in a state that allows this (a report already verified)",
    413: "The request body is larger than the limit",
    422: (
        "The request is not valid: each bad field is named (a body that is not JSON, or not "
        "sent as application/json, is named `body`)"
    ),
    429: "Too many anonymous submissions or exports from this address; try again later",
}

#: The error responses every API operation documents (``APIRouter(responses=...)``).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ApiError, "description": meaning} for code, meaning in _MEANINGS.items()
}

#: ``openapi_extra`` of an operation anyone may call, a token only saying who calls (an analyst
#: sees more, a monitor's send is theirs): the empty requirement is the "no token" alternative.
#: FastAPI lists the bearer scheme as required on every operation that reads the token, which
#: is right for the operations that refuse the public; one that does not read it lists none.
TOKEN_OPTIONAL: dict[str, Any] = {"security": [{}]}

#: A paged listing's total, so that a client knows how many pages there are.
TOTAL_HEADER = "X-Total-Count"
TOTAL_HEADER_DOC = {
    TOTAL_HEADER: {
        "description": "how many rows match, over all pages",
        "schema": {"type": "integer"},
    }
}


def multipart_body(parts: dict[str, dict[str, Any]], required: list[str]) -> dict[str, Any]:
    """``openapi_extra`` for a route that reads its multipart form itself (to stream files and
    bound their number), so that the document still names the parts."""
    schema = {"type": "object", "properties": parts, "required": required}
    return {
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}
    }
