"""Fifty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, products, people and figures
are made up (Tirolnet, Helvecom, Rheinfunk, Leinewerk, Alpenkauf, Formosil, Pomona,
Nordfon, Kaiyun, Quellwerk, Klipp; Brightwave, Cascade Wireless, Corvex, Halden Security,
Chatterly, Stratus Cloud, Vaultex, Medilab, Southcell, Jaivik, Bharatcom, Orbitlink,
Webmetrix and everybody named); real institutions, services and names such as "RTR",
"Bundesnetzagentur", "BSI", "Bakom", "Bundesamt für Cybersicherheit", "Datenschutzbehörde",
"EU-Kommission", "Arbeiterkammer", "Verbraucherzentrale", "Ofcom", "the Federal
Communications Commission", "the Cybersecurity and Infrastructure Security Agency", "the
Data Protection Commission", "the National Cyber Security Centre", "NHS England", "the
Australian Communications and Media Authority", "the Telecom Regulatory Authority of
India", "Downdetector", "YouMail", "Ookla", "IDC", "Which?", "Windows 10", "Wi-Fi 7" and
"CVSS" stand for the way wire copy names them; what is said, stolen, fined and counted here
is invented.

Its weight: TECHNOLOGY, CYBERSECURITY AND TELECOMS COPY - half German (APA, dpa, dpa-AFX,
Reuters German, Keystone-SDA, sda and awp agency copy on regulators and operators: RTR,
Bundesnetzagentur, BSI, Bakom, the Swiss Bundesamt für Cybersicherheit; Swiss "ss",
«» quotes, "innert", "per 1. Januar", "420'000", "Mio." and "Mrd."), half English (PA,
AP, Reuters, AAP and PTI copy on Ofcom, the FCC, CISA, the Irish DPC, company results;
"£17.5 million", "1.2bn", "121.4p", "A$12 million", "T$452.3 billion", "19.4 lakh"), told
in 36 short sections: network outages with their durations and customers affected
("knapp siebeneinhalb Stunden", "während rund drei Stunden", "Nach einer Viertelstunde",
"for up to 14 hours", "three and a half hours"), data breaches and ransomware (records,
"1,3 Terabyte", "1.3TB", "almost 400GB", a ransom of "75 Bitcoin" and of "$6 million in
bitcoin", "roughly 401,000 ether"), user and subscriber numbers ("rund 1,1 Millionen
Kundinnen und Kunden", "4,6 Mio. Mobilfunk- und 1,5 Mio. Breitbandkunden", "1.2bn monthly
active users", "1,197.6 million"), bandwidths and data rates ("1 Gbit/s", "weniger als 50
Mbit/s", "1Gbit/s", "169Mbps", "2Gbps", "100 to 300 Mbps", "5,6 Terabit pro Sekunde",
"7.3 Tbps"), latency in milliseconds, coverage shares ("38,6 Prozent der Haushalte", "93%
of the UK landmass", "99.6% of districts"), chip structure sizes ("12 bis 16 Nanometern",
"3-Nanometer-Verfahren", "2-Nanometer-Chips", "2nm", "5nm", "7nm and below"), frequency
bands ("3,6-Gigahertz-Band", "10 Megahertz", "3.45 GHz"), screens, batteries and storage
("6,3-Zoll-Display", "4.200 mAh", "6.9-inch", "up to 2TB"), model, product and version
names, CVE ids and CVSS scores, fines under the GDPR, the DSA and from Ofcom, the FCC and
ACMA, monthly plan prices and mid-contract rises, market shares and rankings ("Platz drei",
"Rang 24 von 27", "der zweitgrößte", "No. 2", "second only to", "third-largest"), spectrum
auctions, ranges, hedges and comparisons with a year ago. Negatives as such copy has them:
apologies and enthusiasm in quotes, self-praise and "About"/"Über" boilerplate, a trademark
line, advice on passwords, phishing and updates, consumer and analyst verdicts,
commentary, an open question, a caveat, a no-comment line, a hotline line and scene colour.

233 rows (119 German, 114 English), 50 negatives (25 German, 25 English), 183 check-worthy
rows of which 22 carry no figure (13 German, 9 English), 290 expected quantities (110
counts, 51 amounts of money, 45 percentages, 33 durations, 17 ordinals, 13 dates, 12
years, 9 fractions; none of them in negatives), 35 checked speakers (17 German, 18
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  ("Das Unternehmen habe Bestelldaten teils mehr als drei Jahre länger als erlaubt
  gespeichert, teilte die Datenschutzbehörde mit." -> "die Datenschutzbehörde"; "..., sagte
  Finanzvorstand Jonas Berger." -> "Jonas Berger"; fortieth and forty-first batches).
- New: bandwidths and data rates are counts of the figure before the unit, the "/s", "pro
  Sekunde" or "ps" carrying nothing (as "£78.40/MWh", forty-second, and "80 Kilometern pro
  Stunde", fourth): "mindestens 1 Gbit/s" 1 "at_least", "weniger als 50 Mbit/s" 50
  "under", "von 80 auf 100 Mbit/s" 80 and 100, "mindestens 100 Mbit/s", "at least
  1Gbit/s", "at least 10Mbit/s", "169Mbps", "2Gbps", "100 to 300 Mbps" (both), "5,6
  Terabit pro Sekunde" 5.6, "a record 7.3 Tbps ... attack" 7.3 ("a record" no hedge).
  "Gigabitfähige", "Gigabit-capable", "gigabit broadband" carry none (no figure).
- New: data volumes are counts, as "120 Gigabyte" (forty-fourth): "rund 1,3 Terabyte"
  "about", "40 Gigabyte", "41,3 Gigabyte im Monat", "1.087 Petabyte" (German grouping,
  1087), "1.3TB", "almost 400GB" "nearly", "30GB", "up to 2TB" "up_to".
- New: chip structure sizes are counts, physical units (fourth batch) and figures inside a
  compound read as written (as "a 200-megapixel main camera", thirty-sixth, and
  "1,5-Grad-Ziel", forty-second): "von 12 bis 16 Nanometern" both, "im
  3-Nanometer-Verfahren" 3, "von 2-Nanometer-Chips" 2, "2nm chips" 2, "5nm" 5, "a
  3-nanometer process" 3; "Chips of 7nm and below" is 7 with no qualifier (a bound written
  after the figure, as "4 Prozent unter dem Durchschnitt", forty-second). Frequencies,
  screens and batteries likewise: "im 3,6-Gigahertz-Band" 3.6, "zu je 10 Megahertz" 10
  ("je" no hedge), "the 3.45 GHz band" 3.45, "6,3-Zoll-Display" 6.3, "4.200 mAh" 4200,
  "a 6.9-inch display" 6.9, "a 48-megapixel telephoto camera" 48.
- New: a latency in milliseconds is a duration normalised to seconds, the millisecond being
  no unit of the issue's list (as "eine Dreiviertelstunde" is 0.75 hours, fourteenth, and
  "eine Viertelstunde" 0.25 hours, seventeenth): "auf unter zehn Millisekunden" 0.01 second
  "under"; "to 18 milliseconds from 31 milliseconds" 0.018 and 0.031 seconds.
- Names and identifiers carry no quantity (thirty-sixth: "Orbit X9 Pro", "H200",
  "5G-Netz"; forty-third: "737 MAX"; forty-fourth: "Ariane 6"); new, by the same rule:
  generations of mobile networks ("2G", "3G", "4G", "5G", "3G-Netz", "5G-Standalone-Netz"
  - and "Über 3G" gives no hedge, "über" standing before a name, not a figure), Wi-Fi
  standards ("Wi-Fi 7"), product, model and chip names ("Pomona X17", "X16", "Nordfon N25
  Ultra", "X17 Pro", "A19 chip", "Windows 10"), a cloud region ("US-North-2"), "Ebitda AL",
  "FTSE 100", "Dax" and "DNS". New: software version numbers are identifiers ("bis
  einschließlich 7.4.2, erst Version 7.4.3", "versions 9.1.4 and 9.2.1"; "bis
  einschließlich" gives no hedge to an identifier), and a CVE id is a document number that
  gives neither a year nor a count ("CVE-2025-41872", "CVE-2025-30914"), as the number of an
  EU act ("Regulation (EU) 2023/956", forty-second). Emergency numbers are identifiers
  ("112", "117", "118", "144", "999", and "triple zero" written in words), as "911" and
  "999 control officers" (twenty-sixth and thirty-second); legal references ("Artikel 83
  der DSGVO", forty-second) and telephone numbers ("0800 240 240", thirty-sixth) carry none.
- New: a severity score is a count on its scale, as "Stufe 3 der fünfteiligen Skala" counts
  3 and 5 (twenty-seventh and thirty-second) and "magnitude 6.4": "mit 9,8 von 10
  möglichen Punkten" counts 9.8 and 10, "a severity score of 10.0" count 10.
- New: an amount of a cryptocurrency is a count, as it has no ISO 4217 code ("ein Lösegeld
  von 75 Bitcoin" 75, "roughly 401,000 ether" 401,000 "about"); its value in a currency is
  money ("umgerechnet derzeit gut 6 Millionen Euro" EUR "over", "demanded $6 million in
  bitcoin" USD, as "5 Millionen Dollar in Bitcoin", twelfth; "about $2.1 million in
  cryptocurrency"; "Bitcoin fell 4.3% to $84,120" USD, forty-sixth).
- Prices of plans are money, the period carrying none ("im Monat", "pro Monat", "a month",
  "a year", forty-fifth): "um bis zu 2,40 Euro" "up_to", "24,90 statt 22,90 Euro im Monat"
  (the currency written once serves both, as a range, eighteenth), "höchstens 60 Franken pro
  Monat" "at_most" (first batch), "£1.80 ... and £3", "£13.80 a month, up from £12", "£75 a
  month", "$120 a month", "as much as £36 a year" "up_to" (forty-second), "a year of
  extended security updates for $30" 30 USD with "a year" none (an article, as "an hour",
  fortieth); "eine Gutschrift von 5 Euro". New: "es kostet ab 949 Euro" is 949 EUR with no
  hedge, as "prices starting at $999" (thirty-sixth): a starting price names the cheapest
  model, it does not bound a figure ("ab 1. April" is a date, as before).
- Fines are money (twelfth, eighteenth and twenty-sixth batches): "4,8 Millionen Euro",
  "210 Millionen Euro", "£17.5 million", "$4.5 million", "530 million euros", "A$12
  million"; the legal maximum is check-worthy with its hedge ("bis zu 20 Millionen Euro"
  "up_to", "bis zu sechs Prozent des weltweiten Jahresumsatzes" and "up to 4% of a
  company's global annual turnover" "up_to", as "bis zu vier Prozent", thirty-sixth). New:
  "einen zweistelligen Millionenbetrag" carries no quantity ("zweistellig" names a vague
  magnitude, as "mehrere Millionen Franken", fortieth, and "im mittleren einstelligen
  Prozentbereich", thirty-sixth); the row stays check-worthy without a figure.
- Users, subscribers, customers and records are counts (thirty-sixth and forty-fifth):
  "rund 1,1 Millionen Kundinnen und Kunden", "4,6 Mio. Mobilfunk- und 1,5 Mio.
  Breitbandkunden" (each "Mio." read), "eine Million Haushalte" 1,000,000 (as "eine
  Milliarde Euro", twenty-ninth), "knapp zweieinhalb Millionen" 2,500,000 "nearly", "rund
  118 Millionen monatlich aktive Nutzerinnen und Nutzer", "1.2bn monthly active users",
  "3.35 billion", "1,197.6 million" 1,197,600,000, "19.4 lakh" 1,940,000 and "3.2 lakh"
  320,000 (twelfth and twentieth), "bis zu 420'000 Anschlüsse" (Swiss grouping, fortieth),
  "34'789 Meldungen"; "crossed 970 million" no hedge (a verb, as "passed 750 million",
  forty-fifth); "netto" and "im Schnitt" no hedge; "thousands of websites"
  and "a handful" none.
- "Die Plattform habe nun 60 Arbeitstage Zeit" is count 60: a compound noun with a unit of
  time inside, as "der vergangenen 60 Handelstage" (nineteenth and thirty-sixth batches).
- Multiples: "bis zu zehnmal so schnell" count 10 "times" with "up_to" (as "14-mal" and
  "etwa 1,3-mal so groß", forty-fourth).
- Tallies are counts: "Commissioners voted 3-0" counts 3 and 0 (as "voted 402-250",
  thirty-first, "5-4 vote", forty-third, and "KPÖ 0", forty-sixth).
- Money in other forms: "T$452.3 billion" is TWD (new: Reuters' "T$" for the Taiwan
  dollar, as "NZ$", "S$" and "A$"); "121.4p" 1.214 GBP (twenty-eighth and thirty-sixth);
  "8,21 Mrd. Franken", "1,12 Mrd. Franken", "22 Franken je Aktie" CHF; "$114 billion to
  $119 billion", "$40 billion to $42 billion" two amounts each.
- Shares, rankings and fractions: "38,6 Prozent der Haushalte", "78% of UK homes, up from
  69%", "0.6 percentage points" 0.6 pp; "auf Platz drei" ordinal 3, "auf Rang 24 von 27
  Mitgliedstaaten" ordinal 24 and count 27 (forty-fourth: "auf Rang 119"), "der
  zweitgrößte" ordinal 2 (as "drittgrößte", the issue), "the third-largest fine" ordinal 3
  (thirty-sixth), "the UK's No. 2 mobile operator" ordinal 2 (as "world No. 1", thirty-fifth),
  and, new, "second only to Nordfon" ordinal 2 (as "was second", fortieth); "der größte
  Anbieter", "the largest fine", "the biggest theft" none. "etwa jede siebte" 1/7 = 0.1429
  "about" (as "fast jede achte Stelle" 0.125, thirty-sixth); "gut drei Vierteln" 0.75
  "over" ("gut", twentieth); "mindestens die Hälfte" 0.5 "at_least"; "knapp die Hälfte"
  0.5 "nearly"; "knapp jedes fünfte" 0.2 "nearly"; "Fast jedes vierte" 0.25 "nearly"; "mit
  rund einem Drittel" 0.3333 "about"; "about a third of them", "about one in four" "about".
  "All three mobile networks" count 3 ("all" no hedge, forty-first); "six NHS trusts" 6.
- Durations: "knapp siebeneinhalb Stunden" 7.5 hours "nearly" (as "zweieinhalb",
  fourteenth); "während rund drei Stunden" "about" (fortieth); "Nach einer Viertelstunde"
  0.25 hours (seventeenth); "zweistündigen Wartung" 2 hours (the issue's "fünfstündig");
  "innert zwölf Monaten", "innert 30 Tagen", "binnen zwei Wochen", "binnen vier Wochen",
  "in den vergangenen zwölf Monaten", "elf Tage", "seit mindestens zwei Wochen"
  "at_least", "mehr als drei Jahre länger" "over"; "almost 10 hours" "nearly", "for more
  than 15 hours", "for more than two weeks" "over", "for up to 14 hours" "up_to", "within 72
  hours" (no hedge, forty-first), "a six-week period", "24 months of free credit
  monitoring", "in the 12 hours after", "two weeks after", "in three years", "six months",
  "three and a half hours" 3.5 (tenth); "in den ersten neun Monaten" ordinal 1 and 9 months
  (twenty-fifth and forty-second), "im ersten Halbjahr" ordinal 1; "in the six months to
  Sept. 30" 6 months and the date. Ages and sentences: "Ein 24-jähriger" 24 years, "A
  19-year-old" 19 years; "zu drei Jahren Haft" 3 years and "seven years in prison" 7 years
  (forty-third). None: "stundenlang" (eleventh), "Täglich", "monatlich", "im Monat", "ein
  Jahr zuvor", "im Vorjahr", "im Vorjahresquartal", "a year earlier", "a year ago", "last
  year", "this year", "next year", "seit Jahren".
- Ordinals: "im dritten Quartal", "im zweiten Quartal", "die dritte grössere Panne",
  "fourth-quarter", "Third-quarter", "first-half" ordinal 1 (as "H1", thirty-sixth), "in the
  second half of next year" ordinal 2, "second major breach".
- Dates and years: datelines with a day ("TAIPEI, Oct 16 (Reuters)", "SEATTLE, Oct 21
  (Reuters)", "DUBLIN, May 2 (Reuters)", "SINGAPORE, Feb 22 (Reuters)", "LONDON, Nov 11
  (Reuters)", "SYDNEY, Nov 9 (AAP)" and the place-less "Dec 3 (Reuters)" and "Jan 29
  (Reuters)") are dates without a year; other datelines none. "ab 1. April" and "from April
  1" --04-01; "per 1. Januar 2026" the full date 2026-01-01 (as "Mit 1. Jänner 2025",
  forty-first); "on Oct. 14, 2025" 2025-10-14; "bis Ende 2026", "bis Ende 2027", "seit
  2022", "bis 2030", "ab 2028", "2026", "by 2030", "by 2027", "in 2018", "its 2025 capital
  spending forecast", "by December 2026", "by March 2027" the years; clock times ("6.40
  Uhr", "14 Uhr", "3:11 a.m. ET", "0930 GMT"), months alone ("Ende Juni", "im Mai", "in
  June", "in October") and weekdays none.
- Hedges: "rund", "etwa", "about", "around", "roughly", "an estimated" "about"; "knapp",
  "Fast", "almost" "nearly"; "mehr als", "gut", "more than" "over"; "weniger als", "unter"
  "under"; "bis zu", "up to", "as much as" "up_to"; "mindestens", "At least", "at least"
  "at_least"; "höchstens" "at_most"; "netto", "im Schnitt", "insgesamt", "je", "a record",
  "alone", "nur noch", "bereits" no hedge.
- Check-worthy without a figure: emergency numbers unreachable (their numbers identifiers),
  an outage's cause with its source, an agency's finding without a figure, a refusal to pay
  and a complaint filed, a damage estimate as a vague magnitude, a record fine without a
  figure ("Es ist die höchste Strafe, die ... bisher verhängt hat.", "It is the largest
  fine Ofcom has imposed ..."), an appeal lodged and a verdict not yet final, a switch-off
  of a network, a best-selling model, a CVE and its fixed version, an order to patch, what
  stolen data include, a company's stated appeal, an agency's statement of its work, a
  fault's cause and an outage's start, a regulator's rule in force.
- Negatives, as such copy has them: apologies and feelings in quotes (an operator's chief,
  a Swiss spokeswoman, a lord mayor, a defendant, Ofcom's fined operator, a trust's medical
  director), enthusiasm and verdicts in quotes (a chief executive, a chairman, an FCC chair,
  a federal councillor, a state premier's "Leuchtturm"), self-praise and boilerplate ("Das
  Netz der Zukunft ist schnell, sicher und nachhaltig – dafür stehen wir.", "Über Rheinfunk:
  ...", "About Brightwave: ...", "All trademarks are the property of their respective
  owners.", "... our highest priority"), advice ("rät das BSI", "rät die
  Verbraucherzentrale", "Administratoren sollten ...", "Use a password manager ...", "Never
  click on links ...", "Customers should ...", "empfiehlt das Bundesamt", "heißt es bei der
  Arbeiterkammer"), verdicts and commentary without a figure ("Datenschützer sprachen von
  ...", "Branchenvertreter kritisieren ...", "Analysten lobten ...", "Für
  Konsumentenschützer ...", "Security experts have long warned ...", "Some investors remain
  skeptical ...", "The outage is a reminder ...", "Early reviewers praised ..."), a demand
  and an appeal ("forderte die grüne Europaabgeordnete", "mahnte BSI-Präsidentin"), an open
  question, the caveat "Reuters could not independently verify ...", a no-comment line, a
  hotline line and scene colour ("Für viele Pendlerinnen und Pendler ...", "Many small
  businesses were left counting the cost.").
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  "teilte das Unternehmen (am Freitag) mit", "wie das Unternehmen am Donnerstag mitteilte",
  "teilte die Bundesnetzagentur / das BSI / die Datenschutzbehörde / die EU-Kommission / das
  Bundesamt für Cybersicherheit mit", "wie das Bakom mitteilte" the source with its article
  in the nominative; "nach Angaben des Unternehmens" -> "das Unternehmen" (fifth batch),
  "Nach Angaben des BSI" -> "das BSI" and "Nach Angaben des Bakom" -> "das Bakom" (as "nach
  Angaben des Innenministeriums", forty-first); "Laut Bundesnetzagentur" and "Laut BSI" as
  written (forty-second); "sagte Finanzvorstand Jonas Berger" the name; new: "teilte die RTR
  mit" -> "die RTR", an abbreviation with its article as "das AMS" (forty-third) and "the
  ONS". "Ofcom said" as written (as "Ofgem said"), "the FCC said" (as "the ONS said"), "the
  Data Protection Commission said", "the National Cyber Security Centre said", "the Telecom
  Regulatory Authority of India said", "the company said" (also "in a regulatory filing",
  "on Monday") with the article in lower case; "the company told a Senate inquiry" -> "the
  company" (as "X told parliament", forty-second); "Chief Financial Officer Hannah Croft
  told reporters" -> "Hannah Croft"; "NHS England said" as written; "according to YouMail /
  Downdetector / Webmetrix" as written (as "according to FlightAware", forty-sixth);
  "prosecutors said" -> "prosecutors"; new: "the exchange said" and "the operator said" -> "the
  exchange", "the operator", a body's common noun with its article after its name earlier in
  the story, as "the insurer" and "the retailer" (thirty-sixth). Left unchecked (None):
  "nach Unternehmensangaben", "nach Konzernangaben", "nach eigenen Angaben", "laut
  Ermittlern", "laut Hersteller", "Laut dem aktuellen Telekom-Monitor der RTR" and
  "according to Ofcom's annual Connected Nations report" (documents), "Die
  Regulierungsbehörde RTR hat ... aufgefordert" and "beziffert das Unternehmen" (no verb of
  saying), "the regulator found", "the agency said" (a description, forty-second), "Cascade
  Wireless said on Wednesday hackers had ...", "Corvex said", "Stratus said", "Vaultex
  said", "Klipp said", "Chipmaker Formosil said" (a company at the head of reported speech,
  eighteenth and twenty-fourth), "Researchers at Halden Security said", "Consumer group
  Which? said" and "according to research firm IDC" (a description before a name),
  "Downdetector showed", "Ookla data showed", "a survey ... found", rows without
  attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_51 = [
    # === German =================================================================================
    # --- Netzstörung bei einem Mobilfunker (APA) ---
    ("de", "Wien (APA) - Eine Störung im Mobilfunknetz von Tirolnet hat am Dienstag rund 1,1 Millionen Kundinnen und Kunden stundenlang vom Telefonieren abgeschnitten.", True, [("count", 1100000, None, "about")], None),
    ("de", "Der Ausfall dauerte von 6.40 Uhr bis kurz nach 14 Uhr und damit knapp siebeneinhalb Stunden, teilte das Unternehmen mit.", True, [("duration", 7.5, "hour", "nearly")], "das Unternehmen"),
    ("de", "Auch die Notrufnummern 112 und 144 waren in Teilen Tirols und Vorarlbergs zeitweise nicht erreichbar.", True, [], None),
    ("de", "Ursache war nach Angaben des Unternehmens ein fehlerhaftes Software-Update in einem zentralen Netzknoten in Innsbruck.", True, [], "das Unternehmen"),
    ("de", "Auf dem Portal Downdetector gingen zur Spitzenzeit mehr als 14.000 Störungsmeldungen ein.", True, [("count", 14000, None, "over")], None),
    ("de", "Die Regulierungsbehörde RTR hat Tirolnet aufgefordert, binnen zwei Wochen einen Bericht über die Ursache vorzulegen.", True, [("duration", 2, "week", None)], None),
    ("de", "Betroffene Vertragskunden erhalten eine Gutschrift von 5 Euro auf die nächste Monatsrechnung.", True, [("money", 5, "EUR", None)], None),
    ("de", "Tirolnet will bis Ende 2026 eine Million Haushalte mit Glasfaser erreichen.", True, [("year", 2026, None, None), ("count", 1000000, None, None)], None),
    ("de", "„Wir entschuldigen uns in aller Form bei unseren Kundinnen und Kunden“, sagte Tirolnet-Chef Stefan Kofler.", False, [], None),
    ("de", "Für viele Pendlerinnen und Pendler wurde der Vormittag zum Geduldsspiel.", False, [], None),
    ("de", "Betroffene erreichen die Hotline des Unternehmens unter 0800 240 240.", False, [], None),
    # --- Glasfaser in Deutschland (dpa) ---
    ("de", "Bonn (dpa) - In Deutschland können inzwischen 38,6 Prozent der Haushalte einen Glasfaseranschluss buchen, teilte die Bundesnetzagentur am Donnerstag mit.", True, [("percent", 38.6, "%", None)], "die Bundesnetzagentur"),
    ("de", "Ein Jahr zuvor waren es erst 29,8 Prozent gewesen.", True, [("percent", 29.8, "%", None)], None),
    ("de", "Gigabitfähige Anschlüsse mit mindestens 1 Gbit/s im Download stehen damit gut drei Vierteln der Haushalte zur Verfügung.", True, [("count", 1, None, "at_least"), ("fraction", 0.75, None, "over")], None),
    ("de", "Die Bundesregierung will Glasfaser bis 2030 flächendeckend verfügbar machen.", True, [("year", 2030, None, None)], None),
    ("de", "In vielen ländlichen Gemeinden surfen Haushalte aber weiterhin mit weniger als 50 Mbit/s.", True, [("count", 50, None, "under")], None),
    ("de", "Laut Bundesnetzagentur erreichen viele Festnetzanschlüsse die vertraglich zugesagte Geschwindigkeit nicht.", True, [], "Bundesnetzagentur"),
    ("de", "Bei 61 Prozent der Messungen erreichten Nutzerinnen und Nutzer mindestens die Hälfte der vereinbarten maximalen Datenübertragungsrate.", True, [("percent", 61, "%", None), ("fraction", 0.5, None, "at_least")], None),
    ("de", "Der Ausbau auf dem Land kommt nach Ansicht vieler Bürgermeister viel zu schleppend voran.", False, [], None),
    ("de", "Wer mit seinem Anschluss unzufrieden ist, sollte die Geschwindigkeit mehrmals messen und die Protokolle aufbewahren, rät die Verbraucherzentrale.", False, [], None),
    # --- Cyberangriff auf einen Energieversorger (dpa) ---
    ("de", "Hannover (dpa) - Bei einem Cyberangriff auf den Energieversorger Leinewerk haben Kriminelle rund 1,3 Terabyte an Daten erbeutet.", True, [("count", 1.3, None, "about")], None),
    ("de", "Betroffen seien Daten von etwa 240.000 Kundinnen und Kunden sowie von 1.800 Beschäftigten, teilte das Unternehmen am Freitag mit.", True, [("count", 240000, None, "about"), ("count", 1800, None, None)], "das Unternehmen"),
    ("de", "Die Angreifer fordern ein Lösegeld von 75 Bitcoin, umgerechnet derzeit gut 6 Millionen Euro.", True, [("count", 75, None, None), ("money", 6000000, "EUR", "over")], None),
    ("de", "Leinewerk will nicht zahlen und hat beim Landeskriminalamt Anzeige erstattet.", True, [], None),
    ("de", "Die Strom- und Gasversorgung der rund 600.000 Menschen im Netzgebiet war nach Angaben des Unternehmens zu keinem Zeitpunkt gefährdet.", True, [("count", 600000, None, "about")], "das Unternehmen"),
    ("de", "Hinter dem Angriff steckt laut Ermittlern eine Gruppe, die seit 2022 mehr als 300 Unternehmen in Europa erpresst haben soll.", True, [("year", 2022, None, None), ("count", 300, None, "over")], None),
    ("de", "Den Schaden beziffert das Unternehmen vorläufig auf einen zweistelligen Millionenbetrag.", True, [], None),
    ("de", "Ob die Angreifer die Daten tatsächlich veröffentlichen, ist offen.", False, [], None),
    ("de", "„Das ist ein Angriff auf uns alle“, sagte der Oberbürgermeister sichtlich bewegt.", False, [], None),
    ("de", "Nutzerinnen und Nutzer sollten ihre Passwörter ändern und für jedes Konto ein eigenes verwenden, rät das BSI.", False, [], None),
    # --- Lagebericht zur IT-Sicherheit (dpa) ---
    ("de", "Berlin (dpa) - Das Bundesamt für Sicherheit in der Informationstechnik hat in den vergangenen zwölf Monaten knapp 21.000 neue Schwachstellen in Softwareprodukten gezählt, ein Plus von 24 Prozent.", True, [("duration", 12, "month", None), ("count", 21000, None, "nearly"), ("percent", 24, "%", None)], None),
    ("de", "Täglich würden im Schnitt 78 neue Sicherheitslücken bekannt, etwa jede siebte davon gelte als kritisch, teilte das BSI am Dienstag mit.", True, [("count", 78, None, None), ("fraction", 0.1429, None, "about")], "das BSI"),
    ("de", "Laut BSI wurden im vergangenen Jahr 131 Ransomware-Angriffe auf Kommunen und kommunale Betriebe bekannt.", True, [("count", 131, None, None)], "BSI"),
    ("de", "Die Zahl der täglich neu entdeckten Varianten von Schadsoftware sank demnach auf rund 250.000.", True, [("count", 250000, None, "about")], None),
    ("de", "Von den betroffenen Unternehmen zahlte knapp jedes fünfte das geforderte Lösegeld.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Die Lage bleibe angespannt, niemand dürfe sich in Sicherheit wiegen, mahnte BSI-Präsidentin Katrin Vollmer.", False, [], None),
    ("de", "Bleiben Sie misstrauisch bei unerwarteten Nachrichten, die Sie zur Eingabe von Zugangsdaten auffordern.", False, [], None),
    # --- Störung bei Helvecom (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Eine grossflächige Störung bei Helvecom hat am Mittwochabend Festnetz, Internet und TV in mehreren Kantonen während rund drei Stunden lahmgelegt.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Betroffen waren nach Unternehmensangaben bis zu 420'000 Anschlüsse.", True, [("count", 420000, None, "up_to")], None),
    ("de", "Auch die Notrufnummern 112, 117, 118 und 144 waren zeitweise nicht erreichbar, wie das Bakom mitteilte.", True, [], "das Bakom"),
    ("de", "Nach einer Viertelstunde waren Mobilfunk und Notrufe wieder verfügbar, Festnetz und TV erst deutlich später.", True, [("duration", 0.25, "hour", None)], None),
    ("de", "Helvecom führt die Panne auf eine fehlerhafte Konfiguration bei einer nächtlichen, eigentlich nur zweistündigen Wartung zurück.", True, [("duration", 2, "hour", None)], None),
    ("de", "Es ist bereits die dritte grössere Panne bei Helvecom innert zwölf Monaten.", True, [("ordinal", 3, None, None), ("duration", 12, "month", None)], None),
    ("de", "Das Bakom hat ein Aufsichtsverfahren eröffnet und verlangt innert 30 Tagen einen detaillierten Bericht.", True, [("duration", 30, "day", None)], None),
    ("de", "Helvecom zählte Ende September 4,6 Mio. Mobilfunk- und 1,5 Mio. Breitbandkunden.", True, [("count", 4600000, None, None), ("count", 1500000, None, None)], None),
    ("de", "«Wir bedauern die Unannehmlichkeiten für unsere Kundinnen und Kunden sehr», sagte eine Helvecom-Sprecherin.", False, [], None),
    # --- Geschäftszahlen von Helvecom (awp) ---
    ("de", "Zürich (awp) - Helvecom hat in den ersten neun Monaten einen Umsatz von 8,21 Mrd. Franken erzielt, 0,6 Prozent weniger als im Vorjahr.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 8210000000, "CHF", None), ("percent", 0.6, "%", None)], None),
    ("de", "Der Reingewinn sank um 4,1 Prozent auf 1,12 Mrd. Franken, wie das Unternehmen am Donnerstag mitteilte.", True, [("percent", 4.1, "%", None), ("money", 1120000000, "CHF", None)], "das Unternehmen"),
    ("de", "Die Dividende soll unverändert bei 22 Franken je Aktie liegen.", True, [("money", 22, "CHF", None)], None),
    # --- Datenschutzstrafe (APA) ---
    ("de", "Wien (APA) - Die Datenschutzbehörde hat gegen den Onlinehändler Alpenkauf eine Geldbuße von 4,8 Millionen Euro wegen Verstößen gegen die DSGVO verhängt.", True, [("money", 4800000, "EUR", None)], None),
    ("de", "Das Unternehmen habe Bestelldaten teils mehr als drei Jahre länger als erlaubt gespeichert, teilte die Datenschutzbehörde mit.", True, [("duration", 3, "year", "over")], "die Datenschutzbehörde"),
    ("de", "Artikel 83 der DSGVO erlaubt Geldbußen von bis zu 20 Millionen Euro, bei großen Konzernen auch darüber.", True, [("money", 20000000, "EUR", "up_to")], None),
    ("de", "Die Entscheidung ist nicht rechtskräftig, Alpenkauf kann binnen vier Wochen Beschwerde beim Bundesverwaltungsgericht erheben.", True, [("duration", 4, "week", None)], None),
    ("de", "Es ist die höchste Strafe, die die österreichische Behörde bisher verhängt hat.", True, [], None),
    ("de", "Datenschützer sprachen von einem überfälligen Signal an die gesamte Branche.", False, [], None),
    # --- Frequenzauktion (APA) ---
    ("de", "Wien (APA) - Die Versteigerung von Mobilfunkfrequenzen im 3,6-Gigahertz-Band hat dem Staat 218,4 Millionen Euro eingebracht, teilte die RTR mit.", True, [("count", 3.6, None, None), ("money", 218400000, "EUR", None)], "die RTR"),
    ("de", "Insgesamt wurden 25 Frequenzblöcke zu je 10 Megahertz an drei Betreiber vergeben.", True, [("count", 25, None, None), ("count", 10, None, None), ("count", 3, None, None)], None),
    ("de", "Die Auktion dauerte elf Tage und umfasste 94 Bieterrunden.", True, [("duration", 11, "day", None), ("count", 94, None, None)], None),
    ("de", "Die Betreiber müssen bis Ende 2027 mindestens 900 bisher unterversorgte Gemeinden mit 5G versorgen.", True, [("year", 2027, None, None), ("count", 900, None, "at_least")], None),
    ("de", "Branchenvertreter kritisieren die hohen Mindestgebote seit Jahren als Bremse für den Netzausbau.", False, [], None),
    # --- Quartalszahlen eines Telekomkonzerns (dpa-AFX) ---
    ("de", "Bonn (dpa-AFX) - Der Telekommunikationskonzern Rheinfunk hat im dritten Quartal dank kräftiger Zuwächse im US-Geschäft 29,1 Milliarden Euro umgesetzt, 3,4 Prozent mehr als ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("money", 29100000000, "EUR", None), ("percent", 3.4, "%", None)], None),
    ("de", "Das bereinigte operative Ergebnis (Ebitda AL) stieg um 5,2 Prozent auf 11,3 Milliarden Euro.", True, [("percent", 5.2, "%", None), ("money", 11300000000, "EUR", None)], None),
    ("de", "In Deutschland gewann Rheinfunk netto 212.000 Mobilfunk-Vertragskunden und 94.000 Glasfaseranschlüsse hinzu.", True, [("count", 212000, None, None), ("count", 94000, None, None)], None),
    ("de", "Für das Gesamtjahr rechne der Konzern weiter mit einem bereinigten operativen Ergebnis von rund 44 Milliarden Euro, sagte Finanzvorstand Jonas Berger.", True, [("money", 44000000000, "EUR", "about")], "Jonas Berger"),
    ("de", "Die Aktie verteuerte sich bis zum Mittag um 2,3 Prozent auf 28,74 Euro und gehörte damit zu den größten Gewinnern im Dax.", True, [("percent", 2.3, "%", None), ("money", 28.74, "EUR", None)], None),
    ("de", "Den bisher größten DDoS-Angriff auf sein Netz verzeichnete Rheinfunk im Mai mit einer Spitzenlast von 5,6 Terabit pro Sekunde.", True, [("count", 5.6, None, None)], None),
    ("de", "Im 5G-Standalone-Netz von Rheinfunk sinkt die Latenz nach Konzernangaben auf unter zehn Millisekunden.", True, [("duration", 0.01, "second", "under")], None),
    ("de", "„Wir sind auf einem sehr guten Weg und blicken zuversichtlich auf das Schlussquartal“, sagte Vorstandschef Tim Hallberg.", False, [], None),
    ("de", "Analysten lobten vor allem die robuste Entwicklung im Heimatmarkt.", False, [], None),
    ("de", "Über Rheinfunk: Rheinfunk ist einer der führenden integrierten Telekommunikationsanbieter Europas.", False, [], None),
    ("de", "Das Netz der Zukunft ist schnell, sicher und nachhaltig – dafür stehen wir.", False, [], None),
    # --- Preiserhöhung bei Handytarifen (APA) ---
    ("de", "Wien (APA) - Der Mobilfunker Tirolnet erhöht ab 1. April die monatliche Grundgebühr für Bestandskunden um bis zu 2,40 Euro.", True, [("date", "--04-01", None, None), ("money", 2.4, "EUR", "up_to")], None),
    ("de", "Der meistgebuchte Tarif mit 40 Gigabyte Datenvolumen kostet damit künftig 24,90 statt 22,90 Euro im Monat.", True, [("count", 40, None, None), ("money", 24.9, "EUR", None), ("money", 22.9, "EUR", None)], None),
    ("de", "Begründet wird der Schritt mit der Inflationsrate des Vorjahres von 3,8 Prozent.", True, [("percent", 3.8, "%", None)], None),
    ("de", "Kundinnen und Kunden können ihren Vertrag wegen der Erhöhung kostenlos und außerordentlich kündigen.", True, [], None),
    ("de", "Für Konsumentenschützer sind solche Indexklauseln schlicht ein Ärgernis.", False, [], None),
    ("de", "Ein Vergleich der Tarife zahlt sich fast immer aus, heißt es bei der Arbeiterkammer.", False, [], None),
    # --- Chipfabrik in Dresden (Reuters) ---
    ("de", "Dresden (Reuters) - Der taiwanische Auftragsfertiger Formosil will in Dresden ab 2028 Chips mit Strukturbreiten von 12 bis 16 Nanometern fertigen.", True, [("year", 2028, None, None), ("count", 12, None, None), ("count", 16, None, None)], None),
    ("de", "Die Investition beläuft sich auf rund zehn Milliarden Euro, knapp die Hälfte davon übernimmt der Bund.", True, [("money", 10000000000, "EUR", "about"), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Modernste Smartphone-Prozessoren entstehen inzwischen im 3-Nanometer-Verfahren, die Serienfertigung von 2-Nanometer-Chips soll 2026 anlaufen.", True, [("count", 3, None, None), ("count", 2, None, None), ("year", 2026, None, None)], None),
    ("de", "In dem Werk sollen rund 2.000 Fachkräfte arbeiten, geplant ist eine Kapazität von 40.000 Wafern im Monat.", True, [("count", 2000, None, "about"), ("count", 40000, None, None)], None),
    ("de", "Die Ansiedlung sei ein „Leuchtturm für ganz Europa“, schwärmte Sachsens Ministerpräsident.", False, [], None),
    # --- Smartphone-Markt (dpa) ---
    ("de", "Berlin (dpa) - Im deutschen Smartphone-Markt wurden im dritten Quartal 4,9 Millionen Geräte verkauft, um 2 Prozent weniger als im Vorjahresquartal.", True, [("ordinal", 3, None, None), ("count", 4900000, None, None), ("percent", 2, "%", None)], None),
    ("de", "Marktführer blieb Pomona mit einem Anteil von 36,2 Prozent vor Nordfon mit 31,5 Prozent, Kaiyun kam auf Platz drei.", True, [("percent", 36.2, "%", None), ("percent", 31.5, "%", None), ("ordinal", 3, None, None)], None),
    ("de", "Das Pomona X17 war das meistverkaufte Einzelmodell, gefolgt vom Nordfon N25 Ultra und dem Pomona X16.", True, [], None),
    ("de", "Der Durchschnittspreis eines neuen Smartphones stieg auf 512 Euro, nach 489 Euro ein Jahr zuvor.", True, [("money", 512, "EUR", None), ("money", 489, "EUR", None)], None),
    ("de", "Fast jedes vierte verkaufte Gerät war ein generalüberholtes Modell.", True, [("fraction", 0.25, None, "nearly")], None),
    ("de", "Das X17 hat ein 6,3-Zoll-Display und einen Akku mit 4.200 mAh, es kostet ab 949 Euro.", True, [("count", 6.3, None, None), ("count", 4200, None, None), ("money", 949, "EUR", None)], None),
    ("de", "Die neue Router-Generation mit Wi-Fi 7 soll laut Hersteller bis zu zehnmal so schnell sein wie ihre Vorgänger.", True, [("count", 10, "times", "up_to")], None),
    # --- Kritische Sicherheitslücke (dpa) ---
    ("de", "Hannover (dpa) - Der Softwarehersteller Quellwerk hat eine kritische Sicherheitslücke in seiner Fernwartungssoftware geschlossen, die unter der Kennung CVE-2025-41872 geführt wird.", True, [], None),
    ("de", "Die Schwachstelle wird im Bewertungssystem CVSS mit 9,8 von 10 möglichen Punkten eingestuft.", True, [("count", 9.8, None, None), ("count", 10, None, None)], None),
    ("de", "Betroffen sind alle Versionen bis einschließlich 7.4.2, erst Version 7.4.3 schließt die Lücke.", True, [], None),
    ("de", "Nach Angaben des BSI sind in Deutschland noch mehr als 3.100 verwundbare Server direkt aus dem Internet erreichbar.", True, [("count", 3100, None, "over")], "das BSI"),
    ("de", "Angreifer nutzen die Lücke bereits seit mindestens zwei Wochen aus.", True, [("duration", 2, "week", "at_least")], None),
    ("de", "Administratoren sollten das Update umgehend einspielen und ihre Systeme auf Spuren eines Einbruchs prüfen.", False, [], None),
    # --- Strafe nach dem Digital Services Act (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission hat gegen die Videoplattform Klipp eine Strafe von 210 Millionen Euro wegen Verstößen gegen das Gesetz über digitale Dienste (DSA) verhängt.", True, [("money", 210000000, "EUR", None)], None),
    ("de", "Nach dem DSA sind Geldbußen von bis zu sechs Prozent des weltweiten Jahresumsatzes möglich.", True, [("percent", 6, "%", "up_to")], None),
    ("de", "Klipp hat in der EU nach eigenen Angaben rund 118 Millionen monatlich aktive Nutzerinnen und Nutzer, in Österreich knapp zweieinhalb Millionen.", True, [("count", 118000000, None, "about"), ("count", 2500000, None, "nearly")], None),
    ("de", "Als sehr große Online-Plattformen gelten Dienste mit mehr als 45 Millionen Nutzern in der EU.", True, [("count", 45000000, None, "over")], None),
    ("de", "Die Plattform habe nun 60 Arbeitstage Zeit, um die Mängel zu beheben, teilte die EU-Kommission mit.", True, [("count", 60, None, None)], "die EU-Kommission"),
    ("de", "Die Kommission müsse jetzt Härte zeigen, forderte die grüne Europaabgeordnete Lena Hartl.", False, [], None),
    # --- Grundversorgung in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat hebt die Mindestbandbreite in der Grundversorgung per 1. Januar 2026 von 80 auf 100 Mbit/s an.", True, [("date", "2026-01-01", None, None), ("count", 80, None, None), ("count", 100, None, None)], None),
    ("de", "Der Grundversorgungsanschluss darf höchstens 60 Franken pro Monat kosten.", True, [("money", 60, "CHF", "at_most")], None),
    ("de", "Nach Angaben des Bakom erreichen bereits rund 93 Prozent der Haushalte Geschwindigkeiten von mindestens 100 Mbit/s.", True, [("percent", 93, "%", "about"), ("count", 100, None, "at_least")], "das Bakom"),
    ("de", "«Die Schweiz darf beim Netzausbau nicht den Anschluss verlieren», sagte die zuständige Bundesrätin.", False, [], None),
    # --- Prozess wegen Phishing (APA) ---
    ("de", "Wien (APA) - Ein 24-jähriger Niederösterreicher ist am Montag am Landesgericht Wien wegen gewerbsmäßigen Betrugs zu drei Jahren Haft verurteilt worden.", True, [("duration", 24, "year", None), ("duration", 3, "year", None)], None),
    ("de", "Er hatte mit gefälschten Paket-SMS von mehr als 1.400 Opfern insgesamt rund 860.000 Euro erbeutet.", True, [("count", 1400, None, "over"), ("money", 860000, "EUR", "about")], None),
    ("de", "Der Angeklagte nahm das Urteil nicht an, es ist daher nicht rechtskräftig.", True, [], None),
    ("de", "„Es tut mir unendlich leid“, sagte der Angeklagte mit leiser Stimme.", False, [], None),
    # --- Cybervorfälle in der Schweiz (sda) ---
    ("de", "Bern (sda) - Beim Bundesamt für Cybersicherheit sind im ersten Halbjahr 34'789 Meldungen zu Cybervorfällen eingegangen, gut 40 Prozent mehr als in der Vorjahresperiode.", True, [("ordinal", 1, None, None), ("count", 34789, None, None), ("percent", 40, "%", "over")], None),
    ("de", "Den grössten Anteil machten mit rund einem Drittel betrügerische Anrufe im Namen der Polizei aus, teilte das Bundesamt für Cybersicherheit mit.", True, [("fraction", 0.3333, None, "about")], "das Bundesamt für Cybersicherheit"),
    ("de", "«Legen Sie bei solchen Anrufen einfach auf», empfiehlt das Bundesamt.", False, [], None),
    # --- Abschaltung des 3G-Netzes (APA) ---
    ("de", "Wien (APA) - Tirolnet schaltet sein 3G-Netz mit Ende Juni endgültig ab, die frei werdenden Frequenzen werden für 4G und 5G genutzt.", True, [], None),
    ("de", "Über 3G laufen nach Unternehmensangaben nur noch 0,4 Prozent des Datenverkehrs.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Rund 23.000 Kundinnen und Kunden nutzen noch ein Handy, das ausschließlich 2G oder 3G beherrscht.", True, [("count", 23000, None, "about")], None),
    # --- Telekom-Monitor der RTR (APA) ---
    ("de", "Wien (APA) - Laut dem aktuellen Telekom-Monitor der RTR wurden im zweiten Quartal 1.087 Petabyte an mobilen Daten übertragen, um 14 Prozent mehr als ein Jahr davor.", True, [("ordinal", 2, None, None), ("count", 1087, None, None), ("percent", 14, "%", None)], None),
    ("de", "Pro SIM-Karte entspricht das durchschnittlich 41,3 Gigabyte im Monat.", True, [("count", 41.3, None, None)], None),
    ("de", "Der größte Anbieter kommt auf einen Marktanteil von 39,7 Prozent, der zweitgrößte auf 33,1 Prozent.", True, [("percent", 39.7, "%", None), ("ordinal", 2, None, None), ("percent", 33.1, "%", None)], None),
    ("de", "Beim Glasfaserausbau liegt Österreich im EU-Vergleich auf Rang 24 von 27 Mitgliedstaaten.", True, [("ordinal", 24, None, None), ("count", 27, None, None)], None),
    # === English ================================================================================
    # --- An Ofcom fine after an outage (PA) ---
    ("en", "LONDON (PA) - Ofcom has fined mobile operator Brightwave £17.5 million after a network outage left customers unable to call 999 for almost 10 hours.", True, [("money", 17500000, "GBP", None), ("duration", 10, "hour", "nearly")], None),
    ("en", "The outage in June affected about 1.4 million customers across England and Wales, the regulator found.", True, [("count", 1400000, None, "about")], None),
    ("en", "At least 60 emergency calls failed to connect during the outage, Ofcom said.", True, [("count", 60, None, "at_least")], "Ofcom"),
    ("en", "The penalty includes a 30% discount because Brightwave admitted the breaches and agreed to settle.", True, [("percent", 30, "%", None)], None),
    ("en", "It is the largest fine Ofcom has imposed on a telecoms provider over a single incident.", True, [], None),
    ("en", "\"We are deeply sorry for the worry this caused,\" Brightwave chief executive Ruth Ellery said.", False, [], None),
    ("en", "Customers who were affected should contact their provider about compensation.", False, [], None),
    # --- An FCC robocall fine (AP) ---
    ("en", "WASHINGTON (AP) — The Federal Communications Commission on Thursday proposed a $4.5 million fine against a Texas company accused of placing more than 3 million illegal robocalls.", True, [("money", 4500000, "USD", None), ("count", 3000000, None, "over")], None),
    ("en", "The calls used spoofed caller ID numbers and mainly targeted Spanish-speaking consumers over a six-week period, the FCC said.", True, [("duration", 6, "week", None)], "the FCC"),
    ("en", "Commissioners voted 3-0 to propose the penalty.", True, [("count", 3, None, None), ("count", 0, None, None)], None),
    ("en", "Americans received an estimated 4.1 billion robocalls in October alone, according to YouMail.", True, [("count", 4100000000, None, "about")], "YouMail"),
    ("en", "The FCC's auction of mid-band spectrum in the 3.45 GHz band raised $22.5 billion, the agency said.", True, [("count", 3.45, None, None), ("money", 22500000000, "USD", None)], None),
    ("en", "\"Robocalls are a plague on American households, and we will keep going after the bad actors,\" FCC Chairman Daniel Pryor said.", False, [], None),
    # --- A telecom data breach (Reuters) ---
    ("en", "Dec 3 (Reuters) - U.S. telecom provider Cascade Wireless said on Wednesday hackers had accessed personal data of about 7.4 million current and former customers.", True, [("date", "--12-03", None, None), ("count", 7400000, None, "about")], None),
    ("en", "The stolen data includes names, addresses and account PINs but no payment card numbers, the company said in a regulatory filing.", True, [], "the company"),
    ("en", "The hackers claimed on a leak site to have taken 1.3TB of data and demanded $6 million in bitcoin.", True, [("count", 1.3, None, None), ("money", 6000000, "USD", None)], None),
    ("en", "Cascade shares fell 3.2% to $41.18 in afternoon trading.", True, [("percent", 3.2, "%", None), ("money", 41.18, "USD", None)], None),
    ("en", "It is the company's second major breach in three years.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("en", "Cascade will offer affected customers 24 months of free credit monitoring.", True, [("duration", 24, "month", None)], None),
    ("en", "\"Protecting our customers' information is our highest priority,\" a Cascade spokesperson said.", False, [], None),
    ("en", "Customers should change their account PIN and be wary of unsolicited calls or texts.", False, [], None),
    ("en", "Reuters could not independently verify the hackers' claims.", False, [], None),
    # --- A CISA directive (Reuters) ---
    ("en", "WASHINGTON (Reuters) - The Cybersecurity and Infrastructure Security Agency on Tuesday ordered federal agencies to patch a critical flaw in Corvex VPN gateways, tracked as CVE-2025-30914, within 72 hours.", True, [("duration", 72, "hour", None)], None),
    ("en", "The vulnerability carries a severity score of 10.0, the maximum on the CVSS scale.", True, [("count", 10, None, None)], None),
    ("en", "Researchers at Halden Security said they had found more than 16,000 exposed devices, about a third of them in the United States.", True, [("count", 16000, None, "over"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Corvex said versions 9.1.4 and 9.2.1 fix the flaw.", True, [], None),
    ("en", "The agency said it was aware of active exploitation but gave no details on victims.", True, [], None),
    ("en", "Security experts have long warned that internet-facing devices are a soft target for hackers.", False, [], None),
    # --- A social media company's quarter (Reuters) ---
    ("en", "Jan 29 (Reuters) - Social media company Chatterly reported fourth-quarter revenue of $48.4 billion on Wednesday, up 21% from a year earlier and above analysts' average estimate of $47 billion.", True, [("date", "--01-29", None, None), ("ordinal", 4, None, None), ("money", 48400000000, "USD", None), ("percent", 21, "%", None), ("money", 47000000000, "USD", None)], None),
    ("en", "Daily active users across its apps rose to 3.35 billion in December, from 3.07 billion a year ago.", True, [("count", 3350000000, None, None), ("count", 3070000000, None, None)], None),
    ("en", "Its flagship app now has 1.2bn monthly active users, the company said.", True, [("count", 1200000000, None, None)], "the company"),
    ("en", "Chatterly expects capital expenditures of $114 billion to $119 billion this year, largely for AI data centers.", True, [("money", 114000000000, "USD", None), ("money", 119000000000, "USD", None)], None),
    ("en", "Shares rose about 4% in extended trading.", True, [("percent", 4, "%", "about")], None),
    ("en", "\"This was a strong end to a pivotal year,\" Chief Executive Ava Lindqvist said on a call with analysts.", False, [], None),
    ("en", "Some investors remain skeptical that the heavy spending will ever pay off.", False, [], None),
    # --- Ofcom's broadband report (PA) ---
    ("en", "LONDON (PA) - Full-fibre broadband is now available to 78% of UK homes, up from 69% a year earlier, according to Ofcom's annual Connected Nations report.", True, [("percent", 78, "%", None), ("percent", 69, "%", None)], None),
    ("en", "Gigabit-capable connections, which can deliver download speeds of at least 1Gbit/s, reach 88% of premises.", True, [("count", 1, None, "at_least"), ("percent", 88, "%", None)], None),
    ("en", "Around 45,000 homes, mostly in remote rural areas, still cannot get a broadband connection of at least 10Mbit/s.", True, [("count", 45000, None, "about"), ("count", 10, None, "at_least")], None),
    ("en", "Average download speeds on home broadband rose to 169Mbps, Ofcom said.", True, [("count", 169, None, None)], "Ofcom"),
    ("en", "The government wants gigabit broadband to be available nationwide by 2030.", True, [("year", 2030, None, None)], None),
    ("en", "All three mobile networks have switched off 3G, and 4G now covers 93% of the UK landmass.", True, [("count", 3, None, None), ("percent", 93, "%", None)], None),
    ("en", "\"Rural communities are being left in the slow lane,\" a spokeswoman for a countryside campaign group said.", False, [], None),
    ("en", "Switching provider is often easier than people think.", False, [], None),
    # --- Mid-contract price rises (PA) ---
    ("en", "Ofcom's ban on inflation-linked mid-contract price rises took effect in January, requiring providers to state any increases in pounds and pence.", True, [], None),
    ("en", "Brightwave will raise monthly prices by £1.80 for mobile customers and £3 for broadband customers from April 1.", True, [("money", 1.8, "GBP", None), ("money", 3, "GBP", None), ("date", "--04-01", None, None)], None),
    ("en", "A typical 30GB SIM-only plan will cost £13.80 a month, up from £12.", True, [("count", 30, None, None), ("money", 13.8, "GBP", None), ("money", 12, "GBP", None)], None),
    ("en", "Consumer group Which? said the rises would cost some households as much as £36 a year.", True, [("money", 36, "GBP", "up_to")], None),
    ("en", "Brightwave's fastest home plan offers symmetrical speeds of 2Gbps for £75 a month.", True, [("count", 2, None, None), ("money", 75, "GBP", None)], None),
    ("en", "\"Nobody likes paying more, but these increases are fair and transparent,\" a Brightwave spokesperson said.", False, [], None),
    ("en", "Customers nearing the end of their contract should shop around before signing up again.", False, [], None),
    # --- A chipmaker's quarter (Reuters) ---
    ("en", "TAIPEI, Oct 16 (Reuters) - Chipmaker Formosil said on Thursday it will begin mass production of 2nm chips in the second half of next year and expects them to account for 15% of revenue by 2027.", True, [("date", "--10-16", None, None), ("count", 2, None, None), ("ordinal", 2, None, None), ("percent", 15, "%", None), ("year", 2027, None, None)], None),
    ("en", "Third-quarter net profit jumped 39% to T$452.3 billion, beating estimates.", True, [("ordinal", 3, None, None), ("percent", 39, "%", None), ("money", 452300000000, "TWD", None)], None),
    ("en", "Its 3-nanometer process made up 23% of wafer revenue, while 5nm accounted for 37%.", True, [("count", 3, None, None), ("percent", 23, "%", None), ("count", 5, None, None), ("percent", 37, "%", None)], None),
    ("en", "Chips of 7nm and below generated 74% of wafer revenue in the quarter.", True, [("count", 7, None, None), ("percent", 74, "%", None)], None),
    ("en", "The company kept its 2025 capital spending forecast at $40 billion to $42 billion.", True, [("year", 2025, None, None), ("money", 40000000000, "USD", None), ("money", 42000000000, "USD", None)], None),
    ("en", "\"Demand for AI is simply insane,\" Chairman Wei Liang told an investor conference.", False, [], None),
    # --- A smartphone launch (AP) ---
    ("en", "SAN JOSE, Calif. (AP) — Pomona unveiled the X17 and X17 Pro smartphones on Tuesday, with prices starting at $799 and $1,099.", True, [("money", 799, "USD", None), ("money", 1099, "USD", None)], None),
    ("en", "The Pro model has a 6.9-inch display, a 48-megapixel telephoto camera and up to 2TB of storage.", True, [("count", 6.9, None, None), ("count", 48, None, None), ("count", 2, None, "up_to")], None),
    ("en", "Both phones support Wi-Fi 7 and run on the company's new A19 chip, made with a 3-nanometer process.", True, [("count", 3, None, None)], None),
    ("en", "Pomona shipped an estimated 232 million smartphones last year, second only to Nordfon, according to research firm IDC.", True, [("count", 232000000, None, "about"), ("ordinal", 2, None, None)], None),
    ("en", "Early reviewers praised the camera but found little else to get excited about.", False, [], None),
    # --- A cloud outage (Reuters) ---
    ("en", "SEATTLE, Oct 21 (Reuters) - A major outage at Stratus Cloud knocked thousands of websites and apps offline for more than 15 hours on Monday.", True, [("date", "--10-21", None, None), ("duration", 15, "hour", "over")], None),
    ("en", "User reports peaked at more than 6.5 million worldwide, according to Downdetector.", True, [("count", 6500000, None, "over")], "Downdetector"),
    ("en", "The disruption began at about 3:11 a.m. ET in the company's US-North-2 data center region.", True, [], None),
    ("en", "Stratus, which holds about 30% of the global cloud infrastructure market, said a faulty DNS update was to blame.", True, [("percent", 30, "%", "about")], None),
    ("en", "Stratus said it had fended off a record 7.3 Tbps distributed denial-of-service attack in May.", True, [("count", 7.3, None, None)], None),
    ("en", "The outage is a reminder of how much of the internet rests on a handful of companies.", False, [], None),
    # --- A GDPR fine in Ireland (Reuters) ---
    ("en", "DUBLIN, May 2 (Reuters) - Ireland's Data Protection Commission fined video app Klipp 530 million euros on Friday for transferring European users' data to China.", True, [("date", "--05-02", None, None), ("money", 530000000, "EUR", None)], None),
    ("en", "Klipp has six months to bring its data transfers into compliance or suspend them, the Data Protection Commission said.", True, [("duration", 6, "month", None)], "the Data Protection Commission"),
    ("en", "It is the third-largest fine imposed under the EU's General Data Protection Regulation, which took effect in 2018.", True, [("ordinal", 3, None, None), ("year", 2018, None, None)], None),
    ("en", "Klipp said it disagreed with the decision and would appeal.", True, [], None),
    ("en", "The GDPR allows fines of up to 4% of a company's global annual turnover.", True, [("percent", 4, "%", "up_to")], None),
    # --- A crypto exchange hack (Reuters) ---
    ("en", "SINGAPORE, Feb 22 (Reuters) - Hackers stole about $1.5 billion in digital tokens from crypto exchange Vaultex, the biggest theft in the industry's history, the exchange said.", True, [("date", "--02-22", None, None), ("money", 1500000000, "USD", "about")], "the exchange"),
    ("en", "The attacker drained roughly 401,000 ether from a single cold wallet.", True, [("count", 401000, None, "about")], None),
    ("en", "Vaultex said it had processed more than 350,000 withdrawal requests in the 12 hours after the attack.", True, [("count", 350000, None, "over"), ("duration", 12, "hour", None)], None),
    ("en", "Bitcoin fell 4.3% to $84,120 as news of the hack spread.", True, [("percent", 4.3, "%", None), ("money", 84120, "USD", None)], None),
    ("en", "\"Crypto is only as safe as its weakest link,\" a Singapore-based trader said.", False, [], None),
    ("en", "A Vaultex spokesperson declined to comment on the recovery efforts.", False, [], None),
    # --- Ransomware at a pathology provider (PA) ---
    ("en", "LONDON (PA) - A ransomware attack on pathology provider Medilab has disrupted blood tests at six NHS trusts for more than two weeks.", True, [("count", 6, None, None), ("duration", 2, "week", "over")], None),
    ("en", "More than 1,100 planned operations and 2,190 outpatient appointments have been postponed, NHS England said.", True, [("count", 1100, None, "over"), ("count", 2190, None, None)], "NHS England"),
    ("en", "The criminal gang behind the attack has published almost 400GB of stolen data online.", True, [("count", 400, None, "nearly")], None),
    ("en", "The National Cyber Security Centre said it was working with the company to understand the full impact.", True, [], "the National Cyber Security Centre"),
    ("en", "\"Our thoughts are with every patient whose care has been affected,\" the trust's medical director said.", False, [], None),
    ("en", "A 19-year-old from Walsall was sentenced to seven years in prison on Friday for his part in the Medilab attack.", True, [("duration", 19, "year", None), ("duration", 7, "year", None)], None),
    ("en", "He had received about $2.1 million in cryptocurrency from the gang, prosecutors said.", True, [("money", 2100000, "USD", "about")], "prosecutors"),
    # --- A UK operator's half-year (Reuters) ---
    ("en", "LONDON, Nov 11 (Reuters) - Brightwave reported a 2.1% rise in first-half core earnings to £3.42 billion on Tuesday and kept its full-year outlook.", True, [("date", "--11-11", None, None), ("percent", 2.1, "%", None), ("ordinal", 1, None, None), ("money", 3420000000, "GBP", None)], None),
    ("en", "The group added 312,000 fibre broadband customers in the six months to Sept. 30, taking its total to 2.4 million.", True, [("count", 312000, None, None), ("duration", 6, "month", None), ("date", "--09-30", None, None), ("count", 2400000, None, None)], None),
    ("en", "Its full-fibre network now passes 18.6 million premises, and it aims to reach 25 million by December 2026.", True, [("count", 18600000, None, None), ("count", 25000000, None, None), ("year", 2026, None, None)], None),
    ("en", "The company will cut about 2,000 jobs by March 2027, roughly 4% of its workforce, Chief Financial Officer Hannah Croft told reporters.", True, [("count", 2000, None, "about"), ("year", 2027, None, None), ("percent", 4, "%", "about")], "Hannah Croft"),
    ("en", "Brightwave shares were up 5.6% at 121.4p by 0930 GMT, the top gainer on the FTSE 100.", True, [("percent", 5.6, "%", None), ("money", 1.214, "GBP", None)], None),
    ("en", "Brightwave, the UK's No. 2 mobile operator, saw its share of the market slip 0.6 percentage points to 27.4%.", True, [("ordinal", 2, None, None), ("percent", 0.6, "pp", None), ("percent", 27.4, "%", None)], None),
    ("en", "Brightwave's 5G network now reaches 92% of the population, up from 85% a year earlier.", True, [("percent", 92, "%", None), ("percent", 85, "%", None)], None),
    ("en", "Downdetector showed more than 40,000 reports of problems with Brightwave's network at the peak on Sunday evening.", True, [("count", 40000, None, "over")], None),
    ("en", "The outage lasted three and a half hours, the operator said.", True, [("duration", 3.5, "hour", None)], "the operator"),
    ("en", "\"We have a clear plan and we are delivering on it,\" Chief Executive Mark Owusu said.", False, [], None),
    ("en", "About Brightwave: Brightwave connects people, homes and businesses across the UK.", False, [], None),
    # --- A nationwide outage in Australia (AAP) ---
    ("en", "SYDNEY, Nov 9 (AAP) - A nationwide outage at telco Southcell left about 10 million customers without mobile and internet services for up to 14 hours.", True, [("date", "--11-09", None, None), ("count", 10000000, None, "about"), ("duration", 14, "hour", "up_to")], None),
    ("en", "The outage also blocked 228 calls to the triple zero emergency number, the company told a Senate inquiry.", True, [("count", 228, None, None)], "the company"),
    ("en", "Engineers traced the fault to a routine software upgrade.", True, [], None),
    ("en", "Southcell was later fined A$12 million by the Australian Communications and Media Authority.", True, [("money", 12000000, "AUD", None)], None),
    ("en", "Chief Executive Anna Loughlin resigned two weeks after the outage.", True, [("duration", 2, "week", None)], None),
    ("en", "Many small businesses were left counting the cost.", False, [], None),
    # --- Subscriber data in India (PTI) ---
    ("en", "NEW DELHI (PTI) - India's telecom subscriber base rose to 1,197.6 million at the end of October, with wireless users accounting for 1,158.3 million, the Telecom Regulatory Authority of India said.", True, [("count", 1197600000, None, None), ("count", 1158300000, None, None)], "the Telecom Regulatory Authority of India"),
    ("en", "Market leader Jaivik added 19.4 lakh mobile users in the month, while rival Bharatcom lost 3.2 lakh.", True, [("count", 1940000, None, None), ("count", 320000, None, None)], None),
    ("en", "Broadband connections crossed 970 million, and 5G services are now available in 99.6% of districts.", True, [("count", 970000000, None, None), ("percent", 99.6, "%", None)], None),
    # --- Passwords, satellites, an old operating system ---
    ("en", "A survey of 2,000 UK adults for the National Cyber Security Centre found that about one in four reuse the same password for most of their accounts.", True, [("count", 2000, None, None), ("fraction", 0.25, None, "about")], None),
    ("en", "Use a password manager and turn on extra sign-in checks wherever you can.", False, [], None),
    ("en", "Never click on links in unexpected texts, even if they appear to come from your bank.", False, [], None),
    ("en", "Satellite broadband provider Orbitlink now has more than 8 million customers in 150 countries, the company said on Monday.", True, [("count", 8000000, None, "over"), ("count", 150, None, None)], "the company"),
    ("en", "Its standard residential plan costs $120 a month in the United States, with typical download speeds of 100 to 300 Mbps.", True, [("money", 120, "USD", None), ("count", 100, None, None), ("count", 300, None, None)], None),
    ("en", "The upgrade cut average latency on the network to 18 milliseconds from 31 milliseconds a year earlier, Ookla data showed.", True, [("duration", 0.018, "second", None), ("duration", 0.031, "second", None)], None),
    ("en", "Support for Windows 10 ended on Oct. 14, 2025, when about 40% of PCs worldwide were still running it, according to Webmetrix.", True, [("date", "2025-10-14", None, None), ("percent", 40, "%", "about")], "Webmetrix"),
    ("en", "Users who stay on the old system can buy a year of extended security updates for $30.", True, [("money", 30, "USD", None)], None),
    ("en", "All trademarks are the property of their respective owners.", False, [], None),
]
