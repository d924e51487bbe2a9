"""Tables of months, time units and currencies (with the adjectives that pick a currency)."""

from __future__ import annotations

from ..wordtrie import word_list

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "february": 2, "februar": 2, "feber": 2, "feb": 2, "märz": 3,
    "mär": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12,
    "december": 12, "dez": 12, "dec": 12, "january": 1,
}
_MONTH_DE = (
    r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
)
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)

_DURATION_UNITS = {
    "sekunde": ("second", 1), "sekunden": ("second", 1), "minute": ("minute", 1), "minuten": ("minute", 1),
    "stunde": ("hour", 1), "stunden": ("hour", 1), "tag": ("day", 1), "tage": ("day", 1),
    "tagen": ("day", 1), "tages": ("day", 1), "woche": ("week", 1), "wochen": ("week", 1),
    "monat": ("month", 1), "monate": ("month", 1), "monaten": ("month", 1), "monats": ("month", 1),
    "jahr": ("year", 1), "jahre": ("year", 1), "jahren": ("year", 1), "jahres": ("year", 1),
    # "mit 79,9 Lebensjahren rechnen": a life's span in years
    "lebensjahre": ("year", 1), "lebensjahren": ("year", 1),
    "jahrzehnt": ("year", 10), "jahrzehnte": ("year", 10), "jahrzehnten": ("year", 10),
    "jahrhundert": ("year", 100), "jahrhunderte": ("year", 100), "jahrhunderten": ("year", 100),
    "second": ("second", 1), "seconds": ("second", 1), "sec": ("second", 1), "secs": ("second", 1),
    "minutes": ("minute", 1), "min": ("minute", 1), "mins": ("minute", 1), "std": ("hour", 1), "sek": ("second", 1),
    "mon": ("month", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "day": ("day", 1),
    "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1), "month": ("month", 1),
    "months": ("month", 1), "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "wk": ("week", 1), "wks": ("week", 1), "mth": ("month", 1), "mths": ("month", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
}
_DE_COMPOUND_DURATION = {
    "sekündig": "second", "minütig": "minute", "stündig": "hour", "tägig": "day", "wöchig": "week",
    "monatig": "month", "jährig": "year", "jährlich": "year",
    # Every so many units: "zweiwöchentlicher Leerung" 2 week, "dreimonatlich", "vierstündlich".
    "wöchentlich": "week", "monatlich": "month", "stündlich": "hour",
    # "Hundertjahrfeier", "Fünfzigjahrfeier": the years an anniversary marks.
    "jahrfeier": "year",
}
# English intervals after a hyphen: "three-weekly collections", "2-yearly checks".
EN_EVERY_UNITS = {"weekly": "week", "monthly": "month", "hourly": "hour", "yearly": "year"}
_CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "cent": "EUR", "dollar": "USD",
    "dollars": "USD", "us-dollar": "USD", "usd": "USD", "$": "USD", "us$": "USD", "cents": "USD",
    "pfund": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pfund sterling": "GBP", "stg": "GBP",
    "pounds sterling": "GBP", "gbp": "GBP", "£": "GBP", "pence": "GBP", "franken": "CHF", "franc": "CHF",
    "francs": "CHF", "chf": "CHF", "fr.": "CHF", "rappen": "CHF", "rp.": "CHF", "¢": "USD",
    "rubel": "RUB", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "yen": "JPY", "jpy": "JPY", "¥": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "cny": "CNY", "hrywnja": "UAH", "hrywnjas": "UAH", "hrywnia": "UAH", "griwna": "UAH",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH", "zloty": "PLN", "złoty": "PLN", "zlotys": "PLN",
    "pln": "PLN", "forint": "HUF", "huf": "HUF", "lira": "TRY", "try": "TRY", "rupie": "INR", "rupien": "INR",
    "rupee": "INR", "rupees": "INR", "inr": "INR", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "hk$": "HKD", "hkd": "HKD", "won": "KRW", "krw": "KRW", "real": "BRL", "reais": "BRL", "brl": "BRL",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "liras": "TRY", "lire": "ITL", "rand": "ZAR",
    "zar": "ZAR", "naira": "NGN", "ngn": "NGN", "shekel": "ILS", "shekels": "ILS", "schekel": "ILS",
    "ils": "ILS", "baht": "THB", "thb": "THB", "ringgit": "MYR", "rupiah": "IDR", "dirham": "AED",
    "dirhams": "AED", "aed": "AED", "riyal": "SAR", "riyals": "SAR", "sar": "SAR", "kronor": "SEK",
    "koruna": "CZK", "korunas": "CZK", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "r$": "BRL",
    "mxn": "MXN", "ars": "ARS", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₴": "UAH", "₦": "NGN",
    # The CFA franc: West Africa's (XOF), as cocoa and Sahel copy cites it; Central Africa's XAF
    # is written "FCFA"/"XAF" and left to its code.
    "cfa francs": "XOF", "cfa franc": "XOF", "cfa-franc": "XOF", "cfa-francs": "XOF", "franc cfa": "XOF",
    "francs cfa": "XOF", "xof": "XOF",
    # The Bulgarian lev, as German writes it ("1,95583 Lew je Euro", "Lewa") and English ("leva").
    "lew": "BGN", "lewa": "BGN", "lev": "BGN", "leva": "BGN", "bgn": "BGN",
    # Hundredths of the rouble and the rupee; AAP's signs with the country after the "$" ("$US110").
    "kopecks": "RUB", "kopeks": "RUB", "kopeken": "RUB", "paise": "INR", "paisa": "INR",
    "$us": "USD", "$nz": "NZD", "$a": "AUD",
    # The IMF's special drawing rights, in which air and sea conventions cap liability (batch 107).
    "sonderziehungsrechte": "XDR", "sonderziehungsrechten": "XDR", "sonderziehungsrechts": "XDR",
    "special drawing rights": "XDR", "sdr": "XDR", "sdrs": "XDR", "xdr": "XDR",
    # Reuters writes the Taiwan dollar "T$" ("T$452.3 billion"), others "NT$".
    "t$": "TWD", "nt$": "TWD", "twd": "TWD", "ir£": "IEP",
    # German compounds of a dollar with its place ("Taiwan-Dollar", "Hongkong-Dollar", "Singapur-Dollar").
    "taiwan-dollar": "TWD", "hongkong-dollar": "HKD", "singapur-dollar": "SGD",
    # Only an adjective tells which: "Norwegian crowns", "Mexican pesos", "Kenyan shillings".
    "crown": None, "crowns": None, "krone": None, "kronen": None, "kroner": None, "krona": None,
    "peso": None, "pesos": None, "shilling": None, "shillings": None, "schilling": None,
    # A rial is Iran's unless named Omani or Yemeni; Vietnam's dong; Brazil's real ("Real" in
    # German copy; the English adjective is read as the currency only where units.py allows).
    "rial": "IRR", "rials": "IRR", "dong": "VND",
    # Bangladesh's taka (the German and English plural alike); Peru's sol.
    "taka": "BDT", "soles": "PEN", "pen": "PEN",
    # Bosnia's convertible mark; Egypt's pound goes by its adjective (_CURRENCY_ADJ).
    "convertible marks": "BAM", "convertible mark": "BAM", "konvertible mark": "BAM", "bam": "BAM",
    # Zambia's kwacha, Ghana's cedi; a euro's hundredths as German abbreviates them ("8,2 ct/kWh") and as
    # English copy names them ("38 euro cents").
    "kwacha": "ZMW", "cedi": "GHS", "cedis": "GHS", "ct": "EUR", "euro cents": "EUR", "euro cent": "EUR",
    # Ethiopia's birr (batch 371); Germany's old mark, as German copy writes it after a figure, and the
    # zloty's sign (batch 376).
    "birr": "ETB", "etb": "ETB", "d-mark": "DEM", "mark": "DEM", "dm": "DEM", "ös": "ATS", "sfr.": "CHF", "zł": "PLN",
    "forints": "HUF",  # (batch 388)
    # The euro's forerunners, as copy on old notes and coins names them (batch 452); "Lire" is Italy's plural.
    "gulden": "NLG", "guilder": "NLG", "guilders": "NLG", "peseten": "ESP", "peseta": "ESP", "pesetas": "ESP",
    "drachmen": "GRD", "drachma": "GRD", "drachmas": "GRD", "drachmae": "GRD", "markka": "FIM", "markkaa": "FIM",
    "markkas": "FIM", "deutschmark": "DEM", "deutschmarks": "DEM", "deutsche mark": "DEM", "irish pounds": "IEP",
    "irish pound": "IEP", "escudos": "PTE", "escudo": "PTE",
}
# Names of several currencies: the adjective before them decides (see _CURRENCY_ADJ).
_ADJ_DECIDES = frozenset(
    word_list("""
    dollar dollars franken franc francs crown crowns krone kronen kroner krona peso pesos shilling
    shillings schilling riyal riyals rial rials pound pounds pfund rupee rupees rupie rupien
    """)
)
# Sub-units are a hundredth of their currency ("12 paise" is 0.12 rupees).
_SUBUNITS = {
    "cent", "cents", "pence", "rappen", "rp.", "¢", "paise", "paisa", "kopecks", "kopeks", "kopeken", "ct",
    "euro cents", "euro cent",
}  # fmt: skip
_CURRENCY_ADJ = {
    "australische": "AUD", "australischen": "AUD", "australian": "AUD", "kanadische": "CAD",
    "kanadischen": "CAD", "canadian": "CAD", "neuseeländische": "NZD", "neuseeländischen": "NZD",
    "new zealand": "NZD", "hongkong": "HKD", "hong kong": "HKD", "singapur": "SGD", "singapore": "SGD",
    "schweizer": "CHF", "swiss": "CHF", "schwedische": "SEK", "schwedischen": "SEK", "swedish": "SEK",
    "norwegische": "NOK", "norwegischen": "NOK", "norwegian": "NOK", "dänische": "DKK", "dänischen": "DKK",
    "danish": "DKK", "tschechische": "CZK", "tschechischen": "CZK", "czech": "CZK", "türkische": "TRY",
    "türkischen": "TRY", "turkish": "TRY", "japanische": "JPY", "japanischen": "JPY", "japanese": "JPY",
    "chinesische": "CNY", "chinesischen": "CNY", "chinese": "CNY", "us": "USD", "u.s.": "USD",
    "amerikanische": "USD", "amerikanischen": "USD", "britische": "GBP", "britischen": "GBP",
    "british": "GBP", "russische": "RUB", "russischen": "RUB", "russian": "RUB", "ukrainische": "UAH",
    "ukrainischen": "UAH", "ukrainian": "UAH", "polnische": "PLN", "polnischen": "PLN", "polish": "PLN",
    "mexikanische": "MXN", "mexikanischen": "MXN", "mexican": "MXN", "argentinische": "ARS",
    "argentinischen": "ARS", "argentine": "ARS", "argentinian": "ARS", "chilenische": "CLP",
    "chilenischen": "CLP", "chilean": "CLP", "kolumbianische": "COP", "kolumbianischen": "COP",
    "colombian": "COP", "philippinische": "PHP", "philippinischen": "PHP", "philippine": "PHP",
    "kenianische": "KES", "kenianischen": "KES", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "isländische": "ISK", "isländischen": "ISK", "icelandic": "ISK", "saudische": "SAR",
    "saudischen": "SAR", "saudi": "SAR", "katarische": "QAR", "katarischen": "QAR", "qatari": "QAR",
    "südafrikanische": "ZAR", "südafrikanischen": "ZAR", "south african": "ZAR",
    "tansanische": "TZS", "tansanischen": "TZS", "ugandische": "UGX", "ugandischen": "UGX",
    # German compounds and Kenyan usage name the country itself: "Kenia-Schilling", "Kenya shillings".
    "kenia": "KES", "kenya": "KES", "tansania": "TZS", "tanzania": "TZS", "uganda": "UGX",
    # Pounds other than sterling, rials other than Iran's.
    "egyptian": "EGP", "ägyptische": "EGP", "ägyptischen": "EGP", "lebanese": "LBP",
    "libanesische": "LBP", "libanesischen": "LBP", "syrian": "SYP", "syrische": "SYP",
    "syrischen": "SYP", "sudanese": "SDG", "sudanesische": "SDG", "sudanesischen": "SDG",
    "iranian": "IRR", "iranische": "IRR", "iranischen": "IRR", "omani": "OMR", "omanische": "OMR",
    "omanischen": "OMR", "yemeni": "YER", "jemenitische": "YER", "jemenitischen": "YER",
    # Rupees other than India's.
    "pakistani": "PKR", "pakistanische": "PKR", "pakistanischen": "PKR", "sri lankan": "LKR",
    "sri-lankische": "LKR", "sri-lankischen": "LKR", "nepalese": "NPR", "nepali": "NPR",
    "nepalesische": "NPR", "nepalesischen": "NPR", "indian": "INR", "indische": "INR", "indischen": "INR",
    # Taiwan's dollar by its country's name ("298.6 billion Taiwan dollars", batch 288).
    "taiwan": "TWD", "taiwanese": "TWD", "new taiwan": "TWD",
}
# Countries whose name picks among pesos, shillings, crowns, pounds and rials: a possessive
# before the priced currency ("Mexico's peso") or a country named in the sentence of a bare
# "Pesos" (see families.py).
_COUNTRY_CURRENCY = {
    "argentina": "ARS", "argentinien": "ARS", "mexico": "MXN", "mexiko": "MXN", "philippines": "PHP",
    "philippinen": "PHP", "chile": "CLP", "colombia": "COP", "kolumbien": "COP", "kenya": "KES",
    "kenia": "KES", "tanzania": "TZS", "tansania": "TZS", "uganda": "UGX", "sweden": "SEK",
    "schweden": "SEK", "norway": "NOK", "norwegen": "NOK", "denmark": "DKK", "dänemark": "DKK",
    "iceland": "ISK", "egypt": "EGP", "ägypten": "EGP", "lebanon": "LBP",
    "libanon": "LBP", "syria": "SYP", "syrien": "SYP", "sudan": "SDG", "iran": "IRR", "oman": "OMR",
    "yemen": "YER", "jemen": "YER", "qatar": "QAR", "katar": "QAR", "canada": "CAD", "kanada": "CAD",
    "australia": "AUD", "australien": "AUD", "taiwan": "TWD", "singapore": "SGD", "singapur": "SGD",
}
