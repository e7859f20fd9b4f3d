"""Hand-made briefs for the render tests: a full one for looks and structure, and a hostile one.

The article text is invented for these tests; spans are computed from it, so
every quote satisfies ``text == brief.text[start:end]``.
"""

from __future__ import annotations

from briefgen.model import Actor, Brief, KeyPoint, OpenQuestion, Quote, Source

ARTICLE = """\
Dockworkers at the Port of Halvern walked off the job on Monday, halting container traffic at the country's second-largest harbour after talks over automation broke down late on Sunday.

The Halvern Dockworkers' Union said the strike would last at least five days. Union president Marta Ekdahl told reporters that the port authority had refused to put job guarantees in writing.

"We are not against new cranes. We are against a plan that replaces four hundred people with a spreadsheet," Ekdahl said outside the union hall.

The port authority's chief executive, Jonas Brenner, said the automation plan was needed to keep Halvern competitive with rival ports along the coast. "Every month we wait, shipping lines move another service somewhere else," Brenner said in a statement.

Transport Minister Lena Sørli urged both sides to return to mediation and said the government was monitoring fuel and medicine supplies. Retailers warned that shelves could empty within two weeks if the stoppage continues.

"Nobody wins a long strike in November," said an official at the national logistics association, who asked not to be named.

It is not yet clear whether the government will invoke emergency powers, which it has not used since 1998.
"""


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return (start, start + len(needle))


def _sentence_span(text: str, needle: str) -> list[tuple[int, int]]:
    return [_span(text, needle)]


def full_brief() -> Brief:
    """A brief with every section filled, as a finished summariser would produce."""
    text = ARTICLE
    quotes = [
        (
            "We are not against new cranes. We are against a plan that replaces four hundred people with a spreadsheet,",
            "Marta Ekdahl",
        ),
        ("Every month we wait, shipping lines move another service somewhere else,", "Jonas Brenner"),
        ("Nobody wins a long strike in November,", None),
    ]
    return Brief(
        title="Halvern port strike halts container traffic over automation plan",
        source=Source(
            outlet="The Coastal Ledger",
            url="https://www.coastal-ledger.example/news/2025/11/halvern-port-strike",
            author="Ana Whitfield",
            published="2025-11-17",
        ),
        bottom_line=(
            "A dockworkers' strike has shut the Port of Halvern for at least five days; the dispute turns on job "
            "guarantees in an automation plan, and the government has yet to say whether it will intervene."
        ),
        text=text,
        key_points=[
            KeyPoint(
                text="Dockworkers walked out on Monday after talks on automation collapsed, halting container traffic at the country's second-largest harbour.",
                spans=_sentence_span(text, "Dockworkers at the Port of Halvern walked off the job on Monday"),
            ),
            KeyPoint(
                text="The union says the strike will last at least five days and demands written job guarantees.",
                spans=_sentence_span(
                    text, "The Halvern Dockworkers' Union said the strike would last at least five days."
                ),
            ),
            KeyPoint(
                text="The port authority argues automation is needed to compete with rival ports along the coast.",
                spans=_sentence_span(text, "The port authority's chief executive, Jonas Brenner"),
            ),
            KeyPoint(
                text="The transport minister urged mediation; retailers warn shelves could empty within two weeks.",
                spans=_sentence_span(text, "Transport Minister Lena Sørli urged both sides"),
            ),
        ],
        actors=[
            Actor(
                name="Marta Ekdahl",
                kind="person",
                role="President, Halvern Dockworkers' Union",
                aliases=["Ekdahl"],
                mentions=3,
            ),
            Actor(
                name="Jonas Brenner",
                kind="person",
                role="Chief executive, port authority",
                aliases=["Brenner"],
                mentions=2,
            ),
            Actor(name="Lena Sørli", kind="person", role="Transport Minister", mentions=1),
            Actor(name="Halvern Dockworkers' Union", kind="organization", role=None, mentions=1),
            Actor(name="Port of Halvern", kind="place", role="Second-largest harbour in the country", mentions=2),
        ],
        quotes=[Quote(text=q, speaker=s, span=_span(text, q)) for q, s in quotes],
        open_questions=[
            OpenQuestion(
                text="Will the government invoke emergency powers, unused since 1998, to end the strike?",
                spans=_sentence_span(text, "It is not yet clear whether the government will invoke emergency powers"),
            ),
            OpenQuestion(text="Can mediation produce written job guarantees the union will accept?"),
            OpenQuestion(text="How long can fuel and medicine supplies hold if the stoppage continues?"),
        ],
    )


#: Article text that tries to break out of the output formats.
HOSTILE_QUOTE = "<script>alert(1)</script> {{ 7*7 }} [x](http://e) ![i](file:///etc/passwd)"


def hostile_brief() -> Brief:
    """A brief whose quote, title and key point carry injection attempts."""
    text = f'He said "{HOSTILE_QUOTE}" and left.\n\n# Not a heading\n'
    start = text.index(HOSTILE_QUOTE)
    return Brief(
        title="<b>Bold</b> {{ 7*7 }} # title",
        source=Source(outlet="[Outlet](http://evil.example)", url="javascript:alert(1)"),
        bottom_line="- not a list item <img src=x onerror=alert(1)>",
        text=text,
        key_points=[KeyPoint(text="1. not an ordered item ![i](file:///etc/passwd)")],
        actors=[Actor(name="*Star* _Name_", kind="person", role="<i>role</i>")],
        quotes=[Quote(text=HOSTILE_QUOTE, speaker="Eve `code`", span=(start, start + len(HOSTILE_QUOTE)))],
        open_questions=[OpenQuestion(text="> quoted? | table | ~strike~")],
    )
