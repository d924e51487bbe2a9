"""Hundred-and-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person and every figure is made up
(Jochen Reimers, Harald Weißgerber / Harald Weissgerber, Ines Wallraff, Dietmar Kühnhold,
Katrin Hollerbach, Sven Marquardt, Tobias Lemberg, Gerald Pernsteiner, Monika Aschauer,
Fabienne Rochat, Reto Gisler, Lene Hartwig, Anselm Trautwein, Dorothee Lindemann, Eleni
Varvaki; Rachel Dunmore, Giles Hartigan, Carla Bertoni, Fernando Acosta, Tara McAlister,
Alan Morrow, Nadia Ferrante, Mark Ruston, Johan Sandell, Maya Coleridge, Conor Fahey, Noor
Hashim); no real politician is named, and office-holders who would be real people (an
Austrian interior minister, Hungary's foreign minister, Crete's regional governor, Frontex's
executive director) appear only by office. Real parties, agencies, courts, NGOs, ships and places ("BAMF", "Bundesamt für
Migration und Flüchtlinge", "Statistisches Bundesamt", "Bundespolizei", "Gewerkschaft der
Polizei", "Pro Asyl", "Amnesty International", "Caritas", "Diakonie", "AfD", "SPD", "FPÖ",
"SVP", "SP", "Staatssekretariat für Migration"/"SEM", "Bundesrat", "IOM", "„Sea-Watch 5“",
"Ärzte ohne Grenzen", "Ökumenische Bundesarbeitsgemeinschaft Asyl in der Kirche",
"Bundesverwaltungsgericht", "Verwaltungsgericht Berlin", "Verfassungsgerichtshof",
"Leipzig/Halle", "Lampedusa", "Samos"; "Home Office", "UK Statistics Authority", "the
maritime prefecture", "International Organization for Migration", "Red Crescent", "Ocean
Viking", "Interior Ministry", "Spain's Supreme Court", "U.S. Customs and Border Protection",
"Immigration and Customs Enforcement", "Migration Policy Institute", "Justice Department",
"Court of Justice", "Frontex", "Federal Office for Migration and Refugees", "EU Agency for
Asylum", "European Court of Human Rights", "Migration Agency", "Department of Justice",
"UNHCR") stand for the way wire copy names them; every count, rate, cost, quota, ruling and
quote here is invented, and where a real figure came to mind it was changed.

Its weight: MIGRATION, ASYLUM AND BORDERS over several days, each story told in story order
(a dateline lead, the figures, attributed claims of both sides and their rebuttals, a quote,
follow-ups). Half German (dpa, APA, Keystone-SDA, KNA; Austrian "Jänner", "Tagsatz",
"Grundversorgung", "Schubhaft", "Anhaltedauer", Swiss "Asylgesuche", "Bis Ende Jahr",
"5412", "24'000", «» quotes, German „“ quotes): the BAMF's October figures with the
protection rate and processing times, a contested cost figure in the Bundestag and the
statistics office's answer, a year of controls at all land borders, a deportation flight to
Kabul and the half-year's deportations, Austria's asylum statistics and the daily rates of
the Grundversorgung, Swiss asylum applications, centres and costs with the SVP's claim and
the state accounts, a shipwreck off Lampedusa with its revised toll, a rescue ship sent to a
distant port and Italy's centres in Albania, church asylum, the camp on Samos, the EU's
solidarity mechanism, court rulings on returns and rejections, and a demonstration in Berlin.
Half English (Reuters, AP, AFP): Channel crossings, hotel costs, a minister's claim and the
UK Statistics Authority's correction, deaths in the Channel, a shipwreck off Libya with its
revised toll, the Canary Islands and their unaccompanied minors, the U.S. southern border,
detention and a contested deportation count, a ruling on third-country deportations, the EU
solidarity pool and a fine on Hungary, Frontex's year, Germany's figures in English, a
Strasbourg ruling on pushbacks and arrivals in Greece, Sweden's return grant, Nauru, Ireland's
accommodation costs and a protest in Dublin, and Rohingya landing in Aceh. Figures as such
copy has them: applications by month, quarter, half-year and year with changes in percent
and percentage points, protection and recognition rates ("Gesamtschutzquote ... 44,7
Prozent", "Schutzquote ... 61,4 Prozent, die Anerkennungsquote ... 27,9 Prozent",
"recognition rates below 25%"), shares by nationality ("Fast jeder dritte Erstantrag",
"almost a third", "two in five", "a quarter", "Nearly four in five", "Drei Viertel"),
processing times ("durchschnittlich 7,2 Monate", "im Schnitt weitere 21,3 Monate", "an
average of 14 months for a first decision", "to 9.6 months from 17 months"), deportations,
transfers and returns, rejections at the border, boat arrivals and rescues with hedged and
revised tolls ("mindestens 40 Menschen", "auf 52 gestiegen", "dozens more were missing",
"rose to 61"), capacities and occupancy ("für 3.000 Menschen ausgelegt, derzeit aber mit mehr
als 5.000 belegt", "für bis zu 960", "in centres built for 2,000"), costs per person, day,
night and month in euros, francs, pounds, dollars, Swedish crowns and Australian dollars,
relocation quotas and buy-outs, fines, dates, datelines and ages. Negatives as such copy has
them: politicians' rhetoric and moral verdicts in quotes and in Konjunktiv I, labels and
verdicts of parties, governments and NGOs, appeals of bishops, charities and officials, a
prayer, slogans on banners, signs and in chants, quoted fears and grief, commentary and an
open question, lines that give no figure, the caveat on unverified accounts, boilerplate, a
no-comment line and a reporting credit.

243 rows (124 German, 119 English), 55 negatives (28 German, 27 English), 188 check-worthy
rows of which 16 carry no figure (9 German, 7 English), 302 expected quantities (135 counts,
41 amounts of money, 36 durations, 30 percentages, 17 years, 16 dates, 15 fractions, 12
ordinals; 1 of them in a negative, the age in the Noor Hashim quote, as the seventeenth
batch labels a figure in a negative), 44 checked speakers (19 German, 25 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase of a
  fact or figure is check-worthy with the speaker its own attribution gives ("Seit
  Jahresbeginn seien die Erstanträge um mehr als die Hälfte zurückgegangen, sagte
  Weißgerber." -> "Weißgerber"; "Die Kontrollen würden zunächst bis zum 15. März 2026
  verlängert, sagte Weißgerber am Abend." -> "Weißgerber"; "Der Familiennachzug sei seit Juli
  um 78 Prozent zurückgegangen, sagte Innenminister Gerald Pernsteiner." -> "Gerald
  Pernsteiner"; "Dadurch verliere das Schiff mindestens vier Tage, ..., sagte Kapitänin Lene
  Hartwig." -> "Lene Hartwig"; a denial, "Die Bundesregierung habe für den Flug keine direkten
  Gespräche mit den Taliban geführt, sagte Regierungssprecher Tobias Lemberg." -> "Tobias
  Lemberg"; fifty-sixth, ninety-ninth and hundred-second), and with the speaker unchecked when
  the attribution is a role or no verb of saying ("..., sagte der Sprecher.", "..., erklärte
  das Amt.", "..., urteilten die Leipziger Richter."). A Konjunktiv I verdict is a negative
  even with a named speaker ("Deutschland sei bei der Aufnahme längst an seine
  Belastungsgrenze gestoßen, sagte Kühnhold."; hundred-first).
- New, on contested numbers: a politician's figure is check-worthy as a claim whether or not
  it holds, with its own hedge ("der Staat gebe für jeden Asylbewerber mehr als 5.000 Euro im
  Monat aus" 5,000 EUR "over", "mehr als 300.000 Menschen unerlaubt ... eingereist" "over",
  "90% of Channel migrants", "die Asylkosten des Bundes hätten 2024 die Marke von vier
  Milliarden Franken überschritten" 4 billion CHF with no hedge - "überschritten" is a verb,
  as "could exceed £300 million", ninety-ninth); "behauptet", "behauptete", "Die SVP
  behauptet" and "also claimed" leave the speaker unchecked (twenty-ninth). The statistic that
  answers it is check-worthy with its own figure: "Das Statistische Bundesamt widersprach am
  Donnerstag: Im Schnitt beliefen sich die Leistungen ... auf 1.187 Euro pro Person und
  Monat." (a rebuttal, twentieth, ninety-eighth and hundredth; "Im Schnitt" no hedge, "pro
  Person und Monat" none), "Die Bundespolizei hatte für 2024 tatsächlich 83.572 unerlaubte
  Einreisen registriert, knapp 35 Prozent weniger als 2023.", "Laut Staatsrechnung beliefen
  sich die Ausgaben ... auf 3,1 Milliarden Franken." (speaker unchecked, a document), "The UK
  Statistics Authority said Dunmore's figure counted hotels that had closed but not the 38
  that had opened ..." -> "the UK Statistics Authority" (ninety-eighth: "The Royal College of
  Nursing said ..."), "An analysis by the Migration Policy Institute found that the figure
  included about 140,000 people ..." (speaker unchecked). New: the side whose count is
  disputed stays check-worthy when it defends its method without a figure - "Homeland
  Security spokeswoman Tara McAlister said the department counted removals "exactly the way
  it always has."" -> "Tara McAlister" (a statement of practice, as the denials of the
  ninety-eighth batch). The verdicts on the claim are negatives: „Wer solche Zahlen in die
  Welt setzt, will nicht informieren, sondern Angst schüren“, «Die SVP rechnet Äpfel mit
  Birnen zusammen», "Die FPÖ sprach von „geschönten Zahlen“ ...", "Critics say the decline owes
  more to ..." (fifty-fifth: "Campaigners argue ..."), and so is the closing doubt "Ob die
  Debatte damit beendet ist, darf bezweifelt werden."
- Check-worthy without a figure (fifty-fifth, ninety-eighth, hundred-first, hundred-second):
  a debate set off in the Bundestag, the Statistics Office's note on what the average holds,
  the ranking of countries of origin ("Wichtigste Herkunftsländer waren ..."; fifty-fifth),
  refusals stated as acts ("Ungarn und die Slowakei kündigten an, sich weder an der Aufnahme
  noch an den Zahlungen zu beteiligen.", "Poland and Hungary said they would neither take in
  migrants nor pay."), rulings as leads and their reasons ("Das Bundesverwaltungsgericht hat
  Abschiebungen ... für zulässig erklärt.", "Den Klägern drohe dort keine ... Behandlung,
  urteilten die Leipziger Richter.", "The court found that Greek authorities had carried out
  pushbacks ...", "The Court of Justice said Hungary had deliberately sidestepped EU law ...")
  and a government standing by its practice ("Die Bundesregierung hält trotz des Beschlusses
  an den Zurückweisungen fest."), an appeal announced ("The Justice Department said it would
  appeal.", hundred-second), a demonstration of "Mehrere Tausend" and a march of "Several
  thousand" (vague magnitudes carry none, hundred-first: "several thousand"), villagers
  refusing a landing.
- Negatives besides the verdicts above: rhetoric and moral verdicts in quotes („Die Wende in
  der Migrationspolitik ist eingeleitet, und sie wirkt“, „Wer hier schwere Straftaten begeht,
  hat sein Gastrecht verwirkt“, „Die Zahlen beweisen, dass unser konsequenter Kurs der
  richtige ist“, «Die Schweiz hat die Kontrolle über ihre Grenzen verloren» - a perfect that
  states no checkable act, ninety-eighth -, ""Every boat that lands on our beaches is a win
  for the gangs,"", ""The American people voted for mass deportations, ..."", ""This ruling
  puts American communities at risk,"", ""We will not accept a single migrant forced on us
  by Brussels,"" - resolve, hundredth -, ""Sweden is no longer a destination ..."",
  ""Offshore detention is a stain ..."", ""These figures show that working with countries of
  origin and transit pays off,"", "said the government had "lost control of Britain's
  borders.""), labels ("Pro Asyl sprach von einer „Politik der Abschottung ...“", "Amnesty
  International nannte den Flug einen „gefährlichen Tabubruch“.", "Pro Asyl nannte das Urteil
  „lebensfremd“.", "Die polnische Regierung nannte die Zurückweisungen einen Bruch des
  Schengen-Geistes.", "Budapest called the ruling "outrageous and unacceptable."", "warned
  that the island was "at breaking point.""; ninety-eighth and hundredth), moral appeals and
  generic claims of NGOs and churches („Hinter jeder dieser Zahlen steht ein Mensch ...“, „Das
  Mittelmeer darf nicht länger zum Massengrab werden“, „Kirchenasyl ist ein letztes Mittel und
  kein Rechtsbruch“, „Was wir hier sehen, ist eine Schande für Europa“, „Solidarität ist keine
  Einbahnstraße“, ""Each of these deaths was preventable,"", ""The smugglers cram ever more
  people into ever flimsier boats,""), appeals ("Die Caritas appellierte ...", "Die katholischen
  Bischöfe haben ... an die EU-Staaten appelliert, ...", "Local officials appealed ...",
  "Refugee charities said the figures underlined the need for safe and legal routes.";
  fifty-fifth and ninety-ninth), a prayer ("Der Papst gedachte ... und betete ...",
  ninety-ninth), an accusation without a checkable claim ("Aid groups accused European
  governments of turning their backs ...", eighty-fourth), slogans on banners, signs and in
  chants („Kein Mensch ist illegal“ und „Grenzen töten“, "No human is illegal", "Ireland is
  full", "Refugees welcome here"; fifty-seventh, seventy-fourth and hundredth), quoted
  resistance at a rally („Wir lassen uns nicht einreden, ...“), quoted fear and grief and
  reported fears ("Viele Geflüchtete in Berlin fürchten, ...", "Residents of El Hierro fear
  ...", ""We thought the sea would be our grave,"" - its age labelled, below), scene colour
  (relatives outside a morgue), the caveat on unverified accounts ("Unabhängig bestätigen
  ließen sich die Schilderungen der Überlebenden zunächst nicht.", "The accounts of the
  survivors could not be independently verified."; thirty-second and ninety-ninth), lines that
  give no figure ("Wie viele der Zurückgewiesenen später auf anderem Weg einreisten, kann die
  Bundespolizei nach eigenen Angaben nicht sagen.", "The Interior Ministry gives no figures of
  its own for deaths at sea."; hundred-first: "Zu den eigenen Gefallenen macht Kiew keine
  Angaben."), a ruling to be studied first ("The Greek government said it would study the
  judgment.", hundred-second), boilerplate ("Für beide gilt die Unschuldsvermutung.",
  fifty-fifth; "beide" carries none) and a reporting credit. One figure stands in a negative
  and is labelled, as the seventeenth batch labels a figure in a negative: "said Noor Hashim,
  19," 19 years (hundred-first: "Halyna, 67,").
- Asylum statistics (fifty-fifth): applications, follow-up applications, deportations,
  transfers, returns, rejections, entries, people obliged to leave, people in care and in
  detention are counts ("8.412 Erstanträge", "11.240 Folgeanträge", "5412 Asylgesuche" and
  "3810 Personen" without a separator, forty-eighth, "24'000 Gesuche" with the Swiss
  apostrophe, tenth, "41.308 Menschen ... zurückgewiesen", "231.415 Menschen ausreisepflichtig",
  "312 Personen" in Schubhaft, "8,725 arrests", "a record 61,226 people in detention" with no
  hedge, fifty-fifth: "a record"); "Syrer stellten mit 4.218 Anträgen die größte Gruppe,
  gefolgt von Afghanen mit 1.764." two counts; protection, recognition and other rates are
  percentages ("Die Gesamtschutzquote lag ... bei 44,7 Prozent", "Die Schutzquote lag bei 61,4
  Prozent, die Anerkennungsquote bei 27,9 Prozent"), moves in points are "pp" ("3,2
  Prozentpunkte unter dem Wert des Vormonats"; fiftieth); changes are the percentage as
  written ("31,6 Prozent weniger als im Vorjahresmonat", "ein Minus von 36 Prozent", "17,3
  Prozent weniger als ein Jahr zuvor", "fell 31.6% in October from a year earlier", "up 29% on
  the same point last year", "24% fewer than a year earlier", "23% below its peak", "the
  steepest fall, of 78%"; the comparison words after the figure no hedge, hundred-first), as
  is a share appended to a count ("2.914 Asylsuchende, also rund sieben Prozent" 7 "about",
  "knapp 6200 oder rund 69 Prozent" 6,200 "nearly" and 69 "about"). "rund 400 mehr als im
  Vorjahr" is 400 "about" (the "mehr als" after the figure compares, hundred-first). "im
  Vorjahresmonat", "im Vorjahreszeitraum", "ein Jahr zuvor", "im
  Vorjahr", "im gleichen Zeitraum des Vorjahres", "Von Januar bis Oktober", "Von Jänner bis
  Ende September" (Austrian, fifty-fifth: "von Januar bis Oktober"), "Bis Ende September",
  "Ende Oktober", "Bis Ende Jahr" (Swiss), "Bis Jahresende", "Seit Jahresbeginn", "so far this
  year", "since January", "between January and November", "in the year to June", "at the end
  of June", "last year", "this month" carry none. "halve" none (verbs, as "halved",
  earlier batches). New: "auf unter 150.000" is 150,000 "under" - "unter" before the figure is
  the hedge, "auf" the preposition of the target (fifty-fifth: "fewer than 1,500 spaces"
  "under"); "recognition rates below 25%" 25 "under" (fourteenth: "below 10.5%").
- Shares by nationality and of groups (fifty-fifth, hundred-first, hundred-second): "Fast
  jeder dritte Erstantrag" and "almost a third" 0.3333 "nearly", "Etwa jede vierte geplante
  Abschiebung" 0.25 "about", "Mehr als die Hälfte" and "by more than half" 0.5 "over", "um mehr
  als die Hälfte zurückgegangen" 0.5 "over", "die Hälfte davon freiwillig" 0.5, "etwa ein
  Fünftel mehr" and "roughly one-fifth of them" 0.2 "about", "Drei Viertel der Bewohner" 0.75,
  "by a third" 0.3333, "about a third of them" 0.3333 "about", "Nearly four in five" 0.8
  "nearly" (twelfth: "four in five" is 0.8), "two in five" 0.4 (seventy-first), "a quarter of
  those" 0.25.
- Durations: processing times are durations with no hedge for an average ("durchschnittlich
  7,2 Monate", "im Schnitt weitere 21,3 Monate", "im Schnitt 94 Tage", "an average of 14
  months", "an average of 7.2 months", "die durchschnittliche Anhaltedauer beträgt 29 Tage";
  fifty-fifth: "durchschnittlich 8,4 Monate"), "to 9.6 months from 17 months" both; "vor
  zwölf Monaten" 12 months (forty-sixth: "vor zwei Jahren"), "seit mehr als zwei Jahren" 2
  years "over", "Binnen 24 Stunden" 24 hours, "nach einer fünfstündigen Sitzung" 5 hours and
  "die dreimonatige Aussetzung" 3 months (issue: "fünfstündigen", "dreitägige"), "zweimal um
  jeweils sechs Monate" count 2 (issue: "viermal") and 6 months ("jeweils" no hedge,
  hundredth), "in den kommenden fünf Jahren" 5 years, "mindestens vier Tage" 4 days
  "at_least", "within 10 days", "up to 10 days" "up_to", "for 20 days", "for 60 days", "five
  weeks at sea", "in the eight weeks since it began" 8 weeks, "after eight years of wrangling"
  8 years, "within 14 weeks", "about $45 billion over four years" 4 years with no hedge
  ("over" spreading a sum, twenty-fifth and hundredth), "for more than 10 years" "over", "at
  least 15 days' notice" 15 days "at_least" (hundredth: "10 days' notice"). New: "after less
  than 24 hours' notice" is 24 hours "under", the possessive of the hundredth batch with "less
  than" as "under" (fourteenth). New: "over the previous 48 hours" is 48 hours with no hedge -
  "over" stands before "the previous", not before the figure (fifty-fifth: "über einen
  45-jährigen"; twenty-fifth: "over" spreading a span). "first" before a span is ordinal 1
  ("in the first nine months", "in the first 10 months" ordinal 1 and the months, forty-second;
  "im ersten Halbjahr", "in the first half of the year" ordinal 1). None: "a day", "a week",
  "a month", "a year", "pro Tag", "im Monat", "per person per night", "per person per day",
  "last month", "next year", "für den Flug".
- Capacities and occupancy are counts (fifty-fifth: "1.187 Häftlinge auf 990 Plätzen";
  sixty-ninth: "mehr als 230.000 Menschen, ausgelegt war es für 50.000"): "für 3.000 Menschen
  ausgelegt, derzeit aber mit mehr als 5.000 belegt" 3,000 and 5,000 "over", "rund 9000
  Plätze", "rund 1500 Plätze ... abbauen" "about", "in centres built for 2,000", "the 112
  asylum seekers held there", "31 Männer". New: "ausgelegt sind die Zentren für bis zu 960"
  is 960 "up_to" - a capacity's "bis zu" is the hedge as on any count. "bis zu 30 Menschen
  einen Wohncontainer" 30 "up_to", "in more than 300 centres" "over".
- Boats, tolls and rescues with their hedges (ninety-ninth and hundred-first): "mindestens 40
  Menschen" and "At least 40 people" "at_least", "auf 52 gestiegen" 52 and "rose to 61" 61
  with no hedge (ninety-ninth: "rose to 212"), "zwölf weitere Leichen" 12 ("weitere" no
  hedge), "Mindestens sechs Menschen" "at_least", "22 Überlebende, darunter vier Kinder" 22
  and 4, "mit rund 70 Menschen an Bord" "about", "about 110 people", "Some 15 people ...,
  among them three children" 15 "about" and 3, "38 people, including two children", "117
  Menschen aus zwei Schlauchbooten", "213 people from four boats", "The 1,072 people came in
  19 boats", "A cayuco carrying 227 people, among them 48 women and 34 minors" three counts;
  depths, heights and distances are counts ("in 38 Metern Tiefe", "bis zu drei Meter hoch"
  "up_to", "den rund 1.100 Kilometer entfernten Hafen" "about", "more than 1,500 km away"
  "over", "along 150 km of coastline"; fourth and ninety-ninth). "Dutzende" and "dozens more"
  carry none (seventeenth and hundred-first); "zwei Dutzend weitere Boote" and "two dozen
  infants" 24 (issue: "two dozen"). Ordinals: "der zweite Flug dieser Art" 2, "Im dritten
  Quartal" 3, "a first decision" and "for first decisions" 1 (forty-ninth: "a first
  appointment"), "It was the fourth day this month on which more than 800 people made the
  crossing." ordinal 4 and 800 "over", "the 14th deadly sinking on that coast this year" 14
  ("this month", "this year" none, fourteenth). New: the rescue ship "„Sea-Watch 5“" carries
  no quantity - a name with a figure (fiftieth, sixty-eighth and hundred-first).
- Money in the currency written, rate words carrying nothing (fifty-fourth, hundred-first):
  "einen Tagsatz von 26 Euro pro Person", "bis zu 95 Euro pro Tag" "up_to", "Anhebung auf 32
  Euro, Wien fordert sogar 40 Euro" two amounts, "40 Euro Taschengeld im Monat", "ein Handgeld
  von 800 Euro", "rund 580.000 Euro" "about", "rund 140 Franken pro Tag" CHF "about", "22.000
  Euro pro Person" and "22,000 euros for each person not relocated", "etwa 101 Millionen Euro"
  "about", "rund 740 Millionen Euro" "about", "rund 6,9 Milliarden Euro" "about", "about £5.5
  million a day" GBP "about", "an average of £145 per person per night" ("an average of" no
  hedge, fifty-fifth), "a £500 million British package", "between 1,500 and 3,000 euros" two
  amounts (the currency written once serves both, ninety-seventh and hundredth), "around
  2,700 euros a month" "about", "an average of $165 a day", "about $45 billion" "about", "528
  million euros", "150 million euros plus 800,000 euros for each day", "about 1 billion euros",
  "about 1.2 billion euros a year", "25,000 euros", "84 euros per person per day, though some
  providers charged up to 150 euros" the second "up_to", "960 million euros", "10,000 euros";
  "up to 300,000 Swedish crowns ($27,500) per adult, up from 12,000 crowns" SEK "up_to", USD
  with no hedge (the converted figure in brackets, eightieth and ninety-ninth) and SEK (the
  bare "crowns" takes its country from the row, hundred-first: "Kronen"); "A$460 million" and
  "more than A$4 million" AUD, the second "over" (forty-sixth: "A$").
- Years and dates: "der niedrigste Stand seit 2022", "für 2024", "2023", "im August 2021",
  "bis 2027", "in 2024", "in 2006", "since 1970", "since 1985", "since 2021", "in 2020", "by
  2026", "by 2028", "agreed in 2023", "agreed in 2024" the years; "bis zum 15. März 2026"
  2026-03-15, "ab dem 1. Juni 2026" and "on June 1, 2026" 2026-06-01 (sixty-third and
  hundred-first), "am 9. Juli" --07-09, "Zum Stichtag 30. Juni" --06-30, "as of Sept. 21"
  --09-21 (fifty-fifth: "as of July 6"), "From Jan. 1" --01-01; Reuters datelines with a day
  ("LONDON, Aug 30", "MADRID, Oct 2", "BOSTON, May 21", "BRUSSELS, Dec 8", "LUXEMBOURG, June
  13", "WARSAW, Dec 12", "BERLIN, Nov 4", "STOCKHOLM, Jan 20", "SYDNEY, Feb 18") dates without
  a year; dpa, APA, Keystone-SDA, KNA, AP and AFP datelines none ("Frankfurt (Oder) (dpa) -",
  "BOULOGNE-SUR-MER, France (AFP) -", "BANDA ACEH, Indonesia (AFP) -"; seventy-ninth).
  Weekdays, months and "im Mai", "im August", "in August", "in September", "seit Juli", "am
  Abend" carry none.
- Other counts: "Jeder der Männer" none (no share, a pronoun phrase); "by six votes to one" 6
  and 1 (hundred-second: "by a majority of 10 to two"); "zwei Afghanen und einem Syrer" 2 (the
  article none, ninety-third); "Zwei mutmaßliche Schleuser, ein 31-jähriger Tunesier und ein
  26-jähriger Libyer" count 2 and two ages; "Four migrants, among them a seven-year-old girl"
  4 and 7 years, "A 29-year-old Iraqi man" 29 years (ages are durations, every batch); "mehr
  als 2,8 Millionen" Überstunden "over" (a count of hours as the union gives it, no unit
  written after the figure); "Police arrested 11 people, and two officers ..." 11 and 2;
  "Organisers put the crowd at 15,000" 15,000 and "Die Polizei sprach von 8.500 Teilnehmenden,
  die Veranstalter von mehr als 20.000." 8,500 and 20,000 "over" ("sprach von" with a figure
  is a claim, hundredth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "around",
  "roughly", "some", "Some" "about"; "knapp", "Knapp", "Fast", "almost", "nearly", "Nearly"
  "nearly"; "mehr als", "Mehr als", "more than", "More than" "over"; "bis zu", "up to" "up_to";
  "mindestens", "Mindestens", "at least", "At least" "at_least"; "unter", "below", "less than"
  "under"; "insgesamt", "weitere", "jeweils", "zunächst", "bereits", "bislang", "im Schnitt",
  "Im Schnitt", "durchschnittlich", "an average of", "a record", "Only", "Allein", "sogar",
  "tatsächlich", "also", "oder" no hedge.
- Speakers, checked only in forms the earlier batches settled: "wie das BAMF am Dienstag
  mitteilte" -> "das BAMF" and "Nach Schätzungen des BAMF" -> "das BAMF" (fifty-fifth and
  ninety-ninth), "nach Angaben des SEM" -> "das SEM" (fifty-fifth: "das BFA"), "teilte die
  Bundespolizei mit", "teilte das Innenministerium mit", "teilte die Küstenwache am Sonntag
  mit" -> "die Küstenwache" (the day dropped, hundred-second), "teilte die Ökumenische
  Bundesarbeitsgemeinschaft Asyl in der Kirche mit", "wie das Staatssekretariat für Migration
  am Donnerstag mitteilte" the source with its article in the nominative; "nach Angaben des
  Innenministeriums" -> "das Innenministerium", also "nach Angaben des Innenministeriums in
  Rom" (the place dropped, hundred-first), "nach Angaben des Migrationsministeriums" -> "das
  Migrationsministerium", "nach Angaben der IOM" -> "die IOM"; "so BAMF-Präsident Jochen
  Reimers" -> "Jochen Reimers" (hundredth: "so Unia-Bauchef Marco Ferrazzini"), "sagte
  Regierungssprecher Tobias Lemberg", "sagte Innenminister Gerald Pernsteiner", "sagte
  Diakonie-Direktorin Monika Aschauer" (a quote with figures, ninety-ninth), "sagte Kapitänin
  Lene Hartwig" the name with the title dropped, "sagte Weißgerber" and "sagte Weißgerber am
  Abend" the surname as written. English: "the Home Office said" (twice) and "The Home Office
  has said ..." -> "the Home Office" (hundred-first: "has said"), "The UK Statistics Authority
  said ..." -> "the UK Statistics Authority", "The Justice Department said ..." -> "the Justice
  Department", "The Court of Justice said ..." -> "the Court of Justice" (ninety-eighth and
  hundred-second), "the maritime prefecture said", "the Migration Agency said" and "according
  to the Migration Agency", "the Department of Justice said", "according to the International
  Organization for Migration", "according to the IOM", "according to the EU Agency for Asylum"
  with the article in lower case, "the Federal Office for Migration and Refugees said on
  Tuesday" with the day dropped; "Italy's coast guard said" as written (the possessive form,
  hundred-first); "Frontex said", "according to UNHCR" and "U.S. Customs and Border Protection
  said" as written (fifty-fifth and hundred-first); "Home Secretary Rachel Dunmore said",
  "Interior Minister Harald Weissgerber said", "Migration Minister Johan Sandell said",
  "Justice Minister Conor Fahey said", "Homeland Security spokeswoman Tara McAlister said",
  "regional President Fernando Acosta told reporters" the name with the title dropped
  (fifteenth and ninety-ninth); each row's spelling of a name is its speaker ("Weißgerber" in
  dpa copy, "Harald Weissgerber" in Reuters copy; ninety-third and hundred-first). New: "U.S.
  District Judge Alan Morrow said at least six men ..." -> "Alan Morrow", the judge's title
  dropped as any other (the fifty-fifth batch left "U.S. District Judge Laura Kim also ordered"
  unchecked for its verb only). Left unchecked (None): "wie ein Sprecher mitteilte", "sagte der
  Sprecher", "erklärte das Amt", "nach Angaben der Statistiker", "nach Angaben aus
  Regierungskreisen", "nach Aussagen von Überlebenden", "nach eigenen Angaben", "nach
  Polizeiangaben", "Die Polizei sprach von", "beziffert", "rechnet", "erwartet das SEM",
  "berichtete", "urteilten", "kündigte ... an", "Laut Staatsrechnung", "Nach einer Antwort der
  Bundesregierung", "behauptet", "behauptete", "widersprach"; "Home Office data showed", "Home
  Office figures show", "according to official figures", "Interior Ministry data showed",
  "agency data show", "Greek coast guard data show", "budget papers show", "according to a
  budget document", "according to a document seen by Reuters", "according to an AFP tally"
  (documents and data, thirty-ninth), "also claimed", "investigators say", "a Red Crescent
  official said", "the U.N. migration agency said Thursday" and "The charity ship Ocean Viking
  said" (descriptions, fortieth and hundred-first), "according to the department" (a
  description; batches disagree on "the agency said"), "The administration says", "Refugee
  advocates said", "survivors told UNHCR staff", "local authorities said", "Poland and Hungary said", "A Spanish aid group estimated", "An analysis ... found",
  "The court found", rows without attribution and all negatives, also those with a named
  speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_104 = [
    # --- Asylzahlen des BAMF im Oktober (dpa) ---
    ("de", "Nürnberg (dpa) - Im Oktober haben in Deutschland erneut deutlich weniger Menschen erstmals Asyl beantragt: Das Bundesamt für Migration und Flüchtlinge registrierte 8.412 Erstanträge, 31,6 Prozent weniger als im Vorjahresmonat.", True, [("count", 8412, None, None), ("percent", 31.6, "%", None)], None),
    ("de", "Von Januar bis Oktober nahm die Behörde insgesamt 94.870 Erstanträge entgegen, nach 208.311 im gleichen Zeitraum des Vorjahres.", True, [("count", 94870, None, None), ("count", 208311, None, None)], None),
    ("de", "Hinzu kamen 11.240 Folgeanträge, wie das BAMF am Dienstag mitteilte.", True, [("count", 11240, None, None)], "das BAMF"),
    ("de", "Fast jeder dritte Erstantrag entfiel auf Menschen aus Syrien, dahinter folgten Afghanistan mit 14,8 Prozent und die Türkei mit 9,1 Prozent.", True, [("fraction", 0.3333, None, "nearly"), ("percent", 14.8, "%", None), ("percent", 9.1, "%", None)], None),
    ("de", "Die Gesamtschutzquote lag im Oktober bei 44,7 Prozent und damit 3,2 Prozentpunkte unter dem Wert des Vormonats.", True, [("percent", 44.7, "%", None), ("percent", 3.2, "pp", None)], None),
    ("de", "Bis zu einer Entscheidung vergingen durchschnittlich 7,2 Monate, bei Klagen vor den Verwaltungsgerichten kamen im Schnitt weitere 21,3 Monate hinzu.", True, [("duration", 7.2, "month", None), ("duration", 21.3, "month", None)], None),
    ("de", "Ende Oktober waren beim Bundesamt noch rund 176.000 Verfahren anhängig, der niedrigste Stand seit 2022.", True, [("count", 176000, None, "about"), ("year", 2022, None, None)], None),
    ("de", "Bis Jahresende solle die Zahl der offenen Verfahren auf unter 150.000 sinken, so BAMF-Präsident Jochen Reimers.", True, [("count", 150000, None, "under")], "Jochen Reimers"),
    ("de", "„Die Wende in der Migrationspolitik ist eingeleitet, und sie wirkt“, sagte Bundesinnenminister Harald Weißgerber.", False, [], None),
    ("de", "Seit Jahresbeginn seien die Erstanträge um mehr als die Hälfte zurückgegangen, sagte Weißgerber.", True, [("fraction", 0.5, None, "over")], "Weißgerber"),
    ("de", "Pro Asyl sprach von einer „Politik der Abschottung, die Schutzsuchende in die Illegalität treibt“.", False, [], None),
    ("de", "„Hinter jeder dieser Zahlen steht ein Mensch mit einer Geschichte“, sagte Pro-Asyl-Geschäftsführerin Ines Wallraff.", False, [], None),
    # --- Streit um eine Kosten-Zahl im Bundestag (dpa) ---
    ("de", "Berlin (dpa) - Eine Zahl zu den Kosten für Asylbewerber hat im Bundestag einen heftigen Schlagabtausch ausgelöst.", True, [], None),
    ("de", "Der AfD-Abgeordnete Dietmar Kühnhold hatte in der Haushaltsdebatte behauptet, der Staat gebe für jeden Asylbewerber mehr als 5.000 Euro im Monat aus.", True, [("money", 5000, "EUR", "over")], None),
    ("de", "Das Statistische Bundesamt widersprach am Donnerstag: Im Schnitt beliefen sich die Leistungen nach dem Asylbewerberleistungsgesetz im vergangenen Jahr auf 1.187 Euro pro Person und Monat.", True, [("money", 1187, "EUR", None)], None),
    ("de", "Unterkunft, Verpflegung und Gesundheitsversorgung seien darin bereits enthalten, erklärte das Amt.", True, [], None),
    ("de", "Insgesamt gaben Bund, Länder und Kommunen 2024 nach Angaben der Statistiker rund 6,9 Milliarden Euro für solche Leistungen aus.", True, [("year", 2024, None, None), ("money", 6900000000, "EUR", "about")], None),
    ("de", "„Wer solche Zahlen in die Welt setzt, will nicht informieren, sondern Angst schüren“, sagte die SPD-Innenpolitikerin Katrin Hollerbach.", False, [], None),
    ("de", "Deutschland sei bei der Aufnahme längst an seine Belastungsgrenze gestoßen, sagte Kühnhold.", False, [], None),
    ("de", "Kühnhold behauptete in derselben Rede zudem, im vergangenen Jahr seien mehr als 300.000 Menschen unerlaubt nach Deutschland eingereist.", True, [("count", 300000, None, "over")], None),
    ("de", "Die Bundespolizei hatte für 2024 tatsächlich 83.572 unerlaubte Einreisen registriert, knapp 35 Prozent weniger als 2023.", True, [("year", 2024, None, None), ("count", 83572, None, None), ("percent", 35, "%", "nearly"), ("year", 2023, None, None)], None),
    ("de", "Ob die Debatte damit beendet ist, darf bezweifelt werden.", False, [], None),
    # --- Ein Jahr Kontrollen an allen Landgrenzen (dpa) ---
    ("de", "Frankfurt (Oder) (dpa) - Seit der Ausweitung der Kontrollen auf alle deutschen Landgrenzen vor zwölf Monaten hat die Bundespolizei 41.308 Menschen an der Grenze zurückgewiesen.", True, [("duration", 12, "month", None), ("count", 41308, None, None)], None),
    ("de", "Darunter waren 2.914 Asylsuchende, also rund sieben Prozent; sie werden seit einer Weisung des Innenministeriums im Mai ebenfalls abgewiesen.", True, [("count", 2914, None, None), ("percent", 7, "%", "about")], None),
    ("de", "Die Zahl der festgestellten unerlaubten Einreisen ging im selben Zeitraum um 38 Prozent auf 61.240 zurück, teilte die Bundespolizei mit.", True, [("percent", 38, "%", None), ("count", 61240, None, None)], "die Bundespolizei"),
    ("de", "Wie viele der Zurückgewiesenen später auf anderem Weg einreisten, kann die Bundespolizei nach eigenen Angaben nicht sagen.", False, [], None),
    ("de", "An der Grenze zu Polen sind derzeit täglich rund 1.100 Beamtinnen und Beamte im Einsatz.", True, [("count", 1100, None, "about")], None),
    ("de", "Die Gewerkschaft der Polizei beziffert die seit Beginn der Kontrollen angefallenen Überstunden auf mehr als 2,8 Millionen.", True, [("count", 2800000, None, "over")], None),
    ("de", "„Auf Dauer hält das keine Dienststelle durch“, sagte GdP-Vize Sven Marquardt.", False, [], None),
    ("de", "Nach einer Antwort der Bundesregierung auf eine Anfrage der Linken kosteten die Kontrollen bislang rund 96 Millionen Euro.", True, [("money", 96000000, "EUR", "about")], None),
    ("de", "Die polnische Regierung nannte die Zurückweisungen einen Bruch des Schengen-Geistes.", False, [], None),
    ("de", "Warschau hatte am 9. Juli seinerseits Kontrollen an 63 Übergängen zur deutschen Grenze eingeführt.", True, [("date", "--07-09", None, None), ("count", 63, None, None)], None),
    ("de", "Die Kontrollen würden zunächst bis zum 15. März 2026 verlängert, sagte Weißgerber am Abend.", True, [("date", "2026-03-15", None, None)], "Weißgerber"),
    # --- Abschiebeflug nach Afghanistan (dpa) ---
    ("de", "Leipzig (dpa) - Vom Flughafen Leipzig/Halle ist am Freitagmorgen ein Abschiebeflug mit 74 verurteilten afghanischen Straftätern an Bord nach Kabul gestartet.", True, [("count", 74, None, None)], None),
    ("de", "Es ist der zweite Flug dieser Art seit der Machtübernahme der Taliban im August 2021.", True, [("ordinal", 2, None, None), ("year", 2021, None, None)], None),
    ("de", "Jeder der Männer erhielt nach Angaben aus Regierungskreisen ein Handgeld von 800 Euro.", True, [("money", 800, "EUR", None)], None),
    ("de", "Der Charterflug kostete nach Angaben des Innenministeriums rund 580.000 Euro.", True, [("money", 580000, "EUR", "about")], "das Innenministerium"),
    ("de", "Die Bundesregierung habe für den Flug keine direkten Gespräche mit den Taliban geführt, sagte Regierungssprecher Tobias Lemberg.", True, [], "Tobias Lemberg"),
    ("de", "„Wer hier schwere Straftaten begeht, hat sein Gastrecht verwirkt“, sagte Lemberg.", False, [], None),
    ("de", "Amnesty International nannte den Flug einen „gefährlichen Tabubruch“.", False, [], None),
    ("de", "Im ersten Halbjahr wurden bundesweit 12.640 Menschen abgeschoben, 17,6 Prozent mehr als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 12640, None, None), ("percent", 17.6, "%", None)], None),
    ("de", "Knapp 3.100 von ihnen wurden im Rahmen des Dublin-Verfahrens in andere EU-Staaten überstellt.", True, [("count", 3100, None, "nearly")], None),
    ("de", "Etwa jede vierte geplante Abschiebung scheiterte, weil die Betroffenen nicht angetroffen wurden.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Zum Stichtag 30. Juni waren 231.415 Menschen ausreisepflichtig, rund 80 Prozent von ihnen besaßen eine Duldung.", True, [("date", "--06-30", None, None), ("count", 231415, None, None), ("percent", 80, "%", "about")], None),
    # --- Asylstatistik und Grundversorgung in Österreich (APA) ---
    ("de", "Wien (APA) - Von Jänner bis Ende September haben in Österreich 13.106 Menschen einen Asylantrag gestellt, ein Minus von 36 Prozent gegenüber dem Vorjahreszeitraum.", True, [("count", 13106, None, None), ("percent", 36, "%", None)], None),
    ("de", "Mehr als die Hälfte der Anträge betraf nachgezogene Familienangehörige oder in Österreich geborene Kinder.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Syrer stellten mit 4.218 Anträgen die größte Gruppe, gefolgt von Afghanen mit 1.764.", True, [("count", 4218, None, None), ("count", 1764, None, None)], None),
    ("de", "Im selben Zeitraum verließen 10.522 Menschen Österreich, die Hälfte davon freiwillig, teilte das Innenministerium mit.", True, [("count", 10522, None, None), ("fraction", 0.5, None, None)], "das Innenministerium"),
    ("de", "Der Familiennachzug sei seit Juli um 78 Prozent zurückgegangen, sagte Innenminister Gerald Pernsteiner.", True, [("percent", 78, "%", None)], "Gerald Pernsteiner"),
    ("de", "„Die Zahlen beweisen, dass unser konsequenter Kurs der richtige ist“, sagte Pernsteiner.", False, [], None),
    ("de", "Die FPÖ sprach von „geschönten Zahlen“ und einem „Ablenkungsmanöver“.", False, [], None),
    ("de", "In der Grundversorgung befanden sich Ende September 67.950 Menschen, darunter knapp 25.000 Vertriebene aus der Ukraine.", True, [("count", 67950, None, None), ("count", 25000, None, "nearly")], None),
    ("de", "Der Bund ersetzt den Ländern für die Unterbringung in organisierten Quartieren einen Tagsatz von 26 Euro pro Person.", True, [("money", 26, "EUR", None)], None),
    ("de", "Für unbegleitete Minderjährige sind es bis zu 95 Euro pro Tag.", True, [("money", 95, "EUR", "up_to")], None),
    ("de", "Die Länder verlangen eine Anhebung auf 32 Euro, Wien fordert sogar 40 Euro.", True, [("money", 32, "EUR", None), ("money", 40, "EUR", None)], None),
    ("de", "„Viele Menschen leben seit mehr als zwei Jahren in der Grundversorgung und bekommen 40 Euro Taschengeld im Monat“, sagte Diakonie-Direktorin Monika Aschauer.", True, [("duration", 2, "year", "over"), ("money", 40, "EUR", None)], "Monika Aschauer"),
    ("de", "Die Caritas appellierte an die Regierung, bei aller Härte die Integration nicht aus den Augen zu verlieren.", False, [], None),
    ("de", "In Schubhaft befinden sich derzeit 312 Personen, die durchschnittliche Anhaltedauer beträgt 29 Tage.", True, [("count", 312, None, None), ("duration", 29, "day", None)], None),
    # --- Asylgesuche in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Schweiz hat im dritten Quartal 5412 Asylgesuche registriert, das sind 17,3 Prozent weniger als ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("count", 5412, None, None), ("percent", 17.3, "%", None)], None),
    ("de", "Wichtigste Herkunftsländer waren Afghanistan, Eritrea und die Türkei, wie das Staatssekretariat für Migration am Donnerstag mitteilte.", True, [], "das Staatssekretariat für Migration"),
    ("de", "Die Schutzquote lag bei 61,4 Prozent, die Anerkennungsquote bei 27,9 Prozent.", True, [("percent", 61.4, "%", None), ("percent", 27.9, "%", None)], None),
    ("de", "In den Bundesasylzentren stehen rund 9000 Plätze zur Verfügung, belegt sind knapp 6200 oder rund 69 Prozent.", True, [("count", 9000, None, "about"), ("count", 6200, None, "nearly"), ("percent", 69, "%", "about")], None),
    ("de", "Ein Platz in einem Bundesasylzentrum kostet den Bund nach Angaben des SEM rund 140 Franken pro Tag.", True, [("money", 140, "CHF", "about")], "das SEM"),
    ("de", "Bis Ende Jahr erwartet das SEM insgesamt 24'000 Gesuche.", True, [("count", 24000, None, None)], None),
    ("de", "Die SVP behauptet, die Asylkosten des Bundes hätten 2024 die Marke von vier Milliarden Franken überschritten.", True, [("year", 2024, None, None), ("money", 4000000000, "CHF", None)], None),
    ("de", "Laut Staatsrechnung beliefen sich die Ausgaben für Asyl und Flüchtlinge im selben Jahr auf 3,1 Milliarden Franken.", True, [("money", 3100000000, "CHF", None)], None),
    ("de", "«Die SVP rechnet Äpfel mit Birnen zusammen», sagte SP-Nationalrätin Fabienne Rochat.", False, [], None),
    ("de", "«Die Schweiz hat die Kontrolle über ihre Grenzen verloren», sagte SVP-Nationalrat Reto Gisler.", False, [], None),
    ("de", "Bis Ende September hat die Schweiz 3810 Personen in ihre Herkunftsländer oder in Dublin-Staaten zurückgeführt, rund 400 mehr als im Vorjahr.", True, [("count", 3810, None, None), ("count", 400, None, "about")], None),
    ("de", "Der Bundesrat will bis 2027 rund 1500 Plätze in den Bundesasylzentren abbauen.", True, [("year", 2027, None, None), ("count", 1500, None, "about")], None),
    # --- Bootsunglück vor Lampedusa (dpa, KNA) ---
    ("de", "Rom (dpa) - Beim Untergang eines Flüchtlingsbootes vor der italienischen Insel Lampedusa sind mindestens 40 Menschen ums Leben gekommen.", True, [("count", 40, None, "at_least")], None),
    ("de", "Die Küstenwache rettete 22 Überlebende, darunter vier Kinder, wie ein Sprecher mitteilte.", True, [("count", 22, None, None), ("count", 4, None, None)], None),
    ("de", "Das Boot war nach Aussagen von Überlebenden mit rund 70 Menschen an Bord im libyschen Sabratha aufgebrochen.", True, [("count", 70, None, "about")], None),
    ("de", "Die Wellen seien bis zu drei Meter hoch gewesen, sagte der Sprecher.", True, [("count", 3, None, "up_to")], None),
    ("de", "Unabhängig bestätigen ließen sich die Schilderungen der Überlebenden zunächst nicht.", False, [], None),
    ("de", "Binnen 24 Stunden erreichten zudem zwei Dutzend weitere Boote mit insgesamt 1.386 Menschen die Insel.", True, [("duration", 24, "hour", None), ("count", 24, None, None), ("count", 1386, None, None)], None),
    ("de", "Rom (dpa) - Die Zahl der Toten nach dem Bootsunglück vor Lampedusa ist auf 52 gestiegen, teilte die Küstenwache am Sonntag mit.", True, [("count", 52, None, None)], "die Küstenwache"),
    ("de", "Taucher bargen zwölf weitere Leichen aus dem Wrack, das in 38 Metern Tiefe liegt.", True, [("count", 12, None, None), ("count", 38, None, None)], None),
    ("de", "Mindestens sechs Menschen werden noch vermisst.", True, [("count", 6, None, "at_least")], None),
    ("de", "Zwei mutmaßliche Schleuser, ein 31-jähriger Tunesier und ein 26-jähriger Libyer, wurden festgenommen.", True, [("count", 2, None, None), ("duration", 31, "year", None), ("duration", 26, "year", None)], None),
    ("de", "Für beide gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Seit Jahresbeginn sind nach Angaben der IOM im zentralen Mittelmeer 1.452 Menschen ums Leben gekommen oder verschollen.", True, [("count", 1452, None, None)], "die IOM"),
    ("de", "In Italien kamen in diesem Jahr bislang 48.310 Migranten über das Meer an, etwa ein Fünftel mehr als im Vorjahr.", True, [("count", 48310, None, None), ("fraction", 0.2, None, "about")], None),
    ("de", "Die Besatzung der „Sea-Watch 5“ hatte in der Nacht nach eigenen Angaben 117 Menschen aus zwei Schlauchbooten gerettet.", True, [("count", 117, None, None), ("count", 2, None, None)], None),
    ("de", "Die Behörden wiesen dem Schiff den rund 1.100 Kilometer entfernten Hafen von Genua zu.", True, [("count", 1100, None, "about")], None),
    ("de", "Dadurch verliere das Schiff mindestens vier Tage, die es für Rettungen im Einsatzgebiet brauche, sagte Kapitänin Lene Hartwig.", True, [("duration", 4, "day", "at_least")], "Lene Hartwig"),
    ("de", "Die beiden Zentren in Albanien sollen Italien in den kommenden fünf Jahren rund 740 Millionen Euro kosten, stehen aber weitgehend leer.", True, [("duration", 5, "year", None), ("money", 740000000, "EUR", "about")], None),
    ("de", "Derzeit sind dort nach Angaben des Innenministeriums in Rom 31 Männer untergebracht, ausgelegt sind die Zentren für bis zu 960.", True, [("count", 31, None, None), ("count", 960, None, "up_to")], "das Innenministerium"),
    ("de", "Bonn (KNA) - Die katholischen Bischöfe haben nach dem Unglück vor Lampedusa an die EU-Staaten appelliert, die staatliche Seenotrettung wieder aufzunehmen.", False, [], None),
    ("de", "„Das Mittelmeer darf nicht länger zum Massengrab werden“, sagte der Flüchtlingsbeauftragte der Bischofskonferenz, Weihbischof Anselm Trautwein.", False, [], None),
    ("de", "Der Papst gedachte beim Angelusgebet der Toten und betete für ihre Angehörigen.", False, [], None),
    # --- Kirchenasyl (KNA) ---
    ("de", "Bonn (KNA) - Die Zahl der Kirchenasyle in Deutschland ist im vergangenen Jahr auf 2.214 gestiegen, teilte die Ökumenische Bundesarbeitsgemeinschaft Asyl in der Kirche mit.", True, [("count", 2214, None, None)], "die Ökumenische Bundesarbeitsgemeinschaft Asyl in der Kirche"),
    ("de", "Betroffen waren 3.190 Menschen, darunter 541 Kinder.", True, [("count", 3190, None, None), ("count", 541, None, None)], None),
    ("de", "In 68 Prozent der Fälle ging es um eine drohende Überstellung in einen anderen EU-Staat.", True, [("percent", 68, "%", None)], None),
    ("de", "„Kirchenasyl ist ein letztes Mittel und kein Rechtsbruch“, sagte die Vorsitzende der Arbeitsgemeinschaft, Pfarrerin Dorothee Lindemann.", False, [], None),
    # --- Das Lager auf Samos (KNA) ---
    ("de", "Athen (KNA) - Das Flüchtlingslager auf der griechischen Insel Samos ist für 3.000 Menschen ausgelegt, derzeit aber mit mehr als 5.000 belegt.", True, [("count", 3000, None, None), ("count", 5000, None, "over")], None),
    ("de", "Allein im August kamen nach Angaben des Migrationsministeriums 4.870 Menschen auf den Inseln der östlichen Ägäis an, 62 Prozent mehr als im Juli.", True, [("count", 4870, None, None), ("percent", 62, "%", None)], "das Migrationsministerium"),
    ("de", "Drei Viertel der Bewohner des Lagers stammen aus Afghanistan, Syrien und dem Sudan.", True, [("fraction", 0.75, None, None)], None),
    ("de", "Ärzte ohne Grenzen berichtete, in dem Lager teilten sich bis zu 30 Menschen einen Wohncontainer.", True, [("count", 30, None, "up_to")], None),
    ("de", "Auf eine Entscheidung über ihren Asylantrag warten die Menschen auf Samos im Schnitt 94 Tage.", True, [("duration", 94, "day", None)], None),
    ("de", "„Was wir hier sehen, ist eine Schande für Europa“, sagte die Projektkoordinatorin der Organisation, Eleni Varvaki.", False, [], None),
    ("de", "Die griechische Regierung wies die Kritik zurück und kündigte an, bis Jahresende 1.200 Menschen aufs Festland zu bringen.", True, [("count", 1200, None, None)], None),
    # --- Solidaritätsmechanismus der EU (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Innenminister haben sich nach einer fünfstündigen Sitzung auf die Verteilung von Schutzsuchenden im Rahmen des neuen Solidaritätsmechanismus geeinigt.", True, [("duration", 5, "hour", None)], None),
    ("de", "Im kommenden Jahr sollen demnach 24.000 Asylbewerber aus besonders belasteten Staaten umverteilt werden.", True, [("count", 24000, None, None)], None),
    ("de", "Wer keine Menschen aufnehmen will, kann sich mit 22.000 Euro pro Person freikaufen.", True, [("money", 22000, "EUR", None)], None),
    ("de", "Deutschland müsste nach dem Verteilschlüssel rund 4.600 Menschen aufnehmen oder etwa 101 Millionen Euro zahlen.", True, [("count", 4600, None, "about"), ("money", 101000000, "EUR", "about")], None),
    ("de", "Ungarn und die Slowakei kündigten an, sich weder an der Aufnahme noch an den Zahlungen zu beteiligen.", True, [], None),
    ("de", "„Solidarität ist keine Einbahnstraße“, sagte der österreichische Innenminister nach dem Treffen.", False, [], None),
    ("de", "Der Migrationspakt gilt ab dem 1. Juni 2026.", True, [("date", "2026-06-01", None, None)], None),
    # --- Urteile zu Rückführungen und Zurückweisungen (dpa, APA) ---
    ("de", "Leipzig (dpa) - Das Bundesverwaltungsgericht hat Abschiebungen alleinstehender, gesunder Männer nach Griechenland grundsätzlich für zulässig erklärt.", True, [], None),
    ("de", "Den Klägern drohe dort keine unmenschliche oder erniedrigende Behandlung, urteilten die Leipziger Richter.", True, [], None),
    ("de", "Nach Schätzungen des BAMF leben rund 36.000 bereits in Griechenland anerkannte Flüchtlinge in Deutschland.", True, [("count", 36000, None, "about")], "das BAMF"),
    ("de", "Pro Asyl nannte das Urteil „lebensfremd“.", False, [], None),
    ("de", "Berlin (dpa) - Das Verwaltungsgericht Berlin hat die Zurückweisung von zwei Afghanen und einem Syrer an der deutsch-polnischen Grenze in einem Eilverfahren für rechtswidrig erklärt.", True, [("count", 2, None, None)], None),
    ("de", "Die Bundesregierung hält trotz des Beschlusses an den Zurückweisungen fest.", True, [], None),
    ("de", "Wien (APA) - Der Verfassungsgerichtshof hat die dreimonatige Aussetzung des Familiennachzugs nicht beanstandet.", True, [("duration", 3, "month", None)], None),
    ("de", "Die Regelung kann zweimal um jeweils sechs Monate verlängert werden.", True, [("count", 2, None, None), ("duration", 6, "month", None)], None),
    # --- Demonstration in Berlin (dpa) ---
    ("de", "Berlin (dpa) - Mehrere Tausend Menschen haben am Samstag in Berlin gegen die Verschärfung der Asylpolitik demonstriert.", True, [], None),
    ("de", "Die Polizei sprach von 8.500 Teilnehmenden, die Veranstalter von mehr als 20.000.", True, [("count", 8500, None, None), ("count", 20000, None, "over")], None),
    ("de", "Auf Transparenten stand „Kein Mensch ist illegal“ und „Grenzen töten“.", False, [], None),
    ("de", "Rund 1.200 Polizeikräfte waren im Einsatz, zwei Menschen wurden vorübergehend festgenommen.", True, [("count", 1200, None, "about"), ("count", 2, None, None)], None),
    ("de", "An einer Gegenkundgebung vor dem Kanzleramt beteiligten sich nach Polizeiangaben etwa 300 Menschen.", True, [("count", 300, None, "about")], None),
    ("de", "„Wir lassen uns nicht einreden, dass Menschen in Not eine Bedrohung sind“, rief eine Rednerin.", False, [], None),
    ("de", "Viele Geflüchtete in Berlin fürchten, dass ihnen nach der Reform die Abschiebung droht.", False, [], None),
    # --- Channel crossings (Reuters) ---
    ("en", "LONDON, Aug 30 (Reuters) - More than 1,000 people reached Britain on small boats across the Channel on Friday, the highest daily figure this year, Home Office data showed.", True, [("date", "--08-30", None, None), ("count", 1000, None, "over")], None),
    ("en", "The 1,072 people came in 19 boats, the Home Office said.", True, [("count", 1072, None, None), ("count", 19, None, None)], "the Home Office"),
    ("en", "It was the fourth day this month on which more than 800 people made the crossing.", True, [("ordinal", 4, None, None), ("count", 800, None, "over")], None),
    ("en", "Arrivals since January now stand at 28,714, up 29% on the same point last year.", True, [("count", 28714, None, None), ("percent", 29, "%", None)], None),
    ("en", "Nearly four in five of those arriving go on to claim asylum, according to official figures.", True, [("fraction", 0.8, None, "nearly")], None),
    ("en", "The government is spending about £5.5 million a day on hotels for asylum seekers.", True, [("money", 5500000, "GBP", "about")], None),
    ("en", "Rooms in the roughly 210 hotels still in use cost an average of £145 per person per night.", True, [("count", 210, None, "about"), ("money", 145, "GBP", None)], None),
    ("en", "Home Secretary Rachel Dunmore said the number of hotels had fallen by a third since the general election.", True, [("fraction", 0.3333, None, None)], "Rachel Dunmore"),
    ("en", "The UK Statistics Authority said Dunmore's figure counted hotels that had closed but not the 38 that had opened over the same period.", True, [("count", 38, None, None)], "the UK Statistics Authority"),
    ("en", "Opposition home affairs spokesman Giles Hartigan said the government had \"lost control of Britain's borders.\"", False, [], None),
    ("en", "Hartigan also claimed that 90% of Channel migrants were young men who had passed through safe countries.", True, [("percent", 90, "%", None)], None),
    ("en", "Home Office figures show that 74% of small-boat arrivals in the year to June were adult men.", True, [("percent", 74, "%", None)], None),
    ("en", "Under a pilot returns deal with France, 42 people have been sent back across the Channel in the eight weeks since it began.", True, [("count", 42, None, None), ("duration", 8, "week", None)], None),
    ("en", "The Home Office has said the scheme could eventually cover up to 50 people a week.", True, [("count", 50, None, "up_to")], "the Home Office"),
    ("en", "\"Every boat that lands on our beaches is a win for the gangs,\" Dunmore told parliament.", False, [], None),
    ("en", "Refugee charities said the figures underlined the need for safe and legal routes.", False, [], None),
    ("en", "The backlog of initial asylum decisions stood at 91,400 at the end of June, the lowest since 2021 and 23% below its peak.", True, [("count", 91400, None, None), ("year", 2021, None, None), ("percent", 23, "%", None)], None),
    ("en", "Applicants waited an average of 14 months for a first decision, the Home Office said.", True, [("duration", 14, "month", None), ("ordinal", 1, None, None)], "the Home Office"),
    # --- Deaths in the Channel (AFP) ---
    ("en", "BOULOGNE-SUR-MER, France (AFP) - Four migrants, among them a seven-year-old girl, died early Sunday when an overloaded dinghy got into trouble off the northern French coast, local authorities said.", True, [("count", 4, None, None), ("duration", 7, "year", None)], None),
    ("en", "French rescuers pulled 67 people from the water and brought them to Boulogne, the maritime prefecture said.", True, [("count", 67, None, None)], "the maritime prefecture"),
    ("en", "The deaths bring the number of people who have died trying to cross the Channel this year to at least 27, according to an AFP tally.", True, [("count", 27, None, "at_least")], None),
    ("en", "France has deployed some 1,200 police and gendarmes along 150 km of coastline, partly paid for by a £500 million British package agreed in 2023.", True, [("count", 1200, None, "about"), ("count", 150, None, None), ("money", 500000000, "GBP", None), ("year", 2023, None, None)], None),
    ("en", "Each passenger pays smugglers between 1,500 and 3,000 euros for a place on a boat, investigators say.", True, [("money", 1500, "EUR", None), ("money", 3000, "EUR", None)], None),
    ("en", "A 29-year-old Iraqi man suspected of steering the dinghy was taken into custody.", True, [("duration", 29, "year", None)], None),
    ("en", "\"The smugglers cram ever more people into ever flimsier boats,\" a police officer in Boulogne told AFP.", False, [], None),
    # --- Shipwreck off Libya (AP, AFP) ---
    ("en", "ROME (AP) — At least 40 people drowned and dozens more were missing after an overcrowded fishing boat capsized off the Libyan coast, the U.N. migration agency said Thursday.", True, [("count", 40, None, "at_least")], None),
    ("en", "Survivors told aid workers that about 110 people had been on board when the boat left Zuwara on Tuesday night.", True, [("count", 110, None, "about")], None),
    ("en", "The Libyan coast guard rescued 38 people, including two children, according to the International Organization for Migration.", True, [("count", 38, None, None), ("count", 2, None, None)], "the International Organization for Migration"),
    ("en", "TUNIS (AFP) - The death toll from the shipwreck off Libya, the 14th deadly sinking on that coast this year, rose to 61 on Friday as more bodies washed ashore near Zuwara, a Red Crescent official said.", True, [("ordinal", 14, None, None), ("count", 61, None, None)], None),
    ("en", "Some 15 people are still unaccounted for, among them three children.", True, [("count", 15, None, "about"), ("count", 3, None, None)], None),
    ("en", "So far this year more than 1,400 migrants have died or disappeared while trying to cross from North Africa to Italy, according to the IOM.", True, [("count", 1400, None, "over")], "the IOM"),
    ("en", "\"Each of these deaths was preventable,\" said IOM spokeswoman Carla Bertoni.", False, [], None),
    ("en", "Italy's coast guard said it had coordinated 86 rescues in the Strait of Sicily over the previous 48 hours.", True, [("count", 86, None, None), ("duration", 48, "hour", None)], "Italy's coast guard"),
    ("en", "The charity ship Ocean Viking said it had taken 213 people from four boats on board and was sailing to Ravenna, more than 1,500 km away.", True, [("count", 213, None, None), ("count", 4, None, None), ("count", 1500, None, "over")], None),
    ("en", "Italian authorities fined the ship's operator 10,000 euros and detained the vessel for 20 days last month.", True, [("money", 10000, "EUR", None), ("duration", 20, "day", None)], None),
    ("en", "Aid groups accused European governments of turning their backs on people drowning at sea.", False, [], None),
    ("en", "Relatives waited outside the hospital morgue in Zuwara, some clutching photographs of the missing.", False, [], None),
    ("en", "The accounts of the survivors could not be independently verified.", False, [], None),
    # --- Canary Islands (Reuters) ---
    ("en", "MADRID, Oct 2 (Reuters) - Migrant arrivals on Spain's Canary Islands dropped 41% to 17,250 in the first nine months, Interior Ministry data showed.", True, [("date", "--10-02", None, None), ("percent", 41, "%", None), ("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 17250, None, None)], None),
    ("en", "Arrivals on the Atlantic route hit a record 46,843 in 2024, surpassing the previous peak set in 2006.", True, [("count", 46843, None, None), ("year", 2024, None, None), ("year", 2006, None, None)], None),
    ("en", "Most of the wooden boats, known as cayucos, set out from Mauritania on a voyage that can last up to 10 days.", True, [("duration", 10, "day", "up_to")], None),
    ("en", "A cayuco carrying 227 people, among them 48 women and 34 minors, reached the island of El Hierro on Wednesday.", True, [("count", 227, None, None), ("count", 48, None, None), ("count", 34, None, None)], None),
    ("en", "The islands are caring for about 5,200 unaccompanied minors in centres built for 2,000.", True, [("count", 5200, None, "about"), ("count", 2000, None, None)], None),
    ("en", "Each of them costs the regional government around 2,700 euros a month, regional President Fernando Acosta told reporters.", True, [("money", 2700, "EUR", "about")], "Fernando Acosta"),
    ("en", "Spain's Supreme Court ordered the central government in August to take responsibility for 1,000 child asylum seekers within 10 days.", True, [("count", 1000, None, None), ("duration", 10, "day", None)], None),
    ("en", "\"We cannot be the only region carrying this responsibility,\" Acosta said.", False, [], None),
    ("en", "Residents of El Hierro fear the island's only hospital cannot cope with the arrivals.", False, [], None),
    ("en", "A Spanish aid group estimated that 1,090 people had died trying to reach Spain by sea in the first half of the year.", True, [("count", 1090, None, None), ("ordinal", 1, None, None)], None),
    ("en", "The Interior Ministry gives no figures of its own for deaths at sea.", False, [], None),
    # --- U.S. border and deportations (AP) ---
    ("en", "WASHINGTON (AP) — Border Patrol agents made 8,725 arrests for illegal crossings at the southern border in September, the lowest monthly total since 1970, U.S. Customs and Border Protection said.", True, [("count", 8725, None, None), ("year", 1970, None, None)], "U.S. Customs and Border Protection"),
    ("en", "That compares with more than 54,000 in September last year.", True, [("count", 54000, None, "over")], None),
    ("en", "Apprehensions along the northern border with Canada fell 62% to 1,190 in the same month.", True, [("percent", 62, "%", None), ("count", 1190, None, None)], None),
    ("en", "Immigration and Customs Enforcement was holding a record 61,226 people in detention as of Sept. 21, agency data show.", True, [("count", 61226, None, None), ("date", "--09-21", None, None)], None),
    ("en", "Congress approved about $45 billion over four years to expand detention capacity.", True, [("money", 45000000000, "USD", "about"), ("duration", 4, "year", None)], None),
    ("en", "A detention bed costs taxpayers an average of $165 a day, according to a budget document.", True, [("money", 165, "USD", None)], None),
    ("en", "The administration says it has deported more than 400,000 people since January.", True, [("count", 400000, None, "over")], None),
    ("en", "An analysis by the Migration Policy Institute found that the figure included about 140,000 people turned back at the border, who were not counted as deportations under earlier administrations.", True, [("count", 140000, None, "about")], None),
    ("en", "Homeland Security spokeswoman Tara McAlister said the department counted removals \"exactly the way it always has.\"", True, [], "Tara McAlister"),
    ("en", "\"The American people voted for mass deportations, and that is what they are getting,\" McAlister said.", False, [], None),
    # --- Third-country deportations blocked (Reuters) ---
    ("en", "BOSTON, May 21 (Reuters) - A federal judge on Wednesday blocked the administration from deporting migrants to countries other than their own without giving them at least 15 days' notice.", True, [("date", "--05-21", None, None), ("duration", 15, "day", "at_least")], None),
    ("en", "U.S. District Judge Alan Morrow said at least six men had been put on a flight to a third country in Africa after less than 24 hours' notice.", True, [("count", 6, None, "at_least"), ("duration", 24, "hour", "under")], "Alan Morrow"),
    ("en", "The Justice Department said it would appeal.", True, [], "the Justice Department"),
    ("en", "\"This ruling puts American communities at risk,\" a White House spokesperson said.", False, [], None),
    ("en", "Protesters outside the courthouse held signs reading \"No human is illegal.\"", False, [], None),
    ("en", "(Reporting by Nadia Ferrante in Boston; Editing by Mark Ruston)", False, [], None),
    # --- EU solidarity pool and the Hungary ruling (Reuters) ---
    ("en", "BRUSSELS, Dec 8 (Reuters) - European Union interior ministers agreed on Monday to relocate 24,000 asylum seekers next year from the countries under the heaviest migratory pressure, or pay 528 million euros into a common fund.", True, [("date", "--12-08", None, None), ("count", 24000, None, None), ("money", 528000000, "EUR", None)], None),
    ("en", "Countries that refuse to take people in will pay 22,000 euros for each person not relocated.", True, [("money", 22000, "EUR", None)], None),
    ("en", "Germany's share would be about 4,600 people, roughly 19.2% of the total, according to a document seen by Reuters.", True, [("count", 4600, None, "about"), ("percent", 19.2, "%", "about")], None),
    ("en", "Poland and Hungary said they would neither take in migrants nor pay.", True, [], None),
    ("en", "\"We will not accept a single migrant forced on us by Brussels,\" Hungary's foreign minister told reporters.", False, [], None),
    ("en", "The pact, agreed in 2024 after eight years of wrangling, takes effect on June 1, 2026.", True, [("year", 2024, None, None), ("duration", 8, "year", None), ("date", "2026-06-01", None, None)], None),
    ("en", "It requires border procedures for applicants from countries with recognition rates below 25%, to be completed within 14 weeks.", True, [("percent", 25, "%", "under"), ("duration", 14, "week", None)], None),
    ("en", "LUXEMBOURG, June 13 (Reuters) - The European Union's top court ordered Hungary to pay a lump sum of 150 million euros plus 800,000 euros for each day it fails to apply EU asylum rules.", True, [("date", "--06-13", None, None), ("money", 150000000, "EUR", None), ("money", 800000, "EUR", None)], None),
    ("en", "The Court of Justice said Hungary had deliberately sidestepped EU law by requiring asylum seekers to apply at its embassies abroad.", True, [], "the Court of Justice"),
    ("en", "Budapest called the ruling \"outrageous and unacceptable.\"", False, [], None),
    ("en", "Hungary already has about 1 billion euros of EU funds frozen over rule-of-law concerns.", True, [("money", 1000000000, "EUR", "about")], None),
    # --- Frontex (Reuters) ---
    ("en", "WARSAW, Dec 12 (Reuters) - Frontex recorded about 181,500 irregular entries at the EU's external borders between January and November, 24% fewer than a year earlier.", True, [("date", "--12-12", None, None), ("count", 181500, None, "about"), ("percent", 24, "%", None)], None),
    ("en", "The Western Balkans route saw the steepest fall, of 78%, while crossings from Libya rose, Frontex said.", True, [("percent", 78, "%", None)], "Frontex"),
    ("en", "Nationals of Bangladesh, Eritrea and Egypt accounted for two in five detections on the central Mediterranean route, and Syrians for a quarter of those in the eastern Mediterranean.", True, [("fraction", 0.4, None, None), ("fraction", 0.25, None, None)], None),
    ("en", "The agency's budget has grown to about 1.2 billion euros a year, and it aims to field 9,000 standing corps officers by 2028.", True, [("money", 1200000000, "EUR", "about"), ("count", 9000, None, None), ("year", 2028, None, None)], None),
    ("en", "\"These figures show that working with countries of origin and transit pays off,\" the agency's executive director said.", False, [], None),
    # --- Germany's October figures (Reuters) ---
    ("en", "BERLIN, Nov 4 (Reuters) - First-time asylum applications in Germany fell 31.6% in October from a year earlier to 8,412, the Federal Office for Migration and Refugees said on Tuesday.", True, [("date", "--11-04", None, None), ("percent", 31.6, "%", None), ("count", 8412, None, None)], "the Federal Office for Migration and Refugees"),
    ("en", "Syrians filed almost a third of the claims, followed by Afghans and Turks.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "Interior Minister Harald Weissgerber said applications had fallen by more than half since January.", True, [("fraction", 0.5, None, "over")], "Harald Weissgerber"),
    ("en", "The office took an average of 7.2 months to decide a case.", True, [("duration", 7.2, "month", None)], None),
    ("en", "Spain and France each received more asylum applications than Germany in the first half of the year, according to the EU Agency for Asylum.", True, [("ordinal", 1, None, None)], "the EU Agency for Asylum"),
    ("en", "Critics say the decline owes more to fewer crossings on the Balkan route than to German policy.", False, [], None),
    # --- Pushbacks at the Evros (AFP) ---
    ("en", "STRASBOURG (AFP) - The European Court of Human Rights on Tuesday ordered Greece to pay 25,000 euros to a Syrian man who was forced back across the Evros river into Turkey in 2020.", True, [("money", 25000, "EUR", None), ("year", 2020, None, None)], None),
    ("en", "The court found that Greek authorities had carried out pushbacks at the land border in a systematic way.", True, [], None),
    ("en", "The judges ruled by six votes to one.", True, [("count", 6, None, None), ("count", 1, None, None)], None),
    ("en", "The Greek government said it would study the judgment.", False, [], None),
    ("en", "Greek coast guard data show 41,300 people reached Greece by sea in the first 10 months, about a third of them on Crete.", True, [("count", 41300, None, None), ("ordinal", 1, None, None), ("duration", 10, "month", None), ("fraction", 0.3333, None, "about")], None),
    ("en", "Athens suspended asylum claims from people arriving by sea from Libya for 60 days in August.", True, [("duration", 60, "day", None)], None),
    ("en", "Crete's regional governor warned that the island was \"at breaking point.\"", False, [], None),
    # --- Sweden (Reuters) ---
    ("en", "STOCKHOLM, Jan 20 (Reuters) - Sweden granted residence permits on asylum grounds to 6,250 people last year, the lowest number since 1985, the Migration Agency said.", True, [("date", "--01-20", None, None), ("count", 6250, None, None), ("year", 1985, None, None)], "the Migration Agency"),
    ("en", "From Jan. 1, migrants who return home voluntarily can receive up to 300,000 Swedish crowns ($27,500) per adult, up from 12,000 crowns.", True, [("date", "--01-01", None, None), ("money", 300000, "SEK", "up_to"), ("money", 27500, "USD", None), ("money", 12000, "SEK", None)], None),
    ("en", "Only 84 people applied for the grant in the first half of the year, according to the Migration Agency.", True, [("count", 84, None, None), ("ordinal", 1, None, None)], "the Migration Agency"),
    ("en", "Migration Minister Johan Sandell said the government aimed to halve asylum immigration again by 2026.", True, [("year", 2026, None, None)], "Johan Sandell"),
    ("en", "\"Sweden is no longer a destination for people who do not want to integrate,\" Sandell said.", False, [], None),
    # --- Nauru (Reuters) ---
    ("en", "SYDNEY, Feb 18 (Reuters) - Australia will spend A$460 million this financial year to keep its offshore processing centre on Nauru open, budget papers show.", True, [("date", "--02-18", None, None), ("money", 460000000, "AUD", None)], None),
    ("en", "That is more than A$4 million for each of the 112 asylum seekers held there.", True, [("money", 4000000, "AUD", "over"), ("count", 112, None, None)], None),
    ("en", "Refugee advocates said 14 people had now been held in offshore detention for more than 10 years.", True, [("count", 14, None, None), ("duration", 10, "year", "over")], None),
    ("en", "\"Offshore detention is a stain on this country's conscience,\" Greens senator Maya Coleridge said.", False, [], None),
    # --- Ireland (AP) ---
    ("en", "DUBLIN (AP) — Ireland spent 960 million euros on accommodation for asylum seekers last year, up 14% from the year before, the Department of Justice said.", True, [("money", 960000000, "EUR", None), ("percent", 14, "%", None)], "the Department of Justice"),
    ("en", "The state houses about 32,000 international protection applicants, roughly one-fifth of them children, in more than 300 centres.", True, [("count", 32000, None, "about"), ("fraction", 0.2, None, "about"), ("count", 300, None, "over")], None),
    ("en", "The average cost was 84 euros per person per day, though some providers charged up to 150 euros.", True, [("money", 84, "EUR", None), ("money", 150, "EUR", "up_to")], None),
    ("en", "More than 3,100 single men who applied for protection have been offered no accommodation, according to the department.", True, [("count", 3100, None, "over")], None),
    ("en", "Justice Minister Conor Fahey said processing times for first decisions had been cut to 9.6 months from 17 months.", True, [("ordinal", 1, None, None), ("duration", 9.6, "month", None), ("duration", 17, "month", None)], "Conor Fahey"),
    ("en", "Several thousand people marched through central Dublin on Saturday to demand an end to new asylum centres.", True, [], None),
    ("en", "Organisers put the crowd at 15,000; police did not give an estimate.", True, [("count", 15000, None, None)], None),
    ("en", "Some marchers carried banners reading \"Ireland is full.\"", False, [], None),
    ("en", "Counter-protesters across the street chanted \"Refugees welcome here.\"", False, [], None),
    ("en", "Police arrested 11 people, and two officers were treated for minor injuries.", True, [("count", 11, None, None), ("count", 2, None, None)], None),
    # --- Rohingya in Aceh (AFP) ---
    ("en", "BANDA ACEH, Indonesia (AFP) - A wooden boat carrying 146 Rohingya refugees, among them two dozen infants, landed on a beach in Indonesia's Aceh province on Monday after five weeks at sea.", True, [("count", 146, None, None), ("count", 24, None, None), ("duration", 5, "week", None)], None),
    ("en", "Two passengers died during the voyage and were buried at sea, survivors told UNHCR staff.", True, [("count", 2, None, None)], None),
    ("en", "More than 2,500 Rohingya set out on boats across the Andaman Sea last year, and at least 569 died or went missing, according to UNHCR.", True, [("count", 2500, None, "over"), ("count", 569, None, "at_least")], "UNHCR"),
    ("en", "\"We thought the sea would be our grave,\" said Noor Hashim, 19, cradling her baby.", False, [("duration", 19, "year", None)], None),
    ("en", "Local officials appealed to the central government for food and tents.", False, [], None),
    ("en", "Some villagers initially refused to let the refugees come ashore.", True, [], None),
]
