"""Fifty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, bridges, dams, mines,
summits, cases and figures are made up (Konrad Hallwachs, Sabine Korte, Lena Moosbrugger,
Franz Gschwandtner, Jörg Wendland, Marta Kovač, Petar Ilić, Andrea Pilz, Harald Rieder, Urs
Kälin, the Kremsegg-Brücke, Kessler Bau, the Halberg-Werft, the Theater am Rhein, the
Atomkraftwerk Grafenheim, the Bergsturz von Spadlas, the Donau-Gipfel; Harwood Mutual,
Malcolm Reid, Kaisa Mägi, the Calder Dam, Kestrel House, Gary Whitcombe, Helen Marsh,
Norhaven Energy, Ingrid Solberg, Lomvi Nord, Ruth Calloway, Arnar Sveinsson, the Carrow
tidal barrier, the Pike Hollow mine, Dale Pruitt, Calverton Pharma, Veltrex, Josh Kettering,
Viktor Lenz); real institutions and places such as "Landesgericht Linz", "Bundesversammlung",
"Bundestag", "ÖSV", "IG Metall", "Treuhand", "Korruptionsstaatsanwaltschaft", "Kanton
Graubünden", "Vereinigte Bundesversammlung", "Bank of England", "Prudential Regulation
Authority", "Financial Services Compensation Scheme", "Riigikogu", "California Department of
Water Resources", "Cabinet Office", "Independent Commission Against Corruption", "NSW
District Court", "Environment Agency", "Mine Safety and Health Administration", "Statistics
Iceland", "Cricket Australia", "European Court of Human Rights" stand for the way wire copy
names them; what is dated, counted, paid and said here is invented.

Its weight: CHRONOLOGIES, TIMELINES, FACTBOXES AND BACKGROUNDERS as agencies write them,
with the sentences around them. Half German (APA, dpa, Keystone-SDA: "Chronologie:", "Die
wichtigsten Daten:", "Stichwort:", "Hintergrund:", "Die Stationen:", "... – die Karriere in
Daten:"; a bridge collapse and its trial, a former federal president's life, a pension
commission, a rockslide in Graubünden, a skier's career factbox, a shipyard's rise and fall,
a former minister's corruption case, a Danube summit, a theatre's renovation, a new mayor, a
nuclear plant's dismantling, a Federal Council election), half English (Reuters "TIMELINE-"
and "FACTBOX-", AP "Key facts" and "Today in History", PA and AAP key dates and factboxes: a
building society's downfall, a new prime minister, a dam, a fire inquiry, a corruption
case, an energy company's history, a senator's obituary, Arctic summits, a president-elect,
a tidal barrier, a mine disaster thirty years on, opioid litigation, a cricketer's numbers,
an extradition fight). Dated entries in every form such copy has: "12. August 2021 - ...",
"14. März 1934 - ...", "August 2021: ...", "März 2023: ...", "1969: ...", "1898: ...",
"Am 3.11.2021", "Am 18.5.2024", "am 24.2.1976", "Feb 12, 2009 - ...", "Feb. 7, 2017 — ...",
"Oct 30, 2023 - ...", "14/06/2019 - ...", "13/03/2018 - ...", "Born: 22/11/1991", "In 2007,
...", "1883 - ...", "Jan 2023 - ...", "The spring of 2021 - ...", "Late 2019 - ...",
"Mid-2000s - ...", "Anfang 2022:", "Ende Juni 2022", "Mitte Mai 2024:", "Sommer 2024:",
"Frühjahr 2016:", "In den 1960er-Jahren", "Mitte der 1990er-Jahre", "In the 1980s"; ranges
of years ("1953 bis 1958", "Von 1982 bis 1987", "1991 bis 1993:", "2022/23:", "1998-2005",
"2011-2015", "2014-16", "2007-09", "From 2021 to 2023", "Between 2021 and 2023"); durations
between events ("nach 127 Jahren", "nach 13 Jahren", "Nach eineinhalb Jahrzehnten", "Mehr
als drei Jahrzehnte nach", "fast ein Vierteljahrhundert", "Three decades later", "almost
four decades", "in a quarter-century", "half a century after", "almost three years
later"); ordinals of events ("Zum vierten Mal", "zum dritten Mal", "zum zweiten Mal binnen
sechs Jahren", "im dritten Wahlgang", "der 124. Bundesrat", "Zum 90. Geburtstag", "the
fourth summit of its kind", "for a second time", "the 343rd day of 2025", "the 462nd
man"); terms and mandates ("eine zweite fünfjährige Amtszeit", "eine vierjährige
Amtsdauer", "auf zwei Jahre befristet", "a four-year term", "his second four-year term",
"Her second six-year term"); ages at events ("im Alter von 91 Jahren", "Mit 60 Jahren",
"mit 17 Jahren", "at the age of 27", "at 44", "then 41", "Whitcombe, 67,", "She was 91.");
counts and money in verbless factbox lines ("Weltcupsiege: 11 (davon 7 ...)", "Podestplätze:
34", "Tests: 78; wickets: 311 ...", "Homes protected: around 34,000", "Cost when built: 28
million pounds, ..."). Negatives as such copy has them: headings and labels ("Chronologie:",
"Die wichtigsten Daten:", "Stichwort: Die Rentenkommission", "Hintergrund: Der lange
Abschied ...", "TIMELINE-Key events in ...", "FACTBOX-Who is ...?", "Key facts:", "Key dates
in the case:", "Here is a timeline of the key events:"), sourcing and compiling lines
("Quellen: APA, ...", "Zusammengestellt von der dpa-Dokumentation.", "(Compiled by ...;
Editing by ...)", "Figures supplied by the Environment Agency."), teasers ("Was bedeutet das
Urteil ...?", "What is at stake this time?"), an update line, commentary, quoted feelings,
tributes and rhetoric.

237 rows (120 German, 117 English), 49 negatives (25 German, 24 English), 188 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 399 expected quantities (111 years,
88 durations, 78 counts, 39 ordinals, 38 dates, 34 amounts of money, 7 percentages, 4
fractions; none of them in negatives, which hold no figure), 26 checked speakers (13
German, 13 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, once with whitespace
and case and once with punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence or one list or factbox line and is judged alone (sixteenth,
  thirty-fourth and forty-third batches). A dated list line states an event of record and is
  check-worthy with or without a verb ("1953 bis 1958 - Studium der Rechtswissenschaften
  ...", "Von 1982 bis 1987 Bundesminister der Justiz, ...", "Geboren: 9. Oktober 1995 in
  Bludenz", "Opened: Oct. 21, 1985, ..."); the label before a colon carries nothing
  ("Geboren:", "Weltcupdebüt:", "Podestplätze:", "Born:", "Tests:", "Design life:", forty-
  third and fifty-third); the dash or colon after the date of an entry is a separator and
  gives no sign ("1883 - ", "2014-16 - ", "Feb. 7, 2017 — "; a hyphen is a minus only right
  before a figure with no figure before it, forty-sixth). A heading or lead-in that only
  announces the list is a negative (thirty-fourth: "Here are some key facts about the
  island:"; forty-third: "FACTBOX-Who are the candidates ...?").
- Full dates: "12. August 2021", "14. März 1934", "23. Mai 1994", "Am 14. November 2025",
  "Am 1. Juli 2020", "In der Nacht auf den 2. Juni 2024", "9. Oktober 1995", "Feb 12, 2009",
  "Nov 29, 2024", "March 4, 2025", "Aug. 3, 1987", "Feb. 7, 2017", "Oct 30, 2023", "Oct. 21,
  1985", "March 11, 1995", "Sept. 15, 2019", "Jan. 4, 2023" ISO dates (forty-first and
  fifty-first). New: the German numeric date is read day, month, year also without leading
  zeros, as "03.12.2025" (forty-third): "Am 3.11.2021" 2021-11-03, "Am 18.5.2024"
  2024-05-18, "Am 1.7.2008" 2008-07-01, "am 24.2.1976" 1976-02-24, "Am 9.3.2018"
  2018-03-09. New: the British and Australian numeric date with slashes is read day, month,
  year, as the German one and as "on 2 September 2022" (fifty-fifth): "14/06/2019"
  2019-06-14, "13/03/2018" 2018-03-13, "Born: 22/11/1991" 1991-11-22. Dates without a year
  as before: "am 6. Februar" --02-06, "on May 17" --05-17, "every March 11" --03-11 ("every"
  no hedge), "on Aug. 1" --08-01, "on Jan. 3 this year" --01-03 ("this year" none);
  datelines with a day ("LONDON, March 4 (Reuters)", "TALLINN, Jan 8 (Reuters)", "OSLO, June
  2 (Reuters)", "REYKJAVIK, Sept 18 (Reuters)", "REYKJAVIK, June 1 (Reuters)", "NEW YORK,
  Dec 8 (Reuters)", "LONDON, Oct 2 (Reuters)") dates without a year; other datelines none.
  New: "Today is Tuesday, Dec. 9, the 343rd day of 2025." gives the date --12-09, ordinal
  343 and the year 2025 - the year stands in its own phrase, not in the date after the
  day's comma as in "Oct. 14, 2025" - and "There are 22 days left in the year." 22 days.
- Months, seasons and parts of a year with a year give the year (every earlier batch:
  "im September 2024", "seit Anfang 2023", "im Frühjahr 2027", "since early 2021", "in the
  spring of 2022", "in the summer of 2024", fifty-second: "Mitte 2022"): "August 2021:",
  "März 2023:", "Im Mai 2024", "Im September 2017", "Dezember 2012", "im Jänner 2020", "im
  Oktober 2022", "Anfang 2022:", "Ende Juni 2022", "Mitte Mai 2024:", "Sommer 2024:", "Im
  Frühling 2025", "Frühjahr 2016:", "Im Herbst 2019", "im Herbst 2031", "im Sommer 1989",
  "bis Mitte 2027", "bis Ende 2025", "July 2019 -", "Jan 2021 -", "Jan 2023 -", "August 2016
  -", "May 2020 -", "June 2024 -", "December 2013", "in December 2021", "planned for March
  2020", "Late 2019 -", "The spring of 2021 -", "in the autumn of 2022", "in the summer of
  2023". A year heading an entry ("1969:", "2014:", "2023:", "1999:", "1898:", "1869 -",
  "1883 -", "1986 -", "1994 -", "1996 -") or standing in a sentence ("In 2007,", "In 2022,",
  "in 1978", "since independence in 1944", "seit der Gründung des Bundesstaats 1848") is the
  year; two years in a factbox bracket are two years ("(2019, 2023)", as "(2025: 502,5
  Milliarden Euro)", thirty-fourth). Months and parts of a month alone carry none ("Ende
  März", "Ende Juni", "im Dezember desselben Jahres").
- Decades carry no quantity (second, thirty-fourth, thirty-ninth, fifty-third and fifty-
  seventh batches): "In den 1960er-Jahren", "Ende der 1990er-Jahre", "frühestens in den
  2050er-Jahren", "In the 1980s", "in the 1990s"; new, by the same rule: "Mitte der
  1990er-Jahre", "Mitte der 2000er-Jahre" and "Mid-2000s" (a part of a decade, the hyphen
  no sign) carry none either.
- Ranges of years give both years (forty-second: "der Jahre 2018 bis 2021"; fiftieth:
  "2020-24"; thirty-fourth: "1993-2002"): "1953 bis 1958", "Von 1982 bis 1987", "1991 bis
  1993", "2009 bis 2013", "von 2012 bis 2031", "1998-2005", "2011-2015", "2017-2019", "From
  2021 to 2023", "from 1995 to 2001", "Between 2021 and 2023", "2002 und 2003", "2011 und
  2012"; a two-digit end is read in its century ("2014-16" 2014 and 2016, "2007-09" 2007 and
  2009, "2022/23" 2022 and 2023; fortieth and fiftieth).
- Durations between events are durations (twelfth, thirty-fourth and thirty-ninth): "nach
  127 Jahren", "Nach 13 Jahren im Nationalrat", "nach 18 Monaten", "mehr als drei Jahre nach
  dem Unglück" 3 years "over", "Knapp zwei Jahre nach" 2 years "nearly", "drei Jahre später"
  3 years, "vor mehr als 800 Jahren" 800 years "over", "zwischen dem dritten und dem vierten
  Gipfel sechs Jahre", "binnen sechs Jahren", "innert zehn Jahren", "Nach fünfeinhalb Jahren
  Sanierung" 5.5 years and "Nach mehr als viereinhalb Jahren Ermittlungen" 4.5 years "over"
  (as "siebeneinhalb Jahre", twentieth), "two years later", "almost three years later" 3
  years "nearly", "after 11 years in the job", "more than six years after the blaze" "over",
  "within 18 months" and "Within 40 minutes" (no hedge, forty-first), "for nine years",
  "during 294 days of hearings" 294 days, "for at least 36 hours" "at_least". Decades are
  ten years each (eleventh, twentieth and thirty-ninth): "Mehr als drei Jahrzehnte nach" 30
  years "over", "Three decades later" and "for three decades" 30 years, "almost four
  decades" 40 years "nearly"; new: "Nach eineinhalb Jahrzehnten" 15 years (a number word
  with a half, as "anderthalb Jahre" 1.5 years, fiftieth). New: "fast ein
  Vierteljahrhundert" is 25 years "nearly" and "in a quarter-century" 25 years - a quarter of
  a century, a fraction of a unit being the measure's value, as "eine Viertelstunde" is 0.25
  hours (seventeenth) and "a quarter of a percentage point" 0.25 pp (sixteenth) - and "half
  a century after" is 50 years, as "eine halbe Stunde" is 0.5 hours (twelfth). "more than a
  decade of litigation" carries none (an article, thirty-third: "almost a decade").
- Ordinals of events: "Zum vierten Mal", "zum dritten Mal", "zum ersten Mal", "zum zweiten
  Mal binnen sechs Jahren" (with 6 years), "im dritten Wahlgang", "im zweiten Wahlgang",
  "einen dritten Wahlgang", "die dritte Kommission", "Die erste Kommission", "Der erste
  Donau-Gipfel ..., der zweite", "Beim dritten Treffen", "der dritte grössere Bergsturz", "die
  ersten Bewohnerinnen und Bewohner" ordinal 1 (as "Die ersten Flugzeuge", fiftieth), "die
  erste Frau", "the fourth summit of its kind", "The first summit", "for a second time",
  "The third summit", "its first annual loss", "its first commercial find", "The first phase
  of the inquiry", "the fourth floor", "Vermont's first woman in the Senate", "the
  country's fourth prime minister in five years" (with 5 years, as "the first in four
  years", thirty-fourth), "its second female head of government", "the country's seventh
  president", "appeals for the second time" ordinals; "der 124. Bundesrat" ordinal 124, "Zum
  90. Geburtstag" ordinal 90 (as "150. Geburtstag", ninth), "the 343rd day", "the 462nd man"
  (as "the 470th man", thirty-fourth). "als drittes von fünf Kindern" ordinal 3 and count 5
  (thirty-ninth: "the second of five children"). "jüngste", "youngest", "deadliest",
  "größte" none.
- Terms and mandates are durations in years, their number an ordinal (ninth, twenty-first
  and thirty-fourth batches: "für eine sechsjährige Amtszeit", "a second four-year term",
  "a second five-year term"): "eine zweite fünfjährige Amtszeit" ordinal 2 and 5 years,
  "eine vierjährige Amtsdauer" 4 years, "Die Amtszeit beträgt ... sechs Jahre", "der jeweils
  für vier Jahre gewählt wird" 4 years ("jeweils" no hedge), "deren Mandat auf zwei Jahre
  befristet ist" 2 years, "für eine dritte Amtszeit" ordinal 3, "a four-year term", "his
  second four-year term" and "Her second six-year term" ordinal 2 with 4 and 6 years; "war
  zweimal wiedergewählt worden" count 2 and "was re-elected four times" count 4 (as
  "zweimal notoperiert", fifty-fifth); "was postponed twice" count 2 (fourteenth: "mentions
  Ukraine twice"); "18 Jahre lang", "24 Jahre lang", "13 Jahre lang" durations.
- Ages at events are durations in years (every earlier batch): "im Alter von 91 Jahren",
  "Der 63-Jährige", "Die 44-jährige Sozialdemokratin", "56 Jahre alt", "Amtsinhaber Petar
  Ilić, 61,", "making the 38-year-old", "at the age of 27", "Whitcombe, 67,", "Chief executive
  Ingrid Solberg, 59,", "Sveinsson, 56,", "Lenz, then 41," ("then" no hedge), "was 19",
  "She was 91." (a row of its own, check-worthy); "at 44" and "retired ... at 34" as "dies
  at 87" (forty-third). New: "Mit 60 Jahren war er ..." and "Weltcupdebüt: ..., mit 17
  Jahren" and "Kälin ist mit 49 Jahren der jüngste ..." are ages, "mit" before a figure in
  years naming the age at the event, as "im Alter von"; "auf 67 Jahre" (the retirement age)
  67 years (second batch).
- Counts in factbox lines and timelines: "Weltcupsiege: 11 (davon 7 im Riesentorlauf)",
  "Podestplätze: 34", "WM-Medaillen: 2 Gold, 1 Silber" (medal counts, forty-sixth),
  "Tests: 78; wickets: 311 at an average of 26.4" three counts ("at an average of" no hedge,
  thirty-fourth), "Gates closed: 212 times", "Homes protected: around 34,000" "about",
  "nach 13 Weltcupsaisonen" count 13 (a season is no unit of the list, as "for 14 seasons",
  thirty-ninth), "nach 37 Verhandlungstagen", "zwölf Verhandlungstage", "25
  Verhandlungstage" counts (fifty-fifth and earlier), "insgesamt 26-mal" count 26 (as
  "14-mal", forty-ninth), "vier der ursprünglich sieben Beschuldigten", "zwei von drei
  bestellten", "54 of the 101 seats", "131 von 239 gültigen Stimmen" two counts each (a
  definite group or a tally, forty-first), "one of Britain's 10 largest" count 10 ("one of"
  a pronoun), "by a 5-4 vote" counts 5 and 4 (forty-third), "14 counts of wire fraud" 14,
  "487 feet (148 meters)", "ein etwa 40 Meter langes Teilstück" 40 "about", "eines 600
  Meter langen Schutzdamms" 600, "bis zu 30 Zentimetern pro Tag" 30 "up_to", "rund 1,2
  Millionen Kubikmeter" 1,200,000 "about", "up to 1.1 million acre-feet" 1,100,000
  "up_to", "Rund 3.400 Tonnen" (physical measures, fourth batch); "the 16-storey block"
  count 16 (forty-third); "the 23 miners", "die 14 Teilnehmerstaaten", "Die sieben
  Mitglieder" counts. "Design life: 50 years, extended in 2010 by a further 15" gives 50
  years, the year and 15 years (the unit written once serves the list, forty-sixth; "a
  further" no hedge, fiftieth).
- Scores and names: "Best bowling: 7-52" carries none (bowling figures, a score notation as
  the cricket "4-132", forty-sixth); new: "Chapter 11" carries none (a chapter of a law
  named by its number, a legal reference as "section 114", fifty-third); "one of" and
  "eines der", "einer der" are pronouns and carry none (eleventh: "one of them
  seriously").
- Money: "rund 38 Millionen Euro" "about", "62 Millionen Euro", "4,5 Millionen Euro",
  "300 Millionen Euro", "480.000 Euro", "1,9 Milliarden Euro statt der geplanten 750
  Millionen" both EUR (the currency named earlier in the sentence, fourth batch), "12 Mio.
  Franken ..., der Kanton weitere 8 Mio." both CHF ("weitere" no hedge, fifty-third), "41
  Mio. Franken", "46 Mio. Franken", "58 Mio. Franken", "12 Mio. Franken"; "6.8 billion
  pounds", "214 million pounds", "350 million pounds", "up to 85,000 pounds each" "up_to",
  "96.4 million pounds", "310 million pounds", "28 million pounds, about 95 million pounds"
  (the second "about"), "bail of 2 million pounds" GBP; "A$1.2 million" AUD (forty-sixth);
  "2 million Norwegian crowns" and "42 Norwegian crowns a share" NOK (as "4.7 billion
  Norwegian crowns", an earlier batch; "a share" none); "$7.4 billion", "$62 million", "at
  least $400 million" "at_least", "$14.5 million", "$6.2 billion", "$580 million", "up to
  $7 billion" "up_to", "$120 million" USD; "about 16 billion euros" EUR "about".
- Shares: "auf ein Drittel" 0.3333, "zu zwei Dritteln" 0.6667, "a quarter of revenue" 0.25,
  "roughly a third of its workforce" 0.3333 "about"; "mit 58,3 Prozent", "mit 53,8
  Prozent", "bei 41,2 Prozent", "41.3% of the vote", "80.8%", "a 31% premium", "by 40%"
  percentages.
- Hedges, only the names in use: "rund", "Rund", "etwa", "About", "about", "around",
  "roughly" "about"; "Knapp", "fast", "almost" "nearly"; "mehr als", "Mehr als", "more
  than", "More than" "over"; "bis zu", "up to" "up_to"; "at least" "at_least" (on the first
  figure only: "at least two years and six months" 2 years "at_least", 6 months none, as
  "at least 9.1 million illnesses, 110,000 hospitalizations", forty-ninth); "nur",
  "bereits", "insgesamt", "jeweils", "zeitweise", "ursprünglich", "vorerst", "then",
  "every", "a further", "so far" no hedge.
- Check-worthy without a figure: a commission's interim report due at the end of June, a
  verdict not yet final with the appeal lodged (fifty-fifth), and an AP lead on engineers
  draining a reservoir after cracks were found.
- Negatives, with no figure in any of them: headings and lead-ins ("Chronologie:", "Die
  wichtigsten Daten seines Lebens:", "Die wichtigsten Daten:", "Stichwort: Die
  Rentenkommission", "Stichwort: Bundesratswahlen", "Lena Moosbrugger – die Karriere in
  Daten:", "Die Chronologie der Causa:", "Die Stationen:", "Hintergrund: Der lange Abschied
  vom Atomkraftwerk Grafenheim", "TIMELINE-Key events in the downfall of Harwood Mutual",
  "TIMELINE-Norhaven Energy from North Sea start-up to takeover target", "TIMELINE-Calverton
  Pharma's opioid litigation", "FACTBOX-Who is Kaisa Mägi, ...?", "FACTBOX-Arctic summits:
  what has been agreed so far", "Key facts about the dam:", "Key facts:", "Key dates in the
  case:", "Here is a timeline of the key events:", "Here are the key dates in his legal
  battle:", "Josh Kettering in numbers:"), as the section labels and factbox lead-ins of the
  thirty-fourth and forty-third batches; sourcing and compiling lines ("Quellen: APA, Land
  Oberösterreich, Landesgericht Linz", "Quellen: Keystone-SDA, ...", "Zusammengestellt von
  der dpa-Dokumentation.", "(Compiled by Elaine Foster; Editing by Mark Potter)", "Figures
  supplied by the Environment Agency."), as "Source: LSEG data." and the reporting credits
  of earlier batches; boilerplate ("Für Gschwandtner gilt bis zur Rechtskraft die
  Unschuldsvermutung.", fifty-fifth; "This timeline will be updated as the case
  develops."); teasers and open questions ("Was bedeutet das Urteil für die Partei des
  Ex-Ministers?", "Ob die Vorschläge diesmal umgesetzt werden, ist offen.", "What is at
  stake this time?"); commentary ("Für viele Familien an der Warnow endet damit eine Ära.",
  "Für die Region ist der Abschied vom Atom ein Kapitel, ...", "For residents downstream,
  ...", "Analysts said the bid looked generous ...", "Critics said no amount of money ...");
  quoted feelings, tributes and rhetoric (a victim's widow, the Bundestag president, a
  rockslide victim, the retiring skier, a summit host, a theatre director, the new mayor,
  the new Federal Councillor, the Estonian prime minister, the bereaved families'
  spokeswoman, a governor, a victim's sister, the retiring bowler) and scene colour
  ("Outside court, supporters of the former minister embraced in silence.").
- Speakers, checked only in forms the earlier batches settled, and in a few decided here:
  "teilte die Staatsanwaltschaft Linz mit" -> "die Staatsanwaltschaft Linz" (its place part
  of the name, as "die Landespolizeidirektion Wien", fifty-fifth), "teilte die IG Metall
  mit" (fifty-sixth), "teilte die Stadtwahlbehörde mit" (as "teilte die Landeswahlbehörde
  mit", forty-sixth), "wie die Standeskanzlei mitteilte" and "wie seine Familie mitteilte"
  (twelfth and thirty-ninth) the source with its article in the nominative; "teilte das
  Umweltministerium in Düsseldorf mit" -> "das Umweltministerium" (the place dropped, as
  "teilte das Innenministerium in Hannover mit", forty-seventh); "nach Angaben des
  Arbeitsministeriums" -> "das Arbeitsministerium" and "nach Angaben des Betreibers" -> "der
  Betreiber" (as "nach Angaben des Unternehmens" -> "das Unternehmen", fifth); "wie der ÖSV
  mitteilte" -> "der ÖSV" (an abbreviation with its article, as "die RTR", fifty-first);
  new: "teilte der Kanton Graubünden am Dienstag mit" -> "der Kanton Graubünden", a state
  body named with its article as "das Land Steiermark" (fifty-third); titles and phrases
  after the name dropped ("sagte Arbeitsministerin Sabine Korte bei der Vorstellung der
  Mitglieder" -> "Sabine Korte", "sagte Insolvenzverwalter Jörg Wendland", "sagte
  Gipfelsprecherin Marta Kovač"). English: "the Bank of England said", "the Environment
  Agency said" and "according to the Cabinet Office" with the article in lower case; "the
  PRA said" -> "the PRA" (an abbreviation with its article, as "the ONS", "the BRC" and "the
  TUC"); "The Mine Safety and Health Administration said in 1997 that ..." opening the
  sentence -> "the Mine Safety and Health Administration" (as "The CSO said ...", fifty-
  fourth); "the California Department of Water Resources said" with the article in lower
  case; "the company said" -> "the company" (twice); "her office said" -> "her office" and
  "his lawyer said" -> "his lawyer" (earlier batches); "Cricket Australia said" and
  "according to Statistics Iceland" as written (as "Cricket Australia said" and "Statistics
  Canada said"); "Judge Helen Marsh told the NSW District Court" -> "Helen Marsh" (as
  "Justice Peter Lawlor told the NSW Supreme Court", fifty-fifth). Left unchecked (None):
  "Laut Anklage" (a document), "rechnet das Gericht", "Die Staatsanwaltschaft Linz
  ermittelt" (no verb of saying), "wie die Stadt mitteilte" (a description, thirty-fourth),
  "Harwood says" (present tense, thirty-first), "Mägi told supporters", "the governor said"
  and "Kettering said" in negatives, rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_59 = [
    # === German =================================================================================
    # --- Chronologie: Der Einsturz der Kremsegg-Brücke (APA) ---
    ("de", "Wien (APA) - Der Prozess um den Einsturz der Kremsegg-Brücke beginnt am Montag am Landesgericht Linz, mehr als drei Jahre nach dem Unglück mit vier Toten.", True, [("duration", 3, "year", "over"), ("count", 4, None, None)], None),
    ("de", "Chronologie:", False, [], None),
    ("de", "12. August 2021 - Ein etwa 40 Meter langes Teilstück der Brücke stürzt kurz nach 17 Uhr in das Flussbett der Krems, vier Autofahrer kommen ums Leben.", True, [("date", "2021-08-12", None, None), ("count", 40, None, "about"), ("count", 4, None, None)], None),
    ("de", "August 2021: Das Land Oberösterreich beauftragt zwei unabhängige Gutachter mit der Klärung der Ursache.", True, [("year", 2021, None, None), ("count", 2, None, None)], None),
    ("de", "Am 3.11.2021 legt die Baufirma Kessler Bau ihr eigenes Gutachten vor und weist jede Schuld von sich.", True, [("date", "2021-11-03", None, None)], None),
    ("de", "Anfang 2022: Die Staatsanwaltschaft Linz ermittelt gegen sieben Personen, darunter drei Mitarbeiter der Landesstraßenverwaltung.", True, [("year", 2022, None, None), ("count", 7, None, None), ("count", 3, None, None)], None),
    ("de", "Ende Juni 2022 bestätigt ein Gutachten Materialermüdung an den Spannkabeln, die seit der Eröffnung 1974 nie vollständig geprüft worden waren.", True, [("year", 2022, None, None), ("year", 1974, None, None)], None),
    ("de", "2023: Die neue Brücke wird nach nur 14 Monaten Bauzeit für den Verkehr freigegeben, sie kostete rund 38 Millionen Euro.", True, [("year", 2023, None, None), ("duration", 14, "month", None), ("money", 38000000, "EUR", "about")], None),
    ("de", "Im Mai 2024 erhebt die Anklagebehörde Anklage gegen vier der ursprünglich sieben Beschuldigten.", True, [("year", 2024, None, None), ("count", 4, None, None), ("count", 7, None, None)], None),
    ("de", "Den Angeklagten drohen bis zu drei Jahre Haft, teilte die Staatsanwaltschaft Linz mit.", True, [("duration", 3, "year", "up_to")], "die Staatsanwaltschaft Linz"),
    ("de", "Für die Hauptverhandlung sind vorerst zwölf Verhandlungstage reserviert, mit einem Urteil rechnet das Gericht nicht vor Ende März.", True, [("count", 12, None, None)], None),
    ("de", "„Seit diesem Nachmittag ist nichts mehr, wie es war“, sagt die Witwe eines Opfers.", False, [], None),
    ("de", "Quellen: APA, Land Oberösterreich, Landesgericht Linz", False, [], None),
    # --- Die wichtigsten Daten: Altbundespräsident Konrad Hallwachs (dpa) ---
    ("de", "Berlin (dpa) - Der frühere Bundespräsident Konrad Hallwachs ist tot, er starb am Sonntag im Alter von 91 Jahren in Bonn, wie seine Familie mitteilte.", True, [("duration", 91, "year", None)], "seine Familie"),
    ("de", "Die wichtigsten Daten seines Lebens:", False, [], None),
    ("de", "14. März 1934 - Geboren in Gelsenkirchen als drittes von fünf Kindern eines Bergmanns.", True, [("date", "1934-03-14", None, None), ("ordinal", 3, None, None), ("count", 5, None, None)], None),
    ("de", "1953 bis 1958 - Studium der Rechtswissenschaften in Münster und Freiburg.", True, [("year", 1953, None, None), ("year", 1958, None, None)], None),
    ("de", "1969: Einzug in den Bundestag, dem er 24 Jahre lang angehört.", True, [("year", 1969, None, None), ("duration", 24, "year", None)], None),
    ("de", "Von 1982 bis 1987 Bundesminister der Justiz, danach Fraktionsvorsitzender.", True, [("year", 1982, None, None), ("year", 1987, None, None)], None),
    ("de", "23. Mai 1994 - Die Bundesversammlung wählt ihn im dritten Wahlgang mit 662 Stimmen zum Staatsoberhaupt.", True, [("date", "1994-05-23", None, None), ("ordinal", 3, None, None), ("count", 662, None, None)], None),
    ("de", "Mit 60 Jahren war er damals einer der jüngsten Bewerber um das Amt.", True, [("duration", 60, "year", None)], None),
    ("de", "1999: Er verzichtet auf eine zweite fünfjährige Amtszeit und zieht sich aus der Politik zurück.", True, [("year", 1999, None, None), ("ordinal", 2, None, None), ("duration", 5, "year", None)], None),
    ("de", "Mitte der 2000er-Jahre gründete er eine Stiftung für Bergarbeiterkinder, die heute mehr als 300 Stipendien im Jahr vergibt.", True, [("count", 300, None, "over")], None),
    ("de", "Zum 90. Geburtstag im März 2024 würdigte ihn der Bundestag mit einer Feierstunde.", True, [("ordinal", 90, None, None), ("year", 2024, None, None)], None),
    ("de", "„Er war ein Mann des Ausgleichs, wie ihn die Republik heute dringend bräuchte“, sagte der Bundestagspräsident.", False, [], None),
    # --- Stichwort: Die Rentenkommission (dpa) ---
    ("de", "Berlin (dpa) - Die neue Rentenkommission soll bis Mitte 2027 Vorschläge für die Alterssicherung vorlegen, sagte Arbeitsministerin Sabine Korte bei der Vorstellung der Mitglieder.", True, [("year", 2027, None, None)], "Sabine Korte"),
    ("de", "Stichwort: Die Rentenkommission", False, [], None),
    ("de", "Das Gremium hat 13 Mitglieder: je vier aus Wissenschaft und Sozialpartnern, dazu fünf Abgeordnete.", True, [("count", 13, None, None), ("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Den Vorsitz führen zwei Ökonominnen, deren Mandat auf zwei Jahre befristet ist.", True, [("count", 2, None, None), ("duration", 2, "year", None)], None),
    ("de", "Es ist bereits die dritte Kommission dieser Art nach 2002 und 2018.", True, [("ordinal", 3, None, None), ("year", 2002, None, None), ("year", 2018, None, None)], None),
    ("de", "Die erste Kommission tagte 2002 und 2003 insgesamt 26-mal und empfahl die schrittweise Anhebung des Rentenalters auf 67 Jahre.", True, [("ordinal", 1, None, None), ("year", 2002, None, None), ("year", 2003, None, None), ("count", 26, None, None), ("duration", 67, "year", None)], None),
    ("de", "Umgesetzt wurde die Anhebung von 2012 bis 2031 in Schritten von einem bis zwei Monaten pro Jahrgang.", True, [("year", 2012, None, None), ("year", 2031, None, None), ("duration", 1, "month", None), ("duration", 2, "month", None)], None),
    ("de", "Für ihre Arbeit stehen der Kommission nach Angaben des Arbeitsministeriums 4,5 Millionen Euro zur Verfügung.", True, [("money", 4500000, "EUR", None)], "das Arbeitsministerium"),
    ("de", "Einen Zwischenbericht soll das Gremium Ende Juni vorlegen.", True, [], None),
    ("de", "Ob die Vorschläge diesmal umgesetzt werden, ist offen.", False, [], None),
    # --- Chronologie: Der Bergsturz von Spadlas (Keystone-SDA) ---
    ("de", "Chur (Keystone-SDA) - Knapp zwei Jahre nach dem Bergsturz von Spadlas dürfen die ersten Bewohnerinnen und Bewohner in ihre Häuser zurückkehren, teilte der Kanton Graubünden am Dienstag mit.", True, [("duration", 2, "year", "nearly"), ("ordinal", 1, None, None)], "der Kanton Graubünden"),
    ("de", "Die wichtigsten Daten:", False, [], None),
    ("de", "Mitte Mai 2024: Messgeräte registrieren Bewegungen von bis zu 30 Zentimetern pro Tag am Piz Spadlas.", True, [("year", 2024, None, None), ("count", 30, None, "up_to")], None),
    ("de", "Am 18.5.2024 ordnet die Gemeinde die Evakuierung der 94 Einwohnerinnen und Einwohner an.", True, [("date", "2024-05-18", None, None), ("count", 94, None, None)], None),
    ("de", "In der Nacht auf den 2. Juni 2024 donnern rund 1,2 Millionen Kubikmeter Fels ins Tal, verletzt wird niemand.", True, [("date", "2024-06-02", None, None), ("count", 1200000, None, "about")], None),
    ("de", "Sommer 2024: Der Bund sichert Soforthilfe von 12 Mio. Franken zu, der Kanton weitere 8 Mio.", True, [("year", 2024, None, None), ("money", 12000000, "CHF", None), ("money", 8000000, "CHF", None)], None),
    ("de", "Im Frühling 2025 beginnt der Bau eines 600 Meter langen Schutzdamms, der bis Ende 2025 fertig wird.", True, [("year", 2025, None, None), ("count", 600, None, None), ("year", 2025, None, None)], None),
    ("de", "Der Kanton rechnet mit Gesamtkosten von 41 Mio. Franken, wie die Standeskanzlei mitteilte.", True, [("money", 41000000, "CHF", None)], "die Standeskanzlei"),
    ("de", "Es ist der dritte grössere Bergsturz in Graubünden innert zehn Jahren.", True, [("ordinal", 3, None, None), ("duration", 10, "year", None)], None),
    ("de", "«Wir haben alles verloren, aber nicht die Hoffnung», sagte eine Bewohnerin beim Besuch der Baustelle.", False, [], None),
    ("de", "Quellen: Keystone-SDA, Kanton Graubünden, Gemeinde Spadlas", False, [], None),
    # --- Karriereende Lena Moosbrugger (APA) ---
    ("de", "Bludenz (APA) - Skirennläuferin Lena Moosbrugger beendet nach 13 Weltcupsaisonen ihre Karriere, wie der ÖSV mitteilte.", True, [("count", 13, None, None)], "der ÖSV"),
    ("de", "Lena Moosbrugger – die Karriere in Daten:", False, [], None),
    ("de", "Geboren: 9. Oktober 1995 in Bludenz", True, [("date", "1995-10-09", None, None)], None),
    ("de", "Weltcupdebüt: Dezember 2012 in Courchevel, mit 17 Jahren", True, [("year", 2012, None, None), ("duration", 17, "year", None)], None),
    ("de", "Weltcupsiege: 11 (davon 7 im Riesentorlauf)", True, [("count", 11, None, None), ("count", 7, None, None)], None),
    ("de", "Podestplätze: 34", True, [("count", 34, None, None)], None),
    ("de", "Olympia: Silber im Riesentorlauf 2018, Bronze in der Kombination 2022", True, [("year", 2018, None, None), ("year", 2022, None, None)], None),
    ("de", "WM-Medaillen: 2 Gold, 1 Silber (2019, 2023)", True, [("count", 2, None, None), ("count", 1, None, None), ("year", 2019, None, None), ("year", 2023, None, None)], None),
    ("de", "Verletzungen: Kreuzbandriss im Jänner 2020, neun Monate Pause", True, [("year", 2020, None, None), ("duration", 9, "month", None)], None),
    ("de", "„Ich gehe mit einem Lächeln und ganz ohne Wehmut“, sagte die Vorarlbergerin.", False, [], None),
    # --- Chronologie: Aufstieg und Fall der Halberg-Werft (dpa) ---
    ("de", "Rostock (dpa) - Die traditionsreiche Halberg-Werft stellt nach 127 Jahren den Betrieb ein, rund 1.100 Beschäftigte verlieren ihre Arbeit, teilte die IG Metall mit.", True, [("duration", 127, "year", None), ("count", 1100, None, "about")], "die IG Metall"),
    ("de", "1898: Schiffbaumeister Wilhelm Halberg gründet die Werft mit 40 Arbeitern an der Warnow.", True, [("year", 1898, None, None), ("count", 40, None, None)], None),
    ("de", "In den 1960er-Jahren ist Halberg mit zeitweise 6.500 Beschäftigten der größte Arbeitgeber der Stadt.", True, [("count", 6500, None, None)], None),
    ("de", "1991 bis 1993: Privatisierung durch die Treuhand, die Belegschaft schrumpft auf ein Drittel.", True, [("year", 1991, None, None), ("year", 1993, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "Am 1.7.2008 übernimmt ein norwegischer Investor die Mehrheit für 62 Millionen Euro.", True, [("date", "2008-07-01", None, None), ("money", 62000000, "EUR", None)], None),
    ("de", "Im Herbst 2019 meldet die Werft zum ersten Mal Insolvenz an, nach 18 Monaten folgt ein Neustart mit einem Kreuzfahrtauftrag.", True, [("year", 2019, None, None), ("ordinal", 1, None, None), ("duration", 18, "month", None)], None),
    ("de", "Nach eineinhalb Jahrzehnten unter norwegischer Führung geht die Mehrheit 2023 an eine Hamburger Reederei.", True, [("duration", 15, "year", None), ("year", 2023, None, None)], None),
    ("de", "März 2023: Der Auftraggeber storniert zwei von drei bestellten Flusskreuzfahrtschiffen.", True, [("year", 2023, None, None), ("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Am 14. November 2025 stellt die Geschäftsführung zum zweiten Mal binnen sechs Jahren einen Insolvenzantrag.", True, [("date", "2025-11-14", None, None), ("ordinal", 2, None, None), ("duration", 6, "year", None)], None),
    ("de", "Ein Investor sei trotz Gesprächen mit mehr als 20 Interessenten nicht gefunden worden, sagte Insolvenzverwalter Jörg Wendland.", True, [("count", 20, None, "over")], "Jörg Wendland"),
    ("de", "Für viele Familien an der Warnow endet damit eine Ära.", False, [], None),
    ("de", "Zusammengestellt von der dpa-Dokumentation.", False, [], None),
    # --- Chronologie: Die Causa Gschwandtner (APA) ---
    ("de", "Wien (APA) - Im Korruptionsprozess gegen den früheren Verkehrsminister Franz Gschwandtner ist am Freitag nach 37 Verhandlungstagen das Urteil gefallen.", True, [("count", 37, None, None)], None),
    ("de", "Der 63-Jährige wurde zu drei Jahren Haft verurteilt, davon zwölf Monate unbedingt.", True, [("duration", 63, "year", None), ("duration", 3, "year", None), ("duration", 12, "month", None)], None),
    ("de", "Die Chronologie der Causa:", False, [], None),
    ("de", "2009 bis 2013: Gschwandtner ist Verkehrsminister, in seine Amtszeit fällt die Vergabe des Auftrags für die Umfahrung Gmünd.", True, [("year", 2009, None, None), ("year", 2013, None, None)], None),
    ("de", "Frühjahr 2016: Ein anonymer Hinweis an die Korruptionsstaatsanwaltschaft löst Ermittlungen aus.", True, [("year", 2016, None, None)], None),
    ("de", "Am 9.3.2018 durchsuchen Ermittler sein Haus und sein Büro, Gschwandtner ist zu diesem Zeitpunkt 56 Jahre alt.", True, [("date", "2018-03-09", None, None), ("duration", 56, "year", None)], None),
    ("de", "Nach mehr als viereinhalb Jahren Ermittlungen erhebt die Korruptionsstaatsanwaltschaft im Oktober 2022 Anklage.", True, [("duration", 4.5, "year", "over"), ("year", 2022, None, None)], None),
    ("de", "Laut Anklage soll er 2011 und 2012 insgesamt 480.000 Euro für die Vergabe kassiert haben.", True, [("year", 2011, None, None), ("year", 2012, None, None), ("money", 480000, "EUR", None)], None),
    ("de", "Der Prozess begann am 6. Februar, ursprünglich waren 25 Verhandlungstage angesetzt.", True, [("date", "--02-06", None, None), ("count", 25, None, None)], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig, Gschwandtners Anwalt meldete umgehend Berufung an.", True, [], None),
    ("de", "Für Gschwandtner gilt bis zur Rechtskraft die Unschuldsvermutung.", False, [], None),
    ("de", "Was bedeutet das Urteil für die Partei des Ex-Ministers?", False, [], None),
    # --- Hintergrund: Der Donau-Gipfel (dpa) ---
    ("de", "Passau (dpa) - Zum vierten Mal treffen sich an diesem Wochenende die Regierungschefs der Donau-Anrainerstaaten zu einem Gipfel.", True, [("ordinal", 4, None, None)], None),
    ("de", "Der erste Donau-Gipfel fand 2011 in Ulm statt, der zweite drei Jahre später in Novi Sad.", True, [("ordinal", 1, None, None), ("year", 2011, None, None), ("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Beim dritten Treffen 2019 in Budapest vereinbarten die 14 Teilnehmerstaaten einen gemeinsamen Hochwasserfonds von 300 Millionen Euro.", True, [("ordinal", 3, None, None), ("year", 2019, None, None), ("count", 14, None, None), ("money", 300000000, "EUR", None)], None),
    ("de", "Wegen der Pandemie lagen zwischen dem dritten und dem vierten Gipfel sechs Jahre, sagte Gipfelsprecherin Marta Kovač.", True, [("ordinal", 3, None, None), ("ordinal", 4, None, None), ("duration", 6, "year", None)], "Marta Kovač"),
    ("de", "Das Sekretariat in Wien hat seit 2017 einen Generalsekretär, der jeweils für vier Jahre gewählt wird.", True, [("year", 2017, None, None), ("duration", 4, "year", None)], None),
    ("de", "Amtsinhaber Petar Ilić, 61, tritt in Passau zur Wiederwahl für eine dritte Amtszeit an.", True, [("duration", 61, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "„Die Donau verbindet mehr, als sie trennt“, sagte der bayerische Ministerpräsident zum Auftakt.", False, [], None),
    # --- Chronologie: Das Theater am Rhein (Keystone-SDA) ---
    ("de", "Schaffhausen (Keystone-SDA) - Nach fünfeinhalb Jahren Sanierung öffnet das Theater am Rhein am Samstag wieder seine Tore.", True, [("duration", 5.5, "year", None)], None),
    ("de", "Die Stationen:", False, [], None),
    ("de", "1869 - Eröffnung des Hauses mit 640 Plätzen, damals eines der grössten Theater der Ostschweiz.", True, [("year", 1869, None, None), ("count", 640, None, None)], None),
    ("de", "Mitte der 1990er-Jahre wird der Zuschauerraum umgebaut und auf 820 Plätze erweitert.", True, [("count", 820, None, None)], None),
    ("de", "2014: Ein Gutachten stellt gravierende Mängel beim Brandschutz fest.", True, [("year", 2014, None, None)], None),
    ("de", "Im September 2017 sagen die Stimmberechtigten mit 58,3 Prozent Ja zu einem Kredit von 46 Mio. Franken.", True, [("year", 2017, None, None), ("percent", 58.3, "%", None), ("money", 46000000, "CHF", None)], None),
    ("de", "Am 1. Juli 2020 beginnen die Bauarbeiten, der Spielbetrieb zieht für die Dauer des Umbaus in eine Halle im Industriegebiet.", True, [("date", "2020-07-01", None, None)], None),
    ("de", "2022/23: Funde aus dem Mittelalter verzögern die Arbeiten um 14 Monate, die Kosten steigen auf 58 Mio. Franken.", True, [("year", 2022, None, None), ("year", 2023, None, None), ("duration", 14, "month", None), ("money", 58000000, "CHF", None)], None),
    ("de", "Die Mehrkosten von 12 Mio. Franken übernimmt zu zwei Dritteln der Kanton, wie die Stadt mitteilte.", True, [("money", 12000000, "CHF", None), ("fraction", 0.6667, None, None)], None),
    ("de", "«Das Haus ist schöner als je zuvor», schwärmte die Intendantin.", False, [], None),
    # --- Neue Bürgermeisterin in Wels (APA) ---
    ("de", "Wels (APA) - Die 44-jährige Sozialdemokratin Andrea Pilz ist neue Bürgermeisterin von Wels, sie setzte sich in der Stichwahl mit 53,8 Prozent durch.", True, [("duration", 44, "year", None), ("percent", 53.8, "%", None)], None),
    ("de", "Sie ist die erste Frau an der Spitze der Stadt seit der Stadterhebung vor mehr als 800 Jahren.", True, [("ordinal", 1, None, None), ("duration", 800, "year", "over")], None),
    ("de", "Ihr Vorgänger Harald Rieder hatte das Amt 18 Jahre lang inne und war zweimal wiedergewählt worden.", True, [("duration", 18, "year", None), ("count", 2, None, None)], None),
    ("de", "Die Amtszeit beträgt in Oberösterreich sechs Jahre, die nächste Wahl findet im Herbst 2031 statt.", True, [("duration", 6, "year", None), ("year", 2031, None, None)], None),
    ("de", "Pilz wurde 1981 in Linz geboren und sitzt seit 2015 im Gemeinderat, seit 2021 als Vizebürgermeisterin.", True, [("year", 1981, None, None), ("year", 2015, None, None), ("year", 2021, None, None)], None),
    ("de", "Die Wahlbeteiligung lag bei 41,2 Prozent, teilte die Stadtwahlbehörde mit.", True, [("percent", 41.2, "%", None)], "die Stadtwahlbehörde"),
    ("de", "„Wels hat heute Geschichte geschrieben“, rief Pilz ihren Anhängern zu.", False, [], None),
    # --- Hintergrund: Atomkraftwerk Grafenheim (dpa) ---
    ("de", "Hintergrund: Der lange Abschied vom Atomkraftwerk Grafenheim", False, [], None),
    ("de", "Hamm (dpa) - Mehr als drei Jahrzehnte nach seiner Abschaltung ist der Rückbau des Atomkraftwerks Grafenheim abgeschlossen, teilte das Umweltministerium in Düsseldorf mit.", True, [("duration", 30, "year", "over")], "das Umweltministerium"),
    ("de", "Der Reaktor ging am 24.2.1976 ans Netz und lieferte 13 Jahre lang Strom.", True, [("date", "1976-02-24", None, None), ("duration", 13, "year", None)], None),
    ("de", "Nach einem Störfall im Sommer 1989 wurde die Anlage im Dezember desselben Jahres endgültig stillgelegt.", True, [("year", 1989, None, None)], None),
    ("de", "Ende der 1990er-Jahre begann der Abbau, der ursprünglich auf 15 Jahre angelegt war.", True, [("duration", 15, "year", None)], None),
    ("de", "Tatsächlich dauerte er fast ein Vierteljahrhundert und kostete nach Angaben des Betreibers 1,9 Milliarden Euro statt der geplanten 750 Millionen.", True, [("duration", 25, "year", "nearly"), ("money", 1900000000, "EUR", None), ("money", 750000000, "EUR", None)], "der Betreiber"),
    ("de", "Rund 3.400 Tonnen radioaktiver Abfälle lagern bis zur Fertigstellung eines Endlagers, frühestens in den 2050er-Jahren, in einer Halle auf dem Gelände.", True, [("count", 3400, None, "about")], None),
    ("de", "Für die Region ist der Abschied vom Atom ein Kapitel, das sich nur langsam schließt.", False, [], None),
    # --- Stichwort: Bundesratswahlen (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Vereinigte Bundesversammlung hat Urs Kälin im zweiten Wahlgang mit 131 von 239 gültigen Stimmen in den Bundesrat gewählt.", True, [("ordinal", 2, None, None), ("count", 131, None, None), ("count", 239, None, None)], None),
    ("de", "Stichwort: Bundesratswahlen", False, [], None),
    ("de", "Die sieben Mitglieder des Bundesrats werden jeweils für eine vierjährige Amtsdauer gewählt, eine Beschränkung der Amtszeit gibt es nicht.", True, [("count", 7, None, None), ("duration", 4, "year", None)], None),
    ("de", "Kälin ist mit 49 Jahren der jüngste Bundesrat seit 2009 und der 124. Bundesrat seit der Gründung des Bundesstaats 1848.", True, [("duration", 49, "year", None), ("year", 2009, None, None), ("ordinal", 124, None, None), ("year", 1848, None, None)], None),
    ("de", "Zuletzt hatte es 2017 einen dritten Wahlgang gebraucht.", True, [("year", 2017, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Nach 13 Jahren im Nationalrat wechselt der Schwyzer in die Landesregierung.", True, [("duration", 13, "year", None)], None),
    ("de", "Der Kanton Schwyz stellt damit zum dritten Mal einen Bundesrat.", True, [("ordinal", 3, None, None)], None),
    ("de", "«Ich nehme die Wahl mit grosser Demut an», sagte Kälin vor der Bundesversammlung.", False, [], None),
    # === English ================================================================================
    # --- TIMELINE: Harwood Mutual (Reuters) ---
    ("en", "LONDON, March 4 (Reuters) - Harwood Mutual was placed into special administration on Tuesday, ending 142 years of independent business at the building society, the Bank of England said.", True, [("date", "--03-04", None, None), ("duration", 142, "year", None)], "the Bank of England"),
    ("en", "TIMELINE-Key events in the downfall of Harwood Mutual", False, [], None),
    ("en", "1883 - Harwood Mutual is founded in Leeds by a group of 12 textile workers.", True, [("year", 1883, None, None), ("count", 12, None, None)], None),
    ("en", "In the 1980s it grows into one of Britain's 10 largest building societies, with more than 90 branches.", True, [("count", 10, None, None), ("count", 90, None, "over")], None),
    ("en", "1998-2005 - Chief executive Malcolm Reid expands into commercial property lending, lifting its loan book to 6.8 billion pounds.", True, [("year", 1998, None, None), ("year", 2005, None, None), ("money", 6800000000, "GBP", None)], None),
    ("en", "Feb 12, 2009 - Harwood posts its first annual loss, of 214 million pounds.", True, [("date", "2009-02-12", None, None), ("ordinal", 1, None, None), ("money", 214000000, "GBP", None)], None),
    ("en", "The spring of 2021 - The Prudential Regulation Authority orders a review of the society's capital position.", True, [("year", 2021, None, None)], None),
    ("en", "Jan 2023 - Harwood says it needs 350 million pounds in fresh capital within 18 months.", True, [("year", 2023, None, None), ("money", 350000000, "GBP", None), ("duration", 18, "month", None)], None),
    ("en", "Nov 29, 2024 - Talks with two potential buyers collapse.", True, [("date", "2024-11-29", None, None), ("count", 2, None, None)], None),
    ("en", "March 4, 2025 - The PRA places the society into a special administration regime.", True, [("date", "2025-03-04", None, None)], None),
    ("en", "About 410,000 savers are covered by the Financial Services Compensation Scheme for up to 85,000 pounds each, the PRA said.", True, [("count", 410000, None, "about"), ("money", 85000, "GBP", "up_to")], "the PRA"),
    ("en", "(Compiled by Elaine Foster; Editing by Mark Potter)", False, [], None),
    # --- FACTBOX: Estonia's new prime minister (Reuters) ---
    ("en", "TALLINN, Jan 8 (Reuters) - Estonia's parliament on Thursday approved Kaisa Mägi as prime minister, making the 38-year-old the youngest head of government in the European Union.", True, [("date", "--01-08", None, None), ("duration", 38, "year", None)], None),
    ("en", "FACTBOX-Who is Kaisa Mägi, Estonia's new prime minister?", False, [], None),
    ("en", "Born on Aug. 3, 1987, in Tartu, Mägi studied economics and worked for six years at the central bank.", True, [("date", "1987-08-03", None, None), ("duration", 6, "year", None)], None),
    ("en", "She entered parliament in 2015 at the age of 27 and was re-elected in 2019 and 2023.", True, [("year", 2015, None, None), ("duration", 27, "year", None), ("year", 2019, None, None), ("year", 2023, None, None)], None),
    ("en", "From 2021 to 2023 she served as finance minister, overseeing a budget of about 16 billion euros.", True, [("year", 2021, None, None), ("year", 2023, None, None), ("money", 16000000000, "EUR", "about")], None),
    ("en", "Her coalition controls 54 of the 101 seats in the Riigikogu.", True, [("count", 54, None, None), ("count", 101, None, None)], None),
    ("en", "Mägi is the country's fourth prime minister in five years and its second female head of government.", True, [("ordinal", 4, None, None), ("duration", 5, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "She is married with two children and speaks four languages.", True, [("count", 2, None, None), ("count", 4, None, None)], None),
    ("en", "\"I want to be judged by results, not by my birth certificate,\" Mägi told supporters.", False, [], None),
    # --- Key facts: the Calder Dam (AP) ---
    ("en", "SACRAMENTO, Calif. (AP) — Engineers will begin draining the reservoir behind the Calder Dam next month after inspectors found cracks in its spillway.", True, [], None),
    ("en", "Key facts about the dam:", False, [], None),
    ("en", "Completed in 1957 after six years of construction, the dam is 487 feet (148 meters) tall.", True, [("year", 1957, None, None), ("duration", 6, "year", None), ("count", 487, None, None), ("count", 148, None, None)], None),
    ("en", "Its reservoir holds up to 1.1 million acre-feet of water, enough to supply about 2 million households for a year.", True, [("count", 1100000, None, "up_to"), ("count", 2000000, None, "about")], None),
    ("en", "The spillway was rebuilt in the 1990s at a cost of $62 million.", True, [("money", 62000000, "USD", None)], None),
    ("en", "Feb. 7, 2017 — Heavy rains force the evacuation of nearly 90,000 people downstream.", True, [("date", "2017-02-07", None, None), ("count", 90000, None, "nearly")], None),
    ("en", "The repairs are expected to take three years and cost at least $400 million, the California Department of Water Resources said.", True, [("duration", 3, "year", None), ("money", 400000000, "USD", "at_least")], "the California Department of Water Resources"),
    ("en", "For residents downstream, the news brought back unwelcome memories.", False, [], None),
    # --- Timeline: the Kestrel House inquiry (PA) ---
    ("en", "LONDON (PA) - The public inquiry into the Kestrel House fire, in which 19 people died, will publish its final report on Wednesday, more than six years after the blaze.", True, [("count", 19, None, None), ("duration", 6, "year", "over")], None),
    ("en", "Here is a timeline of the key events:", False, [], None),
    ("en", "14/06/2019 - Fire breaks out on the fourth floor of the 16-storey block in Lewisham shortly before 2am.", True, [("date", "2019-06-14", None, None), ("ordinal", 4, None, None), ("count", 16, None, None)], None),
    ("en", "Within 40 minutes the flames had spread to the roof, and more than 200 firefighters were deployed.", True, [("duration", 40, "minute", None), ("count", 200, None, "over")], None),
    ("en", "July 2019 - The then prime minister announces a public inquiry, to be chaired by a retired High Court judge.", True, [("year", 2019, None, None)], None),
    ("en", "Jan 2021 - The first phase of the inquiry concludes that the cladding did not meet building regulations.", True, [("year", 2021, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Between 2021 and 2023 the inquiry hears evidence from 311 witnesses during 294 days of hearings.", True, [("year", 2021, None, None), ("year", 2023, None, None), ("count", 311, None, None), ("duration", 294, "day", None)], None),
    ("en", "The inquiry has so far cost 96.4 million pounds, according to the Cabinet Office.", True, [("money", 96400000, "GBP", None)], "the Cabinet Office"),
    ("en", "\"We will never stop fighting for the truth,\" said a spokeswoman for the bereaved families.", False, [], None),
    # --- Key dates: the Whitcombe case (AAP) ---
    ("en", "SYDNEY (AAP) - Former NSW roads minister Gary Whitcombe has been jailed for four years and nine months over an A$1.2 million kickback scheme.", True, [("duration", 4, "year", None), ("duration", 9, "month", None), ("money", 1200000, "AUD", None)], None),
    ("en", "Key dates in the case:", False, [], None),
    ("en", "2011-2015 - Whitcombe serves as roads minister in the state government.", True, [("year", 2011, None, None), ("year", 2015, None, None)], None),
    ("en", "August 2016 - A whistleblower contacts the Independent Commission Against Corruption.", True, [("year", 2016, None, None)], None),
    ("en", "13/03/2018 - ICAC begins public hearings, which run for 41 days.", True, [("date", "2018-03-13", None, None), ("duration", 41, "day", None)], None),
    ("en", "Late 2019 - The commission finds Whitcombe acted corruptly and refers the matter to prosecutors.", True, [("year", 2019, None, None)], None),
    ("en", "In 2022, almost three years later, he is charged with misconduct in public office.", True, [("year", 2022, None, None), ("duration", 3, "year", "nearly")], None),
    ("en", "Whitcombe, 67, must serve at least two years and six months before he is eligible for parole, Judge Helen Marsh told the NSW District Court.", True, [("duration", 67, "year", None), ("duration", 2, "year", "at_least"), ("duration", 6, "month", None)], "Helen Marsh"),
    ("en", "Outside court, supporters of the former minister embraced in silence.", False, [], None),
    # --- TIMELINE: Norhaven Energy (Reuters) ---
    ("en", "OSLO, June 2 (Reuters) - Norhaven Energy agreed on Monday to be bought by a U.S. rival for $7.4 billion, ending almost four decades as an independent company.", True, [("date", "--06-02", None, None), ("money", 7400000000, "USD", None), ("duration", 40, "year", "nearly")], None),
    ("en", "TIMELINE-Norhaven Energy from North Sea start-up to takeover target", False, [], None),
    ("en", "1986 - Founded in Stavanger by three engineers with 2 million Norwegian crowns of seed capital.", True, [("year", 1986, None, None), ("count", 3, None, None), ("money", 2000000, "NOK", None)], None),
    ("en", "1994 - Discovers the Lomvi Nord field, its first commercial find.", True, [("year", 1994, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Listed on the Oslo stock exchange in 1998 at 42 Norwegian crowns a share.", True, [("year", 1998, None, None), ("money", 42, "NOK", None)], None),
    ("en", "Mid-2000s - Expands into offshore wind, a business that by 2020 made up a quarter of revenue.", True, [("year", 2020, None, None), ("fraction", 0.25, None, None)], None),
    ("en", "2014-16 - Cuts about 1,800 jobs, roughly a third of its workforce, as oil prices slump.", True, [("year", 2014, None, None), ("year", 2016, None, None), ("count", 1800, None, "about"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Oct 30, 2023 - Chief executive Ingrid Solberg, 59, steps down after 11 years in the job.", True, [("date", "2023-10-30", None, None), ("duration", 59, "year", None), ("duration", 11, "year", None)], None),
    ("en", "The deal values Norhaven at a 31% premium to Friday's closing price, the company said.", True, [("percent", 31, "%", None)], "the company"),
    ("en", "Analysts said the bid looked generous but could draw a rival offer.", False, [], None),
    # --- Obituary backgrounder: Ruth Calloway (AP) ---
    ("en", "MONTPELIER, Vt. (AP) — Former U.S. Sen. Ruth Calloway, who represented Vermont for three decades, died Saturday at her home in Burlington, her office said.", True, [("duration", 30, "year", None)], "her office"),
    ("en", "She was 91.", True, [("duration", 91, "year", None)], None),
    ("en", "Calloway won her seat in 1978 at 44, becoming Vermont's first woman in the Senate, and was re-elected four times.", True, [("year", 1978, None, None), ("duration", 44, "year", None), ("ordinal", 1, None, None), ("count", 4, None, None)], None),
    ("en", "She chaired the Agriculture Committee from 1995 to 2001 and again in 2007-09.", True, [("year", 1995, None, None), ("year", 2001, None, None), ("year", 2007, None, None), ("year", 2009, None, None)], None),
    ("en", "Her second six-year term was dominated by the 1985 farm crisis, when more than 1,200 Vermont dairy farms went under.", True, [("ordinal", 2, None, None), ("duration", 6, "year", None), ("year", 1985, None, None), ("count", 1200, None, "over")], None),
    ("en", "She retired in 2009, half a century after her election to the Burlington school board.", True, [("year", 2009, None, None), ("duration", 50, "year", None)], None),
    ("en", "\"She never forgot where she came from,\" the governor said in a statement.", False, [], None),
    ("en", "A public memorial will be held at the Statehouse on May 17.", True, [("date", "--05-17", None, None)], None),
    # --- FACTBOX: Arctic summits (Reuters) ---
    ("en", "REYKJAVIK, Sept 18 (Reuters) - Leaders of the eight Arctic states meet in Reykjavik on Thursday for the fourth summit of its kind since 2013.", True, [("date", "--09-18", None, None), ("count", 8, None, None), ("ordinal", 4, None, None), ("year", 2013, None, None)], None),
    ("en", "FACTBOX-Arctic summits: what has been agreed so far", False, [], None),
    ("en", "The first summit, in Tromso in 2013, set up a joint search-and-rescue fund of $120 million.", True, [("ordinal", 1, None, None), ("year", 2013, None, None), ("money", 120000000, "USD", None)], None),
    ("en", "Leaders met for a second time two years later in Nuuk and agreed to cut shipping emissions in the region by 40% by 2030.", True, [("ordinal", 2, None, None), ("duration", 2, "year", None), ("percent", 40, "%", None), ("year", 2030, None, None)], None),
    ("en", "The third summit, planned for March 2020, was postponed twice and finally took place in the autumn of 2022.", True, [("ordinal", 3, None, None), ("year", 2020, None, None), ("count", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "Talks on a binding black-carbon limit have now dragged on for nine years.", True, [("duration", 9, "year", None)], None),
    ("en", "What is at stake this time?", False, [], None),
    # --- Iceland's president-elect (Reuters) ---
    ("en", "REYKJAVIK, June 1 (Reuters) - Icelanders elected historian Arnar Sveinsson as president on Saturday with 41.3% of the vote, giving him a four-year term that begins on Aug. 1.", True, [("date", "--06-01", None, None), ("percent", 41.3, "%", None), ("duration", 4, "year", None), ("date", "--08-01", None, None)], None),
    ("en", "Sveinsson, 56, will be the country's seventh president since independence in 1944.", True, [("duration", 56, "year", None), ("ordinal", 7, None, None), ("year", 1944, None, None)], None),
    ("en", "His predecessor stepped down in the middle of his second four-year term, citing health reasons.", True, [("ordinal", 2, None, None), ("duration", 4, "year", None)], None),
    ("en", "Turnout was 80.8%, according to Statistics Iceland.", True, [("percent", 80.8, "%", None)], "Statistics Iceland"),
    # --- Key facts: the Carrow tidal barrier (PA) ---
    ("en", "NORWICH, England (PA) - The Carrow tidal barrier, which has protected the city from North Sea surges for 40 years, is to be replaced at a cost of 310 million pounds, the Environment Agency said.", True, [("duration", 40, "year", None), ("money", 310000000, "GBP", None)], "the Environment Agency"),
    ("en", "Key facts:", False, [], None),
    ("en", "Opened: Oct. 21, 1985, by the then environment secretary", True, [("date", "1985-10-21", None, None)], None),
    ("en", "Cost when built: 28 million pounds, about 95 million pounds in today's money", True, [("money", 28000000, "GBP", None), ("money", 95000000, "GBP", "about")], None),
    ("en", "Gates closed: 212 times, most recently on Jan. 3 this year", True, [("count", 212, None, None), ("date", "--01-03", None, None)], None),
    ("en", "Homes protected: around 34,000", True, [("count", 34000, None, "about")], None),
    ("en", "Design life: 50 years, extended in 2010 by a further 15", True, [("duration", 50, "year", None), ("year", 2010, None, None), ("duration", 15, "year", None)], None),
    ("en", "Figures supplied by the Environment Agency.", False, [], None),
    # --- Pike Hollow, three decades on (AP) ---
    ("en", "CHARLESTON, W.Va. (AP) — Three decades later, the families of the 23 miners killed at the Pike Hollow mine still gather every March 11.", True, [("duration", 30, "year", None), ("count", 23, None, None), ("date", "--03-11", None, None)], None),
    ("en", "The explosion on March 11, 1995, was the deadliest U.S. coal mine disaster in a quarter-century.", True, [("date", "1995-03-11", None, None), ("duration", 25, "year", None)], None),
    ("en", "The Mine Safety and Health Administration said in 1997 that methane had built up for at least 36 hours before the blast.", True, [("year", 1997, None, None), ("duration", 36, "hour", "at_least")], "the Mine Safety and Health Administration"),
    ("en", "The mine's owner paid $14.5 million in fines and settlements and closed the mine in 1998.", True, [("money", 14500000, "USD", None), ("year", 1998, None, None)], None),
    ("en", "The youngest victim, Dale Pruitt, was 19 and had worked underground for eight months.", True, [("duration", 19, "year", None), ("duration", 8, "month", None)], None),
    ("en", "\"Time doesn't heal this kind of thing,\" said Pruitt's younger sister.", False, [], None),
    # --- TIMELINE: Calverton Pharma (Reuters) ---
    ("en", "NEW YORK, Dec 8 (Reuters) - A U.S. bankruptcy judge on Monday approved drugmaker Calverton Pharma's $6.2 billion settlement of opioid lawsuits, capping more than a decade of litigation.", True, [("date", "--12-08", None, None), ("money", 6200000000, "USD", None)], None),
    ("en", "TIMELINE-Calverton Pharma's opioid litigation", False, [], None),
    ("en", "1996 - Calverton launches its extended-release painkiller Veltrex.", True, [("year", 1996, None, None)], None),
    ("en", "In 2007, the company and three executives plead guilty to misbranding and pay $580 million.", True, [("year", 2007, None, None), ("count", 3, None, None), ("money", 580000000, "USD", None)], None),
    ("en", "2017-2019 - More than 2,600 lawsuits are filed by states, counties and tribes.", True, [("year", 2017, None, None), ("year", 2019, None, None), ("count", 2600, None, "over")], None),
    ("en", "Sept. 15, 2019 - Calverton files for Chapter 11 bankruptcy protection in White Plains, New York.", True, [("date", "2019-09-15", None, None)], None),
    ("en", "June 2024 - The Supreme Court rejects an earlier settlement by a 5-4 vote.", True, [("year", 2024, None, None), ("count", 5, None, None), ("count", 4, None, None)], None),
    ("en", "Under the new plan, members of the founding family will pay up to $7 billion over 15 years, the company said.", True, [("money", 7000000000, "USD", "up_to"), ("duration", 15, "year", None)], "the company"),
    ("en", "Critics said no amount of money could undo the damage done to communities.", False, [], None),
    # --- Key facts: Josh Kettering (AAP) ---
    ("en", "MELBOURNE (AAP) - Fast bowler Josh Kettering has retired from international cricket at 34, ending a 12-year Test career, Cricket Australia said.", True, [("duration", 34, "year", None), ("duration", 12, "year", None)], "Cricket Australia"),
    ("en", "Josh Kettering in numbers:", False, [], None),
    ("en", "Born: 22/11/1991, Ballarat, Victoria", True, [("date", "1991-11-22", None, None)], None),
    ("en", "Test debut: v India, Adelaide, December 2013", True, [("year", 2013, None, None)], None),
    ("en", "Tests: 78; wickets: 311 at an average of 26.4", True, [("count", 78, None, None), ("count", 311, None, None), ("count", 26.4, None, None)], None),
    ("en", "Best bowling: 7-52 v England, Perth, 2017", True, [("year", 2017, None, None)], None),
    ("en", "He was the 462nd man to play Test cricket for Australia.", True, [("ordinal", 462, None, None)], None),
    ("en", "\"It's been the ride of a lifetime,\" Kettering said.", False, [], None),
    # --- Today in History (AP) ---
    ("en", "Today is Tuesday, Dec. 9, the 343rd day of 2025.", True, [("date", "--12-09", None, None), ("ordinal", 343, None, None), ("year", 2025, None, None)], None),
    ("en", "There are 22 days left in the year.", True, [("duration", 22, "day", None)], None),
    # --- Key dates: the Lenz extradition (Reuters) ---
    ("en", "LONDON, Oct 2 (Reuters) - Britain's High Court on Thursday cleared the way for tech entrepreneur Viktor Lenz to be extradited to the United States, where he faces up to 45 years in prison.", True, [("date", "--10-02", None, None), ("duration", 45, "year", "up_to")], None),
    ("en", "Here are the key dates in his legal battle:", False, [], None),
    ("en", "May 2020 - Lenz, then 41, is arrested at a hotel in central London at the request of U.S. prosecutors.", True, [("year", 2020, None, None), ("duration", 41, "year", None)], None),
    ("en", "He spends 19 months in Wandsworth prison before being released on bail of 2 million pounds in December 2021.", True, [("duration", 19, "month", None), ("money", 2000000, "GBP", None), ("year", 2021, None, None)], None),
    ("en", "Jan. 4, 2023 - A district judge approves his extradition on 14 counts of wire fraud and conspiracy.", True, [("date", "2023-01-04", None, None), ("count", 14, None, None)], None),
    ("en", "The home secretary signs the order in the summer of 2023, and Lenz appeals for the second time.", True, [("year", 2023, None, None), ("ordinal", 2, None, None)], None),
    ("en", "The case will go to the European Court of Human Rights within 14 days, his lawyer said.", True, [("duration", 14, "day", None)], "his lawyer"),
    ("en", "This timeline will be updated as the case develops.", False, [], None),
]
