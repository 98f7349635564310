"""Words around an ask that ask nothing change no answer (nlu/asides.py, nlu/normalize.py).

Every question of the held-out set is answered right; wrapped in a greeting, an opener, a
filler, a closing that presses, an @mention, an ask passed on or traditional characters, each
must get the very same answer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from opencc import OpenCC

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import load
from tests.nlu.test_tune_and_held_out import HELD_OUT_SET

EVERY = 6  # one question in six of the held-out set: 42 questions, 8 wrappings each
_S2T = OpenCC("s2t")
WRAPPINGS: dict[str, Callable[[str], str]] = {
    "greeting": lambda q: "您好，" + q,
    "opener": lambda q: "麻烦问一下，" + q,
    "filler": lambda q: "那个，嗯，" + q,
    "pressing": lambda q: q.rstrip("？?。") + "，急，在线等",
    "mention": lambda q: "@绩效助手 " + q,
    "passed on": lambda q: "领导让我问一下，" + q,
    "office": lambda q: "财务处核对用：" + q,
    "traditional": _S2T.convert,
}


@pytest.mark.parametrize("item", load(HELD_OUT_SET)[::EVERY], ids=lambda item: str(item["id"]))
def test_wrapping_changes_no_answer(item: dict[str, object]) -> None:
    plain = answer_of(item, service_for)
    changed = [
        name
        for name, wrap in WRAPPINGS.items()
        if answer_of({**item, "q": wrap(str(item["q"]))}, service_for) != plain
    ]
    assert changed == [], plain
