"""Years as questions write them: relative to the newest loaded form (去年, 明年:
``nlu/data/years.txt``), or typed unusually (2027nian, FY27, 27财年, 二零二七nian, mingnian)."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from nlu.prepared import built_once

YEARS_FILE = "years.txt"
YEAR = "年"
FISCAL_YEAR = "年度"
CENTURY = "20"  # FY27: a fiscal year of this century said by its last two digits
# A year's digits (four, two, or four said one by one in numerals: 二零二七).
_DIGITS = r"(?:(?:19|20)\d{2}|\d{2}|[一二][零〇九][零〇一二三四五六七八九]{2})"
_LATIN_BEFORE = r"(?<![A-Za-z])"
# 2027nian, 2027 nián, 2027Nian2, 2027niandu: the year typed in pinyin after its digits, as an
# input method left in Latin letters writes it; the tone marks or digit it may carry go.
_PINYIN_YEAR = re.compile(
    rf"(?<![\d.])(?P<digits>{_DIGITS})\s*(?:nian|nián|niān|niǎn|niàn)[1-4]?"
    r"(?P<du>\s*du[1-4]?)?(?![A-Za-z])",
    re.IGNORECASE,
)
# FY2027, FY27, FY'27, 2027FY, 2027财年, 27财年, 2027财政年度: a fiscal year, the form's 年度.
_FISCAL_YEAR = re.compile(
    rf"{_LATIN_BEFORE}FY\s*['’]?(?P<before>(?:19|20)?\d{{2}})(?!\d)"
    rf"|(?<![\d.])(?P<after>{_DIGITS})\s*(?:FY(?![A-Za-z])|财年|财政年度|财政年|会计年度|预算年度)",
    re.IGNORECASE,
)
# '27, ’27年: a year of this century by its last two digits after an apostrophe.
# A figure quoted (‘10次’, '26场') is none: only 年, 的, a space or a mark may follow.
_APOSTROPHE_YEAR = re.compile(
    r"(?<![A-Za-z\d])['’‘](?P<digits>\d{2})(?:年|(?=的|\s|$|[，,。？?！!]))"
)
# 今年 … 后年 typed in pinyin as whole words (mingnian, qunian, jinnian): the year words.
_PINYIN_RELATIVE = re.compile(
    rf"{_LATIN_BEFORE}(?P<word>jin|ben|ming|qu|qian|hou)\s*nian(?P<du>du)?(?![A-Za-z])",
    re.IGNORECASE,
)
_RELATIVE_WORDS = {
    "jin": "今年",
    "ben": "本年",
    "ming": "明年",
    "qu": "去年",
    "qian": "前年",
    "hou": "后年",
}
# 本财年, 这个财年, 本财政年度: the form's own year said as the fiscal year.
_THIS_FISCAL_YEAR = re.compile(
    r"(?:本|这个|这一|当前|今个)(?:财年|财政年度|财政年|会计年度|预算年度)"
)
THIS_YEAR = "本年度"
# （2027）: a year of this century alone in brackets, as a label of what is asked.
_BRACKETED_YEAR = re.compile(r"(?<=[(（])\s*(?P<digits>20[1-4]\d)\s*(?=[)）])")
# 2024到2026年, 2024-2026, 2024年至2026年: a span of years said by its first and last.
_SPAN = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年?度?\s*(?:到|至|-|~|～|—|–)\s*((?:19|20)\d{2})(?!\d)"
)
# 【年度】2025, 年度：2025, 年份=2024: a year given as a field's value, as a year of the form.
_LABELLED_YEAR = re.compile(
    r"(?:年度|年份)\s*[】\]]?\s*[:：=＝]?\s*(?P<digits>(?:19|20)\d{2})(?![\d年.．/\-])"
)
_CHEAP_CHECK = re.compile(r"[A-Za-z'’‘]|财|会计|预算年|[(（]\s*20")


@built_once
def load_relative_years() -> tuple[tuple[str, int], ...]:
    """Returns each relative-year word with its offset, longest words first."""
    text = (resources.files("nlu") / "data" / YEARS_FILE).read_text(encoding="utf-8")
    found = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, offset = line.partition(":")
        found.append((word.strip(), int(offset)))
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def relative_year_words(*, coming: bool = False) -> tuple[str, ...]:
    """Returns the relative-year words (去年, 明年 …), only those of coming years if asked."""
    return _coming_year_words() if coming else _year_words()


@built_once
def _year_words() -> tuple[str, ...]:
    return tuple(word for word, _ in load_relative_years())


@built_once
def _coming_year_words() -> tuple[str, ...]:
    return tuple(word for word, offset in load_relative_years() if offset > 0)


def years_written_plainly(text: str) -> str:
    """Returns ``text`` with each year typed unusually written as the form writes years:
    2027nian → 2027年, 2027niandu → 2027年度, FY27 and 27财年 → 2027年度, mingnian → 明年,
    本财年 → 本年度, （2027） → （2027年）, 【年度】2025 → 【年度】2025年度. Most questions
    hold none: one search tells."""
    if "年" in text:
        text = _LABELLED_YEAR.sub(lambda m: m.group(0) + FISCAL_YEAR, text)
    if not _CHEAP_CHECK.search(text):
        return text
    text = _PINYIN_YEAR.sub(
        lambda m: m.group("digits") + (FISCAL_YEAR if m.group("du") else YEAR), text
    )
    text = _FISCAL_YEAR.sub(_fiscal_year, text)
    text = _PINYIN_RELATIVE.sub(
        lambda m: _RELATIVE_WORDS[m.group("word").lower()] + ("度" if m.group("du") else ""),
        text,
    )
    text = _THIS_FISCAL_YEAR.sub(THIS_YEAR, text)
    text = _APOSTROPHE_YEAR.sub(lambda m: CENTURY + m.group("digits") + YEAR, text)
    return _BRACKETED_YEAR.sub(lambda m: m.group("digits") + YEAR, text)


def _fiscal_year(found: re.Match[str]) -> str:
    digits = found.group("before") or found.group("after")
    if len(digits) == 2 and digits.isdigit():
        digits = CENTURY + digits
    return digits + FISCAL_YEAR


def years_spanned(text: str) -> list[tuple[int, int]]:
    """Returns each span of years ``text`` says by its first and last (2024到2026年)."""
    return [(int(m.group(1)), int(m.group(2))) for m in _SPAN.finditer(text)]


# Where a clause of a question ends: its marks and the spaces of a pasted message.
_CLAUSE_MARK = re.compile(r"[，,。！!？?；;：:\s]+")
# Words that ask (多少, 几, 何, 吗): a clause holding one asks something of its own.
_ASK_WORDS = ("多少", "几", "什么", "啥", "哪", "吗", "呢", "何", "若干", "?", "？", "怎么", "咋")
# Particles and framing around a year said alone (明年的话, 明年呢): no doing of its own.
_YEAR_FRAME = re.compile(r"^[的话呢啊吧嘛呀哦，,\s]*$")


def year_told_apart(text: str, start: int, end: int, *, names_form: Callable[[str], bool]) -> bool:
    """Tells whether the relative year at ``text[start:end]`` is said of the asker's own doings
    in a clause of its own (明年可能要调，先告诉我现在的; 余明年即将荣退，此番…几何): the clause
    says a doing of that year, asks nothing, names nothing of the form, and another clause
    asks. A year said alone before the ask (明年，国交的预算多少) is the year asked."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    found = _CLAUSE_MARK.search(text, end)
    clause_end = found.start() if found is not None else len(text)
    clause = text[clause_start:clause_end]
    rest = text[clause_start:start] + text[end:clause_end]
    if _YEAR_FRAME.match(rest) or names_form(clause) or _asks(clause):
        return False
    others = text[:clause_start] + "，" + text[clause_end:]
    return _asks(others)


def _asks(text: str) -> bool:
    """Tells whether ``text`` holds a word that asks."""
    return any(word in text for word in _ASK_WORDS)
