"""Scheduled group summaries and reminders at injected times: once per period, across
restarts and racing processes, a missed post sent once, 不再提醒 honoured."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from sqlmodel import Session, col

from bot.app import build_core, open_app
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.posts import Outgoing, PostScheduler
from bot.dialogue.replies import ChatKind, Reply, Turn
from bot.settings import Settings
from knowledge.access import Role
from storage.actuals import Actual, ActualCreate, Author, save_entries
from storage.users import set_role

SHANGHAI = ZoneInfo("Asia/Shanghai")
ADMIN_ID = 1001
STAFF_ID = 2001
GROUP = -100500


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def in_group(core: DialogueCore, text: str, user_id: int = ADMIN_ID) -> list[Reply]:
    return core.handle(Turn(user_id=user_id, chat_id=GROUP, chat_kind=ChatKind.GROUP, text=text))


def text_of(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def log(app: App, name: str, value: str, *, day: dt.date, user_id: int = STAFF_ID) -> None:
    indicator = next(i for i in app.catalog.indicators if i.name == name)
    with Session(app.engine) as session:
        save_entries(
            session=session,
            entries=[
                ActualCreate(
                    key=f"{name}-{value}-{day}-{user_id}",
                    indicator_id=indicator.id,
                    event_date=day,
                    value=Decimal(value),
                )
            ],
            author=Author(user_id=user_id, chat_id=user_id),
        )
        # Logged on the day itself: reminders count quiet days from when staff last logged.
        logged = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
        session.execute(
            update(Actual)
            .where(col(Actual.idempotency_key).startswith(f"{name}-{value}-{day}"))
            .values(recorded_at=logged)
        )
        session.commit()


@pytest.fixture
def clock(app: App) -> Clock:
    moving = Clock(local("2026-11-02 08:00"))  # a Monday
    app.clock = moving
    return moving


@pytest.fixture
def subscribed(app: App, core: DialogueCore, clock: Clock) -> App:
    """The group subscribed on Monday 2026-11-02 at 08:00 for 每周一 9:00."""
    replies = in_group(core, "/subscribe 每周一 9:00")
    assert "已设置本群定时简报：每周一 09:00（Asia/Shanghai）" in text_of(replies)
    return app


def test_schedule_commands_show_change_and_refuse_politely(
    subscribed: App, core: DialogueCore
) -> None:
    assert "下次发布：2026-11-02 09:00" in text_of(in_group(core, "/schedule"))
    assert "每天 18:00" in text_of(in_group(core, "/subscribe 每天 18:00"))
    assert "无法识别“每年春节”" in text_of(in_group(core, "/subscribe 每年春节"))
    assert "每天 18:00" in text_of(in_group(core, "/schedule"))  # the bad one changed nothing
    assert "已关闭" in text_of(in_group(core, "/subscribe 关闭"))
    assert "未设置定时简报" in text_of(in_group(core, "/schedule"))


def test_post_is_sent_once_per_period_and_after_a_restart_only_next_period(
    subscribed: App, clock: Clock, settings: Settings
) -> None:
    scheduler = PostScheduler(subscribed)
    assert scheduler.due(local("2026-11-02 08:59:59")) == []
    first = scheduler.due(local("2026-11-02 09:00:00"))
    assert [post.chat_id for post in first] == [GROUP]
    text = first[0].replies[0].text
    assert text.startswith("进度简报（2026-11-02，") and "国际科技人文交流与合作：18 项" in text
    assert sum(1 for reply in first[0].replies if reply.photo) == 2
    assert scheduler.due(local("2026-11-02 09:00:30")) == []
    restarted = PostScheduler(open_app(settings))  # a new process on the same database
    assert restarted.due(local("2026-11-05 10:00")) == []
    log(subscribed, "活动参与人数", "120", day=dt.date(2026, 11, 4))
    following = restarted.due(local("2026-11-09 09:00:05"))
    assert len(following) == 1
    assert "自上次简报以来新增 1 条记录：活动参与人数" in following[0].replies[0].text


def test_missed_posts_are_sent_once_at_start_up(subscribed: App) -> None:
    # Down from 2026-11-02 until Thursday 2026-11-26: three Mondays missed, one post owed.
    scheduler = PostScheduler(subscribed)
    posts = scheduler.due(local("2026-11-26 10:00"))
    assert [post.period for post in posts] == ["weekly:2026-11-23"]
    assert scheduler.due(local("2026-11-26 10:01")) == []


def test_a_failed_send_is_released_and_tried_again(subscribed: App) -> None:
    scheduler = PostScheduler(subscribed)
    (post,) = scheduler.due(local("2026-11-02 09:00"))
    scheduler.release(post)
    assert [p.period for p in scheduler.due(local("2026-11-02 09:01"))] == [post.period]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_cores_racing_never_both_post(
    backend: str, request: pytest.FixtureRequest, db_url: str, settings: Settings
) -> None:
    url = request.getfixturevalue("postgres_url") if backend == "postgres" else db_url
    shared = settings.model_copy(update={"database_url": url})
    apps = [open_app(shared), open_app(shared)]  # two bot processes, one database
    start = local("2026-11-02 08:00")
    for app in apps:
        app.clock = lambda: start
    assert "已设置" in text_of(in_group(build_core(apps[0]), "/subscribe 每周一 9:00"))
    schedulers = [PostScheduler(app) for app in apps]
    barrier = threading.Barrier(len(schedulers))
    results: list[list[Outgoing]] = [[] for _ in schedulers]

    def run(index: int) -> None:
        barrier.wait()
        results[index] = schedulers[index].due(local("2026-11-02 09:00:01"))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(schedulers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(len(found) for found in results) == [0, 1]
    for app in apps:
        app.engine.dispose()


def test_summary_command_posts_now_in_the_group(subscribed: App, core: DialogueCore) -> None:
    replies = in_group(core, "/summary")
    assert replies[0].text.startswith("进度简报（2026-11-02")
    assert any(reply.photo for reply in replies)


@pytest.fixture
def staff(app: App) -> int:
    with Session(app.engine) as session:
        set_role(
            session=session, user_id=STAFF_ID, role=Role.STAFF, changed_by=ADMIN_ID, via="test"
        )
        session.commit()
    return STAFF_ID


def press(core: DialogueCore, user_id: int, reply: Reply, label: str) -> list[Reply]:
    data = next(option.data for option in reply.options if option.label == label)
    return core.handle(Turn(user_id=user_id, chat_id=user_id, option=data))


def test_reminder_once_a_week_to_quiet_staff_and_stop_is_honoured(
    app: App, core: DialogueCore, clock: Clock, staff: int
) -> None:
    # 港澳台籍学生人数: 10 of ≥50 on 2026-11-05, nothing since; behind on 2026-11-26.
    log(
        app,
        "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数",
        "10",
        day=dt.date(2026, 11, 5),
    )
    scheduler = PostScheduler(app, reminder_quiet_days=14)
    assert scheduler.reminders(local("2026-11-12 10:00")) == []  # only 7 days quiet
    (reminder,) = scheduler.reminders(local("2026-11-26 10:00"))
    assert reminder.chat_id == STAFF_ID
    text = reminder.replies[0].text
    assert "【国际科技人文交流与合作】" in text and "已 21 天没有新记录" in text
    assert "港澳台籍学生人数" in text
    assert scheduler.reminders(local("2026-11-27 10:00")) == []  # once a week
    assert "不再发送" in text_of(press(core, STAFF_ID, reminder.replies[0], "不再提醒"))
    assert scheduler.reminders(local("2026-12-03 10:00")) == []  # next week: stopped


def test_no_reminder_for_staff_who_logged_recently(app: App, clock: Clock, staff: int) -> None:
    log(
        app,
        "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数",
        "10",
        day=dt.date(2026, 11, 20),
    )
    assert PostScheduler(app).reminders(local("2026-11-26 10:00")) == []
