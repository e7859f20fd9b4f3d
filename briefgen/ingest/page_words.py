"""Words of the page around an article (English): how a site talks to its reader.

Data only, read by the boilerplate classifier (``boilerplate.py``) and the comment
rule (``clutter.py``). A line full of these words addresses the reader about the
site (subscribe, comment, consent, follow us, commission); an article line tells
the news. Patterns match whole words, case-insensitively.
"""

from __future__ import annotations

import re

__all__ = ["READER", "SITE", "COMMENT_SECTION"]

#: The site speaking to its reader.
READER = re.compile(r"\b(?:you|your|yours|we|our|us)\b", re.IGNORECASE)

#: The site's own business: accounts, newsletters, comments, consent, ads, sharing, apps.
SITE = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)s?|newsletters?|sign(?:ed)?\s+(?:up|in)|log\s*in|register|account|password|"
    r"comments?|commenting|reply|replies|consent|cookies?|privacy|personal\s+data|terms\s+of\s+(?:use|service)|"
    r"members?(?:hip)?|commissions?|affiliate|e-?mails?|inbox|notifications?|follow|share|download|app|apps|"
    r"advertis\w*|sponsored|click|website|browser|premium|paywall|podcasts?|unsubscribe|feedback|"
    r"copyright|reprints?|permissions?|editor(?:ial)?\s+standards|contact\s+us)\b",
    re.IGNORECASE,
)

#: The line that opens a reader-comment section: "12 Comments", "Leave a Reply", "jdoe42 says:",
#: "3. reader_name says:", "Comments are closed.", a blog's "11 responses to “<title>”" and "One
#: thought on “<title>”"; everything below it is readers' text.
COMMENT_SECTION = re.compile(
    r"^(?:(?:\d{1,4}|one|no)\s+(?:comments?|responses?|replies|thoughts?)(?:\s+(?:on|to)\s+[“\"‘'].{0,160})?"
    r"|\d{1,4}\s+thoughts\s+on\b.{0,120}|comments?\s*(?:\(\d{1,5}\))?|"
    r"(?:leave|post|add|write)\s+a\s+(?:reply|comment|response)\b.{0,40}|comments\s+are\s+closed\.?|"
    r"(?:\d{1,4}\.\s*)?[\w.@'’-]{2,40}(?:\s[\w.@'’-]{1,20}){0,2}\s+(?:says|wrote|commented):)$",
    re.IGNORECASE,
)
