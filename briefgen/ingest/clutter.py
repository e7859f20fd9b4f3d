"""Classes of page clutter, as patterns over whole lines.

Each pattern describes a class seen across news sites (notices, share bars,
comment widgets, loaders, ads, captions and credits, newsletter prompts), not
the wording of one page. Patterns are anchored to the whole line and the line
must be short, so an article sentence that mentions the same words stays.
The patterns of captions and credits are in :mod:`.captions`, the boxes of links
and the author boxes' bios in :mod:`.page_boxes`; this module names them for its
callers too.

Rules report when they fire (``clutter.*``, see ``briefgen.trace``).
"""

from __future__ import annotations

import re

from ..trace import fired
from .captions import (
    CAPTION_PREFIX,
    CREDIT_LINE,
    CREDIT_TAIL,
    MAX_CAPTION_ABOVE_CREDIT_WORDS,
    MAX_CAPTION_WORDS,
    agency_credits,
    captions_over_maker_credits,
)
from .page_boxes import drop_author_bios, link_boxes
from .page_words import READER_NOTICES

__all__ = [
    "NOTICE_PREFIX",
    "CAPTION_PREFIX",
    "CREDIT_TAIL",
    "CREDIT_LINE",
    "MAX_CAPTION_WORDS",
    "is_clutter_line",
    "is_reader_notice",
    "is_look_alike_text",
    "drop_captions_above_credits",
    "drop_author_bios",
    "link_boxes",
    "captions_over_maker_credits",
]

_I = re.IGNORECASE

# Notices that a page shows before its content; they may be glued to the next line.
_NOTICES = [
    # "(please) ensure/enable/turn on JavaScript ... for (website) accessibility / this site / ...":
    # lazily up to the first word that ends such notices, since a headline may follow unspaced
    r"(?:please\s+)?(?:ensure|make\s+sure|check|enable|turn\s+on|activate|allow)\s+(?:that\s+)?java\s*script\b"
    r"[^.!|\n]{0,80}?(?:accessibility|experience|functionality|properly|correctly|browser|"
    r"(?:this|our)\s+(?:web\s*site|site|page))[.!]?",
    r"(?:you\s+need\s+to|please)\s+enable\s+javascript(?:\s+(?:to|in)\s+[\w\s]{1,40}?)?[.!]?",
    r"javascript\s+(?:is\s+)?(?:disabled|required)[.!]?",
    r"(?:this|our)\s+(?:web\s*site|site)\s+uses\s+cookies[^.]{0,160}\.?",
    r"we\s+use\s+cookies[^.]{0,160}\.?",
    r"skip\s+to\s+(?:main\s+)?(?:content|navigation)",
    r"close\s+alert",
]
NOTICE_PREFIX = re.compile(r"^(?:" + "|".join(_NOTICES) + r")\s*", _I)

_SHARE_WORDS = (
    r"facebook|twitter|x|email|e-mail|mail|linkedin|whatsapp|reddit|pinterest|print|share|shares|"
    r"icon|copy|link|copied|tweet|messenger|sms|flipboard|telegram|bluesky|threads|save|gift|"
    r"this|article|on|via|the|story|url"
)
_SHARE_BAR = re.compile(rf"^(?:(?:{_SHARE_WORDS})[\s|·•/,:-]*){{1,16}}$", _I)
_SHARE_WORD = re.compile(r"share|tweet|facebook|linkedin|whatsapp|email|print|copy\s+link", _I)

# Comment widgets: a few words of their vocabulary, counters and brackets ("12 comments",
# "Comment icon", "Join the discussion (0)", "View comments").
_COMMENT_WORDS = (
    r"comments?|bubble|icon|count|counter|view|show|hide|leave|add|post|read|join|the|a|our|"
    r"conversation|discussion|thread|reply|replies|\d+"
)
_COMMENT_BAR = re.compile(rf"^(?:(?:{_COMMENT_WORDS})[\s()\[\]|·•:,-]*){{1,8}}$", _I)
_COMMENT_WORD = re.compile(r"comment|conversation|discussion|repl(?:y|ies)", _I)

