"""Normalisation of Chinese input, done once at the edge of ``nlu``."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Protocol

from nlu.numbers import DIGITS, SMALL_UNITS, parse_number

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPACE_CJK_DIGIT = re.compile(
    rf"(?<=[{_CJK}])\s+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])\s+(?=[{_CJK}])"
)
_SPACES = re.compile(r"\s+")
# 企 服 预 算 多 少: characters typed apart one by one (or spaced out by a phone's input) make
# one run of words, as three or more single characters in a row are no list of words.
_SPACED_CHARACTERS = re.compile(
    rf"(?<![{_CJK}\s])[{_CJK}](?:[ \t\u3000]+[{_CJK}](?![{_CJK}])){{2,}}(?![{_CJK}])"
)
_INNER_SPACES = re.compile(r"[ \t\u3000]+")
# 壹佰叁拾万元: the numerals of cheques and accounts, in a run of two or more numerals (陆家嘴
# keeps its 陆), written as the everyday ones the number parser reads.
_FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億"
_FINANCIAL_RUN = re.compile(rf"[{_FINANCIAL}零万亿]*[{_FINANCIAL}][{_FINANCIAL}零万亿]*")
# 以「人」为单位: the quotation marks of traditional script, written as simplified text quotes.
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
# 要搞几场鸭🦆, 第一天😅 想问下: a pictograph says the asker's mood and nothing asked; it parts
# words as a space does. The question and exclamation marks drawn as pictographs are marks.
_PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b05-\u2b55\ufe0f\u200d]+")
_DRAWN_MARKS = str.maketrans("❓❔❗❕", "？？！！")
# 1,000,000.00 and 3,600,000 (a cell copied from the form: with its decimals, or alone before a
# tab or a space) write thousands apart with commas, which would part the asks; written without
# them it is the one figure it is. An amount typed into a sentence (总额3,600,000元扣掉…) is the
# asker's own and is read as before.
_GROUPED_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+|(?![\d,.\u4e00-\u9fff]))")
_EVERYDAY = str.maketrans(_FINANCIAL, "一二二三三四五六六七八九十百千万亿")
_NUMERALS = "".join([*DIGITS, *SMALL_UNITS])
# 第三十四届 and 二十五届 are written 第 34 届 in the forms; other numerals (一站式) stay, and
# so does 一 after a demonstrative (这一期 is "this phase", not phase 1) or 哪 (哪一届 asks).
_CHINESE_ORDINAL = re.compile(
    rf"(?<=第)[{_NUMERALS}]+|(?<![这那每哪{_NUMERALS}])[{_NUMERALS}]+(?=[届期])"
)
# 十二个月, 二十四个月: a span of ten months or more said in numerals, as the arithmetic reads
# 12个月 (按十二个月分 divides by the months; it tells no figure of the asker's); 一个月 and
# 三个季度 are read as said.
_SPOKEN_SPAN = re.compile(rf"(?<![{_NUMERALS}])[{_NUMERALS}]*十[{_NUMERALS}]*(?=个(?:月|季度))")
# 几个礼拜, 五个星期: weeks are written 周 in the forms (5 周实习).
_SPOKEN_WEEK = re.compile(rf"(?<=[几0-9{_NUMERALS}])个?(?:星期|礼拜)")
WEEK = "周"
# 23年7月: a year of this century said by its last two digits, before a month.
_SHORT_YEAR = re.compile(r"(?<![\d.])([12]\d)(?=年(?:1[0-2]|[1-9])月)")
CENTURY = "20"
# 二零二七年, 二〇二五年, 两千零二十六年: a year said aloud, as voice input writes it, is the
# year in digits (2027年); a run of four digits said one by one starts 一九 or 二零.
# A year of the 2020s said by its last two digits (二七年的预算) is the year in two digits (27年),
# read as 27年 is; never grades or decades (二三年级, 二零年代), nor a count (第二年, 每二年).
_SPOKEN_YEAR = re.compile(
    r"(?<![零〇一二三四五六七八九十百千万两第每几])"
    r"(?:(?:[一二][零〇九][零〇一二三四五六七八九]{2}|[两二]千零?[一二三四五六七八九十]{0,3})(?=年)"
    r"|二[零〇一二三四五六七八九](?=年(?![代级])))"
)
_SAID_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")
MEMO_SIZE = 4096  # normalised texts kept: questions, their parts, row names and goals
_PUNCTUATION = re.compile(
    r"[\s,，。!！?？;；:：、\"“”'‘’()（）《》〈〉【】\[\]<>·~～…—]+|(?<!\d)[.\-]|[.\-](?!\d)"
)


class Converter(Protocol):
    """Anything that converts traditional characters to simplified ones."""

    def convert(self, text: str) -> str: ...


# The dictionaries OpenCC's t2s conversion reads (its config/t2s.json).
T2S_DICTIONARIES = ("TSPhrases.txt", "TSCharacters.txt")


class SimplifiedConverter:
    """Converts traditional characters to simplified ones with OpenCC, piece by piece.

    OpenCC cuts a text at separators and looks every substring of each piece up in its
    dictionaries, about a tenth of a millisecond for a question and 3 ms for a project's goals.
    A piece holding no character that any entry changes comes out as it went in, so only the
    pieces holding one are converted: the same result, for a set lookup a character.
    """

    def __init__(self) -> None:
        import opencc  # built once, at start-up

        self._opencc = opencc.OpenCC("t2s")
        folder = Path(opencc.__file__).parent / "dictionary"
        self._changing = frozenset(
            char for name in T2S_DICTIONARIES for char in _changed_characters(folder / name)
        )

    def convert(self, text: str) -> str:
        """Returns ``text`` with traditional characters simplified, as OpenCC's t2s does."""
        if not any(char in self._changing for char in text):
            return text
        pieces = self._opencc.split_chars_re.split(text)
        # split() with a group keeps the separators at odd positions; OpenCC keeps them as is.
        return "".join(
            self._opencc.convert(piece)
            if at % 2 == 0 and any(char in self._changing for char in piece)
            else piece
            for at, piece in enumerate(pieces)
        )


