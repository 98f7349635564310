"""A fraction or multiple of one figure a question asks: 预算的一半, 三分之一, 两倍, 八折.

The form states each figure once; a question may ask a part or a multiple of it. The
scale is read here, cut out of the question, and applied to the one figure the rest of the
question answers (``QuestionEngine``); a scale over no single figure is refused, never
answered with the figure unscaled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property
from importlib import resources

from knowledge.arithmetic import Operand, Operation, calculate, scaled
from knowledge.catalog import Catalog, ProjectInfo
from knowledge.units import YUAN_PER_UNIT
from nlu.answers import (
    Answer,
    Clarification,
    FigureCalculation,
    IndicatorAnswer,
    MoneyAnswer,
    NotInForm,
    OutOfScope,
    ProjectChoice,
    SeveralIndicators,
    UnknownProject,
)
from nlu.arithmetic import load_operation_words, same_measure
from nlu.figures import COLUMN_PARTS, YUAN, Figure, money_figure, target_figure
from nlu.numbers import find_numbers, parse_number
from nlu.ordering import alternation, longest_first, longest_first_of
from nlu.prepared import built_once

SCALING_FILE = "scaling.txt"
RAISE, LOWER, HALVED, DOUBLED = "raise", "lower", "halved", "doubled"
HALVED_SAID = "halved_said"
ADD, TAKE, CONDITION, PORTION_VERBS = "add", "take", "condition", "portion_verbs"
TAKEN_OUT = "taken_out"
# 拿三成出来搞宣传，是多少 / 抽两成做活动还剩多少: what a part taken out is for, up to the ask.
_PURPOSE = re.compile(
    r"[，,]?(?:专门)?(?:做|搞|用于|用来|用作|作为|当作|当|给|办|发|去|来)[\u4e00-\u9fff]{1,8}?"
    r"(?=[，,]?(?:的话)?[，,]?(?:是|有|能|可以|还|剩|合|等于|大概|大约|约)*(?:多少|几))"
)
LEFT_SHOWN = "后剩余"  # 拿三成出来后剩余（0.7）: the part left shown as such
OUT = ("出来", "出")  # 拿三成出来: the part taken out of the figure
FIRST = "先"  # 按两成先拨: the part given out first
LEFT = "left"
NOT_AMOUNTS = "not_amounts"
BY = "按"
HALF = "一半"
_ASKED_AFTER = re.compile(r"(?:是|有|为|大概|大约|约)*(?:多少|几)")
POSSESSIVE = "的"
TENTHS = Decimal(10)
PERCENT = Decimal(100)
HALF_TENTH = "半"  # 两成半: half a tenth more
MAX_DOUBLINGS = 4  # 翻两番 (× 4); more is no figure of a form
MAX_FACTOR = Decimal(1000)  # a scale beyond a thousandfold is no reading of a form
_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二两三四五六七八九]+)?)"
_DIGIT_CHARS = "一二两三四五六七八九"
_FRACTION = re.compile(rf"(?P<den>{_NUM}|百|千)分之(?P<num>{_NUM})")
_PERCENT_SIGN = re.compile(r"(?P<num>\d+(?:\.\d+)?)%")
_SLASH = re.compile(r"(?<![\d/])(?P<num>\d+)/(?P<den>\d+)(?![\d/])")  # 1/4 of a figure
# 三成, 两成半 (25 hundredths), 九成五 (95 hundredths): tenths, and half a tenth or a digit more.
_TENTHS = re.compile(
    rf"(?P<num>[{_DIGIT_CHARS}]|\d)成(?P<more>半|[一二三四五六七八九](?![个人家场次名条项元万]))?"
    r"(?![本果效立员绩熟])"
)
# 八折算多少 is a discount reckoned; 折算成 converts a figure; 折合 and 折扣 are words apart.
_DISCOUNT = re.compile(
    rf"打?(?P<num>[{_DIGIT_CHARS}]{{1,2}}|\d{{1,2}})折(?![合扣旧]|算成|算为|算作)"
)
_TIMES = re.compile(rf"(?P<num>{_NUM})倍")
_DOUBLINGS = re.compile(rf"翻(?P<num>{_NUM})番")
_CHECKS = ("吗", "是不是", "是否", "有没有", "够不够")  # 是企服的一半吗: a check of two figures
DENOMINATORS = {"百": 100, "千": 1000}
# 国交预算不到企服的三分之一吧, 有没有企服的一半: one figure held against a part or a multiple
# of another; the quotient of the two answers it (约30.8%, 3.25 倍).
CHECKED_AGAINST = (*_CHECKS, "吧", "不到", "不足", "没到", "超过", "超出", "达到", "够")
PERCENT_ASK = "百分之几"
TIMES_ASK = "几倍"
# 完成一半, 过半: how far a figure is reached, a progress ask rather than a part of it.
REACHED = ("完成", "完成了", "达到", "达到了", "超过", "过", "到", "了", "近", "将近", "快")
RAISING_BY = ("加", "多", "翻")  # 再加一倍, 多一倍, 翻了一倍: verbs of raising before a multiple
COMPARED = "比"  # 比国交多两倍: a comparison, which 倍 reads ambiguously


MIN_SAID_AGAIN = 2  # one scale said twice: told, then asked


@dataclass(frozen=True)
class Scale:
    """A factor one figure is multiplied by, as the question writes it (一半: 1/2)."""

    numerator: Decimal
    denominator: Decimal
    written: str  # the words of the question that ask it (的一半, 打八折, 增加20%)
    start: int
    end: int

    @property
    def usable(self) -> bool:
        """Tells whether a figure can be taken by this scale (not 1/0, not a millionfold)."""
        return self.denominator != 0 and self.numerator / self.denominator <= MAX_FACTOR

    @property
    def words(self) -> str:
        """Returns the scale's own words, without the 的 that ties it to its figure."""
        words = self.written.strip(POSSESSIVE)
        pointer = next((p for p in POINTING_BACK if words.startswith(p)), "")
        return words.removeprefix(pointer)

    def without(self, text: str) -> str:
        """Returns ``text`` with the scale's words cut out (国交预算的一半 → 国交预算)."""
        return _change_left_asked(text[: self.start] + text[self.end :])


