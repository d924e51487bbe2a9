"""Two-hundred-and-sixty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, bridges and figures are made up
(Reinhold Tessendorf, Arnd Kielhorn, Ingeborg Strasser-Kahn, Birgit Halmschlager, Annelies
Gurtner-Bühl, Jost Hammerschmid, Korbinian Lechner, Kerstin Ahlemeyer, Benedikt Rauschert,
Monika Zwettler-Pichl, Jörn Kettelhake, Bernd Kösling, Florian Reisenbichler, Ewald
Grubhofer, Ilka Dornbusch, Hauke Ketelsen, Regula Frischknecht-Mahler, Olaf Drewermann,
Berthold Schwenninger, the Talbrücke Hälverbach; Oliver Penhaligon, Julien Montferrand,
Dana Whitacre, Lyle Brandvold, the Osage Bend Bridge, Simon Trevelyan-Hart, Carys Meredydd,
Gwen Rowlands, Bernadette Keogh, Peter Castellano, Luc Bélanger-Roy, Renata Albright, Tony
Marchese, Ailsa Drummond-Kerr, Joost van Rijckevorsel, Darragh Kilbride, Aoife Brennan,
Travis Hollenbeck, Rosalind Tregear, Massimo Ferrandino; every unnamed campaigner,
councillor, retailer, commuter, farmer, trucker, resident, economist, official and
spokesperson); ministers, federal councillors, governors, lawmakers, city councillors and
the heads of real operators and lobbies appear under made-up names that stand for no real
holder ("Bundesverkehrsminister Reinhold Tessendorf (CDU)", "BGL-Vorstandssprecher Arnd
Kielhorn", "Asfinag-Vorständin Ingeborg Strasser-Kahn", "Bundesrätin Annelies
Gurtner-Bühl", "Flughafenchef Jost Hammerschmid", "Bayerns Verkehrsminister Korbinian
Lechner (CSU)", "NRW-Verkehrsminister Jörn Kettelhake (Grüne)", "InfraGO-Vorstand Bernd
Kösling", "Verkehrsminister Florian Reisenbichler (SPÖ)", "VMK-Vorsitzende Ilka Dornbusch",
"ZVV-Direktorin Regula Frischknecht-Mahler", "Landesverkehrsminister Berthold Schwenninger
(Grüne)", "Rail Minister Oliver Penhaligon", "Transport Minister Julien Montferrand", "Gov.
Dana Whitacre", "Aviation Minister Simon Trevelyan-Hart", "Welsh Transport Secretary Carys
Meredydd", "NSW Roads Minister Bernadette Keogh", "MTA chief executive Renata Albright",
"Scottish Transport Secretary Ailsa Drummond-Kerr", "Infrastructure Minister Joost van
Rijckevorsel", "Transport Minister Darragh Kilbride", "State Rep. Travis Hollenbeck",
"Transport Infrastructure Minister Rosalind Tregear", "Infrastructure Minister Massimo
Ferrandino") or by their role only ("der Preisüberwacher", "the leader of Hillingdon
Council", "a spokesperson for the London mayor", "the parliamentary budget officer",
"Victoria's auditor-general"). Real states, bodies, schemes, roads, lines and places
(Bundesregierung, Bundesamt für Logistik und Mobilität, CDU, Bundesverband Güterkraftverkehr
Logistik und Entsorgung (BGL), Verkehrsministerium, Asfinag, Jahresvignette, ÖAMTC,
Bundesrat, Bundesamt für Verkehr, Romandie, Verkehrs-Club der Schweiz (VCS), Morges,
Perroy, Flughafen München, Erdinger Moos, CSU, Bund Naturschutz, Umweltbundesamt, SPD, FDP,
Bundestag, Statistisches Bundesamt, YouGov, ADAC, Wiener Linien, SPÖ, FPÖ, Grüne,
Klimaticket Österreich, Mobilitätsministerium, Autobahn GmbH des Bundes, Sauerland,
Industrie- und Handelskammer, Institut der deutschen Wirtschaft, Deutsche Bahn, InfraGO,
Bundesrechnungshof, Pro Bahn, Touring Club Schweiz, Bundesamt für Strassen (Astra), S1,
Lobautunnel, Schwechat, Süßenbrunn, Essling, Greenpeace, Bundesverwaltungsgericht, ÖVP,
Deutschlandticket, Verkehrsministerkonferenz (VMK), Verband Deutscher Verkehrsunternehmen
(VDV), Verbraucherzentrale Bundesverband, Forsa, Fehmarnbelt-Tunnel, Femern A/S, Fehmarn,
Fehmarnsund, Naturschutzbund, Zürcher Verkehrsverbund (ZVV), SP, Kantonsrat, Stuttgart 21,
Aktionsbündnis gegen Stuttgart 21; the Department for Transport, the Campaign for Better
Transport, the RMT union, London Bridge station, Sevenoaks, Vinci Autoroutes, Sanef, ART,
the Missouri River, Heathrow Airport, Hillingdon Council, the Welsh Government, the Welsh
Conservatives, the Senedd, Transport for Wales, NSW, Transurban, the NRMA, the
parliamentary budget officer, the MTA, New Jersey, Hoboken, the A9, Transport Scotland,
Police Scotland, the Scottish Conservatives, Schiphol, KLM, Airlines for Europe, the
European Commission, MetroLink, Transport Infrastructure Ireland, Swords, Charlemont,
Ballymun, Sinn Féin, the Insurance Institute for Highway Safety, the Suburban Rail Loop,
the City Loop, the Parliamentary Budget Office, the Coalition, the Strait of Messina, the
Court of Auditors, Legambiente, Stretto di Messina, and the datelines' cities) stand for
the way wire copy names them; every toll, fare, rate, cost, budget, count of bridges,
flights, passengers, vehicles and casualties, length, speed, vote, poll, date, age and
quote here is invented, and where a real figure came to mind (a real toll rate or toll
revenue, a real vignette or season-ticket price, a real weekly toll cap, a real airport's
passengers or flight cap, a real runway or metro cost, a real referendum result, a real
petition total, a real tunnel's elements, length or stations, a real state's share in a
station project, a real speed-limit study's figure) it was changed (the years of
referendums, contracts and shelved plans kept).

Its weight: OPINION VERSUS CLAIM, twenty-first round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first, two-hundred-and-forty-fifth and two-hundred-and-fifty-third
batches were the first twenty, and their decisions are kept; the two-hundred-and-forty-fifth
and two-hundred-and-fifty-third were read closely, and the transport figures follow the
forty-eighth, hundred-fifth, hundred-twenty-fifth, hundred-seventy-eighth,
two-hundred-and-sixth and two-hundred-and-forty-seventh, the transport and infrastructure
batches), this time in transport and infrastructure policy copy - motorway and lorry
tolls, vignettes and congestion charges, toll caps, rail investment and line closures for
renewal, speed limits (Tempo 130, 20mph, 85 mph), airport expansions and flight caps,
public transport fares and the Deutschlandticket, bridges to replace, motorways, tunnels,
a metro, a high-speed line and a strait bridge - over four ordinary wire days, Monday to
Thursday, November 9 to 12, of one year, as 28 short stories in story order, the German and
English stories interleaved by day, each with a dateline lead, the figures, attributed
claims, the other side, quotes and reactions. About 100 rows are negatives that look like
claims - ministers' and operators' creeds, rhetoric and vows („Wer die Straßen abnutzt, soll
auch ...“, "Growth and net zero are not enemies ...", „... und sie wird sie bekommen“),
a reassurance that names no figure („keinen Cent mehr“), superlatives of quality („das
beste Öffi-Angebot Europas“, „der modernste Bahnknoten Europas“, "the most important
nation-building project"), a slogan with its figure ("Twenty is plenty"), a quote with an
ordinal („Ohne die dritte Bahn ...“, "A third runway is a 1970s answer ..."), a prediction
of no effect, a trade-off comparison for effect, labels from lobbies, parties, unions,
clubs and campaigners („Abzocke mit Ansage“, „Zombie-Projekt“, „Zeitbombe unter dem
Asphalt“, „Milliardengrab“, "a kick in the teeth", "a tax in disguise", "a bullet train to
nowhere"), verdicts with „halten ... für“, accusations that name no act, complaints and
criticism that name no measure, warnings without a measure, sarcasm with a figure, fears,
doubts, hopes, beliefs and feelings, arguments, evasions, open questions and vox pops with
their ages and figures - each beside a check-worthy look-alike around a verifiable core:
the same speaker's figure, plan or position in the next row, an operator's or ministry's
published rate, a body's calculation, a poll's share, a criticism that states a checkable
fact, an announced complaint in court, a pending lawsuit, a source line. Half German (dpa
with its slugs "dpa/lby", "dpa/lnw", "dpa/lno", "dpa/lsw", APA, Keystone-SDA; Austrian
"Jänner", "Öffi", "Anrainer", "Verkehrslandesrat", Swiss "fliessen", "Gemäss",
"Strassen", "liessen", "2'541", «» quotes, German „“ quotes) and half English (Reuters, AP,
PA, AAP; British "centre", "dualled", "councillor", American "neighborhoods", "program",
Australian "A$").

242 rows (123 German, 119 English), 107 negatives (54 German, 53 English), 135 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 239 expected quantities (76 counts,
51 amounts of money - 26 EUR, 7 AUD, 5 CHF, 5 GBP, 5 USD, 3 CAD -, 32 years, 27 percentages
- 26 in %, 1 in percentage points "pp" -, 23 durations - 12 in years, 3 in hours, 3 in
months, 2 in minutes, 1 in days, 1 in seconds, 1 in weeks -, 13 ordinals, 10 dates, 7
fractions; 13 of them in 10 negatives, as the seventeenth batch labels a figure in a
negative), 43 checked speakers (25 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, resolve, reassurance, feeling, hope, fear, doubt, belief or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, two-hundred-and-fourth,
  two-hundred-and-forty-fifth, two-hundred-and-fifty-third); a quoted or reported statement
  of fact, figure, step, rule, plan, demand or position is check-worthy with its speaker,
  also in Konjunktiv I (hundred-seventy-eighth, two-hundred-and-forty-seventh). Pairs from
  one speaker: Tessendorf's use of the extra toll money (a stated use of toll money,
  hundred-seventy-eighth) beside his „Frage der Fairness“; Kielhorn's 1.1 billion euros
  beside his warning that names no measure; Penhaligon's 94% and £10.2 billion beside "every
  penny of this goes back into the railway"; Strasser-Kahn's two-thirds beside „Rückgrat der
  Republik“; Halmschlager's 746 million euros beside her verdict with „halten ... für“;
  Montferrand's new model by 2027 beside "cash machine"; Gurtner-Bühl's benefit-cost ratio
  and 11'400 hours of congestion beside «kein Luxus» and «die Botschaft des Volkes»;
  Whitacre's 2028 and four years beside "for generations"; Hammerschmid's 90 movements an
  hour beside „Ohne die dritte Bahn ...“ (ordinal 3 labelled); Lechner's position (a
  position without a figure, hundred-seventy-eighth: „lehnt ein Tempolimit ab“) beside his
  evasion; Trevelyan-Hart's conditional support beside "not enemies"; Ahlemeyer's motion
  within two weeks beside „die billigste Klimaschutzmaßnahme“ (130 labelled); Meredydd's 480
  stretches beside "Twenty is plenty ..." (20 labelled, a slogan, hundred-fifty-eighth, with
  a result read as proof, two-hundred-and-eighth); Zwettler-Pichl's 41 percent beside „das
  beste Öffi-Angebot Europas“; Keogh's 687,000 and A$285 million beside "No family should
  have to choose ..."; Kettelhake's 2027 and two years beside „von der Substanz gelebt“;
  Bélanger-Roy's first segment in 2029 beside "the most important nation-building project";
  Kösling's 83 percent beside „endlich richtig“; Albright's 11% and $14 billion beside "hear
  themselves think"; Drummond-Kerr's three sections beside her resolve; Reisenbichler's 2034
  and 60,000 vehicles beside his vow; van Rijckevorsel's 20% beside "a quieter Schiphol";
  Dornbusch's 1.6 billion euros beside „gekommen, um zu bleiben“ and her evasion; Kilbride's
  first half of next year beside "will deliver"; Ketelsen's 2033 beside „Die Dänen liefern
  ...“; Hollenbeck's 410 miles and 80 mph beside "catching the law up";
  Frischknecht-Mahler's 58 percent beside «dieser Preis ist fair»; Tregear's 8,000 jobs
  beside "Our kids will thank us"; Drewermann's 80 percent beside „der modernste Bahnknoten
  Europas“; Schwenninger's cap of 870 million euros under the 2009 contract beside „Wir
  werden keinen Cent mehr zahlen, darauf können sich alle verlassen“, versicherte
  Schwenninger. (a reassurance about the future that names no step,
  two-hundred-and-forty-fifth; „keinen Cent“ none); Ferrandino's 2033 beside "unite Italy".
- New: sarcasm. „Herzlichen Glückwunsch, jetzt ist die Brücke nur noch fünf Jahre zu spät“,
  spottete ein Einzelhändler aus dem Sauerland. (5 years labelled, „nur noch“ no hedge) and
  "Congratulations on the 12th revised timetable - maybe this one will last," one Inverness
  councillor wrote on social media. (ordinal 12 labelled) are negatives - irony says the
  opposite of its words and states no figure anyone could hold the speaker to, as rhetoric
  with a figure (hundred-fifty-eighth, two-hundred-and-forty-fifth) and the labels
  („spottete“ reads as „sprach von“); the delays on record beside them stay check-worthy
  (Kettelhake's opening in autumn 2027, Transport Scotland's 2036).
- New: a benefit-cost ratio is a count as written and check-worthy when a minister or a
  business case states it - „jedes Projekt habe ein Nutzen-Kosten-Verhältnis von mindestens
  1,2 aufweisen müssen“ 1.2 "at_least" -> "Annelies Gurtner-Bühl", "puts the project's
  benefit-cost ratio at 1.4" 1.4 - a pure number, as the rates per head and per distance are
  counts (hundred-fifty-fifth, hundred-seventy-eighth).
- New: a toll rate per distance is money in the hundredths of the currency written, the
  distance carrying none - „von 33,6 auf 35,8 Cent pro Kilometer“ 0.336 and 0.358 EUR (Cent
  are EUR hundredths, hundred-thirtieth and hundred-seventy-third; the unit written once
  serves both, two-hundred-and-forty-fifth; „pro Kilometer“ none as „je Aktie“ in the
  two-hundred-and-forty-seventh and "per student" in the two-hundred-and-fifty-third) -
  unlike a casualty rate, whose base carries its own figure ("per 100 million vehicle
  miles", hundred-seventy-eighth).
- New: a prediction of no effect in a quote is rhetoric - „Ein Tempolimit würde keinen
  einzigen Stau auflösen und keinen einzigen Unfall verhindern“, sagte Rauschert. - a
  counterfactual asserted without a source, as the counterfactual boast
  (two-hundred-and-twenty-ninth), „keinen einzigen“ none (two-hundred-and-fifty-third: „eine
  einzige“); the Umweltbundesamt's calculation with its 4.8 and 7.3 million tonnes is
  check-worthy (a counterfactual modelled by a named body, two-hundred-and-forty-fifth;
  hundred-fifty-eighth: the speed limit's savings „nach Berechnungen des Umweltbundesamts“).
- New: "trucks heavier than 15 tons" and "travel faster than 80 mph" are 15 and 80 "over" -
  a comparative with "than" right before a figure bounds it from below as „älter als 60
  Jahre“ (tenth), „mehr als 60 Jahre alt“ (sixty-sixth, here 60 years "over") and "longer
  than 52 weeks" (two-hundred-and-forty-fifth) do.
- New: "Stuttgart 21" carries none, also in „Aktionsbündnis gegen Stuttgart 21“ - a project
  named by a number is an identifier as "HS2" (eleventh), "Isar 2"
  (two-hundred-and-twenty-ninth), "A9", "S1" and the lines "U2" and "U5"
  (hundred-seventy-eighth) are; its two rows here are negatives (a superlative of quality
  and a label).
- New: a project chief's share of his own project's problems solved („die Probleme mit dem
  digitalen Stellwerk seien inzwischen zu 80 Prozent gelöst“ 80% -> "Olaf Drewermann") is
  check-worthy - a figure stated as fact about his own side (sixty-eighth, hundred-fourth),
  not framed as felt („gefühlt“ and "It feels like" are, two-hundred-and-forty-fifth).
- Superlatives (thirty-sixth, hundred-twenty-fourth, hundred-fifty-first,
  hundred-eighty-ninth): of quality negatives („das beste Öffi-Angebot Europas“, „der
  modernste Bahnknoten Europas“, "the most important nation-building project"); of quantity
  check-worthy ("the most for any petition in the Senedd's history" with its 443,726, "the
  seventh-highest number in the nation" ordinal 7 - two-hundred-and-forty-seventh:
  "second-busiest" 2 -, "more than 1.2 km longer than that of the world's current longest
  suspension bridge" 1.2 "over"); "Britain's busiest airport", "one of the highest in the
  country" and "the world's current longest" none.
- Check-worthy without a figure (hundred-seventy-eighth, two-hundred-and-forty-fourth,
  two-hundred-and-forty-fifth, two-hundred-and-fifty-third): Tessendorf's use of the toll
  money, the source line of the Swiss message („Das geht aus der Botschaft ... hervor“),
  Lechner's condition for the runway, Trevelyan-Hart's conditional support, Transurban's
  account of its own schedule (an account of one's own side, sixty-eighth), the attribution
  rows „Das teilte die Autobahn GmbH des Bundes am Dienstag mit.“ and „Das teilte die
  dänische Projektgesellschaft Femern A/S am Donnerstag mit.“, New Jersey's pending lawsuit
  (an act filed in court), the S1 back in the building programme, Greenpeace's announced
  complaint at the Bundesverwaltungsgericht (an announced lawsuit,
  two-hundred-and-forty-fifth), the ministers' agreement on the Deutschlandticket (with its
  five hours) and the Court of Auditors' objections. The Bundesrechnungshof's criticism
  states a checkable fact and is check-worthy with its figure (two-hundred-and-sixth,
  two-hundred-and-forty-seventh: „Der VCÖ kritisierte, dass fast ein Drittel ...“), while
  criticism naming no measure or fact is a negative („Die Westschweizer Kantone
  kritisierten, die Romandie komme einmal mehr zu kurz.“, „Die SP kritisierte, der Kanton
  lasse ... im Regen stehen.“; two-hundred-and-eighth and two-hundred-and-fifty-third:
  complaints).
- Polls, studies and forecasts with a figure are check-worthy (hundred-fifty-eighth,
  two-hundred-and-forty-fifth): the YouGov poll's 57 percent, the Forsa poll's 38 percent of
  subscribers who say they would cancel above 70 euros (a poll's share of respondents
  holding a view), the Institut der deutschen Wirtschaft's 1.8 billion euros, the Insurance
  Institute for Highway Safety's 6%, the parliamentary budget officer's and the
  Parliamentary Budget Office's estimates, the budget papers' A$187 billion, the Autobahn
  GmbH's estimate of at least 8.5 billion euros.
- Negatives besides those above (ninety-eighth, hundred-seventy-eighth,
  two-hundred-and-fourth, two-hundred-and-forty-fifth, two-hundred-and-forty-seventh,
  two-hundred-and-fifty-third): labels („sprach von“ - the BGL, the ÖAMTC, the Bund
  Naturschutz, the FPÖ, the Industrie- und Handelskammer, the VCS, environmental groups,
  Grubhofer, the Naturschutzbund -, „nannte“ - Rauschert, Pro Bahn, the VCS, the
  Aktionsbündnis -, „bezeichnete ... als“, „kritisierte ... als“, "called" - the RMT, a
  drivers' lobby, Brandvold, the Welsh Conservatives, the NRMA, Conservative critics,
  trucking groups, the Scottish Conservatives, Airlines for Europe, Sinn Féin, safety
  advocates, the Coalition, Legambiente); verdicts with „halten ... für“ (Halmschlager, the
  ADAC, the Touring Club Schweiz); accusations that name no act (the Grüne in Vienna,
  Castellano); a warning that names no measure (Kielhorn, the Verbraucherzentrale
  Bundesverband); a vow ("vowed to fight the plans "in every court in the land""); a
  trade-off comparison for effect ("It now costs more to get to work from Sevenoaks than to
  heat a family home"; two-hundred-and-fifty-third: „Für das Geld ... könnten wir 40 Schulen
  sanieren“); fears, doubts, hopes, beliefs and feelings („fürchten“ three times,
  „bezweifeln“, „hoffen“, „glauben nicht mehr“, "fear" twice, "privately doubt", "doubt"
  three times, "said they feared", "say they feel trapped", "said they felt" twice, "say
  they have simply stopped believing"); arguments ("Opponents argue ...", "Some economists
  argue ..."); evasions („ließ das Verkehrsministerium offen“, „wollte Lechner nicht sagen“,
  „liessen sie am Mittwoch offen“, „ließ Dornbusch offen“); open questions („Ob ...“ three
  times, one with its 30 million francs labelled - two-hundred-and-fifty-third: „Ob der
  Grosse Rat die geforderten 12 Millionen Franken ...“ -, „gilt in Düsseldorf als ungewiss“
  (the fourth „Ob“), "Whether ... is unclear" twice, "remains an open question", "It is
  unclear whether ...", "remains unclear"); and vox pops with their figures labelled (Gwen
  Rowlands's ten minutes and 47 years, Tony Marchese's "twice a week" count 2 and 58 years,
  Aoife Brennan's 36 years and "a mother of three" 3 - two-hundred-and-eighth: "a mother of
  two" 2; "a week" none).
- Speeds, lengths and lanes are counts (fourth, eighty-first, hundred-fifth,
  hundred-fifty-second, hundred-seventy-eighth): „von 130 km/h“ 130, „Tempo 120“ 120, „für
  Tempo 130“ 130 (also labelled in Ahlemeyer's negative), "20mph and 30mph limits" 20 and
  30, "the 30mph limit" 30, "to 85 mph" 85, "faster than 80 mph" 80 "over", "each 5 mph
  rise" 5; „ein 9,2 Kilometer langer Tunnel“ 9.2, „den 18,5 Kilometer langen Abschnitt“
  18.5, „rund 3.900 Kilometern Strecke“ "about", "about 9,200 km", "The roughly 1,040-km
  line" 1,040 "about", "The 19.4-km line" 19.4 and "The 27-km line" 27 (the figure in the
  hyphenated compound, hundred-sixtieth), "about 410 miles", "14 of the route's 81 miles",
  "more than 1.2 km longer" 1.2 "over"; "a four-lane span" 4 and „der sechsspurige Ausbau“ 6
  (hundred-fifth: „Die vierspurige Brücke“ 4, "The four-lane ... span" 4); weights and
  tonnes as written ("heavier than 15 tons" 15 "over", „rund 4,8 Millionen Tonnen CO2“
  4,800,000 "about", „7,3 Millionen Tonnen“; "CO2" none, hundred-seventy-eighth). Road, line
  and project identifiers carry none ("A9", „S1-Schnellstraße“, "Stuttgart 21" above).
- Counts (every batch): passengers, flights, movements, vehicles, bridges, homes, motorists,
  jobs, stations, projects, casualties and signatures with their hedges („rund 42,3
  Millionen Passagiere und knapp 336.000 Starts und Landungen“ each its own hedge, „mit 90
  Flugbewegungen pro Stunde“ 90 - „pro Stunde“ none -, „rund 5.450 Brücken ... 164“, „42
  Einzelprojekte“, „rund 430 Autobahnbrücken“, „bis zu 21.000 Fahrzeuge“ "up_to" („täglich“
  none), „neun weitere Hauptstrecken“ 9 („weitere“ no hedge), „mehr als 35 ... Korridore“
  "over", „391 Menschen“, „Gut 980.000 Menschen“ "over", „rund 13,8 Millionen Menschen“, „92
  Tunnelelemente, von denen bislang 14“ („bislang“ no hedge), „bis zu 60.000 Fahrzeuge“
  "up_to", „mit vier Projekten“ 4, „gut 640 Millionen Fahrgäste“ "over"; "84.6 million
  passengers ... on its two runways" 84,600,000 and 2, "as many as 720,000 flights" "up_to"
  (eleventh: "As many as 5,000 jobs"), "Around 4,000 homes" "about", "about 480 stretches",
  "1,978 casualties ..., against 2,603", "443,726 signatures", "About 687,000 motorists",
  "eight stations", "909 bridges", "Roughly 68,000 fewer vehicles" "about" ("fewer" after
  the figure compares), "the next three sections" 3, "11 deaths ..., up from seven",
  "474,000 flights ..., down from 496,000", "67.4 million passengers", "15 stations", "247",
  "8,000 jobs", "seven new stations", "about 4,300 people"); a vote's tally is counted
  ("47-23 and the Senate 24-11" all four; two-hundred-and-forty-fifth: "voted 218-211"
  both). None: „die bestehenden Bahnen“, "most of Sydney's motorways", "billions", "every
  penny", "for generations", „keinen einzigen“, „keinen Cent“, „eine Mehrheit“.
- Fractions (the issue; hundred-seventy-eighth, two-hundred-and-forty-seventh): „gut ein
  Drittel davon“ 0.3333 "over", „Rund zwei Drittel davon“ 0.6667 "about", „jede dritte
  Brücke“ 0.3333 (the issue's "jeder vierte"), „knapp die Hälfte davon“ 0.5 "nearly", "one
  in five households" 0.2, "more than half of the flights" 0.5 "over", "two-thirds of them
  underground" 0.6667.
- Percentages as written (every batch): „um durchschnittlich 6,5 Prozent“ and „um
  durchschnittlich 2,8 Prozent“ (no hedge), „um 3,2 Prozent“, „31 Prozent“, „55,8 Prozent“,
  „rund 68 Prozent“ "about", „57 Prozent“, „um 41 Prozent“, „um 83 Prozent“, „nur 58,7
  Prozent“ („nur“ no hedge), „um 63 Prozent“, „38 Prozent“, „auf 58 Prozent“, „zu 80
  Prozent“; "by 4.3%", "94%", "by 48% ... by 39%", "by an average of 2.1%" (no hedge), "up
  7%", "by 24%", "or 4%", "by 11%", "by about 20%" "about", "7% fewer than in 2019", "about
  6% more" "about" ("more" after the figure compares). "plus one percentage point" is 1 "pp"
  with no hedge (hundred-twenty-fifth: "one percentage point"; two-hundred-and-forty-fourth:
  "plus" no hedge).
- Money in the currency written (every batch): EUR („rund 14,6 Milliarden Euro“ "about",
  „zusätzlich rund 1,1 Milliarden Euro im Jahr“ "about" - „zusätzlich“ no hedge, „im Jahr“
  none -, „insgesamt 10,3 Milliarden Euro“, „auf 109,90 Euro“, „746 Millionen Euro“, „um 28
  Euro ... 393 Euro“, „von 2,40 auf 2,60 Euro“ both, „1.254,90 Euro im Jahr“, „mindestens
  8,5 Milliarden Euro“ "at_least", „rund 1,8 Milliarden Euro“, „rund 24 Milliarden Euro“,
  „rund 2,6 Milliarden Euro“, „je 1,6 Milliarden Euro pro Jahr“ („je“ no hedge, „pro Jahr“
  none), „mehr als 70 Euro“ "over", „rund 8,1 Milliarden Euro“ („umgerechnet“ no hedge),
  „rund 12,4 Milliarden Euro“ („inzwischen“ no hedge), „höchstens 870 Millionen Euro“
  "at_most", "4.3 billion euros", "1.2 billion euros", "about 140 million euros a year", "an
  estimated 11.4 billion euros" "about", "a revised 14.1 billion euro plan" - the currency
  in the singular inside the compound, two-hundred-and-forty-seventh: "the 2.4 billion pound
  project" -, and the Cent above), GBP ("about £5,980 a year, some £263 more" each "about" -
  "some" "about", "more" after the figure compares -, "£10.2 billion", "an estimated 36
  billion pounds" "about", "£4.1 billion"), CHF („rund 14 Milliarden Franken“ "about", „2,9
  Milliarden Franken“, „2'541 Franken, 68 Franken mehr als bisher“ - the Swiss apostrophe,
  tenth; „mehr als“ after a figure no hedge -, „30 Millionen Franken“ in a negative), USD
  ("about $310 million", "$185 million", "$562 million", "the $10 peak charge", "$14
  billion"), AUD ("capped at A$55" - "capped at" no hedge, two-hundred-and-forty-seventh -,
  "A$285 million", "an average of A$3,100 a year" - "an average of" no hedge -, "more than
  A$5,000" "over", "at least A$36.4 billion" "at_least", "up to A$118 billion" "up_to",
  "A$187 billion") and CAD ("between C$74 billion and C$86 billion" both with no hedge, "up
  to C$1.2 billion" "up_to").
- Ordinals (the issue; two-hundred-and-forty-seventh): „der dritten Start- und Landebahn“ 3
  and "a third runway" 3 (twice; an ordinal before a singular noun, no fraction), „die
  dritte Bahn“ 3 in a negative, "A third runway" 3 in a negative, "the seventh-highest" 7,
  "in its first 10 months" 1 and 10 months, "the first segment" 1, "the first trains" 1,
  "its first trains and cars" 1, "The first stage" 1, "in the first half of next year" 1
  with no fraction (hundred-seventy-eighth: "in the first half" 1), "the 12th revised
  timetable" 12 in a negative. „die nächste Landtagswahl“, "the next three sections" (the
  count only), „nächste Kapitel“ and "originally" none.
- Durations and ages (the issue: "fünfstündigen Treffen"; every batch): „bei einer
  fünfstündigen Sonderkonferenz“ 5 hours, "after a two-day debate" 2 days (two-hundred-
  and-forty-seventh: "a two-day strike"), „für jeweils bis zu fünf Monate“ 5 months "up_to"
  („jeweils“ no hedge), „binnen zwei Wochen“ 2 weeks („binnen“ no hedge), „in den kommenden
  zehn Jahren“ 10 years (two-hundred-and-forty-fifth), „vor drei Jahren“ 3 years, „zwei
  Jahre früher als ursprünglich geplant“ 2 years and „drei Jahre später als geplant“ 3 years
  (two-hundred-and-forty-fifth: "one year later than projected"), „rund 11'400 Staustunden“
  11,400 hours "about" (a compound in „-stunden“, seventy-second and
  two-hundred-and-fifty-third; „zusammen“ no hedge), "in the two years after" 2 years, "over
  the 12 months through June" 12 months ("over" before "the" no hedge; ninety-first: "in the
  12 months to"), "by an average of 41 seconds" 41 seconds, "take about four years" 4 years
  "about", "about three hours and 15 minutes" 3 hours "about" and 15 minutes (the hedge on
  the first only), "in its first 10 months" 10 months, and in negatives „nur noch fünf Jahre
  zu spät“ 5 years and "ten minutes every morning" 10 minutes. Ages are durations in years:
  "the 93-year-old Osage Bend Bridge" 93 (hundred-seventh: "The 12-year-old aircraft", "the
  31-year-old vessel"), „164 mehr als 60 Jahre alt“ 60 "over", and the vox pops' 47, 58 and
  36. None: „im vergangenen Jahr“, „im Vorjahr“, „im kommenden Jahr“, „im Jahr“, „pro Jahr“,
  „jährlich“, „täglich“, „pro Stunde“, „jahrzehntelang“, „jahrelange“, „monatelangen“,
  „zuletzt“, „im Herbst 2027“ (the year only), „im Dezember“, „im Sommer“, „im Oktober“, „am
  Montag“, „am Dienstag“, „am Mittwoch“, „am Donnerstag“, "last year", "this year", "next
  year", "the year before", "a year", "each quarter", "an average weekday", "the last
  financial year", "the same period", "from March", "from January", "from next November",
  "since last spring", "in the spring", "by the end of next year", "before the end of the
  next decade", "more than a decade later" (an article, hundred-seventy-eighth: "for a
  decade"), "for generations", "a week", "every morning", "the 1970s", "the 2030s" (decades,
  two-hundred-and-forty-fifth: "the 2040s"), weekdays.
- Years and dates: „bis 2032“, „bis 2045“, „bis Ende 2027“, „2012“, „seit 2012“, „im Herbst
  2027“, „bis 2036“, „bis 2029“, „seit 2015“, „2034“, „frühestens 2032“ (the year with no
  qualifier, two-hundred-and-forty-seventh), „nicht vor 2033“, „im Dezember 2027“, „Bei der
  Volksabstimmung 2011“, „von 2009“; "since 2015", "between 2031 and 2036" both, "by the end
  of 2027", "in 2021", "in spring 2028", "by 2037", "in 2029", "until 2036", "in 2019",
  "before 2036", "A 2004 plan ... in 2011" both, "in 2036", "in 2023", "by mid-2028" 2028,
  "in 2033". Dates: „zum 1. Juli“ --07-01, „zum 1. Dezember“ --12-01, „ab 1. Jänner“ --01-01
  (the Austrian month), „ab dem 1. Januar 2027“ 2027-01-01 (a full date, the issue;
  two-hundred-and-forty-fifth: „zum 1. Januar 2027“), "on Feb. 1" --02-01; Reuters datelines
  with a day are dates without a year ("PARIS, Nov 9" --11-09, "LONDON, Nov 10" and "OTTAWA,
  Nov 10" --11-10, "AMSTERDAM, Nov 11" --11-11, "ROME, Nov 12" --11-12;
  two-hundred-and-fifty-third); dpa with its slugs, APA, Keystone-SDA, AP ("JEFFERSON CITY,
  Mo. (AP) —", "NEW YORK (AP) —", "BOISE, Idaho (AP) —"), PA ("LONDON (PA) -", "CARDIFF (PA)
  -", "EDINBURGH (PA) -", "DUBLIN (PA) -") and AAP ("SYDNEY (AAP) -", "MELBOURNE (AAP) -")
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "Around", "Roughly",
  "roughly", "some", "an estimated" "about"; „knapp“ "nearly"; „gut“, „Gut“, „mehr als“,
  "more than", "heavier than", "faster than" "over"; „bis zu“, "up to", "as many as"
  "up_to"; „mindestens“, "at least" "at_least"; „höchstens“ "at_most". No hedge:
  „durchschnittlich“, "an average of", "by an average of", „insgesamt“, „Insgesamt“,
  „zusätzlich“, „zusammen“, „jeweils“, „je“, „weitere“, „derzeit“, „bislang“, „inzwischen“,
  „umgerechnet“, „demnach“, „nur“, „nur noch“, "Only", "plus", "capped at", "between",
  „binnen“, „frühestens“, "over" before "the", "more", "fewer" and „mehr als“ after a
  figure.
- Speakers, checked only in forms the earlier batches settled: „nach Angaben des Bundesamts
  für Logistik und Mobilität“ -> "das Bundesamt für Logistik und Mobilität", „Nach Angaben
  des Konzerns“ -> "der Konzern" and „nach Angaben der Bahn“ -> "die Bahn" (the source in
  the nominative, two-hundred-and-forty-fourth; hundred-seventy-eighth: „nach Angaben der
  Polizei“, „teilte der Konzern ... mit“); „teilte die Asfinag mit“ -> "die Asfinag",
  „teilten die Wiener Linien am Dienstag mit“ -> "die Wiener Linien"
  (hundred-seventy-eighth), „Das teilte die Autobahn GmbH des Bundes am Dienstag mit.“ ->
  "die Autobahn GmbH des Bundes" (an attribution row, hundred-seventy-eighth; the weekday
  dropped, „des Bundes“ part of the name as „Rheinland-Pfalz“ in the
  two-hundred-and-forty-fourth) and „teilte der Verband Deutscher Verkehrsunternehmen (VDV)
  mit“ -> "der Verband Deutscher Verkehrsunternehmen" (the abbreviation in brackets dropped,
  hundred-seventy-eighth); „sagte Asfinag-Vorständin Ingeborg Strasser-Kahn“ and
  „Bundesverkehrsminister Reinhold Tessendorf (CDU) sagte, ...“, „BGL-Vorstandssprecher Arnd
  Kielhorn sagte, ...“, „Bundesrätin Annelies Gurtner-Bühl sagte, ...“ (twice),
  „Flughafenchef Jost Hammerschmid sagte, ...“, „Bayerns Verkehrsminister Korbinian Lechner
  (CSU) sagte, ...“, „SPD-Fraktionsvize Kerstin Ahlemeyer sagte, ...“, „Öffi-Stadträtin
  Monika Zwettler-Pichl (SPÖ) sagte, ...“, „NRW-Verkehrsminister Jörn Kettelhake (Grüne)
  sagte, ...“, „InfraGO-Vorstand Bernd Kösling sagte, ...“, „Verkehrsminister Florian
  Reisenbichler (SPÖ) sagte, ...“, „VMK-Vorsitzende Ilka Dornbusch sagte, ...“,
  „Schleswig-Holsteins Verkehrsminister Hauke Ketelsen sagte, ...“, „ZVV-Direktorin Regula
  Frischknecht-Mahler sagte, ...“, „Projektchef Olaf Drewermann sagte, ...“ and
  „Landesverkehrsminister Berthold Schwenninger (Grüne) sagte, ...“ the name with office,
  region and party dropped (two-hundred-and-forty-fourth, two-hundred-and-fifty-third);
  „Halmschlager sagte, ...“ opening the row (forty-second). English: "the Department for
  Transport said on Monday" -> "the Department for Transport" and "the transport ministry
  said on Monday" -> "the transport ministry" (with the article, without the weekday;
  hundred-seventy-eighth, two-hundred-and-fifty-third); "Transport Scotland said on
  Wednesday" and "Transport Infrastructure Ireland said on Thursday" as written
  (hundred-seventy-eighth: "Network Rail said", "Transport for London (TfL) said on
  Thursday"); "Rail Minister Oliver Penhaligon said", "Transport Minister Julien Montferrand
  said", "Aviation Minister Simon Trevelyan-Hart said", "Welsh Transport Secretary Carys
  Meredydd said", ", NSW Roads Minister Bernadette Keogh said.", "Transport Minister Luc
  Bélanger-Roy said", "MTA chief executive Renata Albright said", "Infrastructure Minister
  Joost van Rijckevorsel said", "Transport Minister Darragh Kilbride said", "State Rep.
  Travis Hollenbeck said", "Transport Infrastructure Minister Rosalind Tregear said" and
  "Infrastructure Minister Massimo Ferrandino said" the name with the role dropped
  (two-hundred-and-fifty-third); "Gov. Dana Whitacre told reporters that"
  (two-hundred-and-fourth: "told reporters" names the speaker) and "Scottish Transport
  Secretary Ailsa Drummond-Kerr told MSPs that" (two-hundred-and-eighth) the name. Left
  unchecked (None): rows without attribution and all negatives, also those with a named
  speaker, "wrote on social media" and "said outside London Bridge station"; „wie aus einem
  Verordnungsentwurf ... hervorgeht“, „nach Unternehmensangaben“, „Laut dem Bundesamt für
  Verkehr“ (a form with „dem“ not yet settled), „Nach Zahlen des Statistischen Bundesamts“,
  „hieß es aus dem Mobilitätsministerium“, „schätzt das Unternehmen“, „Nach einer Studie des
  Instituts der deutschen Wirtschaft“, „kritisierte in einem Bericht“, „Gemäss dem Bundesamt
  für Strassen (Astra)“ (two-hundred-and-forty-fifth: „Gemäss dem Spitalverband H+“), „nach
  Angaben von Femern A/S“ (a form with „von“ not yet settled), „gibt der Konzern ... an“,
  „kündigte an“, „Das teilte die dänische Projektgesellschaft Femern A/S ... mit.“ (a
  description before the name, fortieth), „In einer Umfrage ...“; "according to calculations
  by the Campaign for Better Transport", "the campaign group said", "according to the road
  regulator ART" and "according to the airport's own consultation documents" (a description
  before the name, fortieth), "Vinci said", "KLM ... said" and "Transurban, which operates
  ..., said" (a subject parted from its verb, hundred-sixteenth), "state transportation
  officials said Monday" and "transit officials said Wednesday" (groups, forty-first),
  "according to federal data", "according to Welsh Government figures", "according to a
  Transport for Wales study", "according to a review commissioned by the government",
  "according to MTA data", "state figures show", "according to state budget papers" (data
  and documents), "the airport said", "the federal government said on Tuesday", "the
  infrastructure ministry said on Wednesday" (a ministry without a settled form,
  two-hundred-and-twenty-ninth), "estimated" (estimating verbs, hundred-tenth), "has found",
  "found", "saying", and "Stretto di Messina, the state-controlled company behind the
  project, said" (a subject parted from its verb).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_261 = [
    # --- Lkw-Maut steigt (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will die Lkw-Maut auf Autobahnen und Bundesstraßen zum 1. Juli um durchschnittlich 6,5 Prozent anheben.",
        True,
        [("date", "--07-01", None, None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für einen schweren Diesel-Lkw steigt der Satz damit von 33,6 auf 35,8 Cent pro Kilometer, wie aus einem Verordnungsentwurf des Verkehrsministeriums hervorgeht.",
        True,
        [("money", 0.336, "EUR", None), ("money", 0.358, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Maut brachte dem Bund im vergangenen Jahr nach Angaben des Bundesamts für Logistik und Mobilität rund 14,6 Milliarden Euro ein, gut ein Drittel davon zahlten Lastwagen aus dem Ausland.",
        True,
        [("money", 14600000000, "EUR", "about"), ("fraction", 0.3333, None, "over")],
        "das Bundesamt für Logistik und Mobilität",
    ),
    (
        "de",
        "Bundesverkehrsminister Reinhold Tessendorf (CDU) sagte, die Mehreinnahmen aus der Maut flössen vollständig in Erhalt und Ausbau der Fernstraßen.",
        True,
        [],
        "Reinhold Tessendorf",
    ),
    (
        "de",
        "„Wer die Straßen abnutzt, soll auch für ihren Erhalt bezahlen – das ist eine Frage der Fairness“, sagte Tessendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL) sprach von einem „Griff in die Taschen des Mittelstands“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "BGL-Vorstandssprecher Arnd Kielhorn sagte, die Erhöhung koste die Branche zusätzlich rund 1,1 Milliarden Euro im Jahr.",
        True,
        [("money", 1100000000, "EUR", "about")],
        "Arnd Kielhorn",
    ),
    ("de", "Kielhorn warnte, am Ende würden die Verbraucher an der Supermarktkasse die Zeche zahlen.", False, [], None),
    (
        "de",
        "Ob die Speditionen die höheren Kosten vollständig an ihre Kunden weitergeben können, ist nach Einschätzung von Branchenkennern offen.",
        False,
        [],
        None,
    ),
    # --- Rail fares rise (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Fares for season tickets and other regulated journeys in England will go up by 4.3% from March, the Department for Transport said on Monday.",
        True,
        [("percent", 4.3, "%", None)],
        "the Department for Transport",
    ),
    (
        "en",
        "The increase, which also applies to some off-peak returns, is capped at July's retail price index plus one percentage point.",
        True,
        [("percent", 1, "pp", None)],
        None,
    ),
    (
        "en",
        "A Brighton-to-London season ticket will cost about £5,980 a year, some £263 more than now, according to calculations by the Campaign for Better Transport.",
        True,
        [("money", 5980, "GBP", "about"), ("money", 263, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Rail Minister Oliver Penhaligon said passenger numbers had recovered to 94% of pre-pandemic levels and fare income had reached £10.2 billion in the last financial year.",
        True,
        [("percent", 94, "%", None), ("money", 10200000000, "GBP", None)],
        "Oliver Penhaligon",
    ),
    (
        "en",
        '"Nobody enjoys paying more for a ticket, but every penny of this goes back into the railway," Penhaligon said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The RMT union called the rise "a kick in the teeth for commuters who are already stretched to breaking point."',
        False,
        [],
        None,
    ),
    ("en", "Commuter groups fear the increase will push more people back into their cars.", False, [], None),
    (
        "en",
        "Regulated fares have risen by 48% since 2015, while average weekly earnings grew by 39% over the same period, the campaign group said.",
        True,
        [("percent", 48, "%", None), ("year", 2015, None, None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "en",
        '"It now costs more to get to work from Sevenoaks than to heat a family home," a campaigner said outside London Bridge station.',
        False,
        [],
        None,
    ),
    # --- Asfinag investiert in Brücken (APA), Montag ---
    (
        "de",
        "Wien (APA) - Der Autobahnbetreiber Asfinag will bis 2032 insgesamt 10,3 Milliarden Euro in das österreichische Straßennetz investieren.",
        True,
        [("year", 2032, None, None), ("money", 10300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel davon seien für die Sanierung von Brücken, Tunneln und Fahrbahnen vorgesehen, sagte Asfinag-Vorständin Ingeborg Strasser-Kahn.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Ingeborg Strasser-Kahn",
    ),
    (
        "de",
        "Von den rund 5.450 Brücken im Netz der Asfinag sind nach Unternehmensangaben 164 mehr als 60 Jahre alt.",
        True,
        [("count", 5450, None, "about"), ("count", 164, None, None), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "„Unsere Brücken sind das Rückgrat der Republik, und dieses Rückgrat braucht jetzt eine Kur“, sagte Strasser-Kahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Jahresvignette für Pkw wird zum 1. Dezember um 3,2 Prozent auf 109,90 Euro teurer, teilte die Asfinag mit.",
        True,
        [("date", "--12-01", None, None), ("percent", 3.2, "%", None), ("money", 109.9, "EUR", None)],
        "die Asfinag",
    ),
    ("de", "Der ÖAMTC sprach von „Abzocke mit Ansage“.", False, [], None),
    (
        "de",
        "ÖAMTC-Verkehrsexpertin Birgit Halmschlager hält die Erhöhung für „sachlich durch nichts begründbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Halmschlager sagte, die Asfinag habe im Vorjahr einen Gewinn von 746 Millionen Euro erwirtschaftet.",
        True,
        [("money", 746000000, "EUR", None)],
        "Halmschlager",
    ),
    (
        "de",
        "Ob die Regierung die Vignettenpreise künftig automatisch an die Inflation koppelt, ließ das Verkehrsministerium offen.",
        False,
        [],
        None,
    ),
    # --- French motorway tolls (Reuters), Monday ---
    (
        "en",
        "PARIS, Nov 9 (Reuters) - French motorway tolls are set to increase by an average of 2.1% on Feb. 1, the transport ministry said on Monday.",
        True,
        [("date", "--11-09", None, None), ("percent", 2.1, "%", None), ("date", "--02-01", None, None)],
        "the transport ministry",
    ),
    (
        "en",
        "Private operators including Vinci Autoroutes and Sanef run about 9,200 km of the country's toll roads under concessions that expire between 2031 and 2036.",
        True,
        [("count", 9200, None, "about"), ("year", 2031, None, None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Julien Montferrand said the state would not renew the concessions on the same terms and would choose a new model by the end of 2027.",
        True,
        [("year", 2027, None, None)],
        "Julien Montferrand",
    ),
    ("en", '"The era of the motorway as a cash machine is over," Montferrand said.', False, [], None),
    (
        "en",
        "The operators' combined net profit reached 4.3 billion euros last year, up 7% on the year before, according to the road regulator ART.",
        True,
        [("money", 4300000000, "EUR", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        'A drivers\' lobby called the increase "a tax in disguise on people who have no train to take."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Many commuters in the Paris region say they feel trapped between rising tolls and unreliable suburban trains.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Vinci said in a statement that it had invested 1.2 billion euros in its network this year and that the rise was set by contract.",
        True,
        [("money", 1200000000, "EUR", None)],
        None,
    ),
    # --- Bahnausbau (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will bis 2045 rund 14 Milliarden Franken in den Ausbau der Bahninfrastruktur investieren.",
        True,
        [("year", 2045, None, None), ("money", 14000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus der Botschaft zum nächsten Ausbauschritt hervor, welche die Landesregierung am Montag verabschiedet hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vorgesehen sind 42 Einzelprojekte, darunter ein 9,2 Kilometer langer Tunnel zwischen Morges und Perroy.",
        True,
        [("count", 42, None, None), ("count", 9.2, None, None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Annelies Gurtner-Bühl sagte, jedes Projekt habe ein Nutzen-Kosten-Verhältnis von mindestens 1,2 aufweisen müssen.",
        True,
        [("count", 1.2, None, "at_least")],
        "Annelies Gurtner-Bühl",
    ),
    (
        "de",
        "«Pünktliche Züge sind kein Luxus, sondern ein Stück Schweizer Identität», sagte Gurtner-Bühl.",
        False,
        [],
        None,
    ),
    ("de", "Die Westschweizer Kantone kritisierten, die Romandie komme einmal mehr zu kurz.", False, [], None),
    (
        "de",
        "Laut dem Bundesamt für Verkehr fliessen 31 Prozent der Mittel in Projekte in der Westschweiz.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Der Verkehrs-Club der Schweiz (VCS) nannte das Paket «mutlos und mit angezogener Handbremse geplant».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob das Parlament weitere Projekte in die Vorlage packt, dürfte sich erst im Sommer zeigen.",
        False,
        [],
        None,
    ),
    # --- Missouri River bridge (AP), Monday ---
    (
        "en",
        "JEFFERSON CITY, Mo. (AP) — Missouri will replace the 93-year-old Osage Bend Bridge over the Missouri River with a four-lane span at a cost of about $310 million, state transportation officials said Monday.",
        True,
        [("duration", 93, "year", None), ("count", 4, None, None), ("money", 310000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "A federal grant will cover $185 million of the cost, with the rest coming from state fuel tax revenue.",
        True,
        [("money", 185000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Inspectors rated the current bridge in poor condition in 2021, and a weight limit has kept trucks heavier than 15 tons off it since last spring.",
        True,
        [("year", 2021, None, None), ("count", 15, None, "over")],
        None,
    ),
    (
        "en",
        "Gov. Dana Whitacre told reporters that construction would start in spring 2028 and take about four years.",
        True,
        [("year", 2028, None, None), ("duration", 4, "year", "about")],
        "Dana Whitacre",
    ),
    (
        "en",
        '"This bridge has carried Missourians across that river for generations, and the new one will carry their grandchildren," Whitacre said.',
        False,
        [],
        None,
    ),
    ("en", "Farmers who rely on the crossing said they felt forgotten by the capital.", False, [], None),
    (
        "en",
        "Missouri has 909 bridges rated in poor condition, the seventh-highest number in the nation, according to federal data.",
        True,
        [("count", 909, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    ("en", 'State Sen. Lyle Brandvold called the project "long overdue and still not nearly enough."', False, [], None),
    # --- Dritte Startbahn (dpa/lby), Montag ---
    (
        "de",
        "München (dpa/lby) - Der Flughafen München will bis Ende 2027 über den Bau der dritten Start- und Landebahn entscheiden.",
        True,
        [("year", 2027, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr zählte der Airport rund 42,3 Millionen Passagiere und knapp 336.000 Starts und Landungen.",
        True,
        [("count", 42300000, None, "about"), ("count", 336000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Flughafenchef Jost Hammerschmid sagte, die bestehenden Bahnen seien mit 90 Flugbewegungen pro Stunde zu Spitzenzeiten bereits ausgelastet.",
        True,
        [("count", 90, None, None)],
        "Jost Hammerschmid",
    ),
    (
        "de",
        "„Ohne die dritte Bahn verliert Bayern den Anschluss an die Welt“, sagte Hammerschmid.",
        False,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei einem Bürgerentscheid hatten die Münchner 2012 den Bau mit 55,8 Prozent der Stimmen abgelehnt.",
        True,
        [("year", 2012, None, None), ("percent", 55.8, "%", None)],
        None,
    ),
    ("de", "Der Bund Naturschutz sprach von einem „Zombie-Projekt, das einfach nicht sterben will“.", False, [], None),
    ("de", "Anwohner im Erdinger Moos fürchten mehr Fluglärm und sinkende Grundstückspreise.", False, [], None),
    (
        "de",
        "Bayerns Verkehrsminister Korbinian Lechner (CSU) sagte, der Freistaat werde als Miteigentümer dem Bau nur nach einem neuen Bürgervotum zustimmen.",
        True,
        [],
        "Korbinian Lechner",
    ),
    (
        "de",
        "Ob ein solches Votum noch vor der nächsten Landtagswahl stattfindet, wollte Lechner nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Heathrow third runway (Reuters), Tuesday ---
    (
        "en",
        "LONDON, Nov 10 (Reuters) - Heathrow Airport submitted plans on Tuesday for a third runway costing an estimated 36 billion pounds, saying it could open by 2037.",
        True,
        [
            ("date", "--11-10", None, None),
            ("ordinal", 3, None, None),
            ("money", 36000000000, "GBP", "about"),
            ("year", 2037, None, None),
        ],
        None,
    ),
    (
        "en",
        "Britain's busiest airport handled 84.6 million passengers last year on its two runways.",
        True,
        [("count", 84600000, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A third runway would lift capacity to as many as 720,000 flights a year, the airport said.",
        True,
        [("ordinal", 3, None, None), ("count", 720000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Aviation Minister Simon Trevelyan-Hart said the government supported expansion as long as it met legally binding climate targets and local noise limits.",
        True,
        [],
        "Simon Trevelyan-Hart",
    ),
    (
        "en",
        '"Growth and net zero are not enemies, and Heathrow is going to prove it," Trevelyan-Hart said.',
        False,
        [],
        None,
    ),
    ("en", 'The leader of Hillingdon Council vowed to fight the plans "in every court in the land."', False, [], None),
    (
        "en",
        "Around 4,000 homes would have to be demolished or would lose land, according to the airport's own consultation documents.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        "Some airline executives privately doubt the runway will be built before the end of the next decade.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"A third runway is a 1970s answer to a 2030s problem," a spokesperson for the London mayor said.',
        False,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Tempolimit-Debatte (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Eine allgemeine Höchstgeschwindigkeit von 130 km/h auf den Autobahnen würde nach einer neuen Berechnung des Umweltbundesamts jährlich rund 4,8 Millionen Tonnen CO2 einsparen.",
        True,
        [("count", 130, None, None), ("count", 4800000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei Tempo 120 wären es demnach 7,3 Millionen Tonnen.",
        True,
        [("count", 120, None, None), ("count", 7300000, None, None)],
        None,
    ),
    (
        "de",
        "Auf rund 68 Prozent des deutschen Autobahnnetzes gilt bislang keine dauerhafte Geschwindigkeitsbeschränkung.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    (
        "de",
        "SPD-Fraktionsvize Kerstin Ahlemeyer sagte, ihre Fraktion werde binnen zwei Wochen einen Antrag für Tempo 130 in den Bundestag einbringen.",
        True,
        [("duration", 2, "week", None), ("count", 130, None, None)],
        "Kerstin Ahlemeyer",
    ),
    (
        "de",
        "„Tempo 130 ist die billigste Klimaschutzmaßnahme, die dieses Land je hatte“, sagte Ahlemeyer.",
        False,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "FDP-Verkehrspolitiker Benedikt Rauschert nannte die Debatte eine „ideologische Geisterfahrt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ein Tempolimit würde keinen einzigen Stau auflösen und keinen einzigen Unfall verhindern“, sagte Rauschert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen des Statistischen Bundesamts starben im vergangenen Jahr 391 Menschen bei Unfällen auf Autobahnen.",
        True,
        [("count", 391, None, None)],
        None,
    ),
    (
        "de",
        "In einer Umfrage des Instituts YouGov sprachen sich 57 Prozent der Befragten für ein Tempolimit aus.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    ("de", "Der ADAC hält eine starre Regelung weiterhin für „nicht mehr zeitgemäß“.", False, [], None),
    # --- Wales 20mph (PA), Tuesday ---
    (
        "en",
        "CARDIFF (PA) - The number of people hurt on Welsh streets with 20mph and 30mph limits fell by 24% in the two years after the default limit was lowered, according to Welsh Government figures.",
        True,
        [
            ("count", 20, None, None),
            ("count", 30, None, None),
            ("percent", 24, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Police recorded 1,978 casualties on the affected streets over the 12 months through June, against 2,603 before the change.",
        True,
        [("count", 1978, None, None), ("duration", 12, "month", None), ("count", 2603, None, None)],
        None,
    ),
    (
        "en",
        "Welsh Transport Secretary Carys Meredydd said councils had since restored the 30mph limit on about 480 stretches of road after local reviews.",
        True,
        [("count", 30, None, None), ("count", 480, None, "about")],
        "Carys Meredydd",
    ),
    (
        "en",
        '"Twenty is plenty where people live, and the numbers are on our side," Meredydd said.',
        False,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        'The Welsh Conservatives called the change "an assault on drivers that has cost Wales billions."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A petition calling for the lower default limit to be scrapped gathered 443,726 signatures, the most for any petition in the Senedd's history.",
        True,
        [("count", 443726, None, None)],
        None,
    ),
    (
        "en",
        "Opponents argue the casualty figures reflect a wider national trend rather than the lower limit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Journey times on affected routes rose by an average of 41 seconds, according to a Transport for Wales study.",
        True,
        [("duration", 41, "second", None)],
        None,
    ),
    (
        "en",
        '"I lose ten minutes every morning crawling behind buses," said Gwen Rowlands, 47, a nurse from Bridgend.',
        False,
        [("duration", 10, "minute", None), ("duration", 47, "year", None)],
        None,
    ),
    # --- Wiener Öffi-Tarife (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Die Jahreskarte der Wiener Linien wird ab 1. Jänner um 28 Euro teurer und kostet dann 393 Euro.",
        True,
        [("date", "--01-01", None, None), ("money", 28, "EUR", None), ("money", 393, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Einzelfahrt steigt von 2,40 auf 2,60 Euro, teilten die Wiener Linien am Dienstag mit.",
        True,
        [("money", 2.4, "EUR", None), ("money", 2.6, "EUR", None)],
        "die Wiener Linien",
    ),
    (
        "de",
        "Öffi-Stadträtin Monika Zwettler-Pichl (SPÖ) sagte, die Jahreskarte sei seit 2012 nicht teurer geworden, während die Betriebskosten um 41 Prozent gestiegen seien.",
        True,
        [("year", 2012, None, None), ("percent", 41, "%", None)],
        "Monika Zwettler-Pichl",
    ),
    (
        "de",
        "„Die Jahreskarte bleibt das beste Öffi-Angebot Europas, daran ändert sich nichts“, sagte Zwettler-Pichl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gut 980.000 Menschen besitzen derzeit eine Jahreskarte, mehr als in der Stadt Autos zugelassen sind.",
        True,
        [("count", 980000, None, "over")],
        None,
    ),
    ("de", "Die FPÖ sprach von einer „Teuerungswelle auf Schienen“.", False, [], None),
    (
        "de",
        "Die Grünen warfen der Stadtregierung vor, den Klimaschutz „auf dem Altar des Budgets zu opfern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Pendlerinnen und Pendler aus Niederösterreich hoffen nun auf ein günstigeres Kombiticket.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Klimaticket Österreich kostet derzeit 1.254,90 Euro im Jahr, hieß es aus dem Mobilitätsministerium.",
        True,
        [("money", 1254.9, "EUR", None)],
        None,
    ),
    # --- Sydney toll cap (AAP), Tuesday ---
    (
        "en",
        "SYDNEY (AAP) - NSW drivers will have their weekly toll bills capped at A$55 from January under a deal announced on Tuesday, replacing the existing rebate scheme.",
        True,
        [("money", 55, "AUD", None)],
        None,
    ),
    (
        "en",
        "About 687,000 motorists claimed toll relief in the last financial year, at a cost to the state of A$285 million, NSW Roads Minister Bernadette Keogh said.",
        True,
        [("count", 687000, None, "about"), ("money", 285000000, "AUD", None)],
        "Bernadette Keogh",
    ),
    (
        "en",
        '"No family should have to choose between paying the toll and paying the power bill," Keogh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Transurban, which operates most of Sydney's motorways, said the cap would be paid for by the state and would leave its own toll schedule unchanged.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Tolls on several motorways rise each quarter by the consumer price index or 4%, whichever is greater, under contracts signed by previous governments.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    ("en", 'The NRMA called the contracts "a millstone around the neck of western Sydney."', False, [], None),
    (
        "en",
        'Opposition roads spokesman Peter Castellano accused the government of "buying votes with a Band-Aid."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers in Sydney's west spend an average of A$3,100 a year on tolls, and one in five households there pays more than A$5,000, according to a review commissioned by the government.",
        True,
        [("money", 3100, "AUD", None), ("fraction", 0.2, None, None), ("money", 5000, "AUD", "over")],
        None,
    ),
    ("en", "Whether the cap will survive the next state budget is unclear.", False, [], None),
    # --- Marode Brücken in NRW (dpa/lnw), Dienstag ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen müssen in den kommenden zehn Jahren rund 430 Autobahnbrücken ersetzt werden, jede dritte Brücke im Netz des Landes.",
        True,
        [("duration", 10, "year", None), ("count", 430, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Das teilte die Autobahn GmbH des Bundes am Dienstag mit.", True, [], "die Autobahn GmbH des Bundes"),
    (
        "de",
        "Die Kosten schätzt das Unternehmen auf mindestens 8,5 Milliarden Euro.",
        True,
        [("money", 8500000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Seit der Sprengung der gesperrten Talbrücke Hälverbach vor drei Jahren rollen täglich bis zu 21.000 Fahrzeuge durch die umliegenden Orte.",
        True,
        [("duration", 3, "year", None), ("count", 21000, None, "up_to")],
        None,
    ),
    (
        "de",
        "NRW-Verkehrsminister Jörn Kettelhake (Grüne) sagte, der Ersatzneubau werde im Herbst 2027 freigegeben, zwei Jahre früher als ursprünglich geplant.",
        True,
        [("year", 2027, None, None), ("duration", 2, "year", None)],
        "Jörn Kettelhake",
    ),
    (
        "de",
        "„Wir haben jahrzehntelang von der Substanz gelebt, jetzt kommt die Rechnung“, sagte Kettelhake.",
        False,
        [],
        None,
    ),
    ("de", "Die Industrie- und Handelskammer sprach von einer „Zeitbombe unter dem Asphalt“.", False, [], None),
    (
        "de",
        "„Herzlichen Glückwunsch, jetzt ist die Brücke nur noch fünf Jahre zu spät“, spottete ein Einzelhändler aus dem Sauerland.",
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Nach einer Studie des Instituts der deutschen Wirtschaft haben die Sperrungen die regionale Wirtschaft bislang rund 1,8 Milliarden Euro gekostet.",
        True,
        [("money", 1800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ob der Bund die zugesagten Mittel im nächsten Haushalt tatsächlich bereitstellt, gilt in Düsseldorf als ungewiss.",
        False,
        [],
        None,
    ),
    # --- Canada high-speed rail (Reuters), Tuesday ---
    (
        "en",
        "OTTAWA, Nov 10 (Reuters) - Canada's planned high-speed rail line between Toronto and Quebec City will cost between C$74 billion and C$86 billion and cut the Toronto-Montreal trip to about three hours and 15 minutes, the federal government said on Tuesday.",
        True,
        [
            ("date", "--11-10", None, None),
            ("money", 74000000000, "CAD", None),
            ("money", 86000000000, "CAD", None),
            ("duration", 3, "hour", "about"),
            ("duration", 15, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "The roughly 1,040-km line would serve eight stations, including Ottawa, Montreal and Trois-Rivieres.",
        True,
        [("count", 1040, None, "about"), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Luc Bélanger-Roy said construction on the first segment, between Ottawa and Montreal, would begin in 2029.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "Luc Bélanger-Roy",
    ),
    (
        "en",
        "The government's business case puts the project's benefit-cost ratio at 1.4.",
        True,
        [("count", 1.4, None, None)],
        None,
    ),
    (
        "en",
        '"This is the most important nation-building project since the transcontinental railway," Bélanger-Roy said.',
        False,
        [],
        None,
    ),
    ("en", 'Conservative critics called the project "a bullet train to nowhere."', False, [], None),
    (
        "en",
        "The parliamentary budget officer estimated last year that the line would need annual subsidies of up to C$1.2 billion once it opens.",
        True,
        [("money", 1200000000, "CAD", "up_to")],
        None,
    ),
    (
        "en",
        "Farmers in eastern Ontario fear the route will split their fields and cut off access roads.",
        False,
        [],
        None,
    ),
    ("en", "Some transport economists doubt ridership will ever cover operating costs.", False, [], None),
    # --- Generalsanierung der Bahn (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Die Deutsche Bahn will im kommenden Jahr neun weitere Hauptstrecken für jeweils bis zu fünf Monate komplett sperren und generalsanieren.",
        True,
        [("count", 9, None, None), ("duration", 5, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Insgesamt sollen bis 2036 mehr als 35 besonders belastete Korridore mit zusammen rund 3.900 Kilometern Strecke erneuert werden.",
        True,
        [("year", 2036, None, None), ("count", 35, None, "over"), ("count", 3900, None, "about")],
        None,
    ),
    (
        "de",
        "InfraGO-Vorstand Bernd Kösling sagte, auf der bereits sanierten Strecke zwischen Frankfurt und Mannheim seien die Störungen an Weichen und Signalen um 83 Prozent zurückgegangen.",
        True,
        [("percent", 83, "%", None)],
        "Bernd Kösling",
    ),
    (
        "de",
        "„Wir flicken die Bahn nicht mehr irgendwie, wir bauen sie endlich richtig“, sagte Kösling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrechnungshof kritisierte in einem Bericht, dass für die Sanierungen bis 2029 noch rund 24 Milliarden Euro nicht finanziert seien.",
        True,
        [("year", 2029, None, None), ("money", 24000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn nannte die monatelangen Sperrungen eine „Zumutung für Pendler“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Güterverkehrsunternehmen bezweifeln, dass die Umleitungsstrecken den zusätzlichen Verkehr aufnehmen können.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Konzerns kamen im Oktober nur 58,7 Prozent der Fernzüge pünktlich an.",
        True,
        [("percent", 58.7, "%", None)],
        "der Konzern",
    ),
    # --- New York congestion toll (AP), Wednesday ---
    (
        "en",
        "NEW YORK (AP) — Manhattan's congestion toll brought in $562 million in its first 10 months, transit officials said Wednesday.",
        True,
        [("money", 562000000, "USD", None), ("ordinal", 1, None, None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "Roughly 68,000 fewer vehicles now enter the tolling zone on an average weekday than before the $10 peak charge began, according to MTA data.",
        True,
        [("count", 68000, None, "about"), ("money", 10, "USD", None)],
        None,
    ),
    (
        "en",
        "MTA chief executive Renata Albright said bus speeds in the zone had risen by 11% and the toll revenue would back $14 billion in bonds for subway upgrades.",
        True,
        [("percent", 11, "%", None), ("money", 14000000000, "USD", None)],
        "Renata Albright",
    ),
    ("en", '"New Yorkers can finally hear themselves think again," Albright said.', False, [], None),
    (
        "en",
        'Trucking groups called the toll "a tax on every sandwich and every package delivered in Manhattan."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A lawsuit filed by New Jersey, which argues the toll pushes traffic and pollution into its neighborhoods, is still pending in federal court.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"I used to drive in twice a week; now I just don\'t come," said Tony Marchese, 58, who owns a print shop in Hoboken.',
        False,
        [("count", 2, None, None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Whether the federal government will try again to kill the program remains an open question.",
        False,
        [],
        None,
    ),
    # --- Nationalstrassen (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Bern (Keystone-SDA) - Nach dem Nein des Stimmvolks zum Autobahnausbau im vergangenen Jahr legt der Bundesrat ein kleineres Paket mit vier Projekten für 2,9 Milliarden Franken vor.",
        True,
        [("count", 4, None, None), ("money", 2900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gestrichen wurden die umstrittenen Tunnelprojekte in St. Gallen und Schaffhausen sowie der sechsspurige Ausbau bei Bern.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Bundesrätin Annelies Gurtner-Bühl sagte, auf den betroffenen Abschnitten habe es im vergangenen Jahr zusammen rund 11'400 Staustunden gegeben.",
        True,
        [("duration", 11400, "hour", "about")],
        "Annelies Gurtner-Bühl",
    ),
    (
        "de",
        "«Wir haben die Botschaft des Volkes verstanden und nehmen sie ernst», sagte Gurtner-Bühl.",
        False,
        [],
        None,
    ),
    ("de", "Der VCS sprach von «altem Wein in neuen Schläuchen».", False, [], None),
    ("de", "Der Touring Club Schweiz hält das Paket für «das absolute Minimum».", False, [], None),
    (
        "de",
        "Gemäss dem Bundesamt für Strassen (Astra) nahm die Zahl der Staustunden auf dem Nationalstrassennetz seit 2015 um 63 Prozent zu.",
        True,
        [("year", 2015, None, None), ("percent", 63, "%", None)],
        None,
    ),
    ("de", "Ob die Grünen erneut das Referendum ergreifen, liessen sie am Mittwoch offen.", False, [], None),
    # --- A9 dualling (PA), Wednesday ---
    (
        "en",
        "EDINBURGH (PA) - Dualling the A9 between Perth and Inverness will not be finished until 2036, more than a decade later than originally promised, Transport Scotland said on Wednesday.",
        True,
        [("year", 2036, None, None)],
        "Transport Scotland",
    ),
    (
        "en",
        "Only 14 of the route's 81 miles have been dualled so far, and the latest cost estimate has risen to £4.1 billion.",
        True,
        [("count", 14, None, None), ("count", 81, None, None), ("money", 4100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Scottish Transport Secretary Ailsa Drummond-Kerr told MSPs that contracts for the next three sections would be awarded by the end of next year.",
        True,
        [("count", 3, None, None)],
        "Ailsa Drummond-Kerr",
    ),
    (
        "en",
        '"I am as determined as anyone in this chamber to see this road finished," Drummond-Kerr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police Scotland recorded 11 deaths on the A9 last year, up from seven the year before.",
        True,
        [("count", 11, None, None), ("count", 7, None, None)],
        None,
    ),
    ("en", 'The Scottish Conservatives called the delay "a betrayal of the Highlands."', False, [], None),
    ("en", "Highland businesses say they have simply stopped believing the government's timetables.", False, [], None),
    (
        "en",
        '"Congratulations on the 12th revised timetable - maybe this one will last," one Inverness councillor wrote on social media.',
        False,
        [("ordinal", 12, None, None)],
        None,
    ),
    # --- S1 und Lobautunnel (APA), Mittwoch ---
    (
        "de",
        "Wien (APA) - Das Verkehrsministerium hat die S1-Schnellstraße zwischen Schwechat und Süßenbrunn samt Lobautunnel wieder in das Bauprogramm der Asfinag aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Kosten für den 18,5 Kilometer langen Abschnitt werden auf rund 2,6 Milliarden Euro geschätzt.",
        True,
        [("count", 18.5, None, None), ("money", 2600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verkehrsminister Florian Reisenbichler (SPÖ) sagte, der Tunnel unter dem Nationalpark solle 2034 eröffnet werden und täglich bis zu 60.000 Fahrzeuge aufnehmen.",
        True,
        [("year", 2034, None, None), ("count", 60000, None, "up_to")],
        "Florian Reisenbichler",
    ),
    ("de", "„Die Ostregion braucht diese Straße, und sie wird sie bekommen“, sagte Reisenbichler.", False, [], None),
    ("de", "Umweltorganisationen sprachen von einem „Anschlag auf den Nationalpark“.", False, [], None),
    (
        "de",
        "Greenpeace kündigte an, beim Bundesverwaltungsgericht Beschwerde gegen die Umweltverträglichkeitsprüfung einzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Niederösterreichs Verkehrslandesrat Ewald Grubhofer (ÖVP) sprach von einem „Tag der Vernunft für die ganze Ostregion“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anrainer in Essling fürchten, dass der Transitverkehr durch ihre Wohngebiete trotz Tunnel noch zunimmt.",
        False,
        [],
        None,
    ),
    # --- Schiphol flight cap (Reuters), Wednesday ---
    (
        "en",
        "AMSTERDAM, Nov 11 (Reuters) - The Dutch government will allow Amsterdam's Schiphol airport 474,000 flights a year from next November, down from 496,000 now, the infrastructure ministry said on Wednesday.",
        True,
        [("date", "--11-11", None, None), ("count", 474000, None, None), ("count", 496000, None, None)],
        None,
    ),
    (
        "en",
        "Infrastructure Minister Joost van Rijckevorsel said the cut would reduce the number of people seriously disturbed by aircraft noise by about 20%.",
        True,
        [("percent", 20, "%", "about")],
        "Joost van Rijckevorsel",
    ),
    ("en", '"We are choosing a quieter Schiphol, not a smaller Schiphol," van Rijckevorsel said.', False, [], None),
    (
        "en",
        "KLM, which operates more than half of the flights at Schiphol, said the cut would cost it about 140 million euros a year.",
        True,
        [("fraction", 0.5, None, "over"), ("money", 140000000, "EUR", "about")],
        None,
    ),
    ("en", 'Airlines for Europe called the decision "an act of economic self-harm."', False, [], None),
    (
        "en",
        "Residents' groups in the towns around the airport said they felt the government had once again sided with aviation.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The airport handled 67.4 million passengers last year, 7% fewer than in 2019.",
        True,
        [("count", 67400000, None, None), ("percent", 7, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "It is unclear whether the European Commission will accept the reduction under EU noise rules.",
        False,
        [],
        None,
    ),
    # --- Deutschlandticket (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Der Preis des Deutschlandtickets soll ab dem 1. Januar 2027 an einen Index gekoppelt werden, der Personal- und Energiekosten berücksichtigt.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Darauf einigten sich die Verkehrsminister von Bund und Ländern bei einer fünfstündigen Sonderkonferenz am Mittwoch in Berlin.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "VMK-Vorsitzende Ilka Dornbusch sagte, Bund und Länder zahlten wie bisher je 1,6 Milliarden Euro pro Jahr zum Ausgleich der Einnahmeverluste.",
        True,
        [("money", 1600000000, "EUR", None)],
        "Ilka Dornbusch",
    ),
    (
        "de",
        "Rund 13,8 Millionen Menschen haben derzeit ein Deutschlandticket, teilte der Verband Deutscher Verkehrsunternehmen (VDV) mit.",
        True,
        [("count", 13800000, None, "about")],
        "der Verband Deutscher Verkehrsunternehmen",
    ),
    ("de", "„Dieses Ticket ist gekommen, um zu bleiben“, sagte Dornbusch.", False, [], None),
    ("de", "Der Verbraucherzentrale Bundesverband warnte vor einer „Preisspirale ohne Ende“.", False, [], None),
    ("de", "Der Fahrgastverband Pro Bahn kritisierte die Einigung als „Ticket ohne Preisgarantie“.", False, [], None),
    (
        "de",
        "In einer Forsa-Umfrage im Auftrag des VDV gaben 38 Prozent der Abonnenten an, sie würden das Ticket bei einem Preis von mehr als 70 Euro kündigen.",
        True,
        [("percent", 38, "%", None), ("money", 70, "EUR", "over")],
        None,
    ),
    ("de", "Ob der Preis im kommenden Jahr noch einmal steigt, ließ Dornbusch offen.", False, [], None),
    # --- Dublin MetroLink (PA), Thursday ---
    (
        "en",
        "DUBLIN (PA) - The cost of Dublin's MetroLink has risen to an estimated 11.4 billion euros, and the first trains will not run before 2036, Transport Infrastructure Ireland said on Thursday.",
        True,
        [("money", 11400000000, "EUR", "about"), ("ordinal", 1, None, None), ("year", 2036, None, None)],
        "Transport Infrastructure Ireland",
    ),
    (
        "en",
        "The 19.4-km line would link Swords and Dublin Airport with the city centre and Charlemont, with 15 stations, two-thirds of them underground.",
        True,
        [("count", 19.4, None, None), ("count", 15, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Darragh Kilbride said planning permission had been granted and enabling works would begin in the first half of next year.",
        True,
        [("ordinal", 1, None, None)],
        "Darragh Kilbride",
    ),
    (
        "en",
        '"Dublin has waited long enough, and this government will deliver MetroLink," Kilbride said.',
        False,
        [],
        None,
    ),
    ("en", 'Sinn Féin called the overrun "a scandal unfolding in slow motion."', False, [], None),
    (
        "en",
        "A 2004 plan for a similar metro line to the airport was shelved in 2011 after the financial crisis.",
        True,
        [("year", 2004, None, None), ("year", 2011, None, None)],
        None,
    ),
    ("en", "Many residents along the planned route doubt they will ever ride it.", False, [], None),
    (
        "en",
        '"My kids will be in college before this thing opens," said Aoife Brennan, 36, a mother of three in Ballymun.',
        False,
        [("duration", 36, "year", None), ("count", 3, None, None)],
        None,
    ),
    # --- Fehmarnbelt-Tunnel (dpa/lno), Donnerstag ---
    (
        "de",
        "Kiel (dpa/lno) - Der Fehmarnbelt-Tunnel zwischen Deutschland und Dänemark wird frühestens 2032 eröffnet, drei Jahre später als geplant.",
        True,
        [("year", 2032, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("de", "Das teilte die dänische Projektgesellschaft Femern A/S am Donnerstag mit.", True, [], None),
    (
        "de",
        "Grund seien Verzögerungen bei der Fertigung der 92 Tunnelelemente, von denen bislang 14 abgesenkt worden seien.",
        True,
        [("count", 92, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Schleswig-Holsteins Verkehrsminister Hauke Ketelsen sagte, die deutsche Schienenanbindung über den Fehmarnsund werde nicht vor 2033 fertig.",
        True,
        [("year", 2033, None, None)],
        "Hauke Ketelsen",
    ),
    ("de", "„Die Dänen liefern, und wir diskutieren immer noch über die Zufahrt“, sagte Ketelsen.", False, [], None),
    (
        "de",
        "Die Baukosten sind nach Angaben von Femern A/S auf umgerechnet rund 8,1 Milliarden Euro gestiegen.",
        True,
        [("money", 8100000000, "EUR", "about")],
        None,
    ),
    ("de", "Tourismusbetriebe auf Fehmarn fürchten jahrelange Baustellen auf der Insel.", False, [], None),
    ("de", "Der Naturschutzbund sprach von einem „Milliardengrab unter der Ostsee“.", False, [], None),
    # --- Idaho speed limit (AP), Thursday ---
    (
        "en",
        "BOISE, Idaho (AP) — Idaho lawmakers voted Thursday, after a two-day debate, to raise the speed limit on rural stretches of interstate to 85 mph, which would make it one of the highest in the country.",
        True,
        [("duration", 2, "day", None), ("count", 85, None, None)],
        None,
    ),
    (
        "en",
        "The House passed the bill 47-23 and the Senate 24-11, sending it to the governor.",
        True,
        [("count", 47, None, None), ("count", 23, None, None), ("count", 24, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "State Rep. Travis Hollenbeck said about 410 miles of interstate would qualify and that most drivers already travel faster than 80 mph there.",
        True,
        [("count", 410, None, "about"), ("count", 80, None, "over")],
        "Travis Hollenbeck",
    ),
    ("en", '"We\'re just catching the law up to how people actually drive," Hollenbeck said.', False, [], None),
    (
        "en",
        "Crash deaths on Idaho roads rose to 247 last year, state figures show.",
        True,
        [("count", 247, None, None)],
        None,
    ),
    (
        "en",
        "A study by the Insurance Institute for Highway Safety found that each 5 mph rise in posted limits was linked to about 6% more deaths on interstates.",
        True,
        [("count", 5, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    ("en", 'Safety advocates called the vote "reckless."', False, [], None),
    (
        "en",
        "Truckers on the route said they feared a higher limit would mean more cars tailgating big rigs.",
        False,
        [],
        None,
    ),
    ("en", "Whether the governor will sign the bill is unclear.", False, [], None),
    # --- ZVV-Tarife (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Zürcher Verkehrsverbund (ZVV) erhöht die Preise im Dezember um durchschnittlich 2,8 Prozent.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Jahresabonnement für alle Zonen kostet dann 2'541 Franken, 68 Franken mehr als bisher.",
        True,
        [("money", 2541, "CHF", None), ("money", 68, "CHF", None)],
        None,
    ),
    (
        "de",
        "ZVV-Direktorin Regula Frischknecht-Mahler sagte, der Kostendeckungsgrad sei zuletzt auf 58 Prozent gesunken.",
        True,
        [("percent", 58, "%", None)],
        "Regula Frischknecht-Mahler",
    ),
    (
        "de",
        "«Ein guter öffentlicher Verkehr hat seinen Preis, und dieser Preis ist fair», sagte Frischknecht-Mahler.",
        False,
        [],
        None,
    ),
    ("de", "Der Preisüberwacher bezeichnete die Erhöhung als «nicht nachvollziehbar».", False, [], None),
    ("de", "Die SP kritisierte, der Kanton lasse die Pendlerinnen und Pendler im Regen stehen.", False, [], None),
    (
        "de",
        "Im vergangenen Jahr beförderten die Verkehrsunternehmen im ZVV gut 640 Millionen Fahrgäste, knapp die Hälfte davon in der Stadt Zürich.",
        True,
        [("count", 640000000, None, "over"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ob der Kantonsrat die geforderten 30 Millionen Franken für ein günstigeres Jugendabo bewilligt, ist offen.",
        False,
        [("money", 30000000, "CHF", None)],
        None,
    ),
    # --- Suburban Rail Loop (AAP), Thursday ---
    (
        "en",
        "MELBOURNE (AAP) - The first stage of Melbourne's Suburban Rail Loop will cost at least A$36.4 billion, Victoria's auditor-general has found.",
        True,
        [("ordinal", 1, None, None), ("money", 36400000000, "AUD", "at_least")],
        None,
    ),
    (
        "en",
        "The 27-km line between Cheltenham and Box Hill is due to open in 2036 with seven new stations.",
        True,
        [("count", 27, None, None), ("year", 2036, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Transport Infrastructure Minister Rosalind Tregear said tunnelling would start next year and that the project would create 8,000 jobs during construction.",
        True,
        [("count", 8000, None, None)],
        "Rosalind Tregear",
    ),
    (
        "en",
        '"Our kids will thank us for building this, just as we thank those who built the City Loop," Tregear said.',
        False,
        [],
        None,
    ),
    ("en", 'The Coalition called the loop "a train set the state can\'t afford."', False, [], None),
    (
        "en",
        "The Parliamentary Budget Office estimated in 2023 that the full loop could cost up to A$118 billion.",
        True,
        [("year", 2023, None, None), ("money", 118000000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Some economists argue the billions would do more good if spent on buses and removing level crossings.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Victoria's net debt is forecast to reach A$187 billion by mid-2028, according to state budget papers.",
        True,
        [("money", 187000000000, "AUD", None), ("year", 2028, None, None)],
        None,
    ),
    # --- Stuttgart 21 (dpa/lsw), Donnerstag ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der neue Stuttgarter Tiefbahnhof soll nach Angaben der Bahn erst im Dezember 2027 in Betrieb gehen.",
        True,
        [("year", 2027, None, None)],
        "die Bahn",
    ),
    (
        "de",
        "Die Gesamtkosten des Projekts gibt der Konzern inzwischen mit rund 12,4 Milliarden Euro an.",
        True,
        [("money", 12400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bei der Volksabstimmung 2011 hatte sich eine Mehrheit im Land gegen einen Ausstieg aus der Finanzierung ausgesprochen.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Projektchef Olaf Drewermann sagte, die Probleme mit dem digitalen Stellwerk seien inzwischen zu 80 Prozent gelöst.",
        True,
        [("percent", 80, "%", None)],
        "Olaf Drewermann",
    ),
    ("de", "„Stuttgart 21 wird der modernste Bahnknoten Europas“, sagte Drewermann.", False, [], None),
    (
        "de",
        "Das Aktionsbündnis gegen Stuttgart 21 nannte die neue Verschiebung „das erwartbare nächste Kapitel einer Endlosgeschichte“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Landesverkehrsminister Berthold Schwenninger (Grüne) sagte, das Land trage nach dem Finanzierungsvertrag von 2009 höchstens 870 Millionen Euro der Kosten.",
        True,
        [("year", 2009, None, None), ("money", 870000000, "EUR", "at_most")],
        "Berthold Schwenninger",
    ),
    (
        "de",
        "„Wir werden keinen Cent mehr zahlen, darauf können sich alle verlassen“, versicherte Schwenninger.",
        False,
        [],
        None,
    ),
    ("de", "Viele Pendler im Großraum Stuttgart glauben nicht mehr an den neuen Termin.", False, [], None),
    # --- Messina bridge (Reuters), Thursday ---
    (
        "en",
        "ROME, Nov 12 (Reuters) - Italy's cabinet on Thursday approved a revised 14.1 billion euro plan for a bridge across the Strait of Messina linking Sicily to the mainland.",
        True,
        [("date", "--11-12", None, None), ("money", 14100000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The bridge's main span would be more than 1.2 km longer than that of the world's current longest suspension bridge, in Turkey.",
        True,
        [("count", 1.2, None, "over")],
        None,
    ),
    (
        "en",
        "Infrastructure Minister Massimo Ferrandino said work would start in the spring and the bridge would carry its first trains and cars in 2033.",
        True,
        [("ordinal", 1, None, None), ("year", 2033, None, None)],
        "Massimo Ferrandino",
    ),
    ("en", '"This bridge will unite Italy as nothing has since unification," Ferrandino said.', False, [], None),
    (
        "en",
        'Environmental group Legambiente called the project "a monument to propaganda on a seismic fault line."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Court of Auditors had raised objections to an earlier version of the plan, citing gaps in the cost analysis.",
        True,
        [],
        None,
    ),
    ("en", "Many residents of Messina doubt they will live to see the bridge finished.", False, [], None),
    (
        "en",
        "Stretto di Messina, the state-controlled company behind the project, said about 4,300 people would be employed on the site at the peak of construction.",
        True,
        [("count", 4300, None, "about")],
        None,
    ),
    ("en", "Whether the bridge can be insured against a major earthquake remains unclear.", False, [], None),
]
