"""The site that published an article is no actor of its story, unless the story is about it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.model import Article, Source
from briefgen.summary import summarize_article
from briefgen.summary.actors.publisher import names_the_publisher, names_the_writer
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

HERALD = Source(outlet="Harbourton Herald", url="https://www.harbourtonherald.example/news/2025/ferry")

FERRY = (
    "Ferry service to Kelmsby Island will stop for three weeks from Monday while the pier is rebuilt, "
    "the Harbourton Port Authority said on Tuesday.\n\n"
    "Islanders will be carried by a chartered boat from Lusk Quay instead, a spokeswoman for the "
    "authority, Ana Ruiz, said.\n\n"
    "“We know the timing is hard for families,” Ruiz said. “The pier cannot wait another winter.”\n\n"
    "The rebuild will cost 2.4 million pounds, HERALD ONLINE has learnt.\n\n"
    "Support local journalism: subscribe to the Harbourton Herald for 1 pound a week."
)


def _names(article: Article) -> list[str]:
    return [a.name for a in summarize_article(article).actors]


def test_the_outlet_that_learns_or_contacts_is_still_no_actor():
    # a newsroom's own work is a credit: "contacted", "has learnt", its writers "contributed"
    text = (
        FERRY
        + "\n\nThe Harbourton Herald contacted the authority for its figures on Tuesday."
        + "\n\nHarbourton Herald writers Tom Ward and Li Na contributed to this report."
    )
    names = _names(Article(title="Ferry to stop for pier rebuild", text=text, source=HERALD))
    assert "Ana Ruiz" in names and not any("Herald" in n or "HERALD" in n for n in names), names


def test_the_outlet_named_in_the_pages_furniture_is_no_actor():
    names = _names(Article(title="Ferry to stop for pier rebuild", text=FERRY, source=HERALD))
    assert "Ana Ruiz" in names and "Harbourton Port Authority" in names
    assert not any("Herald" in n or "HERALD" in n for n in names), names


def test_without_the_outlet_known_the_name_stays():
    # a pasted text carries no outlet and no address: nothing says which organisation publishes it
    names = _names(Article(title="Ferry to stop for pier rebuild", text=FERRY))
    assert "Harbourton Herald" in names


def test_the_outlets_name_its_tail_and_its_address_label():
    assert names_the_publisher("Herald", "organization", HERALD)
    assert names_the_publisher("The Harbourton Herald", "organization", HERALD)
    assert names_the_publisher("HarbourtonHerald", "organization", HERALD)
    assert names_the_publisher("Harbourton Herald", "person", HERALD)  # a kind the model got wrong
    # the head of the name is a town, a team, a council; a place is never the outlet
    assert not names_the_publisher("Harbourton", "organization", HERALD)
    assert not names_the_publisher("Harbourton Herald", "place", HERALD)
    assert not names_the_publisher("Ruth Hale", "person", HERALD)
    assert not names_the_publisher("Herald", "organization", Source())


def test_the_outlets_initials_name_it():
    source = Source(outlet="The Harbour Gazette")
    assert names_the_publisher("THG", "organization", source)
    assert names_the_publisher("HG", "organization", source)
    assert not names_the_publisher("Hg", "organization", source)  # written so, a word or a symbol
    assert not names_the_publisher("THG", "organization", Source(outlet="Gazette"))


def test_the_writer_of_the_byline():
    source = Source(author="Ana L Ruiz, Tom Ward and Li Na")
    assert names_the_writer("Ana L. Ruiz", "person", source)
    assert names_the_writer("Li Na", "person", source)
    assert not names_the_writer("Ruiz", "person", source)  # a surname alone may be a relative's
    # the byline names a person: an organisation of the same words is that person typed wrong
    # (a copyright line's "© 2019 by Tom Ward")
    assert names_the_writer("Tom Ward", "organization", source)
    assert not names_the_writer("Tom Ward", "place", source)
    assert not names_the_writer("Tom Ward", "person", Source())


def test_a_byline_run_into_the_first_paragraph_names_the_writer():
    from briefgen import summarize

    text = (
        "Harbour board to close old port for six months\n\n"
        "By Sarah Mitchell: The harbour board of Kelby will close the old port for six months from May, "
        "its chair Ana Ruiz said on Monday.\n\n"
        "Ruiz said the work would cost four million crowns and that ferries would use the new jetty."
    )
    with recording() as fired:
        names = [a.name for a in summarize(text).actors]
    assert "Ana Ruiz" in names and "Sarah Mitchell" not in names, names
    assert fired["actors.byline_run_in"] == 1
    # named again in the story, the person is an actor
    text += " Sarah Mitchell, a ferry captain, said the jetty was too small."
    assert "Sarah Mitchell" in [a.name for a in summarize(text).actors]


def test_the_writers_box_is_no_actor_but_a_story_about_the_writer_is():
    box = "\n\nTom Ward is a senior transport reporter at the Harbourton Herald. Follow him for more."
    source = Source(outlet="Harbourton Herald", author="Tom Ward")
    names = _names(Article(title="Ferry to stop for pier rebuild", text=FERRY + box, source=source))
    assert "Ana Ruiz" in names and "Tom Ward" not in names, names
    text = (
        "Tom Ward, a reporter, was detained in Lusk on Monday while covering a protest.\n\n"
        "His editor said he had done nothing wrong. Ward was released after six hours."
    )
    names = _names(Article(title="Reporter detained in Lusk", text=text, source=source))
    assert "Tom Ward" in names


def test_the_address_alone_names_the_outlet():
    source = Source(url="https://news.kelmsbyobserver.example/2025/01/02/story")
    assert names_the_publisher("OBSERVER", "organization", source)
    assert names_the_publisher("Kelmsby Observer", "organization", source)
    assert not names_the_publisher("Kelmsby", "organization", source)
    assert not names_the_publisher("Observer Trust", "organization", source)


def test_a_short_tail_and_a_persons_tail_are_not_the_outlet():
    source = Source(outlet="Morning Sun", url="https://www.morningsun.example/a")
    assert not names_the_publisher("Sun", "organization", source)  # too short a tail
    assert not names_the_publisher("Sun", "person", source)
    assert names_the_publisher("Morning Sun", "organization", source)


@pytest.mark.parametrize(
    ("title", "text", "source", "name"),
    [
        # a story about the outlet: the headline and the lede name it
        (
            "Local paper sold after 90 years",
            "The Harbourton Herald was sold on Monday to a media group based in Lusk, ending 90 years of "
            "family ownership.\n\nThe paper's 40 staff will keep their jobs, the buyer, Tarvel Media, said. "
            "The Harbourton Herald will keep its name and its office on Quay Street.",
            HERALD,
            "Harbourton Herald",
        ),
        # a company's own page tells what the company does: it is the subject of its clauses
        (
            "About us",
            "Kelmsby Labs is a research group that builds sensors for rivers.\n\n"
            "Founded in 2015 by two engineers, it now counts 40 staff in Lusk.\n\n"
            "Last year Kelmsby Labs opened a second office, in Harbourton. Kelmsby Labs also runs "
            "a summer school for students.",
            Source(outlet="Kelmsby Labs", url="https://kelmsbylabs.example/about"),
            "Kelmsby Labs",
        ),
        # a theatre's own page on its show: the subject of a verb of action once is enough
        (
            "Drums and lanterns at the harbour festival",
            "The harbour festival opened on Saturday with a parade of boats and a concert on the quay.\n\n"
            "Crowds filled the square by the old church long before the music began.\n\n"
            "For the opening night, the Kelm Harbour Theatre staged three dances from its winter programme.\n\n"
            "The last of them, a drum dance, closed the evening to long applause.",
            Source(outlet="Kelm Harbour Theatre", url="https://kelmharbourtheatre.example/blog/festival"),
            "Kelm Harbour Theatre",
        ),
        # the outlet quoted in its own story speaks
        (
            "Ferry to stop",
            "The ferry to Kelmsby Island will stop for three weeks from Monday, the port said.\n\n"
            "The pier will be rebuilt at a cost of 2.4 million pounds.\n\n"
            "“We asked the port for its figures and it gave none,” the Herald said in a statement.",
            HERALD,
            "Herald",
        ),
    ],
)
def test_the_outlet_an_actor_of_its_story_stays(title: str, text: str, source: Source, name: str):
    assert name in _names(Article(title=title, text=text, source=source))


PAGE = """<!doctype html><html><head><title>Ferry to stop for pier rebuild | Harbourton Herald</title>
<meta property="og:site_name" content="Harbourton Herald">
<link rel="canonical" href="https://www.harbourtonherald.example/news/2025/ferry">
</head><body><article><h1>Ferry to stop for pier rebuild</h1>
{paragraphs}
</article></body></html>"""


def test_cli_brief_of_a_saved_page_leaves_its_outlet_out_of_the_actors(tmp_path: Path):
    paragraphs = "\n".join(f"<p>{p}</p>" for p in FERRY.split("\n\n"))
    page = tmp_path / "ferry.html"
    page.write_text(PAGE.format(paragraphs=paragraphs), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", str(page), "-f", "json,md", "-o", str(out))
    assert result.returncode == 0, result.stderr
    brief = json.loads((out / "ferry.json").read_text(encoding="utf-8"))
    assert brief["source"]["outlet"] == "Harbourton Herald"
    names = [a["name"] for a in brief["actors"]]
    assert "Ana Ruiz" in names and not any("herald" in n.lower() for n in names), names
    markdown = (out / "ferry.md").read_text(encoding="utf-8")
    assert "**Harbourton Herald**" in markdown  # the header says where it comes from, once
    assert "**HERALD**" not in markdown and "(organization)" in markdown


def test_an_agency_named_by_its_initials_in_the_dateline_is_no_actor():
    # the page declares the outlet by its initials; the dateline credits it and the closing line
    # names its other writers: the agency is where the story comes from, no actor of it
    text = (
        "KELBY (HNS) — The harbour board of Kelby voted on Monday to close the north pier for two years, "
        "after engineers found its piles rotten.\n\n"
        "“The pier cannot wait another winter,” said Ana Ruiz, the board's chair.\n\n"
        "Harbour News Service writers Tom Ward and Li Na contributed to this report."
    )
    source = Source(outlet="HNS", url="https://hosted.hns.example/kelby/pier")
    assert names_the_publisher("Harbour News Service", "organization", source)
    names = _names(Article(title="Kelby closes its north pier", text=text, source=source))
    assert "Ana Ruiz" in names
    assert not any("Harbour News" in n or n == "HNS" for n in names), names


WIRE = (
    "Kelby harbour to close for repairs\n\n"
    "KELBY, Norland (AP) — The harbour board of Kelby will close the old port for six months from May, "
    "its chair Ana Ruiz said on Monday.\n\n"
    "Ruiz said the work would cost four million crowns and that ferries would use the new jetty at Selm.\n\n"
    "Traders said they feared losing summer visitors. “We were not asked,” said Tom Lusk, who runs a cafe "
    "on the quay.\n\n"
    "Associated Press writer Ben Hart in Selm contributed to this report."
)


def test_a_pasted_wire_story_shows_no_agency_its_dateline_credits():
    # a paste declares no outlet: the agency that the dateline credits wrote the story
    from briefgen import summarize

    names = [a.name for a in summarize(WIRE).actors]
    assert {"Ana Ruiz", "Tom Lusk"} <= set(names)
    assert not {"AP", "Associated Press"} & set(names), names


def test_a_wire_agency_that_acts_in_its_story_stays():
    from briefgen import summarize

    text = WIRE.replace(
        "The harbour board of Kelby will close",
        "The Associated Press shut its bureau in Kelby, and the harbour board will close",
    )
    assert "Associated Press" in [a.name for a in summarize(text).actors]