@dataclass(frozen=True)
class ScaleWords:
    """The words of ``nlu/data/scaling.txt`` by kind."""

    raising: tuple[str, ...]
    lowering: tuple[str, ...]
    halved: tuple[str, ...]
    doubled: tuple[str, ...]
    halved_said: tuple[str, ...] = ()  # 一般 for 一半, by sound
    adding: tuple[str, ...] = ()  # 加上 10万: an amount added to a figure
    taking: tuple[str, ...] = ()  # 砍掉 10万: an amount taken off it
    condition: tuple[str, ...] = ()  # 要是 砍掉两成: a supposition the ask works on
    portion_verbs: tuple[str, ...] = ()  # 按三成 拨: a part of a figure asked after 按
    left: tuple[str, ...] = ()  # 砍掉10万 还剩 多少: what is left, no progress asked
    not_amounts: tuple[str, ...] = ()  # 加一起: a numeral opening a word, no amount
    taken_out: tuple[str, ...] = ()  # 拿 三成出来: the part of a figure set aside, asked
    amounts: tuple[str, ...] = ()  # 预算 三成是多少: words of money a part may follow bare

    @cached_property
    def offset_verbs(self) -> tuple[tuple[str, int], ...]:
        """Returns the words adding (1) or taking off (-1) an amount, longest first."""
        verbs = [*((w, 1) for w in self.adding), *((w, -1) for w in self.taking)]
        return tuple(sorted(verbs, key=lambda verb: -len(verb[0])))


@built_once
def load_scale_words() -> ScaleWords:
    """Reads the scaling words shipped with goalbot."""
    text = (resources.files("nlu") / "data" / SCALING_FILE).read_text(encoding="utf-8")
    kinds: dict[str, tuple[str, ...]] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            head, _, body = line.partition(":")
            kinds[head.strip()] = tuple(longest_first(body.split()))
    return ScaleWords(
        kinds[RAISE],
        kinds[LOWER],
        kinds[HALVED],
        kinds[DOUBLED],
        kinds.get(HALVED_SAID, ()),
        kinds.get(ADD, ()),
        kinds.get(TAKE, ()),
        kinds.get(CONDITION, ()),
        kinds.get(PORTION_VERBS, ()),
        kinds.get(LEFT, ()),
        kinds.get(NOT_AMOUNTS, ()),
        kinds.get(TAKEN_OUT, ()),
    )


BECOMES = "becomes"


@built_once
def _becomes() -> re.Pattern[str]:
    """Returns the pattern of the words saying the figure a change leaves, before an ask."""
    return re.compile(f"(?:{alternation(_line_words(BECOMES))})(?=(?:是)?(?:多少|几))")


def _line_words(key: str) -> tuple[str, ...]:
    """Returns the words of the ``KEY:`` line of the scaling words file."""
    text = (resources.files("nlu") / "data" / SCALING_FILE).read_text(encoding="utf-8")
    line = next(raw for raw in text.splitlines() if raw.startswith(key + ":"))
    return tuple(line.partition(":")[2].split())


def _change_left_asked(text: str) -> str:
    """Returns ``text`` without the words saying the figure a change cut out leaves (每人成本
    变成多少 → 每人成本多少): what is left asks the figure itself."""
    return _becomes().sub("", text)


def scales_asked(text: str, words: ScaleWords) -> list[Scale]:
    """Returns every scale ``text`` asks of a figure, in written order (none in a check)."""
    if any(check in text for check in _CHECKS):
        return []
    found = [*_parts(text, words), *_multiples(text, words)]
    kept: list[Scale] = []
    for scale in sorted(found, key=lambda s: (s.start, -s.end)):
        if not any(scale.start < other.end and other.start < scale.end for other in kept):
            kept.append(scale)
    kept = [replace(s, end=_purpose_after(text, s.end)) for s in kept]
    spans = [
        # 压缩两成，剩下多少: what is left after taking a part off is the figure scaled
        _supposed_span(text, s.start, s.end, words, left=s.written.startswith(words.lowering))
        for s in kept
    ]
    return [replace(s, start=start, end=end) for s, (start, end) in zip(kept, spans, strict=True)]


PURPOSE = "purpose"


@built_once
def _purpose() -> re.Pattern[str]:
    """Returns the pattern of what the part a change takes off is kept for (留作机动)."""
    said = alternation(_line_words(PURPOSE))
    return re.compile(f"(?:{said})[^，,。；;？?！!\\s]{{0,{MAX_PURPOSE_CHARS}}}")


MAX_PURPOSE_CHARS = 8  # 留作机动, 用于不可预见支出: a few words, never the ask after them


def _purpose_after(text: str, end: int) -> int:
    """Returns where the words telling what the part taken off is for end (扣掉一成留作机动,
    剩下的是多少: 留作机动 is cut with the change), else ``end``."""
    found = _purpose().match(text, end)
    if found is None or _ASKED_AFTER.search(found.group(0)):
        return end
    return found.end()


# 如果先按三成拨, 要是先打个七折: the words between the supposing word and the change.
SUPPOSED_FILLERS = ("打个", "打", "先", "再", "都", "只", "就")
SUPPOSED_END = "的话"
_SUPPOSED_BREAK = "，, "


def _supposed_span(
    text: str, start: int, end: int, words: ScaleWords, *, left: bool = True
) -> tuple[int, int]:
    """Widens a scale's or an offset's span over the supposition it is said in (要是砍掉两成，
    还剩多少 → 还剩多少; 如果先按三成拨的话，是多少), so the rest asks the figure alone."""
    before = text[:start]
    filler = next((f for f in SUPPOSED_FILLERS if before.endswith(f)), "")
    while filler:
        before = before.removesuffix(filler)
        filler = next((f for f in SUPPOSED_FILLERS if before.endswith(f)), "")
    word = next((w for w in words.condition if before.endswith(w)), None)
    said = text[end:].startswith(SUPPOSED_END)  # 少拨5万的话: supposed without 如果 too
    if word is None and not said:
        return start, _left_after(text, end, words) if left else end
    after = end + (len(SUPPOSED_END) if said else 0)
    while after < len(text) and text[after] in _SUPPOSED_BREAK:
        after += 1
    first = start if word is None else len(before) - len(word)
    return first, _left_after(text, after, words) if left or word else after


def _left_after(text: str, end: int, words: ScaleWords) -> int:
    """Returns where the words asking what is left after a change end (还剩, 剩下), else
    ``end``: 砍掉两成还剩多少 asks the changed figure, never how far a target is reached."""
    at = end
    while at < len(text) and text[at] in _SUPPOSED_BREAK:
        at += 1
    left = next((w for w in words.left if text.startswith(w, at)), "")
    return at + len(left) if left else end


# 连企服的三分之一都不到, 连一半都没有: the figure held against said between 连 and 都.
_EVEN = re.compile(
    r"连(?P<held>[^，,。；;？?！!连都]{1,20})都(?P<verb>不到|不足|没到|没有|不够|超过|超出|达到)"
)


