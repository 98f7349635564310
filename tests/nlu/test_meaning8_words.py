"""meaning8: how a word earns the right to block an answer. A time clause (上线后) says when;
好几个 asks how many; a word the form never writes blocks only when it names a thing;
资金怎么构成 asks the parts."""

from __future__ import annotations

import pytest

from nlu.normalize import Normalizer
from nlu.retrieval import asked_goal_part, asked_goal_parts
from nlu.spelled import SplitHeadings
from tests.nlu.question_sets import answer_of, service_for

# form, question, what the answer must hold, what it must not
CASES = [
    pytest.param(
        "multi_year", "数字化改造这回要改好几个展区", ["≥2个"], ["没有找到"], id="several-asks-1"
    ),
    pytest.param("old_template", "养护要检测好几座桥", ["4座"], ["没有找到"], id="several-asks-2"),
    pytest.param(
        "builtin", "国交要征集好几个实习岗位", ["≥100个"], ["没有找到"], id="several-asks-3"
    ),
    pytest.param(
        "variations", "运维配了好几辆巡检车", ["10辆"], ["没有找到"], id="several-asks-4"
    ),
    pytest.param(
        "multi_year",
        "虚拟导览上线后网上看展要多少人次",
        ["≥100000人次"],
        ["没有找到"],
        id="time-clause-1",
    ),
    pytest.param(
        "multi_year",
        "线上展馆建成以后线上参观人次要达到多少",
        ["≥100000人次"],
        ["没有找到"],
        id="time-clause-2",
    ),
    pytest.param(
        "multi_year", "虚拟导览上线之后观众满意度目标", ["≥85%"], ["没有找到"], id="time-clause-3"
    ),
    pytest.param(
        "variations",
        "开放日活动结束后市民满意度目标是多少",
        ["≥90%"],
        ["没有找到"],
        id="time-clause-4",
    ),
    pytest.param(
        "variations", "开放日办完以后市民满意度要多少", ["≥90%"], ["没有找到"], id="time-clause-5"
    ),
    pytest.param(
        "multi_year",
        "志愿者到岗后观众满意度多少",
        ["没有找到", "志愿者"],
        ["85%"],
        id="time-clause-absent-noun",
    ),
    pytest.param(
        "variations", "开放日起码要接待多少市民", ["5000"], ["没有找到"], id="bound-word-1"
    ),
    pytest.param("variations", "设施完好率起码要多少", ["≥85%"], ["没有找到"], id="bound-word-2"),
    pytest.param(
        "builtin", "国交起码要征集多少个实习岗位", ["≥100个"], ["没有找到"], id="bound-word-3"
    ),
    pytest.param("builtin", "国交起码得有几家合作单位", ["≥3家"], ["没有找到"], id="bound-word-4"),
    pytest.param("builtin", "国交的志愿者起码要几个", ["志愿者"], ["≥"], id="bound-word-absent"),
    pytest.param(
        "old_template",
        "您好 我区里的 道路桥梁养护 市民满意度目标多少哈",
        ["≥85%"],
        ["没有找到"],
        id="asker-place-1",
    ),
    pytest.param(
        "old_template",
        "我们局里的养护项目市民满意度目标",
        ["≥85%"],
        ["没有找到"],
        id="asker-place-2",
    ),
    pytest.param(
        "old_template",
        "咱们单位里的道路养护长度是多少",
        ["985米"],
        ["没有找到"],
        id="asker-place-3",
    ),
    pytest.param(
        "old_template", "我所的养护合格率要多少", ["≥95%"], ["没有找到"], id="asker-place-4"
    ),
    pytest.param(
        "old_template", "我区的志愿者人数目标", [], ["85%", "985"], id="asker-place-absent"
    ),
    pytest.param(
        "variations",
        "运维项目的钱是怎么构成的",
        ["200万元", "50万元", "上年结转资金"],
        [],
        id="money-parts-1",
    ),
    pytest.param(
        "variations", "运维项目资金来源", ["200万元", "50万元"], ["没有找到"], id="money-parts-2"
    ),
    pytest.param(
        "multi_year",
        "场馆数字化项目资金总额由哪些组成",
        ["300万元", "60万元"],
        ["120万元"],
        id="money-parts-whole",
    ),
    pytest.param(
        "multi_year",
        "数字化改造今年的钱从哪来",
        ["100万元", "20万元"],
        ["360万元"],
        id="money-parts-3",
    ),
    pytest.param(
        "builtin",
        "两个项目的资金来源分别是什么",
        ["当年财政拨款：130万元", "当年财政拨款：40万元"],
        ["没有找到"],
        id="money-parts-each",
    ),
    pytest.param(
        "old_template",
        "养护项目的上级预算单位是谁",
        ["建设和管理委员会"],
        ["道路管理所"],
        id="org-1",
    ),
    pytest.param(
        "old_template", "养护项目的预算单位是哪个", ["建设和管理委员会"], ["万元"], id="org-2"
    ),
    pytest.param(
        "old_template", "养护项目的上级单位叫什么", ["建设和管理委员会"], ["万元"], id="org-3"
    ),
    pytest.param("builtin", "国交的上级单位是哪家", ["科学技术协会"], ["万元"], id="org-4"),
    pytest.param("old_template", "养护项目预算多少", ["250万元"], ["委员会"], id="org-money-kept"),
    pytest.param(
        "other",
        "哪个项目设了生态方面的效益指标",
        ["城市科普设施运维", "设施能耗"],
        [],
        id="heading-1",
    ),
    pytest.param(
        "other",
        "哪些项目有社会方面的效益指标",
        ["社会效益指标", "道路通行条件", "线上参观人次"],
        [],
        id="heading-2",
    ),
    pytest.param(
        "old_template",
        "养护项目效益类的指标有哪些",
        ["道路通行条件"],
        ["市民满意度"],
        id="heading-3",
    ),
    pytest.param("variations", "生态层面的效益指标有几个", ["5 项"], ["没有找到"], id="heading-4"),
    pytest.param(
        "multi_year", "场馆数字化三年整体要实现啥", ["线上展馆"], ["虚拟导览"], id="overall-goal-1"
    ),
    pytest.param(
        "multi_year",
        "数字化改造整个项目要达成什么",
        ["线上展馆"],
        ["虚拟导览"],
        id="overall-goal-2",
    ),
    pytest.param(
        "multi_year", "场馆数字化总的要做成什么样", ["线上展馆"], ["没有找到"], id="overall-goal-3"
    ),
    pytest.param(
        "multi_year",
        "数字化改造多年整体要实现哪些",
        ["线上展馆"],
        ["没有找到"],
        id="overall-goal-4",
    ),
    pytest.param(
        "builtin",
        "企服里“建设指引”这个指标是干嘛的，要做成什么样",
        ["建设指引"],
        ["年度总体目标"],
        id="row-named-not-goal",
    ),
    pytest.param(
        "builtin", "企服最后一块工作推的是哪种评价", ["第三方科技评价"], [], id="last-part-1"
    ),
    pytest.param(
        "builtin",
        "企服年度目标最后一部分讲的什么",
        ["科技评价与创新方法培训"],
        [],
        id="last-part-2",
    ),
    pytest.param("builtin", "企服最后一个方面要干啥", ["第三方科技评价"], [], id="last-part-3"),
    pytest.param(
        "builtin",
        "企服倒数第二块工作是什么",
        ["科技工作者法律服务"],
        ["没有找到"],
        id="last-part-4",
    ),
    pytest.param(
        "builtin",
        "港澳台实习那个活动具体要干哪些事",
        ["岗位征集", "学生招募", "结业仪式"],
        [],
        id="work-done-1",
    ),
    pytest.param(
        "builtin",
        "港澳台实习活动要做哪些工作",
        ["岗位征集", "结业仪式"],
        ["产学研"],
        id="work-done-2",
    ),
    pytest.param(
        "builtin", "港澳台实习具体做什么", ["岗位征集", "结业仪式"], ["产学研"], id="work-done-3"
    ),
    pytest.param(
        "builtin", "都市交通研讨会要干哪些事", ["组织相关领域专家学者"], [], id="work-done-4"
    ),
    pytest.param(
        "builtin",
        "港澳台实习活动是哪个指标",
        ["港澳台籍学生人数", "征集实习岗位数量"],
        [],
        id="work-done-rows-asked",
    ),
    pytest.param("builtin", "企服今年新发展多少家院士工作站", ["≥40家"], [], id="establish-1"),
    pytest.param("builtin", "企服今年新建多少家院士工作站", ["≥40家"], [], id="establish-2"),
    pytest.param("builtin", "企服要组建几家院士工作站", ["≥40家"], [], id="establish-3"),
    pytest.param("builtin", "企服今年设立多少个院士专家工作站", ["≥40家"], [], id="establish-4"),
    pytest.param(
        "builtin", "国交要发展多少家合作单位", ["没有找到"], ["≥3家"], id="establish-not-written"
    ),
    pytest.param("variations", "运维配了几辆巡逻车", ["10辆"], [], id="synonym-parts-1"),
    pytest.param("variations", "运维有几辆巡查车", ["10辆"], [], id="synonym-parts-2"),
    pytest.param("variations", "运维巡逻用的汽车有几辆", ["10辆"], [], id="synonym-parts-3"),
    pytest.param(
        "variations", "运维有几辆洒水车", ["没有找到"], ["10辆"], id="synonym-parts-absent"
    ),
    pytest.param(
        "variations", "运维配了几辆消防车", ["没有找到"], ["10辆"], id="synonym-parts-absent-2"
    ),
    pytest.param(
        "other",
        "运维跟场馆数字化改造的年度资金申请总额加起来多少",
        ["370万元"],
        [],
        id="joined-short-name-1",
    ),
    pytest.param(
        "other", "场馆数字化改造和运维的预算一共多少", ["370万元"], [], id="joined-short-name-2"
    ),
    pytest.param(
        "other",
        "道路桥梁养护和运维的主管部门分别是谁",
        ["上海市某某局", "建设和管理委员会"],
        [],
        id="joined-short-name-3",
    ),
    pytest.param(
        "other",
        "运维比科普场馆数字化改造的年度预算多多少",
        ["250万元 − 【科普场馆数字化改造】120万元", "多 130万元"],
        [],
        id="joined-short-name-4",
    ),
    pytest.param(
        "multi_year", "网上展馆一年要有多少人看", ["≥100000人次"], [], id="goal-named-synonym-1"
    ),
    pytest.param(
        "multi_year", "云上展馆的参观人次目标", ["≥100000人次"], [], id="goal-named-synonym-2"
    ),
    pytest.param("multi_year", "线上展馆有多少人来看", ["≥100000人次"], [], id="goal-named-plain"),
    pytest.param("variations", "开放日结束后要发多少份问卷", ["问卷"], ["5000"], id="absent-1"),
    pytest.param("variations", "设施修好后要回访多少户", ["回访"], ["≥"], id="absent-2"),
    pytest.param("builtin", "论文征集结束后获奖论文数量", ["获奖"], ["≥20"], id="absent-3"),
    pytest.param("builtin", "实习活动结束后要写几篇报告", ["报告"], ["≥"], id="absent-4"),
    pytest.param("variations", "运维的巡逻人员有几个", ["人员"], ["10辆"], id="absent-5"),
    pytest.param(
        "multi_year", "数字化改造今年要推进到什么地步", ["虚拟导览"], [], id="stage-asked-1"
    ),
    pytest.param(
        "multi_year", "场馆数字化三年要做到哪一步", ["线上展馆"], ["虚拟导览"], id="stage-asked-2"
    ),
    pytest.param(
        "multi_year", "数字化改造当年要干到哪个阶段", ["虚拟导览"], [], id="stage-asked-3"
    ),
    pytest.param(
        "old_template", "养护做完验收合格的比例要多少", ["≥95%"], [], id="inspect-passed-1"
    ),
    pytest.param("old_template", "养护检查达标的比例", ["≥95%"], [], id="inspect-passed-2"),
    pytest.param("old_template", "养护抽查合格率要多少", ["≥95%"], [], id="inspect-passed-3"),
    pytest.param(
        "variations", "设施验收合格率要多少", ["没有找到"], ["≥85%"], id="inspect-no-pass-row"
    ),
    pytest.param("builtin", "企服项目什么时候干完", ["2026-12-31"], [], id="finish-verb-1"),
    pytest.param("builtin", "国交啥时候做完", ["2026-12-31"], [], id="finish-verb-2"),
    pytest.param("builtin", "企服哪天收尾", ["2026-12-31"], [], id="finish-verb-3"),
    pytest.param("old_template", "养护啥时候干完", ["2024"], [], id="finish-verb-4"),
    pytest.param(
        "multi_year",
        "数字化改造的资金构成",
        ["100万元", "20万元", "300万元", "60万元"],
        [],
        id="money-parts-both-columns",
    ),
    pytest.param(
        "old_template",
        "养护项目资金来源",
        ["250万元"],
        ["财政资金："],
        id="money-parts-one-column",
    ),
    pytest.param("builtin", "国交的钱谁批的", ["科学技术协会"], ["40万元"], id="money-who-1"),
    pytest.param("builtin", "国交经费谁来出", ["当年财政拨款"], [], id="money-source-1"),
    pytest.param("builtin", "企服的钱是谁给的", ["当年财政拨款"], [], id="money-source-2"),
    pytest.param("builtin", "谁的预算最多", ["企业科技创新服务", "130万元"], [], id="money-most"),
    pytest.param("builtin", "国交的赞助资金是多少", ["赞助资金"], ["40万元"], id="money-kind-1"),
    pytest.param("builtin", "国交的配套资金多少", ["配套资金"], ["40万元"], id="money-kind-2"),
    pytest.param(
        "variations", "运维的奖励经费有多少", ["没有找到"], ["250万元"], id="money-kind-3"
    ),
    pytest.param("builtin", "国交的年度资金多少", ["40万元"], [], id="money-kind-own-1"),
    pytest.param("builtin", "国交申请的资金", ["40万元"], [], id="money-kind-own-2"),
    pytest.param("builtin", "国交的自筹资金", ["其他资金"], [], id="money-kind-own-3"),
    pytest.param(
        "other",
        "养护和运维哪个预算多",
        ["城市科普设施运维】年度预算", "道路桥梁养护】项目资金总额"],
        ["没有找到"],
        id="joined-short-names-header",
    ),
    pytest.param(
        "builtin", "企服的一级指标有哪几类", ["产出指标", "满意度指标"], [], id="which-few-1"
    ),
    pytest.param(
        "builtin", "企服的二级指标有哪几类", ["经济成本指标", "时效指标"], [], id="which-few-2"
    ),
    pytest.param(
        "builtin", "国交的质量指标是哪几个", ["活动安全事故发生数"], [], id="which-few-3"
    ),
    pytest.param(
        "builtin",
        "港澳台实习快结束的时候要做哪些收尾的活",
        ["结业仪式"],
        ["产学研"],
        id="work-done-5",
    ),
    pytest.param("builtin", "两个项目要做什么", ["产学研", "海智"], [], id="work-done-all-goals"),
    pytest.param(
        "other",
        "运维的年度资金比数字化改造多多少",
        ["250万元 − 【科普场馆数字化改造】120万元"],
        [],
        id="compared-first-1",
    ),
    pytest.param(
        "other",
        "数字化改造的预算比运维少多少",
        ["120万元 − 【城市科普设施运维】250万元"],
        [],
        id="compared-first-2",
    ),
    pytest.param("variations", "运维项目车子有几辆", ["10辆"], [], id="noun-suffix-1"),
    pytest.param("variations", "运维的巡检车子有几辆", ["10辆"], [], id="noun-suffix-2"),
    pytest.param(
        "old_template", "养护项目有几辆车子", ["没有找到"], ["座"], id="noun-suffix-absent"
    ),
    pytest.param("builtin", "港澳台同学暑期实习期一共几个礼拜", ["5 周"], [], id="spoken-week-1"),
    pytest.param("builtin", "港澳台实习几个星期", ["5 周"], [], id="spoken-week-2"),
    pytest.param("builtin", "港澳台实习持续几个礼拜", ["5 周"], [], id="spoken-week-3"),
    pytest.param("other", "博物馆数字化那个项目上年结转多少", ["20万元"], [], id="venue-1"),
    pytest.param("other", "科技馆数字化改造的预算", ["120万元"], [], id="venue-2"),
    pytest.param("other", "博物馆改造的观众满意度", ["≥85%"], [], id="venue-3"),
    pytest.param(
        "old_template", "养护完了通行情况要达到什么效果", ["改善"], [], id="effect-project-word-1"
    ),
    pytest.param(
        "variations", "运维完了能耗要达到什么效果", ["降低"], [], id="effect-project-word-2"
    ),
    pytest.param(
        "builtin",
        "企服里搞第三方科技评价属于第几块工作",
        ["第六部分", "科技评价与创新方法培训"],
        [],
        id="which-part-1",
    ),
    pytest.param(
        "builtin",
        "企服的法律咨询是第几部分",
        ["第五部分", "科技工作者法律服务"],
        [],
        id="which-part-2",
    ),
    pytest.param(
        "builtin",
        "企服创新集市在第几块",
        ["第一部分", "产学研协同创新服务"],
        [],
        id="which-part-3",
    ),
    pytest.param("builtin", "企服的第六块工作是什么", ["第六部分"], [], id="part-numbered"),
    pytest.param(
        "builtin",
        "国交里衡量影响力的是哪个指标，目标写的啥",
        ["科普活动影响力提升情况", "有效提升"],
        [],
        id="measure-verb-1",
    ),
    pytest.param("builtin", "企服满意度是调查谁的", ["参与企业、专家", "≥90%"], [], id="survey-1"),
    pytest.param("builtin", "国交满意度调查的对象是谁，目标多少", ["≥90%"], [], id="survey-2"),
    pytest.param("builtin", "国交满意度调查要做几次", ["没有找到"], ["≥90%"], id="survey-count"),
    pytest.param(
        "builtin",
        "企服年度目标的第二块和第五块分别讲啥",
        ["第二部分（企业科协建设与服务）", "第五部分（科技工作者法律服务）"],
        [],
        id="two-parts-1",
    ),
    pytest.param(
        "builtin",
        "企服第一块和第三块工作是什么",
        ["第一部分", "第三部分"],
        [],
        id="two-parts-2",
    ),
    pytest.param(
        "builtin",
        "企服第二块工作和第10块工作",
        ["没有找到"],
        ["第二部分"],
        id="part-past-the-last",
    ),
    pytest.param("builtin", "国交满意度调查针对的是谁", ["参与人员与合作单位"], [], id="whom-1"),
    pytest.param("builtin", "国交满意度问的是哪些人", ["参与人员与合作单位"], [], id="whom-2"),
    pytest.param("multi_year", "数字化改造满意度调查对象是谁", ["观众满意度"], [], id="whom-3"),
]


