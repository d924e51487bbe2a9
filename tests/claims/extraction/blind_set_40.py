"""Fortieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real institutions, agencies, places, clubs and events such as
"Bundeskanzlei", "Alliance SwissPass", "Kantonspolizei Wallis", "Statistik Austria",
"Asfinag", "ASTAT", "the INMO", "the HSE", "the GAA", "Police Scotland", "SSEN", "Stats NZ",
"GeoNet", "Stats SA", "Eskom", "the Nigeria Centre for Disease Control and Prevention",
"the Kenya National Bureau of Statistics", "the Land Transport Authority", "Statistics
Canada" or "the BC Wildfire Service" stand for the way wire copy names them; the ministers,
officials, athletes, residents and companies who appear here are invented, and so is what
anybody says and counts).

Its weight: THE VARIETIES OF GERMAN AND ENGLISH AT THE EDGES OF THE DESK'S USUAL COPY -
local politics, economy, disasters, health, education and sport results as the agencies of
those places write them, with attribution in local styles. Half German: Switzerland
(Keystone-SDA, sda, awp; "ss", «» quotes, "Franken", "Rappen", "Fr." before and after the
figure, apostrophe grouping "1'250'000", "Mia." and "Mio.", prices with a decimal point
"Fr. 79.50" and the dash "Fr. 5.–", "innert", "Stimmvolk", "Ständemehr", "Ende Jahr",
"Mitarbeitende", "Busse", "Automobilist", "während"), Austria (APA; "Jänner", "Feber",
"heuer", "Mio.", "Mrd.", "Matura", "Zentralmatura", "Pensionisten", "Seehöhe", "Lkw",
German „“ quotes), Liechtenstein (sda from Vaduz; Landtag, Regierung, CHF) and South Tyrol
(APA from Bozen; "Nächtigungen", "Landesrat", ASTAT). Half English: Ireland ("€10.5bn",
"65 cent", "per cent", "told the Dáil", "Gardaí", the INMO trolley count, the HSE, an
All-Ireland hurling final with GAA scores), Scotland (Higher results, a Highland storm,
Police Scotland, ScotRail, SSEN), New Zealand ("NZ$45 million", Stats NZ, the RBNZ, GeoNet,
an All Blacks test), South Africa ("R2.5bn", "R1.2bn", the rand per dollar, Stats SA,
Eskom's Stage 4 load-shedding, Eastern Cape floods, fiscal year "2026-27"), Nigeria
("N54.99 trillion", "₦1,050", "1,400 naira per dollar", the NBS, Lassa fever), Kenya
("KSh4.29 trillion", "KSh3.4 billion", "Sh1.1 trillion", "2025/26", "Treasury Cabinet
Secretary", floods, a Kenyan marathon winner), Singapore ("S$1.2 billion", "S$118,001",
COE premiums, HDB flats, the MAS) and Canada ("C$78.3 billion", Statistics Canada, a CP
wildfire story with "KELOWNA, B.C. —" and "said Saturday"); no lakh or crore. 16 German
stories: a Swiss popular vote on health premiums, the Swiss federal budget, public
transport fares, a mudslide in Valais, health insurance premiums, the Lauberhorn downhill,
the Austrian Zentralmatura, Austrian inflation in Jänner, an avalanche in the Ötztal, the
Austrian pension rise, the ski-jumping final in Bischofshofen, the Liechtenstein budget and
population, South Tyrol's tourism record, transit traffic over the Brenner, a Swiss
retailer's results, a crash on the Oberalp road. 20 English stories: the Irish budget,
hospital trolleys, the All-Ireland hurling final, Scottish exam results, a storm in the
Highlands, New Zealand unemployment, an earthquake off Gisborne, the All Blacks v South
Africa, South African unemployment and the mid-term budget, load-shedding, floods in the
Eastern Cape, the Nigerian budget, Lassa fever, the Kenyan budget, floods in Kenya, the
Chicago Marathon, Singapore's GDP and budget, Singapore housing, Canadian jobs and the
federal deficit, a British Columbia wildfire.

227 rows (115 German, 112 English), 46 negatives (23 German, 23 English), 181 check-worthy
rows of which 8 carry no figure (6 German, 2 English), 301 expected quantities (82 counts,
58 percentages, 56 amounts of money, 30 years, 28 durations, 19 dates, 19 ordinals, 9
fractions; 5 of them in negatives), 37 checked speakers (15 German, 22 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Ohne
  Korrekturen drohten ab 2027 jährliche Defizite von bis zu 3 Mia. Franken, sagte
  Finanzministerin Regula Marti vor den Medien." -> "Regula Marti", the phrase after the
  name dropped as "vor der Presse" and "im Plenum").
- New: Swiss "Mia." is read as "Milliarden", as "Mrd." is ("11,7 Mia. Franken" 1.17e10
  CHF, "2,6 Mia. Franken" "about"); "Mio. Fr." and "Mio. Franken" CHF (earlier batches).
- New: Swiss apostrophe grouping repeated for millions is read as the single one is (ninth
  and twenty-third batches): "Fr. 1'250'000" is 1,250,000 CHF; "Fr. 4'130", "Fr. 3'995",
  "28'000", "40'876", "25'000", "1'150", "98'400", "60'000 Franken" as written.
- New: a Swiss franc amount written with a point before exactly two digits is francs and
  Rappen, the point a decimal separator (German grouping needs three digits after the
  point): "Fr. 79.50" 79.5 CHF, "Fr. 56.40", "Fr. 393.30", "Fr. 111.20", "Fr. 276.90",
  "Fr. 2.40"; the Swiss dash for no Rappen gives the whole francs: "Fr. 5.–" 5 CHF and
  "Fr. 195.–" 195 CHF. "10 Rappen" is 0.1 CHF (twelfth and twenty-third batches);
  "100.000 Schweizer Franken" in Austrian copy CHF.
- New: "Ein Generalabonnement 2. Klasse" is ordinal 2 (a numbered class, as "im dritten
  Stock" and "in der Zweiten Republik").
- New: Austrian "Feber" is February as "Jänner" is January: "am 17. Feber" is --02-17; "am
  6. Jänner" --01-06 (twelfth and thirtieth batches); "im Jänner", "seit Jänner" none
  (months alone).
- New: "Pensionen bis 2.500 Euro brutto" is 2,500 EUR "up_to": "bis" before a figure that
  bounds a group from above reads as "bis zu"; "ab 2027", "frühestens Ende 2026" the year.
- New: "4,1 Nächte" is count 4.1: a night is no unit of the duration list (as "vier
  Spielzeiten" and "six quarters" are counts, twenty-sixth and thirty-fifth batches);
  "37,2 Millionen Nächtigungen" count 37,200,000.
- New, English currencies of this batch: "R2.5bn" and "R1.2bn" are ZAR (the rand's "R"
  before the figure, as "Rs" is INR and "A$" AUD; "254 billion rand" was ZAR in the first
  batch); "The rand firmed ... to 17.21 per dollar" 17.21 ZAR (an exchange rate is money in
  the priced currency, fourteenth and thirty-first batches); "N54.99 trillion", "N49.7
  trillion", "N14.3 trillion" NGN (Nigerian copy's "N" for the naira, "trillion" 1e12) and
  "₦1,050", "₦185" NGN; "1,400 naira per dollar, against about 1,460" two NGN amounts, the
  second "about" (a currency named earlier in the same sentence, fourth batch);
  "KSh4.29 trillion", "KSh3.4 billion" KES; "Sh1.1 trillion" KES in a sentence that names
  Kenya (Kenyan copy writes "Sh" for its shilling; Ugandan and Tanzanian copy write the
  same, so the batch uses "Sh" only where Kenya is named); "NZ$45 million" NZD; "S$1.2
  billion", "S$500", "S$118,001", "at least S$1 million" SGD; "C$78.3 billion" CAD
  (earlier batches); Irish "€10.5bn", "€14.15" EUR and "65 cent" before "€14.15" 0.65 EUR
  (twelfth batch); "$64.85 a barrel" USD.
- New: GAA scores in goals and points ("2-21 to 1-20") and a player's tally in that form
  ("scored 1-9") carry no quantity, as scores in every earlier batch ("2-0", "3:1",
  "33-24"); "their 37th All-Ireland senior hurling title" ordinal 37, "in the 64th minute"
  ordinal 64.
- New: "Stage 4 load-shedding" and "Under Stage 4" are count 4 (a level on a scale, as "a
  Category 4 storm" and "die Gefahrenstufe 3 der fünfteiligen Skala", which is counts 3 and
  5, twenty-seventh and thirty-second batches); "16,400 megawatts", "13,000 MW", "86
  Millimeter", "200 mm", "up to 80 mm a day", "400 Meter", "2.800 Metern Seehöhe", "35
  Grad", "139,5 und 142 Meter", "up to 96mph", "about 30 km", "22 km", "12,500 hectares",
  "1.1 million hectares" counts (physical units, fourth batch); "311,4 Punkten", "18,7
  Punkte" counts; "a magnitude 6.1 earthquake" count 6.1.
- Fiscal years with a hyphen or a slash give both years ("2026-27", "the 2025-26 fiscal
  year", "the 2025/26 fiscal year"), as seasons (thirty-fifth batch); "Voranschlag 2026",
  "Budget für 2026", "Tourismusjahr 2024", "Zentralmatura 2015" the year; "this fiscal
  year", "next year", "last year", "heuer" none.
- Durations: "Innert drei Stunden" 3 hours (twenty-ninth); "innert vier Jahren" 4 years;
  "alle vier Jahre" 4 years (thirtieth: "alle sechs Jahre"); "während rund zweieinhalb
  Stunden" 2.5 hours "about"; "in the previous three months" 3 months (as "in the three
  months to September", twenty-sixth); "over four years" and "over the next three years" no
  hedge (twenty-fifth); "its highest in more than eight years" 8 years "over"
  (twenty-eighth); "in four years" 4 years; "in 24 hours" 24 hours; "in the last 20
  minutes" 20 minutes; "in 2 hours 14 minutes 56 seconds" three durations (fifteenth);
  "0,27 Sekunden", "0,41 Sekunden Rückstand", "41 seconds behind" durations; "up to eight
  hours a day" 8 hours "up_to"; "binnen Jahresfrist", "a week of torrential rain", "an
  hour", "a day", "pro Jahr", "pro Monat", "pro Tag", "jährliche", "Täglich", "minutenlang",
  "midday", "4 p.m." none.
- Ages in years: "Der 24-Jährige", "der 26-Jährige" (in a negative, labelled), "einen
  52-jährigen Mann und seine 49-jährige Lebensgefährtin", "Ein 78-jähriger Automobilist", "a
  34-year-old man", "A 67-year-old man", "aged 15 to 24" (both, twenty-fourth batch);
  "I've lived here 50 years" in a negative 50 years (twenty-sixth).
- Fractions: "gut ein Drittel" 0.3333 "over" ("gut" is "over", twentieth); "Mehr als ein
  Drittel" 0.3333 "over"; "Rund ein Viertel" 0.25 "about"; "knapp ein Fünftel" 0.2
  "nearly"; "almost a third" (three times) 0.3333 "nearly"; "more than a quarter" 0.25
  "over"; "a third of the new jobs" 0.3333 ("alone" no hedge).
- Counts: "Nur 7 von 26 Kantonen" counts 7 and 26 (as "19 von 26 Kantonen", twenty-ninth);
  "mit 19 zu 6 Stimmen" counts (a tally); "two of New Zealand's four tries" counts 2 and 4
  (thirtieth); "in 17 of the country's 36 states" counts 17 and 36; "nine times" count 9 (as
  "voted 12 times"); "its two long-term savings funds", "zwei Lawinenhunde", "six
  generating units" counts; "fast das Dreifache der jährlichen Ausgaben" count 3 "times"
  "nearly" (thirty-first); "eine davon" none (a pronoun, eleventh); "ein Notarzthubschrauber"
  none (an article); "2,52 Millionen Lkw", "2.06 million barrels per day" counts.
- Ordinals: "seinen ersten Weltcupsieg", "der erste Österreicher seit 2015" (ordinal 1 and
  the year), "Dritter wurde", "Ein dritter Tourengeher", "das neunte tödliche
  Lawinenunglück", "die zweite Lesung", "in the fourth quarter", "in the third quarter", "a
  third straight meeting", "Cork's third final defeat", "his 12th and 13th", "was second",
  "the second-fastest women's time ever" ordinals; "the first minute" in a negative is
  labelled.
- Hedges: "rund", "about", "around", "roughly", "Some" "about"; "knapp", "almost" "nearly";
  "mehr als", "More than", "more than", "gut" "over"; "bis zu", "up to" "up_to";
  "höchstens" "at_most" (first batch); "at least" "at_least"; "Nur", "Allein", "alone",
  "im Schnitt", "A total of", "A record", "a net", "totalling", "Insgesamt" no hedge.
- Dates: datelines with a day ("DUBLIN, Oct 7 (Reuters)", "WELLINGTON, Feb 5 (Reuters)",
  "JOHANNESBURG, Nov 11 (Reuters)", "EAST LONDON, South Africa, June 11 (Reuters)", "ABUJA,
  Dec 18 (Reuters)", "LAGOS, Feb 20 (Reuters)", "NAIROBI, June 12 (Reuters)", "NAIROBI,
  April 29 (AFP)", "CHICAGO, Oct 12 (Reuters)", "SINGAPORE, Jan 2 (Reuters)", "OTTAWA, Dec 5
  (Reuters)") are dates without a year; AP, PA, AFP without a day, CP ("KELOWNA, B.C. —")
  and German datelines ("Bern (Keystone-SDA) -", "Vaduz (sda) -", "Bozen (APA) -", "Zürich
  (awp) -") none; "from 1 January" --01-01 and "until 28 August" --08-28 (British day-month
  dates, thirty-second); "ab dem 1. Dezember", "per 14. Dezember" dates; "zwischen 2. und 6.
  Juni" two dates (as "vom 2. bis 6. Juni", twenty-ninth).
- Names and identifiers carry no quantity: "A13", "Covid-19", "HDB", "CDC vouchers",
  "Highers", "Higher level", "AHS und BHS", "Storm Fenna"; "Nächtigungen", "Tageskarte" and
  "Einzelbillett" hold no figure.
- Check-worthy without a figure: a mudslide's occurrence, a road closed until further
  notice, a vague damage estimate ("mehrere Millionen Franken", as "mehrere Millionen Euro",
  twenty-eighth; "nach ersten Schätzungen" without an article carries none, sixteenth),
  traffic jams since January, a lawsuit filed, a party's vote ("Die FPÖ stimmte dagegen, die
  Grünen enthielten sich."), rail services cancelled, no reports of damage. A claim of a
  measurable record ("So gut wie heuer waren die Ergebnisse ... noch nie.", "so viele wie
  nie zuvor", "A record 721") is check-worthy (twenty-ninth); an economist's forecast with a
  figure ("Wifo-Ökonomin Marianne Lechner erwartet ... 2,8 Prozent") is check-worthy
  (thirty-second), its speaker unchecked ("erwartet"); "Der Preisüberwacher hatte einen
  Aufschlag von höchstens 2 Prozent als vertretbar bezeichnet." states an office's position
  with a figure and is check-worthy; "Under Stage 4, households can be without power for up
  to eight hours a day." is a definition that can be checked (thirty-third).
- Negatives, as such copy has them: quoted opinion and feeling with a named speaker (a
  party co-president on voting night, a cantonal councillor, a transport club's spokeswoman,
  a consumer advocate, a winning skier, an education minister, an economist's verdict, a
  pensions spokeswoman, a ski jumper, Liechtenstein's head of government, a South Tyrol
  councillor, a Tyrolean governor, a retail chief executive, an Irish opposition
  spokeswoman, a nurses' union head, a hurling manager, a Scottish education secretary's
  verdict, a chief economist, a rugby captain, a Nigerian president, a Kenyan MP, a marathon
  winner, a Singapore MP, a Canadian economist), residents' colour ("Es tönte, als würde ein
  Güterzug ...", "I've lived here 50 years ...", "We are back to candles ..." with its year
  labelled), scene colour ("Auf dem Bundesplatz feierten ...", "Im Auslauf lagen sich ...
  in den Armen."), a pupils' body's verdict in quotes, analysts' unattributed assessments
  ("analysts said", "Analysts said the outlook ... remained clouded"), open questions ("Ob
  ...", "Wie stark die Prämien 2027 steigen, lässt sich ... noch nicht abschätzen." with its
  year labelled, "Ob die Regierung ..., ließ Finanzminister ... offen.", "Whether ...", "It
  is not yet clear how many ...", "Ob die Obergrenze tatsächlich greift, bezweifeln
  Umweltverbände."), appeals and advice ("werden gebeten, das Gebiet ... zu meiden", "Die
  Bergrettung rät ...", "Patients are advised ...", "Anyone planning to travel is urged
  ...", "Civil Defence urged people ...", "The NCDC urged Nigerians ...", "Residents should
  stay away ...").
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzministerin", "Finance Minister", "Treasury Cabinet Secretary"); "told the
  Dáil" gives the name as "told parliament" does (twenty-ninth: "Reeves told parliament");
  "Daniel Kiprono told parliament" the name; "said in his medium-term budget statement" as
  "said in a statement"; "wie die Bundeskanzlei / die Alliance SwissPass / die
  Kantonspolizei Wallis / das Amt für Statistik mitteilte", "wie die Statistik Austria am
  17. Feber mitteilte", "wie das Unternehmen am Dienstag in Zürich mitteilte" (the place
  dropped, twenty-sixth), "teilte das Bundesamt für Gesundheit / das Bildungsministerium /
  die Polizei / das Land Tirol / die Kantonspolizei Graubünden mit" (as "das Land
  Niederösterreich", thirty-second) and "teilten die Organisatoren mit" (thirty-fifth) the
  source with its article in the nominative; "laut Regierung" -> "Regierung" and "laut
  Asfinag" -> "Asfinag" as written (as "laut Polizei"); "the Department of Finance said",
  "the INMO said", "the HSE said", "the GAA said" (as "the ONS said"), "the National Bureau
  of Statistics said", "the Nigeria Centre for Disease Control and Prevention said", "the
  interior ministry said", "the Land Transport Authority said", "the finance department said
  in its fall economic statement", "the BC Wildfire Service said Saturday" and "according to
  the Kenya National Bureau of Statistics" with the article in lower case; "Police
  Scotland said", "SSEN said", "Stats NZ said on Wednesday", "GeoNet said", "Stats SA said on
  Tuesday", "Eskom said" and "Statistics Canada said" as written (as "West Yorkshire Police
  said", "NHTSA said", "Copernicus said", "Statistics Canada said"); "police said" ->
  "police". Left unchecked (None): "teilte die Eidgenössische Finanzverwaltung mit" and "the
  Scottish Qualifications Authority said" (a capitalised adjective heading the name,
  twentieth and thirty-first batches), "teilte das Landesinstitut für Statistik ASTAT mit"
  (a description before a name), "entschied die Wettbewerbskommission", "schätzt die
  Polizei", "beziffert das Sozialministerium", "erwartet" (verbs that are not of saying),
  "Gardaí said" (a plural form no batch settled, unlike "police"), "the state utility said"
  and "the provincial government said" (descriptions with an adjective, as "the national
  disaster agency said"), "officials said", "Economists polled by Reuters", "Analysts polled
  by Reuters", "advance estimates from the Ministry of Trade and Industry showed", "data
  from the Housing and Development Board showed", "according to race organisers",
  "announced", "declared", "forecast", rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_40 = [
    # --- Volksabstimmung Prämien-Initiative (Keystone-SDA) -------------------------------------
    ("de", "Bern (Keystone-SDA) - Das Stimmvolk hat die Volksinitiative «Für tragbare Krankenkassenprämien» am Sonntag mit 54,3 Prozent Nein-Stimmen abgelehnt.", True,
     [("percent", 54.3, "%", None)], None),
    ("de", "Auch am Ständemehr scheiterte die Vorlage deutlich: Nur 7 von 26 Kantonen sagten Ja.", True,
     [("count", 7, None, None), ("count", 26, None, None)], None),
    ("de", "Die Stimmbeteiligung lag bei 46,8 Prozent, wie die Bundeskanzlei mitteilte.", True,
     [("percent", 46.8, "%", None)], "die Bundeskanzlei"),
    ("de", "Am deutlichsten verwarf Appenzell Innerrhoden das Begehren, mit einem Nein-Anteil von 71,2 Prozent.", True,
     [("percent", 71.2, "%", None)], None),
    ("de", "Die Initiative hätte verlangt, dass kein Haushalt mehr als 10 Prozent seines verfügbaren Einkommens für die Prämien aufwenden muss.", True,
     [("percent", 10, "%", "over")], None),
    ("de", "Die Mehrkosten für Bund und Kantone hatte der Bundesrat auf bis zu 11,7 Mia. Franken pro Jahr geschätzt.", True,
     [("money", 11700000000, "CHF", "up_to")], None),
    ("de", "«Das ist ein schwarzer Tag für alle Familien mit schmalem Budget», sagte SP-Co-Präsidentin Mattea Wyss.", False, [], None),
    ("de", "Auf dem Bundesplatz feierten die Gegner der Initiative mit Alphornklängen und Kantonsfahnen.", False, [], None),
    ("de", "Ob das Parlament den indirekten Gegenvorschlag nun nachbessert, ist offen.", False, [], None),
    # --- Bundesbudget (sda) ----------------------------------------------------------------------
    ("de", "Bern (sda) - Der Bundesrat rechnet im Voranschlag 2026 mit einem Defizit von 1,1 Mia. Franken.", True,
     [("year", 2026, None, None), ("money", 1100000000, "CHF", None)], None),
    ("de", "Die Ausgaben steigen um 2,4 Prozent auf 89,6 Mia. Franken, die Einnahmen auf 88,5 Mia. Franken.", True,
     [("percent", 2.4, "%", None), ("money", 89600000000, "CHF", None), ("money", 88500000000, "CHF", None)], None),
    ("de", "Allein die Armee erhält 690 Mio. Fr. mehr als im laufenden Jahr, teilte die Eidgenössische Finanzverwaltung mit.", True,
     [("money", 690000000, "CHF", None)], None),
    ("de", "Bei der Entwicklungszusammenarbeit will die Regierung innert vier Jahren rund 320 Mio. Franken einsparen.", True,
     [("duration", 4, "year", None), ("money", 320000000, "CHF", "about")], None),
    ("de", "Ohne Korrekturen drohten ab 2027 jährliche Defizite von bis zu 3 Mia. Franken, sagte Finanzministerin Regula Marti vor den Medien.", True,
     [("year", 2027, None, None), ("money", 3000000000, "CHF", "up_to")], "Regula Marti"),
    ("de", "«Der Bund spart auf dem Buckel der Randregionen», kritisierte der Bündner Regierungsrat Marco Caduff.", False, [], None),
    ("de", "Das Parlament berät den Voranschlag in der Wintersession ab dem 1. Dezember.", True,
     [("date", "--12-01", None, None)], None),
    # --- ÖV-Preise (Keystone-SDA) --------------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die Preise im öffentlichen Verkehr steigen per 14. Dezember im Schnitt um 3,2 Prozent.", True,
     [("date", "--12-14", None, None), ("percent", 3.2, "%", None)], None),
    ("de", "Ein Generalabonnement 2. Klasse kostet neu Fr. 4'130 statt Fr. 3'995.", True,
     [("ordinal", 2, None, None), ("money", 4130, "CHF", None), ("money", 3995, "CHF", None)], None),
    ("de", "Das Halbtax für Erwachsene verteuert sich um Fr. 5.– auf Fr. 195.–.", True,
     [("money", 5, "CHF", None), ("money", 195, "CHF", None)], None),
    ("de", "Eine Tageskarte zum Halbtax kostet künftig Fr. 79.50, ein Einzelbillett von Zürich nach Bern Fr. 56.40.", True,
     [("money", 79.5, "CHF", None), ("money", 56.4, "CHF", None)], None),
    ("de", "Die Branche begründet den Aufschlag mit Mehrkosten von rund 140 Mio. Franken pro Jahr, wie die Alliance SwissPass mitteilte.", True,
     [("money", 140000000, "CHF", "about")], "die Alliance SwissPass"),
    ("de", "Der Preisüberwacher hatte einen Aufschlag von höchstens 2 Prozent als vertretbar bezeichnet.", True,
     [("percent", 2, "%", "at_most")], None),
    ("de", "«Wer täglich pendelt, wird die Erhöhung im Portemonnaie deutlich spüren», sagte Verkehrsclub-Sprecherin Lea Frei.", False, [], None),
    # --- Murgang im Wallis (Keystone-SDA) ------------------------------------------------------
    ("de", "Sitten (Keystone-SDA) - Nach heftigen Gewittern ist im Unterwallis in der Nacht auf Dienstag ein Murgang auf das Dorf Le Châble niedergegangen.", True, [], None),
    ("de", "Rund 120 Personen mussten ihre Häuser verlassen, wie die Kantonspolizei Wallis mitteilte.", True,
     [("count", 120, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "Verletzt wurde niemand; zwei Personen werden jedoch noch vermisst.", True,
     [("count", 2, None, None)], None),
    ("de", "Innert drei Stunden fielen an der Messstation Bourg-St-Pierre 86 Millimeter Regen, so viel wie seit 1987 nicht mehr.", True,
     [("duration", 3, "hour", None), ("count", 86, None, None), ("year", 1987, None, None)], None),
    ("de", "Die Kantonsstrasse zwischen Martigny und Verbier bleibt bis auf Weiteres gesperrt.", True, [], None),
    ("de", "Die Schäden dürften sich nach ersten Schätzungen auf mehrere Millionen Franken belaufen.", True, [], None),
    ("de", "Anwohnerinnen und Anwohner werden gebeten, das Gebiet weiträumig zu meiden.", False, [], None),
    ("de", "«Es tönte, als würde ein Güterzug mitten durchs Dorf donnern», erzählte ein Anwohner.", False, [], None),
    # --- Krankenkassenprämien (sda) ------------------------------------------------------------
    ("de", "Bern (sda) - Die mittlere Krankenkassenprämie steigt im kommenden Jahr um 4,4 Prozent auf Fr. 393.30 pro Monat.", True,
     [("percent", 4.4, "%", None), ("money", 393.3, "CHF", None)], None),
    ("de", "Am stärksten betroffen ist das Tessin mit einem Plus von 7,1 Prozent, am wenigsten Appenzell Ausserrhoden mit 1,9 Prozent, teilte das Bundesamt für Gesundheit mit.", True,
     [("percent", 7.1, "%", None), ("percent", 1.9, "%", None)], "das Bundesamt für Gesundheit"),
    ("de", "Für Kinder beträgt die mittlere Prämie neu Fr. 111.20, für junge Erwachsene Fr. 276.90.", True,
     [("money", 111.2, "CHF", None), ("money", 276.9, "CHF", None)], None),
    ("de", "Die Gesundheitskosten pro Kopf sind seit 2015 um gut ein Drittel gestiegen.", True,
     [("year", 2015, None, None), ("fraction", 0.3333, None, "over")], None),
    ("de", "Rund ein Viertel der Versicherten erhält eine Prämienverbilligung.", True,
     [("fraction", 0.25, None, "about")], None),
    ("de", "«Die Prämienlast ist für den Mittelstand kaum mehr zu stemmen», sagte Konsumentenschützerin Nadine Brügger.", False, [], None),
    ("de", "Wie stark die Prämien 2027 steigen, lässt sich laut Branchenverband noch nicht abschätzen.", False,
     [("year", 2027, None, None)], None),
    # --- Lauberhornabfahrt (sda) ---------------------------------------------------------------
    ("de", "Wengen (sda) - Der Berner Oberländer Fabian Zurbuchen hat die Lauberhornabfahrt gewonnen und damit seinen ersten Weltcupsieg gefeiert.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Der 24-Jährige distanzierte den Österreicher Lukas Hochrainer um 0,27 Sekunden.", True,
     [("duration", 24, "year", None), ("duration", 0.27, "second", None)], None),
    ("de", "Dritter wurde der Nidwaldner Nils Käslin mit 0,41 Sekunden Rückstand.", True,
     [("ordinal", 3, None, None), ("duration", 0.41, "second", None)], None),
    ("de", "Die Abfahrt war wegen starken Windes um 400 Meter verkürzt worden.", True,
     [("count", 400, None, None)], None),
    ("de", "Rund 28'000 Zuschauerinnen und Zuschauer verfolgten das Rennen an der Strecke, teilten die Organisatoren mit.", True,
     [("count", 28000, None, "about")], "die Organisatoren"),
    ("de", "Zuletzt hatte ein Schweizer den Klassiker 2022 gewonnen.", True,
     [("year", 2022, None, None)], None),
    ("de", "«Ich habe keine Worte, das ist einfach unglaublich», sagte Zurbuchen im Ziel.", False, [], None),
    # --- Zentralmatura (APA) -------------------------------------------------------------------
    ("de", "Wien (APA) - Bei der schriftlichen Zentralmatura haben heuer 6,8 Prozent der Kandidatinnen und Kandidaten in Mathematik ein „Nicht genügend“ erhalten.", True,
     [("percent", 6.8, "%", None)], None),
    ("de", "Im Vorjahr waren es noch 8,1 Prozent gewesen, teilte das Bildungsministerium am Dienstag mit.", True,
     [("percent", 8.1, "%", None)], "das Bildungsministerium"),
    ("de", "Insgesamt traten an den AHS und BHS rund 41.500 Schülerinnen und Schüler zur Reifeprüfung an.", True,
     [("count", 41500, None, "about")], None),
    ("de", "In Deutsch fielen 1,9 Prozent durch, in Englisch 2,3 Prozent.", True,
     [("percent", 1.9, "%", None), ("percent", 2.3, "%", None)], None),
    ("de", "Wer negativ abgeschnitten hat, kann zur Kompensationsprüfung antreten, die zwischen 2. und 6. Juni stattfindet.", True,
     [("date", "--06-02", None, None), ("date", "--06-06", None, None)], None),
    ("de", "So gut wie heuer waren die Ergebnisse in Mathematik seit Einführung der Zentralmatura 2015 noch nie.", True,
     [("year", 2015, None, None)], None),
    ("de", "„Das zeigt, dass sich die Umstellung bewährt hat“, sagte Bildungsminister Stefan Haider.", False, [], None),
    ("de", "Die Schülervertretung kritisierte die Aufgaben als „praxisfern und unnötig verwirrend“.", False, [], None),
    # --- Inflation im Jänner (APA) -------------------------------------------------------------
    ("de", "Wien (APA) - Die Teuerung hat im Jänner kräftig angezogen: Die Inflationsrate kletterte auf 3,4 Prozent, nach 2,9 Prozent im Dezember.", True,
     [("percent", 3.4, "%", None), ("percent", 2.9, "%", None)], None),
    ("de", "Hauptpreistreiber waren Haushaltsenergie und Dienstleistungen, wie die Statistik Austria am 17. Feber mitteilte.", True,
     [("date", "--02-17", None, None)], "die Statistik Austria"),
    ("de", "Strom verteuerte sich binnen Jahresfrist um 35,6 Prozent, weil die Strompreisbremse mit Jahresende ausgelaufen ist.", True,
     [("percent", 35.6, "%", None)], None),
    ("de", "Lebensmittel verteuerten sich um 3,9 Prozent, Butter sogar um knapp ein Fünftel.", True,
     [("percent", 3.9, "%", None), ("fraction", 0.2, None, "nearly")], None),
    ("de", "Der Mikrowarenkorb mit den Waren des täglichen Bedarfs verteuerte sich um 4,6 Prozent.", True,
     [("percent", 4.6, "%", None)], None),
    ("de", "Wifo-Ökonomin Marianne Lechner erwartet für heuer eine durchschnittliche Teuerung von 2,8 Prozent.", True,
     [("percent", 2.8, "%", None)], None),
    ("de", "„Die Teuerung bleibt hartnäckig und frisst die Lohnabschlüsse auf“, sagte Lechner.", False, [], None),
    ("de", "Ob die Regierung bei den Energiepreisen nachschärft, ließ Finanzminister Gerald Pichler offen.", False, [], None),
    # --- Lawinenunglück im Ötztal (APA) --------------------------------------------------------
    ("de", "Innsbruck (APA) - Zwei Skitourengeher aus Deutschland sind am Samstag unter einer Lawine im hinteren Ötztal ums Leben gekommen.", True,
     [("count", 2, None, None)], None),
    ("de", "Ein dritter Tourengeher schaffte es, sich aus den Schneemassen zu befreien, und alarmierte die Rettung, teilte die Polizei mit.", True,
     [("ordinal", 3, None, None)], "die Polizei"),
    ("de", "Die Lawine war auf rund 2.800 Metern Seehöhe in einem 35 Grad steilen Nordhang abgegangen.", True,
     [("count", 2800, None, "about"), ("count", 35, None, None)], None),
    ("de", "Bei den Toten handelt es sich um einen 52-jährigen Mann und seine 49-jährige Lebensgefährtin aus Bayern.", True,
     [("duration", 52, "year", None), ("duration", 49, "year", None)], None),
    ("de", "Im Einsatz standen ein Notarzthubschrauber, die Bergrettung Sölden und zwei Lawinenhunde.", True,
     [("count", 2, None, None)], None),
    ("de", "Der Lawinenwarndienst hatte für das Gebiet die Gefahrenstufe 3 der fünfteiligen Skala ausgegeben.", True,
     [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Es ist bereits das neunte tödliche Lawinenunglück in Tirol in diesem Winter.", True,
     [("ordinal", 9, None, None)], None),
    ("de", "Die Bergrettung rät dringend, vor jeder Tour den Lawinenlagebericht zu studieren.", False, [], None),
    # --- Pensionserhöhung (APA) ----------------------------------------------------------------
    ("de", "Wien (APA) - Der Nationalrat hat die Pensionsanpassung für 2026 beschlossen, die Regierungsparteien ÖVP, SPÖ und NEOS stimmten dafür.", True,
     [("year", 2026, None, None)], None),
    ("de", "Pensionen bis 2.500 Euro brutto steigen demnach um 2,7 Prozent, höhere um einen Fixbetrag von 67,50 Euro.", True,
     [("money", 2500, "EUR", "up_to"), ("percent", 2.7, "%", None), ("money", 67.5, "EUR", None)], None),
    ("de", "Die Kosten für das Budget beziffert das Sozialministerium mit rund 1,1 Mrd. Euro.", True,
     [("money", 1100000000, "EUR", "about")], None),
    ("de", "Rund 2,5 Millionen Pensionistinnen und Pensionisten sind von der Anpassung betroffen.", True,
     [("count", 2500000, None, "about")], None),
    ("de", "Die FPÖ stimmte dagegen, die Grünen enthielten sich.", True, [], None),
    ("de", "„Damit lassen wir die Pensionisten im Regen stehen“, sagte FPÖ-Sozialsprecherin Sabine Hirschmann.", False, [], None),
    # --- Skispringen in Bischofshofen (APA) ----------------------------------------------------
    ("de", "Bischofshofen (APA) - Der Salzburger Daniel Rainer hat am 6. Jänner das Finale der Tournee gewonnen und sich den Gesamtsieg gesichert.", True,
     [("date", "--01-06", None, None)], None),
    ("de", "Rainer siegte mit Sprüngen auf 139,5 und 142 Meter und 311,4 Punkten.", True,
     [("count", 139.5, None, None), ("count", 142, None, None), ("count", 311.4, None, None)], None),
    ("de", "Er ist der erste Österreicher seit 2015, der die Tournee gewinnt.", True,
     [("ordinal", 1, None, None), ("year", 2015, None, None)], None),
    ("de", "In der Gesamtwertung lag er 18,7 Punkte vor dem Slowenen Anže Kos.", True,
     [("count", 18.7, None, None)], None),
    ("de", "Für den Gesamtsieg erhält er ein Preisgeld von 100.000 Schweizer Franken.", True,
     [("money", 100000, "CHF", None)], None),
    ("de", "„Das ist der schönste Tag meines Lebens“, sagte der 26-Jährige.", False,
     [("duration", 26, "year", None)], None),
    ("de", "Im Auslauf lagen sich Betreuer und Teamkollegen minutenlang in den Armen.", False, [], None),
    # --- Liechtensteiner Landtag (sda) ---------------------------------------------------------
    ("de", "Vaduz (sda) - Der Liechtensteiner Landtag hat das Budget für 2026 mit einem Überschuss von 38 Mio. Franken verabschiedet.", True,
     [("year", 2026, None, None), ("money", 38000000, "CHF", None)], None),
    ("de", "Der Voranschlag passierte die zweite Lesung mit 19 zu 6 Stimmen.", True,
     [("ordinal", 2, None, None), ("count", 19, None, None), ("count", 6, None, None)], None),
    ("de", "Die Staatsreserven belaufen sich laut Regierung auf rund 2,6 Mia. Franken, das ist fast das Dreifache der jährlichen Ausgaben.", True,
     [("money", 2600000000, "CHF", "about"), ("count", 3, "times", "nearly")], "Regierung"),
    ("de", "Liechtenstein zählte Ende Jahr 40'876 Einwohnerinnen und Einwohner, wie das Amt für Statistik mitteilte.", True,
     [("count", 40876, None, None)], "das Amt für Statistik"),
    ("de", "Mehr als ein Drittel der Bevölkerung besitzt keinen Liechtensteiner Pass.", True,
     [("fraction", 0.3333, None, "over")], None),
    ("de", "Täglich pendeln rund 25'000 Personen aus der Schweiz und aus Österreich nach Liechtenstein zur Arbeit.", True,
     [("count", 25000, None, "about")], None),
    ("de", "Der Landtag zählt 25 Abgeordnete und wird alle vier Jahre gewählt.", True,
     [("count", 25, None, None), ("duration", 4, "year", None)], None),
    ("de", "«Wir leben nicht über unsere Verhältnisse, aber wir dürfen nicht übermütig werden», sagte Regierungschef Thomas Frick.", False, [], None),
    # --- Tourismus in Südtirol (APA) -----------------------------------------------------------
    ("de", "Bozen (APA) - Südtirol hat im Tourismusjahr 2024 mit 37,2 Millionen Nächtigungen einen neuen Rekord aufgestellt.", True,
     [("year", 2024, None, None), ("count", 37200000, None, None)], None),
    ("de", "Das sind 2,3 Prozent mehr als im Vorjahr, teilte das Landesinstitut für Statistik ASTAT mit.", True,
     [("percent", 2.3, "%", None)], None),
    ("de", "Knapp 60 Prozent der Gäste kamen aus Deutschland, gut 20 Prozent aus Italien.", True,
     [("percent", 60, "%", "nearly"), ("percent", 20, "%", "over")], None),
    ("de", "Die durchschnittliche Aufenthaltsdauer sank auf 4,1 Nächte.", True,
     [("count", 4.1, None, None)], None),
    ("de", "In Gröden und im Gadertal waren zwischen Weihnachten und Neujahr rund 90 Prozent der Betten belegt.", True,
     [("percent", 90, "%", "about")], None),
    ("de", "Seit 2023 begrenzt das Land die Zahl der Gästebetten auf rund 229.000.", True,
     [("year", 2023, None, None), ("count", 229000, None, "about")], None),
    ("de", "„Wir stoßen an die Grenzen dessen, was Natur und Bevölkerung vertragen“, sagte Landesrat Martin Pichler.", False, [], None),
    ("de", "Ob die Obergrenze tatsächlich greift, bezweifeln Umweltverbände.", False, [], None),
    # --- Transit über den Brenner (APA) --------------------------------------------------------
    ("de", "Innsbruck/Bozen (APA) - Über den Brenner sind im vergangenen Jahr 2,52 Millionen Lkw gefahren, so viele wie nie zuvor.", True,
     [("count", 2520000, None, None)], None),
    ("de", "Das entspricht im Schnitt knapp 6.900 Lastwagen pro Tag, teilte das Land Tirol mit.", True,
     [("count", 6900, None, "nearly")], "das Land Tirol"),
    ("de", "Wegen der Sanierung der Luegbrücke kommt es auf der A13 seit Jänner regelmäßig zu kilometerlangen Staus.", True, [], None),
    ("de", "Die Sanierung der Brücke kostet laut Asfinag rund 300 Mio. Euro.", True,
     [("money", 300000000, "EUR", "about")], "Asfinag"),
    ("de", "Italien hat wegen der Tiroler Fahrverbote Klage beim Europäischen Gerichtshof eingereicht.", True, [], None),
    ("de", "Eine Entscheidung wird frühestens Ende 2026 erwartet.", True,
     [("year", 2026, None, None)], None),
    ("de", "„Der Transitverkehr erstickt unsere Täler“, sagte Landeshauptmann Josef Gruber.", False, [], None),
    # --- Detailhändler (awp) -------------------------------------------------------------------
    ("de", "Zürich (awp) - Der Detailhändler Grossmarkt hat im vergangenen Jahr einen Umsatz von 32,6 Mia. Franken erzielt, 1,4 Prozent mehr als im Vorjahr.", True,
     [("money", 32600000000, "CHF", None), ("percent", 1.4, "%", None)], None),
    ("de", "Unter dem Strich blieben 611 Mio. Fr. Reingewinn, wie das Unternehmen am Dienstag in Zürich mitteilte.", True,
     [("money", 611000000, "CHF", None)], "das Unternehmen"),
    ("de", "Die Zahl der Mitarbeitenden sank um 1'150 auf 98'400.", True,
     [("count", 1150, None, None), ("count", 98400, None, None)], None),
    ("de", "Wegen Kartellverstössen muss der Konzern eine Busse von Fr. 1'250'000 bezahlen, entschied die Wettbewerbskommission.", True,
     [("money", 1250000, "CHF", None)], None),
    ("de", "Die Dividende soll um 10 Rappen auf Fr. 2.40 je Aktie steigen.", True,
     [("money", 0.1, "CHF", None), ("money", 2.4, "CHF", None)], None),
    ("de", "«Wir sind mit dem Jahr zufrieden, aber nicht euphorisch», sagte Konzernchef Daniel Egli.", False, [], None),
    # --- Unfall am Oberalp (sda) ---------------------------------------------------------------
    ("de", "Chur (sda) - Bei einer Frontalkollision auf der Oberalpstrasse sind am Sonntagnachmittag drei Personen verletzt worden, eine davon schwer.", True,
     [("count", 3, None, None)], None),
    ("de", "Ein 78-jähriger Automobilist war aus noch ungeklärten Gründen auf die Gegenfahrbahn geraten, teilte die Kantonspolizei Graubünden mit.", True,
     [("duration", 78, "year", None)], "die Kantonspolizei Graubünden"),
    ("de", "Die Strasse blieb während rund zweieinhalb Stunden gesperrt.", True,
     [("duration", 2.5, "hour", "about")], None),
    ("de", "Den Sachschaden schätzt die Polizei auf rund 60'000 Franken.", True,
     [("money", 60000, "CHF", "about")], None),

    # --- Irish budget (Reuters) ----------------------------------------------------------------
    ("en", "DUBLIN, Oct 7 (Reuters) - Ireland's government unveiled a €10.5bn budget package on Tuesday, including €1.5bn in tax cuts, as record corporate tax receipts kept the public finances in surplus.", True,
     [("date", "--10-07", None, None), ("money", 10500000000, "EUR", None), ("money", 1500000000, "EUR", None)], None),
    ("en", "Corporation tax is forecast to bring in €34.2bn this year, almost a third of all tax revenue, the Department of Finance said.", True,
     [("money", 34200000000, "EUR", None), ("fraction", 0.3333, None, "nearly")], "the Department of Finance"),
    ("en", "The VAT rate for restaurants and hairdressers will fall to 9 per cent from 13.5 per cent from July.", True,
     [("percent", 9, "%", None), ("percent", 13.5, "%", None)], None),
    ("en", "Finance Minister Ciarán Dunne told the Dáil the State would pay €2.2bn into its two long-term savings funds next year.", True,
     [("money", 2200000000, "EUR", None), ("count", 2, None, None)], "Ciarán Dunne"),
    ("en", "The national minimum wage will rise by 65 cent to €14.15 an hour from 1 January.", True,
     [("money", 0.65, "EUR", None), ("money", 14.15, "EUR", None), ("date", "--01-01", None, None)], None),
    ("en", "Opposition finance spokeswoman Aoife Brennan said the package offered \"nothing but crumbs\" to renters.", False, [], None),
    ("en", "Whether the windfall from a handful of multinationals will last is the question that hangs over every Irish budget.", False, [], None),
    # --- Trolley watch (Irish copy) ------------------------------------------------------------
    ("en", "A record 721 patients were waiting on trolleys in Irish hospitals on Monday morning, the INMO said.", True,
     [("count", 721, None, None)], "the INMO"),
    ("en", "University Hospital Limerick was the worst affected, with 118 patients without a bed.", True,
     [("count", 118, None, None)], None),
    ("en", "Some 1,240 hospital staff were off sick with flu or Covid-19, the HSE said.", True,
     [("count", 1240, None, "about")], "the HSE"),
    ("en", "Gardaí said a 34-year-old man had been arrested after a nurse was assaulted in the emergency department of a Dublin hospital.", True,
     [("duration", 34, "year", None)], None),
    ("en", "\"Staff are exhausted and patients are being failed,\" INMO general secretary Niamh Kearney said.", False, [], None),
    ("en", "Patients are advised to contact their GP or a pharmacy before going to an emergency department.", False, [], None),
    # --- All-Ireland hurling final (PA) --------------------------------------------------------
    ("en", "DUBLIN (PA) - Kilkenny won their 37th All-Ireland senior hurling title after beating Cork 2-21 to 1-20 at Croke Park on Sunday.", True,
     [("ordinal", 37, None, None)], None),
    ("en", "A crowd of 82,300 watched the final, the GAA said.", True,
     [("count", 82300, None, None)], "the GAA"),
    ("en", "Full-forward Seán Dowling scored 1-9, including the decisive goal in the 64th minute.", True,
     [("ordinal", 64, None, None)], None),
    ("en", "It was Cork's third final defeat in four years.", True,
     [("ordinal", 3, None, None), ("duration", 4, "year", None)], None),
    ("en", "\"We'll be back, this group is too good not to be,\" Cork manager Donal O'Leary said.", False, [], None),
    # --- Scottish exam results (PA) ------------------------------------------------------------
    ("en", "EDINBURGH (PA) - The pass rate for Higher exams in Scotland rose to 77.9 per cent this year, up from 77.1 per cent in 2024, the Scottish Qualifications Authority said.", True,
     [("percent", 77.9, "%", None), ("percent", 77.1, "%", None), ("year", 2024, None, None)], None),
    ("en", "A total of 143,250 Highers were sat, and almost a third of them were graded A.", True,
     [("count", 143250, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("en", "The attainment gap between the most and least deprived areas narrowed to 16.3 percentage points at Higher level.", True,
     [("percent", 16.3, "pp", None)], None),
    ("en", "Education Secretary Fiona Baird said the results were \"a tribute to the hard work of learners and teachers\".", False, [], None),
    ("en", "Candidates who want a grade reviewed have until 28 August to apply.", True,
     [("date", "--08-28", None, None)], None),
    # --- Storm in the Highlands (PA) -----------------------------------------------------------
    ("en", "GLASGOW (PA) - More than 40,000 homes in the Highlands and Argyll lost power on Thursday as Storm Fenna brought gusts of up to 96mph.", True,
     [("count", 40000, None, "over"), ("count", 96, None, "up_to")], None),
    ("en", "A 67-year-old man died when a tree fell on his car near Aviemore, Police Scotland said.", True,
     [("duration", 67, "year", None)], "Police Scotland"),
    ("en", "ScotRail cancelled all services north of Perth until at least midday on Friday.", True, [], None),
    ("en", "About 9,800 customers were still without supplies on Thursday night, SSEN said.", True,
     [("count", 9800, None, "about")], "SSEN"),
    ("en", "Anyone planning to travel is urged to check with their operator before setting off.", False, [], None),
    ("en", "\"I've lived here 50 years and never seen anything like it,\" said crofter Morag Fraser.", False,
     [("duration", 50, "year", None)], None),
    # --- New Zealand jobs (Reuters) ------------------------------------------------------------
    ("en", "WELLINGTON, Feb 5 (Reuters) - New Zealand's unemployment rate rose to 5.4% in the fourth quarter, its highest in more than eight years, Stats NZ said on Wednesday.", True,
     [("date", "--02-05", None, None), ("percent", 5.4, "%", None), ("ordinal", 4, None, None), ("duration", 8, "year", "over")], "Stats NZ"),
    ("en", "Economists polled by Reuters had expected a rate of 5.3%.", True,
     [("percent", 5.3, "%", None)], None),
    ("en", "The Reserve Bank of New Zealand cut its official cash rate by 50 basis points to 2.75% last month.", True,
     [("percent", 50, "bp", None), ("percent", 2.75, "%", None)], None),
    ("en", "The government has set aside NZ$45 million over four years to help job seekers retrain.", True,
     [("money", 45000000, "NZD", None), ("duration", 4, "year", None)], None),
    ("en", "Annual wage growth slowed to 3.1%, the weakest since 2021.", True,
     [("percent", 3.1, "%", None), ("year", 2021, None, None)], None),
    ("en", "\"The labour market is still softening, but the worst may be behind us,\" said chief economist Sarah Whitlock.", False, [], None),
    # --- Gisborne earthquake (AP) --------------------------------------------------------------
    ("en", "WELLINGTON (AP) - A magnitude 6.1 earthquake struck off the east coast of New Zealand's North Island early on Saturday, GeoNet said.", True,
     [("count", 6.1, None, None)], "GeoNet"),
    ("en", "The quake was centred about 30 km east of Gisborne at a depth of 22 km.", True,
     [("count", 30, None, "about"), ("count", 22, None, None)], None),
    ("en", "More than 14,000 people reported feeling it, from Napier to Auckland.", True,
     [("count", 14000, None, "over")], None),
    ("en", "There were no immediate reports of serious damage or injuries, police said.", True, [], "police"),
    ("en", "Civil Defence urged people near the coast to move to higher ground as a precaution.", False, [], None),
    # --- All Blacks v Springboks (AP) ----------------------------------------------------------
    ("en", "AUCKLAND (AP) - The All Blacks beat South Africa 33-24 at Eden Park on Saturday, stretching their unbeaten run at the ground to 52 tests.", True,
     [("count", 52, None, None)], None),
    ("en", "Winger Leroy Tane scored two of New Zealand's four tries, his 12th and 13th for his country.", True,
     [("count", 2, None, None), ("count", 4, None, None), ("ordinal", 12, None, None), ("ordinal", 13, None, None)], None),
    ("en", "The Springboks last won at Eden Park in 1994.", True,
     [("year", 1994, None, None)], None),
    ("en", "A sellout crowd of 47,000 saw the hosts pull clear in the last 20 minutes.", True,
     [("count", 47000, None, None), ("duration", 20, "minute", None)], None),
    ("en", "\"It was a proper test match, brutal from the first minute,\" said captain Tom Reihana.", False,
     [("ordinal", 1, None, None)], None),
    # --- South African jobs (Reuters) ----------------------------------------------------------
    ("en", "JOHANNESBURG, Nov 11 (Reuters) - South Africa's unemployment rate fell to 31.9% in the third quarter from 33.2% in the previous three months, Stats SA said on Tuesday.", True,
     [("date", "--11-11", None, None), ("percent", 31.9, "%", None), ("ordinal", 3, None, None), ("percent", 33.2, "%", None), ("duration", 3, "month", None)], "Stats SA"),
    ("en", "The economy added 248,000 jobs in the quarter, with construction and trade leading the gains.", True,
     [("count", 248000, None, None)], None),
    ("en", "Youth unemployment, for those aged 15 to 24, stood at 58.5%.", True,
     [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 58.5, "%", None)], None),
    ("en", "Finance Minister Thabo Nkosi said in his medium-term budget statement that the Treasury would borrow R2.5bn less than planned this fiscal year.", True,
     [("money", 2500000000, "ZAR", None)], "Thabo Nkosi"),
    ("en", "Gross debt is now expected to peak at 77.9% of GDP in 2026-27.", True,
     [("percent", 77.9, "%", None), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("en", "The rand firmed 0.6% to 17.21 per dollar after the figures.", True,
     [("percent", 0.6, "%", None), ("money", 17.21, "ZAR", None)], None),
    ("en", "The jobless figures are a reminder of how far South Africa still has to go, analysts said.", False, [], None),
    # --- Load-shedding (AFP) -------------------------------------------------------------------
    ("en", "JOHANNESBURG (AFP) - Eskom will implement Stage 4 load-shedding from 4 p.m. on Wednesday after breakdowns at six generating units, the state utility said.", True,
     [("count", 4, None, None), ("count", 6, None, None)], None),
    ("en", "Under Stage 4, households can be without power for up to eight hours a day.", True,
     [("count", 4, None, None), ("duration", 8, "hour", "up_to")], None),
    ("en", "Unplanned outages reached 16,400 megawatts against a winter target of 13,000 MW, Eskom said.", True,
     [("count", 16400, None, None), ("count", 13000, None, None)], "Eskom"),
    ("en", "The energy regulator has granted the utility tariff increases totalling 36% over the next three years.", True,
     [("percent", 36, "%", None), ("duration", 3, "year", None)], None),
    ("en", "\"We are back to candles and gas cookers, it's like 2023 all over again,\" said Soweto resident Thandeka Mokoena.", False,
     [("year", 2023, None, None)], None),
    # --- Eastern Cape floods (Reuters) ---------------------------------------------------------
    ("en", "EAST LONDON, South Africa, June 11 (Reuters) - Floods in the Eastern Cape have killed at least 78 people, including 12 children, officials said.", True,
     [("date", "--06-11", None, None), ("count", 78, None, "at_least"), ("count", 12, None, None)], None),
    ("en", "Some 4,300 homes were damaged or destroyed, the provincial government said.", True,
     [("count", 4300, None, "about")], None),
    ("en", "Parts of the province received more than 200 mm of rain in 24 hours.", True,
     [("count", 200, None, "over"), ("duration", 24, "hour", None)], None),
    ("en", "The government declared a national state of disaster and set aside R1.2bn for relief and reconstruction.", True,
     [("money", 1200000000, "ZAR", None)], None),
    ("en", "Rescue teams are still searching for 21 people reported missing.", True,
     [("count", 21, None, None)], None),
    ("en", "It is not yet clear how many of the dead were swept away inside their homes.", False, [], None),
    # --- Nigerian budget (Reuters) -------------------------------------------------------------
    ("en", "ABUJA, Dec 18 (Reuters) - Nigeria's president presented a N54.99 trillion budget for 2026 to lawmakers on Wednesday, up from N49.7 trillion this year.", True,
     [("date", "--12-18", None, None), ("money", 54990000000000, "NGN", None), ("year", 2026, None, None), ("money", 49700000000000, "NGN", None)], None),
    ("en", "Debt servicing is expected to take up N14.3 trillion, more than a quarter of total spending.", True,
     [("money", 14300000000000, "NGN", None), ("fraction", 0.25, None, "over")], None),
    ("en", "The budget assumes an oil price of $64.85 a barrel and output of 2.06 million barrels per day.", True,
     [("money", 64.85, "USD", None), ("count", 2060000, None, None)], None),
    ("en", "It is based on an exchange rate of 1,400 naira per dollar, against about 1,460 on the official market on Wednesday.", True,
     [("money", 1400, "NGN", None), ("money", 1460, "NGN", "about")], None),
    ("en", "Petrol now sells for about ₦1,050 a litre in Lagos, up from ₦185 before the subsidy was scrapped in 2023.", True,
     [("money", 1050, "NGN", "about"), ("money", 185, "NGN", None), ("year", 2023, None, None)], None),
    ("en", "Annual inflation eased to 16.05% in November from 16.63% in October, the National Bureau of Statistics said.", True,
     [("percent", 16.05, "%", None), ("percent", 16.63, "%", None)], "the National Bureau of Statistics"),
    ("en", "\"This budget is about restoring hope to ordinary Nigerians,\" the president said.", False, [], None),
    ("en", "Whether the revenue targets are realistic remains hotly debated in Abuja.", False, [], None),
    # --- Lassa fever (Reuters) -----------------------------------------------------------------
    ("en", "LAGOS, Feb 20 (Reuters) - Lassa fever has killed 118 people in Nigeria since the start of the year, the Nigeria Centre for Disease Control and Prevention said.", True,
     [("date", "--02-20", None, None), ("count", 118, None, None)], "the Nigeria Centre for Disease Control and Prevention"),
    ("en", "Confirmed cases rose to 645 in 17 of the country's 36 states.", True,
     [("count", 645, None, None), ("count", 17, None, None), ("count", 36, None, None)], None),
    ("en", "The case fatality rate of 18.3% is higher than the 17.6% recorded over the same period last year.", True,
     [("percent", 18.3, "%", None), ("percent", 17.6, "%", None)], None),
    ("en", "Ondo, Edo and Bauchi states account for about 70% of all confirmed cases.", True,
     [("percent", 70, "%", "about")], None),
    ("en", "The NCDC urged Nigerians to store food in rodent-proof containers and keep their surroundings clean.", False, [], None),
    # --- Kenyan budget (Reuters) ---------------------------------------------------------------
    ("en", "NAIROBI, June 12 (Reuters) - Kenya's Treasury unveiled a KSh4.29 trillion budget for the 2025/26 fiscal year on Thursday, with no major new taxes after last year's deadly protests.", True,
     [("date", "--06-12", None, None), ("money", 4290000000000, "KES", None), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("en", "The fiscal deficit is projected to narrow to 4.5% of GDP from 5.7%, Treasury Cabinet Secretary Daniel Kiprono told parliament.", True,
     [("percent", 4.5, "%", None), ("percent", 5.7, "%", None)], "Daniel Kiprono"),
    ("en", "Interest on Kenya's public debt will swallow Sh1.1 trillion, almost a third of the ordinary revenue the Kenya Revenue Authority expects to collect.", True,
     [("money", 1100000000000, "KES", None), ("fraction", 0.3333, None, "nearly")], None),
    ("en", "The government plans to hire 24,000 teachers and has set aside KSh3.4 billion for school feeding.", True,
     [("count", 24000, None, None), ("money", 3400000000, "KES", None)], None),
    ("en", "Kenya's economy grew 4.7% last year, slower than the 5.7% recorded in 2023, according to the Kenya National Bureau of Statistics.", True,
     [("percent", 4.7, "%", None), ("percent", 5.7, "%", None), ("year", 2023, None, None)], "the Kenya National Bureau of Statistics"),
    ("en", "\"Kenyans have been squeezed enough,\" opposition MP Mary Wambui said outside parliament.", False, [], None),
    # --- Kenya floods (AFP) --------------------------------------------------------------------
    ("en", "NAIROBI, April 29 (AFP) - At least 38 people have died and more than 11,000 have been displaced by a week of torrential rain across Kenya, the interior ministry said.", True,
     [("date", "--04-29", None, None), ("count", 38, None, "at_least"), ("count", 11000, None, "over")], "the interior ministry"),
    ("en", "The Kenya Meteorological Department forecast further downpours of up to 80 mm a day in the central highlands.", True,
     [("count", 80, None, "up_to")], None),
    ("en", "Authorities have ordered the evacuation of about 2,500 families living along the Nairobi River.", True,
     [("count", 2500, None, "about")], None),
    ("en", "Residents should stay away from swollen rivers and avoid driving through flooded roads.", False, [], None),
    # --- Chicago Marathon (Reuters) ------------------------------------------------------------
    ("en", "CHICAGO, Oct 12 (Reuters) - Kenya's Faith Chepkoech won the Chicago Marathon in 2 hours 14 minutes 56 seconds on Sunday, the second-fastest women's time ever.", True,
     [("date", "--10-12", None, None), ("duration", 2, "hour", None), ("duration", 14, "minute", None), ("duration", 56, "second", None), ("ordinal", 2, None, None)], None),
    ("en", "Her compatriot Mercy Jelagat was second, 41 seconds behind.", True,
     [("ordinal", 2, None, None), ("duration", 41, "second", None)], None),
    ("en", "Kenyan women have won the race nine times since 2010, according to race organisers.", True,
     [("count", 9, None, None), ("year", 2010, None, None)], None),
    ("en", "\"I came here for the win, the time is a bonus,\" Chepkoech said.", False, [], None),
    # --- Singapore GDP and budget (Reuters) ----------------------------------------------------
    ("en", "SINGAPORE, Jan 2 (Reuters) - Singapore's economy grew 4.3% in 2025, beating the government's forecast of around 4%, advance estimates from the Ministry of Trade and Industry showed.", True,
     [("date", "--01-02", None, None), ("percent", 4.3, "%", None), ("year", 2025, None, None), ("percent", 4, "%", "about")], None),
    ("en", "In the fourth quarter, gross domestic product expanded 5.7% from a year earlier.", True,
     [("ordinal", 4, None, None), ("percent", 5.7, "%", None)], None),
    ("en", "The Monetary Authority of Singapore left its exchange-rate-based policy settings unchanged for a third straight meeting on Tuesday.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "Core inflation, the central bank's preferred gauge, slowed to 0.6% in November, the lowest since 2021.", True,
     [("percent", 0.6, "%", None), ("year", 2021, None, None)], None),
    ("en", "Deputy Prime Minister Tan Wei Ming announced S$1.2 billion in vouchers and rebates for households in his budget speech.", True,
     [("money", 1200000000, "SGD", None)], None),
    ("en", "Each Singaporean household will receive S$500 in CDC vouchers from May.", True,
     [("money", 500, "SGD", None)], None),
    ("en", "The premium for a certificate of entitlement for larger cars rose to S$118,001 at the latest tender, the Land Transport Authority said.", True,
     [("money", 118001, "SGD", None)], "the Land Transport Authority"),
    ("en", "Analysts said the outlook for the trade-reliant economy remained clouded by U.S. tariffs.", False, [], None),
    # --- Singapore housing ---------------------------------------------------------------------
    ("en", "Resale prices of public housing flats in Singapore rose 9.7% in 2024, data from the Housing and Development Board showed.", True,
     [("percent", 9.7, "%", None), ("year", 2024, None, None)], None),
    ("en", "A record 1,035 HDB flats changed hands for at least S$1 million last year.", True,
     [("count", 1035, None, None), ("money", 1000000, "SGD", "at_least")], None),
    ("en", "The government will launch about 19,600 new flats this year, including 5,500 in the new Mount Pleasant estate.", True,
     [("count", 19600, None, "about"), ("count", 5500, None, None)], None),
    ("en", "\"Young couples feel priced out, and that is a real worry,\" said MP Alvin Goh.", False, [], None),
    # --- Canadian jobs (Reuters) ---------------------------------------------------------------
    ("en", "OTTAWA, Dec 5 (Reuters) - Canadian employers took on a net 54,000 workers in November, far more than expected, and the jobless rate dipped to 6.5%, Statistics Canada said.", True,
     [("date", "--12-05", None, None), ("count", 54000, None, None), ("percent", 6.5, "%", None)], "Statistics Canada"),
    ("en", "Analysts polled by Reuters had forecast a loss of 5,000 jobs.", True,
     [("count", 5000, None, None)], None),
    ("en", "Average hourly wages for permanent employees rose 3.6% from a year earlier.", True,
     [("percent", 3.6, "%", None)], None),
    ("en", "Ontario alone accounted for a third of the new jobs.", True,
     [("fraction", 0.3333, None, None)], None),
    ("en", "Ottawa's deficit for the 2025-26 fiscal year is projected at C$78.3 billion, the finance department said in its fall economic statement.", True,
     [("year", 2025, None, None), ("year", 2026, None, None), ("money", 78300000000, "CAD", None)], "the finance department"),
    ("en", "\"One strong month does not make a recovery,\" said economist Claire Gagnon.", False, [], None),
    # --- B.C. wildfire (CP) --------------------------------------------------------------------
    ("en", "KELOWNA, B.C. — A wildfire in British Columbia's southern Interior has forced about 4,800 people from their homes, the BC Wildfire Service said Saturday.", True,
     [("count", 4800, None, "about")], "the BC Wildfire Service"),
    ("en", "The fire has grown to roughly 12,500 hectares since it was sparked by lightning on Tuesday.", True,
     [("count", 12500, None, "about")], None),
    ("en", "More than 300 firefighters and 14 helicopters are battling the blaze.", True,
     [("count", 300, None, "over"), ("count", 14, None, None)], None),
    ("en", "It is the province's largest fire so far this season, which has already burned 1.1 million hectares.", True,
     [("count", 1100000, None, None)], None),
]
