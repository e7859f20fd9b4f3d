"""Abbreviations whose full stop does not end a sentence ("Mr.", "Sen.", "Corp.", "Sept."), and
abbreviations of common nouns ("IT", "GP"), which name no one.

Lower case, without the full stop; a word of one letter ("J.") and a word with a full stop
inside ("U.S.") are abbreviations too, without a list.
"""

from __future__ import annotations

__all__ = ["COMMON_NOUN_ABBREVIATIONS", "SENTENCE_ABBREVIATIONS"]

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
COMMON_NOUN_ABBREVIATIONS: frozenset[str] = frozenset(
    w.casefold()
    for w in """
IT ICT AI HR R&D IoT ML VR AR UX UI QA SEO CRM ERP HVAC STEM ESG KPI KPIs ROI B2B B2C SaaS
GP GPs CEO CEOs CFO COO CTO CMO MP MPs MEP MEPs MPH PhD MBA
DIY TLC BIPOC LGBT LGBTQ LGBTQ+ FAQ FAQs ASAP FYI
""".split()
)
