"""A page's count of its readers beside its date ("2023-02-18 310次", "12 May 2024 · 1,204 views", "Views: 310"),
or the time it takes to read ("March 12, 2019 • 3 min read"): page furniture, no entry's words. Pure."""

from __future__ import annotations

import re

# A number and a counter word (Chinese and Japanese "次"/"回" for times viewed), a reading time ("3 min read"),
# or the word then the number.
VIEW_COUNT = re.compile(r"(?:^|(?<=\s)|(?<=[·|•]))(?:\d[\d,.]*\s*(?:次|回|views?|hits?|reads?)"
                        r"|\d{1,3}\s?-?\s?min(?:ute)?s?\.?\s+read"
                        r"|(?:views?|hits?|reads?|阅读|浏览|閲覧)\s*[:：]?\s*\d[\d,.]*)\s*$", re.IGNORECASE)

