from briefgen.trace import fired, recording


def test_fired_counts_only_inside_recording():
    fired("outside.rule")
    with recording() as seen:
        fired("family.rule")
        fired("family.rule")
        fired("family.other", times=3)
    fired("family.rule")
    assert seen == {"family.rule": 2, "family.other": 3}


def test_recordings_nest_without_leaking():
    with recording() as outer:
        fired("a.one")
        with recording() as inner:
            fired("a.two")
        fired("a.three")
    assert inner == {"a.two": 1}
    assert outer == {"a.one": 1, "a.three": 1}


def test_ingest_rules_report_when_they_fire():
    from briefgen.ingest.clean import clean_pasted_text

    paste = "\n".join(
        [
            "Share on Facebook | Share on Twitter | Email",
            "",
            "Harbour council delays its vote on ferry fares",
            "",
            "The harbour council postponed its vote on ferry fares on Tuesday after a long debate.",
            "",
            "Advertisement",
            "",
            "Councillor Mara Lindqvist said the new prices would hurt commuters who cross every day.",
            "",
            "The harbour council postponed its vote on ferry fares on Tuesday after a long debate.",
        ]
    )
    with recording() as seen:
        article = clean_pasted_text(paste)
    assert "Advertisement" not in article.text and "Share on" not in article.text
    assert {"clutter.share_bar", "clutter.whole_line", "clean.repeated_line"} <= set(seen)
    assert seen["clean.headline_first_paragraph"] == 1


def test_a_rule_asked_of_a_neighbour_inside_unrecorded_does_not_count() -> None:
    from briefgen.trace import unrecorded

    with recording() as seen:
        fired("demo.rule")
        with unrecorded():
            fired("demo.rule")
            fired("demo.other")
        fired("demo.rule")
    assert seen["demo.rule"] == 2 and "demo.other" not in seen