def quotient_asked(text: str, words: ScaleWords) -> str | None:
    """Returns ``text`` asking the quotient a checked scale compares two figures by
    (国交预算不到企服的三分之一吧 → 国交预算不到企服的百分之几吧), else None."""
    even = _EVEN.search(text)
    if even is not None:  # 连企服的三分之一都不到 → 不到企服的三分之一
        held = even.group("verb") + even.group("held")
        text = text[: even.start()] + held + text[even.end() :]
    if not any(check in text for check in CHECKED_AGAINST):
        return None
    found = [*_parts(text, words), *_multiples(text, words)]
    if len(found) != 1 or not found[0].usable:
        return None
    scale = found[0]
    ask = TIMES_ASK if scale.numerator > scale.denominator else PERCENT_ASK
    tied = POSSESSIVE if scale.written.startswith(POSSESSIVE) else ""
    return text[: scale.start] + tied + ask + text[scale.end :]


def _parts(text: str, words: ScaleWords) -> list[Scale]:
    """Returns the fractions of a figure asked: 的一半, 三分之一的, 的百分之二十, 的三成, 八折."""
    found = []
    for word in words.halved:
        for hit in re.finditer(word, text):
            found.append(_scale_at(text, hit.start(), hit.end(), Decimal(1), Decimal(2), words))
    patterns = ((_FRACTION, None), (_SLASH, None), (_PERCENT_SIGN, PERCENT), (_TENTHS, TENTHS))
    for word in words.halved_said:
        for hit in re.finditer(POSSESSIVE + word, text):
            if _ASKED_AFTER.match(text, hit.end()):  # 人数的一般是多少: 一半 by its sound
                found.append(Scale(Decimal(1), Decimal(2), POSSESSIVE + HALF, *hit.span()))
    for pattern, denominator in patterns:
        for hit in pattern.finditer(text):
            value = parse_number(hit.group("num"))
            den = denominator or _denominator(hit.group("den"))
            if pattern is _TENTHS and hit.group("more") and value is not None:
                value, den = _hundredths(value, hit.group("more"))
            if pattern is _SLASH and den == 0 and _tied(text, hit):
                found.append(Scale(value or Decimal(0), Decimal(0), *_span_of(hit)))
                continue  # 的1/0: a scale written, which no figure is taken by
            if pattern is _SLASH and (value is None or den is None or value >= den):
                continue  # 2026/12 is a date; a part of a figure is less than it
            if pattern is _FRACTION and den == 0:
                found.append(Scale(value or Decimal(0), Decimal(0), *_span_of(hit)))
                continue  # 零分之一
            if value is not None and den:
                found.append(_scale_at(text, hit.start(), hit.end(), value, den, words))
    for hit in _DISCOUNT.finditer(text):
        digits = hit.group("num")  # 八折: 8 tenths; 七五折 and 95折: 75 and 95 hundredths
        value = parse_number(digits) if len(digits) == 1 else _digit_by_digit(digits)
        if value is not None:
            den = TENTHS if len(digits) == 1 else PERCENT
            start, end = _discount_by(text, hit.start(), hit.end(), words)
            found.append(Scale(value, den, text[start:end], start, end))
    return [scale for scale in found if scale is not None]


def _discount_by(text: str, start: int, end: int, words: ScaleWords) -> tuple[int, int]:
    """Widens a discount said after 按 with its verb after it (按八折压缩, 按八五折算, 按八折
    执行): the clause says the scale alone, no item asked; else the discount's own span."""
    if not text[:start].endswith(BY):
        return start, end
    verbs = (*words.portion_verbs, *words.lowering)
    verb = next((v for v in longest_first(verbs) if text.startswith(v, end)), "")
    return (start - len(BY), end + len(verb)) if verb else (start, end)


def _multiples(text: str, words: ScaleWords) -> list[Scale]:
    """Returns the multiples of a figure asked: 的两倍, 三倍的, 翻一番, 翻倍."""
    found = []
    for hit in _TIMES.finditer(text):
        value = parse_number(hit.group("num"))
        before = text[: hit.start()].endswith(POSSESSIVE)
        after = text[hit.end() :].startswith(POSSESSIVE)
        if value is None or COMPARED in text[: hit.start()]:
            continue
        verb = _raised_by(text[: hit.start()], words)
        if verb:  # 再加一倍, 增加两倍: the multiple is added to the figure (× 2, × 3)
            start = hit.start() - len(verb)
            found.append(Scale(value + 1, Decimal(1), text[start : hit.end()], start, hit.end()))
        elif value != 1:  # 的一倍 is the figure itself
            start = hit.start() - (1 if before else 0)
            end = hit.end() + (1 if after and not before else 0)
            found.append(Scale(value, Decimal(1), text[start:end], start, end))
    for hit in _DOUBLINGS.finditer(text):
        times = parse_number(hit.group("num"))
        if times is not None and 0 < times <= MAX_DOUBLINGS:
            found.append(
                Scale(Decimal(2) ** int(times), Decimal(1), hit.group(0), hit.start(), hit.end())
            )
        elif times is not None:  # 翻十番: asked, yet no figure of a form is taken so
            found.append(Scale(Decimal(0), Decimal(0), *_span_of(hit)))
    for word in words.doubled:
        for hit in re.finditer(word, text):
            found.append(Scale(Decimal(2), Decimal(1), word, hit.start(), hit.end()))
    return found


def _raised_by(before: str, words: ScaleWords) -> str:
    """Returns the verb of raising that ends ``before`` (再加, 增加了), else ''."""
    trimmed = before.removesuffix("了")
    verb = next((v for v in (*words.raising, *RAISING_BY) if trimmed.endswith(v)), "")
    return before[len(trimmed) - len(verb) :] if verb else ""


POINTING_BACK = ("其中", "其")  # 其三成, 其中两成: a part of the figure named before


