"""Names that several countries give their money (pesos, shillings, crowns, pounds, rials,
dollars): which one a sentence means, by a country's possessive before the name ("Mexico's
peso", "Iran's rial") or, for a bare "1.510 Pesos", by the one country of that family the
sentence names ("des argentinischen Peso", "in Kenya"); a bare "$" by the agency whose
dateline opens the copy ("OTTAWA (CP) —")."""

from __future__ import annotations

import re

from ..wordtrie import trie_pattern
from .tables import _COUNTRY_CURRENCY, _CURRENCY_ADJ

_FAMILY_CODES = {
    "peso": ("ARS", "MXN", "PHP", "CLP", "COP"),
    "shilling": ("KES", "TZS", "UGX"),
    "crown": ("SEK", "NOK", "DKK", "CZK", "ISK"),
    "pound": ("GBP", "EGP", "LBP", "SYP", "SDG"),
    "rial": ("IRR", "OMR", "YER", "SAR", "QAR"),
    "dollar": ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"),
}
_FAMILY_OF_CODE = {code: fam for fam, codes in _FAMILY_CODES.items() for code in codes}
_FAMILY_OF_NAME = {
    **dict.fromkeys(("peso", "pesos"), "peso"),
    **dict.fromkeys(("shilling", "shillings", "schilling"), "shilling"),
    **dict.fromkeys(("crown", "crowns", "krone", "kronen", "kroner", "krona"), "crown"),
    **dict.fromkeys(("pound", "pounds", "pfund"), "pound"),
    **dict.fromkeys(("rial", "rials", "riyal", "riyals"), "rial"),
    **dict.fromkeys(("dollar", "dollars"), "dollar"),
}
# Adjectives and countries that pick a peso, a shilling or a crown (the names no default serves).
_BARE_FAMILIES = ("peso", "shilling", "crown")
_PICKERS = {
    w: code
    for table in (_CURRENCY_ADJ, _COUNTRY_CURRENCY)
    for w, code in table.items()
    if _FAMILY_OF_CODE.get(code) in _BARE_FAMILIES
}
_R_PICKER = re.compile(r"(?i)(?<![\w])(?:" + trie_pattern(_PICKERS) + r")(?![\w])")


def owner_currency(name: str, owner: str | None) -> str | None:
    """ "Mexico's peso" MXN, "Egypt's pound" EGP: the possessive country's currency when it is
    one of the name's family; None otherwise."""
    if owner is None:
        return None
    code = _COUNTRY_CURRENCY.get(owner.lower())
    fam = _FAMILY_OF_NAME.get(name.lower())
    return code if fam is not None and _FAMILY_OF_CODE.get(code or "") == fam else None


def named_in_sentence(text: str, start: int, name: str) -> str | None:
    """ "Der Kurs des argentinischen Peso fiel auf 1.475 Pesos": a bare peso, shilling or crown
    takes the one currency of its family that the sentence names by adjective or country."""
    fam = _FAMILY_OF_NAME.get(name.lower())
    if fam not in _BARE_FAMILIES:
        return None
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    hi = min(ends) if ends else len(text)
    codes = {_PICKERS[m.group().lower()] for m in _R_PICKER.finditer(text, lo, hi)}
    codes = {c for c in codes if _FAMILY_OF_CODE[c] == fam}
    if not codes and (home := dateline_currency(text)) is not None and _FAMILY_OF_CODE[home] == fam:
        return home  # "OSLO, March 5 (Reuters) - ... 60 million crowns": the dateline's country
    if not codes and name.lower() in ("shilling", "shillings"):
        # English copy's bare shilling is Kenya's unless another country of the family is named
        # (batches 163-248 label every one KES).
        return "KES"
    if not codes and name == "Schilling":
        return "ATS"  # German copy's bare "Schilling" is Austria's old money ("zirka 9,4 Mrd. Schilling", batch 376)
    return codes.pop() if len(codes) == 1 else None


