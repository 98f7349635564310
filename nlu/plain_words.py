"""Words from Shanghai speech, older office talk, written official requests and English, read as
plain standard Chinese (``plain_words.txt``).

什么辰光开始, 一个人合几钿, 上年结转有伐, 企服的budget是多少, 企服130w比国交40w多多少: staff ask in
the words they speak and type. Each such word, and a figure written the way people type it
(130w, 40k, 0.4百万), is rewritten as a question in standard Chinese would write it, so that
the rest of the engine reads it as any other question; so are the words of an auditor's written
request (经查…，请确认目标值). A regional or formal word is rewritten only where the tokenizer
cuts at both its ends (国交关于 keeps its 交关) or cuts before it and joins its end to a measure
word alone (几多条: 几 / 多条), a particle of [end] only before punctuation or at the end, an
interjection of [pauses] only between two characters of a text marking no pause, said once
(是多少啊语音打的字可能不对: voice input marks none), a Latin word only whole and only where the
form does not write it itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from decimal import Decimal, InvalidOperation
from importlib import resources

from knowledge.model import format_number
from nlu.ordering import longest_first
from nlu.prepared import built_once
from nlu.query import ASKING
from nlu.sounds import units_by_pinyin

PLAIN_WORDS_FILE = "plain_words.txt"
_END = r"(?=[，,。；;！!？?\s~～]|$)"
_CJK = r"[\u3400-\u9fff]"
_OPENING = r"(?:^|(?<=[，,。；;！!？?：:\s]))"  # where a clause opens
_MARK = re.compile(r"[\s，,。.；;！!？?、：:…~～]")
_LATIN = re.compile(r"[A-Za-z]")
# emmmm, pleeease, okkk: a letter typed three times or more is drawn out, read as one.
_DRAWN = re.compile(r"([A-Za-z])\1{2,}")
# A run of Latin words typed apart (start date, start_date, start-date) or run on (startDate);
# a word keeps the digits right after it (q1, l2), read without them when only its letters are
# an entry (budget2026).
_LATIN_RUN = re.compile(r"[A-Za-z]+\d*(?:[ \t_\-]+[A-Za-z]+\d*)*")
_LATIN_WORD = re.compile(r"([A-Za-z]+)(\d*)")
_LATIN_SEPARATORS = re.compile(r"[\s_\-]+")
MAX_LATIN_WORDS = 3  # the most words of one entry (project manager, carried over)
# 130w (万), 40k (千), 0.4百万: the figure and what its ending multiplies it by.
_TYPED_FIGURE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(百万|[wWkK])(?![A-Za-z])")
_TYPED_SCALES = {"w": ("1", "万"), "k": ("1000", ""), "百万": ("100", "万")}
# 300ren, 100ge, 20pian, 40wan: a unit typed in pinyin right after its figure.
MONEY_TYPED = ("万", "元", "万元", "块")
_UNIT_TYPED = re.compile(r"(?<=[0-9])[A-Za-z]+(?![A-Za-z])")
# 几多倍: a ratio is counted like a measure word after a word of how many.
RATIO_MEASURE = "倍"
MIN_JOINED_WORD = 2  # the shortest word read though its end is joined to a measure word
_BLANK = re.compile(r"[_＿]{2,}")  # 目标为____人: a blank a quiz item leaves to fill in
BLANK_ASKED = "多少"
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")  # a word of two characters or more
CHECK_ASKED = "，对吗？"  # 判断对错：…。: the statement checked
ROW_ASKED = "是哪条"  # 目标是85的那条: the row pointed at, asked by its name
ROW_POINTED_AFTER = "的"  # 目标是85的那条, …985的叫什么: what names the row ends before it
_CLOSING = r"[了吧呀啊哈呢嘛来着]*"  # 叫什么来着, 那条吧: words closing the ask, asking nothing
_PAST_CLOSE = r"(?=\s*(?:[，,。；;！!？?~～…\s]|$))"  # 那条帮我找一下，谢谢: a clause closes
_MESSAGE_END = r"(?=[。！!？?~～…\s]*$)"  # 目标是85的那条: a bare pointer closes the message


@built_once
def _sections() -> dict[str, dict[str, str]]:
    text = (resources.files("nlu") / "data" / PLAIN_WORDS_FILE).read_text(encoding="utf-8")
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        word, _, plain = line.partition(":")
        current[word.strip().lower()] = plain.strip()
    return sections


def section_words(name: str) -> list[list[str]]:
    """Returns the words of each line of a section that lists words apart (no plain word)."""
    return [line.split() for line in _sections().get(name, {})]


def section_pairs(name: str) -> dict[str, str]:
    """Returns the WORD: PLAIN entries of a section."""
    return dict(_sections().get(name, {}))


# What a bound word said with its figure is followed by (保底是10次, 顶天130万, 保底只要1场).
_FIGURE_AFTER = re.compile(
    r"\s*(?:只|仅|就|也)?(?:要|需要|需|有)?(?:是|为|定在|定为|定的|在|:|：)?\s*"
    r"[0-9０-９零一二两三四五六七八九十百千]"
)


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(map(re.escape, longest_first(words)))


@built_once
def _row_pointed() -> re.Pattern[str]:
    """Matches a row pointed at by what it is and asked by its name (…的那条, …那条叫啥, …的
    帮我找一下) closing a clause."""
    pointers = longest_first({word for line in section_words("row_pointers") for word in line})
    asks = longest_first({word for line in section_words("row_name_asks") for word in line})
    pointer, ask = "|".join(map(re.escape, pointers)), "|".join(map(re.escape, asks))
    return re.compile(
        rf"(?:(?<={ROW_POINTED_AFTER})(?P<bare>{pointer}){_CLOSING}{_MESSAGE_END}"
        rf"|(?P<pointer>{pointer}|{ROW_POINTED_AFTER})(?:{ask}){_CLOSING}{_PAST_CLOSE})"
    )


@built_once
def _row_target_asked() -> re.Pattern[str]:
    """Matches a row pointed at after 的 and followed by its target asked (…的那条目标多少)."""
    pointers = longest_first({word for line in section_words("row_pointers") for word in line})
    targets = longest_first({word for line in section_words("row_target_words") for word in line})
    pointer, target = "|".join(map(re.escape, pointers)), "|".join(map(re.escape, targets))
    return re.compile(rf"(?<={ROW_POINTED_AFTER})(?P<bare>{pointer})(?=[，,\s]*(?:{target}))")


@built_once
def _row_condition() -> re.Pattern[str]:
    """Matches what sets a condition on rows before a pointer: a figure, a quoted word, or a
    word of [row_condition_marks] (以“米”计, 跟联络有关)."""
    marks = longest_first({word for line in section_words("row_condition_marks") for word in line})
    return re.compile(rf"\d|[“‘\"「『][^”’\"」』]+[”’\"」』]|{'|'.join(map(re.escape, marks))}")


@built_once
def _true_false() -> re.Pattern[str]:
    """Matches a true-or-false quiz label and its colon opening a message (判断对错：)."""
    labels = longest_first({word for line in section_words("true_false") for word in line})
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, labels))})\s*[:：]\s*")


def statement_checked(text: str) -> str:
    """Returns a true-or-false quiz item as the check of its statement (判断对错：国交合作单位
    不少于5家。 → 国交合作单位不少于5家，对吗？), or ``text`` when it is none or already asks."""
    label = _true_false().match(text)
    if label is None:
        return text
    statement = text[label.end() :].rstrip("。.！!～~ \n")
    if not statement or ASKING.search(statement):
        return text
    return f"{statement}{CHECK_ASKED}"


def row_name_asked(text: str) -> str:
    """Returns ``text`` with a row pointed at by what it is asked as 那条是哪条 (改造项目里目标是
    85的那条, 企服目标8000那条叫啥), when no other word of the message asks, or with its target
    asked after it (以“米”计的那条目标多少), when nothing asks before it; else as it was."""
    found = list(_row_pointed().finditer(text))
    if len(found) == 1:
        match = found[0]
        if ASKING.search(f"{text[: match.start()]}\x00{text[match.end() :]}"):
            return text  # 国交预算多少，满意度那条: the asks are read as they are
        said = match.group("bare") or match.group("pointer")
        return f"{text[: match.start()]}{said}{ROW_ASKED}{text[match.end() :]}"
    aimed = list(_row_target_asked().finditer(text))
    if found or len(aimed) != 1 or ASKING.search(text[: aimed[0].start()]):
        return text
    if not _row_condition().search(text[: aimed[0].start()]):
        return text  # 活动参与人数的那条目标多少: the row is named, its target asked
    # 以“米”计的那条目标多少: the row asked by its name, then its target
    at = aimed[0].end()
    return f"{text[:at]}{ROW_ASKED}，{text[at:].lstrip('，, ')}"


class PlainWords:
    """Rewrites the regional, older and English words of a question as plain standard ones."""

    def __init__(
        self,
        cut: Callable[[str], list[str]],
        *,
        form_words: Collection[str] = (),
        measures: Collection[str] = (),
    ) -> None:
        sections = _sections()
        self._cut = cut
        self._form_words = form_words
        self._measures = frozenset(measures) | {RATIO_MEASURE}
        self._units_typed = units_by_pinyin([*measures, *MONEY_TYPED])
        stickers = {name for line in sections.get("stickers", {}) for name in line.split()}
        self._stickers = re.compile(
            rf"[\[［]\s*(?:{_alternatives(dict.fromkeys(stickers, ''))})\s*[\]］]", re.IGNORECASE
        )
        bounds = sections["bounds"]
        self._bounds = frozenset(bounds)
        spoken = {
            **{word: plain for word, plain in bounds.items() if word not in form_words},
            # a row of the form may write a regional word itself (a 侬 of a name): kept there
            **{
                word: plain
                for word, plain in sections["regional"].items()
                if word not in form_words
            },
            **sections["formal"],
            **sections["variants"],
            **sections["spoken_marks"],
            **sections["typed_marks"],
        }
        openers = sections.get("openers", {})
        self._plain = {**spoken, **sections["end"], **sections["pauses"], **openers}
        self._pauses = frozenset(sections["pauses"])
        self._latin_plain = {_latin_key(word): plain for word, plain in sections["latin"].items()}
        self._pattern = re.compile(
            "|".join(
                [
                    _alternatives(spoken),
                    f"(?:{_alternatives(sections['end'])}){_END}",
                    f"(?<={_CJK})(?:{_alternatives(sections['pauses'])})(?={_CJK})",
                    f"{_OPENING}(?:{_alternatives(openers)})(?={_CJK})",
                ]
            )
        )
        # Most questions hold none of the words: a character or pair of characters that opens
        # one is looked for before the words themselves.
        self._singles = frozenset(word for word in self._plain if len(word) == 1)
        self._pairs = frozenset(word[:2] for word in self._plain if len(word) > 1)

    def _unit_typed(self, match: re.Match[str]) -> str:
        """Returns the unit typed in pinyin after a figure (300ren → 人), else as typed."""
        return self._units_typed.get(match.group(0).lower(), match.group(0))

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with its regional, older and English words written plainly."""
        if "_" in text or "＿" in text:
            text = _BLANK.sub(BLANK_ASKED, text)  # 数量目标为____套: the blank is asked
        if "[" in text or "［" in text:
            text = self._stickers.sub(" ", text).strip()  # 预算多少[捂脸]: a sticker by its name
        text = row_name_asked(statement_checked(text))  # 判断对错：…; 目标写50的那条帮我找一下
        if _LATIN.search(text) or "百万" in text:
            text = _LATIN_RUN.sub(self._latin_run, _DRAWN.sub(r"\1", text))
            text = _TYPED_FIGURE.sub(_typed_figure, text)
            text = _UNIT_TYPED.sub(self._unit_typed, text)
        if not self._opens_a_word(text):
            return text
        found = list(self._pattern.finditer(text))
        if not found:
            return text
        cuts: dict[int, int] = {0: 0}  # where a token starts or ends: where that token ends
        at = 0
        for token in self._cut(text):
            # The tokenizer drops spaces (几场 鸭): each token is found where it starts.
            start = text.find(token, at)
            if start >= 0:
                at = start + len(token)
                cuts[start] = at
                cuts.setdefault(at, at)
        pieces, last = [], 0
        for match in found:
            if not self._cut_around(match, cuts) and not self._only_ask(match, cuts):
                continue  # 国交关于: 交关 runs into 关于
            if match.group(0) in self._bounds and _FIGURE_AFTER.match(text, match.end()):
                continue  # 保底是10次的: a bound said with its figure is the filters' to read
            if match.group(0) in self._pauses and not _pause_unmarked(text, match.group(0)):
                continue  # 表啊头都大了，…: the asker marks pauses; 提升啊促进啊: a list
            pieces += [text[last : match.start()], self._plain[match.group(0)]]
            last = match.end()
        return "".join(pieces) + text[last:] if pieces else text

    def _cut_around(self, match: re.Match[str], cuts: dict[int, int]) -> bool:
        """Tells whether the tokenizer cuts at both ends of a word found, or before a word of two
        characters or more and after a measure word its end is joined to (几多条 cut 几 / 多条,
        几多倍), never after one character (同名 keeps its 同)."""
        start, end = match.span()
        if start not in cuts or end in cuts:
            return start in cuts
        if end - start < MIN_JOINED_WORD:
            return False  # 同名: a character alone joined to a measure word is another word
        token_start = max(at for at in cuts if at < end)
        token_end = cuts[token_start]
        return token_start >= start and match.string[end:token_end] in self._measures

    def _only_ask(self, match: re.Match[str], cuts: dict[int, int]) -> bool:
        """Tells whether a word found reads as the message's only question word, its first
        character joined to the word before it (企服路演那些搞好多次: 好多 asks, though 搞好 is a
        word), its end where a token ends or a measure word follows (几多少 keeps its 多少)."""
        # A regional word for a question word (好多 → 多少) is read even where the tokenizer joins
        # its first character to the word before (搞好 / 多次), when nothing else asks.
        if len(match.group(0)) < MIN_JOINED_WORD or not ASKING.fullmatch(
            self._plain.get(match.group(0), "")
        ):
            return False  # 如何 keeps its 何: a character alone is never read across a cut
        text, start, end = match.string, match.start(), match.end()
        if start in cuts or (start + 1 not in cuts and start + 1 != end):
            return False  # the character before the word joins it, and only its first
        token_start = max(at for at in cuts if at < end)
        if end not in cuts and text[end : cuts[token_start]] not in self._measures:
            return False
        return not ASKING.search(f"{text[: match.start()]}\x00{text[match.end() :]}")

    def _opens_a_word(self, text: str) -> bool:
        """Tells whether a regional, formal or end word may start somewhere in ``text``."""
        if self._singles.intersection(text):
            return True
        pairs = self._pairs
        return any(text[at : at + 2] in pairs for at in range(len(text) - 1))

    def _latin_run(self, run: re.Match[str]) -> str:
        """Returns a run of Latin words with each entry's words written plainly, the longest
        entry first; a word the form writes itself (a row named VR展项) is kept."""
        text = run.group(0)
        words = list(_LATIN_WORD.finditer(text))
        pieces, kept_to, at = [], 0, 0
        while at < len(words):
            for size in range(min(MAX_LATIN_WORDS, len(words) - at), 0, -1):
                found = self._entry(words[at : at + size])
                if found is not None:
                    plain, end = found
                    pieces += [text[kept_to : words[at].start()], plain]
                    kept_to, at = end, at + size
                    break
            else:
                at += 1
        return "".join([*pieces, text[kept_to:]]) if pieces else text

    def _entry(self, words: list[re.Match[str]]) -> tuple[str, int] | None:
        """Returns the plain word of Latin words that make one entry and where they end."""
        whole = "".join(word.group(0) for word in words).lower()
        if whole in self._latin_plain and whole not in self._form_words:
            return self._latin_plain[whole], words[-1].end()
        letters = words[0].group(1).lower()  # budget2026: the entry, then its year
        if len(words) == 1 and letters in self._latin_plain and letters not in self._form_words:
            return self._latin_plain[letters], words[0].end(1)
        return None


