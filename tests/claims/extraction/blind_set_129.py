"""Hundred-and-twenty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, councils of minor note, wards,
villages, firms and figures are made up (Priya Marsden, Tom Ashworth, Gary Pilling, the
Hollins Cross ward, Sandra Wielgoß, Jörg Kessling, Rosa Villegas, the Schulhaus Blatten,
Regula Hürlimann, Dominic Furness, Hugh Carrington, Dennis Kowalczyk, Angela Brant,
Michael Deane, Elke Thamm, Hexley Borough Council, Hollis Baird, Joanna Pryor, Sam Okafor,
Herwig Stangl, Carina Hofbauer, Lorna Hastings, Gerlikon, Ottenried, Hagwil, Ursula
Brändli, Gerhard Prenner, Northmoor County Council, Helen Crabtree, Fiona Ashdown, Anja
Reinholz, Marc Wendt, Marcus Hale, Thomas Gysin, Glanmor County Council, Rhodri Evans, Gwen
Price, Nicole Hambach, Keisha Lomax, Hannes Riedlinger, Florian Huber, Castlebridge,
Maureen Tate, Katrin Adelsberger, Gail Hoffman, Carmen Ruiz, Dana Whitfield, Lauren
Vickers, Jens Rothfuß, Karin Etzensperger, Doris Lengauer); real councils, parties,
bodies and places ("Tameside Council", "Reform UK", "Labour", "Hanau",
"Stadtverordnete", "Haus & Grund", "San Antonio City Council", "Männedorf",
"Gemeindeversammlung", "Wiltshire Council", "Chippenham", "Local Democracy Reporting
Service", "Wiener ÖVP", "Erie", "Nürnberg", "Gostenhof", "Local Government Association",
"Leoben", "Landesrechnungshof", "Charlotte Area Transit System", "Gold Line", "Thurgau",
"Staatskanzlei", "London Councils", "Austin", "Development Services Department",
"Apartment List", "Rechnungshof", "Wels", "Hildesheim", "Rhein-Main-Verkehrsverbund",
"RMV", "Deutschlandticket", "Pro Bahn", "Cleveland City Council", "Cleveland Water",
"Birsfelden", "Liestal", "Gemeindekanzlei", "Audit Wales", "South Wales Police",
"Statistisches Landesamt", "Köln", "Denver", "Gemeindebund", "Gemeindefinanzbericht",
"Landshut", "Leipzig", "Stadtelternrat", "Madison City Council", "Tucson", "Pima County
Recorder's Office", "Marana", "StepChange", "Abfallwirtschaft Stuttgart",
"Steuerzahlerbund", "Stadtkanzlei", "SVP", "Schwamendingen", "KPÖ", "Graz") stand for the
way wire copy names them; every vote, tally, turnout, rate, fee, budget, debt, audit
finding, resignation, successor, place, permit, date and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: LOCAL GOVERNMENT AND CITY HALL NEWS over about eight weeks in story order
(mid-September to mid-November of one year), each story told as wire copy runs it (a dateline
lead, the figures, attributed claims and the other side's reply, quotes, follow-ups), the
German and English stories interleaved by date. Half German (APA regional, dpa
Landesdienste dpa/lhe, dpa/lby, dpa/lni, dpa/lnw, dpa/sn, dpa/lsw, Keystone-SDA regional;
Austrian "mit 1. Jänner", "heuer", "Voranschlag", "Abgang", "Statutarstädte", "Mandate",
Swiss "Gemeindeversammlung", "Stimmberechtigte", "gutgeheissen", "Limite", "schliessen",
"per Ende Jahr", "Votant", "7'900", "3'214 Ja zu 1'871 Nein", «» quotes, German „“ quotes):
the Grundsteuer B Hebesatz in Hanau with debt per inhabitant, a school credit at a Zurich
Gemeindeversammlung and its compulsory ballot seven weeks later, Vienna's water, sewage and
refuse fees, childcare places in Nuremberg, a mayor's resignation in Leoben after the
Landesrechnungshof's audit and his successor's election, a merger of three Thurgau
Gemeinden at the ballot box, the Rechnungshof on the debts of Wels, a mayoral run-off in
Hildesheim with its turnout, RMV fares, a Gemeindepräsident's resignation in Birsfelden
after a cantonal audit, housing permits in North Rhine-Westphalia, the Austrian
municipalities' finance report, a Bürgerentscheid on a swimming pool in Landshut with its
quorum, school building in Leipzig, refuse fees in Stuttgart, a tram credit at the Zurich
ballot box and the Graz budget. Half English (PA local democracy copy, AP US city news): a
Tameside ward by-election, the San Antonio budget and property tax rate, three-weekly bin
collections and a garden waste charge in Wiltshire, an Erie mayor's resignation after a
state audit and the criminal investigation, a public interest report on a borough
council's reserves and the commissioners sent in, a streetcar extension in Charlotte,
primary school closures in north London, Austin's housing permits, a county's council tax
request above the referendum limit, Cleveland's water rates, a council leader's fall in a
no-confidence vote after an Audit Wales report, Denver's preschool places, a referendum on
a directly elected mayor, a zoning vote in Madison, a sales tax vote in Tucson and council
tax arrears in England. Figures as such copy has them: tallies of councils, assemblies and
voters ("mit 31 zu 24 Stimmen bei drei Enthaltungen", "mit 412 Ja zu 187 Nein", "23 der 35
Stimmen, fünf Stimmzettel", "voted 8-3", "by six votes to one", "by 31 votes to 26", "by
14,882 votes to 11,207", "a majority of 311"); turnouts, shares of the vote, quorums and
thresholds ("Die Wahlbeteiligung lag bei nur 29,8 Prozent", "Die Stimmbeteiligung lag
zwischen 52 und 61 Prozent", "Das nötige Quorum von 15 Prozent", "Turnout was 22.4%",
"just over the 5% threshold", "by more than 4.99%"); tax rates and fees ("von 595 auf 690
Prozent", "Der Steuerfuss soll bei 58 Prozent liegen", "53.6 cents per $100 of assessed
value", "a Band D bill from £1,702.35 to £1,855.38", "6,84 Euro pro Entleerung", "from £52
to £65"); budgets, deficits, reserves and debt per head in euros, francs, pounds and
dollars ("von 2.910 auf 3.640 Euro", "rund 3.360 Euro", "gut 6.800 Euro je Einwohnerin und
Einwohner", "rund 2.200 Euro pro Kopf", "from £48 million in 2021 to £9.3 million");
places, pupils, waiting lists and permits ("rund 1.450 Betreuungsplätze für Kinder unter
drei Jahren", "für unter Dreijährige", "More than 9,400 4-year-olds", "14,210 new housing
units"); fares, intervals and lengths ("3,90 Euro statt 3,60 Euro", "im
Siebeneinhalb-Minuten-Takt", "every three weeks", "three-weekly collections",
"zweiwöchentlicher Leerung", "A 2.9-mile extension", "Die 4,6 Kilometer lange Strecke");
shares ("gut einen Viertel", "jede siebte Erzieherstelle", "an jeder fünften Grundschule",
"Drei Viertel der Mehrkosten", "1 in 6 charges", "one in seven primary places", "nearly
two-thirds"); terms, ages and ordinals ("nach 14 Jahren im Amt", "ihre achtjährige
Amtszeit", "two-term council member", "zum zweiten Mal in Folge", "der zweitgrößten Stadt
Österreichs", "the ninth council", "the borough's first since 2012"). Negatives as such
copy has them: councillors' and mayors' rhetoric in quotes (one with a figure), residents'
and parents' complaints and a vox pop with an age, labels of opposition parties, lobbies
and a voter at the assembly ("Gebührenlawine", "Millionengrab auf Schienen", "a damning
indictment"), an accusation without a checkable claim, a warning, a fear, a hope, open
questions, forecasts without a figure, evaluations of turnout, scene colour at meetings,
ribbon-cuttings and town halls (one with an ordinal) and a reporting credit.

238 rows (120 German, 118 English), 55 negatives (27 German, 28 English), 183 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 350 expected quantities (104
counts, 64 amounts of money - 26 EUR, 17 USD, 16 GBP, 5 CHF -, 56 percentages - 1 of them
in percentage points -, 44 years, 40 durations, 19 fractions, 12 ordinals, 11 dates; 5 of
them in four negatives, as the seventeenth batch labels a figure in a negative), 39
checked speakers (18 German, 21 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Für ein
  Einfamilienhaus steige die Jahresrechnung damit im Schnitt um rund 118 Euro, sagte
  Stadtkämmerin Sandra Wielgoß." -> "Sandra Wielgoß", "Grund sei vor allem der
  Personalmangel, jede siebte Erzieherstelle sei unbesetzt, ..." -> "Elke Thamm", "Ein
  Bauantrag werde im Schnitt nach viereinhalb Monaten beschieden, ..." -> "Nicole Hambach",
  "..., so Gemeindebund-Präsident Hannes Riedlinger." -> "Hannes Riedlinger", "Umgerechnet
  seien das gut 6.800 Euro ..." -> "Doris Lengauer"; hundred-fifth, hundred-twenty-first),
  and so is a Konjunktiv I denial ("Mit der Prüfung durch den Landesrechnungshof habe sein
  Rückzug nichts zu tun, sagte Stangl." -> "Stangl"; hundred-sixteenth: denials); with
  "hieß es aus dem Büro der Finanzstadträtin", "heißt es in dem Bericht", "begründete",
  "widersprach" and "rechnete ... vor" the speaker stays unchecked (hundred-fifth,
  hundred-seventeenth). A reported denial with an accepted responsibility is check-worthy
  ("Evans, 58, said he accepted "full responsibility" but insisted he had not been told
  about the payments." -> "Evans"), and so is a lawyer's account of a repayment with a
  protestation appended ("Kowalczyk's attorney, Michael Deane, said his client had repaid
  $14,800 and "never intended to mislead anyone."" -> "Michael Deane"; hundred-sixteenth:
  "His attorney, Vincent Dorsey, said").
- Check-worthy without a figure (hundred-fourteenth to hundred-twenty-first): an election
  won ("Die parteilose Kandidatin Anja Reinholz wird neue Oberbürgermeisterin von
  Hildesheim."), a mayor elected by the council, a resignation announced ("tritt per Ende
  Jahr zurück"), an audit office's published finding (hundred-fifth: "Der Rechnungshof
  hatte das Projekt 2023 geprüft und ... kritisiert"), a city's rebuttal by comparison ("Die
  Stadt verwies darauf, dass die Abfallgebühren in Wien unter jenen in Graz und Linz
  lägen."), a stated plan ("Recycling and food waste will still be collected weekly, the
  council said." - "weekly" none), an acting mayor named (hundred-sixteenth: a successor
  named), a criminal investigation opened (hundred-sixteenth), findings passed to the police
  ("Audit Wales said it had passed its findings to South Wales Police." -> "Audit Wales"),
  a stated reason for a fee rise ("Als Gründe nannte der Eigenbetrieb die CO2-Abgabe ..." -
  "CO2" none, fifty-seventh), and a party's label paired with its vote ("Die ÖVP sprach von
  einem „Schuldenbudget ohne Plan“ und stimmte geschlossen dagegen."; hundred-sixteenth: a
  label paired with a checkable act). New: a Bürgerentscheid's binding period read with
  the article is check-worthy without a figure ("Das Ergebnis bindet den Stadtrat für ein
  Jahr." - "für ein Jahr" none, as "vor einem Jahr" and "binnen eines Monats",
  hundred-sixteenth and hundred-seventeenth), a rule of record as the hundred-fifth's "the
  maximum allowed without a referendum".
- Votes and tallies are counts, one per figure (sixty-fifth, hundred-third, hundred-fifth):
  "mit 31 zu 24 Stimmen bei drei Enthaltungen", "mit 26 zu 18 Stimmen", "mit 38 zu 21
  Stimmen", "23 der 35 Stimmen, fünf Stimmzettel waren leer" (a definite group,
  forty-first), "Gegen das Projekt stimmten 16.214 ..., dafür 12.480", "voted 8-3", "voted
  14-3", "voted 9-2", "voted 15-5" (hundred-fifth: "voted 9-3"), "by six votes to one" 6
  and 1 (sixty-fifth: "with one abstention"), "by 31 votes to 26", "by 14,882 votes to
  11,207", "1,287 votes", "976 votes, giving Reform a majority of 311" (hundred-third: "a
  Labour majority of more than 14,000"), "polled 402 votes and the Green Party 188, ...
  97" three counts. New: the bare "Ja" and "Nein" of Swiss copy name votes as "Ja-Stimmen"
  and "Nein-Stimmen" do (hundred-third): "mit 412 Ja zu 187 Nein", "mit 512 Ja zu 471
  Nein", "mit 3'214 Ja zu 1'871 Nein" are two counts each (Swiss apostrophe, tenth), and "Ja"
  is no number word. Seats and bodies: "38 of the 57 seats", "im 35-köpfigen Gemeinderat 19
  Mandate" (forty-first: "Im 40-köpfigen Gemeinderat"), "alle drei Gemeinden" and "In allen
  zwölf Stadtkreisen" ("alle" no hedge, forty-first), "Anwesend waren 611 der rund 7'900
  Stimmberechtigten" 611 and 7,900 "about" (the hedge on the second only,
  hundred-seventeenth: "350 seiner rund 2.900 Stellen"). "came second" ordinal 2
  (hundred-third: "finished second on 31.7%"); "a seat" and "eine Ja-Mehrheit" none.
- Turnout, shares of the vote and thresholds are percentages (forty-first, hundred-third,
  hundred-fifth): "Die Wahlbeteiligung lag bei nur 29,8 Prozent" ("nur" no hedge), "Die
  Stimmbeteiligung lag zwischen 52 und 61 Prozent" both with no hedge (forty-first:
  "zwischen"), "Der Ja-Anteil lag bei 64,9 Prozent, die Stimmbeteiligung bei 43,7 Prozent",
  "Das nötige Quorum von 15 Prozent der Stimmberechtigten", "Turnout was 22.4%, down from
  31%", "was 18.9%", "was 34%", "with about 58% voting yes" "about", "with 52.4% of the
  vote"; "just over the 5% threshold" is 5 with no hedge ("just over the" stands before the
  article, hundred-third: "knapp an der Fünf-Prozent-Hürde"); "by more than 4.99%" "over";
  "by up to nine percentage points" 9 pp "up_to" (forty-first: "points" of a rate are pp).
- Local taxes and fees (fifty-third, seventy-seventh, hundred-fifth): a Hebesatz is a
  percentage as written ("von 595 auf 690 Prozent"), as is a Swiss Steuerfuss given in
  percent ("Der Steuerfuss soll bei 58 Prozent liegen, in Hagwil sind es heute 66 Prozent";
  fifty-third and seventy-seventh: "Der Steuerfuss bleibt unverändert bei 95 Prozent"),
  while the hundred-fifth's "Einheiten" stay counts; "Grundsteuer B" and "Band D" carry none
  (hundred-fifth). Rates per value: "53.6 cents per $100 of assessed value ... down from
  54.1 cents" 0.536 USD, 100 USD and 0.541 USD (hundred-fifth: "$9.87 per $1,000 of assessed
  value"; hundred-fifteenth: cents are USD hundredths). Council tax in pounds with pence
  ("from £1,702.35 to £1,855.38", "about £2,390 a year", "£2,171"; "a year" none), "almost
  twice the usual limit" count 2 "nearly" (hundred-twenty-first: "almost three times the low
  estimate"), "8.99%", "a 0.5% sales tax increase", "a 0.15% sales tax", "by 7.5% a year for
  the next three years" (3 years, no hedge before "the", forty-first). Fees: "6,84 Euro pro
  Entleerung" ("pro Entleerung" none), "from £52 to £65" both GBP, "318 Euro im
  Jahr statt bisher 283 Euro" both EUR, "um durchschnittlich 12,4 Prozent" and "um
  durchschnittlich 5,9 Prozent" ("durchschnittlich" no hedge, hundred-fifteenth); "Eine
  Einzelfahrt ... kostet dann 3,90 Euro statt 3,60 Euro, die Tageskarte 7,80 Euro" three
  amounts; "the regular $2.20 local fare". Compounds with a figure are counts ("eine
  120-Liter-Tonne", "einer 120-Liter-Restmülltonne" 120, hundred-fifteenth: "ein
  250-Gramm-Stück"), and "Ein Vierpersonenhaushalt" is count 4 (seventy-seventh:
  "Einpersonenhaushalte" 1).
- Budgets, deficits, reserves and debt per head are money in the currency written, per
  head and per inhabitant as money with "je Einwohnerin und Einwohner", "pro Kopf" and "per
  resident" none (hundred-fifth): "von 2.910 auf 3.640 Euro" both EUR (the currency written
  once, forty-eighth and hundred-fifth), "rund 3.360 Euro" "about", "gut 6.800 Euro" "over",
  "rund 2.200 Euro pro Kopf" "about", "ein Defizit ... von knapp 19 Millionen Euro"
  "nearly", "Auszahlungen von 1,42 Milliarden Euro und einen Abgang von 94 Millionen Euro"
  (fifty-third: "Abgang", "Minus" and "Defizit" positive amounts), "rund 1,3 Milliarden
  Euro", "14,8 Milliarden Euro", "rund 2,1 Milliarden Euro", "von 21,5 auf 30,9 Millionen
  Euro" both, "um 9,4 Millionen Euro", "212,6 Millionen Euro", "74 Millionen Euro", "rund
  1,2 Milliarden Euro", "für 58 Millionen Euro"; CHF ("46,8 Millionen Franken", "die Limite
  von 20 Millionen Franken" - the verb "übersteigt" carries the bound, no hedge, as
  "topped", ninety-ninth -, "3,2 Millionen Franken", "1,7 Millionen Franken", "212 Millionen
  Franken"); GBP ("by £11.6 million", "from £48 million in 2021 to £9.3 million", "a £64
  million gap", "about £4,100 a year", "£2.8 million", "about £310,000", "£6.1 billion",
  "saving an estimated £2.4 million a year" "about" - hundred-eighteenth: "an estimated" -,
  "up to £38 million" "up_to"); USD ("a $3.6 billion budget", "$28 million", "$149 million",
  "the city's median of $268,000", "about $13 a year", "$1.3 million", "$14,800", "$41,300",
  "$182 million", "about $9 a month", "$1.1 billion", "an average of about $6,900" - "an
  average of" no hedge, hundred-fifteenth -, "about $95 million a year over 10 years" - 10
  years with no hedge, "over" before a span, hundred-sixteenth).
- Shares (the issue; hundred-fourteenth to hundred-twenty-first): "gut einen Viertel" 0.25
  "over" (the Swiss masculine quarter, hundred-fifteenth), "knapp ein Drittel davon" 0.3333
  "nearly", "jede siebte Erzieherstelle" 0.1429 (hundred-sixteenth: "About one in seven"),
  "gut einem Drittel mehr" 0.3333 "over" (the dative, hundred-fifteenth; the "mehr" after a
  share compares, hundred-nineteenth), "um mehr als ein Fünftel" 0.2 "over", "Drei Viertel
  der Mehrkosten" 0.75, "um fast ein Viertel" 0.25 "nearly", "um knapp ein Drittel" 0.3333
  "nearly", "Rund ein Viertel" 0.25 "about", "Mehr als ein Drittel der rund 2.100
  Gemeinden" 0.3333 "over" and 2,100 "about", "an jeder fünften Grundschule" 0.2 (the
  dative of "jede fünfte"), "etwa die Hälfte" 0.5 "about", "um knapp ein Fünftel" 0.2
  "nearly", "rund zwei Drittel" 0.6667 "about", "about half of it" 0.5 "about", "one in seven
  primary places" 0.1429, "About one in four" 0.25 "about", "nearly two-thirds" 0.6667
  "nearly". "They found that 1 in 6 charges ..." is 0.1667 - the ratio written in digits
  as "one in six" (hundred-twentieth) and "nine in 10" (hundred-eleventh), no count of 1 or
  6. Percentages otherwise: "um 38 Prozent", "9,6 Prozent mehr als im Vorjahreszeitraum"
  (the "mehr als" after the figure compares, hundred-first), "Rund 41 Prozent" "about",
  "von 11,8 auf 13 Prozent" both, "um fast 40 Prozent" "nearly", "by 17%", "down 18%", "about
  71%" "about", "rose 6%", "fell 4%", "about 84%" "about", "by 40%", "up 11%", "95.6%",
  "94.1% ... just 88.7%" ("just" no hedge), "by about 12% ... by 8%", "7.2%".
- Places, pupils, permits and households are counts (seventy-second, hundred-fifth):
  "rund 1.450 Betreuungsplätze", "2.370 Kinder", "weitere 900 Plätze" ("weitere" no hedge),
  "18 Klassen und rund 400 Schülerinnen und Schüler", "um rund 21.000 auf gut 68.000",
  "vierzehn zusätzliche Schulen" 14, "23.410 Wohnungen", "1.870 genehmigten Wohnungen",
  "rund 6'400 Einwohnerinnen und Einwohner", "Rund 79.000 Menschen", "More than 9,400"
  "over", "a waiting list of 310 children in its two busiest neighborhoods", "About 540
  pupils", "the capital's 32 boroughs", "14,210 new housing units", "3,115", "1,800 square
  feet" (hundred-fifth: areas as counts), "about 11,000 new homes", "142 people", "About
  118,000 households", "about 1,900 tonnes a year" (a weight as a count, forty-second),
  "120 police officers and 45 firefighters", "85 posts and ... three car parks", "three
  commissioners", "4,112 transactions ... 37", "26 of its 31 credit cards" (a definite
  group, forty-first), "roughly 38,000 lead service lines", "a petition signed by 5,930
  residents", "mehr als 6.000 Unterschriften" "over" (hundred-fifth: "mehr als 6.400
  Unterschriften"), "Only 11 public interest reports" ("Only" no hedge), "three primary
  schools and merge two others", "with one borough collecting" count 1 (a number word
  before a noun, hundred-eighteenth: "One farmer was charged"). "units in buildings with
  five or more apartments" is 5 "at_least" (hundred-eighteenth: "30 or more employees").
  Lengths are counts as written ("A 2.9-mile extension", "Die 4,6 Kilometer lange Strecke";
  hundred-fifth), "adds nine stops" 9, "apartment buildings of up to four stories" 4
  "up_to". Vague magnitudes carry none ("Dutzende", "im zweistelligen Millionenbereich" -
  the row keeps its "zwei Projekten" 2; seventeenth and twenty-eighth). New: "In neighboring
  Marana, two-term council member Dana Whitfield ..." is count 2 - a number word heading a
  hyphenated compound counts what the compound names, as "The three-member panel" 3
  (hundred-seventeenth) and "the eight-episode series" 8 (hundred-twenty-first), not an
  ordinal of the term she begins. New: "Straßenbahnlinie 6" and "im Kreis 12" carry none -
  the number names a tram line and a city district, as "Route 9" (fifty-eighth) and "A8"
  (hundred-nineteenth) name a road.
- Intervals and spans are durations (fifteenth, forty-eighth, hundred-fifth: "every 15
  minutes", "im Halbstundentakt" 0.5 hour; "hourly" and "im Stundentakt" none): "every 15
  minutes ... every 20 minutes", "collect general waste every three weeks" 3 weeks. New:
  "three-weekly collections" is 3 weeks and "zweiwöchentlicher Leerung" 2 weeks - a number
  word fused with the unit of a frequency gives the interval as "every three weeks" does,
  while "weekly" without a number word carries none as "hourly" does. New: "im
  Siebeneinhalb-Minuten-Takt" is 7.5 minutes - the number word heading the hyphenated
  compound is read as the digit (hundred-fifteenth: "Zehn-Kilometer-Sperrzone"; the issue's
  "28-Punkte-Entwurf") and "siebeneinhalb" as 7.5 (twentieth), the Takt an interval as the
  hundred-fifth's "im Halbstundentakt". Other spans: "nach einer fast dreieinhalbstündigen
  Debatte" 3.5 hours "nearly" (hundred-sixteenth: "Die knapp fünfstündige Befragung";
  hundred-twentieth: "zweieinhalbstündigen"), "nach viereinhalb Monaten" 4.5 months, "nach
  14 Jahren im Amt", "ihre achtjährige Amtszeit" 8 years (the issue's "dreitägige"), "seit
  mehr als sechs Monaten" "over", "über vier Jahre hinweg" 4 years with no hedge
  (hundred-sixteenth), "beim ersten Durchgang zwei Wochen zuvor" ordinal 1 and 2 weeks
  (the number word, unlike "Eine Woche zuvor", hundred-sixteenth), "after 19 years on the
  council", "two weeks after", "within 14 months", "within one month" 1 month
  (hundred-seventeenth: "for one year"), "more than four years after" "over", "for the
  first six months" ordinal 1 and 6 months (hundred-twenty-first: "in its first five
  days"), "for at least two years" "at_least", "over the next two years" and "over 20
  years" with no hedge, "for nearly seven hours" "nearly", "a three-hour meeting" (in a
  negative, labelled), "up to 30 hours a week" "up_to" ("a week" none), "from 228 days to
  141 days". None: "mit Ende Oktober", "per Ende Jahr", "im kommenden Jahr", "heuer", "für
  ein Jahr", "jährlich", "jedes Jahr", "last year", "next year", "a year earlier", "this
  fall", "a long time ago", "for generations", "weekly". Ages are durations in years
  ("Tom Ashworth, 71,", "der 66-Jährige", "Kowalczyk, 62,", "Der 59-Jährige", "Evans, 58,",
  "Reinholz, 46,", "Die 44-Jährige", "Keisha Lomax, 33," in a negative), and so are the
  children's ages: "für Kinder unter drei Jahren" and "für unter Dreijährige" 3 years
  "under" (hundred-third: "der unter 30-Jährigen"; seventy-second: "alle Vierjährigen").
  New: "More than 9,400 4-year-olds" gives count 9,400 "over" and 4 years - two figures
  side by side keep their own readings, the hedge going to the first only (seventy-eighth:
  the hedge before the first figure).
- Ordinals (forty-first, hundred-third, hundred-sixteenth): "came second" 2, "a second
  term" 2, "die erste Frau in diesem Amt" and "als erste Frau" 1 (hundred-sixteenth: "the
  first woman"), "im ersten Durchgang" 1, "in the first year" 1, "the borough's first since
  2012" 1 and the year (the elliptic "first", eighty-ninth), "zum zweiten Mal in Folge" 2
  (the issue), "der zweitgrößten Stadt Österreichs" 2 (the issue's "die drittgrößte
  Stadt"), "the ninth council to receive such support since 2021" 9 ("such" no effect,
  hundred-fifteenth), "as the first car pulled away" 1 (in a negative, labelled).
- Years and dates: "seit 2020", "für 2026", "seit 2015", "ab Sommer 2029", "bis 2035", "bis
  2028", "Anfang 2024", "zwischen 2019 und 2023", "seit 2013", "seit 2022", "bis 2032", "bis
  2030", "Ende 2026", "Ende 2031", "2027", "in May 2024", "since 2018", "in 2021", "between
  January 2022 and June 2024", "since 2020", "in August 2027", "by 2028", "since May 2022",
  "in 2019", "in 2029", "between 2014 and 2024", "since 2021" years; "its 2026-27 budget",
  "in 2024-25" and "since 2002-03" both years each (fortieth); "zum 1. Januar", "mit 1.
  Jänner" (tenth: "Jänner"), "am 9. November", "am 6. November", "am 1. November", "am 8.
  März", "ended Sept. 30", "on November 4", "for May 19" dates without a year; "per 1.
  Januar 2028" 2028-01-01 (hundred-seventeenth: "mit 1. Jänner 2027"). APA, dpa,
  dpa-Landesdienste, Keystone-SDA, PA and AP datelines ("ERIE, Pa. (AP) —", "CHARLOTTE,
  N.C. (AP) —", "AUSTIN, Texas (AP) —", "MADISON, Wis. (AP) —", "TUCSON, Ariz. (AP) —")
  carry none (seventy-ninth); canton codes ("Männedorf ZH", "Birsfelden BL"), weekdays,
  months ("im März", "in July", "from April", "von Januar bis August") and "im Sommer"
  none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly", "an
  estimated" "about"; "knapp", "fast", "nearly", "almost" "nearly"; "mehr als", "Mehr als",
  "gut", "more than", "More than" "over"; "unter" before a figure or an age "under"; "at
  least" "at_least"; "or more" after a figure "at_least"; "up to" "up_to". No hedge: "im
  Schnitt", "durchschnittlich", "an average of", "nur", "just", "Only", "still",
  "weitere", "alle", "allen", "zwischen", "just over the" before an article, "over" before
  a span, the "mehr als" and "mehr" after a figure or a share.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "so X" with
  the title dropped ("Stadtkämmerin", "Sozialreferentin", "Baudezernentin",
  "Schulbürgermeisterin", "Finanzstadträtin", "Gemeindebund-Präsident"; hundred-fifth:
  "so SBB-Sprecher Reto Hunziker") and surnames as written ("sagte Stangl"); "nach Angaben
  der Stadt" -> "die Stadt" (hundred-eleventh), "teilte die Stadt mit" (twice, once with
  "am Montag" dropped), "teilte der Rechnungshof mit", "teilte der RMV mit", "teilte das
  Statistische Landesamt mit" (the capitalised adjective as written, hundred-fifteenth),
  "teilte die Abfallwirtschaft Stuttgart mit" (the place part of the name,
  hundred-twenty-first: "die Staatsanwaltschaft Magdeburg"), "wie die Staatskanzlei
  mitteilte" (hundred-fifth), "wie die Gemeindekanzlei mitteilte" and "wie die
  Stadtkanzlei mitteilte" the source with its article in the nominative; "Laut
  Gemeinderat" -> "Gemeinderat" as written (hundred-third: "laut Landeswahlbehörde").
  English: "the returning officer said" (twice; sixty-fifth), "the council said" (three
  times) and "The council says ..." opening the row -> "the council" (hundred-twenty-first;
  hundred-twentieth: "The Scottish Fiscal Commission says ..."), "the department said" ->
  "the department" and "The utility says ..." -> "the utility" (hundred-twenty-fifth: "the
  regulator said"), "the Charlotte Area Transit System said", "according to the Local
  Government Association", "according to the Development Services Department" and
  "according to the housing ministry" with their article (ninety-eighth), "according to
  Cleveland Water" and "Audit Wales said" as written (hundred-seventeenth: "according to
  Statistics Canada"; hundred-twenty-first: "Tate said"), "Cabinet member for waste Dominic
  Furness said" and "Acting Mayor Angela Brant said" the name with the title dropped
  (hundred-fifth), "The council's chief executive, Joanna Pryor, said", "Kowalczyk's
  attorney, Michael Deane, said" and "its finance director, Helen Crabtree, told a scrutiny
  committee" the name in apposition (hundred-sixteenth; the audience dropped,
  hundred-seventeenth), "Evans, 58, said" -> "Evans" (the age dropped, hundred-sixteenth).
  New: "the Government said" -> "the Government", the capital as PA copy writes the noun,
  as "the council" is the council's common noun with its article (hundred-twenty-first)
  and "The government said" opening a row was checked in the hundred-fifth. Left unchecked
  (None): "hieß es aus dem Büro der Finanzstadträtin", "heißt es in dem Bericht", "Laut dem
  Bericht" and "laut Gemeindefinanzbericht" (documents, hundred-second), "nach Berechnungen
  der Stadt" (hundred-seventeenth: "nach Berechnungen des Verbands"), "verwies darauf",
  "begründete", "widersprach", "wies ... zurück", "verlangte", "nannte", "rechnete ... vor",
  "hatte ... kritisiert", "Die Stadt rechnet", "city budget officials said" and "officials
  said" (plural groups, forty-first), "according to the city's finance department" (a
  possessive heading the source, eighty-third), "its external auditor has found", "auditors
  Hollis Baird said" (a description before the name, fortieth), "the report said" and
  "according to a report to the cabinet" (documents), "the city clerk said" (a role without
  a name, hundred-fifth: "the city auditor said"), "London Councils, which represents ...,
  said" (a subject parted from its verb by a relative clause, hundred-sixteenth), "council
  papers show", "city data show", "official figures show", "according to city figures",
  "according to an independent evaluation", "according to the listing site Apartment List"
  (a description before the name), "according to the Pima County Recorder's Office", "City
  planners estimate", "the state attorney general's office said Wednesday", rows without
  attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-fifth, hundred-sixteenth, hundred-eighteenth,
  hundred-twenty-first): councillors' and mayors' rhetoric and resolve in quotes, also with
  a named speaker („Niemand erhöht gern Steuern, ...“, «Wir bauen keinen Palast, ...»,
  „Ich gehe mit Wehmut, aber ohne Groll“, „Wir haben investiert, während andere Städte ...“,
  „Hildesheim hat heute gezeigt, ...“, „Die Gemeinden sind die Zahlmeister der Republik,
  ...“, „Wer Müll vermeidet, spart auch Gebühren“, «Heute hat Zürich ...», „Wir sparen nicht
  bei den Menschen, ...“, ""This budget balances the books on the backs of ...,"", ""We
  will end up with rats in the streets ...,"", ""Today is a sad day, ...,"", ""Today we
  reconnect neighborhoods ...,"", ""Once again residents will pay more and get less,"",
  ""Nobody on this council wanted to vote for a rate increase tonight,"", ""This council has
  been run like a private members' club,"", ""People have told us loud and clear ...,"",
  ""Tonight the voters said: fix our streets,"", ""This is a humiliation ...,""); a winning
  candidate's and a defeated mayor's feeling (""People here feel the town hall stopped
  listening ...,"", «Ich habe mir nichts zuschulden kommen lassen, aber das Vertrauen ist
  weg» - a protestation of innocence with feeling, hundred-sixteenth); a new mayor's pledge
  as a value with the count of her votes labelled („Ich will Bürgermeisterin für alle sein,
  nicht nur für die 23, die mich gewählt haben“ 23; seventeenth); residents' and parents'
  complaints („Wir sind jeden Morgen am Verzweifeln, ...“ of an unnamed mother, ""You are
  tearing the heart out of this community," one parent told councillors during a
  three-hour meeting" with its count 1 and 3 hours labelled, ""For a lot of families this
  is the difference ...," said parent Keisha Lomax, 33" with the age labelled, ""Families
  are choosing between heating their homes and paying the council,"", ""We are not against
  housing, ...,""); labels of opposition parties, lobbies and a voter ("sprach von
  „Abkassieren ...“", "sprach von einer „Gebührenlawine“", "bezeichnete das Projekt als
  «überdimensioniert und viel zu teuer»", "nannte die Erhöhung „das falsche Signal ...“",
  "sprach von einem «Millionengrab auf Schienen»", "called the report "a damning indictment
  ..."") and a warning ("Der Stadtelternrat warnte vor „Schulen im Dauerprovisorium“.";
  hundred-eighteenth: "Die Grünen warnten davor"); an accusation without a checkable claim
  ("Die Grünen im Stadtrat warfen der Verwaltung vor, das Problem jahrelang verschlafen zu
  haben."; eighty-fourth); an evaluation of turnout ("Politikwissenschaftler werteten die
  niedrige Beteiligung als Alarmsignal ..."), a cause named as a view ("Builders say high
  interest rates, not city rules, are now the main obstacle."; hundred-fifth: "Critics say
  the funding formula rewards ..."), a fear and a hope ("Die Wohnungswirtschaft fürchtet,
  ...", "Supporters hope ..."; thirtieth); open questions ("Ob die Anpassung ..., darüber
  gehen die Meinungen im Rathaus auseinander.", "Wie es mit dem maroden alten Bad
  weitergeht, ist offen.", "Whether the result points to ...", "It is not yet clear whether
  ...", "Whether the slowdown will push rents back up ...", "It is unclear how ministers
  will respond ..."). New: "Für heuer erwartet der Gemeindebund einen Abgang in ähnlicher
  Höhe." is a forecast without a figure and a negative - "in ähnlicher Höhe" points to a
  figure in an earlier row, and a row is judged alone (sixteenth; forty-seventh: forecasts
  without a figure). Scene colour at meetings, ribbon-cuttings and town halls (residents
  heckling a cabinet member, children with signs, a brass band as "the first car pulled
  away" with its ordinal labelled, the public in a gallery applauding, residents with
  signs in a hallway, "Dutzende Zuhörerinnen und Zuhörer" on a gallery - "Dutzende" none,
  seventeenth) and a reporting credit ("This story was produced by the Local Democracy
  Reporting Service."; hundred-fifth and seventieth: reporting credits).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_129 = [
    # --- Tameside council by-election (PA) ---
    (
        "en",
        "TAMESIDE (PA) - Reform UK has taken a seat from Labour on Tameside Council in a by-election in the Hollins Cross ward, winning 1,287 votes.",
        True,
        [("count", 1287, None, None)],
        None,
    ),
    (
        "en",
        "Labour's candidate, Priya Marsden, came second with 976 votes, giving Reform a majority of 311.",
        True,
        [("ordinal", 2, None, None), ("count", 976, None, None), ("count", 311, None, None)],
        None,
    ),
    (
        "en",
        "Turnout was 22.4%, down from 31% when the ward last voted in May 2024, the returning officer said.",
        True,
        [("percent", 22.4, "%", None), ("percent", 31, "%", None), ("year", 2024, None, None)],
        "the returning officer",
    ),
    (
        "en",
        "The Conservatives polled 402 votes and the Green Party 188, while the Liberal Democrat candidate received 97.",
        True,
        [("count", 402, None, None), ("count", 188, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        "The by-election was called after Labour councillor Tom Ashworth, 71, died in July after 19 years on the council.",
        True,
        [("duration", 71, "year", None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "en",
        "Labour still holds 38 of the 57 seats on the council.",
        True,
        [("count", 38, None, None), ("count", 57, None, None)],
        None,
    ),
    (
        "en",
        '"People here feel the town hall stopped listening a long time ago," the winning candidate, Gary Pilling, told supporters at the count.',
        False,
        [],
        None,
    ),
    ("en", "Whether the result points to a wider shift in the borough remains to be seen.", False, [], None),
    # --- Grundsteuer in Hanau (dpa/lhe) ---
    (
        "de",
        "Hanau (dpa/lhe) - Die Hanauer Stadtverordneten haben den Hebesatz für die Grundsteuer B mit Wirkung zum 1. Januar von 595 auf 690 Prozent erhöht.",
        True,
        [("date", "--01-01", None, None), ("percent", 595, "%", None), ("percent", 690, "%", None)],
        None,
    ),
    (
        "de",
        "Der Beschluss fiel nach einer fast dreieinhalbstündigen Debatte mit 31 zu 24 Stimmen bei drei Enthaltungen.",
        True,
        [
            ("duration", 3.5, "hour", "nearly"),
            ("count", 31, None, None),
            ("count", 24, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für ein Einfamilienhaus steige die Jahresrechnung damit im Schnitt um rund 118 Euro, sagte Stadtkämmerin Sandra Wielgoß.",
        True,
        [("money", 118, "EUR", "about")],
        "Sandra Wielgoß",
    ),
    (
        "de",
        "Das Defizit im Haushaltsentwurf für 2026 liegt trotzdem bei knapp 19 Millionen Euro.",
        True,
        [("year", 2026, None, None), ("money", 19000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Verschuldung je Einwohnerin und Einwohner ist seit 2020 von 2.910 auf 3.640 Euro gestiegen.",
        True,
        [("year", 2020, None, None), ("money", 2910, "EUR", None), ("money", 3640, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund sprach von „Abkassieren auf Kosten der Mieterinnen und Mieter“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Niemand erhöht gern Steuern, aber die Alternative wären geschlossene Bäder und Bibliotheken“, sagte Oberbürgermeister Jörg Kessling.",
        False,
        [],
        None,
    ),
    # --- San Antonio city budget (AP) ---
    (
        "en",
        "SAN ANTONIO (AP) — The San Antonio City Council voted 8-3 on Thursday to adopt a $3.6 billion budget that slightly lowers the city's property tax rate.",
        True,
        [("count", 8, None, None), ("count", 3, None, None), ("money", 3600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The new rate of 53.6 cents per $100 of assessed value is down from 54.1 cents.",
        True,
        [("money", 0.536, "USD", None), ("money", 100, "USD", None), ("money", 0.541, "USD", None)],
        None,
    ),
    (
        "en",
        "For a home valued at the city's median of $268,000, that means a saving of about $13 a year, city budget officials said.",
        True,
        [("money", 268000, "USD", None), ("money", 13, "USD", "about")],
        None,
    ),
    (
        "en",
        "The budget adds 120 police officers and 45 firefighters and sets aside $28 million for homeless services.",
        True,
        [("count", 120, None, None), ("count", 45, None, None), ("money", 28000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The city faces a projected shortfall of $149 million over the next two years, according to the city's finance department.",
        True,
        [("money", 149000000, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"This budget balances the books on the backs of the people who can least afford it," said council member Rosa Villegas, who voted no.',
        False,
        [],
        None,
    ),
    # --- Gemeindeversammlung Männedorf (Keystone-SDA) ---
    (
        "de",
        "Männedorf (Keystone-SDA) - Die Gemeindeversammlung von Männedorf ZH hat am Montagabend einen Kredit von 46,8 Millionen Franken für den Neubau des Schulhauses Blatten gutgeheissen.",
        True,
        [("money", 46800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 412 Ja zu 187 Nein.",
        True,
        [("count", 412, None, None), ("count", 187, None, None)],
        None,
    ),
    (
        "de",
        "Anwesend waren 611 der rund 7'900 Stimmberechtigten, so viele wie seit 2015 nicht mehr.",
        True,
        [("count", 611, None, None), ("count", 7900, None, "about"), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Das neue Schulhaus soll ab Sommer 2029 Platz für 18 Klassen und rund 400 Schülerinnen und Schüler bieten.",
        True,
        [("year", 2029, None, None), ("count", 18, None, None), ("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Laut Gemeinderat wachsen die Schülerzahlen bis 2035 um gut einen Viertel.",
        True,
        [("year", 2035, None, None), ("fraction", 0.25, None, "over")],
        "Gemeinderat",
    ),
    (
        "de",
        "Weil der Kredit die Limite von 20 Millionen Franken übersteigt, kommt er am 9. November zwingend an die Urne.",
        True,
        [("money", 20000000, "CHF", None), ("date", "--11-09", None, None)],
        None,
    ),
    (
        "de",
        "«Wir bauen keinen Palast, sondern Schulzimmer, die wir dringend brauchen», sagte Schulpräsidentin Regula Hürlimann.",
        False,
        [],
        None,
    ),
    ("de", "Ein Votant bezeichnete das Projekt als «überdimensioniert und viel zu teuer».", False, [], None),
    # --- Three-weekly bin collections in Wiltshire (PA) ---
    (
        "en",
        "TROWBRIDGE (PA) - Wiltshire Council's cabinet has approved plans to collect general waste every three weeks from April, saving an estimated £2.4 million a year.",
        True,
        [("duration", 3, "week", None), ("money", 2400000, "GBP", "about")],
        None,
    ),
    ("en", "Recycling and food waste will still be collected weekly, the council said.", True, [], "the council"),
    (
        "en",
        "The annual charge for garden waste collection will rise from £52 to £65.",
        True,
        [("money", 52, "GBP", None), ("money", 65, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 118,000 households currently pay for the service, according to a report to the cabinet.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    (
        "en",
        "Welsh councils that switched to three-weekly collections raised their recycling rates by up to nine percentage points, the report said.",
        True,
        [("duration", 3, "week", None), ("percent", 9, "pp", "up_to")],
        None,
    ),
    (
        "en",
        "Cabinet member for waste Dominic Furness said the change would cut carbon emissions by about 1,900 tonnes a year.",
        True,
        [("count", 1900, None, "about")],
        "Dominic Furness",
    ),
    (
        "en",
        '"We will end up with rats in the streets and bin bags piled against every back wall," said opposition group leader Hugh Carrington.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents at a packed meeting in Chippenham last week heckled the cabinet member for waste.",
        False,
        [],
        None,
    ),
    ("en", "This story was produced by the Local Democracy Reporting Service.", False, [], None),
    # --- Gebühren in Wien (APA) ---
    (
        "de",
        "Wien (APA) - Die Gebühren für Wasser, Kanal und Müllabfuhr steigen in Wien mit 1. Jänner um 4,2 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für einen durchschnittlichen Haushalt bedeute das Mehrkosten von rund 31 Euro im Jahr, hieß es aus dem Büro der Finanzstadträtin.",
        True,
        [("money", 31, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Müllgebühr für eine 120-Liter-Tonne steigt damit auf 6,84 Euro pro Entleerung.",
        True,
        [("count", 120, None, None), ("money", 6.84, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zuletzt waren die Gebühren mit Anfang 2024 um 8,8 Prozent erhöht worden.",
        True,
        [("year", 2024, None, None), ("percent", 8.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wiener ÖVP sprach von einer „Gebührenlawine“, die den Mittelstand unter sich begrabe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt verwies darauf, dass die Abfallgebühren in Wien unter jenen in Graz und Linz lägen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Anpassung angesichts sinkender Teuerung noch gerechtfertigt ist, darüber gehen die Meinungen im Rathaus auseinander.",
        False,
        [],
        None,
    ),
    # --- Erie mayor resigns (AP) ---
    (
        "en",
        "ERIE, Pa. (AP) — Erie Mayor Dennis Kowalczyk resigned Tuesday, two weeks after a state audit found $1.3 million in city credit card charges without receipts.",
        True,
        [("duration", 2, "week", None), ("money", 1300000, "USD", None)],
        None,
    ),
    (
        "en",
        "Kowalczyk, 62, had been mayor since 2018 and won a second term in 2021.",
        True,
        [
            ("duration", 62, "year", None),
            ("year", 2018, None, None),
            ("ordinal", 2, None, None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    (
        "en",
        "Auditors reviewed 4,112 transactions made between January 2022 and June 2024.",
        True,
        [("count", 4112, None, None), ("year", 2022, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "They found that 1 in 6 charges had no documentation at all and that 37 were for personal travel.",
        True,
        [("fraction", 0.1667, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "City Council President Angela Brant will serve as acting mayor until a special election, the city clerk said.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Kowalczyk\'s attorney, Michael Deane, said his client had repaid $14,800 and "never intended to mislead anyone."',
        True,
        [("money", 14800, "USD", None)],
        "Michael Deane",
    ),
    (
        "en",
        '"Today is a sad day, but it is also a chance to start over," Brant told reporters outside City Hall.',
        False,
        [],
        None,
    ),
    # --- Kita-Plätze in Nürnberg (dpa/lby) ---
    (
        "de",
        "Nürnberg (dpa/lby) - In Nürnberg fehlen zum Start des Kitajahres nach Angaben der Stadt rund 1.450 Betreuungsplätze für Kinder unter drei Jahren.",
        True,
        [("count", 1450, None, "about"), ("duration", 3, "year", "under")],
        "die Stadt",
    ),
    (
        "de",
        "Auf der zentralen Warteliste stehen derzeit 2.370 Kinder, knapp ein Drittel davon seit mehr als sechs Monaten.",
        True,
        [("count", 2370, None, None), ("fraction", 0.3333, None, "nearly"), ("duration", 6, "month", "over")],
        None,
    ),
    (
        "de",
        "Grund sei vor allem der Personalmangel, jede siebte Erzieherstelle sei unbesetzt, sagte Sozialreferentin Elke Thamm.",
        True,
        [("fraction", 0.1429, None, None)],
        "Elke Thamm",
    ),
    (
        "de",
        "Die Stadt will bis 2028 weitere 900 Plätze schaffen und investiert dafür 74 Millionen Euro.",
        True,
        [("year", 2028, None, None), ("count", 900, None, None), ("money", 74000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Betreuungsquote für unter Dreijährige liegt in Nürnberg bei 38,6 Prozent, im bayerischen Schnitt bei 33,1 Prozent.",
        True,
        [("duration", 3, "year", "under"), ("percent", 38.6, "%", None), ("percent", 33.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind jeden Morgen am Verzweifeln, weil keiner weiß, wie es weitergeht“, sagte eine Mutter aus Gostenhof.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen im Stadtrat warfen der Verwaltung vor, das Problem jahrelang verschlafen zu haben.",
        False,
        [],
        None,
    ),
    # --- Public interest report on Hexley (PA) ---
    (
        "en",
        "HEXLEY (PA) - Hexley Borough Council overspent its budget by £11.6 million last year and dipped into its reserves to balance the books, its external auditor has found.",
        True,
        [("money", 11600000, "GBP", None)],
        None,
    ),
    (
        "en",
        "In a public interest report, auditors Hollis Baird said the council's usable reserves had fallen from £48 million in 2021 to £9.3 million.",
        True,
        [("money", 48000000, "GBP", None), ("year", 2021, None, None), ("money", 9300000, "GBP", None)],
        None,
    ),
    (
        "en",
        "At the current rate of spending, the remaining reserves would run out within 14 months, the report said.",
        True,
        [("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "The council's chief executive, Joanna Pryor, said a recovery plan would cut 85 posts and sell three car parks.",
        True,
        [("count", 85, None, None), ("count", 3, None, None)],
        "Joanna Pryor",
    ),
    (
        "en",
        "Only 11 public interest reports have been issued to English councils since 2020, according to the Local Government Association.",
        True,
        [("count", 11, None, None), ("year", 2020, None, None)],
        "the Local Government Association",
    ),
    (
        "en",
        "Councillors must consider the report at a public meeting within one month.",
        True,
        [("duration", 1, "month", None)],
        None,
    ),
    (
        "en",
        'Opposition leader Sam Okafor called the report "a damning indictment of years of wishful thinking."',
        False,
        [],
        None,
    ),
    ("en", "It is not yet clear whether the Government will send in commissioners.", False, [], None),
    # --- Rücktritt des Bürgermeisters von Leoben (APA) ---
    (
        "de",
        "Leoben (APA) - Der Leobener Bürgermeister Herwig Stangl (SPÖ) tritt nach 14 Jahren im Amt mit Ende Oktober zurück.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Das gab der 66-Jährige am Montag in einer Sondersitzung des Gemeinderats bekannt.",
        True,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "de",
        "Mit der Prüfung durch den Landesrechnungshof habe sein Rückzug nichts zu tun, sagte Stangl.",
        True,
        [],
        "Stangl",
    ),
    (
        "de",
        "Der Landesrechnungshof hatte im Sommer kritisiert, dass die Stadt beim Bau des Sportzentrums die Kosten um 9,4 Millionen Euro überschritten habe.",
        True,
        [("money", 9400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gesamtkosten stiegen demnach von 21,5 auf 30,9 Millionen Euro.",
        True,
        [("money", 21500000, "EUR", None), ("money", 30900000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die SPÖ hält im 35-köpfigen Gemeinderat 19 Mandate und damit die absolute Mehrheit.",
        True,
        [("count", 35, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Als Nachfolgerin schlägt die Partei Vizebürgermeisterin Carina Hofbauer vor, gewählt wird am 6. November.",
        True,
        [("date", "--11-06", None, None)],
        None,
    ),
    ("de", "„Ich gehe mit Wehmut, aber ohne Groll“, sagte Stangl.", False, [], None),
    # --- Charlotte streetcar extension (AP) ---
    (
        "en",
        "CHARLOTTE, N.C. (AP) — A 2.9-mile extension of Charlotte's Gold Line streetcar opened to riders on Saturday, more than four years after construction began.",
        True,
        [("count", 2.9, None, None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "The extension adds nine stops and cost $182 million, about half of it covered by a federal grant.",
        True,
        [("count", 9, None, None), ("money", 182000000, "USD", None), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "Streetcars will run every 15 minutes on weekdays and every 20 minutes on weekends, the Charlotte Area Transit System said.",
        True,
        [("duration", 15, "minute", None), ("duration", 20, "minute", None)],
        "the Charlotte Area Transit System",
    ),
    (
        "en",
        "Rides will be free for the first six months, after which the regular $2.20 local fare applies.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("money", 2.2, "USD", None)],
        None,
    ),
    (
        "en",
        "The original line carried about 2,300 trips a day last year, well below the 6,000 forecast when it was planned.",
        True,
        [("count", 2300, None, "about"), ("count", 6000, None, None)],
        None,
    ),
    (
        "en",
        '"Today we reconnect neighborhoods that highways cut off for generations," Mayor Lorna Hastings said at the ribbon-cutting.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A brass band played as the first car pulled away from the platform.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Gemeindefusion im Thurgau (Keystone-SDA) ---
    (
        "de",
        "Frauenfeld (Keystone-SDA) - Die Thurgauer Gemeinden Gerlikon, Ottenried und Hagwil schliessen sich per 1. Januar 2028 zusammen.",
        True,
        [("date", "2028-01-01", None, None)],
        None,
    ),
    (
        "de",
        "An der Urne stimmten am Sonntag alle drei Gemeinden der Fusion zu, in Hagwil allerdings nur mit 512 Ja zu 471 Nein.",
        True,
        [("count", 3, None, None), ("count", 512, None, None), ("count", 471, None, None)],
        None,
    ),
    (
        "de",
        "In Gerlikon lag der Ja-Anteil bei 71,8 Prozent, in Ottenried bei 64,3 Prozent.",
        True,
        [("percent", 71.8, "%", None), ("percent", 64.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag zwischen 52 und 61 Prozent, wie die Staatskanzlei mitteilte.",
        True,
        [("percent", 52, "%", None), ("percent", 61, "%", None)],
        "die Staatskanzlei",
    ),
    (
        "de",
        "Die neue Gemeinde zählt rund 6'400 Einwohnerinnen und Einwohner, der Kanton beteiligt sich mit 3,2 Millionen Franken an den Fusionskosten.",
        True,
        [("count", 6400, None, "about"), ("money", 3200000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Steuerfuss soll bei 58 Prozent liegen, in Hagwil sind es heute 66 Prozent.",
        True,
        [("percent", 58, "%", None), ("percent", 66, "%", None)],
        None,
    ),
    (
        "de",
        "«Das Dorf verliert seinen Namen, aber nicht seine Seele», sagte die Hagwiler Gemeindepräsidentin Ursula Brändli.",
        False,
        [],
        None,
    ),
    # --- Primary school closures in north London (PA) ---
    (
        "en",
        "LONDON (PA) - A north London council has voted to close three primary schools and merge two others as pupil numbers fall.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Reception admissions in the borough have dropped by 17% since 2018, and one in seven primary places now stands empty, council papers show.",
        True,
        [("percent", 17, "%", None), ("year", 2018, None, None), ("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "en",
        "The cabinet backed the closures by six votes to one, and they will take effect in August 2027.",
        True,
        [("count", 6, None, None), ("count", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "About 540 pupils will be offered places at nearby schools, the council said.",
        True,
        [("count", 540, None, "about")],
        "the council",
    ),
    (
        "en",
        "The council says each empty place costs it about £4,100 a year in lost funding.",
        True,
        [("money", 4100, "GBP", "about")],
        "the council",
    ),
    (
        "en",
        "London Councils, which represents the capital's 32 boroughs and the City, said primary rolls across London were expected to fall by 7.2% by 2028.",
        True,
        [("count", 32, None, None), ("percent", 7.2, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        '"You are tearing the heart out of this community," one parent told councillors during a three-hour meeting.',
        False,
        [("count", 1, None, None), ("duration", 3, "hour", None)],
        None,
    ),
    ("en", 'Outside the town hall, children held up hand-painted signs reading "Save our school."', False, [], None),
    # --- Austin housing permits (AP) ---
    (
        "en",
        "AUSTIN, Texas (AP) — Austin issued building permits for 14,210 new housing units in the budget year that closed Sept. 30, down 18% from a year earlier, city data show.",
        True,
        [("count", 14210, None, None), ("date", "--09-30", None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Units in buildings with five or more apartments made up about 71% of the total.",
        True,
        [("count", 5, None, "at_least"), ("percent", 71, "%", "about")],
        None,
    ),
    (
        "en",
        "Permits for single-family homes rose 6% to 3,115, according to the Development Services Department.",
        True,
        [("percent", 6, "%", None), ("count", 3115, None, None)],
        "the Development Services Department",
    ),
    (
        "en",
        "The council voted 9-2 last year to shrink the minimum lot size for a single-family home to 1,800 square feet.",
        True,
        [("count", 9, None, None), ("count", 2, None, None), ("count", 1800, None, None)],
        None,
    ),
    (
        "en",
        "Median review times for residential permits fell from 228 days to 141 days, the department said.",
        True,
        [("duration", 228, "day", None), ("duration", 141, "day", None)],
        "the department",
    ),
    (
        "en",
        "Median asking rents in the city fell 4% over the same period, according to the listing site Apartment List.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    ("en", "Builders say high interest rates, not city rules, are now the main obstacle.", False, [], None),
    (
        "en",
        "Whether the slowdown will push rents back up is a matter of debate among housing economists.",
        False,
        [],
        None,
    ),
    # --- Rechnungshof prüft Wels (APA) ---
    (
        "de",
        "Wien (APA) - Der Rechnungshof hat der Stadt Wels in einem am Freitag vorgelegten Prüfbericht deutliche Kostenüberschreitungen bei Bauprojekten attestiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Finanzschulden der Stadt stiegen zwischen 2019 und 2023 um 38 Prozent auf 212,6 Millionen Euro, teilte der Rechnungshof mit.",
        True,
        [
            ("year", 2019, None, None),
            ("year", 2023, None, None),
            ("percent", 38, "%", None),
            ("money", 212600000, "EUR", None),
        ],
        "der Rechnungshof",
    ),
    (
        "de",
        "Pro Kopf entspricht das rund 3.360 Euro und damit gut einem Drittel mehr als im Schnitt vergleichbarer Statutarstädte.",
        True,
        [("money", 3360, "EUR", "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Bei sieben der zwölf geprüften Bauvorhaben seien die Kosten um mehr als ein Fünftel überschritten worden, heißt es in dem Bericht.",
        True,
        [("count", 7, None, None), ("count", 12, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Bei zwei Projekten lag die Überschreitung im zweistelligen Millionenbereich.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadt widersprach in ihrer Stellungnahme: Drei Viertel der Mehrkosten seien auf gestiegene Baupreise zurückzuführen.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben investiert, während andere Städte den Stillstand verwaltet haben“, sagte Bürgermeister Gerhard Prenner.",
        False,
        [],
        None,
    ),
    # --- Northmoor council tax request (PA) ---
    (
        "en",
        "NORTHMOOR (PA) - Northmoor County Council is asking the Government for permission to raise council tax by 8.99% next year, almost twice the usual limit.",
        True,
        [("percent", 8.99, "%", None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The rise would take the county's share of a Band D bill from £1,702.35 to £1,855.38.",
        True,
        [("money", 1702.35, "GBP", None), ("money", 1855.38, "GBP", None)],
        None,
    ),
    (
        "en",
        "Including the police and district council precepts, a Band D household would pay about £2,390 a year.",
        True,
        [("money", 2390, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The council faces a £64 million gap in its 2026-27 budget, its finance director, Helen Crabtree, told a scrutiny committee.",
        True,
        [("money", 64000000, "GBP", None), ("year", 2026, None, None), ("year", 2027, None, None)],
        "Helen Crabtree",
    ),
    (
        "en",
        "Adult social care and school transport for children with special educational needs now take up nearly two-thirds of its spending.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Councils in England normally need to hold a local referendum to raise council tax by more than 4.99%.",
        True,
        [("percent", 4.99, "%", "over")],
        None,
    ),
    (
        "en",
        '"Once again residents will pay more and get less," said Liberal Democrat group leader Fiona Ashdown.',
        False,
        [],
        None,
    ),
    ("en", "It is unclear how ministers will respond to the request.", False, [], None),
    # --- Oberbürgermeister-Stichwahl in Hildesheim (dpa/lni) ---
    (
        "de",
        "Hildesheim (dpa/lni) - Die parteilose Kandidatin Anja Reinholz wird neue Oberbürgermeisterin von Hildesheim.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Stichwahl am Sonntag kam sie auf 54,7 Prozent der Stimmen, ihr Gegenkandidat Marc Wendt (CDU) auf 45,3 Prozent.",
        True,
        [("percent", 54.7, "%", None), ("percent", 45.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei nur 29,8 Prozent, beim ersten Durchgang zwei Wochen zuvor hatte sie 41,2 Prozent betragen.",
        True,
        [
            ("percent", 29.8, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
            ("percent", 41.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Rund 79.000 Menschen waren wahlberechtigt, teilte die Stadt mit.",
        True,
        [("count", 79000, None, "about")],
        "die Stadt",
    ),
    (
        "de",
        "Reinholz, 46, führt als erste Frau die Stadtverwaltung, ihre achtjährige Amtszeit beginnt am 1. November.",
        True,
        [
            ("duration", 46, "year", None),
            ("ordinal", 1, None, None),
            ("duration", 8, "year", None),
            ("date", "--11-01", None, None),
        ],
        None,
    ),
    (
        "de",
        "„Hildesheim hat heute gezeigt, dass es einen Neuanfang will“, sagte Reinholz vor Anhängerinnen und Anhängern im Rathaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Politikwissenschaftler werteten die niedrige Beteiligung als Alarmsignal für die Kommunalpolitik.",
        False,
        [],
        None,
    ),
    # --- RMV-Fahrpreise (dpa/lhe) ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Der Rhein-Main-Verkehrsverbund (RMV) erhöht zum 1. Januar seine Fahrpreise um durchschnittlich 5,9 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 5.9, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Einzelfahrt in Frankfurt kostet dann 3,90 Euro statt 3,60 Euro, die Tageskarte 7,80 Euro.",
        True,
        [("money", 3.9, "EUR", None), ("money", 3.6, "EUR", None), ("money", 7.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 41 Prozent der Fahrgäste nutzen inzwischen das Deutschlandticket, teilte der RMV mit.",
        True,
        [("percent", 41, "%", "about")],
        "der RMV",
    ),
    (
        "de",
        "Der Verbund begründete den Schritt mit höheren Personalkosten, die seit 2022 um fast ein Viertel gestiegen seien.",
        True,
        [("year", 2022, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn nannte die Erhöhung „das falsche Signal zur falschen Zeit“.", False, [], None),
    # --- Cleveland water rates (AP) ---
    (
        "en",
        "CLEVELAND (AP) — Cleveland City Council voted 14-3 on Monday to raise water and sewer rates by 7.5% a year for the next three years.",
        True,
        [
            ("count", 14, None, None),
            ("count", 3, None, None),
            ("percent", 7.5, "%", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The typical household's bill will rise by about $9 a month in the first year, according to Cleveland Water.",
        True,
        [("money", 9, "USD", "about"), ("ordinal", 1, None, None)],
        "Cleveland Water",
    ),
    (
        "en",
        "The utility says it needs $1.1 billion to replace aging mains, including roughly 38,000 lead service lines.",
        True,
        [("money", 1100000000, "USD", None), ("count", 38000, None, "about")],
        "the utility",
    ),
    (
        "en",
        "About one in four Cleveland residents lives below the federal poverty line.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "The council also expanded a discount program that cuts bills by 40% for low-income seniors.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        '"Nobody on this council wanted to vote for a rate increase tonight," council president Marcus Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Residents lined the hallway outside the chamber holding signs that read "Water is a right."',
        False,
        [],
        None,
    ),
    # --- Rücktritt in Birsfelden (Keystone-SDA) ---
    (
        "de",
        "Liestal (Keystone-SDA) - Der Gemeindepräsident von Birsfelden BL, Thomas Gysin, tritt per Ende Jahr zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er zieht damit die Konsequenzen aus einem Bericht der kantonalen Finanzaufsicht, die bei der Gemeinde Fehlbuchungen von 1,7 Millionen Franken festgestellt hatte.",
        True,
        [("money", 1700000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Laut dem Bericht wurden über vier Jahre hinweg Investitionsbeiträge des Kantons doppelt verbucht.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Der 59-Jährige stand der Gemeinde seit 2013 vor.",
        True,
        [("duration", 59, "year", None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Die Ersatzwahl findet am 8. März statt, wie die Gemeindekanzlei mitteilte.",
        True,
        [("date", "--03-08", None, None)],
        "die Gemeindekanzlei",
    ),
    ("de", "«Ich habe mir nichts zuschulden kommen lassen, aber das Vertrauen ist weg», sagte Gysin.", False, [], None),
    # --- No-confidence vote in Glanmor (PA) ---
    (
        "en",
        "CARDIFF (PA) - The leader of Glanmor County Council has resigned after losing a vote of no confidence by 31 votes to 26.",
        True,
        [("count", 31, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Rhodri Evans had led the authority's Independent-Labour coalition since May 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The motion followed an Audit Wales report that found the council had paid £2.8 million to a housing contractor for work that was never carried out.",
        True,
        [("money", 2800000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Evans, 58, said he accepted "full responsibility" but insisted he had not been told about the payments.',
        True,
        [("duration", 58, "year", None)],
        "Evans",
    ),
    (
        "en",
        "A new leader will be chosen at a full council meeting on November 4, the council said.",
        True,
        [("date", "--11-04", None, None)],
        "the council",
    ),
    ("en", "Audit Wales said it had passed its findings to South Wales Police.", True, [], "Audit Wales"),
    (
        "en",
        '"This council has been run like a private members\' club," said opposition councillor Gwen Price.',
        False,
        [],
        None,
    ),
    ("en", "Members of the public in the gallery applauded as the result was read out.", False, [], None),
    # --- Baugenehmigungen in NRW (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen sind von Januar bis August 23.410 Wohnungen genehmigt worden, 9,6 Prozent mehr als im Vorjahreszeitraum, teilte das Statistische Landesamt mit.",
        True,
        [("count", 23410, None, None), ("percent", 9.6, "%", None)],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "In Köln lag die Zahl mit 1.870 genehmigten Wohnungen dagegen um knapp ein Drittel unter dem Vorjahr.",
        True,
        [("count", 1870, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Bauantrag werde im Schnitt nach viereinhalb Monaten beschieden, sagte Baudezernentin Nicole Hambach.",
        True,
        [("duration", 4.5, "month", None)],
        "Nicole Hambach",
    ),
    (
        "de",
        "Rund ein Viertel der Genehmigungen entfiel auf geförderte Wohnungen.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Die Wohnungswirtschaft fürchtet, dass sich die Lücke in den kommenden Jahren weiter vergrößert.",
        False,
        [],
        None,
    ),
    # --- Denver preschool program (AP) ---
    (
        "en",
        "DENVER (AP) — More than 9,400 4-year-olds have enrolled in Denver's tax-funded preschool program this fall, about 84% of the city's children that age, officials said.",
        True,
        [("count", 9400, None, "over"), ("duration", 4, "year", None), ("percent", 84, "%", "about")],
        None,
    ),
    (
        "en",
        "The program, paid for by a 0.15% sales tax that voters approved in 2019, covers up to 30 hours a week of tuition per child.",
        True,
        [("percent", 0.15, "%", None), ("year", 2019, None, None), ("duration", 30, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "Families saved an average of about $6,900 last school year, according to an independent evaluation.",
        True,
        [("money", 6900, "USD", "about")],
        None,
    ),
    (
        "en",
        "The program still had a waiting list of 310 children in its two busiest neighborhoods in September.",
        True,
        [("count", 310, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "The tax is set to expire in 2029 unless voters renew it.", True, [("year", 2029, None, None)], None),
    (
        "en",
        '"For a lot of families this is the difference between working and not working," said parent Keisha Lomax, 33.',
        False,
        [("duration", 33, "year", None)],
        None,
    ),
    ("en", "Supporters hope to put a renewal measure on the ballot next year.", False, [], None),
    # --- Gemeindefinanzbericht (APA) ---
    (
        "de",
        "Wien (APA) - Die österreichischen Gemeinden ohne Wien haben 2024 zum zweiten Mal in Folge ein Defizit geschrieben, es lag bei rund 1,3 Milliarden Euro.",
        True,
        [("year", 2024, None, None), ("ordinal", 2, None, None), ("money", 1300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel der rund 2.100 Gemeinden konnte laut Gemeindefinanzbericht die laufenden Ausgaben nicht mehr aus eigener Kraft decken.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Finanzschulden stiegen auf 14,8 Milliarden Euro oder rund 2.200 Euro pro Kopf.",
        True,
        [("money", 14800000000, "EUR", None), ("money", 2200, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Ausgaben für Kinderbetreuung hätten sich seit 2015 mehr als verdoppelt, so Gemeindebund-Präsident Hannes Riedlinger.",
        True,
        [("year", 2015, None, None)],
        "Hannes Riedlinger",
    ),
    (
        "de",
        "Riedlinger verlangte, dass der Gemeindeanteil an den gemeinschaftlichen Bundesabgaben von 11,8 auf 13 Prozent steigt.",
        True,
        [("percent", 11.8, "%", None), ("percent", 13, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Gemeinden sind die Zahlmeister der Republik, aber gefragt werden sie nie“, sagte Riedlinger.",
        False,
        [],
        None,
    ),
    ("de", "Für heuer erwartet der Gemeindebund einen Abgang in ähnlicher Höhe.", False, [], None),
    # --- Bürgerentscheid über ein Hallenbad in Landshut (dpa/lby) ---
    (
        "de",
        "Landshut (dpa/lby) - Die Landshuterinnen und Landshuter haben in einem Bürgerentscheid den Neubau eines Hallenbads für 58 Millionen Euro abgelehnt.",
        True,
        [("money", 58000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gegen das Projekt stimmten 16.214 Bürgerinnen und Bürger, dafür 12.480, teilte die Stadt am Montag mit.",
        True,
        [("count", 16214, None, None), ("count", 12480, None, None)],
        "die Stadt",
    ),
    (
        "de",
        "Das nötige Quorum von 15 Prozent der Stimmberechtigten wurde damit deutlich übertroffen, die Beteiligung lag bei 38,1 Prozent.",
        True,
        [("percent", 15, "%", None), ("percent", 38.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Stadtrat hatte das Bad im März mit 26 zu 18 Stimmen beschlossen, eine Bürgerinitiative sammelte daraufhin mehr als 6.000 Unterschriften.",
        True,
        [("count", 26, None, None), ("count", 18, None, None), ("count", 6000, None, "over")],
        None,
    ),
    ("de", "Das Ergebnis bindet den Stadtrat für ein Jahr.", True, [], None),
    (
        "de",
        "„Die Bürger haben klug entschieden, das Geld ist in den Schulen besser aufgehoben“, sagte Initiativensprecher Florian Huber.",
        False,
        [],
        None,
    ),
    ("de", "Wie es mit dem maroden alten Bad weitergeht, ist offen.", False, [], None),
    # --- Castlebridge mayoral referendum (PA) ---
    (
        "en",
        "CASTLEBRIDGE (PA) - Voters in Castlebridge have rejected plans to replace the council leader with a directly elected mayor, by 14,882 votes to 11,207.",
        True,
        [("count", 14882, None, None), ("count", 11207, None, None)],
        None,
    ),
    (
        "en",
        "Turnout in the referendum was 18.9%, the returning officer said.",
        True,
        [("percent", 18.9, "%", None)],
        "the returning officer",
    ),
    (
        "en",
        "The vote was triggered by a petition signed by 5,930 residents, just over the 5% threshold.",
        True,
        [("count", 5930, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Running the referendum, the borough's first since 2012, cost the council about £310,000.",
        True,
        [("ordinal", 1, None, None), ("year", 2012, None, None), ("money", 310000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"People have told us loud and clear that they want to keep things as they are," council leader Maureen Tate said.',
        False,
        [],
        None,
    ),
    # --- Schulbau in Leipzig (dpa/sn) ---
    (
        "de",
        "Leipzig (dpa/sn) - Leipzig braucht nach Berechnungen der Stadt bis 2032 vierzehn zusätzliche Schulen.",
        True,
        [("year", 2032, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Schülerinnen und Schüler an städtischen Schulen sei seit 2015 um rund 21.000 auf gut 68.000 gestiegen, sagte Schulbürgermeisterin Katrin Adelsberger.",
        True,
        [("year", 2015, None, None), ("count", 21000, None, "about"), ("count", 68000, None, "over")],
        "Katrin Adelsberger",
    ),
    (
        "de",
        "Bereits jetzt wird an jeder fünften Grundschule zumindest teilweise in Containern unterrichtet.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Für die Neubauten sind bis 2030 rund 1,2 Milliarden Euro eingeplant, etwa die Hälfte soll der Freistaat tragen.",
        True,
        [("year", 2030, None, None), ("money", 1200000000, "EUR", "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    ("de", "Der Stadtelternrat warnte vor „Schulen im Dauerprovisorium“.", False, [], None),
    # --- Madison zoning vote (AP) ---
    (
        "en",
        "MADISON, Wis. (AP) — The Madison City Council voted 15-5 early Wednesday to allow apartment buildings of up to four stories along the city's main bus routes.",
        True,
        [("count", 15, None, None), ("count", 5, None, None), ("count", 4, None, "up_to")],
        None,
    ),
    (
        "en",
        "City planners estimate the change could make room for about 11,000 new homes over 20 years.",
        True,
        [("count", 11000, None, "about"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The meeting ran for nearly seven hours, with 142 people signed up to speak.",
        True,
        [("duration", 7, "hour", "nearly"), ("count", 142, None, None)],
        None,
    ),
    (
        "en",
        "Madison's population grew by about 12% between 2014 and 2024, while its housing stock grew by 8%, according to city figures.",
        True,
        [
            ("percent", 12, "%", "about"),
            ("year", 2014, None, None),
            ("year", 2024, None, None),
            ("percent", 8, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"We are not against housing, we are against being steamrolled," said neighborhood association president Gail Hoffman.',
        False,
        [],
        None,
    ),
    # --- Tucson sales tax vote (AP) ---
    (
        "en",
        "TUCSON, Ariz. (AP) — Tucson voters on Tuesday approved a 0.5% sales tax increase for road repairs and bus service, with about 58% voting yes in unofficial results.",
        True,
        [("percent", 0.5, "%", None), ("percent", 58, "%", "about")],
        None,
    ),
    (
        "en",
        "The tax is expected to raise about $95 million a year over 10 years.",
        True,
        [("money", 95000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Turnout in the all-mail election was 34%, according to the Pima County Recorder's Office.",
        True,
        [("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        "In neighboring Marana, two-term council member Dana Whitfield was elected mayor with 52.4% of the vote.",
        True,
        [("count", 2, None, None), ("percent", 52.4, "%", None)],
        None,
    ),
    ("en", '"Tonight the voters said: fix our streets," Mayor Carmen Ruiz told supporters.', False, [], None),
    # --- Neue Bürgermeisterin in Leoben (APA) ---
    (
        "de",
        "Leoben (APA) - Carina Hofbauer (SPÖ) ist am Donnerstag vom Gemeinderat zur neuen Bürgermeisterin von Leoben gewählt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 44-Jährige erhielt 23 der 35 Stimmen, fünf Stimmzettel waren leer.",
        True,
        [
            ("duration", 44, "year", None),
            ("count", 23, None, None),
            ("count", 35, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    ("de", "Sie ist die erste Frau in diesem Amt seit der Stadterhebung.", True, [("ordinal", 1, None, None)], None),
    (
        "de",
        "„Ich will Bürgermeisterin für alle sein, nicht nur für die 23, die mich gewählt haben“, sagte Hofbauer.",
        False,
        [("count", 23, None, None)],
        None,
    ),
    # --- Council tax arrears in England (PA) ---
    (
        "en",
        "LONDON (PA) - Unpaid council tax owed to councils in England rose to £6.1 billion at the end of March, up 11% on a year earlier, official figures show.",
        True,
        [("money", 6100000000, "GBP", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Councils collected 95.6% of the council tax due in 2024-25, the lowest rate since 2002-03.",
        True,
        [
            ("percent", 95.6, "%", None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("year", 2002, None, None),
            ("year", 2003, None, None),
        ],
        None,
    ),
    (
        "en",
        "In London the collection rate fell to 94.1%, with one borough collecting just 88.7%.",
        True,
        [("percent", 94.1, "%", None), ("count", 1, None, None), ("percent", 88.7, "%", None)],
        None,
    ),
    (
        "en",
        "The average Band D council tax bill in England is £2,171 this year, according to the housing ministry.",
        True,
        [("money", 2171, "GBP", None)],
        "the housing ministry",
    ),
    (
        "en",
        '"Families are choosing between heating their homes and paying the council," said Lauren Vickers of the debt charity StepChange.',
        False,
        [],
        None,
    ),
    # --- Müllgebühren in Stuttgart (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Die Müllgebühren in Stuttgart steigen im kommenden Jahr um durchschnittlich 12,4 Prozent, teilte die Abfallwirtschaft Stuttgart mit.",
        True,
        [("percent", 12.4, "%", None)],
        "die Abfallwirtschaft Stuttgart",
    ),
    (
        "de",
        "Ein Vierpersonenhaushalt mit einer 120-Liter-Restmülltonne und zweiwöchentlicher Leerung zahlt dann 318 Euro im Jahr statt bisher 283 Euro.",
        True,
        [
            ("count", 4, None, None),
            ("count", 120, None, None),
            ("duration", 2, "week", None),
            ("money", 318, "EUR", None),
            ("money", 283, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Gemeinderat stimmte der neuen Gebührensatzung am Donnerstag mit 38 zu 21 Stimmen zu.",
        True,
        [("count", 38, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Als Gründe nannte der Eigenbetrieb die CO2-Abgabe auf die Müllverbrennung und höhere Tariflöhne.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit 2020 sind die Gebühren damit um fast 40 Prozent gestiegen, rechnete der Steuerzahlerbund vor.",
        True,
        [("year", 2020, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Wer Müll vermeidet, spart auch Gebühren“, sagte der zuständige Bürgermeister Jens Rothfuß.",
        False,
        [],
        None,
    ),
    # --- Commissioners sent to Hexley (PA) ---
    (
        "en",
        "HEXLEY (PA) - The Government has appointed three commissioners to oversee Hexley Borough Council's finances for at least two years.",
        True,
        [("count", 3, None, None), ("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The council will also be allowed to borrow up to £38 million to cover day-to-day costs, the Government said.",
        True,
        [("money", 38000000, "GBP", "up_to")],
        "the Government",
    ),
    (
        "en",
        "Hexley is the ninth council to receive such support since 2021.",
        True,
        [("ordinal", 9, None, None), ("year", 2021, None, None)],
        None,
    ),
    ("en", '"This is a humiliation for everyone who has sat in that chamber," said Okafor.', False, [], None),
    # --- Tramabstimmung in Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Stadtzürcher Stimmberechtigten haben am Sonntag einen Kredit von 212 Millionen Franken für die neue Tramlinie nach Schwamendingen Nord gutgeheissen.",
        True,
        [("money", 212000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Ja-Anteil lag bei 64,9 Prozent, die Stimmbeteiligung bei 43,7 Prozent, wie die Stadtkanzlei mitteilte.",
        True,
        [("percent", 64.9, "%", None), ("percent", 43.7, "%", None)],
        "die Stadtkanzlei",
    ),
    (
        "de",
        "In allen zwölf Stadtkreisen gab es eine Ja-Mehrheit, am deutlichsten im Kreis 12.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die 4,6 Kilometer lange Strecke soll Ende 2031 in Betrieb gehen, die Trams sollen im Siebeneinhalb-Minuten-Takt verkehren.",
        True,
        [("count", 4.6, None, None), ("year", 2031, None, None), ("duration", 7.5, "minute", None)],
        None,
    ),
    ("de", "Der Kanton übernimmt rund zwei Drittel der Kosten.", True, [("fraction", 0.6667, None, "about")], None),
    (
        "de",
        "«Heute hat Zürich für den öffentlichen Verkehr und gegen den Stau gestimmt», sagte Stadträtin Karin Etzensperger.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP sprach von einem «Millionengrab auf Schienen».", False, [], None),
    # --- Urnenabstimmung in Männedorf (Keystone-SDA) ---
    (
        "de",
        "Männedorf (Keystone-SDA) - Die Stimmberechtigten von Männedorf haben den Kredit für das Schulhaus Blatten an der Urne mit 3'214 Ja zu 1'871 Nein angenommen.",
        True,
        [("count", 3214, None, None), ("count", 1871, None, None)],
        None,
    ),
    ("de", "Die Stimmbeteiligung betrug 48,6 Prozent.", True, [("percent", 48.6, "%", None)], None),
    # --- Erie investigation (AP) ---
    (
        "en",
        "ERIE, Pa. (AP) — Pennsylvania prosecutors have opened a criminal investigation into credit card spending under former Erie Mayor Dennis Kowalczyk, the state attorney general's office said Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The special election to replace him has been set for May 19, the same day as the primary.",
        True,
        [("date", "--05-19", None, None)],
        None,
    ),
    (
        "en",
        "Acting Mayor Angela Brant said the city had recovered $41,300 so far and canceled 26 of its 31 credit cards.",
        True,
        [("money", 41300, "USD", None), ("count", 26, None, None), ("count", 31, None, None)],
        "Angela Brant",
    ),
    # --- Grazer Budget (APA) ---
    (
        "de",
        "Graz (APA) - Mit den Stimmen von KPÖ, Grünen und SPÖ hat der Grazer Gemeinderat am Donnerstag das Budget für 2026 beschlossen.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Er sieht Auszahlungen von 1,42 Milliarden Euro und einen Abgang von 94 Millionen Euro vor.",
        True,
        [("money", 1420000000, "EUR", None), ("money", 94000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Schuldenstand der zweitgrößten Stadt Österreichs samt ausgegliederter Gesellschaften steigt bis Ende 2026 auf rund 2,1 Milliarden Euro.",
        True,
        [("ordinal", 2, None, None), ("year", 2026, None, None), ("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Umgerechnet seien das gut 6.800 Euro je Einwohnerin und Einwohner, sagte Finanzstadträtin Doris Lengauer.",
        True,
        [("money", 6800, "EUR", "over")],
        "Doris Lengauer",
    ),
    (
        "de",
        "Die Investitionen werden um knapp ein Fünftel gekürzt, die Verlängerung der Straßenbahnlinie 6 soll aber wie geplant 2027 fertig werden.",
        True,
        [("fraction", 0.2, None, "nearly"), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Die ÖVP sprach von einem „Schuldenbudget ohne Plan“ und stimmte geschlossen dagegen.", True, [], None),
    ("de", "„Wir sparen nicht bei den Menschen, sondern beim Beton“, sagte Lengauer.", False, [], None),
    (
        "de",
        "Während der Debatte verfolgten Dutzende Zuhörerinnen und Zuhörer die Sitzung von der Galerie aus, einige hielten Schilder hoch.",
        False,
        [],
        None,
    ),
]
