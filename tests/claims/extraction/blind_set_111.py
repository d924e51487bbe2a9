"""Hundred-and-eleventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, products, firms and figures are
made up (Birgit Haunold, Marlene Achterberg, Nadia Cavelti, Tropevac, Nordvakzin, Ulrike
Hasenclever, Maria Ankenbrand, Gabriele Irlbacher, Raimund Zötsch, Katrin Doppler, Gerhard
Kaltseis, Doris Pilgerstorfer, Ferdinand Reisinger, Lucia Brunold, Henrik Lohmeier, Jens
Obermaier, Verena Haslbeck; Renata Okafor, Jessica Tolliver, Nadia Farouk, Martin
Coleshill, Lina Moreau, Brightwater Biologics, Corvessa, Gavin Ruddock, Hannah Sorensen,
Ayesha Qureshi, Dwayne Harrick, Mikael Strand, Moses Ndungu, Samuel Byrne, the Coral
Meridian, Dana Whitfield, Mark Porter); real agencies, institutes, hospitals, parties and
places ("AGES", "Robert Koch-Institut", "RKI", "Divi", "Ständige Impfkommission",
"Bundesamt für Gesundheit", "BAG", "Inselspital", "Kinderspital Zürich", "EMA",
"EU-Kommission", "GKV-Spitzenverband", "Weltgesundheitsorganisation", "Bischofskonferenz",
"Landratsamt", "Gesundheitsamt", "Gesundheitsministerium", "Sozialversicherung", "NEOS",
"FPÖ", "Ärztekammer", "Auswärtiges Amt", "Charité", "Paul-Ehrlich-Institut", "Klinik
Ottakring", "Wiener Gesundheitsverbund", "Deutsche Krankenhausgesellschaft", "Uniklinik
Köln", "Berufsverband der Kinder- und Jugendärzte"; "CDC", "Idaho Department of Health and
Welfare", "UK Health Security Agency", "UKHSA", "NHS England", "Department of Health",
"World Health Organization", "Medecins Sans Frontieres", "National Institute of Virology",
"FDA", "Yale", "ECDC", "Agriculture Department", "ANSM", "University of Minnesota",
"UNICEF", "Africa Centres for Disease Control and Prevention", "Public Health Agency of
Canada", "Birmingham City Council", "TikTok", "WPLG-TV") stand for the way wire copy names
them; every case count, rate, death, dose, price, trial result and statement here is
invented.

Its weight: DISEASE OUTBREAKS AND VACCINATION CAMPAIGNS over eight weeks in story order
(October to December), each story told over several sentences as wire copy runs (a
dateline lead with the count, the hospitalised and the dead with their hedges and
revisions, the vaccination rate, the agency's statement, a quote of a doctor or a parent,
the campaign and its doses, the contested claim and its rebuttal, advice and scene colour,
the follow-up weeks later), the German and English stories interleaved by week. Half German
(APA, dpa, dpa/lby, Keystone-SDA, KNA; Austrian "Spital", "Selbstbehalt", "Nationalrat",
Swiss "4128" without a separator, "21'500", "Franken", "Kinderkrippen", «» quotes, German
„“ quotes): a measles outbreak in Vienna ("der dritte Masernausbruch ... in diesem Jahr",
"Jedes dritte Kind", "Rund drei Viertel", 21 days' exclusion) and its follow-up with a
death, revised counts of two authorities and a five-hour crisis meeting; the German flu
wave with the RKI's calendar weeks and "Sieben-Tage-Inzidenz ... 38,5 Fälle je 100.000
Einwohner", intensive-care occupancy, the STIKO's age groups, the third wave of the winter
and a hospital federation contradicting the minister; whooping cough in Switzerland with
infant deaths in Konjunktiv I and nurseries closed for ten days; an EMA recommendation for
a chikungunya vaccine with trial figures, price and the Commission's deadline; mpox
vaccinations by church hospitals in Congo (KNA); hepatitis A at a Bavarian primary school
closed for ten days; Austria's flu doses ordered, delivered and paid for, a minister's
contested record and an FPÖ claim set against AGES data; Marburg virus in Uganda with
contact tracing and travel advice; a dpa fact check of claimed vaccine deaths; RSV
antibodies for Swiss newborns at 482 francs a dose; poliovirus in German sewage; a
Bavarian dispute over "jedes vierte Kind" without measles protection; dengue in Brazil.
Half English (AP, PA, Reuters, AFP): measles in Idaho from 62 cases to a second child's
death, revised hospitalisations and a governor's claim checked against state data; flu
jabs in England ("Just two in five adults under 65", "11.4 per 100,000 people", bed
occupancy) and a Health Secretary's "record 18 million" against UKHSA's 16.2 million;
cholera in Sudan with oral vaccine doses at "about $1.50"; Nipah in Kerala with a death
ruled out; a Lyme vaccine approved with efficacy, participants, an advisers' vote and a
list price; a polio drive in Pakistan; locally acquired dengue in Europe; bird flu in U.S.
dairy herds; an AFP fact check of claimed infant deaths after an RSV shot; measles in
Europe (WHO/UNICEF); whooping cough in England; mpox doses pledged and delivered in Africa
with prices in dollars, yen and euros; Canada's RSV vaccine deal in Canadian dollars;
measles exclusions and an MMR video in Birmingham; the U.S. flu season's child deaths and
"the second wave of flu this season"; norovirus on a cruise ship. Negatives as such copy
has them: appeals to get vaccinated and to check records, reassurances, fears, moral
verdicts, parents' and doctors' feelings, travel and health advice, forecasts without a
figure, open questions, labels for the other side's claim, fact-checkers' verdicts and
boilerplate, scene colour, a slogan on a sign, a Konjunktiv I verdict and a reporting
credit.

244 rows (122 German, 122 English), 54 negatives (28 German, 26 English), 190 check-worthy
rows of which 19 carry no figure (15 German, 4 English), 303 expected quantities (141
counts, 48 durations, 32 percentages, 22 ordinals, 18 fractions, 16 amounts of money - 5
USD, 5 EUR, 3 CAD, 1 GBP, 1 CHF, 1 JPY -, 13 years, 13 dates; 1 of them in a negative, as
the seventeenth batch labels a figure in a negative), 49 checked speakers (25 German, 24
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases
  that report a figure or a fact are check-worthy with the speaker their own attribution
  gives ("Bislang hätten sich aber erst 31 Prozent der über 60-Jährigen ... impfen lassen,
  sagte RKI-Vizepräsidentin Marlene Achterberg." -> "Marlene Achterberg", "Seit
  Jahresbeginn seien ... mehr als 19.000 Verdachtsfälle ..., sagte Ordensschwester Maria
  Ankenbrand, die ..." -> "Maria Ankenbrand", "Der Impfstoff werde zunächst für Reisende
  ... angeboten, sagte Nordvakzin-Chefin Ulrike Hasenclever." -> "Ulrike Hasenclever",
  "Nach den Schuleingangsuntersuchungen seien 93,6 Prozent ..., sagte Haslbeck." ->
  "Haslbeck", "Zwei Säuglinge seien ... gestorben, ..., teilte das Bundesamt für Gesundheit
  mit." -> "das Bundesamt für Gesundheit"; forty-seventh, ninety-ninth, hundred-tenth); a
  Konjunktiv I verdict or reassurance is a negative, also with a named speaker ("Die Lage
  sei unter Kontrolle, sagte Gesundheitsstadträtin Doris Pilgerstorfer.",
  "Bundesgesundheitsminister Henrik Lohmeier sagte, die Kliniken seien auf die Welle gut
  vorbereitet."; hundred-first, hundred-tenth). A check under way is check-worthy ("Ob die
  Masern die Todesursache waren, werde noch geprüft, ..." as "Die Ermittlungen dauern an.",
  twenty-seventh). New: "Es wäre der erste Masern-Todesfall in Österreich seit 2017." is
  check-worthy with ordinal 1 and the year - the Konjunktiv II leaves open only whether
  the death counts, not the record it would set, which can be checked.
- Quoted facts are check-worthy with their speaker, with a figure („Jedes dritte Kind in
  unseren Kindergärten hat nicht beide Masernimpfungen“ -> "Birgit Haunold", «Im Kanton
  Bern liegen derzeit neun Säuglinge ...» -> "Nadia Cavelti", „Wir operieren seit zwei
  Wochen nur noch Notfälle“ -> "Jens Obermaier", the name in apposition after "der
  Ärztliche Direktor der Uniklinik Köln," as in the sixty-fourth) and without („Wir haben
  die Eltern noch am selben Abend informiert“ -> "Gabriele Irlbacher"; «Wir hatten im
  November erstmals seit Jahren freie Betten auf der Intensivstation» -> "Lucia Brunold",
  a claim of a measurable record as in the twenty-ninth and ninety-eighth; „Wir verlegen
  schon jetzt Kinder bis nach Thüringen, ...“ with an unnamed senior physician, unchecked;
  ninety-eighth and hundred-tenth).
- Contested claims and their rebuttals (twentieth, twenty-ninth, eighty-sixth,
  hundredth): each side's figure is check-worthy with its own hedge - "told MPs that a
  record 18 million flu vaccines had been given" (18,000,000, "a record" no hedge, as in
  the twenty-third) against "UKHSA figures show 16.2 million doses had been administered
  by Dec. 7."; "Harrick also claimed that vaccination rates ... had risen every year since
  he took office in 2019." against "Official data show ... fell from 84.6% in 2019 to
  79.9% last year."; the Austrian minister's "so hoch wie nie zuvor" (a claim of a
  measurable record without a figure) against "in der Saison 2020/21 mit 1,2 Millionen
  Impfungen"; "jedes vierte Kind ohne Masernschutz" (0.25) in the minister's rejection
  against her 93,6 Prozent, the survey's provenance ("Die Zahl von 25 Prozent stammt aus
  einer Umfrage ...", as "Die Zahl stammt von der Gewerkschaft Unia", hundredth) and the
  association's reply ("hielt dagegen", no figure). The other side's explanation is
  check-worthy without a figure ("The Department of Health said the higher figure
  included jabs given in care homes ...", "A spokesperson for the governor later said he
  had been referring to flu shots among adults.", "Das Ministerium räumte später ein, der
  Minister habe sich auf die bestellten Dosen bezogen."); a label for the claim is a
  negative ("called the claim "a shameless bit of spin."", „Der Minister verwechselt
  offenbar Bestellungen mit Impfungen“; ninety-eighth), as is an accusation without a
  checkable claim ("Impfkritische Gruppen warfen dem BAG vor, Eltern unter Druck zu
  setzen.", eighty-fourth). "FPÖ-Gesundheitssprecher Gerhard Kaltseis behauptete,
  Geimpfte landeten häufiger mit Grippe im Spital als Ungeimpfte." is check-worthy with
  "Gerhard Kaltseis" (eighty-sixth: "behauptete X"), the data set against it ("2,4-mal so
  hoch") count 2.4 (hundred-tenth: a multiple of a risk is a count, "about 10 times more
  likely").
- Misinformation and fact checks (twenty-ninth, thirty-third, hundred-third): the post's
  claim with its figure and its reach are check-worthy ("ein Beitrag, wonach ... mehr als
  3.000 Menschen ... gestorben seien" 3,000 "over", "mehr als 40.000 Mal geteilt" count
  40,000 "over" as the issue's "100 Mal", "A Facebook post shared thousands of times claims
  that ... 280 infant deaths", "viewed 1.2 million times"), as are the figures set against
  it (the Paul-Ehrlich-Institut's 212 reports and four deaths, the ANSM's 11 reports,
  240,000 infants, "cut RSV hospitalisations among babies by 83%") and the record of a
  retracted paper ("first made in a 1998 paper that was later retracted, has been
  disproved ..."). Verdicts and boilerplate are negatives ("Die Behauptung ist falsch.",
  "The claim is false.", "Eine Verdachtsmeldung bedeutet nicht, dass ..." as a methodology
  caveat, "Wir haben den Urheber des Beitrags um eine Quelle gebeten, ...", "AFP contacted
  the author of the post ..."). New: "The CDC said it had found no evidence of the virus
  spreading from person to person." is check-worthy with "the CDC" - a surveillance
  agency reporting what its investigation found, as "Air monitoring found no harmful
  levels of benzene" (ninety-ninth) - while a fact-checker's "There is no evidence to
  support this." stays a negative (twenty-ninth): the one reports a finding, the other
  judges a claim.
- Check-worthy without a figure otherwise: an agency's statement that the flu season began
  early, the EMA's recommendation (sixty-fourth), no reimbursement by the health insurers,
  a health office's suspected source of an outbreak (as an arrest on suspicion,
  ninety-ninth), "Einen zugelassenen Impfstoff gegen das Virus gibt es bislang nicht.",
  poliovirus found in sewage, "Almost all of the patients had not been vaccinated or ..."
  ("Almost all" no fraction, as "Most of the cases ...", ninety-eighth).
- Negatives (ninety-eighth, ninety-ninth, hundredth, hundred-tenth): appeals to get
  vaccinated or to check records, also with a body as their source ("Die
  Gesundheitsbehörde rief alle Eltern dazu auf, ...", "Die Bischofskonferenz des Landes
  rief die Gläubigen auf, ...", "County health staff asked families ...", ""If you're eligible, please come forward ..."", ""Please don't leave it
  to chance ...""); travel and health advice, also from the Foreign Office ("Das
  Auswärtige Amt rät von nicht notwendigen Reisen in den Distrikt Kasese ab.", "Reisende
  sollten sich ... schützen, rät das Auswärtige Amt.", "Travellers who come home ...",
  "Residents in the containment zones have been told to wear masks ...", as "Die Polizei
  rät dringend davon ab, ..." and "Drivers were told not to attempt ...", ninety-ninth);
  reassurances („Für Touristen ist das Risiko sehr gering, ...“); fears ("Aid agencies
  fear ..."); moral verdicts and generic claims in quotes („Wer sein Kind aus
  Bequemlichkeit nicht impfen lässt, handelt verantwortungslos“, «Jede ungeimpfte
  Schwangere setzt ihr Neugeborenes einem unnötigen Risiko aus», „Solche Aussagen kosten
  Menschenleben“, ""No parent should have to bury a child ..."", ""Promises do not
  vaccinate children,"", „Polio ist nur einen Flug entfernt“ with "einen" an article);
  feelings of parents, doctors and officials („Ich habe nächtelang nicht geschlafen ...“,
  „Die langen Schlangen ... haben mich berührt“, ""Each of these deaths breaks my
  heart,"", ""I did my own research ..."" of "a mother of four", count 4 labelled, as the
  seventy-first and seventeenth batches do); verdicts ("This outbreak was entirely
  avoidable", "a game changer", „ein Meilenstein“, ""The drop is good news, but it is not
  a victory,"", ""a catastrophe layered on top of a war""); forecasts and open questions
  without a figure ("Das RKI rechnet damit, dass die Grippewelle ... ihren Höhepunkt erst
  nach Weihnachten erreicht.", as "Die Meteorologen rechnen ... mit ...", ninety-eighth;
  "Wie stark die Welle ...", "It is unclear when ..."); a verdict with "hält ... für" ("Die
  Ständige Impfkommission hält eine Impfung auch jetzt noch für sinnvoll.", ninetieth);
  commentary ("Warmer summers are making Europe ever more hospitable ..."); a slogan on a
  sign (""My child, my choice.""); scene colour (families with prams in the drizzle, "a
  floating hospital"); a reporting credit.
- Rates and shares (fourth, twenty-third, forty-ninth, sixty-fourth): "Sieben-Tage-Inzidenz"
  7 days; rates per 100,000 are two counts ("38,5 Fälle je 100.000 Einwohner", "212,4
  laborbestätigten Fällen je 100.000 Einwohner", "11.4 per 100,000 people ..., up from
  8.2" - the second rate without its base gives 8.2 only, sixty-fourth -, "96 cases per
  100,000 people"); vaccination rates and occupancy are percentages ("bei 81 Prozent, ...
  wären 95 Prozent nötig", "mehr als 90 Prozent der Intensivbetten" "over", "91,3 Prozent",
  "93,6 Prozent", "only 78.4%", "69.8 per cent, against 71.3 per cent", "95.1 per cent,
  well above the 92 per cent level" with no hedge - "well above the" stands before the
  article, as "far beyond the 35 mph threshold", hundred-tenth -, "Only 61.7 per cent",
  "Only about 44% ..., down from 47%"). Fractions: "Jedes dritte Kind" 0.3333, "jedes
  vierte Kind" 0.25, "bei jedem fünften Zweijährigen" 0.2, "etwa jeder zehnte" 0.1
  "about", "Rund drei Viertel" 0.75 "about", "ein Fünftel davon" 0.2, "ein Viertel von
  ihnen" 0.25, "Nur gut die Hälfte" 0.5 "over" ("gut", seventy-first), "etwa zwei
  Dritteln" 0.6667 "about", "Roughly one-fifth" 0.2 "about", "Three-quarters" 0.75, "about
  a quarter of them" 0.25 "about", "Just two in five" 0.4 ("Just" no hedge), "almost two in
  five" 0.4 "nearly", "nearly one in eight" 0.125 "nearly", "as many as nine in 10" 0.9
  "up_to" (hundredth: "as many as"; eleventh: "4 in 10"), "less than a third" 0.3333
  "under" (sixty-fourth). New: "fewer than three in four" 0.75 "under" - "fewer than" is
  the "less than" of things counted. Multiples: "fast doppelt so viele" 2 "nearly" and
  "mehr als doppelt so viele" 2 "over" (twenty-third: "mehr als doppelt so viele").
- Trials and approvals (forty-fourth, sixty-fourth): "Phase-3-Studie" count 3, "mit 4.115
  Teilnehmenden", "97,8 Prozent ... nach 28 Tagen", "Nach sechs Monaten ... 89 Prozent",
  "0,4 Prozent ..., in der Placebogruppe ... 0,3 Prozent", "a late-stage trial of about
  9,400 people aged 5 and older" ("aged 5 and older" 5 years "at_least", sixty-fourth),
  "the three-dose vaccine" count 3 (a number word counting the parts of a compound,
  twenty-third: "the three-match series"), "by 71%", "at 58%, among participants over 60"
  (60 years "over"), "had voted 11-2" two counts (sixty-fourth: "voted 10-3"), "for people
  aged 12 and over" 12 years "at_least", "Einzeldosis" none, "binnen 67 Tagen" 67 days, "the
  first shot for the tick-borne illness in more than 20 years" ordinal 1 and 20 years
  "over", "pulled from the market in 2002" the year.
- Doses and schedules (sixty-fourth): "1,9 Millionen Dosen ..., knapp 1,4 Millionen"
  (the second "nearly"), "Spende von 250.000 Dosen", "300.000 Dosen ... für den 9.
  Dezember", "1.4 million doses", "under 5 million doses", "about 10 million doses of an H5
  vaccine" ("H5", "H5N1", "MMR", "RSV" names with no quantity, sixty-fourth), "just 1.9
  million of the 6.4 million ... doses", "4.5 million doses", "in zwei Dosen im Abstand von
  drei Monaten" count 2 and 3 months, "two doses of the MMR vaccine" count 2, "zweimal
  gegen Masern geimpft" and "zweimal täglich" count 2 (sixty-fourth: "twice a day"), "nur
  einmal gegen Masern geimpft" count 1 (sixty-fourth: "einmal wöchentlich" count 1, the
  number word of a frequency), "noch die dritte Impfdosis" ordinal 3, "their first measles
  dose" ordinal 1. New: "zwischen der 13. und der 26. Schwangerschaftswoche" ordinals 13 and
  26, a week of pregnancy counted as "In der 3. Kalenderwoche" (sixty-fourth) is; "In der
  44. Kalenderwoche" and "In der 50. Kalenderwoche" ordinals 44 and 50. New: "dipped under
  5 million doses" is 5,000,000 "under" - the preposition bounds the figure, whereas in
  "topped 70 mph" (ninety-ninth) the verb itself carries the comparison and in "revised
  the figure up to 468" (hundred-tenth) "up" belongs to the verb.
- Outbreak ordinals (ninety-ninth, hundred-first, hundred-tenth): "der dritte
  Masernausbruch in Österreich in diesem Jahr" 3, "die dritte Infektionswelle in diesem
  Winter" 3, "der zweite Marburg-Ausbruch ... binnen zwei Jahren" 2 and 2 years, "der
  vierte Nachweis in diesem Jahr" 4, "bei einem dritten Todesfall" 3 (ninety-ninth: "Ein
  vierter Tourengeher"), "A second child has died" 2, "A third death first attributed to
  the virus" 3, "Kerala's sixth Nipah outbreak since 2018" 6 and the year, "the country's
  72nd human case" 72, "the second wave of flu this season" 2, "the fifth such outbreak on
  a cruise ship this year" 5 ("such" no effect), "The outbreak's first case" 1, "the first
  season" 1, "during the year's first 10 months" 1 and 10 months (ninety-ninth: "in the
  first 24 hours"). "erstmals", "worst-hit", "highest", "largest" none.
- Ages and age groups are durations in years (twenty-third, thirty-third, sixty-fourth):
  "bei den Zweijährigen" and "bei jedem fünften Zweijährigen" 2, "im Alter von fünf bis 14
  Jahren" both ends, "ab 60 Jahren" and "für Kinder ab vier Jahren" and "an Personen ab
  zwölf Jahren" "at_least", "der über 60-Jährigen", "für Ungeimpfte über 65" and "älter als
  80 Jahre" "over" (twenty-third: "jünger als 15 Jahre" "under"), "Ein 41-jähriger Mann";
  "children under 5", "children under five", "adults under 65" "under", "Among over-65s"
  "over", "aged 75 and older" "at_least", "a two-year-old girl", "a 6-year-old". New: "by
  the age of five" is 5 years with no hedge - the age by which a dose is due, "by" no
  bound on the figure.
- Durations otherwise (issue, ninety-ninth, hundredth): "21 Tage lang" (twice), "for 21
  days", "für jeweils zehn Tage" ("jeweils" no hedge), "für zehn Tage", "for seven days",
  "a seven-day polio vaccination drive", "will run for 10 days", "bis zu 50 Tage" "up_to",
  "in den vergangenen drei Wochen" 3 weeks, "seit zwei Wochen" 2 weeks, "drei Tage früher"
  3 days, "Nach einer fünfstündigen Sitzung" 5 hours (the issue's "fünfstündigen
  Treffen"), "The 10-day voyage" 10 days, "two days early" 2 days, "in more than 30 years"
  30 years "over". "nächtelang", "einige Wochen", "a decade ago", "a year earlier", "a year
  ago", "last school year", "this season", "so far this year", "seit Jahren" none.
- Money in the currency written (every earlier batch): "rund 170 Euro" "about", "einen
  Selbstbehalt von 7 Euro", "zwischen 11 und 14 Euro pro Dosis" both EUR (the currency
  written once serving both, ninety-seventh; "zwischen" no hedge), "482 Franken" CHF, "about
  $1.50" and "about $2" "about", "up to $65 per dose" "up_to", "$245 per dose", "$1.2
  billion a year by 2030" with the year, "£9.58", "1,500 yen" JPY, "22 million euros" EUR
  in English copy, "C$610 million", "about C$135 a dose" "about" and "C$48 million" CAD
  (sixty-fourth: "roughly C$1.6 billion"); "pro Dosis", "per dose", "a dose", "pro
  Impfung", "a year" none.
- Counts otherwise: "Elf der Erkrankten ..., zwei davon", "14 Kinder und zwei
  Lehrkräfte", "13 Infektionen ..., drei davon", "Rund zwei Dutzend weitere" 24 "about" (the
  issue's "two dozen"; "weitere" no hedge), "along with two dozen of the 1,150 crew
  members" 24 and 1,150, "12 of the country's 18 states", "Only 14 of the 38 cholera
  treatment centres" ("Only" no hedge), "176 of the cases and Italy for 104", "the only two
  countries" 2, "up from six" 6, "14 more flu deaths" 14 ("more" after a figure no hedge,
  hundred-tenth), "at least 9.7 million illnesses, 120,000 hospitalizations and 5,100
  deaths" (the hedge on the first only, hundred-tenth), "an average of 3,182" with no hedge
  (sixty-fourth: "an average of"), "4128" (Swiss copy without a separator, forty-eighth),
  "rund 21'500" (Swiss apostrophe, tenth). New: "einer Umfrage ... unter 412 Praxen" is
  412 with no hedge - "unter" names the survey's base ("among"), not a bound on the
  figure, unlike "Kinder unter fünf Jahren".
- Revised and disputed tolls (ninety-ninth, hundred-tenth: every figure a row gives is
  labelled): "had earlier reported 19 hospitalizations but revised the figure to 17 after
  finding two duplicate records" 19, 17 and 2; "In der Vorwoche hatte die AGES noch von 66
  Fällen gesprochen, die Stadt Wien hatte 71 gemeldet." 66 and 71; "Mehr als 1.300
  Todesfälle gelten als bestätigt, weitere 870 werden noch untersucht." 1,300 "over" and
  870; "mindestens neun Menschen" "at_least", "at least 1,140 people" "at_least", "74
  Todesfälle ..., die tatsächliche Zahl dürfte deutlich höher liegen" 74 (the forecast
  without a figure rides on a checkable count and leaves the row check-worthy).
- Years and dates: Reuters datelines with a day ("KHARTOUM, Oct 21", "NEW DELHI, Oct 14",
  "WASHINGTON, Oct 30", "STOCKHOLM, Nov 6", "CHICAGO, Nov 14", "COPENHAGEN, Nov 20",
  "JOHANNESBURG, Dec 3", "OTTAWA, Nov 27") are dates without a year; APA, dpa, dpa/lby,
  Keystone-SDA, KNA, AP, AFP and PA datelines none (seventy-ninth); "in the week to Dec.
  7", "by Dec. 7", "on Sept. 28", "from April 1", "für den 9. Dezember" dates without a
  year; "Saison 2020/21" both years (fortieth); "seit 2017", "since 1992", "in 2002", "in
  September 2023", "since March 2024", "in October 2024", "in 2019", "since 2018", "a 1998
  paper", "by 2030" the years. Weekdays, months ("seit Anfang September", "Seit Oktober",
  "bis Ende November", "in September", "since January", "between January and October",
  "in May"), "nach Weihnachten", "im Herbst", "im Vorwinter", "in der Vorsaison" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around",
  "Roughly", "roughly" "about"; "knapp", "fast", "almost", "nearly" "nearly"; "mehr als",
  "Mehr als", "gut", "more than", "More than", "over" (after a noun, "participants over 60")
  "over"; "unter", "under", "less than", "fewer than" "under"; "ab", "and older", "and
  over", "at least", "At least", "mindestens" "at_least"; "bis zu", "up to", "as many as"
  "up_to". No hedge: "erst", "nur", "Nur", "Only", "only", "Just", "just", "bereits",
  "bisher", "Insgesamt", "weitere", "jeweils", "zwischen", "between", "an average of", "a
  record", "more" after a figure, "well above the".
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("AGES-Expertin", "RKI-Vizepräsidentin", "BAG-Sprecherin",
  "Nordvakzin-Chefin", "Ordensschwester", "Schulleiterin"), surnames as written ("sagte
  Haslbeck"; ninety-fifth), the name in apposition ("sagte die Chefärztin des
  Kinderspitals Zürich, Lucia Brunold", "sagte der Ärztliche Direktor der Uniklinik Köln,
  Jens Obermaier"; sixty-fourth); "X behauptete" and "X behauptete im Nationalrat, ..." the
  name (eighty-sixth); "teilte die AGES (am Montag) mit", "teilte das Robert Koch-Institut
  (am Mittwoch) mit", "teilte das Bundesamt für Gesundheit mit", "teilte das
  Gesundheitsministerium mit", "teilte das Institut mit", "teilte das RKI mit", "wie das BAG
  mitteilte", "so das RKI", "so der Verband" the source with its article in the nominative
  (thirty-third, sixty-fourth, hundred-ninth); "nach Angaben der Divi", "nach Angaben der
  Weltgesundheitsorganisation", "nach Angaben der Stadt" -> "die ..." and "nach Angaben des
  GKV-Spitzenverbands" -> "der GKV-Spitzenverband" (ninety-ninth: "nach Angaben des
  Zivilschutzes" -> "der Zivilschutz"); "laut BAG" -> "BAG" as written (sixty-fourth).
  English: "according to the Idaho Department of Health and Welfare", "according to the UK
  Health Security Agency" and "according to the agency" with the article; "the health
  ministry said on Tuesday", "the UK Health Security Agency said", "the health department
  said", "the Africa Centres for Disease Control and Prevention said on Wednesday", "the
  Public Health Agency of Canada said", "the ECDC said on Thursday", "the agency said", "the
  CDC said Saturday" (the weekday dropped, eighty-first) with the article in lower case;
  "The World Health Organization said ...", "The Department of Health said ...", "The CDC
  said ...", "The company said ..." opening the sentence -> with "the" (ninety-eighth);
  "NHS England said", "Birmingham City Council said", "Okafor said", "Harrick also claimed"
  (eighty-sixth) as written; "WHO spokesperson Lina Moreau told reporters", "Africa CDC
  official Moses Ndungu told reporters", "Chief Executive Gavin Ruddock said on a call with
  analysts", "Gov. Dwayne Harrick said" -> the name. New: "Health Secretary Martin
  Coleshill told MPs that ..." -> "Martin Coleshill", the named speaker of "told MPs" as of
  "told reporters" (sixty-fourth) - "the minister told parliament" (twenty-third) gives the
  role only because no name stands there. Left unchecked (None): "meldete das Landratsamt"
  (ninety-ninth: "meldete"), "Die AGES zählte", "sagte der Oberarzt einer Leipziger
  Kinderklinik", "sagte eine Sprecherin des Wiener Gesundheitsverbunds", "sagte eine
  Kinderärztin", "nach APA-Informationen" (eighty-second: "nach SID-Informationen"), "Laut
  den Abrechnungsdaten der Sozialversicherung" and "Nach Daten der AGES" (documents),
  "räumte ... ein", "hielt dagegen", "widersprach", "hat ... zurückgewiesen", "state health
  officials said", "the state health minister said" (a role without a name), "officials
  said", "a spokesperson said", "aid groups say", "Health officials say", "the WHO
  estimates" and "the agencies estimated" and "The agency estimates" (estimating verbs,
  hundred-tenth), "CDC figures show", "UKHSA figures show", "Official data show" (twenty-
  third), "according to CDC estimates", "according to Agriculture Department data",
  "according to Pakistan's polio eradication programme" (a possessive description),
  "according to its manufacturer", "The charity Medecins Sans Frontieres said" and
  "France's medicines agency ANSM said" (a description before the name, fortieth), "the
  World Health Organization and UNICEF said" (two bodies), rows whose subject acts without
  a verb of saying ("U.S. regulators on Thursday approved", "The CDC on Friday reported")
  and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_111 = [
    # --- Woche 1: Masernausbruch in Wien (APA) ---
    ("de", "Wien (APA) - In Wien ist die Zahl der Masernfälle seit Anfang September auf 47 gestiegen, teilte die AGES am Montag mit.", True, [("count", 47, None, None)], "die AGES"),
    ("de", "Elf der Erkrankten mussten im Spital behandelt werden, zwei davon auf einer Intensivstation.", True, [("count", 11, None, None), ("count", 2, None, None)], None),
    ("de", "Rund drei Viertel der Betroffenen waren gar nicht oder nur einmal gegen Masern geimpft.", True, [("fraction", 0.75, None, "about"), ("count", 1, None, None)], None),
    ("de", "Es ist bereits der dritte Masernausbruch in Österreich in diesem Jahr.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Masern-Impfquote bei den Zweijährigen liegt in Wien bei 81 Prozent, für einen Gemeinschaftsschutz wären 95 Prozent nötig.", True, [("duration", 2, "year", None), ("percent", 81, "%", None), ("percent", 95, "%", None)], None),
    ("de", "„Jedes dritte Kind in unseren Kindergärten hat nicht beide Masernimpfungen“, sagte AGES-Expertin Birgit Haunold.", True, [("fraction", 0.3333, None, None)], "Birgit Haunold"),
    ("de", "Die Stadt bietet an sechs Standorten kostenlose Impfungen an, auch ohne Termin.", True, [("count", 6, None, None)], None),
    ("de", "Ungeimpfte Kinder, die Kontakt zu einem Erkrankten hatten, dürfen 21 Tage lang weder Kindergarten noch Schule besuchen.", True, [("duration", 21, "day", None)], None),
    ("de", "„Ich habe nächtelang nicht geschlafen, so große Angst hatte ich um meine Tochter“, sagte eine Mutter aus Favoriten.", False, [], None),
    ("de", "Die Gesundheitsbehörde rief alle Eltern dazu auf, die Impfpässe ihrer Kinder zu kontrollieren.", False, [], None),
    # --- Woche 1: Measles in Idaho (AP) ---
    ("en", "BOISE, Idaho (AP) — A measles outbreak in southwestern Idaho has grown to 62 cases, state health officials said Tuesday, the largest in the state in more than 30 years.", True, [("count", 62, None, None), ("duration", 30, "year", "over")], None),
    ("en", "Nine people have been hospitalized, seven of them children under 5.", True, [("count", 9, None, None), ("count", 7, None, None), ("duration", 5, "year", "under")], None),
    ("en", "Roughly one-fifth of the cases are adults.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Almost all of the patients had not been vaccinated or their vaccination status was unknown, according to the Idaho Department of Health and Welfare.", True, [], "the Idaho Department of Health and Welfare"),
    ("en", "In Canyon County, only 78.4% of kindergartners had both doses of the MMR vaccine last school year, and nearly one in eight had a nonmedical exemption.", True, [("percent", 78.4, "%", None), ("fraction", 0.125, None, "nearly")], None),
    ("en", "\"This outbreak was entirely avoidable,\" said Dr. Renata Okafor, the district's health director.", False, [], None),
    ("en", "Okafor said as many as nine in 10 unvaccinated people who are exposed will catch the virus.", True, [("fraction", 0.9, None, "up_to")], "Okafor"),
    ("en", "\"I did my own research, and I'm at peace with my decision,\" said Jessica Tolliver, a mother of four in Nampa whose children have had no shots.", False, [("count", 4, None, None)], None),
    ("en", "CDC figures show 1,274 measles cases confirmed nationwide this year, more than in any year since 1992.", True, [("count", 1274, None, None), ("year", 1992, None, None)], None),
    ("en", "Three deaths have been reported this year, all of them in people who had not been vaccinated.", True, [("count", 3, None, None)], None),
    ("en", "County health staff asked families to bring vaccination cards along to pediatric visits over the holidays.", False, [], None),
    # --- Woche 2: Grippewelle in Deutschland (dpa) ---
    ("de", "Berlin (dpa) - Die Grippesaison hat in Deutschland einige Wochen früher als üblich begonnen, teilte das Robert Koch-Institut am Mittwoch mit.", True, [], "das Robert Koch-Institut"),
    ("de", "In der 44. Kalenderwoche wurden dem RKI 6.812 laborbestätigte Influenzafälle übermittelt, fast doppelt so viele Meldungen wie in der Vorwoche.", True, [("ordinal", 44, None, None), ("count", 6812, None, None), ("count", 2, None, "nearly")], None),
    ("de", "Die Sieben-Tage-Inzidenz der Influenza stieg auf 38,5 Fälle je 100.000 Einwohner.", True, [("duration", 7, "day", None), ("count", 38.5, None, None), ("count", 100000, None, None)], None),
    ("de", "Seit Beginn der Saison wurden 74 Todesfälle im Zusammenhang mit Grippe gemeldet, die tatsächliche Zahl dürfte deutlich höher liegen.", True, [("count", 74, None, None)], None),
    ("de", "Am häufigsten erkranken derzeit Kinder im Alter von fünf bis 14 Jahren.", True, [("duration", 5, "year", None), ("duration", 14, "year", None)], None),
    ("de", "In manchen Kinderkliniken sind nach Angaben der Divi mehr als 90 Prozent der Intensivbetten belegt.", True, [("percent", 90, "%", "over")], "die Divi"),
    ("de", "„Wir verlegen schon jetzt Kinder bis nach Thüringen, weil bei uns kein Bett mehr frei ist“, sagte der Oberarzt einer Leipziger Kinderklinik.", True, [], None),
    ("de", "Die Ständige Impfkommission empfiehlt die Grippeimpfung allen Menschen ab 60 Jahren, Schwangeren und chronisch Kranken.", True, [("duration", 60, "year", "at_least")], None),
    ("de", "Bislang hätten sich aber erst 31 Prozent der über 60-Jährigen gegen Grippe impfen lassen, sagte RKI-Vizepräsidentin Marlene Achterberg.", True, [("percent", 31, "%", None), ("duration", 60, "year", "over")], "Marlene Achterberg"),
    ("de", "„Für die Impfung ist es noch nicht zu spät“, sagte Achterberg.", False, [], None),
    ("de", "Wie stark die Welle in diesem Winter ausfällt, lässt sich noch nicht abschätzen.", False, [], None),
    # --- Week 2: Flu jabs and a disputed figure (PA) ---
    ("en", "LONDON (PA) - Just two in five adults under 65 with long-term health conditions have had their flu jab so far this winter, according to the UK Health Security Agency.", True, [("fraction", 0.4, None, None), ("duration", 65, "year", "under")], "the UK Health Security Agency"),
    ("en", "Among over-65s, uptake is 69.8 per cent, against 71.3 per cent a year earlier.", True, [("duration", 65, "year", "over"), ("percent", 69.8, "%", None), ("percent", 71.3, "%", None)], None),
    ("en", "Flu admissions to hospital in England rose to 11.4 per 100,000 people in the week to Dec. 7, up from 8.2 the previous week.", True, [("count", 11.4, None, None), ("count", 100000, None, None), ("date", "--12-07", None, None), ("count", 8.2, None, None)], None),
    ("en", "Hospitals were caring for an average of 3,182 flu patients a day last week, 112 of them in critical care, NHS England said.", True, [("count", 3182, None, None), ("count", 112, None, None)], "NHS England"),
    ("en", "Bed occupancy across acute trusts reached 95.1 per cent, well above the 92 per cent level regarded as safe.", True, [("percent", 95.1, "%", None), ("percent", 92, "%", None)], None),
    ("en", "\"If you're eligible, please come forward — it's not too late,\" said Dr. Nadia Farouk, a deputy director at UKHSA.", False, [], None),
    ("en", "Health Secretary Martin Coleshill told MPs that a record 18 million flu vaccines had been given in England this season.", True, [("count", 18000000, None, None)], "Martin Coleshill"),
    ("en", "Pharmacies are paid £9.58 for every flu jab they give on the NHS.", True, [("money", 9.58, "GBP", None)], None),
    ("en", "UKHSA figures show 16.2 million doses had been administered by Dec. 7.", True, [("count", 16200000, None, None), ("date", "--12-07", None, None)], None),
    ("en", "The Department of Health said the higher figure included jabs given in care homes and pharmacies that had not yet been reported to UKHSA.", True, [], "the Department of Health"),
    ("en", "The opposition's health spokeswoman called the claim \"a shameless bit of spin.\"", False, [], None),
    # --- Woche 2: Keuchhusten in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - In der Schweiz wurden seit Jahresbeginn 4128 Keuchhustenfälle registriert, mehr als doppelt so viele wie während des ganzen letzten Jahres.", True, [("count", 4128, None, None), ("count", 2, None, "over")], None),
    ("de", "Zwei Säuglinge seien an der Krankheit gestorben, bei einem dritten Todesfall werde der Zusammenhang noch abgeklärt, teilte das Bundesamt für Gesundheit mit.", True, [("count", 2, None, None), ("ordinal", 3, None, None)], "das Bundesamt für Gesundheit"),
    ("de", "«Im Kanton Bern liegen derzeit neun Säuglinge mit Keuchhusten im Spital», sagte BAG-Sprecherin Nadia Cavelti.", True, [("count", 9, None, None)], "Nadia Cavelti"),
    ("de", "Das BAG empfiehlt Schwangeren die Impfung zwischen der 13. und der 26. Schwangerschaftswoche.", True, [("ordinal", 13, None, None), ("ordinal", 26, None, None)], None),
    ("de", "Nur gut die Hälfte der Schwangeren lässt sich laut BAG gegen Keuchhusten impfen.", True, [("fraction", 0.5, None, "over")], "BAG"),
    ("de", "«Jede ungeimpfte Schwangere setzt ihr Neugeborenes einem unnötigen Risiko aus», sagte eine Kinderärztin am Inselspital.", False, [], None),
    ("de", "Im Kanton Zürich wurden zwei Kinderkrippen für jeweils zehn Tage geschlossen.", True, [("count", 2, None, None), ("duration", 10, "day", None)], None),
    # --- Week 2: Cholera in Sudan (Reuters) ---
    ("en", "KHARTOUM, Oct 21 (Reuters) - A cholera outbreak in Sudan has killed at least 1,140 people since August, the health ministry said on Tuesday, as the disease spread to 12 of the country's 18 states.", True, [("date", "--10-21", None, None), ("count", 1140, None, "at_least"), ("count", 12, None, None), ("count", 18, None, None)], "the health ministry"),
    ("en", "More than 41,000 suspected cases have been recorded, about a quarter of them in children under 5.", True, [("count", 41000, None, "over"), ("fraction", 0.25, None, "about"), ("duration", 5, "year", "under")], None),
    ("en", "The World Health Organization said 1.4 million doses of oral cholera vaccine had arrived in Port Sudan on Sunday.", True, [("count", 1400000, None, None)], "the World Health Organization"),
    ("en", "A campaign to vaccinate 2.9 million people in Gezira and White Nile states will run for 10 days, WHO spokesperson Lina Moreau told reporters in Geneva.", True, [("count", 2900000, None, None), ("duration", 10, "day", None)], "Lina Moreau"),
    ("en", "Each dose costs about $1.50, and the global stockpile has dipped under 5 million doses several times this year.", True, [("money", 1.5, "USD", "about"), ("count", 5000000, None, "under")], None),
    ("en", "The charity Medecins Sans Frontieres said its treatment centre in Wad Madani was admitting more than 200 patients a day.", True, [("count", 200, None, "over")], None),
    ("en", "\"This is a catastrophe layered on top of a war,\" an MSF coordinator in Port Sudan said.", False, [], None),
    ("en", "Aid agencies fear the rainy season will carry the disease into the camps around El Fasher.", False, [], None),
    ("en", "Only 14 of the 38 cholera treatment centres opened since September are fully stocked, aid groups say.", True, [("count", 14, None, None), ("count", 38, None, None)], None),
    # --- Week 2: Nipah in Kerala (Reuters) ---
    ("en", "NEW DELHI, Oct 14 (Reuters) - Two people have died of Nipah virus infection in India's southern state of Kerala, and authorities have declared nine villages containment zones, the state health minister said.", True, [("date", "--10-14", None, None), ("count", 2, None, None), ("count", 9, None, None)], None),
    ("en", "A third death first attributed to the virus was ruled out after tests at the National Institute of Virology in Pune came back negative.", True, [("ordinal", 3, None, None)], None),
    ("en", "More than 1,080 contacts have been traced and 327 of them are classified as high-risk.", True, [("count", 1080, None, "over"), ("count", 327, None, None)], None),
    ("en", "Schools and colleges in Kozhikode district will stay shut for seven days.", True, [("duration", 7, "day", None)], None),
    ("en", "It is Kerala's sixth Nipah outbreak since 2018.", True, [("ordinal", 6, None, None), ("year", 2018, None, None)], None),
    ("en", "The virus kills between 40% and 75% of those it infects, the WHO estimates.", True, [("percent", 40, "%", None), ("percent", 75, "%", None)], None),
    ("en", "Residents in the containment zones have been told to wear masks and avoid fruit that may have been bitten by bats.", False, [], None),
    # --- Woche 3: EMA-Empfehlung für einen Chikungunya-Impfstoff (dpa) ---
    ("de", "Amsterdam/Marburg (dpa) - Die Europäische Arzneimittelagentur EMA hat die Zulassung eines neuen Impfstoffs gegen das Chikungunya-Virus empfohlen.", True, [], None),
    ("de", "Das Präparat Tropevac des Marburger Herstellers Nordvakzin soll als Einzeldosis an Personen ab zwölf Jahren verabreicht werden.", True, [("duration", 12, "year", "at_least")], None),
    ("de", "In einer Phase-3-Studie mit 4.115 Teilnehmenden hatten 97,8 Prozent der Geimpften nach 28 Tagen schützende Antikörper gebildet.", True, [("count", 3, None, None), ("count", 4115, None, None), ("percent", 97.8, "%", None), ("duration", 28, "day", None)], None),
    ("de", "Nach sechs Monaten lag der Anteil noch bei 89 Prozent.", True, [("duration", 6, "month", None), ("percent", 89, "%", None)], None),
    ("de", "Über schwere Nebenwirkungen berichteten 0,4 Prozent der Geimpften, in der Placebogruppe waren es 0,3 Prozent.", True, [("percent", 0.4, "%", None), ("percent", 0.3, "%", None)], None),
    ("de", "Die EU-Kommission muss nun binnen 67 Tagen über die Zulassung entscheiden.", True, [("duration", 67, "day", None)], None),
    ("de", "Der Impfstoff werde zunächst für Reisende in Risikogebiete angeboten, sagte Nordvakzin-Chefin Ulrike Hasenclever.", True, [], "Ulrike Hasenclever"),
    ("de", "Eine Dosis soll in Deutschland rund 170 Euro kosten.", True, [("money", 170, "EUR", "about")], None),
    ("de", "„Das ist ein Meilenstein für die Reisemedizin“, sagte Hasenclever.", False, [], None),
    ("de", "Die Kosten für die Reiseimpfung übernehmen die gesetzlichen Kassen nach Angaben des GKV-Spitzenverbands nicht.", True, [], "der GKV-Spitzenverband"),
    # --- Week 3: Lyme disease vaccine approved (Reuters) ---
    ("en", "WASHINGTON, Oct 30 (Reuters) - U.S. regulators on Thursday approved Brightwater Biologics' vaccine against Lyme disease, the first shot for the tick-borne illness in more than 20 years.", True, [("date", "--10-30", None, None), ("ordinal", 1, None, None), ("duration", 20, "year", "over")], None),
    ("en", "In a late-stage trial of about 9,400 people aged 5 and older, the three-dose vaccine cut confirmed Lyme cases by 71% compared with placebo.", True, [("count", 9400, None, "about"), ("duration", 5, "year", "at_least"), ("count", 3, None, None), ("percent", 71, "%", None)], None),
    ("en", "Efficacy was lower, at 58%, among participants over 60.", True, [("percent", 58, "%", None), ("duration", 60, "year", "over")], None),
    ("en", "The company said the shot, to be sold as Corvessa, would carry a list price of $245 per dose.", True, [("money", 245, "USD", None)], "the company"),
    ("en", "Brightwater expects U.S. sales of the vaccine to reach $1.2 billion a year by 2030, Chief Executive Gavin Ruddock said on a call with analysts.", True, [("money", 1200000000, "USD", None), ("year", 2030, None, None)], "Gavin Ruddock"),
    ("en", "About 476,000 Americans are diagnosed and treated for Lyme disease each year, according to CDC estimates.", True, [("count", 476000, None, "about")], None),
    ("en", "Shares of Brightwater rose 6.8% in extended trading.", True, [("percent", 6.8, "%", None)], None),
    ("en", "The FDA's outside advisers had voted 11-2 in September that the vaccine's benefits outweighed its risks for people aged 12 and over.", True, [("count", 11, None, None), ("count", 2, None, None), ("duration", 12, "year", "at_least")], None),
    ("en", "\"This is a game changer for families in tick country,\" said Dr. Hannah Sorensen, an infectious disease specialist at Yale.", False, [], None),
    ("en", "An earlier Lyme vaccine was pulled from the market in 2002 amid weak sales and safety fears that later studies did not confirm.", True, [("year", 2002, None, None)], None),
    # --- Woche 3: Mpox-Impfungen im Kongo (KNA) ---
    ("de", "Bonn/Kinshasa (KNA) - Kirchliche Krankenhäuser in der Demokratischen Republik Kongo haben in den vergangenen drei Wochen mehr als 28.000 Menschen gegen Mpox geimpft.", True, [("duration", 3, "week", None), ("count", 28000, None, "over")], None),
    ("de", "Die Impfstoffe stammen aus einer Spende von 250.000 Dosen, die Japan über die Weltgesundheitsorganisation bereitgestellt hatte.", True, [("count", 250000, None, None)], None),
    ("de", "Seit Jahresbeginn seien in dem Land mehr als 19.000 Verdachtsfälle und rund 640 Todesfälle registriert worden, sagte Ordensschwester Maria Ankenbrand, die ein Krankenhaus in Bukavu leitet.", True, [("count", 19000, None, "over"), ("count", 640, None, "about")], "Maria Ankenbrand"),
    ("de", "„Wir beten jeden Tag, dass die nächste Lieferung rechtzeitig ankommt“, sagte Ankenbrand.", False, [], None),
    ("de", "Die Bischofskonferenz des Landes rief die Gläubigen auf, sich impfen zu lassen.", False, [], None),
    # --- Week 3: Polio drive in Pakistan (AFP) ---
    ("en", "ISLAMABAD (AFP) - Pakistan launched a seven-day polio vaccination drive on Monday aiming to reach 44 million children under five.", True, [("duration", 7, "day", None), ("count", 44000000, None, None), ("duration", 5, "year", "under")], None),
    ("en", "The country has recorded 27 cases of wild poliovirus this year, up from six in all of last year, according to Pakistan's polio eradication programme.", True, [("count", 27, None, None), ("count", 6, None, None)], None),
    ("en", "Three-quarters of this year's cases were in Khyber Pakhtunkhwa province.", True, [("fraction", 0.75, None, None)], None),
    ("en", "The latest, a two-year-old girl in the province's south, was paralysed in both legs.", True, [("duration", 2, "year", None)], None),
    ("en", "More than 400,000 health workers are taking part, many of them escorted by police.", True, [("count", 400000, None, "over")], None),
    ("en", "At least 20 vaccinators and police guards have been killed in attacks since January, officials said.", True, [("count", 20, None, "at_least")], None),
    ("en", "Parents of about 61,000 children refused the drops during the previous round in May.", True, [("count", 61000, None, "about")], None),
    ("en", "Pakistan and Afghanistan are the only two countries where transmission of wild polio has never been interrupted.", True, [("count", 2, None, None)], None),
    ("en", "\"Every child we miss is a door left open for the virus,\" said Ayesha Qureshi, who heads the programme's emergency operations centre.", False, [], None),
    # --- Woche 4: Hepatitis A an einer Grundschule (dpa/lby) ---
    ("de", "Regensburg (dpa/lby) - Nach einem Hepatitis-A-Ausbruch an einer Grundschule im Landkreis Regensburg bleibt die Schule für zehn Tage geschlossen.", True, [("duration", 10, "day", None)], None),
    ("de", "Bislang sind 14 Kinder und zwei Lehrkräfte erkrankt, meldete das Landratsamt.", True, [("count", 14, None, None), ("count", 2, None, None)], None),
    ("de", "Rund zwei Dutzend weitere Verdachtsfälle werden derzeit abgeklärt.", True, [("count", 24, None, "about")], None),
    ("de", "Rund 230 Schülerinnen und Schülern sowie ihren Familien wurde eine Impfung angeboten.", True, [("count", 230, None, "about")], None),
    ("de", "Das Gesundheitsamt vermutet tiefgekühlte Beeren aus der Schulmensa als Quelle.", True, [], None),
    ("de", "„Wir haben die Eltern noch am selben Abend informiert“, sagte Schulleiterin Gabriele Irlbacher.", True, [], "Gabriele Irlbacher"),
    ("de", "Die Inkubationszeit von Hepatitis A beträgt bis zu 50 Tage.", True, [("duration", 50, "day", "up_to")], None),
    ("de", "Viele Eltern reagierten verunsichert.", False, [], None),
    # --- Week 4: Dengue in Europe (Reuters) ---
    ("en", "STOCKHOLM, Nov 6 (Reuters) - Europe recorded 298 locally acquired dengue cases this year, more than in any previous year, the ECDC said on Thursday.", True, [("date", "--11-06", None, None), ("count", 298, None, None)], "the ECDC"),
    ("en", "France accounted for 176 of the cases and Italy for 104, with the rest in Spain and Portugal.", True, [("count", 176, None, None), ("count", 104, None, None)], None),
    ("en", "The tiger mosquito, which can carry dengue, is now established in 16 EU countries and 369 regions, up from 114 regions a decade ago.", True, [("count", 16, None, None), ("count", 369, None, None), ("count", 114, None, None)], None),
    ("en", "Travellers who come home from the tropics with a fever should see a doctor and mention their trip.", False, [], None),
    ("en", "Warmer summers are making Europe ever more hospitable to tropical diseases.", False, [], None),
    # --- Woche 4: Grippeimpfung in Österreich (APA) ---
    ("de", "Wien (APA) - Für die laufende Saison hat der Bund 1,9 Millionen Dosen Grippeimpfstoff bestellt, ausgeliefert wurden bisher knapp 1,4 Millionen.", True, [("count", 1900000, None, None), ("count", 1400000, None, "nearly")], None),
    ("de", "Geimpft wurden bis Ende November rund 910.000 Menschen, teilte das Gesundheitsministerium mit.", True, [("count", 910000, None, "about")], "das Gesundheitsministerium"),
    ("de", "Damit ist erst etwa jeder zehnte Österreicher gegen Grippe geimpft.", True, [("fraction", 0.1, None, "about")], None),
    ("de", "Erwachsene zahlen pro Impfung einen Selbstbehalt von 7 Euro, für Kinder ist sie kostenlos.", True, [("money", 7, "EUR", None)], None),
    ("de", "Der Bund zahlt den Herstellern nach APA-Informationen zwischen 11 und 14 Euro pro Dosis.", True, [("money", 11, "EUR", None), ("money", 14, "EUR", None)], None),
    ("de", "Die nächste Lieferung von 300.000 Dosen ist für den 9. Dezember angekündigt.", True, [("count", 300000, None, None), ("date", "--12-09", None, None)], None),
    ("de", "Gesundheitsminister Raimund Zötsch behauptete im Nationalrat, die Durchimpfung gegen Grippe sei so hoch wie nie zuvor.", True, [], "Raimund Zötsch"),
    ("de", "Laut den Abrechnungsdaten der Sozialversicherung wurden in der Saison 2020/21 mit 1,2 Millionen Impfungen deutlich mehr verabreicht.", True, [("year", 2020, None, None), ("year", 2021, None, None), ("count", 1200000, None, None)], None),
    ("de", "„Der Minister verwechselt offenbar Bestellungen mit Impfungen“, sagte NEOS-Gesundheitssprecherin Katrin Doppler.", False, [], None),
    ("de", "Das Ministerium räumte später ein, der Minister habe sich auf die bestellten Dosen bezogen.", True, [], None),
    ("de", "FPÖ-Gesundheitssprecher Gerhard Kaltseis behauptete, Geimpfte landeten häufiger mit Grippe im Spital als Ungeimpfte.", True, [], "Gerhard Kaltseis"),
    ("de", "Nach Daten der AGES war das Risiko eines Spitalsaufenthalts für Ungeimpfte über 65 in der Vorsaison 2,4-mal so hoch wie für Geimpfte.", True, [("duration", 65, "year", "over"), ("count", 2.4, None, None)], None),
    ("de", "„Solche Aussagen kosten Menschenleben“, sagte die Präsidentin der Ärztekammer.", False, [], None),
    # --- Woche 4: Marburg-Virus in Uganda (dpa) ---
    ("de", "Kampala (dpa) - Bei einem Ausbruch des Marburg-Virus im Westen Ugandas sind nach Angaben der Weltgesundheitsorganisation mindestens neun Menschen gestorben.", True, [("count", 9, None, "at_least")], "die Weltgesundheitsorganisation"),
    ("de", "Insgesamt wurden 13 Infektionen bestätigt, drei davon bei Pflegekräften.", True, [("count", 13, None, None), ("count", 3, None, None)], None),
    ("de", "Rund 280 Kontaktpersonen stehen unter Beobachtung und müssen 21 Tage lang zweimal täglich Fieber messen.", True, [("count", 280, None, "about"), ("duration", 21, "day", None), ("count", 2, None, None)], None),
    ("de", "Es ist der zweite Marburg-Ausbruch in dem Land binnen zwei Jahren.", True, [("ordinal", 2, None, None), ("duration", 2, "year", None)], None),
    ("de", "Einen zugelassenen Impfstoff gegen das Virus gibt es bislang nicht.", True, [], None),
    ("de", "Das Auswärtige Amt rät von nicht notwendigen Reisen in den Distrikt Kasese ab.", False, [], None),
    ("de", "„Für Touristen ist das Risiko sehr gering, solange sie keinen Kontakt zu Erkrankten haben“, sagte ein Tropenmediziner der Berliner Charité.", False, [], None),
    # --- Week 4: Measles in Idaho, a second death (AP) ---
    ("en", "BOISE, Idaho (AP) — A second child has died of measles in Idaho's growing outbreak, which has now sickened 118 people, state health officials said Friday.", True, [("ordinal", 2, None, None), ("count", 118, None, None)], None),
    ("en", "The child, a 6-year-old who had not been vaccinated, died Wednesday at a hospital in Boise.", True, [("duration", 6, "year", None)], None),
    ("en", "The outbreak's first case was reported on Sept. 28 in an unvaccinated teenager who had travelled abroad.", True, [("ordinal", 1, None, None), ("date", "--09-28", None, None)], None),
    ("en", "The state had earlier reported 19 hospitalizations but revised the figure to 17 after finding two duplicate records.", True, [("count", 19, None, None), ("count", 17, None, None), ("count", 2, None, None)], None),
    ("en", "Gov. Dwayne Harrick said the state would not mandate vaccination but would open 14 free walk-in clinics.", True, [("count", 14, None, None)], "Dwayne Harrick"),
    ("en", "Harrick also claimed that vaccination rates in Idaho had risen every year since he took office in 2019.", True, [("year", 2019, None, None)], "Harrick"),
    ("en", "Official data show the proportion of Idaho kindergartners with every required vaccine fell from 84.6% in 2019 to 79.9% last year.", True, [("percent", 84.6, "%", None), ("year", 2019, None, None), ("percent", 79.9, "%", None)], None),
    ("en", "A spokesperson for the governor later said he had been referring to flu shots among adults.", True, [], None),
    ("en", "\"No parent should have to bury a child because of a disease we know how to prevent,\" Okafor said.", False, [], None),
    ("en", "\"My kids had measles and they're fine, this is all fear,\" a father shouted at a county commission meeting.", False, [], None),
    ("en", "Outside the Capitol, protesters held signs that read \"My child, my choice.\"", False, [], None),
    # --- Woche 5: Faktencheck zu angeblichen Impftoten (dpa) ---
    ("de", "Berlin (dpa) - In sozialen Netzwerken verbreitet sich ein Beitrag, wonach seit Beginn der Impfsaison mehr als 3.000 Menschen in Deutschland an den Folgen der Grippeimpfung gestorben seien.", True, [("count", 3000, None, "over")], None),
    ("de", "Der Beitrag wurde auf Telegram und Facebook mehr als 40.000 Mal geteilt.", True, [("count", 40000, None, "over")], None),
    ("de", "Die Behauptung ist falsch.", False, [], None),
    ("de", "Beim Paul-Ehrlich-Institut gingen in diesem Zeitraum 212 Verdachtsmeldungen zu Nebenwirkungen ein, darunter vier Todesfälle.", True, [("count", 212, None, None), ("count", 4, None, None)], None),
    ("de", "In keinem der vier Fälle sei ein ursächlicher Zusammenhang mit der Impfung festgestellt worden, teilte das Institut mit.", True, [("count", 4, None, None)], "das Institut"),
    ("de", "Eine Verdachtsmeldung bedeutet nicht, dass die Impfung den Tod verursacht hat.", False, [], None),
    ("de", "Wir haben den Urheber des Beitrags um eine Quelle gebeten, aber keine Antwort erhalten.", False, [], None),
    # --- Week 5: Fact check, RSV shot for babies (AFP) ---
    ("en", "PARIS (AFP) - A Facebook post shared thousands of times claims that the new RSV antibody shot for babies has caused 280 infant deaths in France.", True, [("count", 280, None, None)], None),
    ("en", "The claim is false.", False, [], None),
    ("en", "France's medicines agency ANSM said it had received 11 reports of deaths after the injection since its launch in September 2023, none of them linked to the product.", True, [("count", 11, None, None), ("year", 2023, None, None)], None),
    ("en", "More than 240,000 infants have received the antibody in France, according to the agency.", True, [("count", 240000, None, "over")], "the agency"),
    ("en", "A study of the first season found it cut RSV hospitalisations among babies by 83%.", True, [("ordinal", 1, None, None), ("percent", 83, "%", None)], None),
    ("en", "AFP contacted the author of the post but did not receive a reply.", False, [], None),
    # --- Woche 5: Masern in Wien, ein Todesfall (APA) ---
    ("de", "Wien (APA) - Der Masernausbruch in Wien ist weiter gewachsen: Die AGES zählte bis Freitag 83 bestätigte Fälle.", True, [("count", 83, None, None)], None),
    ("de", "Ein 41-jähriger Mann, der nicht geimpft war, ist in der Klinik Ottakring gestorben.", True, [("duration", 41, "year", None)], None),
    ("de", "Ob die Masern die Todesursache waren, werde noch geprüft, sagte eine Sprecherin des Wiener Gesundheitsverbunds.", True, [], None),
    ("de", "Es wäre der erste Masern-Todesfall in Österreich seit 2017.", True, [("ordinal", 1, None, None), ("year", 2017, None, None)], None),
    ("de", "In der Vorwoche hatte die AGES noch von 66 Fällen gesprochen, die Stadt Wien hatte 71 gemeldet.", True, [("count", 66, None, None), ("count", 71, None, None)], None),
    ("de", "Die Differenz erklärt die AGES mit Nachmeldungen aus zwei Bezirken.", True, [("count", 2, None, None)], None),
    ("de", "Nach einer fünfstündigen Sitzung des Krisenstabs beschloss die Stadt, die Öffnungszeiten der Impfstellen zu verlängern.", True, [("duration", 5, "hour", None)], None),
    ("de", "Seit Ausbruchsbeginn haben sich nach Angaben der Stadt mehr als 6.400 Menschen impfen lassen, ein Fünftel davon Erwachsene.", True, [("count", 6400, None, "over"), ("fraction", 0.2, None, None)], "die Stadt"),
    ("de", "Die Lage sei unter Kontrolle, sagte Gesundheitsstadträtin Doris Pilgerstorfer.", False, [], None),
    ("de", "„Die langen Schlangen vor dem Impfzentrum am Wochenende haben mich berührt“, sagte Pilgerstorfer.", False, [], None),
    ("de", "„Wer sein Kind aus Bequemlichkeit nicht impfen lässt, handelt verantwortungslos“, sagte der Kinderarzt Ferdinand Reisinger.", False, [], None),
    ("de", "Vor dem Impfzentrum in Wien-Landstraße warteten am Samstag Familien mit Kinderwagen im Nieselregen.", False, [], None),
    # --- Week 5: Bird flu in U.S. dairy herds (Reuters) ---
    ("en", "CHICAGO, Nov 14 (Reuters) - U.S. health officials on Friday confirmed the country's 72nd human case of H5N1 bird flu, a dairy worker in California.", True, [("date", "--11-14", None, None), ("ordinal", 72, None, None)], None),
    ("en", "The virus has been detected in 1,087 dairy herds across 17 states since March 2024, according to Agriculture Department data.", True, [("count", 1087, None, None), ("count", 17, None, None), ("year", 2024, None, None)], None),
    ("en", "The CDC said it had found no evidence of the virus spreading from person to person.", True, [], "the CDC"),
    ("en", "The government has stockpiled about 10 million doses of an H5 vaccine but has no plans to offer it to farmworkers, a spokesperson said.", True, [("count", 10000000, None, "about")], None),
    ("en", "\"Nobody should be complacent about this virus,\" said a virologist at the University of Minnesota.", False, [], None),
    # --- Woche 6: RSV-Schutz für Neugeborene (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Seit Oktober haben in der Schweiz rund 21'500 Neugeborene einen Antikörperschutz gegen das RS-Virus erhalten.", True, [("count", 21500, None, "about")], None),
    ("de", "Das entspricht etwa zwei Dritteln aller Säuglinge, die in diesem Zeitraum zur Welt kamen, wie das BAG mitteilte.", True, [("fraction", 0.6667, None, "about")], "das BAG"),
    ("de", "Eine Dosis kostet 482 Franken, die Kosten übernimmt die Grundversicherung.", True, [("money", 482, "CHF", None)], None),
    ("de", "In den Kinderspitälern sank die Zahl der RSV-Hospitalisationen bei Säuglingen im Vergleich zum Vorwinter um 61 Prozent.", True, [("percent", 61, "%", None)], None),
    ("de", "«Wir hatten im November erstmals seit Jahren freie Betten auf der Intensivstation», sagte die Chefärztin des Kinderspitals Zürich, Lucia Brunold.", True, [], "Lucia Brunold"),
    ("de", "«Das ist ein riesiger Erfolg für die Familien und für unser Personal», sagte Brunold.", False, [], None),
    ("de", "Impfkritische Gruppen warfen dem BAG vor, Eltern unter Druck zu setzen.", False, [], None),
    # --- Woche 6: Polioviren im Abwasser (dpa) ---
    ("de", "Hamburg (dpa) - In Abwasserproben aus Hamburg und München sind erneut Polioviren nachgewiesen worden, teilte das RKI mit.", True, [], "das RKI"),
    ("de", "Es ist bereits der vierte Nachweis in diesem Jahr, Erkrankungen wurden bislang nicht gemeldet.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die Impfquote für die vollständige Grundimmunisierung gegen Polio liegt bei Schulanfängern bei 91,3 Prozent.", True, [("percent", 91.3, "%", None)], None),
    ("de", "In einzelnen Landkreisen fehlt bei jedem fünften Zweijährigen noch die dritte Impfdosis.", True, [("fraction", 0.2, None, None), ("duration", 2, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "„Polio ist nur einen Flug entfernt“, warnte ein Epidemiologe des RKI.", False, [], None),
    # --- Week 6: Measles in Europe (Reuters) ---
    ("en", "COPENHAGEN, Nov 20 (Reuters) - Measles cases in the WHO's European region fell to 39,600 during the year's first 10 months, less than a third of last year's total, the World Health Organization and UNICEF said.", True, [("date", "--11-20", None, None), ("count", 39600, None, None), ("ordinal", 1, None, None), ("duration", 10, "month", None), ("fraction", 0.3333, None, "under")], None),
    ("en", "Romania reported the highest rate, at 96 cases per 100,000 people.", True, [("count", 96, None, None), ("count", 100000, None, None)], None),
    ("en", "Around 500,000 children in the region missed their first measles dose last year, the agencies estimated.", True, [("count", 500000, None, "about"), ("ordinal", 1, None, None)], None),
    ("en", "\"The drop is good news, but it is not a victory,\" said Mikael Strand, the WHO's regional adviser on immunisation.", False, [], None),
    # --- Week 6: Whooping cough in England (PA) ---
    ("en", "LONDON (PA) - Four babies have died of whooping cough in England so far this year, the UK Health Security Agency said.", True, [("count", 4, None, None)], "the UK Health Security Agency"),
    ("en", "There were 1,432 confirmed cases between January and October, down from 14,894 in the same period last year.", True, [("count", 1432, None, None), ("count", 14894, None, None)], None),
    ("en", "Only 61.7 per cent of pregnant women were vaccinated against the disease in September, meaning almost two in five were not.", True, [("percent", 61.7, "%", None), ("fraction", 0.4, None, "nearly")], None),
    ("en", "Pharmacies in England will be able to offer the jab to pregnant women from April 1, the health department said.", True, [("date", "--04-01", None, None)], "the health department"),
    ("en", "\"Please don't leave it to chance — book your jab,\" Farouk said.", False, [], None),
    # --- Woche 7: Höhepunkt der Grippewelle (dpa) ---
    ("de", "Berlin (dpa) - Das RKI rechnet damit, dass die Grippewelle in Deutschland ihren Höhepunkt erst nach Weihnachten erreicht.", False, [], None),
    ("de", "In der 50. Kalenderwoche lag die Sieben-Tage-Inzidenz bei 212,4 laborbestätigten Fällen je 100.000 Einwohner, so das RKI.", True, [("ordinal", 50, None, None), ("duration", 7, "day", None), ("count", 212.4, None, None), ("count", 100000, None, None)], "das RKI"),
    ("de", "Rund 4.900 Menschen wurden in dieser Woche wegen einer Influenza im Krankenhaus behandelt, ein Viertel von ihnen älter als 80 Jahre.", True, [("count", 4900, None, "about"), ("fraction", 0.25, None, None), ("duration", 80, "year", "over")], None),
    ("de", "Die Zahl der seit Oktober gemeldeten Grippetoten stieg auf 611.", True, [("count", 611, None, None)], None),
    ("de", "Es ist die dritte Infektionswelle in diesem Winter, nach einer frühen RSV-Welle und einer Corona-Welle im Herbst.", True, [("ordinal", 3, None, None)], None),
    ("de", "Bundesgesundheitsminister Henrik Lohmeier sagte, die Kliniken seien auf die Welle gut vorbereitet.", False, [], None),
    ("de", "Die Deutsche Krankenhausgesellschaft widersprach: In Nordrhein-Westfalen hätten 38 Kliniken ihre Notaufnahmen zeitweise abgemeldet.", True, [("count", 38, None, None)], None),
    ("de", "„Wir operieren seit zwei Wochen nur noch Notfälle“, sagte der Ärztliche Direktor der Uniklinik Köln, Jens Obermaier.", True, [("duration", 2, "week", None)], "Jens Obermaier"),
    ("de", "In Sachsen-Anhalt beginnen die Weihnachtsferien an 24 Schulen wegen hoher Krankenstände drei Tage früher.", True, [("count", 24, None, None), ("duration", 3, "day", None)], None),
    ("de", "Die Ständige Impfkommission hält eine Impfung auch jetzt noch für sinnvoll.", False, [], None),
    # --- Woche 7: Streit um Masernschutz in Bayern (dpa/lby) ---
    ("de", "München (dpa/lby) - Bayerns Gesundheitsministerin Verena Haslbeck hat Zahlen zurückgewiesen, wonach im Freistaat jedes vierte Kind ohne Masernschutz eingeschult wird.", True, [("fraction", 0.25, None, None)], None),
    ("de", "Nach den Schuleingangsuntersuchungen seien 93,6 Prozent der Kinder zweimal gegen Masern geimpft, sagte Haslbeck.", True, [("percent", 93.6, "%", None), ("count", 2, None, None)], "Haslbeck"),
    ("de", "Die Zahl von 25 Prozent stammt aus einer Umfrage des Berufsverbands der Kinder- und Jugendärzte unter 412 Praxen.", True, [("percent", 25, "%", None), ("count", 412, None, None)], None),
    ("de", "„Eine Umfrage unter Praxen ist noch lange keine Statistik“, sagte Haslbeck.", False, [], None),
    ("de", "Der Verband hielt dagegen, bei den Untersuchungen würden nur Kinder erfasst, die ihren Impfpass vorlegten.", True, [], None),
    ("de", "Rund 8 Prozent der Eltern legten den Impfpass bei der Untersuchung nicht vor, so der Verband.", True, [("percent", 8, "%", "about")], "der Verband"),
    # --- Week 7: Mpox vaccine deliveries (Reuters) ---
    ("en", "JOHANNESBURG, Dec 3 (Reuters) - African countries have received just 1.9 million of the 6.4 million mpox vaccine doses pledged by donors, the Africa Centres for Disease Control and Prevention said on Wednesday.", True, [("date", "--12-03", None, None), ("count", 1900000, None, None), ("count", 6400000, None, None)], "the Africa Centres for Disease Control and Prevention"),
    ("en", "Congo, the worst-hit country, has administered about 1.1 million doses since its campaign began in October 2024.", True, [("count", 1100000, None, "about"), ("year", 2024, None, None)], None),
    ("en", "Africa CDC official Moses Ndungu told reporters that manufacturers charged up to $65 per dose, compared with about $2 for a measles shot.", True, [("money", 65, "USD", "up_to"), ("money", 2, "USD", "about")], "Moses Ndungu"),
    ("en", "A Japanese-made vaccine approved for children costs 1,500 yen per dose to produce, according to its manufacturer.", True, [("money", 1500, "JPY", None)], None),
    ("en", "The European Union has pledged a further 300,000 doses worth 22 million euros before the end of January.", True, [("count", 300000, None, None), ("money", 22000000, "EUR", None)], None),
    ("en", "\"Promises do not vaccinate children,\" Ndungu said.", False, [], None),
    ("en", "It is unclear when the remaining doses will arrive.", False, [], None),
    # --- Week 7: RSV vaccine deal in Canada (Reuters) ---
    ("en", "OTTAWA, Nov 27 (Reuters) - Canada has agreed to buy 4.5 million doses of an updated RSV vaccine for older adults in a deal worth C$610 million, the Public Health Agency of Canada said.", True, [("date", "--11-27", None, None), ("count", 4500000, None, None), ("money", 610000000, "CAD", None)], "the Public Health Agency of Canada"),
    ("en", "That works out at about C$135 a dose, roughly 20% below the list price in the United States.", True, [("money", 135, "CAD", "about"), ("percent", 20, "%", "about")], None),
    ("en", "Provinces will decide who is eligible, but most plan to start with people aged 75 and older and residents of long-term care homes.", True, [("duration", 75, "year", "at_least")], None),
    ("en", "Ontario plans to spend a further C$48 million to run its programme.", True, [("money", 48000000, "CAD", None)], None),
    ("en", "(Reporting by Dana Whitfield in Ottawa; Editing by Mark Porter)", False, [], None),
    # --- Woche 8: Dengue in Brasilien (dpa) ---
    ("de", "Rio de Janeiro (dpa) - Brasilien hat in diesem Jahr bereits mehr als 2,1 Millionen wahrscheinliche Dengue-Fälle registriert.", True, [("count", 2100000, None, "over")], None),
    ("de", "Mehr als 1.300 Todesfälle gelten als bestätigt, weitere 870 werden noch untersucht.", True, [("count", 1300, None, "over"), ("count", 870, None, None)], None),
    ("de", "Für Kinder ab vier Jahren ist in Deutschland ein Dengue-Impfstoff zugelassen, der in zwei Dosen im Abstand von drei Monaten verabreicht wird.", True, [("duration", 4, "year", "at_least"), ("count", 2, None, None), ("duration", 3, "month", None)], None),
    ("de", "Reisende sollten sich tagsüber mit langer Kleidung und Mückenschutzmitteln schützen, rät das Auswärtige Amt.", False, [], None),
    # --- Week 8: Measles exclusions in Birmingham (PA) ---
    ("en", "LONDON (PA) - A primary school in Birmingham has told 86 unvaccinated pupils to stay at home for 21 days after a measles case, Birmingham City Council said.", True, [("count", 86, None, None), ("duration", 21, "day", None)], "Birmingham City Council"),
    ("en", "In parts of the city, fewer than three in four children have had two doses of the MMR vaccine by the age of five.", True, [("fraction", 0.75, None, "under"), ("count", 2, None, None), ("duration", 5, "year", None)], None),
    ("en", "The council has received more than 300 complaints from parents about the exclusion.", True, [("count", 300, None, "over")], None),
    ("en", "\"Keeping healthy children at home is a sledgehammer to crack a nut,\" one parent wrote in a letter to the school.", False, [], None),
    ("en", "A video claiming that the MMR jab causes autism has been viewed 1.2 million times on TikTok since Sunday.", True, [("count", 1200000, None, None)], None),
    ("en", "The claim, first made in a 1998 paper that was later retracted, has been disproved by studies involving millions of children.", True, [("year", 1998, None, None)], None),
    # --- Week 8: U.S. flu season (AP) ---
    ("en", "ATLANTA (AP) — The CDC on Friday reported 14 more flu deaths in children, bringing this season's total to 61.", True, [("count", 14, None, None), ("count", 61, None, None)], None),
    ("en", "About 88% of the children who died and were eligible for a flu shot had not been fully vaccinated, the agency said.", True, [("percent", 88, "%", "about")], "the agency"),
    ("en", "The agency estimates there have been at least 9.7 million illnesses, 120,000 hospitalizations and 5,100 deaths from flu so far this season.", True, [("count", 9700000, None, "at_least"), ("count", 120000, None, None), ("count", 5100, None, None)], None),
    ("en", "Health officials say it is the second wave of flu this season, driven by a different strain.", True, [("ordinal", 2, None, None)], None),
    ("en", "Only about 44% of adults have gotten a flu shot this season, down from 47% a year ago.", True, [("percent", 44, "%", "about"), ("percent", 47, "%", None)], None),
    ("en", "\"Each of these deaths breaks my heart,\" said Dr. Samuel Byrne, a pediatric intensivist in Atlanta.", False, [], None),
    # --- Week 8: Norovirus on a cruise ship (AP) ---
    ("en", "MIAMI (AP) — More than 240 passengers and crew fell ill with norovirus on a Caribbean cruise, the CDC said Saturday, the fifth such outbreak on a cruise ship this year.", True, [("count", 240, None, "over"), ("ordinal", 5, None, None)], "the CDC"),
    ("en", "The 10-day voyage aboard the Coral Meridian ended in Fort Lauderdale on Saturday, two days early.", True, [("duration", 10, "day", None), ("duration", 2, "day", None)], None),
    ("en", "Of the 2,930 passengers on board, 219 reported symptoms, along with two dozen of the 1,150 crew members.", True, [("count", 2930, None, None), ("count", 219, None, None), ("count", 24, None, None), ("count", 1150, None, None)], None),
    ("en", "The cruise line has offered passengers a refund of 50% of the fare.", True, [("percent", 50, "%", None)], None),
    ("en", "\"It was like a floating hospital,\" one passenger told WPLG-TV.", False, [], None),
]