def _pause_unmarked(text: str, word: str) -> bool:
    """Tells whether an interjection stands for a pause voice input left unmarked: the text
    marks none (no punctuation, no space) and says the interjection once (提升啊促进啊 lists)."""
    return text.count(word) == 1 and _MARK.search(text) is None


def _typed_figure(match: re.Match[str]) -> str:
    """Writes 130w as 130万, 40k as 40000, 0.4百万 as 40万."""
    factor, unit = _TYPED_SCALES[match.group(2).lower()]
    try:
        value = Decimal(match.group(1)) * Decimal(factor)
    except InvalidOperation:
        return match.group(0)
    return format_number(value) + unit


def _latin_key(found: str) -> str:
    """Returns the entry a Latin word is looked up by: lower case, its words run on."""
    return _LATIN_SEPARATORS.sub("", found.lower())


def compounds_joined(
    text: str, *, cut: Callable[[str], list[str]], known: Callable[[str], bool]
) -> str:
    """Returns ``text`` with a 的 left out between two words that make one word the forms or
    the synonyms know (实习的位置 → 实习位置, a synonym of 岗位), when one of them names nothing
    alone (位置). Everything else is kept as typed (spaces too)."""
    if "的" not in text:
        return text
    tokens = cut(text)
    dropped: list[int] = []  # where in ``text`` each 的 left out stands
    at = 0
    for index, token in enumerate(tokens):
        start = text.find(token, at)  # the tokenizer drops spaces: each token found in place
        if start < 0:
            continue
        at = start + len(token)
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            token == "的"
            and text[start - len(before) : start] == before
            and text[at : at + len(after)] == after
            and _CJK_WORD.fullmatch(before)
            and _CJK_WORD.fullmatch(after)
            and known(before + after)
            and not (known(before) and known(after))  # 养护的合格率: each word names alone
        ):
            dropped.append(start)
    for start in reversed(dropped):
        text = text[:start] + text[start + 1 :]
    return text
