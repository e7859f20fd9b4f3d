"""An entry of a reference list (summary.text.credits.is_reference_entry): the pattern on invented
lines of the common citation styles, and prose it must leave alone."""

from __future__ import annotations

import pytest

from briefgen.summary.text.credits import is_reference_entry


@pytest.mark.parametrize(
    "line",
    [
        "12. Ruiz AM, Lusk B, Roe J, et al. Fasting and sleep. J Sleep Res. 2013;21(4):310-7.",
        "  • 8. Ruiz AM ,  Lusk B , and  Roe J . Fasting and sleep. Sleep Med. 2006;134:71-8. [PMID: 1]",
        "Ruiz AM and Lusk B. Fasting and sleep. In: Sleep and Work. Harbour Press; 2007.",
        "[4] Ruiz A-M et al. Fasting and sleep. Sleep Med. 2014: p. 12.",
        "Kovács Á, Lusk B. Fasting and sleep. Sleep Med. 2015.",
        "Ruiz, A. M., & Lusk, B. (2019). Fasting and sleep. Sleep, 4(2), 1-9.",
        "Ruiz, A. M. (n.d.). Fasting and sleep. Retrieved from the Harbour Sleep Institute.",
        "Ruiz, A.M. Fasting and sleep. Curr Sleep Rep 23, 7 (2016). https://doi.org/10.1000/xyz",
    ],
)
def test_a_reference_entry_is_found(line: str) -> None:
    assert is_reference_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz and Ben Lusk went home in 2014.",
        "Ruiz, A. went home in May.",
        "Kelmsby FC and Dunmore FC drew 1-1 in 2014.",
        "Ruiz AM said the study of 2014: it found nothing.",  # one author without "et al.": no list
        "Prime Minister Ana Ruiz said on Tuesday that the 2014 law would stay.",
        "Ruiz AM, Lusk B. Fasting and sleep.",  # no year: nothing says it is a citation
    ],
)
def test_prose_is_no_reference_entry(line: str) -> None:
    assert not is_reference_entry(line)