def _scale_at(
    text: str, start: int, end: int, numerator: Decimal, denominator: Decimal, words: ScaleWords
) -> Scale | None:
    """Reads a fraction at ``start``..``end`` as a scale when its words say it is of a figure:
    after 的 (预算的三分之一), before 的 (三分之一的预算), or after a verb of change."""
    if text[:start].endswith(POSSESSIVE):
        return Scale(numerator, denominator, text[start - 1 : end], start - 1, end)
    if any(text[:start].rstrip().endswith(word) for word in words.amounts) and _ASKED_AFTER.match(
        text, end
    ):  # 国交预算三成是多少, 国交 budget 三成是多少: a part said right after the amount
        return Scale(numerator, denominator, text[start:end], start, end)
    pointer = next((p for p in POINTING_BACK if text[:start].endswith(p)), None)
    if pointer is not None:  # 企服的年度资金，其三成是多少: 其 is the figure said before
        return Scale(
            numerator, denominator, text[start - len(pointer) : end], start - len(pointer), end
        )
    for verbs, sign in ((words.raising, 1), (words.lowering, -1)):
        verb = next((v for v in verbs if text[:start].removesuffix("了").endswith(v)), None)
        if verb is not None:
            at = text.rfind(verb, 0, start)
            scaled = denominator + sign * numerator
            return Scale(scaled, denominator, text[at:end], at, end)
    taken = _taken_out(text, start, end, words)
    if taken is not None:  # 拿三成出来, 抽出两成: the part taken out of the figure
        written = text[taken[0] : taken[1]]
        if any(word in text[taken[1] :] for word in words.left):
            numerator = denominator - numerator  # 拿三成出来，还剩多少: what is left of it
            written += LEFT_SHOWN
        return Scale(numerator, denominator, written, *taken)
    after = end + len(FIRST) if text[end:].startswith(FIRST) else end  # 按两成先拨
    verb = next((v for v in words.portion_verbs if text[after:].startswith(v)), "")
    if text[:start].endswith(BY) and verb:  # 按三成拨: the part of the figure given out
        return Scale(numerator, denominator, text[start - 1 : end], start - 1, after + len(verb))
    if text[end:].startswith(POSSESSIVE) and _whole_fraction(text[start:end]):
        return Scale(numerator, denominator, text[start : end + 1], start, end + 1)
    if text[start:end] in words.halved and not text[:start].endswith(REACHED):
        return Scale(numerator, denominator, text[start:end], start, end)  # 国交预算一半多少
    return None


def _taken_out(text: str, start: int, end: int, words: ScaleWords) -> tuple[int, int] | None:
    """Returns the span of a verb taking a part out before ``start`` (拿出三成, 拿三成出来)
    and of the 出来 after ``end``, else None."""
    before = text[:start]
    verb = next((v for v in words.taken_out if before.removesuffix(OUT[1]).endswith(v)), None)
    if verb is None:
        return None
    at = before.removesuffix(OUT[1]).rfind(verb)
    out = next((o for o in OUT if text.startswith(o, end)), "")
    purpose = _PURPOSE.match(text, end + len(out))  # 拿三成出来搞宣传: what the part is for
    return at, purpose.end() if purpose else end + len(out)


def _whole_fraction(written: str) -> bool:
    """Tells whether a fraction may stand before the noun it takes (三分之一的预算); a
    percentage may not (百分之九十的参与者满意 states a target, not a scale)."""
    return ("分之" in written or "/" in written) and not written.startswith(tuple(DENOMINATORS))


def _denominator(written: str) -> Decimal | None:
    if written in DENOMINATORS:
        return Decimal(DENOMINATORS[written])
    return parse_number(written)


def _hundredths(tenths: Decimal, more: str) -> tuple[Decimal, Decimal]:
    """Returns 两成半 (2 tenths and 半) as 25 hundredths, 九成五 as 95."""
    digit = Decimal(5) if more == HALF_TENTH else parse_number(more) or Decimal(0)
    return tenths * TENTHS + digit, PERCENT


def _digit_by_digit(written: str) -> Decimal | None:
    """Reads digits one by one (七五 → 75), as a discount writes them."""
    values = [parse_number(char) for char in written]
    if any(value is None for value in values):
        return None
    return Decimal("".join(str(value) for value in values))


def scaled_answer(
    answer: Answer, scale: Scale, catalog: Catalog, *, said_before: Answer | None = None
) -> Answer:
    """Applies ``scale`` to the one figure ``answer`` states; refuses any other figure.

    An answer that states no figure (an ask-back, a project choice, an item not in the
    form) is kept: it gives no figure to scale. ``said_before`` answers the words before the
    scale, which name the figure it changes when the rest asks a per-unit calculation.
    """
    if isinstance(answer, (NotInForm, Clarification, ProjectChoice, UnknownProject, OutOfScope)):
        return answer
    if not scale.usable:
        return NotInForm((), scale=scale.words, scale_unusable=True)
    figure = _one_figure(answer, catalog)
    if figure is None:
        worked = _scale_worked(answer, scale, catalog, said_before)
        return worked or NotInForm((), scale=scale.words)
    return _scaled_step(figure, scale) or NotInForm((), scale=scale.words)


def _scaled_step(figure: Figure, scale: Scale) -> FigureCalculation | None:
    """Returns ``figure`` multiplied by ``scale``, as a calculation of its own."""
    factor = Figure(figure.project, scale.numerator / scale.denominator, None, given=True)
    label = figure.indicator.name if figure.indicator else figure.project.name
    calculation = scaled(
        Operand(label, figure.value),
        numerator=scale.numerator,
        denominator=scale.denominator,
        label=scale.words,
    )
    if calculation is None:
        return None
    factor = replace(factor, scaled_by=scale.words)
    return FigureCalculation(calculation, figure.unit, figures=(figure, factor))


def _scale_worked(
    answer: Answer, scale: Scale, catalog: Catalog, said_before: Answer | None
) -> SeveralIndicators | None:
    """Scales the operand of a per-unit calculation the words before the scale name, then
    divides again (国交预算打八折，按活动参与人数平均每人多少: 40万 × 0.8, then ÷ 300人)."""
    if said_before is None or not isinstance(answer, FigureCalculation):
        return None
    named = _one_figure(said_before, catalog)
    figures = answer.figures
    calculation = answer.calculation
    if named is None or calculation.operation is not Operation.PER:
        return None
    if len(figures) != len(calculation.operands) or any(figure.given for figure in figures):
        return None
    taking = [at for at, figure in enumerate(figures) if _figure_key(figure) == _figure_key(named)]
    if len(taking) != 1:
        return None
    step = _scaled_step(figures[taking[0]], scale)
    if step is None:
        return None
    return _divided_again(answer, taking[0], step)


def _figure_key(figure: Figure) -> tuple[int, int | None, str | None, Decimal]:
    """Returns what tells one figure of the form from another (project, row, money, value)."""
    row = figure.indicator.id if figure.indicator else None
    return figure.project.id, row, figure.money, figure.value


