"""Classes of page furniture that stand near a headline, may be shaped like one, and never are one.

``headline.headline_candidates`` passes over a line of these classes (the model never scores it):

- ``site_link``: a service link of the footer or the account menu, made of the words of
  ``SITE_LINK_WORDS`` only ("Privacy and terms", "Advertise with us", "My Account Help Sign Out");
- ``site_promo``: a call to take one of the site's products ("Get the new mobile app today!",
  "Become a Example Times Partner", "Forgotten your password?", "Daily alerts to your inbox: click here");
- ``shopping_call``: a shop's call to buy, whole or after a kicker ("Grab the best early deals here",
  "Holiday sale: Snag these bargains now");
- ``notice``: a notice to the reader about the browser, scripts, cookies or consent, a sentence
  ("Looks like you're using a browser we don't support.");
- ``photo_credit``: a photographer or an agency after a slash, alone or after its caption
  ("Jo Park/Example Wire", "Crowds at the gate. Ana Ruiz / AP");
- ``image_placeholder``: what a text browser shows for a picture: bracketed file names, a file name
  and a word or two ("[crowd-at-gate-770x400]", "IMG_0042.jpg [IMG_0042,large.jpg]");
- ``code_line``: a line of program code or markup ("def parse(text, size):", '"name": "Inline - Ad",',
  '<iframe width="476" height="267" ...');
- ``form_field``: a text field as lynx draws it ("Search: ____________________ Go");
- ``post_meta``: the post's own data: who posted it, under which section, when ("Posted by Jo Park",
  "Posted inLocal News", "PUBLISHED: May 4, 2026 at 9:15 a.m. | UPDATED: May 5, 2026");
- ``article_sentence``: a sentence of the article itself (a line the classifier kept, eight words
  or more, in sentence case, ending with a full stop): the lede, not its headline.

The word lists are in :mod:`briefgen.lang.en.page_furniture`. Pages of pages_train / pages_dev
whose candidates a class passed over (2 pastings each): site_link 7 / 0, site_promo 12 / 0,
shopping_call 0 / 1 (kept for the reason below: an affiliate page's call to buy won over its
headline), notice
4 / 1, photo_credit 3 / 2, image_placeholder 30 / 17, code_line 4 / 0, form_field 8 / 3, post_meta
8 / 4, article_sentence 69 / 38; no line the page's ``<h1>`` or title holds among them. Service links,
promotions and code stand near the article on the training pages only (the dev pages are 2019 news
pages with their menus far above); they stay because a promotion taken for the headline is the
worst error a reader sees.

The lines that stand between a headline and its article are furniture too, whatever their shape
(:func:`is_meta_line`): a byline (:func:`is_byline`), a date, a label, a caption, a share bar,
breadcrumbs (:func:`link_trail`), widget text, a person's name alone (an author box). The
headline's candidates leave them out, and its features do not count them as headline-shaped.
"""

from __future__ import annotations

import re

from ..lang.en.page_furniture import (
    DEAL_NOUNS,
    NOTICE_TOPICS,
    PROMO_NOUNS,
    PROMO_VERBS,
    READER_WORDS,
    SHOPPING_VERBS,
    SITE_LINK_WORDS,
)
from ..trace import fired
from .cleaned import BYLINE_START, DATE, DATE_INSIDE, DATE_LINE
from .clutter import CREDIT_TAIL, is_clutter_line
from .page_lines import LineInfo

__all__ = [
    "BY_NAME",
    "furniture_class",
    "is_byline",
    "is_image_placeholder",
    "is_meta_line",
    "link_trail",
    "never_headline",
]