@pytest.mark.parametrize(("form", "question", "present", "absent"), CASES)
def test_a_word_blocks_only_what_the_form_lacks(
    form: str, question: str, present: list[str], absent: list[str]
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert all(text in answer for text in present), answer
    assert not any(text in answer for text in absent), answer


def test_a_heading_said_in_halves_is_read_whole_only_when_the_form_has_it() -> None:
    headings = SplitHeadings(["效益指标", "生态效益指标", "质量指标"])
    assert headings.rewritten("生态方面的效益指标有哪些") == "生态效益指标有哪些"
    assert headings.rewritten("安全方面的质量指标") == "安全方面的质量指标"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("第2块和第5块", (2, 5)), ("第6块工作", (6,)), ("最后一块", (-1,)), ("第几块", ())],
)
def test_several_goal_parts_are_asked_by_number(text: str, numbers: tuple[int, ...]) -> None:
    assert asked_goal_parts(text) == numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [("第6块工作", 6), ("最后一块工作", -1), ("最后1部分", -1), ("倒数第2块", -2), ("最后", None)],
)
def test_a_goal_part_is_counted_from_either_end(text: str, number: int | None) -> None:
    assert asked_goal_part(text) == number


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("几个礼拜", "几周"), ("五个星期", "五周"), ("3个星期", "3周"), ("星期一", "星期一")],
)
def test_weeks_said_aloud_are_written_as_the_forms_write_them(text: str, normalized: str) -> None:
    assert Normalizer().normalize(text) == normalized
