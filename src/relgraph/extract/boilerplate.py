"""Lines of a page that are not news: "READ MORE: …", "Comments are closed", bylines, captions.

>>> text = "Russia backs China.\\nREAD MORE: US and China collide\\nComments are closed."
>>> [text[s:e] for s, e in boilerplate_ranges(text)]
['READ MORE: US and China collide', 'Comments are closed.']
"""

from __future__ import annotations

import re

_LINE = re.compile(
    r"""^\s*(?:
        (?:read|see)\s+(?:more|also)\b
      | related(?:\s+(?:articles?|stories|news|coverage))?\s*:
      | more\s+on\s+this\b
      | comments\s+are\s+closed
      | (?:follow|subscribe|sign\s+up|share\s+this|click\s+here|advertisement)\b
      | (?:photo|image|picture|file\s+photo|caption|credit|video)\s*[:(]
      | ©|copyright\b
      | (?:also\s+)?watch\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline is a whole line of capitalised names after "By" (case matters: "By imposing…" is news).
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|in))*\s*$")


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of boilerplate lines, without their line break."""
    ranges = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and (_LINE.match(body) or _BYLINE.match(body)):
            lead = len(body) - len(body.lstrip())
            ranges.append((offset + lead, offset + len(body)))
        offset += len(line)
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in ranges)
