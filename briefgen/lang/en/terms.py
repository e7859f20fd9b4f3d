"""Technical terms written like names: standards, connectors, file formats, software, programming
languages and voice assistants. A spec sheet or a how-to names them the way a story names a
company ("Connect over USB", "Ask Siri"), and the parser takes them for organisations or people;
none of them acts in a story as a person or an organisation does (the company that makes one is
named apart: "Apple", "Google").

Matched case-folded against an entity's whole name (see :func:`is_technical_term`).
"""

from __future__ import annotations

import re

__all__ = [
    "ACTOR_VERBS",
    "DISEASE_NAMES",
    "CONTRACT_NOUNS",
    "NEW_WORDS",
    "OWNER_NOUNS",
    "COLOUR_DETERMINERS",
    "COLOUR_WORDS",
    "PRODUCT_NOUNS",
    "PRODUCT_KIND_NOUNS",
    "SECTOR_WORDS",
    "AWARD_NOUNS",
    "PROGRAMME_NOUNS",
    "TECHNICAL_TERMS",
    "TERM_LAST_WORDS",
    "THING_NOUNS",
    "USE_PARTICLES",
    "USE_VERBS",
    "WINNING_VERBS",
    "WORK_NOUNS",
    "LETTERED_NOUNS",
    "is_technical_term",
    "is_term_head",
]

TECHNICAL_TERMS: frozenset[str] = frozenset(
    w.casefold()
    for w in """
USB USB-C HDMI DisplayPort Thunderbolt Ethernet Wi-Fi WiFi Bluetooth NFC GPS LTE 4G 5G 3G
GSM CDMA LAN WLAN VPN DNS SSL TLS HTTP HTTPS FTP SSH TCP UDP IP IPv4 IPv6 URL API SDK SMS MMS RSS
CPU GPU RAM ROM SSD HDD NAS LCD LED OLED AMOLED HDR HUD DSLR OS
PDF JPEG JPG PNG GIF MP3 MP4 HTML CSS XML JSON CSV
Python JavaScript TypeScript Perl PHP Golang Kotlin SQL Haskell
Linux Unix Android iOS macOS MacOS Windows Ubuntu Emacs Vim Docker Kubernetes Git
Siri Cortana Bixby Alexa
Bitcoin Ethereum
""".split()
)

_VERSION = re.compile(r"^(?:\d+(?:\.\d+)*(?:\.x)?|v\d+)$", re.IGNORECASE)


#: A program's error class, written as code writes it: "IndexError", "NullPointerException",
#: "DeprecationWarning" (words run together, each capitalised, the last one of these).
_ERROR_CLASS = re.compile(r"^(?:[A-Z][a-z0-9]*)+(?:Error|Exception|Warning)$")


#: Nouns of a class that a letter or a number names: a tournament's group ("Group C", "Pool B"), a
#: vitamin or a hepatitis ("Vitamin D", "Hepatitis B"), a type, phase, stage, grade ("Type 2",
#: "Phase 3"). The parser takes one for a person, a place or a club; it is none.
LETTERED_NOUNS: frozenset[str] = frozenset("group pool vitamin hepatitis type phase stage grade category".split())
_CLASS_LABEL = re.compile(r"^(?:[A-Z]|\d{1,2})$")


def is_technical_term(name: str) -> bool:
    """ "USB", "Bluetooth", "Python 3", "Android 12": a term of the list, alone or with a version
    number after it ("Google Assistant" is left to the company's name: no list word opens it); a
    program's error class ("IndexError", :data:`_ERROR_CLASS`), which a tutorial names the way a
    story names a company (no company's name runs "...Error" together); or a class a letter or a
    number names (:data:`LETTERED_NOUNS`: "Group C", "Vitamin D"; not "Channel 4", "Route 29")."""
    words = name.split()
    if len(words) == 1 and _ERROR_CLASS.match(words[0]) and words[0] not in ("Error", "Exception", "Warning"):
        return True
    if len(words) == 2 and words[0].casefold() in LETTERED_NOUNS and _CLASS_LABEL.match(words[1]):
        return True
    if not words or words[0].casefold() not in TECHNICAL_TERMS:
        return False
    return all(_VERSION.match(w) for w in words[1:])


