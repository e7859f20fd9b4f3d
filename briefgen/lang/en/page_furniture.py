"""Words of the page furniture that stands around a headline on a pasted page and is never one.

A site prints its service links (footer, account menu), calls to buy or join its products
(app, newsletter, print edition), and notices about the reader's browser, cookies and
consent on every page; a text browser shows them as lines of their own, some shaped like a
headline. ``briefgen.ingest.headline_furniture`` reads these lists (case-folded whole words).
"""

from __future__ import annotations

__all__ = [
    "DEAL_NOUNS",
    "PLATFORM_HOSTS",
    "NOTICE_TOPICS",
    "PROMO_NOUNS",
    "PROMO_VERBS",
    "READER_WORDS",
    "SHOPPING_VERBS",
    "SITE_LINK_WORDS",
    "SELF_NAMING_OPENERS",
    "SITE_ADDRESS_ENDINGS",
    "SELF_NAMING_TAILS",
    "NOT_SITE_NAMES",
    "SITE_GREETINGS",
    "PAGE_PARTS",
    "PAGE_PLACING_VERBS",
    "PAGE_SIGNPOSTS",
    "PAGE_SIGNPOST_VERBS",
    "ADVERTISING_WORDS",
    "SITE_WE_WORDS",
    "PHOTO_POSITION",
    "CONTACT_DETAIL",
    "STAFF_CREDIT",
    "REFERENCE_ENTRY",
    "AUTHOR_BIO_VERBS",
    "AUTHOR_LINE_LABELS",
    "LINK_BOX_LABELS",
    "OUTLET_LAST_WORDS",
    "WRITER_WORDS",
    "WRITER_NOUNS",
]

#: Every word of a site's service link: "Privacy and terms", "Advertise with us", "Contact Us",
#: "My Account Help Sign Out", "Online tracking choices", "Terms of Use". A line made of
#: these words only is a link of the footer or the account menu.
SITE_LINK_WORDS: frozenset[str] = frozenset(
    """
    about us contact privacy policy policies terms conditions condition of use service services and & cookie
    cookies notice notices settings setting preferences choices tracking online advertise advertising with
    careers jobs work for sitemap site map accessibility help faq faqs feedback legal disclaimer
    account accounts log login logout sign in out up my your manage subscriptions subscription
    newsletter newsletters rss feeds feed do not sell share personal information data corrections
    clarifications complain complaints how to ethics code conduct press media kit licensing permissions
    reprints archives archive close search box this terms-of-use e-edition
    """.split()
)

#: Verbs that open a call to take one of the site's products: "Get the app", "Become a partner".
PROMO_VERBS: frozenset[str] = frozenset(
    """
    get download install try join become subscribe sign register donate give send submit manage adjust
    forgot forgotten upgrade unlock learn
    """.split()
)

#: Verbs that open a shop's call to buy ("Grab these early deals here", "Snag a bargain today"); not
#: "shop" or "buy", which open news headlines as nouns and in "buy now, pay later".
SHOPPING_VERBS: frozenset[str] = frozenset("grab snag score save get".split())

#: What such a call offers.
DEAL_NOUNS: frozenset[str] = frozenset("deal deals bargain bargains discount discounts coupon coupons".split())

#: The site's products and services that such a call names: its app, its newsletters, its editions,
#: its membership, a gift subscription, a news tip, the reader's account.
PROMO_NOUNS: frozenset[str] = frozenset(
    """
    app apps e-edition edition editions inbox newsletter newsletters alerts notifications partner partners
    member members membership subscriber subscribers subscription subscriptions gift tip letters password
    account access size policies registered
    """.split()
)

#: What a notice of the site is about: the reader's browser, scripts, cookies, consent.
NOTICE_TOPICS: frozenset[str] = frozenset(
    "browser browsers javascript cookie cookies consent agree agreeing adblocker ad-blocker".split()
)

#: Words of a notice speaking to the reader ("Your browser is not supported.", "Please enable ...").
READER_WORDS: frozenset[str] = frozenset("you your you're you’re please sorry".split())


