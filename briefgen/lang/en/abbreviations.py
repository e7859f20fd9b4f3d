"""Abbreviations whose full stop does not end a sentence ("Mr.", "Sen.", "Corp.", "Sept."), and
abbreviations of common nouns ("IT", "GP"), which name no one.

Lower case, without the full stop; a word of one letter ("J.") and a word with a full stop
inside ("U.S.") are abbreviations too, without a list.
"""

from __future__ import annotations

__all__ = [
    "COMMON_NOUN_ABBREVIATIONS",
    "SENTENCE_ABBREVIATIONS",
    "CLOCK_TIME_END",
    "AFTER_CLOCK_TIME",
    "US_STATE_ABBREVIATIONS",
    "US_STATE_POSTAL_CODES",
]

SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt
    jr sr st prof rev mt ft no vs v inc corp
    co ltd u.s u.n del amb supt det atty cmdr hon fr
    sens reps adm maj pres jan feb mar apr aug sept sep
    oct nov dec
    """.split()
)

#: Abbreviations of common nouns: a field or a department ("the IT department", "healthcare
#: ICT", "AI tools"), a trade or an office held by many ("see your GP", "a letter from the CMO"), a
#: phrase ("DIY", "TLC"). The model takes them for organisations; none names one organisation.
#: Not those that are also places or bodies' short names ("PR", Puerto Rico; "MD", Maryland).
#: Also the letters written after a name, which the model may take for a name of their own: a
#: degree, a rank at the bar, a generation ("Ph.D.", "QC", "Jr."), and a company's "Co".
#: Compared without their full stops.
COMMON_NOUN_ABBREVIATIONS: frozenset[str] = frozenset(
    w.casefold()
    for w in """
IT ICT AI HR R&D IoT ML VR AR UX UI QA SEO CRM ERP HVAC STEM ESG KPI KPIs ROI B2B B2C SaaS
GP GPs CEO CEOs CFO COO CTO CMO MP MPs MEP MEPs MPH PhD MBA MSc BSc DPhil QC KC Jr Sr Esq Co
DIY TLC BIPOC LGBT LGBTQ LGBTQ+ FAQ FAQs ASAP FYI
""".split()
)

#: A clock time that ends on its abbreviation's full stop ("at 8 a.m.", "11:15 P.M."): a sentence
#: may end there, or go on with the day, the date or the zone of the time (:data:`AFTER_CLOCK_TIME`).
CLOCK_TIME_END = r"\b[ap]\.\s?m\.$"

#: Words that go on from a clock time in the same sentence ("at 8 a.m. GMT", "from 11:15 p.m. Oct. 3",
#: "by 4 a.m. Sunday"): days, months (whole or abbreviated) and time zones; lower case, no full stop.
AFTER_CLOCK_TIME: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest ist aest
    eastern central mountain pacific local
    """.split()
)

#: The abbreviations of the US states in news style (AP), written after a town ("Dunmore, Ill."),
#: and the states' names: a reader's list of places shows "Illinois", not the fragment "Ill".
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama",
    "Ariz": "Arizona",
    "Ark": "Arkansas",
    "Calif": "California",
    "Colo": "Colorado",
    "Conn": "Connecticut",
    "Del": "Delaware",
    "Fla": "Florida",
    "Ga": "Georgia",
    "Ill": "Illinois",
    "Ind": "Indiana",
    "Kan": "Kansas",
    "Ky": "Kentucky",
    "La": "Louisiana",
    "Md": "Maryland",
    "Mass": "Massachusetts",
    "Mich": "Michigan",
    "Minn": "Minnesota",
    "Miss": "Mississippi",
    "Mo": "Missouri",
    "Mont": "Montana",
    "Neb": "Nebraska",
    "Nev": "Nevada",
    "N.H": "New Hampshire",
    "N.J": "New Jersey",
    "N.M": "New Mexico",
    "N.Y": "New York",
    "N.C": "North Carolina",
    "N.D": "North Dakota",
    "Okla": "Oklahoma",
    "Ore": "Oregon",
    "Pa": "Pennsylvania",
    "R.I": "Rhode Island",
    "S.C": "South Carolina",
    "S.D": "South Dakota",
    "Tenn": "Tennessee",
    "Tex": "Texas",
    "Vt": "Vermont",
    "Va": "Virginia",
    "Wash": "Washington",
    "W.Va": "West Virginia",
    "Wis": "Wisconsin",
    "Wyo": "Wyoming",
}


#: The US Postal Service's two-letter codes of the states and the District of Columbia, written
#: after a town on many sites ("Harwick, MD"), and the states' names.
US_STATE_POSTAL_CODES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
