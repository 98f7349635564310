"""Clauses said about the speaker or the talk, not the form (``asides.txt``).

Typed by voice, a message carries clauses such as 嗯，你算一下，我脑子转不过来了 or 语音打的字可能
不对 beside its ask. Read with the rest, their nouns (脑子, 语音) are words the form lacks, and
the whole message is refused as asking for something the form does not have. A clause is an
aside when it speaks of the speaker or the talk (a word of [speaker]), holds no word of the
form, no figure and asks nothing, and another clause asks (an office asking, 财政局复核：, speaks
of the asker as 我 does); the engine reads the message
without it. 国交项目，我要找负责人 keeps its clause: the rest asks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from importlib import resources

from nlu.corrections import takes_back
from nlu.cues import cue_words, word_sections
from nlu.ordering import alternation, longest_first
from nlu.prepared import built_once
from nlu.query import ASKING
from nlu.relative_years import relative_year_words

ASIDES_FILE = "asides.txt"
MIN_TALK_WORDS = 2  # 喝口茶再说: talk says something; 志愿者。 alone may be what is asked
_SENTENCE_ENDS = ("。", "！", "!", "～", "~", "…")  # a sentence of its own, not a topic before ，
_BRACKETED_TALK = re.compile(r"^\s*[（(]([^（）()]{2,30})[）)]")
_PUNCTUATED = re.compile(r"[，,。；;！!]")  # a message typed with punctuation between clauses
_TOPIC_MARKS = ("项目", "那个", "这个", "那块", "这块", "的")  # 国焦项目, 跨年那个: a topic said
MAX_TASK_CHARACTERS = 6  # 因合同审查: the most characters between the cause and the task
# A clause and the marks closing it; a tilde closes one too (早上好～我在排…, 题库第二部分～…),
# never between figures (80~90).
_CLAUSE = re.compile(
    r"(?:[^，,。；;：:！!？?…（）()【】\s～~]|(?<=\d)[～~](?=\d))+"
    r"(?:[，,。；;：:！!？?…（）()【】\s]|(?<!\d)[～~]|[～~](?!\d))*"
)
# 把三个项目的题都出一遍, 三张表混在一起: the projects or forms loaded counted, no figure asked.
_FORMS_COUNTED = re.compile(r"[两三四五六七八九十\d]+\s*(?:个项目|张表)")
# 题库第二部分, 第3题: where in a quiz the ask stands, no figure of it.
_QUIZ_PART = re.compile(r"第[一二三四五六七八九十\d]+(?:部分|大题|小题|道题|题|节|章|单元|套)")
# A figure however written: 12, 百分之九十二点三, 三百, 五家.
_FIGURE = re.compile(
    r"\d|百分之|[零一二两三四五六七八九十百千万]{2,}"
    r"|(?<!第)[一二两三四五六七八九十百千万][个场次家人篇座辆米倍成届万元%]"  # not 第一次
)
_SEPARATORS = "，,。；;：:！!？?…（）()【】 \n"
# 是多少米啊我眼睛不好, 多少来着我这边要写方案, 有哪些我这边做台账: a particle or a question
# word ending the ask, then the speaker, starts a new clause.
_PARTICLE_THEN_SPEAKER = re.compile(
    r"([啊呀吧哈呢嘛哦嗯呃着吗]|多少|什么|哪些|哪个|啥)(?=[我你您])"
)
# 您好我想确认一下…, …还不太熟想问一下…: in a message typed without punctuation, a greeting
# opening it and a word opening an ask start clauses of their own.
_UNBROKEN = re.compile(r"[，,。；;：:！!？?…（）()【】\s]")
_ASK_OPENING = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=想问|想请问|想知道|想了解|想确认|请问|麻烦问|请教|麻烦您|麻烦你)"
)
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{4,})[”\"」』]")
# 要安排的, 想对比一下: after a word of intent, what is to be done (not only particles).
_DONE_AFTER = re.compile(r"[\u4e00-\u9fff](?<![的了啊呀吧哈呢嘛哦])")
# 想写“…”, 要写成“…”: the asker's own draft, quoted after a verb of writing or saying.
_DRAFT = re.compile(r"(?<=[写说放印讲成为])[“\"「『][^“”\"「」『』]+[”\"」』]")
# 过一座桥, 办了一场沙龙: 一 and a measure before a noun say "a", not a figure.
_INDEFINITE = re.compile(
    r"(?<![第\d一二两三四五六七八九十百千万])一[个座场次家位条件本张台辆所](?=[\u4e00-\u9fff])"
)
_ASKING_BEFORE_LEAD = ("多少", "几", "什么", "啥", "哪", "吗", "？", "?")  # asks of their own
_SEVERAL = re.compile(r"好几|几十|十几")  # 修了好几个月: several, not how many
_FEW = re.compile(r"几(?=句|段|页|行|笔|个字)")  # 挑几句: a few, not how many
_STORY_TIME = re.compile(r"前几天|这几天|那几天|过几天|前几年|几天前|几年前")
_PARTICLES = frozenset("的了啊呀吧哈呢嘛哦")
_REMARK_ENDINGS = "的了啊呀哦呢吧"  # 任务挺重的, 时间太紧了
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PAST_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")  # 2024年搞砸了: a year the asker tells of
# 头都大了, 腿都跑断了; 累死了, 忙疯了: a state said to its utmost.
_CRIED = re.compile(
    r"^[\u4e00-\u9fff]{1,2}都[\u4e00-\u9fff]{1,3}了|[死坏疯透极惨炸麻]了[啊呀吧]*$"
)
_DONE_MARKS = ("了", "过", "没")  # 去年没达标挨批了, 前年出过事故
_YES_NO_TAGS = ("没", "没有", "不", "不是", "么", "吗")  # 去年完成了没: asked, not told
_ENDING = "，,；;：:…（(【 \n"  # left at the end of what is kept; a closing bracket or ？ stays
# 尊敬的助手：, 亲爱的小助手: the salutation of a letter.
_SALUTATION = re.compile(r"(?:尊敬的|亲爱的)[\u4e00-\u9fffA-Za-z]{1,10}")
# [捂脸], [抱拳]: an emoji as chat apps write it, standing between clauses.
_EMOJI_CODE = re.compile(r"\[(?P<name>[\u4e00-\u9fffA-Za-z]{1,4})\]")
# …多少 —— 来自一个迷茫的打工人: a signature after a dash closing the message.
_SIGNATURE = re.compile(r"\s*(?:——|—|--+)\s*(?P<sign>[^？?——]{1,20})$")
_LEFT_AFTER_EMPTY = re.compile(r"[!！~～.。…\s]+")
MIN_TASK_CHARS = 2  # 汇报, 赶材料: a task verb of the asker's own
MIN_FORM_WORD_CHARS = 2  # 人数, 预算: a lone character names nothing of the form
MAX_WHOSE_CHARS = 6  # 财务, 领导, 上级: whose message it is
MAX_SAYING_CHARS = 8  # 转过来一句, 原话, 里写: the words saying it
_SCALED = re.compile(r"[折倍半成]")  # 打八折, 翻倍, 砍一半: a supposition worked, asked
_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]")
_DASH = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:——|—|--+)\s*(?=[\u4e00-\u9fff])")
MAX_WHEN_ASKED_CHARS = 4  # 你上午问的, 您昨天下午问的: when the one spoken to asked
MAX_SEEN_DOING_CHARS = 10  # 整理汇总表: the asker's doing before a word of seeing
MIN_POINTER_CHARS = 3  # 该项目 found anywhere; 它, 它的 only as words of their own


@built_once
def _remark_then_speaker() -> re.Pattern[str]:
    """Matches a word announcing a remark right before the speaker (顺便说一下|我…)."""
    words = alternation(_words()["remark"])
    speakers = alternation(_words()["speaker"])
    return re.compile(rf"({words})(?={speakers})")


@built_once
def _empty_words() -> re.Pattern[str]:
    sections = ("greeting", "opener", "filler", "resume", "remark", "urgent")
    words = longest_first({word for name in sections for word in _words()[name]})
    return re.compile("|".join(map(re.escape, words)))


@built_once
def _reply_requested() -> re.Pattern[str]:
    """Matches a request for the reply in letter style whole (望示, 烦请一并见告, 盼复为荷)."""
    words = _words()
    request, manner, reply, close = (
        alternation(words[name])
        for name in ("request", "request_manner", "reply", "request_close")
    )
    return re.compile(
        rf"(?:{request})+(?:{manner})*(?:{reply})+(?:{close})*[。.！!~～]*"
        rf"|(?:{reply})(?:{close})+[。.！!~～]*"
    )


@built_once
def _ask_announced() -> re.Pattern[str]:
    """Matches a clause only announcing an ask whole (兹有一事相询, 有个问题想请教, 特此询问)."""
    words = _words()
    head, thing, verb, cause, task = (
        alternation(words[name])
        for name in (
            "ask_opening_head",
            "ask_opening_thing",
            "ask_opening_verb",
            "ask_opening_cause",
            "ask_opening_task",
        )
    )
    # 现因合同审查请教: the paperwork the ask is for, said between who and the verb.
    for_task = rf"(?:(?:{cause})[^\W\d_]{{0,{MAX_TASK_CHARACTERS}}}?(?:{task}))?"
    return re.compile(rf"(?:{head})*(?:(?:{thing})(?:{verb})*|{for_task}(?:{verb})+)[。.！!~～]*")


def _empty(clause: str) -> bool:
    """Tells whether a clause only greets, opens the ask, fills a pause, presses for the answer
    or @mentions (您好, 麻烦问一下, 那个，嗯, 急，在线等, @绩效助手)."""
    words = clause.strip(_SEPARATORS)
    if words.startswith("@") or _SALUTATION.fullmatch(words):
        return True  # @绩效助手; 尊敬的助手：
    if _reply_requested().fullmatch(words) or _ask_announced().fullmatch(words):
        return True  # 望示; 烦请一并见告; 盼复为荷; 兹有一事相询
    return not _LEFT_AFTER_EMPTY.sub("", _empty_words().sub("", words))


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / ASIDES_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def without_asides(
    text: str,
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    task_verbs: frozenset[str] = frozenset(),
    names_project: Callable[[str], bool] = lambda _: False,
    reads_alone: Callable[[str], bool] = lambda _: False,
    plan_told: Callable[[str], bool] = lambda _: False,
) -> str | None:
    """Returns ``text`` without its aside clauses, or None when it has none (or only asides,
    or the rest asks nothing).

    ``task_verbs`` are verbs of the asker's own paperwork (写新闻稿中……): a clause cut with
    one speaks of the speaker as a pronoun does. ``names_project`` tells whether a clause names
    a project: the asker's story may name words of the form, never the project asked of.
    ``reads_alone`` tells whether the rest names what it asks on its own (a row's words, a
    field), so that the words of the story are not needed. ``plan_told`` tells whether a
    clause tells the asker's plan (明年想各加一些), which is set apart elsewhere and said so.
    """

    def again(said: str) -> str:
        """Reads what is left once a message's wrapping is cut, as any text."""
        return (
            without_asides(
                said,
                cut=cut,
                form_word=form_word,
                task_verbs=task_verbs,
                names_project=names_project,
                reads_alone=reads_alone,
                plan_told=plan_told,
            )
            or said
        )

    read = _read_from(
        text, cut=cut, form_word=form_word, names_project=names_project, reads_alone=reads_alone
    )
    if read is not None:
        # 邮件里转过来一句“活动安全事故发生数”，这个指标值定的多少: where it was read left out
        return again(read)
    pointed = _after_lead_in(text, names_project=names_project, reads_alone=reads_alone)
    if pointed is not None:
        # 对方絮絮叨叨说了半天…，最后才问到正题：企服… : the story before the lead-in left out
        return again(pointed)
    quoted = _quoted_ask(text, cut, form_word)
    if quoted is not None:
        return quoted  # 我想在汇报里写“企服预算比国交多百分之多少”，能帮我算一下吗
    said = _signature_cut(_emojis_cut(text, cut, form_word), cut, form_word)
    if said != text:
        # 国交预算多少[捂脸]合作单位几家[抱拳]: read without the chat's marks, then as any text
        return again(said)
    # 是多少米啊我眼睛不好: a particle ending the ask, then the speaker, starts a clause.
    clauses = _CLAUSE.findall(_breaks_said(text))
    passed_on = [_passed_on(clause, cut, form_word) for clause in clauses]
    if len(clauses) < 2 and passed_on == clauses:
        return None
    asides = [clause for clause in clauses if _aside(clause, cut, form_word, task_verbs)]
    story = _story(clauses, asides, names_project=names_project, reads_alone=reads_alone)
    asides += story + _not_meant(clauses, asides, cut=cut, names_project=names_project)
    asides += _purposes(
        clauses, asides, cut=cut, form_word=form_word, reads_alone=reads_alone, plan_told=plan_told
    )
    asides += _hearsaid(
        clauses,
        asides,
        cut=cut,
        form_word=form_word,
        names_project=names_project,
        reads_alone=reads_alone,
    )
    asides += _suppositions(
        clauses,
        asides,
        cut=cut,
        form_word=form_word,
        names_project=names_project,
        reads_alone=reads_alone,
    )
    asides += _lead_ins(clauses, asides, names_project=names_project, reads_alone=reads_alone)
    asides += _idle_talk(
        text,
        clauses,
        asides,
        cut=cut,
        form_word=form_word,
        names_project=names_project,
        reads_alone=reads_alone,
    )
    asides += _task_headings(
        clauses, asides, cut=cut, names_project=names_project, reads_alone=reads_alone
    )
    asides += _remarks(
        clauses,
        asides,
        cut=cut,
        form_word=form_word,
        names_project=names_project,
        reads_alone=reads_alone,
    )
    asides += _vague_passed_on(clauses, passed_on, asides, reads_alone=reads_alone)
    asides += _framings(clauses, asides, reads_alone=reads_alone)
    asides += _story_before_relay(
        clauses, passed_on, asides, names_project=names_project, reads_alone=reads_alone
    )
    passed_on = _projects_pointed_at(
        clauses,
        passed_on,
        asides,
        cut=cut,
        form_word=form_word,
        names_project=names_project,
        reads_alone=reads_alone,
    )
    # 国交的钱多少，不对我说错了，是企服的: a taking back said of the asker corrects what
    # follows (nlu/corrections.py); it is no aside.
    asides = [aside for aside in asides if aside == clauses[-1] or not takes_back(aside)]
    if (not asides and passed_on == clauses) or len(asides) == len(clauses):
        return None
    kept = "".join(
        ask for clause, ask in zip(clauses, passed_on, strict=True) if clause not in asides
    )
    opened = any(word in aside for aside in asides for word in _words()["opener"])
    if (
        passed_on == clauses
        and not opened
        and not story
        and not all(_empty(aside) or _colon_ended(aside) for aside in asides)
        and not any(word in kept for word in _asking_words())
        and not reads_alone(kept)
    ):
        # 国交项目，我要电话: what is asked is in the aside (a heading, 财务处核对用：, asks
        # nothing; after 先问下 the rest is the ask; so is a row or a column the rest names:
        # 不太熟，数字化改造项目资金总额)
        return None
    return kept.rstrip(_ENDING)


