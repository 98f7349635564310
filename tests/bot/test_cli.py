import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.builtin import builtin_document_text

FORMS = Path(__file__).parent.parent / "knowledge" / "forms"


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "2026.txt"
    path.write_text(builtin_document_text(), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    monkeypatch.chdir(tmp_path)  # No developer .env is read.
    monkeypatch.setenv("GOALBOT_DATABASE_URL", db_url)


def test_import_json_reports_counts_then_nothing_changed(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--json", str(seed_file)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["projects"], first["indicators"], first["created"]) == (2, 40, 40)
    assert main(["import", "--json", str(seed_file)]) == 0
    second = json.loads(capsys.readouterr().out)
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 40)


def test_import_into_empty_database_does_not_load_builtin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", "--json", str(FORMS / "old_template.txt")]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["projects"] == 1
    assert "内置" not in captured.err
    assert main(["projects"]) == 0
    assert "道路桥梁养护" in capsys.readouterr().out


def test_show_prints_every_row_of_the_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "国际科技人文交流与合作"]) == 0
    out = capsys.readouterr().out
    assert "400,000.00" in out
    table = out.split("三级指标\t指标值")[1].strip().splitlines()
    assert len(table) == 18
    assert "活动参与人数\t≥300.00(人)" in out
    assert "参与人员与合作单位满意度\t≥90.00(%)" in out


def test_show_unknown_project_fails_politely(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "不存在的项目"]) == 1
    assert "未找到项目" in capsys.readouterr().err


def test_projects_loads_builtin_once_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["projects"]) == 0
    first = capsys.readouterr()
    assert "企业科技创新服务" in first.out and "130万元" in first.out
    assert "内置" in first.err
    assert main(["projects"]) == 0
    assert "内置" not in capsys.readouterr().err


def test_import_of_a_malformed_file_names_the_line_and_saves_nothing(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "财政项目支出绩效目标申报表\n项目名称\t测试\n计划开始日期\t明年\n", encoding="utf-8"
    )
    assert main(["import", str(seed_file), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "第 3 行" in err and "未导入任何内容" in err
    assert main(["import", "--json", str(seed_file)]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 40  # The first file was not saved.


def test_import_of_a_missing_file_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "nowhere.txt"]) == 2
    assert "无法读取文件" in capsys.readouterr().err


def test_ask_stdin_writes_one_json_object_per_question(tmp_path: Path, db_url: str) -> None:
    questions = "国际交流项目活动参与人数目标是多少\n\n今天天气怎么样\n"
    env = {**os.environ, "GOALBOT_DATABASE_URL": db_url}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--stdin"],
        input=questions,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["question"] for line in lines] == [
        "国际交流项目活动参与人数目标是多少",
        "今天天气怎么样",
    ]
    assert "300" in lines[0]["answer"] and "人" in lines[0]["answer"]
    assert "内置" in done.stderr


def test_ask_stdin_output_is_utf8_json_lines_whatever_the_input(
    tmp_path: Path, db_url: str
) -> None:
    questions = [
        b"\xff\xfe\xc3(\xe4\xb8 broken bytes \xed\xa0\x80",  # invalid UTF-8, a surrogate
        "活动\u2028参与\u0085人数\u2029是多少".encode(),  # line separators inside a question
        b"\x1c\x1d\x1e\x0b\x0c control separators",
        "国际交流项目活动参与人数目标是多少".encode(),
    ]
    env = {**os.environ, "GOALBOT_DATABASE_URL": db_url}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--stdin"],
        input=b"\n".join(questions) + b"\n",
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    text = done.stdout.decode("utf-8")  # strict: raises on any invalid byte
    lines = text.splitlines()  # splits on U+2028, U+0085 … too, unlike the writer
    assert len(lines) == len(questions)
    objects = [json.loads(line) for line in lines]
    assert objects[0]["question"].startswith("\ufffd")
    assert objects[1]["question"] == "活动\u2028参与\u0085人数\u2029是多少"
    assert "300" in objects[3]["answer"]


def test_import_lists_rows_it_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "dup.txt"
    form.write_text(
        builtin_document_text().replace(
            "活动参与人数\t\t≥300.00(人)",
            "活动参与人数\t\t≥300.00(人)\n\t\t活动参与人数\t≥9(人)",
            1,
        ),
        encoding="utf-8",
    )
    assert main(["import", str(form)]) == 0
    captured = capsys.readouterr()
    assert "导入完成" in captured.out
    assert "请注意，以下内容未导入：" in captured.err
    assert "的指标“活动参与人数”与前面的同名指标值不同，已跳过" in captured.err


def test_export_progress_writes_a_workbook_with_a_sheet_per_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "out.xlsx"
    assert main(["export", "progress", "--format", "xlsx", "-o", str(target)]) == 0
    assert f"已导出：{target}" in capsys.readouterr().out
    book = load_workbook(target)
    assert book.sheetnames == ["企业科技创新服务", "国际科技人文交流与合作"]
    rows = list(book["国际科技人文交流与合作"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 18 and rows[2][2] == "活动参与人数" and rows[2][3] == "≥300人"


def test_garbage_collection_is_back_on_after_a_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "国际交流项目活动参与人数目标是多少"]) == 0
    assert "300" in capsys.readouterr().out
    assert gc.isenabled()
    monkeypatch.setenv("GOALBOT_REMINDER_QUIET_DAYS", "many")
    assert main(["projects"]) == 2  # settings refused before the app opens
    assert gc.isenabled()
