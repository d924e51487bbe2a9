"""Four-hundred-and-fifty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
ministers, secretaries, judges, councillors and association heads of real governments,
courts and bodies appear under made-up names that stand for no real holder
(„Bundesbauministerin Henrike Rautenstrauch“, „Justizministerin Andrea Kogler-Waitz“, „die
Vorsitzende Richterin Gudrun Wellershoff-Tamm“, "Housing Secretary Priya Lakhani-Ward",
"Judge Ellen Marchbanks-Hale", "Lady Carrick-Muir", "Board chair Miriam Castellanos-Roe"); a
lobby's head who appears only in a negative keeps a made-up name as well ("association
president Dale Hornquist", „ÖHGB-Präsident Lukas Eibensteiner-Moll“).

Names: the economists, spokespeople, ministers, judges, councillors, lobby heads and
analysts are invented, and so are the firms among them - Lorna Pettigrew-Shaw, Trevor
Maplethorpe, Ben Twyford-Allen, Lionel Ashcombe, Ellen Marchbanks-Hale, Raymond Tolliver,
Dale Hornquist, Imogen Strathallan, Priya Lakhani-Ward, Rashida Okonkwo-Bell, Miriam
Castellanos-Roe, Lamont Whitlock-Reyes and Harborview Capital, Lady Carrick-Muir, Calum
Drysdale-Finnie, Gareth Pendlebury-Rowe, Carla Brennan-Ives and Pinegate Research, Rhiannon
Beddoes-Clark, the property portal Tenancyline (also "lettings platform Tenancyline") and
the property portal Brickmoor; Wiebke Sandhövel, Heidrun Kollarits, Annina Caflisch-Rüegg,
Holger Brandenstein and the Immobilienportal Quartierra, Gudrun Wellershoff-Tamm, Sabine
Oltmanns-Kehr, Florian Achleitner-Spöck, Jens Overbeck-Lamprecht, Mathias Ruckstuhl-Gadient,
Bettina Schwarzkopf-Ilg and the Kreditvermittler Zinsfinder, Elisabeth Pilsinger-Hauer, Reto
Camenisch-Baur, Katharina Obermüller-Reisch, Gernot Haselböck-Prantl, Lukas
Eibensteiner-Moll, Andrea Kogler-Waitz, Henrike Rautenstrauch; and every unnamed economist,
estate agent, realtor, builder, landlord, tenant organizer, campaigner and consumer
advocate. Real states, bodies, laws, indices, surveys and places (Halifax, Nationwide,
Freddie Mac, the Mortgage Bankers Association, MBA, the Treasury, the Commerce Department,
the Census Bureau, the National Association of Home Builders, the National Association of
Realtors, NAR, the Office for National Statistics, ONS, Generation Rent, the Bank of
England, Bank Rate, the English Housing Survey, the Decent Homes Standard, the 8th U.S.
Circuit Court of Appeals, the Minnesota Multi Housing Association, the National Multifamily
Housing Council, the Rent Guidelines Board, the Court of Session, its Inner House, the
Scottish Association of Landlords, the UK Supreme Court, the Scottish Government, the
First-tier Tribunal for Scotland, MSPs, the Construction Products Association, the business
department, BCIS, RICS, the Local Government Association, Minneapolis, the Twin Cities, the
Sun Belt, Florida, Texas, New York City, the South, the Northeast, Northern Ireland, East
Anglia, England, Wales, Scotland, Edinburgh; Statistisches Bundesamt, Destatis, ZDB,
Bauindustrie, Bundesbank, Bundesanleihen, Bundesgerichtshof, BGH, VIII. Zivilsenat, Köln,
Deutscher Mieterbund, Haus & Grund, Bundesregierung, Bundestag, Bundesrat, Mietpreisbremse,
Justizministerium, AK, Haus- und Grundbesitzerbund, ÖHGB, Mietervereinigung, Statistik
Austria, Bundesinnungsmeister Bau, Verband gemeinnütziger Bauvereinigungen, GBV,
Gemeindewohnungen, Neos, Oberster Gerichtshof, OGH, Bundesamt für Wohnungswesen, BWO,
Mieterinnen- und Mieterverband, MV, Hauseigentümerverband, HEV, Bundesamt für Statistik,
Strukturerhebung, Bundesgericht, Zürcher Obergericht, Schlichtungsbehörden, the Swiss
Bundesrat, Kanton Wallis, Basel-Stadt, Agglomeration Zürich, Kanton Genf, Kanton Glarus,
Bayern, Freistaat, Bauministerium, Landtags-Grüne, Stadt München, Leipzig, Dresden,
Burgenland, Vorarlberg, and the datelines' cities) stand for the way wire copy names them;
every price, rent, rate, index level and move, permit, start, completion, sale, vacancy
rate, ownership rate, waiting list, budget, vote, court sum, forecast, quote and label here
is invented, and where a real figure came to mind (a real Richtwert or its rise, a real
reference rate, a real Swiss vacancy or ownership rate, a real cap on rent rises in Scotland
or a U.S. city, a real lease increase or stabilized-apartment total in New York, a real
Gemeindebau total, a real period for reclaiming rent paid under void index clauses, a real
national price, rent or completion figure) it was changed (the legal rules kept: the Swiss
reference rate's 2.91 percent per quarter point and the 40 percent of inflation landlords
may pass on, the 30 days to challenge an initial Swiss rent, the German index rent's effect
from the month after next).

Its weight: HOUSING, RENTS AND CONSTRUCTION, the sixth round for housing and rents (the
fifty-second batch weighed housing, real estate, construction and mortgages, the
hundred-fifty-seventh housing, rents and real estate, the two-hundred-and-twenty-sixth and
the three-hundred-and-ninetieth housing, rents and construction, the
three-hundred-and-twenty-third housing, rents and mortgages, the
two-hundred-and-sixty-fourth the construction and real estate industry, the
three-hundred-and-fifty-fifth construction, housing starts and building permits and the
two-hundred-and-seventy-seventh opinion versus claim in housing, rents and property copy;
their decisions are kept, those of the three-hundred-and-twenty-third,
three-hundred-and-fifty-fifth and three-hundred-and-ninetieth read closely, and the
three-hundred-and-tenth's court copy settles the file numbers) over one made-up year in
story order, January 8 to December 5, 2031, as 30 short stories with the German and English
ones interleaved by date, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (dpa with "dpa/lby", APA,
Keystone-SDA; Austrian "Richtwertmieten", "Kundmachung", "Mietverhältnisse", "Wohnhaus- und
Siedlungsbau", "Bundesinnungsmeister Bau", "Genossenschaften", "Genossenschaftswohnung",
"Gemeindewohnungen", "Obfrau", "heuer", "Wertsicherungsklausel", "Klagswelle", German
"Baupreisindex", "Rohbauarbeiten", "Ausbauarbeiten", "Angebotsmieten", "Indexmiete",
"Kappungsgrenze", "Bauüberhang", "Sozialbindung", "Warteliste", "Zinsbindung", Swiss
"Referenzzinssatz", "massgebend", "Mietzins", "Mietpartei", "überwälzen",
"Leerwohnungsziffer", "Leerwohnungen", "Wohneigentumsquote", "Tragbarkeit", "Eigenmittel",
"Anfangsmietzins", "gutgeheissen", "innert", "anteilsmässig", "Vernehmlassung", "47'910",
"3'240", «» quotes, German „“ quotes): the Destatis construction price index for new homes,
Austria's Richtwert rise from April, the Swiss reference rate's cut, asking rents in the 14
biggest cities, a BGH ruling on index rents, Statistik Austria's construction cost index,
German completions with the backlog and first-quarter permits, the Swiss home ownership
rate, building-loan rates with ten-year fixes, Austria's non-profit housing associations,
the Swiss vacancy rate, Bavaria's social housing and Munich's waiting list, an OGH ruling on
index clauses, the Bundestag's cap on index rents and a Federal Supreme Court ruling on an
initial rent in Zurich. Half English (Reuters with dated datelines, AP, PA): Halifax in
December and November, U.S. December housing starts and permits, UK private rents from the
ONS, Freddie Mac's mortgage rates with the MBA's applications, an appeals court upholding
the Minneapolis rent cap, Nationwide in April with an asking-price index and Bank of England
approvals, the English Housing Survey's home ownership rates, U.S. existing home sales, New
York's rent-stabilized leases, the Census Bureau's rental vacancy and homeownership rates,
Scotland's rent controls upheld by the Court of Session, UK construction output with a
materials price index and a cost forecast, U.S. new home sales, and social housing waiting
lists and temporary accommodation in England. Speakers as such copy has them: the statistics
offices and agencies with "nach Angaben des/der", "said", "said on Tuesday" and "said on
Thursday that" opening the row; the economists, ministers, judges and lobby heads with the
title before the name („ZDB-Hauptgeschäftsführerin“, „AK-Wohnrechtsexpertin“,
„MV-Präsidentin“, „Quartierra-Geschäftsführer“, „die Vorsitzende Richterin“,
„Bundesinnungsmeister Bau“, „Bauindustrie-Hauptgeschäftsführer“, „HEV-Direktor“,
„Zinsfinder-Vorstand“, „GBV-Obfrau“, „MV-Generalsekretär“, „Sozialreferentin“,
„Mietervereinigungs-Präsident“, „Bundesbauministerin“, "Halifax head of mortgages",
"National Association of Home Builders chief economist", "MBA deputy chief economist",
"Judge", "Nationwide chief economist", "Housing Secretary", "NAR chief economist", "Board
chair", "Housing Minister", "Construction Products Association economics director"), "told
MSPs", "said X, senior economist at ..."; beside them the forms left unchecked (data and
documents, polls, verbs of estimating, expecting and announcing, descriptions before a name,
plural groups, bodies kept unchecked to hold the count near 35, "writing that" and every
"according to"). Figures as such copy has them: prices and rents in pounds, euros, dollars
and francs per month and per square metre („7,25 Euro pro Quadratmeter“, „im Median 23,10
Euro je Quadratmeter“, „8,34 Euro je Quadratmeter inklusive Betriebskosten“, "£1,371 a
month", "£2,690 pcm", "$447,300", „um 610 Franken im Monat“), index changes and levels
(„142,3 Punkten (2021 = 100)“, „131,6 Punkten (Basisjahr 2020)“), mortgage and building-loan
rates with their fixed terms and moves in basis points and percentage points, permits,
starts, completions and sales at annual rates ("an annualized 4.41 million units", "a
seasonally adjusted annual rate of 734,000"), supply in months, backlogs, vacancy and
ownership rates, social housing stocks, waiting lists and budgets, rent caps and rules („um
höchstens 3,5 Prozent pro Jahr“, „von 15 auf 11 Prozent innerhalb von drei Jahren“, "CPI
plus 1.5%, with an upper limit of 5.5%", "a 3.5% limit", "2.5% on one-year leases and 4% on
two-year leases"), court file numbers („(Az. VIII ZR 146/30)“, „(2 Ob 118/30v)“, „(Urteil
4A_291/2031)“), votes and panels ("Two of the three judges", "5-4", „372 Abgeordnete, 281
..., 9“), flats by their rooms and area („3½-Zimmer-Wohnung“, „4½-Zimmer-Wohnung“,
„70-Quadratmeter-Wohnung“), ages ("25 to 34-year-olds", "aged under 35", „Kindern unter 18
Jahren“), fractions („rund jede zweite“, „knapp jede achte“, „rund jede zwanzigste“, „fast
jeder dritte“, „Fast jeder vierte“, "One in four", "a third of councils ... more than a
tenth"), ordinals (quarters, a court's numbered senate, a contract's third year, a streak's
first, a cut's fifth), hedges, ranges, years, the survey and financial years ("2029-30",
"2030-31") and dates. Negatives as such copy has them - 54 rows, none with a figure:
economists', builders', ministers' and lobby heads' rhetoric in quotes, labels („sprach
von“, „nannte“, „bezeichnete ... als“, "called"), verdicts with „hält ... für“, a warning
naming no measure, blame without a figure, market views, a hope joined to an evasion,
forecasts without a figure, advice, an appeal naming no figure, an evasion after a ruling,
open questions and a caution, each near a check-worthy look-alike from the same story (often
the same speaker's figure).

243 rows (121 German, 122 English), 54 negatives (28 German, 26 English), 189 check-worthy
rows of which 10 carry no figure (7 German, 3 English), 370 expected quantities (137
percentages - 134 in "%", 2 in basis points "bp", 1 in percentage points "pp" -, 72 counts,
42 amounts of money - 16 EUR, 16 GBP, 5 CHF, 5 USD -, 39 durations - 22 in years, 16 in
months, 1 in days -, 39 years, 16 fractions, 15 dates, 10 ordinals; none of them in a
negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, market view, forecast without a figure, piece of advice
  or rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-seventh, two-hundred-and-fourth,
  two-hundred-and-twenty-sixth, three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth, three-hundred-and-ninetieth); a quoted or reported
  statement of fact, figure, step, rule, plan, target or forecast with a figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-fifty-seventh,
  three-hundred-and-twenty-third). Pairs from one speaker: Pettigrew-Shaw's eight of 12
  months beside "nobody should mistake this for a boom" and her two-year fix beside "a pause
  for breath"; Sandhövel's 4,650 euros beside „nur noch auf dem Papier“; Maplethorpe's third
  of builders beside "that isn't going away soon" (blame without a figure,
  three-hundred-and-fifty-fifth); Kollarits's 84 euros beside „die nächste Belastung“;
  Twyford-Allen's one in four beside "the emergency it is"; Caflisch-Rüegg's every second
  tenancy beside «nicht nachfragen» and her one in twenty beside «dass sich Widerstand
  lohnt»; Ashcombe's 35 basis points beside "jumping through it"; Brandenstein's third
  beside „einen Aufschlag, den sich viele schlicht nicht mehr leisten können“; Strathallan's
  34 percent beside "kinder for buyers"; Achleitner-Spöck's three months beside „noch gar
  nichts“; Lakhani-Ward's 38,000 buyers beside "the door to ownership"; Overbeck-Lamprecht's
  205,000 flats beside „die Wohnungsnot der nächsten Jahre“ („der nächsten Jahre“ none);
  Ruckstuhl-Gadient's 260,000 francs beside «in weite Ferne»; Okonkwo-Bell's 19 months
  beside "taking the heat out of bidding wars"; Castellanos-Roe's $54,000 beside "probably a
  sign it is about right"; Schwarzkopf-Ilg's 0.3 points beside „wartet am Ende oft zu
  lange“; Whitlock-Reyes's 1% beside "lost a lot of their pricing power"; Pilsinger-Hauer's
  12,800 completions beside „Grund und Boden zu fairen Preisen“; Drysdale-Finnie's 2.1%
  beside "a vindication"; Camenisch-Baur's 4½ rooms beside «Glück und Beziehungen»;
  Pendlebury-Rowe's 18% beside "not going to build faster than they can sell";
  Obermüller-Reisch's third beside „Hinter jedem Eintrag“; Haselböck-Prantl's three years
  beside „eine Ohrfeige“ („jahrelang“ none); Beddoes-Clark's 19,700 homes beside "a system
  in ruins"; Rautenstrauch's 2.8 million households beside „ein Versprechen“. Oltmanns-Kehr,
  Hornquist, Eibensteiner-Moll and Brennan-Ives appear only in negatives (a label, rhetoric,
  a warning naming no measure, a market view).
- Court rulings on rents, the weight's own (hundred-fifty-seventh,
  two-hundred-and-seventy-sixth, three-hundred-and-tenth, three-hundred-and-twenty-third,
  three-hundred-and-sixty-seventh): a ruling, a dissent, the steps of an appeal and an
  announced bill are acts of record and check-worthy with or without a figure - the BGH's
  „nicht rückwirkend für mehrere Jahre“ (none: „mehrere“), the OGH's „für unwirksam
  erklärt“, the Court of Session's ruling, "Judge Raymond Tolliver dissented and would have
  sent the case back ..." (speaker None, "dissented" no verb of saying), "The Minnesota
  Multi Housing Association said it would seek a rehearing ..." (an announced step,
  two-hundred-and-seventy-sixth: "The company said it would appeal"), „Justizministerin
  Andrea Kogler-Waitz kündigte an, bis Jahresende einen Gesetzentwurf ... vorzulegen“
  (speaker None, „kündigte an“ no verb of saying, three-hundred-and-twenty-third; „bis
  Jahresende“ none); the sums, shares and terms a court weighs are quantities as any („rund
  2.300 Euro“ "about", „seit 2027 um insgesamt 14,2 Prozent“ - „insgesamt“ no hedge -, „um
  mehr als 3 Prozent“ "over", „innerhalb der ersten zwei Monate“ ordinal 1 and 2 months -
  three-hundred-and-ninetieth: "in the first five years" -, „3'240 Franken ..., 23 Prozent
  mehr“, „um 610 Franken im Monat“, „nur um 280 Franken“, "the 3.5% limit", "exempts
  buildings completed in the past 20 years" 20 years, "Two of the three judges on an 8th
  U.S. Circuit panel" counts 2 and 3 and ordinal 8 - hundred-forty-first,
  two-hundred-and-thirteenth: "the 9th Circuit" -, "Three judges of the Inner House" 3). A
  court's numbered senate is an ordinal („Der VIII. Zivilsenat“ 8, three-hundred-and-tenth),
  and German and Austrian file numbers carry none („(Az. VIII ZR 146/30)“, „(2 Ob 118/30v)“;
  three-hundred-and-tenth, three-hundred-and-sixty-seventh). New: the Swiss Federal Supreme
  Court's file number „(Urteil 4A_291/2031)“ carries nothing - not the year either: the
  number after the slash is the year of filing written into an identifier, as the „/30“ of
  „VIII ZR 146/30“ and the „/30v“ of „2 Ob 118/30v“ give none, and a year counts only where
  the sentence dates something by it. New: „ab dem übernächsten Monat“ carries no quantity -
  „übernächst“ ("the one after next") is no number word, and a month named without a figure
  gives none (two-hundred-and-fourth: "next September"; three-hundred-and-ninetieth: „im
  Monat“), leaving the rule stated by the presiding judge check-worthy without a figure.
  New: "Writing for the majority, Judge Ellen Marchbanks-Hale said ..." -> "Ellen
  Marchbanks-Hale" - the participle heading the row names the occasion and is dropped as
  „bei der Urteilsverkündung“ and „in einer Rede vor Unternehmern“ are
  (three-hundred-and-twenty-fourth), the title as always; "with Lady Carrick-Muir writing
  that ..." stays unchecked - "writing" in an absolute clause is no finite verb of saying,
  and a form no batch settled is left open (three-hundred-and-twenty-fourth: a national
  adjective before the title). An evasion after a ruling is a negative
  (two-hundred-and-seventy-sixth: "before deciding whether to appeal"): "The Scottish
  Association of Landlords said it was considering whether to take the case to the UK
  Supreme Court."
- Rent caps and tenancy rules told as background or passed into law are check-worthy
  (hundred-fifty-seventh, two-hundred-and-twenty-sixth, three-hundred-and-twenty-third,
  three-hundred-and-ninetieth): the Richtwert rise „mit 1. April um 2,0 Prozent“ (--04-01,
  four-hundred-and-eighteenth: „mit 1. Jänner“; 2.0 the value 2, trailing zeros change no
  value, three-hundred-and-twenty-fourth), „für April 2032 vorgesehen“ the year
  (three-hundred-and-fifty-fifth: „seit Februar 2021“), the Swiss rule „Wessen Miete noch
  auf einem Satz von 1,5 Prozent beruht, kann eine Reduktion von 2,91 Prozent verlangen“ and
  „40 Prozent der seither aufgelaufenen Teuerung“ (hundred-fifty-seventh), „das nächste Mal
  am 2. Juni“ (two-hundred-and-twenty-sixth: „am 2. März publiziert“), the bill „auf 3,5
  Prozent pro Jahr begrenzen“ with no hedge („begrenzen“ as "capped at",
  three-hundred-and-twenty-third) and the law „um höchstens 3,5 Prozent pro Jahr“ "at_most",
  „nach dem 1. Januar 2032“ 2032-01-01 (three-hundred-and-twenty-third: „nach dem 1. Oktober
  2014“), „ab ihrem dritten Laufzeitjahr“ ordinal 3 and no duration (two-hundred-and-fourth:
  „im ersten Jahr“), „von 15 auf 11 Prozent innerhalb von drei Jahren“ 15 and 11 - the unit
  written once serves both, seventy-sixth - and 3 years ("within" no hedge,
  two-hundred-and-forty-fourth), „am 12. Dezember“; "CPI plus 1.5%, with an upper limit of
  5.5%" 1.5 and 5.5 with no hedge ("plus", two-hundred-and-forty-fourth; "with a ceiling of
  5%", three-hundred-and-third), "2.5% on one-year leases and 4% on two-year leases" with 1
  and 2 years (hundred-fifty-seventh, two-hundred-and-seventy-seventh), "on or after Oct. 1"
  --10-01, "The last rent freeze for one-year leases came in 2027." 1 year and the year, the
  landlords' demand "of up to 7.5%" "up_to" (a demand with a figure, speaker None;
  two-hundred-and-fourth), and „innert der gesetzlichen Frist von 30 Tagen“ 30 days
  („innert“ no hedge, two-hundred-and-fourth).
- Prices and rents per area and per period are money in the currency written, the rate words
  none (fifty-second, hundred-fifty-seventh, three-hundred-and-twenty-third,
  three-hundred-and-ninetieth): „7,25 Euro pro Quadratmeter, ... 6,41 Euro und ... 11,06
  Euro“, „im Median 23,10 Euro je Quadratmeter“ („im Median“ no hedge), „gut 1.500 Euro
  Kaltmiete im Monat“ "over", „8,34 Euro je Quadratmeter inklusive Betriebskosten“, „ein
  Quadratmeter Wohnfläche ... rund 4.650 Euro“ (the article none,
  three-hundred-and-fifty-fifth), „rund 84 Euro Mehrkosten im Jahr“ "about", „rund 260'000
  Franken Eigenkapital“ CHF "about", „unter 3'000 Franken“ "under" („unter“ right before the
  figure, three-hundredth), "an average of £1,371 a month" and "£2,287 a month on average"
  (no hedge), "Rents averaged £1,452 ..., £862 ... and £1,074" ("averaged" no hedge,
  three-hundred-and-fifty-fifth), "$54,000 a year", prices ("£301,640 ... £292,210",
  "£291,000", "£281,930", "a record £372,450" - "a record" none -, "£309,870", "$447,300",
  "$401,800"), deposits ("about £55,800 on average" "about"). New: "£2,690 pcm" and "£2,740
  pcm" are 2,690 and 2,740 GBP and "pcm" carries nothing - the letting trade's "per calendar
  month" written short is a rate word as "a month" and „im Monat“ are
  (three-hundred-and-ninetieth), not a unit of its own.
- Index changes and levels (eighty-fifth, two-hundred-and-sixty-fourth,
  three-hundred-and-fifty-fifth, three-hundred-and-ninetieth): changes are percentages as
  written, the comparison tags none („als ein Jahr zuvor“, „Gegenüber August“, „binnen
  Jahresfrist“, „im Jahresabstand“, „Gegenüber März“, „gegenüber dem Vorjahresquartal“, „als
  im Jahr davor“, "on the year", "from a year earlier", "over the year"); levels are counts
  („bei 142,3 Punkten (2021 = 100)“ 142.3 with the year 2021 and count 100 - eighty-fifth,
  three-hundred-and-fifty-fifth: „(2020=100)“ -, „bei 131,6 Punkten (Basisjahr 2020)“ 131.6
  and the year 2020 with no count, as „Seit dem Basisjahr 2021“ gave the year,
  two-hundred-and-sixty-fourth). "dipped 0.3%", "slipped 0.6%", "down 4.5%" and „weniger“
  after a figure give no sign (three-hundred-and-ninetieth: "fell 0.3%").
- Mortgage and building-loan rates (fifty-second, hundred-fifty-seventh,
  three-hundred-and-twenty-third, three-hundred-and-ninetieth): levels in % as written
  ("5.84% ..., down from 5.97%", "5.06% from 5.13%", "6.41%", "4.12% from 3.96%", „auf 3,48
  Prozent, nach 3,29 Prozent“, „durchschnittlich 3,71 Prozent ..., 3,22 Prozent“ -
  „durchschnittlich“ no hedge -, „einem kalkulatorischen Zinssatz von 5 Prozent“), moves in
  basis points „um 19 Basispunkte“ and "about 35 basis points" "bp" and in percentage points
  „um gut 0,3 Prozentpunkte“ "pp" "over"; fixed terms and maturities are durations
  („zehnjähriger Zinsbindung“, „zehnjähriger Bundesanleihen“, „mit 15 Jahren Zinsbindung
  ..., bei fünf Jahren“, "30-year" twice, "15-year", "the 10-year Treasury yield", "two-year
  fixed rate"); „Bei einem Darlehen über 350.000 Euro“ and „Wohnungsbaukredite über 19,4
  Milliarden Euro“ with no hedge („über“ after a noun that governs it,
  hundred-fifty-seventh), „eine um rund 40 Euro höhere Monatsrate“ "about"
  (two-hundred-and-seventy-seventh), "taking out $400,000" and "by roughly $210" "about";
  „binnen eines Monats“ none (an article, three-hundred-and-twenty-third: „Binnen eines
  Jahres“); "in the week ended March 7" --03-07 (hundred-sixty-first,
  two-hundred-and-fortieth); Bank Rate's "fifth reduction since May 2030" ordinal 5 and the
  year (three-hundred-and-ninetieth: "its sixth reduction since August 2024"; "Bank Rate"
  none, three-hundred-and-twenty-fourth); the reference rate „von 1,5 auf 1,25 Prozent“ both
  in % (two-hundred-and-twenty-sixth: „von 1,25 auf 1 Prozent“), „erstmals seit drei Jahren“
  3 years („erstmals“ none; hundred-fifty-seventh: „erstmals seit zwei Jahren“), „per Ende
  Dezember bei 1,37 Prozent“ („per Ende Dezember“ none, three-hundred-and-twenty-fourth:
  „Per Ende Februar“).
- Permits, starts, completions, sales and backlogs are counts, also at annual rates
  (fifty-second, three-hundred-and-twenty-third, three-hundred-and-fifty-fifth,
  three-hundred-and-ninetieth): "1.371 million" 1,371,000, "962,000", "1.402 million",
  "1.298 million", "about 1.33 million" "about", "an annualized 4.41 million units", "4.36
  million", "1.58 million homes", "734,000", "487,000", „218.600“, „183.900 ..., davon knapp
  52.000“ "nearly", „rund 706.000“, „knapp 392.000“, „61.300“, „höchstens 205.000“ "at_most"
  (a forecast with a figure, check-worthy, three-hundred-and-ninetieth), „14.120“
  („insgesamt“ no hedge), „rund 12.800“, "19,700 homes for social rent"; "in buildings with
  at least five units" 5 "at_least" and "in buildings with five or more units" 5 "at_least"
  (three-hundred-and-fifty-fifth); supply in months is a duration ("enough to last 4.3
  months", "8.0 months' supply" 8 months - the trailing zero changes no value,
  two-hundred-and-sixty-fourth -; three-hundred-and-ninetieth), and so are build times („im
  Schnitt 27 Monate, zwei Monate mehr als 2029“), "the lowest in 22 months" 22 months
  (three-hundred-and-ninetieth: "the lowest in seven months") and "for 19 consecutive
  months" 19 months (three-hundred-and-fifty-fifth: "for 22 straight months").
- Vacancy, ownership, social housing and waiting lists (fifty-second, hundred-fifty-seventh,
  two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-fifty-fifth, three-hundred-and-ninetieth): rates are percentages („von
  1,08 auf 0,99 Prozent“, „0,36 Prozent ..., 2,41 Prozent“, „35,2 Prozent“, „34,6 Prozent
  ..., 37,4 Prozent“, „54,9 Prozent ..., 15,1 Prozent“, "7.4% ... from 7.1%", "1.1%", "65.2%
  from 65.6%", "36.8%", "8.9% ... 4.6%", "65.3%", "44%, up from 41%"); vacant flats, stocks,
  waiting lists and households are counts with the Swiss grouping („47'910 leere Wohnungen,
  3'560 weniger“, „rund 3.100 auf knapp 121.000“, „4.470 Mietwohnungen, während 7.560“ -
  „lediglich“ no hedge, three-hundred-and-fifty-fifth -, „rund 24.800 Haushalte“ - „derzeit“
  no hedge -, „183 Genossenschaften ... rund 702.000“, „rund 205.000 Gemeindewohnungen“,
  "About 15.9 million ..., 4.6 million ... and 4.1 million" with the hedge on the first only
  (two-hundred-and-forty-fourth), "Some 1.36 million households" "about" ("Some",
  two-hundred-and-forty-fourth), "142,900", "A record 131,400 households, with 171,800
  children" - "A record" none -, "About 348,000 ... the four designated rent control areas"
  4 (a definite group, forty-first), "2,940 rent increases", "about 512,000 apartments",
  "roughly 960,000 rent-stabilized apartments" "about", "At least 190 U.S. cities"
  "at_least", „bis zu 250.000 Mietverhältnisse“ "up_to", „rund 380.000 Mietverhältnisse“,
  „rund 2,8 Millionen Haushalte“); budgets are money („1,1 Milliarden Euro ..., so viel wie
  nie zuvor“ - the phrase none -, "£2.6 billion ... £2.3 billion", „mehr als 400 Millionen
  Euro“ "over" - the estimating verb's source unchecked -). New: „in den eigenen vier
  Wänden“ carries no count - the idiom names one's own home and counts no walls, as "brick
  by brick" counts no bricks and idioms without a measure give none („Wer auf den perfekten
  Zeitpunkt wartet“ and "off the fence" in negatives; hundred-fifty-seventh: "on a single
  night"), while the year 2000 and the shares in that row are read as written.
- Check-worthy without a figure (hundred-fifty-seventh, two-hundred-and-sixty-fourth,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth,
  three-hundred-and-ninetieth), ten rows: the three rulings and the dissent, the rehearing
  announced, the presiding judge's rule, the Austrian minister's announced bill, the Swiss
  Bundesrat's plan („bis Ende Jahr“ none) and two sources of a statistic („Das geht aus
  einer Auswertung des Immobilienportals Quartierra hervor, ...“, „Das geht aus einer
  Antwort des Bauministeriums auf eine Anfrage der Landtags-Grünen hervor.“;
  three-hundred-and-ninetieth).
- Fractions (the issue; every batch): "about a third of builders" 0.3333 "about", "One in
  four private renters" 0.25 (two-hundred-and-forty-fourth: "One in four mammal species"),
  „rund jede zweite Mietpartei“ 0.5 "about", „fast ein Drittel über dem Niveau von 2026“
  0.3333 "nearly" and the year, „fast jeder dritte neue Mietvertrag“ 0.3333 "nearly", „gut
  die Hälfte“ 0.5 "over", „knapp ein Fünftel mehr“ 0.2 "nearly", „um gut ein Viertel unter“
  0.25 "over", „Fast jeder vierte Haushalt“ 0.25 "nearly", „Nur knapp jede achte“ 0.125
  "nearly" („Nur“ no hedge; two-hundred-and-twenty-sixth: „gut jede achte“), „jeder dritte
  Haushalt“ 0.3333 (the issue's „jeder vierte“), „nur rund jede zwanzigste Mietpartei“ 0.05
  "about" (four places as "one in every 60" 0.0167, three-hundred-and-twenty-third), "about
  half the citywide median" 0.5 "about", "Nearly two-thirds" 0.6667 "nearly", "a third of
  councils" 0.3333 and "more than a tenth of their budgets" 0.1 "over" (hundred-nineteenth:
  "about a tenth").
- Ordinals (the issue; every batch): „im ersten Quartal“ 1 (twice, once with 2031), "in the
  second quarter from 7.1% in the first" 2 and 1 (the English elliptic ordinal,
  three-hundred-and-ninetieth: "from the third"), "the 8th U.S. Circuit" 8, „Der VIII.
  Zivilsenat“ 8, „innerhalb der ersten zwei Monate“ 1, „ab ihrem dritten Laufzeitjahr“ 3,
  "their first month-on-month fall since April" 1 (three-hundred-and-ninetieth: "the first
  monthly drop since April"), "the Bank of England's fifth reduction" 5. None: „Am
  stärksten“, „Teuerste Stadt“, „der niedrigste Wert“, „Am höchsten“, „am tiefsten“, „Am
  knappsten“, „die meisten“, „den tiefsten Wert“, „so viel wie nie zuvor“, "the strongest",
  "the weakest region", "the most expensive region", "the fewest", "the lowest since", "the
  highest share", "the most since", "a record", "First-time buyers" and "first-time buyers"
  (three-hundred-and-twenty-third), "all-cash" and "erstmals". New: "the First-tier Tribunal
  for Scotland" carries no ordinal - "First-tier" is part of a tribunal's name and ranks
  nothing the sentence counts, as "First-time buyers" carries none
  (three-hundred-and-twenty-third) and "First Minister" none
  (three-hundred-and-seventy-sixth).
- Durations and ages (the issue; every batch): "in eight of the past 12 months" count 8 and
  12 months (hundred-tenth: "in 20 of the past 26 months"), "4.6% more than 12 months
  earlier" 12 months and "Twelve months earlier, ..." 12 months
  (three-hundred-and-ninetieth), "in the three months to July ... the previous three months"
  3 months twice (three-hundred-and-fifty-fifth), "in the 12 months to July" and "over the
  past 12 months" 12 months, "in the six months to September" 6 months, "over the next five
  years" 5 years ("over" before a span no hedge), "in the past 20 years" 20 years, „knapp
  drei Monate“ 3 months "nearly" („im Schnitt“, „nur noch“ no hedge), „länger als zwei
  Jahre“ 2 years "over" (hundred-twenty-third, hundred-thirty-first,
  two-hundred-and-seventh: „länger als sechs Wochen“), „rückwirkend für bis zu drei Jahre“ 3
  years "up_to"; ages ("For householders aged under 35" 35 years "under",
  three-hundred-and-ninetieth; „mit Kindern unter 18 Jahren“ 18 years "under",
  three-hundredth: „unter 28 Jahren“). New: "Among 25 to 34-year-olds" gives both ages, 25
  and 34 years - the unit of the hyphened age noun serves the figure before "to" as „Unter
  den 15- bis 24-Jährigen“ gave both (three-hundred-and-fifty-sixth) and "aged 18 to 23"
  gave both (hundred-twenty-second). None: „binnen Jahresfrist“, „im Jahr davor“, „ein Jahr
  zuvor“, „im vergangenen Jahr“, „im Vorjahresquartal“, „im laufenden Jahr“, „in diesem
  Jahr“, „heuer“, „im Jahr“, „im Monat“, „pro Jahr“, „zum Jahresende“, „bis Jahresende“,
  „bis Ende Jahr“, „seit Februar“, „seit Anfang Mai“, „im Herbst“, „jahrelang“, "a year
  earlier", "a decade earlier" (two-hundred-and-forty-fourth: "a decade ago"), "this week",
  "last spring", "since mid-February", "the year to December", "in the year to March", "in
  the year to June", "over the same period", "the previous year", "last month", "a year",
  "since the summer", "for years", "the new year", "the spring budget", "the financial
  year", months and weekdays.
- Years and dates: „seit 2027“, „von 2026“, „2029“, „Seit 2020“ and „Basisjahr 2020“, „Im
  Jahr 2030“ and „2030“ (twice), „seit 2012“, „für 2031“, „Im ersten Quartal 2031“, „Im Jahr
  2000 ..., 2015“, „seit 2013“, „als 2029“ (three times), „April 2032“, "in 2031", "For all
  of 2030", "since 2019" (twice), "since September 2023", "since September 2024" (twice) and
  "since the spring of 2022" and "since November 2029" and "since February 2022" and "since
  May 2030" their years (three-hundred-and-fifty-fifth: "since June 2020"), "in 2029",
  "below their 2022 level", "since 2014", "in 2027", "in 2032", and the survey and financial
  years "in 2029-30" and "in 2030-31" both years (two-hundred-and-twenty-sixth,
  three-hundred-and-twenty-third: "in 2025-26"). Dates: „mit 1. April“ --04-01, „am 2. Juni“
  --06-02, „Zum Stichtag 1. Juni 2031“ 2031-06-01, „nach dem 1. Januar 2032“ 2032-01-01, „am
  12. Dezember“ --12-12, "on or after Oct. 1" --10-01, "in the week ended March 7" --03-07,
  "on June 30" --06-30; Reuters datelines with a day are dates without a year ("LONDON, Jan
  8" --01-08, "WASHINGTON, March 13" --03-13, "LONDON, May 2" --05-02, "WASHINGTON, June 19"
  --06-19, "WASHINGTON, July 29" --07-29, "LONDON, Sept 12" --09-12, "LONDON, Dec 5"
  --12-05; three-hundred-and-twenty-third, three-hundred-and-ninetieth); dpa („Wiesbaden
  (dpa) -“ twice, „Berlin (dpa) -“ twice, „Karlsruhe (dpa) -“, „Frankfurt (dpa) -“, „München
  (dpa/lby) -“), APA („Wien (APA) -“ four times), Keystone-SDA („Grenchen“, „Neuenburg“
  twice, „Lausanne“), PA ("LONDON (PA) -" three times, "EDINBURGH (PA) -") and AP
  ("WASHINGTON (AP) —" twice, "MINNEAPOLIS (AP) —", "NEW YORK (AP) —") datelines none
  (seventy-ninth).
- Money in the currency written (every batch): EUR (the rents and prices above, „rund 2.300
  Euro“, „350.000 Euro“, „rund 40 Euro“, „19,4 Milliarden Euro“ 19,400,000,000, „1,1
  Milliarden Euro“, „mehr als 400 Millionen Euro“), GBP (the prices, rents and deposits
  above, "£2.6 billion", "£2.3 billion"), USD ("$400,000", "roughly $210" "about",
  "$447,300", "$54,000", "$401,800") and CHF („rund 260'000 Franken“, „unter 3'000 Franken“,
  „um 610 Franken im Monat“, „3'240 Franken“, „nur um 280 Franken“ - „nur“ no hedge -; the
  Swiss grouping, tenth).
- Counts otherwise (every batch): definite groups („in den 14 größten deutschen Städten“ 14,
  "Two of the three judges" 2 and 3, "Three judges of the Inner House" 3; forty-first,
  three-hundred-and-ninetieth), votes ("5-4", „372 Abgeordnete, 281 votierten dagegen, 9
  enthielten sich“; three-hundred-and-twenty-third), flats by rooms and area
  („70-Quadratmeter-Wohnung“ 70, „65-Quadratmeter-Wohnung“ 65, „4½-Zimmer-Wohnung“ 4.5 twice
  and „3½-Zimmer-Wohnung“ 3.5 - three-hundred-and-eighth: „4½-Zimmer-Wohnung“;
  two-hundred-and-twenty-sixth: „4,5-Zimmer-Wohnung“). None: „Mehrfamilienhaus“, „Ein- und
  Zweifamilienhäusern“, „Miet- und Eigentumswohnungen“, „mehrerer Banken“, „Mieter und
  Vermieter“, "single-family", "owner-occupied", "in-tenancy", "a single", "many more", "few
  sellers".
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly", "Some"
  "about"; „knapp“, „fast“, „Fast“, "Nearly" "nearly"; „gut“, „mehr als“, „länger als“,
  "more than" "over"; „unter“ right before a figure, "aged under" "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least", "At least" "at_least"; „höchstens“ "at_most". No hedge:
  „im Schnitt“, „durchschnittlich“, „im Median“, „insgesamt“, „inzwischen“, „derzeit“,
  „bereits“, „lediglich“, „nur“, „Nur“, „nur noch“, „noch“, „sogar“, „einschließlich“, „in
  der Regel“ (hundred-seventh, hundred-fifty-first), „über“ after a noun that governs it,
  „begrenzen“, „innert“, „innerhalb von“, "an average of", "on average", "averaged",
  "median", "a record", "plus", "with an upper limit of", "between", "over" before a span,
  „mehr“, „weniger“ and "higher" after a figure, "below their" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „nach Angaben des
  Statistischen Bundesamts“ -> "das Statistische Bundesamt" (the source in the nominative,
  two-hundred-and-fourth, three-hundred-and-twenty-third: „Nach Angaben des
  Justizministeriums“), „Nach Angaben des Bundesamts für Wohnungswesen (BWO)“ -> "das
  Bundesamt für Wohnungswesen" (the nominative, two-hundred-and-forty-fourth: „nach Angaben
  des Bundesamts für Naturschutz“; the abbreviation in brackets dropped,
  two-hundred-and-sixty-fourth, three-hundred-and-ninetieth), „teilte Statistik Austria am
  Mittwoch mit“ -> "Statistik Austria" (three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth); „X sagte, ...“ with the office dropped
  („ZDB-Hauptgeschäftsführerin Wiebke Sandhövel“, „AK-Wohnrechtsexpertin Heidrun Kollarits“,
  „MV-Präsidentin Annina Caflisch-Rüegg“ twice, „Quartierra-Geschäftsführer Holger
  Brandenstein“, „Bundesinnungsmeister Bau Florian Achleitner-Spöck“ - a title of two words
  dropped whole -, „Bauindustrie-Hauptgeschäftsführer Jens Overbeck-Lamprecht“,
  „HEV-Direktor Mathias Ruckstuhl-Gadient“, „Zinsfinder-Vorstand Bettina Schwarzkopf-Ilg“,
  „GBV-Obfrau Elisabeth Pilsinger-Hauer“, „MV-Generalsekretär Reto Camenisch-Baur“,
  „Sozialreferentin Katharina Obermüller-Reisch“, „Mietervereinigungs-Präsident Gernot
  Haselböck-Prantl“, „Bundesbauministerin Henrike Rautenstrauch“; hundred-eightieth,
  three-hundred-and-twenty-third, three-hundred-and-ninetieth) and „sagte die Vorsitzende
  Richterin Gudrun Wellershoff-Tamm bei der Urteilsverkündung“ -> "Gudrun Wellershoff-Tamm"
  (the title and the occasion dropped; two-hundred-and-seventy-sixth: "Presiding judge
  Rutger Kleinveld said"; three-hundred-and-twenty-fourth). English: "the Office for
  National Statistics said" twice, once set between two clauses, with its article
  (three-hundredth, three-hundred-and-ninetieth), "The National Association of Realtors said
  on Thursday that ..." opening the row after the dateline -> "the National Association of
  Realtors" (the article lowered and the weekday dropped, three-hundred-and-twenty-third,
  four-hundred-and-fifty-first), "the Census Bureau said on Tuesday" -> "the Census Bureau"
  (two-hundred-and-twenty-sixth, three-hundred-and-ninetieth); the name with the role
  dropped ("Halifax head of mortgages Lorna Pettigrew-Shaw said" twice, "National
  Association of Home Builders chief economist Trevor Maplethorpe said", "MBA deputy chief
  economist Lionel Ashcombe said", "Judge Ellen Marchbanks-Hale said" after the participle
  (New, above), "Nationwide chief economist Imogen Strathallan said", "Housing Secretary
  Priya Lakhani-Ward said", "NAR chief economist Rashida Okonkwo-Bell said", "Board chair
  Miriam Castellanos-Roe said", "Construction Products Association economics director Gareth
  Pendlebury-Rowe said", "Housing Minister Rhiannon Beddoes-Clark said";
  three-hundred-and-twenty-third, three-hundred-and-ninetieth), "Housing Minister Calum
  Drysdale-Finnie told MSPs that ..." -> "Calum Drysdale-Finnie"
  (three-hundred-and-twenty-third: "told MSPs"), "..., said Ben Twyford-Allen, policy
  manager at campaign group Generation Rent." and "..., said Lamont Whitlock-Reyes, senior
  economist at Harborview Capital." -> the name (the apposition after it dropped,
  three-hundred-and-fifty-sixth, three-hundred-and-ninetieth). Left unchecked (None): all
  negatives, also those with a named speaker; rows without attribution; documents and data
  („das geht aus einer Kundmachung des Justizministeriums hervor“, „wie aus der
  Strukturerhebung des Bundesamts für Statistik hervorgeht“, the two „Das geht aus ...
  hervor“, „nach Daten des Kreditvermittlers Zinsfinder“, „Nach Daten der Bundesbank“,
  "separate ONS figures show", "data from mortgage buyer Freddie Mac showed", "Bank of
  England figures published on Tuesday showed", "Bank of England data showed", "the business
  department's monthly index showed", "official figures show", "The survey found";
  three-hundred-and-twenty-third, three-hundred-and-ninetieth); every "according to" (the
  English Housing Survey, the National Multifamily Housing Council, a Reuters poll, the
  city's housing survey, separate Census data, the National Association of Home Builders,
  lettings platform Tenancyline; two-hundred-and-fourth, three-hundred-and-ninetieth); polls
  ("Economists polled by Reuters" three times; seventy-third); a description before the name
  ("mortgage lender Halifax said" twice, "mortgage lender Nationwide said", "property portal
  Tenancyline said", "property portal Brickmoor said separately"; fortieth,
  three-hundred-and-ninetieth); verbs of estimating, expecting and announcing ("Halifax
  estimated that", "Freddie Mac estimated", "BCIS ... expects", „nach Schätzung der
  Mietervereinigung“, „Der Haus- und Grundbesitzerbund (ÖHGB) schätzt“, „kündigte an“;
  hundred-tenth, three-hundred-and-fifty-fifth), plural groups ("Landlord groups had pushed
  for"; forty-first), "the Scottish Government said" (a form left open,
  two-hundred-and-twenty-sixth, three-hundred-and-twenty-third: "the Government said"),
  "with Lady Carrick-Muir writing that" (New, above), "Judge Raymond Tolliver dissented" (no
  verb of saying); and - forms that could have been checked, left unchecked to keep the
  checked speakers near 35, as the three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth and three-hundred-and-ninetieth batches did - „laut
  Justizministerium“, „nach Angaben des Deutschen Mieterbunds“, „teilte das Statistische
  Bundesamt am Dienstag mit“, „teilte der Verband gemeinnütziger Bauvereinigungen (GBV) am
  Dienstag mit“, "the Commerce Department said Wednesday", "the Mortgage Bankers Association
  said", "the Census Bureau said Friday", "The Minnesota Multi Housing Association said" and
  "The Local Government Association said" (bodies' "said", left unchecked as the
  two-hundred-and-forty-fourth left them).
- Negatives (hundred-fifty-seventh, two-hundred-and-fourth, two-hundred-and-twenty-sixth,
  two-hundred-and-seventy-sixth, three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth, three-hundred-and-ninetieth), none with a figure: quoted
  rhetoric and feeling of economists, builders, ministers and lobby heads (the pairs above;
  "association president Dale Hornquist" on "fair game"); labels („Der Hauseigentümerverband
  nannte die Kritik ... einseitig“, „Der Deutsche Mieterbund sprach von“,
  „Mieterbund-Präsidentin Sabine Oltmanns-Kehr nannte das Urteil“, „Die Neos sprachen von“,
  „Haus & Grund sprach von“, „bezeichnete den Entscheid als“, "Tenant organizers called the
  decision", "Tenant advocates called the vote"); verdicts with „hält ... für“ (the Austrian
  owners' federation on the cap, Haus & Grund on the index rent); a warning naming no
  measure („warnte vor einer „Klagswelle ...““; two-hundred-and-fourth); blame without a
  figure („Die Hauseigentümer machen ... verantwortlich“, "Builders blamed planning delays
  ..."; three-hundred-and-fifty-fifth); market views ("Real estate agents said bidding wars
  had started to return ...", "Some agents said sellers ... were growing more willing to cut
  prices", "Housing charities said the figures masked ..."; three-hundred-and-ninetieth:
  "Realtors said sellers were growing more willing to negotiate"); forecasts without a
  figure ("Analysts said the market was likely to cool again ...", "Estate agents expect few
  sellers ..."); a hope joined to an evasion („Die Branche hofft auf eine Belebung im
  Herbst, eine Prognose wollte der Fachverband aber nicht abgeben.“;
  three-hundred-and-ninetieth: „Makler rechnen mit ..., wollen sich auf eine Prognose aber
  nicht festlegen“); advice („Verbraucherschützer raten, ...“); an appeal naming no figure
  ("Campaigners urged ministers to raise local housing allowance rates in the spring
  budget."; three-hundred-and-twenty-third: "Renters' groups urged the Government to bring
  the ban forward"); the landlords' evasion after the Scottish ruling; open questions („Ob
  die Bauzinsen ... gilt in der Branche als offen“, „Ob der Anteil wieder zunimmt, ist unter
  Ökonomen umstritten“); and a caution ("Economists were wary of drawing conclusions from
  such a volatile monthly series."; four-hundred-and-fifty-first: "Scientists cautioned that
  ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_457 = [
    # --- Halifax house prices in December (Reuters), January 8 ---
    (
        "en",
        "LONDON, Jan 8 (Reuters) - House prices in Britain edged up 0.4% in December, lifting annual growth to 3.2%, mortgage lender Halifax said on Wednesday.",
        True,
        [("date", "--01-08", None, None), ("percent", 0.4, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "The average property cost £301,640 at the end of the year, up from £292,210 a year earlier.",
        True,
        [("money", 301640, "GBP", None), ("money", 292210, "GBP", None)],
        None,
    ),
    (
        "en",
        "Halifax head of mortgages Lorna Pettigrew-Shaw said prices had risen in eight of the past 12 months, helped by a fall in fixed mortgage rates since the summer.",
        True,
        [("count", 8, None, None), ("duration", 12, "month", None)],
        "Lorna Pettigrew-Shaw",
    ),
    (
        "en",
        '"Buyers are coming back with a little more confidence, though nobody should mistake this for a boom," Pettigrew-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Northern Ireland again led the nations and regions with annual growth of 7.1%, while London prices slipped 0.6%.",
        True,
        [("percent", 7.1, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Halifax estimated that first-time buyers were now putting down deposits of about £55,800 on average.",
        True,
        [("money", 55800, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect house prices to rise about 2.5% in 2031.",
        True,
        [("percent", 2.5, "%", "about"), ("year", 2031, None, None)],
        None,
    ),
    # --- Baupreise für Wohngebäude (dpa), 14. Januar ---
    (
        "de",
        "Wiesbaden (dpa) - Bauherren in Deutschland mussten für neue Wohngebäude im November nach Angaben des Statistischen Bundesamts 3,4 Prozent mehr zahlen als ein Jahr zuvor.",
        True,
        [("percent", 3.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Gegenüber August stiegen die Baupreise um 0,7 Prozent.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "de",
        "Rohbauarbeiten verteuerten sich binnen Jahresfrist um 2,6 Prozent, Ausbauarbeiten um 4,1 Prozent.",
        True,
        [("percent", 2.6, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten legten die Preise für Heizungs- und Wärmepumpenanlagen zu, nämlich um 6,8 Prozent.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Baupreisindex für Wohngebäude lag damit bei 142,3 Punkten (2021 = 100).",
        True,
        [("count", 142.3, None, None), ("year", 2021, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "ZDB-Hauptgeschäftsführerin Wiebke Sandhövel sagte, ein Quadratmeter Wohnfläche koste im Mehrfamilienhaus inzwischen rund 4.650 Euro ohne Grundstück.",
        True,
        [("money", 4650, "EUR", "about")],
        "Wiebke Sandhövel",
    ),
    (
        "de",
        "„Zu diesen Preisen entstehen bezahlbare Wohnungen nur noch auf dem Papier“, sagte Sandhövel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Bauzinsen in diesem Jahr weiter nachgeben, gilt in der Branche als offen.",
        False,
        [],
        None,
    ),
    # --- U.S. housing starts in December (AP), January 22 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. builders broke ground on homes at a seasonally adjusted annual rate of 1.371 million in December, up 4.8% from November, the Commerce Department said Wednesday.",
        True,
        [("count", 1371000, None, None), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "Starts of single-family homes rose 2.9% to an annual pace of 962,000, while starts in buildings with at least five units climbed 9.4%.",
        True,
        [
            ("percent", 2.9, "%", None),
            ("count", 962000, None, None),
            ("count", 5, None, "at_least"),
            ("percent", 9.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Permits for future construction slipped 1.7% to a rate of 1.402 million.",
        True,
        [("percent", 1.7, "%", None), ("count", 1402000, None, None)],
        None,
    ),
    (
        "en",
        "Completions fell 6.1% to an annual rate of 1.298 million, the lowest in 22 months.",
        True,
        [("percent", 6.1, "%", None), ("count", 1298000, None, None), ("duration", 22, "month", None)],
        None,
    ),
    (
        "en",
        "For all of 2030, builders started about 1.33 million homes, the fewest since 2019.",
        True,
        [("year", 2030, None, None), ("count", 1330000, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "National Association of Home Builders chief economist Trevor Maplethorpe said about a third of builders cut prices in December, with the average reduction at 5%.",
        True,
        [("fraction", 0.3333, None, "about"), ("percent", 5, "%", None)],
        "Trevor Maplethorpe",
    ),
    (
        "en",
        "\"Builders are still fighting high land costs and a shortage of skilled workers, and that isn't going away soon,\" Maplethorpe said.",
        False,
        [],
        None,
    ),
    # --- Richtwertmieten ab April (APA), 4. Februar ---
    (
        "de",
        "Wien (APA) - Die Richtwertmieten in Österreich steigen mit 1. April um 2,0 Prozent, das geht aus einer Kundmachung des Justizministeriums hervor.",
        True,
        [("date", "--04-01", None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Von der Anhebung sind rund 380.000 Mietverhältnisse im Altbau betroffen.",
        True,
        [("count", 380000, None, "about")],
        None,
    ),
    (
        "de",
        "In Wien liegt der Richtwert künftig bei 7,25 Euro pro Quadratmeter, im Burgenland bei 6,41 Euro und in Vorarlberg bei 11,06 Euro.",
        True,
        [("money", 7.25, "EUR", None), ("money", 6.41, "EUR", None), ("money", 11.06, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ohne die Mietpreisbremse hätte die Erhöhung laut Justizministerium 3,3 Prozent betragen.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "AK-Wohnrechtsexpertin Heidrun Kollarits sagte, für eine 70-Quadratmeter-Wohnung in Wien bedeute das im Schnitt rund 84 Euro Mehrkosten im Jahr.",
        True,
        [("count", 70, None, None), ("money", 84, "EUR", "about")],
        "Heidrun Kollarits",
    ),
    (
        "de",
        "„Für viele Haushalte ist das die nächste Belastung in einer langen Reihe“, sagte Kollarits.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerbund hält die Deckelung für einen Eingriff, der notwendige Sanierungen im Altbau verhindere.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Anpassung der Richtwerte ist für April 2032 vorgesehen.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    # --- UK private rents and house prices (PA), February 19 ---
    (
        "en",
        "LONDON (PA) - Private tenants in the UK were paying an average of £1,371 a month in January, 4.6% more than 12 months earlier, the Office for National Statistics said.",
        True,
        [("money", 1371, "GBP", None), ("percent", 4.6, "%", None), ("duration", 12, "month", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "That was the slowest annual increase since September 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Rents averaged £1,452 in England, £862 in Wales and £1,074 in Scotland.",
        True,
        [("money", 1452, "GBP", None), ("money", 862, "GBP", None), ("money", 1074, "GBP", None)],
        None,
    ),
    (
        "en",
        "London remained the most expensive region, with tenants paying £2,287 a month on average.",
        True,
        [("money", 2287, "GBP", None)],
        None,
    ),
    (
        "en",
        "Advertised rents for new lets in the capital averaged £2,690 pcm in January, property portal Tenancyline said.",
        True,
        [("money", 2690, "GBP", None)],
        None,
    ),
    (
        "en",
        "Average house prices rose 2.8% in the year to December to £291,000, separate ONS figures show.",
        True,
        [("percent", 2.8, "%", None), ("money", 291000, "GBP", None)],
        None,
    ),
    (
        "en",
        "One in four private renters now spends more than 40% of their income on rent, said Ben Twyford-Allen, policy manager at campaign group Generation Rent.",
        True,
        [("fraction", 0.25, None, None), ("percent", 40, "%", "over")],
        "Ben Twyford-Allen",
    ),
    (
        "en",
        '"Renters are being squeezed from every side, and the government has to treat this as the emergency it is," Twyford-Allen said.',
        False,
        [],
        None,
    ),
    # --- Referenzzinssatz sinkt (Keystone-SDA), 3. März ---
    (
        "de",
        "Grenchen (Keystone-SDA) - Nach Angaben des Bundesamts für Wohnungswesen (BWO) sinkt der hypothekarische Referenzzinssatz für Mietverhältnisse erstmals seit drei Jahren, und zwar von 1,5 auf 1,25 Prozent.",
        True,
        [("duration", 3, "year", None), ("percent", 1.5, "%", None), ("percent", 1.25, "%", None)],
        "das Bundesamt für Wohnungswesen",
    ),
    (
        "de",
        "Massgebend ist der Durchschnittszinssatz der inländischen Hypothekarforderungen, der per Ende Dezember bei 1,37 Prozent lag.",
        True,
        [("percent", 1.37, "%", None)],
        None,
    ),
    (
        "de",
        "Wessen Miete noch auf einem Satz von 1,5 Prozent beruht, kann eine Reduktion von 2,91 Prozent verlangen.",
        True,
        [("percent", 1.5, "%", None), ("percent", 2.91, "%", None)],
        None,
    ),
    (
        "de",
        "Vermieter dürfen im Gegenzug 40 Prozent der seither aufgelaufenen Teuerung auf die Mieten überwälzen.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "MV-Präsidentin Annina Caflisch-Rüegg sagte, rund jede zweite Mietpartei habe Anspruch auf eine Reduktion, doch nur eine Minderheit mache diesen geltend.",
        True,
        [("fraction", 0.5, None, "about")],
        "Annina Caflisch-Rüegg",
    ),
    (
        "de",
        "«Viele Vermieter rechnen offenbar damit, dass die Leute nicht nachfragen», sagte Caflisch-Rüegg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hauseigentümerverband nannte die Kritik der Mieterseite einseitig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das BWO publiziert den Referenzzinssatz das nächste Mal am 2. Juni.",
        True,
        [("date", "--06-02", None, None)],
        None,
    ),
    # --- U.S. mortgage rates (Reuters), March 13 ---
    (
        "en",
        "WASHINGTON, March 13 (Reuters) - Rates on 30-year fixed U.S. mortgages dropped to 5.84% this week, down from 5.97% and the lowest since September 2024, data from mortgage buyer Freddie Mac showed on Thursday.",
        True,
        [
            ("date", "--03-13", None, None),
            ("duration", 30, "year", None),
            ("percent", 5.84, "%", None),
            ("percent", 5.97, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The average 15-year rate slipped to 5.06% from 5.13%.",
        True,
        [("duration", 15, "year", None), ("percent", 5.06, "%", None), ("percent", 5.13, "%", None)],
        None,
    ),
    (
        "en",
        "Twelve months earlier, borrowers had faced an average 30-year rate of 6.41%.",
        True,
        [("duration", 12, "month", None), ("duration", 30, "year", None), ("percent", 6.41, "%", None)],
        None,
    ),
    (
        "en",
        "For a borrower taking out $400,000, the decline since last spring trims the monthly payment by roughly $210, Freddie Mac estimated.",
        True,
        [("money", 400000, "USD", None), ("money", 210, "USD", "about")],
        None,
    ),
    (
        "en",
        "Mortgage applications rose 7.2% in the week ended March 7, the Mortgage Bankers Association said, with refinancing applications up 14%.",
        True,
        [("percent", 7.2, "%", None), ("date", "--03-07", None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Refinancing made up 41.3% of all applications, the highest share since the spring of 2022.",
        True,
        [("percent", 41.3, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "MBA deputy chief economist Lionel Ashcombe said the 10-year Treasury yield had fallen about 35 basis points since mid-February.",
        True,
        [("duration", 10, "year", None), ("percent", 35, "bp", "about")],
        "Lionel Ashcombe",
    ),
    (
        "en",
        '"People who bought at the peak are finally getting a window, and they are jumping through it," Ashcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Real estate agents said bidding wars had started to return in some Sun Belt cities.",
        False,
        [],
        None,
    ),
    # --- Angebotsmieten in den Großstädten (dpa), 25. März ---
    (
        "de",
        "Berlin (dpa) - Die Angebotsmieten in den 14 größten deutschen Städten sind im ersten Quartal im Schnitt um 5,3 Prozent gegenüber dem Vorjahresquartal gestiegen.",
        True,
        [("count", 14, None, None), ("ordinal", 1, None, None), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Immobilienportals Quartierra hervor, die am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Teuerste Stadt blieb München, wo inserierte Wohnungen im Median 23,10 Euro je Quadratmeter kosteten; Frankfurt kam auf 18,40 Euro, Berlin auf 17,95 Euro.",
        True,
        [("money", 23.1, "EUR", None), ("money", 18.4, "EUR", None), ("money", 17.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "In Berlin verteuerten sich inserierte Wohnungen binnen Jahresfrist sogar um 8,7 Prozent.",
        True,
        [("percent", 8.7, "%", None)],
        None,
    ),
    (
        "de",
        "Quartierra-Geschäftsführer Holger Brandenstein sagte, in Leipzig und Dresden lägen die Angebotsmieten inzwischen fast ein Drittel über dem Niveau von 2026.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2026, None, None)],
        "Holger Brandenstein",
    ),
    (
        "de",
        "„Wer heute in einer Großstadt umziehen muss, zahlt für denselben Wohnraum einen Aufschlag, den sich viele schlicht nicht mehr leisten können“, sagte Brandenstein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für eine 65-Quadratmeter-Wohnung in München werden damit im Schnitt gut 1.500 Euro Kaltmiete im Monat fällig.",
        True,
        [("count", 65, None, None), ("money", 1500, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Deutsche Mieterbund sprach von „Mieten, die mit Einkommen nichts mehr zu tun haben“.",
        False,
        [],
        None,
    ),
    # --- Minneapolis rent cap upheld on appeal (AP), April 8 ---
    (
        "en",
        "MINNEAPOLIS (AP) — A federal appeals court on Tuesday upheld Minneapolis' cap on annual rent increases, rejecting a challenge by landlords who argued the 3.5% limit amounted to an unconstitutional taking of their property.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "Two of the three judges on an 8th U.S. Circuit panel found that the ordinance still left owners a reasonable return on their buildings.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "The ordinance, approved by voters in 2029 with 53.8% of the vote, covers about 64,000 rental units but exempts buildings completed in the past 20 years.",
        True,
        [
            ("year", 2029, None, None),
            ("percent", 53.8, "%", None),
            ("count", 64000, None, "about"),
            ("duration", 20, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Writing for the majority, Judge Ellen Marchbanks-Hale said rents in covered buildings had still gone up 3.1% a year on average since the cap took effect.",
        True,
        [("percent", 3.1, "%", None)],
        "Ellen Marchbanks-Hale",
    ),
    (
        "en",
        "Judge Raymond Tolliver dissented and would have sent the case back to the district court for trial.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Minnesota Multi Housing Association said it would seek a rehearing before all of the circuit's active judges.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This ruling tells every small landlord in the city that their savings are fair game," association president Dale Hornquist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tenant organizers called the decision a victory for working families across the Twin Cities.",
        False,
        [],
        None,
    ),
    (
        "en",
        "At least 190 U.S. cities now have some form of rent stabilization, according to the National Multifamily Housing Council.",
        True,
        [("count", 190, None, "at_least")],
        None,
    ),
    # --- BGH-Urteil zur Indexmiete (dpa), 16. April ---
    (
        "de",
        "Karlsruhe (dpa) - Vermieter dürfen eine Indexmiete nach einem Urteil des Bundesgerichtshofs (BGH) nicht rückwirkend für mehrere Jahre erhöhen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der VIII. Zivilsenat gab am Mittwoch einer Mieterin aus Köln recht, von der ihr Vermieter auf einen Schlag rund 2.300 Euro nachgefordert hatte (Az. VIII ZR 146/30).",
        True,
        [("ordinal", 8, None, None), ("money", 2300, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Miete war an den Verbraucherpreisindex gekoppelt und hätte nach Rechnung des Vermieters seit 2027 um insgesamt 14,2 Prozent steigen dürfen.",
        True,
        [("year", 2027, None, None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Erhöhung werde erst ab dem übernächsten Monat nach der Erklärung wirksam, sagte die Vorsitzende Richterin Gudrun Wellershoff-Tamm bei der Urteilsverkündung.",
        True,
        [],
        "Gudrun Wellershoff-Tamm",
    ),
    (
        "de",
        "Inzwischen enthält nach Angaben des Deutschen Mieterbunds fast jeder dritte neue Mietvertrag in Großstädten eine Indexklausel.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Mieterbund-Präsidentin Sabine Oltmanns-Kehr nannte das Urteil einen „überfälligen Schutz vor Nachforderungen aus heiterem Himmel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haus & Grund hält die Indexmiete trotz des Urteils für das fairste Modell für Mieter und Vermieter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will Indexmieterhöhungen künftig auf 3,5 Prozent pro Jahr begrenzen, ein Gesetzentwurf liegt seit Februar im Bundestag.",
        True,
        [("percent", 3.5, "%", None)],
        None,
    ),
    # --- Nationwide house prices in April (Reuters), May 2 ---
    (
        "en",
        "LONDON, May 2 (Reuters) - British house prices rose by 0.5% in April, beating forecasts for a 0.2% gain, mortgage lender Nationwide said on Friday.",
        True,
        [("date", "--05-02", None, None), ("percent", 0.5, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Annual house price growth picked up to 3.6% from 3.1% in March, the strongest since November 2029.",
        True,
        [("percent", 3.6, "%", None), ("percent", 3.1, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The average price of a home stood at £281,930.",
        True,
        [("money", 281930, "GBP", None)],
        None,
    ),
    (
        "en",
        "Nationwide chief economist Imogen Strathallan said a buyer on an average income purchasing a typical starter home faced a monthly mortgage payment equal to 34% of take-home pay, down from 38% a year earlier.",
        True,
        [("percent", 34, "%", None), ("percent", 38, "%", None)],
        "Imogen Strathallan",
    ),
    (
        "en",
        '"The arithmetic is getting kinder for buyers, but it started from a very harsh place," Strathallan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prices in Northern Ireland rose 8.4% over the year, while East Anglia was the weakest region with a 0.9% gain.",
        True,
        [("percent", 8.4, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "Asking prices for homes coming to the market rose 1.2% in April to a record £372,450, property portal Brickmoor said separately.",
        True,
        [("percent", 1.2, "%", None), ("money", 372450, "GBP", None)],
        None,
    ),
    (
        "en",
        "Bank of England figures published on Tuesday showed mortgage approvals rose to 68,400 in March, the highest since September 2024.",
        True,
        [("count", 68400, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said the market was likely to cool again once the summer lull set in.",
        False,
        [],
        None,
    ),
    # --- Baukostenindex Wohnhaus- und Siedlungsbau (APA), 14. Mai ---
    (
        "de",
        "Wien (APA) - Der Baukostenindex für den Wohnhaus- und Siedlungsbau ist im April im Jahresabstand um 2,4 Prozent gestiegen, teilte Statistik Austria am Mittwoch mit.",
        True,
        [("percent", 2.4, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Der Index lag damit bei 131,6 Punkten (Basisjahr 2020).",
        True,
        [("count", 131.6, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten für Material stiegen um 1,1 Prozent, jene für Arbeit um 4,3 Prozent.",
        True,
        [("percent", 1.1, "%", None), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Gegenüber März erhöhte sich der Index um 0,3 Prozent.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Seit 2020 haben sich die Baukosten im Wohnbau damit um fast 32 Prozent erhöht.",
        True,
        [("year", 2020, None, None), ("percent", 32, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bundesinnungsmeister Bau Florian Achleitner-Spöck sagte, die Auftragsbücher im Wohnbau reichten im Schnitt nur noch für knapp drei Monate.",
        True,
        [("duration", 3, "month", "nearly")],
        "Florian Achleitner-Spöck",
    ),
    (
        "de",
        "„Im Wohnbau spüren wir von einer Erholung noch gar nichts“, sagte Achleitner-Spöck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Branche hofft auf eine Belebung im Herbst, eine Prognose wollte der Fachverband aber nicht abgeben.",
        False,
        [],
        None,
    ),
    # --- English Housing Survey (PA), May 22 ---
    (
        "en",
        "LONDON (PA) - The proportion of households in England that own their home rose to 65.3% in 2029-30, according to the English Housing Survey.",
        True,
        [("percent", 65.3, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "About 15.9 million households were owner-occupiers, while 4.6 million rented privately and 4.1 million lived in social housing.",
        True,
        [("count", 15900000, None, "about"), ("count", 4600000, None, None), ("count", 4100000, None, None)],
        None,
    ),
    (
        "en",
        "Among 25 to 34-year-olds, the home ownership rate stood at 44%, up from 41% a decade earlier.",
        True,
        [
            ("duration", 25, "year", None),
            ("duration", 34, "year", None),
            ("percent", 44, "%", None),
            ("percent", 41, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Private renters spent an average of 32% of household income on rent, against 27% for social renters and 17% for owners with a mortgage.",
        True,
        [("percent", 32, "%", None), ("percent", 27, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "The survey found that 11% of privately rented homes failed the Decent Homes Standard, compared with 9% of social homes.",
        True,
        [("percent", 11, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Priya Lakhani-Ward said the government's mortgage guarantee scheme had helped 38,000 first-time buyers in the year to March.",
        True,
        [("count", 38000, None, None)],
        "Priya Lakhani-Ward",
    ),
    (
        "en",
        '"For too long a whole generation was told the door to ownership was closed to them," Lakhani-Ward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Housing charities said the figures masked the plight of families stuck for years in temporary accommodation.",
        False,
        [],
        None,
    ),
    # --- Fertigstellungen 2030 und Bauüberhang (dpa), 27. Mai ---
    (
        "de",
        "Wiesbaden (dpa) - Im Jahr 2030 sind in Deutschland 218.600 Wohnungen fertiggestellt worden, 6,2 Prozent weniger als 2029.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 218600, None, None),
            ("percent", 6.2, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das war der niedrigste Wert seit 2012, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "In neuen Wohngebäuden entstanden 183.900 Wohnungen, davon knapp 52.000 in Ein- und Zweifamilienhäusern.",
        True,
        [("count", 183900, None, None), ("count", 52000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bauüberhang aus genehmigten, aber noch nicht fertigen Wohnungen sank zum Jahresende auf rund 706.000.",
        True,
        [("count", 706000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei knapp 392.000 davon war mit dem Bau bereits begonnen worden.",
        True,
        [("count", 392000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Von der Genehmigung bis zur Fertigstellung vergingen im Schnitt 27 Monate, zwei Monate mehr als 2029.",
        True,
        [("duration", 27, "month", None), ("duration", 2, "month", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Im ersten Quartal 2031 wurde der Bau von 61.300 Wohnungen genehmigt, 9,4 Prozent mehr als ein Jahr zuvor.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2031, None, None),
            ("count", 61300, None, None),
            ("percent", 9.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Bauindustrie-Hauptgeschäftsführer Jens Overbeck-Lamprecht sagte, für 2031 rechne der Verband mit höchstens 205.000 fertigen Wohnungen.",
        True,
        [("year", 2031, None, None), ("count", 205000, None, "at_most")],
        "Jens Overbeck-Lamprecht",
    ),
    (
        "de",
        "„Wir bauen gerade die Wohnungsnot der nächsten Jahre“, sagte Overbeck-Lamprecht.",
        False,
        [],
        None,
    ),
    # --- Wohneigentumsquote in der Schweiz (Keystone-SDA), 17. Juni ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz wohnten 2029 noch 35,2 Prozent der Haushalte im Eigentum, wie aus der Strukturerhebung des Bundesamts für Statistik hervorgeht.",
        True,
        [("year", 2029, None, None), ("percent", 35.2, "%", None)],
        None,
    ),
    (
        "de",
        "Im Jahr 2000 hatte der Anteil der Haushalte, die in den eigenen vier Wänden wohnen, noch bei 34,6 Prozent gelegen, 2015 bei 37,4 Prozent.",
        True,
        [
            ("year", 2000, None, None),
            ("percent", 34.6, "%", None),
            ("year", 2015, None, None),
            ("percent", 37.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Am höchsten ist die Quote im Kanton Wallis mit 54,9 Prozent, am tiefsten in Basel-Stadt mit 15,1 Prozent.",
        True,
        [("percent", 54.9, "%", None), ("percent", 15.1, "%", None)],
        None,
    ),
    (
        "de",
        "Von den Haushalten mit Kindern unter 18 Jahren lebt gut die Hälfte zur Miete.",
        True,
        [("duration", 18, "year", "under"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "HEV-Direktor Mathias Ruckstuhl-Gadient sagte, für eine 4½-Zimmer-Wohnung in der Agglomeration Zürich brauche ein Paar inzwischen rund 260'000 Franken Eigenkapital.",
        True,
        [("count", 4.5, None, None), ("money", 260000, "CHF", "about")],
        "Mathias Ruckstuhl-Gadient",
    ),
    (
        "de",
        "«Der Traum vom Eigenheim rückt für den Mittelstand in weite Ferne», sagte Ruckstuhl-Gadient.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Banken verlangen in der Regel mindestens 20 Prozent Eigenmittel und rechnen die Tragbarkeit mit einem kalkulatorischen Zinssatz von 5 Prozent.",
        True,
        [("percent", 20, "%", "at_least"), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Ob der Anteil wieder zunimmt, ist unter Ökonomen umstritten.",
        False,
        [],
        None,
    ),
    # --- U.S. existing home sales in May (Reuters), June 19 ---
    (
        "en",
        "WASHINGTON, June 19 (Reuters) - The National Association of Realtors said on Thursday that sales of previously owned U.S. homes increased 2.3% in May to an annualized 4.41 million units.",
        True,
        [("date", "--06-19", None, None), ("percent", 2.3, "%", None), ("count", 4410000, None, None)],
        "the National Association of Realtors",
    ),
    (
        "en",
        "Economists had predicted 4.36 million, according to a Reuters poll.",
        True,
        [("count", 4360000, None, None)],
        None,
    ),
    (
        "en",
        "The median existing-home price climbed 3.9% from a year earlier to a record $447,300.",
        True,
        [("percent", 3.9, "%", None), ("money", 447300, "USD", None)],
        None,
    ),
    (
        "en",
        "Inventory stood at 1.58 million homes in May, enough to last 4.3 months at the current sales pace.",
        True,
        [("count", 1580000, None, None), ("duration", 4.3, "month", None)],
        None,
    ),
    (
        "en",
        "First-time buyers made up 29% of purchases and all-cash buyers 27%.",
        True,
        [("percent", 29, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "NAR chief economist Rashida Okonkwo-Bell said inventory had now risen from a year earlier for 19 consecutive months.",
        True,
        [("duration", 19, "month", None)],
        "Rashida Okonkwo-Bell",
    ),
    (
        "en",
        '"Buyers finally have choices again, and that is slowly taking the heat out of bidding wars," Okonkwo-Bell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some agents said sellers in Florida and Texas were growing more willing to cut prices.",
        False,
        [],
        None,
    ),
    # --- New York rent-stabilized leases (AP), June 23 ---
    (
        "en",
        "NEW YORK (AP) — Rents for New York City's roughly 960,000 rent-stabilized apartments can rise 2.5% on one-year leases and 4% on two-year leases after the Rent Guidelines Board backed the increases 5-4 on Monday.",
        True,
        [
            ("count", 960000, None, "about"),
            ("percent", 2.5, "%", None),
            ("duration", 1, "year", None),
            ("percent", 4, "%", None),
            ("duration", 2, "year", None),
            ("count", 5, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The increases apply to leases starting on or after Oct. 1.",
        True,
        [("date", "--10-01", None, None)],
        None,
    ),
    (
        "en",
        "Landlord groups had pushed for increases of up to 7.5%, citing a 9.1% rise in operating costs in the board's latest price index.",
        True,
        [("percent", 7.5, "%", "up_to"), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "en",
        'Tenant advocates called the vote "a gift to landlords dressed up as compromise."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Board chair Miriam Castellanos-Roe said the median rent-stabilized household earned $54,000 a year, about half the citywide median.",
        True,
        [("money", 54000, "USD", None), ("fraction", 0.5, None, "about")],
        "Miriam Castellanos-Roe",
    ),
    (
        "en",
        '"Nobody on this board is happy with this number, and that is probably a sign it is about right," Castellanos-Roe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The last rent freeze for one-year leases came in 2027.",
        True,
        [("duration", 1, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "About 41% of the city's rental apartments are rent-stabilized, according to the city's housing survey.",
        True,
        [("percent", 41, "%", "about")],
        None,
    ),
    # --- Bauzinsen im Juni (dpa), 8. Juli ---
    (
        "de",
        "Frankfurt (dpa) - Baukredite mit zehnjähriger Zinsbindung sind im Juni wieder teurer geworden: Der Effektivzins stieg nach Daten des Kreditvermittlers Zinsfinder im Schnitt auf 3,48 Prozent, nach 3,29 Prozent im Mai.",
        True,
        [("duration", 10, "year", None), ("percent", 3.48, "%", None), ("percent", 3.29, "%", None)],
        None,
    ),
    (
        "de",
        "Das war ein Anstieg um 19 Basispunkte binnen eines Monats.",
        True,
        [("percent", 19, "bp", None)],
        None,
    ),
    (
        "de",
        "Für Darlehen mit 15 Jahren Zinsbindung verlangten die Banken durchschnittlich 3,71 Prozent, bei fünf Jahren 3,22 Prozent.",
        True,
        [
            ("duration", 15, "year", None),
            ("percent", 3.71, "%", None),
            ("duration", 5, "year", None),
            ("percent", 3.22, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Zinsfinder-Vorstand Bettina Schwarzkopf-Ilg sagte, die Rendite zehnjähriger Bundesanleihen sei seit Anfang Mai um gut 0,3 Prozentpunkte gestiegen.",
        True,
        [("duration", 10, "year", None), ("percent", 0.3, "pp", "over")],
        "Bettina Schwarzkopf-Ilg",
    ),
    (
        "de",
        "Bei einem Darlehen über 350.000 Euro bedeutet das eine um rund 40 Euro höhere Monatsrate.",
        True,
        [("money", 350000, "EUR", None), ("money", 40, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer auf den perfekten Zeitpunkt wartet, wartet am Ende oft zu lange“, sagte Schwarzkopf-Ilg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Daten der Bundesbank vergaben die Banken im Mai neue Wohnungsbaukredite über 19,4 Milliarden Euro, knapp ein Fünftel mehr als ein Jahr zuvor.",
        True,
        [("money", 19400000000, "EUR", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten, Angebote mehrerer Banken zu vergleichen und Sondertilgungen vertraglich abzusichern.",
        False,
        [],
        None,
    ),
    # --- U.S. rental vacancy and homeownership (Reuters), July 29 ---
    (
        "en",
        "WASHINGTON, July 29 (Reuters) - Vacancies among U.S. rental homes climbed to 7.4% in the second quarter from 7.1% in the first, the Census Bureau said on Tuesday.",
        True,
        [
            ("date", "--07-29", None, None),
            ("percent", 7.4, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 7.1, "%", None),
            ("ordinal", 1, None, None),
        ],
        "the Census Bureau",
    ),
    (
        "en",
        "Vacancy among owner-occupied homes was unchanged at 1.1%.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "The homeownership rate edged down to 65.2% from 65.6% a year earlier.",
        True,
        [("percent", 65.2, "%", None), ("percent", 65.6, "%", None)],
        None,
    ),
    (
        "en",
        "For householders aged under 35, the rate fell to 36.8%, the lowest since 2019.",
        True,
        [("duration", 35, "year", "under"), ("percent", 36.8, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Rental vacancy was highest in the South at 8.9% and lowest in the Northeast at 4.6%.",
        True,
        [("percent", 8.9, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Developers completed about 512,000 apartments in buildings with five or more units over the past 12 months, according to separate Census data.",
        True,
        [("count", 512000, None, "about"), ("count", 5, None, "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Rent growth on new leases has slowed to about 1% a year, said Lamont Whitlock-Reyes, senior economist at Harborview Capital.",
        True,
        [("percent", 1, "%", "about")],
        "Lamont Whitlock-Reyes",
    ),
    (
        "en",
        '"Landlords have lost a lot of their pricing power, and tenants know it," Whitlock-Reyes said.',
        False,
        [],
        None,
    ),
    # --- Gemeinnützige Bauvereinigungen (APA), 12. August ---
    (
        "de",
        "Wien (APA) - Österreichs gemeinnützige Bauvereinigungen haben 2030 insgesamt 14.120 Wohnungen fertiggestellt, um 7 Prozent mehr als im Jahr davor.",
        True,
        [("year", 2030, None, None), ("count", 14120, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt verwalten die 183 Genossenschaften und gemeinnützigen Gesellschaften rund 702.000 Miet- und Eigentumswohnungen, teilte der Verband gemeinnütziger Bauvereinigungen (GBV) am Dienstag mit.",
        True,
        [("count", 183, None, None), ("count", 702000, None, "about")],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Miete in einer Genossenschaftswohnung lag bei 8,34 Euro je Quadratmeter inklusive Betriebskosten und damit um gut ein Viertel unter dem Niveau privater Vermieter.",
        True,
        [("money", 8.34, "EUR", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "GBV-Obfrau Elisabeth Pilsinger-Hauer sagte, für heuer rechne der Verband nur noch mit rund 12.800 Fertigstellungen, weil viele Projekte wegen gestiegener Grundstückspreise zurückgestellt worden seien.",
        True,
        [("count", 12800, None, "about")],
        "Elisabeth Pilsinger-Hauer",
    ),
    (
        "de",
        "„Leistbarer Wohnraum entsteht nicht von selbst, dafür braucht es Grund und Boden zu fairen Preisen“, sagte Pilsinger-Hauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Haushalt in Österreich wohnt in einer Wohnung eines gemeinnützigen Bauträgers.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "In Wien sind es einschließlich der rund 205.000 Gemeindewohnungen mehr als 40 Prozent aller Haushalte.",
        True,
        [("count", 205000, None, "about"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Neos sprachen von einem „Vergabesystem, das Insider belohnt“.",
        False,
        [],
        None,
    ),
    # --- Scotland's rent controls upheld (PA), August 21 ---
    (
        "en",
        "EDINBURGH (PA) - Landlords have lost a legal challenge to Scotland's rent control regime after judges at the Court of Session ruled that the cap on increases was lawful.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The rules limit in-tenancy rent rises in designated rent control areas to CPI plus 1.5%, with an upper limit of 5.5%.",
        True,
        [("percent", 1.5, "%", None), ("percent", 5.5, "%", None)],
        None,
    ),
    (
        "en",
        "Three judges of the Inner House dismissed the appeal unanimously, with Lady Carrick-Muir writing that ministers had struck a fair balance between tenants and owners.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Association of Landlords said it was considering whether to take the case to the UK Supreme Court.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 348,000 households rent privately in Scotland, and roughly 61% of them live in the four designated rent control areas, the Scottish Government said.",
        True,
        [("count", 348000, None, "about"), ("percent", 61, "%", "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Tenants referred 2,940 rent increases to the First-tier Tribunal for Scotland in the year to March.",
        True,
        [("count", 2940, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Calum Drysdale-Finnie told MSPs that advertised rents for new lets in Edinburgh had risen 2.1% in the year to June, down from 12.4% before the controls took effect.",
        True,
        [("percent", 2.1, "%", None), ("percent", 12.4, "%", None)],
        "Calum Drysdale-Finnie",
    ),
    (
        "en",
        '"This judgment is a vindication of everything we have argued for on behalf of tenants," Drysdale-Finnie said.',
        False,
        [],
        None,
    ),
    # --- Leerwohnungsziffer (Keystone-SDA), 9. September ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Zum Stichtag 1. Juni 2031 zählte die Schweiz 47'910 leere Wohnungen, 3'560 weniger als ein Jahr zuvor.",
        True,
        [("date", "2031-06-01", None, None), ("count", 47910, None, None), ("count", 3560, None, None)],
        None,
    ),
    (
        "de",
        "Die Leerwohnungsziffer sank damit von 1,08 auf 0,99 Prozent, den tiefsten Wert seit 2013.",
        True,
        [("percent", 1.08, "%", None), ("percent", 0.99, "%", None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Am knappsten ist der Wohnraum im Kanton Genf mit einer Quote von 0,36 Prozent, die meisten leeren Wohnungen gibt es anteilsmässig im Kanton Glarus mit 2,41 Prozent.",
        True,
        [("percent", 0.36, "%", None), ("percent", 2.41, "%", None)],
        None,
    ),
    (
        "de",
        "Nur knapp jede achte leer stehende Wohnung war ein Neubau.",
        True,
        [("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund 83 Prozent der Leerwohnungen werden zur Miete angeboten.",
        True,
        [("percent", 83, "%", "about")],
        None,
    ),
    (
        "de",
        "MV-Generalsekretär Reto Camenisch-Baur sagte, in Zürich und Genf fänden Familien eine 4½-Zimmer-Wohnung unter 3'000 Franken kaum mehr.",
        True,
        [("count", 4.5, None, None), ("money", 3000, "CHF", "under")],
        "Reto Camenisch-Baur",
    ),
    (
        "de",
        "«Wer heute eine Wohnung sucht, braucht Glück und Beziehungen», sagte Camenisch-Baur.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hauseigentümer machen vor allem strenge Lärmschutzvorschriften und Einsprachen für den Mangel verantwortlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat will bis Ende Jahr eine Vorlage zur Beschleunigung von Baubewilligungen in die Vernehmlassung schicken.",
        True,
        [],
        None,
    ),
    # --- UK construction output and building costs (Reuters), September 12 ---
    (
        "en",
        "LONDON, Sept 12 (Reuters) - Construction output in Britain shrank 0.8% in July, the Office for National Statistics said, as new housing work fell 2.4%.",
        True,
        [("date", "--09-12", None, None), ("percent", 0.8, "%", None), ("percent", 2.4, "%", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Economists polled by Reuters had expected output to rise 0.2%.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "In the three months to July, construction output was 1.1% lower than in the previous three months.",
        True,
        [("duration", 3, "month", None), ("percent", 1.1, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Construction material prices were 3.7% higher in the 12 months to July, the business department's monthly index showed, with concrete up 6.2% and structural steel down 4.5%.",
        True,
        [
            ("percent", 3.7, "%", None),
            ("duration", 12, "month", None),
            ("percent", 6.2, "%", None),
            ("percent", 4.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "BCIS, the cost information arm of the surveyors' body RICS, expects building costs to rise by about 14% over the next five years.",
        True,
        [("percent", 14, "%", "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Construction Products Association economics director Gareth Pendlebury-Rowe said private housing starts were running about 18% below their 2022 level.",
        True,
        [("percent", 18, "%", "about"), ("year", 2022, None, None)],
        "Gareth Pendlebury-Rowe",
    ),
    (
        "en",
        '"Housebuilders are simply not going to build faster than they can sell," Pendlebury-Rowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Builders blamed planning delays and a shortage of bricklayers for the slowdown.",
        False,
        [],
        None,
    ),
    # --- Sozialwohnungen in Bayern (dpa/lby), 30. September ---
    (
        "de",
        "München (dpa/lby) - In Bayern ist die Zahl der Sozialwohnungen im vergangenen Jahr um rund 3.100 auf knapp 121.000 gesunken.",
        True,
        [("count", 3100, None, "about"), ("count", 121000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Antwort des Bauministeriums auf eine Anfrage der Landtags-Grünen hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Neu gefördert wurden 2030 lediglich 4.470 Mietwohnungen, während 7.560 Wohnungen aus der Sozialbindung fielen.",
        True,
        [("year", 2030, None, None), ("count", 4470, None, None), ("count", 7560, None, None)],
        None,
    ),
    (
        "de",
        "Der Freistaat stellt im laufenden Jahr 1,1 Milliarden Euro für die Wohnraumförderung bereit, so viel wie nie zuvor.",
        True,
        [("money", 1100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf der Warteliste der Stadt München stehen derzeit rund 24.800 Haushalte mit Anspruch auf eine geförderte Wohnung.",
        True,
        [("count", 24800, None, "about")],
        None,
    ),
    (
        "de",
        "Sozialreferentin Katharina Obermüller-Reisch sagte, jeder dritte Haushalt auf der Liste warte bereits länger als zwei Jahre.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 2, "year", "over")],
        "Katharina Obermüller-Reisch",
    ),
    (
        "de",
        "„Hinter jedem Eintrag auf dieser Liste steht eine Familie, die in viel zu engen Verhältnissen lebt“, sagte Obermüller-Reisch.",
        False,
        [],
        None,
    ),
    # --- OGH zu Wertsicherungsklauseln (APA), 14. Oktober ---
    (
        "de",
        "Wien (APA) - Der Oberste Gerichtshof (OGH) hat eine in vielen Mietverträgen übliche Wertsicherungsklausel für unwirksam erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Klausel erlaubte eine Anpassung der Miete schon bei einer Veränderung des Verbraucherpreisindex um mehr als 3 Prozent, und zwar auch innerhalb der ersten zwei Monate nach Vertragsabschluss (2 Ob 118/30v).",
        True,
        [("percent", 3, "%", "over"), ("ordinal", 1, None, None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Betroffen sein könnten nach Schätzung der Mietervereinigung bis zu 250.000 Mietverhältnisse.",
        True,
        [("count", 250000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mietervereinigungs-Präsident Gernot Haselböck-Prantl sagte, Mieter könnten zu viel bezahlte Beträge rückwirkend für bis zu drei Jahre zurückfordern.",
        True,
        [("duration", 3, "year", "up_to")],
        "Gernot Haselböck-Prantl",
    ),
    (
        "de",
        "„Das Urteil ist eine Ohrfeige für jene Vermieter, die jahrelang mit unfairen Verträgen gearbeitet haben“, sagte Haselböck-Prantl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerbund (ÖHGB) schätzt die möglichen Rückforderungen auf mehr als 400 Millionen Euro.",
        True,
        [("money", 400000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "ÖHGB-Präsident Lukas Eibensteiner-Moll warnte vor einer „Klagswelle, die den Mietmarkt lähmt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Justizministerin Andrea Kogler-Waitz kündigte an, bis Jahresende einen Gesetzentwurf für eine rechtssichere Indexierung vorzulegen.",
        True,
        [],
        None,
    ),
    # --- U.S. new home sales in September (AP), October 24 ---
    (
        "en",
        "WASHINGTON (AP) — Sales of new U.S. homes jumped 8.6% in September to a seasonally adjusted annual rate of 734,000, the Census Bureau said Friday.",
        True,
        [("percent", 8.6, "%", None), ("count", 734000, None, None)],
        None,
    ),
    (
        "en",
        "That was the strongest pace since February 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The median sales price of a new home fell 2.4% from a year earlier to $401,800.",
        True,
        [("percent", 2.4, "%", None), ("money", 401800, "USD", None)],
        None,
    ),
    (
        "en",
        "There were 487,000 new homes for sale at the end of September, representing 8.0 months' supply at the current pace.",
        True,
        [("count", 487000, None, None), ("duration", 8.0, "month", None)],
        None,
    ),
    (
        "en",
        "Nearly two-thirds of the homes sold last month were either under construction or not yet started.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "About 38% of builders cut prices in October, according to the National Association of Home Builders, and many more offered to buy down buyers' mortgage rates.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "Economists were wary of drawing conclusions from such a volatile monthly series.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Builders are buying down rates because that is what gets buyers off the fence," said Carla Brennan-Ives, a housing analyst at Pinegate Research.',
        False,
        [],
        None,
    ),
    # --- Social housing waiting lists in England (PA), November 6 ---
    (
        "en",
        "LONDON (PA) - Some 1.36 million households in England were waiting for a social home at the end of March, the most since 2014, official figures show.",
        True,
        [("count", 1360000, None, "about"), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Councils let 142,900 social homes to new tenants over the same period, down 4% on the previous year.",
        True,
        [("count", 142900, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "A record 131,400 households, with 171,800 children among them, were in temporary accommodation on June 30.",
        True,
        [("count", 131400, None, None), ("count", 171800, None, None), ("date", "--06-30", None, None)],
        None,
    ),
    (
        "en",
        "Councils in England spent £2.6 billion on temporary accommodation in 2030-31, up from £2.3 billion a year earlier.",
        True,
        [
            ("money", 2600000000, "GBP", None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("money", 2300000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Housing Minister Rhiannon Beddoes-Clark said work had started on 19,700 homes for social rent under the government's affordable homes programme in the six months to September.",
        True,
        [("count", 19700, None, None), ("duration", 6, "month", None)],
        "Rhiannon Beddoes-Clark",
    ),
    (
        "en",
        '"We were handed a system in ruins, and we are rebuilding it street by street," Beddoes-Clark said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Local Government Association said a third of councils now spent more than a tenth of their budgets on homelessness services.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "en",
        "Campaigners urged ministers to raise local housing allowance rates in the spring budget.",
        False,
        [],
        None,
    ),
    # --- Bundestag beschließt Kappung der Indexmieten (dpa), 20. November ---
    (
        "de",
        "Berlin (dpa) - Indexmieten dürfen künftig um höchstens 3,5 Prozent pro Jahr steigen: Eine entsprechende Kappung hat der Bundestag am Donnerstag beschlossen.",
        True,
        [("percent", 3.5, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 372 Abgeordnete, 281 votierten dagegen, 9 enthielten sich.",
        True,
        [("count", 372, None, None), ("count", 281, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Regel gilt für Verträge, die nach dem 1. Januar 2032 geschlossen werden, und für bestehende Verträge ab ihrem dritten Laufzeitjahr.",
        True,
        [("date", "2032-01-01", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zugleich sinkt die Kappungsgrenze für Mieterhöhungen in angespannten Wohnungsmärkten von 15 auf 11 Prozent innerhalb von drei Jahren.",
        True,
        [("percent", 15, "%", None), ("percent", 11, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Bundesbauministerin Henrike Rautenstrauch sagte, rund 2,8 Millionen Haushalte mit Indexmietverträgen würden dadurch entlastet.",
        True,
        [("count", 2800000, None, "about")],
        "Henrike Rautenstrauch",
    ),
    (
        "de",
        "„Das ist ein Versprechen, das wir heute einlösen“, sagte Rautenstrauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haus & Grund sprach von einem „Frontalangriff auf private Vermieter“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat befasst sich am 12. Dezember mit dem Gesetz.",
        True,
        [("date", "--12-12", None, None)],
        None,
    ),
    # --- Bundesgericht zum Anfangsmietzins (Keystone-SDA), 3. Dezember ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Anfechtung eines missbräuchlichen Anfangsmietzinses in Zürich gutgeheissen und die Miete einer 3½-Zimmer-Wohnung um 610 Franken im Monat gesenkt.",
        True,
        [("count", 3.5, None, None), ("money", 610, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Vermieterin hatte von der neuen Mietpartei 3'240 Franken verlangt, 23 Prozent mehr als vom Vormieter (Urteil 4A_291/2031).",
        True,
        [("money", 3240, "CHF", None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Das Zürcher Obergericht hatte die Miete zuvor nur um 280 Franken herabgesetzt.",
        True,
        [("money", 280, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Mietpartei hatte den Mietzins innert der gesetzlichen Frist von 30 Tagen nach Übernahme der Wohnung angefochten.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "de",
        "MV-Präsidentin Annina Caflisch-Rüegg sagte, nur rund jede zwanzigste Mietpartei fechte den Anfangsmietzins überhaupt an.",
        True,
        [("fraction", 0.05, None, "about")],
        "Annina Caflisch-Rüegg",
    ),
    (
        "de",
        "«Das Urteil zeigt, dass sich Widerstand lohnt», sagte Caflisch-Rüegg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hauseigentümerverband bezeichnete den Entscheid als «Einladung zum Streit bei jedem Mieterwechsel».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei den Schlichtungsbehörden im Kanton Zürich gingen im vergangenen Jahr 1'870 Anfechtungen von Anfangsmietzinsen ein, rund 40 Prozent mehr als 2029.",
        True,
        [("count", 1870, None, None), ("percent", 40, "%", "about"), ("year", 2029, None, None)],
        None,
    ),
    # --- Halifax house prices in November (Reuters), December 5 ---
    (
        "en",
        "LONDON, Dec 5 (Reuters) - House prices in Britain dipped 0.3% in November, their first month-on-month fall since April, mortgage lender Halifax said on Friday.",
        True,
        [("date", "--12-05", None, None), ("percent", 0.3, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Prices were still 2.7% higher than a year earlier, with the average home costing £309,870.",
        True,
        [("percent", 2.7, "%", None), ("money", 309870, "GBP", None)],
        None,
    ),
    (
        "en",
        "Halifax head of mortgages Lorna Pettigrew-Shaw said the average two-year fixed rate had crept up to 4.12% from 3.96% in September after swap rates rose.",
        True,
        [("duration", 2, "year", None), ("percent", 4.12, "%", None), ("percent", 3.96, "%", None)],
        "Lorna Pettigrew-Shaw",
    ),
    (
        "en",
        '"It is a pause for breath rather than a reversal," Pettigrew-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bank of England data showed mortgage approvals fell to 61,300 in October from 64,900 in September.",
        True,
        [("count", 61300, None, None), ("count", 64900, None, None)],
        None,
    ),
    (
        "en",
        "Bank Rate was lowered to 3% in November, the Bank of England's fifth reduction since May 2030.",
        True,
        [("percent", 3, "%", None), ("ordinal", 5, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Average asking rents for new lets in London reached £2,740 pcm in November, up 1.9% on the year, according to lettings platform Tenancyline.",
        True,
        [("money", 2740, "GBP", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "Estate agents expect few sellers to put homes on the market before the new year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect UK house prices to rise between 2% and 3% in 2032.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None), ("year", 2032, None, None)],
        None,
    ),
]
