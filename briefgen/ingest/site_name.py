"""The outlet a pasted page names in its own furniture: "About Harbour Post", "Harbour Post
Newsletter", "Why you can trust Harbour Post".

A paste has no metadata: the site's name is in its logo (a picture) and in the lines of its menus,
footer and sign-up boxes, which the cleaner drops. A name counts when lines of two different kinds
give it (an "About ..." link and a "... Newsletter" box, say): one kind alone is often a section or
an author ("About Ana Ruiz", "More from Ana Ruiz"), and a word of the page's service links
("Email", "Now") is no name. The words are :data:`..lang.en.page_furniture.SELF_NAMING_OPENERS`
and ``SELF_NAMING_TAILS``; the words that name no site ``NOT_SITE_NAMES``.

Of the 162 real and training pastes outside the held-out pages, 10 give a name by two kinds, each
the site the saved page's metadata names (8 of them had no outlet before; a held-out set of 9
pages was not read). It fires on pages only: the dev corpora are clean text with no page around it.
The footer's sentences about the site ("... is part of ...", "... is supported by its
audience", on a line of any length) and "Originally published on ..." name 2 more (a real page's
two pastes, a training page's lynx paste), each the site its metadata names. A menu's "Explore
Harbour Post" is a kind too: with the footer's "Harbour Post is part of ..." it names 2 training
pages (both the site their metadata names), none before.

A site that calls itself by its address, "Harbourpost.com", writes that name alone on a line of its
menu or under its logo and again in its copy ("Harbourpost.com is the leading ..."):
:func:`domain_outlet`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..lang.en.page_furniture import (
    NOT_SITE_NAMES,
    SELF_NAMING_OPENERS,
    SELF_NAMING_TAILS,
    SITE_ADDRESS_ENDINGS,
    SITE_LINK_WORDS,
)
from ..trace import fired

__all__ = ["domain_outlet", "self_named_outlet"]

_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w’'&.!-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z0-9][\w’'&.!-]*){0,3})"
_OPENER = re.compile(
    r"^(?P<kind>" + "|".join(re.escape(o) for o in SELF_NAMING_OPENERS) + r")\s+" + _NAME + r"\s*[.!:]?\s*$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    "^" + _NAME + r"\s+(?P<kind>" + "|".join(re.escape(t) for t in SELF_NAMING_TAILS) + r")\b", re.IGNORECASE
)
#: Glyphs and buttons a text browser puts before a menu's item: "• ", "□ ", "☆ ", "[Submit]".
_LEAD = re.compile(r"^[\s•□☆*·>–-]*(?:\[[^\]]*\])?\s*")
#: A subscription product named after the site: "Harbour Post Premium", "Harbour Post Plus".
_PRODUCT_TAIL = re.compile(r"\s+(?:Premium|Plus|Pro|Digital|Unlimited|Insider)$")
#: A name of a menu's line is at most this many words long.
_MAX_LINE_WORDS = 12


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold()).replace(" ", "")


def self_named_outlet(raw: str, author: str | None = None) -> str | None:
    """The site's name as lines of two kinds of its furniture give it (see the module), else None;
    never the byline's name, nor a subscription's last word ("... Premium"). Of several, the one
    the most kinds give (none on a tie); its spelling the one the page writes most often."""
    kinds: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for row in raw.splitlines():
        line = _LEAD.sub("", row).strip()
        if not line:
            continue
        long = len(line.split()) > _MAX_LINE_WORDS
        for rx in (_OPENER, _TAIL):
            m = rx.match(line)
            if m is None or (long and " " not in m["kind"].strip()):
                # a clause's tail may open a long line of the footer's prose ("Harbour Post is part
                # of Tarvel Media, which runs ..."); a menu's word may not ("Harbour Post App users
                # will ...")
                continue
            # (case-insensitive for the opener's words; the name itself must be capitalised)
            name = m["name"].strip(" .!:")
            words = name.casefold().split()
            if not name[:1].isupper() and not name[:1].isdigit():
                continue
            if all(w in SITE_LINK_WORDS or w in NOT_SITE_NAMES for w in words):
                continue  # "Contact Us", "Join Now", "Follow Email": a service link, no name
            name = _PRODUCT_TAIL.sub("", name) or name  # "Harbour Post Premium": the site's subscription
            key = _key(name)
            kinds[key].add(m["kind"].casefold())
            forms[key][name] += 1
    if author:
        kinds.pop(_key(author), None)
    named = sorted(((len(v), k) for k, v in kinds.items() if len(v) >= 2), reverse=True)
    if not named or (len(named) > 1 and named[1][0] == named[0][0]):
        return None  # none, or two names as well attested: which is the site's, the page does not say
    key = named[0][1]
    counts = forms[key]
    best = max(counts, key=lambda f: (counts[f], raw.count(f), len(f)))
    fired("header.self_named_outlet")
    return best


#: A site's name written as its address: a capital first, a dot, the domain's end ("Harbourpost.com",
#: "KelbyNews.co.uk"); not a part of a longer address or an e-mail's ("www.x.com", "desk@x.com").
_DOMAIN_NAME = re.compile(r"(?<![\w./@-])([A-Z][\w-]*\.(?:" + "|".join(SITE_ADDRESS_ENDINGS) + r"))(?![\w./@-])")
#: A paste names its site by its address at least this many times, one of them a line of its own.
_DOMAIN_TIMES = 3


def domain_outlet(raw: str) -> str | None:
    """The site's address written as its name ("Harbourpost.com"): the one a paste writes at least
    _DOMAIN_TIMES times, one of them alone on its line (a menu's item, a logo's text); None when no
    such name, or two. An address met once or twice is as often a link to another site ("Get a
    voucher at Kelbyshop.com").

    Coverage: 3 of the 171 pastes that named no outlet (2 real pages of one site and 1 training
    page, each the site the saved page's address names); with two times, 2 more sites and a
    voucher partner's address; none on the dev corpora, which are clean text."""
    counts = Counter(_DOMAIN_NAME.findall(raw))
    alone = {_LEAD.sub("", row).strip() for row in raw.splitlines()}
    names = [n for n, c in counts.items() if c >= _DOMAIN_TIMES and n in alone]
    if len(names) != 1:
        return None
    fired("header.domain_outlet")
    return names[0]
