"""Seeded fuzzing: mutated questions never crash; mutated forms import whole or not at all."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bot.dialogue.core import DialogueCore
from bot.dialogue.qa import QuestionService
from bot.dialogue.replies import Turn
from knowledge.builtin import builtin_document_text
from knowledge.errors import DocumentFormatError
from storage.database import create_db_engine, migrate
from storage.importer import import_document
from storage.tables import Document, GoalItemRow, Indicator, Project

SEED = 20261126
ADMIN = 1001  # an admin of the test settings: every command is open to the fuzzer
QUESTION_CASES = 3000
CHAT_TURNS = 600
CHAT_STARTERS = (
    "记录 11月20日 海峡两岸科普论坛 上海代表参会 3人",
    "登记 活动参与人数 一百二十",
    "记录 科普活动影响力提升情况 达成 备注：媒体报道5篇",
    "/record",
    "/progress",
    "/history",
    "/help",
    "/grant 4004",
    "/invite",
    "确认",
    "取消",
    "/cancel",
)
TEXT_FORM_CASES = 260
WORKBOOK_FORM_CASES = 60
QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"
# Characters that have broken parsers before: separators, controls, wide forms, emoji,
# a lone surrogate (Telegram's JSON can carry one), zero-width and combining marks.
ODD_CHARACTERS = (
    "\u2028\u2029\u0085\x00\x1c\t\r\n\u200b\ufeff\u0301\ud800"
    "０１２３％，。？！（）【】《》“”‘’…—～·、"
    "≥≤＞＜=+-*/\\|^$[](){}.?%"
    "😀🇨🇳𠀀"
)
FILLER = "的项目指标人次万元活动参与目标完成多少是年度第届企业科技国际交流"


def _random_char(rng: random.Random) -> str:
    pool = rng.choice([ODD_CHARACTERS, FILLER, "0123456789", "abcXYZ"])
    return rng.choice(pool)


def mutate_text(text: str, rng: random.Random) -> str:
    """Applies one to four random edits: delete, insert, swap, repeat, splice, truncate."""
    for _ in range(rng.randint(1, 4)):
        position = rng.randint(0, len(text))
        edit = rng.randrange(6)
        if edit == 0 and text:
            text = text[:position] + text[position + 1 :]
        elif edit == 1:
            text = text[:position] + _random_char(rng) + text[position:]
        elif edit == 2 and len(text) > 1:
            other = rng.randrange(len(text))
            chars = list(text)
            chars[position % len(text)], chars[other] = chars[other], chars[position % len(text)]
            text = "".join(chars)
        elif edit == 3:
            span = text[position : position + rng.randint(1, 20)]
            text = text[:position] + span * rng.randint(2, 50) + text[position:]
        elif edit == 4:
            text = text[:position]
        else:
            text = text + _random_char(rng) * rng.randint(1, 5)
    return text


def test_mutated_questions_are_always_answered(shared_questions: QuestionService) -> None:
    service = shared_questions
    rng = random.Random(SEED)
    questions = [
        json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
    ]
    for _ in range(QUESTION_CASES):
        question = mutate_text(rng.choice(questions), rng)
        if rng.random() < 0.1:
            question += rng.choice(questions)
        result = service.answer(question)  # Any exception fails the test with its input.
        assert result.replies and all(reply.plain().strip() for reply in result.replies), question


def mutate_lines(text: str, rng: random.Random) -> str:
    """Edits whole lines and cells: drop, repeat, swap, blank a cell, garble a cell."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        index = rng.randrange(len(lines))
        edit = rng.randrange(5)
        if edit == 0:
            del lines[index]
        elif edit == 1:
            lines.insert(index, lines[index])
        elif edit == 2:
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            cells = lines[index].split("\t")
            cell = rng.randrange(len(cells))
            cells[cell] = "" if edit == 3 else mutate_text(cells[cell], rng)
            lines[index] = "\t".join(cells)
    return "\n".join(lines)


def workbook_of(text: str) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for line in text.splitlines():
        sheet.append([cell.replace("\x00", "") or None for cell in line.split("\t")])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def mutate_bytes(content: bytes, rng: random.Random) -> bytes:
    data = bytearray(content)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    if rng.random() < 0.2:
        del data[rng.randrange(len(data)) :]
    return bytes(data)


Snapshot = tuple[int, int, int, int, list[tuple[int, str, str, bool]]]


def snapshot(engine: Engine) -> Snapshot:
    """Everything an import writes, to compare before and after a refused one."""
    with Session(engine) as session:

        def count(table: type[Document | Project | Indicator | GoalItemRow]) -> int:
            return session.exec(select(func.count()).select_from(table)).one()

        rows = session.exec(
            select(Indicator.project_id, Indicator.name, Indicator.raw_value, Indicator.active)
        ).all()
        return (
            count(Document),
            count(Project),
            count(Indicator),
            count(GoalItemRow),
            sorted((p, n, r, a) for p, n, r, a in rows),
        )


def _form_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    seed_text = builtin_document_text()
    cases: list[tuple[str, bytes]] = []
    for number in range(TEXT_FORM_CASES):
        content = mutate_lines(seed_text, rng).encode()
        if number % 5 == 0:
            content = mutate_bytes(content, rng)
        cases.append((f"{number}.txt", content))
    for number in range(WORKBOOK_FORM_CASES):
        content = workbook_of(mutate_lines(seed_text, rng))
        if number % 2 == 0:
            content = mutate_bytes(content, rng)
        cases.append((f"{number}.xlsx", content))
    return cases


def test_mutated_forms_import_whole_or_not_at_all(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    engine = create_db_engine(f"sqlite:///{tmp_path / 'fuzz.db'}")
    migrate(engine)
    import_document(engine=engine, content=builtin_document_text().encode(), file_name="seed")
    imported = refused = 0
    for name, content in _form_cases(rng):
        before = snapshot(engine)
        try:
            report = import_document(engine=engine, content=content, file_name=name)
        except DocumentFormatError:
            refused += 1
            assert snapshot(engine) == before, name
            continue
        imported += 1
        assert snapshot(engine)[0] == before[0] + 1, name  # One document, all its forms.
        assert report.projects >= 1
    cases = TEXT_FORM_CASES + WORKBOOK_FORM_CASES
    assert min(imported, refused) > cases // 10  # Both paths were well exercised.


def test_mutated_chat_turns_always_get_a_reply(core: DialogueCore) -> None:
    """Messages and button presses, typed and mutated, through the whole dialogue core."""
    rng = random.Random(SEED)
    questions = [
        json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
    ]
    options: list[str] = []
    presses = 0
    for _ in range(CHAT_TURNS):
        kind = rng.random()
        if kind < 0.25 and options:
            presses += 1
            data = rng.choice(options)
            turn = Turn(
                user_id=ADMIN,
                chat_id=ADMIN,
                option=mutate_text(data, rng) if kind < 0.05 else data,
            )
        else:
            text = rng.choice(CHAT_STARTERS if kind < 0.6 else questions)
            turn = Turn(
                user_id=ADMIN, chat_id=ADMIN, text=mutate_text(text, rng) if kind > 0.4 else text
            )
        replies = core.handle(turn)
        assert replies, turn
        options = [option.data for reply in replies for option in reply.options] or options
    assert presses > CHAT_TURNS // 10  # Buttons were pressed, not only messages typed.
