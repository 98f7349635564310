"""Leaves out the writing task an ask is wrapped in.

A staff member asks for figures to write something (帮我写一句汇报：…; 公众号推文要写国交今年办几场
论坛; 领导讲话稿里要用到企服的总预算): the paperwork and the verbs of writing it are the asker's,
not words of the form. A frame is left out only where it opens a clause, names no word of the
forms and no project, and the rest still names what it asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from nlu.cues import word_sections
from nlu.ordering import alternation
from nlu.prepared import built_once

PAPERWORK_FILE = "paperwork.txt"
# Words said between the verb and the paperwork (写年终总结, 做个宣传海报): a few characters.
MAX_MODIFIER_CHARS = 4
_CLAUSE_START = "，,。；;！!？?：:～~ "
# A blank in the asker's own sentence: underscores, or an X standing for a count (X项).
_BLANK = re.compile(r"_{2,}|＿{2,}|(?<![A-Za-z])[Xx](?=[\u4e00-\u9fff])")
_QUOTES = "“”\"‘’'「」『』"


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / PAPERWORK_FILE).read_text(encoding="utf-8")
    return word_sections(text)


@built_once
def _frame() -> re.Pattern[str]:
    """Matches a writing task opening a clause: with a verb of writing before the paperwork
    (帮我写一句汇报：, 写年终总结要引用), or the paperwork with a verb of writing into it after
    (公众号推文要写, 汇报稿里要写, 领导讲话稿里要用到)."""
    words = _words()
    request, asker = alternation(words["request"]), alternation(words["asker"])
    verb, count = alternation(words["verb"]), alternation(words["count"])
    paper = alternation(words["paper"])
    piece = alternation((*words["paper"], *words["message"], *words["piece"]))
    inside, intent, into = (alternation(words[name]) for name in ("inside", "intent", "into"))
    owner = alternation((*words["modifier"], *words["owner"]))
    modifier = f"(?P<modifier>[\\u4e00-\\u9fff]{{0,{MAX_MODIFIER_CHARS}}}?)"
    when = alternation(words["when"])
    after = f"(?:{inside})?(?:{when})?(?:[，,](?:{inside}))?(?:{intent})?(?:{into})(?:一下)?"
    return re.compile(
        f"(?:{request})?(?:{asker})?"
        f"(?:(?:{verb})(?:{count})*{modifier}(?:{piece})+(?:{after}|(?=[：:，,]))"
        f"|(?P<owner>{owner})?(?:{paper})+{after}"
        # 通知里要写: a message the asker will write, said with an intent (通知里说 is received)
        f"|(?:{alternation(words['message'])})(?:{inside})?(?:{intent})(?:{into})(?:一下)?)"
        "[：:，,]?"
    )


def writing_task_left_out(
    text: str,
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> str | None:
    """Returns ``text`` without the writing task opening one of its clauses, or None when it
    has none (or the rest would not name what it asks). A sentence of the asker's quoted with a
    blank to fill (“…申请总额为____元”，空里该填多少) is itself the ask."""
    filled = _blank_filled(text)
    if filled is not None and reads_alone(filled):
        return filled
    for at in (0, *(at + 1 for at, char in enumerate(text) if char in _CLAUSE_START)):
        found = _frame().match(text, at)
        if found is None or found.end() == at or text[found.end() : found.end() + 1] in _QUOTES:
            continue  # 推文里想写“十万人次云参观”: what is quoted is the asker's own writing
        said = found.group("modifier") or found.group("owner") or ""
        if names_project(said) or _names_form(text[at : found.end()], said, cut, form_word):
            continue
        rest = text[:at] + text[found.end() :]
        if rest.strip(_CLAUSE_START) and reads_alone(rest):
            return _fitting().sub(r"\g<asked>", rest)
    return None


@built_once
def _quoted_blank() -> re.Pattern[str]:
    """Matches a quoted sentence holding a blank: underscores, or an X standing for a count."""
    return re.compile(rf"[“\"「『](?P<said>[^”\"」』]*?(?:{_BLANK.pattern})[^”\"」』]*)[”\"」』]")


def _blank_filled(text: str) -> str | None:
    """Returns the quoted sentence of ``text`` with its blank asked (为多少元), when the rest
    asks what fills it; else None."""
    found = _quoted_blank().search(text)
    if found is None:
        return None
    rest = text[: found.start()] + text[found.end() :]
    if not any(word in rest for word in _words()["fill"]):
        return None
    return _BLANK.sub("多少", found.group("said"))


@built_once
def _paper() -> re.Pattern[str]:
    return re.compile(alternation((*_words()["paper"], *_words()["message"])))


@built_once
def _fitting() -> re.Pattern[str]:
    """Matches what figure to write asked as what fits (写多少合适): the figure is asked."""
    return re.compile(
        f"(?:{alternation(_words()['into'])})(?P<asked>多少|几)(?:比较|才|更)?(?:合适|妥当|准确|对)"
    )


def _names_form(
    frame: str, said: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> bool:
    """Tells whether a frame holds a word the forms write: the paperwork itself (a form counting
    工作报告) or a word said before it (写年度总结: 年度) — it is then never left out."""
    return any(form_word(paper.group()) for paper in _paper().finditer(frame)) or any(
        len(token) > 1 and token not in _words()["modifier"] and form_word(token)
        for token in cut(said)
    )
