"""Configuration mistakes end in one Chinese line naming the setting, never a traceback."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../etc/passwd"], ids=["unknown", "path"])
def test_unknown_time_zone_is_one_line_naming_the_setting(tmp_path: Path, zone: str) -> None:
    env = {**os.environ, "GOALBOT_TIMEZONE": zone}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "projects"],
        capture_output=True,
        text=True,
        env={**env, "GOALBOT_DATABASE_URL": _db(tmp_path), "PYTHONPATH": str(PROJECT_ROOT)},
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "GOALBOT_TIMEZONE" in result.stderr and "Traceback" not in result.stderr


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = _goalbot("--verbose", "ask", "预算", database_url="not a url", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_help_is_in_chinese_for_every_argument(tmp_path: Path) -> None:
    result = _goalbot("ask", "--help", database_url="sqlite:///x.db", cwd=tmp_path)
    assert "要问的问题" in result.stdout and "从标准输入逐行读取问题" in result.stdout


def test_import_json_on_a_bad_file_prints_a_json_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是申报表\n", encoding="utf-8")
    result = _goalbot("import", "--json", str(bad), database_url=_db(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "format" and error["line"] == 1 and "未导入" in error["message"]


def test_ask_without_a_question_explains_the_usage(tmp_path: Path) -> None:
    result = _goalbot("ask", database_url=_db(tmp_path), cwd=tmp_path)
    assert result.returncode == 2 and "用法" in result.stderr and "--stdin" in result.stderr


def test_show_accepts_a_short_project_name(tmp_path: Path) -> None:
    result = _goalbot("show", "国际交流", database_url=_db(tmp_path), cwd=tmp_path)
    assert result.returncode == 0 and "国际科技人文交流与合作" in result.stdout


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'goalbot.db'}"


def test_settings_in_a_dotenv_file_are_read(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (tmp_path / ".env").write_text(f"GOALBOT_CACHE_DIR={cache}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "GOALBOT_CACHE_DIR"}
    env |= {"GOALBOT_DATABASE_URL": _db(tmp_path), "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "预算多少"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert list(cache.glob("jieba-*.txt"))  # The trimmed dictionary went where .env said.