def _divided_again(
    answer: FigureCalculation, at: int, step: FigureCalculation
) -> SeveralIndicators | None:
    """Returns ``step`` then ``answer`` worked again with its figure ``at`` replaced by the
    step's result: a change to one operand of a per-unit ask, shown in two steps."""
    worked = replace(answer.figures[at], value=step.calculation.result, previous=True)
    figures = (*answer.figures[:at], worked, *answer.figures[at + 1 :])
    again = calculate(answer.calculation.operation, tuple(Operand("", f.value) for f in figures))
    if again is None:
        return None
    divided = replace(answer, calculation=again, figures=figures)
    return SeveralIndicators((), (), (step, divided))


def _one_figure(answer: Answer, catalog: Catalog) -> Figure | None:
    """Returns the one figure an answer states: one project's amount or one row's target."""
    if isinstance(answer, MoneyAnswer) and answer.operation is None:
        if len(answer.projects) != 1:
            return None
        return money_figure(answer.projects[0], answer.field, answer.column)
    if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
        if answer.progress:
            return None  # 完成情况的一半 asks nothing the form states
        row = answer.indicators[0]
        return target_figure(catalog.project(row.project_id), row)
    if isinstance(answer, SeveralIndicators) and not (answer.answers or answer.absent):
        # 企服预算…按今年的年度资金: one amount asked by two names, shown once.
        found = [_one_figure(other, catalog) for other in answer.others]
        figures = {(f.project.id, f.value, f.unit) for f in found if f is not None}
        if len(figures) == 1 and None not in found:
            return found[-1]
    return None


def _span_of(hit: re.Match[str]) -> tuple[str, int, int]:
    """Returns the words and span of a scale as written (的 before it included)."""
    return hit.group(0), hit.start(), hit.end()


def _tied(text: str, hit: re.Match[str]) -> bool:
    """Tells whether a slash fraction is tied to a figure by 的 (预算的1/0)."""
    return text[: hit.start()].endswith(POSSESSIVE)


def supposes(text: str, words: ScaleWords, *, units: frozenset[str]) -> bool:
    """Tells whether ``text`` supposes a scale or an offset of a figure and asks the result
    (国交的经费如果先按三成拨，是多少): the supposition is the ask, not the asker's own figure."""
    spans = [(s.start, s.end) for s in scales_asked(text, words)]
    spans += [(o.start, o.end) for o in offsets_asked(text, words, units=units)]
    if any(text[start:end].startswith(words.condition) for start, end in spans):
        return True
    if any(_supposed_clause(text, start, end, words) for start, end in spans):
        return True  # 假设企服的成本控制数压缩15%，新的目标值是多少: the clause supposes it
    # 要是按培育的40家工作站平均，每家几名: the divisor supposed is the ask's own.
    return any(
        _SUPPOSED_SHARING.match(text, found.end())
        for word in words.condition
        for found in re.finditer(re.escape(word) + "(?:先|都|就)?", text)
    )


# 如企服项目成本控制数上浮10%: 如 supposes only as the first word of a clause (例如, 如何 never).
CLAUSE_CONDITION = "如"
_CLAUSE_BREAK = re.compile(r"[，,。；;？?！!\s]")


def supposing_dropped(text: str, at: int, words: ScaleWords) -> str:
    """Returns ``text`` without the supposing word opening the clause at ``at`` (假设企服的
    成本控制数，新的目标值是多少 → 企服的成本控制数，…): the change it supposed is cut out."""
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    word = next(
        (w for w in (*words.condition, CLAUSE_CONDITION) if text.startswith(w, opening)), None
    )
    return text if word is None else text[:opening] + text[opening + len(word) :]


def _supposed_clause(text: str, start: int, end: int, words: ScaleWords) -> bool:
    """Tells whether the clause a change is said in opens with a supposing word and an ask
    follows the change (如企服项目成本控制数上浮10%，上限应调整为多少)."""
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    clause = text[opening:start]
    if not clause.startswith((*words.condition, CLAUSE_CONDITION)):
        return False
    return _ASKED_AFTER.search(text, end) is not None


# 要是平摊到活动参与的每个人头上: the sharing verb right after the condition supposes it too.
_SUPPOSED_SHARING = re.compile(
    r"按照?[^，,。；;？?！!]{1,20}?(?:平均|分摊|均摊|平摊|均分|摊|算|分)"
    r"|(?:平均分摊|平均分配|平均|分摊|均摊|平摊|均分|摊)(?:到|给|下来|下去)"
)


@dataclass(frozen=True)
class Offset:
    """An amount the question adds to or takes off one figure (砍掉10万: −10万元)."""

    value: Decimal  # signed; money in 元
    shown: str  # the amount as written: 10万, 5家
    unit: str | None  # 元, a measure word, % for 个百分点, or None when none is written
    written: str  # 砍掉10万
    start: int
    end: int
    left: tuple[int, int] | None = None  # 还剩 said apart from the offset, cut out with it

    def without(self, text: str) -> str:
        """Returns ``text`` with the offset (and the supposition it is said in) cut out."""
        if self.left is not None:
            text = text[: self.left[0]] + text[self.left[1] :]
        rest = _change_left_asked(text[: self.start] + text[self.end :])
        return _BASIS_CLAUSE.sub(r"\g<open>\g<figure>", rest)


# 已支付28万元，按成本控制数计，余额若干: a clause naming the figure an offset works on, read as
# the figure's name alone.
_BASIS_CLAUSE = re.compile(
    r"(?P<open>^|[，,；;])按照?(?P<figure>[^，,。；;？?！!\d]{2,20}?)(?:计算|计|算)(?=[，,；;]|$)"
)


MONEY_SCALE_CHARS = ("万", "亿", "千")  # 10万: an amount of money, though 元 is not written
POINTS = ("个百分点", "百分点")  # 提高5个百分点: added to a percentage
PERCENT_UNIT = "%"
# After the amount: a scale's own words (两成, 三倍, 8折, 一半) or a level reached (减少到).
_NOT_AN_OFFSET = ("成", "折", "倍", "分之", "%", "到", "至", "年", "月", "季度", "天", "周")
_OFFSET_FOLLOWERS = re.compile(
    r"$|[，,。；;？?！!\s]|还|后|之后|以后|的话|是|剩|呢|吧|了|一共|总共|共|合计|总计|能|有"
    r"|进来|进去|过来|那|总数|变成|变为"
)


