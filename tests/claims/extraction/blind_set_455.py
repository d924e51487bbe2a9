"""Four-hundred-and-fifty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, heads of government and heads of real
agencies and courts appear only by office ("The Home Secretary", "the border security
minister", "The Prime Minister", "The interior minister", "Greece's migration minister",
"The U.N. High Commissioner for Refugees", "The agency's executive director", "The islands'
regional president", „Der Bundesinnenminister“, „der Vorsteher des Justiz- und
Polizeidepartements“, „die Caritas-Präsidentin“), and the spokespeople, researchers,
analysts, statisticians, course leaders and the one member of parliament quoted by name
stand for no real holder.

Names: Ilka Wendeborn, Lukas Rüfenacht-Baumann, Merve Ostendorp-Yıldız, Theresa
Gschwandtner-Maier, Johanna Kerschbaumer, Anne-Laure Rochat-Gisler, Holger Tammeling, Birgit
Hollenstedt, Clemens Aichhorn-Ramsl, Sevda Klinkhammer-Öztürk, Florian Mairhofer-Lenz and
Malte Brodersen-Amadi; Dorota Wiśniewska-Kral, Priyanka Dhaliwal-Hurst, Nikos
Papadelis-Vrettos, Ruta Kalnina-Berg, Elodie Marchetti-Fall, Fabrizio Lanzavecchia, Harriet
Pennock-Ives, Leyla Demirkan-Voss, Gareth Llewellyn-Shaw and Lucía Herrán-Ibarra; the rescue
ship Aurora Sud; every unnamed minister, spokesperson, official, judge, lawyer, volunteer
and relative. Real states, bodies, parties, courts, laws and places (Bundesamt für Migration
und Flüchtlinge, Bamf, Pro Asyl, Innenministerium, Bundesamt für Fremdenwesen und Asyl as
BFA, Asylkoordination, Schubhaft, Anhaltedauer, Staatssekretariat für Migration, SEM,
Bundesasylzentren, Integrationskursbericht, Bundesinnenministerium, Duisburg, Caritas, FPÖ,
Linke, Bundesregierung, Dublin-Regeln, Bundesverwaltungsgericht in St. Gallen, Kroatien,
Bundespolizei, Potsdam, Gewerkschaft der Polizei, Deutsche Presse-Agentur,
Ministerpräsidentenkonferenz, Landkreistag, Grundversorgung, Betreuungsstellen des Bundes,
Tirol, Kärnten, Gemeindebund, Volkshilfe, Bundesagentur für Arbeit, IAB, Ausländerbehörden,
Justiz- und Polizeidepartement, Nationale Kommission zur Verhütung von Folter,
Verwaltungsgerichte, Republikanischer Anwältinnen- und Anwälteverein,
Verfassungsgerichtshof, Europäische Menschenrechtskonvention, Bundesverwaltungsgericht in
Wien, Diakonie, UN-Flüchtlingshilfswerk UNHCR, Türkei, Iran, Kolumbien, SVP; Britain, the
UK, Germany, Spain, Italy, Greece, Tunisia, the Home Office, England's south coast, France,
the International Organization for Migration, IOM, Frontex, Belarus, Russia, North Africa,
the Balkan corridor, the National Audit Office, the Local Government Association, the
Interior Ministry in Madrid and in Rome, the Canary Islands, El Hierro, Mauritania,
Caminando Fronteras, La Restinga, the Red Cross, Crete, Gavdos, Tobruk, Libya, the Migration
Ministry in Athens, Chania, the First-tier Tribunal, the Refugee Council, the EU Agency for
Asylum, EUAA, Norway, Switzerland, Venezuelans, Madrid, the National Guard, Sfax, Guinea,
Ivory Coast, Malta, Vietnam, Albania, Ravenna, the Court of Appeal, the Supreme Court, the
Office for National Statistics, ONS, Lesbos, Mytilene, the eastern Aegean islands, the
Foreign Office, Beirut, Istanbul, Amman, Geneva, Kent, Dunkirk, Boulogne, Calais, the Border
Security Command, Sudan, Spain's Supreme Court, the Youth and Children Ministry, and the
datelines' cities) stand for the way wire copy names them; every application, rate,
rejection, deportation, return, crossing, death toll, place, occupancy, cost, flat rate,
cap, wait, ruling's deadline and quote here is invented, and where a real figure came to
mind (the real length of a German integration course and of its orientation part, the real
fee per teaching unit, the real federal flat rate per first-time applicant, the real
Austrian daily rate for minors, the real Swiss integration lump sum and return aid, the real
capacity of Italy's centres in Albania, a real hotel cost per night, a real boat average, a
real count of people obliged to leave Germany, a real EU backlog, a real UNHCR share of
children and of refugees hosted in poorer countries, a real displacement figure for Sudan,
real British immigration and emigration estimates, a real tribunal backlog and wait, a real
count of minors on the Canary Islands and of those the Spanish court placed with the state,
a real number of German border officers, the real monthly cap on family reunification in
Germany, a real waiting period before asylum seekers may work) it was changed.

Its weight: MIGRATION AND ASYLUM STATISTICS, sixth round (the hundred-fourth batch weighed
migration, asylum and borders, the hundred-seventy-seventh migration and borders in one
autumn, the two-hundred-and-seventy-ninth migration and asylum, the
three-hundred-and-thirty-first migration, asylum and borders and the
three-hundred-and-ninety-first migration and asylum statistics, and the fifty-fifth crime,
migration and asylum and the two-hundred-and-twenty-second opinion versus claim in migration
and social policy copy; their decisions are kept) over six months of one made-up year,
Wednesday, January 9, to Thursday, June 27, 2030, as 34 short stories in story order, the
German and English ones interleaved by date, each told as wire copy runs it (a dateline lead
with the headline figure, the figures around it, attributed statements, the other side,
quotes and reactions). German (dpa, APA with Austrian „Vorjahr“, „Jänner“, „heuer“,
„Tagsatz“, „Grundversorgung“, „Schubhaft“, „Anhaltedauer“, „Erkenntnis“, „Höchstrichter“,
Keystone-SDA with the Swiss SEM, „Asylgesuche“, „innert“, „hängig“, „abgeklärt“,
„ungenügend“, „schliessen“, the apostrophe as separator („24'611“, „19'500 Franken“), «»
quotes; German „“ quotes): the Bamf's year 2029 with follow-up applications, nationalities
in brackets and the overall protection rate, Austria's asylum year with removals and
Schubhaft, Swiss applications and the federal centres' occupancy, the Bamf's January,
integration courses with pass rates, lessons, costs and waits, Austria's stop on family
reunification, deportations from Germany with Dublin transfers, people obliged to leave and
start-up aid, a Swiss ruling on a Dublin transfer to Croatia, rejections at Germany's land
borders, the Länder's costs per head and the federal flat rate, Austria's Grundversorgung
with daily rates and occupancy, refugees in work and permits to work, Swiss deportations,
special flights and return aid, the Bamf's five months with the asylum courts' pending
cases, an Austrian constitutional ruling on the waiting period for family reunification, the
UNHCR's annual report presented in Berlin and refugees in work in Switzerland. English
(Reuters with dated datelines, AP, PA with the Home Office): Channel crossings in 2029,
Frontex's year, asylum hotels and their cost per night, the Canary Islands in January,
rescues south of Crete, Britain's asylum statistics with the grant rate, the backlog and
tribunal appeals, EU-wide applications from the EUAA, a shipwreck off Sfax with the IOM's
toll, removals and voluntary returns from Britain, sea arrivals in Italy and a rescue ship
sent to a distant port, a Court of Appeal ruling on a barracks site, net migration and work
visas from the ONS, deaths off Lesbos, family reunification visas in Germany, the busiest
Channel day, UNHCR's Global Trends and a Spanish Supreme Court ruling on migrant children.
Speakers as such copy has them: the agencies with „so das Bundesamt ...“, „laut BFA“, „wie
... mitteilte“, „Die Zahlen teilte das Bamf ... mit.“, „teilte die Bundespolizei ... mit“,
"Frontex said", "The Home Office said", "The Refugee Council said", "the EU Agency for
Asylum (EUAA) said", "UNHCR said", "the court said"; made-up spokespeople and experts with
the title before the name („Bamf-Sprecherin“, „SEM-Sprecher“, „Bundespolizei-Sprecher“,
„Landkreistag-Sprecherin“, „Innenministeriumssprecherin“, „Gerichtssprecher“,
„UNHCR-Sprecher“, „IAB-Forscherin“, "Frontex spokeswoman", "IOM spokesperson", "Migration
Ministry spokesman", "EUAA analyst", "ONS migration statistician", "UNHCR spokeswoman"),
„Laut ...sprecher X“, „X sagte“ opening the row, "told reporters that"; ministers by office
only; beside them the forms left unchecked (roles, plurals, data and documents, counting,
recording and estimating verbs, descriptive nouns before a name and every "according to").
Figures as such copy has them: monthly, quarterly and yearly applications, decisions,
rejections, deportations, removals, transfers, returns, arrivals, detections, interceptions,
rescues, deaths, pending cases and places as counts, nationalities in brackets, protection,
grant, recognition, pass, employment and enforcement rates in percent and moves in
percentage points, shares and fractions, multiples, costs per person, night, month and year
and flat rates in euros, pounds and francs, waits, detention, deadlines and ages in days,
weeks, months and years, ordinals of periods and ranks, years, dates and datelines.
Negatives as such copy has them - 55 rows, none with a figure: the same spokespeople's
slogans and reassurances in quotes, ministers' rhetoric, labels from parties, charities,
lawyers, churches and employers („nannte“, „sprach von“, „kritisierte ... als“, "called"), a
reading of causes, an accusation naming no act, the government's charge against charity
ships, warnings and appeals naming no measure, evasions after a ruling, the caveat on
unverified accounts, an expectation without a figure and scene colour, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

234 rows (120 German, 114 English), 55 negatives (26 German, 29 English), 179 check-worthy
rows of which 10 carry no figure (5 German, 5 English), 345 expected quantities (172 counts,
41 years, 37 durations - 12 in years, 11 in days, 11 in months, 3 in weeks -, 37 percentages
- 34 in "%", 3 in percentage points "pp" -, 21 amounts of money - 15 EUR, 3 CHF, 3 GBP -, 16
fractions, 12 dates, 9 ordinals; none of them in a negative), 37 checked speakers (20
German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported slogan,
  reassurance, label, accusation naming no act, warning or appeal naming no measure,
  evasion, reading of causes, expectation without a figure or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first, three-hundred-and-ninety-first); a quoted or reported
  statement of fact, figure, step, rule, plan, target, demand, finding or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-fourth,
  hundred-seventy-seventh). Pairs from one speaker: Wendeborn's 171,300 pending cases beside
  „vor der Welle statt hinter ihr“ and her 380 new decision-makers beside „Schnelle
  Verfahren sind faire Verfahren“ (a slogan, three-hundred-and-ninety-first: „Ein schnelles
  Nein ...“); Wiśniewska-Kral's 3,120 officers beside "a shared European responsibility";
  Rüfenacht-Baumann's two centres beside «Krise von gestern»; Ostendorp-Yıldız's 17 of 22
  beside „der Schlüssel zu allem anderen“; Papadelis-Vrettos's patrol vessels beside "not a
  gateway"; Kerschbaumer's 1,340 minors beside „aus Schulklassen gerissen“; Rochat-Gisler's
  1,412 transfers beside her evasion on the ruling and her 3,860 apprentices beside «zeigt
  Wirkung»; Marchetti-Fall's 412 beside "a person with a name"; Tammeling's 13,500 beside
  „ein Strich auf der Landkarte“; Hollenstedt's 46 districts beside „eine Turnhalle voller
  Feldbetten“; Klinkhammer-Öztürk's two fifths beside „die beste Integration“;
  Demirkan-Voss's 21 months beside "it is a punishment"; Brodersen-Amadi's 2.3 million
  beside „Niemand verlässt sein Zuhause freiwillig ...“; the Refugee Council's 41% beside
  its label "a backlog moved from one desk to another"; the regional president's 4,960
  minors (told by office) beside "carrying this alone" and beside his label for the ruling;
  the Bundesinnenminister's target „unter 100.000“ (check-worthy, told by office) beside Pro
  Asyl's label on the same year. Other negatives: labels („Pro Asyl nannte“, „Die
  Asylkoordination kritisierte ... als“, „Die FPÖ nannte“, „Der Gemeindebund sprach von“,
  „Arbeitgeberverbände kritisierten ... als“, „Menschenrechtsorganisationen kritisierten ...
  als“, „Der Republikanische Anwältinnen- und Anwälteverein nannte“, „Die Diakonie sprach
  von“, „Die SVP sprach von“, "The opposition's home affairs spokesman called", "Lawyers for
  the men called"), ministers' and officials' rhetoric told by office ("The Home Secretary
  said" three times, "the minister said", "The interior minister said", "Greece's migration
  minister said", "The Prime Minister said the fall showed ...", "The agency's executive
  director said", "The U.N. High Commissioner for Refugees said", „sagte der Vorsteher des
  Justiz- und Polizeidepartements“, „sagte die Caritas-Präsidentin“, "a Home Office
  spokesperson said", "said a spokeswoman for the charity"), a reading of causes ("Rights
  groups said the decline had been bought with pushbacks ...";
  three-hundred-and-ninety-first: "Rights groups said the decline reflected ..."), an
  accusation naming no act ("Spain's conservative opposition accused the government of
  dumping the problem ..."; hundred-fourth) and the government's charge against charity
  ships ("The government accuses charity ships of acting as a pull factor ...";
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first), a warning and appeals
  naming no measure („Die Volkshilfe warnte“, „Hilfsorganisationen appellierten“, "He urged
  governments to find political solutions ..."; two-hundred-and-fourth,
  three-hundred-and-ninety-first), evasions after a ruling („Die Regierung kündigte an, das
  Erkenntnis „genau zu prüfen““, "The Home Office said it was disappointed ... and would
  consider its options", «Wir nehmen das Urteil zur Kenntnis ...»;
  two-hundred-and-seventy-sixth, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first), the caveat "AP could not independently verify ..."
  (hundred-fourth), an expectation without a figure ("Charity workers in Calais said they
  expected ..."; three-hundred-and-ninety-first) and scene colour at La Restinga and in
  Mytilene (hundred-seventy-seventh). „Tausende“ in the FPÖ's label changes nothing: a
  negative carries no figure.
- Check-worthy without a figure (hundred-fourth, hundred-seventy-seventh,
  three-hundred-and-thirty-first, three-hundred-and-ninety-first): Frontex's caveat that its
  statistics count detections (three-hundred-and-ninety-first: "Frontex's caveat that it
  counts detections"; "cautioned" no verb of saying), the source row „Die Zahlen teilte das
  Bamf am Dienstag mit.“ with its speaker, the rankings of nationalities ("Venezuelans
  lodged the most applications, ...", "Albanians were the largest group ...", "Bangladeshis,
  Egyptians and Eritreans were the most common nationalities ..."), the findings of the
  courts („Die Richter befanden ..., das SEM habe ungenügend geprüft, ...“, „Die Wartefrist
  verstoße gegen das Recht auf Familienleben nach Artikel 8 ..., befanden die
  Höchstrichter.“ - „Artikel 8“ a provision and none, as „Artikel 6 der
  Menschenrechtskonvention“ (three-hundred-and-tenth) -, and the quoted finding of the Court
  of Appeal with "the court"), and the rows naming only their neighbour's document („Diese
  Zahl nennt der Jahresbericht des UN-Flüchtlingshilfswerks UNHCR, ...“, „Zu diesem Schluss
  kommt ein Bericht des SEM, ...“; speaker unchecked, two-hundred-and-seventy-ninth,
  three-hundred-and-ninety-first).
- Asylum statistics (fifty-fifth, hundred-fourth, hundred-seventy-seventh,
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first,
  three-hundred-and-ninety-first): applications, follow-up applications, decisions, pending
  cases, appeals, rejections at the border, deportations, removals, transfers, returns,
  people obliged to leave and tolerated, people in Schubhaft and in the Grundversorgung,
  arrivals, detections, interceptions, rescues, deaths, smugglers, visas, work permits,
  places, hotels and course participants are counts; nationalities in brackets each a count
  („Syrien (22.870), Afghanistan (17.412) und der Türkei (9.655)“, „vor Afghanen (1.187) und
  Türken (704)“); the Swiss apostrophe a separator („24'611“, „3'950“, „5'402“, „2'877“,
  „2'315“, „4'870 der 9'400 Plätze“, „5'318“, „1'412“, „6'914“, „2'140“, „1'480“, „3'860“);
  comparisons after the figure carry no hedge („486 weniger als im November“, „589 mehr als
  im Dezember“, „1.980 mehr als im Vorjahreszeitraum“, „um 2.900 weniger als ein Jahr
  zuvor“; hundred-first); „Das Bamf entschied im Januar über 19.376 Anträge“ with no hedge
  (the „über“ that „entscheiden“ takes, hundred-seventy-seventh); "well below their capacity
  of 940" with no hedge (the hedge stands before "their", three-hundred-and-ninety-first:
  "well above its legal limit of 2,000"); "a record 131.4 million" with no hedge
  (hundred-fourth); „Allein im Mai“, „insgesamt“, „zusammen“, „zudem“, „darunter“,
  „bislang“, „zuletzt“, "A total of", "a further", "currently" and "just" no hedge.
  Protection, grant and recognition rates are percentages („Die Gesamtschutzquote lag bei
  39,6 Prozent“, „bei 37,1 Prozent und damit 2,5 Prozentpunkte unter dem Wert des Vormonats“
  37.1 and 2.5 "pp", „Die Schutzquote ... lag bei 53,8 Prozent“, "The initial grant rate
  stood at 44%, down 15 percentage points" 44 and 15 "pp" - "initial" carries none -, "At
  first instance, national authorities granted protection in 36% of decisions" - "At first
  instance" no ordinal, three-hundred-and-ninety-first), and so are pass, employment,
  enforcement and occupancy rates („51,4 Prozent ..., weitere 33,9 Prozent“ - „weitere“ no
  hedge -, „um 3,4 Prozentpunkte auf 46,7 Prozent“, „mit 24,9 Prozent“, „Die Vollzugsquote
  bei Dublin-Fällen lag bei 61 Prozent“, „zu mehr als 95 Prozent belegt“ "over", „einer
  Auslastung von knapp 25 Prozent“ "nearly", „61 Prozent“, „mit 42 Prozent ... mit 73
  Prozent“, "about 68% of the total" "about", "41% of the appeals decided", "just 41% of
  needs"). The target „im laufenden Jahr sollten die Erstanträge unter 100.000 bleiben“ is
  check-worthy with 100,000 "under" (three-hundred-and-ninety-first: „deutlich unter 95.000
  Erstanträge“; the speaker told by office unchecked). „erstmals“ and „Erstanträge“ carry no
  ordinal (forty-first), „zum ersten Mal Asyl beantragt“ is ordinal 1
  (three-hundred-and-ninety-first) and „deren erstes Verfahren“ ordinal 1
  (four-hundred-and-twentieth: „des ersten Kindes“). The demands of bodies with a figure are
  check-worthy with the speaker unchecked („Die Ministerpräsidentenkonferenz verlangt vom
  Bund künftig mindestens 11.000 Euro pro Kopf.“, „Die Gewerkschaft der Polizei forderte,
  die Zahl der Bundespolizisten bis 2033 um 6.000 zu erhöhen.“ with 2033 and 6,000 - „um“
  before a difference no hedge; three-hundred-and-thirty-first,
  three-hundred-and-ninety-first).
- New: the language levels of the integration course („auf dem Sprachniveau B1“, „das Niveau
  A2“, „die B1-Prüfung“) carry none - a level's name glued from a letter and a digit is an
  identifier, as „Subtyp H3N2“ (four-hundred-and-twentieth) and the case number "C-412/25"
  (hundred-seventy-seventh), and the rows stay check-worthy for their rates and counts. New:
  „640 Unterrichtseinheiten Sprachunterricht und 120 Einheiten im Orientierungskurs“ are
  counts, 640 and 120 - a teaching unit is no unit of the duration list, as a night is none
  ("spent four nights in the forest" count 4, three-hundred-and-thirty-first), and „je
  Unterrichtseinheit“ after a sum is the base of a rate and carries none, as „pro Person“
  (hundred-seventy-seventh).
- New: "the First-tier Tribunal" carries no ordinal - it is the name of a tier of courts, as
  "at first instance" names a stage of a procedure (three-hundred-and-ninety-first) and
  „erstinstanzliche“ carries none (three-hundred-and-thirty-first); the row keeps 46,300
  appeals and "an average wait of 44 weeks" 44 weeks with no hedge ("an average of",
  hundred-fourth).
- New: „die viertmeisten Flüchtlinge“ is ordinal 4 - a rank compounded with a superlative
  reads as the issue's „die drittgrößte Stadt“ and as „den drittwärmsten“
  (four-hundred-and-twentieth). "for the 14th year in a row" is ordinal 14
  (four-hundred-and-fifty-first: "the 15th consecutive month").
- New: „einmalig 19'500 Franken“ gives the money only - „einmalig“ means "one-off" and
  counts nothing, as „erstmals“ gives no ordinal (forty-first) and "a single" no count
  (two-hundred-and-forty-fourth; here "The busiest single day" and "A single charter flight"
  too).
- Shares are fractions (the issue's "ein Fünftel", "jeder vierte", "two-fifths";
  hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first, three-hundred-and-ninety-first): „gut jeder vierte Antrag“
  and „In gut jedem vierten Fall“ 0.25 "over" (two-hundred-and-seventy-ninth: „in gut jedem
  dritten Fall“), „Knapp ein Drittel der Anträge“ 0.3333 "nearly", „mehr als die Hälfte
  davon“ 0.5 "over", "about a quarter fewer than in 2028" 0.25 "about"
  (three-hundred-and-thirty-first: "a quarter fewer"), „Jeder fünfte Erstantrag“ 0.2, "about
  two-thirds" 0.6667 "about", "Just over half" 0.5 "over" (three-hundred-and-ninety-first:
  "just over half"), „mehr als jede zweite Zurückweisung“ 0.5 "over"
  (three-hundred-and-ninety-first: „Mehr als jede zweite Zurückweisung“), "roughly a third
  fewer than a year earlier" 0.3333 "about", „nur etwa halb so hoch“ 0.5 "about"
  (hundred-seventy-seventh: „fast halb so viele“; „nur“ no hedge), „gut zwei Fünftel der
  Geflüchteten“ 0.4 "over", "less than half its peak" 0.5 "under"
  (three-hundred-and-thirty-first: "less than a seventh"), "about a quarter of non-EU
  arrivals" 0.25 "about", „Rund zwei Drittel der Geflüchteten“ 0.6667 "about". New: "half
  the 28 days they had been promised" gives 0.5 and 28 days - "half" before a definite
  figure is a share of that figure, as "roughly half the number recorded"
  (three-hundred-and-thirty-first) and „Gut ein Drittel davon“
  (three-hundred-and-ninety-first), and the figure it halves keeps its own span. Multiples
  above one stay counts: "almost three times as many as a year before" 3 "nearly"
  (three-hundred-and-thirty-first: "almost three times the number recorded"), "more than
  twice the capacity" 2 "over" (four-hundred-and-fifty-first: "more than twice the
  threshold").
- Durations and ages (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week
  visit"; every batch): „die durchschnittliche Anhaltedauer betrug 41 Tage“ and „die
  durchschnittliche Verfahrensdauer betrug 214 Tage“ ("durchschnittliche" no hedge),
  „durchschnittlich elf Wochen, ... teils mehr als vier Monate“ 11 weeks and 4 months "over"
  („teils“ no hedge), „innert 30 Tagen“ 30 days (Swiss „innert“ no hedge,
  four-hundred-and-fifty-first), „im Schnitt dauerte ein Verfahren 19,3 Monate“ 19.3 months,
  „binnen sechs Monaten“ 6 months, „auf 7,8 Monate“, „erst nach drei Jahren“ 3 years („erst“
  no hedge, three-hundred-and-thirty-first), „nach vier Monaten arbeiten“ 4 months, „nach
  sechs Jahren in Deutschland“ 6 years, „Sieben Jahre nach ihrer Einreise“ and „nach sieben
  Jahren“ 7 years (two-hundred-and-seventy-ninth: „Sieben Jahre nach dem Start“), "up to
  nine days earlier" 9 days "up_to" (three-hundred-and-thirty-first: "two days earlier"),
  "for more than 90 days" 90 days "over", "between 97 and 143 days" both with the unit
  written once (seventy-sixth; „zwischen“ and "between" no hedge), "28 days to ask the
  Supreme Court" 28 days, "15 days to present a plan and 3 months to complete the transfers"
  both, "an average of 21 months" 21 months, "after a suspension of more than two years" 2
  years "over", "less than half its peak three years before" 3 years
  (four-hundred-and-twentieth: "two years ago"); periods with a first („im ersten Quartal“
  ordinal 1; "in the first eight weeks of the year" 1 and 8 weeks; "during the year's first
  three months" and "in the year's first four months" 1 with 3 and 4 months -
  three-hundred-and-thirty-first: "during the year's first five months" -; „in den ersten
  fünf Monaten 2029“ 1, 5 months and the year, four-hundred-and-twentieth: „in den ersten
  neun Monaten“). Ages are durations in years („der jüngste Sohn ist erst drei Jahre alt“ 3
  years, „einen 43-jährigen Ukrainer“ 43, "the youngest a 2-year-old girl" 2, "A 31-year-old
  Afghan woman" 31; three-hundred-and-ninety-first: "a 12-year-old girl"), age limits with
  their hedge („für Kinder unter 14 Jahren“ and „Kinder unter 18 Jahren“ "under",
  three-hundredth: „unter 28 Jahren“). New: "her 5-month-old son" is 5 months - the
  hyphenated age takes its unit from the compound, months as "then 11 months old"
  (three-hundred-and-thirty-first) as years in "a 12-year-old girl"
  (three-hundred-and-ninety-first). New: "14 days' notice of closures on average" is 14 days
  with no hedge - "on average" after the figure is the "an average of" (hundred-fourth) and
  „im Schnitt“ (three-hundred-and-thirty-first) of English word order, and the possessive
  "days'" keeps the span as "at least 10 days' notice" did (three-hundred-and-thirty-first).
  None: „im Vorjahr“, „im vergangenen Jahr“, „im Jahr davor“, „ein Jahr zuvor“, „im
  Vorjahreszeitraum“, „Ende Dezember“, „Ende Februar“, „Ende März“, „Ende April“, „Ende
  Mai“, „bis Ende Juni“, „ab Juli“, „im Jahresschnitt“, „im laufenden Jahr“, „seit heuer“,
  „binnen eines Jahres“ (ninety-third: "a year" none), „Tag für Tag“
  (three-hundred-and-eighty-eighth: „Punkt für Punkt“), „täglich“, „Von Januar bis Mai“, „im
  Jänner und Februar“, "last year", "a year earlier", "a year before", "this year", "so far
  this year", "the year so far", "since January", "since April", "between January and
  March", "between January and May", "January through May", "the same months of 2029" (the
  year only), "by the end of September", "at the end of December", "in the coming days", "a
  month", "per night", "per boat", "a daily high", "for any quarter" (a period of three
  months and no fraction; three-hundred-and-thirty-first: "in the first quarter" ordinal 1
  only), months alone, weekdays and "early Friday".
- Years and dates: "in 2028", „als 2028“, „im Jahr 2028“, „im Rekordjahr 2028“, "from 2028",
  „seit 2015“, „seit 2021“, "since 2017", "since 2016", "since records began in 2018", "the
  end of 2021", "in August 2028" and „Seit Juli 2028 ... bis Juli 2031“ (the years;
  four-hundred-and-fifty-first: "July 2029" the year), „seit Jänner 2022“ 2022 (tenth:
  „Jänner“), „gegenüber Januar 2029“, "the same period of 2029", "the same stretch of 2029",
  "this stage of 2029", "for 2028", "for 2030", „bis Ende 2030“, „bis 2033“ and „im Haushalt
  2030“ the years; 2029 as the year of a total („2029 sind“, „haben 2029“, „hat 2029“,
  „haben ... 2029“, "in 2029", "by the end of 2029"). Dates: „Zum Stichtag 31. Dezember“
  --12-31 (three-hundred-and-thirty-first: „Zum Stichtag 31. März“), "The busiest single day
  was Aug. 23" --08-23 (three-hundred-and-thirty-first: "Jan. 19"), „bis 31. Mai 2031“
  2031-05-31 (a full date with its year; two-hundred-and-seventy-ninth: „seit dem 1. April
  2025“). New: "As of June 15, 19,870 migrants had landed" gives the date --06-15 and the
  count 19,870 apart - the comma after the day closes the date, and the figure after it is
  read on its own, as in „zwischen dem 2. und dem 8. April 1.006 Erwachsene“
  (three-hundred-and-eighty-eighth), where the day and the next figure also stood side by
  side. Reuters datelines with a day are dates without a year ("LONDON, Jan 9", "WARSAW, Jan
  21", "ATHENS, Feb 26", "VALLETTA, March 20", "ROME, April 24", "LONDON, May 23", "BERLIN,
  June 6", "GENEVA, June 18"; hundred-sixtieth, three-hundred-and-ninety-first); dpa, APA,
  Keystone-SDA ("St. Gallen (Keystone-SDA)"), AP ("MADRID (AP) —" twice, "SFAX, Tunisia (AP)
  —", "MYTILENE, Greece (AP) —") and PA ("LONDON (PA) -" four times, "DOVER (PA) -")
  datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („rund 14,6 Milliarden Euro“ "about" -
  „zusammen“ no hedge -, „zwischen 1.240 und 2.380 Euro“ both, the currency written once,
  „eine Pauschale von 8.200 Euro pro Erstantragsteller und Jahr“, „mindestens 11.000 Euro
  pro Kopf“ "at_least", „1,37 Milliarden Euro ..., pro Teilnehmer im Schnitt etwa 4.010
  Euro“ 1.37 billion and 4,010 "about" („im Schnitt“ no hedge, the hedge after it counts),
  „von 2,45 auf 2,95 Euro je Unterrichtseinheit“ both, „einer Starthilfe von 1.150 Euro“,
  „einen Tagsatz von 28 Euro pro Person, für unbegleitete Minderjährige 112 Euro“ both,
  "about 100 million euros" "about"), GBP ("an average of £163 per person per night, against
  £31" both - "an average of" no hedge -, "an estimated £412,000" "about" -
  four-hundred-and-twentieth: "an estimated 6.3 billion euros" -), CHF („im Schnitt auf
  11'600 Franken“, „bis zu 1'500 Franken pro Person“ "up_to", „einmalig 19'500 Franken“).
  The base of a rate („pro Person“, „pro Kopf und Monat“, „pro Erstantragsteller und Jahr“,
  „pro Teilnehmer“, „je Unterrichtseinheit“, "per person per night") carries none
  (hundred-seventy-seventh). New: „um 310 Millionen auf 1,9 Milliarden Euro“ gives 310
  million and 1.9 billion euros - the currency written once after the second sum serves the
  first as in „von 25 auf 27 Euro“ (three-hundred-and-thirty-first), also when each sum has
  its own scale word, which stays with its figure.
- Counts otherwise: "an average of 58 people each, up from 51" both ("an average of", "each"
  no hedge), "in 19 boats", "after 11 separate operations", "two more patrol vessels" 2 and
  "a temporary center for 800 people" 800 ("more" after the figure no hedge), "24 boats, an
  average of 59 per boat", „Eine fünfköpfige Familie“ 5 (hundred-seventy-seventh: „einer
  fünfköpfigen Familie“), "19 survivors" 19, „zwei weitere Zentren mit zusammen rund 900
  Plätzen“ 2 and 900 "about" (three-hundred-and-thirty-first: „zwei weitere Zentren mit
  zusammen rund 700 Plätzen“), „in 46 Landkreisen“, „die 16 Länder“ 16, „aus den acht
  wichtigsten Asylherkunftsländern“ 8 (four-hundred-and-fifty-first: "among the five
  warmest" 5), „von 22 Teilnehmenden 17“ both (forty-first), „zwei Bundesquartiere“ 2,
  "Italy's two processing centres" 2, "on two former military sites" 2, "Three judges" 3 and
  "four men" 4 (a number word opening the row reads as digits would, three-hundredth), "nine
  children" 9, "three others" 3, "two dozen launches" 24 (the issue's "two dozen"), "14
  smuggling gang leaders", „512 mutmaßliche Schleuser, darunter einen 43-jährigen Ukrainer,
  der 14 Menschen in einem Kleintransporter befördert hatte“ 512, 43 years and 14 („einen“
  and „einem“ the articles; three-hundred-and-thirty-first: „einem Arzt“), „bis zu 13.500
  Einsatzkräfte“ and "up to 1,200 men" "up_to", "about 60 people" "about", "At least 37",
  "at least 312" and "at least 49" "at_least", "Nearly 870,000 cases" "nearly", „Gut 4.300“,
  „gut 2.100“, „Mehr als 11.800“, "More than 1,400" and "more than 4,100" "over", "Some
  38,650", "Some 1,907" and "Some 874,000 ... and 562,000" "about" on the first only
  (three-hundred-and-ninety-first: "Some" "about"; three-hundred-and-eighty-eighth: the
  hedge on one figure of two), "Around 7.9 million ..., about 1.6 million" both "about",
  „131,4 Millionen“, "131.4 million", "15.8 million" and „rund 2,3 Millionen“ with the scale
  word multiplying; distances are counts ("a trip of about 300 km" and "about 1,600 km"
  "about"; three-hundred-and-ninety-first: "a journey of roughly 300 km"). New: "about 10
  kilometers (6 miles) away" gives 10 "about" and 6 with no hedge - the converted figure in
  brackets is a second count (four-hundred-and-fifty-first: "165 mph (270 kph)") and the
  hedge before the first figure does not pass into the brackets, as "about 1.3 billion
  forints ($3.6 million)" kept it off the dollars (three-hundred-and-eighty-eighth). None:
  "Nearly all the boats", "Most", „Die meisten“, "most of them", "most of whom", „Tausende“
  (in a negative), "the busiest", "the largest group", "the lowest", "the highest", "a daily
  high", „so viele wie nie zuvor“, "EU", "non-EU", "EU-wide", „EU-Staats“, „Dublin-Fälle“,
  „Dublin-Regeln“, "DNA", "Aurora Sud" (the ship's name, hundred-fourth: „Sea-Watch 5“),
  "ONS", "EUAA", "IAB", "SEM".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“ before a figure, "about", "About",
  "Around", "roughly", "Some", "an estimated" "about"; „knapp“, „Knapp“, "nearly", "Nearly",
  "almost" "nearly"; „gut“, „Gut“, „mehr als“, „Mehr als“, "more than", "More than", "Just
  over" "over"; „unter“ right before a figure, "less than" "under"; „mindestens“, "at
  least", "At least" "at_least"; „bis zu“, "up to" "up_to". No hedge: „im Schnitt“,
  „durchschnittlich“, „durchschnittliche“, "an average of", "on average", „nur“, „erst“,
  „teils“, „weitere“, „zusammen“, „insgesamt“, „Allein“, „darunter“, „zudem“, „zwischen“,
  „innert“, „binnen“, „um“ before a difference, "between", "A total of", "a record", "a
  further", "currently", "just", "well below their", "more" after a figure, "below" after a
  figure, and the „etwa“ that means "for instance" before no figure („etwa wegen“, „etwa
  für“; three-hundred-and-ninety-first).
- Speakers, checked only in forms the earlier batches settled. German: „so das Bundesamt für
  Migration und Flüchtlinge (Bamf)“ -> "das Bundesamt für Migration und Flüchtlinge" (a body
  after „so“ as „so der DWD“, two-hundred-and-fifty-first; the abbreviation in brackets
  dropped, hundred-seventy-seventh), „laut BFA“ -> "BFA" (hundred-seventy-seventh,
  three-hundred-and-ninety-first), „wie das Staatssekretariat für Migration (SEM) bei der
  Vorstellung seiner Jahresbilanz mitteilte“ -> "das Staatssekretariat für Migration" (the
  abbreviation and the occasion dropped; four-hundred-and-twentieth: „wie die Bundesagentur
  für Arbeit zum Abschluss des Berufsberatungsjahres mitteilte“), „wie das SEM mitteilte“ ->
  "das SEM" (hundred-fourth: "das SEM"), „Die Zahlen teilte das Bamf am Dienstag mit.“ ->
  "das Bamf" (three-hundred-and-thirty-first), „teilte die Bundespolizei in Potsdam mit“ ->
  "die Bundespolizei" (the place dropped, hundred-seventeenth), the title before the name
  dropped („Bamf-Sprecherin Ilka Wendeborn sagte“, „SEM-Sprecher Lukas Rüfenacht-Baumann
  sagte“, „Innenministeriumssprecherin Theresa Gschwandtner-Maier sagte“,
  „Linken-Innenpolitikerin Johanna Kerschbaumer sagte“, „Bundespolizei-Sprecher Holger
  Tammeling sagte“, „Landkreistag-Sprecherin Birgit Hollenstedt sagte“, „IAB-Forscherin
  Sevda Klinkhammer-Öztürk sagte“, „Gerichtssprecher Florian Mairhofer-Lenz sagte“, „sagte
  UNHCR-Sprecher Malte Brodersen-Amadi“; three-hundred-and-thirty-first,
  three-hundred-and-ninety-first), „Laut Innenministeriumssprecher Clemens Aichhorn-Ramsl“
  and „Laut SEM-Sprecherin Anne-Laure Rochat-Gisler“ the name (four-hundred-and-twentieth:
  „Laut Landespolizeipräsident Wolfram Eichelsdörfer“), the surname opening the row as
  written („Ostendorp-Yıldız sagte“, „Rochat-Gisler sagte“, „Wendeborn sagte“; forty-second,
  three-hundred-and-ninety-first: „Ahlbrecht sagte“). English: "The Home Office said ..." ->
  "the Home Office" (hundred-seventy-seventh), "Frontex said on Monday it had ..." ->
  "Frontex" (hundred-fourth, three-hundred-and-ninety-first), "The Refugee Council said ..."
  -> "the Refugee Council" (three-hundred-and-ninety-first), "the EU Agency for Asylum
  (EUAA) said in its yearly overview" -> "the EU Agency for Asylum" (the abbreviation and
  the occasion dropped; three-hundred-and-ninety-first; tenth: "said in a statement"), "the
  Office for National Statistics said" (fifty-fifth), "UNHCR said on Tuesday" -> "UNHCR"
  (fifty-fifth: "UNHCR said"), "..., the court said." after a quoted finding -> "the court"
  (three-hundred-and-thirty-first), the name with the title dropped ("Frontex spokeswoman
  Dorota Wiśniewska-Kral said", "Local Government Association housing lead Priyanka
  Dhaliwal-Hurst said", "Migration Ministry spokesman Nikos Papadelis-Vrettos said", "IOM
  spokesperson Elodie Marchetti-Fall said", "Interior Ministry spokesman Fabrizio
  Lanzavecchia said", "ONS migration statistician Harriet Pennock-Ives said", "Border
  Security Command director of operations Gareth Llewellyn-Shaw said", "Youth and Children
  Ministry spokeswoman Lucía Herrán-Ibarra said"; three-hundred-and-ninety-first: "IOM
  spokesperson Adaeze Okwuosa said", "Border Security Commander Alistair Penhaligon said"),
  "EUAA analyst Ruta Kalnina-Berg told reporters that ..." and "UNHCR spokeswoman Leyla
  Demirkan-Voss told reporters in Geneva that ..." the name ("told reporters" names the
  speaker and the place drops; two-hundred-and-fourth, four-hundred-and-twentieth). Each
  row's diacritics are its speaker's (four-hundred-and-twentieth). Left unchecked (None):
  all negatives, also those with a named speaker; ministers, heads and other holders told by
  office and roles („Der Bundesinnenminister sagte“, „zählte die Behörde“, „Ein Sprecher des
  Bundesinnenministeriums sagte“, "The islands' regional president said", "The border
  security minister told MPs", "The department said", "a National Guard spokesman said",
  "the ministry said", "The agency said"; three-hundred-and-thirty-first,
  three-hundred-and-ninety-first); plural and collective sources ("officials said", "Home
  Office officials said", "French authorities said"; four-hundred-and-twentieth: "Pentagon
  officials said") and bodies with a verb of demanding („Die Ministerpräsidentenkonferenz
  verlangt“, „Die Gewerkschaft der Polizei forderte“; three-hundred-and-ninety-first);
  documents and data („wie die am Dienstag publizierte Jahresstatistik des Innenministeriums
  zeigt“ and „wie die Antwort des Bundesinnenministeriums ... zeigt“ -
  four-hundred-and-fifty-first: „wie die vorläufige Jahresbilanz ... zeigt“ -, „wie aus dem
  Integrationskursbericht des Bamf hervorgeht“, „wie eine dpa-Umfrage unter den
  Landesregierungen ergab“, „geht aus Daten des Innenministeriums hervor“, „geht aus am
  Dienstag veröffentlichten Zahlen der Bundesagentur für Arbeit hervor“, „Diese Zahl nennt
  der Jahresbericht“, „Zu diesem Schluss kommt ein Bericht des SEM“, "Home Office data
  shows", "Home Office statistics show", "official figures show", "National Guard figures
  show", "Interior Ministry data showed" twice, "UNHCR data put"); every "according to"
  (Home Office figures, the coast guard, the Interior Ministry, the National Audit Office,
  answers to parliamentary questions, the Home Office twice, the Foreign Office;
  two-hundred-and-fourth, four-hundred-and-twentieth); a compound („nach UN-Angaben“;
  three-hundred-and-seventy-first) and a genitive in -s („Nach Angaben des Gerichts“,
  neuter, read as the masculine „Nach Angaben des Verbands“; hundredth,
  four-hundred-and-twentieth); „Nach Angaben aus dem Innenministerium“
  (four-hundred-and-twentieth: „nach Angaben aus dem Bauministerium“); verbs of counting,
  recording, registering, estimating, cautioning, finding and ruling ("The International
  Organization for Migration recorded", „hat das Bamf ... registriert“, „Die Nationale
  Kommission zur Verhütung von Folter zählte“, "the statistics office estimated", "Frontex
  cautioned", „Die Richter befanden“, „befanden die Höchstrichter“, "Three judges found",
  "The Court of Appeal has ruled", "Spain's Supreme Court ... ordered";
  three-hundred-and-thirty-first, three-hundred-and-ninety-first) and a descriptive noun
  before a name ("The aid group Caminando Fronteras said"; three-hundred-and-thirty-first).
  To keep the checked speakers near 35, as the three-hundred-and-thirty-first and
  three-hundred-and-ninety-first batches did, several figures are given in forms the batches
  leave unchecked („Nach Angaben aus dem Innenministerium“, "according to the Interior
  Ministry", "according to the coast guard", "according to the Foreign Office", „geht aus
  ... Zahlen der Bundesagentur für Arbeit hervor“) or with no attribution of their own
  („Allein im Mai waren es 7.118 Erstanträge.“, "A 31-year-old Afghan woman and her
  5-month-old son were among the dead.").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_455 = [
    # --- Germany's asylum year 2029 (dpa), January 9 ---
    (
        "de",
        "Nürnberg (dpa) - 118.460 Menschen haben 2029 in Deutschland zum ersten Mal Asyl beantragt, rund 21 Prozent weniger als im Jahr 2028, so das Bundesamt für Migration und Flüchtlinge (Bamf).",
        True,
        [
            ("count", 118460, None, None),
            ("year", 2029, None, None),
            ("ordinal", 1, None, None),
            ("percent", 21, "%", "about"),
            ("year", 2028, None, None),
        ],
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "de",
        "Hinzu kamen 14.902 Folgeanträge von Menschen, deren erstes Verfahren bereits abgeschlossen war.",
        True,
        [("count", 14902, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Im Dezember zählte die Behörde 7.315 Erstanträge und damit 486 weniger als im November.",
        True,
        [("count", 7315, None, None), ("count", 486, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Antragsteller kamen aus Syrien (22.870), Afghanistan (17.412) und der Türkei (9.655).",
        True,
        [("count", 22870, None, None), ("count", 17412, None, None), ("count", 9655, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtschutzquote lag bei 39,6 Prozent; gut jeder vierte Antrag wurde ohne inhaltliche Prüfung erledigt, etwa wegen der Zuständigkeit eines anderen EU-Staats.",
        True,
        [("percent", 39.6, "%", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Bamf-Sprecherin Ilka Wendeborn sagte, die Zahl der anhängigen Verfahren sei bis Ende Dezember auf 171.300 gesunken, den niedrigsten Stand seit 2021.",
        True,
        [("count", 171300, None, None), ("year", 2021, None, None)],
        "Ilka Wendeborn",
    ),
    (
        "de",
        "„Wir sind bei den Verfahren endlich wieder vor der Welle statt hinter ihr“, sagte Wendeborn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesinnenminister sagte, im laufenden Jahr sollten die Erstanträge unter 100.000 bleiben.",
        True,
        [("count", 100000, None, "under")],
        None,
    ),
    (
        "de",
        "Pro Asyl nannte die Bilanz „ein Ergebnis der Abschottung, nicht der Ordnung“.",
        False,
        [],
        None,
    ),
    # --- Channel crossings in 2029 (Reuters), January 9 ---
    (
        "en",
        "LONDON, Jan 9 (Reuters) - Small-boat arrivals on England's south coast totalled 31,874 last year, 12% fewer than in 2028, according to Home Office figures published on Wednesday.",
        True,
        [
            ("date", "--01-09", None, None),
            ("count", 31874, None, None),
            ("percent", 12, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The boats carried an average of 58 people each, up from 51 a year earlier and the highest average since records began in 2018.",
        True,
        [("count", 58, None, None), ("count", 51, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "The Home Office said 2,406 people had been returned to France under a bilateral pilot scheme since it started in August 2028.",
        True,
        [("count", 2406, None, None), ("year", 2028, None, None)],
        "the Home Office",
    ),
    (
        "en",
        "The Home Secretary said the figures showed \"the smuggling gangs are on the back foot\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The busiest single day was Aug. 23, when 1,211 people made the crossing in 19 boats.",
        True,
        [("date", "--08-23", None, None), ("count", 1211, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The opposition's home affairs spokesman called the total \"a humiliation for a country that was promised control of its borders\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The International Organization for Migration recorded at least 49 deaths among people attempting the crossing to Britain last year.",
        True,
        [("count", 49, None, "at_least")],
        None,
    ),
    # --- Austria's asylum statistics 2029 (APA), January 15 ---
    (
        "de",
        "Wien (APA) - Österreich hat im Vorjahr 19.842 Asylanträge verzeichnet, um 27 Prozent weniger als 2028, wie die am Dienstag publizierte Jahresstatistik des Innenministeriums zeigt.",
        True,
        [("count", 19842, None, None), ("percent", 27, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Anträge stellten Syrer, dahinter folgten Afghanen mit 3.118 und Türken mit 1.406 Anträgen.",
        True,
        [
            ("fraction", 0.3333, None, "nearly"),
            ("count", 3118, None, None),
            ("count", 1406, None, None),
        ],
        None,
    ),
    (
        "de",
        "Positiv entschieden wurden 11.207 Verfahren: In 6.944 Fällen erhielten die Antragsteller Asyl, in 2.180 subsidiären Schutz.",
        True,
        [("count", 11207, None, None), ("count", 6944, None, None), ("count", 2180, None, None)],
        None,
    ),
    (
        "de",
        "Außer Landes gebracht wurden laut BFA 12.530 Personen, mehr als die Hälfte davon freiwillig.",
        True,
        [("count", 12530, None, None), ("fraction", 0.5, None, "over")],
        "BFA",
    ),
    (
        "de",
        "In Schubhaft saßen im Jahresschnitt 318 Menschen, die durchschnittliche Anhaltedauer betrug 41 Tage.",
        True,
        [("count", 318, None, None), ("duration", 41, "day", None)],
        None,
    ),
    (
        "de",
        "Die Asylkoordination kritisierte die Bilanz als „Schönfärberei auf dem Rücken von Schutzsuchenden“.",
        False,
        [],
        None,
    ),
    # --- Frontex on irregular crossings in 2029 (Reuters), January 21 ---
    (
        "en",
        "WARSAW, Jan 21 (Reuters) - Frontex said on Monday it had detected roughly 171,000 irregular entries into the European Union last year, about a quarter fewer than in 2028 and the lowest tally since 2021.",
        True,
        [
            ("date", "--01-21", None, None),
            ("count", 171000, None, "about"),
            ("fraction", 0.25, None, "about"),
            ("year", 2028, None, None),
            ("year", 2021, None, None),
        ],
        "Frontex",
    ),
    (
        "en",
        "With 58,300 detections the route from North Africa to Italy stayed the busiest, while the Balkan corridor saw a 61% drop to 9,870.",
        True,
        [("count", 58300, None, None), ("percent", 61, "%", None), ("count", 9870, None, None)],
        None,
    ),
    (
        "en",
        "At the bloc's frontier with Belarus and Russia, detections jumped 84% to 26,400.",
        True,
        [("percent", 84, "%", None), ("count", 26400, None, None)],
        None,
    ),
    (
        "en",
        "Frontex spokeswoman Dorota Wiśniewska-Kral said the agency now had 3,120 officers of its standing corps deployed at the bloc's external borders.",
        True,
        [("count", 3120, None, None)],
        "Dorota Wiśniewska-Kral",
    ),
    (
        "en",
        "\"Border management is a shared European responsibility, not a national burden,\" Wiśniewska-Kral said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Frontex cautioned that a migrant who tries repeatedly may be counted each time, because its statistics record detections, not individuals.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Rights groups said the decline had been bought with pushbacks and violence at the bloc's edges.",
        False,
        [],
        None,
    ),
    # --- Swiss asylum applications in 2029 (Keystone-SDA), January 24 ---
    (
        "de",
        "Bern (Keystone-SDA) - 2029 sind in der Schweiz 24'611 Asylgesuche registriert worden, 3'950 weniger als im Jahr davor, wie das Staatssekretariat für Migration (SEM) bei der Vorstellung seiner Jahresbilanz mitteilte.",
        True,
        [("year", 2029, None, None), ("count", 24611, None, None), ("count", 3950, None, None)],
        "das Staatssekretariat für Migration",
    ),
    (
        "de",
        "Die wichtigsten Herkunftsländer waren Afghanistan mit 5'402, Eritrea mit 2'877 und die Türkei mit 2'315 Gesuchen.",
        True,
        [("count", 5402, None, None), ("count", 2877, None, None), ("count", 2315, None, None)],
        None,
    ),
    (
        "de",
        "Die Schutzquote, also der Anteil der Asylgewährungen und vorläufigen Aufnahmen an den Entscheiden, lag bei 53,8 Prozent.",
        True,
        [("percent", 53.8, "%", None)],
        None,
    ),
    (
        "de",
        "Ende Dezember waren in den Bundesasylzentren 4'870 der 9'400 Plätze belegt.",
        True,
        [("count", 4870, None, None), ("count", 9400, None, None)],
        None,
    ),
    (
        "de",
        "SEM-Sprecher Lukas Rüfenacht-Baumann sagte, der Bund wolle bis Ende 2030 zwei weitere Zentren mit zusammen rund 900 Plätzen schliessen.",
        True,
        [("year", 2030, None, None), ("count", 2, None, None), ("count", 900, None, "about")],
        "Lukas Rüfenacht-Baumann",
    ),
    (
        "de",
        "«Wir planen nicht für die Krise von gestern, sondern für die von morgen», sagte Rüfenacht-Baumann.",
        False,
        [],
        None,
    ),
    # --- Asylum hotels in Britain (PA), February 5 ---
    (
        "en",
        "LONDON (PA) - Hotels were housing 24,310 asylum seekers at the end of December, compared with 31,960 at the end of 2028, Home Office data shows.",
        True,
        [("count", 24310, None, None), ("count", 31960, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The department said 187 hotels were still in use, down from 241 in June.",
        True,
        [("count", 187, None, None), ("count", 241, None, None)],
        None,
    ),
    (
        "en",
        "Hotel accommodation cost an average of £163 per person per night, against £31 for other types of housing, according to the National Audit Office.",
        True,
        [("money", 163, "GBP", None), ("money", 31, "GBP", None)],
        None,
    ),
    (
        "en",
        "The government plans to close a further 40 hotels by the end of September and move residents to former military sites.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "\"Hotels were only ever meant to be a stopgap, and we are finally treating them as one,\" a Home Office spokesperson said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Local Government Association housing lead Priyanka Dhaliwal-Hurst said councils had been given 14 days' notice of closures on average, half the 28 days they had been promised.",
        True,
        [
            ("duration", 14, "day", None),
            ("fraction", 0.5, None, None),
            ("duration", 28, "day", None),
        ],
        "Priyanka Dhaliwal-Hurst",
    ),
    # --- The Bamf's January figures (dpa), February 12 ---
    (
        "de",
        "Nürnberg (dpa) - Im Januar sind beim Bamf 7.904 Asylerstanträge eingegangen, 589 mehr als im Dezember, gegenüber Januar 2029 aber ein Minus von knapp 18 Prozent.",
        True,
        [
            ("count", 7904, None, None),
            ("count", 589, None, None),
            ("year", 2029, None, None),
            ("percent", 18, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Jeder fünfte Erstantrag wurde für ein in Deutschland geborenes Kind gestellt.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Das Bamf entschied im Januar über 19.376 Anträge, die Gesamtschutzquote lag bei 37,1 Prozent und damit 2,5 Prozentpunkte unter dem Wert des Vormonats.",
        True,
        [("count", 19376, None, None), ("percent", 37.1, "%", None), ("percent", 2.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Unter den Antragstellern stellten Syrerinnen und Syrer mit 1.522 Erstanträgen weiterhin die größte Gruppe, vor Afghanen (1.187) und Türken (704).",
        True,
        [("count", 1522, None, None), ("count", 1187, None, None), ("count", 704, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahlen teilte das Bamf am Dienstag mit.",
        True,
        [],
        "das Bamf",
    ),
    (
        "de",
        "„Die Zahlen schwanken, aber die Richtung stimmt“, sagte eine Bamf-Sprecherin.",
        False,
        [],
        None,
    ),
    # --- Arrivals on the Canary Islands (AP), February 14 ---
    (
        "en",
        "MADRID (AP) — Boats carrying more than 4,100 migrants landed in Spain's Canary Islands in January, almost three times as many as a year before, according to the Interior Ministry.",
        True,
        [("count", 4100, None, "over"), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "Most landed on El Hierro, the smallest island of the archipelago, in wooden boats that had left Mauritania up to nine days earlier.",
        True,
        [("duration", 9, "day", "up_to")],
        None,
    ),
    (
        "en",
        "The aid group Caminando Fronteras said at least 312 people had died or gone missing on the Atlantic route in January.",
        True,
        [("count", 312, None, "at_least")],
        None,
    ),
    (
        "en",
        "The islands' regional president said the archipelago was caring for 4,960 unaccompanied minors in centers built for 2,100.",
        True,
        [("count", 4960, None, None), ("count", 2100, None, None)],
        None,
    ),
    (
        "en",
        "\"We cannot keep carrying this alone while the rest of Spain looks away,\" the regional president said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "On the quay in La Restinga, Red Cross volunteers wrapped shivering children in thermal blankets.",
        False,
        [],
        None,
    ),
    # --- Integration courses in 2029 (dpa), February 19 ---
    (
        "de",
        "Berlin (dpa) - Im vergangenen Jahr haben 341.200 Menschen einen Integrationskurs begonnen, rund 9 Prozent weniger als im Rekordjahr 2028, wie aus dem Integrationskursbericht des Bamf hervorgeht.",
        True,
        [("count", 341200, None, None), ("percent", 9, "%", "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Abschlussprüfung auf dem Sprachniveau B1 bestanden 51,4 Prozent der Teilnehmenden, weitere 33,9 Prozent erreichten das Niveau A2.",
        True,
        [("percent", 51.4, "%", None), ("percent", 33.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ein allgemeiner Kurs umfasst 640 Unterrichtseinheiten Sprachunterricht und 120 Einheiten im Orientierungskurs.",
        True,
        [("count", 640, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund gab dafür 1,37 Milliarden Euro aus, pro Teilnehmer im Schnitt etwa 4.010 Euro.",
        True,
        [("money", 1370000000, "EUR", None), ("money", 4010, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Wartezeit auf einen Kursplatz betrug zuletzt durchschnittlich elf Wochen, in Großstädten teils mehr als vier Monate.",
        True,
        [("duration", 11, "week", None), ("duration", 4, "month", "over")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Bundesinnenministeriums sagte, ab Juli solle der Eigenanteil für Selbstzahler von 2,45 auf 2,95 Euro je Unterrichtseinheit steigen.",
        True,
        [("money", 2.45, "EUR", None), ("money", 2.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Kursleiterin Merve Ostendorp-Yıldız sagte, Sprache sei „der Schlüssel zu allem anderen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ostendorp-Yıldız sagte, in ihrem Kurs in Duisburg hätten von 22 Teilnehmenden 17 die B1-Prüfung bestanden.",
        True,
        [("count", 22, None, None), ("count", 17, None, None)],
        "Ostendorp-Yıldız",
    ),
    # --- Rescues south of Crete (Reuters), February 26 ---
    (
        "en",
        "ATHENS, Feb 26 (Reuters) - Rescue crews brought 612 migrants ashore on Crete over the weekend after 11 separate operations south of the island, according to the coast guard.",
        True,
        [("date", "--02-26", None, None), ("count", 612, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals on Crete and the small island of Gavdos reached 4,980 in the first eight weeks of the year, against 1,730 in the same period of 2029.",
        True,
        [
            ("count", 4980, None, None),
            ("ordinal", 1, None, None),
            ("duration", 8, "week", None),
            ("count", 1730, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nearly all the boats had left from near Tobruk in eastern Libya, a trip of about 300 km across open sea.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Migration Ministry spokesman Nikos Papadelis-Vrettos said Athens had asked Frontex for two more patrol vessels and would open a temporary center for 800 people in Chania.",
        True,
        [("count", 2, None, None), ("count", 800, None, None)],
        "Nikos Papadelis-Vrettos",
    ),
    (
        "en",
        "\"Crete is not a gateway and will not become one,\" Papadelis-Vrettos said.",
        False,
        [],
        None,
    ),
    # --- Austria's family reunification stop (APA), March 5 ---
    (
        "de",
        "Wien (APA) - Im vergangenen Jahr sind 1.046 Angehörige von Schutzberechtigten im Rahmen der Familienzusammenführung nach Österreich gekommen, nach 7.810 im Jahr 2028.",
        True,
        [("count", 1046, None, None), ("count", 7810, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Seit Juli 2028 ist der Familiennachzug ausgesetzt, die Regierung hat die Aussetzung bis Juli 2031 verlängert.",
        True,
        [("year", 2028, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben aus dem Innenministerium wurden im Jänner und Februar zusammen 41 Ausnahmen aus humanitären Gründen bewilligt, etwa für Kinder unter 14 Jahren.",
        True,
        [("count", 41, None, None), ("duration", 14, "year", "under")],
        None,
    ),
    (
        "de",
        "Innenministeriumssprecherin Theresa Gschwandtner-Maier sagte, bei 312 Anträgen habe die Botschaft eine DNA-Analyse zum Nachweis der Verwandtschaft verlangt.",
        True,
        [("count", 312, None, None)],
        "Theresa Gschwandtner-Maier",
    ),
    (
        "de",
        "„Familien gehören zusammen, das ist keine Frage der Statistik“, sagte die Caritas-Präsidentin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ nannte die Ausnahmen „eine Hintertür, durch die weiter Tausende kommen“.",
        False,
        [],
        None,
    ),
    # --- Britain's asylum statistics (PA), March 7 ---
    (
        "en",
        "LONDON (PA) - The UK received 84,210 asylum claims in 2029, a fall of 9% compared with 2028, Home Office statistics show.",
        True,
        [
            ("count", 84210, None, None),
            ("year", 2029, None, None),
            ("percent", 9, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The initial grant rate stood at 44%, down 15 percentage points from a year earlier.",
        True,
        [("percent", 44, "%", None), ("percent", 15, "pp", None)],
        None,
    ),
    (
        "en",
        "The backlog of cases awaiting an initial decision shrank to 61,450 people, the lowest since the end of 2021.",
        True,
        [("count", 61450, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Some 38,650 people were returned from the UK in 2029, of whom about two-thirds left voluntarily.",
        True,
        [
            ("count", 38650, None, "about"),
            ("year", 2029, None, None),
            ("fraction", 0.6667, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The border security minister told MPs that appeals waiting at the First-tier Tribunal had reached 46,300, with an average wait of 44 weeks.",
        True,
        [("count", 46300, None, None), ("duration", 44, "week", None)],
        None,
    ),
    (
        "en",
        "\"We are clearing the backlog and restoring order to the system,\" the minister said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Refugee Council called the appeal queue \"a backlog moved from one desk to another\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Refugee Council said 41% of the appeals decided last year had been allowed.",
        True,
        [("percent", 41, "%", None)],
        "the Refugee Council",
    ),
    # --- Deportations from Germany in 2029 (dpa), March 13 ---
    (
        "de",
        "Berlin (dpa) - Deutschland hat 2029 insgesamt 23.614 Menschen abgeschoben, gut 2.100 mehr als 2028, wie die Antwort des Bundesinnenministeriums auf eine schriftliche Frage der Linken zeigt.",
        True,
        [
            ("year", 2029, None, None),
            ("count", 23614, None, None),
            ("count", 2100, None, "over"),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "de",
        "Darunter waren 6.107 Überstellungen in andere EU-Staaten nach den Dublin-Regeln, die meisten nach Österreich, Polen und Frankreich.",
        True,
        [("count", 6107, None, None)],
        None,
    ),
    (
        "de",
        "Zum Stichtag 31. Dezember waren 241.870 Menschen ausreisepflichtig, 196.300 von ihnen besaßen eine Duldung.",
        True,
        [
            ("date", "--12-31", None, None),
            ("count", 241870, None, None),
            ("count", 196300, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gut 4.300 Abschiebungen scheiterten, weil die Betroffenen nicht angetroffen wurden.",
        True,
        [("count", 4300, None, "over")],
        None,
    ),
    (
        "de",
        "Mehr als 11.800 Ausreisepflichtige verließen Deutschland über Förderprogramme freiwillig, im Schnitt mit einer Starthilfe von 1.150 Euro.",
        True,
        [("count", 11800, None, "over"), ("money", 1150, "EUR", None)],
        None,
    ),
    (
        "de",
        "Linken-Innenpolitikerin Johanna Kerschbaumer sagte, unter den Abgeschobenen seien 1.340 Minderjährige gewesen.",
        True,
        [("count", 1340, None, None)],
        "Johanna Kerschbaumer",
    ),
    (
        "de",
        "„Hier werden Kinder aus Schulklassen gerissen, damit die Statistik stimmt“, sagte Kerschbaumer.",
        False,
        [],
        None,
    ),
    # --- EU-wide asylum applications in 2029 (Reuters), March 20 ---
    (
        "en",
        "VALLETTA, March 20 (Reuters) - Countries of the European Union together with Norway and Switzerland registered 812,400 requests for international protection last year, a 15% decline from 2028, the EU Agency for Asylum (EUAA) said in its yearly overview.",
        True,
        [
            ("date", "--03-20", None, None),
            ("count", 812400, None, None),
            ("percent", 15, "%", None),
            ("year", 2028, None, None),
        ],
        "the EU Agency for Asylum",
    ),
    (
        "en",
        "Just over half of all requests were lodged in Germany, Spain and Italy.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Venezuelans lodged the most applications, followed by Syrians and Afghans.",
        True,
        [],
        None,
    ),
    (
        "en",
        "At first instance, national authorities granted protection in 36% of decisions, the lowest share since 2017.",
        True,
        [("percent", 36, "%", None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 870,000 cases were still awaiting a final decision at the end of the year.",
        True,
        [("count", 870000, None, "nearly")],
        None,
    ),
    (
        "en",
        "EUAA analyst Ruta Kalnina-Berg told reporters that applications from Venezuelans, most of whom fly visa-free to Madrid, rose 28% to 94,300.",
        True,
        [("percent", 28, "%", None), ("count", 94300, None, None)],
        "Ruta Kalnina-Berg",
    ),
    (
        "en",
        "The agency's executive director said the figures were \"a reminder that asylum in Europe is a marathon, not a sprint\".",
        False,
        [],
        None,
    ),
    # --- A Swiss ruling on a Dublin transfer (Keystone-SDA), March 26 ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Eine fünfköpfige Familie aus Afghanistan darf vorerst nicht nach Kroatien überstellt werden: Das Bundesverwaltungsgericht hat ihre Wegweisung aufgehoben.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Richter befanden in dem am Dienstag publizierten Urteil, das SEM habe ungenügend geprüft, ob die Familie in Kroatien ein Obdach und ärztliche Versorgung bekomme.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der jüngste Sohn ist erst drei Jahre alt und auf eine Dialysebehandlung angewiesen.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Das SEM muss den Fall innert 30 Tagen neu prüfen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts waren Ende Februar 5'318 Beschwerden in Asylsachen hängig, die durchschnittliche Verfahrensdauer betrug 214 Tage.",
        True,
        [("count", 5318, None, None), ("duration", 214, "day", None)],
        None,
    ),
    (
        "de",
        "«Wir nehmen das Urteil zur Kenntnis und werden es sorgfältig analysieren», sagte SEM-Sprecherin Anne-Laure Rochat-Gisler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rochat-Gisler sagte, das SEM habe im vergangenen Jahr 1'412 Personen nach Kroatien überstellt.",
        True,
        [("count", 1412, None, None)],
        "Rochat-Gisler",
    ),
    # --- A shipwreck off Sfax (AP), March 29 ---
    (
        "en",
        "SFAX, Tunisia (AP) — A migrant boat sank off Tunisia early Friday, killing at least 37 people, while 19 survivors were pulled from the water, a National Guard spokesman said.",
        True,
        [("count", 37, None, "at_least"), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The iron boat, welded together in a workshop near Sfax, was carrying about 60 people, most of them from Guinea and Ivory Coast.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Among the dead were nine children, the youngest a 2-year-old girl.",
        True,
        [("count", 9, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Tunisian units stopped 21,640 people at sea during the year's first three months, National Guard figures show.",
        True,
        [("count", 21640, None, None), ("ordinal", 1, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "AP could not independently verify the survivors' accounts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "IOM spokesperson Elodie Marchetti-Fall said 412 people were dead or missing after trying to reach Italy or Malta from Libya and Tunisia since January.",
        True,
        [("count", 412, None, None)],
        "Elodie Marchetti-Fall",
    ),
    (
        "en",
        "\"Every number here was a person with a name,\" Marchetti-Fall said.",
        False,
        [],
        None,
    ),
    # --- Rejections at Germany's land borders (dpa), April 3 ---
    (
        "de",
        "Potsdam (dpa) - Die Bundespolizei hat im ersten Quartal an den deutschen Landgrenzen 11.270 Menschen zurückgewiesen, 1.980 mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 11270, None, None), ("count", 1980, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Grenzabschnitte zu Österreich und Polen entfiel mehr als jede zweite Zurückweisung.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "684 der Zurückgewiesenen hätten an der Grenze um Asyl gebeten, teilte die Bundespolizei in Potsdam mit.",
        True,
        [("count", 684, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Die Beamten stellten zudem 512 mutmaßliche Schleuser, darunter einen 43-jährigen Ukrainer, der 14 Menschen in einem Kleintransporter befördert hatte.",
        True,
        [("count", 512, None, None), ("duration", 43, "year", None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Bundespolizei-Sprecher Holger Tammeling sagte, an den Grenzen kontrollierten Tag für Tag bis zu 13.500 Einsatzkräfte.",
        True,
        [("count", 13500, None, "up_to")],
        "Holger Tammeling",
    ),
    (
        "de",
        "„Wer glaubt, eine Grenze sei nur ein Strich auf der Landkarte, irrt sich“, sagte Tammeling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei forderte, die Zahl der Bundespolizisten bis 2033 um 6.000 zu erhöhen.",
        True,
        [("year", 2033, None, None), ("count", 6000, None, None)],
        None,
    ),
    # --- Removals and returns from Britain (PA), April 10 ---
    (
        "en",
        "LONDON (PA) - A total of 9,412 people were removed from the UK between January and March, the highest for any quarter since 2016, official figures show.",
        True,
        [("count", 9412, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Voluntary returns made up about 68% of the total, with 3,012 enforced removals.",
        True,
        [("percent", 68, "%", "about"), ("count", 3012, None, None)],
        None,
    ),
    (
        "en",
        "Some 1,907 foreign national offenders were deported, up 22% on the same period last year.",
        True,
        [("count", 1907, None, "about"), ("percent", 22, "%", None)],
        None,
    ),
    (
        "en",
        "Albanians were the largest group among those returned, followed by Indians and Brazilians.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Home Office officials said 38 charter flights had taken off since January, compared with 21 over the same stretch of 2029.",
        True,
        [("count", 38, None, None), ("count", 21, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The Home Secretary said the message was simple: \"No right to stay means no stay.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "A single charter flight to Vietnam cost an estimated £412,000, according to answers to parliamentary questions.",
        True,
        [("money", 412000, "GBP", "about")],
        None,
    ),
    # --- Costs of housing asylum seekers in the Länder (dpa), April 17 ---
    (
        "de",
        "Berlin (dpa) - Unterbringung und Versorgung von Asylsuchenden haben die 16 Länder 2029 zusammen rund 14,6 Milliarden Euro gekostet, wie eine dpa-Umfrage unter den Landesregierungen ergab.",
        True,
        [
            ("count", 16, None, None),
            ("year", 2029, None, None),
            ("money", 14600000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Pro Kopf und Monat lagen die Kosten je nach Land zwischen 1.240 und 2.380 Euro.",
        True,
        [("money", 1240, "EUR", None), ("money", 2380, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bund beteiligt sich bislang mit einer Pauschale von 8.200 Euro pro Erstantragsteller und Jahr.",
        True,
        [("money", 8200, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Ministerpräsidentenkonferenz verlangt vom Bund künftig mindestens 11.000 Euro pro Kopf.",
        True,
        [("money", 11000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Landkreistag-Sprecherin Birgit Hollenstedt sagte, in 46 Landkreisen seien die Gemeinschaftsunterkünfte zu mehr als 95 Prozent belegt.",
        True,
        [("count", 46, None, None), ("percent", 95, "%", "over")],
        "Birgit Hollenstedt",
    ),
    (
        "de",
        "„Wer in Berlin über Pauschalen verhandelt, sollte vorher eine Turnhalle voller Feldbetten gesehen haben“, sagte Hollenstedt.",
        False,
        [],
        None,
    ),
    # --- Sea arrivals in Italy (Reuters), April 24 ---
    (
        "en",
        "ROME, April 24 (Reuters) - Italy recorded 13,902 migrants arriving by sea in the year's first four months, roughly a third fewer than a year earlier, Interior Ministry data showed on Wednesday.",
        True,
        [
            ("date", "--04-24", None, None),
            ("count", 13902, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "month", None),
            ("fraction", 0.3333, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Bangladeshis, Egyptians and Eritreans were the most common nationalities among the arrivals.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 1,250 of those who landed were unaccompanied minors.",
        True,
        [("count", 1250, None, "about")],
        None,
    ),
    (
        "en",
        "Italy's two processing centres in Albania held 61 men at the end of April, well below their capacity of 940.",
        True,
        [("count", 2, None, None), ("count", 61, None, None), ("count", 940, None, None)],
        None,
    ),
    (
        "en",
        "Interior Ministry spokesman Fabrizio Lanzavecchia said the government had assigned the rescue ship Aurora Sud to the port of Ravenna, about 1,600 km from the rescue area.",
        True,
        [("count", 1600, None, "about")],
        "Fabrizio Lanzavecchia",
    ),
    (
        "en",
        "\"Sending us to distant ports is a punishment, not a logistics decision,\" said a spokeswoman for the charity that operates the ship.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government accuses charity ships of acting as a pull factor for smugglers.",
        False,
        [],
        None,
    ),
    # --- Austria's Grundversorgung (APA), April 30 ---
    (
        "de",
        "Wien (APA) - Ende März haben Bund und Länder 58.240 Menschen in der Grundversorgung betreut, 31.960 von ihnen sind aus der Ukraine geflohen.",
        True,
        [("count", 58240, None, None), ("count", 31960, None, None)],
        None,
    ),
    (
        "de",
        "Das ist der niedrigste Stand seit Jänner 2022, geht aus Daten des Innenministeriums hervor.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Für organisierte Quartiere erhalten die Betreiber seit heuer einen Tagsatz von 28 Euro pro Person, für unbegleitete Minderjährige 112 Euro.",
        True,
        [("money", 28, "EUR", None), ("money", 112, "EUR", None)],
        None,
    ),
    (
        "de",
        "In den Betreuungsstellen des Bundes waren 1.142 der 4.600 Plätze belegt, das entspricht einer Auslastung von knapp 25 Prozent.",
        True,
        [("count", 1142, None, None), ("count", 4600, None, None), ("percent", 25, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Laut Innenministeriumssprecher Clemens Aichhorn-Ramsl sollen zwei Bundesquartiere in Tirol und Kärnten bis Ende Juni geschlossen werden.",
        True,
        [("count", 2, None, None)],
        "Clemens Aichhorn-Ramsl",
    ),
    (
        "de",
        "Der Gemeindebund sprach von einem „vernünftigen, aber späten Schritt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Volkshilfe warnte, mit dem Rückbau gehe „Wissen verloren, das man in der nächsten Krise schmerzlich vermissen wird“.",
        False,
        [],
        None,
    ),
    # --- A court ruling on a barracks site (PA), May 8 ---
    (
        "en",
        "LONDON (PA) - The Court of Appeal has ruled that the Home Office acted unlawfully by housing asylum seekers in a former military barracks for more than 90 days.",
        True,
        [("duration", 90, "day", "over")],
        None,
    ),
    (
        "en",
        "Three judges found that the site, which held up to 1,200 men, failed to meet the minimum standards set out in the government's own guidance.",
        True,
        [("count", 3, None, None), ("count", 1200, None, "up_to")],
        None,
    ),
    (
        "en",
        "The claimants, four men from Sudan and Eritrea, had spent between 97 and 143 days at the site.",
        True,
        [("count", 4, None, None), ("duration", 97, "day", None), ("duration", 143, "day", None)],
        None,
    ),
    (
        "en",
        "\"On the evidence, the accommodation was unsuitable for anything beyond a short stay,\" the court said.",
        True,
        [],
        "the court",
    ),
    (
        "en",
        "The Home Office said it was disappointed with the judgment and would consider its options.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Home Office now has 28 days to ask the Supreme Court for permission to appeal.",
        True,
        [("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        "Lawyers for the men called the ruling \"a line in the sand for how this country treats people\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 2,300 asylum seekers are currently housed on two former military sites, according to the Home Office.",
        True,
        [("count", 2300, None, "about"), ("count", 2, None, None)],
        None,
    ),
    # --- Refugees in work (dpa), May 14 ---
    (
        "de",
        "Nürnberg (dpa) - Von den seit 2015 nach Deutschland gekommenen Geflüchteten aus den acht wichtigsten Asylherkunftsländern waren im Februar 812.600 sozialversicherungspflichtig beschäftigt.",
        True,
        [("year", 2015, None, None), ("count", 8, None, None), ("count", 812600, None, None)],
        None,
    ),
    (
        "de",
        "Die Beschäftigungsquote dieser Gruppe stieg binnen eines Jahres um 3,4 Prozentpunkte auf 46,7 Prozent, geht aus am Dienstag veröffentlichten Zahlen der Bundesagentur für Arbeit hervor.",
        True,
        [("percent", 3.4, "pp", None), ("percent", 46.7, "%", None)],
        None,
    ),
    (
        "de",
        "Bei geflüchteten Frauen lag die Quote mit 24,9 Prozent nur etwa halb so hoch wie bei Männern.",
        True,
        [("percent", 24.9, "%", None), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr erteilten die Ausländerbehörden rund 96.000 Beschäftigungserlaubnisse an Asylbewerber und Geduldete.",
        True,
        [("count", 96000, None, "about")],
        None,
    ),
    (
        "de",
        "Asylbewerber dürfen in der Regel nach vier Monaten arbeiten, sofern sie nicht mehr in einer Erstaufnahmeeinrichtung wohnen müssen.",
        True,
        [("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "IAB-Forscherin Sevda Klinkhammer-Öztürk sagte, nach sechs Jahren in Deutschland gehen gut zwei Fünftel der Geflüchteten einer bezahlten Arbeit nach.",
        True,
        [("duration", 6, "year", None), ("fraction", 0.4, None, "over")],
        "Sevda Klinkhammer-Öztürk",
    ),
    (
        "de",
        "„Arbeit ist die beste Integration, das sehen wir jeden Tag“, sagte Klinkhammer-Öztürk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitgeberverbände kritisierten die Verfahren bei den Ausländerbehörden als „Bürokratiemonster“.",
        False,
        [],
        None,
    ),
    # --- Net migration to Britain (Reuters), May 23 ---
    (
        "en",
        "LONDON, May 23 (Reuters) - Britain's net migration dropped to an estimated 312,000 in 2029, less than half its peak three years before, the Office for National Statistics said.",
        True,
        [
            ("date", "--05-23", None, None),
            ("count", 312000, None, "about"),
            ("year", 2029, None, None),
            ("fraction", 0.5, None, "under"),
            ("duration", 3, "year", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Some 874,000 people arrived for long-term stays and 562,000 left, the statistics office estimated.",
        True,
        [("count", 874000, None, "about"), ("count", 562000, None, None)],
        None,
    ),
    (
        "en",
        "Work visas issued to health and care workers fell 41% to 38,200 after the government barred most care workers from bringing dependants.",
        True,
        [("percent", 41, "%", None), ("count", 38200, None, None)],
        None,
    ),
    (
        "en",
        "Study visas accounted for about a quarter of non-EU arrivals.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "ONS migration statistician Harriet Pennock-Ives said the estimate for 2028 had been revised up by 27,000.",
        True,
        [("year", 2028, None, None), ("count", 27000, None, None)],
        "Harriet Pennock-Ives",
    ),
    (
        "en",
        "The Prime Minister said the fall showed the government was keeping its promises.",
        False,
        [],
        None,
    ),
    # --- Swiss deportations and returns (Keystone-SDA), May 29 ---
    (
        "de",
        "Bern (Keystone-SDA) - 6'914 Personen haben die Schweiz 2029 auf dem Luftweg verlassen müssen oder sind bei der Ausreise begleitet worden, wie das SEM mitteilte.",
        True,
        [("count", 6914, None, None), ("year", 2029, None, None)],
        "das SEM",
    ),
    (
        "de",
        "Rund 2'140 von ihnen flogen ohne Begleitung aus, 1'480 gingen als Dublin-Fälle an andere Vertragsstaaten.",
        True,
        [("count", 2140, None, "about"), ("count", 1480, None, None)],
        None,
    ),
    (
        "de",
        "Für 214 Personen organisierte der Bund einen Sonderflug, die Kosten pro Person beliefen sich im Schnitt auf 11'600 Franken.",
        True,
        [("count", 214, None, None), ("money", 11600, "CHF", None)],
        None,
    ),
    (
        "de",
        "Wer freiwillig zurückkehrt, erhält eine Rückkehrhilfe von bis zu 1'500 Franken pro Person sowie Unterstützung für ein Projekt im Herkunftsland.",
        True,
        [("money", 1500, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Die Vollzugsquote bei Dublin-Fällen lag bei 61 Prozent.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "«Der Vollzug ist die Nagelprobe für die Glaubwürdigkeit des Asylsystems», sagte der Vorsteher des Justiz- und Polizeidepartements.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Menschenrechtsorganisationen kritisierten Ausschaffungen von Familien mit kleinen Kindern als «unverhältnismässig».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Nationale Kommission zur Verhütung von Folter zählte im vergangenen Jahr 38 Sonderflüge, bei denen Fesselungen angeordnet wurden.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    # --- Deaths off Lesbos (AP), June 4 ---
    (
        "en",
        "MYTILENE, Greece (AP) — Greek coast guard vessels rescued 46 people from a sinking rubber dinghy north of Lesbos on Tuesday and recovered the bodies of three others, officials said.",
        True,
        [("count", 46, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A 31-year-old Afghan woman and her 5-month-old son were among the dead.",
        True,
        [("duration", 31, "year", None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "The dinghy had set off from the Turkish coast about 10 kilometers (6 miles) away.",
        True,
        [("count", 10, None, "about"), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "UNHCR data put arrivals on the eastern Aegean islands at 7,340 for January through May, against 5,160 in the same months of 2029.",
        True,
        [("count", 7340, None, None), ("count", 5160, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The camp on Lesbos, built for 3,000 people, held 3,870 on Monday, the ministry said.",
        True,
        [("count", 3000, None, None), ("count", 3870, None, None)],
        None,
    ),
    (
        "en",
        "Greece's migration minister said his country would \"not be Europe's waiting room\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "In Mytilene's harbor, relatives waited behind a police cordon for news.",
        False,
        [],
        None,
    ),
    # --- The Bamf's five months and the asylum courts (dpa), June 5 ---
    (
        "de",
        "Nürnberg (dpa) - Von Januar bis Mai hat das Bamf 38.740 Asylerstanträge registriert, knapp 16 Prozent weniger als in den ersten fünf Monaten 2029.",
        True,
        [
            ("count", 38740, None, None),
            ("percent", 16, "%", "nearly"),
            ("ordinal", 1, None, None),
            ("duration", 5, "month", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "de",
        "Allein im Mai waren es 7.118 Erstanträge.",
        True,
        [("count", 7118, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Verwaltungsgerichten waren Ende April 118.600 Asylklagen anhängig, im Schnitt dauerte ein Verfahren 19,3 Monate.",
        True,
        [("count", 118600, None, None), ("duration", 19.3, "month", None)],
        None,
    ),
    (
        "de",
        "In gut jedem vierten Fall hoben die Gerichte den Bescheid des Bamf ganz oder teilweise auf.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Wendeborn sagte, das Amt habe 380 zusätzliche Entscheiderinnen und Entscheider eingestellt, um Verfahren binnen sechs Monaten abzuschließen.",
        True,
        [("count", 380, None, None), ("duration", 6, "month", None)],
        "Wendeborn",
    ),
    (
        "de",
        "„Schnelle Verfahren sind faire Verfahren“, sagte Wendeborn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Republikanische Anwältinnen- und Anwälteverein nannte viele Bescheide „Fließbandarbeit ohne Blick auf den Einzelfall“.",
        False,
        [],
        None,
    ),
    # --- Family reunification visas in Germany (Reuters), June 6 ---
    (
        "en",
        "BERLIN, June 6 (Reuters) - German missions abroad granted 4,208 visas between January and May to family members of people holding subsidiary protection, according to the Foreign Office.",
        True,
        [("date", "--06-06", None, None), ("count", 4208, None, None)],
        None,
    ),
    (
        "en",
        "The number is capped at 800 a month under rules that took effect in January, after a suspension of more than two years.",
        True,
        [("count", 800, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "About 61,000 applications were pending at German embassies and consulates, most of them in Beirut, Istanbul and Amman.",
        True,
        [("count", 61000, None, "about")],
        None,
    ),
    (
        "en",
        "The interior minister said Germany had to \"weigh humanity against the limits of what towns can manage\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "UNHCR spokeswoman Leyla Demirkan-Voss told reporters in Geneva that families of refugees in Germany waited an average of 21 months for a visa appointment.",
        True,
        [("duration", 21, "month", None)],
        "Leyla Demirkan-Voss",
    ),
    (
        "en",
        "\"Keeping families apart for years is not a migration policy, it is a punishment,\" Demirkan-Voss said.",
        False,
        [],
        None,
    ),
    # --- An Austrian ruling on family reunification (APA), June 12 ---
    (
        "de",
        "Wien (APA) - Der Verfassungsgerichtshof hat eine Bestimmung im Asylgesetz aufgehoben, wonach Asylberechtigte erst nach drei Jahren einen Antrag auf Familiennachzug stellen dürfen.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Die Wartefrist verstoße gegen das Recht auf Familienleben nach Artikel 8 der Europäischen Menschenrechtskonvention, befanden die Höchstrichter.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber hat bis 31. Mai 2031 Zeit für eine Neuregelung.",
        True,
        [("date", "2031-05-31", None, None)],
        None,
    ),
    (
        "de",
        "Beim Bundesverwaltungsgericht waren Ende Mai 14.380 Beschwerdeverfahren in Asylsachen offen, um 2.900 weniger als ein Jahr zuvor.",
        True,
        [("count", 14380, None, None), ("count", 2900, None, None)],
        None,
    ),
    (
        "de",
        "Gerichtssprecher Florian Mairhofer-Lenz sagte, die durchschnittliche Verfahrensdauer sei auf 7,8 Monate gesunken.",
        True,
        [("duration", 7.8, "month", None)],
        "Florian Mairhofer-Lenz",
    ),
    (
        "de",
        "Die Regierung kündigte an, das Erkenntnis „genau zu prüfen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Diakonie sprach von einem „guten Tag für den Rechtsstaat“.",
        False,
        [],
        None,
    ),
    # --- The busiest Channel day of the year (PA), June 14 ---
    (
        "en",
        "DOVER (PA) - More than 1,400 migrants reached Kent in small boats on Thursday, a daily high for the year so far, according to the Home Office.",
        True,
        [("count", 1400, None, "over")],
        None,
    ),
    (
        "en",
        "That brings this year's tally to 16,982, about 9% above the figure at this stage of 2029.",
        True,
        [("count", 16982, None, None), ("percent", 9, "%", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The people travelled in 24 boats, an average of 59 per boat.",
        True,
        [("count", 24, None, None), ("count", 59, None, None)],
        None,
    ),
    (
        "en",
        "French authorities said their officers had stopped two dozen launches from beaches between Dunkirk and Boulogne.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Border Security Command director of operations Gareth Llewellyn-Shaw said 14 smuggling gang leaders had been arrested since April.",
        True,
        [("count", 14, None, None)],
        "Gareth Llewellyn-Shaw",
    ),
    (
        "en",
        "\"Every boat that leaves is a boat that should never have been allowed near the water,\" the Home Secretary said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Charity workers in Calais said they expected the calm weather to bring more crossings in the coming days.",
        False,
        [],
        None,
    ),
    # --- The UNHCR's annual report in Berlin (dpa), June 18 ---
    (
        "de",
        "Berlin (dpa) - Weltweit waren Ende vergangenen Jahres nach UN-Angaben 131,4 Millionen Menschen auf der Flucht, so viele wie nie zuvor.",
        True,
        [("count", 131400000, None, None)],
        None,
    ),
    (
        "de",
        "Diese Zahl nennt der Jahresbericht des UN-Flüchtlingshilfswerks UNHCR, den die Organisation am Dienstag in Berlin präsentierte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der Geflüchteten leben demnach in Ländern mit niedrigem oder mittlerem Einkommen.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Etwa 38 Prozent aller Vertriebenen sind Kinder unter 18 Jahren.",
        True,
        [("percent", 38, "%", "about"), ("duration", 18, "year", "under")],
        None,
    ),
    (
        "de",
        "Deutschland nahm nach der Türkei, Iran und Kolumbien die viertmeisten Flüchtlinge auf, rund 2,3 Millionen, sagte UNHCR-Sprecher Malte Brodersen-Amadi.",
        True,
        [("ordinal", 4, None, None), ("count", 2300000, None, "about")],
        "Malte Brodersen-Amadi",
    ),
    (
        "de",
        "„Niemand verlässt sein Zuhause freiwillig, solange es dort noch Hoffnung gibt“, sagte Brodersen-Amadi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hilfsorganisationen appellierten an die reichen Staaten, „ihrer Verantwortung endlich gerecht zu werden“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hatte die Mittel für humanitäre Hilfe im Haushalt 2030 um 310 Millionen auf 1,9 Milliarden Euro gekürzt.",
        True,
        [
            ("year", 2030, None, None),
            ("money", 310000000, "EUR", None),
            ("money", 1900000000, "EUR", None),
        ],
        None,
    ),
    # --- UNHCR's Global Trends (Reuters), June 18 ---
    (
        "en",
        "GENEVA, June 18 (Reuters) - The number of people forced to flee war, persecution and violence rose for the 14th year in a row to a record 131.4 million by the end of 2029, UNHCR said on Tuesday.",
        True,
        [
            ("date", "--06-18", None, None),
            ("ordinal", 14, None, None),
            ("count", 131400000, None, None),
            ("year", 2029, None, None),
        ],
        "UNHCR",
    ),
    (
        "en",
        "With 15.8 million people driven from their homes, Sudan was again the world's biggest displacement crisis.",
        True,
        [("count", 15800000, None, None)],
        None,
    ),
    (
        "en",
        "Around 7.9 million refugees and internally displaced people returned home last year, among them about 1.6 million Syrians.",
        True,
        [("count", 7900000, None, "about"), ("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        "The agency said its funding for 2030 covered just 41% of needs, forcing it to cut 2,800 jobs.",
        True,
        [("year", 2030, None, None), ("percent", 41, "%", None), ("count", 2800, None, None)],
        None,
    ),
    (
        "en",
        "The U.N. High Commissioner for Refugees said the world was \"failing the people who have already lost everything\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "He urged governments to find political solutions to the conflicts driving people from their homes.",
        False,
        [],
        None,
    ),
    # --- Refugees in work in Switzerland (Keystone-SDA), June 21 ---
    (
        "de",
        "Bern (Keystone-SDA) - Sieben Jahre nach ihrer Einreise sind 61 Prozent der anerkannten Flüchtlinge und vorläufig Aufgenommenen in der Schweiz erwerbstätig.",
        True,
        [("duration", 7, "year", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Zu diesem Schluss kommt ein Bericht des SEM, der am Freitag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für jede anerkannte oder vorläufig aufgenommene Person überweist der Bund dem Kanton einmalig 19'500 Franken als Integrationspauschale.",
        True,
        [("money", 19500, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bei Frauen liegt die Erwerbsquote nach sieben Jahren mit 42 Prozent deutlich tiefer als bei Männern mit 73 Prozent.",
        True,
        [("duration", 7, "year", None), ("percent", 42, "%", None), ("percent", 73, "%", None)],
        None,
    ),
    (
        "de",
        "Laut SEM-Sprecherin Anne-Laure Rochat-Gisler haben im vergangenen Jahr 3'860 Flüchtlinge eine Lehre begonnen.",
        True,
        [("count", 3860, None, None)],
        "Anne-Laure Rochat-Gisler",
    ),
    (
        "de",
        "«Die Integrationsagenda zeigt Wirkung, aber wir sind noch nicht am Ziel», sagte Rochat-Gisler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SVP sprach von «teurer Symbolpolitik auf Kosten der Steuerzahler».",
        False,
        [],
        None,
    ),
    # --- Migrant children on the Canary Islands (AP), June 27 ---
    (
        "en",
        "MADRID (AP) — Spain's Supreme Court on Thursday ordered the central government to take charge of 1,340 migrant children who have been living in overcrowded centers in the Canary Islands.",
        True,
        [("count", 1340, None, None)],
        None,
    ),
    (
        "en",
        "The court gave the government 15 days to present a plan and 3 months to complete the transfers.",
        True,
        [("duration", 15, "day", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The Canary Islands currently care for 4,480 unaccompanied minors, more than twice the capacity of their reception network.",
        True,
        [("count", 4480, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Youth and Children Ministry spokeswoman Lucía Herrán-Ibarra said the transfers would begin in July and cost the state about 100 million euros.",
        True,
        [("money", 100000000, "EUR", "about")],
        "Lucía Herrán-Ibarra",
    ),
    (
        "en",
        "The islands' regional president called the ruling \"justice for children who were treated as a problem instead of as children\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Spain's conservative opposition accused the government of dumping the problem on other regions.",
        False,
        [],
        None,
    ),
    (
        "en",
        "As of June 15, 19,870 migrants had landed on the islands this year, roughly 12% below last year's pace, Interior Ministry data showed.",
        True,
        [
            ("date", "--06-15", None, None),
            ("count", 19870, None, None),
            ("percent", 12, "%", "about"),
        ],
        None,
    ),
]
