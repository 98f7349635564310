"""The indicator table's levels as the 申报表 template names them: 一级 and the 二级 under each."""

from __future__ import annotations

COST_LEVEL1 = "成本指标"
OUTPUT_LEVEL1 = "产出指标"
BENEFIT_LEVEL1 = "效益指标"
SATISFACTION_LEVEL1 = "满意度指标"
# Each 一级 with the 二级 the template allows under it, in the template's order.
LEVEL2_UNDER: dict[str, tuple[str, ...]] = {
    COST_LEVEL1: ("经济成本指标", "社会成本指标", "生态环境成本指标"),
    OUTPUT_LEVEL1: ("数量指标", "质量指标", "时效指标"),
    BENEFIT_LEVEL1: ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    SATISFACTION_LEVEL1: ("服务对象满意度指标",),
}
LEVEL1_ORDER = tuple(LEVEL2_UNDER)
LEVEL1_NAMES = frozenset(LEVEL2_UNDER)
KNOWN_LEVEL_NAMES = LEVEL1_NAMES | {name for names in LEVEL2_UNDER.values() for name in names}