# The words of a clause before a lead-in (听下来是想问：): a clause's length at most.
MAX_LEAD_IN_CHARS = 40


@built_once
def _to_the_point() -> re.Pattern[str]:
    """Matches a lead-in announcing the real ask closing a clause before a colon (…问到正题：,
    听下来是想问：), the clause's words before it as its group."""
    words = alternation((*_words()["to_the_point"], *_words()["concern"]))
    end = alternation(_words()["concern_end"])
    return re.compile(
        rf"(?P<head>[^，,。；;！!？?\s]{{0,{MAX_LEAD_IN_CHARS}}}?)(?:{words})(?:{end})*\s*[:：]"
    )


def _after_lead_in(
    text: str, *, names_project: Callable[[str], bool], reads_alone: Callable[[str], bool]
) -> str | None:
    """Returns the ask after a lead-in announcing it (…，最后才问到正题：企服项目一年要服务多少
    人次), when clauses come before the lead-in and the ask names its project and what it asks
    on its own; else None."""
    if ":" not in text and "：" not in text:
        return None  # no colon, no lead-in (read only then: a long message is never scanned)
    found = next(reversed(list(_to_the_point().finditer(text))), None)
    if found is None or not text[: found.start()].strip(_SEPARATORS):
        return None  # 领导关心的：… alone is read by the lead-ins of clauses
    before, rest = text[: found.end()], text[found.end() :].strip(_SEPARATORS)
    if _FIGURE.search(before) or any(word in before for word in _ASKING_BEFORE_LEAD):
        return None  # 国交预算多少，领导问的：…: asks before the lead-in are asks of their own
    if not rest or not names_project(rest) or not reads_alone(rest):
        return None
    return rest


