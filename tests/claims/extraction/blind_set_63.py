"""Sixty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Margarethe Aigner, Beat Imhof, Heinrich Vollmer, Alois Rettenbacher, Claudia Berghammer,
the Voralpen Versicherung, Hannelore Strobl, Ferdinand Kastner, Monique Delacrétaz, Markus
Walch, Eva Hofstätter, Herbert Lanz, Rolf Bennecke, Agnes Frühwirth, Sepp Hallinger, the
Bank Seeland, Leopold Haindl, Maria Theresia Brunner, Clemens Haberl; Dorothy Kessling,
Klaus Wendeborn, Terry Blanchflower, Margaret Doyle, Lionel Beaudry, Martin Okafor, the
Transport Workers' Alliance, Gillian Marsh, Samuel Perlroth, Harlow Foods, Janet Okoro,
Geoffrey Hallam, Shirley Dunstan, Ray Castellanos, Arthur Lindqvist, Helen Aske, Frances
Odom, June Carrow, Alpstein Re, Nadia Sommer, Patricia Wynn, Harold Pike); real places,
clubs, parties and institutions ("Burgtheater", "Belvedere", "Rapid", "SP Schweiz",
"Deutscher Skiverband", "Erzbistum", "Universität Innsbruck", "Leeds", "BBC", "Swimming
Australia", "Downing Street", "University of Kent", "MIT") stand for the way wire copy names
them; what is said of them here is invented.

Its weight: OBITUARIES, PROFILES AND PERSONALIA as agencies write them. Half German (APA,
dpa, Keystone-SDA, KNA: a writer, a conductor, a former mayor, an auxiliary bishop, a
footballer, a former speaker of parliament, a pop singer, a ski jumper and a Burgtheater
actor die; an actress turns 90, a painter 80, a nun is 104; a new insurance chief, museum
director, bar president, cathedral organist, rector, bank chief and theatre director),
half English (AP, Reuters, PA, AAP: a novelist, an industrialist, a footballer, a deputy
premier, a jazz trumpeter, a broadcaster, a chemist, a cricketer, a swimmer, a mayor, a
film composer and a veteran die; a union leader is re-elected, a chief executive, a bishop
and a reinsurance chief are named, a marathon finisher of 91, a Senior Australian of the
Year, AP birthday lines, a chancellor steps down). Forms: deaths with ages ("im Alter von
93 Jahren", "87-jährig", "mit 78 Jahren", "er wurde 82 Jahre alt", "war damals 75", "has
died aged 92", "has died at 79", "at the age of 88", "He was 86."), life dates in brackets
("(1938–2025)", "(1931-2025)"), births ("am 14. Februar 1931 ... geboren", "geboren 1936
in Offenburg", "Born on Feb. 9, 1933"), career spans ("fast drei Jahrzehnte lang", "Mehr als
ein Vierteljahrhundert lang", "aus sechs Jahrzehnten", "44 Jahre lang", "during a 60-year
career", "Over a 37-year career", "for almost three decades", "more than four decades"),
offices with ordinals and terms ("als erste Frau", "als dritte Frau", "die 14. Präsidentin",
"der 33. Rektor", "drei Amtsperioden lang", "zweimal Rektorin", "bei seiner zweiten
Wiederwahl", "a third five-year term", "In his third term", "during his three terms", "the
98th Bishop", "the 11th chief executive", "the group's fourth CEO"), counts of works,
awards and records ("mehr als 40 Romane", "über 1800 Konzerte", "zwölfmal den Jedermann",
"28-mal", "neunmal auf dem Podest", "won 11 Grammys", "nominated for an Oscar six times",
"71 centuries", "14 world records", "nine of them at No. 1"), appointments ("wird mit 1.
Jänner 2026 Vorstandschefin", "übernimmt mit 1. März", "per 1. Juli", "ab der Spielzeit
2026/27", "takes over on March 1", "takes over on Jan. 1"), ages at events ("mit 19
Jahren", "mit sieben Jahren", "at 41", "as a 17-year-old", "at age 9"), ages in brackets
and apposition ("Markus Walch (47)", "Eva Hofstätter, 58,", "Okoro, 51,"), family ("Sie
hinterlässt zwei Töchter, fünf Enkel und drei Urenkel", "Mutter zweier Söhne", "der
dreifache Familienvater", "her husband of 61 years", "a mother of five and grandmother of
17"), ranges of years, hedges and attribution ("teilte ihr Verlag mit", "wie die Stadt
mitteilte", "gab der Verein bekannt", "teilte das Erzbistum mit", "her publisher said",
"his spokesman said", "his family said", "Swimming Australia said"). Negatives as such copy
has them: tributes and quoted grief ("„Sie hat den Menschen am Rand eine Sprache
gegeben“, sagte ...", "\"Terry was Leeds United through and through,\" the club said"),
condolences ("Unsere Gedanken sind ... bei seiner Familie", "Our thoughts are with ..."),
evaluations of a life's work ("Mit ihr verliert das Land eine seiner wichtigsten
literarischen Stimmen.", "She was, quite simply, the voice of rural Britain."), funeral
announcements without facts ("Der Termin für das Requiem wird noch bekanntgegeben.",
"Funeral details will be announced in due course."), requests and boilerplate ("Anstelle
von Blumen bittet die Familie um Spenden ...", "In lieu of flowers, ...", "The family has
asked for privacy.", "(Reporting by ...; Editing by ...)", "This obituary was prepared in
advance.", an "OBITUARY-" heading), a prayer, quips and scene colour.

220 rows (110 German, 110 English), 51 negatives (24 German, 27 English), 169 check-worthy
rows of which 13 carry no figure (7 German, 6 English), 341 expected quantities (102
durations, 93 counts, 86 years, 31 ordinals, 16 dates, 9 amounts of money, 4 percentages;
none of them in negatives), 26 checked speakers (10 German, 16 English). Sentences sharing a
run of eight or more words with any file under tests/ (checked by a script that printed only
this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch): "He was 86." and "He was
  94." after an obituary's first sentence are check-worthy rows with an age, as "She was
  91." (fifty-ninth); "Rolf Bennecke, ..., ist tot." and "Der langjährige ...
  Oberbürgermeister Heinrich Vollmer ist tot." are check-worthy rows without a figure (a
  death is a fact of record), as are a funeral date stated as a fact ("Die Trauerfeier im
  Münster ist für den 9. Mai geplant"), black armbands, a silence held before a game, a
  state memorial offered, an installation expected in the autumn.
- Ages at death and at events are durations in years (every earlier batch): "im Alter von
  93 Jahren", "mit 78 Jahren", "mit 104 Jahren", "mit 19 Jahren", "mit sieben Jahren" (the
  age at the event, fifty-ninth), "87-jährig" and "84-jährig" (as "starb 94-jährig"), "er
  wurde 82 Jahre alt", "wird am Freitag 80 Jahre alt" (as "werden heuer 67 Jahre alt",
  forty-fifth), "war damals 75" (as "was 19", fifty-ninth), "Markus Walch (47)" (the age in
  brackets, sixth and fifteenth), "Eva Hofstätter, 58,", "Die 52-jährige Managerin", "Der
  45-Jährige", "has died aged 92", "has died at 79", "at the age of 88", "He was 95",
  "Okafor, 63,", "as a 23-year-old", "at 41", "at age 9", "retired at 20", "won the
  mayoralty in 1983, at 39". New: the AP birthday line "Actor Wendell Price is 88." is an
  age, 88 years, as "She was 91." is; the label "Today's Birthdays:" before the colon
  carries nothing.
- "im 95. Lebensjahr" is ordinal 95 and no age (thirty-ninth: "im 78. Lebensjahr"); "ihren
  90. Geburtstag" ordinal 90, "Ihr 80. Professjubiläum" ordinal 80 (as "Zum 90.
  Geburtstag", fifty-ninth).
- New: life dates in brackets after a name ("Imhof (1938–2025)", "Haindl (1939–2025)",
  "Perlroth (1931-2025)") give both years, as any range of years does ("1998-2005",
  fifty-ninth); the dash, en dash or hyphen is no sign. "1999/2000" gives 1999 and 2000 (as
  "2022/23", fortieth and fiftieth); "ab der Spielzeit 2026/27" 2026 and 2027. A birth
  date with day, month and year is a date ("am 14. Februar 1931" 1931-02-14, "on Feb. 9,
  1933" 1933-02-09); "geboren 1936 in Offenburg" and "geboren 1945 in Klagenfurt" the year
  (fifty-ninth: "wurde 1981 in Linz geboren"); a film's year in brackets "(1954)" the year.
- Spans are durations (thirty-ninth and fifty-ninth): "fast drei Jahrzehnte lang" 30 years
  "nearly", "Mehr als ein Vierteljahrhundert lang" 25 years "over" (fifty-ninth: "fast ein
  Vierteljahrhundert"), "In mehr als sechs Jahrzehnten" 60 years "over", "aus sechs
  Jahrzehnten" 60 years, "52 Jahre lang", "mit der er 63 Jahre verheiratet war", "nach 14
  Jahren an der Spitze", "mehr als 40 Jahre ..., davon 26 in Tansania" 40 years "over" and
  26 years (the unit written once serves the list, forty-sixth), "during a 60-year career",
  "Over a 37-year career" ("Over" before the article is the preposition, no hedge),
  "after two decades" 20 years, "for almost three decades" 30 years "nearly", "more than
  four decades" 40 years "over", "her husband of 61 years", "married for 71 years", "in the
  company's 104-year history" and "the diocese's 930-year history" (thirty-fourth:
  "162-year history"), "its 60-year history". "more than a century" carries none (an
  article is no figure, fifty-ninth: "more than a decade").
- Terms: "a third five-year term" ordinal 3 and 5 years (fifty-ninth), "In his third term"
  ordinal 3 (twenty-second), "eine vierjährige Funktionsperiode" 4 years, "ein Vertrag über
  fünf Jahre" and "sein Vertrag läuft fünf Jahre" 5 years. New: "drei Amtsperioden lang"
  and "during his three terms" are count 3 - a term of office is no unit of time, as a
  season is none ("for 14 seasons", thirty-fifth); new: "einen Fünfjahresvertrag" is 5
  years, the compound "Fünfjahres-" read as "fünfjährig" (as "fünfstündig", the issue).
  "zweimal Rektorin", "zweimal den Schweizer Musikpreis", "dreimal ... ausgezeichnet",
  "zwölfmal den Jedermann", "neunmal auf dem Podest", "28-mal", "captained England eight
  times", "nominated for an Oscar six times", "twice" counts (twenty-first, forty-ninth).
  "nach 33 Dienstjahren" count 33 (fifteenth: "in 30 Dienstjahren" a count).
- Offices and firsts are ordinals (twenty-fourth, thirty-fourth, fifty-ninth): "als erste
  Frau" ordinal 1, "als dritte Frau" 3, "die 14. Präsidentin" 14, "der 33. Rektor" 33, "der
  elfte Ehrenbürger" 11, "bei seiner zweiten Wiederwahl" 2, "Ihr erster Roman" 1, "the
  first woman to lead" 1, "the first woman and the 11th chief executive" 1 and 11, "the
  98th Bishop" 98, "the group's fourth CEO" 4, "the third of seven children" ordinal 3 and
  count 7 (thirty-ninth: "the second of five children"), "one of its first female
  newsreaders" ordinal 1 ("one of" a pronoun, fifty-ninth), "the first group of women
  priests" 1, "the city's first Latino mayor" 1; "Platz eins" and "at No. 1" ordinal 1
  (twenty-fifth to forty-fifth). "jüngstes", "youngest", "oldest", "longest-serving",
  "älteste" carry none.
- Counts of works, awards and records: "mehr als 40 Romane" "over", "in 23 Sprachen",
  "rund 2,5 Millionen Exemplaren" "about", "über 1800 Konzerte" "over", "mehr als
  900'000 Exemplare" "over" (the Swiss apostrophe groups digits, tenth), "212 Rollen", "412
  Pflichtspiele ... 97 Tore", "zwei Silbermedaillen", "insgesamt waren es 23" (count,
  "insgesamt" no hedge), "won 11 Grammys", "more than 80 albums" "over", "won two Academy
  Awards ... and four Golden Globes", "71 centuries", "54 Tests", "three gold medals", "14
  world records", "some 90 doctoral students" "about" (as "Some 1,240", forty-first to
  forty-sixth), "one of 120 athletes" count 120. "eine Goldene Schallplatte", "a dame",
  "OBE", "Nobel Prize" without a figure none. New: "nine of them at No. 1" after "spent 44
  weeks" is 9 weeks - "them" takes the unit of the list it counts, as a unit written once
  serves the list (forty-sixth).
- Family: "zwei Töchter, fünf Enkel und drei Urenkel" counts 2, 5 and 3, "sowie drei
  Kinder", "vier erwachsene Kinder", "three sons and eight grandchildren", "two children
  and six grandchildren", "four children, 12 grandchildren and 21 great-grandchildren",
  "a mother of five and grandmother of 17" counts (thirty-ninth: "zwei Söhne und drei
  Enkelkinder"); "als jüngstes von sechs Kindern" count 6 (thirty-ninth: "als jüngste von
  vier Töchtern"). New: "Mutter zweier Söhne" is count 2 (the genitive number word
  "zweier" is "zwei"); "der dreifache Familienvater" and "Der zweifache Meister" are count
  3 and 2, as "der dreimalige Weltmeister" and "the three-time champion" are (fifteenth).
- Appointments: a day and month without a year is a date "--MM-DD" (every earlier batch):
  "mit 1. März" --03-01, "per 1. Juli" --07-01, "am 1. Oktober" --10-01, "am 8.
  September", "am 28. März", "für den 9. Mai", "takes over on March 1" --03-01, "takes over
  on Jan. 1" --01-01; with the year "mit 1. Jänner 2026" 2026-01-01 (Austrian "Jänner",
  tenth); Reuters datelines with a day ("FRANKFURT, March 4 (Reuters)", "ZURICH, June 2
  (Reuters)", "LOS ANGELES, Sept 8 (Reuters)") are dates without a year; AP, PA, APA, dpa,
  KNA and Keystone-SDA datelines none; "mit Ende August", "Ende des Jahres", "in April",
  "in June 1944" (the year only), weekdays none.
- Money: "mit 15.000 Euro dotierten" EUR, "bei rund 980.000 Euro jährlich" EUR "about",
  "um 410.000 Euro", "9,2 Milliarden Franken" CHF, "2.3 billion euros" EUR, "$1.25 million",
  "$1.1 billion", "$40" USD, "then 7.5 million Swedish crowns" SEK ("then" no hedge,
  fifty-ninth).
- Physical measures are counts (fourth batch): "um knapp neun Kilometer" 9 "nearly".
  Race times: "in 7 hours, 41 minutes" 7 hours and 41 minutes. Scores of votes and ballots:
  "mit 41 von 43 Stimmen" counts 41 and 43 (fifty-ninth: "131 von 239 gültigen Stimmen");
  "61,4 Prozent der Stimmen", "58.2% of the ballots cast on a turnout of 19%" percentages.
- New: "eine Schweigeminute" and "A minute's applause" carry none - a custom's name and an
  article, no figure (as "with a minute's silence", an earlier batch); "the 1970er-Jahre"
  and "the early 1980s" none (decades, fifty-ninth).
- Speakers, checked exactly as earlier batches write them: "teilte ihr Verlag ... mit" ->
  "ihr Verlag" and "wie seine Familie mitteilte" -> "seine Familie" (fifty-ninth: "seine
  Familie"), "wie die Stadt ... mitteilte" -> "die Stadt", "teilte das Erzbistum ... mit",
  "teilte der Aufsichtsrat ... mit", "gab der Verein bekannt" -> "der Verein", "wie die SP
  Schweiz mitteilte", "wie der Deutsche Skiverband mitteilte", "teilte das Institut ...
  mit", "wie Kulturministerin Anja Pohl ... mitteilte" -> "Anja Pohl" (the role before the
  name is no part of it, eighteenth); "her publisher said" -> "her publisher", "her agent
  said", "his family said", "her family said", "his spokesman said", "his granddaughter
  said" (as "his lawyer", "her office"), "the company said", "the union said", "the
  county said", "the university said", "the premier said", "the spokesman said", "Swimming
  Australia said", "Downing Street announced", "Alpstein Re said", "his manager, Celeste
  Ward, told The Associated Press" -> "Celeste Ward". Not checked (None) where the form is
  unsettled: "nach Angaben seines Labels", "nach Angaben seines Managements", "laut
  Geschäftsbericht", "his former club announced", "confirmed by the Massachusetts Institute
  of Technology", "according to a regulatory filing", "he told Reuters".
- Hedges, only the names in use: "rund", "about", "some" "about"; "fast", "knapp",
  "almost", "nearly" "nearly"; "mehr als", "Mehr als", "über", "more than" "over";
  "insgesamt", "bereits", "damals", "then", "zuletzt", "erst" no hedge.
- Negatives: quoted tributes and grief (also with a named or institutional speaker),
  condolences, evaluations of a life or a work, a prayer ("Herr, gib ihm die ewige
  Ruhe."), requests for donations or privacy, funeral announcements without a fact, a
  board's thanks, a reporting credit, an advance-obituary note and an "OBITUARY-" heading,
  a standing ovation; none carries a figure.
"""

