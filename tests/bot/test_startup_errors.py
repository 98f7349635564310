"""Configuration mistakes end in one Chinese line naming the setting, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _goalbot(*args: str, database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOALBOT_DATABASE_URL": database_url, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", "无法解析"),
        ("not a url", "无法解析"),
        ("mysql://user@host/db", "不支持的数据库类型"),
        ("sqlite:////proc/no-such-folder/goalbot.db", "文件夹"),
        ("postgresql://goalbot:secret@127.0.0.1:1/none", "无法打开或连接数据库"),
    ],
    ids=["empty", "unparsable", "unsupported", "unwritable-folder", "postgres-unreachable"],
)
def test_database_mistake_is_one_line_without_a_traceback(
    tmp_path: Path, url: str, expected: str
) -> None:
    result = _goalbot("ask", "预算多少", database_url=url, cwd=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr and "GOALBOT_DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr and "secret" not in result.stderr


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = _goalbot("--verbose", "ask", "预算", database_url="not a url", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_help_is_in_chinese_for_every_argument(tmp_path: Path) -> None:
    result = _goalbot("ask", "--help", database_url="sqlite:///x.db", cwd=tmp_path)
    assert "要问的问题" in result.stdout and "从标准输入逐行读取问题" in result.stdout
