"""The closing figures of issue 8: faults tried, faults survived, events lost.

Runs tests/test_faults.py and counts its `test_fault_*` cases (one per fault and
case): tried = run, survived = passed, lost = the events published before a fault
and missing after it (each case records it as its `lost` property, and how many
were published before as `at_stake`).

    .venv/bin/python bench/faults.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import ROOT, write_results  # noqa: E402 (bench/ is no package)


class Tally:
    def __init__(self) -> None:
        self.tried = 0
        self.survived = 0
        self.lost = 0
        self.at_stake = 0  # events published before a fault that had to survive it
        self.failed: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" or "::test_fault_" not in report.nodeid:
            return
        self.tried += 1
        if report.passed:
            self.survived += 1
        else:
            self.failed.append(report.nodeid)
        self.lost += sum(int(value) for name, value in report.user_properties if name == "lost")
        self.at_stake += sum(int(value) for name, value in report.user_properties if name == "at_stake")


def main() -> int:
    tally = Tally()
    pytest.main([str(ROOT / "tests" / "test_faults.py"), "-q", "-p", "no:cacheprovider", "-k", "test_fault_"],
                plugins=[tally])
    figures = {"faults_tried": tally.tried, "faults_survived": tally.survived, "events_lost": tally.lost,
               "events_at_stake": tally.at_stake,
               "failed": tally.failed}
    print(f"faults tried {tally.tried}, survived {tally.survived}, "
          f"events lost {tally.lost} of {tally.at_stake} published before a fault")
    write_results("faults", figures)
    return 0 if tally.tried == tally.survived and tally.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
