"""Words of the page around an article (English): how a site talks to its reader.

Data only, read by the boilerplate classifier (``boilerplate.py``) and the comment
rule (``clutter.py``). A line full of these words addresses the reader about the
site (subscribe, comment, consent, follow us, commission); an article line tells
the news. Patterns match whole words, case-insensitively.
"""

from __future__ import annotations

import re

__all__ = ["READER", "SITE", "COMMENT_SECTION", "READER_NOTICES"]

#: The site speaking to its reader.
READER = re.compile(r"\b(?:you|your|yours|we|our|us)\b", re.IGNORECASE)

#: The site's own business: accounts, newsletters, comments, consent, ads, sharing, apps, and a
#: redesign's banner ("We have a new look! Tell us what you think in our short survey.": "survey"
#: and "new look" added for 1 real page's paste; a story's own survey has no "our" nor "you" twice).
SITE = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)s?|newsletters?|sign(?:ed)?\s+(?:up|in)|log\s*in|register|account|password|"
    r"comments?|commenting|reply|replies|consent|cookies?|privacy|personal\s+data|terms\s+of\s+(?:use|service)|"
    r"members?(?:hip)?|commissions?|affiliate|e-?mails?|inbox|notifications?|follow|share|download|app|apps|"
    r"advertis\w*|sponsored|click|website|browser|premium|paywall|podcasts?|unsubscribe|feedback|surveys?|new\s+look|"
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

#: The site's notices to its reader about the page itself, each a class seen on many sites, matched
#: anywhere in a short paragraph (see ``clutter.is_reader_notice``):
READER_NOTICES: dict[str, re.Pattern[str]] = {
    # "To read the full story, please subscribe to The Harbour Herald.", "Subscribe now to our
    # e-edition for the full article.": a paywall's teaser under the story's first paragraphs
    "paywall": re.compile(
        r"\bto\s+(?:view|read|see|access|continue)\s+(?:reading\s+)?the\s+(?:full|whole|rest\s+of\s+the)\s+"
        r"(?:story|article)\b.{0,60}\bsubscri|\bsubscribe\b.{0,60}\bfor\s+the\s+(?:full|whole)\s+(?:story|article)\b",
        re.IGNORECASE,
    ),
    # "Send us your letter to the editor.", "Submit a letter to the editor or write to ...": a call
    # in the imperative, at a sentence's start ("She wrote a letter to the editor" is a story's)
    "letters_call": re.compile(
        r"(?:^|[.!?]\s+)(?:please\s+)?(?:submit|send|write|email|e-mail)\s+(?:us\s+)?(?:your|a)\s+letters?\s+to\s+"
        r"the\s+editor\b",
        re.IGNORECASE,
    ),
    # "© 2024, Harbour Herald. This story is the copyrighted property of ... Written permission must
    # be obtained before reprint ...": a copyright mark and a year, then the terms of reprinting
    "reprint_terms": re.compile(
        r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b.{0,400}?"
        r"\b(?:permission|reprint\w*|republish\w*|copyrighted\s+property|may\s+not\s+be\s+(?:re)?produced)\b",
        re.IGNORECASE,
    ),
    # "Stay up to date with Harbour News. Subscribe to our newsletter.", "Get the latest updates
    # straight to your inbox with the Harbour newsletter.", "Never miss our top stories: sign up
    # by email", "You have already subscribed.": the newsletter's pitch, a call in the imperative; its
    # sign-up box's copy too ("Just enter your email in the form ...", "Each week we will send you
    # an email with ...", "You can unsubscribe whenever you like.")
    "newsletter": re.compile(
        r"(?:^|[.!?:]\s+)(?:then\s+)?(?:sign\s+up|subscribe|get|join)\b.{0,160}?\b(?:newsletters?|inbox)\b"
        r"|(?:^|[.!?]\s+)(?:simply\s+|just\s+)?(?:pop|enter|put|type|drop)\s+your\s+e-?mail\b"
        r"|\bwe(?:'ll|’ll|\s+will)\s+send\s+you\b.{0,80}?\be-?mails?\b|\byou\s+can\s+unsubscribe\b"
        r"|\bnever\s+miss\b.{0,100}?\b(?:newsletters?|inbox|sign(?:ing)?\s+up|by\s+e-?mail|subscrib\w*)\b"
        r"|^you(?:'ve|’ve|\s+have)\s+already\s+subscribed\b",
        re.IGNORECASE,
    ),
    # "As a Courier member you will have unlimited access to our archive", "Subscribe today to
    # receive:", "First-time members get a free Courier mug!", "If you are already a subscriber,
    # please sign in to keep reading.": a membership's pitch under a story, in the second person
    # ("The ferry pass gives unlimited access to the island routes" is a story's sentence)
    "membership": re.compile(
        r"\byou(?:'ll|’ll|\s+will)?\s+(?:get|enjoy|have)\s+unlimited\s+(?:digital\s+)?access\b"
        r"|^(?:join|subscribe|renew)(?:\s+or\s+(?:join|subscribe|renew))?\s+(?:now|today)\b"
        r"|\bfirst[-\s]time\s+(?:subscribers|members)\s+(?:also\s+)?(?:get|receive|enjoy)\b"
        r"|\byou(?:'re|’re|\s+are)\s+already\s+an?\s+(?:subscriber|member)\b",
        re.IGNORECASE,
    ),
    # "Follow the Harbour Wire's full coverage of the election at https://...", "Get our app for
    # continuing storm coverage on your phone", "Read more of our coverage here": a wire story's or a
    # site's call to read its other stories, in the imperative at the line's start
    "coverage_call": re.compile(
        r"^(?:follow|read|see|download|get|visit|find|check\s+out|catch\s+up\s+on)\b.{0,80}?"
        r"\b(?:full|more|latest|complete|live|ongoing|continuing|our)\s+(?:\w+\s+)?coverage"
        r"(?:\s+(?:of|at|on|here|in|from)\b|\s*[.:!]?\s*$)",
        re.IGNORECASE,
    ),
    # "We welcome your comments ... comments are moderated", "We ask that comments are civil and
    # free of libellous material": the rules of the readers' comments (a reader word is required)
    "comment_rules": re.compile(
        r"^(?=.*\b(?:we|our|us|you|your|please)\b)(?=.*\bcomments?\b)"
        r".*\b(?:moderat\w*|libel\w*|republish\w*|civil|off-topic|stick\s+to\s+the\s+topic)\b",
        re.IGNORECASE,
    ),
    # "Copied!", "Link copied to clipboard", "Sign-up Successful!": a share or sign-up widget's
    # status left in the page's text, the whole paragraph. Read after the classifier: taken out
    # before it, as a clutter line, it moved the classifier's verdict on lines nearby (a related
    # story's headline kept). Coverage: 1 of the 60 real pages (pasted; a blind review counted it
    # clutter in the text) and 1 training page (saved); it cannot take a sentence
    "widget_status": re.compile(
        r"^(?:link\s+)?copied(?:\s+to\s+(?:the\s+)?clipboard)?\s*!?$|^sign[\s-]*up\s+successful\s*!?$",
        re.IGNORECASE,
    ),
}