_PLATFORM = r"(?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|snapchat|mastodon)"
_WHOLE_LINE = [
    r"[\W\d_]*",  # bare counters and brackets: "0", "(", ")", "|", "12"
    r"close(?:\s+(?:alert|menu|ad|window|x))?",
    r"(?:main\s+)?menu|search|sign\s*in|log\s*in|sign\s*up|subscribe(?:\s+now)?|register|account|home",
    r"advertisement|advert|ad|ads|sponsored(?:\s+content)?|paid\s+content|promoted(?:\s+stories)?",
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?",
    r"loading(?:\s*(?:\.\s*){1,3}|\s*…)?",
    r"(?:read|show|see|view|load)\s+(?:more|less|all)(?:\s+\w+){0,3}",
    r"continue\s+reading(?:\s+\w+){0,4}",
    r"(?:also\s+)?(?:read|see|watch)(?:\s+(?:more|also|next))?\s*:.{0,160}",
    r"listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s+[\d:]+\s*(?:min(?:utes?)?)?)?",
    r"(?:\d+\s+)?min(?:ute)?s?\s+read",
    r"(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+[\w\s’'-]{0,40}newsletters?[.!]?",
    r"(?:follow|like)\s+us\s+on\s+[\w\s,]{1,40}",
    # "For the latest stories download our apps.", "Get the Harbour News app for iOS and Android."
    # (a call to get the app alone is headline furniture: headline_furniture.py passes over it)
    r"for\s+(?:the\s+)?(?:latest|more)\b.{0,80}?\s+(?:download|get|install)\s+(?:the|our)\s+[\w\s’'-]{0,40}?"
    r"\bapps?\b.{0,80}",
    r"(?:download|get|install)\s+(?:the|our)\s+[\w\s’'-]{0,40}?\bapps?\s+(?:for|on|from)\s+(?:ios|android|iphone|"
    r"the\s+app\s+store|google\s+play).{0,60}",
    # "Follow @TarvelDeals on Twitter to keep up ...", "Follow Newsdesk on Instagram, Facebook and X."
    rf"follow\s+(?:@[\w.]+|[\w.&'’-]+(?:\s+[\w.&'’-]+){{0,3}})\s+on\s+{_PLATFORM}(?:\s*(?:,|and|&)\s*{_PLATFORM})*"
    r"\s*(?:[.!]|\s+(?:to|for)\s.{0,400})?",
    r"click\s+here\b.{0,80}",
    r"(?:related|recommended|more\s+from\s+[\w\s]{1,30}|trending|most\s+(?:read|popular)|you\s+may\s+(?:also\s+)?like|top\s+stories)\s*:?(?:\s.{0,100})?",
    r"(?:copyright|©)\s*(?:\d{4}\s*)?.{0,120}?(?:all\s+rights\s+reserved\.?)?",
    r"this\s+material\s+may\s+not\s+be\s+published,?\s+broadcast,?\s+rewritten,?\s+or\s+redistributed\.?",
    r"(?:accept|reject|manage)\s+(?:all\s+)?(?:cookies|preferences|settings)",
    r"cookie\s+(?:policy|settings|preferences|notice)",
    r"(?:image|photo|media|video)\s+(?:caption|source|credit)s?(?:\s*[,:].{0,80})?",
    r"(?:getty\s+images|reuters|ap\s+photo|afp|epa|shutterstock)(?:\s*[/,].{0,60})?",
    r"(?:watch|video|play\s+video|now\s+playing|replay)\s*:?(?:\s.{0,60})?",
    r"back\s+to\s+top|top\s+of\s+page|scroll\s+(?:down|to\s+continue)",
    r"(?:previous|next)\s+(?:article|story|page|slide)(?:\s*:.{0,100})?",
    r"tags?\s*:.{0,120}|topics?\s*:.{0,120}|filed\s+under\s*:?.{0,120}",
    r"report\s+(?:an?\s+)?(?:error|typo|correction)(?:\s+or\s+(?:an?\s+)?(?:error|typo|correction))?|send\s+us\s+a\s+tip",
    # a bare address on its own line: the page's own link printed above the story, a post's
    # link under a quoted social post; no sentence of prose is an address alone. coverage: 1 of
    # the 53 English real pages and 1 training page, pasted; kept: it cannot take prose
    r"<?(?:https?://|www\.)[^\s<>]+>?",
]
_WHOLE = re.compile(r"^(?:" + "|".join(_WHOLE_LINE) + r")$", _I)

