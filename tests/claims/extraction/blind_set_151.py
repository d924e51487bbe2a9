"""Hundred-and-fifty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, places of minor note and
figures are made up (Brigitte Hallwirth, Ewald Hinterleitner, Sandra Ebenführer, Gernot
Kriechbaum, Jörg Wendelmuth, Henrike Oltmanns, Dietmar Kröncke, Urs Gwerder, Fabienne
Rüegsegger, Lorena Casutt, Herbert Gsellmann, Frederik Alsleben, Annegret Pfisterer, Malte
Hesselbarth, Elisabeth Wimmersberger, Lukas Gmünder, Konrad Brettschneider, Monika
Affolter-Suter, Florian Drechsler, Bernhard Zangerl, Pirmin Schnyder, the
Brückensanierungsgesetz, the Kinderzulage initiative; Rachel Ormsby, Giles Patterson, Diane
Wexcombe, Marcus Trelawney, Imogen Lathbury, Dale Harwick, Renee Okafor, Norah Castellane,
Cathal Breheny, Aoife Mulqueen, Oliver Pennock, Glenn Marchbanks, Declan Morrissey, Patricia
Vandermeer, Elaine Rourke, Harlan Voss, the Local Transport Bill); ministers, speakers,
leaders and office holders of real places appear under made-up names that stand for no real
holder, or by their role only ("Tirols Landeshauptmann", "der ÖVP-Generalsekretär", "der
AfD-Fraktionschef", "der FPÖ-Chef", "der Kanzler", "the Chancellor", "the Taoiseach", "the
Senate majority leader", "the president", "the governor", "Scotland's finance secretary",
"the party's leader"). Real bodies, parties, places and titles ("ÖVP", "SPÖ", "NEOS", "FPÖ",
"Grüne", "KPÖ", "Liste Fritz", "Seniorenrat", "Ministerrat", "Nationalrat", "Rechnungshof",
"Landesrechnungshof", "WKStA", "Unique research", „profil“, "Kanzleramt", "Bundestag",
"Bundesrat", "CDU", "CSU", "SPD", "AfD", "Linke", "BSW", "FDP", "Union", "Forsa", "RTL",
"ntv", "Sondervermögen", "Koalitionsausschuss", "Bundesanstalt für Straßenwesen", "Bundesamt
für Wirtschaft und Ausfuhrkontrolle", "Bundesamt für Migration und Flüchtlinge", "Bamf",
"Bundespolizei", "Pro Asyl", "Haushaltsausschuss", "Landtag", "Freistaat", "Ständerat",
"Bundeskanzlei", "SRG", "gfs.bern", "SP", "Mitte", "GLP", "Staatskanzlei", "Regierungsrat",
"Wien", "Graz", "Innsbruck", "Hannover", "Dresden", "Bern", "Zürich"; "House of Commons"
by its members, "Labour", "Conservatives", "Liberal Democrats", "Reform UK", "Greens",
"Green Party of England and Wales", "SNP", "Scottish Labour", "Scottish Government",
"Holyrood", "Office for Budget Responsibility", "Office for National Statistics",
"Resolution Foundation", "Treasury", "Downing Street", "YouGov", "The Times", "Survation",
"Sunderland City Council", "Hendon", "U.S. House of Representatives", "Senate", "White
House", "Congress", "Reuters/Ipsos", "The Associated Press", "Maryland's House of
Delegates", "Census Bureau", "Georgia's State Election Board", "Sinn Fein", "Fianna Fail",
"Fine Gael", "Irish Times/Ipsos B&A", "Department of Finance", "Department of Housing",
"Dail" by its TDs, "Brighton", "Leeds", "Baltimore") stand for the way wire copy names them;
every rate, tally, vote, sum, share, date and quote here is invented, and where a real
figure came to mind it was changed.

Its weight: DOMESTIC POLITICS ON AN ORDINARY DAY as the German- and English-language
services file it - one Wednesday in mid-November, 32 short stories in story order, each told
as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, follow-ups): coalition disputes, bills and votes, ministers' statements, opposition
replies, polls, party conferences and resignations. Half German (APA, dpa, Keystone-SDA,
Reuters German, AFP German; Austrian "Pensionisten", "Klubchefin", "Landesrat",
"Klubobmann", "Ministerrat", German "Koalitionsausschuss", "Bereinigungssitzung",
"Fraktionsvize", Swiss "Entscheid", "Motionär", "Ratslinke", "innert", "liess", "112'430",
«» quotes, German „“ quotes): Austria's coalition quarrel over the pension rise, the
Bundestag's bridge law after a six-hour coalition committee, a Forsa poll, the Swiss army's
spending frame, a popular initiative handed in, a Styrian minister resigning amid an
inquiry, a CDU state party conference, a coalition row over heat-pump grants, Austria's
party-funding reform, a Swiss referendum poll, Saxony's double budget, an Austrian poll for
„profil“, a Zurich government member stepping down, falling asylum applications, a failed
no-confidence motion in Tyrol and the Ständerat rejecting a pay cap. Half English (Reuters,
AP, PA): a Commons rebellion on a transport bill, the Chancellor's budget signals and the
shadow chancellor's reply, a YouGov poll, a House defense spending vote, a Maryland rent
cap, an Irish confidence vote and poll, the Greens' conference, a junior minister's
resignation, a congressman's retirement, a Reuters/Ipsos poll, Irish corporation tax, a
council by-election, an ambassador confirmed, a Scottish tax freeze, an Irish voting-age
referendum and a Georgia hand-count rule. Figures as such copy has them: number words and
compounds ("sechsstündigen", "zum zweiten Mal", "der dritte Rücktritt", "zweimal",
"Zwölf-Punkte-Plan", "in zweiter Lesung", "at its second reading", "the fifth minister",
"the 31st House member", "a 14-hour session", "the three-day conference", "a 9-point lead"),
shares in words ("gut ein Viertel", "knapp ein Drittel", "jede achte", "Two-thirds",
"Nearly half", "1 in 3"), tallies and definite groups ("402 Parlamentarier, 187 ..., 23",
"mit 118 zu 71 Stimmen bei 6 Enthaltungen", "274 der 300 Delegierten", "13 der 36
Abgeordneten", "by 341 votes to 189", "216-212", "91-44", "3-2"), poll shares with the unit
written once, moves in points and margins of error, hedges and ranges, ages and spans,
money in euros, francs, pounds and dollars, years, dates with and without a year, and Swiss
apostrophes. Negatives as such copy has them: ministers', leaders' and opposition speakers'
quotes of verdict, feeling and resolve, labels and accusations without facts ("Pensionsraub
auf offener Bühne", "Schuldenmacherei durch die Hintertür", "a power grab dressed up as
reform", "a culture of sleaze"), slogans from the conference floor, appeals that name no
measure, a protestation of innocence and the presumption of innocence, hopes, warnings and
forecasts without a figure, open questions and a party spokesman's brush-off - one of them
carrying a figure, labelled.

238 rows (120 German, 118 English), 57 negatives (28 German, 29 English), 181 check-worthy
rows of which 23 carry no figure (13 German, 10 English), 287 expected quantities (74
counts, 71 percentages - 59 in %, 12 in percentage points -, 32 amounts of money - 17 EUR, 6
GBP, 5 USD, 4 CHF -, 30 years, 30 durations - 13 in years, 9 in months, 3 in hours, 3 in
days, 2 in weeks -, 28 dates, 16 ordinals, 6 fractions; 1 of them in one negative, as the
seventeenth batch labels a figure in a negative), 35 checked speakers (18 German, 17
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, slogan or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, eighteenth, ninety-eighth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first, hundred-forty-eighth); a
  quoted or reported statement of fact or figure is check-worthy with its speaker. The
  pairs from one speaker: „Ein Prozentpunkt mehr kostet das Budget rund 700 Millionen Euro“
  -> "Hinterleitner" (a quoted figure, hundred-forty-eighth: „Wir senken das Defizit ... auf
  3,9 Prozent ...“); Wendelmuth's 400 bridges a year beside „Jede gesperrte Brücke ist ein
  Mahnmal ...“; Gwerder's one percent of GDP beside «Sicherheit gibt es nicht zum
  Nulltarif»; Hesselbarth's 60 percent beside „Wer jetzt bei der Wärmewende spart, zahlt
  später doppelt“ ("doppelt" no figure, hundred-nineteenth and hundred-thirty-third: "fast
  verdoppelt"); Drechsler's causal claim beside „Die Wende in der Migrationspolitik ist
  geschafft“; Ormsby's 8% beside "the boldest shake-up of our buses in a generation" (a
  superlative of quality, hundred-twenty-fourth); Trelawney's borrowing beside "This
  government has lost control ..."; Lathbury's record share beside "Voters are not so much
  choosing Reform ..."; Harwick's schedule beside his "deliver under pressure";
  Castellane's 27% beside her "Families should not have to choose ..."; Mulqueen's rents
  beside "This minister has failed a whole generation"; Morrissey's receipts beside "We
  cannot build a budget on windfalls ...". Konjunktiv I paraphrases of a figure are
  check-worthy with the speaker their attribution gives (Ebenführer, Gwerder, Pfisterer,
  Hesselbarth, Wimmersberger, Brettschneider; hundred-forty-eighth).
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to hundred-forty-eighth):
  a bill passed, a party's vote for or against ("Die AfD stimmte dem Gesetz zu, die Linke
  lehnte es ab."), a compromise tabled, a resignation and its grounds, a successor's
  election fixed, a no-confidence motion failed and its stated grounds, a government
  rejecting an initiative, a motion passed earlier, a candidacy announced, a poll lead
  widening, the House sending a bill to the Senate, the White House's position, a referral
  to the standards adviser, a successor to be named, a legal challenge announced
  (hundred-forty-eighth: steps announced), a rule blocked by a judge, a constitutional rule
  and Treasury sources' ruling-out (a position, ninety-eighth). New: "A similar rule adopted
  last year was blocked by a state judge." is check-worthy with no figure - "last year" is
  none (hundred-forty-eighth: "im vergangenen Jahr").
- Forecasts, plans and positions with a figure are check-worthy (seventh, eightieth,
  hundred-nineteenth, hundred-twenty-fourth, hundred-forty-eighth): Hallwirth's 2.7 percent
  plan and Hinterleitner's 2.2 percent counter-offer, the bridge law's aims, the CDU's
  1,500 extra police posts, the heat-pump grant cut from 1 March 2026, the OBR "expected to
  cut its productivity forecast by around 0.3 percentage points", the Resolution
  Foundation's estimate, the cost of the Georgia pilot, the SNP needing "at least one other
  party", scheduled sittings and votes ("am 19. November", "am 28. November", "ab dem 1.
  Dezember", "Committee stage is due to begin on Nov 25.", "The final vote is scheduled for
  February 24."; sixty-fifth, hundred-forty-eighth). Forecasts, warnings and outlooks
  without a figure are negatives ("Beobachter rechnen mit ...", "Ob das Tempo reicht, ...
  ist offen.", "Ob die Zahlen im Winter weiter sinken, ... ungewiss.", "Fiscal watchdogs
  warned ...", "Landlord groups said the cap would choke off new construction ...", "Whether
  the Chancellor can avoid ...", "Whether the slide will cost ..."; forty-seventh,
  hundred-nineteenth, hundred-forty-eighth), as is a political scientist's forecast «...
  kann kaum noch gewinnen» and the Senate majority leader's hope for a vote "within weeks"
  (hundred-twenty-fourth: hopes). A goal shouted to a party conference („Wir wollen 2027 die
  stärkste Kraft im Landtag werden“) is a negative with its year labelled
  (hundred-forty-eighth: a hope with its figures labelled; seventeenth: a figure in a
  negative). New: "The governor has not said whether he will sign the bill." is a negative
  - an open question as "It was not immediately clear whether ..." (hundred-forty-eighth),
  unlike a buyer "not identified", a statement of record.
- Other negatives (ninety-eighth to hundred-forty-eighth): labels of parties, groups and
  politicians ("Die FPÖ sprach von ...", "Die KPÖ sprach von ...", "Die SPD nannte ...",
  "Pro Asyl nannte ...", "SP-Nationalrätin ... nannte ...", "Meinungsforscher ... sprach von
  ...", "Transparenzorganisationen sprachen von ...", "Scottish Labour said the plans were
  ...", "Democratic Senator Elaine Rourke called the pick ..."); accusations without facts
  ("warf der Regierung vor, den Naturschutz „im Schnellverfahren abzuräumen“", "warf der
  Minderheitsregierung „Schuldenmacherei ...“ vor", "demanded a full inquiry into what they
  called "a culture of sleaze""; eighty-fourth: blame without a checkable claim); appeals
  naming no measure ("Die Grünen forderten die Koalition auf, „endlich Verantwortung ...“",
  "Business groups urged the Chancellor to "think twice" ..."; hundred-thirty-eighth); a
  protestation in a resignation statement and a resignation letter's "an honest mistake"
  (hundred-sixteenth, hundred-forty-eighth); "Es gilt die Unschuldsvermutung." (fifty-fifth);
  brush-offs ("„Umfragen sind keine Wahlergebnisse“, hieß es aus dem Kanzleramt.", "A Labour
  spokesperson said the only poll that mattered was the one on polling day.", "A government
  source said ministers were "relaxed" ...", "The Taoiseach said the coalition would "stay
  the course" ..."); opposition welcome with a jab ("... but said it came "years too
  late.""); and slogans of thanks and resolve («Es war mir eine Ehre ...», "It's time for a
  new generation to carry the torch", "We are not a protest party any more ...", "The people
  of Sunderland have sent a message ...", "This is about restoring trust"). New: "House
  Democratic leader Renee Okafor called the bill "a blank check for contractors" and said it
  cut $4.6 billion from veterans' health programs." is check-worthy - a label paired with a
  checkable figure, as the hundred-forty-eighth's IG Metall label with its plan - and its
  speaker is left None, "called ... and said" being a form no batch settled.
- Counts (every batch): tallies ("Für den Entwurf votierten 402 Parlamentarier, 187 lehnten
  ihn ab, 23 enthielten sich der Stimme", "mit 118 zu 71 Stimmen bei 6 Enthaltungen", "mit
  24 zu 19 Stimmen bei 2 Enthaltungen", "by 341 votes to 189", "by 88 votes to 71", "by
  1,912 to 604"; sixty-fifth, hundred-forty-eighth), hyphenated tallies ("by a vote of
  216-212", "passed 91-44", "voted 3-2", "by a vote of 52-46" two counts each; the
  eleventh-to-hundredth batches' "in a 5-4 vote", "by a 6-3 vote"), definite groups ("274
  der 300 Delegierten", "13 der 36 Abgeordneten", "51 der 120 Sitze", "Four Republicans
  joined 208 Democrats ..., while three Democrats", "four backing the government and six",
  "Of those, 18 are Republicans and 13 are Democrats"; forty-first, hundred-forty-eighth),
  "a rebellion by 37 Labour members of parliament", "aller fünf Fraktionen" 5, "zweimal" 2
  (the issue's "viermal"), "einen Zwölf-Punkte-Plan" 12 (hundred-forty-eighth:
  "Sieben-Punkte-Plan"), "mindestens 400 Brücken" "at_least" with "jährlich" none, "jeweils
  3 Prozent" ("jeweils" no hedge, settled), "in all 650 constituencies", "its two sovereign
  funds" 2, "Two Republicans" 2, "in 12 counties", "Nötig sind 100'000 Unterschriften" and
  "112'430 gültigen Unterschriften" (Swiss apostrophe, tenth), "rund 2,5 Millionen
  Menschen" 2500000 (the issue's "etwa 2,4 Millionen Einwohner"), "darunter 610
  Asylsuchende" ("darunter" no hedge, as "davon"), "just 10 multinational companies"
  ("just" no hedge as "nur"). New: "the support of at least one other party" is count 1
  "at_least" - "one" here counts parties against a hedge, unlike an article ("ein
  weiteres", "je einen Elternteil" none, hundred-forty-eighth). None: "Local Transport
  Bill", "RTL/ntv", "Reuters/Ipsos", "Irish Times/Ipsos B&A", "schwarz-rote", "Hendon
  ward", "monatelangem", "jahrzehntelanges", "a last-minute concession", "a simple
  majority".
- Ordinals and fractions (the issue; every batch): "zum zweiten Mal binnen einer Woche" 2
  ("binnen einer Woche" none, an article, hundred-forty-eighth: "binnen eines Monats"),
  "der dritte Rücktritt", "der zweite Misstrauensantrag", "in zweiter Lesung" 2 and "at its
  second reading" 2 (sixty-fifth), "the second since Labour returned to power", "the fifth
  minister", "the 31st House member", "the 11th seat", "the third confidence motion",
  "came second ..., trailed in fourth" 2 and 4 (hundred-thirty-third: "finished third"),
  "for a third consecutive year" 3, "for the first time" 1 (settled: "fell below 50% ... for
  the first time"), "binnen der ersten zehn Monate" ordinal 1 with 10 months (eightieth,
  hundred-fourth: "in den ersten neun Monaten"). Fractions: "gut ein Viertel der
  Bevölkerung" 0.25 "over" (hundred-forty-eighth: "Gut ein Drittel" "over"), "knapp ein
  Drittel des Gesamthaushalts" 0.3333 "nearly", "etwa jede achte Autobahnbrücke" 0.125
  "about" (the issue's "jeder vierte"), "Two-thirds of the rebels" 0.6667, "Nearly half of
  the total" 0.5 "nearly" (hundred-forty-eighth: "half of whom"), "About 1 in 3 Maryland
  households" 0.3333 "about" (settled: "4 in 10" 0.4, "1 in 6" 0.1667).
- Percentages: poll shares with the unit written once ("die SPD bei 14, die Grünen bei 12
  und die Linke bei 11 Prozent", "die SPÖ bei 18, die Grünen bei 10 und die NEOS bei 9
  Prozent"; seventy-sixth), the moves in points ("einen Punkt weniger" 1 pp, "ein Plus von
  zwei Prozentpunkten" 2 pp, "Labour fell two points" 2 pp, "down four points from June" 4
  pp - a poll's points are percentage points, twenty-seventh, hundred-forty-eighth), "Ein
  Prozentpunkt mehr" 1 pp, margins of error ("plus/minus 2,5 Prozentpunkten" 2.5 pp with no
  hedge - settled: "plus/minus 3,4 Prozentpunkten" -, "mit 3,4 Prozentpunkten", "bei 2,6
  Prozentpunkten", "about 2 percentage points" "about"), "by 41 percentage points" 41 pp,
  "by around 0.3 percentage points" "about", "mit 91,3 Prozent der Stimmen", "bis zu 70
  Prozent" "up_to", "mindestens 60 Prozent" "at_least", "Some 61%" "about" (settled: "Some
  68%"), "Only 18%" and "Nur 21 Prozent" with no hedge. New: "a 9-point lead" is percent 9
  pp - a poll's points are percentage points (twenty-seventh) also when the figure heads a
  hyphenated compound, as the issue's "28-Punkte-Entwurf" keeps its figure. New: "über der
  Inflationsrate von 2,7 Prozent" carries no hedge - "über" governs the rate, not the
  figure, which the noun separates from it.
- Durations and ages (the issue; every batch): "nach einer sechsstündigen Sitzung" 6 hours
  (the issue's "fünfstündigen"), "gut sieben Stunden" 7 hours "over", "a 14-hour session",
  "the three-day conference" 3 days, "The six-day poll" 6 days, "nach nur elf Monaten" ("nur"
  no hedge), "innert 18 Monaten" (ninety-ninth: "innert 60 Tagen"), "rund zwei Monate"
  "about", "innerhalb von zwei Wochen" (no hedge), "drei Monate", "Gut sechs Wochen" "over",
  "vor zwei Jahren", "um bis zu zwei Jahre" "up_to", "within three years", "within 12
  months", "for two more years" ("more" after the figure no hedge), "for 22 years", "for 16
  months", "for seven months", "in at least 40 years" "at_least", "up to five days"
  "up_to", "more than 15 years old" "over". Ages are durations in years ("Die 61-Jährige",
  "Pennock, 44,", "Vandermeer, 58,", "16- and 17-year-olds" both; hundred-twentieth,
  hundred-forty-eighth). New: "lowering the voting age to 16" is duration 16 year - a
  voting age is an age, as the hundred-thirty-eighth's retirement age "auf 64 Jahre", also
  when the unit is left unwritten. None: "im kommenden Jahr", "im vergangenen Jahr", "this
  year", "next year's midterms", "last week", "last month", "this cycle", "on Tuesday
  night", "past midnight", "a year", "a month" and "pro Jahr" after money, "jährlich",
  weekdays, months ("seit Mai", "im August", "im Juni", "gegenüber Oktober", "in October",
  "from June", "since September", "since May", "in January", "between January and
  September", "in the January-to-October period" - hundred-forty-eighth: "in the
  June-to-August period" -, "in the October budget"), "Wintersession" and "Legislaturperiode".
- Money in the currency written (every batch): EUR ("von bis zu 2.500 Euro brutto"
  "up_to", "67,50 Euro", "rund 1,9 Milliarden Euro", "rund 700 Millionen Euro", "insgesamt
  21,5 Milliarden Euro" - "insgesamt" no hedge -, "rund 340.000 Euro", "rund 3,8 Milliarden
  Euro", "Spenden über 2.500 Euro" "over", "bei 3.500 Euro", "bis zu 50.000 Euro" "up_to",
  "47,6 Milliarden Euro", "14,2 Milliarden Euro", "zusätzlichen 95 Millionen Euro", "um rund
  1,2 Millionen Euro unter dem Schätzwert" "about" - "unter dem" after the figure no hedge,
  hundred-first -, "2,500 euros a month", "28.6 billion euros", "2.1 billion euros"), CHF
  ("27,4 Milliarden Franken", "um 1,5 Milliarden Franken", "1 Million Franken pro Jahr",
  "rund 1,04 Millionen Franken"), GBP ("at least 1.2 billion pounds a year" "at_least",
  "22 billion pounds", "104.3 billion pounds", "about 8 billion pounds", "about 180,000
  pounds", "assets above 10 million pounds" "over" - forty-seventh: "above" "over"), USD
  ("an $892 billion defense spending bill", "$38 billion", "$4.6 billion", "more than $2
  million" "over", "an estimated $1.7 million" "about" - hundredth: "an estimated").
- Years and dates: "für 2026", "bis 2032", "für die Jahre 2026 bis 2029" both, "bis 2030",
  "seit 2015", "zwischen 2021 und 2023" both, "2027", "im Haushalt 2026", "2024", "für 2025
  und 2026" both, "bis Ende 2026", "seit der Wahl 2022", "per Ende März 2026" its year only
  (hundred-forty-eighth: "bis Ende 2029", "im Sommer 2026"), "by 2028", "in July 2024",
  "since the 2024 election", "in 2010", "since 2020", "by 2030", "until 2029", "in 2026",
  "in the 2024 cycle", "since it was created in 2004", "in the 2026 midterms", "in a 2020
  audit"; "ab dem 1. März 2026" the full date 2026-03-01 ("ab" no hedge,
  hundred-forty-eighth), "am 19. November" --11-19, "für den 25. November" --11-25, "am 28.
  November" --11-28, "ab dem 1. Dezember" --12-01, "vom 4. bis 10. November" two dates,
  "zwischen dem 27. Oktober und dem 5. November" two dates, "am 30. November" --11-30, "für
  den 10. Dezember" --12-10, "am 14. Juni" --06-14, "am 27. November" --11-27, "on November
  25" and "on Nov 25" --11-25, "on Nov 9 and Nov 10" two dates, "until Jan 23" --01-23, "on
  Nov 18" --11-18, "for February 24" --02-24 (dates without a year); Reuters datelines with
  a day ("LONDON, Nov 12 (Reuters)" three times, "WASHINGTON, Nov 12 (Reuters)" three times,
  "DUBLIN, Nov 12 (Reuters)" twice; hundred-fifteenth) --11-12; APA, dpa, Keystone-SDA,
  Reuters German, AFP German, AP ("ANNAPOLIS, Md. (AP) —"), PA and the undated "DUBLIN
  (Reuters) -" datelines none (seventy-ninth). New: "voraussichtlich" before a date is no
  hedge - it makes the date provisional, it does not bound the figure.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Around", "Some", "an estimated" "about"; "knapp", "Nearly" "nearly"; "über", "gut",
  "Gut", "more than", "above" "over"; "mindestens", "at least" "at_least"; "bis zu", "up
  to" "up_to". No hedge: "nur", "Nur", "Only", "just", "insgesamt", "jeweils", "darunter",
  "bereits", "derzeit", "unverändert", "ab", "voraussichtlich", "innerhalb von", "innert",
  "within", "plus/minus", "um" before a difference, "more" after a figure, "unter dem
  Schätzwert" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("NEOS-Klubchefin", "Verkehrsminister", "SPD-Fraktionsvize",
  "Rechnungshofpräsidentin", "Finanzminister", "Innenminister"; thirteenth, forty-second,
  hundred-twentieth, hundred-forty-eighth) and the surname as written ("sagte
  Hinterleitner nach dem Ministerrat", "Gwerder sagte", "sagte Pfisterer der
  Nachrichtenagentur Reuters" - settled: "sagte Finanzchefin Daniela Wrede der
  Nachrichtenagentur Reuters"), "teilte das Sozialministerium mit" and "teilte die
  Landesregierung mit" (hundred-thirty-third), "wie die Bundeskanzlei mitteilte", "wie die
  Staatskanzlei am Mittwoch mitteilte" and "wie das Bundesamt für Migration und
  Flüchtlinge (Bamf) am Mittwoch mitteilte" (the abbreviation in brackets and the weekday
  dropped, eighty-fifth, ninety-second), "Nach Angaben der Bundesanstalt für
  Straßenwesen", "nach Angaben des Bundesamts für Wirtschaft und Ausfuhrkontrolle", "Nach
  Angaben der WKStA" and "Nach Angaben der Bundespolizei" the source in the nominative
  (seventieth, hundred-seventeenth, hundred-forty-eighth). English: "Transport Secretary
  Rachel Ormsby said", "Chancellor Diane Wexcombe said", "Shadow chancellor Marcus
  Trelawney said", "Polling analyst Imogen Lathbury said", "Delegate Norah Castellane said",
  "Housing Minister Cathal Breheny said", "Sinn Fein housing spokesperson Aoife Mulqueen
  said" and "Irish Finance Minister Declan Morrissey said on Wednesday" the name with the
  office dropped (fifteenth, hundred-eighteenth, hundred-forty-eighth), "Harwick said" and
  "YouGov said" as written (hundred-seventeenth; settled: "YouGov said"), "Downing Street
  said" as written (settled), "Sunderland City Council said" as written, "the White House
  said" and "the Department of Finance said" with the article (eightieth), "according to
  the Georgia secretary of state's office" -> "the Georgia secretary of state's office"
  (the issue: "according to the ministry"), "the party said on Wednesday" -> "the party"
  (the body named in full before and taken up by its common noun, hundred-twenty-third:
  "the regulator"; hundred-forty-eighth: "the patrol"). Left unchecked (None): "verwies
  darauf" (hundred-thirty-eighth), "Das Komitee verwies darauf", "laut einer Umfrage",
  "laut einer Erhebung" and "Laut einem Gutachten" (documents and polls), "Treasury
  sources said", "organisers said", "County election officials said", "Voting rights
  groups said" (plural groups, forty-first), "a government spokesperson said" and "A Labour
  spokesperson said" (a role without a name, hundred-fifteenth), "The party's leader told
  delegates", "the Department of Housing estimated" and "The Resolution Foundation think
  tank estimated" (estimating verbs, hundred-tenth), "according to a tally by The
  Associated Press", "according to Census Bureau data", "according to Senate records",
  "campaign finance records show" and "a ... poll ... showed" (data and documents),
  "Rep. Glenn Marchbanks, a Texas Republican who ..., said" (an apposition between name and
  verb, no batch settled), "called ... and said" (above), rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_151 = [
    # --- Koalition streitet über Pensionserhöhung (APA) ---
    (
        "de",
        "Wien (APA) - In der Regierung aus ÖVP, SPÖ und NEOS ist am Mittwoch ein offener Streit über die Pensionserhöhung für 2026 ausgebrochen.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Sozialministerin Brigitte Hallwirth (SPÖ) will Pensionen von bis zu 2.500 Euro brutto um 2,7 Prozent anheben, höhere Pensionen nur um einen Fixbetrag von 67,50 Euro.",
        True,
        [("money", 2500, "EUR", "up_to"), ("percent", 2.7, "%", None), ("money", 67.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das würde den Bund im kommenden Jahr rund 1,9 Milliarden Euro kosten, teilte das Sozialministerium mit.",
        True,
        [("money", 1900000000, "EUR", "about")],
        "das Sozialministerium",
    ),
    (
        "de",
        "Finanzminister Ewald Hinterleitner (ÖVP) pocht dagegen auf eine einheitliche Erhöhung um 2,2 Prozent für alle Pensionen.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Ein Prozentpunkt mehr kostet das Budget rund 700 Millionen Euro“, sagte Hinterleitner nach dem Ministerrat.",
        True,
        [("percent", 1, "pp", None), ("money", 700000000, "EUR", "about")],
        "Hinterleitner",
    ),
    (
        "de",
        "„Wir lassen uns von niemandem vorschreiben, wie viel Respekt die ältere Generation verdient“, konterte Hallwirth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "NEOS-Klubchefin Sandra Ebenführer sagte, ihre Partei werde keiner Erhöhung zustimmen, die über der Inflationsrate von 2,7 Prozent liege.",
        True,
        [("percent", 2.7, "%", None)],
        "Sandra Ebenführer",
    ),
    (
        "de",
        "Der Ministerrat vertagte die Entscheidung damit zum zweiten Mal binnen einer Woche.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Die Gespräche sollen am 19. November fortgesetzt werden.", True, [("date", "--11-19", None, None)], None),
    ("de", "Die FPÖ sprach von einem „Pensionsraub auf offener Bühne“.", False, [], None),
    (
        "de",
        "FPÖ-Sozialsprecher Gernot Kriechbaum verwies darauf, dass die Teuerung für Pensionistenhaushalte zuletzt bei 3,4 Prozent gelegen sei.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Grünen forderten die Koalition auf, „endlich Verantwortung für die Älteren zu übernehmen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 2,5 Millionen Menschen beziehen in Österreich eine Pension, das ist gut ein Viertel der Bevölkerung.",
        True,
        [("count", 2500000, None, "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Der Seniorenrat kündigte für den 25. November eine Kundgebung vor dem Parlament an.",
        True,
        [("date", "--11-25", None, None)],
        None,
    ),
    # --- Bundestag beschließt Brückengesetz (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach monatelangem Streit in der Koalition hat der Bundestag am Mittwoch das Brückensanierungsgesetz beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Entwurf votierten 402 Parlamentarier, 187 lehnten ihn ab, 23 enthielten sich der Stimme.",
        True,
        [("count", 402, None, None), ("count", 187, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz soll die Genehmigung für rund 4.000 marode Autobahnbrücken um bis zu zwei Jahre beschleunigen.",
        True,
        [("count", 4000, None, "about"), ("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Verkehrsminister Jörg Wendelmuth (CDU) sagte, bis 2032 sollten jährlich mindestens 400 Brücken modernisiert werden.",
        True,
        [("year", 2032, None, None), ("count", 400, None, "at_least")],
        "Jörg Wendelmuth",
    ),
    (
        "de",
        "Dafür stehen aus dem Sondervermögen für Infrastruktur insgesamt 21,5 Milliarden Euro bereit.",
        True,
        [("money", 21500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Jede gesperrte Brücke ist ein Mahnmal für jahrzehntelanges Wegschauen“, sagte Wendelmuth im Plenum.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SPD-Fraktion hatte zunächst auf einer Umweltprüfung für alle Vorhaben bestanden und lenkte erst nach einer sechsstündigen Sitzung des Koalitionsausschusses ein.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    (
        "de",
        "Grünen-Fraktionsvize Henrike Oltmanns warf der Regierung vor, den Naturschutz „im Schnellverfahren abzuräumen“.",
        False,
        [],
        None,
    ),
    ("de", "Die AfD stimmte dem Gesetz zu, die Linke lehnte es ab.", True, [], None),
    (
        "de",
        "Der Bundesrat muss noch zustimmen, er tritt das nächste Mal am 28. November zusammen.",
        True,
        [("date", "--11-28", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesanstalt für Straßenwesen gilt derzeit etwa jede achte Autobahnbrücke als dringend sanierungsbedürftig.",
        True,
        [("fraction", 0.125, None, "about")],
        "die Bundesanstalt für Straßenwesen",
    ),
    ("de", "Ob das Tempo reicht, um weitere Sperrungen zu verhindern, ist offen.", False, [], None),
    # --- Forsa-Trendbarometer (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Union kommt im neuen Trendbarometer von Forsa für RTL und ntv auf 25 Prozent, einen Punkt weniger als in der Vorwoche.",
        True,
        [("percent", 25, "%", None), ("percent", 1, "pp", None)],
        None,
    ),
    (
        "de",
        "Die AfD liegt unverändert bei 26 Prozent, die SPD bei 14, die Grünen bei 12 und die Linke bei 11 Prozent.",
        True,
        [
            ("percent", 26, "%", None),
            ("percent", 14, "%", None),
            ("percent", 12, "%", None),
            ("percent", 11, "%", None),
        ],
        None,
    ),
    ("de", "BSW und FDP kämen mit jeweils 3 Prozent nicht in den Bundestag.", True, [("percent", 3, "%", None)], None),
    (
        "de",
        "Forsa befragte vom 4. bis 10. November 2.503 Wahlberechtigte, die Fehlertoleranz gibt das Institut mit plus/minus 2,5 Prozentpunkten an.",
        True,
        [
            ("date", "--11-04", None, None),
            ("date", "--11-10", None, None),
            ("count", 2503, None, None),
            ("percent", 2.5, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Nur 21 Prozent der Befragten zeigten sich mit der Arbeit der Bundesregierung zufrieden.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    ("de", "Meinungsforscher Dietmar Kröncke sprach von einer „bleiernen Stimmung im Land“.", False, [], None),
    # --- Nationalrat: Zahlungsrahmen der Armee (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat am Mittwoch den Zahlungsrahmen der Armee für die Jahre 2026 bis 2029 auf 27,4 Milliarden Franken festgelegt.",
        True,
        [("year", 2026, None, None), ("year", 2029, None, None), ("money", 27400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 118 zu 71 Stimmen bei 6 Enthaltungen.",
        True,
        [("count", 118, None, None), ("count", 71, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Ratslinke wollte den Betrag um 1,5 Milliarden Franken kürzen und unterlag.",
        True,
        [("money", 1500000000, "CHF", None)],
        None,
    ),
    ("de", "«Sicherheit gibt es nicht zum Nulltarif», sagte Bundesrat Urs Gwerder im Rat.", False, [], None),
    (
        "de",
        "Gwerder sagte, bis 2030 solle der Anteil der Armeeausgaben am Bruttoinlandprodukt auf 1 Prozent steigen.",
        True,
        [("year", 2030, None, None), ("percent", 1, "%", None)],
        "Gwerder",
    ),
    (
        "de",
        "SP-Nationalrätin Fabienne Rüegsegger nannte den Entscheid «ein Geschenk an die Rüstungslobby».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Als Nächstes ist der Ständerat am Zug, der die Vorlage in der Wintersession ab dem 1. Dezember berät.",
        True,
        [("date", "--12-01", None, None)],
        None,
    ),
    # --- Prämien-Initiative eingereicht (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein überparteiliches Komitee hat am Mittwoch bei der Bundeskanzlei eine Volksinitiative für tiefere Krankenkassenprämien mit 112'430 gültigen Unterschriften eingereicht.",
        True,
        [("count", 112430, None, None)],
        None,
    ),
    (
        "de",
        "Nötig sind 100'000 Unterschriften, die innert 18 Monaten gesammelt werden müssen.",
        True,
        [("count", 100000, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Die Initiative verlangt, dass die Prämienlast eines Haushalts auf 10 Prozent seines verfügbaren Einkommens begrenzt wird.",
        True,
        [("percent", 10, "%", None)],
        None,
    ),
    (
        "de",
        "«Für viele Familien ist die Schmerzgrenze längst überschritten», sagte Komiteepräsidentin Lorena Casutt vor den Medien in Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Komitee verwies darauf, dass die durchschnittliche Prämie seit 2015 um 48 Prozent gestiegen sei.",
        True,
        [("year", 2015, None, None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "de",
        "Die Prüfung der Unterschriften dauert in der Regel rund zwei Monate, wie die Bundeskanzlei mitteilte.",
        True,
        [("duration", 2, "month", "about")],
        "die Bundeskanzlei",
    ),
    ("de", "Der Bundesrat lehnt das Anliegen ab, wie er bereits im August festgehalten hatte.", True, [], None),
    # --- Rücktritt in der Steiermark (APA) ---
    (
        "de",
        "Graz (APA) - Der steirische Verkehrslandesrat Herbert Gsellmann (FPÖ) ist am Mittwoch nach nur elf Monaten im Amt zurückgetreten.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Gsellmann zog damit die Konsequenzen aus Ermittlungen der Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) wegen des Verdachts der Untreue.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der WKStA geht es um Beraterverträge im Wert von rund 340.000 Euro, die zwischen 2021 und 2023 vergeben wurden.",
        True,
        [("money", 340000, "EUR", "about"), ("year", 2021, None, None), ("year", 2023, None, None)],
        "die WKStA",
    ),
    (
        "de",
        "„Ich habe mir nichts vorzuwerfen, gehe aber, um Schaden vom Land abzuwenden“, sagte Gsellmann in einer kurzen Erklärung.",
        False,
        [],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    (
        "de",
        "Die Nachfolge soll am Freitag im Landtag gewählt werden, teilte die Landesregierung mit.",
        True,
        [],
        "die Landesregierung",
    ),
    (
        "de",
        "Es ist bereits der dritte Rücktritt eines Regierungsmitglieds in dieser Legislaturperiode.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die KPÖ sprach von einem „Sittenbild der Landespolitik“.", False, [], None),
    # --- CDU-Landesparteitag in Niedersachsen (dpa) ---
    (
        "de",
        "Hannover (dpa) - Die niedersächsische CDU hat ihren Landesvorsitzenden Frederik Alsleben auf einem Parteitag in Hannover mit 91,3 Prozent der Stimmen im Amt bestätigt.",
        True,
        [("percent", 91.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für ihn stimmten 274 der 300 Delegierten, vor zwei Jahren hatte er noch 96,8 Prozent erhalten.",
        True,
        [
            ("count", 274, None, None),
            ("count", 300, None, None),
            ("duration", 2, "year", None),
            ("percent", 96.8, "%", None),
        ],
        None,
    ),
    (
        "de",
        "„Wir wollen 2027 die stärkste Kraft im Landtag werden“, rief Alsleben den Delegierten zu.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Delegierten beschlossen einen Zwölf-Punkte-Plan für den ländlichen Raum.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Darin fordert die Partei unter anderem 1.500 zusätzliche Stellen bei der Landespolizei.",
        True,
        [("count", 1500, None, None)],
        None,
    ),
    (
        "de",
        "In der jüngsten Umfrage liegt die CDU in Niedersachsen mit 31 Prozent knapp vor der SPD mit 29 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 29, "%", None)],
        None,
    ),
    ("de", "Die SPD nannte den Parteitag eine „Show ohne Substanz“.", False, [], None),
    ("de", "Der Parteitag dauerte gut sieben Stunden.", True, [("duration", 7, "hour", "over")], None),
    # --- Streit über Wärmepumpen-Förderung (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Im Koalitionsstreit über die Förderung von Wärmepumpen hat Wirtschaftsministerin Annegret Pfisterer einen Kompromissvorschlag vorgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach soll der Zuschuss ab dem 1. März 2026 von bisher bis zu 70 Prozent auf 50 Prozent der Kosten sinken.",
        True,
        [("date", "2026-03-01", None, None), ("percent", 70, "%", "up_to"), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Das spare im Haushalt 2026 rund 3,8 Milliarden Euro, sagte Pfisterer der Nachrichtenagentur Reuters.",
        True,
        [("year", 2026, None, None), ("money", 3800000000, "EUR", "about")],
        "Pfisterer",
    ),
    (
        "de",
        "SPD-Fraktionsvize Malte Hesselbarth sagte, seine Fraktion bestehe auf einem Fördersatz von mindestens 60 Prozent.",
        True,
        [("percent", 60, "%", "at_least")],
        "Malte Hesselbarth",
    ),
    ("de", "„Wer jetzt bei der Wärmewende spart, zahlt später doppelt“, sagte Hesselbarth.", False, [], None),
    (
        "de",
        "Im vergangenen Jahr wurden nach Angaben des Bundesamts für Wirtschaft und Ausfuhrkontrolle rund 198.000 Förderanträge für Wärmepumpen gestellt.",
        True,
        [("count", 198000, None, "about")],
        "das Bundesamt für Wirtschaft und Ausfuhrkontrolle",
    ),
    (
        "de",
        "Eine Einigung wird bis zur Bereinigungssitzung des Haushaltsausschusses am 27. November angestrebt.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    ("de", "Beobachter rechnen mit einem weiteren zähen Ringen hinter den Kulissen.", False, [], None),
    # --- Reform der Parteienfinanzierung (APA) ---
    (
        "de",
        "Wien (APA) - Mit den Stimmen aller fünf Fraktionen hat der Nationalrat am Mittwoch eine Reform der Parteienfinanzierung beschlossen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Spenden über 2.500 Euro müssen künftig innerhalb von zwei Wochen dem Rechnungshof gemeldet werden.",
        True,
        [("money", 2500, "EUR", "over"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Bisher lag die Meldegrenze bei 3.500 Euro, die Frist betrug drei Monate.",
        True,
        [("money", 3500, "EUR", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Rechnungshofpräsidentin Elisabeth Wimmersberger sagte, ihr Haus habe 2024 insgesamt 47 Verstöße gegen das Parteiengesetz festgestellt.",
        True,
        [("year", 2024, None, None), ("count", 47, None, None)],
        "Elisabeth Wimmersberger",
    ),
    (
        "de",
        "„Heute ist ein guter Tag für die Transparenz in diesem Land“, sagte der ÖVP-Generalsekretär.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Strafen für verspätete Meldungen werden auf bis zu 50.000 Euro angehoben.",
        True,
        [("money", 50000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Transparenzorganisationen sprachen von einem „Schritt in die richtige Richtung, aber nicht mehr“.",
        False,
        [],
        None,
    ),
    # --- Abstimmungsumfrage der SRG (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Gut sechs Wochen vor der Abstimmung über die Initiative für eine nationale Kinderzulage lehnen laut einer Umfrage im Auftrag der SRG 64 Prozent der Stimmberechtigten die Vorlage ab.",
        True,
        [("duration", 6, "week", "over"), ("percent", 64, "%", None)],
        None,
    ),
    (
        "de",
        "Nur 31 Prozent wollen ein Ja in die Urne legen, 5 Prozent sind noch unentschieden.",
        True,
        [("percent", 31, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Das Forschungsinstitut gfs.bern befragte zwischen dem 27. Oktober und dem 5. November 11'842 Personen.",
        True,
        [("date", "--10-27", None, None), ("date", "--11-05", None, None), ("count", 11842, None, None)],
        None,
    ),
    ("de", "Der Stichprobenfehler liegt bei 2,6 Prozentpunkten.", True, [("percent", 2.6, "pp", None)], None),
    (
        "de",
        "«Eine Initiative, die so früh so deutlich zurückliegt, kann kaum noch gewinnen», sagte Politologe Lukas Gmünder.",
        False,
        [],
        None,
    ),
    ("de", "Abgestimmt wird am 30. November.", True, [("date", "--11-30", None, None)], None),
    # --- Doppelhaushalt in Sachsen (dpa) ---
    (
        "de",
        "Dresden (dpa) - Der sächsische Landtag hat in zweiter Lesung über den Doppelhaushalt für 2025 und 2026 mit einem Volumen von 47,6 Milliarden Euro beraten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("money", 47600000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzminister Konrad Brettschneider (CDU) sagte, die Rücklagen des Freistaats seien bis Ende 2026 fast vollständig aufgebraucht.",
        True,
        [("year", 2026, None, None)],
        "Konrad Brettschneider",
    ),
    (
        "de",
        "Die Ausgaben für Personal steigen demnach um 6,1 Prozent auf 14,2 Milliarden Euro, knapp ein Drittel des Gesamthaushalts.",
        True,
        [("percent", 6.1, "%", None), ("money", 14200000000, "EUR", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der AfD-Fraktionschef warf der Minderheitsregierung „Schuldenmacherei durch die Hintertür“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Koalition aus CDU und SPD verfügt im Landtag über 51 der 120 Sitze und ist auf Stimmen der Opposition angewiesen.",
        True,
        [("count", 51, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Grüne und Linke hatten ihre Zustimmung von zusätzlichen 95 Millionen Euro für Schulsozialarbeit abhängig gemacht.",
        True,
        [("money", 95000000, "EUR", None)],
        None,
    ),
    ("de", "Die Schlussabstimmung ist für den 10. Dezember angesetzt.", True, [("date", "--12-10", None, None)], None),
    # --- Umfrage für das „profil“ (APA) ---
    (
        "de",
        "Wien (APA) - In der Sonntagsfrage baut die FPÖ ihren Vorsprung laut einer Erhebung des Instituts Unique research für das „profil“ weiter aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Freiheitlichen kommen demnach auf 35 Prozent, ein Plus von zwei Prozentpunkten gegenüber Oktober.",
        True,
        [("percent", 35, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Die ÖVP hält bei 20 Prozent, die SPÖ bei 18, die Grünen bei 10 und die NEOS bei 9 Prozent.",
        True,
        [("percent", 20, "%", None), ("percent", 18, "%", None), ("percent", 10, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Könnte man den Kanzler direkt wählen, würden sich 27 Prozent für den FPÖ-Chef entscheiden, 17 Prozent für den Amtsinhaber.",
        True,
        [("percent", 27, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Erhebung wurden 801 Wahlberechtigte online und telefonisch interviewt, die Schwankungsbreite beziffert das Institut mit 3,4 Prozentpunkten.",
        True,
        [("count", 801, None, None), ("percent", 3.4, "pp", None)],
        None,
    ),
    ("de", "„Umfragen sind keine Wahlergebnisse“, hieß es aus dem Kanzleramt.", False, [], None),
    # --- Rücktritt aus dem Zürcher Regierungsrat (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Zürcher Bildungsdirektorin Monika Affolter-Suter tritt per Ende März 2026 aus dem Regierungsrat zurück.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die 61-Jährige gehört der Kantonsregierung seit 2015 an und war zweimal Regierungspräsidentin.",
        True,
        [("duration", 61, "year", None), ("year", 2015, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Sie begründete ihren Schritt mit gesundheitlichen Gründen, wie die Staatskanzlei am Mittwoch mitteilte.",
        True,
        [],
        "die Staatskanzlei",
    ),
    (
        "de",
        "«Es war mir eine Ehre, diesem Kanton zu dienen», liess sich Affolter-Suter in der Mitteilung zitieren.",
        False,
        [],
        None,
    ),
    ("de", "Die Ersatzwahl findet voraussichtlich am 14. Juni statt.", True, [("date", "--06-14", None, None)], None),
    (
        "de",
        "Ihre Partei, die Mitte, will den Sitz verteidigen, die GLP hat bereits eine eigene Kandidatur angekündigt.",
        True,
        [],
        None,
    ),
    # --- Weniger Asylanträge (AFP) ---
    (
        "de",
        "Berlin (AFP) - In Deutschland ist die Zahl der Asylerstanträge binnen der ersten zehn Monate dieses Jahres um 44 Prozent zurückgegangen.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Ende Oktober stellten 86.219 Menschen einen Erstantrag auf Asyl, wie das Bundesamt für Migration und Flüchtlinge (Bamf) am Mittwoch mitteilte.",
        True,
        [("count", 86219, None, None)],
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "de",
        "Innenminister Florian Drechsler (CSU) sagte, die Zurückweisungen an den Grenzen hätten seit Mai wesentlich zu diesem Rückgang beigetragen.",
        True,
        [],
        "Florian Drechsler",
    ),
    ("de", "„Die Wende in der Migrationspolitik ist geschafft“, fügte Drechsler hinzu.", False, [], None),
    ("de", "Pro Asyl nannte die Zurückweisungen „rechtswidrig und unmenschlich“.", False, [], None),
    (
        "de",
        "Nach Angaben der Bundespolizei wurden seit Mai an den deutschen Grenzen rund 11.400 Menschen zurückgewiesen, darunter 610 Asylsuchende.",
        True,
        [("count", 11400, None, "about"), ("count", 610, None, None)],
        "die Bundespolizei",
    ),
    ("de", "Ob die Zahlen im Winter weiter sinken, ist nach Einschätzung von Fachleuten ungewiss.", False, [], None),
    # --- Misstrauensantrag in Tirol gescheitert (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein Misstrauensantrag der Opposition gegen Tirols Landeshauptmann ist am Mittwoch im Landtag gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nur 13 der 36 Abgeordneten stimmten für den Antrag, nötig gewesen wären 19 Stimmen.",
        True,
        [("count", 13, None, None), ("count", 36, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits der zweite Misstrauensantrag gegen die schwarz-rote Landesregierung seit der Wahl 2022.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Die Liste Fritz hatte den Antrag mit dem Verkauf von Landesgrundstücken unter dem Schätzwert begründet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut einem Gutachten des Landesrechnungshofs lag der Verkaufspreis um rund 1,2 Millionen Euro unter dem Schätzwert.",
        True,
        [("money", 1200000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Dieses Theater schadet dem Ansehen des Landtags“, sagte ÖVP-Klubobmann Bernhard Zangerl.",
        False,
        [],
        None,
    ),
    # --- Ständerat gegen Lohndeckel (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat am Mittwoch eine Motion für eine Obergrenze bei Kaderlöhnen bundesnaher Betriebe mit 24 zu 19 Stimmen bei 2 Enthaltungen abgelehnt.",
        True,
        [("count", 24, None, None), ("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Obergrenze hätte bei 1 Million Franken pro Jahr gelegen.",
        True,
        [("money", 1000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der bestbezahlte Kader eines bundesnahen Betriebs verdiente im vergangenen Jahr rund 1,04 Millionen Franken.",
        True,
        [("money", 1040000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Löhne in dieser Höhe versteht in der Bevölkerung niemand», sagte Motionär Pirmin Schnyder.",
        False,
        [],
        None,
    ),
    ("de", "Der Nationalrat hatte die Motion im Juni noch angenommen.", True, [], None),
    # --- Commons backs transport bill despite rebellion (Reuters) ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - British lawmakers on Wednesday approved the government's Local Transport Bill at its second reading by 341 votes to 189, despite a rebellion by 37 Labour members of parliament.",
        True,
        [
            ("date", "--11-12", None, None),
            ("ordinal", 2, None, None),
            ("count", 341, None, None),
            ("count", 189, None, None),
            ("count", 37, None, None),
        ],
        None,
    ),
    (
        "en",
        "The bill would hand elected mayors control over bus franchising in 14 further city regions by 2028.",
        True,
        [("count", 14, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Transport Secretary Rachel Ormsby said the measures would cut average bus journey times by 8% within three years.",
        True,
        [("percent", 8, "%", None), ("duration", 3, "year", None)],
        "Rachel Ormsby",
    ),
    ("en", '"This is the boldest shake-up of our buses in a generation," Ormsby said.', False, [], None),
    (
        "en",
        "Two-thirds of the rebels represent rural or coastal seats, where bus services have been cut hardest.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The rebels want the bill amended to guarantee funding of at least 1.2 billion pounds a year for rural routes.",
        True,
        [("money", 1200000000, "GBP", "at_least")],
        None,
    ),
    (
        "en",
        'Conservative transport spokesman Giles Patterson said the bill was "a power grab dressed up as reform."',
        False,
        [],
        None,
    ),
    ("en", "The Liberal Democrats and Reform UK also voted against the bill.", True, [], None),
    (
        "en",
        "It was the largest Labour rebellion since Labour won power in July 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Ministers had offered a last-minute concession on Tuesday night, promising a review of rural bus funding within 12 months.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    ("en", 'A government source said ministers were "relaxed" about the scale of the revolt.', False, [], None),
    ("en", "Committee stage is due to begin on Nov 25.", True, [("date", "--11-25", None, None)], None),
    # --- Chancellor rules out income tax rise (PA) ---
    (
        "en",
        "LONDON (PA) - The Chancellor has ruled out raising the basic rate of income tax in this month's budget, Treasury sources said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chancellor Diane Wexcombe said the budget on November 25 would include measures to raise 22 billion pounds.",
        True,
        [("date", "--11-25", None, None), ("money", 22000000000, "GBP", None)],
        "Diane Wexcombe",
    ),
    ("en", "The budget will be the second since Labour returned to power.", True, [("ordinal", 2, None, None)], None),
    (
        "en",
        '"I will not gamble with the public finances to buy headlines," Wexcombe told an audience in Leeds.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility is expected to cut its productivity forecast by around 0.3 percentage points.",
        True,
        [("percent", 0.3, "pp", "about")],
        None,
    ),
    (
        "en",
        "Shadow chancellor Marcus Trelawney said borrowing in the first six months of the financial year had reached 104.3 billion pounds.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("money", 104300000000, "GBP", None)],
        "Marcus Trelawney",
    ),
    ("en", '"This government has lost control of the nation\'s finances," Trelawney added.', False, [], None),
    (
        "en",
        "Figures from the Office for National Statistics put public sector net debt at 96.1% of GDP in October.",
        True,
        [("percent", 96.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Resolution Foundation think tank estimated that freezing income tax thresholds for two more years would raise about 8 billion pounds.",
        True,
        [("duration", 2, "year", None), ("money", 8000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Business groups urged the Chancellor to "think twice" before loading more costs onto employers.',
        False,
        [],
        None,
    ),
    ("en", "Whether the Chancellor can avoid breaking Labour's manifesto pledges remains unclear.", False, [], None),
    # --- YouGov poll (Reuters) ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - Reform UK holds a 9-point lead over Labour, a YouGov poll for The Times showed on Wednesday.",
        True,
        [("date", "--11-12", None, None), ("percent", 9, "pp", None)],
        None,
    ),
    (
        "en",
        "Reform was on 29%, Labour on 20%, the Conservatives on 17%, the Greens on 15% and the Liberal Democrats on 14%.",
        True,
        [
            ("percent", 29, "%", None),
            ("percent", 20, "%", None),
            ("percent", 17, "%", None),
            ("percent", 15, "%", None),
            ("percent", 14, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Conservatives' share was unchanged, while Labour fell two points.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        "YouGov said it surveyed 2,214 adults on Nov 9 and Nov 10.",
        True,
        [("count", 2214, None, None), ("date", "--11-09", None, None), ("date", "--11-10", None, None)],
        "YouGov",
    ),
    (
        "en",
        "Only 18% of those polled thought the government was handling the economy well, the lowest share since the 2024 election.",
        True,
        [("percent", 18, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Polling analyst Imogen Lathbury said the Greens' share was their highest in a YouGov poll since the pollster began tracking the party in 2010.",
        True,
        [("year", 2010, None, None)],
        "Imogen Lathbury",
    ),
    ("en", '"Voters are not so much choosing Reform as punishing everyone else," Lathbury said.', False, [], None),
    ("en", "A Labour spokesperson said the only poll that mattered was the one on polling day.", False, [], None),
    # --- House passes defense spending bill (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 12 (Reuters) - The U.S. House of Representatives on Wednesday narrowly passed an $892 billion defense spending bill by a vote of 216-212.",
        True,
        [
            ("date", "--11-12", None, None),
            ("money", 892000000000, "USD", None),
            ("count", 216, None, None),
            ("count", 212, None, None),
        ],
        None,
    ),
    (
        "en",
        "Four Republicans joined 208 Democrats in voting against the measure, while three Democrats voted for it.",
        True,
        [("count", 4, None, None), ("count", 208, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The vote came after a 14-hour session that stretched past midnight.",
        True,
        [("duration", 14, "hour", None)],
        None,
    ),
    (
        "en",
        "The bill includes $38 billion for shipbuilding and a 4.2% pay rise for troops.",
        True,
        [("money", 38000000000, "USD", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        'House Speaker Dale Harwick told reporters the result showed Republicans could "deliver under pressure."',
        False,
        [],
        None,
    ),
    ("en", "Harwick said the House would send the bill to the Senate on Thursday.", True, [], "Harwick"),
    (
        "en",
        'House Democratic leader Renee Okafor called the bill "a blank check for contractors" and said it cut $4.6 billion from veterans\' health programs.',
        True,
        [("money", 4600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Senate needs 60 votes to advance the measure, meaning at least seven Democrats would have to back it.",
        True,
        [("count", 60, None, None), ("count", 7, None, "at_least")],
        None,
    ),
    ("en", 'The Senate majority leader said he hoped for a vote "within weeks."', False, [], None),
    ("en", "The president would sign the bill in its current form, the White House said.", True, [], "the White House"),
    ("en", "Fiscal watchdogs warned the bill would add to the deficit without offsetting cuts.", False, [], None),
    (
        "en",
        "Congress has until Jan 23 to pass full-year funding or face another shutdown.",
        True,
        [("date", "--01-23", None, None)],
        None,
    ),
    # --- Maryland rent cap (AP) ---
    (
        "en",
        "ANNAPOLIS, Md. (AP) — Maryland's House of Delegates on Wednesday approved a bill to cap rent increases at 6% a year in buildings more than 15 years old.",
        True,
        [("percent", 6, "%", None), ("duration", 15, "year", "over")],
        None,
    ),
    (
        "en",
        "The measure passed 91-44 and now heads to the state Senate, where Democrats hold a comfortable majority.",
        True,
        [("count", 91, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "Delegate Norah Castellane said rents in the Baltimore area had risen 27% since 2020.",
        True,
        [("percent", 27, "%", None), ("year", 2020, None, None)],
        "Norah Castellane",
    ),
    ("en", '"Families should not have to choose between rent and groceries," Castellane said.', False, [], None),
    ("en", "Landlord groups said the cap would choke off new construction across the state.", False, [], None),
    ("en", "The governor has not said whether he will sign the bill.", False, [], None),
    (
        "en",
        "About 1 in 3 Maryland households rent their homes, according to Census Bureau data.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    # --- Irish government survives confidence vote (Reuters) ---
    (
        "en",
        "DUBLIN, Nov 12 (Reuters) - Ireland's government on Wednesday survived a Sinn Fein motion of no confidence in its housing minister by 88 votes to 71.",
        True,
        [("date", "--11-12", None, None), ("count", 88, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Cathal Breheny said 33,600 new homes were finished between January and September, 14% more than a year earlier.",
        True,
        [("count", 33600, None, None), ("percent", 14, "%", None)],
        "Cathal Breheny",
    ),
    (
        "en",
        "The government's target is 43,500 homes this year, rising to 58,000 a year by 2030.",
        True,
        [("count", 43500, None, None), ("count", 58000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Sinn Fein housing spokesperson Aoife Mulqueen said average rents in Dublin had passed 2,500 euros a month for the first time.",
        True,
        [("money", 2500, "EUR", None), ("ordinal", 1, None, None)],
        "Aoife Mulqueen",
    ),
    ("en", '"This minister has failed a whole generation," Mulqueen told the chamber.', False, [], None),
    (
        "en",
        "Independent TDs were split, with four backing the government and six voting with the opposition.",
        True,
        [("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "It was the third confidence motion tabled by Sinn Fein since the coalition took office in January.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", 'The Taoiseach said the coalition would "stay the course" on its housing plan.', False, [], None),
    (
        "en",
        "An Irish Times/Ipsos B&A poll published last week put Sinn Fein on 24%, Fianna Fail on 21% and Fine Gael on 17%.",
        True,
        [("percent", 24, "%", None), ("percent", 21, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "Satisfaction with the government stood at 31%, down four points from June.",
        True,
        [("percent", 31, "%", None), ("percent", 4, "pp", None)],
        None,
    ),
    ("en", "The next general election is not due until 2029.", True, [("year", 2029, None, None)], None),
    # --- Green Party conference (PA) ---
    (
        "en",
        "BRIGHTON, England (PA) - Membership of the Green Party of England and Wales has more than doubled to 128,000 since September, the party said on Wednesday.",
        True,
        [("count", 128000, None, None)],
        "the party",
    ),
    (
        "en",
        "Around 3,400 delegates are attending the three-day conference in Brighton, organisers said.",
        True,
        [("count", 3400, None, "about"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The party's leader told delegates the Greens would stand candidates in all 650 constituencies at the next general election.",
        True,
        [("count", 650, None, None)],
        None,
    ),
    (
        "en",
        '"We are not a protest party any more, we are a party of power," the leader said to a standing ovation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delegates voted by 1,912 to 604 to back a wealth tax of 2% on assets above 10 million pounds.",
        True,
        [
            ("count", 1912, None, None),
            ("count", 604, None, None),
            ("percent", 2, "%", None),
            ("money", 10000000, "GBP", "over"),
        ],
        None,
    ),
    ("en", "A Survation poll last month put the Greens on 13%.", True, [("percent", 13, "%", None)], None),
    ("en", "The conference ends on Friday with a speech by the party's deputy leader.", True, [], None),
    # --- Junior health minister resigns (Reuters) ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - British junior health minister Oliver Pennock resigned on Wednesday after a newspaper reported he had failed to declare shares worth about 180,000 pounds in a private clinic group.",
        True,
        [("date", "--11-12", None, None), ("money", 180000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'In his resignation letter, Pennock said he had made "an honest mistake" but did not want to become a distraction.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Downing Street said the minister had referred himself to the independent adviser on ministerial standards last week.",
        True,
        [],
        "Downing Street",
    ),
    (
        "en",
        "Pennock, 44, had been in the post for 16 months.",
        True,
        [("duration", 44, "year", None), ("duration", 16, "month", None)],
        None,
    ),
    ("en", "He is the fifth minister to leave the government this year.", True, [("ordinal", 5, None, None)], None),
    (
        "en",
        'The opposition Conservatives demanded a full inquiry into what they called "a culture of sleaze."',
        False,
        [],
        None,
    ),
    ("en", "His successor will be named on Thursday, a government spokesperson said.", True, [], None),
    # --- Texas congressman to retire (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Rep. Glenn Marchbanks, a Texas Republican who has served in the House for 22 years, said Wednesday he will not seek reelection in 2026.",
        True,
        [("duration", 22, "year", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Marchbanks is the 31st House member to announce a retirement this cycle, according to a tally by The Associated Press.",
        True,
        [("ordinal", 31, None, None)],
        None,
    ),
    (
        "en",
        "Of those, 18 are Republicans and 13 are Democrats.",
        True,
        [("count", 18, None, None), ("count", 13, None, None)],
        None,
    ),
    ("en", '"It\'s time for a new generation to carry the torch," Marchbanks said in a statement.', False, [], None),
    ("en", "Marchbanks won his last race by 41 percentage points.", True, [("percent", 41, "pp", None)], None),
    # --- Reuters/Ipsos poll (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 12 (Reuters) - The president's approval rating slipped to 38%, the lowest of his current term, a Reuters/Ipsos poll completed on Tuesday showed.",
        True,
        [("date", "--11-12", None, None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "The six-day poll surveyed 4,385 U.S. adults nationwide and had a margin of error of about 2 percentage points.",
        True,
        [("duration", 6, "day", None), ("count", 4385, None, None), ("percent", 2, "pp", "about")],
        None,
    ),
    (
        "en",
        "Some 61% of respondents said the country was heading in the wrong direction.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    (
        "en",
        "Among Republicans, 84% approved of the president's performance, compared with 6% of Democrats.",
        True,
        [("percent", 84, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Whether the slide will cost his party control of Congress in next year's midterms is an open question.",
        False,
        [],
        None,
    ),
    # --- Irish corporation tax receipts (Reuters) ---
    (
        "en",
        "DUBLIN, Nov 12 (Reuters) - Irish Finance Minister Declan Morrissey said on Wednesday that corporation tax receipts had reached 28.6 billion euros in the January-to-October period, up 9.4% on a year earlier.",
        True,
        [("date", "--11-12", None, None), ("money", 28600000000, "EUR", None), ("percent", 9.4, "%", None)],
        "Declan Morrissey",
    ),
    (
        "en",
        "Nearly half of the total came from just 10 multinational companies, the Department of Finance said.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 10, None, None)],
        "the Department of Finance",
    ),
    ("en", '"We cannot build a budget on windfalls that could vanish overnight," Morrissey said.', False, [], None),
    (
        "en",
        "The government set aside 2.1 billion euros for its two sovereign funds in the October budget.",
        True,
        [("money", 2100000000, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    # --- Reform wins Sunderland by-election (PA) ---
    (
        "en",
        "LONDON (PA) - Reform UK won a council by-election in Sunderland's Hendon ward on Wednesday night with 1,284 votes, taking the seat from Labour.",
        True,
        [("count", 1284, None, None)],
        None,
    ),
    (
        "en",
        "Labour's candidate came second with 842 votes, while the Conservatives trailed in fourth.",
        True,
        [("ordinal", 2, None, None), ("count", 842, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Turnout was 23.7%, Sunderland City Council said.",
        True,
        [("percent", 23.7, "%", None)],
        "Sunderland City Council",
    ),
    (
        "en",
        "It was the 11th seat Reform has gained from Labour in by-elections since May.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    ("en", "Labour had held the seat since it was created in 2004.", True, [("year", 2004, None, None)], None),
    (
        "en",
        '"The people of Sunderland have sent a message Westminster cannot ignore," the new councillor said.',
        False,
        [],
        None,
    ),
    # --- Senate confirms ambassador (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 12 (Reuters) - The U.S. Senate on Wednesday confirmed Patricia Vandermeer as ambassador to Canada by a vote of 52-46.",
        True,
        [("date", "--11-12", None, None), ("count", 52, None, None), ("count", 46, None, None)],
        None,
    ),
    ("en", "Two Republicans joined Democrats in opposing her nomination.", True, [("count", 2, None, None)], None),
    (
        "en",
        "Vandermeer, 58, a former Ohio state treasurer, raised more than $2 million for Republican candidates in the 2024 cycle, campaign finance records show.",
        True,
        [("duration", 58, "year", None), ("money", 2000000, "USD", "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Democratic Senator Elaine Rourke called the pick "an insult to one of our closest allies."',
        False,
        [],
        None,
    ),
    ("en", "The post had been vacant for seven months.", True, [("duration", 7, "month", None)], None),
    (
        "en",
        "It was the narrowest confirmation margin for an ambassador to Canada in at least 40 years, according to Senate records.",
        True,
        [("duration", 40, "year", "at_least")],
        None,
    ),
    # --- Scottish income tax freeze (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's finance secretary on Wednesday set out plans to freeze the basic rate of income tax at 20% for a third consecutive year.",
        True,
        [("percent", 20, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The freeze would leave 55% of Scottish taxpayers paying less than they would elsewhere in the UK, the Scottish Government said.",
        True,
        [("percent", 55, "%", None)],
        "the Scottish Government",
    ),
    (
        "en",
        "The minority SNP administration needs the support of at least one other party to pass the budget at Holyrood.",
        True,
        [("count", 1, None, "at_least")],
        None,
    ),
    ("en", 'Scottish Labour said the plans were "more of the same from a tired government."', False, [], None),
    (
        "en",
        '"Scotland cannot keep paying for Westminster\'s mistakes," the finance secretary told MSPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Holyrood's finance committee will take evidence from the finance secretary on Nov 18.",
        True,
        [("date", "--11-18", None, None)],
        None,
    ),
    ("en", "The final vote is scheduled for February 24.", True, [("date", "--02-24", None, None)], None),
    # --- Irish voting age referendum (Reuters) ---
    (
        "en",
        "DUBLIN (Reuters) - Ireland's cabinet approved plans on Wednesday for a referendum on lowering the voting age to 16, to be held alongside local elections in 2029.",
        True,
        [("duration", 16, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "About 125,000 16- and 17-year-olds would become eligible to vote, the Department of Housing estimated.",
        True,
        [("count", 125000, None, "about"), ("duration", 16, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    ("en", 'Opposition parties welcomed the move but said it came "years too late."', False, [], None),
    ("en", "A change to the constitution requires a simple majority of votes cast in a referendum.", True, [], None),
    # --- Georgia hand-count pilot (AP) ---
    (
        "en",
        "ATLANTA (AP) — Georgia's State Election Board voted 3-2 on Wednesday to require hand counts of ballots in 12 counties as a pilot in the 2026 midterms.",
        True,
        [("count", 3, None, None), ("count", 2, None, None), ("count", 12, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The pilot would cost an estimated $1.7 million, according to the Georgia secretary of state's office.",
        True,
        [("money", 1700000, "USD", "about")],
        "the Georgia secretary of state's office",
    ),
    (
        "en",
        "County election officials said hand counts in a 2020 audit took up to five days in larger counties.",
        True,
        [("year", 2020, None, None), ("duration", 5, "day", "up_to")],
        None,
    ),
    ("en", '"This is about restoring trust," board member Harlan Voss said.', False, [], None),
    ("en", "Voting rights groups said they would challenge the rule in court.", True, [], None),
    ("en", "A similar rule adopted last year was blocked by a state judge.", True, [], None),
]
