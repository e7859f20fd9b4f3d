"""Sports clubs by the last word of their name (invented clubs and towns): "Kelmsby Rovers" is
an organisation, not a person or the town; "Rovers" alone is that club when the article has
one club of that word."""

from __future__ import annotations

from briefgen.nlp import load_pipeline
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.entities.evidence import name_hint
from briefgen.summary.entities.grouping import group_mentions
from briefgen.summary.text.analysis import analyse
from briefgen.summary.types import Mention
from briefgen.trace import recording


def test_a_club_word_at_the_end_makes_an_organisation() -> None:
    assert name_hint("Kelmsby Rovers") == "organization"
    assert name_hint("Dunmore Athletic") == "organization"
    assert name_hint("Lusk United") == "organization"


def test_a_club_word_that_is_also_a_surname_stays_a_person_after_a_given_name() -> None:
    assert name_hint("Kelmsby Villa") == "organization"
    assert name_hint("Ana Villa") == "person"


def test_a_club_the_model_reads_as_a_person_is_an_organisation_actor() -> None:
    text = "Kelmsby Rovers beat the visitors on Saturday. Kelmsby Rovers have now won five games in a row."
    with recording() as rules:
        actors = extract_actors(analyse(text), [])
    assert ("Kelmsby Rovers", "organization") in [(a.name, a.kind) for a in actors]
    assert rules["actors.club_name"] >= 1


def test_the_club_word_alone_joins_the_one_club_it_ends() -> None:
    text = "Fans of Lusk United were angry after the game. United lost again on Sunday."
    with recording() as rules:
        actors = extract_actors(analyse(text), [])
    clubs = [a for a in actors if a.kind == "organization"]
    assert [(a.name, a.aliases) for a in clubs] == [("Lusk United", ["United"])]
    assert rules["actors.club_short_form"] == 1


def _mentions(text: str, names: list[str]) -> list[Mention]:
    doc = load_pipeline().make_doc(text)
    out = []
    for name in names:
        start = text.index(name, out[-1].end if out else 0)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        out.append(Mention(name, start, start + len(name), "organization", "ORG", span))
    return out


def test_the_club_word_alone_stays_apart_where_two_clubs_end_in_it() -> None:
    text = "Lusk United met Dunmore United. United won."
    entities = group_mentions(_mentions(text, ["Lusk United", "Dunmore United", "United"]))
    assert sorted(e.name for e in entities) == ["Dunmore United", "Lusk United", "United"]
    one = group_mentions(_mentions("Lusk United met Barchester. United won.", ["Lusk United", "United"]))
    assert [e.name for e in one] == ["Lusk United"]
