"""A zone label given with one time of a sentence holds for its other times. Pure.

    "... a webinar on 12 June at 2pm (BST) and a second one on 19 June at 6pm."     one label, two times

The sentence named its clock once; its second time, with no label and no place of its own, keeps that clock.
"""

from __future__ import annotations

from parsers.findings import Finding


def carry_labels(findings: list[Finding]) -> None:
    """Give each timed finding with no label and no place the one label the other times of its sentence give."""
    by_text: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.time is not None:
            by_text.setdefault(finding.text, []).append(finding)
    for group in by_text.values():
        labels = {f.zone_label for f in group if f.zone_label}
        if len(group) < 2 or len(labels) != 1:
            continue
        label = labels.pop()
        for finding in group:
            if not finding.zone_label and finding.place is None:
                finding.zone_label = label
                finding.notes = (*finding.notes, f"zone label {label}: given with the sentence's other time")
