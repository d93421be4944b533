"""A zone label given with one time of a sentence holds for its other times, and for the same time said again. Pure.

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


def carry_same_clock(findings: list[Finding]) -> None:
    """"Event Date: Wednesday, June 2, 2010, 9:30 a.m. MDT" over "Kevin Jennings will speak at 9:30 a.m.": a time
    with no label and no place that repeats, on the same day, the clock of the one labelled time of the item keeps
    that label (the item names its clock once, in its header); not when two labels give that clock."""
    labelled: dict[tuple[object, object], set[str]] = {}
    for finding in findings:
        if finding.time is not None and finding.zone_label:
            labelled.setdefault((finding.first, finding.time), set()).add(finding.zone_label)
    for finding in findings:
        labels = labelled.get((finding.first, finding.time), set())
        if finding.time is not None and not finding.zone_label and finding.place is None and len(labels) == 1:
            label = next(iter(labels))
            finding.zone_label = label
            finding.label_repeated = True
            finding.notes = (*finding.notes, f"zone label {label}: the item gives this day's {finding.time:%H:%M} "
                                             f"with it")
