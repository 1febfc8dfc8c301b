"""A response streamed from the store that stops reading it when its client goes away.

Starlette's StreamingResponse, under uvicorn, goes on pulling a body whose client has left
(the server drops what is sent), so a phone that lost its signal a few rows into a whole-store
export kept a read transaction open, and the store busy, until the last row was read. This
one listens for the disconnect, stops, and closes the iterator, so that the iterator's own
clean-up (the connection back to the pool, the snapshot ended) runs at once.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send


class StoreStream(StreamingResponse):
    def __init__(self, pieces: Generator[bytes, None, None], **kwargs: Any) -> None:
        super().__init__(pieces, **kwargs)
        self.pieces = pieces

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        failure: BaseException | None = None
        try:
            async with anyio.create_task_group() as group:

                async def stream() -> None:
                    nonlocal failure
                    try:
                        await self.stream_response(send)
                    except Exception as exc:  # raised below, outside the task group
                        failure = exc
                    finally:
                        group.cancel_scope.cancel()

                group.start_soon(stream)
                await self.listen_for_disconnect(receive)
                group.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                # Not while a thread is reading it: a cancelled read is waited for first.
                await anyio.to_thread.run_sync(self.pieces.close)
        if failure is not None:
            raise failure