#: A page's tools and the messages of its e-mail form, printed where the page shows them, with or
#: without a list item's mark ("- Order Reprints", "• Reprints & Permissions", "- Print Article",
#: "An error occurred. Reload the page to retry.", "This story has been e-mailed to", a form's
#: "Thank you" without a stop: a speaker's "Thank you." has one), and the writer's address under
#: the story ("Write to Ana Roe at ana.roe@example.com"). Coverage: 4 of the 60 real pages and 2
#: training pages show such lines; 1 real page (saved and pasted) kept them in its text, a blind
#: review's blocker.
_PAGE_TOOLS = re.compile(
    r"^(?:[-*•]\s+)?(?:"
    r"(?:order\s+)?reprints?(?:\s*(?:&|and)\s*permissions)?|print\s+(?:this\s+)?(?:article|story|page)"
    r"|(?:an?\s+)?(?:unexpected\s+)?error\s+(?:has\s+)?occurred\b.{0,80}"
    r"|this\s+(?:article|story|page)\s+has\s+been\s+(?:sent|shared|e-?mailed)(?:\s+(?:to|with)\b.{0,60})?"
    r"|thank\s+you(?:\s+for\s+[\w\s’'-]{1,40})?!?"
    r"|(?:write|e-?mail|contact)\s+(?:to\s+)?(?:the\s+(?:author|writer|reporter)|[\w.'’-]+(?:\s+[\w.'’-]+){0,3})"
    r"\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    r")$",
    _I,
)

_MAX_CLUTTER_WORDS = 24


#: A paragraph that opens on a call to follow a handle or the outlet on a platform ("Follow
#: @TarvelDeals on X to keep up ...", "Follow The Harbour Herald's opinion desk on Facebook,
#: Twitter (@HHopinion) and Instagram."): the site's promotion, whatever shop notices and contact
#: addresses run on after it in the same paragraph. The handle form and the whole-line form above
#: fire on 2 of the 60 real pages; the name of up to six words on 1 real page more and 1 training
#: page (the outlet's own name, a handle after the platform). Kept: sign-off reviews found the
#: platform of such a line shown as an actor or a place, and no sentence of a story opens so.
_FOLLOW_HANDLE = re.compile(
    rf"^follow\s+(?:@[\w.]+|(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){{0,5}})\s+on\s+{_PLATFORM}\b", _I
)

#: The longest paragraph read as the site's notice to its reader (below).
_MAX_NOTICE_WORDS = 80


#: A word that mixes Latin letters with look-alike letters of another script (Cyrillic, Armenian,
#: fullwidth Latin): "Аdvеrtіѕе" with Cyrillic "А", "е", "і", "ѕ".
_LOOK_ALIKE = "\u0400-\u04ff\u0530-\u058f\uff21-\uff5a"
#: (From a word's start only: a long run of letters is read once, in linear time.)
_MIXED_SCRIPT_WORD = re.compile(
    rf"(?<![\w{_LOOK_ALIKE}])(?=[\w{_LOOK_ALIKE}]*[a-zA-Z])(?=[\w{_LOOK_ALIKE}]*[{_LOOK_ALIKE}])"
    rf"[\w{_LOOK_ALIKE}]+"
)