#: Host names of the platforms a page links to for sharing, sign-in, video and fonts: a page's
#: "Twitter" or "Google" line that matches one of them is a share button, not the site's banner.
PLATFORM_HOSTS: frozenset[str] = frozenset(
    """
    twitter facebook google instagram youtube linkedin pinterest whatsapp reddit tiktok snapchat telegram
    tumblr flickr vimeo apple microsoft amazon wordpress blogspot blogger gravatar disqus feedburner
    medium substack mailchimp spotify soundcloud github gmail yahoo outlook bing wikipedia
    """.split()
)


#: Openings of a site's lines that name the site itself: "About Harbour Post", "Why you can trust
#: Harbour Post", "Subscribe to Harbour Post" (menus, footers, sign-up boxes).
SELF_NAMING_OPENERS: tuple[str, ...] = (
    "about",
    "search",
    "subscribe to",
    "follow",
    "support",
    "why you can trust",
    "more from",
    "sign up for",
    "advertise with",
    "advertise on",
    "contact",
    "download the",
    "get the",
    "join",
    "originally published on",
    "originally appeared on",
    "explore",
)
#: The endings of a site's address written as its name ("Harbourpost.com", "KelbyNews.co.uk"), in
#: regular-expression form (dots escaped), the longer before the shorter they begin.
SITE_ADDRESS_ENDINGS: tuple[str, ...] = (
    r"com\.au",
    r"com",
    r"net",
    r"org",
    r"info",
    r"news",
    r"co\.uk",
    r"co\.in",
    r"co\.nz",
    r"ph",
    r"ie",
    r"ca",
    r"in",
)
#: Words after the site's name on such a line: "Harbour Post Newsletter", "Harbour Post is part of
#: Tarvel Media", "Harbour Post is supported by its audience".
SELF_NAMING_TAILS: tuple[str, ...] = (
    "newsletter",
    "newsletters",
    "is part of",
    "is supported by",
    "is a registered trademark",
    "is a trademark",
    "app",
)
#: Words after such an opening that name no site: "Join Now", "Follow Email", "More from Local".
NOT_SITE_NAMES: frozenset[str] = frozenset("the now email local today free here more all news".split())

#: How a site greets or thanks its reader at the head of a sentence: "Welcome to the Harbour
#: Week, our look back at ...", "Thanks for reading the Coast Herald." Never a news sentence's opening.
SITE_GREETINGS: tuple[str, ...] = (
    "welcome to",
    "welcome back",
    "thanks for reading",
    "thank you for reading",
    "thanks for visiting",
    "thank you for visiting",
)
#: How a page points at its own next part before the writer says what it does there: "Below, we
#: look at ...", "In this article, I'll explain ...", "In the following sections, we compare ...".
PAGE_SIGNPOSTS: tuple[str, ...] = (
    "below",
    "above",
    "here",
    "in this article",
    "in this post",
    "in this piece",
    "in this guide",
    "in this tutorial",
    "in this review",
    "in this story",
    "in this video",
    "in this episode",
    "in this section",
    "in the following",
    "in the next",
)
#: Things of a page that its text points at by place ("the video below", "the table above"): what
#: a key point, read apart from the page, cannot show.
PAGE_PARTS: frozenset[str] = frozenset(
    "link links image images video videos table tables chart charts list map graphic graphics picture "
    "pictures photo photos scheme example examples code letter form figure graph tweet tweets post clip "
    "gallery slideshow infographic screenshot screenshots diagram section".split()
)
#: Participles that place a thing on the page ("described below", "shown above").
PAGE_PLACING_VERBS: frozenset[str] = frozenset(
    "shown described listed given outlined mentioned discussed detailed explained illustrated linked "
    "embedded pictured".split()
)
#: What the writer does in the part a signpost points at: "we look at", "I'll explain".
PAGE_SIGNPOST_VERBS: frozenset[str] = frozenset(
    "look analyze analyse explain cover show list examine review outline discuss compare present "
    "answer break walk take round rank test share describe detail summarize summarise".split()
)
#: The site's business with advertisers, which its disclosures speak of ("We may earn a commission
#: on links", "no advertiser sways our choices"), in lower case (not "the Commission").
ADVERTISING_WORDS: frozenset[str] = frozenset(
    "advertiser advertisers advertising advertisement advertisements affiliate affiliates commission "
    "commissions compensation sponsor sponsors sponsored sponsorship".split()
)
#: The site speaking of itself.
SITE_WE_WORDS: frozenset[str] = frozenset("we our us we're we’re we'll we’ll".split())


