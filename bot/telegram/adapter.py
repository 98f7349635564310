"""The Telegram handlers: translate an update into a turn, call the core, render the replies."""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from sqlmodel import Session
from telegram import (
    Bot,
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import telegram as msg
from bot.dialogue.replies import (
    Attachment,
    ChatKind,
    Reply,
    Turn,
    replies_from_json,
    replies_to_json,
)
from bot.telegram.delivery import (
    answer_was_delivered,
    apply_once,
    edit_was_applied,
    send_reply,
    typing_while_slow,
    with_retries,
)
from bot.telegram.lane import Batch, DatabaseLane, one_by_one, per_bot
from bot.telegram.render import chosen_text
from knowledge.access import Role
from storage.inbox import claim, finish, keep_replies, receive, unfinished
from storage.users import KeyboardPress, SentMessage, press_keyboard, remember_keyboards

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
MAX_DOWNLOAD_MB = 20  # The Bot API's getFile limit.
MESSAGES = (filters.ChatType.PRIVATE | filters.ChatType.GROUPS) & (
    filters.TEXT | filters.Document.ALL | filters.CAPTION | filters.PHOTO
)
PHOTO_NAME = "photo.jpg"  # A photo is never downloaded: the core says which files it takes.
GROUP_CHATS = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


def chat_kind(chat: Chat) -> ChatKind | None:
    """Returns the kind of a chat the bot talks in; None for channels."""
    if chat.type == ChatType.PRIVATE:
        return ChatKind.PRIVATE
    return ChatKind.GROUP if chat.type in GROUP_CHATS else None


def _mentions_bot(message: Message, *, bot_id: int, bot_username: str) -> bool:
    entities = message.parse_entities() or message.parse_caption_entities()
    for entity, text in entities.items():
        if entity.type == MessageEntity.MENTION and text[1:].lower() == bot_username.lower():
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return False


def _command_target(text: str) -> str | None:
    """Returns the bot a command names (``/help@some_bot``), "" for none, None if no command."""
    match = re.match(r"^/[A-Za-z0-9_]+(?:@(\w+))?", text)
    return None if match is None else (match.group(1) or "")


def is_addressed(message: Message, *, bot_id: int, bot_username: str) -> bool:
    """Tells whether a group message is for the bot: a command, a mention or a reply to it."""
    target = _command_target(message.text or message.caption or "")
    if target is not None:
        return target == "" or target.lower() == bot_username.lower()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True
    return _mentions_bot(message, bot_id=bot_id, bot_username=bot_username)


def strip_mention(text: str, bot_username: str) -> str:
    """Removes ``@bot`` from the text, leaving the question."""
    stripped = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", stripped).strip()


def turn_from_message(message: Message, *, bot_id: int, bot_username: str) -> Turn | None:
    """Translates a message into the core's turn; None for messages the bot ignores."""
    user = message.from_user
    kind = chat_kind(message.chat)
    if user is None or user.is_bot or kind is None:
        return None
    text = message.text or message.caption or ""
    replied = message.reply_to_message
    replied_user = replied.from_user if replied is not None else None
    addressed = kind is ChatKind.PRIVATE or is_addressed(
        message, bot_id=bot_id, bot_username=bot_username
    )
    return Turn(
        user_id=user.id,
        chat_id=message.chat.id,
        chat_kind=kind,
        text=strip_mention(text, bot_username) if kind is ChatKind.GROUP else text,
        user_name=user.full_name,
        message_id=message.message_id,
        addressed=addressed,
        reply_to_user_id=(
            replied_user.id if replied_user is not None and not replied_user.is_bot else None
        ),
        at=message.date,
    )


def turn_from_button(query: CallbackQuery) -> Turn | None:
    """Translates a pressed inline button into a turn choosing that option."""
    message = query.message
    if message is None or query.data is None:
        return None
    kind = chat_kind(message.chat)
    if kind is None:
        return None
    return Turn(
        user_id=query.from_user.id,
        chat_id=message.chat.id,
        chat_kind=kind,
        option=query.data,
        user_name=query.from_user.full_name,
        message_id=message.message_id,
    )


def pressed_label(query: CallbackQuery) -> str | None:
    """Returns the label of the pressed button, read back from the message's keyboard."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if not isinstance(markup, InlineKeyboardMarkup):
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


@dataclass(frozen=True)
class TurnJob:
    """A turn to handle, with the update it came in (a button press claims its keyboard)."""

    bot_id: int
    update_id: int
    turn: Turn
    press: bool


@dataclass(frozen=True)
class Handled:
    """What handling an update came to: its replies, or why there are none."""

    replies: list[Reply] = field(default_factory=list)
    duplicate: bool = False
    pressed: KeyboardPress | None = None


async def _answer_query(query: CallbackQuery, text: str | None) -> None:
    """Acknowledges a press; one replayed after a restart may be too old to answer."""
    try:
        await apply_once(partial(query.answer, text), delivered=answer_was_delivered)
    except BadRequest as error:
        log.info("could not answer a button press: %s", error)


class TelegramAdapter:
    """Serves the dialogue core over the Bot API; every handler here is a few lines."""

    def __init__(self, core: DialogueCore) -> None:
        self.core = core
        self.lane = DatabaseLane(core.app.engine)
        # Each kind of write gathers what arrives while the lane is busy into one commit.
        self._arrivals: Batch[tuple[int, tuple[int, str]], bool] = Batch(self.lane, self._receive)
        self._turns: Batch[TurnJob, Handled] = Batch(self.lane, one_by_one(self._handle_all))
        self._finished: Batch[tuple[int, tuple[int, bool]], None] = Batch(self.lane, self._finish)
        # Updates whose mark a turn committed: finishing them need not mark them again.
        self._marked: set[tuple[int, int]] = set()
        self._keyboards: Batch[tuple[int, SentMessage], None] = Batch(self.lane, self._remember)

    def register(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Adds the handlers: every update is kept on arrival and forgotten once finished."""
        application.add_handler(TypeHandler(Update, self.receive), group=-1)
        application.add_handler(MessageHandler(MESSAGES, self.on_message))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(TypeHandler(Update, self.settle), group=1)
        application.add_error_handler(self.on_error)

    async def receive(self, update: Update, context: Context) -> None:
        """Keeps an arriving update until it is finished; stops a re-delivery of a handled one.

        Updates arriving together are kept in one commit.
        """
        payload = json.dumps(update.to_dict(), ensure_ascii=False)
        fresh = await self._arrivals.add((context.bot.id, (update.update_id, payload)))
        if not fresh:
            log.info("update %s was already handled; dropped", update.update_id)
            raise ApplicationHandlerStop

    def _receive(self, arrivals: Sequence[tuple[int, tuple[int, str]]]) -> list[bool]:
        """Keeps the arrivals; tells for each whether to handle it."""
        fresh: set[tuple[int, int]] = set()
        with Session(self.core.app.engine) as session:
            for bot_id, updates in per_bot(arrivals):
                kept = receive(session=session, bot_id=bot_id, updates=updates)
                fresh.update((bot_id, update_id) for update_id in kept)
        return [(bot_id, update_id) in fresh for bot_id, (update_id, _) in arrivals]

    async def settle(self, update: Update, context: Context) -> None:
        """Forgets a finished update, marking one that no handler took as handled."""
        key = (context.bot.id, update.update_id)
        marked = key in self._marked
        self._marked.discard(key)
        await self._finished.add((key[0], (key[1], marked)))

    def _finish(self, finished: Sequence[tuple[int, tuple[int, bool]]]) -> list[None]:
        with Session(self.core.app.engine) as session:
            for bot_id, updates in per_bot(finished):
                finish(
                    session=session,
                    bot_id=bot_id,
                    update_ids=[update_id for update_id, _ in updates],
                    marked={update_id for update_id, marked in updates if marked},
                    now=self.core.app.clock(),
                )
        return [None] * len(finished)

    def _handle_all(self, jobs: Sequence[TurnJob]) -> list[Handled]:
        """Handles turns in one transaction, each with its update's mark (and its keyboard's
        claim), keeping their replies until sent: a crash leaves all of it or none.

        Turns of different chats that arrived together share the commit, one statement
        marking their updates and one keeping their replies; a failure rolls all of them
        back, and :func:`one_by_one` then handles each alone.
        """
        now = self.core.app.clock()
        with Session(self.core.app.engine) as session:
            claimed: set[tuple[int, int]] = set()
            for bot_id, ids in per_bot([(job.bot_id, job.update_id) for job in jobs]):
                marked = claim(session=session, bot_id=bot_id, update_ids=ids, now=now)
                claimed.update((bot_id, update_id) for update_id in marked)
            handled = []
            for job in jobs:
                first = (job.bot_id, job.update_id) in claimed
                claimed.discard((job.bot_id, job.update_id))  # A second copy is a duplicate.
                handled.append(self._handle_in(session, job) if first else Handled(duplicate=True))
            kept = [
                (job.bot_id, (job.update_id, replies_to_json(done.replies)))
                for job, done in zip(jobs, handled, strict=True)
                if not done.duplicate and done.pressed is None
            ]
            for bot_id, replies in per_bot(kept):
                keep_replies(session=session, bot_id=bot_id, replies=dict(replies))
            session.commit()
        self._marked.update((job.bot_id, job.update_id) for job in jobs)
        return handled

    def _handle_in(self, session: Session, job: TurnJob) -> Handled:
        turn = job.turn
        if job.press:
            assert turn.message_id is not None
            outcome = press_keyboard(
                session=session,
                bot_id=job.bot_id,
                chat_id=turn.chat_id,
                message_id=turn.message_id,
                user_id=turn.user_id,
                now=self.core.app.clock(),
            )
            if outcome is not KeyboardPress.OK:
                return Handled(pressed=outcome)
        return Handled(replies=self.core.handle_in(session, turn))

    async def on_message(self, update: Update, context: Context) -> None:
        """Answers a message: a question, a command or a step of the flow in progress."""
        message = update.effective_message
        bot = context.bot
        if message is None:
            return
        turn = turn_from_message(message, bot_id=bot.id, bot_username=bot.username)
        if turn is None or not turn.addressed:
            return
        if message.document is not None:
            turn = await self._with_document(bot, message, turn)
            if turn is None:
                return
        elif message.photo:
            turn = replace(turn, document=Attachment(file_name=PHOTO_NAME, content=b""))
        async with typing_while_slow(bot, turn.chat_id):
            handled = await self._turns.add(TurnJob(bot.id, update.update_id, turn, press=False))
        await self.send(bot, turn, handled.replies)

    async def _with_document(self, bot: Bot, message: Message, turn: Turn) -> Turn | None:
        document = message.document
        assert document is not None
        if (document.file_size or 0) > MAX_DOWNLOAD_MB * 1024 * 1024:
            if turn.chat_kind is ChatKind.PRIVATE:
                reply = Reply(msg.FILE_TOO_LARGE.format(limit=MAX_DOWNLOAD_MB))
                await send_reply(bot, chat_id=turn.chat_id, reply=reply)
            return None
        name = document.file_name or "document"
        if await self.lane.run(self.core.role_of, turn) is not Role.ADMIN:
            # Only admins import; nobody else's file is fetched. The core explains the refusal.
            return replace(turn, document=Attachment(file_name=name, content=b""))
        file = await with_retries(partial(bot.get_file, document.file_id))
        content = bytes(await with_retries(file.download_as_bytearray))
        return replace(turn, document=Attachment(file_name=name, content=content))

    async def on_button(self, update: Update, context: Context) -> None:
        """Handles a pressed button once, then acknowledges it and closes its keyboard."""
        query = update.callback_query
        assert query is not None
        turn = turn_from_button(query)
        if turn is None or turn.message_id is None:
            await query.answer()
            return
        handled = await self._turns.add(
            TurnJob(context.bot.id, update.update_id, turn, press=True)
        )
        if handled.pressed is not None:
            text = (
                msg.ALREADY_HANDLED
                if handled.pressed is KeyboardPress.PRESSED
                else await self.lane.run(self.core.foreign_press, turn)
            )
            await _answer_query(query, text)
            return
        await self._after_press(context.bot, query, turn, handled.replies)

    async def _after_press(
        self, bot: Bot, query: CallbackQuery, turn: Turn, replies: list[Reply]
    ) -> None:
        await _answer_query(query, None)
        await self._close_keyboard(query)
        await self.send(bot, turn, replies)

    async def resume(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Finishes the updates a crash interrupted; returns how many there were.

        An update whose effect never committed is handled again; one whose effect
        committed gets its kept replies sent.
        """
        bot = application.bot
        kept = await self.lane.run(self._unfinished, bot.id)
        for update_id, payload, stored in kept:
            update = Update.de_json(json.loads(payload), bot)
            if stored is None:
                await application.process_update(update)
                continue
            await self._send_kept(bot, update, replies_from_json(stored))
            await self._finished.add((bot.id, (update_id, True)))
        return len(kept)

    def _unfinished(self, bot_id: int) -> list[tuple[int, str, str | None]]:
        with Session(self.core.app.engine) as session:
            rows = unfinished(session=session, bot_id=bot_id)
            return [(row.update_id, row.payload, row.replies) for row in rows]

    async def _send_kept(self, bot: Bot, update: Update, replies: list[Reply]) -> None:
        query = update.callback_query
        if query is not None:
            turn = turn_from_button(query)
            if turn is not None:
                await self._after_press(bot, query, turn, replies)
            return
        message = update.effective_message
        turn = None
        if message is not None:
            turn = turn_from_message(message, bot_id=bot.id, bot_username=bot.username)
        if turn is not None:
            await self.send(bot, turn, replies)

    async def _close_keyboard(self, query: CallbackQuery) -> None:
        """Removes the buttons and shows the choice, so it cannot be pressed twice by mistake."""
        message = query.message
        label = pressed_label(query)
        new_text = None
        if isinstance(message, Message) and message.text and label:
            new_text = chosen_text(message.text, label)
        try:
            if new_text is not None:
                edit = partial(query.edit_message_text, new_text, reply_markup=None)
                await apply_once(edit, delivered=edit_was_applied)
            else:
                edit = partial(query.edit_message_reply_markup, reply_markup=None)
                await apply_once(edit, delivered=edit_was_applied)
        except BadRequest as error:  # Too old to edit, or already edited: nothing to close.
            log.info("could not close a keyboard: %s", error)

    async def send(self, bot: Bot, turn: Turn, replies: list[Reply]) -> None:
        """Sends the replies in order; in groups the first one answers the user's message."""
        in_group = turn.chat_kind is ChatKind.GROUP and bool(turn.text)
        for number, reply in enumerate(replies):
            # The first reply answers the user's message; so does a question they must reply to.
            threaded = in_group and (number == 0 or reply.force_reply)
            reply_to = turn.message_id if threaded else None
            sent = await send_reply(bot, chat_id=turn.chat_id, reply=reply, reply_to=reply_to)
            if reply.options:
                shown = SentMessage(
                    chat_id=sent.chat.id, message_id=sent.message_id, user_id=turn.user_id
                )
                await self._keyboards.add((bot.id, shown))

    def _remember(self, shown: Sequence[tuple[int, SentMessage]]) -> list[None]:
        with Session(self.core.app.engine) as session:
            for bot_id, sent in per_bot(shown):
                remember_keyboards(session=session, bot_id=bot_id, sent=sent)
        return [None] * len(shown)

    async def on_error(self, update: object, context: Context) -> None:
        """Logs the failure with its traceback and tells the user; the bot keeps running."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("handling update %s failed", update_id, exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        with contextlib.suppress(TelegramError):
            if update.callback_query is not None:
                await update.callback_query.answer()
        with contextlib.suppress(TelegramError):
            await with_retries(
                partial(
                    context.bot.send_message, update.effective_chat.id, common_msg.INTERNAL_ERROR
                )
            )
