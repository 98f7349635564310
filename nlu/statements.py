"""Clauses in which the asker tells their own figures instead of asking (``statements.txt``).

明年想提到350，今年参与人数定的多少: the first clause is the asker's plan. Read with the rest,
its 明年 asks for a form that is not loaded and its 350 looks like a figure to check. A clause
that asks nothing, holds a figure of the asker's (a plan, an actual, a remembered guess) and
stands beside a clause that does ask is set apart; the rest is answered on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlu.cues import cue_words, word_sections

STATEMENTS_FILE = "statements.txt"
_CLAUSE = re.compile(r"[^，,。；;？?！!\n]+[，,。；;？?！!\n]*")
_SEPARATORS = "，,。；;？?！!\n "
_FIGURE = re.compile(r"\d|[零一二两三四五六七八九十百千万]+[个场次家人篇座辆米倍成届万元]")
_DATE = re.compile(r"[\d.]+[年月日号]?[底初份前中]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class SetApart:
    """A question with the clauses that tell the asker's own figures taken out."""

    kept: str  # the clauses that ask, as written
    clauses: tuple[str, ...]  # the clauses set apart, as written


@dataclass(frozen=True)
class StatementWords:
    """The word classes of ``statements.txt`` as patterns."""

    plan: re.Pattern[str]
    actual: re.Pattern[str]
    guess: re.Pattern[str]
    own_time: re.Pattern[str]
    ask: re.Pattern[str]
    against: re.Pattern[str]
    asker: re.Pattern[str]


@cache
def load_statement_words() -> StatementWords:
    """Reads ``nlu/data/statements.txt`` (and the question words of ``cues.txt``)."""
    text = (resources.files("nlu") / "data" / STATEMENTS_FILE).read_text(encoding="utf-8")
    sections = word_sections(text)
    not_before = _alternatives(sections["plan_not_before"])
    return StatementWords(
        plan=re.compile(f"(?:{_alternatives(sections['plan'])})(?!{not_before})"),
        actual=re.compile(_alternatives(sections["actual"])),
        guess=re.compile(_alternatives(sections["guess"])),
        own_time=re.compile(_alternatives(sections["own_time"])),
        ask=re.compile(_alternatives((*sections["ask"], *cue_words()["question"]))),
        against=re.compile(_alternatives(sections["against"])),
        asker=re.compile(_alternatives(sections["asker"])),
    )


def set_apart(text: str, normalized: str, words: StatementWords) -> SetApart | None:
    """Returns ``text`` without the clauses telling the asker's own figures, or None when
    none is told, every clause tells, or an ask works on a told figure (实际花了118万，离上限
    还剩多少: the 118万 is an operand).

    ``normalized`` is ``text`` normalised, the same length clause by clause or not at all: the
    clauses are read in it when its length matches, else in ``text``.
    """
    read = normalized if len(normalized) == len(text) else text
    spans = [hit.span() for hit in _CLAUSE.finditer(read)]
    if len(spans) < 2 or not _FIGURE.search(read):
        return None
    told = [_tells(read[start:end], words) for start, end in spans]
    kept = [span for span, tells in zip(spans, told, strict=True) if not tells]
    if not any(told) or not kept:
        return None
    asked = "".join(read[start:end] for start, end in kept)
    if not _CJK.search(asked) or words.against.search(asked):
        return None
    clauses = tuple(
        text[start:end].strip(_SEPARATORS)
        for (start, end), tells in zip(spans, told, strict=True)
        if tells
    )
    rest = "".join(text[start:end] for start, end in kept).strip(_SEPARATORS)
    if told[0]:
        # 企服明年想报150万，今年报了多少: what the first clause opens with is what is asked of.
        start, end = spans[0]
        topic = _topic(read[start:end], words)
        rest = text[start : start + len(topic)] + rest if topic else rest
    return SetApart(rest, clauses)


def _tells(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause states the asker's own figure and asks nothing."""
    if words.ask.search(clause) or words.against.search(clause):
        return False
    if words.guess.search(clause):
        return True
    if not _FIGURE.search(clause):
        return False
    return bool(
        words.plan.search(clause) or words.actual.search(clause) or words.own_time.search(clause)
    )


def _topic(clause: str, words: StatementWords) -> str:
    """Returns what a telling clause opens with before the words that tell (企服 of
    企服明年想报150万), or "" when that is only the asker or a time (我们上半年, 我们到9月).
    """
    cues = (words.plan, words.actual, words.guess, words.own_time)
    starts = [hit.start() for cue in cues if (hit := cue.search(clause)) is not None]
    opening = clause[: min(starts)] if starts else ""
    return opening if _DATE.sub("", words.asker.sub("", opening)) else ""


def _alternatives(found: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