def offsets_asked(text: str, words: ScaleWords, *, units: frozenset[str]) -> list[Offset]:
    """Returns every amount ``text`` adds to or takes off a figure (砍掉10万, 再加5家)."""
    verbs = words.offset_verbs
    ordered = list(longest_first_of(units))
    found = []
    for number in find_numbers(text):
        if number.percent or text.startswith(words.not_amounts, number.start):
            continue
        before = text[: number.start].removesuffix("了")
        left = _left_later(text, number.end, words) is not None
        recipient = _RECIPIENT.search(before)  # 扣除给交通研讨会的10万: whom it is taken for
        if recipient is not None:
            before = before[: recipient.start()]
        verb = next(((w, sign) for w, sign in verbs if before.endswith(w)), None)
        if verb is None and left:  # 已支付28万元，余额若干: a payment, what is left asked
            verb = next(((w, -1) for w in _paid_verbs() if before.endswith(w)), None)
        if verb is None and _rest_worked_later(text, number.end):
            # 先留出20万机动，剩下的按40家平均: a part set out before what is left is worked
            verb = next(((w, -1) for w in words.taken_out if before.endswith(w)), None)
        if verb is None:
            continue
        rest = text[number.end :]
        unit, length = _offset_unit(number.text, rest, ordered)
        if rest[length:].startswith(_NOT_AN_OFFSET):
            continue
        # 20万机动, 1.2万元的印刷费; never 2025年度申请的, a year
        noted = left and not (unit or "").startswith(_NOT_AN_OFFSET)
        note = _OFFSET_NOTE.match(rest, length) if noted else None
        if not _OFFSET_FOLLOWERS.match(rest, length) and note is None:
            continue
        start = len(before) - len(verb[0])
        end = number.end + length
        if note is not None and not _OFFSET_FOLLOWERS.match(rest, length):
            end = number.end + note.end()  # 的印刷费: what the amount is for, cut with it
        value = number.value * verb[1]
        shown = number.text + rest[:length]
        first, last = _supposed_span(text, start, end, words)
        later = _left_later(text, last, words)
        found.append(Offset(value, shown, unit, text[start:end], first, last, later))
    return found


STILL = "还"  # 还剩: what is left asked
ASKED_RIGHT_AFTER = ("多少", "几", "是多少", "有多少")  # 剩下多少: what is left asked
MAX_RECIPIENT = 12  # 扣除给交通研讨会的10万: the words naming whom an amount is taken for
_RECIPIENT = re.compile(rf"给[^，,。；;？?！!\d]{{1,{MAX_RECIPIENT}}}的$")
MAX_OFFSET_NOTE = 8  # 留出20万机动, 扣掉1.2万元的印刷费: what the amount is for, to its clause end
_OFFSET_NOTE = re.compile(rf"的?[^，,。；;？?！!\d]{{1,{MAX_OFFSET_NOTE}}}(?=[，,；;])")


@built_once
def _paid_verbs() -> tuple[str, ...]:
    """Returns the verbs of a payment already made (已支付), the longest first."""
    return tuple(longest_first(_line_words(PAID)))


@built_once
def _besides_verbs() -> frozenset[str]:
    """Returns the verbs setting a thing aside before the other parts are asked (除了)."""
    return frozenset(_line_words(BESIDES))


def _rest_worked_later(text: str, end: int) -> bool:
    """Tells whether what is left after ``end`` is named to be worked on further (剩下的按40家
    平均), not only asked (花掉了30万 还剩多少 asks what is left, a difference of its own)."""
    found = _remainder().search(text, end)
    if found is None or text[: found.start()].endswith(STILL):
        return False
    return not text.startswith(ASKED_RIGHT_AFTER, found.end())


def _left_later(text: str, end: int, words: ScaleWords) -> tuple[int, int] | None:
    """Returns the span of the words asking what is left said later in the question than the
    offset (已支付28万元，按成本控制数计，还剩多少): the offset's remainder, never progress."""
    found = min(
        ((at, word) for word in words.left if (at := text.find(word, end)) >= 0),
        key=lambda hit: (hit[0], -len(hit[1])),
        default=None,
    )
    if found is None or found[0] == end:
        return None
    return found[0], found[0] + len(found[1])


def _offset_unit(number: str, rest: str, units: list[str]) -> tuple[str | None, int]:
    """Returns the unit written with an offset's amount and how long it is after the number."""
    point = next((p for p in POINTS if rest.startswith(p)), None)
    if point is not None:
        return PERCENT_UNIT, len(point)
    if number.endswith(MONEY_SCALE_CHARS):
        return YUAN, len(YUAN) if rest.startswith(YUAN) else 0
    money = next((u for u in YUAN_PER_UNIT if rest.startswith(u)), None)
    if money is not None:
        return YUAN, len(money)
    unit = next((u for u in units if rest.startswith(u)), None)
    return unit, len(unit) if unit else 0


def offset_answer(answer: Answer, offset: Offset, catalog: Catalog) -> Answer | None:
    """Adds ``offset`` to the one figure ``answer`` states, or takes it off; refuses an
    amount of another unit; None when the answer states no one figure (asked otherwise)."""
    figure = _one_figure(answer, catalog)
    if figure is None:
        worked = _offset_worked(answer, offset, catalog) if _computes(answer) else None
        if worked is not None:
            return worked  # 市级再新建5家，总数变成多少: the total, then the total changed
        # 企服预算砍掉30万以后占两个项目的比例: a calculation over the figure before the change
        # would answer something else.
        return NotInForm((), scale=offset.written) if _computes(answer) else None
    # 砍掉10 of 40万元: 10 of what is not said; an amount of money is read in 元 (10万).
    money = figure.unit == YUAN
    if (money and offset.unit != YUAN) or (
        not money and offset.unit is not None and not same_measure(offset.unit, figure.unit)
    ):
        return NotInForm((), scale=offset.written)
    given = Figure(figure.project, offset.value, figure.unit, quote=offset.written, given=True)
    label = figure.indicator.name if figure.indicator else figure.project.name
    operands = (Operand(label, figure.value), Operand(offset.written, offset.value))
    calculation = calculate(Operation.OFFSET, operands)
    if calculation is None:
        return None
    return FigureCalculation(calculation, figure.unit, figures=(figure, given))


