"""Titles and forms of address that stand before a person's name ("Sen.", "Dr.", "President").

The titles are nameparser's (a maintained library for the structure of people's names; its
``CONSTANTS.titles``), with the few abbreviations of English news usage it lacks. Forms of
address ("Mr.", "Dr.") are titles that say nothing of a person's role.
"""

from __future__ import annotations

from nameparser.config import CONSTANTS

__all__ = [
    "ABBREVIATED_OFFICES",
    "FORMS_OF_ADDRESS",
    "HONORIFIC_SEX",
    "NAME_PARTICLES",
    "PEERAGE_TITLES",
    "TITLES_OF_A_PLACE",
    "opens_on_title_of_a_place",
    "honorific_sex",
    "is_title",
]

#: Abbreviations of English news copy that nameparser's list lacks ("Sen. Ruth Okafor").
_EXTRA_TITLES = frozenset({"sen", "sens", "det", "supt", "cllr", "del", "amb", "atty"})
#: Forms of address: stripped from a name, but no role.
FORMS_OF_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "rev", "mister", "madam"}
)
#: Titles of a peer, which with one name after them are the name a peer is known by ("Lord Tarvin",
#: "Baroness Lusk", "Lady Tamsin"): kept with it, unlike a form of address before a full name.
PEERAGE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl"})
#: Titles held of a place, which name their holder: "the Duchess of Kelby", "the Archbishop of
#: Lusk", "the Mayor of Dunmore" is a person, not an organisation nor the place.
TITLES_OF_A_PLACE = frozenset(
    """
Duke Duchess Earl Countess Marquess Marquis Marchioness Viscount Viscountess Baron Baroness
Prince Princess King Queen Emperor Empress Sultan Emir Archbishop Bishop Mayor
""".split()
)


#: Academic titles written before a name ("Professor Ana Roe", "Dr. Ben Lusk"): they say the
#: person's standing, not the office the story gives them ("..., head of surgery at ...").
ACADEMIC_TITLES = frozenset({"professor", "prof", "doctor", "dr"})
#: Forms of address that say the person's sex ("m" or "f"), without their full stop: "Mr. Ruiz"
#: is a man, "Mrs. Ruiz" a woman.
HONORIFIC_SEX: dict[str, str] = {
    **dict.fromkeys(("mr", "sir", "lord"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady"), "f"),
}

#: The office an abbreviated title stands for: a description written with the office's noun
#: ("the senator", "the Harbour State governor") refers to the person the title was given ("Sen.
#: Ana Ruiz", "Harbour State Gov. Tom Lee").
ABBREVIATED_OFFICES: dict[str, str] = {
    "sen": "senator",
    "sens": "senator",
    "gov": "governor",
    "rep": "representative",
    "reps": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "maj": "major",
    "sec": "secretary",
    "amb": "ambassador",
    "supt": "superintendent",
    "det": "detective",
    "insp": "inspector",
    "cllr": "councillor",
    "atty": "attorney",
    "pres": "president",
    "prof": "professor",
}

#: Lower-case words that belong to a name ("Omar al-Rashid", "Lena de Vries", "Tom van Ess").
NAME_PARTICLES = frozenset(
    "al el de del della di da du dos das van von der den la le ter ten bin ibn bint abu y e af zu".split()
)


def is_title(word: str) -> bool:
    """True for a title that may stand before a name: "Gen.", "senator", "President"."""
    lower = word.rstrip(".").lower()
    return lower in CONSTANTS.titles or lower in _EXTRA_TITLES


def honorific_sex(word: str) -> str | None:
    """ "m" or "f" for a form of address that says the person's sex ("Mr.", "Mrs", "Lady"), else None."""
    return HONORIFIC_SEX.get(word.rstrip(".").lower())


def opens_on_title_of_a_place(words: list[str]) -> bool:
    """``words`` open on a title held of a place (:data:`TITLES_OF_A_PLACE`) and "of", with a word
    after them: "Duchess of Kelby"."""
    return len(words) > 2 and words[0] in TITLES_OF_A_PLACE and words[1] == "of"