#: A photo's position in a caption, in brackets after a name or a thing: "(pictured)", "(left)",
#: "(pictured with her sister last May)", "(second from right)". A regular expression.
PHOTO_POSITION = r"\((?:[^()]*\b)?(?:pictured|left|right|centre|center|above|below|inset|top|bottom)\b[^()]*\)"


#: One part of a wire story's staff credit: "Reporting by Ana Roe in Kelmsby", "Editing by Ben Lusk"
#: (the people named with capitals: "Reporting by the council found ..." is prose).
_CREDIT_PART = (
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|fact[-\s]?checking)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by)\s+"
    r"[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+|in\s+|at\s+)?[A-Z][\w.'’-]*)*"
)
#: The staff credit a wire story ends with, a line of its own, as a regular expression:
#: "(Reporting by Ana Roe in Kelmsby; Additional reporting by Jo Park; Editing by Ben Lusk)",
#: "Reporting by Ana Roe; Editing by Ben Lusk", "Additional reporting by Jo Park", "Associated
#: Press writers Ana Roe and Ben Lusk contributed to this report.", "Jo Park contributed
#: reporting.", "Contributing: Jo Park, Ben Lusk" (1 of the 60 real pages, a paper's credit
#: line; its name was an actor). A line of one part without brackets ends with no full stop
#: ("Reporting by Ana Roe revealed the scheme." is prose).
STAFF_CREDIT = (
    rf"(?:\(\s*{_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})*\s*\.?\s*\)\.?"
    rf"|{_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})+\.?|{_CREDIT_PART}"
    r"|(?:(?:The\s+)?Associated\s+Press\s+(?:writers?|reporters?)\s+)?"
    r"[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+|in\s+)?[A-Z][\w.'’-]*)*"
    r"\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)(?:\s+from\s+[A-Z][\w.,' -]{0,60})?\."
    # "Contributing: Ana Roe, Ben Lusk", a paper's credit line at the story's end
    r"|Contributing:\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*)*\.?)"
)


#: One author of a reference list in the Vancouver style: surname, then initials ("Ruiz AM",
#: "van Lusk J", "Roe B-K", "Park JC Jr").
_CAP = "A-ZÀ-ÖØ-Þ"  # a capital letter, accented ones too ("Kovács Á")
_AUTHOR_INITIALS = rf"(?:[a-z]{{1,3}}\s)?[{_CAP}][\w'’-]+(?:\s[{_CAP}][\w'’-]+)?\s+[{_CAP}]{{1,3}}(?:-[{_CAP}]{{1,2}})?(?:\s+(?:Jr|Sr|II|III))?"
#: One author in the APA style: surname, comma, initials with stops ("Ruiz, A. M.", "Roe, B.-K.").
_AUTHOR_STOPS = rf"[{_CAP}][\w'’-]+(?:\s[{_CAP}][\w'’-]+)?,\s+[{_CAP}]\.(?:\s?-?[{_CAP}]\.)*"
#: A year of publication as a reference list gives it: "2013;21(4):310-7", "2012:", "(2019).".
_PUBLISHED = r"(?:\b(?:1[89]|20)\d{2}[a-z]?\s*[;:]|\((?:1[89]|20)\d{2}[a-z]?\)\.?|\b(?:1[89]|20)\d{2}\.)"
#: An entry of a reference list, a line of its own after an optional bullet or number, as a
#: regular expression: "12. Ruiz AM, Lusk B, Roe J, et al. Fasting and sleep. J Sleep Res.
#: 2013;21(4):310-7.", "Ruiz, A. M., & Lusk, B. (2019). Fasting and sleep. Sleep, 4(2), 1-9."
#: or "Ruiz, A.M. Fasting and sleep. Sleep Rep 23, 7 (2016)."
#: Its authors (with bare initials two at least, or one and "et al.", then a stop; with
#: initials and stops one will do), then a year as journals print it; a line of prose opens on
#: no surname with initials.
REFERENCE_ENTRY = (
    r"(?:[-•*▪]\s*)?(?:\[?\d{1,3}[.)\]]\s*){0,2}"
    rf"(?:{_AUTHOR_INITIALS}\s*(?:(?:(?:,\s*(?:and\s+)?|and\s+){_AUTHOR_INITIALS}\s*)+(?:,?\s*et\s+al\b\.?)?|,?\s*et\s+al\b\.?)"
    rf"\s*\..*{_PUBLISHED}"
    rf"|{_AUTHOR_STOPS}(?:,?\s*(?:&\s*|and\s+)?{_AUTHOR_STOPS})*(?:,?\s*et\s+al\.)?,?\s(?:.*{_PUBLISHED}|\(n\.d\.\)))"
    r".*"
)

