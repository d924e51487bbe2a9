"""Seventieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, works and figures are
made up (Gerald Sonnleitner, Harald Wimmleitner, Jelena Worobjowa / Yelena Vorobyova,
Andrij Hornytschenko / Andriy Hornychenko, Oleh Tscherednyk, Abbas Ghaderi, Ralf
Obermüller, the car supplier Brenzinger, Petra Hollersbach, Uwe Kornmesser, Clemens
Grubhofer, the Limmat Assekuranz, Daniel Aebischer, Konrad Weilheimer, Katrin Ebersbächer,
Jonas Brückl, Mattis Ekström, Markus Lindqvist, Lena Hinterseer, Noemi Gisler, Marlene
Aufschnaiter, Tim Oberländer, Tyler Hancock, Theresa Pölzl and her "Die Wintergäste", the
film "Alles Gute, Mama" and Anna Grünwald, Johanna Pfurtscheller, Étienne Marchal, Camille
Brunet; Diane Whitcombe, Robert Kinsella, Callum Reddaway, Josh Tillard, Typhoon Marilag,
Rodel Bautista, Sandra Hollings, Peter Ashcombe, the Hermia probe, Laura Feeney, Ardentis
Semiconductor, Grant Delrio, Priya Raman, Tom Hogue); real places, parties, clubs and
institutions ("Ministerrat", "FPÖ", "ARD-Deutschlandtrend", "Infratest dimap", "VBS", "SP",
"IAEA", "Statistisches Bundesamt", "AMS", "Wifo", "Bundesgerichtshof", "Verbraucherzentrale
Bundesverband", "Bundespolizei", "DWD", "SLF", "FC Bayern München", "VfL Wolfsburg",
"Österreichischer Buchpreis", "Universität Innsbruck", "Pasterze", "Flughafen Wien AG",
"AUA", "ONS", "Bank of England", "State Department", "Crown Prosecution Service", "ESA",
"Ariane 6", "LSEG") stand for the way wire copy names them; what is said of them here is
invented.

Its weight: AN ORDINARY GERMAN-LANGUAGE WIRE DAY as APA, dpa, dpa-AFX, Keystone-SDA, AWP,
SID and the German services of Reuters and AFP file it, about 75 % German and 25 % English,
32 short stories in story order (a dateline lead, then background, figures, attributed
lines, a quote or a reaction), every desk mixed as it comes. 24 German stories (Austrian
"mit 1. Jänner", "heuer", "Lenker", "ersucht", "gelegen" with "sein", Swiss "ss", «»
quotes, "Franken", "2000" without separator, German „“ quotes): an Austrian cabinet's
15-point plan against food prices, the ARD-Deutschlandtrend, the Swiss Federal Council's
army budget, Russia calling off talks in Istanbul with the night's drone attack, US-Iran
nuclear talks in Muscat, German inflation, job cuts at a car supplier, Austrian
unemployment, a Swiss insurer's nine months, an investment fraud verdict in Vienna, a BGH
ruling on bank fees, a fatal head-on crash on the B37, a raid on people smugglers, a DWD
snow warning, avalanche danger in the Swiss Alps, a Bundesliga match, the Levi slalom, the
ATP Finals, the Austrian Book Prize, a box-office success, a glacier study, a house fire in
Munich, Vienna airport's October, a no-confidence vote in Paris. 8 English stories (Reuters,
AP, AFP, PA): UK inflation, a Senate confirmation, the same Russian cancellation with the
names transliterated the English way, the first day of a Perth Test, a typhoon in the
Philippines, a care home manager jailed, an asteroid probe launched, a chipmaker's forecast.
Forms as such a day writes them: numbers as words ("das zweite Mal in Folge", "das vierte
Mal seit", "zum fünften Mal", "ein Drittel", "zu zwei Dritteln", "knapp ein Sechstel",
"zweitägigen", "rund vierstündige", "sechsstöckigen", "dreier Generationen", "zwölf
Hundertstel", "minus zwölf Grad", "Dutzende"), compounds ("15-Punkte-Plan",
"Zwölfjähriger", "19-jähriger", "Weltranglistensechste", "fourth-quarter",
"160-kilometer-wide", "two-day"), hedges ("rund", "etwa", "knapp", "fast", "gut", "mehr
als", "über", "bis zu", "mindestens", "höchstens", "geschätzt", "about", "roughly", "some",
"nearly", "almost", "more than", "at least", "just under"), attributions ("sagte X", "so
X", "teilte ... mit", "wie ... mitteilte", "hieß es aus ...", "laut X", "nach Angaben der
X", "erklärte ...", "said", "told reporters", "according to", "... heard") and Konjunktiv I
paraphrase. Negatives as such a day has them: quoted evaluations, rhetoric and feeling
(an opposition secretary-general, a works council head, an AMS chief, a minister, a coach,
a winner, an author, a scientist, a defendant, a Treasury spokesperson, a senator, a CEO),
reported catchwords ("sprach von einem „bürokratischen Monster“", "sprach von einer
«Aufrüstung ...»"), reported verdicts ("begrüssten den Entscheid als überfällig", "Die Jury
würdigte ...", "Die Kritik hatte den Film eher verhalten aufgenommen."), appeals and advice
(witnesses sought, winter tyres, an avalanche warning in quotes, families urged), the wire
caveat on unverifiable figures, open questions, forecasters' outlooks without a figure,
scene colour and boilerplate (poll caveat, presumption of innocence, a reporting credit).

234 rows (177 German, 57 English), 44 negatives (32 German, 12 English), 190 check-worthy
rows of which 20 carry no figure (19 German, 1 English), 299 expected quantities (98
counts, 55 percentages, 41 durations, 38 amounts of money, 31 ordinals, 17 years, 11
fractions, 8 dates; 1 of them in a negative), 28 checked speakers (18 German, 10 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  ("..., so Sonnleitner." -> "Sonnleitner"; "Grund seien ..., sagte Außenamtssprecherin
  Jelena Worobjowa ..." -> "Jelena Worobjowa"; "Die Nachfrage ... sei deutlich schwächer
  als erwartet, sagte Hollersbach." -> "Hollersbach"), as in the twenty-eighth and
  sixty-eighth batches; a Konjunktiv I evaluation is a negative ("Das Publikum habe
  offenbar Lust auf leichte Unterhaltung, hieß es beim Verleih."). Check-worthy without a
  figure: a meeting called off and the reason given, a procedure's next step ("Das letzte
  Wort hat das Parlament ..."), an announcement made at the results ("Das kündigte ... an"),
  a ruling's status ("..., das Urteil ist daher nicht rechtskräftig.", nineteenth and
  twenty-eighth), a court's holding and the parties to a case, a warning issued by the DWD
  (twenty-eighth: a warning issued, unlike an appeal to the reader), a pass closed, a
  match won (the score "3:1" carries none, thirty-fifth), a semi-final reached, a prize
  awarded, a film's rank as the year's most successful, a study's journal (thirty-third), an
  investigation taken over, the main destinations of an airport, a no-confidence vote
  survived, a launch stated by ESA.
- Ages are durations in years (every earlier batch): "Ein 19-jähriger Lenker", "Der
  19-Jährige", "eines 71-jährigen Mannes und dessen 68 Jahre alter Ehefrau", "einen
  47-jährigen früheren Anlageberater", "im Alter von 24 bis 58 Jahren" both ends (fifty-fifth:
  "im Alter von 14 bis 17 Jahren"), "Die 23-Jährige", "Die 41-jährige Autorin", "Whitcombe,
  61,", "Sandra Hollings, 58,", "a 91-year-old widow", "Rodel Bautista, 54," (in a negative,
  labelled, thirty-first); "älter als 50 Jahre" 50 years "over" (twenty-sixth: "älter als
  55 Jahre"); "ein acht Monate altes Baby" 8 months (sixty-eighth: "ein drei Monate alter
  Säugling"). New: "darunter ein Zwölfjähriger" is 12 years - the noun written with the
  number word is read as "ein zwölfjähriges Kind" (sixty-eighth) and "Der 45-Jährige"
  (sixty-third), "ein" before it an article.
- Poll and rate points (fourth, sixth, sixteenth batches; "um einen Prozentpunkt" 1 pp,
  "one point ahead" 1 pp): new, "Die AfD verliert einen Punkt" is 1 pp - the number word
  "einen" before "Punkt" of a party's share is the figure 1, not an article, as "um einen
  Prozentpunkt"; "zwischen zwei und drei Prozentpunkten" 2 and 3 pp (a range, the unit
  written once), "um 0,3 Prozentpunkte", "ein Plus von 0,4 Prozentpunkten" pp.
- Percentages: "von zehn auf 4,9 Prozent" 10 and 4.9 (the unit written once serves the list,
  forty-sixth; fifty-fifth: "von 53,1 auf 52,4 Prozent"), "auf 93,1 von 95,4 Prozent" both,
  "auf ein Prozent des Bruttoinlandprodukts" percent 1 (sixty-fifth: "ein Prozent des BIP"),
  "bei geschätzt 241 Prozent" "about" (sixty-ninth: "geschätzt"), "auf höchstens 3,67
  Prozent" "at_most", "von bis zu zwölf Prozent" "up_to", "auf 60 Prozent angereichertes
  Uran" 60, "a roughly 70% chance" "about". New: "plus or minus 2%" in a company's guidance
  is percent 2 with no qualifier - a tolerance around the figure named before it, no hedge
  of its own.
- Fractions: "um fast ein Fünftel teurer" 0.2 "nearly" (a share before a comparative,
  twenty-fourth), "gut ein Viertel" 0.25 "over" (thirtieth: "Gut ein Viertel"), "zu zwei
  Dritteln ... zu einem Drittel" 0.6667 and 0.3333 (the dative of "ein Drittel", as "eines
  Fünftels", sixty-fifth), "Jeder dritte Arbeitslose" 0.3333 (issue: "jeder vierte"), "um
  ein Drittel" and "ein Drittel davon" 0.3333, "rund zwei Drittel" 0.6667 "about", "nearly
  two-thirds" 0.6667 "nearly"; "um knapp ein Sechstel" 0.1667 "nearly". New: "just under a
  fifth" is 0.2 "under" - "just under" is the mirror of "just over" ("over", thirty-third and
  sixty-ninth), "just" itself no hedge.
- Ordinals (issue: "zum zweiten Mal"; thirty-first and sixty-eighth): "das dritte
  Entlastungspaket" 3, "die vierte direkte Verhandlungsrunde" 4, "zum fünften Mal" 5, "Eine
  sechste Runde" 6, "den 31. Monat in Folge" 31, "Im dritten Quartal" 3, "in den ersten neun
  Monaten" ordinal 1 and 9 months (twenty-eighth), "sein zwölftes Pflichtspiel" 12, "in der
  17. und der 64. Minute ... in der 88. Minute" 17, 64 and 88 (twenty-eighth: "in der 88.
  Minute"), "den Zweiten Borussia Dortmund" 2 and "Dritte wurde" 3 (places, sixty-first),
  "auf Rang zwei", "auf Platz sieben" ordinals (sixty-first: "Rang zwei", "Platz zwölf"),
  "nach dem ersten Durchgang" 1, "ihren ersten Weltcupsieg" and "der erste Slalomsieg" 1,
  "Der Weltranglistensechste" 6 (thirtieth: "den Weltranglistenfünften"), "in seinem dritten
  Gruppenspiel" 3, "erst die zweite Steirerin" 2, "Am ersten Wochenende" 1, "the first Test"
  1 ("the opening day" none), "his third Test century" 3, "the fourth round" 4, "the 21st
  storm" 21, "fourth-quarter" and "Third-quarter" 4 and 3 (sixty-fourth). New: "das zweite
  Mal in Folge" and "das vierte Mal seit seinem Amtsantritt" are ordinals 2 and 4, the
  accusative without "zum" read as "zum zweiten Mal" (issue) - the wire writes both.
- Durations: "einem zweitägigen Besuch" 2 days and "Die rund vierstündige Sitzung" 4 hours
  "about" (issue: "fünfstündigen Treffen"; sixty-fifth: a hedge before the compound bounds
  its figure), "binnen zwei Monaten", "binnen 24 Stunden" (no hedge, sixty-eighth), "für rund
  vier Stunden" "about", "nach nur drei Wochen" 3 weeks ("nur" no hedge), "vor acht Monaten"
  8 months and "zuletzt vor 13 Jahren" 13 years (forty-sixth: "vor zehn Jahren"), "seit fast
  drei Jahren" 3 years "nearly", "zwei Stunden und 41 Minuten" two durations, "zu sechs
  Jahren Haft" 6 years, "um zwölf Hundertstel" 0.12 seconds (thirtieth), "mit 0,47 Sekunden
  Rückstand"; "in the 12 months to October" 12 months (thirtieth), "for nearly 10 months"
  "nearly", "a two-day meeting" 2 days, "a seven-year journey" 7 years, "40 minutes late",
  "jailed for five years and four months" and "over a period of almost four years" (the
  second "nearly"), "within three months", "a further 18 months" ("a further" no hedge). None:
  "binnen Jahresfrist", "ein Jahr zuvor", "vor einem Jahr", "im Vorjahresmonat", "im
  Vorjahreszeitraum", "seit Jahresbeginn", "pro Jahr", "im Jahr", "jedes Jahr", "last
  month", "each year", "this year" (fourteenth and fifty-fifth).
- Counts: "15-Punkte-Plan" 15 (issue: "28-Punkte-Entwurf"), "14 Mal getroffen" 14 (issue:
  "100 Mal"), "zweimal wöchentlich" 2 ("wöchentlich" none, sixty-fourth), "in 117 von 131
  angeklagten Fakten" two counts (forty-first: a definite group), "271 Abgeordnete ... 289
  der 577 Stimmen" three counts, "The Senate voted 52-47" two counts (twentieth: a tally),
  "All but one Democrat ..., as did two Republicans" 1 and 2 (twenty-sixth: "all but one"),
  "One victim" 1 (sixty-fourth: "One person"), "jeweils 1.200 Gefangenen" and "1,200 prisoners
  from each side" 1200 ("jeweils", "each" no hedge, sixty-eighth), "des sechsstöckigen
  Gebäudes" 6 (sixty-eighth: "ein fünfstöckiges Wohnhaus"), "die Geschichte dreier
  Generationen" 3 (sixty-third: "Mutter zweier Söhne"), "Zwei Tote" 2, "mindestens elf" 11
  "at_least", "Im vergangenen Winter waren es 19" 19; cricket "287 for six" 287 and 6, "three
  for 54 in 19 overs" 3, 54 and 19, "112 off 198 balls" 112 and 198 (thirtieth and
  sixty-first); "17 Asse", "acht von neun Breakbällen" counts (sixty-first). "Dutzende",
  "Millionen Kunden", "mehrere Schusswaffen", "ein paar Punkte", "keinen einzigen Cent", "ein
  Rentier" carry none (fifth and thirty-first: vague magnitudes and articles).
- Physical measures and levels are counts (fourth, forty-seventh): "bis zu 30 Zentimeter"
  "up_to", "bis zu minus zwölf Grad" -12 "up_to" (forty-seventh: "bis zu minus 15 Grad"),
  "zwischen zwei und sechs Grad" 2 and 6, "mit bis zu 85 Kilometern pro Stunde" 85 "up_to",
  "60 bis 90 Zentimeter" both, "bis zu 1,2 Meter" "up_to", "um rund 50 Meter pro Jahr" 50
  "about" ("im Schnitt" no hedge), "mehr als 400 Kilogramm" "over", "175 kilometres (110
  miles) per hour" both, "the 160-kilometer-wide asteroid" 160, "2.4 tonnes" 2.4; "der Stufe
  3" of the avalanche scale count 3 (forty-seventh: "Stufe 4, „groß“"). New: "oberhalb von
  rund 2000 Metern" is 2000 "about" - the hedge is "rund"; "oberhalb von" names a place
  above the line, no bound on the figure (as "unter 3.000 Metern über Meer" was "under" only
  because "unter" is a hedge word, twenty-eighth).
- Identifiers carry no quantity: "B37" (a road, forty-third and forty-seventh: "B1", "A2"),
  "Ariane 6" (a rocket's name, as "Humanity 1" and "Reactor 2", forty-second and
  sixty-ninth), clock times ("gegen 2.30 Uhr", "at 9:42 a.m.") and scores ("3:1", "6:4, 3:6,
  7:6 (7:4)") none (thirtieth, sixty-first). New: "der XI. Zivilsenat" carries none - the
  Roman numeral names a senate of the Bundesgerichtshof, as "Landgericht München I"
  (fifty-fifth) names a court and "Phase-III-Studie" (sixty-fourth) a phase.
- Money: "rund 380 Millionen Euro", "rund zwei Millionen Euro pro Jahr" ("pro Jahr" none),
  "rund 3,2 Mio. Euro" ("Mio." as spelled out, twenty-eighth), "von 4,90 Euro auf 7,50 Euro",
  "durchschnittlich etwa 180 Euro" "about" ("durchschnittlich" none, fifty-fifth), "zwischen
  4.000 und 7.500 Euro" both, "mindestens 1,5 Millionen Euro" "at_least", "auf 11,42 Euro",
  "jeweils 2.500 Euro", "rund 40 Milliarden Euro" EUR; "4,2 Milliarden Franken", "von über
  700 Millionen Franken" "over", "auf 148,60 Franken", "61.000 Schweizer Franken" CHF; "bis
  zu 4,1 Millionen Dollar" USD "up_to"; "to $1.3120" against the dollar 1.312 USD (an
  exchange rate is money in the priced currency, twenty-sixth); "more than £180,000" "over",
  "£42,600", "£96,000" GBP; "about 620 million euros ($718 million)" EUR "about" and USD with
  no hedge (the hedge stands before the first figure only, forty-seventh); "by 4 cents to 36
  cents a share" 0.04 and 0.36 USD (twenty-sixth: "22 cents a share"), "$5 billion", "$6.2
  billion", "$5.9 billion", "$5.71 billion".
- Years and dates: "mit 1. Jänner" --01-01 (tenth and thirtieth); Reuters datelines with a
  day ("LONDON, Nov 19 (Reuters)", "MOSCOW, Nov 19 (Reuters)", "PERTH, Nov 19 (Reuters)",
  "NEW YORK, Nov 19 (Reuters)") dates without a year; "at its Dec. 18 meeting", "starting
  Dec. 3", "on Oct. 2" dates without a year; German, AP, AFP, PA, AWP and SID datelines
  none; "bis 2032", "bis Ende 2027", "seit Frühjahr 2024", "zwischen 2016 und 2023" both,
  "Bereits 2021", "2022", "von 2015", "seit 1850", "seit dem Jahr 2000", "bis 2100", "des
  Preises 2016", "des bisherigen Rekordjahres 2019", "in 2032", "since 2011", "annexed in
  2014" the years; "2030er-Jahre" and "1950er-Jahre" none (decades, fifty-ninth); months and
  weekdays alone ("seit Juli", "Anfang Oktober", "Anfang Dezember", "im März", "since July",
  "since March", "Ende September") none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "geschätzt", "about", "roughly",
  "Some" "about"; "knapp", "fast", "nearly", "almost" "nearly"; "mehr als", "über", "gut",
  "More than", "more than" "over"; "just under" "under"; "bis zu" "up_to"; "mindestens", "At
  least" "at_least"; "höchstens" "at_most"; "bereits", "insgesamt", "jeweils", "nur", "nur
  noch", "erst", "Allein", "zuletzt", "im Schnitt", "durchschnittlich", "on average", "an
  average of" (before "about", which hedges), "a further", "just" no hedge.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzminister", "Außenamtssprecherin", "Gouverneur", "DWD-Meteorologin",
  "Studienleiterin", "Foreign Ministry spokeswoman", with "nach der Sitzung", "am Mittwoch
  in Moskau" and "on Wednesday" after the name dropped); "so Sonnleitner" and "sagte
  Hollersbach" the name; "teilte das VBS am Mittwoch mit" -> "das VBS", "teilte das AMS
  mit" -> "das AMS" and "teilte das SLF in Davos mit" -> "das SLF" (an abbreviation with its
  article, the place dropped, fifty-fifth and sixty-eighth: "das BFA", "das EDA in Bern");
  "teilte die Bundespolizei / die Feuerwehr / die Flughafen Wien AG ... mit", "wie das
  Statistische Bundesamt am Mittwoch mitteilte" the source with its article in the
  nominative; "nach Angaben der Polizei" -> "die Polizei" and "nach Angaben der Jury" ->
  "die Jury" (twenty-third and sixty-ninth); "laut Infratest dimap" and "laut SLF" as
  written (thirty-first: "laut X" as written). English: "the Office for National Statistics
  said", "the State Department said", "the coast guard said", "the Crown Prosecution Service
  said", "the European Space Agency said", "the company said" with the article in lower case
  (forty-seventh: "the coastguard said"); "ESA said" as written (as "Frontex said",
  fifty-fifth); "Ukraine's air force said" the possessive form (sixty-eighth); "organisers
  said" -> "organisers" (tenth); "Foreign Ministry spokeswoman Yelena Vorobyova said" the
  name. Left unchecked (None): "hieß es aus dem Wirtschaftsministerium" (as "hiess es",
  thirtieth), "nach Angaben der ukrainischen Luftwaffe", "erklärte das iranische
  Außenministerium" and "Nach Angaben der Internationalen Atomenergiebehörde (IAEA)" (an
  adjective heading the source, fourteenth and sixty-ninth), "nach omanischen Angaben",
  "sagte ein Sprecher der Staatsanwaltschaft Hamburg" (an unnamed spokesman), "schätzt die
  Polizei", "erwartet der DWD", "erwartet der Flughafen", "rechnet das
  Wirtschaftsforschungsinstitut Wifo", "bekräftigte Konzernchef ...", "entschied der XI.
  Zivilsenat", "Das kündigte Vorstandschefin ... an" (verbs that are not of saying,
  forty-seventh), "Nach Schätzung der Verbraucherschützer", "schreiben die Forscherinnen und
  Forscher" (a plural group), "Von der Nachrichtenagentur dpa-AFX befragte Volkswirte";
  "official data showed", "Economists surveyed by Reuters", "which she said" (a pronoun),
  "the national disaster agency said" (an adjective, twenty-sixth), "Southwark Crown Court
  heard" (twenty-eighth), "according to data compiled by LSEG" (data), "Judge ... ordered",
  rows without attribution and all negatives.
- Negatives: no negative carries a figure except the fisherman's age in a quote of feeling
  (labelled, thirty-first). The poll caveat ("Umfragen sind stets nur Momentaufnahmen ...")
  and "Für alle Beschuldigten gilt die Unschuldsvermutung." are boilerplate (fifty-fifth);
  "Unabhängig überprüfen ließen sich die Angaben ... nicht." the wire caveat (nineteenth);
  "It was not immediately clear when ..." an open question; "Forecasters said the storm
  would weaken ..." an outlook without a figure (forty-seventh); "Der Vorstand zeigte sich
  ... „sehr zufrieden“" and "Die Kritik hatte den Film eher verhalten aufgenommen." reported
  evaluations; "(Reporting by ...; Editing by ...)" a credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_70 = [
    # --- Ministerrat: 15-Punkte-Plan gegen Teuerung (APA) ---
    ("de", "Wien (APA) - Die Bundesregierung hat sich am Mittwoch im Ministerrat auf einen 15-Punkte-Plan gegen die hohen Lebensmittelpreise geeinigt.", True, [("count", 15, None, None)], None),
    ("de", "Das Paket soll den Staatshaushalt im kommenden Jahr mit rund 380 Millionen Euro belasten, sagte Finanzminister Gerald Sonnleitner nach der Sitzung.", True, [("money", 380000000, "EUR", "about")], "Gerald Sonnleitner"),
    ("de", "Kernstück ist eine Preisdatenbank, in die große Handelsketten künftig die Preise von rund 2.000 Grundnahrungsmitteln täglich einmelden müssen.", True, [("count", 2000, None, "about")], None),
    ("de", "Die Kosten für den Betrieb der Datenbank sollen bei rund zwei Millionen Euro pro Jahr liegen, hieß es aus dem Wirtschaftsministerium.", True, [("money", 2000000, "EUR", "about")], None),
    ("de", "Lebensmittel seien in Österreich zuletzt um fast ein Fünftel teurer gewesen als in Deutschland, so Sonnleitner.", True, [("fraction", 0.2, None, "nearly")], "Sonnleitner"),
    ("de", "Zudem sinkt die Mehrwertsteuer auf Grundnahrungsmittel mit 1. Jänner von zehn auf 4,9 Prozent.", True, [("date", "--01-01", None, None), ("percent", 10, "%", None), ("percent", 4.9, "%", None)], None),
    ("de", "Es ist bereits das dritte Entlastungspaket der Koalition seit ihrem Amtsantritt im März.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Das ist ein Placebo, das den Menschen im Supermarkt keinen einzigen Cent bringt“, kritisierte FPÖ-Generalsekretär Harald Wimmleitner.", False, [], None),
    ("de", "Der Handelsverband sprach von einem „bürokratischen Monster“.", False, [], None),
    # --- ARD-Deutschlandtrend (dpa) ---
    ("de", "Berlin (dpa) - Die Union kommt im neuen ARD-Deutschlandtrend auf 26 Prozent und liegt damit erstmals seit dem Frühjahr wieder vor der AfD.", True, [("percent", 26, "%", None)], None),
    ("de", "Die AfD verliert einen Punkt und erreicht 25 Prozent, die SPD bleibt unverändert bei 14 Prozent.", True, [("percent", 1, "pp", None), ("percent", 25, "%", None), ("percent", 14, "%", None)], None),
    ("de", "Grüne und Linke kommen auf jeweils elf Prozent, das BSW auf vier Prozent.", True, [("percent", 11, "%", None), ("percent", 4, "%", None)], None),
    ("de", "Mit der Arbeit der Bundesregierung ist nur noch gut ein Viertel der Befragten zufrieden.", True, [("fraction", 0.25, None, "over")], None),
    ("de", "Infratest dimap befragte dafür von Montag bis Mittwoch 1.318 Wahlberechtigte telefonisch und online.", True, [("count", 1318, None, None)], None),
    ("de", "Die Fehlertoleranz liegt laut Infratest dimap zwischen zwei und drei Prozentpunkten.", True, [("percent", 2, "pp", None), ("percent", 3, "pp", None)], "Infratest dimap"),
    ("de", "Umfragen sind stets nur Momentaufnahmen und keine Prognosen des Wahlausgangs.", False, [], None),
    # --- Bundesrat: Armeebudget (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat will der Armee bis 2032 zusätzliche 4,2 Milliarden Franken zur Verfügung stellen.", True, [("year", 2032, None, None), ("money", 4200000000, "CHF", None)], None),
    ("de", "Das Geld soll vor allem in die bodengestützte Luftverteidigung und in neue Schützenpanzer fliessen, teilte das VBS am Mittwoch mit.", True, [], "das VBS"),
    ("de", "Die Armeeausgaben sollen damit bis Anfang der 2030er-Jahre auf ein Prozent des Bruttoinlandprodukts steigen.", True, [("percent", 1, "%", None)], None),
    ("de", "Derzeit liegt der Anteil bei rund 0,7 Prozent.", True, [("percent", 0.7, "%", "about")], None),
    ("de", "Finanziert werden soll die Aufstockung zu zwei Dritteln über Einsparungen in anderen Departementen und zu einem Drittel über eine befristete Erhöhung der Mehrwertsteuer um 0,3 Prozentpunkte.", True, [("fraction", 0.6667, None, None), ("fraction", 0.3333, None, None), ("percent", 0.3, "pp", None)], None),
    ("de", "Das letzte Wort hat das Parlament, das die Vorlage voraussichtlich in der Sommersession berät.", True, [], None),
    ("de", "Die SP sprach von einer «Aufrüstung auf Kosten der Bildung und der Entwicklungshilfe».", False, [], None),
    ("de", "Bürgerliche Politikerinnen und Politiker begrüssten den Entscheid als überfällig.", False, [], None),
    # --- Russland sagt Gespräche in Istanbul ab (AFP) ---
    ("de", "Moskau (AFP) - Russland hat ein für Donnerstag geplantes Treffen mit ukrainischen Unterhändlern in Istanbul kurzfristig abgesagt.", True, [], None),
    ("de", "Grund seien die jüngsten ukrainischen Drohnenangriffe auf die Grenzregion Belgorod, sagte Außenamtssprecherin Jelena Worobjowa am Mittwoch in Moskau.", True, [], "Jelena Worobjowa"),
    ("de", "Es wäre die vierte direkte Verhandlungsrunde seit Juli gewesen.", True, [("ordinal", 4, None, None)], None),
    ("de", "Bei der letzten Runde Anfang Oktober hatten beide Seiten den Austausch von jeweils 1.200 Gefangenen vereinbart.", True, [("count", 1200, None, None)], None),
    ("de", "„Moskau spielt auf Zeit, und jeder Tag kostet Menschenleben“, schrieb der ukrainische Außenminister Andrij Hornytschenko auf der Plattform X.", False, [], None),
    ("de", "Russische Streitkräfte setzten in der Nacht nach Angaben der ukrainischen Luftwaffe 143 Drohnen und vier Raketen ein.", True, [("count", 143, None, None), ("count", 4, None, None)], None),
    ("de", "In der Region Charkiw wurden dabei zwei Menschen getötet und mindestens elf verletzt, darunter ein Zwölfjähriger, teilte Gouverneur Oleh Tscherednyk mit.", True, [("count", 2, None, None), ("count", 11, None, "at_least"), ("duration", 12, "year", None)], "Oleh Tscherednyk"),
    ("de", "Unabhängig überprüfen ließen sich die Angaben beider Seiten zunächst nicht.", False, [], None),
    # --- Atomgespräche in Maskat (dpa) ---
    ("de", "Maskat (dpa) - Unterhändler der USA und des Iran sind in der omanischen Hauptstadt zum fünften Mal zu indirekten Gesprächen über das iranische Atomprogramm zusammengekommen.", True, [("ordinal", 5, None, None)], None),
    ("de", "Die rund vierstündige Sitzung sei in einer „konstruktiven Atmosphäre“ verlaufen, erklärte das iranische Außenministerium.", True, [("duration", 4, "hour", "about")], None),
    ("de", "Zuvor hatte der omanische Außenminister bei einem zweitägigen Besuch in Teheran vermittelt.", True, [("duration", 2, "day", None)], None),
    ("de", "Nach Angaben der Internationalen Atomenergiebehörde (IAEA) verfügt der Iran inzwischen über mehr als 400 Kilogramm auf 60 Prozent angereichertes Uran.", True, [("count", 400, None, "over"), ("percent", 60, "%", None)], None),
    ("de", "Für eine Atombombe ist eine Anreicherung auf etwa 90 Prozent erforderlich.", True, [("percent", 90, "%", "about")], None),
    ("de", "Das Atomabkommen von 2015 hatte Teheran eine Anreicherung auf höchstens 3,67 Prozent erlaubt.", True, [("year", 2015, None, None), ("percent", 3.67, "%", "at_most")], None),
    ("de", "Eine sechste Runde ist nach omanischen Angaben für Anfang Dezember geplant.", True, [("ordinal", 6, None, None)], None),
    ("de", "„Wir werden auf unser Recht auf friedliche Nutzung der Atomenergie niemals verzichten“, sagte der iranische Vizeaußenminister Abbas Ghaderi.", False, [], None),
    # --- Inflation im Oktober (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Verbraucherpreise in Deutschland sind im Oktober überraschend stark gestiegen, die Jahresrate kletterte auf 2,4 Prozent.", True, [("percent", 2.4, "%", None)], None),
    ("de", "Im September hatte die Teuerungsrate noch bei 2,2 Prozent gelegen, wie das Statistische Bundesamt am Mittwoch mitteilte.", True, [("percent", 2.2, "%", None)], "das Statistische Bundesamt"),
    ("de", "Die Rate zog damit das zweite Mal in Folge an.", True, [("ordinal", 2, None, None)], None),
    ("de", "Preistreiber waren erneut Dienstleistungen, die sich binnen Jahresfrist um 3,5 Prozent verteuerten.", True, [("percent", 3.5, "%", None)], None),
    ("de", "Nahrungsmittel kosteten 1,9 Prozent mehr als ein Jahr zuvor, Energie war dagegen um 0,9 Prozent billiger.", True, [("percent", 1.9, "%", None), ("percent", 0.9, "%", None)], None),
    ("de", "Ohne die schwankungsanfälligen Preise für Energie und Lebensmittel betrug die Teuerung 2,8 Prozent.", True, [("percent", 2.8, "%", None)], None),
    ("de", "Von der Nachrichtenagentur dpa-AFX befragte Volkswirte hatten im Schnitt mit 2,3 Prozent gerechnet.", True, [("percent", 2.3, "%", None)], None),
    ("de", "Als Zielmarke für die Eurozone gilt bei der Europäischen Zentralbank eine Teuerung von mittelfristig zwei Prozent.", True, [("percent", 2, "%", None)], None),
    ("de", "„Der Weg zurück zur Preisstabilität bleibt holprig“, sagte Commerzbank-Volkswirt Ralf Obermüller.", False, [], None),
    # --- Autozulieferer streicht Stellen (dpa-AFX) ---
    ("de", "Stuttgart (dpa-AFX) - Der Autozulieferer Brenzinger baut bis Ende 2027 rund 3.800 seiner weltweiten Arbeitsplätze ab, etwa 1.500 davon in Deutschland.", True, [("year", 2027, None, None), ("count", 3800, None, "about"), ("count", 1500, None, "about")], None),
    ("de", "Das kündigte Vorstandschefin Petra Hollersbach am Mittwoch bei der Vorlage der Quartalszahlen an.", True, [], None),
    ("de", "Im dritten Quartal sank der Umsatz um 7,3 Prozent auf 4,12 Milliarden Euro.", True, [("ordinal", 3, None, None), ("percent", 7.3, "%", None), ("money", 4120000000, "EUR", None)], None),
    ("de", "Unter dem Strich stand ein Verlust von 214 Millionen Euro nach einem Gewinn von 96 Millionen Euro ein Jahr zuvor.", True, [("money", 214000000, "EUR", None), ("money", 96000000, "EUR", None)], None),
    ("de", "Die Nachfrage nach Komponenten für Elektroautos sei deutlich schwächer als erwartet, sagte Hollersbach.", True, [], "Hollersbach"),
    ("de", "Die Aktie verlor im frühen Handel fast neun Prozent auf 11,42 Euro und war damit so billig wie zuletzt vor 13 Jahren.", True, [("percent", 9, "%", "nearly"), ("money", 11.42, "EUR", None), ("duration", 13, "year", None)], None),
    ("de", "„Das ist ein Kahlschlag mit Ansage“, sagte Gesamtbetriebsratschef Uwe Kornmesser.", False, [], None),
    # --- Arbeitsmarkt Oktober (APA) ---
    ("de", "Wien (APA) - Die Arbeitslosigkeit in Österreich ist im Oktober den 31. Monat in Folge gestiegen.", True, [("ordinal", 31, None, None)], None),
    ("de", "Ende Oktober waren 376.412 Menschen beim Arbeitsmarktservice (AMS) arbeitslos oder in Schulung gemeldet, um 6,1 Prozent mehr als vor einem Jahr.", True, [("count", 376412, None, None), ("percent", 6.1, "%", None)], None),
    ("de", "Nach nationaler Berechnung lag die Arbeitslosenquote bei 7,2 Prozent, ein Plus von 0,4 Prozentpunkten.", True, [("percent", 7.2, "%", None), ("percent", 0.4, "pp", None)], None),
    ("de", "Besonders kräftig war der Anstieg in der Warenproduktion mit einem Plus von 12,8 Prozent.", True, [("percent", 12.8, "%", None)], None),
    ("de", "Die Zahl der sofort verfügbaren offenen Stellen ging um knapp ein Sechstel auf 71.900 zurück.", True, [("fraction", 0.1667, None, "nearly"), ("count", 71900, None, None)], None),
    ("de", "Jeder dritte Arbeitslose ist älter als 50 Jahre, teilte das AMS mit.", True, [("fraction", 0.3333, None, None), ("duration", 50, "year", "over")], "das AMS"),
    ("de", "Für das kommende Jahr rechnet das Wirtschaftsforschungsinstitut Wifo mit einer Quote von 7,4 Prozent.", True, [("percent", 7.4, "%", None)], None),
    ("de", "„Eine Trendwende am Arbeitsmarkt wird es erst geben, wenn die Industrie wieder Tritt fasst“, sagte AMS-Vorstand Clemens Grubhofer.", False, [], None),
    # --- Versicherer nach neun Monaten (AWP) ---
    ("de", "Zürich (AWP) - Die Versicherungsgruppe Limmat Assekuranz hat in den ersten neun Monaten das Prämienvolumen um 4,6 Prozent auf 11,3 Milliarden Franken gesteigert.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 4.6, "%", None), ("money", 11300000000, "CHF", None)], None),
    ("de", "Im Nichtlebengeschäft verbesserte sich die Schaden-Kosten-Quote auf 93,1 von 95,4 Prozent.", True, [("percent", 93.1, "%", None), ("percent", 95.4, "%", None)], None),
    ("de", "Die Solvenzquote nach dem Schweizer Solvenztest lag per Ende September bei geschätzt 241 Prozent.", True, [("percent", 241, "%", "about")], None),
    ("de", "Für das Gesamtjahr bekräftigte Konzernchef Daniel Aebischer das Ziel eines Reingewinns von über 700 Millionen Franken.", True, [("money", 700000000, "CHF", "over")], None),
    ("de", "An der Börse legten die Titel bis am Mittag um 2,1 Prozent auf 148,60 Franken zu.", True, [("percent", 2.1, "%", None), ("money", 148.6, "CHF", None)], None),
    ("de", "Analysten hatten im Schnitt mit Prämieneinnahmen von 11,1 Milliarden Franken gerechnet.", True, [("money", 11100000000, "CHF", None)], None),
    ("de", "«Wir sind voll auf Kurs», sagte Aebischer an einer Telefonkonferenz.", False, [], None),
    # --- Anlagebetrug: sechs Jahre Haft (APA) ---
    ("de", "Wien (APA) - Wegen schweren gewerbsmäßigen Betrugs hat das Wiener Landesgericht am Mittwoch einen 47-jährigen früheren Anlageberater zu sechs Jahren Haft verurteilt.", True, [("duration", 47, "year", None), ("duration", 6, "year", None)], None),
    ("de", "Der Mann soll zwischen 2016 und 2023 rund 140 Anlegerinnen und Anleger um insgesamt 9,8 Millionen Euro gebracht haben.", True, [("year", 2016, None, None), ("year", 2023, None, None), ("count", 140, None, "about"), ("money", 9800000, "EUR", None)], None),
    ("de", "Versprochen hatte er den Kunden jährliche Renditen von bis zu zwölf Prozent.", True, [("percent", 12, "%", "up_to")], None),
    ("de", "Der Schöffensenat sprach ihn in 117 von 131 angeklagten Fakten schuldig.", True, [("count", 117, None, None), ("count", 131, None, None)], None),
    ("de", "Zudem muss er den Geschädigten rund 4,3 Millionen Euro zurückzahlen.", True, [("money", 4300000, "EUR", "about")], None),
    ("de", "Der Verteidiger meldete umgehend Berufung an, das Urteil ist daher nicht rechtskräftig.", True, [], None),
    ("de", "„Ich wollte niemandem schaden, ich habe selbst an das Modell geglaubt“, sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    # --- BGH zu Kontogebühren (dpa) ---
    ("de", "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Rechte von Bankkunden bei Gebührenerhöhungen erneut gestärkt.", True, [], None),
    ("de", "Banken dürfen Kontogebühren nicht schon deshalb erhöhen, weil Kunden einer entsprechenden Mitteilung binnen zwei Monaten nicht widersprochen haben, entschied der XI. Zivilsenat am Mittwoch.", True, [("duration", 2, "month", None)], None),
    ("de", "Geklagt hatte der Verbraucherzentrale Bundesverband gegen eine Sparkasse aus Nordrhein-Westfalen.", True, [], None),
    ("de", "Die Bank hatte den monatlichen Grundpreis für ein Girokonto 2022 von 4,90 Euro auf 7,50 Euro angehoben.", True, [("year", 2022, None, None), ("money", 4.9, "EUR", None), ("money", 7.5, "EUR", None)], None),
    ("de", "Nach Schätzung der Verbraucherschützer könnten Millionen Kunden Anspruch auf Rückzahlungen von durchschnittlich etwa 180 Euro haben.", True, [("money", 180, "EUR", "about")], None),
    ("de", "Bereits 2021 hatte der BGH die sogenannte Zustimmungsfiktion in den Geschäftsbedingungen der Banken für unwirksam erklärt.", True, [("year", 2021, None, None)], None),
    ("de", "Verbraucherschützer sprachen von einem „guten Tag für alle Bankkunden“.", False, [], None),
    # --- Frontalzusammenstoß auf der B37 (APA) ---
    ("de", "St. Pölten (APA) - Zwei Tote hat ein Frontalzusammenstoß am Dienstagabend auf der B37 im Bezirk Krems gefordert.", True, [("count", 2, None, None)], None),
    ("de", "Ein 19-jähriger Lenker war nach Angaben der Polizei aus bisher ungeklärter Ursache auf die Gegenfahrbahn geraten.", True, [("duration", 19, "year", None)], "die Polizei"),
    ("de", "Sein Wagen prallte gegen das Auto eines 71-jährigen Mannes und dessen 68 Jahre alter Ehefrau, die beide noch an der Unfallstelle starben.", True, [("duration", 71, "year", None), ("duration", 68, "year", None)], None),
    ("de", "Der 19-Jährige und sein gleichaltriger Beifahrer wurden schwer verletzt mit Notarzthubschraubern in das Universitätsklinikum St. Pölten geflogen.", True, [("duration", 19, "year", None)], None),
    ("de", "Die B37 war für rund vier Stunden gesperrt.", True, [("duration", 4, "hour", "about")], None),
    ("de", "Im Einsatz standen 45 Mitglieder von drei Freiwilligen Feuerwehren, das Rote Kreuz und die Polizei.", True, [("count", 45, None, None), ("count", 3, None, None)], None),
    ("de", "Im niederösterreichischen Straßenverkehr kamen seit Jahresbeginn damit bereits 87 Menschen ums Leben, um 14 mehr als im Vorjahreszeitraum.", True, [("count", 87, None, None), ("count", 14, None, None)], None),
    ("de", "Wer den Unfall beobachtet hat, wird ersucht, sich bei der Polizeiinspektion Gföhl zu melden.", False, [], None),
    # --- Razzia gegen Schleuserbande (dpa) ---
    ("de", "Hamburg (dpa) - Die Bundespolizei hat in fünf Bundesländern Dutzende Wohnungen und Geschäftsräume mutmaßlicher Schleuser durchsucht.", True, [("count", 5, None, None)], None),
    ("de", "Rund 620 Beamtinnen und Beamte waren seit den frühen Morgenstunden im Einsatz, teilte die Bundespolizei mit.", True, [("count", 620, None, "about")], "die Bundespolizei"),
    ("de", "Festgenommen wurden neun Männer im Alter von 24 bis 58 Jahren.", True, [("count", 9, None, None), ("duration", 24, "year", None), ("duration", 58, "year", None)], None),
    ("de", "Die Bande soll seit Frühjahr 2024 mindestens 350 Menschen vor allem aus Syrien und der Türkei über die Balkanroute nach Deutschland gebracht haben.", True, [("year", 2024, None, None), ("count", 350, None, "at_least")], None),
    ("de", "Pro Person hätten die Geschleusten zwischen 4.000 und 7.500 Euro bezahlt, sagte ein Sprecher der Staatsanwaltschaft Hamburg.", True, [("money", 4000, "EUR", None), ("money", 7500, "EUR", None)], None),
    ("de", "Die Ermittler stellten zudem rund 210.000 Euro Bargeld, drei Autos und mehrere Schusswaffen sicher.", True, [("money", 210000, "EUR", "about"), ("count", 3, None, None)], None),
    ("de", "„Wer mit der Not von Menschen Geschäfte macht, muss mit der ganzen Härte des Rechtsstaats rechnen“, sagte Bundesinnenminister Konrad Weilheimer.", False, [], None),
    ("de", "Für alle Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    # --- Wintereinbruch im Süden (dpa) ---
    ("de", "Offenbach (dpa) - Der Deutsche Wetterdienst (DWD) hat für Teile Bayerns und Baden-Württembergs vor ergiebigem Schneefall gewarnt.", True, [], None),
    ("de", "In den Alpen könnten binnen 24 Stunden bis zu 30 Zentimeter Neuschnee fallen, sagte DWD-Meteorologin Katrin Ebersbächer.", True, [("duration", 24, "hour", None), ("count", 30, None, "up_to")], "Katrin Ebersbächer"),
    ("de", "In der Nacht zum Freitag sinken die Temperaturen im Bayerischen Wald auf bis zu minus zwölf Grad.", True, [("count", -12, None, "up_to")], None),
    ("de", "Auf den Gipfeln des Schwarzwalds sind Sturmböen mit bis zu 85 Kilometern pro Stunde möglich.", True, [("count", 85, None, "up_to")], None),
    ("de", "Für das Wochenende erwartet der DWD eine Wetterberuhigung mit Höchstwerten zwischen zwei und sechs Grad.", True, [("count", 2, None, None), ("count", 6, None, None)], None),
    ("de", "Autofahrerinnen und Autofahrer sollten auf Winterreifen achten und für den Weg zur Arbeit mehr Zeit einplanen.", False, [], None),
    ("de", "Der Winter meldet sich in diesem Jahr früh und mit Macht zurück.", False, [], None),
    # --- Lawinengefahr in den Alpen (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Nach den ergiebigen Schneefällen herrscht in Teilen des Wallis und Graubündens erhebliche Lawinengefahr der Stufe 3, teilte das SLF in Davos mit.", True, [("count", 3, None, None)], "das SLF"),
    ("de", "Seit Sonntag fielen oberhalb von rund 2000 Metern verbreitet 60 bis 90 Zentimeter Schnee, im Simplongebiet lokal bis zu 1,2 Meter.", True, [("count", 2000, None, "about"), ("count", 60, None, None), ("count", 90, None, None), ("count", 1.2, None, "up_to")], None),
    ("de", "Die Passstrasse über den Grossen St. Bernhard bleibt bis auf Weiteres gesperrt.", True, [], None),
    ("de", "In der Schweiz sterben laut SLF im langjährigen Mittel jedes Jahr 23 Menschen in Lawinen.", True, [("count", 23, None, None)], "SLF"),
    ("de", "Im vergangenen Winter waren es 19, die meisten davon Skitourengänger.", True, [("count", 19, None, None)], None),
    ("de", "«Wer jetzt abseits der markierten Pisten unterwegs ist, spielt mit seinem Leben», warnte ein SLF-Sprecher.", False, [], None),
    # --- Bundesliga: Bayern gegen Wolfsburg (dpa) ---
    ("de", "München (dpa) - Der FC Bayern München hat auch sein zwölftes Pflichtspiel in dieser Saison gewonnen.", True, [("ordinal", 12, None, None)], None),
    ("de", "Die Münchner setzten sich am Mittwochabend im Nachholspiel gegen den VfL Wolfsburg mit 3:1 durch.", True, [], None),
    ("de", "Jonas Brückl traf in der 17. und der 64. Minute, Wolfsburg gelang durch Mattis Ekström in der 88. Minute nur noch der Anschlusstreffer.", True, [("ordinal", 17, None, None), ("ordinal", 64, None, None), ("ordinal", 88, None, None)], None),
    ("de", "Der Tabellenführer baute seinen Vorsprung auf den Zweiten Borussia Dortmund damit auf sieben Punkte aus.", True, [("ordinal", 2, None, None), ("count", 7, None, None)], None),
    ("de", "75.000 Zuschauer sahen die Partie in der ausverkauften Arena.", True, [("count", 75000, None, None)], None),
    ("de", "Brückl hat in elf Ligaspielen bereits 14 Mal getroffen.", True, [("count", 11, None, None), ("count", 14, None, None)], None),
    ("de", "„Wir haben heute nicht unser bestes Spiel gemacht, aber die Mannschaft hat Moral gezeigt“, sagte Trainer Markus Lindqvist.", False, [], None),
    ("de", "Die Wolfsburger Fans feierten ihr Team trotz der Niederlage mit Sprechchören.", False, [], None),
    # --- Ski alpin: Slalom in Levi (APA) ---
    ("de", "Levi (APA) - Die Salzburgerin Lena Hinterseer hat am Mittwoch den Weltcup-Slalom im finnischen Levi gewonnen und damit ihren ersten Weltcupsieg gefeiert.", True, [("ordinal", 1, None, None)], None),
    ("de", "Die 23-Jährige verwies die Schweizerin Noemi Gisler um zwölf Hundertstel auf Rang zwei.", True, [("duration", 23, "year", None), ("duration", 0.12, "second", None), ("ordinal", 2, None, None)], None),
    ("de", "Dritte wurde die Deutsche Marlene Aufschnaiter mit 0,47 Sekunden Rückstand.", True, [("ordinal", 3, None, None), ("duration", 0.47, "second", None)], None),
    ("de", "Hinterseer war nach dem ersten Durchgang nur auf Platz sieben gelegen.", True, [("ordinal", 1, None, None), ("ordinal", 7, None, None)], None),
    ("de", "Als Siegerin erhielt sie ein Preisgeld von 61.000 Schweizer Franken und traditionsgemäß ein Rentier.", True, [("money", 61000, "CHF", None)], None),
    ("de", "Es war der erste Slalomsieg einer Österreicherin seit fast drei Jahren.", True, [("ordinal", 1, None, None), ("duration", 3, "year", "nearly")], None),
    ("de", "„Das muss ich erst einmal realisieren, für mich geht ein Traum in Erfüllung“, sagte Hinterseer im ORF-Interview.", False, [], None),
    # --- Tennis: ATP Finals in Turin (SID) ---
    ("de", "Turin (SID) - Der Hamburger Tim Oberländer hat bei den ATP Finals in Turin das Halbfinale erreicht.", True, [], None),
    ("de", "Der Weltranglistensechste besiegte in seinem dritten Gruppenspiel den Amerikaner Tyler Hancock 6:4, 3:6, 7:6 (7:4).", True, [("ordinal", 6, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Die Partie dauerte zwei Stunden und 41 Minuten.", True, [("duration", 2, "hour", None), ("duration", 41, "minute", None)], None),
    ("de", "Oberländer schlug 17 Asse und wehrte acht von neun Breakbällen ab.", True, [("count", 17, None, None), ("count", 8, None, None), ("count", 9, None, None)], None),
    ("de", "Mit einem Turniersieg ohne Niederlage könnte er ein Preisgeld von bis zu 4,1 Millionen Dollar einstreichen.", True, [("money", 4100000, "USD", "up_to")], None),
    ("de", "„Am Ende haben ein paar Punkte den Unterschied gemacht“, sagte Oberländer.", False, [], None),
    # --- Österreichischer Buchpreis (APA) ---
    ("de", "Wien (APA) - Der Österreichische Buchpreis geht in diesem Jahr an die Grazer Autorin Theresa Pölzl für ihren Roman „Die Wintergäste“.", True, [], None),
    ("de", "Die mit 20.000 Euro dotierte Auszeichnung wurde am Mittwochabend im Wiener Kasino am Schwarzenbergplatz überreicht.", True, [("money", 20000, "EUR", None)], None),
    ("de", "Die vier weiteren Finalistinnen und Finalisten erhalten jeweils 2.500 Euro.", True, [("count", 4, None, None), ("money", 2500, "EUR", None)], None),
    ("de", "Der Roman erzählt auf 412 Seiten die Geschichte dreier Generationen einer Hoteliersfamilie im Salzkammergut.", True, [("count", 412, None, None), ("count", 3, None, None)], None),
    ("de", "Pölzl ist nach Angaben der Jury erst die zweite Steirerin, die seit der Einführung des Preises 2016 ausgezeichnet wird.", True, [("ordinal", 2, None, None), ("year", 2016, None, None)], "die Jury"),
    ("de", "Die 41-jährige Autorin hatte bereits 2021 für ihr Debüt den Rauriser Literaturpreis erhalten.", True, [("duration", 41, "year", None), ("year", 2021, None, None)], None),
    ("de", "Die Jury würdigte das Buch als „ebenso zärtliches wie unbarmherziges Porträt einer untergehenden Welt“.", False, [], None),
    ("de", "„Ich bin völlig überwältigt“, sagte Pölzl bei der Verleihung.", False, [], None),
    # --- Kinoerfolg einer Komödie (APA) ---
    ("de", "Wien (APA) - Die österreichische Komödie „Alles Gute, Mama“ hat nach nur drei Wochen im Kino die Marke von 150.000 Besucherinnen und Besuchern überschritten.", True, [("duration", 3, "week", None), ("count", 150000, None, None)], None),
    ("de", "Damit ist der Film von Regisseurin Anna Grünwald schon jetzt der erfolgreichste österreichische Kinofilm des Jahres.", True, [], None),
    ("de", "Am ersten Wochenende hatten knapp 41.000 Menschen die Komödie gesehen, ein Drittel davon in Wien.", True, [("ordinal", 1, None, None), ("count", 41000, None, "nearly"), ("fraction", 0.3333, None, None)], None),
    ("de", "Gefördert wurde die Produktion mit rund 3,2 Mio. Euro, unter anderem vom Österreichischen Filminstitut.", True, [("money", 3200000, "EUR", "about")], None),
    ("de", "Das Publikum habe offenbar Lust auf leichte Unterhaltung, hieß es beim Verleih.", False, [], None),
    ("de", "Die Kritik hatte den Film eher verhalten aufgenommen.", False, [], None),
    # --- Gletscherstudie (APA) ---
    ("de", "Innsbruck (APA) - Die Gletscher in den Ostalpen haben seit 1850 rund zwei Drittel ihres Volumens verloren.", True, [("year", 1850, None, None), ("fraction", 0.6667, None, "about")], None),
    ("de", "Zu diesem Ergebnis kommt eine im Fachjournal „Nature Communications“ veröffentlichte Studie eines Teams der Universität Innsbruck.", True, [], None),
    ("de", "Allein seit dem Jahr 2000 schrumpfte das Eisvolumen um ein Drittel, schreiben die Forscherinnen und Forscher.", True, [("year", 2000, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "Für die Studie werteten sie Messdaten von 4.372 Gletschern aus, die zum Teil bis in die 1950er-Jahre zurückreichen.", True, [("count", 4372, None, None)], None),
    ("de", "Bei anhaltender Erwärmung würden bis 2100 mehr als 90 Prozent der Gletscher in Österreich verschwinden, sagte Studienleiterin Johanna Pfurtscheller.", True, [("year", 2100, None, None), ("percent", 90, "%", "over")], "Johanna Pfurtscheller"),
    ("de", "Die Pasterze, der größte Gletscher Österreichs, zieht sich derzeit im Schnitt um rund 50 Meter pro Jahr zurück.", True, [("count", 50, None, "about")], None),
    ("de", "„Was wir sehen, ist ein Abschied in Zeitlupe“, sagte Pfurtscheller.", False, [], None),
    # --- Brand in Giesing (dpa) ---
    ("de", "München (dpa) - Bei einem Brand in einem Mehrfamilienhaus im Münchner Stadtteil Giesing sind in der Nacht zum Mittwoch 14 Menschen verletzt worden, drei von ihnen schwer.", True, [("count", 14, None, None), ("count", 3, None, None)], None),
    ("de", "Das Feuer war gegen 2.30 Uhr im Keller des sechsstöckigen Gebäudes ausgebrochen, teilte die Feuerwehr mit.", True, [("count", 6, None, None)], "die Feuerwehr"),
    ("de", "Die Einsatzkräfte retteten 23 Bewohner über Drehleitern aus den oberen Stockwerken.", True, [("count", 23, None, None)], None),
    ("de", "Unter den Verletzten ist auch ein acht Monate altes Baby.", True, [("duration", 8, "month", None)], None),
    ("de", "Den Sachschaden schätzt die Polizei auf mindestens 1,5 Millionen Euro.", True, [("money", 1500000, "EUR", "at_least")], None),
    ("de", "Die Kriminalpolizei hat die Ermittlungen zur Brandursache übernommen.", True, [], None),
    ("de", "„Überall war Rauch, man hat die Hand vor den Augen nicht gesehen“, schilderte eine Bewohnerin.", False, [], None),
    # --- Flughafen Wien im Oktober (APA) ---
    ("de", "Schwechat (APA) - Der Flughafen Wien hat im Oktober rund 2,9 Millionen Passagiere abgefertigt, um 4,8 Prozent mehr als im Vorjahresmonat.", True, [("count", 2900000, None, "about"), ("percent", 4.8, "%", None)], None),
    ("de", "Damit lag das Aufkommen erstmals in einem Oktober über dem Niveau des bisherigen Rekordjahres 2019, teilte die Flughafen Wien AG am Mittwoch mit.", True, [("year", 2019, None, None)], "die Flughafen Wien AG"),
    ("de", "Die Zahl der Flugbewegungen stieg um 2,3 Prozent auf 21.640.", True, [("percent", 2.3, "%", None), ("count", 21640, None, None)], None),
    ("de", "Die meisten Reisenden flogen nach Deutschland, gefolgt von Spanien und der Türkei.", True, [], None),
    ("de", "Für heuer erwartet der Flughafen nun insgesamt 32,5 Millionen Passagiere.", True, [("count", 32500000, None, None)], None),
    ("de", "Die AUA hatte zuletzt angekündigt, ab dem Sommerflugplan vier neue Ziele anzufliegen, darunter zweimal wöchentlich das norwegische Bergen.", True, [("count", 4, None, None), ("count", 2, None, None)], None),
    ("de", "Der Vorstand zeigte sich mit der Entwicklung „sehr zufrieden“.", False, [], None),
    # --- Misstrauensvotum in Paris (AFP) ---
    ("de", "Paris (AFP) - Die französische Regierung hat am Mittwoch ein Misstrauensvotum in der Nationalversammlung knapp überstanden.", True, [], None),
    ("de", "Für den Antrag der Linksparteien stimmten 271 Abgeordnete, nötig gewesen wären 289 der 577 Stimmen.", True, [("count", 271, None, None), ("count", 289, None, None), ("count", 577, None, None)], None),
    ("de", "Premierminister Étienne Marchal musste sich damit bereits das vierte Mal seit seinem Amtsantritt vor acht Monaten einem Misstrauensvotum stellen.", True, [("ordinal", 4, None, None), ("duration", 8, "month", None)], None),
    ("de", "Anlass war der Haushaltsentwurf für das kommende Jahr, der Einsparungen von rund 40 Milliarden Euro vorsieht.", True, [("money", 40000000000, "EUR", "about")], None),
    ("de", "Frankreichs Staatsschulden liegen bei etwa 116 Prozent der Wirtschaftsleistung.", True, [("percent", 116, "%", "about")], None),
    ("de", "Die Regierung will das Haushaltsdefizit im kommenden Jahr auf 4,7 Prozent des Bruttoinlandsprodukts drücken.", True, [("percent", 4.7, "%", None)], None),
    ("de", "„Diese Regierung lebt nur noch auf Abruf“, rief die Grünen-Fraktionschefin Camille Brunet unter dem Applaus der Linken.", False, [], None),
    # --- UK inflation (Reuters) ---
    ("en", "LONDON, Nov 19 (Reuters) - Britain's annual rate of consumer price inflation fell to 3.6% last month after 3.8% in September, official data showed on Wednesday.", True, [("date", "--11-19", None, None), ("percent", 3.6, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Economists surveyed by Reuters had forecast 3.7% on average.", True, [("percent", 3.7, "%", None)], None),
    ("en", "Price growth in the services sector, a key gauge for the Bank of England, cooled to 4.5% from 4.7%, the Office for National Statistics said.", True, [("percent", 4.5, "%", None), ("percent", 4.7, "%", None)], "the Office for National Statistics"),
    ("en", "Food prices rose 4.9% in the 12 months to October, the smallest increase since March.", True, [("percent", 4.9, "%", None), ("duration", 12, "month", None)], None),
    ("en", "Markets now see a roughly 70% chance that the BoE will cut Bank Rate to 3.75% from 4% at its Dec. 18 meeting.", True, [("percent", 70, "%", "about"), ("percent", 3.75, "%", None), ("percent", 4, "%", None), ("date", "--12-18", None, None)], None),
    ("en", "Sterling slipped 0.3% against the dollar to $1.3120 after the release.", True, [("percent", 0.3, "%", None), ("money", 1.312, "USD", None)], None),
    ("en", "\"Today's fall is welcome, but we know families are still feeling the squeeze,\" a Treasury spokesperson said.", False, [], None),
    # --- Senate confirms NATO envoy (AP) ---
    ("en", "WASHINGTON (AP) — The Senate voted 52-47 on Wednesday to confirm Diane Whitcombe as the next U.S. ambassador to NATO, ending a monthslong standoff over the nomination.", True, [("count", 52, None, None), ("count", 47, None, None)], None),
    ("en", "All but one Democrat voted against her, as did two Republicans.", True, [("count", 2, None, None), ("count", 1, None, None)], None),
    ("en", "Whitcombe, 61, a former deputy defense secretary, served two tours in Afghanistan as an Army reservist.", True, [("duration", 61, "year", None), ("count", 2, None, None)], None),
    ("en", "The post has been vacant for nearly 10 months, the State Department said.", True, [("duration", 10, "month", "nearly")], "the State Department"),
    ("en", "She is expected in Brussels ahead of a two-day meeting of alliance foreign ministers starting Dec. 3.", True, [("duration", 2, "day", None), ("date", "--12-03", None, None)], None),
    ("en", "\"She is exactly the wrong person at exactly the wrong time,\" Sen. Robert Kinsella, D-Ore., said on the Senate floor.", False, [], None),
    ("en", "It was not immediately clear when she would be sworn in.", False, [], None),
    # --- Russia calls off Istanbul talks (Reuters) ---
    ("en", "MOSCOW, Nov 19 (Reuters) - Russia has called off talks with Ukraine that had been scheduled for Thursday in Istanbul, Foreign Ministry spokeswoman Yelena Vorobyova said on Wednesday.", True, [("date", "--11-19", None, None)], "Yelena Vorobyova"),
    ("en", "Vorobyova cited a wave of Ukrainian drone strikes on the Belgorod region, which she said had killed three civilians since Sunday.", True, [("count", 3, None, None)], None),
    ("en", "It would have been the fourth round of direct talks since July.", True, [("ordinal", 4, None, None)], None),
    ("en", "The last round, in Istanbul on Oct. 2, produced an agreement to swap 1,200 prisoners from each side.", True, [("date", "--10-02", None, None), ("count", 1200, None, None)], None),
    ("en", "Ukraine's air force said 121 of the 143 drones Russia fired overnight, along with four missiles, had been shot down or jammed.", True, [("count", 143, None, None), ("count", 4, None, None), ("count", 121, None, None)], "Ukraine's air force"),
    ("en", "Russian forces hold just under a fifth of Ukrainian land, counting the Crimean peninsula annexed in 2014.", True, [("fraction", 0.2, None, "under"), ("year", 2014, None, None)], None),
    ("en", "\"Moscow is buying time with Ukrainian lives,\" Foreign Minister Andriy Hornychenko wrote on X.", False, [], None),
    # --- Cricket: first Test in Perth (Reuters) ---
    ("en", "PERTH, Nov 19 (Reuters) - Australia reached 287 for six at stumps on the opening day of the first Test against England on Wednesday.", True, [("date", "--11-19", None, None), ("count", 287, None, None), ("count", 6, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Opener Callum Reddaway made 112 off 198 balls, his third Test century, before he was caught at slip shortly before tea.", True, [("count", 112, None, None), ("count", 198, None, None), ("ordinal", 3, None, None)], None),
    ("en", "England paceman Josh Tillard took three for 54 in 19 overs.", True, [("count", 3, None, None), ("count", 54, None, None), ("count", 19, None, None)], None),
    ("en", "Play started 40 minutes late because of a wet outfield.", True, [("duration", 40, "minute", None)], None),
    ("en", "More than 52,000 spectators attended, a record for a Test at the stadium, organisers said.", True, [("count", 52000, None, "over")], "organisers"),
    ("en", "England have not won a Test in Australia since 2011.", True, [("year", 2011, None, None)], None),
    ("en", "\"It was a bit of a grind out there, but we'll take that,\" Reddaway told reporters.", False, [], None),
    # --- Typhoon in the Philippines (AFP) ---
    ("en", "MANILA (AFP) - Typhoon Marilag slammed into the eastern Philippines on Wednesday with sustained winds of 175 kilometres (110 miles) per hour, forcing more than 400,000 people from their homes.", True, [("count", 175, None, None), ("count", 110, None, None), ("count", 400000, None, "over")], None),
    ("en", "At least 12 people were killed, most of them in landslides in Samar province, the national disaster agency said.", True, [("count", 12, None, "at_least")], None),
    ("en", "Marilag is the 21st storm to hit the archipelago this year, which is lashed by an average of about 20 each year.", True, [("ordinal", 21, None, None), ("count", 20, None, "about")], None),
    ("en", "Some 3,800 passengers were stranded at ports after ferry services were suspended, the coast guard said.", True, [("count", 3800, None, "about")], "the coast guard"),
    ("en", "The government declared a state of calamity in four regions.", True, [("count", 4, None, None)], None),
    ("en", "Forecasters said the storm would weaken as it crossed into the South China Sea late on Thursday.", False, [], None),
    ("en", "\"We have lost everything, even our rice,\" said fisherman Rodel Bautista, 54, in Borongan.", False, [("duration", 54, "year", None)], None),
    # --- Care home manager jailed (PA) ---
    ("en", "LONDON (PA) - A former care home manager who stole more than £180,000 from elderly residents has been jailed for five years and four months.", True, [("money", 180000, "GBP", "over"), ("duration", 5, "year", None), ("duration", 4, "month", None)], None),
    ("en", "Sandra Hollings, 58, took money from the bank accounts of 11 residents over a period of almost four years, Southwark Crown Court heard.", True, [("duration", 58, "year", None), ("count", 11, None, None), ("duration", 4, "year", "nearly")], None),
    ("en", "One victim, a 91-year-old widow, lost her entire savings of £42,600.", True, [("count", 1, None, None), ("duration", 91, "year", None), ("money", 42600, "GBP", None)], None),
    ("en", "Hollings had pleaded guilty to 14 fraud charges at an earlier hearing, the Crown Prosecution Service said.", True, [("count", 14, None, None)], "the Crown Prosecution Service"),
    ("en", "Judge Peter Ashcombe ordered her to repay £96,000 within three months or serve a further 18 months in prison.", True, [("money", 96000, "GBP", None), ("duration", 3, "month", None), ("duration", 18, "month", None)], None),
    ("en", "\"You betrayed the trust of people who depended on you entirely,\" the judge told her.", False, [], None),
    ("en", "Families with concerns about a loved one's care are urged to raise them with the home or the council.", False, [], None),
    # --- Asteroid probe launched (AP) ---
    ("en", "KOUROU, French Guiana (AP) — Europe launched a probe on Wednesday on a seven-year journey to a metal-rich asteroid in the outer main belt.", True, [("duration", 7, "year", None)], None),
    ("en", "The Hermia spacecraft lifted off on an Ariane 6 rocket at 9:42 a.m. local time, the European Space Agency said.", True, [], "the European Space Agency"),
    ("en", "The mission cost about 620 million euros ($718 million), including the launch, ESA said.", True, [("money", 620000000, "EUR", "about"), ("money", 718000000, "USD", None)], "ESA"),
    ("en", "It is due to reach the 160-kilometer-wide asteroid in 2032 after two flybys of Mars and a gravity assist from Earth.", True, [("count", 160, None, None), ("year", 2032, None, None), ("count", 2, None, None)], None),
    ("en", "The probe carries nine instruments and weighs 2.4 tonnes fully fuelled.", True, [("count", 9, None, None), ("count", 2.4, None, None)], None),
    ("en", "It was the fourth Ariane 6 launch this year.", True, [("ordinal", 4, None, None)], None),
    ("en", "\"This is a journey back to the building blocks of worlds like ours,\" mission scientist Laura Feeney said.", False, [], None),
    # --- Chipmaker forecast (Reuters) ---
    ("en", "NEW YORK, Nov 19 (Reuters) - Ardentis Semiconductor on Wednesday projected fourth-quarter sales ahead of analysts' forecasts, and its shares rose 8% after the bell.", True, [("date", "--11-19", None, None), ("ordinal", 4, None, None), ("percent", 8, "%", None)], None),
    ("en", "The chipmaker sees revenue of $6.2 billion, plus or minus 2%, while analysts on average had expected $5.9 billion, according to data compiled by LSEG.", True, [("money", 6200000000, "USD", None), ("percent", 2, "%", None), ("money", 5900000000, "USD", None)], None),
    ("en", "Third-quarter revenue jumped 34% to $5.71 billion.", True, [("ordinal", 3, None, None), ("percent", 34, "%", None), ("money", 5710000000, "USD", None)], None),
    ("en", "Data center sales accounted for nearly two-thirds of the total, the company said.", True, [("fraction", 0.6667, None, "nearly")], "the company"),
    ("en", "Ardentis also unveiled a $5 billion stock repurchase plan and lifted its quarterly dividend by 4 cents to 36 cents a share.", True, [("money", 5000000000, "USD", None), ("money", 0.04, "USD", None), ("money", 0.36, "USD", None)], None),
    ("en", "Ardentis employs about 24,000 people in 19 countries.", True, [("count", 24000, None, "about"), ("count", 19, None, None)], None),
    ("en", "\"Demand for AI hardware has a long way to run,\" Chief Executive Grant Delrio said on a call with analysts.", False, [], None),
    ("en", "(Reporting by Priya Raman in Bengaluru; Editing by Tom Hogue)", False, [], None),
]