_WORD = re.compile(r"[\w&'’-]+")
_CLICK_HERE = re.compile(r"\b(?:click|register|sign\s*up)\s+here\b", re.IGNORECASE)
#: A notice ends its sentence; a pasted one may have its links' words run into its end
#: ("... please switch to a newer browser.EdgeSafari": the buttons under it).
_NOTICE_END = re.compile(r"[.!][\"'”’)]*(?:[A-Z][a-z]+){0,3}$")
#: "Jo Park/Example Wire", "Ana Ruiz / AP", or such a credit after the caption's last sentence: two to
#: four capitalised words (a name), a slash, one to three capitalised words (an agency), more slashes.
_CREDIT = re.compile(
    r"(?:^|[.!?]\s+)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){1,3}\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}"
    r"(?:\s?/\s?[A-Z][\w.&'’-]*){0,2}$"
)
#: (Bounded runs, from a word's start: a line of one long token, or of many "[", is read in linear time.)
_IMAGE_FILE = re.compile(r"(?<!\S)\S{0,500}?\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)\b\S*", re.IGNORECASE)
_BRACKETED_NAME = re.compile(r"\[[^\]\s]{0,500}\]|\[<[^\]]{0,500}\]")
_CODE = re.compile(
    r'^"[\w-]+"\s*:\s*\S'  # a JSON member: "name": "value",
    r"|^(?:def|class|function|var|let|const|import|return|public|private|static|void|func|fn|elif|else)\b"
    r"[^.!?]*[:{;)]$"  # a statement opening with a keyword, in lower case, ending like code
    r"|<[a-z]+\s+[\w-]+=",  # a tag with an attribute: <iframe width="476" ...
)
_FORM_FIELD = re.compile(r"_{4,}")
#: "Posted by ...", "Posted inNews" (the link glued on), "Filed under ...".
_POSTED = re.compile(r"^(?:posted|published|written|filed)\s*(?:by|in|on|under)(?:\b|(?=[A-Z]))", re.IGNORECASE)
#: "Published: <date>", "UPDATED: <date> at <time>", "Written: 2026-05-04 10:05": a time stamp with a date in it.
_STAMP = re.compile(r"^(?:published|updated|posted|written|last\s+updated|first\s+published|modified)\b", re.IGNORECASE)
_ANY_DATE = re.compile(DATE, re.IGNORECASE)


def _words(body: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(body)]


def _site_link(words: list[str]) -> bool:
    return 2 <= len(words) <= 8 and all(w in SITE_LINK_WORDS for w in words)


def _site_promo(body: str, words: list[str]) -> bool:
    if not 2 <= len(words) <= 10 or not any(w in PROMO_NOUNS for w in words):
        return False
    return words[0] in PROMO_VERBS or bool(_CLICK_HERE.search(body))


def _shopping_call(body: str) -> bool:
    """ "Grab the best early deals here", "Holiday sale: Snag these bargains now": a call to buy,
    whole or after a kicker and a colon."""
    words = _words(body.rsplit(": ", 1)[-1])
    return 2 <= len(words) <= 12 and words[0] in SHOPPING_VERBS and any(w in DEAL_NOUNS for w in words)


def _notice(body: str, words: list[str]) -> bool:
    return (
        len(words) <= 40
        and bool(_NOTICE_END.search(body))
        and any(w in NOTICE_TOPICS for w in words)
        and any(w in READER_WORDS for w in words)
    )


def is_image_placeholder(body: str) -> bool:
    """What a text browser shows for a picture: bracketed file names, a file name and a word or
    two ("[crowd-at-gate-770x400]", "IMG_0042.jpg [IMG_0042,large.jpg]", "cdn.example/a1.jpg")."""
    files = _IMAGE_FILE.findall(body)
    rest = _IMAGE_FILE.sub(" ", _BRACKETED_NAME.sub(" ", body))
    if rest.strip() == body.strip():
        return False
    left = len(_WORD.findall(rest))
    return left == 0 or (bool(files) and left < 3)


def _article_sentence(line: LineInfo, kept: bool) -> bool:
    return kept and line.words >= 8 and line.terminal and line.body[-1:] == "." and line.capital_ratio < 0.5


def furniture_class(line: LineInfo, kept: bool = False) -> str | None:
    """The class of page furniture ``line`` belongs to (see the module's doc), or None.
    ``kept``: the line classifier kept the line as the article's."""
    body = line.body
    words = _words(body)
    if _site_link(words):
        return "site_link"
    if _site_promo(body, words):
        return "site_promo"
    if _shopping_call(body):
        return "shopping_call"
    if _notice(body, words):
        return "notice"
    if _CREDIT.search(body):
        return "photo_credit"
    if is_image_placeholder(body):
        return "image_placeholder"
    if _CODE.search(body):
        return "code_line"
    if _FORM_FIELD.search(body):
        return "form_field"
    if _POSTED.match(body) or (_STAMP.match(body) and _ANY_DATE.search(body)):
        return "post_meta"
    if _article_sentence(line, kept):
        return "article_sentence"
    return None


