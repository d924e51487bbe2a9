"""Hundred-and-fifty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Katrin Wolfsgruber, Harald Ebenhofer, Jochen Raabe, Helmut Karrer, Julia Brandl, Friedrich
Wallner, Bettina Kowalczyk, Urs Bärtschi, Gerhard Reisinger; Marcus Delaney, Kofi Mensah,
Philippa Crane, Aisha Rahman, Daniel Okonjo-Reyes, Vantrell Pay, Renata Holloway, Colin
Fairweather, Sandra Whitcombe, Lauren Fitzsimmons, Wade Pruitt, Luis Carranza and his sister
Elena, Brent Kohler, Karen Tolhurst, Callum Strachan, Alison Drummond, Darnell Whitaker,
Jordan Heale, Margaret Ibbotson, Brightwell Solar, Travis Ledbetter, Mike Cardenas, Rachel
Vance, Reece Carter, Sean Maguire); ministers, police chiefs, prosecutors, judges and office
holders of real places appear under made-up names that stand for no real holder, or by their
role only ("der Gemeindepräsident von Gossau", "die Gerichtspräsidentin", "der vorsitzende
Richter", "eine Sprecherin", "ein Gerichtssprecher", "ein Kioskbetreiber", "eine
Pensionistin", "the presiding judge", "the sheriff", "the school's principal"). Real bodies,
courts, places and things ("Landespolizeidirektion Wien", "Favoriten", "Simmering",
"Quellenstraße", "Justizanstalt Josefstadt", "Landesgericht Linz", "Hauptbahnhof Hannover",
"Bundespolizei", "Celle", "Bezirksgericht Zürich", "Hardbrücke", "Obergericht",
"Kantonspolizei Zürich", "Köln-Chorweiler", "Schwurgericht", "Tiroler Polizei",
"Innsbruck", "Hall", "Schwaz", "Landespolizeidirektion Tirol", "Niederlande", "Werder
(Havel)", "Polizeidirektion West", "A 10", "Brandenburg", "Landeskriminalamt", "Gossau SG",
"Kantonspolizei St. Gallen", "Kantonsspital", "Bundesgerichtshof", "Duisburg", "Landgericht
Duisburg", "Graz-Lend", "Justizanstalt Graz-Jakomini", "Polizeiinspektion Lendplatz",
"Bayern", "LKA", "Rosenheim", "Hamburger Polizei", "St. Georg", "Flensburg", "Landgericht
Berlin", "Kurfürstendamm", "Basler Strafgericht", "Frankfurter Flughafen", "Bogotá",
"Hauptzollamt Frankfurt am Main", "Zollfahndung", "Innenministerium", "FPÖ",
"Praterstern"; "Lewisham", "Catford", "Woolwich Crown Court", "Metropolitan Police",
"Manhattan", "Columbus Division of Police", "Crime Stoppers", "Greater Manchester Police",
"Wythenshawe", "Stockport", "Manchester Crown Court", "Range Rovers", "Porsche", "Harris
County Sheriff's Office", "Australian Federal Police", "Central Local Court", "Scottish
Premiership", "Edinburgh Sheriff Court", "Police Scotland", "Orange County Sheriff's
Office", "A38", "Bristol Crown Court", "Avon and Somerset Police", "Serious Fraud Office",
"SFO", "Westminster Magistrates' Court", "Phoenix Police Department", "Maricopa County",
"Everton", "Kirkby", "Netherfield Road", "Merseyside Police", "Crimestoppers", "Louisiana
State Police", "Ministry of Justice", "Law Society") stand for the way wire copy names them;
every crime, charge, verdict, sentence, fine, toll, sum, age, time and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: POLICE, COURTS AND CRIME ON AN ORDINARY DAY - one Wednesday in mid-November, 33
short stories in story order as the desks file them: police reports (Polizeimeldungen),
arrests, charges, trial openings, verdicts and sentences, bail hearings, appeals to a higher
court and the day's crime statistics, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, follow-ups, the appeal for witnesses).
Half German (APA, dpa with its regional slugs, Keystone-SDA, Reuters German, AFP German;
Austrian "Keiler", "Abholer", "Schöffensenat", "unbedingter Haft", "auf freiem Fuß
angezeigt", "Jänner", "Burschen", "Pensionistin", "Justizanstalt", "ersucht", German
"Schwurgericht", "Haftbefehl", "Punkte in Flensburg", "Revision", Swiss "Lenker",
"Führerausweis", "Fussgängerin", "gewerbsmässigen", "Gerichtspräsidentin", "Weiterzug",
"Tagessätzen à 70 Franken", «» quotes, German „“ quotes): a burglary gang caught in Vienna,
a grandparent-scam trial in Linz, a stabbing at Hanover's main station, a speeder sentenced
in Zurich, a murder trial opening in Cologne, a drug ring broken up in Tyrol, a cash machine
blown up in Brandenburg, a drunk driver in Gossau, a life sentence upheld in Karlsruhe,
teenage robbers in Graz, shock-call fraud in Bavaria, a verdict over a waiter's killing in
Paris, traffic checks in Hamburg, a jewellery theft tried in Berlin, an investment fraud
tried in Basel, cocaine at Frankfurt airport and knife attacks in Vienna. Half English
(Reuters, AP, AFP, PA): a stabbing sentence in London, a startup founder convicted in New
York, a teenager charged in Columbus, a car-key burglary gang charged in Manchester, a metro
pickpocket ring sentenced in Paris, a security guard convicted in Houston, bail in a cocaine
case in Sydney, a coin thrower fined in Edinburgh, a school threat in Orlando, a phone
driver jailed in Bristol, fraud charges from the SFO, a police officer indicted in Phoenix,
a fifth arrest in a Liverpool murder inquiry, a bank employee jailed in Tokyo, a jail
escapee caught in Louisiana and the crown court backlog. Figures as such copy has them:
sentences in years and months ("vier Jahren und drei Monaten beziehungsweise drei Jahren und
acht Monaten", "fünfeinhalb Jahre", "zwölf Monate davon unbedingt", "six years and eight
months", "four and a half years", "five years to life", "up to 3.75 years"), probation,
bans and expulsions, day-fines, fines, bail, bonds, confiscation and loot in euros, francs,
dollars, Australian dollars, pounds and yen, ages of suspects and victims (compounds, "im
Alter von ... Jahren", "aged 19, 22, 25 and 31", "Kofi Mensah, 31,", "älter als", "jünger
als"), number words and compounds ("zweimal", "sechsstündigen", "achttägigen", "Zehn-Punkte-
Plan", "Tempo-30-Zone", "a six-day trial", "a nine-year veteran", "The 27-second clip"),
ordinals ("die neunte Automatensprengung", "der dritte schweigt", "Am zweiten
Verhandlungstag", "the city's 84th homicide", "a fifth suspect"), shares ("Jedes dritte
Opfer", "Knapp ein Fünftel", "etwa ein Viertel mehr", "zwei Dritteln", "Almost one in four",
"Around one in five"), definite groups, speeds, drug weights, breath alcohol, trial days,
clock times, dates with and without a year, years, hedges and ranges. Negatives as such copy
has them: appeals for witnesses and service lines, condolences, scene colour (a vigil,
relatives in T-shirts, panicked travellers, flowers at the spot), lawyers', prosecutors' and
judges' rhetoric, protestations of innocence, quotes of grief, shame, fear and resolve,
advice and warnings, hopes, open questions, a party's label, a critics' verdict and a vox
pop - one of them carrying a figure, labelled.

245 rows (123 German, 122 English), 56 negatives (27 German, 29 English), 189 check-worthy
rows of which 28 carry no figure (14 German, 14 English), 294 expected quantities (118
durations - 85 in years, 14 in months, 7 in days, 6 in hours, 4 in weeks, 1 in minutes, 1 in
seconds -, 93 counts, 26 amounts of money - 14 EUR, 4 USD, 3 GBP, 2 CHF, 2 AUD, 1 JPY -, 17
years, 16 dates, 12 ordinals, 7 fractions, 5 percentages - all in % -; 1 of them in one
negative, as the seventeenth batch labels a figure in a negative), 39 checked speakers (19
German, 20 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-second, hundred-thirty-first,
  hundred-forty-eighth); a reported statement of fact or figure is check-worthy with its
  speaker. The pairs from one speaker: Karrer's ten months of inquiries ("..., sagte Karrer."
  -> "Karrer") beside his „Mit diesem Schlag haben wir den Markt ... empfindlich getroffen“;
  Fitzsimmons's 27 households -> "Lauren Fitzsimmons" beside her "terrifying experience" and
  her "clear message"; Whitaker's 63 threats and 22 arrests -> "Whitaker" beside "This is not
  a joke, ..." and "Parents, please check your kids' phones"; "Defense lawyer Sandra
  Whitcombe said her client would appeal." -> "Sandra Whitcombe" (a next step announced,
  hundred-second) beside her disappointment (hundred-second: "We respect the jury's decision,
  but we are deeply disappointed"). Konjunktiv I paraphrases of a fact are check-worthy with
  the speaker their own attribution gives ("Die Opfer seien gezielt ... ausgesucht worden,
  sagte Oberstaatsanwältin Katrin Wolfsgruber." -> "Katrin Wolfsgruber"; "Er habe von 2019
  bis 2023 ..., sagte Gerichtspräsident Urs Bärtschi." -> "Urs Bärtschi"; "Die Revision des
  Angeklagten sei unbegründet, teilte das Gericht am Mittwoch mit." -> "das Gericht";
  "Das sei etwa ein Viertel mehr ..., teilte das Landeskriminalamt mit."; thirty-ninth and
  hundred-second). One side's account is check-worthy (sixty-eighth, hundred-second): a
  denial of the killing in the defence's statement ("..., der Angeklagte bestreite, die Frau
  getötet zu haben."), the accused's version ("..., der Kellner habe ihn zuerst mit einer
  Flasche angegriffen.", "Pruitt testified that he fired in self-defense ..."), two victims'
  testimony ("Zwei Geschädigte sagten vor Gericht aus, ...", count 2), a lawyer's reading of
  the footage ("His attorney, Mike Cardenas, said the footage did not show the full
  encounter.") and a daughter's testimony (30 years "over").
- Check-worthy without a figure (fifty-eighth, seventy-seventh, eighty-first,
  hundred-second, hundred-nineteenth): the gang's modus operandi as an allegation ("soll"),
  a cash machine blown up, the getaway car, a drunk driver hitting a pedestrian, a driving
  licence taken on the spot, a confession ("legte ... ein umfassendes Geständnis ab";
  hundred-sixteenth: an admission), an arrest warrant issued, an appeal to a higher court
  announced ("will einen Weiterzug ans Obergericht prüfen", "kündigten noch im Saal an,
  Revision einzulegen"; hundred-second: "Ottersbach will das Urteil ... überprüfen lassen"),
  "Das Urteil ist damit rechtskräftig." (hundred-nineteenth: "Das Urteil ist nicht
  rechtskräftig, ..."), custody ("Der Mann sitzt in Untersuchungshaft, ..."), a name withheld
  for the suspect's age (hundred-forty-eighth: a buyer "not identified"), a juvenile held or
  released with an ankle monitor, a prosecutors' stated next step ("said they would ask for
  the case to be moved to adult court"), a plea ("pleaded guilty", "would plead not guilty";
  seventy-sixth and hundred-second), an indictment as a lead, no weapon found (eighty-first:
  "Verletzt wurde nach ersten Erkenntnissen niemand."), a post-mortem's finding, the maximum
  penalty a charge carries and a grand jury's charge ("a second-degree felony charge" none,
  thirty-ninth).
- Penalties and court money (thirty-ninth, fifty-fifth, eighty-first, hundred-second):
  sentences are durations as written ("zu fünf Jahren unbedingter Haft" 5 years - "unbedingt"
  and "bedingt" none -, "zu einer Freiheitsstrafe von 30 Monaten ..., zwölf Monate davon
  unbedingt" 30 and 12 months, "zu vier Jahren und drei Monaten beziehungsweise drei Jahren
  und acht Monaten Haft" four durations, "zu 22 Jahren Haft", "fünfeinhalb Jahre" 5.5 years -
  twentieth: "siebeneinhalb" -, "jailed for 11 years", "six years and eight months", "four
  and a half years" 4.5 - fifty-first: "six and a half hours" -, "prison terms of between 18
  months and six years" both, "Prosecutors had sought six years."); demands ("Die Anklage
  hatte sechs Jahre gefordert", "Die Staatsanwaltschaft hatte 25 Jahre gefordert.",
  hundred-thirty-first); penalties a charge carries ("von bis zu 15 Jahren", "up to 20 years
  behind bars", "up to 3.75 years" "up_to"; fourth, thirty-ninth); "eine Entlassung nach 15
  Jahren" 15 years (hundred-second); "bei einer Probezeit von drei Jahren" (hundred-second);
  "für acht Jahre des Landes" 8 years (as "eine Landesverweisung von acht Jahren"); "für
  mindestens zwei Jahre" 2 years "at_least" (eighty-first: "ein Ausweisentzug von mindestens
  zwei Jahren"); "Fahrverbot von drei Monaten", "zwei Punkte in Flensburg" count 2 and "ein
  Bußgeld von mindestens 480 Euro" "at_least" (eighty-first); "banned from attending matches
  for three years", "banned from driving for nine years" (fifteenth); "120 hours of unpaid
  work within six months" 120 hours and 6 months (thirty-ninth); day-fines "90 Tagessätzen à
  70 Franken" count 90 and 70 CHF (thirty-ninth); "Nach Verbüßung von mindestens zwei
  Dritteln der Strafe" 0.6667 "at_least" and "at least two-thirds of his sentence" 0.6667
  "at_least" (fifty-fifth); "die Abschöpfung von 286.000 Euro", "a fine of 50,000 euros",
  "fined £1,350", "bail at A$750,000" AUD (forty-ninth), "a $5 million bond" (hundred-second).
  None: "lebenslange Haftstrafe", "life imprisonment", "in erster Instanz" absent; "the
  longest sentence". New: "Pruitt faces five years to life in prison" carries 5 years only -
  "life" is no figure, as "lebenslanger Haft" (hundred-second), and the "to" of the range no
  hedge (hundred-nineteenth: "2% to 4%"). New: "Each of the two most serious counts" is count
  2 - the number word counts the group the superlative picks (hundred-forty-eighth: "in den
  sieben größten Städten" 7); "Die älteste Geschädigte war ... 94 Jahre alt" and "Der jüngste
  Verdächtige ist 14 Jahre alt" carry no ordinal - a superlative without a number word ranks
  nothing a reader can count.
- Trials and deliberations (hundred-second): "14 Verhandlungstage" count 14, "Am zweiten
  Verhandlungstag" ordinal 2, "des achttägigen Prozesses" 8 days (the issue's "dreitägige
  Reise"), "a six-day trial" 6 days, "the three-week trial" 3 weeks, "deliberated for about
  seven hours" "about", "for just over three hours" "over" (hundred-forty-first: "just over
  four weeks"), "drei Tage Bedenkzeit" 3 days, "32 Zeugen und drei Sachverständige",
  "guilty on all four counts" count 4 (fifteenth: "seven counts"), "in 19 Fällen".
- Ages are durations in years (every batch): compounds ("ein 41-jähriger Pole", "dem
  62-Jährigen", "ein 27 Jahre alter Mann", "a 24-year-old man", "38-year-old Luis
  Carranza"), "im Alter von 24, 29 und 33 Jahren", "im Alter von 19 bis 52 Jahren", "im
  Alter von 14 bis 17 Jahren" and "im Alter von 26 und 30 Jahren" (the unit written once,
  forty-sixth), apposition ("Kofi Mensah, 31,", "Daniel Okonjo-Reyes, 43,", "Callum
  Strachan, 28,"; sixty-third), "aged 19, 22, 25 and 31", "aged 49, 55 and 61", "aged 27 and
  35", "war zum Tatzeitpunkt 94 Jahre alt", "fast alle älter als 80 Jahre" 80 "over" - New:
  "fast" before "alle" hedges the share of victims, not the age, so the age keeps "over"
  from "älter als" alone (tenth) -, "älter als 85 Jahre" "over". New: "jünger als 25 Jahre"
  is 25 years "under", the mirror of "älter als" (tenth) and "aged under 25" (fifty-fifth);
  by the same reading "eine Strafe unter vier Jahren" is 4 years "under".
- Other durations: "Knapp elf Monate nach ..." "nearly", "fast zehn Monate" "nearly",
  "innerhalb von zwei Wochen", "in den vergangenen sieben Wochen", "seit acht Monaten"
  ("erst" no hedge, eighty-first), "in den ersten zehn Monaten" ordinal 1 with 10 months
  (eightieth), "Bei der sechsstündigen Kontrolle" 6 hours (the issue's "fünfstündigen"),
  "in the 12 months to September", "spent nine days in hospital", "over a period of 10
  weeks" (hundred-second: "over a period of nine years"), "the seven minutes before the
  crash" 7 minutes, "for more than 30 years" "over", "in two years" (hundred-second: "in five
  years"), "for three months", "over roughly four years" 4 years "about" ("over" a
  preposition, forty-fifth), "for more than five hours" "over", "within 48 hours"
  (hundred-second: "within 14 days"), "died in hospital two days later" 2 days
  (eighty-first: "about 40 minutes later"), "more than two years" "over", "442 days ..., 396
  days", "„So etwas habe ich hier in 20 Jahren noch nicht erlebt“" 20 years (labelled in a
  negative). New: "a nine-year veteran of the department" is 9 years and "The 27-second
  clip" 27 seconds - a length of service and a clip's length written as the issue's "a
  two-week visit". None: "Mitte Februar", "im Jänner", "last week", "last year", "a year
  earlier", "more than a year" (an article, hundred-second: "a year"), "this year", "in
  diesem Jahr", "dieses Jahres", "im laufenden Jahr", "im ganzen Vorjahr", "so far this
  season", "daily", "$2 billion a year" ("a year" none), weekdays and their compounds ("am
  Dienstagabend", "in der Nacht zu Mittwoch", "am Mittwochnachmittag", "on Tuesday night"),
  "early Sunday", months ("zwischen März und Juli 2024" its year only, "between August and
  October", "since January", "in September") and clock times ("gegen 21.40 Uhr", "gegen
  3.15 Uhr", "shortly after 9 p.m.", "shortly before 8am", "at about 11.20pm", "shortly
  after 2 a.m."; eighty-first - "gegen", "about" and "shortly" no hedge).
- Counts (every batch): definite groups ("Zwei der Verdächtigen", "Acht der
  Festgenommenen, ... drei", "Zwei der Burschen", "Nine of the defendants", "Two of the four
  men ..., while two", "Two of the men", "Two other men"; forty-first), "Drei Männer", "Alle
  drei" 3, "zwei Brüder", "Vier Jugendliche ... sechs Raubüberfälle", "mindestens 37
  Wohnungseinbrüche" "at_least", "14 Armbanduhren", "zwei Stichverletzungen", "zwei laute
  Explosionen", "in manche Wohnungen sogar zweimal" 2 ("sogar" no hedge, hundred-fourth; the
  issue's "viermal"), "shot twice" 2, "mehr als 1.100 Mal" 1100 "over" and "viewed more than
  2 million times" 2,000,000 "over" (the issue's "100 Mal"), "einen Zehn-Punkte-Plan" 10
  (hundred-sixteenth), "von drei auf fünf" 3 and 5, "an 16 Adressen", "elf Verdächtige",
  "sieben Schusswaffen ..., vier hochwertige Autos", "47 Raserdelikte ..., nach 39", "14
  solcher Taten", "7.420 solcher Anrufe, in 312 Fällen", "41 sogenannte Abholer", "23
  Fahrer", "412 Fahrzeuge", "1.284", "four stitches", "27 households", "13 vehicles ...,
  including two Range Rovers", "at least 1,900 phones" "at_least", "about 3,100 investors",
  "about 4,600 customer deposits", "61 customers", "63 school threats ..., making 22
  arrests", "41 people", "nine shell casings", "compared with 97", "The last of three
  inmates" 3 (New: "The last" ranks nothing, the group of three is counted), "two jailers",
  "78,420", "19,600", "110,000 ... sitting days ..., 4,000 more" (the "more" after the figure
  compares, hundred-first), "more than doubled" a verb and no count (hundred-forty-eighth:
  "fast verdoppelt"). Physical measures are counts (fourth, eighty-first): drug weights
  ("rund 40 Kilogramm Kokain und 180 Kilogramm Cannabis" the hedge only on its own figure,
  "knapp sechs Kilogramm" "nearly", "450 kilograms"), "etwa 20 Meter weit", "a 20cm kitchen
  knife" 20 (glued units, fifteenth), "about 2 miles away", "about 150 miles away"; speeds
  ("mit 131 km/h ..., erlaubt sind dort 50 km/h", "mit bis zu 110 km/h" "up_to", "at 58mph in
  a 40mph zone"; eighty-first); breath alcohol "0,91 Milligramm pro Liter" 0.91
  (eighty-first). New: "durch eine Tempo-30-Zone" is count 30 - a limit inside a hyphenated
  compound read as written, as "eine 0,5-Promille-Grenze" (eighty-first) and "a 20mph limit";
  unlike a score ("3:1-Sieg", hundred-forty-eighth) the figure is a quantity. None: "Die
  beiden Männer", "beiden Opfer", "die beiden anderen" ("beiden" none, eighty-first), "one
  of the men", "a single gunshot wound", "a string of burglaries", "Dozens of students", "im
  sechsstelligen Bereich" (eighty-first: "im fünfstelligen Bereich"), "Gossau SG" (a canton
  suffix, seventy-seventh), "A 10" and "A38" (road identifiers), "101" and "0800 555 111"
  (eighty-first), "second-degree" (thirty-ninth).
- Ordinals and fractions: "der dritte schweigt bisher" 3 (hundred-second: "der dritte wurde
  freigesprochen"), "Ein dritter Beteiligter" 3, "a fifth suspect" 5 (hundred-second: "A
  second defendant"), "die neunte Automatensprengung" 9 ("bereits" no hedge), "der dritte
  Kokainfund ... binnen eines Monats" 3 ("binnen eines Monats" none, hundred-forty-eighth),
  "the second major trial", "the state's second escape" 2, "the city's 84th homicide of the
  year" 84 (eighty-first: "the 11th fatal crash"), "the agency's fourth into ... in two
  years" 4 and 2 years (hundred-second: "the justices' third narrowing ... in five years").
  New: "he holds a second passport" is ordinal 2 - "second" counts the passport in order as
  "A second defendant" does, whatever "another" it implies. Fractions: "Jedes dritte Opfer"
  0.3333 (hundred-second: "Fast jeder dritte"), "Knapp ein Fünftel der Taten" 0.2 "nearly",
  "Almost one in four" 0.25 "nearly", "Around one in five" 0.2 "about" (eighty-first:
  "Almost one in five"), the two-thirds above. New: "etwa ein Viertel mehr als von Januar
  bis Oktober des Vorjahres" is fraction 0.25 "about" - a share written as a rise stays a
  fraction, the "mehr" after it comparing (hundred-first).
- Percentages: "um 11 Prozent auf 1.284", "Rund 46 Prozent der Tatverdächtigen" "about",
  "fell 9%", "about 80% of the victims" "about", "cut ... pay by 30%" ("by" no hedge).
- Money in the currency written (every batch): EUR ("rund 410.000 Euro", "23.500 Euro",
  "rund 286.000 Euro" - "insgesamt" no hedge -, "knapp 3,2 Millionen Euro" "nearly", "62.000
  Euro Bargeld", "rund 1.800 Euro", "fast 19 Millionen Euro" "nearly", "365.000 Euro", "rund
  1,3 Millionen Euro", "etwa 90.000 Euro" - "nur" no hedge -, "some 2.4 million euros"
  "about"), CHF ("insgesamt 4,7 Millionen Franken"), USD ("more than $140 million" "over",
  "$2 billion", "under $90 million" "under"), AUD ("an estimated street value of A$135
  million" "about", eighty-first: "worth an estimated $90,000"), GBP ("a total of 18.6
  million pounds" with no hedge), JPY ("about 1.4 billion yen"). New: "worth a combined
  £860,000" carries no hedge - "combined" sums the figure as "zusammen" and "insgesamt" do
  (hundred-second), it does not bound it.
- Years and dates: "zwischen März und Juli 2024", "seit Herbst 2023", "im April 2024",
  "2023", "im Sommer 2023", "im Februar 2023", "im Oktober 2024", "von 2019 bis 2023" both,
  "in June 2024", "in 2023", "between 2021 and 2024" both, "the 2022 shooting", "in May
  2023", "since 2022"; "seit dem 1. Oktober" --10-01 ("seit" no hedge), "in der Nacht auf den
  3. Januar" --01-03, "on the evening of March 14" --03-14, "for March 4", "on December 17",
  "on January 28", "on June 3", "on December 2", "on Dec. 3", "on November 8", "on Nov. 11"
  (hundred-second: "Jan. 22") dates without a year; Reuters and AFP English datelines with a
  day ("NEW YORK, Nov 19 (Reuters)", "PARIS, Nov 19 (AFP)", "SYDNEY, Nov 19 (Reuters)",
  "LONDON, Nov 19 (Reuters)", "TOKYO, Nov 19 (Reuters)") --11-19 (hundred-second,
  hundred-forty-eighth); APA, dpa with its slugs ("dpa/bb", "dpa/lby", "dpa/lno";
  eighty-first: "dpa/sn"), Keystone-SDA, Reuters German ("Karlsruhe (Reuters) -"), AFP German
  ("Paris (AFP) -"), AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "some", "roughly", "Around",
  "an estimated" "about"; "knapp", "Knapp", "fast", "Almost" "nearly"; "mehr als", "älter
  als", "more than", "just over" "over"; "jünger als", "unter", "under" "under"; "bis zu",
  "up to" "up_to"; "mindestens", "at least" "at_least". No hedge: "insgesamt", "Insgesamt",
  "davon", "sogar", "bereits", "erst", "nur", "bisher", "zum Tatzeitpunkt", "seit", "a total
  of", "combined", "between", "by", "to" in a range, "maximum" (seventy-sixth), "gegen",
  "about" and "shortly" before a clock time.
- Speakers, checked only in forms the earlier batches settled: "teilte die
  Landespolizeidirektion Wien am Mittwoch mit", "teilte die Landespolizeidirektion Tirol
  mit", "teilte die Bundespolizei am Mittwoch mit", "teilte die Polizeidirektion West mit",
  "teilte die Polizei mit", "teilte das Gericht am Mittwoch mit", "teilte das
  Landeskriminalamt mit", "teilte das Hauptzollamt Frankfurt am Main mit" (the place part of
  the name, hundred-forty-eighth), "wie die Kantonspolizei St. Gallen mitteilte" and "wie das
  Innenministerium auf eine parlamentarische Anfrage mitteilte" the source with its article
  in the nominative, the weekday dropped (eighty-first, hundred-second); "nach Angaben der
  Polizei" -> "die Polizei" and "nach Angaben des Gerichts" -> "das Gericht" (seventieth,
  hundred-second); "Laut Kantonspolizei Zürich" -> "Kantonspolizei Zürich" (thirtieth: "laut
  Polizei" -> "Polizei"); "sagte ein Polizeisprecher" -> "ein Polizeisprecher" and, in the
  same form, "teilte ein Gerichtssprecher mit" -> "ein Gerichtssprecher" (fifty-eighth);
  "sagte Oberstaatsanwältin Katrin Wolfsgruber", "sagte LKA-Sprecherin Julia Brandl" and
  "sagte Gerichtspräsident Urs Bärtschi" the name with the title dropped (hundred-second,
  hundred-forty-eighth); "sagte Karrer" the surname as written ("so Freienstein",
  hundred-second). English: "the Metropolitan Police said", "the Columbus Division of Police
  said", "the Harris County Sheriff's Office said", "the Phoenix Police Department said",
  "The Australian Federal Police said" -> "the Australian Federal Police", "the court said"
  (twice), "the SFO said" with the article in lower case (eighty-first, hundred-second); "the
  Orange County Sheriff's Office said Wednesday" with the weekday dropped (fortieth);
  "according to the bankruptcy trustee", "according to the Louisiana State Police" and
  "according to the prosecution" with their article (ninety-eighth, hundred-second); "police
  said" -> "police"; "Greater Manchester Police said", "Police Scotland said ..." and
  "Merseyside Police said ..." as written (eighty-first); "Detective Inspector Lauren
  Fitzsimmons said", "Defense lawyer Sandra Whitcombe said" and "Sheriff Darnell Whitaker
  said" the name with the rank or role dropped (hundred-second: "Defense lawyer Rebecca Thorne
  said", eighty-first: "Fire Chief Anthony Russo said"); "Whitaker said" as written. Left
  unchecked (None): "laut Anklage" and "nach LKA-Angaben" (hundred-second,
  hundred-forty-eighth: "nach EU-Angaben"), "beziffern die Ermittler" and "Investigators
  estimated" (estimating verbs, hundred-tenth), "prosecutors said", "Prosecutors said",
  "the court heard", "Bristol Crown Court heard", "the court was told" (hundred-second),
  "authorities said" (forty-first), "the figures showed" and "according to Ministry of
  Justice figures" (documents), "Ibbotson's daughter told the court", "A lawyer for one of
  the men said" (descriptions), "Innenminister Gerhard Reisinger kündigte an" (hundred-
  thirty-first: "hatte ... angekündigt"), "Pruitt testified" and "Zwei Geschädigte sagten
  ... aus" (testimony, not checked here). New: "His attorney, Mike Cardenas, said" is left
  unchecked - a name in apposition between commas after the role is a form no earlier batch
  settled, and this batch does not settle it either. All negatives have speaker None, also
  those with a named speaker.
- Negatives (fifty-fifth, eighty-first, hundred-second, hundred-forty-eighth): appeals for
  witnesses and service lines ("Die Polizei sucht Zeugen, ...", "Hinweise nimmt jede
  Polizeidienststelle entgegen, ...", "Opfer, die sich noch nicht gemeldet haben, werden
  ersucht, ...", "Wer am Tattag ... bemerkt hat, soll sich beim Landeskriminalamt melden.",
  "Anyone with information is asked to call Crime Stoppers anonymously.", "Anyone with
  information can contact police on 101 or Crimestoppers ..."); condolences («Unsere
  Gedanken sind bei der Verletzten und ihrer Familie», ""Our thoughts remain with
  Margaret's family, ..."" - Avon and Somerset Police the speaker of a negative, unchecked);
  scene colour ("Reisende berichteten von panischen Szenen, ...", relatives in T-shirts with
  the victim's photo, a candlelight vigil, flowers and football shirts at the spot;
  hundred-second, hundred-forty-eighth); lawyers' rhetoric and protestations („Mein Mandant
  hat diese Frau geliebt, er ist kein Mörder“ - hundred-second: „Mein Mandant ist ein Opfer
  dieser Bande, nicht ihr Mitglied“ -, "Defense attorney Brent Kohler told jurors his client
  was "a frightened man ..."", "We are disappointed with the verdict ...", the family lawyer's
  label „ein Signal an alle, ...“, «Ich wollte niemanden betrügen, die Märkte haben sich
  einfach gegen mich gewendet»); judges' and prosecutors' rhetoric ("Der vorsitzende Richter
  sprach von einer „besonders niederträchtigen Masche“.", «Sie haben das Leben von Passanten
  behandelt, als wäre es ein Videospiel», „Ein solches Maß an krimineller Energie ...“, "not
  a flicker of remorse", ""He lied to investors again and again ..."", "thuggish, cowardly
  and utterly disgraceful", ""The metro is not a hunting ground,"", ""No badge puts anyone
  above the law,""); police officers' verdicts and pleas („Das war akribische Kleinarbeit
  ...“, „Mit diesem Schlag ...“, ""This was a senseless act of violence over nothing,"",
  ""Somebody out there knows ..."", ""Heads will roll if ..."" - a conditional threat,
  hundred-twenty-fourth); quotes of grief, shame and fear (the accused's „Mir tut das alles
  unendlich leid, ...“, ""I still jump every time ..."", ""We are heartbroken, ..."", ""Mum
  was the most alive person I knew, ..."", ""My brother went to pay for parking ..."", ""I
  betrayed the trust ..."", "Die Familie des Opfers zeigte sich nach dem Urteil erleichtert.");
  a generic claim („Viele Jugendliche trauen sich aus Scham nicht zur Polizei“;
  hundred-second: „Viele Opfer schämen sich ...“); advice and warnings („Legen Sie einfach
  auf, ...“, rät ..., "Die Zollfahndung warnt davor, ...", "Police advised residents ...");
  a hope ("Die Polizei hofft, ..."); open questions ("Wo der Großteil des Geldes geblieben
  ist, blieb auch nach dem Prozess offen.", "Ob mehr Verbotszonen tatsächlich weniger Gewalt
  bedeuten, ist unter Kriminologen umstritten.", "It remains unclear how ..."); labels and
  group verdicts ("Die FPÖ sprach von einem „Sicherheitsnotstand“ ...", "The Law Society
  called the figures "a national disgrace" and urged ministers ...", "Consumer groups said
  ... far too weak.", "Victims' groups fear ..."); a vox pop („Ich gehe abends nicht mehr
  allein über den Praterstern“, sagte eine Pensionistin.; a kiosk owner's „So etwas habe ich
  hier in 20 Jahren noch nicht erlebt“ with its 20 years labelled) and "Es gilt die
  Unschuldsvermutung." (fifty-fifth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_152 = [
    # --- Einbrecherbande in Wien ausgeforscht (APA) ---
    (
        "de",
        "Wien (APA) - Ermittler der Wiener Polizei haben eine Bande ausgeforscht, der mindestens 37 Wohnungseinbrüche in Favoriten und Simmering zur Last gelegt werden.",
        True,
        [("count", 37, None, "at_least")],
        None,
    ),
    (
        "de",
        "Drei Männer im Alter von 24, 29 und 33 Jahren wurden am Dienstagabend in einer Wohnung in der Quellenstraße gefasst, teilte die Landespolizeidirektion Wien am Mittwoch mit.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 24, "year", None),
            ("duration", 29, "year", None),
            ("duration", 33, "year", None),
        ],
        "die Landespolizeidirektion Wien",
    ),
    (
        "de",
        "Den Gesamtschaden beziffern die Ermittler mit rund 410.000 Euro.",
        True,
        [("money", 410000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Bande soll jeweils am frühen Nachmittag zugeschlagen haben, in manche Wohnungen sogar zweimal.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei Hausdurchsuchungen stellten die Beamten Schmuck, 14 Armbanduhren und Bargeld in Höhe von 23.500 Euro sicher.",
        True,
        [("count", 14, None, None), ("money", 23500, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das war akribische Kleinarbeit über viele Monate hinweg“, sagte ein Sprecher der Polizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwei der Verdächtigen sind geständig, der dritte schweigt bisher.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Alle drei wurden in die Justizanstalt Josefstadt eingeliefert.", True, [("count", 3, None, None)], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Enkeltrick-Prozess in Linz (APA) ---
    (
        "de",
        "Linz (APA) - Wegen schweren gewerbsmäßigen Betrugs ist ein 41-jähriger Pole am Mittwoch am Landesgericht Linz zu fünf Jahren unbedingter Haft verurteilt worden.",
        True,
        [("duration", 41, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Er hatte laut Anklage als sogenannter Keiler zwischen März und Juli 2024 in 19 Fällen ältere Menschen angerufen und sich als Polizist ausgegeben.",
        True,
        [("year", 2024, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Opfer, fast alle älter als 80 Jahre, übergaben den Abholern insgesamt rund 286.000 Euro in bar und in Goldmünzen.",
        True,
        [("duration", 80, "year", "over"), ("money", 286000, "EUR", "about")],
        None,
    ),
    ("de", "Die älteste Geschädigte war zum Tatzeitpunkt 94 Jahre alt.", True, [("duration", 94, "year", None)], None),
    (
        "de",
        "Die Opfer seien gezielt nach altmodisch klingenden Vornamen im Telefonbuch ausgesucht worden, sagte Oberstaatsanwältin Katrin Wolfsgruber.",
        True,
        [],
        "Katrin Wolfsgruber",
    ),
    ("de", "Der Angeklagte legte vor dem Schöffensenat ein umfassendes Geständnis ab.", True, [], None),
    (
        "de",
        "„Mir tut das alles unendlich leid, ich schäme mich vor meiner eigenen Großmutter“, sagte der Angeklagte in seinem Schlusswort.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Anklage hatte sechs Jahre gefordert, Verteidiger Harald Ebenhofer plädierte auf eine Strafe unter vier Jahren.",
        True,
        [("duration", 6, "year", None), ("duration", 4, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Schöffensenat ordnete zudem die Abschöpfung von 286.000 Euro an.",
        True,
        [("money", 286000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Urteil ist nicht rechtskräftig, die Verteidigung erbat drei Tage Bedenkzeit.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("de", "Der vorsitzende Richter sprach von einer „besonders niederträchtigen Masche“.", False, [], None),
    ("de", "Wo der Großteil des Geldes geblieben ist, blieb auch nach dem Prozess offen.", False, [], None),
    # --- Messerangriff im Hauptbahnhof Hannover (dpa) ---
    (
        "de",
        "Hannover (dpa) - Bei einem Messerangriff im Hauptbahnhof Hannover ist am Dienstagabend ein 27 Jahre alter Mann schwer verletzt worden.",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "de",
        "Ein 31-jähriger Tatverdächtiger wurde kurz nach der Tat gegen 21.40 Uhr auf einem Bahnsteig festgenommen, teilte die Bundespolizei am Mittwoch mit.",
        True,
        [("duration", 31, "year", None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Das Opfer erlitt nach Angaben der Polizei zwei Stichverletzungen am Oberkörper und wurde in der Nacht notoperiert.",
        True,
        [("count", 2, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die beiden Männer sollen sich zuvor in einem Regionalzug aus Celle lautstark gestritten haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Ermittlungsrichter erließ am Mittwochnachmittag Haftbefehl wegen versuchten Totschlags.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Reisende berichteten von panischen Szenen, einige hätten sich hinter den Tresen eines Cafés geflüchtet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„So etwas habe ich hier in 20 Jahren noch nicht erlebt“, sagte ein Kioskbetreiber in der Bahnhofshalle.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Die Polizei sucht Zeugen, die den Streit im Zug oder die Tat auf dem Bahnsteig beobachtet haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Hauptbahnhof gilt seit dem 1. Oktober an Wochenenden ein Waffenverbot, das die Bundespolizei in den vergangenen sieben Wochen mehr als 1.100 Mal kontrolliert hat.",
        True,
        [("date", "--10-01", None, None), ("duration", 7, "week", None), ("count", 1100, None, "over")],
        None,
    ),
    # --- Raser-Urteil in Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Einen 23-jährigen Raser hat das Bezirksgericht Zürich zu einer Freiheitsstrafe von 30 Monaten verurteilt, zwölf Monate davon unbedingt.",
        True,
        [("duration", 23, "year", None), ("duration", 30, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Lenker war im April 2024 auf der Hardbrücke mit 131 km/h gemessen worden, erlaubt sind dort 50 km/h.",
        True,
        [("year", 2024, None, None), ("count", 131, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Zudem muss er eine bedingte Geldstrafe von 90 Tagessätzen à 70 Franken bezahlen, bei einer Probezeit von drei Jahren.",
        True,
        [("count", 90, None, None), ("money", 70, "CHF", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Den Führerausweis ist der junge Mann für mindestens zwei Jahre los.",
        True,
        [("duration", 2, "year", "at_least")],
        None,
    ),
    (
        "de",
        "«Sie haben das Leben von Passanten behandelt, als wäre es ein Videospiel», sagte die Gerichtspräsidentin bei der Urteilseröffnung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verteidiger hatte eine bedingte Strafe verlangt und will einen Weiterzug ans Obergericht prüfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut Kantonspolizei Zürich wurden im laufenden Jahr bisher 47 Raserdelikte im Kanton registriert, nach 39 im ganzen Vorjahr.",
        True,
        [("count", 47, None, None), ("count", 39, None, None)],
        "Kantonspolizei Zürich",
    ),
    # --- Mordprozess in Köln (dpa) ---
    (
        "de",
        "Köln (dpa) - Knapp elf Monate nach dem gewaltsamen Tod einer 58-jährigen Frau in Köln-Chorweiler hat am Mittwoch der Prozess gegen ihren früheren Lebensgefährten begonnen.",
        True,
        [("duration", 11, "month", "nearly"), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft wirft dem 62-Jährigen Mord aus Heimtücke vor, teilte ein Gerichtssprecher mit.",
        True,
        [("duration", 62, "year", None)],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "Er soll die Frau in der Nacht auf den 3. Januar in ihrer Wohnung mit einem Kissen erstickt haben.",
        True,
        [("date", "--01-03", None, None)],
        None,
    ),
    (
        "de",
        "In einer Erklärung seines Anwalts hieß es, der Angeklagte bestreite, die Frau getötet zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Mein Mandant hat diese Frau geliebt, er ist kein Mörder“, sagte Verteidiger Jochen Raabe vor Journalisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Schwurgericht hat zunächst 14 Verhandlungstage angesetzt, ein Urteil könnte Mitte Februar fallen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Geladen sind 32 Zeugen und drei Sachverständige.",
        True,
        [("count", 32, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Am zweiten Verhandlungstag am kommenden Montag soll die Tochter der Getöteten aussagen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Zuschauerraum saßen Angehörige der Getöteten, einige von ihnen trugen T-Shirts mit ihrem Foto.",
        False,
        [],
        None,
    ),
    # --- Suchtgiftring in Tirol zerschlagen (APA) ---
    (
        "de",
        "Innsbruck (APA) - Die Tiroler Polizei hat einen Suchtgiftring zerschlagen, der seit Herbst 2023 rund 40 Kilogramm Kokain und 180 Kilogramm Cannabis verkauft haben soll.",
        True,
        [("year", 2023, None, None), ("count", 40, None, "about"), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Bei einer Razzia an 16 Adressen in Innsbruck, Hall und Schwaz wurden am Dienstag elf Verdächtige im Alter von 19 bis 52 Jahren festgenommen, teilte die Landespolizeidirektion Tirol mit.",
        True,
        [
            ("count", 16, None, None),
            ("count", 11, None, None),
            ("duration", 19, "year", None),
            ("duration", 52, "year", None),
        ],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Der Straßenverkaufswert der Drogen wird auf knapp 3,2 Millionen Euro geschätzt.",
        True,
        [("money", 3200000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Beschlagnahmt wurden außerdem sieben Schusswaffen, 62.000 Euro Bargeld und vier hochwertige Autos.",
        True,
        [("count", 7, None, None), ("money", 62000, "EUR", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Mit diesem Schlag haben wir den Markt im Großraum Innsbruck empfindlich getroffen“, sagte Landespolizeidirektor Helmut Karrer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ermittlungen hätten nach einem Hinweis aus Deutschland im Jänner begonnen und fast zehn Monate gedauert, sagte Karrer.",
        True,
        [("duration", 10, "month", "nearly")],
        "Karrer",
    ),
    (
        "de",
        "Acht der Festgenommenen befinden sich in Untersuchungshaft, drei wurden auf freiem Fuß angezeigt.",
        True,
        [("count", 8, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei hofft, über die sichergestellten Handys auch an die Lieferanten in den Niederlanden heranzukommen.",
        False,
        [],
        None,
    ),
    # --- Geldautomat in Werder gesprengt (dpa) ---
    (
        "de",
        "Potsdam (dpa/bb) - Unbekannte haben in der Nacht zu Mittwoch in Werder (Havel) einen Geldautomaten gesprengt und sind mit Beute in noch unbekannter Höhe geflohen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Anwohner hörten gegen 3.15 Uhr zwei laute Explosionen, teilte die Polizeidirektion West mit.",
        True,
        [("count", 2, None, None)],
        "die Polizeidirektion West",
    ),
    (
        "de",
        "Die Täter flüchteten nach Zeugenaussagen in einem dunklen Audi in Richtung der Autobahn A 10.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Durch die Wucht der Detonation flogen Glassplitter etwa 20 Meter weit, der Sachschaden liegt im sechsstelligen Bereich.",
        True,
        [("count", 20, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits die neunte Automatensprengung in Brandenburg in diesem Jahr.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Im gesamten Vorjahr hatte das Landeskriminalamt 14 solcher Taten gezählt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Hinweise nimmt jede Polizeidienststelle entgegen, auch über die Internetwache.", False, [], None),
    # --- Alkolenker fährt Fussgängerin an (Keystone-SDA) ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Ein alkoholisierter Autofahrer hat in der Nacht auf Mittwoch in Gossau SG eine Fussgängerin angefahren und schwer verletzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 67-jährige Frau wurde mit dem Rettungshelikopter ins Kantonsspital geflogen, wie die Kantonspolizei St. Gallen mitteilte.",
        True,
        [("duration", 67, "year", None)],
        "die Kantonspolizei St. Gallen",
    ),
    (
        "de",
        "Eine Atemalkoholprobe beim 45-jährigen Lenker ergab einen Wert von 0,91 Milligramm pro Liter.",
        True,
        [("duration", 45, "year", None), ("count", 0.91, None, None)],
        None,
    ),
    (
        "de",
        "Auf Anordnung der Staatsanwaltschaft wurden Blut und Urin untersucht, seinen Führerausweis musste der Mann noch vor Ort abgeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er fuhr erst seit acht Monaten wieder Auto, nachdem ihm der Ausweis 2023 bereits entzogen worden war.",
        True,
        [("duration", 8, "month", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "«Unsere Gedanken sind bei der Verletzten und ihrer Familie», sagte der Gemeindepräsident von Gossau.",
        False,
        [],
        None,
    ),
    # --- BGH bestätigt lebenslange Haft (Reuters) ---
    (
        "de",
        "Karlsruhe (Reuters) - Der Bundesgerichtshof hat die lebenslange Haftstrafe gegen einen 36-jährigen Mann bestätigt, der im Sommer 2023 in Duisburg zwei Menschen erschossen hatte.",
        True,
        [("duration", 36, "year", None), ("year", 2023, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Revision des Angeklagten sei unbegründet, teilte das Gericht am Mittwoch mit.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Der Täter hatte nach einem Streit um Drogengeld auf seine beiden Opfer im Alter von 24 und 27 Jahren geschossen.",
        True,
        [("duration", 24, "year", None), ("duration", 27, "year", None)],
        None,
    ),
    (
        "de",
        "Das Landgericht Duisburg hatte zudem die besondere Schwere der Schuld festgestellt, was eine Entlassung nach 15 Jahren praktisch ausschließt.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    ("de", "Das Urteil ist damit rechtskräftig.", True, [], None),
    # --- Raubserie unter Jugendlichen in Graz (APA) ---
    (
        "de",
        "Graz (APA) - Vier Jugendliche sollen in Graz-Lend innerhalb von zwei Wochen sechs Raubüberfälle auf Gleichaltrige verübt haben.",
        True,
        [("count", 4, None, None), ("duration", 2, "week", None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Verdächtigen im Alter von 14 bis 17 Jahren wurden am Dienstag ausgeforscht, teilte die Polizei mit.",
        True,
        [("duration", 14, "year", None), ("duration", 17, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Sie sollen ihren Opfern Handys, Kopfhörer und Bargeld von insgesamt rund 1.800 Euro abgenommen und sie teils mit einem Messer bedroht haben.",
        True,
        [("money", 1800, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der jüngste Verdächtige ist 14 Jahre alt und damit gerade strafmündig.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Zwei der Burschen wurden in die Justizanstalt Graz-Jakomini gebracht, die beiden anderen auf freiem Fuß angezeigt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Opfer, die sich noch nicht gemeldet haben, werden ersucht, sich bei der Polizeiinspektion Lendplatz zu melden.",
        False,
        [],
        None,
    ),
    ("de", "„Viele Jugendliche trauen sich aus Scham nicht zur Polizei“, sagte eine Sprecherin.", False, [], None),
    # --- Schockanrufe in Bayern (dpa) ---
    (
        "de",
        "München (dpa/lby) - Betrüger haben in Bayern in den ersten zehn Monaten dieses Jahres mit Schockanrufen und falschen Polizisten fast 19 Millionen Euro erbeutet.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "month", None), ("money", 19000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Das sei etwa ein Viertel mehr als von Januar bis Oktober des Vorjahres, teilte das Landeskriminalamt mit.",
        True,
        [("fraction", 0.25, None, "about")],
        "das Landeskriminalamt",
    ),
    (
        "de",
        "Insgesamt registrierten die Ermittler 7.420 solcher Anrufe, in 312 Fällen waren die Täter erfolgreich.",
        True,
        [("count", 7420, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Jedes dritte Opfer war nach LKA-Angaben älter als 85 Jahre.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 85, "year", "over")],
        None,
    ),
    (
        "de",
        "Der höchste Einzelschaden betrug 365.000 Euro, eine Rentnerin aus Rosenheim hatte Goldbarren an einen Abholer übergeben.",
        True,
        [("money", 365000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Den Ermittlern gelang es in diesem Jahr, 41 sogenannte Abholer festzunehmen, sagte LKA-Sprecherin Julia Brandl.",
        True,
        [("count", 41, None, None)],
        "Julia Brandl",
    ),
    (
        "de",
        "Das LKA stellte zudem einen Zehn-Punkte-Plan vor, der unter anderem Schulungen für Bankangestellte vorsieht.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "„Legen Sie einfach auf, die echte Polizei fragt am Telefon nie nach Geld“, rät LKA-Präsident Friedrich Wallner.",
        False,
        [],
        None,
    ),
    # --- Urteil nach Messerattacke auf Kellner (AFP) ---
    (
        "de",
        "Paris (AFP) - Ein Pariser Schwurgericht hat einen 29-jährigen Mann wegen der tödlichen Messerattacke auf einen Kellner im Februar 2023 zu 22 Jahren Haft verurteilt.",
        True,
        [("duration", 29, "year", None), ("year", 2023, None, None), ("duration", 22, "year", None)],
        None,
    ),
    ("de", "Die Staatsanwaltschaft hatte 25 Jahre gefordert.", True, [("duration", 25, "year", None)], None),
    (
        "de",
        "Der Angeklagte hatte während des achttägigen Prozesses erklärt, der Kellner habe ihn zuerst mit einer Flasche angegriffen.",
        True,
        [("duration", 8, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Verbüßung von mindestens zwei Dritteln der Strafe kann der Verurteilte eine vorzeitige Entlassung beantragen.",
        True,
        [("fraction", 0.6667, None, "at_least")],
        None,
    ),
    ("de", "Die Familie des Opfers zeigte sich nach dem Urteil erleichtert.", False, [], None),
    (
        "de",
        "Ihr Anwalt nannte den Schuldspruch „ein Signal an alle, die nachts in diesem Land arbeiten“.",
        False,
        [],
        None,
    ),
    # --- Verkehrskontrollen in St. Georg (dpa) ---
    (
        "de",
        "Hamburg (dpa/lno) - Die Hamburger Polizei hat in der Nacht zum Mittwoch bei Verkehrskontrollen in St. Georg 23 Fahrer mit Drogen oder Alkohol am Steuer erwischt.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Bei der sechsstündigen Kontrolle wurden insgesamt 412 Fahrzeuge überprüft, sagte ein Polizeisprecher.",
        True,
        [("duration", 6, "hour", None), ("count", 412, None, None)],
        "ein Polizeisprecher",
    ),
    (
        "de",
        "Ein 19-Jähriger, der sich der Kontrolle entziehen wollte, raste mit bis zu 110 km/h durch eine Tempo-30-Zone.",
        True,
        [("duration", 19, "year", None), ("count", 110, None, "up_to"), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Ihn erwarten nun ein Fahrverbot von drei Monaten, zwei Punkte in Flensburg und ein Bußgeld von mindestens 480 Euro.",
        True,
        [("duration", 3, "month", None), ("count", 2, None, None), ("money", 480, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Gegen drei Fahrer wurden Strafverfahren eingeleitet, weil sie ohne Führerschein unterwegs waren.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Juwelenraub am Kurfürstendamm (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Landgericht Berlin hat zwei Brüder wegen eines Einbruchs in ein Juweliergeschäft am Kurfürstendamm zu vier Jahren und drei Monaten beziehungsweise drei Jahren und acht Monaten Haft verurteilt.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 4, "year", None),
            ("duration", 3, "month", None),
            ("duration", 3, "year", None),
            ("duration", 8, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 26 und 30 Jahren hatten im Oktober 2024 nach Angaben des Gerichts Schmuck und Uhren im Wert von rund 1,3 Millionen Euro erbeutet.",
        True,
        [
            ("duration", 26, "year", None),
            ("duration", 30, "year", None),
            ("year", 2024, None, None),
            ("money", 1300000, "EUR", "about"),
        ],
        "das Gericht",
    ),
    (
        "de",
        "Ein Großteil der Beute ist bis heute verschwunden, nur Stücke im Wert von etwa 90.000 Euro wurden gefunden.",
        True,
        [("money", 90000, "EUR", "about")],
        None,
    ),
    ("de", "Ein dritter Beteiligter ist weiterhin flüchtig.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "„Ein solches Maß an krimineller Energie erlebt auch diese Kammer nicht alle Tage“, sagte die Vorsitzende Richterin Bettina Kowalczyk.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidiger kündigten noch im Saal an, Revision einzulegen.", True, [], None),
    (
        "de",
        "Wer am Tattag verdächtige Motorroller in der Umgebung bemerkt hat, soll sich beim Landeskriminalamt melden.",
        False,
        [],
        None,
    ),
    # --- Anlagebetrug vor dem Basler Strafgericht (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Einen 38-jährigen Anlageberater hat das Basler Strafgericht wegen gewerbsmässigen Betrugs zu einer Freiheitsstrafe von vier Jahren verurteilt.",
        True,
        [("duration", 38, "year", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Er habe von 2019 bis 2023 rund 60 Kundinnen und Kunden um insgesamt 4,7 Millionen Franken gebracht, sagte Gerichtspräsident Urs Bärtschi.",
        True,
        [
            ("year", 2019, None, None),
            ("year", 2023, None, None),
            ("count", 60, None, "about"),
            ("money", 4700000, "CHF", None),
        ],
        "Urs Bärtschi",
    ),
    (
        "de",
        "Das Gericht verwies den Deutschen zudem für acht Jahre des Landes.",
        True,
        [("duration", 8, "year", None)],
        None,
    ),
    ("de", "Die Staatsanwaltschaft hatte fünfeinhalb Jahre beantragt.", True, [("duration", 5.5, "year", None)], None),
    (
        "de",
        "Zwei Geschädigte sagten vor Gericht aus, sie hätten ihr gesamtes Erspartes verloren.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Ich wollte niemanden betrügen, die Märkte haben sich einfach gegen mich gewendet», sagte der Beschuldigte.",
        False,
        [],
        None,
    ),
    # --- Kokain am Frankfurter Flughafen (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Zollbeamte haben am Frankfurter Flughafen bei einem 34-jährigen Reisenden aus Bogotá knapp sechs Kilogramm Kokain im Koffer gefunden.",
        True,
        [("duration", 34, "year", None), ("count", 6, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Mann sitzt in Untersuchungshaft, teilte das Hauptzollamt Frankfurt am Main mit.",
        True,
        [],
        "das Hauptzollamt Frankfurt am Main",
    ),
    (
        "de",
        "Es war bereits der dritte Kokainfund dieser Größenordnung am Flughafen binnen eines Monats.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Dem Mann droht eine Freiheitsstrafe von bis zu 15 Jahren.",
        True,
        [("duration", 15, "year", "up_to")],
        None,
    ),
    ("de", "Die Zollfahndung warnt davor, sich in sozialen Netzwerken als Kurier anwerben zu lassen.", False, [], None),
    # --- Messerangriffe in Wien (APA) ---
    (
        "de",
        "Wien (APA) - Die Zahl der angezeigten Messerangriffe in Wien ist bis Ende Oktober um 11 Prozent auf 1.284 gestiegen, wie das Innenministerium auf eine parlamentarische Anfrage mitteilte.",
        True,
        [("percent", 11, "%", None), ("count", 1284, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Rund 46 Prozent der Tatverdächtigen waren jünger als 25 Jahre.",
        True,
        [("percent", 46, "%", "about"), ("duration", 25, "year", "under")],
        None,
    ),
    (
        "de",
        "Knapp ein Fünftel der Taten wurde im Umfeld der großen Bahnhöfe verübt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Sicherheitsnotstand“ in der Bundeshauptstadt.", False, [], None),
    (
        "de",
        "Innenminister Gerhard Reisinger kündigte an, die Zahl der Waffenverbotszonen in Wien von drei auf fünf zu erhöhen.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Ob mehr Verbotszonen tatsächlich weniger Gewalt bedeuten, ist unter Kriminologen umstritten.",
        False,
        [],
        None,
    ),
    ("de", "„Ich gehe abends nicht mehr allein über den Praterstern“, sagte eine Pensionistin.", False, [], None),
    # --- Delivery rider stabbing in Lewisham (PA) ---
    (
        "en",
        "LONDON (PA) - A 24-year-old man who stabbed a delivery rider outside a fried chicken shop in Lewisham has been jailed for 11 years.",
        True,
        [("duration", 24, "year", None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "Marcus Delaney, of Catford, was found guilty of wounding with intent after a six-day trial at Woolwich Crown Court in October.",
        True,
        [("duration", 6, "day", None)],
        None,
    ),
    (
        "en",
        "The court heard he attacked Kofi Mensah, 31, with a 20cm kitchen knife after a row over a parking space on the evening of March 14.",
        True,
        [("duration", 31, "year", None), ("count", 20, None, None), ("date", "--03-14", None, None)],
        None,
    ),
    (
        "en",
        "Mensah suffered three stab wounds and spent nine days in hospital, prosecutors said.",
        True,
        [("count", 3, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Delaney will serve at least two-thirds of his sentence before he can be considered for release.",
        True,
        [("fraction", 0.6667, None, "at_least")],
        None,
    ),
    ("en", 'Judge Philippa Crane told Delaney he had shown "not a flicker of remorse".', False, [], None),
    (
        "en",
        '"This was a senseless act of violence over nothing," Detective Constable Aisha Rahman said after the hearing.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I still jump every time a car door slams behind me," Mensah wrote in a victim statement read out in court.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Metropolitan Police said knife crime offences in Lewisham fell 9% in the 12 months to September.",
        True,
        [("percent", 9, "%", None), ("duration", 12, "month", None)],
        "the Metropolitan Police",
    ),
    # --- Payments startup founder convicted (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 19 (Reuters) - A federal jury in Manhattan on Wednesday convicted the founder of a defunct payments startup of defrauding investors out of more than $140 million.",
        True,
        [("date", "--11-19", None, None), ("money", 140000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about seven hours before finding Daniel Okonjo-Reyes, 43, guilty on all four counts, including securities fraud and wire fraud.",
        True,
        [("duration", 7, "hour", "about"), ("duration", 43, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Each of the two most serious counts carries up to 20 years behind bars.",
        True,
        [("count", 2, None, None), ("duration", 20, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Okonjo-Reyes did not testify in his own defense during the three-week trial.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Renata Holloway set sentencing for March 4.",
        True,
        [("date", "--03-04", None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors said Okonjo-Reyes told investors his company, Vantrell Pay, processed $2 billion a year in transactions when the real figure was under $90 million.",
        True,
        [("money", 2000000000, "USD", None), ("money", 90000000, "USD", "under")],
        None,
    ),
    (
        "en",
        '"He lied to investors again and again because the lies kept the money coming," Assistant U.S. Attorney Colin Fairweather told jurors in closing arguments.',
        False,
        [],
        None,
    ),
    ("en", "Defense lawyer Sandra Whitcombe said her client would appeal.", True, [], "Sandra Whitcombe"),
    (
        "en",
        '"We are disappointed with the verdict and believe the jury was misled about what my client knew," Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okonjo-Reyes, who had been free on a $5 million bond since his arrest in June 2024, was ordered detained pending sentencing.",
        True,
        [("money", 5000000, "USD", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Vantrell Pay filed for bankruptcy in 2023, leaving about 3,100 investors with losses, according to the bankruptcy trustee.",
        True,
        [("year", 2023, None, None), ("count", 3100, None, "about")],
        "the bankruptcy trustee",
    ),
    # --- Teen charged in shooting outside basketball game (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — A 17-year-old boy was charged Wednesday with murder in the shooting death of a 16-year-old outside a high school basketball game, police said.",
        True,
        [("duration", 17, "year", None), ("duration", 16, "year", None)],
        "police",
    ),
    (
        "en",
        "The victim was shot twice in the parking lot shortly after 9 p.m. on Saturday and died at a hospital early Sunday, the Columbus Division of Police said.",
        True,
        [("count", 2, None, None)],
        "the Columbus Division of Police",
    ),
    (
        "en",
        "Investigators recovered nine shell casings from the scene and a handgun from a car stopped about 2 miles away.",
        True,
        [("count", 9, None, None), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "The suspect, whose name was not released because of his age, is being held at a juvenile detention center.",
        True,
        [],
        None,
    ),
    ("en", "Prosecutors said they would ask for the case to be moved to adult court.", True, [], None),
    (
        "en",
        "It was the city's 84th homicide of the year, compared with 97 at the same point last year.",
        True,
        [("ordinal", 84, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        '"We are heartbroken, and we will never understand why this happened," the school\'s principal wrote in a letter to parents.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dozens of students gathered Monday evening for a candlelight vigil, releasing blue balloons into the sky.",
        False,
        [],
        None,
    ),
    ("en", "Anyone with information is asked to call Crime Stoppers anonymously.", False, [], None),
    # --- Car key burglary gang charged (PA) ---
    (
        "en",
        "MANCHESTER, England (PA) - Four men have been charged after a string of burglaries in which thieves stole the keys to high-value cars from homes in south Manchester.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The men, aged 19, 22, 25 and 31, were arrested in dawn raids on Tuesday at five addresses in Wythenshawe and Stockport, Greater Manchester Police said.",
        True,
        [
            ("duration", 19, "year", None),
            ("duration", 22, "year", None),
            ("duration", 25, "year", None),
            ("duration", 31, "year", None),
            ("count", 5, None, None),
        ],
        "Greater Manchester Police",
    ),
    (
        "en",
        "Officers recovered 13 vehicles worth a combined £860,000, including two Range Rovers and a Porsche.",
        True,
        [("count", 13, None, None), ("money", 860000, "GBP", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The burglaries took place over a period of 10 weeks between August and October.",
        True,
        [("duration", 10, "week", None)],
        None,
    ),
    (
        "en",
        "All four were remanded in custody to appear at Manchester Crown Court on December 17.",
        True,
        [("count", 4, None, None), ("date", "--12-17", None, None)],
        None,
    ),
    (
        "en",
        "Detective Inspector Lauren Fitzsimmons said 27 households had reported break-ins linked to the gang.",
        True,
        [("count", 27, None, None)],
        "Lauren Fitzsimmons",
    ),
    (
        "en",
        '"Having a stranger creep through your home while your children sleep is a terrifying experience," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"These arrests should send a clear message to anyone involved in this kind of crime," Fitzsimmons said.',
        False,
        [],
        None,
    ),
    ("en", "Police advised residents to keep car keys well away from front doors and windows.", False, [], None),
    # --- Metro pickpocket ring sentenced (AFP) ---
    (
        "en",
        "PARIS, Nov 19 (AFP) - A Paris court on Wednesday sentenced 12 members of a pickpocketing ring that targeted tourists on the metro to prison terms of between 18 months and six years.",
        True,
        [
            ("date", "--11-19", None, None),
            ("count", 12, None, None),
            ("duration", 18, "month", None),
            ("duration", 6, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The ring's alleged leader, a 47-year-old woman, received the longest sentence and a fine of 50,000 euros.",
        True,
        [("duration", 47, "year", None), ("money", 50000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Investigators estimated the gang stole at least 1,900 phones and wallets worth some 2.4 million euros between 2021 and 2024.",
        True,
        [
            ("count", 1900, None, "at_least"),
            ("money", 2400000, "EUR", "about"),
            ("year", 2021, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nine of the defendants were minors at the time of the thefts and were tried separately, the court said.",
        True,
        [("count", 9, None, None)],
        "the court",
    ),
    (
        "en",
        "Tourists made up about 80% of the victims, according to the prosecution.",
        True,
        [("percent", 80, "%", "about")],
        "the prosecution",
    ),
    (
        "en",
        "It was the second major trial of metro pickpockets in Paris this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"The metro is not a hunting ground," the presiding judge told the defendants.', False, [], None),
    # --- Security guard convicted of murder (AP) ---
    (
        "en",
        "HOUSTON (AP) — A Texas jury on Wednesday found a former security guard guilty of murder in the 2022 shooting of a man during an argument over a parking fee.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Jurors deliberated for just over three hours before convicting Wade Pruitt, 52, in the death of 38-year-old Luis Carranza.",
        True,
        [("duration", 3, "hour", "over"), ("duration", 52, "year", None), ("duration", 38, "year", None)],
        None,
    ),
    (
        "en",
        "Pruitt faces five years to life in prison; the sentencing phase begins Thursday.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Pruitt testified that he fired in self-defense after Carranza reached toward his waistband.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Investigators found no weapon on Carranza's body, the Harris County Sheriff's Office said.",
        True,
        [],
        "the Harris County Sheriff's Office",
    ),
    (
        "en",
        '"My brother went to pay for parking and never came home," Carranza\'s sister, Elena, said outside the courthouse.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Defense attorney Brent Kohler told jurors his client was "a frightened man who made a split-second choice."',
        False,
        [],
        None,
    ),
    # --- Cocaine in frozen fish, bail granted (Reuters) ---
    (
        "en",
        "SYDNEY, Nov 19 (Reuters) - An Australian court granted bail on Wednesday to a 33-year-old man accused of smuggling 450 kilograms of cocaine into Sydney hidden in a shipment of frozen fish.",
        True,
        [("date", "--11-19", None, None), ("duration", 33, "year", None), ("count", 450, None, None)],
        None,
    ),
    (
        "en",
        "Magistrate Karen Tolhurst set bail at A$750,000 and ordered him to report to police daily.",
        True,
        [("money", 750000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The Australian Federal Police said the drugs had an estimated street value of A$135 million.",
        True,
        [("money", 135000000, "AUD", "about")],
        "the Australian Federal Police",
    ),
    (
        "en",
        "Two other men arrested in the same operation in September remain in custody.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors had opposed bail, arguing he posed a flight risk because he holds a second passport.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Importing a commercial quantity of a border-controlled drug carries a maximum penalty of life imprisonment.",
        True,
        [],
        None,
    ),
    (
        "en",
        "He is due to appear again at Sydney's Central Local Court on January 28.",
        True,
        [("date", "--01-28", None, None)],
        None,
    ),
    # --- Coin thrower fined (PA) ---
    (
        "en",
        "EDINBURGH (PA) - A football fan who threw a coin that struck an assistant referee during a Scottish Premiership match has been fined £1,350 and banned from attending matches for three years.",
        True,
        [("money", 1350, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Callum Strachan, 28, admitted culpable and reckless conduct at Edinburgh Sheriff Court.",
        True,
        [("duration", 28, "year", None)],
        None,
    ),
    (
        "en",
        "The official needed four stitches to a cut above his eye, the court was told.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Strachan was also ordered to carry out 120 hours of unpaid work within six months.",
        True,
        [("duration", 120, "hour", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        'Sheriff Alison Drummond described his behaviour as "thuggish, cowardly and utterly disgraceful".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police Scotland said 41 people had been arrested at Premiership grounds so far this season.",
        True,
        [("count", 41, None, None)],
        "Police Scotland",
    ),
    # --- School threat arrest (AP) ---
    (
        "en",
        "ORLANDO, Fla. (AP) — A 14-year-old student was arrested after posting threats on social media to bring a gun to his middle school, the Orange County Sheriff's Office said Wednesday.",
        True,
        [("duration", 14, "year", None)],
        "the Orange County Sheriff's Office",
    ),
    (
        "en",
        "Deputies found no weapons at the boy's home, Sheriff Darnell Whitaker said at a news conference.",
        True,
        [],
        "Darnell Whitaker",
    ),
    ("en", "The teen faces a second-degree felony charge of making written threats to kill.", True, [], None),
    (
        "en",
        "Whitaker said his office had investigated 63 school threats since classes resumed in August, making 22 arrests.",
        True,
        [("count", 63, None, None), ("count", 22, None, None)],
        "Whitaker",
    ),
    (
        "en",
        "The boy was charged as a juvenile and released to his parents on Wednesday evening with an ankle monitor.",
        True,
        [],
        None,
    ),
    ("en", '"This is not a joke, and we will not treat it like one," Whitaker said.', False, [], None),
    ("en", '"Parents, please check your kids\' phones," he added.', False, [], None),
    # --- Phone driver jailed over cyclist's death (PA) ---
    (
        "en",
        "BRISTOL, England (PA) - A driver who killed a cyclist while looking at his phone has been jailed for six years and eight months.",
        True,
        [("duration", 6, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Jordan Heale, 29, was travelling at 58mph in a 40mph zone on the A38 when he struck Margaret Ibbotson, 71, shortly before 8am on June 3.",
        True,
        [
            ("duration", 29, "year", None),
            ("count", 58, None, None),
            ("count", 40, None, None),
            ("duration", 71, "year", None),
            ("date", "--06-03", None, None),
        ],
        None,
    ),
    (
        "en",
        "Phone records showed he had sent or read 14 messages in the seven minutes before the crash, Bristol Crown Court heard.",
        True,
        [("count", 14, None, None), ("duration", 7, "minute", None)],
        None,
    ),
    ("en", "Heale pleaded guilty at an earlier hearing to causing death by dangerous driving.", True, [], None),
    (
        "en",
        "He was also banned from driving for nine years and will have to pass an extended test before driving again.",
        True,
        [("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Ibbotson's daughter told the court her mother had cycled the same route to her allotment for more than 30 years.",
        True,
        [("duration", 30, "year", "over")],
        None,
    ),
    ("en", '"Mum was the most alive person I knew, and he took her for a text message," she said.', False, [], None),
    (
        "en",
        '"Our thoughts remain with Margaret\'s family, who have shown enormous dignity throughout," Avon and Somerset Police said.',
        False,
        [],
        None,
    ),
    # --- SFO charges solar installer executives (Reuters) ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - Britain's Serious Fraud Office charged three former executives of a collapsed solar panel installer on Wednesday with fraud linked to about 4,600 customer deposits.",
        True,
        [("date", "--11-19", None, None), ("count", 3, None, None), ("count", 4600, None, "about")],
        None,
    ),
    (
        "en",
        "Customers lost a total of 18.6 million pounds when Brightwell Solar went into administration in 2023, the SFO said.",
        True,
        [("money", 18600000, "GBP", None), ("year", 2023, None, None)],
        "the SFO",
    ),
    (
        "en",
        "The three, aged 49, 55 and 61, will appear at Westminster Magistrates' Court on December 2.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 49, "year", None),
            ("duration", 55, "year", None),
            ("duration", 61, "year", None),
            ("date", "--12-02", None, None),
        ],
        None,
    ),
    ("en", "A lawyer for one of the men said his client would plead not guilty.", True, [], None),
    (
        "en",
        "The SFO's investigation, opened in May 2023, is the agency's fourth into the renewable energy sector in two years.",
        True,
        [("year", 2023, None, None), ("ordinal", 4, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Consumer groups said the case showed that deposit protection rules were far too weak.", False, [], None),
    # --- Officer indicted over kick (AP) ---
    (
        "en",
        "PHOENIX (AP) — A Phoenix police officer was indicted Wednesday on a charge of aggravated assault after body camera footage showed him kicking a handcuffed man in the head.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Officer Travis Ledbetter, 34, a nine-year veteran of the department, has been placed on administrative leave, the Phoenix Police Department said.",
        True,
        [("duration", 34, "year", None), ("duration", 9, "year", None)],
        "the Phoenix Police Department",
    ),
    (
        "en",
        "The 27-second clip, released by the department last week, has been viewed more than 2 million times.",
        True,
        [("duration", 27, "second", None), ("count", 2000000, None, "over")],
        None,
    ),
    (
        "en",
        "If convicted, Ledbetter faces up to 3.75 years in prison.",
        True,
        [("duration", 3.75, "year", "up_to")],
        None,
    ),
    ("en", "His attorney, Mike Cardenas, said the footage did not show the full encounter.", True, [], None),
    ("en", "Ledbetter is due to be arraigned on Dec. 3.", True, [("date", "--12-03", None, None)], None),
    ("en", '"No badge puts anyone above the law," Maricopa County Attorney Rachel Vance said.', False, [], None),
    # --- Fifth arrest in Everton murder inquiry (PA) ---
    (
        "en",
        "LIVERPOOL, England (PA) - Detectives investigating the murder of a 19-year-old man in Everton have arrested a fifth suspect.",
        True,
        [("duration", 19, "year", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Merseyside Police said the 20-year-old man from Kirkby was held on Tuesday night on suspicion of murder.",
        True,
        [("duration", 20, "year", None)],
        "Merseyside Police",
    ),
    (
        "en",
        "Reece Carter was found with a gunshot wound to the chest on Netherfield Road at about 11.20pm on November 8 and died in hospital two days later.",
        True,
        [("date", "--11-08", None, None), ("duration", 2, "day", None)],
        None,
    ),
    ("en", "A post-mortem examination found he died from a single gunshot wound.", True, [], None),
    (
        "en",
        "Two of the four men previously arrested have been charged with murder, while two were released on bail.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Somebody out there knows who pulled the trigger, and I am asking them to do the right thing," Detective Chief Inspector Sean Maguire said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Anyone with information can contact police on 101 or Crimestoppers anonymously on 0800 555 111.",
        False,
        [],
        None,
    ),
    ("en", "Flowers and football shirts have been left at the spot where he was shot.", False, [], None),
    # --- Bank employee jailed over safe deposit thefts (Reuters) ---
    (
        "en",
        "TOKYO, Nov 19 (Reuters) - A Tokyo court on Wednesday sentenced a former bank employee to four and a half years in prison for stealing jewellery and cash worth about 1.4 billion yen from customers' safe deposit boxes.",
        True,
        [("date", "--11-19", None, None), ("duration", 4.5, "year", None), ("money", 1400000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "The 46-year-old woman took valuables from 61 customers over roughly four years, the court said.",
        True,
        [("duration", 46, "year", None), ("count", 61, None, None), ("duration", 4, "year", "about")],
        "the court",
    ),
    ("en", "Prosecutors had sought six years.", True, [("duration", 6, "year", None)], None),
    (
        "en",
        "The bank has compensated most of the victims and cut its president's pay by 30% for three months.",
        True,
        [("percent", 30, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        '"I betrayed the trust of customers who relied on me," the woman said at an earlier hearing.',
        False,
        [],
        None,
    ),
    # --- Jail escapee caught (AP) ---
    (
        "en",
        "NEW ORLEANS (AP) — The last of three inmates who escaped from a Louisiana parish jail last week was captured Wednesday at a motel about 150 miles away, authorities said.",
        True,
        [("count", 3, None, None), ("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "The men cut through a cell window and climbed down a rope of knotted bedsheets shortly after 2 a.m. on Nov. 11, according to the Louisiana State Police.",
        True,
        [("date", "--11-11", None, None)],
        "the Louisiana State Police",
    ),
    (
        "en",
        "Their absence went unnoticed for more than five hours, until a morning head count.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "Two of the men, aged 27 and 35, were caught within 48 hours.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 27, "year", None),
            ("duration", 35, "year", None),
            ("duration", 48, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "The sheriff has since suspended two jailers and ordered a review of overnight staffing.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the state's second escape from a parish jail since January.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"Heads will roll if this turns out to be an inside job," the sheriff told reporters.', False, [], None),
    ("en", "It remains unclear how the men obtained the tools used to cut through the window.", False, [], None),
    # --- Crown court backlog (PA) ---
    (
        "en",
        "LONDON (PA) - The backlog of cases waiting to be heard in crown courts in England and Wales has reached 78,420, according to Ministry of Justice figures published on Wednesday.",
        True,
        [("count", 78420, None, None)],
        None,
    ),
    (
        "en",
        "Almost one in four of those cases has been waiting more than a year, the figures showed.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "The number of cases outstanding for more than two years has more than doubled since 2022 to 19,600.",
        True,
        [("duration", 2, "year", "over"), ("year", 2022, None, None), ("count", 19600, None, None)],
        None,
    ),
    (
        "en",
        "The average time from charge to completion for rape cases rose to 442 days, up from 396 days a year earlier.",
        True,
        [("duration", 442, "day", None), ("duration", 396, "day", None)],
        None,
    ),
    (
        "en",
        "Around one in five defendants whose cases are waiting is being held on remand.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The government has pledged to fund 110,000 crown court sitting days in the current financial year, 4,000 more than last year.",
        True,
        [("count", 110000, None, None), ("count", 4000, None, None)],
        None,
    ),
    (
        "en",
        'The Law Society called the figures "a national disgrace" and urged ministers to lift the cap on sitting days.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Victims' groups fear many complainants will give up before their cases ever reach a jury.",
        False,
        [],
        None,
    ),
]
