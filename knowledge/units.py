"""Units written in 指标值 cells."""

from __future__ import annotations

from decimal import Decimal

UNITS = frozenset(
    {
        *("人", "人次", "万人次", "万人", "名", "户"),
        *("场", "场次", "次", "期", "批", "起"),
        *("家", "所", "个", "项", "门", "座", "辆", "台", "件", "部"),
        *("篇", "条", "套", "份", "册", "本"),
        *("米", "千米", "公里", "平方米", "万平方米"),
        *("天", "日", "月", "个月", "年", "小时", "分钟", "课时", "学时"),
        *("元", "万元", "亿元", "%", "％"),
    }
)

TEN_THOUSAND = Decimal(10000)

# Money units and what one of each is worth in 元: the only list of them.
YUAN_PER_UNIT: dict[str, Decimal] = {
    "元": Decimal(1),
    "千元": Decimal(1000),
    "万元": TEN_THOUSAND,
    "亿元": Decimal(100_000_000),
}
MONEY_UNITS = frozenset(YUAN_PER_UNIT)