@built_once
def _message_opening() -> re.Pattern[str]:
    """Matches a message the ask was read in opening ``text`` (财务邮件：, 会议纪要里写着, 邮件里转
    过来一句“): a few words of whose, the message, where in it, then up to a few words saying
    it before a quote or a colon, or a word of [message_says] before words unquoted."""
    words = _words()
    message = alternation(words["message"])
    says = alternation(words["message_says"])
    return re.compile(
        rf"^(?P<whose>[^，,。；;！!？?\s“”\"「」:：]{{0,{MAX_WHOSE_CHARS}}}?)(?P<message>{message})"
        r"(?:里面|上面|里|上|中)?"
        rf"(?:(?P<saying>[^，,。；;！!？?\s“”\"「」:：]{{0,{MAX_SAYING_CHARS}}}?)\s*[:：]?\s*"
        r"[“\"「『](?P<quoted>[^“”\"「」『』]+)[”\"」』]"
        rf"|(?P<colon>[^，,。；;！!？?\s“”\"「」:：]{{0,{MAX_SAYING_CHARS}}}?)\s*[:：]"
        rf"|(?:{says}))"
    )


def _read_from(
    text: str,
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> str | None:
    """Returns ``text`` without the message it was read in (会议纪要里写着…, 邮件里转过来一句“…”,
    纪要：“…”), or None when it names none: what the message says is kept when the ask after it
    points back at it, names nothing alone or no project the message names (财务邮件：“企服成本
    控制数按八折压缩”——压完是多少钱), else left out as the asker's context."""
    found = _message_opening().match(text)
    if found is None or form_word(found.group("message")) or _FIGURE.search(found.group("whose")):
        return None
    if found.group("quoted") is not None:
        said, rest = found.group("quoted"), text[found.end() :]
    else:
        after = text[found.end() :].lstrip(_SEPARATORS)
        end = _CLAUSE_END.search(after)
        said, rest = (after, "") if end is None else (after[: end.start()], after[end.start() :])
    rest = rest.lstrip(_SEPARATORS + "—-")
    if not rest.strip(_SEPARATORS):
        return said.strip(_SEPARATORS) or None  # 群里问：“国交预算多少”: the message is the ask
    pointed = any(word in rest for word in _words()["quote_pointer"])
    scoped = names_project(rest) or not names_project(said)
    if not pointed and scoped and not _names_a_thing(said, cut, form_word) and reads_alone(rest):
        return rest  # 通知里写“开放日请提前排期”  开放日一共搞几场
    return f"{said}，{rest}"


def _names_a_thing(
    said: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> bool:
    """Tells whether what a message says only names a thing of the form (“科创服务直通车”): every
    word of two characters or more is the form's, and no word of [request] bids anything (“开放
    日请提前排期” bids)."""
    if any(word in said for word in _words()["request"]):
        return False
    words = [token for token in cut(said) if len(token) >= MIN_FORM_WORD_CHARS]
    return bool(words) and all(form_word(token) for token in words)


def _emojis_cut(
    text: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str:
    """Returns ``text`` with each emoji written as a chat app writes it ([捂脸]) turned into a
    break; brackets around a word of the form ([企服]) stay."""
    if "[" not in text:
        return text
    return _EMOJI_CODE.sub(
        lambda found: found.group(0) if _names_form(cut(found.group("name")), form_word) else "，",
        text,
    ).strip("，")


def _signature_cut(
    text: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str:
    """Returns ``text`` without a signature closing it after a dash (—— 来自一个迷茫的打工人):
    no figure, nothing asked and no word of the form."""
    found = _SIGNATURE.search(text)
    if found is None or not text[: found.start()].strip():
        return text
    sign = found.group("sign")
    if _FIGURE.search(_INDEFINITE.sub("", sign)) or any(word in sign for word in _asking_words()):
        return text  # 来自一个…: 一个 is no figure
    return text if _names_form(cut(sign), form_word) else text[: found.start()]


def _projects_pointed_at(
    clauses: list[str],
    asks: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns ``asks`` with a clause of the asker's task naming the project cut down to the
    project, when a later clause asks of it by a word pointing back (领导让我把国交项目的基本数据
    摘出来，想请问它的年度资金申请总额是多少 → 国交项目，想请问它的…), or when the clause says
    what paperwork the answer is for and the later ones name no project (汇报PPT要放一页国交项目
    的指标结构，按一级指标分一下 → 国交项目，按一级指标分一下): the rest of the task is no ask."""
    speakers = frozenset(_speaker_words())
    for at, clause in enumerate(clauses[:-1]):
        # word by word: 其他 holds 他, 其它 holds 它
        spoken = bool(speakers.intersection(cut(clause)))
        # 汇报PPT要放一页国交项目的指标结构，按一级指标分一下: what the answer is for, naming
        # the project the next clauses ask of without naming it again.
        for_paperwork = _for_paperwork(
            clause, cut=cut, form_word=form_word, names_project=names_project
        )
        if clause in asides or not (spoken or for_paperwork):
            continue
        if _FIGURE.search(clause) or any(word in clause for word in _asking_words()):
            continue
        named = [token for token in cut(clause) if len(token) > 1 and names_project(token)]
        later = "".join(other for other in clauses[at + 1 :] if other not in asides)
        if len(named) != 1 or names_project(later):
            continue
        if (for_paperwork or _points_back(later, cut)) and reads_alone(later):
            return [*asks[:at], named[0] + "，", *asks[at + 1 :]]
    return asks


def _for_paperwork(
    clause: str,
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
) -> bool:
    """Tells whether a clause only says what paperwork the answer is for, naming the project
    (汇报PPT要放一页国交项目的指标结构): an intent, a word of the asker's paperwork, no pronoun
    and no word of the form besides the project and the table's headings (做材料审核 holds
    审核)."""
    if not _intends(clause, cut) or _paperwork().search(clause) is None:
        return False
    tokens = cut(clause)
    if set(_words()["asker"]).intersection(tokens):
        return False  # 我们这边想确认…: a question passed on, no paperwork
    headings = _words()["heading"]
    rest = [token for token in tokens if token not in headings and not names_project(token)]
    return not _names_form(rest, form_word)


def _points_back(text: str, cut: Callable[[str], list[str]]) -> bool:
    """Tells whether ``text`` points back at a project named before (它的, 该项目), word by
    word for a word a longer one may hold (其它)."""
    pointers = _words()["pointer"]
    tokens = cut(text)
    return any(
        word in tokens if len(word) < MIN_POINTER_CHARS else word in text for word in pointers
    )


def _colon_ended(clause: str) -> bool:
    """Tells whether a clause ends with a colon, other marks after it or not (内审核对：，)."""
    return any(mark in clause[len(clause.rstrip(_SEPARATORS)) :] for mark in "：:")


def _breaks_said(text: str) -> str:
    """Returns ``text`` with a comma where a clause ends unmarked: after a particle or a
    question word before the speaker, after a word taking up the talk opening it (话说), and,
    typed with no punctuation at all, after an opening greeting and before a word opening an
    ask."""
    unbroken = _UNBROKEN.search(text) is None
    text = _framing_dash_broken(text)
    text = _particle_then_medium().sub(r"\1，", _PARTICLE_THEN_SPEAKER.sub(r"\1，", text))
    text = _plan_of_asker().sub("，", text)  # 开放日我想带初二的孩子去: the asker's plan apart
    text = _remark_then_speaker().sub(r"\1，", text)  # 顺便说一下我明年就退休了
    resumed = next((word for word in _words()["resume"] if text.startswith(word)), None)
    if resumed is not None and len(text) > len(resumed):
        text = f"{resumed}，{text[len(resumed) :]}"  # 话说国交合作单位要几家来着
    if not unbroken:
        return text
    greeting = _empty_words().match(text)
    if greeting is not None and greeting.group(0) in _words()["greeting"]:
        text = f"{greeting.group(0)}，{text[greeting.end() :]}"
    return _ASK_OPENING.sub("，", text)


def _framing_dash_broken(text: str) -> str:
    """Returns ``text`` with a comma for a dash ending words that frame the ask (你上午问的那块
    我帮你查哈——国交里…): the ask starts after it."""
    for dash in _DASH.finditer(text):
        if _framing().search(text[: dash.start()]):
            return f"{text[: dash.start()]}，{text[dash.end() :]}"
    return text


@built_once
def _plan_of_asker() -> re.Pattern[str]:
    """Matches where the asker's plan starts after a topic in one clause (设施维护那个开放日我想带
    初二的孩子去): the asker, then a verb of [plan_verb] not asking (我想知道, 我想问)."""
    words = _words()
    asker = alternation(words["asker"])
    plan = alternation(words["plan_verb"])
    asking = alternation(words["plan_asking"])
    # 施工单位问我要个数: after a verb of asking or bidding the asker is its object, no subject.
    return re.compile(
        rf"(?<=[\u4e00-\u9fff])(?<![问让叫给帮替跟和对向请托要派催求])"
        rf"(?=(?:{asker})(?:{plan})(?!{asking}))"
    )


@built_once
def _particle_then_medium() -> re.Pattern[str]:
    """Matches a particle or a question word ending the ask before a word of how the message
    was typed (…预算啊语音打的字可能不对): the talk about the typing starts a clause."""
    words = "|".join(map(re.escape, _words()["medium"]))
    return re.compile(rf"([啊呀吧哈呢嘛哦嗯呃吗]|来着|多少|什么|哪些|哪个|啥)(?={words})")


def _aside(
    clause: str,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    task_verbs: frozenset[str],
) -> bool:
    """Tells whether a clause speaks of the speaker or the talk and of nothing the form has."""
    words = _words()
    if _empty(clause):
        return True  # 您好; 急，在线等
    if _FIGURE.search(_INDEFINITE.sub("", clause)):
        return False  # 我每天上班要过一座桥的: 一座 is no figure
    # 审计局核查：… heads the message with who asks; its 查 asks nothing of its own.
    colon = _colon_ended(clause)
    if not colon and any(word in _FEW.sub("", clause) for word in words["asking"]):
        return False
    tokens = _offices_joined(cut(clause.strip(_SEPARATORS)), words["office"])
    if not tokens:
        return False
    # 财政局, 预算科: a word ending as an office's name does.
    office = any(
        len(token) >= MIN_FORM_WORD_CHARS and token[-1] in words["office"] for token in tokens
    )
    # 内审核对：… a heading may name the doing alone, with no office.
    doing = any(token in words["heading"] for token in tokens)
    heading = colon and (office or doing)
    if colon and not heading and any(word in clause for word in words["asking"]):
        return False  # a colon after no office: the clause asks as any other
    # 写大于等于的, 只写数字: a verb of one character (写, 报) also asks what the form writes.
    tasks = {token for token in tokens if len(token) >= MIN_TASK_CHARS} & task_verbs
    speaker = any(word in clause for word in _speaker_words())
    if not tasks and not heading and not office and not speaker:
        return False
    if heading or speaker:
        # 财务处核对用：…, （我们这边审核要用）: the asker's own doing is no word of the form;
        # 法务处复核合同附件：… nor are the papers it reviews
        own = {*words["heading"], *words["heading_paper"]}
        tokens = [token for token in tokens if token not in own]
    return not _names_form(tokens, form_word)


# 我是说企服, 我指的是国交: the asker saying which project is meant.
_MEANT = re.compile(
    r"[，,\s]*(?:我|俺)?(?:是说|说的是|指的是|想说的是|的意思是|是问|要问的是|说错了)"
)


def _story(
    clauses: list[str],
    asides: list[str],
    *,
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses telling the asker's story, words of the form or not, when the rest
    names what it asks on its own (我刚接手活动这块，不太熟，国交的满意度要求是多少: 活动 is
    the asker's job, not the row asked; 我负责辩论赛那块，国交要派几个人 keeps its story). A
    story clause is of the asker, or goes on with one (我是借调过来的，下周还要去培训，…); it
    names no figure, asks nothing, and names no project unless a clause of no story names one."""
    words = _words()
    story: list[str] = []
    told = False  # the clause before spoke of the speaker

    # 我们学校下个月有个交流团去上海，…国交项目的合作单位数量…: a project said loosely in the
    # story is no project asked of when a clause of no story names one itself (read only then).
    def named_apart(clause: str) -> bool:
        return any(
            names_project(other)
            for other in clauses
            if other != clause and other not in asides and not _of_asker(other)
        )

    for clause in clauses:
        if clause in asides:
            told = not _empty(clause) and any(word in clause for word in _speaker_words())
            continue
        # …借调过来的，下周还要去培训: a clause going on with the story opens with a time or an
        # adverb, its speaker unsaid; one opening with a noun (新建站的资料，…) is the topic.
        going_on = told and clause.startswith(words["story_on"])
        told = (
            # 我们培训要考“二期改照”完成时间: what the asker came upon or is quizzed on is asked.
            _seen().match(clause) is None
            and (going_on or _of_asker(clause))
            and not _FIGURE.search(_FORMS_COUNTED.sub("", _QUIZ_PART.sub("", clause)))
            # 我看其他资金好像没有？: a remark said with a rising tone asks nothing.
            and not any(
                word in _SEVERAL.sub("", clause.rstrip(_SEPARATORS)) for word in _asking_words()
            )
            # 不是不是，我是说企服: the project meant, said again, is no story
            and (not names_project(clause) or (named_apart(clause) and not _MEANT.match(clause)))
        )
        if told:
            story.append(clause)
    if not story:
        return []
    rest = "".join(clause for clause in clauses if clause not in asides and clause not in story)
    if any(word in rest for word in words["pointing_back"]):
        return []  # …“项目资金总额”和“年度资金申请总额”，这两个数各是多少
    return story if reads_alone(rest) else []


def _purposes(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
    plan_told: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only saying what the asker will do with the answer (…几倍，标题想
    对比一下; 巡检的车子有几部 停车位要安排的; 交通研讨会配套的活动办几场 我要排日程) when
    the rest names what it asks on its own: a clause of intent (要, 想, 打算…) holding no word
    of the form, no figure and nothing asked. Read with the rest, its nouns (停车位, 日程) are
    things the form lacks and the whole message would be refused."""
    candidates = [clause for clause in clauses if clause not in asides]
    purposes = []
    for clause in candidates:
        # 推文里想写“企服全年举办各类活动XX场”: the quoted words are the asker's draft; 挑几句:
        # 几 of a few sentences asks nothing.
        bare = _FEW.sub("", _DRAFT.sub("", clause)).strip(_SEPARATORS)
        if (
            not _intends(bare, cut)
            # 明年想各加一些: a plan for the figures, set apart by nlu/statements.py
            or plan_told(clause)
            or _names_year(bare)  # 领导说要对比一下去年的: a year the form may lack, asked
            or _FIGURE.search(bare)
            or _asks_in_words(_paperwork_doing_left_out(bare), cut)
        ):
            continue
        others = "".join(other for other in candidates if other != clause)
        tokens = _beneficiary_left_out(
            _restated_left_out(cut(_paperwork().sub("、", _paperwork_named(bare, cut))), others)
        )
        # 领导说要掐着时间验收: the doing intended is the asker's, as an office's heading says.
        if not _names_form([t for t in tokens if t not in _words()["heading"]], form_word):
            purposes.append(clause)
    return _beside_full_ask(purposes, clauses, asides, reads_alone)


def _paperwork_doing_left_out(clause: str) -> str:
    """Returns ``clause`` without what the asker does in their paperwork (展板上想列一下, 我要在
    报告里列出来, PPT里要写上): once it names the paperwork, listing or writing there is the
    asker's own doing, not a list asked."""
    if _paperwork().search(clause) is None:
        return clause
    return _paperwork_doing().sub("", clause)


@built_once
def _paperwork_doing() -> re.Pattern[str]:
    return re.compile(alternation(_words()["paperwork_doing"]))


def _asks_in_words(clause: str, cut: Callable[[str], list[str]]) -> bool:
    """Tells whether a clause holds a word that asks: one of two characters or more anywhere,
    one of a single character opening a word (几家, 查查; not 调查 or 检查)."""
    tokens = cut(clause)
    return any(
        word in clause if len(word) > 1 else any(token.startswith(word) for token in tokens)
        for word in _asking_words()
    )


def _paperwork_named(clause: str, cut: Callable[[str], list[str]]) -> str:
    """Returns ``clause`` without the word naming which paperwork of the asker's it is (调查报告,
    宣传海报, 汇报材料): the word before a word of the asker's paperwork says what it is about,
    not a thing asked of the form."""
    tokens = cut(clause)
    paperwork = frozenset(word for word in _speaker_words() if len(word) >= MIN_FORM_WORD_CHARS)
    return "".join(
        token
        for at, token in enumerate(tokens)
        if not (at + 1 < len(tokens) and tokens[at + 1] in paperwork and token not in paperwork)
    )


def _beneficiary_left_out(tokens: list[str]) -> list[str]:
    """Returns ``tokens`` without the ones someone does the asker's task for (给学生做调查对比用,
    帮隔壁班同学做展板用, 给社区居民做宣传用): after a word of [beneficiary], up to a word of
    [task_doing] (one word when none follows), people, not things of the form."""
    words = _words()
    kept: list[str] = []
    at = 0
    while at < len(tokens):
        kept.append(tokens[at])
        if tokens[at] not in words["beneficiary"] or at + 2 >= len(tokens):
            at += 1
            continue
        doing = next(
            (end for end in range(at + 2, len(tokens)) if tokens[end] in words["task_doing"]),
            at + 2,
        )
        at = doing
    return kept


def _vague_passed_on(
    clauses: list[str],
    passed_on: list[str],
    asides: list[str],
    *,
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses passing on a vague ask (我导师让我看看企服活动量咋样, 领导问我国交
    那边情况如何) beside a rest naming what it asks: what someone wants seen in general, which
    the asker's own ask after it makes precise."""
    vague = _words()["vague"]
    found = [
        clause
        for clause, ask in zip(clauses, passed_on, strict=True)
        if clause not in asides
        and ask != clause
        and ask.rstrip(_SEPARATORS + "的啊呀呢吧").endswith(vague)
    ]
    return _beside_full_ask(found, clauses, asides, reads_alone)


def owner_of_projects_dropped(text: str, *, names_project: Callable[[str], bool]) -> str:
    """Returns ``text`` without who owns the projects before an ask whether a project is
    there (中心是不是还有个青少年大赛的项目 → 是不是还有个青少年大赛的项目): the owner (中心, 你们)
    names no row; a project named before the ask stays (国交有没有…)."""
    found = _project_exists().search(text)
    if found is None or names_project(found.group("owner")):
        return text
    return text[: found.start("owner")] + text[found.end("owner") :]


@built_once
def _project_exists() -> re.Pattern[str]:
    asking = alternation(_words()["project_exists"])
    clause = "[^，,。；;！!？?\\s]"
    return re.compile(
        rf"(?:^|(?<=[，,。；;！!？?\s]))(?P<owner>{clause}{{1,{MAX_WHOSE_CHARS}}}?)"
        rf"(?:{asking})(?:个|一个|一项){clause}{{2,}}?的?项目"
    )


def _story_before_relay(
    clauses: list[str],
    passed_on: list[str],
    asides: list[str],
    *,
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses telling the story before an ask passed on (市民来电，一位老先生说孙女
    在台湾读大学，今年想报名来上海实习，他问国交…多少): what led to the ask, asking nothing; the
    ask passed on is the message's. Every clause before it must ask nothing and name no
    project, else the story is part of the ask."""
    questions = cue_words()["question"]
    for at, (clause, ask) in enumerate(zip(clauses, passed_on, strict=True)):
        if ask == clause or not any(word in ask for word in questions):
            continue
        story = [before for before in clauses[:at] if before not in asides]
        if any(
            _FIGURE.search(_INDEFINITE.sub("", before))  # 一个电话 says "a", no figure
            or names_project(before)
            or any(word in before for word in questions)
            for before in story
        ):
            return []
        return _beside_full_ask(story, clauses, asides, reads_alone)
    return []


def _framings(
    clauses: list[str], asides: list[str], *, reads_alone: Callable[[str], bool]
) -> list[str]:
    """Returns the clauses only framing the ask beside a rest naming what it asks: who bid it
    (说是单位领导让问的), the asker looking it up for the one spoken to (你上午问的研讨会那块我
    帮你查哈). Without the framing words they hold no figure and ask nothing."""
    found = []
    for clause in clauses:
        if clause in asides or _FIGURE.search(clause):
            continue
        left = _framing().sub("，", clause)
        if left != clause and not any(word in left for word in _asking_words()):
            found.append(clause)
    return _beside_full_ask(found, clauses, asides, reads_alone)


@built_once
def _framing() -> re.Pattern[str]:
    """Matches words framing an ask: someone bidding it ending the clause (单位领导让问的), the
    asker helping the one spoken to (我帮你查), the one spoken to having asked (你上午问的)."""
    words = _words()
    passing, helping, lookup, asker, addressee, helping_addressee, asked_before = (
        alternation(words[name])
        for name in (
            "passing",
            "helping",
            "lookup",
            "asker",
            "addressee",
            "helping_addressee",
            "asked_before",
        )
    )
    ending = f"[{_SEPARATORS}{''.join(_PARTICLES)}]*$"
    return re.compile(
        rf"(?:{passing})(?:{asker})?(?:{helping})*(?:{lookup})(?:一下|下)?(?:的|了){ending}"
        rf"|(?:{asker})?(?:{helping_addressee})(?:{lookup})+(?:一下|下)?"
        rf"|^(?:{addressee})[\u4e00-\u9fff]{{0,{MAX_WHEN_ASKED_CHARS}}}?(?:{asked_before})"
    )


def _suppositions(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only supposing why the asker asks (要是评审只抠质量关，企服一共设了几个
    质量指标; …几倍？领导问我如果压缩预算会怎样; 专家资源要是收紧，这几项最先受影响) beside a rest
    that asks and names what it asks on its own: a word of [supposing], no figure, scale, year or
    project, and every word of the form in it either named by the rest again (质量关 of 质量指标)
    or what a verb of [changing] says changes. A supposition choosing rows (如果只算数量指标) is a
    condition and stays."""
    words = _words()
    found = []
    for at, clause in enumerate(clauses):
        if clause in asides or _supposing().search(clause) is None:
            continue
        if _asks_when(clause, last=at == len(clauses) - 1):
            continue  # 企服哪天开始，哪天结束: 哪天 asks the day, it supposes nothing
        if (
            _FIGURE.search(_INDEFINITE.sub("", _supposing().sub("", clause)))  # 万一 is no figure
            or _SCALED.search(clause)
            or _names_year(clause)
            or names_project(clause)
            or any(word in clause for word in words["choosing"])
        ):
            continue
        others = "".join(other for other in clauses if other not in asides and other != clause)
        changes = any(word in clause for word in words["changing"])
        named = [
            token
            for token in cut(clause)
            if len(token) >= MIN_FORM_WORD_CHARS
            and form_word(token)
            and not any(token[at : at + 2] in others for at in range(len(token) - 1))
        ]
        if changes or not named:
            found.append(clause)
    rest = "".join(clause for clause in clauses if clause not in asides and clause not in found)
    if not any(word in rest for word in _asking_words()):
        return []
    return _beside_full_ask(found, clauses, asides, reads_alone)


def _asks_when(clause: str, *, last: bool) -> bool:
    """Tells whether a clause's only supposing words are asking words (哪天) that ask there:
    the clause ends the message or a question (哪天结束？), where no supposition is said
    (哪天预算砍了，还能办几场 supposes before the ask)."""
    said = {match.group(0) for match in _supposing().finditer(clause)}
    asks = all(any(word in supposing for word in _asking_words()) for supposing in said)
    return asks and (last or clause.rstrip().endswith(("？", "?")))


@built_once
def _supposing() -> re.Pattern[str]:
    return re.compile(alternation(_words()["supposing"]))


def _idle_talk(
    text: str,
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses set apart as talk before the ask (（刚改完一沓作业）问一下，…;
    喝口茶再说。科普场馆…; 嗨～ 在外面跑现场 信号不好 运维…): opening the message, after any
    greeting, in brackets or as sentences of their own (or typed apart by spaces after a
    greeting, in a message with no punctuation between), each with no word of the form, no
    figure, no project and no ask, and more than one word (a bare noun such as 志愿者。 may be
    what is asked), beside a rest that names what it asks alone."""
    bracketed = _BRACKETED_TALK.match(text)
    # Typed apart by spaces only in chat opened by a greeting (嗨～ 在外面跑现场 信号不好 …): in
    # terse typing a part before a space is most often the topic (跨年那个 总盘子).
    spaced = (
        bool(clauses) and clauses[0] in asides and not _PUNCTUATED.search(text.rstrip(_SEPARATORS))
    )
    talk: list[str] = []
    for clause in clauses[:-1]:
        if clause in asides:
            if talk:
                break
            continue  # 嗨～ 在外面跑现场: a greeting before the talk
        said = clause.strip(_SEPARATORS)
        apart = (
            clause.rstrip().endswith(_SENTENCE_ENDS)
            # 你好 麻烦查一下 国焦项目 …: a project or a thing pointed at, typed apart, is a topic
            or (spaced and clause != clause.rstrip() and not any(m in said for m in _TOPIC_MARKS))
            or (not talk and bracketed is not None and bracketed.group(1) == said)
        )
        if not said or not apart or not _idle(said, cut, form_word, names_project):
            break  # (逆向指标) after an ask restates it: only the opening is set apart
        talk.append(clause)
    return _beside_full_ask(talk, clauses, asides, reads_alone)


def _idle(
    said: str,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
) -> bool:
    """Tells whether a clause only talks: words enough, no figure, ask, project or form word."""
    tokens = [token for token in cut(said) if token.strip()]
    return not (
        len(tokens) < MIN_TALK_WORDS
        or _FIGURE.search(_INDEFINITE.sub("", said))
        or ASKING.search(said)
        or names_project(said)
        or _names_form(tokens, form_word)
    )


def _beside_full_ask(
    found: list[str], clauses: list[str], asides: list[str], reads_alone: Callable[[str], bool]
) -> list[str]:
    """Returns ``found`` when the clauses left besides them and ``asides`` name what they ask
    on their own, else none: without them the message must still read as a full ask."""
    if not found or len(found) + len(asides) >= len(clauses):
        return []
    rest = "".join(clause for clause in clauses if clause not in asides and clause not in found)
    return found if reads_alone(rest) else []


def _hearsaid(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only telling what someone else said of what the rest asks (领导上趟讲
    企服钞票比国交多老多 到底企服的年度预算是国交的几倍): no figure, nothing asked, and every
    word of the form in them named by the rest again, or only judged (导师说场馆改造很烧钱, a
    project judged named by the rest too). A saying naming what the rest does not (小张讲海峡两岸
    那个辩论赛 阿拉上海的高校派几个人) keeps its words."""
    said = []
    for clause in clauses:
        found = _hearsay().match(clause)
        if clause in asides or found is None or _passed_on(clause, cut, form_word) == clause:
            continue  # 领导说明年…: 说明 is no saying
        heard = clause[found.end() :]
        if (
            _FIGURE.search(heard)
            or _names_year(heard)
            or any(word in heard for word in _asking_words())
        ):
            continue
        others = "".join(other for other in clauses if other not in asides and other != clause)
        tokens = [token for token in cut(heard.strip(_SEPARATORS)) if token not in others]
        # 导师说场馆改造很烧钱: a judgment heard names what it judges, asking nothing of it;
        # the rest asks of a project it names (数字化改造今年要改几个区), its words few.
        unnamed = [token for token in tokens if not names_project(token)]
        judged = _exclaims(heard, cut) and (not names_project(heard) or names_project(others))
        if (judged and not _names_form(unnamed, form_word)) or not _names_form(tokens, form_word):
            said.append(clause)

    def asks_of_project(rest: str) -> bool:
        return reads_alone(rest) or (names_project(rest) and _asks_in_words(rest, cut))

    return _beside_full_ask(said, clauses, asides, asks_of_project)


def _lead_ins(
    clauses: list[str],
    asides: list[str],
    *,
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only leading in to the asks after them by whose concern they are
    (老百姓关心的：完好率要多少，满意度要多少; 媒体最关注的两个数：…): a clause closed by a
    colon, or by 的 or a few points after it (大家关心的几个问题，…), ending on a word of
    [concern], with no project, figure, year or asking word before it. Read as asked, 关心 is
    a thing the form lacks."""
    lead_ins = []
    for clause in clauses[:-1]:
        said = clause.rstrip(_SEPARATORS)
        head = _concern_said().fullmatch(said)
        if clause in asides or head is None or not (_colon_ended(clause) or head.group(2)):
            continue
        if (
            any(word in head.group(1) for word in _asking_words())
            or _FIGURE.search(head.group(1))
            or _names_year(head.group(1))
            or names_project(head.group(1))
        ):
            continue
        lead_ins.append(clause)
    return _beside_full_ask(lead_ins, clauses, asides, reads_alone)


def _task_headings(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the first clause when it heads the message with the asker's task (评价底稿核对：,
    绩效自评复核：, 年报数据整理：): closed by a colon, ending on a word of [heading], with no
    figure and no project, beside a rest naming what it asks. The words before the doing say
    which task of the asker's it is, form words or not."""
    first = clauses[0]
    if first in asides or not _colon_ended(first) or len(clauses) < 2:
        return []
    tokens = cut(first.strip(_SEPARATORS))
    if not tokens or not tokens[-1].endswith(_words()["heading"]):
        return []  # 材料审核: a doing the form also writes still ends the heading
    if _FIGURE.search(first) or names_project(first) or _names_year(first):
        return []
    return _beside_full_ask([first], clauses, asides, reads_alone)


@built_once
def _concern_said() -> re.Pattern[str]:
    """Matches a lead-in of concern whole, the words before the concern as its group."""
    concern = "|".join(map(re.escape, _words()["concern"]))
    end = "|".join(map(re.escape, _words()["concern_end"]))
    return re.compile(rf"(.*?)(?:{concern})((?:{end})*)")


# A request to justify the targets (是否合理请贵单位说明, 请说明设定依据, 为何这样设定): the form
# states no reasons, so the clause asks nothing it can answer.
_JUSTIFY = re.compile(
    r"(?:请|烦请|恳请)?(?:贵单位|贵中心|你们|你方)?(?:予以)?(?:说明|解释|阐述|论证)?(?:一下)?"
    r"(?:其|这些|上述|该|各项|以上)?(?:指标值?|目标值?|数值|设定|设置)?(?:的)?"
    r"(?:是否|是不是|为何|为什么|如何|怎么)?(?:合理|科学|恰当|妥当|适当|合适|有依据|偏低|偏高|这样设定|这么定)?"
    r"(?:的)?(?:请|烦请)?(?:贵单位|贵中心|你们|你方)?(?:予以)?(?:说明|解释|阐述|论证)?"
    r"(?:一下)?(?:理由|原因|依据|设定依据|测算依据)?"
    r"(?:(?:我们|我方|大家)?(?:会上|回头|之后|以后|另行)?(?:再议|再说|再讨论|讨论|研究|商议))?"
)
_JUSTIFY_WORD = re.compile(
    r"合理|科学|恰当|妥当|适当|合适|依据|理由|原因|偏低|偏高|这样设定|这么定"
)


def _remarks(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    names_project: Callable[[str], bool],
    reads_alone: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only remarking on what happened (…最晚啥辰光要弄好 路口挖了老长辰光
    了; 上回开会已经讲过了) or on what people would think (…一个人要花多少钱？老百姓听了会不会
    觉得贵) when the rest names what it asks on its own: no word of the form in what is
    remarked, no figure, no year, no project and nothing asked."""
    remarks = []
    for clause in clauses:
        said = clause.strip(_SEPARATORS)
        if _JUSTIFY.fullmatch(said) and _JUSTIFY_WORD.search(said):
            remarks.append(clause)  # 是否合理请贵单位说明: the form states no reasons
            continue
        past = _past_event(said)
        remarked = said if past or _exclaims(said, cut) else _remarked(said)
        if (
            clause in asides
            or remarked is None
            or (_names_year(clause) and not past)
            or _FIGURE.search(_INDEFINITE.sub("", _PAST_YEAR.sub("", clause)))
            # 前几天: the 几 of a time gone by asks nothing
            or any(word in _STORY_TIME.sub("", clause) for word in _asking_words())
            or names_project(clause)
        ):
            continue
        others = "".join(other for other in clauses if other not in asides and other != clause)
        tokens = _restated_left_out(cut(_paperwork().sub("、", remarked)), others)
        # 前几天下雨步道坏了: 步道 named by the ask; 去年没达标挨批了: what befell in a year gone
        # by is the asker's story, whatever it names.
        if past or not _names_form(tokens, form_word):
            remarks.append(clause)
    return _beside_full_ask(remarks, clauses, asides, reads_alone)


def _past_event(clause: str) -> bool:
    """Tells whether a clause tells what befell in a year gone by (去年没达标挨批了, 前年出过
    事故, 2024年搞砸了): it opens with the year, a doing done (了, 过) or not (没) follows, and
    no yes-or-no tag closes it (去年完成了没)."""
    found = _PAST_YEAR.match(clause)
    year = found.group(0) if found is not None else _past_year_word(clause)
    if not year:
        return False
    said = clause.rstrip("的啊呀哦吧哈")
    if said.endswith(_YES_NO_TAGS):
        return False
    return any(mark in clause[len(year) :] for mark in _DONE_MARKS)


def _past_year_word(clause: str) -> str:
    """Returns the word of a year gone by opening ``clause`` (去年, 前年), or ""."""
    return next((word for word in _past_year_words() if clause.startswith(word)), "")


@built_once
def _past_year_words() -> tuple[str, ...]:
    """Returns the words of years gone by (去年, 前年), longest first."""
    coming = relative_year_words(coming=True)
    return tuple(longest_first(word for word in relative_year_words() if word not in coming))


def _exclaims(clause: str, cut: Callable[[str], list[str]]) -> bool:
    """Tells whether a clause cries out or judges (哎呀妈呀, 脑袋嗡嗡的, 这个数不小啊): it
    opens with a word of [interjection] or says a state to its utmost (头都大了, 累死了), or
    holds a word of [feeling] or [judging] as a word of its own."""
    words = _words()
    if clause.startswith(words["interjection"]) or _CRIED.search(clause):
        return True
    tokens = cut(clause)
    return any(token in words["feeling"] or token in words["judging"] for token in tokens)


def _remarked(clause: str) -> str | None:
    """Returns what a remark says, or None when the clause is no remark: a clause opening with
    a time gone by (上趟, 前两天) or closing with 了 after a doing (挖了老长辰光了, not 好了)
    whole; of an opinion (老百姓听了会不会觉得贵), what is thought, after who thinks it."""
    if clause.startswith(_words()["story_time"]):
        return clause
    said = clause.rstrip("的啊呀哦呢吧")
    if said.rstrip("了").endswith(_words()["caution"]) or _of_degree(clause):
        return ""  # 现场采集得注意, 下半年任务挺重的: a note to self, a remark on how things are
    if said.endswith("了") and any(word in said[:-1] for word in ("了", "过", "已经", "已")):
        return clause
    found = _opinion().search(clause)
    return clause[found.end() :] if found is not None else None


def _of_degree(clause: str) -> bool:
    """Tells whether a clause ends saying how much something is so (任务挺重的, 时间太紧了):
    a word of degree, then one or two characters, then a closing particle."""
    said = clause.rstrip(_REMARK_ENDINGS)
    if said == clause:
        return False  # 很重要 closed by nothing may still name a thing
    return any(
        said[-length - len(word) : -length] == word
        for word in _words()["degree"]
        for length in (1, 2)
        if len(said) > length + len(word)
    )


@built_once
def _opinion() -> re.Pattern[str]:
    """Matches the words saying what someone thinks (听了会不会觉得, 看了嫌)."""
    words = "|".join(map(re.escape, _words()["opinion"]))
    return re.compile(rf"(?:{words})")


def _names_year(clause: str) -> bool:
    """Tells whether a clause names a year (去年, 2025年): one the form may lack, asked."""
    return bool(_YEAR.search(clause)) or any(word in clause for word in relative_year_words())


@built_once
def _paperwork() -> re.Pattern[str]:
    """Matches a word of the speaker's with the part of it after (稿子开头, 公众号推文里): 开头
    after 稿子 is where the asker writes, not 启动 of the form; 公众号 is no 公众."""
    words = (word for word in _speaker_words() if len(word) >= MIN_FORM_WORD_CHARS)
    said = alternation(words)
    part = "|".join(map(re.escape, _words()["part"]))
    return re.compile(rf"(?:{said})+[里上中]?(?:{part})?")


def _restated_left_out(tokens: list[str], others: str) -> list[str]:
    """Returns ``tokens`` without the words of the form the other clauses name again (汇总表要
    比满意度：…“市民满意度”…), unless a word of the clause's own names which one (推文里要写志愿者
    人数: 志愿者 before 人数)."""
    return [
        token
        for at, token in enumerate(tokens)
        if token not in others
        or (at > 0 and len(tokens[at - 1]) >= MIN_FORM_WORD_CHARS and tokens[at - 1] not in others)
    ]


def _intends(clause: str, cut: Callable[[str], list[str]]) -> bool:
    """Tells whether a clause says an intent followed by what is to be done (停车位要安排的,
    标题想对比一下) or ends saying what the answer is for (做表用, 汇报参考), not a wish for a
    thing (我要负责人电话, 负责人电话也要: a thing asked)."""
    words = _words()
    if clause.startswith(_asker_intents()):
        return False  # 我要负责人电话: what follows may be the thing wanted
    cut_words = cut(clause)
    tokens = [token for token in cut_words if token not in _PARTICLES]
    if len(tokens) > 1 and tokens[-1] in words["purpose_end"]:
        return True  # 做表用: 用 a word of its own, not 费用 or 有用
    # 供应商 holds 供 (供参考) and 应: an intent word counts only as a word of its own.
    starts, ends, at = set(), set(), 0
    for token in cut_words:
        starts.add(at)
        at += len(token)
        ends.add(at)
    return any(
        _DONE_AFTER.match(clause, end)
        for word in words["intent"]
        for end in _ends(word, clause)
        if end in ends and end - len(word) in starts
    )


@built_once
def _asker_intents() -> tuple[str, ...]:
    """Returns every asker's word followed by a word of intent (我要, 我想)."""
    words = _words()
    return tuple(asker + word for asker in words["asker"] for word in words["intent"])


def _ends(word: str, text: str) -> Iterator[int]:
    """Yields where each occurrence of ``word`` in ``text`` ends, none overlapping (found
    without a pattern per word, which the first clauses would compile)."""
    at = text.find(word)
    while at >= 0:
        yield at + len(word)
        at = text.find(word, at + len(word))


def _not_meant(
    clauses: list[str],
    asides: list[str],
    *,
    cut: Callable[[str], list[str]],
    names_project: Callable[[str], bool],
) -> list[str]:
    """Returns the clauses only saying which project is not meant (…满意度多少，别跟运维的搞混
    了; 不是运维那个哦) when another clause names a project: read as asked, they would add the
    very project the asker rules out."""
    words = _words()
    not_meant = [
        clause
        for at, clause in enumerate(clauses)
        if clause not in asides
        # 不是企服，是国交的…: the word meant follows, a correction (nlu/corrections.py).
        and not (at + 1 < len(clauses) and clauses[at + 1].startswith(words["meant_after"]))
        and any(word in clause for word in words["not_meant"])
        and names_project(clause)
        and not _not_meant_words()
        .sub("", "".join(token for token in cut(clause) if not names_project(token)))
        .strip(_SEPARATORS)
    ]
    rest = "".join(clause for clause in clauses if clause not in (*asides, *not_meant))
    return not_meant if not_meant and names_project(rest) else []


@built_once
def _not_meant_words() -> re.Pattern[str]:
    words = {*_words()["not_meant"], *_words()["not_meant_rest"]}
    return re.compile(alternation(words))


def _of_asker(clause: str) -> bool:
    """Tells whether a clause tells of the asker: it opens with them after greetings and
    fillers (哦对了我下周还要去培训, not 其他资金 or 你好呀), or holds their state (刚回国实习
    第一天)."""
    words = _words()
    if any(word in clause for word in (*words["state"], *words["quiz"])):
        return True
    at = min((found for word in words["asker"] if (found := clause.find(word)) >= 0), default=-1)
    return at == 0 or (at > 0 and _empty(clause[:at]))


@built_once
def _speaker_words() -> tuple[str, ...]:
    words = _words()
    return (*words["speaker"], *words["medium"], *words["state"], *words["quiz"], *_people())


@built_once
def _people() -> tuple[str, ...]:
    """Returns the people of the asker's life: 儿子, 同事, and names such as 小张 or 王科长."""
    words = _words()
    names = [
        name
        for surname in words["surname"]
        for name in (f"小{surname}", f"老{surname}", *(surname + tt for tt in words["title"]))
    ]
    return (*words["person"], *names)


@built_once
def _hearsay() -> re.Pattern[str]:
    """Matches someone else's saying opening a clause (上趟小张讲, 我听人家讲, 领导上趟讲; 听说,
    说是: its speaker unsaid)."""
    words = _words()
    person = alternation(_people())
    time = "|".join(map(re.escape, (*words["story_on"], *words["story_time"])))
    said = "|".join(map(re.escape, words["said"]))
    unsaid = alternation(words["said_unsaid"])
    return re.compile(
        rf"^(?:(?:{time})*(?:我|我们|阿拉)?(?:{time})*听(?:说)?)?(?:{time})*"
        # 隔壁老李说, 我师兄说
        rf"(?:我的?|我们的?|俺|咱们?)?(?:{person})(?:的?(?:{person}))*(?:{time})*(?:{said})"
        rf"|^(?:{time})*(?:{unsaid})"  # 听说今年在杭州办
    )


@built_once
def _asking_words() -> tuple[str, ...]:
    return (*_words()["asking"], *cue_words()["question"])


@built_once
def _said_words() -> frozenset[str]:
    return frozenset({*_speaker_words(), *_words()["general"]})


def _names_form(tokens: list[str], form_word: Callable[[str], bool]) -> bool:
    """Tells whether ``tokens`` hold a word of the form; a word that speaks of the talk
    (问题 of 今天问题有点多) or one as general as 项目 names nothing of it here."""
    said = _said_words()
    return any(
        form_word(token)
        for token in tokens
        if len(token) >= MIN_FORM_WORD_CHARS and token not in said
    )


def _quoted_ask(
    text: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str | None:
    """Returns the ask a message quotes when the words around it name nothing of the form:
    我想在汇报里写“企服预算比国交多百分之多少”，能帮我算一下吗 → 企服预算比国交多百分之多少."""
    found = _QUOTED.search(text)
    if found is None:
        return None
    ask = found.group(1)
    if not any(word in ask for word in cue_words()["question"]):
        return None
    around = text[: found.start()] + "，" + text[found.end() :]
    if _FIGURE.search(around) or _names_form(cut(around), form_word):
        return None
    return ask


def _passed_on(
    clause: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str:
    """Returns ``clause`` from the ask someone passed on to the asker: 突然想起来领导问我企服的
    培训数量是多少 → 企服的培训数量是多少. The words before the passing on must name nothing of
    the form (国交预算领导让我问 keeps its words); someone's saying opening the clause is left
    out (上趟小张讲海峡两岸那个辩论赛 → 海峡两岸那个辩论赛)."""
    seen = _seen_from(clause, cut, form_word)
    if seen is not None:
        return seen  # 我整理汇总表时看到国交有一条目标是3家 → 国交有一条目标是3家
    said = _hearsay().match(clause)
    spans = _passing_spans(clause)
    if not spans and said is None:
        return clause
    cuts, at = {0}, 0
    for token in cut(clause):
        at += len(token)
        cuts.add(at)
    if said is not None and said.end() in cuts and clause[said.end() :].strip(_SEPARATORS):
        return clause[said.end() :]  # 领导说明年…: 说明 is no saying
    for at, end, wanting in spans:
        if at not in cuts or end not in cuts:
            continue  # 请问我们: 问我 runs into 请问 and 我们
        head, ask = clause[:at], clause[end:]
        if wanting and not _said_by(head, cut):
            continue  # 国交的预算我想知道: a wish of the asker's own asks
        if _FIGURE.search(head):
            return clause
        # 学生问我: one word before a bidding that ends the clause is who bids.
        alone = not ask.strip(_SEPARATORS) and len(cut(head.strip(_SEPARATORS))) == 1
        if not (alone or _said_by(head, cut)) and any(
            form_word(token) for token in cut(head) if len(token) >= MIN_FORM_WORD_CHARS
        ):
            return clause
        # 领导让我问一下，国交预算多少: a clause that only passes the ask on is left out.
        return ask if ask.strip(_SEPARATORS) else ""
    return clause


@built_once
def _seen() -> re.Pattern[str]:
    """Matches the asker and their doing opening a clause, then a word of coming upon what
    follows (我整理汇总表时看到, 我翻材料的时候发现) or of a quiz asking it (我们培训要考)."""
    words = _words()
    asker, seen, when, quiz = (
        alternation(words[name]) for name in ("asker", "seen", "seen_when", "quiz_asks")
    )
    return re.compile(
        rf"^(?P<asker>{asker})(?P<doing>[\u4e00-\u9fffA-Za-z]{{0,{MAX_SEEN_DOING_CHARS}}}?)"
        rf"(?:(?:{when})?(?:{seen})(?:了|过)?|(?P<quiz>{quiz}))"
    )


def _seen_from(
    clause: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str | None:
    """Returns what the asker came upon (我整理汇总表时看到国交有一条目标是3家 → 国交有一条目标
    是3家), or None when the clause tells no such thing or the asker's doing names the form
    (我看国交预算时发现…: the doing is part of the ask)."""
    found = _seen().match(clause)
    if found is None or not clause[found.end() :].strip(_SEPARATORS):
        return None
    doing = found.group("doing")
    if _FIGURE.search(doing):
        return None
    if found.group("quiz") is None and _names_form(cut(doing), form_word):
        return None  # 我们培训要考…: a quiz asks what follows, whatever its doing names
    return clause[found.end() :]


def _passing_spans(clause: str) -> list[tuple[int, int, bool]]:
    """Returns where each passing on of an ask starts and ends in ``clause``, and whether it is
    a wish of someone's (同学想知道) rather than a bidding (师兄让我查查, 学妹问我): the words of
    [passed_on] as written, then the constructions of their kind."""
    spans = [
        (at, at + len(word), False)
        for word in _words()["passed_on"]
        if (at := clause.find(word)) >= 0
    ]
    spans += [(found.start(), found.end(), False) for found in _bidding().finditer(clause)]
    spans += [
        (found.start(), found.end(), True)
        for found in _wanting().finditer(clause)
        if found.start() > 0 and _may_be_said_by(clause[: found.start()])
    ]
    return spans


def _may_be_said_by(head: str) -> bool:
    """Tells cheaply whether ``head`` may end with who passes an ask on (王姐, 信息科), as
    :func:`_said_by` needs, before the words are cut (请问 of every other ask is no wish)."""
    return head.endswith(_people()) or head[-1:] in _words()["office"]


@built_once
def _bidding() -> re.Pattern[str]:
    """Matches someone bidding the asker look something up (让我查查, 要我核一下, 托我帮他问问,
    叫我帮忙看看) or asking them (问我, 考考我), doubled verbs and 一下 included."""
    words = _words()
    passing = alternation(words["passing"])
    helping = alternation(words["helping"])
    lookup = alternation(words["lookup"])
    asked_of = alternation(words["asked_of"])
    asker = alternation(words["asker"])
    return re.compile(
        rf"(?:{passing})(?:{asker})(?:{helping})*(?P<verb>{lookup})(?:(?P=verb)|一下|一下子|下)?"
        rf"(?:的|了|过)?|(?:{asked_of})(?:的|了|过)?"
    )


@built_once
def _wanting() -> re.Pattern[str]:
    """Matches a wish to know said of someone (同学想知道, 师姐好奇)."""
    words = alternation(_words()["wanting"])
    return re.compile(rf"(?:{words})(?:一下|下)?(?:的|了)?")


def _said_by(head: str, cut: Callable[[str], list[str]]) -> bool:
    """Tells whether the words before a passing on end with who passes it (对接企业的同事, 信息
    科): words of the form before them only say which person or office."""
    tokens = _offices_joined(cut(head), _words()["office"])
    if not tokens:
        return False
    last = tokens[-1]
    office = len(last) >= MIN_FORM_WORD_CHARS and last[-1] in _words()["office"]
    # 小陈, 王姐 cut apart (小 陈): a name of two characters or more ends the words as written.
    said = "".join(tokens)
    return (
        office
        or any(last.endswith(person) for person in _people())
        or any(said.endswith(person) for person in _people() if len(person) > 1)
    )


def _offices_joined(tokens: list[str], office: tuple[str, ...]) -> list[str]:
    """Returns ``tokens`` with an office's last character cut apart joined again to the word
    before it (预算 科 → 预算科, 审计 局 → 审计局): the office's name is no word of the form."""
    joined: list[str] = []
    for token in tokens:
        if token in office and joined:
            joined[-1] += token
        else:
            joined.append(token)
    return joined