def is_look_alike_text(line: str) -> bool:
    """A paragraph written with look-alike letters: a word that mixes Latin letters with Cyrillic,
    Armenian or fullwidth ones. Spam comments and ads write so to pass filters; no story writes a
    word in two scripts. Read, as the notices are, after the page's classifier. Coverage: 1 of the
    111 training pages (all three inputs: an ad whose "Веlіzе" was shown as a place, a blocker of
    the sign-off review; another page's spam comments so written, the classifier drops already),
    none of the 60 real pages nor any dev article; kept: it cannot take a story's line."""
    if _MIXED_SCRIPT_WORD.search(line):
        fired("clutter.look_alike_letters")
        return True
    return False


#: A share or comment counter, a list item in an extractor's text: "- 75,345 shares", "1.2k comments".
_COUNTER = re.compile(r"^(?:[-•*]\s*)?\d[\d.,]*\s*[km]?\s+(?:shares?|comments?|views?|likes?|reads?)$", _I)


def is_reader_notice(line: str) -> bool:
    """The site's notice to its reader about the page (``page_words.READER_NOTICES``): a paywall's
    "to read the full story, subscribe", a call for letters to the editor, a copyright line with
    its terms of reprinting, the rules of the comments, a newsletter's pitch; or a counter of
    shares or comments. A short paragraph, not a quotation (a speaker may talk of comments and
    permissions). Read on the paragraphs a page's classifier kept, after it: the classifier was
    trained on pages with these lines among their neighbours, and taking them out before it moved
    its verdict on lines nearby (a kids' jokes page lost eleven of its jokes). Coverage (the 60
    real pages and 111 training pages; no dev article): the paywall's line 3 training pages of 2
    sites, the letters call 2 of 2 sites, the reprint terms and the comment rules 1 each, the
    newsletter's pitch 1 real page and 6 training pages (its sign-up box's copy 1 training page
    more, all three inputs: a regional chain's blurb that a blind review saw in the JSON text), a
    counter 1 training page; the call to read more coverage 1 real page (saved: a wire story's
    line) and 1 training page (both pastes: an app's pitch). Kept: the sign-off review counted these lines in a brief's text as
    clutter, and no story's sentence reads so (tests/test_ingest.py holds sentences about
    comments, letters, reprints and unsubscribing that stay)."""
    if _COUNTER.match(line):
        fired("clutter.counter")
        return True
    if line[:1] in "\"“‘'«" or len(line.split()) > _MAX_NOTICE_WORDS:
        return False
    for name, pattern in READER_NOTICES.items():
        if pattern.search(line):
            fired(f"clutter.notice_{name}")
            return True
    return False


#: The fewest words a line's opening repeats right after itself to be a widget's doubled title.
_DOUBLED_MIN_WORDS = 5
#: The longest line read as such an item: a widget's title and description, not a paragraph.
_DOUBLED_MAX_WORDS = 80


