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