#: How an author's bio goes on after the author's name: "Ana Ruiz is a reporter ...", "Ana has
#: worked as ...", "Ana Ruiz writes about ...", "Ana joined the Herald in 2019". A regular
#: expression over the words right after the name.
AUTHOR_BIO_VERBS = (
    r"(?:is|was)\s+(?:a|an|the|our|currently)\b|has\s+(?:been|worked|covered|written|reported|spent)\b"
    r"|writes\b|covers\b|reports\b|joined\b|specializes\b|specialises\b"
)
#: Labels of the lines that name the writer or a checker of a page above a bio: "By Ana Ruiz",
#: "Fact checked by Ana Ruiz", "Reviewed by", "Medically reviewed by", "Written by", "Edited by".
AUTHOR_LINE_LABELS = (
    r"(?:by|written\s+by|words\s+by|edited\s+by|(?:medically\s+)?reviewed\s+by|fact[\s-]checked\s+by|verified\s+by)"
)
#: The label over a box of links to other stories, a line of its own: "More on:", "More on this
#: story", "More about", "Related articles", "Read more", "See also". The headlines under it are
#: other stories' (see :func:`briefgen.ingest.page_boxes.link_boxes`).
LINK_BOX_LABELS = (
    r"(?:more\s+(?:on|about)(?:\s+this\s+(?:story|topic))?|related(?:\s+(?:articles?|stories|coverage|news|posts|links))?"
    r"|read\s+more|see\s+also|also\s+read|read\s+also|more\s+stories)"
)
#: Words that end a news outlet's name ("Harbour Magazine", "The Kelby Times"): a picture's
#: credit names the outlet its maker worked for ("Jo Park for The Harbour Times").
OUTLET_LAST_WORDS: frozenset[str] = frozenset(
    """
    Times Post Journal Telegraph Herald Tribune Gazette Magazine Courier Chronicle Observer Standard
    Guardian Mirror Express Bulletin Inquirer Examiner News Daily Weekly Review Press Today Wire
    Independent Reporter Record Star Sun Monitor Atlantic Week
    """.split()
)
#: Words of a writer's bio: under a name alone (no "By"), a paragraph that opens on the name is a
#: bio only with one of them ("Ana Ruiz is a reporter covering ..."), not a story's first line
#: under a photo captioned with its subject's name ("Ana Ruiz is a nurse who ...").
WRITER_WORDS: frozenset[str] = frozenset(
    """
    reporter reporters writer writers editor editors journalist journalists correspondent columnist
    contributor contributors author freelance freelancer blogger engineer developer specialist expert
    magazine newspaper reporting covering covers writes writing
    """.split()
)
#: Of those, the jobs alone (no verb, no trade a story's subject may have: "engineer", "expert"):
#: a writer's note under a story that no name line introduces must hold one ("Ana Roe is a senior
#: reporter at the Courier"; :mod:`briefgen.ingest.author_bio`).
WRITER_NOUNS: frozenset[str] = frozenset(
    {"correspondent", "reporter", "editor", "writer", "columnist", "contributor", "journalist", "author", "blogger"}
)

#: A way to reach someone written out: a web address, an email address, a postal box. In the last
#: paragraph of a text it marks a footer (a column's contact line, an author's "reach him at",
#: a sponsor's ticket link), no part of the story. A regular expression.
CONTACT_DETAIL = r"(?:https?://|\bwww\.)\S+|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|\bP\.?\s?O\.?\s+Box\b"
