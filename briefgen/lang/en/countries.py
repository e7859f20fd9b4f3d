"""Countries and nationalities: the names a country goes by, and the words for its people.

Data for :mod:`.gazetteer` (which re-exports it): the member states of the United Nations and a
few country-like territories, with the other names papers use for them ("U.K.", "St. Lucia"),
and the nationality and group words (spaCy's NORP) that are never actors by themselves.
"""

from __future__ import annotations

__all__ = [
    "COUNTRY_ALIASES",
    "COUNTRY_FORMS",
    "NATIONALITIES",
    "WORLD_REGIONS",
    "canonical_country",
    "is_nationality",
    "is_world_region",
]

# Canonical country name -> other names it goes by (all matched case-folded, dots kept).
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": ("U.S.", "US", "U.S", "USA", "U.S.A.", "America", "United States of America"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Russia": ("Russian Federation",),
    "China": ("People's Republic of China", "PRC", "Mainland China"),
    "Taiwan": ("Republic of China",),
    "Soviet Union": ("USSR", "U.S.S.R."),
    "Czech Republic": ("Czechia",),
    "South Korea": ("Republic of Korea", "S. Korea"),
    "North Korea": ("Democratic People's Republic of Korea", "DPRK", "N. Korea"),
    "Netherlands": ("Holland", "The Netherlands"),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "Democratic Republic of Congo": (
        "DRC",
        "Democratic Republic of the Congo",
        "Congo-Kinshasa",
        "Zaire",
    ),
    "Ivory Coast": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "Myanmar": ("Burma",),
    "Bosnia": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "Vatican": ("Holy See", "Vatican City"),
    "Saint Kitts and Nevis": ("St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts & Nevis"),
    "Saint Lucia": ("St Lucia", "St. Lucia"),
    "Saint Vincent and the Grenadines": ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    "Sao Tome and Principe": ("São Tomé and Príncipe",),
    "Antigua and Barbuda": ("Antigua & Barbuda",),
}
# Countries known by one name only (plus the canonical ones above).
_PLAIN_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei
Bulgaria Burundi Cambodia Cameroon Canada Chad Chile Colombia Comoros Congo Croatia Cuba Cyprus
Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France
Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya
Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
Lithuania Luxembourg Macedonia Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Namibia Nauru
Nepal Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
Philippines Poland Portugal Qatar Romania Rwanda Samoa Senegal Serbia Seychelles Singapore
Slovakia Slovenia Somalia Spain Sudan Suriname Swaziland Sweden Switzerland Syria Tajikistan
Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay
Uzbekistan Vanuatu Venezuela Vietnam Yemen Yugoslavia Zambia Zimbabwe England Scotland Wales
Chechnya Tibet Kashmir Kurdistan Greenland
"""
_MULTI_WORD_COUNTRIES = (
    "New Zealand",
    "South Africa",
    "Saudi Arabia",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Hong Kong",
    "Puerto Rico",
    "Sierra Leone",
    "Papua New Guinea",
    "Dominican Republic",
    "Central African Republic",
    "Equatorial Guinea",
    "East Timor",
    "Trinidad and Tobago",
    "Burkina Faso",
    "Cape Verde",
    "South Sudan",
    "San Marino",
    "Northern Ireland",
    "West Bank",
    "Gaza Strip",
    "Slovak Republic",
    "Chechen Republic",
    # the rest of the UN's member states whose names have more than one word
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Guinea-Bissau",
    "Marshall Islands",
    "Solomon Islands",
    "North Macedonia",
    "Timor-Leste",
)

COUNTRY_ALIASES: dict[str, str] = {}
for _canon, _aliases in _COUNTRIES.items():
    for _form in (_canon, *_aliases):
        COUNTRY_ALIASES[_form.casefold()] = _canon
for _name in (*_PLAIN_COUNTRIES.split(), *_MULTI_WORD_COUNTRIES):
    COUNTRY_ALIASES.setdefault(_name.casefold(), _name)
#: Every name above as papers write it ("St. Lucia", "Antigua & Barbuda"), in its own case.
COUNTRY_FORMS: frozenset[str] = frozenset(
    (
        *_COUNTRIES,
        *(a for aliases in _COUNTRIES.values() for a in aliases),
        *_PLAIN_COUNTRIES.split(),
        *_MULTI_WORD_COUNTRIES,
    )
)

# Nationality and group adjectives/nouns: spaCy's NORP, never actors by themselves.
NATIONALITIES: frozenset[str] = frozenset(
    w.casefold()
    for w in """
