"""A small local load balancer for the scaled stack: HTTP round-robin over Rasa servers.

    python -m scripts.proxy --port 5005 --upstream http://127.0.0.1:5101 --upstream http://127.0.0.1:5102

Each request goes to the next Rasa server in turn, so one conversation's turns land
on different processes (the shared tracker store and Redis lock store make that safe).
socket.io is the exception: its session lives in one process, so /socket.io requests
stick to one upstream chosen from the client's address (like nginx's ip_hash), over
HTTP long-polling (the client falls back to it when the websocket upgrade is refused).
On real machines use nginx, HAProxy or a cloud load balancer instead.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Iterator

from aiohttp import ClientSession, ClientTimeout, web

from bot.logs import install_redaction

# Hop-by-hop headers and the ones aiohttp recomputes must not be copied across.
SKIPPED_HEADERS = {
    "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding",
    "host", "upgrade", "te", "trailer", "proxy-authorization", "proxy-authenticate",
}  # fmt: skip
UPSTREAMS = web.AppKey("upstreams", tuple)
NEXT_UPSTREAM = web.AppKey("next_upstream", Iterator)
CLIENT = web.AppKey("client", ClientSession)


def sticky_upstream(upstreams: tuple[str, ...], client_address: str) -> str:
    digest = hashlib.sha256(client_address.encode()).digest()
    return upstreams[digest[0] % len(upstreams)]


def choose_upstream(request: web.Request) -> str:
    upstreams: tuple[str, ...] = request.app[UPSTREAMS]
    if request.path.startswith("/socket.io"):
        return sticky_upstream(upstreams, request.remote or "")
    return str(next(request.app[NEXT_UPSTREAM]))


async def forward(request: web.Request) -> web.StreamResponse:
    if request.headers.get("Upgrade", "").lower() == "websocket":
        raise web.HTTPBadRequest(text="websockets are not proxied; use long-polling")
    upstream = choose_upstream(request)
    headers = {k: v for k, v in request.headers.items() if k.lower() not in SKIPPED_HEADERS}
    headers["X-Forwarded-For"] = request.remote or ""
    async with request.app[CLIENT].request(
        request.method,
        upstream + request.rel_url.path_qs,
        headers=headers,
        data=await request.read(),
        allow_redirects=False,
    ) as answer:
        body = await answer.read()
        reply_headers = {k: v for k, v in answer.headers.items() if k.lower() not in SKIPPED_HEADERS}
        return web.Response(status=answer.status, body=body, headers=reply_headers)


def make_app(upstreams: tuple[str, ...]) -> web.Application:
    app = web.Application(client_max_size=2**22)
    app[UPSTREAMS] = upstreams
    app[NEXT_UPSTREAM] = itertools.cycle(upstreams)

    async def client(app: web.Application) -> object:
        # No total timeout: a turn takes as long as Rasa takes (Rasa has its own limits).
        app[CLIENT] = ClientSession(timeout=ClientTimeout(total=None), auto_decompress=False)
        yield
        await app[CLIENT].close()

    app.cleanup_ctx.append(client)
    app.router.add_route("*", "/{tail:.*}", forward)
    return app


def main() -> None:
    install_redaction()  # its error log may quote a request: no personal data in it either
    parser = argparse.ArgumentParser(description="round-robin HTTP proxy over Rasa servers")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", action="append", required=True, help="http://host:port, repeatable")
    args = parser.parse_args()
    web.run_app(
        make_app(tuple(u.rstrip("/") for u in args.upstream)), host=args.host, port=args.port, print=None
    )


if __name__ == "__main__":
    main()
