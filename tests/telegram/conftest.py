"""A Bot whose network is the recording fake of ``fakebot``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from tests.telegram.fakebot import RecordingRequest


@pytest.fixture
def request_log() -> RecordingRequest:
    return RecordingRequest()


@pytest.fixture
async def bot(request_log: RecordingRequest) -> AsyncIterator[Bot]:
    """Yields an initialised bot that talks to the recording fake."""
    async with Bot("123:TEST", request=request_log, get_updates_request=RecordingRequest()) as bot:
        yield bot