# National agencies write their own dollar as a bare "$" (and others' with letters: "US$", "$US"):
# The Canadian Press and AAP. Their tag stands in the dateline that opens the copy ("OTTAWA (CP) —",
# "SYDNEY, Feb 19 (AAP) -"), so a "$" anywhere in that text is theirs. Reuters, AP and AFP write
# "C$" and "A$", and "Canada" named in a sentence proves nothing ("the box office in the U.S. and
# Canada ... $41.3 million").
_R_AGENCY_DATELINE = re.compile(r"[\W_]{0,3}[A-Z][A-Z .'’\-]{1,30}(?:,[^()\n]{1,30})?[ \u00a0]\((CP|AAP)\)")
_AGENCY_DOLLARS = {"CP": "CAD", "AAP": "AUD"}


# Without a dateline, a home market named in the sentence: "shares fell 3.6 per cent to $41.22 on the
# Toronto Stock Exchange", "The Calgary-based carrier earned $96.4 million", "a fully franked final
# dividend" (batch 508).
_R_HOME_MARKET = re.compile(
    r"(?<![\w])(?:(Toronto[ \u00a0]+Stock[ \u00a0]+Exchange|TSX|(?:Montreal|Calgary|Toronto|Vancouver|Ottawa"
    r"|Edmonton|Winnipeg|Halifax|Mississauga)-based)|(ASX|Australian[ \u00a0]+Securities[ \u00a0]+Exchange"
    r"|fully[ \u00a0]+franked|(?:Sydney|Melbourne|Perth|Brisbane|Adelaide)-based))(?![\w])"
)

_HOME_GATE = ("-based", "xchange", "TSX", "ASX", "franked")


def agency_dollar(text: str) -> str | None:
    """ "OTTAWA (CP) — ... by $150 million": the dollar of the agency whose dateline opens ``text``,
    or of the one home market the text names."""
    m = _R_AGENCY_DATELINE.match(text)
    if m:
        return _AGENCY_DOLLARS[m.group(1)]
    if not any(word in text for word in _HOME_GATE):
        return None
    homes = {"CAD" if h.group(1) else "AUD" for h in _R_HOME_MARKET.finditer(text)}
    return homes.pop() if len(homes) == 1 else None


# Capitals whose country's money shares its name with others' (crowns, pesos, shillings), as the
# dateline that opens wire copy names them ("OSLO, March 5 (Reuters) -", "Prag (APA/dpa) -").
_DATELINE_CURRENCY = {
    "oslo": "NOK", "stockholm": "SEK", "copenhagen": "DKK", "kopenhagen": "DKK", "prague": "CZK", "prag": "CZK",
    "reykjavik": "ISK", "mexico city": "MXN", "mexiko-stadt": "MXN", "buenos aires": "ARS", "manila": "PHP",
    "santiago": "CLP", "bogota": "COP", "bogotá": "COP", "nairobi": "KES", "kampala": "UGX", "dar es salaam": "TZS",
}
_R_DATELINE_CITY = re.compile(
    r"[\W_]{0,3}(" + trie_pattern(_DATELINE_CURRENCY) + r")(?:,|[ \u00a0]+\(|[ \u00a0]+[-–—])", re.IGNORECASE
)


def dateline_currency(text: str) -> str | None:
    """The money of the country whose capital's dateline opens ``text``, or None."""
    m = _R_DATELINE_CITY.match(text)
    return _DATELINE_CURRENCY[m.group(1).lower()] if m else None


# Rupees are India's unless the sentence or the dateline names another country that counts in
# them ("Nepal's government ... 25,000 rupees", "KATHMANDU (AP) - ... 50,000 rupees"; batch 486).
_RUPEE_COUNTRIES = {
    "india": "INR", "indian": "INR", "nepal": "NPR", "nepali": "NPR", "nepalese": "NPR", "kathmandu": "NPR",
    "pakistan": "PKR", "pakistani": "PKR",
    "islamabad": "PKR", "karachi": "PKR", "lahore": "PKR", "sri lanka": "LKR", "sri lankan": "LKR", "colombo": "LKR",
}
_R_RUPEE_COUNTRY = re.compile(r"(?i)(?<![\w])(?:" + trie_pattern(_RUPEE_COUNTRIES) + r")(?![\w])")


def rupee_country(text: str) -> str | None:
    """The one rupee country that ``text`` names, or None."""
    codes = {_RUPEE_COUNTRIES[m.group().lower()] for m in _R_RUPEE_COUNTRY.finditer(text)}
    return codes.pop() if len(codes) == 1 else None