#: Diseases and the viruses that cause them, written as names ("Covid", "Ebola", "GERD"): the
#: parser takes them for a person or an organisation; no actor of a story. Not the ones that also
#: name a company or a body ("Delta", "MS", "ALS"), case-folded.
DISEASE_NAMES: frozenset[str] = frozenset(
    """
covid covid-19 covid19 coronavirus sars sars-cov-2 mers ebola zika hiv aids hiv/aids gerd adhd copd
ptsd ocd ibs alzheimer's parkinson's omicron malaria cholera measles influenza h1n1 h5n1 tuberculosis
dengue mpox monkeypox hpv
""".split()
)


#: Last words of a capitalised phrase that names a technique, a measure or a condition
#: ("Thermal Contrast Analysis", "Slow Wave Sleep Disorder"):
#: its abbreviation is a term (see :mod:`briefgen.summary.entities.acronyms`).
TERM_LAST_WORDS: frozenset[str] = frozenset(
    """
analysis analyses syndrome symptoms disease disorder deficiency infection therapy treatment
technology technologies recording imaging scan scanning test testing index rate ratio factor
protocol interface language format spectroscopy method technique procedure learning intelligence
""".split()
)
#: Endings of the learned words of science and medicine ("densitometry", "tendinitis").
_TERM_ENDINGS = re.compile(r"(?:metry|graphy|scopy|logy|itis|osis|emia|aemia|pathy|plasty|ectomy)$")


def is_term_head(word: str) -> bool:
    """A word that ends the name of a technique, a measure or a condition (see :data:`TERM_LAST_WORDS`)."""
    lower = word.casefold()
    return lower in TERM_LAST_WORDS or bool(_TERM_ENDINGS.search(lower))


#: Nouns of things a name may be given: a condition, a craft, a device, a call ("Corrin disease",
#: "the Skyfarer app", "the rover Tessel"). A name written before or after one ("the
#: Kelmsby app") names the thing, not an actor; nouns a company often stands before ("the
#: Tarvel report", "a Tarvel post", "a Tarvel game") are left out.
THING_NOUNS: frozenset[str] = frozenset(
    """
disease syndrome virus infection disorder condition costume outfit rover probe lander spacecraft
telescope satellite app console webinar scan
""".split()
)
#: Nouns of works: a name right after one ("the film Tidewater", "a show called Open Water") is the
#: work's title; one before it is most often its author's or maker's ("a Dickens novel").
WORK_NOUNS: frozenset[str] = frozenset(
    """
game videogame song album single film movie novel book podcast episode show series sitcom
documentary musical franchise sequel comedy drama thriller opera play painting poem memoir
blockbuster epic soap cartoon
""".split()
)

#: Lemmas of verbs whose object is a thing one has, runs or gets: software, a device, a service,
#: a product ("install Skyfarer", "bought a Nimbus", "launched Glowline"). A company is rarely
#: their object where it does not also speak or act (see :mod:`briefgen.summary.actors.products`).
#: ("instal": the parser's lemma of "installing")
USE_VERBS: frozenset[str] = frozenset(
    """use install instal uninstall reinstall download update upgrade enable disable activate configure
    launch buy unbox""".split()
)
#: A verb and the word after it that take a product as their object ("turn on Glowline", "switch
#: to Skyfarer", "log into Cloudbox", "upgrade to Nimbus").
USE_PARTICLES: frozenset[tuple[str, str]] = frozenset(
    {
        ("turn", "on"),
        ("turn", "off"),
        ("switch", "to"),
        ("switch", "on"),
        ("switch", "off"),
        ("log", "into"),
        ("log", "in"),
        ("sign", "into"),
        ("upgrade", "to"),
        ("run", "on"),
    }
)
#: Words that give a product its age right after "the" or "a" ("the new Nimbus", "the latest
#: Skyfarer"); a person or a company rarely takes them right before the name.
NEW_WORDS: frozenset[str] = frozenset("new latest upcoming updated redesigned refreshed".split())
#: Colours that describe a car, a phone or a device before its make ("the silver Vantor", "a
#: black Zentrix"): no one calls a person or a company by its colour.
COLOUR_WORDS: frozenset[str] = frozenset(
    "black white silver grey gray red blue green yellow orange purple pink brown gold beige maroon".split()
)
#: Words that open the phrase of such a colour ("the", "that silver Vantor", "his red Zentrix").
COLOUR_DETERMINERS: frozenset[str] = frozenset("the a an that this his her their its".split())

