"""summarize_many: one spaCy batch over many articles, the same briefs as summarize one by one."""

from __future__ import annotations

import pytest

from briefgen import summarize, summarize_many
from briefgen.errors import BriefgenError

ARTICLES = [
    "Harbour Council Delays Vote on Ferry Fares\n\n"
    "The harbour council postponed its vote on ferry fares on Tuesday after a long debate. "
    "Councillor Mara Lindqvist said the new prices would hurt commuters. "
    '"We cannot ask families to pay twice as much," she said.\n\n'
    "The operator, Northsound Ferries, said costs had risen sharply since the spring.",
    # a caps headline and a dateline: lines the engine parses a second time, truecased
    "STORM CLOSES BRENNA PASS IN NORWAY\n\nOSLO, Norway 2026-01-04\n\n"
    "Heavy snow closed the Brenna pass on Sunday, stranding dozens of drivers overnight. "
    "Police said the road would stay shut until crews had cleared it. "
    '"It is too dangerous to send anyone up there tonight," a police spokesman said. '
    "Will the pass reopen before the weekend?",
    "Library Extends Opening Hours\n\n"
    "The city library will open until 9 p.m. on weekdays from next month, its director announced. "
    "Director Tomas Ek said demand from students had grown. "
    "The extra hours will cost about 40,000 euros a year, according to the budget office.",
]


def test_summarize_many_gives_the_briefs_of_summarize_one_by_one(example_text: str) -> None:
    texts = [*ARTICLES, example_text]
    one_by_one = [summarize(t).to_json() for t in texts]
    assert [b.to_json() for b in summarize_many(texts)] == one_by_one
    assert [b.to_json() for b in summarize_many(iter(texts))] == one_by_one  # any iterable
    assert summarize_many([]) == []


def test_summarize_many_takes_the_options_of_summarize() -> None:
    briefs = summarize_many(ARTICLES[:1], max_key_points=2)
    assert briefs[0].to_json() == summarize(ARTICLES[0], max_key_points=2).to_json()
    assert len(briefs[0].key_points) == 2


def test_summarize_many_raises_the_error_of_the_first_text_that_fails() -> None:
    with pytest.raises(BriefgenError) as many:
        summarize_many([ARTICLES[0], "   "])
    with pytest.raises(BriefgenError) as one:
        summarize("   ")
    assert type(many.value) is type(one.value) and str(many.value) == str(one.value)


def test_summarize_many_checks_every_length_before_the_first_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.errors import InputTooLargeError
    from briefgen.summary import default
    from briefgen.summary.text.limits import ENV_VAR

    def no_parse() -> None:
        raise AssertionError("an article was parsed")

    short = "The council met on Monday. It approved the harbour plan."
    monkeypatch.setenv(ENV_VAR, "300")
    monkeypatch.setattr(default, "load_pipeline", no_parse)
    with pytest.raises(InputTooLargeError, match="over the limit of 300"):
        summarize_many([short, short + " The vote was close." * 30])
