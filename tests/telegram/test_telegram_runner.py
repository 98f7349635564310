"""Starting ``goalbot run``: the token, the Bot API URL, the command menu, quiet logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from telegram.ext import AIORateLimiter

from bot.cli import main
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.settings import Settings
from bot.telegram.redact import REDACTED, TokenFilter, protect_token
from bot.telegram.runner import build_application, invite_link, menu

TOKEN = "123:SECRET"


def test_missing_token_is_a_clear_chinese_error_with_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # No developer .env is read.
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("GOALBOT_TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("GOALBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert main(["run"]) == 2
    error = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN" in error and "未设置" in error
    assert not (tmp_path / "x.db").exists()  # Nothing slow happened first.


def test_application_talks_to_the_configured_bot_api(app: App, core: DialogueCore) -> None:
    app.settings.telegram_api_url = "http://127.0.0.1:9/bot"
    application = build_application(app, core, TOKEN)
    assert application.bot.base_url == f"http://127.0.0.1:9/bot{TOKEN}"
    assert application.bot.base_file_url == f"http://127.0.0.1:9/file/bot{TOKEN}"
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)


def test_rate_limiter_can_be_turned_off_for_a_local_bot_api(app: App, core: DialogueCore) -> None:
    app.settings.telegram_rate_limit = False
    application = build_application(app, core, TOKEN)
    assert application.bot.rate_limiter is None


def test_rate_limit_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOALBOT_TELEGRAM_RATE_LIMIT", "false")
    assert Settings(_env_file=None).telegram_rate_limit is False  # type: ignore[call-arg]
    monkeypatch.delenv("GOALBOT_TELEGRAM_RATE_LIMIT")
    assert Settings(_env_file=None).telegram_rate_limit is True  # type: ignore[call-arg]


def test_menu_lists_everyone_commands_in_order_and_admin_ones_for_admins(
    core: DialogueCore,
) -> None:
    everyone = [c.command for c in menu(core.commands, admin=False)]
    assert everyone[:3] == ["start", "help", "projects"]
    assert everyone.index("progress") < everyone.index("cancel") < everyone.index("whoami")
    assert "grant" not in everyone and "users" not in everyone
    admin = [c.command for c in menu(core.commands, admin=True)]
    admin_only = ["grant", "revoke", "users", "subscribe", "unsubscribe"]
    assert [name for name in admin if name in admin_only] == admin_only
    assert all(c.description for c in menu(core.commands, admin=True))


def test_invite_link_is_a_start_deep_link() -> None:
    assert invite_link("goalbot_bot", "AbC_1-x") == "https://t.me/goalbot_bot?start=AbC_1-x"


def test_token_never_reaches_a_log_line() -> None:
    record = logging.LogRecord(
        "httpx",
        logging.ERROR,
        __file__,
        1,
        "POST %s failed",
        (f"https://x/bot{TOKEN}/getMe",),
        None,
    )
    try:
        raise RuntimeError(f"cannot reach https://x/bot{TOKEN}/sendMessage")
    except RuntimeError as error:
        record.exc_info = (RuntimeError, error, error.__traceback__)
    assert TokenFilter(TOKEN).filter(record)
    formatted = logging.Formatter().format(record)
    assert TOKEN not in formatted and REDACTED in formatted


def test_protecting_the_token_quiets_httpx_and_filters_every_handler() -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    try:
        logging.getLogger("httpx").setLevel(logging.INFO)
        protect_token(TOKEN)
        assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
        assert any(isinstance(f, TokenFilter) for f in handler.filters)
    finally:
        root.removeHandler(handler)
        for each in root.handlers:
            for token_filter in [f for f in each.filters if isinstance(f, TokenFilter)]:
                each.removeFilter(token_filter)
