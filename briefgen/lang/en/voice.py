"""The writer's or the site's own voice: the words in which a text talks rather than reports.

"We have updated our app", "You may have noticed", "I think": the writer or the site speaking.
Not "US" (the country) and not "I" as a numeral ("World War I", "Phase I trial"). Callers decide
what else counts (key points leave out words inside quotation marks: a speaker's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .discourse import OWN_VOICE

__all__ = ["own_voice_words"]

#: What follows "I" when it is the writer: a verb in lower case ("I think"), a contraction ("I'm").
_I_SPEAKS = re.compile(r"\s+[a-z]|['’][a-z]")
#: "I" after a capitalised word inside a sentence is a numeral ("World War I", "Phase I").
_I_NUMERAL = re.compile(r"\w[\w,’']*\s+[A-Z][\w-]*\s+I$")
_OWN_VOICE = re.compile(r"\b(?:" + "|".join(sorted(OWN_VOICE)) + r")\b", re.IGNORECASE)


def own_voice_words(text: str) -> Iterator["re.Match[str]"]:
    """The words of ``text`` in which the writer or the site speaks, in order."""
    for m in _OWN_VOICE.finditer(text):
        if m.group(0) == "US":
            continue  # the country
        if m.group(0) in ("I", "i") and (_I_NUMERAL.search(text, 0, m.end()) or not _I_SPEAKS.match(text, m.end())):
            continue  # "World War I", "Phase I trial": a numeral, not the writer
        yield m
