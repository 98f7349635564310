"""The HTTP client under python-telegram-bot: aiohttp instead of the default httpx.

Every update costs at least one Bot API call. With httpx that call path took about a third
of the bot's CPU per update (about 1 ms a request against 0.15 ms with aiohttp, measured in
``benchmarks/bench_load.py`` and README's 性能 section). PTB supports any client through
``BaseRequest``; this one keeps its contract: the same timeouts (pool, connect, read, and
a longer write timeout for uploads), ``TimedOut`` and ``NetworkError`` for failures, and
a proxy from the environment (``HTTPS_PROXY``, ``NO_PROXY``), as httpx reads it.
"""

from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# PTB's own defaults for HTTPXRequest, in seconds. aiohttp has no write timeout: an upload's
# whole request is bounded by the media write timeout and the read timeout together.
READ_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0
CALLS_POOL_SIZE = 256  # PTB's default for Bot API calls; long polling uses one connection.
FORM = "application/x-www-form-urlencoded"


class AiohttpRequest(BaseRequest):
    """``BaseRequest`` on one ``aiohttp.ClientSession``, opened by ``initialize``."""

    __slots__ = ("_pool_size", "_proxy", "_read_timeout", "_session")

    def __init__(
        self,
        *,
        pool_size: int = CALLS_POOL_SIZE,
        read_timeout: float = READ_TIMEOUT,
        proxy: str | None = None,
    ):
        self._pool_size = pool_size
        self._proxy = proxy
        self._session: aiohttp.ClientSession | None = None
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Opens the session in the running loop (PTB may start and stop in several loops)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            # Not trust_env: aiohttp would then look for a .netrc in a thread at every call.
            self._session = aiohttp.ClientSession(
                connector=connector, proxy=self._proxy, timeout=aiohttp.ClientTimeout(total=None)
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Sends one request; returns the status and the body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        upload = request_data is not None and request_data.contains_files
        timeout = client_timeout(
            read=_chosen(read_timeout, self._read_timeout),
            write=_chosen(write_timeout, MEDIA_WRITE_TIMEOUT) if upload else None,
            connect=_chosen(connect_timeout, CONNECT_TIMEOUT),
            pool=_chosen(pool_timeout, POOL_TIMEOUT),
        )
        body, headers = _body(request_data)
        headers["User-Agent"] = self.USER_AGENT
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def client_timeout(
    *, read: float | None, write: float | None, connect: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """Returns aiohttp's timeouts for PTB's four.

    aiohttp's ``connect`` covers waiting for a free connection and opening a new one, so it
    is PTB's pool and connect timeouts together: the pool's 1 s alone would fail every call
    over a link (or proxy) that takes longer than that to connect.
    """
    return aiohttp.ClientTimeout(
        total=None if write is None or read is None else write + read,
        connect=None if pool is None or connect is None else pool + connect,
        sock_connect=connect,
        sock_read=read,
    )


def _chosen(value: ODVInput[float], default: float | None) -> float | None:
    """Returns the timeout a call passed, or ``default`` when it passed none."""
    return default if isinstance(value, DefaultValue) else value


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes, dict[str, str]]:
    """Returns a multipart form when files are sent, else the url-encoded parameters."""
    if request_data is None:
        return b"", {}
    if not request_data.contains_files:
        return request_data.url_encoded_parameters().encode(), {"Content-Type": FORM}
    form = aiohttp.FormData(request_data.json_parameters, quote_fields=False)
    for name, (filename, content, content_type) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=content_type)
    return form, {}


def environment_proxy(url: str) -> str | None:
    """Returns the proxy the environment sets for ``url`` (``HTTPS_PROXY``, ``ALL_PROXY``,
    unless ``NO_PROXY`` names its host), or None."""
    parts = urlsplit(url)
    if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")