# ruff: noqa: E501

BLIND_SET_63 = [
    ("de", "Linz (APA) - Die oberösterreichische Schriftstellerin Margarethe Aigner ist tot, sie starb am Sonntag im Alter von 93 Jahren in Gmunden, teilte ihr Verlag am Montag mit.", True, [("duration", 93, "year", None)], "ihr Verlag"),
    ("de", "Aigner wurde am 14. Februar 1931 in Linz als jüngstes von sechs Kindern eines Eisenbahners geboren.", True, [("date", "1931-02-14", None, None), ("count", 6, None, None)], None),
    ("de", "Nach der Matura unterrichtete sie fast drei Jahrzehnte lang Deutsch und Geschichte an einem Gymnasium in Vöcklabruck.", True, [("duration", 30, "year", "nearly")], None),
    ("de", "Ihr erster Roman erschien 1968, insgesamt veröffentlichte sie mehr als 40 Romane, Erzählbände und Hörspiele.", True, [("ordinal", 1, None, None), ("year", 1968, None, None), ("count", 40, None, "over")], None),
    ("de", "Ihre Bücher wurden in 23 Sprachen übersetzt und erreichten eine Gesamtauflage von rund 2,5 Millionen Exemplaren.", True, [("count", 23, None, None), ("count", 2500000, None, "about")], None),
    ("de", "Der Roman „Die Salzträgerin“ stand 1987 elf Wochen lang auf Platz eins der österreichischen Bestsellerliste.", True, [("year", 1987, None, None), ("duration", 11, "week", None), ("ordinal", 1, None, None)], None),
    ("de", "2003 erhielt sie als erste Frau den mit 15.000 Euro dotierten Adalbert-Stifter-Preis des Landes.", True, [("year", 2003, None, None), ("ordinal", 1, None, None), ("money", 15000, "EUR", None)], None),
    ("de", "Aigner war 52 Jahre lang mit dem Maler Ernst Aigner verheiratet, der 2014 starb.", True, [("duration", 52, "year", None), ("year", 2014, None, None)], None),
    ("de", "Sie hinterlässt zwei Töchter, fünf Enkel und drei Urenkel.", True, [("count", 2, None, None), ("count", 5, None, None), ("count", 3, None, None)], None),
    ("de", "„Sie hat den Menschen am Rand eine Sprache gegeben“, sagte Landeshauptmann-Stellvertreterin Birgit Haslinger.", False, [], None),
    ("de", "Mit ihr verliert das Land eine seiner wichtigsten literarischen Stimmen.", False, [], None),
    ("de", "Die Verabschiedung findet am 28. März im engsten Familienkreis in Gmunden statt.", True, [("date", "--03-28", None, None)], None),
    ("de", "Anstelle von Blumen bittet die Familie um Spenden für die Hospizbewegung.", False, [], None),
    ("de", "Bern (Keystone-SDA) - Der Berner Dirigent Beat Imhof ist am Mittwoch 87-jährig in Thun gestorben.", True, [("duration", 87, "year", None)], None),
    ("de", "Er sei nach kurzer schwerer Krankheit im Spital gestorben, teilte seine Familie am Donnerstag mit.", True, [], "seine Familie"),
    ("de", "Imhof (1938–2025) leitete von 1972 bis 2003 das Berner Kammerorchester und dirigierte in dieser Zeit über 1800 Konzerte.", True, [("year", 1938, None, None), ("year", 2025, None, None), ("year", 1972, None, None), ("year", 2003, None, None), ("count", 1800, None, "over")], None),
    ("de", "Er wuchs in Langnau im Emmental als Sohn eines Käsers auf und begann mit sieben Jahren Geige zu spielen.", True, [("duration", 7, "year", None)], None),
    ("de", "Für seine Einspielungen erhielt Imhof zweimal den Schweizer Musikpreis, zuletzt 1999.", True, [("count", 2, None, None), ("year", 1999, None, None)], None),
    ("de", "Von seinen 64 Schallplatten und CDs verkauften sich nach Angaben seines Labels mehr als 900'000 Exemplare.", True, [("count", 64, None, None), ("count", 900000, None, "over")], None),
    ("de", "Die Stadt Bern verlieh ihm 2008 die Ehrenbürgerschaft, er war erst der elfte Ehrenbürger seit 1900.", True, [("year", 2008, None, None), ("ordinal", 11, None, None), ("year", 1900, None, None)], None),
    ("de", "«Er konnte ein Orchester atmen lassen», schrieb das Kammerorchester in einer Würdigung.", False, [], None),
    ("de", "Die Musikwelt trauert um einen ihrer leisen Grossen.", False, [], None),
    ("de", "Freiburg (dpa) - Der langjährige Freiburger Oberbürgermeister Heinrich Vollmer ist tot.", True, [], None),
    ("de", "Der CDU-Politiker starb bereits am Freitag im Alter von 89 Jahren, wie die Stadt am Montag mitteilte.", True, [("duration", 89, "year", None)], "die Stadt"),
    ("de", "Vollmer war von 1978 bis 2002 drei Amtsperioden lang Oberbürgermeister und zuvor zwölf Jahre Mitglied des Landtags.", True, [("year", 1978, None, None), ("year", 2002, None, None), ("count", 3, None, None), ("duration", 12, "year", None)], None),
    ("de", "Bei seiner zweiten Wiederwahl 1994 erhielt er 61,4 Prozent der Stimmen.", True, [("ordinal", 2, None, None), ("year", 1994, None, None), ("percent", 61.4, "%", None)], None),
    ("de", "In seine Amtszeit fielen der Bau von 4.200 Sozialwohnungen und die Verlängerung der Stadtbahn um knapp neun Kilometer.", True, [("count", 4200, None, None), ("count", 9, None, "nearly")], None),
    ("de", "Vollmer, geboren 1936 in Offenburg, war gelernter Schriftsetzer und kam über die Gewerkschaft in die Politik.", True, [("year", 1936, None, None)], None),
    ("de", "Er hinterlässt seine Frau Gerda, mit der er 63 Jahre verheiratet war, sowie drei Kinder.", True, [("duration", 63, "year", None), ("count", 3, None, None)], None),
    ("de", "„Freiburg verdankt ihm mehr, als viele heute wissen“, sagte Oberbürgermeisterin Ulrike Kessler.", False, [], None),
    ("de", "Die Trauerfeier im Münster ist für den 9. Mai geplant, bis dahin wehen am Rathaus die Flaggen auf halbmast.", True, [("date", "--05-09", None, None)], None),
    ("de", "Unsere Gedanken sind in diesen schweren Stunden bei seiner Familie, erklärte die CDU-Fraktion im Gemeinderat.", False, [], None),
    ("de", "Bonn (KNA) - Der frühere Kölner Weihbischof Alois Rettenbacher ist im 95. Lebensjahr gestorben.", True, [("ordinal", 95, None, None)], None),
    ("de", "Rettenbacher sei am Vorabend in einem Altenheim der Cellitinnen verstorben, teilte das Erzbistum am Dienstag mit.", True, [], "das Erzbistum"),
    ("de", "Der gebürtige Oberösterreicher wurde 1955 zum Priester geweiht und 1979 vom Papst zum Bischof ernannt.", True, [("year", 1955, None, None), ("year", 1979, None, None)], None),
    ("de", "Mehr als ein Vierteljahrhundert lang war er für die Seelsorge in rund 180 Pfarreien im Norden des Erzbistums zuständig.", True, [("duration", 25, "year", "over"), ("count", 180, None, "about")], None),
    ("de", "Nach eigener Zählung spendete er in dieser Zeit über 40.000 Firmungen.", True, [("count", 40000, None, "over")], None),
    ("de", "2006 nahm der Papst seinen altersbedingten Rücktritt an, Rettenbacher war damals 75.", True, [("year", 2006, None, None), ("duration", 75, "year", None)], None),
    ("de", "„Er war ein Hirte, der den Geruch seiner Herde kannte“, sagte Kardinal Felix Morand.", False, [], None),
    ("de", "Der Termin für das Requiem wird noch bekanntgegeben.", False, [], None),
    ("de", "Herr, gib ihm die ewige Ruhe.", False, [], None),
    ("de", "Wien (APA) - Die 52-jährige Managerin Claudia Berghammer wird mit 1. Jänner 2026 Vorstandschefin der Voralpen Versicherung.", True, [("duration", 52, "year", None), ("date", "2026-01-01", None, None)], None),
    ("de", "Sie folgt auf Gerhard Pölzl, der nach 14 Jahren an der Spitze in den Ruhestand wechselt, teilte der Aufsichtsrat am Dienstag mit.", True, [("duration", 14, "year", None)], "der Aufsichtsrat"),
    ("de", "Berghammer erhält einen Vertrag über fünf Jahre, ihr Fixgehalt liegt laut Geschäftsbericht bei rund 980.000 Euro jährlich.", True, [("duration", 5, "year", None), ("money", 980000, "EUR", "about")], None),
    ("de", "Als erste Frau führt sie damit den 1898 gegründeten Versicherer.", True, [("ordinal", 1, None, None), ("year", 1898, None, None)], None),
    ("de", "Die gebürtige Steirerin ist seit 2011 im Konzern und leitet seit vier Jahren das Osteuropageschäft mit 2.300 Mitarbeitern in sieben Ländern.", True, [("year", 2011, None, None), ("duration", 4, "year", None), ("count", 2300, None, None), ("count", 7, None, None)], None),
    ("de", "„Ich freue mich sehr auf diese Aufgabe und auf das Team“, sagte Berghammer.", False, [], None),
    ("de", "Der Aufsichtsrat dankte Pölzl für seine großen Verdienste um das Haus.", False, [], None),
    ("de", "München (dpa) - Die Schauspielerin Hannelore Strobl feiert am Samstag ihren 90. Geburtstag.", True, [("ordinal", 90, None, None)], None),
    ("de", "In mehr als sechs Jahrzehnten stand sie in rund 150 Kino- und Fernsehproduktionen vor der Kamera.", True, [("duration", 60, "year", "over"), ("count", 150, None, "about")], None),
    ("de", "Ihren Durchbruch hatte Strobl mit 19 Jahren in dem Heimatfilm „Sommer am Tegernsee“ (1954).", True, [("duration", 19, "year", None), ("year", 1954, None, None)], None),
    ("de", "Dem Ensemble der Münchner Kammerspiele gehörte sie 31 Jahre lang an, von 1961 bis 1992.", True, [("duration", 31, "year", None), ("year", 1961, None, None), ("year", 1992, None, None)], None),
    ("de", "Sie wurde dreimal mit dem Bayerischen Filmpreis ausgezeichnet und erhielt 2015 den Ehrenpreis für ihr Lebenswerk.", True, [("count", 3, None, None), ("year", 2015, None, None)], None),
    ("de", "Strobl war zweimal verheiratet und ist Mutter zweier Söhne.", True, [("count", 2, None, None), ("count", 2, None, None)], None),
    ("de", "„Alt werden ist nichts für Feiglinge“, sagte Strobl der Deutschen Presse-Agentur lachend.", False, [], None),
    ("de", "Wien (APA) - Der frühere Fußball-Teamspieler Ferdinand „Ferdl“ Kastner ist tot.", True, [], None),
    ("de", "Der zweifache Meister mit Rapid starb am Donnerstag 84-jährig nach langer Krankheit, gab der Verein bekannt.", True, [("count", 2, None, None), ("duration", 84, "year", None)], "der Verein"),
    ("de", "Kastner bestritt zwischen 1960 und 1973 insgesamt 412 Pflichtspiele für die Hütteldorfer und erzielte dabei 97 Tore.", True, [("year", 1960, None, None), ("year", 1973, None, None), ("count", 412, None, None), ("count", 97, None, None)], None),
    ("de", "Für Österreich lief er 28-mal auf, sein letztes Länderspiel bestritt er 1971 gegen Schweden.", True, [("count", 28, None, None), ("year", 1971, None, None)], None),
    ("de", "Nach seiner aktiven Laufbahn trainierte er elf Jahre lang den Nachwuchs des Vereins.", True, [("duration", 11, "year", None)], None),
    ("de", "Vor dem Heimspiel am Sonntag wird eine Schweigeminute abgehalten, die Spieler tragen Trauerflor.", True, [], None),
    ("de", "„Der Ferdl war einer von uns, ein echter Rapidler“, sagte Präsident Markus Hofbauer.", False, [], None),
    ("de", "Lausanne (Keystone-SDA) - Die frühere Nationalratspräsidentin Monique Delacrétaz ist im Alter von 81 Jahren gestorben.", True, [("duration", 81, "year", None)], None),
    ("de", "Die Waadtländer Sozialdemokratin sass von 1983 bis 2007 im Nationalrat, also 24 Jahre.", True, [("year", 1983, None, None), ("year", 2007, None, None), ("duration", 24, "year", None)], None),
    ("de", "1999/2000 präsidierte sie als dritte Frau die grosse Kammer.", True, [("year", 1999, None, None), ("year", 2000, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Zuvor war sie acht Jahre lang Stadtpräsidentin von Vevey, als erste Frau in diesem Amt.", True, [("duration", 8, "year", None), ("ordinal", 1, None, None)], None),
    ("de", "Delacrétaz hinterlässt ihren Mann und vier erwachsene Kinder, wie die SP Schweiz mitteilte.", True, [("count", 4, None, None)], "die SP Schweiz"),
    ("de", "Sie habe mit Hartnäckigkeit und Charme Brücken zwischen den Sprachregionen gebaut, schrieb die Partei.", False, [], None),
    ("de", "Der Tiroler Historiker Markus Walch (47) übernimmt mit 1. März die Leitung des Landesmuseums Ferdinandeum.", True, [("duration", 47, "year", None), ("date", "--03-01", None, None)], None),
    ("de", "Walch setzte sich in einem Hearing gegen 31 Mitbewerberinnen und Mitbewerber durch, sein Vertrag läuft fünf Jahre.", True, [("count", 31, None, None), ("duration", 5, "year", None)], None),
    ("de", "Die Grazer Juristin Eva Hofstätter, 58, wurde am Mittwoch mit 41 von 43 Stimmen zur Präsidentin der Rechtsanwaltskammer Steiermark gewählt.", True, [("duration", 58, "year", None), ("count", 41, None, None), ("count", 43, None, None)], None),
    ("de", "Sie ist die 14. Präsidentin seit Gründung der Kammer im Jahr 1850 und die erste Frau in dieser Funktion.", True, [("ordinal", 14, None, None), ("year", 1850, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Der Linzer Domkapellmeister Franz Eder geht nach 33 Dienstjahren mit Ende August in Pension.", True, [("count", 33, None, None)], None),
    ("de", "Sein Nachfolger wird der 39-jährige Organist Lukas Pfeiffer, der derzeit in Passau wirkt.", True, [("duration", 39, "year", None)], None),
    ("de", "Die Universität Innsbruck hat den 61-jährigen Pharmakologen Herbert Lanz für eine vierjährige Funktionsperiode zum Rektor gewählt.", True, [("duration", 61, "year", None), ("duration", 4, "year", None)], None),
    ("de", "Lanz tritt sein Amt am 1. Oktober an und ist damit der 33. Rektor der Universität seit 1945.", True, [("date", "--10-01", None, None), ("ordinal", 33, None, None), ("year", 1945, None, None)], None),
    ("de", "Hamburg (dpa) - Rolf Bennecke, einer der erfolgreichsten Schlagersänger der 1970er-Jahre, ist tot.", True, [], None),
    ("de", "Er starb nach Angaben seines Managements am Dienstagabend in einer Hamburger Klinik, er wurde 82 Jahre alt.", True, [("duration", 82, "year", None)], None),
    ("de", "Bennecke verkaufte mehr als 20 Millionen Tonträger, 14 seiner Singles erreichten Platz eins der Hitparade.", True, [("count", 20000000, None, "over"), ("count", 14, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Für seinen größten Hit „Sommernacht in Rimini“ bekam er 1976 eine Goldene Schallplatte, insgesamt waren es 23.", True, [("year", 1976, None, None), ("count", 23, None, None)], None),
    ("de", "Seine Abschiedstournee 2019 führte ihn in 46 Städte, rund 310.000 Menschen kamen zu den Konzerten.", True, [("year", 2019, None, None), ("count", 46, None, None), ("count", 310000, None, "about")], None),
    ("de", "Seine Fans werden ihn als den Mann im weißen Anzug in Erinnerung behalten.", False, [], None),
    ("de", "„Ruhe in Frieden, lieber Rolf“, schrieb seine Kollegin Marianne Ost auf Instagram.", False, [], None),
    ("de", "Wien (APA) - Die Malerin Agnes Frühwirth, geboren 1945 in Klagenfurt, wird am Freitag 80 Jahre alt.", True, [("year", 1945, None, None), ("duration", 80, "year", None)], None),
    ("de", "Das Belvedere widmet ihr aus diesem Anlass eine Schau mit 73 Arbeiten aus sechs Jahrzehnten.", True, [("count", 73, None, None), ("duration", 60, "year", None)], None),
    ("de", "Frühwirth lehrte von 1988 bis 2010 an der Akademie der bildenden Künste und war dort zweimal Rektorin.", True, [("year", 1988, None, None), ("year", 2010, None, None), ("count", 2, None, None)], None),
    ("de", "Ihre Werke hängen in mehr als 30 Museen weltweit, ein großformatiges Triptychon wurde 2021 um 410.000 Euro versteigert.", True, [("count", 30, None, "over"), ("year", 2021, None, None), ("money", 410000, "EUR", None)], None),
    ("de", "Ihre Bilder sind laut, zornig und voller Zärtlichkeit.", False, [], None),
    ("de", "Oberstdorf (dpa) - Skisprung-Olympiasieger Sepp Hallinger ist am Montag mit 78 Jahren an den Folgen eines Schlaganfalls gestorben, wie der Deutsche Skiverband mitteilte.", True, [("duration", 78, "year", None)], "der Deutsche Skiverband"),
    ("de", "Hallinger gewann 1968 in Grenoble Gold von der Normalschanze und holte bei Weltmeisterschaften zwei Silbermedaillen.", True, [("year", 1968, None, None), ("count", 2, None, None)], None),
    ("de", "Bei der Vierschanzentournee stand er zwischen 1964 und 1972 neunmal auf dem Podest, gewinnen konnte er sie nie.", True, [("year", 1964, None, None), ("year", 1972, None, None), ("count", 9, None, None)], None),
    ("de", "Nach dem Karriereende war der dreifache Familienvater 17 Jahre lang Bürgermeister seiner Heimatgemeinde.", True, [("count", 3, None, None), ("duration", 17, "year", None)], None),
    ("de", "Er war ein Sportler, der nie vergessen hat, woher er kam.", False, [], None),
    ("de", "Biel (Keystone-SDA) - Die Bank Seeland erhält per 1. Juli einen neuen Chef: Der 49-jährige Reto Gerber folgt auf Urs Zbinden, der nach 19 Jahren zurücktritt.", True, [("date", "--07-01", None, None), ("duration", 49, "year", None), ("duration", 19, "year", None)], None),
    ("de", "Gerber war zuletzt sechs Jahre Finanzchef der Bank, die mit 410 Mitarbeitenden Kundengelder von 9,2 Milliarden Franken verwaltet.", True, [("duration", 6, "year", None), ("count", 410, None, None), ("money", 9200000000, "CHF", None)], None),
    ("de", "Zbinden bleibt der Bank als Verwaltungsrat erhalten, teilte das Institut am Freitag mit.", True, [], "das Institut"),
    ("de", "«Reto Gerber kennt unsere Bank wie kaum ein anderer», liess sich Verwaltungsratspräsidentin Sandra Wyss zitieren.", False, [], None),
    ("de", "Der Burgschauspieler Leopold Haindl (1939–2025) ist in der Nacht auf Mittwoch in Wien gestorben.", True, [("year", 1939, None, None), ("year", 2025, None, None)], None),
    ("de", "Haindl gehörte dem Ensemble 44 Jahre lang an und spielte in dieser Zeit 212 Rollen, dazu zwölfmal den Jedermann in Salzburg.", True, [("duration", 44, "year", None), ("count", 212, None, None), ("count", 12, None, None)], None),
    ("de", "Er war seit 1991 Kammerschauspieler und seit 2009 Ehrenmitglied des Burgtheaters.", True, [("year", 1991, None, None), ("year", 2009, None, None)], None),
    ("de", "Der Bundespräsident würdigte Haindl als „Jahrhundertschauspieler“.", False, [], None),
    ("de", "Die Bühne war sein Zuhause, das Publikum seine Familie.", False, [], None),
    ("de", "Münster (KNA) - Die Ordensschwester Maria Theresia Brunner ist mit 104 Jahren die älteste Franziskanerin Deutschlands.", True, [("duration", 104, "year", None)], None),
    ("de", "Sie trat 1942 in den Orden ein und arbeitete mehr als 40 Jahre als Krankenschwester, davon 26 in Tansania.", True, [("year", 1942, None, None), ("duration", 40, "year", "over"), ("duration", 26, "year", None)], None),
    ("de", "Ihr 80. Professjubiläum feiert sie am 8. September mit ihren 37 Mitschwestern.", True, [("ordinal", 80, None, None), ("date", "--09-08", None, None), ("count", 37, None, None)], None),
    ("de", "Gott habe ihr ein langes Leben geschenkt, sagt sie.", False, [], None),
    ("de", "Dresden (dpa) - Der österreichische Regisseur Clemens Haberl wird ab der Spielzeit 2026/27 neuer Intendant des Staatsschauspiels Dresden.", True, [("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("de", "Der 45-Jährige erhält einen Fünfjahresvertrag, wie Kulturministerin Anja Pohl am Mittwoch mitteilte.", True, [("duration", 45, "year", None), ("duration", 5, "year", None)], "Anja Pohl"),
    ("de", "Haberl setzte sich gegen 58 Bewerbungen aus dem In- und Ausland durch.", True, [("count", 58, None, None)], None),
    ("de", "Dresden bekommt einen mutigen, unbequemen Intendanten, und das ist gut so.", False, [], None),
    ("en", "NEW YORK (AP) — Dorothy Kessling, whose novels about Great Lakes fishing towns sold more than 25 million copies, has died aged 92.", True, [("count", 25000000, None, "over"), ("duration", 92, "year", None)], None),
    ("en", "Kessling died Tuesday at a hospice in Traverse City, Michigan, her publisher said.", True, [], "her publisher"),
    ("en", "Born on Feb. 9, 1933, in Duluth, Minnesota, she was the third of seven children of a ship's engineer.", True, [("date", "1933-02-09", None, None), ("ordinal", 3, None, None), ("count", 7, None, None)], None),
    ("en", "She published her first novel at 41, after two decades as a reporter for the Duluth Herald.", True, [("ordinal", 1, None, None), ("duration", 41, "year", None), ("duration", 20, "year", None)], None),
    ("en", "Over a 37-year career she wrote 31 novels, four of which were adapted for television.", True, [("duration", 37, "year", None), ("count", 31, None, None), ("count", 4, None, None)], None),
    ("en", "\"The Ice Road\" spent 44 weeks on The New York Times best-seller list in 1991, nine of them at No. 1.", True, [("duration", 44, "week", None), ("year", 1991, None, None), ("duration", 9, "week", None), ("ordinal", 1, None, None)], None),
    ("en", "She is survived by her husband of 61 years, Walter, three sons and eight grandchildren.", True, [("duration", 61, "year", None), ("count", 3, None, None), ("count", 8, None, None)], None),
    ("en", "\"She wrote about people who never got written about,\" said her longtime editor, Ruth Abrams.", False, [], None),
    ("en", "Her books will be read long after all of us are gone.", False, [], None),
    ("en", "FRANKFURT, March 4 (Reuters) - Klaus Wendeborn, who turned a small Bielefeld tool shop into one of Europe's biggest fastener makers, has died at the age of 88, the company said on Tuesday.", True, [("date", "--03-04", None, None), ("duration", 88, "year", None)], "the company"),
    ("en", "Wendeborn ran the firm for 41 years, expanding it from 12 employees in 1962 to more than 9,000 in 28 countries.", True, [("duration", 41, "year", None), ("count", 12, None, None), ("year", 1962, None, None), ("count", 9000, None, "over"), ("count", 28, None, None)], None),
    ("en", "He handed the chief executive role to his daughter Sabine in 2003 but chaired the supervisory board until 2019.", True, [("year", 2003, None, None), ("year", 2019, None, None)], None),
    ("en", "The family-owned group posted sales of 2.3 billion euros last year.", True, [("money", 2300000000, "EUR", None)], None),
    ("en", "(Reporting by Anne Voss; Editing by Mark Heller)", False, [], None),
    ("en", "LONDON (PA) - Former Leeds and England defender Terry Blanchflower has died at 79, his former club announced.", True, [("duration", 79, "year", None)], None),
    ("en", "Blanchflower made 512 appearances for Leeds between 1964 and 1979 and won 23 England caps.", True, [("count", 512, None, None), ("year", 1964, None, None), ("year", 1979, None, None), ("count", 23, None, None)], None),
    ("en", "He was part of the side that won two league titles and the FA Cup in 1972.", True, [("count", 2, None, None), ("year", 1972, None, None)], None),
    ("en", "After retiring at 36 he managed four clubs in the lower leagues over the next 15 years.", True, [("duration", 36, "year", None), ("count", 4, None, None), ("duration", 15, "year", None)], None),
    ("en", "Leeds players will wear black armbands for Saturday's home game against Burnley.", True, [], None),
    ("en", "\"Terry was Leeds United through and through,\" the club said in a statement.", False, [], None),
    ("en", "Our thoughts are with Terry's wife Jean and all his family at this sad time.", False, [], None),
    ("en", "Former Queensland deputy premier Margaret Doyle, the first woman to lead the state's Labor Party, has died aged 84.", True, [("ordinal", 1, None, None), ("duration", 84, "year", None)], None),
    ("en", "Ms Doyle represented the seat of Ashgrove for 22 years and served as deputy premier from 1991 to 1995.", True, [("duration", 22, "year", None), ("year", 1991, None, None), ("year", 1995, None, None)], None),
    ("en", "She was elected at 31, then the youngest woman in the Queensland parliament.", True, [("duration", 31, "year", None)], None),
    ("en", "The premier said a state memorial service would be offered to her family.", True, [], "the premier"),
    ("en", "Ms Doyle is survived by two children and six grandchildren, her family said.", True, [("count", 2, None, None), ("count", 6, None, None)], "her family"),
    ("en", "\"She opened the door for every woman who came after her,\" the premier said.", False, [], None),
    ("en", "NEW ORLEANS (AP) — Trumpeter Lionel Beaudry, who won 11 Grammys and recorded more than 80 albums during a 60-year career, has died.", True, [("count", 11, None, None), ("count", 80, None, "over"), ("duration", 60, "year", None)], None),
    ("en", "He was 86.", True, [("duration", 86, "year", None)], None),
    ("en", "Beaudry died Saturday at his home in the Treme neighborhood, his manager, Celeste Ward, told The Associated Press.", True, [], "Celeste Ward"),
    ("en", "He started playing at age 9 and joined the Earl Vance Orchestra at 19, its youngest member at the time.", True, [("duration", 9, "year", None), ("duration", 19, "year", None)], None),
    ("en", "His 1972 album \"Blue Levee\" sold 1.2 million copies, a rare feat for a jazz record.", True, [("year", 1972, None, None), ("count", 1200000, None, None)], None),
    ("en", "In 2014 he became the first jazz musician to receive the city's Medal of Arts twice.", True, [("year", 2014, None, None), ("ordinal", 1, None, None), ("count", 2, None, None)], None),
    ("en", "\"When Lionel played, the whole street stopped to listen,\" said pianist Ada Lemaire.", False, [], None),
    ("en", "His music will outlive all of us.", False, [], None),
    ("en", "LONDON, Jan 14 (Reuters) - Martin Okafor was re-elected general secretary of the Transport Workers' Alliance on Wednesday and will serve a third five-year term, the union said.", True, [("date", "--01-14", None, None), ("ordinal", 3, None, None), ("duration", 5, "year", None)], "the union"),
    ("en", "Okafor, 63, won 58.2% of the ballots cast on a turnout of 19%.", True, [("duration", 63, "year", None), ("percent", 58.2, "%", None), ("percent", 19, "%", None)], None),
    ("en", "In his third term he will oversee pay talks covering about 140,000 members.", True, [("ordinal", 3, None, None), ("count", 140000, None, "about")], None),
    ("en", "\"The members have spoken, and they want a fighter,\" Okafor told supporters.", False, [], None),
    ("en", "LONDON (PA) - Broadcaster Gillian Marsh, who presented the BBC's Countryside Hour for almost three decades, has died aged 90, her agent said.", True, [("duration", 30, "year", "nearly"), ("duration", 90, "year", None)], "her agent"),
    ("en", "Marsh joined the BBC in 1958 as a 23-year-old secretary and became one of its first female newsreaders in 1964.", True, [("year", 1958, None, None), ("duration", 23, "year", None), ("ordinal", 1, None, None), ("year", 1964, None, None)], None),
    ("en", "She presented more than 1,400 episodes of Countryside Hour between 1971 and 1999.", True, [("count", 1400, None, "over"), ("year", 1971, None, None), ("year", 1999, None, None)], None),
    ("en", "She was appointed OBE in 1989 and made a dame in 2004.", True, [("year", 1989, None, None), ("year", 2004, None, None)], None),
    ("en", "At its peak in the early 1980s, the programme drew audiences of 9 million.", True, [("count", 9000000, None, None)], None),
    ("en", "She was, quite simply, the voice of rural Britain.", False, [], None),
    ("en", "\"Gillian taught a generation to love the land,\" said the BBC's head of nature programming, Owen Price.", False, [], None),
    ("en", "Funeral details will be announced in due course.", False, [], None),
    ("en", "BOSTON (AP) — Samuel Perlroth, a chemist who shared the 1997 Nobel Prize for work on enzyme folding, died Sunday in Cambridge, Massachusetts.", True, [("year", 1997, None, None)], None),
    ("en", "He was 94.", True, [("duration", 94, "year", None)], None),
    ("en", "His death was confirmed by the Massachusetts Institute of Technology, where he taught for 46 years.", True, [("duration", 46, "year", None)], None),
    ("en", "Perlroth (1931-2025) published more than 350 papers and supervised some 90 doctoral students.", True, [("year", 1931, None, None), ("year", 2025, None, None), ("count", 350, None, "over"), ("count", 90, None, "about")], None),
    ("en", "The prize money, then 7.5 million Swedish crowns, was shared among three scientists.", True, [("money", 7500000, "SEK", None), ("count", 3, None, None)], None),
    ("en", "\"Sam asked the questions no one else thought to ask,\" said his former student, Priya Nair.", False, [], None),
    ("en", "NEW YORK, Jan 22 (Reuters) - Harlow Foods named Janet Okoro chief executive on Wednesday; she takes over on March 1 from Peter Vance, who is retiring after 12 years in the role.", True, [("date", "--01-22", None, None), ("date", "--03-01", None, None), ("duration", 12, "year", None)], None),
    ("en", "Okoro, 51, has been the company's chief operating officer since 2020 and joined it in 1998 as a management trainee.", True, [("duration", 51, "year", None), ("year", 2020, None, None), ("year", 1998, None, None)], None),
    ("en", "She will receive an annual base salary of $1.25 million, according to a regulatory filing.", True, [("money", 1250000, "USD", None)], None),
    ("en", "She becomes the first woman and the 11th chief executive in the company's 104-year history.", True, [("ordinal", 1, None, None), ("ordinal", 11, None, None), ("duration", 104, "year", None)], None),
    ("en", "Shares of Harlow Foods rose 2.4% in early trading.", True, [("percent", 2.4, "%", None)], None),
    ("en", "\"Janet is the right leader at the right time,\" board chair Lucy Hart said.", False, [], None),
    ("en", "Former Yorkshire and England batsman Geoffrey Hallam has died aged 77, the county said on Monday.", True, [("duration", 77, "year", None)], "the county"),
    ("en", "Hallam scored 28,417 first-class runs, including 71 centuries, in a career that ran from 1966 to 1987.", True, [("count", 28417, None, None), ("count", 71, None, None), ("year", 1966, None, None), ("year", 1987, None, None)], None),
    ("en", "He played 54 Tests and captained England eight times.", True, [("count", 54, None, None), ("count", 8, None, None)], None),
    ("en", "A minute's applause will be held before the start of play at Headingley on Thursday.", True, [], None),
    ("en", "He was a cricketer of rare grace and stubborn courage.", False, [], None),
    ("en", "Olympic swimming champion Shirley Dunstan has died in Perth aged 88, Swimming Australia said.", True, [("duration", 88, "year", None)], "Swimming Australia"),
    ("en", "Dunstan won three gold medals at the 1956 Melbourne Games as a 17-year-old and set 14 world records in her career.", True, [("count", 3, None, None), ("year", 1956, None, None), ("duration", 17, "year", None), ("count", 14, None, None)], None),
    ("en", "She retired at 20, became a physical education teacher and coached for more than 30 years.", True, [("duration", 20, "year", None), ("duration", 30, "year", "over")], None),
    ("en", "In 1988 she was inducted into the Sport Australia Hall of Fame, one of 120 athletes honoured that year.", True, [("year", 1988, None, None), ("count", 120, None, None)], None),
    ("en", "\"Shirley was a trailblazer and a true gentlewoman,\" said Swimming Australia president Anne Holt.", False, [], None),
    ("en", "PHOENIX (AP) — Former Phoenix Mayor Ray Castellanos, who led the city through two recessions during his three terms, died Friday at 83, his family said.", True, [("count", 2, None, None), ("count", 3, None, None), ("duration", 83, "year", None)], "his family"),
    ("en", "Castellanos won the mayoralty in 1983, at 39, and served until 1995.", True, [("year", 1983, None, None), ("duration", 39, "year", None), ("year", 1995, None, None)], None),
    ("en", "In his third term he pushed through a $1.1 billion bond package for light rail.", True, [("ordinal", 3, None, None), ("money", 1100000000, "USD", None)], None),
    ("en", "He was the city's first Latino mayor in more than a century.", True, [("ordinal", 1, None, None)], None),
    ("en", "\"He never forgot where he came from,\" said his successor, Linda Farr.", False, [], None),
    ("en", "OBITUARY-Hollywood's quiet composer, remembered", False, [], None),
    ("en", "LOS ANGELES, Sept 8 (Reuters) - Film composer Arthur Lindqvist, who wrote the scores for nearly 90 films and was nominated for an Oscar six times, has died, his spokesman said.", True, [("date", "--09-08", None, None), ("count", 90, None, "nearly"), ("count", 6, None, None)], "his spokesman"),
    ("en", "He was 95 and died at his home in Santa Monica, the spokesman said.", True, [("duration", 95, "year", None)], "the spokesman"),
    ("en", "Lindqvist won two Academy Awards, in 1974 and 1981, and four Golden Globes.", True, [("count", 2, None, None), ("year", 1974, None, None), ("year", 1981, None, None), ("count", 4, None, None)], None),
    ("en", "Born in Gothenburg, Sweden, in 1930, he moved to Los Angeles at 24 with $40 in his pocket, he told Reuters in a 2010 interview.", True, [("year", 1930, None, None), ("duration", 24, "year", None), ("money", 40, "USD", None), ("year", 2010, None, None)], None),
    ("en", "His music made audiences feel things they could not name.", False, [], None),
    ("en", "The Right Reverend Helen Aske will become the 98th Bishop of Norwich, Downing Street announced on Friday.", True, [("ordinal", 98, None, None)], "Downing Street"),
    ("en", "Bishop Aske, 56, will be the first woman to hold the post in the diocese's 930-year history.", True, [("duration", 56, "year", None), ("ordinal", 1, None, None), ("duration", 930, "year", None)], None),
    ("en", "She was ordained in 1994 in the first group of women priests in the Church of England.", True, [("year", 1994, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Her installation at Norwich Cathedral is expected in the autumn.", True, [], None),
    ("en", "Aske succeeds Bishop Graham Tolley, who retired in May after 11 years in the see.", True, [("duration", 11, "year", None)], None),
    ("en", "\"I am humbled and delighted to be called to serve,\" she said.", False, [], None),
    ("en", "Frances Odom became the oldest person to complete the Chicago Marathon on Sunday, finishing in 7 hours, 41 minutes at the age of 91.", True, [("duration", 7, "hour", None), ("duration", 41, "minute", None), ("duration", 91, "year", None)], None),
    ("en", "Odom, a retired nurse, took up running at 62 after her husband's death and has completed 27 marathons since.", True, [("duration", 62, "year", None), ("count", 27, None, None)], None),
    ("en", "\"Age is just a number, honey,\" she told reporters at the finish.", False, [], None),
    ("en", "Gamilaraay elder June Carrow, 79, was named Senior Australian of the Year on Saturday night.", True, [("duration", 79, "year", None)], None),
    ("en", "She has spent more than four decades teaching the Gamilaraay language and helped compile a dictionary of about 6,000 words.", True, [("duration", 40, "year", "over"), ("count", 6000, None, "about")], None),
    ("en", "She is a mother of five and grandmother of 17.", True, [("count", 5, None, None), ("count", 17, None, None)], None),
    ("en", "Her acceptance speech drew a long standing ovation.", False, [], None),
    ("en", "ZURICH, June 2 (Reuters) - Swiss reinsurer Alpstein Re said on Monday chief executive Markus Leuthold would step down at the end of the year after nine years, to be replaced by finance chief Nadia Sommer.", True, [("date", "--06-02", None, None), ("duration", 9, "year", None)], "Alpstein Re"),
    ("en", "Sommer, 47, takes over on Jan. 1 and will be the group's fourth CEO since its founding in 1962.", True, [("duration", 47, "year", None), ("date", "--01-01", None, None), ("ordinal", 4, None, None), ("year", 1962, None, None)], None),
    ("en", "Leuthold, 64, will be nominated for election to the board at the annual meeting in April.", True, [("duration", 64, "year", None)], None),
    ("en", "Today's Birthdays: Actor Wendell Price is 88.", True, [("duration", 88, "year", None)], None),
    ("en", "Singer Lora Vey of The Vey Sisters is 76.", True, [("duration", 76, "year", None)], None),
    ("en", "Former NFL quarterback Dusty Kerr is 59.", True, [("duration", 59, "year", None)], None),
    ("en", "Dame Patricia Wynn, 84, has stepped down as chancellor of the University of Kent after 14 years, the university said.", True, [("duration", 84, "year", None), ("duration", 14, "year", None)], "the university"),
    ("en", "She is the longest-serving chancellor in its 60-year history.", True, [("duration", 60, "year", None)], None),
    ("en", "Harold Pike, who landed in Normandy in June 1944, has died at 101, his granddaughter said.", True, [("year", 1944, None, None), ("duration", 101, "year", None)], "his granddaughter"),
    ("en", "Pike returned to Ohio in 1946 and worked 38 years at a tire plant in Akron.", True, [("year", 1946, None, None), ("duration", 38, "year", None)], None),
    ("en", "He was married for 71 years to his wife, Dorothy, who died in 2019.", True, [("duration", 71, "year", None), ("year", 2019, None, None)], None),
    ("en", "He leaves four children, 12 grandchildren and 21 great-grandchildren.", True, [("count", 4, None, None), ("count", 12, None, None), ("count", 21, None, None)], None),
    ("en", "\"Grandpa never called himself a hero,\" said his granddaughter, Kim Pike.", False, [], None),
    ("en", "He lived a long and good life, and he knew it.", False, [], None),
    ("en", "The family has asked for privacy.", False, [], None),
    ("en", "In lieu of flowers, donations may be made to the local veterans' hall.", False, [], None),
    ("en", "This obituary was prepared in advance.", False, [], None),
]
