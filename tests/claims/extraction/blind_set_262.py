"""Two-hundred-and-sixty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Amr
Fathallah, Elisabeth Pfandl, Liesbeth Vanhove, Warren Castellano, Katrin Oberhollenzer,
Marco Ferrandi, Rashid Al-Hajri / Raschid al-Hadschri, Luc Vuilloud, Noam Ben-Harosh /
Noam Ben-Harosch, Sophie Marquardt, Adele Morrissey, Joost Verhaeghe, Paul Khoury, Tobias
Hainbach, Omar Barakat, Harriet Colbourne, Camille Rouvière, Hamid Rezvani / Hamid Resvani,
and in vox pops and hospital copy Umm Khaled Abu Jazar, Noa Shalev, Ronit Azoulay and Eyal
Peretz; every unnamed negotiator, official, source, diplomat, ambassador, spokesperson,
doctor, trader, resident and relative); heads of state and government, foreign ministers,
ambassadors, envoys and spokespeople of real governments and bodies appear under made-up
names that stand for no real holder, or by their role only ("Israel's prime minister",
"Egypt's foreign minister", "Lebanon's president", "the Palestinian prime minister",
"Hezbollah's leader", "Jordan's foreign minister", "der israelische Präsident", "der
Kanzler", "Israels UN-Botschafter", "the acting U.S. ambassador", "the U.N.
secretary-general", "Der zuständige Minister", "the director of Al-Shifa Hospital"). Real
states, bodies, forces, places and things (Hamas, Hezbollah, the Radwan force, the Houthis,
Israel's security cabinet, Shin Bet, the Knesset, Israel's Supreme Court, Israeli Army
Radio, Channel 12 / Kanal 12, Gaza's health ministry, COGAT, OCHA, the World Food
Programme / Welternährungsprogramm, UNICEF / Unicef, UNRWA, UNIFIL, the Red Cross / IKRK /
Internationales Komitee vom Roten Kreuz, the Weltgesundheitsorganisation, the U.N. Security
Council / UN-Sicherheitsrat, the General Assembly / UN-Vollversammlung, the Committee to
Protect Journalists, the Palestinian Prisoners' Commission, the palästinensische
Gefangenenkommission, Addameer, Peace Now, the Hostages and Missing Families Forum / Forum
der Geiselfamilien, Sheba Medical Center, Al-Shifa Hospital, the Suez Canal Authority, the
World Bank, the EU, the European Commission, the Europäischer Auswärtiger Dienst, the
Palestinian Authority, the State Department, the Foreign Office, the Auswärtiges Amt, the
Bundesregierung, the Kanzleramt, the Außenministerium in Vienna, the
Auslandskatastrophenfonds, FPÖ, Nationalrat, EDA, SVP, Bund, the Lebanese army, Jordan's
armed forces, the yellow line, the Litani, Naqoura, Rafah, the West Bank / Westjordanland,
Ost-Jerusalem, Dschabalija, Khan Younis, Gaza City, the Bab el-Mandeb, Oman, Muscat / Maskat,
the attack of 7 October 2023, and the datelines' cities) stand for the way wire copy names
them; every toll, count of hostages, prisoners, bodies, trucks, votes, troops, positions,
airdrops, demolitions, violations and patients, every sum, share, poll, date, age and quote
here is invented, and where a real figure came to mind (a real toll, a real hostage or
prisoner count, a real vote, a real pledge or budget, a real number of settlers, airdrops,
demolitions or journalists killed) it was changed (the year of the attack, the date the
CPJ's records begin, the Knesset's 120 seats and the 3.67 percent of the 2015 nuclear deal
kept).

Its weight: MIDDLE EAST DIPLOMACY AND CONFLICT, about 60 % English as the brief for this
batch asks (the sixty-eighth batch weighed war, ceasefire talks and diplomacy, the
hundred-first war and diplomacy over one week, the hundred-thirty-seventh casualty and
humanitarian figures in dispute, the hundred-fortieth peace talks and summits, the
hundred-seventy-ninth a ceasefire and prisoner exchanges and the two-hundred-and-fifty-fifth
humanitarian crises and aid before, and their decisions are kept) - three weeks of one
winter, Monday, February 2, to Friday, February 20, of one year, as 48 short stories in
story order, the German stories following the English ones they take up or standing alone.
English (Reuters with dated datelines, AP, AFP, PA): the Cairo round on the second phase of
a Gaza ceasefire, an overnight toll with each side's count, aid trucks by OCHA's and COGAT's
count, a U.S. envoy's shuttle from Jerusalem to Riyadh, a hostage release and the prisoners
freed for it, a Security Council vote, south Lebanon and UNIFIL, journalists killed, a
hostage list handed over in Doha, West Bank demolitions, Israel's cabinet and a poll, a
reconstruction conference, remains of hostages returned, the Houthis' halt in the Red Sea, a
General Assembly vote on UNRWA, malnutrition and flour prices, the Lebanese-Israeli
mechanism at Naqoura, Israeli-Syrian talks in Paris, mutual charges of truce violations, EU
money for the Palestinian Authority, British aid, the extension agreed in Cairo, Jordan's
convoys, a hostage rally in Tel Aviv, freed hostages in hospital, Iran-U.S. talks in Oman
and fuel for Gaza. German (dpa, APA, APA/dpa, APA/AFP, AFP, Reuters, Keystone-SDA; Swiss
"ausschliesslich", «» quotes; German „“ quotes): the Cairo round, Austrian aid from the
Auslandskatastrophenfonds, the hostage release, the Security Council, south Lebanon, the
Doha list, Swiss money for UNRWA, the security cabinet, the German foreign minister's trip,
Rafah reopened, the General Assembly, Palestinian prisoners in Israeli jails, the EU mission
at Rafah, hostages' relatives at the Kanzleramt, the toll in the north, a stabilisation
force, the extension, the ICRC's handovers, settlement building and the Oman talks. Figures
as such copy has them: hostages, prisoners and bodies exchanged ("26 hostages ... about
1,640 Palestinian prisoners", „183 palästinensische Häftlinge frei, darunter 18“, "the
bodies of 15 Palestinians for each dead hostage", "eight living hostages in two batches,
and Israel about 600"), tolls and each side's counts ("at least 17", "72,480", "more than
24,000 fighters", "more than 1,200 violations ..., killing 412"), aid in trucks, tonnes,
litres and truckloads ("An average of 430 aid trucks a day ..., the 600 agreed", "75 trucks
carrying 1,400 tonnes", "About 210,000 litres of fuel a day"), votes in the Security
Council, the General Assembly, Israel's cabinet and two parliaments ("by 14 votes to none,
with the United States abstaining", "14 der 15 Mitglieder", "by 151 votes to 9, with 14
abstentions", "voted 139 to 12", „mit 88 zu 104 Stimmen“), troops, police and monitors,
shares („zu je einem Drittel“, „knapp zwei Drittel“, „rund ein Viertel“, "about
three-quarters", "Nearly one in five", "One in three", "less than half", „auf die Hälfte“),
polls and funding in percent, money in euros, dollars, pounds, francs and shekels, number
words and compounds („Drei-Phasen-Plan“, „dreitägigen Reise“, „zwölf Punkten“, „elf
lebenden Geiseln“, "six-day tour", "30-day extension"), ordinals of rounds, trips, phases,
resolutions, postponements and convoys ("the fourth round", "his fifth trip", "the envoy's
11th trip", „zum vierten Mal“, "for the ninth time", "their 213th"), truce spans, ages, years
and dates. Negatives as such copy has them: negotiators', envoys', ministers' and
spokespeople's rhetoric in quotes, labels, an appeal and a threat that name no measure,
boilerplate, evasions, a no-comment line, the caveat that figures cannot be checked, a fear,
feelings, vows, open questions and vox pops with their figures labelled - each near a
check-worthy look-alike: the same speaker's figure, a denial, a position, an announced step,
a demand with a figure.

236 rows (95 German, 141 English), 56 negatives (24 German, 32 English), 180 check-worthy
rows of which 18 carry no figure (7 German, 11 English), 297 expected quantities (137
counts, 48 durations - 18 in days, 16 in years, 7 in hours, 5 in months, 2 in weeks -, 31
ordinals, 21 dates, 17 amounts of money - 7 EUR, 5 USD, 2 GBP, 2 ILS, 1 CHF -, 17 years, 14
fractions, 12 percentages - all in % -; 8 of them in five negatives, as the seventeenth
batch labels a figure in a negative), 40 checked speakers (20 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-forty-fourth, two-hundred-and-fifty-fifth); a
  quoted or reported statement of fact, figure, step, plan, condition or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-thirty-seventh,
  hundred-seventy-ninth). Pairs from one speaker: Fathallah's five days, twelve points and
  ten days beside "This is not the end of the road ..." and „Die Tür zum Frieden ...“;
  Pfandl's thirds beside „Hilfe darf niemals zur Waffe werden“; Vanhove's third beside "A
  truck stuck at the border ..."; Castellano's 30 days and his word on Riyadh's fund beside
  "The president wants this done ..." and "There is a historic opportunity ..."; Oberhollenzer's
  50 police officers beside „Diese Resolution ist ein Anfang ...“; Al-Hajri's 1,100
  prisoners and its German twin beside "The mediators will not give up ..." and its twin;
  Vuilloud's schools and health centres beside «Wir bleiben in der Region präsent ...»;
  Ben-Harosh's eight to three and its twin beside "We will bring them all home ..." (a
  vow); Marquardt's 25 million euros beside her quote and her evasion; Morrissey's 210
  truckloads beside "We have pulled thousands of children back ..." ("thousands" no count);
  Verhaeghe's 14 million euros beside „Europa muss ... mehr sein als ein Geldgeber“;
  Colbourne's tents and blankets beside "The ceasefire must become the foundation ...";
  Rouvière's 2,100 people beside „Jede dieser Übergaben ist ein Balanceakt ...“; and
  Rezvani's 3.67% and its twin beside his demand that Washington "prove its seriousness and
  good faith" (a demand naming no measure, two-hundred-and-fourth) and „Die Amerikaner
  müssen zuerst beweisen ...“.
- Positions, conditions, denials and allegations are check-worthy without a figure
  (ninety-eighth, hundred-thirty-seventh, hundred-fortieth, hundred-seventy-ninth): the
  Hamas official's condition on its weapons ("would not discuss ... until ..."), Israel's
  U.N. ambassador's refusal to cooperate with a mission, the Saudi foreign ministry's
  condition for normalisation, Castellano's word that Riyadh would contribute "but had not
  committed to a figure", Khoury's deadline for the army ("until the end of March" none),
  the prime minister's office's denial that any list arrived, which stays check-worthy with
  its label appended ("and accused Hamas of "psychological warfare""; two-hundred-and-fourth:
  a denial paired with a label), the military's account of the permits, "Israel says some of
  those killed were militants ..., which media groups reject", „Israel wirft der Hamas vor,
  die sterblichen Überreste von Geiseln absichtlich zurückzuhalten“ (an allegation of a
  checkable act, hundred-thirty-seventh), each army's account of its own fire ("had fired on
  gunmen who had moved past the so-called yellow line", "had opened fire on "terrorists"",
  „Die israelische Armee erklärte, sie habe ein Waffenlager der Hisbollah angegriffen.“;
  hundred-thirty-seventh, two-hundred-and-fourth). Announced and scheduled steps and acts of
  record are check-worthy without a figure (hundred-fortieth, two-hundred-and-fourth): the
  security cabinet's meeting "on Thursday evening", the Houthis' halt of attacks "for as
  long as the Gaza ceasefire holds", the Security Council's resolution and the General
  Assembly's demand in the German leads, Germany's abstention („wie ein Sprecher des
  Auswärtigen Amts bestätigte“), Vuilloud's stated purpose of the money and Hungary's block
  lifted („zunächst blockiert und dann ... eingelenkt“).
- Hostages, prisoners, bodies and the missing are counts (hundred-fortieth,
  hundred-seventy-ninth): "26 hostages", "about 1,640 Palestinian prisoners" "about", „noch
  38 Geiseln ..., von denen mindestens 21“ ("noch" no hedge), „drei weitere israelische
  Geiseln“ ("weitere" no hedge), „183 palästinensische Häftlinge frei, darunter 18“ and "183
  Palestinian prisoners ..., 18 of them" ("darunter", "of them" no hedge), „die übrigen 35
  Geiseln“, "a list of 11 living hostages" and „eine Liste mit elf lebenden Geiseln“ (the
  article „eine“ none), "1,100 prisoners, among them 250" and „1.100 Häftlinge“, "all 14
  hostages", "the remains of four hostages ... three of them", "the bodies of 15
  Palestinians for each dead hostage" ("each" no count), "at least seven hostages", „rund
  9.400 Palästinenser“, „Etwa 3.300 von ihnen“, „insgesamt 1.823 Häftlinge“, "eight living
  hostages in two batches, and Israel about 600" and „acht lebende Geiseln in zwei Gruppen
  ..., Israel rund 600“ (the noun left out after the last figure, hundred-fortieth), "32
  hostages ..., at least 18 of whom" and „noch 32 Geiseln“, "Three Israeli hostages" and
  "the three men", „Die drei Männer“ and "the three freed hostages" count 3 (hundred-fortieth:
  "the two men" count 2), „Angehörige von drei Geiseln“, „noch zwei Deutsche ..., darunter
  ein Mann“ 2 (the article „ein“ none, ninety-third). Tolls and each side's figures
  (hundred-thirty-seventh): "at least 17 ..., including five children" ("including" no
  hedge), "72,480 Palestinians", "more than 24,000 fighters", "Three people were killed",
  „drei Menschen“, "more than 330" („mehr als 330 Menschen“), "At least 206 journalists",
  "killed six Palestinians" and „sechs Palästinenser“, "more than 1,200 violations ...,
  killing 412" and „mehr als 1.200 Verstößen“, "21 of its soldiers", "35 Hamas targets",
  "more than 380" staff killed, "Tens of thousands of Israelis" none (hundred-thirty-seventh:
  "hundreds of thousands"), "thousands of children" in a quote none.
- Votes are counts (first batch: „mit 376 zu 281 Stimmen“; hundred-first,
  two-hundred-and-forty-fourth): "by 151 votes to 9, with 14 abstentions", "voted 139 to
  12", „151 Staaten stimmten für die Resolution, neun dagegen, 14 enthielten sich“, "14 der
  15 Mitglieder", „mit 88 zu 104 Stimmen“, „mit 129 zu 28 Stimmen“, "approved by eight
  ministers, with three voting against" and „acht Minister hätten dafür und drei dagegen
  gestimmt“, "66 of the Knesset's 120 seats", "The assembly's 193 members". New: "by 14
  votes to none, with the United States abstaining" is count 14 only - "none" counts
  nothing, as „kein“ (two-hundred-and-forty-fourth), and a named state abstaining is no
  figure, while "with 14 abstentions" and „die USA enthielten sich“ beside "14 der 15"
  follow the numbers written. "einstimmig" would carry none (an earlier batch), and
  „mit großer Mehrheit“ carries none.
- Aid, loads and other counts (hundred-thirty-seventh, two-hundred-and-fifty-fifth): "An
  average of 430 aid trucks a day ..., well short of the 600 agreed" 430 and 600 ("An
  average of" no hedge, "a day" none, "well short of the" stands before an article as "well
  above the", hundred-thirty-seventh), "4,210 trucks had crossed in the past seven days"
  4,210 and 7 days (hundred-thirty-seventh: "in the past 24 hours" 24 hours), "1.1 million
  people ..., against 760,000", "210 truckloads", "a convoy of 75 trucks carrying 1,400
  tonnes" (tonnes are counts, ninety-ninth), "About 210,000 litres of fuel a day" "about"
  (litres are counts, sixty-ninth), "more than 120 airdrops", „64 Übergaben“, „mehr als
  2.100 Menschen“ ("insgesamt" no hedge), "14 field clinics", "60,000 winter tents and
  blankets for 200,000 people", „150 Kranke und Verletzte sowie 120 Begleitpersonen“, „bis
  zu 300 Menschen“ "up_to" („Täglich“, „beide Richtungen“ none), „mehr als 16.000
  Patienten“, "4,870 children", "14 Palestinian homes ..., displacing about 90 people",
  "1,760 structures", "23 Palestinians", „3.400 neuen Wohnungen“, „mehr als 510.000 Siedler“
  ("inzwischen" no hedge), "14 protesters", "the turnout at 150,000, while police put it at
  about 90,000" (the hedge on the second only), "more than 100 merchant ships ..., sinking
  two and seizing one" 100 "over", 2 and 1 (thirty-first: "one hostage" count 1), "five
  hilltop posts", "more than 7,300 Israeli air violations", "about 9,000 troops", "two members
  of the group's elite Radwan force" 2, "two military officers" 2, "15 Palestinian
  technocrats". Troops, police and monitors (hundred-seventy-ninth): "mit bis zu 50
  Polizisten" and „auf bis zu 120 Beamte“ "up_to", "between 1,500 and 2,000 personnel" both
  with no hedge ("between" no hedge, forty-first), „68 Polizisten und Zollbeamte aus 14
  Mitgliedstaaten“ („Derzeit“ no hedge), „bislang vier Staaten“ ("bislang" no hedge),
  „Indonesien allein wolle bis zu 8.000 ..., Aserbaidschan und Pakistan jeweils rund 1.500“
  8,000 "up_to" and 1,500 "about" („allein“, „jeweils“ no hedge, the hedge after „jeweils“
  kept), „insgesamt rund 20.000 Mann“ "about". Distances and areas are counts (fourth,
  hundred-fortieth): "about 40 km into Syrian territory, while Damascus has offered 15 km"
  40 "about" and 15, "about 460 square km" "about". Weights are counts (an earlier batch:
  „140 Kilogramm“): "had each lost between 12 and 17 kilograms" 12 and 17 ("each",
  "between" no hedge). Groups (hundred-thirty-seventh, hundred-fortieth): "two Egyptian
  security sources", "two diplomats said" and "two people familiar with the negotiations"
  count 2; "both sides", „beide Seiten“, "each other", "every" none. The number word of a
  compound plan is a count (the issue's "28-Punkte-Entwurf"; two-hundred-and-forty-fourth:
  „Zehn-Punkte-Plan“): „des Drei-Phasen-Plans“ 3; "einen Vorschlag mit zwölf Punkten" 12
  (hundred-fortieth: "Vorschlag mit zwölf Punkten"). Repetitions (the issue: "100 Mal"):
  „mehr als 40 Mal“ 40 "over".
- New: "Channel 12" and „Kanal 12“ carry no count - a broadcaster's name with a figure names
  one thing, as "zwölf Panzerhaubitzen 2000" and "vom Typ Iskander-M" (hundred-first: names
  with a figure carry none) and a resolution's number (hundred-first); the poll's figures in
  the same rows are kept ("64% ..., against 27%", „64 Prozent“), and the vox pop that ends
  "his mother told Channel 12." has nothing to label.
- Shares are fractions and percentages (the issue: "ein Fünftel", "drei Viertel";
  hundred-thirty-seventh, hundred-seventy-ninth): "more than half of them" and „mehr als die
  Hälfte von ihnen“ 0.5 "over", "about three-quarters" 0.75 "about", „zu je einem Drittel“
  0.3333 („je“ no hedge, hundred-seventy-ninth), "about a third of the loads" 0.3333
  "about", „rund ein Viertel von ihnen“ 0.25 "about", "Nearly one in five" 0.2 "nearly"
  (hundred-first: "Nearly one in four"), "Roughly two-thirds" 0.6667 "about", "roughly a
  fifth fewer" 0.2 "about" (the comparison after the share no hedge, hundred-thirty-seventh),
  "One in three pregnant women" 0.3333, „knapp zwei Drittel von ihnen“ 0.6667 "nearly",
  "less than half of what hospitals ... need" 0.5 "under" (hundred-thirty-seventh: "less than
  half what they should"), „um die Hälfte erhöhen“ 0.5 ("um" no hedge, hundred-seventy-ninth:
  "um etwa zwei Drittel"). New: „auf die Hälfte gekürzt“ is fraction 0.5 with no hedge - the
  noun „die Hälfte“ names the share as "half of what Moscow had first demanded" does
  (hundred-seventy-ninth), while a verb ("halve", „halbiert“) carries none
  (two-hundred-and-forty-fourth); "auf" before the share bounds nothing, as "auf" before a
  figure ("auf 1,8 Prozent"). Percentages as written: "only 37% of the $4.1 billion" ("only"
  no hedge, two-hundred-and-fifty-fifth), "rose by 38%", "41% lower than a year earlier",
  "about 85%", "About 40%", "only 60% of public sector salaries", „Rund 60 Prozent“, "64% ...,
  against 27%", „64 Prozent“, "at 3.67%" and „auf 3,67 Prozent“ (the decimal comma, the
  issue).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; hundred-fortieth,
  hundred-seventy-ninth): "a second phase", "the fourth round", „die zweite Phase“, „die
  vierte Verhandlungsrunde“ („bereits“ no hedge), "The first phase", "the first phase by 30
  days while talks on the second continue" 1 and 2 (the elliptic ordinal, eighty-ninth), "his
  fifth trip", "the envoy's 11th trip" ("last March" none), „zum vierten Mal seit ihrem
  Amtsantritt“, "the council's fourth resolution", "for the ninth time", "in the first week
  of February" 1 (hundred-seventy-ninth: "in ihrer ersten Woche"), "The fourth set of
  remains", „Am ersten Tag“, "for the first time", "a fourth round", "The first tranche",
  "a third round" and „eine dritte Runde“, "their 213th since the war began" (the elliptic
  ordinal), „vor der zweiten Phase“ in a fear and „Ob die zweite Phase ...“ in an open
  question, labelled. "the last stop", "The final session", "the longest", "the highest
  figure", "the deadliest conflict", "The youngest of the men", "the next round" and "must
  first prove" rank nothing (hundred-seventy-ninth: "der bislang schwerste Verstoß").
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit";
  hundred-fortieth, hundred-seventy-ninth): "meant to last six weeks" 6 weeks, "for at least
  five days" 5 days "at_least", "spend three days" 3 days, "for nearly three hours" 3 hours
  "nearly", "extending ... by 30 days", "a 30-day extension", „um 30 Tage“ and "by 30 days"
  30 days ("um", "by" no hedge), "30 days to report" and „binnen 30 Tagen“ ("binnen" no
  hedge), "for more than 14 months" 14 months "over", "for more than two years" 2 years
  "over", „mehr als 850 Tage in Gefangenschaft“ 850 days "over", „nach neun Monaten“ 9
  months, "over ten years" 10 years ("over" before a span no hedge), "for six months",
  „zu einer dreitägigen Reise“ 3 days, "two hours of talks" 2 hours and "a six-day tour" 6
  days, „um zwölf Monate verlängern“ 12 months, "lasted about four hours" "about", "over
  three years" 3 years, "for 14 months", "over two days", „zunächst auf zwei Jahre
  befristet“ 2 years ("zunächst" no hedge), "lasted more than 11 hours" and „mehr als elf
  Stunden“ "over", "within ten days" and „binnen zehn Tagen“ 10 days, "for about five hours"
  "about", "for an initial period of three years" and „für zunächst drei Jahre“ 3 years,
  "within two weeks" 2 weeks, "for only six hours a day" 6 hours ("only" no hedge, "a day"
  none), "the agency's mandate by three years" 3 years. Ages are durations in years (every
  batch): „im Alter von 24, 31 und 56 Jahren“ 24, 31 and 56 years (the unit written once,
  forty-sixth), "24-year-old Eyal Peretz", "children under five" 5 years "under" and
  "children under 10" 10 years "under" (hundred-thirty-seventh: "children under 5"), and in
  vox pops, labelled ("Umm Khaled Abu Jazar, 52," with "two grandsons" 2, "Noa Shalev, 29,"
  with "855 days", "Ronit Azoulay, 58."; hundred-fortieth). None: "overnight", "last week",
  "last year", "this year", "a year earlier", "more than a year" (hundred-thirty-seventh:
  "in more than a year"), "in mid-January", "within hours", "since the ceasefire began",
  "in the same period", "im Jahr", "a year", "a day", "Täglich", „in diesem Jahr“, „Im
  Vorjahr“, "the end of March", "in April", "on Thursday evening", "Thursday night",
  weekdays and months alone.
- Money in the currency written (every batch): EUR ("um weitere 8 Millionen Euro",
  „weitere 25 Millionen Euro“ - "weitere" no hedge -, „insgesamt rund 41 Millionen Euro“
  and „rund 420 Millionen Euro“ "about", „rund 14 Millionen Euro im Jahr“ "about", "1.6
  billion euros", "The first tranche of 400 million euros"), USD ("the $4.1 billion", "at
  least $20 billion" "at_least", "$68 billion", "about $300 million a year" "about", "$500
  million"), GBP ("a further £35 million" - "a further" no hedge as "an extra",
  hundred-thirty-seventh -, "more than £230 million" "over"), CHF in Swiss copy („10
  Millionen Franken“). New: shekels are ILS - "about 4 shekels ..., down from more than 80"
  is 4 ILS "about" and 80 ILS "over", the code of the currency the copy names
  (hundred-fortieth: pesos in a story about Colombia are COP) and the currency written once
  serving the bare later figure (hundred-fortieth: "800 Millionen bis eine Milliarde Euro";
  ninety-third: "Moscow wants 35"); "A kilo of flour" carries no count (the article, as "a
  single beaver dam", two-hundred-and-forty-fourth).
- Years and dates: "since October 2023" (three times), „Seit Oktober 2023“ (twice), „seit
  Oktober 2023“ (twice), "in November 2024" and „im November 2024“, "in
  1992", "in 2009", "between November 2023 and the start of the truce", "since March 2024",
  "since December 2024", "to June 2029", "in 2024", „bis 2030“ ("bis" no hedge,
  hundred-seventy-ninth: "bis 2028") the years (hundred-thirty-seventh); „am 7. Oktober
  2023“ the full date 2023-10-07 (hundred-thirty-seventh); "on March 15" --03-15
  (hundred-fortieth: "on Jan. 15"); Reuters datelines with a day ("CAIRO, Feb 2", "GENEVA,
  Feb 3", "JERUSALEM, Feb 4", "UNITED NATIONS, Feb 5", "NEW YORK, Feb 6", "DOHA, Feb 7",
  "RAMALLAH, West Bank, Feb 9" with the region between city and day, "JERUSALEM, Feb 10",
  "CAIRO, Feb 11", "DUBAI, Feb 12", "UNITED NATIONS, Feb 13", "RIYADH, Feb 14", "BEIRUT, Feb
  15", "PARIS, Feb 16", "GAZA, Feb 17", "BRUSSELS, Feb 17", "CAIRO, Feb 18", "TEL AVIV, Feb
  19", "MUSCAT, Feb 20") dates without a year (hundred-thirty-seventh, hundred-fortieth);
  dpa, APA, APA/dpa, APA/AFP, AFP German ("Doha (AFP) -"), Reuters German, Keystone-SDA, AP
  ("DEIR AL-BALAH, Gaza Strip (AP) —", "TEL AVIV, Israel (AP) —", "JERUSALEM (AP) —", "GAZA
  CITY, Gaza Strip (AP) —", "RAMAT GAN, Israel (AP) —"), AFP ("BEIRUT (AFP) -", "AMMAN (AFP)
  -") and PA ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "about", "About", "roughly", "Roughly", "rund", "Rund",
  "etwa", "Etwa" "about"; "nearly", "Nearly", "knapp" "nearly"; "more than", "mehr als"
  "over"; "less than", "under" before an age "under"; "at least", "At least", "mindestens"
  "at_least"; "bis zu", "up to" "up_to". No hedge: "only", "so far", "noch", "bereits",
  "bislang", "derzeit", "Derzeit", "inzwischen", "insgesamt", "allein", "jeweils" (the hedge
  after it kept), "je", "each", "weitere", "a further", "darunter", "including", "among
  them", "of them", "of whom", "von ihnen", "An average of", "between", "zwischen", "within",
  "binnen", "um", "by", "auf", "zunächst", "over" before a span, "well short of the".
- Speakers, checked only in forms the earlier batches settled: German "sagte X" with the
  title dropped ("sagte Außenministerin Elisabeth Pfandl", "sagte die deutsche
  UN-Botschafterin Katrin Oberhollenzer" - the adjective of the office dropped with it as in
  "sagte der ukrainische Chefunterhändler Roman Danyljuk", hundred-seventy-ninth -, "sagte
  Außenamtssprecher Raschid al-Hadschri", "sagte EDA-Sprecher Luc Vuilloud", "sagte
  IKRK-Sprecherin Camille Rouvière", "sagte Außenamtssprecher Hamid Resvani";
  hundred-thirty-seventh, hundred-seventy-ninth), the name in apposition after the role
  ("sagte der EU-Sonderbeauftragte für den Nahost-Friedensprozess, Joost Verhaeghe";
  hundred-fortieth: "sagte der Sprecher des türkischen Außenministeriums, Selim Karaağaç"),
  "X sagte, ..." opening the row ("Regierungssprecher Noam Ben-Harosch sagte",
  "Regierungssprecher Tobias Hainbach sagte", "Außenamtssprecher Amr Fathallah sagte";
  two-hundred-and-forty-fourth) and "Marquardt sagte vor dem Abflug, ..." -> "Marquardt"
  (the occasion dropped as the audience in "sagte am Dienstag vor Journalisten",
  hundred-seventy-ninth), "nach Angaben von Außenamtssprecher Amr Fathallah" -> the name
  (hundred-fortieth), "nach Angaben des Außenministeriums" -> "das Außenministerium", "nach
  Angaben des Gesundheitsministeriums in Beirut" -> "das Gesundheitsministerium" (the place
  dropped, hundred-sixty-second), "Nach Angaben der Armee" -> "die Armee", "Nach Angaben der
  Weltgesundheitsorganisation" -> "die Weltgesundheitsorganisation", "Nach Angaben der
  Bundesregierung" -> "die Bundesregierung" (the source in the nominative,
  hundred-thirty-seventh, two-hundred-and-fourth), "wie das EDA am Dienstag mitteilte" ->
  "das EDA" and "wie das Auswärtige Amt mitteilte" -> "das Auswärtige Amt"
  (hundred-thirty-seventh, hundred-seventy-ninth), "teilte das Auswärtige Amt mit"
  (two-hundred-and-fourth). English: the name with the title dropped ("Egyptian Foreign
  Ministry spokesman Amr Fathallah said", "OCHA spokeswoman Liesbeth Vanhove said", "UNIFIL
  spokesman Marco Ferrandi said", "Government spokesman Noam Ben-Harosh said", "UNICEF
  spokesperson Adele Morrissey said", "Information Minister Paul Khoury said", "Palestinian
  Finance Minister Omar Barakat said", "Foreign Secretary Harriet Colbourne said";
  hundred-fortieth, two-hundred-and-forty-fourth), "Qatari foreign ministry spokesman Rashid
  Al-Hajri told reporters" and "Castellano told reporters" ("told reporters" names the
  speaker, two-hundred-and-fourth), "Castellano said ..." opening the row, "Iran's foreign
  ministry spokesman, Hamid Rezvani, said" the name in apposition (hundred-fortieth:
  "Ukraine's ombudsman, Taras Kobzar, said"), and bodies in the forms the
  hundred-thirty-seventh and hundred-fortieth checked: "the State Department said", "the U.N.
  said" (twice), "OCHA said" as written, "UNICEF said Saturday" -> "UNICEF" (the weekday
  dropped), "the Foreign Office said", "the health ministry said", "The World Food Programme
  said ..." -> "the World Food Programme". Each row's spelling of a transliterated name is
  its speaker (ninety-third). Left unchecked (None): all negatives, also those with a named
  speaker; roles and offices without a name ("a U.S. embassy spokesperson said", "an Israeli
  official said", "a government spokesman said", "the prime minister's office said", "the
  office said", "a Lebanese official said", "the official said", "an Egyptian official said",
  "A U.S. official said", "A Hamas official told Reuters", "a Syrian source said", "The
  director of Al-Shifa Hospital said", "Der zuständige Minister sagte", "wie ein Sprecher des
  Auswärtigen Amts bestätigte"; hundred-fortieth); possessives and adjectives heading the
  source ("Israel's prime minister's office said", "Gaza's health ministry says", "Iran's
  foreign ministry said", "Jordan's armed forces said", "The Saudi foreign ministry said",
  "The Israeli military said", "The Israeli army said", "The Lebanese army says", "Nach
  Angaben der israelischen Regierung", "nach Angaben des Europäischen Auswärtigen Dienstes",
  "wie die palästinensische Gefangenenkommission mitteilte", "nach Angaben der
  palästinensischen Gefangenenorganisation Addameer", "Die israelische Armee erklärte";
  hundred-thirty-seventh, hundred-seventy-ninth); "the Palestinian Prisoners' Commission
  said" (a capitalised adjective heading the name, hundred-thirty-seventh: "nach Angaben der
  Vereinten Nationen"); descriptions before or around the name ("the U.N. humanitarian office
  OCHA said", "COGAT, the Israeli defence body that coordinates aid, said", "The U.N.
  peacekeeping force UNIFIL said", "Nach Angaben der Organisation Peace Now";
  hundred-thirty-seventh); bodies' "said" the checked forms above do not cover (the
  Committee to Protect Journalists, the Suez Canal Authority, the European Commission, the
  Hostages and Missing Families Forum, "The military said", "The group said", "the agency
  said", "the hospital said", "Police said"; two-hundred-and-forty-fourth); plural,
  anonymous and collective sources ("two Egyptian security sources said", "according to a
  person briefed on the talks", "according to hospital officials", "Egyptian officials
  said", "Aid groups said", "Diplomats estimate", "two diplomats said", "two people familiar
  with the negotiations said", "medics said", "traders said", "officials said", "Organisers
  put", "Doctors at Sheba Medical Center said", "wie aus ägyptischen Sicherheitskreisen
  verlautete", "nach ägyptischen Angaben", "nach katarischen Angaben", "nach israelischen
  Angaben", "nach Angaben von Sanitätern", "nach Angaben eines ägyptischen
  Regierungsvertreters", "hieß es aus Diplomatenkreisen", "nach Zählung der Vereinten
  Nationen", "nach eigenen Angaben", "nach US-Plänen"; hundred-thirty-seventh,
  hundred-fortieth); countries and groups ("Israel says", "Qatar said", "Hamas said", "UNRWA
  says", "Yemen's Houthis said", "Egypt, Qatar and the United States said in a joint
  statement", "The World Bank, the U.N. and the EU put"; ninety-third); media ("Israeli Army
  Radio reported", "Israeli media reported", "according to a Reuters tally"); documents and
  polls ("according to the statement", "the statement said", "according to government
  figures", "according to U.N. satellite analysis", "wie aus dem Entwurf eines Mandats
  hervorgeht", "Laut einer Umfrage des Senders Kanal 12", "A Channel 12 poll ... found");
  verbs that are not of saying („sprach von“, „wirft ... vor“, „forderte ... auf“,
  „erklärte“, "put ... at"; hundred-thirty-seventh, hundred-seventy-ninth).
- Negatives (hundred-thirty-seventh, hundred-fortieth, hundred-seventy-ninth,
  two-hundred-and-fourth), five of them with figures labelled as the seventeenth batch
  labels a figure in a negative: rhetoric and creed in quotes from every side, also with a
  named speaker (the pairs above, Egypt's foreign minister's "We are closer than ...", the
  Hamas representative's „Über unsere Waffen verhandeln wir nicht ...“, the president's
  „Heute ist ein Tag der Freude ...“, Hamas's "like looking for a needle ...", the Jabalia
  resident's „Die Waffenruhe existiert nur auf dem Papier“, the hostage's sister's „Wir
  zählen nicht mehr die Tage ...“, the doctor's "We are working with what ..."); labels
  ("called the text", "called the exchange", "called the toll", "called the demolitions",
  "called the vote", „sprach von einer „Belohnung für Terror““, „sprachen von einer
  „Geste, die kaum jemandem hilft““, „nannte das Votum „eine Schande““, „verurteilte die
  Entscheidung als ...“ - „Zweistaatenlösung“ carries no count, hundred-fortieth -, "said
  the talks were "a trap"", "described the atmosphere as "serious but far from easy""
  (hundred-fortieth), "described the strikes as "a flagrant violation" and appealed to
  Washington to restrain its ally" - an appeal that names no measure, two-hundred-and-fourth);
  an appeal („Die Bundesregierung rief beide Seiten zur Zurückhaltung auf.“); a threat that
  names no step („drohten mit „Konsequenzen“, nannten aber keine Schritte“;
  two-hundred-and-fourth); vows ("We will bring them all home ...", "would "never accept the
  displacement ...""); feelings ("donors were "tired of paying ..."", "remained "deeply
  sceptical""); boilerplate ("The mediators said they remained "fully committed to a lasting
  end to the war.""; hundred-fortieth); the caveat that figures cannot be checked ("Neither
  set of numbers could be checked by the AP on its own.", "Neither side's version could be
  confirmed by Reuters on its own."; hundred-thirty-seventh); a no-comment line („Die
  israelische Gefängnisbehörde wollte sich zu den Zahlen nicht äußern.“); an evasion
  („Marquardt ließ offen, ...“; two-hundred-and-fourth); a fear with its ordinal labelled
  („Viele Angehörige fürchten, ... vor der zweiten Phase ...“ 2); open questions („Ob die
  zweite Phase tatsächlich binnen zehn Tagen beginnt, ist offen.“ with ordinal 2 and 10 days
  labelled, „Ob die Soldaten ...“, "Whether Israel would accept ..."); and vox pops with their
  figures labelled (Umm Khaled Abu Jazar 52 years and 2, Noa Shalev 855 days and 29 years,
  Ronit Azoulay 58 years; the mother's "He is thin, ..." with nothing to label).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_262 = [
    # --- Cairo talks on the second phase (Reuters), Monday, Feb 2 ---
    (
        "en",
        "CAIRO, Feb 2 (Reuters) - Israeli and Hamas negotiators resumed indirect talks in Cairo on Monday on a second phase of the Gaza ceasefire, the fourth round since the truce took hold in mid-January, two Egyptian security sources said.",
        True,
        [
            ("date", "--02-02", None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 4, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The first phase, meant to last six weeks, has so far seen 26 hostages freed in exchange for about 1,640 Palestinian prisoners and detainees.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 6, "week", None),
            ("count", 26, None, None),
            ("count", 1640, None, "about"),
        ],
        None,
    ),
    (
        "en",
        '"We are closer than we have been at any point, but the last steps are always the hardest," Egypt\'s foreign minister told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Egyptian Foreign Ministry spokesman Amr Fathallah said the delegations had agreed to meet daily for at least five days before reporting back to their leaderships.",
        True,
        [("duration", 5, "day", "at_least")],
        "Amr Fathallah",
    ),
    (
        "en",
        "A Hamas official told Reuters the group would not discuss handing over its weapons until Israel committed to a full withdrawal from the Gaza Strip.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Egyptian officials said about three-quarters of the proposal's points had been agreed in principle.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Israel's delegation is led by a senior Shin Bet official and includes two military officers, according to a person briefed on the talks.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Kairo, zweite Phase (dpa), Montag ---
    (
        "de",
        "Kairo (dpa) - In Kairo haben Unterhändler Israels und der islamistischen Hamas am Montag indirekte Gespräche über die zweite Phase des Drei-Phasen-Plans für den Gazastreifen aufgenommen.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die vierte Verhandlungsrunde seit Beginn der Feuerpause, wie aus ägyptischen Sicherheitskreisen verlautete.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der israelischen Regierung befinden sich noch 38 Geiseln im Gazastreifen, von denen mindestens 21 nicht mehr am Leben sein sollen.",
        True,
        [("count", 38, None, None), ("count", 21, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Über unsere Waffen verhandeln wir nicht, solange die Besatzung andauert“, sagte ein Hamas-Vertreter in Doha.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Vermittler aus Ägypten, Katar und den USA legten nach Angaben von Außenamtssprecher Amr Fathallah einen Vorschlag mit zwölf Punkten vor.",
        True,
        [("count", 12, None, None)],
        "Amr Fathallah",
    ),
    (
        "de",
        "Rund 60 Prozent der Häftlinge auf der Liste der Hamas verbüßen nach israelischen Angaben lebenslange oder sehr lange Haftstrafen.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    # --- Overnight strikes and the toll (AP), Monday ---
    (
        "en",
        "DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 17 Palestinians across the Gaza Strip overnight, including five children, according to hospital officials.",
        True,
        [("count", 17, None, "at_least"), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The Israeli military said it had fired on gunmen who had moved past the so-called yellow line towards its troops.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Gaza's health ministry says 72,480 Palestinians have been killed since October 2023, more than half of them women and children.",
        True,
        [("count", 72480, None, None), ("year", 2023, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Israel says it has killed more than 24,000 fighters during the war, a figure Hamas disputes.",
        True,
        [("count", 24000, None, "over")],
        None,
    ),
    (
        "en",
        '"They were sleeping when the roof came down on them," said Umm Khaled Abu Jazar, 52, who lost two grandsons in the strike.',
        False,
        [("duration", 52, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Neither set of numbers could be checked by the AP on its own.", False, [], None),
    # --- Österreichs Gaza-Hilfe (APA), Montag ---
    (
        "de",
        "Wien (APA) - Österreich stockt seine humanitäre Hilfe für den Gazastreifen um weitere 8 Millionen Euro aus dem Auslandskatastrophenfonds auf.",
        True,
        [("money", 8000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Geld gehe zu je einem Drittel an das Welternährungsprogramm, Unicef und das Internationale Komitee vom Roten Kreuz, sagte Außenministerin Elisabeth Pfandl.",
        True,
        [("fraction", 0.3333, None, None)],
        "Elisabeth Pfandl",
    ),
    ("de", "„Hilfe darf niemals zur Waffe werden“, sagte Pfandl.", False, [], None),
    (
        "de",
        "Seit Oktober 2023 hat Österreich damit nach Angaben des Außenministeriums insgesamt rund 41 Millionen Euro für die palästinensischen Gebiete bereitgestellt.",
        True,
        [("year", 2023, None, None), ("money", 41000000, "EUR", "about")],
        "das Außenministerium",
    ),
    (
        "de",
        "Ein Antrag der FPÖ, die Zahlung zu stoppen, wurde im Nationalrat mit 129 zu 28 Stimmen abgelehnt.",
        True,
        [("count", 129, None, None), ("count", 28, None, None)],
        None,
    ),
    # --- Aid trucks into Gaza (Reuters), Tuesday, Feb 3 ---
    (
        "en",
        "GENEVA, Feb 3 (Reuters) - An average of 430 aid trucks a day entered Gaza last week, well short of the 600 agreed under the ceasefire, the U.N. humanitarian office OCHA said on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("count", 430, None, None), ("count", 600, None, None)],
        None,
    ),
    (
        "en",
        "OCHA spokeswoman Liesbeth Vanhove said about a third of the loads were commercial goods rather than humanitarian aid.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Liesbeth Vanhove",
    ),
    (
        "en",
        "COGAT, the Israeli defence body that coordinates aid, said 4,210 trucks had crossed in the past seven days and blamed U.N. agencies for leaving goods uncollected at the crossings.",
        True,
        [("count", 4210, None, None), ("duration", 7, "day", None)],
        None,
    ),
    ("en", '"A truck stuck at the border is food that never gets to a hungry child," Vanhove said.', False, [], None),
    (
        "en",
        "The World Food Programme said 1.1 million people received food parcels from it in January, against 760,000 in December.",
        True,
        [("count", 1100000, None, None), ("count", 760000, None, None)],
        "the World Food Programme",
    ),
    (
        "en",
        "Aid groups said only 37% of the $4.1 billion requested for Gaza this year had been funded.",
        True,
        [("percent", 37, "%", None), ("money", 4100000000, "USD", None)],
        None,
    ),
    # --- The U.S. envoy's shuttle (Reuters), Wednesday, Feb 4 ---
    (
        "en",
        "JERUSALEM, Feb 4 (Reuters) - U.S. special envoy Warren Castellano arrived in Israel on Wednesday on his fifth trip to the region since the ceasefire began, a U.S. embassy spokesperson said.",
        True,
        [("date", "--02-04", None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Castellano will spend three days in Israel, Egypt and Qatar before flying on to Riyadh on Saturday, the State Department said.",
        True,
        [("duration", 3, "day", None)],
        "the State Department",
    ),
    (
        "en",
        "He met Israel's prime minister for nearly three hours in Jerusalem, an Israeli official said.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        '"The president wants this done, and he wants it done right," Castellano told reporters at Ben Gurion airport.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellano told reporters that Washington had proposed extending the first phase by 30 days while talks on the second continue.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None), ("ordinal", 2, None, None)],
        "Castellano",
    ),
    (
        "en",
        "It is the envoy's 11th trip abroad since he took up the post last March.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Israel's security cabinet is due to meet on Thursday evening to discuss the proposal, the prime minister's office said.",
        True,
        [],
        None,
    ),
    # --- Geiselfreilassung (Reuters), Donnerstag ---
    (
        "de",
        "Tel Aviv (Reuters) - Die Hamas hat am Donnerstag drei weitere israelische Geiseln an das Internationale Komitee vom Roten Kreuz übergeben.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug ließ Israel 183 palästinensische Häftlinge frei, darunter 18, die zu lebenslangen Haftstrafen verurteilt worden waren, wie die palästinensische Gefangenenkommission mitteilte.",
        True,
        [("count", 183, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Die drei Männer im Alter von 24, 31 und 56 Jahren waren am 7. Oktober 2023 aus einem Kibbuz nahe der Grenze verschleppt worden.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 24, "year", None),
            ("duration", 31, "year", None),
            ("duration", 56, "year", None),
            ("date", "2023-10-07", None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben der Armee waren sie mehr als 850 Tage in Gefangenschaft.",
        True,
        [("duration", 850, "day", "over")],
        "die Armee",
    ),
    (
        "de",
        "„Heute ist ein Tag der Freude, aber auch des Schmerzes“, sagte der israelische Präsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Forum der Geiselfamilien forderte die Regierung auf, die Verhandlungen über die Freilassung der übrigen 35 Geiseln ohne Unterbrechung fortzusetzen.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Viele Angehörige fürchten, dass die Waffenruhe noch vor der zweiten Phase zusammenbricht.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Hostages freed (AP), Thursday ---
    (
        "en",
        "TEL AVIV, Israel (AP) — Three Israeli hostages were handed to the Red Cross in central Gaza on Thursday and driven to Israel, where they were reunited with their families.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Israel released 183 Palestinian prisoners in return, 18 of them serving life sentences, the Palestinian Prisoners' Commission said.",
        True,
        [("count", 183, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        '"I held my breath for 855 days, and today I can finally breathe," said Noa Shalev, 29, whose brother was among those freed.',
        False,
        [("duration", 855, "day", None), ("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "Israeli Army Radio reported that doctors had found the three men malnourished but in stable condition.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", 'Hamas called the exchange "proof that only resistance frees our prisoners."', False, [], None),
    # --- Security Council vote (Reuters), Thursday, Feb 5 ---
    (
        "en",
        "UNITED NATIONS, Feb 5 (Reuters) - The U.N. Security Council on Thursday adopted a resolution endorsing the Gaza ceasefire and calling for unhindered aid access, by 14 votes to none, with the United States abstaining.",
        True,
        [("date", "--02-05", None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The text, drafted by Algeria and Denmark, gives the U.N. secretary-general 30 days to report on how an international monitoring mission could work.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        'The acting U.S. ambassador called the text "unbalanced" and "a distraction from the real diplomacy."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Israel's U.N. ambassador said his country would not cooperate with any mission that included states without diplomatic ties to Israel.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Diplomats estimate that such a mission would need between 1,500 and 2,000 personnel and cost about $300 million a year.",
        True,
        [("count", 1500, None, None), ("count", 2000, None, None), ("money", 300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It was the council's fourth resolution on Gaza since October 2023.",
        True,
        [("ordinal", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- UN-Sicherheitsrat (dpa), Donnerstag ---
    (
        "de",
        "New York (dpa) - Der UN-Sicherheitsrat hat die Waffenruhe im Gazastreifen in einer Resolution gebilligt und ungehinderten Zugang für Hilfslieferungen gefordert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Text stimmten 14 der 15 Mitglieder, die USA enthielten sich.",
        True,
        [("count", 14, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Der UN-Generalsekretär soll binnen 30 Tagen Vorschläge für eine internationale Beobachtermission vorlegen.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("de", "Israels UN-Botschafter sprach von einer „Belohnung für Terror“.", False, [], None),
    (
        "de",
        "Deutschland sei bereit, sich mit bis zu 50 Polizisten an einer solchen Mission zu beteiligen, sagte die deutsche UN-Botschafterin Katrin Oberhollenzer.",
        True,
        [("count", 50, None, "up_to")],
        "Katrin Oberhollenzer",
    ),
    ("de", "„Diese Resolution ist ein Anfang, nicht mehr und nicht weniger“, sagte Oberhollenzer.", False, [], None),
    # --- South Lebanon (AFP), Friday ---
    (
        "en",
        "BEIRUT (AFP) - Three people were killed on Friday in Israeli strikes in southern Lebanon, the health ministry said, even though a ceasefire has been in force for more than 14 months.",
        True,
        [("count", 3, None, None), ("duration", 14, "month", "over")],
        "the health ministry",
    ),
    (
        "en",
        "The Israeli army said it had struck a Hezbollah weapons depot and killed two members of the group's elite Radwan force.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The U.N. peacekeeping force UNIFIL said it had recorded more than 7,300 Israeli air violations since the truce took effect in November 2024.",
        True,
        [("count", 7300, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Lebanon\'s president described the strikes as "a flagrant violation" and appealed to Washington to restrain its ally.',
        False,
        [],
        None,
    ),
    (
        "en",
        "UNIFIL spokesman Marco Ferrandi said the Lebanese army had now deployed about 9,000 troops in the area between the Litani River and the border.",
        True,
        [("count", 9000, None, "about")],
        "Marco Ferrandi",
    ),
    (
        "en",
        "The Lebanese army says it has taken over about 85% of Hezbollah's positions south of the Litani.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "en",
        "Israeli troops still occupy five hilltop posts on Lebanese soil, which Israel says it needs to protect communities in the north.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    # --- Südlibanon (dpa), Freitag ---
    (
        "de",
        "Beirut (dpa) - Bei israelischen Luftangriffen im Süden des Libanons sind nach Angaben des Gesundheitsministeriums in Beirut drei Menschen getötet worden.",
        True,
        [("count", 3, None, None)],
        "das Gesundheitsministerium",
    ),
    ("de", "Die israelische Armee erklärte, sie habe ein Waffenlager der Hisbollah angegriffen.", True, [], None),
    (
        "de",
        "Seit Inkrafttreten der Waffenruhe im November 2024 sind im Libanon nach Zählung der Vereinten Nationen mehr als 330 Menschen durch israelische Angriffe ums Leben gekommen, rund ein Viertel von ihnen Zivilisten.",
        True,
        [("year", 2024, None, None), ("count", 330, None, "over"), ("fraction", 0.25, None, "about")],
        None,
    ),
    ("de", "Die Bundesregierung rief beide Seiten zur Zurückhaltung auf.", False, [], None),
    # --- Journalists killed (Reuters), Friday, Feb 6 ---
    (
        "en",
        "NEW YORK, Feb 6 (Reuters) - At least 206 journalists and media workers have been killed in the Gaza war, making it the deadliest conflict for the press since records began in 1992, the Committee to Protect Journalists said on Friday.",
        True,
        [("date", "--02-06", None, None), ("count", 206, None, "at_least"), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "Israel says some of those killed were militants working under press cover, which media groups reject.",
        True,
        [],
        None,
    ),
    ("en", 'The group\'s director called the toll "a stain on every government that looked away."', False, [], None),
    (
        "en",
        "Foreign reporters have been barred from entering Gaza independently for more than two years, except on escorted trips with the Israeli military.",
        True,
        [("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "Israel's Supreme Court has postponed a ruling on a petition by foreign media for the ninth time.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    # --- Hostage list in Doha (Reuters), Saturday, Feb 7 ---
    (
        "en",
        "DOHA, Feb 7 (Reuters) - Qatar said on Saturday that Hamas had handed mediators a list of 11 living hostages it is prepared to release in the next stage of the deal.",
        True,
        [("date", "--02-07", None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Qatari foreign ministry spokesman Rashid Al-Hajri told reporters that Israel had in turn been asked to free 1,100 prisoners, among them 250 serving long sentences.",
        True,
        [("count", 1100, None, None), ("count", 250, None, None)],
        "Rashid Al-Hajri",
    ),
    ("en", '"The mediators will not give up, whatever the obstacles," Al-Hajri said.', False, [], None),
    (
        "en",
        "Israel's prime minister's office said it had not received any list and accused Hamas of \"psychological warfare.\"",
        True,
        [],
        None,
    ),
    (
        "en",
        "Israeli media reported that Israel's negotiators had asked for the names of all 14 hostages believed to be alive.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Liste in Doha (AFP), Samstag ---
    (
        "de",
        "Doha (AFP) - Die Hamas hat den Vermittlern nach katarischen Angaben eine Liste mit elf lebenden Geiseln übergeben, die in der nächsten Phase freikommen könnten.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Israel solle im Gegenzug 1.100 Häftlinge freilassen, sagte Außenamtssprecher Raschid al-Hadschri.",
        True,
        [("count", 1100, None, None)],
        "Raschid al-Hadschri",
    ),
    (
        "de",
        "„Die Vermittler geben nicht auf, ganz gleich, welche Hindernisse sich auftun“, sagte al-Hadschri.",
        False,
        [],
        None,
    ),
    # --- West Bank demolitions (Reuters), Monday, Feb 9 ---
    (
        "en",
        "RAMALLAH, West Bank, Feb 9 (Reuters) - Israeli forces demolished 14 Palestinian homes in the occupied West Bank on Monday, displacing about 90 people, the U.N. said.",
        True,
        [("date", "--02-09", None, None), ("count", 14, None, None), ("count", 90, None, "about")],
        "the U.N.",
    ),
    (
        "en",
        "The military said the houses had been built without permits in an area under full Israeli control.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Demolitions in the West Bank rose by 38% last year to 1,760 structures, the highest figure since the U.N. began keeping records in 2009.",
        True,
        [("percent", 38, "%", None), ("count", 1760, None, None), ("year", 2009, None, None)],
        None,
    ),
    ("en", 'The Palestinian prime minister called the demolitions "collective punishment."', False, [], None),
    (
        "en",
        "Settler attacks injured 23 Palestinians in the first week of February, OCHA said.",
        True,
        [("count", 23, None, None), ("ordinal", 1, None, None)],
        "OCHA",
    ),
    (
        "en",
        "Nearly one in five of those displaced were children under 10, the agency said.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 10, "year", "under")],
        None,
    ),
    # --- UNRWA-Beitrag (Keystone-SDA), Dienstag ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz stellt dem UN-Palästinenserhilfswerk UNRWA in diesem Jahr 10 Millionen Franken zur Verfügung, wie das EDA am Dienstag mitteilte.",
        True,
        [("money", 10000000, "CHF", None)],
        "das EDA",
    ),
    (
        "de",
        "Das Geld sei ausschliesslich für Schulen und Gesundheitszentren in Jordanien, Syrien und im Libanon bestimmt, sagte EDA-Sprecher Luc Vuilloud.",
        True,
        [],
        "Luc Vuilloud",
    ),
    ("de", "«Wir bleiben in der Region präsent, auch wenn es schwierig ist», sagte Vuilloud.", False, [], None),
    (
        "de",
        "Die SVP hatte im Nationalrat verlangt, die Zahlungen ganz zu streichen, war aber mit 88 zu 104 Stimmen unterlegen.",
        True,
        [("count", 88, None, None), ("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatte der Bund seinen Beitrag an das Hilfswerk auf die Hälfte gekürzt.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    # --- Israel's cabinet backs an extension (Reuters), Tuesday, Feb 10 ---
    (
        "en",
        "JERUSALEM, Feb 10 (Reuters) - Israel's security cabinet voted on Tuesday to send negotiators back to Cairo with a mandate to discuss a 30-day extension of the first phase, a government spokesman said.",
        True,
        [("date", "--02-10", None, None), ("duration", 30, "day", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Government spokesman Noam Ben-Harosh said the decision was approved by eight ministers, with three voting against.",
        True,
        [("count", 8, None, None), ("count", 3, None, None)],
        "Noam Ben-Harosh",
    ),
    ("en", '"We will bring them all home, the living and the dead," Ben-Harosh said.', False, [], None),
    (
        "en",
        "The governing coalition holds 66 of the Knesset's 120 seats.",
        True,
        [("count", 66, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "en",
        "A Channel 12 poll on Monday found 64% of Israelis favour moving to the second phase even if it means ending the war, against 27% opposed.",
        True,
        [("percent", 64, "%", None), ("ordinal", 2, None, None), ("percent", 27, "%", None)],
        None,
    ),
    # --- Sicherheitskabinett (dpa), Dienstag ---
    (
        "de",
        "Jerusalem (dpa) - Das israelische Sicherheitskabinett hat einer Verlängerung der ersten Phase der Waffenruhe um 30 Tage grundsätzlich zugestimmt.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Regierungssprecher Noam Ben-Harosch sagte, acht Minister hätten dafür und drei dagegen gestimmt.",
        True,
        [("count", 8, None, None), ("count", 3, None, None)],
        "Noam Ben-Harosch",
    ),
    (
        "de",
        "Die rechtsextremen Koalitionspartner drohten mit „Konsequenzen“, nannten aber keine Schritte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Umfrage des Senders Kanal 12 befürworten 64 Prozent der Israelis den Übergang zur zweiten Phase.",
        True,
        [("percent", 64, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Reconstruction conference (Reuters), Wednesday, Feb 11 ---
    (
        "en",
        "CAIRO, Feb 11 (Reuters) - Egypt will host an international conference on rebuilding Gaza on March 15 and will ask donors for at least $20 billion in initial pledges, two diplomats said.",
        True,
        [
            ("date", "--02-11", None, None),
            ("date", "--03-15", None, None),
            ("money", 20000000000, "USD", "at_least"),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The World Bank, the U.N. and the EU put the cost of rebuilding the enclave at $68 billion over ten years.",
        True,
        [("money", 68000000000, "USD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Egypt's plan foresees an Arab-funded committee of 15 Palestinian technocrats running the territory for six months.",
        True,
        [("count", 15, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        'A Gulf diplomat said donors were "tired of paying to rebuild the same buildings again and again."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roughly two-thirds of Gaza's buildings have been damaged or destroyed, according to U.N. satellite analysis.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    # --- Reise der Außenministerin (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Bundesaußenministerin Sophie Marquardt bricht am Mittwoch zu einer dreitägigen Reise nach Israel, in die palästinensischen Gebiete und nach Jordanien auf.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Sie reist damit zum vierten Mal seit ihrem Amtsantritt in die Region, wie das Auswärtige Amt mitteilte.",
        True,
        [("ordinal", 4, None, None)],
        "das Auswärtige Amt",
    ),
    (
        "de",
        "Marquardt sagte vor dem Abflug, Deutschland werde weitere 25 Millionen Euro für die Wasserversorgung im Gazastreifen bereitstellen.",
        True,
        [("money", 25000000, "EUR", None)],
        "Marquardt",
    ),
    ("de", "„Wer Frieden will, muss jetzt den Mut zum nächsten Schritt haben“, sagte Marquardt.", False, [], None),
    ("de", "Marquardt ließ offen, ob sie in Ramallah auch den Palästinenserpräsidenten treffen wird.", False, [], None),
    (
        "de",
        "Seit Oktober 2023 hat Deutschland rund 420 Millionen Euro an humanitärer Hilfe für die Palästinenser geleistet, teilte das Auswärtige Amt mit.",
        True,
        [("year", 2023, None, None), ("money", 420000000, "EUR", "about")],
        "das Auswärtige Amt",
    ),
    # --- Remains of hostages (AP), Thursday ---
    (
        "en",
        "JERUSALEM (AP) — Hamas handed over the remains of four hostages on Thursday, and Israel's forensic institute identified three of them within hours, the prime minister's office said.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The fourth set of remains did not match any of the missing, the office said, calling it a breach of the agreement.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Under the deal, Israel returns the bodies of 15 Palestinians for each dead hostage.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    ("en", 'Hamas said searching the rubble was "like looking for a needle in a sea of ruins."', False, [], None),
    (
        "en",
        "The group said it was still searching for the remains of at least seven hostages buried under collapsed buildings in Gaza City and Khan Younis.",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    # --- Houthis and the Red Sea (Reuters), Thursday, Feb 12 ---
    (
        "en",
        "DUBAI, Feb 12 (Reuters) - Yemen's Houthis said they would halt attacks on commercial shipping in the Red Sea for as long as the Gaza ceasefire holds.",
        True,
        [("date", "--02-12", None, None)],
        None,
    ),
    (
        "en",
        "The group attacked more than 100 merchant ships between November 2023 and the start of the truce, sinking two and seizing one, according to a Reuters tally.",
        True,
        [("count", 100, None, "over"), ("year", 2023, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Canal revenue in January was 41% lower than a year earlier, the Suez Canal Authority said.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    ("en", 'Shipping executives said they remained "deeply sceptical" that the calm would last.', False, [], None),
    # --- Rafah geöffnet (APA/dpa), Donnerstag ---
    (
        "de",
        "Kairo (APA/dpa) - Der Grenzübergang Rafah zwischen Ägypten und dem Gazastreifen ist nach neun Monaten wieder für Reisende geöffnet worden.",
        True,
        [("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Am ersten Tag durften nach ägyptischen Angaben 150 Kranke und Verletzte sowie 120 Begleitpersonen ausreisen.",
        True,
        [("ordinal", 1, None, None), ("count", 150, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Täglich sollen künftig bis zu 300 Menschen den Übergang in beide Richtungen passieren dürfen.",
        True,
        [("count", 300, None, "up_to")],
        None,
    ),
    ("de", "Palästinensische Ärzte sprachen von einer „Geste, die kaum jemandem hilft“.", False, [], None),
    (
        "de",
        "Nach Angaben der Weltgesundheitsorganisation warten mehr als 16.000 Patienten im Gazastreifen auf eine Behandlung im Ausland.",
        True,
        [("count", 16000, None, "over")],
        "die Weltgesundheitsorganisation",
    ),
    # --- General Assembly on UNRWA (Reuters), Friday, Feb 13 ---
    (
        "en",
        "UNITED NATIONS, Feb 13 (Reuters) - The U.N. General Assembly on Friday demanded that Israel lift all restrictions on UNRWA's work, adopting a resolution by 151 votes to 9, with 14 abstentions.",
        True,
        [
            ("date", "--02-13", None, None),
            ("count", 151, None, None),
            ("count", 9, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "The assembly's 193 members also voted 139 to 12 to extend the agency's mandate by three years, to June 2029.",
        True,
        [
            ("count", 193, None, None),
            ("count", 139, None, None),
            ("count", 12, None, None),
            ("duration", 3, "year", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        'Israel\'s ambassador called the vote "a disgrace that rewards an organisation infiltrated by terrorists."',
        False,
        [],
        None,
    ),
    (
        "en",
        "UNRWA says it employs about 12,000 staff in Gaza, of whom more than 380 have been killed during the war.",
        True,
        [("count", 12000, None, "about"), ("count", 380, None, "over")],
        None,
    ),
    # --- UN-Vollversammlung (dpa), Freitag ---
    (
        "de",
        "New York (dpa) - Die UN-Vollversammlung hat Israel mit großer Mehrheit aufgefordert, alle Beschränkungen für das Palästinenserhilfswerk UNRWA aufzuheben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "151 Staaten stimmten für die Resolution, neun dagegen, 14 enthielten sich.",
        True,
        [("count", 151, None, None), ("count", 9, None, None), ("count", 14, None, None)],
        None,
    ),
    ("de", "Deutschland enthielt sich, wie ein Sprecher des Auswärtigen Amts bestätigte.", True, [], None),
    ("de", "Die israelische Regierung nannte das Votum „eine Schande“.", False, [], None),
    # --- Malnutrition and prices (AP), Saturday ---
    (
        "en",
        "GAZA CITY, Gaza Strip (AP) — UNICEF said Saturday that 4,870 children under five had been treated for acute malnutrition in January in Gaza, roughly a fifth fewer than in December.",
        True,
        [("count", 4870, None, None), ("duration", 5, "year", "under"), ("fraction", 0.2, None, "about")],
        "UNICEF",
    ),
    (
        "en",
        "UNICEF spokesperson Adele Morrissey said the agency had brought in 210 truckloads of nutrition supplies since the ceasefire began.",
        True,
        [("count", 210, None, None)],
        "Adele Morrissey",
    ),
    (
        "en",
        '"We have pulled thousands of children back from the brink, but the brink is still there," Morrissey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "One in three pregnant women screened in January was anaemic, the agency said.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "A kilo of flour now costs about 4 shekels in Gaza City markets, down from more than 80 at the height of the shortages, traders said.",
        True,
        [("money", 4, "ILS", "about"), ("money", 80, "ILS", "over")],
        None,
    ),
    # --- Häftlinge (Reuters), Samstag ---
    (
        "de",
        "Ramallah (Reuters) - In israelischen Gefängnissen sitzen nach Angaben der palästinensischen Gefangenenorganisation Addameer derzeit rund 9.400 Palästinenser ein.",
        True,
        [("count", 9400, None, "about")],
        None,
    ),
    (
        "de",
        "Etwa 3.300 von ihnen werden ohne Anklage in sogenannter Verwaltungshaft festgehalten.",
        True,
        [("count", 3300, None, "about")],
        None,
    ),
    ("de", "Die israelische Gefängnisbehörde wollte sich zu den Zahlen nicht äußern.", False, [], None),
    (
        "de",
        "Seit Beginn der Waffenruhe wurden im Rahmen des Abkommens insgesamt 1.823 Häftlinge entlassen, knapp zwei Drittel von ihnen in den Gazastreifen.",
        True,
        [("count", 1823, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    # --- The envoy in Riyadh (Reuters), Saturday, Feb 14 ---
    (
        "en",
        "RIYADH, Feb 14 (Reuters) - U.S. envoy Warren Castellano held two hours of talks with Saudi Arabia's foreign minister on Saturday, the last stop of a six-day tour that also took him to Israel, Egypt, Qatar and Jordan.",
        True,
        [("date", "--02-14", None, None), ("duration", 2, "hour", None), ("duration", 6, "day", None)],
        None,
    ),
    (
        "en",
        "Castellano said Riyadh had agreed to contribute to a fund for Gaza's reconstruction but had not committed to a figure.",
        True,
        [],
        "Castellano",
    ),
    (
        "en",
        '"There is a historic opportunity here, and nobody in this region wants to miss it," Castellano said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Saudi foreign ministry said in a statement that normalisation with Israel remained conditional on a credible path to a Palestinian state.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Saudi Arabia pledged $500 million at the last donor conference for Gaza, in 2024.",
        True,
        [("money", 500000000, "USD", None), ("year", 2024, None, None)],
        None,
    ),
    # --- EU-Mission in Rafah (dpa), Samstag ---
    (
        "de",
        "Brüssel (dpa) - Die EU will ihre zivile Mission am Grenzübergang Rafah um zwölf Monate verlängern und auf bis zu 120 Beamte aufstocken.",
        True,
        [("duration", 12, "month", None), ("count", 120, None, "up_to")],
        None,
    ),
    (
        "de",
        "Derzeit sind dort nach Angaben des Europäischen Auswärtigen Dienstes 68 Polizisten und Zollbeamte aus 14 Mitgliedstaaten im Einsatz.",
        True,
        [("count", 68, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten lägen bei rund 14 Millionen Euro im Jahr, sagte der EU-Sonderbeauftragte für den Nahost-Friedensprozess, Joost Verhaeghe.",
        True,
        [("money", 14000000, "EUR", "about")],
        "Joost Verhaeghe",
    ),
    ("de", "„Europa muss in dieser Region mehr sein als ein Geldgeber“, sagte Verhaeghe.", False, [], None),
    ("de", "Ungarn hatte die Verlängerung zunächst blockiert und dann ohne Begründung eingelenkt.", True, [], None),
    # --- Lebanon-Israel mechanism (Reuters), Sunday, Feb 15 ---
    (
        "en",
        "BEIRUT, Feb 15 (Reuters) - Lebanese and Israeli civilian envoys met for the first time under the ceasefire monitoring mechanism at Naqoura on Sunday, a Lebanese official said.",
        True,
        [("date", "--02-15", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The meeting lasted about four hours and was chaired by a U.S. general, with French and U.N. officials present, the official said.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "en",
        'Hezbollah\'s leader said the talks were "a trap" meant to drag Lebanon into normalisation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Information Minister Paul Khoury said the cabinet had given the army until the end of March to finish disarming armed groups south of the Litani.",
        True,
        [],
        "Paul Khoury",
    ),
    # --- Israel-Syria talks (Reuters), Monday, Feb 16 ---
    (
        "en",
        "PARIS, Feb 16 (Reuters) - Israeli and Syrian officials held a fourth round of U.S.-brokered security talks in Paris on Monday, focused on a demilitarised zone in southern Syria, a Syrian source said.",
        True,
        [("date", "--02-16", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Israel wants a demilitarised strip reaching about 40 km into Syrian territory, while Damascus has offered 15 km, two people familiar with the negotiations said.",
        True,
        [("count", 40, None, "about"), ("count", 15, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'A Syrian foreign ministry official described the atmosphere as "serious but far from easy."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Israeli troops have held a strip of Syrian territory of about 460 square km since December 2024.",
        True,
        [("count", 460, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    # --- Geiselangehörige im Kanzleramt (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Angehörige von drei Geiseln mit deutscher Staatsangehörigkeit sind am Montag im Kanzleramt empfangen worden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesregierung befinden sich noch zwei Deutsche unter den Geiseln im Gazastreifen, darunter ein Mann, der für tot erklärt wurde.",
        True,
        [("count", 2, None, None)],
        "die Bundesregierung",
    ),
    (
        "de",
        "„Wir zählen nicht mehr die Tage, wir zählen nur noch die Stunden“, sagte die Schwester einer Geisel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Regierungssprecher Tobias Hainbach sagte, der Kanzler habe seit Oktober 2023 mehr als 40 Mal mit Angehörigen gesprochen.",
        True,
        [("year", 2023, None, None), ("count", 40, None, "over")],
        "Tobias Hainbach",
    ),
    # --- Truce violations (Reuters), Tuesday, Feb 17 ---
    (
        "en",
        "GAZA, Feb 17 (Reuters) - Israel and Hamas accused each other on Tuesday of violating the ceasefire after Israeli fire killed six Palestinians near the yellow line in northern Gaza, medics said.",
        True,
        [("date", "--02-17", None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        'The Israeli military said its troops had opened fire on "terrorists" who approached them and posed a threat.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Hamas said Israel had committed more than 1,200 violations since the truce began, killing 412 people.",
        True,
        [("count", 1200, None, "over"), ("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "Israel says 21 of its soldiers have been wounded by militant fire in the same period.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    ("en", "Neither side's version could be confirmed by Reuters on its own.", False, [], None),
    (
        "en",
        "The Israeli military said it had struck 35 Hamas targets over two days in response.",
        True,
        [("count", 35, None, None), ("duration", 2, "day", None)],
        None,
    ),
    # --- EU money for the Palestinian Authority (Reuters), Tuesday, Feb 17 ---
    (
        "en",
        "BRUSSELS, Feb 17 (Reuters) - The European Union will give the Palestinian Authority 1.6 billion euros over three years in exchange for reforms including an overhaul of payments to prisoners' families, the European Commission said.",
        True,
        [("date", "--02-17", None, None), ("money", 1600000000, "EUR", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The first tranche of 400 million euros is due in April.",
        True,
        [("ordinal", 1, None, None), ("money", 400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        'An EU official said the package showed Europe was "putting its money where its mouth is."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Palestinian Finance Minister Omar Barakat said the authority had paid only 60% of public sector salaries for 14 months.",
        True,
        [("percent", 60, "%", None), ("duration", 14, "month", None)],
        "Omar Barakat",
    ),
    # --- Tote im Norden (APA/AFP), Dienstag ---
    (
        "de",
        "Gaza (APA/AFP) - Bei israelischem Beschuss im Norden des Gazastreifens sind nach Angaben von Sanitätern sechs Palästinenser getötet worden.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die von der Hamas kontrollierte Zivilschutzbehörde sprach von mehr als 1.200 Verstößen Israels gegen die Waffenruhe.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "de",
        "Israel wirft der Hamas vor, die sterblichen Überreste von Geiseln absichtlich zurückzuhalten.",
        True,
        [],
        None,
    ),
    ("de", "„Die Waffenruhe existiert nur auf dem Papier“, sagte ein Bewohner von Dschabalija.", False, [], None),
    # --- British aid (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - Britain will provide a further £35 million in humanitarian aid to Gaza, including funding for 14 field clinics, the Foreign Office said.",
        True,
        [("money", 35000000, "GBP", None), ("count", 14, None, None)],
        "the Foreign Office",
    ),
    (
        "en",
        "Foreign Secretary Harriet Colbourne said the money would also pay for 60,000 winter tents and blankets for 200,000 people.",
        True,
        [("count", 60000, None, None), ("count", 200000, None, None)],
        "Harriet Colbourne",
    ),
    (
        "en",
        '"The ceasefire must become the foundation of a lasting peace, not a pause before the next war," Colbourne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "UK aid to the Occupied Palestinian Territories has totalled more than £230 million since October 2023, according to government figures.",
        True,
        [("money", 230000000, "GBP", "over"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "About 40% of the new money will go through U.N. agencies and the rest through British charities, officials said.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    # --- Stabilisierungstruppe (dpa), Dienstag ---
    (
        "de",
        "Jerusalem (dpa) - Für die geplante internationale Stabilisierungstruppe im Gazastreifen haben nach israelischen Angaben bislang vier Staaten feste Zusagen gemacht.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Indonesien allein wolle bis zu 8.000 Soldaten entsenden, Aserbaidschan und Pakistan jeweils rund 1.500, hieß es aus Diplomatenkreisen.",
        True,
        [("count", 8000, None, "up_to"), ("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Truppe soll nach US-Plänen insgesamt rund 20.000 Mann umfassen.",
        True,
        [("count", 20000, None, "about")],
        None,
    ),
    (
        "de",
        "Ob die Soldaten auch gegen bewaffnete Hamas-Kämpfer vorgehen sollen, ist bislang ungeklärt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Einsatz ist zunächst auf zwei Jahre befristet, wie aus dem Entwurf eines Mandats hervorgeht.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Extension agreed (Reuters), Wednesday, Feb 18 ---
    (
        "en",
        "CAIRO, Feb 18 (Reuters) - Israel and Hamas agreed on Wednesday to extend the first phase of the Gaza ceasefire by 30 days, Egypt, Qatar and the United States said in a joint statement.",
        True,
        [("date", "--02-18", None, None), ("ordinal", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Under the extension, Hamas is to free eight living hostages in two batches, and Israel about 600 Palestinian prisoners, the statement said.",
        True,
        [("count", 8, None, None), ("count", 2, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "The final session lasted more than 11 hours, the longest since the truce began, an Egyptian official said.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    ("en", 'The mediators said they remained "fully committed to a lasting end to the war."', False, [], None),
    (
        "en",
        "Talks on the second phase, which would include a full Israeli withdrawal and the disarmament of Hamas, are to start within ten days, according to the statement.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    ("en", '"This is not the end of the road, but it keeps us on it," Fathallah said.', False, [], None),
    # --- Verlängerung (dpa), Mittwoch ---
    (
        "de",
        "Kairo (dpa) - Israel und die Hamas haben sich auf eine Verlängerung der ersten Phase der Waffenruhe um 30 Tage verständigt.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "Die Hamas soll acht lebende Geiseln in zwei Gruppen freilassen, Israel rund 600 palästinensische Häftlinge.",
        True,
        [("count", 8, None, None), ("count", 2, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Die letzte Sitzung hatte nach Angaben eines ägyptischen Regierungsvertreters mehr als elf Stunden gedauert.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    (
        "de",
        "Außenamtssprecher Amr Fathallah sagte, über die zweite Phase solle binnen zehn Tagen verhandelt werden.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        "Amr Fathallah",
    ),
    ("de", "„Die Tür zum Frieden steht einen Spalt weiter offen“, sagte Fathallah.", False, [], None),
    (
        "de",
        "Ob die zweite Phase tatsächlich binnen zehn Tagen beginnt, ist offen.",
        False,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Damit befinden sich nach israelischen Angaben noch 32 Geiseln im Gazastreifen, mehr als die Hälfte von ihnen gilt als tot.",
        True,
        [("count", 32, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Jordan's convoys (AFP), Thursday ---
    (
        "en",
        "AMMAN (AFP) - Jordan's armed forces said they had sent a convoy of 75 trucks carrying 1,400 tonnes of food and medicine into Gaza on Thursday, their 213th since the war began.",
        True,
        [("count", 75, None, None), ("count", 1400, None, None), ("ordinal", 213, None, None)],
        None,
    ),
    (
        "en",
        "Jordan has also carried out more than 120 airdrops over the territory since March 2024, some of them jointly with Germany and France.",
        True,
        [("count", 120, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Jordan\'s foreign minister said the kingdom would "never accept the displacement of Palestinians from their land."',
        False,
        [],
        None,
    ),
    # --- Übergaben des IKRK (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Genf (Keystone-SDA) - Das IKRK hat seit Beginn der Waffenruhe 64 Übergaben von Geiseln, Häftlingen und sterblichen Überresten begleitet.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Dabei seien insgesamt mehr als 2.100 Menschen transportiert worden, sagte IKRK-Sprecherin Camille Rouvière.",
        True,
        [("count", 2100, None, "over")],
        "Camille Rouvière",
    ),
    ("de", "«Jede dieser Übergaben ist ein Balanceakt auf einem sehr schmalen Grat», sagte Rouvière.", False, [], None),
    (
        "de",
        "Zu palästinensischen Häftlingen in israelischen Gefängnissen hat das IKRK nach eigenen Angaben seit Oktober 2023 keinen Zugang mehr.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Hostage rally (Reuters), Thursday, Feb 19 ---
    (
        "en",
        "TEL AVIV, Feb 19 (Reuters) - Tens of thousands of Israelis rallied in Tel Aviv on Thursday night to demand that the government secure the release of all remaining hostages.",
        True,
        [("date", "--02-19", None, None)],
        None,
    ),
    (
        "en",
        "Organisers put the turnout at 150,000, while police put it at about 90,000.",
        True,
        [("count", 150000, None, None), ("count", 90000, None, "about")],
        None,
    ),
    (
        "en",
        '"Every day my son spends in a tunnel is on this government\'s conscience," said Ronit Azoulay, 58.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "The Hostages and Missing Families Forum said 32 hostages remain in Gaza, at least 18 of whom are believed to be dead.",
        True,
        [("count", 32, None, None), ("count", 18, None, "at_least")],
        None,
    ),
    (
        "en",
        "Police said 14 protesters were arrested after blocking a motorway.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Freed hostages in hospital (AP), Thursday ---
    (
        "en",
        "RAMAT GAN, Israel (AP) — Doctors at Sheba Medical Center said Thursday that the three freed hostages had each lost between 12 and 17 kilograms in captivity.",
        True,
        [("count", 3, None, None), ("count", 12, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The youngest of the men, 24-year-old Eyal Peretz, needed surgery on a leg wound that had gone untreated for more than a year, the hospital said.",
        True,
        [("duration", 24, "year", None)],
        None,
    ),
    ("en", '"He is thin, he is tired, but he is laughing again," his mother told Channel 12.', False, [], None),
    # --- Siedlungsbau (dpa), Donnerstag ---
    (
        "de",
        "Jerusalem (dpa) - Israel hat den Bau von 3.400 neuen Wohnungen in Siedlungen im besetzten Westjordanland genehmigt.",
        True,
        [("count", 3400, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Organisation Peace Now leben inzwischen mehr als 510.000 Siedler im Westjordanland, Ost-Jerusalem nicht mitgerechnet.",
        True,
        [("count", 510000, None, "over")],
        None,
    ),
    (
        "de",
        "Das Auswärtige Amt verurteilte die Entscheidung als „weiteres Hindernis auf dem Weg zu einer Zweistaatenlösung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der zuständige Minister sagte, die Regierung wolle die Zahl der Siedler bis 2030 um die Hälfte erhöhen.",
        True,
        [("year", 2030, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    # --- Iran-U.S. talks in Oman (Reuters), Friday, Feb 20 ---
    (
        "en",
        "MUSCAT, Feb 20 (Reuters) - Envoys of Iran and the United States met for a third round of indirect nuclear talks in Oman on Friday, passing messages through Omani mediators for about five hours, Iran's foreign ministry said.",
        True,
        [("date", "--02-20", None, None), ("ordinal", 3, None, None), ("duration", 5, "hour", "about")],
        None,
    ),
    (
        "en",
        "Iran's foreign ministry spokesman, Hamid Rezvani, said Tehran was ready to cap uranium enrichment at 3.67% for an initial period of three years.",
        True,
        [("percent", 3.67, "%", None), ("duration", 3, "year", None)],
        "Hamid Rezvani",
    ),
    ("en", 'Rezvani said Washington must first prove its "seriousness and good faith."', False, [], None),
    (
        "en",
        "A U.S. official said both sides planned to meet again in Rome within two weeks.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Whether Israel would accept any deal that leaves Iran able to enrich remains an open question.",
        False,
        [],
        None,
    ),
    # --- Atomgespräche in Oman (Reuters), Freitag ---
    (
        "de",
        "Maskat (Reuters) - Iranische und amerikanische Unterhändler haben in Oman eine dritte Runde indirekter Atomgespräche beendet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Teheran sei bereit, die Anreicherung für zunächst drei Jahre auf 3,67 Prozent zu begrenzen, sagte Außenamtssprecher Hamid Resvani.",
        True,
        [("duration", 3, "year", None), ("percent", 3.67, "%", None)],
        "Hamid Resvani",
    ),
    ("de", "„Die Amerikaner müssen zuerst beweisen, dass sie es ernst meinen“, sagte Resvani.", False, [], None),
    # --- Fuel and hospitals (AP), Friday ---
    (
        "en",
        "DEIR AL-BALAH, Gaza Strip (AP) — About 210,000 litres of fuel a day are entering Gaza, less than half of what hospitals, bakeries and water plants need, the U.N. said.",
        True,
        [("count", 210000, None, "about"), ("fraction", 0.5, None, "under")],
        "the U.N.",
    ),
    (
        "en",
        "The director of Al-Shifa Hospital said its generators had run for only six hours a day last week.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    ("en", '"We are working with what a hospital in any other country would call nothing," he said.', False, [], None),
]