def _changed_characters(path: Path) -> set[str]:
    """Returns the characters of the dictionary's keys that its entries change: the differing
    ones of a key as long as its value, every one of any other key that is not its value."""
    changed: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.strip().partition("\t")
        if key == value:
            continue
        if len(key) == len(value):
            changed.update(old for old, new in zip(key, value, strict=True) if old != new)
        else:
            changed.update(key)
    return changed


class Normalizer:
    """Turns user text into one canonical form: NFKC, simplified, compact spacing, lower case."""

    def __init__(self, converter: Converter | None = None) -> None:
        self._converter = converter or SimplifiedConverter()
        self._memo: dict[str, str] = {}

    def normalize(self, text: str) -> str:
        """Returns ``text`` in NFKC, simplified characters, without spaces around CJK.

        A question is normalised many times over (its parts, the names and goals it is
        checked against), so results are kept; the memo starts again when full.
        """
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[text] = self._normalized(text)
        return found

    def simplified(self, text: str) -> str:
        """Returns ``text`` with its traditional characters and corner quotes simplified and its
        financial numerals written as everyday ones and the commas of thousands left out
        (1,000,000.00), nothing else changed: the whole-message
        steps read 財政局複核 as 财政局复核, 「人」 as “人”, 伍拾万 as 五十万 and 😅 as a space
        before the question is normalised; characters typed one by one with spaces (企 服 预 算)
        are written together."""
        text = _everyday_numerals(self._converter.convert(text)).translate(_CORNER_QUOTES)
        text = _thousands_joined(text)
        return _spaced_characters_joined(_without_pictographs(text))

    def _normalized(self, text: str) -> str:
        text = self.simplified(unicodedata.normalize("NFKC", text).strip())
        text = _SPACE_CJK_DIGIT.sub("", text)
        text = _CHINESE_ORDINAL.sub(_arabic, text)
        text = _SPOKEN_SPAN.sub(_arabic, text) if "十个" in text or "个月" in text else text
        text = _SPOKEN_WEEK.sub(WEEK, text)
        text = _SHORT_YEAR.sub(rf"{CENTURY}\1", text)
        text = _SPOKEN_YEAR.sub(_year_in_digits, text) if "年" in text else text
        return _SPACES.sub(" ", text).lower()


def _everyday_numerals(text: str) -> str:
    """Writes the financial numerals of ``text`` (壹佰叁拾万) as everyday ones (一百三十万)."""
    if not any(char in _FINANCIAL for char in text):
        return text
    return _FINANCIAL_RUN.sub(
        lambda run: run.group(0).translate(_EVERYDAY) if len(run.group(0)) > 1 else run.group(0),
        text,
    )


def _thousands_joined(text: str) -> str:
    """Returns ``text`` with the commas of thousands left out (1,200,000.00 → 1200000.00)."""
    if "," not in text:
        return text
    return _GROUPED_THOUSANDS.sub(lambda amount: amount.group(0).replace(",", ""), text)


def _spaced_characters_joined(text: str) -> str:
    """Returns ``text`` with each run of three or more characters typed one by one with spaces
    between them written together (企 服 预 算 → 企服预算)."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text
    return _SPACED_CHARACTERS.sub(lambda run: _INNER_SPACES.sub("", run.group(0)), text)


def _without_pictographs(text: str) -> str:
    """Returns ``text`` with its pictographs (😅🦆👍) written as spaces, none left at either end,
    and ❓ ❗ as the marks they draw."""
    if text.isascii():
        return text
    marked = text.translate(_DRAWN_MARKS)
    return _PICTOGRAPH.sub(" ", marked).strip() if _PICTOGRAPH.search(marked) else marked


def strip_punctuation(text: str) -> str:
    """Removes punctuation and spaces, keeping words, digits and ``%``."""
    return _PUNCTUATION.sub("", text)


def _year_in_digits(match: re.Match[str]) -> str:
    said = match.group(0)
    if "千" not in said:
        return said.translate(_SAID_DIGITS)
    value = parse_number(said.replace("两", "二"))
    return str(value) if value is not None else said


def _arabic(match: re.Match[str]) -> str:
    value = parse_number(match.group(0))
    return str(value) if value is not None else match.group(0)


_OF_WRITTEN = "[的之]"  # 之 is read as 的 before a name is looked for (科学之夜 → 科学的夜)


def as_written(word: str, question: str) -> str:
    """Returns ``word`` as the asker spelled it in ``question``, else ``word`` itself.

    Words are read after 之 has become 的; a name shown back to the asker is theirs
    (没有找到“科学之夜”, not “科学的夜”).
    """
    if "的" not in word:
        return word
    pattern = _OF_WRITTEN.join(re.escape(part) for part in word.split("的"))
    found = re.search(pattern, question)
    return found.group(0) if found else word
