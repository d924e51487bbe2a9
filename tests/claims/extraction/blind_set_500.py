"""Five-hundredth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („ein Sprecher des Staatssekretariats für
Bildung, Forschung und Innovation“, „der Kanton“, „das Landesamt“, "Egypt's antiquities
ministry", "NASA officials", "the WHO"), while the researchers, study leaders, project
leaders, a pollster's director, a company's chief executive, an expedition leader and two
astronauts appear under made-up names that stand for no real person (study leaders at real
universities and clinics, a mining archaeologist, an underwater archaeologist, an area
officer of a monument office, a nutrition doctor, an orthopaedist, a physiologist, a thermal
physiologist, a WHO specialist, a nutrition epidemiologist).

Names: Friederike Lohmöller-Ansah, Bartholomäus Kritzinger-Weiß, Ladina Casutt-Gurtner,
Jakob Tiedemann-Owusu, Oda Rahmstorff-Bello, Rosmarie Aschauer-Piribauer, Urs
Bärtschi-Catrina, Marlene Hufnagl-Sekyere, Konstantin Wiedebusch-Arslan, Dominik
Stieglbauer-Nnamdi, Lorenz Pfanzelt-Riedmüller, Severin Gwerder-Tognina, Quirin
Oberpaur-Lindqvist, Henny Vosgerau-Kuffour and Wiltrud Schaarschmidt-Eze; Saoirse
Blackwood-Nkemdirim, Bram Okonkwo-Whitlock, Annelise Crumpton-Adeyemi, Lachlan
Quayle-Tamihana, Priscilla Venables-Okoye, Everett Salcombe-Ruiz, Amira Soltan-Lacroix,
Huxley Padmore-Vance, Rowan Aldersey-Kiplagat, Ingrid Solheim-Barrera, Kirrily
Dunstan-Yarran, Morwenna Tresize-Ugwu, Garrett Ellingboe-Santos, Delphine Aucoin-Harlow,
Tobias Renwick-Fayemi and Felicity Harrowgate-Lim are invented, and so are the firms, craft
and finds (the vaccine maker Selztal Biologics, the snow satellite „Nivalis“, the lander
company Selenara Space and its lander Whimbrel, the pollster Pennywort Insight, the test
maker Quellmark Diagnostics, the scribe Nefer-ka and his tomb, the mine shaft in Tyrol, the
pile-dwelling village, the coin hoard, the dated kangaroo painting and the planet), with
every unnamed finder, fitness trainer, doctor, analyst, critic, campaigner and official.
Real states, bodies, journals, craft, platforms and places (Heidelberg, the Deutsches
Krebsforschungszentrum DKFZ, the Deutsche Krebshilfe, Innsbruck, the Tiroler Unterland, the
Universität Innsbruck, the Wissenschaftsfonds FWF, Zürich, the Universität Zürich, the
Dachverband Lehrerinnen und Lehrer Schweiz LCH, the Schweizerischer Nationalfonds, Mainz,
the Universitätsmedizin Mainz, the Ständige Impfkommission Stiko, Kourou, the Esa, the
Ariane 6, Deutschland, Wien, the Medizinische Universität Wien, the
Weltgesundheitsorganisation WHO, Österreich, the Zürichsee, the Kantonsarchäologie Zürich,
the Alpenraum, Unesco, München, the Ludwig-Maximilians-Universität LMU, the Bayerischer
Lehrer- und Lehrerinnenverband BLLV, Berlin, Wissenschaft im Dialog and its
Wissenschaftsbarometer, the Medizinische Universität Innsbruck, the modified Rankin scale,
Weißenburg, Mittelfranken, the Bayerisches Landesamt für Denkmalpflege, the Limes, Bern, the
Universität Bern, the Sternbild Löwe, „Astronomy & Astrophysics“, the Staatssekretariat für
Bildung, Forschung und Innovation, Köln, the Uniklinik Köln, „JAMA Neurology“, Hamburg,
Bochum, Nordrhein-Westfalen, the Ruhr-Universität Bochum, the Europäische Behörde für
Lebensmittelsicherheit Efsa; London, the British Heart Foundation, the European Heart
Journal, Houston, NASA, the University of Aberdeen, Norfolk, Full Fact, Sydney, NSW,
Victoria, the Medical Journal of Australia, Switzerland, the United States, New York, Cairo,
Saqqara, Egypt, Boston, Loughborough University, the U.S. Army, Reuters Fact Check, Geneva,
the World Health Organization, South Asia, sub-Saharan Africa, Perth, the Kimberley, the
University of Western Australia, Glasgow, Scotland, England, Northern Ireland, the NHS, the
University of Stirling, Washington, the CDC, the Council for Responsible Nutrition, Tufts
University, Cape Canaveral, Florida, the International Space Station, Europe, Vienna, the
New England Journal of Medicine, Facebook, Instagram, TikTok, and the datelines' cities)
stand for the way wire copy names them; every sample, share, ratio, interval, p-value, span,
age, date, count, measure, price, grant and quote here is invented, and where a real figure
came to mind (a real screening result, a real vaccine efficacy, a real trust poll, a real
supplement share, a real count of Egypt's visitors, a real inactivity rate, a real rock-art
date, a real trial of antibiotic courses) it was changed. Kept as the facts they are: the
WHO's advice to take less than ten percent of the day's energy from free sugars and to get
at least 150 minutes of moderate activity a week, the 1945 U.S. recommendation of about 2.5
litres of water a day, the Sixth Dynasty's reign of about 2345 to 2181 BC, the Unesco
listing of the Alpine pile dwellings in 2011, the fall of the Limes around 260 AD, the
Bavarian rule that halves a treasure find between finder and landowner, the seven grades of
the modified Rankin scale, Efsa's 3 milligrams of caffeine per kilogram of body weight a day
for adolescents, the Kimberley kangaroo painting dated to about 17,300 years in 2021, a
doctor's self-experiment of more than 60 years with the knuckles of one hand and the Army's
cold-weather tests of the 1950s. The dates of every release, launch, landing, survey and
publication in September and October 2027 are invented.

Its weight: SCIENCE AND MEDICAL STUDIES, the seventh round for medical studies and trials
(the sixty-fourth batch weighed medicine, pharmaceuticals, clinical trials and drug
approvals, the hundred-fifty-fifth health and medical studies, the
two-hundred-and-fifty-second medical studies and drug trials, the
three-hundred-and-sixty-second health and medicine on both desks, the
three-hundred-and-ninety-ninth pharma, clinical trials and drug approvals and the
four-hundred-and-fiftieth medical studies and science news), with surveys, space missions
and archaeology beside them (the forty-fourth weighed science, space, research and education
copy, the ninety-seventh an ordinary science, health and technology day, the hundred-twelfth
space missions and science news, the hundred-seventy-first archaeology, history and museums,
the hundred-eighty-fifth science and space agency news, the two-hundred-and-thirty-fourth,
two-hundred-and-eighty-third, three-hundred-and-forty-sixth,
three-hundred-and-seventy-ninth, four-hundred-and-tenth, four-hundred-and-thirty-seventh and
four-hundred-and-seventy-ninth space, science and research; the hundred-sixteenth,
hundred-twentieth and hundred-thirty-fourth weighed polls), and health-myth fact checks (the
viral-claims and fact-check rounds, the four-hundred-and-eighty-eighth on health and science
myths first of all); their decisions are kept, those of the four-hundred-and-fiftieth and
the four-hundred-and-eighty-eighth first of all. Three wire weeks, Monday, October 4, to
Friday, October 22, 2027, as 30 short stories in date order with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead with the finding, the
sample and its ages, the follow-up, relative and absolute figures, the ratio with its
interval, the researcher's claim, the caution, quotes, the other side, the publication
line): colonoscopy invitations and colorectal cancer deaths, walking pace and heart failure,
a Bronze Age copper mine in Tyrol, a private lander near the lunar south pole, teenagers'
sleep in Switzerland, the eight-glasses-of-water rule, an RSV vaccine for older adults,
vapes against smoking, a snow-mapping satellite on an Ariane 6, trust in scientists in 12
countries, sugar and hyperactive children, a blood test for many cancers, a pile-dwelling
village in Lake Zurich, a scribe's tomb at Saqqara, outdoor lessons against short sight,
ultra-processed food and early death, Germany's Wissenschaftsbarometer, heat lost through
the head, thrombectomy up to 24 hours after a stroke, the WHO's estimate of inactivity, a
Roman coin hoard in Middle Franconia, Kimberley rock art dated by wasp nests, a planet in a
habitable zone found with a Bern instrument, vouchers for pregnant smokers, hearing aids and
dementia, supplement use in the U.S., knuckle cracking and arthritis, a space station crew's
return, energy drinks among pupils in North Rhine-Westphalia and a one-week antibiotic
course. Half German (dpa with its regional slugs "dpa/lrs", "dpa/lby" and "dpa/lnw" and a
dpa fact check, APA with an APA fact check and Austrian „Spitäler“, Keystone-SDA with Swiss
„7'920“, „640'000 Franken“, „5'300“, „gross“, „liessen“, „sassen“, „gemäss“ and «» quotes;
German „“ quotes, „Behauptung:“, „Fakten:“ and „Bewertung:“), half English (Reuters and AFP
with dated datelines, a Reuters Fact Check, AP, PA with Full Fact's verdict, AAP; British
"per cent", "metres", "litres", "analysed", "practise", "counselling", U.S. "meters",
"kilometers", "4:12 a.m. EDT", Australian "per cent" and "NSW"). The forms it weighs are
those of study and survey copy, of space and of archaeology: samples, sites and countries;
ages and age ranges as durations; follow-up in medians; relative reductions in percent
beside absolute risks and their gaps in points; hazard ratios, odds ratios and a relative
risk with their 95 percent confidence intervals; p-values kept as counts; a number needed to
invite, a randomisation ratio, efficacy by season, rates per 1,000, a positive predictive
value and a non-inferiority margin with a signed difference; poll samples, margins of error,
shares in words, moves in points and field dates; masses, altitudes, distances, orbits,
temperatures with their signs, mission spans, launch order and costs; ages of finds in
years, radiocarbon and tree-ring ranges before Christ, years after Christ and a numbered
dynasty; and the claim, the facts and the verdict of four health-myth checks with what the
accounts behind them sell. Speakers as such copy has them: study leaders, first authors,
project leaders, archaeologists, experts and astronauts with „sagte“, „sagte der APA“,
„sagte der dpa“, "said", "told AFP" and "X said" with their titles dropped, universities, a
monument office, an authority, a company, NASA, a ministry, the WHO and the CDC with „teilte
... mit“, „wie ... mitteilte“, „nach Angaben der“ and "said", and beside them the forms left
unchecked (plural sources, present-tense reports, documents and data, a possessive
description, a description before a name, a relative clause between a name and its verb, the
circulating claims and every "according to"). Negatives as such copy has them - 56 rows,
none with a figure: quotes of pride, feeling, advice and rhetoric from researchers, experts,
an executive, an astronaut and a finder, cautions, open questions and an admitted unknown, a
hope, labels, a verdict with „hielt ... für“, appeals, a demand naming no measure, views
told as reports, the verdict lines of the four checks and the rhetoric of a role, each near
a check-worthy look-alike from the same story.

241 rows (122 German, 119 English), 56 negatives (29 German, 27 English), 185 check-worthy
rows of which 16 carry no figure (9 German, 7 English), 368 expected quantities (141 counts,
75 durations - 40 in years, 13 in days, 9 in hours, 8 in minutes, 3 in months, 2 in weeks -,
73 percentages - 66 in "%", 7 in percentage points "pp" -, 31 years, 17 fractions, 12
amounts of money - 5 USD, 3 EUR, 3 GBP, 1 CHF -, 10 dates - 0 with a year, 10 without -, 9
ordinals; 95 of them hedged - 43 "about", 24 "over", 9 "at_least", 9 "nearly", 5 "up_to", 4
"under", 1 "at_most" -; none of them in a negative), 37 checked speakers (18 German, 19
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms and
craft were checked against the earlier batches; five names already in use (a lander
company's, its lander's, a test maker's, a pollster's and a vaccine maker's) were replaced
by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its brackets and semicolons
  included. A quoted or reported evaluation, label, feeling, hope, caution, open question,
  piece of advice, appeal, demand naming no measure or piece of rhetoric is a negative with
  speaker None, also with a named speaker (seventh, ninety-eighth, hundred-fifty-fifth,
  two-hundred-and-fifty-second, three-hundred-and-ninety-ninth, four-hundred-and-tenth,
  four-hundred-and-fiftieth); a reported finding, figure, method, plan or limit is
  check-worthy with its speaker, also in Konjunktiv I (sixty-fourth, hundred-fifty-fifth,
  four-hundred-and-fiftieth). Pairs from one speaker: Lohmöller-Ansah's 588 beside „eine
  vertane Chance“; Blackwood-Nkemdirim's finding beside "a free vital sign";
  Kritzinger-Weiß's 30 tonnes beside „wussten genau“; Okonkwo-Whitlock's 3 degrees beside
  "We stuck the landing"; Casutt-Gurtner's 24 and 31 percent beside her advice «Das Handy
  hat nachts ...»; Crumpton-Adeyemi's 20 per cent beside "thirst is a perfectly good guide";
  Tiedemann-Owusu's 0.9 percent beside „zufrieden, aber nicht euphorisch“; Quayle-Tamihana's
  third beside "the priority"; Rahmstorff-Bello's five centimetres beside „ein unglaublich
  schöner Moment“; Venables-Okoye's 22% beside "conversation by conversation";
  Aschauer-Piribauer's 80 grams beside „ein bequemer Sündenbock“; Salcombe-Ruiz's 2031
  beside his admitted unknown; Bärtschi-Catrina's 20 years beside „wie in einem
  Kühlschrank“; Soltan-Lacroix's statues beside "nobody in the chamber could speak";
  Hufnagl-Sekyere's third beside „die billigste Brille“; Padmore-Vance's adjustment beside
  "Not every processed food is the enemy"; Wiedebusch-Arslan's ten points beside „kein
  Blankoscheck“; Aldersey-Kiplagat's 7% to 10% beside the advice on coats;
  Stieglbauer-Nnamdi's 1,500 beside „Zeit ist Hirn“; Solheim-Barrera's $47 billion beside
  "going backwards"; Pfanzelt-Riedmüller's ten years beside the finder's bottle cap;
  Dunstan-Yarran's 16 sites beside "telling stories on rock"; Gwerder-Tognina's 212 nights
  beside his open question; Tresize-Ugwu's £1,160 beside "babies pay the price";
  Oberpaur-Lindqvist's eight hours beside „kein Impfstoff gegen das Vergessen“;
  Vosgerau-Kuffour's 20 minutes beside „Wer knacken will, darf knacken“; Aucoin-Harlow's 482
  days, told without her as speaker, beside her shower; Schaarschmidt-Eze's 14 percent
  beside „nicht in Kinderhände“; Harrowgate-Lim's 8.9% beside "practise resistance".
- Negatives otherwise (the medical and science rounds above), none with a figure and none
  with a number word: cautions ("Outside cardiologists cautioned ...";
  four-hundred-and-fiftieth: "Outside experts cautioned ..."), open questions („Ob die
  Ständige Impfkommission (Stiko) ...“, „Ob alle Spitäler ... rund um die Uhr ...“ - the
  idiom counts nothing, four-hundred-and-ninety-third -; two-hundred-and-fifty-second), the
  admitted unknown "Study leader Dr. Everett Salcombe-Ruiz said it was not yet known whether
  ..." (four-hundred-and-fiftieth: an admitted unknown is an open question, also from a
  named researcher) and Gwerder-Tognina's «Wir wissen noch nicht, ob ...»
  (four-hundred-and-fiftieth: Weißkirchen's), a hope („Heimatforscher hoffen ...“), labels
  („Die Deutsche Krebshilfe sprach von ...“, „Der Dachverband Lehrerinnen und Lehrer Schweiz
  (LCH) sprach von ...“, „Forschungsverbände sprachen von ...“, „Verbraucherschützer
  sprachen von ...“, "NASA officials ... called the mission ..."), a verdict with „hielt ...
  für“ (the BLLV; hundred-ninety-ninth), appeals („Der Kanton ruft Freizeittaucher auf ...“,
  „Das Landesamt appellierte ...“, "The WHO urged governments ...";
  four-hundred-and-fiftieth: „Die Bergrettung appellierte ...“), a demand naming no measure
  („Hörakustiker forderten ...“; four-hundred-and-fiftieth: „Verbraucherschützer forderten
  verbindliche Obergrenzen ...“), views told as reports ("Space industry analysts said ...",
  "Anti-smoking groups said ...", "Some cancer specialists said ...", "Critics say ...",
  "Food industry groups said ...", "Traditional Owners said ...", "Some midwives said ...";
  three-hundred-and-ninety-fifth), quotes with a description after the name ("said Dr.
  Garrett Ellingboe-Santos, a nutrition epidemiologist at ...") or a relative clause ("said
  Dr. Huxley Padmore-Vance, who led the research"), the rhetoric of a role („sagte ein
  Sprecher des Staatssekretariats ...“) and the verdict lines of the four checks (below).
- Check-worthy without a figure (16 rows; hundred-fifty-fifth, two-hundred-and-fifty-second,
  four-hundred-and-tenth, four-hundred-and-fiftieth): study leads with „einer ... Studie
  zufolge“ and no figure (the colonoscopy invitation, outdoor lessons, hearing aids) and the
  discovery of the planet, the satellite's launch on „Eine Ariane-6-Rakete“, publication
  lines (the European Heart Journal, the Medical Journal of Australia, «Astronomy &
  Astrophysics», „JAMA Neurology“, the New England Journal of Medicine), a lead author's
  finding ("the link held in every age band ..."; Blackwood-Nkemdirim) and a study leader's
  method ("the team had adjusted for smoking, exercise and body weight"; Padmore-Vance), a
  finding of where a link held and where it vanished, a myth's traced origin ("The myth is
  often traced to U.S. Army cold-weather experiments in the 1950s ..."; "the 1950s" none,
  thirty-fourth), the mechanism of the knuckle's crack (a finding of record,
  four-hundred-and-eighty-eighth), and the claim „Behauptung: Fingerknacken verdoppelt das
  Risiko für Arthrose in den Händen.“ (the claim is check-worthy whatever the desk found,
  four-hundred-and-eighty-eighth; a verb of doubling carries none, first batch,
  four-hundred-and-ninety-third).
- Trial results and study statistics (sixty-fourth, hundred-fifty-fifth,
  two-hundred-and-fifty-second, three-hundred-and-sixty-second,
  three-hundred-and-ninety-ninth, four-hundred-and-fiftieth): trial phases in Arabic
  numerals are counts („Phase-3-Studie“ 3); relative changes are percentages as written („um
  29 Prozent niedriger“, „um 19 Prozent niedriger“, "a 34% lower risk", "an 18% lower risk",
  "a 9% higher risk" - the comparison after the figure no hedge -); absolute risks are
  percentages („0,42 Prozent ... 0,59 Prozent“, „11,2 Prozent ... 16,9 Prozent“, „46,1
  Prozent ..., 30,8 Prozent“, „18,1 Prozent ... 21,5 Prozent“, "27.6 per cent ... 9.8 per
  cent", "14.5% ... 16.1%"). Hazard ratios, odds ratios and a relative risk are counts, the
  confidence level a percentage in "%" and its bounds counts („Hazard Ratio 0,71;
  95-Prozent-Konfidenzintervall 0,60 bis 0,84“, „Hazard Ratio 0,81;
  95-Prozent-Konfidenzintervall 0,73 bis 0,90“, „Die Odds Ratio lag bei 0,62
  (95-Prozent-Konfidenzintervall 0,51 bis 0,76; p<0,001)“, "a hazard ratio of 0.66 (95% CI,
  0.61-0.72)", "a relative risk of 2.8 (95 per cent CI, 2.1-3.7)" - AAP's "95 per cent CI"
  as "95% CI"; the two-hundred-and-fifty-second, three-hundred-and-sixty-second,
  three-hundred-and-ninety-ninth and four-hundred-and-fiftieth give the level in "%", as
  here, where the four-hundred-and-tenth wrote no unit). P-values are kept as counts, as the
  earlier rounds kept them: „p<0,001“ 0.001 "under", „der p-Wert bei 0,002“ 0.002 with no
  hedge (three-hundred-and-ninety-ninth: „der p-Wert bei 0,21“). The number needed to invite
  is a count („Rechnerisch müssten 588 Menschen eingeladen werden, um einen Todesfall ... zu
  verhindern“ 588 - „einen Todesfall“ an article; hundred-fifty-fifth,
  four-hundred-and-fiftieth); „im Verhältnis 1:1“ counts 1 and 1 (four-hundred-and-fiftieth:
  "in a 1:1 ratio"); „4,1 von 1.000 Teilnehmenden, in der Impfgruppe 0,8“ counts 4.1, 1,000
  and 0.8 (a rate per head, hundred-fifty-fifth); "61.8% ..., a measure known as the
  positive predictive value" a percentage. New: "The difference of minus 1.6 percentage
  points fell well inside the trial's non-inferiority margin of 4 percentage points" gives
  -1.6 "pp" and 4 "pp" - a difference written with "minus" right before the figure keeps its
  sign, as „Bis zu minus 6 Grad“ (four-hundred-and-ninetieth) and "Minus 12C"
  (four-hundred-and-fifty-third), unlike words of direction ("down", „sank um“), which give
  none (four-hundred-and-sixtieth). New: "52% of the cancers were found at stage 1 or 2"
  gives counts 1 and 2 - a numbered stage of a disease is a step on a scale written in
  Arabic numerals, a count as "a Category 3 storm" (forty-third) and "grade 4 or above"
  (hundred-fifty-sixth), "or" no hedge; „auf der siebenstufigen modifizierten Rankin-Skala
  einen Wert von höchstens 2“ counts 7 and 2 "at_most" (hundred-twenty-sixth: „der
  fünfteiligen Skala“; hundred-thirty-fourth: „auf einer Skala von eins bis fünf“).
  Multiples are counts with their hedges („etwa doppelt so oft“ 2 "about", „gut doppelt so
  häufig“ 2 "over", „rund 1,4-mal so gross wie die Erde“ 1.4 "about", "almost three times as
  likely" 3 "nearly", "more than twice as likely" 2 "over", "nearly twice as likely" 2
  "nearly", "roughly twice as many cancers" 2 "about"; four-hundred-and-fiftieth,
  four-hundred-and-ninety-third), while „verdoppelt“ and "had doubled to 22%" carry none
  beyond the level reached (first batch, four-hundred-and-ninety-third).
- Designs, doses and measures (sixty-fourth, hundred-fifty-fifth,
  four-hundred-and-fiftieth): "screened once a year" 1 (four-hundred-and-fiftieth: "given
  once every four weeks" 1), „mindestens einmal pro Woche“ 1 "at_least"
  (two-hundred-and-seventy-third: „mindestens einmal im Monat“), "a one-week or a two-week
  course" 1 and 2 weeks and "the seven-day group ... the 14-day group" 7 and 14 days (the
  issue's "a two-week visit"), "The eight-glass rule", "a 1.5-litre ... bottle" and „Eine
  500-Milliliter-Dose“ 8, 1.5 and 500 (the issue's „28-Punkte-Entwurf“), "eight glasses of
  water", "about 2.5 litres of water a day" "about", „160 Milligramm Koffein, so viel wie
  zwei Tassen Filterkaffee“ 160 and 2, „bis zu 3 Milligramm Koffein je Kilogramm
  Körpergewicht am Tag“ 3 "up_to" (the unit a rate is given per carries none, hundred-fifth,
  four-hundred-and-ninety-third), „rund 80 Gramm Zucker pro Tag“ 80 "about", "112 grams
  heavier" 112, and masses and lengths as counts („rund 1.240 Kilogramm“, „gut 7 Kilogramm“,
  „bis zu 30 Tonnen Erz“ "up_to", „gut 23 Meter“, „1,62 Metern“, „rund 40 Zentimeter“, „in
  rund 4 Metern Wassertiefe“, „auf etwa fünf Zentimeter genau“ 5 "about", "4.3 meters (14
  feet)" - the bracketed conversion its own figure with no hedge, hundred-twelfth: "about
  280,000 km (174,000 miles)" -, "the 2.1-metre painting", "11 metres below ground"); "a few
  kilometers" none (four-hundred-and-fifty-first: „ein paar“). Names count nothing
  (twentieth: "a Falcon 9 rocket"; four-hundred-and-ninetieth: "Airbus A330"): „Eine
  Ariane-6-Rakete“ and „Für eine Ariane 6“ carry no count, "RSV" and "Nefer-ka" none, while
  „Wissenschaftsbarometer 2027“ gives its year (four-hundred-and-ninetieth: "Budget 2035").
- Surveys (hundred-sixteenth, hundred-twentieth, hundred-thirty-fourth and the polls since):
  samples as counts („1.012 Menschen ab 14 Jahren“, „9.830 Schülerinnen und Schüler“ at „64
  Schulen“, „7'920 Schülerinnen und Schülern“ from „19 Kantonen“ with the Swiss apostrophe -
  tenth -, "14,380 adults ..., about 1,200 in each country", "8,912 people", "a survey
  across 12 countries"); a margin of error in points ("at plus or minus 3 percentage points"
  3 "pp" with no sign and no hedge; hundred-thirty-fourth: "plus or minus 4.1 percentage
  points"); a share's move in points („um vier Punkte auf 59 Prozent“ 4 "pp" and 59 "%" -
  four-hundred-and-ninety-third: „um zwei Punkte auf 14 Prozent“ -, „um gut zehn
  Prozentpunkte“ 10 "pp" "over", "a gap of 29 percentage points"); shares in words as
  fractions (below); the field dates „zwischen dem 6. und dem 17. September“ --09-06 and
  --09-17 (the month written once serving the first day; four-hundred-and-eighty-second).
- Space (forty-fourth, hundred-twelfth, hundred-eighty-fifth,
  four-hundred-and-thirty-seventh): altitudes, distances and orbits as counts („in etwa 690
  Kilometern Höhe“ 690 "about" - „in etwa“ the German "about" -, „gut 36.000 Mal“ 36,000
  "over" - the issue's „100 Mal“ -, „gut 41 Lichtjahre“ 41 "over", "3,376 orbits", "roughly
  143 million kilometers (89 million miles)" 143,000,000 "about" and 89,000,000, "eight
  science instruments, six of them" 8 and 6, "11 lunar deliveries", "more than 250
  experiments", "40 samples", "Four astronauts" 4, „in 212 Nächten“ 212 -
  four-hundred-and-fiftieth: „214 Beobachtungsnächten“ -); temperatures with their signs
  („minus 170 degrees Celsius (minus 274 degrees Fahrenheit)“ -170 and -274, „zwischen minus
  20 und plus 30 Grad“ -20 and 30, "plus" giving the figure its own sign;
  four-hundred-and-ninetieth: „minus 6 Grad“; tenth: „Grad“ a count), "tilted by less than 3
  degrees" 3 "under"; mission spans („mindestens sieben Jahre lang“ "at_least", „knapp 64
  Minuten nach dem Start“ "nearly", "26 days ago", "nine days circling the moon", "for about
  12 days", "after 211 days", "about 17 hours after undocking" with the clock time "at 4:12
  a.m. EDT" none - forty-third, four-hundred-and-ninetieth -, "a total of 482 days" with no
  hedge - four-hundred-and-fiftieth -, "about two hours every day", „alle 37 Tage“ 37 days -
  four-hundred-and-fiftieth: „ein Umlauf ... dauert 18,7 Tage“ -); launch order and careers
  as ordinals („bereits der vierte Start“ 4, "only the second commercial craft" 2 - "only"
  no hedge -, "on her third spaceflight" 3); costs in the currency written („rund 465
  Millionen Euro“ "about" with „knapp ein Viertel davon“ 0.25 "nearly", "$118 million").
- Archaeology and deep time (hundred-seventy-first, four-hundred-and-fifth,
  four-hundred-and-tenth, four-hundred-and-fiftieth): ages of finds are durations in years
  („einen rund 3.600 Jahre alten Schacht“ and „eines rund 5'300 Jahre alten Pfahlbaudorfs“
  "about", "dating back about 4,300 years" "about", "at least 18,900 years old" "at_least",
  "between 18,900 and 19,400 years old, and those beneath it about 20,100 years old" - the
  range both ends, the last "about" -, "about 17,300 years old in 2021", „nach gut 20
  Jahren“ "over"); a year before Christ is a negative year, the marker written once serving
  both ends of a range and a hedge only on the figure it stands before („zwischen etwa 1650
  und 1520 v. Chr.“ -1,650 "about" and -1,520, „auf die Jahre 3318 bis 3296 v. Chr.“ -3,318
  and -3,296, "from around 2345 to 2181 BC" -2,345 "about" and -2,181;
  four-hundred-and-tenth: „zwischen etwa 3100 und 2850 v. Chr.“; hundred-seventy-first:
  "from around 2465 to 2323 BC"); a numbered dynasty is an ordinal ("the Sixth Dynasty" 6;
  four-hundred-and-tenth: "the 18th Dynasty"). New: „aus der Zeit um 254 n. Chr.“ and „um
  260 n. Chr.“ are the years 254 and 260 "about" - the German „n. Chr.“ is the "A.D." of
  English copy, which names a year after Christ as a plain year ("in A.D. 79" 79, "between
  A.D. 770 and 820" both; hundred-seventy-first; four-hundred-and-fifth: "in AD 79"), as „v.
  Chr.“ mirrors "BC", and German „um“ before a year is "about" (four-hundred-and-tenth).
  Finds as counts („2.318 Silbermünzen“, „186 Eichenpfählen“, „25 bis 30 Häuser“, „412
  Funde“, „14 hölzerne Steigbäume“, „mehr als 200 Bruchstücke“ "over", "23 painted statues
  and more than 300 faience amulets", "27 mud wasp nests", "guided the team to 16 sites",
  "appears 17 times"); „je zur Hälfte“ 0.5; „etwa dem Sold eines Legionärs für zehn Jahre“
  10 years with no hedge - „etwa“ stands before an article and bounds no figure
  (four-hundred-and-fifty-second, four-hundred-and-seventy-fourth: words before an article).
- Health-myth checks, as the fact-check rounds settled them
  (three-hundred-and-seventy-second, four-hundred-and-twelfth,
  four-hundred-and-thirty-first, four-hundred-and-seventy-third,
  four-hundred-and-eighty-eighth): the claim as it circulates is check-worthy with its
  figures and its reach, the speaker unchecked („Ein Facebook-Posting, das mehr als 21.000
  Mal geteilt wurde, behauptet ...“ 21,000 "over" and 30 minutes, „In einem Instagram-Video,
  das mehr als 640.000 Mal aufgerufen wurde, behauptet ein Fitnesstrainer ...“ 640,000
  "over", "A Facebook post shared more than 38,000 times claims ..." 38,000 "over" and 8, "A
  TikTok clip with more than 2.3 million views claims that people lose up to half of their
  body heat ..." 2,300,000 "over" and 0.5 "up_to"), and so is the summary-box line after
  „Behauptung:“ („für zwei Stunden“ 2 hours; „Schon ein Stück Kuchen“ an article); the
  correcting fact after „Fakten:“ is check-worthy with its own figures, the label carrying
  nothing; the verdict line is a negative whatever its rating word („Bewertung: Falsch.“
  twice, "Full Fact's verdict: Misleading.", "Reuters Fact Check rating: Misleading.";
  four-hundred-and-eighty-eighth: "Reuters Fact Check rating: False." and "Full Fact's
  verdict: Misleading."); what the account behind a post sells is check-worthy with its
  price ("£34.99", "$24.99 each"; four-hundred-and-eighty-eighth). An authority's advice
  with a measure is check-worthy („Die Weltgesundheitsorganisation (WHO) empfiehlt, weniger
  als zehn Prozent ...“ 10 "%" "under"; "its advice of at least 150 minutes of moderate
  activity a week" 150 minutes "at_least"), advice without one a negative ("Wear a hat if
  you like, ...", «Das Handy hat nachts ...»; three-hundred-and-sixtieth,
  four-hundred-and-eighty-eighth).
- Spans, follow-up and ages (every batch): follow-up and treatment as written („Nach im
  Median 10,3 Jahren“, "a median of 12.6 years", „im Median 8,4 Jahre lang“ - the median no
  hedge, four-hundred-and-fiftieth -, "At six months", "six months later", „Nach zwei
  Jahren“, „zwei Jahre lang täglich 80 Minuten zusätzlich“ - „zusätzlich“ and „täglich“ no
  hedge and no figure -, „Nach 90 Tagen“, "After 90 days", "after a further four years" - "a
  further" no hedge -, "for three years", "for three months after the birth", „auf drei
  Jahre angelegt“, „bis zu 24 Stunden“ "up_to", „mindestens acht Stunden täglich“
  "at_least", „innerhalb von 30 Minuten“, „für zwei Stunden“, „etwa 20 Minuten“ "about",
  „mehr als 60 Jahre lang“ "over", "every four years" 4 years, "in the past 30 days" 30
  days, "over three decades" 30 years - "over" before a span no hedge,
  four-hundred-and-fiftieth; eleventh: "the highest in three decades" 30 years -); sleep in
  hours and minutes, each part its own figure („auf 7 Stunden und 12 Minuten ..., auf 9
  Stunden und 5 Minuten“; three-hundred-and-sixty-second: „im Mittel 9 Minuten und 40
  Sekunden“), „weniger als die empfohlenen acht Stunden“ 8 hours with no hedge - „weniger
  als“ before the article compares with a bound (four-hundred-and-fiftieth: „deutlich mehr
  als die empfohlenen 6 Gramm“) -, „mehr als zwei Stunden am Smartphone“ "over", „im Mittel
  38 Minuten kürzer“. Ages are durations in years: ranges („im Alter von 55 bis 74 Jahren“,
  „von 12 bis 17 Jahren“, „von sechs bis neun Jahren“, "aged 40 to 69", "aged 50 to 77",
  "aged 18 to 29") and bounds („ab 60 Jahren“ and „ab 14 Jahren“ "at_least" -
  hundred-eleventh: „ab 60 Jahren“ -, "those 60 and older" "at_least", „über 60 Jahren“ and
  "those over 65" "over", „bei den unter 30-Jährigen“ "under"). New: „über zwei Winter
  hinweg“ is count 2 with no hedge - „über ... hinweg“ frames a span ("across"), as "over"
  before a span carries no hedge (four-hundred-and-fiftieth), and a winter is no unit of the
  duration kinds, so the seasons are counted as the nights of „214 Beobachtungsnächten“ were
  (four-hundred-and-fiftieth); „In der ersten Saison ..., in der zweiten“ ordinals 1 and 2,
  the elided noun taken from the first (four-hundred-and-eighty-second: „der jüngste ist
  zwölf, der älteste 84“). None: „unter der Woche“, „am Wochenende“, „an Schultagen“, „in
  diesem Jahr“, „Wenige Jahre später“, „eines Tages“, „damals“, „pro Jahr“, „jährlich“, „pro
  Saison“, „am Tag“, "a day", "a week", "a year", "every day", "last year", "in the past
  week", "over the past decade", "since the pandemic", "By late pregnancy", "in September",
  weekdays and months.
- Fractions (the issue: "ein Fünftel", "jeder vierte"; every batch): „die Hälfte von ihnen“
  0.5, „Fast zwei Drittel“ 0.6667 "nearly", „knapp ein Viertel davon“ 0.25 "nearly", „um gut
  ein Drittel niedrigeren Risiko“ 0.3333 "over", „rund jedes siebte Kind“ 0.1429 "about"
  (four-hundred-and-fiftieth: „gut jede siebte Person“), „Knapp jeder Sechste“ 0.1667
  "nearly", „Nur knapp jeder Dritte“ 0.3333 "nearly" („Nur“ no hedge), „Fast jeder vierte
  Jugendliche“ 0.25 "nearly", „je zur Hälfte“ 0.5, "about one in five residents" 0.2
  "about", "about a third of those who quit" 0.3333 "about", "Nearly a third of the world's
  adults" 0.3333 "nearly", "More than half of U.S. adults" 0.5 "over", "about a fifth of its
  body surface" 0.2 "about", "up to half of their body heat" 0.5 "up_to", "the top fifth ...
  the bottom fifth" 0.2 each (hundred-fifty-fifth).
- Counts otherwise (every batch): samples, sites and tallies as written („28.460 Frauen und
  Männer“, „24.870 Frauen und Männer ... aus 14 Ländern“, „618 Patientinnen und Patienten an
  37 Zentren in acht Ländern“, „3.140 Kinder“ at „24 Schulen“ and „23 Vergleichsschulen“,
  „17.640 Versicherten“, „16 kontrollierte Studien mit insgesamt 560 Kindern“ - „insgesamt“
  no hedge -, „alle 35 Kinder“ - „alle“ no hedge -, „215 Erwachsenen“, „rund 1.500
  Patientinnen und Patienten zusätzlich“ "about", "more than 412,000" "over", "9,874 of
  them", "1,248 adult smokers at 11 sites", "142,600 people", "more than 40 types of cancer"
  "over", "118,400 health professionals", "48,193 of the participants", "944 women at 7 NHS
  sites", "3,608 patients in 74 hospitals across 7 countries", "19 studies", "16
  volunteers", "1.9 billion adults", "about 2 million hospital patients" "about", "16.9
  million foreign visitors ... 30 million"). Hedges, only the names in use: „rund“, „etwa“,
  „in etwa“, „um“ before a year, "about", "roughly", "around", "an estimated" "about"
  (ninth: "worth an estimated £90m"); „knapp“, „fast“, "almost", "nearly" "nearly"; „gut“,
  „mehr als“ before the figure, "more than" "over"; „unter“ before an age, „weniger als“
  before the figure, "less than", "<" after "p" "under"; „mindestens“, „ab“ before an age,
  "at least", "and older" "at_least"; „bis zu“, "up to" "up_to"; „höchstens“ "at_most". No
  hedge: „im Median“, „im Schnitt“, „im Mittel“, "a median of", "on average", "a total of",
  „insgesamt“, „alle“, „zusätzlich“, „Nur“, "only", „wohl“, „in der Regel“, „bereits“, "a
  further", "over" and „über ... hinweg“ before a span, „zwischen“, "between", „bis“ and
  "to" in a range, „von ... auf“, "down from", "up from", "against", "compared with", "at
  the earliest" (hundred-fifth: "open in 2034 at the earliest"), and words before an article
  („weniger als die empfohlenen“, „etwa dem Sold“).
- Money in the currency written (every batch): EUR („mit 780.000 Euro“, „rund 465 Millionen
  Euro“ "about", „rund 700 Euro je Ohr“ "about"), CHF („mit 640'000 Franken“), USD ("$118
  million", "$949", "$24.99 each", "about $47 billion a year" "about", "an estimated $62
  billion" "about"), GBP ("£34.99", "worth up to £400" "up_to", "about £1,160 per quitter"
  "about"); „je Ohr“, "a year", "each" and "per quitter" none.
- Ordinals (the issue: „das sechste Treffen“; every batch): „In der ersten Saison ..., in
  der zweiten“ 1 and 2, „im ersten Quartal 2028“ 1 and the year (seventy-third: quarters are
  ordinals), „bereits der vierte Start“ 4, „der 7. bis 10. Jahrgangsstufe“ 7 and 10
  (three-hundred-and-forty-sixth: „der 9. bis 12. Schulstufe“), "the Sixth Dynasty" 6, "only
  the second commercial craft" 2, "on her third spaceflight" 3. None: „die jüngsten
  Prägungen“, „die billigste Brille“, "among the oldest known", "The previous oldest",
  "highest ... lowest", "the most common product", "the most ultra-processed food",
  "strongest".
- Years and dates: years as written („seit der letzten Erhebung 2021“, „Bereits 2019“, „im
  ersten Quartal 2028“, „Seit 2011“, „2024 waren es“, „Wissenschaftsbarometer 2027“, "down
  from 74% in 2021", "between 2024 and 2026" both, "in 2031", "by 2032", "in 2029 at the
  earliest", "a 1945 U.S. recommendation" and "In a 2006 study" - a year heading a noun,
  two-hundred-and-fifty-second -, "starting in 1986", "in 2026 ..., up from 27.8% in 2016",
  "by 2030", "the 2025-2026 survey cycle, up from 52.1% in 2017-2018" four years - fortieth:
  two years joined by a hyphen give both -, "in 2021"); "the 1950s" none (thirty-fourth).
  Reuters and AFP datelines with a day ("LONDON, Oct 4", "LONDON, Oct 8", "NEW YORK, Oct
  11", "CAIRO, Oct 12 (AFP)", "LONDON, Oct 14", "GENEVA, Oct 15", "WASHINGTON, Oct 20",
  "LONDON, Oct 22") are dates without a year (hundred-fifty-fifth,
  four-hundred-and-fiftieth); dpa („Heidelberg (dpa) -“, „Mainz (dpa/lrs) -“, „Kourou (dpa)
  -“, „München (dpa/lby) -“, „Berlin (dpa) -“, „Weißenburg (dpa/lby) -“, „Köln (dpa/lnw) -“,
  „Hamburg (dpa) -“, „Bochum (dpa/lnw) -“), APA („Innsbruck (APA) -“ twice, „Wien (APA) -“),
  Keystone-SDA („Zürich (Keystone-SDA) -“ twice, „Bern (Keystone-SDA) -“), AP ("HOUSTON (AP)
  —", "BOSTON (AP) —", "CAPE CANAVERAL, Fla. (AP) —"), PA ("LONDON (PA) -", "GLASGOW (PA)
  -") and AAP ("SYDNEY (AAP) -", "PERTH (AAP) -") datelines none (seventy-ninth).
- Speakers, checked only in forms the earlier batches settled. German: a figure followed by
  „sagte Studienleiterin Friederike Lohmöller-Ansah“ and „sagte Studienleiterin Marlene
  Hufnagl-Sekyere“ the name with the title dropped (hundred-fifty-fifth,
  four-hundred-and-fiftieth); „X sagte, ...“ opening the row, the title and the affiliation
  dropped („Montanarchäologe Bartholomäus Kritzinger-Weiß“, „Studienleiterin Ladina
  Casutt-Gurtner“, „Studienleiter Jakob Tiedemann-Owusu von der Universitätsmedizin Mainz“,
  „Projektleiterin Oda Rahmstorff-Bello“, „Unterwasserarchäologe Urs Bärtschi-Catrina“,
  „Projektleiter Konstantin Wiedebusch-Arslan“, „Studienleiter Dominik Stieglbauer-Nnamdi“,
  „Gebietsreferent Lorenz Pfanzelt-Riedmüller“, „Erstautor Severin Gwerder-Tognina“,
  „Studienleiter Quirin Oberpaur-Lindqvist“, „Studienleiterin Wiltrud Schaarschmidt-Eze“;
  two-hundred-and-fifty-second, four-hundred-and-tenth, four-hundred-and-fiftieth);
  „Ernährungsmedizinerin Rosmarie Aschauer-Piribauer von der Medizinischen Universität Wien
  sagte der APA, ...“ and „Orthopädin Henny Vosgerau-Kuffour sagte der dpa, ...“ the name
  (four-hundred-and-twentieth, four-hundred-and-fiftieth: „sagte der Nachrichtenagentur
  dpa“); „wie das Bayerische Landesamt für Denkmalpflege am Montag mitteilte“ and „teilte
  die Universität Bern am Dienstag mit“ the body with its article, the weekday dropped
  (hundred-fifty-fifth, four-hundred-and-fiftieth); „nach Angaben der Europäischen Behörde
  für Lebensmittelsicherheit (Efsa)“ -> "die Europäische Behörde für
  Lebensmittelsicherheit", the source in the nominative and the abbreviation dropped
  (four-hundred-and-fiftieth: „nach Angaben der Universitätsklinik“). English: "Lead author
  Dr. Saoirse Blackwood-Nkemdirim said", "Lead investigator Associate Professor Lachlan
  Quayle-Tamihana said", "Lead researcher Dr. Kirrily Dunstan-Yarran said" and "Flight
  engineer Tobias Renwick-Fayemi said" the name with the role and "Dr."/"Professor" dropped
  (four-hundred-and-fiftieth); a figure followed by "said Professor Annelise
  Crumpton-Adeyemi, a physiologist at ...", "said Dr. Rowan Aldersey-Kiplagat, a thermal
  physiologist at ...", "said Dr. Ingrid Solheim-Barrera, a physical activity specialist at
  the WHO" and "said Professor Morwenna Tresize-Ugwu, of the University of Stirling, who led
  the study" the name (three-hundred-and-fifty-sixth, four-hundred-and-twentieth,
  four-hundred-and-fiftieth: "said Professor Siobhan Calloway-Reid, who led the trial");
  "..., mission leader Amira Soltan-Lacroix told AFP." the name (four-hundred-and-tenth:
  "Mission head ... told AFP"); "Okonkwo-Whitlock said", "Venables-Okoye said",
  "Salcombe-Ruiz said", "Padmore-Vance said" and "..., Harrowgate-Lim said." the surname as
  written (eighteenth, four-hundred-and-fifty-second); "Selenara Space said" the firm's name
  (tenth, three-hundredth); "NASA said" (eleventh, hundred-eighty-fifth); "the World Health
  Organization said on Friday" the weekday dropped (four-hundred-and-fiftieth), "the CDC
  said on Wednesday" (hundred-eleventh, hundred-thirteenth), "The ministry said" -> "the
  ministry" (four-hundred-and-tenth). Left unchecked (None): all negatives, also those with
  a named speaker; plural and collective sources („berichten die Forschenden der Universität
  Innsbruck“, "researchers say", "Researchers followed", "a result researchers said";
  forty-first, four-hundred-and-fiftieth); a possessive description ("its operator said",
  "Egypt's antiquities ministry said"; four-hundred-and-fiftieth: "Argentina's science
  agency said"); a description before a name ("its maker Quellmark Diagnostics said";
  fortieth, four-hundred-and-sixtieth); a relative clause between a name and its verb
  ("Professor Felicity Harrowgate-Lim, who led the trial, said"; four-hundred-and-fiftieth);
  documents, data and estimates („einer großen Studie zufolge“, „einer bayerischen Studie
  zufolge“, „einer Kölner Studie zufolge“, „einer internationalen Studie zufolge“, „einer
  Umfrage zufolge“, „Das zeigt eine Befragung ...“, „Das geht aus ... hervor“, „gemäss der
  Studie“, „nach Esa-Angaben“ - hundred-eighty-fifth: „nach DLR-Angaben“ -, „nach
  Schätzungen der augenärztlichen Fachgesellschaft“, "a survey ... showed", "the report
  said", "The WHO estimated", "Pennywort puts", "The figures come from"); the circulating
  claims („behauptet“, "claims"; four-hundred-and-eighty-eighth); and every "according to"
  (a study, the University of Western Australia, the Council for Responsible Nutrition;
  four-hundred-and-twentieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_500 = [
    # --- Darmkrebs-Vorsorge per Einladung (dpa), Montag, 4. Oktober ---
    (
        "de",
        "Heidelberg (dpa) - Wer zu einer Vorsorge-Darmspiegelung eingeladen wird, stirbt einer großen Studie zufolge deutlich seltener an Darmkrebs.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An der Untersuchung des Deutschen Krebsforschungszentrums (DKFZ) nahmen 28.460 Frauen und Männer im Alter von 55 bis 74 Jahren teil, die Hälfte von ihnen erhielt eine Einladung.",
        True,
        [("count", 28460, None, None), ("duration", 55, "year", None), ("duration", 74, "year", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Nach im Median 10,3 Jahren Nachbeobachtung lag die Darmkrebssterblichkeit in der eingeladenen Gruppe um 29 Prozent niedriger (Hazard Ratio 0,71; 95-Prozent-Konfidenzintervall 0,60 bis 0,84).",
        True,
        [("duration", 10.3, "year", None), ("percent", 29, "%", None), ("count", 0.71, None, None), ("percent", 95, "%", None), ("count", 0.6, None, None), ("count", 0.84, None, None)],
        None,
    ),
    (
        "de",
        "In absoluten Zahlen starben 0,42 Prozent der Eingeladenen und 0,59 Prozent der Vergleichsgruppe an Darmkrebs.",
        True,
        [("percent", 0.42, "%", None), ("percent", 0.59, "%", None)],
        None,
    ),
    (
        "de",
        "Rechnerisch müssten 588 Menschen eingeladen werden, um einen Todesfall durch Darmkrebs zu verhindern, sagte Studienleiterin Friederike Lohmöller-Ansah.",
        True,
        [("count", 588, None, None)],
        "Friederike Lohmöller-Ansah",
    ),
    (
        "de",
        "Nur gut 41 Prozent der Eingeladenen ließen die Untersuchung tatsächlich vornehmen.",
        True,
        [("percent", 41, "%", "over")],
        None,
    ),
    (
        "de",
        "„Jede Einladung, die ungeöffnet im Altpapier landet, ist eine vertane Chance“, sagte Lohmöller-Ansah.",
        False,
        [],
        None,
    ),
    ("de", "Die Deutsche Krebshilfe sprach von einem „starken Argument für das Einladungsverfahren“.", False, [], None),
    # --- Walking pace and heart failure (Reuters), Monday, Oct 4 ---
    (
        "en",
        "LONDON, Oct 4 (Reuters) - People who describe their usual walking pace as brisk have a markedly lower risk of heart failure than slow walkers, according to a study of more than 412,000 middle-aged Britons published on Monday.",
        True,
        [("date", "--10-04", None, None), ("count", 412000, None, "over")],
        None,
    ),
    (
        "en",
        "Participants, aged 40 to 69 when they enrolled, were followed for a median of 12.6 years, during which 9,874 of them developed heart failure.",
        True,
        [("duration", 40, "year", None), ("duration", 69, "year", None), ("duration", 12.6, "year", None), ("count", 9874, None, None)],
        None,
    ),
    (
        "en",
        "Brisk walkers had a 34% lower risk than slow walkers after adjustment for smoking, weight and income, with a hazard ratio of 0.66 (95% CI, 0.61-0.72).",
        True,
        [("percent", 34, "%", None), ("count", 0.66, None, None), ("percent", 95, "%", None), ("count", 0.61, None, None), ("count", 0.72, None, None)],
        None,
    ),
    (
        "en",
        "Those who called their pace average sat in between, with an 18% lower risk.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Lead author Dr. Saoirse Blackwood-Nkemdirim said the link held in every age band and in men and women alike.",
        True,
        [],
        "Saoirse Blackwood-Nkemdirim",
    ),
    (
        "en",
        '"Walking pace is a free vital sign that hardly any doctor bothers to ask about," Blackwood-Nkemdirim said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Outside cardiologists cautioned that slow walking may be an early symptom of a failing heart rather than its cause.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The study, funded by the British Heart Foundation, appeared in the European Heart Journal.",
        True,
        [],
        None,
    ),
    # --- Bronzezeitliches Kupferbergwerk in Tirol (APA), Dienstag, 5. Oktober ---
    (
        "de",
        "Innsbruck (APA) - Im Tiroler Unterland haben Archäologen einen rund 3.600 Jahre alten Schacht eines bronzezeitlichen Kupferbergwerks freigelegt.",
        True,
        [("duration", 3600, "year", "about")],
        None,
    ),
    (
        "de",
        "Radiokarbondatierungen von Holzresten aus dem Schacht weisen auf einen Abbau zwischen etwa 1650 und 1520 v. Chr. hin, berichten die Forschenden der Universität Innsbruck.",
        True,
        [("year", -1650, None, "about"), ("year", -1520, None, None)],
        None,
    ),
    (
        "de",
        "Der Schacht reicht nach bisherigen Messungen gut 23 Meter tief in den Berg, in ihm fanden sich 14 hölzerne Steigbäume und mehr als 200 Bruchstücke von Leuchtspänen.",
        True,
        [("count", 23, None, "over"), ("count", 14, None, None), ("count", 200, None, "over")],
        None,
    ),
    (
        "de",
        "Montanarchäologe Bartholomäus Kritzinger-Weiß sagte, in der Grube seien jährlich wohl bis zu 30 Tonnen Erz gefördert worden.",
        True,
        [("count", 30, None, "up_to")],
        "Bartholomäus Kritzinger-Weiß",
    ),
    ("de", "„Die Bergleute von damals wussten genau, was sie da unten taten“, sagte Kritzinger-Weiß.", False, [], None),
    (
        "de",
        "Die Grabung ist auf drei Jahre angelegt und wird vom Wissenschaftsfonds FWF mit 780.000 Euro gefördert.",
        True,
        [("duration", 3, "year", None), ("money", 780000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Heimatforscher hoffen, dass die Fundstelle eines Tages für Besucherinnen und Besucher geöffnet wird.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bereits 2019 waren in einem Nachbartal Reste von Röstplätzen für Kupfererz entdeckt worden.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    # --- A private lander at the lunar south pole (AP), Tuesday, Oct 5 ---
    (
        "en",
        "HOUSTON (AP) — A privately built lander came to rest a few kilometers from the moon's south pole on Tuesday, only the second commercial craft to land upright in that region, its operator said.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The lander, named Whimbrel, stands 4.3 meters (14 feet) tall and carries eight science instruments, six of them paid for by NASA.",
        True,
        [("count", 4.3, None, None), ("count", 14, None, None), ("count", 8, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "It lifted off 26 days ago and spent nine days circling the moon before its descent, Selenara Space said.",
        True,
        [("duration", 26, "day", None), ("duration", 9, "day", None)],
        "Selenara Space",
    ),
    (
        "en",
        "NASA is paying the Houston company $118 million to deliver the instruments, under a program that has so far funded 11 lunar deliveries.",
        True,
        [("money", 118000000, "USD", None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The lander is expected to work for about 12 days, until the sun sets at the site and temperatures drop to minus 170 degrees Celsius (minus 274 degrees Fahrenheit).",
        True,
        [("duration", 12, "day", "about"), ("count", -170, None, None), ("count", -274, None, None)],
        None,
    ),
    (
        "en",
        '"We stuck the landing, and the whole control room is still shaking," chief executive Bram Okonkwo-Whitlock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonkwo-Whitlock said the pictures sent back so far showed the craft tilted by less than 3 degrees.",
        True,
        [("count", 3, None, "under")],
        "Okonkwo-Whitlock",
    ),
    (
        "en",
        "Space industry analysts said a clean landing would bring more paying customers to private lunar companies.",
        False,
        [],
        None,
    ),
    # --- Schlaf von Jugendlichen (Keystone-SDA), Mittwoch, 6. Oktober ---
    (
        "de",
        "Zürich (Keystone-SDA) - Fast zwei Drittel der Jugendlichen in der Schweiz schlafen unter der Woche weniger als die empfohlenen acht Stunden.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("duration", 8, "hour", None)],
        None,
    ),
    (
        "de",
        "Das zeigt eine Befragung der Universität Zürich unter 7'920 Schülerinnen und Schülern im Alter von 12 bis 17 Jahren aus 19 Kantonen.",
        True,
        [("count", 7920, None, None), ("duration", 12, "year", None), ("duration", 17, "year", None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt kamen die Befragten an Schultagen auf 7 Stunden und 12 Minuten Schlaf, am Wochenende auf 9 Stunden und 5 Minuten.",
        True,
        [("duration", 7, "hour", None), ("duration", 12, "minute", None), ("duration", 9, "hour", None), ("duration", 5, "minute", None)],
        None,
    ),
    (
        "de",
        "Jugendliche, die abends mehr als zwei Stunden am Smartphone sassen, schliefen gemäss der Studie im Mittel 38 Minuten kürzer.",
        True,
        [("duration", 2, "hour", "over"), ("duration", 38, "minute", None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Ladina Casutt-Gurtner sagte, der Anteil der Jugendlichen mit Einschlafproblemen sei seit der letzten Erhebung 2021 von 24 auf 31 Prozent gestiegen.",
        True,
        [("year", 2021, None, None), ("percent", 24, "%", None), ("percent", 31, "%", None)],
        "Ladina Casutt-Gurtner",
    ),
    ("de", "«Das Handy hat nachts im Kinderzimmer nichts verloren», sagte Casutt-Gurtner.", False, [], None),
    (
        "de",
        "Der Dachverband Lehrerinnen und Lehrer Schweiz (LCH) sprach von einem «Weckruf für die Schulen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Befragung wurde vom Schweizerischen Nationalfonds mit 640'000 Franken unterstützt.",
        True,
        [("money", 640000, "CHF", None)],
        None,
    ),
    # --- The eight-glasses rule (PA), Wednesday, Oct 6 ---
    (
        "en",
        "LONDON (PA) - A Facebook post shared more than 38,000 times claims that adults must drink eight glasses of water a day on top of everything else they drink, or risk dehydration.",
        True,
        [("count", 38000, None, "over"), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "About 20 per cent of the water people take in comes from food, said Professor Annelise Crumpton-Adeyemi, a physiologist at the University of Aberdeen.",
        True,
        [("percent", 20, "%", "about")],
        "Annelise Crumpton-Adeyemi",
    ),
    (
        "en",
        "A review of 19 studies in healthy adults found that tea and coffee hydrated the body as well as water when drunk in normal amounts.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The eight-glass rule is often traced to a 1945 U.S. recommendation of about 2.5 litres of water a day, which added that most of it was already contained in prepared food.",
        True,
        [("count", 8, None, None), ("year", 1945, None, None), ("count", 2.5, None, "about")],
        None,
    ),
    (
        "en",
        "Older people are an exception, as thirst fades with age: in a study of care homes in Norfolk, about one in five residents was dehydrated.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", '"For most healthy people, thirst is a perfectly good guide," Crumpton-Adeyemi said.', False, [], None),
    (
        "en",
        'The account behind the post sells a 1.5-litre "hydration tracker" bottle for £34.99.',
        True,
        [("count", 1.5, None, None), ("money", 34.99, "GBP", None)],
        None,
    ),
    ("en", "Full Fact's verdict: Misleading.", False, [], None),
    # --- RSV-Impfstoff für Ältere (dpa), Donnerstag, 7. Oktober ---
    (
        "de",
        "Mainz (dpa/lrs) - Ein neuer Impfstoff gegen das Respiratorische Synzytial-Virus (RSV) hat ältere Menschen in einer Phase-3-Studie über zwei Winter hinweg vor Erkrankungen der unteren Atemwege geschützt.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "An der Studie nahmen 24.870 Frauen und Männer ab 60 Jahren aus 14 Ländern teil, die im Verhältnis 1:1 den Impfstoff oder ein Scheinmittel erhielten.",
        True,
        [("count", 24870, None, None), ("duration", 60, "year", "at_least"), ("count", 14, None, None), ("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "In der ersten Saison lag die Wirksamkeit bei 82,4 Prozent, in der zweiten bei 61,7 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 82.4, "%", None), ("ordinal", 2, None, None), ("percent", 61.7, "%", None)],
        None,
    ),
    (
        "de",
        "Pro Saison erkrankten in der Placebogruppe 4,1 von 1.000 Teilnehmenden, in der Impfgruppe 0,8.",
        True,
        [("count", 4.1, None, None), ("count", 1000, None, None), ("count", 0.8, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Jakob Tiedemann-Owusu von der Universitätsmedizin Mainz sagte, schwere Nebenwirkungen seien in der Impf- und der Placebogruppe bei jeweils 0,9 Prozent der Teilnehmenden aufgetreten.",
        True,
        [("percent", 0.9, "%", None)],
        "Jakob Tiedemann-Owusu",
    ),
    ("de", "„Wir sind zufrieden, aber nicht euphorisch“, sagte Tiedemann-Owusu.", False, [], None),
    ("de", "Ob die Ständige Impfkommission (Stiko) ihre Empfehlung anpasst, ist offen.", False, [], None),
    (
        "de",
        "Der Hersteller, das Mainzer Unternehmen Selztal Biologics, will die Zulassung im ersten Quartal 2028 beantragen.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- Vapes to quit smoking (AAP), Thursday, Oct 7 ---
    (
        "en",
        "SYDNEY (AAP) - Smokers given nicotine vapes alongside counselling were almost three times as likely to have quit six months later as those given counselling alone, an Australian trial has found.",
        True,
        [("count", 3, None, "nearly"), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The trial enrolled 1,248 adult smokers at 11 sites in NSW and Victoria between 2024 and 2026.",
        True,
        [("count", 1248, None, None), ("count", 11, None, None), ("year", 2024, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "At six months, 27.6 per cent of the vape group had stopped smoking, confirmed by a breath test, compared with 9.8 per cent of the counselling-only group.",
        True,
        [("duration", 6, "month", None), ("percent", 27.6, "%", None), ("percent", 9.8, "%", None)],
        None,
    ),
    (
        "en",
        "That gave a relative risk of 2.8 (95 per cent CI, 2.1-3.7).",
        True,
        [("count", 2.8, None, None), ("percent", 95, "%", None), ("count", 2.1, None, None), ("count", 3.7, None, None)],
        None,
    ),
    (
        "en",
        "Lead investigator Associate Professor Lachlan Quayle-Tamihana said about a third of those who quit with a vape were still using it when the trial ended.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Lachlan Quayle-Tamihana",
    ),
    (
        "en",
        '"Getting people off cigarettes is the priority, not getting them off nicotine," Quayle-Tamihana said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Anti-smoking groups said vapes should stay a prescription product and never become a lifestyle one.",
        False,
        [],
        None,
    ),
    ("en", "The findings were published in the Medical Journal of Australia.", True, [], None),
    # --- Schneesatellit „Nivalis“ gestartet (dpa), Freitag, 8. Oktober ---
    (
        "de",
        "Kourou (dpa) - Eine Ariane-6-Rakete hat am Freitag den europäischen Erdbeobachtungssatelliten „Nivalis“ ins All gebracht, der die Schneedecke der Erde vermessen soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der rund 1.240 Kilogramm schwere Satellit wurde knapp 64 Minuten nach dem Start in etwa 690 Kilometern Höhe ausgesetzt.",
        True,
        [("count", 1240, None, "about"), ("duration", 64, "minute", "nearly"), ("count", 690, None, "about")],
        None,
    ),
    (
        "de",
        "Er soll mindestens sieben Jahre lang arbeiten und die Erde in dieser Zeit gut 36.000 Mal umrunden.",
        True,
        [("duration", 7, "year", "at_least"), ("count", 36000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Mission kostet nach Esa-Angaben rund 465 Millionen Euro, Deutschland trägt knapp ein Viertel davon.",
        True,
        [("money", 465000000, "EUR", "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Projektleiterin Oda Rahmstorff-Bello sagte, das Radar an Bord könne die Höhe der Schneedecke auf etwa fünf Zentimeter genau bestimmen.",
        True,
        [("count", 5, None, "about")],
        "Oda Rahmstorff-Bello",
    ),
    (
        "de",
        "„Nach so vielen Jahren Arbeit ist das ein unglaublich schöner Moment“, sagte Rahmstorff-Bello.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für eine Ariane 6 war es in diesem Jahr bereits der vierte Start.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Trust in scientists across 12 countries (Reuters), Friday, Oct 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - Trust in scientists has slipped in most rich countries since the pandemic but remains far higher than trust in politicians, a survey across 12 countries showed on Friday.",
        True,
        [("date", "--10-08", None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Pollster Pennywort Insight questioned 14,380 adults online in September, about 1,200 in each country.",
        True,
        [("count", 14380, None, None), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "On average 68% said they trusted scientists to act in the public interest, down from 74% in 2021, while 19% said the same of national politicians.",
        True,
        [("percent", 68, "%", None), ("percent", 74, "%", None), ("year", 2021, None, None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "Trust was highest in Switzerland at 81% and lowest in the United States at 52%, a gap of 29 percentage points.",
        True,
        [("percent", 81, "%", None), ("percent", 52, "%", None), ("percent", 29, "pp", None)],
        None,
    ),
    (
        "en",
        "Pennywort puts the margin of error for each national sample at plus or minus 3 percentage points.",
        True,
        [("percent", 3, "pp", None)],
        None,
    ),
    (
        "en",
        "Adults aged 18 to 29 were nearly twice as likely as those over 65 to say scientists hid inconvenient findings.",
        True,
        [("duration", 18, "year", None), ("duration", 29, "year", None), ("count", 2, None, "nearly"), ("duration", 65, "year", "over")],
        None,
    ),
    (
        "en",
        '"Trust is being rebuilt conversation by conversation," said Pennywort director Priscilla Venables-Okoye.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Venables-Okoye said the share of respondents who had read about a new study in the past week had doubled to 22%.",
        True,
        [("percent", 22, "%", None)],
        "Venables-Okoye",
    ),
    # --- Faktencheck: Macht Zucker Kinder hyperaktiv? (APA), Montag, 11. Oktober ---
    (
        "de",
        "Wien (APA) - Ein Facebook-Posting, das mehr als 21.000 Mal geteilt wurde, behauptet, Zucker mache Kinder innerhalb von 30 Minuten hyperaktiv.",
        True,
        [("count", 21000, None, "over"), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Schon ein Stück Kuchen macht ein Kind für zwei Stunden unruhig und unkonzentriert.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Fakten: Eine Übersichtsarbeit über 16 kontrollierte Studien mit insgesamt 560 Kindern fand keinen Unterschied im Verhalten zwischen Kindern, die Zucker bekamen, und solchen, die ein Süßungsmittel erhielten.",
        True,
        [("count", 16, None, None), ("count", 560, None, None)],
        None,
    ),
    (
        "de",
        "In einem Doppelblindversuch stuften Mütter ihr Kind häufiger als hyperaktiv ein, wenn man ihnen sagte, es habe Zucker bekommen – obwohl alle 35 Kinder nur ein Scheinmittel erhalten hatten.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Ernährungsmedizinerin Rosmarie Aschauer-Piribauer von der Medizinischen Universität Wien sagte der APA, Kinder in Österreich nähmen im Schnitt rund 80 Gramm Zucker pro Tag zu sich, und das sei aus anderen Gründen ein Problem.",
        True,
        [("count", 80, None, "about")],
        "Rosmarie Aschauer-Piribauer",
    ),
    (
        "de",
        "Die Weltgesundheitsorganisation (WHO) empfiehlt, weniger als zehn Prozent der täglichen Energie über freien Zucker aufzunehmen.",
        True,
        [("percent", 10, "%", "under")],
        None,
    ),
    (
        "de",
        "„Der Zucker ist ein bequemer Sündenbock für einen anstrengenden Nachmittag“, sagte Aschauer-Piribauer.",
        False,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- A blood test for many cancers (Reuters), Monday, Oct 11 ---
    (
        "en",
        "NEW YORK, Oct 11 (Reuters) - A blood test designed to pick up more than 40 types of cancer found roughly twice as many cancers at an early stage as usual care in a study of 142,600 people, its maker Quellmark Diagnostics said on Monday.",
        True,
        [("date", "--10-11", None, None), ("count", 40, None, "over"), ("count", 2, None, "about"), ("count", 142600, None, None)],
        None,
    ),
    (
        "en",
        "Participants, aged 50 to 77, were screened once a year for three years, and 1.1% of them had a positive result.",
        True,
        [("duration", 50, "year", None), ("duration", 77, "year", None), ("count", 1, None, None), ("duration", 3, "year", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "Of those who tested positive, 61.8% turned out to have cancer, a measure known as the positive predictive value.",
        True,
        [("percent", 61.8, "%", None)],
        None,
    ),
    (
        "en",
        "In the screened group, 52% of the cancers were found at stage 1 or 2, against 27% in the control group.",
        True,
        [("percent", 52, "%", None), ("count", 1, None, None), ("count", 2, None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Study leader Dr. Everett Salcombe-Ruiz said it was not yet known whether the test would cut deaths from cancer.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Salcombe-Ruiz said deaths would be analysed after a further four years of follow-up, in 2031.",
        True,
        [("duration", 4, "year", None), ("year", 2031, None, None)],
        "Salcombe-Ruiz",
    ),
    (
        "en",
        "The test costs $949 and is not covered by most U.S. health insurers.",
        True,
        [("money", 949, "USD", None)],
        None,
    ),
    ("en", "Some cancer specialists said the company had oversold what the study could show.", False, [], None),
    ("en", "Quellmark shares rose 14.2% in early trading.", True, [("percent", 14.2, "%", None)], None),
    # --- Pfahlbaudorf im Zürichsee (Keystone-SDA), Dienstag, 12. Oktober ---
    (
        "de",
        "Zürich (Keystone-SDA) - Taucherinnen und Taucher der Kantonsarchäologie Zürich haben im Zürichsee die Reste eines rund 5'300 Jahre alten Pfahlbaudorfs entdeckt.",
        True,
        [("duration", 5300, "year", "about")],
        None,
    ),
    (
        "de",
        "Anhand der Jahrringe von 186 Eichenpfählen liessen sich die Fälldaten auf die Jahre 3318 bis 3296 v. Chr. eingrenzen.",
        True,
        [("count", 186, None, None), ("year", -3318, None, None), ("year", -3296, None, None)],
        None,
    ),
    (
        "de",
        "Das Dorf lag in rund 4 Metern Wassertiefe und umfasste nach ersten Schätzungen 25 bis 30 Häuser.",
        True,
        [("count", 4, None, "about"), ("count", 25, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Unterwasserarchäologe Urs Bärtschi-Catrina sagte, die Siedlung sei nach gut 20 Jahren aufgegeben worden, vermutlich wegen eines steigenden Seespiegels.",
        True,
        [("duration", 20, "year", "over")],
        "Urs Bärtschi-Catrina",
    ),
    (
        "de",
        "«Unter dem Seeschlamm ist alles wie in einem Kühlschrank aufbewahrt», sagte Bärtschi-Catrina.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Geborgen wurden bisher 412 Funde, darunter ein vollständig erhaltener Holzbogen von 1,62 Metern Länge.",
        True,
        [("count", 412, None, None), ("count", 1.62, None, None)],
        None,
    ),
    (
        "de",
        "Seit 2011 zählen die prähistorischen Pfahlbauten im Alpenraum zum Unesco-Welterbe.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    ("de", "Der Kanton ruft Freizeittaucher auf, die Fundstelle zu meiden.", False, [], None),
    # --- An intact scribe's tomb near Saqqara (AFP), Tuesday, Oct 12 ---
    (
        "en",
        "CAIRO, Oct 12 (AFP) - Archaeologists have found the intact tomb of a royal scribe near Saqqara dating back about 4,300 years, Egypt's antiquities ministry said on Tuesday.",
        True,
        [("date", "--10-12", None, None), ("duration", 4300, "year", "about")],
        None,
    ),
    (
        "en",
        "The burial dates to the Sixth Dynasty, which ruled from around 2345 to 2181 BC, and lies 11 metres below ground at the foot of a shaft.",
        True,
        [("ordinal", 6, None, None), ("year", -2345, None, "about"), ("year", -2181, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Inside, the team found a limestone sarcophagus, 23 painted statues and more than 300 faience amulets, mission leader Amira Soltan-Lacroix told AFP.",
        True,
        [("count", 23, None, None), ("count", 300, None, "over")],
        "Amira Soltan-Lacroix",
    ),
    (
        "en",
        '"When we lifted the stone from the entrance, nobody in the chamber could speak," Soltan-Lacroix said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The scribe's name, Nefer-ka, appears 17 times on the walls of the burial chamber.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Egypt counted 16.9 million foreign visitors last year and wants to reach 30 million by 2032.",
        True,
        [("count", 16900000, None, None), ("count", 30000000, None, None), ("year", 2032, None, None)],
        None,
    ),
    ("en", "Critics say such announcements are timed to draw tourists rather than to share science.", False, [], None),
    (
        "en",
        "The ministry said the tomb would open to visitors in 2029 at the earliest.",
        True,
        [("year", 2029, None, None)],
        "the ministry",
    ),
    # --- Mehr Unterricht im Freien gegen Kurzsichtigkeit (dpa), Mittwoch, 13. Oktober ---
    (
        "de",
        "München (dpa/lby) - Mehr Unterricht im Freien kann Kinder einer bayerischen Studie zufolge vor Kurzsichtigkeit schützen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Untersuchung der Ludwig-Maximilians-Universität (LMU) verbrachten Grundschulkinder an 24 Schulen zwei Jahre lang täglich 80 Minuten zusätzlich im Freien, an 23 Vergleichsschulen änderte sich nichts.",
        True,
        [("count", 24, None, None), ("duration", 2, "year", None), ("duration", 80, "minute", None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt nahmen 3.140 Kinder im Alter von sechs bis neun Jahren teil.",
        True,
        [("count", 3140, None, None), ("duration", 6, "year", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "de",
        "Nach zwei Jahren waren an den Freiluftschulen 11,2 Prozent der Kinder neu kurzsichtig geworden, an den Vergleichsschulen 16,9 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 11.2, "%", None), ("percent", 16.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem um gut ein Drittel niedrigeren Risiko, sagte Studienleiterin Marlene Hufnagl-Sekyere.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Marlene Hufnagl-Sekyere",
    ),
    (
        "de",
        "Die Odds Ratio lag bei 0,62 (95-Prozent-Konfidenzintervall 0,51 bis 0,76; p<0,001).",
        True,
        [("count", 0.62, None, None), ("percent", 95, "%", None), ("count", 0.51, None, None), ("count", 0.76, None, None), ("count", 0.001, None, "under")],
        None,
    ),
    ("de", "„Tageslicht ist die billigste Brille, die es gibt“, sagte Hufnagl-Sekyere.", False, [], None),
    (
        "de",
        "Der Bayerische Lehrer- und Lehrerinnenverband (BLLV) hielt die Umsetzung im Schulalltag für schwierig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Deutschland ist nach Schätzungen der augenärztlichen Fachgesellschaft rund jedes siebte Kind im Grundschulalter kurzsichtig.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    # --- Ultra-processed food and early death (AP), Wednesday, Oct 13 ---
    (
        "en",
        "BOSTON (AP) — People who ate the most ultra-processed food were slightly more likely to die early over three decades, according to a large U.S. study published Wednesday.",
        True,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "en",
        "Researchers followed 118,400 health professionals, who filled in food questionnaires every four years starting in 1986.",
        True,
        [("count", 118400, None, None), ("duration", 4, "year", None), ("year", 1986, None, None)],
        None,
    ),
    (
        "en",
        "Those in the top fifth of consumption, about seven servings a day, had a 9% higher risk of death than those in the bottom fifth, who ate about three.",
        True,
        [("fraction", 0.2, None, None), ("count", 7, None, "about"), ("percent", 9, "%", None), ("fraction", 0.2, None, None), ("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "The link was strongest for processed meat and sugary drinks and vanished for breakfast cereals and whole-grain bread.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Not every processed food is the enemy, and this study shows why," said Dr. Huxley Padmore-Vance, who led the research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Padmore-Vance said the team had adjusted for smoking, exercise and body weight.",
        True,
        [],
        "Padmore-Vance",
    ),
    ("en", "During follow-up, 48,193 of the participants died.", True, [("count", 48193, None, None)], None),
    ("en", "Food industry groups said the label ultra-processed was too broad to be useful.", False, [], None),
    # --- Wissenschaftsbarometer (dpa), Donnerstag, 14. Oktober ---
    (
        "de",
        "Berlin (dpa) - Das Vertrauen in Wissenschaft und Forschung ist in Deutschland im Vergleich zum Vorjahr um vier Punkte auf 59 Prozent gestiegen.",
        True,
        [("percent", 4, "pp", None), ("percent", 59, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem „Wissenschaftsbarometer 2027“ der Initiative Wissenschaft im Dialog hervor, für das 1.012 Menschen ab 14 Jahren telefonisch und online befragt wurden.",
        True,
        [("year", 2027, None, None), ("count", 1012, None, None), ("duration", 14, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Knapp jeder Sechste gab an, der Wissenschaft eher nicht oder gar nicht zu vertrauen.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "42 Prozent fanden, Forschende sollten sich stärker in politische Entscheidungen einmischen, 2024 waren es 37 Prozent.",
        True,
        [("percent", 42, "%", None), ("year", 2024, None, None), ("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "Projektleiter Konstantin Wiedebusch-Arslan sagte, vor allem bei den unter 30-Jährigen sei das Vertrauen seit der letzten Befragung um gut zehn Prozentpunkte gewachsen.",
        True,
        [("duration", 30, "year", "under"), ("percent", 10, "pp", "over")],
        "Konstantin Wiedebusch-Arslan",
    ),
    (
        "de",
        "„Vertrauen ist kein Blankoscheck, es muss jeden Tag neu verdient werden“, sagte Wiedebusch-Arslan.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Befragung fand zwischen dem 6. und dem 17. September statt.",
        True,
        [("date", "--09-06", None, None), ("date", "--09-17", None, None)],
        None,
    ),
    ("de", "Forschungsverbände sprachen von einem „ermutigenden Signal“.", False, [], None),
    # --- Do we lose most heat through our heads? (Reuters Fact Check), Thursday, Oct 14 ---
    (
        "en",
        "LONDON, Oct 14 (Reuters) - A TikTok clip with more than 2.3 million views claims that people lose up to half of their body heat through their heads and tells viewers never to go out in winter without a hat.",
        True,
        [("date", "--10-14", None, None), ("count", 2300000, None, "over"), ("fraction", 0.5, None, "up_to")],
        None,
    ),
    (
        "en",
        "The head makes up roughly 7% to 10% of the body's surface and, uncovered, loses heat at much the same rate as any other bare part, said Dr. Rowan Aldersey-Kiplagat, a thermal physiologist at Loughborough University.",
        True,
        [("percent", 7, "%", "about"), ("percent", 10, "%", None)],
        "Rowan Aldersey-Kiplagat",
    ),
    (
        "en",
        "The myth is often traced to U.S. Army cold-weather experiments in the 1950s in which volunteers wore arctic survival suits but no hats.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In a 2006 study in which 16 volunteers were immersed up to the neck in cold water, the head accounted for about 10% of total heat loss.",
        True,
        [("year", 2006, None, None), ("count", 16, None, None), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        "Babies are an exception: an infant's head makes up about a fifth of its body surface.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", '"Wear a hat if you like, but a warm coat matters far more," Aldersey-Kiplagat said.', False, [], None),
    ("en", "Reuters Fact Check rating: Misleading.", False, [], None),
    (
        "en",
        "The account that posted the video links to an online shop selling fleece hats for $24.99 each.",
        True,
        [("money", 24.99, "USD", None)],
        None,
    ),
    # --- Schlaganfall: Katheter auch nach 24 Stunden (APA), Freitag, 15. Oktober ---
    (
        "de",
        "Innsbruck (APA) - Eine Katheterbehandlung hilft Schlaganfallpatienten einer internationalen Studie zufolge auch dann noch, wenn sie erst bis zu 24 Stunden nach Beginn der Symptome erfolgt.",
        True,
        [("duration", 24, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "An der von der Medizinischen Universität Innsbruck geleiteten Studie nahmen 618 Patientinnen und Patienten an 37 Zentren in acht Ländern teil.",
        True,
        [("count", 618, None, None), ("count", 37, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Nach 90 Tagen waren 46,1 Prozent der mit dem Katheter Behandelten im Alltag wieder selbstständig, in der Vergleichsgruppe mit Medikamenten allein 30,8 Prozent.",
        True,
        [("duration", 90, "day", None), ("percent", 46.1, "%", None), ("percent", 30.8, "%", None)],
        None,
    ),
    (
        "de",
        "Als selbstständig galt, wer auf der siebenstufigen modifizierten Rankin-Skala einen Wert von höchstens 2 erreichte.",
        True,
        [("count", 7, None, None), ("count", 2, None, "at_most")],
        None,
    ),
    (
        "de",
        "Die Odds Ratio lag bei 1,92, der p-Wert bei 0,002.",
        True,
        [("count", 1.92, None, None), ("count", 0.002, None, None)],
        None,
    ),
    (
        "de",
        "Hirnblutungen traten bei 5,2 Prozent der Behandelten auf, etwa doppelt so oft wie in der Kontrollgruppe.",
        True,
        [("percent", 5.2, "%", None), ("count", 2, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiter Dominik Stieglbauer-Nnamdi sagte, in Österreich kämen pro Jahr rund 1.500 Patientinnen und Patienten zusätzlich für den Eingriff infrage.",
        True,
        [("count", 1500, None, "about")],
        "Dominik Stieglbauer-Nnamdi",
    ),
    (
        "de",
        "„Zeit ist Hirn, das gilt weiterhin, aber das Fenster ist größer, als wir dachten“, sagte Stieglbauer-Nnamdi.",
        False,
        [],
        None,
    ),
    ("de", "Ob alle Spitäler die dafür nötigen Teams rund um die Uhr bereithalten können, ist offen.", False, [], None),
    # --- Physical inactivity worldwide (Reuters), Friday, Oct 15 ---
    (
        "en",
        "GENEVA, Oct 15 (Reuters) - Nearly a third of the world's adults do not get enough exercise, and the share has risen over the past decade, the World Health Organization said on Friday.",
        True,
        [("date", "--10-15", None, None), ("fraction", 0.3333, None, "nearly")],
        "the World Health Organization",
    ),
    (
        "en",
        "The WHO estimated that 1.9 billion adults, or 32.4%, fell short in 2026 of its advice of at least 150 minutes of moderate activity a week, up from 27.8% in 2016.",
        True,
        [("count", 1900000000, None, None), ("percent", 32.4, "%", None), ("year", 2026, None, None), ("duration", 150, "minute", "at_least"), ("percent", 27.8, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The rate was highest in South Asia, at about 45%, and lowest in sub-Saharan Africa, at 15%.",
        True,
        [("percent", 45, "%", "about"), ("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        "Women were less active than men in almost every region, by an average of 5 percentage points.",
        True,
        [("percent", 5, "pp", None)],
        None,
    ),
    (
        "en",
        "On current trends the share will reach 35% by 2030, missing a global target of a 15% relative reduction, the report said.",
        True,
        [("percent", 35, "%", None), ("year", 2030, None, None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        "Inactivity costs health systems about $47 billion a year, said Dr. Ingrid Solheim-Barrera, a physical activity specialist at the WHO.",
        True,
        [("money", 47000000000, "USD", "about")],
        "Ingrid Solheim-Barrera",
    ),
    ("en", '"We are going backwards, and we know exactly how to stop it," Solheim-Barrera said.', False, [], None),
    ("en", "The WHO urged governments to make walking and cycling safer and easier.", False, [], None),
    # --- Römischer Münzschatz in Mittelfranken (dpa), Montag, 18. Oktober ---
    (
        "de",
        "Weißenburg (dpa/lby) - Ein Sondengänger hat in Mittelfranken einen römischen Münzschatz mit 2.318 Silbermünzen entdeckt.",
        True,
        [("count", 2318, None, None)],
        None,
    ),
    (
        "de",
        "Die jüngsten Prägungen stammen aus der Zeit um 254 n. Chr., wie das Bayerische Landesamt für Denkmalpflege am Montag mitteilte.",
        True,
        [("year", 254, None, "about")],
        "das Bayerische Landesamt für Denkmalpflege",
    ),
    (
        "de",
        "Wenige Jahre später, um 260 n. Chr., überrannten germanische Verbände den Limes in dieser Gegend.",
        True,
        [("year", 260, None, "about")],
        None,
    ),
    (
        "de",
        "Die Münzen lagen in einem Tontopf rund 40 Zentimeter unter der Oberfläche und wiegen zusammen gut 7 Kilogramm.",
        True,
        [("count", 40, None, "about"), ("count", 7, None, "over")],
        None,
    ),
    (
        "de",
        "Gebietsreferent Lorenz Pfanzelt-Riedmüller sagte, der Schatz habe damals etwa dem Sold eines Legionärs für zehn Jahre entsprochen.",
        True,
        [("duration", 10, "year", None)],
        "Lorenz Pfanzelt-Riedmüller",
    ),
    ("de", "„Ich dachte, da liegt ein alter Kronkorken im Acker“, sagte der Finder.", False, [], None),
    (
        "de",
        "Nach bayerischem Recht gehört der Fund je zur Hälfte dem Finder und dem Eigentümer des Grundstücks.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Das Landesamt appellierte an Sondengänger, Funde sofort zu melden.", False, [], None),
    # --- Kimberley rock art dated (AAP), Monday, Oct 18 ---
    (
        "en",
        "PERTH (AAP) - A painting of a kangaroo in a Kimberley rock shelter is at least 18,900 years old, placing it among the oldest known rock paintings in Australia, researchers say.",
        True,
        [("duration", 18900, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The team dated 27 mud wasp nests found above and beneath the 2.1-metre painting, according to the University of Western Australia.",
        True,
        [("count", 27, None, None), ("count", 2.1, None, None)],
        None,
    ),
    (
        "en",
        "Nests built over the paint were between 18,900 and 19,400 years old, and those beneath it about 20,100 years old.",
        True,
        [("duration", 18900, "year", None), ("duration", 19400, "year", None), ("duration", 20100, "year", "about")],
        None,
    ),
    (
        "en",
        "Lead researcher Dr. Kirrily Dunstan-Yarran said the work was done with the permission of the Traditional Owners, who had guided the team to 16 sites.",
        True,
        [("count", 16, None, None)],
        "Kirrily Dunstan-Yarran",
    ),
    (
        "en",
        '"This country has been telling stories on rock for longer than almost anywhere on Earth," Dunstan-Yarran said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The previous oldest dated painting in the region, also a kangaroo, was put at about 17,300 years old in 2021.",
        True,
        [("duration", 17300, "year", "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Traditional Owners said the paintings were part of a living culture, not a relic of the past.",
        False,
        [],
        None,
    ),
    # --- Ein Planet in der bewohnbaren Zone (Keystone-SDA), Dienstag, 19. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit einem Instrument der Universität Bern haben Astronominnen und Astronomen einen Planeten entdeckt, der in der bewohnbaren Zone eines nahen Sterns kreist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Planet ist rund 1,4-mal so gross wie die Erde und umrundet seinen Stern alle 37 Tage, teilte die Universität Bern am Dienstag mit.",
        True,
        [("count", 1.4, None, "about"), ("duration", 37, "day", None)],
        "die Universität Bern",
    ),
    (
        "de",
        "Der Stern, ein roter Zwerg, liegt gut 41 Lichtjahre von der Erde entfernt im Sternbild Löwe.",
        True,
        [("count", 41, None, "over")],
        None,
    ),
    (
        "de",
        "An der Oberfläche könnten Temperaturen zwischen minus 20 und plus 30 Grad herrschen, sofern der Planet eine Atmosphäre besitzt.",
        True,
        [("count", -20, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Erstautor Severin Gwerder-Tognina sagte, das Team habe den Stern in 212 Nächten beobachtet.",
        True,
        [("count", 212, None, None)],
        "Severin Gwerder-Tognina",
    ),
    ("de", "«Wir wissen noch nicht, ob es dort Wasser gibt», sagte Gwerder-Tognina.", False, [], None),
    ("de", "Veröffentlicht wurde die Arbeit im Fachjournal «Astronomy & Astrophysics».", True, [], None),
    (
        "de",
        "«Das ist ein Glücksfall für die Schweizer Weltraumforschung», sagte ein Sprecher des Staatssekretariats für Bildung, Forschung und Innovation.",
        False,
        [],
        None,
    ),
    # --- Vouchers for pregnant smokers (PA), Tuesday, Oct 19 ---
    (
        "en",
        "GLASGOW (PA) - Pregnant smokers offered shopping vouchers to quit were more than twice as likely to stop as those offered standard support alone, a UK trial has found.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "The trial enrolled 944 women at 7 NHS sites in Scotland, England and Northern Ireland.",
        True,
        [("count", 944, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Women in the incentive group could earn vouchers worth up to £400 for staying off cigarettes during pregnancy and for three months after the birth.",
        True,
        [("money", 400, "GBP", "up_to"), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "By late pregnancy 27 per cent of women offered vouchers had quit, confirmed by a saliva test, against 12 per cent of the comparison group.",
        True,
        [("percent", 27, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "The cost worked out at about £1,160 per quitter, said Professor Morwenna Tresize-Ugwu, of the University of Stirling, who led the study.",
        True,
        [("money", 1160, "GBP", "about")],
        "Morwenna Tresize-Ugwu",
    ),
    (
        "en",
        '"Paying people to stop smoking makes some people uneasy, but babies pay the price of doing nothing," Tresize-Ugwu said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Babies in the incentive group were on average 112 grams heavier at birth.",
        True,
        [("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "Some midwives said they worried the vouchers could be resented by women who had quit without help.",
        False,
        [],
        None,
    ),
    # --- Hörgeräte und Demenz (dpa), Mittwoch, 20. Oktober ---
    (
        "de",
        "Köln (dpa/lnw) - Ältere Menschen mit Hörverlust, die ein Hörgerät tragen, erkranken einer Kölner Studie zufolge seltener an Demenz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden der Uniklinik Köln werteten Daten von 17.640 Versicherten über 60 Jahren aus, die sie im Median 8,4 Jahre lang begleiteten.",
        True,
        [("count", 17640, None, None), ("duration", 60, "year", "over"), ("duration", 8.4, "year", None)],
        None,
    ),
    (
        "de",
        "Bei Hörgeräteträgern lag das Demenzrisiko um 19 Prozent niedriger als bei Menschen mit unbehandeltem Hörverlust (Hazard Ratio 0,81; 95-Prozent-Konfidenzintervall 0,73 bis 0,90).",
        True,
        [("percent", 19, "%", None), ("count", 0.81, None, None), ("percent", 95, "%", None), ("count", 0.73, None, None), ("count", 0.9, None, None)],
        None,
    ),
    (
        "de",
        "Nur knapp jeder Dritte mit ärztlich festgestellter Schwerhörigkeit trug überhaupt ein Hörgerät.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Studienleiter Quirin Oberpaur-Lindqvist sagte, der Effekt sei bei Menschen, die ihr Gerät mindestens acht Stunden täglich trugen, am deutlichsten gewesen.",
        True,
        [("duration", 8, "hour", "at_least")],
        "Quirin Oberpaur-Lindqvist",
    ),
    ("de", "„Ein Hörgerät ist kein Impfstoff gegen das Vergessen“, sagte Oberpaur-Lindqvist.", False, [], None),
    (
        "de",
        "Die gesetzlichen Krankenkassen zahlen für ein Hörgerät in der Regel einen Festbetrag von rund 700 Euro je Ohr.",
        True,
        [("money", 700, "EUR", "about")],
        None,
    ),
    ("de", "Hörakustiker forderten, Hörtests im Rentenalter zur Kassenleistung zu machen.", False, [], None),
    ("de", "Die Studie erschien im Fachblatt „JAMA Neurology“.", True, [], None),
    # --- Dietary supplement use in the U.S. (Reuters), Wednesday, Oct 20 ---
    (
        "en",
        "WASHINGTON, Oct 20 (Reuters) - More than half of U.S. adults took at least one dietary supplement in the past 30 days, the CDC said on Wednesday.",
        True,
        [("date", "--10-20", None, None), ("fraction", 0.5, None, "over"), ("count", 1, None, "at_least"), ("duration", 30, "day", None)],
        "the CDC",
    ),
    (
        "en",
        "The share was 58.3% in the 2025-2026 survey cycle, up from 52.1% in 2017-2018.",
        True,
        [("percent", 58.3, "%", None), ("year", 2025, None, None), ("year", 2026, None, None), ("percent", 52.1, "%", None), ("year", 2017, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Women were more likely than men to use supplements, at 64.2% against 52.0%, and use rose with age to 79.5% among those 60 and older.",
        True,
        [("percent", 64.2, "%", None), ("percent", 52.0, "%", None), ("percent", 79.5, "%", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Multivitamins were the most common product, taken by about 31% of adults, followed by vitamin D at 19.7%.",
        True,
        [("percent", 31, "%", "about"), ("percent", 19.7, "%", None)],
        None,
    ),
    (
        "en",
        "The figures come from interviews and physical examinations of 8,912 people.",
        True,
        [("count", 8912, None, None)],
        None,
    ),
    (
        "en",
        "Americans spent an estimated $62 billion on supplements last year, according to the Council for Responsible Nutrition.",
        True,
        [("money", 62000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Most healthy adults eating a varied diet simply do not need a cupboard full of pills," said Dr. Garrett Ellingboe-Santos, a nutrition epidemiologist at Tufts University.',
        False,
        [],
        None,
    ),
    # --- Faktencheck: Macht Fingerknacken Arthrose? (dpa), Donnerstag, 21. Oktober ---
    (
        "de",
        "Hamburg (dpa) - In einem Instagram-Video, das mehr als 640.000 Mal aufgerufen wurde, behauptet ein Fitnesstrainer, wer regelmäßig mit den Fingern knacke, bekomme mit großer Wahrscheinlichkeit Arthrose.",
        True,
        [("count", 640000, None, "over")],
        None,
    ),
    ("de", "Behauptung: Fingerknacken verdoppelt das Risiko für Arthrose in den Händen.", True, [], None),
    (
        "de",
        "Fakten: In einer Studie mit 215 Erwachsenen hatten 18,1 Prozent der Fingerknacker Arthrose in den Händen, unter den übrigen Teilnehmenden waren es 21,5 Prozent.",
        True,
        [("count", 215, None, None), ("percent", 18.1, "%", None), ("percent", 21.5, "%", None)],
        None,
    ),
    (
        "de",
        "Ein US-Arzt knackte in einem Selbstversuch mehr als 60 Jahre lang nur mit den Fingern der linken Hand und fand danach an keiner Hand Anzeichen von Arthrose.",
        True,
        [("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Das Knackgeräusch entsteht nach heutigem Wissensstand, wenn sich im Gelenkspalt durch Unterdruck eine Gasblase bildet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Orthopädin Henny Vosgerau-Kuffour sagte der dpa, nach dem Knacken dauere es etwa 20 Minuten, bis ein Gelenk erneut knacken könne.",
        True,
        [("duration", 20, "minute", "about")],
        "Henny Vosgerau-Kuffour",
    ),
    ("de", "„Wer knacken will, darf knacken“, sagte Vosgerau-Kuffour.", False, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Space station crew home after 211 days (AP), Thursday, Oct 21 ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — Four astronauts returned to Earth on Thursday after 211 days aboard the International Space Station, splashing down off the Florida coast.",
        True,
        [("count", 4, None, None), ("duration", 211, "day", None)],
        None,
    ),
    (
        "en",
        "Their capsule hit the water at 4:12 a.m. EDT, about 17 hours after undocking, NASA said.",
        True,
        [("duration", 17, "hour", "about")],
        "NASA",
    ),
    (
        "en",
        "During the mission the crew completed 3,376 orbits of Earth and traveled roughly 143 million kilometers (89 million miles).",
        True,
        [("count", 3376, None, None), ("count", 143000000, None, "about"), ("count", 89000000, None, None)],
        None,
    ),
    (
        "en",
        "Commander Delphine Aucoin-Harlow, on her third spaceflight, has now spent a total of 482 days in orbit.",
        True,
        [("ordinal", 3, None, None), ("duration", 482, "day", None)],
        None,
    ),
    (
        "en",
        "The crew ran more than 250 experiments, including a study of how 40 samples of human heart tissue aged in microgravity.",
        True,
        [("count", 250, None, "over"), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        '"What I want most is a shower where the water actually falls," Aucoin-Harlow said from the recovery ship.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Flight engineer Tobias Renwick-Fayemi said the crew had exercised for about two hours every day to limit muscle and bone loss.",
        True,
        [("duration", 2, "hour", "about")],
        "Tobias Renwick-Fayemi",
    ),
    ("en", "NASA officials praised the crew's work and called the mission a resounding success.", False, [], None),
    # --- Energydrinks an Schulen in NRW (dpa), Freitag, 22. Oktober ---
    (
        "de",
        "Bochum (dpa/lnw) - Fast jeder vierte Jugendliche in Nordrhein-Westfalen trinkt einer Umfrage zufolge mindestens einmal pro Woche einen Energydrink.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Für die Erhebung der Ruhr-Universität Bochum wurden 9.830 Schülerinnen und Schüler der 7. bis 10. Jahrgangsstufe an 64 Schulen befragt.",
        True,
        [("count", 9830, None, None), ("ordinal", 7, None, None), ("ordinal", 10, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Jungen griffen dabei gut doppelt so häufig zu den koffeinhaltigen Getränken wie Mädchen.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Eine 500-Milliliter-Dose enthält in der Regel 160 Milligramm Koffein, so viel wie zwei Tassen Filterkaffee.",
        True,
        [("count", 500, None, None), ("count", 160, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Als unbedenklich gilt für Jugendliche nach Angaben der Europäischen Behörde für Lebensmittelsicherheit (Efsa) eine Menge von bis zu 3 Milligramm Koffein je Kilogramm Körpergewicht am Tag.",
        True,
        [("count", 3, None, "up_to")],
        "die Europäische Behörde für Lebensmittelsicherheit",
    ),
    (
        "de",
        "Studienleiterin Wiltrud Schaarschmidt-Eze sagte, 14 Prozent der regelmäßigen Konsumenten hätten über Herzrasen oder Schlafstörungen berichtet.",
        True,
        [("percent", 14, "%", None)],
        "Wiltrud Schaarschmidt-Eze",
    ),
    ("de", "„Diese Dosen gehören nicht in Kinderhände“, sagte Schaarschmidt-Eze.", False, [], None),
    ("de", "Verbraucherschützer sprachen von einem „Wachmacher mit Nebenwirkungen“.", False, [], None),
    # --- One week of antibiotics for bloodstream infections (Reuters), Friday, Oct 22 ---
    (
        "en",
        "LONDON, Oct 22 (Reuters) - Seven days of antibiotics worked as well as 14 days for patients with bloodstream infections, an international trial found, a result researchers said could sharply cut antibiotic use.",
        True,
        [("date", "--10-22", None, None), ("duration", 7, "day", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "The trial randomly assigned 3,608 patients in 74 hospitals across 7 countries to a one-week or a two-week course.",
        True,
        [("count", 3608, None, None), ("count", 74, None, None), ("count", 7, None, None), ("duration", 1, "week", None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "After 90 days, 14.5% of patients in the seven-day group had died, compared with 16.1% in the 14-day group.",
        True,
        [("duration", 90, "day", None), ("percent", 14.5, "%", None), ("duration", 7, "day", None), ("percent", 16.1, "%", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "The difference of minus 1.6 percentage points fell well inside the trial's non-inferiority margin of 4 percentage points.",
        True,
        [("percent", -1.6, "pp", None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "Professor Felicity Harrowgate-Lim, who led the trial, said about 2 million hospital patients a year in Europe receive antibiotics for bloodstream infections.",
        True,
        [("count", 2000000, None, "about")],
        None,
    ),
    (
        "en",
        "Resistant bacteria turned up in 8.9% of the short-course group and 10.7% of the long-course group, Harrowgate-Lim said.",
        True,
        [("percent", 8.9, "%", None), ("percent", 10.7, "%", None)],
        "Harrowgate-Lim",
    ),
    (
        "en",
        '"Every extra day of antibiotics is a day the bacteria get to practise resistance," Harrowgate-Lim said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The trial was presented at a congress in Vienna and appeared on Friday in the New England Journal of Medicine.",
        True,
        [],
        None,
    ),
]
