"""Kinds of piece a page says it is, in its markup: what a brief's reader is told besides news.

Read by :mod:`briefgen.ingest.page_genre`. The labels are the brief's ("Opinion", "Fact check");
the keys are what pages write: a schema.org type in their JSON-LD, a section in
``article:section`` or JSON-LD ``articleSection``, a folder of their address.
"""

from __future__ import annotations

__all__ = ["GENRE_ORDER", "SCHEMA_TYPE_GENRES", "SECTION_GENRES"]

#: schema.org types of an article or a review that say what kind of piece it is.
SCHEMA_TYPE_GENRES: dict[str, str] = {
    "ClaimReview": "Fact check",
    "OpinionNewsArticle": "Opinion",
    "ReviewNewsArticle": "Review",
    "AnalysisNewsArticle": "Analysis",
    "SatiricalArticle": "Satire",
    "AdvertiserContentArticle": "Sponsored",
}

#: A section's name, or a folder of the page's address, that is a kind of piece (lower case; a
#: section such as "World" or "Business" is a topic and says nothing of the kind).
SECTION_GENRES: dict[str, str] = {
    "opinion": "Opinion",
    "opinions": "Opinion",
    "op-ed": "Opinion",
    "op-eds": "Opinion",
    "oped": "Opinion",
    "commentary": "Opinion",
    "editorial": "Editorial",
    "editorials": "Editorial",
    "letters": "Letters",
    "letters to the editor": "Letters",
    "advice": "Advice",
    "review": "Review",
    "reviews": "Review",
    "fact check": "Fact check",
    "fact-check": "Fact check",
    "factcheck": "Fact check",
    "press release": "Press release",
    "press releases": "Press release",
    "press-release": "Press release",
    "press-releases": "Press release",
    "sponsored": "Sponsored",
}

#: When a page says two kinds ("Opinion" and "Advice" of an advice column filed under opinion),
#: the more particular one is shown: the first of this order.
GENRE_ORDER: tuple[str, ...] = (
    "Fact check",
    "Press release",
    "Sponsored",
    "Satire",
    "Letters",
    "Advice",
    "Review",
    "Editorial",
    "Analysis",
    "Opinion",
)
