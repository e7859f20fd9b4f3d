"""Names the model leaves untagged or labels a product, on invented text, with the model's miss
made by hand (the small model tags these invented names itself): a company named after a noun of
what it is, and a player listed with another as the subject of a win."""

from __future__ import annotations

from spacy.tokens import Span

from briefgen.summary.entities.mentions import collect_mentions
from briefgen.summary.entities.untagged import untagged_names
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def test_an_untagged_name_after_a_noun_of_what_an_organisation_is_is_an_organisation() -> None:
    an = analyse("Beauty company Zelvora is breaking out. Its shares rose 3% on Monday, said Ana Lusk.")
    an.doc.ents = [e for e in an.doc.ents if e.text != "Zelvora"]
    with recording() as fired:
        found = {m.text: m.kind for m in untagged_names(an, [])}
    assert fired["entities.untagged_after_org_noun"] > 0
    assert found.get("Zelvora") == "organization", found


def test_an_untagged_name_after_a_person_noun_gets_no_organisation() -> None:
    an = analyse("Beauty expert Zelvora is breaking out, said Ana Lusk.")
    an.doc.ents = [e for e in an.doc.ents if e.text != "Zelvora"]
    found = {m.text: m.kind for m in untagged_names(an, [])}
    assert found.get("Zelvora") != "organization", found


def _relabelled(text: str, name: str, label: str):  # noqa: ANN202 - an Analysis
    an = analyse(text)
    start = an.text.index(name)
    span = an.doc.char_span(start, start + len(name))
    assert span is not None
    an.doc.ents = [e for e in an.doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(an.doc, span.start, span.end, label=label)
    ]
    return an


def test_a_name_labelled_a_product_listed_with_a_person_as_subject_is_a_person() -> None:
    an = _relabelled("Marta Vell and Jo Lusk completed the comeback in the deciding match.", "Marta Vell", "PRODUCT")
    with recording() as fired:
        kinds = {m.text: m.kind for m in collect_mentions(an)}
    assert fired["entities.product_listed_with_person"] > 0
    assert kinds.get("Marta Vell") == "person", kinds


def test_a_work_named_like_a_person_and_not_listed_with_one_stays_out() -> None:
    an = _relabelled("Critics loved Marta Vell, the new novel by Jo Lusk.", "Marta Vell", "WORK_OF_ART")
    kinds = {m.text: m.kind for m in collect_mentions(an)}
    assert "Marta Vell" not in kinds, kinds


def test_a_name_listed_with_a_person_is_a_person_whatever_its_label() -> None:
    from briefgen.summary.entities.model import entity_model

    an = _relabelled(
        "The brains behind the Kelmsby start-up are said to be Aran Velu and Margit Sova.", "Aran Velu", "ORG"
    )
    with recording() as fired:
        kinds = {e.name: e.kind for e in entity_model(an).entities}
    assert fired["entities.listed_with_a_person"] > 0
    assert kinds.get("Aran Velu") == "person", kinds


def test_english_words_listed_with_a_person_keep_their_label() -> None:
    from briefgen.summary.entities.model import entity_model

    an = _relabelled("The deal was signed by Margit Sova and Silver Arrow on Monday.", "Silver Arrow", "ORG")
    kinds = {e.name: e.kind for e in entity_model(an).entities}
    assert kinds.get("Silver Arrow") == "organization", kinds
