"""HEAD for every GET route: link checkers and uptime monitors ask with HEAD (``HEAD /`` had been 405)."""
from __future__ import annotations


class HeadAsGet:
    """ASGI middleware: a HEAD request is answered as its GET, with the same status and headers and no body
    (RFC 9110 §9.3.2). The routes declare GET only; Starlette's routing answers HEAD to those with 405."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        return await self.app({**scope, "method": "GET"}, receive, headers_only)
