"""Hundred-and-sixty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, works and figures are made
up (Torsten Albrecht, Rafael Ordóñez, Marisol Cantarero, Felix Grabowski, Clara Weyrauch,
Lukas Pirchner, Dominik Strasshofer, Stefan Kolbinger, Anton Hallerstein and his sister
Marie, Sabine Wurzinger, Corinne Gasser, Wohnhaus Gruber, Rainer Hollweg, Ursula
Pfeiffer-Brandt, Petra Leitgeb and her sea cow "Metaxytherium parndorfense", Jonas Imstepf,
Erlend Haugvik, Reto Bumann, Nils Ammann, Fabian Lötscher, Jacob Verhulst, Matthias
Wendland, the initiative «Freie Fahrt für alle»; Rachel Haddon, Koningsveld, Meridian
Containers, Marieke Dorrestein, Brightmeadow Nutrition, Teresa Lindgren, Ingrid Solvang,
Marcus Holloway, Deion Carter, Tyler Brandt, Brandon Welch, "Pepper and the Moon Kite",
Brightlark Pictures, "Night Velocity", Dana Kessler, Boxwatch, Angela Ruiz, Rajiv Menon,
Priyanka Rao, Chloe Tamsett, Hartfield Taverns, Martin Cole, Callum Ridley, Teo Marsh, Luca
Brambilla, Imogen Tregarthen and "The Keeper's Light", Pauline Wragg); ministers, judges,
coaches and office holders of real places appear under made-up names that stand for no real
holder, or by their role only ("der Oberbürgermeister", "der vorsitzende Richter", "ein
Gerichtssprecher", "die Kuratorin", "eine Nachbarin", "a spokeswoman for the group", "a
Congress spokesman", "ESA's director of space transportation", "her publisher"). Real
bodies, teams, events and places ("Bundestag", "Finanzministerium", "Bundesrat",
"Tegucigalpa", "Honduras", "CID Gallup", "Nationaler Wahlrat", "Wiesbaden", "Statistisches
Bundesamt", "Commerzbank", "Europäische Zentralbank", "Wiener Straflandesgericht", "Cofag",
"Schöffensenat", "Bremen", "Esa", "Argonaut", "Rapid", "Conference League", "Omonia
Nikosia", "Allianz Stadion", "Hütteldorfer", "Sofia", "Dorotheum", "Traunsee", "Nürnberg",
"Christkindlesmarkt", "Hauptmarkt", "Frauenkirche", "Eidgenössische Finanzkontrolle", "SRG",
"SP", "Romandie", "Kreditschutzverband KSV1870", "Karlsruhe", "Bundesgerichtshof", "Bochum",
"ADAC", "Verbraucherzentrale Bundesverband", "Universität Wien", "Burgenland", "Wiener
Becken", "Palaeontology", "Naturhistorisches Museum Wien", "Copper Mountain",
"Internationaler Skiverband", "Wallis", "Frankfurt/Main", "Städel Museum", "Linz-Urfahr",
"Kepler Universitätsklinikum", "Landespolizeidirektion Oberösterreich"; "Commons",
"Electoral Commission", "Conservatives", "Scottish Parliament", "Senedd", "Lampedusa",
"Libya", "Tunisia", "Interior Ministry", "Sea-Watch", "Jefferies", "Philadelphia", "The
Lancet Healthy Longevity", "Detroit Lions", "Green Bay Packers", "Ford Field", "Rotten
Tomatoes", "Comscore", "Macy's Thanksgiving Day Parade", "New York Police Department",
"AAA", "Transportation Security Administration", "O'Hare International Airport", "Congress
party", "Mumbai", "OPEC+", "Brent", "West Texas Intermediate", "Red Lion", "Croydon",
"Ministry of Justice", "Kourou", "Ariane 6", "Arianespace", "Eumetsat", "Nottingham Forest",
"Sporting Braga", "Europa League", "City Ground", "Bologna", "Waterstones", "Nielsen
BookScan", "Penzance", "Manchester") stand for the way wire copy names them; every vote,
poll, rate, price, sum, sentence, score, crowd, age, date and quote here is invented, and
where a real figure came to mind (a real budget total, a real travel forecast, a real
box-office record, a real inflation rate) it was changed.

Its weight: AN ORDINARY MIXED WIRE DAY, second round (the hundred-forty-ninth batch was the
first, and its decisions are kept) - one Thursday in late November (November 27, U.S.
Thanksgiving), 30 short stories in story order across every desk, German and English desks
alternating, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, the other side, quotes, a reaction). Half German (dpa with its slug "dpa/lby", APA,
Keystone-SDA, Reuters German, AFP German; Austrian "Schöffensenat", "unbedingt", "Passiva",
"Sanierungsverfahren", "Einsatzkräfte", "in der Nacht auf Donnerstag", Swiss "Gegnerschaft",
"Stimmbeteiligung", "Nationalstrassen", "Walliser", «» quotes, German „“ quotes): the German
budget vote, the Honduran election, German inflation, a Covid-aid fraud verdict in Vienna,
the Esa ministerial council, Rapid in the Conference League, a record at the Dorotheum, the
Nuremberg Christmas market, campaign money before a Swiss vote, Austrian insolvencies, a
Federal Court of Justice ruling on parking penalties, a fossil sea cow, a super-G training
run at Copper Mountain, a record exhibition at the Städel and a house fire in Linz. Half
English (Reuters, AP, AFP, PA): votes at 16 in the Commons, migrants off Lampedusa, a Dutch
packaging takeover, a jury verdict against a formula maker, a walking-and-dementia study,
the Thanksgiving game in Detroit, the holiday box office, the Macy's parade and holiday
travel, India's medical colleges, oil before an OPEC+ meeting, a pregnancy tribunal award,
an Ariane 6 launch, Nottingham Forest in the Europa League, Waterstones Book of the Year and
a wallet found after 38 years. Figures as such copy has them: number words and compounds
("viertägiger", "zweitägigen", "200-jährigen", "16- and 17-year-olds", "Sixteen-year-olds",
"the five-day Thanksgiving holiday", "a 45-yard touchdown run", "The 4.1-tonne satellite",
"the 36-team table"), tallies and definite groups ("329 Abgeordnete, 268 ..., zwei
Enthaltungen", "by 362 votes to 171", "26 of 34 passes", "eight of their last 10 games"),
ordinals ("den zweiten Sieg", "in der 38. Minute", "in der zweiten Minute der
Nachspielzeit", "auf Rang 14", "in der vierten Auflage", "the fourth verdict", "the fifth
flight", "the 71st minute", "sit eighth"), shares ("mehr als ein Fünftel", "etwa ein
Viertel", "by more than half"), percentages, money in euros, cents, francs, dollars, pounds
and rupees, durations, ages, sentences, years, dates, hedges and ranges. Negatives as such
copy has them: ministers', judges', coaches', executives' and experts' quotes of resolve,
verdict and feeling, labels of parties and lobbies, an accusation without a checkable claim,
analysts' and economists' views, forecasts without a figure, hopes, advice, open questions,
scene colour and vox pops - seven of them carrying figures, labelled.

243 rows (121 German, 122 English), 55 negatives (28 German, 27 English), 188 check-worthy
rows of which 26 carry no figure (16 German, 10 English), 265 expected quantities (87
counts, 50 durations - 27 in years, 8 in days, 7 in minutes, 4 in hours, 2 in months, 1 in
seconds, 1 in weeks -, 43 amounts of money - 22 EUR, 14 USD, 3 CHF, 3 GBP, 1 INR -, 27
percentages - all in % -, 24 ordinals, 21 years, 10 dates, 3 fractions; 8 of them in seven
negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers (18
German, 18 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-ninth, hundred-fifty-eighth); a reported statement of fact, figure, step or
  position is check-worthy with its speaker. The pairs from one speaker: Albrecht's fifth of
  the budget ("Finanzminister Torsten Albrecht sagte, ..." -> "Torsten Albrecht") beside his
  „Versprechen an die nächste Generation“; Haddon's election date beside her "join the Army
  at 16" (16 years labelled); Dorrestein's foothold beside "a perfect fit"; Weyrauch's
  quarter beside „auf eigenen Beinen“; Solvang's adjusted link beside "Every step counts"
  and her hope; Menon's 42 colleges and 14% beside the Congress spokesman's "Announcements
  are cheap"; Leitgeb's 47 bones beside her „Lottogewinn“. Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives
  (thirty-ninth, hundred-forty-ninth, hundred-sixtieth): Albrecht's and Weyrauch's shares,
  the presiding judge's 95 euros ("..., sei dagegen unangemessen hoch, sagte die Vorsitzende
  Richterin Ursula Pfeiffer-Brandt bei der Urteilsverkündung." -> "Ursula Pfeiffer-Brandt",
  the occasion dropped; hundred-thirty-first: "sagte der Vorsitzende Richter Hendrik
  Leuschner").
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to hundred-sixtieth):
  events and acts of record (the Honduran parliament and councils elected with the
  president, an electoral body's announced schedule - "kündigte an" unchecked -, a bill's
  provision, a partial confession, "Das Urteil ist nicht rechtskräftig.", a tribunal's
  finding, "Brightmeadow said in a statement that it would appeal.", a security plan
  presented, the market's opening ceremony, a new species found and named, bones on show
  from March, a launch, a Europa League win, a book prize), a record with a point of
  reference ("die höchste Summe in der Geschichte der Organisation", "der höchste Preis, der
  in diesem Jahr im Dorotheum ... erzielt wurde"; hundred-fifty-eighth), the sectors hit
  hardest, a lower court's ruling, investigators' belief about a cause (hundred-sixtieth), a
  fire brigade's estimate in "mehrere Hunderttausend Euro" (hundred-thirty-seventh: "mehrere
  Hunderttausend Franken", a vague magnitude with no figure), "nach Angaben des Gerichts
  Tausende ähnliche Fälle" ("Tausende" none, seventeenth), a step-counter method, a lead
  author's adjusted finding, outside experts' methodological caveat (hundred-sixtieth: "Some
  scientists have cautioned ..."), an opposition party's charge with a checkable content
  ("had missed its earlier targets"; hundred-thirty-first) and a takeover's stated purpose.
- Promises, forecasts and schedules (seventh, hundred-nineteenth, hundred-thirty-first,
  hundred-forty-ninth, hundred-fifty-eighth): a pledge with a checkable content is
  check-worthy ("Ordóñez versprach, im Fall eines Sieges binnen 100 Tagen 20.000 zusätzliche
  Polizisten einzustellen." 100 days and 20,000; "versprach" unchecked), as are forecasts,
  projections and expectations with a figure (the box office's $135 million, "expected to
  finish second with roughly $40 million", "Die Stadt rechnet ... mit etwa zwei Millionen
  Besuchern", "Die Stimmbeteiligung dürfte ... unter 45 Prozent liegen", AAA's 80.6 million,
  the sea cow's estimated length and weight with "dürfte", Koningsveld's savings,
  "Arianespace plans up to eight launches next year"); forecasts and outlooks without a
  figure are negatives ("Die Europäische Zentralbank dürfte ihre Zinsen im Dezember ...
  unverändert lassen.", "Analysts expect the glut to deepen next year ..."; forty-seventh),
  and so is the creditors' protectors' turn "frühestens in der zweiten Jahreshälfte 2026"
  with ordinal 2 and year 2026 labelled (hundred-forty-ninth: "Das Wifo erwartet eine
  Trendwende ... in der zweiten Jahreshälfte 2026."). New: a body's schedule for its own act
  is check-worthy also without a measured figure - "The deal ... should close in the second
  half of 2026." (ordinal 2, year 2026) and "Eumetsat, ... said the first images were
  expected in the spring." (ordinal 1) state when the company or the operator means to do a
  thing, as "A UK tour is planned to open in Manchester in September 2026."
  (hundred-forty-ninth), unlike an outlook for an economy, which no one body makes happen.
  "OPEC+ will keep output unchanged in the first quarter of 2026, three sources from the
  group told Reuters." is a reported decision and check-worthy (ordinal 1, year 2026, count
  3).
- Other negatives (ninety-eighth to hundred-sixtieth): labels ("Die Opposition sprach von
  ...", "The Conservatives called the bill ...", "Der vorsitzende Richter sprach von ...",
  "Der Verbraucherzentrale Bundesverband begrüßte das Urteil als ..."), quoted verdicts
  ("Employment Judge Martin Cole described the company's evidence as ...", "Judges praised
  the novel's ...", "The family's lawyer, Teresa Lindgren, said the verdict sent a message
  ..."; hundred-fifty-eighth: "describe ... as", a jury's praise), a company's protestation
  (""Our formula is safe, ..."", hundred-fifty-second), an accusation without a checkable
  claim ("Cantarero warf ihm vor, ...", "Rescue groups accuse European governments of
  turning a blind eye ..."; hundred-fifty-eighth), criticism and complaints
  ("Wissenschaftler kritisierten, ...", "Kritiker bemängelten ...", "Medical associations
  have long complained ..."; hundred-sixtieth), analysts' and economists' views ("Analysts
  at Jefferies said the price looked full.", „Die Preiswelle ist vorbei, ...“, ""The market
  is in a holding pattern ..."", „... für viele Betriebe tödlich“; hundred-forty-ninth),
  wishes and hopes ("Viele Besucher wünschen sich ...", "Solvang said she hoped ...", "Wragg
  said she hoped ..."; hundred-twenty-fourth), advice ("Die Feuerwehr rät, ...";
  hundred-fifty-second), open questions ("Ob die unterlegene Seite ...", "Ob die Romandie
  ...", "Ob der Betreiber nun Verfassungsbeschwerde einlegt, ließ sein Anwalt offen.", "Ob
  Teamkollege Fabian Lötscher ...", "Whether turnout among the youngest voters ..."), scene
  colour (fans celebrating after the final whistle, fans serenading the quarterback;
  hundred-forty-ninth) and vox pops ("Angela Ruiz, 44," with her age labelled, „Es ging
  alles so schnell, ...“, erzählte eine Nachbarin; "erzählte" no verb this batch checks).
  Rhetoric with figures is labelled (seventeenth, hundred-fifty-eighth): "join the Army at
  16" 16 years, „... endlich über 90 Minuten ...“ 90 minutes ("über" before a span no hedge,
  hundred-fifty-eighth), „... nur alle zehn Jahre“ 10 years (hundred-sixtieth: "etwa alle
  fünf Jahre"), "the last 20 minutes" 20 minutes (hundred-fifty-third: "in the last 10
  minutes").
- Counts (every batch): tallies ("Für den Etat stimmten 329 Abgeordnete, 268 votierten
  dagegen, es gab zwei Enthaltungen." three counts; "by 362 votes to 171";
  hundred-forty-ninth), definite groups ("26 of 34 passes", "eight of their last 10 games",
  "mit Reto Bumann ... zwei weitere Schweizer" 2; forty-first), "214 migrants from three
  overcrowded boats", "at least six people" "at_least", "23 Anträge" ("insgesamt" no hedge),
  "für drei Lokale", "More than 700 similar lawsuits" "over", "78,400 adults", "at least
  7,000 steps daily" "at_least" ("daily" none, "averaging" no hedge, hundred-fifty-third),
  "fewer than 2,500" "under" (hundred-sixtieth), "at around 9,000 steps" "about", "nach vier
  Spielen bei sieben Punkten", "for 287 yards and three touchdowns", "118 yards on 21
  carries", "a 45-yard touchdown run" 45 (hundred-forty-ninth: "A 132-mile stretch"), "cut
  the lead to seven" 7 (hundred-fifty-third: "cut the gap to two"), "sacked five times" 5
  (the issue's "viermal"), "scored twice" 2, "10 points from their five league-phase
  matches", "the 36-team table" 36 (hundred-fifty-third: "the seven-stage race"), crowds
  ("Vor 21.480 Zuschauern", "A crowd of 65,118", "A crowd of 29,412"), "sieben
  Interessenten", "38 Poller und Betonsperren", "bis zu 140 Polizeibeamte" "up_to", "162
  Händler", "32 giant character balloons", "Some 8,000" "about", "More than 3,500 officers"
  "over", "a record 80.6 million Americans" with no hedge ("a record", twenty-third) and "at
  least 50 miles" "at_least", "Nearly 3 million passengers" "nearly", "42 new medical
  colleges", "about 7,500 undergraduate seats", "6.480 Unternehmen", "mit 23 Filialen", "410
  Beschäftigte", "by a combined 2.6 million barrels per day" with no hedge ("a combined",
  hundred-fifty-second; "per day" none), "rund 1,3 Millionen ... Stellplätze", "26 pubs",
  "47 Knochen", "a shortlist of 10 titles", "17 languages", "more than 120,000 copies" and
  "more than 400,000 copies" "over", "34 Menschen", "Zwei Bewohner", "Sieben Feuerwehren mit
  rund 120 Einsatzkräften" (the hedge on its own figure, hundred-fifty-second), "two
  photographs", "48 flats", "96 Gemälde und Zeichnungen aus 31 Sammlungen", "18.000
  verkauften Exemplaren", "rund 412.000 Besucherinnen und Besuchern" "about", "mehr als
  5.000 Menschen" "over", "Rund 6,3 Millionen Menschen" "about", "20.000 zusätzliche
  Polizisten", "Around 1.6 million young people" "about", "some 31,000 employees" "about",
  "More than 61,000 migrants" "over". Physical measures are counts (fourth,
  hundred-forty-ninth, hundred-sixtieth): "below 20 mph" 20 "under" (hundred-fifty-eighth:
  "below 10%"), "um rund 200 Meter" "about", "etwa drei Meter" "about", "bis zu 600
  Kilogramm" "up_to". New: "The 4.1-tonne satellite" is count 4.1 - a decimal heading a
  hyphenated compound is read as written, as a whole figure heads "a 20cm kitchen knife" and
  "A 132-mile stretch". New: "India has one doctor for every 910 people" carries counts 1
  and 910 - "one" before a noun counts (hundred-twenty-first) and "for every" no hedge, the
  base of a rate. None: "Millions of spectators" and "Tausende" (vague magnitudes,
  seventeenth), "die beiden aussichtsreichsten Kandidaten" ("beiden", eighty-first), scores
  ("mit 2:0", "31-24", "a 3-1 win"; hundred-fifty-third), "OPEC+", clock times ("gegen 2.30
  Uhr", "by 1215 GMT"; hundred-forty-third). New: "Ariane 6" carries no figure - a
  launcher's type name is a name, as "Formel 1" (hundred-fifty-third); and "der
  Kreditschutzverband KSV1870" carries none - digits glued into a body's name are part of
  the name, as "Der 1. FC Heidenheim" (hundred-fifty-third), and the row keeps that name as
  its checked speaker.
- Ordinals and fractions (the issue; every batch): "its first Commons hurdle" 1, "den
  zweiten Sieg" 2, "in der 38. Minute" 38, "in der zweiten Minute der Nachspielzeit" 2
  (hundred-fifty-third: "in der dritten Minute der Nachspielzeit"), "auf Rang 14" 14, "early
  in the fourth quarter" 4, "the fourth verdict" 4, "the first quarter of 2026" 1, "In der
  zweiten SRG-Umfrage" 2 (hundred-fifty-eighth: "In der ersten SRG-Trendumfrage"), "expected
  to finish second" 2, "the fifth flight" 5, "the first images" 1 (hundred-forty-ninth:
  "Coverage with the first dose"), "im ersten Training" 1, "auf Platz vier" 4 and "auf Rang
  sieben" 7, "der erste Speed-Bewerb des Winters" 1, "the 71st minute" 71, "his first goal
  for the club" 1, "sit eighth" 8, "in der vierten Auflage" 4, "im dritten Stock" 3, and in
  negatives "in der zweiten Jahreshälfte" 2 and "vom ersten Tor an" 1. Fractions: "mehr als
  ein Fünftel der Ausgaben" 0.2 "over", "etwa ein Viertel des deutschen Beitrags" 0.25
  "about", "by more than half" 0.5 "over" ("by" before a difference no hedge,
  hundred-forty-ninth).
- Percentages as written (every batch): "34 Prozent, ... 33 Prozent", "auf 2,4 Prozent",
  "2,2 Prozent", "im Schnitt mit 2,3 Prozent" ("im Schnitt" no hedge), "3,6 Prozent mehr
  ..., ... 1,1 Prozent" ("mehr" after the figure compares, hundred-first), "0,7 Prozent
  billiger als" (the comparison after the figure), "bei 2,7 Prozent", "27% above" ("above"
  after the figure compares), "fell 6.2%", "a 38% lower risk" ("lower" after it,
  hundred-sixtieth), "21% less likely", "a 94% positive score", "about 4% more than"
  "about", "Fast 90 Prozent" "nearly", "58 Prozent ..., 39 Prozent", "unter 45 Prozent"
  "under", "a 14% increase", "as much as 3%" "up_to" (hundred-fifty-fourth), "um 5,3 Prozent
  mehr als", "eine Quote von 20 Prozent", "0.5%", "about 14%" "about", "rose by 11%",
  "roughly 8% fewer than" "about".
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"; every batch): "nach
  viertägiger Schlussdebatte" 4 days and "nach zweitägigen Beratungen" 2 days, "Drei Tage
  vor der Präsidentschaftswahl" 3 days, "binnen 100 Tagen", "about 30 hours earlier"
  "about", "for 20 days", "zu 36 Monaten Haft ..., zwölf Monate davon unbedingt" 36 and 12
  months (hundred-fifty-second), "roughly nine hours over two days" 9 hours "about" and 2
  days, "within three years of closing" 3 years ("within" no hedge, hundred-sixtieth), "for
  an average of nine years" 9 years ("an average of" no hedge), "with just over two minutes
  left" 2 minutes "over" (hundred-forty-first: "just over four weeks"), "over the five-day
  Thanksgiving holiday" 5 days (hundred-fifty-eighth: "a 40-month ... loan program"),
  "delays of up to two hours" "up_to", "over five years" 5 years ("over" before a span no
  hedge), "binnen zwei Jahren", "statt der erlaubten 90 Minuten gut vier Stunden" 90 minutes
  and 4 hours "over" (hundred-fifty-eighth: "Gut drei Monate"), "for almost four years"
  "nearly", "about 38 minutes after launch" "about", "every 10 minutes" 10 minutes
  (hundred-sixtieth: "every five years"), "for at least eight and a half years" 8.5 years
  "at_least" (fifty-first: "six and a half hours"), "0,27 Sekunden schneller als" 0.27
  seconds, "in the space of six minutes" 6 minutes, "um drei Wochen verlängert" 3 weeks,
  "over six years" 6 years, "within two days" 2 days, "in der mehr als 200-jährigen
  Geschichte" 200 years "over" (hundred-forty-ninth: "Bei den über 65-Jährigen" 65 "over").
  Ages are durations in years ("ein 52-jähriger Gastronom", "a 4-year-old girl", "im Alter
  von 47 Jahren", "Der 25-Jährige", "eine 81-jährige Frau und ihr 84-jähriger Mann", "Chloe
  Tamsett, 31,", "Imogen Tregarthen, 34,", "now 71, was 33" - "now" no hedge -, and "Angela
  Ruiz, 44," in a negative). New: "16- and 17-year-olds" is 16 and 17 years - the suspended
  hyphen leaves the unit written once for both figures, as "im Alter von 26 und 30 Jahren"
  (forty-sixth, hundred-fifty-second); "Sixteen-year-olds" opening a row is 16 years, the
  spelled number word heading the age compound as "a 24-year-old". Long spans are scaled as
  written (hundred-sixtieth: "3.61 million hours"): "rund 14 Millionen Jahre alt" 14,000,000
  years "about". New: "vor 16 bis 11 Millionen Jahren" is 16,000,000 and 11,000,000 years -
  the scale word written once serves the earlier figure of a range of spans as it does of
  money ("zwischen 1,35 und 1,4 Milliarden Euro", hundred-forty-ninth). New: "Thanksgiving"
  ("on Thanksgiving", "the U.S. Thanksgiving holiday") carries none - a holiday's name dates
  an event as a weekday does. None: "Einen Tag vor" ("einen" an article,
  hundred-fifty-eighth: "einen Monat"), "for a week" (an article), "days after", "im
  laufenden Jahr", "ein Jahr zuvor", "im Vorjahreszeitraum", "in diesem Jahr", "Täglich",
  "annual", "so far this year", "this year", "last year", "next year", "last season",
  "stundenlang" (hundred-fifty-third: "monatelang"), "bis Mitte November", "ab März", "in
  March 2024" and "im Juli 2023" their years only, "between April and November", "in April",
  "since January", "in the spring", weekdays ("am Donnerstag", "am Sonntag", "am
  Freitagabend", "on Wednesday", "on Thursday", "on Sunday", "in der Nacht auf Donnerstag")
  and clock times.
- Money in the currency written (every batch): EUR ("508,3 Milliarden Euro", "rund 17
  Milliarden Euro mehr als" "about" - the comparison after the figure -, "knapp 89
  Milliarden Euro" "nearly", "rund 640.000 Euro" "about" and "von 640.000 Euro", "rund 20,6
  Milliarden Euro" "about", "knapp 5 Milliarden Euro" "nearly", "740 Millionen Euro", "rund
  5,8 Millionen Euro" "about", "um 1,46 Millionen Euro", "300.000 bis 400.000 Euro" both,
  "86.000 Euro", "4,50 Euro, 50 Cent mehr als 2024" 4.5 and 0.5 EUR (cents as hundredths,
  hundred-fiftieth), "rund 4,1 Milliarden Euro" "about", "38,6 Millionen Euro", "bis zu 40
  Euro" "up_to", "95 Euro", "about 9.1 billion euros" "about", "180 million euros", "about
  700 million euros" "about"), USD ("$4.3 billion", "$38.50 ... for each Meridian share",
  "$61 million", "$48 million", "about $135 million" "about", "$118 million", "about $150
  million" "about", "roughly $40 million" "about", "$7.9 billion", "($13.5 billion)" in
  brackets with no hedge - eightieth -, "31 cents" 0.31 and "27 cents" 0.27 USD -
  hundred-fiftieth: "83 cents" -, "$63.44 a barrel" and "$59.10" - "a barrel" none), CHF
  ("rund 9,2 Millionen Franken" "about", "zusammen 1,1 Millionen Franken" - "zusammen" no
  hedge -, "mindestens 12 Milliarden Franken" "at_least"), GBP ("£48,600", "£15,000", "a £5
  note"), INR ("a 1.2 trillion rupee ... plan" 1.2e12 INR; hundred-thirty-fifth: "50
  Millionen Rupien" INR). None: "Prämien" and "Förderungen" without a figure, "mehrere
  Hunderttausend Euro".
- Years and dates: "für 2026", "bis 2035", "seit 2009", "zwischen 2020 und 2022" both, "Das
  1911 entstandene Bild", "starb 1924", "für 2028", "50 Cent mehr als 2024", "im Juli 2023";
  "by August 2029" its year, "of 2024" twice, "since 2024", "set in 2021", "in March 2024"
  its year, "in 1987", "closed in 2009", "of 2026" twice, and "in der zweiten Jahreshälfte
  2026" in a negative; "am 19. Dezember" --12-19, "am 11. Dezember" --12-11, "bis zum 24.
  Dezember" --12-24 ("bis" no hedge), "on December 11" --12-11 (hundred-fifty-third: "on
  March 19"); Reuters and AFP English datelines with a day ("AMSTERDAM, Nov 27 (Reuters)",
  "LONDON, Nov 27 (Reuters)" twice, "LOS ANGELES, Nov 27 (Reuters)", "NEW DELHI, Nov 27
  (Reuters)", "KOUROU, French Guiana, Nov 27 (AFP)" with the territory between city and day
  - ninety-ninth -) --11-27 (hundred-forty-ninth, hundred-sixtieth); dpa ("Berlin (dpa) -",
  "Bremen (dpa) -", "Karlsruhe (dpa) -", "Frankfurt/Main (dpa) -", "Nürnberg (dpa/lby) -"),
  APA, Keystone-SDA, Reuters German ("Wiesbaden (Reuters) -"), AFP German ("Tegucigalpa
  (AFP) -"), AP ("ROME (AP) —", "PHILADELPHIA (AP) —", "DETROIT (AP) —", "NEW YORK (AP) —")
  and PA ("LONDON (PA) -", "NOTTINGHAM (PA) -", "MANCHESTER (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "Around", "around",
  "roughly", "some", "Some" "about"; "knapp", "Fast", "Nearly", "almost" "nearly"; "mehr
  als", "gut", "More than", "more than", "just over" "over"; "unter", "below", "fewer than"
  "under"; "bis zu", "up to", "as much as" "up_to"; "mindestens", "at least" "at_least". No
  hedge: "insgesamt", "zusammen", "im Schnitt", "an average of", "averaging", "a combined",
  "a record", "davon", "bisher", "bereits", "within", "binnen", "bis", "over" and "über"
  before a span, "by" before a difference, "now", "for every", "to" and "bis" in a range,
  and "mehr als", "billiger als", "above", "lower", "less", "fewer than" after a figure.
- Speakers, checked only in forms the earlier batches settled: "Finanzminister Torsten
  Albrecht sagte, ..." and "Forschungsministerin Clara Weyrauch sagte, ..." the name with
  the title dropped (hundred-forty-ninth, hundred-fifty-eighth), "sagte Studienleiterin
  Petra Leitgeb", "sagte Direktor Matthias Wendland" and "sagte die Vorsitzende Richterin
  Ursula Pfeiffer-Brandt bei der Urteilsverkündung" the name with the title and the occasion
  dropped (hundred-forty-ninth, hundred-fifty-second); "teilte der Nationale Wahlrat mit",
  "teilte ein Gerichtssprecher mit" (hundred-fifty-second), "teilte Rapid mit" -> "Rapid" (a
  name without an article as written, hundred-fifty-third: "teilte Swiss-Ski mit"), "teilte
  das Auktionshaus mit", "teilte die Stadt mit", "teilte der Internationale Skiverband mit",
  "teilte die Landespolizeidirektion Oberösterreich mit" (hundred-fifty-second), "wie das
  Statistische Bundesamt am Donnerstag mitteilte" and "wie das Museum am Donnerstag
  mitteilte" with the weekday dropped, "wie die Esa mitteilte" -> "die Esa", "wie der
  Kreditschutzverband KSV1870 am Donnerstag mitteilte" -> "der Kreditschutzverband KSV1870"
  (above), "Nach Angaben des Dorotheums" -> "das Dorotheum" and "nach Angaben des Gerichts"
  -> "das Gericht" (the source in the nominative, seventieth, hundred-fifty-eighth).
  English: "according to the Electoral Commission" with its article (hundred-fifty-second),
  "Democracy Minister Rachel Haddon said", "Chief Executive Marieke Dorrestein said" and
  "Lead author Ingrid Solvang said" the name with the role dropped (hundred-forty-ninth),
  "Information Minister Rajiv Menon told reporters" -> "Rajiv Menon" (hundred-thirty-ninth:
  "Governor Pierre Lamontagne told reporters"), "Menon said" as written, "the coast guard
  said", "The Interior Ministry said ..." opening the row -> "the Interior Ministry"
  (hundred-sixtieth), "the studio said" and "the club said" (hundred-forty-ninth: "the
  theatre said"), "organizers said" -> "organizers" (hundred-fifty-third), "the New York
  Police Department said" and "the Transportation Security Administration said" with the
  article (eightieth), "Brightmeadow said in a statement" -> "Brightmeadow"
  (hundred-forty-ninth: "QuickCart said in a statement"), "Arianespace said" and
  "Waterstones said" as written (hundred-sixtieth: "Defra said"), "according to Nielsen
  BookScan" as written (ninety-eighth: "according to Ofgem"). New: "According to Comscore,
  ..." opening the row is checked as "Comscore" - the attribution standing first as "Nach
  Angaben der SNCF" does (hundred-forty-ninth). Left unchecked (None): "beziffert das
  Finanzministerium" (hundred-fifty-second: "beziffern die Ermittler"), "Laut einer Erhebung
  des Instituts CID Gallup", "laut Anklage", "laut Antrag", "Nach Schätzungen des ADAC",
  "wie aus den Angaben der Eidgenössischen Finanzkontrolle hervorgeht", "according to
  Interior Ministry figures", "according to court records", "according to government data",
  "according to Ministry of Justice figures", "a study published on Thursday found", "the
  study ... found" (documents, hundred-sixtieth), "schreibt das Team"
  (hundred-thirty-eighth: "schreibt X"), "Ordóñez versprach", "kündigte an", "AAA had
  projected", "box office analysts forecast" (no verbs of saying, hundred-twentieth),
  "officials said", "survivors told rescuers", "the researchers said", "three sources from
  the group told Reuters", "laut den Meinungsforschern", "Ökonomen hatten in einer
  Reuters-Umfrage" (groups, forty-first, hundred-forty-ninth), "the companies said" (two
  bodies speaking jointly, hundred-forty-ninth: "the WHO and UNICEF said"), "Aid group
  Sea-Watch said", "operator Arianespace said" and "The opposition Congress party said" (a
  description before the name, fortieth), "Eumetsat, which will operate the satellite, said"
  and "Hartfield Taverns, which runs 26 pubs ..., said" (a relative clause between name and
  verb, hundred-forty-ninth), "her publisher said" (a possessive heading the source,
  eighty-third), "he said" (a pronoun, seventy-seventh), rows without attribution and all
  negatives, also those with a named speaker. New: "hat der Bundesgerichtshof am Donnerstag
  entschieden" is left unchecked - a court deciding is a ruling, not speech, as "nach
  Überzeugung der Richter" and "the court heard" (hundred-forty-ninth); the presiding
  judge's "sagte" in the next row carries that row.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_168 = [
    # --- Bundestag beschließt Haushalt 2026 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach viertägiger Schlussdebatte hat der Bundestag am Donnerstag den Bundeshaushalt für 2026 verabschiedet.",
        True,
        [("duration", 4, "day", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Für den Etat stimmten 329 Abgeordnete, 268 votierten dagegen, es gab zwei Enthaltungen.",
        True,
        [("count", 329, None, None), ("count", 268, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Etat sieht Ausgaben von 508,3 Milliarden Euro vor, rund 17 Milliarden Euro mehr als im laufenden Jahr.",
        True,
        [("money", 508300000000, "EUR", None), ("money", 17000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung im Kernhaushalt beziffert das Finanzministerium auf knapp 89 Milliarden Euro.",
        True,
        [("money", 89000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Finanzminister Torsten Albrecht sagte, mehr als ein Fünftel der Ausgaben fließe in Investitionen.",
        True,
        [("fraction", 0.2, None, "over")],
        "Torsten Albrecht",
    ),
    ("de", "„Dieser Haushalt ist ein Versprechen an die nächste Generation“, sagte Albrecht.", False, [], None),
    ("de", "Die Opposition sprach von einem „Schuldenhaushalt auf Kosten der Enkel“.", False, [], None),
    (
        "de",
        "Abschließend befasst sich der Bundesrat am 19. Dezember mit dem Etat.",
        True,
        [("date", "--12-19", None, None)],
        None,
    ),
    # --- Votes at 16 bill clears Commons (PA) ---
    (
        "en",
        "LONDON (PA) - A Government bill to let 16- and 17-year-olds vote in general elections cleared its first Commons hurdle on Thursday by 362 votes to 171.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 17, "year", None),
            ("ordinal", 1, None, None),
            ("count", 362, None, None),
            ("count", 171, None, None),
        ],
        None,
    ),
    (
        "en",
        "Around 1.6 million young people would be added to the electoral roll, according to the Electoral Commission.",
        True,
        [("count", 1600000, None, "about")],
        "the Electoral Commission",
    ),
    (
        "en",
        "Democracy Minister Rachel Haddon said the change would apply from the next general election, which must be held by August 2029.",
        True,
        [("year", 2029, None, None)],
        "Rachel Haddon",
    ),
    (
        "en",
        '"If you can work, pay tax and join the Army at 16, you should have a say in who governs you," Haddon said.',
        False,
        [("duration", 16, "year", None)],
        None,
    ),
    ("en", 'The Conservatives called the bill "a cynical attempt to gerrymander the electorate".', False, [], None),
    (
        "en",
        "Sixteen-year-olds can already vote in elections to the Scottish Parliament and the Senedd.",
        True,
        [("duration", 16, "year", None)],
        None,
    ),
    (
        "en",
        "The bill also lets voters show a UK-issued bank card as identification at polling stations.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Whether turnout among the youngest voters will be high enough to matter is hotly disputed.",
        False,
        [],
        None,
    ),
    # --- Präsidentenwahl in Honduras (AFP) ---
    (
        "de",
        "Tegucigalpa (AFP) - Drei Tage vor der Präsidentschaftswahl in Honduras liegen die beiden aussichtsreichsten Kandidaten in den Umfragen fast gleichauf.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Laut einer Erhebung des Instituts CID Gallup kommt der Konservative Rafael Ordóñez auf 34 Prozent, die Linke Marisol Cantarero auf 33 Prozent.",
        True,
        [("percent", 34, "%", None), ("percent", 33, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 6,3 Millionen Menschen sind am Sonntag zur Wahl aufgerufen, teilte der Nationale Wahlrat mit.",
        True,
        [("count", 6300000, None, "about")],
        "der Nationale Wahlrat",
    ),
    ("de", "Gewählt werden zugleich das Parlament und die Gemeinderäte.", True, [], None),
    (
        "de",
        "Ordóñez versprach, im Fall eines Sieges binnen 100 Tagen 20.000 zusätzliche Polizisten einzustellen.",
        True,
        [("duration", 100, "day", None), ("count", 20000, None, None)],
        None,
    ),
    ("de", "Cantarero warf ihm vor, die Wahl schon vorab „kaufen zu wollen“.", False, [], None),
    ("de", "Die Wahlbehörde kündigte an, erste Ergebnisse noch in der Wahlnacht zu veröffentlichen.", True, [], None),
    ("de", "Ob die unterlegene Seite das Ergebnis anerkennen wird, gilt als ungewiss.", False, [], None),
    # --- Migrants rescued off Lampedusa (AP) ---
    (
        "en",
        "ROME (AP) — Italy's coast guard rescued 214 migrants from three overcrowded boats off the island of Lampedusa on Thursday, and at least six people were found dead, officials said.",
        True,
        [("count", 214, None, None), ("count", 3, None, None), ("count", 6, None, "at_least")],
        None,
    ),
    (
        "en",
        "The boats had left Libya about 30 hours earlier, survivors told rescuers.",
        True,
        [("duration", 30, "hour", "about")],
        None,
    ),
    (
        "en",
        "Among the dead was a 4-year-old girl, the coast guard said.",
        True,
        [("duration", 4, "year", None)],
        "the coast guard",
    ),
    (
        "en",
        "More than 61,000 migrants have reached Italy by sea so far this year, roughly 8% fewer than in the same period of 2024, according to Interior Ministry figures.",
        True,
        [("count", 61000, None, "over"), ("percent", 8, "%", "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The Interior Ministry said departures from Tunisia were down by more than half compared with January.",
        True,
        [("fraction", 0.5, None, "over")],
        "the Interior Ministry",
    ),
    (
        "en",
        "Aid group Sea-Watch said its rescue ship had been held in port for 20 days under a government decree.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    (
        "en",
        '"Every single one of these deaths could have been prevented," a spokeswoman for the group said.',
        False,
        [],
        None,
    ),
    ("en", "Rescue groups accuse European governments of turning a blind eye to the crossings.", False, [], None),
    # --- Inflation im November (Reuters) ---
    (
        "de",
        "Wiesbaden (Reuters) - Die Inflation in Deutschland hat im November leicht auf 2,4 Prozent angezogen.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im Oktober hatte die Inflationsrate noch 2,2 Prozent betragen, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("percent", 2.2, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Ökonomen hatten in einer Reuters-Umfrage im Schnitt mit 2,3 Prozent gerechnet.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für Dienstleistungen mussten Verbraucher 3,6 Prozent mehr zahlen, für Nahrungsmittel 1,1 Prozent.",
        True,
        [("percent", 3.6, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    ("de", "Energie war dagegen 0,7 Prozent billiger als ein Jahr zuvor.", True, [("percent", 0.7, "%", None)], None),
    (
        "de",
        "Ohne Energie und Lebensmittel gerechnet blieb die Kerninflation unverändert bei 2,7 Prozent.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Preiswelle ist vorbei, aber der Sockel bleibt hartnäckig“, sagte Commerzbank-Ökonom Felix Grabowski.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Europäische Zentralbank dürfte ihre Zinsen im Dezember nach Ansicht der meisten Volkswirte unverändert lassen.",
        False,
        [],
        None,
    ),
    # --- Koningsveld to buy Meridian Containers (Reuters) ---
    (
        "en",
        "AMSTERDAM, Nov 27 (Reuters) - Dutch packaging maker Koningsveld has agreed to buy U.S. rival Meridian Containers for $4.3 billion including debt, the companies said on Thursday.",
        True,
        [("date", "--11-27", None, None), ("money", 4300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Koningsveld will pay $38.50 in cash for each Meridian share, 27% above the U.S. company's closing price on Wednesday.",
        True,
        [("money", 38.5, "USD", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "The deal would create a group with annual sales of about 9.1 billion euros and some 31,000 employees.",
        True,
        [("money", 9100000000, "EUR", "about"), ("count", 31000, None, "about")],
        None,
    ),
    (
        "en",
        "Koningsveld expects annual cost savings of 180 million euros within three years of closing.",
        True,
        [("money", 180000000, "EUR", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marieke Dorrestein said the takeover would give the group a foothold in North America's food-packaging market.",
        True,
        [],
        "Marieke Dorrestein",
    ),
    ("en", '"This is a perfect fit, both strategically and culturally," Dorrestein said.', False, [], None),
    ("en", "Koningsveld shares fell 6.2% in Amsterdam.", True, [("percent", 6.2, "%", None)], None),
    ("en", "Analysts at Jefferies said the price looked full.", False, [], None),
    (
        "en",
        "The deal needs approval from regulators in the United States and the European Union and should close in the second half of 2026.",
        True,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    # --- Corona-Hilfen erschlichen: Haft für Gastronomen (APA) ---
    (
        "de",
        "Wien (APA) - Wegen schweren Betrugs mit Corona-Hilfen ist ein 52-jähriger Gastronom am Donnerstag im Wiener Straflandesgericht zu 36 Monaten Haft verurteilt worden, zwölf Monate davon unbedingt.",
        True,
        [("duration", 52, "year", None), ("duration", 36, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann soll für drei Lokale, die längst geschlossen waren, Förderungen in Höhe von rund 640.000 Euro kassiert haben.",
        True,
        [("count", 3, None, None), ("money", 640000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Laut Anklage reichte er zwischen 2020 und 2022 insgesamt 23 Anträge bei der Cofag ein.",
        True,
        [("year", 2020, None, None), ("year", 2022, None, None), ("count", 23, None, None)],
        None,
    ),
    ("de", "Der Angeklagte bekannte sich teilweise schuldig.", True, [], None),
    ("de", "„Ich wollte meine Mitarbeiter nicht im Stich lassen“, sagte er vor dem Schöffensenat.", False, [], None),
    ("de", "Der vorsitzende Richter sprach von „einer Dreistigkeit, die ihresgleichen sucht“.", False, [], None),
    (
        "de",
        "Der Mann muss zudem den Schaden von 640.000 Euro zurückzahlen, teilte ein Gerichtssprecher mit.",
        True,
        [("money", 640000, "EUR", None)],
        "ein Gerichtssprecher",
    ),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    # --- Jury verdict against formula maker (AP) ---
    (
        "en",
        "PHILADELPHIA (AP) — A Philadelphia jury on Wednesday ordered baby formula maker Brightmeadow Nutrition to pay $61 million to the family of a premature infant who died of a bowel disease.",
        True,
        [("money", 61000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The jury deliberated roughly nine hours over two days before reaching its verdict.",
        True,
        [("duration", 9, "hour", "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The award includes $48 million in punitive damages, according to court records.",
        True,
        [("money", 48000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the fourth verdict against formula makers in such cases since 2024.",
        True,
        [("ordinal", 4, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Brightmeadow said in a statement that it would appeal.", True, [], "Brightmeadow"),
    ("en", '"Our formula is safe, and the science is on our side," the company said.', False, [], None),
    (
        "en",
        "More than 700 similar lawsuits are pending in state and federal courts.",
        True,
        [("count", 700, None, "over")],
        None,
    ),
    (
        "en",
        "The family's lawyer, Teresa Lindgren, said the verdict sent a message to the whole industry.",
        False,
        [],
        None,
    ),
    # --- Esa-Ministerrat in Bremen (dpa) ---
    (
        "de",
        "Bremen (dpa) - Die Mitgliedstaaten der Europäischen Weltraumorganisation Esa haben nach zweitägigen Beratungen Mittel in Höhe von rund 20,6 Milliarden Euro für die kommenden Jahre zugesagt.",
        True,
        [("duration", 2, "day", None), ("money", 20600000000, "EUR", "about")],
        None,
    ),
    ("de", "Das ist die höchste Summe in der Geschichte der Organisation, wie die Esa mitteilte.", True, [], "die Esa"),
    (
        "de",
        "Deutschland ist mit knapp 5 Milliarden Euro erneut größter Beitragszahler, vor Frankreich und Italien.",
        True,
        [("money", 5000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Forschungsministerin Clara Weyrauch sagte, etwa ein Viertel des deutschen Beitrags fließe in die Trägerraketen.",
        True,
        [("fraction", 0.25, None, "about")],
        "Clara Weyrauch",
    ),
    ("de", "„Europa muss im All auf eigenen Beinen stehen“, sagte Weyrauch.", False, [], None),
    (
        "de",
        "Für den Mondlander Argonaut sind 740 Millionen Euro vorgesehen.",
        True,
        [("money", 740000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wissenschaftler kritisierten, dass die Forschungsmissionen gegenüber militärisch nutzbaren Programmen zu kurz kämen.",
        False,
        [],
        None,
    ),
    ("de", "Die nächste Ministerratskonferenz ist für 2028 geplant.", True, [("year", 2028, None, None)], None),
    # --- Walking and dementia study (Reuters) ---
    (
        "en",
        "LONDON, Nov 27 (Reuters) - Adults averaging at least 7,000 steps daily faced a 38% lower risk of developing dementia than those managing fewer than 2,500, a study published on Thursday found.",
        True,
        [
            ("date", "--11-27", None, None),
            ("count", 7000, None, "at_least"),
            ("percent", 38, "%", None),
            ("count", 2500, None, "under"),
        ],
        None,
    ),
    (
        "en",
        "Researchers followed 78,400 adults in Britain, Sweden and Japan for an average of nine years.",
        True,
        [("count", 78400, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "The benefit levelled off at around 9,000 steps, the study in The Lancet Healthy Longevity found.",
        True,
        [("count", 9000, None, "about")],
        None,
    ),
    ("en", "Participants wore step counters on their wrists for a week at the start of the study.", True, [], None),
    (
        "en",
        "Lead author Ingrid Solvang said the link held after adjusting for age, weight and smoking.",
        True,
        [],
        "Ingrid Solvang",
    ),
    ("en", '"Every step counts, and you don\'t need to run a marathon," Solvang said.', False, [], None),
    (
        "en",
        "Solvang said she hoped the findings would encourage doctors to recommend walking to older patients.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Outside experts cautioned that the study showed an association and could not prove that walking prevents dementia.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Those in the most active group were also 21% less likely to report symptoms of depression, the researchers said.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    # --- Rapid gewinnt in der Conference League (APA) ---
    (
        "de",
        "Wien (APA) - Rapid hat in der Conference League den zweiten Sieg eingefahren und Omonia Nikosia mit 2:0 besiegt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vor 21.480 Zuschauern im Allianz Stadion brachte Kapitän Lukas Pirchner die Hütteldorfer in der 38. Minute in Führung.",
        True,
        [("count", 21480, None, None), ("ordinal", 38, None, None)],
        None,
    ),
    (
        "de",
        "Der eingewechselte Dominik Strasshofer erhöhte in der zweiten Minute der Nachspielzeit.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rapid hält nach vier Spielen bei sieben Punkten und liegt auf Rang 14.",
        True,
        [("count", 4, None, None), ("count", 7, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute endlich über 90 Minuten unsere Linie durchgezogen“, sagte Trainer Stefan Kolbinger.",
        False,
        [("duration", 90, "minute", None)],
        None,
    ),
    ("de", "Die Fans feierten die Mannschaft noch lange nach dem Schlusspfiff.", False, [], None),
    (
        "de",
        "Der Club hat in der Ligaphase bisher Prämien von rund 5,8 Millionen Euro eingespielt, teilte Rapid mit.",
        True,
        [("money", 5800000, "EUR", "about")],
        "Rapid",
    ),
    (
        "de",
        "Das nächste Spiel bestreitet Rapid am 11. Dezember auswärts in Sofia.",
        True,
        [("date", "--12-11", None, None)],
        None,
    ),
    # --- Lions beat Packers on Thanksgiving (AP) ---
    (
        "en",
        "DETROIT (AP) — Marcus Holloway passed for 287 yards and three touchdowns as the Detroit Lions beat the Green Bay Packers 31-24 on Thanksgiving.",
        True,
        [("count", 287, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Holloway completed 26 of 34 passes without an interception.",
        True,
        [("count", 26, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "Running back Deion Carter added 118 yards on 21 carries, including a 45-yard touchdown run early in the fourth quarter.",
        True,
        [("count", 118, None, None), ("count", 21, None, None), ("count", 45, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Green Bay cut the lead to seven with just over two minutes left, but Detroit recovered the onside kick.",
        True,
        [("count", 7, None, None), ("duration", 2, "minute", "over")],
        None,
    ),
    ("en", "Packers quarterback Tyler Brandt was sacked five times.", True, [("count", 5, None, None)], None),
    ("en", '"That\'s what this rivalry is all about," Lions coach Brandon Welch said.', False, [], None),
    ("en", "A crowd of 65,118 packed Ford Field.", True, [("count", 65118, None, None)], None),
    (
        "en",
        "The Lions have won eight of their last 10 games.",
        True,
        [("count", 8, None, None), ("count", 10, None, None)],
        None,
    ),
    ("en", "Fans in Honolulu blue serenaded Holloway as he walked off the field.", False, [], None),
    # --- Rekordpreis im Dorotheum (APA) ---
    (
        "de",
        "Wien (APA) - Ein Gemälde des Wiener Malers Anton Hallerstein ist im Dorotheum um 1,46 Millionen Euro versteigert worden.",
        True,
        [("money", 1460000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Schätzwert hatte bei 300.000 bis 400.000 Euro gelegen.",
        True,
        [("money", 300000, "EUR", None), ("money", 400000, "EUR", None)],
        None,
    ),
    ("de", "Das 1911 entstandene Bild zeigt den Traunsee im Abendlicht.", True, [("year", 1911, None, None)], None),
    (
        "de",
        "Es ist der höchste Preis, der in diesem Jahr im Dorotheum für ein Werk der klassischen Moderne erzielt wurde, teilte das Auktionshaus mit.",
        True,
        [],
        "das Auktionshaus",
    ),
    (
        "de",
        "Nach Angaben des Dorotheums boten sieben Interessenten mit, den Zuschlag erhielt ein Sammler aus Deutschland.",
        True,
        [("count", 7, None, None)],
        "das Dorotheum",
    ),
    (
        "de",
        "„Ein solches Bieterduell erlebt man nur alle zehn Jahre“, sagte Expertin Sabine Wurzinger.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Hallerstein starb 1924 im Alter von 47 Jahren.",
        True,
        [("year", 1924, None, None), ("duration", 47, "year", None)],
        None,
    ),
    (
        "de",
        "Bei derselben Auktion fand ein Stillleben seiner Schwester Marie für 86.000 Euro einen Käufer.",
        True,
        [("money", 86000, "EUR", None)],
        None,
    ),
    # --- Thanksgiving box office (Reuters) ---
    (
        "en",
        'LOS ANGELES, Nov 27 (Reuters) - Animated musical "Pepper and the Moon Kite" is on course to take in about $135 million in U.S. and Canadian theaters over the five-day Thanksgiving holiday, box office analysts forecast.',
        True,
        [("date", "--11-27", None, None), ("money", 135000000, "USD", "about"), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "That would top the holiday record of $118 million, set in 2021.",
        True,
        [("money", 118000000, "USD", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The film, from studio Brightlark Pictures, cost about $150 million to make.",
        True,
        [("money", 150000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It opened on Wednesday in 4,210 theaters in North America, the studio said.",
        True,
        [("count", 4210, None, None)],
        "the studio",
    ),
    (
        "en",
        "It holds a 94% positive score on review aggregator Rotten Tomatoes.",
        True,
        [("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        '"Families are looking for something to see together, and this checks every box," said Dana Kessler, an analyst at Boxwatch.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Holdover "Night Velocity" is expected to finish second with roughly $40 million.',
        True,
        [("ordinal", 2, None, None), ("money", 40000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "According to Comscore, ticket sales for the year total $7.9 billion, about 4% more than at the same point of 2024.",
        True,
        [("money", 7900000000, "USD", None), ("percent", 4, "%", "about"), ("year", 2024, None, None)],
        "Comscore",
    ),
    # --- Sicherheitskonzept für den Christkindlesmarkt (dpa/lby) ---
    (
        "de",
        "Nürnberg (dpa/lby) - Einen Tag vor der Eröffnung des Christkindlesmarkts hat die Stadt Nürnberg ihr Sicherheitskonzept vorgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund um den Hauptmarkt sollen 38 Poller und Betonsperren die Zufahrten blockieren, teilte die Stadt mit.",
        True,
        [("count", 38, None, None)],
        "die Stadt",
    ),
    ("de", "Täglich sind bis zu 140 Polizeibeamte im Einsatz.", True, [("count", 140, None, "up_to")], None),
    (
        "de",
        "Die Stadt rechnet bis zum 24. Dezember mit etwa zwei Millionen Besuchern.",
        True,
        [("date", "--12-24", None, None), ("count", 2000000, None, "about")],
        None,
    ),
    (
        "de",
        "Auf dem Markt bieten 162 Händler ihre Waren an, eine Tasse Glühwein kostet 4,50 Euro, 50 Cent mehr als 2024.",
        True,
        [
            ("count", 162, None, None),
            ("money", 4.5, "EUR", None),
            ("money", 0.5, "EUR", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Eröffnet wird der Markt am Freitagabend mit dem Prolog des Christkinds von der Empore der Frauenkirche.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Der Markt soll ein Ort der Freude bleiben, nicht der Angst“, sagte der Oberbürgermeister.",
        False,
        [],
        None,
    ),
    ("de", "Viele Besucher wünschen sich dennoch weniger Gedränge in den engen Gassen.", False, [], None),
    # --- Macy's parade and holiday travel (AP) ---
    (
        "en",
        "NEW YORK (AP) — Millions of spectators lined the streets of Manhattan on Thursday for the Macy's Thanksgiving Day Parade, where 32 giant character balloons floated past under clear skies.",
        True,
        [("count", 32, None, None)],
        None,
    ),
    (
        "en",
        "Winds stayed below 20 mph, under the limit at which handlers must fly the balloons lower, organizers said.",
        True,
        [("count", 20, None, "under")],
        "organizers",
    ),
    ("en", "Some 8,000 volunteers, marchers and performers took part.", True, [("count", 8000, None, "about")], None),
    (
        "en",
        "More than 3,500 officers were deployed along the route, the New York Police Department said.",
        True,
        [("count", 3500, None, "over")],
        "the New York Police Department",
    ),
    (
        "en",
        "\"We've come every year since the kids were little, it's our tradition,\" said Angela Ruiz, 44, of Trenton, New Jersey.",
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "AAA had projected that a record 80.6 million Americans would make trips of at least 50 miles over the holiday period.",
        True,
        [("count", 80600000, None, None), ("count", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "Nearly 3 million passengers were screened at U.S. airports on Wednesday, the Transportation Security Administration said.",
        True,
        [("count", 3000000, None, "nearly")],
        "the Transportation Security Administration",
    ),
    (
        "en",
        "Travelers faced delays of up to two hours at Chicago's O'Hare International Airport because of snow.",
        True,
        [("duration", 2, "hour", "up_to")],
        None,
    ),
    # --- Abstimmungskampf kostet Millionen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Für den Abstimmungskampf um die Initiative «Freie Fahrt für alle» haben Befürworter und Gegner bisher rund 9,2 Millionen Franken ausgegeben.",
        True,
        [("money", 9200000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Fast 90 Prozent davon stammen von der Gegnerschaft, wie aus den Angaben der Eidgenössischen Finanzkontrolle hervorgeht.",
        True,
        [("percent", 90, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Befürworter meldeten Budgets von zusammen 1,1 Millionen Franken.",
        True,
        [("money", 1100000, "CHF", None)],
        None,
    ),
    (
        "de",
        "In der zweiten SRG-Umfrage lehnten 58 Prozent der Befragten die Vorlage ab, 39 Prozent waren dafür.",
        True,
        [("ordinal", 2, None, None), ("percent", 58, "%", None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Die Initiative verlangt, dass der Bund bis 2035 mindestens 12 Milliarden Franken in den Ausbau der Nationalstrassen investiert.",
        True,
        [("year", 2035, None, None), ("money", 12000000000, "CHF", "at_least")],
        None,
    ),
    ("de", "«Mit Geld lässt sich keine Abstimmung kaufen», sagte SP-Nationalrätin Corinne Gasser.", False, [], None),
    (
        "de",
        "Die Stimmbeteiligung dürfte laut den Meinungsforschern unter 45 Prozent liegen.",
        True,
        [("percent", 45, "%", "under")],
        None,
    ),
    ("de", "Ob die Romandie der Deutschschweiz folgt, ist offen.", False, [], None),
    # --- India approves medical colleges (Reuters) ---
    (
        "en",
        "NEW DELHI, Nov 27 (Reuters) - India's cabinet on Thursday approved a 1.2 trillion rupee ($13.5 billion) plan to build 42 new medical colleges over five years, Information Minister Rajiv Menon told reporters.",
        True,
        [
            ("date", "--11-27", None, None),
            ("money", 1200000000000, "INR", None),
            ("money", 13500000000, "USD", None),
            ("count", 42, None, None),
            ("duration", 5, "year", None),
        ],
        "Rajiv Menon",
    ),
    (
        "en",
        "The colleges will add about 7,500 undergraduate seats, he said.",
        True,
        [("count", 7500, None, "about")],
        None,
    ),
    (
        "en",
        "India has one doctor for every 910 people, according to government data.",
        True,
        [("count", 1, None, None), ("count", 910, None, None)],
        None,
    ),
    (
        "en",
        "The cabinet also cleared a 14% increase in the minimum support price for wheat, Menon said.",
        True,
        [("percent", 14, "%", None)],
        "Menon",
    ),
    (
        "en",
        "The opposition Congress party said the government had missed its earlier targets for new medical colleges.",
        True,
        [],
        None,
    ),
    ("en", '"Announcements are cheap; doctors take years to train," a Congress spokesman said.', False, [], None),
    ("en", "Shares of hospital operators rose as much as 3% in Mumbai.", True, [("percent", 3, "%", "up_to")], None),
    (
        "en",
        "Medical associations have long complained that rural clinics struggle to attract graduates.",
        False,
        [],
        None,
    ),
    # --- Firmenpleiten auf Höchststand (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich steuert die Zahl der Firmenpleiten auf den höchsten Stand seit 2009 zu.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Bis Mitte November mussten 6.480 Unternehmen Insolvenz anmelden, um 5,3 Prozent mehr als im Vorjahreszeitraum, wie der Kreditschutzverband KSV1870 am Donnerstag mitteilte.",
        True,
        [("count", 6480, None, None), ("percent", 5.3, "%", None)],
        "der Kreditschutzverband KSV1870",
    ),
    (
        "de",
        "Die geschätzten Passiva summieren sich auf rund 4,1 Milliarden Euro.",
        True,
        [("money", 4100000000, "EUR", "about")],
        None,
    ),
    ("de", "Am stärksten betroffen sind Bau, Handel und Gastronomie.", True, [], None),
    (
        "de",
        "Am Donnerstag beantragte zudem die Möbelkette Wohnhaus Gruber mit 23 Filialen ein Sanierungsverfahren.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind 410 Beschäftigte, die Verbindlichkeiten betragen laut Antrag 38,6 Millionen Euro.",
        True,
        [("count", 410, None, None), ("money", 38600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gläubiger sollen eine Quote von 20 Prozent erhalten, zahlbar binnen zwei Jahren.",
        True,
        [("percent", 20, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Trendwende erwarten die Gläubigerschützer frühestens in der zweiten Jahreshälfte 2026.",
        False,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "„Die Kombination aus hohen Kosten und schwacher Nachfrage ist für viele Betriebe tödlich“, sagte KSV-Experte Rainer Hollweg.",
        False,
        [],
        None,
    ),
    # --- Oil before OPEC+ meeting (Reuters) ---
    (
        "en",
        "LONDON, Nov 27 (Reuters) - Oil prices edged higher on Thursday as traders positioned for an OPEC+ meeting on Sunday, with volumes thin because of the U.S. Thanksgiving holiday.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures rose 31 cents, or 0.5%, to $63.44 a barrel by 1215 GMT.",
        True,
        [("money", 0.31, "USD", None), ("percent", 0.5, "%", None), ("money", 63.44, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude futures were up 27 cents at $59.10.",
        True,
        [("money", 0.27, "USD", None), ("money", 59.1, "USD", None)],
        None,
    ),
    (
        "en",
        "OPEC+ will keep output unchanged in the first quarter of 2026, three sources from the group told Reuters.",
        True,
        [("ordinal", 1, None, None), ("year", 2026, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The group raised its output targets by a combined 2.6 million barrels per day between April and November.",
        True,
        [("count", 2600000, None, None)],
        None,
    ),
    (
        "en",
        "Prices have fallen about 14% since the start of the year on worries about a supply glut.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    (
        "en",
        '"The market is in a holding pattern until Sunday," said Priyanka Rao, an oil analyst at a Singapore brokerage.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts expect the glut to deepen next year as new supply from the Americas comes on stream.",
        False,
        [],
        None,
    ),
    # --- BGH zu Vertragsstrafen auf Parkplätzen (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Betreiber privater Parkplätze dürfen bei einer Überschreitung der Höchstparkdauer eine Vertragsstrafe von bis zu 40 Euro verlangen, hat der Bundesgerichtshof am Donnerstag entschieden.",
        True,
        [("money", 40, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Eine Strafe von 95 Euro, wie sie der klagende Betreiber verlangt hatte, sei dagegen unangemessen hoch, sagte die Vorsitzende Richterin Ursula Pfeiffer-Brandt bei der Urteilsverkündung.",
        True,
        [("money", 95, "EUR", None)],
        "Ursula Pfeiffer-Brandt",
    ),
    (
        "de",
        "Der beklagte Autofahrer hatte seinen Wagen im Juli 2023 auf einem Supermarktparkplatz in Bochum statt der erlaubten 90 Minuten gut vier Stunden abgestellt.",
        True,
        [("year", 2023, None, None), ("duration", 90, "minute", None), ("duration", 4, "hour", "over")],
        None,
    ),
    ("de", "In den Vorinstanzen hatte er teilweise Recht bekommen.", True, [], None),
    (
        "de",
        "Nach Schätzungen des ADAC gibt es in Deutschland rund 1,3 Millionen privat bewirtschaftete Stellplätze.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    ("de", "Die Entscheidung betrifft nach Angaben des Gerichts Tausende ähnliche Fälle.", True, [], "das Gericht"),
    ("de", "Ob der Betreiber nun Verfassungsbeschwerde einlegt, ließ sein Anwalt offen.", False, [], None),
    (
        "de",
        "Der Verbraucherzentrale Bundesverband begrüßte das Urteil als „wichtiges Signal gegen Abzocke“.",
        False,
        [],
        None,
    ),
    # --- Pregnant pub manager wins tribunal claim (PA) ---
    (
        "en",
        "LONDON (PA) - A former pub manager who was sacked days after telling her bosses she was pregnant has been awarded £48,600 by an employment tribunal.",
        True,
        [("money", 48600, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chloe Tamsett, 31, had run the Red Lion in Croydon for almost four years before her dismissal in March 2024.",
        True,
        [("duration", 31, "year", None), ("duration", 4, "year", "nearly"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The tribunal found that Hartfield Taverns, the company behind the pub, had unfairly dismissed her and discriminated against her because of her pregnancy.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Employment Judge Martin Cole described the company\'s evidence as "evasive and at times simply untrue".',
        False,
        [],
        None,
    ),
    ("en", "The award includes £15,000 for injury to feelings.", True, [("money", 15000, "GBP", None)], None),
    (
        "en",
        "Hartfield Taverns, which runs 26 pubs in south London and Kent, said it was considering an appeal.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    ("en", '"I just want other women to know they don\'t have to put up with this," Tamsett said.', False, [], None),
    (
        "en",
        "Pregnancy discrimination claims at tribunals rose by 11% last year, according to Ministry of Justice figures.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    # --- Neue Seekuh-Art im Burgenland entdeckt (APA) ---
    (
        "de",
        "Wien (APA) - Ein Team der Universität Wien hat in einem Steinbruch im Burgenland die Überreste einer bisher unbekannten Seekuh-Art entdeckt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Fossilien sind rund 14 Millionen Jahre alt und stammen aus einer Zeit, als große Teile des heutigen Ostösterreichs von einem Meer bedeckt waren.",
        True,
        [("duration", 14000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Tier dürfte etwa drei Meter lang gewesen sein und bis zu 600 Kilogramm gewogen haben, schreibt das Team im Fachjournal „Palaeontology“.",
        True,
        [("count", 3, None, "about"), ("count", 600, None, "up_to")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 47 Knochen geborgen, darunter ein fast vollständiger Schädel, sagte Studienleiterin Petra Leitgeb.",
        True,
        [("count", 47, None, None)],
        "Petra Leitgeb",
    ),
    ("de", "„Ein solcher Fund ist für uns wie ein Lottogewinn“, sagte Leitgeb.", False, [], None),
    ("de", "Die Art wurde nach dem Fundort auf den Namen Metaxytherium parndorfense getauft.", True, [], None),
    (
        "de",
        "Seekühe lebten im Wiener Becken vor 16 bis 11 Millionen Jahren.",
        True,
        [("duration", 16000000, "year", None), ("duration", 11000000, "year", None)],
        None,
    ),
    ("de", "Die Knochen sind ab März im Naturhistorischen Museum Wien zu sehen.", True, [], None),
    # --- Ariane 6 launches weather satellite (AFP) ---
    (
        "en",
        "KOUROU, French Guiana, Nov 27 (AFP) - An Ariane 6 rocket lifted off from Europe's spaceport in French Guiana on Thursday carrying a new European weather satellite.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    (
        "en",
        "The 4.1-tonne satellite separated from the rocket about 38 minutes after launch, operator Arianespace said.",
        True,
        [("count", 4.1, None, None), ("duration", 38, "minute", "about")],
        None,
    ),
    (
        "en",
        "It was the fifth flight of the Ariane 6 this year, Arianespace said.",
        True,
        [("ordinal", 5, None, None)],
        "Arianespace",
    ),
    (
        "en",
        "The satellite, built at a cost of about 700 million euros, will send forecasters images of Europe and Africa every 10 minutes.",
        True,
        [("money", 700000000, "EUR", "about"), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "It is designed to operate for at least eight and a half years.",
        True,
        [("duration", 8.5, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"Today Europe has shown once again that it can reach space on its own," ESA\'s director of space transportation said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Eumetsat, which will operate the satellite, said the first images were expected in the spring.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "Arianespace plans up to eight launches next year.", True, [("count", 8, None, "up_to")], None),
    # --- Imstepf Trainingsschnellster in Copper Mountain (Keystone-SDA) ---
    (
        "de",
        "Copper Mountain (Keystone-SDA) - Der Walliser Jonas Imstepf hat im ersten Training für den Super-G von Copper Mountain die Bestzeit aufgestellt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Er war 0,27 Sekunden schneller als der Norweger Erlend Haugvik.",
        True,
        [("duration", 0.27, "second", None)],
        None,
    ),
    (
        "de",
        "Mit Reto Bumann auf Platz vier und Nils Ammann auf Rang sieben schafften es zwei weitere Schweizer weit nach vorne.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wegen starken Windes war der Start um rund 200 Meter nach unten verlegt worden, teilte der Internationale Skiverband mit.",
        True,
        [("count", 200, None, "about")],
        "der Internationale Skiverband",
    ),
    (
        "de",
        "Das Rennen ist für Samstag geplant, es ist der erste Speed-Bewerb des Winters.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "«Die Piste ist in einem top Zustand, ich habe mich vom ersten Tor an wohl gefühlt», sagte Imstepf.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 25-Jährige hatte in der vergangenen Saison zwei Weltcuprennen gewonnen.",
        True,
        [("duration", 25, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ob Teamkollege Fabian Lötscher nach seiner Knieprellung am Samstag starten kann, ist offen.",
        False,
        [],
        None,
    ),
    # --- Forest close in on Europa League knockouts (PA) ---
    (
        "en",
        "NOTTINGHAM (PA) - Nottingham Forest moved to the brink of the Europa League knockout phase with a 3-1 win over Sporting Braga at the City Ground on Thursday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Winger Callum Ridley scored twice in the space of six minutes before half-time.",
        True,
        [("count", 2, None, None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "en",
        "Braga reduced the deficit in the 71st minute through a deflected free-kick.",
        True,
        [("ordinal", 71, None, None)],
        None,
    ),
    (
        "en",
        "Substitute Teo Marsh sealed the win in stoppage time with his first goal for the club.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Forest have 10 points from their five league-phase matches and sit eighth in the 36-team table.",
        True,
        [("count", 10, None, None), ("count", 5, None, None), ("ordinal", 8, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        '"The lads were brilliant, and the crowd carried us through the last 20 minutes," manager Luca Brambilla said.',
        False,
        [("duration", 20, "minute", None)],
        None,
    ),
    ("en", "A crowd of 29,412 watched the game, the club said.", True, [("count", 29412, None, None)], "the club"),
    (
        "en",
        "Forest travel to Bologna for their next match on December 11.",
        True,
        [("date", "--12-11", None, None)],
        None,
    ),
    # --- Besucherrekord im Städel (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Ausstellung über den Maler Jacob Verhulst im Städel Museum hat mit rund 412.000 Besucherinnen und Besuchern einen Rekord aufgestellt.",
        True,
        [("count", 412000, None, "about")],
        None,
    ),
    (
        "de",
        "Damit ist sie die erfolgreichste Schau in der mehr als 200-jährigen Geschichte des Hauses, wie das Museum am Donnerstag mitteilte.",
        True,
        [("duration", 200, "year", "over")],
        "das Museum",
    ),
    (
        "de",
        "Die Schau war wegen des großen Andrangs um drei Wochen verlängert worden, sagte Direktor Matthias Wendland.",
        True,
        [("duration", 3, "week", None)],
        "Matthias Wendland",
    ),
    ("de", "An Spitzentagen kamen mehr als 5.000 Menschen.", True, [("count", 5000, None, "over")], None),
    (
        "de",
        "Gezeigt wurden 96 Gemälde und Zeichnungen aus 31 Sammlungen.",
        True,
        [("count", 96, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "„Die Menschen hungern nach dem Original, nach der echten Begegnung mit der Kunst“, sagte die Kuratorin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Katalog ist mit 18.000 verkauften Exemplaren bereits in der vierten Auflage.",
        True,
        [("count", 18000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Kritiker bemängelten die langen Wartezeiten und das Gedränge vor den Hauptwerken.", False, [], None),
    # --- Waterstones Book of the Year (PA) ---
    (
        "en",
        "LONDON (PA) - A debut novel about a lighthouse keeper's daughter in post-war Cornwall has been named Waterstones Book of the Year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"The Keeper's Light\" by Imogen Tregarthen, 34, was chosen by the chain's booksellers from a shortlist of 10 titles.",
        True,
        [("duration", 34, "year", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The book has sold more than 120,000 copies in hardback since it was published in April, according to Nielsen BookScan.",
        True,
        [("count", 120000, None, "over")],
        "Nielsen BookScan",
    ),
    (
        "en",
        "Tregarthen wrote it over six years while working part-time in a library in Penzance.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    ("en", '"I still can\'t quite believe it," she said.', False, [], None),
    (
        "en",
        "Last year's winner went on to sell more than 400,000 copies, Waterstones said.",
        True,
        [("count", 400000, None, "over")],
        "Waterstones",
    ),
    ("en", 'Judges praised the novel\'s "salt-stung, luminous prose".', False, [], None),
    (
        "en",
        "The book will be translated into 17 languages, her publisher said.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    # --- Wohnhausbrand in Linz (APA) ---
    (
        "de",
        "Linz (APA) - Bei einem Brand in einem Wohnhaus in Linz-Urfahr sind in der Nacht auf Donnerstag 34 Menschen in Sicherheit gebracht worden.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Bewohner, eine 81-jährige Frau und ihr 84-jähriger Mann, wurden mit Rauchgasvergiftungen ins Kepler Universitätsklinikum gebracht.",
        True,
        [("count", 2, None, None), ("duration", 81, "year", None), ("duration", 84, "year", None)],
        None,
    ),
    (
        "de",
        "Das Feuer brach gegen 2.30 Uhr in einer Wohnung im dritten Stock aus, teilte die Landespolizeidirektion Oberösterreich mit.",
        True,
        [("ordinal", 3, None, None)],
        "die Landespolizeidirektion Oberösterreich",
    ),
    (
        "de",
        "Sieben Feuerwehren mit rund 120 Einsatzkräften standen stundenlang im Einsatz.",
        True,
        [("count", 7, None, None), ("count", 120, None, "about")],
        None,
    ),
    ("de", "Als Ursache vermuten die Ermittler einen technischen Defekt an einem E-Bike-Akku.", True, [], None),
    ("de", "Den Schaden schätzt die Feuerwehr auf mehrere Hunderttausend Euro.", True, [], None),
    ("de", "„Es ging alles so schnell, wir sind im Pyjama hinausgelaufen“, erzählte eine Nachbarin.", False, [], None),
    ("de", "Die Feuerwehr rät, Akkus nicht unbeaufsichtigt über Nacht zu laden.", False, [], None),
    # --- Wallet returned after 38 years (PA) ---
    (
        "en",
        "MANCHESTER (PA) - A wallet lost behind the seats of a cinema in 1987 has been returned to its owner after builders found it during renovation work.",
        True,
        [("year", 1987, None, None)],
        None,
    ),
    (
        "en",
        "Inside were a bus pass, two photographs and a £5 note long since withdrawn from circulation.",
        True,
        [("count", 2, None, None), ("money", 5, "GBP", None)],
        None,
    ),
    (
        "en",
        "Its owner, retired nurse Pauline Wragg, now 71, was 33 when she lost it.",
        True,
        [("duration", 71, "year", None), ("duration", 33, "year", None)],
        None,
    ),
    ("en", '"I cried when I saw my younger self in that photo," Wragg said.', False, [], None),
    (
        "en",
        "The builders tracked her down within two days through a local Facebook group.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The cinema, which closed in 2009, is being turned into 48 flats.",
        True,
        [("year", 2009, None, None), ("count", 48, None, None)],
        None,
    ),
    ("en", "Wragg said she hoped to frame the old banknote and hang it in her hallway.", False, [], None),
]
