"""A story body the template cuts into blocks of one class is read whole (briefgen.ingest.split_body)."""

from __future__ import annotations

from briefgen.ingest import ingest_html

FIRST = [
    "The harbour board voted on Tuesday to close the old ferry pier by the end of the year, after "
    "engineers found that its timber piles had rotted through in several places along the quay.",
    "Members said the repairs would cost more than the board could raise this decade, and that a "
    "new floating pontoon at the north basin would serve the island crossings from the spring.",
]
SECOND = [
    "Ferry operators warned that the pontoon could not take the larger vessels in winter storms, "
    "and asked the board to keep the pier open for freight until the breakwater is extended.",
    "The board's chair, Ana Ruiz, said the freight question would come back to the next meeting, "
    "once the engineers have costed a temporary landing stage beside the fish market.",
]


def _page(between: str, second_extra: str = "", block_class: str = "article-body story-block") -> str:
    def block(paragraphs: list[str], extra: str = "") -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f'<div class="grid"><div class="{block_class}">{inner}{extra}</div></div>'

    return (
        "<html><head><title>Harbour board to close the old ferry pier</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header><main>"
        "<h1>Harbour board to close the old ferry pier</h1>"
        + block(FIRST)
        + between
        + block(SECOND, second_extra)
        + "</main><footer>Contact us · Terms of use</footer></body></html>"
    )


AD_SLOT = '<div class="row full-bleed-ad"><div class="ad"><span class="ad-label">Advertisement</span><div class="ad__slot"></div></div></div>'


def test_a_body_cut_at_an_ad_slot_is_read_whole_in_order() -> None:
    text = ingest_html(_page(AD_SLOT), name="page").text
    positions = [text.find(p[:40]) for p in FIRST + SECOND]
    assert all(p >= 0 for p in positions), text
    assert positions == sorted(positions)
    assert "Advertisement" not in text


def test_a_list_of_links_to_other_stories_under_the_story_goes_with_the_join() -> None:
    more = (
        "<hr/><div class='heading-h3'>More from the Coast Courier</div><ul>"
        "<li>Why the tide tables <a href='/a'>changed this year</a></li>"
        "<li><a href='/b'>The lighthouse keeper who stayed</a></li>"
        "<li>Five walks along <a href='/c'>the estuary</a></li></ul>"
    )
    text = ingest_html(_page(AD_SLOT, more), name="page").text
    assert SECOND[1][:40] in text
    assert "lighthouse keeper" not in text and "tide tables" not in text


def test_blocks_with_a_heading_between_them_are_not_moved_past_it() -> None:
    heading = "<h2>What the ferry operators say about the winter</h2>"
    text = ingest_html(_page(heading), name="page").text
    if SECOND[0][:40] in text:  # the extractor may read on; the heading then stands before the second block
        assert text.find("What the ferry operators say") < text.find(SECOND[0][:40])


def test_repeated_comment_bodies_are_not_joined_to_the_story() -> None:
    comments = "".join(
        f'<div class="comment-body"><p>{p}</p></div>'
        for p in (
            "I have taken that ferry every week for twenty years and the pier was always a mess in "
            "winter, so none of this surprises anyone who actually lives on the island, frankly.",
            "The board should have spent the money on the breakwater ten years ago instead of the "
            "new offices, and then we would not be talking about closing anything at all now.",
        )
    )
    html = _page(AD_SLOT).replace("</main>", "</main>" + comments)
    text = ingest_html(html, name="page").text
    assert "twenty years" not in text and "new offices" not in text
