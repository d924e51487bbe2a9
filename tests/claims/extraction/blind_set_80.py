"""Eightieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up and no real
politician is named: governments, parties and heads of state appear only by office or
party ("die Taliban-Regierung", "der ANC", "die Nationalistische Partei (BNP)", "India's
ruling alliance", "Brazil's Congress"), and the officials, central bankers, candidates,
spokespeople, farmers, traders and residents are invented, two of them in the German and
the English transliteration as the agencies write them (Nasratullah Samim / Nasratullah
Sameem, Hamid-Resa Taherchani / Hamid Reza Taherkhani); further Emeka Obiora-Lawal, Sipho
Maseko, Ömer Kalaycıoğlu, Martín Echeverría, Abdul Haris Suryanto, Mourad Ben Slimane,
Kouassi N'Guessan, Avraham Benzaquen, Mirza Rahman Chowdhury, Arvind Kulkarni, Ramesh
Chandra Yadav, Funmilayo Adeyemi, Lerato Dlamini-Khumalo, Ko Zaw Min Htet, Ghulam Sarwar,
Antônio Carlos Bertolini, Rodrigo Alcántara, Javiera Sotomayor, Luz Marina Ocampo, Nguyen
Thi Hoa, Tejaswini Prasad, Claudia Reyes Montaño, Kenji Morioka and the reporters and editors
of two credit lines. Real countries, cities, rivers, agencies, central banks, statistics
offices, companies and groups ("USGS", "IEC", "Turkstat", "Indec", "BNPB", "IOM", "Inpe",
"CGT", "Pro Asyl", "Tolo News", "Metro TV", "Conab", "Cecafe", "ICE", "Bonbast.com",
"Servel", "Jirama", "UNHCR", "WFP", "HIAS", "Tohoku Electric Power", "the Rapid Support
Forces") stand for the way wire copy names them; every figure, toll, rate, price, vote,
quote and decision here is invented.

Its weight: FOREIGN NEWS FROM ASIA, AFRICA, LATIN AMERICA AND THE MIDDLE EAST as Reuters,
AFP, AP, dpa and APA file it. Half German (dpa, AFP, Reuters German, APA/AFP; German „“
quotes, "Mrd.", "Mio.", "Billionen", "km/h", "Neu-Delhi", "Peking", "Dschalalabad"): an
earthquake in eastern Afghanistan with its rising toll, a surprise rate cut in Nigeria with
the naira and the budget in "Billionen Naira", South African local elections, monsoon floods
in Assam (river levels, rainfall, relief in "Rupien"), a Turkish rate cut and the lira, an
Argentine inflation print with the peso on the official and the parallel market, a landslide
on Java, a migrant boat off Sfax with the IOM's Mediterranean tally, deadly tax protests in
Kenya ("Kenia-Schilling"), the Brazilian Selic and the real, Amazon deforestation, the
Ivorian cocoa farmgate price in "CFA-Franc", Chinese exports and the yuan fixing, an Israeli
rate cut and the shekel, the Iranian rial at a record low, a typhoon in the Philippines
("philippinische Pesos"), a Bangladeshi election. Half English (Reuters, AFP, AP, with
Indian copy as Reuters prints it): the Reserve Bank of India's cut and the rupee ("Rs 1
lakh crore"), India's wheat support price ("Rs 2,585 per quintal", "Rs 12,800 crore",
"241.5 lakh hectares", "332 lakh tonnes", "80 crore people"), Nigerian inflation and petrol
prices ("N45", "N820", "1,448 per dollar"), the South African Reserve Bank and the rand
("R412.6bn"), an earthquake in Myanmar, monsoon floods in Pakistan ("261,000 cusecs",
"150 to 200mm"), Brazil's coffee crop in 60-kg bags and its budget ("R$34.3 billion",
"168.2 billion reais"), the Iranian rial and gasoline rationing, an Egyptian rate cut and the
pound, a Chilean runoff, protests in Madagascar, Rohingya boats and camp vouchers, the Darien
Gap, the yuan and China's PMI, floods in central Vietnam ("3.4 trillion dong"), a state
election in Bihar ("7.4 crore voters", "14 lakh new voters"), Mexican remittances and the
peso, El Fasher, the Afghan toll rising, an earthquake off northeastern Japan ("¥1.2
trillion"). Datelines as the agencies write them: Reuters English with a day ("NEW DELHI,
Dec 3 (Reuters) -", "MUMBAI, Dec 5 (Reuters) -", "KABUL, Sept 2 (Reuters) -"), AP and AFP
without one ("YANGON, Myanmar (AP) —", "LAGOS (AFP) -", "SANTIAGO (AFP) -"), German ones
("Lagos (AFP) -", "Neu-Delhi (dpa) -", "Manila (APA/AFP) -"). No tael or other unit that
such copy no longer prints. Negatives as such copy has them: quoted resolve, relief and
grief of central bankers, party officials, survivors, farmers, traders and residents (two of
them with an age or a span of years, labelled), propaganda ("„Der Feind führt einen
Wirtschaftskrieg ...“", ""The enemy's economic war will fail,""), chants and banners,
labels without a claim ("Analysten sprachen von einem mutigen ... Schritt", "Farmers'
unions called the increase "a cruel joke""), traders' and economists' vague outlooks,
commentary, reproaches, appeals and calls for action, the caveat that figures cannot be
verified (in both languages) and two Reuters credit lines.

240 rows (120 German, 120 English), 47 negatives (24 German, 23 English), 193 check-worthy
rows of which 11 carry no figure (6 German, 5 English), 363 expected quantities (118
counts, 82 percentages (73 in %, 7 in basis points, 2 in percentage points), 62 amounts of
money in 19 currencies (16 USD, 9 NGN, 7 INR, 4 EUR, 4 BRL, 3 CNY, 3 IRR, 2 ARS, 2 XOF,
2 GBP, 2 ZAR, and one each of TRY, KES, ILS, PHP, EGP, VND, MXN, JPY), 32 years, 24
durations, 21 dates, 18 ordinals, 6 fractions; 2 of them, both ages or spans in years, in
negatives), 29 checked speakers (12 German, 17 English). Sentences sharing a run of eight
or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("Viele Dörfer
  in den Bergen seien noch nicht erreicht worden, sagte Regierungssprecher Nasratullah
  Samim." -> "Nasratullah Samim"; sixty-eighth). Check-worthy without a figure: villages not
  yet reached, a committee's unanimous decision, a count to be completed by Friday, rescue
  work halted, the rainy season's landslides in Indonesia (a general fact that can be
  checked), tear gas used, a government declaring national mourning, a concession, a
  curfew, a claim of the deadliest tragedy this year (a measurable record, twenty-ninth),
  the RSF's denial (sixty-eighth: a denial is a fact attributed to its side). An
  expectation of economists polled by Reuters with a figure, a central bank's forecast with
  a figure and a government's target with a year are check-worthy (thirty-second and
  twenty-third); a trader's or analyst's outlook without a figure is a negative
  (thirty-eighth and forty-second), as is a label without a claim (fiftieth and
  sixty-eighth: "Die Linke sprach von ...").
- Exchange rates are money in the priced currency (fourteenth, thirty-first, fortieth and
  sixty-eighth batches: "The rand firmed ... to 17.21 per dollar" ZAR): "1.452 Naira je
  Dollar" and "rund 900 Naira" NGN, "42,58 Lira" TRY, "1.475 Pesos je Dollar" and "1.510
  Pesos" ARS, "5,34 Real" BRL, "7,0721 je Dollar" after "des Yuan" CNY, "3,21 Schekel"
  ILS, "1,23 Millionen Rial" IRR, "a record low of 90.42 per dollar ... little changed at
  89.95" two INR amounts (the currency named earlier in the sentence serves the second
  figure, fortieth: "1,400 naira per dollar, against about 1,460"), "1,448 per dollar ...
  against 1,475" after "The naira" NGN, "17.12 per dollar" ZAR, "5.41 per dollar" after
  "The real" BRL, "1,230,000 per U.S. dollar" after "Iran's rial" IRR, "7.0705 per dollar"
  and "7.0758 per dollar" after the yuan CNY, "18.45 per dollar" after "The Mexican peso"
  MXN. New: "around 48.5 to the dollar" after "The Egyptian pound" is 48.5 EGP "about" -
  "to the dollar" reads as "per dollar", and an "Egyptian pound" is no GBP.
- New, currencies of this batch, by the currency word or symbol the row itself carries (as
  the fortieth batch read "Sh" as KES only where Kenya is named): "R$34.3 billion" and
  "168.2 billion reais" BRL (the real's "R$" before the figure, as "R2.5bn" is ZAR and "A$"
  AUD); "Real" in German copy BRL; "Lira" TRY; "Schekel" ILS; "Rial" and "rials" IRR;
  "Kenia-Schilling" KES; "philippinische Pesos" PHP and "Pesos" in a row that names the
  Argentine peso ARS (a bare "Pesos" without a country in its row does not occur); "3.4
  trillion dong" VND; "¥1.2 trillion" JPY in Tokyo copy (the yen's sign; Chinese copy in
  this batch writes "yuan", never the sign); "Rupien" INR as "rupees" and "Rs" (twelfth);
  "CFA-Franc" XOF (thirty-fourth: "2,800 CFA francs per kg", the German spelling read the
  same); "54,5 Billionen Naira" 5.45e13 NGN (a German "Billion" is 1e12, thirty-first);
  "N45", "N820", "N890", "N930" NGN (fortieth: Nigerian copy's "N"); "R412.6bn" ZAR
  (fortieth); "Pfund" for the London cocoa price GBP (the London market's currency).
  Prices per unit are money in the currency written, the unit priced carrying nothing
  (forty-second: "$472 a tonne"): "2.800 CFA-Franc je Kilogramm", "Rs 2,585 per quintal"
  (new: the Indian quintal of 100 kg carries no count when it names the unit priced),
  "N820 per litre", "N930 a litre", "$3.71 per pound" and "$4.30 a pound" (a pound of
  weight after a dollar price is no GBP), "5,000 rials a litre", "$6 per person". A figure
  converted in brackets is money in its currency with the hedge written inside the brackets
  ("8,4 Milliarden Rupien (rund 82 Millionen Euro)" EUR "about"; "($129 million)" and
  "($7.7 billion)" USD with no hedge, thirty-fourth: "($420 million)").
- Lakh and crore as Indian copy prints them (twelfth, fifteenth, twentieth, thirtieth and
  forty-second batches): "Rs 1 lakh crore" 1e12 INR, "Rs 12,800 crore" 1.28e11 INR,
  "241.5 lakh hectares" 24,150,000 and "232.9 lakh hectares" 23,290,000, "332 lakh tonnes"
  33,200,000, "205.2 lakh tonnes" 20,520,000, "Nearly 80 crore people" 800,000,000
  "nearly", "About 7.4 crore voters" 74,000,000 "about", "14 lakh new voters" 1,400,000.
  New: "261,000 cusecs" (cubic feet per second, the South Asian unit of river flow) is a
  count, a physical unit as "16.7 billion bushels" and "332 million cubic metres a day"
  (fourth and forty-second).
- Rates and points (fourth, twentieth and seventy-first batches): "50 Basispunkte", "150
  Basispunkte", "100 Basispunkte", "25 Basispunkte", "25 basis points", "100 basis points"
  bp; "knapp fünf Prozentpunkte" 5 pp "nearly", "more than 8 percentage points" 8 pp
  "over"; "27,00 Prozent" 27.0, "21.00%" and "22.00%" (trailing zeros no other value,
  seventy-first), "to 5.25% from 5.50%" both; "the central bank's 2%-6% tolerance band"
  percentages 2 and 6 (a hyphen between two figures is a range, no sign, seventeenth and
  thirty-eighth), "in der Zielspanne von 1 bis 3 Prozent" 1 and 3; "rose just 0.25%" no
  hedge ("just", seventy-first). New: "well above 50%" is 50 "over", as "just over" is
  "over" (sixty-ninth); "erstmals unter 40 Prozent gefallen" 40 "under" ("Unter 78
  Zentimetern", forty-seventh), whereas "um knapp fünf Prozentpunkte unter jener von 2021"
  and "1,2 Meter über der Gefahrenmarke" carry no hedge from the word after the figure
  (forty-second and forty-seventh).
- Index values and ratios are counts (fifty-fifth and seventy-first): China's "PMI rose to
  49.8 ... from 49.3" counts 49.8 and 49.3, "the 50-point mark" count 50 (as "the
  28-point draft" is 28). New: "212 pips stronger" is count 212 - a pip (the fourth
  decimal of an exchange rate) is no currency and no unit of the rules' lists, a count as
  basis points would be percent only because the rules name them.
- Magnitudes and physical measures are counts (fourth, twenty-sixth, forty-seventh and
  seventy-first): "der Stärke 6,0" and "der Stärke 6,3", "magnitude 6.9", "A 5.8-magnitude
  aftershock", "A magnitude 7.5 earthquake"; "in einer Tiefe von nur acht Kilometern" 8
  ("nur" no hedge), "rund 27 Kilometer" "about", "a depth of 10 kilometers (6 miles),
  about 17 kilometers (11 miles)" four counts, the hedge on 17 only (forty-seventh: the
  hedge stands before the first figure); "auf 50,9 Meter", "1,2 Meter", "412 Millimeter",
  "1,739 millimetres", "150 to 200mm" two counts (a glued unit, forty-seventh: "120mm"),
  "knapp 40.000 Hektar", "19,500 hectares", "rund 800 Metern", "nur sieben Meter langen"
  7, "5.796 Quadratkilometer", "612.000 Tonnen", "5 kg", "up to 70 cm" "up_to", "bis zu
  215 km/h" "up_to", "above 160 litres" 160 "over"; "70.2 million 60-kg bags" counts
  70,200,000 and 60 (forty-second: "A 45-kg bag" 45). "etwa dem Siebenfachen der Fläche
  Berlins" count 7 "times" with "about" (thirty-first: "fast das Dreifache").
- Tolls, evacuees and votes with their hedges (sixty-eighth): "mindestens 812", "at least
  144", "At least 22" "at_least"; "Mehr als 2.800", "more than 1,400", "More than 1,900"
  "over"; "nearly 450,000", "Nearly 80 crore" "nearly"; "Rund 3.400", "About 36,000",
  "Some 75%" "about"; "Nach 31 weiteren Bewohnern" 31 ("weiteren" no hedge); "with 742
  injured and 68 missing", "left nine missing", "Two boats carrying 514 ... only 87"
  ("only" no hedge); "23 seiner bisher 91 Sitze im 270 Mitglieder zählenden Stadtrat",
  "211 der 300 direkt gewählten Sitze", "202 of the 243 seats" counts (sixty-fifth and
  seventy-first); "eine Zweidrittelmehrheit" 0.6667 (earlier batches); "The six-member
  monetary policy committee" count 6 and "Four members of the six-member ... two" counts
  4, 6 and 2 (as "a 34-page ruling", seventy-first); "für elf Provinzen" 11; "Tausende
  Lehmhäuser" none (a vague magnitude, fifth).
- Fractions (issue and sixty-ninth): "rund ein Viertel der Fläche" 0.25 "about", "Fast
  jeder fünfte" 0.2 "nearly" (issue: "jeder vierte"), "rund ein Drittel weniger" 0.3333
  "about" (the comparative after it changes no value, seventy-first), "nearly half" 0.5
  "nearly" (twice).
- Durations (issue, sixty-eighth and seventy-first): "seit fast fünf Jahren", "seit fast 20
  Jahren" and "erstmals seit fast zwei Jahren" years "nearly" ("erstmals" carries none);
  "In den vergangenen 24 Stunden", "in 24 hours", "over the next 48 hours", "after 31
  hours", "14 minutes later", "about 13 hours later" "about" (forty-seventh: "about 30
  minutes later"), "in three days of protests", "in two days", "for 18 months", "a 14-month
  high" 14 months (as "a 25-year high"), "einem 24-stündigen Generalstreik" 24 hours (issue:
  "fünfstündigen"), "in den zwölf Monaten bis Ende Juli" 12 months, "In den ersten elf
  Monaten" ordinal 1 and 11 months and "Over the first nine months" ordinal 1 and 9 months
  ("Over" before the article is the preposition, no hedge, sixty-third; twenty-fifth: "in
  the first four months"), "a three-year dollar-rupee swap" 3 years, "his four-year term" 4
  years, "up to 12 hours a day" 12 hours "up_to" (fortieth: "up to eight hours a day", "a
  day" none). "a week of national mourning", "in a month", "a year earlier", "ein Jahr
  zuvor", "vor einem Jahr", "im Vorjahr", "seit Jahresbeginn", "this year", "tagelangen"
  carry none.
- Ages are durations in years (every earlier batch): "a 7-year-old girl", "The 59-year-old
  president-elect"; in negatives "Funmilayo Adeyemi, 47" 47 years and "I have lived here 60
  years" 60 years, labelled as figures in negatives are (twenty-sixth: "I've lived here 50
  years").
- Ordinals (sixty-eighth and seventy-first): "die erste Zinssenkung", "its first move since
  June", "die erste Wahl", "for the first time" (twice) 1; "den siebten Monat in Folge" 7,
  "for the eighth straight month" and "the eighth straight month" 8, "zum dritten Mal in
  Folge" 3, "zum vierten Mal in Folge" 4, "its third reduction in a month" 3, "im ersten
  Halbjahr" 1 (forty-second), "der 21. Tropensturm" 21, "the 12th storm" 12, "the
  country's second-largest city" 2 (issue: "die drittgrößte Stadt"), "the country's second
  presidential election" 2. "der größte Kakaoproduzent", "the last big city", "deadliest",
  "record" none.
- Years and dates: Reuters datelines with a day are dates without a year ("MUMBAI, Dec 5
  (Reuters)" --12-05, "NEW DELHI, Dec 3 (Reuters)", "JOHANNESBURG, Nov 20 (Reuters)",
  "ISLAMABAD, Aug 28 (Reuters)", "SAO PAULO, Sept 16 (Reuters)", "DUBAI, Dec 8 (Reuters)",
  "CAIRO, Oct 2 (Reuters)", "DHAKA, May 14 (Reuters)", "SHANGHAI, Dec 1 (Reuters)", "NEW
  DELHI, Nov 14 (Reuters)", "MEXICO CITY, Nov 3 (Reuters)", "PORT SUDAN, Oct 29
  (Reuters)", "KABUL, Sept 2 (Reuters)", "TOKYO, Dec 9 (Reuters)"); AP, AFP, "BRASILIA
  (Reuters) -" and German datelines without a day carry none (sixty-third and
  seventy-first). "on Nov. 24 and 25" two dates (seventy-first: "Dec. 18 and 19"); "on
  Nov. 1", "on March 11", "on Jan. 1", "am 18. Juni", "am 17. Februar" dates without a
  year. "zur Saison 2025/26", "the 2025/26 fiscal year" and "the 2026-27 marketing season"
  both years (fortieth); "im Oktober 2023", "Anfang 2024", "seit 2015", "Bis 2030", "since
  February 2023", "a 2026 budget", "Brazil's 2026 coffee crop", "a 2025 growth target" the
  years. Clock times ("kurz vor Mitternacht Ortszeit", "at 12:51 p.m.", "from 7 p.m. to 5
  a.m."), weekdays, months alone ("im Oktober", "since June", "in February", "through
  October", "von November bis März") and "Ende Juli", "bis Ende November" none.
- Names carry no quantity (sixty-eighth and seventy-first): "Taifun „Halong“",
  "Jamaat-e-Islami", "Selic", "PMI", "ICE", "Bonbast.com", "Bolsa Familia", "Cox's Bazar";
  "Ganda Singh Wala" is a place.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "Some" "about";
  "knapp", "fast", "Fast", "nearly", "Nearly" "nearly"; "mehr als", "Mehr als", "über",
  "gut", "more than", "More than", "above", "well above", "a record above" "over"; "unter"
  "under"; "mindestens", "at least", "At least" "at_least"; "bis zu", "up to" "up_to";
  "nur", "only", "just", "allein", "Allein", "weiteren", "bereits", "zuletzt", "im Schnitt",
  "a record", "umgerechnet" (before "rund", which carries the hedge), "provisionally",
  "vorläufig" no hedge.
- Speakers, checked only in forms the earlier batches settled: a title or role before a name
  is dropped ("Regierungssprecher", "Notenbankchef", "Zentralbankchef", "Governor",
  "Agriculture Minister", "Taliban government spokesman"), and so is a phrase after it ("vor
  Journalisten in Abuja", "im Staatsfernsehen", as "vor der Presse", fortieth); a name in
  apposition after its role speaks ("sagte der Sprecher der Katastrophenschutzbehörde BNPB,
  Abdul Haris Suryanto" and "sagte ein Sprecher der Nationalgarde, Mourad Ben Slimane", as
  "the agency's director general, Mauro Bellandi, told reporters", sixty-eighth); "told a
  news conference" gives the name as "told reporters" does; "nach Angaben der
  Taliban-Regierung" -> "die Taliban-Regierung" and "nach Angaben der
  Katastrophenschutzbehörde" -> "die Katastrophenschutzbehörde" (the source in the
  nominative, as "nach Angaben der Bundesregierung", sixty-eighth); "teilte die
  Landesregierung in Guwahati mit" and "wie die Zollbehörde in Peking mitteilte" with the
  place dropped, "teilte die Kommission am Mittwoch mit", "teilte der Zivilschutz mit",
  "wie die Wahlkommission am Freitag mitteilte" (seventy-first); "the National Bureau of
  Statistics said" (twice), "the U.S. Geological Survey said", "the United Nations said",
  "the Election Commission of India said", "the Bank of Mexico said", "the International
  Organization for Migration said" and "the central bank said" at the end with the article
  in lower case (sixty-ninth and seventy-first); "according to the National Disaster
  Management Authority" (sixty-eighth: "according to the European Commission"); "Statistics
  South Africa said", "UNHCR said", "Tohoku Electric Power said" as written (as "Cricket
  Australia" and "UNHCR", sixty-third and sixty-ninth); "Panama's National Migration
  Service said" the possessive form as written (sixty-eighth). Left unchecked (None): "teilte
  die US-Erdbebenwarte USGS mit", "laut der Wahlkommission IEC", "wie das Statistikamt
  Turkstat mitteilte", "teilte die Statistikbehörde Indec mit", "teilte das
  Weltraumforschungsinstitut Inpe mit", "government agency Conab said", "exporters group
  Cecafe said", "according to the electoral service Servel", "according to the state
  utility Jirama", "according to foreign exchange website Bonbast.com" (a description before
  a name, fourteenth, forty-fourth and sixty-eighth); "Nach Angaben der Internationalen
  Organisation für Migration" (a capitalised adjective heading the name, sixty-ninth); "nach
  Angaben einer Menschenrechtskommission" (indefinite), "nach Polizeiangaben", "nach
  Schätzungen von Exporteuren", "rechnet die Notenbank" (no verb of saying), "the military
  government said" and "the disaster management agency said" (an adjective or a
  description, seventy-first: "the national disaster agency said"), "the U.N. refugee agency
  said" (sixty-ninth), "state media reported", "provincial officials said", "authorities
  said", "Aid groups said", "a Sudanese doctors' group said", "according to U.N. agencies",
  "according to World Bank figures", "data from the agriculture ministry showed", "an AFP
  check showed", "he said" (a pronoun), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_80 = [
    # === German =================================================================================
    # --- Erdbeben in Afghanistan (dpa) ---
    ("de", "Kabul (dpa) - Bei einem schweren Erdbeben im Osten Afghanistans sind nach Angaben der Taliban-Regierung mindestens 812 Menschen ums Leben gekommen.", True, [("count", 812, None, "at_least")], "die Taliban-Regierung"),
    ("de", "Das Beben der Stärke 6,0 ereignete sich kurz vor Mitternacht Ortszeit in einer Tiefe von nur acht Kilometern, teilte die US-Erdbebenwarte USGS mit.", True, [("count", 6.0, None, None), ("count", 8, None, None)], None),
    ("de", "Das Epizentrum lag rund 27 Kilometer nordöstlich der Provinzhauptstadt Dschalalabad in der Provinz Nangarhar.", True, [("count", 27, None, "about")], None),
    ("de", "Mehr als 2.800 Menschen wurden verletzt, in der Provinz Kunar stürzten Tausende Lehmhäuser ein.", True, [("count", 2800, None, "over")], None),
    ("de", "Viele Dörfer in den Bergen seien noch nicht erreicht worden, sagte Regierungssprecher Nasratullah Samim.", True, [], "Nasratullah Samim"),
    ("de", "Bei einem Beben der Stärke 6,3 in der westlichen Provinz Herat waren im Oktober 2023 mehr als 1.000 Menschen getötet worden.", True, [("count", 6.3, None, None), ("year", 2023, None, None), ("count", 1000, None, "over")], None),
    ("de", "Die UNO gab fünf Millionen Dollar aus ihrem Zentralen Nothilfefonds frei.", True, [("money", 5000000, "USD", None)], None),
    ("de", "„Wir graben mit bloßen Händen, wir haben keine Maschinen“, sagte ein Bewohner des Bezirks Nurgal dem Sender Tolo News.", False, [], None),
    ("de", "Die Zahlen konnten zunächst nicht von unabhängiger Seite bestätigt werden.", False, [], None),
    # --- Nigeria: Zinssenkung (AFP) ---
    ("de", "Lagos (AFP) - Die nigerianische Zentralbank hat ihren Leitzins überraschend um 50 Basispunkte auf 27,00 Prozent gesenkt.", True, [("percent", 50, "bp", None), ("percent", 27.0, "%", None)], None),
    ("de", "Es ist die erste Zinssenkung seit fast fünf Jahren.", True, [("ordinal", 1, None, None), ("duration", 5, "year", "nearly")], None),
    ("de", "Die Inflation war im Oktober den siebten Monat in Folge gesunken, auf zuletzt 16,9 Prozent.", True, [("ordinal", 7, None, None), ("percent", 16.9, "%", None)], None),
    ("de", "Der geldpolitische Ausschuss habe einstimmig entschieden, sagte Notenbankchef Emeka Obiora-Lawal vor Journalisten in Abuja.", True, [], "Emeka Obiora-Lawal"),
    ("de", "Der Naira notierte am Dienstag am offiziellen Markt bei 1.452 Naira je Dollar.", True, [("money", 1452, "NGN", None)], None),
    ("de", "Anfang 2024 hatte ein Dollar noch rund 900 Naira gekostet.", True, [("year", 2024, None, None), ("money", 900, "NGN", "about")], None),
    ("de", "Der Haushaltsentwurf für 2026 sieht Ausgaben von 54,5 Billionen Naira vor, umgerechnet rund 37 Milliarden Dollar.", True, [("year", 2026, None, None), ("money", 54500000000000, "NGN", None), ("money", 37000000000, "USD", "about")], None),
    ("de", "Analysten sprachen von einem mutigen, aber womöglich verfrühten Schritt.", False, [], None),
    ("de", "„Wir werden nicht zulassen, dass die Inflation zurückkehrt“, sagte Obiora-Lawal.", False, [], None),
    # --- Südafrika: Kommunalwahlen (AFP) ---
    ("de", "Johannesburg (AFP) - Bei den Kommunalwahlen in Südafrika ist der ANC nach Auszählung fast aller Stimmen landesweit erstmals unter 40 Prozent gefallen.", True, [("percent", 40, "%", "under")], None),
    ("de", "Die frühere Befreiungsbewegung kam laut der Wahlkommission IEC auf 38,6 Prozent der Stimmen.", True, [("percent", 38.6, "%", None)], None),
    ("de", "Die Demokratische Allianz (DA) erreichte 24,1 Prozent, die Partei MK 13,9 Prozent.", True, [("percent", 24.1, "%", None), ("percent", 13.9, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag mit 41,2 Prozent um knapp fünf Prozentpunkte unter jener von 2021.", True, [("percent", 41.2, "%", None), ("percent", 5, "pp", "nearly"), ("year", 2021, None, None)], None),
    ("de", "In Johannesburg verlor der ANC 23 seiner bisher 91 Sitze im 270 Mitglieder zählenden Stadtrat.", True, [("count", 23, None, None), ("count", 91, None, None), ("count", 270, None, None)], None),
    ("de", "Die Auszählung soll bis Freitag abgeschlossen sein, die Ergebnisse gelten dann als amtlich.", True, [], None),
    ("de", "„Die Menschen haben uns eine klare Botschaft geschickt, und wir haben sie verstanden“, sagte ANC-Generalsekretär Sipho Maseko.", False, [], None),
    # --- Indien: Monsun im Nordosten (dpa) ---
    ("de", "Neu-Delhi (dpa) - Bei Überschwemmungen und Erdrutschen im Nordosten Indiens sind seit Beginn des Monsuns mindestens 146 Menschen ums Leben gekommen.", True, [("count", 146, None, "at_least")], None),
    ("de", "Allein im Bundesstaat Assam waren nach Angaben der Katastrophenschutzbehörde mehr als 1,2 Millionen Menschen in 27 Distrikten betroffen.", True, [("count", 1200000, None, "over"), ("count", 27, None, None)], "die Katastrophenschutzbehörde"),
    ("de", "Der Brahmaputra stieg in Guwahati auf 50,9 Meter und lag damit 1,2 Meter über der Gefahrenmarke.", True, [("count", 50.9, None, None), ("count", 1.2, None, None)], None),
    ("de", "In den vergangenen 24 Stunden fielen in Cherrapunji 412 Millimeter Regen.", True, [("duration", 24, "hour", None), ("count", 412, None, None)], None),
    ("de", "Rund 3.400 Dörfer standen unter Wasser, knapp 40.000 Hektar Ackerland wurden überflutet.", True, [("count", 3400, None, "about"), ("count", 40000, None, "nearly")], None),
    ("de", "Zeitweise stand rund ein Viertel der Fläche Assams unter Wasser.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Mehr als 210.000 Menschen suchten Zuflucht in 689 Notunterkünften, teilte die Landesregierung in Guwahati mit.", True, [("count", 210000, None, "over"), ("count", 689, None, None)], "die Landesregierung"),
    ("de", "Die Zentralregierung gab 8,4 Milliarden Rupien (rund 82 Millionen Euro) Soforthilfe frei.", True, [("money", 8400000000, "INR", None), ("money", 82000000, "EUR", "about")], None),
    ("de", "Die Bilder aus Assam wiederholen sich Jahr für Jahr, doch geändert hat sich wenig.", False, [], None),
    ("de", "Die Behörden riefen die Bewohner tief gelegener Gebiete auf, sich in Sicherheit zu bringen.", False, [], None),
    # --- Türkei: Zinssenkung und Lira (Reuters) ---
    ("de", "Istanbul (Reuters) - Die türkische Zentralbank hat den Leitzins zum dritten Mal in Folge gesenkt, um 150 Basispunkte auf 39,5 Prozent.", True, [("ordinal", 3, None, None), ("percent", 150, "bp", None), ("percent", 39.5, "%", None)], None),
    ("de", "Von Reuters befragte Ökonomen hatten im Schnitt mit einem Schritt um 100 Basispunkte gerechnet.", True, [("percent", 100, "bp", None)], None),
    ("de", "Die Jahresteuerung lag im November bei 31,1 Prozent, nach 32,9 Prozent im Oktober, wie das Statistikamt Turkstat mitteilte.", True, [("percent", 31.1, "%", None), ("percent", 32.9, "%", None)], None),
    ("de", "Die Lira gab nach der Entscheidung um 0,4 Prozent nach, ein Dollar kostete 42,58 Lira.", True, [("percent", 0.4, "%", None), ("money", 42.58, "TRY", None)], None),
    ("de", "Seit Jahresbeginn hat die Währung rund 17 Prozent an Wert verloren.", True, [("percent", 17, "%", "about")], None),
    ("de", "Die Devisenreserven der Notenbank stiegen in der Vorwoche auf 178,4 Milliarden Dollar, ein Rekordwert.", True, [("money", 178400000000, "USD", None)], None),
    ("de", "„Wir sind noch nicht am Ziel“, sagte Zentralbankchef Ömer Kalaycıoğlu.", False, [], None),
    ("de", "Händler sprachen von einer vorsichtigen, gut vorbereiteten Entscheidung.", False, [], None),
    # --- Argentinien: Inflation und Peso (dpa) ---
    ("de", "Buenos Aires (dpa) - Die Inflation in Argentinien ist im Oktober auf 2,3 Prozent im Monatsvergleich gestiegen.", True, [("percent", 2.3, "%", None)], None),
    ("de", "Auf Jahressicht lag die Teuerung bei 31,3 Prozent, teilte die Statistikbehörde Indec mit.", True, [("percent", 31.3, "%", None)], None),
    ("de", "Im April 2024 hatte die Jahresrate noch fast 290 Prozent betragen.", True, [("year", 2024, None, None), ("percent", 290, "%", "nearly")], None),
    ("de", "Der offizielle Kurs des argentinischen Peso fiel auf 1.475 Pesos je Dollar, am Parallelmarkt wurden 1.510 Pesos verlangt.", True, [("money", 1475, "ARS", None), ("money", 1510, "ARS", None)], None),
    ("de", "Die Armutsquote sank im ersten Halbjahr auf 31,6 Prozent, nach 52,9 Prozent ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("percent", 31.6, "%", None), ("percent", 52.9, "%", None)], None),
    ("de", "Für Donnerstag hat der Gewerkschaftsdachverband CGT zu einem 24-stündigen Generalstreik aufgerufen.", True, [("duration", 24, "hour", None)], None),
    ("de", "„Das Schlimmste liegt hinter uns“, sagte Wirtschaftsminister Martín Echeverría.", False, [], None),
    ("de", "Gewerkschaften werfen der Regierung vor, den Aufschwung auf dem Rücken der Rentner erzwingen zu wollen.", False, [], None),
    # --- Indonesien: Erdrutsch auf Java (AFP) ---
    ("de", "Jakarta (AFP) - Nach tagelangen Regenfällen ist auf der indonesischen Insel Java ein Hang auf ein Dorf abgerutscht, mindestens 23 Menschen kamen ums Leben.", True, [("count", 23, None, "at_least")], None),
    ("de", "Nach 31 weiteren Bewohnern werde noch gesucht, sagte der Sprecher der Katastrophenschutzbehörde BNPB, Abdul Haris Suryanto.", True, [("count", 31, None, None)], "Abdul Haris Suryanto"),
    ("de", "Die Erdmassen verschütteten auf einer Länge von rund 800 Metern 47 Häuser.", True, [("count", 800, None, "about"), ("count", 47, None, None)], None),
    ("de", "Die Rettungsarbeiten wurden am Abend wegen neuer Regenfälle vorübergehend unterbrochen.", True, [], None),
    ("de", "In der Regenzeit von November bis März kommt es in Indonesien regelmäßig zu Erdrutschen und Überschwemmungen.", True, [], None),
    ("de", "„Es ging alles so schnell, wir konnten nur noch rennen“, sagte eine Überlebende dem Sender Metro TV.", False, [], None),
    # --- Tunesien: Bootsunglück vor Sfax (AFP) ---
    ("de", "Tunis (AFP) - Vor der tunesischen Küste bei Sfax ist ein Boot mit Migranten gekentert, mindestens 27 Menschen ertranken.", True, [("count", 27, None, "at_least")], None),
    ("de", "Die Küstenwache rettete 83 Menschen, die meisten aus Ländern südlich der Sahara, sagte ein Sprecher der Nationalgarde, Mourad Ben Slimane.", True, [("count", 83, None, None)], "Mourad Ben Slimane"),
    ("de", "An Bord des nur sieben Meter langen Metallboots sollen sich 112 Menschen befunden haben.", True, [("count", 7, None, None), ("count", 112, None, None)], None),
    ("de", "Fast jeder fünfte der Geretteten war minderjährig.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Nach Angaben der Internationalen Organisation für Migration (IOM) kamen im zentralen Mittelmeer seit Jahresbeginn 1.314 Menschen ums Leben oder gelten als vermisst.", True, [("count", 1314, None, None)], None),
    ("de", "In Italien kamen bis Ende November 61.870 Migranten über das Meer an, rund ein Drittel weniger als im Vorjahr.", True, [("count", 61870, None, None), ("fraction", 0.3333, None, "about")], None),
    ("de", "Die EU hatte Tunesien 2023 mehr als 100 Millionen Euro für den Grenzschutz zugesagt.", True, [("year", 2023, None, None), ("money", 100000000, "EUR", "over")], None),
    ("de", "„Jedes dieser Boote ist ein schwimmender Sarg“, sagte ein Helfer des Roten Halbmonds.", False, [], None),
    ("de", "Die EU müsse endlich sichere und legale Fluchtwege schaffen, forderte Pro Asyl.", False, [], None),
    # --- Kenia: Proteste gegen Steuererhöhungen (dpa) ---
    ("de", "Nairobi (dpa) - Bei Protesten gegen geplante Steuererhöhungen sind in Kenia nach Angaben einer Menschenrechtskommission mindestens 16 Menschen getötet worden.", True, [("count", 16, None, "at_least")], None),
    ("de", "Mehr als 400 Menschen seien verletzt und 485 festgenommen worden, teilte die Kommission am Mittwoch mit.", True, [("count", 400, None, "over"), ("count", 485, None, None)], "die Kommission"),
    ("de", "Das Finanzgesetz sah zusätzliche Einnahmen von 346 Milliarden Kenia-Schilling vor, umgerechnet rund 2,3 Milliarden Euro.", True, [("money", 346000000000, "KES", None), ("money", 2300000000, "EUR", "about")], None),
    ("de", "Die Polizei setzte in der Hauptstadt Tränengas und Wasserwerfer gegen die Demonstranten ein.", True, [], None),
    ("de", "Die Regierung zog das Gesetz am Abend zurück, das Parlament soll am 18. Juni über einen neuen Entwurf abstimmen.", True, [("date", "--06-18", None, None)], None),
    ("de", "Bereits im Juni 2024 waren bei ähnlichen Protesten mehr als 60 Menschen ums Leben gekommen.", True, [("year", 2024, None, None), ("count", 60, None, "over")], None),
    ("de", "„Wir haben keine Angst mehr“, riefen Demonstranten im Zentrum Nairobis.", False, [], None),
    ("de", "Die Kirchen des Landes riefen beide Seiten zur Mäßigung auf.", False, [], None),
    # --- Brasilien: Leitzins (Reuters) ---
    ("de", "São Paulo (Reuters) - Die brasilianische Zentralbank hat den Leitzins Selic zum vierten Mal in Folge bei 15 Prozent belassen.", True, [("ordinal", 4, None, None), ("percent", 15, "%", None)], None),
    ("de", "Das ist der höchste Stand seit fast 20 Jahren.", True, [("duration", 20, "year", "nearly")], None),
    ("de", "Die Inflation lag im Oktober bei 4,68 Prozent und damit über der Obergrenze des Zielkorridors von 4,5 Prozent.", True, [("percent", 4.68, "%", None), ("percent", 4.5, "%", None)], None),
    ("de", "Der Real legte nach der Entscheidung leicht zu, ein Dollar kostete 5,34 Real.", True, [("money", 5.34, "BRL", None)], None),
    # --- Brasilien: Abholzung am Amazonas (dpa) ---
    ("de", "Brasília (dpa) - Die Abholzung im brasilianischen Amazonasgebiet ist in den zwölf Monaten bis Ende Juli um 11 Prozent auf 5.796 Quadratkilometer zurückgegangen.", True, [("duration", 12, "month", None), ("percent", 11, "%", None), ("count", 5796, None, None)], None),
    ("de", "Das ist der niedrigste Wert seit 2015, teilte das Weltraumforschungsinstitut Inpe mit.", True, [("year", 2015, None, None)], None),
    ("de", "Die gerodete Fläche entspricht etwa dem Siebenfachen der Fläche Berlins.", True, [("count", 7, "times", "about")], None),
    ("de", "Bis 2030 will die Regierung die illegale Abholzung vollständig beenden.", True, [("year", 2030, None, None)], None),
    ("de", "„Der Wald ist nicht zu verkaufen“, stand auf einem Transparent vor dem Planalto-Palast.", False, [], None),
    ("de", "Umweltschützer halten das Ziel für kaum erreichbar.", False, [], None),
    # --- Elfenbeinküste: Kakaopreis (Reuters) ---
    ("de", "Abidjan (Reuters) - Die Elfenbeinküste hebt den staatlich garantierten Erzeugerpreis für Kakao zur Saison 2025/26 auf 2.800 CFA-Franc je Kilogramm an.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 2800, "XOF", None)], None),
    ("de", "Bisher erhielten die Bauern 1.800 CFA-Franc, das Plus beträgt damit gut 55 Prozent.", True, [("money", 1800, "XOF", None), ("percent", 55, "%", "over")], None),
    ("de", "Das westafrikanische Land ist mit einem Weltmarktanteil von rund 40 Prozent der größte Kakaoproduzent.", True, [("percent", 40, "%", "about")], None),
    ("de", "Bis Ende November trafen nach Schätzungen von Exporteuren 612.000 Tonnen Kakaobohnen in den Häfen Abidjan und San Pedro ein, 9 Prozent weniger als vor einem Jahr.", True, [("count", 612000, None, None), ("percent", 9, "%", None)], None),
    ("de", "An der Londoner Terminbörse kostete eine Tonne Kakao zuletzt 4.120 Pfund.", True, [("money", 4120, "GBP", None)], None),
    ("de", "Anfang 2025 hatte der Preis noch bei über 9.000 Pfund gelegen.", True, [("year", 2025, None, None), ("money", 9000, "GBP", "over")], None),
    ("de", "„Mit diesem Preis können wir endlich wieder Dünger kaufen“, sagte der Kakaobauer Kouassi N'Guessan aus Soubré.", False, [], None),
    # --- China: Exporte und Yuan (dpa) ---
    ("de", "Peking (dpa) - Chinas Exporte sind im November im Jahresvergleich um 5,9 Prozent gestiegen.", True, [("percent", 5.9, "%", None)], None),
    ("de", "Die Ausfuhren in die USA brachen dagegen um 28,6 Prozent ein, wie die Zollbehörde in Peking mitteilte.", True, [("percent", 28.6, "%", None)], "die Zollbehörde"),
    ("de", "In den ersten elf Monaten summierte sich der Überschuss auf mehr als eine Billion Dollar, ein Rekord.", True, [("ordinal", 1, None, None), ("duration", 11, "month", None), ("money", 1000000000000, "USD", "over")], None),
    ("de", "Den Referenzkurs des Yuan legte die Notenbank auf 7,0721 je Dollar fest, so stark wie seit Oktober 2024 nicht mehr.", True, [("money", 7.0721, "CNY", None), ("year", 2024, None, None)], None),
    ("de", "Ökonomen erwarten, dass der Gegenwind für die Exporteure im kommenden Jahr zunimmt.", False, [], None),
    # --- Israel: Zinssenkung und Schekel (Reuters) ---
    ("de", "Jerusalem (Reuters) - Die israelische Notenbank hat den Leitzins erstmals seit fast zwei Jahren gesenkt, um 25 Basispunkte auf 4,25 Prozent.", True, [("duration", 2, "year", "nearly"), ("percent", 25, "bp", None), ("percent", 4.25, "%", None)], None),
    ("de", "Die Inflation sank im Oktober auf 2,5 Prozent und liegt damit in der Zielspanne von 1 bis 3 Prozent.", True, [("percent", 2.5, "%", None), ("percent", 1, "%", None), ("percent", 3, "%", None)], None),
    ("de", "Der Schekel hat seit Jahresbeginn zum Dollar rund 12 Prozent zugelegt, ein Dollar kostet derzeit 3,21 Schekel.", True, [("percent", 12, "%", "about"), ("money", 3.21, "ILS", None)], None),
    ("de", "Für 2026 rechnet die Notenbank mit einem Wirtschaftswachstum von 4,7 Prozent.", True, [("year", 2026, None, None), ("percent", 4.7, "%", None)], None),
    ("de", "„Die Unsicherheit bleibt hoch“, sagte Notenbankgouverneur Avraham Benzaquen.", False, [], None),
    # --- Iran: Rial auf Rekordtief (dpa) ---
    ("de", "Teheran (dpa) - Die iranische Landeswährung ist auf ein Rekordtief gefallen: Auf dem freien Markt mussten am Montag 1,23 Millionen Rial für einen Dollar bezahlt werden.", True, [("money", 1230000, "IRR", None)], None),
    ("de", "Das sind rund 40 Prozent mehr als noch im Juni.", True, [("percent", 40, "%", "about")], None),
    ("de", "Zentralbankchef Hamid-Resa Taherchani sagte im Staatsfernsehen, die Regierung werde zwei Milliarden Dollar aus den Devisenreserven auf den Markt bringen.", True, [("money", 2000000000, "USD", None)], "Hamid-Resa Taherchani"),
    ("de", "„Der Feind führt einen Wirtschaftskrieg gegen unser Volk“, sagte Taherchani.", False, [], None),
    # --- Philippinen: Taifun (APA/AFP) ---
    ("de", "Manila (APA/AFP) - Taifun „Halong“ hat auf den Philippinen mindestens 58 Menschen in den Tod gerissen.", True, [("count", 58, None, "at_least")], None),
    ("de", "Der Sturm traf mit Böen von bis zu 215 km/h auf die Ostküste der Insel Samar.", True, [("count", 215, None, "up_to")], None),
    ("de", "Mehr als 640.000 Menschen hatten sich zuvor in Notunterkünften in Sicherheit gebracht, teilte der Zivilschutz mit.", True, [("count", 640000, None, "over")], "der Zivilschutz"),
    ("de", "Es ist bereits der 21. Tropensturm, der das Inselreich in diesem Jahr heimsucht.", True, [("ordinal", 21, None, None)], None),
    ("de", "Die Schäden an Ernte und Infrastruktur werden vorläufig auf 4,2 Mrd. philippinische Pesos geschätzt, rund 62 Mio. Euro.", True, [("money", 4200000000, "PHP", None), ("money", 62000000, "EUR", "about")], None),
    ("de", "Die Regierung rief für elf Provinzen den Katastrophenzustand aus.", True, [("count", 11, None, None)], None),
    ("de", "„Das Wasser kam wie eine Wand“, sagte ein Fischer aus Guiuan.", False, [], None),
    # --- Bangladesch: Parlamentswahl (dpa) ---
    ("de", "Dhaka (dpa) - Bei der Parlamentswahl in Bangladesch hat die Nationalistische Partei (BNP) nach vorläufigen Ergebnissen eine Zweidrittelmehrheit errungen.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "Sie gewann 211 der 300 direkt gewählten Sitze, wie die Wahlkommission am Freitag mitteilte.", True, [("count", 211, None, None), ("count", 300, None, None)], "die Wahlkommission"),
    ("de", "Die islamistische Jamaat-e-Islami kam auf 68 Sitze.", True, [("count", 68, None, None)], None),
    ("de", "Die Wahlbeteiligung lag bei knapp 60 Prozent.", True, [("percent", 60, "%", "nearly")], None),
    ("de", "Es war die erste Wahl seit dem Sturz der langjährigen Regierungschefin im August 2024.", True, [("ordinal", 1, None, None), ("year", 2024, None, None)], None),
    ("de", "Bei Zusammenstößen am Wahltag wurden nach Polizeiangaben mindestens fünf Menschen getötet.", True, [("count", 5, None, "at_least")], None),
    ("de", "Die neue Regierung soll am 17. Februar vereidigt werden.", True, [("date", "--02-17", None, None)], None),
    ("de", "„Heute hat das Volk gesprochen, nicht die Gewehre“, sagte BNP-Generalsekretär Mirza Rahman Chowdhury.", False, [], None),
    # === English ================================================================================
    # --- India: RBI rate cut (Reuters) ---
    ("en", "MUMBAI, Dec 5 (Reuters) - India's central bank lowered the repo rate, its main policy rate, to 5.25% from 5.50% on Friday, a reduction of 25 basis points and its first move since June, as retail inflation sank to a record low.", True, [("date", "--12-05", None, None), ("percent", 5.25, "%", None), ("percent", 5.5, "%", None), ("percent", 25, "bp", None), ("ordinal", 1, None, None)], None),
    ("en", "The six-member monetary policy committee voted unanimously for the cut, Governor Arvind Kulkarni said.", True, [("count", 6, None, None)], "Arvind Kulkarni"),
    ("en", "Consumer prices rose just 0.25% year-on-year in October, far below the central bank's 2%-6% tolerance band.", True, [("percent", 0.25, "%", None), ("percent", 2, "%", None), ("percent", 6, "%", None)], None),
    ("en", "The RBI raised its growth forecast for the 2025/26 fiscal year to 7.3% from 6.8%.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("percent", 7.3, "%", None), ("percent", 6.8, "%", None)], None),
    ("en", "It also announced purchases of government bonds worth Rs 1 lakh crore and a three-year dollar-rupee swap of $5 billion.", True, [("money", 1000000000000, "INR", None), ("duration", 3, "year", None), ("money", 5000000000, "USD", None)], None),
    ("en", "The rupee, which hit a record low of 90.42 per dollar earlier this week, was little changed at 89.95.", True, [("money", 90.42, "INR", None), ("money", 89.95, "INR", None)], None),
    ("en", "\"The Goldilocks period is not over, but we are watching the rupee very closely,\" Kulkarni told reporters.", False, [], None),
    ("en", "Economists said the door to further easing remained open.", False, [], None),
    # --- India: wheat support price (Reuters) ---
    ("en", "NEW DELHI, Dec 3 (Reuters) - India will pay farmers Rs 2,585 per quintal of wheat in the 2026-27 marketing season, Rs 160 more than last year, Agriculture Minister Ramesh Chandra Yadav said.", True, [("date", "--12-03", None, None), ("money", 160, "INR", None), ("money", 2585, "INR", None), ("year", 2026, None, None), ("year", 2027, None, None)], "Ramesh Chandra Yadav"),
    ("en", "The increase of 6.6 per cent will cost the exchequer an additional Rs 12,800 crore.", True, [("percent", 6.6, "%", None), ("money", 128000000000, "INR", None)], None),
    ("en", "Wheat has been sown on 241.5 lakh hectares so far this rabi season, up from 232.9 lakh hectares a year earlier, data from the agriculture ministry showed.", True, [("count", 24150000, None, None), ("count", 23290000, None, None)], None),
    ("en", "Central wheat stocks stood at 332 lakh tonnes on Nov. 1, against a buffer norm of 205.2 lakh tonnes.", True, [("count", 33200000, None, None), ("date", "--11-01", None, None), ("count", 20520000, None, None)], None),
    ("en", "Nearly 80 crore people receive 5 kg of free foodgrains a month under the national food security law.", True, [("count", 800000000, None, "nearly"), ("count", 5, None, None)], None),
    ("en", "Farmers' unions called the increase \"a cruel joke\" given soaring fertiliser and diesel costs.", False, [], None),
    # --- Nigeria: inflation and fuel prices (AFP) ---
    ("en", "LAGOS (AFP) - Nigeria's annual inflation rate slowed for the eighth straight month in November to 16.05%, the National Bureau of Statistics said on Monday.", True, [("ordinal", 8, None, None), ("percent", 16.05, "%", None)], "the National Bureau of Statistics"),
    ("en", "Food inflation eased to 18.4% from 20.6% in October.", True, [("percent", 18.4, "%", None), ("percent", 20.6, "%", None)], None),
    ("en", "The country's largest private refinery cut its ex-depot petrol price by N45 to N820 per litre, its third reduction in a month.", True, [("money", 45, "NGN", None), ("money", 820, "NGN", None), ("ordinal", 3, None, None)], None),
    ("en", "Pump prices in Lagos ranged from N890 to N930 a litre on Tuesday, an AFP check showed.", True, [("money", 890, "NGN", None), ("money", 930, "NGN", None)], None),
    ("en", "The naira traded at 1,448 per dollar on the official market, against 1,475 on the parallel market.", True, [("money", 1448, "NGN", None), ("money", 1475, "NGN", None)], None),
    ("en", "\"Things are a little better, but we are still struggling to feed our children,\" said Lagos market trader Funmilayo Adeyemi, 47.", False, [("duration", 47, "year", None)], None),
    ("en", "The central bank's monetary policy committee meets on Nov. 24 and 25.", True, [("date", "--11-24", None, None), ("date", "--11-25", None, None)], None),
    # --- South Africa: rate cut and rand (Reuters) ---
    ("en", "JOHANNESBURG, Nov 20 (Reuters) - The South African Reserve Bank cut its main lending rate by 25 basis points to 6.75% on Thursday and formally lowered its inflation target to 3%.", True, [("date", "--11-20", None, None), ("percent", 25, "bp", None), ("percent", 6.75, "%", None), ("percent", 3, "%", None)], None),
    ("en", "Four members of the six-member monetary policy committee voted for the cut and two preferred to hold, Governor Lerato Dlamini-Khumalo told a news conference.", True, [("count", 4, None, None), ("count", 6, None, None), ("count", 2, None, None)], "Lerato Dlamini-Khumalo"),
    ("en", "Consumer inflation slowed to 3.6% in October, Statistics South Africa said.", True, [("percent", 3.6, "%", None)], "Statistics South Africa"),
    ("en", "The rand firmed 0.8% to 17.12 per dollar after the decision, its strongest level since February 2023.", True, [("percent", 0.8, "%", None), ("money", 17.12, "ZAR", None), ("year", 2023, None, None)], None),
    ("en", "The Treasury now projects a budget deficit of R412.6bn, or 5.1% of GDP, for the 2025/26 fiscal year.", True, [("money", 412600000000, "ZAR", None), ("percent", 5.1, "%", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "\"A lower target is a gift that keeps on giving,\" Dlamini-Khumalo said.", False, [], None),
    # --- Myanmar: earthquake (AP) ---
    ("en", "YANGON, Myanmar (AP) — A powerful magnitude 6.9 earthquake struck central Myanmar on Sunday, killing at least 144 people and toppling a bridge over the Irrawaddy River, state media reported.", True, [("count", 6.9, None, None), ("count", 144, None, "at_least")], None),
    ("en", "The quake hit at 12:51 p.m. at a depth of 10 kilometers (6 miles), about 17 kilometers (11 miles) northwest of Sagaing, the U.S. Geological Survey said.", True, [("count", 10, None, None), ("count", 6, None, None), ("count", 17, None, "about"), ("count", 11, None, None)], "the U.S. Geological Survey"),
    ("en", "A 5.8-magnitude aftershock followed 14 minutes later.", True, [("count", 5.8, None, None), ("duration", 14, "minute", None)], None),
    ("en", "The death toll rose to 261 by Monday evening, with 742 injured and 68 missing, the military government said.", True, [("count", 261, None, None), ("count", 742, None, None), ("count", 68, None, None)], None),
    ("en", "More than 1,900 buildings, including 37 schools and 12 monasteries, were damaged or destroyed.", True, [("count", 1900, None, "over"), ("count", 37, None, None), ("count", 12, None, None)], None),
    ("en", "In Mandalay, the country's second-largest city, rescuers freed a 7-year-old girl from the rubble after 31 hours.", True, [("ordinal", 2, None, None), ("duration", 7, "year", None), ("duration", 31, "hour", None)], None),
    ("en", "The government declared a week of national mourning and appealed for international aid.", True, [], None),
    ("en", "\"We felt the ground roll like the sea,\" said Mandalay resident Ko Zaw Min Htet.", False, [], None),
    ("en", "The information could not be independently verified.", False, [], None),
    # --- Pakistan: monsoon floods (Reuters) ---
    ("en", "ISLAMABAD, Aug 28 (Reuters) - Monsoon floods have killed 854 people across Pakistan since late June, according to the National Disaster Management Authority.", True, [("date", "--08-28", None, None), ("count", 854, None, None)], "the National Disaster Management Authority"),
    ("en", "In Punjab province alone, more than 1.4 million people have been affected and 1,700 villages submerged after the Ravi, Sutlej and Chenab rivers burst their banks.", True, [("count", 1400000, None, "over"), ("count", 1700, None, None)], None),
    ("en", "Authorities have evacuated nearly 450,000 people and set up 511 relief camps, provincial officials said.", True, [("count", 450000, None, "nearly"), ("count", 511, None, None)], None),
    ("en", "The Sutlej at Ganda Singh Wala was flowing at 261,000 cusecs, the highest level since 1955.", True, [("count", 261000, None, None), ("year", 1955, None, None)], None),
    ("en", "The meteorological department forecast another 150 to 200mm of rain in Lahore over the next 48 hours.", True, [("count", 150, None, None), ("count", 200, None, None), ("duration", 48, "hour", None)], None),
    ("en", "\"We lost everything - our cattle, our wheat, our house,\" said farmer Ghulam Sarwar in Kasur district.", False, [], None),
    ("en", "Climate change is making such disasters more frequent and more deadly.", False, [], None),
    # --- Brazil: coffee crop (Reuters) ---
    ("en", "SAO PAULO, Sept 16 (Reuters) - Brazil's 2026 coffee crop is expected to reach a record 70.2 million 60-kg bags, up 11% from this year, government agency Conab said on Tuesday.", True, [("date", "--09-16", None, None), ("year", 2026, None, None), ("count", 70200000, None, None), ("count", 60, None, None), ("percent", 11, "%", None)], None),
    ("en", "Arabica output is seen at 47.1 million bags and robusta, known locally as conilon, at 23.1 million bags.", True, [("count", 47100000, None, None), ("count", 23100000, None, None)], None),
    ("en", "Arabica futures on ICE fell 4.2% to $3.71 per pound on the forecast.", True, [("percent", 4.2, "%", None), ("money", 3.71, "USD", None)], None),
    ("en", "Prices hit a record above $4.30 a pound in February.", True, [("money", 4.3, "USD", "over")], None),
    ("en", "Brazil exported 3.6 million bags in August, 18% less than a year earlier, exporters group Cecafe said.", True, [("count", 3600000, None, None), ("percent", 18, "%", None)], None),
    ("en", "\"The trees look beautiful, but a single frost in July could change everything,\" said grower Antônio Carlos Bertolini in Minas Gerais.", False, [], None),
    # --- Brazil: budget and real (Reuters) ---
    ("en", "BRASILIA (Reuters) - Brazil's Congress approved a 2026 budget that foresees a primary surplus of R$34.3 billion, or 0.25% of gross domestic product.", True, [("year", 2026, None, None), ("money", 34300000000, "BRL", None), ("percent", 0.25, "%", None)], None),
    ("en", "Spending on social programs will rise to 168.2 billion reais, including the Bolsa Familia cash transfer for about 19 million families.", True, [("money", 168200000000, "BRL", None), ("count", 19000000, None, "about")], None),
    ("en", "The real weakened 1.1% to 5.41 per dollar.", True, [("percent", 1.1, "%", None), ("money", 5.41, "BRL", None)], None),
    # --- Iran: rial (Reuters) ---
    ("en", "DUBAI, Dec 8 (Reuters) - Iran's rial plunged to a record low of 1,230,000 per U.S. dollar on the unofficial market on Monday, according to foreign exchange website Bonbast.com.", True, [("date", "--12-08", None, None), ("money", 1230000, "IRR", None)], None),
    ("en", "The currency has lost about 40% of its value since June.", True, [("percent", 40, "%", "about")], None),
    ("en", "Official figures put annual inflation at 48.6% in November, though some economists estimate it is well above 50%.", True, [("percent", 48.6, "%", None), ("percent", 50, "%", "over")], None),
    ("en", "The government raised the price of subsidised gasoline for the first time since 2019, to 5,000 rials a litre for monthly consumption above 160 litres.", True, [("ordinal", 1, None, None), ("year", 2019, None, None), ("money", 5000, "IRR", None), ("count", 160, None, "over")], None),
    ("en", "\"The enemy's economic war will fail,\" central bank governor Hamid Reza Taherkhani said.", False, [], None),
    # --- Egypt: rate cut (Reuters) ---
    ("en", "CAIRO, Oct 2 (Reuters) - Egypt cut overnight interest rates by 100 basis points on Thursday, bringing its deposit rate to 21.00% and its lending rate to 22.00%, the central bank said.", True, [("date", "--10-02", None, None), ("percent", 100, "bp", None), ("percent", 21.0, "%", None), ("percent", 22.0, "%", None)], "the central bank"),
    ("en", "Urban headline inflation slowed to 12.0% in August from 13.9% in July.", True, [("percent", 12.0, "%", None), ("percent", 13.9, "%", None)], None),
    ("en", "The Egyptian pound has held at around 48.5 to the dollar since March.", True, [("money", 48.5, "EGP", "about")], None),
    ("en", "Egypt received a $1.2 billion tranche under its expanded $8 billion IMF programme in July.", True, [("money", 1200000000, "USD", None), ("money", 8000000000, "USD", None)], None),
    ("en", "Analysts said further cuts were likely but would depend on oil prices.", False, [], None),
    # --- Chile: presidential runoff (AFP) ---
    ("en", "SANTIAGO (AFP) - Rodrigo Alcántara, a conservative lawyer, was elected Chile's president on Sunday, winning 58.2% of the vote in the runoff, according to the electoral service Servel.", True, [("percent", 58.2, "%", None)], None),
    ("en", "His left-wing rival, former labor minister Javiera Sotomayor, received 41.8%.", True, [("percent", 41.8, "%", None)], None),
    ("en", "Turnout was 85.3% in the country's second presidential election since voting became compulsory again in 2022.", True, [("percent", 85.3, "%", None), ("ordinal", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "The 59-year-old president-elect starts his four-year term on March 11.", True, [("duration", 59, "year", None), ("date", "--03-11", None, None), ("duration", 4, "year", None)], None),
    ("en", "With 99.9% of polling stations counted, he led by more than 1.8 million votes.", True, [("percent", 99.9, "%", None), ("count", 1800000, None, "over")], None),
    ("en", "Sotomayor conceded defeat in a speech to supporters late on Sunday.", True, [], None),
    ("en", "\"Chile has chosen order, security and hope,\" Alcántara told cheering supporters in Santiago.", False, [], None),
    # --- Madagascar: protests (AFP) ---
    ("en", "ANTANANARIVO (AFP) - At least 22 people have been killed and more than 100 injured in three days of protests over water and power cuts in Madagascar, the United Nations said on Monday.", True, [("count", 22, None, "at_least"), ("count", 100, None, "over"), ("duration", 3, "day", None)], "the United Nations"),
    ("en", "Authorities imposed a dusk-to-dawn curfew in the capital from 7 p.m. to 5 a.m.", True, [], None),
    ("en", "Residents of Antananarivo have faced power cuts of up to 12 hours a day since September, according to the state utility Jirama.", True, [("duration", 12, "hour", "up_to")], None),
    ("en", "Some 75% of Madagascar's 31 million people live below the poverty line, according to World Bank figures.", True, [("percent", 75, "%", "about"), ("count", 31000000, None, None)], None),
    ("en", "\"We want water, we want light, we want dignity,\" protesters chanted outside city hall.", False, [], None),
    # --- Rohingya boats (Reuters) ---
    ("en", "DHAKA, May 14 (Reuters) - Two boats carrying 514 Rohingya refugees sank off Myanmar's Rakhine coast last week, and only 87 survivors have been found, UNHCR said on Tuesday.", True, [("date", "--05-14", None, None), ("count", 2, None, None), ("count", 514, None, None), ("count", 87, None, None)], "UNHCR"),
    ("en", "It would be the deadliest tragedy at sea involving Rohingya this year, the U.N. refugee agency said.", True, [], None),
    ("en", "More than 1.1 million Rohingya live in crowded camps around Cox's Bazar in Bangladesh, most of them since fleeing a military crackdown in 2017.", True, [("count", 1100000, None, "over"), ("year", 2017, None, None)], None),
    ("en", "The WFP cut monthly food vouchers in the camps to $6 per person in April, before restoring them to $12 after donors stepped in.", True, [("money", 6, "USD", None), ("money", 12, "USD", None)], None),
    # --- Darien Gap (AP) ---
    ("en", "PANAMA CITY (AP) — Migrant crossings through the Darien Gap have fallen by 98% this year, with just 2,981 people recorded through October, Panama's National Migration Service said.", True, [("percent", 98, "%", None), ("count", 2981, None, None)], "Panama's National Migration Service"),
    ("en", "In 2023, a record 520,000 people made the dangerous trek through the jungle between Colombia and Panama.", True, [("year", 2023, None, None), ("count", 520000, None, None)], None),
    ("en", "\"The jungle is empty now, but the need has not disappeared,\" said Luz Marina Ocampo of the aid group HIAS.", False, [], None),
    # --- China: yuan and PMI (Reuters) ---
    ("en", "SHANGHAI, Dec 1 (Reuters) - China's yuan hit a 14-month high of 7.0705 per dollar on Monday after the central bank set a stronger-than-expected midpoint.", True, [("date", "--12-01", None, None), ("duration", 14, "month", None), ("money", 7.0705, "CNY", None)], None),
    ("en", "The People's Bank of China fixed the yuan's midpoint at 7.0758 per dollar, 212 pips stronger than a Reuters estimate.", True, [("money", 7.0758, "CNY", None), ("count", 212, None, None)], None),
    ("en", "China's official manufacturing PMI rose to 49.8 in November from 49.3, the National Bureau of Statistics said, the eighth straight month below the 50-point mark separating growth from contraction.", True, [("count", 49.8, None, None), ("count", 49.3, None, None), ("ordinal", 8, None, None), ("count", 50, None, None)], "the National Bureau of Statistics"),
    ("en", "Beijing has set a 2025 growth target of around 5%.", True, [("year", 2025, None, None), ("percent", 5, "%", "about")], None),
    ("en", "Traders said the central bank appeared comfortable with a gradual appreciation.", False, [], None),
    # --- Vietnam: floods (AFP) ---
    ("en", "HANOI (AFP) - Floods and landslides in central Vietnam have killed 41 people and left nine missing after record rains, the disaster management agency said Thursday.", True, [("count", 41, None, None), ("count", 9, None, None)], None),
    ("en", "The city of Hue recorded 1,739 millimetres of rain in 24 hours on Monday, a national record.", True, [("count", 1739, None, None), ("duration", 24, "hour", None)], None),
    ("en", "More than 116,000 homes were flooded and 19,500 hectares of rice and other crops destroyed.", True, [("count", 116000, None, "over"), ("count", 19500, None, None)], None),
    ("en", "Losses were provisionally estimated at 3.4 trillion dong ($129 million).", True, [("money", 3400000000000, "VND", None), ("money", 129000000, "USD", None)], None),
    ("en", "It was the 12th storm to hit Vietnam this year.", True, [("ordinal", 12, None, None)], None),
    ("en", "\"I have lived here 60 years and never seen water this high,\" said Nguyen Thi Hoa, a resident of Hoi An.", False, [("duration", 60, "year", None)], None),
    # --- India: Bihar election (Reuters) ---
    ("en", "NEW DELHI, Nov 14 (Reuters) - India's ruling alliance won 202 of the 243 seats in the Bihar state election, the Election Commission of India said on Friday, a landslide that surprised pollsters.", True, [("date", "--11-14", None, None), ("count", 202, None, None), ("count", 243, None, None)], "the Election Commission of India"),
    ("en", "Turnout reached 66.9%, the highest in the state since 1951.", True, [("percent", 66.9, "%", None), ("year", 1951, None, None)], None),
    ("en", "The opposition alliance, led by Tejaswini Prasad, won 35 seats.", True, [("count", 35, None, None)], None),
    ("en", "About 7.4 crore voters were eligible, including 14 lakh new voters.", True, [("count", 74000000, None, "about"), ("count", 1400000, None, None)], None),
    ("en", "Women made up nearly half of the electorate, and for the first time their turnout exceeded that of men by more than 8 percentage points.", True, [("fraction", 0.5, None, "nearly"), ("ordinal", 1, None, None), ("percent", 8, "pp", "over")], None),
    ("en", "\"This is a victory of development over jungle raj,\" a senior party leader said.", False, [], None),
    # --- Mexico: remittances (Reuters) ---
    ("en", "MEXICO CITY, Nov 3 (Reuters) - Remittances sent to Mexico fell 16.2% in September from a year earlier to $4.2 billion, the Bank of Mexico said on Monday.", True, [("date", "--11-03", None, None), ("percent", 16.2, "%", None), ("money", 4200000000, "USD", None)], "the Bank of Mexico"),
    ("en", "Over the first nine months, remittances totalled $45.7 billion, down 5.2%.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 45700000000, "USD", None), ("percent", 5.2, "%", None)], None),
    ("en", "A 1% tax on cash remittances sent from the United States takes effect on Jan. 1.", True, [("percent", 1, "%", None), ("date", "--01-01", None, None)], None),
    ("en", "The Mexican peso was little changed at 18.45 per dollar.", True, [("money", 18.45, "MXN", None)], None),
    ("en", "\"People are afraid to go to the bank,\" said Claudia Reyes Montaño, who runs a money transfer shop in Morelia.", False, [], None),
    # --- Sudan: El Fasher (Reuters) ---
    ("en", "PORT SUDAN, Oct 29 (Reuters) - More than 1,500 people have been killed in El Fasher since the Rapid Support Forces seized the city, a Sudanese doctors' group said.", True, [("date", "--10-29", None, None), ("count", 1500, None, "over")], None),
    ("en", "About 36,000 people fled the city in two days, the International Organization for Migration said.", True, [("count", 36000, None, "about"), ("duration", 2, "day", None)], "the International Organization for Migration"),
    ("en", "The RSF had laid siege to El Fasher, the last big city in Darfur held by the army, for 18 months.", True, [("duration", 18, "month", None)], None),
    ("en", "The war, which began in April 2023, has displaced nearly 12 million people.", True, [("year", 2023, None, None), ("count", 12000000, None, "nearly")], None),
    ("en", "Nearly half of Sudan's 50 million people face acute food shortages, according to U.N. agencies.", True, [("fraction", 0.5, None, "nearly"), ("count", 50000000, None, None)], None),
    ("en", "The RSF denied targeting civilians and said it had opened safe corridors.", True, [], None),
    ("en", "\"What we are seeing is a catastrophe upon a catastrophe,\" a U.N. official said.", False, [], None),
    # --- Afghanistan: toll rises (Reuters) ---
    ("en", "KABUL, Sept 2 (Reuters) - The death toll from Sunday's earthquake in eastern Afghanistan has risen to more than 1,400, Taliban government spokesman Nasratullah Sameem said on Tuesday.", True, [("date", "--09-02", None, None), ("count", 1400, None, "over")], "Nasratullah Sameem"),
    ("en", "More than 3,100 people were injured, most of them in Kunar province, he said.", True, [("count", 3100, None, "over")], None),
    ("en", "Aid groups said at least 5,400 houses had been destroyed in villages reachable only on foot or by helicopter.", True, [("count", 5400, None, "at_least")], None),
    # --- Japan: earthquake off the northeast (Reuters) ---
    ("en", "TOKYO, Dec 9 (Reuters) - A magnitude 7.5 earthquake struck off Japan's northeastern coast late on Monday, triggering tsunami waves of up to 70 cm and injuring at least 34 people, authorities said.", True, [("date", "--12-09", None, None), ("count", 7.5, None, None), ("count", 70, None, "up_to"), ("count", 34, None, "at_least")], None),
    ("en", "The Japan Meteorological Agency lifted all tsunami advisories about 13 hours later.", True, [("duration", 13, "hour", "about")], None),
    ("en", "About 2,700 households lost power, Tohoku Electric Power said.", True, [("count", 2700, None, "about")], "Tohoku Electric Power"),
    ("en", "The government has set aside ¥1.2 trillion ($7.7 billion) in reserve funds for disaster relief in this year's budget.", True, [("money", 1200000000000, "JPY", None), ("money", 7700000000, "USD", None)], None),
    ("en", "\"Please stay away from the coast until the advisories are lifted,\" Chief Cabinet Secretary Kenji Morioka said.", False, [], None),
    # --- Credit lines ---
    ("en", "(Reporting by Nikhil Deshmukh and Priyanka Rao; Editing by Alison Grey)", False, [], None),
    ("en", "(Reporting by Chijioke Okafor in Abuja; Writing by Tomás Reyes; Editing by Helen Marsh)", False, [], None),
]
