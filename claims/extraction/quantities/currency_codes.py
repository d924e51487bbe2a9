"""Which currency a figure is in: a currency name's code, the currency of cents, the currency an
exchange rate prices."""

from __future__ import annotations

import re

from .currency_families import agency_dollar, owner_currency
from .tables import _ADJ_DECIDES, _CURRENCIES, _CURRENCY_ADJ, _SUBUNITS
from .units import _R_CENT_OWNER, _R_CURRENCY, _R_OPENING_CURRENCY, _R_PRICED_CURRENCY, _R_RATE_LINK

_R_AFTER_EURO_CENT = re.compile(
    r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:a|an|per|in|on|from|to|and|or|for|including|excluding|each|apiece"
    # ("had risen to about 41 cent this year", batch 504)
    r"|this|last|since|compared|against|versus|but|while)(?![\w])"
)


def _cent_currency(text: str, start: int, code: str) -> str | None:
    """ "€1.79 a litre, up 9 cent": a lower-case cent after a euro amount in the same sentence
    is a euro cent (Irish and euro-area English write it in the singular), as are "cents"
    when the last amount before them is in euros; "cents" after an amount in a dollar ("A$5.7bn
    ... 60 cents a share", "C$1.2 billion", "Australian dollars") are cents of that dollar;
    otherwise "cent" is left unread ("a 9 cent stamp" may be American) and "cents" are US cents."""
    lo = max(0, start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    owners = list(_R_CENT_OWNER.finditer(text, cut + 1 if cut >= 0 else lo, start))
    owner = owners[-1] if owners else None
    if owner is None:
        # "85 cents a share, down from A$1.10": none before, the amount named after them in the
        # sentence decides.
        stop = _R_SENTENCE_END.search(text, start, start + 160)
        owner = _R_CENT_OWNER.search(text, start, stop.start() if stop else min(len(text), start + 160))
    if owner is not None and owner.group("eur"):
        return "EUR"
    if code == "cent":
        # "41.5 cent a litre", "by between 1.5 and 2 cent a litre": with no euro amount
        # in the sentence the singular after a figure is still Irish and euro-area English's euro cent
        # (batch 259; American copy writes "cents"), unless a noun or a comparison follows ("a 9 cent
        # stamp", "costs 9 cent more" stay unread).
        end = text.find("cent", start)
        return "EUR" if end >= 0 and _R_AFTER_EURO_CENT.match(text, end + 4) else None
    if owner is None:
        return agency_dollar(text) or "USD"  # "OTTAWA (CP) — ... rose 5 cents": the agency's dollar
    if owner.group("pre"):
        return _CURRENCIES[owner.group("pre").lower() + "$"]
    if owner.group("adj"):
        return _CURRENCY_ADJ[owner.group("adj").lower()]
    return owner.group("code") or (owner.group() == "$" and agency_dollar(text)) or "USD"


def de_cent_currency(text: str, start: int) -> str:
    """German "Cent" is a euro cent, unless its sentence prices in dollars and names no euro ("verteuerte
    sich je Fass um 39 Cent auf 65,20 Dollar": US cents)."""
    lo = max(0, start - 160)
    cut = text.rfind(". ", lo, start)
    stop = _R_SENTENCE_END.search(text, start, start + 160)
    window = text[cut + 1 if cut >= 0 else lo : stop.start() if stop else min(len(text), start + 160)]
    if "Dollar" in window or "$" in window:
        return "EUR" if _R_DE_EURO.search(window) else "USD"
    return "EUR"


_R_DE_EURO = re.compile(r"€|(?<![\w])Euro(?![\w\-])")
_R_SENTENCE_END = re.compile(r"[.!?;][\"'”“»«)]*(?:\s|$)|\n")


def _exchange_rate(text: str, start: int, num_start: int, pos: int) -> tuple[str, int] | None:
    """ "The yen weakened to 152.40 per dollar", "Der Franken notierte bei 0,93 je Euro": the
    currency the rate prices (named with an article before the figure in the same sentence)
    and where the rate ends, or None. The figure is money in that currency (the lead's
    convention), as "151.20 yen" after "The dollar rose to" is."""
    link = _R_RATE_LINK.match(text, pos)
    cm = _R_CURRENCY.match(text, link.end()) if link else None
    if cm is None or cm.group("cur").lower() in _SUBUNITS:
        return None
    quoted = _currency_code(cm.group("cur"), cm.group("adj"))
    lo = max(0, num_start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    priced = None
    for pm in _R_PRICED_CURRENCY.finditer(text, cut + 1 if cut >= 0 else lo, start):
        priced = pm
    if priced is None and (cut >= 0 or lo == 0):
        priced = _R_OPENING_CURRENCY.match(text, cut + 1 if cut >= 0 else 0, start)
    if priced is None or quoted is None:
        return None
    code = owner_currency(priced.group("cur"), priced.groupdict().get("own")) or _currency_code(
        priced.group("cur"), priced.group("adj")
    )
    return (code, cm.end()) if code is not None and code != quoted else None


def _currency_code(name: str, adj: str | None) -> str | None:
    """ISO code of a currency name; the adjective before it picks among dollars, francs, crowns."""
    code = _CURRENCIES.get(name.lower())
    if code is None and name.endswith("s"):  # a German genitive: "des Rubels", "des Pfundes"
        code = _CURRENCIES.get(name[:-1].lower()) or _CURRENCIES.get(name[:-2].lower())
    if adj and name.lower() in _ADJ_DECIDES:
        words = adj.lower().split()
        code = _CURRENCY_ADJ.get(" ".join(words[-2:])) or _CURRENCY_ADJ.get(words[-1], code)
    return code
