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
from .cleaned import DATE
from .page_lines import LineInfo

__all__ = ["furniture_class", "is_image_placeholder", "never_headline"]

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
