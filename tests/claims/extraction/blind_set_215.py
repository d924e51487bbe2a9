"""Two-hundred-and-fifteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are
made up (Tobias Riedesel, Verena Pichlbauer, Hermine Ebenbichler, Reto Wyssbrod, Matthias
Kleinhenz, Silke Arnsberger, Klaus Oberrauch, der Verband der Forstbetriebe, Veltrana,
Annegret Vorwerk, Judith Quandtke, Alain Perrottet, Sabine Ortlepp, Elisabeth Stangl-Moser,
Kirsten Vollbrecht, Cornelia Rüdebusch, Monika Gisler-Tanner; Ingrid Solhaug, Larkspur
Therapeutics, Lorna Cheswick, Brenton Partners, Maureen Costa, Amara Okonjo-Reid, Denise
Varnum, Mikael Brennsvik, Tamsworth State University, Owen Tallbridge, Priya Venkatraman,
Hamish Doolan, Quillon Genomics, Daniel Wrobleski, CarbonLedger, Helen Abernethy, Northmoor
Energy, Nadia Holroyd, Marcy Dunaway, Gregory Fennimore; every unnamed spokesperson,
scientist, doctor, analyst, lobbyist, parent, influencer and official); ministers,
directors and heads of real governments, agencies, institutes and academies appear under
made-up names that stand for no real holder, or by their role only ("Bundesumweltministerin
Silke Arnsberger", "Gesundheitsminister Alain Perrottet", "UBA-Präsidentin Cornelia
Rüdebusch", "AWI-Direktorin Kirsten Vollbrecht", "Staatssekretärin Monika Gisler-Tanner",
"Die Klimaschutzministerin", "der zuständige Staatssekretär", "the head of the World
Meteorological Organization", "the service's deputy director", "A White House
spokesperson", "the Health Secretary", "the college's president", "A WHO official"). Real
states, bodies, parties, journals, programmes and places (Deutscher Wetterdienst, AfD,
MedUni Wien, Universität Graz, Bundesinnung der Hörakustiker, Wissenschaftsbarometer
Schweiz, Universität Zürich, SVP, Schweizerischer Nationalfonds, Agora Energiewende,
Umweltbundesamt, BDI, Grüne, Bundesforschungszentrum für Wald, WWF, Universitätsklinik
Essen, Bundesforschungsministerium, Potsdam-Institut für Klimafolgenforschung, Geomar,
„Nature Geoscience“, „The Lancet Healthy Longevity“, Stiftung Gesundheitsförderung Schweiz,
Bundesrat, Deutsches Krebsforschungszentrum, Ständige Impfkommission, Kassenärztliche
Bundesvereinigung, FPÖ, Klima- und Energiefonds, Akademie der Wissenschaften,
Alfred-Wegener-Institut, „Polarstern“, Framstraße, Verband der Chemischen Industrie,
Deutsche Umwelthilfe, Staatssekretariat für Bildung, Forschung und Innovation, ETH Zürich,
EPFL, Horizon Europe, Universität Bern; Copernicus Climate Change Service, University of
Bergen, World Meteorological Organization, Paris Agreement, Cancer Research UK, NHS,
Congress, White House, The Lancet, Institute for Health Metrics and Evaluation, Gates
Foundation, OECD, Environmental Health Perspectives, Wellcome Trust, Australian Institute
of Marine Science, Great Barrier Reef, Cairns, Royal College of Radiologists, World Health
Organization, Gavi, National Institutes of Health, Utah, Florida, and the datelines'
cities) stand for the way wire copy names them; every reading, record, emission figure,
study, trial, sample, risk, poll, grant, budget, price, quote, label and reaction here is
invented, and where a real figure came to mind it was changed (the years of a vaccine
recommendation, of a ship's commissioning and of the reference periods kept).

Its weight: OPINION VERSUS CLAIM, fifteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth and two-hundred-and-eighth
batches were the first fourteen, and their decisions are kept), this time in science,
climate and health research copy - temperature records and their reference periods,
emissions figures and targets, study results with samples, follow-up and relative risks,
trial outcomes with side effects and share moves, model projections and tipping points,
polls on trust in science, research funding and its disclosure, researchers' and
campaigners' views - over four ordinary wire days, Monday to Thursday, January 12 to 15,
of one year, as 26 short stories in story order, the German and English stories
interleaved by day, each with a dateline lead, the figures, attributed claims, the other
side, quotes and reactions. About 100 rows are negatives that look like claims -
scientists' rhetoric and alarm, verdicts built on a figure ("The 1.5-degree limit is
dead"), convictions with a figure („Ich bin ziemlich sicher, dass wir die 11-Grad-Marke
... sehen werden“), a minister's certainty about her own target, readings of a study as
proof by interested parties (a forestry lobby, a foundation, a campaigner), labels from
parties, lobbies, blogs and NGOs („Klimapanik“, „Panikpapier“, "greenwashing"), insinuations
about who pays for science („Wer die Musik bezahlt ...“, "pays the people who grade its
homework"), generic caveats and reading instructions, company hype ("a transformative
moment", "the end of the daily pill"), hopes, fears, doubts, evasions, open questions, an
influencer's appeal and vox pops of trial participants and parents - each beside a
check-worthy look-alike around a verifiable core: the agency's reading and rank, the
report's own graded likelihood, the definition of what a target measures, the study's
sample, risk, design and publication status, the trial's side-effect rates and statistical
significance, the funder and the sum, the disclosed fees, the poll's share holding a view,
a lobby's cost estimate, a demand with a figure, the same speaker's figure in the next row.
Half German (dpa, APA, Keystone-SDA, Reuters German; Austrian "Versicherten",
"Bundesinnung", Swiss "Gemäss", "1'482", "22'800", "tiefer", «» quotes, German „“ quotes)
and half English (Reuters, AP, AFP, PA, AAP; American "analyzed", "organizers", "liter",
British "programme", "paediatrician", Australian "per cent", "program").

241 rows (119 German, 122 English), 100 negatives (50 German, 50 English), 141
check-worthy rows of which 15 carry no figure (9 German, 6 English), 283 expected
quantities (95 counts, 49 years, 48 percentages - 45 in %, 3 in percentage points -, 42
durations - 33 in years, 5 in months, 1 in hours, 1 in days, 1 in weeks, 1 in minutes -,
20 amounts of money - 6 EUR, 5 USD, 5 CHF, 3 GBP, 1 AUD -, 13 ordinals, 9 fractions, 7
dates; 15 of them in 13 negatives, as the seventeenth batch labels a figure in a
negative), 42 checked speakers (23 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, feeling, pride, hope, fear, conviction or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, hundred-eighty-ninth, two-hundred-and-fourth,
  two-hundred-and-eighth); a quoted or reported statement of fact, figure, step, plan,
  cause or position is check-worthy with its speaker (hundred-forty-fifth,
  hundred-fifty-fifth: Konjunktiv I paraphrases of a cause or a design). Pairs from one
  speaker: Riedesel's heat days beside his „Wer jetzt noch von einer natürlichen Schwankung
  spricht“, his conviction with the 11-Grad-Marke and his refusal to forecast; Pichlbauer's
  design and her „jeder dritte“ beside „Gutes Hören ist das beste Training“; Cheswick's
  filing and doses beside "a transformative moment"; Wyssbrod's nine points beside
  «Wissenschaft ist kein Glaubenssystem»; Okonjo-Reid's 14 patients beside
  "heartbreaking"; Kleinhenz's stated cause beside „Scheinblüte“; Arnsberger's "im Plan"
  beside her certainty and her evasion; Varnum's 540 staff beside "does not make the storms
  any smaller"; Oberrauch's cause and his spruce share beside „Klimapatienten“; Brennsvik's
  42% beside "the defining health challenge"; Vorwerk's Phase 3 plan beside „Anfang vom
  Ende“; Tallbridge's stated limit of his study beside "should worry everybody";
  Quandtke's 15 percent beside „Wir spielen mit einem System“; Venkatraman's 86 projects
  beside "a health crisis" and her hope; Doolan's sixth bleaching beside "slow-motion loss";
  Ortlepp's 80 percent beside „im Kühlschrank liegen“; Wrobleski's 300 patients beside "the
  end of the daily pill"; Stangl-Moser's 2,400 publications beside „die letzte Warnung“;
  Abernethy's 9% beside "they should pay"; Vollbrecht's 25 million euros beside „nur noch
  Zuschauer“; Holroyd's 700,000 women beside her hope with five years; Rüdebusch's demand
  with 10,000 and 2027 beside „ein Leben lang im Körper“; Gisler-Tanner's 627 million
  francs beside «Champions League der Forschung»; Fennimore's caution and his „scare
  stories“ beside the review's findings.
- New: a report's graded likelihood. When a study, report or agency gives its finding in
  its own calibrated terms - "extremely likely" (Copernicus), „stufen ... als „sehr
  wahrscheinlich“ ein, was in ihrer Definition einer Wahrscheinlichkeit von mehr als 90
  Prozent entspricht“ (90% "over"), „Mit hoher Übereinstimmung halten die Autorinnen und
  Autoren fest“ - the grade is the body's published measure of confidence and the row is
  check-worthy with its figures, as a published category (two-hundred-and-eighth) and
  Copernicus's "virtually certain" (hundred-tenth) are; the same words of likelihood in a
  researcher's own mouth stay a negative: "hält ... für „äußerst unwahrscheinlich“" (the
  hundred-twenty-second's "halten ... für"), „Ich bin ziemlich sicher, dass ...“ with 11
  and 2030 labelled (hundred-ninety-sixth: conviction), "Some scientists privately doubt
  ..." with 2 "under" labelled.
- New: what a target measures. A body's statement of how a goal or a metric is defined is
  check-worthy - "The Paris Agreement's 1.5C goal refers to warming averaged over two
  decades rather than to any single year, Copernicus said." (1.5 and 20 years) - a matter
  of record a reader can look up, as a pledge's terms (hundred-forty-fifth: "The pledge is
  voluntary and carries no penalties"); advice on how to read a figure is a negative ("A
  single warm year should not be read as proof that the goal has already failed, ...";
  hundred-fifty-fifth: a caution telling the reader how to take results), and so is the
  verdict built on the figure ("The 1.5-degree limit is dead, ..." with 1.5 labelled;
  two-hundred-and-eighth: verdicts built on a figure).
- New: funding and ties on record against insinuations. Who paid for a study, a report or a
  drug's development, and how much, is check-worthy ("Das Bundesforschungsministerium hatte
  die Entwicklung des Impfstoffs mit 18 Millionen Euro gefördert.", "Finanziert wurde der
  Bericht vom Klima- und Energiefonds mit 1,4 Millionen Euro, ...", "The work was funded by
  the Gates Foundation, which has given the institute more than $500 million since 2007.",
  "The National Institutes of Health paid for the review, ..."; thirty-third: a trial's
  funding), as are disclosed fees ("Two of the trial's 11 lead investigators have received
  consulting fees from Larkspur, according to disclosures published with the paper.") and a
  poll's share who believe researchers bend results for their funders (a poll's share
  holding a view, two-hundred-and-eighth); the insinuation that money bought the result is
  a negative, an accusation without a checkable claim (eighty-fourth, hundred-forty-fifth):
  «Wer die Musik bezahlt, bestimmt, was gespielt wird», ""When a company pays the people
  who grade its homework, doctors should read the results twice,"" (count 2 labelled -
  "twice" a number word, twentieth), „Panikpapier einer Klimalobby, die vom Steuerzahler
  lebt“, "advocacy dressed up as research".
- Associations, designs and caveats (hundred-fifty-fifth): a study's finding is
  check-worthy with or without a figure ("erkranken einer Studie ... zufolge seltener an
  Demenz", "könnte einer neuen Studie zufolge deutlich früher zusammenbrechen", "no single
  factor explains the rise, the analysis found"), and so is what its authors say the data
  cannot show - the study's stated design, as the hundred-fifty-fifth's observational study
  ("Die Daten stammten aus einer reinen Beobachtungsstudie, Ursache und Wirkung ließen sich
  damit nicht trennen, sagte Studienleiterin Verena Pichlbauer." -> "Verena Pichlbauer",
  "The researchers cannot say whether ..., lead researcher Owen Tallbridge said." -> "Owen
  Tallbridge", "... could not be determined from the data, the authors said.") - and its
  publication status ("The results have not yet been published in a peer-reviewed
  journal.", "The study has not been peer reviewed and relies in part on figures the
  companies report themselves."). New: a generic caveat about science that names no study
  („Ein Zusammenhang zwischen zwei Dingen heiße noch lange nicht, dass das eine das andere
  verursache, mahnte ein Epidemiologe ...“, count 2 labelled) is a negative, a lesson in
  method as the hundred-eleventh's „Eine Verdachtsmeldung bedeutet nicht, dass ...“; an
  unattributed open question stays a negative ("It is not known how the particles cross
  ...", "It is not yet known whether the extra cancers found would ever have caused harm.",
  "Whether a permanent change to a patient's DNA is worth ..."; hundred-fifty-fifth).
- Readings of a study by interested parties are negatives, also when they restate it
  (two-hundred-and-eighth: a result read as proof of one's own policy, extended here to
  lobbies, foundations and campaigners): „den Beweis, dass aktive Bewirtschaftung der beste
  Klimaschutz ist“ of a forestry association, «Die Zahlen zeigen, dass unsere
  Präventionsprogramme wirken» of the foundation that ran the programmes, ""... and now the
  evidence is in,"" of an anti-fluoride campaigner, "adds nothing to our understanding of
  real-world risk" of a plastics group; the measured findings beside them stay
  check-worthy. A lobby's cost estimate with a figure stays check-worthy ("Die Branche
  beziffert die Kosten ... auf bis zu 8 Milliarden Euro im Jahr." 8e9 EUR "up_to";
  hundred-sixty-fifth: a warning with a figure), its warning without a measure is a
  negative ("warnte vor einem „Pauschalverbot, ...“"; two-hundred-and-fourth).
- Targets and claims about them (hundred-forty-fifth, hundred-eighty-ninth): a minister's
  claim that the country is on track ("Deutschland liege beim Ziel, die Emissionen bis
  2030 um 65 Prozent zu senken, weiter im Plan" -> "Silke Arnsberger") and the agency's
  projection that it will miss by about 3 points ("Nach der jüngsten Projektion des
  Umweltbundesamts ..." 3 pp "about"; hundred-ninety-sixth: an institution's forecast) are
  both check-worthy; her certainty („daran habe ich nicht den geringsten Zweifel“, 2030
  labelled) and a company's "We will get to net zero, ..." are negatives
  (hundred-ninety-sixth: conviction); a company's standing commitment with a year ("remained
  "committed to net zero by 2050."") and a scrapped target ("scrapped a target to cut its
  oil and gas output by 25% by 2030") are check-worthy positions on record.
- Demands, appeals and hopes (two-hundred-and-fourth): a demand naming a measure and a
  figure is check-worthy (the alliance's 30 Rappen a litre, 0.3 CHF - Rappen as hundredths,
  two-hundred-and-eighth; Rüdebusch's restriction by 2027; "The charity urged ministers to
  lower the bowel screening age in England to 45." 45 years); an appeal without a measure
  is a negative („rief Eltern auf, den Impfstatus ihrer Kinder prüfen zu lassen“, the
  influencer's "throw out its plastic cutting boards tonight" with her 2 million followers
  labelled); hopes and fears are negatives with figures labelled ("hopeful this becomes
  standard practice within five years" 5 years, „Ich hoffe, dass ...“, „Polarforscher
  fürchten, ...“, "privately worry"). A denial stays check-worthy without a figure ("wies
  den Vorwurf zurück, die Polarforschung werde vernachlässigt"; two-hundred-and-fourth).
- Check-worthy without a figure (seventy-first, hundred-fifty-fifth,
  two-hundred-and-eighth): the study leads of the MedUni Wien, the PIK and the DKFZ story,
  the Wissenschaftsbarometer's fall in trust (a move reported), the stated causes of
  Kleinhenz and Oberrauch, the Bundesrat's rejection of a sugar tax, the designs and
  publication lines above and the ministry's denial.
- Quantities as earlier batches: temperatures and anomalies are counts ("10,4 Grad", "2,1
  Grad mehr als" - the comparison after the figure no hedge -, "1.48C", "20.87C", "54.9
  degrees Fahrenheit", "um rund 3,1 Grad" "about", "mit mindestens 30 Grad" "at_least",
  "exceeded 1.4C" and "would pass 1.5C" with no hedge - verbs, as "topped 33C",
  hundred-tenth -, "well below 2C" 2 "under", hundred-forty-fifth; "the 1.5C goal", "The
  1.5-degree limit" and „die 11-Grad-Marke“ 1.5 and 11 as the forty-second's
  „1,5-Grad-Ziel“, "im Mittel um bis zu 10 Grad" "up_to"); emissions and physical measures
  are counts with the scale word multiplying ("rund 628 Millionen Tonnen", "etwa 3,4
  Millionen Tonnen CO2 pro Jahr", "more than 430 million tonnes a year", "an average of 3.9
  milligrams of plastic per gram", "2 Mikrogramm pro Liter", "more than 2 milligrams ... per
  liter" "over", "the 0.7 milligrams per liter"; "CO2", "pro Jahr", "per gram", "per liter"
  none; sixty-fourth, hundred-forty-fifth); blood pressure and IQ points are counts ("by
  14.2 points more than a placebo" - "more than" after the figure compares -, "4.2 points
  lower"; sixty-fourth: a symptom score); multiples are counts ("doppelt so stark" 2, "fast
  doppelt so häufig" 2 "nearly", "up to five times as much" 5 "up_to"; hundred-tenth,
  hundred-fifty-fifth); model runs and rates give both figures ("In 37 von 100
  Modellläufen", "from 9.6 to 12.3 cases per 100,000 people"; hundred-fifty-fifth); stages
  are counts ("im Stadium 3 oder 4"; sixty-fourth) and trial phases in Arabic numerals too
  ("Phase-2-Studie", "Phase-3-Studie", "The Phase 3 study"); "zweier Stoffe" 2 (the
  hundred-forty-fifth's "binnen zweier Tage"). Shares in words: "nur etwa jeder dritte"
  0.3333 "about", "Gut ein Viertel" 0.25 "over", "Knapp die Hälfte" 0.5 "nearly", "About a
  third" 0.3333 "about", "knapp jedes sechste" 0.1667 "nearly" (the sixth to four places,
  as the hundred-fifty-fifth's "jeder siebente" 0.1429), "by about a quarter" 0.25
  "about", "Bei jedem fünften Kind" 0.2, "about three-quarters" 0.75 "about", "mehr als ein
  Drittel" 0.3333 "over". Percent as written ("um 19 Prozent niedriger", "by 28%", "um 25
  bis 40 Prozent" both, "27.4 per cent from 36.9 per cent", "less than 1%" "under", "um
  bis zu 31 Prozent" and "by as much as 69%" "up_to" - hundred-tenth: "as much as"), and
  moves in points in pp ("um neun Prozentpunkte", "0,8 Prozentpunkte tiefer", "um rund 3
  Prozentpunkte" "about"). New: "twice-yearly" is count 2 - the number word of a frequency
  written in a compound, as the sixty-fourth's "The once-daily pill" count 1 - while
  "one-time" carries none (forty-eighth: "one-way"; "one-time items" none).
- Durations: ages are years ("im Alter von 55 bis 80 Jahren", "ab 15 Jahren" "at_least",
  "bei den unter 30-Jährigen" 30 "under" - sixty-fourth: "der über 60-Jährigen" -, "adults
  under 50" and "under 40" and "children under five" "under", "aged 50 to 74", "lower ...
  to 45", "bei 15-jährigen Mädchen", "zwischen 20 und 29 Jahren", "im Alter von 9 bis 14
  Jahren", "zwischen 3 und 17 Jahren", "at five months of age" 5 months, and in negatives
  "die 74-jährige Studienteilnehmerin", "Maureen Costa, 67," and "eine 41-jährige Frau");
  spans ("9,3 Jahre lang", "im Median 26 Monate" - "im Median" no hedge -, "After six
  months", "for at least 12 months" "at_least", "within two weeks" and "within 48 hours"
  with no hedge, "over five years" with no hedge, "every two years" 2 years, "drei Jahre
  lang", "In den drei Jahren", "in den vergangenen 30 Jahren", "vor drei Jahren", "vor fünf
  Jahren" and "vor zehn Jahren" - thirtieth: "two years ago" -, "um mindestens zwei Jahre"
  "at_least", "zweimonatige Expedition" 2 months, "212 days at sea", "11 minutes per batch",
  "the 20-year average" 20 years, "over two decades" 20 years - hundred-seventh: "in two
  decades" -, and in negatives "ten years" and "within five years"). None: "a decade ago",
  "in a decade", "over the decade to 2030", "in a year", "a year", "pro Jahr", "im Jahr",
  "im vergangenen Jahr", "in diesem Jahr", "last year", "next year", "this century", "by the
  end of the century", "seit den 1950er-Jahren" (decades, thirty-fourth and fifty-ninth),
  "seit Jahrzehnten", "bis zur Mitte des Jahrhunderts", "the daily pill", weekdays and
  months ("between August and May", "between April and December", "für Juni", "at the end
  of September").
- Years, ordinals and dates: base and reference years are years ("seit 1881", "1961 bis
  1990", "gegenüber 1990", "seit 2015", "between 2016 and 2024", "since 2007", "in 2024 or
  2025" both); "frühestens 2032", "bis spätestens 2027", "ab 2030", "before 2030" and "by
  2050" the year with no qualifier (fortieth and fiftieth: the hedges bound amounts);
  ranks and rounds as ordinals ("das zweitwärmste", "the world's second-warmest", "the
  second-highest", "the fourth-warmest", "the third year in a row", "for the sixth time",
  "im ersten Quartal", "in the second quarter", "in der ersten Ausschreibungsrunde", "dem
  zweiten ... Sachstandsbericht", "the first at five months", "Mitte des 20. Jahrhunderts"
  20 - hundred-tenth: "the 20th-century average"); Reuters and AFP datelines with a day
  ("BRUSSELS, Jan 12 (Reuters)", "NEW YORK, Jan 12", "PARIS, Jan 13 (AFP)", "LONDON, Jan
  14", "BOSTON, Jan 14", "LONDON, Jan 15", "NAIROBI, Jan 15") dates without a year; dpa,
  APA, Keystone-SDA, Reuters German, AP ("WASHINGTON (AP) —", "COLUMBUS, Ohio (AP) —",
  "ATLANTA (AP) —"), PA and AAP datelines none (seventy-ninth).
- Money in the currency written: "bis zu 8 Milliarden Euro im Jahr" "up_to", "rund 1,6
  Milliarden Euro", "rund 25 Millionen Euro im Jahr" "about", "18 Millionen Euro", "21,7
  Milliarden Euro"; "rund 1,1 Milliarden Franken", "rund 410 Millionen Franken", "627
  Millionen Franken", "insgesamt 1,9 Milliarden Franken" ("insgesamt" no hedge), "30
  Rappen" 0.3 CHF; "at least $1 billion" "at_least", "$1.6 billion", "more than $500
  million" "over", "$4.1 billion", "$38.40"; "420 million pounds", "a combined 95 million
  pounds" ("a combined" no hedge), "about 37 billion pounds"; "A$1.2 billion" AUD.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "an
  estimated" "about"; "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr als", "More than",
  "more than", "Gut", "über" right before a figure "over"; "unter", "under", "less than",
  "well below" "under"; "mindestens", "at least", "ab" before an age "at_least"; "bis zu",
  "up to", "as much as" "up_to". No hedge: "im Schnitt", "durchschnittlich", "im Median",
  "im Mittel", "an average of", "on average", "zuletzt", "noch", "nur", "Just", "All",
  "insgesamt", "zusammen", "a combined", "within", "over" before a span, "frühestens",
  "bis spätestens", "before", "by", "um", and "mehr als", "more than", "lower", "tiefer
  als" after a figure.
- Speakers, checked only in forms the earlier batches settled: "Riedesel sagte, ...",
  "Pichlbauer sagte, ...", "Wyssbrod sagte, ...", "Oberrauch sagte, ...", "Vorwerk sagte,
  ...", "Quandtke sagte, ...", "Ortlepp sagte, ...", "Stangl-Moser sagte, ...", "Vollbrecht
  sagte, ...", "Rüdebusch sagte, ..." and "Gisler-Tanner sagte, ..." opening the row
  (forty-second); "Bundesumweltministerin Silke Arnsberger sagte, ..." and
  "Gesundheitsminister Alain Perrottet sagte, ..." the name with the office dropped
  (hundred-eighty-ninth); "..., sagte Studienleiterin Verena Pichlbauer." and "..., sagte
  Agora-Direktor Matthias Kleinhenz." the name with the role dropped (hundred-fifty-fifth:
  "Studienleiterin Miriam Achterberg"); "so BFW-Leiter Klaus Oberrauch" -> "Klaus
  Oberrauch" (hundred-fifty-fifth: "so BAG-Sprecherin Nadja Imfeld"); "teilte der Deutsche
  Wetterdienst (DWD) am Montag in Offenbach mit" -> "der Deutsche Wetterdienst", "teilte das
  Bundesforschungszentrum für Wald (BFW) am Dienstag mit", "teilte das Unternehmen am
  Dienstag mit" -> "das Unternehmen", "teilte die Stiftung Gesundheitsförderung Schweiz am
  Mittwoch mit", "teilte das Bundesforschungsministerium am Donnerstag mit" and "teilte das
  Staatssekretariat für Bildung, Forschung und Innovation (SBFI) am Donnerstag mit" (the
  abbreviation in brackets, the weekday and the place dropped; hundred-forty-fifth,
  hundred-fifty-fifth); "nach Angaben des Deutschen Krebsforschungszentrums (DKFZ)" -> "das
  Deutsche Krebsforschungszentrum" (the source in the nominative, hundred-fifty-fifth).
  English: "Copernicus said" three times, closing the row and opening it (hundred-tenth:
  "Copernicus said it was virtually certain ..."); "the company said on Monday" and "the
  company said" -> "the company", "the charity said on Wednesday" and "The charity said"
  opening the row -> "the charity" (tenth, hundred-fifty-fifth; hundred-forty-fifth: "The
  OECD said" -> "the OECD"), "the World Health Organization said on Thursday" and "The Royal
  College of Radiologists said" with the article in lower case (hundred-fifty-fifth);
  "Cheswick said", "Okonjo-Reid said", "Varnum said", "Brennsvik said", "Venkatraman said",
  "Doolan said" and "Abernethy said" as written; "..., lead researcher Owen Tallbridge
  said." and "Lead researcher Dr Nadia Holroyd said" the name with the role and the title
  "Dr" dropped (hundred-fifty-fifth: "Lead author Dr Hannah Okafor said"); "Wrobleski told
  analysts" -> "Wrobleski" (hundred-ninety-sixth: "told lawmakers"). Left unchecked (None):
  rows without attribution and all negatives, also those with a named speaker; "nach
  DWD-Angaben", "nach Berechnungen der Denkfabrik", "Nach der jüngsten Projektion", "laut
  Waldinventur", "laut dem Bericht", "Gemäss dem Wissenschaftsbarometer", "einer Studie ...
  zufolge", "schreiben Forschende", "berichten die Forschenden", "wie die Akademie der
  Wissenschaften mitteilte" (a "wie"-clause, hundred-ninety-sixth), "nach Angaben des
  Instituts" (the institution's noun standing for a name two rows up,
  two-hundred-and-eighth), "Die Branche beziffert" (an estimating verb, hundred-tenth),
  "the European Union's Copernicus Climate Change Service said" and "Britain's Northmoor
  Energy said" (a possessive heading the source, hundred-forty-fifth), "its developer
  Quillon Genomics said" (a description before the name, fortieth), "Gavi, the vaccine
  alliance, said" (an apposition after a body, not settled), "it said", "organizers said"
  (two-hundred-and-eighth), "researchers said", "the authors said", "researchers reported
  Tuesday", "federal scientists reported" (plural groups, forty-first), "the analysis
  found", "the study found", "the institute's annual survey found", "the report said" and
  "a study ... found" (documents), "according to ..." (an analysis by Cancer Research UK,
  the Australian Institute of Marine Science, the OECD, WHO figures, federal data,
  disclosures, a 2023 analysis; two-hundred-and-fourth), "A White House spokesperson said"
  and "A spokesperson for the health department said" (roles, two-hundred-and-fourth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_215 = [
    # --- Deutscher Wetterdienst: zweitwärmstes Jahr (dpa) ---
    (
        "de",
        "Offenbach (dpa) - Mit einem Jahresmittel von 10,4 Grad war das vergangene Jahr in Deutschland das zweitwärmste, seit 1881 flächendeckend gemessen wird.",
        True,
        [("count", 10.4, None, None), ("ordinal", 2, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Das waren 2,1 Grad mehr als im Durchschnitt der Vergleichsjahre 1961 bis 1990, teilte der Deutsche Wetterdienst (DWD) am Montag in Offenbach mit.",
        True,
        [("count", 2.1, None, None), ("year", 1961, None, None), ("year", 1990, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Neun der zehn wärmsten Jahre seit 1881 wurden nach DWD-Angaben nach 2010 registriert.",
        True,
        [("count", 9, None, None), ("count", 10, None, None), ("year", 1881, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt noch von einer natürlichen Schwankung spricht, hat die Daten nicht gelesen“, sagte DWD-Klimaexperte Tobias Riedesel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Riedesel sagte, die Zahl der Hitzetage mit mindestens 30 Grad sei seit den 1950er-Jahren von durchschnittlich drei auf zuletzt elf pro Jahr gestiegen.",
        True,
        [("count", 30, None, "at_least"), ("count", 3, None, None), ("count", 11, None, None)],
        "Riedesel",
    ),
    (
        "de",
        "„Ich bin ziemlich sicher, dass wir die 11-Grad-Marke im Jahresmittel noch vor 2030 sehen werden“, sagte Riedesel.",
        False,
        [("count", 11, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Den bisherigen Rekord hatte der DWD im Jahr 2023 mit 10,6 Grad gemessen.",
        True,
        [("year", 2023, None, None), ("count", 10.6, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der AfD-Bundestagsfraktion sprach von „Klimapanik mit Zahlen aus dem Computer“.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich der Trend in diesem Jahr fortsetzt, wollte Riedesel nicht vorhersagen.", False, [], None),
    # --- Copernicus: second-warmest year (Reuters) ---
    (
        "en",
        "BRUSSELS, Jan 12 (Reuters) - Last year was the world's second-warmest on record, with the global average temperature 1.48C above pre-industrial levels, the European Union's Copernicus Climate Change Service said on Monday.",
        True,
        [("date", "--01-12", None, None), ("ordinal", 2, None, None), ("count", 1.48, None, None)],
        None,
    ),
    (
        "en",
        "It was the third year in a row in which the annual average exceeded 1.4C, Copernicus said.",
        True,
        [("ordinal", 3, None, None), ("count", 1.4, None, None)],
        "Copernicus",
    ),
    (
        "en",
        'Copernicus said it was "extremely likely" that the 20-year average would pass 1.5C before 2030.',
        True,
        [("duration", 20, "year", None), ("count", 1.5, None, None), ("year", 2030, None, None)],
        "Copernicus",
    ),
    (
        "en",
        '"The 1.5-degree limit is dead, and pretending otherwise helps nobody," said Ingrid Solhaug, a climate scientist at the University of Bergen.',
        False,
        [("count", 1.5, None, None)],
        None,
    ),
    (
        "en",
        "The Paris Agreement's 1.5C goal refers to warming averaged over two decades rather than to any single year, Copernicus said.",
        True,
        [("count", 1.5, None, None), ("duration", 20, "year", None)],
        "Copernicus",
    ),
    (
        "en",
        "A single warm year should not be read as proof that the goal has already failed, the service's deputy director told reporters.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Away from the poles, the ocean surface averaged 20.87C over the year, the second-highest annual value after 2024.",
        True,
        [("count", 20.87, None, None), ("ordinal", 2, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "In a survey of 1,120 climate researchers by a German university, 77% said they expected warming of at least 2.5C by the end of the century.",
        True,
        [("count", 1120, None, None), ("percent", 77, "%", None), ("count", 2.5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Some scientists privately doubt that governments will move fast enough to hold warming well below 2C.",
        False,
        [("count", 2, None, "under")],
        None,
    ),
    (
        "en",
        '"Every fraction of a degree matters," the head of the World Meteorological Organization said in Geneva.',
        False,
        [],
        None,
    ),
    # --- Hörgeräte und Demenz (APA) ---
    (
        "de",
        "Wien (APA) - Schwerhörige Menschen, die ein Hörgerät tragen, erkranken einer Studie der MedUni Wien zufolge seltener an Demenz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ihr Risiko lag um 19 Prozent niedriger als bei Schwerhörigen ohne Hörhilfe, berichten die Forschenden im Fachjournal „The Lancet Healthy Longevity“.",
        True,
        [("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden die Daten von rund 61.000 Versicherten im Alter von 55 bis 80 Jahren, die im Schnitt 9,3 Jahre lang beobachtet wurden.",
        True,
        [
            ("count", 61000, None, "about"),
            ("duration", 55, "year", None),
            ("duration", 80, "year", None),
            ("duration", 9.3, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Daten stammten aus einer reinen Beobachtungsstudie, Ursache und Wirkung ließen sich damit nicht trennen, sagte Studienleiterin Verena Pichlbauer.",
        True,
        [],
        "Verena Pichlbauer",
    ),
    ("de", "„Gutes Hören ist das beste Training für das Gehirn, das wir kennen“, sagte Pichlbauer.", False, [], None),
    (
        "de",
        "Pichlbauer sagte, in Österreich trage nur etwa jeder dritte Mensch mit behandlungsbedürftigem Hörverlust tatsächlich ein Hörgerät.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Pichlbauer",
    ),
    (
        "de",
        "Die Bundesinnung der Hörakustiker nannte die Ergebnisse „einen Weckruf an die Krankenkassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Zusammenhang zwischen zwei Dingen heiße noch lange nicht, dass das eine das andere verursache, mahnte ein Epidemiologe der Universität Graz.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Seit ich wieder gut höre, gehe ich wieder unter Leute“, sagte die 74-jährige Studienteilnehmerin Hermine Ebenbichler.",
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    # --- Blood pressure injection trial (Reuters) ---
    (
        "en",
        "NEW YORK, Jan 12 (Reuters) - An experimental twice-yearly injection from Larkspur Therapeutics lowered blood pressure by 14.2 points more than a placebo in its final round of testing, the company said on Monday.",
        True,
        [("date", "--01-12", None, None), ("count", 2, None, None), ("count", 14.2, None, None)],
        "the company",
    ),
    (
        "en",
        "The Phase 3 study enrolled 1,480 adults whose hypertension was not controlled by at least two existing drugs.",
        True,
        [("count", 3, None, None), ("count", 1480, None, None), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "After six months, 41% of patients on the injection had reached their target blood pressure, compared with 12% on placebo.",
        True,
        [("duration", 6, "month", None), ("percent", 41, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        '"This is a transformative moment for the millions of people whose blood pressure no pill can tame," Chief Executive Lorna Cheswick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cheswick said the company would file for U.S. approval in the second quarter and had built up stock of about 2 million doses.",
        True,
        [("ordinal", 2, None, None), ("count", 2000000, None, "about")],
        "Cheswick",
    ),
    (
        "en",
        "Serious side effects occurred in 3.1% of patients in the drug group and 2.8% in the placebo group, a difference that was not statistically significant.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Two of the trial's 11 lead investigators have received consulting fees from Larkspur, according to disclosures published with the paper.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        '"When a company pays the people who grade its homework, doctors should read the results twice," said a cardiologist who was not involved in the study.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Analysts at Brenton Partners estimate peak annual sales of $4.1 billion.",
        True,
        [("money", 4100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts question whether insurers will pay for an injection that is likely to cost far more than existing pills.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"I feel like someone handed me back ten years," said Maureen Costa, 67, who took part in the trial in Ohio.',
        False,
        [("duration", 10, "year", None), ("duration", 67, "year", None)],
        None,
    ),
    # --- Wissenschaftsbarometer Schweiz (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Vertrauen der Schweizer Bevölkerung in die Wissenschaft ist leicht gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gemäss dem Wissenschaftsbarometer Schweiz gaben 58 Prozent der Befragten an, der Wissenschaft eher oder voll zu vertrauen, vor drei Jahren waren es noch 64 Prozent.",
        True,
        [("percent", 58, "%", None), ("duration", 3, "year", None), ("percent", 64, "%", None)],
        None,
    ),
    (
        "de",
        "Gut ein Viertel stimmte der Aussage zu, Forschende würden ihre Ergebnisse im Sinne ihrer Geldgeber zurechtbiegen.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "«Wissenschaft ist kein Glaubenssystem, sondern eine Methode, die sich selbst korrigiert», sagte Studienleiter Reto Wyssbrod von der Universität Zürich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wyssbrod sagte, am stärksten sei das Vertrauen bei den unter 30-Jährigen gesunken, nämlich um neun Prozentpunkte.",
        True,
        [("duration", 30, "year", "under"), ("percent", 9, "pp", None)],
        "Wyssbrod",
    ),
    (
        "de",
        "Die SVP sprach in einer Mitteilung von «Staatswissenschaft, die dem Volk vorschreiben will, was es zu denken hat».",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Wer die Musik bezahlt, bestimmt, was gespielt wird», sagte ein SVP-Nationalrat mit Blick auf die Forschungsförderung des Bundes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund finanziert den Schweizerischen Nationalfonds in diesem Jahr mit rund 1,1 Milliarden Franken.",
        True,
        [("money", 1100000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Ob der Rückgang eine Folge der Pandemiejahre ist oder ein dauerhafter Trend, lässt die Studie offen.",
        False,
        [],
        None,
    ),
    # --- Bowel cancer in younger adults (PA) ---
    (
        "en",
        "LONDON (PA) - Bowel cancer rates among adults under 50 in England have risen by 28% in a decade, according to an analysis by Cancer Research UK.",
        True,
        [("duration", 50, "year", "under"), ("percent", 28, "%", None)],
        None,
    ),
    (
        "en",
        "The charity said the rate in that age group rose from 9.6 to 12.3 cases per 100,000 people between 2013 and 2023.",
        True,
        [
            ("count", 9.6, None, None),
            ("count", 12.3, None, None),
            ("count", 100000, None, None),
            ("year", 2013, None, None),
            ("year", 2023, None, None),
        ],
        "the charity",
    ),
    (
        "en",
        '"We are seeing young people with a cancer we used to think of as a disease of old age, and it is heartbreaking," said Dr Amara Okonjo-Reid, a consultant surgeon in Leeds.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonjo-Reid said she had operated on 14 patients under 40 last year, compared with four a decade ago.",
        True,
        [("count", 14, None, None), ("duration", 40, "year", "under"), ("count", 4, None, None)],
        "Okonjo-Reid",
    ),
    (
        "en",
        "Obesity, diet and antibiotic use are among the suspected causes, but no single factor explains the rise, the analysis found.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The charity urged ministers to lower the bowel screening age in England to 45.",
        True,
        [("duration", 45, "year", None)],
        None,
    ),
    (
        "en",
        "A spokesperson for the health department said everyone aged 50 to 74 was now invited for screening every two years.",
        True,
        [("duration", 50, "year", None), ("duration", 74, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", '"Screening saves lives, full stop," the spokesperson said.', False, [], None),
    (
        "en",
        "Whether the trend reflects more cancer or simply better detection remains disputed among specialists.",
        False,
        [],
        None,
    ),
    # --- Agora: Emissionen gesunken (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschlands Treibhausgasemissionen sind im vergangenen Jahr nach Berechnungen der Denkfabrik Agora Energiewende um 3,2 Prozent auf rund 628 Millionen Tonnen gesunken.",
        True,
        [("percent", 3.2, "%", None), ("count", 628000000, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht einem Minus von 49 Prozent gegenüber 1990.",
        True,
        [("percent", 49, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Der Rückgang gehe vor allem auf die schwache Industrieproduktion zurück und nicht auf strukturellen Klimaschutz, sagte Agora-Direktor Matthias Kleinhenz.",
        True,
        [],
        "Matthias Kleinhenz",
    ),
    (
        "de",
        "„Wir erleben eine Scheinblüte, die mit der nächsten Konjunkturerholung verpufft“, sagte Kleinhenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesumweltministerin Silke Arnsberger sagte, Deutschland liege beim Ziel, die Emissionen bis 2030 um 65 Prozent zu senken, weiter im Plan.",
        True,
        [("year", 2030, None, None), ("percent", 65, "%", None)],
        "Silke Arnsberger",
    ),
    (
        "de",
        "„Wir werden das Klimaziel 2030 erreichen, daran habe ich nicht den geringsten Zweifel“, sagte Arnsberger.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Nach der jüngsten Projektion des Umweltbundesamts wird Deutschland das Ziel für 2030 um rund 3 Prozentpunkte verfehlen.",
        True,
        [("year", 2030, None, None), ("percent", 3, "pp", "about")],
        None,
    ),
    (
        "de",
        "Der Industrieverband BDI nannte die Zahlen „ein Warnsignal für den Standort, nicht für das Klima“.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Bundesregierung ihr Klimaschutzprogramm nachschärft, ließ Arnsberger offen.", False, [], None),
    (
        "de",
        "„Klimaschutz durch Rezession ist kein Erfolgsmodell, sondern ein Armutszeugnis“, sagte ein Sprecher der Grünen im Bundestag.",
        False,
        [],
        None,
    ),
    # --- U.S. temperatures and research cuts (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Last year was the fourth-warmest on record for the contiguous United States, with an average temperature of 54.9 degrees Fahrenheit, federal scientists reported Tuesday.",
        True,
        [("ordinal", 4, None, None), ("count", 54.9, None, None)],
        None,
    ),
    (
        "en",
        "The country recorded 23 weather and climate disasters that each caused at least $1 billion in damage, the second-highest number since records began in 1980.",
        True,
        [
            ("count", 23, None, None),
            ("money", 1000000000, "USD", "at_least"),
            ("ordinal", 2, None, None),
            ("year", 1980, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Firing the people who measure the storms does not make the storms any smaller," said Denise Varnum, a former agency scientist who now teaches in Colorado.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Varnum said the agency had already lost about 540 of its roughly 4,000 research staff since last spring.",
        True,
        [("count", 540, None, "about"), ("count", 4000, None, "about")],
        "Varnum",
    ),
    (
        "en",
        'A White House spokesperson said the administration\'s spending plan would save $1.6 billion and "refocus science on its core mission."',
        True,
        [("money", 1600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "More than 1,300 scientists signed an open letter within 48 hours asking Congress to reject the cuts, organizers said.",
        True,
        [("count", 1300, None, "over"), ("duration", 48, "hour", None)],
        None,
    ),
    ("en", '"We cannot stay silent while the instruments go dark," the letter says.', False, [], None),
    ("en", "Some Republican senators privately question whether the cuts go too far.", False, [], None),
    (
        "en",
        'Critics of the agency\'s climate work have long accused its scientists of "advocacy dressed up as research."',
        False,
        [],
        None,
    ),
    # --- Waldinventur: Wald speichert weniger CO2 (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Wald nimmt deutlich weniger Kohlendioxid auf als noch vor zehn Jahren.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Netto-Senkenleistung sei seit 2015 um rund 60 Prozent auf etwa 3,4 Millionen Tonnen CO2 pro Jahr geschrumpft, teilte das Bundesforschungszentrum für Wald (BFW) am Dienstag mit.",
        True,
        [("year", 2015, None, None), ("percent", 60, "%", "about"), ("count", 3400000, None, "about")],
        "das Bundesforschungszentrum für Wald",
    ),
    (
        "de",
        "Hauptgründe seien Borkenkäferbefall nach Dürrejahren und mehr Schadholz durch Stürme, so BFW-Leiter Klaus Oberrauch.",
        True,
        [],
        "Klaus Oberrauch",
    ),
    ("de", "„Der Wald ist vom Klimaretter zum Klimapatienten geworden“, sagte Oberrauch.", False, [], None),
    (
        "de",
        "Oberrauch sagte, der Anteil der Fichte am Holzvorrat sei in den vergangenen 30 Jahren von 61 auf 55 Prozent gesunken.",
        True,
        [("duration", 30, "year", None), ("percent", 61, "%", None), ("percent", 55, "%", None)],
        "Oberrauch",
    ),
    (
        "de",
        "Knapp die Hälfte der Landesfläche ist laut Waldinventur mit Wald bedeckt.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Verband der Forstbetriebe sah in den Daten „den Beweis, dass aktive Bewirtschaftung der beste Klimaschutz ist“.",
        False,
        [],
        None,
    ),
    ("de", "Der WWF sprach dagegen von „einem Alarmsignal, das die Holzlobby schönredet“.", False, [], None),
    (
        "de",
        "Ob der Wald schon in wenigen Jahren mehr CO2 abgibt, als er aufnimmt, wagen die Forschenden nicht vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Global cancer projection (AFP) ---
    (
        "en",
        "PARIS, Jan 13 (AFP) - New cancer cases worldwide are projected to rise by 61% to about 30.5 million a year by 2050, a study in The Lancet showed on Tuesday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("percent", 61, "%", None),
            ("count", 30500000, None, "about"),
            ("year", 2050, None, None),
        ],
        None,
    ),
    (
        "en",
        "Cancer deaths would climb by 75% to 18.6 million a year over the same period, the researchers estimated.",
        True,
        [("percent", 75, "%", None), ("count", 18600000, None, None)],
        None,
    ),
    (
        "en",
        "The study, led by the Institute for Health Metrics and Evaluation in Seattle, drew on data from 204 countries and territories.",
        True,
        [("count", 204, None, None)],
        None,
    ),
    (
        "en",
        '"Cancer is going to be the defining health challenge of this century," said lead author Mikael Brennsvik.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brennsvik said about 42% of cancer deaths last year could be attributed to modifiable risks such as smoking, alcohol and high blood sugar.",
        True,
        [("percent", 42, "%", "about")],
        "Brennsvik",
    ),
    (
        "en",
        "The work was funded by the Gates Foundation, which has given the institute more than $500 million since 2007.",
        True,
        [("money", 500000000, "USD", "over"), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Critics of the institute say its models lean on too many assumptions where data are thin.",
        False,
        [],
        None,
    ),
    ("en", "Whether health systems in poorer countries can cope with the surge is far from clear.", False, [], None),
    (
        "en",
        '"Numbers like these should terrify every finance minister on the planet," said the head of a cancer charity in London.',
        False,
        [],
        None,
    ),
    # --- Krebsimpfstoff gegen Hautkrebs (Reuters) ---
    (
        "de",
        "Mainz (Reuters) - Das Biotech-Unternehmen Veltrana hat mit einem personalisierten Krebsimpfstoff in einer Phase-2-Studie das Rückfallrisiko bei schwarzem Hautkrebs deutlich gesenkt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei Patientinnen und Patienten, die den Impfstoff zusätzlich zur Standardtherapie erhielten, sank das Risiko eines Rückfalls oder Todes um 44 Prozent, teilte das Unternehmen am Dienstag mit.",
        True,
        [("percent", 44, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "An der Studie nahmen 157 Menschen mit Tumoren im Stadium 3 oder 4 teil, die im Median 26 Monate lang beobachtet wurden.",
        True,
        [
            ("count", 157, None, None),
            ("count", 3, None, None),
            ("count", 4, None, None),
            ("duration", 26, "month", None),
        ],
        None,
    ),
    (
        "de",
        "„Das ist der Anfang vom Ende des schwarzen Hautkrebses als tödliche Krankheit“, sagte Veltrana-Chefin Annegret Vorwerk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vorwerk sagte, eine Phase-3-Studie mit rund 1.100 Teilnehmenden solle noch im ersten Quartal beginnen.",
        True,
        [("count", 3, None, None), ("count", 1100, None, "about"), ("ordinal", 1, None, None)],
        "Vorwerk",
    ),
    (
        "de",
        "Ein Onkologe der Universitätsklinik Essen nannte die Daten „vielversprechend, aber noch lange kein Beweis“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie von Veltrana stieg im frühen Handel um bis zu 31 Prozent.",
        True,
        [("percent", 31, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Das Bundesforschungsministerium hatte die Entwicklung des Impfstoffs mit 18 Millionen Euro gefördert.",
        True,
        [("money", 18000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Patientenvertreter warfen dem Unternehmen vor, mit einer Pressemitteilung vor der Veröffentlichung der Daten „Hoffnungen zu verkaufen“.",
        False,
        [],
        None,
    ),
    # --- Microplastics in brain tissue (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Human brain samples collected in 2025 contained about 40% more microplastics than samples from 2018, researchers reported Tuesday.",
        True,
        [("year", 2025, None, None), ("percent", 40, "%", "about"), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "The team at Tamsworth State University analyzed tissue from 64 people who died in Ohio and found an average of 3.9 milligrams of plastic per gram of brain tissue.",
        True,
        [("count", 64, None, None), ("count", 3.9, None, None)],
        None,
    ),
    (
        "en",
        "Brains of people who had been diagnosed with dementia held up to five times as much plastic as the others, the study found.",
        True,
        [("count", 5, None, "up_to")],
        None,
    ),
    (
        "en",
        "The researchers cannot say whether the plastic harms the brain or whether damaged brains simply collect more of it, lead researcher Owen Tallbridge said.",
        True,
        [],
        "Owen Tallbridge",
    ),
    (
        "en",
        '"If you have a brain, you have plastic in it, and that should worry everybody," Tallbridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'An industry group representing plastics makers said the study "adds nothing to our understanding of real-world risk."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Global plastic production has roughly doubled since 2000 to more than 430 million tonnes a year, according to the OECD.",
        True,
        [("year", 2000, None, None), ("count", 430000000, None, "over")],
        None,
    ),
    ("en", "It is not known how the particles cross the barrier that normally shields the brain.", False, [], None),
    (
        "en",
        '"Every family should throw out its plastic cutting boards tonight," a wellness influencer told her 2 million followers after the study came out.',
        False,
        [("count", 2000000, None, None)],
        None,
    ),
    # --- PIK-Studie zur Atlantikströmung (dpa) ---
    (
        "de",
        "Potsdam (dpa) - Die Atlantische Umwälzströmung (AMOC) könnte einer neuen Studie zufolge deutlich früher zusammenbrechen als bisher angenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In 37 von 100 Modellläufen sei die Strömung noch vor dem Jahr 2100 zum Erliegen gekommen, schreiben Forschende des Potsdam-Instituts für Klimafolgenforschung (PIK) im Fachjournal „Nature Geoscience“.",
        True,
        [("count", 37, None, None), ("count", 100, None, None), ("year", 2100, None, None)],
        None,
    ),
    (
        "de",
        "Eine Abschwächung um 25 bis 40 Prozent bis 2100 stufen die Autorinnen und Autoren als „sehr wahrscheinlich“ ein, was in ihrer Definition einer Wahrscheinlichkeit von mehr als 90 Prozent entspricht.",
        True,
        [
            ("percent", 25, "%", None),
            ("percent", 40, "%", None),
            ("year", 2100, None, None),
            ("percent", 90, "%", "over"),
        ],
        None,
    ),
    (
        "de",
        "„Wir spielen mit einem System, das sich nicht zurückdrehen lässt, wenn es einmal gekippt ist“, sagte PIK-Forscherin Judith Quandtke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Quandtke sagte, die Strömung habe sich seit Mitte des 20. Jahrhunderts bereits um etwa 15 Prozent abgeschwächt.",
        True,
        [("ordinal", 20, None, None), ("percent", 15, "%", "about")],
        "Quandtke",
    ),
    (
        "de",
        "Ein Ozeanograf des Geomar-Zentrums in Kiel hält einen Zusammenbruch in diesem Jahrhundert dagegen für „äußerst unwahrscheinlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Zusammenbruch würde nach früheren Studien in Nordeuropa zu deutlich kälteren Wintern führen, in Skandinavien im Mittel um bis zu 10 Grad.",
        True,
        [("count", 10, None, "up_to")],
        None,
    ),
    ("de", "Klimaskeptische Blogs sprachen von „Weltuntergangsszenarien aus dem Rechenzentrum“.", False, [], None),
    ("de", "Wie ernst Regierungen diese Warnungen nehmen, bleibt abzuwarten.", False, [], None),
    # --- Wellcome funds climate and health research (Reuters) ---
    (
        "en",
        "LONDON, Jan 14 (Reuters) - The Wellcome Trust will spend 420 million pounds over five years on research into how heat, floods and air pollution affect human health, the charity said on Wednesday.",
        True,
        [("date", "--01-14", None, None), ("money", 420000000, "GBP", None), ("duration", 5, "year", None)],
        "the charity",
    ),
    (
        "en",
        "About a third of the money will go to research teams based in Africa, South Asia and Latin America, it said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"Climate change is a health crisis, and we have been far too slow to treat it as one," said Priya Venkatraman, who heads the trust\'s climate and health programme.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Venkatraman said the trust had funded 86 climate and health projects since 2021, worth a combined 95 million pounds.",
        True,
        [("count", 86, None, None), ("year", 2021, None, None), ("money", 95000000, "GBP", None)],
        "Venkatraman",
    ),
    (
        "en",
        "Research on climate and health accounts for less than 1% of global health research spending, according to a 2023 analysis by the trust.",
        True,
        [("percent", 1, "%", "under"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some researchers in the field privately worry that the money will flow mainly to big universities in Europe and North America.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Wellcome's latest accounts put the value of its investment portfolio at about 37 billion pounds.",
        True,
        [("money", 37000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"This is money that should have been spent a decade ago," said a British epidemiologist who has advised the trust.',
        False,
        [],
        None,
    ),
    ("en", 'Venkatraman said she was "hopeful that governments will follow our lead."', False, [], None),
    # --- Übergewicht bei Schulkindern (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz ist knapp jedes sechste Schulkind übergewichtig oder adipös.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil liege bei 16,4 Prozent und damit 0,8 Prozentpunkte tiefer als vor fünf Jahren, teilte die Stiftung Gesundheitsförderung Schweiz am Mittwoch mit.",
        True,
        [("percent", 16.4, "%", None), ("percent", 0.8, "pp", None), ("duration", 5, "year", None)],
        "die Stiftung Gesundheitsförderung Schweiz",
    ),
    (
        "de",
        "Ausgewertet wurden die Messdaten von rund 22'800 Kindern und Jugendlichen aus 14 Kantonen und Städten.",
        True,
        [("count", 22800, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Kinder aus Familien mit tiefem Bildungsniveau sind laut dem Bericht fast doppelt so häufig betroffen wie andere.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "«Die Zahlen zeigen, dass unsere Präventionsprogramme wirken», sagte eine Sprecherin der Stiftung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Allianz von Gesundheitsorganisationen forderte erneut eine Abgabe von 30 Rappen pro Liter auf gezuckerte Getränke.",
        True,
        [("money", 0.3, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Verband der Getränkehersteller nannte die Forderung «Bevormundung, die am Problem vorbeizielt».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gesundheitsminister Alain Perrottet sagte, der Bundesrat lehne eine Zuckersteuer weiterhin ab.",
        True,
        [],
        "Alain Perrottet",
    ),
    (
        "de",
        "Ob die freiwillige Zuckerreduktion der Industrie ausreicht, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Great Barrier Reef survey (AAP) ---
    (
        "en",
        "TOWNSVILLE (AAP) - The share of the northern Great Barrier Reef covered by hard coral has fallen by about a quarter in a year after the most widespread bleaching on record, according to the Australian Institute of Marine Science.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Average cover in the northern region dropped to 27.4 per cent from 36.9 per cent, the institute's annual survey found.",
        True,
        [("percent", 27.4, "%", None), ("percent", 36.9, "%", None)],
        None,
    ),
    (
        "en",
        "Survey teams spent 212 days at sea and visited 124 reefs between August and May.",
        True,
        [("duration", 212, "day", None), ("count", 124, None, None)],
        None,
    ),
    (
        "en",
        '"What we are watching is the slow-motion loss of one of the natural wonders of the world," AIMS program leader Hamish Doolan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Doolan said the reef had now bleached on a mass scale for the sixth time since 2016.",
        True,
        [("ordinal", 6, None, None), ("year", 2016, None, None)],
        "Doolan",
    ),
    (
        "en",
        'Tourism operators in Cairns insisted the reef remained "open for business and as beautiful as ever".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Canberra has set aside A$1.2 billion for the reef over the decade to 2030.",
        True,
        [("money", 1200000000, "AUD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Environment groups said the money was meaningless as long as Canberra kept approving new coal and gas projects.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Scientists have warned the reef may no longer have enough time to recover between bleaching events.",
        False,
        [],
        None,
    ),
    # --- HPV-Impfung und Gebärmutterhalskrebs (dpa) ---
    (
        "de",
        "Heidelberg (dpa) - Seit Einführung der HPV-Impfung ist Gebärmutterhalskrebs bei jungen Frauen in Deutschland deutlich seltener geworden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei Frauen zwischen 20 und 29 Jahren sank die Erkrankungsrate nach Angaben des Deutschen Krebsforschungszentrums (DKFZ) zwischen 2008 und 2023 um 58 Prozent.",
        True,
        [
            ("duration", 20, "year", None),
            ("duration", 29, "year", None),
            ("year", 2008, None, None),
            ("year", 2023, None, None),
            ("percent", 58, "%", None),
        ],
        "das Deutsche Krebsforschungszentrum",
    ),
    (
        "de",
        "Die Impfquote bei 15-jährigen Mädchen liegt bundesweit aber nur bei 54 Prozent, bei gleichaltrigen Jungen bei 27 Prozent.",
        True,
        [("duration", 15, "year", None), ("percent", 54, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir haben eine Impfung gegen Krebs und lassen sie im Kühlschrank liegen“, sagte DKFZ-Epidemiologin Sabine Ortlepp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ortlepp sagte, in Ländern mit Impfquoten über 80 Prozent seien in den geimpften Jahrgängen praktisch keine Fälle mehr aufgetreten.",
        True,
        [("percent", 80, "%", "over")],
        "Ortlepp",
    ),
    (
        "de",
        "Impfskeptische Gruppen sprachen in sozialen Netzwerken von „Propaganda der Pharmaindustrie“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ständige Impfkommission empfiehlt die Impfung seit 2007 für Mädchen und seit 2018 auch für Jungen im Alter von 9 bis 14 Jahren.",
        True,
        [
            ("year", 2007, None, None),
            ("year", 2018, None, None),
            ("duration", 9, "year", None),
            ("duration", 14, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Kassenärztlichen Bundesvereinigung rief Eltern auf, den Impfstatus ihrer Kinder prüfen zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Als Mutter will ich das Beste für meine Tochter, aber den Herstellern traue ich nicht“, sagte eine 41-jährige Frau in Mannheim.",
        False,
        [("duration", 41, "year", None)],
        None,
    ),
    # --- Gene editing for cholesterol (Reuters) ---
    (
        "en",
        'BOSTON, Jan 14 (Reuters) - A one-time gene-editing treatment cut levels of "bad" LDL cholesterol by an average of 55% in a small early-stage trial, its developer Quillon Genomics said on Wednesday.',
        True,
        [("date", "--01-14", None, None), ("percent", 55, "%", None)],
        None,
    ),
    (
        "en",
        "All 14 patients in the trial had an inherited form of high cholesterol that statins had failed to control.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "At the highest dose, LDL fell by as much as 69% and stayed low for at least 12 months.",
        True,
        [("percent", 69, "%", "up_to"), ("duration", 12, "month", "at_least")],
        None,
    ),
    (
        "en",
        "One patient had a mild liver reaction that cleared up within two weeks, the company said.",
        True,
        [("count", 1, None, None), ("duration", 2, "week", None)],
        "the company",
    ),
    (
        "en",
        '"We may be looking at the end of the daily pill for heart disease," Quillon Chief Executive Daniel Wrobleski told analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wrobleski told analysts the company planned to start a mid-stage trial in about 300 patients next year.",
        True,
        [("count", 300, None, "about")],
        "Wrobleski",
    ),
    (
        "en",
        '"Fourteen patients is a proof of concept, not a cure," said a preventive cardiologist at a Boston hospital who was not involved in the research.',
        False,
        [("count", 14, None, None)],
        None,
    ),
    ("en", "The results have not yet been published in a peer-reviewed journal.", True, [], None),
    (
        "en",
        "Quillon shares rose 12% to $38.40.",
        True,
        [("percent", 12, "%", None), ("money", 38.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Whether a permanent change to a patient's DNA is worth the unknown long-term risks is a question regulators have yet to settle.",
        False,
        [],
        None,
    ),
    # --- Klimasachstandsbericht (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich ist die Temperatur seit Beginn der Industrialisierung um rund 3,1 Grad gestiegen und damit doppelt so stark wie im globalen Mittel.",
        True,
        [("count", 3.1, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem zweiten Österreichischen Sachstandsbericht zum Klimawandel hervor, an dem mehr als 200 Forschende drei Jahre lang mitgearbeitet haben.",
        True,
        [("ordinal", 2, None, None), ("count", 200, None, "over"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Mit hoher Übereinstimmung halten die Autorinnen und Autoren fest, dass es in Wien bis 2050 im Schnitt mindestens 30 Hitzetage pro Jahr geben wird.",
        True,
        [("year", 2050, None, None), ("count", 30, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Dieser Bericht ist die letzte Warnung, die wir uns noch leisten können“, sagte Ko-Vorsitzende Elisabeth Stangl-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stangl-Moser sagte, der Bericht stütze sich auf mehr als 2.400 wissenschaftliche Veröffentlichungen.",
        True,
        [("count", 2400, None, "over")],
        "Stangl-Moser",
    ),
    (
        "de",
        "Die FPÖ bezeichnete den Bericht als „Panikpapier einer Klimalobby, die vom Steuerzahler lebt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanziert wurde der Bericht vom Klima- und Energiefonds mit 1,4 Millionen Euro, wie die Akademie der Wissenschaften mitteilte.",
        True,
        [("money", 1400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Klimaschutzministerin sagte, sie sehe in dem Bericht „einen Auftrag an die gesamte Bundesregierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Österreich sein Ziel der Klimaneutralität bis 2040 noch erreichen kann, lassen die Autorinnen und Autoren offen.",
        False,
        [("year", 2040, None, None)],
        None,
    ),
    # --- Fossil producers' emissions study (Reuters) ---
    (
        "en",
        "LONDON, Jan 15 (Reuters) - Just 63 oil, gas, coal and cement producers were responsible for 76% of global fossil carbon dioxide emissions between 2016 and 2024, a study by the think tank CarbonLedger found.",
        True,
        [
            ("date", "--01-15", None, None),
            ("count", 63, None, None),
            ("percent", 76, "%", None),
            ("year", 2016, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        '"These companies knew, they profited, and they should pay," said CarbonLedger director Helen Abernethy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Abernethy said the 20 biggest investor-owned companies had raised their output by a combined 9% since 2016.",
        True,
        [("count", 20, None, None), ("percent", 9, "%", None), ("year", 2016, None, None)],
        "Abernethy",
    ),
    (
        "en",
        'Britain\'s Northmoor Energy said it had cut emissions from its own operations by 41% since 2019 and remained "committed to net zero by 2050."',
        True,
        [("percent", 41, "%", None), ("year", 2019, None, None), ("year", 2050, None, None)],
        None,
    ),
    (
        "en",
        "Northmoor last year scrapped a target to cut its oil and gas output by 25% by 2030.",
        True,
        [("percent", 25, "%", None), ("year", 2030, None, None)],
        None,
    ),
    ("en", 'Campaigners accused the industry of "greenwashing on an industrial scale."', False, [], None),
    (
        "en",
        '"We will get to net zero, and we will do it while keeping the lights on," a Northmoor spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The study has not been peer reviewed and relies in part on figures the companies report themselves.",
        True,
        [],
        None,
    ),
    (
        "en",
        'An oil industry lobbyist dismissed the report as "the same old blame game with a fresh coat of data."',
        False,
        [],
        None,
    ),
    # --- Polarstern-Nachfolger verzögert sich (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Der Bau eines Nachfolgers für den Forschungseisbrecher „Polarstern“ verzögert sich erneut um mindestens zwei Jahre.",
        True,
        [("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Das neue Schiff solle nun frühestens 2032 in Dienst gehen, die Kosten stiegen auf rund 1,6 Milliarden Euro, teilte das Bundesforschungsministerium am Donnerstag mit.",
        True,
        [("year", 2032, None, None), ("money", 1600000000, "EUR", "about")],
        "das Bundesforschungsministerium",
    ),
    ("de", "Die heutige „Polarstern“ ist seit 1982 im Einsatz.", True, [("year", 1982, None, None)], None),
    (
        "de",
        "„Ohne ein eisgängiges Schiff ist Deutschland in der Polarforschung bald nur noch Zuschauer“, sagte AWI-Direktorin Kirsten Vollbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vollbrecht sagte, das Alfred-Wegener-Institut müsse ab 2030 Schiffszeit bei Partnern in Norwegen und Schweden chartern, was rund 25 Millionen Euro im Jahr koste.",
        True,
        [("year", 2030, None, None), ("money", 25000000, "EUR", "about")],
        "Vollbrecht",
    ),
    (
        "de",
        "Die Opposition sprach von einem „Armutszeugnis für ein Land, das sich gern Forschungsnation nennt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Ministeriums wies den Vorwurf zurück, die Polarforschung werde vernachlässigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Etat des Forschungsministeriums ist in diesem Jahr um 2,3 Prozent auf 21,7 Milliarden Euro gestiegen.",
        True,
        [("percent", 2.3, "%", None), ("money", 21700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die für Juni geplante zweimonatige Expedition in die Framstraße soll nach Angaben des Instituts dennoch stattfinden.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Polarforscher fürchten, dass Deutschland den Anschluss an die internationale Spitze verliert.",
        False,
        [],
        None,
    ),
    # --- AI breast screening trial (PA) ---
    (
        "en",
        "LONDON (PA) - Using artificial intelligence to read mammograms picked up 17% more breast cancers than two radiologists working alone, according to early results from an NHS trial.",
        True,
        [("percent", 17, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The trial involved 104,000 women screened at 30 NHS sites between April and December.",
        True,
        [("count", 104000, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "The AI system also cut the radiologists' reading workload by 44%, saving an average of 11 minutes per batch of scans, researchers said.",
        True,
        [("percent", 44, "%", None), ("duration", 11, "minute", None)],
        None,
    ),
    ("en", '"This will save lives, it is as simple as that," the Health Secretary said.', False, [], None),
    (
        "en",
        "The Royal College of Radiologists said England was short of about 2,000 radiologists.",
        True,
        [("count", 2000, None, "about")],
        "the Royal College of Radiologists",
    ),
    (
        "en",
        '"AI is a tool, not a radiologist, and patients deserve to know the difference," the college\'s president said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lead researcher Dr Nadia Holroyd said the full results, covering 700,000 women, were due in 2028.",
        True,
        [("count", 700000, None, None), ("year", 2028, None, None)],
        "Nadia Holroyd",
    ),
    ("en", "It is not yet known whether the extra cancers found would ever have caused harm.", False, [], None),
    (
        "en",
        'Holroyd said she was "hopeful this becomes standard practice within five years."',
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    # --- PFAS im Blut von Kindern (dpa) ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Bei jedem fünften Kind in Deutschland liegt die Belastung mit sogenannten Ewigkeitschemikalien im Blut über einem gesundheitlich bedenklichen Wert.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Untersuchung des Umweltbundesamts hervor, für die Blutproben von 1.109 Kindern und Jugendlichen zwischen 3 und 17 Jahren analysiert wurden.",
        True,
        [("count", 1109, None, None), ("duration", 3, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Der Beurteilungswert liegt bei 2 Mikrogramm pro Liter Blut für die Summe zweier Stoffe.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Stoffe bleiben ein Leben lang im Körper, und wir haben sie unseren Kindern mitgegeben“, sagte UBA-Präsidentin Cornelia Rüdebusch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rüdebusch sagte, die EU müsse die geplante Beschränkung der rund 10.000 PFAS-Verbindungen bis spätestens 2027 beschließen.",
        True,
        [("count", 10000, None, "about"), ("year", 2027, None, None)],
        "Rüdebusch",
    ),
    (
        "de",
        "Der Verband der Chemischen Industrie warnte vor einem „Pauschalverbot, das Wärmepumpen und Medizintechnik aus Europa vertreibt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Branche beziffert die Kosten eines umfassenden Verbots auf bis zu 8 Milliarden Euro im Jahr.",
        True,
        [("money", 8000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Umweltverbände warfen der Industrie vor, seit Jahrzehnten von den Risiken gewusst zu haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Kein Wert ist ein guter Wert, wenn es um das Blut unserer Kinder geht“, sagte eine Sprecherin der Deutschen Umwelthilfe.",
        False,
        [],
        None,
    ),
    # --- Malaria vaccine rollout (Reuters) ---
    (
        "en",
        "NAIROBI, Jan 15 (Reuters) - Deaths among young children fell by 13% in parts of Africa where malaria vaccines were rolled out, the World Health Organization said on Thursday.",
        True,
        [("date", "--01-15", None, None), ("percent", 13, "%", None)],
        "the World Health Organization",
    ),
    (
        "en",
        "The analysis covered about 4.2 million children in 19 countries that began vaccinating in 2024 or 2025.",
        True,
        [
            ("count", 4200000, None, "about"),
            ("count", 19, None, None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "Children receive four doses, the first at five months of age.",
        True,
        [("count", 4, None, None), ("ordinal", 1, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        '"This is the most exciting thing to happen in malaria in my lifetime," said a Kenyan paediatrician who took part in the rollout.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gavi, the vaccine alliance, said it had shipped 31 million doses so far and aimed to reach 50 million children by 2030.",
        True,
        [("count", 31000000, None, None), ("count", 50000000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "An estimated 583,000 people died of malaria in 2024, about three-quarters of them children under five, according to WHO figures.",
        True,
        [
            ("count", 583000, None, "about"),
            ("year", 2024, None, None),
            ("fraction", 0.75, None, "about"),
            ("duration", 5, "year", "under"),
        ],
        None,
    ),
    ("en", "Aid groups say donors remain far short of the money needed to sustain the campaign.", False, [], None),
    (
        "en",
        "Some health officials worry that mosquito resistance to insecticides could wipe out the gains.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A WHO official declined to say how much of the decline could be credited to the vaccine alone.",
        False,
        [],
        None,
    ),
    # --- Horizon Europe: Schweizer Projekte (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Schweizer Forschende haben in der ersten Ausschreibungsrunde seit der erneuten Assoziierung an das EU-Forschungsprogramm Horizon Europe 312 Projekte eingeworben.",
        True,
        [("ordinal", 1, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Die Fördermittel belaufen sich auf rund 410 Millionen Franken, teilte das Staatssekretariat für Bildung, Forschung und Innovation (SBFI) am Donnerstag mit.",
        True,
        [("money", 410000000, "CHF", "about")],
        "das Staatssekretariat für Bildung, Forschung und Innovation",
    ),
    (
        "de",
        "Die ETH Zürich und die EPFL erhielten zusammen mehr als ein Drittel der Mittel.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "«Die Schweiz spielt wieder in der Champions League der Forschung», sagte Staatssekretärin Monika Gisler-Tanner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gisler-Tanner sagte, die Schweiz zahle für die Teilnahme in diesem Jahr einen Pflichtbeitrag von 627 Millionen Franken.",
        True,
        [("money", 627000000, "CHF", None)],
        "Gisler-Tanner",
    ),
    ("de", "Die SVP kritisierte die Beiträge als «Eintrittsgeld in die EU durch die Hintertür».", False, [], None),
    (
        "de",
        "In den drei Jahren ohne Assoziierung hatte der Bund Schweizer Projekte mit insgesamt 1,9 Milliarden Franken aus eigenen Mitteln finanziert.",
        True,
        [("duration", 3, "year", None), ("money", 1900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ob die Schweiz künftig mehr aus dem Programm erhält, als sie einzahlt, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Ich hoffe, dass die jungen Forschenden jetzt nicht mehr ins Ausland abwandern», sagte der Rektor der Universität Bern.",
        False,
        [],
        None,
    ),
    # --- Fluoride and IQ review (AP) ---
    (
        "en",
        "ATLANTA (AP) — A review of 58 studies found that children exposed to drinking water with more than 2 milligrams of fluoride per liter scored on average 4.2 points lower on IQ tests, researchers reported Thursday.",
        True,
        [("count", 58, None, None), ("count", 2, None, "over"), ("count", 4.2, None, None)],
        None,
    ),
    (
        "en",
        "At the 0.7 milligrams per liter recommended for U.S. water systems, the review found no clear link to lower IQ scores.",
        True,
        [("count", 0.7, None, None)],
        None,
    ),
    (
        "en",
        "The National Institutes of Health paid for the review, which appeared in a pediatrics journal.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Putting a neurotoxin in the water supply was always a bad idea, and now the evidence is in," said Marcy Dunaway, who founded a group campaigning against fluoridation.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Community water fluoridation is one of the great public health achievements of the last century," a dental association spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Utah and Florida have banned fluoride in public water systems, and at least 11 other states are weighing similar measures.",
        True,
        [("count", 11, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 61% of Americans served by community water systems receive fluoridated water, according to federal data.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    (
        "en",
        'Lead author Gregory Fennimore said the findings "should not be used to scare parents" in places with lower levels.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the lower scores were caused by fluoride itself or by other factors in high-fluoride regions could not be determined from the data, the authors said.",
        True,
        [],
        None,
    ),
    ("en", '"Parents deserve honest science, not scare stories," Fennimore said.', False, [], None),
]
