"""``goalbot run``: the Telegram bot, by long polling or behind a webhook."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import BadRequest, Forbidden, InvalidToken
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.dialogue.context import App, Command
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import telegram as msg
from bot.dialogue.posts import PostScheduler
from bot.settings import HttpClient, Settings
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.delivery import with_retries
from bot.telegram.ordering import PerChatUpdateProcessor
from bot.telegram.preflight import reach_bot_api
from bot.telegram.redact import protect_token
from bot.telegram.schedule_loop import ScheduleLoop
from bot.telegram.transport import AiohttpRequest, environment_proxy
from knowledge.access import Role

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 5
SCHEDULE_TASK = "scheduled_posts"
BOOTSTRAP_RETRIES = 5
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
# The command menu's order; commands other features add come after these.
COMMAND_ORDER = (
    "start",
    "help",
    "projects",
    "record",
    "progress",
    "draft",
    "undo",
    "cancel",
    "whoami",
    "grant",
    "revoke",
    "users",
    "subscribe",
    "unsubscribe",
    "score",
    "export",
    "schedule",
    "summary",
)

TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


def bot_token(settings: Settings) -> str | None:
    """Returns the token, or prints the Chinese error and returns None when it is missing."""
    secret = settings.telegram_bot_token
    token = secret.get_secret_value().strip() if secret is not None else ""
    if not token:
        print(msg.NO_TOKEN, file=sys.stderr)
        return None
    return token


def run_telegram(app: App, args: argparse.Namespace) -> int:
    """Runs the bot until it is stopped; returns the exit status."""
    from bot.app import build_core, keep_dictionary_resident

    token = bot_token(app.settings)
    if token is None:
        return 2
    protect_token(token)
    keep_dictionary_resident(app)
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # Opt into timedelta durations, no warnings.
    application = build_application(app, build_core(app), token)
    # Reach the Bot API first, one clear line per failed attempt, before PTB logs its own
    # traces; a wrong token or an unreachable API ends in one line from the CLI.
    asyncio.run(reach_bot_api(application.bot))
    try:
        if args.webhook_url:
            application.run_webhook(
                listen=args.listen,
                port=args.port,
                url_path=urlsplit(args.webhook_url).path.lstrip("/"),
                webhook_url=args.webhook_url,
                secret_token=args.secret_token,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
        else:
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES, bootstrap_retries=BOOTSTRAP_RETRIES
            )
    except InvalidToken:
        print(msg.INVALID_TOKEN, file=sys.stderr)
        return 2
    return 0


def build_application(app: App, core: DialogueCore, token: str) -> TelegramApplication:
    """Builds the PTB application on the configured Bot API server, with the core's handlers."""
    settings = app.settings
    adapter = TelegramAdapter(core)
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_file_url)
        .post_init(partial(_post_init, app, core, adapter))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_stop(_post_stop)
    )
    if settings.telegram_http_client is HttpClient.AIOHTTP:
        proxy = environment_proxy(settings.telegram_api_url)
        builder = builder.request(AiohttpRequest(proxy=proxy)).get_updates_request(
            AiohttpRequest(pool_size=1, proxy=proxy)
        )
    application: TelegramApplication = (
        builder.rate_limiter(rate_limiter()) if settings.telegram_rate_limit else builder
    ).build()
    adapter.register(application)
    return application


def rate_limiter() -> AIORateLimiter:
    """Returns Telegram's limits: 30 messages a second overall, 20 a minute in each group."""
    return AIORateLimiter(max_retries=RATE_LIMIT_RETRIES)


async def _post_stop(application: TelegramApplication) -> None:
    """Stops the scheduled posts with the bot."""
    task: asyncio.Task[None] | None = application.bot_data.pop(SCHEDULE_TASK, None)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def invite_link(username: str, code: str) -> str:
    """Returns the deep link that opens the bot and sends ``/start CODE``."""
    return f"https://t.me/{username}?start={code}"


def menu(commands: dict[str, Command], *, admin: bool) -> list[BotCommand]:
    """Returns the command menu: everyone's commands, plus the admin ones for admins."""

    def rank(name: str) -> tuple[int, str]:
        return (COMMAND_ORDER.index(name) if name in COMMAND_ORDER else len(COMMAND_ORDER), name)

    return [
        BotCommand(name, commands[name].description)
        for name in sorted(commands, key=rank)
        if admin or commands[name].min_role is not Role.ADMIN
    ]


async def _post_init(
    app: App, core: DialogueCore, adapter: TelegramAdapter, application: TelegramApplication
) -> None:
    """Registers the command menus and the invite link, finishes what a crash interrupted,
    and starts the scheduled posts."""
    bot = application.bot
    app.invite_link = partial(invite_link, bot.username)
    scheduler = PostScheduler(app, reminder_quiet_days=app.settings.reminder_quiet_days)
    loop = ScheduleLoop(scheduler, bot=bot, clock=app.clock)
    application.bot_data[SCHEDULE_TASK] = asyncio.create_task(loop.run(), name=SCHEDULE_TASK)
    await with_retries(partial(bot.set_my_commands, menu(core.commands, admin=False)))
    for admin_id in sorted(app.settings.admins):
        scope = BotCommandScopeChat(admin_id)
        try:
            await with_retries(
                partial(bot.set_my_commands, menu(core.commands, admin=True), scope=scope)
            )
        except (BadRequest, Forbidden) as error:  # The admin never opened a chat with the bot.
            log.warning("no admin command menu for %s: %s", admin_id, error)
    resumed = await adapter.resume(application)
    if resumed:
        log.warning("finished %s update(s) interrupted by a stop", resumed)
