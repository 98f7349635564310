"""Lists the questions of a set that the engine gets wrong, with what was expected.

Run with ``uv run python benchmarks/list_question_failures.py tests/data/questions-heldout.jsonl``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.nlu.question_sets import answer_of, service_for, wrong_figure
from tests.nlu.test_question_set import load, problems


def main(paths: list[str]) -> int:
    """Prints each failing question, the grader's complaints and the answer given."""
    for path in paths:
        items = load(Path(path))
        failed = wrong = 0
        for item in items:
            answer = answer_of(item, service_for)
            found = problems(item, answer)
            if not found:
                continue
            failed += 1
            bad_figure = wrong_figure(item, answer)
            wrong += bad_figure
            flag = " WRONG-FIGURE" if bad_figure else ""
            print(f"--- {item['id']} [{item.get('kind')}] {item.get('form', '')}{flag}")
            print(f"Q: {item['q']}")
            print(f"want: {item.get('all')}  none: {item.get('none', [])}")
            print("got: " + answer.replace("\n", "\n     "))
        passed = len(items) - failed
        print(f"== {path}: {passed}/{len(items)} = {passed / len(items):.1%}, wrong {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