American Americans British Briton Britons English Scottish Scot Scots Welsh Irish French German
Germans Italian Italians Spanish Spaniard Portuguese Dutch Belgian Swiss Austrian Swedish Swede
Norwegian Danish Dane Finnish Finn Icelandic Polish Pole Poles Czech Czechs Slovak Hungarian
Romanian Bulgarian Greek Greeks Turkish Turk Turks Russian Russians Ukrainian Ukrainians
Belarussian Belarusian Georgian Armenian Azeri Kazakh Uzbek Tajik Tajiks Kyrgyz Turkmen Chechen
Chechens Serb Serbs Serbian Croat Croats Croatian Bosnian Bosnians Slovene Slovenian Albanian
Macedonian Montenegrin Kosovar Lithuanian Latvian Estonian Chinese Japanese Korean Koreans
Taiwanese Vietnamese Thai Cambodian Cambodians Khmer Lao Burmese Malaysian Indonesian Filipino
Singaporean Indian Indians Pakistani Pakistanis Bangladeshi Afghan Afghans Nepalese
Tibetan Mongolian Iranian Iranians Iraqi Iraqis Kurd Kurds Kurdish Syrian Syrians Lebanese
Israeli Israelis Palestinian Palestinians Jordanian Saudi Saudis Kuwaiti Yemeni Omani Qatari
Emirati Egyptian Egyptians Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Somali Kenyan
Ugandan Rwandan Rwandans Burundian Congolese Zairean Nigerian Ghanaian Senegalese Chadian
Angolan Zambian Zimbabwean Mozambican Namibian Canadian Canadians Mexican
Mexicans Cuban Cubans Haitian Jamaican Colombian Venezuelan Peruvian Chilean Argentine
Argentinian Brazilian Brazilians Bolivian Ecuadorean Ecuadorian Uruguayan Paraguayan Panamanian
Nicaraguan Salvadoran Guatemalan Honduran Australian Australians
Barbadian Barbadians Bajan Bajans Bahamian Bahamians Trinidadian Trinidadians Grenadian Grenadians
Guyanese Belizean Belizeans Surinamese Antiguan Antiguans Kittitian Vincentian Vincentians
Ivorian Ivorians Malian Malians Cameroonian Cameroonians Tanzanian Tanzanians Malawian Malawians
Liberian Liberians Gambian Gambians Guinean Guineans Beninese Togolese Burkinabe Nigerien
Mauritanian Eritrean Eritreans Djiboutian Malagasy Mauritian Mauritians Seychellois Comorian
Cypriot Cypriots Maltese Luxembourger Moldovan Moldovans Bahraini Bahrainis Maldivian Bhutanese
Bruneian Samoan Samoans Tongan Tongans Dominican Dominicans
Aussie Kiwi Fijian European Europeans African Africans Asian Asians Arab Arabs
Soviet Hutu Hutus Tutsi Tutsis Muslim Muslims Christian Christians Jew
Jews Jewish Catholic Catholics Protestant Protestants Sikh Sikhs Hindu Hindus Buddhist Buddhists
Islamist Islamists Shi'ite Shiite Sunni Democrat Democrats Republican Republicans Communist
Communists Socialist Socialists Conservative Conservatives Liberal Liberals
""".split()
) | frozenset(("south african", "new zealander", "sri lankan", "costa rican", "puerto rican", "latin american"))


def canonical_country(name: str) -> str | None:
    """The canonical name of a country or country-like territory, or None if ``name`` is not one."""
    key = name.strip().casefold()
    if key.startswith("the "):
        key = key[4:]
    return COUNTRY_ALIASES.get(key)


def is_nationality(name: str) -> bool:
    """True for nationality and group words ("Russian", "Chechens") that are not actors."""
    return name.strip().casefold() in NATIONALITIES


#: Continents and the world's regions as news names them: places, whatever precedes them ("President
#: Tarvel North America" is a company's division; the region in it is still a place).
WORLD_REGIONS: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        "Africa",
        "Asia",
        "Europe",
        "Oceania",
        "Antarctica",
        "North America",
        "South America",
        "Central America",
        "Latin America",
        "the Americas",
        "Middle East",
        "the Middle East",
        "Near East",
        "Far East",
        "Southeast Asia",
        "South Asia",
        "East Asia",
        "Central Asia",
        "Asia-Pacific",
        "Asia Pacific",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Northern Europe",
        "Southern Europe",
        "Sub-Saharan Africa",
        "North Africa",
        "West Africa",
        "East Africa",
        "Southern Africa",
        "Scandinavia",
        "the Balkans",
        "the Caribbean",
        "the Arctic",
    )
)


def is_world_region(name: str) -> bool:
    """True for a continent or a region of the world ("North America", "the Middle East")."""
    return name.strip().casefold() in WORLD_REGIONS