def _doubled(line: str) -> bool:
    """The line's opening words come again right after themselves: "- Ferry strike ends after
    talks Ferry strike ends after talks as union and owners agree Harbour News". A related-video
    or related-story widget prints an item's title and then its description, which repeats the
    title; a photo's caption and its alternative text do the same. No sentence of prose repeats
    its own first five words at once. Fires on 7 of the 60 real pages as pasted (lists of
    related stories) and 2 of the 111 training pages (a video widget's three items inside a
    story's body, a gallery caption), on no dev article; kept: the widget's names were shown as
    actors (a blocker of the sign-off review), and it cannot take prose."""
    words = line.lstrip("-•*· ").split()
    if len(words) > _DOUBLED_MAX_WORDS:
        return False  # a paragraph, not a widget's item
    return any(
        words[:n] == words[n : 2 * n] and not words[n - 1].endswith(".")  # a sentence said twice is prose
        for n in range(len(words) // 2, _DOUBLED_MIN_WORDS - 1, -1)
    )


#: A notice of the terms a copy of the story may be used on, with its reprint offer: "This article
#: is for your personal and non-commercial use only. Reprints for your team: ...".
#: Publishers print it at the top of every story (a paste of the page or its print view holds it);
#: longer than a clutter line, it is matched whole. Coverage: 1 of the 60 real pages; kept: it
#: opened that page's brief, above the headline, which it also hid.
_USE_NOTICE = re.compile(
    r"^(?:this|the)\s+(?:copy|article|story|content|material)\s+is\s+(?:intended\s+)?for\s+(?:your\s+)?"
    r"personal(?:,|\s+and)?\s+non-?\s?commercial\s+use(?:\s+only)?\b[^\n]{0,300}$",
    _I,
)


#: A link's arrow at a line's end, after a space: "Compare ferry fares in two minutes »", "Read more ›".
_LINK_ARROW = re.compile(r"\s[»›→]$")


def is_clutter_line(line: str) -> bool:
    """True when the whole line belongs to a clutter class."""
    if _USE_NOTICE.match(line):
        fired("clutter.use_notice")
        return True
    if _FOLLOW_HANDLE.match(line):
        fired("clutter.follow_handle")
        return True
    if _doubled(line):
        fired("clutter.doubled_text")
        return True
    if len(line.split()) > _MAX_CLUTTER_WORDS:
        return False
    if _LINK_ARROW.search(line) and "«" not in line:
        # "Compare ferry fares in two minutes »", "Read the full report ›": a link's arrow ends it, where a sentence ends with its stop (a
        # guillemet closing a quotation has its opening one). Fires on lines of 6 of the 60 real
        # pages and changes the text of 1 (both pastes: an advertiser's box shown as an
        # unattributed quote; the others' arrow lines go with the page around the story anyway)
        fired("clutter.link_arrow")
        return True
    if _PAGE_TOOLS.match(line):
        fired("clutter.page_tools")
        return True
    if _WHOLE.match(line):
        fired("clutter.whole_line")
        return True
    if NOTICE_PREFIX.fullmatch(line):
        fired("clutter.notice")
        return True
    if _COMMENT_BAR.match(line) and _COMMENT_WORD.search(line):
        fired("clutter.comment_bar")
        return True
    if _SHARE_BAR.match(line) and _SHARE_WORD.search(line):
        fired("clutter.share_bar")
        return True
    return False


def _caption_repeated_with_credit(above: str, line: str) -> bool:
    """``line`` is the line ``above`` (three words or more) with a photo credit after it."""
    if len(above.split()) < 3 or not line.startswith(above) or len(line) == len(above):
        return False
    tail = line[len(above) :].strip()
    return bool(CREDIT_TAIL.search(line) and not CREDIT_TAIL.search(above)) or bool(
        CREDIT_LINE.match(tail) or _WHOLE.match(tail)
    )


def drop_captions_above_credits(raw: str) -> str:
    """``raw`` with every credit line, and the short caption right above it, made blank.

    A page prints a photo's caption and, on the next line, its credit; the credit
    is clutter by itself, and so is the caption it signs.
    """
    lines = raw.split("\n")
    agency = agency_credits(lines)
    previous = None  # index of the last non-blank line
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if previous is not None and _caption_repeated_with_credit(lines[previous].strip(), text):
            # "Voters queue in Selm." then "Voters queue in Selm.Credit...Jo Park/The Daily
            # Example": the page prints a caption twice, the second time signed; both go.
            # coverage: 6 of the 60 real pages and 4 training pages, of 5 sites' templates
            fired("clutter.caption_repeated_with_credit")
            lines[previous] = lines[i] = ""
            previous = None
            continue
        if i in agency or (len(text.split()) <= 14 and CREDIT_LINE.match(text)):
            fired("clutter.credit_line")
            lines[i] = ""
            longest = MAX_CAPTION_WORDS if i in agency else MAX_CAPTION_ABOVE_CREDIT_WORDS
            if previous is not None and len(lines[previous].split()) <= longest:
                fired("clutter.caption_above_credit")
                lines[previous] = ""
            previous = None
            continue
        previous = i
    return "\n".join(lines)
