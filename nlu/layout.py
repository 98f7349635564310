"""Reads words pointing at the layout of the forms as what they point at.

An asker looking at the forms on a screen says where a thing is instead of naming it: 第二页
国交项目, 上面那个项目, 表头第三行右边, 资金那块右边那格, 数量指标第八行. A page, or the form
above or below, points at a project by its order among the loaded forms, unless words name a
project there. A row's place said with words about the row picks the row among those the
words fit; words naming another row win over the place, which may be miscounted, and a place
alone is left as said. A header field or a money cell is named by its label, so the row or
side said of it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from nlu.cues import word_sections
from nlu.ordering import alternation
from nlu.prepared import built_once

LAYOUT_FILE = "layout.txt"
_NUMERAL = "一二两三四五六七八九十"
_NUMERALS = {c: value for value, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# Where the clause a pointer is said in ends: the words of that clause may name the project.
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
_TRAILING_DE = "的?"
_HEADING_SUFFIX = "指标"  # 生态效益 said for 生态效益指标
# Characters of a row's name said as written that name the row by themselves (开放日, 港澳台籍
# of 参与…活动的港澳台籍学生人数); fewer, or scattered, are words about it (联络沟通的效果).
NAMED_RUN = 3
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_CJK_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
# Words between a heading and the place of a row in it (数量指标里第三行, 生态效益那块第一行).
_UNDER_HEADING = re.compile(r"(?:那一块|那块|这块|下面|底下|里头|里面|里|中|的)*$")


@dataclass(frozen=True)
class FormRow:
    """One row of a form as the layout shows it: its headings and its name."""

    level1: str
    level2: str
    name: str


def _under(row: FormRow, heading: str) -> bool:
    """Tells whether ``row`` is under ``heading`` as said (生态效益 of 生态效益指标)."""
    return row.level1.startswith(heading) or row.level2.startswith(heading)


def _runs_of(name: str, text: str) -> bool:
    """Tells whether ``text`` says a run of ``NAMED_RUN`` characters of ``name`` as written."""
    return any(name[at : at + NAMED_RUN] in text for at in range(len(name) - NAMED_RUN + 1))


def _pairs(text: str) -> set[str]:
    return set(_CJK_PAIR.findall(text))


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / LAYOUT_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def _of(name: str) -> str:
    return f"(?:{alternation(_words()[name])})"


@built_once
def _page_pattern() -> re.Pattern[str]:
    """第二页, 屏幕上第一张表, 上面那个项目: a form pointed at by its order."""
    ordinal = f"第(?P<number>[{_NUMERAL}]|\\d{{1,2}})"
    page = f"{_of('screen')}?{ordinal}{_of('page')}(?:{_of('that')}|里|上)?"
    form = f"(?:{_of('form_noun')})?"
    upper = f"(?P<above>{_of('above')})(?:{_of('that')})?{form}"
    lower = f"(?P<below>{_of('below')})(?:{_of('that')})?{form}"
    return re.compile(f"(?P<page>{page})|{upper}|{lower}")


@built_once
def _place_pattern() -> re.Pattern[str]:
    """表头第三行右边, 资金那块右边那格, 左边那列: places of fields named by their labels."""
    side, cell = _of("side"), _of("cell")
    ordinal = f"第(?:[{_NUMERAL}]|\\d{{1,2}})"
    # 表头第三行右边, 表头右边: a bare 表头 is left to the words it goes with (表头信息里的)
    row = (
        f"{_of('header')}(?:(?:{ordinal}{_of('row')}|头两行)(?:{side}(?:{cell})?)?"
        f"|{side}(?:{cell})?)"
    )
    block = f"{_of('block')}(?:{side}(?:{cell})?|(?=[，,]))"
    sided = f"(?:表中间|表格中间)?{side}{cell}|{side}{_of('block')}"
    bare_cell = "那格|那一格"  # 数数量的那一栏: a column said of rows, left to the listing
    return re.compile(
        f"(?:{row}|{block}|{sided}|{bare_cell}){_TRAILING_DE}"
        "(?=[\\u4e00-\\u9fff\\w，,])"  # the label said after it; never at the end of an ask
    )


@built_once
def _row_pattern() -> re.Pattern[str]:
    """数量指标第八行, 表格倒数第二行, 最后一行, 最上面那行: a row by its place."""
    side, cell, table = _of("side"), _of("cell"), _of("table")
    ordinal = f"(?P<back>倒数)?第(?P<number>[{_NUMERAL}]|\\d{{1,2}}){_of('row')}"
    row_that = f"{_of('row_that')}?{_of('row')}"
    top, last = _of("row_top"), _of("row_extreme")
    extreme = f"(?P<top>{top})(?:{row_that})?|{last}(?:{row_that})?|{_of('row_last')}{row_that}"
    return re.compile(
        # 表头第二行 is a row of the header, read with its fields (_place_pattern)
        f"(?<!{_of('header')}){table}?(?:{ordinal}|{extreme})(?!那?几)"
        f"(?:{side}(?:{cell})?)?{_TRAILING_DE}"
        "(?=[\\u4e00-\\u9fff\\w，,])"
    )


@built_once
def _this_page_pattern() -> re.Pattern[str]:
    """企服那页, 养护那张表里: the form said after the project's own short name."""
    # 养护那张旧式的表里: 那张 says which form of a kind described, named by the words after it
    return re.compile(
        f"(?<=[\\u4e00-\\u9fff]){_of('this_page')}(?![头格])(?![^，,。？?]{{0,4}}表)(?:里|上)?"
    )


