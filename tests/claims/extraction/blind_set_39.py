"""Thirty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Defendants, victims, judges, lawyers,
police officers, the dead and their works, and all figures are made up or used only as
sample data (real courts, forces, agencies and places such as "Landesgericht Hamburg",
"Strafgericht Basel", "Old Bailey", "NSW Supreme Court", "Bundeskriminalamt", "National
Crime Records Bureau", "FBI", "Burgtheater" or "Reichsbrücke" stand for the way wire copy
names them; two lines of record, the opening of the Nuremberg trial on 20 November 1945
and the collapse of the Reichsbrücke on 1 August 1976, are used as history copy uses
them; what is said, sentenced and counted here is invented).

Its weight: COURTS, CRIME AND JUSTICE IN DEPTH, plus OBITUARIES, ANNIVERSARIES AND HISTORY
COPY, half German (APA, dpa, Keystone-SDA; Austrian "Jänner", "Schmerzengeld", "Spital",
"bedingt nachgesehen", "teilbedingt", "Schöffensenat"-style court copy and police releases;
German Landgericht copy with "Revision" and "Bundesgerichtshof"; Swiss "Franken", "12'000",
"Genugtuung", "Landesverweisung", "à 30 Franken", "Velos", «» quotes, no "ß") and half
English (PA, Reuters, AP, AAP, CP, PTI; UK, US, Australian, Canadian, Irish and Indian
usage: "jailed for", "a minimum term of", "non-parole period", "no chance of parole for",
"community order", "hours of unpaid work", "on licence", "bond", "bail", "restitution",
"Rs 50,000", "4.45 lakh", "Gardaí", "€400,000"), told as 40 short stories in story order:
a dateline lead, the charge or verdict, the sentence, ages of defendants and victims, dates
and times of the crime, sums of damage, counts and witnesses, the prosecution's demand, the
appeal deadline or status, a quote, a closing line. 20 German stories: a murder trial
before a Vienna jury, a broker's fraud with a partly suspended sentence in Graz, a
Tagessatz fine at an Austrian district court, petrol-station robberies before the Hamburg
Landgericht, an assault before the Basel criminal court, Austria's crime statistics, knife
attacks in Germany, a burglary series in Graz, the Supreme Court upholding a mayor's
conviction, the Swiss crime statistics, obituaries of an actress and of an architect, the
80th anniversary of the Nuremberg trial, a writer's 100th birthday, a singer's 25th death
anniversary, the 50th anniversary of the Reichsbrücke collapse, a street-race verdict in
Cologne, the opening of a cash-machine bombers' trial in Frankfurt, an indictment in
Innsbruck and a juvenile court in Linz. 20 English stories: a murder sentence at the Old
Bailey, a solicitor's fraud in Leeds, a sentencing round-up, a Medicare fraud sentence in
New York, a store clerk's killing in Phoenix, a murder sentence in the NSW Supreme Court, a
second-degree murder sentence in Toronto, a Delhi life sentence with NCRB figures, crime in
England and Wales, U.S. crime figures, Victoria's crime figures, obituaries of a novelist
and of a goalkeeper, a colliery disaster's 50th anniversary and other anniversaries, a
Court of Appeal ruling, a subway shove in Manhattan, a stabbing in Sheffield, the High
Court in Glasgow, a Cork drugs case and a Texas execution. Negatives as such copy has them:
judges' and lawyers' rhetoric in quotes, a defendant's last word, victims' families'
feelings, tributes and condolences, the writer's colour, open questions, a no-comment
line, advice and appeals.

224 rows (118 German, 106 English), 46 negatives (25 German, 21 English), 178 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 324 expected quantities (122
durations, 90 counts, 41 years, 23 amounts of money, 16 percentages, 13 ordinals, 12
dates, 7 fractions; 4 of them in negatives), 27 checked speakers (12 German, 15 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("Die Männer
  hätten die Taten großteils gestanden, sagte Polizeisprecher Leo Hartl." -> "Leo Hartl").
- Sentences: every prison term is a duration as written ("zu vier Jahren und sechs Monaten
  Haft" 4 years and 6 months, "zu drei Jahren und zehn Monaten Haft", "jailed for seven
  years and four months", "for four years and six months"), as "zu fünf Jahren und neun
  Monaten Haft" (twenty-eighth batch). "lebenslange Haft", "life imprisonment", "life in
  prison without the possibility of parole" carry none (second, ninth and eleventh
  batches). "a life sentence ... with a minimum term of 24 years" 24 years (ninth, tenth and
  thirty-second); new, the same for the other jurisdictions' forms: "jailed for 28 years
  with a non-parole period of 21 years" 28 and 21 years, "life in prison with no chance of
  parole for 25 years" 25 years, "an extended sentence of four years on licence" 4 years,
  "eligible for parole in 2043" the year. "seven years of rigorous imprisonment" 7 years.
- "bedingt" and, new, "teilbedingt" name how a sentence is served and carry no quantity of
  their own; the terms beside them are durations ("15 Monaten bedingter Haft", "acht
  Monaten bedingter Haft", as "18 Monaten bedingter Haft" in the eleventh and eighteenth
  batches; "zu 30 Monaten teilbedingter Haft" 30 months, "Zehn Monate davon muss der
  57-Jährige absitzen" 10 months, "zwölf Monate davon unbedingt" 12 months, as "davon
  zwölf Monate unbedingt" in the fourth and eighth). "unter einer Probezeit von drei Jahren"
  3 years and "bei einer Probezeit von zwei Jahren" 2 years; "Die Hälfte der Strafe sah ihm
  die Richterin bedingt nach." the fraction 0.5 (as "die Hälfte davon", thirty-seventh);
  "an 18-month prison sentence suspended for two years" 18 months and 2 years, "with the
  final 18 months suspended" 18 months ("final" no ordinal), as "a two-year sentence,
  suspended for 18 months" (twenty-second).
- Day-fines: "eine Geldstrafe von 120 Tagessätzen zu je 50 Euro" is count 120 and 50 EUR
  (fourth, ninth and fifteenth batches); new: Swiss "150 Tagessätzen à 30 Franken" is count
  150 and 30 CHF with no hedge, "à" read as "je" (no hedge, thirty-first batch).
- Money a court orders is money in the currency written, with no hedge for "je", "each",
  "also": "6.500 Euro Schmerzengeld", "1.200 Euro Schmerzengeld", "eine Genugtuung von
  12'000 Franken" (Swiss separator, twelfth batch), "£12,500 in compensation", "pay each
  paramedic £500", "$41.2 million in restitution", "a fine of Rs 50,000" (INR); bail and bond
  are money ("bail of $250,000", "set bail at $1 million", "free on a $2 million bond", as
  "$5 million bail" in the thirty-second batch). Damage and loot: "mehr als 4,6 Millionen
  Euro" over, "rund 2,1 Millionen Euro" about, "rund 85.000 Euro" about, "knapp 14.000 Euro"
  nearly, "more than $96 million" over, "a €400,000 cannabis seizure" EUR.
- New: "200 hours of unpaid work" is a duration of 200 hours and "a 12-month community
  order" 12 months, as "a four-week trial"; "banned from driving for five years" 5 years
  (fifteenth); "Die Fahrerlaubnis entzog ihm das Gericht für vier Jahre." 4 years; "eine
  Landesverweisung von acht Jahren" 8 years.
- Appeal deadlines and legal status: "drei Tage Bedenkzeit" 3 days (second, tenth and
  thirty-second batches); "Prosecutors have 28 days to seek permission to appeal" 28 days
  (as "has 21 days to appeal", thirty-fifth); "within 28 days" 28 days; "Binnen einer
  Woche können beide Seiten Revision ... einlegen." carries none (a unit with an article,
  as "binnen einer Woche Revision", twentieth) and is check-worthy, as are "Das Urteil ist
  nicht rechtskräftig, ...", "Der Wirt nahm das Urteil an, es ist damit rechtskräftig.", "Das
  Urteil kann ans Appellationsgericht weitergezogen werden." and "If convicted, Lyle could
  face life in prison without the possibility of parole." (a charge's penalty, as "He faces
  up to 20 years in jail if convicted", fourth batch). "The appeal court cut the sentence
  ... from 12 years to nine" two durations, the unit written once (fourth batch: "from
  eight years to five"). "Ob der Verurteilte Rechtsmittel einlegt, ist noch offen." is an
  open question and a negative.
- Demands and maximum penalties: "Die Anklage hatte sechs Jahre gefordert, der
  Verteidiger drei Jahre und neun Monate." three durations; "Prosecutors had asked for at
  least 20 years" at_least (nineteenth and twenty-fourth); "drohen ... bis zu 15 Jahren",
  "bis zu zehn Jahre Haft" up_to (thirteenth and twenty-fifth).
- Counts in court copy: "one count of first-degree murder and two counts of armed robbery"
  counts 1 and 2; new: "first-degree" and "second-degree" in the name of an offence carry no
  ordinal - a grade inside a legal term, as "first-class" in "94 first-class matches"
  (thirty-fourth batch) - while "at his first court appearance" is ordinal 1; "17 counts of
  fraud", "on 23 counts" counts (fourth and twenty-fourth); "16 Zeugen und drei
  Sachverständige", "An zwei Verhandlungstagen", "38 Verhandlungstage", "vier
  Verhandlungstage" counts (nineteenth and twenty-seventh: a unit of time inside a compound
  noun); "mit 23 Messerstichen", "shot twice", "at least nine times" counts (as "stabbed ...
  14 times", thirty-second); "a father of two" count 2 (thirty-second: "a father of
  three"); "Drei der Angeklagten" count 3; "one of the women" none (a pronoun).
- Dates and times of crimes: "in der Nacht auf den 9. März" --03-09, "am 3. Oktober 2023"
  2023-10-03, "on 14 March last year" --03-14 (a British day-month date without a year,
  thirty-second batch), "by Jan. 15", "for Dec. 9", "on Feb. 3" dates; "zwischen Oktober 2023
  und Februar 2024", "im August 2024", "in April 2023", "in March 2024", "seit Herbst 2024"
  the years; clock times ("gegen 3.30 Uhr", "kurz vor Mitternacht", "shortly after 11pm",
  "shortly after 2 a.m.", "at about 1.20am", "at 9.40am") and "in der Nacht auf Sonntag",
  months and weekdays alone none.
- Ages of defendants and victims are durations in years ("Ein 38-jähriger Mann", "die
  34-Jährige", "der 57-Jährige", "Ein 46-jähriger Wirt", "Dem 71-jährigen Deutschen",
  "einem 62 Jahre alten Kassierer", "einen 33-jährigen Kosovaren", "im Alter von 19, 24 und
  31 Jahren" (three ages, the unit written once), "im Alter von 23 bis 35 Jahren", "Marcus
  Dale, 41,", "58-year-old Anita Ruiz", "aged 18, 20 and 24", "the defendant's age, 18 at
  the time", "Alan Reid, 81" in a negative). "jünger als 21 Jahre" is 21 years "under" (as
  "jünger als 15 Jahre", eighteenth batch) and "Jugendliche unter 18 Jahren" 18 years
  "under". New: "now in their 70s and 80s" carries no quantity - an age by decade, as "the
  1970s" and "in den 1980er-Jahren" carry none (second and thirty-fourth batches).
- Police statistics: "um 2,8 Prozent auf 528.010", "51,7 Prozent", "69.412 Anzeigen",
  "563'633 Straftaten" (Swiss separator), "66.4 per 100,000 women" (two counts, as
  "Straftaten je 100.000 Einwohner", twenty-ninth), "over 4.45 lakh cases" count 445,000
  "over" (twelfth: a lakh is 100,000); "Knapp jeder dritte Tatverdächtige" 0.3333 "nearly";
  "um rund ein Viertel unter dem Niveau von 2019" 0.25 "about" and the year; "Gut die
  Hälfte" 0.5 "over"; "Gut ein Drittel" 0.3333 "over"; "fast neun von zehn davon" the
  fraction 0.9 "nearly" (a proportion "X von Y", tenth to twenty-seventh batches); "by more
  than a quarter" 0.25 "over"; "Roughly 16,000 of the nation's 19,000 law enforcement
  agencies" counts 16,000 "about" and 19,000 (a definite group, as "Some 157 of the 193",
  thirty-first); "in the year to September", "im Vorjahr", "ein Jahr zuvor", "im Jahr
  davor", "last year", "a year earlier" none.
- Obituaries: "im Alter von 92 Jahren", "im Alter von 87 Jahren", "has died at 94", "has
  died aged 88" ages in years (twelfth and twenty-fourth batches); "mehr als fünf
  Jahrzehnte lang" 50 years "over", "in mehr als vier Jahrzehnten" 40 years "over", "a
  career spanning six decades" 60 years (twenty-fourth: "mehr als sechs Jahrzehnte");
  "Her husband of 58 years" 58 years; "She was born in 1931", "Geboren wurde sie 1933" the
  years; new: "Hellweg, Jahrgang 1925," the year 1925 (a birth year named by its cohort);
  "als jüngste von vier Töchtern" count 4 and "the second of five children" ordinal 2 and
  count 5 (twenty-fourth: "the youngest of nine children" count 9, "youngest" none); "Her
  first novel" ordinal 1; "spent 31 weeks on the bestseller list" 31 weeks; "14 Romane",
  "mehr als 300 Erzählungen", "über 200 Rollen", "52 Folgen", "43 caps", "more than 600
  league games", "for 14 seasons" (count, thirty-fifth), "more than 40 million copies"
  counts; "zwei Söhne und drei Enkelkinder" counts 2 and 3, "a daughter, three grandchildren
  and a great-grandson" count 3 only (an article is no figure).
- Anniversaries: "Vor 80 Jahren" 80 years and "It is 40 years since" 40 years (twelfth);
  "the 50th anniversary", "zum 50. Mal" (with "jährt sich", seventeenth batch) ordinals; new:
  "Zum 25. Todestag" ordinal 25, as "zum 30. Jahrestag" (twelfth) and "150. Geburtstag"
  (ninth); "im 78. Lebensjahr" ordinal 78 and no age, as "im zweiten Lebensjahr" ordinal 2
  (eighteenth); new: "wäre am Montag 100 Jahre alt geworden" and "would have turned 100 on
  Sunday" are ages, durations of 100 years, as "im Alter von 89 Jahren"; new: "the
  centenary of its central library" is ordinal 100, the word naming the 100th anniversary
  as "a dozen" names 12 (third, fifteenth and seventeenth batches) - "Jubiläum" and
  "anniversary" without a figure carry none.
- Physical measures are counts (fourth batch): "mindestens 142 Kilometern pro Stunde" 142
  "at_least" ("pro Stunde" no duration), "erlaubt waren 50" count 50 (third and eighth:
  "erlaubt waren 80/120"), "about 40 miles", "about 400 metres", "20kg".
- Durations besides: "nach rund zweieinhalbstündiger Beratung" 2.5 hours "about" (a
  compound, as "fünfstündig"); "nach nur 20 Minuten Beratung" 20 minutes ("nur" no hedge);
  "with the jury deliberating for almost 12 hours" 12 hours "nearly"; "after deliberating
  for two days" 2 days; "after a four-week trial", "after a five-week trial" durations;
  "seit seiner Festnahme vor 14 Monaten" 14 months (thirty-seventh: "vor 14 Monaten");
  "zwei Wochen vor der Tat" 2 weeks; "two days after the shooting" 2 days; "11 months after
  he vanished" 11 months; "over three days" 3 days with no hedge (thirty-first); "for at
  least three hours" at_least; "more than 300 hours of CCTV footage" 300 hours "over"; "hours
  earlier", "in den vergangenen Wochen" none.
- Check-worthy without a figure: a death reported ("Die Burgschauspielerin Elfriede Kranz ist
  tot.", "His family said he died peacefully ..."), an appeal rejected, a conviction upheld,
  a confiscation hearing and a farewell scheduled, a league's tribute planned ("Players will
  wear black armbands ..."), a release's facts (a call at a clock time, suspects caught in
  the act, a confession relayed by the police), the publication of a statistics report, a
  judge's finding of fact ("Justice Helen Carr told the NSW Supreme Court that Darren Kell
  ... had killed ..."), the legal status of rulings and the penalty a charge carries.
- Negatives, as this copy has them: judges' rhetoric in quotes („Was Sie getan haben, ist
  durch nichts zu entschuldigen“, «Das war kein Streit, der aus dem Ruder lief ...», ""You
  chose to carry a knife ..."", ""This was greed dressed up as paperwork""), lawyers'
  rhetoric („Das ist ein Urteil mit Augenmaß“, von einem „politischen Urteil“, ""not a
  monster but a frightened young man""), a prosecutor's verdict in quotes, a defendant's last
  word and a letter of apology, victims' families' feelings (a victim impact statement, a
  sister, a father, a daughter outside court, a family's "the heart of the neighborhood"),
  tributes (a theatre director, the head of state, a colleague, an editor, a friend of 50
  years with her figure labelled, a club's statement), condolences ("sprach den Angehörigen
  ihr ... Beileid aus", as in the thirty-first batch), a police officer's "Our thoughts
  remain with ...", the writer's colour (a silent courtroom, a mother leaving in tears, "Ein
  Abend mit ihr auf der Bühne war immer ein Ereignis.", "Ihre Lieder klingen heute so frisch
  wie am ersten Tag." with ordinal 1 labelled, "Tributes poured in ...", "The killing has
  shaken a quiet estate ..."), open questions and what is not known ("Warum ..., konnte auch
  der Prozess nicht klären.", "Ob ..., ist unter Kriminologen umstritten.", "Whether ... is
  far from clear.", "It remains unclear what ...", "... is anyone's guess.", "... is another
  question."), a no-comment line ("A lawyer for Voss declined to comment ..."), advice and
  appeals ("Die Polizei rät ...", "... werden ersucht, sich bei der Polizei zu melden.", "Die
  Familie bittet, von Kranzspenden abzusehen ..."). A figure in a negative is labelled
  (sixteenth and seventeenth batches).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("BK-Direktor", "Polizeisprecher", "Behördensprecher", "Detective Constable" with
  "of the Metropolitan Police" after the name, "Police Chief", "Justice"); "so Ebner" the
  surname; "X told reporters" X; new, as "told parliament" and "told the committee"
  (twenty-fifth and twenty-ninth batches): "Justice Helen Carr told the NSW Supreme Court
  that ..." -> "Helen Carr"; "sagte ... bei der Präsentation" the name, the occasion dropped
  (thirty-seventh); "Laut Bundeskriminalamt" as written (twenty-second and twenty-fifth);
  "wie das Innenministerium / das Burgtheater / die Staatsanwaltschaft Basel-Stadt /
  seine Familie mitteilte" (twelfth batch for "seine Familie"), "teilte die
  Landespolizeidirektion Steiermark / das Bundeskriminalamt / die Staatsanwaltschaft mit"
  the source with its article in the nominative, its region part of the name; "police said"
  -> "police"; "South Yorkshire Police said", "Police Scotland said" as written; "the Crown
  Prosecution Service", "the FBI", "the Crime Statistics Agency", "the bureau", "the
  prosecution", "the Manhattan District Attorney's Office" said at the end and "according to
  the Office for National Statistics / the National Crime Records Bureau / the Texas
  Department of Criminal Justice" with the article in lower case. Left unchecked (None):
  "laut Anklage", "laut Urteil", "Laut Gutachten" (documents, twenty-seventh and
  twenty-eighth), "beziffert die Polizei" (no verb of saying), "Das geht aus der ...
  Kriminalstatistik hervor", "the Old Bailey heard" (as "the court heard"), "according to
  court records" (as "according to the indictment"), "according to FBI data", "official
  figures showed", "the data showed", "The bureau estimated" opening the sentence,
  "prosecutors said" inside a relative clause, "her publisher, Hartwell & Lane, said" and
  "His family said" (a pronoun), "The judges said" (a role), "U.S. District Judge ... also
  ordered" (no verb of saying, nineteenth and twenty-fourth), "sagte die vorsitzende
  Richterin", "sagte der Direktor des Burgtheaters" (roles) and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_39 = [
    # === German =================================================================================
    # --- Mordprozess Wien (APA) ------------------------------------------------------------------
    ("de", "Wien (APA) - Ein 38-jähriger Mann ist am Mittwoch am Wiener Landesgericht wegen Mordes an seiner früheren Lebensgefährtin zu lebenslanger Haft verurteilt worden.", True,
     [("duration", 38, "year", None)], None),
    ("de", "Die Geschworenen sprachen ihn nach rund zweieinhalbstündiger Beratung einstimmig schuldig.", True,
     [("duration", 2.5, "hour", "about")], None),
    ("de", "Der Mann hatte die 34-Jährige in der Nacht auf den 9. März in ihrer Wohnung in Wien-Floridsdorf mit 23 Messerstichen getötet.", True,
     [("duration", 34, "year", None), ("date", "--03-09", None, None), ("count", 23, None, None)], None),
    ("de", "Laut Anklage hatte die Frau zwei Wochen vor der Tat ein Betretungs- und Annäherungsverbot gegen ihn erwirkt.", True,
     [("duration", 2, "week", None)], None),
    ("de", "An zwei Verhandlungstagen hörte das Gericht 16 Zeugen und drei Sachverständige.", True,
     [("count", 2, None, None), ("count", 16, None, None), ("count", 3, None, None)], None),
    ("de", "Im vollbesetzten Schwurgerichtssaal herrschte Stille, als die Richterin das Urteil verkündete.", False,
     [], None),
    ("de", "„Was Sie getan haben, ist durch nichts zu entschuldigen“, sagte die vorsitzende Richterin in der Urteilsbegründung.", False,
     [], None),
    ("de", "Der Verteidiger erbat drei Tage Bedenkzeit, die Staatsanwaltschaft verzichtete auf Rechtsmittel.", True,
     [("duration", 3, "day", None)], None),
    ("de", "Die Mutter der Getöteten verließ nach dem Schuldspruch weinend den Saal.", False,
     [], None),
    ("de", "„Wir werden nie verstehen, warum das passiert ist“, sagte die Schwester des Opfers.", False,
     [], None),
    ("de", "Warum der Mann an jenem Abend zum Messer griff, konnte auch der Prozess nicht klären.", False,
     [], None),
    # --- Betrugsprozess Graz, teilbedingte Haft (APA) ----------------------------------------------
    ("de", "Graz (APA) - Ein früherer Versicherungsmakler ist am Straflandesgericht Graz wegen schweren gewerbsmäßigen Betrugs zu 30 Monaten teilbedingter Haft verurteilt worden.", True,
     [("duration", 30, "month", None)], None),
    ("de", "Zehn Monate davon muss der 57-Jährige absitzen, der Rest wurde ihm unter einer Probezeit von drei Jahren bedingt nachgesehen.", True,
     [("duration", 10, "month", None), ("duration", 57, "year", None), ("duration", 3, "year", None)], None),
    ("de", "Das Gericht hielt für erwiesen, dass er zwischen 2018 und 2023 von 41 Kunden Prämien von insgesamt rund 860.000 Euro kassiert und nie an die Versicherer weitergeleitet hatte.", True,
     [("year", 2018, None, None), ("year", 2023, None, None), ("count", 41, None, None), ("money", 860000, "EUR", "about")], None),
    ("de", "Den Schaden muss er ersetzen, bisher hat er rund 210.000 Euro zurückgezahlt.", True,
     [("money", 210000, "EUR", "about")], None),
    ("de", "„Ich habe mich geschämt und keinen Ausweg mehr gesehen“, sagte der Angeklagte in seinem Schlusswort.", False,
     [], None),
    ("de", "„Das ist ein Urteil mit Augenmaß“, sagte Opferanwältin Sonja Berger.", False,
     [], None),
    ("de", "Das Urteil ist nicht rechtskräftig, weder Anklage noch Verteidigung gaben eine Erklärung ab.", True,
     [], None),
    ("de", "Ob der Verurteilte Rechtsmittel einlegt, ist noch offen.", False,
     [], None),
    # --- Bezirksgericht St. Johann, Tagessätze (APA) -----------------------------------------------
    ("de", "Salzburg (APA) - Ein 46-jähriger Wirt aus dem Pongau ist am Bezirksgericht St. Johann wegen fahrlässiger Körperverletzung zu einer Geldstrafe von 120 Tagessätzen zu je 50 Euro verurteilt worden.", True,
     [("duration", 46, "year", None), ("count", 120, None, None), ("money", 50, "EUR", None)], None),
    ("de", "Die Hälfte der Strafe sah ihm die Richterin bedingt nach.", True,
     [("fraction", 0.5, None, None)], None),
    ("de", "Ein Urlauber war im Jänner auf der nicht gestreuten Terrasse des Lokals gestürzt und hatte sich den Oberschenkel gebrochen.", True,
     [], None),
    ("de", "Dem 71-jährigen Deutschen sprach das Gericht zudem 6.500 Euro Schmerzengeld zu.", True,
     [("duration", 71, "year", None), ("money", 6500, "EUR", None)], None),
    ("de", "Der Wirt nahm das Urteil an, es ist damit rechtskräftig.", True,
     [], None),
    # --- Landgericht Hamburg, Tankstellenüberfälle (dpa) -------------------------------------------
    ("de", "Hamburg (dpa) - Das Landgericht Hamburg hat einen 29-Jährigen wegen einer Serie von Überfällen auf Tankstellen zu vier Jahren und sechs Monaten Haft verurteilt.", True,
     [("duration", 29, "year", None), ("duration", 4, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Der Mann hatte zwischen Oktober 2023 und Februar 2024 insgesamt elf Tankstellen überfallen und dabei knapp 14.000 Euro erbeutet.", True,
     [("year", 2023, None, None), ("year", 2024, None, None), ("count", 11, None, None), ("money", 14000, "EUR", "nearly")], None),
    ("de", "Der erste Überfall ereignete sich am 3. Oktober 2023 kurz vor Mitternacht in Wandsbek.", True,
     [("ordinal", 1, None, None), ("date", "2023-10-03", None, None)], None),
    ("de", "Bei einem der Überfälle hielt er einem 62 Jahre alten Kassierer eine Schreckschusspistole an den Kopf.", True,
     [("duration", 62, "year", None)], None),
    ("de", "Die Anklage hatte sechs Jahre gefordert, der Verteidiger drei Jahre und neun Monate.", True,
     [("duration", 6, "year", None), ("duration", 3, "year", None), ("duration", 9, "month", None)], None),
    ("de", "„Ich bereue jeden einzelnen Tag“, sagte der 29-Jährige vor der Urteilsverkündung.", False,
     [("duration", 29, "year", None)], None),
    ("de", "Binnen einer Woche können beide Seiten Revision beim Bundesgerichtshof einlegen.", True,
     [], None),
    # --- Strafgericht Basel (Keystone-SDA) ----------------------------------------------------------
    ("de", "Basel (Keystone-SDA) - Das Basler Strafgericht hat einen 33-jährigen Kosovaren wegen versuchter schwerer Körperverletzung zu einer Freiheitsstrafe von 36 Monaten verurteilt, zwölf Monate davon unbedingt.", True,
     [("duration", 33, "year", None), ("duration", 36, "month", None), ("duration", 12, "month", None)], None),
    ("de", "Zudem ordnete das Gericht eine Landesverweisung von acht Jahren an.", True,
     [("duration", 8, "year", None)], None),
    ("de", "Der Mann hatte im August 2024 vor einem Club in der Steinenvorstadt einen 22-Jährigen mit einer Glasflasche niedergeschlagen.", True,
     [("year", 2024, None, None), ("duration", 22, "year", None)], None),
    ("de", "Der Beschuldigte sitzt seit seiner Festnahme vor 14 Monaten im vorzeitigen Strafvollzug, wie die Staatsanwaltschaft Basel-Stadt mitteilte.", True,
     [("duration", 14, "month", None)], "die Staatsanwaltschaft Basel-Stadt"),
    ("de", "Sein Kollege erhielt eine bedingte Geldstrafe von 150 Tagessätzen à 30 Franken bei einer Probezeit von zwei Jahren.", True,
     [("count", 150, None, None), ("money", 30, "CHF", None), ("duration", 2, "year", None)], None),
    ("de", "Dem Opfer sprach das Gericht eine Genugtuung von 12'000 Franken zu.", True,
     [("money", 12000, "CHF", None)], None),
    ("de", "«Das war kein Streit, der aus dem Ruder lief, das war pure Brutalität», sagte die Gerichtspräsidentin bei der Eröffnung des Urteils.", False,
     [], None),
    ("de", "Das Urteil kann ans Appellationsgericht weitergezogen werden.", True,
     [], None),
    # --- Kriminalstatistik Österreich (APA) --------------------------------------------------------
    ("de", "Wien (APA) - Die Zahl der angezeigten Straftaten in Österreich ist im Vorjahr um 2,8 Prozent auf 528.010 gestiegen, wie das Innenministerium am Montag mitteilte.", True,
     [("percent", 2.8, "%", None), ("count", 528010, None, None)], "das Innenministerium"),
    ("de", "Die Aufklärungsquote sank leicht auf 51,7 Prozent.", True,
     [("percent", 51.7, "%", None)], None),
    ("de", "Mit 69.412 Anzeigen wurden im Bereich Internetkriminalität um 11,3 Prozent mehr Delikte registriert als ein Jahr zuvor.", True,
     [("count", 69412, None, None), ("percent", 11.3, "%", None)], None),
    ("de", "Bei Betrugsdelikten stieg die Zahl der Anzeigen um 9,4 Prozent, sagte BK-Direktor Markus Ebner bei der Präsentation.", True,
     [("percent", 9.4, "%", None)], "Markus Ebner"),
    ("de", "Knapp jeder dritte Tatverdächtige war jünger als 21 Jahre.", True,
     [("fraction", 0.3333, None, "nearly"), ("duration", 21, "year", "under")], None),
    ("de", "Die Zahl der Wohnungseinbrüche lag mit 8.917 Fällen um rund ein Viertel unter dem Niveau von 2019.", True,
     [("count", 8917, None, None), ("fraction", 0.25, None, "about"), ("year", 2019, None, None)], None),
    ("de", "Bei den Morden an Frauen zählte die Polizei 2024 insgesamt 27 Fälle, um sechs weniger als im Jahr davor, so Ebner.", True,
     [("year", 2024, None, None), ("count", 27, None, None), ("count", 6, None, None)], "Ebner"),
    ("de", "„Die Polizei leistet hervorragende Arbeit, aber im Netz müssen wir schneller werden“, sagte Ebner.", False,
     [], None),
    # --- Messerangriffe in Deutschland (dpa) ------------------------------------------------------
    ("de", "Berlin (dpa) - Bundesweit hat die Polizei 2024 insgesamt 29.014 Messerangriffe erfasst, knapp 11 Prozent mehr als im Jahr davor.", True,
     [("year", 2024, None, None), ("count", 29014, None, None), ("percent", 11, "%", "nearly")], None),
    ("de", "Laut Bundeskriminalamt wurden dabei 15.741 Menschen verletzt und 117 getötet.", True,
     [("count", 15741, None, None), ("count", 117, None, None)], "Bundeskriminalamt"),
    ("de", "Das entspricht einem Anstieg um fast 2.900 Fälle, teilte das Bundeskriminalamt mit.", True,
     [("count", 2900, None, "nearly")], "das Bundeskriminalamt"),
    ("de", "Gut die Hälfte der Taten ereignete sich im öffentlichen Raum.", True,
     [("fraction", 0.5, None, "over")], None),
    ("de", "Unter den Tatverdächtigen waren 4.112 Jugendliche unter 18 Jahren.", True,
     [("count", 4112, None, None), ("duration", 18, "year", "under")], None),
    ("de", "Ob Waffenverbotszonen an Bahnhöfen die Zahlen tatsächlich senken, ist unter Kriminologen umstritten.", False,
     [], None),
    # --- Einbruchsserie Graz (APA) -------------------------------------------------------------------
    ("de", "Graz (APA) - Nach einer Serie von 43 Einbrüchen in Kellerabteile hat die Polizei in Graz drei Männer im Alter von 19, 24 und 31 Jahren festgenommen.", True,
     [("count", 43, None, None), ("count", 3, None, None), ("duration", 19, "year", None), ("duration", 24, "year", None), ("duration", 31, "year", None)], None),
    ("de", "Die Verdächtigen wurden in der Nacht auf Sonntag gegen 3.30 Uhr in einem Mehrparteienhaus in Eggenberg auf frischer Tat ertappt.", True,
     [], None),
    ("de", "Die Männer hätten die Taten großteils gestanden, sagte Polizeisprecher Leo Hartl.", True,
     [], "Leo Hartl"),
    ("de", "Den Gesamtschaden beziffert die Polizei mit rund 85.000 Euro.", True,
     [("money", 85000, "EUR", "about")], None),
    ("de", "In einer angemieteten Garage fanden die Ermittler Diebesgut aus mindestens 30 Einbrüchen, darunter 17 E-Bikes, teilte die Landespolizeidirektion Steiermark mit.", True,
     [("count", 30, None, "at_least"), ("count", 17, None, None)], "die Landespolizeidirektion Steiermark"),
    ("de", "Hausbewohner, denen in den vergangenen Wochen Unbekannte in Kellern aufgefallen sind, werden ersucht, sich bei der Polizei zu melden.", False,
     [], None),
    ("de", "Die Polizei rät, Kellerabteile mit massiven Vorhangschlössern zu sichern und dort keine Wertsachen zu lagern.", False,
     [], None),
    # --- OGH bestätigt Schuldspruch (APA) -----------------------------------------------------------
    ("de", "Wien (APA) - Der Oberste Gerichtshof hat den Schuldspruch gegen einen früheren Bürgermeister einer Tiroler Gemeinde wegen Untreue bestätigt.", True,
     [], None),
    ("de", "Die Strafe von 15 Monaten bedingter Haft ist damit rechtskräftig.", True,
     [("duration", 15, "month", None)], None),
    ("de", "Der 64-Jährige hatte laut Urteil zwischen 2015 und 2019 Gemeindegeld in Höhe von 312.000 Euro für private Bauprojekte verwendet.", True,
     [("duration", 64, "year", None), ("year", 2015, None, None), ("year", 2019, None, None), ("money", 312000, "EUR", None)], None),
    ("de", "Über die Nichtigkeitsbeschwerde entschied der Senat nach nur 20 Minuten Beratung.", True,
     [("duration", 20, "minute", None)], None),
    ("de", "Sein Anwalt sprach nach der Entscheidung von einem „politischen Urteil“.", False,
     [], None),
    # --- Kriminalstatistik Schweiz (Keystone-SDA) -------------------------------------------------
    ("de", "Neuenburg (Keystone-SDA) - Die Polizei hat im vergangenen Jahr in der Schweiz 563'633 Straftaten nach Strafgesetzbuch registriert, 7 Prozent mehr als im Vorjahr.", True,
     [("count", 563633, None, None), ("percent", 7, "%", None)], None),
    ("de", "Das geht aus der polizeilichen Kriminalstatistik hervor, die das Bundesamt für Statistik am Montag veröffentlichte.", True,
     [], None),
    ("de", "Bei den Tötungsdelikten zählte die Statistik 45 vollendete Fälle, 25 davon im häuslichen Bereich.", True,
     [("count", 45, None, None), ("count", 25, None, None)], None),
    ("de", "Gut ein Drittel aller Diebstähle betraf Fahrzeuge, vor allem Velos.", True,
     [("fraction", 0.3333, None, "over")], None),
    ("de", "Die digitale Kriminalität stieg um 31 Prozent auf 59'034 Straftaten, fast neun von zehn davon waren Betrugsfälle.", True,
     [("percent", 31, "%", None), ("count", 59034, None, None), ("fraction", 0.9, None, "nearly")], None),
    # --- Nachruf Elfriede Kranz (APA) ---------------------------------------------------------------
    ("de", "Wien (APA) - Die Burgschauspielerin Elfriede Kranz ist tot.", True,
     [], None),
    ("de", "Sie starb am Sonntag im Alter von 92 Jahren in Wien, wie das Burgtheater am Montag mitteilte.", True,
     [("duration", 92, "year", None)], "das Burgtheater"),
    ("de", "Kranz gehörte dem Ensemble mehr als fünf Jahrzehnte lang an und stand in über 200 Rollen auf der Bühne.", True,
     [("duration", 50, "year", "over"), ("count", 200, None, "over")], None),
    ("de", "Geboren wurde sie 1933 in Linz als jüngste von vier Töchtern eines Eisenbahners.", True,
     [("year", 1933, None, None), ("count", 4, None, None)], None),
    ("de", "1961 holte sie der damalige Direktor an die Burg, 1987 wurde sie zur Kammerschauspielerin ernannt.", True,
     [("year", 1961, None, None), ("year", 1987, None, None)], None),
    ("de", "Einem breiten Publikum wurde sie mit der ORF-Serie „Die Hausmeisterin“ bekannt, von der zwischen 1978 und 1984 insgesamt 52 Folgen entstanden.", True,
     [("year", 1978, None, None), ("year", 1984, None, None), ("count", 52, None, None)], None),
    ("de", "„Mit ihr verliert dieses Haus eine seiner größten Stimmen“, sagte der Direktor des Burgtheaters.", False,
     [], None),
    ("de", "Der Bundespräsident würdigte sie als „Grande Dame des österreichischen Theaters“.", False,
     [], None),
    ("de", "Ein Abend mit ihr auf der Bühne war immer ein Ereignis.", False,
     [], None),
    ("de", "Kranz hinterlässt zwei Söhne und drei Enkelkinder.", True,
     [("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Die Verabschiedung findet am 21. November im Burgtheater statt.", True,
     [("date", "--11-21", None, None)], None),
    ("de", "Die Familie bittet, von Kranzspenden abzusehen und stattdessen für die Künstlerhilfe zu spenden.", False,
     [], None),
    # --- Jahrestage und Gedenken (dpa, APA) ---------------------------------------------------------
    ("de", "Nürnberg (dpa) - Vor 80 Jahren, am 20. November 1945, begann in Nürnberg der Prozess gegen die Hauptkriegsverbrecher des NS-Regimes.", True,
     [("duration", 80, "year", None), ("date", "1945-11-20", None, None)], None),
    ("de", "Auf der Anklagebank saßen damals 21 Männer, zwölf Angeklagte wurden zum Tode verurteilt.", True,
     [("count", 21, None, None), ("count", 12, None, None)], None),
    ("de", "Der Schriftsteller Konrad Hellweg wäre am Montag 100 Jahre alt geworden.", True,
     [("duration", 100, "year", None)], None),
    ("de", "Hellweg, Jahrgang 1925, schrieb 14 Romane und mehr als 300 Erzählungen.", True,
     [("year", 1925, None, None), ("count", 14, None, None), ("count", 300, None, "over")], None),
    ("de", "Zum Jubiläum bringt sein Verlag eine Werkausgabe in zwölf Bänden heraus.", True,
     [("count", 12, None, None)], None),
    ("de", "Für viele Leser bleibt Hellweg der große Chronist einer verlorenen Provinz.", False,
     [], None),
    ("de", "Zum 25. Todestag der Sängerin Hedi Marold zeigt das Wien Museum ab Freitag rund 400 Objekte aus ihrem Nachlass.", True,
     [("ordinal", 25, None, None), ("count", 400, None, "about")], None),
    ("de", "Marold war im Jänner 2001 im 78. Lebensjahr gestorben, sie hatte mehr als 40 Schallplatten aufgenommen.", True,
     [("year", 2001, None, None), ("ordinal", 78, None, None), ("count", 40, None, "over")], None),
    ("de", "Ihre Lieder klingen heute so frisch wie am ersten Tag.", False,
     [("ordinal", 1, None, None)], None),
    ("de", "Was bleibt, ist die Erinnerung an eine Künstlerin, die nie leise sein wollte.", False,
     [], None),
    ("de", "Am 1. August jährt sich der Einsturz der Wiener Reichsbrücke zum 50. Mal.", True,
     [("date", "--08-01", None, None), ("ordinal", 50, None, None)], None),
    ("de", "Die Brücke war 1976 in den frühen Morgenstunden in die Donau gestürzt, ein Autofahrer kam dabei ums Leben.", True,
     [("year", 1976, None, None)], None),
    # --- Nachruf Hans-Rudolf Ammann (Keystone-SDA) ---------------------------------------------------
    ("de", "Zürich (Keystone-SDA) - Der Zürcher Architekt Hans-Rudolf Ammann ist im Alter von 87 Jahren gestorben.", True,
     [("duration", 87, "year", None)], None),
    ("de", "Ammann starb bereits am vergangenen Freitag in seinem Haus in Küsnacht, wie seine Familie mitteilte.", True,
     [], "seine Familie"),
    ("de", "Sein Büro plante in mehr als vier Jahrzehnten über 120 Schulhäuser, Spitäler und Wohnsiedlungen.", True,
     [("duration", 40, "year", "over"), ("count", 120, None, "over")], None),
    ("de", "1999 erhielt er den Kunstpreis der Stadt Zürich, 2011 die Ehrendoktorwürde der ETH.", True,
     [("year", 1999, None, None), ("year", 2011, None, None)], None),
    ("de", "«Er hat gebaut, als wären Menschen wichtiger als Fassaden», sagte ein langjähriger Weggefährte.", False,
     [], None),
    # --- Raserprozess Köln (dpa) ----------------------------------------------------------------------
    ("de", "Köln (dpa) - Im Prozess um ein illegales Autorennen mit einer toten Radfahrerin hat das Landgericht Köln den 24-jährigen Fahrer zu drei Jahren und zehn Monaten Haft verurteilt.", True,
     [("duration", 24, "year", None), ("duration", 3, "year", None), ("duration", 10, "month", None)], None),
    ("de", "Laut Gutachten war er mit mindestens 142 Kilometern pro Stunde durch die Innenstadt gerast, erlaubt waren 50.", True,
     [("count", 142, None, "at_least"), ("count", 50, None, None)], None),
    ("de", "Die Fahrerlaubnis entzog ihm das Gericht für vier Jahre.", True,
     [("duration", 4, "year", None)], None),
    ("de", "Die 19-jährige Studentin war noch an der Unfallstelle gestorben.", True,
     [("duration", 19, "year", None)], None),
    ("de", "Keine Strafe der Welt bringe ihm seine Tochter zurück, sagte der Vater der Toten nach dem Urteil.", False,
     [], None),
    ("de", "Die Oberbürgermeisterin sprach den Angehörigen ihr tief empfundenes Beileid aus.", False,
     [], None),
    # --- Prozessauftakt Frankfurt (dpa) -------------------------------------------------------------
    ("de", "Frankfurt/Main (dpa) - Vor dem Landgericht Frankfurt hat am Dienstag der Prozess gegen fünf mutmaßliche Geldautomatensprenger begonnen.", True,
     [("count", 5, None, None)], None),
    ("de", "Die Anklage wirft den Männern im Alter von 23 bis 35 Jahren 19 Sprengungen in Hessen und Rheinland-Pfalz vor.", True,
     [("duration", 23, "year", None), ("duration", 35, "year", None), ("count", 19, None, None)], None),
    ("de", "Der Sachschaden soll sich auf mehr als 4,6 Millionen Euro belaufen, die Beute auf rund 2,1 Millionen Euro.", True,
     [("money", 4600000, "EUR", "over"), ("money", 2100000, "EUR", "about")], None),
    ("de", "Drei der Angeklagten sitzen seit Herbst 2024 in Untersuchungshaft, teilte die Staatsanwaltschaft mit.", True,
     [("count", 3, None, None), ("year", 2024, None, None)], "die Staatsanwaltschaft"),
    ("de", "Das Gericht hat zunächst 38 Verhandlungstage bis Ende Juni angesetzt.", True,
     [("count", 38, None, None)], None),
    ("de", "Den Angeklagten drohen Haftstrafen von bis zu 15 Jahren.", True,
     [("duration", 15, "year", "up_to")], None),
    # --- Anklage Innsbruck (APA) ----------------------------------------------------------------------
    ("de", "Innsbruck (APA) - Die Staatsanwaltschaft Innsbruck hat gegen einen 52-jährigen Anlageberater Anklage wegen schweren gewerbsmäßigen Betrugs erhoben.", True,
     [("duration", 52, "year", None)], None),
    ("de", "Er soll 64 Anleger um insgesamt 3,4 Millionen Euro gebracht haben, sagte Behördensprecher Hansjörg Mayr.", True,
     [("count", 64, None, None), ("money", 3400000, "EUR", None)], "Hansjörg Mayr"),
    ("de", "Bei einer Verurteilung drohen dem Mann bis zu zehn Jahre Haft.", True,
     [("duration", 10, "year", "up_to")], None),
    ("de", "Der Prozess soll am 14. April beginnen, angesetzt sind vier Verhandlungstage.", True,
     [("date", "--04-14", None, None), ("count", 4, None, None)], None),
    # --- Jugendgericht Linz (APA) ---------------------------------------------------------------------
    ("de", "Linz (APA) - Ein 16-Jähriger ist am Landesgericht Linz wegen schwerer Körperverletzung zu acht Monaten bedingter Haft verurteilt worden.", True,
     [("duration", 16, "year", None), ("duration", 8, "month", None)], None),
    ("de", "Er hatte im Mai einen gleichaltrigen Mitschüler so schwer verletzt, dass dieser zwei Wochen im Spital lag.", True,
     [("duration", 2, "week", None)], None),
    ("de", "Zusätzlich muss er dem Opfer 1.200 Euro Schmerzengeld zahlen, für die Probezeit wurde Bewährungshilfe angeordnet.", True,
     [("money", 1200, "EUR", None)], None),
    # === English ================================================================================
    # --- Old Bailey murder (PA) ------------------------------------------------------------------------
    ("en", "LONDON (PA) - A 26-year-old man was handed a life sentence on Friday with a minimum term of 24 years for stabbing a father of two outside a takeaway in east London.", True,
     [("duration", 26, "year", None), ("duration", 24, "year", None), ("count", 2, None, None)], None),
    ("en", "Jordan Ashby killed Marcus Dale, 41, shortly after 11pm on 14 March last year, the Old Bailey heard.", True,
     [("duration", 41, "year", None), ("date", "--03-14", None, None)], None),
    ("en", "Ashby was convicted of murder in October after a four-week trial, with the jury deliberating for almost 12 hours.", True,
     [("duration", 4, "week", None), ("duration", 12, "hour", "nearly")], None),
    ("en", "In a victim impact statement, Dale's partner said her life had \"stopped that night\".", False,
     [], None),
    ("en", "\"You chose to carry a knife, and a man is dead because of that choice,\" Judge Rebecca Stone told Ashby.", False,
     [], None),
    ("en", "Defence barrister Simon Oakes told the court his client was \"not a monster but a frightened young man\".", False,
     [], None),
    ("en", "A second man, Kieran Moss, 23, was jailed for four years and six months for assisting an offender.", True,
     [("ordinal", 2, None, None), ("duration", 23, "year", None), ("duration", 4, "year", None), ("duration", 6, "month", None)], None),
    ("en", "Detective Constable Amy Clarke of the Metropolitan Police said officers had examined more than 300 hours of CCTV footage.", True,
     [("duration", 300, "hour", "over")], "Amy Clarke"),
    ("en", "\"Our thoughts remain with Marcus's family at this unimaginably difficult time,\" said Detective Chief Inspector Paul Greaves.", False,
     [], None),
    # --- Solicitor's fraud (PA) -------------------------------------------------------------------------
    ("en", "LEEDS (PA) - A former solicitor who stole £1.3 million from the estates of dead clients has been jailed for seven years and four months.", True,
     [("money", 1300000, "GBP", None), ("duration", 7, "year", None), ("duration", 4, "month", None)], None),
    ("en", "Helen Marsh, 58, of Harrogate, admitted 17 counts of fraud by abuse of position at Leeds Crown Court.", True,
     [("duration", 58, "year", None), ("count", 17, None, None)], None),
    ("en", "Marsh's offending came to light after a bank flagged unusual transfers in 2022, the Crown Prosecution Service said.", True,
     [("year", 2022, None, None)], "the Crown Prosecution Service"),
    ("en", "Marsh must also pay £12,500 in compensation to the widow of a former client within 28 days.", True,
     [("money", 12500, "GBP", None), ("duration", 28, "day", None)], None),
    ("en", "A confiscation hearing is due to take place in June.", True,
     [], None),
    ("en", "The Solicitors Regulation Authority struck her off the roll in 2023.", True,
     [("year", 2023, None, None)], None),
    ("en", "\"Mrs Marsh betrayed grieving families at their most vulnerable moment,\" said Nadia Ferris of the Crown Prosecution Service.", False,
     [], None),
    # --- Sentencing round-up (PA) ---------------------------------------------------------------------
    ("en", "A lorry driver who killed a cyclist while scrolling on his phone has been jailed for three years and banned from driving for five years.", True,
     [("duration", 3, "year", None), ("duration", 5, "year", None)], None),
    ("en", "In a separate case, a 31-year-old woman who assaulted two paramedics was given an 18-month prison sentence suspended for two years.", True,
     [("duration", 31, "year", None), ("count", 2, None, None), ("duration", 18, "month", None), ("duration", 2, "year", None)], None),
    ("en", "She must complete 200 hours of unpaid work and pay each paramedic £500.", True,
     [("duration", 200, "hour", None), ("money", 500, "GBP", None)], None),
    ("en", "Her 19-year-old co-defendant received a 12-month community order.", True,
     [("duration", 19, "year", None), ("duration", 12, "month", None)], None),
    # --- Medicare fraud sentence (AP) ---------------------------------------------------------------
    ("en", "NEW YORK (AP) — A former nursing home operator was sentenced on Thursday to 17 years in prison for a Medicare billing scheme that prosecutors said cost taxpayers more than $96 million.", True,
     [("duration", 17, "year", None), ("money", 96000000, "USD", "over")], None),
    ("en", "Raymond Voss, 63, was convicted in June on 23 counts, including health care fraud and money laundering, after a five-week trial.", True,
     [("duration", 63, "year", None), ("count", 23, None, None), ("duration", 5, "week", None)], None),
    ("en", "U.S. District Judge Ellen Fairbanks also ordered him to pay $41.2 million in restitution.", True,
     [("money", 41200000, "USD", None)], None),
    ("en", "Prosecutors had asked for at least 20 years, while his lawyers argued for eight years.", True,
     [("duration", 20, "year", "at_least"), ("duration", 8, "year", None)], None),
    ("en", "Voss, who has been free on a $2 million bond, must report to prison by Jan. 15.", True,
     [("money", 2000000, "USD", None), ("date", "--01-15", None, None)], None),
    ("en", "\"This was greed dressed up as paperwork,\" Fairbanks said at the hearing.", False,
     [], None),
    ("en", "A lawyer for Voss declined to comment after the hearing.", False,
     [], None),
    # --- Phoenix store clerk killing (AP) -------------------------------------------------------------
    ("en", "PHOENIX (AP) — A 34-year-old man accused of killing a convenience store clerk during a robbery was ordered held on bail of $250,000 at his first court appearance on Monday.", True,
     [("duration", 34, "year", None), ("money", 250000, "USD", None), ("ordinal", 1, None, None)], None),
    ("en", "Trevor Lyle faces one count of first-degree murder and two counts of armed robbery, according to court records.", True,
     [("count", 1, None, None), ("count", 2, None, None)], None),
    ("en", "The clerk, 58-year-old Anita Ruiz, was shot twice shortly after 2 a.m. on Saturday, police said.", True,
     [("duration", 58, "year", None), ("count", 2, None, None)], "police"),
    ("en", "Police Chief Maria Duarte told reporters that Lyle was arrested at a relative's home about 40 miles away two days after the shooting.", True,
     [("count", 40, None, "about"), ("duration", 2, "day", None)], "Maria Duarte"),
    ("en", "If convicted, Lyle could face life in prison without the possibility of parole.", True,
     [], None),
    ("en", "A preliminary hearing was set for Dec. 9.", True,
     [("date", "--12-09", None, None)], None),
    ("en", "Ruiz's family described her as \"the heart of the neighborhood\" and said they were heartbroken.", False,
     [], None),
    # --- NSW Supreme Court (AAP) -----------------------------------------------------------------------
    ("en", "SYDNEY (AAP) - A man who murdered his business partner and buried his body in bushland has been jailed for 28 years with a non-parole period of 21 years.", True,
     [("duration", 28, "year", None), ("duration", 21, "year", None)], None),
    ("en", "Justice Helen Carr told the NSW Supreme Court that Darren Kell, 49, had killed Simon Pratt, 52, in May 2022 after the pair's building firm collapsed under heavy debts.", True,
     [("duration", 49, "year", None), ("duration", 52, "year", None), ("year", 2022, None, None)], "Helen Carr"),
    ("en", "Kell will be eligible for parole in 2043.", True,
     [("year", 2043, None, None)], None),
    ("en", "Pratt's remains were found by a bushwalker 11 months after he vanished.", True,
     [("duration", 11, "month", None)], None),
    ("en", "\"I'm sorry for what I did,\" Kell said in a letter read to the court.", False,
     [], None),
    # --- Scarborough killing (CP) ---------------------------------------------------------------------
    ("en", "TORONTO (CP) - A 44-year-old man has been sentenced to life in prison with no chance of parole for 25 years for killing his neighbour in Scarborough.", True,
     [("duration", 44, "year", None), ("duration", 25, "year", None)], None),
    ("en", "An Ontario Superior Court jury found Wayne Dobbs guilty of second-degree murder in May after deliberating for two days.", True,
     [("duration", 2, "day", None)], None),
    ("en", "Dobbs struck Gerald Finch, 71, at least nine times with a shovel during a dispute over a fence.", True,
     [("duration", 71, "year", None), ("count", 9, None, "at_least")], None),
    ("en", "\"Nothing will bring Dad back, but today we can finally breathe,\" his daughter told reporters outside court.", False,
     [], None),
    # --- Delhi court and NCRB figures (PTI) -----------------------------------------------------------
    ("en", "NEW DELHI: A special court here on Tuesday sentenced a 38-year-old man to life imprisonment for the murder of a cab driver in 2019 and imposed a fine of Rs 50,000 on him.", True,
     [("duration", 38, "year", None), ("year", 2019, None, None), ("money", 50000, "INR", None)], None),
    ("en", "Two co-accused were sentenced to seven years of rigorous imprisonment each, the prosecution said.", True,
     [("count", 2, None, None), ("duration", 7, "year", None)], "the prosecution"),
    ("en", "Crimes against women in India rose 4% to over 4.45 lakh cases in 2022, according to the National Crime Records Bureau.", True,
     [("percent", 4, "%", None), ("count", 445000, None, "over"), ("year", 2022, None, None)], "the National Crime Records Bureau"),
    ("en", "The rate of such crimes stood at 66.4 per 100,000 women, the bureau said.", True,
     [("count", 66.4, None, None), ("count", 100000, None, None)], "the bureau"),
    ("en", "Cybercrime cases jumped 24.4% to 65,893, the data showed.", True,
     [("percent", 24.4, "%", None), ("count", 65893, None, None)], None),
    # --- Crime in England and Wales (Reuters) ----------------------------------------------------------
    ("en", "LONDON, Jan 29 (Reuters) - Police in England and Wales recorded 50,510 knife offences in the year to September, down 2% on the previous year, official figures showed.", True,
     [("date", "--01-29", None, None), ("count", 50510, None, None), ("percent", 2, "%", None)], None),
    ("en", "Homicides fell 10% to 535, the lowest number since 2014, according to the Office for National Statistics.", True,
     [("percent", 10, "%", None), ("count", 535, None, None), ("year", 2014, None, None)], "the Office for National Statistics"),
    ("en", "Fraud remained the most common offence against adults, at an estimated 3.9 million incidents.", True,
     [("count", 3900000, None, "about")], None),
    ("en", "Shoplifting offences recorded by police rose 20% to about 516,000, the highest since current records began in 2003.", True,
     [("percent", 20, "%", None), ("count", 516000, None, "about"), ("year", 2003, None, None)], None),
    ("en", "Whether the fall in knife crime will last is far from clear.", False,
     [], None),
    # --- U.S. crime figures (AP) -----------------------------------------------------------------------
    ("en", "WASHINGTON (AP) — Murders in the United States fell by nearly 15% last year, according to FBI data released on Monday.", True,
     [("percent", 15, "%", "nearly")], None),
    ("en", "The bureau estimated that 16,935 people were killed in 2024, down from 19,800 a year earlier.", True,
     [("count", 16935, None, None), ("year", 2024, None, None), ("count", 19800, None, None)], None),
    ("en", "Violent crime overall dropped about 4.5%, while property crime fell 8.1%, the FBI said.", True,
     [("percent", 4.5, "%", "about"), ("percent", 8.1, "%", None)], "the FBI"),
    ("en", "Roughly 16,000 of the nation's 19,000 law enforcement agencies submitted data.", True,
     [("count", 16000, None, "about"), ("count", 19000, None, None)], None),
    # --- Victorian crime figures (AAP) -----------------------------------------------------------------
    ("en", "MELBOURNE (AAP) - Victoria Police recorded 553,214 criminal incidents in the year to June, up 7.4%, the Crime Statistics Agency said.", True,
     [("count", 553214, None, None), ("percent", 7.4, "%", None)], "the Crime Statistics Agency"),
    ("en", "Car thefts rose by more than a quarter, driven by a spike in break-ins to steal keys.", True,
     [("fraction", 0.25, None, "over")], None),
    # --- Obituary: Eleanor Whitcombe (AP) ---------------------------------------------------------------
    ("en", "NEW YORK (AP) — Eleanor Whitcombe, whose novels about small-town Ohio sold more than 40 million copies worldwide, has died at 94.", True,
     [("count", 40000000, None, "over"), ("duration", 94, "year", None)], None),
    ("en", "Whitcombe died Saturday at her home in Vermont, her publisher, Hartwell & Lane, said.", True,
     [], None),
    ("en", "She was born in 1931 in Dayton, the second of five children of a schoolteacher and a railroad clerk.", True,
     [("year", 1931, None, None), ("ordinal", 2, None, None), ("count", 5, None, None)], None),
    ("en", "Her first novel, \"The Orchard Road,\" appeared in 1962 and spent 31 weeks on the bestseller list.", True,
     [("ordinal", 1, None, None), ("year", 1962, None, None), ("duration", 31, "week", None)], None),
    ("en", "In a career spanning six decades she published 27 novels, four story collections and a memoir.", True,
     [("duration", 60, "year", None), ("count", 27, None, None), ("count", 4, None, None)], None),
    ("en", "She won the Hallam Prize for fiction in 1989 and again in 2004.", True,
     [("year", 1989, None, None), ("year", 2004, None, None)], None),
    ("en", "\"Eleanor wrote about ordinary people as if they were the most important people on earth, because to her they were,\" her longtime editor said.", False,
     [], None),
    ("en", "Her husband of 58 years, the painter Lewis Whitcombe, died in 2016.", True,
     [("duration", 58, "year", None), ("year", 2016, None, None)], None),
    ("en", "She is survived by a daughter, three grandchildren and a great-grandson.", True,
     [("count", 3, None, None)], None),
    ("en", "Her books taught a generation of readers to see the extraordinary in the everyday.", False,
     [], None),
    ("en", "\"She was simply the best of us,\" said the novelist Mara Quinn, a friend for more than 50 years.", False,
     [("duration", 50, "year", "over")], None),
    # --- Obituary: Ron Bexley (PA) ------------------------------------------------------------------------
    ("en", "LONDON (PA) - Former England goalkeeper Ron Bexley, who won 43 caps and played more than 600 league games for three clubs, has died aged 88.", True,
     [("count", 43, None, None), ("count", 600, None, "over"), ("count", 3, None, None), ("duration", 88, "year", None)], None),
    ("en", "Bexley made his debut for Hartley Town in 1955 and kept goal for them for 14 seasons.", True,
     [("year", 1955, None, None), ("count", 14, None, None)], None),
    ("en", "His family said he died peacefully in his sleep on Tuesday.", True,
     [], None),
    ("en", "\"Ron was a gentleman on and off the pitch, and we will never see his like again,\" the club said in a statement.", False,
     [], None),
    ("en", "Players will wear black armbands at Saturday's home game against Dunmore.", True,
     [], None),
    ("en", "Tributes poured in from across the game on Wednesday.", False,
     [], None),
    # --- Anniversaries (PA, AP) --------------------------------------------------------------------------
    ("en", "BRACKWELL, England (PA) - Sunday marks the 50th anniversary of the Brackwell Colliery disaster, in which 31 miners were killed by an underground explosion.", True,
     [("ordinal", 50, None, None), ("count", 31, None, None)], None),
    ("en", "The blast happened at 9.40am on 12 November 1975, about 400 metres below the surface.", True,
     [("date", "1975-11-12", None, None), ("count", 400, None, "about")], None),
    ("en", "An inquiry in 1977 found that methane had built up undetected for at least three hours.", True,
     [("year", 1977, None, None), ("duration", 3, "hour", "at_least")], None),
    ("en", "Three survivors, now in their 70s and 80s, will lay wreaths at the memorial.", True,
     [("count", 3, None, None)], None),
    ("en", "\"It never leaves you,\" said one of them, Alan Reid, 81.", False,
     [("duration", 81, "year", None)], None),
    ("en", "What will become of the old pithead buildings is anyone's guess.", False,
     [], None),
    ("en", "It is 40 years since the Hartfield rail crash killed 19 people and injured 110 more.", True,
     [("duration", 40, "year", None), ("count", 19, None, None), ("count", 110, None, None)], None),
    ("en", "Northam is marking the centenary of its central library this week with free events at all 12 branches.", True,
     [("ordinal", 100, None, None), ("count", 12, None, None)], None),
    ("en", "Jazz pianist Clifford Banks, who died in 2009, would have turned 100 on Sunday.", True,
     [("year", 2009, None, None), ("duration", 100, "year", None)], None),
    ("en", "A festival in his home town of Macon, Georgia, will feature 40 of his compositions over three days.", True,
     [("count", 40, None, None), ("duration", 3, "day", None)], None),
    # --- Court of Appeal (PA) ------------------------------------------------------------------------------
    ("en", "The Court of Appeal on Wednesday cut the sentence of a man jailed over a fatal punch outside a Bristol nightclub from 12 years to nine.", True,
     [("duration", 12, "year", None), ("duration", 9, "year", None)], None),
    ("en", "The judges said the trial judge had given too little weight to the defendant's age, 18 at the time of the attack.", True,
     [("duration", 18, "year", None)], None),
    ("en", "Prosecutors have 28 days to seek permission to appeal to the Supreme Court.", True,
     [("duration", 28, "day", None)], None),
    ("en", "Whether the shorter sentence will deter anyone is another question.", False,
     [], None),
    # --- Subway shove (AP) ----------------------------------------------------------------------------
    ("en", "A Manhattan judge set bail at $1 million for a 22-year-old man charged with pushing a subway rider onto the tracks, the Manhattan District Attorney's Office said.", True,
     [("money", 1000000, "USD", None), ("duration", 22, "year", None)], "the Manhattan District Attorney's Office"),
    ("en", "The victim, a 67-year-old retired teacher, survived with a fractured skull and two broken ribs.", True,
     [("duration", 67, "year", None), ("count", 2, None, None)], None),
    ("en", "Kevin Doyle is due back in court on Feb. 3.", True,
     [("date", "--02-03", None, None)], None),
    # --- Sheffield stabbing (PA) ----------------------------------------------------------------------
    ("en", "SHEFFIELD (PA) - Police were called to reports of a disturbance in Harrow Road at about 1.20am on Sunday, South Yorkshire Police said.", True,
     [], "South Yorkshire Police"),
    ("en", "A 19-year-old man was pronounced dead at the scene and a 17-year-old boy was taken to hospital with stab wounds.", True,
     [("duration", 19, "year", None), ("duration", 17, "year", None)], None),
    ("en", "Three men, aged 18, 20 and 24, were arrested later that morning and remain in custody on suspicion of murder.", True,
     [("count", 3, None, None), ("duration", 18, "year", None), ("duration", 20, "year", None), ("duration", 24, "year", None)], None),
    ("en", "The killing has shaken a quiet estate where, neighbours say, children still play in the street.", False,
     [], None),
    ("en", "It remains unclear what led to the confrontation.", False,
     [], None),
    # --- High Court in Glasgow (PA) ------------------------------------------------------------------
    ("en", "GLASGOW (PA) - A man who raped two women he met through a dating app has been jailed for nine years at the High Court in Glasgow.", True,
     [("count", 2, None, None), ("duration", 9, "year", None)], None),
    ("en", "Liam Carnie, 35, will also be subject to an extended sentence of four years on licence.", True,
     [("duration", 35, "year", None), ("duration", 4, "year", None)], None),
    ("en", "Carnie was arrested in April 2023 after one of the women went to police, Police Scotland said.", True,
     [("year", 2023, None, None)], "Police Scotland"),
    # --- Cork drugs case (PA) --------------------------------------------------------------------------
    ("en", "DUBLIN (PA) - A 42-year-old man has been jailed for six years, with the final 18 months suspended, over a €400,000 cannabis seizure in Co Cork.", True,
     [("duration", 42, "year", None), ("duration", 6, "year", None), ("duration", 18, "month", None), ("money", 400000, "EUR", None)], None),
    ("en", "Gardaí found 20kg of the drug in the boot of his car in March 2024.", True,
     [("count", 20, None, None), ("year", 2024, None, None)], None),
    # --- Texas execution (AP) -------------------------------------------------------------------------
    ("en", "HUNTSVILLE, Texas (AP) — Texas on Thursday executed a 61-year-old man convicted of killing a state trooper during a traffic stop in 1998, according to the Texas Department of Criminal Justice.", True,
     [("duration", 61, "year", None), ("year", 1998, None, None)], "the Texas Department of Criminal Justice"),
    ("en", "It was the state's fifth execution this year and the 24th in the United States.", True,
     [("ordinal", 5, None, None), ("ordinal", 24, None, None)], None),
    ("en", "The U.S. Supreme Court had rejected his final appeal hours earlier.", True,
     [], None),
]
