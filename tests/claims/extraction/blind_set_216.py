"""Two-hundred-and-sixteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and firms are made up (Jörg
Taubenheim, Svenja Mertensacker, Petra Kowalczyk, Konrad Stiegler, Annegret Vollrath,
Rüdiger Hallbauer, Wolfram Eisenreich, Henning Brodersen, Falk Riedesel, Klaus Rennebaum,
Matthias Gräfenstein, Elisabeth Moosbrugger, Reinhold Pfandl, Herbert Stadlober, Franziska
Amrein, Simon Hüppi, Beat Rüegsegger, Marek Zielonka; Fiona Haldane, Marcus Eldridge, Erik
Lindwall, Oleg Varlamov, Birgit Hohlwein, Claire Beaudoin, Joost van Eerde; Wendelin
Wehrtechnik, Sejin Defence; every unnamed minister, general, spokesperson, diplomat,
official, pollster and party voice); ministers, generals, commissioners and office-holders
of real governments and forces appear under made-up names that stand for no real holder, or
by their role only ("der stellvertretende US-Verteidigungsminister", "der Präsident des
Reservistenverbands", "Der Präsident", "the NATO secretary general", "the defence
minister", "an Army spokesperson", "a senior defense official"). Real states, bodies,
parties, forces, places and weapon types (Bundestag, Haushaltsausschuss, Bundeswehr,
Luftwaffe, Marine, Beschaffungsamt, Wehrbeauftragte, Bundesregierung, Finanzministerium,
Wirtschaftsministerium, Union, Grüne, Linke, AfD, Forsa, Münchner Sicherheitskonferenz,
Hotel Bayerischer Hof, Oberverwaltungsgericht, Reservistenverband, Bundesheer, Ministerrat,
Aufbauplan, FPÖ, Armasuisse, Eidgenössische Finanzkontrolle, Payerne, SP, Nationalrat,
Ständerat, Bundesrat, Zivildienstverband, Streitkräfteministerium, La France insoumise,
Nato; NATO, the Ministry of Defence, the MoD, the Pentagon, Congress, the Government
Accountability Office, the U.S. Army, the Kremlin, the AfD, Warton, Koblenz; Eurofighter,
Tranche 5, Puma, M-346, F-35A, F/A-18, K2, Ajax, Type 26, F126, 212CD, IRIS-T SLM,
Patriot, Panzerhaubitze 2000, Leopard 2A8, Rafale, F-35, A-10, Typhoon) stand for the way
wire copy names them; every budget, order, price, delay, troop number, recruit, poll, vote
and quote here is invented, and where a real figure came to mind it was changed (the
alliance's 3.5 and 1.5 percent targets for 2035, the name of the 100-Milliarden-Euro-
Sondervermögen and three historical years - 1997, 1998, 2017 - kept).

Its weight: DEFENCE PROCUREMENT AND ARMED FORCES IN GERMAN-HEAVY COPY (the fiftieth and
hundred-twenty-second batches weighed defence half and half, and their decisions are
kept), about 65 per cent German, over about six weeks of one late winter (early February
to mid-March) in story order, 36 short stories with the English wires interleaved by date:
the Bundestag's budget committee clearing 27 projects and the Reuters take on it, the first
questionnaires of the new German military service, the Bundesheer's budget and jet
trainers, Poland's tank deal and border fortifications, the Swiss F-35A delay, the British
Army's strength and the Ajax and Type 26 delays, an arms maker's results, the
Wehrbeauftragte's annual report, NATO's capability targets, the Munich Security
Conference, the F126 frigates and two more submarines, U.S. Army recruiting and withheld
F-35 payments, Austrian Eurofighter scrambles, Swedish conscription, women at the Austrian
Stellung, a new shell plant, a Forsa poll on conscription, Swiss recruits lost to civilian
service, Russia's defence budget, Danish frigates, Austria's late air defence, IRIS-T for
Ukraine, the Ständerat's ammunition credit, the German draft budget and its NATO quota,
French Rafale orders, the Pentagon's request, late Leopard tanks, German reservists, the
procurement office's speed, Turkish Eurofighters, record German export licences, Canadian
submarines, Korean howitzers for Romania and a Dutch questionnaire. German as dpa, APA,
Keystone-SDA, AFP and Reuters write it (Austrian "Mrd.", "Mio.", "heuer", "Stellung",
"Ministerrat"; Swiss "Mia.", "21'400", "gutgeheissen", "liess", «» quotes; German „“
quotes), English as Reuters, AP and PA do. Figures as such copy has them: budgets, orders,
unit prices and credits in euros, francs, dollars, pounds, roubles, Danish crowns,
Canadian dollars and won; NATO quotas and shares of GDP; jets, tanks, frigates,
submarines, howitzers, shells, brigades, regiments, troops, recruits, conscripts and
reservists; delivery years and delays in months and years in every form ("mit rund 14
Monaten Verspätung", "mit zweijähriger Verspätung", "rund vier Jahre später als geplant",
"um mindestens sechs Monate", "mit rund eineinhalb Jahren Verspätung", "about eight months
behind schedule", "about seven years late", "at least 30 months behind schedule"); German
number words and compounds ("ein Dutzend", "fünfeinhalb Stunden", "die dritte
Sondersitzung", "14-Punkte-Katalog", "jeder siebte", "gut zwei Drittel", "viermal",
"dreitägigen", "vierstündiger", "zum fünften Mal in Folge", "im zweiten Quartal",
"100-Milliarden-Euro-Sondervermögen"); English multiples and shares ("a fourfold
increase", "nearly twice as much", "two dozen", "two-fifths", "a quarter", "a fifth"),
ages of cohorts, hours of flying, poll shares with a move in points, tallies, fieldwork
dates and datelines. Negatives as such copy has them: ministers' and generals' rhetoric
and verdicts in quotes (two with a figure), opposition and other-side labels (one with a
figure), pollsters' labels, an appeal, evasions, doubts and open questions (four with
figures) and a minister's quote with the size of his audience.

237 rows (153 German, 84 English), 56 negatives (34 German, 22 English), 181 check-worthy
rows of which 9 carry no figure (all German), 350 expected quantities (116 counts, 54
years, 52 amounts of money - 34 EUR, 9 USD, 4 CHF, 1 each in CAD, DKK, GBP, KRW and RUB -,
39 durations - 17 in years, 16 in months, 4 in hours, 2 in days -, 37 percentages - 36 in
%, 1 in percentage points -, 18 ordinals, 18 dates, 16 fractions; 10 of them in eight
negatives, as the seventeenth batch labels a figure in a negative), 38 checked speakers (21
German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a plan are check-worthy with the speaker their own attribution gives
  (fiftieth, hundred-twenty-second, two-hundred-and-ninth: Moosbrugger's 1.12 percent,
  Zielonka's third of the works, Eisenreich's 1,000 systems, Rüegsegger's 12'000), and with
  the speaker unchecked after a role or a firm behind a descriptive noun ("sagte ein
  Sprecher des Herstellers", "teilte der Hersteller mit"; hundred-twenty-second,
  two-hundred-and-ninth). A quoted or reported evaluation, verdict, label, slogan, resolve
  or piece of rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-twenty-second, two-hundred-and-fourth). Pairs
  from one speaker: Taubenheim's 60 billion euros, his 70,000 to 80,000 soldiers and his
  7,300 applications beside „Die Zeit, in der die Truppe den Mangel verwaltet hat, ist
  vorbei“, "Germany has woken up ...", his Ostflanke line, "Ukraine's air defence is
  Europe's air defence" and his „jede Granate ...“; Moosbrugger's 1.12 percent beside
  „Sicherheit gibt es nicht zum Sparpreis“ and her „Verstärkung“; Zielonka's tanks and his
  third beside his "insurance policy" and „Jeder Graben ...“; Amrein's 180 million francs
  beside «ärgerlich» and «Wer keine Munition hat ...»; Haldane's 14% beside her "broken"
  system and "a win for British jobs"; Gräfenstein's 1.4 million rounds beside „für ein
  Jahrzehnt, nicht für ein Quartal“ ("ein Jahrzehnt", "ein Quartal" none, as "a decade",
  hundred-twenty-second); Vollrath's report beside „Trendwende ...“ and „älter, kleiner und
  ungeduldiger“; Brodersen's two frigates beside „Wartestand“; Stadlober's decision date
  beside „leeres Versprechen“; Lindwall's shares and regiments beside "Total defence ...";
  Rüegsegger's shortfall beside «Jeder, der geht ...»; Varlamov's 1.32 million beside "a
  forced response"; Riedesel's 2028 beside „Ein halbes Jahr ...“; Hohlwein's 11 months
  beside "Speed is now a weapon ..."; Beaudoin's submarines beside "a frozen buffer"; van
  Eerde's 95,000 beside "the conversation".
- Opposition rhetoric and labels are negatives (hundred-twenty-second,
  two-hundred-and-fourth): „Einkaufszettel ohne Preisschild“, "a bonfire of taxpayers'
  money", „Wehrpflicht durch die Hintertür“, „viel zu zaghaft“ ("hält ... für" said of a
  party, hundred-twenty-second), „für Brüsseler Abenteuer aufzurüsten“, «Debakel mit
  Ansage», "a national humiliation", „Kriegstreiberei“ and „Angstmache ...“,
  „Paradebeispiel für verschleppte Beschaffung“, „auf Pump“, „Kriegswirtschaft auf Kosten
  der Rentner“, "a gift to contractors ...", „Rekord der Schande“, „Neutralitätsbruch mit
  Lieferverzug“, "the draft in disguise", one with its figure labelled (Hallbauer's „nach
  drei Jahren Zeitenwende“ 3 years); so are the other side's labels ("NATO's garrison
  state", "a forced response", "a party to the conflict"), a pollsters' label
  („Stimmungsumschwung in Zeitlupe“), an appeal naming no measure (the deputy secretary's
  „endlich selbst ... zu bezahlen“; two-hundred-and-fourth) and the minister's slogan
  „Wer unsere Ostflanke testet, ...“ with the 400 guests of its scene labelled (count 400
  "about"; two-hundredth: a figure in a negative is read as written). Positions of record
  stay check-worthy: the Left voting against all 27 bills (hundred-nineteenth,
  hundred-twenty-second), Spain rejecting the 3.5% target (two-hundred-and-fourth: a
  rejection of record), the Greens' motion to halve the credit defeated (hundred-forty-
  eighth: motions defeated) with its 0.5, the referendum announced (hundred-twenty-second)
  and the residents' lost suit.
- Forecasts, plans and threat assessments with a figure are check-worthy (seventh,
  hundred-twenty-second): Eisenreich's "ab 2029" (hundred-twenty-second: a threat
  assessment that names a date), the spring draft "expected to call up about 147,000",
  Rennebaum's interest bill, Kyiv's "at least 25 more" batteries (two-hundred-and-fourth: a
  demand with a figure). New: „Unionsfraktionsvize Konrad Stiegler sagte, ohne Pflicht
  werde die Bundeswehr ihr Ziel von 255.000 Soldaten ... nicht erreichen“ is check-worthy
  with count 255,000 and its speaker - an opposition forecast measured against a target of
  record is a forecast with a figure, not rhetoric. New: „„Ein halbes Jahr ist in der
  Beschaffung keine Katastrophe“, sagte Riedesel.“ is a negative with 0.5 years labelled
  (eleventh: "ein halbes Jahr" is 0.5 years) - a verdict on a delay, like "I'm
  confident we will hit 3%" (two-hundred-and-fourth), while the delay itself is the lead of
  its story ("um mindestens sechs Monate"). Without a figure a forecast is a negative
  (hundred-forty-eighth).
- Evasions, doubts and open questions are negatives with any figure labelled
  (hundred-twenty-second, two-hundred-and-fourth): „ließ Taubenheim offen“ (2031), «liess
  Amrein offen» (34), "remains unclear" (74,500 and 2030), „ist unklar“, „wollte Moosbrugger
  nicht sagen“, "Diplomats doubt ..." (3.5% and 2030; "a handful" none).
- Check-worthy without a figure (hundred-twenty-second, two-hundredth): the questionnaire
  compulsory for men only, the conscription clause of the law („heißt es im Gesetz“; terms
  of a law), the residents' lost suit, a poll's "knappe Mehrheit" ("knapp" hedges nothing
  without a figure), the Nationalrat's bill sent to the Ständerat in a named session, the
  referendum announced, a manufacturer's stated cause of a delay twice and the budget vote
  set for early July (sixty-fifth: a scheduled sitting).
- Delays are durations in every form the copy uses (hundred-fifth: "mit dreijähriger
  Verspätung" 3 years, "seven years later than promised"; hundred-sixteenth: "mit bis zu
  elf Monaten Verspätung"; hundred-twenty-fourth: "um mindestens eineinhalb Jahre" 1.5 years
  "at_least"; hundred-twenty-fifth: "delayed by at least two years"; tenth: "two years
  behind schedule"): "mit rund 14 Monaten Verspätung" and "mit rund zehn Monaten
  Verspätung" "about", "mit zweijähriger Verspätung" 2 years, "rund vier Jahre später als
  geplant" "about", "um mindestens sechs Monate" "at_least", "mit rund eineinhalb Jahren
  Verspätung" 1.5 years "about", "about eight months behind schedule", "about seven years
  late", "at least 30 months behind schedule" "at_least"; "a year later than planned" none
  (an article, hundred-second). Other durations: "fünfeinhalb Stunden" 5.5 hours
  (hundred-fifth: "fünfeinhalb Jahren"), "knapp vierstündiger Debatte" 4 hours "nearly"
  (the hedge before the compound bounds its number, hundred-sixteenth), "dreitägigen
  Konferenz" 3 days, "in der sechsmonatigen Probezeit" 6 months, "knapp 15 Monate lang"
  "nearly", "mindestens sechs Monate" "at_least", "noch mehr als 40 Jahre" "over", "in der
  Regel zwei Tage" 2 days ("in der Regel" no hedge, hundred-twenty-second), "in two years"
  2 years (hundred-second: "in five years"), "in the 12 months to October" and "in the 12
  months through Sept. 30" 12 months, "delivered over 11 months" ("over" before a span no
  hedge, fiftieth: "delivered over 42 months"), "at intervals of about 18 months", "to 11
  months from 19" and "to 12 months from six" both (the unit written once serves the later
  elliptic figure, hundred-twenty-second), "the largest in more than two decades" 20 years
  "over" and "in nearly two decades" 20 years "nearly" (hundred-thirty-fourth), "for 30
  years" in a negative. "112 Flugstunden, ... mindestens 180" are 112 and 180 hours, the
  second "at_least" (fiftieth: "Flugstunden" are hours; hundred-twenty-second: the elliptic
  unit). Ages are durations: "34,3 Jahre alt", "18- bis 29-Jährigen" two ages (two-
  hundredth: "1.034 Zehn- bis 17-Jährige"), "all 17-year-olds" ("all" no hedge), "älter
  als 50 Jahre" "over". New: "bis zum Alter von 60 Jahren" is 60 years with no qualifier -
  "bis zum Alter von" names the end of an age band as "im Alter von 38 bis 61 Jahren"
  (hundred-second) and "aged 18 to 30" (thirty-third) do; the hedge "bis zu" bounds an
  amount, not a band. None: "im kommenden Jahr", "im laufenden Jahr", "im Jahr davor",
  "ein Jahr zuvor", "binnen eines Jahres" (hundred-forty-eighth: "binnen eines Monats"),
  "im Monat", "im Jahr", "jährlich", "heuer", "seit Jahresbeginn", "this year", "next
  year", "last year", "last month", "a month", "over the next decade", "Anfang Juli",
  "Ende Dezember", "im Frühjahr", "im Sommer".
- Type designations carry no quantity, the figure inside them included (fiftieth; ninth):
  "F-35A-Kampfjets", "F/A-18", "Leopard 2A8", "IRIS-T SLM", "Typ 212CD", "Klasse F126",
  "M-346", "K2", "Type 26", "F-35", "A-10", "Eurofighter Typhoon", and "der Tranche 5"
  (fiftieth: a tranche names a production standard). "die Panzerhaubitze 2000" carries
  none (hundred-first: "zwölf Panzerhaubitzen 2000" count 12 only), while "im Kaliber 155
  Millimeter" is count 155 (fiftieth: calibres are counts).
- Counts (fiftieth, hundred-twenty-second): orders, troops, recruits, conscripts,
  reservists, shells, brigades and regiments as written, "ein Dutzend" 12 and "two dozen"
  24 (the issue), "Nur drei der Vorlagen" 3 ("Nur" no hedge; forty-first: a definite
  group), "alle 27 Vorlagen" 27, "15 weitere", "160 more", "four more", "at least 25 more"
  ("weitere", "more" after a figure no hedge; hundred-first), "zwei ihrer ältesten
  Fregatten" 2, "seven of them" 7 (the elliptic count, two-hundred-and-ninth),
  "132 Panzer ..., 96 davon", "the remaining 66" (no hedge, two-hundred-and-ninth: "the
  remaining four"), "von sechs auf 15" both, "mit 31 zu 12 Stimmen bei 2 Enthaltungen"
  three counts (sixty-fifth), "viermal" 4 ("bereits" no hedge; the issue), "einen
  14-Punkte-Katalog" 14 (the issue's "28-Punkte-Entwurf"), "rund 700 Kilometer langen" 700
  "about" (fourth: measures are counts), "a fourfold increase" 4 (hundred-ninety-ninth: "a
  fivefold jump"), "fast doppelt so viele" and "nearly twice as much" 2 "nearly"
  (hundred-eleventh). "mehr als verzwanzigfacht" and "fast verdoppeln" carry none (verbs;
  fiftieth: "fast verdoppelt", ninth: "verdreifacht"); "beiden" none (eighty-first), also
  after "ersten": "Die ersten beiden Boote" and "Die ersten beiden Feuereinheiten" are
  ordinal 1 only (hundred-twenty-second: "Die ersten acht Jets" 1 and 8). "a handful",
  "Tausende" none.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; fiftieth,
  hundred-twenty-second): "die dritte Sondersitzung" 3, "zum fünften Mal in Folge" 5, "im
  zweiten Quartal 2027" 2 with its year, "Auf Platz zwei" 2, "its second such contract"
  and "for the second straight year" 2, "Die erste von sechs neuen Fregatten" 1 and 6, "die
  ersten sechs Maschinen" 1 and 6, "Die ersten 24 Kampfpanzer" 1 and 24, "The first 18
  howitzers" 1 and 18, "The first of the Type 26 frigates", "the first boat", "The first
  ship", "The first tanks", "Die ersten Jets" and "ihre ersten F-35A-Kampfjets" 1.
  "Erstmals" none (ninety-third).
- Fractions (the issue; hundred-twenty-second): "Etwa jeder siebte" 0.1429 "about"
  (hundred-sixteenth: "About one in seven"), "knapp ein Drittel davon" 0.3333 "nearly",
  "ein Drittel der Arbeiten" 0.3333 ("bereits" no hedge), "Fast jeder vierte" 0.25
  "nearly", "etwa jeder fünfte ..., sogar fast jeder dritte" 0.2 "about" and 0.3333
  "nearly" ("sogar" no hedge), "um ein Viertel mehr" 0.25 ("um" no hedge), "gut zwei
  Drittel" 0.6667 "over", "knapp ein Viertel von ihnen" 0.25 "nearly", "um die Hälfte"
  0.5, "Knapp ein Fünftel des Etats" 0.2 "nearly", "Mehr als die Hälfte davon" 0.5 "over",
  "Etwa jeder dritte" 0.3333 "about", "Nearly two-fifths" 0.4 "nearly", "about a quarter"
  0.25 "about", "About a fifth" 0.2 "about".
- Shares of output and NATO quotas are percentages, "des BIP", "of GDP", "der
  Wirtschaftsleistung" and "Nato-Quote" carrying none (fiftieth, hundred-twenty-second):
  "1,12 Prozent", "ein Prozent des BIP" 1, "von einem Prozent des
  Bruttoinlandsprodukts" 1, "eine Nato-Quote von 2,7 Prozent", "auf 3,2 Prozent", "3.5% of
  GDP ... and a further 1.5%" ("a further" no hedge), "the 3.5% target", "4.6% of its GDP",
  "about 5.9% of economic output" "about", "to 3.2% of GDP by 2029 from 2.3%"; poll shares
  ("52 Prozent ..., 43 Prozent", "39 Prozent") and the move "um sieben Prozentpunkte" 7 pp
  (hundred-ninety-third: "3,2 Prozentpunkten"); "von 25 bis 30 Prozent" both (fiftieth:
  ranges).
- Money in the currency written (every batch): EUR ("rund 21,4 Milliarden Euro", "knapp
  4,9 Milliarden Euro" "nearly", "5,3 Mrd. Euro und damit um gut 420 Mio. Euro mehr" - "gut"
  "over", "um" no hedge, the "mehr als" after the figure comparing; hundred-twenty-second -,
  "insgesamt 18 Mrd. Euro" no hedge, "umgerechnet rund 2,4 Milliarden Euro" "about"
  ("umgerechnet" no hedge, hundred-seventeenth), "rund 2.350 Euro brutto im Monat",
  "knapp 27 Millionen Euro" for a unit price (hundred-twenty-second: unit prices), "a 3.2
  billion euro package", "more than 45 billion euros" "over", "aus dem
  100-Milliarden-Euro-Sondervermögen" 1e11 EUR (hundred-twenty-second)), CHF ("rund 6,4 Mia.
  Franken", "bis zu 1,1 Mia. Franken" "up_to", "rund 180 Mio. Franken", "1,2 Milliarden
  Franken"), USD ("$5.9 billion", "about $4.2 million per jet" - "per jet" none, as "a
  round" -, "$938 billion", "a combined $612 billion" - "combined" no hedge, two-hundredth
  -, "$19.6 billion ..., up from $15.8 billion"), GBP ("about 6.1 billion pounds"), RUB
  ("12.4 trillion roubles"), DKK ("48 billion Danish crowns ($7 billion)"; hundred-twenty-
  fifth), CAD ("up to C$27 billion" "up_to"; fiftieth: "C$19 billion"), KRW ("2.1 trillion
  won ($1.5 billion)"; fiftieth: "4.1 trillion won"); the converted figure in brackets with
  no hedge ("about 21.4 billion euros ($23.1 billion)"; hundred-twenty-second). New: "von
  ursprünglich 4,6 auf inzwischen gut 9 Milliarden Euro" gives 4.6e9 EUR with no hedge and
  9e9 EUR "over" - a "von ... auf" move with the scale and currency written once is read as
  a range is ("350 bis 420 Millionen Euro", hundred-twenty-second; "von sechs auf acht
  Monate"), "ursprünglich" and "inzwischen" hedging nothing. New: "9,8 Milliarden Euro ...,
  eine Milliarde mehr als bisher geplant" gives a second amount of 1e9 EUR - "eine
  Milliarde" is the figure one with its scale, not an article as in "a year", and the
  currency written once serves the elliptic amount (hundred-seventeenth).
- Years and dates: delivery and target years as written ("ab 2031", "bis Ende 2032", "im
  Frühjahr 2028", "Statt im Sommer 2027", "2032 und 2033" both, "bis 2030", "by 2035",
  "in 2029", "since 2017", "in 1998", "in 1997", "seit Februar 2022", "in 2022 and 2023"
  both); "des Jahrgangs 2008" 2008 (hundred-twenty-second: a cohort named by its year);
  "frühestens 2030", "bis Ende 2028" and "no later than 2035" the year with no qualifier
  (fiftieth: "bis spätestens 2030"; hundred-fifth: "no later than 2031"); "am 1. Januar"
  --01-01, "am 1. Juli" --07-01, "on April 1" --04-01, "through Sept. 30" --09-30, the
  fieldwork dates "vom 10. bis 12. Februar" --02-10 and --02-12 (two-hundredth: "vom 6. bis
  9. März"); Reuters English datelines with a day ("BERLIN, Feb 4", "WARSAW, Feb 9",
  "BRUSSELS, Feb 12", "STOCKHOLM, Feb 17", "MOSCOW, Feb 20", "COPENHAGEN, Feb 24", "BERLIN,
  Feb 26", "BERLIN, March 4", "ANKARA, March 5", "OTTAWA, March 9", "SEOUL, March 10", "THE
  HAGUE, March 11") dates without a year; dpa (also "dpa/lni"), APA, Keystone-SDA, AFP
  German, Reuters German, AP ("WASHINGTON (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "Etwa", "about", "About" "about";
  "knapp", "Knapp", "fast", "Fast", "nearly", "Nearly" "nearly"; "gut", "mehr als", "Mehr
  als", "älter als", "more than" "over"; "bis zu", "up to" "up_to"; "mindestens", "at
  least" "at_least". No hedge: "insgesamt", "umgerechnet", "nur", "Nur", "bereits",
  "sogar", "weitere", "more", "a further", "combined", "alle", "all", "the remaining", "um"
  before a difference, "im Schnitt", "in der Regel", "ursprünglich", "inzwischen",
  "zusätzlich", "frühestens", "no later than", "over" before a span, "weniger als" and
  "mehr als" after a figure.
- Speakers, checked only in forms the earlier batches settled: "X sagte, ..." opening the
  row with the title dropped ("Taubenheim sagte" twice, "Unionsfraktionsvize Konrad
  Stiegler sagte", "Vizeverteidigungsminister Marek Zielonka sagte", "Amrein sagte",
  "Vorstandschef Matthias Gräfenstein sagte", "Marineinspekteur Henning Brodersen sagte",
  "Generalinspekteur Wolfram Eisenreich sagte", "Finanzminister Klaus Rennebaum sagte",
  "Heeresinspekteur Falk Riedesel sagte"; fiftieth: military ranks and inspectors' titles
  dropped as "Generalinspekteur", hundred-twenty-second, two-hundred-and-ninth); "sagte
  Verteidigungsministerin Elisabeth Moosbrugger am Dienstag nach dem Ministerrat" (the
  weekday and the occasion dropped as "im Rat", hundred-twenty-second), "sagte
  Generalstabschef Herbert Stadlober", "sagte Armeechef Beat Rüegsegger", "so Eisenreich";
  "nach Angaben des Verteidigungsministeriums" and "nach Angaben des Beschaffungsamts" the
  source in the nominative (fiftieth), "teilte Armasuisse am Donnerstag mit" ->
  "Armasuisse", "teilte das Bundesheer mit", "teilte das Verteidigungsministerium mit",
  "teilte das Verteidigungsministerium in Wien mit" (the place dropped,
  hundred-seventeenth), "teilte das Streitkräfteministerium mit". English: "Defence
  Minister Jörg Taubenheim told reporters" and "Varlamov told reporters"
  (two-hundred-and-fourth), "Deputy Defence Minister Marek Zielonka said on Monday",
  "Defence Secretary Fiona Haldane said", "Defence Minister Erik Lindwall said", "Defence
  Minister Claire Beaudoin said on Monday, calling it ...", "Defence State Secretary Joost
  van Eerde said on Wednesday" the name with the title and the weekday dropped; "Zielonka
  said", "Lindwall said", "Birgit Hohlwein said", "Beaudoin said", "Van Eerde said" as
  written; "the MoD said" twice -> "the MoD", "the defence ministry said on Tuesday" and
  "... on Thursday" -> "the defence ministry", "the company said" (hundred-twenty-second).
  Left unchecked (None): roles and descriptions ("sagte ein Sprecher des Herstellers",
  "teilte der Hersteller mit", "its president told Reuters", "South Korean arms maker
  Sejin Defence said", "the British government said", "the government said"), documents,
  data and estimates ("heißt es im Gesetz", "wie aus dem Jahresbericht ... hervorgeht",
  "wie aus dem Haushaltsentwurf ... hervorgeht", "nach Branchenschätzungen", "nach
  Unternehmensangaben", "einer Umfrage zufolge", "Ministry of Defence figures show", "the
  figures show", "finance ministry data show", "according to defence ministry data",
  "according to government figures", "according to union figures", "according to a NATO
  document seen by Reuters", "NATO estimates", "Western officials estimate", "a government
  watchdog found", "the Government Accountability Office reported"), every "according to"
  (two-hundred-and-fourth), "wie das Wirtschaftsministerium auf Anfrage mitteilte"
  (two-hundred-and-fourth), plural sources ("nach Angaben der Veranstalter", "diplomats
  said", "British officials said", "Kyiv says"), verbs that are not of saying
  ("angekündigt", "rechnet", "veranschlagt", "verwies darauf", "zählte", "legte ... vor"),
  rows without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_216 = [
    # --- Haushaltsausschuss billigt Rüstungsvorhaben (dpa) ---
    (
        "de",
        "Berlin (dpa) - Grünes Licht für 27 Rüstungsvorhaben: Der Haushaltsausschuss des Bundestags hat am Mittwoch Projekte mit einem Gesamtvolumen von rund 21,4 Milliarden Euro gebilligt.",
        True,
        [("count", 27, None, None), ("money", 21400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Größter Einzelposten sind 15 weitere Eurofighter der Tranche 5 für knapp 4,9 Milliarden Euro, die ab 2031 an die Luftwaffe gehen sollen.",
        True,
        [("count", 15, None, None), ("money", 4900000000, "EUR", "nearly"), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Außerdem gaben die Abgeordneten Geld für 110 Schützenpanzer vom Typ Puma, ein Dutzend Transporthubschrauber und 6.500 Panzerabwehrwaffen frei.",
        True,
        [("count", 110, None, None), ("count", 12, None, None), ("count", 6500, None, None)],
        None,
    ),
    (
        "de",
        "Nur drei der Vorlagen werden noch aus dem 100-Milliarden-Euro-Sondervermögen bezahlt, alle übrigen aus dem regulären Verteidigungsetat.",
        True,
        [("count", 3, None, None), ("money", 100000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es war bereits die dritte Sondersitzung des Ausschusses in diesem Jahr, die Beratungen dauerten fünfeinhalb Stunden.",
        True,
        [("ordinal", 3, None, None), ("duration", 5.5, "hour", None)],
        None,
    ),
    (
        "de",
        "„Die Zeit, in der die Truppe den Mangel verwaltet hat, ist vorbei“, sagte Verteidigungsminister Jörg Taubenheim.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Taubenheim sagte, bis Jahresende wolle sein Ministerium Verträge über weitere 60 Milliarden Euro unterschreiben.",
        True,
        [("money", 60000000000, "EUR", None)],
        "Taubenheim",
    ),
    (
        "de",
        "Die Grünen-Haushälterin Svenja Mertensacker sprach von einem „Einkaufszettel ohne Preisschild“.",
        False,
        [],
        None,
    ),
    ("de", "Als einzige Fraktion votierte die Linke gegen alle 27 Vorlagen.", True, [("count", 27, None, None)], None),
    (
        "de",
        "Ob die Industrie die Jets tatsächlich ab 2031 liefern kann, ließ Taubenheim offen.",
        False,
        [("year", 2031, None, None)],
        None,
    ),
    # --- German lawmakers approve arms projects (Reuters) ---
    (
        "en",
        "BERLIN, Feb 4 (Reuters) - German lawmakers on Wednesday approved 27 weapons projects worth about 21.4 billion euros ($23.1 billion), including 15 more Eurofighter jets.",
        True,
        [
            ("date", "--02-04", None, None),
            ("count", 27, None, None),
            ("money", 21400000000, "EUR", "about"),
            ("money", 23100000000, "USD", None),
            ("count", 15, None, None),
        ],
        None,
    ),
    (
        "en",
        "Germany's defence budget is set to rise to 97 billion euros next year, or 2.7% of gross domestic product, from 83 billion euros this year.",
        True,
        [("money", 97000000000, "EUR", None), ("percent", 2.7, "%", None), ("money", 83000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Defence Minister Jörg Taubenheim told reporters the Bundeswehr would need between 70,000 and 80,000 additional soldiers to meet its NATO commitments.",
        True,
        [("count", 70000, None, None), ("count", 80000, None, None)],
        "Jörg Taubenheim",
    ),
    ("en", '"Germany has woken up, and it is not going back to sleep," Taubenheim said.', False, [], None),
    (
        "en",
        "Under targets agreed at a NATO summit, every ally is meant to devote 3.5% of GDP to core military spending and a further 1.5% to related infrastructure by 2035.",
        True,
        [("percent", 3.5, "%", None), ("percent", 1.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    ("en", 'The far-right AfD called the purchases "a bonfire of taxpayers\' money."', False, [], None),
    # --- Neuer Wehrdienst: Fragebogen an den Jahrgang 2008 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr hat seit Jahresbeginn rund 310.000 junge Männer und Frauen des Jahrgangs 2008 angeschrieben und nach ihrer Bereitschaft zum Wehrdienst gefragt.",
        True,
        [("count", 310000, None, "about"), ("year", 2008, None, None)],
        None,
    ),
    (
        "de",
        "Das neue Wehrdienstgesetz war am 1. Januar in Kraft getreten.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    ("de", "Für Männer ist das Ausfüllen des Fragebogens Pflicht, für Frauen freiwillig.", True, [], None),
    (
        "de",
        "Bislang haben nach Angaben des Verteidigungsministeriums knapp 41 Prozent der angeschriebenen Männer geantwortet.",
        True,
        [("percent", 41, "%", "nearly")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Etwa jeder siebte von ihnen kann sich demnach einen Dienst in der Truppe vorstellen.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "Die Musterung des Jahrgangs 2008 beginnt am 1. Juli.",
        True,
        [("year", 2008, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr traten 14.850 Freiwillige ihren Wehrdienst an, rund 2.400 mehr als im Jahr davor.",
        True,
        [("count", 14850, None, None), ("count", 2400, None, "about")],
        None,
    ),
    (
        "de",
        "Ziel sind 18.500 Freiwillige im laufenden Jahr und ab 2029 jährlich mindestens 37.000.",
        True,
        [("count", 18500, None, None), ("year", 2029, None, None), ("count", 37000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Dienst dauert mindestens sechs Monate, der Sold steigt auf rund 2.350 Euro brutto im Monat.",
        True,
        [("duration", 6, "month", "at_least"), ("money", 2350, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Reichen die Zahlen nicht, kann der Bundestag eine Bedarfswehrpflicht beschließen, heißt es im Gesetz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das ist die Wehrpflicht durch die Hintertür“, sagte die Linken-Abgeordnete Petra Kowalczyk.",
        False,
        [],
        None,
    ),
    ("de", "Die Union hält das Gesetz dagegen für „viel zu zaghaft“.", False, [], None),
    (
        "de",
        "Unionsfraktionsvize Konrad Stiegler sagte, ohne Pflicht werde die Bundeswehr ihr Ziel von 255.000 Soldaten einschließlich Reserve nicht erreichen.",
        True,
        [("count", 255000, None, None)],
        "Konrad Stiegler",
    ),
    # --- Heeresbudget steigt (APA) ---
    (
        "de",
        "Wien (APA) - Für das Bundesheer sind im nächsten Jahr 5,3 Mrd. Euro budgetiert und damit um gut 420 Mio. Euro mehr als heuer.",
        True,
        [("money", 5300000000, "EUR", None), ("money", 420000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Anteil an der Wirtschaftsleistung steige damit auf 1,12 Prozent, sagte Verteidigungsministerin Elisabeth Moosbrugger am Dienstag nach dem Ministerrat.",
        True,
        [("percent", 1.12, "%", None)],
        "Elisabeth Moosbrugger",
    ),
    (
        "de",
        "Bis Ende 2032 sind im Aufbauplan Investitionen von insgesamt 18 Mrd. Euro vorgesehen, knapp ein Drittel davon für die Luftabwehr.",
        True,
        [("year", 2032, None, None), ("money", 18000000000, "EUR", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das Heer zählt derzeit rund 14.200 Berufssoldatinnen und Berufssoldaten, etwa 1.600 Planstellen sind unbesetzt.",
        True,
        [("count", 14200, None, "about"), ("count", 1600, None, "about")],
        None,
    ),
    ("de", "„Sicherheit gibt es nicht zum Sparpreis“, sagte Moosbrugger.", False, [], None),
    (
        "de",
        "FPÖ-Wehrsprecher Reinhold Pfandl warf der Regierung vor, das Heer „für Brüsseler Abenteuer aufzurüsten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die zehn neuen Schulflugzeuge vom Typ M-346 treffen mit rund 14 Monaten Verspätung erst im Frühjahr 2028 ein.",
        True,
        [("count", 10, None, None), ("duration", 14, "month", "about"), ("year", 2028, None, None)],
        None,
    ),
    # --- Poland signs tank deal (Reuters) ---
    (
        "en",
        "WARSAW, Feb 9 (Reuters) - Poland has signed a $5.9 billion deal for 160 more K2 tanks, its second such contract in two years, Deputy Defence Minister Marek Zielonka said on Monday.",
        True,
        [
            ("date", "--02-09", None, None),
            ("money", 5900000000, "USD", None),
            ("count", 160, None, None),
            ("ordinal", 2, None, None),
            ("duration", 2, "year", None),
        ],
        "Marek Zielonka",
    ),
    (
        "en",
        "About 50 of the tanks will be assembled at a plant in southern Poland, Zielonka said.",
        True,
        [("count", 50, None, "about")],
        "Zielonka",
    ),
    (
        "en",
        "The first tanks from the new order are due in 2027, while deliveries under the earlier deal are running about eight months behind schedule.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("duration", 8, "month", "about")],
        None,
    ),
    (
        "en",
        "Poland plans to spend 4.6% of its GDP on defence this year, more than any other NATO member.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    ("en", '"These tanks are the best insurance policy Poland has ever bought," Zielonka said.', False, [], None),
    (
        "en",
        "Poland's armed forces have grown to about 207,000 soldiers, including territorial defence volunteers, according to defence ministry data.",
        True,
        [("count", 207000, None, "about")],
        None,
    ),
    (
        "en",
        "Russia's embassy in Warsaw accused Poland of turning itself into \"NATO's garrison state.\"",
        False,
        [],
        None,
    ),
    # --- Polen baut Grenzbefestigungen aus (AFP) ---
    (
        "de",
        "Warschau (AFP) - Polen will für den Ausbau seiner Befestigungen an der Grenze zu Russland und Belarus bis 2028 umgerechnet rund 2,4 Milliarden Euro ausgeben.",
        True,
        [("year", 2028, None, None), ("money", 2400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Entlang der rund 700 Kilometer langen Grenze sollen Panzersperren, Gräben und Beobachtungsposten entstehen.",
        True,
        [("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "Vizeverteidigungsminister Marek Zielonka sagte, ein Drittel der Arbeiten sei bereits abgeschlossen.",
        True,
        [("fraction", 0.3333, None, None)],
        "Marek Zielonka",
    ),
    ("de", "„Jeder Graben an dieser Grenze schützt ganz Europa“, sagte Zielonka.", False, [], None),
    (
        "de",
        "Auch Litauen, Lettland und Estland bauen an ihren Grenzen insgesamt mehr als 1.000 Bunker.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    # --- F-35A kommen später (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz erhält ihre ersten F-35A-Kampfjets mit rund zehn Monaten Verspätung.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "month", "about")],
        None,
    ),
    (
        "de",
        "Statt im Sommer 2027 sollen die ersten sechs Maschinen erst im Frühjahr 2028 in Payerne landen, teilte Armasuisse am Donnerstag mit.",
        True,
        [("year", 2027, None, None), ("ordinal", 1, None, None), ("count", 6, None, None), ("year", 2028, None, None)],
        "Armasuisse",
    ),
    (
        "de",
        "Insgesamt hat die Schweiz 34 Jets zu einem Preis von rund 6,4 Mia. Franken bestellt.",
        True,
        [("count", 34, None, None), ("money", 6400000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Eidgenössische Finanzkontrolle hatte Mehrkosten von bis zu 1,1 Mia. Franken veranschlagt.",
        True,
        [("money", 1100000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "«Die Verspätung ist ärgerlich, aber sie gefährdet unsere Luftverteidigung nicht», sagte Verteidigungsministerin Franziska Amrein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amrein sagte, die F/A-18 würden deshalb bis Ende 2032 weiterbetrieben, was zusätzlich rund 180 Mio. Franken koste.",
        True,
        [("year", 2032, None, None), ("money", 180000000, "CHF", "about")],
        "Amrein",
    ),
    ("de", "SP-Nationalrat Simon Hüppi sprach von einem «Debakel mit Ansage».", False, [], None),
    (
        "de",
        "Das Armeebudget soll bis 2031 auf ein Prozent des BIP steigen, derzeit liegt es bei 0,76 Prozent.",
        True,
        [("year", 2031, None, None), ("percent", 1, "%", None), ("percent", 0.76, "%", None)],
        None,
    ),
    ("de", "Ob der Bundesrat an allen 34 Jets festhält, liess Amrein offen.", False, [("count", 34, None, None)], None),
    # --- British Army shrinks again (PA) ---
    (
        "en",
        "LONDON (PA) - The British Army has shrunk to 69,940 trained regular soldiers, its smallest since the Napoleonic wars, Ministry of Defence figures show.",
        True,
        [("count", 69940, None, None)],
        None,
    ),
    (
        "en",
        "The army lost 9,340 regulars in the 12 months to October while recruiting 7,610, the figures show.",
        True,
        [("count", 9340, None, None), ("duration", 12, "month", None), ("count", 7610, None, None)],
        None,
    ),
    (
        "en",
        "Defence Secretary Fiona Haldane said applications had risen by 14% since recruitment was brought back in-house last spring.",
        True,
        [("percent", 14, "%", None)],
        "Fiona Haldane",
    ),
    (
        "en",
        "Nearly two-fifths of applicants dropped out before starting basic training, the MoD said.",
        True,
        [("fraction", 0.4, None, "nearly")],
        "the MoD",
    ),
    ("en", '"We inherited a recruitment system that was broken, and we are fixing it," Haldane said.', False, [], None),
    (
        "en",
        "The Ajax armoured vehicle, ordered in 2012, reached full operating capability only last month, about seven years late.",
        True,
        [("year", 2012, None, None), ("duration", 7, "year", "about")],
        None,
    ),
    (
        "en",
        "The first of the Type 26 frigates is now expected to enter service in 2029, a year later than planned, the MoD said.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "the MoD",
    ),
    ("en", 'Shadow Defence Secretary Marcus Eldridge called the figures "a national humiliation."', False, [], None),
    (
        "en",
        "Whether the army can reach its target of 74,500 soldiers by 2030 remains unclear.",
        False,
        [("count", 74500, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Wendelin Wehrtechnik mit Rekordumsatz (Reuters) ---
    (
        "de",
        "Düsseldorf (Reuters) - Der Rüstungskonzern Wendelin Wehrtechnik hat seinen Umsatz im vergangenen Jahr um 31 Prozent auf 12,8 Milliarden Euro gesteigert.",
        True,
        [("percent", 31, "%", None), ("money", 12800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Auftragsbestand erreichte Ende Dezember mit 83 Milliarden Euro einen Rekordwert.",
        True,
        [("money", 83000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr peilt der Konzern ein Umsatzplus von 25 bis 30 Prozent an.",
        True,
        [("percent", 25, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Matthias Gräfenstein sagte, die Munitionsfertigung werde bis 2027 auf 1,4 Millionen Schuss im Jahr steigen.",
        True,
        [("year", 2027, None, None), ("count", 1400000, None, None)],
        "Matthias Gräfenstein",
    ),
    ("de", "„Wir bauen Kapazitäten für ein Jahrzehnt, nicht für ein Quartal“, sagte Gräfenstein.", False, [], None),
    ("de", "Die Aktie hat sich seit Februar 2022 mehr als verzwanzigfacht.", True, [("year", 2022, None, None)], None),
    (
        "de",
        "Der Konzern beschäftigt weltweit rund 38.000 Menschen, 6.000 mehr als ein Jahr zuvor.",
        True,
        [("count", 38000, None, "about"), ("count", 6000, None, None)],
        None,
    ),
    # --- Jahresbericht der Wehrbeauftragten (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der aktiven Soldatinnen und Soldaten ist im vergangenen Jahr um gut 1.100 auf 182.860 gestiegen, wie aus dem Jahresbericht der Wehrbeauftragten Annegret Vollrath hervorgeht.",
        True,
        [("count", 1100, None, "over"), ("count", 182860, None, None)],
        None,
    ),
    ("de", "Vollrath sprach von einer „Trendwende, die weiter auf sich warten lässt“.", False, [], None),
    (
        "de",
        "Im Schnitt sind die Soldatinnen und Soldaten inzwischen 34,3 Jahre alt.",
        True,
        [("duration", 34.3, "year", None)],
        None,
    ),
    (
        "de",
        "Fast jeder vierte neu eingestellte Rekrut verließ die Truppe noch in der sechsmonatigen Probezeit.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "In der Marine ist etwa jeder fünfte Dienstposten unbesetzt, bei IT-Spezialisten sogar fast jeder dritte.",
        True,
        [("fraction", 0.2, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Sanierung der rund 1.500 Kasernen und Liegenschaften würde beim bisherigen Tempo noch mehr als 40 Jahre dauern.",
        True,
        [("count", 1500, None, "about"), ("duration", 40, "year", "over")],
        None,
    ),
    (
        "de",
        "Wegen maroder Unterkünfte gingen bei Vollrath 412 Eingaben ein, fast doppelt so viele wie ein Jahr zuvor.",
        True,
        [("count", 412, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Sie legte zudem einen 14-Punkte-Katalog vor, mit dem der Dienst attraktiver werden soll.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Die Truppe wird älter, kleiner und ungeduldiger“, sagte Vollrath bei der Vorstellung des Berichts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Taubenheim sagte, im Januar seien 7.300 Bewerbungen eingegangen, ein Plus von 18 Prozent.",
        True,
        [("count", 7300, None, None), ("percent", 18, "%", None)],
        "Taubenheim",
    ),
    (
        "de",
        "Der AfD-Verteidigungspolitiker Rüdiger Hallbauer nannte den Bericht „ein Armutszeugnis nach drei Jahren Zeitenwende“.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- NATO defence ministers set targets (Reuters) ---
    (
        "en",
        "BRUSSELS, Feb 12 (Reuters) - NATO defence ministers on Thursday approved new capability targets that call for a fourfold increase in ground-based air defence.",
        True,
        [("date", "--02-12", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Allies will also have to field about 35 additional brigades over the next decade, diplomats said.",
        True,
        [("count", 35, None, "about")],
        None,
    ),
    (
        "en",
        "Germany alone is expected to provide seven of them, according to a NATO document seen by Reuters.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "NATO estimates that European allies and Canada spent a combined $612 billion on defence last year, up 17%.",
        True,
        [("money", 612000000000, "USD", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        '"No one should mistake our patience for weakness," the NATO secretary general told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Spain again rejected the 3.5% target, arguing that 2.2% of GDP was enough for Madrid to deliver what NATO asks of it.",
        True,
        [("percent", 3.5, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        "Diplomats doubt that more than a handful of allies will reach 3.5% before 2030.",
        False,
        [("percent", 3.5, "%", None), ("year", 2030, None, None)],
        None,
    ),
    # --- Sicherheitskonferenz in München (dpa) ---
    (
        "de",
        "München (dpa) - Verteidigungsminister Jörg Taubenheim hat auf der Münchner Sicherheitskonferenz eine Aufstockung der deutschen Truppen in Litauen auf bis zu 5.500 Soldaten angekündigt.",
        True,
        [("count", 5500, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Wer unsere Ostflanke testet, wird auf deutsche Soldaten treffen“, sagte Taubenheim vor rund 400 Gästen im Hotel Bayerischer Hof.",
        False,
        [("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Generalinspekteur Wolfram Eisenreich sagte, Russland könne ab 2029 in der Lage sein, ein Nato-Land anzugreifen.",
        True,
        [("year", 2029, None, None)],
        "Wolfram Eisenreich",
    ),
    (
        "de",
        "Dafür brauche die Truppe unter anderem rund 1.000 zusätzliche Flugabwehrsysteme kurzer Reichweite, so Eisenreich.",
        True,
        [("count", 1000, None, "about")],
        "Eisenreich",
    ),
    (
        "de",
        "Die AfD sprach von „Kriegstreiberei“, die Linke von „Angstmache im Dienst der Rüstungsindustrie“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der dreitägigen Konferenz nahmen nach Angaben der Veranstalter rund 50 Staats- und Regierungschefs sowie mehr als 90 Ministerinnen und Minister teil.",
        True,
        [("duration", 3, "day", None), ("count", 50, None, "about"), ("count", 90, None, "over")],
        None,
    ),
    (
        "de",
        "Der stellvertretende US-Verteidigungsminister forderte die Europäer auf, „endlich selbst für ihre Sicherheit zu bezahlen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Er verwies darauf, dass die USA derzeit rund 84.000 Soldaten in Europa stationiert haben.",
        True,
        [("count", 84000, None, "about")],
        None,
    ),
    # --- Fregatten verspäten sich weiter (dpa) ---
    (
        "de",
        "Kiel (dpa) - Die erste von sechs neuen Fregatten der Klasse F126 wird frühestens 2030 an die Marine übergeben und damit rund vier Jahre später als geplant.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 6, None, None),
            ("year", 2030, None, None),
            ("duration", 4, "year", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Kosten für das Programm sind nach Angaben des Beschaffungsamts von ursprünglich 4,6 auf inzwischen gut 9 Milliarden Euro gestiegen.",
        True,
        [("money", 4600000000, "EUR", None), ("money", 9000000000, "EUR", "over")],
        "das Beschaffungsamt",
    ),
    (
        "de",
        "Marineinspekteur Henning Brodersen sagte, die Marine werde deshalb zwei ihrer ältesten Fregatten bis 2031 weiter betreiben.",
        True,
        [("count", 2, None, None), ("year", 2031, None, None)],
        "Henning Brodersen",
    ),
    (
        "de",
        "„Eine Marine, die auf ihre Schiffe wartet, ist eine Marine im Wartestand“, sagte Brodersen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auch die drei neuen Flottendienstboote gehen mit zweijähriger Verspätung erst 2028 in Dienst.",
        True,
        [("count", 3, None, None), ("duration", 2, "year", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Zugleich bestellte der Bund zwei weitere U-Boote vom Typ 212CD für 1,9 Milliarden Euro, womit die Flotte auf zehn Boote anwächst.",
        True,
        [("count", 2, None, None), ("money", 1900000000, "EUR", None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die ersten beiden Boote sollen 2032 und 2033 geliefert werden.",
        True,
        [("ordinal", 1, None, None), ("year", 2032, None, None), ("year", 2033, None, None)],
        None,
    ),
    ("de", "Die Grünen sprachen von einem „Paradebeispiel für verschleppte Beschaffung“.", False, [], None),
    ("de", "Wie viele Besatzungen die Marine für die neuen Schiffe ausbilden kann, ist unklar.", False, [], None),
    # --- Army recruiting, F-35 payments (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. Army signed up 58,600 recruits in the 12 months through Sept. 30, topping its goal of 57,000 for the second straight year.",
        True,
        [
            ("count", 58600, None, None),
            ("duration", 12, "month", None),
            ("date", "--09-30", None, None),
            ("count", 57000, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Recruiting shortfalls in 2022 and 2023 had left the Army about 25,000 soldiers short of its goals.",
        True,
        [("year", 2022, None, None), ("year", 2023, None, None), ("count", 25000, None, "about")],
        None,
    ),
    (
        "en",
        '"The Army is back on track, and young Americans are noticing," an Army spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Pentagon withheld about $4.2 million per jet in payments for F-35s delivered without a planned software upgrade, a government watchdog found.",
        True,
        [("money", 4200000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The watchdog counted 97 jets delivered over 11 months with the older software.",
        True,
        [("count", 97, None, None), ("duration", 11, "month", None)],
        None,
    ),
    # --- Alarmstarts der Eurofighter (APA) ---
    (
        "de",
        "Wien (APA) - Die Eurofighter des Bundesheeres sind im Vorjahr zu 64 Alarmstarts aufgestiegen, um nicht identifizierte Flugzeuge abzufangen.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Das waren um ein Viertel mehr als im Jahr davor, teilte das Bundesheer mit.",
        True,
        [("fraction", 0.25, None, None)],
        "das Bundesheer",
    ),
    (
        "de",
        "Von den 15 Maschinen waren im Schnitt nur sechs gleichzeitig einsatzbereit.",
        True,
        [("count", 15, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Ein Pilot kam im Schnitt auf 112 Flugstunden, in der Nato gelten mindestens 180 als Standard.",
        True,
        [("duration", 112, "hour", None), ("duration", 180, "hour", "at_least")],
        None,
    ),
    (
        "de",
        "Der Betrieb der Flotte kostet rund 80 Mio. Euro im Jahr.",
        True,
        [("money", 80000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Über die Nachfolge der Jets soll bis Ende 2027 entschieden werden, sagte Generalstabschef Herbert Stadlober.",
        True,
        [("year", 2027, None, None)],
        "Herbert Stadlober",
    ),
    (
        "de",
        "„Ohne Luftraumüberwachung bleibt die Neutralität ein leeres Versprechen“, sagte Stadlober.",
        False,
        [],
        None,
    ),
    # --- Sweden calls up more conscripts (Reuters) ---
    (
        "en",
        "STOCKHOLM, Feb 17 (Reuters) - Sweden will call up 8,600 conscripts this year, up from 6,100 in 2022, the government said on Tuesday.",
        True,
        [
            ("date", "--02-17", None, None),
            ("count", 8600, None, None),
            ("count", 6100, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Defence Minister Erik Lindwall said Sweden would spend 2.9% of GDP on defence this year and reach 3.6% by 2031.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.6, "%", None), ("year", 2031, None, None)],
        "Erik Lindwall",
    ),
    (
        "en",
        "Conscription has applied to women in Sweden since 2017, and about a quarter of this year's intake is female.",
        True,
        [("year", 2017, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        '"Total defence is a task for the whole of society, not just for soldiers," Lindwall said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lindwall said the armed forces would open three new regiments in the north by 2028.",
        True,
        [("count", 3, None, None), ("year", 2028, None, None)],
        "Lindwall",
    ),
    # --- Frauen bei der Stellung (APA) ---
    (
        "de",
        "Wien (APA) - Erstmals haben sich im Vorjahr mehr als 1.000 Frauen freiwillig zur Stellung beim Bundesheer gemeldet.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Von ihnen wurden 712 als tauglich eingestuft, teilte das Verteidigungsministerium in Wien mit.",
        True,
        [("count", 712, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Der Frauenanteil im Heer liegt damit bei knapp fünf Prozent, bis zum Jahr 2030 sollen es zehn Prozent sein.",
        True,
        [("percent", 5, "%", "nearly"), ("year", 2030, None, None), ("percent", 10, "%", None)],
        None,
    ),
    ("de", "Die Stellung dauert in der Regel zwei Tage.", True, [("duration", 2, "day", None)], None),
    (
        "de",
        "„Frauen sind beim Heer keine Ausnahme mehr, sondern eine Verstärkung“, sagte Moosbrugger.",
        False,
        [],
        None,
    ),
    # --- Neues Munitionswerk (dpa) ---
    (
        "de",
        "Celle (dpa/lni) - Der Rüstungskonzern Wendelin Wehrtechnik hat in Niedersachsen ein neues Munitionswerk eröffnet, in dem von 2027 an bis zu 350.000 Artilleriegranaten im Jahr vom Band laufen sollen.",
        True,
        [("year", 2027, None, None), ("count", 350000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Baukosten lagen nach Unternehmensangaben bei rund 500 Millionen Euro, gebaut wurde knapp 15 Monate lang.",
        True,
        [("money", 500000000, "EUR", "about"), ("duration", 15, "month", "nearly")],
        None,
    ),
    ("de", "In dem Werk sollen bis zu 500 Menschen arbeiten.", True, [("count", 500, None, "up_to")], None),
    (
        "de",
        "Die Granaten im Kaliber 155 Millimeter sind vor allem für die Panzerhaubitze 2000 bestimmt.",
        True,
        [("count", 155, None, None)],
        None,
    ),
    (
        "de",
        "Taubenheim sagte bei der Eröffnung, Deutschland brauche „jede Granate, die in diesem Werk gefertigt wird“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anwohner hatten gegen das Werk geklagt, waren aber vor dem Oberverwaltungsgericht gescheitert.",
        True,
        [],
        None,
    ),
    # --- Umfrage zur Wehrpflicht (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Eine knappe Mehrheit der Deutschen befürwortet einer Umfrage zufolge die Rückkehr zur Wehrpflicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Erhebung des Instituts Forsa sprachen sich 52 Prozent dafür aus, 43 Prozent waren dagegen.",
        True,
        [("percent", 52, "%", None), ("percent", 43, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zustimmung ist damit binnen eines Jahres um sieben Prozentpunkte gestiegen.",
        True,
        [("percent", 7, "pp", None)],
        None,
    ),
    (
        "de",
        "Unter den 18- bis 29-Jährigen lehnen dagegen gut zwei Drittel eine Wehrpflicht ab.",
        True,
        [("duration", 18, "year", None), ("duration", 29, "year", None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Pflichtdienst auch für Frauen findet bei 39 Prozent der Befragten Zustimmung.",
        True,
        [("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Umfrage wurden vom 10. bis 12. Februar 1.008 Personen befragt.",
        True,
        [("date", "--02-10", None, None), ("date", "--02-12", None, None), ("count", 1008, None, None)],
        None,
    ),
    (
        "de",
        "Forsa hat die Frage seit 2022 bereits viermal gestellt.",
        True,
        [("year", 2022, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Meinungsforscher sprechen von einem „Stimmungsumschwung in Zeitlupe“.", False, [], None),
    # --- Armee verliert Rekruten an den Zivildienst (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Armee hat im vergangenen Jahr 21'400 Rekrutinnen und Rekruten ausgebildet, rund 800 weniger als budgetiert.",
        True,
        [("count", 21400, None, None), ("count", 800, None, "about")],
        None,
    ),
    (
        "de",
        "Gleichzeitig wechselten 6'350 Dienstpflichtige in den Zivildienst, knapp ein Viertel von ihnen nach der Rekrutenschule.",
        True,
        [("count", 6350, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bis 2030 fehlten der Armee rund 12'000 Angehörige für den gesetzlichen Sollbestand von 100'000, sagte Armeechef Beat Rüegsegger.",
        True,
        [("year", 2030, None, None), ("count", 12000, None, "about"), ("count", 100000, None, None)],
        "Beat Rüegsegger",
    ),
    (
        "de",
        "«Jeder, der geht, hinterlässt eine Lücke, die wir nicht schliessen können», sagte Rüegsegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Nationalrat will die Zulassung zum Zivildienst erschweren, die Vorlage geht in der Sommersession an den Ständerat.",
        True,
        [],
        None,
    ),
    ("de", "Der Zivildienstverband kündigte bereits das Referendum an.", True, [], None),
    # --- Russia's defence budget (Reuters) ---
    (
        "en",
        "MOSCOW, Feb 20 (Reuters) - Russia's budget earmarks 12.4 trillion roubles for national defence this year, equal to about 5.9% of economic output, finance ministry data show.",
        True,
        [("date", "--02-20", None, None), ("money", 12400000000000, "RUB", None), ("percent", 5.9, "%", "about")],
        None,
    ),
    (
        "en",
        'Kremlin spokesman Oleg Varlamov called the spending "a forced response" to NATO\'s build-up.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Varlamov told reporters Russia's armed forces now numbered about 1.32 million active personnel.",
        True,
        [("count", 1320000, None, "about")],
        "Varlamov",
    ),
    (
        "en",
        "Western officials estimate that Russia recruits about 27,000 contract soldiers a month.",
        True,
        [("count", 27000, None, "about")],
        None,
    ),
    (
        "en",
        "Russia's spring draft, which begins on April 1, is expected to call up about 147,000 men.",
        True,
        [("date", "--04-01", None, None), ("count", 147000, None, "about")],
        None,
    ),
    # --- Denmark orders frigates (Reuters) ---
    (
        "en",
        "COPENHAGEN, Feb 24 (Reuters) - Denmark will spend 48 billion Danish crowns ($7 billion) on up to four new frigates and a fleet of long-range drones, the defence ministry said on Tuesday.",
        True,
        [
            ("date", "--02-24", None, None),
            ("money", 48000000000, "DKK", None),
            ("money", 7000000000, "USD", None),
            ("count", 4, None, "up_to"),
        ],
        "the defence ministry",
    ),
    (
        "en",
        "The first ship is due in 2030, with the others following at intervals of about 18 months.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None), ("duration", 18, "month", "about")],
        None,
    ),
    (
        "en",
        "Denmark began conscripting women this year and is lengthening service to 12 months from six.",
        True,
        [("duration", 12, "month", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"We let our navy shrink for 30 years, and now we are paying for it," the defence minister said.',
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "en",
        "Danish defence spending will reach 3.4% of GDP this year, according to government figures.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    # --- Luftabwehr für das Bundesheer verspätet (APA) ---
    (
        "de",
        "Wien (APA) - Die ersten beiden Feuereinheiten des Luftabwehrsystems IRIS-T SLM treffen mit rund eineinhalb Jahren Verspätung beim Bundesheer ein.",
        True,
        [("ordinal", 1, None, None), ("duration", 1.5, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Verteidigungsministerium rechnet nun mit der Übergabe im zweiten Quartal 2027.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt hat Österreich neun Feuereinheiten für rund 1,3 Mrd. Euro bestellt, die letzte soll 2030 einsatzbereit sein.",
        True,
        [("count", 9, None, None), ("money", 1300000000, "EUR", "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Grund für die Verzögerung seien Lieferengpässe bei Radarkomponenten, sagte ein Sprecher des Herstellers.",
        True,
        [],
        None,
    ),
    ("de", "Pfandl sprach von einem „Neutralitätsbruch mit Lieferverzug“.", False, [], None),
    ("de", "Wie die Lücke bis dahin geschlossen werden soll, wollte Moosbrugger nicht sagen.", False, [], None),
    # --- Air defence for Ukraine (Reuters) ---
    (
        "en",
        "BERLIN, Feb 26 (Reuters) - Germany will deliver four more IRIS-T air defence systems to Ukraine this year as part of a 3.2 billion euro package, the defence ministry said on Thursday.",
        True,
        [("date", "--02-26", None, None), ("count", 4, None, None), ("money", 3200000000, "EUR", None)],
        "the defence ministry",
    ),
    (
        "en",
        "The package also includes 250 armoured vehicles and about 1,200 long-range drones to be built in Ukraine with German money.",
        True,
        [("count", 250, None, None), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "\"Ukraine's air defence is Europe's air defence,\" Taubenheim told a news conference in Kyiv.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Germany has provided or pledged military aid worth more than 45 billion euros since February 2022, according to the ministry.",
        True,
        [("money", 45000000000, "EUR", "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Kyiv says it needs at least 25 more Patriot or IRIS-T batteries to protect its cities.",
        True,
        [("count", 25, None, "at_least")],
        None,
    ),
    ("en", 'Russia\'s embassy in Berlin said the deliveries made Germany "a party to the conflict."', False, [], None),
    # --- Ständerat: Munition und Drohnen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat zusätzliche Kredite von 1,2 Milliarden Franken für Munition und Aufklärungsdrohnen gutgeheissen.",
        True,
        [("money", 1200000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel nach knapp vierstündiger Debatte mit 31 zu 12 Stimmen bei 2 Enthaltungen.",
        True,
        [
            ("duration", 4, "hour", "nearly"),
            ("count", 31, None, None),
            ("count", 12, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mit dem Geld sollen unter anderem 45'000 Schuss Artilleriemunition und 40 Drohnen beschafft werden.",
        True,
        [("count", 45000, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen scheiterten mit einem Antrag, den Kredit um die Hälfte zu kürzen.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "«Wer keine Munition hat, hat auch keine Armee», sagte Amrein im Rat.", False, [], None),
    # --- Verteidigungsetat im Haushaltsentwurf (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Verteidigungsetat soll im kommenden Jahr auf 97,4 Milliarden Euro steigen, wie aus dem Haushaltsentwurf des Finanzministeriums hervorgeht.",
        True,
        [("money", 97400000000, "EUR", None)],
        None,
    ),
    ("de", "Der Wehretat wächst damit zum fünften Mal in Folge.", True, [("ordinal", 5, None, None)], None),
    (
        "de",
        "Zusammen mit Ausgaben anderer Ressorts, etwa für die Ertüchtigung der Ukraine, kommt Deutschland damit auf eine Nato-Quote von 2,7 Prozent.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Bis 2030 soll die Quote auf 3,2 Prozent steigen, das entspräche dann rund 148 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("percent", 3.2, "%", None), ("money", 148000000000, "EUR", "about")],
        None,
    ),
    ("de", "Knapp ein Fünftel des Etats ist für Munition reserviert.", True, [("fraction", 0.2, None, "nearly")], None),
    (
        "de",
        "Für die Ukraine sind 9,8 Milliarden Euro vorgesehen, eine Milliarde mehr als bisher geplant.",
        True,
        [("money", 9800000000, "EUR", None), ("money", 1000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verteidigungsausgaben oberhalb von einem Prozent des Bruttoinlandsprodukts sind seit einer Grundgesetzänderung von der Schuldenbremse ausgenommen.",
        True,
        [("percent", 1, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Klaus Rennebaum sagte, die Zinslast des Bundes werde bis 2029 auf rund 58 Milliarden Euro im Jahr steigen.",
        True,
        [("year", 2029, None, None), ("money", 58000000000, "EUR", "about")],
        "Klaus Rennebaum",
    ),
    ("de", "„Wir kaufen Sicherheit auf Pump, und das wird sich rächen“, sagte Mertensacker.", False, [], None),
    ("de", "Der Bundestag soll den Etat Anfang Juli beschließen.", True, [], None),
    # --- Frankreich bestellt Rafale (AFP) ---
    (
        "de",
        "Paris (AFP) - Frankreich bestellt 42 weitere Kampfjets vom Typ Rafale für rund 9,6 Milliarden Euro.",
        True,
        [("count", 42, None, None), ("money", 9600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Damit steigt die Zahl der bestellten Maschinen auf 276, teilte das Streitkräfteministerium mit.",
        True,
        [("count", 276, None, None)],
        "das Streitkräfteministerium",
    ),
    (
        "de",
        "Die ersten Jets aus der neuen Bestellung sollen ab 2031 ausgeliefert werden.",
        True,
        [("ordinal", 1, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident hatte angekündigt, den Militärhaushalt bis 2030 auf 67 Milliarden Euro zu verdoppeln.",
        True,
        [("year", 2030, None, None), ("money", 67000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Linkspartei La France insoumise sprach von einer „Kriegswirtschaft auf Kosten der Rentner“.",
        False,
        [],
        None,
    ),
    # --- Pentagon budget request (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Pentagon asked Congress on Monday for $938 billion for the coming fiscal year, a 4% increase that includes money for 58 F-35 jets and 11 warships.",
        True,
        [
            ("money", 938000000000, "USD", None),
            ("percent", 4, "%", None),
            ("count", 58, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "The request would also fund a 3.9% pay raise for troops, the largest in more than two decades.",
        True,
        [("percent", 3.9, "%", None), ("duration", 20, "year", "over")],
        None,
    ),
    (
        "en",
        "It would retire two dozen aging A-10 attack jets and cut about 6,000 headquarters positions in the Army.",
        True,
        [("count", 24, None, None), ("count", 6000, None, "about")],
        None,
    ),
    (
        "en",
        "The Navy's new frigate program is at least 30 months behind schedule, the Government Accountability Office reported in January.",
        True,
        [("duration", 30, "month", "at_least")],
        None,
    ),
    ("en", '"This budget puts lethality first," a senior defense official told reporters.', False, [], None),
    ("en", 'House Democrats called the request "a gift to contractors wrapped in a flag."', False, [], None),
    # --- Leopard-Auslieferung verzögert sich (dpa) ---
    (
        "de",
        "München (dpa) - Die Auslieferung der ersten 24 Kampfpanzer Leopard 2A8 an die Bundeswehr verzögert sich um mindestens sechs Monate.",
        True,
        [("ordinal", 1, None, None), ("count", 24, None, None), ("duration", 6, "month", "at_least")],
        None,
    ),
    ("de", "Grund seien fehlende Zulieferteile für die Feuerleitanlage, teilte der Hersteller mit.", True, [], None),
    (
        "de",
        "Insgesamt hat die Bundeswehr 132 Panzer dieses Typs bestellt, 96 davon für die Brigade in Litauen.",
        True,
        [("count", 132, None, None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Der Stückpreis liegt nach Branchenschätzungen bei knapp 27 Millionen Euro.",
        True,
        [("money", 27000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Heeresinspekteur Falk Riedesel sagte, die Brigade werde ihre bisherigen Panzer notfalls bis Ende 2028 nutzen.",
        True,
        [("year", 2028, None, None)],
        "Falk Riedesel",
    ),
    (
        "de",
        "„Ein halbes Jahr ist in der Beschaffung keine Katastrophe“, sagte Riedesel.",
        False,
        [("duration", 0.5, "year", None)],
        None,
    ),
    # --- Reservisten (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundeswehr will die Zahl ihrer aktiven Reservisten bis 2030 von derzeit rund 46.000 auf 90.000 fast verdoppeln.",
        True,
        [("year", 2030, None, None), ("count", 46000, None, "about"), ("count", 90000, None, None)],
        None,
    ),
    (
        "de",
        "Dazu sollen alle ehemaligen Soldaten bis zum Alter von 60 Jahren wieder erfasst werden, teilte das Verteidigungsministerium mit.",
        True,
        [("duration", 60, "year", None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Die Zahl der Heimatschutzregimenter soll von sechs auf 15 steigen.",
        True,
        [("count", 6, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Etwa jeder dritte beorderte Reservist ist älter als 50 Jahre.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 50, "year", "over")],
        None,
    ),
    (
        "de",
        "„Die Reserve ist kein Lückenbüßer, sondern das Rückgrat der Landesverteidigung“, sagte der Präsident des Reservistenverbands.",
        False,
        [],
        None,
    ),
    # --- Procurement office speeds up (Reuters) ---
    (
        "en",
        "BERLIN, March 4 (Reuters) - Germany's military procurement office signed contracts worth 44 billion euros last year, nearly twice as much as in 2023, its president told Reuters.",
        True,
        [
            ("date", "--03-04", None, None),
            ("money", 44000000000, "EUR", None),
            ("count", 2, None, "nearly"),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Birgit Hohlwein said the office had cut the average time needed to award a contract to 11 months from 19.",
        True,
        [("duration", 11, "month", None), ("duration", 19, "month", None)],
        "Birgit Hohlwein",
    ),
    (
        "en",
        "About a fifth of all orders went to suppliers outside the European Union, mostly in the United States and Israel.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", '"Speed is now a weapon in its own right," Hohlwein said.', False, [], None),
    # --- Turkey buys Eurofighters (Reuters) ---
    (
        "en",
        "ANKARA, March 5 (Reuters) - Turkey has signed a deal to buy 24 Eurofighter Typhoon jets from Britain for about 6.1 billion pounds, the British government said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("count", 24, None, None), ("money", 6100000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Deliveries are due to start in 2030, and Ankara also plans to buy eight used jets from Gulf states to bridge the gap.",
        True,
        [("year", 2030, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "British officials said it was the largest fighter export deal for Britain in nearly two decades.",
        True,
        [("duration", 20, "year", "nearly")],
        None,
    ),
    ("en", '"This is a win for British jobs and for NATO\'s southern flank," Haldane said.', False, [], None),
    (
        "en",
        "About 5,800 jobs at the plant in Warton depend on Typhoon orders, according to union figures.",
        True,
        [("count", 5800, None, "about")],
        None,
    ),
    # --- Rüstungsexporte auf Rekordniveau (dpa) ---
    (
        "de",
        "Berlin (dpa) - Rüstungsexporte im Wert von 14,6 Milliarden Euro hat die Bundesregierung im vergangenen Jahr genehmigt, so viel wie nie zuvor.",
        True,
        [("money", 14600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte davon, nämlich 7,9 Milliarden Euro, entfiel auf die Ukraine, wie das Wirtschaftsministerium auf Anfrage mitteilte.",
        True,
        [("fraction", 0.5, None, "over"), ("money", 7900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf Platz zwei folgte Norwegen mit knapp 1,2 Milliarden Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 1200000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil der Genehmigungen für Drittstaaten außerhalb von EU und Nato sank auf 22 Prozent.",
        True,
        [("percent", 22, "%", None)],
        None,
    ),
    ("de", "Die Linke kritisierte die Zahlen als „Rekord der Schande“.", False, [], None),
    # --- Canada buys submarines (Reuters) ---
    (
        "en",
        "OTTAWA, March 9 (Reuters) - Canada will spend up to C$27 billion on eight new submarines, Defence Minister Claire Beaudoin said on Monday, calling it the largest naval purchase in the country's history.",
        True,
        [("date", "--03-09", None, None), ("money", 27000000000, "CAD", "up_to"), ("count", 8, None, None)],
        "Claire Beaudoin",
    ),
    (
        "en",
        "Beaudoin said the first boat would arrive no later than 2035.",
        True,
        [("ordinal", 1, None, None), ("year", 2035, None, None)],
        "Beaudoin",
    ),
    (
        "en",
        "Canada spent 1.5% of GDP on defence last year and has pledged to reach 2% in the current fiscal year.",
        True,
        [("percent", 1.5, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    ("en", '"Our Arctic is no longer a frozen buffer," Beaudoin said.', False, [], None),
    (
        "en",
        "The navy's four existing submarines were bought second-hand from Britain in 1998.",
        True,
        [("count", 4, None, None), ("year", 1998, None, None)],
        None,
    ),
    # --- Howitzers for Romania (Reuters) ---
    (
        "en",
        "SEOUL, March 10 (Reuters) - South Korean arms maker Sejin Defence said on Tuesday it had won a 2.1 trillion won ($1.5 billion) order to supply 84 self-propelled howitzers to Romania.",
        True,
        [
            ("date", "--03-10", None, None),
            ("money", 2100000000000, "KRW", None),
            ("money", 1500000000, "USD", None),
            ("count", 84, None, None),
        ],
        None,
    ),
    (
        "en",
        "The first 18 howitzers will be built in South Korea and the remaining 66 at a plant near Bucharest, the company said.",
        True,
        [("ordinal", 1, None, None), ("count", 18, None, None), ("count", 66, None, None)],
        "the company",
    ),
    (
        "en",
        "South Korea's arms exports hit a record $19.6 billion last year, up from $15.8 billion the year before.",
        True,
        [("money", 19600000000, "USD", None), ("money", 15800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Romania has pledged to raise defence spending to 3.2% of GDP by 2029 from 2.3% last year.",
        True,
        [("percent", 3.2, "%", None), ("year", 2029, None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    # --- Dutch questionnaire for teenagers (Reuters) ---
    (
        "en",
        "THE HAGUE, March 11 (Reuters) - The Netherlands will send a questionnaire on military service to all 17-year-olds from next year, Defence State Secretary Joost van Eerde said on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("duration", 17, "year", None)],
        "Joost van Eerde",
    ),
    (
        "en",
        "Van Eerde said the armed forces wanted to grow to 95,000 personnel, including reservists, by 2031 from about 76,000 now.",
        True,
        [("count", 95000, None, None), ("year", 2031, None, None), ("count", 76000, None, "about")],
        "Van Eerde",
    ),
    (
        "en",
        "Compulsory military service in the Netherlands was suspended in 1997.",
        True,
        [("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        '"We are not bringing back the draft, we are bringing back the conversation," van Eerde said.',
        False,
        [],
        None,
    ),
    ("en", 'Left-wing opposition parties called the questionnaire "the draft in disguise."', False, [], None),
]
