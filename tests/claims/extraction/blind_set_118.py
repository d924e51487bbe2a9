"""Hundred-and-eighteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, groups and figures are made up
(Katrin Wendeborn, Anja Severin, Malte Riedesel, Ernst Haberfellner, Florian Weidacher,
Bernd Kahlert, Holger Tiedemann, Reto Aeberhard, Mareike Folkerts, the group „Letzte
Ausfahrt“, the party „Heimatfront Sachsen“, the alliance „Leipzig steht auf“; Sandrine
Lefort, Daniel Osei, Jelena Markovic, Marisa Kohlhaas, Rosa Benítez, Kerrie Lindqvist,
Rachel Tung, Camille Duret, Ros Mayhew, Milan Ristic, Toby Hale, the group English
Defiance, the group Climate Vigil); office-holders who would be real people (Berlin's
Regierender Bürgermeister, the interior ministers of Bavaria and Saxony, France's interior
minister, the Work and Pensions Secretary, the Home Secretary, Serbia's prime minister,
Victoria's premier) appear only by office, and the named officials are invented. Real
movements, unions, parties, police forces, courts, bodies and places ("Fridays for Future",
"Landespolizeidirektion", "ÖGB", "FPÖ", "Finanzministerium", "Market-Institut", "ADAC",
"Polizeipräsidium Oberbayern Nord", "Landgericht München I", "Verwaltungsgericht Leipzig",
"Sächsisches Oberverwaltungsgericht", "Polizeidirektion Leipzig", "Bundespolizei",
"Gewerkschaft der Polizei", "Die Linke", "Grüne", "Innenausschuss des Bundestags",
"Kantonspolizei Bern", "Juso", "Stadtpolizei Zürich", "Zürcher Verwaltungsgericht",
"Gewerbeverband", "Innenministerkonferenz", "Verwaltungsgericht Hamburg",
"Innenministerium", "A9", "Ringstraße", "Schützenmatte", "Wilhelm-Leuschner-Platz"; "CGT",
"SNCF", "Elabe", "Metropolitan Police", "Scotland Yard", "Labour", "Archive of Public
Gatherings", "National Park Service", "U.S. Capitol Police", "National Institutes of
Health", "National Science Foundation", "Ipsos", "Police Scotland", "NFU Scotland",
"Tower Hamlets Council", "Liberty", "Security Ministry", "Supreme Court" of Victoria,
"West Gate Bridge", "Korean Confederation of Trade Unions", "Seoul Metropolitan Police
Agency", "Yonhap", "City Hall", "Metropolitan Police Federation", "High Court") stand for
the way wire copy names them; every crowd, count, route, cost, ruling and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: PROTESTS, DEMONSTRATIONS AND CROWD-SIZE DISPUTES over about seven weeks, from
late September to mid-November, in story order (each story told as wire copy runs it: a
dateline lead, the crowd as the police and as the organisers count it, the route, the
police operation, arrests and injuries, the other side's counter-protest and reply,
chants, placards and quotes, politicians' reactions, follow-ups with revised figures,
bans and the court rulings on them). Half German (dpa, APA, Keystone-SDA; Austrian
"heuer", Swiss "1'500", "450'000 Franken", "verzeigt", "Ordnungsbussen à 100 Franken",
«» quotes, German „“ quotes): the global climate strike with the organisers' and the
Hamburg police's figures, a rent march in Berlin with the police figure revised from
38.000 to 52.000 two days later, two union marches against an austerity package in
Vienna six weeks apart, a five-hour motorway blockade near Munich with preventive
detention and a regional court cutting it, a far-right rally in Leipzig banned by the
city, allowed by the administrative court, confirmed on appeal, met by counter-protests and
followed by a revised count of injured officers, a dispute over a kettle and the police
union's call for protection, an unauthorised march in Bern with damage and costs in
francs, a bicycle demonstration in Zurich, and a protest ban around a ministers'
conference in Hamburg cut down by the court. Half English (Reuters, PA, AP, AAP): budget
protests in France with the interior ministry's, the CGT's and an independent count over
three protest days, a disability benefits march in London with the Met's estimate revised
upwards and the arrests rising, weekend protests and a cleared bridge blockade in Belgrade,
a science march in Washington with a permit, a researchers' estimate and an organisers'
claim, deadly protests in southern Peru with a revised toll, a tractor protest in
Edinburgh, a march banned in east London and the static rally held instead, pensioners'
weekly protests in Buenos Aires, a court refusing to ban a bridge march in Melbourne and
the march itself, a candlelit rally in Seoul, and the London policing costs and a High
Court ruling on a protest condition. Figures as such copy has them: crowds on both sides
with their hedges and revisions ("Nach Polizeiangaben ... rund 38.000 ..., die
Veranstalter sprachen von 110.000", "between 45,000 and 50,000 ... more than 150,000",
"revised its crowd estimate upwards by about a third, to 65,000", "a quarter of a
million", „weit über 6.000“, "mehr als doppelt so viele, nämlich 85.000"), routes and
distances in kilometres, miles and square kilometres, blockades, closures and rallies in
hours and minutes ("fünfstündige", "rund dreieinhalb Stunden", "knapp zweieinhalb
Stunden", "gut zweier Stunden", "for 15 hours", "nearly 40 hours", "three hours and 40
minutes"), police deployments, arrests, detentions, injuries and investigations, bans and
permits with their limits ("von höchstens drei Stunden", "bis zu 5.000 Teilnehmenden",
"for 30 days", "of up to 90 minutes", "a permit for up to 75,000 people"), detention and
penalties ("von bis zu 30 Tagen", "für höchstens zwei Monate", "bis zu drei Jahre Haft"),
damage, policing costs and fines in euros, francs, pounds, Australian dollars and pesos,
polls in percent and points, shares ("etwa ein Sechstel", "gut zwei Drittel", "one in
three", "Nearly two-thirds", "less than half the level of two weeks ago"), protest days and
weeks as ordinals ("the fourth day", "a fifth day", "the 12th consecutive weekend", "the
40th consecutive week", "Zum zweiten Mal", "der vierten derartigen Fahrt"), tolls, dates,
datelines and ages. Negatives as such copy has them: chants and placards (two with a
figure), banners and signs, verdicts and labels of mayors, ministers, parties, unions,
lobbies, tabloids and a civil liberties group, the police's and the organisers' own
verdicts on the day ("sprach von einem weitgehend friedlichen Verlauf", "zog eine positive
Bilanz", "„mehr als zufrieden“", ""largely good-natured""), quoted rhetoric, resolve and
accusations, thanks and condemnation, vox pops (with ages), a hope, a forecast without a
figure, condolences, scene colour, open questions, a no-comment line on a judgment and two
Reuters credits.

242 rows (121 German, 121 English), 58 negatives (30 German, 28 English), 184 check-worthy
rows of which 23 carry no figure (14 German, 9 English), 269 expected quantities (160
counts, 40 durations, 14 amounts of money - 4 EUR, 4 CHF, 3 GBP, 1 ARS, 1 AUD, 1 USD -, 13
years, 13 dates, 11 fractions, 10 percentages - 1 of them in percentage points -, 8
ordinals; 6 of them in five negatives, as the seventeenth batch labels a figure in a
negative), 41 checked speakers (18 German, 23 English). Sentences sharing a run of eight
or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches). Konjunktiv I paraphrases of a figure or a fact are check-worthy with the
  speaker their own attribution gives ("Der Senat habe seit 2023 ... gefördert, sagte
  Bausenatorin Katrin Wendeborn." -> "Katrin Wendeborn"; "Eine Auswertung von Luftbildern
  habe ... 52.000 Menschen ergeben und nicht 38.000, sagte Polizeisprecherin Anja
  Severin." -> "Anja Severin"; "Bundesweit seien ... 1.260 Polizistinnen und Polizisten
  verletzt worden, ..., sagte GdP-Vize Holger Tiedemann." -> "Holger Tiedemann"; "Eine
  Dauer von 30 Tagen sei unverhältnismäßig, ..., teilte das Gericht mit." -> "das
  Gericht"; forty-first, hundred-second, hundred-fourth), with the speaker unchecked when
  the attribution is no verb of saying or a role ("..., erklärte das Gericht.",
  hundred-fourth: "erklärte das Amt"); resolve in Konjunktiv I is a negative ("Man werde so
  lange auf die Straße gehen, bis das Paket vom Tisch sei, sagte Haberfellner.", hundredth).
- Crowd sizes and their disputes (tenth, thirteenth, hundredth, hundred-fourth,
  hundred-fourteenth): each side's figure is a claim with its own hedge, whether one row
  gives both ("Nach Polizeiangaben zogen ... rund 38.000 Menschen ..., die Veranstalter
  sprachen von 110.000." 38,000 "about" and 110,000; "The interior ministry put turnout at
  412,000 ..., while the CGT union said more than 1.1 million" 412,000, 38,000 and
  1,100,000 "over"; "between 45,000 and 50,000, while organisers put the figure at more
  than 150,000" - "between" no hedge, forty-first; "at 55,000 to 60,000" both; "Police
  estimated the crowd at 42,000; the Korean Confederation of Trade Unions ... said
  150,000") or one ("Der Gewerkschaftsbund ÖGB sprach von 60.000 ...", "Die Hamburger
  Polizei sprach dagegen von 9.500 Menschen ...", "Organizers claimed a crowd of ...",
  "Organisers put the crowd at ..." - "sprach von" with a figure is a claim, with an
  evaluation a negative, ninety-eighth and hundredth). The independent count and the
  researchers' estimate are claims too ("A count in Paris ... found 27,900 marchers",
  "Researchers who count protest crowds ... put peak attendance at 86,000, with a margin of
  error of 15%" - 15 percent with no hedge). A side that sticks to its figure is
  check-worthy ("Das Bündnis hält an seiner Zahl von 110.000 fest.", "Organisers, who stand
  by their figure of 150,000, said ..."), as is a police chief's quoted correction of the
  other side's account („Der Kessel hat 47 Minuten gedauert und nicht drei Stunden“ 47
  minutes and 3 hours, "Bernd Kahlert"; ""Our officers counted 27,000 people crossing the
  bridge, not 70,000,"" "Rachel Tung"; eighteenth and ninety-eighth: a quoted statement of
  fact is check-worthy with its speaker) and an opposition party's accusation that names a
  checkable act ("Die Linke im Landtag warf der Polizei vor, ... über Stunden eingekesselt
  zu haben.", ninety-eighth: blame with a checkable claim). Revisions label every figure
  the row gives (eighty-third, ninety-ninth, hundred-fourteenth): "52.000 ... und nicht
  38.000", "ist auf 29 gestiegen" and "Am Samstagabend war noch von 17 Verletzten die Rede
  gewesen", "auf elf", "has risen to 31", "rose to 13 after five of the wounded died".
  Vague magnitudes carry none (seventeenth, twenty-eighth, hundred-fourth): "Zehntausende",
  "mehrere Hundert Vermummte", "Tens of thousands", "Hundreds of thousands", "several
  thousand counter-protesters"; new: "mehrere Hunderttausend Franken" carries no amount of
  money either - the currency does not turn a vague magnitude into a figure (as "mehrere
  Millionen Euro", twenty-eighth), and the row stays check-worthy as a police estimate. New:
  „weit über 6.000“ is 6,000 "over" - the intensifier "weit" stays out of the hedge, as
  "just over" and "a little over" are "over" (sixteenth, hundred-first, hundred-third);
  the figure quoted inside „“ after "sprachen von" is a claim as an unquoted one. New: "a
  quarter of a million" is count 250,000 with no fraction - "a quarter of" a stated number
  is that share of it, as "zwei Dutzend" is 24 and not two counts (the issue's "two
  dozen"); the issue's "a quarter" stays a fraction where it is a share of a group ("by
  about a third, to 65,000" 0.3333 "about" and 65,000). Multiples: "mehr als doppelt so
  viele, nämlich 85.000" count 2 "over" and 85,000 (twenty-third and hundred-eleventh),
  "twice as many people" count 2 (tenth: "more than twice as fast" 2).
- Routes, distances and areas are counts (fourth, forty-eighth, hundred-fourth,
  hundred-fifth): "knapp sechs Kilometer lang" 6 "nearly", "eine Strecke von gut 3,5
  Kilometern" 3.5 "over", "auf mehr als 20 Kilometer" "over", "auf einer 2,8 Kilometer
  langen Route", "The 2.4-mile route", "covered 1.7 miles", "for about 5 miles" "about",
  "the 2.6-kilometre bridge", "about 1.5 km" "about", "in einem 12 Quadratkilometer großen
  Gebiet" 12 (fifty-eighth: "a 12-acre field"), "ein Tempolimit von 120 Kilometern pro
  Stunde" 120 (speeds, hundred-seventh: "up to 55 mph"). New: "bis auf 500 Meter an das
  Hotel heran" is 500 with no hedge - "bis auf" gives the nearest allowed approach, a limit
  the figure names (as "a maximum sentence of 20 years", hundred-second), not "bis zu".
- Blockades, closures, rallies and talks are durations (hundredth, hundred-first,
  hundred-second): the issue's "fünfstündigen" ("Die fünfstündige Blockade" 5 hours), "rund
  fünf Stunden lang" "about", "mehr als vier Stunden" "over", "rund dreieinhalb Stunden"
  3.5 "about" and "nach knapp zweieinhalb Stunden" 2.5 "nearly" (hundred-second:
  "siebeneinhalb"), "etwa 90 Minuten" "about", "von höchstens drei Stunden" "at_most"
  (hundredth: "höchstens"), "Die dreitägige Allgemeinverfügung" 3 days (the issue's
  "dreitägige Reise"), "binnen sechs Wochen" 6 weeks, "for 15 hours", "nearly 40 hours"
  "nearly", "almost three hours" "nearly", "for six hours", "about 90 minutes" "about",
  "for three hours and 40 minutes" both units (hundred-second: "for 16 hours and 40
  minutes"), "a static rally of up to 90 minutes" "up_to", "for up to four hours" "up_to",
  "to 30 minutes", "a 30-day state of emergency", "for 30 days", "in six days", "the fourth
  day of nationwide protests in five weeks" 5 weeks, "two weeks ago" 2 weeks (thirtieth:
  "five years ago"), "for the past 14 months" 14 months, "the maximum working week to 64
  hours" 64 hours (working weeks in hours, hundredth), "no more than 12 weeks a year" 12
  weeks "at_most" (hundred-ninth: "no more than 23 players"; "a year" none). New: "während
  gut zweier Stunden" is 2 hours "over" - the genitive "zweier" is the number word "zwei"
  and "gut" its hedge, as "gut 3,5 Kilometern". None (twenty-eighth: "several hours";
  hundred-fourteenth: "seit Jahren"): "über Stunden", "wochenlang", "Eine Woche zuvor",
  "for more than a week" ("a week" none, hundred-fourth), "seit Jahren", "Seit
  Jahresbeginn", "in diesem Jahr", "heuer", "im vergangenen Jahr", "im Jahr davor", "this
  year", "next year", "since July", "since March", "over the weekend", "am Vortag".
- Detention, penalties and limits (hundred-second, hundred-fourth): "Präventivgewahrsam von
  bis zu 30 Tagen" 30 days "up_to", "für höchstens zwei Monate" "at_most", "bis zu drei
  Jahre Haft" "up_to", "bis zu 30'000 Franken auferlegt" CHF "up_to", "Bis zu 4.000
  Polizistinnen und Polizisten" and "mit bis zu 5.000 Teilnehmenden" "up_to", "a permit
  for up to 75,000 people" "up_to", "firms with 30 or more employees" 30 "at_least"
  (forty-ninth: "those 65 and older"). Legal names and references carry none ("Landgericht
  München I", "Polizeiaufgabengesetz", "the Public Order Act"; forty-second), as do road
  names ("die A9", hundred-fifth: "A45").
- Police operations, arrests, injuries and investigations are counts (fifty-fifth,
  hundred-fourth): "rund 1.900 Beamtinnen und Beamte ... aus vier Bundesländern", "mit
  2.600 Kräften aus neun Bundesländern ..., dazu kamen drei Wasserwerfer und zwei
  Hubschrauber" four counts, "2,100 officers ..., among them 400" two, "About 6,800 police
  officers in 130 units", "800 officers", "Alle 14 ..., gegen zwölf von ihnen" ("alle" no
  hedge, forty-first), "sechs der zwölf" two counts (a definite group, forty-first), "19 von
  ihnen", "84 Ermittlungsverfahren ... 23 Verdächtige", "37 Personen", "312
  Ordnungsbussen à 100 Franken" count 312 and 100 CHF (thirty-ninth: "150 Tagessätzen à 240
  Franken"), "Twenty-three people", "Fourteen people were arrested, 11 of them
  counter-protesters", "47 police officers ..., 11 of them by gunfire", "Nine of them have
  been charged, two of them ...", "three of its four grants" two counts, "1,140 rest days".
  "einer von ihnen schwer" carries none (a pronoun, hundred-fourteenth: "one of the two"),
  while "One farmer was charged" and "one officer was taken to hospital" are count 1
  (ninety-third: "One man was killed"). New: "30 Hundertschaften" is count 30 - the units
  are counted as written, not multiplied out to officers (as "in 130 units" is 130, and a
  count's unit is not checked).
- Bans, permits and court rulings (hundred-second, hundred-fourth): a ban, its grounds,
  its approval and its lifting are check-worthy without a figure ("Das Verwaltungsgericht
  Leipzig hat das Verbot der Kundgebung gekippt.", the city's grounds with "teilte die Stadt
  mit", the court's reasons in Konjunktiv I, the appeal confirmed by the
  Oberverwaltungsgericht, "Victoria's Supreme Court has refused a police application to
  prohibit ...", "The judge found that police had not shown ...", the Zurich court's
  earlier decision, a permit refused "am Vortag"); with a figure they carry it ("Das
  Verwaltungsgericht Hamburg hat die Verbotszone um mehr als die Hälfte verkleinert." 0.5
  "over", "limiting a climate vigil ... to 30 minutes was unlawful", "ban a march ... for
  30 days", "the first ban on a march in the capital since 2019" ordinal 1 and 2019). New:
  the judicial title is dropped as the clerical one (hundred-fourteenth) - "Justice Kerrie
  Lindqvist said the right to protest could not be set aside ..." is a ruling's reason,
  check-worthy, -> "Kerrie Lindqvist"; "Assistant Commissioner Rachel Tung said" ->
  "Rachel Tung" (a police rank dropped as "Polizeipräsident" and "Deputy Finance
  Minister", hundred-fourteenth). The police's answer to a ruling without a step is a
  no-comment line and a negative ("The Metropolitan Police said it was "considering the
  judgment carefully."", hundred-second: "would study the judgment").
- Money in the currency written (every earlier batch): EUR ("6,4 Milliarden Euro",
  "davon 1,9 Milliarden Euro", "etwa 400.000 Euro" "about", "rund 1,3 Millionen Euro"
  "about"), CHF with the Swiss apostrophe ("rund 450'000 Franken" "about", "680'000
  Franken", "bis zu 30'000 Franken" "up_to"; tenth), GBP ("£4.8 billion a year" - "a year"
  none, "a combined £3.4 million" - "combined" no hedge, as "zusammen", "more than £60
  million" "over"), AUD ("about A$3 million" "about"; ninety-ninth: "A$1,000"), USD
  ("roughly $250" "about"). New: Argentine pesos are ARS ("about 340,000 pesos a month"
  "about", "a month" none), the code of the currency the copy names, as "zlotys" PLN and
  "won" KRW (hundredth and hundred-fifth).
- Percentages and polls (forty-first, hundred-fourth): "57 Prozent der Befragten, um sechs
  Prozentpunkte mehr als im Juni" 57 and 6 pp with no hedge (the "mehr als" after a figure
  compares, hundred-first), "31,4 Prozent ihres Nettoeinkommens" ("im Schnitt" no hedge),
  "4,6 Prozent der Wirtschaftsleistung", "about 40% of primary school teachers" "about",
  "to 4.7% of GDP in 2026, against an expected 5.4% this year", "by 37%", "fallen to 6%".
- Shares (forty-first, hundred-fourth, hundred-fourteenth): "gut zwei Drittel davon"
  0.6667 "over", "fast ein Drittel mehr als im Jahr davor" 0.3333 "nearly", "mehr als die
  Hälfte" and "by more than half" 0.5 "over", "one in three high-speed trains" 0.3333,
  "Nearly two-thirds" 0.6667 "nearly", "less than half the level of two weeks ago" 0.5
  "under", "about a third of them" 0.3333 "about"; "Jeder dritte Euro" 0.3333 on a banner
  (below). New: "etwa ein Sechstel der Teilnehmenden" is 0.1667 "about", the sixth read as
  the issue reads "ein Fünftel" and "ein Drittel".
- Ordinals (fifty-fourth, hundredth, hundred-fourteenth): "der zweitgrößten
  Gewerkschaftskundgebung seit 1945" 2 and 1945 (the issue's "die drittgrößte Stadt"),
  "Zum zweiten Mal binnen sechs Wochen" 2 (the issue's "zum zweiten Mal"), "bei der vierten
  derartigen Fahrt in diesem Jahr" 4, "the fourth day of nationwide protests", "a fifth day
  of nationwide strikes", "the 12th consecutive weekend", "the 40th consecutive week", "the
  first ban" 1; "größten", "largest", "the largest weekday crowd", "one of the largest"
  none (forty-first).
- Years and dates: "seit 2023", "bis 2027", "bis 2030", "2024" opening a row, "seit 1945",
  "Nach einem 2023 verschärften Reglement", "im September 2019" and "in April 2017" years
  (hundred-fourteenth: "in March 2021"), "since 2017", "since 2019", "since the start of
  2024", "by 2030", "in 2026"; "für den 18. Oktober", "am 5. November", "für den 14.
  November" and "for Oct. 16" dates without a year (hundredth); Reuters datelines with a
  day ("PARIS, Oct 2", "PARIS, Oct 7", "BELGRADE, Oct 11", "PARIS, Oct 16", "LIMA, Oct 20",
  "LIMA, Oct 23", "BELGRADE, Oct 25", "BUENOS AIRES, Oct 29", "SEOUL, Nov 8") dates without a
  year; dpa, APA, Keystone-SDA, PA, AP and AAP datelines none (seventy-ninth). Clock times
  carry none (every batch): "gegen 7.00 Uhr", "von Mittwoch, 6.00 Uhr, bis Freitag, 20.00
  Uhr" (the row keeps its "dreitägige"), "A curfew from 8 p.m. to 5 a.m." (check-worthy
  without a figure, eightieth: "from 7 p.m. to 5 a.m."), "shortly after 4pm". Weekdays,
  months and "im Sommer" none. Ages are durations in years ("a 74-year-old man",
  "a 21-year-old law student", "Sandrine Lefort, 52,", "Rosa Benítez, 71,").
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly", "an
  estimated" "about"; "knapp", "fast", "Nearly", "nearly", "almost" "nearly"; "mehr als",
  "gut", "weit über", "more than", "More than" "over"; "less than" "under"; "bis zu", "Bis
  zu", "up to" "up_to"; "mindestens", "at least" "at_least"; "or more" "at_least";
  "höchstens", "no more than" "at_most"; "Alle", "alle", "insgesamt", "Insgesamt", "im
  Schnitt", "nur", "only", "combined", "between", "among them", "darunter", "davon",
  "diesmal", "nämlich" no hedge.
- Speakers, checked only in forms the earlier batches settled, and those decided here:
  "teilte die Polizei mit" (three times), "Nach Angaben der Polizei" (twice) -> "die
  Polizei" (seventieth); "Laut Polizei" -> "Polizei" as written (tenth and thirteenth);
  "nach Angaben der Landespolizeidirektion" -> "die Landespolizeidirektion" (tenth:
  "teilte die Landespolizeidirektion mit"); "teilte das Finanzministerium mit", "teilte das
  Polizeipräsidium Oberbayern Nord mit" (thirty-second), "teilte das Gericht mit", "teilte
  die Stadt mit", "teilte die Polizeidirektion Leipzig mit", "teilte die Kantonspolizei
  Bern mit" (hundred-seventh: "die Kantonspolizei Genf"), "wie die Stadtpolizei
  mitteilte" (fifteenth) the source with its article in the nominative; "sagte X" with the
  title dropped ("Bausenatorin", "Polizeisprecherin", "Polizeipräsident", "GdP-Vize"). New:
  "nach Angaben der Organisatoren" -> "die Organisatoren", the plural of the hundredth
  batch's "Nach Angaben der Gewerkschaften" -> "die Gewerkschaften" (the ninety-eighth's
  "wie die Organisatoren mitteilten" stays as it was decided there). English: "police said"
  -> "police" (five times, seventeenth and hundred-seventh), "Scotland Yard said" as written
  (twice, once opening the row; tenth), "the Metropolitan Police said" (fifteenth), "the
  interior ministry said" (hundred-third), "The interior ministry said ...", "The health
  ministry said ...", "The Security Ministry said ...", "The Archive of Public Gatherings
  said ..." opening the row with the article in lower case (hundred-fourteenth: "The Church
  Commissioners said ..."), "the Metropolitan Police Federation said", "Police Scotland
  said" and "U.S. Capitol Police said" and "Tower Hamlets Council said" as written
  (hundred-seventh: "Police Scotland said"; hundred-second: "Greater Manchester Police
  said"), "City Hall said" as written (hundred-fourteenth: "Lambeth Palace said"),
  "according to the organizers" and "according to the Seoul Metropolitan Police Agency" with
  their article (ninety-eighth: "according to the union"), "said Marisa Kohlhaas, a
  pediatric oncologist from Ohio" the name (forty-first), and the two rank and title cases
  above. Left unchecked (None): "Nach Polizeiangaben" (thirty-second), "nach Angaben des
  Bündnisses" (a masculine or neuter genitive, hundredth: "nach Angaben des Marburger
  Bundes"), "sprach von" and "sprachen von" (ninety-ninth), "zählte", "bezifferte" and
  "beziffert", "schätzte", "nannte die Polizei", "erklärte das Gericht", "Einer Umfrage des
  Market-Instituts zufolge" (sixteenth: a poll), "nach einer Schätzung des ADAC", "Nach
  ersten Angaben", "estimated the crowd at", "put turnout at", "put the figure at",
  "claimed", "The government says", "The Treasury says", "The labour ministry says", "NFU
  Scotland estimated", "the interior minister said" and "A presidential spokesman said"
  (roles without a name), "the ombudsman's office said" and "The city's emergency medical
  service said" (a possessive heading the source, eighty-third), "Rail operator SNCF said"
  (a description before the name, fortieth), "Organisers, who stand by ..., said" and "The
  group that brought the case, Climate Vigil, said" (a description around the name),
  "Prosecutors said", "Disability charities say" (plural groups, forty-first), "according
  to police" (no article), "according to an Elabe poll", "according to an Ipsos poll",
  "Yonhap news agency reported", "figures released on Tuesday showed", rows with two
  sources and no leading attribution, rows without attribution and all negatives, also
  those with a named speaker.
- Negatives (ninety-eighth, hundredth, hundred-fourth, hundred-fourteenth): chants („Wir
  sind hier, wir sind laut, ...“, „Wohnen ist ein Menschenrecht und keine Ware“, „Nazis
  raus!“, "Cut the bonuses, not the benefits") and signs, banners and placards („Es gibt
  keinen Planeten B“, „Finger weg von unseren Pensionen“, «Die Strasse gehört allen, ...»,
  "Science doesn't have a party", "No farmers, no food", "We are people, not machines";
  fifty-seventh and seventy-fourth), two of them with a figure labelled, as the seventeenth
  batch labels a figure in a negative („Jeder dritte Euro geht für die Miete drauf“ 0.3333,
  "3 million disabled people are not a budget line." 3,000,000; hundredth: the placard "5%
  is not a pay rise"); labels and verdicts of politicians, parties, unions, lobbies and
  groups ("nannte die Forderungen „nachvollziehbar, aber nicht bezahlbar“", "bezeichnete
  die Demonstration als „rote Parteiveranstaltung ...“", "wertete die Beteiligung als
  „unüberhörbares Signal ...“", "sprach von „Erpressung ...“", "nannte die Wegweisungen
  «einen Frontalangriff ...»", "sprach von einem «Verkehrschaos mit Ansage»", "called the
  cuts "the cruellest ..."", "dismissed the march as ...", "have called the students
  "foreign-funded agents."", "said banning marches "must never become routine."", "said
  the blockade had been "an attack on ordinary citizens ..."", "said the reforms were
  "about getting people into work ...""); new: the police's and the organisers' own
  verdict on the day is an evaluation like any other ("Die Polizei sprach von einem
  weitgehend friedlichen Verlauf.", "Die Polizei zog eine positive Bilanz und lobte die
  Zusammenarbeit ...", "Die Veranstalter zeigten sich mit der Resonanz „mehr als
  zufrieden“." - "mehr als" before no figure is no quantity -, "Police described the march
  as "largely good-natured.""), while the same sources' counts are claims; quoted
  rhetoric, threats and accusations without a checkable claim („Wer bei den Pensionen
  kürzt, bestraft ...“, „Wir blockieren, weil ...“, „Ein Rechtsstaat sperrt niemanden
  wochenlang ein, ...“, „Die Polizei rechnet uns klein, ...“, „Wer einen Pflasterstein ...
  wirft, ...“, «Wer Polizisten angreift, demonstriert nicht, ...», „Das Gericht hat
  klargestellt, ...“, „Leipzig hat heute gezeigt, ...“, ""Violence has no place ...""),
  thanks and condemnation ("Sachsens Innenminister dankte den Einsatzkräften und
  verurteilte ..."), a warning of a party ("Die Grünen warnten davor, ..."), vox pops with
  their ages ("They want us to pay ...", "We are not going home ...", "We worked 40 years
  ..." with 40 and 71 years, "They are shooting at us like animals"), pride ("proud to live
  in a state ..."), condolences ("The bishops' conference offered its condolences ...",
  ninety-ninth), a hope ("Organisers hope ...", thirtieth), an outlook without a figure
  ("Few in the union movement expect ...", ninety-eighth), scene colour (drummers and a
  brass band, pipers, pensioners banging pots), open questions ("Ob die Proteste ...", "Wie
  viele der Verletzungen ...", "Ob die Stadt Kundgebungen ...", "It was not clear whether
  ...") and two Reuters credits. Their look-alikes are check-worthy: a lead with
  "Zehntausende" or "Tens of thousands" and no figure (an event, hundred-fourth), "Die
  Berliner Polizei hat ihre Teilnehmerzahl ... deutlich nach oben korrigiert.", "Die
  Einsatzkräfte lösten die Festgeklebten ... von der Fahrbahn.", "Nach ... Angaben der
  Polizei versuchten mehrere Hundert Vermummte, ...", the police union's demand (a
  position, ninety-eighth), the demands of Belgrade's protesters, the unions' meeting and
  the ÖGB's next rally (plans, hundredth), the CGT's figure with its concession ("but
  acknowledged that the mobilisation had "lost some steam."") and "No arrests were made."

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_118 = [
    # --- Fr, 26. September: Klimastreik (dpa) ---
    ("de", "Berlin (dpa) - Beim globalen Klimastreik sind am Freitag in Deutschland nach Angaben der Organisatoren mehr als 180.000 Menschen auf die Straße gegangen.", True, [("count", 180000, None, "over")], "die Organisatoren"),
    ("de", "Fridays for Future meldete Aktionen in 214 Städten, die größte Kundgebung mit 24.000 Teilnehmenden fand in Hamburg statt.", True, [("count", 214, None, None), ("count", 24000, None, None)], None),
    ("de", "Die Hamburger Polizei sprach dagegen von 9.500 Menschen auf dem Jungfernstieg.", True, [("count", 9500, None, None)], None),
    ("de", "Beim bislang größten Klimastreik im September 2019 hatte die Bewegung bundesweit mehr als eine Million Teilnehmende gemeldet.", True, [("year", 2019, None, None), ("count", 1000000, None, "over")], None),
    ("de", "Die Demonstrierenden fordern unter anderem den Kohleausstieg bis 2030 und ein Tempolimit von 120 Kilometern pro Stunde auf Autobahnen.", True, [("year", 2030, None, None), ("count", 120, None, None)], None),
    ("de", "„Es gibt keinen Planeten B“, stand auf vielen selbst gemalten Schildern.", False, [], None),
    ("de", "„Wir sind hier, wir sind laut, weil ihr uns die Zukunft klaut“, skandierten Schülerinnen und Schüler vor dem Kanzleramt.", False, [], None),
    ("de", "Ob die Proteste die Bundesregierung noch zu einem Kurswechsel bewegen, darf bezweifelt werden.", False, [], None),
    # --- Sa, 27. September: Mietendemonstration in Berlin (dpa) ---
    ("de", "Berlin (dpa) - Zehntausende Menschen haben am Samstag in Berlin für einen bundesweiten Mietendeckel und mehr sozialen Wohnungsbau demonstriert.", True, [], None),
    ("de", "Nach Polizeiangaben zogen in der Spitze rund 38.000 Menschen vom Alexanderplatz zum Brandenburger Tor, die Veranstalter sprachen von 110.000.", True, [("count", 38000, None, "about"), ("count", 110000, None, None)], None),
    ("de", "Die Route war knapp sechs Kilometer lang, für die Strecke brauchte die Spitze des Zuges mehr als vier Stunden.", True, [("count", 6, None, "nearly"), ("duration", 4, "hour", "over")], None),
    ("de", "Aufgerufen hatte ein Bündnis aus 140 Mieterinitiativen, Sozialverbänden und Gewerkschaften.", True, [("count", 140, None, None)], None),
    ("de", "Laut Polizei waren rund 1.900 Beamtinnen und Beamte im Einsatz, darunter Unterstützungskräfte aus vier Bundesländern.", True, [("count", 1900, None, "about"), ("count", 4, None, None)], "Polizei"),
    ("de", "„Wohnen ist ein Menschenrecht und keine Ware“, skandierten die Teilnehmenden immer wieder.", False, [], None),
    ("de", "Auf einem Transparent hieß es: „Jeder dritte Euro geht für die Miete drauf“.", False, [("fraction", 0.3333, None, None)], None),
    ("de", "Nach Angaben des Bündnisses geben Berliner Mieterhaushalte im Schnitt 31,4 Prozent ihres Nettoeinkommens für die Warmmiete aus.", True, [("percent", 31.4, "%", None)], None),
    ("de", "Die Polizei sprach von einem weitgehend friedlichen Verlauf.", False, [], None),
    ("de", "Bei Rangeleien am Rande wurden drei Beamte leicht verletzt und sieben Menschen vorübergehend festgenommen, teilte die Polizei mit.", True, [("count", 3, None, None), ("count", 7, None, None)], "die Polizei"),
    ("de", "Vor dem Roten Rathaus hielt ein Eigentümerverband eine Gegenkundgebung mit etwa 80 Teilnehmenden ab.", True, [("count", 80, None, "about")], None),
    ("de", "Der Regierende Bürgermeister nannte die Forderungen „nachvollziehbar, aber nicht bezahlbar“.", False, [], None),
    ("de", "Der Senat habe seit 2023 den Bau von mehr als 21.000 Sozialwohnungen gefördert, sagte Bausenatorin Katrin Wendeborn.", True, [("year", 2023, None, None), ("count", 21000, None, "over")], "Katrin Wendeborn"),
    ("de", "Die Veranstalter zeigten sich mit der Resonanz „mehr als zufrieden“.", False, [], None),
    # --- Mo, 29. September: Polizei korrigiert ihre Zahl (dpa) ---
    ("de", "Berlin (dpa) - Die Berliner Polizei hat ihre Teilnehmerzahl für die Mietendemonstration vom Samstag deutlich nach oben korrigiert.", True, [], None),
    ("de", "Eine Auswertung von Luftbildern habe in der Spitze 52.000 Menschen ergeben und nicht 38.000, sagte Polizeisprecherin Anja Severin.", True, [("count", 52000, None, None), ("count", 38000, None, None)], "Anja Severin"),
    ("de", "Das Bündnis hält an seiner Zahl von 110.000 fest.", True, [("count", 110000, None, None)], None),
    ("de", "Die Zahl der Festnahmen stieg nach der Sichtung von Videomaterial auf elf, gegen neun Personen wird wegen Landfriedensbruchs ermittelt.", True, [("count", 11, None, None), ("count", 9, None, None)], None),
    ("de", "„Die Polizei rechnet uns klein, weil ihr die Bilder nicht ins Konzept passen“, sagte Bündnissprecher Malte Riedesel.", False, [], None),
    # --- Do, 2. Oktober: Demonstration gegen das Sparpaket in Wien (APA) ---
    ("de", "Wien (APA) - Gegen das geplante Sparpaket der Bundesregierung haben am Donnerstag in Wien nach Angaben der Landespolizeidirektion rund 24.000 Menschen demonstriert.", True, [("count", 24000, None, "about")], "die Landespolizeidirektion"),
    ("de", "Der Gewerkschaftsbund ÖGB sprach von 60.000 Teilnehmerinnen und Teilnehmern und der zweitgrößten Gewerkschaftskundgebung seit 1945.", True, [("count", 60000, None, None), ("ordinal", 2, None, None), ("year", 1945, None, None)], None),
    ("de", "Der Zug führte vom Westbahnhof über die Mariahilfer Straße und den Ring zum Ballhausplatz, eine Strecke von gut 3,5 Kilometern.", True, [("count", 3.5, None, "over")], None),
    ("de", "Die Ringstraße war rund dreieinhalb Stunden für den Verkehr gesperrt, mehrere Straßenbahnlinien wurden kurzgeführt.", True, [("duration", 3.5, "hour", "about")], None),
    ("de", "Das Paket sieht bis 2027 Einsparungen von 6,4 Milliarden Euro vor, davon 1,9 Milliarden Euro bei den Pensionen.", True, [("year", 2027, None, None), ("money", 6400000000, "EUR", None), ("money", 1900000000, "EUR", None)], None),
    ("de", "„Wer bei den Pensionen kürzt, bestraft die Menschen, die dieses Land aufgebaut haben“, rief ÖGB-Präsident Ernst Haberfellner von der Bühne.", False, [], None),
    ("de", "Ohne die Einsparungen würde das Budgetdefizit heuer auf 4,6 Prozent der Wirtschaftsleistung steigen, teilte das Finanzministerium mit.", True, [("percent", 4.6, "%", None)], "das Finanzministerium"),
    ("de", "Die Schlusskundgebung am Ballhausplatz dauerte etwa 90 Minuten und verlief nach Polizeiangaben ohne Zwischenfälle.", True, [("duration", 90, "minute", "about")], None),
    ("de", "Auf Schildern war unter anderem „Finger weg von unseren Pensionen“ zu lesen.", False, [], None),
    ("de", "Der ÖGB wertete die Beteiligung als „unüberhörbares Signal an die Regierung“.", False, [], None),
    ("de", "Die FPÖ bezeichnete die Demonstration als „rote Parteiveranstaltung auf Kosten der Beitragszahler“.", False, [], None),
    ("de", "Einer Umfrage des Market-Instituts zufolge halten 57 Prozent der Befragten das Sparpaket für sozial unausgewogen, um sechs Prozentpunkte mehr als im Juni.", True, [("percent", 57, "%", None), ("percent", 6, "pp", None)], None),
    ("de", "Der ÖGB kündigte für den 14. November eine weitere Großkundgebung an, sollte die Regierung nicht einlenken.", True, [("date", "--11-14", None, None)], None),
    # --- Mo, 6. Oktober: Blockade der A9 bei München (dpa) ---
    ("de", "München (dpa) - Klimaaktivisten haben am Montagmorgen die A9 bei München rund fünf Stunden lang blockiert.", True, [("duration", 5, "hour", "about")], None),
    ("de", "Nach Angaben der Polizei hatten sich 14 Mitglieder der Gruppe „Letzte Ausfahrt“ gegen 7.00 Uhr auf der Fahrbahn in Richtung Nürnberg festgeklebt.", True, [("count", 14, None, None)], "die Polizei"),
    ("de", "Der Stau wuchs zeitweise auf mehr als 20 Kilometer an, teilte das Polizeipräsidium Oberbayern Nord mit.", True, [("count", 20, None, "over")], "das Polizeipräsidium Oberbayern Nord"),
    ("de", "Die fünfstündige Blockade richtete nach einer Schätzung des ADAC einen volkswirtschaftlichen Schaden von etwa 400.000 Euro an.", True, [("duration", 5, "hour", None), ("money", 400000, "EUR", "about")], None),
    ("de", "Die Einsatzkräfte lösten die Festgeklebten mit Speiseöl und Spachteln von der Fahrbahn.", True, [], None),
    ("de", "„Wir blockieren, weil die Regierung beim Klimaschutz seit Jahren blockiert“, sagte eine Sprecherin der Gruppe.", False, [], None),
    ("de", "Bayerns Innenminister sprach von „Erpressung auf dem Rücken von Pendlern“.", False, [], None),
    ("de", "Seit Jahresbeginn zählte die bayerische Polizei 63 Blockaden der Gruppe, gut zwei Drittel davon auf Autobahnen.", True, [("count", 63, None, None), ("fraction", 0.6667, None, "over")], None),
    ("de", "Alle 14 wurden in Gewahrsam genommen, gegen zwölf von ihnen ordnete ein Richter noch am Abend Präventivgewahrsam von bis zu 30 Tagen an.", True, [("count", 14, None, None), ("count", 12, None, None), ("duration", 30, "day", "up_to")], None),
    ("de", "Das bayerische Polizeiaufgabengesetz erlaubt einen solchen Gewahrsam für höchstens zwei Monate.", True, [("duration", 2, "month", "at_most")], None),
    # --- Fr, 10. Oktober: Landgericht zum Gewahrsam (dpa) ---
    ("de", "München (dpa) - Das Landgericht München I hat den Präventivgewahrsam für sechs der zwölf Aktivistinnen und Aktivisten aufgehoben.", True, [("count", 6, None, None), ("count", 12, None, None)], None),
    ("de", "Eine Dauer von 30 Tagen sei unverhältnismäßig, weil eine konkrete Wiederholungsgefahr nicht belegt worden sei, teilte das Gericht mit.", True, [("duration", 30, "day", None)], "das Gericht"),
    ("de", "Die übrigen sechs bleiben vorerst in Gewahrsam, über ihre Beschwerden wird in der kommenden Woche entschieden.", True, [("count", 6, None, None)], None),
    ("de", "„Ein Rechtsstaat sperrt niemanden wochenlang ein, nur weil er sich auf eine Straße setzen könnte“, sagte ihr Anwalt Florian Weidacher.", False, [], None),
    ("de", "Die Staatsanwaltschaft ermittelt gegen alle 14 wegen Nötigung, ihnen drohen bis zu drei Jahre Haft.", True, [("count", 14, None, None), ("duration", 3, "year", "up_to")], None),
    # --- 8. bis 20. Oktober: Verbot, Gerichte und Gegenproteste in Leipzig (dpa) ---
    ("de", "Leipzig (dpa) - Die Stadt Leipzig hat eine für den 18. Oktober angemeldete Kundgebung der rechtsextremen Kleinpartei „Heimatfront Sachsen“ verboten.", True, [("date", "--10-18", None, None)], None),
    ("de", "Die Versammlungsbehörde begründete das Verbot mit der Gefahr gewaltsamer Zusammenstöße, teilte die Stadt mit.", True, [], "die Stadt"),
    ("de", "Die Partei hatte 1.500 Teilnehmende angemeldet und kündigte umgehend einen Eilantrag beim Verwaltungsgericht an.", True, [("count", 1500, None, None)], None),
    ("de", "Ein Bündnis aus mehr als 60 Organisationen hat zu Gegenprotesten an sieben Orten in der Stadt aufgerufen.", True, [("count", 60, None, "over"), ("count", 7, None, None)], None),
    ("de", "Leipzig (dpa) - Das Verwaltungsgericht Leipzig hat das Verbot der Kundgebung gekippt.", True, [], None),
    ("de", "Ein vollständiges Verbot sei nur als äußerstes Mittel zulässig, die Stadt habe mildere Auflagen nicht ausreichend geprüft, erklärte das Gericht.", True, [], None),
    ("de", "Statt eines Aufzugs durch die Innenstadt erlaubten die Richter nur eine ortsfeste Kundgebung auf dem Wilhelm-Leuschner-Platz von höchstens drei Stunden.", True, [("duration", 3, "hour", "at_most")], None),
    ("de", "Die Stadt legte Beschwerde beim Sächsischen Oberverwaltungsgericht in Bautzen ein, das den Beschluss am Freitagabend bestätigte.", True, [], None),
    ("de", "Leipzig (dpa) - Rund 350 Anhängern der „Heimatfront Sachsen“ standen am Samstag in Leipzig mehr als 9.000 Gegendemonstranten gegenüber.", True, [("count", 350, None, "about"), ("count", 9000, None, "over")], None),
    ("de", "Diese Zahlen nannte die Polizei, das Bündnis „Leipzig steht auf“ sprach von 20.000 Menschen auf den Gegenkundgebungen.", True, [("count", 20000, None, None)], None),
    ("de", "Die Polizei war mit 2.600 Kräften aus neun Bundesländern und von der Bundespolizei im Einsatz, dazu kamen drei Wasserwerfer und zwei Hubschrauber.", True, [("count", 2600, None, None), ("count", 9, None, None), ("count", 3, None, None), ("count", 2, None, None)], None),
    ("de", "Nach Angaben der Polizei versuchten mehrere Hundert Vermummte, Absperrgitter zu durchbrechen, und warfen Flaschen, Steine und Pyrotechnik.", True, [], "die Polizei"),
    ("de", "Nach ersten Angaben wurden 17 Polizistinnen und Polizisten verletzt, einer von ihnen schwer.", True, [("count", 17, None, None)], None),
    ("de", "Die Kundgebung der Partei endete nach knapp zweieinhalb Stunden.", True, [("duration", 2.5, "hour", "nearly")], None),
    ("de", "„Leipzig hat heute gezeigt, dass Nazis in dieser Stadt keinen Platz haben“, sagte ein Sprecher des Bündnisses.", False, [], None),
    ("de", "„Nazis raus!“, riefen Gegendemonstranten, als die Teilnehmer vom Hauptbahnhof zum Platz geleitet wurden.", False, [], None),
    ("de", "Sachsens Innenminister dankte den Einsatzkräften und verurteilte die Angriffe auf Polizisten scharf.", False, [], None),
    ("de", "Leipzig (dpa) - Die Zahl der bei den Protesten in Leipzig verletzten Beamten ist auf 29 gestiegen, teilte die Polizeidirektion Leipzig mit.", True, [("count", 29, None, None)], "die Polizeidirektion Leipzig"),
    ("de", "Am Samstagabend war noch von 17 Verletzten die Rede gewesen, viele Beamte hätten sich erst später krankgemeldet.", True, [("count", 17, None, None)], None),
    ("de", "Insgesamt leitete die Polizei 84 Ermittlungsverfahren ein, unter anderem wegen schweren Landfriedensbruchs, und nahm 23 Verdächtige fest.", True, [("count", 84, None, None), ("count", 23, None, None)], None),
    ("de", "Die Linke im Landtag warf der Polizei vor, friedliche Gegendemonstranten an der Karl-Liebknecht-Straße über Stunden eingekesselt zu haben.", True, [], None),
    ("de", "„Der Kessel hat 47 Minuten gedauert und nicht drei Stunden“, sagte Polizeipräsident Bernd Kahlert.", True, [("duration", 47, "minute", None), ("duration", 3, "hour", None)], "Bernd Kahlert"),
    ("de", "Wie viele der Verletzungen auf Gegendemonstranten zurückgehen und wie viele auf Rechtsextreme, ist noch offen.", False, [], None),
    # --- Di, 21. Oktober: Reaktionen (dpa) ---
    ("de", "Berlin (dpa) - Nach den Ausschreitungen in Leipzig hat die Gewerkschaft der Polizei mehr Schutz für Einsatzkräfte gefordert.", True, [], None),
    ("de", "Bundesweit seien im vergangenen Jahr bei Demonstrationen 1.260 Polizistinnen und Polizisten verletzt worden, fast ein Drittel mehr als im Jahr davor, sagte GdP-Vize Holger Tiedemann.", True, [("count", 1260, None, None), ("fraction", 0.3333, None, "nearly")], "Holger Tiedemann"),
    ("de", "„Wer einen Pflasterstein auf einen Polizisten wirft, nimmt dessen Tod billigend in Kauf“, sagte Tiedemann.", False, [], None),
    ("de", "Die Grünen warnten davor, das Versammlungsrecht nach jedem Krawall reflexhaft zu verschärfen.", False, [], None),
    ("de", "Der Innenausschuss des Bundestags will sich in seiner Sitzung am 5. November mit den Vorfällen befassen.", True, [("date", "--11-05", None, None)], None),
    ("de", "2024 registrierten die Versammlungsbehörden in Sachsen 3.412 angemeldete Versammlungen, 41 davon wurden verboten oder aufgelöst.", True, [("year", 2024, None, None), ("count", 3412, None, None), ("count", 41, None, None)], None),
    # --- Sa, 25. Oktober: Unbewilligte Demonstration in Bern (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Eine unbewilligte Demonstration gegen die Verschärfung des Asylrechts ist am Samstagabend in der Berner Innenstadt eskaliert.", True, [], None),
    ("de", "Rund 1'500 Personen hatten sich auf der Schützenmatte versammelt, teilte die Kantonspolizei Bern mit.", True, [("count", 1500, None, "about")], "die Kantonspolizei Bern"),
    ("de", "Aus dem Umzug heraus wurden Schaufenster eingeschlagen und Fassaden versprayt, den Sachschaden schätzte die Polizei zunächst auf mehrere Hunderttausend Franken.", True, [], None),
    ("de", "Die Polizei setzte Wasserwerfer, Reizstoff und Gummischrot ein und kesselte in der Nähe des Bundesplatzes rund 240 Personen ein, etwa ein Sechstel der Teilnehmenden.", True, [("count", 240, None, "about"), ("fraction", 0.1667, None, "about")], None),
    ("de", "Sie wurden kontrolliert und weggewiesen, 19 von ihnen wurden vorläufig festgenommen.", True, [("count", 19, None, None)], None),
    ("de", "Zwei Polizisten wurden leicht verletzt, wie viele Demonstrierende Verletzungen erlitten, ist nicht bekannt.", True, [("count", 2, None, None)], None),
    ("de", "«Wer Polizisten angreift, demonstriert nicht, sondern begeht Straftaten», sagte Sicherheitsdirektor Reto Aeberhard.", False, [], None),
    ("de", "Die Stadt hatte das Gesuch für die Kundgebung am Vortag abgelehnt, weil die Organisatoren keine verantwortliche Person nennen wollten.", True, [], None),
    ("de", "Die Kosten des Einsatzes von rund 450'000 Franken will der Gemeinderat den Organisatoren in Rechnung stellen.", True, [("money", 450000, "CHF", "about")], None),
    ("de", "Nach einem 2023 verschärften Reglement können Veranstaltern unbewilligter Kundgebungen bis zu 30'000 Franken auferlegt werden.", True, [("year", 2023, None, None), ("money", 30000, "CHF", "up_to")], None),
    ("de", "Die Juso nannte die Wegweisungen «einen Frontalangriff auf die Versammlungsfreiheit».", False, [], None),
    # --- Di, 28. Oktober: Bilanz in Bern (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Nach den Ausschreitungen vom Samstag hat die Kantonspolizei Bern 37 Personen identifiziert, die an Sachbeschädigungen beteiligt gewesen sein sollen.", True, [("count", 37, None, None)], None),
    ("de", "Die Schadenssumme beziffert die Stadt inzwischen auf 680'000 Franken, betroffen sind 43 Geschäfte.", True, [("money", 680000, "CHF", None), ("count", 43, None, None)], None),
    ("de", "Ob die Stadt Kundgebungen in der Altstadt künftig ganz untersagt, ist offen.", False, [], None),
    # --- Fr, 31. Oktober: Velodemo in Zürich (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Stadtpolizei Zürich hat am Freitagabend eine unbewilligte Velodemonstration mit rund 1'800 Teilnehmenden durch die Innenstadt begleitet.", True, [("count", 1800, None, "about")], None),
    ("de", "Der Verkehr war während gut zweier Stunden in weiten Teilen der Innenstadt blockiert, wie die Stadtpolizei mitteilte.", True, [("duration", 2, "hour", "over")], "die Stadtpolizei"),
    ("de", "Die Polizei verteilte 312 Ordnungsbussen à 100 Franken, etwa wegen fehlender Beleuchtung.", True, [("count", 312, None, None), ("money", 100, "CHF", None)], None),
    ("de", "Eine Woche zuvor waren bei der vierten derartigen Fahrt in diesem Jahr 28 Personen verzeigt worden.", True, [("ordinal", 4, None, None), ("count", 28, None, None)], None),
    ("de", "Das Zürcher Verwaltungsgericht hatte im Sommer entschieden, dass die Stadt solche Fahrten nicht generell verbieten darf.", True, [], None),
    ("de", "«Die Strasse gehört allen, nicht nur den Autos», stand auf einem Transparent an der Spitze des Zuges.", False, [], None),
    ("de", "Der Gewerbeverband sprach von einem «Verkehrschaos mit Ansage».", False, [], None),
    # --- 3. bis 6. November: Versammlungsverbot zur Innenministerkonferenz in Hamburg (dpa) ---
    ("de", "Hamburg (dpa) - Die Polizei hat für die Dauer der Innenministerkonferenz alle Versammlungen in einem 12 Quadratkilometer großen Gebiet rund um das Tagungshotel untersagt.", True, [("count", 12, None, None)], None),
    ("de", "Die dreitägige Allgemeinverfügung gilt von Mittwoch, 6.00 Uhr, bis Freitag, 20.00 Uhr.", True, [("duration", 3, "day", None)], None),
    ("de", "Bis zu 4.000 Polizistinnen und Polizisten sollen die Konferenz schützen, darunter 30 Hundertschaften aus anderen Ländern, teilte die Polizei mit.", True, [("count", 4000, None, "up_to"), ("count", 30, None, None)], "die Polizei"),
    ("de", "Gegen die Verfügung haben drei Bündnisse Klage beim Verwaltungsgericht eingereicht.", True, [("count", 3, None, None)], None),
    ("de", "Hamburg (dpa) - Das Verwaltungsgericht Hamburg hat die Verbotszone um mehr als die Hälfte verkleinert.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Ein Protestzug mit bis zu 5.000 Teilnehmenden darf nun auf einer 2,8 Kilometer langen Route bis auf 500 Meter an das Hotel heranführen.", True, [("count", 5000, None, "up_to"), ("count", 2.8, None, None), ("count", 500, None, None)], None),
    ("de", "„Das Gericht hat klargestellt, dass Grundrechte nicht an der Hotelzufahrt enden“, sagte Anwältin Mareike Folkerts, die eines der Bündnisse vertritt.", False, [], None),
    ("de", "Hamburg (dpa) - Der Protestzug gegen die Innenministerkonferenz ist am Donnerstag mit rund 3.200 Teilnehmenden weitgehend störungsfrei verlaufen.", True, [("count", 3200, None, "about")], None),
    ("de", "Die Veranstalter sprachen von „weit über 6.000“ Menschen.", True, [("count", 6000, None, "over")], None),
    ("de", "Die Polizei zog eine positive Bilanz und lobte die Zusammenarbeit mit der Versammlungsleitung.", False, [], None),
    ("de", "Vier Personen wurden wegen Verstößen gegen das Vermummungsverbot vorübergehend festgenommen.", True, [("count", 4, None, None)], None),
    # --- Fr, 14. November: zweite Großkundgebung in Wien (APA) ---
    ("de", "Wien (APA) - Zum zweiten Mal binnen sechs Wochen sind am Freitag in Wien Zehntausende gegen das Sparpaket auf die Straße gegangen.", True, [("ordinal", 2, None, None), ("duration", 6, "week", None)], None),
    ("de", "Die Polizei zählte diesmal rund 31.000 Teilnehmende, der ÖGB mehr als doppelt so viele, nämlich 85.000.", True, [("count", 31000, None, "about"), ("count", 2, None, "over"), ("count", 85000, None, None)], None),
    ("de", "Die Regierung hat das Paket inzwischen in zwei Punkten entschärft, die Anhebung des Pensionsantrittsalters wird um drei Jahre verschoben.", True, [("count", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Die Kosten der Polizeieinsätze bei beiden Kundgebungen bezifferte das Innenministerium auf rund 1,3 Millionen Euro.", True, [("money", 1300000, "EUR", "about")], None),
    ("de", "Man werde so lange auf die Straße gehen, bis das Paket vom Tisch sei, sagte Haberfellner.", False, [], None),
    # --- Oct 2: budget protests in France (Reuters) ---
    ("en", "PARIS, Oct 2 (Reuters) - Hundreds of thousands of French workers, students and pensioners took to the streets on Thursday against the government's budget plans, the fourth day of nationwide protests in five weeks.", True, [("date", "--10-02", None, None), ("ordinal", 4, None, None), ("duration", 5, "week", None)], None),
    ("en", "The interior ministry put turnout at 412,000 nationwide, including 38,000 in Paris, while the CGT union said more than 1.1 million had taken part.", True, [("count", 412000, None, None), ("count", 38000, None, None), ("count", 1100000, None, "over")], None),
    ("en", "A count in Paris carried out for a group of media outlets by an independent firm found 27,900 marchers.", True, [("count", 27900, None, None)], None),
    ("en", "Police fired tear gas at about 300 black-clad protesters who smashed bank windows near Place de la Nation.", True, [("count", 300, None, "about")], None),
    ("en", "The interior minister said 131 people had been detained nationwide and 22 police officers and gendarmes injured.", True, [("count", 131, None, None), ("count", 22, None, None)], None),
    ("en", "\"Violence has no place in a democratic protest,\" the minister told reporters.", False, [], None),
    ("en", "Rail operator SNCF said one in three high-speed trains had been cancelled, and unions said about 40% of primary school teachers were on strike.", True, [("fraction", 0.3333, None, None), ("percent", 40, "%", "about")], None),
    ("en", "The draft budget would bring the deficit down to 4.7% of GDP in 2026, against an expected 5.4% this year.", True, [("percent", 4.7, "%", None), ("year", 2026, None, None), ("percent", 5.4, "%", None)], None),
    ("en", "Nearly two-thirds of French people support the protests, according to an Elabe poll published on Wednesday.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("en", "\"They want us to pay for their mistakes,\" said Sandrine Lefort, 52, a nurse marching in Lyon.", False, [("duration", 52, "year", None)], None),
    ("en", "Union leaders will meet on Monday to decide on the next day of action.", True, [], None),
    # --- Oct 4: disability benefits march in London (PA) ---
    ("en", "LONDON (PA) - Tens of thousands of disabled people, carers and their supporters filled the streets of central London on Saturday in protest at cuts to disability benefits.", True, [], None),
    ("en", "The Metropolitan Police estimated the crowd at its peak at between 45,000 and 50,000, while organisers put the figure at more than 150,000.", True, [("count", 45000, None, None), ("count", 50000, None, None), ("count", 150000, None, "over")], None),
    ("en", "The 2.4-mile route ran from Park Lane through Piccadilly and Trafalgar Square to a rally on Whitehall.", True, [("count", 2.4, None, None)], None),
    ("en", "Scotland Yard said 2,100 officers were on duty, among them 400 drafted in from other forces.", True, [("count", 2100, None, None), ("count", 400, None, None)], "Scotland Yard"),
    ("en", "Twenty-three people were arrested, most of them for breaching conditions imposed on the march, and five officers suffered minor injuries, police said.", True, [("count", 23, None, None), ("count", 5, None, None)], "police"),
    ("en", "A counter-protest of about 200 people was held behind barriers on the opposite side of Whitehall.", True, [("count", 200, None, "about")], None),
    ("en", "Drummers and a brass band led the march along Piccadilly under grey skies.", False, [], None),
    ("en", "Marchers chanted \"Cut the bonuses, not the benefits\" as they passed the Treasury.", False, [], None),
    ("en", "A placard held up near Downing Street read \"3 million disabled people are not a budget line.\"", False, [("count", 3000000, None, None)], None),
    ("en", "The government says the changes will save £4.8 billion a year by 2030 and affect about 800,000 claimants.", True, [("money", 4800000000, "GBP", None), ("year", 2030, None, None), ("count", 800000, None, "about")], None),
    ("en", "Disability charities say their own modelling suggests twice as many people would lose support.", True, [("count", 2, None, None)], None),
    ("en", "The Work and Pensions Secretary said the reforms were \"about getting people into work, not punishing them.\"", False, [], None),
    ("en", "Labour MP Daniel Osei, who spoke at the rally, called the cuts \"the cruellest budget measure in a generation.\"", False, [], None),
    ("en", "Police described the march as \"largely good-natured.\"", False, [], None),
    # --- Oct 6: arrests and crowd estimate revised (PA) ---
    ("en", "LONDON (PA) - The number of people arrested over Saturday's disability benefits march in London has risen to 31 after officers reviewed footage, the Metropolitan Police said.", True, [("count", 31, None, None)], "the Metropolitan Police"),
    ("en", "Nine of them have been charged, two of them with assaulting an emergency worker.", True, [("count", 9, None, None), ("count", 2, None, None)], None),
    ("en", "The force also revised its crowd estimate upwards by about a third, to 65,000, citing analysis of drone images.", True, [("fraction", 0.3333, None, "about"), ("count", 65000, None, None)], None),
    ("en", "Organisers, who stand by their figure of 150,000, said the police count had missed people who joined the route after the start.", True, [("count", 150000, None, None)], None),
    ("en", "Organisers hope the march will persuade Labour backbenchers to vote against the bill.", False, [], None),
    # --- Oct 7: unions call a fifth day (Reuters) ---
    ("en", "PARIS, Oct 7 (Reuters) - French unions called a fifth day of nationwide strikes and protests for Oct. 16, saying last week's turnout showed the depth of opposition to the budget.", True, [("date", "--10-07", None, None), ("ordinal", 5, None, None), ("date", "--10-16", None, None)], None),
    # --- Oct 11: weekend protests in Belgrade (Reuters) ---
    ("en", "BELGRADE, Oct 11 (Reuters) - Tens of thousands of Serbians packed the centre of Belgrade on Saturday in the 12th consecutive weekend of student-led protests against corruption.", True, [("date", "--10-11", None, None), ("ordinal", 12, None, None)], None),
    ("en", "The Archive of Public Gatherings, an independent monitoring group, estimated the crowd at 55,000 to 60,000, while the interior ministry said 21,000 people had attended.", True, [("count", 55000, None, None), ("count", 60000, None, None), ("count", 21000, None, None)], None),
    ("en", "Students and farmers blocked a main motorway junction for 15 hours, from Saturday afternoon until early Sunday.", True, [("duration", 15, "hour", None)], None),
    ("en", "Nine officers were injured and 34 protesters detained after scuffles near the parliament building, police said.", True, [("count", 9, None, None), ("count", 34, None, None)], "police"),
    ("en", "The protests began in July after a footbridge collapsed in a provincial town, killing seven people.", True, [("count", 7, None, None)], None),
    ("en", "Students have occupied buildings at 41 faculties across the country since July.", True, [("count", 41, None, None)], None),
    ("en", "Protesters are demanding the release of all documents on the bridge's renovation and an early election.", True, [], None),
    ("en", "Pro-government tabloids have called the students \"foreign-funded agents.\"", False, [], None),
    ("en", "\"We are not going home until someone takes responsibility,\" said Jelena Markovic, a 21-year-old law student.", False, [("duration", 21, "year", None)], None),
    # --- Oct 16: turnout falls in France (Reuters) ---
    ("en", "PARIS, Oct 16 (Reuters) - Turnout at Thursday's protests fell to 193,000 nationwide, less than half the level of two weeks ago, the interior ministry said.", True, [("date", "--10-16", None, None), ("count", 193000, None, None), ("fraction", 0.5, None, "under"), ("duration", 2, "week", None)], "the interior ministry"),
    ("en", "The CGT put the figure at 600,000 but acknowledged that the mobilisation had \"lost some steam.\"", True, [("count", 600000, None, None)], None),
    ("en", "Police detained 48 people, 31 of them in Paris.", True, [("count", 48, None, None), ("count", 31, None, None)], None),
    ("en", "Few in the union movement expect the government to drop the budget before the parliamentary vote.", False, [], None),
    ("en", "(Reporting by Camille Duret; Editing by Ros Mayhew)", False, [], None),
    # --- Oct 18: science march in Washington (AP) ---
    ("en", "WASHINGTON (AP) — Demonstrators filled much of the National Mall on Saturday to protest cuts to federal science funding, in one of the largest marches in the capital this year.", True, [], None),
    ("en", "The National Park Service, which issued a permit for up to 75,000 people, does not release crowd estimates.", True, [("count", 75000, None, "up_to")], None),
    ("en", "Researchers who count protest crowds from aerial photographs put peak attendance at 86,000, with a margin of error of 15%.", True, [("count", 86000, None, None), ("percent", 15, "%", None)], None),
    ("en", "Organizers claimed a crowd of a quarter of a million.", True, [("count", 250000, None, None)], None),
    ("en", "The last march of comparable size on the Mall, in April 2017, drew an estimated 100,000 people.", True, [("year", 2017, None, None), ("count", 100000, None, "about")], None),
    ("en", "The march covered 1.7 miles along Pennsylvania Avenue from the Capitol to the Ellipse.", True, [("count", 1.7, None, None)], None),
    ("en", "U.S. Capitol Police said officers arrested 17 people who refused to leave the Capitol steps after a sit-in that lasted almost three hours.", True, [("count", 17, None, None), ("duration", 3, "hour", "nearly")], "U.S. Capitol Police"),
    ("en", "About 150 counter-protesters gathered near the Washington Monument, kept apart from the march by a line of officers.", True, [("count", 150, None, "about")], None),
    ("en", "\"Science doesn't have a party,\" read one of the most common signs.", False, [], None),
    ("en", "A White House spokesperson dismissed the march as \"a lobbying event for bloated bureaucracies.\"", False, [], None),
    ("en", "The administration's budget proposal would cut the National Institutes of Health by 37% and the National Science Foundation by more than half.", True, [("percent", 37, "%", None), ("fraction", 0.5, None, "over")], None),
    ("en", "Scientists travelled from at least 42 states, according to the organizers.", True, [("count", 42, None, "at_least")], "the organizers"),
    ("en", "\"My lab has lost three of its four grants since March,\" said Marisa Kohlhaas, a pediatric oncologist from Ohio.", True, [("count", 3, None, None), ("count", 4, None, None)], "Marisa Kohlhaas"),
    # --- Oct 20-23: deadly protests in southern Peru (Reuters) ---
    ("en", "LIMA, Oct 20 (Reuters) - At least eight people were killed and more than 120 injured in clashes between protesters and security forces in southern Peru over the weekend, the ombudsman's office said.", True, [("date", "--10-20", None, None), ("count", 8, None, "at_least"), ("count", 120, None, "over")], None),
    ("en", "Protesters had blocked at least 40 roads in the Puno and Cusco regions, some of them for more than a week.", True, [("count", 40, None, "at_least")], None),
    ("en", "The government declared a 30-day state of emergency in both regions, suspending the right of assembly.", True, [("duration", 30, "day", None)], None),
    ("en", "\"They are shooting at us like animals,\" a protester in Juliaca told Reuters by phone.", False, [], None),
    ("en", "The interior ministry said 47 police officers had been injured, 11 of them by gunfire.", True, [("count", 47, None, None), ("count", 11, None, None)], "the interior ministry"),
    ("en", "A curfew from 8 p.m. to 5 a.m. remains in force in Juliaca.", True, [], None),
    ("en", "The president's approval rating has fallen to 6%, according to an Ipsos poll published on Sunday.", True, [("percent", 6, "%", None)], None),
    ("en", "LIMA, Oct 23 (Reuters) - The death toll from the protests in southern Peru rose to 13 after five of the wounded died in hospital, the ombudsman's office said on Thursday.", True, [("date", "--10-23", None, None), ("count", 13, None, None), ("count", 5, None, None)], None),
    ("en", "Prosecutors said they had opened investigations into the deaths and into the use of force by 23 officers.", True, [("count", 23, None, None)], None),
    ("en", "The bishops' conference offered its condolences to the families of the dead and called for dialogue.", False, [], None),
    ("en", "It was not clear whether protest leaders would accept the government's offer of talks.", False, [], None),
    # --- Oct 22: tractor protest in Edinburgh (PA) ---
    ("en", "EDINBURGH (PA) - More than 400 tractors brought central Edinburgh to a standstill on Wednesday as farmers protested against changes to inheritance tax on agricultural land.", True, [("count", 400, None, "over")], None),
    ("en", "Police Scotland said the convoy stretched for about 5 miles at its longest and that Princes Street was closed for six hours.", True, [("count", 5, None, "about"), ("duration", 6, "hour", None)], "Police Scotland"),
    ("en", "NFU Scotland estimated that about 3,000 farmers and supporters attended a rally outside the Scottish Parliament, about a third of them from the Borders.", True, [("count", 3000, None, "about"), ("fraction", 0.3333, None, "about")], None),
    ("en", "The rally lasted about 90 minutes, and the last tractors left the city centre shortly after 4pm.", True, [("duration", 90, "minute", "about")], None),
    ("en", "The Treasury says about 520 estates a year will pay more under the change, a figure farming unions reject.", True, [("count", 520, None, "about")], None),
    ("en", "\"No farmers, no food,\" read a banner fixed to the front of the lead tractor.", False, [], None),
    ("en", "One farmer was charged with breach of the peace after driving onto a pavement, police said.", True, [("count", 1, None, None)], "police"),
    ("en", "Pipers played as the tractors rolled slowly past the foot of the castle rock.", False, [], None),
    # --- Oct 25: bridge blockade cleared in Belgrade (Reuters) ---
    ("en", "BELGRADE, Oct 25 (Reuters) - Serbian riot police on Saturday cleared a student blockade of a Belgrade bridge that had lasted nearly 40 hours, detaining 61 people.", True, [("date", "--10-25", None, None), ("duration", 40, "hour", "nearly"), ("count", 61, None, None)], None),
    ("en", "The health ministry said 18 people were treated in hospital, among them four officers.", True, [("count", 18, None, None), ("count", 4, None, None)], "the health ministry"),
    ("en", "The Archive of Public Gatherings said an evening rally against the clearance drew 32,000 people, the largest weekday crowd since the protests began.", True, [("count", 32000, None, None)], "the Archive of Public Gatherings"),
    ("en", "The prime minister said the blockade had been \"an attack on ordinary citizens trying to get to work.\"", False, [], None),
    ("en", "(Reporting by Milan Ristic; Editing by Toby Hale)", False, [], None),
    # --- Oct 27-Nov 1: a march banned in east London (PA) ---
    ("en", "LONDON (PA) - The Home Secretary has approved a Metropolitan Police request to ban a march by the nationalist group English Defiance in east London for 30 days.", True, [("duration", 30, "day", None)], None),
    ("en", "It is the first ban on a march in the capital since 2019, Scotland Yard said.", True, [("ordinal", 1, None, None), ("year", 2019, None, None)], "Scotland Yard"),
    ("en", "The group may still hold a static rally of up to 90 minutes at a site chosen by police.", True, [("duration", 90, "minute", "up_to")], None),
    ("en", "Tower Hamlets Council said it had received more than 2,600 objections to the march in six days.", True, [("count", 2600, None, "over"), ("duration", 6, "day", None)], "Tower Hamlets Council"),
    ("en", "Civil liberties group Liberty said banning marches \"must never become routine.\"", False, [], None),
    ("en", "About 350 English Defiance supporters attended the rally in Whitechapel on Saturday, facing several thousand counter-protesters across a line of police vans.", True, [("count", 350, None, "about")], None),
    ("en", "Fourteen people were arrested, 11 of them counter-protesters, police said.", True, [("count", 14, None, None), ("count", 11, None, None)], "police"),
    ("en", "Bottles and fireworks were thrown at officers as the rally ended, and one officer was taken to hospital with a head injury.", True, [("count", 1, None, None)], None),
    # --- Oct 29: pensioners' protest in Buenos Aires (Reuters) ---
    ("en", "BUENOS AIRES, Oct 29 (Reuters) - Argentine police fired rubber bullets and water cannon at pensioners and their supporters outside Congress on Wednesday, the 40th consecutive week of the protests.", True, [("date", "--10-29", None, None), ("ordinal", 40, None, None)], None),
    ("en", "The city's emergency medical service said 27 people were treated for injuries, including a 74-year-old man hit in the head by a tear gas canister.", True, [("count", 27, None, None), ("duration", 74, "year", None)], None),
    ("en", "The Security Ministry said 19 people had been arrested and 11 officers hurt.", True, [("count", 19, None, None), ("count", 11, None, None)], "the Security Ministry"),
    ("en", "The minimum pension is about 340,000 pesos a month, roughly $250 at the official exchange rate.", True, [("money", 340000, "ARS", "about"), ("money", 250, "USD", "about")], None),
    ("en", "\"We worked 40 years and now we have to choose between medicine and food,\" said Rosa Benítez, 71, a retired seamstress.", False, [("duration", 40, "year", None), ("duration", 71, "year", None)], None),
    ("en", "Pensioners banged pots and pans as riot police lined the steps of Congress.", False, [], None),
    ("en", "A presidential spokesman said pensions had risen faster than inflation for the past 14 months.", True, [("duration", 14, "month", None)], None),
    # --- Oct 31-Nov 2: West Gate Bridge march in Melbourne (AAP) ---
    ("en", "MELBOURNE (AAP) - Victoria's Supreme Court has refused a police application to prohibit a protest march across the West Gate Bridge planned for Sunday.", True, [], None),
    ("en", "Police had argued that closing the 2.6-kilometre bridge for up to four hours would endanger public safety and cost freight operators about A$3 million.", True, [("count", 2.6, None, None), ("duration", 4, "hour", "up_to"), ("money", 3000000, "AUD", "about")], None),
    ("en", "Justice Kerrie Lindqvist said the right to protest could not be set aside merely because a march would be inconvenient.", True, [], "Kerrie Lindqvist"),
    ("en", "Organisers expect about 20,000 people, and police will have 800 officers on duty.", True, [("count", 20000, None, "about"), ("count", 800, None, None)], None),
    ("en", "MELBOURNE (AAP) - About 27,000 people crossed the West Gate Bridge on Sunday in a march for stronger climate action, according to police, while organisers claimed 70,000.", True, [("count", 27000, None, "about"), ("count", 70000, None, None)], None),
    ("en", "\"Our officers counted 27,000 people crossing the bridge, not 70,000,\" Assistant Commissioner Rachel Tung said.", True, [("count", 27000, None, None), ("count", 70000, None, None)], "Rachel Tung"),
    ("en", "The bridge was closed to traffic for three hours and 40 minutes.", True, [("duration", 3, "hour", None), ("duration", 40, "minute", None)], None),
    ("en", "No arrests were made.", True, [], None),
    ("en", "Victoria's premier said she was \"proud to live in a state where people can protest peacefully.\"", False, [], None),
    # --- Nov 8: candlelit rally in Seoul (Reuters) ---
    ("en", "SEOUL, Nov 8 (Reuters) - Tens of thousands of South Koreans held a candlelit rally in central Seoul on Saturday against a plan to raise the maximum working week to 64 hours.", True, [("date", "--11-08", None, None), ("duration", 64, "hour", None)], None),
    ("en", "Police estimated the crowd at 42,000; the Korean Confederation of Trade Unions, which organised the rally, said 150,000 had taken part.", True, [("count", 42000, None, None), ("count", 150000, None, None)], None),
    ("en", "It was the largest rally in the capital since 2017, police said.", True, [("year", 2017, None, None)], "police"),
    ("en", "The rally stretched for about 1.5 km along Sejong-daero boulevard.", True, [("count", 1.5, None, "about")], None),
    ("en", "About 6,800 police officers in 130 units were deployed, according to the Seoul Metropolitan Police Agency.", True, [("count", 6800, None, "about"), ("count", 130, None, None)], "the Seoul Metropolitan Police Agency"),
    ("en", "Police detained 31 people who tried to march toward the presidential office, Yonhap news agency reported.", True, [("count", 31, None, None)], None),
    ("en", "\"We are people, not machines,\" read placards held up by young office workers.", False, [], None),
    ("en", "The labour ministry says the longer week would apply only to firms with 30 or more employees and for no more than 12 weeks a year.", True, [("count", 30, None, "at_least"), ("duration", 12, "week", "at_most")], None),
    # --- November: costs and a court ruling in London (PA) ---
    ("en", "LONDON (PA) - Policing October's disability benefits march and the east London rally cost a combined £3.4 million, City Hall said.", True, [("money", 3400000, "GBP", None)], "City Hall"),
    ("en", "Officers had 1,140 rest days cancelled in October to cover protests, the Metropolitan Police Federation said.", True, [("count", 1140, None, None)], "the Metropolitan Police Federation"),
    ("en", "The Met has spent more than £60 million on policing protests since the start of 2024, figures released on Tuesday showed.", True, [("money", 60000000, "GBP", "over"), ("year", 2024, None, None)], None),
    ("en", "LONDON (PA) - The High Court has ruled that a police condition limiting a climate vigil outside Parliament to 30 minutes was unlawful.", True, [("duration", 30, "minute", None)], None),
    ("en", "The judge found that police had not shown that a longer vigil would cause the \"serious disruption\" the law requires.", True, [], None),
    ("en", "The group that brought the case, Climate Vigil, said 11 of its members had been arrested under the condition and their cases should now be dropped.", True, [("count", 11, None, None)], None),
    ("en", "The Metropolitan Police said it was \"considering the judgment carefully.\"", False, [], None),
]
