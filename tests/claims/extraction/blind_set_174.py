"""Hundred-and-seventy-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, defendants and figures are made up
(Livia Cattaneo, Viktor Danilenko, Lorraine Pacheco, Gregory Feld, Nathaniel Osei,
Marguerite Ondoa, Anneli Vaarma, Marcia Greenway, Malte Jessen, Wadim Orlowski, Dominic
Ashworth, Francis Mbayo, Maren Holmqvist, Adrian Mäder); every other defendant, judge,
prosecutor, minister and official of a real court, body or government appears by role only
and stands for no real holder or real accused ("ein früherer Milizenführer aus der
Zentralafrikanischen Republik", "ein früherer syrischer Gefängnisaufseher", "ein
63-jähriger Unternehmer", "eine 36-jährige mutmaßliche Anhängerin der Terrormiliz IS", "eine
IS-Rückkehrerin", "der Vorsitzende Richter", "ein Gerichtssprecher", "eine
Gerichtssprecherin", "eine Opferanwältin", "die EU-Außenbeauftragte", "der
Wirtschaftsminister", "die Seco-Direktorin", "Kremlsprecher Wadim Orlowski", "a former
Burundian police commander", "a former Rwandan local official", "a former militia commander
from Congo's Ituri province", "a Russian-born businessman", "a former Bosnian Serb police
officer", "Colombia's representative", "the foreign secretary", "the chief cabinet
secretary", "the court's president", "a senior Treasury official"). Real courts, bodies and
places ("Internationaler Strafgerichtshof", "IStGH", "Zentralafrikanische Republik",
"Tschad", "Den Haag", "Oberlandesgericht Stuttgart", "Staatsschutzsenat", "Damaskus",
"Bundesgerichtshof", "Brüssel", "Schattenflotte", "Ungarn", "Bern", "Wirtschaftsdepartement",
"Staatssekretariat für Wirtschaft", "Seco", "Bundesrat", "SP", "Bellinzona",
"Bundesstrafgericht", "Demokratische Republik Kongo", "Kanton Waadt", "Berufungskammer",
"Wiener Straflandesgericht", "Armenien", "Kasachstan", "Tula", "Schöffensenat",
"Oesterreichische Nationalbank", "Staatsanwaltschaft Wien", "Karlsruhe",
"Bundesanwaltschaft", "Generalbundesanwalt", "Jesiden", "Nordsyrien", "Frankfurter
Flughafen", "Oberlandesgericht München", "Zentralrat der Jesiden", "Römisches Statut",
"Finanzministerium", "Linke", "Bundestag", "Hamburg", "Oberlandesgericht Düsseldorf",
"Wuppertal", "Moskau", "Außenministerium", "EU-Kommission", "Bangui",
"Sonderstrafgerichtshof", "Schadensregister", "Europarat", "Oberlandesgericht Koblenz";
"International Court of Justice", "U.N. General Assembly", "Colombia", "International
Criminal Court", "ICC", "Burundi", "Gitega", "Foreign Office", "Dubai", "Office of Financial
Sanctions Implementation", "U.S. Treasury Department", "State Department", "Kyrgyzstan",
"Paris", "Rwanda", "Council of Europe", "Brooklyn", "Miami International Airport", "U.S.
Attorney's Office", "Ituri", "Security Council", "Haiti", "International Organization for
Migration", "Euroclear", "Belgium", "Hungary", "U.N. refugee agency", "Leeds", "Sierra
Leone", "Metropolitan Police", "Crown Prosecution Service", "Westminster Magistrates'
Court", "Freetown", "Tokyo", "United Arab Emirates", "Hong Kong", "Foreign Ministry",
"Finance Ministry", "G7", "Court of Appeal", "Supreme Court", "Sarajevo", "Serbia",
"Prosecutor's Office of Bosnia and Herzegovina") stand for the way wire copy names them;
every charge, count, warrant, verdict, sentence, vote, listing, sanctions package, frozen
sum, budget, toll, age, date and quote here is invented, and where a real figure came to
mind (a real number of member states, a real package number, a real sentence) it was
changed.

Its weight: INTERNATIONAL COURTS, WAR-CRIMES TRIALS AND SANCTIONS LISTS over about four
months of 2026 in story order (early February to early June), 30 stories with the German
and English desks alternating, each told as wire copy runs it (a dateline lead, the counts
and figures, attributed claims, the other side, quotes, reactions). Half German (AFP German,
dpa, Reuters German, Keystone-SDA, APA; Swiss "Massnahmen", "Bussen", "Privatklägerinnen und
Privatklägern", "Genugtuungen", "weiterzuziehen", "480'000 Franken", «» quotes, Austrian
"Schöffensenat", "unbedingt", "Verfall", German "Staatsschutzsenat", "Revision",
"Nebenklägerin", „“ quotes): charges confirmed at the ICC against a Central African militia
leader, a life sentence under universal jurisdiction in Stuttgart, the EU's 22nd sanctions
package, Switzerland adopting it, a Congolese rebel commander sentenced in Bellinzona, a
sanctions-busting verdict in Vienna, a genocide indictment against an IS returnee, U.S.
sanctions on ICC judges, frozen Russian assets in Germany, a trial opening in Düsseldorf,
Russia's entry bans in reply, a life sentence from the Special Criminal Court in Bangui, the
register of damage for Ukraine, Seco's sanctions prosecutions and a Federal Court of Justice
ruling. Half English (Reuters, AP, AFP, PA): ICJ hearings and the advisory opinion on
civilians fleeing war, an ICC warrant for a Burundian commander, UK and U.S. designations,
a Rwandan genocide verdict in Paris, funding for the aggression tribunal, a chip smuggler
convicted in Brooklyn, an ICC sentence for an Ituri militia commander, Haiti gang leaders on
a U.N. list, Euroclear's profits on immobilised assets, a Sierra Leone torture charge in
London, Japan's asset freezes, a sanctioned tycoon losing his appeal and a war crimes
verdict in Sarajevo. Figures as such copy has them: counts of charges ("in 14 Punkten",
"acht Kriegsverbrechen und sechs Verbrechen gegen die Menschlichkeit", "in neun von 13
Anklagepunkten", "Mord in fünf Fällen", "five counts", "16 of the 18 counts", "guilty on all
nine counts", "four counts of torture"), victims, witnesses and trial days ("61 Zeugen",
"87 Verhandlungstage, ... 52 Zeugen, darunter 19 Überlebende", "58 witnesses", "More than
2,100 victims", "34 witnesses"), listed persons and entities ("74 weitere Personen sowie 48
Unternehmen und Organisationen", "19 individuals and seven entities", "41 individuals and 63
entities", "23 individuals and 31 organisations", "sechs der 18 Richter"), tallies ("by 127
votes to 9, with 41 abstentions", "by 13 votes to 2"), sentences and penalties (durations in
years and months, "zu lebenslanger Haft" none, "a maximum penalty of 20 years"), frozen sums
and fines in euros, francs, dollars, pounds and convertible marks, ordinals ("das 22.
Sanktionspaket", "Zum vierten Jahrestag", "erst das dritte Urteil", "the eighth genocide
trial", "Its first 17 judges"), shares ("mehr als die Hälfte", "rund ein Drittel", "knapp
jeder fünfte", "about a third"), ages, years, dates and hedges. Negatives as such copy has
them: defence lawyers' and defendants' protestations, judges' and prosecutors' rhetoric,
governments' labels and condemnations of warrants, verdicts and sanctions, victims' quotes
of grief, hopes, demands, open questions and scene colour in and outside the courtroom -
two of them carrying figures, labelled.

240 rows (121 German, 119 English), 56 negatives (27 German, 29 English), 184 check-worthy
rows of which 30 carry no figure (14 German, 16 English), 272 expected quantities (122
counts, 53 years, 38 durations - 28 in years, 4 in months, 2 in weeks, 2 in days, 1 in
hours, 1 in minutes -, 26 amounts of money - 13 EUR, 5 CHF, 4 USD, 3 GBP, 1 BAM -, 14 dates,
12 ordinals, 4 fractions, 3 percentages - all in % -; 2 of them in two negatives, as the
seventeenth batch labels a figure in a negative), 35 checked speakers (18 German, 17
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, condemnation, feeling, hope or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-forty-eighth, hundred-sixty-eighth); a reported statement of
  fact, figure, step or position is check-worthy with its speaker. The pairs from one
  speaker: Cattaneo's 300 fighters ("..., sagte Gerichtspräsidentin Livia Cattaneo." ->
  "Livia Cattaneo") beside her «Wer Kinder in den Krieg schickt, ...»; Ashworth's six trips
  and 34 witnesses beside his "time and distance are no shield"; the Seco's 412 reports
  ("sagte Seco-Sprecher Adrian Mäder" -> "Adrian Mäder") beside its director's «Die Umgehung
  wird raffinierter, ...». One side's account is check-worthy (sixty-eighth,
  hundred-fifty-second): the accused's admission and denial in Vienna, the Rwandan
  defendant's final statement ("he had hidden several Tutsi neighbours"), the defence
  attorney's account of the buyers in Turkey, "Several European governments had argued in
  written submissions ...", "Hungary's government said it did not consider itself bound by
  the opinion.", "Moscow has said it will not recognise the tribunal ...", a defence lawyer's
  reading of the witnesses in Sarajevo; while a protestation or a framing in the defence's
  own words is rhetoric („Ich habe Maschinen verkauft, keine Waffen“, „Mein Mandant war
  selbst ein Gefangener dieses Systems“, "a politically motivated indictment" reported as a
  label with "sprach von"; hundred-fifty-second: „Mein Mandant hat diese Frau geliebt, ...“).
  Konjunktiv I paraphrases of a fact are check-worthy with the speaker their own attribution
  gives (thirty-ninth, hundred-fifty-second): "Die Revision der 41-Jährigen sei unbegründet,
  teilte das Gericht am Freitag mit." -> "das Gericht", "Die Liste umfasse damit mehr als
  2.000 Namen, teilte das Außenministerium am Donnerstag mit." -> "das Außenministerium", the
  Seco spokeswoman's 400 million francs (speaker unchecked, below).
- Check-worthy without a figure (hundred-fifty-second, hundred-sixty-eighth): acts of
  record (a finding of "besondere Schwere der Schuld", "Das Urteil ist damit rechtskräftig.",
  "Das Urteil ist nicht rechtskräftig.", "The ruling was unanimous.", an appeal announced
  by the defence - "kündigte Revision zum Bundesgerichtshof an", "an die Berufungskammer
  weiterzuziehen", "His lawyer said he would appeal.", "His legal team said it would ask the
  Supreme Court ..." -, "Prosecutors had asked for a life sentence.", a remand in custody,
  a defendant's silence at the opening, which senate decides on an indictment), the legal
  effect of a listing ("The designations freeze any assets ...", "Die Betroffenen dürfen
  nicht mehr in die USA einreisen, ..."; hundred-forty-third: "The measures freeze any U.S.
  assets ..."), the consequences the court reports of U.S. sanctions, a tribunal's powers,
  advisory opinions being non-binding, a state's non-membership, a source line ("Das geht
  aus einer Antwort des Finanzministeriums ... hervor."), a registry's belief where a suspect
  lives (hundred-sixtieth: investigators' belief) and "EU leaders are due to discuss in June
  ..." and "Ein Termin für den Prozessbeginn steht noch nicht fest, ... frühestens im Herbst
  ..." (a body's schedule for its own act, hundred-sixty-eighth). A forecast with a figure
  is check-worthy ("The court is expected to deliver its opinion within about three months."
  3 months "about" - "within" no hedge; hundred-sixty-eighth).
- Charges, verdicts and penalties (fifteenth, hundred-second, hundred-fifty-second): counts
  of charges are counts ("in 14 Punkten", "in neun von 13 Anklagepunkten" 9 and 13, "In vier
  Punkten", "Mord in fünf Fällen", "five counts of crimes against humanity", "16 of the 18
  counts", "guilty on all nine counts", "four counts of torture"), and so are crimes listed
  by number ("acht Kriegsverbrechen und sechs Verbrechen gegen die Menschlichkeit" 8 and 6).
  Sentences are durations as written ("zu einer Freiheitsstrafe von 17 Jahren", "zu drei
  Jahren Haft ..., zwölf Monate davon unbedingt" 3 years and 12 months, "zu zehn Jahren
  Haft", "to 24 years in prison", "to 22 years", "Prosecutors had sought 27 years.", "to 12
  years"), "a maximum penalty of 20 years" 20 years ("maximum" no hedge, seventy-sixth),
  "zu lebenslanger Haft" and "a life sentence" none (hundred-second). Time served: "The
  nearly six years he has spent in the court's custody" 6 years "nearly". Deadlines: "Both
  sides have 30 days to appeal." 30 days. Court money: "Genugtuungen von insgesamt 480'000
  Franken" (Swiss apostrophe, tenth; "insgesamt" no hedge), "den Verfall von 2,3 Millionen
  Euro", "Bussen von insgesamt rund 1,9 Millionen Franken" "about", "340'000 Franken". New:
  "40,000 convertible marks (about 20,450 euros)" is 40,000 BAM and 20,450 EUR "about" - the
  Bosnian convertible mark takes its ISO code as the dollar and the franc do, and the
  converted figure in brackets keeps the hedge written on it (hundred-thirty-fifth and
  hundred-sixty-eighth: a converted figure in brackets without a hedge carries none).
- Sanctions lists and frozen assets (hundred-forty-third, hundred-forty-eighth,
  hundred-fifty-ninth): persons, entities, ships and items listed are counts ("74 weitere
  Personen sowie 48 Unternehmen und Organisationen", "143 weitere Tanker ..., ... 740
  Schiffe", "mehr als 2.700 Personen und Einrichtungen" "over", "19 individuals and seven
  entities", "41 individuals and 63 entities", "23 individuals and 31 organisations", "118
  items, ... to 14 companies", "126 weitere Bürger", "more than 2,900 people, companies and
  vessels" "over"); "das 22. Sanktionspaket" 22 and "the second round of Russia-related
  designations" 2 (hundred-forty-eighth: "das 21."; hundred-forty-third: "the fourth
  round"); definite groups ("sechs der 18 Richter ... zwei seiner Stellvertreter" 6, 18 and
  2, "20 der 22 EU-Pakete", "four of the seven names"; forty-first); frozen sums in the
  currency written ("rund 28 Milliarden Euro", "rund 210 Milliarden Euro", "7,4 Milliarden
  Franken", "£25 billion", "about 185 billion euros" "about", "more than 1.2 billion pounds"
  "over" - "he says" no hedge -, "knapp 4,9 Milliarden Euro" "nearly"). New: "rund 40.000
  Euro im Monat" carries no duration - "im Monat" is a rate's base as "a year" in "$2
  billion a year" (hundred-fifty-second) - and "in two instalments a year" is count 2 with
  "a year" none.
- Tallies and panels (hundred-forty-ninth, hundred-sixty-eighth): "by 127 votes to 9, with
  41 abstentions" three counts, "by 13 votes to 2" 13 and 2, "the court's 15 judges" 15,
  "all 15 council members" 15, "The three-judge panel" 3 (the number heading the compound,
  hundred-sixty-eighth: "the 36-team table"), "Three judges" 3, "96 states and four
  international organisations", "Representatives of 38 countries", "its 124 member states",
  "43 Staaten", "35 Staaten". New: "Its first 17 judges" is ordinal 1 and count 17 - the
  ordinal ranks the bench as in "its first 14 seconds" (hundred-thirty-sixth) and the number
  counts its members.
- Other counts (every batch): "in mindestens 23 Dörfern" and "an der Folter von mindestens
  38 Häftlingen" "at_least", "Vier der Gefangenen" 4 (forty-first), "at least 140
  civilians", "more than 600 people" "over" ("dozens of whom" none, seventeenth), "at least
  200 people", "rund 300 Kämpfer" "about", "41 Lieferungen, mindestens neun Maschinen", "at
  least 18,000 navigation modules" "at_least", "at least 312 villagers", "more than 120
  million people" 120,000,000 "over", "Some 1.3 million Haitians" 1,300,000 "about", "more
  than 5,600 people", "mehr als 90.000 Anträge", "in zehn weiteren Kategorien", "27
  Immobilien, zwei Jachten" ("mehrere Kunstsammlungen" none), "eine ... 156 Meter lange
  Jacht" 156 (physical measures are counts, fourth), "Detectives travelled to Sierra Leone
  six times" 6 (the issue's "viermal"), "more than 100 lawsuits", "142 pages, and 11
  judges", "mehr als 60 westliche Unternehmen", "in 37 Fällen", "Im Jahr davor waren es 21",
  "Sieben Fälle", "auf 412", "22 Urteile". "der Tod zweier gelisteter Personen" is count 2
  (a genitive numeral, hundred-thirtieth: "binnen zweier Jahre" 2 years). None: "the
  1990s" (decades, thirty-ninth), "G7" (hundred-twenty-fourth), "IStGH", "IS", "U.S.-Russian",
  "a handful", "a week of hearings" (an article, hundred-sixty-eighth: "for a week"), "in
  absentia", clock times ("um 18 Uhr"; eighty-first).
- Ordinals and fractions (the issue; every batch): "Im ersten Prozess" 1, "Zum vierten
  Jahrestag" 4 (hundred-sixty-sixth: "the 80th anniversary" 80), "das 22.
  Sanktionspaket" 22, "the eighth genocide trial" 8, "erst das dritte Urteil" 3 ("erst" no
  hedge, eighty-first), "the first year" 1, "in the first quarter" 1 (hundred-sixty-eighth:
  "the first quarter of 2026"), "Ein vierter Angeklagter" 4 (hundred-fifty-second: "Ein
  dritter Beteiligter"), "das fünfte Urteil des Gerichts seit dem Beginn seines ersten
  Prozesses 2022" 5, 1 and 2022. Fractions: "mehr als die Hälfte" 0.5 "over"
  (hundred-fortieth: "weniger als die Hälfte" "under"), "rund ein Drittel davon" 0.3333
  "about" ("davon" no hedge), "about a third of them" 0.3333 "about", "knapp jeder fünfte
  Antrag" 0.2 "nearly" (hundred-second: "Fast jeder dritte").
- Percentages (every batch): "Gut 60 Prozent" "over" ("gut", hundred-sixty-eighth), "up
  24% from the year before" and "down 18% from a year earlier" with no hedge ("up" and
  "down" before a change, hundred-forty-ninth: "by" before a difference).
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"; every batch): "knapp
  drei Monate später" "nearly", "nach mehr als dreiwöchiger Blockade" 3 weeks "over" (the
  hedge before a compound, hundred-thirty-ninth: "mehr als sechsstündigen"), "The
  seven-week trial" 7 weeks, "30 minutes to speak", "for two days", "nearly three hours",
  "more than four years on the case" "over", "after 14 months of legal proceedings", "More
  than 30 years after the war" 30 years "over", "über fast zwei Jahre" 2 years "nearly"
  ("über" before a span no hedge, hundred-sixty-eighth), "within about three months" (above);
  ages as durations in years ("Dem 47-Jährigen", "der 54-Jährige", "einen 52-jährigen", "Ein
  63-jähriger", "eine 36-jährige", "ein zwölfjähriges Mädchen" 12 - the number word heading
  the compound -, "einen 44-jährigen", "der 41-Jährigen", "The 71-year-old", "Viktor
  Danilenko, 49,", "A 59-year-old man", "The businessman, 58,", "The 68-year-old"). New:
  "die Rekrutierung von Kindern unter 15 Jahren" is 15 years "under" - an age limit written
  as a bound, as "jünger als 25 Jahre" (hundred-fifty-second) and "aged under 25"
  (fifty-fifth). In negatives: "mehr als zwölf Jahre lang" 12 years "over" and "Thirty-two
  years on" 32 years (a spelled number word opening the quote). None: "last year", "this
  year", "im vergangenen Jahr", "Im Jahr davor", "vor einem Jahr", "a year earlier", "years
  earlier", "Bis Jahresende", "im Herbst", "in June", "since", weekdays and months without a
  day ("im Mai 2022" its year only).
- Years and dates: "zwischen Dezember 2013 und August 2014", "zwischen 2011 und 2013", "von
  2003 bis 2006", "zwischen 2023 und 2025" each both years, "in 2015 and 2016", "the 1994
  massacres" and "in April and May 1994", "since 2001", "in 2017", "in December 2024", "in
  February 2022", "in October 2024", "bis Ende Januar 2027", "wurde 1998 verabschiedet und
  trat 2002 in Kraft", "Das 2015 gegründete Gericht" (hundred-sixty-eighth: "Das 1911
  entstandene Bild"), "a law dating from 1988", "since 1999", "in 1992"; "am 6. März"
  --03-06, "until Feb. 17", "for Aug. 14", "on June 2", "on June 1"; Reuters and AFP English
  datelines with a day ("THE HAGUE, Feb 9 (Reuters)", "WASHINGTON, Feb 26 (Reuters)",
  "PARIS, March 10 (AFP)", "THE HAGUE, March 24 (Reuters)", "THE HAGUE, April 16 (Reuters)",
  "BRUSSELS, May 5 (Reuters)", "THE HAGUE, May 12 (Reuters)", "TOKYO, May 22 (Reuters)",
  "LONDON, May 27 (Reuters)") as dates without a year (hundred-fifty-second); German
  datelines of every agency and the AP and PA ones ("THE HAGUE, Netherlands (AP) —",
  "UNITED NATIONS (AP) —", "SARAJEVO, Bosnia-Herzegovina (AP) —", "LONDON (PA) -") none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "Some", "around" "about";
  "knapp", "fast", "nearly" "nearly"; "mehr als", "More than", "more than", "Gut" "over";
  "unter" "under"; "as much as" "up_to" (hundred-fifty-fourth); "mindestens", "at least"
  "at_least". No hedge: "insgesamt", "davon", "erst", "bislang", "bisher", "derzeit",
  "zunächst", "within", "maximum", "a total of", "up" and "down" before a change, "über"
  before a span, "to" in a tally.
- Speakers, checked only in forms the earlier batches settled: "teilte das Gericht am
  Mittwoch mit" and "teilte das Gericht am Freitag mit" -> "das Gericht", "teilte ein
  Gerichtssprecher mit" -> "ein Gerichtssprecher" and "teilte eine Gerichtssprecherin mit"
  -> "eine Gerichtssprecherin" (hundred-fifty-second), "teilte die Behörde am Donnerstag
  mit" -> "die Behörde" and "teilte das Register am Mittwoch mit" -> "das Register" (a
  common noun for the body named before, hundred-sixty-eighth: "teilte das Auktionshaus
  mit"), "teilte das Außenministerium am Donnerstag mit" -> "das Außenministerium"
  (hundred-first), "wie das Wirtschaftsdepartement am Mittwoch mitteilte" -> "das
  Wirtschaftsdepartement"; "nach Angaben des Rates" -> "der Rat", "nach Angaben des
  Gerichts" -> "das Gericht" (twice), "Nach Angaben des Generalbundesanwalts" -> "der
  Generalbundesanwalt", "Nach Angaben des Außenministeriums" -> "das Außenministerium",
  "nach Angaben der Bundesregierung" -> "die Bundesregierung", "nach Angaben der
  Bundesanwaltschaft" -> "die Bundesanwaltschaft" and "nach Angaben der Oesterreichischen
  Nationalbank" -> "die Oesterreichische Nationalbank" (the source in the nominative,
  seventieth, ninety-third: "des Weißen Hauses" -> "das Weiße Haus"); "sagte
  Gerichtspräsidentin Livia Cattaneo" and "sagte Seco-Sprecher Adrian Mäder" the name with
  the title dropped (hundred-fifty-second: "sagte LKA-Sprecherin Julia Brandl"). English:
  "the court said" (twice), "the Foreign Office said" and "according to the Foreign Office",
  "the Council of Europe said", "the U.S. Attorney's Office said", "according to the
  committee", "the International Organization for Migration said", "the Metropolitan Police
  said", "the Foreign Ministry said", "according to the Finance Ministry" and "the
  Prosecutor's Office of Bosnia and Herzegovina said" with the article in lower case
  (hundred-fifty-second, hundred-sixty-eighth); "Euroclear said on Tuesday" and "Euroclear
  said" -> "Euroclear" (hundred-sixty-eighth: "Arianespace said"); "Defense attorney
  Lorraine Pacheco said", "U.S. Deputy Ambassador Marcia Greenway said" and "Commander
  Dominic Ashworth said" the name with the role or rank dropped (hundred-fifty-second). Left
  unchecked (None): roles and descriptions ("Die EU-Außenbeauftragte sagte",
  "sagte eine Sprecherin des Staatssekretariats für Wirtschaft", "Ein Sprecher des
  Finanzministeriums sagte", "sagte eine Sprecherin", "Colombia's representative told the
  judges", "His lawyer said", "His legal team said", "The defendant's lawyer said", "The
  defendant told the court"; hundred-fifty-ninth), possessives ("The ICC's registry said",
  "Hungary's government said"; eighty-third), groups and documents ("Prosecutors say",
  "Prosecutors said", "French prosecutors say", "Ukrainian prosecutors", "U.N. figures
  show", "According to a Treasury statement", "according to government figures", "Official
  figures", "laut Anklage", "Laut Anklage", "nach eigenen Angaben", "hieß es in der
  Mitteilung", "wie aus dem ... Jahresbericht hervorgeht"; hundred-fifty-second,
  hundred-sixty-eighth), "beziffert" (hundred-fifty-second: "beziffern die Ermittler"), "that
  Japan says" (a state in a relative clause), and "The International Court of Justice ruled"
  (a ruling, not speech, hundred-sixty-eighth). New: "nach Angaben der Anklage" is left
  unchecked as "laut Anklage" (hundred-fifty-second) - the indictment is a document, not a
  speaker - and "nach Angaben eines Gerichtssprechers" is left unchecked too: the genitive
  with an indefinite article is a form no earlier batch settled, and this batch does not
  settle it. All negatives have speaker None, also those with a named speaker.
- Negatives (hundred-fifty-second, hundred-fifty-ninth, hundred-sixty-eighth): labels and
  condemnations ("sprach von „wirtschaftlichem Selbstmord“", "dismissed the warrant as
  "neo-colonial theatre."", "called the measures "typical unilateral bullying."", "a
  kangaroo court in European robes", „ein Zeichen der Schwäche“, "groundless and
  irresponsible", the court president's „Angriff auf die Unabhängigkeit ...“, the victims'
  groups' „historischen Tag“, the co-plaintiff's lawyer's „Signal an alle Täterinnen ...“,
  welcomes as "another brick in the wall ...", "a long-awaited signal of solidarity" and "a
  landmark for the protection of civilians"); pledges without content („fest an der Seite
  des Gerichts“, "continue to act in lockstep with the G7", "We will keep cutting off the
  supply", "We will find these networks wherever they hide"); judges' and prosecutors'
  rhetoric; criticism without a checkable claim ("Transparency campaigners said enforcement
  remained far too weak ...", «viel zu zögerlich», "a „Flickenteppich der Zuständigkeiten“",
  "would mean little unless ..."); demands and appeals ("Human rights groups urged ...",
  "Nichtregierungsorganisationen fordern seit Langem ..."); hopes; open questions ("Ob die
  Maßnahmen Moskaus Kriegskasse tatsächlich schwächen, ...", "Wie das Gericht seine Arbeit
  ... sichern will, ist offen.", "Wer die Entschädigungen am Ende bezahlen soll, ...",
  "Whether the opinion will change ...", "Whether such a plan could survive ..."); scene
  colour (survivors holding photos, activists with a sign, supporters chanting, a wife
  weeping); quotes of grief and feeling ("My father was taken from that gym ...",
  "disappointed but not surprised") and "Es gilt die Unschuldsvermutung." (fifty-fifth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_174 = [
    # --- IStGH bestätigt Anklage gegen Milizenführer (AFP) ---
    (
        "de",
        "Den Haag (AFP) - Der Internationale Strafgerichtshof (IStGH) hat die Anklage gegen einen früheren Milizenführer aus der Zentralafrikanischen Republik in 14 Punkten bestätigt und damit den Weg für einen Prozess frei gemacht.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Dem 47-Jährigen werden acht Kriegsverbrechen und sechs Verbrechen gegen die Menschlichkeit zur Last gelegt, darunter Mord, Folter und die Rekrutierung von Kindersoldaten.",
        True,
        [("duration", 47, "year", None), ("count", 8, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Seine Kämpfer sollen zwischen Dezember 2013 und August 2014 in mindestens 23 Dörfern im Westen des Landes Zivilisten angegriffen haben, teilte das Gericht am Mittwoch mit.",
        True,
        [("year", 2013, None, None), ("year", 2014, None, None), ("count", 23, None, "at_least")],
        "das Gericht",
    ),
    (
        "de",
        "Die Anklagebehörde will nach eigenen Angaben 61 Zeugen aufrufen, von denen mehr als die Hälfte aus Sicherheitsgründen anonym aussagen soll.",
        True,
        [("count", 61, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Der Beschuldigte war im März 2025 im Tschad festgenommen und knapp drei Monate später nach Den Haag überstellt worden.",
        True,
        [("year", 2025, None, None), ("duration", 3, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Ein Termin für den Prozessbeginn steht noch nicht fest, nach Angaben eines Gerichtssprechers ist frühestens im Herbst damit zu rechnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sein Verteidiger sprach von einer „politisch motivierten Anklage“ gegen einen Mann, der lediglich Befehle weitergegeben habe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Familien haben mehr als zwölf Jahre lang gehofft, dass ihnen jemand zuhört“, sagte eine Opferanwältin vor dem Gerichtsgebäude.",
        False,
        [("duration", 12, "year", "over")],
        None,
    ),
    # --- ICJ hearings on civilians displaced by war (Reuters) ---
    (
        "en",
        "THE HAGUE, Feb 9 (Reuters) - The International Court of Justice opened a week of hearings on Monday on what states owe civilians forced from their homes by war, a case that has drawn submissions from a record number of countries.",
        True,
        [("date", "--02-09", None, None)],
        None,
    ),
    (
        "en",
        "A total of 96 states and four international organisations have asked to address the court's 15 judges, the court said.",
        True,
        [("count", 96, None, None), ("count", 4, None, None), ("count", 15, None, None)],
        "the court",
    ),
    (
        "en",
        "The U.N. General Assembly requested the advisory opinion in December 2024 in a resolution adopted by 127 votes to 9, with 41 abstentions.",
        True,
        [("year", 2024, None, None), ("count", 127, None, None), ("count", 9, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Each delegation has been given 30 minutes to speak, and the hearings are scheduled to run until Feb. 17.",
        True,
        [("duration", 30, "minute", None), ("date", "--02-17", None, None)],
        None,
    ),
    (
        "en",
        "Colombia's representative told the judges that more than 120 million people worldwide had been forced to flee conflict, violence or persecution.",
        True,
        [("count", 120000000, None, "over")],
        None,
    ),
    ("en", "Advisory opinions of the court are not legally binding on states.", True, [], None),
    (
        "en",
        '"This court cannot end a single war, but it can tell the world what the law demands," Colombia\'s envoy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The court is expected to deliver its opinion within about three months.",
        True,
        [("duration", 3, "month", "about")],
        None,
    ),
    (
        "en",
        "Whether the opinion will change how governments treat asylum seekers at their borders is far from clear.",
        False,
        [],
        None,
    ),
    # --- Lebenslang für früheren syrischen Gefängnisaufseher (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Im ersten Prozess nach dem Weltrechtsprinzip am Oberlandesgericht Stuttgart ist ein früherer syrischer Gefängnisaufseher zu lebenslanger Haft verurteilt worden.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Staatsschutzsenat sah es als erwiesen an, dass der 54-Jährige zwischen 2011 und 2013 in einem Gefängnis in Damaskus an der Folter von mindestens 38 Häftlingen beteiligt war.",
        True,
        [
            ("duration", 54, "year", None),
            ("year", 2011, None, None),
            ("year", 2013, None, None),
            ("count", 38, None, "at_least"),
        ],
        None,
    ),
    ("de", "Vier der Gefangenen starben an den Folgen der Misshandlungen.", True, [("count", 4, None, None)], None),
    ("de", "Die Richter stellten außerdem eine besondere Schwere der Schuld fest.", True, [], None),
    (
        "de",
        "Der Prozess dauerte 87 Verhandlungstage, gehört wurden 52 Zeugen, darunter 19 Überlebende.",
        True,
        [("count", 87, None, None), ("count", 52, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Mehrere Zeugen seien per Video aus Schweden und den Niederlanden zugeschaltet worden, teilte ein Gerichtssprecher mit.",
        True,
        [],
        "ein Gerichtssprecher",
    ),
    (
        "de",
        "„Was Sie diesen Männern angetan haben, übersteigt jede Vorstellungskraft“, sagte der Vorsitzende Richter in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verteidigung hatte Freispruch beantragt und kündigte Revision zum Bundesgerichtshof an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Überlebende verfolgten die Verkündung im Saal, einige hielten Fotos verschwundener Angehöriger hoch.",
        False,
        [],
        None,
    ),
    # --- ICC unseals warrant for Burundian police commander (AP) ---
    (
        "en",
        "THE HAGUE, Netherlands (AP) — Judges at the International Criminal Court on Tuesday unsealed an arrest warrant for a former Burundian police commander accused of ordering the killing of at least 140 civilians during a crackdown on protests in 2015 and 2016.",
        True,
        [("count", 140, None, "at_least"), ("year", 2015, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The warrant, issued under seal in October, lists five counts of crimes against humanity, including murder, imprisonment and persecution.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Prosecutors say officers under his command detained more than 600 people, dozens of whom have never been found.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    (
        "en",
        "Burundi withdrew from the court in 2017, but judges have ruled that the ICC keeps jurisdiction over crimes committed while it was still a member.",
        True,
        [("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "The court has no police force of its own and depends on its 124 member states to make arrests.",
        True,
        [("count", 124, None, None)],
        None,
    ),
    ("en", "The ICC's registry said the suspect was believed to be living in exile in East Africa.", True, [], None),
    ("en", 'A government spokesman in Gitega dismissed the warrant as "neo-colonial theatre."', False, [], None),
    (
        "en",
        "Human rights groups urged neighboring countries to arrest the commander if he sets foot on their territory.",
        False,
        [],
        None,
    ),
    # --- 22. Sanktionspaket beschlossen (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Zum vierten Jahrestag des russischen Angriffs auf die Ukraine haben die 27 EU-Staaten ihr 22. Sanktionspaket gegen Russland beschlossen.",
        True,
        [("ordinal", 4, None, None), ("count", 27, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Sanktionsliste kommen 74 weitere Personen sowie 48 Unternehmen und Organisationen, deren Vermögen in der EU eingefroren wird.",
        True,
        [("count", 74, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Damit sind nach Angaben des Rates insgesamt mehr als 2.700 Personen und Einrichtungen gelistet.",
        True,
        [("count", 2700, None, "over")],
        "der Rat",
    ),
    (
        "de",
        "Zudem erhalten 143 weitere Tanker der sogenannten Schattenflotte ein Hafenverbot, auf der Liste stehen nun 740 Schiffe.",
        True,
        [("count", 143, None, None), ("count", 740, None, None)],
        None,
    ),
    (
        "de",
        "Die EU-Außenbeauftragte sagte, in der EU seien seit 2022 Vermögenswerte russischer Personen und Firmen von rund 28 Milliarden Euro eingefroren worden.",
        True,
        [("year", 2022, None, None), ("money", 28000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Hinzu kommen rund 210 Milliarden Euro an Reserven der russischen Zentralbank.",
        True,
        [("money", 210000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ungarn hatte seine Zustimmung erst nach mehr als dreiwöchiger Blockade gegeben, nachdem drei Geschäftsleute von der Liste gestrichen worden waren.",
        True,
        [("duration", 3, "week", "over"), ("count", 3, None, None)],
        None,
    ),
    ("de", "Das russische Außenministerium sprach von „wirtschaftlichem Selbstmord“ Europas.", False, [], None),
    (
        "de",
        "Ob die Maßnahmen Moskaus Kriegskasse tatsächlich schwächen, ist unter Ökonomen umstritten.",
        False,
        [],
        None,
    ),
    # --- UK sanctions shadow fleet enablers (PA) ---
    (
        "en",
        "LONDON (PA) - Britain has imposed sanctions on 19 individuals and seven entities it accuses of helping Russia evade restrictions on its oil exports, the Foreign Office said.",
        True,
        [("count", 19, None, None), ("count", 7, None, None)],
        "the Foreign Office",
    ),
    (
        "en",
        "They include three shipping companies registered in Dubai and the captains of 11 tankers.",
        True,
        [("count", 3, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Since February 2022, Britain has listed more than 2,900 people, companies and vessels under its Russia sanctions regime, according to the Foreign Office.",
        True,
        [("count", 2900, None, "over"), ("year", 2022, None, None)],
        "the Foreign Office",
    ),
    (
        "en",
        "Official figures published last year put the value of frozen Russia-linked assets in Britain at £25 billion.",
        True,
        [("money", 25000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Office of Financial Sanctions Implementation has issued penalties totalling about £4.6 million since 2022.",
        True,
        [("money", 4600000, "GBP", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Putin\'s war machine runs on oil money, and we will keep cutting off the supply," the foreign secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Transparency campaigners said enforcement remained far too weak to deter sanctions busters.",
        False,
        [],
        None,
    ),
    # --- U.S. Treasury targets drone parts network (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 26 (Reuters) - The U.S. Treasury Department on Thursday blacklisted 41 individuals and 63 entities in Russia, China and Kyrgyzstan it accused of supplying Moscow with drone components.",
        True,
        [("date", "--02-26", None, None), ("count", 41, None, None), ("count", 63, None, None)],
        None,
    ),
    (
        "en",
        "The designations freeze any assets the targets hold under U.S. jurisdiction and bar Americans from doing business with them.",
        True,
        [],
        None,
    ),
    (
        "en",
        "According to a Treasury statement, the network shipped at least 18,000 navigation modules worth about $92 million to Russian arms makers since 2023.",
        True,
        [("count", 18000, None, "at_least"), ("money", 92000000, "USD", "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "In a parallel move, the State Department put up as much as $10 million for tips leading to the network's backers.",
        True,
        [("money", 10000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "It was the second round of Russia-related designations announced by the Treasury this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        'A spokesperson for China\'s commerce ministry called the measures "typical unilateral bullying."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"We will find these networks wherever they hide," a senior Treasury official told reporters.',
        False,
        [],
        None,
    ),
    # --- Schweiz übernimmt Sanktionen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz übernimmt das jüngste Sanktionspaket der EU gegen Russland weitgehend, wie das Wirtschaftsdepartement am Mittwoch mitteilte.",
        True,
        [],
        "das Wirtschaftsdepartement",
    ),
    ("de", "Die neuen Massnahmen treten am 6. März um 18 Uhr in Kraft.", True, [("date", "--03-06", None, None)], None),
    (
        "de",
        "Gesperrt sind in der Schweiz derzeit russische Gelder in Höhe von 7,4 Milliarden Franken, hinzu kommen 16 Liegenschaften in mehreren Kantonen.",
        True,
        [("money", 7400000000, "CHF", None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Das seien rund 400 Millionen Franken weniger als vor einem Jahr, sagte eine Sprecherin des Staatssekretariats für Wirtschaft.",
        True,
        [("money", 400000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Grund seien vor allem Freigaben nach Gerichtsentscheiden und der Tod zweier gelisteter Personen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Seit Februar 2022 hat der Bundesrat damit 20 der 22 EU-Pakete ganz oder teilweise übernommen.",
        True,
        [("year", 2022, None, None), ("count", 20, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Die SP kritisierte, die Schweiz sei bei der Suche nach versteckten Oligarchengeldern «viel zu zögerlich».",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Neutralität heisst nicht, wegzuschauen», sagte der Wirtschaftsminister vor den Medien in Bern.",
        False,
        [],
        None,
    ),
    # --- Rwandan ex-official jailed in Paris (AFP) ---
    (
        "en",
        "PARIS, March 10 (AFP) - A Paris court on Tuesday sentenced a former Rwandan local official to 24 years in prison for genocide and complicity in crimes against humanity over the 1994 massacres of Tutsis in his district.",
        True,
        [("date", "--03-10", None, None), ("duration", 24, "year", None), ("year", 1994, None, None)],
        None,
    ),
    (
        "en",
        "The 71-year-old, who had lived in northern France since 2001, was found guilty of helping to set up roadblocks where at least 200 people were killed in April and May 1994.",
        True,
        [
            ("duration", 71, "year", None),
            ("year", 2001, None, None),
            ("count", 200, None, "at_least"),
            ("year", 1994, None, None),
        ],
        None,
    ),
    (
        "en",
        "The seven-week trial heard from 58 witnesses, several of whom travelled from Rwanda to testify.",
        True,
        [("duration", 7, "week", None), ("count", 58, None, None)],
        None,
    ),
    ("en", "Prosecutors had asked for a life sentence.", True, [], None),
    (
        "en",
        "The defendant told the court in his final statement that he had hidden several Tutsi neighbours in his home.",
        True,
        [],
        None,
    ),
    (
        "en",
        "French prosecutors say it was the eighth genocide trial held in France under universal jurisdiction.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    ("en", "His lawyer said he would appeal.", True, [], None),
    (
        "en",
        '"Thirty-two years on, justice has finally reached this man," a lawyer for the civil parties said.',
        False,
        [("duration", 32, "year", None)],
        None,
    ),
    (
        "en",
        'Rwanda\'s government welcomed the verdict as "another brick in the wall against genocide denial."',
        False,
        [],
        None,
    ),
    # --- Kongolesischer Rebellenkommandant in Bellinzona verurteilt (Keystone-SDA) ---
    (
        "de",
        "Bellinzona (Keystone-SDA) - Das Bundesstrafgericht hat einen 52-jährigen früheren Rebellenkommandanten aus der Demokratischen Republik Kongo wegen Kriegsverbrechen zu einer Freiheitsstrafe von 17 Jahren verurteilt.",
        True,
        [("duration", 52, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Die Strafkammer sprach ihn in neun von 13 Anklagepunkten schuldig, darunter Plünderung, Vergewaltigung und die Rekrutierung von Kindern unter 15 Jahren.",
        True,
        [("count", 9, None, None), ("count", 13, None, None), ("duration", 15, "year", "under")],
        None,
    ),
    ("de", "In vier Punkten wurde er freigesprochen.", True, [("count", 4, None, None)], None),
    (
        "de",
        "Der Mann lebte seit 2014 als Asylbewerber im Kanton Waadt und war im Mai 2022 festgenommen worden.",
        True,
        [("year", 2014, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Den elf Privatklägerinnen und Privatklägern sprach das Gericht Genugtuungen von insgesamt 480'000 Franken zu.",
        True,
        [("count", 11, None, None), ("money", 480000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Er habe als Kommandant von 2003 bis 2006 rund 300 Kämpfer befehligt, sagte Gerichtspräsidentin Livia Cattaneo.",
        True,
        [("year", 2003, None, None), ("year", 2006, None, None), ("count", 300, None, "about")],
        "Livia Cattaneo",
    ),
    (
        "de",
        "«Wer Kinder in den Krieg schickt, kann sich auch in der Schweiz nicht verstecken», sagte Cattaneo bei der Urteilseröffnung.",
        False,
        [],
        None,
    ),
    ("de", "Die Verteidigung kündigte an, das Urteil an die Berufungskammer weiterzuziehen.", True, [], None),
    (
        "de",
        "Es ist erst das dritte Urteil eines Schweizer Gerichts wegen Kriegsverbrechen nach dem Weltrechtsprinzip.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Aggression tribunal gets first-year funding (Reuters) ---
    (
        "en",
        "THE HAGUE, March 24 (Reuters) - Representatives of 38 countries signed an agreement on Tuesday to fund the first year of a special tribunal to try the crime of aggression against Ukraine, with a budget of 24 million euros.",
        True,
        [
            ("date", "--03-24", None, None),
            ("count", 38, None, None),
            ("ordinal", 1, None, None),
            ("money", 24000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "The tribunal, set up under the Council of Europe, will be able to indict Russia's top political and military leaders, though it cannot try a sitting head of state in absentia.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Its first 17 judges will be chosen from a list of 34 candidates, the Council of Europe said.",
        True,
        [("ordinal", 1, None, None), ("count", 17, None, None), ("count", 34, None, None)],
        "the Council of Europe",
    ),
    (
        "en",
        "Ukrainian prosecutors have logged more than 180,000 cases of suspected war crimes since Russian troops poured across the border in February 2022.",
        True,
        [("count", 180000, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Moscow has said it will not recognise the tribunal or cooperate with it.", True, [], None),
    (
        "en",
        "The United States, which backed the idea in 2023, has not joined the agreement.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'A Russian foreign ministry spokeswoman called the project "a kangaroo court in European robes."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Ukraine\'s foreign minister said the signing marked "the day the aggressor lost his impunity."',
        False,
        [],
        None,
    ),
    # --- Sanktionsbruch: Haft für Unternehmer in Wien (APA) ---
    (
        "de",
        "Wien (APA) - Ein 63-jähriger Unternehmer ist am Dienstag am Wiener Straflandesgericht wegen Verstößen gegen die Russland-Sanktionen zu drei Jahren Haft verurteilt worden, zwölf Monate davon unbedingt.",
        True,
        [("duration", 63, "year", None), ("duration", 3, "year", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Er soll zwischen 2023 und 2025 über Firmen in Armenien und Kasachstan Werkzeugmaschinen im Wert von rund 6,8 Millionen Euro nach Russland geliefert haben.",
        True,
        [("year", 2023, None, None), ("year", 2025, None, None), ("money", 6800000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Laut Anklage ging es um 41 Lieferungen, mindestens neun Maschinen landeten in einem Rüstungsbetrieb in Tula.",
        True,
        [("count", 41, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Schöffensenat ordnete zudem den Verfall von 2,3 Millionen Euro an.",
        True,
        [("money", 2300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Angeklagte gab die Lieferungen zu, bestritt aber, von deren Weiterleitung nach Russland gewusst zu haben.",
        True,
        [],
        None,
    ),
    ("de", "„Ich habe Maschinen verkauft, keine Waffen“, sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    (
        "de",
        "In Österreich sind nach Angaben der Oesterreichischen Nationalbank russische Guthaben von rund 2,1 Milliarden Euro eingefroren.",
        True,
        [("money", 2100000000, "EUR", "about")],
        "die Oesterreichische Nationalbank",
    ),
    (
        "de",
        "Die Staatsanwaltschaft Wien führt derzeit 27 weitere Ermittlungsverfahren wegen möglicher Sanktionsverstöße, sagte eine Sprecherin.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    # --- Brooklyn jury convicts chip smuggler (AP) ---
    (
        "en",
        "NEW YORK (AP) — A federal jury in Brooklyn on Thursday convicted a dual U.S.-Russian citizen of smuggling more than $30 million worth of American microelectronics to Russian weapons makers in violation of sanctions.",
        True,
        [("money", 30000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Jurors deliberated for two days before finding Viktor Danilenko, 49, guilty on all nine counts, including conspiracy, export control violations and money laundering.",
        True,
        [("duration", 2, "day", None), ("duration", 49, "year", None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The most serious count carries a maximum penalty of 20 years in prison.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Prosecutors said components shipped by his companies were later found in Russian drones and cruise missiles recovered in Ukraine.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Defense attorney Lorraine Pacheco said her client had believed the parts were going to civilian buyers in Turkey.",
        True,
        [],
        "Lorraine Pacheco",
    ),
    (
        "en",
        '"These chips ended up in weapons that killed civilians, and he knew exactly where they were going," Assistant U.S. Attorney Gregory Feld told jurors.',
        False,
        [],
        None,
    ),
    ("en", "Danilenko's wife wept quietly in the front row as the verdict was read.", False, [], None),
    (
        "en",
        "U.S. District Judge Nathaniel Osei set sentencing for Aug. 14.",
        True,
        [("date", "--08-14", None, None)],
        None,
    ),
    (
        "en",
        "Danilenko, who was arrested at Miami International Airport in October 2024, has been held without bail since, the U.S. Attorney's Office said.",
        True,
        [("year", 2024, None, None)],
        "the U.S. Attorney's Office",
    ),
    # --- Anklage wegen Völkermords an Jesiden (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Die Bundesanwaltschaft hat eine 36-jährige mutmaßliche Anhängerin der Terrormiliz IS wegen Völkermords an den Jesiden und Verbrechen gegen die Menschlichkeit angeklagt.",
        True,
        [("duration", 36, "year", None)],
        None,
    ),
    (
        "de",
        "Die Deutsche soll 2015 im Irak mit ihrem inzwischen getöteten Ehemann zwei jesidische Frauen und ein zwölfjähriges Mädchen als Sklavinnen gehalten haben, teilte die Behörde am Donnerstag mit.",
        True,
        [("year", 2015, None, None), ("count", 2, None, None), ("duration", 12, "year", None)],
        "die Behörde",
    ),
    (
        "de",
        "Das Mädchen sei im Sommer 2016 an den Folgen von Misshandlungen und Unterernährung gestorben, hieß es in der Mitteilung.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Die Frau war im November 2025 bei ihrer Rückkehr aus einem Lager in Nordsyrien am Frankfurter Flughafen festgenommen worden und sitzt seitdem in Untersuchungshaft.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Über die Zulassung der Anklage entscheidet nun der Staatsschutzsenat des Oberlandesgerichts München.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Generalbundesanwalts laufen derzeit mehr als 120 Ermittlungsverfahren wegen Völkerrechtsverbrechen, rund ein Drittel davon mit Bezug zu Syrien und dem Irak.",
        True,
        [("count", 120, None, "over"), ("fraction", 0.3333, None, "about")],
        "der Generalbundesanwalt",
    ),
    (
        "de",
        "Eine Vertreterin des Zentralrats der Jesiden sagte, jedes Verfahren gebe den Überlebenden „ein Stück Würde zurück“.",
        False,
        [],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- ICC jails Ituri militia commander (Reuters) ---
    (
        "en",
        "THE HAGUE, April 16 (Reuters) - The International Criminal Court on Thursday sentenced a former militia commander from Congo's Ituri province to 22 years in prison for war crimes and crimes against humanity.",
        True,
        [("date", "--04-16", None, None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "en",
        "Judges had convicted him in December on 16 of the 18 counts he faced, including murder, rape, sexual slavery and the use of child soldiers.",
        True,
        [("count", 16, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "The three-judge panel found that attacks by his fighters in 2002 and 2003 killed at least 312 villagers.",
        True,
        [
            ("count", 3, None, None),
            ("year", 2002, None, None),
            ("year", 2003, None, None),
            ("count", 312, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "The nearly six years he has spent in the court's custody will be deducted from the sentence, the court said.",
        True,
        [("duration", 6, "year", "nearly")],
        "the court",
    ),
    (
        "en",
        "More than 2,100 victims, about a third of them former child soldiers, took part in the proceedings through their lawyers.",
        True,
        [("count", 2100, None, "over"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "Prosecutors had sought 27 years.", True, [("duration", 27, "year", None)], None),
    (
        "en",
        '"No sentence can give back what these communities lost," Presiding Judge Marguerite Ondoa said as she read out the decision.',
        False,
        [],
        None,
    ),
    ("en", "Both sides have 30 days to appeal.", True, [("duration", 30, "day", None)], None),
    (
        "en",
        "Outside the court, a handful of the commander's supporters chanted his name and waved flags.",
        False,
        [],
        None,
    ),
    # --- US-Sanktionen gegen weitere IStGH-Richterinnen (AFP) ---
    (
        "de",
        "Den Haag (AFP) - Die US-Regierung hat Sanktionen gegen zwei weitere Richterinnen des Internationalen Strafgerichtshofs verhängt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Damit stehen nun sechs der 18 Richter sowie der Chefankläger und zwei seiner Stellvertreter auf der US-Sanktionsliste.",
        True,
        [("count", 6, None, None), ("count", 18, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Betroffenen dürfen nicht mehr in die USA einreisen, ihre dortigen Vermögenswerte werden eingefroren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gerichts können einige Mitarbeiter wegen der Sanktionen keine Kreditkarten und keine Cloud-Dienste amerikanischer Anbieter mehr nutzen.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Gerichtspräsidentin Anneli Vaarma sprach von einem „Angriff auf die Unabhängigkeit der internationalen Justiz“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der IStGH hat ein Jahresbudget von rund 195 Millionen Euro und beschäftigt etwa 900 Mitarbeiter aus mehr als 100 Ländern.",
        True,
        [("money", 195000000, "EUR", "about"), ("count", 900, None, "about"), ("count", 100, None, "over")],
        None,
    ),
    (
        "de",
        "Das Römische Statut, die Gründungsurkunde des Gerichts, wurde 1998 verabschiedet und trat 2002 in Kraft.",
        True,
        [("year", 1998, None, None), ("year", 2002, None, None)],
        None,
    ),
    ("de", "Die Bundesregierung versicherte, sie stehe „fest an der Seite des Gerichts“.", False, [], None),
    ("de", "Wie das Gericht seine Arbeit unter den Sanktionen auf Dauer sichern will, ist offen.", False, [], None),
    # --- U.N. adds Haiti gang leaders to sanctions list (AP) ---
    (
        "en",
        "UNITED NATIONS (AP) — A U.N. Security Council committee on Thursday added five gang leaders and two of their financiers to its Haiti sanctions list, subjecting them to a global travel ban, an asset freeze and an arms embargo.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The additions bring the number of people on the list to 19, according to the committee.",
        True,
        [("count", 19, None, None)],
        "the committee",
    ),
    (
        "en",
        "U.S. Deputy Ambassador Marcia Greenway said Washington had proposed four of the seven names.",
        True,
        [("count", 4, None, None), ("count", 7, None, None)],
        "Marcia Greenway",
    ),
    (
        "en",
        "U.N. figures show that more than 5,600 people were killed in gang violence in Haiti last year, up 24% from the year before.",
        True,
        [("count", 5600, None, "over"), ("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "Some 1.3 million Haitians have been forced from their homes, the International Organization for Migration said.",
        True,
        [("count", 1300000, None, "about")],
        "the International Organization for Migration",
    ),
    (
        "en",
        "Listings by the committee require the consent of all 15 council members.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "en",
        'Haiti\'s transitional government welcomed the decision as "a long-awaited signal of solidarity."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rights groups said the listings would mean little unless countries in the region enforced them.",
        False,
        [],
        None,
    ),
    # --- Eingefrorene Russland-Vermögen in Deutschland (dpa) ---
    (
        "de",
        "Berlin (dpa) - In Deutschland sind nach Angaben der Bundesregierung Vermögenswerte sanktionierter Russen im Umfang von rund 6,1 Milliarden Euro eingefroren.",
        True,
        [("money", 6100000000, "EUR", "about")],
        "die Bundesregierung",
    ),
    (
        "de",
        "Hinzu kommen knapp 4,9 Milliarden Euro an Reserven der russischen Zentralbank, die bei deutschen Banken blockiert sind.",
        True,
        [("money", 4900000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Antwort des Finanzministeriums auf eine Anfrage der Linken im Bundestag hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zu den festgesetzten Werten zählen 27 Immobilien, zwei Jachten und mehrere Kunstsammlungen.",
        True,
        [("count", 27, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Allein die Liegekosten für eine seit 2022 in Hamburg festgesetzte, 156 Meter lange Jacht belaufen sich auf rund 40.000 Euro im Monat.",
        True,
        [("year", 2022, None, None), ("count", 156, None, None), ("money", 40000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Finanzministeriums sagte, seit 2022 seien 14 Bußgeldverfahren wegen Verstößen gegen Meldepflichten eingeleitet worden.",
        True,
        [("year", 2022, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Linke sprach von einem „Flickenteppich der Zuständigkeiten“ bei der Durchsetzung der Sanktionen.",
        False,
        [],
        None,
    ),
    # --- Euroclear profits on frozen Russian assets (Reuters) ---
    (
        "en",
        "BRUSSELS, May 5 (Reuters) - Euroclear said on Tuesday it had earned 1.6 billion euros in the first quarter from interest on Russian central bank assets immobilised under EU sanctions, down 18% from a year earlier.",
        True,
        [
            ("date", "--05-05", None, None),
            ("money", 1600000000, "EUR", None),
            ("ordinal", 1, None, None),
            ("percent", 18, "%", None),
        ],
        "Euroclear",
    ),
    (
        "en",
        "The Belgian securities depository holds about 185 billion euros of such assets, most of which have turned into cash as the underlying bonds matured.",
        True,
        [("money", 185000000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Under an EU decision, the windfall profits are paid into a fund for Ukraine in two instalments a year.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Euroclear said it faced more than 100 lawsuits in Russian courts seeking damages over the frozen assets.",
        True,
        [("count", 100, None, "over")],
        "Euroclear",
    ),
    (
        "en",
        "EU leaders are due to discuss in June whether to use the assets themselves to back a loan to Kyiv.",
        True,
        [],
        None,
    ),
    ("en", '"Belgium cannot carry this risk alone," a Belgian finance ministry official said.', False, [], None),
    (
        "en",
        "Whether such a plan could survive legal challenges remains an open question among lawyers.",
        False,
        [],
        None,
    ),
    # --- Prozessauftakt gegen mutmaßlichen Milizionär (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Vor dem Oberlandesgericht Düsseldorf hat am Donnerstag der Prozess gegen einen 44-jährigen mutmaßlichen Angehörigen einer syrischen Regierungsmiliz begonnen.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft wirft ihm unter anderem Mord in fünf Fällen, Folter und Freiheitsberaubung vor.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Er soll im Frühjahr 2012 in einem Vorort von Damaskus an Kontrollposten Zivilisten festgenommen und schwer misshandelt haben.",
        True,
        [("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "Der Staatsschutzsenat hat bis Ende Januar 2027 zunächst 38 Verhandlungstage angesetzt, teilte eine Gerichtssprecherin mit.",
        True,
        [("year", 2027, None, None), ("count", 38, None, None)],
        "eine Gerichtssprecherin",
    ),
    (
        "de",
        "Der Angeklagte, der 2016 als Flüchtling nach Deutschland gekommen war, äußerte sich zum Auftakt nicht zu den Vorwürfen.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Er war im Mai 2025 in Wuppertal festgenommen worden, nachdem ihn ein früheres Opfer auf einem Handyvideo erkannt hatte.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    ("de", "„Mein Mandant war selbst ein Gefangener dieses Systems“, sagte Verteidiger Malte Jessen.", False, [], None),
    (
        "de",
        "Syrische Aktivisten verfolgten den Auftakt im Saal, einer von ihnen hielt ein Schild mit der Aufschrift „Keine Straflosigkeit“ hoch.",
        False,
        [],
        None,
    ),
    # --- ICJ opinion on civilians fleeing war (Reuters) ---
    (
        "en",
        "THE HAGUE, May 12 (Reuters) - The International Court of Justice ruled on Tuesday that states must not forcibly return civilians fleeing armed conflict to places where they face a real risk of being killed or tortured.",
        True,
        [("date", "--05-12", None, None)],
        None,
    ),
    (
        "en",
        "The court's 15 judges adopted the central finding by 13 votes to 2.",
        True,
        [("count", 15, None, None), ("count", 13, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Reading out the opinion took the court's president nearly three hours.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "The opinion runs to 142 pages, and 11 judges attached separate or dissenting opinions.",
        True,
        [("count", 142, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Several European governments had argued in written submissions that any such duty went no further than existing refugee law.",
        True,
        [],
        None,
    ),
    ("en", "Hungary's government said it did not consider itself bound by the opinion.", True, [], None),
    (
        "en",
        'The U.N. refugee agency hailed the opinion as "a landmark for the protection of civilians."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Today the court told governments that a border is not a licence to abandon people," said a lawyer for one of the participating states.',
        False,
        [],
        None,
    ),
    # --- Russland verhängt Einreiseverbote (Reuters) ---
    (
        "de",
        "Moskau (Reuters) - Russland hat als Reaktion auf das jüngste EU-Sanktionspaket Einreiseverbote gegen 126 weitere Bürger von EU-Staaten verhängt, darunter Abgeordnete, Journalisten und Offiziere.",
        True,
        [("count", 126, None, None)],
        None,
    ),
    (
        "de",
        "Die Liste umfasse damit mehr als 2.000 Namen, teilte das Außenministerium am Donnerstag mit.",
        True,
        [("count", 2000, None, "over")],
        "das Außenministerium",
    ),
    (
        "de",
        "Nach Angaben des Außenministeriums hat Russland seit 2022 mehr als 60 westliche Unternehmen unter vorläufige staatliche Verwaltung gestellt.",
        True,
        [("year", 2022, None, None), ("count", 60, None, "over")],
        "das Außenministerium",
    ),
    (
        "de",
        "Russische Gerichte haben seit 2023 zudem Haftbefehle gegen mindestens neun Richter und den Chefankläger des IStGH erlassen.",
        True,
        [("year", 2023, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    ("de", "Moskau ist kein Mitglied des Gerichts und erkennt dessen Zuständigkeit nicht an.", True, [], None),
    (
        "de",
        "Kremlsprecher Wadim Orlowski sagte, Sanktionen hätten „noch nie ein Land in die Knie gezwungen“.",
        False,
        [],
        None,
    ),
    ("de", "Die EU-Kommission nannte die Einreiseverbote „ein Zeichen der Schwäche“.", False, [], None),
    # --- Leeds man charged with Sierra Leone war torture (PA) ---
    (
        "en",
        "LONDON (PA) - A 59-year-old man from Leeds has been charged with four counts of torture allegedly committed during Sierra Leone's civil war in the 1990s, the Metropolitan Police said.",
        True,
        [("duration", 59, "year", None), ("count", 4, None, None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "The Crown Prosecution Service approved the charges after the Met's war crimes unit had spent more than four years on the case.",
        True,
        [("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "Detectives travelled to Sierra Leone six times and took statements from 34 witnesses, Commander Dominic Ashworth said.",
        True,
        [("count", 6, None, None), ("count", 34, None, None)],
        "Dominic Ashworth",
    ),
    (
        "en",
        "Torture committed abroad can be prosecuted in British courts under a law dating from 1988.",
        True,
        [("year", 1988, None, None)],
        None,
    ),
    (
        "en",
        "Francis Mbayo, a former rebel commander who has lived in Britain since 2003, was remanded in custody.",
        True,
        [("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "He will appear at Westminster Magistrates' Court on June 2.",
        True,
        [("date", "--06-02", None, None)],
        None,
    ),
    (
        "en",
        '"This case shows that time and distance are no shield for those accused of the gravest crimes," Ashworth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Survivors' groups in Freetown said they hoped the trial would encourage other countries to act.",
        False,
        [],
        None,
    ),
    # --- Lebenslang für Rebellenführer in Bangui (AFP) ---
    (
        "de",
        "Bangui (AFP) - Der Sonderstrafgerichtshof der Zentralafrikanischen Republik hat drei frühere Rebellenführer wegen eines Massakers an Vertriebenen zu lebenslanger Haft verurteilt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei dem Angriff auf ein Lager im Nordwesten des Landes im Mai 2019 waren nach Angaben der Anklage 46 Menschen getötet worden, unter ihnen 17 Kinder.",
        True,
        [("year", 2019, None, None), ("count", 46, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Ein vierter Angeklagter wurde aus Mangel an Beweisen freigesprochen.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der Verurteilten sind nach Angaben des Gerichts weiterhin flüchtig.",
        True,
        [("count", 2, None, None)],
        "das Gericht",
    ),
    (
        "de",
        "Das 2015 gegründete Gericht ist mit nationalen und internationalen Richtern besetzt und wird überwiegend von Gebern finanziert.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Es war das fünfte Urteil des Gerichts seit dem Beginn seines ersten Prozesses 2022.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 1, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("de", "Opferverbände sprachen von einem „historischen Tag für Zentralafrika“.", False, [], None),
    ("de", "Ob die beiden Flüchtigen je gefasst werden, gilt in Bangui als fraglich.", False, [], None),
    # --- Japan freezes assets over Russia supplies (Reuters) ---
    (
        "en",
        "TOKYO, May 22 (Reuters) - Japan on Friday froze the assets of 23 individuals and 31 organisations in Russia, China and the United Arab Emirates over their alleged role in supplying Russia's military, the Foreign Ministry said.",
        True,
        [("date", "--05-22", None, None), ("count", 23, None, None), ("count", 31, None, None)],
        "the Foreign Ministry",
    ),
    (
        "en",
        "Tokyo also banned exports of 118 items, including machine tools and semiconductors, to 14 companies.",
        True,
        [("count", 118, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The list includes a Hong Kong-based trading firm that Japan says shipped at least 2,000 drone engines to Russia since 2024.",
        True,
        [("count", 2000, None, "at_least"), ("year", 2024, None, None)],
        None,
    ),
    ("en", "The measures take effect on June 1.", True, [("date", "--06-01", None, None)], None),
    (
        "en",
        "Japan has now designated more than 1,100 individuals and groups over the war in Ukraine, according to the Finance Ministry.",
        True,
        [("count", 1100, None, "over")],
        "the Finance Ministry",
    ),
    (
        "en",
        'China\'s embassy in Tokyo called the listing of Chinese firms "groundless and irresponsible."',
        False,
        [],
        None,
    ),
    ("en", 'The chief cabinet secretary said Japan would "continue to act in lockstep with the G7."', False, [], None),
    # --- Schadensregister für die Ukraine (dpa) ---
    (
        "de",
        "Den Haag (dpa) - Beim internationalen Schadensregister für die Ukraine sind inzwischen mehr als 90.000 Anträge auf Entschädigung eingegangen.",
        True,
        [("count", 90000, None, "over")],
        None,
    ),
    (
        "de",
        "Die meisten betreffen zerstörte oder beschädigte Wohnungen, knapp jeder fünfte Antrag den Tod eines Angehörigen, teilte das Register am Mittwoch mit.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "das Register",
    ),
    (
        "de",
        "Das Register war im Mai 2023 beim Europarat eingerichtet worden, ihm gehören 43 Staaten und die EU an.",
        True,
        [("year", 2023, None, None), ("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "Über die Ansprüche soll eine eigene Schadenskommission entscheiden, deren Gründungsabkommen bisher 35 Staaten unterzeichnet haben.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Bis Jahresende sollen Anträge in zehn weiteren Kategorien möglich sein, darunter für Folter und Zwangsarbeit.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Ukraine beziffert die Kriegsschäden auf mehr als 500 Milliarden Dollar.",
        True,
        [("money", 500000000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "„Hinter jeder Nummer steht ein zerstörtes Leben“, sagte Registerdirektorin Maren Holmqvist.",
        False,
        [],
        None,
    ),
    ("de", "Wer die Entschädigungen am Ende bezahlen soll, ist weiterhin offen.", False, [], None),
    # --- Sanctioned tycoon loses appeal (Reuters) ---
    (
        "en",
        "LONDON, May 27 (Reuters) - A Russian-born businessman lost a Court of Appeal challenge on Wednesday to British sanctions that have frozen assets he says are worth more than 1.2 billion pounds.",
        True,
        [("date", "--05-27", None, None), ("money", 1200000000, "GBP", "over")],
        None,
    ),
    (
        "en",
        "Three judges rejected his argument that the measures, imposed in March 2022, were disproportionate because he had cut his ties with Moscow years earlier.",
        True,
        [("count", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "The ruling was unanimous.", True, [], None),
    (
        "en",
        "The businessman, 58, has lived in London since 1999 and holds British citizenship.",
        True,
        [("duration", 58, "year", None), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "His legal team said it would ask the Supreme Court for permission to hear a further appeal.",
        True,
        [],
        None,
    ),
    (
        "en",
        "More than 40 people sanctioned by Britain have challenged their listings in court, but none has succeeded so far, according to government figures.",
        True,
        [("count", 40, None, "over")],
        None,
    ),
    ("en", 'A spokesperson for the businessman said he was "disappointed but not surprised."', False, [], None),
    (
        "en",
        'Campaigners said the ruling showed the sanctions regime was "finally standing up in court."',
        False,
        [],
        None,
    ),
    # --- Mehr Strafverfahren wegen Sanktionsverstössen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Staatssekretariat für Wirtschaft (Seco) hat im vergangenen Jahr in 37 Fällen Strafverfahren wegen Verstössen gegen die Russland-Sanktionen eröffnet.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Im Jahr davor waren es 21 gewesen, wie aus dem am Mittwoch veröffentlichten Jahresbericht hervorgeht.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "In zwölf Fällen verhängte das Seco Bussen von insgesamt rund 1,9 Millionen Franken, die höchste Einzelbusse betrug 340'000 Franken.",
        True,
        [("count", 12, None, None), ("money", 1900000, "CHF", "about"), ("money", 340000, "CHF", None)],
        None,
    ),
    ("de", "Sieben Fälle wurden an die Bundesanwaltschaft weitergeleitet.", True, [("count", 7, None, None)], None),
    (
        "de",
        "Gut 60 Prozent der Verstösse betrafen Exporte von Industriegütern über Drittstaaten wie die Türkei oder Kasachstan.",
        True,
        [("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Zahl der Verdachtsmeldungen von Banken sei auf 412 gestiegen, sagte Seco-Sprecher Adrian Mäder.",
        True,
        [("count", 412, None, None)],
        "Adrian Mäder",
    ),
    (
        "de",
        "«Die Umgehung wird raffinierter, aber wir werden auch besser», sagte die Seco-Direktorin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nichtregierungsorganisationen fordern seit Langem eine eigene Sanktionsbehörde mit mehr Personal.",
        False,
        [],
        None,
    ),
    # --- Bosnian court jails ex-policeman (AP) ---
    (
        "en",
        "SARAJEVO, Bosnia-Herzegovina (AP) — Bosnia's state court on Friday sentenced a former Bosnian Serb police officer to 12 years in prison for crimes against humanity committed against Bosniak civilians in 1992.",
        True,
        [("duration", 12, "year", None), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "The 68-year-old was found guilty of taking part in the detention of at least 80 men in a school gym, where several of them were beaten to death.",
        True,
        [("duration", 68, "year", None), ("count", 80, None, "at_least")],
        None,
    ),
    (
        "en",
        "He had been arrested in Serbia in 2024 and was extradited after 14 months of legal proceedings.",
        True,
        [("year", 2024, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "The court also ordered him to pay 40,000 convertible marks (about 20,450 euros) in compensation to two survivors.",
        True,
        [("money", 40000, "BAM", None), ("money", 20450, "EUR", "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "More than 30 years after the war, prosecutors still have around 250 war crimes cases open against more than 1,000 suspects, the Prosecutor's Office of Bosnia and Herzegovina said.",
        True,
        [("duration", 30, "year", "over"), ("count", 250, None, "about"), ("count", 1000, None, "over")],
        "the Prosecutor's Office of Bosnia and Herzegovina",
    ),
    (
        "en",
        "The defendant's lawyer said the verdict relied on witnesses who had contradicted themselves.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"My father was taken from that gym and I have never found his bones," a woman told reporters outside the court.',
        False,
        [],
        None,
    ),
    # --- BGH bestätigt Urteil gegen IS-Rückkehrerin (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Verurteilung einer IS-Rückkehrerin wegen Beihilfe zum Völkermord an den Jesiden zu zehn Jahren Haft bestätigt.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Revision der 41-Jährigen sei unbegründet, teilte das Gericht am Freitag mit.",
        True,
        [("duration", 41, "year", None)],
        "das Gericht",
    ),
    (
        "de",
        "Das Oberlandesgericht Koblenz hatte es im Juli 2025 als erwiesen angesehen, dass sie eine jesidische Frau über fast zwei Jahre als Sklavin gehalten hatte.",
        True,
        [("year", 2025, None, None), ("duration", 2, "year", "nearly")],
        None,
    ),
    ("de", "Das Urteil ist damit rechtskräftig.", True, [], None),
    (
        "de",
        "Deutsche Gerichte haben nach Angaben der Bundesanwaltschaft bislang 22 Urteile wegen Verbrechen an den Jesiden gesprochen.",
        True,
        [("count", 22, None, None)],
        "die Bundesanwaltschaft",
    ),
    (
        "de",
        "Die Anwältin der Nebenklägerin sprach von einem „Signal an alle Täterinnen, die sich hinter ihren Männern verstecken“.",
        False,
        [],
        None,
    ),
]
