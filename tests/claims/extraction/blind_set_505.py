"""Five-hundred-and-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, commissioners, senators, mayors and the
heads of real agencies appear only by office ("The Home Secretary", "The immigration
minister", "The head of the U.N. refugee agency", "The agency's executive director", "The
justice minister", "The islands' regional president", "Greece's migration minister", "The
home affairs minister", "A Greens senator", "The EU's migration commissioner", "the island's
mayor", „Der bayerische Innenminister“, „Die Integrationsministerin“), and the spokespeople,
researchers, analysts, the course leader, the lawyer and the charity director quoted by name
stand for no real holder.

Names: Henrike Aschermeier-Diallo, Gerold Lindhuber-Haslauer, Séverine Bovay-Strachwitz,
Dagmar Lüttgenhorst-Mensah, Arne Wienbröker-Sesay, Mattia Sitzwohl-Quadranti, Ute
Kallendorf-Asamoah, Jannik Dannhauer-Tembo, Verena Pachler-Quaye, Lorenz Hebborn-Nsiah,
Tilmann Hohlweg-Sarpong and Almuth Reddersen-Boakye; Imogen Fairlamb-Adeyemi, Giorgia
Marchesin-Tlili, Tamsin Yarrowby-Kaur, Anouk Vercauteren-Sow, Fergus Pettingale-Anan, Nerea
Altuna-Diop, Rupert Elsbury-Osagie, Stavros Pelekanos-Mitsou, Chiara Bellomini-Ouattara,
Lachlan Brenchley-Oduya, Clemency Lasbrey-Ibe and Kwabena Ofori-Lindqvist are invented, and
so are the think tank Westerhall Policy Centre, the Kestrel Law Trust, the law firm Tarrant
Lisle, the Merriwa Institute, the charity Tideline and the rescue charity Mare Aperto with
its ship, with every unnamed minister, spokesperson, official, caseworker, survivor, mayor,
volunteer, hotel owner, resident and relative. Real states, bodies, parties, programmes,
laws and places (Nürnberg, the Bundesamt für Migration und Flüchtlinge and its Bamf, Pro
Asyl, Wien, the Innenministerium, the Grundversorgung, the Ukraine, the Asylkoordination,
Bern, the Staatssekretariat für Migration and its SEM, the Bundesasylzentren, Afghanistan,
Syrien, the Türkei, Eritrea, Somalia, the SVP, Berlin, the Integrationskursbericht, Essen,
München, Bayern, the Landesamt für Asyl und Rückführungen, the Dublin rules, Italien,
Österreich, the Bayerischer Flüchtlingsrat, Potsdam, the Bundespolizei, Polen, a Georgian,
the Gewerkschaft der Polizei, the Grünen, the Bundesamt für Fremdenwesen und Asyl and its
BFA, Schubhaft, Istanbul, the FPÖ, the Diakonie, the Bundesrat, the Eidgenössisches Justiz-
und Polizeidepartement, the EU and the Efta, the Arbeitgeberverband, the Deutsche
Presse-Agentur, the Städtetag, Hamburg, Bremen, the Bundesfinanzministerium, the
Auslandsvertretungen, the Blaue Karte EU, the Westbalkanregelung, the Chancenkarte, the
Auswärtiges Amt, India, Pakistan, the IAB, Düsseldorf, Nordrhein-Westfalen, the
Flüchtlingsministerium, the Bezirksregierung Arnsberg, the Städte- und Gemeindebund NRW,
Bochum, the Österreichischer Integrationsfonds ÖIF, the Arbeitsmarktservice AMS, the
Volkshilfe, the Schweizerische Flüchtlingshilfe, the Nationale Kommission zur Verhütung von
Folter, the Verwaltungsgerichte, the Linksfraktion im Bundestag, the Deutscher Richterbund,
Bonn, the Ökumenische Bundesarbeitsgemeinschaft „Asyl in der Kirche“, the Deutsche
Bischofskonferenz; London, Britain, the Channel, the Home Office, France, Paris, Dunkirk,
Boulogne, the French interior ministry, Lampedusa, Italy, Sfax, Tunisia, the IOM, the
central Mediterranean, the Interior Ministry in Rome and in Madrid, Canberra, Australia, the
Humanitarian Program, the Refugee (subclass 200) visa, Sudan, the Department of Home
Affairs, the Refugee Council of Australia, Geneva, UNHCR, Syrians, Afghans and South
Sudanese, the United States, Canada, Germany, Sweden, the National Audit Office, the
First-tier Tribunal, Warsaw, Frontex and its standing corps, the Canary Islands, eastern
Libya, Crete, the International Organization for Migration, Dublin, Ireland, the Department
of Justice, Northern Ireland, the International Protection Accommodation Services, the Irish
Refugee Council, County Clare, Madrid, Salvamento Maritimo, Mauritania, Senegal, Caminando
Fronteras, the Skilled Worker, Health and Care Worker and Graduate visas, the Office for
National Statistics, the Migration Advisory Committee, Athens, Gavdos, Tobruk, Chania, Rome,
La Spezia, Albania, Nauru, Papua New Guinea, Senate estimates, Border Force, Brussels, the
EU Agency for Asylum, Norway, Switzerland, Spain, the European Commission and the asylum
pact, Dover, Equihen-Plage, the Border Security Command, Ramsgate, Zuwara, the Libyan Red
Crescent, Libya's coast guard, and the datelines' cities) stand for the way wire copy names
them; every application, rate, share, decision, backlog, deportation, return, transfer,
crossing, rescue, death toll, place, occupancy, visa, quota, permit, cost, flat rate, daily
rate, wait, age, date and quote here is invented, and where a real figure came to mind (the
real length of a German integration course and its fee per teaching unit, the real federal
flat rate per first-time applicant, the real Austrian daily rates, the real quota of the
Westbalkanregelung and the real points threshold of the Chancenkarte, the real Swiss return
aid, a real British salary threshold and the real length of the Graduate route, a real hotel
cost per night, the real size of the Australian Humanitarian Program and the real count of
people sent offshore since 2012, a real German resettlement pledge, a real Swiss quota for
third-country workers, a real Mediterranean or Channel toll, a real detention period for
rescue ships) it was changed. Kept as the facts they are: the ban on Schubhaft for minors
under 14 in Austria, the Refugee (subclass 200) visa, Australia's offshore processing since
2012, Italy's decree of 2023 on rescue ships and the IOM's count of the Mediterranean dead
since 2014.

Its weight: MIGRATION AND ASYLUM, seventh round (the hundred-fourth batch weighed migration,
asylum and borders, the hundred-seventy-seventh migration and borders in one autumn, the
two-hundred-and-seventy-ninth migration and asylum, the three-hundred-and-thirty-first
migration, asylum and borders, the three-hundred-and-ninety-first and
four-hundred-and-fifty-fifth migration and asylum statistics, and the fifty-fifth crime,
migration and asylum and the two-hundred-and-twenty-second opinion versus claim in migration
and social policy copy; their decisions are kept, those of the
three-hundred-and-ninety-first and four-hundred-and-fifty-fifth first of all) - three
ordinary wire weeks, Monday, October 4, to Friday, October 22, 2027, as 30 short stories in
date order with the German and English desks interleaved, each told as wire copy runs it (a
dateline lead with the headline figure, the figures around it, attributed statements, the
other side, quotes and reactions), this time weighing the whole chain from arrival to
integration and work rather than the monthly tallies alone: the Bamf's September with
nationalities in brackets and the overall protection rate, Channel crossings in September,
Austria's asylum statistics from Jänner to September with the Grundversorgung and its daily
rates, rescues off Lampedusa, Swiss asylum applications and the federal centres, Australia's
humanitarian intake for 2027-28, integration courses in the first half, UNHCR's resettlement
needs for 2028, deportations from Bavaria with Dublin transfers and people obliged to leave,
the British asylum backlog with the grant rate, hotels and tribunal appeals, rejections at
Germany's land borders, Frontex's nine months, Austria's removals and Schubhaft, Ireland's
protection applications and beds, Swiss quotas for skilled workers from third countries,
arrivals on the Canary Islands and the minors there, the Länder's costs per asylum seeker
and the federal flat rate, British work visas and net migration, German visas for skilled
workers (the Blue Card, the Westbalkanregelung, the Chancenkarte and the waits for
appointments), arrivals on Crete, reception centres in North Rhine-Westphalia, a rescue ship
sent to a distant port and Italy's centres in Albania, German courses and refugees in work
in Austria, the cost of offshore processing on Nauru, Swiss returns with special flights and
return aid, EU-wide applications from the EUAA, the length of German asylum procedures and
court cases, the busiest Channel day in months, church asylum and resettlement in Germany,
and the IOM's Mediterranean toll. Half German (dpa with its regional slugs "dpa/lby" and
"dpa/lnw", APA, Keystone-SDA, KNA; Austrian „Jänner“, „heuer“, „Grundversorgung“,
„Schubhaft“, „Anhaltedauer“, „Außerlandesbringungen“, „Vollzugsquote“, Swiss „Asylgesuche“,
„Gesuchstellenden“, „Ende Monat“, „bis Ende Jahr“, „schliessen“, „selbständig“, „hängigen“,
„unverhältnismässig“, the apostrophe as separator („1'986“, „5'064“, „9'280“, „8'750“,
„14'000“, „118'000 Franken“, „8'904“), «» quotes; German „“ quotes), half English (Reuters
with dated datelines, AFP with a dated dateline, AP, PA, AAP; British "Home Office data
shows", "the First-tier Tribunal", "£148", "MPs", Irish "International Protection
Accommodation Services", "slept rough", Australian "$486 million" in Australian dollars,
"2027-28", "this financial year", "Senate estimates", U.S. "Sept. 30", "350 kilometers").
Figures as such copy has them: monthly, quarterly, half-year and year-to-date applications,
decisions, pending cases, appeals, rejections, deportations, removals, transfers, returns,
arrivals, detections, rescues, deaths, places, beds, visas, permits, pledges and course
participants as counts, nationalities in brackets, protection, recognition, grant, pass,
employment, enforcement and occupancy rates in percent and a move in percentage points,
shares and fractions („In knapp jedem dritten Fall“, „gut ein Fünftel mehr“, „Mehr als jede
dritte Zurückweisung“, „gut ein Viertel der Kosten“, „In gut jedem vierten Klageverfahren“,
"a fifth fewer", "more than half", "fewer than one in fifteen", "Nearly half", "Just over a
third", "less than a fifth", "roughly one in eight", "by two-thirds", "roughly a tenth
fewer", "Nearly two-thirds", "about one in five"), multiples ("more than four times",
"almost three times"), costs per person, day, month, night and year and flat rates in euros,
pounds, francs and Australian dollars, waits, detention and procedures in days, weeks,
months and years, ages, ordinals of quarters, halves, months in a row and first attempts,
years, dates and datelines. Speakers as such copy has them: the agencies and ministries with
„teilte ... mit“, „wie ... mitteilte“, „Das teilte ... mit.“, „laut BFA“, "said", "said on
Friday that"; made-up spokespeople, researchers and experts with the title before the name
(„Bamf-Sprecherin“, „Innenministeriumssprecher“ after „Laut“, „SEM-Sprecherin“,
„Kursleiterin“, „Bundespolizei-Sprecher“, „Ökonom ... vom Arbeitgeberverband“,
„Städtetag-Finanzreferentin“, „IAB-Migrationsforscher“, „ÖIF-Sprecherin“ after „Laut“,
„SEM-Sprecher“ after „Laut“, „Bamf-Sprecher“, „Kirchenasyl-Referentin“, "IOM spokesperson",
"UNHCR spokeswoman ... told reporters in Geneva that", "Salvamento Maritimo spokeswoman",
"Coast guard spokesman", "Interior Ministry spokeswoman") or after it ("said X, a researcher
at ...", "said X, a policy analyst at ...", "said X, head of policy at ...", "said X, a
partner at ...", "said X, an analyst at ..."); ministers by office only; beside them the
forms left unchecked (roles, plurals, data and documents, counting, calculating, estimating,
finding and demanding verbs, a description between name and verb, a hearing, and every
"according to"). Negatives as such copy has them - 55 rows, none with a figure: the same
spokespeople's slogans and reassurances in quotes, ministers' and officials' rhetoric,
labels from parties, charities, churches, judges and councils („sprach von“, „nannte“,
„kritisierte ... als“, "called"), a verdict with „hielten ... für“, a reading of causes, an
accusation against rescuers, warnings and appeals naming no measure or no figure, an
evasion, the caveat on an unverified account, views and feelings told as reports and an
idiom („Wer die Musik bestellt, ...“), each near a check-worthy look-alike from the same
story (often the same speaker's figure).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 4 carry no figure (3 German, 1 English), 373 expected quantities (198 counts,
42 percentages - 40 in "%", 2 in percentage points "pp" -, 41 durations - 16 in months, 13
in years, 8 in days, 4 in weeks -, 32 years, 22 amounts of money - 13 EUR, 4 GBP, 3 CHF, 2
AUD -, 17 fractions, 11 ordinals, 10 dates - 0 with a year, 10 without -; 98 of them hedged:
46 "about", 24 "over", 11 "nearly", 7 "at_least", 6 "up_to", 4 "under"; none of them in a
negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences and the runs of their
own words it found elsewhere, case and punctuation normalised) were reworded before the
commit; none remains. The made-up names and firms were checked against the earlier batches;
fifteen surnames already in use there (alone or in other double names) and three firm names
were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported slogan, reassurance, label, verdict, accusation, warning or
  appeal naming no measure, evasion, reading of causes, feeling or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-ninth,
  three-hundred-and-thirty-first, three-hundred-and-ninety-first,
  four-hundred-and-fifty-fifth); a quoted or reported statement of fact, figure, step, rule,
  plan, demand or finding with a figure is check-worthy with its speaker, also in Konjunktiv
  I and in a quote (hundred-fourth, hundred-seventy-seventh, four-hundred-and-ninety-third).
  Pairs from one speaker: Aschermeier-Diallo's 96,240 pending cases beside „wieder in
  Echtzeit“; Lindhuber-Haslauer's 9,415 removals beside „am Ziel sind wir noch lange nicht“;
  Marchesin-Tlili's 1,386 beside "not fate; they were choices"; Bovay-Strachwitz's two
  centres beside „wieder Luft“; Lüttgenhorst-Mensah's 143 waiting beside „die
  Eintrittskarte“; Wienbröker-Sesay's 11,500 officers beside „ein Signal“;
  Sitzwohl-Quadranti's 14,000 missing workers beside „den Mangel verwalten“;
  Kallendorf-Asamoah's good quarter beside „Wer die Musik bestellt“ (an idiom,
  four-hundred-and-seventy-fourth: „keinen Blumentopf“); Dannhauer-Tembo's 290,000 beside
  „ein Standortproblem“; Hebborn-Nsiah's return aid beside „Rückkehr in Würde“;
  Hohlweg-Sarpong's 420 decision-makers beside „nicht auf Kosten der Sorgfalt“;
  Reddersen-Boakye's 14 hardship cases beside „gelebte Barmherzigkeit“; Ofori-Lindqvist's
  one in five beside "a family still waiting for a phone call"; the Home Office's 1,118
  returns beside the Home Secretary's "route by route" and Mare Aperto's 19 minors beside
  its label "a punishment disguised as a port". Other negatives: labels („Pro Asyl sprach
  von“, „Die Asylkoordination nannte“, „Die SVP sprach von“, „Der bayerische Innenminister
  sprach von“, „Der Bayerische Flüchtlingsrat kritisierte ... als“, „Die FPÖ nannte“, „Die
  SVP kritisierte ... als“, „Der Städte- und Gemeindebund NRW sprach von“, „Die
  Integrationsministerin sprach von“, „Die Volkshilfe kritisierte ... als“, „Die
  Schweizerische Flüchtlingshilfe nannte“, „Der Deutsche Richterbund sprach von“,
  "Opposition MPs called", "The aid group Caminando Fronteras called", "A spokeswoman for
  Mare Aperto called", "A Greens senator called"), a verdict with „hielten ... für“ (the
  Grünen; hundred-ninety-ninth), ministers' and officials' rhetoric told by office ("The
  Home Secretary said" twice, "The immigration minister said", "The head of the U.N. refugee
  agency said", "A Home Office spokesperson insisted", "A Home Office spokesperson said",
  "The agency's executive director said", "The justice minister said", "The islands'
  regional president said", "Greece's migration minister said", "The home affairs minister
  said", "The EU's migration commissioner said"), a reading of causes ("Human rights groups
  said much of the drop reflected deals with transit governments ...";
  three-hundred-and-ninety-first, four-hundred-and-fifty-fifth), the government's charge
  against charity ships ("The government accuses charity ships of encouraging departures
  ..."; two-hundred-and-seventy-ninth, four-hundred-and-fifty-fifth), a warning that
  declines to name a figure („Die Kursträger warnten vor einem Abbau von Angeboten, ohne ihn
  zu beziffern.“; four-hundred-and-ninety-third: „ohne sie zu beziffern“), appeals naming no
  measure („Die Bischofskonferenz appellierte“, "UNHCR urged European governments to "put
  saving lives back at the centre""; two-hundred-and-fourth,
  three-hundred-and-ninety-first), an evasion („Das Bundesfinanzministerium verwies auf die
  Zuständigkeit der Länder und wollte sich ... nicht äußern.“;
  two-hundred-and-seventy-sixth, four-hundred-and-fifty-fifth), the caveat "AP could not
  independently verify ..." (hundred-fourth), views told as reports ("Refugee advocates said
  ...", "Aid groups said the gap ...", "Refugee charities said ...";
  three-hundred-and-ninety-fifth) and feelings ("Residents near a planned centre ... said
  they felt ignored", "Hotel owners in Chania said they were worried";
  hundred-seventy-seventh). Check-worthy without a figure (hundred-fourth,
  three-hundred-and-ninety-first, four-hundred-and-fifty-fifth): Frontex's caveat that its
  figures count detections ("cautioned" no verb of saying), and the rows naming only their
  neighbour's source („Das teilte das Landesamt für Asyl und Rückführungen am Freitag mit.“
  with its speaker, as „Die Zahlen teilte das Bamf am Dienstag mit.“ -
  three-hundred-and-thirty-first, four-hundred-and-fifty-fifth; „Das geht aus der Antwort
  auf eine Anfrage der Linksfraktion im Bundestag hervor.“ and „Diese Zahlen nannte die
  Ökumenische Bundesarbeitsgemeinschaft „Asyl in der Kirche“ am Freitag.“ with the speaker
  unchecked - two-hundred-and-seventy-ninth, four-hundred-and-fifty-fifth: „Diese Zahl nennt
  der Jahresbericht“).
- Asylum statistics (fifty-fifth, hundred-fourth, hundred-seventy-seventh,
  two-hundred-and-seventy-ninth, three-hundred-and-thirty-first,
  three-hundred-and-ninety-first, four-hundred-and-fifty-fifth): first and follow-up
  applications, decisions, pending cases, appeals and court cases, rejections at the border,
  unauthorised entries, deportations, removals, transfers, returns, people obliged to leave
  and tolerated, people in Schubhaft and in the Grundversorgung, arrivals, detections,
  rescues, deaths, smugglers, officers, places, beds, visas, permits, pledges, special
  flights, church asylum cases and course participants are counts; nationalities in brackets
  each a count („Afghanistan (1.904), Syrien (1.296) und der Türkei (811)“, „Afghanen
  (1.742) und Somalier (689)“); the Swiss apostrophe a separator; comparisons after the
  figure carry no hedge („212 weniger als im August“, „250 mehr als in diesem Jahr“, „604
  mehr als im August“, „rund 300 mehr als im gleichen Zeitraum 2026“ 300 "about", "about
  1,300 fewer than in the same month last year" 1,300 "about", "2,940 fewer than in March";
  hundred-first); "well below their combined capacity of 880" 880 with no hedge (the hedge
  stands before "their"; four-hundred-and-fifty-fifth: "well below their capacity of 940")
  and „unter der Marke von 100.000“ 100,000 with no hedge likewise („unter“ stands before
  the article, not the figure); "designed for 420 people, held roughly 1,450", "built for
  1,200 people was holding about 1,750", „ausgelegt ist sie für 500“ the capacity with no
  hedge and the occupancy with its own (hundred-fourth, three-hundred-and-ninety-first);
  „21.480 der gut 34.000 Plätze“ and „5'064 der 9'280 Plätze“ both counts
  (four-hundred-and-fifty-fifth: „4'870 der 9'400 Plätze“); „Weitere“, „zudem“, „Zudem“,
  „darunter“, „Darunter“, „davon“, „derzeit“, „zusammen“, „allein“, "A total of",
  "currently", "Only", "together", "so far" no hedge. Protection, recognition, grant, pass,
  employment, enforcement and occupancy rates are percentages („Die Gesamtschutzquote sank
  auf 34,8 Prozent, 2,1 Prozentpunkte weniger“ 34.8 "%" and 2.1 "pp", „Die Anerkennungsquote
  lag bei 29,3 Prozent; weitere 31 Prozent“, „zu 81 Prozent ausgeschöpft“, „Die
  Vollzugsquote von gut 36 Prozent“ "over", „knapp 55 Prozent“ and „knapp 63 Prozent, nach
  fast 90 Prozent“ "nearly", „51 Prozent ..., bei den Frauen nur 29 Prozent“, "the grant
  rate stood at 39%, down 8 percentage points" 39 "%" and 8 "pp" -
  four-hundred-and-fifty-fifth: "down 15 percentage points" -, "Recognition rates at first
  instance averaged 38%"). „erstmals“, „Erstanträge“, „Erstantragsteller“ and „pro
  Erstantragsteller“ carry no ordinal (forty-first, four-hundred-and-fifty-fifth); "an
  initial decision" and "initial decisions" none ("initial" carries none,
  three-hundred-and-ninety-first); "Recognition rates at first instance" none
  (three-hundred-and-ninety-first: "at first instance"), while „in erster Instanz“ in the
  Swiss row is ordinal 1 (fifty-fifth, two-hundred-and-thirteenth,
  two-hundred-and-forty-eighth). "to a third country" carries no ordinal
  (hundred-eighty-eighth: "third countries" names states outside an agreement) and „aus
  Drittstaaten“ none. „beim ersten Antritt“ is ordinal 1 (four-hundred-and-fifty-fifth:
  „deren erstes Verfahren“), "the First-tier Tribunal" none (four-hundred-and-fifty-fifth),
  the language levels „Sprachniveau B1“, „A2“ and „die A2-Prüfung“ none
  (four-hundred-and-fifty-fifth), „720 Unterrichtseinheiten, davon 110 im Orientierungskurs“
  counts (four-hundred-and-fifty-fifth: „640 Unterrichtseinheiten“). The letters of the
  Swiss permits („Aufenthaltsbewilligungen B“, „Kurzaufenthaltsbewilligungen L“, „3'000 L-
  und 500 B-Bewilligungen“) carry nothing, and the figures before them count. Demands and
  plans with a figure are check-worthy with the speaker unchecked („die Länder fordern
  mindestens 10.500 Euro“, „Die Deutsche Bischofskonferenz forderte, das Kontingent für 2028
  auf mindestens 8.000 Plätze anzuheben.“, „Das Land will ... sieben Notunterkünfte ...
  schließen.“; "We would like to see the intake lifted to 27,000 places a year" with its
  named speaker as a position; three-hundred-and-ninety-first,
  four-hundred-and-fifty-fifth).
- New: „unter der 2000er-Marke“ is count 2,000 with no hedge - a mark named by its figure
  with „-er“ glued to it is that figure, as "the 30,000 mark" was 30,000
  (three-hundred-and-ninety-first), and „unter“ before the article bounds nothing, as above;
  the row keeps 11.4 "%" and „den dritten Monat in Folge“ ordinal 3
  (four-hundred-and-ninetieth: "for the third meeting running").
- New: "Refugee (subclass 200) visas" carries none - the number of a visa subclass is an
  identifier, as the number of a paragraph („Paragraf 23“ of a negotiating text,
  hundred-forty-fifth) and of an article („Artikel 8“, four-hundred-and-fifty-fifth) and the
  case number "C-412/25" (hundred-seventy-seventh) are, and the row keeps "About 11,800"
  "about".
- New: „nötig sind mindestens sieben Punkte“ for the Chancenkarte is count 7 "at_least" -
  the points of a points-based visa are a score counted as points of an index are counts
  ("Dow jumps 410 points", four-hundred-and-ninetieth), unlike a poll's points, which move a
  share and are percentage points (fourth, four-hundred-and-ninety-third); „mindestens“
  "at_least" as every batch.
- New: "Senate estimates has heard" names no checked speaker - the committee hearing is the
  occasion at which the figure was given, not its source, as „wie eine Umfrage ... ergab“
  (four-hundred-and-fifty-fifth) and "Defence officials have told a Senate estimates
  hearing" (plural officials; two-hundred-and-thirty-second) left theirs unchecked; "Home
  Affairs officials told the hearing" here is plural and unchecked too
  (four-hundred-and-twentieth).
- Shares are fractions (the issue's "ein Fünftel", "jeder vierte", "two-fifths"; every
  migration round): „In knapp jedem dritten Fall“ 0.3333 "nearly", „gut ein Fünftel mehr“
  0.2 "over", „Mehr als jede dritte Zurückweisung“ 0.3333 "over"
  (three-hundred-and-ninety-first: „Mehr als jede zweite Zurückweisung“), „gut ein Viertel
  der Kosten“ 0.25 "over" („im Schnitt“ no hedge), „In gut jedem vierten Klageverfahren“
  0.25 "over" (four-hundred-and-fifty-fifth: „In gut jedem vierten Fall“), "a fifth fewer
  than by this point in 2026" 0.2, "more than half of those in need" 0.5 "over", "fewer than
  one in fifteen" 0.0667 "under" (three-hundred-and-ninety-first: "fewer than one in three
  decisions"), "Nearly half of the appeals" 0.5 "nearly", "Just over a third" 0.3333 "over",
  "less than a fifth of their level two years earlier" 0.2 "under" with 2 years, "roughly
  one in eight" 0.125 "about" (three-hundredth: "about one in eight"), "fallen by two-thirds
  in three years" 0.6667 with 3 years ("by" no hedge), "roughly a tenth fewer" 0.1 "about",
  "down from a fifth in early 2025" 0.2 and the year, "Nearly two-thirds" 0.6667 "nearly",
  "only about one in five" 0.2 "about" ("only" no hedge). Multiples above one stay counts:
  "more than four times their official capacity of 1,100" 4 "over" and 1,100
  (three-hundred-and-ninety-first: "more than four times the number"), "almost three times
  last year's figure" 3 "nearly" (three-hundred-and-thirty-first). Verbs of halving carry
  none, and the figure they reach keeps no hedge from the words before the verb
  (four-hundred-and-ninety-third): "almost halved to 14,980" 14,980.
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch):
  „die Anhaltedauer lag im Schnitt bei 36 Tagen“, „im Schnitt 47 Tage“, „durchschnittlich
  17,2 Monate“, „im Schnitt 6,4 Monate ..., nach 7,9 Monaten“, „im Schnitt 3,8 Monate“, „9,5
  Wochen, ... teils mehr als fünf Monate“ 5 months "over", „bei elf Wochen, ... teils bei
  mehr als einem halben Jahr“ 11 weeks and 0.5 years "over" (eleventh: „ein halbes Jahr“;
  four-hundred-and-eighty-second: „um gut ein halbes Jahr“), „länger als 90 Tage im Jahr“ 90
  days "over" („im Jahr“ none), „bis zu 20 Monate“ "up_to", „vor zwei Jahren“ 2 years, „Fünf
  Jahre nach der Anerkennung“ 5 years (four-hundred-and-fifty-fifth: „Sieben Jahre nach
  ihrer Einreise“), „für Minderjährige unter 14 Jahren“ 14 years "under"
  (four-hundred-and-fifty-fifth: „für Kinder unter 14 Jahren“), „ein 52-jähriger Georgier“
  52 years („ein“ the article), "in two years", "two years ago", "two years earlier", "for
  more than two years" 2 years "over", "in three years", "14 months, down from 19 months",
  "to 7.5 months from 17 months", "for 21 months", "for more than 10 weeks" "over", "an
  average wait of 41 weeks" (four-hundred-and-fifty-fifth), "at sea for 11 days", "in the
  seven days to Tuesday" 7 days, "can take up to two days" 2 days "up_to", "about five days"
  "about", "for 15 days each time" ("each time" none), "the previous three months" 3 months
  (three-hundred-and-ninety-first: "in the previous 12 months"), "in the nine months" 9
  months (four-hundred-and-eighty-second: "over the five days"), "A 4-year-old girl" 4 years
  and "the youngest aged 13" 13 years (four-hundred-and-eighty-second: "aged eighty-six");
  periods with a first („in den ersten neun Monaten“ ordinal 1 and 9 months, "in the first
  nine months" likewise - hundred-eighty-eighth: „in den ersten elf Monaten des Jahres“ -,
  „Im ersten Halbjahr“ and "in the first half of 2027" ordinal 1,
  three-hundred-and-ninety-first). Quarters are ordinals („im dritten Quartal“ 3 twice, "in
  the third quarter" 3; seventy-third, eighty-fifth); "the quarter", „im Quartal“ and „im
  Halbjahr“ none (four-hundred-and-fifty-fifth: "for any quarter"). None: „Von Januar bis
  September“, „von Jänner bis September“, „im Vorjahresmonat“, „im Vorjahreszeitraum“, „im
  Vergleichszeitraum des Vorjahres“, „im gesamten Vorjahr“, „im vergangenen Jahr“, „im
  kommenden Jahr“, „in diesem Jahr“, „heuer“, „seit Jahresbeginn“, „Seit Januar“, „Ende
  September“, „Ende Monat“, „bis Ende Jahr“, „bis Ende September“, „pro Jahr“, „jährlich“,
  „pro Person und Tag“, „pro Person und Monat“, „im Jahr“, "last year", "a year earlier", "a
  year before", "a year ago", "last week", "this year", "so far this year", "since January",
  "since Sunday", "since June", "since the start of August", "between January and
  September", "in the year to September", "at the end of June", "at the start of the year",
  "before December", "this financial year", "a mid-year report", "a year", "per person per
  night", "per person a year", weekdays and months.
- Years and dates: „im September 2026“, „seit 2022“, „Im Jahr 2026“, „bis 2035“, „bis Mitte
  2028“, „im gleichen Zeitraum 2026“, „für 2026 und 2027“, „für 2028“, "in September 2026",
  "the pace of 2026", "The running total for 2027", "by this point in 2026", "in 2028",
  "pledges for 2028", "Since 2016", "by 2030", "Since 2012", "a 2023 decree", "since 2014"
  twice, "in early 2025", "at this point in 2026", "the same period of 2026" the years; "in
  2027-28", "In 2026-27" and "the 2026-27 financial year" both years
  (four-hundred-and-ninety-third: "For 2027-28"). Dates: „zum Stichtag 30. September 28.716
  Menschen“ gives --09-30 and the count 28,716 apart (four-hundred-and-fifty-fifth: "As of
  June 15, 19,870 migrants"; three-hundred-and-thirty-first: „Zum Stichtag 31. März“), "in
  its fiscal year ending Sept. 30" --09-30 (four-hundred-and-fifty-fifth: "Aug. 23").
  Reuters and AFP datelines with a day are dates without a year ("LONDON, Oct 4", "GENEVA,
  Oct 7", "WARSAW, Oct 11", "DUBLIN, Oct 12", "MADRID, Oct 13 (AFP)", "ROME, Oct 18",
  "BRUSSELS, Oct 20", "GENEVA, Oct 22"; hundred-sixtieth, three-hundred-and-ninety-first);
  dpa (also "dpa/lby", "dpa/lnw"), APA, Keystone-SDA, KNA, AP ("LAMPEDUSA, Italy (AP) —",
  "ATHENS, Greece (AP) —"), PA ("LONDON (PA) -" twice, "DOVER (PA) -") and AAP ("CANBERRA
  (AAP) -" twice) datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („29 Euro pro Person und Tag, ... 118
  Euro“ both, „rund 1,02 Milliarden Euro“ "about", „5,34 Euro je Teilnehmer und
  Unterrichtseinheit“, „durchschnittlich 1.240 Euro“, „rund 13,8 Milliarden Euro“ "about"
  („zusammen“ no hedge), „zwischen 12.300 und 19.800 Euro im Jahr“ both with the currency
  written once, „eine Pauschale von 8.150 Euro pro Erstantragsteller“, „mindestens 10.500
  Euro“ "at_least", „durchschnittlich 1.710 Euro ..., Bremen 1.640 Euro“, „Tagessätzen von
  bis zu 290 Euro“ "up_to"), GBP ("an average of £148 per person per night, compared with
  £29" both - "an average of" no hedge, four-hundred-and-fifty-fifth -, "£43,200 a year, up
  from £40,100"), CHF („im Schnitt 118'000 Franken“, „bis zu 1'200 Franken sowie bis zu
  4'000 Franken“ both "up_to"), AUD ("about $486 million" "about" and "more than $5.7
  million per person a year" "over" - "$" in Australian copy is the Australian dollar,
  four-hundred-and-seventy-ninth, four-hundred-and-ninetieth). The base of a rate („pro
  Person und Tag“, „je Teilnehmer und Unterrichtseinheit“, „pro Erstantragsteller“, „pro
  Person und Monat“, „pro Person“, „im Jahr“, "per person per night", "per person a year",
  "a year") carries none (hundred-seventy-seventh).
- Counts otherwise: "six overcrowded boats" 6, "at least nine others" 9 "at_least", "three
  people aboard" 3, "Two men" 2 (a number word opening the row, three-hundredth), "The two
  centres" 2 (four-hundred-and-fifty-fifth: "Italy's two processing centres"), „zwei
  temporäre Zentren mit zusammen 640 Plätzen“ 2 and 640, „sieben Notunterkünfte mit zusammen
  rund 4.300 Plätzen“ 7 and 4,300 "about", "in 17 small boats", "from nine fishing boats",
  "aboard 22 boats", "14 boats carrying 371 people", "detained twice" 2
  (three-hundred-and-first: "twice"), "19 member states", "2,340 people, among them 410
  children" ("among them" no hedge), „237 mutmaßliche Schleuser, darunter ein 52-jähriger
  Georgier, der 19 Menschen ... befördert haben soll“ 237, 52 years and 19, „rund 2,1
  Millionen Überstunden“ "about", "Nearly 2.9 million" "nearly" with the scale word
  multiplying, distances ("roughly 40 kilometres" and "about 350 kilometers" and "roughly
  1,300 km" "about"; three-hundred-and-ninety-first: "a journey of roughly 300 km"), "Some
  4,870", "Some 2,960", "Some 29,870" and "Some 51,220" "about"
  (three-hundred-and-ninety-first), "more than 70 people" "over", "fewer than 12,000"
  "under", "38,000 more workers a year" ("more" after the figure no hedge), "27,000 places a
  year, with 10,000 of those" both. None: "Each boat", "most of them", „Die meisten“, „vor
  allem“, "the busiest route", "the largest resettlement country", "the most claims", "the
  lowest since", "more than on any day since June", "more than on any other route", "a
  pirogue", "the same person", "EU", „EU-Staat“, „Dublin-Fälle“, „Dublin-Überstellungen“,
  „Dublin-Übernahmeersuchen“, „Blaue Karten EU“, "Mare Aperto" and „dpa/lby“.
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "around", "roughly",
  "Some" "about"; „knapp“, „Knapp“, „fast“, "Nearly", "almost" "nearly"; „gut“, „mehr als“,
  „Mehr als“, „länger als“, „über“ right before a figure, "more than", "More than", "Just
  over" "over"; „unter“ right before a figure, "fewer than", "less than" "under";
  „mindestens“, "at least" "at_least"; „bis zu“ right before a figure, "up to" "up_to". No
  hedge: „im Schnitt“, „durchschnittlich“, „durchschnittliche“, "on average" after the
  figure (four-hundred-and-fifty-fifth), "an average of", "an average wait of", „nur“,
  "only", „bislang“, „bisher“, „derzeit“, „derweil“, „zusammen“, „Weitere“, „weitere“,
  „teils“, "together", "well below their", and „bis zu einem Urteil“ - „bis zu“ there is the
  preposition of time before the article (three-hundred-and-ninety-first: „Bis zu einer
  Entscheidung vergingen“) and the 17.2 months after it keep no hedge.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das Bundesamt
  für Migration und Flüchtlinge am Montag mit“ -> "das Bundesamt für Migration und
  Flüchtlinge" (the weekday dropped; four-hundred-and-ninety-third: „teilte die Statistik
  Austria am Montag mit“), „wie das Staatssekretariat für Migration (SEM) am Mittwoch
  mitteilte“ -> "das Staatssekretariat für Migration" (the abbreviation dropped;
  four-hundred-and-fifty-fifth), „Das teilte das Landesamt für Asyl und Rückführungen am
  Freitag mit.“ -> "das Landesamt für Asyl und Rückführungen"
  (three-hundred-and-thirty-first, four-hundred-and-fifty-fifth: „Die Zahlen teilte das Bamf
  am Dienstag mit.“), „teilte die Bundespolizei am Montag mit“ -> "die Bundespolizei"
  (three-hundred-and-ninety-first), „Laut BFA“ -> "BFA" (hundred-seventy-seventh,
  four-hundred-and-fifty-fifth), „teilte das Flüchtlingsministerium am Montag mit“ -> "das
  Flüchtlingsministerium"; the title before the name dropped („Bamf-Sprecherin Henrike
  Aschermeier-Diallo sagte“, „SEM-Sprecherin Séverine Bovay-Strachwitz sagte“, „Kursleiterin
  Dagmar Lüttgenhorst-Mensah sagte“, „Bundespolizei-Sprecher Arne Wienbröker-Sesay sagte“,
  „Städtetag-Finanzreferentin Ute Kallendorf-Asamoah sagte“, „IAB-Migrationsforscher Jannik
  Dannhauer-Tembo sagte“, „Bamf-Sprecher Tilmann Hohlweg-Sarpong sagte“,
  „Kirchenasyl-Referentin Almuth Reddersen-Boakye sagte“; three-hundred-and-ninety-first,
  four-hundred-and-fifty-fifth), „Ökonom Mattia Sitzwohl-Quadranti vom Arbeitgeberverband
  sagte“ the name with the title and the body dropped (four-hundred-and-ninetieth: „sagte
  Hydrologin Martina Staudinger-Lenz vom Land Niederösterreich“), „Laut
  Innenministeriumssprecher Gerold Lindhuber-Haslauer“, „Laut ÖIF-Sprecherin Verena
  Pachler-Quaye“ and „Laut SEM-Sprecher Lorenz Hebborn-Nsiah“ the name
  (four-hundred-and-fifty-fifth: „Laut SEM-Sprecherin Anne-Laure Rochat-Gisler“). English:
  "The Home Office said ..." -> "the Home Office" (hundred-seventy-seventh), "..., the
  Department of Home Affairs said." and "..., the Department of Justice said on Tuesday."
  with their article (four-hundred-and-ninety-third: "the Department of Finance said on
  Friday"), "UNHCR said on Thursday" -> "UNHCR" (fifty-fifth, four-hundred-and-fifty-fifth),
  "Frontex said on Monday" -> "Frontex" (hundred-fourth), "the EU Agency for Asylum said in
  a mid-year report" -> "the EU Agency for Asylum" (the occasion dropped;
  four-hundred-and-fifty-fifth: "said in its yearly overview"), "The International
  Organization for Migration said on Friday that ..." -> "the International Organization for
  Migration" with the article lowered (hundred-fourteenth, four-hundred-and-ninetieth); the
  name with the title dropped ("IOM spokesperson Giorgia Marchesin-Tlili said", "Salvamento
  Maritimo spokeswoman Nerea Altuna-Diop said", "Coast guard spokesman Stavros
  Pelekanos-Mitsou said", "Interior Ministry spokeswoman Chiara Bellomini-Ouattara said",
  "IOM spokesperson Kwabena Ofori-Lindqvist said"; four-hundred-and-fifty-fifth), "UNHCR
  spokeswoman Anouk Vercauteren-Sow told reporters in Geneva that ..." the name ("told
  reporters" names the speaker and the place drops; four-hundred-and-fifty-fifth), and a
  quote or figure followed by "said Imogen Fairlamb-Adeyemi, a researcher at ...", "said
  Tamsin Yarrowby-Kaur, a policy analyst at ...", "said Fergus Pettingale-Anan, head of
  policy at ...", "said Rupert Elsbury-Osagie, a partner at ..." and "said Lachlan
  Brenchley-Oduya, an analyst at ..." the name (three-hundred-and-fifty-sixth,
  four-hundred-and-ninety-third). Each row's diacritics and hyphens are its speaker's
  („Séverine Bovay-Strachwitz“, „Dagmar Lüttgenhorst-Mensah“, „Arne Wienbröker-Sesay“). Left
  unchecked (None): all negatives, also those with a named speaker; roles and offices („Ein
  Sprecher des Landesamts sagte“, „räumte eine BFA-Sprecherin ein“, "A Frontex spokesman
  said", "A Commission spokeswoman said", "the agency said", "the island's mayor said", "the
  charity said"; three-hundred-and-ninety-first, four-hundred-and-fifty-fifth); plural and
  collective sources ("officials said", "French authorities said", "Officials at the Border
  Security Command said", "Home Affairs officials told the hearing", "Charity workers on the
  French coast said", "Aid groups said ..."; four-hundred-and-twentieth); a description
  between name and verb ("Mare Aperto, which operates the ship, said"; three-hundredth);
  documents and data („wie aus der am Dienstag veröffentlichten Statistik des
  Innenministeriums hervorgeht“, „heißt es im Integrationskursbericht des Bamf“, „wie aus
  einer Mitteilung des Eidgenössischen Justiz- und Polizeidepartements hervorgeht“, „wie
  eine Umfrage der Deutschen Presse-Agentur unter den Landesregierungen ergab“, „laut einer
  Studie des ÖIF“, "Home Office figures showed", "Home Office data shows", "Home Office
  statistics show", "Home Office figures show", "Interior Ministry data show" twice,
  "departmental figures show", "department figures show", "IOM data show"); „Nach Angaben
  aus dem Auswärtigen Amt“, „Nach Angaben aus der Bezirksregierung Arnsberg“ and „nach
  Angaben aus den Kammern“ (four-hundred-and-fifty-fifth: „Nach Angaben aus dem
  Innenministerium“); every "according to" (a French interior ministry tally, the Home
  Office twice, the department, the Irish Refugee Council, the latest ONS estimate, the
  coast guard, Interior Ministry figures, the International Organization for Migration, the
  Refugee Council of Australia, the Libyan Red Crescent); verbs of counting, calculating,
  estimating, finding, recording, cautioning, pointing out and demanding („Das Bundesamt für
  Fremdenwesen und Asyl (BFA) hat ... gezählt“, „Die Diakonie zählte“, „Die Gewerkschaft der
  Polizei rechnete vor“ - four-hundred-and-fifth: „beziffert die Kammer“ -, „Pro Asyl
  verwies darauf“ - two-hundred-and-twenty-second: „verwies darauf“ -, „forderte“, "the
  National Audit Office has found", "The Migration Advisory Committee has estimated",
  "Caminando Fronteras ... recorded", "The agency has recorded", "Frontex cautioned";
  three-hundred-and-ninety-first, four-hundred-and-fifty-fifth); „Diese Zahlen nannte ...“
  (above); and "Senate estimates has heard" (New, above). To keep the checked speakers near
  35, as the three-hundred-and-ninety-first and four-hundred-and-fifty-fifth batches did,
  several figures are given by a role, a document, „Nach Angaben aus“ or "according to"
  rather than by a named source.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_505 = [
    # --- Bamf-Zahlen für September (dpa), Montag, 4. Oktober ---
    (
        "de",
        "Nürnberg (dpa) - Im September haben 8.412 Menschen in Deutschland erstmals Asyl beantragt, rund 14 Prozent weniger als im September 2026, teilte das Bundesamt für Migration und Flüchtlinge am Montag mit.",
        True,
        [("count", 8412, None, None), ("percent", 14, "%", "about"), ("year", 2026, None, None)],
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "de",
        "Von Januar bis September summierten sich die Erstanträge damit auf 79.305, hinzu kamen 9.871 Folgeanträge.",
        True,
        [("count", 79305, None, None), ("count", 9871, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Erstantragsteller stammten aus Afghanistan (1.904), Syrien (1.296) und der Türkei (811).",
        True,
        [("count", 1904, None, None), ("count", 1296, None, None), ("count", 811, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtschutzquote sank auf 34,8 Prozent, 2,1 Prozentpunkte weniger als im August.",
        True,
        [("percent", 34.8, "%", None), ("percent", 2.1, "pp", None)],
        None,
    ),
    (
        "de",
        "In knapp jedem dritten Fall lehnte das Amt den Antrag als offensichtlich unbegründet ab.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bamf-Sprecherin Henrike Aschermeier-Diallo sagte, die Zahl der anhängigen Verfahren sei Ende September auf 96.240 gefallen und liege damit erstmals seit 2022 unter der Marke von 100.000.",
        True,
        [("count", 96240, None, None), ("year", 2022, None, None), ("count", 100000, None, None)],
        "Henrike Aschermeier-Diallo",
    ),
    (
        "de",
        "„Wir arbeiten keine Rückstände mehr ab, wir arbeiten wieder in Echtzeit“, sagte Aschermeier-Diallo.",
        False,
        [],
        None,
    ),
    ("de", "Pro Asyl sprach von einer Statistik, „die Schutzsuchende zu Aktenzeichen macht“.", False, [], None),
    # --- Channel crossings in September (Reuters), Monday, Oct. 4 ---
    (
        "en",
        "LONDON, Oct 4 (Reuters) - Some 4,870 people reached Britain in small boats across the Channel in September, about 1,300 fewer than in the same month last year, Home Office figures showed on Monday.",
        True,
        [("date", "--10-04", None, None), ("count", 4870, None, "about"), ("count", 1300, None, "about")],
        None,
    ),
    (
        "en",
        "The running total for 2027 is now 27,614, roughly 9% below the pace of 2026.",
        True,
        [
            ("year", 2027, None, None),
            ("count", 27614, None, None),
            ("percent", 9, "%", "about"),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Each boat carried 63 people on average, against 56 in September 2026.",
        True,
        [("count", 63, None, None), ("count", 56, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The Home Office said 1,118 people had been sent back to France in the third quarter under its returns arrangement with Paris.",
        True,
        [("count", 1118, None, None), ("ordinal", 3, None, None)],
        "the Home Office",
    ),
    (
        "en",
        'The Home Secretary said the government was "taking the gangs\' business model apart, route by route".',
        False,
        [],
        None,
    ),
    (
        "en",
        "French police stopped 212 launches from beaches between Dunkirk and Boulogne during the month, according to a tally by the French interior ministry.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        '"Launch points have moved roughly 40 kilometres further south in two years," said Imogen Fairlamb-Adeyemi, a researcher at the Westerhall Policy Centre.',
        True,
        [("count", 40, None, "about"), ("duration", 2, "year", None)],
        "Imogen Fairlamb-Adeyemi",
    ),
    ("en", 'Opposition MPs called the September figures "a summer of broken promises".', False, [], None),
    # --- Asylstatistik Jänner bis September (APA), Dienstag, 5. Oktober ---
    (
        "de",
        "Wien (APA) - Österreich hat von Jänner bis September 12.968 Asylanträge registriert, um 18 Prozent weniger als im Vergleichszeitraum des Vorjahres, wie aus der am Dienstag veröffentlichten Statistik des Innenministeriums hervorgeht.",
        True,
        [("count", 12968, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 40 Prozent der Anträge entfielen auf Syrer, dahinter folgten Afghanen (1.742) und Somalier (689).",
        True,
        [("percent", 40, "%", "about"), ("count", 1742, None, None), ("count", 689, None, None)],
        None,
    ),
    (
        "de",
        "Laut Innenministeriumssprecher Gerold Lindhuber-Haslauer wurden im selben Zeitraum 9.415 Menschen außer Landes gebracht, 54 Prozent davon freiwillig.",
        True,
        [("count", 9415, None, None), ("percent", 54, "%", None)],
        "Gerold Lindhuber-Haslauer",
    ),
    (
        "de",
        "In der Grundversorgung befanden sich Ende September 61.320 Personen, darunter gut 24.000 Vertriebene aus der Ukraine.",
        True,
        [("count", 61320, None, None), ("count", 24000, None, "over")],
        None,
    ),
    (
        "de",
        "Für organisierte Quartiere erhalten die Länder vom Bund 29 Euro pro Person und Tag, für die Betreuung unbegleiteter Minderjähriger 118 Euro.",
        True,
        [("money", 29, "EUR", None), ("money", 118, "EUR", None)],
        None,
    ),
    ("de", "„Die Richtung stimmt, aber am Ziel sind wir noch lange nicht“, sagte Lindhuber-Haslauer.", False, [], None),
    (
        "de",
        "Die Asylkoordination nannte die Zahlen „eine Bilanz der Abschreckung, nicht der Integration“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Familienzusammenführungen wurden heuer bisher 296 Einreisetitel erteilt, nach 2.480 im gesamten Vorjahr.",
        True,
        [("count", 296, None, None), ("count", 2480, None, None)],
        None,
    ),
    # --- Rescues off Lampedusa (AP), Tuesday, Oct. 5 ---
    (
        "en",
        "LAMPEDUSA, Italy (AP) — Italy's coast guard rescued 347 people from six overcrowded boats south of Lampedusa overnight, and at least nine others were missing after a dinghy sank, officials said Tuesday.",
        True,
        [("count", 347, None, None), ("count", 6, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    (
        "en",
        "Survivors told rescuers the dinghy had left Sfax in Tunisia with about 45 people aboard.",
        True,
        [("count", 45, None, "about")],
        None,
    ),
    (
        "en",
        "IOM spokesperson Giorgia Marchesin-Tlili said 1,386 deaths and disappearances had been recorded on the central Mediterranean route since January, more than on any other route to Europe.",
        True,
        [("count", 1386, None, None)],
        "Giorgia Marchesin-Tlili",
    ),
    ("en", '"These deaths were not fate; they were choices," Marchesin-Tlili said.', False, [], None),
    (
        "en",
        "The hotspot on the island, designed for 420 people, held roughly 1,450 on Tuesday morning.",
        True,
        [("count", 420, None, None), ("count", 1450, None, "about")],
        None,
    ),
    (
        "en",
        "Italian authorities have registered 48,730 sea arrivals so far this year, a fifth fewer than by this point in 2026, Interior Ministry data show.",
        True,
        [("count", 48730, None, None), ("fraction", 0.2, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("en", "AP could not independently verify the survivors' account of how the dinghy sank.", False, [], None),
    (
        "en",
        "Some 2,960 people landed on Lampedusa in the seven days to Tuesday, the island's mayor said.",
        True,
        [("count", 2960, None, "about"), ("duration", 7, "day", None)],
        None,
    ),
    # --- Asylgesuche im September (Keystone-SDA), Mittwoch, 6. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Im September haben in der Schweiz 1'986 Personen ein Asylgesuch eingereicht, 212 weniger als im August, wie das Staatssekretariat für Migration (SEM) am Mittwoch mitteilte.",
        True,
        [("count", 1986, None, None), ("count", 212, None, None)],
        "das Staatssekretariat für Migration",
    ),
    (
        "de",
        "Gegenüber dem Vorjahresmonat entspricht das einem Rückgang um 11,4 Prozent; die Zahl blieb damit den dritten Monat in Folge unter der 2000er-Marke.",
        True,
        [("percent", 11.4, "%", None), ("ordinal", 3, None, None), ("count", 2000, None, None)],
        None,
    ),
    (
        "de",
        "Wichtigste Herkunftsländer waren Afghanistan mit 498 und die Türkei mit 311 Gesuchen, vor Eritrea mit 176.",
        True,
        [("count", 498, None, None), ("count", 311, None, None), ("count", 176, None, None)],
        None,
    ),
    (
        "de",
        "Die Anerkennungsquote lag bei 29,3 Prozent; weitere 31 Prozent der Gesuchstellenden wurden vorläufig aufgenommen.",
        True,
        [("percent", 29.3, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "In den Bundesasylzentren waren Ende Monat 5'064 der 9'280 Plätze belegt, was einer Auslastung von knapp 55 Prozent entspricht.",
        True,
        [("count", 5064, None, None), ("count", 9280, None, None), ("percent", 55, "%", "nearly")],
        None,
    ),
    (
        "de",
        "SEM-Sprecherin Séverine Bovay-Strachwitz sagte, das Amt werde bis Ende Jahr zwei temporäre Zentren mit zusammen 640 Plätzen schliessen.",
        True,
        [("count", 2, None, None), ("count", 640, None, None)],
        "Séverine Bovay-Strachwitz",
    ),
    ("de", "«Wir haben wieder Luft, aber keinen Grund zur Sorglosigkeit», sagte Bovay-Strachwitz.", False, [], None),
    ("de", "Die SVP sprach von einem «Asylchaos, das nur besser verwaltet wird».", False, [], None),
    # --- Australia's humanitarian intake (AAP), Wednesday, Oct. 6 ---
    (
        "en",
        "CANBERRA (AAP) - Australia will offer 20,500 places under its Humanitarian Program in 2027-28, including 4,000 for people fleeing the war in Sudan, the Department of Home Affairs said.",
        True,
        [
            ("count", 20500, None, None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("count", 4000, None, None),
        ],
        "the Department of Home Affairs",
    ),
    (
        "en",
        "About 11,800 of the places will go to refugees resettled from overseas on Refugee (subclass 200) visas, with the rest set aside for family and community sponsorship.",
        True,
        [("count", 11800, None, "about")],
        None,
    ),
    (
        "en",
        "In 2026-27, 19,640 visas were granted under the program, departmental figures show.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("count", 19640, None, None)],
        None,
    ),
    (
        "en",
        "The average wait for a resettlement decision was 14 months, down from 19 months two years ago.",
        True,
        [("duration", 14, "month", None), ("duration", 19, "month", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"We would like to see the intake lifted to 27,000 places a year, with 10,000 of those on top of the existing quota," said Tamsin Yarrowby-Kaur, a policy analyst at the Refugee Council of Australia.',
        True,
        [("count", 27000, None, None), ("count", 10000, None, None)],
        "Tamsin Yarrowby-Kaur",
    ),
    (
        "en",
        'The immigration minister said Australia remained "a generous country that keeps its word".',
        False,
        [],
        None,
    ),
    ("en", "Refugee advocates said the announcement fell well short of what the moment demanded.", False, [], None),
    (
        "en",
        "Since 2016, Australia has resettled more than 3,400 refugees through community sponsorship.",
        True,
        [("year", 2016, None, None), ("count", 3400, None, "over")],
        None,
    ),
    # --- Integrationskurse im ersten Halbjahr (dpa), Donnerstag, 7. Oktober ---
    (
        "de",
        "Berlin (dpa) - Im ersten Halbjahr haben 172.460 Menschen einen Integrationskurs begonnen, ein Rückgang um knapp 9 Prozent, heißt es im Integrationskursbericht des Bamf.",
        True,
        [("ordinal", 1, None, None), ("count", 172460, None, None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Von den Teilnehmenden, die zur Abschlussprüfung antraten, erreichten 49,2 Prozent das angestrebte Sprachniveau B1, weitere 34,6 Prozent schafften A2.",
        True,
        [("percent", 49.2, "%", None), ("percent", 34.6, "%", None)],
        None,
    ),
    (
        "de",
        "Ein allgemeiner Kurs umfasst 720 Unterrichtseinheiten, davon 110 im Orientierungskurs.",
        True,
        [("count", 720, None, None), ("count", 110, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund gab dafür im Halbjahr rund 1,02 Milliarden Euro aus; die Träger erhalten 5,34 Euro je Teilnehmer und Unterrichtseinheit.",
        True,
        [("money", 1020000000, "EUR", "about"), ("money", 5.34, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Wartezeit auf einen Kursplatz betrug 9,5 Wochen, in ländlichen Regionen teils mehr als fünf Monate.",
        True,
        [("duration", 9.5, "week", None), ("duration", 5, "month", "over")],
        None,
    ),
    (
        "de",
        "Kursleiterin Dagmar Lüttgenhorst-Mensah sagte, an ihrer Volkshochschule in Essen warteten derzeit 143 Menschen auf einen Platz.",
        True,
        [("count", 143, None, None)],
        "Dagmar Lüttgenhorst-Mensah",
    ),
    ("de", "„Sprache ist keine Kür, sie ist die Eintrittskarte“, sagte Lüttgenhorst-Mensah.", False, [], None),
    ("de", "Die Kursträger warnten vor einem Abbau von Angeboten, ohne ihn zu beziffern.", False, [], None),
    # --- UNHCR resettlement needs (Reuters), Thursday, Oct. 7 ---
    (
        "en",
        "GENEVA, Oct 7 (Reuters) - Nearly 2.9 million refugees will need resettlement to a third country in 2028, UNHCR said on Thursday, about 6% more than its estimate for this year.",
        True,
        [
            ("date", "--10-07", None, None),
            ("count", 2900000, None, "nearly"),
            ("year", 2028, None, None),
            ("percent", 6, "%", "about"),
        ],
        "UNHCR",
    ),
    (
        "en",
        "Syrians, Afghans and South Sudanese are expected to account for more than half of those in need, the agency said in its annual projection.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Only 158,000 refugees were resettled worldwide last year, fewer than one in fifteen of those identified as in need.",
        True,
        [("count", 158000, None, None), ("fraction", 0.0667, None, "under")],
        None,
    ),
    (
        "en",
        "UNHCR spokeswoman Anouk Vercauteren-Sow told reporters in Geneva that pledges for 2028 stood at 61,000 places so far, against 94,000 at the same stage a year earlier.",
        True,
        [("year", 2028, None, None), ("count", 61000, None, None), ("count", 94000, None, None)],
        "Anouk Vercauteren-Sow",
    ),
    (
        "en",
        'The head of the U.N. refugee agency said resettlement "should be a duty we share, not an act of charity by a few".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The United States, once the largest resettlement country, admitted fewer than 12,000 refugees in its fiscal year ending Sept. 30.",
        True,
        [("count", 12000, None, "under"), ("date", "--09-30", None, None)],
        None,
    ),
    ("en", "Aid groups said the gap between needs and places had never looked so stark.", False, [], None),
    (
        "en",
        "Canada, Germany and Sweden together account for about 38% of the places pledged so far.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    # --- Abschiebungen aus Bayern (dpa/lby), Freitag, 8. Oktober ---
    (
        "de",
        "München (dpa/lby) - Bayern hat von Januar bis September 3.208 Menschen abgeschoben, gut ein Fünftel mehr als im Vorjahreszeitraum.",
        True,
        [("count", 3208, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Das teilte das Landesamt für Asyl und Rückführungen am Freitag mit.",
        True,
        [],
        "das Landesamt für Asyl und Rückführungen",
    ),
    (
        "de",
        "Knapp 900 davon waren Dublin-Überstellungen, vor allem nach Italien und Österreich.",
        True,
        [("count", 900, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ausreisepflichtig waren in Bayern zum Stichtag 30. September 28.716 Menschen, 21.904 von ihnen mit einer Duldung.",
        True,
        [("date", "--09-30", None, None), ("count", 28716, None, None), ("count", 21904, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Landesamts sagte, 412 geplante Abschiebungen seien gescheitert, weil die Betroffenen nicht angetroffen worden seien.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Weitere 2.650 Menschen kehrten mit Fördergeld freiwillig zurück; pro Person flossen durchschnittlich 1.240 Euro.",
        True,
        [("count", 2650, None, None), ("money", 1240, "EUR", None)],
        None,
    ),
    ("de", "Der bayerische Innenminister sprach von einer „konsequenten Linie, die Wirkung zeigt“.", False, [], None),
    (
        "de",
        "Der Bayerische Flüchtlingsrat kritisierte nächtliche Abholungen aus Unterkünften als „unwürdig und unnötig hart“.",
        False,
        [],
        None,
    ),
    # --- Asylum backlog (PA), Friday, Oct. 8 ---
    (
        "en",
        "LONDON (PA) - Asylum seekers waiting for an initial decision numbered 61,420 at the end of September, down from 84,900 at the end of June, Home Office data shows.",
        True,
        [("count", 61420, None, None), ("count", 84900, None, None)],
        None,
    ),
    (
        "en",
        "Caseworkers made 31,250 initial decisions in the quarter, and the grant rate stood at 39%, down 8 percentage points on the previous three months.",
        True,
        [
            ("count", 31250, None, None),
            ("percent", 39, "%", None),
            ("percent", 8, "pp", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Some 29,870 asylum seekers were being housed in hotels, against a peak of more than 58,000 two years ago, according to the Home Office.",
        True,
        [("count", 29870, None, "about"), ("count", 58000, None, "over"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Hotel rooms cost the taxpayer an average of £148 per person per night, compared with £29 in other housing, the National Audit Office has found.",
        True,
        [("money", 148, "GBP", None), ("money", 29, "GBP", None)],
        None,
    ),
    (
        "en",
        'A Home Office spokesperson insisted ministers were "restoring order to a system they inherited in chaos".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Nearly half of the appeals we see end with the original refusal overturned," said Fergus Pettingale-Anan, head of policy at the Kestrel Law Trust.',
        True,
        [("fraction", 0.5, None, "nearly")],
        "Fergus Pettingale-Anan",
    ),
    (
        "en",
        "The First-tier Tribunal had 52,300 asylum appeals outstanding at the end of September, with an average wait of 41 weeks.",
        True,
        [("count", 52300, None, None), ("duration", 41, "week", None)],
        None,
    ),
    ("en", "Refugee charities said the faster pace had come at the cost of quality.", False, [], None),
    # --- Zurückweisungen an den Grenzen (dpa), Montag, 11. Oktober ---
    (
        "de",
        "Potsdam (dpa) - Die Bundespolizei hat im September an den deutschen Landgrenzen 3.417 Menschen zurückgewiesen, 188 von ihnen hatten zuvor ein Asylgesuch geäußert.",
        True,
        [("count", 3417, None, None), ("count", 188, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der festgestellten unerlaubten Einreisen sank auf 5.962, teilte die Bundespolizei am Montag mit.",
        True,
        [("count", 5962, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Mehr als jede dritte Zurückweisung erfolgte an der Grenze zu Österreich, gut 700 an der Grenze zu Polen.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 700, None, "over")],
        None,
    ),
    (
        "de",
        "Bundespolizei-Sprecher Arne Wienbröker-Sesay sagte, wegen der Kontrollen seien derzeit rund 11.500 Beamtinnen und Beamte zusätzlich im Einsatz.",
        True,
        [("count", 11500, None, "about")],
        "Arne Wienbröker-Sesay",
    ),
    (
        "de",
        "Zudem wurden 237 mutmaßliche Schleuser festgenommen, darunter ein 52-jähriger Georgier, der 19 Menschen in einem Lieferwagen befördert haben soll.",
        True,
        [("count", 237, None, None), ("duration", 52, "year", None), ("count", 19, None, None)],
        None,
    ),
    ("de", "„Die Kontrollen sind kein Selbstzweck, sie sind ein Signal“, sagte Wienbröker-Sesay.", False, [], None),
    (
        "de",
        "Die Gewerkschaft der Polizei rechnete vor, die Kontrollen hätten die Bundespolizei seit Jahresbeginn rund 2,1 Millionen Überstunden gekostet.",
        True,
        [("count", 2100000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Grünen hielten die Grenzkontrollen für „teuer, europarechtlich fragwürdig und wirkungsarm“.",
        False,
        [],
        None,
    ),
    # --- Frontex's nine months (Reuters), Monday, Oct. 11 ---
    (
        "en",
        "WARSAW, Oct 11 (Reuters) - The number of irregular border crossings detected at the EU's external frontiers dropped by about 17% between January and September, to around 118,600, Frontex said on Monday.",
        True,
        [("date", "--10-11", None, None), ("percent", 17, "%", "about"), ("count", 118600, None, "about")],
        "Frontex",
    ),
    (
        "en",
        "With 46,210 detections, the central Mediterranean was again the busiest route, while crossings on the West African route to the Canary Islands almost halved to 14,980.",
        True,
        [("count", 46210, None, None), ("count", 14980, None, None)],
        None,
    ),
    (
        "en",
        "Detections on the eastern Mediterranean route rose 23% to 31,470, driven largely by departures from eastern Libya to Crete.",
        True,
        [("percent", 23, "%", None), ("count", 31470, None, None)],
        None,
    ),
    (
        "en",
        "A Frontex spokesman said the agency currently has about 2,750 officers from its standing corps deployed along the EU's external borders.",
        True,
        [("count", 2750, None, "about")],
        None,
    ),
    (
        "en",
        "Frontex cautioned that its figures count detections at the border, so the same person can appear in them repeatedly.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The agency's executive director said Europe's borders were \"more secure, and more humane, than their critics admit\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Deaths on the routes into Europe reached at least 2,930 in the nine months, according to the International Organization for Migration.",
        True,
        [("count", 2930, None, "at_least"), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "Human rights groups said much of the drop reflected deals with transit governments that have poor records on abuse.",
        False,
        [],
        None,
    ),
    # --- Außerlandesbringungen und Schubhaft (APA), Dienstag, 12. Oktober ---
    (
        "de",
        "Wien (APA) - Das Bundesamt für Fremdenwesen und Asyl (BFA) hat im dritten Quartal 3.904 Außerlandesbringungen gezählt, davon 1.722 zwangsweise.",
        True,
        [("ordinal", 3, None, None), ("count", 3904, None, None), ("count", 1722, None, None)],
        None,
    ),
    (
        "de",
        "In Schubhaft saßen Ende September 287 Personen, die Anhaltedauer lag im Schnitt bei 36 Tagen.",
        True,
        [("count", 287, None, None), ("duration", 36, "day", None)],
        None,
    ),
    (
        "de",
        "Laut BFA stimmten andere Staaten im Quartal 1.108 Dublin-Übernahmeersuchen zu, tatsächlich vollzogen wurden aber nur 402 Überstellungen.",
        True,
        [("count", 1108, None, None), ("count", 402, None, None)],
        "BFA",
    ),
    (
        "de",
        "Die Vollzugsquote von gut 36 Prozent sei zu niedrig, räumte eine BFA-Sprecherin ein.",
        True,
        [("percent", 36, "%", "over")],
        None,
    ),
    (
        "de",
        "Abschiebungen nach Afghanistan gab es heuer bisher in 41 Fällen, alle per Charterflug über Istanbul.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    ("de", "Die FPÖ nannte die Zahlen „eine Bankrotterklärung der Rückführungspolitik“.", False, [], None),
    (
        "de",
        "Die Diakonie zählte im Quartal 23 Familien mit Kindern in Schubhaft.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Für Minderjährige unter 14 Jahren ist Schubhaft in Österreich gesetzlich ausgeschlossen.",
        True,
        [("duration", 14, "year", "under")],
        None,
    ),
    # --- Ireland's protection applications (Reuters), Tuesday, Oct. 12 ---
    (
        "en",
        "DUBLIN, Oct 12 (Reuters) - Ireland received 1,437 applications for international protection in September, bringing the total for the year to 13,905, the Department of Justice said on Tuesday.",
        True,
        [("date", "--10-12", None, None), ("count", 1437, None, None), ("count", 13905, None, None)],
        "the Department of Justice",
    ),
    (
        "en",
        "Just over a third of this year's applicants had entered the state across the land border with Northern Ireland, according to the department.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "The state was housing 31,260 people in International Protection Accommodation Services centres at the end of September, 2,940 fewer than in March.",
        True,
        [("count", 31260, None, None), ("count", 2940, None, None)],
        None,
    ),
    (
        "en",
        "About 2,600 male applicants were waiting for a bed, some of them for more than 10 weeks.",
        True,
        [("count", 2600, None, "about"), ("duration", 10, "week", "over")],
        None,
    ),
    (
        "en",
        "The median processing time for an initial decision has fallen to 7.5 months from 17 months a year ago, department figures show.",
        True,
        [("duration", 7.5, "month", None), ("duration", 17, "month", None)],
        None,
    ),
    (
        "en",
        "About 214 men slept rough in Dublin last week while waiting for accommodation, according to the Irish Refugee Council.",
        True,
        [("count", 214, None, "about")],
        None,
    ),
    ("en", 'The justice minister said the system was now "fairer, faster and firmer than it was".', False, [], None),
    (
        "en",
        "Residents near a planned centre in County Clare said they felt ignored by officials in Dublin.",
        False,
        [],
        None,
    ),
    # --- Kontingente für Fachkräfte aus Drittstaaten (Keystone-SDA), Mittwoch, 13. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will Unternehmen im kommenden Jahr 8'750 Bewilligungen für Fachkräfte aus Drittstaaten zur Verfügung stellen, 250 mehr als in diesem Jahr.",
        True,
        [("count", 8750, None, None), ("count", 250, None, None)],
        None,
    ),
    (
        "de",
        "Davon entfallen 4'500 auf Aufenthaltsbewilligungen B und 4'250 auf Kurzaufenthaltsbewilligungen L, wie aus einer Mitteilung des Eidgenössischen Justiz- und Polizeidepartements hervorgeht.",
        True,
        [("count", 4500, None, None), ("count", 4250, None, None)],
        None,
    ),
    (
        "de",
        "Für Dienstleistungserbringer aus EU- und Efta-Staaten, die länger als 90 Tage im Jahr in der Schweiz arbeiten, stehen separat 3'000 L- und 500 B-Bewilligungen bereit.",
        True,
        [("duration", 90, "day", "over"), ("count", 3000, None, None), ("count", 500, None, None)],
        None,
    ),
    (
        "de",
        "In diesem Jahr waren die Kontingente bis Ende September zu 81 Prozent ausgeschöpft.",
        True,
        [("percent", 81, "%", None)],
        None,
    ),
    (
        "de",
        "Ökonom Mattia Sitzwohl-Quadranti vom Arbeitgeberverband sagte, allein in der Informatik und im Gesundheitswesen fehlten derzeit rund 14'000 Fachkräfte.",
        True,
        [("count", 14000, None, "about")],
        "Mattia Sitzwohl-Quadranti",
    ),
    (
        "de",
        "«Mit diesen Kontingenten verwalten wir den Mangel, statt ihn zu beheben», sagte Sitzwohl-Quadranti.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP kritisierte die Erhöhung als «Einladung zu noch mehr Zuwanderung».", False, [], None),
    (
        "de",
        "Im Jahr 2026 waren aus den Kontingenten 7'912 Bewilligungen vergeben worden.",
        True,
        [("year", 2026, None, None), ("count", 7912, None, None)],
        None,
    ),
    # --- Canary Islands arrivals (AFP), Wednesday, Oct. 13 ---
    (
        "en",
        "MADRID, Oct 13 (AFP) - Spain's maritime rescue service has brought 1,274 migrants ashore in the Canary Islands since Sunday aboard 22 boats, most of them wooden pirogues from Mauritania and Senegal, officials said Wednesday.",
        True,
        [("date", "--10-13", None, None), ("count", 1274, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Arrivals on the archipelago so far this year total 19,460, down 38% from the same period of 2026, Interior Ministry data show.",
        True,
        [("count", 19460, None, None), ("percent", 38, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Salvamento Maritimo spokeswoman Nerea Altuna-Diop said a pirogue had been at sea for 11 days and that three people aboard had died during the crossing.",
        True,
        [("duration", 11, "day", None), ("count", 3, None, None)],
        "Nerea Altuna-Diop",
    ),
    (
        "en",
        "The islands' centres for unaccompanied minors hold 4,720 children, more than four times their official capacity of 1,100.",
        True,
        [("count", 4720, None, None), ("count", 4, None, "over"), ("count", 1100, None, None)],
        None,
    ),
    (
        "en",
        "The islands' regional president said the archipelago \"cannot go on shouldering the country's responsibility on its own\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Madrid has agreed to move 860 of the minors to regional centres on the mainland before December.",
        True,
        [("count", 860, None, None)],
        None,
    ),
    (
        "en",
        'The aid group Caminando Fronteras called the Atlantic route "a cemetery without crosses".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Caminando Fronteras, which counts the dead from calls with relatives, recorded 2,318 dead or missing on the Atlantic route in the first nine months.",
        True,
        [("count", 2318, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    # --- Kosten der Länder für Asylbewerber (dpa), Donnerstag, 14. Oktober ---
    (
        "de",
        "Berlin (dpa) - Die Länder haben im vergangenen Jahr für Unterbringung und Versorgung von Asylbewerbern zusammen rund 13,8 Milliarden Euro ausgegeben, wie eine Umfrage der Deutschen Presse-Agentur unter den Landesregierungen ergab.",
        True,
        [("money", 13800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Pro Kopf lagen die Ausgaben je nach Land zwischen 12.300 und 19.800 Euro im Jahr.",
        True,
        [("money", 12300, "EUR", None), ("money", 19800, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bund beteiligt sich mit einer Pauschale von 8.150 Euro pro Erstantragsteller, die Länder fordern mindestens 10.500 Euro.",
        True,
        [("money", 8150, "EUR", None), ("money", 10500, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Städtetag-Finanzreferentin Ute Kallendorf-Asamoah sagte, die Kommunen trügen im Schnitt gut ein Viertel der Kosten selbst.",
        True,
        [("fraction", 0.25, None, "over")],
        "Ute Kallendorf-Asamoah",
    ),
    ("de", "„Wer die Musik bestellt, muss sie auch bezahlen“, sagte Kallendorf-Asamoah.", False, [], None),
    (
        "de",
        "Am teuersten war die Unterbringung in den Stadtstaaten: Hamburg gab pro Person und Monat durchschnittlich 1.710 Euro aus, Bremen 1.640 Euro.",
        True,
        [("money", 1710, "EUR", None), ("money", 1640, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Bundesfinanzministerium verwies auf die Zuständigkeit der Länder und wollte sich zu den Forderungen nicht äußern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für unbegleitete Minderjährige kalkulieren die Jugendämter mit Tagessätzen von bis zu 290 Euro.",
        True,
        [("money", 290, "EUR", "up_to")],
        None,
    ),
    # --- Work visas (PA), Thursday, Oct. 14 ---
    (
        "en",
        "LONDON (PA) - Applications for Skilled Worker visas fell by 27% in the year to September, to 61,380, Home Office statistics show.",
        True,
        [("percent", 27, "%", None), ("count", 61380, None, None)],
        None,
    ),
    (
        "en",
        "Health and Care Worker visa applications dropped to 14,220, less than a fifth of their level two years earlier.",
        True,
        [("count", 14220, None, None), ("fraction", 0.2, None, "under"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The salary threshold for most skilled roles now stands at £43,200 a year, up from £40,100.",
        True,
        [("money", 43200, "GBP", None), ("money", 40100, "GBP", None)],
        None,
    ),
    (
        "en",
        "Net migration is running at about 214,000 a year, according to the latest estimate from the Office for National Statistics.",
        True,
        [("count", 214000, None, "about")],
        None,
    ),
    (
        "en",
        '"Care providers have lost roughly one in eight of their overseas recruits since the rules changed," said Rupert Elsbury-Osagie, a partner at the law firm Tarrant Lisle.',
        True,
        [("fraction", 0.125, None, "about")],
        "Rupert Elsbury-Osagie",
    ),
    (
        "en",
        'The Home Secretary said the figures showed "a country taking back control of who comes here to work".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Migration Advisory Committee has estimated that the care sector will need 38,000 more workers a year by 2030.",
        True,
        [("count", 38000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Graduate route visas, which let foreign students stay on for 21 months after finishing a degree, were issued to 97,600 people.",
        True,
        [("duration", 21, "month", None), ("count", 97600, None, None)],
        None,
    ),
    # --- Visa für Fachkräfte (dpa), Freitag, 15. Oktober ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Auslandsvertretungen haben von Januar bis September 214.600 Visa zur Erwerbstätigkeit erteilt, knapp 6 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 214600, None, None), ("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Darunter waren 41.230 Blaue Karten EU und 18.900 Visa im Rahmen der Westbalkanregelung, deren Kontingent bei 60.000 Zustimmungen pro Jahr liegt.",
        True,
        [("count", 41230, None, None), ("count", 18900, None, None), ("count", 60000, None, None)],
        None,
    ),
    (
        "de",
        "Für die Chancenkarte, die Jobsuchenden ohne Arbeitsvertrag nach einem Punktesystem die Einreise erlaubt, wurden 9.870 Visa erteilt; nötig sind mindestens sieben Punkte.",
        True,
        [("count", 9870, None, None), ("count", 7, None, "at_least")],
        None,
    ),
    (
        "de",
        "Nach Angaben aus dem Auswärtigen Amt lag die durchschnittliche Wartezeit auf einen Termin in den Visastellen bei elf Wochen, in Indien und Pakistan teils bei mehr als einem halben Jahr.",
        True,
        [("duration", 11, "week", None), ("duration", 0.5, "year", "over")],
        None,
    ),
    (
        "de",
        "IAB-Migrationsforscher Jannik Dannhauer-Tembo sagte, Deutschland brauche bis 2035 jährlich netto rund 290.000 zusätzliche Arbeitskräfte aus dem Ausland.",
        True,
        [("year", 2035, None, None), ("count", 290000, None, "about")],
        "Jannik Dannhauer-Tembo",
    ),
    (
        "de",
        "„Das ist kein Verwaltungsproblem mehr, das ist ein Standortproblem“, sagte Dannhauer-Tembo.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Anerkennung eines ausländischen Berufsabschlusses dauert nach Angaben aus den Kammern im Schnitt 3,8 Monate.",
        True,
        [("duration", 3.8, "month", None)],
        None,
    ),
    (
        "de",
        "Seit Januar können Visa zur Erwerbstätigkeit in 167 Auslandsvertretungen online beantragt werden.",
        True,
        [("count", 167, None, None)],
        None,
    ),
    # --- Crete arrivals (AP), Friday, Oct. 15 ---
    (
        "en",
        "ATHENS, Greece (AP) — Greek authorities rescued 538 migrants from nine fishing boats south of Crete on Friday, the latest in a surge of departures from eastern Libya, according to the coast guard.",
        True,
        [("count", 538, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "More than 13,400 people have come ashore on Crete and nearby Gavdos since January, almost three times last year's figure for the same months.",
        True,
        [("count", 13400, None, "over"), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "Coast guard spokesman Stavros Pelekanos-Mitsou said most of the boats had sailed from around Tobruk, a journey of about 350 kilometers that can take up to two days.",
        True,
        [("count", 350, None, "about"), ("duration", 2, "day", "up_to")],
        "Stavros Pelekanos-Mitsou",
    ),
    (
        "en",
        "A temporary reception site in Chania built for 1,200 people was holding about 1,750 on Friday.",
        True,
        [("count", 1200, None, None), ("count", 1750, None, "about")],
        None,
    ),
    ("en", "Greece's migration minister said the country \"will not become Europe's waiting room\".", False, [], None),
    (
        "en",
        "A 4-year-old girl was among 11 people taken to hospital with dehydration.",
        True,
        [("duration", 4, "year", None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Hotel owners in Chania said they were worried about what the arrivals would mean for next year's tourist season.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Among those rescued were 87 unaccompanied minors, the youngest aged 13.",
        True,
        [("count", 87, None, None), ("duration", 13, "year", None)],
        None,
    ),
    # --- Landeseinrichtungen in NRW (dpa/lnw), Montag, 18. Oktober ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In den Landeseinrichtungen für Geflüchtete in Nordrhein-Westfalen sind derzeit 21.480 der gut 34.000 Plätze belegt, teilte das Flüchtlingsministerium am Montag mit.",
        True,
        [("count", 21480, None, None), ("count", 34000, None, "over")],
        "das Flüchtlingsministerium",
    ),
    (
        "de",
        "Die Auslastung liegt damit bei knapp 63 Prozent, nach fast 90 Prozent vor zwei Jahren.",
        True,
        [("percent", 63, "%", "nearly"), ("percent", 90, "%", "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Das Land will deshalb bis Mitte 2028 sieben Notunterkünfte mit zusammen rund 4.300 Plätzen schließen.",
        True,
        [("year", 2028, None, None), ("count", 7, None, None), ("count", 4300, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben aus der Bezirksregierung Arnsberg bleiben Geflüchtete im Schnitt 47 Tage in einer Landeseinrichtung, bevor sie einer Kommune zugewiesen werden.",
        True,
        [("duration", 47, "day", None)],
        None,
    ),
    (
        "de",
        "Menschen aus sicheren Herkunftsstaaten können bis zu 20 Monate in den Einrichtungen bleiben müssen.",
        True,
        [("duration", 20, "month", "up_to")],
        None,
    ),
    ("de", "Der Städte- und Gemeindebund NRW sprach von einer „trügerischen Ruhe“.", False, [], None),
    (
        "de",
        "In der Einrichtung in Bochum leben derzeit 634 Menschen, ausgelegt ist sie für 500.",
        True,
        [("count", 634, None, None), ("count", 500, None, None)],
        None,
    ),
    (
        "de",
        "Im September wies das Land den Kommunen 2.918 Geflüchtete zu, 604 mehr als im August.",
        True,
        [("count", 2918, None, None), ("count", 604, None, None)],
        None,
    ),
    # --- Rescue ship sent north (Reuters), Monday, Oct. 18 ---
    (
        "en",
        "ROME, Oct 18 (Reuters) - Italy ordered a charity rescue ship carrying 74 people picked up off Libya to sail to La Spezia, a voyage of roughly 1,300 km that will take about five days, the charity said on Monday.",
        True,
        [
            ("date", "--10-18", None, None),
            ("count", 74, None, None),
            ("count", 1300, None, "about"),
            ("duration", 5, "day", "about"),
        ],
        None,
    ),
    (
        "en",
        "Mare Aperto, which operates the ship, said it had asked for a closer port because 19 of those aboard were unaccompanied minors.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Some 51,220 migrants have reached Italy by sea this year, about 18% fewer than in the same period of 2026, according to Interior Ministry figures.",
        True,
        [("count", 51220, None, "about"), ("percent", 18, "%", "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The two centres Italy runs in Albania held 96 men on Monday, well below their combined capacity of 880.",
        True,
        [("count", 2, None, None), ("count", 96, None, None), ("count", 880, None, None)],
        None,
    ),
    (
        "en",
        "Interior Ministry spokeswoman Chiara Bellomini-Ouattara said 3,640 migrants had been repatriated since January, 19% more than a year earlier.",
        True,
        [("count", 3640, None, None), ("percent", 19, "%", None)],
        "Chiara Bellomini-Ouattara",
    ),
    (
        "en",
        "The government accuses charity ships of encouraging departures from Libya, a charge the groups reject.",
        False,
        [],
        None,
    ),
    ("en", 'A spokeswoman for Mare Aperto called the assignment "a punishment disguised as a port".', False, [], None),
    (
        "en",
        "The ship has been detained twice this year, for 15 days each time, under a 2023 decree.",
        True,
        [("count", 2, None, None), ("duration", 15, "day", None), ("year", 2023, None, None)],
        None,
    ),
    # --- Deutschkurse und Arbeitsmarkt (APA), Dienstag, 19. Oktober ---
    (
        "de",
        "Wien (APA) - Der Österreichische Integrationsfonds (ÖIF) hat heuer bis Ende September 48.320 Plätze in Deutschkursen finanziert, um 7 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 48320, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Die verpflichtenden Werte- und Orientierungskurse absolvierten 11.940 Asyl- und subsidiär Schutzberechtigte.",
        True,
        [("count", 11940, None, None)],
        None,
    ),
    (
        "de",
        "Laut ÖIF-Sprecherin Verena Pachler-Quaye bestanden 58 Prozent der Teilnehmenden die A2-Prüfung beim ersten Antritt.",
        True,
        [("percent", 58, "%", None), ("ordinal", 1, None, None)],
        "Verena Pachler-Quaye",
    ),
    (
        "de",
        "Beim Arbeitsmarktservice (AMS) waren Ende September 38.410 Asyl- und subsidiär Schutzberechtigte arbeitslos oder in Schulung gemeldet, rund 64 Prozent davon in Wien.",
        True,
        [("count", 38410, None, None), ("percent", 64, "%", "about")],
        None,
    ),
    (
        "de",
        "Fünf Jahre nach der Anerkennung sind laut einer Studie des ÖIF 51 Prozent der Geflüchteten erwerbstätig, bei den Frauen nur 29 Prozent.",
        True,
        [("duration", 5, "year", None), ("percent", 51, "%", None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Die Integrationsministerin sprach von einem „klaren Auftrag: Deutsch vor Sozialleistung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Volkshilfe kritisierte die Wartelisten für Kurse in den Bundesländern als „hausgemachtes Integrationshindernis“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer einen Kurs ohne triftigen Grund abbricht, dem kann die Sozialhilfe um bis zu 50 Prozent gekürzt werden.",
        True,
        [("percent", 50, "%", "up_to")],
        None,
    ),
    # --- Nauru costs (AAP), Tuesday, Oct. 19 ---
    (
        "en",
        "CANBERRA (AAP) - Keeping the offshore processing centre on Nauru open will cost taxpayers about $486 million this financial year, Senate estimates has heard.",
        True,
        [("money", 486000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "With 84 people held there at the end of September, that works out at more than $5.7 million per person a year.",
        True,
        [("count", 84, None, None), ("money", 5700000, "AUD", "over")],
        None,
    ),
    (
        "en",
        "Home Affairs officials told the hearing that 23 of those on Nauru had been there for more than two years.",
        True,
        [("count", 23, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        'A Greens senator called offshore processing "cruelty with a price tag nobody can defend".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Since 2012, about 3,760 people have been sent to Nauru or Papua New Guinea, according to the Refugee Council of Australia.",
        True,
        [("year", 2012, None, None), ("count", 3760, None, "about")],
        None,
    ),
    (
        "en",
        '"The number of people on Nauru has fallen by two-thirds in three years, yet the budget has barely moved," said Lachlan Brenchley-Oduya, an analyst at the Merriwa Institute.',
        True,
        [("fraction", 0.6667, None, None), ("duration", 3, "year", None)],
        "Lachlan Brenchley-Oduya",
    ),
    (
        "en",
        'The home affairs minister said offshore processing remained "the backstop that stops the boats".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Border Force intercepted 14 boats carrying 371 people in Australian waters in the 2026-27 financial year.",
        True,
        [("count", 14, None, None), ("count", 371, None, None), ("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    # --- Rückführungen aus der Schweiz (Keystone-SDA), Mittwoch, 20. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz hat in den ersten neun Monaten 4'216 Personen auf dem Luftweg aus dem Land gebracht, 7 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 4216, None, None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Davon reisten 2'188 selbständig aus, 1'371 wurden als Dublin-Fälle an den zuständigen Staat überstellt.",
        True,
        [("count", 2188, None, None), ("count", 1371, None, None)],
        None,
    ),
    (
        "de",
        "Für zwangsweise Rückführungen charterte das SEM 37 Sonderflüge, die im Schnitt 118'000 Franken kosteten.",
        True,
        [("count", 37, None, None), ("money", 118000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Laut SEM-Sprecher Lorenz Hebborn-Nsiah erhalten Personen, die freiwillig zurückkehren, eine Rückkehrhilfe von bis zu 1'200 Franken sowie bis zu 4'000 Franken für ein Projekt im Herkunftsland.",
        True,
        [("money", 1200, "CHF", "up_to"), ("money", 4000, "CHF", "up_to")],
        "Lorenz Hebborn-Nsiah",
    ),
    ("de", "«Rückkehr in Würde ist die bessere Rückkehr», sagte Hebborn-Nsiah.", False, [], None),
    (
        "de",
        "Die Zahl der hängigen Asylgesuche in erster Instanz sank bis Ende September auf 8'904.",
        True,
        [("ordinal", 1, None, None), ("count", 8904, None, None)],
        None,
    ),
    (
        "de",
        "Die Schweizerische Flüchtlingshilfe nannte die Sonderflüge «teuer und oft unverhältnismässig».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei 12 Sonderflügen waren Beobachter der Nationalen Kommission zur Verhütung von Folter an Bord.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- EU asylum figures (Reuters), Wednesday, Oct. 20 ---
    (
        "en",
        "BRUSSELS, Oct 20 (Reuters) - About 312,000 people applied for asylum across the EU, Norway and Switzerland in the first half of 2027, some 23% fewer than a year before, the EU Agency for Asylum said in a mid-year report.",
        True,
        [
            ("date", "--10-20", None, None),
            ("count", 312000, None, "about"),
            ("ordinal", 1, None, None),
            ("year", 2027, None, None),
            ("percent", 23, "%", "about"),
        ],
        "the EU Agency for Asylum",
    ),
    (
        "en",
        "Germany received the most claims, with 58,900, ahead of Spain with 51,300 and Italy with 47,800.",
        True,
        [("count", 58900, None, None), ("count", 51300, None, None), ("count", 47800, None, None)],
        None,
    ),
    (
        "en",
        "Recognition rates at first instance averaged 38% across the bloc, the lowest since 2014.",
        True,
        [("percent", 38, "%", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "About 861,000 cases were still pending at the end of June, roughly a tenth fewer than at the start of the year.",
        True,
        [("count", 861000, None, "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "A Commission spokeswoman said 19 member states had so far told Brussels that their border procedures under the new asylum pact were fully running.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        'The EU\'s migration commissioner said the pact was "working as designed, and working for everyone".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aid groups said 2,340 people, among them 410 children, were being held in border procedure facilities in Greece, Italy and Spain at the end of September.",
        True,
        [("count", 2340, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "en",
        "Syrians lodged about 6% of all applications, down from a fifth in early 2025.",
        True,
        [("percent", 6, "%", "about"), ("fraction", 0.2, None, None), ("year", 2025, None, None)],
        None,
    ),
    # --- Dauer der Asylverfahren (dpa), Donnerstag, 21. Oktober ---
    (
        "de",
        "Nürnberg (dpa) - Asylverfahren beim Bamf haben im dritten Quartal im Schnitt 6,4 Monate gedauert, nach 7,9 Monaten im Vorjahreszeitraum.",
        True,
        [("ordinal", 3, None, None), ("duration", 6.4, "month", None), ("duration", 7.9, "month", None)],
        None,
    ),
    ("de", "Das geht aus der Antwort auf eine Anfrage der Linksfraktion im Bundestag hervor.", True, [], None),
    (
        "de",
        "Vor den Verwaltungsgerichten stapeln sich derweil 104.300 offene Asylklagen; bis zu einem Urteil vergehen durchschnittlich 17,2 Monate.",
        True,
        [("count", 104300, None, None), ("duration", 17.2, "month", None)],
        None,
    ),
    (
        "de",
        "In gut jedem vierten Klageverfahren hoben die Richter die Entscheidung des Bamf ganz oder teilweise auf.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Bamf-Sprecher Tilmann Hohlweg-Sarpong sagte, das Amt habe seit Jahresbeginn 420 zusätzliche Entscheiderinnen und Entscheider eingestellt.",
        True,
        [("count", 420, None, None)],
        "Tilmann Hohlweg-Sarpong",
    ),
    ("de", "„Schnelligkeit darf nicht auf Kosten der Sorgfalt gehen“, sagte Hohlweg-Sarpong.", False, [], None),
    (
        "de",
        "Pro Asyl verwies darauf, dass Klagen von Afghaninnen vor Gericht in über 60 Prozent der Fälle Erfolg hätten.",
        True,
        [("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Deutsche Richterbund sprach von einer „Entlastung, die bei den Gerichten noch nicht angekommen ist“.",
        False,
        [],
        None,
    ),
    # --- Busiest Channel day in months (PA), Thursday, Oct. 21 ---
    (
        "en",
        "DOVER (PA) - A total of 1,046 people made the crossing in 17 small boats on Wednesday, more than on any day since June, Home Office figures show.",
        True,
        [("count", 1046, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Two men died in the water off Equihen-Plage before dawn, French authorities said, taking the number of deaths in the Channel this year to at least 61.",
        True,
        [("count", 2, None, None), ("count", 61, None, "at_least")],
        None,
    ),
    (
        "en",
        "Officials at the Border Security Command said 38 suspected smugglers had been arrested in Britain since the start of August.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Charity workers on the French coast said some boats now carried more than 70 people, many of them children.",
        True,
        [("count", 70, None, "over")],
        None,
    ),
    (
        "en",
        'Clemency Lasbrey-Ibe, director of the charity Tideline, said: "Every death in the Channel is a policy failure, not an accident of the weather."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Of the 32,840 people who have made the crossing this year, about 2,400 have since been sent back across the Channel under the returns pilot, according to the Home Office.",
        True,
        [("count", 32840, None, None), ("count", 2400, None, "about")],
        None,
    ),
    (
        "en",
        'A Home Office spokesperson said the deaths were "a tragic reminder of why we must smash the gangs".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Border Force vessels brought 724 of Wednesday's arrivals ashore in Dover, and the rest were landed at Ramsgate.",
        True,
        [("count", 724, None, None)],
        None,
    ),
    # --- Kirchenasyl und Resettlement (KNA), Freitag, 22. Oktober ---
    (
        "de",
        "Bonn (KNA) - Von Januar bis September haben Kirchengemeinden in Deutschland 1.683 Menschen Kirchenasyl gewährt, rund 300 mehr als im gleichen Zeitraum 2026.",
        True,
        [("count", 1683, None, None), ("count", 300, None, "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "In gut 90 Prozent der Fälle handelte es sich um sogenannte Dublin-Fälle, bei denen ein anderer EU-Staat für das Verfahren zuständig wäre.",
        True,
        [("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Diese Zahlen nannte die Ökumenische Bundesarbeitsgemeinschaft „Asyl in der Kirche“ am Freitag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kirchenasyl-Referentin Almuth Reddersen-Boakye sagte, das Bamf habe in diesem Jahr nur in 14 Fällen ein Härtefalldossier positiv beschieden.",
        True,
        [("count", 14, None, None)],
        "Almuth Reddersen-Boakye",
    ),
    (
        "de",
        "„Kirchenasyl ist kein Rechtsbruch, sondern gelebte Barmherzigkeit“, sagte Reddersen-Boakye.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über das Resettlement-Programm hat Deutschland in diesem Jahr bislang 3.920 besonders schutzbedürftige Flüchtlinge aufgenommen; zugesagt waren für 2026 und 2027 zusammen 11.600 Plätze.",
        True,
        [
            ("count", 3920, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("count", 11600, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Deutsche Bischofskonferenz forderte, das Kontingent für 2028 auf mindestens 8.000 Plätze anzuheben.",
        True,
        [("year", 2028, None, None), ("count", 8000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Bischofskonferenz appellierte an die Bundesregierung, Menschen in Not „nicht hinter Statistiken verschwinden zu lassen“.",
        False,
        [],
        None,
    ),
    # --- Mediterranean death toll (Reuters), Friday, Oct. 22 ---
    (
        "en",
        "GENEVA, Oct 22 (Reuters) - The International Organization for Migration said on Friday that at least 2,615 migrants had died or disappeared in the Mediterranean since January, roughly 10% more than at this point in 2026.",
        True,
        [
            ("date", "--10-22", None, None),
            ("count", 2615, None, "at_least"),
            ("percent", 10, "%", "about"),
            ("year", 2026, None, None),
        ],
        "the International Organization for Migration",
    ),
    (
        "en",
        "Nearly two-thirds of the deaths were recorded on the central Mediterranean route between North Africa and Italy.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "IOM spokesperson Kwabena Ofori-Lindqvist said the bodies of only about one in five of the dead had been recovered.",
        True,
        [("fraction", 0.2, None, "about")],
        "Kwabena Ofori-Lindqvist",
    ),
    (
        "en",
        "The agency has recorded more than 36,000 deaths and disappearances in the Mediterranean since it began counting in 2014.",
        True,
        [("count", 36000, None, "over"), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        'Ofori-Lindqvist said behind every entry in the database was "a family still waiting for a phone call".',
        False,
        [],
        None,
    ),
    (
        "en",
        'UNHCR urged European governments to "put saving lives back at the centre" of their migration policies.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A boat that capsized off the Libyan town of Zuwara on Wednesday had about 60 people aboard, and 23 survived, according to the Libyan Red Crescent.",
        True,
        [("count", 60, None, "about"), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Libya's coast guard intercepted 17,930 people at sea and returned them to Libya in the first nine months, IOM data show.",
        True,
        [("count", 17930, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
]
