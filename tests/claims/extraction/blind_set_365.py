"""Three-hundred-and-sixty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, a firm and figures are made up
(Jochen Wiedenroth, Denys Hawrylenko, Gudrun Pfandlbauer, Rudolf Zehetbauer, Thierry
Aeschlimann, Beat Schwendimann, Friederike Laubenthal, the arms maker Kaltenbach
Wehrtechnik, Dirk Hellenkamp, Ingo Rabenhorst, Malte Oberbeck, Tobias Wernecke, Hagen
Ostermeier, Carsten Brockmöller, Lukas Sandhagen; Mikael Strandvik, Imogen Thackeray, Dale
Brightwater, Roderick Annesley, Piotr Zalewicz, Bérénice Lafargue, Ola Wästberg, Jesper
Kvist-Nørby, Edgars Priedītis, Takumi Hoshizaki, Maxime Belleau, Rhett Coughlan, Denys
Havrylenko - the same made-up minister as in the German copy, transliterated as English
wires do; every unnamed official, diplomat, aide, spokesperson, analyst and source);
ministers, generals, commissioners, the alliance's secretary general and the heads of
real governments appear under made-up names that stand for no real holder, or by their
role only ("der Nato-Generalsekretär" in one row, "der Bundeskanzler", "der Forsa-Chef",
"the Prime Minister", "the Defence Secretary", "the U.S. president", "Bulgaria's defence
minister", "A Kremlin spokesman"). Real states, bodies, places and things (Nato,
Bundeswehr, Luftwaffe, Bundestag, Haushaltsausschuss, Ukraine-Kontaktgruppe,
Bundesregierung, Verteidigungsministerium, Bundesheer, Ministerrat, Sky Shield, FPÖ,
Bundesrat, Armeebotschaft, VBS, Nationalrat, SP, Grüne, Zivildienst, Bundesamt für das
Personalmanagement der Bundeswehr, Wehrbeauftragte, Linke, Union, Beschaffungsamt,
Reservistenverband, Offiziersgesellschaft, Staatssekretariat für Wirtschaft (Seco), Gruppe
für eine Schweiz ohne Armee, Forsa, „Handelsblatt“, Kieler Institut für Weltwirtschaft,
Ukraine Support Tracker, Panzerbrigade 45, Sachsen-Anhalt, Koblenz, Vilnius, Ankara, Tirana;
NATO, the MoD, the Ministry of Defence, the Treasury, the Commons, the Liberal Democrats,
Labour, the Kiel Institute, the Pentagon, Congress, the Congressional Budget Office, the
State Department, the Defense Security Cooperation Agency, the U.S. Army, the National
Assembly, the Self-Defense Forces, Kyushu, Lithuania's parliament, the Australian Strategic
Policy Institute, the Greens, the Conservatives, the European Union, the Commission, the
Kremlin, and the datelines' cities; type names such as IRIS-T SLM, Patriot, Taurus,
Black-Hawk, F-35, F-35A, F-16, AIM-120, NASAMS, HIMARS, K2, Rafale, Eurofighter, Tranche 5,
Abrams) stand for the way wire copy names them; every package, budget, share, order,
price, troop number, conscript count, poll, date and quote here is invented, and where a
real figure came to mind (a real order size, a real troop level, a real conscription
intake, a real spending path, a real aid total or a real programming-law sum) it was
changed (the alliance's 3.5 and 1.5 percent targets for 2035, the founding of the contact
group in April 2022, the invasion of February 2022 and the reintroduction of conscription
in Latvia and of women's voluntary Stellung in Austria in 2023 kept).

Its weight: DEFENCE, NATO AND MILITARY PROCUREMENT (the fiftieth batch weighed defence
procurement, military and security copy, the hundred-twenty-second defence budgets, arms
deliveries, military procurement and conscription, the two-hundred-and-sixteenth defence
procurement and armed forces in German-heavy copy and the two-hundred-and-seventy-eighth
defence and military procurement; their decisions are kept) - five wire weeks of one early
summer, from a NATO defence ministers' meeting on Thursday, June 5, to the alliance's summit
on Wednesday, July 9, as 32 short stories with the German and English desks interleaved (not
strictly in date order), each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). German (dpa, APA, Reuters German,
Keystone-SDA; Austrian "Mrd.", "Mio.", "heuer", "im Vorjahr", "Ministerrat",
"Stellungspflichtige", "eingerückt"; Swiss "Mia.", "gemäss", "gutgeheissen", "2461", «»
quotes; German „“ quotes): NATO's capability targets and Germany's brigades, the Ukraine
contact group with Germany's 21st package, Austria's defence budget, the Swiss
Armeebotschaft, the new Wehrdienst's questionnaires, an arms maker's quarter, the budget
committee's 31 projects, the brigade in Lithuania, Swiss arms exports, Bundesheer recruits
and militia, a shell call-off, home defence regiments and reservists, the summit in Ankara,
a Forsa poll on conscription, the Kiel aid tracker and the Wehrbeauftragte's annual report.
English (Reuters, AP, AFP, PA, AAP): NATO's targets, Britain's drones and its 14th package,
the Pentagon's request, the British Army's growth, Poland's budget and tanks, France's
programming law, Nordic conscription, the Baltic defence line, an F-16 sale to Bulgaria,
Japan's request, Canada's submarines, Britain's spending path, the summit, Australia's
spending, Ukraine's air defence needs and U.S. troops leaving Germany. Figures as such copy
has them: shares of GDP, of economic output and of national income, NATO quotas and targets,
budgets, packages, credits, contracts and unit prices in euros, francs, dollars, pounds,
zlotys, yen, Norwegian crowns, Canadian and Australian dollars, troop, conscript, reservist,
recruit and volunteer numbers, brigades, regiments, battalions, jets, tanks, submarines,
frigates, batteries, drones, shells and calibres, votes, delivery and target years, service
lengths; number words and compounds („zehn Jahre“, „sieben statt bisher fünf“,
„sechsmonatigen“, „155-Millimeter-Granaten“, „25-Millionen-Euro-Vorlagen“, „ein Dutzend“,
„18- bis 29-Jährigen“, „30 Kampftage“, "a fivefold increase", "ten times as many", "a 280-km
line", "nine-month rotation", "two government sources"), numbered packages and meetings
(„Das 21. Paket“, „zu ihrem 31. Treffen“, "the 14th"), fractions („Etwa jeder vierte“, „Gut
jeder vierte“, „mehr als die Hälfte“, „mehr als ein Drittel“, "about a third", "by about
half"), ordinals („drittes Kampfbataillon“, „der sechste Abruf“, „die vierte Sitzung“, „im
ersten Quartal“, "A second contract", "the first eight"), hedges, ranges, years and dates.
Negatives as such copy has them - 56 rows, none with a figure: ministers', generals' and
chiefs' rhetoric and creed in quotes, labels of the opposition and the other side („sprach
von“, „nannte“, "described ... as", "called", "labelled"), verdicts with „halten ... für“,
an accusation naming no act, evasions („ließ ... offen“, "declined to say", "no decision had
yet been made"), open questions, fears, doubts, unease, a warning and an appeal naming no
measure and a mood line, each near a check-worthy look-alike: the same speaker's figure, an
order, a vote, a scheduled meeting, a rule, a position of record.

236 rows (119 German, 117 English), 56 negatives (29 German, 27 English), 180 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 335 expected quantities (116 counts,
54 amounts of money - 24 EUR, 13 USD, 4 each CHF and GBP, 2 each AUD, CAD, JPY and NOK, 1
PLN -, 50 years, 46 percentages - 45 in "%", 1 in percentage points "pp" -, 30 durations -
12 in years, 11 in months, 5 in days, 1 each in hours and in weeks -, 17 ordinals, 15 dates,
7 fractions; none of them in a negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, creed, warning, fear, doubt or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-second, two-hundred-and-sixteenth, two-hundred-and-seventy-eighth); a
  quoted or reported statement of fact, figure, plan, order, demand or position is
  check-worthy with its speaker, also in Konjunktiv I (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth). Pairs from one speaker: Wiedenroth's seven brigades beside
  „nicht für die Parade“, his „ließ ... offen“ on the cost and his „hänge allein von ...
  ab“; Strandvik's fivefold increase, 32 allies and $586 billion beside "does not pause",
  „nie geschlossener“ and "Nobody in this room"; Hawrylenko's eight Patriot systems beside
  „Jede Nacht ohne Luftabwehr“ and Havrylenko's 14 batteries beside "Every battery";
  Thackeray's package and submarines beside "we will not flinch" and her "declined to say";
  Pfandlbauer's two percent beside „Neutralität braucht Fähigkeiten“; Brightwater's
  munitions beside "the fight ahead of us"; Aeschlimann's 30 jets beside «Sparflamme»;
  Annesley's regiments beside "Mass matters again"; Zalewicz's 4.8% beside "front door";
  Hellenkamp's shell works beside „Friedensdividende“; Lafargue's jets beside "decides for
  itself"; Kvist-Nørby's third beside "the whole of society"; Wernecke's 5,000 beside „ein
  Versprechen“; Priedītis's line beside "Every kilometre"; Hoshizaki's bases beside "the
  most severe"; Ostermeier's two weeks beside „ein Bluff“; Belleau's submarines beside "a
  free rider"; Brockmöller's reservists beside his „Schlüssel zur Durchhaltefähigkeit“;
  Coughlan's frigates beside "flat-footed"; Sandhagen's third beside his warning;
  Laubenthal's 67 billion euros beside „motiviert, aber ... müde“ and her verdict „eine
  Wette auf die Zukunft“.
- Labels, verdicts and the other side (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth): the FPÖ's „Budget der leeren Versprechen“, the Greens'
  «Aufrüstung ohne Kompass», Oberbeck's „Durchwinken im Akkord“, the GSoA's «Geschäften mit
  dem Krieg», the Forsa chief's „Stimmungswandel“, the Liberal Democrats' "recruitment
  poster", the Australian Greens' "blank cheque", the Conservatives' "years overdue", the
  Russian embassy's "another step toward confrontation" and the Kremlin spokesman's "would
  only prolong the war" (an evaluation by the other side though its verb is "said", as
  two-hundred-and-seventy-eighth's Turkish ministry) are negatives; so are the verdicts with
  „halten ... für“ (the analysts, the Offiziersgesellschaft, Laubenthal), the Union's
  accusation naming no act („warf ... vor, die Lage schönzureden“), fears (student unions,
  residents, youth groups, eastern allies), doubts ("privately doubt", „bezweifelt“),
  unease, "Analysts say ..." (a verdict, three-hundred-and-fifty-sixth: "Analysts said the
  market looked to have further to fall."), a warning naming no measure („Sandhagen warnte,
  ... nicht ausruhen“; two-hundred-and-fourth), an appeal naming none („fordert mehr
  Anerkennung“), evasions and open questions („ließ ... offen“ twice, "declined to say", "It
  was not clear", „ist weiterhin offen“, „blieb unklar“) and the diplomats' mood line. New:
  "A Pentagon spokesperson said no decision had yet been made." is an evasion and a
  negative, as "has not been decided" (two-hundred-and-fourth), while its look-alike
  "Germany's defence ministry said it had not been informed of any withdrawal." states a
  fact of record and is check-worthy without a figure (hundred-twenty-second: denials of
  record; two-hundred-and-seventy-eighth: a Pentagon spokesman's denial of a withdrawal).
- Check-worthy without a figure (hundred-twenty-second, two-hundred-and-sixteenth,
  two-hundred-and-seventy-eighth): the southern allies' reported push ("Diplomats said
  ..."), the ministers' next meeting and the next summit in Tirana (scheduled meetings,
  sixty-fifth), the SP's announced rejection, the Left voting against all bills (a position
  by vote, hundred-nineteenth), the rule that a return to conscription needs its own
  Bundestag vote (a checkable rule, thirty-third, three-hundredth), the poll's lead „eine
  Mehrheit“ (two-hundred-and-sixteenth: a poll's „knappe Mehrheit“), the tracker's record
  and its report that the USA approved no new aid („heißt es in dem Bericht“), the
  Bundeswehr barely growing and Germany's ministry not informed.
- Numbered packages and meetings are ordinals (the brief's „das 21. Paket“;
  two-hundred-and-fourth: „das 20. Sanktionspaket“; an earlier batch: "its 20th package"):
  „Das 21. Paket der Bundesregierung“ 21, "The package is the 14th that London has put
  together" 14 (the ordinal standing without its noun, as "an option for a fourth",
  two-hundred-and-seventy-eighth), „zu ihrem 31. Treffen“ 31 (the issue's „das sechste
  Treffen“), „die vierte Sitzung“ 4, „der sechste Abruf“ 6 (two-hundred-and-seventy-eighth:
  „Ein erster Abruf“).
- Shares of output and NATO quotas are percentages, "des Bruttoinlandsprodukts", "der
  Wirtschaftsleistung", "of GDP", "of economic output", "of national income" and "of gross
  national income" carrying none (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth): „rund 1,1 Prozent“ "about",
  „auf zwei Prozent“ 2, „ein Prozent der Wirtschaftsleistung, ... 0,76 Prozent“, „5,4
  Prozent“, „fünf Prozent“, „3,5 Prozent ... und 1,5 Prozent“, „die 3,5 Prozent“, „höchstens
  2,1 Prozent“ "at_most", "at least 2%" "at_least", "3.5% of GDP ..., plus another 1.5%"
  ("plus" and "another" no hedge; two-hundred-and-forty-fourth), "4.8%", "2.5%", "5%", "6%",
  "NATO's 2% target" 2, "2% of GDP", "2.6% ... and ... 3.5%", "from 0.5% to 0.35%", "the
  3.5% core defence target", "1.4% ..., ... about 2.1%", "2.4%"; growth and poll shares
  likewise („um 38 Prozent“, „35 bis 40 Prozent“ both, „4,2 Prozent“, „27 Prozent mehr“, „um
  6 Prozent weniger“ - „weniger als“ and „mehr als“ after a figure comparing -, „knapp 62
  Prozent“ "nearly", „nur 63 Prozent“ („nur“ no hedge), „58 Prozent ..., 37 Prozent“, „41
  Prozent“, „um sechs Prozentpunkte“ 6 pp, „um 9 Prozent“, "a 4% increase" as "up 4%", "by
  11%", "up 28%", "by 19%", "88% of the drones").
- Orders, troops and output are counts as written (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth): brigades, regiments,
  battalions, soldiers, conscripts, volunteers, reservists, recruits, families, jets, tanks,
  helicopters, submarines, frigates, batteries, launchers, missiles, drones, radars,
  vehicles, shells and rounds; „zwölf weitere“, „vier weitere“, „20 weitere“, "61 more",
  "two more", "six more", "about 100 more", "at least 14 more", "24 additional", "about 50
  additional", "extra sailors" („weitere“, "more", "additional", "extra" no hedge);
  „zusätzlich rund 60.000“ and „rund 20.000 zusätzliche“ "about"; „von derzeit sechs auf
  zehn“ both; "96 of the 180", "Only 11 of the 32" ("Only" no hedge), "All 32 allies",
  "10,480 of the 20,100"; „ein Dutzend Seefernaufklärer“ 12 (the issue's "two dozen");
  „lehnte 14 ab“ 14 (the elliptic count, two-hundred-and-seventy-eighth); votes one count
  per figure ("voted 98-12", „mit 117 zu 72 Stimmen“; two-hundred-and-sixteenth); "two
  government sources told Reuters" and "two U.S. officials told Reuters" 2 (hundred-first:
  "two Egyptian security sources"); "stood above 80,000" "over"
  (three-hundred-and-fifty-sixth: "above $4,800"); "the roughly 36,000" "about"; "a 280-km
  line" 280 (the figure in the hyphenated compound, two-hundred-and-forty-fourth); calibres
  are counts ("155 mm artillery shells" 155, two-hundred-and-seventy-eighth: "155mm
  artillery shells"), and so is „155-Millimeter-Granaten“ 155, the German compound headed by
  the calibre as "a 280-km line" is by its length. New: „sieben statt bisher fünf
  Kampfbrigaden“ and „nur 30 statt 36 Maschinen“ give both counts with no hedge - „statt“
  sets a figure against the one it replaces, as "from 20 ships to six"
  (two-hundred-and-seventy-eighth) and „von sechs auf 15“ (two-hundred-and-sixteenth) give
  both, and „bisher“ and „nur“ hedge nothing. Multiples are counts (hundred-eleventh,
  two-hundred-and-sixteenth, two-hundred-and-seventy-eighth): "a fivefold increase" 5
  (hundred-ninety-ninth: "a fivefold jump"), "ten times as many" 10, „doppelt so viele“ 2,
  „fast dreimal so viel“ 3 "nearly", „fast doppelt so hoch“ 2 "nearly"; the verbs „mehr als
  verdoppelt“, „vervierfacht“ and "doubles" carry none (two-hundred-and-forty-fourth: „mehr
  als halbiert“). Type designations carry none, the figure inside included (fiftieth,
  two-hundred-and-sixteenth): "IRIS-T SLM", "F-35", "F-35A", "F-16", "F-16s", "AIM-120",
  "K2", "K2s", "NASAMS", "HIMARS", "Black-Hawk", "der Tranche 5", "Abrams"; „Die
  Panzerbrigade 45“ none (fiftieth: a unit numbered with a cardinal after its noun is an
  identifier). „beiden“, „sämtliche“, "Most of them", "Several", "Some" none.
- Ordinals (the issue; fiftieth, two-hundred-and-sixteenth, two-hundred-and-seventy-eighth):
  „ihr drittes Kampfbataillon“ 3 (an earlier batch: „das zweite Kampfbataillon“), „im ersten
  Quartal“ 1, „die ersten“ and „Die ersten Jets“ 1, „die ersten F-35A“ 1, "the first of the
  new jets", "The first boats", "the first new factory" 1, "the first of eight new frigates"
  1 and 8 (two-hundred-and-sixteenth: „Die erste von sechs neuen Fregatten“), "the first
  eight of its F-16s" 1 and 8 (two-hundred-and-seventy-eighth: „Die ersten acht Jets“), "A
  second contract" 2, „in den ersten sechs Monaten“ 1 and 6 months (three-hundredth: "in the
  first six months"). "the largest single shortfall", "their largest exercise since the Cold
  War", "the highest monthly total", "a record", „einen Rekord“, „einen Höchststand“, „die
  kürzeste seit Jahrzehnten“ none.
- Fractions (the issue; two-hundred-and-sixteenth, two-hundred-and-seventy-eighth): „Etwa
  jeder vierte“ 0.25 "about", „Gut jeder vierte“ 0.25 "over" (forty-first: „gut jeder
  fünfte“), „mehr als die Hälfte der Aufträge“ 0.5 "over", „mehr als ein Drittel“ 0.3333
  "over", "about a third of new conscripts" and "about a third of that capacity" 0.3333
  "about", "by about half" 0.5 "about" (two-hundred-and-sixteenth: „um die Hälfte“).
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „für die kommenden zehn Jahre“ 10 years and "over the next 15 years" 15 years (the figure
  naming the span; "over the next decade", "over the decade" and "within a decade" none, as
  "for a decade", two-hundred-and-seventy-eighth), „Am sechsmonatigen Grundwehrdienst“ 6
  months and „auf acht Monate“ 8 months, „mindestens sechs Monate“ "at_least", „um bis zu
  zwei Jahre“ "up_to", "within 18 months" and "over the next 18 months" 18 months ("within"
  and "over" before a span no hedge), "over four years", "over five years", "over three
  years", "over two years", "a nine-month rotation" 9 months, "extended to 12 months from
  five" both (the unit written once serving the elliptic figure, two-hundred-and-sixteenth),
  "up from 23 two years ago" 2 years (two-hundred-and-forty-fourth: "four years ago"), "two
  years ahead of the original 2027 deadline" 2 years and the year
  (two-hundred-and-seventy-sixth: "two years later than originally planned"), "in the 12
  months to March" 12 months, „im Mittel der vorangegangenen zwölf Monate“ 12 months („im
  Mittel“ no hedge, as an earlier batch's "im Mittel dreieinhalb Stunden"), „für weniger als
  zwei Wochen“ 2 weeks "under" („weniger als“ before the figure, two-hundred-and-fourth:
  "weniger als ein Viertel"), "have 30 days to raise objections", "after two hours", „Im
  Schnitt ... 33 Tage Dienst“ 33 days, "serve up to 40 days a year, against 27 at present"
  40 days "up_to" and 27 days (the elliptic unit, two-hundred-and-seventy-eighth: „bei 60“);
  ages are durations in years („Unter den 18- bis 29-Jährigen“ two ages,
  two-hundred-and-sixteenth). New: „Munitionsvorräte für mindestens 30 Kampftage“ is a
  duration of 30 days "at_least" - the days of fighting a stock must last are a span, as
  "the 35 days allowed" (two-hundred-and-seventy-sixth) and „an sechs Tagen pro Woche“
  (two-hundred-and-seventy-eighth), not a tally summed over many people as „1,2 Millionen
  Reservistendiensttage“ (two-hundred-and-seventy-eighth). None: „im kommenden Jahr“, „in
  diesem Jahr“, „im vergangenen Jahr“, „im Vorjahr“, „ein Jahr zuvor“, „heuer“, „jährlich“,
  „im Jahr“, „im Monat“, „pro Tag“, „Seit Jahresbeginn“, „seit Jahresbeginn“, „bis zum
  Winter“, „im Frühjahr“, „an diesem Tag“, „am Vormittag“, „Ende Dezember“, „seit
  Jahrzehnten“, "this financial year", "this fiscal year", "next fiscal year", "the next
  fiscal year", "next year", "this year", "last year", "a year earlier", "a year", "a
  month", "by the end of the year", "today", "at present", "in October", "in September", "in
  June".
- Years and dates: target and delivery years as written („bis 2035“ twice, „bis 2030“, „bis
  2032“ three times, „2028“ twice, „ab 2029“, „ab 2027“, „bis Ende 2027“, „2031“, „bis 2029“
  twice, „bereits 2029“, „Seit 2023“, "by 2035" four times, "by 2030" three times, "by the
  end of 2027", "through 2032", "in 2031", "in 2030", "in 2028", "by 2032", "by 2028", "from
  2028", "from 2027", "by 2027" twice, "from 2029", "by March 2028" the year, "by 2033", "by
  2040", "before 2035", "in 2029", "in 2018", "in 2023", "in 2022" twice, "in February 2022"
  and „im April 2022“ the year), „des Jahrgangs 2008“ 2008 (hundred-twenty-second), "the
  2027 target" and "the original 2027 deadline" 2027 (a year before a noun dates it,
  two-hundred-and-fourth: "a 2022 strategy"). New: "women born in 2008 or later" gives the
  year 2008 with no qualifier - "or later" after a year opens a cohort and bounds no figure,
  as „frühestens 2029“ (three-hundred-and-twenty-fourth) and „spätestens 2039“
  (two-hundred-and-seventy-eighth) keep the year bare. Dates: "on June 17" --06-17, "on July
  8" --07-08, "from Aug. 1" --08-01, the fieldwork dates „vom 24. bis 26. Juni“ --06-24 and
  --06-26 (two-hundred-and-seventy-eighth: „vom 3. bis 5. März“); Reuters English datelines
  with a day are dates without a year ("BRUSSELS, June 5", "LONDON, June 6", "WARSAW, June
  10", "STOCKHOLM, June 12", "RIGA, June 17", "TOKYO, June 20", "OTTAWA, June 23",
  "WASHINGTON, June 26", "KYIV, July 2", "ANKARA, July 9"); dpa, APA, Reuters German
  ("Düsseldorf (Reuters) -", "Kiel (Reuters) -"), Keystone-SDA, AP ("WASHINGTON (AP) —"),
  AFP ("PARIS (AFP) -"), PA ("LONDON (PA) -") and AAP ("SYDNEY (AAP) -") datelines none
  (seventy-ninth).
- Money in the currency written (every batch): EUR („1,9 Milliarden Euro“, „350 Millionen
  Euro“, „rund neun Milliarden Euro“ "about", „5,1 Mrd. Euro“, „rund 410 Mio. Euro“, „rund
  2.600 Euro brutto im Monat“, „6,4 Milliarden Euro“, „2,9 Milliarden Euro“, „71 Milliarden
  Euro“, „zusammen 38,6 Milliarden Euro“ („zusammen“ no hedge), „rund 8,8 Milliarden Euro,
  also gut 440 Millionen Euro pro Maschine“ "about" and "over" - a unit price, „pro
  Maschine“ none, two-hundred-and-seventy-eighth: „pro Panzer“ -, „rund 1,1 Milliarden
  Euro“, „2,1 Milliarden Euro“, „bis zu 9,5 Milliarden Euro“ "up_to", „bis zu 720 Euro pro
  Tag“ "up_to", „14,6 Milliarden Euro“, „4,1 Milliarden Euro“, „mindestens 67 Milliarden
  Euro“ "at_least", "142 billion euros", "36 billion euros", "about 300 million euros", "1.5
  billion euros"), CHF („insgesamt 4,3 Mia. Franken“ no hedge, „Rund 1,6 Mia. Franken“, „912
  Millionen Franken“, „263 Millionen Franken“), NOK („3,5 Milliarden Kronen“ in a row naming
  Norway, as the hundred-first batch's „Norwegen ... 8,5 Milliarden Kronen“; "about 4
  billion Norwegian crowns"), USD ("$961 billion", "$3.3 billion", "an average of $1.1
  trillion a year" - "an average of" no hedge -, "at least $5 billion", "about $6.5
  billion", "an estimated $2.9 billion" "about", "about $200 million", "a combined $586
  billion" - "combined" no hedge -, "about $1 billion each" - "each" none, as "per jet" -,
  "$35 billion a year"), the converted figure in brackets with no hedge ("($390 million)",
  "($54 billion)", "($62 billion)"; hundred-twenty-second), GBP ("a 350 million pound
  package", "about £2.4 billion", "an additional £6.2 billion a year" - "additional" no
  hedge -, "£2.3 billion"), PLN ("about 200 billion zlotys"), JPY ("a record 9.2 trillion
  yen" - "a record" none -, "1.1 trillion yen"), CAD ("an extra C$9 billion", "about C$62.7
  billion"), AUD ("A$11 billion", "about A$40 billion"). New: „Es war die vierte Sitzung mit
  sogenannten 25-Millionen-Euro-Vorlagen“ gives ordinal 4 and money 25,000,000 EUR - the
  threshold heading the compound is an amount, as „100-Milliarden-Euro-Sondervermögen“
  (two-hundred-and-sixteenth) and "a 500-billion-euro fund" (an earlier batch), though it
  names a class of bills.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, "about", "roughly", "some",
  "an estimated" "about"; „knapp“, „fast“ "nearly"; „gut“, „Gut“, „mehr als“, "above"
  "over"; „weniger als“ before a figure "under"; „bis zu“, "up to" "up_to"; „mindestens“,
  "at least" "at_least"; „höchstens“ "at_most". No hedge: „insgesamt“, „zusammen“, „nur“,
  „bereits“, „weitere“, „zusätzliche“, „zusätzlich“, „derzeit“, „bisher“, „Bislang“,
  „statt“, „im Schnitt“, „im Mittel“, „um“ before a change, "Only", "only", "All", "more",
  "another", "additional", "extra", "plus", "combined", "an average of", "within", "over"
  before a span, the „bis“ and "to" of a range, and „weniger als“ and „mehr als“ after a
  figure.
- Speakers, checked only in forms the earlier batches settled: "sagte Verteidigungsminister
  Jochen Wiedenroth", "sagte Luftwaffeninspekteur Ingo Rabenhorst", "sagte Brigadegeneral
  Tobias Wernecke", "sagte Generalinspekteur Carsten Brockmöller am Montag in Berlin" (rank,
  weekday and place dropped) and "sagte Verteidigungsministerin Gudrun Pfandlbauer am
  Mittwoch nach dem Ministerrat" (weekday and occasion dropped,
  two-hundred-and-seventy-eighth) the name; "sagte Generalstabschef Zehetbauer" the surname
  (two-hundred-and-seventy-eighth: "Marineinspekteur Dallmeier sagte"); "X sagte, ..."
  opening the row with the office or rank dropped ("Generalstabschef Rudolf Zehetbauer",
  "Verteidigungsminister Thierry Aeschlimann", "Korpskommandant Beat Schwendimann",
  "Vorstandschef Dirk Hellenkamp", "Heeresinspekteur Hagen Ostermeier", "Studienautor Lukas
  Sandhagen"; two-hundred-and-sixteenth, two-hundred-and-forty-fourth) and "Laubenthal
  sagte"; "Nach Angaben des Verteidigungsministeriums" twice -> "das
  Verteidigungsministerium" and "Nach Angaben des Beschaffungsamts" -> "das Beschaffungsamt"
  (the nominative, fiftieth, two-hundred-and-sixteenth); "teilte das
  Verteidigungsministerium in Vilnius mit" -> "das Verteidigungsministerium" (the place
  dropped, two-hundred-and-sixteenth). New: "teilte das Bundesamt für das Personalmanagement
  der Bundeswehr mit" gives the whole name - the genitive "der Bundeswehr" belongs to the
  office's name and is no place, as „die Stiftung Natur und Umwelt Rheinland-Pfalz“
  (two-hundred-and-forty-fourth). English: the name with title, rank, weekday and place
  dropped ("NATO Secretary General Mikael Strandvik told reporters", "Defence Secretary
  Imogen Thackeray said", "Army Secretary Dale Brightwater said", "Chief of the General
  Staff General Roderick Annesley said", "Deputy Defence Minister Piotr Zalewicz said on
  Tuesday", "Armed Forces Minister Bérénice Lafargue told reporters", "Supreme Commander
  General Ola Wästberg said", "Defence Minister Jesper Kvist-Nørby said in Copenhagen",
  "Defence Minister Edgars Priedītis said on Tuesday", "Defence Minister Takumi Hoshizaki
  said", "Defence Minister Maxime Belleau said on Monday", "Defence Minister Denys
  Havrylenko said on Wednesday"; two-hundred-and-seventy-eighth), "Strandvik said",
  "Thackeray said", "Coughlan said" as written, "Strandvik told a news conference"
  (three-hundred-and-twenty-fourth: "told a news conference"); "the MoD said on Friday" ->
  "the MoD" and "The defence ministry said ..." -> "the defence ministry"
  (two-hundred-and-seventy-eighth). Left unchecked (None): all negatives, also those with a
  named speaker; "Der ukrainische Verteidigungsminister Denys Hawrylenko sagte" (a national
  adjective before the title, three-hundred-and-twenty-fourth), roles ("sagte der
  Nato-Generalsekretär", "Der Bundeskanzler sagte", "the Defence Secretary said", "the
  minister said", "a NATO official said", "a party aide said", "A Pentagon spokesperson
  said", "A Ministry of Defence spokesperson said", "a Commission spokesperson said",
  "Bulgaria's defence minister said", "the Prime Minister has told the Commons"), "sagte er"
  and "he said" (two-hundred-and-seventy-eighth), „hieß es aus dem Verteidigungsministerium“
  and „heißt es ...“ (two-hundred-and-fourth), „wie das Unternehmen ... mitteilte“ and „wie
  das Staatssekretariat für Wirtschaft (Seco) mitteilte“ (two-hundred-and-fourth leaves „wie
  ... mitteilte“ unchecked), „kündigte an“, „beziffert“, „rechnet“, „laut Ministerium“,
  „gemäss VBS“, „wie aus ... hervorgeht“, „einer ... Umfrage“, "Das Verteidigungsministerium
  teilte mit, ..." (three-hundredth: the form „Die Bahn teilte mit, ...“ no batch settled),
  bodies' "said" other than the settled ministry forms ("Norway said", "the armed forces
  said", "The ministry said", "the Defense Security Cooperation Agency said", "Estonia's
  defence ministry said", "Germany's defence ministry said", "The Treasury said", "The
  Australian Strategic Policy Institute said", "Ukraine's air force said"), plural sources
  ("officials said", "Diplomats said", "two government sources told Reuters", "two U.S.
  officials told Reuters"), "has announced" (two-hundred-and-sixteenth: „angekündigt“),
  estimating verbs ("The Kiel Institute estimates", "The Congressional Budget Office has
  estimated", "The government estimates"), "Ministry of Defence figures show", every
  "according to" and rows without attribution. As the three-hundredth and
  three-hundred-and-twenty-fourth batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked "Thackeray told MPs" (an earlier batch checked "told
  MPs", another left it unchecked).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_365 = [
    # --- Nato-Fähigkeitsziele (dpa), Donnerstag ---
    ("de", "Brüssel (dpa) - Bei ihrem Treffen in Brüssel haben sich die Verteidigungsminister des Bündnisses am Donnerstag auf neue Fähigkeitsziele für die kommenden zehn Jahre verständigt.", True, [("duration", 10, "year", None)], None),
    ("de", "Deutschland soll demnach künftig sieben statt bisher fünf Kampfbrigaden für das Bündnis bereithalten, sagte Verteidigungsminister Jochen Wiedenroth.", True, [("count", 7, None, None), ("count", 5, None, None)], "Jochen Wiedenroth"),
    ("de", "Dafür brauche die Bundeswehr bis 2035 zusätzlich rund 60.000 aktive Soldatinnen und Soldaten, sagte er.", True, [("year", 2035, None, None), ("count", 60000, None, "about")], None),
    ("de", "„Wir planen nicht für die Parade, sondern für den Ernstfall“, sagte Wiedenroth.", False, [], None),
    ("de", "Nach Angaben des Verteidigungsministeriums dienen derzeit 183.400 Soldatinnen und Soldaten in der Truppe.", True, [("count", 183400, None, None)], "das Verteidigungsministerium"),
    ("de", "Die Zahl der Panzerhaubitzen soll bis 2030 mehr als verdoppelt, die der Flugabwehrsysteme sogar vervierfacht werden.", True, [("year", 2030, None, None)], None),
    ("de", "Wie viel die neuen Ziele kosten werden, ließ Wiedenroth offen.", False, [], None),
    # --- NATO capability targets (Reuters) ---
    ("en", "BRUSSELS, June 5 (Reuters) - NATO's defence chiefs signed off on Thursday on new capability goals that officials said would oblige allies to field about 50 additional brigades over the next decade.", True, [("date", "--06-05", None, None), ("count", 50, None, "about")], None),
    ("en", "Air and missile defence would need a fivefold increase, the largest single shortfall identified, NATO Secretary General Mikael Strandvik told reporters.", True, [("count", 5, None, None)], "Mikael Strandvik"),
    ("en", "All 32 allies now spend at least 2% of GDP on defence, up from 23 two years ago, Strandvik said.", True, [("count", 32, None, None), ("percent", 2, "%", "at_least"), ("count", 23, None, None), ("duration", 2, "year", None)], "Strandvik"),
    ("en", "\"The threat does not pause for our budget cycles, and neither can we,\" Strandvik said.", False, [], None),
    ("en", "The summit pledge made a year earlier commits every government in the alliance to 3.5% of GDP for its armed forces by 2035, plus another 1.5% for roads, ports, cyber security and resilience.", True, [("percent", 3.5, "%", None), ("percent", 1.5, "%", None), ("year", 2035, None, None)], None),
    ("en", "Diplomats said Spain, Slovakia and Belgium had again pressed for longer transition periods.", True, [], None),
    ("en", "Some diplomats privately doubt that the southern allies will ever reach the targets.", False, [], None),
    ("en", "The ministers are due to meet again in October, a NATO official said.", True, [], None),
    # --- Ukraine-Kontaktgruppe (dpa) ---
    ("de", "Brüssel (dpa) - Deutschland wird der Ukraine in diesem Jahr vier weitere Luftverteidigungssysteme vom Typ IRIS-T SLM liefern.", True, [("count", 4, None, None)], None),
    ("de", "Das 21. Paket der Bundesregierung hat einen Umfang von 1,9 Milliarden Euro, hieß es aus dem Verteidigungsministerium.", True, [("ordinal", 21, None, None), ("money", 1900000000, "EUR", None)], None),
    ("de", "Die Ukraine-Kontaktgruppe kam in Brüssel zu ihrem 31. Treffen seit der Gründung im April 2022 zusammen.", True, [("ordinal", 31, None, None), ("year", 2022, None, None)], None),
    ("de", "Der ukrainische Verteidigungsminister Denys Hawrylenko sagte, sein Land benötige bis zum Winter mindestens acht zusätzliche Patriot-Systeme.", True, [("count", 8, None, "at_least")], None),
    ("de", "„Jede Nacht ohne Luftabwehr kostet uns Menschenleben“, sagte Hawrylenko.", False, [], None),
    ("de", "Die Niederlande sagten 350 Millionen Euro für Drohnen zu, Norwegen weitere 3,5 Milliarden Kronen.", True, [("money", 350000000, "EUR", None), ("money", 3500000000, "NOK", None)], None),
    ("de", "Insgesamt hätten die Partner an diesem Tag Zusagen über rund neun Milliarden Euro gemacht, sagte der Nato-Generalsekretär.", True, [("money", 9000000000, "EUR", "about")], None),
    ("de", "Ob auch Marschflugkörper vom Typ Taurus geliefert werden, ließ die Bundesregierung weiter offen.", False, [], None),
    # --- British drones for Ukraine (Reuters) ---
    ("en", "LONDON, June 6 (Reuters) - Britain will send Ukraine 100,000 drones this financial year, ten times as many as last year, the MoD said on Friday.", True, [("date", "--06-06", None, None), ("count", 100000, None, None), ("count", 10, None, None)], "the MoD"),
    ("en", "The drones are part of a 350 million pound package that also includes 40 air defence radars, Defence Secretary Imogen Thackeray said.", True, [("money", 350000000, "GBP", None), ("count", 40, None, None)], "Imogen Thackeray"),
    ("en", "\"Ukraine's fight is our fight, and we will not flinch,\" Thackeray said.", False, [], None),
    ("en", "The package is the 14th that London has put together for Kyiv since the Russian invasion began in February 2022.", True, [("ordinal", 14, None, None), ("year", 2022, None, None)], None),
    ("en", "Norway said separately it would fund two more NASAMS batteries worth about 4 billion Norwegian crowns ($390 million).", True, [("count", 2, None, None), ("money", 4000000000, "NOK", "about"), ("money", 390000000, "USD", None)], None),
    ("en", "The Kiel Institute estimates that European pledges since the start of the war total 142 billion euros, well above U.S. commitments.", True, [("money", 142000000000, "EUR", None)], None),
    ("en", "Thackeray declined to say when the drones would reach the front.", False, [], None),
    # --- Österreichs Verteidigungsbudget (APA) ---
    ("de", "Wien (APA) - Das Verteidigungsbudget soll im kommenden Jahr auf 5,1 Mrd. Euro steigen, das entspricht rund 1,1 Prozent des Bruttoinlandsprodukts.", True, [("money", 5100000000, "EUR", None), ("percent", 1.1, "%", "about")], None),
    ("de", "Bis 2032 soll die Quote auf zwei Prozent wachsen, sagte Verteidigungsministerin Gudrun Pfandlbauer am Mittwoch nach dem Ministerrat.", True, [("year", 2032, None, None), ("percent", 2, "%", None)], "Gudrun Pfandlbauer"),
    ("de", "Den größten Brocken bilden zwölf weitere Black-Hawk-Hubschrauber um rund 410 Mio. Euro.", True, [("count", 12, None, None), ("money", 410000000, "EUR", "about")], None),
    ("de", "Über die Initiative Sky Shield beschafft Österreich zudem Flugabwehrsysteme mittlerer Reichweite, die ersten sollen 2028 geliefert werden.", True, [("ordinal", 1, None, None), ("year", 2028, None, None)], None),
    ("de", "„Neutralität braucht Fähigkeiten und nicht bloß Bekenntnisse“, sagte Pfandlbauer.", False, [], None),
    ("de", "Generalstabschef Rudolf Zehetbauer sagte, das Bundesheer habe derzeit nur rund 14.000 Berufssoldaten, benötigt würden 16.500.", True, [("count", 14000, None, "about"), ("count", 16500, None, None)], "Rudolf Zehetbauer"),
    ("de", "Am sechsmonatigen Grundwehrdienst hält die Koalition fest, einen Ausbau auf acht Monate lehnt sie ab.", True, [("duration", 6, "month", None), ("duration", 8, "month", None)], None),
    ("de", "Die FPÖ sprach von einem „Budget der leeren Versprechen“.", False, [], None),
    # --- Pentagon budget request (AP) ---
    ("en", "WASHINGTON (AP) — The Pentagon on Tuesday sent Congress a $961 billion request for next fiscal year, up 4%, including money for 69 F-35 fighter jets.", True, [("money", 961000000000, "USD", None), ("percent", 4, "%", None), ("count", 69, None, None)], None),
    ("en", "Army Secretary Dale Brightwater said the service would buy about 1,100 loitering munitions and retire 12 older helicopter squadrons.", True, [("count", 1100, None, "about"), ("count", 12, None, None)], "Dale Brightwater"),
    ("en", "\"We are buying for the fight ahead of us, not the fights behind us,\" Brightwater said.", False, [], None),
    ("en", "The request also seeks $3.3 billion to raise production of 155 mm artillery shells to 100,000 a month by the end of 2027.", True, [("money", 3300000000, "USD", None), ("count", 155, None, None), ("count", 100000, None, None), ("year", 2027, None, None)], None),
    ("en", "The Army also plans to cut about 2,000 civilian posts at its headquarters over two years, he said.", True, [("count", 2000, None, "about"), ("duration", 2, "year", None)], None),
    ("en", "The Congressional Budget Office has estimated that the Pentagon's plans would cost an average of $1.1 trillion a year over the next 15 years.", True, [("money", 1100000000000, "USD", None), ("duration", 15, "year", None)], None),
    ("en", "Democrats want at least $5 billion of the increase to go to military housing, a party aide said.", True, [("money", 5000000000, "USD", "at_least")], None),
    ("en", "A Pentagon spokesperson said the budget would be presented in detail on June 17.", True, [("date", "--06-17", None, None)], None),
    # --- Armeebotschaft (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Mit seiner neuen Armeebotschaft verlangt der Bundesrat vom Parlament Verpflichtungskredite von insgesamt 4,3 Mia. Franken.", True, [("money", 4300000000, "CHF", None)], None),
    ("de", "Rund 1,6 Mia. Franken entfallen auf ein System zur Drohnenabwehr, das ab 2029 einsatzbereit sein soll.", True, [("money", 1600000000, "CHF", "about"), ("year", 2029, None, None)], None),
    ("de", "Die Lieferung der Patriot-Systeme verzögert sich gemäss VBS um bis zu zwei Jahre.", True, [("duration", 2, "year", "up_to")], None),
    ("de", "Verteidigungsminister Thierry Aeschlimann sagte, die Armee werde die ersten F-35A wie geplant 2028 übernehmen, allerdings nur 30 statt 36 Maschinen.", True, [("ordinal", 1, None, None), ("year", 2028, None, None), ("count", 30, None, None), ("count", 36, None, None)], "Thierry Aeschlimann"),
    ("de", "«Eine Armee auf Sparflamme können wir uns nicht mehr leisten», sagte Aeschlimann.", False, [], None),
    ("de", "Das Armeebudget soll bis 2032 ein Prozent der Wirtschaftsleistung erreichen, heute sind es 0,76 Prozent.", True, [("year", 2032, None, None), ("percent", 1, "%", None), ("percent", 0.76, "%", None)], None),
    ("de", "Korpskommandant Beat Schwendimann sagte, der Armee gingen jährlich rund 2500 Armeeangehörige an den Zivildienst verloren.", True, [("count", 2500, None, "about")], "Beat Schwendimann"),
    ("de", "Die SP kündigte an, die Vorlage im Nationalrat abzulehnen.", True, [], None),
    ("de", "Die Grünen sprachen von «Aufrüstung ohne Kompass».", False, [], None),
    # --- British Army to grow (PA) ---
    ("en", "LONDON (PA) - The British Army is to grow to 76,000 regular soldiers by 2030, up from about 70,800 today, under plans unveiled by the Government.", True, [("count", 76000, None, None), ("year", 2030, None, None), ("count", 70800, None, "about")], None),
    ("en", "Thackeray told MPs the expansion would cost about £2.4 billion over four years.", True, [("money", 2400000000, "GBP", "about"), ("duration", 4, "year", None)], None),
    ("en", "Chief of the General Staff General Roderick Annesley said the Army would also form two drone regiments within 18 months.", True, [("count", 2, None, None), ("duration", 18, "month", None)], "Roderick Annesley"),
    ("en", "\"Mass matters again,\" Annesley said.", False, [], None),
    ("en", "Applications to join the regular Army rose by 11% in the 12 months to March, Ministry of Defence figures show.", True, [("percent", 11, "%", None), ("duration", 12, "month", None)], None),
    ("en", "The Army's regular strength last stood above 80,000 in 2018.", True, [("count", 80000, None, "over"), ("year", 2018, None, None)], None),
    ("en", "The Liberal Democrats described the plans as \"a recruitment poster with no money behind it\".", False, [], None),
    ("en", "Reservists would be asked to serve up to 40 days a year, against 27 at present, the Defence Secretary said.", True, [("duration", 40, "day", "up_to"), ("duration", 27, "day", None)], None),
    # --- Neuer Wehrdienst: Fragebögen (dpa) ---
    ("de", "Berlin (dpa) - Seit Jahresbeginn haben rund 118.000 junge Männer den verpflichtenden Fragebogen zum neuen Wehrdienst ausgefüllt.", True, [("count", 118000, None, "about")], None),
    ("de", "Das sind knapp 62 Prozent der angeschriebenen Angehörigen des Jahrgangs 2008, teilte das Bundesamt für das Personalmanagement der Bundeswehr mit.", True, [("percent", 62, "%", "nearly"), ("year", 2008, None, None)], "das Bundesamt für das Personalmanagement der Bundeswehr"),
    ("de", "Etwa jeder vierte von ihnen bekundete Interesse an einem freiwilligen Dienst.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Der neue Wehrdienst dauert mindestens sechs Monate, Freiwillige erhalten rund 2.600 Euro brutto im Monat.", True, [("duration", 6, "month", "at_least"), ("money", 2600, "EUR", "about")], None),
    ("de", "Im kommenden Jahr sollen 20.000 Freiwillige einrücken, doppelt so viele wie in diesem Jahr, kündigte das Ministerium an.", True, [("count", 20000, None, None), ("count", 2, None, None)], None),
    ("de", "Die Wehrbeauftragte Friederike Laubenthal hält das freiwillige Modell für „eine Wette auf die Zukunft“.", False, [], None),
    ("de", "Ob eine Pflicht nötig werde, hänge allein von der Entwicklung der Bewerberzahlen ab, sagte Wiedenroth.", False, [], None),
    ("de", "Für eine Rückkehr zur Wehrpflicht wäre ein eigener Beschluss des Bundestags nötig.", True, [], None),
    # --- Poland's defence budget (Reuters) ---
    ("en", "WARSAW, June 10 (Reuters) - Poland plans to devote 4.8% of economic output to its military next year, or about 200 billion zlotys ($54 billion), Deputy Defence Minister Piotr Zalewicz said on Tuesday.", True, [("date", "--06-10", None, None), ("percent", 4.8, "%", None), ("money", 200000000000, "PLN", "about"), ("money", 54000000000, "USD", None)], "Piotr Zalewicz"),
    ("en", "The armed forces now number about 216,000 soldiers including territorial defence volunteers, and the goal is 300,000 by 2035, he said.", True, [("count", 216000, None, "about"), ("count", 300000, None, None), ("year", 2035, None, None)], None),
    ("en", "Poland has so far received 96 of the 180 K2 tanks it ordered from South Korea in 2022.", True, [("count", 96, None, None), ("count", 180, None, None), ("year", 2022, None, None)], None),
    ("en", "A second contract for another 180 K2s, signed last year, is worth about $6.5 billion.", True, [("ordinal", 2, None, None), ("count", 180, None, None), ("money", 6500000000, "USD", "about")], None),
    ("en", "\"Our eastern border is NATO's front door,\" Zalewicz said.", False, [], None),
    ("en", "The defence ministry said it had also signed a deal for 24 additional attack helicopters, to be delivered from 2028.", True, [("count", 24, None, None), ("year", 2028, None, None)], "the defence ministry"),
    ("en", "Poland's armed forces will hold their largest exercise since the Cold War in September, with about 34,000 troops taking part.", True, [("count", 34000, None, "about")], None),
    # --- Kaltenbach Wehrtechnik: Quartalszahlen (Reuters) ---
    ("de", "Düsseldorf (Reuters) - Der Rüstungskonzern Kaltenbach Wehrtechnik hat im ersten Quartal Aufträge über 6,4 Milliarden Euro eingesammelt, fast dreimal so viel wie ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("money", 6400000000, "EUR", None), ("count", 3, None, "nearly")], None),
    ("de", "Der Umsatz kletterte um 38 Prozent auf 2,9 Milliarden Euro, wie das Unternehmen in Düsseldorf mitteilte.", True, [("percent", 38, "%", None), ("money", 2900000000, "EUR", None)], None),
    ("de", "Der Auftragsbestand erreichte mit 71 Milliarden Euro einen Rekord.", True, [("money", 71000000000, "EUR", None)], None),
    ("de", "Vorstandschef Dirk Hellenkamp sagte, das neue Munitionswerk in Sachsen-Anhalt werde ab 2027 bis zu 350.000 Artilleriegranaten im Jahr fertigen.", True, [("year", 2027, None, None), ("count", 350000, None, "up_to")], "Dirk Hellenkamp"),
    ("de", "Für das Gesamtjahr rechnet der Konzern mit einem Umsatzplus von 35 bis 40 Prozent.", True, [("percent", 35, "%", None), ("percent", 40, "%", None)], None),
    ("de", "„Die Friedensdividende ist aufgebraucht“, sagte Hellenkamp.", False, [], None),
    ("de", "Die Papiere des Konzerns gewannen am Vormittag 4,2 Prozent.", True, [("percent", 4.2, "%", None)], None),
    ("de", "Analysten halten die Prognose für zu vorsichtig.", False, [], None),
    # --- France's programming law (AFP) ---
    ("en", "PARIS (AFP) - France will order 61 more Rafale fighter jets under a revised military programming law that adds 36 billion euros in spending through 2032.", True, [("count", 61, None, None), ("money", 36000000000, "EUR", None), ("year", 2032, None, None)], None),
    ("en", "Armed Forces Minister Bérénice Lafargue told reporters the first of the new jets would be delivered in 2031.", True, [("ordinal", 1, None, None), ("year", 2031, None, None)], "Bérénice Lafargue"),
    ("en", "The law also doubles the number of operational reservists to 80,000 by 2030.", True, [("count", 80000, None, None), ("year", 2030, None, None)], None),
    ("en", "\"France will remain a nation that decides for itself,\" Lafargue said.", False, [], None),
    ("en", "Defence spending is set to reach 2.5% of GDP next year, according to the ministry.", True, [("percent", 2.5, "%", None)], None),
    ("en", "The ministry said the number of Rafale jets in service would rise to 225 by 2035.", True, [("count", 225, None, None), ("year", 2035, None, None)], None),
    ("en", "The National Assembly is due to vote on the bill on July 8.", True, [("date", "--07-08", None, None)], None),
    # --- Haushaltsausschuss billigt Rüstungsvorhaben (dpa) ---
    ("de", "Berlin (dpa) - Grünes Licht für 31 Rüstungsvorhaben: Der Haushaltsausschuss hat am Mittwoch Beschaffungen mit einem Volumen von zusammen 38,6 Milliarden Euro gebilligt.", True, [("count", 31, None, None), ("money", 38600000000, "EUR", None)], None),
    ("de", "Es war die vierte Sitzung mit sogenannten 25-Millionen-Euro-Vorlagen seit Jahresbeginn.", True, [("ordinal", 4, None, None), ("money", 25000000, "EUR", None)], None),
    ("de", "Größter Posten sind 20 weitere Eurofighter der Tranche 5 für rund 8,8 Milliarden Euro, also gut 440 Millionen Euro pro Maschine.", True, [("count", 20, None, None), ("money", 8800000000, "EUR", "about"), ("money", 440000000, "EUR", "over")], None),
    ("de", "Die ersten Jets sollen 2031 an die Luftwaffe gehen, sagte Luftwaffeninspekteur Ingo Rabenhorst.", True, [("ordinal", 1, None, None), ("year", 2031, None, None)], "Ingo Rabenhorst"),
    ("de", "Außerdem gab der Ausschuss Geld für 1.200 geschützte Transportfahrzeuge und ein Dutzend Seefernaufklärer frei.", True, [("count", 1200, None, None), ("count", 12, None, None)], None),
    ("de", "Der Grünen-Haushälter Malte Oberbeck sprach von einem „Durchwinken im Akkord“.", False, [], None),
    ("de", "Die Linke stimmte gegen sämtliche Vorlagen.", True, [], None),
    ("de", "Das Verteidigungsministerium teilte mit, mehr als die Hälfte der Aufträge gehe an Hersteller in Deutschland.", True, [("fraction", 0.5, None, "over")], None),
    # --- Nordic conscription (Reuters) ---
    ("en", "STOCKHOLM, June 12 (Reuters) - Sweden plans to draft 8,000 young people next year, up from 7,000 this year, as it expands its army to meet NATO commitments, the armed forces said on Thursday.", True, [("date", "--06-12", None, None), ("count", 8000, None, None), ("count", 7000, None, None)], None),
    ("en", "Supreme Commander General Ola Wästberg said the goal was 12,000 a year by 2032.", True, [("count", 12000, None, None), ("year", 2032, None, None)], "Ola Wästberg"),
    ("en", "In Denmark, women born in 2008 or later will be subject to conscription from Aug. 1, and service will be extended to 12 months from five.", True, [("year", 2008, None, None), ("date", "--08-01", None, None), ("duration", 12, "month", None), ("duration", 5, "month", None)], None),
    ("en", "Defence Minister Jesper Kvist-Nørby said in Copenhagen that about a third of new conscripts would be women by 2030.", True, [("fraction", 0.3333, None, "about"), ("year", 2030, None, None)], "Jesper Kvist-Nørby"),
    ("en", "\"This concerns the whole of society, not just young men,\" Kvist-Nørby said.", False, [], None),
    ("en", "Finland trains about 22,500 conscripts a year and can mobilise 285,000 troops in wartime, according to its defence forces.", True, [("count", 22500, None, "about"), ("count", 285000, None, None)], None),
    ("en", "Student unions in Sweden fear the expansion will crowd out university places.", False, [], None),
    # --- Brigade in Litauen (dpa) ---
    ("de", "Vilnius (dpa) - In Litauen hat die deutsche Panzerbrigade 45 ihr drittes Kampfbataillon in Dienst gestellt.", True, [("ordinal", 3, None, None)], None),
    ("de", "Derzeit seien rund 2.900 deutsche Soldatinnen und Soldaten im Land, bis Ende 2027 sollen es etwa 5.000 sein, sagte Brigadegeneral Tobias Wernecke.", True, [("count", 2900, None, "about"), ("year", 2027, None, None), ("count", 5000, None, "about")], "Tobias Wernecke"),
    ("de", "Die Kosten für Kasernen und Übungsplätze beziffert Vilnius auf rund 1,1 Milliarden Euro.", True, [("money", 1100000000, "EUR", "about")], None),
    ("de", "Litauen will seine Verteidigungsausgaben im kommenden Jahr auf 5,4 Prozent der Wirtschaftsleistung anheben, teilte das Verteidigungsministerium in Vilnius mit.", True, [("percent", 5.4, "%", None)], "das Verteidigungsministerium"),
    ("de", "„Diese Brigade ist ein Versprechen, das wir jeden Tag einlösen“, sagte Wernecke.", False, [], None),
    ("de", "Bislang sind die Familien von 140 Soldaten mit nach Litauen gezogen.", True, [("count", 140, None, None)], None),
    ("de", "Anwohner des Truppenübungsplatzes fürchten mehr Lärm und Verkehr.", False, [], None),
    # --- Baltic defence line (Reuters) ---
    ("en", "RIGA, June 17 (Reuters) - Latvia will raise defence spending to 5% of GDP next year and build a 280-km line of anti-tank defences along its eastern border, Defence Minister Edgars Priedītis said on Tuesday.", True, [("date", "--06-17", None, None), ("percent", 5, "%", None), ("count", 280, None, None)], "Edgars Priedītis"),
    ("en", "The fortifications will cost about 300 million euros over five years, he said.", True, [("money", 300000000, "EUR", "about"), ("duration", 5, "year", None)], None),
    ("en", "Latvia reintroduced conscription in 2023 and plans to call up 4,500 people a year by 2028.", True, [("year", 2023, None, None), ("count", 4500, None, None), ("year", 2028, None, None)], None),
    ("en", "\"Every kilometre we build is a kilometre they will have to think about,\" Priedītis said.", False, [], None),
    ("en", "Lithuania's parliament voted 98-12 on Thursday to set aside 6% of GDP for defence from 2027.", True, [("count", 98, None, None), ("count", 12, None, None), ("percent", 6, "%", None), ("year", 2027, None, None)], None),
    ("en", "Estonia's defence ministry said it had ordered six more HIMARS launchers worth about $200 million.", True, [("count", 6, None, None), ("money", 200000000, "USD", "about")], None),
    ("en", "Latvia also plans to buy about 100 more air-defence missiles from Norway by 2027.", True, [("count", 100, None, "about"), ("year", 2027, None, None)], None),
    # --- Kriegsmaterialexporte (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Schweizer Rüstungsindustrie hat im vergangenen Jahr Kriegsmaterial für 912 Millionen Franken exportiert, 27 Prozent mehr als im Vorjahr.", True, [("money", 912000000, "CHF", None), ("percent", 27, "%", None)], None),
    ("de", "Wichtigstes Abnehmerland war Deutschland mit 263 Millionen Franken, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.", True, [("money", 263000000, "CHF", None)], None),
    ("de", "Insgesamt gingen die Lieferungen in 61 Länder.", True, [("count", 61, None, None)], None),
    ("de", "Der Nationalrat hatte im Frühjahr eine Lockerung des Wiederausfuhrverbots mit 117 zu 72 Stimmen gutgeheissen.", True, [("count", 117, None, None), ("count", 72, None, None)], None),
    ("de", "Die Gruppe für eine Schweiz ohne Armee sprach von «Geschäften mit dem Krieg».", False, [], None),
    ("de", "Das Seco bewilligte im vergangenen Jahr 2461 Ausfuhrgesuche und lehnte 14 ab.", True, [("count", 2461, None, None), ("count", 14, None, None)], None),
    # --- F-16 sale to Bulgaria (AP) ---
    ("en", "WASHINGTON (AP) — The State Department has cleared Bulgaria to buy 16 F-16 fighter jets for an estimated $2.9 billion, the Defense Security Cooperation Agency said Wednesday.", True, [("count", 16, None, None), ("money", 2900000000, "USD", "about")], None),
    ("en", "The package would also include 48 AIM-120 missiles and training for about 120 pilots and technicians.", True, [("count", 48, None, None), ("count", 120, None, "about")], None),
    ("en", "Lawmakers now have 30 days to raise objections.", True, [("duration", 30, "day", None)], None),
    ("en", "Bulgaria took delivery of the first eight of its F-16s last year.", True, [("ordinal", 1, None, None), ("count", 8, None, None)], None),
    ("en", "Bulgaria's defence minister said the new jets were expected from 2029.", True, [("year", 2029, None, None)], None),
    ("en", "A Russian embassy spokesperson called the deal \"another step toward confrontation\".", False, [], None),
    ("en", "It was not clear whether Sofia would finance the purchase with U.S. loans.", False, [], None),
    # --- Bundesheer: Einrückungen und Miliz (APA) ---
    ("de", "Wien (APA) - Beim Bundesheer sind heuer bisher 11.240 Grundwehrdiener eingerückt, um 6 Prozent weniger als im Vorjahr.", True, [("count", 11240, None, None), ("percent", 6, "%", None)], None),
    ("de", "Nach Angaben des Verteidigungsministeriums wurden zugleich nur 63 Prozent der Stellungspflichtigen für tauglich befunden.", True, [("percent", 63, "%", None)], "das Verteidigungsministerium"),
    ("de", "Die Miliz soll bis 2032 auf 40.000 Soldaten wachsen, sagte Generalstabschef Zehetbauer.", True, [("year", 2032, None, None), ("count", 40000, None, None)], "Zehetbauer"),
    ("de", "Derzeit umfasst die einsatzbereite Miliz laut Ministerium knapp 27.000 Personen.", True, [("count", 27000, None, "nearly")], None),
    ("de", "Die Offiziersgesellschaft hält die Zielzahl für „reines Wunschdenken“.", False, [], None),
    ("de", "Seit 2023 können sich Frauen freiwillig zur Stellung melden, heuer taten das 412.", True, [("year", 2023, None, None), ("count", 412, None, None)], None),
    ("de", "Ob der Grundwehrdienst verlängert wird, ist weiterhin offen.", False, [], None),
    # --- Japan's budget request (Reuters) ---
    ("en", "TOKYO, June 20 (Reuters) - Japan's military planners will seek a record 9.2 trillion yen ($62 billion) for the next fiscal year, two government sources told Reuters.", True, [("date", "--06-20", None, None), ("money", 9200000000000, "JPY", None), ("money", 62000000000, "USD", None), ("count", 2, None, None)], None),
    ("en", "That would lift defence-related spending to 2% of GDP two years ahead of the original 2027 deadline.", True, [("percent", 2, "%", None), ("duration", 2, "year", None), ("year", 2027, None, None)], None),
    ("en", "Defence Minister Takumi Hoshizaki said Japan would deploy long-range missiles at four bases on Kyushu by March 2028.", True, [("count", 4, None, None), ("year", 2028, None, None)], "Takumi Hoshizaki"),
    ("en", "\"The security environment around Japan is the most severe since the end of the war,\" Hoshizaki said.", False, [], None),
    ("en", "The request includes 1.1 trillion yen for stand-off missiles, up 28% from this year.", True, [("money", 1100000000000, "JPY", None), ("percent", 28, "%", None)], None),
    ("en", "The Self-Defense Forces missed their recruitment goal by about half last year, hiring 10,480 of the 20,100 they sought.", True, [("fraction", 0.5, None, "about"), ("count", 10480, None, None), ("count", 20100, None, None)], None),
    ("en", "Analysts say the weak yen will eat into what the money can buy.", False, [], None),
    # --- Munitionsabruf (dpa) ---
    ("de", "Koblenz (dpa) - Die Bundeswehr hat bei Kaltenbach Wehrtechnik weitere 155-Millimeter-Granaten für 2,1 Milliarden Euro abgerufen.", True, [("count", 155, None, None), ("money", 2100000000, "EUR", None)], None),
    ("de", "Es ist bereits der sechste Abruf aus dem Rahmenvertrag, der bis 2029 läuft und bis zu 9,5 Milliarden Euro umfasst.", True, [("ordinal", 6, None, None), ("year", 2029, None, None), ("money", 9500000000, "EUR", "up_to")], None),
    ("de", "Nach Angaben des Beschaffungsamts sollen damit rund 480.000 Schuss geliefert werden.", True, [("count", 480000, None, "about")], "das Beschaffungsamt"),
    ("de", "Heeresinspekteur Hagen Ostermeier sagte, die Vorräte reichten derzeit für weniger als zwei Wochen hochintensiver Gefechte.", True, [("duration", 2, "week", "under")], "Hagen Ostermeier"),
    ("de", "„Ohne volle Depots bleibt Abschreckung ein Bluff“, sagte Ostermeier.", False, [], None),
    ("de", "Die Nato verlangt von ihren Mitgliedern Munitionsvorräte für mindestens 30 Kampftage.", True, [("duration", 30, "day", "at_least")], None),
    ("de", "Die Opposition bezweifelt, dass die Industrie die Mengen rechtzeitig liefern kann.", False, [], None),
    # --- Canada's submarines (Reuters) ---
    ("en", "OTTAWA, June 23 (Reuters) - Canada will buy up to 12 conventional submarines and spend an extra C$9 billion on defence this fiscal year to reach NATO's 2% target, Defence Minister Maxime Belleau said on Monday.", True, [("date", "--06-23", None, None), ("count", 12, None, "up_to"), ("money", 9000000000, "CAD", None), ("percent", 2, "%", None)], "Maxime Belleau"),
    ("en", "The shortlist has been cut to two bidders, from Germany and South Korea, with a decision due by the end of the year, he said.", True, [("count", 2, None, None)], None),
    ("en", "The regular force stands at about 63,000, some 8,000 short of its authorised strength, according to government figures.", True, [("count", 63000, None, "about"), ("count", 8000, None, "about")], None),
    ("en", "\"Canada is done being a free rider,\" Belleau said.", False, [], None),
    ("en", "The first boats would not arrive before 2035, officials said.", True, [("ordinal", 1, None, None), ("year", 2035, None, None)], None),
    ("en", "The government estimates total defence spending will reach about C$62.7 billion this fiscal year.", True, [("money", 62700000000, "CAD", "about")], None),
    ("en", "The opposition Conservatives called the announcement \"years overdue\".", False, [], None),
    # --- Heimatschutz und Reserve (dpa) ---
    ("de", "Berlin (dpa) - Die Zahl der Heimatschutzregimenter der Bundeswehr soll bis 2029 von derzeit sechs auf zehn steigen.", True, [("year", 2029, None, None), ("count", 6, None, None), ("count", 10, None, None)], None),
    ("de", "Dafür würden rund 20.000 zusätzliche Reservisten gebraucht, sagte Generalinspekteur Carsten Brockmöller am Montag in Berlin.", True, [("count", 20000, None, "about")], "Carsten Brockmöller"),
    ("de", "Beordert sind derzeit knapp 52.000 Reservistinnen und Reservisten, wie aus einer Antwort des Ministeriums auf eine Anfrage der Linken hervorgeht.", True, [("count", 52000, None, "nearly")], None),
    ("de", "Im Schnitt leisteten sie im vergangenen Jahr 33 Tage Dienst.", True, [("duration", 33, "day", None)], None),
    ("de", "Brockmöller nannte die Reserve „den Schlüssel zur Durchhaltefähigkeit“.", False, [], None),
    ("de", "Arbeitgeber erhalten für freigestellte Reservisten künftig eine Erstattung von bis zu 720 Euro pro Tag.", True, [("money", 720, "EUR", "up_to")], None),
    ("de", "Der Reservistenverband fordert mehr Anerkennung für seine Mitglieder.", False, [], None),
    # --- UK spending path (PA) ---
    ("en", "LONDON (PA) - The Prime Minister has told the Commons that the defence budget will climb to 2.6% of national income by 2027 and to 3.5% by 2035.", True, [("percent", 2.6, "%", None), ("year", 2027, None, None), ("percent", 3.5, "%", None), ("year", 2035, None, None)], None),
    ("en", "The increase will be funded in part by cutting overseas aid from 0.5% to 0.35% of gross national income.", True, [("percent", 0.5, "%", None), ("percent", 0.35, "%", None)], None),
    ("en", "Thackeray said the money would pay for up to 10 new attack submarines and five munitions factories.", True, [("count", 10, None, "up_to"), ("count", 5, None, None)], "Thackeray"),
    ("en", "Several Labour backbenchers said they were uneasy about the aid cut.", False, [], None),
    ("en", "The Treasury said the 2027 target would cost an additional £6.2 billion a year.", True, [("year", 2027, None, None), ("money", 6200000000, "GBP", None)], None),
    ("en", "The plan also earmarks £2.3 billion for drones and autonomous systems over three years.", True, [("money", 2300000000, "GBP", None), ("duration", 3, "year", None)], None),
    ("en", "A Ministry of Defence spokesperson said the first new factory would open in 2028.", True, [("ordinal", 1, None, None), ("year", 2028, None, None)], None),
    # --- Nato-Gipfel (dpa) ---
    ("de", "Ankara (dpa) - Beim Nato-Gipfel in Ankara haben die 32 Bündnisstaaten ihre Zusage bekräftigt, bis 2035 fünf Prozent ihrer Wirtschaftsleistung für Verteidigung auszugeben.", True, [("count", 32, None, None), ("year", 2035, None, None), ("percent", 5, "%", None)], None),
    ("de", "Davon sollen 3,5 Prozent in die Kernverteidigung fließen und 1,5 Prozent in Infrastruktur, Cyberabwehr und Resilienz.", True, [("percent", 3.5, "%", None), ("percent", 1.5, "%", None)], None),
    ("de", "Die Gipfelerklärung umfasst nur 14 Absätze und ist damit die kürzeste seit Jahrzehnten.", True, [("count", 14, None, None)], None),
    ("de", "Der Bundeskanzler sagte, Deutschland werde die 3,5 Prozent bereits 2029 erreichen.", True, [("percent", 3.5, "%", None), ("year", 2029, None, None)], None),
    ("de", "„Dieses Bündnis war nie geschlossener als heute“, sagte Strandvik.", False, [], None),
    ("de", "Spanien hält an seiner Ausnahme fest und will höchstens 2,1 Prozent ausgeben.", True, [("percent", 2.1, "%", "at_most")], None),
    ("de", "Das nächste Gipfeltreffen soll in Tirana stattfinden.", True, [], None),
    ("de", "Wie Spanien die Lücke schließen will, blieb unklar.", False, [], None),
    # --- NATO summit (Reuters) ---
    ("en", "ANKARA, July 9 (Reuters) - NATO leaders on Wednesday reaffirmed their pledge to spend 5% of GDP on defence and related items within a decade, but gave Spain more time.", True, [("date", "--07-09", None, None), ("percent", 5, "%", None)], None),
    ("en", "Only 11 of the 32 allies already meet the 3.5% core defence target, according to NATO estimates published on Tuesday.", True, [("count", 11, None, None), ("count", 32, None, None), ("percent", 3.5, "%", None)], None),
    ("en", "Strandvik told a news conference that European allies and Canada had raised spending by 19% this year, to a combined $586 billion.", True, [("percent", 19, "%", None), ("money", 586000000000, "USD", None)], "Strandvik"),
    ("en", "\"Nobody in this room thinks the job is done,\" Strandvik said.", False, [], None),
    ("en", "Spain, which spent 1.4% of GDP on defence last year, secured an exemption that lets it stay at about 2.1%.", True, [("percent", 1.4, "%", None), ("percent", 2.1, "%", "about")], None),
    ("en", "The U.S. president left the summit after two hours, skipping a session with Ukraine's leader.", True, [("duration", 2, "hour", None)], None),
    ("en", "Leaders agreed to review the targets in 2029.", True, [("year", 2029, None, None)], None),
    ("en", "Diplomats said the atmosphere at the table had been tense but businesslike.", False, [], None),
    # --- Umfrage zur Wehrpflicht (dpa) ---
    ("de", "Berlin (dpa) - Die Wiedereinführung der Wehrpflicht findet laut einer neuen Umfrage eine Mehrheit in der Bevölkerung.", True, [], None),
    ("de", "In der Forsa-Erhebung für das „Handelsblatt“ sprachen sich 58 Prozent dafür aus, 37 Prozent waren dagegen.", True, [("percent", 58, "%", None), ("percent", 37, "%", None)], None),
    ("de", "Unter den 18- bis 29-Jährigen lag die Zustimmung nur bei 41 Prozent.", True, [("duration", 18, "year", None), ("duration", 29, "year", None), ("percent", 41, "%", None)], None),
    ("de", "Im Vergleich zum Januar stieg die Zustimmung insgesamt um sechs Prozentpunkte.", True, [("percent", 6, "pp", None)], None),
    ("de", "Befragt wurden vom 24. bis 26. Juni 1.004 Menschen.", True, [("date", "--06-24", None, None), ("date", "--06-26", None, None), ("count", 1004, None, None)], None),
    ("de", "Der Forsa-Chef sprach von einem „spürbaren Stimmungswandel“.", False, [], None),
    ("de", "Jugendverbände fürchten, dass eine Pflicht vor allem junge Männer aus ärmeren Familien treffen würde.", False, [], None),
    # --- Australia's defence spending (AAP) ---
    ("en", "SYDNEY (AAP) - Australia will lift defence spending to 2.4% of GDP by 2033, adding A$11 billion over four years, Defence Minister Rhett Coughlan has announced.", True, [("percent", 2.4, "%", None), ("year", 2033, None, None), ("money", 11000000000, "AUD", None), ("duration", 4, "year", None)], None),
    ("en", "Coughlan said the first of eight new frigates would arrive in 2030.", True, [("ordinal", 1, None, None), ("count", 8, None, None), ("year", 2030, None, None)], "Coughlan"),
    ("en", "\"We will not be caught flat-footed,\" Coughlan said.", False, [], None),
    ("en", "The Australian Strategic Policy Institute said the increase still left a gap of about A$40 billion over the decade.", True, [("money", 40000000000, "AUD", "about")], None),
    ("en", "The Greens labelled the plan \"a blank cheque for Washington\".", False, [], None),
    ("en", "The permanent defence force numbers about 60,500, against a target of 71,000 by 2040.", True, [("count", 60500, None, "about"), ("count", 71000, None, None), ("year", 2040, None, None)], None),
    ("en", "The navy will need about 1,800 extra sailors to crew the new ships, according to defence figures.", True, [("count", 1800, None, "about")], None),
    # --- Kieler Tracker (Reuters) ---
    ("de", "Kiel (Reuters) - Die europäischen Militärhilfen für die Ukraine haben im März und April einen Höchststand erreicht.", True, [], None),
    ("de", "Europa sagte in den beiden Monaten Waffen und Ausrüstung im Wert von 14,6 Milliarden Euro zu, wie aus dem Ukraine Support Tracker des Kieler Instituts für Weltwirtschaft hervorgeht.", True, [("money", 14600000000, "EUR", None)], None),
    ("de", "Damit lagen die Zusagen fast doppelt so hoch wie im Mittel der vorangegangenen zwölf Monate.", True, [("count", 2, None, "nearly"), ("duration", 12, "month", None)], None),
    ("de", "Deutschland lag mit Zusagen über 4,1 Milliarden Euro vorn, vor Großbritannien und den nordischen Staaten.", True, [("money", 4100000000, "EUR", None)], None),
    ("de", "Studienautor Lukas Sandhagen sagte, mehr als ein Drittel der Zusagen entfalle inzwischen auf Käufe bei der ukrainischen Industrie.", True, [("fraction", 0.3333, None, "over")], "Lukas Sandhagen"),
    ("de", "Sandhagen warnte, Europa dürfe sich auf dem Erreichten nicht ausruhen.", False, [], None),
    ("de", "Die USA hätten seit Jahresbeginn keine neuen Hilfen bewilligt, heißt es in dem Bericht.", True, [], None),
    # --- Ukraine's air defence needs (Reuters) ---
    ("en", "KYIV, July 2 (Reuters) - Ukraine must get at least 14 more Patriot batteries to shield its cities and front-line troops, Defence Minister Denys Havrylenko said on Wednesday.", True, [("date", "--07-02", None, None), ("count", 14, None, "at_least")], "Denys Havrylenko"),
    ("en", "Russia launched 5,812 drones and 217 missiles at Ukraine in June, the highest monthly total of the war, the minister said.", True, [("count", 5812, None, None), ("count", 217, None, None)], None),
    ("en", "Ukraine's air force said it had shot down or jammed 88% of the drones.", True, [("percent", 88, "%", None)], None),
    ("en", "Germany and Norway have agreed to pay for two of the batteries, which cost about $1 billion each including missiles.", True, [("count", 2, None, None), ("money", 1000000000, "USD", "about")], None),
    ("en", "\"Every battery we receive saves lives tonight,\" Havrylenko said.", False, [], None),
    ("en", "Ukraine's arms industry can now produce weapons worth $35 billion a year but is funded to only about a third of that capacity, he said.", True, [("money", 35000000000, "USD", None), ("fraction", 0.3333, None, "about")], None),
    ("en", "A Kremlin spokesman said Western deliveries would only prolong the war.", False, [], None),
    ("en", "The European Union has set aside 1.5 billion euros for Ukrainian-made drones this year, a Commission spokesperson said.", True, [("money", 1500000000, "EUR", None)], None),
    # --- Jahresbericht der Wehrbeauftragten (dpa) ---
    ("de", "Berlin (dpa) - Trotz so vieler Bewerbungen wie nie ist die Truppe im vergangenen Jahr kaum gewachsen.", True, [], None),
    ("de", "Ende Dezember dienten 182.950 Soldatinnen und Soldaten, nur 310 mehr als ein Jahr zuvor, heißt es im Jahresbericht der Wehrbeauftragten.", True, [("count", 182950, None, None), ("count", 310, None, None)], None),
    ("de", "Gut jeder vierte neue Rekrut brach den Dienst in den ersten sechs Monaten wieder ab.", True, [("fraction", 0.25, None, "over"), ("ordinal", 1, None, None), ("duration", 6, "month", None)], None),
    ("de", "Laubenthal sagte, in den Kasernen stünden Sanierungen im Umfang von mindestens 67 Milliarden Euro aus.", True, [("money", 67000000000, "EUR", "at_least")], "Laubenthal"),
    ("de", "Die Zahl der Eingaben von Soldatinnen und Soldaten stieg um 9 Prozent auf 3.412.", True, [("percent", 9, "%", None), ("count", 3412, None, None)], None),
    ("de", "„Die Truppe ist motiviert, aber sie ist müde“, sagte Laubenthal.", False, [], None),
    ("de", "Die Union warf dem Ministerium vor, die Lage schönzureden.", False, [], None),
    # --- U.S. troops in Germany (Reuters) ---
    ("en", "WASHINGTON, June 26 (Reuters) - The Pentagon will withdraw about 3,000 of the roughly 36,000 U.S. troops stationed in Germany over the next 18 months, two U.S. officials told Reuters.", True, [("date", "--06-26", None, None), ("count", 3000, None, "about"), ("count", 36000, None, "about"), ("duration", 18, "month", None), ("count", 2, None, None)], None),
    ("en", "Most of them belong to an armored brigade that will not be replaced when its nine-month rotation ends in October.", True, [("duration", 9, "month", None)], None),
    ("en", "The brigade has about 4,200 soldiers and 87 Abrams tanks, according to the U.S. Army.", True, [("count", 4200, None, "about"), ("count", 87, None, None)], None),
    ("en", "A Pentagon spokesperson said no decision had yet been made.", False, [], None),
    ("en", "Germany's defence ministry said it had not been informed of any withdrawal.", True, [], None),
    ("en", "The United States keeps about 80,000 troops in Europe, up from about 64,000 before Russia's full-scale invasion in 2022.", True, [("count", 80000, None, "about"), ("count", 64000, None, "about"), ("year", 2022, None, None)], None),
    ("en", "Eastern allies fear the move could mark the start of a broader drawdown.", False, [], None),
]