class LayoutPointers:
    """Rewrites a question's pointers at the forms' layout into what they point at."""

    def __init__(
        self,
        *,
        project_names: Sequence[str],
        rows: Mapping[str, Sequence[FormRow]],
        projects_named: Callable[[str], list[tuple[int, str]]],
    ) -> None:
        self._names = tuple(dict.fromkeys(project_names))  # in the order of the forms
        self._rows = rows  # each project's rows in the order of its form, by its name
        self._projects_named = projects_named  # (where, name) of each project a text names
        headings = {h for form in rows.values() for row in form for h in (row.level1, row.level2)}
        stems = {
            h.removesuffix(_HEADING_SUFFIX) for h in headings if len(h) > len(_HEADING_SUFFIX) + 1
        }
        self._headings = re.compile(f"(?:{alternation(headings | stems)})$")

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with its layout pointers read (unchanged when it has none)."""
        patterns = (_page_pattern, _this_page_pattern, _row_pattern, _place_pattern)
        if not any(pattern().search(text) for pattern in patterns):
            return text
        text = self._pages_read(text)
        text = _this_page_pattern().sub("", text)
        text = self._rows_read(text)
        return _place_pattern().sub("", text)

    def _rows_read(self, text: str) -> str:
        parts: list[str] = []
        last = 0
        heading: str | None = None
        for found in _row_pattern().finditer(text):
            before = _UNDER_HEADING.sub("", text[last : found.start()])
            said = self._headings.search(before)
            heading = said.group(0) if said else heading if not before.strip("，, ") else None
            named = self._row_named(found, text, heading)
            kept = text[last : found.start()]
            if named != found.group(0):
                kept = self._heading_path_cut(kept)  # the headings only led to the row
            parts.append(kept)
            parts.append(named)
            last = found.end()
        return "".join(parts) + text[last:]

    def _heading_path_cut(self, before: str) -> str:
        """Returns ``before`` without the headings ending it that lead to a row read by its
        place (企服产出指标下面，数量指标第八行，培育…工作站数量): said only to find the row,
        they ask no listing of their own."""
        while True:
            stripped = _UNDER_HEADING.sub("", before.rstrip("，, "))
            said = self._headings.search(stripped)
            if said is None:
                return before
            before = stripped[: said.start()]

    def _row_named(self, found: re.Match[str], text: str, heading: str | None) -> str:
        """The name of the row a place points at when the words said agree with it (or no
        words are said); "" when they name another row, for words win over a place."""
        rows = self._form_at(text, found.start())
        if heading is not None:
            rows = [row for row in rows if _under(row, heading)]
        index = self._place(found, len(rows))
        if index is None:
            return found.group(0)
        after = text[found.end() :]
        end = _SENTENCE_END.search(after)
        said_text = after[: end.start()] if end else after
        said = _pairs(said_text)
        pointed = rows[index]
        every = rows if heading is not None else self._form_at(text, found.start())
        best = max((len(said & _pairs(row.name)) for row in every), default=0)
        if best == 0:
            return found.group(0)  # a place alone, no words to hold it against
        if len(said & _pairs(pointed.name)) < best:
            return ""  # the words name another row: words win
        if _runs_of(pointed.name, said_text):
            return ""  # the words say the row's own name: nothing to add
        return pointed.name  # words of the row in other words: the place picks it

    def _form_at(self, text: str, at: int) -> list[FormRow]:
        """The rows of the form a place is said of: the project named last before it."""
        if len(self._names) == 1:
            return list(self._rows.get(self._names[0], ()))
        named = [name for where, name in self._projects_named(text) if where <= at]
        return list(self._rows.get(named[-1], ())) if named else []

    @staticmethod
    def _place(found: re.Match[str], count: int) -> int | None:
        if not count:
            return None
        if found.group("top"):
            return 0
        number = found.group("number")
        if number is None:
            return count - 1
        value = int(number) if number.isdigit() else _NUMERALS.get(number, 0)
        index = count - value if found.group("back") else value - 1
        return index if 0 <= index < count else None

    def _pages_read(self, text: str) -> str:
        parts: list[str] = []
        last = 0
        for found in _page_pattern().finditer(text):
            named = self._pointed(found, text)
            if named is None:
                continue
            parts.append(text[last : found.start()])
            parts.append(named)
            last = found.end()
        return "".join(parts) + text[last:] if parts else text

    def _pointed(self, found: re.Match[str], text: str) -> str | None:
        """The project a pointer names, or "" when its clause names one in words."""
        after = text[found.end() :]
        end = _CLAUSE_END.search(after)
        clause = after[: end.start()] if end else after
        before = _CLAUSE_END.split(text[: found.start()])[-1]
        if found.group("page") is None and not found.group(0).endswith(
            tuple(_words()["form_noun"])
        ):
            # 上面 alone points only at a project named right after it (上面企服那页).
            named = self._projects_named(clause)
            return "" if named and named[0][0] == 0 else None
        index = self._index(found)
        if index is None or not self._names:
            return None
        if found.group("page") is not None and before.rstrip("的里上中").endswith(
            tuple(_words()["papers"])
        ):
            return None  # 总结第一页要写: a page of the asker's own papers
        if self._projects_named(before + clause):
            return ""  # 第二页国交项目, 相当于第一页企服: the words name it
        return self._names[index]

    def _index(self, found: re.Match[str]) -> int | None:
        if found.group("above"):
            return 0
        if found.group("below"):
            return len(self._names) - 1
        number = found.group("number")
        value = int(number) if number.isdigit() else _NUMERALS.get(number, 0)
        return value - 1 if 0 < value <= len(self._names) else None
