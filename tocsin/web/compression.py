"""Responses sent gzip-compressed to clients that ask: the report form is about 30 KB as it
is and a few KB compressed, which on a field monitor's 2G link is the difference between
seconds and most of a minute.

Pages can be compressed because no secret is ever written into one twice alike: the CSRF token
is masked afresh in every response (`tocsin.web.csrf`), and the session cookie travels in a
header, which gzip does not touch. Streaming responses (exports) are compressed chunk by chunk
and flushed as they go, so they still start at once. What is already compressed, or is evidence
sent as it was received (attachments), is passed through unchanged.
"""

from __future__ import annotations

from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware
from starlette.types import ASGIApp

#: Below this a response gains less from gzip than its header costs.
MINIMUM_SIZE = 500
#: zlib's own default: nearly level 9's ratio on text, at a fraction of its CPU time.
LEVEL = 6
#: Sent as they are: compressed formats, and attachments, which are evidence kept byte for byte
#: (Content-Type application/octet-stream) and most often photos, recordings or PDFs.
PASSED_THROUGH = (
    *DEFAULT_EXCLUDED_CONTENT_TYPES,
    "image/*",
    "application/octet-stream",
    "application/pdf",
    "application/x-7z-compressed",
    "application/x-bzip2",
    "application/x-xz",
    "application/zstd",
)


class Compression(GZipMiddleware):
    def __init__(self, app: ASGIApp) -> None:
        super().__init__(
            app,
            minimum_size=MINIMUM_SIZE,
            compresslevel=LEVEL,
            exclude_content_types=PASSED_THROUGH,
        )
