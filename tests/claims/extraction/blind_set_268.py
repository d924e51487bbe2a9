"""Two-hundred-and-sixty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, films and figures are made
up (Hildegard Pammer, Beat Zollinger, Birgit Kranebitter, Reinhold Aigner, Thomas Reischl,
Traunwerk, Karin Bättig, Marc-André Ruedin, Solvaris, Elisabeth Baumberger, Lukas Imboden,
Eirik Skjelbred, Florian Gschwendtner, Annina Caduff, Seraina Cathomen, «Die stille Grenze»,
«Zimmer frei in Zermatt», Gerlinde Maresch, Roland Gasser, Tobias Wiesinger, Branko Vukelić,
the initiative «Bezahlbare Prämien für alle»; Harriet Oakes, Pellbridge Advisers, Lena
Vorhees, Alder Crest Bank, Tomas Varga, Dmitri Orlovsky, Kalahari Reef Platinum, Sipho
Mahlangu, Anneli Kask, "Les Heures Blanches", Camille Verdier, Deborah Keel, Alistair
Penhaligon, Margaret Ellery, Calvin Brandt, Arvind Tiwari, Gabriel Moraes, Hannah Okafor,
Linda Marchetti; every unnamed minister, judge, prosecutor, investigator, economist,
analyst, official, spokesperson, rescuer, survivor and vox-pop voice); ministers, governors,
heads of agencies and firms and office holders of real governments and bodies appear under
made-up names that stand for no real holder, or by their role only ("die vorsitzende
Richterin", "der Einsatzleiter", "ein Sprecher der Bergrettung", "Hungary's foreign
minister", "the club's head coach", "a district official"). Real states, bodies, events,
places and things (Nationalrat, Bundesrat, FPÖ, ÖVP, SPÖ, NEOS, Grüne, GeoSphere Austria,
Seibersdorf, Rax, Wiener Linien, Berufsrettung Wien, Caritas, Dornbirn, Autobahn A1,
Oftringen, Kantonspolizei Aargau, Bundesamt für Zoll und Grenzsicherheit, BAZG, Swissmem,
Statistik Austria, Österreichische Hoteliervereinigung, Linz, Steyr, PRO-GE, SBB, Pro Bahn,
Market-Institut, „Standard“, SRG, GFS Bern, MedUni Wien, Bundesgericht,
Wettbewerbskommission, Weko, Bundeskriminalamt, Kitzbühel, Streif, WSL-Institut für Schnee-
und Lawinenforschung SLF, Straflandesgericht Graz, Pongau, Landespolizeidirektion Salzburg,
Bergrettung, Weltwirtschaftsforum, WEF, Kanton Graubünden, Solothurner Filmtage, Prix de
Soleure, Wiener Opernball, Staatsoper, ORF, Swiss Olympic, Mailand, Cortina d'Ampezzo,
Klagenfurt, Villach, ÖHB, Herning; the Bank of Korea, Uttar Pradesh, Cebu, HCOB, the
European Central Bank, the Office for National Statistics, the Australian Open, Melbourne
Park, Rod Laver Arena, Tennis Australia, the National Union of Mineworkers, the European
Union, the César awards, the Académie, the Olympia, the CNC, Snaresbrook Crown Court, the
Metropolitan Police, the Senate, the Labor Department, Aston Villa, Benfica, Chelsea, the
Premier League, Central Park, the National Weather Service, and the datelines' cities) stand
for the way wire copy names them; every vote, rate, price, sum, tally, toll, score, time,
age, date and quote here is invented, and where a real figure came to mind it was changed
(the opening day and length of the Winter Games kept).

Its weight: A MIXED WIRE DAY, fifth round (the hundred-forty-ninth, hundred-sixty-eighth,
two-hundred-first and two-hundred-twenty-seventh batches were the first four, with the
twenty-fourth's ordinary mixed day before them, and their decisions are kept) - one Friday
in late January (January 23), 38 short stories in story order as a desk receives them from
the night's session of the Nationalrat to the evening snowstorm, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, a quote, a reaction).
About 65 % German from the Austrian and Swiss desks (APA and Keystone-SDA; Austrian "in der
Nacht auf Freitag", "Jänner", "heuer", "Spitälern", "in der Früh", "Seehöhe", "Zuseherinnen
und Zuseher", "Schöffensenat", "Privatbeteiligten", "Nichtigkeitsbeschwerde und Berufung",
"Trauerschmerzengeld", "Bedenkzeit", „“ quotes; Swiss "ss" - "gemäss", "bloss", "heisst" -,
"während rund fünf Stunden", "selektioniert", "Lastwagenchauffeur", "Busse", "Entscheid",
"pro Titel", apostrophe grouping "2'900", "1'412", "66'000", "480'000", the decimal point in
"3.40 Franken" and "112.45 Franken", «» quotes): the nursing-care package, the cold snap, a
flat fire in Dornbirn, a pile-up on the A1, Swiss exports, overnight stays, job cuts at a
steel firm, the SBB's year, a pharma group's results, a poll, a Swiss initiative's first
trend poll, the flu wave, a cartel fine upheld in Lausanne, a drug ring, the Super-G in
Kitzbühel, the SLF's avalanche report, a fraud verdict in Graz, an avalanche in the Pongau,
the close of the WEF, the Solothurn film days, the Opernball, Swiss Olympic's selection, a
murder verdict in Klagenfurt and the handball Euro. About 35 % English international copy
(Reuters, AP, AFP, PA, AAP): South Korea's growth, a temple-fair crush, a ferry fire, the
euro zone flash PMI, British retail sales, an Australian Open semi-final, a mine rockfall,
an EU sanctions package, the César nominations, a care-home theft sentence, a confirmation
vote, a record signing, a sleep study and a winter storm. Figures as such copy has them:
number words and compounds ("nach einer gut zwölfstündigen Sitzung", "Elf weitere Bewohner",
"Neun Personen", "im 20-jährigen Durchschnitt", "Warnstufe drei der fünfteiligen Skala",
"the awards' 51-year history", "The 28-year-old vessel"), ordinals ("im dritten Stock", "im
vierten Quartal", "zum 31. Mal in Folge", "auf Platz eins", "Ein dritter Skitourengeher",
"der vierte tödliche Lawinenunfall", "als Vierter", "Das 56. Jahrestreffen", "an den 61.
Solothurner Filmtagen", "um Platz sieben", "a 21st package", "fourth seed",
"fourth-placed"), shares ("knapp ein Fünftel", "Mehr als die Hälfte", "Knapp drei Viertel",
"Fast drei Viertel", "ein Plus von einem Viertel", "About one in three"), tallies ("104
Abgeordnete, 71 ...", "mit drei zu zwei Stimmen", "voted 53-46"), poll shares and points,
temperatures, race times and margins, measures, money in euros, francs, dollars, pounds,
rupees and Australian dollars, ages, sentences and spans, years, dates with and without a
year and hedges. Negatives as such copy has them: ministers', executives', athletes',
coaches', scientists' and officials' quotes of resolve, pride, feeling and verdict, labels
from parties, unions, a lobby, a lawyer, critics, a judge and a senator, complaints,
accusations that name no act, appeals, a doubt, a fear, a verdict with „halten ... für“,
analysts' and dealers' views, forecasts without a figure, open questions, scene colour and
vox pops - four of them carrying figures, labelled.

239 rows (155 German, 84 English), 58 negatives (36 German, 22 English), 181 check-worthy
rows of which 18 carry no figure (15 German, 3 English), 301 expected quantities (105
counts, 56 durations - 25 in years, 10 in hours, 6 in months, 5 in minutes, 5 in days, 3 in
seconds, 2 in weeks -, 36 amounts of money - 14 CHF, 13 EUR, 4 USD, 3 GBP, 1 INR, 1 AUD -,
35 percentages - 33 in %, 2 in pp -, 25 ordinals, 21 years, 17 dates, 6 fractions; 4 of them
in 4 negatives, as the seventeenth batch labels a figure in a negative), 37 checked speakers
(25 German, 12 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, resolve, pride, appeal or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixty-eighth, two-hundred-first, two-hundred-twenty-seventh); a reported statement
  of fact, figure, step, plan, rule or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-forty-ninth, hundred-sixty-eighth). Pairs from one speaker: Pammer's
  160 euros and her 1.2 million vaccinations beside „Mit diesem Paket lassen wir niemanden
  allein“ and her appeal; Zollinger's 7 percent beside «von der Substanz»; Aigner's 14
  percent beside his „jeden anderen Weg geprüft“; Ruedin's guidance beside «stärker aus
  diesem Jahr herausgekommen»; Baumberger's 6.5 billion francs beside her «bloss auf die
  Steuerzahlenden» (a reported evaluation with a named speaker and an office stays a
  negative, two-hundred-forty-fourth); Caduff's finding beside «mehr Verantwortung»;
  Maresch's 30 hours beside „Visitenkarte“; Gasser's 15 medals beside «um zu gewinnen»;
  Varga's final beside "this tired and this happy"; Okafor's finding beside "the most
  underrated medicine"; Marchetti's emergency beside her plea. Rhetoric with a figure is
  labelled (seventeenth, hundred-sixty-eighth, two-hundred-twenty-seventh): „auch nach 25
  Jahren bei der Feuerwehr“ 25 years, „50 Minuten lang Weltklasse“ 50 minutes
  (hundred-sixty-eighth: "the last 20 minutes"), "three families are grieving" 3, and the
  verdict „Politologen halten eine vorgezogene Neuwahl vor 2029 ... für unwahrscheinlich“
  with 2029 (two-hundred-fourth, two-hundred-forty-fourth: verdicts with „halten ... für“).
- Check-worthy without a figure (hundred-sixty-eighth, two-hundred-first,
  two-hundred-twenty-seventh): a record with a point of reference („der tiefste Wert dieses
  Winters an einer bewohnten Messstation“, as „der bisher höchste Wert des Jahres“), a fire
  brigade's vague estimate („mehrere Hunderttausend Euro“, hundred-thirty-seventh), a stated
  cause („nach ersten Erkenntnissen Eisglätte“ - „Nach ersten Erkenntnissen“ carries no
  quantity, thirty-second - and Bättig's building sites, as a chief executive's reason in
  the hundred-forty-ninth), the dead named by group ("Most of the dead were women and
  children"), sites named in a job cut, a final ruling („Gegen den Entscheid ist kein
  Rechtsmittel mehr möglich.“, as „Der Entscheid ist endgültig.“ in the two-hundred-first),
  a race won, a report's publication („Das geht aus dem Winterbericht ... hervor“,
  two-hundred-forty-fourth), a partial confession, „Das Urteil ist nicht rechtskräftig, ...“
  with the appeals filed, a guilty plea, a prize awarded, a jury's unanimous verdict, a
  court expert's finding („Laut Gerichtsgutachten“), a semi-final missed and a match lost
  („mit 29:31“ a score and none, hundred-fifty-third), and a lead author's adjusted finding
  (hundred-sixty-eighth, two-hundred-forty-fourth: Delorme's finding).
- Forecasts, plans, pledges and schedules (seventh, hundred-forty-ninth,
  hundred-sixty-eighth, two-hundred-twenty-seventh): with a figure or a date they are
  check-worthy (the Länderkammer's sitting „am 5. Februar“, the Bank of Korea's 1.9%, the
  organiser's 45,000 spectators, the SBB's 2.5 billion francs a year to 2030, Mahlangu's two
  weeks, Kask's 22 banks, Maresch's 30 hours, Gasser's goal of at least 15 medals, the WEF's
  and the Games' dates, the César ceremony on Feb. 27, Ellery's pledge for "her first
  year"); Ruedin's guidance „im mittleren einstelligen Prozentbereich“ is a check-worthy
  fact whose vague range carries no quantity (twenty-third: „im hohen einstelligen
  Prozentbereich“), only its year 2026. Without a figure they are negatives („Die
  Meteorologen erwarten erst ab Mittwoch wieder Plusgrade ...“, „Experten rechnen damit,
  dass die Welle Mitte Februar ...“, "Most economists expect ...", "More snow is forecast
  for Sunday night."; forty-seventh, two-hundred-twenty-seventh). A rule with a figure is
  check-worthy and its threshold keeps its hedge: „Die Initiative verlangt, dass kein
  Haushalt mehr als 8 Prozent ...“ 8 "over" (hundred-forty-ninth: „Wer mehr als 2.600 Euro
  ...“), „Als pünktlich gilt ... mit weniger als drei Minuten Verspätung“ 3 minutes "under"
  (twenty-third, forty-eighth); so is the Weko's charge with its tenders
  (hundred-forty-ninth: a reproach that states a checkable record).
- Other negatives (hundred-forty-ninth, hundred-sixty-eighth, two-hundred-first,
  two-hundred-twenty-seventh): labels („sprach von einem „Pflaster ...““, „„Aderlass ...““,
  «Fehlurteil ...», „nannte die Zahlen «ein Warnsignal ...»“, „nannten den Ball ... ein
  „Schaulaufen ...““, „bezeichneten das Treffen als «Klassentreffen ...»“, "called the
  measures", "called her", a judge's "a callous disregard"), complaints („Die
  Österreichische Hoteliervereinigung klagte, ...“, "Critics complained that ...";
  hundred-sixty-eighth), accusations that name no act ("accused the company of putting
  production ahead of safety", "blamed the state government for poor crowd control";
  hundred-sixty-eighth, two-hundred-forty-fourth), appeals and advice („Die Caritas rief
  dazu auf, ...“, „appellierte Pammer“, Marchetti's plea, „jeder Hang ein Risiko“ from the
  mountain rescue; hundred-forty-ninth, two-hundred-fourth), a doubt („bezweifeln“), a fear
  („befürchten“; two-hundred-forty-fourth), an analysts' view and a dealers' explanation
  ("Analysts said the forecast looked optimistic ...", „Händler verwiesen auf ...“;
  hundred-forty-ninth), an economists' view („hängt laut Ökonomen vor allem vom Frankenkurs
  ab“ in an open question), "Investors will watch ..." (hundred-forty-ninth), open questions
  („Ob ...“ three times, "Whether Slovakia ...", "It was unclear whether ...";
  two-hundred-first: "The cause ... was not immediately clear."), a jury's citation in
  quotes (hundred-sixty-eighth: "Judges praised ..."), a feeling posted online and vox pops
  and scene colour ("a survivor told reporters", «Auf einmal rutschte mir das Heck weg», "A
  victim's daughter said ...", «sagte ein langjähriger Teilnehmer»).
- Counts (every batch): tallies („Für das Gesetz stimmten 104 Abgeordnete, 71 votierten
  dagegen.“, "voted 53-46" - two-hundred-twenty-seventh: "voted 64-34" -, „mit drei zu zwei
  Stimmen“ 3 and 2 - the number words of a tally as „mit 131 zu 58 Stimmen“,
  two-hundred-twenty-seventh), definite groups ("Two Republicans joined 44 Democrats", „Neun
  Personen ..., zwei davon schwer“, „212 Betten ..., 19 davon“ - „davon“ no hedge -, "eight
  of the 10 break points", "14 goals in 27 appearances"), „Elf weitere Bewohner“ and
  „weitere 38 Athletinnen und Athleten“ („weitere“ no hedge), „40 zusätzliche Busse“
  („zusätzlich“ no hedge), „zwei Notarzthubschrauber und 35 Bergretter“ (thirty-second: „ein
  Notarzthubschrauber“ none, an article), „Warnstufe drei der fünfteiligen Skala“ 3 and 5
  (nineteenth, two-hundred-first), "about twice the number" 2 "about" (twenty-fourth: „etwa
  doppelt so viele“), index points („51.6 from 50.9“, "49.8", "51.0";
  two-hundred-twenty-seventh), temperatures and measures („minus 21,4 Grad“ -21.4 - „minus“
  a sign, eighty-eighth -, „bis zu 110 Kilometern pro Stunde“ "up_to", „in etwa 2.100 Metern
  Seehöhe“ "about" - „in etwa“ as „etwa“ -, „rund 400 Meter“, „auf über 12 Kilometern“
  "over" - two-hundred-twenty-seventh: „auf über zwölf Kilometer“ -, „38 Kilogramm ..., 120
  Kilogramm“, "36 degrees Celsius", "about 1,200 metres", "Up to 18 inches" "up_to", "11.2
  inches"; fourth), "A record 1,062,000 fans" with no hedge ("a record", twenty-third), „Im
  Schnitt 1,41 Millionen Fahrgäste pro Tag“ ("Im Schnitt" no hedge, "pro Tag" none),
  audiences („im Schnitt 1,1 Millionen Zuseherinnen und Zuseher“; forty-fifth), „14,2
  Millionen Nächtigungen“, „27,8 Millionen“, „1'412 Unfälle“ (Swiss apostrophe, tenth),
  „rund 2'900 Personen aus 130 Ländern, darunter 64 Staats- und Regierungschefs“ („Staats-
  und Regierungschefs“ none), „bis zu 5'000 Armeeangehörige“ "up_to", „rund 66'000
  Eintritte“, „144 Paare aus 1.130 Bewerbungen“, „aus fünf Ländern“, "243 people", "at least
  nine" "at_least", "221 passengers and crew ... 13 people", "117 vessels", "about 680", "19
  aces", "two points behind" 2. None: scores („mit 29:31“, "7-6 (7-4) 6-3 3-6 6-4";
  hundred-fifty-third), "A1" and "AG" (two-hundred-first: "A7"; hundred-forty-ninth:
  "Zermatt VS"), "type 2 diabetes" (a disease's name, twenty-third: "Typ-2-Diabetes"), "the
  October-December quarter" (a name, twentieth), „so viele wie nie zuvor“ and „so viele wie
  noch nie“ (a record without a figure), „etwa verdoppelt“ (a verb;
  two-hundred-forty-fourth: „mehr als halbiert“), „alle Logen“, „Den beiden Kindern“
  (eighty-first: "beiden"), „mehrere Hunderttausend Euro“ and clock times ("by 3 p.m.").
- Ordinals (the issue; every batch): „im dritten Stock“ 3 (two-hundred-first), „im vierten
  Quartal“ 4, „zum 31. Mal in Folge“ 31 (hundred-forty-ninth: „zum 29. Mal in Folge“), „klar
  auf Platz eins“ 1 (twenty-fifth), „die erste SRG-Trendumfrage“ 1 (hundred-sixty-eighth:
  „In der zweiten SRG-Umfrage“), „Ein dritter Skitourengeher“ 3 (twenty-seventh: „Ein
  dritter Tourengeher“), „der vierte tödliche Lawinenunfall“ 4, „als Vierter“ 4 and „als
  Vierter seiner Gruppe“ 4 (eighteenth: „als Erster“), „der dritte Weltcupsieg und der erste
  in Kitzbühel“ 3 and 1 (two-hundred-forty-fourth: "third World Cup win and her first"),
  „Das 56. Jahrestreffen“ 56, „an den 61. Solothurner Filmtagen“ 61 (hundred-sixty-eighth:
  "in der vierten Auflage"), „um Platz sieben“ and „mit Rang sieben“ 7 (two-hundred-first:
  „auf Rang zwei“), "his first Australian Open final" 1, "fourth seed" 4, "the second set"
  2, "over the first 12 days" 1 with 12 days (two-hundred-forty-fourth: "in the first four
  days"), "a 21st package" 21, "the second deadly stampede" 2, "only the third woman" 3
  ("only" no hedge), "in her first year" 1 (hundred-forty-ninth: "in its first year"),
  "fifth in the Premier League" 5 and "fourth-placed Chelsea" 4 (twenty-second:
  "Third-placed" 3). None: "the biggest drop", "its highest since", "the steepest drop",
  „der tiefste Wert“, „Bester Österreicher“, „Bester Werfer“, „die bisher beste
  EM-Platzierung“ (superlatives without a number word, twenty-fourth).
- Fractions and percentages (the issue; every batch): „knapp ein Fünftel davon“ 0.2
  "nearly", „Mehr als die Hälfte davon“ 0.5 "over", „Knapp drei Viertel“ and „Fast drei
  Viertel“ 0.75 "nearly", "About one in three" 0.3333 "about" (two-hundred-twenty-seventh:
  "roughly one in four"). New: „ein Plus von einem Viertel“ is fraction 0.25 - the dative
  article before the fraction word reads as "ein" does (the issue's "ein Fünftel";
  twenty-fourth: „um ein Viertel mehr“), as „ein Plus von einem halben Prozentpunkt“ reads
  its half (twenty-second). Percentages as written: „3,2 Prozent mehr als im Vorjahr“ and „6
  Prozent weniger als 2024“ with no hedge (the comparison after the figure, hundred-first),
  „um 11,6 Prozent auf“, „um 4,1 Prozent mehr“ („um“ before a difference no hedge), „mit
  jeweils mehr als 12 Prozent“ "over", „im Schnitt zu 61 Prozent“ (no hedge), „um 7
  Prozent“, „um 14 Prozent“, „auf 92,6 Prozent, nach 93,2 Prozent“ both, „um 9 Prozent“, „um
  6 Prozent“, „um 2,7 Prozent“, „54 Prozent“, „42 Prozent ..., 4 Prozent“, poll shares with
  the unit written once („bei 34 Prozent, ... die ÖVP mit 22 und die SPÖ mit 18 Prozent“;
  seventy-sixth, two-hundred-first), „verlieren einen Punkt“ 1 pp (twenty-seventh,
  two-hundred-first), „die statistische Schwankungsbreite liegt bei 3,2 Prozentpunkten“ 3.2
  pp with no hedge (the adjective stands before the noun, twenty-third), "1.3%", "0.4%",
  "8.9%", "1.9%", "0.8%", "0.3%", "1.1%", "28.4%, up from 27.9%", "0.2%", "28% more likely"
  ("more likely" after the figure no hedge, hundred-sixty-eighth: "21% less likely").
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch):
  „nach einer gut zwölfstündigen Sitzung“ 12 hours "over" (two-hundred-twenty-seventh: „gut
  siebenstündigen“), „während rund fünf Stunden“ 5 hours "about" (fortieth: „während rund
  zweieinhalb Stunden“; Swiss „während“ no hedge), „nach rund 40 Minuten“ "about", „in
  1:13,48 Minuten“ 1 minute and 13.48 seconds (thirty-fifth), „mit 0,21 Sekunden Vorsprung“
  and „0,38 Sekunden zurück“ seconds, „zu sechs Jahren Haft“, „drei Tage Bedenkzeit“ 3 days
  (thirty-ninth), „vier Jahre lang“ 4 years (two-hundred-forty-fourth: „acht Wochen lang“),
  „wie vor vier Jahren“ 4 years, „in acht Tagen“ 8 days (hundred-forty-ninth: „in 38
  Tagen“), „An den fünf Tagen“ 5 days (two-hundred-first: "over the two days"), „dauern 17
  Tage“, „Rund sechs Wochen vor der Abstimmung“ 6 weeks "about" (two-hundred-twenty-seventh:
  „Fünf Wochen vor der Premiere“), „rund 30 Stunden“, „im 20-jährigen Durchschnitt“ 20 years
  (two-hundred-forty-fourth: "The 10-year average"), "in five years" and "in eight months"
  and "in 10 months" and "in five months" (twenty-eighth: "its highest in nine years"), "the
  previous three months" (ninety-first), "for nearly three months" "nearly", "for six
  years", "for more than 30 hours" "over", "for at least two weeks" "at_least", "in three
  hours and 41 minutes" two durations (fifteenth), "over the first 12 days" 12 days, "five
  years and four months in prison" two durations, "over three years" with no hedge ("over"
  before a span), "about two hours after" "about", "the awards' 51-year history" 51 years
  (thirty-fourth: "its 162-year history"), "fewer than six hours a night" 6 hours "under"
  and "less than seven hours" "under" ("a night" none), "seven to eight hours" 7 and 8 hours
  (the unit written once serves both figures of a range, twenty-fourth: „in 40 bis 45
  Jahren“; "to" no hedge). Ages are durations in years (sixty-third): „eine 83-jährige
  Frau“, „ein 29-jähriger Münchner“, „Der 27-Jährige“, „einen 47-jährigen Anlageberater“,
  „einen 36-Jährigen“, „der 31-Jährigen“, „im Alter von 19 bis 46 Jahren“ both
  (two-hundred-twenty-seventh), "The 22-year-old Hungarian", "The 23-year-old", "Ellery,
  58,", "Deborah Keel, 54,", "Camille Verdier, 41,", "an average age of 56" (eighty-second:
  "an average age of 25.4") and a vessel's "The 28-year-old vessel" (hundred-seventh: "the
  31-year-old vessel"). None: "over a decade" and "in less than a year" (an article;
  thirtieth: "in a fortnight"), "over the year", "a year earlier", "this year", "last year",
  "this season", "next month", „im vergangenen Jahr“, „im Vorjahr“, „im Winter davor“, „in
  der vergangenen Woche“, „in der Woche davor“, „der Vorwoche“, „heuer“, „jährlich“, „im
  Monat“, „pro Tag“, „lebenslang“ and „zu lebenslanger Haft“, „Mitte Februar“, weekdays and
  their compounds („in der Nacht auf Freitag“, „am Freitagmorgen“, „seit Montag“, „ab
  Mittwoch“, "late Thursday", "on Sunday") and months („im Dezember“, „seit November“, "in
  October", "in December").
- Money in the currency written (every batch): EUR („1,4 Milliarden Euro“, „160 Euro im
  Monat“ - „im Monat“ none -, „1,9 Milliarden Euro“, „18 Millionen Euro“, „weiteren 4
  Millionen Euro“ - „weitere“ no hedge -, „rund 640.000 Euro“ "about", „mindestens 9
  Millionen Euro“ "at_least", „110.000 Euro“, „rund 8,7 Millionen Euro“ "about", „3,1
  Millionen Euro“, „24.500 Euro, ... 395 Euro“, „je 40.000 Euro Trauerschmerzengeld“ - „je“
  none, Trauerschmerzengeld money, two-hundred-thirteenth), CHF („289,4 Milliarden Franken“,
  „48,1 Milliarden Franken“, „rund 52 Milliarden Franken“, „rund 2,5 Milliarden Franken“,
  „4,82 Milliarden Franken“, „21,3 Milliarden Franken“, „bis zu 6,5 Milliarden Franken“
  "up_to", „2,4 Millionen Franken“, „insgesamt rund 70 Millionen Franken“ "about" -
  „insgesamt“ no hedge -, „rund 9 Millionen Franken“, „60'000 Franken“, „480'000 Franken“;
  the Swiss decimal point in „3.40 Franken Dividende pro Titel“ 3.4 and „auf 112.45 Franken“
  112.45 - sixty-fourth: „18.90 Franken“ -, „pro Titel“ none as „je Aktie“), USD ("$1.3105"
  for sterling - hundred-forty-ninth: "at $1.1590" -, "$44.10 a barrel from $47.60" both -
  "a barrel" none -, "roughly $14 billion" "about"), GBP ("more than £210,000" "over",
  "£64,000", "68 million pounds" with "a club-record fee" no hedge), INR ("500,000 rupees"),
  AUD ("A$4.15 million"; two-hundred-forty-fourth: "C$500 million" CAD).
- Years and dates: „bis Ende 2027“, „2025“, „für 2026“, „bis 2030“, „seit 2015“ (twice),
  „zwischen 2012 und 2017“ and „zwischen 2019 und 2024“ both, „seit Frühjahr 2024“ and „im
  Juni 2025“ their years only (twenty-first: "seit Herbst 2022"), „als 2024“, „2020“, „vor
  2029“ in a negative, "in 2025", "since 1998", "since mid-2022" (twenty-third), "until June
  2031" its year; „ab 1. April“ --04-01 (fifty-first), „am 5. Februar“ --02-05, „vom 8.
  März“ --03-08 (a vote's date, two-hundred-thirty-eighth), „am 12. Februar“ --02-12, „am 6.
  Februar“ --02-06, „zwischen 12. und 19. Jänner“ --01-12 and --01-19 (two dates, the month
  written once; fortieth: „zwischen 2. und 6. Juni“), "on Feb. 27" --02-27; Reuters and AFP
  English datelines with a day ("SEOUL, Jan 23 (Reuters)", "NEW DELHI", "FRANKFURT",
  "LONDON", "BRUSSELS", "JOHANNESBURG, Jan 23 (AFP)", "PARIS, Jan 23 (AFP)") --01-23; APA,
  Keystone-SDA, AP ("MANILA, Philippines (AP) —", "WASHINGTON (AP) —", "NEW YORK (AP) —"),
  PA and AAP datelines none (seventy-ninth). New: „vom 18. bis 22. Januar 2027“ is two full
  dates, 2027-01-18 and 2027-01-22 - the month and the year written once serve the first day
  as the month alone does in „vom 5. bis 19. Juli“ (ninth) and a year makes a date full as
  in „Mit 1. Jänner 2025“ (forty-first). New: "Over 2025 as a whole" gives the year 2025 -
  "Over" before a year names the period as it does before a span or "the" ("Over the 10-year
  budget window", fifty-third), and a year carries no hedge.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „in etwa“, "about", "About",
  "roughly" "about"; „knapp“, „Knapp“, „Fast“, "nearly", "Nearly" "nearly"; „mehr als“,
  „Mehr als“, „gut“, „über“ and „auf über“ before a figure, "more than" "over"; "fewer
  than", "less than" before a figure "under"; „bis zu“, "up to", "Up to" "up_to";
  „mindestens“, "at least", "At least" "at_least". No hedge: „insgesamt“, „jeweils“,
  „davon“, „bisher“, „bislang“, „derzeit“, „im Schnitt“, „Im Schnitt“, „weitere“,
  „zusätzlich“, „je“, „um“ and "by" before a difference, „mehr als“ and „weniger als“ after
  a figure or before an article, "more likely", "up from", "from" and "to" in a range,
  "over" before a span, "only", "a record", "an average of", "a club-record".
- Speakers, checked only in forms the earlier batches settled: „Sozialministerin Hildegard
  Pammer sagte, ...“, „Swissmem-Direktor Beat Zollinger sagte, ...“,
  „Tourismus-Staatssekretärin Birgit Kranebitter sagte, ...“, „Vorstandschef Reinhold Aigner
  sagte, ...“, „Landeshauptmann Thomas Reischl sagte, ...“, „SBB-Chefin Karin Bättig sagte,
  ...“, „Konzernchef Marc-André Ruedin sagte, ...“, „Studienleiterin Annina Caduff sagte,
  ...“, „Staatsoperndirektorin Gerlinde Maresch sagte, ...“ and „Swiss-Olympic-Chef Roland
  Gasser sagte, ...“ the name with the title dropped (hundred-sixty-eighth,
  two-hundred-first, two-hundred-twenty-seventh: „Statistik-Austria-Generaldirektor ...
  sagte“); „Pammer sagte, ...“, „Baumberger sagte, ...“ and „Cathomen sagte, ...“ the
  surname as written when it opens the row (forty-second, two-hundred-forty-fourth); „laut
  GeoSphere Austria“ -> "GeoSphere Austria", „Laut Berufsrettung Wien“ -> "Berufsrettung
  Wien" and „laut Polizei“ -> "Polizei" as written (thirtieth, two-hundred-twenty-seventh);
  „teilte die Polizei mit“, „teilte die Kantonspolizei Aargau mit“, „teilte die
  Landespolizeidirektion Salzburg mit“ (hundred-sixty-eighth), „teilte das Bundeskriminalamt
  mit“ and „teilte das Unternehmen am Freitag mit“ with the weekday dropped; „teilte das
  Bundesamt für Zoll und Grenzsicherheit in Bern mit“ -> "das Bundesamt für Zoll und
  Grenzsicherheit" (the place dropped, hundred-seventeenth, two-hundred-forty-fourth); „wie
  die Statistik Austria am Freitag mitteilte“ -> "die Statistik Austria" (the article kept
  as written, two-hundred-first; two-hundred-twenty-seventh follows the majority that checks
  „wie ... mitteilte“); „nach Angaben der Veranstalter“ -> "die Veranstalter" and „nach
  Angaben der Staatsoper“ -> "die Staatsoper" (the source in the nominative, seventieth,
  two-hundred-first). English: "police said" -> "police" (seventeenth), "the coast guard
  said" (sixty-sixth, hundred-sixty-eighth), "The Bank of Korea said ..." opening the row ->
  "the Bank of Korea" (hundred-sixtieth), "the Office for National Statistics said", "the
  Metropolitan Police said" and "the National Weather Service said" with the article
  (eightieth, two-hundred-twenty-seventh), "Tennis Australia said" and "Kalahari Reef
  Platinum said" as written (two-hundred-twenty-first, two-hundred-twenty-seventh: "Sahra
  Airways said"), "the club said" -> "the club" (hundred-forty-ninth), "Mineral Resources
  Minister Sipho Mahlangu said" and "Lead author Hannah Okafor said" the name with the role
  dropped (two-hundred-forty-fourth), "EU foreign policy chief Anneli Kask told reporters"
  -> "Anneli Kask" ("told reporters" names the speaker, two-hundred-fourth). Left unchecked
  (None): "central bank data showed", "official figures showed", "a survey showed", "the
  survey showed", "federal health data show", "a study published Friday found", "according
  to industry figures", „gemäss BAZG“, „Gemäss SLF“ (two-hundred-forty-fourth: „Gemäss
  Bafu“), „nach Schätzungen der MedUni Wien“ (hundred-sixty-eighth: „Nach Schätzungen des
  ADAC“), „laut einer neuen Market-Umfrage“, „Laut Gerichtsgutachten“, „Das geht aus ...
  hervor“ (documents), "diplomats said", "Economists polled by Reuters", „laut Ermittlern“
  (groups, forty-first), "a district official told Reuters" (a role without a name,
  hundred-fifteenth), "its operator said" (a pronoun, ninety-ninth), "according to the CNC
  film board" (a description after the name, fortieth), "Ellery told senators" ("told
  senators", twenty-fifth), "Gov. Linda Marchetti declared ... and told reporters" (the
  saying verb in a coordinated clause, thirty-fourth and seventy-ninth: "Gov. Dale Prentice
  declared ... and said"), "Snaresbrook Crown Court heard" (hundred-forty-ninth: "the court
  heard"), „registrierte die Polizei“, „beziffert der Kanton Graubünden“, „schätzt die
  Feuerwehr“, "ordered ... and announced" (no verbs of saying; hundred-twentieth), and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_268 = [
    # --- Pflegepaket im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat in der Nacht auf Freitag nach einer gut zwölfstündigen Sitzung ein Pflegepaket im Umfang von 1,4 Milliarden Euro beschlossen.",
        True,
        [("duration", 12, "hour", "over"), ("money", 1400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 104 Abgeordnete, 71 votierten dagegen.",
        True,
        [("count", 104, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Sozialministerin Hildegard Pammer sagte, pflegende Angehörige erhielten ab 1. April einen Bonus von 160 Euro im Monat.",
        True,
        [("date", "--04-01", None, None), ("money", 160, "EUR", None)],
        "Hildegard Pammer",
    ),
    (
        "de",
        "„Mit diesem Paket lassen wir niemanden allein, der zu Hause einen Angehörigen pflegt“, sagte Pammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 460.000 Menschen in Österreich beziehen derzeit Pflegegeld, knapp ein Fünftel davon lebt in Heimen.",
        True,
        [("count", 460000, None, "about"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Pflaster auf einer offenen Wunde“.", False, [], None),
    (
        "de",
        "Der Bundesrat muss dem Gesetz noch zustimmen, die Länderkammer tagt am 5. Februar.",
        True,
        [("date", "--02-05", None, None)],
        None,
    ),
    # --- South Korea's growth (Reuters) ---
    (
        "en",
        "SEOUL, Jan 23 (Reuters) - South Korea's economy grew 1.3% in 2025, its weakest annual pace in five years, as construction slumped and exports to the United States fell, central bank data showed on Friday.",
        True,
        [
            ("date", "--01-23", None, None),
            ("percent", 1.3, "%", None),
            ("year", 2025, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Gross domestic product expanded 0.4% in the October-December quarter from the previous three months.",
        True,
        [("percent", 0.4, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Construction investment shrank 8.9% over the year, the steepest drop since 1998.",
        True,
        [("percent", 8.9, "%", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "The Bank of Korea said it expected growth of 1.9% this year, helped by a recovery in chip exports.",
        True,
        [("percent", 1.9, "%", None)],
        "the Bank of Korea",
    ),
    ("en", "Analysts said the forecast looked optimistic given the threat of further U.S. tariffs.", False, [], None),
    # --- Kältewelle (APA) ---
    (
        "de",
        "Wien (APA) - Die Kälte hat Österreich weiter fest im Griff: In der Nacht auf Freitag sank das Thermometer in Seibersdorf auf minus 21,4 Grad.",
        True,
        [("count", -21.4, None, None)],
        None,
    ),
    (
        "de",
        "Das war laut GeoSphere Austria der tiefste Wert dieses Winters an einer bewohnten Messstation.",
        True,
        [],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Auf der Rax wurden Windböen von bis zu 110 Kilometern pro Stunde gemessen.",
        True,
        [("count", 110, None, "up_to")],
        None,
    ),
    ("de", "Die Meteorologen erwarten erst ab Mittwoch wieder Plusgrade im Flachland.", False, [], None),
    (
        "de",
        "Die Wiener Linien schickten am Freitag in der Früh 40 zusätzliche Busse auf die Straße, weil zahlreiche Weichen eingefroren waren.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Laut Berufsrettung Wien mussten seit Montag 23 Menschen wegen Unterkühlung in Spitälern behandelt werden.",
        True,
        [("count", 23, None, None)],
        "Berufsrettung Wien",
    ),
    ("de", "Die Caritas rief dazu auf, bei Obdachlosen in der Kälte nicht wegzuschauen.", False, [], None),
    # --- Brand in Dornbirn (APA) ---
    (
        "de",
        "Dornbirn (APA) - Eine 83-jährige Frau ist in der Nacht auf Freitag beim Brand ihrer Wohnung in einem Dornbirner Mehrparteienhaus gestorben.",
        True,
        [("duration", 83, "year", None)],
        None,
    ),
    (
        "de",
        "Elf weitere Bewohner wurden mit Verdacht auf Rauchgasvergiftung ins Spital gebracht, teilte die Polizei mit.",
        True,
        [("count", 11, None, None)],
        "die Polizei",
    ),
    ("de", "Die Feuerwehren waren mit rund 90 Einsatzkräften vor Ort.", True, [("count", 90, None, "about")], None),
    (
        "de",
        "Das Feuer dürfte laut Ermittlern von einer Kerze in einer Wohnung im dritten Stock ausgegangen sein.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Den Sachschaden schätzt die Feuerwehr auf mehrere Hunderttausend Euro.", True, [], None),
    (
        "de",
        "„So etwas vergisst man nicht, auch nach 25 Jahren bei der Feuerwehr nicht“, sagte der Einsatzleiter.",
        False,
        [("duration", 25, "year", None)],
        None,
    ),
    # --- Massenkarambolage auf der A1 (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Bei einer Auffahrkollision auf der Autobahn A1 bei Oftringen AG sind am Freitagmorgen 17 Fahrzeuge ineinandergeprallt.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Neun Personen wurden verletzt, zwei davon schwer, teilte die Kantonspolizei Aargau mit.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        "die Kantonspolizei Aargau",
    ),
    (
        "de",
        "In Richtung Bern blieb die Strecke während rund fünf Stunden zu, zeitweise staute sich der Verkehr auf über 12 Kilometern.",
        True,
        [("duration", 5, "hour", "about"), ("count", 12, None, "over")],
        None,
    ),
    ("de", "Ursache war nach ersten Erkenntnissen Eisglätte nach gefrierendem Regen.", True, [], None),
    (
        "de",
        "«Auf einmal rutschte mir das Heck weg, da half kein Bremsen mehr», sagte ein Lastwagenchauffeur.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr registrierte die Polizei auf den Aargauer Autobahnen 1'412 Unfälle, 6 Prozent weniger als 2024.",
        True,
        [("count", 1412, None, None), ("percent", 6, "%", None), ("year", 2024, None, None)],
        None,
    ),
    # --- Stampede in Uttar Pradesh (Reuters) ---
    (
        "en",
        "NEW DELHI, Jan 23 (Reuters) - A crush at a crowded temple fair in the northern state of Uttar Pradesh killed at least 12 people and injured 30 on Friday, police said.",
        True,
        [("date", "--01-23", None, None), ("count", 12, None, "at_least"), ("count", 30, None, None)],
        "police",
    ),
    (
        "en",
        "Nearly 200,000 pilgrims had gathered for the festival, about twice the number organisers had planned for.",
        True,
        [("count", 200000, None, "nearly"), ("count", 2, None, "about")],
        None,
    ),
    ("en", "Most of the dead were women and children, a district official told Reuters.", True, [], None),
    (
        "en",
        "Chief Minister Arvind Tiwari ordered an inquiry and announced compensation of 500,000 rupees for each victim's family.",
        True,
        [("money", 500000, "INR", None)],
        None,
    ),
    (
        "en",
        "It was the second deadly stampede in the state in less than a year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Opposition leaders blamed the state government for poor crowd control.", False, [], None),
    # --- Schweizer Exporte (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Exportwirtschaft hat im vergangenen Jahr Waren im Wert von 289,4 Milliarden Franken ausgeführt, 3,2 Prozent mehr als im Vorjahr.",
        True,
        [("money", 289400000000, "CHF", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte davon entfiel auf Pharmaprodukte und Chemikalien, teilte das Bundesamt für Zoll und Grenzsicherheit in Bern mit.",
        True,
        [("fraction", 0.5, None, "over")],
        "das Bundesamt für Zoll und Grenzsicherheit",
    ),
    (
        "de",
        "Die Ausfuhren in die USA sanken wegen der höheren Zölle um 11,6 Prozent auf 48,1 Milliarden Franken.",
        True,
        [("percent", 11.6, "%", None), ("money", 48100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Handelsbilanzüberschuss erreichte gemäss BAZG rund 52 Milliarden Franken.",
        True,
        [("money", 52000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Swissmem-Direktor Beat Zollinger sagte, in der Maschinen-, Elektro- und Metallindustrie seien die Aufträge im vierten Quartal um 7 Prozent eingebrochen.",
        True,
        [("ordinal", 4, None, None), ("percent", 7, "%", None)],
        "Beat Zollinger",
    ),
    ("de", "«Die Industrie lebt derzeit von der Substanz», sagte Zollinger.", False, [], None),
    (
        "de",
        "Ob sich die Lage im Frühling entspannt, hängt laut Ökonomen vor allem vom Frankenkurs ab.",
        False,
        [],
        None,
    ),
    # --- Nächtigungen im Dezember (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Dezember 14,2 Millionen Nächtigungen verbucht, um 4,1 Prozent mehr als im Dezember des Vorjahres.",
        True,
        [("count", 14200000, None, None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp drei Viertel aller Übernachtungen buchten Gäste aus dem Ausland, wie die Statistik Austria am Freitag mitteilte.",
        True,
        [("fraction", 0.75, None, "nearly")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die stärksten Zuwächse gab es bei Gästen aus Polen und Tschechien mit jeweils mehr als 12 Prozent.",
        True,
        [("percent", 12, "%", "over")],
        None,
    ),
    (
        "de",
        "In der bisherigen Wintersaison seit November wurden 27,8 Millionen Nächtigungen gezählt.",
        True,
        [("count", 27800000, None, None)],
        None,
    ),
    (
        "de",
        "Tourismus-Staatssekretärin Birgit Kranebitter sagte, die Hotelbetten seien im Schnitt zu 61 Prozent ausgelastet gewesen.",
        True,
        [("percent", 61, "%", None)],
        "Birgit Kranebitter",
    ),
    (
        "de",
        "Die Österreichische Hoteliervereinigung klagte, die hohen Personalkosten nähmen vielen Betrieben „die Luft zum Atmen“.",
        False,
        [],
        None,
    ),
    # --- Ferry fire off Cebu (AP) ---
    (
        "en",
        "MANILA, Philippines (AP) — A passenger ferry carrying 243 people caught fire off the central island of Cebu early Friday, killing at least nine, the coast guard said.",
        True,
        [("count", 243, None, None), ("count", 9, None, "at_least")],
        "the coast guard",
    ),
    (
        "en",
        "Rescuers pulled 221 passengers and crew from the sea, and 13 people were still missing at nightfall.",
        True,
        [("count", 221, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "The fire apparently broke out in the engine room about two hours after the vessel left port.",
        True,
        [("duration", 2, "hour", "about")],
        None,
    ),
    (
        "en",
        "The 28-year-old vessel had been cleared by inspectors in December, its operator said.",
        True,
        [("duration", 28, "year", None)],
        None,
    ),
    (
        "en",
        '"People were jumping into the water with their children in their arms," a survivor told reporters.',
        False,
        [],
        None,
    ),
    # --- Euro zone flash PMI (Reuters) ---
    (
        "en",
        "FRANKFURT, Jan 23 (Reuters) - Euro zone business activity grew at its fastest pace in five months in January as a rebound in German manufacturing offset weakness in France, a survey showed on Friday.",
        True,
        [("date", "--01-23", None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "The HCOB flash composite purchasing managers' index rose to 51.6 from 50.9 in December.",
        True,
        [("count", 51.6, None, None), ("count", 50.9, None, None)],
        None,
    ),
    (
        "en",
        "Germany's manufacturing PMI climbed to 49.8, its highest since mid-2022.",
        True,
        [("count", 49.8, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast the composite index at 51.0.",
        True,
        [("count", 51.0, None, None)],
        None,
    ),
    (
        "en",
        '"One good month does not make a recovery," said Lena Vorhees, chief economist at Alder Crest Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Most economists expect the European Central Bank to keep rates on hold at its meeting next month.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Input prices rose at the sharpest rate in 10 months, the survey showed.",
        True,
        [("duration", 10, "month", None)],
        None,
    ),
    # --- Stellenabbau bei Traunwerk (APA) ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Stahlverarbeiter Traunwerk streicht bis Ende 2027 rund 650 seiner 4.300 Stellen.",
        True,
        [("year", 2027, None, None), ("count", 650, None, "about"), ("count", 4300, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Standorte Linz und Steyr, teilte das Unternehmen am Freitag mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Vorstandschef Reinhold Aigner sagte, der Umsatz sei 2025 um 14 Prozent auf 1,9 Milliarden Euro gesunken.",
        True,
        [("year", 2025, None, None), ("percent", 14, "%", None), ("money", 1900000000, "EUR", None)],
        "Reinhold Aigner",
    ),
    (
        "de",
        "„Wir haben jeden anderen Weg geprüft, bevor wir diese Entscheidung getroffen haben“, sagte Aigner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Traunwerk zahlt 18 Millionen Euro in eine Arbeitsstiftung für die Betroffenen ein.",
        True,
        [("money", 18000000, "EUR", None)],
        None,
    ),
    ("de", "Die Gewerkschaft PRO-GE sprach von einem „Aderlass für die ganze Region“.", False, [], None),
    (
        "de",
        "Landeshauptmann Thomas Reischl sagte, das Land werde die Stiftung mit weiteren 4 Millionen Euro unterstützen.",
        True,
        [("money", 4000000, "EUR", None)],
        "Thomas Reischl",
    ),
    # --- SBB-Jahresbilanz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Schnitt 1,41 Millionen Fahrgäste pro Tag sind im vergangenen Jahr mit den SBB gereist, so viele wie nie zuvor.",
        True,
        [("count", 1410000, None, None)],
        None,
    ),
    (
        "de",
        "Die Kundenpünktlichkeit sank auf 92,6 Prozent, nach 93,2 Prozent im Vorjahr.",
        True,
        [("percent", 92.6, "%", None), ("percent", 93.2, "%", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich gilt bei den SBB ein Halt, der mit weniger als drei Minuten Verspätung erreicht wird.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "SBB-Chefin Karin Bättig sagte, vor allem Baustellen zwischen Lausanne und Genf hätten die Bilanz belastet.",
        True,
        [],
        "Karin Bättig",
    ),
    (
        "de",
        "Bis 2030 wollen die SBB jährlich rund 2,5 Milliarden Franken in den Unterhalt des Netzes stecken.",
        True,
        [("year", 2030, None, None), ("money", 2500000000, "CHF", "about")],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn nannte die Zahlen «ein Warnsignal für den Taktfahrplan».", False, [], None),
    # --- UK retail sales (Reuters) ---
    (
        "en",
        "LONDON, Jan 23 (Reuters) - British retail sales volumes fell 0.8% in December, the biggest drop in eight months, as shoppers held back after heavy discounting in November, official figures showed on Friday.",
        True,
        [("date", "--01-23", None, None), ("percent", 0.8, "%", None), ("duration", 8, "month", None)],
        None,
    ),
    ("en", "Economists polled by Reuters had expected a fall of 0.3%.", True, [("percent", 0.3, "%", None)], None),
    (
        "en",
        "Over 2025 as a whole, sales volumes rose 1.1%, the Office for National Statistics said.",
        True,
        [("year", 2025, None, None), ("percent", 1.1, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Online spending accounted for 28.4% of all retail sales, up from 27.9% a year earlier.",
        True,
        [("percent", 28.4, "%", None), ("percent", 27.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Christmas came early this year, and January is paying the price," said Harriet Oakes, an economist at Pellbridge Advisers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling slipped 0.2% to $1.3105 after the data.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.3105, "USD", None)],
        None,
    ),
    ("en", "Investors will watch next week's consumer confidence figures for signs of a rebound.", False, [], None),
    # --- Jahreszahlen von Solvaris (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Pharmakonzern Solvaris hat seinen Reingewinn 2025 um 9 Prozent auf 4,82 Milliarden Franken gesteigert.",
        True,
        [("year", 2025, None, None), ("percent", 9, "%", None), ("money", 4820000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg zu konstanten Wechselkursen um 6 Prozent auf 21,3 Milliarden Franken.",
        True,
        [("percent", 6, "%", None), ("money", 21300000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre erhalten 3.40 Franken Dividende pro Titel, womit Solvaris die Ausschüttung zum 31. Mal in Folge erhöht.",
        True,
        [("money", 3.4, "CHF", None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "de",
        "Konzernchef Marc-André Ruedin sagte, für 2026 rechne Solvaris mit einem Umsatzwachstum im mittleren einstelligen Prozentbereich.",
        True,
        [("year", 2026, None, None)],
        "Marc-André Ruedin",
    ),
    (
        "de",
        "«Wir sind stärker aus diesem Jahr herausgekommen, als wir hineingegangen sind», sagte Ruedin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Börse legte die Aktie bis zum Mittag um 2,7 Prozent auf 112.45 Franken zu.",
        True,
        [("percent", 2.7, "%", None), ("money", 112.45, "CHF", None)],
        None,
    ),
    ("de", "Händler verwiesen auf den unerwartet zuversichtlichen Ausblick.", False, [], None),
    # --- Umfrage (APA) ---
    (
        "de",
        "Wien (APA) - Die FPÖ bleibt laut einer neuen Market-Umfrage im Auftrag des „Standard“ klar auf Platz eins.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die FPÖ hält bei 34 Prozent, dahinter folgen die ÖVP mit 22 und die SPÖ mit 18 Prozent.",
        True,
        [("percent", 34, "%", None), ("percent", 22, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Die NEOS erreichen 9 Prozent, die Grünen verlieren einen Punkt auf 8 Prozent.",
        True,
        [("percent", 9, "%", None), ("percent", 1, "pp", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Umfrage wurden zwischen 12. und 19. Jänner 1.024 Wahlberechtigte online befragt, die statistische Schwankungsbreite liegt bei 3,2 Prozentpunkten.",
        True,
        [
            ("date", "--01-12", None, None),
            ("date", "--01-19", None, None),
            ("count", 1024, None, None),
            ("percent", 3.2, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Politologen halten eine vorgezogene Neuwahl vor 2029 dennoch für unwahrscheinlich.",
        False,
        [("year", 2029, None, None)],
        None,
    ),
    # --- Australian Open semi-final (AAP) ---
    (
        "en",
        "MELBOURNE (AAP) - Tomas Varga reached his first Australian Open final on Friday, beating fourth seed Dmitri Orlovsky 7-6 (7-4) 6-3 3-6 6-4 in three hours and 41 minutes.",
        True,
        [
            ("ordinal", 1, None, None),
            ("ordinal", 4, None, None),
            ("duration", 3, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "The 22-year-old Hungarian served 19 aces and saved eight of the 10 break points he faced.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 19, None, None),
            ("count", 8, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    (
        "en",
        "He will face the defending champion on Sunday for a winner's cheque of A$4.15 million.",
        True,
        [("money", 4150000, "AUD", None)],
        None,
    ),
    ("en", "\"I don't think I've ever been this tired and this happy at the same time,\" Varga said.", False, [], None),
    (
        "en",
        "Temperatures at Melbourne Park reached 36 degrees Celsius, and organisers closed the roof of Rod Laver Arena before the second set.",
        True,
        [("count", 36, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A record 1,062,000 fans have passed through the gates over the first 12 days, Tennis Australia said.",
        True,
        [("count", 1062000, None, None), ("ordinal", 1, None, None), ("duration", 12, "day", None)],
        "Tennis Australia",
    ),
    # --- Volksinitiative zu Prämien (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund sechs Wochen vor der Abstimmung vom 8. März wollen 54 Prozent der Stimmberechtigten die Volksinitiative «Bezahlbare Prämien für alle» annehmen.",
        True,
        [("duration", 6, "week", "about"), ("date", "--03-08", None, None), ("percent", 54, "%", None)],
        None,
    ),
    (
        "de",
        "Das zeigt die erste SRG-Trendumfrage des Forschungsinstituts GFS Bern.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "42 Prozent sind dagegen, 4 Prozent noch unentschieden.",
        True,
        [("percent", 42, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Initiative verlangt, dass kein Haushalt mehr als 8 Prozent seines Einkommens für Krankenkassenprämien ausgeben muss.",
        True,
        [("percent", 8, "%", "over")],
        None,
    ),
    (
        "de",
        "«Die Initiative verspricht Entlastung und verschiebt die Kosten bloss auf die Steuerzahlenden», sagte Bundesrätin Elisabeth Baumberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Baumberger sagte, die Umsetzung würde Bund und Kantone jährlich bis zu 6,5 Milliarden Franken kosten.",
        True,
        [("money", 6500000000, "CHF", "up_to")],
        "Baumberger",
    ),
    ("de", "Ob die Zustimmung bis zum Abstimmungssonntag hält, ist offen.", False, [], None),
    # --- Grippewelle (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind in der vergangenen Woche nach Schätzungen der MedUni Wien rund 148.000 Menschen an Grippe oder grippalen Infekten erkrankt.",
        True,
        [("count", 148000, None, "about")],
        None,
    ),
    (
        "de",
        "Gegenüber der Vorwoche bedeutet das ein Plus von einem Viertel.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Pammer sagte, heuer hätten sich bisher knapp 1,2 Millionen Menschen gegen Grippe impfen lassen.",
        True,
        [("count", 1200000, None, "nearly")],
        "Pammer",
    ),
    (
        "de",
        "In den Wiener Spitälern sind derzeit 212 Betten mit Grippepatienten belegt, 19 davon auf Intensivstationen.",
        True,
        [("count", 212, None, None), ("count", 19, None, None)],
        None,
    ),
    ("de", "„Für eine Impfung ist es noch nicht zu spät“, appellierte Pammer.", False, [], None),
    ("de", "Experten rechnen damit, dass die Welle Mitte Februar ihren Höhepunkt erreicht.", False, [], None),
    # --- Mine rockfall (AFP) ---
    (
        "en",
        "JOHANNESBURG, Jan 23 (AFP) - Rescuers on Friday brought 41 miners to the surface after they had been trapped for more than 30 hours by a rockfall at a platinum mine northwest of Johannesburg.",
        True,
        [("date", "--01-23", None, None), ("count", 41, None, None), ("duration", 30, "hour", "over")],
        None,
    ),
    (
        "en",
        "Kalahari Reef Platinum said three workers were killed and five were taken to hospital with serious injuries.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        "Kalahari Reef Platinum",
    ),
    (
        "en",
        "The miners had been working about 1,200 metres underground when part of a tunnel roof collapsed.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "Mineral Resources Minister Sipho Mahlangu said inspectors would close the shaft for at least two weeks.",
        True,
        [("duration", 2, "week", "at_least")],
        "Sipho Mahlangu",
    ),
    (
        "en",
        "At least 38 people died in accidents at South African mines last year, according to industry figures.",
        True,
        [("count", 38, None, "at_least")],
        None,
    ),
    (
        "en",
        '"We are relieved, but three families are grieving tonight," the company\'s chief executive said.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The National Union of Mineworkers accused the company of putting production ahead of safety.",
        False,
        [],
        None,
    ),
    # --- Weko-Busse vor Bundesgericht (Keystone-SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat eine Busse von 2,4 Millionen Franken gegen ein Zürcher Bauunternehmen wegen Preisabsprachen bestätigt.",
        True,
        [("money", 2400000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Wettbewerbskommission hatte der Firma vorgeworfen, sich zwischen 2012 und 2017 bei mindestens 45 öffentlichen Ausschreibungen mit Konkurrenten abgesprochen zu haben.",
        True,
        [("year", 2012, None, None), ("year", 2017, None, None), ("count", 45, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Richter in Lausanne wiesen die Beschwerde mit drei zu zwei Stimmen ab.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Gegen den Entscheid ist kein Rechtsmittel mehr möglich.", True, [], None),
    (
        "de",
        "Der Anwalt des Unternehmens sprach von einem «Fehlurteil mit Signalwirkung für die ganze Branche».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2015 hat die Weko im Baugewerbe Bussen von insgesamt rund 70 Millionen Franken verhängt.",
        True,
        [("year", 2015, None, None), ("money", 70000000, "CHF", "about")],
        None,
    ),
    # --- Drogenring zerschlagen (APA) ---
    (
        "de",
        "Wien (APA) - Bei einer Razzia gegen einen Drogenring haben Ermittler in Wien und Niederösterreich 14 Verdächtige festgenommen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden unter anderem 38 Kilogramm Kokain, 120 Kilogramm Cannabis und rund 640.000 Euro Bargeld, teilte das Bundeskriminalamt mit.",
        True,
        [("count", 38, None, None), ("count", 120, None, None), ("money", 640000, "EUR", "about")],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Die Bande soll seit Frühjahr 2024 Drogen im Straßenverkaufswert von mindestens 9 Millionen Euro umgesetzt haben.",
        True,
        [("year", 2024, None, None), ("money", 9000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Beschuldigten im Alter von 19 bis 46 Jahren stammen laut Polizei aus fünf Ländern.",
        True,
        [("duration", 19, "year", None), ("duration", 46, "year", None), ("count", 5, None, None)],
        "Polizei",
    ),
    (
        "de",
        "„Wer mit Drogen Geschäfte macht, muss wissen: Wir sind ihm auf den Fersen“, sagte ein Ermittler.",
        False,
        [],
        None,
    ),
    # --- EU sanctions package (Reuters) ---
    (
        "en",
        "BRUSSELS, Jan 23 (Reuters) - European Union governments on Friday approved a 21st package of sanctions against Russia, adding 117 vessels of its so-called shadow fleet to a blacklist, diplomats said.",
        True,
        [("date", "--01-23", None, None), ("ordinal", 21, None, None), ("count", 117, None, None)],
        None,
    ),
    (
        "en",
        "The new listings bring the number of blacklisted tankers and cargo ships to about 680.",
        True,
        [("count", 680, None, "about")],
        None,
    ),
    (
        "en",
        "Brussels also cut its cap on the price of Russian crude to $44.10 a barrel from $47.60.",
        True,
        [("money", 44.1, "USD", None), ("money", 47.6, "USD", None)],
        None,
    ),
    ("en", 'Hungary\'s foreign minister called the measures "self-harm dressed up as solidarity."', False, [], None),
    (
        "en",
        "EU foreign policy chief Anneli Kask told reporters the bloc would also bar transactions with 22 banks in third countries.",
        True,
        [("count", 22, None, None)],
        "Anneli Kask",
    ),
    (
        "en",
        "Whether Slovakia will drop its objections to a full ban on Russian gas imports remains unclear.",
        False,
        [],
        None,
    ),
    # --- Super-G in Kitzbühel (APA) ---
    (
        "de",
        "Kitzbühel (APA) - Der Schweizer Lukas Imboden hat am Freitag den Super-G auf der Streif gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 27-Jährige siegte in 1:13,48 Minuten mit 0,21 Sekunden Vorsprung auf den Norweger Eirik Skjelbred.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 13.48, "second", None),
            ("duration", 0.21, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Bester Österreicher wurde Florian Gschwendtner als Vierter, 0,38 Sekunden zurück.",
        True,
        [("ordinal", 4, None, None), ("duration", 0.38, "second", None)],
        None,
    ),
    (
        "de",
        "Für Imboden ist es der dritte Weltcupsieg und der erste in Kitzbühel.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Auf der Streif zu gewinnen, davon träumt man schon als kleiner Bub“, sagte Imboden im Ziel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Samstag steht die Abfahrt auf dem Programm, für die der Veranstalter 45.000 Zuschauer erwartet.",
        True,
        [("count", 45000, None, None)],
        None,
    ),
    (
        "de",
        "Der Sieger der Abfahrt erhält ein Preisgeld von 110.000 Euro.",
        True,
        [("money", 110000, "EUR", None)],
        None,
    ),
    # --- Lawinenbilanz des SLF (Keystone-SDA) ---
    (
        "de",
        "Davos (Keystone-SDA) - Lawinen haben in der Schweiz im vergangenen Winter 19 Menschen das Leben gekostet, weniger als im 20-jährigen Durchschnitt von 22 Todesopfern.",
        True,
        [("count", 19, None, None), ("duration", 20, "year", None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Winterbericht des WSL-Instituts für Schnee- und Lawinenforschung SLF hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fast drei Viertel der Opfer waren abseits markierter Pisten oder auf Skitouren unterwegs.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Gemäss SLF wurden 214 Lawinen mit erfassten Personen gemeldet, 31 mehr als im Winter davor.",
        True,
        [("count", 214, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Annina Caduff sagte, die Zahl der Skitourengeher habe sich seit 2015 etwa verdoppelt.",
        True,
        [("year", 2015, None, None)],
        "Annina Caduff",
    ),
    (
        "de",
        "«Mehr Leute im Gelände heisst nicht automatisch mehr Unfälle, aber mehr Verantwortung», sagte Caduff.",
        False,
        [],
        None,
    ),
    ("de", "Fachleute befürchten, dass Nassschneelawinen mit wärmeren Wintern häufiger werden.", False, [], None),
    # --- César nominations (AFP) ---
    (
        "en",
        'PARIS, Jan 23 (AFP) - The period drama "Les Heures Blanches" led the nominations for France\'s César film awards on Friday with 13 nods, including best film and best director.',
        True,
        [("date", "--01-23", None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Director Camille Verdier, 41, could become only the third woman to win best director in the awards' 51-year history.",
        True,
        [("duration", 41, "year", None), ("ordinal", 3, None, None), ("duration", 51, "year", None)],
        None,
    ),
    (
        "en",
        "The ceremony will be held at the Olympia concert hall in Paris on Feb. 27.",
        True,
        [("date", "--02-27", None, None)],
        None,
    ),
    (
        "en",
        "The film has sold more than 2.1 million tickets in France since its release in October, according to the CNC film board.",
        True,
        [("count", 2100000, None, "over")],
        None,
    ),
    ("en", 'Verdier wrote on Instagram that she was "overwhelmed and a little terrified."', False, [], None),
    ("en", "Critics complained that the Académie had once again overlooked comedies.", False, [], None),
    # --- Betrugsprozess in Graz (APA) ---
    (
        "de",
        "Graz (APA) - Wegen schweren gewerbsmäßigen Betrugs hat das Straflandesgericht Graz am Freitag einen 47-jährigen Anlageberater zu sechs Jahren Haft verurteilt.",
        True,
        [("duration", 47, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Zwischen 2019 und 2024 soll er mehr als 230 Kleinanleger um rund 8,7 Millionen Euro geprellt haben.",
        True,
        [
            ("year", 2019, None, None),
            ("year", 2024, None, None),
            ("count", 230, None, "over"),
            ("money", 8700000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Schöffensenat sprach den Privatbeteiligten Schadenersatz von 3,1 Millionen Euro zu.",
        True,
        [("money", 3100000, "EUR", None)],
        None,
    ),
    ("de", "Der Angeklagte hatte sich zu Prozessbeginn teilweise schuldig bekannt.", True, [], None),
    (
        "de",
        "„Sie haben Menschen ausgenommen, die Ihnen ihre Ersparnisse fürs Alter anvertraut haben“, sagte die vorsitzende Richterin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil ist nicht rechtskräftig, der Verteidiger meldete Nichtigkeitsbeschwerde und Berufung an.",
        True,
        [],
        None,
    ),
    ("de", "Viele Geschädigte bezweifeln, dass sie ihr Geld je wiedersehen.", False, [], None),
    # --- Lawinenunglück im Pongau (APA) ---
    (
        "de",
        "Salzburg (APA) - Bei einem Lawinenabgang im Pongau sind am Freitag zwei deutsche Skitourengeher ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein dritter Skitourengeher, ein 29-jähriger Münchner, wurde nach rund 40 Minuten lebend aus den Schneemassen geborgen.",
        True,
        [("ordinal", 3, None, None), ("duration", 29, "year", None), ("duration", 40, "minute", "about")],
        None,
    ),
    (
        "de",
        "Die Lawine war in etwa 2.100 Metern Seehöhe abgegangen und rund 400 Meter breit, teilte die Landespolizeidirektion Salzburg mit.",
        True,
        [("count", 2100, None, "about"), ("count", 400, None, "about")],
        "die Landespolizeidirektion Salzburg",
    ),
    (
        "de",
        "Im Einsatz standen zwei Notarzthubschrauber und 35 Bergretter.",
        True,
        [("count", 2, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Der Lawinenwarndienst hatte für die Region Warnstufe drei der fünfteiligen Skala ausgegeben.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der vierte tödliche Lawinenunfall in Österreich in diesem Winter.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Abseits der gesicherten Pisten ist derzeit jeder Hang ein Risiko“, sagte ein Sprecher der Bergrettung.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Gruppe die Lawine selbst ausgelöst hat, war zunächst unklar.", False, [], None),
    # --- Care home fraud sentence (PA) ---
    (
        "en",
        "LONDON (PA) - The former manager of a nursing home in east London has been sentenced to five years and four months in prison after stealing more than £210,000 from residents.",
        True,
        [("duration", 5, "year", None), ("duration", 4, "month", None), ("money", 210000, "GBP", "over")],
        None,
    ),
    (
        "en",
        "Deborah Keel, 54, drained the savings of 11 residents over three years, Snaresbrook Crown Court heard.",
        True,
        [("duration", 54, "year", None), ("count", 11, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "She pleaded guilty in November to fraud by abuse of position.", True, [], None),
    (
        "en",
        'Judge Alistair Penhaligon said Keel had shown "a callous disregard for people who trusted her completely."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Metropolitan Police said £64,000 had so far been recovered.",
        True,
        [("money", 64000, "GBP", None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "A victim's daughter said the family felt betrayed by someone they had welcomed into their lives.",
        False,
        [],
        None,
    ),
    # --- WEF in Davos zu Ende (Keystone-SDA) ---
    (
        "de",
        "Davos (Keystone-SDA) - Das 56. Jahrestreffen des Weltwirtschaftsforums (WEF) ist am Freitag in Davos zu Ende gegangen.",
        True,
        [("ordinal", 56, None, None)],
        None,
    ),
    (
        "de",
        "An den fünf Tagen nahmen nach Angaben der Veranstalter rund 2'900 Personen aus 130 Ländern teil, darunter 64 Staats- und Regierungschefs.",
        True,
        [
            ("duration", 5, "day", None),
            ("count", 2900, None, "about"),
            ("count", 130, None, None),
            ("count", 64, None, None),
        ],
        "die Veranstalter",
    ),
    (
        "de",
        "Für die Sicherheit standen bis zu 5'000 Armeeangehörige im Einsatz.",
        True,
        [("count", 5000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Kosten für den Polizeieinsatz beziffert der Kanton Graubünden auf rund 9 Millionen Franken.",
        True,
        [("money", 9000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Davos war in diesem Jahr weniger Bühne als Verhandlungstisch», sagte ein langjähriger Teilnehmer.",
        False,
        [],
        None,
    ),
    ("de", "Globalisierungskritiker bezeichneten das Treffen als «Klassentreffen der Milliardäre».", False, [], None),
    (
        "de",
        "Das nächste Jahrestreffen ist vom 18. bis 22. Januar 2027 geplant.",
        True,
        [("date", "2027-01-18", None, None), ("date", "2027-01-22", None, None)],
        None,
    ),
    # --- Solothurner Filmtage (Keystone-SDA) ---
    (
        "de",
        "Solothurn (Keystone-SDA) - Der Dokumentarfilm «Die stille Grenze» der Bündner Regisseurin Seraina Cathomen hat an den 61. Solothurner Filmtagen den Prix de Soleure gewonnen.",
        True,
        [("ordinal", 61, None, None)],
        None,
    ),
    ("de", "Die Auszeichnung ist mit 60'000 Franken dotiert.", True, [("money", 60000, "CHF", None)], None),
    (
        "de",
        "Die Filmtage zeigten in acht Tagen 172 Filme und zählten rund 66'000 Eintritte.",
        True,
        [("duration", 8, "day", None), ("count", 172, None, None), ("count", 66000, None, "about")],
        None,
    ),
    ("de", "«Dieser Film hört zu, wo andere nur zeigen», schrieb die Jury in ihrer Begründung.", False, [], None),
    (
        "de",
        "Cathomen sagte, sie habe vier Jahre lang an dem Film gearbeitet und ihn mit einem Budget von 480'000 Franken gedreht.",
        True,
        [("duration", 4, "year", None), ("money", 480000, "CHF", None)],
        "Cathomen",
    ),
    ("de", "Der Publikumspreis ging an die Komödie «Zimmer frei in Zermatt».", True, [], None),
    # --- Labor secretary confirmed (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Senate voted 53-46 late Thursday to confirm Margaret Ellery as labor secretary, ending a confirmation fight that had dragged on for nearly three months.",
        True,
        [("count", 53, None, None), ("count", 46, None, None), ("duration", 3, "month", "nearly")],
        None,
    ),
    (
        "en",
        "Two Republicans joined 44 Democrats in voting against her.",
        True,
        [("count", 2, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "Ellery, 58, previously ran Ohio's workers' compensation bureau for six years.",
        True,
        [("duration", 58, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        'Senate Minority Leader Calvin Brandt called her "the wrong choice at the worst possible time."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Labor Department has about 15,000 employees and an annual budget of roughly $14 billion.",
        True,
        [("count", 15000, None, "about"), ("money", 14000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Ellery told senators at her hearing that she would not seek further staff cuts in her first year.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "It was unclear whether Ellery would be sworn in before the weekend.", False, [], None),
    # --- Opernball (APA) ---
    (
        "de",
        "Wien (APA) - Für den Wiener Opernball am 12. Februar sind nach Angaben der Staatsoper bereits alle Logen vergeben.",
        True,
        [("date", "--02-12", None, None)],
        "die Staatsoper",
    ),
    (
        "de",
        "Eine Loge kostet heuer 24.500 Euro, eine Eintrittskarte 395 Euro.",
        True,
        [("money", 24500, "EUR", None), ("money", 395, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Eröffnungskomitee hat 144 Paare aus 1.130 Bewerbungen ausgewählt.",
        True,
        [("count", 144, None, None), ("count", 1130, None, None)],
        None,
    ),
    (
        "de",
        "Staatsoperndirektorin Gerlinde Maresch sagte, für den Umbau des Hauses zum Ballsaal seien rund 30 Stunden eingeplant.",
        True,
        [("duration", 30, "hour", "about")],
        "Gerlinde Maresch",
    ),
    (
        "de",
        "„Der Ball ist die schönste Visitenkarte, die Österreich der Welt zeigen kann“, sagte Maresch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatten rund 5.200 Gäste den Ball besucht, der ORF erreichte mit seiner Übertragung im Schnitt 1,1 Millionen Zuseherinnen und Zuseher.",
        True,
        [("count", 5200, None, "about"), ("count", 1100000, None, None)],
        None,
    ),
    ("de", "Kritiker nannten den Ball einmal mehr ein „Schaulaufen der Eitelkeiten“.", False, [], None),
    # --- Olympia-Selektion (Keystone-SDA) ---
    (
        "de",
        "Ittigen (Keystone-SDA) - Swiss Olympic hat für die Winterspiele in Mailand und Cortina d'Ampezzo weitere 38 Athletinnen und Athleten selektioniert.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Damit umfasst die Schweizer Delegation 171 Sportlerinnen und Sportler, so viele wie noch nie bei Winterspielen.",
        True,
        [("count", 171, None, None)],
        None,
    ),
    (
        "de",
        "Swiss-Olympic-Chef Roland Gasser sagte, das Ziel seien wie vor vier Jahren mindestens 15 Medaillen.",
        True,
        [("duration", 4, "year", None), ("count", 15, None, "at_least")],
        "Roland Gasser",
    ),
    ("de", "«Wir fahren nicht nach Italien, um dabei zu sein, sondern um zu gewinnen», sagte Gasser.", False, [], None),
    (
        "de",
        "Die Spiele beginnen am 6. Februar und dauern 17 Tage.",
        True,
        [("date", "--02-06", None, None), ("duration", 17, "day", None)],
        None,
    ),
    # --- Villa record signing (PA) ---
    (
        "en",
        "LONDON (PA) - Aston Villa have signed Brazilian forward Gabriel Moraes from Benfica for a club-record fee of 68 million pounds.",
        True,
        [("money", 68000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The 23-year-old has signed a contract until June 2031, the club said.",
        True,
        [("duration", 23, "year", None), ("year", 2031, None, None)],
        "the club",
    ),
    (
        "en",
        "Moraes scored 14 goals in 27 appearances for the Portuguese side this season.",
        True,
        [("count", 14, None, None), ("count", 27, None, None)],
        None,
    ),
    ("en", '"This is a statement of where we want to be," the club\'s head coach said.', False, [], None),
    (
        "en",
        "Villa are fifth in the Premier League, two points behind fourth-placed Chelsea.",
        True,
        [("ordinal", 5, None, None), ("count", 2, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    # --- Mordprozess in Klagenfurt (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Ein Geschworenengericht in Klagenfurt hat am Freitag einen 36-Jährigen wegen Mordes an seiner früheren Partnerin zu lebenslanger Haft verurteilt.",
        True,
        [("duration", 36, "year", None)],
        None,
    ),
    ("de", "Die Geschworenen sprachen ihn einstimmig schuldig.", True, [], None),
    (
        "de",
        "Er hatte der 31-Jährigen im Juni 2025 in ihrer Wohnung in Villach 14 Messerstiche zugefügt.",
        True,
        [("duration", 31, "year", None), ("year", 2025, None, None), ("count", 14, None, None)],
        None,
    ),
    ("de", "Laut Gerichtsgutachten war der Angeklagte zum Tatzeitpunkt voll zurechnungsfähig.", True, [], None),
    (
        "de",
        "Den beiden Kindern des Opfers sprach das Gericht je 40.000 Euro Trauerschmerzengeld zu.",
        True,
        [("money", 40000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Während sich der Staatsanwalt nicht äußerte, erbat die Verteidigung drei Tage Bedenkzeit.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "„Diese Tat war kein Ausraster, sie war ein Plan“, sagte der Staatsanwalt in seinem Schlussplädoyer.",
        False,
        [],
        None,
    ),
    # --- Handball-EM (APA) ---
    (
        "de",
        "Herning (APA) - Österreichs Handball-Nationalteam hat bei der Europameisterschaft in Dänemark den Einzug ins Halbfinale verpasst.",
        True,
        [],
        None,
    ),
    ("de", "Die ÖHB-Auswahl verlor am Freitag ihr letztes Hauptrundenspiel gegen Spanien mit 29:31.", True, [], None),
    ("de", "Bester Werfer war Kreisläufer Tobias Wiesinger mit acht Toren.", True, [("count", 8, None, None)], None),
    (
        "de",
        "Österreich beendet die Hauptrunde damit als Vierter seiner Gruppe und spielt am Sonntag um Platz sieben.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben 50 Minuten lang Weltklasse gespielt und uns dann selbst geschlagen“, sagte Teamchef Branko Vukelić.",
        False,
        [("duration", 50, "minute", None)],
        None,
    ),
    (
        "de",
        "Die bisher beste EM-Platzierung hatte Österreich 2020 mit Rang sieben erreicht.",
        True,
        [("year", 2020, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    # --- Sleep and diabetes study (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Adults who slept fewer than six hours a night were 28% more likely to develop type 2 diabetes over a decade than those who slept seven to eight hours, a study published Friday found.",
        True,
        [
            ("duration", 6, "hour", "under"),
            ("percent", 28, "%", None),
            ("duration", 7, "hour", None),
            ("duration", 8, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "Researchers followed 84,600 adults in Britain and the United States with an average age of 56.",
        True,
        [("count", 84600, None, None), ("duration", 56, "year", None)],
        None,
    ),
    (
        "en",
        "Lead author Hannah Okafor said the link held after adjusting for weight, diet and exercise.",
        True,
        [],
        "Hannah Okafor",
    ),
    ("en", '"Sleep is the most underrated medicine we have," Okafor said.', False, [], None),
    (
        "en",
        "About one in three American adults regularly gets less than seven hours of sleep, federal health data show.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 7, "hour", "under")],
        None,
    ),
    # --- Winter storm in the Northeast (AP) ---
    (
        "en",
        "NEW YORK (AP) — Up to 18 inches of snow fell across parts of the Northeast on Friday as a winter storm grounded more than 4,300 flights and cut power to about 290,000 homes and businesses.",
        True,
        [("count", 18, None, "up_to"), ("count", 4300, None, "over"), ("count", 290000, None, "about")],
        None,
    ),
    (
        "en",
        "At least seven deaths were blamed on the storm, including two people killed when a tree fell on their car in New Jersey.",
        True,
        [("count", 7, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Central Park had recorded 11.2 inches by 3 p.m., the National Weather Service said.",
        True,
        [("count", 11.2, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "Gov. Linda Marchetti declared a state of emergency in 22 counties and told reporters about 1,800 plow trucks were on the roads.",
        True,
        [("count", 22, None, None), ("count", 1800, None, "about")],
        None,
    ),
    ("en", '"If you don\'t need to be on the roads tonight, please stay off them," Marchetti said.', False, [], None),
    ("en", "More snow is forecast for Sunday night.", False, [], None),
]
