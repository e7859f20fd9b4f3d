"""No entity spans a line break: the component after spaCy's recogniser cuts each entity
before the first line break it holds (invented texts; entities set by hand where the small
model's own reading would vary)."""

from __future__ import annotations

from briefgen.nlp import entities_within_lines, load_pipeline
from briefgen.trace import recording


def _doc_with(text: str, spans: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = load_pipeline().make_doc(text)
    ents = []
    for part, label in spans:
        start = text.index(part)
        span = doc.char_span(start, start + len(part), label=label)
        assert span is not None, part
        ents.append(span)
    doc.ents = ents
    return doc


def test_the_recogniser_is_followed_by_the_line_cut() -> None:
    names = load_pipeline().pipe_names
    assert names.index("briefgen_entities_within_lines") == names.index("ner") + 1


def test_an_entity_that_took_in_the_blank_line_after_it_ends_at_its_last_word() -> None:
    doc = _doc_with("Storm damage in Dunmore\n\nPolice closed the harbour road.", [("Dunmore\n\n", "GPE")])
    with recording() as rules:
        entities_within_lines(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Dunmore", "GPE")]
    assert doc[doc.ents[0].end].is_space  # what follows the name is the break, not "Police"
    assert rules["entities.line_break_cut"] == 1


def test_an_entity_running_on_into_the_next_line_keeps_its_first_line() -> None:
    doc = _doc_with("Orla Venn of Tarvel\nMining said so.", [("Tarvel\nMining", "ORG"), ("Orla Venn", "PERSON")])
    entities_within_lines(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Orla Venn", "PERSON"), ("Tarvel", "ORG")]


def test_entities_inside_their_lines_are_left_as_they_are() -> None:
    doc = _doc_with("Orla Venn met Ben Lusk in Dunmore.\n\nThey spoke.", [("Orla Venn", "PERSON"), ("Dunmore", "GPE")])
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    with recording() as rules:
        entities_within_lines(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before
    assert not rules["entities.line_break_cut"]


def test_a_parsed_text_has_no_entity_across_a_line() -> None:
    text = (
        "Trade talks open in Barchester\n\nMinisters of Norland and Dunmore met Orla Venn\nof Tarvel Mining on Monday."
    )
    doc = load_pipeline()(text)
    assert doc.ents
    assert all("\n" not in e.text for e in doc.ents)
