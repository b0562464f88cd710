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


# A wire dateline and agency tag before the story: "KABUL (Reuters) - ", "AP - ", "BAGHDAD, Iraq -- ",
# "Canadian Press - VANCOUVER (CP) - ", "NEW DELHI, AUG 29: ", "PORT-AU-PRINCE, Haiti Oct. 2, 2004 - ", "MINSK, Aug 8 - ",
# "Vienna, Austria -- ", "By Axel Bugge BRASILIA, Brazil (Reuters) - ", and with no dash before the story
# "KALAKAN, Afghanistan There were…". Its names are no actors of the story.
_CITY = r"[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+)*"
_DATE = r"(?:,?\ [A-Z][a-z]{2,8}\.?\ \d{1,2}(?:,\ \d{4})?)?"  # " Oct. 2, 2004", ", Feb 19"
_SEGMENT = rf"""(?:(?:{_CITY}|[A-Z][a-z]+(?=,))(?:,\ [A-Z][\w.'’]+(?:\ [A-Z][\w.'’]+)*)?{_DATE}(?:\ \([^)\n]{{1,30}}\))?
             | (?:AP|AFP|Reuters|Xinhua|AFX|Canadian\ Press|[A-Z][a-z]+\ Press|Associated\ Press))"""
_BYLINE_LEAD = r"(?:By\ [A-Z][a-z]+(?:\ [A-Z][a-z.]+){1,2}\ )?"
# two-word states whose first word alone names none ("SEOUL, South Korea The…")
_SECOND_WORD = r"(?:(?<=South)|(?<=North)|(?<=United)|(?<=New)|(?<=Saudi)|(?<=Sri)|(?<=Costa)|(?<=El)|(?<=Sierra))\ [A-Z][a-z]+"
_DATELINE = re.compile(rf"""^\s*{_BYLINE_LEAD}(?:{_SEGMENT}\s*(?:--?|—|–)\s+){{1,2}}
                          | ^\s*[A-Z][A-Z ]+,\ [A-Z]{{3}}\ \d{{1,2}}\s*:\s
                          | ^\s*{_CITY},\ [A-Z][a-z]+(?:{_SECOND_WORD})?\ (?=[A-Z][a-z])""", re.VERBOSE)


def dateline_end(text: str) -> int:
    """Where a leading wire dateline ends (0 when there is none).

    >>> text = "KABUL (Reuters) - The United States has brokered a cease-fire."
    >>> text[dateline_end(text):]
    'The United States has brokered a cease-fire.'
    >>> dateline_end("US troops left Najaf - and then returned.")
    0
    """
    found = _DATELINE.match(text)
    return found.end() if found else 0