def _offset_worked(answer: Answer, offset: Offset, catalog: Catalog) -> SeveralIndicators | None:
    """Works an offset into a calculation the rest of the question asks, where only one of
    its figures can take it, and shows both steps; else None.

    调查站点国家级加市级一共多少家，要是市级再新建5家总数变成多少: 19家 + 28家 = 47家, then
    47家 + 5家 (any part of a sum changed changes the sum alike); 假如国交预算砍掉10万，按活动
    参与人数摊每人多少: 40万 − 10万 = 30万, then 30万 ÷ 300人. A difference or a ratio of
    figures of one unit leaves open which one changes: None.
    """
    if not isinstance(answer, FigureCalculation) or offset.unit is None:
        return None
    calculation = answer.calculation
    if calculation.operation is Operation.SUM and _takes_offset(answer.unit, offset):
        project = _project_of(answer, catalog)
        if project is None:
            return None
        total = Figure(project, calculation.result, answer.unit, previous=True)
        changed = _offset_step(total, offset)
        return None if changed is None else SeveralIndicators((), (), (answer, changed))
    figures = answer.figures
    if calculation.operation is not Operation.PER or len(figures) != len(calculation.operands):
        return None
    if any(figure.given and _takes_offset(figure.unit, offset) for figure in figures):
        return None  # 按300人平均 of 再加50人: the asker's own figure may be the one changed
    taking = [at for at, figure in enumerate(figures) if _takes_offset(figure.unit, offset)]
    if len(taking) != 1:
        return None
    changed = _offset_step(figures[taking[0]], offset)
    return None if changed is None else _divided_again(answer, taking[0], changed)


def _takes_offset(unit: str | None, offset: Offset) -> bool:
    """Tells whether a figure in ``unit`` can take ``offset`` (both money, or one measure)."""
    if unit == YUAN or offset.unit == YUAN:
        return unit == offset.unit
    return unit is not None and offset.unit is not None and same_measure(offset.unit, unit)


def _offset_step(figure: Figure, offset: Offset) -> FigureCalculation | None:
    """Returns ``figure`` with ``offset`` added or taken off, as a calculation of its own."""
    given = Figure(figure.project, offset.value, figure.unit, quote=offset.written, given=True)
    label = figure.indicator.name if figure.indicator else figure.project.name
    operands = (Operand(label, figure.value), Operand(offset.written, offset.value))
    calculation = calculate(Operation.OFFSET, operands)
    if calculation is None:
        return None
    return FigureCalculation(calculation, figure.unit, figures=(figure, given))


def _project_of(answer: FigureCalculation, catalog: Catalog) -> ProjectInfo | None:
    """Returns the project a calculation's figures or goal sentence belong to, if one."""
    if answer.figures:
        projects = {figure.project.id for figure in answer.figures}
        return answer.figures[0].project if len(projects) == 1 else None
    if answer.source is None:
        return None
    return catalog.project(answer.source.passage.project_id)


def _computes(answer: Answer) -> bool:
    """Tells whether an answer states figures worked out or several figures: no one figure."""
    if isinstance(answer, FigureCalculation):
        return True
    if isinstance(answer, MoneyAnswer):
        return answer.operation is not None or len(answer.projects) > 1
    return isinstance(answer, IndicatorAnswer) and len(answer.indicators) > 1


def said_again(scales: list[Scale], text: str) -> tuple[Scale, str] | None:
    """Returns one scale said more than once (领导说明年预算可能要打九折，按今年的年度资金打九折
    是多少) with ``text`` cut of every saying of it, else None: one change, told then asked."""
    if len(scales) < MIN_SAID_AGAIN:
        return None
    factors = {scale.numerator / scale.denominator for scale in scales if scale.denominator}
    if len(factors) != 1 or any(not scale.denominator for scale in scales):
        return None
    for scale in sorted(scales, key=lambda s: s.start, reverse=True):
        text = scale.without(text)
    last = scales[-1]
    cut_before = sum(scale.end - scale.start for scale in scales[:-1])
    return replace(last, start=last.start - cut_before, end=last.end - cut_before), text


def supposition_dropped(text: str, words: ScaleWords, *, dividing: Iterable[str]) -> str | None:
    """Returns ``text`` without a supposing word right before the words of a calculation
    (国交预算要是平摊到每个人头上 → 国交预算平摊到…; 若将成本按人数分摊): the supposition is the
    calculation asked, no condition of it; else None."""
    if not dividing or not any(word in text for word in words.condition):
        return None
    said = "|".join(map(re.escape, longest_first([*dividing, *_SUPPOSED_WORKING])))
    supposing = "|".join(map(re.escape, words.condition))
    plain = re.sub(f"(?:{supposing})(?:是|说)?(?=(?:{said}))", "", text)
    return plain if plain != text else None


_SUPPOSED_WORKING = ("按", "把", "将", "拿", "用")  # 要是按人数分摊, 如果把预算平摊


EXCLUDE, REMAINDER, BESIDES, PAID = "exclude", "remainder", "besides", "paid"
MAX_EXCLUDED_NAME = 16  # 除去两个项目成本控制数之和: the words naming the thing taken out
_BREAKS = "，,。；;？?！!（）()\\s"
_EXCLUDED_TAIL = "(?:的那部分|那部分|的部分|部分|的钱|的)?(?:之后|以后|后)?"
_EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")
_DOUBLED_BREAK = re.compile(r"([，,])[，,]+")  # 调查站点，除了市级的，国家级…: one comma left
MONEY_PARTS = frozenset(part for parts in COLUMN_PARTS.values() for part in parts)


@dataclass(frozen=True)
class Exclusion:
    """A thing of the form a question takes out of a figure before its ask (运维预算除去当年
    财政拨款，剩下那部分按12处平均; 不含上年结转的当年财政拨款)."""

    named: str  # 当年财政拨款
    written: str  # 除去当年财政拨款
    verb: str  # 除去
    start: int
    end: int
    remainder: tuple[int, int] | None  # 剩下那部分, 其他: what is left named after it

    def without(self, text: str) -> str:
        """Returns ``text`` with the thing taken out and the words naming the rest cut out."""
        if self.remainder is not None:
            text = text[: self.remainder[0]] + text[self.remainder[1] :]
        cut = _EMPTY_BRACKETS.sub("", text[: self.start] + text[self.end :])
        return _DOUBLED_BREAK.sub(r"\1", cut)


@built_once
def _excluding() -> re.Pattern[str]:
    """Returns the pattern of an exclusion: a verb, the thing, what ties it to the rest."""
    stops = alternation((*_line_words(REMAINDER), *load_scale_words().left))
    return re.compile(
        rf"(?P<verb>{alternation((*_line_words(EXCLUDE), *_line_words(BESIDES)))})"
        rf"(?P<named>(?:(?!{stops}|多少|几|按|是)[^{_BREAKS}的\d]){{2,{MAX_EXCLUDED_NAME}}})"
        rf"{_EXCLUDED_TAIL}"
    )


@built_once
def _remainder() -> re.Pattern[str]:
    """Returns the pattern of the words naming what is left after an exclusion."""
    return re.compile(alternation((*_line_words(REMAINDER), *load_scale_words().left)))