#: Head nouns of a programme: a name right before one is the programme's ("the CRX program", "the
#: Lunar Cargo Services (LCS) initiative").
PROGRAMME_NOUNS: frozenset[str] = frozenset(
    "program programs programme programmes initiative initiatives scheme schemes mission missions".split()
)
#: Words of a trade or a cause that end a company's or a body's name after its brand ("Tarvel
#: Health", "Nomi Beauty", "Veltrix Motor", "UN Habitat"): the body itself, not its product.
SECTOR_WORDS: frozenset[str] = frozenset(
    """
Motor Health Healthcare Beauty Energy Power Pharma Pharmaceuticals Financial Finance Telecom
Communications Foods Brands Resources Mining Oil Gas Steel Electric Electronics Chemicals Logistics
Solutions Software Games Interactive Digital Global International Worldwide Ventures Research
Consulting Women Children Habitat Sports Bio Biotech Therapeutics Medical Wireless Mobile Cloud
Auto Automotive Aviation Shipping Retail Realty Properties Hotels Resorts Resort Cinemas Music
""".split()
)
#: Nouns of what a programme of purchases gives out: a name spelled out with its acronym right
#: before one ("Lunar Cargo Services (LCS) contracts", "an LCS award") is the programme's.
AWARD_NOUNS: frozenset[str] = frozenset("contract contracts award awards grant grants".split())
#: Head nouns of a product, a service or a programme: a name right before one, as its modifier, is
#: the thing's name ("the Cloudbox platform", "Norvik Infinity monitors", "the CRX program"), not an
#: actor's. Not "network", "brand", "products", "group" or "project": a company names those ("the
#: Haqqani network", "the Acme brand", "Acme products") as often.
PRODUCT_NOUNS: frozenset[str] = PROGRAMME_NOUNS | frozenset(
    """
platform platforms service app apps application console consoles device devices gadget headset
headsets smartphone smartphones phone phones handset handsets laptop laptops tablet tablets monitor
monitors chip chips processor processors software browser chatbot subscription
""".split()
)
#: Head nouns that say what a product is when the text describes a name by one ("Cloudplay, a
#: game-streaming service", "Nomi Pure is an air purifier"): :data:`PRODUCT_NOUNS` and the nouns of
#: goods a shop or a review sells. Not "company", "maker", "brand" or "network": a company is
#: described by those.
PRODUCT_KIND_NOUNS: frozenset[str] = PRODUCT_NOUNS | frozenset(
    """
product supplement purifier cleaner gadget tool toy game drink snack cream serum lotion formula
vehicle car truck camera earbuds headphones charger
""".split()
)
#: Common nouns that name an organisation as the owner of a thing ("the company's Cloudbox", "the
#: agency's Lunar Cargo program"); a name owned by one is its product, service or programme.
OWNER_NOUNS: frozenset[str] = frozenset(
    """
company firm agency giant maker manufacturer carrier operator retailer developer startup start-up
group corporation conglomerate network broadcaster ministry department bank insurer airline
""".split()
)
#: Lemmas of verbs only an actor is the subject of: a name that announces, sues or hires is a
#: company or a body, whatever it owns or runs ("Cloudbox announced ..." keeps Cloudbox an actor).
ACTOR_VERBS: frozenset[str] = frozenset(
    """
announce sue hire employ acquire sign agree deny accuse fire order invest own operate
""".split()
)

# Nouns of what a business is awarded: a name that wins one, or that one goes or is awarded to,
# is a company's ("contracts went to Orbitex and Lunaris", "Orbitex won a contract").
CONTRACT_NOUNS: frozenset[str] = frozenset("contract contracts tender tenders subcontract subcontracts".split())
# Verbs whose subject gets what it is awarded ("Orbitex won a contract", "Orbitex secured a tender").
WINNING_VERBS: frozenset[str] = frozenset("win secure land receive get bag clinch".split())
#: Words right before a stock's symbol in brackets: "Acme shares (ACM) trade on the Kelby
#: exchange", "the company's stock (ticker: ACM)".
STOCK_WORDS: frozenset[str] = frozenset("share shares stock stocks ticker symbol".split())
#: Nouns of a vehicle a maker builds or flies ("its Skylark spaceplane", "the company's Tarn
#: rocket"): after an organisation's possessive or "its", the name before them is the vehicle's.
VEHICLE_NOUNS: frozenset[str] = frozenset(
    """
    vehicle vehicles spacecraft spaceplane spaceplanes rocket rockets lander landers rover rovers
    capsule capsules aircraft airliner airliners jet jets drone drones satellite satellites car cars
    truck trucks ship ships
    """.split()
)