def never_headline(line: LineInfo, kept: bool = False) -> bool:
    """True when ``line`` is page furniture that is never the headline; the rule fires as ``headline.<class>``."""
    name = furniture_class(line, kept)
    if name is not None:
        fired("headline." + name)
    return name is not None


#: Words of the furniture around a headline: share bars, photo credits, author boxes, wire slugs.
_META_WORDS = re.compile(
    r"^(?:share|tweet|follow|e-?mail|print|save)\b|\b(?:image|photo)\s+(?:copyright|credit)|\b(?:copyright|getty|"
    r"shutterstock|editorial\s+staff|staff\s+writer|writethru|subscribe|newsletter|sign\s+(?:in|up)|log\s*in|"
    r"advertisement)\b|@\w|\b\d+\s*(?:min|hours?|days?)\s+(?:ago|read)\b|\s/\s\d+\s*(?:min|hours?|days?)\b",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|e-?mail|google\+?|flipboard)\b", re.IGNORECASE
)
#: A line that is a person's name alone ("Jo Park", "Ana María de la Cruz"): an author box.
_NAME_ONLY = re.compile(
    r"^(?!(?:The|A|An|How|Why|What|When|Where|Who|This|These|Our|Your|My)\s)"
    r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|del|la|van|von|bin|al)){1,3}$"
)
#: Text of page widgets as text browsers show them: buttons, frames, form controls, navigation toggles.
_WIDGET = re.compile(
    r"\((?:BUTTON|IMAGE)\)|\bIFRAME:|\[INS\b|toggle\s+navigation|navigation\s+menu|\[[ _]*\]", re.IGNORECASE
)


def is_meta_line(line: LineInfo, above: LineInfo | None = None, fewest_words: int = 3) -> bool:
    """A line that stands between a headline and its article: byline, date, label, caption, share bar,
    breadcrumbs, or the value of a label line above it ("Author:" / "Jo Park"); a line of fewer
    than ``fewest_words`` words (a label: "Social Share", "Editors Pick")."""
    body = line.body
    return (
        (above is not None and above.body.endswith(":") and above.words <= 3)
        or link_trail(body)
        or bool(_WIDGET.search(body))
        or line.words < fewest_words
        or bool(DATE_LINE.match(body))
        or (line.words <= 10 and bool(DATE_INSIDE.search(body)))
        or is_byline(line)
        or is_clutter_line(body)
        or bool(CREDIT_TAIL.search(body))
        or (body.isupper() and line.words <= 4)
        or bool(_META_WORDS.search(body))
        or len(_SOCIAL.findall(body)) >= 2
        or (_name_only(body) and (fewest_words > 2 or line.words > 2))
    )


#: "By" or "From" and a capitalised name: "By Jo Park", "From Example Wire".
BY_NAME = re.compile(r"^(?i:by|written\s+by|words\s+by|from)\b[:\s]\s*[A-Z@]")


def is_byline(line: LineInfo) -> bool:
    """A byline: "By Jo Park", or a short line opening with "by" ("by admin - 2018-09-16"); not a
    sentence that opens with the same words ("By the time ...", "From the day ...")."""
    return bool(BYLINE_START.match(line.body)) and (line.words <= 8 or bool(BY_NAME.match(line.body)))


def link_trail(text: str) -> bool:
    """A trail of links: breadcrumbs ("Home » News » Business"), feed links, "a / b / c" paths."""
    return text.count("»") >= 2 or text.count("›") >= 2 or text.count(">") >= 2 or text.count(" / ") >= 2


def _name_only(body: str) -> bool:
    """A person's name alone (an author box): two capitalised words, or more when the first is a
    known given name ("Ana María de la Cruz"); a short title-case headline is not one."""
    if not _NAME_ONLY.match(body):
        return False
    from ..lang.en.given_names import given_name_gender

    return len(body.split()) == 2 or given_name_gender(body) is not None