def exclusion_asked(text: str, words: ScaleWords) -> Exclusion | None:
    """Returns the one thing of the form ``text`` takes out before its ask, else None."""
    found = list(_excluding().finditer(text))
    if len(found) != 1:
        return None
    hit = found[0]
    start, end = hit.start(), hit.end()
    before = text[:start].removesuffix(FIRST)
    condition = next((w for w in words.condition if before.endswith(w)), "")
    start = len(before) - len(condition)
    rest = _remainder().search(text, end)
    remainder = None if rest is None else (rest.start(), rest.end())
    return Exclusion(hit["named"], hit.group(0), hit["verb"], start, end, remainder)


def read_elsewhere(answer: Answer, excluded: Exclusion, catalog: Catalog) -> bool:
    """Tells whether an exclusion is left to the rest of the reading: the rest states one
    figure, and the verb asks a difference the calculator reads itself (总额扣掉今年的还剩多少)
    or no rest is named (不算走访的，要搞几次: a row told apart). 活动参与人数，除去港澳台学生，
    其他参与者有多少 takes the part off the one figure asked."""
    if _one_figure(answer, catalog) is None:
        return False
    # 总额扣掉今年的: a difference; 除了当年拨款还有啥钱: the other parts
    return not only_set_aside(excluded) or excluded.remainder is None


def only_set_aside(excluded: Exclusion) -> bool:
    """Tells whether an exclusion only sets a thing aside (不算上年结转, 不含…), asking no
    difference (扣掉, 减去) and no other parts (除了当年拨款还有啥钱)."""
    subtracting = load_operation_words().words.get(Operation.DIFFERENCE, ())
    return excluded.verb not in subtracting and excluded.verb not in _besides_verbs()


def other_part_quoted(answer: Answer, excluded: Exclusion) -> bool | None:
    """Tells whether a goal sentence's calculation is asked of another part than the thing
    excluded, which the sentence names (除了国家级的，市级站点占全部站点的比例: 国家级 is the
    other part of the whole, set aside in words only); None when the sentence does not name
    it, False when the calculation adds the thing in (除去国家级的，站点一共几家)."""
    if not isinstance(answer, FigureCalculation) or answer.source is None:
        return None
    if excluded.named not in answer.source.passage.text:
        return None
    return answer.calculation.operation not in (Operation.SUM, Operation.AVERAGE)


def excluded_answer(
    answer: Answer, taken: Figure, catalog: Catalog, *, excluded: Exclusion
) -> Answer | None:
    """Takes ``taken`` off the figure ``answer`` works with, shown in steps; the answer as
    it is when ``taken`` is a part of the money beside another part it asks (不含上年结转的
    当年财政拨款 says what 当年财政拨款 is), or a figure of one row beside another no larger (不算
    走访的 of 10次 活动: no part of it); None when no one figure can take it."""
    if beside_other_part(answer, taken):
        return answer
    figure = _one_figure(answer, catalog)
    if figure is not None:
        if not _same_unit(figure.unit, taken.unit) or taken.value >= figure.value:
            return answer if taken.indicator is not None else None
        return _taken_step(figure, taken)
    if not isinstance(answer, FigureCalculation):
        return None
    calculation = answer.calculation
    if calculation.operation is Operation.SUM and _same_unit(answer.unit, taken.unit):
        project = _project_of(answer, catalog)
        total = None if project is None else Figure(project, calculation.result, answer.unit)
        step = None if total is None else _taken_step(replace(total, previous=True), taken)
        return None if step is None else SeveralIndicators((), (), (answer, step))
    figures = answer.figures
    if calculation.operation is not Operation.PER or len(figures) != len(calculation.operands):
        return None
    taking = [at for at, f in enumerate(figures) if not f.given and _same_unit(f.unit, taken.unit)]
    if len(taking) != 1:
        return None
    if taken.value >= figures[taking[0]].value:
        return None  # no part of the figure divided
    step = _taken_step(figures[taking[0]], taken)
    return None if step is None else _divided_again(answer, taking[0], step)


def beside_other_part(answer: Answer, taken: Figure) -> bool:
    """Tells whether ``taken`` is a part of a project's money and ``answer`` works with another
    part of the same project's money (当年财政拨款 beside 上年结转): the parts never overlap."""
    if taken.money is None or taken.money not in MONEY_PARTS:
        return False
    if isinstance(answer, MoneyAnswer):  # 拨款（不含结转）比运维的拨款少多少: one field each
        owned = any(project.id == taken.project.id for project in answer.projects)
        return owned and answer.field in MONEY_PARTS and answer.field != taken.money
    if not isinstance(answer, FigureCalculation):
        return False
    return any(
        f.money in MONEY_PARTS and f.money != taken.money and f.project.id == taken.project.id
        for f in answer.figures
    )


def _same_unit(unit: str | None, other: str | None) -> bool:
    """Tells whether two figures can be taken one off the other (both money, one measure)."""
    if unit == YUAN or other == YUAN:
        return unit == other
    return unit is not None and other is not None and same_measure(unit, other)


def _taken_step(figure: Figure, taken: Figure) -> FigureCalculation | None:
    """Returns ``figure`` less ``taken``, as an offset of its own (what is left, never 多)."""
    label = figure.indicator.name if figure.indicator else figure.project.name
    taken_label = taken.indicator.name if taken.indicator else taken.project.name
    operands = (Operand(label, figure.value), Operand(taken_label, -taken.value))
    calculation = calculate(Operation.OFFSET, operands)
    if calculation is None:
        return None
    return FigureCalculation(calculation, figure.unit, figures=(figure, taken))


def figures_worked(answer: Answer, catalog: Catalog) -> tuple[int, ...] | None:
    """Returns the projects of the figures an answer states or computes with, else None (no
    figure: a listing, an ask-back, a refusal)."""
    figure = _one_figure(answer, catalog)
    if figure is not None:
        return (figure.project.id,)
    if isinstance(answer, FigureCalculation) and answer.figures:
        return tuple(dict.fromkeys(f.project.id for f in answer.figures))
    if isinstance(answer, FigureCalculation) and answer.source is not None:
        return (answer.source.passage.project_id,)  # figures quoted from a goal sentence
    if isinstance(answer, MoneyAnswer) and (answer.operation or len(answer.projects) > 1):
        return tuple(project.id for project in answer.projects)  # 两个项目年度资金合计
    return None


def one_figure_of(answer: Answer, catalog: Catalog) -> Figure | None:
    """Returns the one figure an answer states: one project's amount or one row's target."""
    return _one_figure(answer, catalog)
