"""``goalbot draft export``: the check, both formats, and the file importing back."""

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlmodel import Session

from bot.cli import main
from knowledge.documents import read_declaration
from storage.actuals import ActualCreate, Author, save_entries
from storage.database import create_db_engine, migrate
from storage.drafts import open_draft
from storage.importer import load_builtin_if_empty
from storage.projects import load_catalog

CLERK = Author(user_id=3001, user_name="Clerk", chat_id=3001)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GOALBOT_DATABASE_URL", db_url)


@pytest.fixture
def logged_participants(db_url: str) -> None:
    """Logs 420 participants against ≥300人 of the international project."""
    engine = create_db_engine(db_url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    with Session(engine) as session:
        catalog = load_catalog(session=session)
        (indicator,) = [i for i in catalog.indicators if i.name == "活动参与人数"]
        entries = [
            ActualCreate(
                key=f"cli-{n}",
                indicator_id=indicator.id,
                event_date=dt.date(2026, 5, n),
                value=Decimal(value),
            )
            for n, value in ((1, 250), (2, 170))
        ]
        save_entries(session=session, entries=entries, author=CLERK)
        session.commit()
    engine.dispose()


@pytest.mark.usefixtures("logged_participants")
def test_export_xlsx_takes_suggestions_and_imports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "intl.xlsx"
    args = ["draft", "export", "国际科技人文交流", "--year", "2027", "--out", str(out)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert str(out) in captured.out and "定性表述" in captured.err
    (form,) = read_declaration(out.read_bytes(), file_name=out.name)
    targets = {row.name: row.target.raw for row in form.indicators}
    assert form.year == 2027 and targets["活动参与人数"] == "≥420.00(人)"
    assert targets["第 35 届海峡两岸都市交通学术研讨会相关活动场次"] == "≥4.00(场)"
    assert targets["活动完成及时性"] == "2027 年 12 月底前"
    assert main(["import", str(out)]) == 0
    assert main(["show", "国际科技人文交流与合作"]) == 0
    assert "(2027年度)" in capsys.readouterr().out


def test_export_docx_writes_a_word_document(tmp_path: Path) -> None:
    out = tmp_path / "ent.docx"
    assert (
        main(
            [
                "draft",
                "export",
                "企业科技创新服务",
                "--year",
                "2027",
                "--format",
                "docx",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    document = Document(io.BytesIO(out.read_bytes()))
    assert document.paragraphs[1].text == "(2027年度)"


def test_default_file_name_is_the_project_and_year(tmp_path: Path) -> None:
    assert main(["draft", "export", "企业科技创新服务", "--year", "2027"]) == 0
    assert (tmp_path / "企业科技创新服务-2027年度绩效目标申报表.xlsx").exists()


def test_unknown_project_or_year_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "export", "不存在的项目", "--year", "2027"]) == 1
    assert "未找到 2027 年度可起草的项目" in capsys.readouterr().err
    assert main(["draft", "export", "企业科技创新服务", "--year", "2030"]) == 1


def test_saved_draft_with_errors_is_not_exported(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = create_db_engine(db_url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    with Session(engine) as session:
        project = load_catalog(session=session).find_project("企业科技创新服务")
        assert project is not None
        open_draft(session=session, project=project, author=CLERK)  # Nothing decided yet.
        session.commit()
    engine.dispose()
    out = tmp_path / "blocked.xlsx"
    assert main(["draft", "export", "企业科技创新服务", "--year", "2027", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "时限“2026年12月底前”不在 2027 年度内" in err and "检查未通过" in err
    assert not out.exists()
